#!/usr/bin/env python3
"""Blind evaluation-set generator "ba" for a git pre-commit secret scanner.

EMPHASIS
    Go and Rust services and CLIs.  Credentials sit where Go/Rust developers
    really put them: Go `const`/`var` blocks, struct literals, `viper.SetDefault`,
    `flag.String` defaults, `os.Getenv` fallbacks, `http.Header` maps,
    `oauth2.Config{ClientSecret: ...}`, sarama/minio/pgx/redis/nats/etcd/consul/
    vault client constructors; Rust `const`/`static`, `once_cell`/`lazy_static!`,
    `std::env::var(..).unwrap_or(..)`, reqwest headers / `basic_auth`,
    config-rs / figment defaults, sqlx / sea-orm URLs, lettre, tonic metadata,
    `build.rs`; and the config files next to the code (.env, config.yaml,
    config.toml, Settings.toml, Rocket.toml, .cargo/config.toml,
    .cargo/credentials.toml, docker-compose.yml, Dockerfile, Makefile,
    justfile, .goreleaser.yaml, *.creds, .netrc, README.md, testdata/*.json).

USAGE
    python3 gen_ba.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, exactly one credential each)
    and OUTDIR/neg/nNNNN/<relpath> (500 files, one innocent look-alike each),
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"} for positives.
    Deterministic per SEED: only random.Random(SEED) is used.

COVERAGE (per seed: 500 positives / 500 negatives)
    * 74 provider/kind pairs over 53 providers (DB DSNs for pgx/lib/pq/
      go-sql-driver/sqlx/sea-orm, redis, mongodb, amqp, NATS token / user+pass /
      user & account NKEY seeds / .creds files, etcd, Consul, Vault, AWS static
      creds (Go SDK v2, aws-sdk-rust, rusoto), GCP SA JSON (real RSA-2048 PKCS#8
      generated in pure Python), MinIO, Kafka/Confluent SASL, lettre/net-smtp,
      tonic/grpc bearer, crates.io + alt-registry Cargo tokens, .netrc/GOPRIVATE,
      goreleaser tokens/GPG passphrase, Stripe/GitHub/GitLab/Slack/Twilio/
      SendGrid/OpenAI/Anthropic/Mailgun/HF/DO/Shopify/Linear/Pulumi/TFC/
      Supabase/Mapbox/Azure, JWT HMAC keys, securecookie / sessions keys,
      Rocket secret_key, age identities (bech32 + X25519 recipient), Ed25519
      seeds, Cloudflare/Fastly/Datadog/Sentry, Telegram/Discord bots).
    * ~25 positive and ~27 negative file types (go, go_test, rust, build.rs,
      env, yaml, toml, Settings.toml, Rocket.toml, .cargo/config.toml,
      .cargo/credentials.toml, compose, Dockerfile, Makefile, justfile,
      .goreleaser.yaml, *.creds, nats-server.conf, .netrc, .npmrc,
      .sentryclirc, consul .hcl, age keys.txt, testdata/*.json, README.md;
      negatives also go.mod, go.sum, Cargo.toml, Cargo.lock, deny.toml,
      sqlx-data.json / .sqlx/query-*.json, *.golden).
    * ~65 negative kinds: env references in each syntax (os.Getenv,
      envconfig/env struct tags, viper.GetString, env::var()?, env!,
      option_env!, ${VAR:?}, {{ .Env.X }}, env_var(), op:// refs, *_FILE),
      placeholders (same variable names as positives), masked values,
      publishable keys (pk_live_, Supabase anon / sb_publishable_, Mapbox pk.,
      Datadog pub..., Clerk, PostHog phc_, modern Sentry DSN), public keys
      (NATS U/A/O, age1, Ed25519 hex, minisign, ssh-ed25519, PEM, JWKS, GPG
      fingerprints), ids (client ids, SIDs, UUIDs, ARNs), digests / go.sum /
      Cargo.lock / sqlx hashes / pseudo-versions, ciphertext (SOPS, sealed
      secrets, KMS, Vault transit), RFC/AWS/jwt.io test vectors, random keys
      generated at runtime, generated mocks, embed/include_bytes! paths.
    * Self-check at the end of every run (needle on stated line, no needle in
      any negative, 5-80 lines) and printed counts.

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as written in the file; line = 1-based.
    * Connection strings / DSNs (postgres, mysql, redis, mongodb, amqp, nats
      user/pass, legacy Sentry DSN): the needle is the PASSWORD part only
      (the URL around it is context).
    * Key pairs (AWS, MinIO, Twilio API key, Confluent/Kafka, etc.): the needle is
      the SECRET half; the non-secret id (AKIA..., key id, SID) is context.
    * GCP service-account JSON: the needle is the JSON string value of
      "private_key" as written (one line, with literal \\n escapes).
    * NATS .creds files: the needle is the NKEY seed line (the user JWT in the
      same file is part of the same credential).
    * Slack incoming webhooks: the whole hooks.slack.com URL.
    * HTTP Basic headers: the base64 blob.
    * Everything else: the full token including its documented prefix.

DOUBTS (formats I am not sure about; generated from public knowledge)
    * OpenAI: project keys are generated as sk-proj-<74>T3BlbkFJ<74> (base64url),
      legacy sk-<20>T3BlbkFJ<20>, sk-svcacct-... like project keys. The exact
      current lengths are not officially documented.
    * Anthropic: sk-ant-api03-<93 base64url>AA (108 chars) - from third-party
      write-ups, not an official spec.
    * Vault service tokens: "hvs." + ~90 base64url-ish chars; I start them with
      "CAESI" like real protobuf-encoded tokens but the tail is random, so they
      would not parse as real protobuf.  Legacy "s." + 24 chars also used.
    * Cloudflare: 2026 docs announce cfut_/cfat_/cfk_ + 40 chars + checksum, but
      the checksum algorithm/length is not documented, so only the pre-2026
      formats are generated (40-char API token, 37-hex global key).
    * Sentry org tokens: sntrys_<base64(JSON claims)>_<43 chars>; the secret
      tail alphabet is uncertain so only [A-Za-z0-9] is used.  Modern Sentry
      DSNs (public key only) are documented as safe to publish -> NEGATIVES;
      legacy DSNs with a ":secret@" part -> POSITIVES (needle = secret part).
    * Telegram bot tokens: <8-10 digit id>:AA<33 base64url>.  Discord bot tokens:
      base64(snowflake).<6>.<38> - newer tokens have a 38-char HMAC part.
    * Confluent Cloud Kafka API secrets: 64 chars from [A-Za-z0-9+/].
    * crates.io: "cio" + 32 alphanumerics (announced 2023; no checksum).
    * GitLab PAT: legacy glpat- + 20 chars; the newer routable format is not
      generated.  Docker Hub PAT: dckr_pat_ + 27 base64url.
    * Stripe live secret keys come in old (24 chars) and newer (99 chars,
      starting "51") lengths; both generated.
    * Supabase service_role JWTs are generated as HS256 JWTs with random
      signatures (cannot be verified, but structurally correct); anon JWTs and
      sb_publishable_ keys are NEGATIVES (documented safe for browsers).
    * Test vectors: RFC 8032 Ed25519 test secret keys, RFC 4231 HMAC keys,
      RFC 7515 example JWK, the AWS documentation example key pair and the
      jwt.io default secret are treated as NEGATIVES (public, published
      constants in *_test.go / testdata), even though they sit in secret slots.
    * Local-dev passwords are never generated as negatives; every random or
      human-looking password in a secret slot is a positive.
    * Human passwords (lettre SMTP, etcd, goreleaser GPG passphrase, DB
      passwords) are composed from word+digit+symbol patterns and so contain
      dictionary words by design.
"""
import base64
import hashlib
import json
import os
import random
import string
import struct
import sys
import zlib

# ---------------------------------------------------------------------------
# alphabets and primitive random helpers
# ---------------------------------------------------------------------------
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
B62 = DIGITS + UPPER + LOWER          # GitHub/npm checksum alphabet order
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
UPNUM = UPPER + DIGITS
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
LOWNUM = LOWER + DIGITS

BAD_SUBSTR = ("test", "pass", "secret", "admin", "example", "demo", "fake",
              "dummy", "sample", "abcd", "1234", "xxxx", "qwer", "asdf",
              "0000", "aaaa", "todo", "fixme", "redact", "xyz")


def looks_bad(s):
    low = s.lower()
    for w in BAD_SUBSTR:
        if w in low:
            return True
    up = eq = 1
    for a, b in zip(s, s[1:]):
        up = up + 1 if ord(b) == ord(a) + 1 else 1
        eq = eq + 1 if a == b else 1
        if up >= 4 or eq >= 4:
            return True
    return False


def rtok(rng, alpha, n):
    while True:
        s = "".join(rng.choice(alpha) for _ in range(n))
        if not looks_bad(s):
            return s


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64s(b):
    return base64.b64encode(b).decode()


def jb64(obj):
    return b64u(json.dumps(obj, separators=(",", ":")).encode())


def ruuid(rng):
    h = "".join(rng.choice(HEX) for _ in range(32))
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rhex(rng, n):
    return rtok(rng, HEX, n)


def rdigits(rng, n):
    return str(rng.randint(1, 9)) + "".join(rng.choice(DIGITS) for _ in range(n - 1))


def b62enc(n, width=6):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def crc16_xmodem(data):
    crc = 0
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


# ---------------------------------------------------------------------------
# bech32 (age), X25519 (age recipients), NATS nkeys, RSA (GCP keys)
# ---------------------------------------------------------------------------
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            if (b >> i) & 1:
                chk ^= gen[i]
    return chk


def _convertbits(data, frm, to):
    acc = bits = 0
    out = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (to - bits)) & maxv)
    return out


