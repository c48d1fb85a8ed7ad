#!/usr/bin/env python3
r"""gen_br.py - blind evaluation-set generator for keyhook (set "br").

EMPHASIS
    Customer identity / authentication SaaS wired into applications. Kinds (manifest "kind"):
    auth0_client_secret, auth0_management_api_token (RS256 JWT), okta_api_token (SSWS),
    okta_oidc_client_secret, clerk_secret_key, workos_api_key, stytch_secret, descope_management_key,
    kinde_client_secret, fusionauth_api_key, supertokens_core_api_key, frontegg_api_key, logto_app_secret,
    zitadel_service_user_key (JSON key file with RSA PEM), keycloak_client_secret, cognito_app_client_secret,
    firebase_admin_service_account (PKCS#8 PEM), supabase_service_role_key (legacy HS256 JWT or sb_secret_),
    magic_secret_key, ory_network_api_key, hydra_system_secret, auth_secret (Auth.js/NextAuth/nextjs-auth0),
    session_secret (express-session / cookie-parser / Passport / Lucia style), saml_signing_private_key,
    jwt_hmac_secret, jwks_private_key (RSA or P-256 JWK), scim_bearer_token.
    File types: Next.js / Remix / SvelteKit / Nuxt server files, Express, NestJS, Django, FastAPI, Flask,
    Rails, Laravel, Spring (yml + properties), HOCON, Go, Java, .NET XML, Terraform (auth0/okta/keycloak
    providers, tfvars), Keycloak realm exports, Helm values, k8s manifests, docker-compose, Dockerfile,
    serverless.yml, Ansible vars, GitHub Actions, .env-like files (.env.local/.env.production/.envrc/
    app.env, never a bare .env), TOML (wrangler, Settings.toml), INI/uwsgi, JSON configs, Postman
    environments, Markdown setup guides/runbooks, shell/curl scripts, test fixtures (pytest, jest/vitest).
    All RSA keys are real 2048-bit keys generated with a seeded Miller-Rabin (they pass `openssl rsa
    -check`); P-256 JWKs are real points; Supabase legacy keys carry a real HMAC over their claims.

USAGE
    python3 gen_br.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each), OUTDIR/neg/nNNNN/<relpath>
    (500 files, no credential), OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Standard library only;
    every random choice comes from random.Random(SEED), so a seed always gives byte-identical output.
    A run takes roughly 30-50 s (RSA key generation dominates). The generator refuses to write anything
    if a positive's secret (or any secret generated while building a negative) appears in a negative.

NEEDLE CONVENTIONS
    needle = the secret exactly as written, line = 1-based line of its first occurrence.
    - Token/API-key/client-secret kinds: the whole value (e.g. "sk_live_...", "00...", "secret-test-...",
      "ory_pat_...", the whole Auth0 Management JWT, the whole Supabase service_role JWT).
      Public halves that may sit beside it (client ids, project ids, domains, publishable keys) are not
      part of the needle.
    - Descope: the management key only ("K2...:..."); in curl examples it is written after
      "Bearer <ProjectID>:" as the docs describe, and the project id is not part of the needle.
    - PEM private keys (SAML signing key, Firebase service account, Zitadel key file): the needle is the
      FIRST base64 line (64 chars) of the key body. In a raw .pem/.key file or a JS template literal that
      is the line after "-----BEGIN ... PRIVATE KEY-----"; in JSON / env / code strings where the PEM is
      written with literal "\n" escapes it is on the same line as the BEGIN marker. In python3-saml
      settings.json the key body is written without armour; the needle is its first 64 characters.
    - jwks_private_key: the needle is the private "d" member of the JWK (in env files the whole JWKS is
      on one line; the needle is still only "d").
    - Supabase curl examples write the key once (apikey header). Each positive holds one credential.
    - Half the positives use an obvious name (AUTH0_CLIENT_SECRET, OKTA_API_TOKEN, clientSecret, ...)
      and half a neutral one (AUTH0_M2M, OKTA_SSWS, IDP_M2M_VALUE, ...) or a header / positional
      argument / URL query parameter (curl -H "Authorization: SSWS ...", new Magic('...'),
      stytch.Client(project_id, '...'), create_client(url, '...'), jwt.sign(payload, '...'),
      cookieParser('...'), ...?client_secret=...).

NEGATIVES
    Half re-use the positive templates with the slot filled by a look-alike (manifest kind = category):
    env_reference (process.env.X, os.environ[...], ENV.fetch, env('X'), ${X}, ${{ secrets.X }}, var.x),
    placeholder (<X>, your-x-here, sk_live_..., xxxx, {{ x }}), secret_manager_ref (AWS Secrets Manager
    ARNs, GCP secret paths, vault:, op://, ref+awsssm://, azure-keyvault://), masked ("sk_live_****1a2B",
    bullets, [REDACTED]), empty, ciphertext (sops ENC[AES256_GCM,...]), public_value (the template's
    slot holds a documented-public value instead: Clerk pk_, Magic pk_live_, Supabase anon JWT /
    sb_publishable_, Stytch public-token-/project ids, Descope project id, Auth0 client id/domain/
    audience, Okta client id/issuer, Cognito pool/client ids, Kinde/Logto/Keycloak client ids & issuers,
    SAML IdP certificate, JWKS URI). Re-used JWKS files keep only public members.
    The other half are domain look-alikes: ClerkProvider layout with pk_, Auth0/Okta SPA configs,
    Amplify aws-exports / CDK outputs, public JWKS, OIDC discovery documents, SAML IdP metadata with
    X509Certificate, public certificates / SPKI public keys, a docs page with an expired example ID token
    (fake payload), alg=none test tokens, Keycloak realm export with "**********" secrets, Supabase
    browser client with anon key, Firebase web config, Stytch/Magic/Descope frontend init, i18n strings
    ("Client secret", "Password"), ExternalSecret manifests, Terraform reading Secrets Manager, sops files,
    package-lock integrity hashes, Auth0 deploy-cli tenant.yaml (redirect URIs), RFC 7636 PKCE test vector,
    seed files full of user/org ids, security log with last-4 and key ids, SCIM setup doc with
    <SCIM_TOKEN>, Okta doc-style truncated token, session code that only reads SESSION_SECRET, Clerk mocks.

DOUBTS
    Formats written from memory (not confirmed in provider docs during this session):
    - Okta API token: "00" + 40 chars [A-Za-z0-9_-] (docs only show the truncated example
      "00QCjAl4MlV-WPXM...0HmjFx-vbGua"); Okta client secret 40 or 64 chars base64url; client id "0oa"+17.
    - Auth0 client secret 64 chars base64url, client id 32 alphanumerics; Management token claims shape.
    - Clerk sk_live_/sk_test_ + 42-46 base62 (docs confirm only the prefixes); pk_ = base64("fapi$").
    - WorkOS: "sk_test_/sk_live_" + base64("key_<ULID>,<random>") - body structure is a guess; docs only
      say the key starts with sk_. Client id "client_" + ULID.
    - Stytch secret "secret-{test|live}-" + 36 base64url chars ending "=" (shape from memory).
    - Descope management key "K2" + 26 + ":" + 43 chars: invented shape; docs only say the bearer is
      "ProjectID:ManagementKey". Project id "P2" + 26 upper/digits.
    - Kinde client secret 48-52 alphanumerics; Logto app secret 32 alphanumerics (app id 21 chars);
      FusionAuth API key 64 base64url chars; Frontegg API key as a UUID (so it looks like an id);
      Magic sk_live_ + 16 uppercase hex; Ory "ory_pat_" + 32 alphanumerics; Keycloak secret 32 alnum.
    - Cognito client secret 51-52 lowercase/digits (AWS docs only give 24-64 chars, [\w+]+).
    - Supabase "sb_secret_" + 22 base64url + "_" + 8 (recalled from CLI defaults).
    - Zitadel key file fields type/keyId/key/userId are from the SDK docs; "expirationDate" and the
      18-digit ids are from memory. SuperTokens: docs say >= 20 chars of [A-Za-z0-9=-] (followed).
    - SCIM bearer tokens, session secrets, JWT HMAC secrets, Hydra system secrets and AUTH_SECRET have
      no provider format; they are random hex/base64/alnum strings or human passphrases.
    Labels a reviewer might dispute:
    - Negatives: Firebase web config (AIza... apiKey, documented as public but is a Google API key
      format), Supabase anon JWT / sb_publishable_ keys, docs-style example ID token with a random
      signature, alg=none fixtures, RFC 7636 PKCE verifier, masked values that keep the last 4 chars,
      the Okta docs' truncated token.
    - Positives: fresh real-format keys inside test fixtures (conftest.py, jest.setup.ts) and markdown
      runbooks; "test"-environment keys (sk_test_, secret-test-); human passphrase session secrets;
      Frontegg UUID keys; PEM keys whose needle is only the first body line.

SEARCHES
    Looked up (search tool, docs/pages corpora): Okta API token guide (SSWS scheme, truncated example),
    Clerk key prefixes, WorkOS API key prefix (sk_), Stytch project_id/secret/public_token and
    test/live environments, Descope management key usage (ProjectID:ManagementKey bearer), Supabase key
    types (sb_publishable_/sb_secret_, legacy anon/service_role JWT claims), Magic secret/publishable
    keys (sk_live_ in Admin SDK README), Ory project API keys, FusionAuth API key model, Cognito
    AddUserPoolClientSecret (24-64 chars, [\w+]+), Zitadel service-account key JSON, SuperTokens core
    API key rules, Kinde M2M client credentials, Logto M2M app id/secret.
    Scanner-related material that appeared in results and was ignored: GitGuardian detector pages
    (okta_token, okta_token_with_host, ory_api_key, kinde_oauth_credentials) and a Snyk agent-skill
    audit page ("W008 secret detected"). No scanner rule code or regex was read or used.
"""

import base64
import hashlib
import hmac
import json
import math
import os
import string
import sys
import random

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
B62 = UP + LOW + DIG
B64URL = B62 + "-_"
B64STD = B62 + "+/"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def rs(r, n, alpha=B62):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64s(b):
    return base64.b64encode(b).decode()


def uuid4(r):
    h = rs(r, 32, HEXL)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ulid(r):
    return "01" + r.choice("GHJK") + rs(r, 23, CROCK)


def mixed(r, n, alpha=B62):
    """random string that contains at least one upper, lower and digit (avoid dull strings)"""
    while True:
        s = rs(r, n, alpha)
        if any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s):
            return s


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def style(name, st):
    """name is SCREAMING_SNAKE; convert to a naming style."""
    parts = [p for p in name.lower().split("_") if p]
    if st == "screaming":
        return "_".join(p.upper() for p in parts)
    if st == "snake":
        return "_".join(parts)
    if st == "kebab":
        return "-".join(parts)
    if st == "camel":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if st == "pascal":
        return "".join(p.capitalize() for p in parts)
    if st == "dot":
        return ".".join(parts)
    return name


def yq(v, r=None, prefer=None):
    """quote a scalar for YAML when needed (or by preference)."""
    need = (v == "" or v[0] in "[]{}&*!|>'\"%@`#,?-:" or ": " in v or " #" in v
            or v.lower() in ("yes", "no", "true", "false", "null", "on", "off")
            or v.isdigit())
    q = prefer
    if q is None and r is not None:
        q = pick(r, ["", "", '"', "'"])
    if need and not q:
        q = '"'
    if q == "'":
        return "'" + v.replace("'", "''") + "'"
    if q == '"':
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' if "\\n" not in v else '"' + v + '"'
    return v


APPS = ["acme-portal", "ledgerly", "tripwise", "northwind-api", "pawprint", "helios-admin", "kanbanzilla",
        "fieldnotes", "orbit-crm", "quillstack", "shopfront", "medibook", "paylane", "grainhouse",
        "sparkdesk", "tidepool", "routekit", "civicly", "harborlight", "bluefin-app"]
