#!/usr/bin/env python3
"""Blind evaluation-set generator "bk" for a git pre-commit secret scanner.

EMPHASIS
    The 2025-2026 long tail of AI model providers, inference clouds, LLM
    gateways, LLM observability, vector DBs in RAG configs, and voice /
    speech / image / video generation APIs: OpenRouter, Together, Fireworks,
    DeepSeek, xAI, Perplexity, Mistral, Cohere, Groq, Cerebras, SambaNova,
    DeepInfra, Novita, Hyperbolic, Lambda, Nebius, Gemini / Vertex service
    accounts, Bedrock (AWS keys and Bedrock API keys), Azure OpenAI, Hugging
    Face, Replicate, fal.ai, Modal, Baseten, RunPod, Anyscale, LiteLLM,
    Portkey, Helicone, LangSmith, Langfuse, Braintrust, W&B, Arize/Phoenix,
    Humanloop, PromptLayer, Pinecone, Weaviate, Qdrant, ElevenLabs, Deepgram,
    AssemblyAI, Speechmatics, Rev.ai, Cartesia, PlayHT, Stability, Midjourney
    proxies (Discord user tokens), Runway, Luma, Leonardo, Ideogram, Black
    Forest Labs, Suno proxies (Clerk cookie), plus the self-hosted chat UIs
    around them (Dify, LibreChat, Open WebUI, Flowise, AnythingLLM).

USAGE
    python3 gen_bk.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path> (500 files, one credential each)
    and OUTDIR/neg/nNNNN/<relative path> (500 innocent look-alikes), plus
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"}   (positives only)
    "file" is relative to OUTDIR (e.g. "pos/p0007/.env").
    Deterministic per SEED: the only randomness is random.Random(SEED).

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as written in the file (no
      quotes, no "Bearer ", no variable name); line = 1-based line number.
    * Key/secret pairs (AWS access key id + secret access key, Modal ak-/as-,
      PlayHT user id + secret): the needle is the SECRET half only; the id
      half is present on a neighbouring line but is not the needle.
    * fal.ai keys "<key_id>:<key_secret>" are one value; needle = whole value.
    * Vertex / GCP service-account JSON: needle = the JSON-escaped PEM string
      value of "private_key" ("-----BEGIN PRIVATE KEY-----\\n...\\n"), which is
      written on one line exactly as in a downloaded key file. The RSA key is
      a real, well-formed PKCS#8 2048-bit key generated from the seeded RNG.
    * Google ADC authorized_user JSON: needle = refresh_token value.
    * Suno proxy: needle = the Clerk "__client" cookie JWT value only.
    * Human passwords (docker-compose / .env of self-hosted chat UIs): needle
      = the password as written.
    * URL-embedded credentials (git remote with hf_ token): needle = token.

NEGATIVES
    Same file types and, where natural, the same variable names as the
    positives, but with: env-var references in the file's own syntax,
    LiteLLM os.environ/KEY, GitHub ${{ secrets.X }}, Continue ${{ secrets.X }},
    LibreChat "user_provided", placeholders (<your-key>, sk-..., hf_xxx,
    YOUR_API_KEY, changeme), masked / truncated keys, public keys documented
    as safe (Langfuse pk-lf-, PostHog phc_), ids (Replicate model versions,
    run / trace / request ids, UUIDs, ElevenLabs voice ids, PlayHT user ids,
    Cloudflare account ids, OpenAI org/project ids, HF revisions, dataset and
    tokenizer digests), ciphertext (SOPS ENC[...], SealedSecrets, KMS blobs),
    documented example keys (AWS AKIAIOSFODNN7EXAMPLE), local-server dummy
    keys (EMPTY, ollama, sk-no-key-required, lm-studio), workload-identity
    external_account JSON, embeddings arrays.

DOUBTS (formats written from memory; not verified against provider docs)
    * Together: new project keys "tgp_v1_" + 43 base64url chars -- length and
      alphabet unverified; legacy 64-hex keys are better known.
    * Fireworks "fw_" + 24 base62; Cerebras "csk-" + 48 [a-z0-9];
      Novita "sk_" + 43 base64url; Anyscale "esecret_" + 26 [a-z0-9];
      Cartesia "sk_car_" + 22 base62; Humanloop "hl_sk_" + 48 hex;
      Braintrust "sk-" + 48 base62; Runway "key_" + 128 hex; Luma
      "luma-" + uuid + "-" + uuid; Ideogram 86 base64url; Rev.ai "02" + 86
      base64url; Portkey 32 base64-ish; Helicone "sk-helicone-" + 4x7 groups;
      RunPod "rpa_" + 40 [A-Z0-9]; Baseten "<8>.<32>" base62; Lambda
      "secret_<name>_<32hex>.<32 base62>"; Qdrant Cloud "<uuid>|<43 b64url>";
      Weaviate Cloud 40-ish base62; Pinecone "pcsk_" + 5 + "_" + 63 base62.
      Lengths of these are my best recollection, not documentation.
    * SambaNova, Leonardo and Black Forest Labs keys are modelled as UUIDs
      (my recollection).  They are only positives because they sit in an
      API-key slot; UUIDs elsewhere are negatives -- a deliberately hard case.
    * Azure OpenAI: legacy 32-hex keys are certain; the newer 84-char keys
      are modelled as 68 base62 + "JQQJ99" + 2 + "ACOG" + 4, the exact marker
      layout is from memory.
    * Bedrock API keys: long-term keys modelled as "ABSK" + base64(
      "BedrockAPIKey-<id>-at-<account>:<secret>"), short-term as
      "bedrock-api-key-" + base64(presigned URL). AWS docs confirm the two
      key types, not the exact encodings.
    * Hyperbolic, Nebius AI Studio and Phoenix keys are modelled as JWTs.
    * Modal proxy-auth tokens "wk-"/"ws-" + 22 base62 (from memory).
    * Replicate webhook signing secret "whsec_" + base64(24 bytes)
      (Svix style) -- unverified length.
    * W&B keys: 40 hex (cloud); newer formats may differ.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import zlib

DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
B62 = DIGITS + UPPER + LOWER
HEX = "0123456789abcdef"
B64URL = B62 + "-_"
B64 = B62 + "+/"
ALNUM_UP = DIGITS + UPPER
ALNUM_LOW = DIGITS + LOWER
B32 = UPPER + "234567"


# ----------------------------------------------------------------------------
# random helpers
# ----------------------------------------------------------------------------

def _has_sequence(s):
    """Reject ascending/descending runs of 4 and repeats of 4 (abcd, 1234, xxxx)."""
    low = s.lower()
    for i in range(len(low) - 3):
        a, b, c, d = (ord(ch) for ch in low[i:i + 4])
        if a == b == c == d:
            return True
        if b - a == 1 and c - b == 1 and d - c == 1:
            return True
        if a - b == 1 and b - c == 1 and c - d == 1:
            return True
    return False


_WORDISH = ("test", "pass", "word", "key", "secret", "token", "admin", "demo",
            "fake", "dummy", "example", "sample", "xxxx")


def rs(rng, alphabet, n):
    """Random string without visible sequences or common words."""
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if _has_sequence(s):
            continue
        low = s.lower()
        if n >= 8 and any(w in low for w in _WORDISH):
            continue
        return s


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def uuid4(rng):
    h = "%032x" % rng.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hexs(rng, n):
    return rs(rng, HEX, n)


def base62_encode(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


# ----------------------------------------------------------------------------
# credential generators: each returns (secret, companions)  companions is a
# list of (suffix-role, value) rendered on neighbouring lines (ids, not secrets)
# ----------------------------------------------------------------------------

def g_fixed(prefix, alphabet, n):
    def g(rng):
        return prefix + rs(rng, alphabet, n), []
    return g


def g_openrouter(rng):
    return "sk-or-v1-" + hexs(rng, 64), []


def g_openai_proj(rng):
    return "sk-proj-" + rs(rng, B64URL, 74) + "T3BlbkFJ" + rs(rng, B64URL, 74), []


def g_openai_svc(rng):
    return "sk-svcacct-" + rs(rng, B64URL, 74) + "T3BlbkFJ" + rs(rng, B64URL, 74), []


def g_openai_admin(rng):
    return "sk-admin-" + rs(rng, B64URL, 74) + "T3BlbkFJ" + rs(rng, B64URL, 74), []


def g_anthropic(rng):
    return "sk-ant-api03-" + rs(rng, B64URL, 93) + "AA", []


def g_anthropic_admin(rng):
    return "sk-ant-admin01-" + rs(rng, B64URL, 93) + "AA", []


def g_uuid(rng):
    return uuid4(rng), []


def g_fal(rng):
    return uuid4(rng) + ":" + hexs(rng, 32), []


def g_lambda(rng):
    name = pick(rng, ["prod", "ci", "jlab", "train", "infer", "bench"])
    return "secret_%s_%s.%s" % (name, hexs(rng, 32), rs(rng, B62, 32)), []


def g_baseten(rng):
    return rs(rng, B62, 8) + "." + rs(rng, B62, 32), []


def g_helicone(rng):
    return "sk-helicone-" + "-".join(rs(rng, ALNUM_LOW, 7) for _ in range(4)), []


def g_langsmith(kind):
    def g(rng):
        return "lsv2_%s_%s_%s" % (kind, hexs(rng, 32), hexs(rng, 10)), []
    return g


def g_langfuse(rng):
    return "sk-lf-" + uuid4(rng), []


def g_pinecone(rng):
    return "pcsk_" + rs(rng, B62, 5) + "_" + rs(rng, B62, 63), []


def g_qdrant(rng):
    return uuid4(rng) + "|" + rs(rng, B64URL, 43), []


def g_luma(rng):
    return "luma-" + uuid4(rng) + "-" + uuid4(rng), []


def g_azure_new(rng):
    return rs(rng, B62, 68) + "JQQJ99" + rng.choice(UPPER) + rng.choice(ALNUM_UP) + "ACOG" + rs(rng, B62, 4), []


def g_github_style(prefix):
    def g(rng):
        body = rs(rng, B62, 30)
        return prefix + body + base62_encode(zlib.crc32(body.encode()), 6), []
    return g


def _jwt(rng, header, payload, siglen=43):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + rs(rng, B64URL, siglen)


_FIRST = ["marta", "jonas", "priya", "wei", "lukas", "sofia", "diego", "amara",
          "tomasz", "hana", "oliver", "ines", "kenji", "leila", "pavel", "noor",
          "emeka", "camille", "arjun", "freya", "mateo", "yuki", "zofia", "omar"]
_LAST = ["novak", "schmidt", "rao", "chen", "berg", "alvarez", "okafor", "dubois",
         "tanaka", "kowalski", "haddad", "lindqvist", "moreau", "iyer", "petrov"]
_DOMAINS = ["gmail.com", "proton.me", "outlook.com", "fastmail.com", "hey.com"]


def _email(rng):
    return "%s.%s@%s" % (pick(rng, _FIRST), pick(rng, _LAST), pick(rng, _DOMAINS))


def g_hyperbolic(rng):
    t = 1735000000 + rng.randrange(30000000)
    return _jwt(rng, {"alg": "HS256", "typ": "JWT"},
                {"sub": _email(rng), "iat": t}), []


def g_nebius(rng):
    t = 1740000000 + rng.randrange(20000000)
    return _jwt(rng, {"alg": "RS256", "kid": rs(rng, B64URL, 43), "typ": "JWT"},
                {"sub": "google-oauth2|" + "".join(rng.choice(DIGITS) for _ in range(21)),
                 "iss": "api_key_issuer", "aud": ["https://nebius-inference.eu.auth0.com/api/v2/"],
                 "exp": t + 31536000, "uuid": uuid4(rng), "name": pick(rng, ["prod", "rag-bot", "ci"]),
                 "expires_at": "%d-%02d-%02dT00:00:00+0000" % (2026 + rng.randrange(2), rng.randint(1, 12), rng.randint(1, 28))},
                342), []


def g_phoenix(rng):
    t = 1738000000 + rng.randrange(20000000)
    return _jwt(rng, {"alg": "HS256", "typ": "JWT"},
                {"jti": "ApiKey:" + str(rng.randint(1, 400)), "iat": t, "attr": {"kind": "SYSTEM"}}), []


def g_suno_cookie(rng):
    t = 1740000000 + rng.randrange(20000000)
    return _jwt(rng, {"alg": "RS256", "typ": "JWT", "kid": "ins_" + rs(rng, B62, 27)},
                {"id": "client_" + rs(rng, B62, 27), "rotating_token": rs(rng, ALNUM_LOW, 20),
                 "iat": t}, 342), []


def g_discord(rng):
    uid = str(rng.randint(100000000000000000, 1299999999999999999))
    return b64u(uid.encode()) + "." + rs(rng, B64URL, 6) + "." + rs(rng, B64URL, 38), []


def g_aws_secret(rng):
    akid = "AKIA" + rs(rng, B32, 16)
    return rs(rng, B64, 40), [("AWS_ACCESS_KEY_ID", akid)]


def g_bedrock_long(rng):
    acct = "".join(rng.choice(DIGITS) for _ in range(12))
    raw = "BedrockAPIKey-%s-at-%s:%s" % (rs(rng, ALNUM_LOW, 4), acct, rs(rng, B64, 40))
    return "ABSK" + base64.b64encode(raw.encode()).decode(), []


def g_bedrock_short(rng):
    region = pick(rng, ["us-east-1", "us-west-2", "eu-central-1"])
    url = ("bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256"
           "&X-Amz-Credential=ASIA%s%%2F2025%02d%02d%%2F%s%%2Fbedrock%%2Faws4_request"
           "&X-Amz-Date=2025%02d%02dT%02d%02d00Z&X-Amz-Expires=43200&X-Amz-Security-Token=%s"
           "&X-Amz-Signature=%s&X-Amz-SignedHeaders=host&Version=1") % (
        rs(rng, B32, 16), rng.randint(1, 12), rng.randint(1, 28), region,
        rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
        rs(rng, B64URL, 180), hexs(rng, 64))
    return "bedrock-api-key-" + base64.b64encode(url.encode()).decode(), []


def g_modal(rng):
    return "as-" + rs(rng, B62, 22), [("MODAL_TOKEN_ID", "ak-" + rs(rng, B62, 22))]


def g_modal_proxy(rng):
    return "ws-" + rs(rng, B62, 22), [("MODAL_KEY", "wk-" + rs(rng, B62, 22))]


def g_playht(rng):
    return hexs(rng, 32), [("PLAYHT_USER_ID", rs(rng, B62, 28))]


def g_whsec(rng):
    return "whsec_" + base64.b64encode(rbytes(rng, 24)).decode(), []


def g_litellm_virtual(rng):
    return "sk-" + rs(rng, B64URL, 22), []


def g_litellm_master(rng):
    return "sk-" + rs(rng, B64URL, 43), []


def g_dify_app(rng):
    return "app-" + rs(rng, B62, 24), []


def g_anythingllm(rng):
    return "-".join(rs(rng, ALNUM_UP, 7) for _ in range(4)), []


def g_b64_secret(nbytes):
    def g(rng):
        return base64.b64encode(rbytes(rng, nbytes)).decode(), []
    return g


def g_google_oauth_secret(rng):
    return "GOCSPX-" + rs(rng, B64URL, 28), []


def g_google_refresh(rng):
    return "1//0" + rs(rng, "cdefgh", 1) + rs(rng, B64URL, 98), []


_PW_WORDS = ["winter", "Falcon", "marzipan", "Bratislava", "sunflower", "Kestrel",
             "lighthouse", "Orion", "maple", "Tatra", "harbor", "Nebula", "quokka",
             "Velvet", "copper", "Sparrow", "Lisboa", "thunder", "Matylda", "pierogi",
             "Gdansk", "cactus", "Hamster", "mojito", "Andromeda", "granite", "Pixel"]
_PW_SEPS = [".", "!", "_", "-", "#", "@", "", "&"]


def human_password(rng):
    w1, w2 = pick(rng, _PW_WORDS), pick(rng, _PW_WORDS)
    year = str(rng.randint(1971, 2019))
    style = rng.randrange(6)
    if style == 0:
        pw = w1.capitalize() + pick(rng, _PW_SEPS) + year + w2.lower()
    elif style == 1:
        leet = w1.replace("o", "0").replace("a", "4").replace("e", "3")
        pw = leet.capitalize() + pick(rng, ["!", "#", "&", "%"]) + str(rng.randint(2, 99))
    elif style == 2:
        pw = w1.lower() + pick(rng, ["!", "?", "*"]) + w2.capitalize() + year[2:]
    elif style == 3:
        pw = pick(rng, _FIRST).capitalize() + year + pick(rng, ["!", "!!", "#", "@"])
    elif style == 4:
        pw = "%s-%s-%s%d" % (w1.lower(), w2.lower(), pick(rng, _PW_WORDS).lower(), rng.randint(1, 9))
    else:
        pw = w1.capitalize()[:5] + str(rng.randint(10, 99)) + pick(rng, _PW_SEPS) + w2.capitalize()[:4] + pick(rng, ["!", "%", "+"])
    if w1.lower() == w2.lower():
        pw += str(rng.randint(2, 9))
    return pw


def g_password(rng):
    return human_password(rng), []


# ----------------------------------------------------------------------------
# real RSA / PKCS#8 generation (stdlib only) for GCP service-account keys
# ----------------------------------------------------------------------------

_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _is_probable_prime(n, rng):
    if n < 2:
        return False
    for p in _SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(20):
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
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if _is_probable_prime(c, rng):
            return c


def _der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return b"\x02" + _der_len(len(b)) + b


def _der_seq(*parts):
    body = b"".join(parts)
    return b"\x30" + _der_len(len(body)) + body


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
        n = p * q
        if n.bit_length() != bits:
            continue
        break
    d = pow(e, -1, phi)
    rsakey = _der_seq(_der_int(0), _der_int(n), _der_int(e), _der_int(d), _der_int(p), _der_int(q),
                      _der_int(d % (p - 1)), _der_int(d % (q - 1)), _der_int(pow(q, -1, p)))
    algo = _der_seq(b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01", b"\x05\x00")
    pk8 = _der_seq(_der_int(0), algo, b"\x04" + _der_len(len(rsakey)) + rsakey)
    b64 = base64.b64encode(pk8).decode()
    return [b64[i:i + 64] for i in range(0, len(b64), 64)]


def g_gcp_sa(rng):
    lines = rsa_pkcs8_pem_lines(rng)
    pem = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"
    return pem, []


# ----------------------------------------------------------------------------
# providers and kinds
# ----------------------------------------------------------------------------
# class: "api"   single opaque key usable in any slot
#        "pair"  secret with an id companion (env-like files only)
#        "sa"    GCP service account private key (json files / one-line json)
#        "adc"   google authorized_user refresh token
#        "pw"    human password (env-like files of self-hosted apps)
#        "cookie"/"discord" env-like files only

PROVIDERS = {}


def prov(pid, env, base_url, models, kinds, header=("Authorization", "Bearer "), sdk=None, litellm=None,
         openai_compat=True, category="llm"):
    PROVIDERS[pid] = dict(id=pid, env=env, base_url=base_url, models=models, kinds=kinds,
                          header=header, sdk=sdk, litellm=litellm or pid, compat=openai_compat,
                          category=category)


prov("openrouter", "OPENROUTER_API_KEY", "https://openrouter.ai/api/v1",
     ["anthropic/claude-sonnet-4.5", "deepseek/deepseek-r1", "meta-llama/llama-3.3-70b-instruct",
      "google/gemini-2.5-flash", "qwen/qwen3-coder", "moonshotai/kimi-k2"],
     {"api_key": ("api", g_openrouter), "provisioning_key": ("api", g_openrouter)})
prov("together", "TOGETHER_API_KEY", "https://api.together.xyz/v1",
     ["meta-llama/Llama-3.3-70B-Instruct-Turbo", "deepseek-ai/DeepSeek-V3", "Qwen/Qwen2.5-72B-Instruct-Turbo"],
     {"api_key_legacy_hex": ("api", g_fixed("", HEX, 64)), "project_key_tgp_v1": ("api", g_fixed("tgp_v1_", B64URL, 43))},
     litellm="together_ai")
prov("fireworks", "FIREWORKS_API_KEY", "https://api.fireworks.ai/inference/v1",
     ["accounts/fireworks/models/llama-v3p1-70b-instruct", "accounts/fireworks/models/deepseek-v3",
      "accounts/fireworks/models/qwen3-235b-a22b"],
     {"api_key": ("api", g_fixed("fw_", B62, 24))}, litellm="fireworks_ai")
prov("deepseek", "DEEPSEEK_API_KEY", "https://api.deepseek.com", ["deepseek-chat", "deepseek-reasoner"],
     {"api_key": ("api", g_fixed("sk-", HEX, 32))})
prov("xai", "XAI_API_KEY", "https://api.x.ai/v1", ["grok-4", "grok-3-mini", "grok-code-fast-1"],
     {"api_key": ("api", g_fixed("xai-", B62, 80))})
prov("perplexity", "PERPLEXITY_API_KEY", "https://api.perplexity.ai", ["sonar-pro", "sonar-reasoning", "sonar"],
     {"api_key": ("api", g_fixed("pplx-", B62, 48))})
prov("mistral", "MISTRAL_API_KEY", "https://api.mistral.ai/v1",
     ["mistral-large-latest", "codestral-latest", "mistral-small-2503"],
     {"api_key": ("api", g_fixed("", B62, 32))})
prov("cohere", "COHERE_API_KEY", "https://api.cohere.com/v2",
     ["command-a-03-2025", "command-r-plus-08-2024", "embed-english-v3.0"],
     {"api_key": ("api", g_fixed("", B62, 40))}, openai_compat=False)
prov("groq", "GROQ_API_KEY", "https://api.groq.com/openai/v1",
     ["llama-3.3-70b-versatile", "openai/gpt-oss-120b", "moonshotai/kimi-k2-instruct"],
     {"api_key": ("api", g_fixed("gsk_", B62, 52))})
prov("cerebras", "CEREBRAS_API_KEY", "https://api.cerebras.ai/v1", ["llama3.1-8b", "qwen-3-32b", "gpt-oss-120b"],
     {"api_key": ("api", g_fixed("csk-", ALNUM_LOW, 48))})
prov("sambanova", "SAMBANOVA_API_KEY", "https://api.sambanova.ai/v1",
     ["Meta-Llama-3.3-70B-Instruct", "DeepSeek-R1", "Llama-4-Maverick-17B-128E-Instruct"],
     {"api_key_uuid": ("api", g_uuid)})
prov("deepinfra", "DEEPINFRA_API_KEY", "https://api.deepinfra.com/v1/openai",
     ["meta-llama/Meta-Llama-3.1-70B-Instruct", "Qwen/Qwen2.5-Coder-32B-Instruct"],
     {"api_key": ("api", g_fixed("", B62, 32))})
prov("novita", "NOVITA_API_KEY", "https://api.novita.ai/v3/openai",
     ["meta-llama/llama-3.1-8b-instruct", "deepseek/deepseek-v3-0324"],
     {"api_key": ("api", g_fixed("sk_", B64URL, 43))})
prov("hyperbolic", "HYPERBOLIC_API_KEY", "https://api.hyperbolic.xyz/v1",
     ["meta-llama/Meta-Llama-3.1-405B-Instruct", "Qwen/QwQ-32B"],
     {"api_key_jwt": ("api", g_hyperbolic)})
prov("lambda", "LAMBDA_API_KEY", "https://api.lambda.ai/v1", ["llama3.3-70b-instruct-fp8", "hermes3-405b"],
     {"cloud_api_key": ("api", g_lambda)})
prov("nebius", "NEBIUS_API_KEY", "https://api.studio.nebius.com/v1/",
     ["meta-llama/Meta-Llama-3.1-70B-Instruct-fast", "Qwen/Qwen3-235B-A22B"],
     {"ai_studio_key_jwt": ("api", g_nebius)})
prov("gemini", "GEMINI_API_KEY", "https://generativelanguage.googleapis.com/v1beta/openai/",
     ["gemini-2.5-pro", "gemini-2.5-flash", "gemini-2.0-flash"],
     {"ai_studio_api_key": ("api", g_fixed("AIza", B64URL, 35))}, header=("x-goog-api-key", ""))
prov("vertex", "GOOGLE_APPLICATION_CREDENTIALS", "https://us-central1-aiplatform.googleapis.com/v1",
     ["gemini-2.5-pro", "claude-sonnet-4@20250514"],
     {"service_account_private_key": ("sa", g_gcp_sa), "oauth_client_secret": ("api", g_google_oauth_secret),
      "adc_refresh_token": ("adc", g_google_refresh)}, litellm="vertex_ai", openai_compat=False)
prov("bedrock", "AWS_SECRET_ACCESS_KEY", "https://bedrock-runtime.us-east-1.amazonaws.com",
     ["anthropic.claude-3-5-sonnet-20241022-v2:0", "us.anthropic.claude-sonnet-4-20250514-v1:0", "amazon.nova-pro-v1:0"],
     {"aws_secret_access_key": ("pair", g_aws_secret), "bedrock_api_key_long_term": ("api", g_bedrock_long),
      "bedrock_api_key_short_term": ("api", g_bedrock_short)}, openai_compat=False)
prov("azure-openai", "AZURE_OPENAI_API_KEY", "https://{res}.openai.azure.com/openai/v1/",
     ["gpt-4o", "gpt-4.1-mini", "o4-mini"],
     {"api_key_32hex": ("api", g_fixed("", HEX, 32)), "api_key_84": ("api", g_azure_new)},
     header=("api-key", ""), litellm="azure")
prov("openai", "OPENAI_API_KEY", "https://api.openai.com/v1", ["gpt-4.1", "gpt-4o-mini", "o3"],
     {"project_key": ("api", g_openai_proj), "service_account_key": ("api", g_openai_svc),
      "admin_key": ("api", g_openai_admin), "webhook_secret": ("api", g_whsec)})
prov("anthropic", "ANTHROPIC_API_KEY", "https://api.anthropic.com/v1",
     ["claude-sonnet-4-5", "claude-opus-4-1", "claude-3-5-haiku-latest"],
     {"api_key": ("api", g_anthropic), "admin_key": ("api", g_anthropic_admin)},
     header=("x-api-key", ""), openai_compat=False)
prov("huggingface", "HF_TOKEN", "https://router.huggingface.co/v1",
     ["meta-llama/Llama-3.1-8B-Instruct", "mistralai/Mistral-7B-Instruct-v0.3", "Qwen/Qwen2.5-7B-Instruct"],
     {"user_access_token": ("api", g_fixed("hf_", UPPER + LOWER, 34)),
      "fine_grained_token": ("api", g_fixed("hf_", UPPER + LOWER, 34)),
      "org_api_token": ("api", g_fixed("api_org_", UPPER + LOWER, 34))})
prov("replicate", "REPLICATE_API_TOKEN", "https://api.replicate.com/v1",
     ["black-forest-labs/flux-schnell", "meta/meta-llama-3-70b-instruct", "stability-ai/sdxl"],
     {"api_token": ("api", g_fixed("r8_", B62, 37)), "webhook_signing_secret": ("api", g_whsec)},
     openai_compat=False, category="media")
prov("fal", "FAL_KEY", "https://fal.run", ["fal-ai/flux/dev", "fal-ai/flux-pro/v1.1", "fal-ai/kling-video/v2/master/text-to-video"],
     {"key_id_secret": ("api", g_fal)}, header=("Authorization", "Key "), openai_compat=False, category="media")
prov("modal", "MODAL_TOKEN_SECRET", "https://api.modal.com", ["modal-vllm"],
     {"token_secret": ("pair", g_modal), "proxy_auth_secret": ("pair", g_modal_proxy)},
     openai_compat=False, category="infra")
prov("baseten", "BASETEN_API_KEY", "https://inference.baseten.co/v1",
     ["deepseek-ai/DeepSeek-V3-0324", "meta-llama/Llama-4-Scout-17B-16E-Instruct"],
     {"api_key": ("api", g_baseten)}, header=("Authorization", "Api-Key "))
prov("runpod", "RUNPOD_API_KEY", "https://api.runpod.ai/v2", ["vllm-worker", "comfyui-flux"],
     {"api_key_rpa": ("api", g_fixed("rpa_", ALNUM_UP, 40)), "api_key_legacy": ("api", g_fixed("", ALNUM_UP, 32))},
     category="infra")
prov("anyscale", "ANYSCALE_API_KEY", "https://api.endpoints.anyscale.com/v1",
     ["meta-llama/Meta-Llama-3-70B-Instruct", "mistralai/Mixtral-8x22B-Instruct-v0.1"],
     {"endpoints_key": ("api", g_fixed("esecret_", ALNUM_LOW, 26))})
prov("litellm", "LITELLM_MASTER_KEY", "http://localhost:4000", ["gpt-4o", "claude-sonnet", "llama-70b"],
     {"master_key": ("api", g_litellm_master), "virtual_key": ("api", g_litellm_virtual)}, category="gateway")
prov("portkey", "PORTKEY_API_KEY", "https://api.portkey.ai/v1", ["gpt-4o", "claude-3-5-sonnet"],
     {"api_key": ("api", g_fixed("", B64.replace("/", ""), 32))}, header=("x-portkey-api-key", ""), category="gateway")
prov("helicone", "HELICONE_API_KEY", "https://oai.helicone.ai/v1", ["gpt-4o-mini"],
     {"api_key": ("api", g_helicone)}, header=("Helicone-Auth", "Bearer "), category="gateway")
prov("langsmith", "LANGSMITH_API_KEY", "https://api.smith.langchain.com", [],
     {"personal_token_lsv2_pt": ("api", g_langsmith("pt")), "service_key_lsv2_sk": ("api", g_langsmith("sk"))},
     header=("x-api-key", ""), openai_compat=False, category="obs")
prov("langfuse", "LANGFUSE_SECRET_KEY", "https://cloud.langfuse.com", [],
     {"secret_key": ("api", g_langfuse)}, openai_compat=False, category="obs")
prov("braintrust", "BRAINTRUST_API_KEY", "https://api.braintrust.dev/v1/proxy", ["gpt-4o", "claude-3-5-sonnet-latest"],
     {"api_key": ("api", g_fixed("sk-", B62, 48))}, category="obs")
prov("wandb", "WANDB_API_KEY", "https://api.wandb.ai", [], {"api_key": ("api", g_fixed("", HEX, 40))},
     openai_compat=False, category="obs")
prov("phoenix", "PHOENIX_API_KEY", "https://app.phoenix.arize.com", [], {"system_api_key_jwt": ("api", g_phoenix)},
     header=("api_key", ""), openai_compat=False, category="obs")
prov("humanloop", "HUMANLOOP_API_KEY", "https://api.humanloop.com/v5", [], {"api_key": ("api", g_fixed("hl_sk_", HEX, 48))},
     header=("X-API-KEY", ""), openai_compat=False, category="obs")
prov("promptlayer", "PROMPTLAYER_API_KEY", "https://api.promptlayer.com", [], {"api_key": ("api", g_fixed("pl_", HEX, 32))},
     header=("X-API-KEY", ""), openai_compat=False, category="obs")
prov("pinecone", "PINECONE_API_KEY", "https://api.pinecone.io", [],
     {"api_key_pcsk": ("api", g_pinecone), "api_key_legacy_uuid": ("api", g_uuid)},
     header=("Api-Key", ""), openai_compat=False, category="vector")
prov("weaviate", "WEAVIATE_API_KEY", "https://{res}.c0.europe-west3.gcp.weaviate.cloud", [],
     {"cloud_api_key": ("api", g_fixed("", B62, 40))}, openai_compat=False, category="vector")
prov("qdrant", "QDRANT_API_KEY", "https://{uuid}.eu-central-1-0.aws.cloud.qdrant.io:6333", [],
     {"cloud_api_key": ("api", g_qdrant)}, header=("api-key", ""), openai_compat=False, category="vector")
prov("elevenlabs", "ELEVENLABS_API_KEY", "https://api.elevenlabs.io/v1", ["eleven_multilingual_v2", "eleven_flash_v2_5"],
     {"api_key_sk": ("api", g_fixed("sk_", HEX, 48)), "api_key_legacy_hex": ("api", g_fixed("", HEX, 32))},
     header=("xi-api-key", ""), openai_compat=False, category="voice")
prov("deepgram", "DEEPGRAM_API_KEY", "https://api.deepgram.com/v1", ["nova-3", "aura-2-thalia-en"],
     {"api_key": ("api", g_fixed("", HEX, 40))}, header=("Authorization", "Token "), openai_compat=False, category="voice")
prov("assemblyai", "ASSEMBLYAI_API_KEY", "https://api.assemblyai.com/v2", ["universal", "slam-1"],
     {"api_key": ("api", g_fixed("", HEX, 32))}, header=("authorization", ""), openai_compat=False, category="voice")
prov("speechmatics", "SPEECHMATICS_API_KEY", "https://asr.api.speechmatics.com/v2", ["enhanced"],
     {"api_key": ("api", g_fixed("", B62, 32))}, openai_compat=False, category="voice")
prov("revai", "REVAI_ACCESS_TOKEN", "https://api.rev.ai/speechtotext/v1", ["machine"],
     {"access_token": ("api", g_fixed("02", B64URL, 86))}, openai_compat=False, category="voice")
prov("cartesia", "CARTESIA_API_KEY", "https://api.cartesia.ai", ["sonic-2", "sonic-turbo"],
     {"api_key": ("api", g_fixed("sk_car_", B62, 22))}, header=("X-API-Key", ""), openai_compat=False, category="voice")
prov("playht", "PLAYHT_API_KEY", "https://api.play.ht/api/v2", ["Play3.0-mini", "PlayDialog"],
     {"secret_key": ("pair", g_playht)}, header=("AUTHORIZATION", ""), openai_compat=False, category="voice")
prov("stability", "STABILITY_API_KEY", "https://api.stability.ai/v2beta", ["sd3.5-large", "stable-image-ultra"],
     {"api_key": ("api", g_fixed("sk-", B62, 48))}, openai_compat=False, category="media")
prov("midjourney-proxy", "MJ_DISCORD_USER_TOKEN", "http://localhost:8080/mj", ["midjourney"],
     {"discord_user_token": ("discord", g_discord), "goapi_key": ("api", g_fixed("", HEX, 64))},
     header=("mj-api-secret", ""), openai_compat=False, category="media")
prov("runway", "RUNWAYML_API_SECRET", "https://api.dev.runwayml.com/v1", ["gen4_turbo", "gen4_image"],
     {"api_secret": ("api", g_fixed("key_", HEX, 128))}, openai_compat=False, category="media")
prov("luma", "LUMAAI_API_KEY", "https://api.lumalabs.ai/dream-machine/v1", ["ray-2", "photon-1"],
     {"api_key": ("api", g_luma)}, openai_compat=False, category="media")
prov("leonardo", "LEONARDO_API_KEY", "https://cloud.leonardo.ai/api/rest/v1", ["phoenix-1.0"],
     {"api_key_uuid": ("api", g_uuid)}, openai_compat=False, category="media")
prov("ideogram", "IDEOGRAM_API_KEY", "https://api.ideogram.ai/v1", ["V_3"],
     {"api_key": ("api", g_fixed("", B64URL, 86))}, header=("Api-Key", ""), openai_compat=False, category="media")
prov("bfl", "BFL_API_KEY", "https://api.bfl.ai/v1", ["flux-pro-1.1-ultra", "flux-kontext-pro"],
     {"api_key_uuid": ("api", g_uuid)}, header=("x-key", ""), openai_compat=False, category="media")
prov("suno-proxy", "SUNO_COOKIE", "http://localhost:3000/api", ["chirp-v4"],
     {"clerk_client_cookie": ("cookie", g_suno_cookie)}, openai_compat=False, category="media")
prov("dify", "DIFY_API_KEY", "https://api.dify.ai/v1", [],
     {"app_api_key": ("api", g_dify_app), "secret_key": ("api", g_b64_secret(42)), "admin_password": ("pw", g_password)},
     openai_compat=False, category="selfhost")
prov("librechat", "CREDS_KEY", "http://localhost:3080", [],
     {"creds_key_hex": ("api", g_fixed("", HEX, 64)), "jwt_secret": ("api", g_fixed("", HEX, 64)),
      "mongo_password": ("pw", g_password)}, openai_compat=False, category="selfhost")
prov("open-webui", "WEBUI_SECRET_KEY", "http://localhost:3000", [],
     {"webui_secret_key": ("api", g_fixed("", B64URL, 32)), "admin_password": ("pw", g_password)},
     openai_compat=False, category="selfhost")
prov("flowise", "FLOWISE_API_KEY", "http://localhost:3000/api/v1", [],
     {"api_key": ("api", g_fixed("", B64URL, 43)), "flowise_password": ("pw", g_password)},
     openai_compat=False, category="selfhost")
prov("anythingllm", "ANYTHINGLLM_API_KEY", "http://localhost:3001/api/v1", [],
     {"developer_api_key": ("api", g_anythingllm)}, openai_compat=False, category="selfhost")


# narrower classes: these secrets do not belong in inference client code
RECLASS = {("openai", "admin_key"): "mgmt", ("anthropic", "admin_key"): "mgmt", ("openrouter", "provisioning_key"): "mgmt",
           ("openai", "webhook_secret"): "whsec", ("replicate", "webhook_signing_secret"): "whsec",
           ("vertex", "oauth_client_secret"): "oauth", ("dify", "secret_key"): "appsecret",
           ("librechat", "creds_key_hex"): "appsecret", ("librechat", "jwt_secret"): "appsecret",
           ("open-webui", "webui_secret_key"): "appsecret"}
for (_p, _k), _c in RECLASS.items():
    PROVIDERS[_p]["kinds"][_k] = (_c, PROVIDERS[_p]["kinds"][_k][1])
EXT = ("mgmt", "whsec", "oauth", "appsecret")


# ----------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------

PREFIX = {
    "openrouter": "sk-or-v1-", "together": "tgp_v1_", "fireworks": "fw_", "deepseek": "sk-", "xai": "xai-",
    "perplexity": "pplx-", "groq": "gsk_", "cerebras": "csk-", "novita": "sk_", "gemini": "AIza",
    "openai": "sk-proj-", "anthropic": "sk-ant-api03-", "huggingface": "hf_", "replicate": "r8_",
    "litellm": "sk-", "helicone": "sk-helicone-", "langsmith": "lsv2_pt_", "langfuse": "sk-lf-",
    "braintrust": "sk-", "humanloop": "hl_sk_", "promptlayer": "pl_", "pinecone": "pcsk_",
    "elevenlabs": "sk_", "cartesia": "sk_car_", "stability": "sk-", "runway": "key_", "luma": "luma-",
    "runpod": "rpa_", "anyscale": "esecret_", "dify": "app-", "modal": "as-", "lambda": "secret_",
    "vertex": "GOCSPX-", "bedrock": "ABSK",
}

GENERIC_NAMES = {
    "llm": ["LLM_API_KEY", "LLM_KEY", "MODEL_API_KEY", "INFERENCE_KEY", "API_KEY", "UPSTREAM_API_KEY",
            "PROVIDER_KEY", "AI_TOKEN", "CHAT_API_KEY", "COMPLETIONS_KEY", "AUTH", "BACKEND_TOKEN"],
    "gateway": ["GATEWAY_KEY", "PROXY_API_KEY", "LLM_PROXY_TOKEN", "API_KEY", "AUTH_TOKEN", "ROUTER_KEY"],
    "obs": ["TRACING_API_KEY", "TELEMETRY_KEY", "EVAL_API_KEY", "OBS_KEY", "API_KEY", "TRACE_TOKEN"],
    "vector": ["VECTOR_DB_KEY", "VECTORSTORE_API_KEY", "RAG_INDEX_KEY", "DB_API_KEY", "API_KEY"],
    "voice": ["TTS_API_KEY", "STT_TOKEN", "SPEECH_KEY", "VOICE_API_KEY", "ASR_KEY", "API_KEY"],
    "media": ["IMAGE_API_KEY", "IMG_GEN_TOKEN", "VIDEO_API_KEY", "GEN_API_KEY", "RENDER_TOKEN", "API_TOKEN"],
    "infra": ["GPU_API_KEY", "DEPLOY_TOKEN", "COMPUTE_KEY", "API_KEY", "SERVERLESS_TOKEN"],
    "selfhost": ["APP_SECRET", "SECRET", "API_KEY", "AUTH_SECRET", "SERVER_KEY"],
}

KIND_NAMES = {
    ("openrouter", "provisioning_key"): "OPENROUTER_PROVISIONING_KEY",
    ("openai", "admin_key"): "OPENAI_ADMIN_KEY", ("openai", "webhook_secret"): "OPENAI_WEBHOOK_SECRET",
    ("anthropic", "admin_key"): "ANTHROPIC_ADMIN_KEY",
    ("replicate", "webhook_signing_secret"): "REPLICATE_WEBHOOK_SECRET",
    ("huggingface", "org_api_token"): "HF_ORG_TOKEN", ("huggingface", "fine_grained_token"): "HUGGING_FACE_HUB_TOKEN",
    ("vertex", "oauth_client_secret"): "GOOGLE_CLIENT_SECRET", ("vertex", "adc_refresh_token"): "GOOGLE_REFRESH_TOKEN",
    ("bedrock", "bedrock_api_key_long_term"): "AWS_BEARER_TOKEN_BEDROCK",
    ("bedrock", "bedrock_api_key_short_term"): "AWS_BEARER_TOKEN_BEDROCK",
    ("modal", "proxy_auth_secret"): "MODAL_SECRET", ("litellm", "virtual_key"): "LITELLM_API_KEY",
    ("langsmith", "service_key_lsv2_sk"): "LANGCHAIN_API_KEY",
    ("midjourney-proxy", "goapi_key"): "GOAPI_API_KEY",
    ("dify", "secret_key"): "SECRET_KEY", ("dify", "admin_password"): "INIT_PASSWORD",
    ("librechat", "jwt_secret"): "JWT_SECRET", ("librechat", "mongo_password"): "MONGO_INITDB_ROOT_PASSWORD",
    ("open-webui", "admin_password"): "WEBUI_ADMIN_PASSWORD", ("flowise", "flowise_password"): "FLOWISE_PASSWORD",
    ("gemini", "ai_studio_api_key"): "GOOGLE_API_KEY",
}

ALT_NAMES = {"gemini": ["GEMINI_API_KEY", "GOOGLE_API_KEY", "GOOGLE_GENERATIVE_AI_API_KEY"],
             "huggingface": ["HF_TOKEN", "HUGGINGFACEHUB_API_TOKEN", "HUGGING_FACE_HUB_TOKEN"],
             "langsmith": ["LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"],
             "azure-openai": ["AZURE_OPENAI_API_KEY", "AZURE_API_KEY", "AOAI_KEY"],
             "together": ["TOGETHER_API_KEY", "TOGETHERAI_API_KEY"],
             "fal": ["FAL_KEY", "FAL_API_KEY"], "luma": ["LUMAAI_API_KEY", "LUMA_API_KEY"],
             "runway": ["RUNWAYML_API_SECRET", "RUNWAY_API_KEY"],
             "revai": ["REVAI_ACCESS_TOKEN", "REV_AI_TOKEN"], "xai": ["XAI_API_KEY", "GROK_API_KEY"]}


def provider_env_name(rng, pid, kind):
    if (pid, kind) in KIND_NAMES and rng.random() < 0.8:
        return KIND_NAMES[(pid, kind)]
    if pid in ALT_NAMES:
        return pick(rng, ALT_NAMES[pid])
    return PROVIDERS[pid]["env"]


def short_name(pid):
    return {"azure-openai": "azure", "midjourney-proxy": "midjourney", "suno-proxy": "suno",
            "open-webui": "openwebui"}.get(pid, pid)


def py_name(env):
    return env.lower()


def camel(env):
    parts = env.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


# ----------------------------------------------------------------------------
# rendering of values in each syntax
# ----------------------------------------------------------------------------

def quote(rng, syn, raw, force=False):
    if syn in ("json", "toml", "go", "rs", "hcl"):
        return '"%s"' % raw
    if syn == "py":
        return pick(rng, ['"%s"', "'%s'"]) % raw
    if syn == "ts":
        return pick(rng, ['"%s"', "'%s'", '"%s"']) % raw
    if syn in ("env", "sh"):
        if force or any(c in raw for c in " #&|;<>()*?!$`'\"\\"):
            return "'%s'" % raw if "'" not in raw else '"%s"' % raw
        return pick(rng, ["%s", "%s", '"%s"', "'%s'"]) % raw
    if syn == "yaml":
        if force or raw[:1] in "!&*{}[]|>'\"%@`#,?:-" or ": " in raw or " #" in raw or raw in ("EMPTY", "none", "None", "null", "true", "false"):
            return '"%s"' % raw
        return pick(rng, ["%s", "%s", '"%s"']) % raw
    if syn == "ini":
        return raw
    return raw


def ref_text(rng, syn, name, flavor=None):
    if flavor == "litellm" and syn == "yaml":
        return "os.environ/" + name
    if flavor in ("gha", "continue") and syn == "yaml":
        return "${{ secrets.%s }}" % name
    if flavor == "librechat" and syn == "yaml":
        return pick(rng, ["${%s}" % name, '"${%s}"' % name, '"user_provided"', "user_provided"])
    if flavor == "promptfoo" and syn == "yaml":
        return pick(rng, ["'{{ env.%s }}'" % name, "${%s}" % name])
    if syn == "env":
        return pick(rng, ["${%s}" % name, "", "${%s:-}" % name, "$%s" % name])
    if syn == "sh":
        return pick(rng, ['"$%s"' % name, '"${%s}"' % name,
                          '"$(op read op://dev/%s/credential)"' % name.lower().replace("_", "-"),
                          '"$(pass show ai/%s)"' % name.lower(),
                          '"$(security find-generic-password -s %s -w)"' % name.lower()])
    if syn == "yaml":
        return pick(rng, ["${%s}" % name, '"${%s}"' % name, '"${%s:?%s is not set}"' % (name, name)])
    if syn == "json":
        return pick(rng, ['"${env:%s}"' % name, '"${%s}"' % name, '""'])
    if syn == "toml":
        return pick(rng, ['"${%s}"' % name, '""'])
    if syn == "py":
        return pick(rng, ['os.environ["%s"]' % name, 'os.getenv("%s")' % name, 'os.environ.get("%s", "")' % name,
                          "os.environ['%s']" % name])
    if syn == "ts":
        return pick(rng, ["process.env.%s" % name, "process.env.%s!" % name, 'process.env["%s"] ?? ""' % name])
    if syn == "go":
        return 'os.Getenv("%s")' % name
    if syn == "rs":
        return pick(rng, ['std::env::var("%s")?' % name, 'env::var("%s").expect("%s must be set")' % (name, name)])
    if syn == "hcl":
        return "var.%s" % name.lower()
    return "${%s}" % name


# ----------------------------------------------------------------------------
# negative values
# ----------------------------------------------------------------------------

def placeholder(rng, pid, env):
    pre = PREFIX.get(pid, "")
    sn = short_name(pid)
    opts = ["<your-%s-api-key>" % sn, "<%s_KEY>" % sn.upper(), "YOUR_%s" % env, "your-api-key-here",
            "changeme", "REPLACE_ME", "<redacted>", "********", "<paste-key-here>", "TODO-fill-me-in",
            "your_%s_key" % sn.replace("-", "_"), "xxx"]
    if pre:
        opts += [pre + "...", pre + "xxxxxxxxxxxxxxxxxxxxxxxx", pre + "XXXXXXXXXXXXXXXX", pre + "<redacted>",
                 pre + "YOUR_KEY_HERE", pre + "***"]
    return pick(rng, opts)


def masked(rng, pid):
    pre = PREFIX.get(pid, "")
    tail = rs(rng, B62 if pid not in ("deepgram", "assemblyai", "wandb") else HEX, 4)
    opts = [pre + "****" + tail, pre + "…" + tail, pre + "*" * 24 + tail, "****************" + tail,
            pre + rs(rng, B62, 3) + "..." + tail, "•" * 12 + tail]
    return pick(rng, opts)


LOCAL_DUMMIES = ["EMPTY", "ollama", "sk-no-key-required", "not-needed", "lm-studio", "dummy", "none",
                 "sk-local", "vllm", "sk-1234", "no-key", "unused"]
LOCAL_URLS = ["http://localhost:11434/v1", "http://127.0.0.1:8000/v1", "http://localhost:1234/v1",
              "http://vllm:8000/v1", "http://localhost:8080/v1", "http://host.docker.internal:11434/v1",
              "http://localhost:4000"]


def sops_enc(rng, n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
        base64.b64encode(rbytes(rng, n)).decode(), base64.b64encode(rbytes(rng, 32)).decode(),
        base64.b64encode(rbytes(rng, 16)).decode())


def kms_blob(rng):
    return "AQICAHh" + base64.b64encode(rbytes(rng, 180)).decode()


def sealed_blob(rng):
    return "AgB" + base64.b64encode(rbytes(rng, 560)).decode()


def google_client_id(rng):
    return "%d-%s.apps.googleusercontent.com" % (rng.randint(100000000000, 999999999999), rs(rng, ALNUM_LOW, 32))


def id_overrides(rng, pid):
    """(NAME, value) pairs of innocent ids that look random."""
    sn = short_name(pid).upper().replace("-", "_")
    out = [("%s_PROJECT_ID" % sn, uuid4(rng)), ("TRACE_ID", hexs(rng, 32)), ("RUN_ID", uuid4(rng)),
           ("LANGFUSE_PUBLIC_KEY", "pk-lf-" + uuid4(rng)),
           ("NEXT_PUBLIC_POSTHOG_KEY", "phc_" + rs(rng, B62, 43)),
           ("CLOUDFLARE_ACCOUNT_ID", hexs(rng, 32)),
           ("DATASET_SHA256", hashlib.sha256(rbytes(rng, 32)).hexdigest()),
           ("GIT_COMMIT", hexs(rng, 40))]
    spec = {
        "replicate": [("REPLICATE_MODEL_VERSION", hexs(rng, 64)), ("REPLICATE_PREDICTION_ID", rs(rng, ALNUM_LOW, 26))],
        "huggingface": [("HF_MODEL_REVISION", hexs(rng, 40)), ("TOKENIZER_SHA256", hashlib.sha256(rbytes(rng, 8)).hexdigest())],
        "elevenlabs": [("ELEVENLABS_VOICE_ID", rs(rng, B62, 20)), ("ELEVENLABS_AGENT_ID", "agent_" + rs(rng, ALNUM_LOW, 26))],
        "playht": [("PLAYHT_USER_ID", rs(rng, B62, 28))],
        "openai": [("OPENAI_ORG_ID", "org-" + rs(rng, B62, 24)), ("OPENAI_PROJECT_ID", "proj_" + rs(rng, B62, 24)),
                   ("OPENAI_ASSISTANT_ID", "asst_" + rs(rng, B62, 24)), ("OPENAI_VECTOR_STORE_ID", "vs_" + rs(rng, B62, 24))],
        "azure-openai": [("AZURE_OPENAI_DEPLOYMENT", pick(rng, ["gpt-4o-prod", "gpt4o-mini-eastus2", "o4-mini-swc"])),
                         ("AZURE_SUBSCRIPTION_ID", uuid4(rng)), ("AZURE_TENANT_ID", uuid4(rng))],
        "wandb": [("WANDB_RUN_ID", rs(rng, ALNUM_LOW, 8)), ("WANDB_ENTITY", pick(rng, _FIRST) + "-lab")],
        "langsmith": [("LANGSMITH_PROJECT_ID", uuid4(rng)), ("LANGSMITH_WORKSPACE_ID", uuid4(rng))],
        "langfuse": [("LANGFUSE_PUBLIC_KEY", "pk-lf-" + uuid4(rng))] * 3,
        "deepgram": [("DEEPGRAM_PROJECT_ID", uuid4(rng))],
        "assemblyai": [("ASSEMBLYAI_TRANSCRIPT_ID", uuid4(rng))],
        "vertex": [("GOOGLE_CLIENT_ID", google_client_id(rng)), ("GOOGLE_CLOUD_PROJECT", "rag-prod-%d" % rng.randint(100000, 999999))],
        "gemini": [("GOOGLE_CLIENT_ID", google_client_id(rng))],
        "pinecone": [("PINECONE_INDEX_HOST", "docs-%s.svc.aped-4627-b74a.pinecone.io" % rs(rng, ALNUM_LOW, 7))],
        "qdrant": [("QDRANT_URL", "https://%s.us-east4-0.gcp.cloud.qdrant.io:6333" % uuid4(rng))],
        "weaviate": [("WEAVIATE_URL", "https://%s.c0.europe-west3.gcp.weaviate.cloud" % rs(rng, ALNUM_LOW, 20))],
        "fal": [("FAL_REQUEST_ID", uuid4(rng))],
        "modal": [("MODAL_APP_ID", "ap-" + rs(rng, B62, 22))],
        "bedrock": [("BEDROCK_INFERENCE_PROFILE_ARN", "arn:aws:bedrock:us-east-1:%s:application-inference-profile/%s" % (
            "".join(rng.choice(DIGITS) for _ in range(12)), rs(rng, ALNUM_LOW, 12)))],
        "openrouter": [("OPENROUTER_GENERATION_ID", "gen-%d-%s" % (rng.randint(1740000000, 1760000000), rs(rng, B62, 20)))],
        "anthropic": [("ANTHROPIC_MESSAGE_ID", "msg_01" + rs(rng, B62, 22)), ("ANTHROPIC_BATCH_ID", "msgbatch_01" + rs(rng, B62, 22))],
        "stability": [("STABILITY_GENERATION_ID", hexs(rng, 64))],
        "runpod": [("RUNPOD_ENDPOINT_ID", rs(rng, ALNUM_LOW, 14))],
        "cartesia": [("CARTESIA_VOICE_ID", uuid4(rng))],
        "dify": [("DIFY_APP_ID", uuid4(rng))],
        "luma": [("LUMA_GENERATION_ID", uuid4(rng))],
    }
    out += spec.get(pid, []) * 2
    return out


class Neg:
    """How a negative fills the secret slot."""

    def __init__(self, cat, name, literal=None, override=None, local_url=None):
        self.cat = cat            # ref | placeholder | masked | local | cipher | idlike | docexample
        self.name = name          # variable name in the slot
        self.literal = literal    # literal text (unquoted) for literal categories
        self.override = override  # (NAME, value) for idlike: slot renamed + id value
        self.local_url = local_url


def make_neg(rng, P, name, kls):
    pid = P["id"]
    r = rng.random()
    if kls == "pair" and pid == "bedrock" and r < 0.25:
        return Neg("docexample", name, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    if r < 0.16 and P["compat"] and P["category"] in ("llm", "gateway") and kls == "api":
        return Neg("local", name, pick(rng, LOCAL_DUMMIES), local_url=pick(rng, LOCAL_URLS))
    if r < 0.38:
        return Neg("ref", name)
    if r < 0.55:
        return Neg("placeholder", name, placeholder(rng, pid, name))
    if r < 0.67:
        return Neg("masked", name, masked(rng, pid))
    if r < 0.78:
        return Neg("cipher", name, sops_enc(rng, rng.randint(24, 60)) if rng.random() < 0.7 else kms_blob(rng))
    ovs = id_overrides(rng, pid)
    spec = ovs[8:]
    ov = pick(rng, spec) if spec and rng.random() < 0.7 else pick(rng, ovs)
    return Neg("idlike", name, override=ov)


# ----------------------------------------------------------------------------
# per-file context
# ----------------------------------------------------------------------------

class Ctx:
    def __init__(self, rng, label, P, kind, kls, name, secret=None, companions=(), neg=None):
        self.rng, self.label, self.P, self.kind, self.kls = rng, label, P, kind, kls
        self.pid = P["id"]
        self.sn = short_name(self.pid)
        self.name = name
        self.secret = secret
        self.companions = list(companions)
        self.neg = neg
        if neg is not None and neg.cat == "cipher" and neg.literal.startswith("AQICAH"):
            self.name = name + pick(rng, ["_CIPHERTEXT", "_ENCRYPTED", "_KMS"])
        url = P["base_url"]
        url = url.replace("{res}", pick(rng, ["acme-oai-eastus2", "contoso-ai-swc", "rag-prod-openai", "mlplat-aoai"]))
        url = url.replace("{uuid}", uuid4(rng))
        if neg is not None and neg.cat == "local":
            url = neg.local_url
        self.base_url = url
        self.model = pick(rng, P["models"]) if P["models"] else "gpt-4o-mini"

    # literal text of the slot value (pos: secret; neg literal categories)
    def _lit(self):
        if self.label == "pos":
            return self.secret
        if self.neg.cat in ("placeholder", "masked", "local", "cipher", "docexample"):
            return self.neg.literal
        return None

    def items(self, syn, label=None, flavor=None, case=None, allow_ref=True):
        """(key, valuetext) list for an env-like or block-like slot."""
        rng = self.rng
        case = case or (lambda s: s)
        key = label or self.name
        out = []
        lit = self._lit()
        if self.label == "pos":
            for cn, cv in self.companions:
                out.append((case(cn), quote(rng, syn, cv)))
            out.append((key if label else case(key), quote(rng, syn, lit)))
            return out
        cat = self.neg.cat
        if cat == "docexample":
            out.append((case("AWS_ACCESS_KEY_ID"), quote(rng, syn, "AKIAIOSFODNN7EXAMPLE")))
            out.append((key if label else case(key), quote(rng, syn, lit)))
            return out
        if cat == "idlike":
            ovn, ovv = self.neg.override
            out.append((case(ovn) if not label else camel(ovn) if label[:1].islower() else ovn, quote(rng, syn, ovv)))
            if allow_ref and rng.random() < 0.6:
                out.append((key if label else case(key), ref_text(rng, syn, self.name, flavor)))
            return out
        if cat == "ref":
            for cn, _ in self.companions:
                out.append((case(cn), ref_text(rng, syn, cn, flavor)))
            out.append((key if label else case(key), ref_text(rng, syn, self.name, flavor)))
            return out
        for cn, _ in self.companions:
            if cat in ("placeholder", "masked"):
                out.append((case(cn), quote(rng, syn, placeholder(rng, self.pid, cn))))
        out.append((key if label else case(key), quote(rng, syn, lit)))
        return out

    def code(self, syn, ident, const_prob=0.5):
        """(consts, keyexpr) for code templates. ident maps ENV name -> identifier."""
        rng = self.rng
        lit = self._lit()
        if self.label == "neg" and self.neg.cat in ("ref", "idlike"):
            consts = []
            if self.neg.cat == "idlike":
                ovn, ovv = self.neg.override
                consts.append((ident(ovn), quote(rng, syn, ovv)))
            return consts, ref_text(rng, syn, self.name)
        if self.label == "neg" and self.neg.cat == "cipher":
            cid = ident(self.name)
            wrap = {"py": "kms_decrypt(%s)", "ts": "await kmsDecrypt(%s)", "go": "mustDecrypt(%s)",
                    "rs": "&decrypt_secret(%s)?"}.get(syn, "%s")
            return [(cid, quote(rng, syn, lit))], wrap % cid
        if rng.random() < const_prob:
            cid = ident(self.name)
            return [(cid, quote(rng, syn, lit))], cid
        return [], quote(rng, syn, lit)

    def is_ref(self):
        return self.label == "neg" and self.neg.cat == "ref"


def J(lines):
    return "\n".join(lines).rstrip("\n") + "\n"


FILLER_ENV = [("NODE_ENV", "production"), ("LOG_LEVEL", "info"), ("PORT", "8080"), ("REDIS_URL", "redis://redis:6379/0"),
              ("DATABASE_URL", "postgresql://app@db:5432/app"), ("EMBEDDING_MODEL", "text-embedding-3-small"),
              ("CHUNK_SIZE", "800"), ("CHUNK_OVERLAP", "120"), ("MAX_TOKENS", "4096"), ("TEMPERATURE", "0.2"),
              ("TZ", "Europe/Warsaw"), ("OTEL_SERVICE_NAME", "rag-api"), ("RATE_LIMIT_RPM", "60"),
              ("ENABLE_STREAMING", "true"), ("CACHE_TTL_SECONDS", "3600"), ("VECTOR_COLLECTION", "docs_v3"),
              ("S3_BUCKET", "acme-rag-artifacts"), ("AWS_REGION", "us-east-1"), ("PYTHONUNBUFFERED", "1"),
              ("WORKERS", "4"), ("TOP_K", "8"), ("REQUEST_TIMEOUT", "60"), ("SENTRY_ENVIRONMENT", "staging"),
              ("FEATURE_FLAGS", "tools,vision"), ("HF_HOME", "/data/hf-cache"), ("LANGCHAIN_TRACING_V2", "true"),
              ("LANGSMITH_PROJECT", "support-bot-prod"), ("LANGFUSE_HOST", "https://cloud.langfuse.com"),
              ("WANDB_PROJECT", "finetune-llama"), ("OLLAMA_BASE_URL", "http://ollama:11434"),
              ("RERANK_MODEL", "rerank-v3.5"), ("MAX_UPLOAD_MB", "25"), ("ALLOWED_ORIGINS", "http://localhost:5173"),
              ("PROMPT_CACHE", "redis"), ("DEFAULT_LOCALE", "en-US"), ("QUEUE_CONCURRENCY", "3")]

APPS = ["support-bot", "rag-api", "doc-qa", "voice-agent", "thumbnailer", "evals", "agent-runner", "copilot-lite",
        "transcriber", "kb-search", "podcast-gen", "storyboard", "ingest-worker", "chat-gateway", "tts-service"]


def fillers(rng, n, exclude=()):
    pool = [f for f in FILLER_ENV if f[0] not in exclude]
    rng.shuffle(pool)
    return pool[:n]


def prov_extra_env(ctx):
    """Non-secret provider lines (base url / model)."""
    sn = ctx.sn.upper().replace("-", "_")
    out = []
    if ctx.P["category"] in ("llm", "gateway") or ctx.base_url.startswith("http://localhost"):
        out.append(("%s_BASE_URL" % sn, ctx.base_url))
    if ctx.P["models"]:
        out.append(("%s_MODEL" % sn, ctx.model))
    return out


def env_line(rng, k, v, syn="env"):
    return "%s=%s" % (k, v)


# ---------------------------------------------------------------- templates
TEMPLATES = []


def template(ftype, syn, accepts=("api", "pair"), cats=None, pids=None, neg_only=False, weight=1.0):
    def deco(fn):
        TEMPLATES.append(dict(fn=fn, ftype=ftype, syn=syn, accepts=set(accepts), cats=cats, pids=pids,
                              neg_only=neg_only, weight=weight))
        return fn
    return deco


@template("dotenv", "env", accepts=("api", "pair", "sa", "pw", "cookie", "discord") + EXT, weight=2.5)
def t_dotenv(ctx):
    rng = ctx.rng
    path = pick(rng, [".env", ".env.local", ".env.development", "apps/api/.env", "backend/.env.production",
                      "services/%s/.env" % pick(rng, APPS), ".env.staging"])
    L = []
    if rng.random() < 0.6:
        L.append("# %s - %s" % (pick(rng, APPS), pick(rng, ["local dev settings", "do not edit in prod",
                                                          "copied from 1password", "env for docker compose"])))
    for k, v in fillers(rng, rng.randint(3, 8)):
        L.append("%s=%s" % (k, v))
    L.append("")
    L.append("# %s" % pick(rng, ["LLM provider", "model access", "AI", "providers", ctx.sn, "keys"]))
    if ctx.kls == "sa":
        sa = sa_json_obj(ctx, inline=True)
        L.append("GOOGLE_SERVICE_ACCOUNT_JSON='%s'" % sa)
    else:
        for k, v in ctx.items("env"):
            L.append("%s=%s" % (k, v))
    for k, v in prov_extra_env(ctx):
        L.append("%s=%s" % (k, v))
    if rng.random() < 0.5:
        L.append("")
        for k, v in fillers(rng, rng.randint(2, 5), exclude=[l.split("=")[0] for l in L]):
            L.append("%s=%s" % (k, v))
    return path, J(L)


@template("dify-env", "env", accepts=("api", "pw", "appsecret"), pids=("dify", "qdrant", "weaviate", "pinecone"), weight=2.0)
def t_dify_env(ctx):
    rng = ctx.rng
    L = ["# ------------------------------",
         "# Environment Variables for API service & worker",
         "# ------------------------------",
         "CONSOLE_API_URL=https://dify.%s.internal" % pick(rng, ["acme", "corp", "lab"]),
         "CONSOLE_WEB_URL=",
         "SERVICE_API_URL=",
         "APP_WEB_URL=",
         "FILES_URL=",
         "LOG_LEVEL=INFO",
         "DEBUG=false",
         "MIGRATION_ENABLED=true",
         "DEPLOY_ENV=PRODUCTION",
         ""]
    for k, v in ctx.items("env"):
        L.append("%s=%s" % (k, v))
    L += ["",
          "DB_USERNAME=postgres",
          "DB_HOST=db",
          "DB_PORT=5432",
          "DB_DATABASE=dify",
          "REDIS_HOST=redis",
          "REDIS_PORT=6379",
          "STORAGE_TYPE=opendal",
          "OPENDAL_SCHEME=fs",
          "VECTOR_STORE=%s" % pick(rng, ["weaviate", "qdrant", "pgvector", "milvus"]),
          "WEAVIATE_ENDPOINT=http://weaviate:8080",
          "CODE_EXECUTION_ENDPOINT=http://sandbox:8194",
          "UPLOAD_FILE_SIZE_LIMIT=15",
          "NGINX_PORT=80"]
    for k, v in prov_extra_env(ctx):
        L.append("%s=%s" % (k, v))
    return pick(rng, ["docker/.env", "dify/docker/.env", "deploy/dify/.env"]), J(L)


def sa_fields(ctx):
    rng = ctx.rng
    proj = "%s-%s-%d" % (pick(rng, ["rag", "genai", "vertex", "ml", "acme"]), pick(rng, ["prod", "dev", "sandbox", "eval"]),
                         rng.randint(100000, 999999))
    acct = pick(rng, ["vertex-runner", "genai-app", "ci-deployer", "llm-eval", "batch-predict"])
    email = "%s@%s.iam.gserviceaccount.com" % (acct, proj)
    if ctx.label == "pos":
        pk = ctx.secret
    else:
        pk = pick(rng, ["", "-----BEGIN PRIVATE KEY-----\\n<redacted>\\n-----END PRIVATE KEY-----\\n",
                        "REDACTED", "${GCP_PRIVATE_KEY}"])
    cid = "".join(rng.choice(DIGITS) for _ in range(21))
    return [("type", "service_account"), ("project_id", proj), ("private_key_id", hexs(rng, 40)),
            ("private_key", pk), ("client_email", email), ("client_id", cid),
            ("auth_uri", "https://accounts.google.com/o/oauth2/auth"),
            ("token_uri", "https://oauth2.googleapis.com/token"),
            ("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"),
            ("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/%s" % email.replace("@", "%40")),
            ("universe_domain", "googleapis.com")]


def sa_json_obj(ctx, inline=False):
    f = sa_fields(ctx)
    if inline:
        return "{" + ", ".join('"%s": "%s"' % kv for kv in f) + "}"
    return "{\n" + ",\n".join('  "%s": "%s"' % kv for kv in f) + "\n}"


COMPOSE_APPS = {
    "open-webui": ("ghcr.io/open-webui/open-webui:main", "3000:8080", "open-webui:/app/backend/data",
                   [("ENABLE_SIGNUP", "false"), ("OLLAMA_BASE_URL", "http://ollama:11434"), ("WEBUI_NAME", "Acme Chat")]),
    "librechat": ("ghcr.io/danny-avila/librechat:latest", "3080:3080", "./librechat.yaml:/app/librechat.yaml",
                  [("HOST", "0.0.0.0"), ("MONGO_URI", "mongodb://mongodb:27017/LibreChat"), ("MEILI_HOST", "http://meilisearch:7700")]),
    "flowise": ("flowiseai/flowise:latest", "3000:3000", "~/.flowise:/root/.flowise",
                [("PORT", "3000"), ("DATABASE_PATH", "/root/.flowise"), ("FLOWISE_USERNAME", "admin")]),
    "anythingllm": ("mintplexlabs/anythingllm:latest", "3001:3001", "./storage:/app/server/storage",
                    [("STORAGE_DIR", "/app/server/storage"), ("LLM_PROVIDER", "generic-openai"), ("VECTOR_DB", "lancedb")]),
    "dify-api": ("langgenius/dify-api:1.4.1", "5001:5001", "./volumes/app/storage:/app/api/storage",
                 [("MODE", "api"), ("LOG_LEVEL", "INFO"), ("DB_HOST", "db")]),
    "litellm": ("ghcr.io/berriai/litellm:main-stable", "4000:4000", "./litellm_config.yaml:/app/config.yaml",
                [("STORE_MODEL_IN_DB", "True"), ("DATABASE_URL", "postgresql://llmproxy@db:5432/litellm")]),
    "midjourney-proxy": ("novicezk/midjourney-proxy:2.6.3", "8080:8080", "./logs:/home/spring/logs",
                         [("mj.discord.guild-id", "1186%014d" % 0), ("TZ", "Asia/Shanghai")]),
    "suno-api": ("ghcr.io/gcui-art/suno-api:latest", "3000:3000", "./.cache:/app/.cache",
                 [("BROWSER", "chromium"), ("BROWSER_HEADLESS", "true")]),
    "api": ("ghcr.io/acme/%s:1.%d.%d", "8000:8000", "./data:/data", [("WORKERS", "2"), ("LOG_LEVEL", "info")]),
}


@template("docker-compose", "yaml", accepts=("api", "pair", "pw", "cookie", "discord") + EXT, weight=2.0)
def t_compose(ctx):
    rng = ctx.rng
    pid = ctx.pid
    if pid == "midjourney-proxy":
        app = "midjourney-proxy"
    elif pid == "suno-proxy":
        app = "suno-api"
    elif pid == "dify":
        app = "dify-api"
    elif pid in ("librechat", "open-webui", "flowise", "anythingllm", "litellm"):
        app = pid
    else:
        app = pick(rng, ["open-webui", "librechat", "flowise", "anythingllm", "litellm", "api", "api"])
    image, ports, vol, extra = COMPOSE_APPS[app]
    if "%s" in image:
        image = image % (pick(rng, APPS), rng.randint(0, 9), rng.randint(0, 30))
    svc = app if app != "api" else pick(rng, APPS)
    envs = list(extra) + prov_extra_env(ctx)
    style_list = rng.random() < 0.4
    L = []
    if rng.random() < 0.3:
        L.append('version: "3.8"')
    L += ["services:", "  %s:" % svc, "    image: %s" % image, "    container_name: %s" % svc,
          "    restart: unless-stopped", "    ports:", '      - "%s"' % ports]
    if rng.random() < 0.5:
        L += ["    depends_on:", "      - %s" % pick(rng, ["db", "redis", "ollama", "mongodb"])]
    L.append("    environment:")
    items = ctx.items("yaml" if not style_list else "env", flavor="compose")
    pos = rng.randrange(len(envs) + 1)
    allenv = envs[:pos] + [("@", None)] + envs[pos:]
    for k, v in allenv:
        if k == "@":
            for ik, iv in items:
                if style_list:
                    L.append("      - %s=%s" % (ik, iv))
                else:
                    L.append("      %s: %s" % (ik, iv))
        else:
            if style_list:
                L.append("      - %s=%s" % (k, v))
            else:
                L.append("      %s: %s" % (k, quote(rng, "yaml", v)))
    L += ["    volumes:", "      - %s" % vol]
    if rng.random() < 0.5:
        L += ["", "  redis:", "    image: redis:7-alpine", "    restart: unless-stopped"]
    if ":" in vol and not vol.startswith(".") and not vol.startswith("~"):
        L += ["", "volumes:", "  %s:" % vol.split(":")[0]]
    path = pick(rng, ["docker-compose.yml", "compose.yaml", "deploy/docker-compose.yml", "docker-compose.override.yml"])
    return path, J(L)


LITELLM_PREFIX = {"openrouter": "openrouter", "together": "together_ai", "fireworks": "fireworks_ai",
                  "deepseek": "deepseek", "xai": "xai", "perplexity": "perplexity", "mistral": "mistral",
                  "cohere": "cohere", "groq": "groq", "cerebras": "cerebras", "sambanova": "sambanova",
                  "deepinfra": "deepinfra", "novita": "novita", "hyperbolic": "hyperbolic", "lambda": "lambda_ai",
                  "nebius": "nebius", "gemini": "gemini", "azure-openai": "azure", "openai": "openai",
                  "anthropic": "anthropic", "huggingface": "huggingface", "replicate": "replicate",
                  "baseten": "baseten", "anyscale": "anyscale", "bedrock": "bedrock", "vertex": "vertex_ai",
                  "elevenlabs": "elevenlabs", "deepgram": "deepgram", "assemblyai": "assemblyai"}


@template("litellm-config", "yaml", weight=1.8)
def t_litellm(ctx):
    rng = ctx.rng
    pid = ctx.pid
    L = ["model_list:"]
    other = pick(rng, [("gpt-4o-mini", "openai/gpt-4o-mini", "OPENAI_API_KEY"),
                       ("claude-sonnet", "anthropic/claude-sonnet-4-5", "ANTHROPIC_API_KEY"),
                       ("local-llama", "ollama/llama3.1:8b", None)])
    in_model = pid in LITELLM_PREFIX and ctx.kind not in ("webhook_secret", "admin_key")
    master_slot = pid == "litellm" and ctx.kind == "master_key"
    if in_model and not master_slot:
        alias = pick(rng, ["default", "fast", "smart", ctx.sn + "-main", ctx.model.split("/")[-1]])
        L += ["  - model_name: %s" % alias, "    litellm_params:",
              "      model: %s/%s" % (LITELLM_PREFIX[pid], ctx.model)]
        if pid not in ("bedrock", "vertex", "gemini", "anthropic", "openai"):
            L.append("      api_base: %s" % ctx.base_url)
        if pid == "azure-openai":
            L.append('      api_version: "2024-10-21"')
        lab = {"pair": None}.get(ctx.kls, "api_key")
        if ctx.kls == "pair":
            for k, v in ctx.items("yaml", flavor="litellm", case=lambda s: s.lower()):
                L.append("      %s: %s" % (k, v))
            L.append("      aws_region_name: us-east-1")
        else:
            for k, v in ctx.items("yaml", label=lab, flavor="litellm", case=lambda s: s.lower()):
                L.append("      %s: %s" % (k, v))
        if rng.random() < 0.5:
            L.append("      rpm: %d" % pick(rng, [60, 120, 500, 1000]))
    L += ["  - model_name: %s" % other[0], "    litellm_params:", "      model: %s" % other[1]]
    if other[2]:
        L.append("      api_key: os.environ/%s" % other[2])
    else:
        L.append("      api_base: http://ollama:11434")
    L += ["", "litellm_settings:", "  drop_params: true",
          "  success_callback: [%s]" % pick(rng, ['"langfuse"', '"langsmith"', '"helicone"', '"prometheus"']),
          "  request_timeout: %d" % pick(rng, [60, 120, 600])]
    if not in_model and not master_slot:
        L += ["", "environment_variables:"]
        for k, v in ctx.items("yaml", flavor="litellm"):
            L.append("  %s: %s" % (k, v))
    L += ["", "general_settings:"]
    if master_slot:
        for k, v in ctx.items("yaml", label="master_key", flavor="litellm", case=lambda s: s.lower()):
            L.append("  %s: %s" % (k, v))
    else:
        L.append("  master_key: os.environ/LITELLM_MASTER_KEY")
    L += ["  database_url: os.environ/DATABASE_URL", "  store_model_in_db: true"]
    if rng.random() < 0.5:
        L += ["", "router_settings:", "  routing_strategy: %s" % pick(rng, ["simple-shuffle", "usage-based-routing-v2", "latency-based-routing"]),
              "  num_retries: 2"]
    return pick(rng, ["litellm_config.yaml", "litellm/config.yaml", "proxy/config.yaml", "deploy/litellm/proxy_config.yaml"]), J(L)


@template("portkey-config", "json", accepts=("api",), cats=("llm",), weight=2.0)
def t_portkey(ctx):
    rng = ctx.rng
    items = ctx.items("json", label="api_key", case=lambda s: s.lower())
    inner = ['      "provider": "%s"' % ctx.sn] + ['      "%s": %s' % (k, v) for k, v in items]
    if ctx.P["compat"] and rng.random() < 0.5:
        inner.append('      "custom_host": "%s"' % ctx.base_url)
    inner.append('      "override_params": { "model": "%s" }' % ctx.model)
    L = ["{", '  "strategy": { "mode": "%s", "on_status_codes": [429, 500, 503] },' % pick(rng, ["fallback", "loadbalance"]),
         '  "retry": { "attempts": 3 },', '  "cache": { "mode": "simple", "max_age": 3600 },',
         '  "targets": [', "    {", ",\n".join(inner), "    },", "    {",
         '      "virtual_key": "%s",' % pick(rng, ["openai-prod-3f2a1c", "anthropic-backup", "azure-eastus-fallback"]),
         '      "override_params": { "model": "%s" }' % pick(rng, ["gpt-4o-mini", "claude-3-5-haiku-latest"]),
         "    }", "  ]", "}"]
    return pick(rng, ["portkey.config.json", "config/portkey.json", "gateway/portkey-config.json"]), J(L)


def py_ident(env):
    return env.upper()


PY_PROMPTS = ["You are a concise assistant for internal support tickets.",
              "Summarize the document in three bullet points.",
              "Answer strictly from the provided context. Say 'I don't know' otherwise.",
              "Extract invoice fields as JSON."]


@template("python-openai", "py", accepts=("api",), cats=("llm", "gateway"), weight=2.5)
def t_py_openai(ctx):
    rng = ctx.rng
    if not ctx.P["compat"]:
        return None
    consts, kexpr = ctx.code("py", py_ident)
    L = ['"""Thin wrapper around an OpenAI-compatible endpoint (%s)."""' % ctx.sn, "import os", "",
         "from openai import OpenAI", ""]
    for k, v in consts:
        L.append("%s = %s" % (k, v))
    L.append('BASE_URL = os.getenv("LLM_BASE_URL", "%s")' % ctx.base_url)
    L.append('MODEL = "%s"' % ctx.model)
    L += ["", "client = OpenAI(", "    base_url=BASE_URL,", "    api_key=%s," % kexpr]
    if ctx.pid == "openrouter" and rng.random() < 0.6:
        L += ['    default_headers={"HTTP-Referer": "https://%s.example.org", "X-Title": "%s"},' % (pick(rng, APPS), pick(rng, APPS))]
    L += ["    timeout=%d," % pick(rng, [30, 60, 120]), "    max_retries=2,", ")", "", "",
          "def ask(question: str, context: str = \"\") -> str:",
          "    resp = client.chat.completions.create(",
          "        model=MODEL,",
          "        messages=[",
          '            {"role": "system", "content": "%s"},' % pick(rng, PY_PROMPTS),
          '            {"role": "user", "content": f"{context}\\n\\n{question}"},',
          "        ],",
          "        temperature=%s," % pick(rng, ["0", "0.2", "0.7"]),
          "    )",
          "    return resp.choices[0].message.content", "", "",
          'if __name__ == "__main__":',
          '    print(ask("%s"))' % pick(rng, ["What is our refund policy?", "ping", "Write a haiku about GPUs."])]
    return pick(rng, ["app/llm.py", "src/%s/client.py" % pick(rng, APPS).replace("-", "_"), "llm_client.py", "scripts/smoke_test.py"]), J(L)


LC_CLASSES = {"groq": ("langchain_groq", "ChatGroq"), "mistral": ("langchain_mistralai", "ChatMistralAI"),
              "cohere": ("langchain_cohere", "ChatCohere"), "anthropic": ("langchain_anthropic", "ChatAnthropic"),
              "gemini": ("langchain_google_genai", "ChatGoogleGenerativeAI"), "xai": ("langchain_xai", "ChatXAI"),
              "deepseek": ("langchain_deepseek", "ChatDeepSeek"), "fireworks": ("langchain_fireworks", "ChatFireworks"),
              "together": ("langchain_together", "ChatTogether"), "perplexity": ("langchain_perplexity", "ChatPerplexity"),
              "cerebras": ("langchain_cerebras", "ChatCerebras"), "openai": ("langchain_openai", "ChatOpenAI"),
              "sambanova": ("langchain_sambanova", "ChatSambaNovaCloud"), "nebius": ("langchain_nebius", "ChatNebius")}


@template("python-langchain", "py", accepts=("api",), cats=("llm", "gateway", "obs"), weight=2.0)
def t_py_langchain(ctx):
    rng = ctx.rng
    pid = ctx.pid
    L = ["import os", ""]
    direct = pid in LC_CLASSES and ctx.P["category"] == "llm" and rng.random() < 0.6
    if direct:
        mod, cls = LC_CLASSES[pid]
        consts, kexpr = ctx.code("py", py_ident, const_prob=0.4)
        L += ["from %s import %s" % (mod, cls), "from langchain_core.prompts import ChatPromptTemplate",
              "from langchain_core.output_parsers import StrOutputParser", ""]
        for k, v in consts:
            L.append("%s = %s" % (k, v))
        L += ["", "llm = %s(" % cls, '    model="%s",' % ctx.model, "    temperature=0,", "    api_key=%s," % kexpr, ")"]
    else:
        # env bootstrap style: os.environ[...] = "..."
        L += ["from langchain_openai import ChatOpenAI", "from langchain_core.prompts import ChatPromptTemplate",
              "from langchain_core.output_parsers import StrOutputParser", ""]
        L.append("# tracing / provider settings")
        for k, v in ctx.items("py"):
            if v.startswith("os."):
                L.insert(1, "import getpass")
                L.append('if not os.environ.get("%s"):' % k)
                L.append('    os.environ["%s"] = getpass.getpass("Enter your %s: ")' % (k, k))
            else:
                L.append('os.environ["%s"] = %s' % (k, v))
        L.append('os.environ["LANGCHAIN_TRACING_V2"] = "true"')
        L.append('os.environ["LANGCHAIN_PROJECT"] = "%s"' % pick(rng, APPS))
        L += ["", 'llm = ChatOpenAI(model="gpt-4o-mini", temperature=0)']
    L += ["", "prompt = ChatPromptTemplate.from_messages([",
          '    ("system", "%s"),' % pick(rng, PY_PROMPTS), '    ("human", "{question}"),', "])", "",
          "chain = prompt | llm | StrOutputParser()", "", 'if __name__ == "__main__":',
          '    print(chain.invoke({"question": "%s"}))' % pick(rng, ["How do I reset my password?", "Summarize ticket 4411", "hello"])]
    return pick(rng, ["chains/qa.py", "app/chain.py", "notebooks/lc_demo.py", "src/agent/chain.py"]), J(L)


@template("python-llamaindex", "py", accepts=("api",), cats=("vector", "llm"), weight=2.5)
def t_py_llamaindex(ctx):
    rng = ctx.rng
    pid = ctx.pid
    consts, kexpr = ctx.code("py", py_ident, const_prob=0.4)
    L = ["from llama_index.core import VectorStoreIndex, SimpleDirectoryReader, StorageContext, Settings",
         "from llama_index.embeddings.huggingface import HuggingFaceEmbedding"]
    if pid == "pinecone":
        L += ["from pinecone import Pinecone", "from llama_index.vector_stores.pinecone import PineconeVectorStore", ""]
        L += ["%s = %s" % kv for kv in consts]
        L += ["", "pc = Pinecone(api_key=%s)" % kexpr, 'index = pc.Index("%s")' % pick(rng, ["docs", "kb-prod", "support-faq"]),
              "vector_store = PineconeVectorStore(pinecone_index=index)"]
    elif pid == "qdrant":
        L += ["import qdrant_client", "from llama_index.vector_stores.qdrant import QdrantVectorStore", ""]
        L += ["%s = %s" % kv for kv in consts]
        L += ["", "client = qdrant_client.QdrantClient(", '    url="%s",' % ctx.base_url, "    api_key=%s," % kexpr, ")",
              'vector_store = QdrantVectorStore(client=client, collection_name="%s")' % pick(rng, ["docs", "kb_v2", "faq"])]
    elif pid == "weaviate":
        L += ["import weaviate", "from weaviate.classes.init import Auth",
              "from llama_index.vector_stores.weaviate import WeaviateVectorStore", ""]
        L += ["%s = %s" % kv for kv in consts]
        L += ["", "client = weaviate.connect_to_weaviate_cloud(", '    cluster_url="%s",' % ctx.base_url,
              "    auth_credentials=Auth.api_key(%s)," % kexpr, ")",
              'vector_store = WeaviateVectorStore(weaviate_client=client, index_name="%s")' % pick(rng, ["Docs", "KnowledgeBase"])]
    else:
        if not ctx.P["compat"]:
            return None
        L += ["from llama_index.llms.openai_like import OpenAILike",
              "from llama_index.vector_stores.chroma import ChromaVectorStore", "import chromadb", ""]
        L += ["%s = %s" % kv for kv in consts]
        L += ["", "Settings.llm = OpenAILike(", '    model="%s",' % ctx.model, '    api_base="%s",' % ctx.base_url,
              "    api_key=%s," % kexpr, "    is_chat_model=True,", "    context_window=32768,", ")",
              'chroma = chromadb.PersistentClient(path="./chroma")',
              'vector_store = ChromaVectorStore(chroma_collection=chroma.get_or_create_collection("docs"))']
    L += ['Settings.embed_model = HuggingFaceEmbedding(model_name="BAAI/bge-small-en-v1.5")', "",
          'docs = SimpleDirectoryReader("./data", recursive=True).load_data()',
          "storage = StorageContext.from_defaults(vector_store=vector_store)",
          "index = VectorStoreIndex.from_documents(docs, storage_context=storage, show_progress=True)",
          "engine = index.as_query_engine(similarity_top_k=%d)" % pick(rng, [3, 5, 8]), "",
          'if __name__ == "__main__":',
          '    print(engine.query("%s"))' % pick(rng, ["What changed in the 2024 pricing?", "Who owns the billing service?"])]
    if not any(l.startswith("import os") for l in L) and ("os." in kexpr):
        L.insert(0, "import os")
    return pick(rng, ["rag/build_index.py", "ingest.py", "src/rag/index.py"]), J(L)


AISDK = {"openrouter": ("@openrouter/ai-sdk-provider", "createOpenRouter"), "groq": ("@ai-sdk/groq", "createGroq"),
         "xai": ("@ai-sdk/xai", "createXai"), "mistral": ("@ai-sdk/mistral", "createMistral"),
         "deepseek": ("@ai-sdk/deepseek", "createDeepSeek"), "together": ("@ai-sdk/togetherai", "createTogetherAI"),
         "fireworks": ("@ai-sdk/fireworks", "createFireworks"), "cerebras": ("@ai-sdk/cerebras", "createCerebras"),
         "deepinfra": ("@ai-sdk/deepinfra", "createDeepInfra"), "perplexity": ("@ai-sdk/perplexity", "createPerplexity"),
         "anthropic": ("@ai-sdk/anthropic", "createAnthropic"), "gemini": ("@ai-sdk/google", "createGoogleGenerativeAI"),
         "cohere": ("@ai-sdk/cohere", "createCohere"), "openai": ("@ai-sdk/openai", "createOpenAI"),
         "azure-openai": ("@ai-sdk/azure", "createAzure"), "elevenlabs": ("@ai-sdk/elevenlabs", "createElevenLabs"),
         "deepgram": ("@ai-sdk/deepgram", "createDeepgram"), "assemblyai": ("@ai-sdk/assemblyai", "createAssemblyAI"),
         "fal": ("@ai-sdk/fal", "createFal"), "replicate": ("@ai-sdk/replicate", "createReplicate"),
         "luma": ("@ai-sdk/luma", "createLuma"), "revai": ("@ai-sdk/revai", "createRevai"),
         "bedrock": ("@ai-sdk/amazon-bedrock", "createAmazonBedrock")}


API_PATHS = {"llm": ["chat/completions", "completions", "embeddings"], "gateway": ["chat/completions"],
             "vector": ["query", "vectors/upsert", "collections/docs/points/search"], "voice": ["text-to-speech", "listen", "transcript"],
             "media": ["generations", "image_to_video", "predictions", "generate"], "obs": ["runs/batch", "ingestion", "traces"],
             "infra": ["run", "runsync"], "selfhost": ["chat-messages", "prediction/flow", "workspace/chat"]}


def ts_ident(env):
    return env.upper() if env.isupper() else env


@template("typescript-ai-sdk", "ts", accepts=("api",), weight=1.8)
def t_ts_aisdk(ctx):
    rng = ctx.rng
    pid = ctx.pid
    consts, kexpr = ctx.code("ts", lambda e: pick(rng, [e.upper(), camel(e)]), const_prob=0.45)
    L = []
    cat = ctx.P["category"]
    if pid in AISDK and ctx.kind not in ("webhook_secret", "admin_key", "provisioning_key"):
        pkg, fn = AISDK[pid]
        var = ctx.sn.replace("-", "")
        L += ['import { %s } from "%s";' % (fn, pkg)]
        if cat == "voice" and pid != "revai":
            L += ['import { experimental_generateSpeech as generateSpeech } from "ai";' if pid in ("elevenlabs",) else
                  'import { experimental_transcribe as transcribe } from "ai";']
        elif cat == "media":
            L += ['import { experimental_generateImage as generateImage } from "ai";']
        else:
            L += ['import { generateText, streamText } from "ai";']
        L.append("")
        for k, v in consts:
            L.append("const %s = %s;" % (k, v))
        opts = ["  apiKey: %s," % kexpr]
        if pid == "azure-openai":
            opts.insert(0, '  resourceName: "%s",' % ctx.base_url.split("//")[1].split(".")[0])
        if pid == "bedrock":
            opts = ['  region: "us-east-1",', "  apiKey: %s," % kexpr]
        L += ["", "export const %s = %s({" % (var, fn)] + opts + ["});", ""]
        if cat == "llm":
            L += ["export async function summarize(text: string) {", "  const { text: out } = await generateText({",
                  '    model: %s("%s"),' % (var, ctx.model), '    system: "%s",' % pick(rng, PY_PROMPTS),
                  "    prompt: text,", "    temperature: 0.3,", "  });", "  return out;", "}"]
        elif cat == "media":
            L += ["export async function render(prompt: string) {", "  const { image } = await generateImage({",
                  '    model: %s.image("%s"),' % (var, ctx.model), "    prompt,", '    aspectRatio: "16:9",', "  });",
                  "  return image.base64;", "}"]
        else:
            L += ["export const speechModel = %s.%s(\"%s\");" % (var, "speech" if pid == "elevenlabs" else "transcription", ctx.model)]
    else:
        hdr, pre = ctx.P["header"]
        L += ['import type { NextRequest } from "next/server";', ""]
        for k, v in consts:
            L.append("const %s = %s;" % (k, v))
        L += ['const BASE_URL = "%s";' % ctx.base_url, "",
              "export async function POST(req: NextRequest) {", "  const body = await req.json();",
              "  const upstream = await fetch(`${BASE_URL}/%s`, {" % pick(rng, API_PATHS.get(cat, ["run"])),
              '    method: "POST",', "    headers: {", '      "Content-Type": "application/json",',
              '      "%s": %s,' % (hdr, ("`%s${%s}`" % (pre, kexpr)) if pre else kexpr), "    },",
              "    body: JSON.stringify(body),", "  });",
              "  return new Response(upstream.body, { status: upstream.status });", "}"]
    path = pick(rng, ["lib/ai.ts", "src/lib/%s.ts" % ctx.sn, "app/api/generate/route.ts", "src/providers/%s.ts" % ctx.sn,
                      "packages/core/src/llm.ts"])
    return path, J(L)


CONTINUE_PROVIDER = {"openrouter": "openrouter", "mistral": "mistral", "groq": "groq", "deepseek": "deepseek",
                     "xai": "xAI", "together": "together", "fireworks": "fireworks", "cerebras": "cerebras",
                     "deepinfra": "deepinfra", "sambanova": "sambanova", "nebius": "nebius", "novita": "novita",
                     "anthropic": "anthropic", "gemini": "gemini", "azure-openai": "azure", "openai": "openai",
                     "cohere": "cohere", "huggingface": "huggingface-inference-api", "hyperbolic": "openai",
                     "lambda": "openai", "baseten": "openai", "litellm": "openai", "portkey": "openai",
                     "helicone": "openai", "anyscale": "openai", "perplexity": "openai", "openai-compat": "openai"}


@template("continue-config", "yaml", accepts=("api",), cats=("llm", "gateway"), weight=3.0)
def t_continue(ctx):
    rng = ctx.rng
    if ctx.pid not in CONTINUE_PROVIDER:
        return None
    L = ["name: %s" % pick(rng, ["Local Assistant", "team-config", "my-continue"]), "version: 1.0.0", "schema: v1", "", "models:",
         "  - name: %s" % pick(rng, [ctx.model.split("/")[-1], ctx.sn.capitalize() + " main"]),
         "    provider: %s" % CONTINUE_PROVIDER[ctx.pid], "    model: %s" % ctx.model]
    if CONTINUE_PROVIDER[ctx.pid] == "openai" and ctx.pid != "openai":
        L.append("    apiBase: %s" % ctx.base_url)
    for k, v in ctx.items("yaml", label="apiKey", flavor="continue"):
        L.append("    %s: %s" % (k, v))
    L += ["    roles:", "      - chat", "      - edit", "      - apply",
          "  - name: Autocomplete", "    provider: ollama", "    model: qwen2.5-coder:1.5b", "    roles:", "      - autocomplete",
          "", "context:", "  - provider: code", "  - provider: docs", "  - provider: diff", "  - provider: terminal"]
    if rng.random() < 0.5:
        L += ["", "rules:", "  - Always give concise answers", "  - Prefer TypeScript examples"]
    return pick(rng, [".continue/config.yaml", ".continue/assistants/team.yaml"]), J(L)


MCP_PKGS = {"elevenlabs": ("uvx", ["elevenlabs-mcp"]), "perplexity": ("npx", ["-y", "server-perplexity-ask"]),
            "replicate": ("npx", ["-y", "replicate-mcp"]), "pinecone": ("npx", ["-y", "@pinecone-database/mcp"]),
            "langfuse": ("npx", ["-y", "langfuse-mcp"]), "fal": ("npx", ["-y", "fal-mcp-server"]),
            "qdrant": ("uvx", ["mcp-server-qdrant"]), "deepgram": ("uvx", ["deepgram-mcp"]),
            "openrouter": ("npx", ["-y", "openrouter-mcp"]), "bfl": ("npx", ["-y", "flux-mcp"]),
            "luma": ("uvx", ["luma-ai-mcp-server"]), "stability": ("npx", ["-y", "mcp-server-stability-ai"]),
            "huggingface": ("npx", ["-y", "@llmindset/hf-mcp-server"]), "wandb": ("uvx", ["wandb-mcp-server"]),
            "cartesia": ("uvx", ["cartesia-mcp"]), "runway": ("npx", ["-y", "runway-mcp"])}


MCP_CATS = ("llm", "gateway", "obs", "vector", "voice", "media", "infra")


def mcp_server_block(ctx, indent, zed=False):
    rng = ctx.rng
    cmd, args = MCP_PKGS.get(ctx.pid, (pick(rng, ["npx", "uvx"]), ["%s-mcp" % ctx.sn] if rng.random() < 0.5 else ["-y", "@%s/mcp-server" % ctx.sn]))
    args = list(args)
    sp = " " * indent
    items = ctx.items("json")
    positional = ctx.label == "pos" and len(items) == 1 and rng.random() < 0.25
    if positional:
        argtxt = ", ".join('"%s"' % a for a in args) + ', "--api-key", %s' % items[0][1]
        return [sp + '"command": "%s",' % cmd, sp + '"args": [%s]' % argtxt]
    out = [sp + '"command": "%s",' % cmd, sp + '"args": [%s],' % ", ".join('"%s"' % a for a in args), sp + '"env": {']
    env = items + ([("LOG_LEVEL", '"info"')] if rng.random() < 0.4 else [])
    out += [sp + '  "%s": %s%s' % (k, v, "," if i < len(env) - 1 else "") for i, (k, v) in enumerate(env)]
    out.append(sp + "}")
    return out


OTHER_MCP = [('"filesystem"', '"npx"', '["-y", "@modelcontextprotocol/server-filesystem", "/Users/%s/Projects"]'),
             ('"git"', '"uvx"', '["mcp-server-git", "--repository", "."]'),
             ('"fetch"', '"uvx"', '["mcp-server-fetch"]'),
             ('"playwright"', '"npx"', '["@playwright/mcp@latest"]')]


def mcp_json(ctx, extra_fields=()):
    rng = ctx.rng
    name, cmd, args = pick(rng, OTHER_MCP)
    if "%s" in args:
        args = args % pick(rng, _FIRST)
    L = ["{", '  "mcpServers": {', "    %s: {" % name, '      "command": %s,' % cmd, '      "args": %s%s' % (args, "," if extra_fields else "")]
    L += ["      " + f + ("," if i < len(extra_fields) - 1 else "") for i, f in enumerate(extra_fields)]
    L += ["    },", '    "%s": {' % ctx.sn]
    blk = mcp_server_block(ctx, 6)
    if extra_fields:
        blk[-1] += ","
        blk += ["      " + f + ("," if i < len(extra_fields) - 1 else "") for i, f in enumerate(extra_fields)]
    L += blk + ["    }", "  }", "}"]
    return J(L)


@template("cursor-mcp", "json", accepts=("api", "pair", "discord", "mgmt"), cats=MCP_CATS, weight=1.0)
def t_cursor_mcp(ctx):
    return pick(ctx.rng, [".cursor/mcp.json", "tools/.cursor/mcp.json"]), mcp_json(ctx)


@template("cline-mcp", "json", accepts=("api", "pair"), cats=MCP_CATS, weight=0.8)
def t_cline_mcp(ctx):
    return pick(ctx.rng, ["cline_mcp_settings.json", ".vscode/cline_mcp_settings.json", "config/cline_mcp_settings.json"]), \
        mcp_json(ctx, ['"disabled": false', '"autoApprove": []'])


@template("claude-desktop", "json", accepts=("api", "pair"), cats=MCP_CATS, weight=0.9)
def t_claude_desktop(ctx):
    return pick(ctx.rng, ["claude_desktop_config.json", "dotfiles/claude/claude_desktop_config.json",
                          "Library/Application Support/Claude/claude_desktop_config.json"]), mcp_json(ctx)


AIDER_KEYS = {"openai": "openai-api-key", "anthropic": "anthropic-api-key"}


@template("aider-conf", "yaml", accepts=("api",), cats=("llm", "gateway"), weight=2.5)
def t_aider(ctx):
    rng = ctx.rng
    pid = ctx.pid
    mprefix = {"openrouter": "openrouter/", "groq": "groq/", "deepseek": "deepseek/", "xai": "xai/",
               "mistral": "mistral/", "gemini": "gemini/", "fireworks": "fireworks_ai/", "together": "together_ai/",
               "cerebras": "cerebras/", "anthropic": "", "openai": ""}.get(pid, "openai/")
    L = ["##########################################################", "# aider config - see https://aider.chat/docs/config/aider_conf.html",
         "##########################################################", "", "model: %s%s" % (mprefix, ctx.model)]
    if rng.random() < 0.5:
        L.append("weak-model: %s%s" % (mprefix, ctx.model))
    if mprefix == "openai/" and pid != "openai":
        L.append("openai-api-base: %s" % ctx.base_url)
    items = ctx.items("yaml")
    style = rng.randrange(3)
    if pid in AIDER_KEYS and style == 0:
        for k, v in ctx.items("yaml", label=AIDER_KEYS[pid]):
            L.append("%s: %s" % (k, v))
    elif style == 1 and mprefix not in ("openai/",) and len(items) == 1:
        L += ["api-key:", "  - %s=%s" % (mprefix.rstrip("/") or pid, items[0][1].strip('"'))]
    elif mprefix == "openai/" and style != 2:
        for k, v in ctx.items("yaml", label="openai-api-key"):
            L.append("%s: %s" % (k, v))
    else:
        L.append("set-env:")
        for k, v in items:
            L.append("  - %s=%s" % (k, v.strip('"')))
    L += ["", "auto-commits: %s" % pick(rng, ["false", "true"]), "dirty-commits: false", "dark-mode: true",
          "show-diffs: true", "map-tokens: %d" % pick(rng, [1024, 2048]), "read:", "  - CONVENTIONS.md"]
    if rng.random() < 0.5:
        L += ["lint-cmd:", "  - python: ruff check --fix", "test-cmd: pytest -q"]
    return pick(rng, [".aider.conf.yml", "home/.aider.conf.yml"]), J(L)


@template("zed-settings", "json", accepts=("api", "pair"), cats=MCP_CATS, weight=0.7)
def t_zed(ctx):
    rng = ctx.rng
    L = ["// Zed settings", "//", "// For information on how to configure Zed, see the Zed", "// documentation: https://zed.dev/docs/configuring-zed",
         "{", '  "theme": "%s",' % pick(rng, ["One Dark", "Ayu Dark", "Gruvbox Dark"]), '  "ui_font_size": 15,',
         '  "buffer_font_size": %d,' % pick(rng, [13, 14, 15]), '  "vim_mode": %s,' % pick(rng, ["false", "true"]),
         '  "agent": {', '    "default_model": { "provider": "%s", "model": "%s" }' % (pick(rng, ["zed.dev", "anthropic", "openai"]), pick(rng, ["claude-sonnet-4", "gpt-4.1"])),
         "  },", '  "context_servers": {', '    "%s-mcp": {' % ctx.sn, '      "source": "custom",']
    blk = mcp_server_block(ctx, 6)
    L += blk + ["    }", "  },", '  "telemetry": { "metrics": false }', "}"]
    return pick(rng, [".zed/settings.json", "dotfiles/zed/settings.json"]), J(L)


@template("librechat-yaml", "yaml", accepts=("api",), cats=("llm", "gateway"), weight=2.5)
def t_librechat(ctx):
    rng = ctx.rng
    if not ctx.P["compat"]:
        return None
    disp = {"openrouter": "OpenRouter", "groq": "groq", "together": "together.ai", "deepseek": "DeepSeek", "xai": "xai",
            "mistral": "Mistral", "perplexity": "Perplexity", "fireworks": "Fireworks", "cerebras": "Cerebras"}.get(ctx.pid, ctx.sn.capitalize())
    L = ["# For more information, see the Configuration Guide:", "# https://www.librechat.ai/docs/configuration/librechat_yaml",
         "version: 1.2.%d" % rng.randint(1, 8), "cache: true", "", "interface:", "  customWelcome: \"Welcome to %s chat\"" % pick(rng, ["Acme", "Team", "Lab"]),
         "  privacyPolicy:", "    externalUrl: https://intranet.example.org/privacy", "", "endpoints:", "  custom:",
         '    - name: "%s"' % disp]
    for k, v in ctx.items("yaml", label="apiKey", flavor="librechat"):
        L.append("      %s: %s" % (k, v))
    L += ['      baseURL: "%s"' % ctx.base_url, "      models:", '        default: ["%s"]' % ctx.model,
          "        fetch: %s" % pick(rng, ["true", "false"]), "      titleConvo: true", '      titleModel: "%s"' % ctx.model,
          '      modelDisplayLabel: "%s"' % disp]
    if ctx.pid == "openrouter":
        L.append('      dropParams: ["stop"]')
    return pick(rng, ["librechat.yaml", "config/librechat.yaml"]), J(L)


def nb_cell(kind, src, outputs=None, count=None):
    lines = src.split("\n")
    srcl = [l + "\n" for l in lines[:-1]] + [lines[-1]]
    c = {"cell_type": kind, "metadata": {}, "source": srcl}
    if kind == "code":
        c["execution_count"] = count
        c["outputs"] = outputs or []
    return c


def nb_dump(cells, rng):
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.%d" % rng.randint(4, 9)}},
          "nbformat": 4, "nbformat_minor": 5}
    for i, c in enumerate(cells):
        c["id"] = rs(rng, HEX, 8)
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


@template("ipynb", "py", accepts=("api",), weight=1.3)
def t_ipynb(ctx):
    rng = ctx.rng
    pkgs = {"replicate": "replicate", "fal": "fal-client", "elevenlabs": "elevenlabs", "deepgram": "deepgram-sdk",
            "assemblyai": "assemblyai", "pinecone": "pinecone", "wandb": "wandb", "langfuse": "langfuse",
            "cohere": "cohere", "huggingface": "huggingface_hub"}.get(ctx.pid, "openai")
    cells = [nb_cell("markdown", "# %s\n\nQuick experiment with %s." % (pick(rng, ["Prompt eval", "RAG sanity check", "TTS voices", "Image gen sweep"]), ctx.sn)),
             nb_cell("code", "%%pip install -q %s python-dotenv" % pkgs, count=1)]
    items = ctx.items("py")
    src = ["import os"]
    colab = ctx.is_ref() and rng.random() < 0.5
    if colab:
        src = ["from google.colab import userdata", "import os"]
    for k, v in items:
        if colab and v.startswith("os."):
            v = "userdata.get('%s')" % k
        src.append('os.environ["%s"] = %s' % (k, v) if not v.startswith("os.") else "%s = %s" % (k.lower(), v))
    cells.append(nb_cell("code", "\n".join(src), count=2))
    if pkgs == "openai" and ctx.P["compat"]:
        use = 'from openai import OpenAI\n\nclient = OpenAI(base_url="%s")\nresp = client.chat.completions.create(model="%s", messages=[{"role": "user", "content": "Say hi"}])\nprint(resp.choices[0].message.content)' % (ctx.base_url, ctx.model)
    else:
        use = "import %s\n\n# client picks the key up from the environment\nprint(%s.__version__)" % (pkgs.replace("-sdk", "").replace("-client", "_client"), pkgs.replace("-sdk", "").replace("-client", "_client"))
    cells.append(nb_cell("code", use, outputs=[{"name": "stdout", "output_type": "stream", "text": [pick(rng, ["Hi there!\n", "1.40.2\n", "0.27.1\n"])]}], count=3))
    return pick(rng, ["notebooks/%s_playground.ipynb" % ctx.sn, "experiments/eval.ipynb", "Untitled.ipynb", "demo.ipynb"]), nb_dump(cells, rng)


@template("cog-yaml", "yaml", accepts=("api",), cats=("media", "infra"), weight=2.0)
def t_cog(ctx):
    rng = ctx.rng
    L = ["# Configuration for Cog ⚙️", "# Reference: https://cog.run/yaml", "", "build:", "  gpu: true",
         '  cuda: "12.1"', '  python_version: "3.11"', "  python_packages:", '    - "torch==2.3.1"',
         '    - "diffusers==0.31.0"', '    - "transformers==4.46.2"', '    - "huggingface_hub[hf_transfer]==0.26.2"', "  run:"]
    if ctx.is_ref():
        L += ["    - command: HF_TOKEN=$(cat /run/secrets/hf_token) python script/download_weights.py",
              "      mounts:", "        - type: secret", "          id: hf_token", "          target: /run/secrets/hf_token"]
    else:
        items = ctx.items("env")
        k, v = items[-1]
        if ctx.pid == "huggingface":
            L.append("    - %s=%s huggingface-cli download %s --local-dir /src/weights" % (k, v.strip("\"'"), pick(rng, ["black-forest-labs/FLUX.1-schnell", "stabilityai/stable-diffusion-3.5-large", "openai/whisper-large-v3"])))
        else:
            L.append("    - export %s=%s && python script/download_weights.py" % (k, v.strip("\"'")))
    L += ["    - curl -o /usr/local/bin/pget -L https://github.com/replicate/pget/releases/download/v0.8.2/pget_linux_x86_64 && chmod +x /usr/local/bin/pget",
          "", 'predict: "predict.py:Predictor"', 'image: "r8.im/%s/%s"' % (pick(rng, _FIRST), pick(rng, ["flux-lora", "whisper-diarize", "sdxl-brand", "musicgen-fast"]))]
    return pick(rng, ["cog.yaml", "models/%s/cog.yaml" % pick(rng, ["flux", "whisper", "tts"])]), J(L)


@template("gha-workflow", "yaml", accepts=("api", "pair", "mgmt", "whsec", "oauth"), weight=1.4)
def t_gha(ctx):
    rng = ctx.rng
    name = pick(rng, ["nightly-evals", "prompt-regression", "smoke", "deploy-preview", "ingest-docs", "benchmark"])
    L = ["name: %s" % name, "", "on:", "  workflow_dispatch:"]
    if rng.random() < 0.6:
        L += ["  schedule:", '    - cron: "%d %d * * *"' % (rng.randint(0, 59), rng.randint(0, 23))]
    else:
        L += ["  pull_request:", "    paths:", '      - "prompts/**"', '      - "src/**"']
    L += ["", "permissions:", "  contents: read", "", "jobs:", "  %s:" % name.split("-")[0], "    runs-on: ubuntu-latest",
          "    timeout-minutes: %d" % pick(rng, [15, 30, 45]), "    env:"]
    job_env = ctx.items("yaml", flavor="gha")
    other = [("PYTHONUNBUFFERED", '"1"'), ("LOG_LEVEL", "info")]
    if rng.random() < 0.5:
        other.append(("OPENAI_API_KEY", "${{ secrets.OPENAI_API_KEY }}"))
    step_level = rng.random() < 0.35
    if not step_level:
        for k, v in job_env:
            L.append("      %s: %s" % (k, v))
    for k, v in other:
        L.append("      %s: %s" % (k, v))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
          '          python-version: "3.12"', "          cache: pip", "      - run: pip install -r requirements.txt"]
    L += ["      - name: Run %s" % name.replace("-", " "), "        run: %s" % pick(rng, ["python -m evals.run --suite regression",
                                                                                    "pytest -m integration -q", "python scripts/ingest.py --since 24h",
                                                                                    "npx promptfoo eval -c promptfooconfig.yaml"])]
    if step_level:
        L.append("        env:")
        for k, v in job_env:
            L.append("          %s: %s" % (k, v))
    L += ["      - uses: actions/upload-artifact@v4", "        if: always()", "        with:", "          name: results",
          "          path: out/"]
    return ".github/workflows/%s.yml" % name, J(L)


@template("readme", "sh", accepts=("api", "pair", "discord", "cookie"), weight=1.2)
def t_readme(ctx):
    rng = ctx.rng
    app = pick(rng, APPS)
    L = ["# %s" % app, "", "%s built on %s." % (pick(rng, ["Small service", "Prototype", "Internal tool", "Weekend hack"]), ctx.sn), "",
         "## Setup", "", "```bash", "git clone git@github.com:acme/%s.git" % app, "cd %s" % app, "uv sync", "```", "",
         "## Configuration", "", pick(rng, ["Set the key before running:", "Export your credentials:", "Temporary key for the demo (rotate after!):",
                                            "Env vars:"]), "", "```bash"]
    for k, v in ctx.items("sh"):
        L.append("export %s=%s" % (k, v))
    L += ["```", ""]
    if ctx.kls == "api" and rng.random() < 0.5 and ctx.label == "pos":
        hdr, pre = ctx.P["header"]
        L = L[:-2]
        L += ["```", "", "Or call the API directly:", "", "```bash", "curl %s/%s \\" % (ctx.base_url.rstrip("/"), pick(rng, ["chat/completions", "models", "generate"])),
              '  -H "%s: %s%s" \\' % (hdr, pre, ctx.secret), '  -H "Content-Type: application/json" \\',
              "  -d '{\"model\": \"%s\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}'" % ctx.model, "```", ""]
    L += ["## Run", "", "```bash", "uv run python -m %s" % app.replace("-", "_"), "```", "", "## License", "", "MIT"]
    return pick(rng, ["README.md", "docs/setup.md", "examples/%s/README.md" % ctx.sn]), J(L)


SHELL_NOISE = ["ls -la", "git status", "git pull --rebase", "cd ~/code/%s", "uv sync", "docker compose up -d", "docker compose logs -f api",
               "python -m pytest -q", "code .", "history | grep curl", "pip install -U openai", "k9s", "kubectl get pods -n ai",
               "ollama run llama3.1", "make dev", "npm run dev", "htop", "nvidia-smi", "git checkout -b feat/%s", "clear",
               "brew upgrade", "source .venv/bin/activate", "jq . out/results.json | less", "git log --oneline | head"]


@template("shell-history", "sh", accepts=("api", "pair", "discord", "cookie", "pw", "mgmt"), weight=1.3)
def t_shell(ctx):
    rng = ctx.rng
    zsh = rng.random() < 0.5
    cmds = []
    for _ in range(rng.randint(5, 14)):
        c = pick(rng, SHELL_NOISE)
        if "%s" in c:
            c = c % pick(rng, APPS)
        cmds.append(c)
    items = ctx.items("sh")
    style = rng.randrange(4)
    sec = []
    hdr, pre = ctx.P["header"]
    if ctx.pid == "modal" and ctx.kind == "token_secret" and len(items) == 2 and style < 2:
        sec = ["modal token set --token-id %s --token-secret %s" % (items[0][1], items[1][1])]
    elif ctx.pid == "huggingface" and style < 2 and len(items) == 1:
        sec = ["huggingface-cli login --token %s" % items[0][1]]
    elif ctx.kls == "pair" and ctx.pid == "bedrock" and style < 2:
        sec = ["aws configure set %s %s --profile bedrock" % (k.lower(), v) for k, v in items]
    elif style == 1 and ctx.kls == "api" and len(items) == 1:
        sec = ['curl -s %s/models -H "%s: %s%s" | jq .' % (ctx.base_url.rstrip("/"), hdr, pre, items[0][1].strip("\"'"))]
    elif style == 2 and len(items) == 1 and ctx.kls in ("api", "pw"):
        sec = ["python scripts/%s.py %s %s" % (pick(rng, ["bench", "ingest", "transcribe", "render"]),
                                               pick(rng, ["--api-key", "--token", "-k", ""]), items[0][1])]
        sec = [s.replace("  ", " ") for s in sec]
    elif ctx.kls == "pw" and style == 3:
        sec = ["docker run -d --name %s -e %s=%s -p 3000:3000 %s" % (ctx.sn, items[0][0], items[0][1], pick(rng, ["flowiseai/flowise", "ghcr.io/open-webui/open-webui:main"]))]
    else:
        sec = ["export %s=%s" % (k, v) for k, v in items]
    pos = rng.randint(1, len(cmds) - 1)
    cmds = cmds[:pos] + sec + cmds[pos:]
    if zsh:
        t = 1735000000 + rng.randrange(25000000)
        out = []
        for c in cmds:
            t += rng.randint(3, 900)
            out.append(": %d:%d;%s" % (t, rng.randint(0, 40), c))
        return pick(rng, [".zsh_history", "home/.zsh_history"]), J(out)
    return pick(rng, [".bash_history", "home/.bash_history"]), J(cmds)


@template("helm-values", "yaml", accepts=("api", "pair", "pw", "cookie", "discord") + EXT, weight=1.2)
def t_helm(ctx):
    rng = ctx.rng
    app = pick(rng, APPS)
    L = ["# Default values for %s." % app, "replicaCount: %d" % rng.randint(1, 4), "", "image:",
         "  repository: ghcr.io/acme/%s" % app, "  pullPolicy: IfNotPresent", '  tag: "%d.%d.%d"' % (rng.randint(0, 3), rng.randint(0, 20), rng.randint(0, 9)),
         "", "service:", "  type: ClusterIP", "  port: 8080", "", "env:"]
    for k, v in fillers(rng, rng.randint(1, 3)):
        L += ["  - name: %s" % k, "    value: %s" % quote(rng, "yaml", v, force=True)]
    if ctx.is_ref():
        for k, _ in ctx.companions + [(ctx.name, None)]:
            L += ["  - name: %s" % k, "    valueFrom:", "      secretKeyRef:", "        name: %s-secrets" % app,
                  "        key: %s" % k.lower().replace("_", "-")]
    else:
        for k, v in ctx.items("yaml", flavor="helm"):
            L += ["  - name: %s" % k, "    value: %s" % v]
    L += ["", "resources:", "  limits:", "    cpu: 500m", "    memory: 512Mi", "  requests:", "    cpu: 100m", "    memory: 256Mi",
          "", "ingress:", "  enabled: %s" % pick(rng, ["false", "true"]), "  className: nginx"]
    return pick(rng, ["charts/%s/values.yaml" % app, "deploy/helm/values-prod.yaml", "helm/values.yaml"]), J(L)


@template("vscode-settings", "json", accepts=("api", "pair"), weight=0.9)
def t_vscode(ctx):
    rng = ctx.rng
    L = ["{", '  "editor.formatOnSave": true,', '  "editor.rulers": [100],', '  "python.defaultInterpreterPath": ".venv/bin/python",',
         '  "files.exclude": { "**/__pycache__": true },']
    if rng.random() < 0.5:
        L += ['  "rest-client.environmentVariables": {', '    "$shared": { "model": "%s" },' % ctx.model,
              '    "dev": {', '      "baseUrl": "%s",' % ctx.base_url]
        it = ctx.items("json", case=camel)
        L += ['      "%s": %s%s' % (k, v, "," if i < len(it) - 1 else "") for i, (k, v) in enumerate(it)]
        L += ["    }", "  },"]
    else:
        L += ['  "terminal.integrated.env.%s": {' % pick(rng, ["osx", "linux"])]
        it = ctx.items("json")
        L += ['    "%s": %s%s' % (k, v, "," if i < len(it) - 1 else "") for i, (k, v) in enumerate(it)]
        L += ["  },"]
    L += ['  "[python]": { "editor.defaultFormatter": "charliermarsh.ruff" }', "}"]
    return ".vscode/settings.json", J(L)


PROMPTFOO_ID = {"openrouter": "openrouter", "groq": "groq", "mistral": "mistral", "deepseek": "deepseek", "xai": "xai",
                "together": "togetherai", "fireworks": "fireworks", "cerebras": "cerebras", "perplexity": "perplexity",
                "anthropic": "anthropic:messages", "openai": "openai", "gemini": "google", "cohere": "cohere",
                "hyperbolic": "hyperbolic", "deepinfra": "openai", "azure-openai": "azure:chat", "huggingface": "huggingface:text-generation"}


@template("promptfoo", "yaml", accepts=("api",), weight=1.0)
def t_promptfoo(ctx):
    rng = ctx.rng
    L = ["# yaml-language-server: $schema=https://promptfoo.dev/config-schema.json",
         'description: "%s"' % pick(rng, ["RAG answer quality", "Support bot regression", "Summarizer eval"]), "", "prompts:",
         "  - file://prompts/%s.txt" % pick(rng, ["answer", "summarize", "classify"]), "", "providers:"]
    pf = PROMPTFOO_ID.get(ctx.pid)
    in_config = pf is not None and ctx.P["category"] == "llm" and rng.random() < 0.6
    if in_config:
        L += ["  - id: %s:%s" % (pf, ctx.model), "    config:", "      temperature: 0"]
        if pf == "openai" and ctx.pid != "openai":
            L.append("      apiBaseUrl: %s" % ctx.base_url)
        for k, v in ctx.items("yaml", label="apiKey", flavor="promptfoo"):
            L.append("      %s: %s" % (k, v))
    else:
        L += ["  - id: openai:gpt-4o-mini", "    config:", "      temperature: 0"]
    L += ["", "defaultTest:", "  assert:", "    - type: latency", "      threshold: %d" % pick(rng, [3000, 8000])]
    if not in_config:
        L += ["", "env:"]
        for k, v in ctx.items("yaml", flavor="promptfoo"):
            L.append("  %s: %s" % (k, v))
    L += ["", "tests:"]
    for q, a in rng.sample([("How do I rotate an API key?", "Settings"), ("What is the SLA?", "99.9"), ("Who to page for outages?", "on-call"),
                            ("Can I export my data?", "CSV")], 2):
        L += ["  - vars:", '      question: "%s"' % q, "    assert:", "      - type: icontains", '        value: "%s"' % a]
    return pick(rng, ["promptfooconfig.yaml", "evals/promptfooconfig.yaml"]), J(L)


@template("pyproject", "toml", accepts=("api", "pair"), weight=0.8)
def t_pyproject(ctx):
    rng = ctx.rng
    app = pick(rng, APPS)
    L = ["[project]", 'name = "%s"' % app, 'version = "0.%d.%d"' % (rng.randint(1, 9), rng.randint(0, 12)), 'requires-python = ">=3.11"',
         "dependencies = [", '    "httpx>=0.27",', '    "pydantic>=2.7",', '    "%s",' % pick(rng, ["openai>=1.40", "langchain>=0.3", "llama-index>=0.11"]), "]", "",
         "[tool.pytest.ini_options]", 'addopts = "-q -m \'not slow\'"', 'testpaths = ["tests"]', "env = ["]
    for k, v in ctx.items("toml"):
        L.append('    "%s=%s",' % (k, v.strip('"')))
    L += ['    "D:LOG_LEVEL=debug",', "]", "", "[tool.ruff]", "line-length = 100", 'target-version = "py311"', "",
          "[tool.ruff.lint]", 'select = ["E", "F", "I", "UP"]']
    return "pyproject.toml", J(L)


@template("go", "go", accepts=("api",), weight=0.9)
def t_go(ctx):
    rng = ctx.rng
    hdr, pre = ctx.P["header"]
    consts, kexpr = ctx.code("go", camel, const_prob=0.6)
    pkg = pick(rng, ["llm", "provider", "tts", "client"])
    L = ["package %s" % pkg, "", "import (", '\t"bytes"', '\t"context"', '\t"encoding/json"', '\t"fmt"', '\t"net/http"']
    if "os." in kexpr:
        L.append('\t"os"')
    L += ['\t"time"', ")", "", "const ("]
    L.append('\tbaseURL = "%s"' % ctx.base_url.rstrip("/"))
    for k, v in consts:
        L.append("\t%s = %s" % (k, v))
    L += [")", "", "type Client struct {", "\thttp   *http.Client", "\tapiKey string", "}", "",
          "func New() *Client {", "\treturn &Client{", "\t\thttp:   &http.Client{Timeout: %d * time.Second}," % pick(rng, [30, 60, 90]),
          "\t\tapiKey: %s," % kexpr, "\t}", "}", "",
          "func (c *Client) Post(ctx context.Context, path string, body any) (*http.Response, error) {",
          "\tbuf, err := json.Marshal(body)", "\tif err != nil {", "\t\treturn nil, fmt.Errorf(\"marshal: %w\", err)", "\t}",
          "\treq, err := http.NewRequestWithContext(ctx, http.MethodPost, baseURL+path, bytes.NewReader(buf))",
          "\tif err != nil {", "\t\treturn nil, err", "\t}", '\treq.Header.Set("Content-Type", "application/json")',
          '\treq.Header.Set("%s", %s)' % (hdr, ('"%s"+c.apiKey' % pre) if pre else "c.apiKey"), "\treturn c.http.Do(req)", "}"]
    return pick(rng, ["internal/%s/client.go" % pkg, "pkg/%s/%s.go" % (pkg, ctx.sn.replace("-", "")), "%s.go" % ctx.sn.replace("-", "_")]), J(L)


@template("rust", "rs", accepts=("api",), weight=0.8)
def t_rust(ctx):
    rng = ctx.rng
    hdr, pre = ctx.P["header"]
    consts, kexpr = ctx.code("rs", lambda e: e.upper(), const_prob=0.6)
    L = ["use reqwest::header::{HeaderMap, HeaderValue, CONTENT_TYPE};", "use serde_json::json;"]
    if "env::var" in kexpr and "std::" not in kexpr:
        L.append("use std::env;")
    L += ["", 'const BASE_URL: &str = "%s";' % ctx.base_url.rstrip("/")]
    for k, v in consts:
        L.append("const %s: &str = %s;" % (k, v))
    key_s = kexpr if kexpr.startswith(("std::", "env::")) else "%s.to_string()" % kexpr
    L += ["", "pub async fn complete(prompt: &str) -> Result<String, Box<dyn std::error::Error>> {",
          "    let key: String = %s;" % key_s, "    let mut headers = HeaderMap::new();",
          '    headers.insert("%s", HeaderValue::from_str(&format!("%s{}", key))?);' % (hdr, pre),
          '    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));',
          "    let client = reqwest::Client::builder().default_headers(headers).build()?;",
          "    let body = json!({", '        "model": "%s",' % ctx.model, '        "messages": [{"role": "user", "content": prompt}],',
          '        "max_tokens": %d' % pick(rng, [256, 512, 1024]), "    });",
          '    let resp: serde_json::Value = client.post(format!("{BASE_URL}/chat/completions")).json(&body).send().await?.json().await?;',
          '    Ok(resp["choices"][0]["message"]["content"].as_str().unwrap_or_default().to_string())', "}"]
    return pick(rng, ["src/llm.rs", "src/providers/%s.rs" % ctx.sn.replace("-", "_"), "crates/agent/src/client.rs"]), J(L)


@template("modal-toml", "toml", accepts=("pair",), pids=("modal",), weight=8.0)
def t_modal_toml(ctx):
    rng = ctx.rng
    if ctx.kind != "token_secret":
        return None
    ws = pick(rng, ["acme-ml", _FIRST[rng.randrange(len(_FIRST))] + "-dev", "research"])
    L = ["[%s]" % ws]
    for k, v in ctx.items("toml", case=lambda s: s.replace("MODAL_", "").lower()):
        L.append("%s = %s" % (k, v))
    L.append("active = true")
    if rng.random() < 0.6:
        L += ["", "[%s-prod]" % ws, 'server_url = "https://api.modal.com"', 'environment = "main"']
    return pick(rng, [".modal.toml", "home/.modal.toml"]), J(L)


@template("python-modal", "py", accepts=("api", "whsec"), cats=("llm", "media", "voice", "infra", "obs", "vector"), weight=1.0)
def t_py_modal(ctx):
    rng = ctx.rng
    app = pick(rng, APPS)
    L = ["import modal", "", 'app = modal.App("%s")' % app, "",
         'image = modal.Image.debian_slim(python_version="3.11").pip_install(%s)' % pick(rng, ['"vllm==0.6.3"', '"diffusers", "torch"', '"elevenlabs", "fastapi"', '"openai"']), ""]
    if ctx.is_ref():
        L.append('secrets = [modal.Secret.from_name("%s-secret")]' % ctx.sn)
    else:
        it = ctx.items("py")
        L.append("secrets = [modal.Secret.from_dict({%s})]" % ", ".join('"%s": %s' % (k, v) for k, v in it))
    L += ["", "", '@app.function(image=image, secrets=secrets, gpu="%s", timeout=%d)' % (pick(rng, ["A10G", "L4", "H100", "A100-40GB"]), pick(rng, [600, 1800])),
          "def run(prompt: str) -> str:", "    import os", "",
          '    key = os.environ["%s"]' % ctx.name, "    # ... call upstream with key", '    return f"ok:{len(prompt)}"',
          "", "", "@app.local_entrypoint()", "def main():", '    print(run.remote("%s"))' % pick(rng, ["hello", "a red fox in snow", "benchmark"])]
    return pick(rng, ["modal_app.py", "deploy/modal_%s.py" % ctx.sn.replace("-", "_"), "infra/modal/app.py"]), J(L)


@template("gcp-sa-json", "json", accepts=("sa",), weight=8.0)
def t_sa(ctx):
    return pick(ctx.rng, ["keys/vertex-sa.json", "credentials/service-account.json", "gcp-key.json", "secrets/%s-sa.json" % pick(ctx.rng, APPS)]), sa_json_obj(ctx) + "\n"


@template("gcp-adc-json", "json", accepts=("adc",), weight=3.0)
def t_adc(ctx):
    rng = ctx.rng
    lit = ctx._lit() if ctx.label == "pos" or ctx.neg.cat != "ref" else ""
    L = ["{", '  "account": "",', '  "client_id": "%s",' % google_client_id(rng), '  "quota_project_id": "%s-%d",' % (pick(rng, ["rag", "genai"]), rng.randint(1000, 9999)),
         '  "refresh_token": "%s",' % lit, '  "type": "authorized_user",', '  "universe_domain": "googleapis.com"', "}"]
    return pick(rng, ["application_default_credentials.json", ".config/gcloud/application_default_credentials.json"]), J(L)


@template("gcp-oauth-client-json", "json", accepts=("oauth",), pids=("vertex",), weight=6.0)
def t_oauth_client(ctx):
    rng = ctx.rng
    if ctx.kind != "oauth_client_secret":
        return None
    proj = "%s-%d" % (pick(rng, ["rag-desktop", "genai-tools"]), rng.randint(100000, 999999))
    it = ctx.items("json", label="client_secret")
    L = ['{"installed":{"client_id":"%s","project_id":"%s","auth_uri":"https://accounts.google.com/o/oauth2/auth",' % (google_client_id(rng), proj),
         '"token_uri":"https://oauth2.googleapis.com/token","auth_provider_x509_cert_url":"https://www.googleapis.com/oauth2/v1/certs",']
    L.append(",".join('"%s":%s' % (k, v) for k, v in it) + ',"redirect_uris":["http://localhost"]}}')
    return pick(rng, ["client_secret.json", "config/oauth_client.json"]), J(L)


@template("aws-credentials", "ini", accepts=("pair",), pids=("bedrock",), weight=15.0)
def t_aws_creds(ctx):
    rng = ctx.rng
    prof = pick(rng, ["default", "bedrock", "genai-dev", "ml-sandbox"])
    L = ["[%s]" % prof]
    for k, v in ctx.items("ini", case=lambda s: s.lower()):
        if v.startswith("${"):
            v = ""
        L.append("%s = %s" % (k, v))
    if rng.random() < 0.5:
        L.append("region = us-east-1")
    L += ["", "[prod-readonly]", "role_arn = arn:aws:iam::%s:role/ReadOnly" % "".join(rng.choice(DIGITS) for _ in range(12)),
          "source_profile = %s" % prof]
    return pick(rng, [".aws/credentials", "home/.aws/credentials"]), J(L)


@template("k8s-secret", "yaml", accepts=("api", "pair", "pw", "cookie", "discord") + EXT, weight=1.0)
def t_k8s(ctx):
    rng = ctx.rng
    app = pick(rng, APPS)
    if ctx.label == "neg" and ctx.neg.cat == "cipher" and rng.random() < 0.6:
        L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-llm" % app, "  namespace: ai",
             "spec:", "  encryptedData:", "    %s: %s" % (ctx.name, sealed_blob(rng)), "  template:", "    metadata:",
             "      name: %s-llm" % app, "      namespace: ai", "    type: Opaque"]
        return pick(rng, ["k8s/sealed-secret.yaml", "manifests/%s-sealed.yaml" % app]), J(L)
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-llm" % app, "  namespace: %s" % pick(rng, ["ai", "default", "rag"]),
         "  labels:", "    app.kubernetes.io/name: %s" % app, "type: Opaque", "stringData:"]
    for k, v in ctx.items("yaml"):
        L.append("  %s: %s" % (k, v))
    return pick(rng, ["k8s/secret.yaml", "manifests/%s-secret.yaml" % app, "deploy/k8s/llm-secrets.yaml"]), J(L)


@template("tfvars", "hcl", accepts=("api",), weight=0.7)
def t_tfvars(ctx):
    rng = ctx.rng
    L = ['project_id   = "%s-%d"' % (pick(rng, ["acme-ai", "rag"]), rng.randint(1000, 9999)), 'region       = "%s"' % pick(rng, ["us-central1", "europe-west4", "us-east-1"]),
         'environment  = "%s"' % pick(rng, ["staging", "prod"]), 'instance_type = "%s"' % pick(rng, ["g5.xlarge", "n1-standard-4"]), ""]
    for k, v in ctx.items("hcl", case=lambda s: s.lower()):
        if v.startswith("var."):
            continue
        L.append("%s = %s" % (k, v))
    L += ["", "tags = {", '  team  = "ml-platform"', '  owner = "%s"' % pick(rng, _FIRST), "}"]
    return pick(rng, ["terraform.tfvars", "infra/envs/%s.tfvars" % pick(rng, ["dev", "prod"])]), J(L)


@template("codex-toml", "toml", accepts=("api",), cats=("llm", "gateway"), weight=1.5)
def t_codex(ctx):
    rng = ctx.rng
    if not ctx.P["compat"]:
        return None
    L = ['model = "%s"' % ctx.model, 'model_provider = "%s"' % ctx.sn, 'approval_policy = "%s"' % pick(rng, ["on-request", "untrusted"]),
         'sandbox_mode = "workspace-write"', "", "[model_providers.%s]" % ctx.sn, 'name = "%s"' % ctx.sn.capitalize(),
         'base_url = "%s"' % ctx.base_url, 'wire_api = "chat"']
    if ctx.is_ref() or (ctx.label == "neg" and ctx.neg.cat == "idlike"):
        L.append('env_key = "%s"' % ctx.name)
    else:
        for k, v in ctx.items("toml", label="experimental_bearer_token"):
            L.append("%s = %s" % (k, v))
    L += ["", "[tui]", "notifications = true"]
    return pick(rng, [".codex/config.toml", "home/.codex/config.toml"]), J(L)


@template("envrc", "sh", accepts=("api", "pair", "pw", "mgmt", "whsec", "oauth"), weight=0.8)
def t_envrc(ctx):
    rng = ctx.rng
    L = [pick(rng, ["use flake", "layout python3", "source_up", "use nix"]), "dotenv_if_exists .env.local", ""]
    for k, v in ctx.items("sh"):
        L.append("export %s=%s" % (k, v))
    L += ["export PYTHONPATH=$PWD/src", "PATH_add bin"]
    return pick(rng, [".envrc", "services/%s/.envrc" % pick(rng, APPS)]), J(L)



ADMIN_API = {"openai": ("https://api.openai.com/v1/organization/usage/completions", "Authorization", "Bearer ", "OPENAI_ADMIN_KEY"),
             "anthropic": ("https://api.anthropic.com/v1/organizations/usage_report/messages", "x-api-key", "", "ANTHROPIC_ADMIN_KEY"),
             "openrouter": ("https://openrouter.ai/api/v1/keys", "Authorization", "Bearer ", "OPENROUTER_PROVISIONING_KEY")}


@template("python-admin-script", "py", accepts=("mgmt",), weight=4.0)
def t_admin(ctx):
    rng = ctx.rng
    url, hdr, pre, _env = ADMIN_API.get(ctx.pid, ADMIN_API["openai"])
    consts, kexpr = ctx.code("py", py_ident, const_prob=0.7)
    L = ['"""Nightly spend report -> Slack. Runs from cron on the ops box."""', "import datetime as dt", "import os", "", "import requests", ""]
    for k, v in consts:
        L.append("%s = %s" % (k, v))
    L += ['SLACK_WEBHOOK = os.environ["SLACK_WEBHOOK_URL"]', "", "",
          "def fetch_usage(days: int = 1) -> dict:", "    start = int((dt.datetime.utcnow() - dt.timedelta(days=days)).timestamp())",
          "    r = requests.get(", '        "%s",' % url, '        headers={"%s": %s},' % (hdr, ('f"%s{%s}"' % (pre, kexpr)) if pre else kexpr),
          '        params={"starting_at": start, "limit": %d},' % pick(rng, [7, 30, 100]), "        timeout=30,", "    )",
          "    r.raise_for_status()", "    return r.json()", "", "",
          'if __name__ == "__main__":', "    usage = fetch_usage()",
          '    requests.post(SLACK_WEBHOOK, json={"text": f"LLM usage: {len(usage.get(\'data\', []))} buckets"}, timeout=10)']
    return pick(rng, ["scripts/spend_report.py", "ops/usage_report.py", "tools/rotate_keys.py"]), J(L)


@template("webhook-handler", "py", accepts=("whsec",), weight=4.0)
def t_webhook(ctx):
    rng = ctx.rng
    consts, kexpr = ctx.code("py", py_ident, const_prob=0.8)
    if ctx.pid == "replicate":
        L = ['"""Receives Replicate prediction webhooks."""', "import base64", "import hashlib", "import hmac", "import os", "",
             "from fastapi import FastAPI, Header, HTTPException, Request", ""]
        for k, v in consts:
            L.append("%s = %s" % (k, v))
        L += ["", "app = FastAPI()", "", "",
              '@app.post("/hooks/replicate")',
              "async def replicate_hook(request: Request, webhook_id: str = Header(...), webhook_timestamp: str = Header(...), webhook_signature: str = Header(...)):",
              "    body = await request.body()", "    secret = %s" % kexpr,
              '    key = base64.b64decode(secret.split("_", 1)[1])',
              '    signed = f"{webhook_id}.{webhook_timestamp}.{body.decode()}".encode()',
              "    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()",
              '    if not any(hmac.compare_digest(expected, s.split(",", 1)[1]) for s in webhook_signature.split()):',
              '        raise HTTPException(status_code=401, detail="bad signature")',
              "    payload = await request.json()", '    return {"ok": True, "status": payload.get("status")}']
    else:
        L = ['"""OpenAI webhook receiver (batch / response.completed events)."""', "import os", "",
             "from fastapi import FastAPI, HTTPException, Request", "from openai import OpenAI, InvalidWebhookSignatureError", ""]
        for k, v in consts:
            L.append("%s = %s" % (k, v))
        L += ["", "client = OpenAI(webhook_secret=%s)" % kexpr, "app = FastAPI()", "", "",
              '@app.post("/webhooks/openai")', "async def openai_webhook(request: Request):", "    body = await request.body()",
              "    try:", "        event = client.webhooks.unwrap(body, request.headers)", "    except InvalidWebhookSignatureError:",
              '        raise HTTPException(status_code=400, detail="invalid signature")',
              '    if event.type == "response.completed":', '        print("response done:", event.data.id)', '    return {"ok": True}']
    return pick(rng, ["app/webhooks.py", "api/hooks.py", "src/server/webhooks.py"]), J(L)


SDK_PY = {
    "elevenlabs": ("from elevenlabs.client import ElevenLabs", "client = ElevenLabs(api_key=%s)",
                   'audio = client.text_to_speech.convert(voice_id="JBFqnCBsd6RMkjVDRZzb", model_id="eleven_multilingual_v2", text=text)'),
    "deepgram": ("from deepgram import DeepgramClient, PrerecordedOptions", "client = DeepgramClient(%s)",
                 'resp = client.listen.rest.v("1").transcribe_url({"url": url}, PrerecordedOptions(model="nova-3", smart_format=True))'),
    "assemblyai": ("import assemblyai as aai", "aai.settings.api_key = %s", "transcript = aai.Transcriber().transcribe(url)"),
    "replicate": ("import replicate", "client = replicate.Client(api_token=%s)",
                  'out = client.run("black-forest-labs/flux-schnell", input={"prompt": text})'),
    "cartesia": ("from cartesia import Cartesia", "client = Cartesia(api_key=%s)",
                 'audio = client.tts.bytes(model_id="sonic-2", transcript=text, voice={"mode": "id", "id": VOICE_ID}, output_format={"container": "wav", "encoding": "pcm_f32le", "sample_rate": 44100})'),
    "pinecone": ("from pinecone import Pinecone", "pc = Pinecone(api_key=%s)", 'index = pc.Index("docs")\nres = index.query(vector=embed(text), top_k=5, include_metadata=True)'),
    "wandb": ("import wandb", "wandb.login(key=%s)", 'run = wandb.init(project="finetune-llama", config={"lr": 2e-5})'),
    "langfuse": ("from langfuse import Langfuse", 'langfuse = Langfuse(public_key=os.environ["LANGFUSE_PUBLIC_KEY"], secret_key=%s, host="https://cloud.langfuse.com")',
                 'trace = langfuse.trace(name="ingest", input={"text": text})'),
    "cohere": ("import cohere", "co = cohere.ClientV2(api_key=%s)", 'res = co.rerank(model="rerank-v3.5", query=text, documents=DOCS, top_n=3)'),
    "huggingface": ("from huggingface_hub import InferenceClient", "client = InferenceClient(token=%s)",
                    'out = client.text_to_image(text, model="black-forest-labs/FLUX.1-schnell")'),
    "runway": ("from runwayml import RunwayML", "client = RunwayML(api_key=%s)",
               'task = client.image_to_video.create(model="gen4_turbo", prompt_image=IMAGE_URL, prompt_text=text, ratio="1280:720")'),
    "luma": ("from lumaai import LumaAI", "client = LumaAI(auth_token=%s)", 'gen = client.generations.create(prompt=text, model="ray-2")'),
    "fal": ("import fal_client", 'os.environ["FAL_KEY"] = %s', 'out = fal_client.subscribe("fal-ai/flux/dev", arguments={"prompt": text})'),
    "speechmatics": ("from speechmatics.batch_client import BatchClient", "client = BatchClient(%s)",
                     'job_id = client.submit_job(audio=path, transcription_config={"language": "en"})'),
    "humanloop": ("from humanloop import Humanloop", "hl = Humanloop(api_key=%s)", 'log = hl.prompts.call(path="support/answer", messages=[{"role": "user", "content": text}])'),
    "promptlayer": ("from promptlayer import PromptLayer", "pl = PromptLayer(api_key=%s)", 'tpl = pl.templates.get("support-answer")'),
    "langsmith": ("from langsmith import Client", "client = Client(api_key=%s)", 'ds = client.read_dataset(dataset_name="support-evals")'),
    "braintrust": ("import braintrust", 'braintrust.login(api_key=%s)', 'exp = braintrust.init(project="support-bot")'),
    "qdrant": ("from qdrant_client import QdrantClient", 'client = QdrantClient(url=QDRANT_URL, api_key=%s)', 'hits = client.query_points("docs", query=embed(text), limit=5)'),
}


@template("python-sdk", "py", accepts=("api",), cats=("voice", "media", "vector", "obs", "infra", "selfhost"), weight=2.5)
def t_py_sdk(ctx):
    rng = ctx.rng
    consts, kexpr = ctx.code("py", py_ident, const_prob=0.5)
    L = ['"""%s helper used by the %s worker."""' % (ctx.sn, pick(rng, APPS)), "import os", ""]
    if ctx.pid in SDK_PY:
        imp, init, use = SDK_PY[ctx.pid]
        L += [imp, ""]
        for k, v in consts:
            L.append("%s = %s" % (k, v))
        if ctx.pid == "cartesia":
            L.append('VOICE_ID = "%s"' % uuid4(rng))
        if ctx.pid == "qdrant":
            L.append('QDRANT_URL = "%s"' % ctx.base_url)
        L += ["", init % kexpr, "", "", "def run(text: str, url: str = \"\", path: str = \"\"):"]
        L += ["    " + u for u in use.split("\n")]
        last = use.split("\n")[-1].split(" =")[0].strip()
        L += ["    return %s" % (last if last.isidentifier() else "None")]
    else:
        hdr, pre = ctx.P["header"]
        L += ["import requests", ""]
        for k, v in consts:
            L.append("%s = %s" % (k, v))
        L += ['BASE_URL = "%s"' % ctx.base_url.rstrip("/"), "", "session = requests.Session()",
              'session.headers.update({"%s": %s})' % (hdr, ('f"%s{%s}"' % (pre, kexpr)) if pre else kexpr), "", "",
              "def run(payload: dict) -> dict:", '    r = session.post(f"{BASE_URL}/%s", json=payload, timeout=120)' % pick(rng, ["generate", "run", "jobs", "generations", "predict"]),
              "    r.raise_for_status()", "    return r.json()"]
    return pick(rng, ["workers/%s_client.py" % ctx.sn.replace("-", "_"), "app/services/%s.py" % ctx.sn.replace("-", "_"), "%s_demo.py" % ctx.sn.replace("-", "_")]), J(L)


# ---------------------------------------------------------------- negative-only templates

@template("api-fixture-json", "json", accepts=("api",), cats=("llm", "gateway"), neg_only=True, weight=1.0)
def n_fixture(ctx):
    rng = ctx.rng
    t = 1740000000 + rng.randrange(20000000)
    if ctx.pid == "anthropic":
        body = {"id": "msg_01" + rs(rng, B62, 22), "type": "message", "role": "assistant", "model": ctx.model,
                "content": [{"type": "text", "text": "Sure - here is a short summary of the ticket."}],
                "stop_reason": "end_turn", "usage": {"input_tokens": rng.randint(50, 900), "output_tokens": rng.randint(20, 300)}}
    else:
        rid = ("gen-%d-%s" % (t, rs(rng, B62, 20))) if ctx.pid == "openrouter" else "chatcmpl-" + rs(rng, B62, 29)
        body = {"id": rid, "object": "chat.completion", "created": t, "model": ctx.model,
                "system_fingerprint": "fp_" + hexs(rng, 10),
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": pick(rng, ["The refund window is 30 days.", "Hello! How can I help?"])}}],
                "usage": {"prompt_tokens": rng.randint(20, 800), "completion_tokens": rng.randint(5, 200), "total_tokens": rng.randint(900, 1200)}}
    meta = {"recorded_at": "2025-%02d-%02dT%02d:%02d:00Z" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)),
            "request_id": "req_" + hexs(rng, 32), "x-ratelimit-remaining-requests": str(rng.randint(100, 9999)),
            "authorization": pick(rng, ["Bearer <redacted>", "REDACTED", "Bearer sk-...", "[FILTERED]"])}
    return "tests/fixtures/%s_%s.json" % (ctx.sn.replace("-", "_"), pick(rng, ["chat_completion", "response", "stream_final"])), \
        json.dumps({"meta": meta, "response": body}, indent=2) + "\n"


@template("vcr-cassette", "yaml", accepts=("api",), cats=("llm", "voice", "media"), neg_only=True, weight=0.8)
def n_cassette(ctx):
    rng = ctx.rng
    hdr, pre = ctx.P["header"]
    L = ["interactions:", "- request:", "    body: '{\"model\": \"%s\", \"input\": \"hello\"}'" % ctx.model, "    headers:",
         "      %s:" % hdr, "      - %s" % pick(rng, ["DUMMY", "<FILTERED>", "REDACTED", pre + "test-key" if pre else "test-key"]),
         "      content-type:", "      - application/json", "    method: POST", "    uri: %s/%s" % (ctx.base_url.rstrip("/"), pick(rng, ["chat/completions", "generate", "listen"])),
         "  response:", "    body:", "      string: '{\"id\": \"%s\", \"status\": \"ok\"}'" % uuid4(rng), "    headers:",
         "      x-request-id:", "      - %s" % pick(rng, [uuid4(rng), "req_" + hexs(rng, 24)]), "      cf-ray:",
         "      - %s-%s" % (hexs(rng, 16), pick(rng, ["FRA", "IAD", "SJC", "WAW"])), "    status:", "      code: 200", "      message: OK",
         "version: 1"]
    return "tests/cassettes/test_%s_%s.yaml" % (ctx.sn.replace("-", "_"), pick(rng, ["smoke", "generate", "happy_path"])), J(L)


@template("gcp-wif-json", "json", accepts=("sa", "adc"), neg_only=True, weight=3.0)
def n_wif(ctx):
    rng = ctx.rng
    num = "".join(rng.choice(DIGITS) for _ in range(12))
    pool = pick(rng, ["github-pool", "ci-pool", "aws-pool"])
    L = ["{", '  "universe_domain": "googleapis.com",', '  "type": "external_account",',
         '  "audience": "//iam.googleapis.com/projects/%s/locations/global/workloadIdentityPools/%s/providers/%s",' % (num, pool, pick(rng, ["github", "oidc"])),
         '  "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",', '  "token_url": "https://sts.googleapis.com/v1/token",',
         '  "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/vertex-runner@rag-prod-%d.iam.gserviceaccount.com:generateAccessToken",' % rng.randint(1000, 9999),
         '  "credential_source": {', '    "file": "/var/run/secrets/tokens/gcp-ksa/token",', '    "format": { "type": "text" }', "  }", "}"]
    return pick(rng, ["keys/vertex-sa.json", "gcp/credential-config.json", "clientLibraryConfig-github.json"]), J(L)


@template("ipynb-embeddings", "py", accepts=("api",), cats=("vector", "llm"), neg_only=True, weight=0.3)
def n_ipynb_emb(ctx):
    rng = ctx.rng
    vec = ", ".join("%.8f" % rng.uniform(-0.12, 0.12) for _ in range(12))
    rev = hexs(rng, 40)
    cells = [nb_cell("markdown", "## Embedding sanity check"),
             nb_cell("code", 'from sentence_transformers import SentenceTransformer\n\nmodel = SentenceTransformer("BAAI/bge-small-en-v1.5", revision="%s")\nemb = model.encode(["refund policy"])\nemb[0][:12]' % rev,
                     outputs=[{"data": {"text/plain": ["array([%s],\n" % vec, "      dtype=float32)"]}, "execution_count": 1, "metadata": {}, "output_type": "execute_result"}], count=1),
             nb_cell("code", 'import hashlib\nhashlib.sha256(open("tokenizer.json","rb").read()).hexdigest()',
                     outputs=[{"data": {"text/plain": ["'%s'" % hashlib.sha256(rbytes(rng, 16)).hexdigest()]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}], count=2)]
    return pick(rng, ["notebooks/embeddings.ipynb", "experiments/bge_check.ipynb"]), nb_dump(cells, rng)


@template("trace-export-json", "json", accepts=("api", "pw", "appsecret", "mgmt", "whsec", "pair", "cookie", "discord"),
          cats=("obs", "infra", "selfhost", "vector", "voice", "media"), neg_only=True, weight=1.0)
def n_trace_export(ctx):
    rng = ctx.rng
    t = "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))
    obj = {"id": hexs(rng, 32), "timestamp": t, "name": pick(rng, ["rag-answer", "transcribe", "render-thumbnail", "ingest"]),
           "sessionId": uuid4(rng), "userId": "user_" + rs(rng, B62, 24), "release": hexs(rng, 40)[:12],
           "tags": [ctx.sn, pick(rng, ["prod", "staging"])],
           "observations": [{"id": uuid4(rng), "type": "GENERATION", "model": ctx.model, "latency": round(rng.uniform(0.2, 9.0), 3),
                             "usage": {"input": rng.randint(10, 4000), "output": rng.randint(5, 900)},
                             "calculatedTotalCost": round(rng.uniform(0.0001, 0.09), 6)},
                            {"id": uuid4(rng), "type": "SPAN", "name": "retrieve", "metadata": {"index": "docs", "top_k": 5,
                                                                                                "doc_ids": [hexs(rng, 16) for _ in range(3)]}}],
           "projectId": "cl" + rs(rng, ALNUM_LOW, 23), "publicKey": "pk-lf-" + uuid4(rng)}
    return pick(rng, ["tests/fixtures/trace_%s.json" % hexs(rng, 6), "exports/traces/%s.json" % ctx.sn]), json.dumps(obj, indent=2) + "\n"


@template("python-replicate-version", "py", accepts=("api",), pids=("replicate", "fal", "huggingface"), neg_only=True, weight=3.0)
def n_replicate(ctx):
    rng = ctx.rng
    ver = hexs(rng, 64)
    L = ["import os", "", "import replicate", "", "# pin the exact model version so outputs stay reproducible",
         'MODEL = "%s/%s:%s"' % (pick(rng, ["stability-ai", "lucataco", "zsxkib"]), pick(rng, ["sdxl", "flux-dev-lora", "whisperx"]), ver), "",
         'client = replicate.Client(api_token=os.environ["REPLICATE_API_TOKEN"])', "", "",
         "def render(prompt: str) -> str:", "    out = client.run(MODEL, input={\"prompt\": prompt, \"num_inference_steps\": %d})" % pick(rng, [4, 28, 50]),
         "    return str(out[0])"]
    return pick(rng, ["pipelines/render.py", "app/replicate_client.py"]), J(L)


@template("typescript-public-keys", "ts", accepts=("api",), pids=("langfuse", "openai", "anthropic", "openrouter"), neg_only=True, weight=2.0)
def n_ts_public(ctx):
    rng = ctx.rng
    L = ['import posthog from "posthog-js";', 'import { LangfuseWeb } from "langfuse";', "",
         "// Both keys below are public (browser) keys - safe to ship to the client.",
         'posthog.init("phc_%s", { api_host: "https://eu.i.posthog.com" });' % rs(rng, B62, 43), "",
         "export const langfuseWeb = new LangfuseWeb({", '  publicKey: "pk-lf-%s",' % uuid4(rng), '  baseUrl: "https://cloud.langfuse.com",', "});", "",
         "export function trackFeedback(traceId: string, score: number) {", '  return langfuseWeb.score({ traceId, name: "user-feedback", value: score });', "}"]
    return pick(rng, ["src/lib/analytics.ts", "web/lib/telemetry.ts"]), J(L)


# ----------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------

N_POS = 500
N_NEG = 500
KIND_WEIGHT = {"selfhost": 0.6, "llm": 1.0, "gateway": 1.0, "obs": 1.0, "vector": 1.0, "voice": 1.0, "media": 1.0, "infra": 1.0}


def all_kinds():
    out = []
    for pid, P in PROVIDERS.items():
        for kind, (kls, gen) in P["kinds"].items():
            out.append((pid, kind, kls, gen))
    return out


def choose_name(rng, P, kind, kls):
    pid = P["id"]
    if kls == "sa":
        return "GOOGLE_SERVICE_ACCOUNT_JSON"
    if kls == "pw":
        if rng.random() < 0.3:
            return pick(rng, ["ADMIN_PASSWORD", "DB_PASSWORD", "PASSWORD", "APP_PASSWORD"])
        return KIND_NAMES.get((pid, kind), "ADMIN_PASSWORD")
    if kls == "pair":
        if pid == "bedrock":
            return "AWS_SECRET_ACCESS_KEY"
        if pid == "modal":
            return "MODAL_TOKEN_SECRET" if kind == "token_secret" else "MODAL_SECRET"
        return pick(rng, ["PLAYHT_API_KEY", "PLAYHT_SECRET_KEY", "TTS_SECRET"])
    if kls == "adc":
        return "GOOGLE_REFRESH_TOKEN"
    if kls in ("cookie", "discord"):
        return P["env"] if rng.random() < 0.7 else pick(rng, ["COOKIE", "SESSION_TOKEN", "USER_TOKEN", "AUTH"])
    if rng.random() < 0.34:
        return pick(rng, GENERIC_NAMES[P["category"]])
    return provider_env_name(rng, pid, kind)


def compatible(t, P, kls, label):
    if t["neg_only"] and label == "pos":
        return False
    if kls not in t["accepts"]:
        return False
    if t["cats"] and P["category"] not in t["cats"]:
        return False
    if t["pids"] and P["id"] not in t["pids"]:
        return False
    return True


def weighted(rng, items, w):
    tot = sum(w)
    x = rng.random() * tot
    for it, wi in zip(items, w):
        x -= wi
        if x <= 0:
            return it
    return items[-1]


def render(rng, label, pid, kind, kls, gen, neg_only_bias=0.0):
    P = PROVIDERS[pid]
    for _attempt in range(40):
        name = choose_name(rng, P, kind, kls)
        cands = [t for t in TEMPLATES if compatible(t, P, kls, label)]
        if label == "neg":
            no = [t for t in cands if t["neg_only"]]
            if no and rng.random() < neg_only_bias:
                cands = no
            else:
                cands = [t for t in cands if not t["neg_only"]] or cands
        t = weighted(rng, cands, [c["weight"] for c in cands])
        if label == "pos":
            secret, comps = gen(rng)
            ctx = Ctx(rng, "pos", P, kind, kls, name, secret=secret, companions=comps)
        else:
            _s, comps = (None, [])
            if kls == "pair":
                comps = [(c[0], None) for c in gen(rng)[1]]
            neg = make_neg(rng, P, name, kls)
            ctx = Ctx(rng, "neg", P, kind, kls, name, companions=comps, neg=neg)
        res = t["fn"](ctx)
        if res is None:
            continue
        path, text = res
        if label == "pos":
            if text.count(ctx.secret) != 1:
                continue
            lines = text.split("\n")
            ln = next(i for i, l in enumerate(lines) if ctx.secret in l) + 1
            nlines = text.count("\n")
            if not (5 <= nlines <= 80):
                continue
            return dict(path=path, text=text, provider=pid, kind=kind, filetype=t["ftype"], needle=ctx.secret, line=ln)
        nk = t["ftype"] if t["neg_only"] else ctx.neg.cat
        nlines = text.count("\n")
        if not (5 <= nlines <= 80):
            continue
        return dict(path=path, text=text, provider=pid, kind="neg:" + nk, filetype=t["ftype"])
    raise RuntimeError("could not render %s %s %s" % (label, pid, kind))


def schedule(rng, n):
    kinds = all_kinds()
    w = [KIND_WEIGHT[PROVIDERS[k[0]]["category"]] for k in kinds]
    order = []
    base = list(kinds)
    rng.shuffle(base)
    order.extend(base)  # every kind at least once
    while len(order) < n:
        order.append(weighted(rng, kinds, w))
    order = order[:n]
    rng.shuffle(order)
    return order


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        print("usage: python3 gen_bk.py OUTDIR SEED", file=sys.stderr)
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []
    pos_rows = []
    for i, (pid, kind, kls, gen) in enumerate(schedule(rng, N_POS)):
        r = render(rng, "pos", pid, kind, kls, gen)
        rel = "pos/p%04d/%s" % (i, r["path"])
        write(outdir, rel, r["text"])
        manifest.append({"file": rel, "label": "pos", "provider": pid, "kind": kind, "filetype": r["filetype"]})
        secrets.append({"file": rel, "needle": r["needle"], "line": r["line"]})
        pos_rows.append(r)
    for i, (pid, kind, kls, gen) in enumerate(schedule(rng, N_NEG)):
        r = render(rng, "neg", pid, kind, kls, gen, neg_only_bias=0.18)
        rel = "neg/n%04d/%s" % (i, r["path"])
        write(outdir, rel, r["text"])
        manifest.append({"file": rel, "label": "neg", "provider": pid, "kind": r["kind"], "filetype": r["filetype"]})
    with open(os.path.join(outdir, "manifest.jsonl"), "w") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    return self_check(outdir, manifest, secrets)


def self_check(outdir, manifest, secrets):
    errors = 0
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        if not (1 <= s["line"] <= len(lines)) or s["needle"] not in lines[s["line"] - 1]:
            print("SELF-CHECK FAIL: needle not on line", s["file"], s["line"], file=sys.stderr)
            errors += 1
    needles = [s["needle"] for s in secrets]
    for m in manifest:
        if m["label"] != "neg":
            continue
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as f:
            text = f.read()
        for nd in needles:
            if nd in text:
                print("SELF-CHECK FAIL: negative contains a positive needle", m["file"], file=sys.stderr)
                errors += 1
    from collections import Counter
    for lab in ("pos", "neg"):
        rows = [m for m in manifest if m["label"] == lab]
        print("== %s: %d files" % (lab, len(rows)))
        for field in ("provider", "kind", "filetype"):
            c = Counter(m[field] if field != "kind" else "%s/%s" % (m["provider"], m["kind"]) if lab == "pos" else m["kind"] for m in rows)
            print("  %s (%d distinct): %s" % (field, len(c), ", ".join("%s=%d" % kv for kv in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))))
    print("self-check: %s (%d errors)" % ("OK" if not errors else "FAILED", errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
