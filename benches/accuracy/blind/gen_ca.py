#!/usr/bin/env python3
"""Blind evaluation-set generator `ca`: API gateways, service meshes and API management.

EMPHASIS
    Credentials that live in API-gateway, service-mesh and API-management configuration:
    Kong declarative/decK files (key-auth keys, jwt secrets, hmac-auth secrets, basic-auth
    passwords), KongConsumer CRDs and their Secrets, Kong Admin API scripts, kong.conf, Konnect
    personal access tokens, Kong plugins in Lua and Go; Tyk API definitions, tyk.conf /
    tyk_analytics.conf secrets, Tyk keys and HMAC sessions; Apigee KVM exports, developer-app
    exports and proxy bundle XML (AssignMessage / AssignVariable) and JS callouts; AWS API
    Gateway API keys (Terraform, CloudFormation, Serverless, client code); Azure API Management
    named values, subscription keys, Bicep and policy XML; KrakenD (martian header modifiers,
    symmetric JWK files, api-keys); Envoy (SDS generic secrets, request_headers_to_add, Lua
    filters); Traefik (custom request headers in YAML/TOML/docker labels, forwardAuth URLs);
    3scale (APIcast portal endpoints, user_key, toolbox remotes); Gravitee; WSO2; NGINX
    (proxy_set_header, {PLAIN} htpasswd entries, symmetric JWK key files); Istio EnvoyFilters
    and upstream Secrets; Linkerd identity issuer keys in Helm values; OpenAPI examples holding
    live keys; and upstream provider keys (Stripe, OpenAI, GitHub, SendGrid, Slack, Mailgun,
    Datadog, Anthropic, Shopify, GitLab, HubSpot) injected by the gateway.

USAGE
    python3 gen_ca.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, look-alikes only), OUTDIR/manifest.jsonl and
    OUTDIR/secrets.jsonl.  Deterministic per SEED: all randomness comes from random.Random(SEED);
    no clock, no os.urandom, no iteration over hash-randomised sets.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file (no surrounding quotes).
    * For id/secret pairs (Apigee consumer key/secret, WSO2 consumer key/secret, AWS key id +
      value, Azure APIM subscription id + key) the needle is the secret half; the
      public id may sit next to it.
    * For basic-auth style credentials the needle is the password only.
    * For credentials inside URLs (https://TOKEN@host, ?token=...) the needle is the token.
    * For PEM private keys (Linkerd issuer key) the needle is the first base64 body line of
      the key as written (64 characters); `line` is the line of that body line.
    * `line` is the 1-based line of the first occurrence of the needle.
    * A needle never occurs in any negative file of the same run.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by something that is
    not a secret: Kong vault references ({vault://env/...}, {vault://aws/...}), decK env
    substitution (${{ env "DECK_..." }}), Tyk KV references (env://, secrets://, vault://,
    consul://), Apigee {private.*} flow variables, APIM {{named-value}} references, KrakenD
    {{ env "..." }} templates, Helm/k8s templating, shell/env-var references, masked values
    (****, last-four masks), empty values, obvious placeholders (<your-api-key>, YOUR_KEY,
    changeme-in-vault), and values published as examples in vendor documentation (Tyk sample
    gateway secret 352d20ee67be67f6340b4c0605b044b7, AWS CDK "MyApiKeyThatIsAtLeast20Characters",
    Kong "my_secret"/"my-key", Stripe's documented test key sk_test_4eC39HqLyjWDarjtT1zdp7dc).
    The other half are domain look-alikes: decK files with consumers, ACL groups and
    rate-limiting only; jwt credentials holding RSA public keys; JWKS public key sets; Istio
    RequestAuthentication; Envoy jwt_authn local_jwks; Traefik and NGINX htpasswd hashes
    ($apr1$, $2y$, {SHA}); Tyk policies and hashed key lists; AWS `get-api-keys` output without
    values and usage plans; APIM Key Vault-backed named values; Apigee encrypted KVM exports
    (masked) and VerifyAPIKey proxies; KrakenD env templates; OpenAPI specs with placeholder
    examples; CA certificate PEMs; SealedSecrets/ExternalSecrets; gateway access logs with
    masked keys; analytics CSV exports with key ids and SHA-256 key hashes; developer-portal i18n
    strings; RFC 4231 HMAC test vectors; UUIDs used as consumer/app ids; Lua/Go plugins that read
    secrets from kong.vault / the environment.

DOUBTS
    * Kong auto-generated key-auth keys and jwt/hmac secrets are written as 32-character
      alphanumeric strings (from memory of Kong's random_string); user-chosen keys also vary.
    * Konnect PAT (kpat_) and system-account token (spat_) are written as prefix + 49 base62
      characters: the prefix is documented, the body length is from memory.
    * Tyk keys are written as base64 of {"org":...,"id":...,"h":"murmur64"} (newer Tyk custom
      key format, from memory) or as org id (24 hex) + 32 hex (older format).
    * Apigee X consumer key 48 / secret 64 alphanumeric, Edge 32 / 16 (from memory and a forum
      answer); AWS API Gateway generated keys 40 alphanumeric (from memory; docs say custom
      values are 20-128 alphanumeric); Azure APIM subscription keys 32 hex (from memory).
    * 3scale user_key / app_key 32 hex, access tokens 64 hex, WSO2 consumer key/secret 28 chars
      of [A-Za-z0-9_], Gravitee custom API keys, Traefik/Envoy HMAC secrets: from memory.
    * Upstream provider formats from memory: OpenAI (sk-proj-... with T3BlbkFJ marker),
      Anthropic (sk-ant-api03-...AA), Stripe (sk_live_/rk_live_ + 24 or 99 chars), SendGrid
      (SG.22.43), Slack (xoxb-), Mailgun (key- + 32 hex), Datadog (32 hex), Shopify (shpat_ +
      32 hex), GitLab (glpat- + 20), HubSpot (pat-na1-uuid); GitHub ghp_ with the documented
      CRC32/base62 checksum.
    * The Linkerd issuer key is a real P-256 SEC1 key computed here (public point included).
    * Labels a reviewer might dispute: Stripe's documented sk_test_4eC39HqLyjWDarjtT1zdp7dc and
      the Tyk sample secret are labelled negative (published examples); bcrypt/apr1/{SHA}
      htpasswd hashes are negative (hashes, not secrets); Apigee/AWS key *ids* are negative;
      basic-auth passwords and {PLAIN} htpasswd entries are positive.
    * The EC key in negatives never appears; public certificates in negatives are DER-shaped
      random bytes wrapped as CERTIFICATE PEM (they do not parse as real X.509).

SEARCHES
    docs corpus: Kong JWT credentials (Pulumi Kong docs, APISIX jwt-auth pages), Tyk gateway
    secret / default secrets reference and tyk.conf.example, Apigee consumer key/secret create
    API and import page, AWS API Gateway API key value length (CDK / Pulumi docs), Kong vault
    references (kong.vault PDK), Konnect PAT/SPAT (kongctl, Konnect API auth), 3scale terminology.
    Scanner-related material shown: one GitGuardian detector page ("Kong Konnect Personal Access
    Token") appeared in a search result; it was ignored (no rule or regex was used from it).
"""

import base64
import hashlib
import json
import os
import random
import sys
import zlib

# ---------------------------------------------------------------------------------------------
# basic random helpers
# ---------------------------------------------------------------------------------------------
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"