ORGS = ["acme", "northwind", "contoso", "initech", "globex", "umbrella", "hooli", "vandelay", "wayne",
        "stark", "tyrell", "soylent", "dunder", "pied-piper", "massive-dynamic", "oscorp"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ca-central-1"]
AUTHORS = ["Priya", "Marco", "Lena", "Tomás", "Aiko", "Sam", "Dmitri", "Fatima", "Jonas", "Chloé"]


def ctxbase(r):
    app = pick(r, APPS)
    org = pick(r, ORGS)
    return {"app": app, "org": org, "region": pick(r, REGIONS),
            "port": pick(r, [3000, 3001, 4000, 5000, 8000, 8080, 8443, 9000]),
            "domain": pick(r, ["example.com", "example.io", org + ".dev", app.replace("-", "") + ".app", org + ".co"]),
            "author": pick(r, AUTHORS)}


# ---------------------------------------------------------------------------
# crypto: real RSA keys (deterministic Miller-Rabin), DER/PEM, P-256, JWT
# ---------------------------------------------------------------------------
_SMALL = [p for p in range(3, 3000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


_SMALLPROD = 1
for _p in _SMALL:
    _SMALLPROD *= _p


def _probable_prime(n, r):
    if math.gcd(n, _SMALLPROD) != 1:
        return n in _SMALL
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(8):
        a = r.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(r, bits):
    while True:
        c = r.getrandbits(bits) | (3 << (bits - 2)) | 1
        if _probable_prime(c, r):
            return c


def rsa_key(r, bits=2048):
    e = 65537
    while True:
        p, q = _prime(r, bits // 2), _prime(r, bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        if math.gcd(e, phi) != 1:
            continue
        n = p * q
        if n.bit_length() != bits:
            continue
        d = pow(e, -1, phi)
        return {"n": n, "e": e, "d": d, "p": p, "q": q, "dp": d % (p - 1), "dq": d % (q - 1), "qi": pow(q, -1, p)}


def _dlen(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, content):
    return bytes([tag]) + _dlen(len(content)) + content


def der_int(i):
    return der(0x02, i.to_bytes((i.bit_length() + 8) // 8, "big"))


OID_RSA = bytes.fromhex("06092a864886f70d010101")
OID_SHA256RSA = bytes.fromhex("06092a864886f70d01010b")
OID_CN = bytes.fromhex("0603550403")
OID_O = bytes.fromhex("060355040a")
OID_EC = bytes.fromhex("06072a8648ce3d0201")
OID_P256 = bytes.fromhex("06082a8648ce3d030107")


def pkcs1(k):
    return der(0x30, b"".join(der_int(x) for x in
                              (0, k["n"], k["e"], k["d"], k["p"], k["q"], k["dp"], k["dq"], k["qi"])))


def pkcs8(k):
    return der(0x30, der_int(0) + der(0x30, OID_RSA + b"\x05\x00") + der(0x04, pkcs1(k)))


def spki_rsa(n, e=65537):
    return der(0x30, der(0x30, OID_RSA + b"\x05\x00") + der(0x03, b"\x00" + der(0x30, der_int(n) + der_int(e))))


def pem_lines(label, blob):
    body = b64s(blob)
    return ["-----BEGIN %s-----" % label] + [body[i:i + 64] for i in range(0, len(body), 64)] + ["-----END %s-----" % label]


def fake_modulus(r, bits=2048):
    return r.getrandbits(bits) | (1 << (bits - 1)) | 1


def x509_cert(r, cn, org):
    """structurally valid self-signed-looking certificate (public material only; random modulus/signature)."""
    def name(c, o):
        return der(0x30, der(0x31, der(0x30, OID_O + der(0x0c, o.encode()))) +
                   der(0x31, der(0x30, OID_CN + der(0x0c, c.encode()))))
    y = r.randint(19, 24)
    nb = "%02d%02d%02d%02d%02d%02dZ" % (y, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    na = "%02d" % (y + 10) + nb[2:]
    alg = der(0x30, OID_SHA256RSA + b"\x05\x00")
    tbs = der(0x30, der(0xa0, der_int(2)) + der_int(r.getrandbits(120)) + alg + name(cn, org) +
              der(0x30, der(0x17, nb.encode()) + der(0x17, na.encode())) + name(cn, org) + spki_rsa(fake_modulus(r)))
    return der(0x30, tbs + alg + der(0x03, b"\x00" + rbytes(r, 256)))


# P-256
_P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
      0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _ec_add(a, b):
    if a is None:
        return b
    if b is None:
        return a
    if a[0] == b[0] and (a[1] + b[1]) % _P == 0:
        return None
    if a == b:
        lam = (3 * a[0] * a[0] - 3) * pow(2 * a[1], -1, _P) % _P
    else:
        lam = (b[1] - a[1]) * pow(b[0] - a[0], -1, _P) % _P
    x = (lam * lam - a[0] - b[0]) % _P
    return (x, (lam * (a[0] - x) - a[1]) % _P)


def ec_key(r):
    d = r.randrange(1, _N)
    q, acc, k = None, _G, d
    while k:
        if k & 1:
            q = _ec_add(q, acc)
        acc = _ec_add(acc, acc)
        k >>= 1
    return d, q


def i2b(i, n=None):
    n = n or (i.bit_length() + 7) // 8
    return i.to_bytes(n, "big")


def jenc(o):
    return b64u(json.dumps(o, separators=(",", ":")).encode())


def make_jwt(header, payload, sig=None, hkey=None):
    h, p = jenc(header), jenc(payload)
    if hkey is not None:
        sig = hmac.new(hkey, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64u(sig)


def rsa_jwk_private(r, k, kid, alg="RS256"):
    f = lambda x: b64u(i2b(x))
    return {"kty": "RSA", "kid": kid, "use": "sig", "alg": alg, "n": f(k["n"]), "e": "AQAB", "d": f(k["d"]),
            "p": f(k["p"]), "q": f(k["q"]), "dp": f(k["dp"]), "dq": f(k["dq"]), "qi": f(k["qi"])}


def ec_jwk_private(r, kid):
    d, (x, y) = ec_key(r)
    return {"kty": "EC", "kid": kid, "use": "sig", "alg": "ES256", "crv": "P-256",
            "x": b64u(i2b(x, 32)), "y": b64u(i2b(y, 32)), "d": b64u(i2b(d, 32))}


# ---------------------------------------------------------------------------
# credential kinds.  gen(r, b) -> dict:
#   needle   : the secret exactly as written in the file
#   value    : how it is written in a one-line slot (== needle except PEM keys)
#   comp     : [(SCREAMING_NAME, public value)] companions that may sit beside it
#   obvious  : variable names that say what the value is
#   neutral  : names that do not
# ---------------------------------------------------------------------------
def auth0_tenant(r, b):
    t = pick(r, ["dev-", "", b["org"] + "-", "prod-"]) + rs(r, r.choice([8, 16]), LOW + DIG)
    return t + pick(r, [".us.auth0.com", ".eu.auth0.com", ".auth0.com", ".au.auth0.com"])


def okta_org(r, b):
    return pick(r, ["dev-%d.okta.com" % r.randint(1000000, 99999999), b["org"] + ".okta.com",
                    b["org"] + ".oktapreview.com", "%s-%s.okta.com" % (b["org"], pick(r, ["sso", "login", "id"]))])


def g_auth0_client_secret(r, b):
    s = mixed(r, 64, B64URL)
    dom = auth0_tenant(r, b)
    return {"needle": s, "comp": [("AUTH0_DOMAIN", dom), ("AUTH0_CLIENT_ID", mixed(r, 32))],
            "obvious": ["AUTH0_CLIENT_SECRET", "AUTH0_M2M_CLIENT_SECRET", "AUTH0_MGMT_CLIENT_SECRET"],
            "neutral": ["AUTH0_M2M", "AUTH0_BACKEND_APP", "IDP_M2M_VALUE"], "host": dom}


def g_auth0_mgmt_token(r, b):
    dom = auth0_tenant(r, b)
    cid = mixed(r, 32)
    iat = r.randint(1690000000, 1760000000)
    tok = make_jwt({"alg": "RS256", "typ": "JWT", "kid": mixed(r, 22, B64URL)},
                   {"iss": "https://%s/" % dom, "sub": cid + "@clients", "aud": "https://%s/api/v2/" % dom,
                    "iat": iat, "exp": iat + pick(r, [86400, 2592000]), "gty": "client-credentials",
                    "azp": cid, "scope": " ".join(r.sample(["read:users", "update:users", "delete:users", "create:users",
                                                             "read:clients", "read:connections", "read:logs",
                                                             "read:roles", "create:organizations"], 4))},
                   sig=rbytes(r, 256))
    return {"needle": tok, "comp": [("AUTH0_DOMAIN", dom)],
            "obvious": ["AUTH0_MANAGEMENT_API_TOKEN", "AUTH0_API_TOKEN", "AUTH0_MGMT_TOKEN"],
            "neutral": ["AUTH0_MGMT", "AUTH0_BEARER", "TENANT_ADMIN_JWT"], "host": dom}


def g_okta_api_token(r, b):
    s = "00" + mixed(r, 40, B64URL)
    org = okta_org(r, b)
    return {"needle": s, "comp": [("OKTA_ORG_URL", "https://" + org)],
            "obvious": ["OKTA_API_TOKEN", "OKTA_CLIENT_TOKEN", "OKTA_SSWS_TOKEN"],
            "neutral": ["OKTA_SSWS", "OKTA_ADMIN", "DIRECTORY_SYNC_AUTH"], "host": org}


def g_okta_client_secret(r, b):
    s = mixed(r, pick(r, [40, 40, 64]), B64URL)
    org = okta_org(r, b)
    return {"needle": s, "comp": [("OKTA_ISSUER", "https://%s/oauth2/default" % org),
                                  ("OKTA_CLIENT_ID", "0oa" + mixed(r, 14, B62) + pick(r, ["5d7", "4x7", "1d8", "0h7"]))],
            "obvious": ["OKTA_CLIENT_SECRET", "OIDC_CLIENT_SECRET", "OKTA_OAUTH2_CLIENT_SECRET"],
            "neutral": ["OKTA_OIDC_B", "OIDC_CONFIDENTIAL", "SSO_APP_VALUE"], "host": org}


def g_clerk_secret(r, b):
    env = pick(r, ["live", "test", "test"])
    s = "sk_%s_%s" % (env, mixed(r, pick(r, [42, 44, 46])))
    fapi = "%s-%s-%d.clerk.accounts.dev" % (pick(r, ["brave", "happy", "calm", "eager", "fond"]),
                                             pick(r, ["lemur", "otter", "koala", "heron", "mole"]), r.randint(1, 99))
    pk = "pk_%s_%s" % (env, b64s((fapi + "$").encode()).rstrip("="))
    return {"needle": s, "comp": [("NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", pk)],
            "obvious": ["CLERK_SECRET_KEY", "CLERK_API_KEY"],
            "neutral": ["CLERK_BACKEND", "CLERK_SERVER", "AUTH_PROVIDER_SK"]}


def g_workos_key(r, b):
    env = pick(r, ["test", "live"])
    raw = "key_%s,%s" % (ulid(r), mixed(r, 24))
    s = "sk_%s_%s" % (env, b64s(raw.encode()).rstrip("="))
    return {"needle": s, "comp": [("WORKOS_CLIENT_ID", "client_" + ulid(r))],
            "obvious": ["WORKOS_API_KEY", "WORKOS_SECRET_KEY"],
            "neutral": ["WORKOS_SK", "SSO_BACKEND", "WORKOS_SERVER"]}


def g_stytch_secret(r, b):
    env = pick(r, ["test", "live"])
    s = "secret-%s-%s" % (env, b64u(rbytes(r, 26)) + "=")
    return {"needle": s, "comp": [("STYTCH_PROJECT_ID", "project-%s-%s" % (env, uuid4(r)))],
            "obvious": ["STYTCH_SECRET", "STYTCH_PROJECT_SECRET"],
            "neutral": ["STYTCH_B", "STYTCH_SERVER", "PASSWORDLESS_BACKEND"], "env": env}


def g_descope_mgmt(r, b):
    pid = "P2" + rs(r, 26, UP + DIG)
    s = "K2" + rs(r, 26, UP + DIG) + ":" + mixed(r, 43, B64URL)
    return {"needle": s, "comp": [("DESCOPE_PROJECT_ID", pid)],
            "obvious": ["DESCOPE_MANAGEMENT_KEY", "DESCOPE_MGMT_KEY"],
            "neutral": ["DESCOPE_MGMT", "DESCOPE_ADMIN", "FLOW_ADMIN_B"]}


def g_kinde_secret(r, b):
    sub = b["org"].replace("-", "") + pick(r, ["", "auth", "-dev", "staging"])
    s = mixed(r, pick(r, [48, 50, 52]))
    return {"needle": s, "comp": [("KINDE_ISSUER_URL", "https://%s.kinde.com" % sub), ("KINDE_CLIENT_ID", rs(r, 32, HEXL))],
            "obvious": ["KINDE_CLIENT_SECRET", "KINDE_M2M_CLIENT_SECRET"],
            "neutral": ["KINDE_M2M", "KINDE_BACKEND", "AUTH_APP_B"], "host": sub + ".kinde.com"}


def g_fusionauth_key(r, b):
    s = mixed(r, 64, B64URL)
    return {"needle": s, "comp": [("FUSIONAUTH_URL", pick(r, ["http://localhost:9011", "https://auth.%s" % b["domain"]])),
                                  ("FUSIONAUTH_APPLICATION_ID", uuid4(r))],
            "obvious": ["FUSIONAUTH_API_KEY", "FA_API_KEY"],
            "neutral": ["FUSIONAUTH_ADMIN", "FA_MGMT", "IDENTITY_BACKEND"]}


def g_supertokens_key(r, b):
    s = mixed(r, pick(r, [32, 36, 40, 48]), B62 + "=-")
    return {"needle": s, "comp": [("SUPERTOKENS_CONNECTION_URI", pick(r, ["http://supertokens:3567", "http://localhost:3567",
                                                                         "https://st-core.internal.%s" % b["domain"]]))],
            "obvious": ["SUPERTOKENS_API_KEY", "API_KEYS"],
            "neutral": ["SUPERTOKENS_CORE_AUTH", "CORE_B", "ST_CORE"]}


def g_frontegg_key(r, b):
    s = uuid4(r)
    return {"needle": s, "comp": [("FRONTEGG_CLIENT_ID", uuid4(r)),
                                  ("FRONTEGG_BASE_URL", "https://app-%s.frontegg.com" % rs(r, 12, LOW + DIG))],
            "obvious": ["FRONTEGG_API_KEY", "FRONTEGG_SECRET_KEY"],
            "neutral": ["FRONTEGG_VENDOR_B", "FRONTEGG_VENDOR", "FE_VENDOR_AUTH"]}


def g_logto_secret(r, b):
    s = mixed(r, 32, LOW + UP + DIG)
    return {"needle": s, "comp": [("LOGTO_ENDPOINT", "https://%s.logto.app/" % rs(r, 6, LOW + DIG)),
                                  ("LOGTO_APP_ID", rs(r, 21, LOW + DIG))],
            "obvious": ["LOGTO_APP_SECRET", "LOGTO_M2M_APP_SECRET"],
            "neutral": ["LOGTO_M2M", "LOGTO_BACKEND", "OIDC_APP_B"]}


def pem_pack(lines):
    """needle = first base64 line of the key body; value = JSON/env escaped one-line form."""
    return {"needle": lines[1], "value": "\\n".join(lines) + "\\n", "pem": lines}


def g_zitadel_key(r, b):
    k = rsa_key(r)
    lines = pem_lines("RSA PRIVATE KEY", pkcs1(k))
    d = pem_pack(lines)
    d.update({"keyId": str(r.randint(10 ** 17, 10 ** 18 - 1)), "userId": str(r.randint(10 ** 17, 10 ** 18 - 1)),
              "comp": [("ZITADEL_ISSUER", "https://%s-%s.zitadel.cloud" % (b["org"], rs(r, 6, LOW + DIG)))],
              "obvious": ["ZITADEL_SERVICE_USER_KEY", "ZITADEL_PRIVATE_KEY"],
              "neutral": ["ZITADEL_MACHINE", "ZITADEL_SA_JSON_B", "IAM_MACHINE_USER"]})
    return d


def g_keycloak_secret(r, b):
    s = mixed(r, 32)
    realm = pick(r, [b["org"], "master", b["app"], "customers", "internal"])
    base = pick(r, ["https://sso.%s" % b["domain"], "https://auth.%s" % b["domain"], "http://keycloak:8080",
                    "https://keycloak.%s" % b["domain"]])
    return {"needle": s, "comp": [("KEYCLOAK_ISSUER", "%s/realms/%s" % (base, realm)), ("KEYCLOAK_CLIENT_ID", b["app"])],
            "obvious": ["KEYCLOAK_CLIENT_SECRET", "KC_CLIENT_SECRET", "OIDC_CLIENT_SECRET"],
            "neutral": ["KEYCLOAK_CONFIDENTIAL", "KC_APP_B", "REALM_CLIENT_AUTH"], "realm": realm, "kcbase": base}


def g_cognito_secret(r, b):
    s = rs(r, pick(r, [51, 52]), LOW + DIG)
    reg = b["region"]
    return {"needle": s, "comp": [("COGNITO_USER_POOL_ID", "%s_%s" % (reg, mixed(r, 9))),
                                  ("COGNITO_CLIENT_ID", rs(r, 26, LOW + DIG))],
            "obvious": ["COGNITO_CLIENT_SECRET", "COGNITO_APP_CLIENT_SECRET"],
            "neutral": ["COGNITO_APP_B", "USERPOOL_CLIENT_AUTH", "COGNITO_CONFIDENTIAL"]}


def g_firebase_sa(r, b):
    k = rsa_key(r)
    lines = pem_lines("PRIVATE KEY", pkcs8(k))
    d = pem_pack(lines)
    proj = "%s-%s" % (b["app"], rs(r, 5, LOW + DIG))
    d.update({"project": proj, "pkid": rs(r, 40, HEXL), "client_id": str(r.randint(10 ** 20, 10 ** 21 - 1)),
              "email": "firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (rs(r, 5, LOW + DIG), proj),
              "comp": [("FIREBASE_PROJECT_ID", proj)],
              "obvious": ["FIREBASE_PRIVATE_KEY", "FIREBASE_ADMIN_PRIVATE_KEY"],
              "neutral": ["FIREBASE_ADMIN_PEM", "GCP_SA_MATERIAL", "FIREBASE_ADMIN_B"]})
    d["comp"].append(("FIREBASE_CLIENT_EMAIL", d["email"]))
    return d


def g_supabase_service(r, b):
    ref = rs(r, 20, LOW)
    if r.random() < 0.6:
        iat = r.randint(1640000000, 1740000000)
        s = make_jwt({"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": ref, "role": "service_role",
                                                      "iat": iat, "exp": iat + 315360000}, hkey=rbytes(r, 32))
    else:
        s = "sb_secret_" + mixed(r, 22, B64URL) + "_" + mixed(r, 8, B62)
    return {"needle": s, "comp": [("SUPABASE_URL", "https://%s.supabase.co" % ref)],
            "obvious": ["SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_SECRET_KEY", "SUPABASE_SERVICE_KEY"],
            "neutral": ["SUPABASE_ADMIN", "SUPABASE_SERVER", "DB_API_B"], "ref": ref}


def g_magic_secret(r, b):
    s = "sk_live_" + rs(r, 16, HEXU)
    return {"needle": s, "comp": [("NEXT_PUBLIC_MAGIC_PUBLISHABLE_KEY", "pk_live_" + rs(r, 16, HEXU))],
            "obvious": ["MAGIC_SECRET_KEY", "MAGIC_SECRET"],
            "neutral": ["MAGIC_ADMIN", "MAGIC_SERVER", "PASSWORDLESS_ADMIN"]}


def g_ory_pat(r, b):
    s = "ory_pat_" + mixed(r, 32)
    slug = "%s-%s-%s" % (pick(r, ["vibrant", "sharp", "gallant", "eager", "frosty"]),
                         pick(r, ["hopper", "lamarr", "turing", "curie", "noether"]), rs(r, 8, LOW + DIG))
    return {"needle": s, "comp": [("ORY_SDK_URL", "https://%s.projects.oryapis.com" % slug)],
            "obvious": ["ORY_API_KEY", "ORY_PROJECT_API_KEY", "ORY_ACCESS_TOKEN"],
            "neutral": ["ORY_ADMIN", "ORY_NETWORK_B", "KRATOS_ADMIN_AUTH"]}


def g_hydra_secret(r, b):
    s = pick(r, [lambda: mixed(r, 32), lambda: b64s(rbytes(r, 24)), lambda: rs(r, 64, HEXL)])()
    return {"needle": s, "comp": [("URLS_SELF_ISSUER", "https://oauth.%s/" % b["domain"])],
            "obvious": ["SECRETS_SYSTEM", "HYDRA_SYSTEM_SECRET", "SECRETS_COOKIE"],
            "neutral": ["HYDRA_ROTATION_0", "OAUTH2_SERVER_SEED", "HYDRA_S0"]}


def g_authjs_secret(r, b):
    s = b64s(rbytes(r, 32)) if r.random() < 0.75 else rs(r, 64, HEXL)
    return {"needle": s, "comp": [("AUTH_URL", "https://%s" % b["domain"]), ("AUTH_TRUST_HOST", "true")],
            "obvious": ["AUTH_SECRET", "NEXTAUTH_SECRET", "AUTH0_SECRET"],
            "neutral": ["AUTH_JS_SEED", "NEXTAUTH_SEED", "COOKIE_ENC_B"]}


HUMAN_WORDS = ["purple", "Falcon", "harbor", "Maple", "tango", "River", "copper", "Orbit", "walrus", "Cobalt",
               "pepper", "Summit", "lantern", "Juniper", "nimbus", "Granite", "velvet", "Comet", "saffron"]


def human_pass(r):
    f = pick(r, [
        lambda: "%s%s%d%s" % (pick(r, HUMAN_WORDS), pick(r, HUMAN_WORDS).capitalize(), r.randint(10, 9999), pick(r, "!@#$%&*")),
        lambda: "%s-%s-%s-%d" % (pick(r, HUMAN_WORDS).lower(), pick(r, HUMAN_WORDS).lower(), pick(r, HUMAN_WORDS).lower(), r.randint(1, 99)),
        lambda: "%s_%s%d!%s" % (pick(r, HUMAN_WORDS), pick(r, ["prod", "Sess", "cookie", "Auth"]), r.randint(2019, 2026), rs(r, 3, B62)),
    ])
    return f()


def g_session_secret(r, b):
    s = pick(r, [lambda: rs(r, 64, HEXL), lambda: b64s(rbytes(r, 48)), lambda: human_pass(r), lambda: mixed(r, 40)])()
    return {"needle": s, "comp": [("SESSION_COOKIE_NAME", pick(r, ["sid", "connect.sid", "auth_session", "__Host-session"]))],
            "obvious": ["SESSION_SECRET", "COOKIE_SECRET", "PASSPORT_SESSION_SECRET", "LUCIA_SESSION_SECRET"],
            "neutral": ["COOKIE_SIGNING_SEED", "SESS_SALT_B", "APP_SEED"]}


def g_saml_key(r, b):
    k = rsa_key(r)
    label = pick(r, ["PRIVATE KEY", "RSA PRIVATE KEY"])
    lines = pem_lines(label, pkcs8(k) if label == "PRIVATE KEY" else pkcs1(k))
    d = pem_pack(lines)
    d.update({"comp": [("SAML_SP_ENTITY_ID", "https://%s/saml/metadata" % b["domain"]),
                       ("SAML_IDP_SSO_URL", "https://%s/app/%s/sso/saml" % (okta_org(r, b), rs(r, 20, LOW + DIG)))],
              "obvious": ["SAML_SP_PRIVATE_KEY", "SAML_SIGNING_KEY", "SAML_PRIVATE_KEY"],
              "neutral": ["SAML_SP_PEM", "SSO_SIGNING_MATERIAL", "SP_KEYPAIR_B"]})
    return d


def g_jwt_secret(r, b):
    s = pick(r, [lambda: rs(r, 64, HEXL), lambda: b64s(rbytes(r, 48)), lambda: mixed(r, 48, B64URL), lambda: rs(r, 128, HEXL)])()
    return {"needle": s, "comp": [("JWT_ISSUER", "https://api.%s" % b["domain"]), ("JWT_AUDIENCE", b["app"])],
            "obvious": ["JWT_SECRET", "JWT_SIGNING_SECRET", "JWT_SECRET_KEY", "HS256_SECRET"],
            "neutral": ["JWT_HMAC_SEED", "TOKEN_SIGNER_B", "SIGNER_MATERIAL"]}


def g_jwks_private(r, b):
    kid = pick(r, [lambda: mixed(r, 22, B64URL), lambda: uuid4(r), lambda: "%s-%d" % (b["app"], r.randint(2021, 2026))])()
    if r.random() < 0.5:
        jwk = rsa_jwk_private(r, rsa_key(r), kid)
    else:
        jwk = ec_jwk_private(r, kid)
    return {"needle": jwk["d"], "value": json.dumps({"keys": [jwk]}, separators=(",", ":")), "jwk": jwk,
            "comp": [("JWT_ISSUER", "https://auth.%s" % b["domain"])],
            "obvious": ["JWKS_PRIVATE", "JWT_PRIVATE_JWKS", "SIGNING_JWKS"],
            "neutral": ["JWKS_B", "TOKEN_KEYSET", "OIDC_KEYSET"]}


def g_scim_token(r, b):
    s = pick(r, [lambda: mixed(r, 43, B64URL), lambda: rs(r, 64, HEXL), lambda: "scim_" + mixed(r, 40)])()
    return {"needle": s, "comp": [("SCIM_BASE_URL", "https://%s/scim/v2" % pick(r, ["api." + b["domain"], b["domain"]]))],
            "obvious": ["SCIM_BEARER_TOKEN", "SCIM_TOKEN", "SCIM_API_TOKEN"],
            "neutral": ["SCIM_B", "PROVISIONING_AUTH", "DIRECTORY_PUSH"]}


# (provider, kind, generator, weight, pem?)
KINDS = [
    ("auth0", "auth0_client_secret", g_auth0_client_secret, 3),
    ("auth0", "auth0_management_api_token", g_auth0_mgmt_token, 2),
    ("okta", "okta_api_token", g_okta_api_token, 3),
    ("okta", "okta_oidc_client_secret", g_okta_client_secret, 2),
    ("clerk", "clerk_secret_key", g_clerk_secret, 3),
    ("workos", "workos_api_key", g_workos_key, 2),
    ("stytch", "stytch_secret", g_stytch_secret, 2),
    ("descope", "descope_management_key", g_descope_mgmt, 2),
    ("kinde", "kinde_client_secret", g_kinde_secret, 2),
    ("fusionauth", "fusionauth_api_key", g_fusionauth_key, 2),
    ("supertokens", "supertokens_core_api_key", g_supertokens_key, 2),
    ("frontegg", "frontegg_api_key", g_frontegg_key, 1),
    ("logto", "logto_app_secret", g_logto_secret, 2),
    ("zitadel", "zitadel_service_user_key", g_zitadel_key, 2),
    ("keycloak", "keycloak_client_secret", g_keycloak_secret, 3),
    ("aws_cognito", "cognito_app_client_secret", g_cognito_secret, 2),
    ("firebase", "firebase_admin_service_account", g_firebase_sa, 2),
    ("supabase", "supabase_service_role_key", g_supabase_service, 3),
    ("magic", "magic_secret_key", g_magic_secret, 2),
    ("ory", "ory_network_api_key", g_ory_pat, 2),
    ("ory", "hydra_system_secret", g_hydra_secret, 1),
    ("authjs", "auth_secret", g_authjs_secret, 3),
    ("generic", "session_secret", g_session_secret, 3),
    ("generic", "saml_signing_private_key", g_saml_key, 2),
    ("generic", "jwt_hmac_secret", g_jwt_secret, 3),
    ("generic", "jwks_private_key", g_jwks_private, 2),
    ("generic", "scim_bearer_token", g_scim_token, 2),
]
PEM_KINDS = {"zitadel_service_user_key", "firebase_admin_service_account", "saml_signing_private_key"}


# ---------------------------------------------------------------------------
# slot: what goes where the credential would be.  Positives carry the secret;
# negatives carry an env lookup / placeholder / reference / masked / public value.
# ---------------------------------------------------------------------------
CODE_ENV = {
    "js": lambda n, r: pick(r, ["process.env.%s" % n, "process.env['%s']" % n, "process.env.%s ?? ''" % n]),
    "ts": lambda n, r: pick(r, ["process.env.%s!" % n, "process.env.%s as string" % n, "env.%s" % n]),
    "py": lambda n, r: pick(r, ['os.environ["%s"]' % n, 'os.getenv("%s")' % n, "env.str(\"%s\")" % n]),
    "rb": lambda n, r: pick(r, ['ENV.fetch("%s")' % n, "ENV['%s']" % n]),
    "php": lambda n, r: "env('%s')" % n,
    "go": lambda n, r: 'os.Getenv("%s")' % n,
    "java": lambda n, r: 'System.getenv("%s")' % n,
    "sh": lambda n, r: pick(r, ['"${%s}"' % n, '"$%s"' % n, '"${%s:?missing}"' % n]),
}
CFG_ENV = {
    "yaml": lambda n, r: "${%s}" % n, "compose": lambda n, r: pick(r, ["${%s}" % n, "${%s:?err}" % n]),
    "props": lambda n, r: "${%s}" % n, "hocon": lambda n, r: None, "md": lambda n, r: "$" + n,
    "gha": lambda n, r: "${{ secrets.%s }}" % n, "hcl": lambda n, r: None,
}


def quote(v, lang, r=None, q=None):
    if lang == "json":
        return json.dumps(v) if '"' in v else '"' + v + '"'
    if lang == "yaml":
        return yq(v, r, q)
    if lang == "go" and '"' in v:
        return "`" + v + "`"
    if lang in ("java", "hcl", "cs", "go", "toml-basic"):
        return '"' + v.replace('"', '\\"') + '"'
    if q is None:
        q = "'" if '"' in v else (pick(r, ['"', "'"]) if r else '"')
    if q == "" and (" " in v or "#" in v or v == ""):
        q = '"'
    if q == '"' and '"' in v:
        q = "'"
    return q + v + q


class Slot:
    def __init__(self, r, name, value, neg=None):
        self.r, self.name, self._v, self.neg = r, name, value, neg

    @property
    def v(self):
        return self._v if self.neg is None else self.neg["lit"]

    def _lit(self):
        return self._v if self.neg is None else self.neg["lit"]

    used_env = False

    def code(self, lang, q=None):
        if self.neg and self.neg["mode"] == "env" and lang in CODE_ENV:
            self.used_env = True
            return CODE_ENV[lang](self.name, self.r)
        return quote(self._lit(), "json" if lang == "json" else lang, self.r, q)

    def cfg(self, lang, q=None):
        """value in a config-ish file; lang in yaml/compose/props/gha/hcl/dotenv/toml/ini/xml/json/md"""
        if self.neg and self.neg["mode"] == "env" and lang in CFG_ENV:
            e = CFG_ENV[lang](self.name, self.r)
            self.used_env = True
            if e is not None:
                if lang in ("yaml", "compose", "gha"):
                    return '"' + e + '"'
                return e
            if lang == "hcl":
                return "var." + self.name.lower()
        v = self._lit()
        if lang in ("yaml", "compose", "gha"):
            return yq(v, self.r, q)
        if lang == "json":
            return quote(v, "json")
        if lang in ("hcl", "toml"):
            return quote(v, "hcl")
        if lang == "xml":
            return v.replace("&", "&amp;").replace('"', "&quot;")
        if lang in ("dotenv", "ini", "props", "md"):
            if q is None:
                q = pick(self.r, ["", "", '"']) if lang == "dotenv" else ""
            if lang == "dotenv" and (" " in v or "\\n" in v) and not q:
                q = '"'
            if q == '"' and '"' in v:
                q = "'"
            return q + v + q
        return v


def nm(name, st):
    return style(name, st)


# ---------------------------------------------------------------------------
# harmless neighbours
# ---------------------------------------------------------------------------
def fillers(r, b, k):
    pool = [("NODE_ENV", pick(r, ["production", "staging", "development"])), ("PORT", str(b["port"])),
            ("LOG_LEVEL", pick(r, ["info", "debug", "warn"])), ("APP_URL", "https://%s" % b["domain"]),
            ("TZ", "UTC"), ("FEATURE_SSO_ENABLED", pick(r, ["true", "false"])), ("REDIS_HOST", pick(r, ["redis", "localhost", "cache.internal"])),
            ("SESSION_TTL_SECONDS", str(pick(r, [3600, 86400, 1800]))), ("RATE_LIMIT_RPM", str(pick(r, [60, 600, 1200]))),
            ("CORS_ORIGINS", "https://%s,https://admin.%s" % (b["domain"], b["domain"])),
            ("CALLBACK_URL", "https://%s/api/auth/callback" % b["domain"]), ("SENTRY_ENVIRONMENT", pick(r, ["prod", "staging"])),
            ("DEFAULT_LOCALE", pick(r, ["en", "en-GB", "de", "fr"])), ("MAX_UPLOAD_MB", str(pick(r, [10, 25, 50]))),
            ("OTEL_SERVICE_NAME", b["app"]), ("AUTH_SCOPES", "openid profile email")]
    return r.sample(pool, k)


def comps(c, exclude=()):
    return [(n, v) for n, v in c.get("comp", []) if n not in exclude]


# ---------------------------------------------------------------------------
# generic templates: t(r, b, c, S) -> (relpath, filetype, [lines])
# ---------------------------------------------------------------------------
def t_dotenv(r, b, c, S):
    path = pick(r, [".env.local", ".env.production", ".env.staging", ".env.development", "config/.env.production",
                    "deploy/app.env", ".env.docker", "apps/web/.env.local", "apps/api/.env.production", ".envrc"])
    exp = "export " if path == ".envrc" else ""
    L = ["# %s - %s settings" % (b["app"], pick(r, ["runtime", "auth", "server", "deployment"]))]
    if r.random() < 0.5:
        L.append("# keep in sync with %s" % pick(r, ["1Password 'Platform' vault", "the staging stack", "docs/auth.md"]))
    fl = fillers(r, b, r.randint(2, 9))
    cut = r.randint(2, len(fl))
    for n, v in fl[:cut]:
        L.append("%s%s=%s" % (exp, n, v))
    L.append("")
    L.append("# %s" % pick(r, ["Identity provider", "Auth", "SSO / login", "Authentication backend"]))
    items = comps(c, (S.name,)) + [(S.name, None)]
    if r.random() < 0.5:
        r.shuffle(items)
    for n, v in items:
        L.append("%s%s=%s" % (exp, n, S.cfg("dotenv") if v is None else v))
    for n, v in fl[cut:]:
        L.append("%s%s=%s" % (exp, n, v))
    return path, "dotenv", L


def t_compose(r, b, c, S):
    path = pick(r, ["docker-compose.yml", "compose.yaml", "docker-compose.override.yml", "deploy/docker-compose.prod.yml"])
    svc = pick(r, ["api", "web", "backend", "auth-proxy", b["app"]])
    L = ["services:", "  %s:" % svc, "    image: ghcr.io/%s/%s:%s" % (b["org"], b["app"], pick(r, ["latest", "1.4.2", "main"])),
         "    restart: unless-stopped", "    ports:", '      - "%d:%d"' % (b["port"], b["port"])]
    listform = r.random() < 0.4
    L.append("    environment:")
    items = fillers(r, b, r.randint(1, 4)) + comps(c, (S.name,)) + [(S.name, None)]
    for n, v in items:
        val = S.cfg("compose") if v is None else v
        if listform:
            L.append("      - %s=%s" % (n, val.strip('"') if v is None and val.startswith('"${') else val))
        else:
            L.append("      %s: %s" % (n, val if v is None else yq(v, r)))
    L += ["    depends_on:", "      - redis", "", "  redis:", "    image: redis:7-alpine", "    volumes:", "      - redis-data:/data",
          "", "volumes:", "  redis-data: {}"]
    return path, "docker-compose", L


def t_helm(r, b, c, S):
    path = pick(r, ["charts/%s/values.yaml" % b["app"], "helm/values-production.yaml", "deploy/helm/values.prod.yaml"])
    L = ["# Default values for %s." % b["app"], "replicaCount: %d" % r.randint(1, 4), "", "image:",
         "  repository: %s.dkr.ecr.%s.amazonaws.com/%s" % (r.randint(10 ** 11, 10 ** 12 - 1), b["region"], b["app"]),
         "  tag: \"%d.%d.%d\"" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)), "  pullPolicy: IfNotPresent", "",
         "service:", "  type: ClusterIP", "  port: %d" % b["port"], ""]
    if r.random() < 0.5:
        L += ["env:"]
        for n, v in comps(c, (S.name,)) + [(S.name, None)]:
            L += ["  - name: %s" % n, "    value: %s" % (S.cfg("yaml") if v is None else yq(v, r, '"'))]
    else:
        L += ["auth:"]
        for n, v in comps(c, (S.name,)) + [(S.name, None)]:
            L.append("  %s: %s" % (nm(n, "camel"), S.cfg("yaml") if v is None else yq(v, r)))
    L += ["", "ingress:", "  enabled: true", "  className: nginx", "  hosts:", "    - host: %s" % b["domain"],
          "      paths:", "        - path: /", "          pathType: Prefix", "", "resources:", "  limits:",
          "    cpu: 500m", "    memory: 512Mi"]
    return path, "helm-values", L


def t_k8s_secret(r, b, c, S):
    path = pick(r, ["k8s/secret.yaml", "deploy/k8s/%s-auth-secret.yaml" % b["app"], "manifests/base/auth-secret.yaml"])
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-auth" % b["app"], "  namespace: %s" % pick(r, ["default", "prod", b["app"]]),
         "  labels:", "    app.kubernetes.io/name: %s" % b["app"], "type: Opaque", "stringData:"]
    for n, v in comps(c, (S.name,)) + [(S.name, None)]:
        L.append("  %s: %s" % (n, S.cfg("yaml", '"') if v is None else yq(v, r, '"')))
    return path, "k8s-manifest", L


def t_gha(r, b, c, S):
    path = ".github/workflows/%s" % pick(r, ["deploy.yml", "e2e.yml", "release.yaml", "integration-tests.yml"])
    L = ["name: %s" % pick(r, ["Deploy", "E2E", "Release", "Integration tests"]), "", "on:", "  push:", "    branches: [main]",
         "  workflow_dispatch:", "", "jobs:", "  run:", "    runs-on: ubuntu-latest", "    env:"]
    for n, v in comps(c, (S.name,)) + [(S.name, None)]:
        L.append("      %s: %s" % (n, S.cfg("gha") if v is None else yq(v, r)))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4", "        with:",
          "          node-version: 20", "          cache: npm", "      - run: npm ci",
          "      - run: npm run %s" % pick(r, ["test:e2e", "deploy", "build && npm run smoke"])]
    return path, "github-actions", L


def _js_obj(r, c, S, st, lang):
    out = []
    for n, v in comps(c, (S.name,)) + [(S.name, None)]:
        out.append("  %s: %s," % (nm(n, st), S.code(lang) if v is None else quote(v, lang, r)))
    return out


def t_next_lib(r, b, c, S):
    path = pick(r, ["lib/auth.ts", "src/lib/auth-config.ts", "app/api/auth/config.ts", "src/server/idp.ts"])
    L = ["// server-only: do not import from client components", "import 'server-only';", ""]
    if r.random() < 0.5:
        L += ["export const authConfig = {"] + _js_obj(r, c, S, "camel", "ts") + ["  scopes: ['openid', 'profile', 'email'],",
                                                                                  "} as const;", ""]
    else:
        for n, v in comps(c, (S.name,)):
            L.append("const %s = %s;" % (nm(n, "camel"), quote(v, "ts", r)))
        L.append("const %s = %s;" % (nm(S.name, pick(r, ["camel", "screaming"])), S.code("ts")))
        L.append("")
    L += ["export async function getServerToken(audience: string) {",
          "  const res = await fetch(`${process.env.API_BASE}/token`, { method: 'POST', body: JSON.stringify({ audience }) });",
          "  if (!res.ok) throw new Error(`token request failed: ${res.status}`);", "  return (await res.json()).access_token as string;", "}"]
    return path, "typescript", L


def t_express(r, b, c, S):
    path = pick(r, ["server.js", "src/app.js", "src/index.js", "api/server.js"])
    L = ["const express = require('express');", "const helmet = require('helmet');", "", "const app = express();",
         "app.use(helmet());", "app.use(express.json());", ""]
    L += ["const config = {"] + _js_obj(r, c, S, pick(r, ["camel", "snake"]), "js") + ["  port: process.env.PORT || %d," % b["port"], "};", ""]
    L += ["app.get('/healthz', (req, res) => res.send('ok'));", "",
          "app.listen(config.port, () => {", "  console.log(`listening on ${config.port}`);", "});", "", "module.exports = { app, config };"]
    return path, "javascript", L


def t_nest(r, b, c, S):
    path = pick(r, ["src/config/auth.config.ts", "src/auth/auth.config.ts", "apps/api/src/config/idp.config.ts"])
    L = ["import { registerAs } from '@nestjs/config';", "", "export default registerAs('auth', () => ({"]
    L += _js_obj(r, c, S, "camel", "ts")
    L += ["  tokenTtl: parseInt(process.env.TOKEN_TTL ?? '3600', 10),", "}));"]
    return path, "typescript", L


def t_svelte(r, b, c, S):
    path = "src/hooks.server.ts"
    L = ["import type { Handle } from '@sveltejs/kit';", "import { sequence } from '@sveltejs/kit/hooks';", ""]
    L.append("const %s = %s;" % (nm(S.name, pick(r, ["camel", "screaming"])), S.code("ts")))
    for n, v in comps(c, (S.name,)):
        L.append("const %s = %s;" % (nm(n, "screaming"), quote(v, "ts", r)))
    L += ["", "const auth: Handle = async ({ event, resolve }) => {",
          "  event.locals.requestId = crypto.randomUUID();", "  return resolve(event);", "};", "",
          "export const handle = sequence(auth);"]
    return path, "typescript", L


def t_nuxt(r, b, c, S):
    path = "nuxt.config.ts"
    L = ["// https://nuxt.com/docs/api/configuration/nuxt-config", "export default defineNuxtConfig({",
         "  devtools: { enabled: false },", "  modules: ['@pinia/nuxt'],", "  runtimeConfig: {",
         "    %s: %s," % (nm(S.name, "camel"), S.code("ts")), "    public: {"]
    for n, v in comps(c, (S.name,)):
        L.append("      %s: %s," % (nm(n, "camel"), quote(v, "ts", r)))
    L += ["      appUrl: 'https://%s'," % b["domain"], "    },", "  },", "});"]
    return path, "typescript", L


def t_remix(r, b, c, S):
    path = pick(r, ["app/services/auth.server.ts", "app/utils/session.server.ts"])
    L = ["import { createCookieSessionStorage } from '@remix-run/node';", ""]
    for n, v in comps(c, (S.name,)):
        L.append("const %s = %s;" % (nm(n, "screaming"), quote(v, "ts", r)))
    L.append("const %s = %s;" % (nm(S.name, "screaming"), S.code("ts")))
    L += ["", "export const sessionStorage = createCookieSessionStorage({", "  cookie: {", "    name: '_session',",
          "    sameSite: 'lax',", "    path: '/',", "    httpOnly: true,", "    secure: process.env.NODE_ENV === 'production',",
          "  },", "});"]
    return path, "typescript", L


def t_django(r, b, c, S):
    path = pick(r, ["config/settings/production.py", "%s/settings.py" % b["app"].replace("-", "_"), "settings/base.py"])
    L = ['"""Django settings for %s."""' % b["app"], "import os", "from pathlib import Path", "",
         "BASE_DIR = Path(__file__).resolve().parent.parent", "DEBUG = False",
         "ALLOWED_HOSTS = [\"%s\", \"api.%s\"]" % (b["domain"], b["domain"]), "",
         "INSTALLED_APPS = [", '    "django.contrib.auth",', '    "django.contrib.sessions",', '    "mozilla_django_oidc",', "]", "",
         "# --- identity provider ---"]
    for n, v in comps(c, (S.name,)):
        L.append("%s = %s" % (n, quote(v, "py", r)))
    L.append("%s = %s" % (S.name, S.code("py")))
    L += ["", 'LOGIN_REDIRECT_URL = "/dashboard/"', 'LOGOUT_REDIRECT_URL = "/"', "SESSION_COOKIE_SECURE = True"]
    return path, "python", L


def t_fastapi(r, b, c, S):
    path = pick(r, ["app/core/config.py", "src/%s/settings.py" % b["app"].replace("-", "_")])
    L = ["from pydantic_settings import BaseSettings, SettingsConfigDict", "", "", "class Settings(BaseSettings):",
         '    model_config = SettingsConfigDict(env_file=".env", extra="ignore")', "",
         '    project_name: str = "%s"' % b["app"], "    debug: bool = False"]
    for n, v in comps(c, (S.name,)):
        L.append("    %s: str = %s" % (n.lower(), quote(v, "py", r)))
    L.append("    %s: str = %s" % (S.name.lower(), S.code("py")))
    L += ["", "", "settings = Settings()"]
    if S.neg and S.neg["mode"] == "env":
        L.insert(0, "import os")
    return path, "python", L


def t_flask(r, b, c, S):
    path = pick(r, ["config.py", "instance/config.py", "app/config.py"])
    L = ["import os", "", "", "class Config:", "    SESSION_COOKIE_HTTPONLY = True", "    PREFERRED_URL_SCHEME = 'https'", "",
         "", "class ProductionConfig(Config):", "    DEBUG = False"]
    for n, v in comps(c, (S.name,)):
        L.append("    %s = %s" % (n, quote(v, "py", r)))
    L.append("    %s = %s" % (S.name, S.code("py")))
    L += ["", "", "class TestingConfig(Config):", "    TESTING = True"]
    return path, "python", L


def t_rails(r, b, c, S):
    path = "config/initializers/%s.rb" % pick(r, ["omniauth", "identity", "auth_provider", "sso"])
    L = ["# frozen_string_literal: true", "", "Rails.application.config.x.identity = {"]
    for n, v in comps(c, (S.name,)) + [(S.name, None)]:
        L.append("  %s: %s," % (n.lower(), S.code("rb") if v is None else quote(v, "rb", r)))
    L += ["  scope: 'openid profile email'", "}.freeze"]
    return path, "ruby", L


def t_laravel(r, b, c, S):
    path = "config/services.php"
    prov = pick(r, ["idp", "sso", "auth0", "okta", "keycloak"])
    L = ["<?php", "", "return [", "", "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),", "    ],", "",
         "    '%s' => [" % prov]
    for n, v in comps(c, (S.name,)):
        L.append("        '%s' => env('%s', '%s')," % (n.lower(), n, v))
    if S.neg and S.neg["mode"] == "env":
        S.used_env = True
        L.append("        '%s' => env('%s')," % (S.name.lower(), S.name))
    else:
        L.append("        '%s' => env('%s', %s)," % (S.name.lower(), S.name, quote(S.v, "php", r, "'")))
    L += ["        'redirect' => env('APP_URL').'/auth/callback',", "    ],", "", "];"]
    return path, "php", L


def t_spring_yml(r, b, c, S):
    path = pick(r, ["src/main/resources/application.yml", "src/main/resources/application-prod.yml"])
    L = ["server:", "  port: %d" % b["port"], "", "spring:", "  application:", "    name: %s" % b["app"], "",
         "app:", "  identity:"]
    for n, v in comps(c, (S.name,)) + [(S.name, None)]:
        L.append("    %s: %s" % (nm(n, "kebab"), S.cfg("yaml") if v is None else yq(v, r)))
    L += ["", "management:", "  endpoints:", "    web:", "      exposure:", "        include: health,info"]
    return path, "spring-yaml", L


def t_spring_props(r, b, c, S):
    path = pick(r, ["src/main/resources/application.properties", "src/main/resources/application-prod.properties"])
    L = ["spring.application.name=%s" % b["app"], "server.port=%d" % b["port"], "logging.level.root=INFO", ""]
    for n, v in comps(c, (S.name,)) + [(S.name, None)]:
        L.append("app.identity.%s=%s" % (nm(n, "kebab"), S.cfg("props") if v is None else v))
    L += ["", "management.endpoints.web.exposure.include=health,info"]
    return path, "java-properties", L


def t_go(r, b, c, S):
    path = pick(r, ["internal/config/auth.go", "cmd/server/config.go", "pkg/idp/config.go"])
    pkg = path.split("/")[-2]
    envm = bool(S.neg and S.neg["mode"] == "env")
    L = ["package %s" % pkg, "", "import ("] + (['\t"os"'] if envm else []) + ['\t"time"', ")", "", "// IdentityConfig holds settings for the identity provider.",
         "type IdentityConfig struct {"]
    fields = comps(c, (S.name,)) + [(S.name, None)]
    for n, v in fields:
        L.append("\t%s string" % nm(n, "pascal"))
    L += ["\tTimeout time.Duration", "}", "", "func Load() IdentityConfig {", "\treturn IdentityConfig{"]
    for n, v in fields:
        L.append("\t\t%s: %s," % (nm(n, "pascal"), S.code("go") if v is None else quote(v, "go")))
    L += ["\t\tTimeout: 10 * time.Second,", "\t}", "}"]
    return path, "go", L


def t_toml(r, b, c, S):
    path = pick(r, ["config/production.toml", "Settings.toml", "wrangler.toml", "config/default.toml"])
    if path == "wrangler.toml":
        L = ['name = "%s"' % b["app"], 'main = "src/index.ts"', 'compatibility_date = "2024-0%d-1%d"' % (r.randint(1, 9), r.randint(0, 9)), "", "[vars]"]
    else:
        L = ["[server]", 'host = "0.0.0.0"', "port = %d" % b["port"], "", "[identity]"]
    for n, v in comps(c, (S.name,)) + [(S.name, None)]:
        key = n if path == "wrangler.toml" else n.lower()
        L.append("%s = %s" % (key, S.cfg("toml") if v is None else quote(v, "hcl")))
    L += ["", "[log]", 'level = "info"']
    return path, "toml", L


def t_json_cfg(r, b, c, S):
    path = pick(r, ["config/production.json", "appsettings.Production.json", "config/default.json"])
    L = ["{", '  "server": { "port": %d },' % b["port"], '  "identity": {']
    items = comps(c, (S.name,)) + [(S.name, None)]
    st = "pascal" if path.startswith("appsettings") else "camel"
    for i, (n, v) in enumerate(items):
        L.append('    "%s": %s%s' % (nm(n, st), S.cfg("json") if v is None else quote(v, "json"), "," if i < len(items) - 1 else ""))
    L += ["  },", '  "logging": { "level": "info" }', "}"]
    return path, "json", L


def t_markdown(r, b, c, S):
    path = pick(r, ["docs/setup/auth.md", "notes/runbook.md", "docs/local-development.md", "README.dev.md", "docs/ops/idp-rotation.md"])
    L = ["# %s" % pick(r, ["Auth setup", "Runbook: identity provider", "Local development", "Rotating IdP credentials"]), "",
         "Last updated by %s." % b["author"], "", "## Environment", "",
         "The API reads its identity settings from the environment. For the %s cluster we use:" % pick(r, ["staging", "prod", "demo"]), "",
         "```bash"]
    for n, v in comps(c, (S.name,)) + [(S.name, None)]:
        L.append("export %s=%s" % (n, S.cfg("md", pick(r, ["", '"'])) if v is None else v))
    L += ["```", "", "Then restart the workers:", "", "```bash", "kubectl -n %s rollout restart deploy/%s" % (b["app"], b["app"]), "```", "",
          "## Troubleshooting", "", "- `401 invalid_client`: check the values above match the dashboard.",
          "- Clock skew over 60s breaks token validation; make sure NTP is running."]
    return path, "markdown", L


def t_conftest(r, b, c, S):
    path = pick(r, ["tests/conftest.py", "tests/integration/conftest.py"])
    L = ["import pytest", "", "", "@pytest.fixture(scope=\"session\")", "def idp_settings():", "    return {"]
    for n, v in comps(c, (S.name,)) + [(S.name, None)]:
        L.append('        "%s": %s,' % (n.lower(), S.code("py") if v is None else quote(v, "py", r)))
    L += ["    }", "", "", "@pytest.fixture", "def client(app, idp_settings):", "    app.config.update(idp_settings)",
          "    return app.test_client()"]
    if S.neg and S.neg["mode"] == "env":
        L.insert(0, "import os")
    return path, "python-test", L


def t_jest_setup(r, b, c, S):
    path = pick(r, ["jest.setup.ts", "test/setup-env.ts", "vitest.setup.ts"])
    L = ["import '@testing-library/jest-dom';", "", "// integration tests talk to the sandbox tenant"]
    for n, v in comps(c, (S.name,)) + [(S.name, None)]:
        L.append("process.env.%s = %s;" % (n, S.code("ts") if v is None else quote(v, "ts", r)))
    L += ["", "afterEach(() => {", "  jest.clearAllMocks();", "});"]
    return path, "typescript-test", L


def t_shell(r, b, c, S):
    path = pick(r, ["scripts/sync-users.sh", "bin/bootstrap-idp.sh", "scripts/smoke.sh"])
    L = ["#!/usr/bin/env bash", "set -euo pipefail", ""]
    for n, v in comps(c, (S.name,)):
        L.append('%s="%s"' % (n, v))
    if S.neg and S.neg["mode"] == "env":
        S.used_env = True
        L.append("%s=%s" % (S.name, CODE_ENV["sh"](S.name, r)))
    else:
        L.append("%s=%s" % (S.name, quote(S.v, "sh", r)))
    L += ["", 'echo "==> checking $(date -u +%FT%TZ)"', "for env in staging production; do",
          '  ./bin/check-tenant "$env"', "done"]
    return path, "shell", L


def t_tfvars(r, b, c, S):
    path = pick(r, ["terraform/prod.tfvars", "terraform.tfvars", "infra/envs/staging/terraform.tfvars"])
    L = ['environment = "%s"' % pick(r, ["prod", "staging"]), 'region      = "%s"' % b["region"], 'app_name    = "%s"' % b["app"], ""]
    for n, v in comps(c, (S.name,)) + [(S.name, None)]:
        L.append("%s = %s" % (n.lower(), S.cfg("toml") if v is None else quote(v, "hcl")))
    L += ["", "tags = {", '  team = "platform"', '  cost-center = "%d"' % r.randint(100, 999), "}"]
    return path, "terraform", L


def t_ini(r, b, c, S):
    path = pick(r, ["deploy/uwsgi.ini", "config/app.ini", "settings.ini"])
    if path.endswith("uwsgi.ini"):
        L = ["[uwsgi]", "module = %s.wsgi:application" % b["app"].replace("-", "_"), "master = true", "processes = 4",
             "http = :%d" % b["port"], "vacuum = true"]
        for n, v in comps(c, (S.name,)) + [(S.name, None)]:
            L.append("env = %s=%s" % (n, S.cfg("ini") if v is None else v))
    else:
        L = ["[server]", "port = %d" % b["port"], "workers = 4", "", "[identity]"]
        for n, v in comps(c, (S.name,)) + [(S.name, None)]:
            L.append("%s = %s" % (n.lower(), S.cfg("ini") if v is None else v))
    return path, "ini", L


def t_java(r, b, c, S):
    path = "src/main/java/com/%s/auth/IdentityConfig.java" % b["org"].replace("-", "")
    L = ["package com.%s.auth;" % b["org"].replace("-", ""), "", "import java.time.Duration;", "",
         "public final class IdentityConfig {", ""]
    for n, v in comps(c, (S.name,)):
        L.append("    public static final String %s = %s;" % (n, quote(v, "java")))
    L.append("    %s static final String %s = %s;" % (pick(r, ["private", "public"]), S.name, S.code("java")))
    L += ["    public static final Duration TIMEOUT = Duration.ofSeconds(10);", "", "    private IdentityConfig() {}", "}"]
    return path, "java", L


def t_dotnet_xml(r, b, c, S):
    path = pick(r, ["App.config", "src/%s/Web.config" % b["app"].title().replace("-", "")])
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>",
         '    <add key="Environment" value="Production" />']
    for n, v in comps(c, (S.name,)) + [(S.name, None)]:
        L.append('    <add key="%s" value="%s" />' % (nm(n, "pascal"), S.cfg("xml") if v is None else v))
    L += ["  </appSettings>", "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />', "  </system.web>", "</configuration>"]
    return path, "xml", L


def t_postman(r, b, c, S):
    path = pick(r, ["postman/production.postman_environment.json", "api/collections/staging.postman_environment.json"])
    items = [("baseUrl", "https://api.%s" % b["domain"])] + [(nm(n, "camel"), v) for n, v in comps(c, (S.name,))] + [(nm(S.name, "camel"), None)]
    L = ["{", '  "id": "%s",' % uuid4(r), '  "name": "%s",' % pick(r, ["Production", "Staging"]), '  "values": [']
    for i, (n, v) in enumerate(items):
        L += ["    {", '      "key": "%s",' % n, '      "value": %s,' % (S.cfg("json") if v is None else quote(v, "json")),
              '      "type": "%s",' % ("secret" if v is None and r.random() < 0.5 else "default"), '      "enabled": true',
              "    }" + ("," if i < len(items) - 1 else "")]
    L += ["  ],", '  "_postman_variable_scope": "environment"', "}"]
    return path, "postman-json", L


def t_dockerfile(r, b, c, S):
    path = pick(r, ["Dockerfile", "docker/api.Dockerfile", "Dockerfile.prod"])
    L = ["FROM node:20-alpine AS build", "WORKDIR /app", "COPY package*.json ./", "RUN npm ci", "COPY . .", "RUN npm run build", "",
         "FROM node:20-alpine", "WORKDIR /app", "COPY --from=build /app/dist ./dist", "COPY --from=build /app/node_modules ./node_modules",
         "ENV NODE_ENV=production PORT=%d" % b["port"]]
    for n, v in comps(c, (S.name,)) + [(S.name, None)]:
        L.append("ENV %s=%s" % (n, S.cfg("dotenv", '"') if v is None else v))
    L += ["EXPOSE %d" % b["port"], 'CMD ["node", "dist/main.js"]']
    return path, "dockerfile", L


def t_serverless(r, b, c, S):
    path = "serverless.yml"
    L = ["service: %s" % b["app"], "frameworkVersion: '3'", "", "provider:", "  name: aws", "  runtime: nodejs20.x",
         "  region: %s" % b["region"], "  environment:"]
    for n, v in comps(c, (S.name,)) + [(S.name, None)]:
        L.append("    %s: %s" % (n, S.cfg("yaml") if v is None else yq(v, r)))
    L += ["", "functions:", "  authorizer:", "    handler: src/authorizer.handler", "  api:", "    handler: src/api.handler",
          "    events:", "      - httpApi: '*'"]
    return path, "serverless-yaml", L


def t_ansible(r, b, c, S):
    path = pick(r, ["group_vars/production.yml", "inventories/prod/group_vars/all.yml", "roles/app/defaults/main.yml"])
    L = ["---", "app_name: %s" % b["app"], "app_port: %d" % b["port"], "app_user: deploy", ""]
    for n, v in comps(c, (S.name,)) + [(S.name, None)]:
        L.append("%s: %s" % (n.lower(), S.cfg("yaml") if v is None else yq(v, r)))
    L += ["", "nginx_server_name: %s" % b["domain"]]
    return path, "ansible-yaml", L


def t_hocon(r, b, c, S):
    path = pick(r, ["src/main/resources/application.conf", "conf/application.conf"])
    L = ["ktor {", "  deployment {", "    port = %d" % b["port"], "  }", "}", "", "identity {"]
    for n, v in comps(c, (S.name,)) + [(S.name, None)]:
        key = nm(n, "camel")
        if v is None and S.neg and S.neg["mode"] == "env":
            S.used_env = True
            L.append("  %s = ${?%s}" % (key, S.name))
        else:
            L.append('  %s = %s' % (key, quote(S.v if v is None else v, "hcl")))
    L.append("}")
    return path, "hocon", L


def t_php_define(r, b, c, S):
    path = pick(r, ["config/config.php", "wp-content/mu-plugins/sso-config.php", "includes/settings.php"])
    L = ["<?php", "// SSO plugin settings", "defined('ABSPATH') || define('ABSPATH', __DIR__ . '/');", ""]
    for n, v in comps(c, (S.name,)):
        L.append("define('%s', '%s');" % (n, v))
    if S.neg and S.neg["mode"] == "env":
        S.used_env = True
        L.append("define('%s', getenv('%s'));" % (S.name, S.name))
    else:
        L.append("define('%s', %s);" % (S.name, quote(S.v, "php", r, "'")))
    return path, "php", L


def t_cypress(r, b, c, S):
    path = pick(r, ["cypress.env.json", "e2e/fixtures/env.json", "playwright/.auth/config.json"])
    items = comps(c, (S.name,)) + [(S.name, None)]
    L = ["{", '  "baseUrl": "https://staging.%s",' % b["domain"], '  "defaultCommandTimeout": %d,' % pick(r, [4000, 8000, 10000]),
         '  "loginPath": "/sign-in",']
    for i, (n, v) in enumerate(items):
        L.append('  "%s": %s%s' % (n.lower(), S.cfg("json") if v is None else quote(v, "json"), "," if i < len(items) - 1 else ""))
    L.append("}")
    return path, "json", L


GENERIC = [t_dotenv, t_compose, t_helm, t_k8s_secret, t_gha, t_next_lib, t_express, t_nest, t_svelte, t_nuxt, t_remix,
           t_django, t_fastapi, t_flask, t_rails, t_laravel, t_spring_yml, t_spring_props, t_go, t_toml, t_json_cfg,
           t_markdown, t_conftest, t_jest_setup, t_shell, t_tfvars, t_ini, t_java, t_dotnet_xml, t_postman, t_dockerfile,
           t_serverless, t_ansible, t_hocon, t_php_define, t_cypress]


# ---------------------------------------------------------------------------
# kind-specific templates
# ---------------------------------------------------------------------------
def _cv(c, name):
    for n, v in c.get("comp", []):
        if n == name:
            return v
    return ""


def s_tf_provider(r, b, c, S):
    k = c["_kind"]
    path = pick(r, ["terraform/providers.tf", "infra/identity/main.tf", "terraform/%s.tf" % k.split("_")[0]])
    L = ["terraform {", "  required_providers {"]
    if k.startswith("auth0"):
        L += ["    auth0 = {", '      source  = "auth0/auth0"', '      version = "~> 1.%d"' % r.randint(0, 9), "    }", "  }", "}", "",
              'provider "auth0" {', '  domain        = "%s"' % c["host"]]
        if k == "auth0_client_secret":
            L += ['  client_id     = "%s"' % _cv(c, "AUTH0_CLIENT_ID"), "  client_secret = %s" % S.cfg("hcl")]
        else:
            L += ["  api_token     = %s" % S.cfg("hcl")]
        L += ["}", "", 'resource "auth0_client" "web" {', '  name     = "%s web"' % b["app"], '  app_type = "regular_web"',
              '  callbacks = ["https://%s/api/auth/callback"]' % b["domain"], "}"]
    elif k == "okta_api_token":
        org, base = c["host"].split(".", 1)
        L += ["    okta = {", '      source  = "okta/okta"', '      version = "~> 4.%d"' % r.randint(0, 9), "    }", "  }", "}", "",
              'provider "okta" {', '  org_name  = "%s"' % org, '  base_url  = "%s"' % base, "  api_token = %s" % S.cfg("hcl"), "}", "",
              'resource "okta_group" "engineering" {', '  name        = "Engineering"', '  description = "Managed by Terraform"', "}"]
    else:  # keycloak
        L += ["    keycloak = {", '      source  = "mrparkers/keycloak"', '      version = ">= 4.%d.0"' % r.randint(0, 4), "    }", "  }", "}", "",
              'provider "keycloak" {', '  client_id     = "terraform"', "  client_secret = %s" % S.cfg("hcl"),
              '  url           = "%s"' % c["kcbase"], '  realm         = "%s"' % c["realm"], "}", "",
              'resource "keycloak_realm" "app" {', '  realm   = "%s"' % b["app"], "  enabled = true", "}"]
    if S.neg and S.neg["mode"] == "env":
        L += ["", 'variable "%s" {' % S.name.lower(), "  type      = string", "  sensitive = true", "}"]
    return path, "terraform", L


def s_kc_realm(r, b, c, S):
    path = pick(r, ["keycloak/realm-export.json", "docker/keycloak/import/%s-realm.json" % c["realm"], "realm-config/%s.json" % c["realm"]])
    cid = _cv(c, "KEYCLOAK_CLIENT_ID")
    L = ["{", '  "id": "%s",' % uuid4(r), '  "realm": "%s",' % c["realm"], '  "enabled": true,', '  "sslRequired": "external",',
         '  "registrationAllowed": false,', '  "accessTokenLifespan": 300,', '  "clients": [', "    {",
         '      "id": "%s",' % uuid4(r), '      "clientId": "%s",' % cid, '      "enabled": true,',
         '      "clientAuthenticatorType": "client-secret",', '      "secret": %s,' % S.cfg("json"),
         '      "redirectUris": ["https://%s/*"],' % b["domain"], '      "webOrigins": ["+"],', '      "publicClient": false,',
         '      "protocol": "openid-connect",', '      "standardFlowEnabled": true,', '      "serviceAccountsEnabled": %s' % pick(r, ["true", "false"]),
         "    },", "    {", '      "id": "%s",' % uuid4(r), '      "clientId": "%s-spa",' % cid, '      "publicClient": true,',
         '      "redirectUris": ["http://localhost:%d/*"],' % b["port"], '      "protocol": "openid-connect"', "    }", "  ],",
         '  "roles": { "realm": [ { "name": "admin" }, { "name": "user" } ] }', "}"]
    return path, "keycloak-realm-json", L


def s_firebase_json(r, b, c, S):
    path = pick(r, ["serviceAccountKey.json", "config/firebase-service-account.json", "functions/%s-firebase-adminsdk.json" % c["project"],
                    "secrets/firebase-admin.json"])
    L = ["{", '  "type": "service_account",', '  "project_id": "%s",' % c["project"], '  "private_key_id": "%s",' % c["pkid"],
         '  "private_key": %s,' % S.cfg("json"), '  "client_email": "%s",' % c["email"], '  "client_id": "%s",' % c["client_id"],
         '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",', '  "token_uri": "https://oauth2.googleapis.com/token",',
         '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
         '  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s",' % c["email"].replace("@", "%40"),
         '  "universe_domain": "googleapis.com"', "}"]
    return path, "json-service-account", L


def s_zitadel_json(r, b, c, S):
    path = pick(r, ["zitadel/machinekey/%s.json" % c["keyId"], "config/zitadel-key.json", "secrets/zitadel-sa.json"])
    L = ["{", '  "type": "serviceaccount",', '  "keyId": "%s",' % c["keyId"], '  "key": %s,' % S.cfg("json"),
         '  "userId": "%s"' % c["userId"], "}"]
    return path, "json-service-account", L


def s_pem_file(r, b, c, S):
    path = pick(r, ["certs/saml/sp-signing.key", "config/saml/private.pem", "saml/sp.key", "deploy/certs/saml-sp-key.pem"])
    return path, "pem", list(c["pem"])


def s_py3saml(r, b, c, S):
    path = pick(r, ["saml/settings.json", "config/saml/settings.json"])
    cert = b64s(x509_cert(r, "sp." + b["domain"], b["org"]))
    if S.neg is None:
        keybody = "".join(c["pem"][1:-1])
        kv = '"%s"' % keybody
    else:
        kv = S.cfg("json")
    L = ["{", '  "strict": true,', '  "debug": false,', '  "sp": {', '    "entityId": "https://%s/saml/metadata/",' % b["domain"],
         '    "assertionConsumerService": {', '      "url": "https://%s/saml/acs/",' % b["domain"],
         '      "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"', "    },",
         '    "NameIDFormat": "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",', '    "x509cert": "%s",' % cert,
         '    "privateKey": %s' % kv, "  },", '  "idp": {', '    "entityId": "http://www.okta.com/%s",' % rs(r, 20, LOW + DIG),
         '    "singleSignOnService": { "url": "%s" }' % _cv(c, "SAML_IDP_SSO_URL"), "  }", "}"]
    return path, "json", L


def s_passport_saml(r, b, c, S):
    path = pick(r, ["src/auth/saml.js", "lib/passport-saml.js"])
    L = ["const { Strategy: SamlStrategy } = require('@node-saml/passport-saml');", "", "module.exports = new SamlStrategy(", "  {",
         "    callbackUrl: 'https://%s/login/callback'," % b["domain"], "    entryPoint: '%s'," % _cv(c, "SAML_IDP_SSO_URL"),
         "    issuer: '%s'," % _cv(c, "SAML_SP_ENTITY_ID"), "    idpCert: process.env.SAML_IDP_CERT,"]
    if S.neg is None:
        L.append("    privateKey: `" + c["pem"][0])
        L += c["pem"][1:-1]
        L.append(c["pem"][-1] + "`,")
    else:
        L.append("    privateKey: %s," % S.code("js"))
    L += ["    wantAssertionsSigned: true,", "  },", "  (profile, done) => done(null, { id: profile.nameID, email: profile.email })", ");"]
    return path, "javascript", L


def s_jwks_file(r, b, c, S):
    path = pick(r, ["keys/jwks.private.json", "config/jwks.json", "src/main/resources/jwks.json", "oidc/signing-keys.json"])
    jwk = c["jwk"]
    L = ["{", '  "keys": [', "    {"]
    items = list(jwk.items())
    if S.neg is not None:
        items = [(k, v) for k, v in items if k not in ("p", "q", "dp", "dq", "qi")]
    for i, (k, v) in enumerate(items):
        val = (S.cfg("json") if S.neg is not None else json.dumps(v)) if k == "d" else json.dumps(v)
        if k == "d" and S.neg is not None and S.neg["mode"] == "lit" and S.neg["lit"] == "":
            continue
        L.append('      "%s": %s%s' % (k, val, "," if i < len(items) - 1 else ""))
    L[-1] = L[-1].rstrip(",")
    L += ["    }", "  ]", "}"]
    return path, "jwks-json", L


def s_jwks_env(r, b, c, S):
    path = pick(r, [".env.production", "deploy/oidc.env", "apps/auth/.env.local"])
    L = ["# OIDC provider (node-oidc-provider) settings", "ISSUER=%s" % _cv(c, "JWT_ISSUER"), "PORT=%d" % b["port"],
         "%s='%s'" % (S.name, S.v), "COOKIE_MAX_AGE=86400"]
    return path, "dotenv", L


CURL_FORMS = {
    "okta_api_token": lambda c, s: ("https://%s/api/v1/users?limit=200" % c["host"], ['-H "Authorization: SSWS %s"' % s]),
    "auth0_management_api_token": lambda c, s: ("https://%s/api/v2/users?per_page=50" % c["host"], ['-H "Authorization: Bearer %s"' % s]),
    "ory_network_api_key": lambda c, s: ("%s/admin/identities" % _cv(c, "ORY_SDK_URL"), ['-H "Authorization: Bearer %s"' % s]),
    "scim_bearer_token": lambda c, s: ("%s/Users?count=100" % _cv(c, "SCIM_BASE_URL"), ['-H "Authorization: Bearer %s"' % s, '-H "Accept: application/scim+json"']),
    "fusionauth_api_key": lambda c, s: ("%s/api/user/search?queryString=*" % _cv(c, "FUSIONAUTH_URL"), ['-H "Authorization: %s"' % s]),
    "descope_management_key": lambda c, s: ("https://api.descope.com/v1/mgmt/user/search", ['-H "Authorization: Bearer %s:%s"' % (_cv(c, "DESCOPE_PROJECT_ID"), s), "-d '{\"limit\": 100}'"]),
    "supertokens_core_api_key": lambda c, s: ("%s/users?limit=100" % _cv(c, "SUPERTOKENS_CONNECTION_URI"), ['-H "api-key: %s"' % s]),
    "workos_api_key": lambda c, s: ("https://api.workos.com/organizations?limit=100", ['-H "Authorization: Bearer %s"' % s]),
    "clerk_secret_key": lambda c, s: ("https://api.clerk.com/v1/users?limit=100", ['-H "Authorization: Bearer %s"' % s]),
    "magic_secret_key": lambda c, s: ("https://api.magic.link/v1/admin/auth/user/get?issuer=did:ethr:0x%s" % ("0" * 40), ['-H "X-Magic-Secret-key: %s"' % s]),
    "stytch_secret": lambda c, s: ("https://%s.stytch.com/v1/users/search" % ("test" if c.get("env") == "test" else "api"), ["-u \"%s:%s\"" % (_cv(c, "STYTCH_PROJECT_ID"), s), "-H 'Content-Type: application/json'", "-d '{\"limit\": 200}'"]),
    "supabase_service_role_key": lambda c, s: ("%s/rest/v1/profiles?select=id,email" % _cv(c, "SUPABASE_URL"), ['-H "apikey: %s"' % s]),
    "frontegg_api_key": lambda c, s: ("https://api.frontegg.com/auth/vendor/", ["-H 'Content-Type: application/json'", "-d '{\"clientId\": \"%s\", \"secret\": \"%s\"}'" % (_cv(c, "FRONTEGG_CLIENT_ID"), s)]),
    "auth0_client_secret": lambda c, s: ("https://%s/oauth/token" % c["host"], ["-H 'content-type: application/x-www-form-urlencoded'", "-d grant_type=client_credentials", "-d client_id=%s" % _cv(c, "AUTH0_CLIENT_ID"), "-d client_secret=%s" % s, "-d audience=https://%s/api/v2/" % c["host"]]),
    "okta_oidc_client_secret": lambda c, s: ("%s/v1/token" % _cv(c, "OKTA_ISSUER"), ["-u \"%s:%s\"" % (_cv(c, "OKTA_CLIENT_ID"), s), "-d grant_type=client_credentials", "-d scope=api.read"]),
    "kinde_client_secret": lambda c, s: ("%s/oauth2/token" % _cv(c, "KINDE_ISSUER_URL"), ["-d grant_type=client_credentials", "-d client_id=%s" % _cv(c, "KINDE_CLIENT_ID"), "-d client_secret=%s" % s, "-d audience=%s/api" % _cv(c, "KINDE_ISSUER_URL")]),
    "logto_app_secret": lambda c, s: ("%soidc/token" % _cv(c, "LOGTO_ENDPOINT"), ["-u \"%s:%s\"" % (_cv(c, "LOGTO_APP_ID"), s), "-d grant_type=client_credentials", "-d resource=https://default.logto.app/api", "-d scope=all"]),
    "keycloak_client_secret": lambda c, s: ("%s/protocol/openid-connect/token" % _cv(c, "KEYCLOAK_ISSUER"), ["-d grant_type=client_credentials", "-d client_id=%s" % _cv(c, "KEYCLOAK_CLIENT_ID"), "-d client_secret=%s" % s]),
    "cognito_app_client_secret": lambda c, s: ("https://%s.auth.%s.amazoncognito.com/oauth2/token" % (c.get("_b", {}).get("app", "app"), _cv(c, "COGNITO_USER_POOL_ID").split("_")[0]), ["-u \"%s:%s\"" % (_cv(c, "COGNITO_CLIENT_ID"), s), "-d grant_type=client_credentials", "-d scope=%s/read" % "api"]),
}


def s_curl(r, b, c, S):
    path = pick(r, ["scripts/%s.sh" % pick(r, ["list-users", "export-users", "debug-idp", "token"]), "docs/api-examples.md", "notes/idp-debugging.md"])
    val = S.v if not (S.neg and S.neg["mode"] == "env") else "${%s}" % S.name
    S.used_env = bool(S.neg and S.neg["mode"] == "env")
    url, args = CURL_FORMS[c["_kind"]](c, val)
    body = ["curl -sS %s\"%s\" \\" % ("-X POST " if any(a.startswith("-d") for a in args) else "", url)]
    for i, a in enumerate(args):
        body.append("  %s%s" % (a, " \\" if i < len(args) - 1 else ""))
    body[-1] += " | jq ."
    if path.endswith(".md"):
        L = ["# %s" % pick(r, ["API examples", "Debugging the IdP", "Handy requests"]), "",
             "Quick checks against the %s tenant (%s)." % (pick(r, ["staging", "prod", "sandbox"]), b["author"]), "", "```bash"] + body + ["```", "",
             "Expect a 200 and a JSON list; a 401 means the credential was rotated."]
        return path, "markdown", L
    L = ["#!/usr/bin/env bash", "# %s" % pick(r, ["dump users for the audit", "ad-hoc check, see INC-%d" % r.randint(100, 999), "used by the nightly job"]),
         "set -euo pipefail", ""] + body
    return path, "shell", L


POSITIONAL = {
    "magic_secret_key": ("js", "lib/magic-admin.js", lambda s: ["const { Magic } = require('@magic-sdk/admin');", "", "const magic = new Magic(%s);" % s, "",
                                                               "module.exports = async function getUser(didToken) {",
                                                               "  magic.token.validate(didToken);", "  return magic.users.getMetadataByToken(didToken);", "};"]),
    "workos_api_key": ("ts", "src/lib/workos.ts", lambda s: ["import { WorkOS } from '@workos-inc/node';", "", "export const workos = new WorkOS(%s);" % s, "",
                                                            "export async function listOrgs() {", "  const { data } = await workos.organizations.listOrganizations();",
                                                            "  return data;", "}"]),
    "stytch_secret": ("py", "app/auth/stytch_client.py", lambda s, c=None: ["import stytch", "", "client = stytch.Client(", '    "%s",' % "{PID}", "    %s," % s,
                                                                         ")", "", "", "def authenticate(token: str):", "    return client.magic_links.authenticate(token=token)"]),
    "fusionauth_api_key": ("js", "src/fusionauth.js", lambda s: ["const { FusionAuthClient } = require('@fusionauth/typescript-client');", "",
                                                                "const client = new FusionAuthClient(%s, '{FAURL}');" % s, "", "module.exports = client;"]),
    "supabase_service_role_key": ("py", "scripts/backfill_profiles.py", lambda s: ["from supabase import create_client", "",
                                                                                 'supabase = create_client("{SBURL}", %s)' % s, "",
                                                                                 'rows = supabase.table("profiles").select("id, email").execute()',
                                                                                 "for row in rows.data:", "    print(row[\"id\"], row[\"email\"])"]),
    "auth0_management_api_token": ("py", "scripts/export_users.py", lambda s: ["from auth0.management import Auth0", "",
                                                                              'auth0 = Auth0("{A0DOM}", %s)' % s, "",
                                                                              "for user in auth0.users.list(per_page=100)[\"users\"]:",
                                                                              "    print(user[\"user_id\"], user.get(\"email\"))"]),
    "jwt_hmac_secret": ("js", "src/auth/tokens.js", lambda s: ["const jwt = require('jsonwebtoken');", "",
                                                            "function issue(user) {", "  return jwt.sign({ sub: user.id, role: user.role }, %s, { expiresIn: '1h' });" % s,
                                                            "}", "", "module.exports = { issue };"]),
    "session_secret": ("js", "src/middleware.js", lambda s: ["const cookieParser = require('cookie-parser');", "", "module.exports = (app) => {",
                                                          "  app.use(cookieParser(%s));" % s, "  app.disable('x-powered-by');", "};"]),
    "cognito_app_client_secret": ("py", "app/cognito_auth.py", lambda s: ["import base64", "import hashlib", "import hmac", "import boto3", "", "",
                                                                        "def secret_hash(username, client_id, key):",
                                                                        "    mac = hmac.new(key.encode(), (username + client_id).encode(), hashlib.sha256)",
                                                                        "    return base64.b64encode(mac.digest()).decode()", "", "",
                                                                        "def login(username, password):", '    idp = boto3.client("cognito-idp", region_name="{REG}")',
                                                                        "    return idp.initiate_auth(", '        ClientId="{CID}",', '        AuthFlow="USER_PASSWORD_AUTH",',
                                                                        "        AuthParameters={", '            "USERNAME": username, "PASSWORD": password,',
                                                                        '            "SECRET_HASH": secret_hash(username, "{CID}", %s),' % s, "        },", "    )"]),
    "clerk_secret_key": ("go", "internal/auth/clerk.go", lambda s: ["package auth", "", "import (", '\t"github.com/clerk/clerk-sdk-go/v2"', ")", "",
                                                                  "func init() {", "\tclerk.SetKey(%s)" % s, "}"]),
}


def s_positional(r, b, c, S):
    lang, path, f = POSITIONAL[c["_kind"]]
    L = f(S.code(lang))
    rep = {"{PID}": _cv(c, "STYTCH_PROJECT_ID"), "{FAURL}": _cv(c, "FUSIONAUTH_URL"), "{SBURL}": _cv(c, "SUPABASE_URL"),
           "{A0DOM}": c.get("host", ""), "{REG}": _cv(c, "COGNITO_USER_POOL_ID").split("_")[0], "{CID}": _cv(c, "COGNITO_CLIENT_ID")}
    out = []
    for line in L:
        for k, v in rep.items():
            line = line.replace(k, v)
        out.append(line)
    if lang == "py" and S.neg and S.neg["mode"] == "env":
        out.insert(0, "import os")
    ft = {"js": "javascript", "ts": "typescript", "py": "python", "go": "go"}[lang]
    return path, ft, out


def s_token_url(r, b, c, S):
    k = c["_kind"]
    tok = {"auth0_client_secret": "https://%s/oauth/token" % c.get("host", ""), "okta_oidc_client_secret": "%s/v1/token" % _cv(c, "OKTA_ISSUER"),
           "kinde_client_secret": "%s/oauth2/token" % _cv(c, "KINDE_ISSUER_URL"), "keycloak_client_secret": "%s/protocol/openid-connect/token" % _cv(c, "KEYCLOAK_ISSUER"),
           "logto_app_secret": "%soidc/token" % _cv(c, "LOGTO_ENDPOINT")}[k]
    cid = [v for n, v in c["comp"] if n.endswith("CLIENT_ID") or n.endswith("APP_ID")][0]
    val = S.v if not (S.neg and S.neg["mode"] == "env") else "{os.environ['%s']}" % S.name
    S.used_env = bool(S.neg and S.neg["mode"] == "env")
    path = pick(r, ["scripts/get_token.py", "tools/m2m_token.py", "jobs/sync_roles.py"])
    L = ["import requests", "", "", "def fetch_token():"]
    if S.neg and S.neg["mode"] == "env":
        L.insert(0, "import os")
    L += ["    url = f\"%s?grant_type=client_credentials&client_id=%s&client_secret=%s\"" % (tok, cid, val),
          "    resp = requests.post(url, timeout=10)", "    resp.raise_for_status()", "    return resp.json()[\"access_token\"]", "", "",
          'if __name__ == "__main__":', "    print(fetch_token()[:12] + \"...\")"]
    return path, "python", L


def s_ory_yml(r, b, c, S):
    if c["_kind"] == "hydra_system_secret":
        path = pick(r, ["hydra/hydra.yml", "config/hydra.yaml", "deploy/ory/hydra.yml"])
        L = ["serve:", "  cookies:", "    same_site_mode: Lax", "", "urls:", "  self:", "    issuer: %s" % _cv(c, "URLS_SELF_ISSUER"),
             "  consent: https://%s/consent" % b["domain"], "  login: https://%s/login" % b["domain"], "", "secrets:", "  system:",
             "    - %s" % S.cfg("yaml"), "", "oidc:", "  subject_identifiers:", "    supported_types:", "      - public",
             "", "ttl:", "  access_token: 1h", "  refresh_token: 720h"]
    else:
        path = pick(r, ["kratos/kratos.yml", "config/kratos.yaml"])
        L = ["version: v1.1.0", "dsn: memory", "serve:", "  public:", "    base_url: https://%s/.ory/kratos/public/" % b["domain"],
             "selfservice:", "  default_browser_return_url: https://%s/" % b["domain"], "secrets:", "  cookie:",
             "    - %s" % S.cfg("yaml"), "identity:", "  default_schema_id: default", "  schemas:", "    - id: default",
             "      url: file:///etc/config/kratos/identity.schema.json"]
    return path, "ory-yaml", L


def s_nextauth(r, b, c, S):
    path = pick(r, ["auth.ts", "src/auth.ts", "app/api/auth/[...nextauth]/route.ts", "pages/api/auth/[...nextauth].ts"])
    L = ["import NextAuth from 'next-auth';", "import GitHub from 'next-auth/providers/github';", "",
         "export const { handlers, auth, signIn, signOut } = NextAuth({", "  providers: [GitHub],",
         "  session: { strategy: 'jwt', maxAge: 60 * 60 * 24 * 7 },", "  secret: %s," % S.code("ts"),
         "  trustHost: true,", "  pages: { signIn: '/login' },", "});"]
    return path, "typescript", L


def s_express_session(r, b, c, S):
    path = pick(r, ["app.js", "src/server.js", "src/session.js"])
    L = ["const express = require('express');", "const session = require('express-session');", "const passport = require('passport');",
         "const RedisStore = require('connect-redis').default;", "", "const app = express();", "", "app.use(session({",
         "  store: new RedisStore({ client: redisClient }),", "  name: '%s'," % _cv(c, "SESSION_COOKIE_NAME"), "  secret: %s," % S.code("js"),
         "  resave: false,", "  saveUninitialized: false,", "  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 86400000 },",
         "}));", "app.use(passport.initialize());", "app.use(passport.session());", "", "module.exports = app;"]
    return path, "javascript", L


def s_supertokens_init(r, b, c, S):
    path = pick(r, ["src/config/supertokens.ts", "backend/config.ts"])
    L = ["import supertokens from 'supertokens-node';", "import Session from 'supertokens-node/recipe/session';",
         "import EmailPassword from 'supertokens-node/recipe/emailpassword';", "", "supertokens.init({", "  framework: 'express',",
         "  supertokens: {", "    connectionURI: '%s'," % _cv(c, "SUPERTOKENS_CONNECTION_URI"), "    apiKey: %s," % S.code("ts"), "  },",
         "  appInfo: {", "    appName: '%s'," % b["app"], "    apiDomain: 'https://api.%s'," % b["domain"],
         "    websiteDomain: 'https://%s'," % b["domain"], "  },", "  recipeList: [EmailPassword.init(), Session.init()],", "});"]
    return path, "typescript", L


def s_scim_yaml(r, b, c, S):
    path = pick(r, ["provisioning/scim-connector.yaml", "config/scim.yml"])
    val = S.v if not (S.neg and S.neg["mode"] == "env") else "${%s}" % S.name
    S.used_env = bool(S.neg and S.neg["mode"] == "env")
    L = ["# outbound SCIM push to the HR directory", "scim:", "  base_url: %s" % _cv(c, "SCIM_BASE_URL"), "  schema: urn:ietf:params:scim:schemas:core:2.0:User",
         "  headers:", '    Authorization: "Bearer %s"' % val, "    Accept: application/scim+json", "  sync:", "    interval: 15m",
         "    deprovision: suspend", "  mapping:", "    userName: email", "    name.givenName: first_name", "    name.familyName: last_name"]
    return path, "yaml", L


SPECIFIC = {
    "auth0_client_secret": [(s_tf_provider, "obvious"), (s_curl, "neutral"), (s_token_url, "neutral")],
    "auth0_management_api_token": [(s_tf_provider, "obvious"), (s_curl, "neutral"), (s_positional, "neutral")],
    "okta_api_token": [(s_tf_provider, "obvious"), (s_curl, "neutral")],
    "okta_oidc_client_secret": [(s_curl, "neutral"), (s_token_url, "neutral")],
    "clerk_secret_key": [(s_curl, "neutral"), (s_positional, "neutral")],
    "workos_api_key": [(s_curl, "neutral"), (s_positional, "neutral")],
    "stytch_secret": [(s_curl, "neutral"), (s_positional, "neutral")],
    "descope_management_key": [(s_curl, "neutral")],
    "kinde_client_secret": [(s_curl, "neutral"), (s_token_url, "neutral")],
    "fusionauth_api_key": [(s_curl, "neutral"), (s_positional, "neutral")],
    "supertokens_core_api_key": [(s_curl, "neutral"), (s_supertokens_init, "obvious")],
    "frontegg_api_key": [(s_curl, "neutral")],
    "logto_app_secret": [(s_curl, "neutral"), (s_token_url, "neutral")],
    "zitadel_service_user_key": [(s_zitadel_json, "obvious")],
    "keycloak_client_secret": [(s_kc_realm, "obvious"), (s_tf_provider, "obvious"), (s_curl, "neutral"), (s_token_url, "neutral")],
    "cognito_app_client_secret": [(s_curl, "neutral"), (s_positional, "neutral")],
    "firebase_admin_service_account": [(s_firebase_json, "obvious")],
    "supabase_service_role_key": [(s_curl, "neutral"), (s_positional, "neutral")],
    "magic_secret_key": [(s_curl, "neutral"), (s_positional, "neutral")],
    "ory_network_api_key": [(s_curl, "neutral")],
    "hydra_system_secret": [(s_ory_yml, "obvious")],
    "auth_secret": [(s_nextauth, "obvious")],
    "session_secret": [(s_express_session, "obvious"), (s_positional, "neutral")],
    "saml_signing_private_key": [(s_pem_file, "obvious"), (s_py3saml, "obvious"), (s_passport_saml, "obvious")],
    "jwt_hmac_secret": [(s_positional, "neutral")],
    "jwks_private_key": [(s_jwks_file, "neutral"), (s_jwks_env, "obvious")],
    "scim_bearer_token": [(s_curl, "neutral"), (s_scim_yaml, "neutral")],
}
# kinds whose value cannot sit in an arbitrary one-line slot
NO_GENERIC = {"jwks_private_key"}
# generic templates that do not suit multi-line/escaped PEM values
PEM_OK = {t_dotenv, t_k8s_secret, t_json_cfg, t_next_lib, t_django, t_fastapi, t_conftest, t_cypress, t_postman, t_helm, t_compose, t_gha}


# ---------------------------------------------------------------------------
# negatives (1): re-use a positive template with the slot filled by a look-alike
# ---------------------------------------------------------------------------
PREFIXES = ["sk_live_", "sk_test_", "secret-test-", "secret-live-", "ory_pat_", "sb_secret_", "scim_", "eyJhbGciOi", "K2", "00"]


def _prefix(needle):
    for p in PREFIXES:
        if needle.startswith(p):
            return p
    return ""


def sm_ref(r, b, name):
    kb = style(name, "kebab")
    return pick(r, [
        "arn:aws:secretsmanager:%s:%d:secret:%s/%s-%s" % (b["region"], r.randint(10 ** 11, 10 ** 12 - 1), b["app"], kb, rs(r, 6, B62)),
        "projects/%d/secrets/%s/versions/latest" % (r.randint(10 ** 11, 10 ** 12 - 1), kb),
        "vault:secret/data/%s/auth#%s" % (b["app"], name.lower()),
        "op://Platform/%s/%s" % (b["app"], kb),
        "ref+awsssm://%s/prod/%s" % (b["app"], name.lower()),
        "azure-keyvault://kv-%s-prod/%s" % (b["org"], kb),
        "sm://%s-%s" % (b["app"], kb),
    ])


def sops_ct(r):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64s(rbytes(r, r.randint(24, 48))), b64s(rbytes(r, 32)), b64s(rbytes(r, 16)))


def placeholder(r, name, needle):
    p = _prefix(needle)
    opts = ["<%s>" % name, "your-%s-here" % style(name, "kebab"), "YOUR_%s" % name, "REPLACE_ME", "<set-me>",
            "x" * r.choice([24, 32, 40]), "TODO: fetch from vault", "{{ %s }}" % name.lower(), "%%%s%%" % name]
    if p:
        opts += [p + "...", p + "x" * r.choice([16, 24, 32]), p + "<redacted>", p + "YOUR_KEY_HERE"]
    return pick(r, opts)


def masked(r, needle):
    p = _prefix(needle)
    return pick(r, [p + "*" * r.randint(12, 30) + needle[-4:], "\u2022" * r.randint(8, 16), "[REDACTED]", "<redacted>", "********",
                    p + "****", "***" + needle[-4:]])


def extra_public(r, b, kind, c):
    out = []
    if kind == "supabase_service_role_key":
        iat = r.randint(1640000000, 1740000000)
        out.append(("NEXT_PUBLIC_SUPABASE_ANON_KEY", make_jwt({"alg": "HS256", "typ": "JWT"},
                   {"iss": "supabase", "ref": c["ref"], "role": "anon", "iat": iat, "exp": iat + 315360000}, hkey=rbytes(r, 32))))
        out.append(("NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY", "sb_publishable_" + mixed(r, 22, B64URL) + "_" + mixed(r, 8)))
    if kind == "stytch_secret":
        out.append(("STYTCH_PUBLIC_TOKEN", "public-token-%s-%s" % (c.get("env", "test"), uuid4(r))))
    if kind.startswith("auth0"):
        out.append(("AUTH0_AUDIENCE", "https://api.%s" % b["domain"]))
    if kind == "saml_signing_private_key":
        out.append(("SAML_IDP_CERT", b64s(x509_cert(r, "idp." + b["domain"], b["org"]))))
    if kind == "jwt_hmac_secret":
        out.append(("JWKS_URI", "https://auth.%s/.well-known/jwks.json" % b["domain"]))
    return out


def neg_slot(r, b, kind, c, name):
    """returns (Slot-name, neg dict, category)"""
    needle = c["needle"]
    cat = pick(r, ["env_reference"] * 6 + ["placeholder"] * 4 + ["secret_manager_ref"] * 3 + ["masked"] * 3 +
               ["empty"] * 2 + ["ciphertext"] + ["public_value"] * 3)
    lit_default = placeholder(r, name, needle)
    if cat == "env_reference":
        return name, {"mode": "env", "lit": lit_default}, cat
    if cat == "placeholder":
        return name, {"mode": "lit", "lit": lit_default}, cat
    if cat == "secret_manager_ref":
        return name, {"mode": "lit", "lit": sm_ref(r, b, name)}, cat
    if cat == "masked":
        return name, {"mode": "lit", "lit": masked(r, needle)}, cat
    if cat == "empty":
        return name, {"mode": "lit", "lit": ""}, cat
    if cat == "ciphertext":
        return name, {"mode": "lit", "lit": sops_ct(r)}, cat
    pubs = c.get("comp", []) + extra_public(r, b, kind, c)
    pubs = [(n, v) for n, v in pubs if n not in ("AUTH_TRUST_HOST",)]
    n, v = pick(r, pubs)
    return n, {"mode": "lit", "lit": v}, "public_value"


# ---------------------------------------------------------------------------
# negatives (2): domain look-alikes.  n(r, b) -> (path, filetype, lines, provider, kind)
# ---------------------------------------------------------------------------
def clerk_pk(r):
    fapi = pick(r, ["clerk.%s.com" % pick(r, ORGS), "%s-%s-%d.clerk.accounts.dev" % (pick(r, ["brave", "calm", "fond"]), pick(r, ["otter", "heron"]), r.randint(1, 99))])
    return "pk_%s_%s" % ("live" if fapi.startswith("clerk.") else "test", b64s((fapi + "$").encode()).rstrip("="))


def n_clerk_layout(r, b):
    pk = clerk_pk(r)
    L = ["import { ClerkProvider, SignedIn, SignedOut, SignInButton, UserButton } from '@clerk/nextjs';", "import './globals.css';", "",
         "// publishable key is safe to ship to the browser", "const PUBLISHABLE_KEY = '%s';" % pk, "",
         "export default function RootLayout({ children }: { children: React.ReactNode }) {", "  return (",
         "    <ClerkProvider publishableKey={PUBLISHABLE_KEY} signInUrl=\"/sign-in\">", "      <html lang=\"en\">", "        <body>",
         "          <header>", "            <SignedOut><SignInButton /></SignedOut>", "            <SignedIn><UserButton /></SignedIn>",
         "          </header>", "          {children}", "        </body>", "      </html>", "    </ClerkProvider>", "  );", "}"]
    return "app/layout.tsx", "tsx", L, "clerk", "publishable_key"


def n_auth0_spa(r, b):
    dom = auth0_tenant(r, b)
    if r.random() < 0.5:
        L = ["{", '  "domain": "%s",' % dom, '  "clientId": "%s",' % mixed(r, 32), '  "audience": "https://api.%s",' % b["domain"],
             '  "redirectUri": "https://%s/callback",' % b["domain"], '  "useRefreshTokens": true', "}"]
        return "src/auth_config.json", "json", L, "auth0", "public_client_config"
    L = ["import React from 'react';", "import { createRoot } from 'react-dom/client';", "import { Auth0Provider } from '@auth0/auth0-react';",
         "import App from './App';", "", "createRoot(document.getElementById('root')!).render(", "  <Auth0Provider",
         "    domain=\"%s\"" % dom, "    clientId=\"%s\"" % mixed(r, 32), "    authorizationParams={{",
         "      redirect_uri: window.location.origin,", "      audience: 'https://api.%s'," % b["domain"], "      scope: 'openid profile email',",
         "    }}", "    cacheLocation=\"memory\"", "  >", "    <App />", "  </Auth0Provider>,", ");"]
    return "src/main.tsx", "tsx", L, "auth0", "public_client_config"


def n_okta_spa(r, b):
    org = okta_org(r, b)
    L = ["export default {", "  oidc: {", "    clientId: '0oa%s'," % mixed(r, 17), "    issuer: 'https://%s/oauth2/default'," % org,
         "    redirectUri: window.location.origin + '/login/callback',", "    scopes: ['openid', 'profile', 'email', 'offline_access'],",
         "    pkce: true,", "    disableHttpsCheck: false,", "  },", "  resourceServer: {",
         "    messagesUrl: 'https://api.%s/api/messages'," % b["domain"], "  },", "};"]
    return "src/config.js", "javascript", L, "okta", "public_client_config"


def n_amplify(r, b):
    reg = b["region"]
    pool = "%s_%s" % (reg, mixed(r, 9))
    if r.random() < 0.5:
        L = ["/* eslint-disable */", "// WARNING: DO NOT EDIT. This file is automatically generated by AWS Amplify.", "", "const awsmobile = {",
             '    "aws_project_region": "%s",' % reg, '    "aws_cognito_identity_pool_id": "%s:%s",' % (reg, uuid4(r)),
             '    "aws_cognito_region": "%s",' % reg, '    "aws_user_pools_id": "%s",' % pool,
             '    "aws_user_pools_web_client_id": "%s",' % rs(r, 26, LOW + DIG), '    "oauth": {',
             '        "domain": "%s-%s.auth.%s.amazoncognito.com",' % (b["app"], pick(r, ["prod", "dev"]), reg),
             '        "scope": ["email", "openid", "profile"],', '        "redirectSignIn": "https://%s/",' % b["domain"],
             '        "redirectSignOut": "https://%s/",' % b["domain"], '        "responseType": "code"', "    },",
             '    "aws_cognito_username_attributes": ["EMAIL"]', "};", "", "export default awsmobile;"]
        return "src/aws-exports.js", "javascript", L, "aws_cognito", "public_ids"
    L = ["{", '  "%sStack": {' % b["app"].title().replace("-", ""), '    "UserPoolId": "%s",' % pool,
         '    "UserPoolClientId": "%s",' % rs(r, 26, LOW + DIG),
         '    "UserPoolArn": "arn:aws:cognito-idp:%s:%d:userpool/%s",' % (reg, r.randint(10 ** 11, 10 ** 12 - 1), pool),
         '    "HostedUiUrl": "https://%s.auth.%s.amazoncognito.com/login",' % (b["app"], reg),
         '    "ApiEndpoint": "https://%s.execute-api.%s.amazonaws.com/prod/"' % (rs(r, 10, LOW + DIG), reg), "  }", "}"]
    return "cdk-outputs.json", "json", L, "aws_cognito", "public_ids"


def n_jwks_public(r, b):
    keys = []
    for _ in range(r.randint(1, 2)):
        if r.random() < 0.6:
            keys.append({"kty": "RSA", "use": "sig", "alg": "RS256", "kid": mixed(r, 22, B64URL), "n": b64u(i2b(fake_modulus(r))), "e": "AQAB"})
        else:
            d, (x, y) = ec_key(r)
            keys.append({"kty": "EC", "use": "sig", "alg": "ES256", "crv": "P-256", "kid": uuid4(r), "x": b64u(i2b(x, 32)), "y": b64u(i2b(y, 32))})
    txt = json.dumps({"keys": keys}, indent=2)
    return pick(r, ["public/.well-known/jwks.json", "static/jwks.json", "test/fixtures/jwks.json"]), "jwks-json", txt.split("\n"), "generic", "jwks_public_key"


def n_discovery(r, b):
    iss = pick(r, ["https://%s" % auth0_tenant(r, b), "https://%s/oauth2/default" % okta_org(r, b), "https://auth.%s/realms/%s" % (b["domain"], b["org"])])
    d = {"issuer": iss + ("/" if "auth0" in iss else ""), "authorization_endpoint": iss + "/authorize", "token_endpoint": iss + "/oauth/token",
         "userinfo_endpoint": iss + "/userinfo", "jwks_uri": iss + "/.well-known/jwks.json",
         "response_types_supported": ["code", "id_token", "code id_token"], "subject_types_supported": ["public"],
         "id_token_signing_alg_values_supported": ["RS256"], "scopes_supported": ["openid", "profile", "email", "offline_access"],
         "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "private_key_jwt"],
         "code_challenge_methods_supported": ["S256", "plain"]}
    return "test/fixtures/openid-configuration.json", "json", json.dumps(d, indent=2).split("\n"), "generic", "issuer_metadata"


def n_saml_metadata(r, b):
    cert = b64s(x509_cert(r, "idp." + b["domain"], b["org"]))
    ent = "http://www.okta.com/%s" % rs(r, 20, LOW + DIG)
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="%s">' % ent,
         '  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">',
         '    <md:KeyDescriptor use="signing">', '      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">', "        <ds:X509Data>",
         "          <ds:X509Certificate>%s</ds:X509Certificate>" % cert, "        </ds:X509Data>", "      </ds:KeyInfo>", "    </md:KeyDescriptor>",
         "    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>",
         '    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://%s/app/%s/sso/saml"/>' % (okta_org(r, b), rs(r, 20, LOW + DIG)),
         "  </md:IDPSSODescriptor>", "</md:EntityDescriptor>"]
    return pick(r, ["config/saml/idp-metadata.xml", "saml/metadata/okta.xml"]), "xml", L, "generic", "saml_public_cert"


def n_public_pem(r, b):
    if r.random() < 0.5:
        L = pem_lines("CERTIFICATE", x509_cert(r, "sp." + b["domain"], b["org"]))
        return pick(r, ["certs/saml/sp.crt", "config/saml/sp-cert.pem"]), "pem", L, "generic", "x509_certificate"
    L = pem_lines("PUBLIC KEY", spki_rsa(fake_modulus(r)))
    return pick(r, ["keys/jwt-public.pem", "config/jwt/public.pem"]), "pem", L, "generic", "public_key"


def n_idtoken_docs(r, b):
    iss = "https://%s.example.com/" % pick(r, ["login", "auth", "tenant"])
    claims = {"iss": iss, "sub": "auth0|%s" % rs(r, 24, HEXL), "aud": "my-client-id", "iat": 1516239022, "exp": 1516242622,
              "name": pick(r, ["Jane Doe", "John Doe", "Alice Example"]), "email": "jane@example.com", "email_verified": True}
    tok = make_jwt({"alg": "RS256", "typ": "JWT", "kid": "example-key-1"}, claims, sig=rbytes(r, 256))
    L = ["# ID tokens", "", "After login the callback receives an **ID token** (a JWT). It identifies the user; it is *not* an",
         "access token and must never be sent to APIs.", "", "Decoded example (from the docs, expired in 2018):", "", "```json",
         json.dumps({"alg": "RS256", "typ": "JWT", "kid": "example-key-1"}), "```", "", "```json"] + json.dumps(claims, indent=2).split("\n") + \
        ["```", "", "Encoded form of the same example:", "", "```", tok, "```", "",
         "Validate `iss`, `aud`, `exp` and the signature against the JWKS before trusting any claim."]
    return pick(r, ["docs/auth/id-tokens.md", "docs/concepts/tokens.md"]), "markdown", L, "generic", "doc_example_jwt"


def n_unsigned_jwt_fixture(r, b):
    L = ["// Unsigned tokens used only to exercise the claim parser; they carry alg \"none\" and are rejected by verify().",
         "export const fixtures = {"]
    for name, role in [("expired", "viewer"), ("admin", "admin"), ("noEmail", "viewer")]:
        claims = {"sub": "user_%s" % mixed(r, 27), "role": role, "iss": "https://issuer.test", "exp": 946684800 if name == "expired" else 4102444800}
        L.append("  %s: '%s.%s.'," % (name, jenc({"alg": "none", "typ": "JWT"}), jenc(claims)))
    L += ["};", "", "export const malformed = 'not.a.jwt';"]
    return pick(r, ["test/fixtures/tokens.ts", "src/__tests__/fixtures/jwt.ts"]), "typescript-test", L, "generic", "unsigned_jwt"


def n_kc_realm_masked(r, b):
    realm = pick(r, [b["org"], b["app"], "customers"])
    L = ["{", '  "realm": "%s",' % realm, '  "enabled": true,', '  "clients": [', "    {", '      "clientId": "%s",' % b["app"],
         '      "clientAuthenticatorType": "client-secret",', '      "secret": "**********",', '      "publicClient": false,',
         '      "redirectUris": ["https://%s/*"],' % b["domain"], '      "protocol": "openid-connect"', "    },", "    {",
         '      "clientId": "%s-frontend",' % b["app"], '      "publicClient": true,', '      "redirectUris": ["https://%s/*"],' % b["domain"],
         '      "webOrigins": ["https://%s"]' % b["domain"], "    }", "  ],",
         '  "smtpServer": { "host": "smtp.%s", "port": "587", "password": "**********" }' % b["domain"], "}"]
    return "keycloak/realm-export.json", "keycloak-realm-json", L, "keycloak", "masked"


def n_supabase_client(r, b):
    ref = rs(r, 20, LOW)
    if r.random() < 0.5:
        iat = r.randint(1640000000, 1740000000)
        key = make_jwt({"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": ref, "role": "anon", "iat": iat, "exp": iat + 315360000}, hkey=rbytes(r, 32))
    else:
        key = "sb_publishable_" + mixed(r, 22, B64URL) + "_" + mixed(r, 8)
    L = ["import { createClient } from '@supabase/supabase-js';", "", "// anon/publishable key: row level security applies", 
         "const supabaseUrl = 'https://%s.supabase.co';" % ref, "const supabaseAnonKey = '%s';" % key, "",
         "export const supabase = createClient(supabaseUrl, supabaseAnonKey, {", "  auth: { persistSession: true, autoRefreshToken: true },", "});"]
    return pick(r, ["src/lib/supabaseClient.ts", "lib/supabase/client.ts"]), "typescript", L, "supabase", "publishable_key"


def n_firebase_web(r, b):
    proj = "%s-%s" % (b["app"], rs(r, 5, LOW + DIG))
    sender = r.randint(10 ** 11, 10 ** 12 - 1)
    L = ["import { initializeApp } from 'firebase/app';", "import { getAuth } from 'firebase/auth';", "",
         "// Firebase web config is public by design; access is enforced by Security Rules and App Check.",
         "const firebaseConfig = {", "  apiKey: 'AIza%s'," % mixed(r, 35, B64URL), "  authDomain: '%s.firebaseapp.com'," % proj,
         "  projectId: '%s'," % proj, "  storageBucket: '%s.appspot.com'," % proj, "  messagingSenderId: '%d'," % sender,
         "  appId: '1:%d:web:%s'," % (sender, rs(r, 22, HEXL)), "  measurementId: 'G-%s'," % rs(r, 10, UP + DIG), "};", "",
         "export const app = initializeApp(firebaseConfig);", "export const auth = getAuth(app);"]
    return pick(r, ["src/firebase.ts", "src/lib/firebase.js"]), "typescript", L, "firebase", "web_config_public"


def n_stytch_frontend(r, b):
    env = pick(r, ["test", "live"])
    L = ["import React from 'react';", "import ReactDOM from 'react-dom/client';", "import { StytchProvider } from '@stytch/react';",
         "import { StytchUIClient } from '@stytch/vanilla-js';", "import App from './App';", "",
         "const stytch = new StytchUIClient('public-token-%s-%s');" % (env, uuid4(r)), "",
         "ReactDOM.createRoot(document.getElementById('root')!).render(", "  <StytchProvider stytch={stytch}>", "    <App />",
         "  </StytchProvider>,", ");"]
    return "src/main.tsx", "tsx", L, "stytch", "public_token"


def n_magic_frontend(r, b):
    L = ["import { Magic } from 'magic-sdk';", "", "// publishable key, used in the browser", "export const magic =",
         "  typeof window !== 'undefined'", "    ? new Magic('pk_live_%s', { network: 'mainnet' })" % rs(r, 16, HEXU), "    : null;"]
    return "lib/magic.ts", "typescript", L, "magic", "publishable_key"


def n_descope_frontend(r, b):
    L = ["import { AuthProvider, Descope } from '@descope/react-sdk';", "", "export default function App() {", "  return (",
         "    <AuthProvider projectId=\"P2%s\">" % rs(r, 26, UP + DIG), "      <Descope", "        flowId=\"sign-up-or-in\"",
         "        theme=\"light\"", "        onSuccess={(e) => console.log('logged in', e.detail.user.loginIds)}", "      />",
         "    </AuthProvider>", "  );", "}"]
    return "src/App.tsx", "tsx", L, "descope", "project_id"


def n_i18n(r, b):
    if r.random() < 0.5:
        d = {"auth": {"signIn": "Sign in", "password": "Password", "passwordHint": "At least 12 characters",
                      "apiToken": "API token", "clientSecret": "Client secret", "clientSecretHelp": "Shown once. Store it in your secret manager.",
                      "rotateSecret": "Rotate secret", "secretCopied": "Secret copied to clipboard", "scimToken": "SCIM bearer token",
                      "forgotPassword": "Forgot your password?"}}
        return pick(r, ["locales/en/auth.json", "public/locales/en/common.json"]), "json", json.dumps(d, indent=2).split("\n"), "generic", "i18n_strings"
    L = ["de:", "  auth:", "    password: Passwort", "    password_confirmation: Passwort bestätigen", "    client_secret: Client-Geheimnis",
         "    api_token: API-Token", "    secret_key_hint: \"Wird nur einmal angezeigt\"", "    sign_in: Anmelden", "    session_expired: Sitzung abgelaufen"]
    return "config/locales/de.yml", "yaml", L, "generic", "i18n_strings"


def n_external_secret(r, b):
    keys = r.sample(["AUTH0_CLIENT_SECRET", "OKTA_API_TOKEN", "CLERK_SECRET_KEY", "SESSION_SECRET", "JWT_SECRET", "SUPABASE_SERVICE_ROLE_KEY", "WORKOS_API_KEY"], 3)
    L = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: %s-auth" % b["app"], "spec:",
         "  refreshInterval: 1h", "  secretStoreRef:", "    name: aws-secrets-manager", "    kind: ClusterSecretStore", "  target:",
         "    name: %s-auth" % b["app"], "  data:"]
    for k in keys:
        L += ["    - secretKey: %s" % k, "      remoteRef:", "        key: %s/prod/auth" % b["app"], "        property: %s" % k.lower()]
    return pick(r, ["k8s/external-secret.yaml", "deploy/overlays/prod/externalsecret.yaml"]), "k8s-manifest", L, "generic", "secret_manager_ref"


def n_tf_secrets(r, b):
    L = ['data "aws_secretsmanager_secret_version" "auth0" {', '  secret_id = "%s/auth0-terraform"' % b["app"], "}", "", "locals {",
         "  auth0 = jsondecode(data.aws_secretsmanager_secret_version.auth0.secret_string)", "}", "", 'provider "auth0" {',
         '  domain        = "%s"' % auth0_tenant(r, b), "  client_id     = local.auth0.client_id", "  client_secret = local.auth0.client_secret", "}",
         "", 'resource "auth0_client" "spa" {', '  name            = "%s SPA"' % b["app"], '  app_type        = "spa"',
         '  callbacks       = ["https://%s/callback"]' % b["domain"], '  allowed_logout_urls = ["https://%s"]' % b["domain"],
         '  token_endpoint_auth_method = "none"', "}"]
    return "terraform/auth0.tf", "terraform", L, "auth0", "secret_manager_ref"


def n_sops(r, b):
    L = ["auth:"]
    for k in r.sample(["okta_api_token", "auth0_client_secret", "session_secret", "jwt_secret", "scim_token", "clerk_secret_key"], 3):
        L.append("    %s: %s" % (k, sops_ct(r)))
    L += ["sops:", "    kms:", "        - arn: arn:aws:kms:%s:%d:key/%s" % (b["region"], r.randint(10 ** 11, 10 ** 12 - 1), uuid4(r)),
          "          created_at: \"2024-0%d-1%dT10:%02d:00Z\"" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 59)),
          "          enc: %s" % b64s(rbytes(r, 120)), "          aws_profile: \"\"",
          "    lastmodified: \"2024-0%d-2%dT08:00:00Z\"" % (r.randint(1, 9), r.randint(0, 8)),
          "    mac: %s" % sops_ct(r).replace("type:str", "type:str"), "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return pick(r, ["secrets/prod.enc.yaml", "deploy/secrets.enc.yaml"]), "sops-yaml", L, "generic", "ciphertext"


