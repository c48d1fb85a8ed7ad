#!/usr/bin/env python3
"""Blind evaluation-set generator "ay" for a git pre-commit secret scanner.

EMPHASIS
    Search engines, vector databases and managed data services: Algolia, Elastic
    Cloud, OpenSearch, Typesense, Meilisearch, Pinecone, Weaviate, Qdrant,
    Milvus/Zilliz, Chroma, LanceDB, MongoDB Atlas, Redis Cloud, Upstash,
    PlanetScale, Neon, Turso/libSQL, Supabase, Xata, Fauna, CockroachDB Cloud,
    Aiven, ClickHouse Cloud, Snowflake, Databricks, Firebase admin, Convex --
    in application code, ORM/driver configs, migration tools and data
    pipelines, next to the search-only keys, cluster ids, endpoints and
    read-only material that look like them.

USAGE
    python3 gen_ay.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path> (500 files, each with exactly one
    credential) and OUTDIR/neg/nNNNN/<relative path> (500 files with one
    innocent look-alike and nothing secret), OUTDIR/manifest.jsonl
    ({"file","label","provider","kind","filetype"}) and OUTDIR/secrets.jsonl
    ({"file","needle","line"}) for positives.  Deterministic per SEED: the
    only randomness is random.Random(SEED).  Standard library only.

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as written in the file; line is
      the 1-based line of its first occurrence (the self-check verifies it).
    * Connection strings / URIs: the needle is the password component only
      (e.g. `npg_...` inside postgresql://user:npg_...@host/db), not the URI.
    * Key-pair credentials (Atlas public+private, ClickHouse key id+secret,
      Redis Cloud account key+secret key, Databricks client id+secret): the
      needle is the secret half; the public/id half sits beside it.
    * Firebase service-account JSON: the needle is the whole `private_key`
      JSON string value as written (one line, with literal `\\n` escapes).
    * Elastic API keys: the needle is the base64 "encoded" form (id:key).
    * Convex deploy keys: the whole `prod:name|base64` string.
    * JWT-shaped secrets (Supabase service_role, Turso, Qdrant JWT): whole JWT.

DECISIONS (what is treated as public / negative)
    * Algolia search-only keys and application ids: public (negative).
    * Typesense search-only keys and scoped search keys: public (negative).
    * Meilisearch "Default Search API Key" in frontend code: public (negative).
    * Supabase `anon` JWT and `sb_publishable_` keys: public (negative).
    * Firebase web config `apiKey: "AIza..."`: public (negative).
    * Elastic Cloud ID (`name:base64(host$uuid$uuid)`): not secret (negative).
    * MongoDB Atlas Admin API *public* keys (8 lowercase) and 24-hex
      project/org ids: negative.
    * Upstash read-only REST tokens: they still grant read access to all the
      data, so a literal one is a POSITIVE (kind redis_rest_readonly_token);
      negatives only carry env references or redacted forms.
    * Local dev defaults (`postgres:postgres@localhost`, `redis://localhost`,
      `admin:admin` against localhost OpenSearch, Milvus `root:Milvus` on
      localhost, emulator hosts): negative.
    * Convex deployment *names* (`CONVEX_DEPLOYMENT=dev:name-123`): negative.

DOUBTS (formats not confirmed from primary documentation)
    * Pinecone `pcsk_` keys: modelled as pcsk_<5-6 alnum id>_<63 alnum>; the
      exact id/secret lengths are from memory of real keys, not documentation.
    * Upstash REST tokens: modelled as base64 of 0x01 (read-write) or 0x02
      (read-only) + 2-byte database number + 0x01 0x24 0x20 + 32 hex chars
      (so they begin `AX`/`AY`/`AZ`... and `Ag...`).  The inner structure is
      inferred from the look of real tokens; treat as approximate.
    * Neon API keys: modelled as `napi_` + 60 lowercase alnum (docs only say
      "randomly generated"); legacy keys as 64 lowercase alnum.
    * CockroachDB Cloud API keys: `CCDB1_` + 22 alnum + `_` + 40 alnum --
      from memory, the docs only show `{secret_key}`.
    * ClickHouse Cloud key secrets: `4b1d` + 38 alnum; key ids 20 alnum.
      Cloud-generated SQL passwords modelled as 12-16 chars incl. `~` `.` `_`.
    * Supabase `sb_secret_`/`sb_publishable_`: modelled as prefix + 22
      base64url chars + `_` + 8 alnum (checksum-like tail not computed).
    * Weaviate Cloud keys (40 alnum), Qdrant Cloud keys (base64url ~ 54
      chars), Zilliz Cloud API keys (104 hex), Chroma Cloud `ck-` keys,
      LanceDB Cloud `sk_` keys, Xata `xau_` keys, Fauna `fnA...` secrets,
      Aiven personal tokens (long base64) and `AVNS_` service passwords,
      Redis Cloud API secret keys, Upstash Kafka passwords, QStash `sig_`
      signing keys and Convex deploy key payloads are all modelled from
      memory of observed values; lengths may be off by a few characters.
    * Databricks OAuth secrets `dose` + 32 hex: from memory.
    * Turso tokens: EdDSA JWT with a random 64-byte signature (not a real
      Ed25519 signature; undetectable without the public key).
    * Firebase service-account keys are real RSA-2048 keys (PKCS#8) generated
      from the seeded RNG (checked with `openssl pkey -check`).
    * Upstash Redis-protocol passwords are modelled as equal in shape to the
      REST token (rediss://default:<token>@<name>.upstash.io:6379).
    * Redis Cloud API "account key" companions (random 40-50 alnum) sit
      beside the secret key as identifiers; a scanner may reasonably flag
      them too -- they are never the needle.
    * elasticsearch.yml appears only in negatives: real clusters keep
      passwords in the keystore, so a literal there would be unrealistic.
    * Filetype labels: most are the file name or extension (`py`, `ts`,
      `mjs`, `schema.prisma`, `profiles.yml`, ...); `env` covers env-like
      files that are not named `.env` (e.g. `prisma/db.env`, `.envrc`).

SOURCES
    Formats come from providers' documentation pages (docs/pages search) and
    memory of public formats; no scanner rule files were consulted.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import sys
import re
import zlib

# ---------------------------------------------------------------------------
# basic random helpers
# ---------------------------------------------------------------------------
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
HEX = "0123456789abcdef"
AN = UP + LO + DG
LOAN = LO + DG
B64U = AN + "-_"
B64 = AN + "+/"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

BAD_SUBSTR = ("1234", "2345", "3456", "4567", "5678", "6789", "abcd", "bcde",
              "cdef", "xxxx", "0000", "1111", "aaaa", "ABCD", "test", "TEST",
              "pass", "PASS", "demo", "fake", "dummy", "sample", "example",
              "secret", "token", "admin", "qwer", "asdf")


def _looks_random(s):
    low = s.lower()
    for b in BAD_SUBSTR:
        if b.lower() in low:
            return False
    run = 1
    for i in range(1, len(s)):
        run = run + 1 if s[i] == s[i - 1] else 1
        if run >= 4:
            return False
    return True


def rstr(rng, alphabet, n):
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if n < 6 or _looks_random(s):
            return s


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def ruuid(rng):
    v = rng.getrandbits(128)
    v &= ~(0xF << 76)
    v |= 0x4 << 76
    v &= ~(0x3 << 62)
    v |= 0x2 << 62
    h = "%032x" % v
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64(b):
    return base64.b64encode(b).decode()


def objectid(rng, ts=None):
    ts = ts if ts is not None else rng.randint(1600000000, 1735000000)
    return "%08x" % ts + rstr(rng, HEX, 16)


FIRST = ["marek", "ania", "tomas", "lucia", "jonas", "priya", "kofi", "elena",
         "sven", "ingrid", "mateo", "hana", "ravi", "olga", "diego", "nadia",
         "felix", "yuki", "bruno", "amara", "leon", "sofia", "ibrahim", "maja"]
WORDS = ["winter", "harbor", "falcon", "maple", "copper", "tango", "orchid",
         "granite", "pepper", "lantern", "meadow", "saturn", "cobalt", "willow",
         "thunder", "juniper", "pelican", "marble", "summit", "ember", "violet",
         "cricket", "bison", "rocket", "nimbus", "quartz", "walnut", "coral"]
ADJ = ["happy", "brave", "calm", "eager", "fancy", "gentle", "jolly", "kind",
       "lively", "proud", "silly", "witty", "quiet", "bold", "shiny", "rapid",
       "tidy", "zany", "fluffy", "polite", "curious", "little", "sleepy"]
NOUN = ["otter", "panda", "heron", "lynx", "moose", "gecko", "finch", "koala",
        "badger", "tiger", "raven", "salmon", "beaver", "walrus", "camel",
        "hornet", "llama", "pigeon", "mole", "crane", "whale", "toad"]
LEET = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}


def human_password(rng, url_safe=False):
    """Human-chosen passwords (dictionary words allowed here by design)."""
    f = rng.choice(FIRST)
    w = rng.choice(WORDS)
    w2 = rng.choice(WORDS)
    y = str(rng.randint(1961, 2016))
    sym = rng.choice("!.#*_-" if not url_safe else "._-")
    pats = [
        lambda: f.capitalize() + "." + y + w,
        lambda: w.capitalize() + sym + w2.capitalize() + str(rng.randint(10, 99)),
        lambda: "".join(LEET.get(c, c) if rng.random() < 0.5 else c for c in w) + w2.capitalize() + sym + y[2:],
        lambda: f.capitalize() + y[2:] + sym + w,
        lambda: w2 + "_" + f.capitalize() + str(rng.randint(1, 9)) + sym,
        lambda: w.capitalize() + y + sym,
        lambda: "Tr" + "".join(LEET.get(c, c) for c in w[:5]) + sym + str(rng.randint(2, 9)),
    ]
    p = rng.choice(pats)()
    if url_safe:
        p = p.replace("$", "S").replace("#", ".").replace("!", "_").replace("*", "-")
    return p


def gen_db_password(rng, n=None, extra=""):
    return rstr(rng, AN + extra, n or rng.choice([16, 20, 24]))


def hs256_jwt(rng, header, payload, key=None):
    key = key or rbytes(rng, 32)
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64u_nopad(sig)


def eddsa_jwt(rng, payload):
    h = b64u_nopad(json.dumps({"alg": "EdDSA", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u_nopad(rbytes(rng, 64))


# ---------------------------------------------------------------------------
# RSA (for Firebase service-account JSON) -- real keys from the seeded RNG
# ---------------------------------------------------------------------------
SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _is_probable_prime(n, rng):
    for p in SMALL_PRIMES:
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


def _der(tag, body):
    return bytes([tag]) + _der_len(len(body)) + body


def _der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return _der(0x02, b)


def rsa_pkcs8_pem_lines(rng, bits=2048):
    e = 65537
    while True:
        p = _gen_prime(rng, bits // 2)
        q = _gen_prime(rng, bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        if phi % e == 0:
            continue
        break
    if p < q:
        p, q = q, p
    n = p * q
    d = pow(e, -1, phi)
    rsa = _der(0x30, b"".join(_der_int(x) for x in
                              [0, n, e, d, p, q, d % (p - 1), d % (q - 1), pow(q, -1, p)]))
    alg = _der(0x30, _der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
    pk8 = _der(0x30, _der_int(0) + alg + _der(0x04, rsa))
    s = b64(pk8)
    return ["-----BEGIN PRIVATE KEY-----"] + [s[i:i + 64] for i in range(0, len(s), 64)] + ["-----END PRIVATE KEY-----"]


# ---------------------------------------------------------------------------
# token generators (secrets) and look-alike generators (public ids etc.)
# ---------------------------------------------------------------------------
def g_algolia_app_id(rng):
    return rstr(rng, UP + DG, 10)


def g_hex32(rng):
    return rstr(rng, HEX, 32)


def g_elastic_api_key(rng):
    kid = rstr(rng, B64U, 20)
    key = rstr(rng, B64U, 22)
    return b64((kid + ":" + key).encode()), kid


def g_elastic_service_token(rng, svc="kibana"):
    name = rng.choice(["kibana-prod", "token1", "kb-svc", "fleet-" + rstr(rng, LOAN, 4)])
    raw = b"\x00\x01\x00\x01" + ("elastic/%s/%s:" % (svc, name)).encode() + rstr(rng, B64U, 22).encode()
    return b64(raw).rstrip("=")


def g_elastic_cloud_id(rng):
    dep = rng.choice(["search-prod", "logs", "my-deployment", "catalog", "observability"]) + "-" + rstr(rng, LOAN, 4)
    region = rng.choice(["us-central1.gcp.cloud.es.io", "eu-west-1.aws.found.io",
                         "westeurope.azure.elastic-cloud.com", "us-east-1.aws.found.io"])
    body = "%s:443$%s$%s" % (region, rstr(rng, HEX, 32), rstr(rng, HEX, 32))
    return dep + ":" + b64(body.encode())


def g_es_host(rng):
    return "https://%s.es.%s:443" % (rstr(rng, LOAN, 8) + "-" + rstr(rng, LOAN, 4),
                                      rng.choice(["us-central1.gcp.cloud.es.io", "eu-west-1.aws.found.io",
                                                  "us-east-1.aws.found.io"]))


def g_typesense_key(rng):
    return rstr(rng, AN, 32)


def g_meili_master(rng):
    return rstr(rng, B64U, rng.choice([32, 40, 44]))


def g_meili_key(rng):
    return rstr(rng, HEX, 64)


def g_pinecone_new(rng):
    return "pcsk_" + rstr(rng, AN, rng.choice([5, 6])) + "_" + rstr(rng, AN, 63)


def g_weaviate(rng):
    return rstr(rng, AN, 40)


def g_qdrant(rng):
    return rstr(rng, B64U, 54)


def g_qdrant_jwt(rng):
    return hs256_jwt(rng, {"alg": "HS256", "typ": "JWT"},
                     {"access": rng.choice(["r", "m"]), "exp": rng.randint(1760000000, 1900000000)})


def g_zilliz(rng):
    return rstr(rng, HEX, 104)


def g_chroma_cloud(rng):
    return "ck-" + rstr(rng, B58, 44)


def g_lancedb(rng):
    return "sk_" + rstr(rng, LOAN, 36)


def g_atlas_pub(rng):
    return rstr(rng, LO, 8)


def g_redis_cloud_secret(rng):
    return rstr(rng, AN, 50)


def g_upstash_token(rng, readonly=False):
    raw = bytes([0x02 if readonly else 0x01]) + rbytes(rng, 2) + b"\x01\x24\x20" + rstr(rng, HEX, 32).encode()
    # a few trailing bytes so tokens end with '=' like observed ones
    raw += rstr(rng, HEX, 4).encode()
    return b64(raw)


def g_qstash_token(rng):
    return b64(json.dumps({"UserID": ruuid(rng), "Password": rstr(rng, HEX, 32)},
                          separators=(",", ":")).encode())


def g_qstash_sig(rng):
    return "sig_" + rstr(rng, B58, 28)


def g_upstash_kafka_pw(rng):
    return b64(rbytes(rng, 48))


def g_pscale(rng, prefix):
    return prefix + rstr(rng, B64U, 43)


def g_neon_pw(rng):
    return "npg_" + rstr(rng, AN, 12)


def g_neon_api(rng):
    return "napi_" + rstr(rng, LOAN, 60)


def g_neon_ep(rng):
    return "ep-%s-%s-%s" % (rng.choice(ADJ), rng.choice(NOUN), rstr(rng, LOAN, 8))


def g_turso_token(rng):
    return eddsa_jwt(rng, {"a": rng.choice(["rw", "ro"]) if rng.random() < 0.5 else "rw",
                           "iat": rng.randint(1700000000, 1740000000),
                           "id": ruuid(rng)})


def g_supa_ref(rng):
    return rstr(rng, LO, 20)


def g_supa_jwt(rng, role, ref=None):
    iat = rng.randint(1650000000, 1735000000)
    return hs256_jwt(rng, {"alg": "HS256", "typ": "JWT"},
                     {"iss": "supabase", "ref": ref or g_supa_ref(rng), "role": role,
                      "iat": iat, "exp": iat + 315532800})


def g_sb_new(rng, kind):
    return "sb_%s_%s_%s" % (kind, rstr(rng, B64U, 22), rstr(rng, AN, 8))


def g_sbp(rng):
    return "sbp_" + rstr(rng, HEX, 40)


def g_xata(rng):
    return "xau_" + rstr(rng, AN, 32)


def g_fauna(rng):
    return "fnA" + rng.choice("DEF") + rstr(rng, B64U, 36)


def g_ccdb(rng):
    return "CCDB1_" + rstr(rng, AN, 22) + "_" + rstr(rng, AN, 40)


def g_avns(rng):
    return "AVNS_" + rstr(rng, AN + "-_", 19)


def g_aiven_token(rng):
    return rstr(rng, B64, 372)


def g_ch_key_id(rng):
    return rstr(rng, AN, 20)


def g_ch_secret(rng):
    return "4b1d" + rstr(rng, AN, 38)


def g_ch_password(rng):
    return rstr(rng, AN + "~._", rng.randint(12, 16))


def g_dapi(rng):
    return "dapi" + rstr(rng, HEX, 32) + ("-2" if rng.random() < 0.2 else "")


def g_dose(rng):
    return "dose" + rstr(rng, HEX, 32)


def g_db_workspace(rng):
    if rng.random() < 0.5:
        return "adb-%d.%d.azuredatabricks.net" % (rng.randint(10 ** 15, 10 ** 16 - 1), rng.randint(1, 19))
    return "dbc-%s-%s.cloud.databricks.com" % (rstr(rng, HEX, 8), rstr(rng, HEX, 4))


def g_db_cluster(rng):
    return "%04d-%06d-%s" % (rng.randint(100, 1299), rng.randint(0, 999999), rstr(rng, LOAN, 8))


def g_convex_name(rng):
    return "%s-%s-%d" % (rng.choice(ADJ), rng.choice(NOUN), rng.randint(100, 999))


def g_convex_key(rng, name=None):
    name = name or g_convex_name(rng)
    payload = b64(json.dumps({"v2": rstr(rng, HEX, 64)}, separators=(",", ":")).encode()).rstrip("=")
    return rng.choice(["prod", "prod", "preview", "dev"]) + ":" + name + "|" + payload


def g_sf_account(rng):
    loc = rstr(rng, LO, 2) + "%05d" % rng.randint(10000, 99999)
    return loc + "." + rng.choice(["us-east-1", "eu-central-1", "us-east-2.aws", "west-europe.azure", "ap-southeast-2"])


def g_firebase_web_key(rng):
    return "AIza" + rstr(rng, B64U, 35)


def g_project_slug(rng):
    return "%s-%s-%s" % (rng.choice(["shop", "atlas", "orders", "catalog", "kb", "docs", "recs", "search", "crm"]),
                         rng.choice(["prod", "stg", "dev", "eu", "app"]), rstr(rng, LOAN, 5))


# ---------------------------------------------------------------------------
# value model: literal str, Env(var) reference, Interp([...str | Env])
# ---------------------------------------------------------------------------
class Env:
    def __init__(self, var, default=None):
        self.var = var
        self.default = default


class Interp:
    def __init__(self, parts):
        self.parts = parts


def camel(n):
    p = n.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def pascal(n):
    return "".join(x.capitalize() for x in n.lower().split("_"))


def jq(s):
    """JSON/Go/Java/Rust-style double-quoted literal."""
    return json.dumps(s)


def render_val(v, syn, quote='"'):
    """Render a value object as an expression in syntax `syn`."""
    if isinstance(v, str):
        if syn in ("py", "rb"):
            return repr(v) if quote == "'" else jq(v)
        if syn == "js":
            return "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'" if quote == "'" else jq(v)
        if syn in ("go", "java", "rs", "json", "toml"):
            return jq(v)
        return v  # raw (env/yaml plain/ini) -- caller quotes
    if isinstance(v, Env):
        var = v.var
        if syn == "py":
            return 'os.environ["%s"]' % var if v.default is None else 'os.getenv("%s", %s)' % (var, jq(v.default))
        if syn == "js":
            return "process.env.%s" % var if v.default is None else "process.env.%s ?? %s" % (var, jq(v.default))
        if syn == "go":
            return 'os.Getenv("%s")' % var
        if syn == "java":
            return 'System.getenv("%s")' % var
        if syn == "rs":
            return 'std::env::var("%s").expect("%s must be set")' % (var, var)
        if syn == "rb":
            return 'ENV.fetch("%s")' % var if v.default is None else 'ENV.fetch("%s", %s)' % (var, jq(v.default))
        if syn == "dbt":
            return "{{ env_var('%s') }}" % var
        if syn == "erb":
            return '<%%= ENV["%s"] %%>' % var
        if syn == "prisma":
            return 'env("%s")' % var
        if syn == "json":
            return jq("${%s}" % var)
        if syn == "toml":
            return jq("${%s}" % var)
        if v.default is not None and syn == "shell":
            return "${%s:-%s}" % (var, v.default)
        return "${%s}" % var
    if isinstance(v, Interp):
        ps = v.parts
        if syn == "py":
            body = "".join(p.replace("{", "{{").replace("}", "}}") if isinstance(p, str) else "{os.environ['%s']}" % p.var for p in ps)
            return 'f"%s"' % body
        if syn == "js":
            return "`" + "".join(p if isinstance(p, str) else "${process.env.%s}" % p.var for p in ps) + "`"
        if syn in ("go", "java"):
            fn = "os.Getenv" if syn == "go" else "System.getenv"
            return " + ".join(jq(p) if isinstance(p, str) else '%s("%s")' % (fn, p.var) for p in ps if p != "")
        if syn == "rs":
            fmt = "".join(p.replace("{", "{{").replace("}", "}}") if isinstance(p, str) else "{}" for p in ps)
            args = ", ".join('std::env::var("%s")?' % p.var for p in ps if isinstance(p, Env))
            return 'format!(%s, %s)' % (jq(fmt), args)
        if syn == "rb":
            return '"' + "".join(p if isinstance(p, str) else "#{ENV.fetch('%s')}" % p.var for p in ps) + '"'
        if syn == "dbt":
            return "".join(p if isinstance(p, str) else "{{ env_var('%s') }}" % p.var for p in ps)
        if syn == "erb":
            return "".join(p if isinstance(p, str) else '<%%= ENV["%s"] %%>' % p.var for p in ps)
        if syn in ("json", "toml"):
            return jq("".join(p if isinstance(p, str) else "${%s}" % p.var for p in ps))
        return "".join(p if isinstance(p, str) else "${%s}" % p.var for p in ps)
    raise TypeError(v)


def yq(v, syn="shell"):
    """YAML scalar: quote when needed."""
    r = render_val(v, syn)
    if isinstance(v, str) and len(r) > 2 and r[0] == "[" and r[-1] == "]":
        return r
    if isinstance(v, str) and (r == "" or not re.fullmatch(r"[A-Za-z0-9_./-]+", r) or r.lower() in ("yes", "no", "true", "false", "null", "on", "off") or r[0] in "-." or r.isdigit()):
        return jq(r)
    if not isinstance(v, str) and syn == "shell":
        return jq(r)
    if syn == "dbt":
        return jq(r)
    return r


def envq(v):
    r = render_val(v, "shell")
    if isinstance(v, str) and re.fullmatch(r"[A-Za-z0-9_./:@-]+", r):
        return r
    return jq(r) if '"' not in r else "'" + r + "'"


def all_names(spec):
    return [n for n, _ in spec["entries"]]


def strip_prefix(name, slug):
    pre = slug.upper().replace("-", "_") + "_"
    if name.startswith(pre) and len(name) > len(pre):
        return name[len(pre):]
    return name


# ---------------------------------------------------------------------------
# spec helpers
# ---------------------------------------------------------------------------
def dsn_value(d):
    """Build URL value object from dsn parts (password may be str or Env)."""
    pw = d["password"]
    pre = "%s://%s:" % (d["scheme"], d["user"])
    post = "@%s%s%s%s" % (d["host"], (":%d" % d["port"]) if d.get("port") else "",
                          ("/" + d["db"]) if d.get("db") else "", ("?" + d["params"]) if d.get("params") else "")
    if isinstance(pw, str):
        return pre + pw + post
    return Interp([pre, pw, post])


def bword(spec):
    a = spec["auth"]
    return a[1] if a[0] == "bearer" and len(a) > 1 else "Bearer"


def main_entry(spec):
    for n, v in spec["entries"]:
        if n == spec["main"]:
            return n, v
    raise KeyError(spec["main"])


FILLER_PY = [
    ["", "", "def _chunks(items, size=500):", "    for i in range(0, len(items), size):", "        yield items[i:i + size]"],
    ["", "", "def _retry_delay(attempt):", "    return min(30, 0.5 * (2 ** attempt))"],
    ["", "", "def normalize(doc):", "    doc = dict(doc)", "    doc.pop(\"_internal\", None)",
     "    doc[\"updated_at\"] = doc.get(\"updated_at\") or doc.get(\"created_at\")", "    return doc"],
    ["", "", "log = logging.getLogger(__name__)"],
]
FILLER_JS = [
    ["", "function chunk(arr, size = 500) {", "  const out = [];", "  for (let i = 0; i < arr.length; i += size) out.push(arr.slice(i, i + size));", "  return out;", "}"],
    ["", "const sleep = (ms) => new Promise((r) => setTimeout(r, ms));"],
    ["", "export function toRecord(row) {", "  return { objectID: String(row.id), title: row.title, updatedAt: row.updated_at };", "}"],
]


def http_call_parts(spec):
    a = spec["auth"]
    return a


def _py_names(spec):
    return {n: n for n in all_names(spec)}


def r_py(rng, spec, path=None):
    slug = spec["slug"]
    nm = _py_names(spec)
    lines = ['"""%s helpers for the %s."""' % (spec["prov"], spec.get("purpose", "indexing pipeline"))]
    auth = spec["auth"]
    imports = ["import logging", "import os"]
    if auth[0] == "dsn":
        drv = auth[1]
        imports.append({"postgres": "from sqlalchemy import create_engine, text", "mysql": "from sqlalchemy import create_engine, text",
                        "mongo": "from pymongo import MongoClient", "redis": "import redis",
                        "es": "from elasticsearch import Elasticsearch"}[drv])
    else:
        imports.append("import requests")
    lines += imports + [""]
    for n, v in spec["entries"]:
        lines.append("%s = %s" % (nm[n], render_val(v, "py", rng.choice(['"', "'"]))))
    m = nm[spec["main"]]
    if auth[0] == "dsn":
        drv = auth[1]
        if drv in ("postgres", "mysql"):
            lines += ["", "engine = create_engine(%s, pool_pre_ping=True, pool_size=5)" % m, "", "",
                      "def fetch_batch(since, limit=1000):", "    with engine.connect() as conn:",
                      "        rows = conn.execute(", "            text(\"SELECT id, payload FROM events WHERE updated_at > :since ORDER BY updated_at LIMIT :n\"),",
                      "            {\"since\": since, \"n\": limit},", "        )", "        return [dict(r._mapping) for r in rows]"]
        elif drv == "mongo":
            lines += ["", "client = MongoClient(%s, serverSelectionTimeoutMS=5000)" % m, "db = client.get_database(\"%s\")" % rng.choice(["app", "catalog", "analytics"]), "", "",
                      "def upsert_many(coll, docs):", "    for d in docs:", "        db[coll].update_one({\"_id\": d[\"_id\"]}, {\"$set\": d}, upsert=True)"]
        elif drv == "redis":
            lines += ["", "r = redis.from_url(%s, decode_responses=True)" % m, "", "",
                      "def cache_get(key, loader, ttl=300):", "    hit = r.get(key)", "    if hit is not None:", "        return hit",
                      "    val = loader()", "    r.setex(key, ttl, val)", "    return val"]
        else:
            lines += ["", "es = Elasticsearch(%s, request_timeout=30)" % m, "", "",
                      "def index_docs(index, docs):", "    for d in docs:", "        es.index(index=index, id=d[\"id\"], document=d)"]
    else:
        ep = nm.get(spec.get("ep")) if spec.get("ep") else jq(spec["endpoint"])
        lines += ["", "", "def _session():", "    s = requests.Session()"]
        if auth[0] == "header":
            lines.append('    s.headers.update({"%s": %s, "Content-Type": "application/json"})' % (auth[1], m))
        elif auth[0] == "bearer":
            lines.append('    s.headers["Authorization"] = f"%s {%s}"' % (bword(spec), m))
        elif auth[0] == "basic":
            lines.append("    s.auth = (%s, %s)" % (nm.get(auth[1], jq(auth[1])), m))
        lines += ["    return s", "", "",
                  "def call(path, payload=None):",
                  "    resp = _session().%s(%s + path, json=payload, timeout=15)" % ("post" if spec.get("method", "POST") == "POST" else "get", ep),
                  "    resp.raise_for_status()", "    return resp.json()", "", "",
                  "if __name__ == \"__main__\":", "    print(call(%s))" % jq(spec.get("path", "/"))]
    if rng.random() < 0.6:
        lines += rng.choice(FILLER_PY)
    path = path or rng.choice(["app/clients/%s_client.py" % slug, "src/%s/%s.py" % (spec.get("pkg", "backend"), slug),
                               "services/indexer/%s_sync.py" % slug, "pipelines/%s_loader.py" % slug,
                               "scripts/backfill_%s.py" % slug, "etl/load_%s.py" % slug])
    return path, "\n".join(lines) + "\n", "py"


def r_js(rng, spec, ts=False):
    slug = spec["slug"]
    upper = rng.random() < 0.5
    nm = {n: (n if upper else camel(n)) for n in all_names(spec)}
    auth = spec["auth"]
    lines = ["// %s client used by the %s" % (spec["prov"], rng.choice(["API routes", "ingest worker", "search endpoints", "cron jobs"]))]
    if auth[0] == "dsn":
        drv = auth[1]
        lines.append({"postgres": "import { Pool } from 'pg';", "mysql": "import mysql from 'mysql2/promise';",
                      "mongo": "import { MongoClient } from 'mongodb';", "redis": "import Redis from 'ioredis';",
                      "es": "import { Client } from '@elastic/elasticsearch';"}[drv])
    lines.append("")
    decl = "const"
    for n, v in spec["entries"]:
        t = ": string" if ts else ""
        lines.append("%s %s%s = %s;" % (decl, nm[n], t, render_val(v, "js", rng.choice(['"', "'"]))))
    m = nm[spec["main"]]
    lines.append("")
    if auth[0] == "dsn":
        drv = auth[1]
        if drv == "postgres":
            lines += ["export const pool = new Pool({ connectionString: %s, max: 10, ssl: { rejectUnauthorized: true } });" % m, "",
                      "export async function recentOrders(limit%s = 50) {" % (": number" if ts else ""),
                      "  const { rows } = await pool.query('SELECT id, total, status FROM orders ORDER BY created_at DESC LIMIT $1', [limit]);",
                      "  return rows;", "}"]
        elif drv == "mysql":
            lines += ["export const db = await mysql.createConnection(%s);" % m, "",
                      "export async function findUser(email%s) {" % (": string" if ts else ""),
                      "  const [rows] = await db.execute('SELECT id, email FROM users WHERE email = ?', [email]);",
                      "  return rows;", "}"]
        elif drv == "mongo":
            lines += ["const client = new MongoClient(%s, { maxPoolSize: 10 });" % m, "",
                      "export async function getCollection(name%s) {" % (": string" if ts else ""),
                      "  await client.connect();", "  return client.db('%s').collection(name);" % rng.choice(["app", "catalog", "prod"]), "}"]
        elif drv == "redis":
            lines += ["export const redis = new Redis(%s, { maxRetriesPerRequest: 3 });" % m, "",
                      "export async function rateLimit(key%s, limit = 100) {" % (": string" if ts else ""),
                      "  const n = await redis.incr(`rl:${key}`);", "  if (n === 1) await redis.expire(`rl:${key}`, 60);",
                      "  return n <= limit;", "}"]
        else:
            lines += ["export const es = new Client({ node: %s });" % m, "",
                      "export async function search(q%s) {" % (": string" if ts else ""),
                      "  const res = await es.search({ index: 'products', query: { match: { title: q } } });",
                      "  return res.hits.hits;", "}"]
    else:
        ep = nm.get(spec.get("ep")) if spec.get("ep") else jq(spec["endpoint"])
        if auth[0] == "header":
            hdr = "'%s': %s" % (auth[1], m)
        elif auth[0] == "bearer":
            hdr = "Authorization: `%s ${%s}`" % (bword(spec), m)
        else:
            hdr = "Authorization: 'Basic ' + Buffer.from(`${%s}:${%s}`).toString('base64')" % (nm.get(auth[1], auth[1]), m)
        lines += ["export async function call(path%s, body%s) {" % (": string" if ts else "", "?: unknown" if ts else ""),
                  "  const res = await fetch(`${%s}${path}`, {" % ep,
                  "    method: '%s'," % spec.get("method", "POST"),
                  "    headers: { %s, 'Content-Type': 'application/json' }," % hdr,
                  "    body: body ? JSON.stringify(body) : undefined,", "  });",
                  "  if (!res.ok) throw new Error(`%s ${res.status}`);" % spec["prov"], "  return res.json();", "}"]
    if rng.random() < 0.5:
        lines += rng.choice(FILLER_JS)
    ext = "ts" if ts else rng.choice(["js", "mjs"])
    path = rng.choice(["src/lib/%s.%s" % (slug, ext), "lib/%s-client.%s" % (slug, ext), "server/db/%s.%s" % (slug, ext),
                       "api/_lib/%s.%s" % (slug, ext), "workers/ingest/%s.%s" % (slug, ext)])
    return path, "\n".join(lines) + "\n", ext


def r_go(rng, spec):
    slug = spec["slug"]
    pub = rng.random() < 0.4
    nm = {n: (pascal(n) if pub else camel(n)) for n in all_names(spec)}
    auth = spec["auth"]
    pkg = rng.choice([slug.replace("-", ""), "store", "search", "config", "clients"])
    has_env = any(not isinstance(v, str) for _, v in spec["entries"])
    imps = ['"context"', '"fmt"', '"net/http"', '"time"']
    if has_env:
        imps.append('"os"')
    lines = ["package " + pkg, "", "import (", ] + ["\t" + i for i in imps] + [")", ""]
    consts = [(n, v) for n, v in spec["entries"] if isinstance(v, str)]
    vars_ = [(n, v) for n, v in spec["entries"] if not isinstance(v, str)]
    if consts:
        lines.append("const (")
        for n, v in consts:
            lines.append("\t%s = %s" % (nm[n], render_val(v, "go")))
        lines += [")", ""]
    if vars_:
        lines.append("var (")
        for n, v in vars_:
            lines.append("\t%s = %s" % (nm[n], render_val(v, "go")))
        lines += [")", ""]
    m = nm[spec["main"]]
    if auth[0] == "dsn":
        lines += ["// Open returns a pool for the %s database." % spec["prov"],
                  "func Open(ctx context.Context) (*Pool, error) {",
                  "\tctx, cancel := context.WithTimeout(ctx, 10*time.Second)", "\tdefer cancel()",
                  "\tp, err := dial(ctx, %s)" % m, "\tif err != nil {",
                  '\t\treturn nil, fmt.Errorf("%s: %%w", err)' % slug, "\t}", "\treturn p, nil", "}", "",
                  "var _ = http.StatusOK"]
    else:
        ep = nm.get(spec.get("ep")) if spec.get("ep") else jq(spec["endpoint"])
        lines += ["func newRequest(ctx context.Context, method, path string) (*http.Request, error) {",
                  "\treq, err := http.NewRequestWithContext(ctx, method, %s+path, nil)" % ep,
                  "\tif err != nil {", "\t\treturn nil, err", "\t}"]
        if auth[0] == "header":
            lines.append('\treq.Header.Set("%s", %s)' % (auth[1], m))
        elif auth[0] == "bearer":
            lines.append('\treq.Header.Set("Authorization", "%s "+%s)' % (bword(spec), m))
        else:
            lines.append("\treq.SetBasicAuth(%s, %s)" % (nm.get(auth[1], jq(auth[1])), m))
        lines += ['\treq.Header.Set("Content-Type", "application/json")', "\treturn req, nil", "}", "",
                  "var client = &http.Client{Timeout: 15 * time.Second}", "",
                  "func Ping(ctx context.Context) error {",
                  '\treq, err := newRequest(ctx, http.MethodGet, "%s")' % spec.get("path", "/"),
                  "\tif err != nil {", "\t\treturn err", "\t}", "\tresp, err := client.Do(req)",
                  "\tif err != nil {", "\t\treturn err", "\t}", "\tdefer resp.Body.Close()",
                  "\tif resp.StatusCode >= 300 {", '\t\treturn fmt.Errorf("%s: unexpected status %%d", resp.StatusCode)' % slug, "\t}",
                  "\treturn nil", "}"]
    path = rng.choice(["internal/%s/client.go" % pkg, "pkg/%s/%s.go" % (pkg, slug), "cmd/indexer/%s.go" % slug,
                       "internal/config/%s.go" % slug])
    return path, "\n".join(lines) + "\n", "go"


def r_rs(rng, spec):
    slug = spec["slug"].replace("-", "_")
    auth = spec["auth"]
    lines = ["use std::time::Duration;", "", "use reqwest::Client;", ""]
    consts = [(n, v) for n, v in spec["entries"] if isinstance(v, str)]
    lets = [(n, v) for n, v in spec["entries"] if not isinstance(v, str)]
    for n, v in consts:
        lines.append("const %s: &str = %s;" % (n, render_val(v, "rs")))
    lines += ["", "pub struct %sConfig {" % pascal(slug)]
    for n, _ in spec["entries"]:
        lines.append("    pub %s: String," % n.lower())
    lines += ["}", "", "impl %sConfig {" % pascal(slug), "    pub fn load() -> Result<Self, Box<dyn std::error::Error>> {"]
    for n, v in lets:
        lines.append("        let %s = %s;" % (n.lower(), render_val(v, "rs")))
    lines.append("        Ok(Self {")
    for n, v in spec["entries"]:
        if isinstance(v, str):
            lines.append("            %s: %s.to_string()," % (n.lower(), n))
        else:
            lines.append("            %s," % n.lower())
    lines += ["        })", "    }", "}", "",
              "pub fn http_client() -> Client {",
              "    Client::builder().timeout(Duration::from_secs(20)).build().expect(\"client\")", "}"]
    m = spec["main"].lower()
    if auth[0] not in ("dsn",):
        lines += ["", "pub async fn ping(cfg: &%sConfig) -> reqwest::Result<u16> {" % pascal(slug)]
        ep = "cfg.%s" % spec["ep"].lower() if spec.get("ep") else jq(spec["endpoint"]) + ".to_string()"
        req = '    let req = http_client().get(format!("{}%s", %s))' % (spec.get("path", "/"), ep)
        lines.append(req)
        if auth[0] == "header":
            lines.append('        .header("%s", &cfg.%s);' % (auth[1], m))
        elif auth[0] == "bearer":
            lines.append("        .bearer_auth(&cfg.%s);" % m if bword(spec) == "Bearer" else '        .header("Authorization", format!("%s {}", cfg.%s));' % (bword(spec), m))
        else:
            lines.append("        .basic_auth(&cfg.%s, Some(&cfg.%s));" % (auth[1].lower(), m) if auth[1] in all_names(spec)
                         else '        .basic_auth("%s", Some(&cfg.%s));' % (auth[1], m))
        lines += ["    Ok(req.send().await?.status().as_u16())", "}"]
    path = rng.choice(["src/%s.rs" % slug, "src/config/%s.rs" % slug, "crates/ingest/src/%s.rs" % slug])
    return path, "\n".join(lines) + "\n", "rs"


def r_java(rng, spec):
    slug = spec["slug"]
    cls = pascal(slug.replace("-", "_")) + rng.choice(["Config", "Client", "Settings"])
    auth = spec["auth"]
    pkg = "com.%s.%s" % (rng.choice(["acme", "northwind", "fabrikam", "contoso"]), rng.choice(["search", "data", "infra"]))
    lines = ["package %s;" % pkg, "", "import java.net.URI;", "import java.net.http.HttpClient;",
             "import java.net.http.HttpRequest;", "import java.time.Duration;", "",
             "public final class %s {" % cls, ""]
    for n, v in spec["entries"]:
        lines.append("    static final String %s = %s;" % (n, render_val(v, "java")))
    m = spec["main"]
    lines.append("")
    if auth[0] == "dsn":
        lines += ["    static java.sql.Connection open() throws java.sql.SQLException {",
                  "        return java.sql.DriverManager.getConnection(%s);" % m, "    }"]
    else:
        ep = spec["ep"] if spec.get("ep") else jq(spec["endpoint"])
        lines += ["    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();", "",
                  "    HttpRequest.Builder request(String path) {",
                  "        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(%s + path))" % ep]
        if auth[0] == "header":
            lines.append('                .header("%s", %s)' % (auth[1], m))
        elif auth[0] == "bearer":
            lines.append('                .header("Authorization", "%s " + %s)' % (bword(spec), m))
        else:
            u = auth[1] if auth[1] in all_names(spec) else jq(auth[1])
            lines.append('                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((%s + ":" + %s).getBytes()))' % (u, m))
        lines += ['                .header("Content-Type", "application/json");', "        return b;", "    }"]
    lines += ["", "    private %s() {}" % cls if auth[0] == "dsn" else "", "}"]
    path = "src/main/java/%s/%s.java" % (pkg.replace(".", "/"), cls)
    return path, "\n".join(lines) + "\n", "java"


def r_rb(rng, spec):
    slug = spec["slug"]
    mod = pascal(slug.replace("-", "_"))
    auth = spec["auth"]
    lines = ["# frozen_string_literal: true", "", "require \"net/http\"", "require \"json\"", "",
             "module %s" % mod]
    for n, v in spec["entries"]:
        lines.append("  %s = %s" % (n, render_val(v, "rb")))
    m = spec["main"]
    lines.append("")
    if auth[0] == "dsn":
        lines += ["  def self.connection", "    @connection ||= Sequel.connect(%s, max_connections: 5)" % m, "  end"]
    else:
        ep = spec["ep"] if spec.get("ep") else jq(spec["endpoint"])
        lines += ["  def self.request(path, body = nil)", "    uri = URI(%s + path)" % ep,
                  "    req = Net::HTTP::Post.new(uri)"]
        if auth[0] == "header":
            lines.append('    req["%s"] = %s' % (auth[1], m))
        elif auth[0] == "bearer":
            lines.append('    req["Authorization"] = "%s #{%s}"' % (bword(spec), m))
        else:
            u = auth[1] if auth[1] in all_names(spec) else jq(auth[1])
            lines.append("    req.basic_auth(%s, %s)" % (u, m))
        lines += ['    req["Content-Type"] = "application/json"', "    req.body = JSON.generate(body) if body",
                  "    Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }", "  end"]
    lines.append("end")
    path = rng.choice(["lib/%s.rb" % slug.replace("-", "_"), "app/services/%s_client.rb" % slug.replace("-", "_"),
                       "config/initializers/%s.rb" % slug.replace("-", "_")])
    return path, "\n".join(lines) + "\n", "rb"


def java_dsn_fix(spec):
    d = spec.get("dsn")
    if not d or spec["auth"][1] not in ("postgres", "mysql"):
        return spec
    sub = "postgresql" if spec["auth"][1] == "postgres" else "mysql"
    pre = "jdbc:%s://%s%s/%s?user=%s&password=" % (sub, d["host"], (":%d" % d["port"]) if d.get("port") else "", d.get("db", ""), d["user"])
    post = ("&" + d["params"]) if d.get("params") else ""
    pw = d["password"]
    val = pre + pw + post if isinstance(pw, str) else Interp([pre, pw, post])
    spec = dict(spec)
    spec["entries"] = [(n, val if n == spec["main"] else v) for n, v in spec["entries"]]
    return spec


ENV_HEAD = ["# generated by `make env` -- keep in sync with deploy/README.md",
            "# shared settings for the %s worker",
            "# %s",
            "# do not reorder: the loader reads top to bottom"]


def _env_other(rng):
    pool = [("NODE_ENV", "production"), ("LOG_LEVEL", rng.choice(["info", "debug", "warn"])),
            ("PORT", str(rng.choice([3000, 8080, 8000, 4000]))), ("TZ", "UTC"),
            ("FEATURE_SEMANTIC_SEARCH", rng.choice(["true", "false"])), ("BATCH_SIZE", str(rng.choice([100, 250, 500, 1000]))),
            ("SENTRY_ENVIRONMENT", rng.choice(["staging", "production"])), ("WORKER_CONCURRENCY", str(rng.randint(2, 16))),
            ("OTEL_SERVICE_NAME", rng.choice(["indexer", "api", "sync-worker"]))]
    rng.shuffle(pool)
    return pool[:rng.randint(1, 4)]


def r_env(rng, spec):
    slug = spec["slug"]
    style = rng.choice(["plain", "plain", "export"])
    lines = ["# %s settings (%s)" % (spec["prov"], rng.choice(["staging", "production", "shared", "ci"]))]
    others = _env_other(rng)
    for n, v in others[:2]:
        lines.append("%s%s=%s" % ("export " if style == "export" else "", n, v))
    lines.append("")
    for n, v in spec["entries"]:
        lines.append("%s%s=%s" % ("export " if style == "export" else "", n, envq(v)))
    for n, v in others[2:]:
        lines.append("%s%s=%s" % ("export " if style == "export" else "", n, v))
    if style == "export":
        path = rng.choice([".envrc", "deploy/%s.envrc" % slug, "scripts/env.sh"])
    else:
        path = rng.choice(["prisma/db.env", "config/%s.env" % rng.choice(["staging", "production", "app"]),
                           "deploy/%s.env" % slug, "docker/%s.env" % slug, ".env.production.local", "env/%s.properties" % slug])
    return path, "\n".join(lines) + "\n", "env" if path.endswith(("env", "local", ".sh", ".envrc")) else "properties"


def _nest(spec, generic_block=True):
    """entries as nested mapping: provider block with stripped names."""
    slug = spec["slug"].replace("-", "_")
    return slug, [(strip_prefix(n, spec["slug"].replace("-", "_")).lower(), v, n) for n, v in spec["entries"]]


def r_yaml(rng, spec):
    blk, items = _nest(spec)
    lines = ["# %s configuration" % rng.choice(["service", "pipeline", "indexer", "worker"]),
             "app:", "  name: %s" % rng.choice(["catalog-api", "search-sync", "kb-ingest", "recs-worker"]),
             "  env: %s" % rng.choice(["staging", "production"]), "",
             "%s:" % blk]
    for k, v, _ in items:
        lines.append("  %s: %s" % (k, yq(v)))
    lines += ["  timeout_seconds: %d" % rng.choice([10, 15, 30]), "  max_retries: %d" % rng.randint(2, 5), "",
              "logging:", "  level: %s" % rng.choice(["info", "debug"]), "  format: json"]
    path = rng.choice(["config/%s.yaml" % rng.choice(["production", "staging", "settings"]), "config.yml",
                       "deploy/%s.yaml" % spec["slug"], "conf/pipeline.yaml"])
    return path, "\n".join(lines) + "\n", "yaml"


def r_compose(rng, spec):
    svc = rng.choice(["api", "worker", "indexer", "web", "ingest"])
    img = rng.choice(["ghcr.io/acme/%s:1.%d.%d" % (svc, rng.randint(0, 9), rng.randint(0, 20)), "node:20-alpine", "python:3.12-slim"])
    lines = ["services:", "  %s:" % svc, "    image: %s" % img, "    restart: unless-stopped",
             "    ports:", '      - "%d:%d"' % ((p := rng.choice([3000, 8000, 8080])), p), "    environment:"]
    dict_style = rng.random() < 0.5
    for n, v in spec["entries"]:
        r = render_val(v, "shell")
        if dict_style:
            lines.append("      %s: %s" % (n, yq(v)))
        else:
            lines.append("      - %s=%s" % (n, r))
    lines += ["      LOG_LEVEL: info" if dict_style else "      - LOG_LEVEL=info",
              "    depends_on:", "      - cache", "", "  cache:", "    image: redis:7-alpine",
              "    volumes:", "      - cache-data:/data", "", "volumes:", "  cache-data: {}"]
    return rng.choice(["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"]), "\n".join(lines) + "\n", "docker-compose"


def r_helm(rng, spec):
    blk, items = _nest(spec)
    lines = ["replicaCount: %d" % rng.randint(1, 4), "", "image:", "  repository: ghcr.io/acme/%s" % rng.choice(["search-api", "ingest", "web"]),
             "  tag: \"%d.%d.%d\"" % (rng.randint(0, 3), rng.randint(0, 30), rng.randint(0, 9)), "  pullPolicy: IfNotPresent", "",
             "resources:", "  limits:", "    memory: 512Mi", "", "config:", "  %s:" % camel(blk)]
    for k, v, _ in items:
        lines.append("    %s: %s" % (camel(k), yq(v)))
    lines += ["", "env:", "  - name: LOG_LEVEL", "    value: info"]
    return rng.choice(["charts/%s/values.yaml" % rng.choice(["api", "search", "worker"]), "helm/values.yaml", "deploy/values-prod.yaml"]), "\n".join(lines) + "\n", "values.yaml"


def r_toml(rng, spec):
    blk, items = _nest(spec)
    lines = ["# service configuration", "[server]", "host = \"0.0.0.0\"", "port = %d" % rng.choice([8000, 8080, 9000]), "",
             "[%s]" % blk]
    for k, v, _ in items:
        lines.append("%s = %s" % (k, render_val(v, "toml")))
    lines += ["", "[ingest]", "batch_size = %d" % rng.choice([100, 500, 1000]), "schedule = \"*/%d * * * *\"" % rng.choice([5, 10, 15])]
    return rng.choice(["config.toml", "config/%s.toml" % rng.choice(["prod", "default"]), "settings.toml"]), "\n".join(lines) + "\n", "toml"


def r_json(rng, spec):
    blk, items = _nest(spec)
    obj = {"service": rng.choice(["search-sync", "catalog", "analytics"]), "environment": rng.choice(["staging", "production"]),
           camel(blk): {camel(k): render_val(v, "shell") for k, v, _ in items}, "retries": rng.randint(2, 5)}
    text = json.dumps(obj, indent=2)
    return rng.choice(["config/%s.json" % rng.choice(["production", "default", "staging"]), "appsettings.json", "settings.json"]), text + "\n", "json"


def r_vercel(rng, spec):
    obj = {"$schema": "https://openapi.vercel.sh/vercel.json", "framework": "nextjs",
           "buildCommand": "npm run build", "env": {n: render_val(v, "shell") for n, v in spec["entries"]},
           "regions": [rng.choice(["iad1", "fra1", "sfo1"])], "crons": [{"path": "/api/reindex", "schedule": "0 3 * * *"}]}
    return "vercel.json", json.dumps(obj, indent=2) + "\n", "vercel.json"


def r_netlify(rng, spec):
    lines = ["[build]", "  command = \"npm run build\"", "  publish = \"dist\"", "", "[build.environment]",
             "  NODE_VERSION = \"20\""]
    ctx = rng.choice(["build.environment", "context.production.environment"])
    if ctx != "build.environment":
        lines += ["", "[%s]" % ctx]
    for n, v in spec["entries"]:
        lines.append("  %s = %s" % (n, render_val(v, "toml")))
    lines += ["", "[[redirects]]", "  from = \"/api/*\"", "  to = \"/.netlify/functions/:splat\"", "  status = 200"]
    return "netlify.toml", "\n".join(lines) + "\n", "netlify.toml"


def r_readme(rng, spec):
    title = rng.choice(["Search indexer", "Data sync service", "Vector ingest", "Catalog API", "Analytics loader"])
    lines = ["# %s" % title, "", "Loads records into %s on a schedule and exposes a small HTTP API." % spec["prov"], "",
             "## Local setup", "", "1. Install dependencies: `npm ci` or `pip install -r requirements.txt`.",
             "2. Export the settings below (the %s values come from the team vault)." % spec["prov"], "", "```bash"]
    for n, v in spec["entries"]:
        lines.append("export %s=%s" % (n, envq(v)))
    lines += ["```", "", "3. Run `make dev` and open http://localhost:3000.", ""]
    if spec["auth"][0] != "dsn" and rng.random() < 0.6:
        ep = render_val(dict(spec["entries"]).get(spec.get("ep"), spec.get("endpoint") or ""), "shell") if spec.get("ep") else (spec.get("endpoint") or "")
        lines += ["Quick check:", "", "```bash"]
        mv = "$" + spec["main"]
        if spec["auth"][0] == "header":
            lines.append('curl -s "%s%s" -H "%s: %s"' % (ep, spec.get("path", "/"), spec["auth"][1], mv))
        elif spec["auth"][0] == "bearer":
            lines.append('curl -s "%s%s" -H "Authorization: %s %s"' % (ep, spec.get("path", "/"), bword(spec), mv))
        else:
            lines.append('curl -s -u "$%s:%s" "%s%s"' % (spec["auth"][1], mv, ep, spec.get("path", "/")) if spec["auth"][1] in all_names(spec)
                         else 'curl -s -u "%s:%s" "%s%s"' % (spec["auth"][1], mv, ep, spec.get("path", "/")))
        lines += ["```", ""]
    lines += ["## Deploy", "", "CI deploys `main` to production; see `.github/workflows/deploy.yml`."]
    return rng.choice(["README.md", "docs/setup.md", "docs/%s.md" % spec["slug"]]), "\n".join(lines) + "\n", "md"


def r_shell(rng, spec):
    """Secret passed as a positional argument / header in a script."""
    lines = ["#!/usr/bin/env bash", "# %s" % rng.choice(["nightly reindex", "backfill helper", "one-off migration", "smoke test after deploy"]),
             "set -euo pipefail", ""]
    others = [(n, v) for n, v in spec["entries"] if n != spec["main"]]
    for n, v in others:
        lines.append("%s=%s" % (n, envq(v)))
    mn, mv = main_entry(spec)
    r = render_val(mv, "shell")
    rq = '"%s"' % r
    lines.append("")
    style = rng.choice(["positional", "positional", "header"]) if spec["auth"][0] != "dsn" else "positional"
    if style == "positional":
        tool = rng.choice(["python3 scripts/reindex.py", "./bin/sync-index", "node scripts/migrate.mjs", "go run ./cmd/backfill"])
        extra = " ".join('"$%s"' % n for n, _ in others[:2])
        lines.append('%s %s %s --batch-size %d' % (tool, extra, rq, rng.choice([200, 500, 1000])))
    else:
        ep = ("$" + spec["ep"]) if spec.get("ep") else spec["endpoint"]
        h = ("%s: %s" % (spec["auth"][1], r)) if spec["auth"][0] == "header" else ("Authorization: %s %s" % (bword(spec), r))
        if spec["auth"][0] == "basic":
            lines.append('curl -fsS -u "%s:%s" "%s%s"' % ("$" + spec["auth"][1] if spec["auth"][1] in all_names(spec) else spec["auth"][1], r, ep, spec.get("path", "/")))
        else:
            lines.append('curl -fsS -X %s "%s%s" \\' % (spec.get("method", "POST"), ep, spec.get("path", "/")))
            lines.append('  -H "%s" \\' % h)
            lines.append("  -H 'Content-Type: application/json' -d @payload.json")
    lines += ["", 'echo "done: $(date -u +%FT%TZ)"']
    return rng.choice(["scripts/reindex.sh", "bin/backfill.sh", "ops/smoke.sh", "scripts/migrate-%s.sh" % spec["slug"]]), "\n".join(lines) + "\n", "sh"


def r_ipynb(rng, spec):
    md = ["# %s exploration\n" % spec["prov"], "\n", "Quick look at the %s before wiring it into the pipeline." % rng.choice(["index", "collection", "tables", "embeddings"])]
    setup = ["import os\n", "import json\n", "\n"]
    for n, v in spec["entries"]:
        setup.append("%s = %s\n" % (n, render_val(v, "py")))
    use = ["import requests\n", "\n"]
    if spec["auth"][0] == "dsn":
        use = ["from sqlalchemy import create_engine\n", "engine = create_engine(%s)\n" % spec["main"], "engine.connect()"] if spec["auth"][1] in ("postgres", "mysql") else \
              ["client = connect(%s)\n" % spec["main"], "client"]
    else:
        ep = spec["ep"] if spec.get("ep") else jq(spec["endpoint"])
        if spec["auth"][0] == "header":
            use.append('r = requests.get(%s + %s, headers={"%s": %s})\n' % (ep, jq(spec.get("path", "/")), spec["auth"][1], spec["main"]))
        elif spec["auth"][0] == "bearer":
            use.append('r = requests.get(%s + %s, headers={"Authorization": f"%s {%s}"})\n' % (ep, jq(spec.get("path", "/")), bword(spec), spec["main"]))
        else:
            use.append("r = requests.get(%s + %s, auth=(%s, %s))\n" % (ep, jq(spec.get("path", "/")), spec["auth"][1] if spec["auth"][1] in all_names(spec) else jq(spec["auth"][1]), spec["main"]))
        use.append("r.status_code, r.json()")
    setup[-1] = setup[-1].rstrip("\n")
    cells = [{"cell_type": "markdown", "metadata": {}, "source": md},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": setup},
             {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": use},
             {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": []}]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                        "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return rng.choice(["notebooks/%s_explore.ipynb" % spec["slug"], "analysis/ingest.ipynb", "notebooks/eval.ipynb"]), json.dumps(nb, indent=1) + "\n", "ipynb"


# ---------------------------------------------------------------------------
# specialised renderers (ORM / driver / tool configs)
# ---------------------------------------------------------------------------
PRISMA_PROVIDER = {"postgres": "postgresql", "mysql": "mysql", "mongo": "mongodb", "cockroach": "cockroachdb"}


def r_prisma(rng, spec):
    d = spec["dsn"]
    prov = PRISMA_PROVIDER[d.get("flavor", spec["auth"][1])]
    url = dsn_value(d)
    lines = ["// This is your Prisma schema file,", "// learn more about it in the docs: https://pris.ly/d/prisma-schema", "",
             "generator client {", "  provider = \"prisma-client-js\"", "}", "", "datasource db {",
             "  provider = \"%s\"" % prov, "  url      = %s" % (jq(url) if isinstance(url, str) else render_val(Env(spec["main"]), "prisma"))]
    if prov == "mysql":
        lines.append("  relationMode = \"prisma\"")
    if prov == "postgresql" and rng.random() < 0.4:
        lines.append("  directUrl = env(\"DIRECT_URL\")")
    lines += ["}", ""]
    idf = '  id        String   @id @default(auto()) @map("_id") @db.ObjectId' if prov == "mongodb" else "  id        Int      @id @default(autoincrement())"
    model = rng.choice(["Product", "Article", "Customer", "Document"])
    lines += ["model %s {" % model, idf, "  title     String", "  body      String?", "  createdAt DateTime @default(now())",
              "  updatedAt DateTime @updatedAt", "}"]
    return "prisma/schema.prisma", "\n".join(lines) + "\n", "schema.prisma"


def r_drizzle(rng, spec):
    dial = spec.get("drizzle_dialect") or {"postgres": "postgresql", "mysql": "mysql", "cockroach": "postgresql"}[spec["dsn"].get("flavor", spec["auth"][1])]
    lines = ["import { defineConfig } from 'drizzle-kit';", "", "export default defineConfig({",
             "  schema: './src/db/schema.ts',", "  out: './drizzle',", "  dialect: '%s'," % dial, "  dbCredentials: {"]
    if spec.get("dsn"):
        lines.append("    url: %s," % render_val(dsn_value(spec["dsn"]), "js", "'"))
    else:
        for k, v in spec["native"]["drizzle"]:
            lines.append("    %s: %s," % (k, render_val(v, "js", "'")))
    lines += ["  },", "  strict: true,", "  verbose: %s," % rng.choice(["true", "false"]), "});"]
    return rng.choice(["drizzle.config.ts", "apps/api/drizzle.config.ts"]), "\n".join(lines) + "\n", "drizzle.config.ts"


def _parts(spec):
    d = spec["dsn"]
    return d["host"], d.get("port") or {"postgres": 5432, "mysql": 3306}.get(spec["auth"][1], 5432), d["user"], d["password"], d.get("db", "")


def r_knex(rng, spec):
    host, port, user, pw, db = _parts(spec)
    client = "mysql2" if spec["auth"][1] == "mysql" else "pg"
    lines = ["// Update with your config settings.", "", "/**", " * @type { Object.<string, import(\"knex\").Knex.Config> }", " */",
             "module.exports = {", "  development: {", "    client: 'better-sqlite3',", "    connection: { filename: './dev.sqlite3' },",
             "    useNullAsDefault: true,", "  },", "", "  production: {", "    client: '%s'," % client, "    connection: {",
             "      host: %s," % jq(host), "      port: %d," % port, "      user: %s," % jq(user),
             "      password: %s," % render_val(pw, "js", "'"), "      database: %s," % jq(db),
             "      ssl: { rejectUnauthorized: true },", "    },", "    pool: { min: 2, max: 10 },",
             "    migrations: { tableName: 'knex_migrations' },", "  },", "};"]
    return "knexfile.js", "\n".join(lines) + "\n", "knexfile.js"


def r_ormconfig(rng, spec):
    host, port, user, pw, db = _parts(spec)
    obj = {"type": "mysql" if spec["auth"][1] == "mysql" else ("cockroachdb" if spec["dsn"].get("flavor") == "cockroach" else "postgres"),
           "host": host, "port": port, "username": user, "password": render_val(pw, "shell"),
           "database": db, "synchronize": False, "logging": False, "ssl": True,
           "entities": ["dist/entity/**/*.js"], "migrations": ["dist/migration/**/*.js"]}
    return "ormconfig.json", json.dumps(obj, indent=2) + "\n", "ormconfig.json"


def r_database_yml(rng, spec):
    host, port, user, pw, db = _parts(spec)
    adapter = "mysql2" if spec["auth"][1] == "mysql" else "postgresql"
    lines = ["default: &default", "  adapter: %s" % adapter, "  encoding: %s" % ("utf8mb4" if adapter == "mysql2" else "unicode"),
             "  pool: <%= ENV.fetch(\"RAILS_MAX_THREADS\") { 5 } %>", "", "development:", "  <<: *default",
             "  database: app_development", "", "test:", "  <<: *default", "  database: app_test", "", "production:", "  <<: *default"]
    if rng.random() < 0.5 and isinstance(pw, str):
        lines.append("  url: %s" % jq(dsn_value(spec["dsn"])))
    else:
        lines += ["  host: %s" % host, "  port: %d" % port, "  database: %s" % db, "  username: %s" % user,
                  "  password: %s" % (yq(pw) if isinstance(pw, str) else render_val(pw, "erb"))]
    lines.append("  sslmode: require" if adapter == "postgresql" else "  ssl_mode: verify_identity")
    return "config/database.yml", "\n".join(lines) + "\n", "database.yml"


def r_settings_py(rng, spec):
    lines = ['"""Django settings for %s project."""' % rng.choice(["shop", "portal", "kb"]), "", "import os",
             "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent", "",
             "DEBUG = os.getenv(\"DJANGO_DEBUG\", \"0\") == \"1\"", "ALLOWED_HOSTS = [\"*\"]", ""]
    if spec.get("dsn") and spec["auth"][1] in ("postgres", "mysql"):
        host, port, user, pw, db = _parts(spec)
        eng = "django.db.backends.mysql" if spec["auth"][1] == "mysql" else "django.db.backends.postgresql"
        lines += ["DATABASES = {", "    \"default\": {", "        \"ENGINE\": \"%s\"," % eng, "        \"NAME\": %s," % jq(db),
                  "        \"USER\": %s," % jq(user), "        \"PASSWORD\": %s," % render_val(pw, "py"),
                  "        \"HOST\": %s," % jq(host), "        \"PORT\": \"%d\"," % port,
                  "        \"OPTIONS\": {\"sslmode\": \"require\"}," if eng.endswith("postgresql") else "        \"OPTIONS\": {\"ssl\": {\"ca\": \"/etc/ssl/cert.pem\"}},",
                  "    }", "}"]
    else:
        blk = spec.get("django_block") or spec["slug"].upper().replace("-", "_")
        lines.append("%s = {" % blk)
        for n, v in spec["entries"]:
            lines.append("    %s: %s," % (jq(strip_prefix(n, spec["slug"].replace("-", "_"))), render_val(v, "py")))
        lines.append("}")
    lines += ["", "INSTALLED_APPS = [", "    \"django.contrib.admin\",", "    \"django.contrib.auth\",",
              "    \"django.contrib.contenttypes\",", "    \"catalog\",", "]", "", "TIME_ZONE = \"UTC\"", "USE_TZ = True"]
    return rng.choice(["config/settings.py", "%s/settings.py" % rng.choice(["shop", "portal", "backend"])]), "\n".join(lines) + "\n", "settings.py"


def r_dbt(rng, spec):
    typ, fields = spec["native"]["dbt"]
    proj = rng.choice(["analytics", "warehouse", "jaffle_shop", "marts"])
    sk = spec["native"].get("dbt_secret_key")
    lines = ["%s:" % proj, "  target: %s" % rng.choice(["prod", "dev"]), "  outputs:", "    dev:", "      type: %s" % typ]
    for k, v in fields:
        if k == sk:
            v = Env("DBT_ENV_SECRET_" + k.upper())
        lines.append("      %s: %s" % (k, yq(v, "dbt") if not isinstance(v, str) else yq(v)))
    lines += ["      threads: %d" % rng.choice([4, 8]), "    prod:", "      type: %s" % typ]
    for k, v in fields:
        lines.append("      %s: %s" % (k, yq(v, "dbt") if not isinstance(v, str) else yq(v)))
    lines.append("      threads: 8")
    # keep only one occurrence of the secret: dev output uses env var
    return "profiles.yml", "\n".join(lines) + "\n", "profiles.yml"


def r_sf_conn(rng, spec):
    fields = spec["native"]["sfconn"]
    lines = ["default_connection_name = \"%s\"" % (name := rng.choice(["prod", "analytics", "etl"])), "", "[%s]" % name]
    for k, v in fields:
        lines.append("%s = %s" % (k, render_val(v, "toml")))
    lines += ["", "[dev]", "account = %s" % jq(dict(fields).get("account", "")), "user = %s" % jq(rng.choice(FIRST).upper()),
              "authenticator = \"externalbrowser\"", "warehouse = \"DEV_WH\""]
    return rng.choice(["connections.toml", ".snowflake/connections.toml"]), "\n".join(lines) + "\n", "connections.toml"


def r_dbcfg(rng, spec):
    fields = spec["native"]["dbcfg"]
    lines = ["; profiles for the databricks CLI and SDK", "[DEFAULT]"]
    for k, v in fields:
        lines.append("%s = %s" % (k, render_val(v, "shell")))
    lines += ["", "[staging]", "host = https://%s" % g_db_workspace(rng), "auth_type = databricks-cli"]
    return ".databrickscfg", "\n".join(lines) + "\n", ".databrickscfg"


def r_meili(rng, spec):
    fields = spec["native"]["meili"]
    lines = ["# Meilisearch configuration file", "db_path = \"./data.ms\"", "env = \"production\"",
             "http_addr = \"0.0.0.0:7700\""]
    for k, v in fields:
        lines.append("%s = %s" % (k, render_val(v, "toml")))
    lines += ["no_analytics = true", "http_payload_size_limit = \"100 MB\"", "log_level = \"INFO\"",
              "max_indexing_memory = \"2 GiB\"", "dump_dir = \"dumps/\"", "snapshot_dir = \"snapshots/\""]
    return rng.choice(["meilisearch.toml", "deploy/meilisearch/config.toml", "config/meilisearch.toml"]), "\n".join(lines) + "\n", "meilisearch.toml"


def r_typesense_ini(rng, spec):
    fields = spec["native"]["tsini"]
    lines = ["; Typesense server configuration", "[server]", "api-address = 0.0.0.0", "api-port = 8108",
             "data-dir = /var/lib/typesense", "log-dir = /var/log/typesense"]
    for k, v in fields:
        lines.append("%s = %s" % (k, render_val(v, "shell")))
    lines += ["enable-cors = true", "peering-port = 8107"]
    return rng.choice(["typesense-server.ini", "deploy/typesense/typesense-server.ini"]), "\n".join(lines) + "\n", "typesense-server.ini"


def r_kibana(rng, spec):
    fields = spec["native"]["kibana"]
    lines = ["server.host: \"0.0.0.0\"", "server.name: %s" % rng.choice(["kibana-prod", "kb-01"]),
             "server.publicBaseUrl: \"https://kibana.%s.internal\"" % rng.choice(["acme", "corp", "ops"])]
    for k, v in fields:
        lines.append("%s: %s" % (k, yq(v)))
    lines += ["monitoring.ui.container.elasticsearch.enabled: true", "logging.root.level: info"]
    return rng.choice(["kibana.yml", "config/kibana.yml", "deploy/kibana/kibana.yml"]), "\n".join(lines) + "\n", "kibana.yml"


def r_esyml(rng, spec):
    fields = spec["native"]["esyml"]
    lines = ["cluster.name: %s" % rng.choice(["search-prod", "logs", "catalog-es"]), "node.name: ${HOSTNAME}",
             "path.data: /usr/share/elasticsearch/data", "network.host: 0.0.0.0", "discovery.type: single-node",
             "xpack.security.enabled: true"]
    for k, v in fields:
        lines.append("%s: %s" % (k, yq(v)))
    lines += ["xpack.monitoring.collection.enabled: true"]
    return rng.choice(["elasticsearch.yml", "config/elasticsearch.yml"]), "\n".join(lines) + "\n", "elasticsearch.yml"


def r_osd(rng, spec):
    fields = spec["native"]["osd"]
    lines = ["server.host: \"0.0.0.0\"", "server.name: opensearch-dashboards"]
    for k, v in fields:
        lines.append("%s: %s" % (k, yq(v)))
    lines += ["opensearch.ssl.verificationMode: certificate", "opensearch.requestHeadersAllowlist: [ authorization, securitytenant ]",
              "opensearch_security.multitenancy.enabled: true", "opensearch_security.readonly_mode.roles: [\"kibana_read_only\"]"]
    return rng.choice(["opensearch_dashboards.yml", "config/opensearch_dashboards.yml"]), "\n".join(lines) + "\n", "opensearch_dashboards.yml"


def r_logstash(rng, spec):
    fields = spec["native"]["logstash"]
    out = spec.get("logstash_output", "elasticsearch")
    lines = ["input {", "  beats {", "    port => 5044", "  }", "}", "", "filter {", "  json {", "    source => \"message\"", "  }",
             "  mutate { remove_field => [\"host\"] }", "}", "", "output {", "  %s {" % out]
    for k, v in fields:
        if isinstance(v, list):
            lines.append("    %s => [%s]" % (k, ", ".join(jq(x) for x in v)))
        else:
            lines.append("    %s => %s" % (k, jq(render_val(v, "shell"))))
    lines += ["    index => \"logs-%{+YYYY.MM.dd}\"", "  }", "}"]
    return rng.choice(["logstash.conf", "pipeline/logstash.conf", "logstash/pipeline/beats.conf"]), "\n".join(lines) + "\n", "logstash.conf"


def r_firebase_sa(rng, spec):
    fb = spec["firebase"]
    obj = {"type": "service_account", "project_id": fb["project"], "private_key_id": fb["key_id"],
           "private_key": fb["pem"], "client_email": "%s@%s.iam.gserviceaccount.com" % (fb["sa"], fb["project"]),
           "client_id": fb["client_id"], "auth_uri": "https://accounts.google.com/o/oauth2/auth",
           "token_uri": "https://oauth2.googleapis.com/token",
           "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
           "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com" % (fb["sa"], fb["project"]),
           "universe_domain": "googleapis.com"}
    path = rng.choice(["config/firebase-adminsdk.json", "serviceAccountKey.json", "functions/service-account.json",
                       "secrets/%s-firebase-adminsdk-%s.json" % (fb["project"], rstr(rng, LOAN, 5))])
    return path, json.dumps(obj, indent=2) + "\n", "json"


def r_firebase_admin_code(rng, spec):
    fb = spec["firebase"]
    pem = fb["pem"]
    if rng.random() < 0.5:
        lines = ["import { initializeApp, cert, getApps } from 'firebase-admin/app';", "import { getFirestore } from 'firebase-admin/firestore';", "",
                 "const serviceAccount = {", "  projectId: %s," % jq(fb["project"]),
                 "  clientEmail: %s," % jq("%s@%s.iam.gserviceaccount.com" % (fb["sa"], fb["project"])),
                 "  privateKey: %s," % jq(pem), "};", "",
                 "if (!getApps().length) {", "  initializeApp({ credential: cert(serviceAccount) });", "}", "",
                 "export const db = getFirestore();", "", "export async function getUserDoc(uid: string) {",
                 "  const snap = await db.collection('users').doc(uid).get();", "  return snap.exists ? snap.data() : null;", "}"]
        return rng.choice(["src/lib/firebase-admin.ts", "functions/src/admin.ts"]), "\n".join(lines) + "\n", "ts"
    lines = ["import firebase_admin", "from firebase_admin import credentials, firestore", "",
             "cred = credentials.Certificate({", '    "type": "service_account",', '    "project_id": %s,' % jq(fb["project"]),
             '    "private_key_id": %s,' % jq(fb["key_id"]), '    "private_key": %s,' % jq(pem),
             '    "client_email": %s,' % jq("%s@%s.iam.gserviceaccount.com" % (fb["sa"], fb["project"])),
             '    "token_uri": "https://oauth2.googleapis.com/token",', "})", "",
             "app = firebase_admin.initialize_app(cred)", "db = firestore.client()", "", "",
             "def export_collection(name):", "    return [d.to_dict() for d in db.collection(name).stream()]"]
    return rng.choice(["scripts/firestore_export.py", "backend/firebase_admin_init.py"]), "\n".join(lines) + "\n", "py"


RENDERERS = {
    "py": r_py, "js": lambda rng, s: r_js(rng, s, False), "ts": lambda rng, s: r_js(rng, s, True),
    "go": r_go, "rs": r_rs, "java": lambda rng, s: r_java(rng, java_dsn_fix(s)), "rb": r_rb,
    "env": r_env, "yaml": r_yaml, "compose": r_compose, "helm": r_helm, "toml": r_toml, "json": r_json,
    "vercel": r_vercel, "netlify": r_netlify, "md": r_readme, "sh": r_shell, "ipynb": r_ipynb,
    "prisma": r_prisma, "drizzle": r_drizzle, "knex": r_knex, "ormconfig": r_ormconfig, "dbyml": r_database_yml,
    "settings": r_settings_py, "dbt": r_dbt, "sfconn": r_sf_conn, "dbcfg": r_dbcfg, "meili": r_meili,
    "tsini": r_typesense_ini, "kibana": r_kibana, "esyml": r_esyml, "osd": r_osd, "logstash": r_logstash,
    "fbsa": r_firebase_sa, "fbcode": r_firebase_admin_code,
}
CODE = ["py", "ts", "js", "go", "rs", "java", "rb"]
CONF = ["env", "yaml", "compose", "helm", "toml", "json", "vercel", "netlify", "md", "sh", "ipynb"]
DSN_FT = ["prisma", "drizzle", "knex", "ormconfig", "dbyml", "settings"]

GENERIC_NAMES = ["TOKEN", "API_KEY", "AUTH", "SECRET", "KEY", "ACCESS_TOKEN", "SERVICE_TOKEN", "BACKEND_KEY",
                 "CREDENTIAL", "LLM_KEY", "WRITE_KEY", "MASTER", "AUTH_TOKEN", "SVC_KEY", "PRIVATE_KEY_VALUE"]
GENERIC_URL_NAMES = ["DATABASE_URL", "DB_URL", "URI", "CONN", "DSN", "STORE_URL", "PRIMARY_URL", "CACHE_URL", "CONNECTION_STRING"]


def pick_name(rng, names, url=False):
    """About a third of the time a name that does not name the provider."""
    if rng.random() < 0.34:
        return rng.choice(GENERIC_URL_NAMES if url else GENERIC_NAMES)
    return rng.choice(names)


# ---------------------------------------------------------------------------
# families: build a spec around a main value v (secret, or a look-alike)
# ---------------------------------------------------------------------------
def _mix(rng, comps, main, v):
    comps = list(comps)
    k = rng.randint(0, len(comps))
    return comps[:k] + [(main, v)] + comps[k:]


def S(rng, prov, slug, comps, main, v, auth, fts, **kw):
    d = dict(prov=prov, slug=slug, entries=_mix(rng, comps, main, v), main=main, auth=auth, fts=fts)
    d.update(kw)
    return d


def fam_algolia(rng, v, names=None, fts=None, with_search=True):
    app = g_algolia_app_id(rng)
    main = pick_name(rng, names or ["ALGOLIA_ADMIN_KEY", "ALGOLIA_API_KEY", "ALGOLIA_WRITE_API_KEY", "ALGOLIA_ADMIN_API_KEY"]) if names is None else rng.choice(names)
    comps = [("ALGOLIA_APP_ID", app)]
    if with_search and rng.random() < 0.5:
        comps.append(("ALGOLIA_SEARCH_KEY", g_hex32(rng)))
    if rng.random() < 0.5:
        comps.append(("ALGOLIA_INDEX", rng.choice(["products", "prod_articles", "docs_v2", "catalog_en"])))
    return S(rng, "Algolia", "algolia", comps, main, v, ("header", "X-Algolia-API-Key"),
             fts or CODE + CONF + ["settings"], endpoint="https://%s-dsn.algolia.net" % app, path="/1/indexes/*/queries",
             django_block="ALGOLIA")


def fam_elastic(rng, v, names=None, fts=None, auth=("bearer", "ApiKey")):
    cid = g_elastic_cloud_id(rng)
    comps = [("ELASTIC_CLOUD_ID", cid)] if rng.random() < 0.5 else []
    host = g_es_host(rng)
    comps.append(("ELASTICSEARCH_URL", host))
    main = pick_name(rng, names or ["ELASTIC_API_KEY", "ES_API_KEY", "ELASTICSEARCH_API_KEY"]) if names is None else rng.choice(names)
    return S(rng, "Elastic", "elastic", comps, main, v, auth, fts or CODE + CONF, ep="ELASTICSEARCH_URL",
             path="/products/_search", method="POST")


def fam_elastic_user(rng, v, names=None, fts=None, user="elastic"):
    host = g_es_host(rng)
    main = pick_name(rng, ["ELASTIC_PASSWORD", "ES_PASSWORD", "ELASTICSEARCH_PASSWORD"]) if names is None else rng.choice(names)
    comps = [("ELASTICSEARCH_URL", host), ("ELASTIC_USERNAME", user)]
    native = {"kibana": [("elasticsearch.hosts", "[\"%s\"]" % host), ("elasticsearch.username", "kibana_system"), ("elasticsearch.password", v)],
              "logstash": [("hosts", [host]), ("user", user), ("password", v)]}
    return S(rng, "Elastic", "elastic", comps, main, v, ("basic", "ELASTIC_USERNAME"), fts or CODE + CONF + ["kibana", "logstash"],
             ep="ELASTICSEARCH_URL", path="/_cluster/health", method="GET", native=native)


def _es_url_dsn(rng, pw, user="elastic"):
    h = g_es_host(rng)[len("https://"):]
    host, port = h.rsplit(":", 1)
    return dict(scheme="https", user=user, password=pw, host=host, port=int(port))


def fam_elastic_url(rng, v_pw, names=None, fts=None, dsn=None):
    d = dsn or _es_url_dsn(rng, v_pw)
    main = pick_name(rng, ["ELASTICSEARCH_URL", "ES_URL", "ELASTIC_URL"], url=True) if names is None else rng.choice(names)
    return S(rng, "Elastic", "elastic", [("ES_INDEX", rng.choice(["products", "logs-app", "kb-articles"]))], main, dsn_value(d),
             ("dsn", "es"), fts or ["py", "ts", "js", "env", "compose", "yaml", "md", "ipynb", "helm"], dsn=d)


def fam_elastic_svc(rng, v, names=None, fts=None):
    host = g_es_host(rng)
    main = pick_name(rng, ["ELASTICSEARCH_SERVICEACCOUNTTOKEN", "KIBANA_SERVICE_TOKEN", "ES_SERVICE_TOKEN"]) if names is None else rng.choice(names)
    native = {"kibana": [("elasticsearch.hosts", "[\"%s\"]" % host), ("elasticsearch.serviceAccountToken", v)]}
    return S(rng, "Elastic", "elastic", [("ELASTICSEARCH_HOSTS", host)], main, v, ("bearer",),
             fts or ["kibana", "compose", "env", "helm", "yaml"], ep="ELASTICSEARCH_HOSTS", native=native)


def fam_opensearch(rng, v, names=None, fts=None, user="admin", host=None):
    host = host or "https://search-%s-%s.%s.es.amazonaws.com" % (rng.choice(["logs", "catalog", "app"]), rstr(rng, LOAN, 26),
                                                               rng.choice(["us-east-1", "eu-west-1", "ap-south-1"]))
    main = pick_name(rng, ["OPENSEARCH_PASSWORD", "OPENSEARCH_INITIAL_ADMIN_PASSWORD", "OS_MASTER_PASSWORD", "OPENSEARCH_MASTER_PASSWORD"]) if names is None else rng.choice(names)
    native = {"osd": [("opensearch.hosts", "[\"%s\"]" % host), ("opensearch.username", "kibanaserver" if user == "admin" else user),
                      ("opensearch.password", v)],
              "logstash": [("hosts", [host]), ("user", user), ("password", v)]}
    return S(rng, "OpenSearch", "opensearch", [("OPENSEARCH_URL", host), ("OPENSEARCH_USER", user)], main, v,
             ("basic", "OPENSEARCH_USER"), fts or ["py", "ts", "go", "java", "env", "compose", "yaml", "helm", "osd", "logstash", "md"],
             ep="OPENSEARCH_URL", path="/_cat/indices?format=json", method="GET", native=native, logstash_output="opensearch")


def fam_typesense(rng, v, names=None, fts=None):
    host = "%s-%d.a1.typesense.net" % (rstr(rng, LOAN, 10), rng.randint(1, 3))
    main = pick_name(rng, ["TYPESENSE_API_KEY", "TYPESENSE_ADMIN_API_KEY", "TYPESENSE_ADMIN_KEY"]) if names is None else rng.choice(names)
    comps = [("TYPESENSE_HOST", host), ("TYPESENSE_PORT", "443"), ("TYPESENSE_PROTOCOL", "https")]
    native = {"tsini": [("api-key", v)]}
    return S(rng, "Typesense", "typesense", comps, main, v, ("header", "X-TYPESENSE-API-KEY"),
             fts or CODE + CONF + ["tsini"], endpoint="https://" + host, path="/collections", method="GET", native=native)


def fam_meili(rng, v, names=None, fts=None, master=True):
    host = "https://ms-%s-%d.%s.meilisearch.io" % (rstr(rng, HEX, 12), rng.randint(1000, 29999), rng.choice(["nyc", "lon", "fra", "sfo"]))
    if master:
        main = pick_name(rng, ["MEILI_MASTER_KEY", "MEILISEARCH_MASTER_KEY"]) if names is None else rng.choice(names)
    else:
        main = pick_name(rng, ["MEILISEARCH_ADMIN_KEY", "MEILI_API_KEY", "MEILISEARCH_API_KEY"]) if names is None else rng.choice(names)
    native = {"meili": [("master_key", v)]}
    return S(rng, "Meilisearch", "meilisearch", [("MEILISEARCH_HOST", host)], main, v, ("bearer",),
             fts or CODE + CONF + (["meili"] if master else []), ep="MEILISEARCH_HOST", path="/indexes", method="GET", native=native)


def pinecone_host(rng, index=None):
    return "https://%s-%s.svc.%s.pinecone.io" % (index or rng.choice(["products", "kb-chunks", "docs-1536", "support-rag"]), rstr(rng, LOAN, 7),
                                                rng.choice(["aped-4627-b74a", "us-east1-gcp", "gcp-starter", "eu-west1-gcp", "us-west2-aws"]))


def fam_pinecone(rng, v, names=None, fts=None):
    main = pick_name(rng, ["PINECONE_API_KEY", "PINECONE_KEY"]) if names is None else rng.choice(names)
    comps = [("PINECONE_INDEX_HOST", pinecone_host(rng))]
    if rng.random() < 0.4:
        comps.append(("PINECONE_ENVIRONMENT", rng.choice(["us-east-1-aws", "gcp-starter", "us-west1-gcp"])))
    return S(rng, "Pinecone", "pinecone", comps, main, v, ("header", "Api-Key"), fts or CODE + CONF,
             ep="PINECONE_INDEX_HOST", path="/query", method="POST")


def fam_weaviate(rng, v, names=None, fts=None):
    url = "https://%s.c0.%s.weaviate.cloud" % (rstr(rng, LOAN, 18), rng.choice(["us-west3.gcp", "europe-west3.gcp", "us-east1.gcp"]))
    main = pick_name(rng, ["WEAVIATE_API_KEY", "WCD_API_KEY", "WEAVIATE_KEY"]) if names is None else rng.choice(names)
    return S(rng, "Weaviate", "weaviate", [("WEAVIATE_URL", url)], main, v, ("bearer",), fts or CODE + CONF,
             ep="WEAVIATE_URL", path="/v1/schema", method="GET")


def fam_qdrant(rng, v, names=None, fts=None):
    url = "https://%s.%s.cloud.qdrant.io:6333" % (ruuid(rng), rng.choice(["us-east4-0.gcp", "eu-central-1-0.aws", "europe-west3-0.gcp"]))
    main = pick_name(rng, ["QDRANT_API_KEY", "QDRANT__SERVICE__API_KEY", "QDRANT_KEY"]) if names is None else rng.choice(names)
    return S(rng, "Qdrant", "qdrant", [("QDRANT_URL", url), ("QDRANT_COLLECTION", rng.choice(["docs", "products", "faq_chunks"]))],
             main, v, ("header", "api-key"), fts or CODE + CONF, ep="QDRANT_URL", path="/collections", method="GET")


def fam_zilliz(rng, v, names=None, fts=None):
    uri = "https://in03-%s.serverless.%s.cloud.zilliz.com" % (rstr(rng, HEX, 15), rng.choice(["gcp-us-west1", "aws-us-west-2", "aws-eu-central-1"]))
    main = pick_name(rng, ["ZILLIZ_API_KEY", "ZILLIZ_TOKEN", "MILVUS_TOKEN", "ZILLIZ_CLOUD_API_KEY"]) if names is None else rng.choice(names)
    return S(rng, "Zilliz", "zilliz", [("ZILLIZ_URI", uri)], main, v, ("bearer",), fts or CODE + CONF,
             ep="ZILLIZ_URI", path="/v2/vectordb/collections/list", method="POST")


def fam_chroma(rng, v, names=None, fts=None, cloud=True):
    main = (pick_name(rng, ["CHROMA_API_KEY", "CHROMA_CLOUD_API_KEY"]) if cloud else
            pick_name(rng, ["CHROMA_SERVER_AUTHN_CREDENTIALS", "CHROMA_AUTH_TOKEN", "CHROMA_CLIENT_AUTH_CREDENTIALS"])) if names is None else rng.choice(names)
    comps = [("CHROMA_TENANT", ruuid(rng)), ("CHROMA_DATABASE", rng.choice(["prod", "rag", "kb"]))] if cloud else \
            [("CHROMA_HOST", rng.choice(["chroma.internal.acme.io", "10.0.3.21", "vectors.corp.local"]))]
    return S(rng, "Chroma", "chroma", comps, main, v, ("header", "x-chroma-token"), fts or CODE + CONF,
             endpoint="https://api.trychroma.com" if cloud else "http://chroma.internal:8000", path="/api/v2/heartbeat", method="GET")


def fam_lancedb(rng, v, names=None, fts=None):
    main = pick_name(rng, ["LANCEDB_API_KEY", "LANCE_API_KEY"]) if names is None else rng.choice(names)
    comps = [("LANCEDB_URI", "db://%s-%s" % (rng.choice(["rag", "search", "embeddings"]), rstr(rng, LOAN, 6))), ("LANCEDB_REGION", rng.choice(["us-east-1", "eu-west-1"]))]
    return S(rng, "LanceDB", "lancedb", comps, main, v, ("header", "x-api-key"), fts or ["py", "ts", "js", "rs", "env", "yaml", "toml", "md", "ipynb"],
             endpoint="https://api.lancedb.com", path="/v1/table/", method="GET")


def atlas_dsn(rng, pw, user=None):
    return dict(scheme="mongodb+srv", user=user or rng.choice(["app", "svc_api", "etl-writer", "backend", rng.choice(FIRST)]),
                password=pw, host="%s.%s.mongodb.net" % (rng.choice(["cluster0", "prod-cluster", "cluster1", "atlas-eu"]), rstr(rng, LOAN, 5)),
                db=rng.choice(["app", "catalog", "prod", ""]), params="retryWrites=true&w=majority&appName=%s" % rng.choice(["Cluster0", "api", "etl"]),
                flavor="mongo")


def fam_mongo_uri(rng, pw, names=None, fts=None, dsn=None):
    d = dsn or atlas_dsn(rng, pw)
    main = pick_name(rng, ["MONGODB_URI", "MONGO_URL", "MONGO_URI", "ATLAS_URI"], url=True) if names is None else rng.choice(names)
    return S(rng, "MongoDB Atlas", "mongodb", [("MONGO_DB_NAME", d.get("db") or "app")], main, dsn_value(d), ("dsn", "mongo"),
             fts or ["py", "ts", "js", "java", "rb", "env", "compose", "helm", "yaml", "md", "ipynb", "prisma", "vercel"], dsn=d)


def fam_atlas_admin(rng, v, names=None, fts=None, pub=None):
    main = pick_name(rng, ["MONGODB_ATLAS_PRIVATE_KEY", "ATLAS_PRIVATE_KEY", "ATLAS_API_PRIVATE_KEY"]) if names is None else rng.choice(names)
    comps = [("MONGODB_ATLAS_PUBLIC_KEY", pub or g_atlas_pub(rng)), ("MONGODB_ATLAS_PROJECT_ID", objectid(rng))]
    if rng.random() < 0.4:
        comps.append(("MONGODB_ATLAS_ORG_ID", objectid(rng)))
    return S(rng, "MongoDB Atlas", "mongodb-atlas", comps, main, v, ("basic", "MONGODB_ATLAS_PUBLIC_KEY"), fts or CODE + CONF,
             endpoint="https://cloud.mongodb.com/api/atlas/v2", path="/groups", method="GET")


def redis_cloud_dsn(rng, pw, user="default"):
    port = rng.randint(10000, 19999)
    return dict(scheme="rediss" if rng.random() < 0.6 else "redis", user=user, password=pw,
                host="redis-%d.c%d.%s.ec2.redns.redis-cloud.com" % (port, rng.randint(1, 350), rng.choice(["us-east-1-2", "eu-west-1-1", "ap-south-1-1"])),
                port=port, flavor="redis")


def fam_redis_url(rng, pw, names=None, fts=None, dsn=None, prov="Redis Cloud", slug="redis"):
    d = dsn or redis_cloud_dsn(rng, pw)
    main = pick_name(rng, ["REDIS_URL", "REDIS_URI", "REDISCLOUD_URL", "CACHE_REDIS_URL"], url=True) if names is None else rng.choice(names)
    return S(rng, prov, slug, [("CACHE_TTL_SECONDS", str(rng.choice([60, 300, 900])))], main, dsn_value(d), ("dsn", "redis"),
             fts or ["py", "ts", "js", "go", "rb", "env", "compose", "helm", "yaml", "toml", "md", "json"], dsn=d)


def fam_redis_cloud_api(rng, v, names=None, fts=None):
    main = pick_name(rng, ["REDISCLOUD_SECRET_KEY", "REDIS_CLOUD_API_SECRET_KEY", "REDISCLOUD_USER_KEY"]) if names is None else rng.choice(names)
    return S(rng, "Redis Cloud", "rediscloud", [("REDISCLOUD_ACCESS_KEY", rstr(rng, AN, 50)[:rng.choice([40, 50])]),
                                               ("REDISCLOUD_SUBSCRIPTION_ID", str(rng.randint(100000, 2999999)))],
             main, v, ("header", "x-api-secret-key"), fts or CODE + CONF, endpoint="https://api.redislabs.com/v1", path="/subscriptions", method="GET")


def upstash_host(rng):
    return "%s-%s-%d.upstash.io" % (rng.choice(ADJ), rng.choice(NOUN), rng.randint(10000, 99999))


def fam_upstash_rest(rng, v, names=None, fts=None, readonly=False):
    host = upstash_host(rng)
    if readonly:
        main = pick_name(rng, ["UPSTASH_REDIS_REST_READONLY_TOKEN", "KV_REST_API_READ_ONLY_TOKEN"]) if names is None else rng.choice(names)
    else:
        main = pick_name(rng, ["UPSTASH_REDIS_REST_TOKEN", "KV_REST_API_TOKEN", "UPSTASH_TOKEN"]) if names is None else rng.choice(names)
    urlname = "KV_REST_API_URL" if main.startswith("KV_") else "UPSTASH_REDIS_REST_URL"
    return S(rng, "Upstash", "upstash", [(urlname, "https://" + host)], main, v, ("bearer",), fts or CODE + CONF,
             ep=urlname, path="/get/session", method="GET")


def fam_upstash_url(rng, v, names=None, fts=None):
    d = dict(scheme="rediss", user="default", password=v, host=upstash_host(rng), port=6379, flavor="redis")
    return fam_redis_url(rng, v, names or (None if names is None else names), fts, dsn=d, prov="Upstash", slug="upstash") if names is None else \
        fam_redis_url(rng, v, names, fts, dsn=d, prov="Upstash", slug="upstash")


def fam_qstash(rng, v, names=None, fts=None, signing=False):
    if signing:
        main = pick_name(rng, ["QSTASH_CURRENT_SIGNING_KEY", "QSTASH_NEXT_SIGNING_KEY"]) if names is None else rng.choice(names)
        comps = [("QSTASH_URL", "https://qstash.upstash.io")]
        return S(rng, "Upstash", "qstash", comps, main, v, ("header", "Upstash-Signature-Key"),
                 fts or ["ts", "js", "py", "go", "env", "vercel", "netlify", "md", "yaml"], ep="QSTASH_URL", path="/v2/keys", method="GET")
    main = pick_name(rng, ["QSTASH_TOKEN", "UPSTASH_QSTASH_TOKEN"]) if names is None else rng.choice(names)
    return S(rng, "Upstash", "qstash", [("QSTASH_URL", "https://qstash.upstash.io")], main, v, ("bearer",),
             fts or CODE + CONF, ep="QSTASH_URL", path="/v2/publish/https://api.acme.io/jobs", method="POST")


def fam_upstash_kafka(rng, v, names=None, fts=None):
    name = "%s-%s-%d" % (rng.choice(ADJ), rng.choice(NOUN), rng.randint(10000, 99999))
    user = b64((name + "$").encode()).rstrip("=") + rstr(rng, AN, 20)
    main = pick_name(rng, ["UPSTASH_KAFKA_REST_PASSWORD", "KAFKA_PASSWORD", "UPSTASH_KAFKA_PASSWORD"]) if names is None else rng.choice(names)
    return S(rng, "Upstash", "upstash-kafka", [("UPSTASH_KAFKA_REST_URL", "https://%s-%s-kafka.upstash.io" % (name.split("-")[0], name.split("-")[1])),
                                              ("UPSTASH_KAFKA_REST_USERNAME", user)],
             main, v, ("basic", "UPSTASH_KAFKA_REST_USERNAME"), fts or CODE + CONF, ep="UPSTASH_KAFKA_REST_URL", path="/produce/events", method="POST")


def pscale_dsn(rng, pw):
    return dict(scheme="mysql", user=rstr(rng, LOAN, 12), password=pw, host=rng.choice(["aws.connect.psdb.cloud", "gcp.connect.psdb.cloud"]),
                db=rng.choice(["shop", "app", "orders", "core"]), params=rng.choice(["sslaccept=strict", 'ssl={"rejectUnauthorized":true}']), flavor="mysql")


def fam_pscale_url(rng, pw, names=None, fts=None, dsn=None):
    d = dsn or pscale_dsn(rng, pw)
    if "{" in d.get("params", ""):
        d["params"] = "sslaccept=strict"
    main = pick_name(rng, ["DATABASE_URL", "PLANETSCALE_DATABASE_URL", "PSCALE_DB_URL"], url=True) if names is None else rng.choice(names)
    return S(rng, "PlanetScale", "planetscale", [("DATABASE_HOST", d["host"])], main, dsn_value(d), ("dsn", "mysql"),
             fts or ["py", "ts", "js", "go", "java", "env", "md", "ipynb"] + DSN_FT + ["vercel", "netlify"], dsn=d)


def fam_pscale_token(rng, v, names=None, fts=None, oauth=False):
    if oauth:
        main = pick_name(rng, ["PLANETSCALE_OAUTH_TOKEN", "PSCALE_ACCESS_TOKEN"]) if names is None else rng.choice(names)
        comps = [("PLANETSCALE_ORG", rng.choice(["acme", "northwind-inc", "fabrikam"]))]
        auth = ("bearer",)
    else:
        main = pick_name(rng, ["PLANETSCALE_SERVICE_TOKEN", "PSCALE_SERVICE_TOKEN"]) if names is None else rng.choice(names)
        comps = [("PLANETSCALE_SERVICE_TOKEN_ID", rstr(rng, LOAN, 12)), ("PLANETSCALE_ORG", rng.choice(["acme", "northwind-inc", "fabrikam"]))]
        auth = ("basic", "PLANETSCALE_SERVICE_TOKEN_ID")
    return S(rng, "PlanetScale", "planetscale", comps, main, v, auth, fts or CODE + CONF,
             endpoint="https://api.planetscale.com/v1", path="/organizations", method="GET")


def neon_dsn(rng, pw, pooled=None):
    ep = g_neon_ep(rng)
    pooled = rng.random() < 0.5 if pooled is None else pooled
    return dict(scheme=rng.choice(["postgresql", "postgres"]), user=rng.choice(["neondb_owner", "app_user", "web", rng.choice(FIRST)]),
                password=pw, host="%s%s.%s.aws.neon.tech" % (ep, "-pooler" if pooled else "", rng.choice(["us-east-2", "eu-central-1", "us-west-2", "ap-southeast-1"])),
                db=rng.choice(["neondb", "app", "main"]), params=rng.choice(["sslmode=require", "sslmode=require&channel_binding=require"]), flavor="postgres")


def fam_pg_url(rng, pw, dsn, prov, slug, names=None, fts=None, flavor="postgres"):
    main = pick_name(rng, ["DATABASE_URL", "POSTGRES_URL", "DB_URL", "%s_DATABASE_URL" % slug.upper().replace("-", "_")], url=True) if names is None else rng.choice(names)
    comps = [("PGSSLMODE", "require")] if rng.random() < 0.3 else [("DB_POOL_MAX", str(rng.choice([5, 10, 20])))]
    return S(rng, prov, slug, comps, main, dsn_value(dsn), ("dsn", "postgres"),
             fts or ["py", "ts", "js", "go", "java", "rb", "env", "compose", "helm", "md", "ipynb", "vercel", "dbt"] + DSN_FT,
             dsn=dsn, native={"dbt": ("postgres", [("host", dsn["host"]), ("port", str(dsn.get("port") or 5432)), ("user", dsn["user"]),
                                                   ("password", dsn["password"]), ("dbname", dsn.get("db", "postgres")), ("schema", "analytics"),
                                                   ("sslmode", "require")]), "dbt_secret_key": "password"})


def fam_neon_api(rng, v, names=None, fts=None):
    main = pick_name(rng, ["NEON_API_KEY", "NEON_TOKEN"]) if names is None else rng.choice(names)
    pid = "%s-%s-%s" % (rng.choice(ADJ), rng.choice(NOUN), rstr(rng, DG, 8))
    return S(rng, "Neon", "neon", [("NEON_PROJECT_ID", pid)], main, v, ("bearer",), fts or CODE + CONF,
             endpoint="https://console.neon.tech/api/v2", path="/projects/%s/branches" % pid, method="GET")


def fam_turso(rng, v, names=None, fts=None):
    db = "%s-%s" % (rng.choice(["app", "edge-cache", "tenants", "notes"]), rng.choice(["acme", "jdoe", "northwind", rng.choice(FIRST)]))
    main = pick_name(rng, ["TURSO_AUTH_TOKEN", "LIBSQL_AUTH_TOKEN", "DATABASE_AUTH_TOKEN", "TURSO_DB_TOKEN"]) if names is None else rng.choice(names)
    url = "libsql://%s.turso.io" % db if rng.random() < 0.8 else "libsql://%s.aws-us-east-1.turso.io" % db
    return S(rng, "Turso", "turso", [("TURSO_DATABASE_URL", url)], main, v, ("bearer",), fts or CODE + CONF + ["drizzle"],
             endpoint="https://%s.turso.io" % db, path="/v2/pipeline", method="POST", drizzle_dialect="turso",
             native={"drizzle": [("url", url), ("authToken", v)]})


def fam_supabase(rng, v, names=None, fts=None, ref=None, kind="service", with_anon=True):
    ref = ref or g_supa_ref(rng)
    url = "https://%s.supabase.co" % ref
    if kind == "service":
        pool = ["SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_SERVICE_KEY", "SUPABASE_KEY"]
    elif kind == "secret":
        pool = ["SUPABASE_SECRET_KEY", "SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_KEY"]
    elif kind == "anon":
        pool = ["NEXT_PUBLIC_SUPABASE_ANON_KEY", "SUPABASE_ANON_KEY", "VITE_SUPABASE_ANON_KEY"]
    else:
        pool = ["NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY", "SUPABASE_PUBLISHABLE_KEY", "VITE_SUPABASE_PUBLISHABLE_KEY"]
    main = (pick_name(rng, pool) if kind in ("service", "secret") else rng.choice(pool)) if names is None else rng.choice(names)
    urlname = "NEXT_PUBLIC_SUPABASE_URL" if main.startswith("NEXT_PUBLIC") or rng.random() < 0.3 else "SUPABASE_URL"
    comps = [(urlname, url)]
    if with_anon and kind in ("service", "secret") and rng.random() < 0.5:
        comps.append(("SUPABASE_ANON_KEY", g_supa_jwt(rng, "anon", ref) if kind == "service" else g_sb_new(rng, "publishable")))
    return S(rng, "Supabase", "supabase", comps, main, v, ("header", "apikey"), fts or CODE + CONF,
             ep=urlname, path="/rest/v1/profiles?select=id", method="GET")


def supa_dsn(rng, pw, ref=None):
    ref = ref or g_supa_ref(rng)
    pooled = rng.random() < 0.6
    if pooled:
        return dict(scheme="postgresql", user="postgres.%s" % ref, password=pw,
                    host="aws-0-%s.pooler.supabase.com" % rng.choice(["us-east-1", "eu-central-1", "ap-southeast-1", "us-west-1"]),
                    port=rng.choice([6543, 5432]), db="postgres", flavor="postgres")
    return dict(scheme="postgresql", user="postgres", password=pw, host="db.%s.supabase.co" % ref, port=5432, db="postgres", flavor="postgres")


def fam_supabase_pat(rng, v, names=None, fts=None):
    main = pick_name(rng, ["SUPABASE_ACCESS_TOKEN", "SUPABASE_PAT"]) if names is None else rng.choice(names)
    return S(rng, "Supabase", "supabase", [("SUPABASE_PROJECT_REF", g_supa_ref(rng))], main, v, ("bearer",), fts or CODE + CONF,
             endpoint="https://api.supabase.com/v1", path="/projects", method="GET")


def fam_xata(rng, v, names=None, fts=None):
    ws = "%s-%s" % (rng.choice(["acme", "team", rng.choice(FIRST)]), rstr(rng, LOAN, 6))
    url = "https://%s.%s.xata.sh/db/%s" % (ws, rng.choice(["us-east-1", "eu-west-1"]), rng.choice(["app", "blog", "crm"]))
    main = pick_name(rng, ["XATA_API_KEY", "XATA_KEY"]) if names is None else rng.choice(names)
    return S(rng, "Xata", "xata", [("XATA_DATABASE_URL", url), ("XATA_BRANCH", rng.choice(["main", "dev", "preview"]))], main, v,
             ("bearer",), fts or CODE + CONF, ep="XATA_DATABASE_URL", path=":main/tables/posts/query", method="POST")


def fam_fauna(rng, v, names=None, fts=None):
    main = pick_name(rng, ["FAUNA_SECRET", "FAUNADB_SECRET", "FAUNA_KEY", "FAUNA_SERVER_KEY"]) if names is None else rng.choice(names)
    return S(rng, "Fauna", "fauna", [("FAUNA_ENDPOINT", "https://db.fauna.com")], main, v, ("bearer",), fts or CODE + CONF,
             ep="FAUNA_ENDPOINT", path="/query/1", method="POST")


def crdb_dsn(rng, pw):
    cl = "%s-%s-%d" % (rng.choice(ADJ), rng.choice(NOUN), rng.randint(1000, 9999))
    return dict(scheme="postgresql", user=rng.choice(["app", "svc_writer", rng.choice(FIRST)]), password=pw,
                host="%s.%s.%s.cockroachlabs.cloud" % (cl, rstr(rng, LOAN, 3), rng.choice(["aws-us-east-1", "gcp-us-central1", "aws-eu-central-1"])),
                port=26257, db=rng.choice(["defaultdb", "app"]), params="sslmode=verify-full", flavor="cockroach")


def fam_ccdb_api(rng, v, names=None, fts=None):
    main = pick_name(rng, ["COCKROACH_API_KEY", "CRDB_API_KEY", "COCKROACH_CLOUD_API_KEY"]) if names is None else rng.choice(names)
    return S(rng, "CockroachDB Cloud", "cockroach", [("COCKROACH_CLUSTER_ID", ruuid(rng))], main, v, ("bearer",), fts or CODE + CONF,
             endpoint="https://cockroachlabs.cloud/api/v1", path="/clusters", method="GET")


def aiven_dsn(rng, pw):
    proj = rng.choice(["acme", "shop", "data", "platform"]) + "-" + rng.choice(["prod", "dev", "analytics"])
    if rng.random() < 0.7:
        return dict(scheme="postgres", user="avnadmin", password=pw, host="pg-%s-%s.%s.aivencloud.com" % (rstr(rng, LOAN, 4), proj, rng.choice(["a", "b", "c"])) if False else
                    "pg-%s-%s.aivencloud.com" % (rng.choice(["main", "orders", "events"]), proj),
                    port=rng.randint(10000, 29999), db="defaultdb", params="sslmode=require", flavor="postgres")
    return dict(scheme="mysql", user="avnadmin", password=pw, host="mysql-%s-%s.aivencloud.com" % (rng.choice(["main", "orders"]), proj),
                port=rng.randint(10000, 29999), db="defaultdb", params="ssl-mode=REQUIRED", flavor="mysql")


def fam_aiven_url(rng, pw, names=None, fts=None, dsn=None):
    d = dsn or aiven_dsn(rng, pw)
    if d["scheme"] == "mysql":
        main = pick_name(rng, ["DATABASE_URL", "AIVEN_MYSQL_URI", "MYSQL_URL"], url=True) if names is None else rng.choice(names)
        return S(rng, "Aiven", "aiven", [("DB_POOL_MAX", "10")], main, dsn_value(d), ("dsn", "mysql"),
                 fts or ["py", "ts", "js", "go", "java", "env", "compose", "md"] + DSN_FT, dsn=d)
    return fam_pg_url(rng, pw, d, "Aiven", "aiven", names, fts)


def fam_aiven_token(rng, v, names=None, fts=None):
    main = pick_name(rng, ["AIVEN_TOKEN", "AIVEN_API_TOKEN", "AIVEN_AUTH_TOKEN"]) if names is None else rng.choice(names)
    return S(rng, "Aiven", "aiven", [("AIVEN_PROJECT", rng.choice(["acme-prod", "data-platform", "shop-dev"]))], main, v,
             ("bearer", "aivenv1"), fts or CODE + CONF, endpoint="https://api.aiven.io/v1", path="/project", method="GET")


def ch_host(rng):
    return "%s.%s.aws.clickhouse.cloud" % (rstr(rng, LOAN, 10), rng.choice(["us-east-1", "eu-west-1", "us-west-2", "ap-south-1"]))


def fam_ch_password(rng, v, names=None, fts=None):
    host = ch_host(rng)
    main = pick_name(rng, ["CLICKHOUSE_PASSWORD", "CH_PASSWORD", "CLICKHOUSE_DEFAULT_PASSWORD"]) if names is None else rng.choice(names)
    native = {"dbt": ("clickhouse", [("host", host), ("port", "8443"), ("user", "default"), ("password", v), ("schema", "analytics"),
                                     ("secure", "true")]), "dbt_secret_key": "password"}
    return S(rng, "ClickHouse Cloud", "clickhouse", [("CLICKHOUSE_HOST", "https://%s:8443" % host), ("CLICKHOUSE_USER", "default")], main, v,
             ("basic", "CLICKHOUSE_USER"), fts or CODE + CONF + ["dbt"], ep="CLICKHOUSE_HOST", path="/?query=SELECT%201", method="GET",
             native=native)


def fam_ch_api(rng, v, names=None, fts=None, key_id=None):
    main = pick_name(rng, ["CLICKHOUSE_KEY_SECRET", "CLICKHOUSE_API_SECRET", "CH_KEY_SECRET"]) if names is None else rng.choice(names)
    return S(rng, "ClickHouse Cloud", "clickhouse", [("CLICKHOUSE_KEY_ID", key_id or g_ch_key_id(rng)), ("CLICKHOUSE_ORG_ID", ruuid(rng))], main, v,
             ("basic", "CLICKHOUSE_KEY_ID"), fts or CODE + CONF, endpoint="https://api.clickhouse.cloud/v1", path="/organizations", method="GET")


def r_sf_py(rng, spec):
    sf = spec["sf"]
    lines = ['"""Nightly export from Snowflake into the feature store."""', "import os", "", "import snowflake.connector", ""]
    for n, v in spec["entries"]:
        lines.append("%s = %s" % (n, render_val(v, "py")))
    lines += ["", "", "def connect():", "    return snowflake.connector.connect(", "        account=SNOWFLAKE_ACCOUNT,",
              "        user=SNOWFLAKE_USER,"]
    if sf["mode"] == "password":
        lines.append("        password=%s," % spec["main"])
    else:
        lines += ["        private_key_file=%s," % jq(sf["keyfile"]), "        private_key_file_pwd=%s," % spec["main"]]
    lines += ["        warehouse=%s," % jq(sf["wh"]), "        database=%s," % jq(sf["db"]), "        role=%s," % jq(sf["role"]), "    )", "", "",
              "def export(sql, out_path):", "    with connect() as conn, conn.cursor() as cur:", "        cur.execute(sql)",
              "        df = cur.fetch_pandas_all()", "    df.to_parquet(out_path)", "    return len(df)"]
    return rng.choice(["pipelines/snowflake_export.py", "etl/sf_extract.py", "jobs/export_features.py"]), "\n".join(lines) + "\n", "py"


RENDERERS["sfpy"] = r_sf_py


def fam_snowflake(rng, v, names=None, fts=None, mode="password"):
    acct = g_sf_account(rng)
    user = rng.choice(["SVC_DBT", "ETL_LOADER", "AIRFLOW", rng.choice(FIRST).upper() + "_" + rng.choice(FIRST).upper()[:1]])
    wh, db, role = rng.choice(["TRANSFORM_WH", "COMPUTE_WH", "ETL_WH"]), rng.choice(["ANALYTICS", "RAW", "PROD"]), rng.choice(["TRANSFORMER", "LOADER", "SYSADMIN"])
    keyfile = rng.choice(["~/.ssh/snowflake_rsa_key.p8", "/run/keys/rsa_key.p8", "keys/sf_svc.p8"])
    if mode == "password":
        main = pick_name(rng, ["SNOWFLAKE_PASSWORD", "SF_PASSWORD", "SNOWSQL_PWD"]) if names is None else rng.choice(names)
        sfc = [("account", acct), ("user", user), ("password", v), ("warehouse", wh), ("database", db), ("role", role)]
        dbt = ("snowflake", [("account", acct), ("user", user), ("password", v), ("role", role), ("warehouse", wh), ("database", db), ("schema", "MARTS")])
        sk = "password"
    else:
        main = pick_name(rng, ["SNOWFLAKE_PRIVATE_KEY_PASSPHRASE", "PRIVATE_KEY_PASSPHRASE", "SNOWFLAKE_PRIVATE_KEY_FILE_PWD"]) if names is None else rng.choice(names)
        sfc = [("account", acct), ("user", user), ("authenticator", "SNOWFLAKE_JWT"), ("private_key_file", keyfile), ("private_key_file_pwd", v),
               ("warehouse", wh), ("database", db)]
        dbt = ("snowflake", [("account", acct), ("user", user), ("private_key_path", keyfile), ("private_key_passphrase", v), ("role", role),
                             ("warehouse", wh), ("database", db), ("schema", "MARTS")])
        sk = "private_key_passphrase"
    comps = [("SNOWFLAKE_ACCOUNT", acct), ("SNOWFLAKE_USER", user)]
    return S(rng, "Snowflake", "snowflake", comps, main, v, ("basic", "SNOWFLAKE_USER"),
             fts or ["sfconn", "dbt", "sfpy", "env", "compose", "helm", "yaml", "md", "ipynb", "sh"],
             endpoint="https://%s.snowflakecomputing.com" % acct, path="/api/v2/statements", method="POST",
             sf=dict(mode=mode, keyfile=keyfile, wh=wh, db=db, role=role),
             native={"sfconn": sfc, "dbt": dbt, "dbt_secret_key": sk})


def fam_databricks(rng, v, names=None, fts=None, oauth=False):
    host = "https://" + g_db_workspace(rng)
    wh = "/sql/1.0/warehouses/%s" % rstr(rng, HEX, 16)
    if oauth:
        main = pick_name(rng, ["DATABRICKS_CLIENT_SECRET", "DBX_CLIENT_SECRET"]) if names is None else rng.choice(names)
        cid = ruuid(rng)
        comps = [("DATABRICKS_HOST", host), ("DATABRICKS_CLIENT_ID", cid)]
        native = {"dbcfg": [("host", host), ("client_id", cid), ("client_secret", v)],
                  "dbt": ("databricks", [("host", host[8:]), ("http_path", wh), ("auth_type", "oauth"), ("client_id", cid),
                                         ("client_secret", v), ("schema", "analytics")]), "dbt_secret_key": "client_secret"}
        auth = ("basic", "DATABRICKS_CLIENT_ID")
    else:
        main = pick_name(rng, ["DATABRICKS_TOKEN", "DATABRICKS_PAT", "DBX_TOKEN"]) if names is None else rng.choice(names)
        comps = [("DATABRICKS_HOST", host)]
        if rng.random() < 0.5:
            comps.append(("DATABRICKS_HTTP_PATH", wh))
        if rng.random() < 0.3:
            comps.append(("DATABRICKS_CLUSTER_ID", g_db_cluster(rng)))
        native = {"dbcfg": [("host", host), ("token", v)],
                  "dbt": ("databricks", [("catalog", "main"), ("schema", "analytics"), ("host", host[8:]), ("http_path", wh), ("token", v)]),
                  "dbt_secret_key": "token"}
        auth = ("bearer",)
    return S(rng, "Databricks", "databricks", comps, main, v, auth, fts or CODE + CONF + ["dbcfg", "dbt"],
             ep="DATABRICKS_HOST", path="/api/2.0/clusters/list", method="GET", native=native)


def fam_firebase(rng, pem_or_val):
    proj = "%s-%s" % (rng.choice(["acme", "shopapp", "kb", "tasks", "chat"]), rstr(rng, LOAN, 5))
    return dict(project=proj, key_id=rstr(rng, HEX, 40), pem=pem_or_val, sa="firebase-adminsdk-%s" % rstr(rng, LOAN, 5),
                client_id=str(rng.randint(10 ** 20, 10 ** 21 - 1)))


def fam_convex(rng, v, names=None, fts=None, name=None):
    main = pick_name(rng, ["CONVEX_DEPLOY_KEY"]) if names is None else rng.choice(names)
    name = name or g_convex_name(rng)
    comps = [("NEXT_PUBLIC_CONVEX_URL", "https://%s.convex.cloud" % name)] if rng.random() < 0.6 else []
    return S(rng, "Convex", "convex", comps, main, v, ("bearer", "Convex"), fts or ["env", "vercel", "netlify", "md", "sh", "yaml", "compose", "json"],
             endpoint="https://%s.convex.cloud" % name, path="/api/deploy", method="POST")


# ---------------------------------------------------------------------------
# POSITIVE kinds: (provider, kind, builder(rng) -> (spec, needle))
# ---------------------------------------------------------------------------
def _kv(fam, gen, **kw):
    def b(rng):
        s = gen(rng)
        return fam(rng, s, **kw), s
    return b


def _pg(dsnf, pwf, prov, slug):
    def b(rng):
        pw = pwf(rng)
        return fam_pg_url(rng, pw, dsnf(rng, pw), prov, slug), pw
    return b


def _firebase(rng):
    pem = "\n".join(rsa_pkcs8_pem_lines(rng)) + "\n"
    fb = fam_firebase(rng, pem)
    spec = dict(prov="Firebase", slug="firebase", firebase=fb, fts=["fbsa", "fbsa", "fbcode", "env"], auth=("none",),
                entries=[("FIREBASE_PROJECT_ID", fb["project"]), ("FIREBASE_CLIENT_EMAIL", "%s@%s.iam.gserviceaccount.com" % (fb["sa"], fb["project"])),
                         (pick_name(rng, ["FIREBASE_PRIVATE_KEY", "FIREBASE_ADMIN_PRIVATE_KEY", "GOOGLE_PRIVATE_KEY"]), pem)])
    spec["main"] = spec["entries"][-1][0]
    return spec, jq(pem)[1:-1]


def _milvus_token(rng):
    pw = gen_db_password(rng, rng.choice([16, 20]))
    user = rng.choice(["db_admin", "app_rw", "ingest"])
    spec = fam_zilliz(rng, user + ":" + pw, names=None)
    return spec, pw


def _elastic_api(rng):
    enc, _ = g_elastic_api_key(rng)
    return fam_elastic(rng, enc), enc


def _cloud_pw(rng):
    return rstr(rng, AN, rng.choice([16, 24]))


def _human_or_gen(rng, url_safe=True):
    return human_password(rng, url_safe) if rng.random() < 0.35 else rstr(rng, AN, rng.choice([16, 20, 24]))


POS = [
    ("Algolia", "admin_api_key", _kv(fam_algolia, g_hex32)),
    ("Elastic", "api_key_encoded", _elastic_api),
    ("Elastic", "elastic_password_in_url", lambda rng: (lambda pw: (fam_elastic_url(rng, pw), pw))(_cloud_pw(rng))),
    ("Elastic", "builtin_user_password", _kv(fam_elastic_user, lambda rng: rstr(rng, AN, 24))),
    ("Elastic", "service_account_token", _kv(fam_elastic_svc, g_elastic_service_token)),
    ("OpenSearch", "master_user_password", _kv(fam_opensearch, lambda rng: human_password(rng) if rng.random() < 0.6 else rstr(rng, AN + "!.-_", 20))),
    ("OpenSearch", "password_in_url", lambda rng: (lambda pw: (fam_elastic_url(rng, pw, dsn=dict(
        scheme="https", user=rng.choice(["admin", "master", "osadmin"]), password=pw,
        host="search-%s-%s.%s.es.amazonaws.com" % (rng.choice(["logs", "catalog"]), rstr(rng, LOAN, 26), rng.choice(["us-east-1", "eu-west-1"])),
        port=443)) | {"prov": "OpenSearch", "slug": "opensearch"}, pw))(human_password(rng, True))),
    ("Typesense", "admin_api_key", _kv(fam_typesense, g_typesense_key)),
    ("Meilisearch", "master_key", _kv(fam_meili, g_meili_master)),
    ("Meilisearch", "admin_api_key", _kv(fam_meili, g_meili_key, master=False)),
    ("Pinecone", "api_key_pcsk", _kv(fam_pinecone, g_pinecone_new)),
    ("Pinecone", "api_key_legacy_uuid", _kv(fam_pinecone, ruuid)),
    ("Weaviate", "cloud_api_key", _kv(fam_weaviate, g_weaviate)),
    ("Weaviate", "selfhosted_allowed_key", _kv(fam_weaviate, lambda rng: rstr(rng, B64U, 32),
                                             names=["AUTHENTICATION_APIKEY_ALLOWED_KEYS"], fts=["compose", "helm", "env"])),
    ("Qdrant", "cloud_api_key", _kv(fam_qdrant, g_qdrant)),
    ("Qdrant", "jwt_token", _kv(fam_qdrant, g_qdrant_jwt)),
    ("Zilliz", "cloud_api_key", _kv(fam_zilliz, g_zilliz)),
    ("Zilliz", "milvus_user_password_token", _milvus_token),
    ("Chroma", "cloud_api_key", _kv(fam_chroma, g_chroma_cloud)),
    ("Chroma", "server_auth_token", _kv(fam_chroma, lambda rng: rstr(rng, B64U, 32), cloud=False)),
    ("LanceDB", "cloud_api_key", _kv(fam_lancedb, g_lancedb)),
    ("MongoDB Atlas", "connection_string_password", lambda rng: (lambda pw: (fam_mongo_uri(rng, pw), pw))(_human_or_gen(rng))),
    ("MongoDB Atlas", "admin_api_private_key", _kv(fam_atlas_admin, ruuid)),
    ("Redis Cloud", "redis_url_password", lambda rng: (lambda pw: (fam_redis_url(rng, pw), pw))(rstr(rng, AN, 32))),
    ("Redis Cloud", "api_secret_key", _kv(fam_redis_cloud_api, g_redis_cloud_secret)),
    ("Upstash", "redis_rest_token", _kv(fam_upstash_rest, g_upstash_token)),
    ("Upstash", "redis_rest_readonly_token", _kv(fam_upstash_rest, lambda rng: g_upstash_token(rng, True), readonly=True)),
    ("Upstash", "redis_url_password", lambda rng: (lambda t: (fam_upstash_url(rng, t), t))(g_upstash_token(rng))),
    ("Upstash", "qstash_token", _kv(fam_qstash, g_qstash_token)),
    ("Upstash", "qstash_signing_key", _kv(fam_qstash, g_qstash_sig, signing=True)),
    ("Upstash", "kafka_rest_password", _kv(fam_upstash_kafka, g_upstash_kafka_pw)),
    ("PlanetScale", "password_pscale_pw", lambda rng: (lambda pw: (fam_pscale_url(rng, pw), pw))(g_pscale(rng, "pscale_pw_"))),
    ("PlanetScale", "service_token", _kv(fam_pscale_token, lambda rng: g_pscale(rng, "pscale_tkn_"))),
    ("PlanetScale", "oauth_token", _kv(fam_pscale_token, lambda rng: g_pscale(rng, "pscale_oauth_"), oauth=True)),
    ("Neon", "connection_string_password", _pg(neon_dsn, lambda rng: g_neon_pw(rng) if rng.random() < 0.75 else rstr(rng, AN, 12), "Neon", "neon")),
    ("Neon", "api_key", _kv(fam_neon_api, lambda rng: g_neon_api(rng) if rng.random() < 0.6 else rstr(rng, LOAN, 64))),
    ("Turso", "auth_token_jwt", _kv(fam_turso, g_turso_token)),
    ("Supabase", "service_role_jwt", lambda rng: (lambda ref: (lambda t: (fam_supabase(rng, t, ref=ref), t))(g_supa_jwt(rng, "service_role", ref)))(g_supa_ref(rng))),
    ("Supabase", "secret_key_sb_secret", _kv(fam_supabase, lambda rng: g_sb_new(rng, "secret"), kind="secret")),
    ("Supabase", "db_password_in_url", _pg(supa_dsn, lambda rng: _human_or_gen(rng), "Supabase", "supabase")),
    ("Supabase", "personal_access_token", _kv(fam_supabase_pat, g_sbp)),
    ("Xata", "api_key", _kv(fam_xata, g_xata)),
    ("Fauna", "secret", _kv(fam_fauna, g_fauna)),
    ("CockroachDB Cloud", "connection_string_password", lambda rng: (lambda pw: (fam_pg_url(rng, pw, crdb_dsn(rng, pw), "CockroachDB Cloud", "cockroach"), pw))(rstr(rng, AN, 22))),
    ("CockroachDB Cloud", "api_key", _kv(fam_ccdb_api, g_ccdb)),
    ("Aiven", "service_uri_password", lambda rng: (lambda pw: (fam_aiven_url(rng, pw), pw))(g_avns(rng))),
    ("Aiven", "api_token", _kv(fam_aiven_token, g_aiven_token)),
    ("ClickHouse Cloud", "service_password", _kv(fam_ch_password, g_ch_password)),
    ("ClickHouse Cloud", "api_key_secret", _kv(fam_ch_api, g_ch_secret)),
    ("Snowflake", "user_password", _kv(fam_snowflake, lambda rng: human_password(rng))),
    ("Snowflake", "private_key_passphrase", _kv(fam_snowflake, lambda rng: human_password(rng) if rng.random() < 0.5 else rstr(rng, AN, 24), mode="keypair")),
    ("Databricks", "personal_access_token", _kv(fam_databricks, g_dapi)),
    ("Databricks", "oauth_client_secret", _kv(fam_databricks, g_dose, oauth=True)),
    ("Firebase", "admin_service_account_key", _firebase),
    ("Convex", "deploy_key", _kv(fam_convex, g_convex_key)),
]


# ---------------------------------------------------------------------------
# NEGATIVE look-alikes
# ---------------------------------------------------------------------------
def redact(rng, s, keep_prefix=0):
    p = s[:keep_prefix] if keep_prefix else ""
    style = rng.randint(0, 4)
    if style == 0:
        return p + "****" + s[-4:]
    if style == 1:
        return (p or s[:4]) + "\u2026" + s[-3:]
    if style == 2:
        return p + "*" * 12
    if style == 3:
        return (p or s[:6]) + "..." + s[-4:]
    return p + "<redacted>"


def placeholder(rng, name, prefix=""):
    low = name.lower().replace("_", "-")
    opts = ["<your-%s>" % low, "YOUR_%s" % name, "changeme", "REPLACE_ME", "<%s>" % low, "TODO-set-in-vault",
            "your-%s-here" % low, "xxxxxxxxxxxxxxxx", "CHANGE_ME"]
    if prefix:
        opts += [prefix + "...", prefix + "XXXXXXXXXXXXXXXX", prefix + "<your-key>", prefix + "********"]
    return rng.choice(opts)


def secret_ref(rng, name):
    acct = "%012d" % rng.randint(10 ** 11, 10 ** 12 - 1)
    opts = ["op://Engineering/%s/credential" % name.split("_")[0].capitalize(),
            "vault:secret/data/%s#%s" % (rng.choice(["prod", "search", "data"]), name.lower()),
            "arn:aws:secretsmanager:%s:%s:secret:prod/%s-%s" % (rng.choice(["us-east-1", "eu-west-1"]), acct, name.lower().replace("_", "-"), rstr(rng, AN, 6)),
            "projects/%s/secrets/%s/versions/latest" % (rng.choice(["acme-prod", "data-platform-31"]), name.lower().replace("_", "-")),
            "${{ secrets.%s }}" % name,
            "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(rng, rng.choice([24, 32, 36]))), b64(rbytes(rng, 32)), b64(rbytes(rng, 16))),
            "sm://%s" % name.lower()]
    return rng.choice(opts)


ENVREF_FTS = set(CODE + ["compose", "sh", "dbt", "dbyml", "knex", "settings", "prisma", "drizzle", "md", "ipynb", "helm", "yaml", "sfpy"])
PLACEHOLDER_FTS = set(CODE + CONF + ["settings", "kibana", "osd", "logstash", "tsini", "meili", "sfconn", "dbcfg", "dbt", "esyml"]) - {"sh"}


def _neg_from(fam, valf, fts_filter=None, **kw):
    """Generic negative: call family with a look-alike value, filter file types."""
    def b(rng):
        v = valf(rng)
        spec = fam(rng, v, **kw)
        mainname = spec["main"]
        if isinstance(v, Env) and v.var == "__MAIN__":
            v.var = mainname
        fts = [f for f in spec["fts"] if fts_filter is None or f in fts_filter]
        spec["fts"] = fts or ["py"]
        return spec
    return b


def _env_main(rng):
    return Env("__MAIN__")


def N_env(fam, **kw):
    return _neg_from(fam, _env_main, ENVREF_FTS, **kw)


def _swap_native(spec, old, new):
    nat = spec.get("native") or {}
    for k, val in list(nat.items()):
        if isinstance(val, list):
            nat[k] = [(kk, new if vv == old else vv) for kk, vv in val]
        elif isinstance(val, tuple):
            nat[k] = (val[0], [(kk, new if vv == old else vv) for kk, vv in val[1]])


def N_ph(fam, prefix="", **kw):
    def b(rng):
        spec = _neg_from(fam, lambda r: "PH", PLACEHOLDER_FTS, **kw)(rng)
        ph = placeholder(rng, spec["main"], prefix)
        spec["entries"] = [(n, ph if n == spec["main"] else v) for n, v in spec["entries"]]
        _swap_native(spec, "PH", ph)
        return spec
    return b


def N_red(fam, gen, keep_prefix=0, **kw):
    return _neg_from(fam, lambda r: redact(r, gen(r), keep_prefix), PLACEHOLDER_FTS, **kw)


def N_ref(fam, **kw):
    def b(rng):
        spec = _neg_from(fam, lambda r: "REF", set(CODE + ["yaml", "helm", "json", "toml", "md", "env", "compose", "settings"]), **kw)(rng)
        ref = secret_ref(rng, spec["main"])
        spec["entries"] = [(n, ref if n == spec["main"] else v) for n, v in spec["entries"]]
        _swap_native(spec, "REF", ref)
        return spec
    return b


def dsn_neg(dsnf, famf, mode, **kw):
    """DSN negatives: password from env, placeholder, or a local default."""
    def b(rng):
        if mode == "env":
            flavor = dsnf(random.Random(rng.random()), "x").get("flavor", "postgres")
            pw = Env(rng.choice({"postgres": ["DB_PASSWORD", "DATABASE_PASSWORD", "PGPASSWORD", "POSTGRES_PASSWORD"],
                                 "cockroach": ["DB_PASSWORD", "COCKROACH_PASSWORD", "PGPASSWORD"],
                                 "mysql": ["DB_PASSWORD", "MYSQL_PASSWORD", "DATABASE_PASSWORD"],
                                 "mongo": ["MONGO_PASSWORD", "MONGODB_PASSWORD", "DB_PASSWORD"],
                                 "redis": ["REDIS_PASSWORD", "REDISCLOUD_PASSWORD"]}.get(flavor, ["DB_PASSWORD"])))
        elif mode == "ph":
            pw = rng.choice(["<password>", "<db_password>", "YOUR_PASSWORD", "********", "[YOUR-PASSWORD]", "changeme", "PASSWORD"])
        else:
            pw = "x"
        d = dsnf(rng, pw)
        spec = famf(rng, pw, d) if famf else None
        return spec
    return b


def _fam_dsn_generic(fam, **kw):
    def f(rng, pw, d):
        s = fam(rng, pw, dsn=d, **kw)
        if isinstance(pw, Env):
            s["fts"] = [x for x in s["fts"] if x in ENVREF_FTS or x == "env"]
        if "<" in str(pw) or "[" in str(pw):
            s["fts"] = [x for x in s["fts"] if x not in ("prisma",)] or ["md"]
        return s
    return f


def _fam_pg(prov, slug):
    def f(rng, pw, d):
        s = fam_pg_url(rng, pw, d, prov, slug)
        if isinstance(pw, Env):
            s["fts"] = [x for x in s["fts"] if x in ENVREF_FTS or x == "env"]
        return s
    return f


def local_pg(rng, _pw):
    user = rng.choice(["postgres", "app", "dev"])
    return dict(scheme="postgresql", user=user, password=user if rng.random() < 0.7 else "postgres", host=rng.choice(["localhost", "127.0.0.1", "db", "postgres"]),
                port=5432, db=rng.choice(["app_dev", "postgres", "shop_development"]), params="sslmode=disable" if rng.random() < 0.5 else "", flavor="postgres")


def local_mysql(rng, _pw):
    return dict(scheme="mysql", user="root", password=rng.choice(["root", "password", "mysql"]), host=rng.choice(["127.0.0.1", "localhost", "mysql"]),
                port=3306, db=rng.choice(["app_dev", "shop"]), flavor="mysql")


def local_redis_spec(rng):
    url = rng.choice(["redis://localhost:6379/0", "redis://127.0.0.1:6379", "redis://redis:6379/1", "redis://:devpassword@localhost:6379/0"])
    spec = S(rng, "Redis Cloud", "redis", [("CACHE_TTL_SECONDS", "300")], rng.choice(["REDIS_URL", "CACHE_REDIS_URL"]), url, ("dsn", "redis"),
             ["py", "ts", "js", "go", "env", "compose", "yaml", "md"])
    return spec


def local_mongo_spec(rng):
    url = rng.choice(["mongodb://localhost:27017/app_dev", "mongodb://mongo:27017/test", "mongodb://root:example@localhost:27017/?authSource=admin",
                      "mongodb://127.0.0.1:27017/?directConnection=true"])
    return S(rng, "MongoDB Atlas", "mongodb", [("MONGO_DB_NAME", "app_dev")], rng.choice(["MONGODB_URI", "MONGO_URL"]), url, ("dsn", "mongo"),
             ["py", "ts", "js", "env", "compose", "yaml", "md"])


# custom negative files ------------------------------------------------------
def nr_firebase_web(rng):
    proj = "%s-%s" % (rng.choice(["acme", "shopapp", "kb", "tasks"]), rstr(rng, LOAN, 5))
    sender = str(rng.randint(10 ** 11, 10 ** 12 - 1))
    lines = ["import { initializeApp } from 'firebase/app';", "import { getFirestore, connectFirestoreEmulator } from 'firebase/firestore';", "",
             "// Web config is public by design; access is enforced by Security Rules.", "const firebaseConfig = {",
             "  apiKey: %s," % jq(g_firebase_web_key(rng)), "  authDomain: %s," % jq(proj + ".firebaseapp.com"),
             "  projectId: %s," % jq(proj), "  storageBucket: %s," % jq(proj + ".appspot.com"),
             "  messagingSenderId: %s," % jq(sender), "  appId: %s," % jq("1:%s:web:%s" % (sender, rstr(rng, HEX, 22))),
             "  measurementId: %s," % jq("G-" + rstr(rng, UP + DG, 10)), "};", "",
             "export const app = initializeApp(firebaseConfig);", "export const db = getFirestore(app);", "",
             "if (location.hostname === 'localhost') {", "  connectFirestoreEmulator(db, '127.0.0.1', 8080);", "}"]
    return (rng.choice(["src/firebase.ts", "src/lib/firebase.js", "web/src/firebaseConfig.ts"]), "\n".join(lines) + "\n",
            "ts"), "Firebase", "web_config_public_api_key"


def nr_firebase_json(rng):
    obj = {"firestore": {"rules": "firestore.rules", "indexes": "firestore.indexes.json"},
           "functions": [{"source": "functions", "codebase": "default", "predeploy": ["npm --prefix \"$RESOURCE_DIR\" run build"]}],
           "hosting": {"public": "dist", "ignore": ["firebase.json", "**/.*", "**/node_modules/**"],
                       "rewrites": [{"source": "**", "destination": "/index.html"}]},
           "emulators": {"auth": {"port": 9099}, "firestore": {"port": 8080}, "functions": {"port": 5001},
                         "ui": {"enabled": True, "port": 4000}, "singleProjectMode": True}}
    if rng.random() < 0.5:
        lines = ["# local emulator settings -- never point at production from here",
                 "FIRESTORE_EMULATOR_HOST=127.0.0.1:8080", "FIREBASE_AUTH_EMULATOR_HOST=127.0.0.1:9099",
                 "GCLOUD_PROJECT=demo-%s" % rng.choice(["shop", "tasks", "kb"]), "FIREBASE_STORAGE_EMULATOR_HOST=127.0.0.1:9199"]
        return ("config/emulators.env", "\n".join(lines) + "\n", "env"), "Firebase", "emulator_settings"
    return ("firebase.json", json.dumps(obj, indent=2) + "\n", "firebase.json"), "Firebase", "emulator_settings"


def nr_mongo_seed(rng):
    if rng.random() < 0.5:
        docs = [{"_id": {"$oid": objectid(rng)}, "sku": "SKU-%s" % rstr(rng, UP + DG, 6), "title": rng.choice(WORDS).capitalize() + " " + rng.choice(NOUN),
                 "categoryId": {"$oid": objectid(rng)}, "price": round(rng.uniform(3, 300), 2)} for _ in range(rng.randint(3, 6))]
        return ("db/seeds/products.json", json.dumps(docs, indent=2) + "\n", "json"), "MongoDB Atlas", "objectid_seed_data"
    lines = ["import { ObjectId } from 'mongodb';", "", "export const seedUsers = ["]
    for _ in range(rng.randint(3, 6)):
        lines.append("  { _id: new ObjectId('%s'), email: '%s@example.com', orgId: new ObjectId('%s') }," % (objectid(rng), rng.choice(FIRST), objectid(rng)))
    lines += ["];", "", "export const ATLAS_PROJECT_ID = '%s';" % objectid(rng), "export const ATLAS_PUBLIC_KEY = '%s'; // public half only" % g_atlas_pub(rng)]
    return ("scripts/seed-users.ts", "\n".join(lines) + "\n", "ts"), "MongoDB Atlas", "objectid_seed_data"


def nr_qdrant_points(rng):
    lines = ["from qdrant_client import QdrantClient", "from qdrant_client.models import PointStruct", "import os", "",
             "client = QdrantClient(url=os.environ[\"QDRANT_URL\"], api_key=os.environ.get(\"QDRANT_API_KEY\"))", "", "points = ["]
    for _ in range(rng.randint(2, 4)):
        vec = ", ".join("%.4f" % rng.uniform(-1, 1) for _ in range(8))
        lines.append("    PointStruct(id=%s, vector=[%s], payload={\"lang\": \"en\"})," % (jq(ruuid(rng)), vec))
    lines += ["]", "client.upsert(collection_name=\"faq_chunks\", points=points)"]
    return ("scripts/upsert_points.py", "\n".join(lines) + "\n", "py"), "Qdrant", "point_ids_and_embeddings"


def nr_es_cluster_md(rng):
    lines = ["# Incident notes: shard relocation on %s" % rng.choice(["search-prod", "logs-es"]), "",
             "Cluster UUID `%s`, Cloud ID:" % b64u_nopad(rbytes(rng, 16)), "", "```", g_elastic_cloud_id(rng), "```", "",
             "Stuck allocation (from `GET _cluster/allocation/explain`):", "", "```json",
             json.dumps({"index": "products-v%d" % rng.randint(2, 9), "shard": rng.randint(0, 4), "primary": False,
                         "current_state": "unassigned", "allocation_id": {"id": b64u_nopad(rbytes(rng, 16))},
                         "node_id": b64u_nopad(rbytes(rng, 16)), "doc_id": b64u_nopad(rbytes(rng, 15))}, indent=2),
             "```", "", "API key id used by the indexer: `%s` (the key itself lives in Vault)." % rstr(rng, B64U, 20)]
    return ("docs/incidents/%d-shard-relocation.md" % rng.randint(2022, 2025), "\n".join(lines) + "\n", "md"), "Elastic", "cloud_id_and_cluster_ids"


def nr_logstash_cloud(rng):
    lines = ["input {", "  kafka { bootstrap_servers => \"kafka:9092\" topics => [\"app-logs\"] }", "}", "", "output {", "  elasticsearch {",
             "    cloud_id => %s" % jq(g_elastic_cloud_id(rng)), "    cloud_auth => \"${ES_CLOUD_AUTH}\"" if rng.random() < 0.5 else "    api_key => \"${ES_API_KEY}\"",
             "    data_stream => true", "  }", "}"]
    return ("logstash/pipeline/main.conf", "\n".join(lines) + "\n", "logstash.conf"), "Elastic", "cloud_id_with_env_auth"


def nr_typesense_scoped(rng):
    search_key = g_typesense_key(rng)
    params = json.dumps({"filter_by": "company_id:%d" % rng.randint(1, 999), "expires_at": rng.randint(1750000000, 1900000000)}, separators=(",", ":"))
    digest = b64(hmac.new(search_key.encode(), params.encode(), hashlib.sha256).digest())
    scoped = b64((digest + search_key[:4] + params).encode())
    host = "%s-1.a1.typesense.net" % rstr(rng, LOAN, 10)
    lines = ["import Typesense from 'typesense';", "", "// Search-only key (actions: documents:search) -- safe to ship to the browser.",
             "export const client = new Typesense.Client({", "  nodes: [{ host: %s, port: 443, protocol: 'https' }]," % jq(host),
             "  apiKey: %s," % jq(scoped if rng.random() < 0.5 else search_key), "  connectionTimeoutSeconds: 2,", "});"]
    return ("src/search/typesenseClient.ts", "\n".join(lines) + "\n", "ts"), "Typesense", "search_only_or_scoped_key_frontend"


def nr_meili_front(rng):
    host = "https://ms-%s-%d.fra.meilisearch.io" % (rstr(rng, HEX, 12), rng.randint(1000, 29999))
    lines = ["import { instantMeiliSearch } from '@meilisearch/instant-meilisearch';", "",
             "// Default Search API Key: actions [\"search\"] on all indexes, fine for the client bundle.",
             "const { searchClient } = instantMeiliSearch(", "  %s," % jq(host), "  %s," % jq(g_meili_key(rng)), ");", "",
             "export const SEARCH_KEY_UID = %s;" % jq(ruuid(rng)), "export default searchClient;"]
    return ("src/lib/meili.js", "\n".join(lines) + "\n", "js"), "Meilisearch", "search_key_frontend"


def nr_sealed(rng):
    name = rng.choice(["algolia-admin", "pinecone", "neon-db", "supabase-service"])
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s" % name, "  namespace: %s" % rng.choice(["search", "prod", "data"]),
             "spec:", "  encryptedData:"]
    for k in rng.sample(["API_KEY", "DATABASE_URL", "TOKEN", "PASSWORD"], 2):
        lines.append("    %s: %s" % (k, "AgB" + b64(rbytes(rng, 370))))
    lines += ["  template:", "    metadata:", "      name: %s" % name, "    type: Opaque"]
    return ("k8s/sealed/%s.yaml" % name, "\n".join(lines) + "\n", "yaml"), rng.choice(["Algolia", "Pinecone", "Neon", "Supabase"]), "sealed_secret_ciphertext"


def nr_sops(rng):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(rng, n)), b64(rbytes(rng, 32)), b64(rbytes(rng, 16)))
    prov = rng.choice(["Snowflake", "Databricks", "ClickHouse Cloud", "MongoDB Atlas"])
    lines = ["database:", "    user: %s" % rng.choice(["svc_dbt", "etl"]), "    password: %s" % enc(rng.randint(14, 24)),
             "api:", "    token: %s" % enc(36), "sops:", "    kms:", "        - arn: arn:aws:kms:us-east-1:%012d:key/%s" % (rng.randint(10 ** 11, 10 ** 12 - 1), ruuid(rng)),
             "          created_at: \"2024-%02d-%02dT10:%02d:11Z\"" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 59)),
             "          enc: %s" % b64(rbytes(rng, 180)), "          aws_profile: \"\"",
             "    lastmodified: \"2024-%02d-%02dT10:12:00Z\"" % (rng.randint(1, 12), rng.randint(1, 28)),
             "    mac: %s" % enc(32), "    version: 3.8.1"]
    return ("secrets/%s.enc.yaml" % rng.choice(["prod", "staging"]), "\n".join(lines) + "\n", "yaml"), prov, "sops_ciphertext"


def nr_jwt_testvector(rng):
    lines = ["import { describe, it, expect } from 'vitest';", "import { decodeJwt } from 'jose';", "",
             "// Well-known example token from jwt.io -- not tied to any project.",
             "const SAMPLE = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';",
             "", "describe('role extraction', () => {", "  it('falls back to anon when role claim is missing', () => {",
             "    const claims = decodeJwt(SAMPLE);", "    expect(claims.role ?? 'anon').toBe('anon');", "  });", "});"]
    return ("src/auth/__tests__/role.test.ts", "\n".join(lines) + "\n", "ts"), "Supabase", "jwt_test_vector"


def nr_compose_digest(rng):
    lines = ["services:", "  meilisearch:", "    image: getmeili/meilisearch:v1.%d@sha256:%s" % (rng.randint(5, 12), rstr(rng, HEX, 64)),
             "    environment:", "      MEILI_ENV: development", "      MEILI_NO_ANALYTICS: \"true\"", "    ports:", "      - \"7700:7700\"",
             "  typesense:", "    image: typesense/typesense:27.1@sha256:%s" % rstr(rng, HEX, 64),
             "    command: --data-dir /data --api-key=${TYPESENSE_API_KEY} --enable-cors", "  opensearch:",
             "    image: opensearchproject/opensearch:2.%d.0" % rng.randint(11, 17), "    environment:", "      - discovery.type=single-node",
             "      - DISABLE_SECURITY_PLUGIN=true", "      - OPENSEARCH_JAVA_OPTS=-Xms512m -Xmx512m"]
    return ("docker-compose.dev.yml", "\n".join(lines) + "\n", "docker-compose"), rng.choice(["Meilisearch", "Typesense", "OpenSearch"]), "image_digest_and_env_refs"


def nr_dbcfg_ids(rng):
    lines = ["[DEFAULT]", "host = https://%s" % g_db_workspace(rng), "auth_type = %s" % rng.choice(["databricks-cli", "azure-cli", "external-browser"]),
             "cluster_id = %s" % g_db_cluster(rng), "warehouse_id = %s" % rstr(rng, HEX, 16), "", "[prod]",
             "host = https://%s" % g_db_workspace(rng), "account_id = %s" % ruuid(rng), "auth_type = databricks-cli"]
    return (".databrickscfg", "\n".join(lines) + "\n", ".databrickscfg"), "Databricks", "workspace_cluster_ids"


def nr_sf_browser(rng):
    acct = g_sf_account(rng)
    lines = ["default_connection_name = \"dev\"", "", "[dev]", "account = %s" % jq(acct), "user = %s" % jq(rng.choice(FIRST) + "@acme.io"),
             "authenticator = \"externalbrowser\"", "warehouse = \"DEV_WH\"", "role = \"ANALYST\"", "", "[ci]", "account = %s" % jq(acct),
             "user = \"SVC_CI\"", "authenticator = \"SNOWFLAKE_JWT\"", "private_key_file = \"/run/secrets/sf_ci_key.p8\""]
    return ("connections.toml", "\n".join(lines) + "\n", "connections.toml"), "Snowflake", "account_locator_sso"


def nr_neon_workflow(rng):
    pid = "%s-%s-%s" % (rng.choice(ADJ), rng.choice(NOUN), rstr(rng, DG, 8))
    lines = ["name: Preview branch", "on:", "  pull_request:", "    types: [opened, synchronize]", "jobs:", "  branch:",
             "    runs-on: ubuntu-latest", "    steps:", "      - uses: neondatabase/create-branch-action@v5", "        id: create",
             "        with:", "          project_id: %s" % pid, "          parent: br-%s-%s-%s" % (rng.choice(ADJ), rng.choice(NOUN), rstr(rng, LOAN, 8)),
             "          branch_name: preview/pr-${{ github.event.number }}", "          api_key: ${{ secrets.NEON_API_KEY }}",
             "      - run: npx prisma migrate deploy", "        env:", "          DATABASE_URL: ${{ steps.create.outputs.db_url_with_pooler }}"]
    return (".github/workflows/preview.yml", "\n".join(lines) + "\n", "yaml"), "Neon", "project_and_branch_ids"


def nr_convex_env(rng):
    name = g_convex_name(rng)
    lines = ["# Deployment used by `npx convex dev`", "CONVEX_DEPLOYMENT=dev:%s # team: %s, project: %s" % (name, rng.choice(["acme", "jdoe"]), rng.choice(["shop", "chat"])), "",
             "NEXT_PUBLIC_CONVEX_URL=https://%s.convex.cloud" % name, "NEXT_PUBLIC_CONVEX_SITE_URL=https://%s.convex.site" % name]
    return (rng.choice([".env.local.example", "config/convex.env"]), "\n".join(lines) + "\n", "env"), "Convex", "deployment_name"


def nr_pinecone_hosts(rng):
    lines = ["from pinecone import Pinecone", "import os", "", "pc = Pinecone(api_key=os.environ[\"PINECONE_API_KEY\"])", "",
             "INDEXES = {"]
    for ix in rng.sample(["products", "kb-chunks", "support-rag", "docs-1536"], 2):
        lines.append("    %s: %s," % (jq(ix), jq(pinecone_host(rng, ix))))
    lines += ["}", "ENVIRONMENT = %s" % jq(rng.choice(["us-east-1-aws", "gcp-starter"])), "",
              "index = pc.Index(host=INDEXES[\"%s\"])" % "products" if False else "index = pc.Index(host=next(iter(INDEXES.values())))",
              "print(index.describe_index_stats())"]
    return ("scripts/pinecone_stats.py", "\n".join(lines) + "\n", "py"), "Pinecone", "index_host_and_environment"


def nr_kms(rng):
    lines = ["# password is KMS-encrypted; decrypted at boot by the sidecar", "clickhouse:", "  host: %s" % ch_host(rng), "  port: 8443",
             "  user: default", "  password_ciphertext: %s" % ("AQICAH" + b64(rbytes(rng, 160))), "  kms_key_id: alias/%s" % rng.choice(["app-secrets", "data-prod"])]
    return ("config/clickhouse.yaml", "\n".join(lines) + "\n", "yaml"), "ClickHouse Cloud", "kms_ciphertext"


def nr_esyml(rng):
    lines = ["cluster.name: %s" % rng.choice(["search-prod", "logs", "catalog-es"]), "node.name: ${HOSTNAME}", "node.roles: [ master, data, ingest ]",
             "path.data: /usr/share/elasticsearch/data", "network.host: 0.0.0.0",
             "discovery.seed_hosts: [\"es01\", \"es02\", \"es03\"]", "cluster.initial_master_nodes: [\"es01\", \"es02\", \"es03\"]",
             "xpack.security.enabled: true", "xpack.security.http.ssl.enabled: true",
             "xpack.security.http.ssl.keystore.path: certs/http.p12",
             "# keystore password lives in the elasticsearch keystore (xpack.security.http.ssl.keystore.secure_password)",
             "cluster.routing.allocation.awareness.attributes: zone", "node.attr.zone: %s" % rng.choice(["eu-west-1a", "us-east-1b"]),
             "# restored from snapshot %s (uuid %s)" % (rng.choice(["nightly-2024.10.02", "pre-upgrade"]), b64u_nopad(rbytes(rng, 16)))]
    return ("config/elasticsearch.yml", "\n".join(lines) + "\n", "elasticsearch.yml"), "Elastic", "cluster_config_snapshot_uuid"


CUSTOM_NEG = [nr_esyml, nr_firebase_web, nr_firebase_json, nr_mongo_seed, nr_qdrant_points, nr_es_cluster_md, nr_logstash_cloud, nr_typesense_scoped,
              nr_meili_front, nr_sealed, nr_sops, nr_jwt_testvector, nr_compose_digest, nr_dbcfg_ids, nr_sf_browser, nr_neon_workflow,
              nr_convex_env, nr_pinecone_hosts, nr_kms]


FRONT = ["ts", "js", "env", "md", "vercel", "netlify"]

NEG = [
    ("Algolia", "search_only_key_frontend", _neg_from(fam_algolia, g_hex32, None, names=["NEXT_PUBLIC_ALGOLIA_SEARCH_KEY", "VITE_ALGOLIA_SEARCH_API_KEY", "ALGOLIA_SEARCH_ONLY_API_KEY", "ALGOLIA_SEARCH_KEY"], fts=FRONT, with_search=False)),
    ("Algolia", "admin_key_env_ref", N_env(fam_algolia)),
    ("Algolia", "admin_key_placeholder", N_ph(fam_algolia)),
    ("Elastic", "api_key_env_ref", N_env(fam_elastic)),
    ("Elastic", "api_key_redacted", N_red(fam_elastic, lambda r: g_elastic_api_key(r)[0])),
    ("Elastic", "password_url_env", dsn_neg(lambda r, pw: _es_url_dsn(r, pw), lambda r, pw, d: fam_elastic_url(r, pw, dsn=d, fts=["py", "ts", "js", "compose", "md", "helm"]), "env")),
    ("Elastic", "service_token_env_ref", N_env(fam_elastic_svc, fts=["kibana", "compose", "helm", "yaml"])),
    ("OpenSearch", "local_default_admin", _neg_from(fam_opensearch, lambda r: "admin", None, host="https://localhost:9200", fts=["py", "ts", "compose", "osd", "md", "env"])),
    ("OpenSearch", "password_env_ref", N_env(fam_opensearch)),
    ("Typesense", "search_only_key_frontend", _neg_from(fam_typesense, g_typesense_key, None, names=["TYPESENSE_SEARCH_ONLY_API_KEY", "NEXT_PUBLIC_TYPESENSE_SEARCH_KEY", "VITE_TYPESENSE_SEARCH_ONLY_KEY"], fts=FRONT)),
    ("Typesense", "admin_key_placeholder", N_ph(fam_typesense)),
    ("Meilisearch", "search_key_frontend", _neg_from(fam_meili, g_meili_key, None, master=False, names=["NEXT_PUBLIC_MEILISEARCH_SEARCH_KEY", "MEILI_SEARCH_KEY", "VITE_MEILI_SEARCH_API_KEY"], fts=FRONT)),
    ("Meilisearch", "master_key_env_ref", N_env(fam_meili)),
    ("Pinecone", "api_key_redacted", N_red(fam_pinecone, g_pinecone_new, keep_prefix=5)),
    ("Pinecone", "api_key_placeholder", N_ph(fam_pinecone, prefix="pcsk_")),
    ("Pinecone", "api_key_env_ref", N_env(fam_pinecone)),
    ("Weaviate", "api_key_env_ref", N_env(fam_weaviate)),
    ("Weaviate", "api_key_secret_ref", N_ref(fam_weaviate)),
    ("Qdrant", "api_key_placeholder", N_ph(fam_qdrant)),
    ("Qdrant", "cluster_id_only", _neg_from(fam_qdrant, ruuid, None, names=["QDRANT_CLUSTER_ID"], fts=["yaml", "json", "toml", "md", "env", "helm"])),
    ("Zilliz", "milvus_local_default", _neg_from(fam_zilliz, lambda r: "root:Milvus", None, names=["MILVUS_TOKEN"], fts=["py", "env", "compose", "md", "ipynb"])),
    ("Zilliz", "api_key_env_ref", N_env(fam_zilliz)),
    ("Chroma", "tenant_id_and_env_key", N_env(fam_chroma)),
    ("LanceDB", "api_key_placeholder", N_ph(fam_lancedb, prefix="sk_")),
    ("MongoDB Atlas", "uri_password_placeholder", dsn_neg(atlas_dsn, _fam_dsn_generic(fam_mongo_uri), "ph")),
    ("MongoDB Atlas", "uri_password_env", dsn_neg(atlas_dsn, _fam_dsn_generic(fam_mongo_uri), "env")),
    ("MongoDB Atlas", "local_dev_uri", lambda rng: local_mongo_spec(rng)),
    ("MongoDB Atlas", "admin_public_key_and_ids", N_env(fam_atlas_admin)),
    ("MongoDB Atlas", "admin_private_key_secret_ref", N_ref(fam_atlas_admin)),
    ("Redis Cloud", "local_dev_url", lambda rng: local_redis_spec(rng)),
    ("Redis Cloud", "url_password_env", dsn_neg(redis_cloud_dsn, _fam_dsn_generic(fam_redis_url), "env")),
    ("Upstash", "rest_token_env_ref", N_env(fam_upstash_rest)),
    ("Upstash", "readonly_token_env_edge", N_env(fam_upstash_rest, readonly=True, fts=["ts", "js"])),
    ("Upstash", "rest_token_redacted", N_red(fam_upstash_rest, g_upstash_token)),
    ("Upstash", "local_srh_token", _neg_from(fam_upstash_rest, lambda r: "example_token", None, fts=["compose", "env", "md", "ts"])),
    ("Upstash", "qstash_signing_key_env", N_env(fam_qstash, signing=True)),
    ("PlanetScale", "url_password_env", dsn_neg(pscale_dsn, _fam_dsn_generic(fam_pscale_url), "env")),
    ("PlanetScale", "service_token_id_only", N_env(fam_pscale_token)),
    ("PlanetScale", "local_mysql_default", dsn_neg(local_mysql, _fam_dsn_generic(fam_pscale_url), "local")),
    ("Neon", "url_password_env", dsn_neg(neon_dsn, _fam_pg("Neon", "neon"), "env")),
    ("Neon", "url_password_placeholder", dsn_neg(neon_dsn, _fam_pg("Neon", "neon"), "ph")),
    ("Neon", "local_postgres_default", dsn_neg(local_pg, _fam_pg("Neon", "neon"), "local")),
    ("Neon", "api_key_secret_ref", N_ref(fam_neon_api)),
    ("Turso", "auth_token_env_ref", N_env(fam_turso)),
    ("Turso", "auth_token_placeholder", N_ph(fam_turso)),
    ("Supabase", "anon_jwt_public", lambda rng: (lambda ref: fam_supabase(rng, g_supa_jwt(rng, "anon", ref), ref=ref, kind="anon", fts=FRONT))(g_supa_ref(rng))),
    ("Supabase", "publishable_key_public", lambda rng: fam_supabase(rng, g_sb_new(rng, "publishable"), kind="publishable", fts=FRONT)),
    ("Supabase", "service_role_env_ref", N_env(fam_supabase)),
    ("Supabase", "db_url_password_placeholder", dsn_neg(supa_dsn, _fam_pg("Supabase", "supabase"), "ph")),
    ("Xata", "api_key_env_ref", N_env(fam_xata)),
    ("Fauna", "secret_placeholder", N_ph(fam_fauna, prefix="fnA")),
    ("CockroachDB Cloud", "url_password_env", dsn_neg(crdb_dsn, _fam_pg("CockroachDB Cloud", "cockroach"), "env")),
    ("CockroachDB Cloud", "local_insecure", lambda rng: fam_pg_url(rng, "x", dict(scheme="postgresql", user="root", password="", host="localhost", port=26257, db="defaultdb", params="sslmode=disable", flavor="cockroach"), "CockroachDB Cloud", "cockroach") | {"fts": ["py", "ts", "go", "env", "compose", "md"]}),
    ("CockroachDB Cloud", "api_key_env_ref", N_env(fam_ccdb_api)),
    ("Aiven", "service_uri_env", dsn_neg(aiven_dsn, _fam_dsn_generic(fam_aiven_url), "env")),
    ("Aiven", "password_redacted", dsn_neg(lambda r, pw: aiven_dsn(r, "AVNS_" + "*" * 12), _fam_dsn_generic(fam_aiven_url), "local")),
    ("ClickHouse Cloud", "key_id_only_secret_env", N_env(fam_ch_api)),
    ("ClickHouse Cloud", "password_env_ref", N_env(fam_ch_password)),
    ("Snowflake", "password_env_ref", N_env(fam_snowflake)),
    ("Snowflake", "passphrase_env_ref", N_env(fam_snowflake, mode="keypair")),
    ("Databricks", "token_env_ref", N_env(fam_databricks)),
    ("Databricks", "token_placeholder", N_ph(fam_databricks, prefix="dapi")),
    ("Convex", "deploy_key_placeholder", N_ph(fam_convex, prefix="prod:")),
]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
N_POS = 500
N_NEG = 500


SPECIAL_FTS = {"prisma", "drizzle", "knex", "ormconfig", "dbyml", "settings", "dbt", "sfconn", "dbcfg", "meili", "tsini", "kibana",
               "esyml", "osd", "logstash", "fbsa", "fbcode", "sfpy"}


def pick_ft(rng, fts):
    w = [4 if f in SPECIAL_FTS else 1 for f in fts]
    return rng.choices(fts, weights=w)[0]


def _render(rng, spec, ft):
    return RENDERERS[ft](rng, spec)


def _pad(rng, text, ft):
    """Keep files in the 5..80 line band."""
    lines = text.split("\n")
    if len(lines) >= 6:
        return text
    if ft in ("env", "properties", "sh", "toml", "netlify.toml", "ini", "typesense-server.ini", "meilisearch.toml", ".databrickscfg", "yaml"):
        extra = ["", "# owner: platform-team  (see runbook/%s.md)" % rng.choice(["search", "data", "db"]), "# rotated by the secrets pipeline, do not edit by hand"]
        return text.rstrip("\n") + "\n" + "\n".join(extra) + "\n"
    return text


def build(outdir, seed):
    rng = random.Random(seed)
    manifest, secrets = [], []
    pos_needles = []
    order = []
    while len(order) < N_POS:
        block = list(range(len(POS)))
        rng.shuffle(block)
        order += block
    order = order[:N_POS]
    for i, k in enumerate(order):
        prov, kind, builder = POS[k]
        for attempt in range(20):
            spec, needle = builder(rng)
            ft_key = pick_ft(rng, spec["fts"])
            path, text, ftype = _render(rng, spec, ft_key)
            text = _pad(rng, text, ftype)
            if needle in text:
                break
        else:
            raise RuntimeError("needle not rendered for %s/%s" % (prov, kind))
        line = text[:text.index(needle)].count("\n") + 1
        rel = "pos/p%04d/%s" % (i + 1, path)
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text)
        manifest.append({"file": rel, "label": "positive", "provider": prov, "kind": kind, "filetype": ftype})
        secrets.append({"file": rel, "needle": needle, "line": line})
        pos_needles.append(needle)

    nneg_custom = N_NEG * 3 // 10
    norder = []
    while len(norder) < N_NEG - nneg_custom:
        block = list(range(len(NEG)))
        rng.shuffle(block)
        norder += block
    norder = [("spec", x) for x in norder[:N_NEG - nneg_custom]]
    corder = []
    while len(corder) < nneg_custom:
        block = list(range(len(CUSTOM_NEG)))
        rng.shuffle(block)
        corder += block
    norder += [("custom", x) for x in corder[:nneg_custom]]
    rng.shuffle(norder)
    for i, (typ, k) in enumerate(norder):
        if typ == "spec":
            prov, kind, builder = NEG[k]
            spec = builder(rng)
            ft_key = pick_ft(rng, spec["fts"])
            path, text, ftype = _render(rng, spec, ft_key)
        else:
            (path, text, ftype), prov, kind = CUSTOM_NEG[k](rng)
        text = _pad(rng, text, ftype)
        rel = "neg/n%04d/%s" % (i + 1, path)
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text)
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": kind, "filetype": ftype})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for r in manifest:
            fh.write(json.dumps(r) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for r in secrets:
            fh.write(json.dumps(r) + "\n")
    return manifest, secrets


def self_check(outdir, manifest, secrets):
    errors = []
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if s["line"] < 1 or s["line"] > len(lines) or s["needle"] not in lines[s["line"] - 1]:
            errors.append("needle not on stated line: %s" % s["file"])
    needles = [s["needle"] for s in secrets]
    short = [n for n in needles if len(n) < 8]
    if short:
        errors.append("suspiciously short needles: %r" % short[:5])
    for r in manifest:
        with open(os.path.join(outdir, r["file"]), encoding="utf-8") as fh:
            txt = fh.read()
        n = txt.count("\n")
        if not (5 <= n <= 80):
            errors.append("line count %d out of band: %s" % (n, r["file"]))
        if r["label"] == "negative":
            for nd in needles:
                if nd in txt:
                    errors.append("negative %s contains positive needle" % r["file"])
                    break
    from collections import Counter
    for label in ("positive", "negative"):
        rows = [r for r in manifest if r["label"] == label]
        print("== %s: %d files" % (label, len(rows)))
        print("  providers (%d):" % len(set(r["provider"] for r in rows)), dict(Counter(r["provider"] for r in rows).most_common()))
        print("  kinds (%d):" % len(set((r["provider"], r["kind"]) for r in rows)))
        print("  filetypes (%d):" % len(set(r["filetype"] for r in rows)), dict(Counter(r["filetype"] for r in rows).most_common()))
    if errors:
        print("SELF-CHECK FAILED (%d):" % len(errors))
        for e in errors[:30]:
            print("  " + e)
        return False
    print("SELF-CHECK OK")
    return True


def main(argv):
    if len(argv) != 3:
        print(__doc__.split("\n\n")[0])
        print("usage: gen_ay.py OUTDIR SEED")
        return 2
    outdir, seed = argv[1], int(argv[2])
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = build(outdir, seed)
    return 0 if self_check(outdir, manifest, secrets) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