class G:
    """Per-run generator state (one random.Random and the set of generated secrets)."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.secrets = []

    # primitives
    def ch(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def ri(self, a, b):
        return self.r.randint(a, b)

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def alnum(self, n):
        # make sure it mixes classes like a real random token
        while True:
            v = self.s(ALNUM, n)
            if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
                return v

    def hexs(self, n):
        while True:
            v = self.s(HEX, n)
            if any(c.isalpha() for c in v) and any(c.isdigit() for c in v):
                return v

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, n):
        return base64.b64encode(self.rbytes(n)).decode()

    def b64url(self, n):
        return base64.urlsafe_b64encode(self.rbytes(n)).decode().rstrip("=")

    def uuid(self):
        h = self.s(HEX, 32)
        h = h[:12] + "4" + h[13:16] + self.ch("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def ident(self):
        return self.ch(ADJ) + "-" + self.ch(NOUN)

    def keep(self, v):
        self.secrets.append(v)
        return v


ADJ = ["amber", "brisk", "cobalt", "dusty", "eager", "fuzzy", "gentle", "hollow", "ivory", "jolly",
       "keen", "lunar", "misty", "noble", "olive", "proud", "quiet", "rapid", "silver", "tidy",
       "urban", "vivid", "windy", "young", "zesty", "polar", "coral", "crimson", "golden", "rustic"]
NOUN = ["otter", "falcon", "harbor", "meadow", "canyon", "pebble", "lantern", "comet", "willow",
        "badger", "glacier", "prairie", "summit", "beacon", "anchor", "orchid", "raven", "delta",
        "ember", "quarry", "tundra", "heron", "marble", "thistle", "cedar", "lynx"]
SERVICES = ["orders", "payments", "catalog", "inventory", "billing", "accounts", "shipping", "search",
            "notifications", "reports", "users", "checkout", "pricing", "ledger", "profiles",
            "loyalty", "claims", "quotes", "bookings", "telemetry"]
COMPANIES = ["acme", "globex", "initech", "umbrella", "hooli", "vandelay", "wayne", "stark",
             "tyrell", "soylent", "wonka", "cyberdyne", "northwind", "contoso", "fabrikam",
             "piedpiper", "dunder", "massive", "oscorp", "gringotts"]
TLDS = ["com", "io", "net", "dev", "cloud", "co.uk", "de", "internal"]
PEOPLE = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy",
          "mallory", "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter"]
ENVS = ["prod", "production", "staging", "stage", "qa", "dev", "uat", "preprod", "sandbox"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ap-northeast-1"]
AZREGIONS = ["westeurope", "northeurope", "eastus2", "westus3", "uksouth", "australiaeast"]


def company(g):
    return g.ch(COMPANIES)


def domain(g, c=None):
    return "%s.%s" % (c or company(g), g.ch(TLDS))


def svc(g):
    return g.ch(SERVICES)


def consumer_name(g):
    style = g.ri(0, 4)
    if style == 0:
        return "%s-%s" % (company(g), g.ch(["mobile", "web", "partner", "batch", "etl", "portal"]))
    if style == 1:
        return "%s-app" % g.ch(SERVICES)
    if style == 2:
        return "%s.%s" % (g.ch(PEOPLE), g.ch(["ops", "dev", "qa", "int"]))
    if style == 3:
        return "svc-%s-%s" % (g.ch(SERVICES), g.ch(ENVS))
    return "%s_%s" % (g.ch(COMPANIES), g.ch(["integration", "connector", "sync", "client"]))


# ---------------------------------------------------------------------------------------------
# base62 / crc helpers (GitHub token checksum: CRC32 of the random part, base62, 6 chars)
# ---------------------------------------------------------------------------------------------
B62 = DIGITS + UPPER + LOWER


def base62(n, width):
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


# ---------------------------------------------------------------------------------------------
# P-256 (for a real-looking SEC1 EC private key)
# ---------------------------------------------------------------------------------------------
P256_P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
P256_A = P256_P - 3
P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
P256_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
          0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _ec_add(p1, p2):
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    x1, y1 = p1
    x2, y2 = p2
    if x1 == x2 and (y1 + y2) % P256_P == 0:
        return None
    if p1 == p2:
        lam = (3 * x1 * x1 + P256_A) * pow(2 * y1, -1, P256_P) % P256_P
    else:
        lam = (y2 - y1) * pow(x2 - x1, -1, P256_P) % P256_P
    x3 = (lam * lam - x1 - x2) % P256_P
    return (x3, (lam * (x1 - x3) - y1) % P256_P)


def _ec_mul(k, pt):
    acc = None
    while k:
        if k & 1:
            acc = _ec_add(acc, pt)
        pt = _ec_add(pt, pt)
        k >>= 1
    return acc


def ec_private_pem(g):
    d = g.r.randrange(1, P256_N)
    x, y = _ec_mul(d, P256_G)
    pub = b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")
    body = (b"\x02\x01\x01" + b"\x04\x20" + d.to_bytes(32, "big")
            + b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07"
            + b"\xa1\x44\x03\x42\x00" + pub)
    der = b"\x30" + bytes([len(body)]) + body
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return ["-----BEGIN EC PRIVATE KEY-----"] + lines + ["-----END EC PRIVATE KEY-----"]


def _der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return b"\x81" + bytes([n])
    return b"\x82" + n.to_bytes(2, "big")


def _der_int(v):
    b = v.to_bytes((v.bit_length() + 8) // 8, "big")
    return b"\x02" + _der_len(len(b)) + b


def rsa_modulus(g, bits=2048):
    return g.r.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1


def rsa_public_pem(g, bits=2048):
    n = rsa_modulus(g, bits)
    rsakey = _der_int(n) + _der_int(65537)
    rsakey = b"\x30" + _der_len(len(rsakey)) + rsakey
    bitstr = b"\x03" + _der_len(len(rsakey) + 1) + b"\x00" + rsakey
    algo = bytes.fromhex("300d06092a864886f70d0101010500")
    spki = algo + bitstr
    spki = b"\x30" + _der_len(len(spki)) + spki
    b = base64.b64encode(spki).decode()
    return ["-----BEGIN PUBLIC KEY-----"] + [b[i:i + 64] for i in range(0, len(b), 64)] + ["-----END PUBLIC KEY-----"]


def rsa_jwk_public(g, kid=None):
    n = rsa_modulus(g)
    nb = base64.urlsafe_b64encode(n.to_bytes(256, "big")).decode().rstrip("=")
    return {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": kid or g.b64url(12), "n": nb, "e": "AQAB"}


def cert_pem(g):
    # DER-shaped (SEQUENCE of SEQUENCE) random body; public material, not a secret
    body = g.rbytes(g.ri(700, 900))
    tbs = b"\x30\x82" + len(body).to_bytes(2, "big") + b"\xa0\x03\x02\x01\x02\x02\x14" + body
    der = b"\x30\x82" + len(tbs).to_bytes(2, "big") + tbs
    b = base64.b64encode(der).decode()
    return ["-----BEGIN CERTIFICATE-----"] + [b[i:i + 64] for i in range(0, len(b), 64)] + ["-----END CERTIFICATE-----"]


# ---------------------------------------------------------------------------------------------
# secret generators (positives only; every value is recorded in g.secrets)
# ---------------------------------------------------------------------------------------------
PW_WORDS = ["harbor", "falcon", "meadow", "winter", "copper", "sunset", "orbit", "gateway", "tango",
            "maple", "thunder", "pepper", "violet", "rocket", "pirate", "zebra", "lemon", "saturn",
            "marble", "ginger", "panda", "cobalt", "spruce", "kestrel", "walrus", "mango"]
PW_SYMS = "!@*?.-_+=^%"  # no # $ & ' " (kong.conf comments, compose interpolation, XML)


def human_password(g):
    k = g.ri(0, 5)
    if k == 0:
        v = g.ch(PW_WORDS).capitalize() + g.ch(PW_WORDS).capitalize() + str(g.ri(10, 9999)) + g.ch(PW_SYMS)
    elif k == 1:
        v = "%s%s%s%s" % (g.ch(PW_WORDS).capitalize(), g.ch(PW_SYMS), g.ch(PW_WORDS), g.ri(100, 99999))
    elif k == 2:
        w = g.ch(PW_WORDS) + g.ch(["admin", "gw", "kong", "proxy", "api", "mesh"])
        leet = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"})
        v = w.capitalize().translate(leet) + g.ch(PW_SYMS) + str(g.ri(2019, 2026))
    elif k == 3:
        v = "-".join(g.ch(PW_WORDS) for _ in range(3)) + "-" + str(g.ri(1, 99))
    elif k == 4:
        v = g.s(ALNUM + "!%*+-=?@^_", g.ri(14, 22))
        v = g.ch(UPPER) + v + g.ch(DIGITS)
    else:
        v = "%s%s%s%s" % (g.ch(COMPANIES).capitalize(), g.ch(["@", "!", "*", "."]), g.ri(1000, 9999), g.ch(PW_WORDS).capitalize())
    return g.keep(v)


def kong_key(g):
    k = g.ri(0, 3)
    if k == 0:
        return g.keep(g.alnum(32))
    if k == 1:
        return g.keep(g.hexs(32))
    if k == 2:
        return g.keep(g.alnum(g.ri(36, 48)))
    return g.keep(g.b64url(24))


def kong_secret(g):
    k = g.ri(0, 2)
    if k == 0:
        return g.keep(g.alnum(32))
    if k == 1:
        return g.keep(g.b64url(32))
    return g.keep(g.hexs(64))


def b64_secret(g):
    return g.keep(g.b64(g.ch([32, 48, 64])))


def tyk_key(g):
    org = g.hexs(24)
    if g.chance(0.5):
        raw = json.dumps({"org": org, "id": g.hexs(32), "h": "murmur64"}, separators=(",", ":"))
        return g.keep(base64.b64encode(raw.encode()).decode().rstrip("="))
    return g.keep(org + g.hexs(32))


def hex32(g):
    return g.keep(g.hexs(32))


def hex64(g):
    return g.keep(g.hexs(64))


def alnum40(g):
    return g.keep(g.alnum(40))


def apigee_secret(g):
    return g.keep(g.alnum(g.ch([64, 64, 16, 32])))


def wso2_secret(g):
    return g.keep(g.s(ALNUM + "_", 27) + g.ch(DIGITS))


def konnect_pat(g):
    return g.keep(g.ch(["kpat_", "kpat_", "spat_"]) + g.alnum(49))


def jwk_oct_k(g):
    return g.keep(g.b64url(g.ch([32, 48, 64])))


def gravitee_key(g):
    return g.keep(g.alnum(g.ch([32, 40])))


def github_pat(g):
    body = g.alnum(30)
    crc = zlib.crc32(body.encode()) & 0xffffffff
    return "ghp_" + body + base62(crc, 6)


def _openai(g):
    if g.chance(0.5):
        return "sk-proj-" + g.s(B64URL, 74) + "T3BlbkFJ" + g.s(B64URL, 74)
    return "sk-" + g.alnum(20) + "T3BlbkFJ" + g.alnum(20)


UPSTREAMS = [
    dict(provider="stripe", kind="secret-key", header="Authorization", fmt="Bearer {}",
         make=lambda g: g.ch(["sk_live_", "rk_live_"]) + (g.alnum(24) if g.chance(0.5) else "51" + g.alnum(97)),
         env="STRIPE_SECRET_KEY", host="api.stripe.com"),
    dict(provider="openai", kind="api-key", header="Authorization", fmt="Bearer {}", make=_openai,
         env="OPENAI_API_KEY", host="api.openai.com"),
    dict(provider="anthropic", kind="api-key", header="x-api-key", fmt="{}",
         make=lambda g: "sk-ant-api03-" + g.s(B64URL, 93) + "AA", env="ANTHROPIC_API_KEY", host="api.anthropic.com"),
    dict(provider="github", kind="personal-access-token", header="Authorization", fmt="token {}",
         make=github_pat, env="GITHUB_TOKEN", host="api.github.com"),
    dict(provider="sendgrid", kind="api-key", header="Authorization", fmt="Bearer {}",
         make=lambda g: "SG." + g.s(B64URL, 22) + "." + g.s(B64URL, 43), env="SENDGRID_API_KEY", host="api.sendgrid.com"),
    dict(provider="slack", kind="bot-token", header="Authorization", fmt="Bearer {}",
         make=lambda g: "xoxb-%d-%d-%s" % (g.ri(10 ** 10, 10 ** 12), g.ri(10 ** 11, 10 ** 13), g.alnum(24)),
         env="SLACK_BOT_TOKEN", host="slack.com"),
    dict(provider="mailgun", kind="api-key", header="X-Mailgun-Key", fmt="{}",
         make=lambda g: "key-" + g.hexs(32), env="MAILGUN_API_KEY", host="api.mailgun.net"),
    dict(provider="datadog", kind="api-key", header="DD-API-KEY", fmt="{}",
         make=lambda g: g.hexs(32), env="DD_API_KEY", host="api.datadoghq.com"),
    dict(provider="shopify", kind="admin-api-access-token", header="X-Shopify-Access-Token", fmt="{}",
         make=lambda g: "shpat_" + g.hexs(32), env="SHOPIFY_ADMIN_TOKEN", host="shop.myshopify.com"),
    dict(provider="gitlab", kind="personal-access-token", header="PRIVATE-TOKEN", fmt="{}",
         make=lambda g: "glpat-" + g.s(B64URL, 20), env="GITLAB_TOKEN", host="gitlab.com"),
    dict(provider="hubspot", kind="private-app-token", header="Authorization", fmt="Bearer {}",
         make=lambda g: "pat-" + g.ch(["na1", "eu1"]) + "-" + g.uuid(), env="HUBSPOT_TOKEN", host="api.hubapi.com"),
]


def pick_upstream(g):
    return g.ch(UPSTREAMS)


def upstream_value(g, u):
    return g.keep(u["make"](g))


# ---------------------------------------------------------------------------------------------
# look-alike values for the secret slot of a positive template (negatives)
# ---------------------------------------------------------------------------------------------
DOC_EXAMPLES = {
    "tyk": ["352d20ee67be67f6340b4c0605b044b7"],
    "aws-apigateway": ["MyApiKeyThatIsAtLeast20Characters"],
    "kong": ["my_secret", "my-key", "my_key", "my-password"],
    "stripe": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc"],
}

PLACEHOLDERS = ["<YOUR_API_KEY>", "YOUR_API_KEY_HERE", "<replace-me>", "REPLACE_WITH_REAL_VALUE",
                "changeme-in-vault", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "TODO-set-in-ci", "<secret>",
                "dummy", "example", "your-key-here", "<insert key>", "__SECRET__", "%s", "@@API_KEY@@",
                "XXXX-XXXX-XXXX-XXXX", "set-me", "<paste token>", "CHANGE_ME", "placeholder"]

MASKS = ["********", "****************", "••••••••••••", "<redacted>", "[REDACTED]", "***REDACTED***",
         "[FILTERED]", "*****", "<hidden>", "(sensitive value)"]


def ref_value(g, syn, nm):
    lo = nm.lower().replace("_", "-")
    if syn == "kong":
        return g.ch(["{vault://env/%s}" % lo, "{vault://aws/kong/%s}" % lo, "{vault://hcv/gateway/%s}" % lo,
                     "{vault://gcp/%s?project_id=%s-gw}" % (lo, company(g)), "{vault://env/%s}" % lo.replace("-", "_")])
    if syn == "deck":
        return g.ch(['${{ env "DECK_%s" }}' % nm.upper(), "{vault://env/%s}" % lo])
    if syn == "tyk":
        return g.ch(["env://%s" % nm.upper(), "secrets://%s" % nm.lower(), "vault://secret/data/tyk.%s" % nm.lower(),
                     "consul://tyk/%s" % nm.lower()])
    if syn == "tf":
        return g.ch(["${var.%s}" % nm.lower(), "${data.aws_ssm_parameter.%s.value}" % nm.lower(),
                     "${random_password.%s.result}" % nm.lower()])
    if syn == "apigee":
        return "{private.%s}" % nm.lower()
    if syn == "apim":
        return "{{%s}}" % lo
    if syn in ("krakend", "traefik"):
        return '{{ env "%s" }}' % nm.upper()
    if syn == "helm":
        return g.ch(["{{ .Values.%s }}" % nm.lower(), "{{ .Values.secrets.%s | quote }}" % nm.lower(),
                     '{{ required "set %s" .Values.%s }}' % (lo, nm.lower())])
    if syn == "shell":
        return g.ch(["$%s" % nm.upper(), "${%s}" % nm.upper(), "${%s:?missing}" % nm.upper()])
    if syn == "gha":
        return "${{ secrets.%s }}" % nm.upper()
    if syn == "nginx":
        return "$%s" % nm.lower()
    if syn == "wso2":
        return g.ch(["$env{%s}" % nm.upper(), "$secret{%s}" % nm.lower(), "$sys{%s}" % nm.lower()])
    return g.ch(["${%s}" % nm.upper(), "${env:%s}" % nm.upper(), "#{env:%s}" % nm.upper(), "%%(%s)s" % nm.lower()])


def neg_fill(g, syn, nm, provider, prefix=""):
    """Return (value, lookalike-kind) for a negative re-use of a positive template."""
    r = g.r.random()
    if r < 0.45 and syn:
        return ref_value(g, syn, nm), "reference"
    if r < 0.62:
        return g.ch(PLACEHOLDERS), "placeholder"
    if r < 0.80:
        if prefix and g.chance(0.5):
            return prefix + "*" * g.ri(8, 24) + g.s(LOWER + DIGITS, 4), "masked"
        return g.ch(MASKS), "masked"
    if r < 0.88:
        return "", "empty"
    if provider in DOC_EXAMPLES and "password" not in nm.lower():
        return g.ch(DOC_EXAMPLES[provider]), "documentation-example"
    return ref_value(g, syn or "env", nm), "reference"


# ---------------------------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------------------------
def yq(g, v, style=None):
    """Quote a YAML scalar in a random (valid) style."""
    st = style if style is not None else g.ri(0, 2)
    if v == "":
        return '""'
    plain_ok = not any(c in v for c in ":#{}[],&*!|>'\"%@`") and not v[0] in "-?" and v.strip() == v
    if st == 0 and plain_ok:
        return v
    if st == 1 and "'" not in v:
        return "'%s'" % v
    return json.dumps(v)


def name_style(g, words, style=None):
    st = style if style is not None else g.ri(0, 3)
    if st == 0:
        return "_".join(words)
    if st == 1:
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if st == 2:
        return "_".join(words).upper()
    return "-".join(words)


def comment_lines(g, pfx, n=None):
    pool = ["managed by platform-team, do not edit by hand", "synced from the gateway repo nightly",
            "see runbook: https://wiki.%s/gateway/rotation" % domain(g),
            "TODO: split per environment", "last reviewed %d-%02d-%02d" % (g.ri(2021, 2025), g.ri(1, 12), g.ri(1, 28)),
            "generated by deck dump, then trimmed", "owner: @%s" % g.ch(PEOPLE),
            "ticket %s-%d" % (g.ch(["PLAT", "OPS", "API", "INFRA", "GW"]), g.ri(100, 9999)),
            "keep routes sorted alphabetically", "rate limits agreed with the partner in Q%d" % g.ri(1, 4)]
    n = g.ri(0, 2) if n is None else n
    out = []
    for _ in range(n):
        out.append("%s %s" % (pfx, g.ch(pool)))
    return out


def ts(g):
    return "%d-%02d-%02dT%02d:%02d:%02dZ" % (g.ri(2021, 2025), g.ri(1, 12), g.ri(1, 28), g.ri(0, 23), g.ri(0, 59), g.ri(0, 59))


# ---------------------------------------------------------------------------------------------
# positive templates (also re-used for negatives with the slot filled by a look-alike)
# each fn(g, v, obv, ctx) -> (relpath, list_of_lines); ctx may carry "u" (upstream provider)
# ---------------------------------------------------------------------------------------------
POS_T = []


def tpl(provider, kind, ftype, gen, syn=None, nm="API_KEY", prefix="", reuse=True):
    def deco(fn):
        POS_T.append(dict(fn=fn, provider=provider, kind=kind, ftype=ftype, gen=gen, syn=syn, nm=nm,
                          prefix=prefix, name=fn.__name__, reuse=reuse))
        return fn
    return deco


def pick(g, obv, obvious, neutral):
    return g.ch(obvious if obv else neutral)


def jdump(g, obj):
    return json.dumps(obj, indent=g.ch([2, 2, 4]), ensure_ascii=False).splitlines()


def deck_service_block(g, name, plugins_extra=None):
    host = "%s.%s.svc.cluster.local" % (name, g.ch(["default", "apps", "backend", name]))
    lines = ["- name: %s-api" % name,
             "  url: http://%s:%d" % (host, g.ch([80, 8080, 3000, 9000])),
             "  retries: %d" % g.ri(0, 5),
             "  routes:",
             "  - name: %s-route" % name,
             "    paths:",
             "    - /%s" % name,
             "    strip_path: %s" % g.ch(["true", "false"])]
    if plugins_extra:
        lines += ["  plugins:"] + plugins_extra
    return lines


def deck_header(g):
    out = comment_lines(g, "#")
    out += ['_format_version: "%s"' % g.ch(["3.0", "3.0", "2.1"])]
    if g.chance(0.5):
        out += ["_info:", "  select_tags:", "  - %s" % g.ch(["team-" + svc(g), "gw-" + g.ch(ENVS)])]
    return out


def kong_common_plugins(g):
    opts = [["  - name: rate-limiting", "    config:", "      minute: %d" % g.ch([60, 120, 600, 1000]),
             "      policy: local"],
            ["  - name: cors", "    config:", "      origins:", "      - https://app.%s" % domain(g),
             "      credentials: true"],
            ["  - name: prometheus", "    config:", "      per_consumer: %s" % g.ch(["true", "false"])],
            ["  - name: correlation-id", "    config:", "      header_name: X-Request-ID",
             "      generator: uuid#counter"]]
    g.r.shuffle(opts)
    out = []
    for o in opts[:g.ri(0, 2)]:
        out += o
    return out


@tpl("kong", "key-auth-key", "yaml", kong_key, "deck", "CONSUMER_KEY")
def t_kong_deck_keyauth(g, v, obv, ctx):
    s = svc(g)
    c = consumer_name(g)
    lines = deck_header(g) + ["services:"]
    lines += deck_service_block(g, s, ["  - name: key-auth", "    config:", "      key_names:",
                                       "      - %s" % g.ch(["apikey", "x-api-key", "X-API-KEY"]),
                                       "      hide_credentials: %s" % g.ch(["true", "false"])] + kong_common_plugins(g))
    lines += ["consumers:", "- username: %s" % c]
    if g.chance(0.6):
        lines.append("  custom_id: %s" % yq(g, "%s-%d" % (g.ch(["cust", "acct", "partner"]), g.ri(100, 99999))))
    if g.chance(0.5):
        lines += ["  acls:", "  - group: %s" % g.ch(["partners", "internal", "gold-tier", "read-only"])]
    lines += ["  keyauth_credentials:", "  - key: %s" % yq(g, v)]
    if g.chance(0.5):
        lines += ["    tags:", "    - %s" % g.ch(["rotated-%d" % g.ri(2022, 2025), "issued-by-portal", "manual"])]
    rel = g.ch(["kong.yml", "kong/kong.yaml", "deck/%s.yaml" % s, "gateway/kong.yaml", "config/kong/%s.yml" % g.ch(ENVS)])
    return rel, lines


@tpl("kong", "jwt-secret", "yaml", kong_secret, "deck", "JWT_SECRET")
def t_kong_deck_jwt(g, v, obv, ctx):
    s = svc(g)
    c = consumer_name(g)
    lines = deck_header(g) + ["services:"]
    lines += deck_service_block(g, s, ["  - name: jwt", "    config:", "      claims_to_verify:", "      - exp",
                                       "      key_claim_name: %s" % g.ch(["iss", "kid"])] + kong_common_plugins(g))
    iss = g.ch(["https://auth.%s/" % domain(g), "%s-issuer" % c, c])
    lines += ["consumers:", "- username: %s" % c, "  jwt_secrets:",
              "  - key: %s" % yq(g, iss), "    algorithm: %s" % g.ch(["HS256", "HS384", "HS512"]),
              "    secret: %s" % yq(g, v)]
    return g.ch(["kong.yaml", "deck/kong-%s.yaml" % g.ch(ENVS), "gateway/consumers.yaml", "kong/declarative.yml"]), lines


@tpl("kong", "hmac-auth-secret", "yaml", kong_secret, "deck", "HMAC_SECRET")
def t_kong_deck_hmac(g, v, obv, ctx):
    s = svc(g)
    c = consumer_name(g)
    lines = deck_header(g) + ["services:"]
    lines += deck_service_block(g, s, ["  - name: hmac-auth", "    config:", "      enforce_headers:",
                                       "      - date", "      - request-line",
                                       "      algorithms:", "      - hmac-sha256", "      clock_skew: 300"])
    lines += ["consumers:", "- username: %s" % c, "  hmacauth_credentials:",
              "  - username: %s" % c, "    secret: %s" % yq(g, v)]
    return g.ch(["kong.yaml", "deck/%s-hmac.yaml" % s, "gateway/kong/hmac-consumers.yaml"]), lines


@tpl("kong", "basic-auth-password", "yaml", human_password, "deck", "BASIC_PASSWORD")
def t_kong_deck_basic(g, v, obv, ctx):
    s = svc(g)
    c = consumer_name(g)
    lines = deck_header(g) + ["services:"]
    lines += deck_service_block(g, s, ["  - name: basic-auth", "    config:", "      hide_credentials: true"] + kong_common_plugins(g))
    lines += ["consumers:", "- username: %s" % c, "  basicauth_credentials:",
              "  - username: %s" % g.ch([c, g.ch(PEOPLE), "svc-" + s]), "    password: %s" % yq(g, v)]
    return g.ch(["kong.yml", "deck/legacy-%s.yaml" % s, "gateway/basic-auth.yaml"]), lines


@tpl("kong", "key-auth-key", "yaml", kong_key, "helm", "KONG_KEY")
def t_kongconsumer_secret(g, v, obv, ctx):
    c = consumer_name(g)
    ns = g.ch(["kong", "gateway", "api", "default", svc(g)])
    sec = "%s-%s" % (c, g.ch(["key-auth", "apikey", "cred"]))
    lines = comment_lines(g, "#")
    lines += ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % sec, "  namespace: %s" % ns]
    new = g.chance(0.5)
    if new:
        lines += ["  labels:", "    konghq.com/credential: key-auth"]
    lines += ["type: Opaque", "stringData:"]
    if not new:
        lines.append("  kongCredType: key-auth")
    lines += ["  key: %s" % yq(g, v), "---", "apiVersion: configuration.konghq.com/v1", "kind: KongConsumer",
              "metadata:", "  name: %s" % c, "  namespace: %s" % ns, "  annotations:",
              "    kubernetes.io/ingress.class: kong", "username: %s" % c, "credentials:", "- %s" % sec]
    return g.ch(["k8s/kong/consumer-%s.yaml" % c, "manifests/%s/kongconsumer.yaml" % ns, "deploy/kong-consumers.yaml"]), lines


@tpl("kong", "basic-auth-password", "yaml", human_password, "helm", "BASIC_AUTH_PASSWORD")
def t_kongconsumer_basic(g, v, obv, ctx):
    c = consumer_name(g)
    lines = ["apiVersion: configuration.konghq.com/v1", "kind: KongConsumer", "metadata:", "  name: %s" % c,
             "  annotations:", "    kubernetes.io/ingress.class: kong", "username: %s" % c,
             "credentials:", "- %s-basic" % c, "---", "apiVersion: v1", "kind: Secret", "metadata:",
             "  name: %s-basic" % c, "  labels:", "    konghq.com/credential: basic-auth", "stringData:",
             "  username: %s" % g.ch(PEOPLE), "  password: %s" % yq(g, v)]
    return g.ch(["k8s/consumers/%s.yaml" % c, "charts/gateway/templates/consumer-%s.yaml" % c]), lines


@tpl("kong", "key-auth-key", "shell", kong_key, "shell", "CONSUMER_API_KEY")
def t_kong_admin_curl(g, v, obv, ctx):
    c = consumer_name(g)
    admin = g.ch(["http://localhost:8001", "http://kong-admin.%s:8001" % g.ch(ENVS), "https://admin.gw.%s" % domain(g)])
    lines = ["#!/usr/bin/env bash", "# bootstrap a consumer for %s" % g.ch(COMPANIES), "set -euo pipefail", "",
             'ADMIN="${KONG_ADMIN_URL:-%s}"' % admin, 'CONSUMER="%s"' % c, ""]
    lines += ['curl -sS -X POST "$ADMIN/consumers" -d "username=$CONSUMER" -d "custom_id=%s-%d"' % (g.ch(COMPANIES), g.ri(10, 9999))]
    if obv:
        lines += ['API_KEY="%s"' % v, 'curl -sS -X POST "$ADMIN/consumers/$CONSUMER/key-auth" --data "key=$API_KEY"']
    else:
        lines += ['curl -sS -X POST "$ADMIN/consumers/$CONSUMER/key-auth" \\', "  -H 'Content-Type: application/json' \\",
                  "  -d '{\"key\": \"%s\", \"tags\": [\"%s\"]}'" % (v, g.ch(ENVS))]
    lines += ['curl -sS -X POST "$ADMIN/consumers/$CONSUMER/acls" -d "group=%s"' % g.ch(["partners", "internal"]),
              'echo "consumer $CONSUMER ready"']
    return g.ch(["scripts/create-consumer.sh", "bin/kong-bootstrap.sh", "ops/kong/add_partner.sh"]), lines


@tpl("upstream", "upstream", "yaml", "upstream", "deck", "UPSTREAM_TOKEN")
def t_kong_request_transformer(g, v, obv, ctx):
    u = ctx["u"]
    s = svc(g)
    hv = u["fmt"].format(v)
    lines = deck_header(g) + ["services:",
             "- name: %s-proxy" % u["provider"], "  url: https://%s" % u["host"], "  routes:",
             "  - name: %s-egress" % u["provider"], "    paths:", "    - /ext/%s" % u["provider"],
             "  plugins:", "  - name: request-transformer", "    config:"]
    if g.chance(0.5):
        lines += ["      remove:", "        headers:", "        - Authorization"]
    lines += ["      add:", "        headers:", "        - %s" % yq(g, "%s:%s" % (u["header"], hv), 2)]
    lines += kong_common_plugins(g)
    return g.ch(["kong.yaml", "deck/egress-%s.yaml" % u["provider"], "gateway/upstreams.yaml"]), lines


@tpl("kong", "konnect-access-token", "yaml", konnect_pat, "gha", "KONNECT_TOKEN", prefix="kpat_")
def t_konnect_gha(g, v, obv, ctx):
    cp = g.ch(["default", "prod-cp", "%s-gateway" % company(g), "quickstart"])
    lines = ["name: deck-sync", "on:", "  push:", "    branches: [main]", "    paths:", "      - 'kong/**'", "",
             "jobs:", "  sync:", "    runs-on: ubuntu-latest"]
    if obv:
        lines += ["    env:", "      DECK_KONNECT_TOKEN: %s" % yq(g, v), "      DECK_KONNECT_CONTROL_PLANE_NAME: %s" % cp]
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: kong/setup-deck@v1",
              "        with:", "          deck-version: '1.%d.%d'" % (g.ri(30, 45), g.ri(0, 3)),
              "      - name: Validate", "        run: deck file validate kong/kong.yaml"]
    if obv:
        lines += ["      - name: Sync", "        run: deck gateway sync kong/kong.yaml"]
    else:
        lines += ["      - name: Sync", "        run: >-", "          deck gateway sync kong/kong.yaml",
                  "          --konnect-control-plane-name %s" % cp, "          --konnect-token %s" % v]
    return g.ch([".github/workflows/deck-sync.yml", ".github/workflows/kong.yaml", ".github/workflows/deploy-gateway.yml"]), lines


@tpl("kong", "database-password", "ini", human_password, "kong", "PG_PASSWORD")
def t_kong_conf(g, v, obv, ctx):
    lines = ["# kong.conf for the %s data plane" % g.ch(ENVS)] + comment_lines(g, "#")
    lines += ["", "database = postgres", "pg_host = %s" % g.ch(["kong-db", "10.%d.%d.%d" % (g.ri(0, 255), g.ri(0, 255), g.ri(1, 254)), "pg.%s" % domain(g)]),
              "pg_port = 5432", "pg_user = kong", "pg_password = %s" % v, "pg_database = kong",
              "pg_ssl = %s" % g.ch(["on", "off"]), "", "proxy_listen = 0.0.0.0:8000, 0.0.0.0:8443 ssl",
              "admin_listen = 127.0.0.1:8001", "log_level = %s" % g.ch(["notice", "info", "warn"]),
              "plugins = bundled%s" % g.ch(["", ",oidc", ",my-header-plugin"]),
              "nginx_worker_processes = auto", "mem_cache_size = %dm" % g.ch([128, 256, 512])]
    return g.ch(["kong.conf", "config/kong.conf", "docker/kong/kong.conf", "etc/kong/kong.conf"]), lines


@tpl("kong", "admin-password", "yaml", human_password, "shell", "KONG_PASSWORD")
def t_kong_compose(g, v, obv, ctx):
    var = g.ch(["KONG_PASSWORD", "KONG_PG_PASSWORD"])
    lines = ["services:", "  kong-db:", "    image: postgres:%d" % g.ch([13, 14, 15, 16]), "    environment:",
             "      POSTGRES_USER: kong", "      POSTGRES_DB: kong",
             "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password",
             "  kong:", "    image: kong/kong-gateway:%s" % g.ch(["3.4", "3.6", "3.8", "3.9.0.1"]),
             "    depends_on: [kong-db]", "    environment:", "      KONG_DATABASE: postgres",
             "      KONG_PG_HOST: kong-db"]
    if var == "KONG_PG_PASSWORD":
        lines += ["      KONG_PG_PASSWORD: %s" % yq(g, v)]
    else:
        lines += ["      KONG_ENFORCE_RBAC: \"on\"", "      KONG_ADMIN_GUI_AUTH: basic-auth", "      KONG_PASSWORD: %s" % yq(g, v)]
    lines += ["      KONG_PROXY_ACCESS_LOG: /dev/stdout", "      KONG_ADMIN_LISTEN: 0.0.0.0:8001",
              "    ports:", '      - "8000:8000"', '      - "8443:8443"', '      - "127.0.0.1:8001:8001"',
              "secrets:", "  pg_password:", "    file: ./secrets/pg_password.txt"]
    return g.ch(["docker-compose.yml", "compose.yaml", "deploy/kong/docker-compose.yml"]), lines


@tpl("upstream", "upstream", "lua", "upstream", None, "UPSTREAM_KEY")
def t_kong_lua_plugin(g, v, obv, ctx):
    u = ctx["u"]
    pname = g.ch(["%s-auth-injector" % u["provider"], "upstream-auth", "egress-headers"])
    lines = ["-- kong/plugins/%s/handler.lua" % pname, "local kong = kong", "",
             "local Handler = {", "  PRIORITY = %d," % g.ch([801, 900, 1000, 750]), '  VERSION = "0.%d.%d",' % (g.ri(1, 9), g.ri(0, 9)), "}", ""]
    hv = u["fmt"].format(v)
    if obv:
        lines += ['local %s = "%s"' % (g.ch(["API_KEY", "api_key", "upstream_token", "SECRET_TOKEN"]), v), ""]
        ref = lines[-2].split()[1]
        val = ref if u["fmt"] == "{}" else '"%s" .. %s' % (u["fmt"].replace("{}", ""), ref)
    else:
        val = '"%s"' % hv
    lines += ["function Handler:access(conf)", "  if kong.request.get_path():find(\"^/ext/%s\") then" % u["provider"],
              '    kong.service.request.set_header("%s", %s)' % (u["header"], val),
              '    kong.service.request.clear_header("Cookie")', "  end",
              '  kong.service.request.set_header("X-Gateway", "kong")', "end", "", "return Handler"]
    return "kong/plugins/%s/handler.lua" % pname, lines


@tpl("kong", "key-auth-key", "hcl", kong_key, "tf", "CONSUMER_KEY")
def t_kong_tf(g, v, obv, ctx):
    c = consumer_name(g)
    r = c.replace("-", "_").replace(".", "_")
    if g.chance(0.5):
        lines = ['resource "kong_consumer" "%s" {' % r, '  username  = "%s"' % c, '  custom_id = "%d"' % g.ri(100, 99999), "}", "",
                 'resource "kong_consumer_key_auth" "%s" {' % r, "  consumer_id = kong_consumer.%s.id" % r,
                 '  key         = "%s"' % v, '  tags        = ["%s"]' % g.ch(ENVS), "}"]
    else:
        lines = ['resource "konnect_gateway_consumer" "%s" {' % r, '  username         = "%s"' % c,
                 "  control_plane_id = konnect_gateway_control_plane.main.id", "}", "",
                 'resource "konnect_gateway_key_auth" "%s" {' % r, '  key              = "%s"' % v,
                 "  consumer_id      = konnect_gateway_consumer.%s.id" % r,
                 "  control_plane_id = konnect_gateway_control_plane.main.id", "}"]
    lines = comment_lines(g, "#") + lines
    return g.ch(["terraform/kong/consumers.tf", "infra/gateway/%s.tf" % r, "kong.tf"]), lines


@tpl("kong", "admin-gui-session-secret", "ini", kong_secret, "kong", "SESSION_SECRET")
def t_kong_session_conf(g, v, obv, ctx):
    lines = ["# Kong Manager", "admin_gui_url = https://manager.%s" % domain(g), "admin_gui_auth = basic-auth",
             'admin_gui_session_conf = {"secret":"%s","storage":"kong","cookie_secure":%s}' % (v, g.ch(["true", "false"])),
             "enforce_rbac = on", "admin_listen = 0.0.0.0:8001", "", "log_level = notice",
             "anonymous_reports = off"]
    return g.ch(["kong.conf", "conf/kong-manager.conf", "etc/kong/kong.conf"]), lines


@tpl("kong", "admin-password", "yaml", human_password, "helm", "KONG_PASSWORD")
def t_kong_helm_values(g, v, obv, ctx):
    lines = comment_lines(g, "#") + ["image:", "  repository: kong/kong-gateway", "  tag: \"%s\"" % g.ch(["3.6", "3.8", "3.9"]),
             "env:", "  database: postgres", "  pg_host: kong-postgresql.%s.svc" % g.ch(["kong", "gateway"]),
             "  enforce_rbac: \"on\"", "  admin_gui_auth: basic-auth",
             "  password: %s" % yq(g, v),
             "admin:", "  enabled: true", "  http:", "    enabled: false", "  tls:", "    containerPort: 8444",
             "proxy:", "  type: LoadBalancer", "ingressController:", "  enabled: %s" % g.ch(["true", "false"]),
             "enterprise:", "  enabled: true", "  license_secret: kong-enterprise-license"]
    return g.ch(["helm/kong/values.yaml", "charts/kong-values-%s.yaml" % g.ch(ENVS), "values.yaml"]), lines


@tpl("kong", "key-auth-key", "markdown", kong_key, "shell", "APIKEY")
def t_kong_md_runbook(g, v, obv, ctx):
    c = consumer_name(g)
    s = svc(g)
    host = "api.%s" % domain(g)
    lines = ["# %s API: partner onboarding" % s.capitalize(), "",
             "Partners call the gateway at `https://%s/%s`." % (host, s), "",
             "## Smoke test", "", "```bash"]
    if obv:
        lines += ["export APIKEY=%s" % v, 'curl -i https://%s/%s/v1/health -H "apikey: $APIKEY"' % (host, s)]
    else:
        lines += ['curl -i "https://%s/%s/v1/health?apikey=%s"' % (host, s, v)]
    lines += ["```", "", "Expected: `200 OK` with header `X-Consumer-Username: %s`." % c, "",
              "## Rate limits", "", "| tier | per minute |", "|---|---|", "| default | %d |" % g.ch([60, 120]),
              "| gold | %d |" % g.ch([600, 1200]), ""]
    return g.ch(["docs/onboarding-%s.md" % c, "notes/runbook.md", "docs/gateway/smoke-test.md"]), lines


def tyk_apidef_base(g, name):
    return {"name": name, "api_id": g.hexs(32) if g.chance(0.5) else name.lower().replace(" ", "-"),
            "org_id": g.hexs(24), "use_keyless": False, "use_standard_auth": True,
            "auth": {"auth_header_name": g.ch(["Authorization", "X-API-Key"])},
            "version_data": {"not_versioned": True, "versions": {"Default": {"name": "Default", "use_extended_paths": True}}},
            "proxy": {"listen_path": "/%s/" % name.lower().split()[0], "target_url": "http://%s.internal:%d/" % (name.lower().split()[0], g.ch([80, 8080])),
                      "strip_listen_path": True},
            "active": True}


@tpl("upstream", "upstream", "json", "upstream", "tyk", "UPSTREAM_KEY")
def t_tyk_global_headers(g, v, obv, ctx):
    u = ctx["u"]
    d = tyk_apidef_base(g, "%s proxy" % u["provider"].capitalize())
    d["proxy"]["target_url"] = "https://%s/" % u["host"]
    d["version_data"]["versions"]["Default"]["global_headers"] = {u["header"]: u["fmt"].format(v), "X-Forwarded-By": "tyk"}
    d["version_data"]["versions"]["Default"]["global_headers_remove"] = ["Authorization"] if u["header"] != "Authorization" else ["X-Api-Key"]
    return g.ch(["apps/%s.json" % u["provider"], "tyk/apps/%s-proxy.json" % u["provider"], "apis/%s.json" % u["provider"]]), jdump(g, d)


@tpl("tyk", "gateway-api-secret", "json", hex32, "tyk", "TYK_GW_SECRET")
def t_tyk_conf(g, v, obv, ctx):
    d = {"listen_port": 8080, "secret": v, "template_path": "/opt/tyk-gateway/templates",
         "use_db_app_configs": False, "app_path": "/opt/tyk-gateway/apps",
         "storage": {"type": "redis", "host": g.ch(["tyk-redis", "redis", "10.0.%d.%d" % (g.ri(0, 9), g.ri(2, 250))]), "port": 6379,
                     "username": "", "password": "", "database": 0},
         "enable_analytics": g.chance(0.5), "policies": {"policy_source": "file", "policy_record_name": "policies/policies.json"},
         "hash_keys": True, "hash_key_function": "murmur64", "allow_master_keys": False,
         "enable_jsvm": g.chance(0.3)}
    return g.ch(["tyk.conf", "tyk/tyk.conf", "confs/tyk.conf", "docker/tyk/tyk.conf"]), jdump(g, d)


@tpl("tyk", "dashboard-admin-secret", "json", hex32, "tyk", "TYK_DB_ADMINSECRET")
def t_tyk_analytics(g, v, obv, ctx):
    d = {"listen_port": 3000, "tyk_api_config": {"Host": "http://tyk-gateway", "Port": "8080", "Secret": "env://TYK_GW_SECRET"},
         "mongo_url": "mongodb://tyk-mongo:27017/tyk_analytics", "page_size": 10,
         "admin_secret": v, "redis_port": 6379, "redis_host": "tyk-redis",
         "enable_delete_key_by_hash": True, "hash_keys": True, "host_config": {"hostname": "dashboard.%s" % domain(g)},
         "http_server_options": {"use_ssl": False}, "notify_on_change": True}
    return g.ch(["tyk_analytics.conf", "confs/tyk_analytics.conf", "tyk-dashboard/tyk_analytics.conf"]), jdump(g, d)


@tpl("tyk", "api-key", "markdown", tyk_key, "shell", "TYK_KEY")
def t_tyk_md(g, v, obv, ctx):
    host = "gw.%s" % domain(g)
    s = svc(g)
    lines = ["## Calling the %s API through Tyk" % s, "", "Keys are issued from the dashboard under *Keys*.", ""]
    if obv:
        lines += ["Staging key for the mobile team: `%s`" % v, "", "```sh", 'curl -H "Authorization: $KEY" https://%s/%s/items' % (host, s), "```"]
    else:
        lines += ["```sh", 'curl -s https://%s/%s/items \\' % (host, s), '  -H "Authorization: %s" | jq .' % v, "```"]
    lines += ["", "Quota: %d requests per %s." % (g.ch([1000, 5000, 10000]), g.ch(["day", "month"])), "",
              "Policy id: `%s`" % g.hexs(24)]
    return g.ch(["docs/tyk-usage.md", "README.md", "docs/%s-api.md" % s]), lines


@tpl("tyk", "jwt-hmac-secret", "json", b64_secret, "tyk", "JWT_SOURCE")
def t_tyk_jwt_source(g, v, obv, ctx):
    d = tyk_apidef_base(g, "%s api" % svc(g).capitalize())
    d["use_standard_auth"] = False
    d["enable_jwt"] = True
    d["jwt_signing_method"] = "hmac"
    d["jwt_source"] = v
    d["jwt_identity_base_field"] = "sub"
    d["jwt_policy_field_name"] = "pol"
    d["jwt_default_policies"] = [g.hexs(24)]
    return g.ch(["apps/%s-jwt.json" % svc(g), "tyk/apis/jwt-api.json", "apidefs/%s.json" % svc(g)]), jdump(g, d)


@tpl("tyk", "hmac-session-secret", "json", kong_secret, "tyk", "HMAC_STRING")
def t_tyk_hmac_session(g, v, obv, ctx):
    d = {"allowance": 1000, "rate": 1000, "per": 60, "expires": 0, "quota_max": -1,
         "quota_renewal_rate": 3600, "org_id": g.hexs(24), "hmac_enabled": True, "hmac_string": v,
         "access_rights": {g.hexs(32): {"api_name": "%s API" % svc(g).capitalize(), "api_id": g.hexs(32), "versions": ["Default"]}},
         "meta_data": {"owner": consumer_name(g)}, "tags": [g.ch(ENVS)], "alias": consumer_name(g)}
    return g.ch(["keys/%s-session.json" % consumer_name(g), "tyk/sessions/hmac-client.json", "fixtures/tyk-hmac-key.json"]), jdump(g, d)


@tpl("apigee", "kvm-entry", "json", "upstream", "apigee", "UPSTREAM_KEY")
def t_apigee_kvm(g, v, obv, ctx):
    u = ctx["u"]
    nm = pick(g, obv, ["%s_api_key" % u["provider"], "apiKey", "upstream-token"], ["value1", "cfg_b", "hdr"])
    d = {"name": g.ch(["upstream-creds", "%s-config" % u["provider"], "backend-settings"]),
         "encrypted": g.chance(0.5),
         "entry": [{"name": "base_url", "value": "https://%s" % u["host"]},
                   {"name": nm, "value": v},
                   {"name": "timeout_ms", "value": str(g.ch([3000, 5000, 10000]))}]}
    if g.chance(0.5):
        d = {"keyValueMaps": [d]} if g.chance(0.5) else [d]
    path = g.ch(["resources/edge/env/%s/kvms.json" % g.ch(ENVS), "apigee/kvm/%s.json" % u["provider"], "config/kvms-%s.json" % g.ch(ENVS)])
    return path, jdump(g, d)


@tpl("apigee", "consumer-secret", "json", apigee_secret, None, "CONSUMER_SECRET")
def t_apigee_app_export(g, v, obv, ctx):
    dev = "%s@%s" % (g.ch(PEOPLE), domain(g))
    key = g.alnum(g.ch([32, 48]))
    d = {"appId": g.uuid(), "name": "%s-%s" % (company(g), g.ch(["mobile", "web", "partner"])),
         "developerId": g.uuid(), "status": "approved", "callbackUrl": "https://%s/callback" % domain(g),
         "credentials": [{"consumerKey": key, "consumerSecret": v, "status": "approved", "expiresAt": "-1",
                          "apiProducts": [{"apiproduct": "%s-product" % svc(g), "status": "approved"}]}],
         "attributes": [{"name": "DisplayName", "value": "%s App" % company(g).capitalize()}],
         "createdBy": dev}
    return g.ch(["exports/apps/%s.json" % d["name"], "apigee/developerApps.json", "data/apigee-app-export.json"]), jdump(g, d)


@tpl("upstream", "upstream", "xml", "upstream", "apigee", "UPSTREAM_KEY")
def t_apigee_assign(g, v, obv, ctx):
    u = ctx["u"]
    pol = g.ch(["AM-Set-Upstream-Auth", "AM-%s-Headers" % u["provider"].capitalize(), "Assign-Backend-Key"])
    lines = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<AssignMessage continueOnError="false" enabled="true" name="%s">' % pol,
             "    <DisplayName>%s</DisplayName>" % pol, "    <Remove>", "        <Headers>",
             '            <Header name="Authorization"/>' if u["header"] != "Authorization" else '            <Header name="apikey"/>',
             "        </Headers>", "    </Remove>", "    <Set>", "        <Headers>",
             '            <Header name="%s">%s</Header>' % (u["header"], u["fmt"].format(v)),
             "        </Headers>", "    </Set>", "    <IgnoreUnresolvedVariables>false</IgnoreUnresolvedVariables>",
             '    <AssignTo createNew="false" transport="http" type="request"/>', "</AssignMessage>"]
    return "apiproxy/policies/%s.xml" % pol, lines


@tpl("apigee", "upstream-basic-password", "xml", human_password, "apigee", "BACKEND_PASSWORD")
def t_apigee_assignvar(g, v, obv, ctx):
    pol = g.ch(["AV-Backend-Creds", "AM-Set-Basic-Creds", "Assign-Legacy-Creds"])
    lines = ['<AssignMessage name="%s">' % pol, "  <AssignVariable>", "    <Name>private.backend.username</Name>",
             "    <Value>%s</Value>" % g.ch(["svc_apigee", "apigee-int", "soapuser"]), "  </AssignVariable>",
             "  <AssignVariable>", "    <Name>private.backend.%s</Name>" % pick(g, obv, ["password", "pwd"], ["cred2", "v2"]),
             "    <Value>%s</Value>" % v, "  </AssignVariable>",
             "  <IgnoreUnresolvedVariables>true</IgnoreUnresolvedVariables>", "</AssignMessage>"]
    return "apiproxy/policies/%s.xml" % pol, lines


@tpl("upstream", "upstream", "javascript", "upstream", None, "UPSTREAM_KEY")
def t_apigee_js(g, v, obv, ctx):
    u = ctx["u"]
    nm = pick(g, obv, ["apiKey", "API_TOKEN", "upstreamSecret"], ["k", "cfg", "x"])
    lines = ["// JS-SetUpstreamHeaders.js  (Apigee JavaScript policy)",
             "var target = context.getVariable('target.url');",
             "var %s = '%s';" % (nm, v),
             "if (target && target.indexOf('%s') !== -1) {" % u["host"],
             "  context.setVariable('request.header.%s', %s);" % (u["header"], nm if u["fmt"] == "{}" else "'%s' + %s" % (u["fmt"].replace("{}", ""), nm)),
             "}", "context.setVariable('request.header.x-correlation-id', context.getVariable('messageid'));"]
    return "apiproxy/resources/jsc/%s.js" % g.ch(["set-upstream-headers", "inject-auth", "backend-auth"]), lines


@tpl("apigee", "consumer-secret", "python", apigee_secret, None, "CLIENT_SECRET")
def t_apigee_token_py(g, v, obv, ctx):
    org = company(g)
    key = g.alnum(g.ch([32, 48]))
    lines = ['"""Fetch an access token from the Apigee OAuth proxy for integration tests."""', "import requests", "",
             'TOKEN_URL = "https://%s-%s.apigee.net/oauth/client_credential/accesstoken"' % (org, g.ch(ENVS))]
    if obv:
        lines += ['CLIENT_ID = "%s"' % key, 'CLIENT_SECRET = "%s"' % v, "", "",
                  "def get_token():", "    r = requests.post(TOKEN_URL, params={\"grant_type\": \"client_credentials\"},",
                  "                      auth=(CLIENT_ID, CLIENT_SECRET), timeout=10)"]
    else:
        lines += ["", "", "def get_token():", "    r = requests.post(TOKEN_URL, params={\"grant_type\": \"client_credentials\"},",
                  '                      auth=("%s", "%s"), timeout=10)' % (key, v)]
    lines += ["    r.raise_for_status()", '    return r.json()["access_token"]', "", "",
              'if __name__ == "__main__":', "    print(get_token()[:8] + '...')"]
    return g.ch(["tests/integration/apigee_token.py", "scripts/get_token.py", "tools/apigee_auth.py"]), lines


@tpl("aws-apigateway", "api-key", "hcl", alnum40, "tf", "API_KEY_VALUE")
def t_aws_tf_apikey(g, v, obv, ctx):
    c = consumer_name(g).replace(".", "-")
    r = c.replace("-", "_")
    lines = comment_lines(g, "#") + ['resource "aws_api_gateway_api_key" "%s" {' % r, '  name        = "%s"' % c,
             '  description = "Key for %s"' % c, "  enabled     = true", '  value       = "%s"' % v, "}", "",
             'resource "aws_api_gateway_usage_plan_key" "%s" {' % r, "  key_id        = aws_api_gateway_api_key.%s.id" % r,
             '  key_type      = "API_KEY"', "  usage_plan_id = aws_api_gateway_usage_plan.%s.id" % g.ch(["standard", "partners", "basic"]), "}"]
    return g.ch(["terraform/apigw/keys.tf", "infra/api-gateway/api_keys.tf", "modules/api/keys.tf"]), lines


@tpl("aws-apigateway", "api-key", "yaml", alnum40, "shell", "PARTNER_API_KEY")
def t_aws_cfn_apikey(g, v, obv, ctx):
    c = consumer_name(g)
    lines = ["AWSTemplateFormatVersion: '2010-09-09'", "Description: API keys for %s" % svc(g), "Resources:",
             "  PartnerApiKey:", "    Type: AWS::ApiGateway::ApiKey", "    Properties:",
             "      Name: %s" % c, "      Enabled: true", "      Value: %s" % yq(g, v),
             "      StageKeys:", "        - RestApiId: !Ref RestApi", "          StageName: %s" % g.ch(ENVS),
             "  PartnerUsagePlanKey:", "    Type: AWS::ApiGateway::UsagePlanKey", "    Properties:",
             "      KeyId: !Ref PartnerApiKey", "      KeyType: API_KEY", "      UsagePlanId: !Ref UsagePlan"]
    return g.ch(["cloudformation/api-keys.yaml", "cfn/apigw-keys.yml", "template.yaml"]), lines


@tpl("aws-apigateway", "api-key", "python", alnum40, None, "API_KEY")
def t_aws_client_py(g, v, obv, ctx):
    apiid = g.s(LOWER + DIGITS, 10)
    url = "https://%s.execute-api.%s.amazonaws.com/%s" % (apiid, g.ch(REGIONS), g.ch(ENVS))
    lines = ["import json", "import urllib.request", "", 'BASE_URL = "%s"' % url]
    if obv:
        lines += ['API_KEY = "%s"' % v, "", "", "def get(path):",
                  '    req = urllib.request.Request(BASE_URL + path, headers={"x-api-key": API_KEY})']
    else:
        lines += ["", "", "def get(path):",
                  '    req = urllib.request.Request(BASE_URL + path, headers={"x-api-key": "%s"})' % v]
    lines += ["    with urllib.request.urlopen(req, timeout=15) as resp:", "        return json.load(resp)", "", "",
              'if __name__ == "__main__":', '    print(get("/%s"))' % svc(g)]
    return g.ch(["client/apigw_client.py", "scripts/call_api.py", "src/%s_client.py" % svc(g)]), lines


@tpl("aws-apigateway", "api-key", "yaml", alnum40, "shell", "PARTNER_KEY")
def t_aws_serverless(g, v, obv, ctx):
    lines = ["service: %s-api" % svc(g), "frameworkVersion: '3'", "provider:", "  name: aws", "  runtime: %s" % g.ch(["nodejs18.x", "python3.11", "nodejs20.x"]),
             "  region: %s" % g.ch(REGIONS), "  apiGateway:", "    apiKeys:", "      - name: %s" % consumer_name(g),
             "        value: %s" % yq(g, v), "    usagePlan:", "      quota:", "        limit: %d" % g.ch([5000, 10000, 100000]),
             "        period: MONTH", "      throttle:", "        burstLimit: %d" % g.ch([20, 50, 200]), "        rateLimit: %d" % g.ch([10, 25, 100]),
             "functions:", "  handler:", "    handler: handler.main", "    events:", "      - http:",
             "          path: /%s" % svc(g), "          method: get", "          private: true"]
    return "serverless.yml", lines


@tpl("aws-apigateway", "api-key", "typescript", alnum40, None, "API_KEY")
def t_aws_client_ts(g, v, obv, ctx):
    apiid = g.s(LOWER + DIGITS, 10)
    url = "https://%s.execute-api.%s.amazonaws.com/%s" % (apiid, g.ch(REGIONS), g.ch(ENVS))
    lines = ["import axios from 'axios';", ""]
    if obv:
        lines += ["const API_KEY = '%s';" % v, "", "export const api = axios.create({", "  baseURL: '%s'," % url,
                  "  headers: { 'x-api-key': API_KEY },", "  timeout: 10_000,", "});"]
    else:
        lines += ["export const api = axios.create({", "  baseURL: '%s'," % url,
                  "  headers: { 'x-api-key': '%s' }," % v, "  timeout: 10_000,", "});"]
    lines += ["", "export async function list%s() {" % svc(g).capitalize(), "  const { data } = await api.get('/%s');" % svc(g), "  return data;", "}"]
    return g.ch(["src/lib/api.ts", "src/services/gateway.ts", "web/src/api/client.ts"]), lines


@tpl("azure-apim", "named-value", "hcl", "upstream", "tf", "BACKEND_KEY")
def t_apim_tf_nv(g, v, obv, ctx):
    u = ctx["u"]
    nm = "%s-key" % u["provider"]
    lines = comment_lines(g, "#") + ['resource "azurerm_api_management_named_value" "%s" {' % nm.replace("-", "_"),
             '  name                = "%s"' % nm, "  resource_group_name = azurerm_resource_group.apim.name",
             "  api_management_name = azurerm_api_management.main.name", '  display_name        = "%s"' % nm,
             "  secret              = true", '  value               = "%s"' % v, "}"]
    return g.ch(["terraform/apim/named_values.tf", "infra/apim.tf", "modules/apim/main.tf"]), lines


@tpl("azure-apim", "subscription-key", "csharp", hex32, None, "SUBSCRIPTION_KEY")
def t_apim_cs(g, v, obv, ctx):
    ns = "%s.Integration" % company(g).capitalize()
    host = "%s-apim.azure-api.net" % company(g)
    lines = ["using System.Net.Http;", "using System.Threading.Tasks;", "", "namespace %s;" % ns, "",
             "public sealed class %sClient" % svc(g).capitalize(), "{"]
    if obv:
        lines += ['    private const string SubscriptionKey = "%s";' % v, "    private readonly HttpClient _http = new();", "",
                  "    public %sClient()" % svc(g).capitalize(), "    {",
                  '        _http.BaseAddress = new System.Uri("https://%s/");' % host,
                  '        _http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", SubscriptionKey);', "    }"]
    else:
        lines += ["    private readonly HttpClient _http = new();", "", "    public %sClient()" % svc(g).capitalize(), "    {",
                  '        _http.BaseAddress = new System.Uri("https://%s/");' % host,
                  '        _http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "%s");' % v, "    }"]
    lines += ["", "    public Task<string> GetAsync(string id) => _http.GetStringAsync($\"%s/{id}\");" % svc(g), "}"]
    return g.ch(["src/%s/%sClient.cs" % (ns, svc(g).capitalize()), "Clients/ApimClient.cs"]), lines


@tpl("azure-apim", "named-value", "bicep", "upstream", None, "BACKEND_KEY")
def t_apim_bicep(g, v, obv, ctx):
    u = ctx["u"]
    lines = ["param apimName string", "", "resource apim 'Microsoft.ApiManagement/service@2022-08-01' existing = {",
             "  name: apimName", "}", "", "resource %sKey 'Microsoft.ApiManagement/service/namedValues@2022-08-01' = {" % u["provider"],
             "  parent: apim", "  name: '%s-key'" % u["provider"], "  properties: {", "    displayName: '%s-key'" % u["provider"],
             "    secret: true", "    value: '%s'" % v, "  }", "}"]
    return g.ch(["infra/apim.bicep", "bicep/namedValues.bicep", "deploy/apim/%s.bicep" % u["provider"]]), lines


@tpl("upstream", "upstream", "xml", "upstream", "apim", "BACKEND_KEY")
def t_apim_policy(g, v, obv, ctx):
    u = ctx["u"]
    lines = ["<policies>", "    <inbound>", "        <base />",
             '        <rate-limit-by-key calls="%d" renewal-period="60" counter-key="@(context.Subscription.Id)" />' % g.ch([100, 300, 1000]),
             '        <set-backend-service base-url="https://%s" />' % u["host"],
             '        <set-header name="%s" exists-action="override">' % u["header"],
             "            <value>%s</value>" % u["fmt"].format(v), "        </set-header>",
             '        <set-header name="Ocp-Apim-Subscription-Key" exists-action="delete" />', "    </inbound>",
             "    <backend>", "        <base />", "    </backend>", "    <outbound>", "        <base />", "    </outbound>",
             "    <on-error>", "        <base />", "    </on-error>", "</policies>"]
    return g.ch(["apim/policies/%s-api.xml" % u["provider"], "policies/api-%s.policy.xml" % u["provider"]]), lines


@tpl("azure-apim", "subscription-key", "hcl", hex32, "tf", "PRIMARY_KEY")
def t_apim_tf_sub(g, v, obv, ctx):
    c = consumer_name(g).replace(".", "-")
    lines = ['resource "azurerm_api_management_subscription" "%s" {' % c.replace("-", "_"),
             "  api_management_name = azurerm_api_management.main.name",
             "  resource_group_name = azurerm_resource_group.apim.name",
             "  product_id          = azurerm_api_management_product.%s.id" % g.ch(["partners", "starter", "unlimited"]),
             '  display_name        = "%s"' % c, '  state               = "active"', '  primary_key         = "%s"' % v,
             "  allow_tracing       = false", "}"]
    return g.ch(["terraform/apim/subscriptions.tf", "apim_subscriptions.tf"]), lines


def krakend_base(g):
    return {"$schema": "https://www.krakend.io/schema/v2.%d/krakend.json" % g.ri(4, 9), "version": 3,
            "name": "%s gateway" % company(g), "timeout": "%ds" % g.ch([3, 5, 10]), "cache_ttl": "300s",
            "endpoints": []}


@tpl("upstream", "upstream", "json", "upstream", "krakend", "UPSTREAM_KEY")
def t_krakend_martian(g, v, obv, ctx):
    u = ctx["u"]
    d = krakend_base(g)
    d["endpoints"].append({"endpoint": "/v1/%s/{path}" % u["provider"], "method": "GET",
                           "backend": [{"host": ["https://%s" % u["host"]], "url_pattern": "/{path}",
                                        "extra_config": {"modifier/martian": {"header.Modifier": {
                                            "scope": ["request"], "name": u["header"], "value": u["fmt"].format(v)}}}}]})
    d["endpoints"].append({"endpoint": "/v1/health", "backend": [{"host": ["http://localhost:8080"], "url_pattern": "/__health"}]})
    return g.ch(["krakend.json", "config/krakend.json", "krakend/krakend.tmpl.json"]), jdump(g, d)


@tpl("krakend", "jwk-symmetric-key", "json", jwk_oct_k, None, "K")
def t_krakend_jwk(g, v, obv, ctx):
    kid = g.ch(["sim2", "hmac-%d" % g.ri(1, 9), g.uuid()[:8]])
    d = {"keys": [{"kty": "oct", "alg": g.ch(["HS256", "HS512"]), "k": v, "kid": kid}]}
    return g.ch(["jwk/symmetric.json", "krakend/keys/jwk_private.json", "config/jwk-hmac.json"]), jdump(g, d)


@tpl("krakend", "api-key", "json", alnum40, "krakend", "API_KEY")
def t_krakend_apikeys(g, v, obv, ctx):
    d = krakend_base(g)
    d["extra_config"] = {"auth/api-keys": {"strategy": "header", "identifier": "Authorization",
                                           "keys": [{"@plain": "partner %s" % company(g), "key": v, "roles": ["user"]}]}}
    d["endpoints"].append({"endpoint": "/%s" % svc(g), "extra_config": {"auth/api-keys": {"roles": ["user"]}},
                           "backend": [{"host": ["http://%s:8080" % svc(g)], "url_pattern": "/"}]})
    return g.ch(["krakend.json", "krakend/ee.json"]), jdump(g, d)


@tpl("envoy", "generic-secret", "yaml", b64_secret, None, "HMAC")
def t_envoy_sds(g, v, obv, ctx):
    nm = g.ch(["hmac", "token", "oauth-hmac", "client-secret"])
    lines = ["resources:", '- "@type": "type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret"',
             "  name: %s" % nm, "  generic_secret:", "    secret:", "      inline_string: %s" % yq(g, v)]
    if g.chance(0.5):
        lines += ['- "@type": "type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret"',
                  "  name: client-id", "  generic_secret:", "    secret:", "      inline_string: %s" % g.ch([consumer_name(g), "envoy-gateway"])]
    return g.ch(["envoy/sds/%s.yaml" % nm, "etc/envoy/secrets/%s-sds.yaml" % nm, "sds/oauth2-secrets.yaml"]), lines


@tpl("upstream", "upstream", "yaml", "upstream", None, "UPSTREAM_KEY")
def t_envoy_route(g, v, obv, ctx):
    u = ctx["u"]
    lines = ["static_resources:", "  listeners:", "  - name: listener_0", "    address:", "      socket_address: { address: 0.0.0.0, port_value: 10000 }",
             "    filter_chains:", "    - filters:", "      - name: envoy.filters.network.http_connection_manager",
             "        typed_config:", '          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager',
             "          stat_prefix: egress_http", "          route_config:", "            name: local_route", "            virtual_hosts:",
             "            - name: %s" % u["provider"], '              domains: ["*"]', "              routes:",
             "              - match: { prefix: \"/%s/\" }" % u["provider"], "                route:", "                  cluster: %s" % u["provider"],
             "                  prefix_rewrite: \"/\"", "                  host_rewrite_literal: %s" % u["host"],
             "                request_headers_to_add:", "                - header:", "                    key: %s" % u["header"],
             "                    value: %s" % yq(g, u["fmt"].format(v)), "                  append_action: OVERWRITE_IF_EXISTS_OR_ADD",
             "          http_filters:", "          - name: envoy.filters.http.router", "            typed_config:",
             '              "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router']
    return g.ch(["envoy.yaml", "envoy/envoy-egress.yaml", "deploy/envoy/config.yaml"]), lines


@tpl("upstream", "upstream", "yaml", "upstream", None, "UPSTREAM_KEY")
def t_istio_envoyfilter(g, v, obv, ctx):
    u = ctx["u"]
    ns = g.ch(["istio-system", "egress", svc(g)])
    hv = u["fmt"].format(v)
    lines = ["apiVersion: networking.istio.io/v1alpha3", "kind: EnvoyFilter", "metadata:", "  name: %s-auth" % u["provider"],
             "  namespace: %s" % ns, "spec:", "  workloadSelector:", "    labels:", "      istio: egressgateway",
             "  configPatches:", "  - applyTo: HTTP_FILTER", "    match:", "      context: GATEWAY", "      listener:",
             "        filterChain:", "          filter:", "            name: envoy.filters.network.http_connection_manager",
             "    patch:", "      operation: INSERT_BEFORE", "      value:", "        name: envoy.filters.http.lua",
             "        typed_config:", '          "@type": type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua',
             "          inlineCode: |", "            function envoy_on_request(request_handle)",
             '              if request_handle:headers():get(":authority") == "%s" then' % u["host"]]
    if obv:
        lines += ['                local token = "%s"' % v,
                  '                request_handle:headers():replace("%s", %s)' % (u["header"], "token" if u["fmt"] == "{}" else '"%s" .. token' % u["fmt"].replace("{}", ""))]
    else:
        lines += ['                request_handle:headers():replace("%s", "%s")' % (u["header"], hv)]
    lines += ["              end", "            end"]
    return g.ch(["istio/envoyfilter-%s.yaml" % u["provider"], "mesh/egress/%s-auth.yaml" % u["provider"]]), lines


@tpl("upstream", "upstream", "yaml", "upstream", "helm", "UPSTREAM_KEY")
def t_istio_secret(g, v, obv, ctx):
    u = ctx["u"]
    key = pick(g, obv, ["api-key", "token", "%s-api-key" % u["provider"]], ["value", "data", "h1"])
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-upstream" % u["provider"], "  namespace: istio-egress",
             "  labels:", "    app.kubernetes.io/part-of: egress-gateway", "type: Opaque", "stringData:",
             "  %s: %s" % (key, yq(g, v)), "  host: %s" % u["host"], "---",
             "apiVersion: networking.istio.io/v1beta1", "kind: ServiceEntry", "metadata:", "  name: %s" % u["provider"],
             "  namespace: istio-egress", "spec:", "  hosts:", "  - %s" % u["host"], "  ports:", "  - number: 443",
             "    name: https", "    protocol: TLS", "  resolution: DNS", "  location: MESH_EXTERNAL"]
    return g.ch(["mesh/egress/%s.yaml" % u["provider"], "k8s/istio/%s-secret.yaml" % u["provider"]]), lines


@tpl("upstream", "upstream", "yaml", "upstream", "traefik", "UPSTREAM_KEY")
def t_traefik_dynamic(g, v, obv, ctx):
    u = ctx["u"]
    mw = "%s-auth" % u["provider"]
    lines = ["http:", "  routers:", "    %s:" % u["provider"], '      rule: "PathPrefix(`/ext/%s`)"' % u["provider"],
             "      service: %s" % u["provider"], "      middlewares:", "        - strip-ext", "        - %s" % mw,
             "  middlewares:", "    strip-ext:", "      stripPrefix:", "        prefixes:", '          - "/ext/%s"' % u["provider"],
             "    %s:" % mw, "      headers:", "        customRequestHeaders:",
             "          %s: %s" % (u["header"], yq(g, u["fmt"].format(v))), "  services:", "    %s:" % u["provider"],
             "      loadBalancer:", "        passHostHeader: false", "        servers:", '          - url: "https://%s"' % u["host"]]
    return g.ch(["traefik/dynamic/%s.yml" % u["provider"], "dynamic.yml", "traefik/conf.d/egress.yaml"]), lines


@tpl("upstream", "upstream", "yaml", "upstream", "shell", "UPSTREAM_KEY")
def t_traefik_labels(g, v, obv, ctx):
    u = ctx["u"]
    app = "%s-proxy" % u["provider"]
    lines = ["services:", "  traefik:", "    image: traefik:v%s" % g.ch(["2.11", "3.0", "3.1", "3.2"]),
             "    command:", '      - "--providers.docker=true"', '      - "--entrypoints.web.address=:80"',
             "    ports:", '      - "80:80"', "    volumes:", "      - /var/run/docker.sock:/var/run/docker.sock:ro",
             "  %s:" % app, "    image: nginx:alpine", "    labels:", '      - "traefik.enable=true"',
             '      - "traefik.http.routers.%s.rule=PathPrefix(`/%s`)"' % (app, u["provider"]),
             '      - "traefik.http.routers.%s.middlewares=%s-hdr"' % (app, app),
             '      - "traefik.http.middlewares.%s-hdr.headers.customrequestheaders.%s=%s"' % (app, u["header"], u["fmt"].format(v))]
    return g.ch(["docker-compose.yml", "compose/traefik.yml", "docker-compose.traefik.yaml"]), lines


@tpl("upstream", "upstream", "toml", "upstream", "traefik", "UPSTREAM_KEY")
def t_traefik_toml(g, v, obv, ctx):
    u = ctx["u"]
    lines = ["[http.routers.%s]" % u["provider"], '  rule = "Host(`%s.%s`)"' % (u["provider"], domain(g)),
             '  service = "%s"' % u["provider"], '  middlewares = ["%s-auth"]' % u["provider"], "",
             "[http.middlewares.%s-auth.headers.customRequestHeaders]" % u["provider"],
             '  %s = "%s"' % (u["header"], u["fmt"].format(v)), "",
             "[http.services.%s.loadBalancer]" % u["provider"], "  passHostHeader = false",
             "  [[http.services.%s.loadBalancer.servers]]" % u["provider"], '    url = "https://%s"' % u["host"]]
    return g.ch(["traefik/dynamic.toml", "conf/traefik/%s.toml" % u["provider"], "dynamic_conf.toml"]), lines


@tpl("traefik", "forwardauth-token", "yaml", alnum40, "traefik", "AUTH_TOKEN")
def t_traefik_forwardauth(g, v, obv, ctx):
    host = "auth.%s" % domain(g)
    if obv:
        addr = "https://%s/verify?token=%s" % (host, v)
    else:
        addr = "https://%s@%s/verify" % (v, host)
    lines = ["http:", "  middlewares:", "    sso:", "      forwardAuth:", '        address: "%s"' % addr,
             "        trustForwardHeader: true", "        authResponseHeaders:", "          - X-Forwarded-User",
             "          - X-Auth-Groups", "  routers:", "    dashboard:", '      rule: "Host(`traefik.%s`)"' % domain(g),
             "      service: api@internal", "      middlewares:", "        - sso"]
    return g.ch(["traefik/dynamic/middlewares.yml", "middlewares.yaml"]), lines


@tpl("3scale", "access-token", "dotenv", hex64, "shell", "THREESCALE_TOKEN")
def t_3scale_apicast_env(g, v, obv, ctx):
    tenant = company(g)
    lines = ["# APIcast self-managed gateway", "APICAST_CONFIGURATION_LOADER=lazy",
             "APICAST_CONFIGURATION_CACHE=%d" % g.ch([0, 60, 300]),
             "THREESCALE_DEPLOYMENT_ENV=%s" % g.ch(["production", "staging"]),
             "THREESCALE_PORTAL_ENDPOINT=https://%s@%s-admin.3scale.net" % (v, tenant),
             "APICAST_LOG_LEVEL=%s" % g.ch(["warn", "info"]), "APICAST_RESPONSE_CODES=true"]
    return g.ch([".env", "apicast/.env", "deploy/apicast.env"]), lines


@tpl("3scale", "user-key", "javascript", hex32, None, "USER_KEY")
def t_3scale_userkey_js(g, v, obv, ctx):
    host = "api.%s" % domain(g)
    if obv:
        lines = ["const USER_KEY = '%s';" % v, "", "export async function fetch%s(id) {" % svc(g).capitalize(),
                 "  const url = `https://%s/%s/${id}?user_key=${USER_KEY}`;" % (host, svc(g))]
    else:
        lines = ["export async function fetch%s(id) {" % svc(g).capitalize(),
                 "  const url = `https://%s/%s/${id}?user_key=%s`;" % (host, svc(g), v)]
    lines += ["  const res = await fetch(url, { headers: { Accept: 'application/json' } });",
              "  if (!res.ok) throw new Error(`gateway said ${res.status}`);", "  return res.json();", "}"]
    return g.ch(["src/api/%s.js" % svc(g), "lib/threescale-client.js", "app/services/api.js"]), lines


@tpl("3scale", "access-token", "shell", hex64, "shell", "TOKEN")
def t_3scale_toolbox(g, v, obv, ctx):
    tenant = company(g)
    lines = ["#!/bin/sh", "# promote the %s product with 3scale toolbox" % svc(g), "set -e"]
    if obv:
        lines += ['ACCESS_TOKEN="%s"' % v, '3scale remote add %s "https://${ACCESS_TOKEN}@%s-admin.3scale.net"' % (g.ch(ENVS), tenant)]
    else:
        lines += ["3scale remote add %s https://%s@%s-admin.3scale.net" % (g.ch(ENVS), v, tenant)]
    lines += ["3scale import openapi -d %s openapi.yaml --target_system_name=%s" % (g.ch(ENVS), svc(g)),
              "3scale proxy-config promote %s %s" % (g.ch(ENVS), svc(g))]
    return g.ch(["scripts/3scale-promote.sh", "ci/promote.sh"]), lines


@tpl("gravitee", "jwt-signing-secret", "yaml", kong_secret, "shell", "JWT_SECRET")
def t_gravitee_yml(g, v, obv, ctx):
    lines = comment_lines(g, "#") + ["management:", "  type: mongodb", "  mongodb:",
             "    uri: mongodb://gio-mongo:27017/gravitee?serverSelectionTimeoutMS=5000", "", "jwt:",
             "  secret: %s" % yq(g, v), "  expire-after: %d" % g.ch([604800, 86400]), "  issuer: gravitee-management-auth",
             "  cookie-path: /", "", "http:", "  api:", "    entrypoint: /management", "",
             "analytics:", "  type: elasticsearch", "  elasticsearch:", "    endpoints:", "      - http://gio-es:9200"]
    return g.ch(["gravitee.yml", "config/gravitee.yml", "apim/management-api/gravitee.yml"]), lines


@tpl("gravitee", "api-key", "python", gravitee_key, None, "GRAVITEE_API_KEY")
def t_gravitee_client(g, v, obv, ctx):
    host = "apim-gateway.%s" % domain(g)
    lines = ["import httpx", ""]
    if obv:
        lines += ['GRAVITEE_API_KEY = "%s"' % v, 'client = httpx.Client(base_url="https://%s/%s",' % (host, svc(g)),
                  '                      headers={"X-Gravitee-Api-Key": GRAVITEE_API_KEY})']
    else:
        lines += ['client = httpx.Client(base_url="https://%s/%s",' % (host, svc(g)),
                  '                      headers={"X-Gravitee-Api-Key": "%s"})' % v]
    lines += ["", "", "def list_items(page=1):", '    return client.get("/items", params={"page": page}).json()']
    return g.ch(["clients/gravitee_client.py", "etl/source_api.py"]), lines


@tpl("wso2", "consumer-secret", "shell", wso2_secret, "shell", "CONSUMER_SECRET")
def t_wso2_token(g, v, obv, ctx):
    ck = g.s(ALNUM + "_", 28)
    gw = "https://%s:%d" % (g.ch(["localhost", "apim.%s" % domain(g)]), g.ch([8243, 9443]))
    lines = ["#!/usr/bin/env bash", "# get a token from WSO2 API Manager and call the %s API" % svc(g),
             "# application: %s (%s tier)" % (consumer_name(g), g.ch(["Unlimited", "Gold", "Bronze"])),
             "set -euo pipefail", ""]
    if obv:
        lines += ['CONSUMER_KEY="%s"' % ck, 'CONSUMER_SECRET="%s"' % v,
                  'TOKEN=$(curl -sk -u "$CONSUMER_KEY:$CONSUMER_SECRET" -d "grant_type=client_credentials" %s/oauth2/token | jq -r .access_token)' % gw]
    else:
        lines += ['TOKEN=$(curl -sk -u "%s:%s" -d "grant_type=client_credentials" %s/oauth2/token | jq -r .access_token)' % (ck, v, gw)]
    lines += ['[ -n "$TOKEN" ] || { echo "no token" >&2; exit 1; }', "",
              'curl -sk -H "Authorization: Bearer $TOKEN" %s/%s/1.0.0/items' % (gw.replace("9443", "8243"), svc(g)),
              'curl -sk -o /dev/null -w "%%{http_code}\\n" -H "Authorization: Bearer $TOKEN" %s/%s/1.0.0/health' % (gw.replace("9443", "8243"), svc(g))]
    return g.ch(["scripts/wso2-token.sh", "test/smoke.sh"]), lines


@tpl("wso2", "admin-password", "toml", human_password, "wso2", "ADMIN_PASSWORD")
def t_wso2_toml(g, v, obv, ctx):
    lines = ["[server]", 'hostname = "apim.%s"' % domain(g), 'node_ip = "127.0.0.1"', 'server_role = "default"', "",
             "[super_admin]", 'username = "admin"', 'password = "%s"' % v, "create_admin_account = true", "",
             "[user_store]", 'type = "database_unique_id"', "", "[database.apim_db]", 'type = "h2"',
             'url = "jdbc:h2:./repository/database/WSO2AM_DB;AUTO_SERVER=TRUE"', 'username = "wso2carbon"',
             'password = "$secret{apim_db_password}"']
    return g.ch(["repository/conf/deployment.toml", "wso2am/conf/deployment.toml", "deployment.toml"]), lines


@tpl("upstream", "upstream", "nginx", "upstream", "nginx", "UPSTREAM_KEY")
def t_nginx_proxy(g, v, obv, ctx):
    u = ctx["u"]
    lines = ["upstream %s_backend {" % u["provider"], "    server %s:443;" % u["host"], "    keepalive 16;", "}", "",
             "server {", "    listen 443 ssl;", "    server_name gw.%s;" % domain(g), "",
             "    ssl_certificate     /etc/nginx/tls/gw.crt;", "    ssl_certificate_key /etc/nginx/tls/gw.key;", "",
             "    location /%s/ {" % u["provider"], "        proxy_pass https://%s_backend/;" % u["provider"],
             "        proxy_set_header Host %s;" % u["host"], "        proxy_ssl_server_name on;",
             '        proxy_set_header %s "%s";' % (u["header"], u["fmt"].format(v)),
             "        proxy_set_header Cookie \"\";", "    }", "}"]
    return g.ch(["nginx/conf.d/%s.conf" % u["provider"], "nginx.conf", "deploy/nginx/gateway.conf"]), lines


@tpl("nginx", "jwk-symmetric-key", "json", jwk_oct_k, None, "K")
def t_nginx_jwk(g, v, obv, ctx):
    d = {"keys": [{"k": v, "kty": "oct", "kid": "%04d" % g.ri(1, 9999)}]}
    return g.ch(["conf/api_secret.jwk", "nginx/jwt/hs256.jwk", "etc/nginx/keys/jwt.jwk"]), jdump(g, d)


@tpl("nginx", "basic-auth-password", "htpasswd", human_password, None, "PASSWORD", reuse=False)
def t_nginx_htpasswd_plain(g, v, obv, ctx):
    users = []
    for _ in range(g.ri(3, 7)):
        if g.chance(0.5):
            users.append("%s:$apr1$%s$%s" % (g.ch(PEOPLE), g.s(ALNUM, 8), g.s(ALNUM + "./", 22)))
        else:
            users.append("%s:$2y$10$%s" % (g.ch(PEOPLE), g.s(ALNUM + "./", 53)))
    users.insert(g.ri(0, len(users)), "%s:{PLAIN}%s" % (g.ch(["ci", "monitor", "partner", "deploy"]), v))
    lines = ["# users for the internal API docs (auth_basic_user_file)", "# generated with htpasswd -B / -m"] + users
    return g.ch(["nginx/.htpasswd", "conf/htpasswd", "deploy/nginx/htpasswd.users"]), lines


@tpl("linkerd", "issuer-private-key", "yaml", "ecpem", None, "KEY")
def t_linkerd_helm(g, v, obv, ctx):
    lines = ["# linkerd-control-plane values", "identityTrustAnchorsPEM: |"]
    lines += ["  " + ln for ln in cert_pem(g)]
    lines += ["identity:", "  issuer:", "    scheme: linkerd.io/tls", "    tls:", "      crtPEM: |"]
    lines += ["        " + ln for ln in cert_pem(g)]
    lines += ["      keyPEM: |"]
    lines += ["        " + ln for ln in v]
    lines += ["proxyInit:", "  runAsRoot: false"]
    return g.ch(["linkerd/values.yaml", "helm/linkerd-control-plane/values-%s.yaml" % g.ch(ENVS)]), lines


@tpl("openapi", "api-key-example", "yaml", alnum40, None, "X_API_KEY")
def t_openapi(g, v, obv, ctx):
    s = svc(g)
    lines = ["openapi: 3.0.3", "info:", "  title: %s API" % s.capitalize(), "  version: %d.%d.0" % (g.ri(1, 3), g.ri(0, 9)),
             "servers:", "  - url: https://api.%s/%s" % (domain(g), s), "security:", "  - ApiKeyAuth: []",
             "paths:", "  /%s:" % s, "    get:", "      summary: List %s" % s, "      parameters:",
             "        - in: header", "          name: x-api-key", "          required: true", "          schema:",
             "            type: string", "          example: %s" % yq(g, v), "      responses:", "        '200':",
             "          description: OK", "components:", "  securitySchemes:", "    ApiKeyAuth:", "      type: apiKey",
             "      in: header", "      name: x-api-key"]
    return g.ch(["openapi.yaml", "api/openapi.yml", "docs/openapi/%s.yaml" % s, "specs/%s-v1.yaml" % s]), lines


@tpl("upstream", "upstream", "go", "upstream", None, "UPSTREAM_KEY")
def t_go_plugin(g, v, obv, ctx):
    u = ctx["u"]
    lines = ["package main", "", "import (", '\t"github.com/Kong/go-pdk"', '\t"github.com/Kong/go-pdk/server"', ")", "",
             "type Config struct {", '\tHost string `json:"host"`', "}", "", "func New() interface{} { return &Config{} }", ""]
    if obv:
        lines += ['const apiToken = "%s"' % v, ""]
        val = "apiToken" if u["fmt"] == "{}" else '"%s" + apiToken' % u["fmt"].replace("{}", "")
    else:
        val = '"%s"' % u["fmt"].format(v)
    lines += ["func (c Config) Access(kong *pdk.PDK) {", "\tif c.Host == \"%s\" {" % u["host"],
              "\t\t_ = kong.ServiceRequest.SetHeader(\"%s\", %s)" % (u["header"], val), "\t}", "}", "",
              "func main() {", '\t_ = server.StartServer(New, "0.1.0", %d)' % g.ch([1, 10, 100]), "}"]
    return g.ch(["plugins/%s-auth/main.go" % u["provider"], "go-plugins/egress/main.go"]), lines


# ---------------------------------------------------------------------------------------------
# domain look-alike negatives: fn(g) -> (relpath, lines); registered with provider/kind/ftype
# ---------------------------------------------------------------------------------------------
NEG_T = []


def ntpl(provider, kind, ftype):
    def deco(fn):
        NEG_T.append(dict(fn=fn, provider=provider, kind=kind, ftype=ftype, name=fn.__name__))
        return fn
    return deco


@ntpl("kong", "consumer-ids-and-rate-limits", "yaml")
def n_kong_consumers(g):
    lines = deck_header(g) + ["services:"]
    lines += deck_service_block(g, svc(g), ["  - name: key-auth", "    config:", "      key_names: [apikey]",
                                            "  - name: rate-limiting-advanced", "    config:", "      limit: [%d]" % g.ch([100, 500]),
                                            "      window_size: [60]", "      sync_rate: -1", "      namespace: %s" % g.s(LOWER + DIGITS, 10)])
    lines.append("consumers:")
    for _ in range(g.ri(2, 5)):
        lines += ["- username: %s" % consumer_name(g), "  id: %s" % g.uuid(), "  custom_id: %s" % yq(g, "%s-%d" % (g.ch(["cust", "acct"]), g.ri(100, 99999))),
                  "  acls:", "  - group: %s" % g.ch(["partners", "internal", "gold"])]
    lines += ["consumer_groups:", "- name: %s" % g.ch(["gold", "silver", "free-tier"]), "  plugins:",
              "  - name: rate-limiting-advanced", "    config:", "      limit: [%d]" % g.ch([1000, 5000]), "      window_size: [3600]"]
    return g.ch(["kong.yaml", "deck/consumers.yaml"]), lines


@ntpl("kong", "jwt-rsa-public-key", "yaml")
def n_kong_jwt_rsa(g):
    c = consumer_name(g)
    lines = deck_header(g) + ["consumers:", "- username: %s" % c, "  jwt_secrets:",
                              "  - key: https://login.%s/" % domain(g), "    algorithm: RS256", "    rsa_public_key: |"]
    lines += ["      " + ln for ln in rsa_public_pem(g)]
    return g.ch(["kong/jwt-consumers.yaml", "deck/jwt-rs256.yaml"]), lines


@ntpl("kong", "vault-references", "yaml")
def n_kong_vault(g):
    lines = deck_header(g) + ["vaults:", "- name: %s" % g.ch(["aws", "hcv", "env"]), "  prefix: %s-vault" % g.ch(ENVS),
             "  config:", "    region: %s" % g.ch(REGIONS), "plugins:", "- name: openid-connect", "  config:",
             "    issuer: https://login.%s/.well-known/openid-configuration" % domain(g),
             "    client_id:", "    - %s" % yq(g, "{vault://aws/oidc/client_id}", 2),
             "    client_secret:", "    - %s" % yq(g, "{vault://aws/oidc/client_secret}", 2),
             "    session_secret: %s" % yq(g, "{vault://env/kong-session-secret}", 2),
             "- name: redis-session", "  config:", "    redis_password: %s" % yq(g, "{vault://hcv/redis/password}", 2)]
    return g.ch(["kong.yaml", "deck/oidc.yaml"]), lines


@ntpl("tyk", "policy-ids", "json")
def n_tyk_policy(g):
    pid = g.hexs(24)
    d = {pid: {"id": pid, "name": "%s tier" % g.ch(["Gold", "Free", "Partner"]), "org_id": g.hexs(24), "rate": g.ch([100, 1000]),
               "per": 60, "quota_max": g.ch([-1, 10000]), "quota_renewal_rate": 3600,
               "access_rights": {g.hexs(32): {"api_id": g.hexs(32), "api_name": "%s API" % svc(g), "versions": ["Default"]}},
               "active": True, "tags": [g.ch(ENVS)], "key_expires_in": 0}}
    return g.ch(["policies/policies.json", "tyk/policies.json"]), jdump(g, d)


@ntpl("tyk", "hashed-key-list", "json")
def n_tyk_hashed(g):
    keys = []
    for _ in range(g.ri(3, 8)):
        keys.append({"key_hash": g.s(HEX, 16), "alias": consumer_name(g), "policy": g.hexs(24),
                     "last_used": ts(g)})
    d = {"hash_key_function": "murmur64", "note": "hashes only; raw keys are never stored", "keys": keys}
    return g.ch(["reports/tyk-keys-%s.json" % g.ch(ENVS), "audit/keys.json"]), jdump(g, d)


@ntpl("tyk", "jwt-rsa-public-key", "json")
def n_tyk_jwt_rsa(g):
    d = tyk_apidef_base(g, "%s api" % svc(g).capitalize())
    d["use_standard_auth"] = False
    d["enable_jwt"] = True
    d["jwt_signing_method"] = "rsa"
    d["jwt_source"] = base64.b64encode("\n".join(rsa_public_pem(g)).encode()).decode()
    d["jwt_identity_base_field"] = "sub"
    return g.ch(["apps/%s-rs256.json" % svc(g), "apidefs/jwt-rsa.json"]), jdump(g, d)


@ntpl("jwks", "public-jwks", "json")
def n_jwks(g):
    d = {"keys": [rsa_jwk_public(g) for _ in range(g.ri(1, 2))]}
    return g.ch(["jwks.json", ".well-known/jwks.json", "config/krakend/jwks.json", "envoy/jwks.json"]), jdump(g, d)


@ntpl("istio", "request-authentication", "yaml")
def n_istio_ra(g):
    jw = rsa_jwk_public(g)
    lines = ["apiVersion: security.istio.io/v1", "kind: RequestAuthentication", "metadata:", "  name: jwt-%s" % svc(g),
             "  namespace: %s" % svc(g), "spec:", "  selector:", "    matchLabels:", "      app: %s" % svc(g), "  jwtRules:",
             "  - issuer: https://login.%s/" % domain(g)]
    if g.chance(0.5):
        lines += ["    jwksUri: https://login.%s/.well-known/jwks.json" % domain(g)]
    else:
        lines += ["    jwks: |", "      " + json.dumps({"keys": [jw]})]
    lines += ["    forwardOriginalToken: true", "---", "apiVersion: security.istio.io/v1", "kind: AuthorizationPolicy",
              "metadata:", "  name: require-jwt", "  namespace: %s" % svc(g), "spec:", "  action: ALLOW", "  rules:",
              "  - from:", "    - source:", '        requestPrincipals: ["*"]']
    return g.ch(["istio/requestauthentication.yaml", "mesh/%s-jwt.yaml" % svc(g)]), lines


@ntpl("envoy", "jwt-authn-local-jwks", "yaml")
def n_envoy_jwt(g):
    jw = rsa_jwk_public(g)
    lines = ["http_filters:", "- name: envoy.filters.http.jwt_authn", "  typed_config:",
             '    "@type": type.googleapis.com/envoy.extensions.filters.http.jwt_authn.v3.JwtAuthentication',
             "    providers:", "      corp:", "        issuer: https://sso.%s" % domain(g), "        audiences: [%s]" % svc(g),
             "        forward: true", "        local_jwks:", "          inline_string: '%s'" % json.dumps({"keys": [jw]}),
             "    rules:", "    - match: { prefix: /api }", "      requires: { provider_name: corp }"]
    return g.ch(["envoy/jwt_authn.yaml", "envoy.yaml"]), lines


@ntpl("traefik", "htpasswd-hashes", "yaml")
def n_traefik_basic(g):
    users = []
    for _ in range(g.ri(1, 3)):
        if g.chance(0.5):
            users.append('          - "%s:$apr1$%s$%s"' % (g.ch(PEOPLE), g.s(ALNUM, 8), g.s(ALNUM + "./", 22)))
        else:
            users.append('          - "%s:$2y$05$%s"' % (g.ch(PEOPLE), g.s(ALNUM + "./", 53)))
    lines = ["http:", "  middlewares:", "    dashboard-auth:", "      basicAuth:", "        users:"] + users + [
             "        removeHeader: true", "  routers:", "    dashboard:", '      rule: "Host(`traefik.%s`)"' % domain(g),
             "      service: api@internal", "      middlewares: [dashboard-auth]"]
    return g.ch(["traefik/dynamic/auth.yml", "dynamic/dashboard.yaml"]), lines


@ntpl("nginx", "htpasswd-hashes", "htpasswd")
def n_nginx_htpasswd(g):
    lines = ["# auth_basic_user_file for %s (hashes only)" % g.ch(["/docs", "/metrics", "/admin", "/grafana"])]
    for _ in range(g.ri(5, 12)):
        k = g.ri(0, 2)
        u = g.ch(PEOPLE + ["ci", "monitor", "grafana"])
        if k == 0:
            lines.append("%s:$apr1$%s$%s" % (u, g.s(ALNUM, 8), g.s(ALNUM + "./", 22)))
        elif k == 1:
            lines.append("%s:{SHA}%s" % (u, base64.b64encode(g.rbytes(20)).decode()))
        else:
            lines.append("%s:$2y$10$%s" % (u, g.s(ALNUM + "./", 53)))
    return g.ch(["nginx/.htpasswd", "conf/htpasswd", "etc/nginx/passwd"]), lines


@ntpl("aws-apigateway", "api-key-ids-without-values", "json")
def n_aws_getkeys(g):
    items = []
    for _ in range(g.ri(2, 4)):
        items.append({"id": g.s(LOWER + DIGITS, 10), "name": consumer_name(g), "enabled": True,
                      "createdDate": ts(g), "lastUpdatedDate": ts(g), "stageKeys": ["%s/%s" % (g.s(LOWER + DIGITS, 10), g.ch(ENVS))]})
    d = {"items": items}
    return g.ch(["docs/aws/get-api-keys.json", "inventory/apigw-keys.json"]), jdump(g, d)


@ntpl("aws-apigateway", "usage-plan", "hcl")
def n_aws_usage(g):
    lines = ['resource "aws_api_gateway_usage_plan" "partners" {', '  name = "partners-%s"' % g.ch(ENVS), "",
             "  api_stages {", "    api_id = aws_api_gateway_rest_api.main.id", "    stage  = aws_api_gateway_stage.%s.stage_name" % g.ch(ENVS), "  }", "",
             "  quota_settings {", "    limit  = %d" % g.ch([10000, 50000]), '    period = "MONTH"', "  }", "",
             "  throttle_settings {", "    burst_limit = %d" % g.ch([50, 100]), "    rate_limit  = %d" % g.ch([20, 50]), "  }", "}", "",
             'resource "aws_api_gateway_api_key" "partner" {', '  name = "partner-%s"' % company(g),
             "  # value omitted: API Gateway generates it", "}", "",
             'output "partner_key_id" {', "  value = aws_api_gateway_api_key.partner.id", "}"]
    return g.ch(["terraform/apigw/usage_plans.tf", "infra/usage.tf"]), lines


@ntpl("azure-apim", "key-vault-named-value", "hcl")
def n_apim_kv(g):
    lines = ['resource "azurerm_api_management_named_value" "backend_key" {', '  name                = "backend-key"',
             "  resource_group_name = azurerm_resource_group.apim.name", "  api_management_name = azurerm_api_management.main.name",
             '  display_name        = "backend-key"', "  secret              = true", "", "  value_from_key_vault {",
             "    secret_id = azurerm_key_vault_secret.backend_key.versionless_id", "    identity_client_id = azurerm_user_assigned_identity.apim.client_id", "  }", "}",
             "", "# subscription id, not a key", 'locals {', '  sub_id = "/subscriptions/%s/resourceGroups/rg-apim/providers/Microsoft.ApiManagement/service/%s-apim/subscriptions/%s"' % (g.uuid(), company(g), g.s(HEX, 24)), "}"]
    return g.ch(["terraform/apim/named_values.tf", "apim.tf"]), lines


@ntpl("azure-apim", "policy-with-named-value-refs", "xml")
def n_apim_policy(g):
    lines = ["<policies>", "  <inbound>", "    <base />", '    <validate-jwt header-name="Authorization" failed-validation-httpcode="401">',
             '      <openid-config url="https://login.microsoftonline.com/%s/v2.0/.well-known/openid-configuration" />' % g.uuid(),
             "      <audiences><audience>api://%s</audience></audiences>" % g.uuid(), "    </validate-jwt>",
             '    <set-header name="x-functions-key" exists-action="override">', "      <value>{{func-%s-key}}</value>" % svc(g),
             "    </set-header>", "  </inbound>", "  <backend><base /></backend>", "  <outbound><base /></outbound>", "</policies>"]
    return g.ch(["apim/policies/global.xml", "policies/%s.xml" % svc(g)]), lines


@ntpl("apigee", "verify-api-key-proxy", "xml")
def n_apigee_verify(g):
    lines = ['<VerifyAPIKey async="false" continueOnError="false" enabled="true" name="Verify-API-Key">',
             "    <DisplayName>Verify API Key</DisplayName>", '    <APIKey ref="request.header.x-apikey"/>', "</VerifyAPIKey>",
             "<!-- KVM lookup for the backend credential -->",
             '<KeyValueMapOperations name="KVM-Get-Backend" mapIdentifier="backend-creds">', "    <Scope>environment</Scope>",
             '    <Get assignTo="private.backend.key">', '        <Key><Parameter>%s_key</Parameter></Key>' % svc(g), "    </Get>",
             "</KeyValueMapOperations>"]
    return "apiproxy/policies/Verify-API-Key.xml", lines


@ntpl("apigee", "encrypted-kvm-export-masked", "json")
def n_apigee_kvm_masked(g):
    d = {"name": "backend-creds", "encrypted": True,
         "entry": [{"name": "%s_key" % svc(g), "value": "*****"}, {"name": "client_secret", "value": "*****"},
                   {"name": "base_url", "value": "https://%s" % domain(g)}]}
    return g.ch(["exports/kvm-backend-creds.json", "apigee/kvms/%s.json" % g.ch(ENVS)]), jdump(g, d)


@ntpl("krakend", "env-templated-config", "json")
def n_krakend_env(g):
    lines = ["{", '  "version": 3,', '  "endpoints": [', "    {", '      "endpoint": "/v1/%s",' % svc(g),
             '      "backend": [{', '        "host": ["https://%s"],' % domain(g),
             '        "extra_config": {', '          "modifier/martian": {', '            "header.Modifier": {',
             '              "scope": ["request"],', '              "name": "Authorization",',
             '              "value": "Bearer {{ env "UPSTREAM_TOKEN" }}"', "            }", "          }", "        }",
             "      }],", '      "extra_config": {', '        "auth/validator": {', '          "alg": "RS256",',
             '          "jwk_url": "https://sso.%s/.well-known/jwks.json",' % domain(g), '          "cache": true', "        }",
             "      }", "    }", "  ]", "}"]
    return g.ch(["krakend/krakend.tmpl", "config/templates/krakend.tmpl"]), lines


@ntpl("openapi", "placeholder-examples", "yaml")
def n_openapi(g):
    s = svc(g)
    lines = ["openapi: 3.1.0", "info:", "  title: %s API" % s.capitalize(), "  version: 1.0.0", "components:",
             "  securitySchemes:", "    apiKey:", "      type: apiKey", "      in: header", "      name: X-API-Key",
             "      description: Request a key in the developer portal.", "paths:", "  /%s/{id}:" % s, "    get:",
             "      parameters:", "        - name: id", "          in: path", "          required: true",
             "          schema: { type: string, format: uuid }", "          example: %s" % g.uuid(),
             "        - name: X-API-Key", "          in: header", "          schema: { type: string }",
             "          example: %s" % g.ch(["<your-api-key>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxxxxxx"]),
             "      responses:", "        '200': { description: OK }"]
    return g.ch(["openapi.yaml", "api/%s.openapi.yaml" % s]), lines


@ntpl("kong", "ca-certificate", "yaml")
def n_kong_ca(g):
    lines = deck_header(g) + ["ca_certificates:", "- id: %s" % g.uuid(), "  cert: |"]
    lines += ["    " + ln for ln in cert_pem(g)]
    cid = lines[[i for i, ln in enumerate(lines) if ln.startswith("- id: ")][0]][6:]
    lines += ["  tags: [mtls-%s]" % g.ch(ENVS), "plugins:", "- name: mtls-auth", "  config:", "    ca_certificates:",
              "    - %s" % cid]
    return g.ch(["kong/ca-certificates.yaml", "deck/mtls.yaml"]), lines


@ntpl("kubernetes", "sealed-secret-ciphertext", "yaml")
def n_sealed(g):
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-gateway-creds" % svc(g),
             "  namespace: kong", "spec:", "  encryptedData:", "    key: " + "Ag" + g.b64(g.ri(300, 420)).rstrip("="),
             "  template:", "    metadata:", "      labels:", "        konghq.com/credential: key-auth"]
    return g.ch(["k8s/sealed/%s.yaml" % svc(g), "sealed-secrets/kong-cred.yaml"]), lines


@ntpl("kubernetes", "external-secret-reference", "yaml")
def n_external(g):
    lines = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: %s-apikey" % consumer_name(g).replace(".", "-"),
             "  namespace: kong", "spec:", "  refreshInterval: 1h", "  secretStoreRef:", "    kind: ClusterSecretStore",
             "    name: %s" % g.ch(["aws-secrets-manager", "vault-backend", "gcp-sm"]), "  target:", "    name: partner-key-auth",
             "    template:", "      metadata:", "        labels:", "          konghq.com/credential: key-auth", "  data:",
             "  - secretKey: key", "    remoteRef:", "      key: gateway/%s/partner" % g.ch(ENVS), "      property: api_key"]
    return g.ch(["k8s/external-secrets/partner.yaml", "deploy/kong/externalsecret.yaml"]), lines


@ntpl("kong", "access-log-masked", "log")
def n_access_log(g):
    lines = []
    for _ in range(g.ri(6, 14)):
        ip = "%d.%d.%d.%d" % (g.ri(10, 200), g.ri(0, 255), g.ri(0, 255), g.ri(1, 254))
        lines.append('%s - %s [%02d/Nov/2024:%02d:%02d:%02d +0000] "GET /%s/v1/items?apikey=%s HTTP/1.1" %d %d "-" "%s" kong_request_id="%s"' % (
            ip, consumer_name(g), g.ri(1, 28), g.ri(0, 23), g.ri(0, 59), g.ri(0, 59), svc(g), g.ch(["****", "[REDACTED]", "xxxx"]),
            g.ch([200, 200, 401, 429]), g.ri(100, 9000), g.ch(["curl/8.4.0", "okhttp/4.12.0", "python-requests/2.31"]), g.s(HEX, 32)))
    return g.ch(["logs/kong-access.log", "debug/access-sample.log"]), lines


@ntpl("gateway", "key-usage-export-with-hashes", "csv")
def n_usage_csv(g):
    lines = ["consumer,key_id,key_sha256,requests_30d,last_seen"]
    for _ in range(g.ri(4, 12)):
        lines.append("%s,%s,%s,%d,%s" % (consumer_name(g), g.uuid(), hashlib.sha256(g.rbytes(16)).hexdigest(), g.ri(0, 900000), ts(g)))
    return g.ch(["reports/key-usage.csv", "exports/apikeys-%s.csv" % g.ch(ENVS)]), lines


@ntpl("developer-portal", "i18n-strings", "json")
def n_i18n(g):
    d = {"apiKeys": {"title": g.ch(["API keys", "Clés d'API", "API-Schlüssel"]), "create": "Generate new key",
                     "secretLabel": "Consumer secret", "secretHint": "Shown once. Store it in your secret manager.",
                     "masked": "•••• •••• •••• %s" % g.s(DIGITS, 4), "revoke": "Revoke",
                     "passwordLabel": "Password", "placeholder": "Paste your API key here"},
         "errors": {"invalidKey": "Invalid authentication credentials", "rateLimited": "API rate limit exceeded"}}
    return g.ch(["portal/src/locales/en.json", "locales/%s/portal.json" % g.ch(["en", "fr", "de"])]), jdump(g, d)


@ntpl("kong", "rfc4231-test-vector", "lua")
def n_lua_test(g):
    lines = ["-- spec/hmac_spec.lua: RFC 4231 test case 1", 'local hmac = require "resty.openssl.hmac"', "",
             'describe("hmac-sha256", function()', '  it("matches RFC 4231 test case 1", function()',
             '    local key = string.rep("\\x0b", 20)', '    local data = "Hi There"',
             '    local expected = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"',
             '    local h = hmac.new(key, "sha256")', "    assert.equal(expected, require(\"resty.string\").to_hex(h:final(data)))",
             "  end)", "end)"]
    return g.ch(["spec/hmac_spec.lua", "kong/plugins/hmac-ext/spec/01-unit_spec.lua"]), lines


@ntpl("kong", "plugin-reads-vault", "lua")
def n_lua_vault(g):
    lines = ["local kong = kong", "", "local Handler = { PRIORITY = 900, VERSION = \"1.0.0\" }", "",
             "function Handler:access(conf)", "  local token, err = kong.vault.get(\"{vault://env/upstream-token}\")",
             "  if not token then", "    kong.log.err(\"vault lookup failed: \", err)", "    return kong.response.exit(500)", "  end",
             '  kong.service.request.set_header("Authorization", "Bearer " .. token)', "end", "", "return Handler"]
    return g.ch(["kong/plugins/upstream-auth/handler.lua", "plugins/token-injector/handler.lua"]), lines


@ntpl("tyk", "go-plugin-env", "go")
def n_go_env(g):
    lines = ["package main", "", "import (", '\t"net/http"', '\t"os"', ")", "",
             "// AddUpstreamAuth is a Tyk Go plugin (post hook).", "func AddUpstreamAuth(rw http.ResponseWriter, r *http.Request) {",
             '\ttoken := os.Getenv("UPSTREAM_TOKEN")', '\tif token == "" {', "\t\treturn", "\t}",
             '\tr.Header.Set("Authorization", "Bearer "+token)', "}", "", "func main() {}"]
    return g.ch(["plugins/upstream_auth.go", "tyk-plugins/auth/main.go"]), lines


@ntpl("envoy", "sds-certificate-and-paths", "yaml")
def n_envoy_sds_cert(g):
    lines = ["resources:", '- "@type": "type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret"', "  name: server_cert",
             "  tls_certificate:", "    certificate_chain:", "      inline_string: |"]
    lines += ["        " + ln for ln in cert_pem(g)]
    lines += ["    private_key:", "      filename: /etc/envoy/tls/server.key"]
    return g.ch(["envoy/sds/server_cert.yaml", "sds.yaml"]), lines


@ntpl("kong", "admin-api-listing", "json")
def n_kong_listing(g):
    data = []
    for _ in range(g.ri(1, 3)):
        data.append({"id": g.uuid(), "consumer": {"id": g.uuid()}, "created_at": g.ri(1650000000, 1730000000),
                     "key": "%s...%s" % (g.s(ALNUM, 4), g.s(ALNUM, 4)) if g.chance(0.5) else "<redacted>", "ttl": None, "tags": [g.ch(ENVS)]})
    d = {"data": data, "next": None}
    return g.ch(["docs/examples/key-auth-list.json", "fixtures/kong/key-auths.json"]), jdump(g, d)


@ntpl("gateway", "digests-and-image-pins", "yaml")
def n_digests(g):
    lines = ["# image pins for the gateway stack", "images:"]
    for img in g.r.sample(["kong/kong-gateway", "tykio/tyk-gateway", "envoyproxy/envoy", "traefik", "devopsfaith/krakend", "nginx"], 3):
        lines += ["  - name: %s" % img, "    tag: %s" % g.ch(["3.8", "v5.3.1", "v1.31-latest", "v3.1", "2.7", "1.27-alpine"]),
                  "    digest: sha256:%s" % hashlib.sha256(g.rbytes(8)).hexdigest()]
    lines += ["chart:", "  name: kong", "  version: %d.%d.%d" % (g.ri(2, 2), g.ri(30, 45), g.ri(0, 3)),
              "  commit: %s" % hashlib.sha1(g.rbytes(8)).hexdigest()]
    return g.ch(["deploy/image-pins.yaml", "release/pins.yml"]), lines


@ntpl("helm", "existing-secret-references", "yaml")
def n_helm_refs(g):
    lines = ["env:", "  database: postgres", "  pg_host: kong-db", "  pg_password:", "    valueFrom:", "      secretKeyRef:",
             "        name: kong-db-credentials", "        key: password", "  password:", "    valueFrom:", "      secretKeyRef:",
             "        name: kong-enterprise-superuser-password", "        key: password", "enterprise:", "  enabled: true",
             "  license_secret: kong-enterprise-license", "  rbac:", "    enabled: true", "    admin_gui_auth: basic-auth",
             "    session_conf_secret: kong-session-config"]
    return g.ch(["helm/kong/values-%s.yaml" % g.ch(ENVS), "values.yaml"]), lines


@ntpl("wso2", "cipher-tool-references", "toml")
def n_wso2_refs(g):
    lines = ["[super_admin]", 'username = "admin"', 'password = "$secret{admin_password}"', "create_admin_account = true", "",
             "# values below were encrypted with ciphertool.sh (RSA, keystore wso2carbon.jks)", "[secrets]",
             'admin_password = "%s"' % base64.b64encode(g.rbytes(256)).decode(),
             'apim_db_password = "%s"' % base64.b64encode(g.rbytes(256)).decode(),
             "", "[database.apim_db]", 'password = "$secret{apim_db_password}"']
    return "repository/conf/deployment.toml", lines


# ---------------------------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------------------------
N_POS = 500
N_NEG = 500


def make_secret(g, t, ctx):
    gen = t["gen"]
    if gen == "upstream":
        return upstream_value(g, ctx["u"])
    if gen == "ecpem":
        pem = ec_private_pem(g)
        g.keep(pem[1])
        return pem
    return gen(g)


def render(lines):
    text = "\n".join(lines)
    if not text.endswith("\n"):
        text += "\n"
    return text


def line_of(text, needle):
    i = text.index(needle)
    return text.count("\n", 0, i) + 1


def schedule(g, items, n):
    out = []
    while len(out) < n:
        batch = list(items)
        g.r.shuffle(batch)
        out.extend(batch)
    return out[:n]


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_ca.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    g = G(seed)
    manifest, secrets = [], []

    # positives
    for i, t in enumerate(schedule(g, POS_T, N_POS)):
        ctx = {}
        provider, kind = t["provider"], t["kind"]
        if t["gen"] == "upstream":
            ctx["u"] = pick_upstream(g)
            if provider == "upstream":
                provider, kind = ctx["u"]["provider"], ctx["u"]["kind"]
        obv = g.chance(0.5)
        v = make_secret(g, t, ctx)
        needle = v[1] if isinstance(v, list) else v
        rel, lines = t["fn"](g, v, obv, ctx)
        text = render(lines)
        frel = "pos/p%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "pos", "provider": provider, "kind": kind, "filetype": t["ftype"],
                         "template": t["name"]})
        secrets.append({"file": frel, "needle": needle, "line": line_of(text, needle)})

    # negatives: half re-use positive templates, half domain look-alikes
    n_reuse = N_NEG // 2
    plan = [("reuse", t) for t in schedule(g, [t for t in POS_T if t["reuse"]], n_reuse)] + [("domain", t) for t in schedule(g, NEG_T, N_NEG - n_reuse)]
    g.r.shuffle(plan)
    for i, (mode, t) in enumerate(plan):
        if mode == "reuse":
            ctx = {}
            provider, kind = t["provider"], t["kind"]
            if t["gen"] == "upstream":
                ctx["u"] = pick_upstream(g)
                if provider == "upstream":
                    provider, kind = ctx["u"]["provider"], ctx["u"]["kind"]
            val, lk = neg_fill(g, t["syn"], t["nm"], provider, t["prefix"])
            if t["ftype"] == "xml":
                val = val.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            if t["gen"] == "ecpem":
                if not val:
                    val, lk = "<provided at install time via --set-file>", "placeholder"
                val = [val]
            rel, lines = t["fn"](g, val, g.chance(0.5), ctx)
            kind = "%s/%s" % (lk, kind)
            ftype, name = t["ftype"], t["name"]
        else:
            rel, lines = t["fn"](g)
            provider, kind, ftype, name = t["provider"], t["kind"], t["ftype"], t["name"]
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, render(lines))
        manifest.append({"file": frel, "label": "neg", "provider": provider, "kind": kind, "filetype": ftype,
                         "template": name})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