def n_lockfile(r, b):
    pk = r.sample([("@auth0/nextjs-auth0", "3.5.0"), ("@clerk/nextjs", "5.7.1"), ("@okta/okta-auth-js", "7.8.1"), ("next-auth", "4.24.7"),
                   ("jose", "5.9.3"), ("jsonwebtoken", "9.0.2"), ("@supabase/supabase-js", "2.45.4"), ("passport-saml", "3.2.4")], 4)
    L = ["{", '  "name": "%s",' % b["app"], '  "lockfileVersion": 3,', '  "requires": true,', '  "packages": {']
    for i, (n, v) in enumerate(pk):
        L += ['    "node_modules/%s": {' % n, '      "version": "%s",' % v,
              '      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",' % (n, n.split("/")[-1], v),
              '      "integrity": "sha512-%s",' % b64s(rbytes(r, 64)), '      "license": "MIT"', "    }" + ("," if i < len(pk) - 1 else "")]
    L += ["  }", "}"]
    return "package-lock.json", "json", L, "generic", "integrity_hashes"


def n_redirects(r, b):
    L = ["# Auth0 Deploy CLI tenant config (no secrets in here; they come from AUTH0_KEYWORD_REPLACE_MAPPINGS)", "clients:",
         "  - name: %s web" % b["app"], "    app_type: regular_web", "    callbacks:",
         "      - https://%s/api/auth/callback" % b["domain"], "      - http://localhost:%d/api/auth/callback" % b["port"],
         "    allowed_logout_urls:", "      - https://%s" % b["domain"], "    web_origins:", "      - https://%s" % b["domain"],
         "    grant_types:", "      - authorization_code", "      - refresh_token", "    oidc_conformant: true",
         "    token_endpoint_auth_method: client_secret_post", "connections:", "  - name: google-oauth2", "    strategy: google-oauth2",
         "    enabled_clients:", "      - %s web" % b["app"]]
    return pick(r, ["auth0/tenant.yaml", "tenant/tenant.yaml"]), "yaml", L, "auth0", "redirect_uris"


