#!/usr/bin/env python3
"""gen_h.py -- blind evaluation-set generator "H" for git pre-commit secret scanners.

Emphasis: credentials hard-coded in APPLICATION SOURCE CODE across many languages and
idioms, plus innocent look-alikes written in the very same idioms.

Usage:  python3 gen_h.py OUTDIR SEED
Writes  OUTDIR/pos/pNNNN/<path>, OUTDIR/neg/nNNNN/<path>, OUTDIR/manifest.jsonl,
        OUTDIR/secrets.jsonl.  500 positives + 500 negatives per seed, deterministic per
        seed (only random.Random(SEED) is used; no time, no uuid4, no os.urandom).
Standard library only.  A self-check runs at the end of every invocation (needle present
in its file, manifest files exist, counts, no positive-format pattern in any negative).

WHAT IT GENERATES
  Languages / file types: Go, Java, Kotlin, Scala, Swift, Objective-C, C#, F#, PHP, Ruby,
  Rust, C, C++, Dart/Flutter, Elixir, Erlang, Haskell, Lua, R, Julia, Perl, PowerShell,
  Groovy (+ Gradle buildConfigField, Groovy and Kotlin DSL), TypeScript, JavaScript (Node),
  React TSX, Vue SFC, Python, shell, SQL (DDL / stored procedures), Terraform HCL,
  Android strings.xml / AndroidManifest meta-data, iOS Info.plist and .xcconfig.
  Positive idioms: top-level constants / static fields, locals, map/dict literals,
  header maps and header setters, "Bearer " + "..." concatenation, constructor / client
  arguments, struct / object / record literals, default parameter values, Spring @Value
  defaults, setPassword()/auth(user, pw)/driver connect calls, connection strings,
  raw multi-line strings (PEM), PEM with \\n escapes, base64 "Basic" auth header values,
  byte-array literals for HMAC/JWT keys (Go []byte, Rust b".."), enum / static-holder
  constants (Java/Kotlin/TS/PHP/Python enums, Swift enum namespace, C# static class, Rust
  match), well-known tokens stored base64-encoded and decoded at runtime (needle = the
  base64 text), build-config fields, plist / xcconfig values,
  Terraform provider / resource attributes, SQL CREATE USER / CREATE LOGIN / linked
  server / pg_net header / seed INSERT.
  Negatives (same idioms, innocent values): environment lookups, secret-manager
  references (AWS Secrets Manager ARNs, GCP Secret Manager names, Azure Key Vault URIs,
  Vault paths, 1Password op:// refs), placeholders, redacted/masked values, names that
  contain password/token/secret with non-secret values, enums / CodingKeys, error
  messages, regexes describing key formats, SHA-1/SHA-256/SHA-512 digests and integrity
  strings, CRC32 tables and hash magic constants (SHA-256 IVs/K computed, FNV, etc.),
  UUIDs and public identifiers, feature flags, base64 PNG/SVG data URIs (real PNGs),
  protobuf generated descriptors (real serialized FileDescriptorProto), minified bundles,
  i18n files, crypto test-vector tables (RFC 4231 HMAC, RFC 6070 PBKDF2, RFC 5869 HKDF,
  FIPS 180 SHA, FIPS-197 AES) with digests computed by hashlib/hmac, real RSA/EC public
  keys (SPKI PEM), real ssh-ed25519 public keys, real self-signed X.509 certificates,
  certificate pins, publishable/client-side keys documented as public (Stripe pk_live_,
  Mapbox pk., PostHog phc_, Google OAuth client IDs, Algolia search-only key, reCAPTCHA
  site key, Clerk pk_live_, Square application id), AWS documentation example key pair
  (AKIAIOSFODNN7EXAMPLE), SQL schemas with password/token columns, KMS ciphertext blobs.

NEEDLE CONVENTIONS (secrets.jsonl)
  needle = the secret itself (for URLs / connection strings: only the password or token
  part; for AWS-style id+secret pairs: the secret half, the id is on the same or an
  adjacent line; for PEM private keys: the first base64 body line of the key (64 chars) --
  for OpenSSH keys the second body line (70 chars), because the first one is a constant
  "openssh-key-v1" header.  It is on the BEGIN line when the PEM is written with \\n
  escapes and one or two lines below it when written as a raw multi-line string).  line = 1-based line of the
  first occurrence of the needle.

FORMAT SOURCES (public knowledge: provider docs, provider blog posts, RFCs)
  AWS access key id AKIA + 16 [A-Z2-7], secret 40 base64 chars (AWS IAM docs);
  GitHub ghp_/gho_/ghu_/ghs_/ghr_ = 30 base62 + 6-char base62 CRC32 of those 30 chars,
  github_pat_ fine-grained (GitHub blog "Behind GitHub's new authentication token
  formats", 2021); npm npm_ same checksum scheme (GitHub blog on npm tokens 2021);
  GitLab glpat-/glrt- 20 chars (GitLab token docs); Slack xoxb-/xoxp- and
  hooks.slack.com/services/T../B../... (Slack token-types docs); Stripe sk_live_/rk_live_
  /whsec_/pk_live_ (Stripe API keys docs); OpenAI sk-/sk-proj-/sk-svcacct- containing
  T3BlbkFJ (public community knowledge); Anthropic sk-ant-api03-...AA, 108 chars;
  Google AIza + 35, GOCSPX- + 28, FCM legacy AAAA...:APA91b...; Twilio AC/SK + 32 hex;
  SendGrid SG.22.43; Mailgun key-32hex; Mailchimp 32hex-usNN; Shopify shpat_/shpss_ +
  32 hex; PyPI macaroon pypi-AgEIcHlwaS5vcmc...; New Relic NRAK- + 27; Sentry sntryu_ +
  64 hex; DigitalOcean dop_v1_ + 64 hex; Hugging Face hf_ + 34; Azure storage AccountKey
  (64 bytes base64 = 88 chars), Azure AD client secret (xxx8Q~...), SAS sig=, Service Bus
  SharedAccessKey (32 bytes base64); Databricks dapi + 32 hex; Postman PMAK-24hex-34hex;
  Linear lin_api_ + 40; Pulumi pul- + 40 hex; Grafana glsa_; Square EAAA / sq0csp-;
  Braintree access_token$production$..; Discord bot token / webhook URL; Telegram
  <digits>:AA + 33; Mapbox sk./pk. + base64url JSON + 22; Okta SSWS 00 + 40; PlanetScale
  pscale_tkn_/pscale_pw_; Replicate r8_; Groq gsk_ + 52; Perplexity pplx- + 48; xAI xai-
  + 80; OpenRouter sk-or-v1- + 64 hex; Airtable pat14.64hex; Dropbox sl.; Contentful
  CFPAT-; Dynatrace dt0c01.24.64; SonarQube squ_ + 40 hex; Docker Hub dckr_pat_;
  Buildkite bkua_ + 40 hex; RubyGems rubygems_ + 48 hex; NuGet oy2 + 43; Tailscale
  tskey-auth-; LangSmith lsv2_pt_; age AGE-SECRET-KEY-1 (bech32 with real checksum);
  HashiCorp Vault hvs.; Terraform Cloud .atlasv1.; Alibaba LTAI; PostHog phx_ (personal,
  secret) vs phc_ (project, public); LaunchDarkly sdk-<uuid>; HubSpot pat-na1-<uuid>;
  Figma figd_; Doppler dp.pt.; CircleCI CCIPAT_; Atlassian ATATT3xFfGF0...;
  Paystack sk_live_ + 40 hex; Flutterwave FLWSECK-..-X; Razorpay rzp_live_ + secret;
  Mollie live_ + 30; Shippo shippo_live_ + 40 hex; Adafruit aio_ + 28; Azure DevOps PAT
  52 [a-z2-7]; Supabase service_role JWT; JWT RFC 7519 (real HS256 signatures);
  PEM RFC 7468, PKCS#1 RFC 8017, PKCS#8 RFC 5208, SEC1 RFC 5915, openssh-key-v1
  (OpenSSH PROTOCOL.key) -- all private keys are REAL keys generated here in pure
  Python; X.509 RFC 5280 certificates are real self-signed certs; bech32 BIP-173.
  Test vectors: RFC 4231, RFC 6070, RFC 5869 (inputs), FIPS 180-4 ("abc"), FIPS-197 C.1;
  all outputs are recomputed with hashlib/hmac except the AES ciphertext (FIPS-197 C.1).

DOUBTS (formats I am less sure of; kinds are labelled so they can be dropped)
  * OpenAI sk-proj-/sk-svcacct- body lengths (I use 74 + T3BlbkFJ + 74 chars, [A-Za-z0-9_-]).
  * Anthropic: exact alphabet/length of the body (I use 93 [A-Za-z0-9_-] + "AA").
  * Vault hvs. service token body (I use "CAESI" + 86 base64url chars, ~95 total).
  * Tailscale tskey-auth-k<id>CNTRL-<secret> lengths; Atlassian ATATT3xFfGF0 body length
    and trailing =<8 hex> checksum (checksum NOT computed -- unknown algorithm).
  * Grafana glsa_ checksum suffix is random (algorithm unknown), CircleCI CCIPAT_ layout,
    Doppler dp.pt. length, Figma figd_ length, PlanetScale lengths, Dropbox sl. length,
    Resend / Notion style formats are NOT used because I am unsure of them.
  * Stripe whsec_ body: I use 32 alphanumerics (real ones are base64-ish).
  * Azure AD client secret layout (3 chars + digit + "Q~" + 34 chars = 40).
  * Twilio auth tokens, Datadog keys, Plaid secrets, Cloudflare tokens, Algolia admin
    keys, Cohere/Mistral/Vercel keys, Snyk tokens (UUID) have no distinctive prefix:
    those positives rely on a clearly secret name (e.g. DD_API_KEY) next to them.
  * Human-chosen passwords are positives only under unmistakable names
    (db_password, setPassword(...), .auth(user, pw), CREATE USER ... PASSWORD).
  * Publishable keys (Stripe pk_live_, Mapbox pk., PostHog phc_, Algolia search-only,
    reCAPTCHA site key, Clerk pk_live_, Google OAuth client id, Square application id)
    are negatives because the providers document them as safe for client-side code.
    Sentry DSNs, Firebase apiKey and Supabase anon keys were deliberately left out
    (reasonable engineers disagree).
  * AWS documentation example pair AKIAIOSFODNN7EXAMPLE is used in a few negatives on
    purpose (it is the canonical docs example); it is the only negative allowed to match
    a positive pattern in the self-check, together with masked placeholders like
    ghp_xxxxxxxx... whose body is one repeated character.
  * Files are realistic snippets, not guaranteed to compile (helper functions such as
    mustDecode/logger/data_source are referenced but not defined).
  * Kinds that rely only on a secret-looking name (hardcoded_password, jwt_signing_secret,
    hmac_key, session_secret, aes_encryption_key, webhook_signing_secret, and the
    unprefixed provider keys above) are the hardest for pattern scanners and the most
    "judgement based"; they are labelled so they can be scored separately.
  * Crypto test-vector keys (RFC 4231 "Jefe", 0x0b*20, ...) appear only in clearly
    named *_test.* vector tables.
"""

import base64
import hashlib
import hmac
import json
import os
import re
import struct
import sys
import zlib
import random

# ----------------------------------------------------------------------------------
# Small helpers
# ----------------------------------------------------------------------------------
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
ALNUM = UP + LO + DG
B62 = DG + UP + LO            # GitHub/npm checksum alphabet order
B64 = UP + LO + DG + "+/"
B64URL = UP + LO + DG + "-_"
B32 = UP + "234567"


def T(s, **kw):
    """Template: replace «name» markers in one pass (values are never rescanned)."""
    return re.sub("«([A-Za-z0-9_]+)»", lambda m: str(kw[m.group(1)]), s)