def bech32_encode(hrp, data8):
    data = _convertbits(data8, 8, 5)
    exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _bech_polymod(exp + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


_P25519 = 2 ** 255 - 19


def x25519_base(k):
    """RFC 7748 X25519(k, 9)."""
    k = bytearray(k)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    n = int.from_bytes(bytes(k), "little")
    x1, x2, z2, x3, z3, swap = 9, 1, 0, 9, 1, 0
    p = _P25519
    for t in reversed(range(255)):
        kt = (n >> t) & 1
        swap ^= kt
        if swap:
            x2, x3, z2, z3 = x3, x2, z3, z2
        swap = kt
        a = (x2 + z2) % p
        aa = a * a % p
        b = (x2 - z2) % p
        bb = b * b % p
        e = (aa - bb) % p
        c = (x3 + z3) % p
        d = (x3 - z3) % p
        da = d * a % p
        cb = c * b % p
        x3 = (da + cb) ** 2 % p
        z3 = x1 * (da - cb) ** 2 % p
        x2 = aa * bb % p
        z2 = e * (aa + 121665 * e) % p
    if swap:
        x2, x3, z2, z3 = x3, x2, z3, z2
    return (x2 * pow(z2, p - 2, p) % p).to_bytes(32, "little")


def age_pair(rng):
    sk = rbytes(rng, 32)
    ident = bech32_encode("age-secret-key-", sk).upper()
    recip = bech32_encode("age", x25519_base(sk))
    return ident, recip


def age_recipient(rng):
    return age_pair(rng)[1]


NK_USER, NK_ACCOUNT, NK_OPERATOR, NK_SERVER = 20 << 3, 0, 14 << 3, 13 << 3


def nkey_seed(rng, prefix=NK_USER):
    raw = bytes([(18 << 3) | (prefix >> 5), (prefix & 31) << 3]) + rbytes(rng, 32)
    raw += struct.pack("<H", crc16_xmodem(raw))
    return base64.b32encode(raw).decode().rstrip("=")


def nkey_public(rng, prefix=NK_USER):
    raw = bytes([prefix]) + rbytes(rng, 32)
    raw += struct.pack("<H", crc16_xmodem(raw))
    return base64.b32encode(raw).decode().rstrip("=")


_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _is_prime(n, rng):
    for p in _SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(12):
        a = rng.randrange(2, n - 2)
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


def _gen_prime(rng, bits):
    while True:
        p = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if p % 65537 != 1 and _is_prime(p, rng):
            return p


def _der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der(tag, body):
    return bytes([tag]) + _der_len(len(body)) + body


def _der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return _der(0x02, b)


def rsa_pkcs8_pem(rng, bits=2048):
    e = 65537
    while True:
        p = _gen_prime(rng, bits // 2)
        q = _gen_prime(rng, bits // 2)
        if p != q:
            break
    if p < q:
        p, q = q, p
    n = p * q
    d = pow(e, -1, (p - 1) * (q - 1))
    pk1 = _der(0x30, b"".join(_der_int(x) for x in (0, n, e, d, p, q, d % (p - 1), d % (q - 1), pow(q, -1, p))))
    alg = _der(0x30, _der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
    pk8 = _der(0x30, _der_int(0) + alg + _der(0x04, pk1))
    body = base64.b64encode(pk8).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----\n"


def ed25519_like_pub_hex(rng):
    return rbytes(rng, 32).hex()


# ---------------------------------------------------------------------------
# credential value generators
# ---------------------------------------------------------------------------
class Sec:
    """value = text written into the slot; needle = substring graded."""

    def __init__(self, value, needle=None, **extra):
        self.value = value
        self.needle = needle if needle is not None else value
        self.extra = extra


PW_WORDS = ["winter", "harbor", "Kestrel", "lamp", "Bayou", "sunflower", "Granite",
            "otter", "Marek", "tulip", "copper", "Juniper", "falcon", "maple",
            "Ostrava", "pickle", "Rainier", "velvet", "mango", "Brno", "cobalt",
            "Zuzana", "walrus", "thimble", "Lisbon", "orchid", "pepper", "quartz"]
PW_SYMS = "!.#$%&*-_@+?"


def human_password(rng):
    w1, w2 = rng.sample(PW_WORDS, 2)
    yr = str(rng.choice([rng.randint(1971, 2009), rng.randint(10, 99)]))
    sym = rng.choice(PW_SYMS)
    leet = str.maketrans({"o": "0", "e": "3", "a": "4", "i": "1"})
    f = rng.randrange(6)
    if f == 0:
        return w1.capitalize() + sym + yr + w2.lower()
    if f == 1:
        return w1.capitalize().translate(leet) + sym + str(rng.randint(2, 99))
    if f == 2:
        return w1.lower() + "-" + w2.capitalize() + yr
    if f == 3:
        return w1.capitalize() + w2.capitalize() + yr + sym
    if f == 4:
        return yr + sym + w1.capitalize() + sym + w2.lower()
    return w1.capitalize() + str(rng.randint(1, 9)) + sym + w2.lower().translate(leet) + str(rng.randint(1, 99))


def random_password(rng):
    n = rng.choice([16, 20, 24, 32])
    alpha = rng.choice([ALNUM, ALNUM + "!#%*-_", ALNUM])
    return rtok(rng, alpha, n)


def db_password(rng):
    return human_password(rng) if rng.random() < 0.4 else random_password(rng)


def gh_token(rng, prefix):
    body = rtok(rng, ALNUM, 30)
    return prefix + "_" + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def gen_github_pat(rng):
    return Sec(gh_token(rng, "ghp"))


def gen_github_oauth(rng):
    return Sec(gh_token(rng, rng.choice(["gho", "ghu"])))


def gen_github_app(rng):
    return Sec(gh_token(rng, rng.choice(["ghs", "ghr"])))


def gen_github_fine(rng):
    return Sec("github_pat_" + "11" + rtok(rng, UPNUM, 20) + "_" + rtok(rng, ALNUM, 59))


def gen_npm(rng):
    return Sec(gh_token(rng, "npm"))


def gen_stripe_sk(rng):
    if rng.random() < 0.5:
        return Sec("sk_live_" + rtok(rng, ALNUM, 24))
    return Sec("sk_live_51" + rtok(rng, ALNUM, 97))


def gen_stripe_rk(rng):
    if rng.random() < 0.5:
        return Sec("rk_live_" + rtok(rng, ALNUM, 24))
    return Sec("rk_live_51" + rtok(rng, ALNUM, 97))


def gen_stripe_whsec(rng):
    return Sec("whsec_" + rtok(rng, ALNUM, 32))


def gen_slack_bot(rng):
    return Sec("xoxb-%s-%s-%s" % (rdigits(rng, rng.choice([11, 12, 13])), rdigits(rng, 13), rtok(rng, ALNUM, 24)))


def gen_slack_user(rng):
    return Sec("xoxp-%s-%s-%s-%s" % (rdigits(rng, 12), rdigits(rng, 12), rdigits(rng, 13), rhex(rng, 32)))


def gen_slack_webhook(rng):
    return Sec("https://hooks.slack.com/services/T%s/B%s/%s" % (
        rtok(rng, UPNUM, rng.choice([8, 10])), rtok(rng, UPNUM, rng.choice([8, 10])), rtok(rng, ALNUM, 24)))


def gen_twilio_auth(rng):
    return Sec(rhex(rng, 32), sid="AC" + rhex(rng, 32))


def gen_twilio_apikey(rng):
    return Sec(rtok(rng, ALNUM, 32), sid="SK" + rhex(rng, 32), account="AC" + rhex(rng, 32))


def gen_sendgrid(rng):
    return Sec("SG." + rtok(rng, B64URL, 22) + "." + rtok(rng, B64URL, 43))


def gen_openai(rng):
    r = rng.random()
    if r < 0.6:
        return Sec("sk-proj-" + rtok(rng, B64URL, 74) + "T3BlbkFJ" + rtok(rng, B64URL, 74))
    if r < 0.8:
        return Sec("sk-svcacct-" + rtok(rng, B64URL, 74) + "T3BlbkFJ" + rtok(rng, B64URL, 74))
    return Sec("sk-" + rtok(rng, ALNUM, 20) + "T3BlbkFJ" + rtok(rng, ALNUM, 20))


def gen_anthropic(rng):
    return Sec("sk-ant-api03-" + rtok(rng, B64URL, 93) + "AA")


def gen_vault(rng):
    if rng.random() < 0.8:
        return Sec("hvs.CAESI" + rtok(rng, B64URL, 86))
    return Sec("s." + rtok(rng, ALNUM, 24))


def gen_consul(rng):
    return Sec(ruuid(rng), accessor=ruuid(rng))


def gen_aws(rng):
    return Sec(rtok(rng, B64, 40), akid="AKIA" + rtok(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))


def gen_minio(rng):
    return Sec(rtok(rng, ALNUM, 40), akid=rtok(rng, UPNUM, 20))


def gen_datadog_api(rng):
    return Sec(rhex(rng, 32))


def gen_datadog_app(rng):
    return Sec(rhex(rng, 40), api=rhex(rng, 32))


def gen_cloudflare_token(rng):
    return Sec(rtok(rng, ALNUM + "_-", 40))


def gen_cloudflare_global(rng):
    return Sec(rhex(rng, 37))


def gen_fastly(rng):
    return Sec(rtok(rng, B64URL, 32))


def gen_sentry_user(rng):
    return Sec("sntryu_" + rhex(rng, 64))


def gen_sentry_org(rng):
    org = rng.choice(["acme", "northwind", "tessellate", "harborlabs", "quillhq"])
    claims = {"iat": rng.randint(1690000000, 1740000000) + rng.random(),
              "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": org}
    return Sec("sntrys_" + jb64(claims) + "_" + rtok(rng, ALNUM, 43))


def gen_sentry_legacy_dsn(rng):
    sec = rhex(rng, 32)
    return Sec(sec, public=rhex(rng, 32), project=str(rng.randint(10, 999999)))


def gen_telegram(rng):
    return Sec("%s:AA%s%s" % (rdigits(rng, rng.choice([9, 10])), rng.choice("EFGH"), rtok(rng, B64URL, 32)))


def gen_discord(rng):
    uid = rdigits(rng, rng.choice([18, 19]))
    return Sec(b64s(uid.encode()).rstrip("=") + "." + rtok(rng, B64URL, 6) + "." + rtok(rng, B64URL, 38))


def gen_confluent(rng):
    return Sec(rtok(rng, B64, 64), key=rtok(rng, UPNUM, 16))


def gen_gitlab(rng):
    return Sec("glpat-" + rtok(rng, B64URL, 20))


def gen_docker_pat(rng):
    return Sec("dckr_pat_" + rtok(rng, B64URL, 27))


def gen_mailgun(rng):
    if rng.random() < 0.5:
        return Sec("key-" + rhex(rng, 32))
    return Sec("%s-%s-%s" % (rhex(rng, 32), rhex(rng, 8), rhex(rng, 8)))


def gen_hf(rng):
    return Sec("hf_" + rtok(rng, UPPER + LOWER, 34))


def gen_do(rng):
    return Sec("dop_v1_" + rhex(rng, 64))


def gen_shopify(rng):
    return Sec(rng.choice(["shpat_", "shpss_"]) + rhex(rng, 32))


def gen_linear(rng):
    return Sec("lin_api_" + rtok(rng, ALNUM, 40))


def gen_pulumi(rng):
    return Sec("pul-" + rhex(rng, 40))


def gen_tfc(rng):
    return Sec(rtok(rng, ALNUM, 14) + ".atlasv1." + rtok(rng, ALNUM, 67))


def gen_cratesio(rng):
    return Sec("cio" + rtok(rng, ALNUM, 32))


def gen_artifactory_ref(rng):
    raw = "reftkn:01:%d:%s" % (rng.randint(1760000000, 2000000000), rtok(rng, ALNUM, 27))
    return Sec(b64s(raw.encode()).rstrip("="))


def gen_cloudsmith(rng):
    return Sec(rhex(rng, 40))


def fake_jwt(rng, claims, alg="HS256", siglen=43):
    return jb64({"alg": alg, "typ": "JWT"}) + "." + jb64(claims) + "." + rtok(rng, B64URL, siglen)


def gen_supabase_service(rng):
    iat = rng.randint(1650000000, 1740000000)
    ref = rtok(rng, LOWER, 20)
    return Sec(fake_jwt(rng, {"iss": "supabase", "ref": ref, "role": "service_role", "iat": iat, "exp": iat + 315360000}), ref=ref)


def gen_mapbox_sk(rng):
    user = rng.choice(["fleetmaps", "acme-geo", "tidewater", "jkowalski", "routewise"])
    return Sec("sk." + jb64({"u": user, "a": rtok(rng, LOWNUM, 25)}) + "." + rtok(rng, B64URL, 22))


def gen_google_oauth_secret(rng):
    return Sec("GOCSPX-" + rtok(rng, B64URL, 28),
               client_id="%s-%s.apps.googleusercontent.com" % (rdigits(rng, 12), rtok(rng, LOWNUM, 32)))


def gen_github_oauth_secret(rng):
    return Sec(rhex(rng, 40), client_id=rng.choice(["Ov23li", "Iv1."]) + rtok(rng, ALNUM, 14 if rng.random() < .5 else 16))


def gen_azure_storage(rng):
    return Sec(b64s(rbytes(rng, 64)), account=rtok(rng, LOWNUM, rng.randint(8, 14)))


def gen_jwt_hmac(rng):
    r = rng.random()
    if r < 0.4:
        return Sec(rtok(rng, ALNUM, rng.choice([32, 48, 64])))
    if r < 0.7:
        return Sec(b64s(rbytes(rng, rng.choice([32, 48]))))
    return Sec(rbytes(rng, 32).hex())


def gen_cookie_key(rng):
    return Sec(rtok(rng, ALNUM, rng.choice([32, 64])))


def gen_rocket_secret(rng):
    return Sec(b64s(rbytes(rng, 32)))


def gen_ed25519_seed(rng):
    return Sec(rbytes(rng, 32).hex())


def gen_age(rng):
    ident, recip = age_pair(rng)
    return Sec(ident, recipient=recip)


def gen_nkey_user(rng):
    return Sec(nkey_seed(rng, NK_USER))


def gen_nkey_account(rng):
    return Sec(nkey_seed(rng, rng.choice([NK_ACCOUNT, NK_OPERATOR])))


def gen_nats_token(rng):
    return Sec(rtok(rng, ALNUM, rng.choice([24, 32, 40])))


def gen_human_pw(rng):
    return Sec(human_password(rng), user=rng.choice(["svc_orders", "app", "ledger", "deploy", "billing_rw", "api", "etl", "root", "worker"]))


def gen_db_pw(rng):
    return Sec(db_password(rng), user=rng.choice(["app", "orders_svc", "postgres", "ledger", "api_rw", "inventory", "reporter", "admin", "svc_auth"]))


def gen_smtp_pw(rng):
    r = rng.random()
    if r < 0.4:
        return Sec(human_password(rng), user=rng.choice(["notifications@", "no-reply@", "alerts@"]))
    if r < 0.7:
        g = rtok(rng, LOWER, 16)
        return Sec("%s %s %s %s" % (g[:4], g[4:8], g[8:12], g[12:]), user="ops.bot@", gmail=True)
    return Sec(rtok(rng, ALNUM + "+/", 44), user="AKIA" + rtok(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), ses=True)


def gen_bearer_opaque(rng):
    if rng.random() < 0.5:
        iat = rng.randint(1700000000, 1760000000)
        return Sec(fake_jwt(rng, {"sub": "svc:" + rng.choice(["billing", "ingest", "router", "scheduler"]),
                                  "aud": rng.choice(["grpc.internal", "api.acme.io", "inventory"]),
                                  "iat": iat, "exp": iat + 31536000}, alg=rng.choice(["HS256", "RS256"]),
                            siglen=43 if rng.random() < .5 else 342))
    return Sec(rtok(rng, ALNUM, rng.choice([32, 40, 48])))


def gen_gpg_pass(rng):
    return Sec(human_password(rng))


# ---------------------------------------------------------------------------
# naming helpers
# ---------------------------------------------------------------------------
GO_INITIALISMS = {"api": "API", "id": "ID", "url": "URL", "dsn": "DSN", "jwt": "JWT", "aws": "AWS",
                  "smtp": "SMTP", "http": "HTTP", "db": "DB", "gcp": "GCP", "sasl": "SASL", "hmac": "HMAC",
                  "llm": "LLM", "sid": "SID", "nats": "NATS", "dd": "DD"}


def n_up(w):
    return "_".join(w).upper()


def n_snake(w):
    return "_".join(w).lower()


def n_kebab(w):
    return "-".join(w).lower()


def n_camel(w):
    return w[0].lower() + "".join(x.capitalize() for x in w[1:])


def n_go(w, exported=False):
    out = []
    for i, x in enumerate(w):
        if i == 0 and not exported:
            out.append(x.lower())
        else:
            out.append(GO_INITIALISMS.get(x.lower(), x.capitalize()))
    return "".join(out)


APPS = ["ledger", "courier", "harbor", "quill", "relay", "ingestd", "gatekeeper", "orca", "fleetctl",
        "tollbooth", "pinecone-sync", "shipwright", "beacon", "lantern", "tally", "switchyard", "kiln",
        "wayfinder", "packrat", "sundial", "mosaic", "ferry", "graphite", "outpost", "trellis"]
ORGS = ["acme", "northwind", "tessellate", "harborlabs", "quillhq", "brightline", "olivetree", "kestrel-io",
        "vandelay", "tidewater", "mapleworks", "octant"]
HOSTS_PG = ["db.internal", "postgres.prod.svc.cluster.local", "orders-db.c9xkq2.eu-west-1.rds.amazonaws.com",
            "10.20.4.17", "pg-primary.ledger.internal", "aws-0-eu-central-1.pooler.supabase.com"]
HOSTS_MY = ["mysql.internal", "10.0.3.22", "inventory-db.cluster-ro-cx7.us-east-1.rds.amazonaws.com",
            "mariadb.shop.svc", "127.0.0.1"]
HOSTS_REDIS = ["redis.internal", "cache.prod.svc.cluster.local", "10.0.8.4",
               "redis-13877.c250.eu-central-1-1.ec2.cloud.redislabs.com", "master.sessions.apse2.cache.amazonaws.com"]


def app_name(rng):
    return rng.choice(APPS)


def go_module(rng):
    return "github.com/%s/%s" % (rng.choice(ORGS), app_name(rng))


# ---------------------------------------------------------------------------
# filler code pools
# ---------------------------------------------------------------------------
GO_FILL = [
    (["net/http"], """func healthz(w http.ResponseWriter, r *http.Request) {
\tw.WriteHeader(http.StatusOK)
\t_, _ = w.Write([]byte("ok"))
}"""),
    (["time"], """func backoff(attempt int) time.Duration {
\td := time.Duration(1<<uint(attempt)) * 100 * time.Millisecond
\tif d > 5*time.Second {
\t\treturn 5 * time.Second
\t}
\treturn d
}"""),
    (["context", "os", "os/signal", "syscall"], """func signalContext() (context.Context, context.CancelFunc) {
\treturn signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}"""),
    (["log/slog", "os"], """func newLogger(debug bool) *slog.Logger {
\tlvl := slog.LevelInfo
\tif debug {
\t\tlvl = slog.LevelDebug
\t}
\treturn slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: lvl}))
}"""),
    (["strings"], """func normalizeRegion(s string) string {
\ts = strings.TrimSpace(strings.ToLower(s))
\tif s == "" {
\t\treturn "eu-west-1"
\t}
\treturn s
}"""),
    (["encoding/json", "net/http"], """func writeJSON(w http.ResponseWriter, status int, v any) {
\tw.Header().Set("Content-Type", "application/json")
\tw.WriteHeader(status)
\t_ = json.NewEncoder(w).Encode(v)
}"""),
    (["errors", "fmt"], """var ErrNotFound = errors.New("not found")

func wrap(op string, err error) error {
\tif err == nil {
\t\treturn nil
\t}
\treturn fmt.Errorf("%s: %w", op, err)
}"""),
    (["time"], """// Options tunes the outbound client.
type Options struct {
\tTimeout    time.Duration
\tMaxRetries int
\tUserAgent  string
}

func defaultOptions() Options {
\treturn Options{Timeout: 10 * time.Second, MaxRetries: 3, UserAgent: "svc/1.4"}
}"""),
    (["sync"], """type counter struct {
\tmu sync.Mutex
\tn  map[string]int
}

func (c *counter) Inc(k string) {
\tc.mu.Lock()
\tdefer c.mu.Unlock()
\tif c.n == nil {
\t\tc.n = make(map[string]int)
\t}
\tc.n[k]++
}"""),
    (["net/http", "time"], """func newHTTPClient() *http.Client {
\treturn &http.Client{
\t\tTimeout: 15 * time.Second,
\t\tTransport: &http.Transport{
\t\t\tMaxIdleConns:        50,
\t\t\tIdleConnTimeout:     90 * time.Second,
\t\t\tTLSHandshakeTimeout: 5 * time.Second,
\t\t},
\t}
}"""),
]

RS_FILL = [
    (["std::time::Duration"], """fn backoff(attempt: u32) -> Duration {
    let ms = 100u64.saturating_mul(1 << attempt.min(6));
    Duration::from_millis(ms.min(5_000))
}"""),
    ([], """#[derive(Debug, Clone)]
pub struct RetryPolicy {
    pub max_attempts: u32,
    pub jitter: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self { max_attempts: 3, jitter: true }
    }
}"""),
    (["tracing::info"], """pub fn log_startup(version: &str) {
    info!(version, "service starting");
}"""),
    ([], """fn normalize_region(s: &str) -> String {
    let s = s.trim().to_lowercase();
    if s.is_empty() { "eu-west-1".to_string() } else { s }
}"""),
    (["anyhow::Context"], """fn read_port() -> anyhow::Result<u16> {
    let raw = std::env::var("PORT").unwrap_or_else(|_| "8080".into());
    raw.parse::<u16>().context("PORT must be a number")
}"""),
    (["serde::Deserialize"], """#[derive(Debug, Deserialize)]
pub struct Health {
    pub status: String,
    pub uptime_secs: u64,
}"""),
    ([], """#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_defaults() {
        assert_eq!(normalize_region("  "), "eu-west-1");
    }
}"""),
]


def go_imports_block(imps):
    std = sorted(i for i in set(imps) if "." not in i.split("/")[0])
    ext = sorted(i for i in set(imps) if "." in i.split("/")[0])
    lines = ["import ("]
    for i in std:
        lines.append('\t"%s"' % i)
    if std and ext:
        lines.append("")
    for i in ext:
        if " " in i:
            alias, path = i.split(" ", 1)
            lines.append('\t%s "%s"' % (alias, path))
        else:
            lines.append('\t"%s"' % i)
    lines.append(")")
    return "\n".join(lines)


def go_file(rng, pkg, imports, blocks, nfill=None, header=None):
    imports = list(imports)
    n = rng.randint(0, 2) if nfill is None else nfill
    fills = rng.sample(GO_FILL, n)
    for imps, _ in fills:
        imports += imps
    parts = []
    if header:
        parts.append(header)
    parts.append("package " + pkg)
    if imports:
        parts.append(go_imports_block(imports))
    body = list(blocks)
    for _, code in fills:
        body.insert(rng.randint(0, len(body)), code)
    parts += body
    text = "\n\n".join(parts) + "\n"
    if "\"fmt\"" in text and "fmt." not in text.replace('"fmt"', ""):
        text = text.replace('\t"fmt"\n', "")
    return text


def rs_file(rng, uses, blocks, nfill=None, header=None):
    n = rng.randint(0, 2) if nfill is None else nfill
    fills = [f for f in rng.sample(RS_FILL, n)]
    if any("mod tests" in c for _, c in fills) and not any("normalize_region" in c for _, c in fills):
        fills = [f for f in fills if "mod tests" not in f[1]]
    uses = list(uses)
    for u, _ in fills:
        uses += u
    parts = []
    if header:
        parts.append(header)
    if uses:
        parts.append("\n".join("use %s;" % u for u in sorted(set(uses))))
    body = list(blocks)
    for _, code in fills:
        if "mod tests" in code:
            body.append(code)
        else:
            body.insert(rng.randint(0, len(body)), code)
    parts += body
    return "\n\n".join(parts) + "\n"


def go_path(rng, kind_hint):
    a = app_name(rng)
    return rng.choice([
        "cmd/%s/main.go" % a,
        "internal/%s/client.go" % kind_hint,
        "internal/config/%s.go" % kind_hint,
        "pkg/%s/%s.go" % (kind_hint, rng.choice(["client", "config", "auth", "service"])),
        "internal/platform/%s.go" % kind_hint,
        "%s.go" % kind_hint,
    ])


def rs_path(rng, kind_hint):
    return rng.choice([
        "src/main.rs", "src/config.rs", "src/clients/%s.rs" % kind_hint,
        "crates/%s-client/src/lib.rs" % kind_hint, "src/%s.rs" % kind_hint,
        "src/bin/%s.rs" % app_name(rng).replace("-", "_"),
    ])


def pkg_of(path):
    if path.endswith("main.go") or path.count("/") == 0 or path.startswith("cmd/"):
        return "main"
    d = path.rsplit("/", 1)[0].rsplit("/", 1)[-1]
    return d.replace("-", "")


# ---------------------------------------------------------------------------
# generic slot renderers:  f(c) -> (relpath, text, filetype)
#   c.rng, c.K (kind spec), c.s (Sec), c.w (name words), c.v (value)
# ---------------------------------------------------------------------------
class Skip(Exception):
    pass


class Ctx:
    def __init__(self, rng, K, s, words, generic):
        self.rng, self.K, self.s, self.w, self.generic = rng, K, s, words, generic
        self.v = s.value

    @property
    def env(self):
        return n_up(self.w)

    @property
    def sec(self):
        return self.K.get("sec", self.K["p"])

    @property
    def base(self):
        return self.K.get("base", "https://api.%s.com" % self.K["p"])

    def leaf(self):
        """yaml/toml key inside the provider section."""
        w = [x for x in self.w if x.lower() != self.sec.lower()] or ["token"]
        return n_snake(w)

    def no_dollar(self):
        if "$" in self.v or "`" in self.v:
            raise Skip()


def _hdr(c):
    h = c.K.get("hdr")
    if not h:
        return None
    return h[0], h[1]


def go_use_block(c, var):
    """A realistic function consuming `var` (a Go expression naming the secret)."""
    h = _hdr(c)
    if c.K.get("go_use"):
        return c.K["go_use"](c, var)
    if h:
        name, fmt_ = h
        if fmt_ == "{}":
            expr = var
        else:
            pre, post = fmt_.split("{}")
            expr = ('"%s" + %s' % (pre, var)) + ((' + "%s"' % post) if post else "")
        return (["context", "net/http"], """func newRequest(ctx context.Context, method, path string) (*http.Request, error) {
\treq, err := http.NewRequestWithContext(ctx, method, %sBaseURL+path, nil)
\tif err != nil {
\t\treturn nil, err
\t}
\treq.Header.Set("%s", %s)
\treq.Header.Set("Accept", "application/json")
\treturn req, nil
}""" % (n_go([c.sec]), name, expr))
    return ([], """func defaults() map[string]string {
\treturn map[string]string{
\t\t"%s": %s,
\t\t"region": "eu-west-1",
\t}
}""" % (c.leaf(), var))


def _go_base_const(c):
    return '%sBaseURL = "%s"' % (n_go([c.sec]), c.base)


def r_go_const(c):
    rng = c.rng
    name = n_go(c.w, exported=rng.random() < 0.3)
    path = go_path(rng, c.sec)
    imps, use = go_use_block(c, name)
    decl = "const (\n\t%s\n\t%s = \"%s\"\n)" % (_go_base_const(c), name, c.v)
    if rng.random() < 0.4:
        decl = "const %s = \"%s\"\n\nconst %s" % (name, c.v, _go_base_const(c))
    if "BaseURL" not in use:
        decl = "const %s = \"%s\"" % (name, c.v)
    return path, go_file(rng, pkg_of(path), imps, [decl, use]), "go"


def r_go_var(c):
    rng = c.rng
    name = n_go(c.w)
    path = go_path(rng, c.sec)
    imps, use = go_use_block(c, name)
    decl = "var (\n\t%s\n\t%s = \"%s\"\n\tdefaultPageSize = 50\n)" % (
        _go_base_const(c).replace(" = ", "     = ", 0), name, c.v)
    if "BaseURL" not in use:
        decl = "var (\n\t%s = \"%s\"\n\tdefaultPageSize = 50\n)" % (name, c.v)
    return path, go_file(rng, pkg_of(path), imps, [decl, use]), "go"


def r_go_struct(c):
    rng = c.rng
    field = n_go(c.w, exported=True)
    path = rng.choice(["internal/config/config.go", "config/config.go", "cmd/%s/config.go" % app_name(rng)])
    names = ["Addr", "LogLevel", field, "Timeout"]
    wd = max(len(x) for x in names)
    types = {"Addr": "string", "LogLevel": "string", field: "string", "Timeout": "time.Duration"}
    struct = "// Config holds runtime settings for the service.\ntype Config struct {\n" + "\n".join(
        "\t%s %s" % (x.ljust(wd), types[x]) for x in names) + "\n}"
    vals = {"Addr": '":8080"', "LogLevel": '"info"', field: '"%s"' % c.v, "Timeout": "15 * time.Second"}
    fn = "func Default() *Config {\n\treturn &Config{\n" + "\n".join(
        "\t\t%s %s," % ((x + ":").ljust(wd + 1), vals[x]) for x in names) + "\n\t}\n}"
    return path, go_file(rng, pkg_of(path), ["time"], [struct, fn]), "go"


def r_go_getenv(c):
    rng = c.rng
    path = go_path(rng, c.sec)
    var = n_go(c.w)
    if rng.random() < 0.5:
        helper = """func getenv(key, fallback string) string {
\tif v, ok := os.LookupEnv(key); ok && v != "" {
\t\treturn v
\t}
\treturn fallback
}"""
        use = """func loadSettings() settings {
\treturn settings{
\t\taddr:  getenv("LISTEN_ADDR", ":8080"),
\t\t%s: getenv("%s", "%s"),
\t}
}""" % (var, c.env, c.v)
        st = "type settings struct {\n\taddr  string\n\t%s string\n}" % var
        return path, go_file(rng, pkg_of(path), ["os"], [st, helper, use]), "go"
    use = """func %sFromEnv() string {
\t%s := os.Getenv("%s")
\tif %s == "" {
\t\t// fall back to the shared staging credential
\t\t%s = "%s"
\t}
\treturn %s
}""" % (var, var, c.env, var, var, c.v, var)
    imps2, use2 = go_use_block(c, var + "FromEnv()")
    blocks = [use, use2]
    if "BaseURL" in use2:
        blocks.insert(0, "const " + _go_base_const(c))
    return path, go_file(rng, pkg_of(path), ["os"] + imps2, blocks), "go"


def r_go_viper(c):
    rng = c.rng
    key = "%s.%s" % (c.sec, c.leaf())
    path = rng.choice(["cmd/root.go", "internal/config/viper.go", "cmd/%s/config.go" % app_name(rng)])
    fn = """func initConfig() {
\tviper.SetConfigName("config")
\tviper.SetConfigType("yaml")
\tviper.AddConfigPath(".")
\tviper.AddConfigPath("/etc/%s")
\tviper.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
\tviper.AutomaticEnv()

\tviper.SetDefault("http.addr", ":8080")
\tviper.SetDefault("log.level", "info")
\tviper.SetDefault("%s", "%s")

\tif err := viper.ReadInConfig(); err != nil {
\t\tif _, ok := err.(viper.ConfigFileNotFoundError); !ok {
\t\t\tlog.Fatalf("read config: %%v", err)
\t\t}
\t}
}""" % (app_name(rng), key, c.v)
    return path, go_file(rng, pkg_of(path), ["log", "strings", "github.com/spf13/viper"], [fn]), "go"


def r_go_flag(c):
    rng = c.rng
    a = app_name(rng)
    fname = n_kebab(c.w) if rng.random() < 0.6 else n_camel(c.w)
    var = n_go(c.w)
    main = """var (
\taddr    = flag.String("addr", ":8080", "listen address")
\t%s = flag.String("%s", "%s", "credential used for upstream calls")
\tverbose = flag.Bool("v", false, "verbose logging")
)

func main() {
\tflag.Parse()
\tif *verbose {
\t\tlog.SetFlags(log.LstdFlags | log.Lshortfile)
\t}
\tsrv := newServer(*addr, *%s)
\tlog.Printf("listening on %%s", *addr)
\tlog.Fatal(srv.ListenAndServe())
}""" % (var, fname, c.v, var)
    return "cmd/%s/main.go" % a, go_file(rng, "main", ["flag", "log"], [main]), "go"


def r_go_header(c):
    rng = c.rng
    h = _hdr(c)
    if not h:
        raise Skip()
    hv = h[1].format(c.v)
    path = go_path(rng, c.sec)
    if rng.random() < 0.5:
        code = """var defaultHeaders = http.Header{
\t"%s": {"%s"},
\t"Content-Type": {"application/json"},
\t"User-Agent":   {"%s/1.8.2"},
}

func (c *Client) do(req *http.Request) (*http.Response, error) {
\tfor k, v := range defaultHeaders {
\t\treq.Header[k] = v
\t}
\treturn c.http.Do(req)
}""" % (h[0], hv, app_name(rng))
    else:
        code = """func (c *Client) get(ctx context.Context, url string) (*http.Response, error) {
\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
\tif err != nil {
\t\treturn nil, err
\t}
\treq.Header.Set("%s", "%s")
\treturn c.http.Do(req)
}""" % (h[0], hv)
    st = "type Client struct {\n\thttp *http.Client\n}"
    return path, go_file(rng, pkg_of(path), ["context", "net/http"], [st, code]), "go"


def r_go_test(c):
    rng = c.rng
    name = n_go(c.w)
    pkg = c.sec.replace("-", "")
    path = "internal/%s/%s_integration_test.go" % (pkg, rng.choice(["client", "api", pkg]))
    body = """const %s = "%s"

func TestIntegration_Ping(t *testing.T) {
\tif testing.Short() {
\t\tt.Skip("skipping integration test in -short mode")
\t}
\tctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
\tdefer cancel()

\tc := NewClient(%s)
\tif err := c.Ping(ctx); err != nil {
\t\tt.Fatalf("ping: %%v", err)
\t}
}""" % (name, c.v, name)
    hdr = "//go:build integration"
    return path, go_file(rng, pkg, ["context", "testing", "time"], [body], nfill=0, header=hdr), "go_test"


def _yaml_q(v):
    return '"%s"' % v


def r_go_embed_yaml(c):
    rng = c.rng
    c.no_dollar()
    yml = """server:
  addr: ":8080"
  read_timeout: 15s
%s:
  base_url: %s
  %s: %s
log:
  level: info""" % (c.sec, c.base, c.leaf(), _yaml_q(c.v))
    code = """// defaultConfig is used when no config file is mounted.
const defaultConfig = `
%s
`

func loadConfig(path string) (*Config, error) {
\traw := []byte(defaultConfig)
\tif path != "" {
\t\tb, err := os.ReadFile(path)
\t\tif err != nil {
\t\t\treturn nil, err
\t\t}
\t\traw = b
\t}
\tvar cfg Config
\tif err := yaml.Unmarshal(raw, &cfg); err != nil {
\t\treturn nil, err
\t}
\treturn &cfg, nil
}""" % yml
    a = app_name(rng)
    return "cmd/%s/main.go" % a, go_file(rng, "main", ["os", "gopkg.in/yaml.v3"], [code]), "go"


def rs_use_block(c, expr):
    """Rust function using `expr` (a &str expression)."""
    if c.K.get("rs_use"):
        return c.K["rs_use"](c, expr)
    h = _hdr(c)
    if h:
        name, fmt_ = h
        if fmt_ == "Bearer {}" and c.rng.random() < 0.5:
            call = ".bearer_auth(%s)" % expr
        elif fmt_ == "{}":
            call = '.header("%s", %s)' % (name.lower(), expr)
        else:
            call = '.header("%s", format!("%s", %s))' % (name.lower(), fmt_, expr)
        return (["reqwest::Client"], """pub async fn fetch(client: &Client, path: &str) -> reqwest::Result<String> {
    client
        .get(format!("%s{path}"))
        %s
        .send()
        .await?
        .error_for_status()?
        .text()
        .await
}""" % (c.base, call))
    return (["std::collections::HashMap"], """pub fn defaults() -> HashMap<&'static str, String> {
    HashMap::from([("%s", %s.to_owned()), ("region", "eu-west-1".to_owned())])
}""" % (c.leaf(), expr))


def r_rs_const(c):
    rng = c.rng
    name = n_up(c.w)
    kw = rng.choice(["const", "const", "pub const", "static", "pub(crate) static"])
    decl = '%s %s: &str = "%s";' % (kw, name, c.v)
    uses, fn = rs_use_block(c, name)
    return rs_path(rng, c.sec), rs_file(rng, uses, [decl, fn]), "rust"


def r_rs_lazy(c):
    rng = c.rng
    name = n_up(c.w)
    if rng.random() < 0.5:
        decl = """static %s: Lazy<String> = Lazy::new(|| {
    std::env::var("%s").unwrap_or_else(|_| "%s".to_string())
});""" % (name, c.env, c.v)
        uses = ["once_cell::sync::Lazy"]
    else:
        decl = """lazy_static! {
    static ref %s: String = String::from("%s");
    static ref USER_AGENT: String = format!("%s/{}", env!("CARGO_PKG_VERSION"));
}""" % (name, c.v, app_name(rng))
        uses = ["lazy_static::lazy_static"]
    u2, fn = rs_use_block(c, name + ".as_str()")
    return rs_path(rng, c.sec), rs_file(rng, uses + u2, [decl, fn]), "rust"


def r_rs_env(c):
    rng = c.rng
    var = n_snake(c.w)
    if rng.random() < 0.5:
        line = 'let %s = std::env::var("%s").unwrap_or_else(|_| "%s".to_string());' % (var, c.env, c.v)
    else:
        line = 'let %s: String = env::var("%s").unwrap_or("%s".into());' % (var, c.env, c.v)
    main = """#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    %s
    let port: u16 = env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(8080);
    let state = AppState::new(&%s).await?;
    serve(state, port).await
}""" % (line, var)
    return "src/main.rs", rs_file(rng, ["std::env"], [main]), "rust"


def r_rs_reqwest(c):
    rng = c.rng
    h = _hdr(c)
    if not h:
        raise Skip()
    hv = h[1].format(c.v)
    if rng.random() < 0.5:
        code = """pub fn build_client() -> reqwest::Result<Client> {
    let mut headers = HeaderMap::new();
    headers.insert("%s", HeaderValue::from_static("%s"));
    headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
    Client::builder()
        .default_headers(headers)
        .timeout(Duration::from_secs(20))
        .build()
}""" % (h[0].lower(), hv)
        uses = ["reqwest::header::{HeaderMap, HeaderValue, ACCEPT}", "reqwest::Client", "std::time::Duration"]
    else:
        code = """pub async fn list(client: &Client) -> reqwest::Result<serde_json::Value> {
    client
        .get("%s/v1/items")
        .header("%s", "%s")
        .send()
        .await?
        .json()
        .await
}""" % (c.base, h[0], hv)
        uses = ["reqwest::Client"]
    return rs_path(rng, c.sec), rs_file(rng, uses, [code]), "rust"


def r_rs_config(c):
    rng = c.rng
    key = "%s.%s" % (c.sec, c.leaf())
    if rng.random() < 0.5:
        code = """pub fn load() -> Result<Settings, ConfigError> {
    let run_mode = std::env::var("RUN_MODE").unwrap_or_else(|_| "development".into());
    Config::builder()
        .set_default("server.port", 8080)?
        .set_default("%s", "%s")?
        .add_source(File::with_name("config/default"))
        .add_source(File::with_name(&format!("config/{run_mode}")).required(false))
        .add_source(Environment::with_prefix("APP").separator("__"))
        .build()?
        .try_deserialize()
}""" % (key, c.v)
        uses = ["config::{Config, ConfigError, Environment, File}"]
    else:
        code = """pub fn figment() -> Figment {
    Figment::from(Serialized::default("%s", "%s"))
        .merge(Serialized::default("server.port", 8080))
        .merge(Toml::file("App.toml"))
        .merge(Env::prefixed("APP_").split("__"))
}""" % (key, c.v)
        uses = ["figment::{Figment, providers::{Env, Format, Serialized, Toml}}"]
    return "src/settings.rs", rs_file(rng, uses, [code]), "rust"


def r_build_rs(c):
    rng = c.rng
    code = """fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=%s");
    if std::env::var("%s").is_err() {
        println!("cargo:rustc-env=%s=%s");
    }
    let sha = std::process::Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    println!("cargo:rustc-env=GIT_SHA={sha}");
}""" % (c.env, c.env, c.env, c.v)
    return "build.rs", code + "\n", "build.rs"


ENV_FILLER = ["APP_ENV=production", "LOG_LEVEL=info", "PORT=8080", "RUST_LOG=info,tower_http=debug",
              "HTTP_ADDR=:8080", "OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4317",
              "GOMAXPROCS=4", "METRICS_ADDR=:9102", "FEATURE_BATCH_EXPORT=true", "TZ=UTC",
              "REQUEST_TIMEOUT=30s", "SERVICE_NAME=%s"]


def env_fill(rng, k):
    out = [e if "%s" not in e else e % app_name(rng) for e in rng.sample(ENV_FILLER, k)]
    return out


def r_env(c):
    rng = c.rng
    v = c.v
    if " " in v or "#" in v or "$" in v:
        v = "'%s'" % v if "'" not in v else None
        if v is None:
            raise Skip()
    elif rng.random() < 0.25:
        v = '"%s"' % v
    lines = env_fill(rng, rng.randint(2, 6))
    lines.insert(rng.randint(0, len(lines)), "%s=%s" % (c.env, v))
    if rng.random() < 0.5:
        lines.insert(0, "# local overrides - loaded by godotenv / dotenvy")
    path = rng.choice([".env", ".env.local", ".env.production", "deploy/.env", ".env.staging"])
    return path, "\n".join(lines) + "\n", "env"


def r_yaml(c):
    rng = c.rng
    y = ["server:", "  addr: \":8080\"", "  shutdown_timeout: 20s", "",
         "%s:" % c.sec]
    if rng.random() < 0.5:
        y.append("  base_url: %s" % c.base)
    y.append("  %s: %s" % (c.leaf(), _yaml_q(c.v)))
    y += ["  timeout: 10s", "", "log:", "  level: info", "  format: json"]
    if rng.random() < 0.5:
        y = ["# %s service configuration (read by viper)" % app_name(rng)] + y
    path = rng.choice(["config.yaml", "config/config.yaml", "configs/production.yaml", "deploy/config.yml",
                       "config/%s.yaml" % rng.choice(["staging", "prod", "default"])])
    return path, "\n".join(y) + "\n", "yaml"


def r_toml(c):
    rng = c.rng
    t = ["[server]", "host = \"0.0.0.0\"", "port = 8080", "", "[%s]" % c.sec]
    if rng.random() < 0.5:
        t.append("endpoint = \"%s\"" % c.base)
    t.append('%s = "%s"' % (c.leaf(), c.v))
    t += ["timeout_secs = 15", "", "[telemetry]", "service_name = \"%s\"" % app_name(rng), "sample_ratio = 0.1"]
    path, ft = rng.choice([("config.toml", "toml"), ("Settings.toml", "settings_toml"),
                           ("config/default.toml", "toml"), ("config/production.toml", "toml"),
                           ("App.toml", "toml")])
    return path, "\n".join(t) + "\n", ft


def r_compose(c):
    rng = c.rng
    c.no_dollar()
    a = app_name(rng)
    style = rng.random() < 0.5
    kv = ("      - %s=%s" % (c.env, c.v)) if style else ('      %s: "%s"' % (c.env, c.v))
    other = ["RUST_LOG=info", "PORT=8080", "LOG_LEVEL=debug"] if style else ['PORT: "8080"', "LOG_LEVEL: debug"]
    env_lines = ["      - " + o if style else "      " + o for o in other]
    env_lines.insert(rng.randint(0, len(env_lines)), kv)
    text = """services:
  %s:
    build:
      context: .
      dockerfile: Dockerfile
    ports:
      - "8080:8080"
    environment:
%s
    depends_on:
      - redis
  redis:
    image: redis:7-alpine
    ports:
      - "6379:6379"
""" % (a, "\n".join(env_lines))
    return rng.choice(["docker-compose.yml", "docker-compose.override.yml", "compose.yaml"]), text, "compose"


def r_dockerfile(c):
    rng = c.rng
    c.no_dollar()
    a = app_name(rng)
    if rng.random() < 0.5:
        build = """FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/%s ./cmd/%s

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/%s /usr/local/bin/%s""" % (a, a, a, a)
    else:
        build = """FROM rust:1.78-slim AS build
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
COPY --from=build /app/target/release/%s /usr/local/bin/%s""" % (a, a)
    envl = 'ENV %s="%s"' % (c.env, c.v) if rng.random() < 0.6 else "ENV %s=%s \\\n    PORT=8080" % (c.env, c.v)
    text = build + "\n" + envl + "\nEXPOSE 8080\nUSER 65532:65532\nENTRYPOINT [\"/usr/local/bin/%s\"]\n" % a
    return "Dockerfile", text, "dockerfile"


def r_makefile(c):
    rng = c.rng
    c.no_dollar()
    a = app_name(rng)
    if " " in c.v:
        raise Skip()
    if rng.random() < 0.5:
        top = "export %s ?= %s" % (c.env, c.v)
        run = "\tgo run ./cmd/%s --addr :8080" % a
    else:
        top = "# positional: %s <addr> <credential>" % a
        run = "\tgo run ./cmd/%s serve :8080 %s" % (a, c.v)
    text = """BINARY  := %s
VERSION ?= $(shell git describe --tags --always --dirty)
LDFLAGS := -s -w -X main.version=$(VERSION)
%s

.PHONY: build run test lint

build:
\tgo build -ldflags "$(LDFLAGS)" -o bin/$(BINARY) ./cmd/$(BINARY)

run:
%s

test:
\tgo test -race ./...

lint:
\tgolangci-lint run ./...
""" % (a, top, run)
    return "Makefile", text, "makefile"


def r_justfile(c):
    rng = c.rng
    c.no_dollar()
    if '"' in c.v or " " in c.v:
        raise Skip()
    a = app_name(rng)
    if rng.random() < 0.5:
        top = 'export %s := "%s"' % (c.env, c.v)
        run = "    cargo run --bin %s -- --port 8080" % a
    else:
        top = "set dotenv-load := false"
        run = "    cargo run --bin %s -- serve 8080 %s" % (a, c.v)
    text = """%s

default:
    @just --list

run:
%s

test:
    cargo nextest run --workspace

lint:
    cargo clippy --all-targets -- -D warnings
    cargo fmt --check
""" % (top, run)
    return "justfile", text, "justfile"


def r_readme(c):
    rng = c.rng
    a = app_name(rng)
    if "'" in c.v:
        raise Skip()
    text = """# %s

Small %s service that talks to the %s API.

## Running locally

```sh
export %s='%s'
%s
```

The service listens on `:8080` and exposes `/healthz` and `/metrics`.

## Configuration

| Variable | Description |
|----------|-------------|
| `%s` | credential for %s |
| `PORT` | listen port (default 8080) |
""" % (a, rng.choice(["Go", "Rust"]), c.K["p"], c.env, c.v,
           rng.choice(["go run ./cmd/%s" % a, "cargo run --release"]), c.env, c.K["p"])
    return "README.md", text, "readme"


def r_testdata(c):
    rng = c.rng
    doc = {"name": app_name(rng), "region": rng.choice(["eu-west-1", "us-east-1", "ap-southeast-2"]),
           c.sec: {c.leaf(): c.v, "timeout_ms": 5000}, "retries": 3}
    text = json.dumps(doc, indent=2) + "\n"
    path = rng.choice(["testdata/config.json", "testdata/fixtures/%s.json" % c.sec,
                       "internal/config/testdata/valid.json", "tests/fixtures/settings.json"])
    return path, text, "testdata_json"


def r_cargo_env(c):
    rng = c.rng
    text = """[build]
rustflags = ["-C", "target-cpu=native"]

[env]
RUST_LOG = "info"
%s = "%s"

[alias]
xtask = "run --package xtask --"
""" % (c.env, c.v)
    return ".cargo/config.toml", text, "cargo_config"


GENERIC = {
    "go_const": r_go_const, "go_var": r_go_var, "go_struct": r_go_struct, "go_getenv": r_go_getenv,
    "go_viper": r_go_viper, "go_flag": r_go_flag, "go_header": r_go_header, "go_test": r_go_test,
    "go_embed_yaml": r_go_embed_yaml, "rs_const": r_rs_const, "rs_lazy": r_rs_lazy, "rs_env": r_rs_env,
    "rs_reqwest": r_rs_reqwest, "rs_config": r_rs_config, "build_rs": r_build_rs, "env": r_env,
    "yaml": r_yaml, "toml": r_toml, "compose": r_compose, "dockerfile": r_dockerfile,
    "makefile": r_makefile, "justfile": r_justfile, "readme": r_readme, "testdata": r_testdata,
    "cargo_env": r_cargo_env,
}
GENERIC_W = {"go_const": 3, "go_var": 2, "go_struct": 2, "go_getenv": 3, "go_viper": 2, "go_flag": 2,
             "go_header": 2, "go_test": 2.5, "go_embed_yaml": 1.5, "rs_const": 3, "rs_lazy": 2, "rs_env": 2,
             "rs_reqwest": 2, "rs_config": 2, "build_rs": 2, "env": 3, "yaml": 2, "toml": 2, "compose": 2,
             "dockerfile": 2.5, "makefile": 2, "justfile": 2, "readme": 2.5, "testdata": 2, "cargo_env": 1.5}


# ---------------------------------------------------------------------------
# URL-ish credential builders (value = full string, needle = password)
# ---------------------------------------------------------------------------
URL_UNSAFE = set("#@/?%:+&$ '\"\\`")


def url_pw(rng, human_ratio=0.4):
    while True:
        pw = human_password(rng) if rng.random() < human_ratio else rtok(rng, ALNUM + "-_.~!*", rng.choice([16, 20, 24, 32]))
        if not (set(pw) & URL_UNSAFE):
            return pw


DB_NAMES = ["orders", "ledger", "inventory", "billing", "app", "auth", "events", "catalog"]
DB_USERS = ["app", "orders_svc", "ledger_rw", "api", "svc_billing", "inventory", "reporter", "postgres", "root"]


def gen_pg_url(rng):
    pw, u, h, d = url_pw(rng), rng.choice(DB_USERS), rng.choice(HOSTS_PG), rng.choice(DB_NAMES)
    scheme = rng.choice(["postgres", "postgresql"])
    q = rng.choice(["?sslmode=require", "?sslmode=verify-full", "", "?sslmode=disable&pool_max_conns=20"])
    return Sec("%s://%s:%s@%s:5432/%s%s" % (scheme, u, pw, h, d, q), pw, user=u, host=h, db=d)


def gen_pg_kv(rng):
    pw, u, h, d = url_pw(rng), rng.choice(DB_USERS), rng.choice(HOSTS_PG), rng.choice(DB_NAMES)
    return Sec("host=%s port=5432 user=%s password=%s dbname=%s sslmode=%s" % (
        h, u, pw, d, rng.choice(["require", "disable", "verify-full"])), pw, user=u, host=h, db=d)


def gen_mysql_dsn(rng):
    pw, u, h, d = url_pw(rng), rng.choice(DB_USERS), rng.choice(HOSTS_MY), rng.choice(DB_NAMES)
    return Sec("%s:%s@tcp(%s:3306)/%s?parseTime=true%s" % (u, pw, h, d, rng.choice(["", "&tls=true", "&charset=utf8mb4"])),
               pw, user=u, host=h, db=d)


def gen_mysql_url(rng):
    pw, u, h, d = url_pw(rng), rng.choice(DB_USERS), rng.choice(HOSTS_MY), rng.choice(DB_NAMES)
    return Sec("mysql://%s:%s@%s:3306/%s" % (u, pw, h, d), pw, user=u, host=h, db=d)


def gen_redis_url(rng):
    pw, h = url_pw(rng, 0.2), rng.choice(HOSTS_REDIS)
    if rng.random() < 0.5:
        return Sec("redis://:%s@%s:6379/%d" % (pw, h, rng.randint(0, 3)), pw, host=h)
    return Sec("rediss://default:%s@%s:6380" % (pw, h), pw, host=h)


def gen_mongo_url(rng):
    pw, u = url_pw(rng), rng.choice(DB_USERS)
    cl = "cluster0.%s.mongodb.net" % rtok(rng, LOWNUM, 5)
    return Sec("mongodb+srv://%s:%s@%s/%s?retryWrites=true&w=majority" % (u, pw, cl, rng.choice(DB_NAMES)), pw)


def gen_amqp_url(rng):
    pw, u = url_pw(rng), rng.choice(["orders", "worker", "events_pub", "svc"])
    return Sec("amqps://%s:%s@%s:5671/%s" % (u, pw, rng.choice(["rabbitmq.internal", "b-3f2a.mq.eu-west-1.amazonaws.com", "mq.prod.svc"]), rng.choice(["%2f", "prod", "orders"])), pw)


def gen_nats_userpw(rng):
    pw, u = url_pw(rng), rng.choice(["svc", "orders", "ingest", "edge"])
    return Sec("nats://%s:%s@%s:4222" % (u, pw, rng.choice(["nats.internal", "nats-0.nats.svc", "10.0.7.12"])), pw, user=u)


def gen_sentry_legacy(rng):
    sec = rhex(rng, 32)
    return Sec("https://%s:%s@%s/%d" % (rhex(rng, 32), sec, rng.choice(["sentry.io", "sentry.internal.%s.io" % rng.choice(ORGS), "o%d.ingest.sentry.io" % rng.randint(10000, 999999)]), rng.randint(2, 99999)), sec)


# ---------------------------------------------------------------------------
# special (kind-specific) renderers
# ---------------------------------------------------------------------------
def gf(c, path, imps, blocks, **kw):
    return path, go_file(c.rng, pkg_of(path), imps, blocks, **kw), ("go_test" if path.endswith("_test.go") else "go")


def rf(c, path, uses, blocks, **kw):
    return path, rs_file(c.rng, uses, blocks, **kw), ("build.rs" if path == "build.rs" else "rust")


def sp_go_pgx(c):
    code = """func openPool(ctx context.Context) (*pgxpool.Pool, error) {
\tcfg, err := pgxpool.ParseConfig("%s")
\tif err != nil {
\t\treturn nil, fmt.Errorf("parse dsn: %%w", err)
\t}
\tcfg.MaxConns = 20
\tcfg.MaxConnIdleTime = 5 * time.Minute
\treturn pgxpool.NewWithConfig(ctx, cfg)
}""" % c.v
    return gf(c, "internal/store/postgres.go", ["context", "fmt", "time", "github.com/jackc/pgx/v5/pgxpool"], [code])


def sp_go_sqlopen(c):
    drv = "mysql" if c.K["p"] == "mysql" else c.rng.choice(["postgres", "pgx"])
    imp = {"mysql": "_ github.com/go-sql-driver/mysql", "postgres": "_ github.com/lib/pq", "pgx": "_ github.com/jackc/pgx/v5/stdlib"}[drv]
    code = """const dsn = "%s"

func mustOpenDB() *sql.DB {
\tdb, err := sql.Open("%s", dsn)
\tif err != nil {
\t\tlog.Fatalf("open db: %%v", err)
\t}
\tdb.SetMaxOpenConns(25)
\tdb.SetMaxIdleConns(5)
\tdb.SetConnMaxLifetime(30 * time.Minute)
\treturn db
}""" % (c.v, drv)
    return gf(c, c.rng.choice(["internal/db/db.go", "cmd/migrate/main.go", "store/sql.go"]), ["database/sql", "log", "time", imp], [code])


def sp_go_mysql_cfg(c):
    s = c.s
    code = """func mysqlConfig() *mysql.Config {
\tcfg := mysql.NewConfig()
\tcfg.User = "%s"
\tcfg.Passwd = "%s"
\tcfg.Net = "tcp"
\tcfg.Addr = "%s:3306"
\tcfg.DBName = "%s"
\tcfg.ParseTime = true
\treturn cfg
}""" % (s.extra["user"], s.needle, s.extra["host"], s.extra["db"])
    return gf(c, "internal/db/mysql.go", ["github.com/go-sql-driver/mysql"], [code])


def sp_rs_sqlx(c):
    pool = "PgPoolOptions" if c.K["p"] == "postgres" else "MySqlPoolOptions"
    mod = "postgres" if c.K["p"] == "postgres" else "mysql"
    code = """pub async fn connect() -> Result<sqlx::Pool<sqlx::%s>, sqlx::Error> {
    let url = std::env::var("DATABASE_URL")
        .unwrap_or_else(|_| "%s".to_string());
    %s::new()
        .max_connections(10)
        .acquire_timeout(Duration::from_secs(5))
        .connect(&url)
        .await
}""" % ("Postgres" if mod == "postgres" else "MySql", c.v, pool)
    return rf(c, "src/db.rs", ["sqlx::%s::%s" % (mod, pool), "std::time::Duration"], [code])


def sp_rs_seaorm(c):
    code = """pub async fn establish() -> Result<DatabaseConnection, DbErr> {
    let mut opt = ConnectOptions::new("%s".to_owned());
    opt.max_connections(20)
        .min_connections(2)
        .sqlx_logging(false);
    Database::connect(opt).await
}""" % c.v
    return rf(c, "src/db.rs", ["sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr}"], [code])


def sp_go_redis(c):
    if c.rng.random() < 0.5 and "host" in c.s.extra:
        code = """func newRedis() *redis.Client {
\treturn redis.NewClient(&redis.Options{
\t\tAddr:     "%s:6379",
\t\tPassword: "%s",
\t\tDB:       0,
\t\tPoolSize: 32,
\t})
}""" % (c.s.extra["host"], c.s.needle)
    else:
        code = """func newRedis() (*redis.Client, error) {
\topt, err := redis.ParseURL("%s")
\tif err != nil {
\t\treturn nil, err
\t}
\treturn redis.NewClient(opt), nil
}""" % c.v
    return gf(c, "internal/cache/redis.go", ["github.com/redis/go-redis/v9"], [code])


def sp_rs_redis(c):
    code = """pub fn client() -> redis::RedisResult<redis::Client> {
    redis::Client::open("%s")
}""" % c.v
    return rf(c, "src/cache.rs", [], [code])


def sp_go_mongo(c):
    code = """func connectMongo(ctx context.Context) (*mongo.Client, error) {
\topts := options.Client().ApplyURI("%s").SetMaxPoolSize(50)
\treturn mongo.Connect(ctx, opts)
}""" % c.v
    return gf(c, "internal/store/mongo.go", ["context", "go.mongodb.org/mongo-driver/mongo", "go.mongodb.org/mongo-driver/mongo/options"], [code])


def sp_go_amqp(c):
    code = """func dial() (*amqp.Connection, error) {
\treturn amqp.DialConfig("%s", amqp.Config{Heartbeat: 10 * time.Second})
}""" % c.v
    return gf(c, "internal/queue/rabbit.go", ["time", "amqp github.com/rabbitmq/amqp091-go"], [code])


def sp_go_nats_url(c):
    code = """func connectNATS() (*nats.Conn, error) {
\treturn nats.Connect("%s",
\t\tnats.Name("%s"),
\t\tnats.MaxReconnects(-1),
\t\tnats.ReconnectWait(2*time.Second),
\t)
}""" % (c.v, app_name(c.rng))
    return gf(c, "internal/bus/nats.go", ["time", "github.com/nats-io/nats.go"], [code])


def sp_go_nats_token(c):
    r = c.rng.random()
    if r < 0.6:
        code = """func connect(url string) (*nats.Conn, error) {
\treturn nats.Connect(url,
\t\tnats.Token("%s"),
\t\tnats.Name("%s"),
\t\tnats.RetryOnFailedConnect(true),
\t)
}""" % (c.v, app_name(c.rng))
    else:
        code = """const natsURL = "nats://%s@nats.internal:4222"

func connect() (*nats.Conn, error) {
\treturn nats.Connect(natsURL, nats.MaxReconnects(-1))
}""" % c.v
    return gf(c, "internal/bus/nats.go", ["github.com/nats-io/nats.go"], [code])


def sp_rs_nats_token(c):
    code = """pub async fn connect() -> Result<async_nats::Client, async_nats::ConnectError> {
    ConnectOptions::with_token("%s".into())
        .name("%s")
        .connect("nats://nats.internal:4222")
        .await
}""" % (c.v, app_name(c.rng))
    return rf(c, "src/bus.rs", ["async_nats::ConnectOptions"], [code])


def sp_nats_server_conf(c):
    text = """# nats-server.conf
port: 4222
http_port: 8222

authorization {
  token: "%s"
  timeout: 2
}

jetstream {
  store_dir: /data/jetstream
  max_mem: 1G
}
""" % c.v
    return "deploy/nats/nats-server.conf", text, "nats_conf"


def sp_go_nkey(c):
    code = """// seed for the %s service user; public key is registered in the account JWT
var nkeySeed = []byte("%s")

func nkeyOption() (nats.Option, error) {
\tkp, err := nkeys.FromSeed(nkeySeed)
\tif err != nil {
\t\treturn nil, err
\t}
\tpub, err := kp.PublicKey()
\tif err != nil {
\t\treturn nil, err
\t}
\treturn nats.Nkey(pub, kp.Sign), nil
}""" % (app_name(c.rng), c.v)
    return gf(c, "internal/bus/auth.go", ["github.com/nats-io/nats.go", "github.com/nats-io/nkeys"], [code])


def sp_rs_nkey(c):
    code = """const SEED: &str = "%s";

pub fn key_pair() -> Result<KeyPair, nkeys::error::Error> {
    KeyPair::from_seed(SEED)
}""" % c.v
    return rf(c, "src/nats_auth.rs", ["nkeys::KeyPair"], [code])


def nats_user_jwt(rng, user_pub, acct_pub, name):
    iat = rng.randint(1690000000, 1750000000)
    claims = {"jti": rtok(rng, B32, 52), "iat": iat, "iss": acct_pub, "name": name, "sub": user_pub,
              "nats": {"pub": {}, "sub": {}, "subs": -1, "data": -1, "payload": -1, "type": "user", "version": 2}}
    return jb64({"typ": "JWT", "alg": "ed25519-nkey"}) + "." + jb64(claims) + "." + b64u(rbytes(rng, 64))


def sp_nats_creds(c):
    rng = c.rng
    name = rng.choice(["orders-svc", "ingest", "edge-gw", "billing"])
    jwt = nats_user_jwt(rng, nkey_public(rng, NK_USER), nkey_public(rng, NK_ACCOUNT), name)
    text = """-----BEGIN NATS USER JWT-----
%s
------END NATS USER JWT------

************************* IMPORTANT *************************
NKEY Seed printed below can be used to sign and prove identity.
NKEYs are sensitive and should be treated as secrets.

-----BEGIN USER NKEY SEED-----
%s
------END USER NKEY SEED------

*************************************************************
""" % (jwt, c.v)
    return rng.choice(["deploy/nats/%s.creds" % name, "%s.creds" % name, "secrets/nats/%s.creds" % name]), text, "nats_creds"


def sp_go_etcd(c):
    code = """func newEtcd() (*clientv3.Client, error) {
\treturn clientv3.New(clientv3.Config{
\t\tEndpoints:   []string{"https://etcd-0.etcd:2379", "https://etcd-1.etcd:2379", "https://etcd-2.etcd:2379"},
\t\tDialTimeout: 5 * time.Second,
\t\tUsername:    "%s",
\t\tPassword:    "%s",
\t})
}""" % (c.s.extra.get("user", "root"), c.v)
    return gf(c, "internal/coord/etcd.go", ["time", "clientv3 go.etcd.io/etcd/client/v3"], [code])


def sp_go_consul(c):
    code = """func newConsul() (*api.Client, error) {
\tcfg := api.DefaultConfig()
\tcfg.Address = "consul.service.consul:8500"
\tcfg.Token = "%s"
\treturn api.NewClient(cfg)
}""" % c.v
    return gf(c, "internal/discovery/consul.go", ["github.com/hashicorp/consul/api"], [code])


def sp_consul_hcl(c):
    text = """datacenter = "eu-west-1"
data_dir   = "/opt/consul"
retry_join = ["provider=aws tag_key=consul tag_value=server"]

acl {
  enabled        = true
  default_policy = "deny"
  tokens {
    agent = "%s"
  }
}

telemetry {
  prometheus_retention_time = "30s"
}
""" % c.v
    return "deploy/consul/agent.hcl", text, "hcl"


def sp_go_vault(c):
    code = """func vaultClient() (*vault.Client, error) {
\tcfg := vault.DefaultConfig()
\tcfg.Address = "https://vault.internal:8200"
\tclient, err := vault.NewClient(cfg)
\tif err != nil {
\t\treturn nil, err
\t}
\tclient.SetToken("%s")
\treturn client, nil
}""" % c.v
    return gf(c, "internal/secrets/vault.go", ["vault github.com/hashicorp/vault/api"], [code])


def sp_rs_vault(c):
    code = """pub fn vault() -> Result<VaultClient, ClientError> {
    VaultClient::new(
        VaultClientSettingsBuilder::default()
            .address("https://vault.internal:8200")
            .token("%s")
            .build()
            .unwrap(),
    )
}""" % c.v
    return rf(c, "src/vault.rs", ["vaultrs::client::{VaultClient, VaultClientSettingsBuilder}", "vaultrs::error::ClientError"], [code])


def sp_go_aws(c):
    ak = c.s.extra["akid"]
    code = """func loadAWS(ctx context.Context) (aws.Config, error) {
\treturn config.LoadDefaultConfig(ctx,
\t\tconfig.WithRegion("eu-west-1"),
\t\tconfig.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
\t\t\t"%s",
\t\t\t"%s",
\t\t\t"",
\t\t)),
\t)
}""" % (ak, c.v)
    return gf(c, "internal/awsutil/config.go", ["context", "github.com/aws/aws-sdk-go-v2/aws",
                                                  "github.com/aws/aws-sdk-go-v2/config", "github.com/aws/aws-sdk-go-v2/credentials"], [code])


def sp_rs_aws(c):
    ak = c.s.extra["akid"]
    if c.rng.random() < 0.6:
        code = """pub async fn s3_client() -> aws_sdk_s3::Client {
    let creds = Credentials::new("%s", "%s", None, None, "static");
    let conf = aws_config::defaults(BehaviorVersion::latest())
        .region(Region::new("eu-west-1"))
        .credentials_provider(creds)
        .load()
        .await;
    aws_sdk_s3::Client::new(&conf)
}""" % (ak, c.v)
        uses = ["aws_config::BehaviorVersion", "aws_sdk_s3::config::{Credentials, Region}"]
    else:
        code = """pub fn s3() -> S3Client {
    let provider = StaticProvider::new_minimal("%s".to_owned(), "%s".to_owned());
    S3Client::new_with(HttpClient::new().expect("tls"), provider, Region::EuWest1)
}""" % (ak, c.v)
        uses = ["rusoto_core::{HttpClient, Region}", "rusoto_credential::StaticProvider", "rusoto_s3::S3Client"]
    return rf(c, "src/storage.rs", uses, [code])


def sp_aws_env(c):
    text = "AWS_REGION=eu-west-1\nAWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\nS3_BUCKET=%s-artifacts\n" % (
        c.s.extra["akid"], c.v, app_name(c.rng))
    return ".env", text, "env"


def gcp_sa_json(rng, pem_escaped):
    proj = "%s-%s-%d" % (rng.choice(ORGS), rng.choice(["prod", "data", "platform"]), rng.randint(100, 999))
    acct = rng.choice(["ingest", "bq-loader", "gcs-writer", "pubsub-worker"])
    return proj, acct, [
        '  "type": "service_account",',
        '  "project_id": "%s",' % proj,
        '  "private_key_id": "%s",' % rhex(rng, 40),
        '  "private_key": "%s",' % pem_escaped,
        '  "client_email": "%s@%s.iam.gserviceaccount.com",' % (acct, proj),
        '  "client_id": "%s",' % rdigits(rng, 21),
        '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
        '  "token_uri": "https://oauth2.googleapis.com/token",',
        '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
        '  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com",' % (acct, proj),
        '  "universe_domain": "googleapis.com"',
    ]


def gen_gcp(rng):
    pem = rsa_pkcs8_pem(rng)
    esc = pem.replace("\n", "\\n")
    return Sec(esc)


def sp_gcp_go(c):
    _, _, lines = gcp_sa_json(c.rng, c.v)
    code = """// serviceAccountJSON lets the exporter run outside GKE.
const serviceAccountJSON = `{
%s
}`

func storageClient(ctx context.Context) (*storage.Client, error) {
\tcreds, err := google.CredentialsFromJSON(ctx, []byte(serviceAccountJSON), storage.ScopeReadWrite)
\tif err != nil {
\t\treturn nil, err
\t}
\treturn storage.NewClient(ctx, option.WithCredentials(creds))
}""" % "\n".join(lines)
    return gf(c, "internal/gcs/client.go", ["context", "cloud.google.com/go/storage", "golang.org/x/oauth2/google",
                                           "google.golang.org/api/option"], [code], nfill=0)


def sp_gcp_json(c):
    _, acct, lines = gcp_sa_json(c.rng, c.v)
    return c.rng.choice(["testdata/service-account.json", "deploy/gcp/%s-sa.json" % acct, "credentials.json"]), \
        "{\n" + "\n".join(lines) + "\n}\n", "testdata_json"


def sp_gcp_rs(c):
    _, _, lines = gcp_sa_json(c.rng, c.v)
    code = """const SERVICE_ACCOUNT: &str = r#"{
%s
}"#;

pub async fn token_provider() -> anyhow::Result<impl TokenProvider> {
    let key: ServiceAccountKey = serde_json::from_str(SERVICE_ACCOUNT)?;
    Ok(CustomServiceAccount::new(key)?)
}""" % "\n".join(lines)
    return rf(c, "src/gcp.rs", ["gcp_auth::{CustomServiceAccount, TokenProvider}"], [code], nfill=0)


def sp_go_minio(c):
    code = """func newObjectStore() (*minio.Client, error) {
\treturn minio.New("%s", &minio.Options{
\t\tCreds:  credentials.NewStaticV4("%s", "%s", ""),
\t\tSecure: true,
\t})
}""" % (c.rng.choice(["minio.internal:9000", "s3.%s.internal" % c.rng.choice(ORGS), "play.min.io"]), c.s.extra["akid"], c.v)
    return gf(c, "internal/blob/minio.go", ["github.com/minio/minio-go/v7", "github.com/minio/minio-go/v7/pkg/credentials"], [code])


def sp_compose_minio(c):
    text = """services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-05-10T01-41-38Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: %s
      MINIO_ROOT_PASSWORD: %s
    ports:
      - "9000:9000"
      - "9001:9001"
    volumes:
      - minio-data:/data
volumes:
  minio-data:
""" % (c.s.extra["akid"], c.v)
    return "docker-compose.yml", text, "compose"


def sp_go_sarama(c):
    user = c.s.extra.get("key", "svc-" + app_name(c.rng))
    code = """func saramaConfig() *sarama.Config {
\tcfg := sarama.NewConfig()
\tcfg.Version = sarama.V3_6_0_0
\tcfg.Net.TLS.Enable = true
\tcfg.Net.SASL.Enable = true
\tcfg.Net.SASL.Mechanism = sarama.SASLTypePlaintext
\tcfg.Net.SASL.User = "%s"
\tcfg.Net.SASL.Password = "%s"
\tcfg.Producer.RequiredAcks = sarama.WaitForAll
\tcfg.Producer.Return.Successes = true
\treturn cfg
}""" % (user, c.v)
    return gf(c, "internal/kafka/config.go", ["github.com/IBM/sarama"], [code])


def sp_rs_rdkafka(c):
    user = c.s.extra.get("key", "svc-" + app_name(c.rng))
    code = """pub fn producer() -> KafkaResult<FutureProducer> {
    ClientConfig::new()
        .set("bootstrap.servers", "pkc-4r087.eu-west-1.aws.confluent.cloud:9092")
        .set("security.protocol", "SASL_SSL")
        .set("sasl.mechanisms", "PLAIN")
        .set("sasl.username", "%s")
        .set("sasl.password", "%s")
        .set("message.timeout.ms", "5000")
        .create()
}""" % (user, c.v)
    return rf(c, "src/kafka.rs", ["rdkafka::config::ClientConfig", "rdkafka::error::KafkaResult", "rdkafka::producer::FutureProducer"], [code])


def _smtp_user(c):
    u = c.s.extra.get("user", "no-reply@")
    return u + "%s.io" % c.rng.choice(ORGS) if u.endswith("@") else u


def sp_rs_lettre(c):
    host = "email-smtp.eu-west-1.amazonaws.com" if c.s.extra.get("ses") else (
        "smtp.gmail.com" if c.s.extra.get("gmail") else c.rng.choice(["smtp.mailgun.org", "smtp.fastmail.com", "mail.internal"]))
    code = """pub fn mailer() -> Result<SmtpTransport, lettre::transport::smtp::Error> {
    let creds = Credentials::new("%s".to_owned(), "%s".to_owned());
    Ok(SmtpTransport::relay("%s")?
        .credentials(creds)
        .port(587)
        .build())
}""" % (_smtp_user(c), c.v, host)
    return rf(c, "src/mail.rs", ["lettre::transport::smtp::authentication::Credentials", "lettre::SmtpTransport"], [code])


def sp_go_smtp(c):
    host = "email-smtp.eu-west-1.amazonaws.com" if c.s.extra.get("ses") else (
        "smtp.gmail.com" if c.s.extra.get("gmail") else "smtp.mailgun.org")
    code = """func sendMail(to []string, msg []byte) error {
\tauth := smtp.PlainAuth("", "%s", "%s", "%s")
\treturn smtp.SendMail("%s:587", auth, "alerts@%s.io", to, msg)
}""" % (_smtp_user(c), c.v, host, host, c.rng.choice(ORGS))
    return gf(c, "internal/notify/mail.go", ["net/smtp"], [code])


def sp_rs_tonic(c):
    code = """pub async fn client() -> Result<InventoryClient<InterceptedService<Channel, impl Interceptor>>, tonic::transport::Error> {
    let channel = Channel::from_static("https://inventory.internal:443").connect().await?;
    let token: MetadataValue<_> = "Bearer %s".parse().unwrap();
    Ok(InventoryClient::with_interceptor(channel, move |mut req: Request<()>| {
        req.metadata_mut().insert("authorization", token.clone());
        Ok(req)
    }))
}""" % c.v
    return rf(c, "src/grpc.rs", ["tonic::metadata::MetadataValue", "tonic::service::{interceptor::InterceptedService, Interceptor}",
                                  "tonic::transport::Channel", "tonic::Request"], [code])


def sp_go_grpc_md(c):
    code = """func withAuth(ctx context.Context) context.Context {
\treturn metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer %s")
}""" % c.v
    return gf(c, "internal/rpc/auth.go", ["context", "google.golang.org/grpc/metadata"], [code])


def sp_cargo_credentials(c):
    if c.K["k"] == "registry_token" and c.K["p"] == "crates.io":
        text = '[registry]\ntoken = "%s"\n' % c.v
    else:
        name = c.rng.choice(["internal", "acme", "kellnr", "shipyard", "artifactory"])
        text = '[registries.%s]\ntoken = "%s"\n' % (name, ("Bearer " + c.v) if c.rng.random() < 0.3 else c.v)
    if c.rng.random() < 0.4:
        text = "# written by `cargo login`\n" + text
    return ".cargo/credentials.toml", text, "cargo_credentials"


def sp_cargo_config_registry(c):
    name = c.rng.choice(["internal", "acme", "kellnr"])
    text = """[registries.%s]
index = "sparse+https://cargo.%s.io/api/v1/crates/"
token = "%s"

[net]
git-fetch-with-cli = true
""" % (name, c.rng.choice(ORGS), c.v)
    return ".cargo/config.toml", text, "cargo_config"


def sp_cargo_publish(c):
    text = """.PHONY: release
release:
\tcargo test --workspace
\tcargo publish -p %s --token %s
""" % (app_name(c.rng), c.v)
    return "Makefile", text, "makefile"


def sp_netrc(c):
    host = "gitlab.com" if c.v.startswith("glpat-") else "github.com"
    login = c.rng.choice(["ci-bot", "x-access-token", "oauth2", "deploy", "jkowalski"])
    text = "machine %s\n  login %s\n  password %s\n" % (host, login, c.v)
    if c.rng.random() < 0.5:
        text = "machine %s login %s password %s\n" % (host, login, c.v)
    return ".netrc", text, "netrc"


def sp_dockerfile_goprivate(c):
    host = "gitlab.com" if c.v.startswith("glpat-") else "github.com"
    text = """FROM golang:1.22-alpine AS build
ENV GOPRIVATE=%s/%s/*
RUN apk add --no-cache git
RUN echo "machine %s login ci-bot password %s" > /root/.netrc
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /out/app ./cmd/%s

FROM alpine:3.20
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
""" % (host, c.rng.choice(ORGS), host, c.v, app_name(c.rng))
    return "Dockerfile", text, "dockerfile"


def sp_makefile_insteadof(c):
    host = "gitlab.com" if c.v.startswith("glpat-") else "github.com"
    text = """export GOPRIVATE := %s/%s/*

.PHONY: deps build
deps:
\tgit config --global url."https://%s@%s/".insteadOf "https://%s/"
\tgo mod download

build: deps
\tgo build ./...
""" % (host, c.rng.choice(ORGS), c.v, host, host)
    return "Makefile", text, "makefile"


def sp_goreleaser(c):
    rng = c.rng
    a = app_name(rng)
    org = rng.choice(ORGS)
    head = """version: 2
project_name: %s

before:
  hooks:
    - go mod tidy

builds:
  - main: ./cmd/%s
    env:
      - CGO_ENABLED=0
    goos: [linux, darwin, windows]
    goarch: [amd64, arm64]
    ldflags:
      - -s -w -X main.version={{.Version}} -X main.commit={{.Commit}}
""" % (a, a)
    v = c.v
    if c.K["k"] == "gpg_passphrase":
        tail = """
signs:
  - artifacts: checksum
    stdin: '%s'
    args: ["--batch", "--pinentry-mode", "loopback", "--passphrase-fd", "0", "--output", "${signature}", "--detach-sign", "${artifact}"]
""" % v
    elif v.startswith(("ghp_", "github_pat_", "gho_")) and rng.random() < 0.6:
        tail = """
brews:
  - repository:
      owner: %s
      name: homebrew-tap
      token: "%s"
    homepage: https://github.com/%s/%s
    description: "%s command line tool"
""" % (org, v, org, a, a)
    else:
        tail = """
env:
  - %s=%s

checksum:
  name_template: checksums.txt
""" % (n_up(c.w) if not c.w == ["token"] else "GITHUB_TOKEN", v)
    return rng.choice([".goreleaser.yaml", ".goreleaser.yml"]), head + tail, "goreleaser"


def sp_rocket(c):
    text = """[default]
address = "0.0.0.0"
port = 8000
limits = { form = "64 kB", json = "1 MiB" }

[release]
secret_key = "%s"
log_level = "critical"

[debug]
log_level = "debug"
""" % c.v
    return "Rocket.toml", text, "rocket_toml"


def sp_go_jwt(c):
    name = n_go(c.w) if c.generic else c.rng.choice(["jwtSecret", "signingKey", "jwtKey", "hmacSecret"])
    code = """var %s = []byte("%s")

func issueToken(userID string, ttl time.Duration) (string, error) {
\tclaims := jwt.RegisteredClaims{
\t\tSubject:   userID,
\t\tIssuer:    "%s",
\t\tExpiresAt: jwt.NewNumericDate(time.Now().Add(ttl)),
\t\tIssuedAt:  jwt.NewNumericDate(time.Now()),
\t}
\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(%s)
}""" % (name, c.v, app_name(c.rng), name)
    return gf(c, c.rng.choice(["internal/auth/jwt.go", "auth/token.go", "pkg/session/jwt.go"]), ["time", "github.com/golang-jwt/jwt/v5"], [code])


def sp_rs_jwt(c):
    name = n_up(c.w) if c.generic else c.rng.choice(["JWT_SECRET", "SIGNING_KEY", "HMAC_KEY"])
    code = """const %s: &[u8] = b"%s";

pub fn sign(claims: &Claims) -> jsonwebtoken::errors::Result<String> {
    encode(&Header::default(), claims, &EncodingKey::from_secret(%s))
}

pub fn verify(token: &str) -> jsonwebtoken::errors::Result<Claims> {
    decode::<Claims>(token, &DecodingKey::from_secret(%s), &Validation::default()).map(|d| d.claims)
}""" % (name, c.v, name, name)
    return rf(c, "src/auth/jwt.rs", ["jsonwebtoken::{decode, encode, DecodingKey, EncodingKey, Header, Validation}"], [code])


def sp_go_securecookie(c):
    if c.rng.random() < 0.5:
        code = """var hashKey = []byte("%s")

// blockKey is optional; cookies are signed but not encrypted.
var sc = securecookie.New(hashKey, nil)""" % c.v
    else:
        code = """var sc = securecookie.New([]byte("%s"), nil).MaxAge(86400 * 7)""" % c.v
    code += """

func setSession(w http.ResponseWriter, value map[string]string) error {
\tencoded, err := sc.Encode("session", value)
\tif err != nil {
\t\treturn err
\t}
\thttp.SetCookie(w, &http.Cookie{Name: "session", Value: encoded, Path: "/", HttpOnly: true, Secure: true})
\treturn nil
}"""
    return gf(c, "internal/web/cookies.go", ["net/http", "github.com/gorilla/securecookie"], [code])


def sp_go_sessions(c):
    code = """var store = sessions.NewCookieStore([]byte("%s"))

func init() {
\tstore.Options = &sessions.Options{Path: "/", MaxAge: 3600 * 8, HttpOnly: true, Secure: true}
}

func currentUser(r *http.Request) (string, bool) {
\tsess, err := store.Get(r, "%s-session")
\tif err != nil {
\t\treturn "", false
\t}
\tuid, ok := sess.Values["uid"].(string)
\treturn uid, ok
}""" % (c.v, app_name(c.rng))
    return gf(c, "internal/web/session.go", ["net/http", "github.com/gorilla/sessions"], [code])


def sp_go_ed25519(c):
    code = """// release signing key (seed); public key is published in README
const signingSeedHex = "%s"

func signer() (ed25519.PrivateKey, error) {
\tseed, err := hex.DecodeString(signingSeedHex)
\tif err != nil {
\t\treturn nil, err
\t}
\treturn ed25519.NewKeyFromSeed(seed), nil
}""" % c.v
    return gf(c, "internal/release/sign.go", ["crypto/ed25519", "encoding/hex"], [code])


def sp_rs_ed25519(c):
    code = """pub fn signing_key() -> SigningKey {
    let seed: [u8; 32] = hex::decode("%s")
        .expect("valid hex")
        .try_into()
        .expect("32 bytes");
    SigningKey::from_bytes(&seed)
}""" % c.v
    return rf(c, "src/signing.rs", ["ed25519_dalek::SigningKey"], [code])


def sp_age_keyfile(c):
    text = "# created: %d-%02d-%02dT%02d:%02d:%02dZ\n# public key: %s\n%s\n" % (
        c.rng.randint(2021, 2025), c.rng.randint(1, 12), c.rng.randint(1, 28), c.rng.randint(0, 23),
        c.rng.randint(0, 59), c.rng.randint(0, 59), c.s.extra["recipient"], c.v)
    return c.rng.choice(["keys.txt", ".sops/age/keys.txt", "deploy/age.key", "secrets/key.txt"]), text, "age_key"


def sp_go_age(c):
    code = """const identity = "%s"

func decryptFile(path string) ([]byte, error) {
\tid, err := age.ParseX25519Identity(identity)
\tif err != nil {
\t\treturn nil, err
\t}
\tf, err := os.Open(path)
\tif err != nil {
\t\treturn nil, err
\t}
\tdefer f.Close()
\tr, err := age.Decrypt(f, id)
\tif err != nil {
\t\treturn nil, err
\t}
\treturn io.ReadAll(r)
}""" % c.v
    return gf(c, "internal/secrets/age.go", ["io", "os", "filippo.io/age"], [code])


def sp_go_telegram(c):
    if c.rng.random() < 0.5:
        code = """func newBot() (*tgbotapi.BotAPI, error) {
\tbot, err := tgbotapi.NewBotAPI("%s")
\tif err != nil {
\t\treturn nil, err
\t}
\tbot.Debug = false
\treturn bot, nil
}""" % c.v
        return gf(c, "internal/notify/telegram.go", ["tgbotapi github.com/go-telegram-bot-api/telegram-bot-api/v5"], [code])
    code = """const sendURL = "https://api.telegram.org/bot%s/sendMessage"

func notify(chatID int64, text string) error {
\tbody, _ := json.Marshal(map[string]any{"chat_id": chatID, "text": text, "parse_mode": "HTML"})
\tresp, err := http.Post(sendURL, "application/json", bytes.NewReader(body))
\tif err != nil {
\t\treturn err
\t}
\treturn resp.Body.Close()
}""" % c.v
    return gf(c, "internal/notify/telegram.go", ["bytes", "encoding/json", "net/http"], [code])


def sp_rs_teloxide(c):
    code = """#[tokio::main]
async fn main() {
    pretty_env_logger::init();
    let bot = Bot::new("%s");
    teloxide::repl(bot, |bot: Bot, msg: Message| async move {
        bot.send_message(msg.chat.id, "pong").await?;
        Ok(())
    })
    .await;
}""" % c.v
    return rf(c, "src/main.rs", ["teloxide::prelude::*"], [code], nfill=0)


def sp_go_discord(c):
    code = """const botToken = "%s"

func run() error {
\tdg, err := discordgo.New("Bot " + botToken)
\tif err != nil {
\t\treturn err
\t}
\tdg.Identify.Intents = discordgo.IntentsGuildMessages
\tdg.AddHandler(onMessage)
\treturn dg.Open()
}""" % c.v
    return gf(c, "cmd/bot/main.go", ["github.com/bwmarrin/discordgo"], [code])


def sp_rs_serenity(c):
    code = """#[tokio::main]
async fn main() {
    let token = "%s";
    let intents = GatewayIntents::GUILD_MESSAGES | GatewayIntents::MESSAGE_CONTENT;
    let mut client = Client::builder(token, intents)
        .event_handler(Handler)
        .await
        .expect("client");
    if let Err(why) = client.start().await {
        eprintln!("client error: {why:?}");
    }
}""" % c.v
    return rf(c, "src/main.rs", ["serenity::prelude::*"], [code], nfill=0)


def sp_go_stripe(c):
    code = """func init() {
\tstripe.Key = "%s"
\tstripe.DefaultLeveledLogger = &stripe.LeveledLogger{Level: stripe.LevelWarn}
}

func chargeCustomer(customerID string, cents int64) (*stripe.PaymentIntent, error) {
\treturn paymentintent.New(&stripe.PaymentIntentParams{
\t\tAmount:   stripe.Int64(cents),
\t\tCurrency: stripe.String(string(stripe.CurrencyEUR)),
\t\tCustomer: stripe.String(customerID),
\t})
}""" % c.v
    return gf(c, "internal/billing/stripe.go", ["github.com/stripe/stripe-go/v76", "github.com/stripe/stripe-go/v76/paymentintent"], [code])


def sp_go_stripe_webhook(c):
    code = """const endpointSecret = "%s"

func handleWebhook(w http.ResponseWriter, r *http.Request) {
\tpayload, err := io.ReadAll(io.LimitReader(r.Body, 65536))
\tif err != nil {
\t\thttp.Error(w, "read", http.StatusBadRequest)
\t\treturn
\t}
\tevent, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret)
\tif err != nil {
\t\thttp.Error(w, "bad signature", http.StatusBadRequest)
\t\treturn
\t}
\tlog.Printf("stripe event %%s", event.Type)
\tw.WriteHeader(http.StatusOK)
}""" % c.v
    return gf(c, "internal/billing/webhook.go", ["io", "log", "net/http", "github.com/stripe/stripe-go/v76/webhook"], [code])


def sp_rs_stripe(c):
    code = """pub fn stripe_client() -> stripe::Client {
    stripe::Client::new("%s")
}""" % c.v
    return rf(c, "src/billing.rs", [], [code])


def sp_go_github(c):
    code = """func githubClient(ctx context.Context) *github.Client {
\tts := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "%s"})
\treturn github.NewClient(oauth2.NewClient(ctx, ts))
}""" % c.v
    return gf(c, "internal/gh/client.go", ["context", "github.com/google/go-github/v62/github", "golang.org/x/oauth2"], [code])


def sp_rs_octocrab(c):
    code = """pub fn github() -> octocrab::Result<Octocrab> {
    Octocrab::builder()
        .personal_token("%s".to_string())
        .build()
}""" % c.v
    return rf(c, "src/github.rs", ["octocrab::Octocrab"], [code])


def sp_go_slack(c):
    code = """func newSlack() *slack.Client {
\treturn slack.New("%s", slack.OptionDebug(false))
}

func postAlert(api *slack.Client, channel, text string) error {
\t_, _, err := api.PostMessage(channel, slack.MsgOptionText(text, false))
\treturn err
}""" % c.v
    return gf(c, "internal/notify/slack.go", ["github.com/slack-go/slack"], [code])


def sp_go_slack_webhook(c):
    code = """const alertsWebhook = "%s"

func alert(text string) error {
\treturn slack.PostWebhook(alertsWebhook, &slack.WebhookMessage{Text: text})
}""" % c.v
    return gf(c, "internal/notify/alerts.go", ["github.com/slack-go/slack"], [code])


def sp_go_twilio(c):
    s = c.s
    if "account" in s.extra:
        params = 'Username: "%s",\n\t\tPassword: "%s",\n\t\tAccountSid: "%s",' % (s.extra["sid"], c.v, s.extra["account"])
    else:
        params = 'Username: "%s",\n\t\tPassword: "%s",' % (s.extra["sid"], c.v)
    code = """func newTwilio() *twilio.RestClient {
\treturn twilio.NewRestClientWithParams(twilio.ClientParams{
\t\t%s
\t})
}""" % params
    return gf(c, "internal/sms/twilio.go", ["github.com/twilio/twilio-go"], [code])


def sp_go_sendgrid(c):
    code = """func sendWelcome(to *mail.Email) error {
\tfrom := mail.NewEmail("%s", "hello@%s.io")
\tm := mail.NewSingleEmail(from, "Welcome!", to, "Thanks for signing up.", "<p>Thanks for signing up.</p>")
\tclient := sendgrid.NewSendClient("%s")
\t_, err := client.Send(m)
\treturn err
}""" % (app_name(c.rng).capitalize(), c.rng.choice(ORGS), c.v)
    return gf(c, "internal/mail/sendgrid.go", ["github.com/sendgrid/sendgrid-go", "github.com/sendgrid/sendgrid-go/helpers/mail"], [code])


def sp_go_openai(c):
    if c.rng.random() < 0.5:
        code = """func newLLM() *openai.Client {
\treturn openai.NewClient("%s")
}""" % c.v
        imps = ["github.com/sashabaranov/go-openai"]
    else:
        code = """func newLLM() openai.Client {
\treturn openai.NewClient(option.WithAPIKey("%s"), option.WithMaxRetries(3))
}""" % c.v
        imps = ["github.com/openai/openai-go", "github.com/openai/openai-go/option"]
    return gf(c, "internal/llm/client.go", imps, [code])


def sp_rs_openai(c):
    code = """pub fn llm() -> Client<OpenAIConfig> {
    let config = OpenAIConfig::new()
        .with_api_key("%s")
        .with_org_id("org-%s");
    Client::with_config(config)
}""" % (c.v, rtok(c.rng, ALNUM, 24))
    return rf(c, "src/llm.rs", ["async_openai::{config::OpenAIConfig, Client}"], [code])


def sp_go_anthropic(c):
    code = """func newClaude() anthropic.Client {
\treturn anthropic.NewClient(
\t\toption.WithAPIKey("%s"),
\t)
}""" % c.v
    return gf(c, "internal/llm/anthropic.go", ["github.com/anthropics/anthropic-sdk-go", "github.com/anthropics/anthropic-sdk-go/option"], [code])


def sp_go_oauth2(c):
    cid = c.s.extra["client_id"]
    ep = "google.Endpoint" if c.K["p"] == "google" else "github.Endpoint"
    imp = "golang.org/x/oauth2/google" if c.K["p"] == "google" else "golang.org/x/oauth2/github"
    scopes = '"openid", "email", "profile"' if c.K["p"] == "google" else '"read:user", "user:email"'
    code = """var oauthConfig = &oauth2.Config{
\tClientID:     "%s",
\tClientSecret: "%s",
\tRedirectURL:  "https://%s.%s.io/auth/callback",
\tScopes:       []string{%s},
\tEndpoint:     %s,
}""" % (cid, c.v, app_name(c.rng), c.rng.choice(ORGS), scopes, ep)
    return gf(c, "internal/auth/oauth.go", ["golang.org/x/oauth2", imp], [code])


def sp_rs_oauth2(c):
    cid = c.s.extra["client_id"]
    auth, tok = (("https://accounts.google.com/o/oauth2/v2/auth", "https://oauth2.googleapis.com/token") if c.K["p"] == "google"
                 else ("https://github.com/login/oauth/authorize", "https://github.com/login/oauth/access_token"))
    code = """pub fn oauth_client() -> BasicClient {
    BasicClient::new(
        ClientId::new("%s".to_string()),
        Some(ClientSecret::new("%s".to_string())),
        AuthUrl::new("%s".to_string()).unwrap(),
        Some(TokenUrl::new("%s".to_string()).unwrap()),
    )
    .set_redirect_uri(RedirectUrl::new("http://localhost:8080/callback".to_string()).unwrap())
}""" % (cid, c.v, auth, tok)
    return rf(c, "src/oauth.rs", ["oauth2::basic::BasicClient", "oauth2::{AuthUrl, ClientId, ClientSecret, RedirectUrl, TokenUrl}"], [code])


def sp_go_datadog(c):
    if c.K["k"] == "app_key":
        keys = '"apiKeyAuth": {Key: os.Getenv("DD_API_KEY")},\n\t\t\t"appKeyAuth": {Key: "%s"},' % c.v
    else:
        keys = '"apiKeyAuth": {Key: "%s"},' % c.v
    code = """func ddContext() context.Context {
\treturn context.WithValue(
\t\tcontext.Background(),
\t\tdatadog.ContextAPIKeys,
\t\tmap[string]datadog.APIKey{
\t\t\t%s
\t\t},
\t)
}""" % keys
    imps = ["context", "github.com/DataDog/datadog-api-client-go/v2/api/datadog"] + (["os"] if "Getenv" in keys else [])
    return gf(c, "internal/metrics/datadog.go", imps, [code])


def sp_go_cloudflare(c):
    if c.K["k"] == "global_api_key":
        code = """func cf() (*cloudflare.API, error) {
\treturn cloudflare.New("%s", "ops@%s.io")
}""" % (c.v, c.rng.choice(ORGS))
    else:
        code = """func cf() (*cloudflare.API, error) {
\treturn cloudflare.NewWithAPIToken("%s")
}""" % c.v
    return gf(c, "internal/dns/cloudflare.go", ["github.com/cloudflare/cloudflare-go"], [code])


def sp_go_fastly(c):
    code = """func purgeClient() (*fastly.Client, error) {
\treturn fastly.NewClient("%s")
}""" % c.v
    return gf(c, "internal/cdn/fastly.go", ["github.com/fastly/go-fastly/v9/fastly"], [code])


def sp_sentryclirc(c):
    text = "[defaults]\norg = %s\nproject = %s\n\n[auth]\ntoken = %s\n" % (c.rng.choice(ORGS), app_name(c.rng), c.v)
    return ".sentryclirc", text, "sentryclirc"


def sp_makefile_sentry(c):
    text = """VERSION ?= $(shell git rev-parse --short HEAD)

.PHONY: release-sentry
release-sentry:
\tsentry-cli --auth-token %s releases new -p %s $(VERSION)
\tsentry-cli releases set-commits --auto $(VERSION)
\tsentry-cli releases finalize $(VERSION)
""" % (c.v, app_name(c.rng))
    return "Makefile", text, "makefile"


def sp_go_sentry_dsn(c):
    code = """func initSentry(env string) error {
\treturn sentry.Init(sentry.ClientOptions{
\t\tDsn:              "%s",
\t\tEnvironment:      env,
\t\tTracesSampleRate: 0.2,
\t})
}""" % c.v
    return gf(c, "internal/obs/sentry.go", ["github.com/getsentry/sentry-go"], [code])


def sp_rs_sentry_dsn(c):
    code = """fn main() {
    let _guard = sentry::init(("%s", sentry::ClientOptions {
        release: sentry::release_name!(),
        ..Default::default()
    }));
    run();
}""" % c.v
    return rf(c, "src/main.rs", [], [code], nfill=0)


def sp_npmrc(c):
    text = "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nalways-auth=true\n" % c.v
    return rng_choice(c, ["npm/.npmrc", ".npmrc", "packaging/npm/.npmrc"]), text, "npmrc"


def rng_choice(c, xs):
    return c.rng.choice(xs)


def sp_docker_login(c):
    text = """IMAGE ?= %s/%s
TAG   ?= $(shell git describe --tags --always)

.PHONY: push
push:
\techo "%s" | docker login -u %s --password-stdin
\tdocker build -t $(IMAGE):$(TAG) .
\tdocker push $(IMAGE):$(TAG)
""" % (c.rng.choice(ORGS), app_name(c.rng), c.v, c.rng.choice(ORGS) + "ci")
    return "Makefile", text, "makefile"


def sp_go_azure(c):
    acct = c.s.extra["account"]
    code = """const storageConn = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net"

func blobClient() (*azblob.Client, error) {
\treturn azblob.NewClientFromConnectionString(storageConn, nil)
}""" % (acct, c.v)
    return gf(c, "internal/blob/azure.go", ["github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"], [code])


def sp_go_basic_header(c):
    b = c.v
    code = """var upstreamHeaders = http.Header{
\t"Authorization": {"Basic %s"},
\t"Accept":        {"application/json"},
}

func (p *proxy) director(req *http.Request) {
\treq.URL.Scheme = "https"
\treq.URL.Host = p.target
\tfor k, v := range upstreamHeaders {
\t\treq.Header[k] = v
\t}
}""" % b
    return gf(c, "internal/proxy/upstream.go", ["net/http"], [code])


def sp_rs_basic(c):
    code = """pub async fn push_metrics(client: &reqwest::Client, body: String) -> reqwest::Result<()> {
    client
        .post("https://%s/api/v1/push")
        .basic_auth("%s", Some("%s"))
        .body(body)
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}""" % (c.rng.choice(["metrics.internal", "prometheus-prod-01-eu-west-0.grafana.net", "vm.%s.io" % c.rng.choice(ORGS)]),
        c.s.extra.get("user", "api"), c.v)
    return rf(c, "src/metrics.rs", [], [code])


def sp_go_mailgun(c):
    code = """func sendViaMailgun(ctx context.Context, to, subject, text string) error {
\tmg := mailgun.NewMailgun("mg.%s.io", "%s")
\tmg.SetAPIBase(mailgun.APIBaseEU)
\tm := mg.NewMessage("noreply@mg.%s.io", subject, text, to)
\t_, _, err := mg.Send(ctx, m)
\treturn err
}""" % (c.rng.choice(ORGS), c.v, c.rng.choice(ORGS))
    return gf(c, "internal/mail/mailgun.go", ["context", "github.com/mailgun/mailgun-go/v4"], [code])


def gen_basic_b64(rng):
    u = rng.choice(["metrics", "grafana", "svc-ingest", "admin", "prom", "%d" % rng.randint(100000, 999999)])
    pw = human_password(rng) if rng.random() < 0.5 else rtok(rng, ALNUM, 32)
    return Sec(b64s(("%s:%s" % (u, pw)).encode()))


def gen_basic_pw(rng):
    return Sec(rtok(rng, ALNUM, rng.choice([32, 40])) if rng.random() < .5 else human_password(rng),
               user=rng.choice(["metrics", "%d" % rng.randint(100000, 999999), "prom-writer"]))


# ---------------------------------------------------------------------------
# kind table
# ---------------------------------------------------------------------------
GEN_API = [["api", "key"], ["token"], ["auth"], ["secret"], ["access", "token"], ["auth", "token"],
           ["api", "token"], ["key"], ["credential"], ["upstream", "token"]]
GEN_LLM = [["llm", "key"], ["model", "api", "key"], ["api", "key"], ["token"], ["llm", "token"]]
GEN_PW = [["password"], ["pass"], ["db", "password"], ["pwd"], ["secret"]]
GEN_DSN = [["dsn"], ["url"], ["conn", "string"], ["store", "url"], ["primary", "url"]]

ALL_R = list(GENERIC)
NOHDR_R = [r for r in ALL_R if r not in ("go_header", "rs_reqwest")]
DSN_R = ["env", "yaml", "toml", "compose", "cargo_env", "go_getenv", "go_viper", "go_flag", "rs_env", "rs_config",
         "go_const", "go_embed_yaml", "testdata", "justfile", "makefile", "rs_lazy"]
CFG_R = ["env", "yaml", "toml", "compose", "go_getenv", "rs_env", "go_viper", "rs_config", "dockerfile", "makefile",
         "justfile", "readme", "testdata", "build_rs"]


def K(p, k, gen, names, sec=None, base=None, hdr=None, generic=GEN_API, gr=ALL_R, special=(), w=1.0, **kw):
    d = dict(p=p, k=k, gen=gen, names=names, sec=sec or p.replace(".", "").replace("-", ""), hdr=hdr,
             generic=generic, gr=list(gr), special=list(special), w=w)
    if base:
        d["base"] = base
    d.update(kw)
    return d


BEARER = ("Authorization", "Bearer {}")

KINDS = [
    K("postgres", "connection_url", gen_pg_url, [["database", "url"], ["postgres", "dsn"], ["pg", "url"], ["postgres", "url"]],
      sec="database", generic=GEN_DSN, gr=DSN_R, special=[sp_go_pgx, sp_go_sqlopen, sp_rs_sqlx], w=2),
    K("postgres", "dsn_keyvalue", gen_pg_kv, [["postgres", "dsn"], ["pg", "conn"], ["database", "dsn"]], sec="database",
      generic=GEN_DSN, gr=["go_const", "go_getenv", "yaml", "env", "toml", "go_viper"], special=[sp_go_sqlopen]),
    K("mysql", "go_sql_driver_dsn", gen_mysql_dsn, [["mysql", "dsn"], ["database", "dsn"], ["mysql", "url"]], sec="mysql",
      generic=GEN_DSN, gr=["go_getenv", "go_viper", "yaml", "env", "go_flag", "go_const"], special=[sp_go_sqlopen, sp_go_mysql_cfg]),
    K("mysql", "connection_url", gen_mysql_url, [["database", "url"], ["mysql", "url"]], sec="database",
      generic=GEN_DSN, gr=["env", "cargo_env", "toml", "rs_env", "compose", "rs_config"], special=[sp_rs_seaorm, sp_rs_sqlx]),
    K("redis", "connection_url", gen_redis_url, [["redis", "url"], ["cache", "url"], ["redis", "dsn"]], sec="redis",
      generic=GEN_DSN, gr=DSN_R, special=[sp_go_redis, sp_rs_redis]),
    K("mongodb", "connection_url", gen_mongo_url, [["mongo", "uri"], ["mongodb", "url"]], sec="mongo",
      generic=GEN_DSN, gr=["env", "yaml", "go_getenv", "toml", "go_viper"], special=[sp_go_mongo]),
    K("rabbitmq", "amqp_url", gen_amqp_url, [["amqp", "url"], ["rabbitmq", "url"]], sec="amqp",
      generic=GEN_DSN, gr=["env", "yaml", "compose", "rs_env", "go_getenv"], special=[sp_go_amqp]),
    K("nats", "user_password_url", gen_nats_userpw, [["nats", "url"]], sec="nats", generic=GEN_DSN,
      gr=["env", "yaml", "toml", "go_getenv"], special=[sp_go_nats_url]),
    K("nats", "auth_token", gen_nats_token, [["nats", "token"], ["nats", "auth", "token"]], sec="nats",
      gr=["env", "yaml", "toml", "go_const", "rs_const", "go_getenv", "compose", "rs_env"],
      special=[sp_go_nats_token, sp_rs_nats_token, sp_nats_server_conf]),
    K("nats", "nkey_user_seed", gen_nkey_user, [["nats", "nkey", "seed"], ["nkey", "seed"], ["nats", "seed"]], sec="nats",
      generic=[["seed"], ["key"], ["credential"]], gr=["env", "yaml", "toml", "go_const", "rs_const", "compose"],
      special=[sp_go_nkey, sp_rs_nkey]),
    K("nats", "nkey_account_seed", gen_nkey_account, [["nats", "account", "seed"], ["operator", "seed"], ["account", "nkey"]],
      sec="nats", generic=[["seed"], ["signing", "key"]], gr=["env", "yaml", "go_const", "rs_const", "toml"], special=[sp_go_nkey]),
    K("nats", "creds_file", gen_nkey_user, [["nats", "creds"]], sec="nats", gr=[], special=[sp_nats_creds], w=1.3),
    K("etcd", "password", gen_human_pw, [["etcd", "password"]], sec="etcd", generic=GEN_PW, gr=["env", "yaml"],
      special=[sp_go_etcd]),
    K("consul", "acl_token", gen_consul, [["consul", "http", "token"], ["consul", "token"], ["consul", "acl", "token"]],
      sec="consul", hdr=("X-Consul-Token", "{}"), base="https://consul.service.consul:8500",
      gr=["env", "yaml", "compose", "go_getenv", "makefile", "go_header", "toml"], special=[sp_go_consul, sp_consul_hcl]),
    K("vault", "token", gen_vault, [["vault", "token"], ["vault", "root", "token"]], sec="vault",
      hdr=("X-Vault-Token", "{}"), base="https://vault.internal:8200", special=[sp_go_vault, sp_rs_vault]),
    K("aws", "static_credentials", gen_aws, [["aws", "secret", "access", "key"], ["aws", "secret", "key"]], sec="aws",
      generic=[["secret", "key"], ["secret"], ["s3", "secret"]], gr=["go_getenv", "yaml", "compose", "toml", "rs_env"],
      special=[sp_go_aws, sp_rs_aws, sp_aws_env], w=1.5),
    K("gcp", "service_account_key", gen_gcp, [["gcp", "sa"]], sec="gcp", gr=[], special=[sp_gcp_go, sp_gcp_json, sp_gcp_rs], w=1.3),
    K("stripe", "secret_key", gen_stripe_sk, [["stripe", "secret", "key"], ["stripe", "api", "key"], ["stripe", "key"]],
      hdr=BEARER, base="https://api.stripe.com", special=[sp_go_stripe, sp_rs_stripe], w=1.3),
    K("stripe", "restricted_key", gen_stripe_rk, [["stripe", "restricted", "key"], ["stripe", "rk"]], hdr=BEARER,
      base="https://api.stripe.com", special=[sp_go_stripe, sp_rs_stripe]),
    K("stripe", "webhook_secret", gen_stripe_whsec, [["stripe", "webhook", "secret"], ["stripe", "signing", "secret"]],
      generic=[["webhook", "secret"], ["signing", "secret"], ["endpoint", "secret"]], gr=NOHDR_R, special=[sp_go_stripe_webhook]),
    K("github", "pat_classic", gen_github_pat, [["github", "token"], ["gh", "token"], ["github", "pat"]],
      hdr=BEARER, base="https://api.github.com",
      special=[sp_go_github, sp_rs_octocrab, sp_netrc, sp_dockerfile_goprivate, sp_makefile_insteadof, sp_goreleaser], w=1.6),
    K("github", "fine_grained_pat", gen_github_fine, [["github", "token"], ["gh", "pat"]], hdr=BEARER,
      base="https://api.github.com", special=[sp_go_github, sp_rs_octocrab, sp_netrc, sp_goreleaser, sp_makefile_insteadof], w=1.3),
    K("github", "oauth_user_token", gen_github_oauth, [["github", "oauth", "token"], ["gh", "token"]], hdr=BEARER,
      base="https://api.github.com", special=[sp_go_github]),
    K("github", "app_installation_token", gen_github_app, [["github", "app", "token"], ["gh", "installation", "token"]],
      hdr=("Authorization", "token {}"), base="https://api.github.com", special=[sp_go_github]),
    K("github", "oauth_client_secret", gen_github_oauth_secret, [["github", "client", "secret"], ["gh", "oauth", "secret"]],
      generic=[["client", "secret"], ["oauth", "secret"]], gr=NOHDR_R, special=[sp_go_oauth2, sp_rs_oauth2]),
    K("google", "oauth_client_secret", gen_google_oauth_secret, [["google", "client", "secret"], ["google", "oauth", "secret"]],
      generic=[["client", "secret"], ["oauth", "client", "secret"]], gr=NOHDR_R, special=[sp_go_oauth2, sp_rs_oauth2], w=1.2),
    K("gitlab", "pat", gen_gitlab, [["gitlab", "token"], ["gitlab", "pat"]], hdr=("PRIVATE-TOKEN", "{}"),
      base="https://gitlab.com/api/v4", special=[sp_netrc, sp_dockerfile_goprivate, sp_makefile_insteadof]),
    K("slack", "bot_token", gen_slack_bot, [["slack", "bot", "token"], ["slack", "token"]], hdr=BEARER,
      base="https://slack.com/api", special=[sp_go_slack], w=1.2),
    K("slack", "user_token", gen_slack_user, [["slack", "user", "token"], ["slack", "token"]], hdr=BEARER,
      base="https://slack.com/api", special=[sp_go_slack]),
    K("slack", "incoming_webhook", gen_slack_webhook, [["slack", "webhook", "url"], ["slack", "webhook"]],
      generic=[["webhook", "url"], ["alerts", "webhook"], ["notify", "url"]], gr=NOHDR_R, special=[sp_go_slack_webhook]),
    K("twilio", "auth_token", gen_twilio_auth, [["twilio", "auth", "token"]], gr=NOHDR_R, special=[sp_go_twilio]),
    K("twilio", "api_key_secret", gen_twilio_apikey, [["twilio", "api", "secret"]], gr=CFG_R, special=[sp_go_twilio]),
    K("sendgrid", "api_key", gen_sendgrid, [["sendgrid", "api", "key"], ["sendgrid", "key"]], hdr=BEARER,
      base="https://api.sendgrid.com/v3", special=[sp_go_sendgrid]),
    K("openai", "api_key", gen_openai, [["openai", "api", "key"], ["openai", "key"]], hdr=BEARER,
      base="https://api.openai.com/v1", generic=GEN_LLM, special=[sp_go_openai, sp_rs_openai], w=1.5),
    K("anthropic", "api_key", gen_anthropic, [["anthropic", "api", "key"], ["claude", "api", "key"]],
      hdr=("x-api-key", "{}"), base="https://api.anthropic.com/v1", generic=GEN_LLM, special=[sp_go_anthropic], w=1.3),
    K("jwt", "hmac_signing_key", gen_jwt_hmac, [["jwt", "secret"], ["jwt", "signing", "key"], ["jwt", "hmac", "key"]],
      sec="auth", generic=[["signing", "key"], ["secret"], ["hmac", "key"], ["session", "secret"]],
      gr=["env", "yaml", "toml", "go_getenv", "rs_env", "compose", "go_viper", "rs_config"], special=[sp_go_jwt, sp_rs_jwt], w=1.5),
    K("gorilla", "securecookie_hash_key", gen_cookie_key, [["cookie", "hash", "key"]], sec="web", gr=["env", "go_getenv"],
      special=[sp_go_securecookie]),
    K("gorilla", "sessions_store_key", gen_cookie_key, [["session", "key"], ["session", "secret"]], sec="web",
      gr=["env", "go_getenv", "yaml"], special=[sp_go_sessions]),
    K("rocket", "secret_key", gen_rocket_secret, [["rocket", "secret", "key"]], sec="rocket", gr=["env", "compose"],
      special=[sp_rocket], w=1.2),
    K("age", "secret_key", gen_age, [["sops", "age", "key"], ["age", "identity"], ["age", "secret", "key"]], sec="age",
      generic=[["identity"], ["decryption", "key"]], gr=["env", "compose", "makefile"], special=[sp_age_keyfile, sp_go_age], w=1.3),
    K("ed25519", "private_seed_hex", gen_ed25519_seed, [["ed25519", "seed"], ["signing", "key", "hex"], ["ed25519", "private", "key"]],
      sec="signing", generic=[["private", "key"], ["seed"], ["signing", "key"]], gr=["env", "yaml", "toml", "rs_const"],
      special=[sp_go_ed25519, sp_rs_ed25519], w=1.2),
    K("cloudflare", "api_token", gen_cloudflare_token, [["cloudflare", "api", "token"], ["cf", "api", "token"]], hdr=BEARER,
      base="https://api.cloudflare.com/client/v4", special=[sp_go_cloudflare]),
    K("cloudflare", "global_api_key", gen_cloudflare_global, [["cloudflare", "api", "key"], ["cf", "api", "key"]],
      hdr=("X-Auth-Key", "{}"), base="https://api.cloudflare.com/client/v4", special=[sp_go_cloudflare]),
    K("fastly", "api_token", gen_fastly, [["fastly", "api", "token"], ["fastly", "key"]], hdr=("Fastly-Key", "{}"),
      base="https://api.fastly.com", special=[sp_go_fastly]),
    K("datadog", "api_key", gen_datadog_api, [["dd", "api", "key"], ["datadog", "api", "key"]], hdr=("DD-API-KEY", "{}"),
      base="https://api.datadoghq.eu", special=[sp_go_datadog], w=1.2),
    K("datadog", "app_key", gen_datadog_app, [["dd", "app", "key"], ["datadog", "application", "key"]],
      hdr=("DD-APPLICATION-KEY", "{}"), base="https://api.datadoghq.com", special=[sp_go_datadog]),
    K("sentry", "user_auth_token", gen_sentry_user, [["sentry", "auth", "token"]], hdr=BEARER, base="https://sentry.io/api/0",
      special=[sp_sentryclirc, sp_makefile_sentry]),
    K("sentry", "org_auth_token", gen_sentry_org, [["sentry", "auth", "token"], ["sentry", "token"]], hdr=BEARER,
      base="https://sentry.io/api/0", special=[sp_sentryclirc, sp_makefile_sentry]),
    K("sentry", "legacy_dsn_secret", gen_sentry_legacy, [["sentry", "dsn"]], generic=[["dsn"], ["error", "reporting", "dsn"]],
      gr=["env", "yaml", "toml", "go_const", "rs_const"], special=[sp_go_sentry_dsn, sp_rs_sentry_dsn]),
    K("telegram", "bot_token", gen_telegram, [["telegram", "bot", "token"], ["tg", "token"]], gr=NOHDR_R,
      special=[sp_go_telegram, sp_rs_teloxide], w=1.2),
    K("discord", "bot_token", gen_discord, [["discord", "token"], ["discord", "bot", "token"]], hdr=("Authorization", "Bot {}"),
      base="https://discord.com/api/v10", special=[sp_go_discord, sp_rs_serenity], w=1.2),
    K("confluent", "kafka_api_secret", gen_confluent, [["kafka", "sasl", "password"], ["confluent", "api", "secret"]],
      sec="kafka", generic=[["sasl", "password"], ["password"]], gr=["env", "yaml", "toml", "go_viper"],
      special=[sp_go_sarama, sp_rs_rdkafka], w=1.2),
    K("kafka", "sasl_password", gen_human_pw, [["kafka", "password"], ["kafka", "sasl", "password"]], sec="kafka",
      generic=GEN_PW, gr=["env", "yaml"], special=[sp_go_sarama, sp_rs_rdkafka]),
    K("minio", "secret_key", gen_minio, [["minio", "secret", "key"], ["minio", "root", "password"]], sec="minio",
      generic=[["secret", "key"], ["s3", "secret"]], gr=["env", "yaml", "toml"], special=[sp_go_minio, sp_compose_minio], w=1.2),
    K("smtp", "password", gen_smtp_pw, [["smtp", "password"], ["mail", "password"]], sec="smtp", generic=GEN_PW,
      gr=["env", "toml", "yaml"], special=[sp_rs_lettre, sp_go_smtp], w=1.2),
    K("grpc", "bearer_token", gen_bearer_opaque, [["grpc", "token"], ["service", "token"]], sec="rpc", hdr=BEARER,
      base="https://inventory.internal", special=[sp_rs_tonic, sp_go_grpc_md], w=1.2),
    K("http-basic", "authorization_header", gen_basic_b64, [["basic", "auth"]], sec="upstream", gr=[],
      special=[sp_go_basic_header]),
    K("http-basic", "basic_auth_password", gen_basic_pw, [["metrics", "password"], ["remote", "write", "password"]],
      sec="metrics", generic=GEN_PW, gr=["env", "yaml"], special=[sp_rs_basic]),
    K("crates.io", "registry_token", gen_cratesio, [["cargo", "registry", "token"]], sec="cargo",
      gr=["env", "justfile"], special=[sp_cargo_credentials, sp_cargo_publish], w=1.3),
    K("artifactory", "cargo_registry_token", gen_artifactory_ref, [["cargo", "registries", "internal", "token"]],
      sec="cargo", gr=["env"], special=[sp_cargo_credentials, sp_cargo_config_registry]),
    K("cloudsmith", "cargo_registry_token", gen_cloudsmith, [["cargo", "registries", "acme", "token"]],
      sec="cargo", gr=["env"], special=[sp_cargo_credentials, sp_cargo_config_registry]),
    K("docker", "hub_pat", gen_docker_pat, [["docker", "password"], ["dockerhub", "token"]], sec="docker",
      gr=["env"], special=[sp_docker_login, sp_goreleaser]),
    K("npm", "access_token", gen_npm, [["npm", "token"]], sec="npm", gr=["env"], special=[sp_npmrc, sp_goreleaser]),
    K("goreleaser", "gpg_passphrase", gen_gpg_pass, [["gpg", "passphrase"]], sec="signing", gr=["env"],
      special=[sp_goreleaser]),
    K("mailgun", "api_key", gen_mailgun, [["mailgun", "api", "key"], ["mg", "api", "key"]], gr=NOHDR_R, special=[sp_go_mailgun]),
    K("huggingface", "access_token", gen_hf, [["hf", "token"], ["huggingface", "token"]], hdr=BEARER,
      base="https://huggingface.co/api", generic=GEN_LLM),
    K("digitalocean", "pat", gen_do, [["digitalocean", "token"], ["do", "token"]], hdr=BEARER, base="https://api.digitalocean.com/v2"),
    K("shopify", "access_token", gen_shopify, [["shopify", "access", "token"]], hdr=("X-Shopify-Access-Token", "{}"),
      base="https://acme-store.myshopify.com/admin/api/2024-04"),
    K("linear", "api_key", gen_linear, [["linear", "api", "key"]], hdr=("Authorization", "{}"), base="https://api.linear.app"),
    K("pulumi", "access_token", gen_pulumi, [["pulumi", "access", "token"]], hdr=("Authorization", "token {}"),
      base="https://api.pulumi.com/api"),
    K("terraform", "api_token", gen_tfc, [["tfe", "token"], ["terraform", "token"]], hdr=BEARER,
      base="https://app.terraform.io/api/v2"),
    K("supabase", "service_role_key", gen_supabase_service, [["supabase", "service", "role", "key"], ["supabase", "service", "key"]],
      hdr=("apikey", "{}"), base="https://project.supabase.co/rest/v1"),
    K("mapbox", "secret_token", gen_mapbox_sk, [["mapbox", "secret", "token"], ["mapbox", "token"]], gr=NOHDR_R),
    K("azure", "storage_account_key", gen_azure_storage, [["azure", "storage", "key"], ["azure", "storage", "account", "key"]],
      generic=[["account", "key"], ["storage", "key"]], gr=CFG_R, special=[sp_go_azure]),
]


# ---------------------------------------------------------------------------
# NEGATIVES: look-alike values
# ---------------------------------------------------------------------------
PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY", "changeme", "REPLACE_ME", "<token>", "your-token-here",
                "<paste-token-here>", "CHANGE_ME", "__SET_ME__", "<redacted>", "TODO-set-in-vault", "none",
                "insert-key-here", "dev-only-not-a-secret"]
PREFIX_PLACEHOLDERS = {
    "stripe": ["sk_live_...", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_<your-key>", "rk_live_..."],
    "openai": ["sk-...", "sk-proj-...", "sk-proj-XXXXXXXXXXXXXXXXXXXX", "sk-<your-key>"],
    "anthropic": ["sk-ant-...", "sk-ant-api03-...", "sk-ant-api03-XXXXXXXX"],
    "github": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ghp_...", "github_pat_...", "<github-pat>"],
    "slack": ["xoxb-your-bot-token", "xoxb-...", "https://hooks.slack.com/services/T000/B000/XXXX"],
    "sendgrid": ["SG.xxxxx.yyyyy", "SG.<key>"],
    "vault": ["hvs.XXXXXXXX", "root", "<vault-token>"],
    "nats": ["SU...", "<nkey-seed>"],
    "age": ["AGE-SECRET-KEY-1...", "AGE-SECRET-KEY-1<paste>"],
    "telegram": ["123456789:ABC-your-bot-token", "<bot-token>"],
    "gitlab": ["glpat-xxxxxxxxxxxxxxxxxxxx", "glpat-..."],
    "docker": ["dckr_pat_...", "<docker-hub-token>"],
    "aws": ["AKIAXXXXXXXXXXXXXXXX", "<aws-secret-access-key>"],
    "crates.io": ["cio...", "<crates.io token>"],
}


PW_PLACEHOLDERS = ["changeme", "<password>", "CHANGE_ME", "<db-password>", "replace-me", "set-me"]
PW_PROVIDERS = ("etcd", "kafka", "smtp", "goreleaser", "http-basic", "postgres", "mysql", "redis", "mongodb", "rabbitmq")


def placeholder(rng, provider):
    if provider in PW_PROVIDERS:
        return rng.choice(PW_PLACEHOLDERS)
    if provider in PREFIX_PLACEHOLDERS and rng.random() < 0.55:
        return rng.choice(PREFIX_PLACEHOLDERS[provider])
    return rng.choice(PLACEHOLDERS)


def masked(rng, provider):
    tail = rtok(rng, ALNUM, 4)
    pre = {"stripe": "sk_live_", "openai": "sk-proj-", "github": "ghp_", "anthropic": "sk-ant-api03-",
           "slack": "xoxb-", "sendgrid": "SG.", "gitlab": "glpat-", "docker": "dckr_pat_", "vault": "hvs.",
           "aws": "AKIA"}.get(provider, "")
    style = rng.randrange(5)
    if style == 0:
        return pre + "****" + tail
    if style == 1:
        return pre + "\u2026" + tail
    if style == 2:
        return pre + "*" * rng.choice([16, 20, 24]) + tail
    if style == 3:
        return pre + "\u2022" * 8 + tail
    return pre + "[REDACTED]"


def publishable(rng):
    """(provider, kind, value, name words) documented-as-public values."""
    r = rng.randrange(9)
    if r == 0:
        return "stripe", "publishable_key", "pk_live_" + (rtok(rng, ALNUM, 24) if rng.random() < .5 else "51" + rtok(rng, ALNUM, 97)), ["stripe", "publishable", "key"]
    if r == 1:
        iat = rng.randint(1650000000, 1740000000)
        return "supabase", "anon_key", fake_jwt(rng, {"iss": "supabase", "ref": rtok(rng, LOWER, 20), "role": "anon", "iat": iat, "exp": iat + 315360000}), ["supabase", "anon", "key"]
    if r == 2:
        return "supabase", "publishable_key", "sb_publishable_" + rtok(rng, B64URL, 31), ["supabase", "publishable", "key"]
    if r == 3:
        return "mapbox", "public_token", "pk." + jb64({"u": rng.choice(["fleetmaps", "acme-geo"]), "a": rtok(rng, LOWNUM, 25)}) + "." + rtok(rng, B64URL, 22), ["mapbox", "public", "token"]
    if r == 4:
        return "datadog", "rum_client_token", "pub" + rhex(rng, 32), ["dd", "client", "token"]
    if r == 5:
        return "sentry", "public_dsn", "https://%s@o%d.ingest.%ssentry.io/%d" % (rhex(rng, 32), rng.randint(100000, 4999999), rng.choice(["", "us.", "de."]), rng.randint(1000000, 4999999)), ["sentry", "dsn"]
    if r == 6:
        return "clerk", "publishable_key", "pk_live_" + b64s(("clerk.%s.io$" % rng.choice(ORGS)).encode()).rstrip("="), ["clerk", "publishable", "key"]
    if r == 7:
        return "posthog", "project_api_key", "phc_" + rtok(rng, ALNUM, 43), ["posthog", "project", "key"]
    return "discord", "application_public_key", rbytes(rng, 32).hex(), ["discord", "public", "key"]


def identifier(rng):
    """(provider, kind, value, words) non-secret identifiers."""
    r = rng.randrange(10)
    if r == 0:
        return "twilio", "account_sid", "AC" + rhex(rng, 32), ["twilio", "account", "sid"]
    if r == 1:
        return "google", "oauth_client_id", "%s-%s.apps.googleusercontent.com" % (rdigits(rng, 12), rtok(rng, LOWNUM, 32)), ["google", "client", "id"]
    if r == 2:
        return "github", "app_client_id", rng.choice(["Iv1.", "Iv23li"]) + rtok(rng, HEX if rng.random() < .5 else ALNUM, 16 if rng.random() < .5 else 14), ["github", "client", "id"]
    if r == 3:
        return "consul", "acl_accessor_id", ruuid(rng), ["consul", "accessor", "id"]
    if r == 4:
        return "aws", "account_id", rdigits(rng, 12), ["aws", "account", "id"]
    if r == 5:
        return "stripe", "price_id", "price_1" + rtok(rng, ALNUM, 23), ["stripe", "price", "id"]
    if r == 6:
        return "confluent", "cluster_id", "lkc-" + rtok(rng, LOWNUM, 6), ["kafka", "cluster", "id"]
    if r == 7:
        return "discord", "application_id", rdigits(rng, 19), ["discord", "app", "id"]
    if r == 8:
        return "generic", "tenant_uuid", ruuid(rng), ["tenant", "id"]
    return "slack", "channel_id", "C0" + rtok(rng, UPNUM, 9), ["slack", "channel", "id"]


def public_key(rng):
    """(provider, kind, value, words) public halves of key pairs."""
    r = rng.randrange(7)
    if r == 0:
        return "nats", "nkey_user_public", nkey_public(rng, NK_USER), ["nats", "user", "pubkey"]
    if r == 1:
        return "nats", "nkey_account_public", nkey_public(rng, NK_ACCOUNT), ["nats", "account"]
    if r == 2:
        return "age", "recipient", age_recipient(rng), ["age", "recipient"]
    if r == 3:
        return "ed25519", "public_key_hex", rbytes(rng, 32).hex(), ["release", "pubkey"]
    if r == 4:
        return "minisign", "public_key", "RW" + b64s(rbytes(rng, 40))[:54], ["minisign", "pubkey"]
    if r == 5:
        return "ssh", "ed25519_public_key", "ssh-ed25519 " + b64s(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(rng, 32)) + " deploy@ci", ["deploy", "pubkey"]
    return "gpg", "fingerprint", rtok(rng, "0123456789ABCDEF", 40), ["gpg", "fingerprint"]


def digest(rng):
    r = rng.randrange(5)
    if r == 0:
        return "sha256:" + rbytes(rng, 32).hex()
    if r == 1:
        return rbytes(rng, 20).hex()
    if r == 2:
        return "sha512-" + b64s(rbytes(rng, 64))
    if r == 3:
        return rbytes(rng, 32).hex()
    return "h1:" + b64s(rbytes(rng, 32))


def ciphertext(rng):
    r = rng.randrange(4)
    if r == 0:
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64s(rbytes(rng, rng.randint(18, 48))), b64s(rbytes(rng, 32)), b64s(rbytes(rng, 16)))
    if r == 1:
        return "vault:v1:" + b64s(rbytes(rng, rng.randint(40, 70)))
    if r == 2:
        return "AQICAHh" + b64s(rbytes(rng, 150))[7:]
    return "AgB" + b64s(rbytes(rng, 300))[3:]


# ---------------------------------------------------------------------------
# NEGATIVE file generators: f(rng) -> (path, text, filetype, provider, kind)
# ---------------------------------------------------------------------------
def pick_kind(rng, pred=None):
    ks = [k for k in KINDS if (pred is None or pred(k))]
    return rng.choice(ks)


def kind_env(rng, Kd):
    return n_up(rng.choice(Kd["names"]))


def neg_go_getenv(rng):
    Kd = pick_kind(rng)
    env = kind_env(rng, Kd)
    field = n_go(rng.choice(Kd["names"]), exported=True)
    style = rng.randrange(3)
    if style == 0:
        code = """func mustEnv(key string) string {
\tv, ok := os.LookupEnv(key)
\tif !ok || v == "" {
\t\tlog.Fatalf("missing required environment variable %%s", key)
\t}
\treturn v
}

func Load() Config {
\treturn Config{
\t\tAddr:  envOr("LISTEN_ADDR", ":8080"),
\t\t%s: mustEnv("%s"),
\t}
}

func envOr(key, def string) string {
\tif v := os.Getenv(key); v != "" {
\t\treturn v
\t}
\treturn def
}""" % (field, env)
        imps = ["log", "os"]
    elif style == 1:
        code = """// jwtKey is injected by the platform; never hard-code it.
var jwtKey = []byte(os.Getenv("%s"))

func init() {
\tif len(jwtKey) < 32 {
\t\tpanic("%s must be at least 32 bytes")
\t}
}""" % (rng.choice(["JWT_SECRET", "SESSION_SECRET", "SIGNING_KEY"]), "secret")
        imps = ["os"]
        return "internal/auth/keys.go", go_file(rng, "auth", imps, [code]), "go", "jwt", "env_reference"
    else:
        code = """func newClient() (*Client, error) {
\t%s := os.Getenv("%s")
\tif %s == "" {
\t\treturn nil, errors.New("%s is not set; see README for how to obtain one")
\t}
\treturn &Client{token: %s, http: http.DefaultClient}, nil
}""" % ("key", env, "key", env, "key")
        imps = ["errors", "net/http", "os"]
    path = go_path(rng, Kd["sec"])
    return path, go_file(rng, pkg_of(path), imps, [code]), "go", Kd["p"], "env_reference"


def neg_go_envconfig(rng):
    ks = rng.sample(KINDS, 3)
    tagstyle = rng.choice(["envconfig", "env"])
    rows = [("Port", "int", 'envconfig:"PORT" default:"8080"' if tagstyle == "envconfig" else 'env:"PORT" envDefault:"8080"')]
    for Kd in ks:
        w = rng.choice(Kd["names"])
        if tagstyle == "envconfig":
            rows.append((n_go(w, True), "string", 'envconfig:"%s" required:"true"' % n_up(w)))
        else:
            rows.append((n_go(w, True), "string", 'env:"%s,required,unset"' % n_up(w)))
    rows.append(("LogLevel", "string", 'envconfig:"LOG_LEVEL" default:"info"' if tagstyle == "envconfig" else 'env:"LOG_LEVEL" envDefault:"info"'))
    wn = max(len(r[0]) for r in rows)
    wt = max(len(r[1]) for r in rows)
    lines = ["type Config struct {"] + ["\t%s %s `%s`" % (a.ljust(wn), b.ljust(wt), t) for a, b, t in rows] + ["}"]
    if tagstyle == "envconfig":
        fn = """func Load() (*Config, error) {
\tvar c Config
\tif err := envconfig.Process("", &c); err != nil {
\t\treturn nil, err
\t}
\treturn &c, nil
}"""
        imp = ["github.com/kelseyhightower/envconfig"]
    else:
        fn = """func Load() (*Config, error) {
\tvar c Config
\treturn &c, env.Parse(&c)
}"""
        imp = ["github.com/caarlos0/env/v11"]
    return "internal/config/config.go", go_file(rng, "config", imp, ["\n".join(lines), fn]), "go", ks[0]["p"], "struct_tag_reference"


def neg_go_viper_get(rng):
    Kd = pick_kind(rng)
    key = "%s.%s" % (Kd["sec"], n_snake([x for x in rng.choice(Kd["names"]) if x != Kd["sec"]] or ["token"]))
    code = """func initConfig() {
\tviper.SetConfigName("config")
\tviper.AddConfigPath(".")
\tviper.AutomaticEnv()
\tviper.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
\tviper.SetDefault("http.addr", ":8080")
\tviper.SetDefault("%s", "")
\t_ = viper.BindEnv("%s", "%s")
}

func credentials() (string, error) {
\tv := viper.GetString("%s")
\tif v == "" {
\t\treturn "", fmt.Errorf("%s is empty: set %s or add it to config.yaml")
\t}
\treturn v, nil
}""" % (key, key, n_up(key.replace(".", "_").split("_")), key, key, n_up(key.replace(".", "_").split("_")))
    return "cmd/root.go", go_file(rng, "cmd", ["fmt", "strings", "github.com/spf13/viper"], [code]), "go", Kd["p"], "viper_lookup"


def neg_go_flag_empty(rng):
    Kd = pick_kind(rng)
    w = rng.choice(Kd["names"])
    code = """var (
\taddr  = flag.String("addr", ":8080", "listen address")
\ttoken = flag.String("%s", "", "API credential (defaults to $%s)")
)

func main() {
\tflag.Parse()
\tif *token == "" {
\t\t*token = os.Getenv("%s")
\t}
\tif *token == "" {
\t\tfmt.Fprintln(os.Stderr, "no credential: pass -%s or set %s")
\t\tos.Exit(2)
\t}
\trun(*addr, *token)
}""" % (n_kebab(w), n_up(w), n_up(w), n_kebab(w), n_up(w))
    return "cmd/%s/main.go" % app_name(rng), go_file(rng, "main", ["flag", "fmt", "os"], [code]), "go", Kd["p"], "flag_empty_default"


def neg_go_randkey(rng):
    r = rng.randrange(3)
    if r == 0:
        code = """// Keys are regenerated on every start; sessions do not survive restarts,
// which is acceptable for the admin UI.
var (
\thashKey  = securecookie.GenerateRandomKey(64)
\tblockKey = securecookie.GenerateRandomKey(32)
\tsc       = securecookie.New(hashKey, blockKey)
)"""
        imps = ["github.com/gorilla/securecookie"]
        prov, kind = "gorilla", "generated_random_key"
    elif r == 1:
        code = """func newSigningKey() ([]byte, error) {
\tkey := make([]byte, 32)
\tif _, err := rand.Read(key); err != nil {
\t\treturn nil, fmt.Errorf("generate key: %w", err)
\t}
\treturn key, nil
}

func newSessionID() string {
\tb := make([]byte, 16)
\t_, _ = rand.Read(b)
\treturn hex.EncodeToString(b)
}"""
        imps = ["crypto/rand", "encoding/hex", "fmt"]
        prov, kind = "jwt", "crypto_rand"
    else:
        code = """var store = sessions.NewCookieStore(
\tsecurecookie.GenerateRandomKey(64),
\tsecurecookie.GenerateRandomKey(32),
)"""
        imps = ["github.com/gorilla/securecookie", "github.com/gorilla/sessions"]
        prov, kind = "gorilla", "generated_random_key"
    return "internal/web/keys.go", go_file(rng, "web", imps, [code]), "go", prov, kind


RFC8032 = [("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"),
           ("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"),
           ("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
            "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025")]


def neg_go_testvectors(rng):
    r = rng.randrange(4)
    if r == 0:
        sk, pk = rng.choice(RFC8032)
        code = """// Test vector from RFC 8032, section 7.1.
func TestSignRFC8032(t *testing.T) {
\tseed, _ := hex.DecodeString("%s")
\twantPub, _ := hex.DecodeString("%s")
\tpriv := ed25519.NewKeyFromSeed(seed)
\tif got := priv.Public().(ed25519.PublicKey); !bytes.Equal(got, wantPub) {
\t\tt.Fatalf("public key mismatch: %%x", got)
\t}
}""" % (sk, pk)
        return "internal/release/sign_test.go", go_file(rng, "release", ["bytes", "crypto/ed25519", "encoding/hex", "testing"], [code], nfill=0), "go_test", "ed25519", "rfc8032_test_vector"
    if r == 1:
        code = """// RFC 4231 test case 2.
func TestHMACSHA256(t *testing.T) {
\tmac := hmac.New(sha256.New, []byte("Jefe"))
\tmac.Write([]byte("what do ya want for nothing?"))
\twant := "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
\tif got := hex.EncodeToString(mac.Sum(nil)); got != want {
\t\tt.Fatalf("got %s want %s", got, want)
\t}
}

// RFC 4231 test case 1: key = 0x0b repeated 20 times.
var tc1Key = bytes.Repeat([]byte{0x0b}, 20)"""
        return "internal/auth/hmac_test.go", go_file(rng, "auth", ["bytes", "crypto/hmac", "crypto/sha256", "encoding/hex", "testing"], [code], nfill=0), "go_test", "jwt", "rfc4231_test_vector"
    if r == 2:
        code = """func TestStaticCredentials(t *testing.T) {
\t// Example credentials from the AWS documentation; they do not work.
\tt.Setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
\tt.Setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
\tcfg, err := loadAWS(context.Background())
\tif err != nil {
\t\tt.Fatal(err)
\t}
\tif cfg.Region == "" {
\t\tt.Error("region not set")
\t}
}"""
        return "internal/awsutil/config_test.go", go_file(rng, "awsutil", ["context", "testing"], [code], nfill=0), "go_test", "aws", "documentation_example_key"
    code = """func TestParseToken(t *testing.T) {
\t// token from jwt.io, signed with the default demo key
\tconst tok = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
\tclaims, err := parse(tok, []byte("your-256-bit-secret"))
\tif err != nil {
\t\tt.Fatal(err)
\t}
\tif claims.Subject != "1234567890" {
\t\tt.Fatalf("sub = %q", claims.Subject)
\t}
}"""
    return "internal/auth/jwt_test.go", go_file(rng, "auth", ["testing"], [code], nfill=0), "go_test", "jwt", "jwtio_example"


def neg_go_mock(rng):
    Kd = pick_kind(rng)
    iface = rng.choice(["TokenStore", "SecretProvider", "CredentialSource"])
    code = """// MockTokenStore is a mock of %s interface.
type Mock%s struct {
\tctrl     *gomock.Controller
\trecorder *Mock%sMockRecorder
}

// Mock%sMockRecorder is the mock recorder for Mock%s.
type Mock%sMockRecorder struct {
\tmock *Mock%s
}

// NewMock%s creates a new mock instance.
func NewMock%s(ctrl *gomock.Controller) *Mock%s {
\tmock := &Mock%s{ctrl: ctrl}
\tmock.recorder = &Mock%sMockRecorder{mock}
\treturn mock
}

// GetSecret mocks base method.
func (m *Mock%s) GetSecret(ctx context.Context, name string) (string, error) {
\tm.ctrl.T.Helper()
\tret := m.ctrl.Call(m, "GetSecret", ctx, name)
\tret0, _ := ret[0].(string)
\tret1, _ := ret[1].(error)
\treturn ret0, ret1
}

// GetSecret indicates an expected call of GetSecret.
func (mr *Mock%sMockRecorder) GetSecret(ctx, name any) *gomock.Call {
\tmr.mock.ctrl.T.Helper()
\treturn mr.mock.ctrl.RecordCallWithMethodType(mr.mock, "GetSecret", reflect.TypeOf((*Mock%s)(nil).GetSecret), ctx, name)
}""" % ((iface,) * 15)
    hdr = "// Code generated by MockGen. DO NOT EDIT.\n// Source: %s.go\n//\n// Generated by this command:\n//\n//\tmockgen -source=%s.go -destination=mocks/mock_%s.go -package=mocks\n//" % (
        Kd["sec"], Kd["sec"], Kd["sec"])
    return "internal/%s/mocks/mock_%s.go" % (Kd["sec"], Kd["sec"]), go_file(rng, "mocks", ["context", "reflect", "go.uber.org/mock/gomock"], [code], nfill=0, header=hdr), "go", Kd["p"], "generated_mock"


def neg_go_mask(rng):
    prov = rng.choice(["stripe", "openai", "github", "slack", "anthropic", "gitlab", "vault"])
    cases = []
    for _ in range(3):
        m = masked(rng, prov)
        cases.append('\t\t{in: strings.Repeat("x", %d), want: "%s"},' % (rng.randint(20, 60), m.replace("\u2026", "...").replace("\u2022", "*")))
    code = """func TestMask(t *testing.T) {
\tcases := []struct{ in, want string }{
%s
\t\t{in: "", want: ""},
\t}
\tfor _, c := range cases {
\t\t_ = Mask(c.in)
\t}
}""" % "\n".join(cases)
    fn = """// Mask keeps the provider prefix and last four characters for log output.
func Mask(s string) string {
\tif len(s) <= 8 {
\t\treturn strings.Repeat("*", len(s))
\t}
\ti := strings.LastIndexAny(s[:len(s)-4], "_-.")
\treturn s[:i+1] + "****" + s[len(s)-4:]
}"""
    if rng.random() < 0.5:
        return "internal/redact/mask_test.go", go_file(rng, "redact", ["strings", "testing"], [code], nfill=0), "go_test", prov, "masked_value"
    logline = """func logConfig(l *slog.Logger, key string) {
\t// emits e.g. "%s"
\tl.Info("loaded credentials", "key", Mask(key))
}""" % masked(rng, prov).replace("\u2026", "...").replace("\u2022", "*")
    return "internal/redact/mask.go", go_file(rng, "redact", ["log/slog", "strings"], [fn, logline], nfill=0), "go", prov, "masked_value"


def neg_go_oauth_env(rng):
    prov, kind, val, words = identifier(rng) if rng.random() < 0.3 else ("google", "oauth_client_id", "%s-%s.apps.googleusercontent.com" % (rdigits(rng, 12), rtok(rng, LOWNUM, 32)), ["google", "client", "id"])
    ep = "google.Endpoint"
    code = """var oauthConfig = &oauth2.Config{
\tClientID:     "%s",
\tClientSecret: os.Getenv("OAUTH_CLIENT_SECRET"),
\tRedirectURL:  "https://%s.%s.io/auth/callback",
\tScopes:       []string{"openid", "email"},
\tEndpoint:     %s,
}""" % (val, app_name(rng), rng.choice(ORGS), ep)
    return "internal/auth/oauth.go", go_file(rng, "auth", ["os", "golang.org/x/oauth2", "golang.org/x/oauth2/google"], [code]), "go", prov, kind


GO_DEPS = ["github.com/spf13/viper v1.18.2", "github.com/jackc/pgx/v5 v5.5.5", "github.com/redis/go-redis/v9 v9.5.1",
           "github.com/nats-io/nats.go v1.34.1", "github.com/nats-io/nkeys v0.4.7", "github.com/IBM/sarama v1.43.1",
           "github.com/minio/minio-go/v7 v7.0.69", "github.com/gorilla/securecookie v1.1.2", "github.com/gorilla/sessions v1.2.2",
           "github.com/golang-jwt/jwt/v5 v5.2.1", "github.com/stripe/stripe-go/v76 v76.25.0", "golang.org/x/oauth2 v0.19.0",
           "github.com/aws/aws-sdk-go-v2 v1.26.1", "go.etcd.io/etcd/client/v3 v3.5.13", "github.com/hashicorp/vault/api v1.12.2",
           "filippo.io/age v1.1.1", "github.com/slack-go/slack v0.12.5", "github.com/go-sql-driver/mysql v1.8.1",
           "github.com/getsentry/sentry-go v0.27.0", "github.com/kelseyhightower/envconfig v1.4.0"]


def pseudo_version(rng):
    return "v0.0.0-%d%02d%02d%02d%02d%02d-%s" % (rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28),
                                                  rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rbytes(rng, 6).hex())


def neg_go_mod(rng):
    deps = rng.sample(GO_DEPS, rng.randint(4, 9))
    priv = "github.com/%s/%s %s" % (rng.choice(ORGS), rng.choice(["platform-go", "shared", "authz", "protos"]), pseudo_version(rng))
    ind = ["golang.org/x/crypto %s // indirect" % pseudo_version(rng) if rng.random() < .5 else "golang.org/x/crypto v0.22.0 // indirect",
           "golang.org/x/sys v0.19.0 // indirect", "github.com/klauspost/compress v1.17.8 // indirect"]
    text = "module %s\n\ngo 1.22\n\nrequire (\n%s\n)\n\nrequire (\n%s\n)\n" % (
        go_module(rng), "\n".join("\t" + d for d in sorted(deps + [priv])), "\n".join("\t" + d for d in ind))
    if rng.random() < 0.3:
        text += "\nreplace github.com/%s/shared => ../shared\n" % rng.choice(ORGS)
    return "go.mod", text, "go_mod", "go", "pseudo_version"


def neg_go_sum(rng):
    lines = []
    for d in rng.sample(GO_DEPS, rng.randint(5, 14)):
        mod, ver = d.split(" ")
        lines.append("%s %s h1:%s" % (mod, ver, b64s(rbytes(rng, 32))))
        lines.append("%s %s/go.mod h1:%s" % (mod, ver, b64s(rbytes(rng, 32))))
    return "go.sum", "\n".join(sorted(lines)) + "\n", "go_sum", "go", "module_hash"


RS_DEPS = [("serde", "1.0.198"), ("tokio", "1.37.0"), ("reqwest", "0.12.4"), ("sqlx", "0.7.4"), ("anyhow", "1.0.82"),
           ("tracing", "0.1.40"), ("config", "0.14.0"), ("figment", "0.10.18"), ("once_cell", "1.19.0"),
           ("jsonwebtoken", "9.3.0"), ("lettre", "0.11.7"), ("tonic", "0.11.0"), ("rdkafka", "0.36.2"),
           ("async-nats", "0.34.0"), ("nkeys", "0.4.1"), ("ed25519-dalek", "2.1.1"), ("rocket", "0.5.0"),
           ("sea-orm", "0.12.15"), ("redis", "0.25.3"), ("aws-sdk-s3", "1.24.0"), ("secrecy", "0.8.0")]


def neg_cargo_toml(rng):
    deps = rng.sample(RS_DEPS, rng.randint(5, 10))
    dl = []
    for n, v in deps:
        if n in ("tokio",):
            dl.append('%s = { version = "%s", features = ["full"] }' % (n, v.rsplit(".", 1)[0]))
        elif n == "sqlx":
            dl.append('sqlx = { version = "0.7", features = ["runtime-tokio", "tls-rustls", "postgres", "macros"] }')
        else:
            dl.append('%s = "%s"' % (n, v))
    a = app_name(rng)
    text = """[package]
name = "%s"
version = "0.%d.%d"
edition = "2021"
rust-version = "1.75"
license = "MIT OR Apache-2.0"
repository = "https://github.com/%s/%s"

[dependencies]
%s

[dev-dependencies]
wiremock = "0.6"

[profile.release]
lto = "thin"
codegen-units = 1
""" % (a, rng.randint(1, 20), rng.randint(0, 9), rng.choice(ORGS), a, "\n".join(dl))
    return "Cargo.toml", text, "cargo_toml", "cargo", "manifest"


def neg_cargo_lock(rng):
    out = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.", "version = 3", ""]
    for n, v in sorted(rng.sample(RS_DEPS, rng.randint(6, 11))):
        out += ["[[package]]", 'name = "%s"' % n, 'version = "%s"' % v,
                'source = "registry+https://github.com/rust-lang/crates.io-index"',
                'checksum = "%s"' % rbytes(rng, 32).hex(), ""]
    return "Cargo.lock", "\n".join(out), "cargo_lock", "cargo", "checksum"


def neg_deny_toml(rng):
    text = """[graph]
all-features = true

[advisories]
version = 2
db-path = "~/.cargo/advisory-db"
db-urls = ["https://github.com/rustsec/advisory-db"]
ignore = [
    "RUSTSEC-2023-0071",
    { id = "RUSTSEC-2024-0%03d", reason = "no fix available, not reachable" },
]

[licenses]
version = 2
allow = ["MIT", "Apache-2.0", "BSD-3-Clause", "ISC", "Unicode-DFS-2016"]
confidence-threshold = 0.9

[[licenses.clarify]]
crate = "ring"
expression = "MIT AND ISC AND OpenSSL"
license-files = [{ path = "LICENSE", hash = 0x%s }]

[bans]
multiple-versions = "warn"
wildcards = "deny"

[sources]
unknown-registry = "deny"
unknown-git = "deny"
allow-git = ["https://github.com/%s/%s"]
""" % (rng.randint(300, 399), rbytes(rng, 4).hex(), rng.choice(ORGS), app_name(rng))
    return "deny.toml", text, "deny_toml", "cargo", "license_hash"


def neg_sqlx_json(rng):
    h = rbytes(rng, 32).hex()
    tbl = rng.choice(["users", "orders", "api_keys", "sessions"])
    q = rng.choice(["SELECT id, email, token_hash FROM %s WHERE id = $1" % tbl,
                    "INSERT INTO %s (id, name, secret_hash) VALUES ($1, $2, $3)" % tbl,
                    "SELECT id, key_prefix, created_at FROM %s WHERE key_prefix = $1" % tbl])
    doc = {"db_name": "PostgreSQL", "query": q, "describe": {
        "columns": [{"ordinal": 0, "name": "id", "type_info": "Uuid"},
                    {"ordinal": 1, "name": q.split(",")[1].strip().split(" ")[0], "type_info": "Text"}],
        "parameters": {"Left": ["Uuid"] if "$2" not in q else ["Uuid", "Text", "Text"]},
        "nullable": [False, False]}, "hash": h}
    if rng.random() < 0.5:
        return ".sqlx/query-%s.json" % h, json.dumps(doc, indent=2) + "\n", "sqlx_json", "sqlx", "query_hash"
    doc2 = {"db": "PostgreSQL", h: {"query": q, "describe": doc["describe"]}}
    return "sqlx-data.json", json.dumps(doc2, indent=2) + "\n", "sqlx_json", "sqlx", "query_hash"


def neg_rs_env(rng):
    Kd = pick_kind(rng)
    env = kind_env(rng, Kd)
    r = rng.randrange(4)
    if r == 0:
        code = """pub fn from_env() -> anyhow::Result<Settings> {
    dotenvy::dotenv().ok();
    Ok(Settings {
        port: env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(8080),
        api_key: SecretString::from(env::var("%s").context("%s must be set")?),
        region: env::var("REGION").unwrap_or_else(|_| "eu-west-1".into()),
    })
}""" % (env, env)
        uses = ["anyhow::Context", "secrecy::SecretString", "std::env"]
    elif r == 1:
        code = """/// Baked in at compile time for release builds only; empty in dev.
const BUILD_TOKEN: Option<&str> = option_env!("%s");

pub fn token() -> Option<String> {
    std::env::var("%s").ok().or_else(|| BUILD_TOKEN.map(str::to_owned))
}""" % (env, env)
        uses = []
    elif r == 2:
        code = """pub fn client_from_env() -> Result<Client, env::VarError> {
    let key = env::var("%s")?;
    Ok(Client::new(key))
}""" % env
        uses = ["std::env"]
    else:
        code = """static CONFIG: Lazy<Config> = Lazy::new(|| Config {
    token: std::env::var("%s").expect("%s not set"),
    endpoint: std::env::var("ENDPOINT").unwrap_or_else(|_| "%s".to_string()),
});""" % (env, env, Kd.get("base", "https://api.%s.com" % Kd["p"]))
        uses = ["once_cell::sync::Lazy"]
    return rs_path(rng, Kd["sec"]), rs_file(rng, uses, [code]), "rust", Kd["p"], "env_reference"


def neg_rs_include(rng):
    r = rng.randrange(2)
    if r == 0:
        code = """/// Public half only; the private key lives in the release pipeline's KMS.
const RELEASE_PUBKEY: &[u8; 32] = include_bytes!("../keys/release.pub");

pub fn verifier() -> VerifyingKey {
    VerifyingKey::from_bytes(RELEASE_PUBKEY).expect("valid key")
}"""
        uses = ["ed25519_dalek::VerifyingKey"]
        kind = "include_bytes_public_key"
    else:
        code = """// Dev-only self-signed certificate used by integration tests.
static DEV_CERT: &[u8] = include_bytes!("../../testdata/dev-cert.pem");
static DEV_KEY: &[u8] = include_bytes!("../../testdata/dev-key.pem");

pub fn dev_identity() -> tonic::transport::Identity {
    tonic::transport::Identity::from_pem(DEV_CERT, DEV_KEY)
}"""
        uses = []
        kind = "include_bytes_path"
    return rs_path(rng, "tls"), rs_file(rng, uses, [code]), "rust", "rust", kind


def neg_rs_testvectors(rng):
    sk, pk = rng.choice(RFC8032)
    if rng.random() < 0.6:
        code = """#[cfg(test)]
mod tests {
    use super::*;

    // RFC 8032, section 7.1, TEST %d
    const SECRET: &str = "%s";
    const PUBLIC: &str = "%s";

    #[test]
    fn derives_rfc8032_public_key() {
        let sk = SigningKey::from_bytes(&hex::decode(SECRET).unwrap().try_into().unwrap());
        assert_eq!(hex::encode(sk.verifying_key().to_bytes()), PUBLIC);
    }
}""" % (RFC8032.index((sk, pk)) + 1, sk, pk)
        return "src/signing.rs", rs_file(rng, ["ed25519_dalek::SigningKey"], [code], nfill=0), "rust", "ed25519", "rfc8032_test_vector"
    code = """#[test]
fn hmac_rfc4231_case_2() {
    let mut mac = Hmac::<Sha256>::new_from_slice(b"Jefe").unwrap();
    mac.update(b"what do ya want for nothing?");
    assert_eq!(
        hex::encode(mac.finalize().into_bytes()),
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    );
}"""
    return "tests/hmac_vectors.rs", rs_file(rng, ["hmac::{Hmac, Mac}", "sha2::Sha256"], [code], nfill=0), "rust", "jwt", "rfc4231_test_vector"


def neg_env_example(rng):
    ks = rng.sample(KINDS, rng.randint(3, 6))
    lines = ["# Copy to .env and fill in. Never commit the real values.", "APP_ENV=development", "PORT=8080"]
    for Kd in ks:
        e = kind_env(rng, Kd)
        style = rng.randrange(4)
        if style == 0:
            lines.append("%s=" % e)
        elif style == 1:
            lines.append("%s=%s" % (e, placeholder(rng, Kd["p"])))
        elif style == 2:
            lines.append("# %s: ask #platform for a staging credential" % Kd["p"])
            lines.append("%s=" % e)
        else:
            lines.append('%s="%s"' % (e, placeholder(rng, Kd["p"])))
    return rng.choice([".env.example", ".env.sample", ".env.template", "deploy/.env.example"]), "\n".join(lines) + "\n", "env", ks[0]["p"], "placeholder"


def neg_env_refs(rng):
    ks = rng.sample(KINDS, rng.randint(2, 5))
    lines = env_fill(rng, 3)
    for Kd in ks:
        e = kind_env(rng, Kd)
        style = rng.randrange(4)
        if style == 0:
            lines.append("%s=${%s}" % (e, e))
        elif style == 1:
            lines.append("%s=op://%s/%s/credential" % (e, rng.choice(["Engineering", "Platform", "Prod"]), Kd["p"]))
        elif style == 2:
            lines.append("%s_FILE=/run/secrets/%s" % (e, n_snake(rng.choice(Kd["names"]))))
        else:
            lines.append("%s=${%s:?%s must be set}" % (e, "PROD_" + e, e))
    if rng.random() < 0.5:
        lines.append("DATABASE_URL=postgres://app@localhost:5432/app?sslmode=disable")
    return rng.choice([".env", ".envrc.env", ".env.ci"]), "\n".join(lines) + "\n", "env", ks[0]["p"], "env_reference"


def neg_yaml_refs(rng):
    Kd = pick_kind(rng)
    leaf = n_snake([x for x in rng.choice(Kd["names"]) if x != Kd["sec"]] or ["token"])
    style = rng.randrange(4)
    if style == 0:
        v = "${%s}" % kind_env(rng, Kd)
        kind = "env_interpolation"
    elif style == 1:
        v = '"%s"' % placeholder(rng, Kd["p"])
        kind = "placeholder"
    elif style == 2:
        v = '""  # set via %s' % kind_env(rng, Kd)
        kind = "empty_value"
    else:
        leaf = leaf + "_file"
        v = "/var/run/secrets/%s/%s" % (Kd["sec"], leaf[:-5])
        kind = "secret_file_path"
    text = """server:
  addr: ":8080"
  read_timeout: 15s

%s:
  base_url: %s
  %s: %s
  timeout: 10s

database:
  url: ${DATABASE_URL}
  max_open_conns: 20

log:
  level: info
""" % (Kd["sec"], Kd.get("base", "https://api.%s.com" % Kd["p"]), leaf, v)
    return rng.choice(["config.yaml", "config/config.yaml", "configs/production.yaml"]), text, "yaml", Kd["p"], kind


def neg_sops_yaml(rng):
    ks = rng.sample(KINDS, rng.randint(2, 4))
    lines = []
    for Kd in ks:
        lines.append("%s: %s" % (n_snake(rng.choice(Kd["names"])), ciphertext(rng) if False else
                                 "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64s(rbytes(rng, rng.randint(20, 60))), b64s(rbytes(rng, 32)), b64s(rbytes(rng, 16)))))
    recip = age_recipient(rng)
    body = "\n".join(lines)
    text = """%s
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: %s
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            %s
            %s
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "%d-%02d-%02dT10:%02d:11Z"
    mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""" % (body, recip, b64s(rbytes(rng, 48)), b64s(rbytes(rng, 48)), rng.randint(2022, 2025), rng.randint(1, 12),
           rng.randint(1, 28), rng.randint(0, 59), b64s(rbytes(rng, 48)), b64s(rbytes(rng, 32)), b64s(rbytes(rng, 16)))
    return rng.choice(["secrets.enc.yaml", "deploy/secrets/prod.enc.yaml", "config/secrets.sops.yaml"]), text, "yaml", ks[0]["p"], "sops_ciphertext"


def neg_sealed_secret(rng):
    ks = rng.sample(KINDS, rng.randint(1, 3))
    a = app_name(rng)
    data = "\n".join("    %s: %s" % (n_up(rng.choice(Kd["names"])), "AgB" + b64s(rbytes(rng, rng.randint(280, 360)))[3:]) for Kd in ks)
    text = """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: %s-credentials
  namespace: %s
spec:
  encryptedData:
%s
  template:
    metadata:
      name: %s-credentials
      namespace: %s
    type: Opaque
""" % (a, a, data, a, a)
    return "deploy/k8s/sealed-secret.yaml", text, "yaml", ks[0]["p"], "sealed_secret_ciphertext"


def neg_sops_config(rng):
    recips = [age_recipient(rng) for _ in range(rng.randint(1, 3))]
    text = """creation_rules:
  - path_regex: deploy/secrets/prod\\..*\\.yaml$
    kms: arn:aws:kms:eu-west-1:%s:key/%s
    age: >-
      %s
  - path_regex: deploy/secrets/.*\\.yaml$
    age: %s
""" % (rdigits(rng, 12), ruuid(rng), ",\n      ".join(recips), recips[0])
    return ".sops.yaml", text, "yaml", "age", "recipient"


def neg_toml(rng):
    Kd = pick_kind(rng)
    leaf = n_snake([x for x in rng.choice(Kd["names"]) if x != Kd["sec"]] or ["token"])
    style = rng.randrange(3)
    if style == 0:
        line = '%s = ""  # provided via APP__%s__%s' % (leaf, Kd["sec"].upper(), leaf.upper())
        kind = "empty_value"
    elif style == 1:
        line = '%s_env = "%s"' % (leaf, kind_env(rng, Kd))
        kind = "env_var_name"
    else:
        line = '%s = "%s"' % (leaf, placeholder(rng, Kd["p"]))
        kind = "placeholder"
    text = """[server]
host = "0.0.0.0"
port = 8080

[%s]
endpoint = "%s"
%s
timeout_secs = 15

[telemetry]
service_name = "%s"
""" % (Kd["sec"], Kd.get("base", "https://api.%s.com" % Kd["p"]), line, app_name(rng))
    path, ft = rng.choice([("config.toml", "toml"), ("Settings.toml", "settings_toml"), ("config/default.toml", "toml")])
    return path, text, ft, Kd["p"], kind


def neg_rocket(rng):
    text = """[default]
address = "0.0.0.0"
port = 8000
ident = "%s"
# secret_key is injected in production via ROCKET_SECRET_KEY;
# generate one with: openssl rand -base64 32

[default.databases.main]
url = "postgres://%s@localhost/%s"

[debug]
log_level = "debug"

[release]
log_level = "critical"
""" % (app_name(rng), rng.choice(DB_USERS), rng.choice(DB_NAMES))
    return "Rocket.toml", text, "rocket_toml", "rocket", "env_reference"


def neg_compose(rng):
    Kd = pick_kind(rng)
    e = kind_env(rng, Kd)
    a = app_name(rng)
    text = """services:
  %s:
    build: .
    environment:
      %s: ${%s:?set %s in your shell}
      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app
      RUST_LOG: info
    secrets:
      - %s
  db:
    image: postgres:16-alpine@sha256:%s
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets:
      - pg_password

secrets:
  %s:
    file: ./secrets/%s.txt
  pg_password:
    environment: POSTGRES_PASSWORD
""" % (a, e, e, e, n_snake(rng.choice(Kd["names"])), rbytes(rng, 32).hex(), n_snake(rng.choice(Kd["names"])),
           n_snake(rng.choice(Kd["names"])))
    return "docker-compose.yml", text, "compose", Kd["p"], "env_interpolation"


def neg_dockerfile(rng):
    a = app_name(rng)
    if rng.random() < 0.5:
        text = """# syntax=docker/dockerfile:1.7
FROM golang:1.22-bookworm@sha256:%s AS build
ARG GOPRIVATE=github.com/%s/*
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=secret,id=netrc,target=/root/.netrc \\
    --mount=type=cache,target=/go/pkg/mod \\
    go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/%s ./cmd/%s

FROM gcr.io/distroless/static-debian12@sha256:%s
COPY --from=build /out/%s /%s
ENTRYPOINT ["/%s"]
""" % (rbytes(rng, 32).hex(), rng.choice(ORGS), a, a, rbytes(rng, 32).hex(), a, a, a)
    else:
        text = """FROM rust:1.78@sha256:%s AS build
WORKDIR /app
COPY . .
RUN --mount=type=secret,id=cargo_token \\
    CARGO_REGISTRIES_INTERNAL_TOKEN="$(cat /run/secrets/cargo_token)" \\
    cargo build --release --locked

FROM debian:bookworm-slim
ARG SENTRY_DSN
ENV SENTRY_DSN=${SENTRY_DSN}
COPY --from=build /app/target/release/%s /usr/local/bin/%s
CMD ["%s"]
""" % (rbytes(rng, 32).hex(), a, a, a)
    return "Dockerfile", text, "dockerfile", "docker", "build_secret_mount"


def neg_makefile(rng):
    Kd = pick_kind(rng)
    e = kind_env(rng, Kd)
    a = app_name(rng)
    text = """BINARY := %s
COMMIT ?= %s
LDFLAGS := -X main.commit=$(COMMIT)

ifndef %s
$(warning %s is not set; integration tests will be skipped)
endif

.PHONY: build test-integration release

build:
\tgo build -ldflags "$(LDFLAGS)" -o bin/$(BINARY) ./cmd/$(BINARY)

test-integration:
\t%s=$${%s} go test -tags integration ./...

release:
\tgoreleaser release --clean
""" % (a, rbytes(rng, 20).hex(), e, e, e, e)
    return "Makefile", text, "makefile", Kd["p"], "env_reference"


def neg_justfile(rng):
    Kd = pick_kind(rng)
    e = kind_env(rng, Kd)
    text = """set dotenv-load

token := env_var_or_default("%s", "")

default:
    @just --list

publish:
    cargo publish --token "$CARGO_REGISTRY_TOKEN"

smoke:
    @test -n "{{token}}" || (echo "%s missing" && exit 1)
    cargo run --bin smoke -- --token "{{token}}"
""" % (e, e)
    return "justfile", text, "justfile", Kd["p"], "env_reference"


def neg_goreleaser(rng):
    a = app_name(rng)
    org = rng.choice(ORGS)
    fp = rtok(rng, "0123456789ABCDEF", 40)
    text = """version: 2
project_name: %s

builds:
  - main: ./cmd/%s
    env: [CGO_ENABLED=0]
    goos: [linux, darwin]
    goarch: [amd64, arm64]

checksum:
  name_template: "checksums.txt"

signs:
  - artifacts: checksum
    args: ["--batch", "-u", "%s", "--output", "${signature}", "--detach-sign", "${artifact}"]
    stdin: "{{ .Env.GPG_PASSPHRASE }}"

brews:
  - repository:
      owner: %s
      name: homebrew-tap
      token: "{{ .Env.HOMEBREW_TAP_GITHUB_TOKEN }}"

dockers:
  - image_templates: ["ghcr.io/%s/%s:{{ .Version }}"]

release:
  github:
    owner: %s
    name: %s
""" % (a, a, fp, org, org, a, org, a)
    return ".goreleaser.yaml", text, "goreleaser", "goreleaser", "template_reference"


def neg_cargo_config(rng):
    text = """[registry]
global-credential-providers = ["cargo:token", "cargo:libsecret"]

[registries.internal]
index = "sparse+https://cargo.%s.io/index/"
credential-provider = ["cargo:token-from-stdout", "op", "read", "op://Engineering/cargo-internal/credential"]

[net]
git-fetch-with-cli = true

[env]
SQLX_OFFLINE = "true"
""" % rng.choice(ORGS)
    return ".cargo/config.toml", text, "cargo_config", "cargo", "credential_provider"


def neg_netrc_example(rng):
    text = """# Copy to ~/.netrc (chmod 600) so `go mod download` can fetch private modules.
# GOPRIVATE=github.com/%s/*
#
machine github.com
  login <your-github-username>
  password <personal-access-token-with-repo-scope>
""" % rng.choice(ORGS)
    return "docs/netrc.example", text, "netrc", "github", "placeholder"


def neg_nats_conf(rng):
    users = "\n".join('    { nkey: %s, permissions: { publish: "%s.>" } }' % (nkey_public(rng, NK_USER), rng.choice(["orders", "events", "metrics"])) for _ in range(rng.randint(2, 4)))
    acct = nkey_public(rng, NK_ACCOUNT)
    op = nkey_public(rng, NK_OPERATOR)
    claims = {"jti": rtok(rng, B32, 52), "iat": rng.randint(1690000000, 1750000000), "iss": op, "name": "SYS", "sub": acct,
              "nats": {"limits": {"subs": -1, "data": -1, "payload": -1, "imports": -1, "exports": -1, "conn": -1}, "type": "account", "version": 2}}
    jwt = jb64({"typ": "JWT", "alg": "ed25519-nkey"}) + "." + jb64(claims) + "." + b64u(rbytes(rng, 64))
    if rng.random() < 0.5:
        text = """port: 4222
monitor_port: 8222

authorization {
  users = [
%s
  ]
}
""" % users
        kind = "nkey_public_key"
    else:
        text = """operator: %s
system_account: %s

resolver: MEMORY
resolver_preload: {
  %s: %s
}

authorization {
  token: $NATS_TOKEN
}
""" % (op, acct, acct, jwt)
        kind = "account_jwt_public"
    return "deploy/nats/nats-server.conf", text, "nats_conf", "nats", kind


def neg_testdata(rng):
    r = rng.randrange(3)
    if r == 0:
        users = []
        for i in range(rng.randint(2, 4)):
            users.append({"id": ruuid(rng), "email": "%s@%s.io" % (rng.choice(["ana", "piotr", "li", "sam", "noor"]), rng.choice(ORGS)),
                          "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64s(rbytes(rng, 16)).rstrip("="), b64s(rbytes(rng, 32)).rstrip("=")) if rng.random() < .5
                          else "$2a$10$" + rtok(rng, ALNUM + "./", 53),
                          "created_at": "2024-0%d-1%dT09:00:00Z" % (rng.randint(1, 9), rng.randint(0, 9))})
        return "testdata/users.json", json.dumps({"users": users}, indent=2) + "\n", "testdata_json", "generic", "password_hash"
    if r == 1:
        prov = rng.choice(["stripe", "openai", "github", "slack", "vault", "gitlab"])
        doc = {"request_id": ruuid(rng), "credentials": [{"name": n, "prefix": masked(rng, prov), "created": "2024-11-0%dT12:00:00Z" % rng.randint(1, 9),
                                                          "last_used_ip": "10.0.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))}
                                                         for n in rng.sample(["ci", "deploy", "local-dev", "backfill"], 2)],
               "sha256": rbytes(rng, 32).hex()}
        return "testdata/list_keys_response.json", json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "testdata_json", prov, "masked_value"
    prov, kind, val, words = publishable(rng) if rng.random() < .5 else identifier(rng)
    doc = {"name": app_name(rng), "trace_id": rbytes(rng, 16).hex(), n_snake(words): val,
           "artifact_digest": "sha256:" + rbytes(rng, 32).hex(), "retries": 3}
    return rng.choice(["testdata/config.json", "testdata/fixtures/settings.json"]), json.dumps(doc, indent=2) + "\n", "testdata_json", prov, kind


def neg_readme(rng):
    Kd = pick_kind(rng, lambda k: k["p"] in PREFIX_PLACEHOLDERS or rng.random() < 0.3)
    e = kind_env(rng, Kd)
    a = app_name(rng)
    ph = placeholder(rng, Kd["p"])
    m = masked(rng, Kd["p"])
    text = """# %s

## Setup

1. Create a credential in the %s dashboard.
2. Export it before running the service:

```sh
export %s="%s"
cargo run --release
```

On startup the service logs the credential in masked form, e.g.

```
INFO loaded credential key=%s
```

Never commit real credentials; CI reads `%s` from the secret store.
""" % (a, Kd["p"], e, ph, m, e)
    return "README.md", text, "readme", Kd["p"], "placeholder"


def neg_golden(rng):
    lines = ["# generated by `go test ./... -update`; do not edit"]
    for _ in range(rng.randint(4, 9)):
        lines.append("%s  dist/%s_%s_%s.tar.gz" % (rbytes(rng, 32).hex(), app_name(rng), rng.choice(["linux", "darwin"]), rng.choice(["amd64", "arm64"])))
    return "testdata/checksums.golden", "\n".join(lines) + "\n", "golden", "generic", "digest"


def neg_hcl(rng):
    text = """datacenter = "eu-west-1"
data_dir   = "/opt/consul"

acl {
  enabled                  = true
  default_policy           = "deny"
  enable_token_persistence = true
}

# agent token is written by vault-agent at boot:
#   consul acl set-agent-token agent "$(cat /run/secrets/consul-agent-token)"
# policy accessor for reference: %s

telemetry {
  prometheus_retention_time = "30s"
}
""" % ruuid(rng)
    return "deploy/consul/agent.hcl", text, "hcl", "consul", "accessor_id"


def neg_go_publishable(rng):
    prov, kind, val, words = publishable(rng)
    if prov == "sentry":
        code = """func initSentry(env string) error {
\treturn sentry.Init(sentry.ClientOptions{
\t\tDsn:              "%s",
\t\tEnvironment:      env,
\t\tTracesSampleRate: 0.1,
\t})
}""" % val
        return "internal/obs/sentry.go", go_file(rng, "obs", ["github.com/getsentry/sentry-go"], [code]), "go", prov, kind
    field = n_go(words, True)
    code = """// PageData is rendered into the checkout template; everything here is public.
type PageData struct {
\t%s string
\tAPIBase string
}

func checkoutPage(w http.ResponseWriter, r *http.Request) {
\t_ = tmpl.ExecuteTemplate(w, "checkout.html", PageData{
\t\t%s: "%s",
\t\tAPIBase: "/api",
\t})
}""" % (field, field, val)
    return "internal/web/checkout.go", go_file(rng, "web", ["net/http"], [code]), "go", prov, kind


def neg_generic_literal(rng):
    """Same renderers as positives, but the value is a public / placeholder look-alike."""
    cls = rng.random()
    if cls < 0.4:
        Kd = pick_kind(rng, lambda k: k["gr"] and "connection_url" not in k["k"] and "dsn" not in k["k"])
        words = rng.choice(Kd["names"] + Kd["generic"][:2])
        val = placeholder(rng, Kd["p"])
        prov, kind = Kd["p"], "placeholder"
        rnames = Kd["gr"]
    else:
        f = rng.choice([publishable, identifier, public_key])
        prov, kind, val, words = f(rng)
        Kd = dict(p=prov, k=kind, sec=words[0], hdr=None)
        rnames = NOHDR_R
    c = Ctx(rng, Kd, Sec(val), words, False)
    for _ in range(10):
        rn = rng.choice([r for r in rnames if r not in ("go_test", "go_header", "rs_reqwest")] or ["env"])
        try:
            path, text, ft = GENERIC[rn](c)
            return path, text, ft, prov, kind
        except Skip:
            continue
    return neg_env_example(rng)


def neg_dsn(rng):
    r = rng.randrange(5)
    h = rng.choice(HOSTS_PG)
    if r == 0:
        v = "postgres://app:${DB_PASSWORD}@%s:5432/app?sslmode=require" % h
    elif r == 1:
        v = "postgres://%s@%s:5432/%s?sslmode=verify-full" % (rng.choice(DB_USERS), h, rng.choice(DB_NAMES))
    elif r == 2:
        v = "postgres://USER:PASSWORD@HOST:5432/DBNAME"
    elif r == 3:
        v = "%s:<password>@tcp(%s:3306)/%s?parseTime=true" % (rng.choice(DB_USERS), rng.choice(HOSTS_MY), rng.choice(DB_NAMES))
    else:
        v = "redis://%s:6379/0" % rng.choice(HOSTS_REDIS)
    Kd = KINDS[0] if r != 3 else KINDS[2]
    if r == 4:
        Kd = KINDS[4]
    c = Ctx(rng, Kd, Sec(v), rng.choice(Kd["names"]), False)
    rnames = ["env", "yaml", "toml", "go_getenv", "rs_env", "cargo_env", "go_viper", "rs_config"]
    if "$" not in v:
        rnames += ["go_const", "compose", "go_flag"]
    for _ in range(10):
        try:
            path, text, ft = GENERIC[rng.choice(rnames)](c)
            return path, text, ft, Kd["p"], "dsn_without_secret"
        except Skip:
            continue
    return neg_env_example(rng)


def neg_iam_policy(rng):
    doc = {"Version": "2012-10-17", "Statement": [{"Sid": "ReadArtifacts", "Effect": "Allow",
                                                    "Action": ["s3:GetObject", "s3:ListBucket"],
                                                    "Resource": ["arn:aws:s3:::%s-artifacts" % app_name(rng), "arn:aws:s3:::%s-artifacts/*" % app_name(rng)]},
                                                   {"Sid": "Decrypt", "Effect": "Allow", "Action": "kms:Decrypt",
                                                    "Resource": "arn:aws:kms:eu-west-1:%s:key/%s" % (rdigits(rng, 12), ruuid(rng))}]}
    return "deploy/iam/%s-policy.json" % app_name(rng), json.dumps(doc, indent=2) + "\n", "testdata_json", "aws", "arn_uuid"


def neg_rs_placeholder(rng):
    Kd = pick_kind(rng, lambda k: k["gr"])
    w = rng.choice(Kd["names"])
    code = """#[derive(Debug, Deserialize)]
pub struct %sConfig {
    #[serde(default = "default_endpoint")]
    pub endpoint: String,
    /// Read from `%s`; the default below only exists so `cargo run` starts.
    #[serde(default = "default_key")]
    pub %s: SecretString,
}

fn default_endpoint() -> String {
    "%s".into()
}

fn default_key() -> SecretString {
    SecretString::from("%s".to_string())
}""" % (Kd["sec"].capitalize(), n_up(w), n_snake(w), Kd.get("base", "https://api.example.com"), rng.choice(["changeme", "unset", "<set-me>", "dev-placeholder"]))
    return rs_path(rng, Kd["sec"]), rs_file(rng, ["secrecy::SecretString", "serde::Deserialize"], [code]), "rust", Kd["p"], "placeholder"


def neg_go_ciphertext(rng):
    r = rng.randrange(2)
    if r == 0:
        blob = "AQICAHh" + b64s(rbytes(rng, rng.randint(150, 190)))[7:]
        code = """// encryptedDSN is a KMS ciphertext blob; only the prod role can decrypt it.
const encryptedDSN = "%s"

func databaseURL(ctx context.Context, client *kms.Client) (string, error) {
\traw, err := base64.StdEncoding.DecodeString(encryptedDSN)
\tif err != nil {
\t\treturn "", err
\t}
\tout, err := client.Decrypt(ctx, &kms.DecryptInput{CiphertextBlob: raw})
\tif err != nil {
\t\treturn "", err
\t}
\treturn string(out.Plaintext), nil
}""" % blob
        return "internal/config/kms.go", go_file(rng, "config", ["context", "encoding/base64", "github.com/aws/aws-sdk-go-v2/service/kms"], [code]), "go", "aws", "kms_ciphertext"
    blob = "vault:v1:" + b64s(rbytes(rng, rng.randint(40, 80)))
    code = """// Encrypted with transit key "%s"; decrypted at startup.
var sealedToken = "%s"

func unseal(c *vault.Client) (string, error) {
\tsec, err := c.Logical().Write("transit/decrypt/%s", map[string]any{"ciphertext": sealedToken})
\tif err != nil {
\t\treturn "", err
\t}
\tb, err := base64.StdEncoding.DecodeString(sec.Data["plaintext"].(string))
\treturn string(b), err
}""" % ((app_name(rng),) * 1 + (blob, app_name(rng)))
    return "internal/secrets/transit.go", go_file(rng, "secrets", ["encoding/base64", "vault github.com/hashicorp/vault/api"], [code]), "go", "vault", "transit_ciphertext"


def neg_go_embed(rng):
    code = """//go:embed certs/dev-ca.pem certs/dev-server.key
var devCerts embed.FS

// devTLS is only used by `make run-local`; production certs come from cert-manager.
func devTLS() (*tls.Config, error) {
\tcertPEM, err := devCerts.ReadFile("certs/dev-ca.pem")
\tif err != nil {
\t\treturn nil, err
\t}
\tkeyPEM, err := devCerts.ReadFile("certs/dev-server.key")
\tif err != nil {
\t\treturn nil, err
\t}
\tcert, err := tls.X509KeyPair(certPEM, keyPEM)
\tif err != nil {
\t\treturn nil, err
\t}
\treturn &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}, nil
}"""
    return "internal/server/tls.go", go_file(rng, "server", ["crypto/tls", "embed"], [code]), "go", "tls", "embed_path"


def pem_public(rng):
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + rbytes(rng, 64)
    body = b64s(der)
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END PUBLIC KEY-----"


def neg_go_pubkey_pem(rng):
    code = """// webhookPublicKey verifies signatures on incoming partner webhooks.
const webhookPublicKey = `%s`

func verifier() (*ecdsa.PublicKey, error) {
\tblock, _ := pem.Decode([]byte(webhookPublicKey))
\tif block == nil {
\t\treturn nil, errors.New("bad pem")
\t}
\tpub, err := x509.ParsePKIXPublicKey(block.Bytes)
\tif err != nil {
\t\treturn nil, err
\t}
\treturn pub.(*ecdsa.PublicKey), nil
}""" % pem_public(rng)
    return "internal/webhooks/verify.go", go_file(rng, "webhooks", ["crypto/ecdsa", "crypto/x509", "encoding/pem", "errors"], [code], nfill=0), "go", "generic", "public_key_pem"


def neg_jwks(rng):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rbytes(rng, 8).hex(), "n": b64u(rbytes(rng, 256)), "e": "AQAB"}
            for _ in range(rng.randint(1, 2))]
    return rng.choice(["testdata/jwks.json", "internal/auth/testdata/jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n", "testdata_json", "jwt", "jwks_public_key"


def neg_token_hash_fixture(rng):
    rows = []
    for _ in range(rng.randint(2, 4)):
        rows.append({"id": ruuid(rng), "name": rng.choice(["ci", "backfill", "grafana", "local"]),
                     "prefix": rng.choice(["lk_", "svc_", "pat_"]) + rtok(rng, LOWNUM, 6),
                     "token_sha256": rbytes(rng, 32).hex(), "scopes": ["read"]})
    return "testdata/api_keys.json", json.dumps(rows, indent=2) + "\n", "testdata_json", "generic", "token_hash"


def neg_go_test_setenv(rng):
    ks = rng.sample(KINDS, 2)
    lines = []
    for Kd in ks:
        lines.append('\tt.Setenv("%s", "%s")' % (kind_env(rng, Kd), rng.choice(["test-token", "dummy", "fake-key-for-tests", "not-a-real-key", "x"])))
    code = """func TestLoadFromEnv(t *testing.T) {
%s
\tt.Setenv("PORT", "9090")

\tcfg, err := Load()
\tif err != nil {
\t\tt.Fatalf("Load: %%v", err)
\t}
\tif cfg.Port != 9090 {
\t\tt.Errorf("port = %%d", cfg.Port)
\t}
}""" % "\n".join(lines)
    return "internal/config/config_test.go", go_file(rng, "config", ["testing"], [code], nfill=0), "go_test", ks[0]["p"], "test_dummy_value"


def neg_rs_env_macro(rng):
    Kd = pick_kind(rng)
    e = kind_env(rng, Kd)
    code = """/// Injected by CI at compile time (`%s=... cargo build --release`).
const API_TOKEN: &str = env!("%s");
const GIT_SHA: &str = env!("VERGEN_GIT_SHA");

pub fn user_agent() -> String {
    format!("%s/{} ({})", env!("CARGO_PKG_VERSION"), &GIT_SHA[..7])
}""" % (e, e, app_name(rng))
    return rs_path(rng, Kd["sec"]), rs_file(rng, [], [code]), "rust", Kd["p"], "env_macro_reference"



NEGS = [
    (neg_go_getenv, 5), (neg_go_envconfig, 3), (neg_go_viper_get, 3), (neg_go_flag_empty, 2), (neg_go_randkey, 3),
    (neg_go_testvectors, 4), (neg_go_mock, 2), (neg_go_mask, 3), (neg_go_oauth_env, 2), (neg_go_mod, 3), (neg_go_sum, 3),
    (neg_cargo_toml, 2), (neg_cargo_lock, 3), (neg_deny_toml, 2), (neg_sqlx_json, 3), (neg_rs_env, 5), (neg_rs_include, 2),
    (neg_rs_testvectors, 3), (neg_env_example, 4), (neg_env_refs, 4), (neg_yaml_refs, 4), (neg_sops_yaml, 3),
    (neg_sealed_secret, 2), (neg_sops_config, 2), (neg_toml, 3), (neg_rocket, 2), (neg_compose, 3), (neg_dockerfile, 3),
    (neg_makefile, 2), (neg_justfile, 2), (neg_goreleaser, 3), (neg_cargo_config, 2), (neg_netrc_example, 1),
    (neg_nats_conf, 3), (neg_testdata, 4), (neg_readme, 3), (neg_golden, 2), (neg_hcl, 1), (neg_go_publishable, 4),
    (neg_generic_literal, 18), (neg_dsn, 5), (neg_iam_policy, 1), (neg_rs_placeholder, 2),
    (neg_go_ciphertext, 3), (neg_go_embed, 2), (neg_go_pubkey_pem, 2), (neg_jwks, 2), (neg_token_hash_fixture, 2),
    (neg_go_test_setenv, 3), (neg_rs_env_macro, 2),
]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
COMMENT_BY_FT = {"netrc": "#", "cargo_credentials": "#", "age_key": "#", "npmrc": ";", "env": "#", "sentryclirc": ";",
                 "makefile": "#", "justfile": "#", "toml": "#", "yaml": "#", "compose": "#", "dockerfile": "#",
                 "rocket_toml": "#", "settings_toml": "#", "cargo_config": "#", "nats_conf": "#", "hcl": "#",
                 "goreleaser": "#", "go": "//", "go_test": "//", "rust": "//", "build.rs": "//", "readme": None,
                 "testdata_json": None, "nats_creds": None, "golden": "#"}
PAD_NOTES = ["managed by the platform team - ping #infra before changing",
             "see docs/runbooks/credentials.md for rotation",
             "used by the deploy job and local development",
             "last rotated during the Q%d incident review" % 3,
             "keep in sync with the staging environment"]


def pad_lines(rng, text, ft):
    n = text.count("\n") + (0 if text.endswith("\n") else 1)
    if n >= 5:
        return text
    cm = COMMENT_BY_FT.get(ft, "#")
    if cm is None:
        return text
    extra = ["%s %s" % (cm, x) for x in rng.sample(PAD_NOTES, 5 - n)]
    return "\n".join(extra) + "\n" + text


def weighted(rng, items):
    tot = sum(w for _, w in items)
    x = rng.random() * tot
    for it, w in items:
        x -= w
        if x <= 0:
            return it
    return items[-1][0]


def make_positive(rng, Kd):
    for _ in range(40):
        s = Kd["gen"](rng)
        use_special = bool(Kd["special"]) and (not Kd["gr"] or rng.random() < 0.55)
        generic = rng.random() < 0.34
        words = rng.choice(Kd["generic"] if generic else Kd["names"])
        c = Ctx(rng, Kd, s, words, generic)
        try:
            if use_special:
                path, text, ft = rng.choice(Kd["special"])(c)
            else:
                rn = weighted(rng, [(r, GENERIC_W[r]) for r in Kd["gr"]])
                path, text, ft = GENERIC[rn](c)
        except Skip:
            continue
        if text.count(s.needle) != 1:
            continue
        text = pad_lines(rng, text, ft)
        nlines = text.count("\n") + (0 if text.endswith("\n") else 1)
        if not (5 <= nlines <= 80) and ft not in ("testdata_json",):
            continue
        line = text[:text.index(s.needle)].count("\n") + 1
        return path, text, ft, s.needle, line
    raise RuntimeError("could not render %s/%s" % (Kd["p"], Kd["k"]))


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        print(__doc__.split("NEEDLE")[0])
        print("usage: gen_ba.py OUTDIR SEED", file=sys.stderr)
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    npos = nneg = 500
    manifest, secrets = [], []

    # positives: cycle through kinds so every kind appears, then weighted fill
    order = []
    while len(order) < npos:
        block = list(KINDS)
        rng.shuffle(block)
        order += block if len(order) + len(block) <= npos else [weighted(rng, [(k, k["w"]) for k in KINDS]) for _ in range(npos - len(order))]
    for i, Kd in enumerate(order[:npos]):
        path, text, ft, needle, line = make_positive(rng, Kd)
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "positive", "provider": Kd["p"], "kind": Kd["k"], "filetype": ft})
        secrets.append({"file": rel, "needle": needle, "line": line})

    for i in range(nneg):
        f = weighted(rng, NEGS)
        path, text, ft, prov, kind = f(rng)
        text = pad_lines(rng, text, ft)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": kind, "filetype": ft})

    with open(os.path.join(outdir, "manifest.jsonl"), "w") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    return self_check(outdir, manifest, secrets)


def self_check(outdir, manifest, secrets):
    ok = True
    needles = []
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        if s["line"] > len(lines) or s["needle"] not in lines[s["line"] - 1]:
            print("SELF-CHECK FAIL: needle not on stated line:", s["file"], file=sys.stderr)
            ok = False
        needles.append(s["needle"])
    for m in manifest:
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as f:
            text = f.read()
        n = text.count("\n") + (0 if text.endswith("\n") else 1)
        if not 5 <= n <= 80 and m["filetype"] != "testdata_json":
            print("SELF-CHECK WARN: %d lines in %s" % (n, m["file"]), file=sys.stderr)
        if m["label"] == "negative":
            for nd in needles:
                if nd in text:
                    print("SELF-CHECK FAIL: negative contains a positive needle:", m["file"], file=sys.stderr)
                    ok = False
    from collections import Counter
    pos = [m for m in manifest if m["label"] == "positive"]
    neg = [m for m in manifest if m["label"] == "negative"]
    print("positives=%d negatives=%d" % (len(pos), len(neg)))
    print("providers (pos): %d  %s" % (len(Counter(m["provider"] for m in pos)), dict(Counter(m["provider"] for m in pos).most_common())))
    print("provider/kind pairs (pos): %d" % len(Counter((m["provider"], m["kind"]) for m in pos)))
    print("kinds (pos): %s" % dict(Counter(m["kind"] for m in pos).most_common()))
    print("kinds (neg): %d  %s" % (len(Counter(m["kind"] for m in neg)), dict(Counter(m["kind"] for m in neg).most_common())))
    print("filetypes (pos): %d  %s" % (len(Counter(m["filetype"] for m in pos)), dict(Counter(m["filetype"] for m in pos).most_common())))
    print("filetypes (neg): %d  %s" % (len(Counter(m["filetype"] for m in neg)), dict(Counter(m["filetype"] for m in neg).most_common())))
    print("filetypes (all): %d" % len(Counter(m["filetype"] for m in manifest)))
    print("SELF-CHECK", "OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