def n_test_vectors(r, b):
    L = ['"""Known-answer tests from RFC 7636 Appendix B (PKCE). Values are published test vectors."""', "import base64", "import hashlib", "", "",
         'VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"', 'CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"', "", "",
         "def s256(verifier: str) -> str:", "    digest = hashlib.sha256(verifier.encode()).digest()",
         '    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()', "", "", "def test_rfc7636_vector():",
         "    assert s256(VERIFIER) == CHALLENGE", "", "", "def test_state_is_random(make_state):", "    assert make_state() != make_state()"]
    return pick(r, ["tests/test_pkce.py", "tests/unit/test_pkce_vectors.py"]), "python-test", L, "generic", "test_vector"


def n_ids_seed(r, b):
    users = []
    for _ in range(r.randint(3, 6)):
        users.append({"id": uuid4(r), "auth0_id": "auth0|%s" % rs(r, 24, HEXL), "okta_id": "00u%s" % mixed(r, 17),
                      "clerk_id": "user_%s" % mixed(r, 27), "org_id": "org_%s" % mixed(r, 16), "email": "%s@example.com" % pick(r, ["ana", "bo", "cy", "dee", "eli", "fay"]),
                      "created_at": "2024-0%d-%02dT12:00:00Z" % (r.randint(1, 9), r.randint(1, 28))})
    return pick(r, ["scripts/seed/users.json", "fixtures/users.json"]), "json", json.dumps(users, indent=2).split("\n"), "generic", "identifiers"