def rs(R, alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rbytes(R, n):
    return bytes(R.getrandbits(8) for _ in range(n))


def ruuid(R):
    h = "%032x" % R.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64(b):
    return base64.b64encode(b).decode()


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def words_to_snake(*w):
    return "_".join(w)


def snake_to_camel(s):
    p = s.split("_")
    return p[0] + "".join(x[:1].upper() + x[1:] for x in p[1:])


def snake_to_pascal(s):
    return "".join(x[:1].upper() + x[1:] for x in s.split("_"))


GO_INIT = [("Api", "API"), ("Url", "URL"), ("Id", "ID"), ("Jwt", "JWT"), ("Hmac", "HMAC"),
           ("Db", "DB"), ("Http", "HTTP"), ("Sdk", "SDK"), ("Aws", "AWS"), ("Smtp", "SMTP"),
           ("Ldap", "LDAP"), ("Dsn", "DSN")]


def go_pascal(s):
    out = []
    for x in s.split("_"):
        w = x[:1].upper() + x[1:]
        for a, b in GO_INIT:
            if w == a:
                w = b
        out.append(w)
    return "".join(out)


def go_camel(s):
    p = go_pascal(s)
    # lower-case leading initialism / word
    m = re.match(r"^([A-Z]+)(?=[A-Z][a-z]|$)", p)
    if m and len(m.group(1)) > 1:
        return m.group(1).lower() + p[len(m.group(1)):]
    return p[:1].lower() + p[1:]


def b62_checksum(s):
    n = zlib.crc32(s.encode()) & 0xFFFFFFFF
    out = ""
    while n > 0:
        out = B62[n % 62] + out
        n //= 62
    return out.rjust(6, "0")


def mig_ts(R):
    return "%04d%02d%02d%02d%02d%02d" % (R.randrange(2022, 2026), R.randrange(1, 13), R.randrange(1, 29),
                                         R.randrange(0, 24), R.randrange(0, 60), R.randrange(0, 60))


def line_of(content, needle):
    i = content.find(needle)
    if i < 0:
        return -1
    return content.count("\n", 0, i) + 1


# ----------------------------------------------------------------------------------
# Minimal DER / PEM / RSA / EC / Ed25519 / X.509 (pure Python, deterministic)
# ----------------------------------------------------------------------------------
def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return der(0x02, b)


def der_seq(*items):
    return der(0x30, b"".join(items))


def der_set(*items):
    return der(0x31, b"".join(items))


def der_oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    body = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        body += bytes(reversed(enc))
    return der(0x06, body)


DER_NULL = b"\x05\x00"


def der_octets(b):
    return der(0x04, b)


def der_bits(b):
    return der(0x03, b"\x00" + b)


def pem_lines(label, blob, width=64):
    s = b64(blob)
    body = [s[i:i + width] for i in range(0, len(s), width)]
    return ["-----BEGIN %s-----" % label] + body + ["-----END %s-----" % label]


SMALL_PRIMES = []


def _init_small_primes():
    sieve = [True] * 2000
    for i in range(2, 2000):
        if sieve[i]:
            SMALL_PRIMES.append(i)
            for j in range(i * i, 2000, i):
                sieve[j] = False


_init_small_primes()


def is_probable_prime(n, R):
    if n < 2:
        return False
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(24):
        a = R.randrange(2, n - 2)
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def gen_prime(R, bits):
    while True:
        c = R.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if is_probable_prime(c, R):
            return c


class RSAKey:
    def __init__(self, R, bits=2048):
        e = 65537
        while True:
            p = gen_prime(R, bits // 2)
            q = gen_prime(R, bits // 2)
            if p == q:
                continue
            phi = (p - 1) * (q - 1)
            if phi % e == 0:
                continue
            n = p * q
            if n.bit_length() != bits:
                continue
            break
        if p < q:
            p, q = q, p
        self.n, self.e, self.p, self.q = n, e, p, q
        self.d = pow(e, -1, phi)
        self.bits = bits

    def pkcs1_private(self):
        p, q, d = self.p, self.q, self.d
        return der_seq(der_int(0), der_int(self.n), der_int(self.e), der_int(d), der_int(p),
                       der_int(q), der_int(d % (p - 1)), der_int(d % (q - 1)),
                       der_int(pow(q, -1, p)))

    def pkcs8_private(self):
        alg = der_seq(der_oid("1.2.840.113549.1.1.1"), DER_NULL)
        return der_seq(der_int(0), alg, der_octets(self.pkcs1_private()))

    def pkcs1_public(self):
        return der_seq(der_int(self.n), der_int(self.e))

    def spki(self):
        alg = der_seq(der_oid("1.2.840.113549.1.1.1"), DER_NULL)
        return der_seq(alg, der_bits(self.pkcs1_public()))

    def sign_sha256(self, msg):
        h = hashlib.sha256(msg).digest()
        di = bytes.fromhex("3031300d060960864801650304020105000420") + h
        k = (self.n.bit_length() + 7) // 8
        em = b"\x00\x01" + b"\xff" * (k - len(di) - 3) + b"\x00" + di
        s = pow(int.from_bytes(em, "big"), self.d, self.n)
        return s.to_bytes(k, "big")


# --- P-256 -------------------------------------------------------------------------
P256_P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
P256_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    p = P256_P
    if P[0] == Q[0]:
        if (P[1] + Q[1]) % p == 0:
            return None
        lam = (3 * P[0] * P[0] - 3) * pow(2 * P[1], -1, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return (x, (lam * (P[0] - x) - P[1]) % p)


def ec_mul(k, P=P256_G):
    R_ = None
    while k:
        if k & 1:
            R_ = _ec_add(R_, P)
        P = _ec_add(P, P)
        k >>= 1
    return R_


class ECKey:
    def __init__(self, R):
        self.d = R.randrange(1, P256_N)
        self.Q = ec_mul(self.d)

    def point(self):
        return b"\x04" + self.Q[0].to_bytes(32, "big") + self.Q[1].to_bytes(32, "big")

    def sec1_private(self):
        return der_seq(der_int(1), der_octets(self.d.to_bytes(32, "big")),
                       der(0xA0, der_oid("1.2.840.10045.3.1.7")),
                       der(0xA1, der_bits(self.point())))

    def pkcs8_private(self):
        alg = der_seq(der_oid("1.2.840.10045.2.1"), der_oid("1.2.840.10045.3.1.7"))
        inner = der_seq(der_int(1), der_octets(self.d.to_bytes(32, "big")),
                        der(0xA1, der_bits(self.point())))
        return der_seq(der_int(0), alg, der_octets(inner))

    def spki(self):
        alg = der_seq(der_oid("1.2.840.10045.2.1"), der_oid("1.2.840.10045.3.1.7"))
        return der_seq(alg, der_bits(self.point()))


# --- Ed25519 (public key derivation only) -------------------------------------------
ED_P = 2 ** 255 - 19
ED_D = -121665 * pow(121666, -1, ED_P) % ED_P
ED_I = pow(2, (ED_P - 1) // 4, ED_P)


def _ed_xrecover(y):
    xx = (y * y - 1) * pow(ED_D * y * y + 1, -1, ED_P)
    x = pow(xx, (ED_P + 3) // 8, ED_P)
    if (x * x - xx) % ED_P != 0:
        x = x * ED_I % ED_P
    if x % 2 != 0:
        x = ED_P - x
    return x


ED_BY = 4 * pow(5, -1, ED_P) % ED_P
ED_B = (_ed_xrecover(ED_BY), ED_BY)


def _ed_add(P, Q):
    x1, y1 = P
    x2, y2 = Q
    t = ED_D * x1 * x2 * y1 * y2
    x3 = (x1 * y2 + x2 * y1) * pow(1 + t, -1, ED_P)
    y3 = (y1 * y2 + x1 * x2) * pow(1 - t, -1, ED_P)
    return (x3 % ED_P, y3 % ED_P)


def _ed_mul(k, P):
    Q = (0, 1)
    while k:
        if k & 1:
            Q = _ed_add(Q, P)
        P = _ed_add(P, P)
        k >>= 1
    return Q


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    x, y = _ed_mul(a, ED_B)
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def ssh_string(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def openssh_ed25519_private(R, comment):
    seed = rbytes(R, 32)
    pub = ed25519_public(seed)
    pubblob = ssh_string("ssh-ed25519") + ssh_string(pub)
    chk = R.getrandbits(32)
    priv = struct.pack(">II", chk, chk) + ssh_string("ssh-ed25519") + ssh_string(pub) + \
        ssh_string(seed + pub) + ssh_string(comment)
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = b"openssh-key-v1\x00" + ssh_string("none") + ssh_string("none") + ssh_string(b"") + \
        struct.pack(">I", 1) + ssh_string(pubblob) + ssh_string(priv)
    return blob, pubblob


def ssh_ed25519_public_line(R, comment):
    seed = rbytes(R, 32)
    pub = ed25519_public(seed)
    return "ssh-ed25519 " + b64(ssh_string("ssh-ed25519") + ssh_string(pub)) + " " + comment


def ssh_rsa_public_line(key, comment):
    blob = ssh_string("ssh-rsa") + ssh_string(key.e.to_bytes(3, "big")) + \
        ssh_string(b"\x00" + key.n.to_bytes((key.n.bit_length() + 7) // 8, "big"))
    return "ssh-rsa " + b64(blob) + " " + comment


def x509_name(cn, org, country="US"):
    def rdn(oid, val, tag=0x0C):
        return der_set(der_seq(der_oid(oid), der(tag, val.encode())))
    return der_seq(rdn("2.5.4.6", country, 0x13), rdn("2.5.4.10", org), rdn("2.5.4.3", cn))


def self_signed_cert(R, key, cn, org):
    serial = R.getrandbits(120) | (1 << 119)
    y = R.randrange(2021, 2025)
    mo = R.randrange(1, 13)
    dd = R.randrange(1, 28)
    nb = "%02d%02d%02d000000Z" % (y % 100, mo, dd)
    na = "%02d%02d%02d000000Z" % ((y + 3) % 100, mo, dd)
    sigalg = der_seq(der_oid("1.2.840.113549.1.1.11"), DER_NULL)
    name = x509_name(cn, org)
    tbs = der_seq(der(0xA0, der_int(2)), der_int(serial), sigalg, name,
                  der_seq(der(0x17, nb.encode()), der(0x17, na.encode())), name, key.spki())
    sig = key.sign_sha256(tbs)
    return der_seq(tbs, sigalg, der_bits(sig))


# --- bech32 (age secret keys) ---------------------------------------------------------
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_encode(hrp, data8):
    acc, bits, out = 0, 0, []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    hv = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _bech_polymod(hv + out + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in out + chk)


def jwt_hs256(R, header, payload, key=None):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = key or rbytes(R, 32)
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url_nopad(sig)


# ----------------------------------------------------------------------------------
# Positive credential generators
# ----------------------------------------------------------------------------------
BEARER = ("Authorization", "Bearer ")
HOSTS = ["db-primary.internal", "pg-prod-01.cluster.local", "10.12.4.17", "orders-db.prod.svc",
         "mysql.acme-corp.net", "analytics-db.eu-west-1.rds.amazonaws.com", "db.staging.example.io"]
USERS = ["app", "svc_billing", "orders_rw", "reporting", "admin", "etl_user", "api", "backend",
         "deploy", "integration"]
WORDS = ["harbor", "falcon", "maple", "cobalt", "lantern", "orchid", "granite", "willow", "saffron",
         "meteor", "juniper", "canyon", "velvet", "thistle", "ember", "quartz", "tundra", "pebble",
         "sparrow", "kestrel", "monsoon", "copper", "bramble", "walrus", "pelican", "zephyr"]
ORGS = ["acme", "globex", "initech", "umbrella", "hooli", "vandelay", "stark", "wayne", "tyrell",
        "cyberdyne", "soylent", "wonka", "dunder", "pied-piper"]


def C(provider, kind, secret, cat="token", names=None, svc=None, header=BEARER, value=None,
      id=None, user=None, cls="Client", use=None, host=None, pem=None):
    return {"provider": provider, "kind": kind, "secret": secret, "cat": cat,
            "names": names or [kind], "svc": svc or provider.capitalize(), "header": header,
            "value": value if value is not None else secret, "id": id, "user": user,
            "cls": cls, "use": use, "host": host, "pem": pem}


def gh_token(R, prefix):
    body = rs(R, ALNUM, 30)
    return prefix + body + b62_checksum(body)


def human_password(R):
    w1 = R.choice(WORDS)
    w2 = R.choice(WORDS)
    style = R.randrange(5)
    sym = R.choice("!*-_.~")
    if style == 0:
        return w1.capitalize() + w2.capitalize() + str(R.randrange(10, 9999)) + sym
    if style == 1:
        leet = w1.replace("o", "0").replace("e", "3").replace("a", "@" if False else "4")
        return leet.capitalize() + sym + str(R.randrange(1990, 2026))
    if style == 2:
        return w1 + sym + w2.capitalize() + str(R.randrange(10, 99))
    if style == 3:
        return w1.capitalize() + str(R.randrange(100, 999)) + sym + w2
    return "%s%s%s%s" % (w1[:4].capitalize(), sym, w2.upper()[:5], R.randrange(1000, 9999))


def random_password(R, n=None, url_safe=False):
    n = n or R.randrange(16, 29)
    sym = "!*-_.~" if url_safe else "!*-_.~^+="
    while True:
        s = rs(R, ALNUM + sym, n)
        if any(c in sym for c in s) and any(c.isdigit() for c in s) and any(c.isupper() for c in s):
            return s


def password_value(R, url_safe=False):
    return human_password(R) if R.random() < 0.45 else random_password(R, url_safe=url_safe)


def p_aws(R):
    kid = "AKIA" + rs(R, B32, 16)
    sec = rs(R, ALNUM + "+/", 40)
    return C("aws", "aws_secret_access_key", sec, cat="pair",
             names=["aws_secret_access_key", "aws_secret_key", "s3_secret_key"], svc="Aws",
             cls="Credentials", header=None, id=("aws_access_key_id", kid))


def p_github(R):
    pre = R.choice(["ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"])
    kinds = {"ghp_": "github_pat_classic", "gho_": "github_oauth_token", "ghu_": "github_user_to_server_token",
             "ghs_": "github_app_installation_token", "ghr_": "github_refresh_token"}
    t = gh_token(R, pre)
    return C("github", kinds[pre], t, names=["github_token", "gh_token", "github_access_token"],
             svc="GitHub", header=("Authorization", R.choice(["token ", "Bearer "])))


def p_github_fg(R):
    t = "github_pat_11" + rs(R, UP + DG, 20) + "_" + rs(R, ALNUM, 59)
    return C("github", "github_pat_fine_grained", t, names=["github_token", "github_pat"], svc="GitHub")


def p_github_url(R):
    t = gh_token(R, R.choice(["ghp_", "ghs_"]))
    org = R.choice(ORGS)
    url = "https://x-access-token:%s@github.com/%s/%s.git" % (t, org, R.choice(["infra", "deploy-config", "charts", "terraform-modules"]))
    return C("github", "github_token_in_git_url", t, cat="url", value=url,
             names=["remote_url", "repo_url", "git_remote"], svc="Git", header=None,
             use=("git", "clone", []))


def p_gitlab(R):
    if R.random() < 0.75:
        t = "glpat-" + rs(R, ALNUM + "_-", 20)
        return C("gitlab", "gitlab_pat", t, names=["gitlab_token", "gitlab_private_token"], svc="GitLab",
                 header=("PRIVATE-TOKEN", ""))
    t = "glrt-" + rs(R, ALNUM + "_-", 20)
    return C("gitlab", "gitlab_runner_token", t, names=["runner_token", "gitlab_runner_token"], svc="GitLab",
             header=None)


def p_slack(R):
    if R.random() < 0.6:
        t = "xoxb-%s-%s-%s" % (rs(R, DG, R.choice([11, 12, 13])), rs(R, DG, 13), rs(R, ALNUM, 24))
        return C("slack", "slack_bot_token", t, names=["slack_bot_token", "slack_token"], svc="Slack")
    t = "xoxp-%s-%s-%s-%s" % (rs(R, DG, 12), rs(R, DG, 12), rs(R, DG, 13), rs(R, HEX, 32))
    return C("slack", "slack_user_token", t, names=["slack_user_token", "slack_token"], svc="Slack")


def p_slack_webhook(R):
    path = "T%s/B%s/%s" % (rs(R, UP + DG, R.choice([8, 9, 10])), rs(R, UP + DG, R.choice([9, 10, 11])), rs(R, ALNUM, 24))
    url = "https://hooks.slack.com/services/" + path
    return C("slack", "slack_webhook_url", url, cat="url", names=["slack_webhook_url", "alerts_webhook"],
             svc="Slack", header=None, use=("http", "post", []))


def p_stripe(R):
    r = R.random()
    if r < 0.45:
        t = "sk_live_" + (rs(R, ALNUM, 24) if R.random() < 0.4 else "51" + rs(R, ALNUM, 97))
        return C("stripe", "stripe_secret_key", t, names=["stripe_secret_key", "stripe_api_key", "stripe_key"], svc="Stripe")
    if r < 0.7:
        t = "rk_live_" + "51" + rs(R, ALNUM, 97)
        return C("stripe", "stripe_restricted_key", t, names=["stripe_restricted_key", "stripe_api_key"], svc="Stripe")
    t = "whsec_" + rs(R, ALNUM, 32)
    return C("stripe", "stripe_webhook_secret", t, cat="signing",
             names=["stripe_webhook_secret", "webhook_signing_secret", "endpoint_secret"], svc="Stripe",
             header=None, use=("webhook", "construct_event", ["payload", "sig_header"]))


def p_openai(R):
    r = R.random()
    if r < 0.3:
        t = "sk-" + rs(R, ALNUM, 20) + "T3BlbkFJ" + rs(R, ALNUM, 20)
        k = "openai_api_key_legacy"
    elif r < 0.8:
        t = "sk-proj-" + rs(R, ALNUM + "_-", 74) + "T3BlbkFJ" + rs(R, ALNUM + "_-", 74)
        k = "openai_project_key"
    else:
        t = "sk-svcacct-" + rs(R, ALNUM + "_-", 74) + "T3BlbkFJ" + rs(R, ALNUM + "_-", 74)
        k = "openai_service_account_key"
    return C("openai", k, t, names=["openai_api_key", "openai_key", "llm_api_key"], svc="OpenAI")


def p_anthropic(R):
    t = "sk-ant-api03-" + rs(R, ALNUM + "_-", 93) + "AA"
    return C("anthropic", "anthropic_api_key", t, names=["anthropic_api_key", "claude_api_key"], svc="Anthropic",
             header=("x-api-key", ""))


def p_google(R):
    r = R.random()
    if r < 0.55:
        t = "AIza" + rs(R, ALNUM + "_-", 35)
        return C("google", "google_api_key", t, names=["gemini_api_key", "google_api_key", "maps_server_key"],
                 svc="GenAI", header=("x-goog-api-key", ""))
    if r < 0.85:
        t = "GOCSPX-" + rs(R, ALNUM + "_-", 28)
        cid = "%s-%s.apps.googleusercontent.com" % (rs(R, DG, 12), rs(R, DG + LO, 32))
        return C("google", "google_oauth_client_secret", t, cat="pair", names=["google_client_secret", "oauth_client_secret"],
                 svc="Google", cls="OAuthClient", header=None, id=("google_client_id", cid))
    t = "AAAA" + rs(R, ALNUM + "_-", 7) + ":APA91b" + rs(R, ALNUM + "_-", 134)
    return C("google", "fcm_legacy_server_key", t, names=["fcm_server_key", "firebase_server_key"], svc="Fcm",
             header=("Authorization", "key="))


def p_twilio(R):
    if R.random() < 0.6:
        sid = "AC" + rs(R, HEX, 32)
        tok = rs(R, HEX, 32)
        return C("twilio", "twilio_auth_token", tok, cat="pair", names=["twilio_auth_token"], svc="Twilio",
                 header=None, id=("twilio_account_sid", sid))
    kid = "SK" + rs(R, HEX, 32)
    sec = rs(R, ALNUM, 32)
    return C("twilio", "twilio_api_key_secret", sec, cat="pair", names=["twilio_api_secret"], svc="Twilio",
             header=None, id=("twilio_api_key", kid))


def p_sendgrid(R):
    t = "SG." + rs(R, ALNUM + "_-", 22) + "." + rs(R, ALNUM + "_-", 43)
    return C("sendgrid", "sendgrid_api_key", t, names=["sendgrid_api_key", "mail_api_key"], svc="SendGrid")


def p_mailgun(R):
    t = "key-" + rs(R, HEX, 32)
    return C("mailgun", "mailgun_api_key", t, names=["mailgun_api_key", "mailgun_key"], svc="Mailgun", header=None)


def p_mailchimp(R):
    t = rs(R, HEX, 32) + "-us" + str(R.randrange(1, 22))
    return C("mailchimp", "mailchimp_api_key", t, names=["mailchimp_api_key"], svc="Mailchimp", header=None)


def p_shopify(R):
    pre = R.choice(["shpat_", "shpat_", "shpss_", "shpca_"])
    kinds = {"shpat_": "shopify_admin_access_token", "shpss_": "shopify_shared_secret", "shpca_": "shopify_custom_app_token"}
    t = pre + rs(R, HEX, 32)
    return C("shopify", kinds[pre], t, names=["shopify_access_token", "shopify_token"], svc="Shopify",
             header=("X-Shopify-Access-Token", "") if pre != "shpss_" else None)


def p_npm(R):
    t = gh_token(R, "npm_")
    return C("npm", "npm_access_token", t, names=["npm_token", "npm_auth_token"], svc="Npm")


def p_pypi(R):
    raw = b"\x02\x01\x08pypi.org\x02" + bytes([R.randrange(0x20, 0x40)]) + rbytes(R, R.randrange(110, 160))
    t = "pypi-" + b64url_nopad(raw)
    return C("pypi", "pypi_api_token", t, names=["pypi_token", "twine_password"], svc="PyPI", header=None)


def p_datadog(R):
    if R.random() < 0.6:
        return C("datadog", "datadog_api_key", rs(R, HEX, 32), names=["dd_api_key", "datadog_api_key"],
                 svc="Datadog", header=("DD-API-KEY", ""))
    return C("datadog", "datadog_app_key", rs(R, HEX, 40), names=["dd_app_key", "datadog_application_key"],
             svc="Datadog", header=("DD-APPLICATION-KEY", ""))


def p_newrelic(R):
    t = "NRAK-" + rs(R, UP + DG, 27)
    return C("newrelic", "newrelic_user_api_key", t, names=["new_relic_api_key", "newrelic_user_key"], svc="NewRelic",
             header=("Api-Key", ""))


def p_sentry(R):
    t = "sntryu_" + rs(R, HEX, 64)
    return C("sentry", "sentry_user_auth_token", t, names=["sentry_auth_token"], svc="Sentry")


def p_digitalocean(R):
    t = R.choice(["dop_v1_", "dop_v1_", "doo_v1_"]) + rs(R, HEX, 64)
    return C("digitalocean", "digitalocean_token", t, names=["do_token", "digitalocean_token"], svc="Godo")


def p_huggingface(R):
    t = "hf_" + rs(R, UP + LO, 34)
    return C("huggingface", "huggingface_token", t, names=["hf_token", "huggingface_token"], svc="HfHub")


def p_azure(R):
    r = R.random()
    acct = R.choice(ORGS).replace("-", "") + R.choice(["prod", "data", "assets", "logs"]) + rs(R, LO + DG, 3)
    if r < 0.35:
        key = b64(rbytes(R, 64))
        cs = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, key)
        return C("azure", "azure_storage_account_key", key, cat="conn", value=cs,
                 names=["storage_connection_string", "azure_storage_connection"], svc="BlobService", header=None,
                 use=("blob_service_client", "from_connection_string", []))
    if r < 0.55:
        ns = acct + "-bus"
        key = b64(rbytes(R, 32))
        cs = "Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s" % (ns, key)
        return C("azure", "azure_servicebus_sas_key", key, cat="conn", value=cs,
                 names=["service_bus_connection", "servicebus_connection_string"], svc="ServiceBus", header=None,
                 use=("service_bus_client", "from_connection_string", []))
    if r < 0.75:
        sig = b64(rbytes(R, 32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
        url = ("https://%s.blob.core.windows.net/%s?sv=2022-11-02&ss=b&srt=co&sp=rwdlacupx&se=2027-0%d-15T18:00:00Z"
               "&st=2024-0%d-01T10:00:00Z&spr=https&sig=%s") % (acct, R.choice(["exports", "uploads", "backups"]),
                                                               R.randrange(1, 9), R.randrange(1, 9), sig)
        return C("azure", "azure_sas_token", sig, cat="url", value=url, names=["blob_sas_url", "container_sas_url"],
                 svc="Azure", header=None, use=("container_client", "from_container_url", []))
    sec = rs(R, ALNUM + "_~.-", 3) + R.choice(DG) + "Q~" + rs(R, ALNUM + "_~.-", 34)
    return C("azure", "azure_ad_client_secret", sec, cat="pair", names=["azure_client_secret", "aad_client_secret"],
             svc="Azure", cls="ClientSecretCredential", header=None, id=("azure_client_id", ruuid(R)))


def p_databricks(R):
    t = "dapi" + rs(R, HEX, 32) + (R.choice(["", "-2", "-3"]))
    return C("databricks", "databricks_pat", t, names=["databricks_token"], svc="Databricks")


def p_postman(R):
    t = "PMAK-" + rs(R, HEX, 24) + "-" + rs(R, HEX, 34)
    return C("postman", "postman_api_key", t, names=["postman_api_key"], svc="Postman", header=("X-Api-Key", ""))


def p_misc_prefixed(R):
    """Many providers with a distinctive prefix."""
    opts = [
        ("linear", "linear_api_key", lambda: "lin_api_" + rs(R, ALNUM, 40), ["linear_api_key"], "Linear", ("Authorization", "")),
        ("pulumi", "pulumi_access_token", lambda: "pul-" + rs(R, HEX, 40), ["pulumi_access_token"], "Pulumi", ("Authorization", "token ")),
        ("grafana", "grafana_service_account_token", lambda: "glsa_" + rs(R, ALNUM, 32) + "_" + rs(R, HEX, 8), ["grafana_token", "grafana_api_key"], "Grafana", BEARER),
        ("square", "square_access_token", lambda: "EAAA" + rs(R, ALNUM + "_-", 60), ["square_access_token"], "Square", BEARER),
        ("okta", "okta_api_token", lambda: "00" + rs(R, ALNUM + "_-", 40), ["okta_api_token"], "Okta", ("Authorization", "SSWS ")),
        ("planetscale", "planetscale_service_token", lambda: "pscale_tkn_" + rs(R, ALNUM + "_-", 43), ["planetscale_token"], "PlanetScale", BEARER),
        ("replicate", "replicate_api_token", lambda: "r8_" + rs(R, ALNUM, 37), ["replicate_api_token"], "Replicate", BEARER),
        ("groq", "groq_api_key", lambda: "gsk_" + rs(R, ALNUM, 52), ["groq_api_key"], "Groq", BEARER),
        ("perplexity", "perplexity_api_key", lambda: "pplx-" + rs(R, ALNUM, 48), ["perplexity_api_key"], "Perplexity", BEARER),
        ("xai", "xai_api_key", lambda: "xai-" + rs(R, ALNUM, 80), ["xai_api_key", "grok_api_key"], "XAI", BEARER),
        ("openrouter", "openrouter_api_key", lambda: "sk-or-v1-" + rs(R, HEX, 64), ["openrouter_api_key"], "OpenRouter", BEARER),
        ("airtable", "airtable_pat", lambda: "pat" + rs(R, ALNUM, 14) + "." + rs(R, HEX, 64), ["airtable_token", "airtable_api_key"], "Airtable", BEARER),
        ("dropbox", "dropbox_access_token", lambda: "sl." + rs(R, ALNUM + "_-", 136), ["dropbox_access_token"], "Dropbox", BEARER),
        ("contentful", "contentful_management_token", lambda: "CFPAT-" + rs(R, ALNUM + "_-", 43), ["contentful_management_token"], "Contentful", BEARER),
        ("dynatrace", "dynatrace_api_token", lambda: "dt0c01." + rs(R, UP + DG, 24) + "." + rs(R, UP + DG, 64), ["dynatrace_api_token"], "Dynatrace", ("Authorization", "Api-Token ")),
        ("sonarqube", "sonarqube_user_token", lambda: "squ_" + rs(R, HEX, 40), ["sonar_token"], "Sonar", BEARER),
        ("docker", "dockerhub_pat", lambda: "dckr_pat_" + rs(R, ALNUM + "_-", 27), ["docker_hub_token", "dockerhub_password"], "Docker", None),
        ("buildkite", "buildkite_api_token", lambda: "bkua_" + rs(R, HEX, 40), ["buildkite_api_token"], "Buildkite", BEARER),
        ("rubygems", "rubygems_api_key", lambda: "rubygems_" + rs(R, HEX, 48), ["rubygems_api_key", "gem_host_api_key"], "Gems", ("Authorization", "")),
        ("nuget", "nuget_api_key", lambda: "oy2" + rs(R, LO + DG, 43), ["nuget_api_key"], "NuGet", ("X-NuGet-ApiKey", "")),
        ("tailscale", "tailscale_auth_key", lambda: "tskey-auth-k" + rs(R, ALNUM, 11) + "CNTRL-" + rs(R, ALNUM, 33), ["tailscale_auth_key", "ts_authkey"], "Tailscale", None),
        ("langsmith", "langsmith_api_key", lambda: "lsv2_pt_" + rs(R, HEX, 32) + "_" + rs(R, HEX, 10), ["langsmith_api_key", "langchain_api_key"], "LangSmith", ("x-api-key", "")),
        ("terraform", "terraform_cloud_token", lambda: rs(R, ALNUM, 14) + ".atlasv1." + rs(R, ALNUM, 67), ["tfe_token", "terraform_cloud_token"], "Tfe", BEARER),
        ("posthog", "posthog_personal_api_key", lambda: "phx_" + rs(R, ALNUM, 43), ["posthog_personal_api_key"], "PostHog", BEARER),
        ("launchdarkly", "launchdarkly_sdk_key", lambda: "sdk-" + ruuid(R), ["launchdarkly_sdk_key", "ld_sdk_key"], "LDClient", ("Authorization", "")),
        ("hubspot", "hubspot_private_app_token", lambda: "pat-" + R.choice(["na1", "eu1"]) + "-" + ruuid(R), ["hubspot_access_token"], "HubSpot", BEARER),
        ("figma", "figma_pat", lambda: "figd_" + rs(R, ALNUM + "_-", 40), ["figma_token"], "Figma", ("X-Figma-Token", "")),
        ("doppler", "doppler_personal_token", lambda: "dp.pt." + rs(R, ALNUM, 43), ["doppler_token"], "Doppler", BEARER),
        ("circleci", "circleci_personal_token", lambda: "CCIPAT_" + rs(R, ALNUM, 22) + "_" + rs(R, HEX, 40), ["circle_token", "circleci_token"], "CircleCI", ("Circle-Token", "")),
        ("paystack", "paystack_secret_key", lambda: "sk_live_" + rs(R, HEX, 40), ["paystack_secret_key"], "Paystack", BEARER),
        ("flutterwave", "flutterwave_secret_key", lambda: "FLWSECK-" + rs(R, HEX, 32) + "-X", ["flutterwave_secret_key", "flw_secret_key"], "Flutterwave", BEARER),
        ("mollie", "mollie_live_api_key", lambda: "live_" + rs(R, ALNUM, 30), ["mollie_api_key"], "Mollie", BEARER),
        ("shippo", "shippo_live_token", lambda: "shippo_live_" + rs(R, HEX, 40), ["shippo_api_token"], "Shippo", ("Authorization", "ShippoToken ")),
        ("adafruit", "adafruit_io_key", lambda: "aio_" + rs(R, ALNUM, 28), ["aio_key", "adafruit_io_key"], "Adafruit", ("X-AIO-Key", "")),
        ("sentry", "sentry_org_token", lambda: "sntrys_" + b64url_nopad(json.dumps({"iat": R.randrange(1700000000, 1740000000), "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": R.choice(ORGS)}).encode()) + "_" + rs(R, ALNUM + "/+", 43), ["sentry_auth_token"], "Sentry", BEARER),
        ("atlassian", "atlassian_api_token", lambda: "ATATT3xFfGF0" + rs(R, ALNUM + "_-", 171) + "=" + rs(R, HEXU, 8), ["jira_api_token", "confluence_api_token"], "Jira", None),
        ("azure_devops", "azure_devops_pat", lambda: rs(R, LO + "234567", 52), ["azure_devops_pat", "ado_pat"], "AzureDevOps", None),
        ("vault", "vault_service_token", lambda: "hvs.CAESI" + rs(R, ALNUM + "_-", 86), ["vault_token"], "Vault", ("X-Vault-Token", "")),
    ]
    prov, kind, f, names, svc, header = R.choice(opts)
    t = f()
    return C(prov, kind, t, names=names, svc=svc, header=header)


def p_unprefixed(R):
    """Providers whose keys have no prefix: positive only because of the clearly secret name."""
    opts = [
        ("cloudflare", "cloudflare_api_token", lambda: rs(R, ALNUM + "_-", 40), ["cloudflare_api_token", "cf_api_token"], "Cloudflare", BEARER),
        ("cloudflare", "cloudflare_global_api_key", lambda: rs(R, HEX, 37), ["cloudflare_api_key", "cf_global_api_key"], "Cloudflare", ("X-Auth-Key", "")),
        ("cohere", "cohere_api_key", lambda: rs(R, ALNUM, 40), ["cohere_api_key"], "Cohere", BEARER),
        ("mistral", "mistral_api_key", lambda: rs(R, ALNUM, 32), ["mistral_api_key"], "Mistral", BEARER),
        ("deepseek", "deepseek_api_key", lambda: "sk-" + rs(R, HEX, 32), ["deepseek_api_key"], "DeepSeek", BEARER),
        ("vercel", "vercel_token", lambda: rs(R, ALNUM, 24), ["vercel_token"], "Vercel", BEARER),
        ("azure_openai", "azure_openai_key", lambda: rs(R, HEX, 32), ["azure_openai_api_key", "azure_openai_key"], "AzureOpenAI", ("api-key", "")),
        ("snyk", "snyk_token", lambda: ruuid(R), ["snyk_token", "snyk_api_token"], "Snyk", ("Authorization", "token ")),
        ("zendesk", "zendesk_api_token", lambda: rs(R, ALNUM, 40), ["zendesk_api_token"], "Zendesk", None),
        ("facebook", "facebook_app_secret", lambda: rs(R, HEX, 32), ["facebook_app_secret", "fb_app_secret"], "Facebook", None),
        ("pusher", "pusher_app_secret", lambda: rs(R, HEX, 20), ["pusher_secret", "pusher_app_secret"], "Pusher", None),
        ("auth0", "auth0_client_secret", lambda: rs(R, ALNUM + "_-", 64), ["auth0_client_secret"], "Auth0", None),
        ("gitea", "gitea_access_token", lambda: rs(R, HEX, 40), ["gitea_token"], "Gitea", ("Authorization", "token ")),
        ("jenkins", "jenkins_api_token", lambda: "11" + rs(R, HEX, 32), ["jenkins_api_token"], "Jenkins", None),
    ]
    prov, kind, f, names, svc, header = R.choice(opts)
    return C(prov, kind, f(), names=names, svc=svc, header=header)


def p_pairs(R):
    r = R.randrange(5)
    if r == 0:
        return C("alibaba", "alibaba_access_key_secret", rs(R, ALNUM, 30), cat="pair",
                 names=["aliyun_access_key_secret", "alibaba_access_secret"], svc="Oss", cls="Auth", header=None,
                 id=("aliyun_access_key_id", "LTAI" + rs(R, ALNUM, 20)))
    if r == 1:
        return C("confluent", "confluent_api_secret", rs(R, ALNUM + "+/", 64), cat="pair",
                 names=["confluent_api_secret", "kafka_api_secret"], svc="Kafka", cls="AdminClient", header=None,
                 id=("confluent_api_key", rs(R, UP + DG, 16)))
    if r == 2:
        return C("algolia", "algolia_admin_api_key", rs(R, HEX, 32), cat="pair",
                 names=["algolia_admin_api_key", "algolia_write_key"], svc="Algolia", cls="SearchClient", header=None,
                 id=("algolia_app_id", rs(R, UP + DG, 10)))
    if r == 3:
        return C("plaid", "plaid_secret", rs(R, HEX, 30), cat="pair", names=["plaid_secret"], svc="Plaid",
                 header=None, id=("plaid_client_id", rs(R, HEX, 24)))
    return C("razorpay", "razorpay_key_secret", rs(R, ALNUM, 24), cat="pair", names=["razorpay_key_secret"],
             svc="Razorpay", header=None, id=("razorpay_key_id", "rzp_live_" + rs(R, ALNUM, 14)))


def p_braintree(R):
    t = "access_token$production$%s$%s" % (rs(R, LO + DG, 16), rs(R, HEX, 32))
    return C("braintree", "braintree_access_token", t, names=["braintree_access_token"], svc="Braintree", header=None)


def p_discord(R):
    if R.random() < 0.5:
        uid = str(R.randrange(10 ** 17, 10 ** 19))
        t = b64url_nopad(uid.encode()) + "." + rs(R, ALNUM + "_-", 6) + "." + rs(R, ALNUM + "_-", R.choice([27, 38]))
        return C("discord", "discord_bot_token", t, names=["discord_bot_token", "discord_token"], svc="Discord",
                 header=("Authorization", "Bot "))
    url = "https://discord.com/api/webhooks/%s/%s" % (R.randrange(10 ** 17, 10 ** 19), rs(R, ALNUM + "_-", 68))
    return C("discord", "discord_webhook_url", url, cat="url", names=["discord_webhook_url", "alerts_webhook"],
             svc="Discord", header=None, use=("http", "post", []))


def p_telegram(R):
    t = "%d:AA%s" % (R.randrange(10 ** 8, 10 ** 10), rs(R, ALNUM + "_-", 33))
    if R.random() < 0.35:
        url = "https://api.telegram.org/bot%s/sendMessage" % t
        return C("telegram", "telegram_bot_token", t, cat="url", value=url, names=["telegram_send_url", "notify_url"],
                 svc="Telegram", header=None, use=("http", "post", []))
    return C("telegram", "telegram_bot_token", t, names=["telegram_bot_token", "bot_token"], svc="Telegram", header=None)


def p_mapbox_secret(R):
    user = R.choice(WORDS) + R.choice(["maps", "geo", "dev", ""]) + str(R.randrange(1, 99))
    body = b64url_nopad(json.dumps({"u": user, "a": "cl" + rs(R, LO + DG, 23)}, separators=(",", ":")).encode())
    t = "sk." + body + "." + rs(R, ALNUM + "_-", 22)
    return C("mapbox", "mapbox_secret_token", t, names=["mapbox_secret_token", "mapbox_downloads_token"], svc="Mapbox", header=None)


def p_age(R):
    t = bech32_encode("age-secret-key-", rbytes(R, 32)).upper()
    return C("age", "age_secret_key", t, cat="signing", names=["age_identity", "age_secret_key"], svc="Age",
             header=None, use=("age", "parse_identity", []))


def p_supabase(R):
    ref = rs(R, LO, 20)
    iat = R.randrange(1680000000, 1740000000)
    t = jwt_hs256(R, {"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": ref, "role": "service_role",
                                                       "iat": iat, "exp": iat + 315360000})
    return C("supabase", "supabase_service_role_key", t, cat="pair",
             names=["supabase_service_role_key", "supabase_service_key"], svc="Supabase", cls="Client",
             header=None, id=("supabase_url", "https://%s.supabase.co" % ref))


def p_jwt_bearer(R):
    iat = R.randrange(1680000000, 1740000000)
    org = R.choice(ORGS)
    payload = {"sub": R.choice(["svc-", "client-", ""]) + rs(R, LO + DG, 12), "iss": "https://auth.%s.com" % org.replace("-", ""),
               "aud": R.choice(["api", "internal-api", "https://api.%s.com" % org.replace("-", "")]),
               "scope": R.choice(["read write", "orders:write", "admin", "reports:read"]),
               "iat": iat, "exp": iat + R.choice([31536000, 157680000, 315360000])}
    t = jwt_hs256(R, {"alg": "HS256", "typ": "JWT"}, payload)
    return C("jwt", "jwt_bearer_token", t, cat="bearer", names=["api_access_token", "service_token", "auth_token"],
             svc="Api", header=BEARER)


def p_basic_auth(R):
    user = R.choice(USERS + ["ci-bot", "metrics", "partner-acme"])
    pw = password_value(R)
    enc = b64((user + ":" + pw).encode())
    return C("http_basic", "basic_auth_header", enc, names=["basic_auth_header", "auth_header"], svc="Api",
             header=("Authorization", "Basic "))


def p_signing(R):
    r = R.randrange(6)
    if r == 0:
        s, names = rs(R, ALNUM, R.choice([32, 48, 64])), ["jwt_secret", "jwt_signing_key", "jwt_secret_key"]
        use, kind = ("jwt", "sign", ["claims"]), "jwt_signing_secret"
    elif r == 1:
        s, names = rs(R, HEX, 64), ["hmac_secret", "hmac_key", "signing_key"]
        use, kind = ("hmac", "new", ["sha256"]), "hmac_key"
    elif r == 2:
        s, names = rs(R, LO + DG + "!%^&*(-_=+)", 50), ["secret_key", "django_secret_key"]
        use, kind = ("signer", "configure", []), "django_secret_key"
    elif r == 3:
        s, names = b64(rbytes(R, 32)), ["encryption_key", "aes_key", "data_encryption_key"]
        use, kind = ("cipher", "init", ["aes_gcm"]), "aes_encryption_key"
    elif r == 4:
        s, names = rs(R, HEX, 128), ["secret_key_base", "session_secret", "cookie_secret"]
        use, kind = ("session", "configure", []), "session_secret"
    else:
        s, names = rs(R, ALNUM + "_-", 43), ["webhook_secret", "webhook_signing_secret"]
        use, kind = ("hmac", "new", ["sha256"]), "webhook_signing_secret"
    return C("generic", kind, s, cat="signing", names=names, svc="Jwt", header=None, use=use)


def p_password(R):
    user = R.choice(USERS)
    pw = password_value(R)
    opts = [["db_password", "database_password", "postgres_password", "mysql_password"],
            ["smtp_password", "mail_password"], ["ldap_bind_password", "ldap_password"],
            ["redis_password"], ["admin_password"], ["keystore_password", "truststore_password"],
            ["rabbitmq_password", "amqp_password"], ["ftp_password", "sftp_password"],
            ["service_account_password"], ["elastic_password", "es_password"]]
    names = R.choice(opts)
    return C("generic", "hardcoded_password", pw, cat="password", names=names, svc="DataSource", header=None, user=user,
             host=R.choice(HOSTS))


def p_conn(R):
    user = R.choice(USERS)
    pw = password_value(R, url_safe=True)
    host = R.choice(HOSTS)
    db = R.choice(["orders", "billing", "app_prod", "inventory", "analytics", "users"])
    r = R.randrange(9)
    if r == 0:
        v = "postgres://%s:%s@%s:5432/%s?sslmode=require" % (user, pw, host, db)
        k, prov = "postgres_uri", "postgres"
    elif r == 1:
        v = "postgresql://%s:%s@%s/%s" % (user, pw, host, db)
        k, prov = "postgres_uri", "postgres"
    elif r == 2:
        v = "mysql://%s:%s@%s:3306/%s" % (user, pw, host, db)
        k, prov = "mysql_uri", "mysql"
    elif r == 3:
        v = "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority" % (user, pw, rs(R, LO + DG, 5), db)
        k, prov = "mongodb_uri", "mongodb"
    elif r == 4:
        v = "redis://:%s@%s:6379/0" % (pw, host)
        k, prov = "redis_uri", "redis"
    elif r == 5:
        v = "amqp://%s:%s@%s:5672/%s" % (user, pw, host, R.choice(["%2F", "prod", "jobs"]))
        k, prov = "amqp_uri", "rabbitmq"
    elif r == 6:
        v = "jdbc:postgresql://%s:5432/%s?user=%s&password=%s" % (host, db, user, pw)
        k, prov = "jdbc_url", "postgres"
    elif r == 7:
        v = "Server=tcp:%s.database.windows.net,1433;Initial Catalog=%s;User ID=%s;Password=%s;Encrypt=True;" % (
            R.choice(ORGS).replace("-", "") + "-sql", db, user, pw)
        k, prov = "mssql_connection_string", "mssql"
    else:
        v = "jdbc:mysql://%s:3306/%s?user=%s&password=%s&useSSL=true" % (host, db, user, pw)
        k, prov = "jdbc_url", "mysql"
    return C(prov, k, pw, cat="conn", value=v,
             names=["database_url", "db_url", "connection_string", "db_dsn"], svc="Db", header=None,
             use=("db", "connect", []))


_RSA_CACHE = {}


def p_pem(R):
    r = R.randrange(5)
    if r <= 1:
        key = RSAKey(R, 2048)
        if r == 0:
            lines = pem_lines("RSA PRIVATE KEY", key.pkcs1_private())
            k = "rsa_private_key_pkcs1"
        else:
            lines = pem_lines("PRIVATE KEY", key.pkcs8_private())
            k = "rsa_private_key_pkcs8"
    elif r == 2:
        ek = ECKey(R)
        lines = pem_lines("EC PRIVATE KEY", ek.sec1_private())
        k = "ec_private_key"
    elif r == 3:
        ek = ECKey(R)
        lines = pem_lines("PRIVATE KEY", ek.pkcs8_private())
        k = "ec_private_key_pkcs8"
    else:
        blob, _ = openssh_ed25519_private(R, "%s@%s" % (R.choice(USERS), R.choice(["ci", "deploy-box", "build01"])))
        lines = pem_lines("OPENSSH PRIVATE KEY", blob, 70)
        k = "openssh_private_key"
    prov = R.choice(["generic", "generic", "gcp_service_account", "github_app", "apple_apns"]) if k != "openssh_private_key" else "ssh"
    if prov == "gcp_service_account" and "RSA" in lines[0]:
        prov = "generic"
    names = {"generic": ["private_key", "signing_private_key", "jwt_private_key"],
             "gcp_service_account": ["private_key", "service_account_private_key"],
             "github_app": ["github_app_private_key", "app_private_key"],
             "apple_apns": ["apns_private_key", "apns_auth_key"], "ssh": ["deploy_key", "ssh_private_key"]}[prov]
    escaped = "\\n".join(lines) + "\\n"
    # needle: first body line, except OpenSSH whose first line is a constant header -> second body line
    needle = lines[2] if k == "openssh_private_key" else lines[1]
    return C(prov, k, needle, cat="pem", value=escaped, names=names, svc="Crypto", header=None,
             pem=lines, use=("crypto", "load_private_key", []))


B64_INNER = [("github", "github_pat_classic", lambda R: gh_token(R, "ghp_"), ["github_token"], "GitHub"),
             ("stripe", "stripe_secret_key", lambda R: "sk_live_51" + rs(R, ALNUM, 97), ["stripe_secret_key"], "Stripe"),
             ("slack", "slack_bot_token", lambda R: "xoxb-%s-%s-%s" % (rs(R, DG, 12), rs(R, DG, 13), rs(R, ALNUM, 24)), ["slack_bot_token"], "Slack"),
             ("openai", "openai_project_key", lambda R: "sk-proj-" + rs(R, ALNUM + "_-", 74) + "T3BlbkFJ" + rs(R, ALNUM + "_-", 74), ["openai_api_key"], "OpenAI"),
             ("npm", "npm_access_token", lambda R: gh_token(R, "npm_"), ["npm_token"], "Npm")]


def p_b64_token(R):
    """A well-known token stored base64-encoded ("obfuscated") and decoded at runtime."""
    prov, kind, f, names, svc = R.choice(B64_INNER)
    enc = b64(f(R).encode())
    c = C(prov, "base64_encoded_" + kind, enc, names=names, svc=svc, header=None)
    c["b64"] = True
    return c


# weights: (generator, weight)
POS_GENERATORS = [
    (p_aws, 26), (p_github, 22), (p_github_fg, 6), (p_github_url, 6), (p_gitlab, 10), (p_slack, 14),
    (p_slack_webhook, 10), (p_stripe, 22), (p_openai, 18), (p_anthropic, 10), (p_google, 16), (p_twilio, 10),
    (p_sendgrid, 10), (p_mailgun, 5), (p_mailchimp, 5), (p_shopify, 8), (p_npm, 8), (p_pypi, 5),
    (p_datadog, 8), (p_newrelic, 6), (p_sentry, 4), (p_digitalocean, 6), (p_huggingface, 7),
    (p_azure, 18), (p_databricks, 5), (p_postman, 4), (p_misc_prefixed, 60), (p_unprefixed, 18),
    (p_pairs, 12), (p_braintree, 4), (p_discord, 8), (p_telegram, 7), (p_mapbox_secret, 4), (p_age, 4),
    (p_supabase, 5), (p_jwt_bearer, 10), (p_basic_auth, 8), (p_signing, 26), (p_password, 40),
    (p_conn, 32), (p_pem, 22), (p_b64_token, 8),
]


# ----------------------------------------------------------------------------------
# Language engine: every language renders the same abstract idioms.
# Expressions are plain strings.  Statements may span several lines (relative indent).
# ----------------------------------------------------------------------------------
def ind(text, pre):
    return "\n".join((pre + l) if l.strip() else l for l in text.split("\n"))


def label_of(name):
    p = name.split("_")
    if len(p) >= 2:
        rest = "_".join(p[1:])
        if rest not in ("key", "url", "id", "uri", "dsn", "string"):
            return rest
    return name


MODS = ["billing", "payments", "notifications", "search", "storage", "reports", "sync", "auth", "mailer",
        "analytics", "integrations", "webhooks", "export", "inventory", "chat", "checkout", "ingest", "deploy"]


class Lang:
    key = "base"
    filetype = "txt"
    unsafe = ['"']
    TRUE = "true"
    const_nonlit = True      # can a top-level constant hold a non-literal (env lookup)?
    has_default = True
    has_struct = True
    has_map = True
    ind_s = "    "

    # ---- literals / names
    def lit(self, s):
        return '"%s"' % s

    def mlit(self, lines):
        return None

    def num(self, n):
        return str(n)

    def cname(self, n):
        return n.upper()

    def vname(self, n):
        return snake_to_camel(n)

    def fname(self, n):
        return snake_to_camel(n)

    def mname(self, n):
        return snake_to_camel(n)

    def vref(self, n):
        return self.vname(n)

    def ref_const(self, N):
        return N

    # ---- declarations / statements
    def const_decl(self, N, v, typ="str", islit=True):
        return "const %s = %s;" % (N, v)

    def local(self, n, e, typ="any"):
        return "var %s = %s;" % (self.vname(n), e)

    def stmt(self, e):
        return e + ";"

    def comment(self, t):
        return "// " + t

    # ---- expressions
    def args(self, a):
        return ", ".join(e for _, e in a)

    def new(self, ctx, a):
        return "new %s%s(%s)" % (ctx["svc"], ctx["cls"], self.args(a))

    def mcall(self, recv, meth, a):
        return "%s.%s(%s)" % (self.vref(recv), self.mname(meth), self.args(a))

    def map_expr(self, pairs):
        return "{\n" + ",\n".join("    %s: %s" % (self.lit(k), v) for k, v in pairs) + "\n}"

    def obj(self, ctx, fields):
        return "new %sConfig {\n" % ctx["svc"] + ",\n".join("    %s = %s" % (self.fname(k), v) for k, v in fields) + "\n}"

    def concat(self, prefix, e):
        return "%s + %s" % (self.lit(prefix), e)

    def env(self, NAME):
        return 'getenv("%s")' % NAME

    def func_default(self, ctx, label, v):
        return None

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ["request.setHeader(%s, %s);" % (self.lit(h), hv)]

    def annotation(self, ctx, prop, inner):
        return None

    def extra(self, R, ctx, cred, v):
        """language specific extra positive idiom -> (decls, stmts) or None"""
        return None

    # ---- file
    def path(self, R, ctx):
        return "src/%s/%s.txt" % (ctx["mod"], ctx["svc_lower"])

    def wrap(self, R, ctx, decls, stmts):
        return "\n".join(decls) + "\n\n" + "\n".join(stmts) + "\n"


# ---------------------------------------------------------------- Go
class Go(Lang):
    key = filetype = "go"
    has_default = False
    ind_s = "\t"

    def mlit(self, lines):
        return "`" + "\n".join(lines) + "\n`"

    def cname(self, n):
        return go_camel(n)

    def vname(self, n):
        return go_camel(n)

    def fname(self, n):
        return go_pascal(n)

    def mname(self, n):
        return go_pascal(n)

    def const_decl(self, N, v, typ="str", islit=True):
        return ("const %s = %s" if islit else "var %s = %s") % (N, v)

    def local(self, n, e, typ="any"):
        return "%s := %s" % (self.vname(n), e)

    def stmt(self, e):
        return e

    def new(self, ctx, a):
        return "%s.New%s(%s)" % (ctx["svc_lower"], ctx["cls"], self.args(a))

    def map_expr(self, pairs):
        return "map[string]string{\n" + "".join('\t"%s": %s,\n' % (k, v) for k, v in pairs) + "}"

    def obj(self, ctx, fields):
        return "&%s.Config{\n" % ctx["svc_lower"] + "".join("\t%s: %s,\n" % (self.fname(k), v) for k, v in fields) + "}"

    def concat(self, prefix, e):
        return '"%s" + %s' % (prefix, e)

    def env(self, NAME):
        return 'os.Getenv("%s")' % NAME

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ['req, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURL+"/v1/status", nil)',
                "if err != nil {\n\treturn err\n}", 'req.Header.Set("%s", %s)' % (h, hv),
                'req.Header.Set("Accept", "application/json")']

    def extra(self, R, ctx, cred, v):
        if cred["cat"] == "signing" and v.startswith('"'):
            return (["var %s = []byte(%s)" % (self.cname(ctx["name"]), v)],
                    ["mac := hmac.New(sha256.New, %s)" % self.cname(ctx["name"]), "mac.Write(payload)"])
        if cred["cat"] == "conn" and v.startswith('"'):
            return ([], ['db, err := sql.Open("%s", %s)' % (R.choice(["postgres", "pgx", "mysql"]), v),
                         "if err != nil {\n\treturn err\n}", "db.SetMaxOpenConns(10)"])
        return None

    def path(self, R, ctx):
        return R.choice(["internal/%s/%s.go" % (ctx["mod"], ctx["svc_lower"]), "pkg/%s/client.go" % ctx["mod"],
                         "cmd/%s-worker/main.go" % ctx["mod"], "internal/config/%s.go" % ctx["mod"]])

    def wrap(self, R, ctx, decls, stmts):
        pkg = "main" if False else ctx["mod"].replace("-", "")
        imps = ["context", "net/http", "os", "time"]
        out = "package %s\n\nimport (\n" % pkg + "".join('\t"%s"\n' % i for i in imps) + "\n\t\"github.com/%s/%s-go\"\n)\n\n" % (ctx["org"], ctx["svc_lower"])
        if decls:
            out += "\n\n".join(decls) + "\n\n"
        out += "const baseURL = \"https://api.%s.com\"\n\n" % ctx["svc_lower"] if R.random() < 0.5 else ""
        out += "// Setup%s wires the %s client used by the %s service.\n" % (go_pascal(ctx["mod"]), ctx["svc"], ctx["mod"])
        out += "func Setup%s(ctx context.Context) error {\n" % go_pascal(ctx["mod"])
        out += "\n".join(ind(s, "\t") for s in stmts) + "\n\t_ = time.Second\n\treturn nil\n}\n"
        return out


# ---------------------------------------------------------------- Java
class Java(Lang):
    key = filetype = "java"
    has_default = False

    def mlit(self, lines):
        return '"""\n' + "\n".join(lines) + '\n"""'

    def const_decl(self, N, v, typ="str", islit=True):
        t = {"str": "String", "int": "int", "bool": "boolean"}[typ]
        return "private static final %s %s = %s;" % (t, N, v)

    def local(self, n, e, typ="any"):
        return "var %s = %s;" % (self.vname(n), e)

    def map_expr(self, pairs):
        return "Map.of(\n" + ",\n".join('        "%s", %s' % (k, v) for k, v in pairs) + ")"

    def obj(self, ctx, fields):
        return "%sConfig.builder()\n" % ctx["svc"] + "".join("        .%s(%s)\n" % (self.fname(k), v) for k, v in fields) + "        .build()"

    def concat(self, prefix, e):
        return '"%s" + %s' % (prefix, e)

    def env(self, NAME):
        return 'System.getenv("%s")' % NAME

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ["HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + \"/v1/accounts\"))\n"
                "        .header(\"%s\", %s)\n        .header(\"Accept\", \"application/json\")\n        .GET()\n        .build();" % (h, hv),
                "HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());"]

    def annotation(self, ctx, prop, inner):
        return '@Value("${%s%s}")\nprivate String %s;' % (prop, (":" + inner) if inner is not None else "", self.vname(ctx["name"]))

    def extra(self, R, ctx, cred, v):
        if cred["cat"] == "password":
            return ([], ["HikariConfig config = new HikariConfig();",
                         'config.setJdbcUrl("jdbc:postgresql://%s:5432/%s");' % (ctx["host"], ctx["mod"]),
                         'config.setUsername("%s");' % ctx["user"], "config.setPassword(%s);" % v,
                         "this.dataSource = new HikariDataSource(config);"])
        if cred["cat"] == "signing" and v.startswith('"'):
            return ([], ["Algorithm algorithm = Algorithm.HMAC256(%s);" % v,
                         "String jwt = JWT.create().withIssuer(\"%s\").sign(algorithm);" % ctx["mod"]])
        return None

    def path(self, R, ctx):
        return "src/main/java/com/%s/%s/%s%s.java" % (ctx["org_id"], ctx["mod"], ctx["svc"], ctx["cls_suffix"])

    def wrap(self, R, ctx, decls, stmts):
        out = "package com.%s.%s;\n\n" % (ctx["org_id"], ctx["mod"])
        out += "import java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\nimport java.util.Map;\n"
        out += "import org.springframework.beans.factory.annotation.Value;\nimport org.springframework.stereotype.Component;\n\n"
        out += "@Component\npublic class %s%s {\n\n" % (ctx["svc"], ctx["cls_suffix"])
        out += '    private static final String BASE_URL = "https://api.%s.com";\n' % ctx["svc_lower"]
        out += "    private final HttpClient http = HttpClient.newHttpClient();\n"
        for d in decls:
            out += "\n" + ind(d, "    ") + "\n"
        out += "\n    public void init() throws Exception {\n"
        out += "\n".join(ind(s, "        ") for s in stmts) + "\n    }\n}\n"
        return out


# ---------------------------------------------------------------- Kotlin
class Kotlin(Lang):
    key = filetype = "kotlin"
    unsafe = ['"', "$"]

    def mlit(self, lines):
        return '"""\n' + "\n".join(lines) + '\n""".trimIndent()'

    def const_decl(self, N, v, typ="str", islit=True):
        return ("private const val %s = %s" if islit else "private val %s = %s") % (N, v)

    def local(self, n, e, typ="any"):
        return "val %s = %s" % (self.vname(n), e)

    def stmt(self, e):
        return e

    def new(self, ctx, a):
        return "%s%s(%s)" % (ctx["svc"], ctx["cls"], self.args(a))

    def map_expr(self, pairs):
        return "mapOf(\n" + "".join('    "%s" to %s,\n' % (k, v) for k, v in pairs) + ")"

    def obj(self, ctx, fields):
        return "%sConfig(\n" % ctx["svc"] + "".join("    %s = %s,\n" % (self.fname(k), v) for k, v in fields) + ")"

    def env(self, NAME):
        return 'System.getenv("%s")' % NAME

    def func_default(self, ctx, label, v):
        return "fun create%sClient(%s: String = %s): %s%s =\n    %s%s(%s)" % (
            ctx["svc"], self.vname(label), v, ctx["svc"], ctx["cls"], ctx["svc"], ctx["cls"], self.vname(label))

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ["val request = Request.Builder()\n    .url(\"$BASE_URL/v1/me\")\n    .addHeader(\"%s\", %s)\n    .build()" % (h, hv),
                "httpClient.newCall(request).execute().use { response -> check(response.isSuccessful) }"]

    def annotation(self, ctx, prop, inner):
        return '@Value("\\${%s%s}")\nlateinit var %s: String' % (prop, (":" + inner) if inner is not None else "", self.vname(ctx["name"]))

    def path(self, R, ctx):
        if R.random() < 0.4:
            return "app/src/main/java/com/%s/%s/%s.kt" % (ctx["org_id"], ctx["mod"], ctx["svc"] + "Module")
        return "src/main/kotlin/com/%s/%s/%s%s.kt" % (ctx["org_id"], ctx["mod"], ctx["svc"], ctx["cls_suffix"])

    def wrap(self, R, ctx, decls, stmts):
        out = "package com.%s.%s\n\nimport okhttp3.OkHttpClient\nimport okhttp3.Request\n\n" % (ctx["org_id"], ctx["mod"])
        out += 'private const val BASE_URL = "https://api.%s.com"\n\n' % ctx["svc_lower"]
        top = [d for d in decls if not d.startswith("@Value")]
        ann = [d for d in decls if d.startswith("@Value")]
        for d in top:
            out += d + "\n\n"
        out += "class %s%s(private val httpClient: OkHttpClient) {\n" % (ctx["svc"], ctx["cls_suffix"])
        for d in ann:
            out += "\n" + ind(d, "    ") + "\n"
        out += "\n    fun init() {\n" + "\n".join(ind(s, "        ") for s in stmts) + "\n    }\n}\n"
        return out


# ---------------------------------------------------------------- Scala
class Scala(Lang):
    key = filetype = "scala"
    ind_s = "  "

    def mlit(self, lines):
        return '"""' + "\n".join(lines) + '\n"""'

    def cname(self, n):
        return snake_to_pascal(n)

    def const_decl(self, N, v, typ="str", islit=True):
        return ("final val %s = %s" if islit else "val %s = %s") % (N, v)

    def local(self, n, e, typ="any"):
        return "val %s = %s" % (self.vname(n), e)

    def stmt(self, e):
        return e

    def map_expr(self, pairs):
        return "Map(\n" + ",\n".join('  "%s" -> %s' % (k, v) for k, v in pairs) + "\n)"

    def obj(self, ctx, fields):
        return "%sConfig(\n" % ctx["svc"] + ",\n".join("  %s = %s" % (self.fname(k), v) for k, v in fields) + "\n)"

    def env(self, NAME):
        return 'sys.env("%s")' % NAME

    def func_default(self, ctx, label, v):
        return "def client(%s: String = %s): %s%s =\n  new %s%s(%s)" % (
            self.vname(label), v, ctx["svc"], ctx["cls"], ctx["svc"], ctx["cls"], self.vname(label))

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ["val request = basicRequest\n  .header(\"%s\", %s)\n  .get(uri\"$BaseUrl/v1/items\")" % (h, hv),
                "val response = request.send(backend)"]

    def path(self, R, ctx):
        return "src/main/scala/com/%s/%s/%sSettings.scala" % (ctx["org_id"], ctx["mod"], ctx["svc"])

    def wrap(self, R, ctx, decls, stmts):
        out = "package com.%s.%s\n\nimport sttp.client3._\n\n" % (ctx["org_id"], ctx["mod"])
        out += "object %sSettings {\n" % ctx["svc"]
        out += '  private val BaseUrl = "https://api.%s.com"\n' % ctx["svc_lower"]
        for d in decls:
            out += "\n" + ind(d, "  ") + "\n"
        out += "\n  def init(backend: SttpBackend[Identity, Any]): Unit = {\n" + "\n".join(ind(s, "    ") for s in stmts) + "\n  }\n}\n"
        return out


# ---------------------------------------------------------------- Swift
class Swift(Lang):
    key = filetype = "swift"

    def mlit(self, lines):
        return '"""\n' + "\n".join(lines) + '\n"""'

    def cname(self, n):
        return snake_to_camel(n)

    def const_decl(self, N, v, typ="str", islit=True):
        return "let %s = %s" % (N, v)

    def local(self, n, e, typ="any"):
        return "let %s = %s" % (self.vname(n), e)

    def stmt(self, e):
        return e

    def args(self, a):
        return ", ".join(("%s: %s" % (snake_to_camel(l), e)) if l else e for l, e in a)

    def new(self, ctx, a):
        return "%s%s(%s)" % (ctx["svc"], ctx["cls"], self.args(a))

    def mcall(self, recv, meth, a):
        return "%s.%s(%s)" % (self.vref(recv), self.mname(meth), ", ".join(e for _, e in a))

    def map_expr(self, pairs):
        return "[\n" + "".join('    "%s": %s,\n' % (k, v) for k, v in pairs) + "]"

    def obj(self, ctx, fields):
        return "%sConfiguration(\n" % ctx["svc"] + ",\n".join("    %s: %s" % (self.fname(k), v) for k, v in fields) + "\n)"

    def env(self, NAME):
        return 'ProcessInfo.processInfo.environment["%s"] ?? ""' % NAME

    def func_default(self, ctx, label, v):
        lb = self.vname(label)
        return "func make%sClient(%s: String = %s) -> %s%s {\n    %s%s(%s: %s)\n}" % (
            ctx["svc"], lb, v, ctx["svc"], ctx["cls"], ctx["svc"], ctx["cls"], lb, lb)

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ['var request = URLRequest(url: baseURL.appendingPathComponent("v1/profile"))',
                'request.setValue(%s, forHTTPHeaderField: "%s")' % (hv, h),
                "let (data, _) = try await URLSession.shared.data(for: request)"]

    def path(self, R, ctx):
        return R.choice(["Sources/%s/%sService.swift" % (snake_to_pascal(ctx["mod"]), ctx["svc"]),
                         "%s/Services/%sService.swift" % (ctx["app"], ctx["svc"])])

    def wrap(self, R, ctx, decls, stmts):
        out = "import Foundation\n\n"
        for d in decls:
            out += d + "\n\n"
        out += "final class %sService {\n" % ctx["svc"]
        out += '    private let baseURL = URL(string: "https://api.%s.com")!\n\n' % ctx["svc_lower"]
        out += "    func configure() async throws {\n" + "\n".join(ind(s, "        ") for s in stmts) + "\n    }\n}\n"
        return out


# ---------------------------------------------------------------- Objective-C
class ObjC(Lang):
    key = "objc"
    filetype = "objective-c"
    const_nonlit = False
    has_default = False

    def lit(self, s):
        return '@"%s"' % s

    def cname(self, n):
        return "k" + snake_to_pascal(n)

    def const_decl(self, N, v, typ="str", islit=True):
        t = {"str": "NSString * const", "int": "const NSInteger", "bool": "const BOOL"}[typ]
        return "static %s %s = %s;" % (t, N, v)

    def local(self, n, e, typ="any"):
        t = {"map": "NSDictionary<NSString *, NSString *> *", "str": "NSString *"}.get(typ, "id")
        return "%s%s = %s;" % (t + (" " if not t.endswith("*") else ""), self.vname(n), e)

    def args(self, a):
        if not a:
            return ""
        parts = []
        for i, (l, e) in enumerate(a):
            lb = snake_to_camel(l or "value")
            parts.append(("With%s:%s" % (lb[:1].upper() + lb[1:], e)) if i == 0 else ("%s:%s" % (lb, e)))
        return " ".join(parts)

    def new(self, ctx, a):
        return "[[%s%s alloc] init%s]" % (ctx["svc"], ctx["cls"], self.args(a))

    def mcall(self, recv, meth, a):
        m = self.mname(meth)
        if not a:
            return "[%s %s]" % (self.vref(recv), m)
        rest = " ".join("%s:%s" % (snake_to_camel(l or "with"), e) for l, e in a[1:])
        return "[%s %s:%s%s]" % (self.vref(recv), m, a[0][1], (" " + rest) if rest else "")

    def map_expr(self, pairs):
        return "@{\n" + ",\n".join('    @"%s": %s' % (k, v) for k, v in pairs) + "\n}"

    def obj(self, ctx, fields):
        return "[%sConfiguration configuration%s]" % (ctx["svc"], self.args(fields))

    def concat(self, prefix, e):
        return '[@"%s" stringByAppendingString:%s]' % (prefix, e)

    def env(self, NAME):
        return '[NSProcessInfo processInfo].environment[@"%s"]' % NAME

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ["NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:self.baseURL];",
                '[request setValue:%s forHTTPHeaderField:@"%s"];' % (hv, h),
                "[[self.session dataTaskWithRequest:request] resume];"]

    def path(self, R, ctx):
        return "%s/Services/%s%s.m" % (ctx["app"], ctx["svc"], "Manager")

    def wrap(self, R, ctx, decls, stmts):
        out = '#import "%sManager.h"\n#import <Foundation/Foundation.h>\n\n' % ctx["svc"]
        for d in decls:
            out += d + "\n"
        out += "\n@implementation %sManager\n\n- (void)configure {\n" % ctx["svc"]
        out += "\n".join(ind(s, "    ") for s in stmts) + "\n}\n\n@end\n"
        return out


# ---------------------------------------------------------------- C#
class CSharp(Lang):
    key = "csharp"
    filetype = "csharp"

    def mlit(self, lines):
        return '@"' + "\n".join(lines) + '\n"'

    def cname(self, n):
        return snake_to_pascal(n)

    def fname(self, n):
        return snake_to_pascal(n)

    def mname(self, n):
        return snake_to_pascal(n)

    def const_decl(self, N, v, typ="str", islit=True):
        t = {"str": "string", "int": "int", "bool": "bool"}[typ]
        return ("private const %s %s = %s;" if islit else "private static readonly %s %s = %s;") % (t, N, v)

    def map_expr(self, pairs):
        return "new Dictionary<string, string>\n{\n" + "".join('    ["%s"] = %s,\n' % (k, v) for k, v in pairs) + "}"

    def obj(self, ctx, fields):
        return "new %sOptions\n{\n" % ctx["svc"] + "".join("    %s = %s,\n" % (self.fname(k), v) for k, v in fields) + "}"

    def env(self, NAME):
        return 'Environment.GetEnvironmentVariable("%s")' % NAME

    def func_default(self, ctx, label, v):
        return "public static %s%s Create(string %s = %s) =>\n    new %s%s(%s);" % (
            ctx["svc"], ctx["cls"], self.vname(label), v, ctx["svc"], ctx["cls"], self.vname(label))

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        if h == "Authorization" and inner is not None and " " in inner:
            sch, val = inner.split(" ", 1)
            return ['_httpClient.DefaultRequestHeaders.Authorization =\n    new AuthenticationHeaderValue("%s", "%s");' % (sch, val),
                    'var response = await _httpClient.GetAsync("/v1/account");']
        return ['_httpClient.DefaultRequestHeaders.Add("%s", %s);' % (h, hv),
                'var response = await _httpClient.GetAsync("/v1/account");']

    def extra(self, R, ctx, cred, v):
        if cred["cat"] == "password":
            return ([], ["var builder = new SqlConnectionStringBuilder\n{\n    DataSource = \"%s\",\n    UserID = \"%s\",\n    Password = %s,\n    InitialCatalog = \"%s\",\n};" % (ctx["host"], ctx["user"], v, ctx["mod"]),
                         "await using var connection = new SqlConnection(builder.ConnectionString);"])
        return None

    def path(self, R, ctx):
        return "src/%s.%s/%sService.cs" % (snake_to_pascal(ctx["org_id"]), snake_to_pascal(ctx["mod"]), ctx["svc"])

    def wrap(self, R, ctx, decls, stmts):
        out = "using System;\nusing System.Collections.Generic;\nusing System.Net.Http;\nusing System.Net.Http.Headers;\nusing System.Threading.Tasks;\n\n"
        out += "namespace %s.%s\n{\n    public class %sService\n    {\n" % (snake_to_pascal(ctx["org_id"]), snake_to_pascal(ctx["mod"]), ctx["svc"])
        out += "        private readonly HttpClient _httpClient;\n"
        for d in decls:
            out += "\n" + ind(d, "        ") + "\n"
        out += "\n        public async Task ConfigureAsync()\n        {\n" + "\n".join(ind(s, "            ") for s in stmts)
        out += "\n        }\n    }\n}\n"
        return out


# ---------------------------------------------------------------- F#
class FSharp(Lang):
    key = "fsharp"
    filetype = "fsharp"

    def mlit(self, lines):
        return '"""' + "\n".join(lines) + '\n"""'

    def cname(self, n):
        return snake_to_pascal(n)

    def fname(self, n):
        return snake_to_pascal(n)

    def mname(self, n):
        return snake_to_pascal(n)

    def const_decl(self, N, v, typ="str", islit=True):
        return ("[<Literal>]\nlet %s = %s" if islit else "let %s = %s") % (N, v)

    def local(self, n, e, typ="any"):
        return "let %s = %s" % (self.vname(n), e)

    def stmt(self, e):
        return e + " |> ignore"

    def new(self, ctx, a):
        return "new %s%s(%s)" % (ctx["svc"], ctx["cls"], self.args(a))

    def map_expr(self, pairs):
        return "dict [\n" + "".join('    "%s", %s\n' % (k, v) for k, v in pairs) + "]"

    def obj(self, ctx, fields):
        return "{ " + "\n  ".join("%s = %s" % (self.fname(k), v) for k, v in fields) + " }"

    def concat(self, prefix, e):
        return '"%s" + %s' % (prefix, e)

    def env(self, NAME):
        return 'Environment.GetEnvironmentVariable "%s"' % NAME

    def func_default(self, ctx, label, v):
        lb = self.vname(label)
        return "type %sFactory =\n    static member Create(?%s: string) =\n        let %s = defaultArg %s %s\n        new %s%s(%s)" % (
            ctx["svc"], lb, lb, lb, v, ctx["svc"], ctx["cls"], lb)

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ['use request = new HttpRequestMessage(HttpMethod.Get, "/v1/usage")',
                'request.Headers.Add("%s", %s)' % (h, hv),
                "let! response = client.SendAsync request |> Async.AwaitTask"]

    def path(self, R, ctx):
        return "src/%s/%s.fs" % (snake_to_pascal(ctx["mod"]), ctx["svc"])

    def wrap(self, R, ctx, decls, stmts):
        out = "module %s.%s.%s\n\nopen System\nopen System.Net.Http\nopen System.Collections.Generic\n\n" % (
            snake_to_pascal(ctx["org_id"]), snake_to_pascal(ctx["mod"]), ctx["svc"])
        for d in decls:
            out += d + "\n\n"
        uses_async = any("let!" in s for s in stmts)
        if uses_async:
            out += "let configure (client: HttpClient) =\n    async {\n" + "\n".join(ind(s, "        ") for s in stmts) + "\n        return ()\n    }\n"
        else:
            out += "let configure () =\n" + "\n".join(ind(s, "    ") for s in stmts) + "\n    ()\n"
        return out


# ---------------------------------------------------------------- PHP
class PHP(Lang):
    key = filetype = "php"
    unsafe = ["'"]
    const_nonlit = True

    def lit(self, s):
        return "'%s'" % s

    def mlit(self, lines):
        return "<<<'PEM'\n" + "\n".join(lines) + "\nPEM"

    def vref(self, n):
        return "$" + self.vname(n)

    def const_decl(self, N, v, typ="str", islit=True):
        return "define('%s', %s);" % (N, v)

    def local(self, n, e, typ="any"):
        return "$%s = %s;" % (self.vname(n), e)

    def args(self, a):
        return ", ".join(("%s: %s" % (snake_to_camel(l), e)) if l else e for l, e in a)

    def new(self, ctx, a):
        return "new \\%s\\%s%s(%s)" % (ctx["svc"], ctx["svc"], ctx["cls"], self.args(a))

    def mcall(self, recv, meth, a):
        return "%s->%s(%s)" % (self.vref(recv), self.mname(meth), ", ".join(e for _, e in a))

    def map_expr(self, pairs):
        return "[\n" + "".join("    '%s' => %s,\n" % (k, v) for k, v in pairs) + "]"

    def obj(self, ctx, fields):
        return "new %sConfig(\n" % ctx["svc"] + ",\n".join("    %s: %s" % (self.fname(k), v) for k, v in fields) + ",\n)"

    def concat(self, prefix, e):
        return "'%s' . %s" % (prefix, e)

    def env(self, NAME):
        return "getenv('%s')" % NAME

    def func_default(self, ctx, label, v):
        lb = self.vname(label)
        return "function make%sClient(string $%s = %s): \\%s\\%s%s\n{\n    return new \\%s\\%s%s($%s);\n}" % (
            ctx["svc"], lb, v, ctx["svc"], ctx["svc"], ctx["cls"], ctx["svc"], ctx["svc"], ctx["cls"], lb)

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ["$response = $this->http->request('GET', '/v1/me', [\n    'headers' => [\n        '%s' => %s,\n        'Accept' => 'application/json',\n    ],\n]);" % (h, hv)]

    def extra(self, R, ctx, cred, v):
        if cred["cat"] == "password":
            return ([], ["$pdo = new PDO('mysql:host=%s;dbname=%s', '%s', %s, [\n    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,\n]);" % (ctx["host"], ctx["mod"], ctx["user"], v)])
        return None

    def path(self, R, ctx):
        return R.choice(["src/%s/%sService.php" % (snake_to_pascal(ctx["mod"]), ctx["svc"]),
                         "app/Services/%sService.php" % ctx["svc"]])

    def wrap(self, R, ctx, decls, stmts):
        out = "<?php\n\ndeclare(strict_types=1);\n\nnamespace App\\%s;\n\nuse GuzzleHttp\\Client;\n\n" % snake_to_pascal(ctx["mod"])
        for d in decls:
            out += d + "\n\n"
        out += "final class %sService\n{\n    public function __construct(private Client $http)\n    {\n    }\n\n" % ctx["svc"]
        out += "    public function boot(): void\n    {\n" + "\n".join(ind(s, "        ") for s in stmts) + "\n    }\n}\n"
        return out


# ---------------------------------------------------------------- Ruby
class Ruby(Lang):
    key = filetype = "ruby"
    unsafe = ['"', "#"]
    ind_s = "  "

    def comment(self, t):
        return '#' + " " + t

    def mlit(self, lines):
        return "<<~PEM\n" + "\n".join(lines) + "\nPEM"

    def vname(self, n):
        return n

    def fname(self, n):
        return n

    def mname(self, n):
        return n

    def const_decl(self, N, v, typ="str", islit=True):
        return "%s = %s" % (N, v + (".freeze" if islit and typ == "str" and not v.startswith("<<") else ""))

    def local(self, n, e, typ="any"):
        return "%s = %s" % (n, e)

    def stmt(self, e):
        return e

    def args(self, a):
        return ", ".join(("%s: %s" % (l, e)) if l else e for l, e in a)

    def new(self, ctx, a):
        return "%s::%s.new(%s)" % (ctx["svc"], ctx["cls"], self.args(a))

    def mcall(self, recv, meth, a):
        return "%s.%s(%s)" % (recv, meth, ", ".join(e for _, e in a))

    def map_expr(self, pairs):
        return "{\n" + ",\n".join("  %s: %s" % (k, v) for k, v in pairs) + "\n}"

    def obj(self, ctx, fields):
        return "%s::Config.new(\n" % ctx["svc"] + ",\n".join("  %s: %s" % (k, v) for k, v in fields) + "\n)"

    def env(self, NAME):
        return 'ENV.fetch("%s")' % NAME

    def func_default(self, ctx, label, v):
        return "def initialize(%s: %s)\n  @client = %s::%s.new(%s: %s)\nend" % (label, v, ctx["svc"], ctx["cls"], label, label)

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ['request = Net::HTTP::Get.new(URI("#{BASE_URL}/v1/account"))', 'request["%s"] = %s' % (h, hv),
                "response = Net::HTTP.start(request.uri.host, request.uri.port, use_ssl: true) { |http| http.request(request) }"]

    def path(self, R, ctx):
        return R.choice(["lib/%s/%s_client.rb" % (ctx["mod"], ctx["svc_lower"]), "app/services/%s_service.rb" % ctx["svc_lower"],
                         "config/initializers/%s.rb" % ctx["svc_lower"]])

    def wrap(self, R, ctx, decls, stmts):
        out = 'require "net/http"\nrequire "%s"\n\nmodule %s\n  class %sService\n' % (ctx["svc_lower"], snake_to_pascal(ctx["mod"]), ctx["svc"])
        out += '    BASE_URL = "https://api.%s.com"\n' % ctx["svc_lower"]
        for d in decls:
            out += ("\n" if d.startswith("def ") else "") + ind(d, "    ") + "\n"
        out += "\n    def configure\n" + "\n".join(ind(s, "      ") for s in stmts) + "\n    end\n  end\nend\n"
        return out


# ---------------------------------------------------------------- Python
class Python(Lang):
    key = filetype = "python"
    TRUE = "True"

    def comment(self, t):
        return '#' + " " + t

    def mlit(self, lines):
        return '"""' + "\n".join(lines) + '\n"""'

    def vname(self, n):
        return n

    def fname(self, n):
        return n

    def mname(self, n):
        return n

    def const_decl(self, N, v, typ="str", islit=True):
        return "%s = %s" % (N, v)

    def local(self, n, e, typ="any"):
        return "%s = %s" % (n, e)

    def stmt(self, e):
        return e

    def args(self, a):
        return ", ".join(("%s=%s" % (l, e)) if l else e for l, e in a)

    def new(self, ctx, a):
        return "%s.%s(%s)" % (ctx["svc_lower"], ctx["cls"], self.args(a))

    def mcall(self, recv, meth, a):
        return "%s.%s(%s)" % (recv, meth, ", ".join(e for _, e in a))

    def map_expr(self, pairs):
        return "{\n" + "".join('    "%s": %s,\n' % (k, v) for k, v in pairs) + "}"

    def obj(self, ctx, fields):
        return "%sConfig(\n" % ctx["svc"] + "".join("    %s=%s,\n" % (k, v) for k, v in fields) + ")"

    def env(self, NAME):
        return 'os.environ["%s"]' % NAME

    def func_default(self, ctx, label, v):
        return "def make_client(%s=%s):\n    return %s.%s(%s=%s)" % (label, v, ctx["svc_lower"], ctx["cls"], label, label)

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ['headers = {\n    "%s": %s,\n    "Accept": "application/json",\n}' % (h, hv),
                'resp = requests.get(f"{BASE_URL}/v1/account", headers=headers, timeout=10)', "resp.raise_for_status()"]

    def extra(self, R, ctx, cred, v):
        if cred["cat"] == "password":
            return ([], ['conn = psycopg2.connect(\n    host="%s",\n    dbname="%s",\n    user="%s",\n    password=%s,\n)' % (ctx["host"], ctx["mod"], ctx["user"], v)])
        if cred["cat"] == "signing" and cred["use"] and cred["use"][0] == "jwt":
            return ([], ['token = jwt.encode({"sub": user_id, "exp": expires_at}, %s, algorithm="HS256")' % v])
        return None

    def path(self, R, ctx):
        return R.choice(["%s/%s/client.py" % (ctx["app"], ctx["mod"]), "src/%s/%s.py" % (ctx["mod"], ctx["svc_lower"]),
                         "%s/settings.py" % ctx["app"], "services/%s/%s_client.py" % (ctx["mod"], ctx["svc_lower"])])

    def wrap(self, R, ctx, decls, stmts):
        out = '"""%s integration for the %s service."""\nimport os\n\nimport requests\nimport %s\n\n' % (ctx["svc"], ctx["mod"], ctx["svc_lower"])
        out += 'BASE_URL = "https://api.%s.com"\n' % ctx["svc_lower"]
        for d in decls:
            out += ("\n\n" if d.startswith("def ") else "") + d + "\n"
        out += "\n\ndef configure():\n" + "\n".join(ind(s, "    ") for s in stmts) + "\n"
        return out


# ---------------------------------------------------------------- TypeScript / JavaScript
class TS(Lang):
    key = filetype = "typescript"
    unsafe = ['"', "`"]

    def mlit(self, lines):
        return "`" + "\n".join(lines) + "\n`"

    def const_decl(self, N, v, typ="str", islit=True):
        return "export const %s = %s;" % (N, v)

    def local(self, n, e, typ="any"):
        return "const %s = %s;" % (self.vname(n), e)

    def new(self, ctx, a):
        if len(a) == 1:
            return "new %s(%s)" % (ctx["svc"], a[0][1])
        return "new %s%s({ %s })" % (ctx["svc"], ctx["cls"], ", ".join("%s: %s" % (snake_to_camel(l), e) for l, e in a))

    def map_expr(self, pairs):
        return "{\n" + "".join("  %s: %s,\n" % (snake_to_camel(k), v) for k, v in pairs) + "}"

    def obj(self, ctx, fields):
        return "create%sClient({\n" % ctx["svc"] + "".join("  %s: %s,\n" % (self.fname(k), v) for k, v in fields) + "})"

    def env(self, NAME):
        return "process.env.%s" % NAME + ("!" if self.key == "typescript" else "")

    def func_default(self, ctx, label, v):
        return "export function create%sClient(%s = %s) {\n  return new %s(%s);\n}" % (
            ctx["svc"], self.vname(label), v, ctx["svc"], self.vname(label))

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        hk = h if re.match(r"^[A-Za-z]+$", h) else '"%s"' % h
        return ['const res = await fetch(`${BASE_URL}/v1/account`, {\n  headers: {\n    %s: %s,\n    "Content-Type": "application/json",\n  },\n});' % (hk, hv),
                "if (!res.ok) throw new Error(`request failed: ${res.status}`);"]

    def path(self, R, ctx):
        return R.choice(["src/%s/%sClient.ts" % (ctx["mod"], snake_to_camel(ctx["svc_lower"])), "src/lib/%s.ts" % ctx["svc_lower"],
                         "server/%s/%s.ts" % (ctx["mod"], ctx["svc_lower"])])

    def wrap(self, R, ctx, decls, stmts):
        out = 'import %s from "%s";\n\nconst BASE_URL = "https://api.%s.com";\n\n' % (ctx["svc"], ctx["svc_lower"], ctx["svc_lower"])
        for d in decls:
            out += d + "\n\n"
        out += "export async function configure%s(): Promise<void> {\n" % snake_to_pascal(ctx["mod"])
        out += "\n".join(ind(s, "  ") for s in stmts) + "\n}\n"
        return out


class JS(TS):
    key = filetype = "javascript"

    def path(self, R, ctx):
        return R.choice(["src/%s/%s.js" % (ctx["mod"], ctx["svc_lower"]), "lib/%s.js" % ctx["svc_lower"],
                         "routes/%s.js" % ctx["mod"]])

    def const_decl(self, N, v, typ="str", islit=True):
        return "const %s = %s;" % (N, v)

    def wrap(self, R, ctx, decls, stmts):
        out = '"use strict";\n\nconst %s = require("%s");\n\nconst BASE_URL = "https://api.%s.com";\n\n' % (ctx["svc"], ctx["svc_lower"], ctx["svc_lower"])
        for d in decls:
            out += d.replace("export function", "function") + "\n\n"
        out += "async function configure() {\n" + "\n".join(ind(s, "  ") for s in stmts) + "\n}\n\nmodule.exports = { configure };\n"
        return out


class TSX(TS):
    key = "tsx"
    filetype = "tsx"

    def path(self, R, ctx):
        return "src/components/%s/%sPanel.tsx" % (snake_to_pascal(ctx["mod"]), ctx["svc"])

    def wrap(self, R, ctx, decls, stmts):
        out = 'import React, { useEffect, useState } from "react";\n\n'
        for d in decls:
            out += d + "\n\n"
        out += "export default function %sPanel() {\n  const [ready, setReady] = useState(false);\n\n" % ctx["svc"]
        out += "  useEffect(() => {\n    (async () => {\n" + "\n".join(ind(s, "      ") for s in stmts)
        out += "\n      setReady(true);\n    })();\n  }, []);\n\n  return <div className=\"%s-panel\">{ready ? \"Connected\" : \"Loading...\"}</div>;\n}\n" % ctx["mod"]
        return out.replace("${BASE_URL}", "https://api.%s.com" % ctx["svc_lower"])


class Vue(TS):
    key = "vue"
    filetype = "vue"

    def path(self, R, ctx):
        return "src/components/%s%s.vue" % (ctx["svc"], snake_to_pascal(ctx["mod"]))

    def env(self, NAME):
        return "import.meta.env.VITE_%s" % NAME

    def wrap(self, R, ctx, decls, stmts):
        out = '<template>\n  <section class="%s">\n    <h2>{{ title }}</h2>\n    <p v-if="loaded">Synced</p>\n  </section>\n</template>\n\n' % ctx["mod"]
        out += '<script setup lang="ts">\nimport { onMounted, ref } from "vue";\n\nconst title = "%s";\nconst loaded = ref(false);\n\n' % snake_to_pascal(ctx["mod"])
        for d in decls:
            out += d.replace("export ", "") + "\n\n"
        out += "onMounted(async () => {\n" + "\n".join(ind(s, "  ") for s in stmts) + "\n  loaded.value = true;\n});\n</script>\n"
        return out.replace("${BASE_URL}", "https://api.%s.com" % ctx["svc_lower"])


# ---------------------------------------------------------------- Rust
class Rust(Lang):
    key = filetype = "rust"
    const_nonlit = False
    has_default = False

    def mlit(self, lines):
        return 'r#"' + "\n".join(lines) + '\n"#'

    def vname(self, n):
        return n

    def fname(self, n):
        return n

    def mname(self, n):
        return n

    def const_decl(self, N, v, typ="str", islit=True):
        t = {"str": "&str", "int": "u32", "bool": "bool"}[typ]
        return "const %s: %s = %s;" % (N, t, v)

    def local(self, n, e, typ="any"):
        return "let %s = %s;" % (n, e)

    def new(self, ctx, a):
        return "%s::%s::new(%s)" % (ctx["svc_lower"], ctx["cls"], self.args(a))

    def mcall(self, recv, meth, a):
        return "%s::%s(%s)" % (recv, meth, ", ".join(e for _, e in a))

    def map_expr(self, pairs):
        return "HashMap::from([\n" + "".join('    ("%s", %s),\n' % (k, v) for k, v in pairs) + "])"

    def obj(self, ctx, fields):
        return "%s::Config {\n" % ctx["svc_lower"] + "".join("    %s: %s.into(),\n" % (k, v) for k, v in fields) + "    ..Default::default()\n}"

    def concat(self, prefix, e):
        return 'format!("%s{}", %s)' % (prefix, e)

    def env(self, NAME):
        return 'std::env::var("%s")?' % NAME

    def extra(self, R, ctx, cred, v):
        if cred["cat"] == "signing" and v.startswith('"'):
            return (["const %s: &[u8] = b%s;" % (self.cname(ctx["name"]), v)],
                    ["let mut mac = Hmac::<Sha256>::new_from_slice(%s)?;" % self.cname(ctx["name"]), "mac.update(payload);"])
        return None

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ["let resp = client\n    .get(format!(\"{BASE_URL}/v1/me\"))\n    .header(\"%s\", %s)\n    .send()\n    .await?;" % (h, hv),
                "resp.error_for_status_ref()?;"]

    def path(self, R, ctx):
        return R.choice(["src/%s.rs" % ctx["mod"], "src/%s/client.rs" % ctx["mod"], "crates/%s/src/lib.rs" % ctx["mod"]])

    def wrap(self, R, ctx, decls, stmts):
        out = "use std::collections::HashMap;\n\nuse anyhow::Result;\n\n"
        out += 'const BASE_URL: &str = "https://api.%s.com";\n' % ctx["svc_lower"]
        for d in decls:
            out += d + "\n"
        out += "\npub async fn configure(client: &reqwest::Client) -> Result<()> {\n" + "\n".join(ind(s, "    ") for s in stmts) + "\n    Ok(())\n}\n"
        return out


# ---------------------------------------------------------------- C
class CLang(Lang):
    key = "c"
    filetype = "c"
    const_nonlit = False
    has_default = False

    def mlit(self, lines):
        return "\n".join('    "%s\\n"' % l for l in lines).lstrip()

    def vname(self, n):
        return n

    def fname(self, n):
        return n

    def const_decl(self, N, v, typ="str", islit=True):
        if typ == "str":
            return "static const char %s[] = %s;" % (N, v)
        return "#define %s %s" % (N, v)

    def local(self, n, e, typ="any"):
        if typ == "map":
            return "const struct kv %s[] = %s;" % (n, e)
        if typ == "obj":
            return "struct %s_config %s = %s;" % (self._svc, n, e)
        if typ == "client":
            return "%s_client *%s = %s;" % (self._svc, n, e)
        return "const char *%s = %s;" % (n, e)

    def new(self, ctx, a):
        return "%s_client_new(%s)" % (ctx["svc_lower"], self.args(a))

    def mcall(self, recv, meth, a):
        return "%s_%s(%s)" % (recv, meth, ", ".join(e for _, e in a))

    def map_expr(self, pairs):
        return "{\n" + "".join('    { "%s", %s },\n' % (k, v) for k, v in pairs) + "    { NULL, NULL },\n}"

    def obj(self, ctx, fields):
        return "{\n" + "".join("    .%s = %s,\n" % (k, v) for k, v in fields) + "}"

    def concat(self, prefix, e):
        return None

    def env(self, NAME):
        return 'getenv("%s")' % NAME

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        if inner is not None:
            return ['headers = curl_slist_append(headers, "%s: %s");' % (h, inner),
                    "curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);"]
        return ["char auth[512];", 'snprintf(auth, sizeof auth, "%s: %s%%s", %s);' % (h, prefix, bare),
                "headers = curl_slist_append(headers, auth);", "curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);"]

    def extra(self, R, ctx, cred, v):
        if cred["cat"] == "password":
            return ([], ["MYSQL *conn = mysql_init(NULL);",
                         'if (!mysql_real_connect(conn, "%s", "%s", %s, "%s", 3306, NULL, 0)) {\n    fprintf(stderr, "connect failed: %%s\\n", mysql_error(conn));\n    return -1;\n}' % (ctx["host"], ctx["user"], v, ctx["mod"])])
        return None

    def path(self, R, ctx):
        return R.choice(["src/%s.c" % ctx["mod"], "src/%s/%s_client.c" % (ctx["mod"], ctx["svc_lower"]), "lib/%s.c" % ctx["svc_lower"]])

    def wrap(self, R, ctx, decls, stmts):
        out = '#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <curl/curl.h>\n#include "%s.h"\n\n' % ctx["svc_lower"]
        for d in decls:
            out += d + "\n"
        out += "\nint %s_init(CURL *curl)\n{\n    struct curl_slist *headers = NULL;\n" % ctx["mod"]
        out += "\n".join(ind(s, "    ") for s in stmts) + "\n    return 0;\n}\n"
        return out


class Cpp(Lang):
    key = "cpp"
    filetype = "cpp"
    ind_s = "  "

    def mlit(self, lines):
        return 'R"PEM(' + "\n".join(lines) + '\n)PEM"'

    def cname(self, n):
        return "k" + snake_to_pascal(n)

    def vname(self, n):
        return n

    def fname(self, n):
        return n

    def mname(self, n):
        return n

    def const_decl(self, N, v, typ="str", islit=True):
        if not islit:
            return "static const std::string %s = %s;" % (N, v)
        t = {"str": "constexpr char %s[] = %s;", "int": "constexpr int %s = %s;", "bool": "constexpr bool %s = %s;"}[typ]
        return t % (N, v)

    def local(self, n, e, typ="any"):
        return "auto %s = %s;" % (n, e)

    def new(self, ctx, a):
        return "std::make_unique<%s::%s>(%s)" % (ctx["svc_lower"], ctx["cls"], self.args(a))

    def map_expr(self, pairs):
        return "std::map<std::string, std::string>{\n" + "".join('    {"%s", %s},\n' % (k, v) for k, v in pairs) + "}"

    def obj(self, ctx, fields):
        return "%s::Config{\n" % ctx["svc_lower"] + "".join("    .%s = %s,\n" % (k, v) for k, v in fields) + "}"

    def concat(self, prefix, e):
        return 'std::string("%s") + %s' % (prefix, e)

    def env(self, NAME):
        return 'std::getenv("%s")' % NAME

    def func_default(self, ctx, label, v):
        return "class %sGateway {\n public:\n  explicit %sGateway(std::string %s = %s)\n      : %s_(std::move(%s)) {}\n\n private:\n  std::string %s_;\n};" % (
            ctx["svc"], ctx["svc"], label, v, label, label, label)

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ['auto r = cpr::Get(cpr::Url{base_url + "/v1/status"},\n              cpr::Header{{"%s", %s}});' % (h, hv),
                'if (r.status_code != 200) throw std::runtime_error("status check failed");']

    def path(self, R, ctx):
        return R.choice(["src/%s/%s_client.cpp" % (ctx["mod"], ctx["svc_lower"]), "src/%s.cc" % ctx["mod"]])

    def wrap(self, R, ctx, decls, stmts):
        out = '#include <cstdlib>\n#include <map>\n#include <memory>\n#include <string>\n\n#include <cpr/cpr.h>\n#include "%s/client.h"\n\n' % ctx["svc_lower"]
        out += "namespace %s::%s {\n\n" % (ctx["org_id"].replace("-", "_"), ctx["mod"])
        for d in decls:
            out += d + "\n\n"
        out += "void Configure(const std::string& base_url) {\n" + "\n".join(ind(s, "  ") for s in stmts) + "\n}\n\n}  // namespace\n"
        return out


# ---------------------------------------------------------------- Dart
class Dart(Lang):
    key = filetype = "dart"
    unsafe = ["'", "$"]
    ind_s = "  "

    def lit(self, s):
        return "'%s'" % s

    def mlit(self, lines):
        return "'''\n" + "\n".join(lines) + "\n'''"

    def cname(self, n):
        return snake_to_camel(n)

    def const_decl(self, N, v, typ="str", islit=True):
        return ("const %s = %s;" if islit else "final %s = %s;") % (N, v)

    def local(self, n, e, typ="any"):
        return "final %s = %s;" % (self.vname(n), e)

    def args(self, a):
        return ", ".join(("%s: %s" % (snake_to_camel(l), e)) if l else e for l, e in a)

    def new(self, ctx, a):
        return "%s%s(%s)" % (ctx["svc"], ctx["cls"], self.args(a))

    def map_expr(self, pairs):
        return "{\n" + "".join("  '%s': %s,\n" % (k, v) for k, v in pairs) + "}"

    def obj(self, ctx, fields):
        return "%sOptions(\n" % ctx["svc"] + "".join("  %s: %s,\n" % (self.fname(k), v) for k, v in fields) + ")"

    def concat(self, prefix, e):
        return "'%s' + %s" % (prefix, e)

    def env(self, NAME):
        return "Platform.environment['%s']!" % NAME

    def func_default(self, ctx, label, v):
        lb = self.vname(label)
        return "%s%s create%sClient({String %s = %s}) {\n  return %s%s(%s: %s);\n}" % (
            ctx["svc"], ctx["cls"], ctx["svc"], lb, v, ctx["svc"], ctx["cls"], lb, lb)

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ["final response = await http.get(\n  Uri.parse('$baseUrl/v1/account'),\n  headers: {'%s': %s},\n);" % (h, hv),
                "if (response.statusCode != 200) throw HttpException('status ${response.statusCode}');"]

    def path(self, R, ctx):
        return "lib/services/%s_service.dart" % ctx["svc_lower"]

    def wrap(self, R, ctx, decls, stmts):
        out = "import 'dart:io';\n\nimport 'package:http/http.dart' as http;\n\n"
        out += "const baseUrl = 'https://api.%s.com';\n" % ctx["svc_lower"]
        for d in decls:
            out += d + "\n"
        out += "\nclass %sService {\n  Future<void> configure() async {\n" % ctx["svc"] + "\n".join(ind(s, "    ") for s in stmts) + "\n  }\n}\n"
        return out


# ---------------------------------------------------------------- Elixir
class Elixir(Lang):
    key = filetype = "elixir"
    unsafe = ['"', "#{"]
    ind_s = "  "

    def comment(self, t):
        return '#' + " " + t

    def mlit(self, lines):
        return '"""\n' + "\n".join(lines) + '\n"""'

    def cname(self, n):
        return n

    def vname(self, n):
        return n

    def fname(self, n):
        return n

    def mname(self, n):
        return n

    def ref_const(self, N):
        return "@" + N

    def const_decl(self, N, v, typ="str", islit=True):
        return "@%s %s" % (N, v)

    def local(self, n, e, typ="any"):
        return "%s = %s" % (n, e)

    def stmt(self, e):
        return e

    def args(self, a):
        if any(l for l, _ in a):
            return ", ".join(("%s: %s" % (l, e)) if l else e for l, e in a)
        return ", ".join(e for _, e in a)

    def new(self, ctx, a):
        return "%s.%s.new(%s)" % (ctx["svc"], ctx["cls"], self.args(a))

    def mcall(self, recv, meth, a):
        return "%s.%s(%s)" % (snake_to_pascal(recv), meth, ", ".join(e for _, e in a))

    def map_expr(self, pairs):
        return "%{\n" + ",\n".join('  "%s" => %s' % (k, v) for k, v in pairs) + "\n}"

    def obj(self, ctx, fields):
        return "%%%s.Config{\n" % ctx["svc"] + ",\n".join("  %s: %s" % (k, v) for k, v in fields) + "\n}"

    def concat(self, prefix, e):
        return '"%s" <> %s' % (prefix, e)

    def env(self, NAME):
        return 'System.fetch_env!("%s")' % NAME

    def func_default(self, ctx, label, v):
        return "def client(%s \\\\ %s) do\n  %s.%s.new(%s: %s)\nend" % (label, v, ctx["svc"], ctx["cls"], label, label)

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ['headers = [{"%s", %s}, {"accept", "application/json"}]' % (h.lower(), hv),
                '{:ok, %Req.Response{status: 200}} = Req.get(@base_url <> "/v1/account", headers: headers)']

    def path(self, R, ctx):
        return "lib/%s/%s.ex" % (ctx["app"], ctx["svc_lower"])

    def wrap(self, R, ctx, decls, stmts):
        out = "defmodule %s.%s do\n  @moduledoc false\n\n  @base_url \"https://api.%s.com\"\n" % (snake_to_pascal(ctx["app"]), ctx["svc"], ctx["svc_lower"])
        for d in decls:
            out += ("\n" if d.startswith("def ") else "") + ind(d, "  ") + "\n"
        out += "\n  def configure do\n" + "\n".join(ind(s, "    ") for s in stmts) + "\n    :ok\n  end\nend\n"
        return out


# ---------------------------------------------------------------- Erlang
class Erlang(Lang):
    key = filetype = "erlang"
    has_default = False
    has_struct = False
    const_nonlit = False

    def comment(self, t):
        return '%' + " " + t

    def cname(self, n):
        return n.upper()

    def ref_const(self, N):
        return "?" + N

    def vname(self, n):
        return snake_to_pascal(n)

    def vref(self, n):
        return snake_to_pascal(n)

    def const_decl(self, N, v, typ="str", islit=True):
        return "-define(%s, %s)." % (N, v)

    def local(self, n, e, typ="any"):
        return "%s = %s" % (snake_to_pascal(n), e)

    def stmt(self, e):
        return e

    def new(self, ctx, a):
        return "%s_client:new(%s)" % (ctx["svc_lower"], self.args(a))

    def mcall(self, recv, meth, a):
        return "%s:%s(%s)" % (recv, meth, ", ".join(e for _, e in a))

    def map_expr(self, pairs):
        return "#{\n" + ",\n".join('    <<"%s">> => %s' % (k, v) for k, v in pairs) + "\n}"

    def concat(self, prefix, e):
        return '"%s" ++ %s' % (prefix, e)

    def env(self, NAME):
        return 'os:getenv("%s")' % NAME

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ['Headers = [{"%s", %s}]' % (h, hv),
                '{ok, {{_, 200, _}, _, _Body}} = httpc:request(get, {?BASE_URL ++ "/v1/me", Headers}, [], [])']

    def path(self, R, ctx):
        return "src/%s_%s.erl" % (ctx["app"], ctx["svc_lower"])

    def wrap(self, R, ctx, decls, stmts):
        m = "%s_%s" % (ctx["app"], ctx["svc_lower"])
        out = "-module(%s).\n-export([configure/0]).\n\n-define(BASE_URL, \"https://api.%s.com\").\n" % (m, ctx["svc_lower"])
        for d in decls:
            out += d + "\n"
        out += "\nconfigure() ->\n" + ",\n".join(ind(s, "    ") for s in stmts) + ",\n    ok.\n"
        return out


# ---------------------------------------------------------------- Haskell
class Haskell(Lang):
    key = filetype = "haskell"
    has_default = False
    const_nonlit = False
    TRUE = "True"

    def comment(self, t):
        return '--' + " " + t

    def cname(self, n):
        return snake_to_camel(n)

    def const_decl(self, N, v, typ="str", islit=True):
        t = {"str": "Text", "int": "Int", "bool": "Bool"}[typ]
        return "%s :: %s\n%s = %s" % (N, t, N, v)

    def local(self, n, e, typ="any"):
        if e.startswith("getEnv") or e.startswith("lookupEnv") or e.startswith("T.pack <$>"):
            return "%s <- %s" % (self.vname(n), e)
        if "\n" in e:
            return "let %s =\n%s" % (self.vname(n), ind(e, "        "))
        return "let %s = %s" % (self.vname(n), e)

    def stmt(self, e):
        return e

    def _a(self, e):
        return e if re.match(r'^[A-Za-z0-9_."]+$', e) or (e.startswith('"') and e.endswith('"')) else "(" + e + ")"

    def new(self, ctx, a):
        return "%s.new%s %s" % (ctx["svc"], ctx["cls"], " ".join(self._a(e) for _, e in a))

    def mcall(self, recv, meth, a):
        return "%s.%s %s" % (snake_to_pascal(recv), snake_to_camel(meth), " ".join(self._a(e) for _, e in a))

    def map_expr(self, pairs):
        return "Map.fromList\n  [ " + "\n  , ".join('("%s", %s)' % (k, v) for k, v in pairs) + "\n  ]"

    def obj(self, ctx, fields):
        return "%sConfig\n  { " % ctx["svc"] + "\n  , ".join("%s = %s" % (self.fname(k), v) for k, v in fields) + "\n  }"

    def concat(self, prefix, e):
        return '"%s" <> %s' % (prefix, e)

    def env(self, NAME):
        return 'T.pack <$> getEnv "%s"' % NAME

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ['initReq <- parseRequest (baseUrl <> "/v1/me")',
                'let req = setRequestHeader "%s" [TE.encodeUtf8 %s] initReq' % (h, self._a(hv)),
                "resp <- httpLBS req"]

    def path(self, R, ctx):
        return "src/%s/%s.hs" % (snake_to_pascal(ctx["app"]), ctx["svc"])

    def wrap(self, R, ctx, decls, stmts):
        out = "{-# LANGUAGE OverloadedStrings #-}\n\nmodule %s.%s (configure) where\n\n" % (snake_to_pascal(ctx["app"]), ctx["svc"])
        out += "import qualified Data.Map.Strict as Map\nimport Data.Text (Text)\nimport qualified Data.Text as T\nimport qualified Data.Text.Encoding as TE\nimport Network.HTTP.Simple\nimport System.Environment (getEnv)\n\n"
        out += 'baseUrl :: String\nbaseUrl = "https://api.%s.com"\n\n' % ctx["svc_lower"]
        for d in decls:
            out += d + "\n\n"
        out += "configure :: IO ()\nconfigure = do\n" + "\n".join(ind(s, "  ") for s in stmts) + "\n  pure ()\n"
        return out


# ---------------------------------------------------------------- Lua
class Lua(Lang):
    key = filetype = "lua"
    ind_s = "  "

    def comment(self, t):
        return '--' + " " + t

    def mlit(self, lines):
        return "[[\n" + "\n".join(lines) + "\n]]"

    def vname(self, n):
        return n

    def fname(self, n):
        return n

    def mname(self, n):
        return n

    def const_decl(self, N, v, typ="str", islit=True):
        return "local %s = %s" % (N, v)

    def local(self, n, e, typ="any"):
        return "local %s = %s" % (n, e)

    def stmt(self, e):
        return e

    def args(self, a):
        if any(l for l, _ in a):
            return "{ " + ", ".join(("%s = %s" % (l, e)) if l else e for l, e in a) + " }"
        return ", ".join(e for _, e in a)

    def new(self, ctx, a):
        return "%s.new(%s)" % (ctx["svc_lower"], self.args(a))

    def mcall(self, recv, meth, a):
        return "%s.%s(%s)" % (recv, meth, ", ".join(e for _, e in a))

    def map_expr(self, pairs):
        return "{\n" + "".join("  %s = %s,\n" % (k, v) for k, v in pairs) + "}"

    def obj(self, ctx, fields):
        return "%s.config({\n" % ctx["svc_lower"] + "".join("  %s = %s,\n" % (k, v) for k, v in fields) + "})"

    def concat(self, prefix, e):
        return '"%s" .. %s' % (prefix, e)

    def env(self, NAME):
        return 'os.getenv("%s")' % NAME

    def func_default(self, ctx, label, v):
        return "function M.new(%s)\n  %s = %s or %s\n  return setmetatable({ %s = %s }, M)\nend" % (label, label, label, v, label, label)

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ["local httpc = http.new()",
                'local res, err = httpc:request_uri(BASE_URL .. "/v1/status", {\n  method = "GET",\n  headers = {\n    ["%s"] = %s,\n  },\n})' % (h, hv),
                "if not res then ngx.log(ngx.ERR, err) end"]

    def path(self, R, ctx):
        return R.choice(["lua/%s/%s.lua" % (ctx["mod"], ctx["svc_lower"]), "src/%s.lua" % ctx["svc_lower"]])

    def wrap(self, R, ctx, decls, stmts):
        out = 'local http = require("resty.http")\nlocal %s = require("%s")\n\nlocal BASE_URL = "https://api.%s.com"\n' % (ctx["svc_lower"], ctx["svc_lower"], ctx["svc_lower"])
        out += "local M = {}\nM.__index = M\n\n"
        for d in decls:
            out += d + "\n\n"
        out += "function M.configure()\n" + "\n".join(ind(s, "  ") for s in stmts) + "\nend\n\nreturn M\n"
        return out


# ---------------------------------------------------------------- R
class RLang(Lang):
    key = "r"
    filetype = "r"
    TRUE = "TRUE"
    ind_s = "  "

    def comment(self, t):
        return '#' + " " + t

    def vname(self, n):
        return n

    def fname(self, n):
        return n

    def cname(self, n):
        return n.upper()

    def const_decl(self, N, v, typ="str", islit=True):
        return "%s <- %s" % (N, v)

    def local(self, n, e, typ="any"):
        return "%s <- %s" % (n, e)

    def stmt(self, e):
        return e

    def args(self, a):
        return ", ".join(("%s = %s" % (l, e)) if l else e for l, e in a)

    def new(self, ctx, a):
        return "%s_client(%s)" % (ctx["svc_lower"], self.args(a))

    def mcall(self, recv, meth, a):
        return "%s_%s(%s)" % (recv, meth, ", ".join(e for _, e in a))

    def map_expr(self, pairs):
        return "list(\n" + ",\n".join("  %s = %s" % (k, v) for k, v in pairs) + "\n)"

    def obj(self, ctx, fields):
        return "%s_config(\n" % ctx["svc_lower"] + ",\n".join("  %s = %s" % (k, v) for k, v in fields) + "\n)"

    def concat(self, prefix, e):
        return 'paste0("%s", %s)' % (prefix, e)

    def env(self, NAME):
        return 'Sys.getenv("%s")' % NAME

    def func_default(self, ctx, label, v):
        return "make_client <- function(%s = %s) {\n  %s_client(%s = %s)\n}" % (label, v, ctx["svc_lower"], label, label)

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ['resp <- httr::GET(\n  paste0(base_url, "/v1/account"),\n  httr::add_headers(.headers = c("%s" = %s))\n)' % (h, hv),
                "httr::stop_for_status(resp)"]

    def path(self, R, ctx):
        return R.choice(["R/%s.R" % ctx["svc_lower"], "scripts/%s_%s.R" % (ctx["mod"], ctx["svc_lower"])])

    def wrap(self, R, ctx, decls, stmts):
        out = "library(httr)\nlibrary(jsonlite)\n\nbase_url <- \"https://api.%s.com\"\n\n" % ctx["svc_lower"]
        for d in decls:
            out += d + "\n\n"
        out += "configure_%s <- function() {\n" % ctx["mod"] + "\n".join(ind(s, "  ") for s in stmts) + "\n  invisible(TRUE)\n}\n"
        return out


# ---------------------------------------------------------------- Julia
class Julia(Lang):
    key = filetype = "julia"
    unsafe = ['"', "$"]

    def comment(self, t):
        return '#' + " " + t

    def mlit(self, lines):
        return '"""\n' + "\n".join(lines) + '\n"""'

    def vname(self, n):
        return n

    def fname(self, n):
        return n

    def mname(self, n):
        return n

    def const_decl(self, N, v, typ="str", islit=True):
        return "const %s = %s" % (N, v)

    def local(self, n, e, typ="any"):
        return "%s = %s" % (n, e)

    def stmt(self, e):
        return e

    def args(self, a):
        return ", ".join(("%s=%s" % (l, e)) if l else e for l, e in a)

    def new(self, ctx, a):
        return "%s.%s(%s)" % (ctx["svc"], ctx["cls"], self.args(a))

    def mcall(self, recv, meth, a):
        return "%s.%s(%s)" % (snake_to_pascal(recv), meth, ", ".join(e for _, e in a))

    def map_expr(self, pairs):
        return "Dict(\n" + ",\n".join('    "%s" => %s' % (k, v) for k, v in pairs) + ",\n)"

    def obj(self, ctx, fields):
        return "%sConfig(\n" % ctx["svc"] + "".join("    %s = %s,\n" % (k, v) for k, v in fields) + ")"

    def concat(self, prefix, e):
        return '"%s" * %s' % (prefix, e)

    def env(self, NAME):
        return 'ENV["%s"]' % NAME

    def func_default(self, ctx, label, v):
        return "function make_client(; %s=%s)\n    return %s.%s(%s)\nend" % (label, v, ctx["svc"], ctx["cls"], label)

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ['resp = HTTP.get(BASE_URL * "/v1/me", ["%s" => %s])' % (h, hv),
                "@assert resp.status == 200"]

    def path(self, R, ctx):
        return "src/%s.jl" % snake_to_pascal(ctx["svc_lower"])

    def wrap(self, R, ctx, decls, stmts):
        out = "module %s%s\n\nusing HTTP\nusing JSON3\n\nconst BASE_URL = \"https://api.%s.com\"\n\n" % (ctx["svc"], "Client", ctx["svc_lower"])
        for d in decls:
            out += d + "\n\n"
        out += "function configure()\n" + "\n".join(ind(s, "    ") for s in stmts) + "\n    return nothing\nend\n\nend # module\n"
        return out


# ---------------------------------------------------------------- Perl
class Perl(Lang):
    key = filetype = "perl"
    unsafe = ["'"]
    has_struct = False

    def comment(self, t):
        return '#' + " " + t

    def lit(self, s):
        return "'%s'" % s

    def vname(self, n):
        return n

    def vref(self, n):
        return "$" + n

    def const_decl(self, N, v, typ="str", islit=True):
        return "use constant %s => %s;" % (N, v)

    def local(self, n, e, typ="any"):
        if typ == "map":
            return "my %%%s = %s;" % (n, e)
        return "my $%s = %s;" % (n, e)

    def args(self, a):
        return ", ".join(("%s => %s" % (l, e)) if l else e for l, e in a)

    def new(self, ctx, a):
        return "%s::%s->new(%s)" % (ctx["svc"], ctx["cls"], self.args(a))

    def mcall(self, recv, meth, a):
        return "$%s->%s(%s)" % (recv, meth, ", ".join(e for _, e in a))

    def map_expr(self, pairs):
        return "(\n" + "".join("    %s => %s,\n" % (k, v) for k, v in pairs) + ")"

    def concat(self, prefix, e):
        return "'%s' . %s" % (prefix, e)

    def env(self, NAME):
        return "$ENV{%s}" % NAME

    def func_default(self, ctx, label, v):
        return "sub new {\n    my ($class, %%args) = @_;\n    my $%s = $args{%s} // %s;\n    return bless { client => %s::%s->new(%s => $%s) }, $class;\n}" % (
            label, label, v, ctx["svc"], ctx["cls"], label, label)

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ["my $req = HTTP::Request->new(GET => BASE_URL . '/v1/account');", "$req->header('%s' => %s);" % (h, hv),
                "my $res = $ua->request($req);", "die $res->status_line unless $res->is_success;"]

    def path(self, R, ctx):
        return "lib/%s/%s.pm" % (snake_to_pascal(ctx["app"]), ctx["svc"])

    def wrap(self, R, ctx, decls, stmts):
        out = "package %s::%s;\n\nuse strict;\nuse warnings;\nuse LWP::UserAgent;\nuse HTTP::Request;\n\n" % (snake_to_pascal(ctx["app"]), ctx["svc"])
        out += "use constant BASE_URL => 'https://api.%s.com';\n" % ctx["svc_lower"]
        for d in decls:
            out += ("\n" if d.startswith("sub ") else "") + d + "\n"
        out += "\nsub configure {\n    my ($self) = @_;\n    my $ua = LWP::UserAgent->new(timeout => 10);\n" + "\n".join(ind(s, "    ") for s in stmts) + "\n    return 1;\n}\n\n1;\n"
        return out


# ---------------------------------------------------------------- PowerShell
class PowerShell(Lang):
    key = "powershell"
    filetype = "powershell"
    unsafe = ["'"]
    TRUE = "$true"

    def comment(self, t):
        return '#' + " " + t

    def lit(self, s):
        return "'%s'" % s

    def mlit(self, lines):
        return "@'\n" + "\n".join(lines) + "\n'@"

    def cname(self, n):
        return snake_to_pascal(n)

    def vname(self, n):
        return snake_to_pascal(n)

    def vref(self, n):
        return "$" + snake_to_pascal(n)

    def ref_const(self, N):
        return "$" + N

    def const_decl(self, N, v, typ="str", islit=True):
        return "$%s = %s" % (N, v)

    def local(self, n, e, typ="any"):
        return "$%s = %s" % (snake_to_pascal(n), e)

    def stmt(self, e):
        return e

    def new(self, ctx, a):
        return "[%s.%s]::new(%s)" % (ctx["svc"], ctx["cls"], self.args(a))

    def mcall(self, recv, meth, a):
        return "$%s.%s(%s)" % (snake_to_pascal(recv), snake_to_pascal(meth), ", ".join(e for _, e in a))

    def map_expr(self, pairs):
        return "@{\n" + "".join("    %s = %s\n" % (snake_to_pascal(k), v) for k, v in pairs) + "}"

    def obj(self, ctx, fields):
        return "[pscustomobject]@{\n" + "".join("    %s = %s\n" % (snake_to_pascal(k), v) for k, v in fields) + "}"

    def concat(self, prefix, e):
        return "'%s' + %s" % (prefix, e)

    def env(self, NAME):
        return "$env:%s" % NAME

    def func_default(self, ctx, label, v):
        return "function Connect-%s {\n    [CmdletBinding()]\n    param(\n        [string]$%s = %s\n    )\n    [%s.%s]::new($%s)\n}" % (
            ctx["svc"], snake_to_pascal(label), v, ctx["svc"], ctx["cls"], snake_to_pascal(label))

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ["$Headers = @{\n    '%s' = %s\n    Accept = 'application/json'\n}" % (h, hv),
                "$Response = Invoke-RestMethod -Uri \"$BaseUrl/v1/account\" -Headers $Headers -Method Get"]

    def extra(self, R, ctx, cred, v):
        if cred["cat"] == "password":
            return ([], ["$SecurePassword = ConvertTo-SecureString %s -AsPlainText -Force" % v,
                         "$Credential = New-Object System.Management.Automation.PSCredential('%s', $SecurePassword)" % ctx["user"],
                         "Invoke-Command -ComputerName '%s' -Credential $Credential -ScriptBlock { Restart-Service -Name W3SVC }" % ctx["host"]])
        return None

    def path(self, R, ctx):
        return R.choice(["scripts/%s-%s.ps1" % (snake_to_pascal(ctx["mod"]), ctx["svc"]), "deploy/Invoke-%s.ps1" % snake_to_pascal(ctx["mod"])])

    def wrap(self, R, ctx, decls, stmts):
        out = "#Requires -Version 7.0\nSet-StrictMode -Version Latest\n$ErrorActionPreference = 'Stop'\n\n"
        out += "$BaseUrl = 'https://api.%s.com'\n" % ctx["svc_lower"]
        for d in decls:
            out += ("\n" if d.startswith("function") else "") + d + "\n"
        out += "\nfunction Initialize-%s {\n" % snake_to_pascal(ctx["mod"]) + "\n".join(ind(s, "    ") for s in stmts) + "\n}\n\nInitialize-%s\n" % snake_to_pascal(ctx["mod"])
        return out


# ---------------------------------------------------------------- Groovy
class Groovy(Lang):
    key = filetype = "groovy"
    unsafe = ["'"]

    def lit(self, s):
        return "'%s'" % s

    def mlit(self, lines):
        return "'''\n" + "\n".join(lines) + "\n'''"

    def const_decl(self, N, v, typ="str", islit=True):
        t = {"str": "String", "int": "int", "bool": "boolean"}[typ]
        return "static final %s %s = %s" % (t, N, v)

    def local(self, n, e, typ="any"):
        return "def %s = %s" % (self.vname(n), e)

    def stmt(self, e):
        return e

    def map_expr(self, pairs):
        return "[\n" + ",\n".join("    %s: %s" % (snake_to_camel(k), v) for k, v in pairs) + ",\n]"

    def obj(self, ctx, fields):
        return "new %sConfig(\n" % ctx["svc"] + ",\n".join("    %s: %s" % (self.fname(k), v) for k, v in fields) + "\n)"

    def concat(self, prefix, e):
        return "'%s' + %s" % (prefix, e)

    def env(self, NAME):
        return "System.getenv('%s')" % NAME

    def func_default(self, ctx, label, v):
        return "static %s%s createClient(String %s = %s) {\n    new %s%s(%s)\n}" % (
            ctx["svc"], ctx["cls"], self.vname(label), v, ctx["svc"], ctx["cls"], self.vname(label))

    def header_stmts(self, ctx, h, hv, inner, prefix="", bare=None):
        return ["def connection = new URL(\"${BASE_URL}/v1/status\").openConnection() as HttpURLConnection",
                "connection.setRequestProperty('%s', %s)" % (h, hv),
                "assert connection.responseCode == 200"]

    def path(self, R, ctx):
        return "src/main/groovy/com/%s/%s/%sService.groovy" % (ctx["org_id"], ctx["mod"], ctx["svc"])

    def wrap(self, R, ctx, decls, stmts):
        out = "package com.%s.%s\n\nimport groovy.json.JsonSlurper\n\nclass %sService {\n" % (ctx["org_id"], ctx["mod"], ctx["svc"])
        out += "    static final String BASE_URL = 'https://api.%s.com'\n" % ctx["svc_lower"]
        for d in decls:
            out += "\n" + ind(d, "    ") + "\n"
        out += "\n    void configure() {\n" + "\n".join(ind(s, "        ") for s in stmts) + "\n    }\n}\n"
        return out


GENERIC_LANGS = [Go(), Java(), Kotlin(), Scala(), Swift(), ObjC(), CSharp(), FSharp(), PHP(), Ruby(), Python(), TS(),
                 JS(), TSX(), Vue(), Rust(), CLang(), Cpp(), Dart(), Elixir(), Erlang(), Haskell(), Lua(), RLang(),
                 Julia(), Perl(), PowerShell(), Groovy()]
LANG_BY_KEY = {L.key: L for L in GENERIC_LANGS}


# ----------------------------------------------------------------------------------
# Generic idiom engine (shared by positives and their negative twins)
# ----------------------------------------------------------------------------------
APPS = ["storefront", "ledger", "dispatch", "harbor", "atlas", "beacon", "compass", "relay", "nimbus", "orbit",
        "quill", "tessera", "pylon", "meridian"]


def make_ctx(R, cred):
    org = R.choice(ORGS)
    svc = cred["svc"]
    name = R.choice(cred["names"])
    ctx = {"svc": svc, "svc_lower": svc.lower(), "cls": cred["cls"], "mod": R.choice(MODS), "org": org,
           "org_id": org.replace("-", ""), "app": R.choice(APPS), "name": name, "label": label_of(name),
           "user": cred["user"] or R.choice(USERS), "host": cred["host"] or R.choice(HOSTS),
           "cls_suffix": R.choice(["Config", "Settings", "Service", "Gateway", "Module"])}
    if cred["id"]:
        ctx["idname"] = cred["id"][0]
        ctx["idlabel"] = label_of(cred["id"][0])
    return ctx


def log_stmt(L, ctx):
    return L.stmt(L.mcall("logger", "info", [(None, L.lit("%s client configured" % ctx["svc"]))]))


def use_stmts(L, ctx, cred, ref, idref=None):
    cat = cred["cat"]
    if cat == "token":
        return [L.local("client", L.new(ctx, [(ctx["label"], ref)]), "client")]
    if cat == "bearer":
        return L.header_stmts(ctx, "Authorization", L.concat("Bearer ", ref), None, "Bearer ", ref)
    if cat == "pair":
        return [L.local("client", L.new(ctx, [(ctx["idlabel"], idref), (ctx["label"], ref)]), "client")]
    if cat == "password":
        return [L.stmt(L.mcall("data_source", "set_username", [(None, L.lit(ctx["user"]))])),
                L.stmt(L.mcall("data_source", "set_password", [(None, ref)]))]
    recv, meth, pre = cred["use"] or ("client", "configure", [])
    res = {"conn": "conn", "url": "resp", "pem": "private_key", "signing": "signer"}.get(cat, "result")
    if cat == "url":
        a = [(None, ref), (None, L.vref("payload"))]
    else:
        a = [(None, L.vref(p)) for p in pre] + [(None, ref)]
    return [L.local(res, L.mcall(recv, meth, a))]


def generic_idioms(L, cred, ctx, neg=False):
    cat = cred["cat"]
    base = {"token": ["const", "local", "map", "ctor", "struct", "default", "header", "concat", "annotation", "extra"],
            "bearer": ["const", "header", "concat"],
            "pair": ["const", "ctor", "struct", "map"],
            "password": ["const", "local", "map", "struct", "ctor", "default", "extra"],
            "conn": ["const", "local", "ctor", "map", "struct", "default", "extra"],
            "url": ["const", "local", "ctor", "map", "struct"],
            "pem": ["const", "const_ml", "const_ml", "local", "ctor", "map"],
            "signing": ["const", "local", "ctor", "struct", "default", "map", "extra"]}[cat]
    out = []
    for i in base:
        if i == "default" and (not L.has_default or L.func_default(ctx, "x", "y") is None):
            continue
        if i == "struct" and not L.has_struct:
            continue
        if i in ("header", "concat") and not cred["header"]:
            continue
        if i == "concat" and (not cred["header"][1] or L.concat("x", "y") is None):
            continue
        if i == "annotation" and L.annotation(ctx, "p", "v") is None:
            continue
        if i == "const_ml" and (neg or L.mlit(["a"]) is None):
            continue
        if i == "extra" and (neg or L.extra(random.Random(0), ctx, cred, L.lit("x")) is None):
            continue
        out.append(i)
    return out


def render_generic(R, L, ctx, cred, idiom, v, idv, v_islit, hv=None, inner=None, bare=None):
    L._svc = ctx["svc_lower"]
    decls, stmts = [], []
    name = ctx["name"]
    N = L.cname(name)
    cat = cred["cat"]
    pair = cat == "pair"
    if idiom in ("const", "const_ml"):
        if pair:
            decls.append(L.const_decl(L.cname(ctx["idname"]), idv, islit=v_islit))
        decls.append(L.const_decl(N, v, islit=v_islit))
        stmts += use_stmts(L, ctx, cred, L.ref_const(N), L.ref_const(L.cname(ctx["idname"])) if pair else None)
    elif idiom == "local":
        stmts.append(L.local(name, v, "str"))
        stmts += use_stmts(L, ctx, cred, L.vref(name))
    elif idiom == "map":
        key = R.choice([name, ctx["label"]])
        pairs = [("base_url", L.lit("https://api.%s.com/v1" % ctx["svc_lower"]))]
        if pair:
            pairs.append((ctx["idlabel"], idv))
        if cat == "password":
            pairs.append(("username", L.lit(ctx["user"])))
        pairs.append((key, v))
        pairs.append(R.choice([("region", L.lit(R.choice(["eu-west-1", "us-east-1", "ap-southeast-2"]))),
                               ("timeout", L.lit("30s")), ("environment", L.lit("production"))]))
        stmts.append(L.local("settings", L.map_expr(pairs), "map"))
        stmts.append(L.local("client", L.new(ctx, [(None, L.vref("settings"))]), "client"))
    elif idiom == "ctor":
        if pair:
            stmts.append(L.local("client", L.new(ctx, [(ctx["idlabel"], idv), (ctx["label"], v)]), "client"))
        elif cat == "password":
            if R.random() < 0.5:
                stmts.append(L.local("session", L.mcall("client", "auth", [(None, L.lit(ctx["user"])), (None, v)])))
            else:
                stmts.append(L.stmt(L.mcall("data_source", "set_username", [(None, L.lit(ctx["user"]))])))
                stmts.append(L.stmt(L.mcall("data_source", "set_password", [(None, v)])))
        elif cat == "token":
            stmts.append(L.local("client", L.new(ctx, [(ctx["label"], v)]), "client"))
        else:
            stmts += use_stmts(L, ctx, cred, v)
    elif idiom == "struct":
        fields = []
        if pair:
            fields.append((ctx["idlabel"], idv))
        if cat == "password":
            fields.append(("username", L.lit(ctx["user"])))
        fields.append((ctx["label"], v))
        fields.append(R.choice([("timeout_seconds", "30"), ("max_retries", "3")]))
        stmts.append(L.local("config", L.obj(ctx, fields), "obj"))
        stmts.append(L.local("client", L.new(ctx, [(None, L.vref("config"))]), "client"))
    elif idiom == "default":
        decls.append(L.func_default(ctx, ctx["label"], v))
        stmts.append(log_stmt(L, ctx))
    elif idiom in ("header", "concat"):
        stmts += L.header_stmts(ctx, cred["header"][0], hv, inner, cred["header"][1], bare)
    elif idiom == "annotation":
        prop = "%s.%s" % (ctx["svc_lower"], ctx["label"].replace("_", "-"))
        decls.append(L.annotation(ctx, prop, inner))
        stmts.append(L.local("client", L.new(ctx, [(ctx["label"], L.vname(name))]), "client"))
    elif idiom == "extra":
        d, s = L.extra(R, ctx, cred, v)
        decls += d
        stmts += s
    if not stmts:
        stmts = [log_stmt(L, ctx)]
    return L.wrap(R, ctx, decls, stmts)


def render_positive_generic(R, L, ctx, cred, idiom):
    val = cred["value"]
    v = L.lit(val)
    idv = L.lit(cred["id"][1]) if cred["id"] else None
    hv = inner = bare = None
    if idiom == "const_ml":
        v = L.mlit(cred["pem"])
    if idiom == "header":
        pre = cred["header"][1]
        inner = pre + val
        hv = L.lit(inner)
        bare = L.lit(val)
    elif idiom == "concat":
        pre = cred["header"][1]
        hv = L.concat(pre, L.lit(val))
        bare = L.lit(val)
    elif idiom == "annotation":
        inner = val
    return render_generic(R, L, ctx, cred, idiom, v, idv, True, hv, inner, bare)


# ----------------------------------------------------------------------------------
# Custom (non-generic) file types for positives
# ----------------------------------------------------------------------------------
def env_name(ctx):
    return ctx["name"].upper()


def c_shell(R, ctx, cred):
    cat = cred["cat"]
    val = cred["value"]
    N = env_name(ctx)
    head = "#!/usr/bin/env bash\nset -euo pipefail\n\n"
    url = "https://api.%s.com/v1" % ctx["svc_lower"]
    if cat in ("token", "signing", "bearer"):
        hdr = cred["header"]
        r = R.random()
        if hdr and r < 0.45:
            body = "curl -fsSL \\\n  -H '%s: %s%s' \\\n  -H 'Accept: application/json' \\\n  \"%s/status\" | jq .\n" % (hdr[0], hdr[1], val, url)
            return head + "# quick health check used by the on-call runbook\n" + body
        if r < 0.7:
            return head + "export %s='%s'\n\n# start the %s worker with production settings\nexec ./bin/%s-worker --env production\n" % (N, val, ctx["mod"], ctx["mod"])
        return head + "cd \"$(dirname \"$0\")/..\"\n\n%s='%s' \\\n  python -m %s.sync --since \"${1:-yesterday}\"\n" % (N, val, ctx["mod"])
    if cat == "pair":
        IDN = ctx["idname"].upper()
        if cred["provider"] == "aws":
            return head + "export AWS_ACCESS_KEY_ID=%s\nexport AWS_SECRET_ACCESS_KEY=%s\nexport AWS_DEFAULT_REGION=eu-west-1\n\naws s3 sync ./dist \"s3://%s-%s-assets/\" --delete\n" % (cred["id"][1], val, ctx["org_id"], ctx["app"])
        return head + "export %s='%s'\nexport %s='%s'\n\n./bin/%s-sync --full\n" % (IDN, cred["id"][1], N, val, ctx["mod"])
    if cat == "password":
        u, h = ctx["user"], ctx["host"]
        r = R.randrange(5)
        if r == 0:
            return head + "PGPASSWORD='%s' psql -h %s -U %s -d %s -v ON_ERROR_STOP=1 -f migrations/latest.sql\n" % (val, h, u, ctx["mod"])
        if r == 1:
            return head + "mysqldump -h %s -u %s -p'%s' --single-transaction %s | gzip > \"backup-$(date +%%F).sql.gz\"\n" % (h, u, val, ctx["mod"])
        if r == 2:
            return head + "echo '%s' | docker login registry.%s.io -u %s --password-stdin\ndocker push registry.%s.io/%s:latest\n" % (val, ctx["org_id"], u, ctx["org_id"], ctx["app"])
        if r == 3:
            return head + "sshpass -p '%s' rsync -az ./build/ %s@%s:/srv/%s/\n" % (val, u, h, ctx["app"])
        return head + "curl -fsS -u '%s:%s' \"https://%s/api/v1/reindex\" -X POST\n" % (u, val, h)
    if cat == "conn":
        if R.random() < 0.5:
            return head + "export DATABASE_URL='%s'\n\n./manage.py migrate --noinput\n" % val
        return head + "psql '%s' -c 'VACUUM ANALYZE;'\n" % val if val.startswith("postgres") else head + "export %s='%s'\n./bin/%s migrate\n" % (N, val, ctx["app"])
    if cat == "url":
        return head + "STATUS=${1:-ok}\ncurl -fsS -X POST -H 'Content-type: application/json' \\\n  --data \"{\\\"text\\\": \\\"deploy finished: ${STATUS}\\\"}\" \\\n  '%s'\n" % val
    if cat == "pem":
        lines = cred["pem"]
        return head + "mkdir -p ~/.ssh\ncat > ~/.ssh/id_deploy <<'EOF'\n" + "\n".join(lines) + "\nEOF\nchmod 600 ~/.ssh/id_deploy\nssh-keyscan github.com >> ~/.ssh/known_hosts\n"
    return None


def c_sql(R, ctx, cred):
    cat = cred["cat"]
    val = cred["value"]
    u, h = ctx["user"], ctx["host"]
    if cat == "password":
        r = R.randrange(6)
        if r == 0:
            return "-- migrate:up\nCREATE ROLE %s WITH LOGIN PASSWORD '%s';\nGRANT CONNECT ON DATABASE %s TO %s;\nGRANT USAGE ON SCHEMA public TO %s;\n" % (u, val, ctx["mod"], u, u)
        if r == 1:
            return "USE [master];\nGO\nCREATE LOGIN [%s] WITH PASSWORD = N'%s', CHECK_POLICY = ON;\nGO\nUSE [%s];\nCREATE USER [%s] FOR LOGIN [%s];\nALTER ROLE db_datareader ADD MEMBER [%s];\nGO\n" % (u, val, ctx["mod"], u, u, u)
        if r == 2:
            return "CREATE USER '%s'@'%%' IDENTIFIED BY '%s';\nGRANT SELECT, INSERT, UPDATE ON %s.* TO '%s'@'%%';\nFLUSH PRIVILEGES;\n" % (u, val, ctx["mod"], u)
        if r == 3:
            return ("CREATE PROCEDURE dbo.usp_Setup%sLink\nAS\nBEGIN\n    SET NOCOUNT ON;\n    EXEC sp_addlinkedserver @server = N'REPORTING', @srvproduct = N'', @provider = N'SQLNCLI', @datasrc = N'%s';\n"
                    "    EXEC sp_addlinkedsrvlogin @rmtsrvname = N'REPORTING', @useself = 'FALSE', @locallogin = NULL,\n        @rmtuser = N'%s', @rmtpassword = N'%s';\nEND;\nGO\n") % (snake_to_pascal(ctx["mod"]), h, u, val)
        if r == 4:
            return "CREATE SERVER archive_srv FOREIGN DATA WRAPPER postgres_fdw\n    OPTIONS (host '%s', port '5432', dbname 'archive');\n\nCREATE USER MAPPING FOR app_rw SERVER archive_srv\n    OPTIONS (user '%s', password '%s');\n" % (h, u, val)
        return "ALTER USER %s IDENTIFIED BY \"%s\";\nGRANT CREATE SESSION TO %s;\n" % (u, val, u) if '"' not in val else None
    if cat == "conn":
        return "-- nightly archive copy\nSELECT dblink_connect('archive', '%s');\nINSERT INTO %s_archive SELECT * FROM dblink('archive', 'SELECT * FROM %s WHERE created_at < now() - interval ''90 days''') AS t(id bigint, payload jsonb, created_at timestamptz);\nSELECT dblink_disconnect('archive');\n" % (val, ctx["mod"], ctx["mod"]) if not val.startswith(("Server=", "jdbc:", "amqp", "redis", "mongodb")) else None
    if cat in ("token", "bearer", "signing"):
        r = R.randrange(4)
        hdr = cred["header"]
        if r == 0 and hdr:
            return ("CREATE OR REPLACE FUNCTION public.notify_%s()\nRETURNS trigger\nLANGUAGE plpgsql\nAS $$\nBEGIN\n  PERFORM net.http_post(\n    url := 'https://api.%s.com/v1/events',\n"
                    "    headers := jsonb_build_object('Content-Type', 'application/json', '%s', '%s%s'),\n    body := to_jsonb(NEW)\n  );\n  RETURN NEW;\nEND;\n$$;\n") % (ctx["mod"], ctx["svc_lower"], hdr[0], hdr[1], val)
        if r == 1:
            return "-- seed integration credentials for production\nINSERT INTO integration_credentials (provider, credential_name, secret_value, created_at)\nVALUES ('%s', '%s', '%s', now());\n" % (cred["provider"], ctx["name"], val)
        if r == 2:
            return "CREATE OR REPLACE SECRET %s_%s\n  TYPE = GENERIC_STRING\n  SECRET_STRING = '%s';\n\nGRANT USAGE ON SECRET %s_%s TO ROLE %s_ROLE;\n" % (ctx["svc_lower"], ctx["label"], val, ctx["svc_lower"], ctx["label"], ctx["mod"].upper())
        return "ALTER DATABASE postgres SET app.settings.%s TO '%s';\n" % (ctx["name"], val)
    if cat == "pair":
        if cred["provider"] == "aws":
            return "CREATE OR REPLACE STAGE raw_%s_stage\n  URL = 's3://%s-%s-raw/%s/'\n  CREDENTIALS = (AWS_KEY_ID = '%s' AWS_SECRET_KEY = '%s')\n  FILE_FORMAT = (TYPE = PARQUET);\n" % (
                ctx["mod"], ctx["org_id"], ctx["app"], ctx["mod"], cred["id"][1], val)
        return "INSERT INTO integration_credentials (provider, key_id, key_secret)\nVALUES ('%s', '%s', '%s');\n" % (cred["provider"], cred["id"][1], val)
    if cat == "url":
        return "INSERT INTO notification_channels (name, kind, target_url, enabled)\nVALUES ('%s-alerts', 'webhook', '%s', true);\n" % (ctx["mod"], val)
    if cat == "pem":
        return "INSERT INTO signing_keys (kid, algorithm, private_key_pem, active)\nVALUES ('%s-%d', 'RS256', E'%s', true);\n" % (ctx["app"], R.randrange(1, 9), val)
    return None


TF_PROVIDERS = {"github": ("github", "token", ['owner = "%(org)s"']), "gitlab": ("gitlab", "token", []),
                "cloudflare": ("cloudflare", "api_token", []), "datadog": ("datadog", "api_key", ['api_url = "https://api.datadoghq.eu/"']),
                "digitalocean": ("digitalocean", "token", []), "newrelic": ("newrelic", "api_key", ["account_id = %(acct)s", 'region     = "US"']),
                "vault": ("vault", "token", ['address = "https://vault.%(org)s.internal:8200"']),
                "terraform": ("tfe", "token", ['hostname = "app.terraform.io"']),
                "grafana": ("grafana", "auth", ['url = "https://%(org)s.grafana.net/"']),
                "okta": ("okta", "api_token", ['org_name = "%(org)s"', 'base_url = "okta.com"'])}


def c_hcl(R, ctx, cred):
    cat = cred["cat"]
    val = cred["value"]
    fmt = {"org": ctx["org_id"], "acct": R.randrange(1000000, 9999999)}
    pre = 'terraform {\n  required_version = ">= 1.5.0"\n}\n\n'
    if cat == "pair":
        if cred["provider"] == "aws":
            return pre + 'provider "aws" {\n  region     = "%s"\n  access_key = "%s"\n  secret_key = "%s"\n}\n\nresource "aws_s3_bucket" "assets" {\n  bucket = "%s-%s-assets"\n}\n' % (
                R.choice(["eu-west-1", "us-east-1"]), cred["id"][1], val, ctx["org_id"], ctx["app"])
        if cred["provider"] == "alibaba":
            return pre + 'provider "alicloud" {\n  access_key = "%s"\n  secret_key = "%s"\n  region     = "cn-hangzhou"\n}\n' % (cred["id"][1], val)
        if cred["provider"] == "azure":
            return pre + 'provider "azurerm" {\n  features {}\n\n  client_id       = "%s"\n  client_secret   = "%s"\n  tenant_id       = "%s"\n  subscription_id = "%s"\n}\n' % (
                cred["id"][1], val, ruuid(R), ruuid(R))
        return pre + 'resource "aws_ssm_parameter" "%s" {\n  name  = "/%s/%s"\n  type  = "SecureString"\n  value = "%s"\n}\n' % (ctx["label"], ctx["app"], ctx["name"], val)
    if cat in ("token", "bearer", "signing"):
        if cred["provider"] in TF_PROVIDERS and cat == "token" and R.random() < 0.7:
            p, attr, extra = TF_PROVIDERS[cred["provider"]]
            lines = [e % fmt for e in extra] + ['%s = "%s"' % (attr, val)]
            if cred["kind"] == "datadog_app_key":
                lines = ['api_key = var.datadog_api_key', 'app_key = "%s"' % val]
            return pre + 'provider "%s" {\n' % p + "".join("  %s\n" % l for l in lines) + "}\n"
        r = R.randrange(4)
        if r == 0:
            return 'variable "%s" {\n  type      = string\n  sensitive = true\n  default   = "%s"\n}\n' % (ctx["name"], val)
        if r == 1:
            return 'resource "github_actions_secret" "%s" {\n  repository      = "%s"\n  secret_name     = "%s"\n  plaintext_value = "%s"\n}\n' % (ctx["name"], ctx["app"], ctx["name"].upper(), val)
        if r == 2:
            return 'resource "kubernetes_secret" "%s" {\n  metadata {\n    name      = "%s-credentials"\n    namespace = "%s"\n  }\n\n  data = {\n    %s = "%s"\n  }\n}\n' % (ctx["svc_lower"], ctx["svc_lower"], ctx["mod"], ctx["name"].upper(), val)
        return 'resource "aws_ssm_parameter" "%s" {\n  name  = "/%s/prod/%s"\n  type  = "SecureString"\n  value = "%s"\n}\n' % (ctx["name"], ctx["app"], ctx["name"], val)
    if cat == "password":
        r = R.randrange(3)
        if r == 0:
            return 'resource "aws_db_instance" "%s" {\n  identifier        = "%s-%s"\n  engine            = "postgres"\n  engine_version    = "15.4"\n  instance_class    = "db.t3.medium"\n  allocated_storage = 50\n  username          = "%s"\n  password          = "%s"\n  skip_final_snapshot = false\n}\n' % (
                ctx["mod"], ctx["app"], ctx["mod"], ctx["user"], val)
        if r == 1:
            return 'resource "azurerm_mssql_server" "main" {\n  name                         = "%s-sql"\n  resource_group_name          = azurerm_resource_group.main.name\n  location                     = "westeurope"\n  version                      = "12.0"\n  administrator_login          = "%s"\n  administrator_login_password = "%s"\n}\n' % (
                ctx["app"], ctx["user"], val)
        return 'resource "google_sql_user" "%s" {\n  name     = "%s"\n  instance = google_sql_database_instance.main.name\n  password = "%s"\n}\n' % (ctx["user"], ctx["user"], val)
    if cat in ("conn", "url"):
        return 'resource "kubernetes_secret" "%s" {\n  metadata {\n    name = "%s-env"\n  }\n\n  data = {\n    %s = "%s"\n  }\n}\n' % (ctx["app"], ctx["app"], ctx["name"].upper(), val)
    if cat == "pem":
        return 'resource "kubernetes_secret" "signing" {\n  metadata {\n    name = "%s-signing-key"\n  }\n\n  data = {\n    "key.pem" = <<-EOT\n' % ctx["app"] + "\n".join("      " + l for l in cred["pem"]) + "\n    EOT\n  }\n}\n"
    return None


def xml_ok(val):
    return not any(c in val for c in "<>&'\"\\") and not val.startswith(("@", "?"))


def c_xml(R, ctx, cred):
    cat = cred["cat"]
    val = cred["value"]
    if cat not in ("token", "bearer", "signing", "pair", "password") or not xml_ok(val):
        return None
    if cred["id"] and not xml_ok(cred["id"][1]):
        return None
    if R.random() < 0.65:
        out = '<?xml version="1.0" encoding="utf-8"?>\n<resources>\n    <string name="app_name">%s</string>\n' % snake_to_pascal(ctx["app"])
        out += '    <string name="welcome_title">Welcome back</string>\n'
        if cred["id"]:
            out += '    <string name="%s" translatable="false">%s</string>\n' % (ctx["idname"], cred["id"][1])
        out += '    <string name="%s" translatable="false">%s</string>\n' % (ctx["name"], val)
        out += '    <string name="retry">Retry</string>\n</resources>\n'
        return out
    pkg = "com.%s.%s" % (ctx["org_id"], ctx["app"])
    out = '<?xml version="1.0" encoding="utf-8"?>\n<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n\n'
    out += '    <uses-permission android:name="android.permission.INTERNET" />\n\n    <application\n        android:name=".%sApp"\n        android:label="@string/app_name">\n\n' % snake_to_pascal(ctx["app"])
    if cred["id"]:
        out += '        <meta-data\n            android:name="%s.%s"\n            android:value="%s" />\n' % (pkg, ctx["idname"].upper(), cred["id"][1])
    out += '        <meta-data\n            android:name="%s.%s"\n            android:value="%s" />\n\n' % (pkg, ctx["name"].upper(), val)
    out += '        <activity android:name=".MainActivity" android:exported="true" />\n    </application>\n</manifest>\n'
    return out


def c_plist(R, ctx, cred):
    cat = cred["cat"]
    val = cred["value"]
    if cat not in ("token", "bearer", "signing", "pair", "password") or not xml_ok(val):
        return None
    out = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n'
    out += "\t<key>CFBundleDisplayName</key>\n\t<string>%s</string>\n\t<key>CFBundleShortVersionString</key>\n\t<string>$(MARKETING_VERSION)</string>\n" % snake_to_pascal(ctx["app"])
    if cred["id"]:
        out += "\t<key>%s</key>\n\t<string>%s</string>\n" % (snake_to_pascal(ctx["idname"]), cred["id"][1])
    out += "\t<key>%s</key>\n\t<string>%s</string>\n" % (snake_to_pascal(ctx["name"]), val)
    out += "\t<key>UILaunchStoryboardName</key>\n\t<string>LaunchScreen</string>\n</dict>\n</plist>\n"
    return out


def c_xcconfig(R, ctx, cred):
    cat = cred["cat"]
    val = cred["value"]
    if cat not in ("token", "bearer", "signing", "pair", "password") or "//" in val or "$(" in val:
        return None
    if cred["id"] and "//" in cred["id"][1]:
        return None
    out = "// Release configuration for %s\n\n#include \"Base.xcconfig\"\n\n" % snake_to_pascal(ctx["app"])
    out += "PRODUCT_BUNDLE_IDENTIFIER = com.%s.%s\nAPI_BASE_HOST = api.%s.com\n" % (ctx["org_id"], ctx["app"], ctx["svc_lower"])
    if cred["id"]:
        out += "%s = %s\n" % (ctx["idname"].upper(), cred["id"][1])
    out += "%s = %s\n" % (ctx["name"].upper(), val)
    out += "SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE\n"
    return out


def c_gradle(R, ctx, cred):
    cat = cred["cat"]
    val = cred["value"]
    if cat not in ("token", "bearer", "signing", "pair", "password") or '"' in val or "$" in val or "\\" in val:
        return None
    kts = R.random() < 0.5
    N = ctx["name"].upper()
    if cat == "password":
        if kts:
            return ('plugins {\n    id("com.android.application")\n}\n\nval releaseStorePassword = "%s"\n\nandroid {\n    namespace = "com.%s.%s"\n    signingConfigs {\n        create("release") {\n'
                    '            storeFile = file("release.keystore")\n            storePassword = releaseStorePassword\n            keyAlias = "release"\n            keyPassword = releaseStorePassword\n        }\n    }\n}\n') % (val, ctx["org_id"], ctx["app"]), "gradle-kts"
        return ("publishing {\n    repositories {\n        maven {\n            url = uri(\"https://maven.%s.internal/releases\")\n            credentials {\n                username = \"%s\"\n                password = \"%s\"\n            }\n        }\n    }\n}\n") % (ctx["org_id"], ctx["user"], val), "gradle"
    fields = []
    if cred["id"]:
        fields.append((ctx["idname"].upper(), cred["id"][1]))
    fields.append((N, val))
    if kts:
        body = "".join('        buildConfigField("String", "%s", "\\"%s\\"")\n' % (k, v) for k, v in fields)
        return ('plugins {\n    id("com.android.application")\n    id("org.jetbrains.kotlin.android")\n}\n\nandroid {\n    namespace = "com.%s.%s"\n    compileSdk = 34\n\n    defaultConfig {\n        applicationId = "com.%s.%s"\n        minSdk = 24\n'
                % (ctx["org_id"], ctx["app"], ctx["org_id"], ctx["app"]) + body + "    }\n\n    buildFeatures {\n        buildConfig = true\n    }\n}\n"), "gradle-kts"
    body = "".join('        buildConfigField "String", "%s", "\\"%s\\""\n' % (k, v) for k, v in fields)
    return ("apply plugin: 'com.android.application'\n\nandroid {\n    compileSdkVersion 34\n\n    defaultConfig {\n        applicationId \"com.%s.%s\"\n        minSdkVersion 24\n        versionCode 42\n"
            % (ctx["org_id"], ctx["app"]) + body + "    }\n}\n"), "gradle"


def c_jenkins(R, ctx, cred):
    cat = cred["cat"]
    val = cred["value"]
    if cat == "pem" or "'" in val or "$" in val or "\\" in val:
        return None
    envs = []
    if cred["id"]:
        envs.append((ctx["idname"].upper(), cred["id"][1]))
    envs.append((ctx["name"].upper(), val))
    out = "pipeline {\n    agent any\n\n    environment {\n" + "".join("        %s = '%s'\n" % kv for kv in envs)
    out += "        APP_NAME = '%s'\n    }\n\n    stages {\n        stage('Build') {\n            steps {\n                sh './gradlew clean build'\n            }\n        }\n" % ctx["app"]
    out += "        stage('Publish') {\n            steps {\n                sh './scripts/publish.sh'\n            }\n        }\n    }\n}\n"
    return out


CUSTOM = {
    "shell": (c_shell, "shell", lambda R, ctx: R.choice(["scripts/deploy.sh", "bin/%s-sync.sh" % ctx["mod"], ".github/scripts/release.sh", "ops/%s.sh" % ctx["mod"]])),
    "sql": (c_sql, "sql", lambda R, ctx: R.choice(["db/migrations/%s_%s.sql" % (mig_ts(R), ctx["mod"]), "sql/setup_%s.sql" % ctx["mod"], "database/procs/%s.sql" % ctx["mod"]])),
    "hcl": (c_hcl, "hcl", lambda R, ctx: R.choice(["infra/main.tf", "terraform/%s.tf" % ctx["mod"], "modules/%s/main.tf" % ctx["app"], "envs/prod/providers.tf"])),
    "xml": (c_xml, "xml", lambda R, ctx: None),
    "plist": (c_plist, "plist", lambda R, ctx: R.choice(["%s/Info.plist" % snake_to_pascal(ctx["app"]), "%s/Config.plist" % snake_to_pascal(ctx["app"])])),
    "xcconfig": (c_xcconfig, "xcconfig", lambda R, ctx: R.choice(["Config/Release.xcconfig", "%s/Production.xcconfig" % snake_to_pascal(ctx["app"])])),
    "gradle": (c_gradle, "gradle", lambda R, ctx: None),
    "jenkinsfile": (c_jenkins, "jenkinsfile", lambda R, ctx: R.choice(["Jenkinsfile", "ci/Jenkinsfile", "jenkins/%s.Jenkinsfile" % ctx["mod"]])),
}

LANG_WEIGHTS = {"go": 18, "java": 18, "kotlin": 15, "scala": 9, "swift": 14, "objc": 9, "csharp": 16, "fsharp": 8,
                "php": 16, "ruby": 14, "python": 22, "typescript": 18, "javascript": 15, "tsx": 7, "vue": 7,
                "rust": 14, "c": 9, "cpp": 11, "dart": 12, "elixir": 9, "erlang": 7, "haskell": 7, "lua": 9, "r": 8,
                "julia": 7, "perl": 9, "powershell": 12, "groovy": 9, "shell": 20, "sql": 18, "hcl": 20, "xml": 10,
                "plist": 7, "xcconfig": 7, "gradle": 11, "jenkinsfile": 7}


def deck(R, weights, n):
    items = []
    for k, w in weights.items():
        items += [k] * w
    out = []
    while len(out) < n:
        d = list(items)
        R.shuffle(d)
        out += d
    return out[:n]


# Google API keys are often embedded on purpose in mobile/browser apps (restricted by app/referrer):
# ambiguous there, so AIza keys are only placed in server-side code.
CLIENT_SIDE = {"xml", "plist", "xcconfig", "gradle", "tsx", "vue", "dart", "objc", "swift", "kotlin", "javascript", "typescript"}


def try_render_positive(R, lang, cred):
    """Returns (relpath, content, filetype) or None if the combination is unsuitable."""
    ctx = make_ctx(R, cred)
    val = cred["value"]
    if cred["kind"] == "google_api_key" and lang in CLIENT_SIDE:
        return None
    if lang in CUSTOM:
        fn, ft, pathf = CUSTOM[lang]
        res = fn(R, ctx, cred)
        if res is None:
            return None
        if isinstance(res, tuple):
            content, ft = res
        else:
            content = res
        if lang == "xml":
            path = "app/src/main/res/values/%s.xml" % R.choice(["strings", "config", "keys"]) if content.startswith('<?xml version="1.0" encoding="utf-8"?>\n<resources>') else "app/src/main/AndroidManifest.xml"
        elif lang == "gradle":
            path = "app/build.gradle.kts" if ft == "gradle-kts" else R.choice(["app/build.gradle", "build.gradle"])
        else:
            path = pathf(R, ctx)
        return path, content, ft
    L = LANG_BY_KEY[lang]
    if any(u in val for u in L.unsafe) or (cred["id"] and any(u in cred["id"][1] for u in L.unsafe)):
        return None
    if cred["cat"] == "password" and any(u in ctx["user"] for u in L.unsafe):
        return None
    if cred.get("b64"):
        if lang not in B64_DECODE:
            return None
        v = B64_DECODE[lang] % L.lit(val)
        idiom = R.choice(["const", "local", "ctor"])
        if idiom == "const" and not L.const_nonlit:
            idiom = "local"
        content = render_generic(R, L, ctx, cred, idiom, v, None, False)
        return L.path(R, ctx), content, L.filetype
    idioms = generic_idioms(L, cred, ctx)
    if cred["cat"] in ("token", "signing", "password") and lang in ENUM_POS:
        idioms.append("enum")
    if not idioms:
        return None
    idiom = R.choice(idioms)
    if idiom == "enum":
        return L.path(R, ctx), enum_positive(R, lang, ctx, cred), L.filetype
    content = render_generic_safe(R, L, ctx, cred, idiom)
    return L.path(R, ctx), content, L.filetype


B64_DECODE = {"python": "base64.b64decode(%s).decode()", "go": "mustDecode(%s)",
              "java": "new String(Base64.getDecoder().decode(%s), StandardCharsets.UTF_8)",
              "kotlin": "String(Base64.getDecoder().decode(%s))", "javascript": 'Buffer.from(%s, "base64").toString("utf8")',
              "typescript": 'Buffer.from(%s, "base64").toString("utf8")', "csharp": "Encoding.UTF8.GetString(Convert.FromBase64String(%s))",
              "ruby": "Base64.strict_decode64(%s)", "php": "base64_decode(%s)", "scala": "new String(java.util.Base64.getDecoder.decode(%s))",
              "groovy": "new String(%s.decodeBase64())", "dart": "utf8.decode(base64.decode(%s))"}

ENUM_POS = {"java", "kotlin", "typescript", "swift", "php", "python", "csharp", "rust"}


def enum_positive(R, lang, ctx, cred):
    val = cred["value"]
    svc = ctx["svc"]
    P = snake_to_pascal(ctx["name"])
    if lang == "java":
        return ("package com.%s.%s;\n\npublic enum %sAccount {\n    PRIMARY(\"%s\", \"%s\");\n\n    private final String label;\n    private final String %s;\n\n"
                "    %sAccount(String label, String %s) {\n        this.label = label;\n        this.%s = %s;\n    }\n\n    public String %s() {\n        return %s;\n    }\n}\n") % (
            ctx["org_id"], ctx["mod"], svc, ctx["mod"], val, snake_to_camel(ctx["label"]), svc, snake_to_camel(ctx["label"]),
            snake_to_camel(ctx["label"]), snake_to_camel(ctx["label"]), snake_to_camel(ctx["label"]), snake_to_camel(ctx["label"]))
    if lang == "kotlin":
        return "package com.%s.%s\n\nenum class %sAccount(val label: String, val %s: String) {\n    PRIMARY(\"%s\", \"%s\"),\n}\n" % (
            ctx["org_id"], ctx["mod"], svc, snake_to_camel(ctx["label"]), ctx["mod"], val)
    if lang == "typescript":
        return "export enum %sCredentials {\n  %s = \"%s\",\n}\n\nexport const %sBaseUrl = \"https://api.%s.com\";\n" % (svc, P, val, snake_to_camel(ctx["svc_lower"]), ctx["svc_lower"])
    if lang == "swift":
        return "import Foundation\n\nenum Secrets {\n    static let %s = \"%s\"\n    static let apiHost = \"api.%s.com\"\n}\n" % (snake_to_camel(ctx["name"]), val, ctx["svc_lower"])
    if lang == "php":
        return "<?php\n\ndeclare(strict_types=1);\n\nnamespace App\\Config;\n\nenum %sCredential: string\n{\n    case %s = '%s';\n}\n" % (svc, P, val)
    if lang == "python":
        return "import enum\n\n\nclass %sSettings(str, enum.Enum):\n    BASE_URL = \"https://api.%s.com\"\n    %s = \"%s\"\n" % (svc, ctx["svc_lower"], ctx["name"].upper(), val)
    if lang == "csharp":
        return "namespace %s.%s;\n\npublic static class %sSecrets\n{\n    public const string %s = \"%s\";\n}\n" % (snake_to_pascal(ctx["org_id"]), snake_to_pascal(ctx["mod"]), svc, P, val)
    return ("#[derive(Debug, Clone, Copy)]\npub enum Provider {\n    %s,\n}\n\nimpl Provider {\n    pub const fn %s(self) -> &'static str {\n        match self {\n"
            "            Provider::%s => \"%s\",\n        }\n    }\n}\n") % (svc, ctx["label"], svc, val)


def render_generic_safe(R, L, ctx, cred, idiom):
    return render_positive_generic(R, L, ctx, cred, idiom)


# ----------------------------------------------------------------------------------
# NEGATIVES
# ----------------------------------------------------------------------------------
PLACEHOLDER_PREFIX = {"stripe": "sk_live_", "github": "ghp_", "openai": "sk-", "slack": "xoxb-", "anthropic": "sk-ant-",
                      "gitlab": "glpat-", "sendgrid": "SG.", "npm": "npm_", "huggingface": "hf_", "digitalocean": "dop_v1_"}
MASKED = {"github": lambda: "ghp_" + "x" * 36, "stripe": lambda: "sk_live_" + "x" * 24, "gitlab": lambda: "glpat-" + "x" * 20,
          "npm": lambda: "npm_" + "X" * 36, "slack": lambda: "xoxb-000000000000-0000000000000-" + "x" * 24}


def kebab(s):
    return s.replace("_", "-")


def placeholder_for(R, cred, ctx):
    cat = cred["cat"]
    name = ctx["name"]
    N = name.upper()
    if cat == "password":
        return R.choice(["<password>", "<%s>" % kebab(name), "YOUR_%s" % N, "", "REPLACE_WITH_REAL_PASSWORD", "{{ %s }}" % name,
                         "${%s}" % N])
    if cat == "conn":
        return R.choice(["postgres://USER:PASSWORD@HOST:5432/DBNAME", "postgres://<user>:<password>@<host>:5432/<db>",
                         "postgresql://localhost:5432/%s_dev" % ctx["mod"], "mongodb://localhost:27017/%s_test" % ctx["mod"],
                         "redis://localhost:6379/0", "Server=localhost;Database=%s;Trusted_Connection=True;" % ctx["mod"],
                         "mysql://root@127.0.0.1:3306/%s_test" % ctx["mod"]])
    if cat == "url":
        return R.choice(["https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX",
                         "https://hooks.slack.com/services/<team-id>/<channel-id>/<token>",
                         "https://discord.com/api/webhooks/<webhook-id>/<webhook-token>", "https://example.com/webhook",
                         "http://localhost:9000/hooks/dev"])
    if cat == "pem":
        return R.choice(["-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n", "<paste the PEM-encoded private key here>",
                         "-----BEGIN RSA PRIVATE KEY-----\\nREPLACE_ME\\n-----END RSA PRIVATE KEY-----"])
    opts = ["YOUR_%s" % N, "<your-%s>" % kebab(name), "REPLACE_ME", "", "%s_HERE" % N, "xxxxxxxxxxxxxxxxxxxxxxxx", "<token>",
            "{{ %s }}" % name, "${%s}" % N, "TODO: load from vault", "insert-your-key-here"]
    pre = PLACEHOLDER_PREFIX.get(cred["provider"])
    if pre:
        opts += [pre + "...", pre + "<redacted>", pre + "YOUR_KEY"]
    if cred["provider"] in MASKED and R.random() < 0.5:
        return MASKED[cred["provider"]]()
    return R.choice(opts)


def redacted_for(R, cred):
    pre = PLACEHOLDER_PREFIX.get(cred["provider"], "")
    opts = ["****", "********", "[REDACTED]", "<redacted>", "REDACTED", "********************************"]
    if pre:
        opts += [pre + "*" * R.randrange(16, 28) + rs(R, HEX, 4), pre + "****"]
    return R.choice(opts)


def secret_ref_string(R, ctx):
    r = R.randrange(6)
    n = kebab(ctx["name"])
    if r == 0:
        return "arn:aws:secretsmanager:%s:%s:secret:%s/%s-%s" % (R.choice(["us-east-1", "eu-west-1"]), rs(R, DG, 12), R.choice(["prod", "staging"]), n, rs(R, ALNUM, 6))
    if r == 1:
        return "projects/%s-%s/secrets/%s/versions/latest" % (ctx["org_id"], R.choice(["prod", "platform"]), n)
    if r == 2:
        return "https://%s-kv.vault.azure.net/secrets/%s" % (ctx["app"], n)
    if r == 3:
        return "secret/data/%s/%s" % (ctx["app"], ctx["name"])
    if r == 4:
        return "op://%s/%s/credential" % (R.choice(["Engineering", "Platform", "CI"]), snake_to_pascal(ctx["svc_lower"]))
    return "/%s/prod/%s" % (ctx["app"], ctx["name"])


NEG_SOURCES = [p_aws, p_github, p_gitlab, p_slack, p_slack_webhook, p_stripe, p_openai, p_anthropic, p_sendgrid, p_twilio,
               p_datadog, p_misc_prefixed, p_unprefixed, p_pairs, p_signing, p_password, p_conn, p_jwt_bearer, p_huggingface,
               p_npm, p_discord, p_telegram, p_shopify]


def neg_cred(R):
    """A credential *shape* (names, svc, header, category) whose secret is discarded."""
    g = R.choice(NEG_SOURCES)
    c = g(R)
    c = dict(c)
    c["secret"] = c["value"] = None
    if c["id"]:
        c["id"] = (c["id"][0], None)
    return c


def neg_twin(R, L, mode):
    """Same idioms as positives, innocent values: env | ref | placeholder | redacted."""
    for _ in range(50):
        cred = neg_cred(R)
        if mode == "redacted" and cred["cat"] in ("pem", "conn", "url"):
            continue
        ctx = make_ctx(R, cred)
        L._svc = ctx["svc_lower"]
        idioms = generic_idioms(L, cred, ctx, neg=True)
        if mode in ("env", "ref"):
            idioms = [i for i in idioms if i != "default"]
            if not L.const_nonlit:
                idioms = [i for i in idioms if i != "const"] if mode == "env" else idioms
        if L.annotation(ctx, "p", None) is not None and cred["cat"] == "token" and mode in ("env", "ref"):
            idioms.append("annotation")
        if not idioms:
            continue
        idiom = R.choice(idioms)
        N = ctx["name"].upper()
        pre = cred["header"][1] if cred["header"] else ""
        hv = inner = bare = None
        if mode == "env":
            v = L.env(N)
            idv = L.env(ctx["idname"].upper()) if cred["id"] else None
            islit = False
            hv = (L.concat(pre, v) if pre else v)
            bare = v
        elif mode == "ref":
            ref = secret_ref_string(R, ctx)
            if idiom == "const":
                # the reference (not the secret) is the constant; the secret is fetched at runtime
                RN = L.cname(ctx["name"] + "_secret_ref")
                decls = [L.const_decl(RN, L.lit(ref))]
                stmts = [L.local(ctx["name"], L.mcall("secrets", "get_secret_value", [(None, L.ref_const(RN))]))]
                idref = L.env(ctx["idname"].upper()) if cred["id"] else None
                stmts += use_stmts(L, ctx, cred, L.vref(ctx["name"]), idref)
                return ctx, cred, L.wrap(R, ctx, decls, stmts), "secret_manager_ref"
            if idiom == "annotation":
                return ctx, cred, render_generic(R, L, ctx, cred, "annotation", None, None, False, None, None, None), "secret_manager_ref"
            v = L.mcall("secrets", "get_secret_value", [(None, L.lit(ref))])
            idv = L.env(ctx["idname"].upper()) if cred["id"] else None
            islit = False
            hv = (L.concat(pre, v) if pre else v)
            bare = v
        else:
            val = placeholder_for(R, cred, ctx) if mode == "placeholder" else redacted_for(R, cred)
            if any(u in val for u in L.unsafe):
                continue
            v = L.lit(val)
            id_opts = ["YOUR_%s" % ctx["idname"].upper(), "<%s>" % kebab(ctx["idname"])] if cred["id"] else []
            if cred["provider"] == "aws":
                id_opts.append("AKIA" + "X" * 16)
            idv = L.lit(R.choice(id_opts)) if cred["id"] else None
            islit = True
            inner = pre + val
            hv = L.lit(inner)
            bare = v
            if idiom == "concat":
                hv = L.concat(pre, v)
                inner = None
            if idiom == "annotation":
                inner = val
        if idiom in ("header", "concat") and hv is None and L.key != "c":
            continue
        if mode in ("env",) and idiom == "annotation":
            inner = None
        content = render_generic(R, L, ctx, cred, idiom, v, idv, islit, hv, inner, bare)
        kind = {"env": "env_lookup", "ref": "secret_manager_ref", "placeholder": "placeholder", "redacted": "redacted"}[mode]
        return ctx, cred, content, kind
    raise RuntimeError("could not build twin")


# --- name-only / ids / digests / flags: declaration files ---------------------------------------
NAME_ONLY = [("password_min_length", 12, "int"), ("token_type", "Bearer", "str"), ("secret_name", "db-credentials", "str"),
             ("token_ttl_seconds", 3600, "int"), ("password_field", "password", "str"), ("api_key_header", "X-Api-Key", "str"),
             ("token_url", "https://oauth2.googleapis.com/token", "str"), ("password_reset_path", "/account/password/reset", "str"),
             ("api_key_env_var", "STRIPE_API_KEY", "str"), ("secret_version", "latest", "str"),
             ("password_hash_algorithm", "argon2id", "str"), ("token_endpoint_auth_method", "client_secret_post", "str"),
             ("max_token_length", 4096, "int"), ("secret_rotation_days", 90, "int"), ("auth_token_cookie", "__Host-session", "str"),
             ("access_token_key", "access_token", "str"), ("refresh_token_key", "refresh_token", "str"),
             ("secret_key_ref", "stripe-secret-key", "str"), ("private_key_path", "/etc/ssl/private/server.key", "str"),
             ("api_key_prefix", "sk_live_", "str"), ("github_token_scope", "repo,read:org", "str"),
             ("password_policy", "min=12,upper=1,digit=1,symbol=1", "str"), ("keystore_type", "PKCS12", "str"),
             ("jwt_algorithm", "RS256", "str"), ("token_issuer", "https://auth.%s.com/", "str"), ("credential_provider", "aws-sso", "str"),
             ("secret_store", "vault", "str"), ("password_reset_token_ttl_minutes", 30, "int"), ("api_key_length", 32, "int"),
             ("secret_mount_path", "/var/run/secrets/%s", "str"), ("token_header_name", "Authorization", "str"),
             ("password_input_id", "current-password", "str"), ("aws_secret_access_key_env", "AWS_SECRET_ACCESS_KEY", "str"),
             ("secrets_manager_region", "eu-west-1", "str"), ("bcrypt_cost", 12, "int"), ("client_secret_param", "client_secret", "str")]


def decl_file(R, L, ctx, entries, extra_stmts=None):
    L._svc = ctx["svc_lower"]
    decls = []
    for n, val, typ in entries:
        if typ == "str":
            e = L.lit(val)
        elif typ == "bool":
            e = L.TRUE
        else:
            e = str(val)
        decls.append(L.const_decl(L.cname(n), e, typ=typ))
    stmts = extra_stmts or [log_stmt(L, ctx)]
    return L.wrap(R, ctx, decls, stmts)


def blank_ctx(R, svc=None):
    fake = {"svc": svc or R.choice(["Auth", "Accounts", "Identity", "Session", "Security", "Platform"]), "cls": "Client", "names": ["settings"],
            "user": None, "host": None, "id": None}
    return make_ctx(R, fake)


def neg_name_only(R, L):
    ctx = blank_ctx(R)
    picks = R.sample(NAME_ONLY, R.randrange(3, 6))
    ents = []
    for n, v, t in picks:
        if t == "str" and "%s" in v:
            v = v % (ctx["org_id"] if "auth." in v else ctx["app"])
        if t == "str" and any(u in v for u in L.unsafe):
            continue
        ents.append((n, v, t))
    return decl_file(R, L, ctx, ents), "none", "name_only", ctx


def neg_ids(R, L):
    ctx = blank_ctx(R, R.choice(["Tenancy", "Billing", "Deploy", "Analytics", "Cloud"]))
    acct = rs(R, DG, 12)
    pool = [("tenant_id", ruuid(R)), ("subscription_id", ruuid(R)), ("aws_account_id", acct),
            ("deploy_role_arn", "arn:aws:iam::%s:role/%s-deploy" % (acct, ctx["app"])),
            ("stripe_price_id", "price_1" + rs(R, ALNUM, 23)), ("stripe_product_id", "prod_" + rs(R, ALNUM, 14)),
            ("slack_channel_id", "C0" + rs(R, UP + DG, 9)), ("ga_measurement_id", "G-" + rs(R, UP + DG, 10)),
            ("apple_team_id", rs(R, UP + DG, 10)), ("bundle_id", "com.%s.%s" % (ctx["org_id"], ctx["app"])),
            ("default_org_object_id", rs(R, HEX, 24)), ("request_id_example", ruuid(R)), ("workspace_id", ruuid(R)),
            ("firebase_project_id", "%s-%s-%s" % (ctx["app"], R.choice(["prod", "web"]), rs(R, LO + DG, 5))),
            ("assets_bucket", "%s-%s-assets-%s" % (ctx["org_id"], ctx["app"], R.choice(["eu", "us"]))),
            ("kms_key_id", ruuid(R)), ("correlation_id_header", "X-Correlation-Id"), ("hubspot_portal_id", rs(R, DG, 8)),
            ("vpc_id", "vpc-" + rs(R, HEX, 17)), ("ami_id", "ami-" + rs(R, HEX, 17)), ("datadog_site", "datadoghq.eu")]
    ents = [(n, v, "str") for n, v in R.sample(pool, R.randrange(3, 7))]
    return decl_file(R, L, ctx, ents), "none", "uuid_and_ids", ctx


def neg_digests(R, L):
    ctx = blank_ctx(R, R.choice(["Release", "Updater", "Artifacts", "Assets", "Migrations"]))
    blob = rbytes(R, 64)
    pool = [("release_sha256", hashlib.sha256(blob + b"1").hexdigest()),
            ("git_commit", hashlib.sha1(blob + b"2").hexdigest()),
            ("bundle_integrity", "sha512-" + b64(hashlib.sha512(blob + b"3").digest())),
            ("base_image_digest", "sha256:" + hashlib.sha256(blob + b"4").hexdigest()),
            ("schema_md5", hashlib.md5(blob + b"5").hexdigest()),
            ("expected_checksum", hashlib.sha256(blob + b"6").hexdigest()),
            ("go_sum_hash", "h1:" + b64(hashlib.sha256(blob + b"7").digest())),
            ("migration_checksum", "%08x" % (zlib.crc32(blob) & 0xFFFFFFFF)),
            ("asset_etag", '"%s"' % hashlib.md5(blob + b"8").hexdigest()),
            ("wasm_sha384", "sha384-" + b64(hashlib.sha384(blob + b"9").digest())),
            ("font_sha1", hashlib.sha1(blob + b"a").hexdigest()),
            ("lockfile_blake2b", hashlib.blake2b(blob, digest_size=32).hexdigest())]
    ents = []
    for n, v in R.sample(pool, R.randrange(2, 5)):
        if any(u in v for u in L.unsafe):
            continue
        ents.append((n, v, "str"))
    if R.random() < 0.4:
        pairs = [(plat, L.lit(hashlib.sha256(blob + plat.encode()).hexdigest())) for plat in ["linux-amd64", "linux-arm64", "darwin-arm64", "windows-amd64"]]
        stmts = [L.local("release_checksums", L.map_expr(pairs), "map"), log_stmt(L, ctx)]
        return decl_file(R, L, ctx, ents, stmts), "none", "hash_digest", ctx
    return decl_file(R, L, ctx, ents), "none", "hash_digest", ctx


def neg_flags(R, L):
    ctx = blank_ctx(R, R.choice(["Features", "Flags", "Rollout"]))
    pool = ["enable_passwordless_login", "rotate_api_keys_automatically", "require_mfa_for_token_creation", "secret_scanning_enabled",
            "show_api_key_banner", "allow_personal_access_tokens", "password_breach_check", "enable_token_refresh",
            "use_short_lived_credentials", "hide_secret_values_in_ui"]
    ents = [(n, True, "bool") for n in R.sample(pool, R.randrange(2, 5))]
    ents.append(("rollout_percentage", R.choice([5, 10, 25, 50]), "int"))
    flagmap = [(k, L.lit(R.choice(["on", "off", "beta"]))) for k in R.sample(["checkout.new-token-flow", "auth.password-v2", "api-keys.rotation", "secrets.masking"], 2)]
    stmts = [L.local("flag_defaults", L.map_expr(flagmap), "map"), log_stmt(L, ctx)]
    return decl_file(R, L, ctx, ents, stmts), "none", "feature_flag", ctx


ERR_MSGS = ["missing STRIPE_SECRET_KEY: set it in the environment or the secret store",
            "password must be at least 12 characters and contain a digit and a symbol",
            "GitHub token rejected (401): create a new token at https://github.com/settings/tokens",
            "invalid webhook signature: check the signing secret configured for this endpoint",
            "AWS credentials not found: configure a profile or an instance role",
            "private key must be PEM encoded (-----BEGIN PRIVATE KEY-----)",
            "API key format not recognised: keys start with sk_live_ or sk_test_",
            "refresh token expired; ask the user to sign in again",
            "cannot decrypt secret: the KMS key is not accessible from this role",
            "OPENAI_API_KEY is empty; export it before running the worker",
            "database password rotation failed, keeping the previous credential",
            "token has insufficient scope: repo and read:org are required"]

THROW = {"go": 'return fmt.Errorf("%s")', "java": 'throw new IllegalStateException("%s");', "groovy": 'throw new IllegalStateException("%s")',
         "kotlin": 'throw IllegalStateException("%s")', "scala": 'throw new IllegalStateException("%s")',
         "swift": 'throw ConfigError.invalid("%s")', "objc": '@throw [NSException exceptionWithName:@"ConfigError" reason:@"%s" userInfo:nil];',
         "csharp": 'throw new InvalidOperationException("%s");', "fsharp": 'failwith "%s"', "php": "throw new \\RuntimeException('%s');",
         "ruby": 'raise ArgumentError, "%s"', "python": 'raise ValueError("%s")', "typescript": 'throw new Error("%s");',
         "javascript": 'throw new Error("%s");', "tsx": 'throw new Error("%s");', "vue": 'throw new Error("%s");',
         "rust": 'anyhow::bail!("%s");', "c": 'fprintf(stderr, "%s\\n");', "cpp": 'throw std::invalid_argument("%s");',
         "dart": "throw StateError('%s');", "elixir": 'raise ArgumentError, "%s"', "erlang": 'erlang:error({config_error, "%s"})',
         "haskell": 'fail "%s"', "lua": 'error("%s")', "r": 'stop("%s")', "julia": 'error("%s")', "perl": "die '%s';",
         "powershell": "throw '%s'"}


def neg_error(R, L):
    ctx = blank_ctx(R)
    msgs = R.sample(ERR_MSGS, R.randrange(1, 3))
    stmts = [L.comment("validation failures surface these messages to operators")]
    for m in msgs:
        stmts.append(THROW[L.key] % m)
    return L.wrap(R, ctx, [], stmts), "none", "error_message", ctx


REGEXES = [("aws_access_key_id", r"AKIA[0-9A-Z]{16}"), ("github_classic_pat", r"ghp_[A-Za-z0-9]{36}"),
           ("github_fine_grained", r"github_pat_[A-Za-z0-9_]{82}"), ("stripe_live_secret", r"sk_live_[0-9a-zA-Z]{24,99}"),
           ("slack_token", r"xox[baprs]-[0-9A-Za-z-]{10,72}"), ("private_key_block", r"-----BEGIN ([A-Z]+ )?PRIVATE KEY-----"),
           ("google_api_key", r"AIza[0-9A-Za-z_-]{35}"), ("gitlab_pat", r"glpat-[0-9A-Za-z_-]{20}"),
           ("sendgrid_key", r"SG\.[\w-]{22}\.[\w-]{43}"), ("anthropic_key", r"sk-ant-api03-[\w-]{93}AA"),
           ("npm_token", r"npm_[A-Za-z0-9]{36}"), ("password_assignment", r"(?i)password\s*[:=]\s*\S+"),
           ("jwt", r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"), ("digitalocean_pat", r"dop_v1_[a-f0-9]{64}"),
           ("huggingface_token", r"hf_[A-Za-z]{34}"), ("bearer_header", r"(?i)authorization:\s*bearer\s+\S+")]


def regex_literal(L, pat):
    k = L.key
    if k == "go":
        return "regexp.MustCompile(`%s`)" % pat
    if k == "python":
        return 're.compile(r"%s")' % pat
    if k in ("typescript", "javascript", "tsx", "vue"):
        return "/%s/%s" % (pat.replace("(?i)", "").replace("/", "\\/"), "i" if "(?i)" in pat else "")
    if k in ("java", "groovy", "scala"):
        return 'Pattern.compile("%s")' % pat.replace("\\", "\\\\")
    if k == "kotlin":
        return 'Regex("""%s""")' % pat
    if k == "rust":
        return 'Regex::new(r"%s").unwrap()' % pat
    if k == "ruby":
        return "%%r{%s}" % pat.replace("(?i)", "") + ("i" if "(?i)" in pat else "")
    if k == "csharp":
        return 'new Regex(@"%s", RegexOptions.Compiled)' % pat
    if k == "php":
        return "'/%s/%s'" % (pat.replace("(?i)", "").replace("/", "\\/"), "i" if "(?i)" in pat else "")
    if k == "swift":
        return 'try! NSRegularExpression(pattern: #"%s"#)' % pat
    return None


def neg_regex(R, L):
    ctx = blank_ctx(R, R.choice(["Redactor", "LogScrubber", "SecretLint", "Sanitizer"]))
    picks = R.sample(REGEXES, R.randrange(3, 7))
    pairs = [(n, regex_literal(L, p)) for n, p in picks]
    stmts = [L.comment("patterns used to mask credentials before log lines are shipped"),
             L.local("redaction_patterns", L.map_expr(pairs), "map"), log_stmt(L, ctx)]
    return L.wrap(R, ctx, [], stmts), "none", "regex_pattern", ctx


REGEX_LANGS = ["go", "python", "typescript", "javascript", "java", "kotlin", "rust", "ruby", "csharp", "php", "swift", "scala", "groovy"]


def enum_file(R, key, ctx):
    items = R.sample(["password", "api_key", "access_token", "refresh_token", "client_secret", "private_key", "session_cookie",
                      "ssh_key", "oauth_token", "webhook_secret"], R.randrange(3, 6))
    name = R.choice(["CredentialType", "SecretKind", "TokenType", "AuthMethod"])
    if key == "java":
        body = "package com.%s.%s;\n\npublic enum %s {\n" % (ctx["org_id"], ctx["mod"], name)
        body += ",\n".join('    %s("%s")' % (i.upper(), i) for i in items) + ";\n\n    private final String wireName;\n\n"
        body += "    %s(String wireName) {\n        this.wireName = wireName;\n    }\n\n    public String wireName() {\n        return wireName;\n    }\n}\n" % name
        return "src/main/java/com/%s/%s/%s.java" % (ctx["org_id"], ctx["mod"], name), body, "java"
    if key == "kotlin":
        return "src/main/kotlin/com/%s/%s/%s.kt" % (ctx["org_id"], ctx["mod"], name), "package com.%s.%s\n\nenum class %s(val wireName: String) {\n" % (ctx["org_id"], ctx["mod"], name) + ",\n".join('    %s("%s")' % (i.upper(), i) for i in items) + ",\n}\n", "kotlin"
    if key == "swift":
        body = "import Foundation\n\nstruct TokenResponse: Decodable {\n    let accessToken: String\n    let refreshToken: String?\n    let tokenType: String\n    let expiresIn: Int\n\n"
        body += '    enum CodingKeys: String, CodingKey {\n        case accessToken = "access_token"\n        case refreshToken = "refresh_token"\n        case tokenType = "token_type"\n        case expiresIn = "expires_in"\n    }\n}\n\n'
        body += "enum %s: String, Codable {\n" % name + "".join('    case %s = "%s"\n' % (snake_to_camel(i), i) for i in items) + "}\n"
        return "Sources/%s/Models/TokenResponse.swift" % snake_to_pascal(ctx["app"]), body, "swift"
    if key == "typescript":
        return "src/%s/types.ts" % ctx["mod"], "export enum %s {\n" % name + "".join('  %s = "%s",\n' % (snake_to_pascal(i), i) for i in items) + "}\n\nexport interface StoredCredential {\n  id: string;\n  type: %s;\n  lastRotatedAt: Date;\n}\n" % name, "typescript"
    if key == "python":
        return "%s/%s/types.py" % (ctx["app"], ctx["mod"]), "import enum\n\n\nclass %s(str, enum.Enum):\n" % name + "".join('    %s = "%s"\n' % (i.upper(), i) for i in items), "python"
    if key == "go":
        body = "package %s\n\n// %s identifies how a caller authenticated.\ntype %s string\n\nconst (\n" % (ctx["mod"], name, name)
        body += "".join('\t%s%s %s = "%s"\n' % (name, go_pascal(i), name, i) for i in items) + ")\n"
        return "internal/%s/types.go" % ctx["mod"], body, "go"
    if key == "csharp":
        return "src/%s/%s.cs" % (snake_to_pascal(ctx["mod"]), name), "namespace %s.%s;\n\npublic enum %s\n{\n" % (snake_to_pascal(ctx["org_id"]), snake_to_pascal(ctx["mod"]), name) + ",\n".join("    %s" % snake_to_pascal(i) for i in items) + ",\n}\n", "csharp"
    if key == "rust":
        body = "use serde::{Deserialize, Serialize};\n\n#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]\n#[serde(rename_all = \"snake_case\")]\npub enum %s {\n" % name
        return "src/%s/types.rs" % ctx["mod"], body + "".join("    %s,\n" % snake_to_pascal(i) for i in items) + "}\n", "rust"
    if key == "php":
        return "src/Enum/%s.php" % name, "<?php\n\ndeclare(strict_types=1);\n\nnamespace App\\Enum;\n\nenum %s: string\n{\n" % name + "".join("    case %s = '%s';\n" % (snake_to_pascal(i), i) for i in items) + "}\n", "php"
    if key == "dart":
        return "lib/models/%s.dart" % ctx["mod"], "enum %s {\n" % name + "".join("  %s,\n" % snake_to_camel(i) for i in items) + "}\n", "dart"
    return None


def neg_enum(R, key):
    ctx = blank_ctx(R)
    path, body, ft = enum_file(R, key, ctx)
    return path, body, ft, "none", "enum"


# --- real PNG / SVG data URIs ----------------------------------------------------------------------
def png_bytes(R, w, h):
    raw = b""
    for _ in range(h):
        raw += b"\x00" + bytes(R.getrandbits(8) if i % 4 != 3 else 255 for i in range(w * 4))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def svg_b64(R):
    c = "#%06x" % R.getrandbits(24)
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="%d" fill="%s"/><path d="M7 12l3 3 7-7" stroke="#fff" stroke-width="2" fill="none"/></svg>' % (R.randrange(8, 12), c)
    return b64(svg.encode())


def neg_image(R):
    w, h = R.randrange(4, 20), R.randrange(4, 20)
    data = b64(png_bytes(R, w, h)) if R.random() < 0.75 else None
    mime = "image/png"
    if data is None:
        data, mime = svg_b64(R), "image/svg+xml"
    uri = "data:%s;base64,%s" % (mime, data)
    r = R.randrange(7)
    app = R.choice(APPS)
    if r == 0:
        return "src/styles/%s.css" % R.choice(["icons", "buttons", "avatar"]), ".%s-icon {\n  width: %dpx;\n  height: %dpx;\n  background-image: url(\"%s\");\n  background-size: contain;\n}\n" % (R.choice(["status", "badge", "lock"]), w, h, uri), "css"
    if r == 1:
        return "src/assets/placeholders.ts", "// Inline placeholder images so the first paint does not need a network round-trip.\nexport const AVATAR_PLACEHOLDER = \"%s\";\n\nexport const PLACEHOLDER_SIZE = { width: %d, height: %d };\n" % (uri, w, h), "typescript"
    if r == 2:
        return "%s/Resources/Placeholder.swift" % snake_to_pascal(app), "import UIKit\n\nenum Placeholder {\n    static let imageData = Data(base64Encoded: \"%s\")!\n    static var image: UIImage { UIImage(data: imageData)! }\n}\n" % data, "swift"
    if r == 3:
        return "app/src/main/java/com/%s/ui/Placeholders.kt" % R.choice(ORGS).replace("-", ""), "package com.ui\n\nimport android.util.Base64\n\nobject Placeholders {\n    private const val TRANSPARENT_PIXEL = \"%s\"\n\n    val bytes: ByteArray by lazy { Base64.decode(TRANSPARENT_PIXEL, Base64.DEFAULT) }\n}\n" % data, "kotlin"
    if r == 4:
        return "%s/static_assets.py" % app, "import base64\n\nFAVICON_PNG = base64.b64decode(\n    \"%s\"\n)\n" % data, "python"
    if r == 5:
        return "lib/widgets/placeholder_image.dart", "import 'dart:convert';\nimport 'dart:typed_data';\n\nfinal Uint8List kPlaceholderImage = base64Decode(\n  '%s',\n);\n" % data, "dart"
    return "internal/web/assets.go", "package web\n\n// pixelPNG is served for tracking-free email opens.\nconst pixelPNG = \"%s\"\n" % data, "go"


# --- protobuf descriptors -----------------------------------------------------------------------
def pb_varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def pb_field(num, wt, payload):
    key = pb_varint((num << 3) | wt)
    if wt == 2:
        return key + pb_varint(len(payload)) + payload
    return key + pb_varint(payload)


def pb_str(num, s):
    return pb_field(num, 2, s.encode() if isinstance(s, str) else s)


def proto_descriptor(R, pkg, fname):
    msgs = []
    catalog = [("RotateApiKeyRequest", [("api_key_id", 9), ("secret_name", 9), ("grace_period_seconds", 3)]),
               ("RotateApiKeyResponse", [("key_prefix", 9), ("created_at", 3), ("revoked_previous", 8)]),
               ("PasswordPolicy", [("min_length", 5), ("require_symbol", 8), ("max_age_days", 5)]),
               ("TokenIntrospection", [("token_type", 9), ("scope", 9), ("expires_at", 3), ("active", 8)]),
               ("CreateCredentialRequest", [("display_name", 9), ("credential_type", 9), ("secret_ref", 9)]),
               ("SigningKeyInfo", [("kid", 9), ("algorithm", 9), ("public_key_pem", 9)])]
    for mname, fields in R.sample(catalog, R.randrange(2, 5)):
        fb = b""
        for i, (fn, ty) in enumerate(fields, 1):
            f = pb_str(1, fn) + pb_field(3, 0, i) + pb_field(4, 0, 1) + pb_field(5, 0, ty) + pb_str(10, snake_to_camel(fn))
            fb += pb_str(2, f)
        msgs.append(pb_str(1, mname) + fb)
    out = pb_str(1, fname) + pb_str(2, pkg)
    for m in msgs:
        out += pb_str(4, m)
    out += pb_str(8, pb_str(11, "github.com/%s/gen/go" % pkg.replace(".", "/")))
    out += pb_str(12, "proto3")
    return out


def neg_proto(R):
    org = R.choice(ORGS).replace("-", "")
    mod = R.choice(MODS)
    pkg = "%s.%s.v1" % (org, mod)
    fname = "%s/%s/v1/credentials.proto" % (org, mod)
    blob = proto_descriptor(R, pkg, fname)
    r = R.randrange(3)
    if r == 0:
        body = "# -*- coding: utf-8 -*-\n# Generated by the protocol buffer compiler.  DO NOT EDIT!\n# source: %s\n\"\"\"Generated protocol buffer code.\"\"\"\n" % fname
        body += "from google.protobuf import descriptor as _descriptor\nfrom google.protobuf import descriptor_pool as _descriptor_pool\nfrom google.protobuf import symbol_database as _symbol_database\nfrom google.protobuf.internal import builder as _builder\n\n_sym_db = _symbol_database.Default()\n\n\n"
        body += "DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(%s)\n\n_globals = globals()\n" % repr(blob)
        body += "_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)\n_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, '%s.%s.v1.credentials_pb2', _globals)\n" % (org, mod)
        return "gen/python/%s/%s/v1/credentials_pb2.py" % (org, mod), body, "python"
    if r == 1:
        var = "file_%s_%s_v1_credentials_proto_rawDesc" % (org, mod)
        hexs = ["0x%02x" % b for b in blob]
        lines = ["\t" + ", ".join(hexs[i:i + 16]) + "," for i in range(0, len(hexs), 16)]
        body = "// Code generated by protoc-gen-go. DO NOT EDIT.\n// versions:\n// \tprotoc-gen-go v1.33.0\n// \tprotoc        v4.25.3\n// source: %s\n\npackage %sv1\n\n" % (fname, mod)
        body += "import (\n\tprotoreflect \"google.golang.org/protobuf/reflect/protoreflect\"\n\tprotoimpl \"google.golang.org/protobuf/runtime/protoimpl\"\n)\n\n"
        body += "var File_%s_%s_v1_credentials_proto protoreflect.FileDescriptor\n\nvar %s = []byte{\n" % (org, mod, var) + "\n".join(lines) + "\n}\n\nvar _ = protoimpl.UnsafeEnabled\n"
        return "gen/go/%s/%s/v1/credentials.pb.go" % (org, mod), body, "go"
    s = b64(blob)
    parts = [s[i:i + 64] for i in range(0, len(s), 64)]
    body = "// <auto-generated>\n//     Generated by the protocol buffer compiler.  DO NOT EDIT!\n//     source: %s\n// </auto-generated>\n#pragma warning disable 1591\nusing pbr = global::Google.Protobuf.Reflection;\n\n" % fname
    body += "namespace %s.%s.V1 {\n  public static partial class CredentialsReflection {\n    private static pbr::FileDescriptor descriptor;\n\n    static CredentialsReflection() {\n      byte[] descriptorData = global::System.Convert.FromBase64String(\n          string.Concat(\n" % (snake_to_pascal(org), snake_to_pascal(mod))
    body += ",\n".join('            "%s"' % p for p in parts) + "));\n      descriptor = pbr::FileDescriptor.FromGeneratedCode(descriptorData, new pbr::FileDescriptor[] { }, null);\n    }\n  }\n}\n"
    return "gen/csharp/%s/V1/Credentials.cs" % snake_to_pascal(mod), body, "csharp"


# --- minified bundles -------------------------------------------------------------------------
def neg_minified(R):
    ids = list("abcdefghijklmnopqrstuvwxyz")
    R.shuffle(ids)

    def v():
        return R.choice(ids) + (R.choice(ids + ["", "", ""]))
    api = "https://api.%s.com" % R.choice(ORGS).replace("-", "")
    frags = [
        'const %s="%s",%s=async(%s,%s)=>{const %s=await fetch(%s+%s,{headers:{Authorization:"Bearer "+%s.accessToken,"Content-Type":"application/json"}});if(!%s.ok)throw new Error("Request failed: "+%s.status);return %s.json()};' % (
            "n", api, "r", "e", "t", "o", "n", "e", "t", "o", "o", "o"),
        'function %s(e){return e.replace(/(sk_live_|ghp_)[A-Za-z0-9]+/g,"$1****")}' % v(),
        '%s.createElement("input",{type:"password",name:"password",autoComplete:"current-password",minLength:12,placeholder:"Password"})' % v(),
        'var %s={tokenType:"Bearer",refreshTokenKey:"refresh_token",accessTokenKey:"access_token",storage:"sessionStorage"};' % v(),
        'const %s=e=>e&&e.length>=12&&/[0-9]/.test(e)&&/[^A-Za-z0-9]/.test(e);' % v(),
        '%s.exports=function(e){var t=e.headers||{};return t["x-api-key"]=e.apiKey||process.env.API_KEY,t};' % v(),
        'window.__CHUNK_MAP__={%s};' % ",".join('"%s":"%s"' % (rs(R, DG, 3), rs(R, HEX, 8)) for _ in range(R.randrange(4, 9))),
        '!function(){"use strict";var e={%s};function t(n){var r=e[n];return r}}();' % ",".join("%d:function(e,t,n){n.d(t,{Z:function(){return %s}})}" % (R.randrange(100, 9999), v()) for _ in range(R.randrange(3, 7))),
        'const %s=["%s"];' % (v(), '","'.join("chunk-" + rs(R, HEX, 8) for _ in range(R.randrange(4, 10)))),
        '%s.prototype.isExpired=function(){return Date.now()>=this.expiresAt-3e4};' % v(),
    ]
    R.shuffle(frags)
    body = ";".join(f.rstrip(";") for f in frags[:R.randrange(6, len(frags) + 1)]) + ";"
    name = R.choice(["main", "app", "vendor", "chunk-vendors", "index"])
    h = rs(R, HEX, 8)
    return "dist/assets/%s.%s.js" % (name, h), body + "\n//# sourceMappingURL=%s.%s.js.map\n" % (name, h), "javascript"


# --- i18n ---------------------------------------------------------------------------------------
I18N = {"en": {"password.label": "Password", "password.hint": "At least 12 characters", "password.forgot": "Forgot your password?",
               "token.expired": "Your session has expired. Please sign in again.", "apikey.title": "API keys",
               "apikey.create": "Create secret key", "apikey.warning": "Copy this key now. You will not be able to see it again.",
               "secret.revealed": "Secret revealed", "login.submit": "Sign in"},
        "de": {"password.label": "Passwort", "password.hint": "Mindestens 12 Zeichen", "password.forgot": "Passwort vergessen?",
               "token.expired": "Deine Sitzung ist abgelaufen. Bitte melde dich erneut an.", "apikey.title": "API-Schlüssel",
               "apikey.create": "Geheimen Schlüssel erstellen", "apikey.warning": "Kopiere den Schlüssel jetzt. Er wird nicht erneut angezeigt.",
               "secret.revealed": "Geheimnis angezeigt", "login.submit": "Anmelden"},
        "fr": {"password.label": "Mot de passe", "password.hint": "Au moins 12 caractères", "password.forgot": "Mot de passe oublié ?",
               "token.expired": "Votre session a expiré. Veuillez vous reconnecter.", "apikey.title": "Clés API",
               "apikey.create": "Créer une clé secrète", "apikey.warning": "Copiez cette clé maintenant. Elle ne sera plus affichée.",
               "secret.revealed": "Secret affiché", "login.submit": "Se connecter"},
        "es": {"password.label": "Contraseña", "password.hint": "Al menos 12 caracteres", "password.forgot": "¿Olvidaste tu contraseña?",
               "token.expired": "Tu sesión ha caducado. Vuelve a iniciar sesión.", "apikey.title": "Claves de API",
               "apikey.create": "Crear clave secreta", "apikey.warning": "Copia esta clave ahora. No podrás volver a verla.",
               "secret.revealed": "Secreto visible", "login.submit": "Iniciar sesión"}}


def neg_i18n(R):
    lang = R.choice(list(I18N))
    d = I18N[lang]
    keys = R.sample(list(d), R.randrange(5, len(d) + 1))
    r = R.randrange(6)
    if r == 0:
        return "src/locales/%s.json" % lang, json.dumps({k: d[k] for k in keys}, indent=2, ensure_ascii=False) + "\n", "json"
    if r == 1:
        esc = lambda s: s.replace("'", "\\'")
        body = '<?xml version="1.0" encoding="utf-8"?>\n<resources>\n' + "".join('    <string name="%s">%s</string>\n' % (k.replace(".", "_"), esc(d[k])) for k in keys) + "</resources>\n"
        return "app/src/main/res/values%s/strings.xml" % ("" if lang == "en" else "-" + lang), body, "xml"
    if r == 2:
        return "%s.lproj/Localizable.strings" % lang, "".join('"%s" = "%s";\n' % (k, d[k]) for k in keys), "strings"
    if r == 3:
        return "src/main/resources/messages%s.properties" % ("" if lang == "en" else "_" + lang), "".join("%s=%s\n" % (k, d[k].encode("ascii", "backslashreplace").decode().replace("\\x", "\\u00")) for k in keys), "properties"
    if r == 4:
        body = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: %s\\n"\n\n' % lang
        body += "".join('msgid "%s"\nmsgstr "%s"\n\n' % (I18N["en"][k], d[k]) for k in keys)
        return "locale/%s/LC_MESSAGES/messages.po" % lang, body, "po"
    return "lib/l10n/app_%s.arb" % lang, json.dumps(dict([("@@locale", lang)] + [(snake_to_camel(k.replace(".", "_")), d[k]) for k in keys]), indent=2, ensure_ascii=False) + "\n", "arb"


# --- crypto test vectors (computed) -------------------------------------------------------------
def rfc4231_cases():
    cases = [(b"\x0b" * 20, b"Hi There"), (b"Jefe", b"what do ya want for nothing?"), (b"\xaa" * 20, b"\xdd" * 50),
             (bytes(range(1, 26)), b"\xcd" * 50), (b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First")]
    return [(k, d, hmac.new(k, d, hashlib.sha256).hexdigest(), hmac.new(k, d, hashlib.sha512).hexdigest()) for k, d in cases]


def rfc6070_cases():
    cases = [(b"password", b"salt", 1, 20), (b"password", b"salt", 2, 20), (b"password", b"salt", 4096, 20),
             (b"passwordPASSWORDpassword", b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25)]
    return [(p, s, c, n, hashlib.pbkdf2_hmac("sha1", p, s, c, n).hex()) for p, s, c, n in cases]


def hkdf_case1():
    ikm, salt, info = b"\x0b" * 22, bytes(range(0, 13)), bytes(range(0xf0, 0xfa))
    prk = hmac.new(salt, ikm, hashlib.sha256).digest()
    okm, t = b"", b""
    i = 1
    while len(okm) < 42:
        t = hmac.new(prk, t + info + bytes([i]), hashlib.sha256).digest()
        okm += t
        i += 1
    return ikm, salt, info, prk.hex(), okm[:42].hex()


def neg_test_vectors(R):
    r = R.randrange(8)
    cases = rfc4231_cases()
    if r == 0:
        body = "package hmacutil\n\nimport (\n\t\"crypto/hmac\"\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n\t\"testing\"\n)\n\n// Test vectors from RFC 4231, section 4.\nvar hmacSHA256Tests = []struct {\n\tkey, data, want string // hex encoded\n}{\n"
        body += "".join('\t{\n\t\tkey:  "%s",\n\t\tdata: "%s",\n\t\twant: "%s",\n\t},\n' % (k.hex(), d.hex(), w256) for k, d, w256, _ in cases)
        body += "}\n\nfunc TestHMACSHA256Vectors(t *testing.T) {\n\tfor i, tt := range hmacSHA256Tests {\n\t\tkey, _ := hex.DecodeString(tt.key)\n\t\tdata, _ := hex.DecodeString(tt.data)\n\t\tmac := hmac.New(sha256.New, key)\n\t\tmac.Write(data)\n\t\tif got := hex.EncodeToString(mac.Sum(nil)); got != tt.want {\n\t\t\tt.Errorf(\"case %d: got %s, want %s\", i, got, tt.want)\n\t\t}\n\t}\n}\n"
        return "internal/hmacutil/hmac_test.go", body, "go", "rfc4231_hmac_vectors"
    if r == 1:
        body = "import hashlib\nimport hmac\n\nimport pytest\n\n# RFC 4231 HMAC-SHA-512 test cases 1-4 and 6.\nRFC4231_VECTORS = [\n"
        body += "".join('    (\n        bytes.fromhex("%s"),\n        bytes.fromhex("%s"),\n        "%s",\n    ),\n' % (k.hex(), d.hex(), w512) for k, d, _, w512 in cases)
        body += "]\n\n\n@pytest.mark.parametrize(\"key,data,expected\", RFC4231_VECTORS)\ndef test_hmac_sha512_rfc4231(key, data, expected):\n    assert hmac.new(key, data, hashlib.sha512).hexdigest() == expected\n"
        return "tests/crypto/test_hmac_vectors.py", body, "python", "rfc4231_hmac_vectors"
    if r == 2:
        pc = rfc6070_cases()
        body = "import hashlib\n\nimport pytest\n\n# PBKDF2-HMAC-SHA1 test vectors, RFC 6070 section 2.\nPBKDF2_VECTORS = [\n"
        body += "".join("    (%r, %r, %d, %d, \"%s\"),\n" % (p, s, c, n, out) for p, s, c, n, out in pc)
        body += "]\n\n\n@pytest.mark.parametrize(\"password,salt,iterations,dklen,expected\", PBKDF2_VECTORS)\ndef test_pbkdf2_rfc6070(password, salt, iterations, dklen, expected):\n    assert hashlib.pbkdf2_hmac(\"sha1\", password, salt, iterations, dklen).hex() == expected\n"
        return "tests/test_pbkdf2_rfc6070.py", body, "python", "rfc6070_pbkdf2_vectors"
    if r == 3:
        ikm, salt, info, prk, okm = hkdf_case1()
        body = "//! RFC 5869 test case 1 (SHA-256).\n\n#[cfg(test)]\nmod tests {\n    use hex_literal::hex;\n    use hkdf::Hkdf;\n    use sha2::Sha256;\n\n    #[test]\n    fn rfc5869_test_case_1() {\n"
        body += "        let ikm = hex!(\"%s\");\n        let salt = hex!(\"%s\");\n        let info = hex!(\"%s\");\n        let expected_prk = hex!(\"%s\");\n        let expected_okm = hex!(\"%s\");\n\n" % (ikm.hex(), salt.hex(), info.hex(), prk, okm)
        body += "        let (prk, hk) = Hkdf::<Sha256>::extract(Some(&salt), &ikm);\n        assert_eq!(prk[..], expected_prk[..]);\n        let mut okm = [0u8; 42];\n        hk.expand(&info, &mut okm).unwrap();\n        assert_eq!(okm, expected_okm);\n    }\n}\n"
        return "crates/kdf/tests/rfc5869.rs", body, "rust", "rfc5869_hkdf_vectors"
    if r == 4:
        msgs = [b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"]
        body = "#include <assert.h>\n#include <string.h>\n#include \"sha256.h\"\n\n/* FIPS 180-4 / NIST CAVS example messages. */\nstatic const struct {\n    const char *msg;\n    const char *digest;\n} sha256_vectors[] = {\n"
        body += "".join('    { "%s", "%s" },\n' % (m.decode(), hashlib.sha256(m).hexdigest()) for m in msgs)
        body += "};\n\nint main(void)\n{\n    char hex[65];\n    for (size_t i = 0; i < sizeof sha256_vectors / sizeof sha256_vectors[0]; i++) {\n        sha256_hex(sha256_vectors[i].msg, strlen(sha256_vectors[i].msg), hex);\n        assert(strcmp(hex, sha256_vectors[i].digest) == 0);\n    }\n    return 0;\n}\n"
        return "tests/test_sha256.c", body, "c", "fips180_sha_vectors"
    if r == 5:
        body = "package com.%s.crypto;\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n\nimport org.junit.jupiter.params.ParameterizedTest;\nimport org.junit.jupiter.params.provider.CsvSource;\n\n/** FIPS-197 appendix C example vectors. */\nclass AesKnownAnswerTest {\n\n" % R.choice(ORGS).replace("-", "")
        body += "    @ParameterizedTest\n    @CsvSource({\n        \"000102030405060708090a0b0c0d0e0f, 00112233445566778899aabbccddeeff, 69c4e0d86a7b0430d8cdb78070b4c55a\",\n        \"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f, 00112233445566778899aabbccddeeff, 8ea2b7ca516745bfeafc49904b496089\"\n    })\n"
        body += "    void encryptsKnownAnswer(String keyHex, String plainHex, String cipherHex) throws Exception {\n        assertEquals(cipherHex, Hex.encode(Aes.encryptBlock(Hex.decode(keyHex), Hex.decode(plainHex))));\n    }\n}\n"
        return "src/test/java/com/crypto/AesKnownAnswerTest.java", body, "java", "fips197_aes_vectors"
    if r == 6:
        body = "import { createHmac } from \"node:crypto\";\n\n// RFC 4231 test cases for HMAC-SHA-256.\nconst vectors = [\n"
        body += "".join('  { key: "%s", data: "%s", expected: "%s" },\n' % (k.hex(), d.hex(), w256) for k, d, w256, _ in cases)
        body += "];\n\ndescribe(\"hmacSha256\", () => {\n  test.each(vectors)(\"matches RFC 4231 ($expected)\", ({ key, data, expected }) => {\n    const mac = createHmac(\"sha256\", Buffer.from(key, \"hex\")).update(Buffer.from(data, \"hex\")).digest(\"hex\");\n    expect(mac).toBe(expected);\n  });\n});\n"
        return "src/crypto/__tests__/hmac.test.ts", body, "typescript", "rfc4231_hmac_vectors"
    pc = rfc6070_cases()
    body = "package pbkdf2_test\n\nimport (\n\t\"crypto/sha1\"\n\t\"encoding/hex\"\n\t\"testing\"\n\n\t\"golang.org/x/crypto/pbkdf2\"\n)\n\n// RFC 6070 test vectors.\nvar rfc6070 = []struct {\n\tpassword, salt string\n\titer, keyLen  int\n\twant          string\n}{\n"
    body += "".join('\t{"%s", "%s", %d, %d, "%s"},\n' % (p.decode(), s.decode(), c, n, out) for p, s, c, n, out in pc)
    body += "}\n\nfunc TestRFC6070(t *testing.T) {\n\tfor _, tt := range rfc6070 {\n\t\tgot := hex.EncodeToString(pbkdf2.Key([]byte(tt.password), []byte(tt.salt), tt.iter, tt.keyLen, sha1.New))\n\t\tif got != tt.want {\n\t\t\tt.Fatalf(\"got %s want %s\", got, tt.want)\n\t\t}\n\t}\n}\n"
    return "internal/kdf/pbkdf2_test.go", body, "go", "rfc6070_pbkdf2_vectors"


# --- CRC tables / magic constants (computed) ----------------------------------------------------
def crc32_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t


def icbrt(n):
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            break
        x = y
    while x ** 3 > n:
        x -= 1
    while (x + 1) ** 3 <= n:
        x += 1
    return x


def first_primes(k):
    out, n = [], 2
    while len(out) < k:
        if all(n % p for p in out if p * p <= n):
            out.append(n)
        n += 1
    return out


def sha256_constants():
    ps = first_primes(64)
    K = [icbrt(p << 96) & 0xFFFFFFFF for p in ps]
    import math
    H = [math.isqrt(p << 64) & 0xFFFFFFFF for p in ps[:8]]
    return H, K


def neg_tables(R):
    r = R.randrange(5)
    if r == 0:
        t = crc32_table()
        rows = ["    " + ", ".join("0x%08xU" % x for x in t[i:i + 4]) + "," for i in range(0, 256, 4)]
        return "src/util/crc32.c", "#include <stddef.h>\n#include <stdint.h>\n\n/* Reflected CRC-32 (IEEE 802.3) lookup table, polynomial 0xEDB88320. */\nstatic const uint32_t crc32_table[256] = {\n" + "\n".join(rows) + "\n};\n\nuint32_t crc32(const uint8_t *buf, size_t len)\n{\n    uint32_t c = 0xFFFFFFFFU;\n    while (len--)\n        c = crc32_table[(c ^ *buf++) & 0xFF] ^ (c >> 8);\n    return c ^ 0xFFFFFFFFU;\n}\n", "c", "crc_table"
    if r == 1:
        H, K = sha256_constants()
        rows = ["\t" + ", ".join("0x%08x" % x for x in K[i:i + 8]) + "," for i in range(0, 64, 8)]
        body = "package sha256impl\n\n// Initial hash values: first 32 bits of the fractional parts of the square roots of the first 8 primes.\nvar initH = [8]uint32{\n\t" + ", ".join("0x%08x" % x for x in H) + ",\n}\n\n"
        body += "// Round constants: first 32 bits of the fractional parts of the cube roots of the first 64 primes.\nvar roundK = [64]uint32{\n" + "\n".join(rows) + "\n}\n"
        return "internal/sha256impl/const.go", body, "go", "hash_constants"
    if r == 2:
        t = crc32_table()
        rows = ["    " + ", ".join("0x%08x" % x for x in t[i:i + 6]) + "," for i in range(0, 256, 6)]
        return "src/checksum.rs", "/// CRC-32/ISO-HDLC table generated at build time and checked in for no_std targets.\npub const CRC32_TABLE: [u32; 256] = [\n" + "\n".join(rows) + "\n];\n", "rust", "crc_table"
    if r == 3:
        body = "package hashing\n\nconst (\n\t// FNV-1a 64-bit parameters.\n\tfnvOffset64 uint64 = 0xcbf29ce484222325\n\tfnvPrime64  uint64 = 0x100000001b3\n\n\t// 64-bit finalizer constants used by MurmurHash3.\n\tmurmurC1 uint64 = 0xff51afd7ed558ccd\n\tmurmurC2 uint64 = 0xc4ceb9fe1a85ec53\n\n\t// 2^64 / golden ratio, used for Fibonacci hashing.\n\tgoldenGamma uint64 = 0x9e3779b97f4a7c15\n)\n\n"
        body += "func fnv1a(b []byte) uint64 {\n\th := fnvOffset64\n\tfor _, c := range b {\n\t\th ^= uint64(c)\n\t\th *= fnvPrime64\n\t}\n\treturn h\n}\n"
        return "internal/hashing/consts.go", body, "go", "magic_numbers"
    body = "\"\"\"File signatures used to sniff uploads before they reach the virus scanner.\"\"\"\n\nMAGIC_NUMBERS = {\n    \"png\": b\"\\x89PNG\\r\\n\\x1a\\n\",\n    \"gif\": b\"GIF89a\",\n    \"pdf\": b\"%PDF-\",\n    \"zip\": b\"PK\\x03\\x04\",\n    \"gzip\": b\"\\x1f\\x8b\",\n    \"elf\": b\"\\x7fELF\",\n    \"java_class\": bytes.fromhex(\"cafebabe\"),\n    \"wasm\": b\"\\x00asm\",\n}\n\nSNIFF_BYTES = 8\n"
    return "%s/uploads/magic.py" % R.choice(APPS), body, "python", "magic_numbers"


# --- public keys, certificates, pins --------------------------------------------------------------
def neg_public_key(R):
    r = R.randrange(7)
    app = R.choice(APPS)
    org = R.choice(ORGS).replace("-", "")
    if r <= 2:
        if R.random() < 0.5:
            key = RSAKey(R, 2048)
            lines = pem_lines("PUBLIC KEY", key.spki())
        else:
            lines = pem_lines("PUBLIC KEY", ECKey(R).spki())
        if r == 0:
            return "internal/auth/jwt_verify.go", "package auth\n\n// issuerPublicKey verifies access tokens issued by the identity service.\n// The matching private key lives in the HSM and never leaves it.\nconst issuerPublicKey = `" + "\n".join(lines) + "\n`\n", "go", "public_key_pem"
        if r == 1:
            return "src/auth/verify.ts", "import { importSPKI, jwtVerify } from \"jose\";\n\n// Public half of the token signing key (safe to ship).\nconst PUBLIC_KEY_PEM = `" + "\n".join(lines) + "\n`;\n\nexport async function verify(token: string) {\n  const key = await importSPKI(PUBLIC_KEY_PEM, \"RS256\");\n  return jwtVerify(token, key, { issuer: \"https://auth.%s.com/\" });\n}\n" % org, "typescript", "public_key_pem"
        return "%s/auth/keys.py" % app, "# Public key used to verify webhook signatures from the payment gateway.\nGATEWAY_PUBLIC_KEY = \"" + "\\n".join(lines) + "\\n\"\n", "python", "public_key_pem"
    if r == 3:
        key = RSAKey(R, 2048)
        n = b64url_nopad(key.n.to_bytes(256, "big"))
        kid = rs(R, LO + DG, 16)
        body = "// Static JWKS used when the discovery endpoint is unreachable.\nexport const FALLBACK_JWKS = {\n  keys: [\n    {\n      kty: \"RSA\",\n      use: \"sig\",\n      alg: \"RS256\",\n      kid: \"%s\",\n      n: \"%s\",\n      e: \"AQAB\",\n    },\n  ],\n};\n" % (kid, n)
        return "src/auth/jwks.ts", body, "typescript", "jwks_public"
    if r == 4:
        line = ssh_ed25519_public_line(R, "%s@%s" % (R.choice(USERS), R.choice(["laptop", "ci", "bastion"])))
        return "infra/keys.tf", 'resource "aws_key_pair" "deployer" {\n  key_name   = "%s-deployer"\n  public_key = "%s"\n}\n' % (app, line), "hcl", "ssh_public_key"
    if r == 5:
        lines = [ssh_ed25519_public_line(R, "%s@%s" % (u, org)) for u in R.sample(USERS, 3)]
        body = "package bastion\n\n// authorizedKeys are the public keys allowed to open tunnels through the bastion.\nvar authorizedKeys = []string{\n" + "".join('\t"%s",\n' % l for l in lines) + "}\n"
        return "internal/bastion/keys.go", body, "go", "ssh_public_key"
    key = RSAKey(R, 2048)
    line = ssh_rsa_public_line(key, "deploy@%s" % org)
    return "%s/provisioning/cloud_init.py" % app, "CLOUD_INIT = {\n    \"users\": [\n        {\n            \"name\": \"deploy\",\n            \"ssh_authorized_keys\": [\n                \"%s\",\n            ],\n        }\n    ]\n}\n" % line, "python", "ssh_public_key"


def neg_certificate(R):
    org = R.choice(ORGS)
    key = RSAKey(R, 2048) if R.random() < 0.8 else None
    r = R.randrange(4)
    if key is None or r == 3:
        spki = (key or ECKey(R)).spki()
        pins = ["sha256/" + b64(hashlib.sha256(spki).digest()), "sha256/" + b64(hashlib.sha256(rbytes(R, 32)).digest())]
        body = "package com.%s.net\n\nimport okhttp3.CertificatePinner\n\n// Leaf + backup pins (SHA-256 of SubjectPublicKeyInfo).\nval certificatePinner = CertificatePinner.Builder()\n" % org.replace("-", "")
        body += "".join('    .add("api.%s.com", "%s")\n' % (org.replace("-", ""), p) for p in pins) + "    .build()\n"
        return "app/src/main/java/com/net/Pinning.kt", body, "kotlin", "certificate_pin"
    cert = self_signed_cert(R, key, "%s Internal Root CA" % org.capitalize(), "%s Inc" % org.capitalize())
    lines = pem_lines("CERTIFICATE", cert)
    if r == 0:
        return "Sources/Networking/PinnedCertificates.swift", "import Foundation\n\nenum PinnedCertificates {\n    /// Internal root CA, used for certificate pinning of the staging API.\n    static let internalRootCA = \"\"\"\n" + "\n".join(lines) + "\n\"\"\"\n}\n", "swift", "x509_certificate"
    if r == 1:
        return "internal/tlsconf/ca.go", "package tlsconf\n\n// internalCA is the public certificate of the internal root CA.\nconst internalCA = `" + "\n".join(lines) + "\n`\n", "go", "x509_certificate"
    return "%s/tls.py" % R.choice(APPS), "import ssl\n\nROOT_CA_PEM = \"\"\"\\\n" + "\n".join(lines) + "\n\"\"\"\n\n\ndef make_context():\n    ctx = ssl.create_default_context(cadata=ROOT_CA_PEM)\n    ctx.minimum_version = ssl.TLSVersion.TLSv1_2\n    return ctx\n", "python", "x509_certificate"


# --- publishable / client-side keys -----------------------------------------------------------------
def neg_publishable(R):
    org = R.choice(ORGS).replace("-", "")
    r = R.randrange(10)
    if r <= 2:
        pk = "pk_live_51" + rs(R, ALNUM, 97)
        if r == 0:
            return "src/checkout/stripe.ts", 'import { loadStripe } from "@stripe/stripe-js";\n\n// Publishable key: safe to expose in the browser.\nexport const stripePromise = loadStripe("%s");\n' % pk, "typescript", "stripe", "stripe_publishable_key"
        if r == 1:
            return "%s/AppDelegate+Stripe.swift" % snake_to_pascal(R.choice(APPS)), "import StripeCore\n\nextension AppDelegate {\n    func configureStripe() {\n        StripeAPI.defaultPublishableKey = \"%s\"\n    }\n}\n" % pk, "swift", "stripe", "stripe_publishable_key"
        return "app/src/main/java/com/%s/App.kt" % org, "package com.%s\n\nimport android.app.Application\nimport com.stripe.android.PaymentConfiguration\n\nclass App : Application() {\n    override fun onCreate() {\n        super.onCreate()\n        PaymentConfiguration.init(applicationContext, \"%s\")\n    }\n}\n" % (org, pk), "kotlin", "stripe", "stripe_publishable_key"
    if r == 3:
        user = R.choice(WORDS) + str(R.randrange(1, 99))
        tok = "pk." + b64url_nopad(json.dumps({"u": user, "a": "cl" + rs(R, LO + DG, 23)}, separators=(",", ":")).encode()) + "." + rs(R, ALNUM + "_-", 22)
        if R.random() < 0.5:
            return "src/map/initMap.js", 'import mapboxgl from "mapbox-gl";\n\n// Public (pk.) token restricted to our domains in the Mapbox dashboard.\nmapboxgl.accessToken = "%s";\n\nexport function initMap(container) {\n  return new mapboxgl.Map({ container, style: "mapbox://styles/mapbox/streets-v12" });\n}\n' % tok, "javascript", "mapbox", "mapbox_public_token"
        return "app/src/main/res/values/mapbox_access_token.xml", '<?xml version="1.0" encoding="utf-8"?>\n<resources xmlns:tools="http://schemas.android.com/tools">\n    <string name="mapbox_access_token" translatable="false" tools:ignore="UnusedResources">%s</string>\n</resources>\n' % tok, "xml", "mapbox", "mapbox_public_token"
    if r == 4:
        return "src/analytics/posthog.ts", 'import posthog from "posthog-js";\n\nposthog.init("phc_%s", {\n  api_host: "https://eu.i.posthog.com",\n  person_profiles: "identified_only",\n});\n' % rs(R, ALNUM, 43), "typescript", "posthog", "posthog_project_key"
    if r == 5:
        cid = "%s-%s.apps.googleusercontent.com" % (rs(R, DG, 12), rs(R, DG + LO, 32))
        if R.random() < 0.5:
            return "src/main.tsx", 'import { GoogleOAuthProvider } from "@react-oauth/google";\nimport { createRoot } from "react-dom/client";\nimport App from "./App";\n\ncreateRoot(document.getElementById("root")!).render(\n  <GoogleOAuthProvider clientId="%s">\n    <App />\n  </GoogleOAuthProvider>,\n);\n' % cid, "tsx", "google", "google_oauth_client_id"
        return "%s/Auth/GoogleSignIn.swift" % snake_to_pascal(R.choice(APPS)), "import GoogleSignIn\n\nlet signInConfig = GIDConfiguration(clientID: \"%s\")\n" % cid, "swift", "google", "google_oauth_client_id"
    if r == 6:
        return "src/search/client.js", 'import algoliasearch from "algoliasearch/lite";\n\n// Search-only API key: can only query the public products index.\nconst ALGOLIA_APP_ID = "%s";\nconst ALGOLIA_SEARCH_ONLY_KEY = "%s";\n\nexport const searchClient = algoliasearch(ALGOLIA_APP_ID, ALGOLIA_SEARCH_ONLY_KEY);\n' % (rs(R, UP + DG, 10), rs(R, HEX, 32)), "javascript", "algolia", "algolia_search_only_key"
    if r == 7:
        site = "6L" + R.choice("cdef") + rs(R, ALNUM + "_-", 37)
        return "src/components/ContactForm.vue", '<template>\n  <form @submit.prevent="send">\n    <textarea v-model="message" />\n    <div class="g-recaptcha" data-sitekey="%s"></div>\n    <button type="submit">Send</button>\n  </form>\n</template>\n\n<script setup lang="ts">\nimport { ref } from "vue";\n\nconst message = ref("");\nfunction send() {}\n</script>\n' % site, "vue", "google", "recaptcha_site_key"
    if r == 8:
        dom = "clerk.%s.com$" % org
        pk = "pk_live_" + b64(dom.encode()).rstrip("=")
        return "src/app/providers.tsx", '"use client";\n\nimport { ClerkProvider } from "@clerk/nextjs";\n\nexport function Providers({ children }: { children: React.ReactNode }) {\n  return <ClerkProvider publishableKey="%s">{children}</ClerkProvider>;\n}\n' % pk, "tsx", "clerk", "clerk_publishable_key"
    return "src/payments/square.js", '// Web Payments SDK: application id and location id are public identifiers.\nconst payments = Square.payments("sq0idp-%s", "L%s");\nconst card = await payments.card();\nawait card.attach("#card-container");\n' % (rs(R, ALNUM + "_-", 22), rs(R, UP + DG, 12)), "javascript", "square", "square_application_id"


# --- SQL / docs / encrypted blobs -----------------------------------------------------------------
def neg_sql(R):
    r = R.randrange(4)
    if r == 0:
        return "db/migrations/%s_create_users.sql" % mig_ts(R), "CREATE TABLE users (\n    id              BIGSERIAL PRIMARY KEY,\n    email           CITEXT NOT NULL UNIQUE,\n    password_hash   TEXT NOT NULL,\n    password_changed_at TIMESTAMPTZ,\n    api_token_sha256 CHAR(64),\n    api_token_prefix VARCHAR(12),\n    mfa_secret_ref  TEXT,\n    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()\n);\n\nCOMMENT ON COLUMN users.password_hash IS 'argon2id hash, never the password itself';\nCREATE INDEX users_api_token_prefix_idx ON users (api_token_prefix);\n", "sql", "sql_schema"
    if r == 1:
        return "db/functions/verify_password.sql", "CREATE OR REPLACE FUNCTION auth.verify_password(p_email TEXT, p_password TEXT)\nRETURNS BOOLEAN\nLANGUAGE sql\nSTABLE\nAS $$\n  SELECT EXISTS (\n    SELECT 1\n    FROM users\n    WHERE email = p_email\n      AND password_hash = crypt(p_password, password_hash)\n  );\n$$;\n", "sql", "sql_proc_password_param"
    if r == 2:
        return "database/procs/usp_RotateApiToken.sql", "CREATE PROCEDURE dbo.usp_RotateApiToken\n    @UserId INT,\n    @NewTokenHash VARBINARY(32)\nAS\nBEGIN\n    SET NOCOUNT ON;\n    UPDATE dbo.ApiTokens\n       SET TokenHash = @NewTokenHash,\n           RotatedAt = SYSUTCDATETIME()\n     WHERE UserId = @UserId;\nEND;\nGO\n", "sql", "sql_proc_password_param"
    return "db/functions/notify_webhook.sql", "CREATE OR REPLACE FUNCTION public.notify_orders()\nRETURNS trigger\nLANGUAGE plpgsql\nAS $$\nBEGIN\n  PERFORM net.http_post(\n    url := 'https://api.example.com/v1/events',\n    headers := jsonb_build_object(\n      'Content-Type', 'application/json',\n      'Authorization', 'Bearer ' || (SELECT decrypted_secret FROM vault.decrypted_secrets WHERE name = 'orders_api_key')\n    ),\n    body := to_jsonb(NEW)\n  );\n  RETURN NEW;\nEND;\n$$;\n", "sql", "secret_manager_ref"


AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def neg_docs_example(R):
    r = R.randrange(3)
    if r == 0:
        return "tests/integration/conftest.py", "import boto3\nimport pytest\n\n\n@pytest.fixture\ndef s3():\n    # LocalStack accepts any credentials; these are the AWS documentation example values.\n    return boto3.client(\n        \"s3\",\n        endpoint_url=\"http://localhost:4566\",\n        region_name=\"us-east-1\",\n        aws_access_key_id=\"%s\",\n        aws_secret_access_key=\"%s\",\n    )\n" % (AWS_DOC_ID, AWS_DOC_SECRET), "python", "aws_docs_example_key"
    if r == 1:
        return "internal/storage/s3_test.go", "package storage\n\nimport (\n\t\"testing\"\n\n\t\"github.com/aws/aws-sdk-go-v2/credentials\"\n)\n\n// Example credentials from the AWS documentation; the test talks to a local MinIO.\nfunc TestUploadLocal(t *testing.T) {\n\tcreds := credentials.NewStaticCredentialsProvider(\"%s\", \"%s\", \"\")\n\tc := newClient(\"http://127.0.0.1:9000\", creds)\n\tif err := c.Upload(\"fixtures/a.txt\"); err != nil {\n\t\tt.Fatal(err)\n\t}\n}\n" % (AWS_DOC_ID, AWS_DOC_SECRET), "go", "aws_docs_example_key"
    return "docs/snippets/s3-upload.js", "// Snippet copied from the AWS SDK guide; replace the example credentials with your own profile.\nconst client = new S3Client({\n  region: \"us-west-2\",\n  credentials: {\n    accessKeyId: \"%s\",\n    secretAccessKey: \"%s\",\n  },\n});\n" % (AWS_DOC_ID, AWS_DOC_SECRET), "javascript", "aws_docs_example_key"


def neg_encrypted(R):
    blob = b64(b"\x01\x02\x02\x00\x78" + rbytes(R, R.randrange(150, 200)))
    r = R.randrange(3)
    if r == 0:
        return "%s/kms_config.py" % R.choice(APPS), "import base64\n\nimport boto3\n\n# KMS ciphertext; only the app's IAM role can decrypt it at runtime.\nENCRYPTED_DB_PASSWORD = (\n    \"%s\"\n)\n\n\ndef db_password():\n    kms = boto3.client(\"kms\")\n    return kms.decrypt(CiphertextBlob=base64.b64decode(ENCRYPTED_DB_PASSWORD))[\"Plaintext\"].decode()\n" % blob, "python", "kms_ciphertext"
    if r == 1:
        return "internal/config/kms.go", "package config\n\n// encryptedAPIKey is a KMS ciphertext blob; decrypted with the task role at startup.\nconst encryptedAPIKey = \"%s\"\n" % blob, "go", "kms_ciphertext"
    data = b64(rbytes(R, R.randrange(24, 48)))
    iv = b64(rbytes(R, 12))
    tag = b64(rbytes(R, 16))
    return "src/config/encrypted.ts", "// Values encrypted with SOPS (AES256_GCM); the data key is wrapped by KMS.\nexport const ENCRYPTED_SETTINGS = {\n  stripeSecretKey: \"ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\",\n};\n" % (data, iv, tag), "typescript", "sops_ciphertext"


# --- custom file-type negatives -------------------------------------------------------------------
def neg_custom(R):
    cred = neg_cred(R)
    ctx = make_ctx(R, cred)
    N = ctx["name"].upper()
    r = R.randrange(23)
    prov = cred["provider"]
    if r == 0:
        hdr = cred["header"] or ("Authorization", "Bearer ")
        return "scripts/healthcheck.sh", "#!/usr/bin/env bash\nset -euo pipefail\n\n: \"${%s:?%s must be set}\"\n\ncurl -fsSL -H \"%s: %s${%s}\" \"https://api.%s.com/v1/status\"\n" % (N, N, hdr[0], hdr[1], N, ctx["svc_lower"]), "shell", prov, "env_lookup"
    if r == 1:
        return "ci/fetch-secrets.sh", "#!/usr/bin/env bash\nset -euo pipefail\n\nexport %s=\"$(aws secretsmanager get-secret-value --secret-id %s --query SecretString --output text)\"\nexport %s_VAULT=\"$(vault kv get -field=value secret/%s/%s)\"\n" % (N, secret_ref_string(R, ctx), N, ctx["app"], ctx["name"]), "shell", prov, "secret_manager_ref"
    if r == 2:
        return "scripts/db-shell.sh", "#!/usr/bin/env bash\nset -euo pipefail\n\nread -rsp 'Database password: ' PGPASSWORD\necho\nexport PGPASSWORD\npsql -h %s -U %s -d %s\n" % (ctx["host"], ctx["user"], ctx["mod"]), "shell", "none", "interactive_prompt"
    if r == 3:
        if cred["provider"] == "aws":
            body = 'provider "aws" {\n  region  = var.region\n  profile = "%s-prod"\n}\n' % ctx["app"]
        else:
            body = 'variable "%s" {\n  type      = string\n  sensitive = true\n}\n\nresource "github_actions_secret" "%s" {\n  repository      = "%s"\n  secret_name     = "%s"\n  plaintext_value = var.%s\n}\n' % (ctx["name"], ctx["name"], ctx["app"], N, ctx["name"])
        return "infra/%s.tf" % ctx["mod"], body, "hcl", prov, "env_lookup"
    if r == 4:
        return "infra/rds.tf", 'resource "random_password" "db" {\n  length  = 32\n  special = true\n}\n\nresource "aws_db_instance" "main" {\n  identifier                  = "%s-db"\n  engine                      = "postgres"\n  instance_class              = "db.t3.medium"\n  username                    = "%s"\n  password                    = random_password.db.result\n  manage_master_user_password = null\n}\n\ndata "aws_secretsmanager_secret_version" "%s" {\n  secret_id = "%s/%s"\n}\n' % (ctx["app"], ctx["user"], ctx["name"], ctx["app"], kebab(ctx["name"])), "hcl", "aws", "secret_manager_ref"
    if r == 5:
        return "app/src/main/res/values/config.xml", '<?xml version="1.0" encoding="utf-8"?>\n<resources>\n    <!-- Injected at build time from local.properties; do not commit real values. -->\n    <string name="%s" translatable="false">YOUR_%s</string>\n    <string name="api_base_url" translatable="false">https://api.%s.com</string>\n</resources>\n' % (ctx["name"], N, ctx["svc_lower"]), "xml", prov, "placeholder"
    if r == 6:
        return "%s/Info.plist" % snake_to_pascal(ctx["app"]), '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n\t<key>CFBundleDisplayName</key>\n\t<string>%s</string>\n\t<key>%s</key>\n\t<string>$(%s)</string>\n</dict>\n</plist>\n' % (snake_to_pascal(ctx["app"]), snake_to_pascal(ctx["name"]), N), "plist", prov, "build_setting_ref"
    if r == 7:
        return "Config/Release.xcconfig", "// Release.xcconfig\n// Secrets are injected by CI into Secrets.xcconfig, which is gitignored.\n\n#include? \"Secrets.xcconfig\"\n\nPRODUCT_BUNDLE_IDENTIFIER = com.%s.%s\n%s = $(CI_%s)\n" % (ctx["org_id"], ctx["app"], N, N), "xcconfig", prov, "build_setting_ref"
    if r == 8:
        return "app/build.gradle.kts", 'import java.util.Properties\n\nval localProperties = Properties().apply {\n    val f = rootProject.file("local.properties")\n    if (f.exists()) f.inputStream().use { load(it) }\n}\n\nandroid {\n    defaultConfig {\n        buildConfigField("String", "%s", "\\"${localProperties.getProperty("%s", "")}\\"")\n    }\n    signingConfigs {\n        create("release") {\n            storePassword = System.getenv("KEYSTORE_PASSWORD")\n            keyPassword = System.getenv("KEY_PASSWORD")\n        }\n    }\n}\n' % (N, N), "gradle-kts", prov, "env_lookup"
    if r == 9:
        return "Jenkinsfile", "pipeline {\n    agent any\n\n    environment {\n        %s = credentials('%s')\n    }\n\n    stages {\n        stage('Deploy') {\n            steps {\n                withCredentials([usernamePassword(credentialsId: 'registry', usernameVariable: 'REG_USER', passwordVariable: 'REG_PASS')]) {\n                    sh 'echo \"$REG_PASS\" | docker login -u \"$REG_USER\" --password-stdin registry.%s.io'\n                }\n            }\n        }\n    }\n}\n" % (N, kebab(ctx["name"]), ctx["org_id"]), "jenkinsfile", prov, "secret_manager_ref"
    if r == 10:
        return "db/migrations/%s_app_role.sql" % mig_ts(R), "-- password is supplied by the migration runner: psql -v app_password=...\nCREATE ROLE %s WITH LOGIN PASSWORD :'app_password';\nGRANT CONNECT ON DATABASE %s TO %s;\n" % (ctx["user"], ctx["mod"], ctx["user"]), "sql", "none", "psql_variable"
    if r == 11:
        return "publish.gradle", "publishing {\n    repositories {\n        maven {\n            url = uri(\"https://maven.%s.internal/releases\")\n            credentials {\n                username = findProperty(\"mavenUser\") ?: System.getenv(\"MAVEN_USER\")\n                password = findProperty(\"mavenPassword\") ?: System.getenv(\"MAVEN_PASSWORD\")\n            }\n        }\n    }\n}\n" % ctx["org_id"], "gradle", "none", "env_lookup"
    if r == 12:
        tool = R.choice(["kubeconform", "sops", "trivy", "tflint", "buf"])
        digest = hashlib.sha256(rbytes(R, 32)).hexdigest()
        return "scripts/install-%s.sh" % tool, "#!/usr/bin/env bash\nset -euo pipefail\n\nVERSION=\"%d.%d.%d\"\nASSET=\"%s_linux_amd64.tar.gz\"\ncurl -fsSLO \"https://github.com/%s/%s/releases/download/v${VERSION}/${ASSET}\"\necho \"%s  ${ASSET}\" | sha256sum -c -\ntar -xzf \"${ASSET}\" -C /usr/local/bin %s\n" % (
            R.randrange(0, 3), R.randrange(0, 20), R.randrange(0, 10), tool, ctx["org_id"], tool, digest, tool), "shell", "none", "hash_digest"
    if r == 13:
        return "scripts/latest-release.sh", "#!/usr/bin/env bash\nset -euo pipefail\n\n# use the token of the logged-in GitHub CLI session\nGITHUB_TOKEN=\"$(gh auth token)\"\nexport GITHUB_TOKEN\ngh api repos/%s/%s/releases/latest --jq .tag_name\n" % (ctx["org_id"], ctx["app"]), "shell", "github", "cli_credential_helper"
    if r == 14:
        pre = PLACEHOLDER_PREFIX.get(prov, "")
        return "scripts/run-local.sh", "#!/usr/bin/env bash\n# Required environment:\n#   export %s=%s...   (copy it from the provider dashboard)\nset -euo pipefail\n\n: \"${%s:?see the header of this script}\"\nexec ./bin/%s --env local\n" % (N, pre or "<value>", N, ctx["app"]), "shell", prov, "placeholder"
    if r == 15:
        p, attr, extra = TF_PROVIDERS[R.choice(list(TF_PROVIDERS))]
        fmt = {"org": ctx["org_id"], "acct": R.randrange(1000000, 9999999)}
        lines = [e % fmt for e in extra] + ["%s = var.%s_%s" % (attr, p, attr)]
        return "infra/providers.tf", 'variable "%s_%s" {\n  type      = string\n  sensitive = true\n}\n\nprovider "%s" {\n' % (p, attr, p) + "".join("  %s\n" % l for l in lines) + "}\n", "hcl", p, "env_lookup"
    if r == 16:
        return "db/functions/notify_%s.sql" % ctx["mod"], "CREATE OR REPLACE FUNCTION public.notify_%s()\nRETURNS trigger\nLANGUAGE plpgsql\nAS $$\nBEGIN\n  PERFORM net.http_post(\n    url := 'https://api.%s.com/v1/events',\n    headers := jsonb_build_object('Authorization', 'Bearer ' || current_setting('app.settings.%s')),\n    body := to_jsonb(NEW)\n  );\n  RETURN NEW;\nEND;\n$$;\n" % (ctx["mod"], ctx["svc_lower"], ctx["name"]), "sql", prov, "env_lookup"
    if r == 17:
        return "db/seeds/app_settings.sql", "INSERT INTO app_settings (key, value) VALUES\n    ('password_min_length', '12'),\n    ('token_ttl_seconds', '3600'),\n    ('secret_rotation_days', '90'),\n    ('api_key_header', 'X-Api-Key'),\n    ('password_hash_algorithm', 'argon2id');\n", "sql", "none", "name_only"
    cid_num, cid_rand = rs(R, DG, 12), rs(R, DG + LO, 32)
    if r == 18:
        return "app/src/main/res/values/google.xml", '<?xml version="1.0" encoding="utf-8"?>\n<resources>\n    <!-- OAuth web client id: a public identifier used by Credential Manager. -->\n    <string name="default_web_client_id" translatable="false">%s-%s.apps.googleusercontent.com</string>\n</resources>\n' % (cid_num, cid_rand), "xml", "google", "google_oauth_client_id"
    if r == 19:
        return "%s/Info.plist" % snake_to_pascal(ctx["app"]), '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n\t<key>GIDClientID</key>\n\t<string>%s-%s.apps.googleusercontent.com</string>\n\t<key>CFBundleURLTypes</key>\n\t<array>\n\t\t<dict>\n\t\t\t<key>CFBundleURLSchemes</key>\n\t\t\t<array>\n\t\t\t\t<string>com.googleusercontent.apps.%s-%s</string>\n\t\t\t</array>\n\t\t</dict>\n\t</array>\n</dict>\n</plist>\n' % (cid_num, cid_rand, cid_num, cid_rand), "plist", "google", "google_oauth_client_id"
    pk = "pk_live_51" + rs(R, ALNUM, 97)
    if r == 20:
        return "Config/Shared.xcconfig", "// Publishable keys only; secret keys live on the backend.\nPRODUCT_BUNDLE_IDENTIFIER = com.%s.%s\nSTRIPE_PUBLISHABLE_KEY = %s\n" % (ctx["org_id"], ctx["app"], pk), "xcconfig", "stripe", "stripe_publishable_key"
    if r == 21:
        return "app/build.gradle", "android {\n    defaultConfig {\n        applicationId \"com.%s.%s\"\n        // publishable key, safe to ship in the client\n        buildConfigField \"String\", \"STRIPE_PUBLISHABLE_KEY\", \"\\\"%s\\\"\"\n    }\n}\n" % (ctx["org_id"], ctx["app"], pk), "gradle", "stripe", "stripe_publishable_key"
    return "ci/Jenkinsfile", "pipeline {\n    agent any\n    stages {\n        stage('Notify') {\n            steps {\n                withCredentials([string(credentialsId: '%s', variable: '%s')]) {\n                    sh 'curl -fsS -H \"Authorization: Bearer $%s\" https://api.%s.com/v1/ping'\n                }\n            }\n        }\n    }\n}\n" % (kebab(ctx["name"]), N, N, ctx["svc_lower"]), "jenkinsfile", prov, "secret_manager_ref"


# ----------------------------------------------------------------------------------
# Self-check patterns: every prefixed/structured positive format used above.
# ----------------------------------------------------------------------------------
POS_PATTERNS = [re.compile(p) for p in [
    r"AKIA[A-Z2-7]{16}", r"gh[pousr]_[A-Za-z0-9]{36}", r"github_pat_[A-Za-z0-9_]{82}", r"gl(?:pat|rt)-[A-Za-z0-9_-]{20}",
    r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}", r"xoxp-\d{12}-\d{12}-\d{12,13}-[a-f0-9]{32}",
    r"hooks\.slack\.com/services/T[A-Z0-9]{8,10}/B[A-Z0-9]{8,11}/[A-Za-z0-9]{24}", r"(?:sk|rk)_live_[A-Za-z0-9]{24,}",
    r"whsec_[A-Za-z0-9]{32}", r"sk-[A-Za-z0-9_-]*T3BlbkFJ[A-Za-z0-9_-]{20,}", r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    r"AIza[A-Za-z0-9_-]{35}", r"GOCSPX-[A-Za-z0-9_-]{28}", r"AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{100,}",
    r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}", r"key-[0-9a-f]{32}", r"shp(?:at|ss|ca)_[0-9a-f]{32}", r"npm_[A-Za-z0-9]{36}",
    r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}", r"NRAK-[A-Z0-9]{27}", r"sntry[us]_[A-Za-z0-9_=+/]{40,}", r"do[opr]_v1_[0-9a-f]{64}",
    r"hf_[A-Za-z]{34}", r"AccountKey=[A-Za-z0-9+/]{86}==", r"SharedAccessKey=[A-Za-z0-9+/]{43}=", r"[&?]sig=[A-Za-z0-9%]{30,}",
    r"dapi[0-9a-f]{32}", r"PMAK-[0-9a-f]{24}-[0-9a-f]{34}", r"lin_api_[A-Za-z0-9]{40}", r"pul-[0-9a-f]{40}",
    r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}", r"EAAA[A-Za-z0-9_-]{60}", r"pscale_tkn_[A-Za-z0-9_-]{43}", r"r8_[A-Za-z0-9]{37}",
    r"gsk_[A-Za-z0-9]{52}", r"pplx-[A-Za-z0-9]{48}", r"xai-[A-Za-z0-9]{80}", r"sk-or-v1-[0-9a-f]{64}",
    r"pat[A-Za-z0-9]{14}\.[0-9a-f]{64}", r"sl\.[A-Za-z0-9_-]{136}", r"CFPAT-[A-Za-z0-9_-]{43}", r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}",
    r"squ_[0-9a-f]{40}", r"dckr_pat_[A-Za-z0-9_-]{27}", r"bkua_[0-9a-f]{40}", r"rubygems_[0-9a-f]{48}", r"oy2[a-z0-9]{43}",
    r"tskey-auth-k[A-Za-z0-9]{11}CNTRL-[A-Za-z0-9]{33}", r"lsv2_pt_[0-9a-f]{32}_[0-9a-f]{10}", r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}",
    r"phx_[A-Za-z0-9]{43}", r"sdk-[0-9a-f]{8}-[0-9a-f]{4}-", r"pat-(?:na1|eu1)-[0-9a-f]{8}-", r"figd_[A-Za-z0-9_-]{40}",
    r"dp\.pt\.[A-Za-z0-9]{43}", r"CCIPAT_[A-Za-z0-9]{22}_[0-9a-f]{40}", r"FLWSECK-[0-9a-f]{32}-X", r"(?<![A-Za-z_])live_[A-Za-z0-9]{30}",
    r"shippo_live_[0-9a-f]{40}", r"aio_[A-Za-z0-9]{28}", r"ATATT3xFfGF0[A-Za-z0-9_-]{100,}", r"hvs\.[A-Za-z0-9_-]{24,}",
    r"LTAI[A-Za-z0-9]{20}", r"rzp_live_[A-Za-z0-9]{14}", r"access_token\$production\$", r"discord(?:app)?\.com/api/webhooks/\d{17,19}/[A-Za-z0-9_-]{60,}",
    r"\d{8,10}:AA[A-Za-z0-9_-]{33}", r"sk\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{22}", r"AGE-SECRET-KEY-1[0-9A-Z]{58}",
    r"eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}",
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----(?:\\n|\s)+(?:\"\s*)?[A-Za-z0-9+/=]{40}",
    r"://[A-Za-z0-9_.-]+:[A-Za-z0-9!*._~-]{8,}@", r"(?i)Password=[^;'\"\s]{6,};",
]]


def pattern_hits(content):
    hits = []
    for p in POS_PATTERNS:
        for m in p.finditer(content):
            hits.append((m.start(), m.end(), m.group(0)))
    return hits


def allowed_neg_hit(text):
    if AWS_DOC_ID in text or AWS_DOC_SECRET in text:
        return True
    tail = re.sub(r"[^A-Za-z0-9]", "", text)[-16:]
    if len(set(tail)) <= 2:
        return True
    m = re.match(r"://[A-Za-z0-9_.-]+:([A-Za-z0-9!*._~-]+)@", text)
    if m and m.group(1).isalpha() and m.group(1).isupper():
        return True
    return False


def bad_neg_hits(content):
    return [h for h in pattern_hits(content) if not allowed_neg_hit(h[2])]


def spans_of(content, s):
    out, i = [], content.find(s)
    while s and i >= 0:
        out.append((i, i + len(s)))
        i = content.find(s, i + 1)
    return out


def extra_pos_hits(content, needle, idval):
    ok = spans_of(content, needle) + (spans_of(content, idval) if idval else [])
    bad = []
    for a, b, t in pattern_hits(content):
        if not any(a < y and x < b for x, y in ok):
            bad.append(t)
    return bad


# ----------------------------------------------------------------------------------
# Driver
# ----------------------------------------------------------------------------------
N_POS = 500
N_NEG = 500
NEG_QUOTA = [("env", 45), ("ref", 32), ("placeholder", 36), ("redacted", 18), ("name_only", 30), ("ids", 21),
             ("digests", 23), ("flags", 14), ("error", 20), ("regex", 20), ("enum", 18), ("image", 16), ("proto", 12),
             ("minified", 12), ("i18n", 16), ("vectors", 22), ("tables", 14), ("pubkey", 22), ("cert", 10),
             ("publishable", 25), ("sql", 8), ("docs", 5), ("encrypted", 9), ("custom", 52)]
ENUM_LANGS = ["java", "kotlin", "swift", "typescript", "python", "go", "csharp", "rust", "php", "dart"]


def build_positive(R, gen, lang_deck, i):
    for attempt in range(200):
        cred = gen(R)
        lang = lang_deck[i] if attempt < 3 else R.choice(list(LANG_WEIGHTS))
        res = try_render_positive(R, lang, cred)
        if res is None:
            continue
        path, content, ft = res
        needle = cred["secret"]
        if needle not in content:
            continue
        if extra_pos_hits(content, needle, cred["id"][1] if cred["id"] else None):
            continue
        return path, content, ft, cred
    raise RuntimeError("could not render positive %d" % i)


def build_negative(R, kind, gdeck, j):
    L = LANG_BY_KEY[gdeck[j % len(gdeck)]]
    if kind in ("env", "ref", "placeholder", "redacted"):
        ctx, cred, content, k = neg_twin(R, L, kind)
        return L.path(R, ctx), content, L.filetype, cred["provider"], k
    if kind in ("name_only", "ids", "digests", "flags", "error", "regex"):
        if kind == "regex":
            L = LANG_BY_KEY[R.choice(REGEX_LANGS)]
        fn = {"name_only": neg_name_only, "ids": neg_ids, "digests": neg_digests, "flags": neg_flags,
              "error": neg_error, "regex": neg_regex}[kind]
        content, prov, k, ctx = fn(R, L)
        return L.path(R, ctx), content, L.filetype, prov, k
    if kind == "enum":
        path, body, ft, prov, k = neg_enum(R, R.choice(ENUM_LANGS))
        return path, body, ft, prov, k
    if kind == "image":
        p, c, ft = neg_image(R)
        return p, c, ft, "none", "base64_image"
    if kind == "proto":
        p, c, ft = neg_proto(R)
        return p, c, ft, "none", "protobuf_descriptor"
    if kind == "minified":
        p, c, ft = neg_minified(R)
        return p, c, ft, "none", "minified_js"
    if kind == "i18n":
        p, c, ft = neg_i18n(R)
        return p, c, ft, "none", "i18n_strings"
    if kind == "vectors":
        p, c, ft, k = neg_test_vectors(R)
        return p, c, ft, "none", k
    if kind == "tables":
        p, c, ft, k = neg_tables(R)
        return p, c, ft, "none", k
    if kind == "pubkey":
        p, c, ft, k = neg_public_key(R)
        return p, c, ft, "none", k
    if kind == "cert":
        p, c, ft, k = neg_certificate(R)
        return p, c, ft, "none", k
    if kind == "publishable":
        p, c, ft, prov, k = neg_publishable(R)
        return p, c, ft, prov, k
    if kind == "sql":
        p, c, ft, k = neg_sql(R)
        return p, c, ft, "none", k
    if kind == "docs":
        p, c, ft, k = neg_docs_example(R)
        return p, c, ft, "aws", k
    if kind == "encrypted":
        p, c, ft, k = neg_encrypted(R)
        return p, c, ft, "aws" if "kms" in k else "sops", k
    if kind == "custom":
        return neg_custom(R)
    raise ValueError(kind)


def write(outdir, rel, content):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(content)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_h.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []

    gen_deck = deck(R, {g.__name__: w for g, w in POS_GENERATORS}, N_POS)
    gens = {g.__name__: g for g, _ in POS_GENERATORS}
    lang_deck = deck(R, LANG_WEIGHTS, N_POS)
    needles = []
    for i in range(N_POS):
        path, content, ft, cred = build_positive(R, gens[gen_deck[i]], lang_deck, i)
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, content)
        needle = cred["secret"]
        needles.append(needle)
        manifest.append({"file": rel, "label": "pos", "provider": cred["provider"], "kind": cred["kind"], "filetype": ft})
        secrets.append({"file": rel, "needle": needle, "line": line_of(content, needle)})

    tasks = []
    for k, q in NEG_QUOTA:
        tasks += [k] * q
    assert len(tasks) == N_NEG, len(tasks)
    R.shuffle(tasks)
    gdeck = deck(R, {k: w for k, w in LANG_WEIGHTS.items() if k in LANG_BY_KEY}, N_NEG)
    needle_set = needles
    for j, kind in enumerate(tasks):
        for attempt in range(100):
            path, content, ft, prov, k = build_negative(R, kind, gdeck, j + attempt)
            if bad_neg_hits(content):
                continue
            if any(n in content for n in needle_set):
                continue
            break
        else:
            raise RuntimeError("could not build clean negative %d (%s)" % (j, kind))
        rel = "neg/n%04d/%s" % (j, path)
        write(outdir, rel, content)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": k, "filetype": ft})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    self_check(outdir)


def self_check(outdir):
    H, K = sha256_constants()
    assert H[0] == 0x6a09e667 and K[0] == 0x428a2f98 and K[63] == 0xc67178f2
    assert (P256_G[1] ** 2 - P256_G[0] ** 3 + 3 * P256_G[0] - P256_B) % P256_P == 0
    assert ec_mul(P256_N) is None
    assert b62_checksum("") == "000000"
    man = [json.loads(l) for l in open(os.path.join(outdir, "manifest.jsonl"), encoding="utf-8")]
    sec = [json.loads(l) for l in open(os.path.join(outdir, "secrets.jsonl"), encoding="utf-8")]
    pos = [m for m in man if m["label"] == "pos"]
    neg = [m for m in man if m["label"] == "neg"]
    assert len(pos) == N_POS and len(neg) == N_NEG, (len(pos), len(neg))
    assert len(sec) == N_POS and [s["file"] for s in sec] == [m["file"] for m in pos]
    assert len(set(m["file"] for m in man)) == len(man)
    for m in man:
        assert os.path.isfile(os.path.join(outdir, m["file"])), m["file"]
        assert set(m) == {"file", "label", "provider", "kind", "filetype"}
    all_needles = []
    for s in sec:
        content = open(os.path.join(outdir, s["file"]), encoding="utf-8").read()
        assert s["needle"] and s["needle"] in content, s["file"]
        assert s["line"] == line_of(content, s["needle"]) and s["line"] >= 1, s["file"]
        all_needles.append(s["needle"])
    for m in neg:
        content = open(os.path.join(outdir, m["file"]), encoding="utf-8").read()
        bad = bad_neg_hits(content)
        assert not bad, (m["file"], bad[:2])
        for n in all_needles:
            assert n not in content, (m["file"], n)
    # every case directory holds exactly the files we listed
    for m in man:
        case_dir = os.path.join(outdir, *m["file"].split("/")[:2])
        n_files = sum(len(fs) for _, _, fs in os.walk(case_dir))
        assert n_files == 1, case_dir
    sys.stderr.write("self-check ok: %d positives, %d negatives in %s\n" % (len(pos), len(neg), outdir))


if __name__ == "__main__":
    main()