def n_changelog(r, b):
    L = ["# Security log", "", "## %d-%02d-%02d" % (r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)), "",
         "- Rotated `OKTA_API_TOKEN` (old token ending `...%s` revoked in the admin console)." % mixed(r, 4),
         "- Auth0 M2M client `%s` secret rotated; new value lives in AWS Secrets Manager `%s/auth0`." % (mixed(r, 32), b["app"]),
         "- Clerk secret key now read from `CLERK_SECRET_KEY` only; removed the fallback in `lib/clerk.ts`.", "",
         "## Key ids in use", "", "| purpose | kid | created |", "|---|---|---|"]
    for p in ["access tokens", "id tokens", "SAML SP"]:
        L.append("| %s | `%s` | 2024-0%d-1%d |" % (p, mixed(r, 22, B64URL), r.randint(1, 9), r.randint(0, 9)))
    return pick(r, ["SECURITY_LOG.md", "docs/security/rotations.md"]), "markdown", L, "generic", "masked"


def n_scim_doc(r, b):
    L = ["# SCIM provisioning", "", "Point your IdP at:", "", "```", "https://api.%s/scim/v2" % b["domain"], "```", "",
         "Authentication: `Authorization: Bearer <SCIM_TOKEN>` - generate the token under **Settings > Directory sync**;",
         "it is shown once. Example request:", "", "```http", "POST /scim/v2/Users HTTP/1.1", "Host: api.%s" % b["domain"],
         "Authorization: Bearer ${SCIM_TOKEN}", "Content-Type: application/scim+json", "", "{",
         '  "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],', '  "externalId": "%s",' % uuid4(r),
         '  "userName": "jane@example.com",', '  "active": true', "}", "```"]
    return "docs/scim.md", "markdown", L, "generic", "doc_placeholder"


def n_okta_doc_example(r, b):
    L = ["## Calling the Okta Management API", "", "Okta expects the token with the SSWS scheme. The docs show it truncated:", "", "```",
         "Authorization: SSWS 00QCjAl4MlV-WPXM...0HmjFx-vbGua", "```", "",
         "Our deploy job injects the real value from `${{ secrets.OKTA_API_TOKEN }}`; never paste it here.", "",
         "The token inherits the admin's privileges, so we create it from the `svc-okta-sync` service account.",
         "Org URL: `https://%s`" % okta_org(r, b)]
    return pick(r, ["docs/okta.md", "notes/okta-api.md"]), "markdown", L, "okta", "doc_example"


def n_clerk_mock(r, b):
    L = ["import React from 'react';", "", "export const mockUser = {", "  id: 'user_%s'," % mixed(r, 27),
         "  primaryEmailAddress: { emailAddress: 'test@example.com' },", "  firstName: 'Test',", "};", "",
         "export const useUser = () => ({ isLoaded: true, isSignedIn: true, user: mockUser });",
         "export const useAuth = () => ({ isLoaded: true, userId: mockUser.id, sessionId: 'sess_%s', getToken: async () => 'test-token' });" % mixed(r, 27),
         "export const ClerkProvider = ({ children }: { children: React.ReactNode }) => <>{children}</>;",
         "export const SignedIn = ({ children }: { children: React.ReactNode }) => <>{children}</>;", "export const SignedOut = () => null;"]
    return "__mocks__/@clerk/nextjs.tsx", "tsx", L, "clerk", "test_mock"


def n_session_env_refs(r, b):
    L = ["import session from 'express-session';", "import type { Express } from 'express';", "",
         "const secret = process.env.SESSION_SECRET;", "if (!secret || secret.length < 32) {",
         "  throw new Error('SESSION_SECRET must be set (>= 32 chars); generate one with `openssl rand -hex 32`');", "}", "",
         "export function useSession(app: Express) {", "  app.use(session({", "    secret: secret.split(','),", "    resave: false,",
         "    saveUninitialized: false,", "    cookie: { secure: true, sameSite: 'lax' },", "  }));", "}"]
    return "src/session.ts", "typescript", L, "generic", "env_reference"


DOMAIN_NEG = [n_clerk_layout, n_auth0_spa, n_okta_spa, n_amplify, n_jwks_public, n_discovery, n_saml_metadata, n_public_pem,
              n_idtoken_docs, n_unsigned_jwt_fixture, n_kc_realm_masked, n_supabase_client, n_firebase_web, n_stytch_frontend,
              n_magic_frontend, n_descope_frontend, n_i18n, n_external_secret, n_tf_secrets, n_sops, n_lockfile, n_redirects,
              n_test_vectors, n_ids_seed, n_changelog, n_scim_doc, n_okta_doc_example, n_clerk_mock, n_session_env_refs]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
N_POS = 500
N_NEG = 500


def kind_schedule(r, n):
    seq = []
    for prov, kind, gen, w in KINDS:
        seq += [(prov, kind, gen)] * w
    out = []
    while len(out) < n:
        block = list(seq)
        r.shuffle(block)
        out += block
    return out[:n]


def templates_for(kind, naming):
    spec = [f for f, nmg in SPECIFIC.get(kind, []) if nmg == naming]
    if kind in NO_GENERIC:
        gen = []
    elif kind in PEM_KINDS:
        gen = [t for t in GENERIC if t in PEM_OK]
    else:
        gen = list(GENERIC)
    return spec, gen


def render(L):
    return "\n".join(L).rstrip("\n") + "\n"


def build(outdir, seed):
    r = random.Random(seed)
    manifest, secrets, files = [], [], {}
    pos_needles, hidden = [], []

    for i, (prov, kind, gen) in enumerate(kind_schedule(r, N_POS)):
        b = ctxbase(r)
        c = gen(r, b)
        c["_kind"], c["_b"] = kind, b
        naming = "obvious" if i % 2 == 0 else "neutral"
        spec, gens = templates_for(kind, naming)
        if not spec and not gens:
            spec, gens = templates_for(kind, "obvious" if naming == "neutral" else "neutral")
        use_spec = bool(spec) and (not gens or r.random() < 0.5)
        t = pick(r, spec) if use_spec else pick(r, gens)
        name = pick(r, c["obvious"] if naming == "obvious" else c["neutral"])
        S = Slot(r, name, c.get("value", c["needle"]))
        path, ftype, L = t(r, b, c, S)
        text = render(L)
        needle = c["needle"]
        if needle not in text:
            raise RuntimeError("needle missing: %s %s" % (kind, t.__name__))
        line = text[:text.index(needle)].count("\n") + 1
        rel = "pos/p%04d/%s" % (i, path)
        files[rel] = text
        manifest.append({"file": rel, "label": "pos", "provider": prov, "kind": kind, "filetype": ftype})
        secrets.append({"file": rel, "needle": needle, "line": line})
        pos_needles.append(needle)

    sched = kind_schedule(r, N_NEG)
    for i in range(N_NEG):
        b = ctxbase(r)
        if i % 2 == 0:
            prov, kind, gen = sched[i]
            c = gen(r, b)
            c["_kind"], c["_b"] = kind, b
            hidden.append(c["needle"])
            naming = pick(r, ["obvious", "neutral"])
            name = pick(r, c["obvious"] if naming == "obvious" else c["neutral"])
            sname, neg, cat = neg_slot(r, b, kind, c, name)
            spec = [f for f, _ in SPECIFIC.get(kind, []) if f is not s_pem_file]
            gens = [] if kind in NO_GENERIC else list(GENERIC)
            if cat == "public_value" and gens:
                t = pick(r, gens)
            elif spec and (not gens or r.random() < 0.4):
                t = pick(r, spec)
            else:
                t = pick(r, gens)
            if cat == "public_value" and t not in GENERIC:
                sname, neg, cat = name, {"mode": "lit", "lit": placeholder(r, name, c["needle"])}, "placeholder"
            S = Slot(r, sname, c.get("value", c["needle"]), neg)
            path, ftype, L = t(r, b, c, S)
            label_kind = cat
            if neg["mode"] == "env" and not S.used_env:
                txt = "\n".join(L)
                label_kind = "env_reference" if ("${" in txt or "environ" in txt or "getenv" in txt or "process.env" in txt or "ENV" in txt) and S.neg["lit"] not in txt else "placeholder"
        else:
            t = DOMAIN_NEG[(i // 2) % len(DOMAIN_NEG)] if i < 2 * len(DOMAIN_NEG) else pick(r, DOMAIN_NEG)
            path, ftype, L, prov, label_kind = t(r, b)
        text = render(L)
        rel = "neg/n%04d/%s" % (i, path)
        files[rel] = text
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": label_kind, "filetype": ftype})

    # self-check: no generated secret (positive or hidden negative-side) may leak into a negative
    probes = pos_needles + hidden
    for rel, text in files.items():
        if rel.startswith("neg/"):
            for s in probes:
                if s and s in text:
                    raise RuntimeError("secret leaked into negative %s" % rel)

    for rel, text in files.items():
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 gen_br.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    os.makedirs(outdir, exist_ok=True)
    build(outdir, seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
