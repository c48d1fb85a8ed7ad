#!/usr/bin/env python3
"""Blind evaluation-set generator (j2) for a git pre-commit secret scanner.

EMPHASIS
    Credentials of the 2024-2026 "AI-era" developer stack (LLM APIs, vector DBs,
    serverless/edge hosting, DB-as-a-service, dev tooling) inside the files that
    stack actually commits: MCP server configs, agent-framework code, notebooks,
    Streamlit secrets, edge/hosting configs, CI workflows, quick-start READMEs...

USAGE
    python3 gen_j2.py OUTDIR SEED
    Deterministic per SEED (only random.Random(SEED) is used).
    Writes OUTDIR/pos/pNNNN/<relpath>, OUTDIR/neg/nNNNN/<relpath> (500 + 500),
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"}   (positives only)

COVERAGE (per seed, approx.)
    93 provider/kind pairs over 65 providers (each pair >= 3 positives; LLM kinds
    weighted x2.2, other AI x1.4); ~45 positive / ~55 total file types: MCP configs
    (claude_desktop_config.json, .cursor/mcp.json, .vscode/mcp.json, .mcp.json; env
    blocks and --api-key/--access-token args, DB URLs as positional args),
    LangChain / LlamaIndex / CrewAI / OpenAI+Anthropic SDK / Gradio / FastAPI /
    pydantic-settings Python, Vercel AI SDK + SDK-init TypeScript, Go (net/http and
    openai-go / anthropic-sdk-go), Rust reqwest, .ipynb, .streamlit/secrets.toml,
    next.config.js, vercel.json, wrangler.toml, netlify.toml, fly.toml, render.yaml,
    docker-compose, GitHub Actions, .gitlab-ci.yml, devcontainer.json,
    .continue/config.{json,yaml}, .aider.conf.yml, litellm config, promptfoo, .http,
    README quick-starts, shell export / curl, Makefile, .env, .envrc, mise.toml,
    k8s Secret, .npmrc, .pypirc.  About a third of positives use names that do not
    name the provider (LLM_KEY, TOKEN, AUTH, DSN...) or sit in positional args /
    `api_key=` kwargs.

NEEDLE CONVENTIONS
    * needle = the credential substring exactly as written in the file; no quotes.
    * Connection strings (postgres/mysql/redis/mongodb URLs): needle is the
      PASSWORD part only (the URL around it is context).
    * Fly.io "FlyV1 fm2_..." tokens: needle is the "fm2_..." part (the "FlyV1 "
      scheme word is not included).
    * JWT-shaped secrets (Supabase service_role, Turso): the whole 3-part JWT.
    * line = 1-based line of the first occurrence; every positive file contains
      exactly one credential (other values are env references / ids / public).

NEGATIVES
    Hard look-alikes in the same file types: env references in the file's own
    syntax (${env:X}, ${X}, process.env.X, os.environ["X"], ${{ secrets.X }},
    ${localEnv:X}, ${input:x}, {{$dotenv X}}, os.environ/X, render `sync: false`),
    placeholders (sk-..., sk-ant-xxxx, <OPENAI_API_KEY>, YOUR_API_KEY, changeme),
    masked keys as dashboards show them, publishable/public keys (Clerk pk_,
    Stripe pk_, Supabase anon JWT / sb_publishable_, PostHog phc_, Sentry DSN,
    Algolia search-only, Firebase web apiKey, Langfuse pk-lf-), ids (org-, proj_,
    msg_, file-, chatcmpl-, run ids, Vercel prj_/team_, Twilio AC SIDs, GitHub App
    client ids), digests / lockfile integrity / pip hashes, ciphertext (SOPS,
    SealedSecrets, KMS blobs), public test vectors (jwt.io sample, AWS docs key).

DOUBTS (formats reconstructed from memory / docs; verify before trusting)
    * OpenAI sk-admin- keys: assumed same body shape as sk-proj- (74+T3BlbkFJ+74);
      sk-svcacct- likewise.  Legacy sk- keys: 20+T3BlbkFJ+20.
    * Anthropic: sk-ant-api03- / sk-ant-admin01- + 93 base64url + "AA" (108/110 ch).
    * Cerebras csk- + 48 lowercase alnum; Fireworks fw_ + 24 alnum; Perplexity
      pplx- + 48 alnum; xAI xai- + 80 alnum: lengths from memory.
    * Pinecone pcsk_<5-6>_<63>; Weaviate Cloud keys (40 alnum, no prefix);
      Qdrant Cloud keys (uuid|43) -- least sure of these three.
    * Supabase sb_secret_ (2025 "new API keys"): body length/checksum unknown,
      used 31 base64url chars.  Netlify nfp_ + 36 (total length unsure).
    * Vercel tokens: 24 alnum, no prefix (newer prefixed formats may exist).
    * Upstash REST tokens: "A" + base64-ish ~60; format inferred from examples.
    * Infisical service tokens "st.<24hex>.<32hex>.<32hex>": uncertain.
    * Grafana glsa_: 32 alnum + "_" + 8-hex CRC32 of "glsa_<32>" (checksum input
      assumption).  Sentry sntrys_: base64(JSON) with padding stripped + "_" + 43.
    * PostHog phx_ length (47 assumed); Clerk sk_ body 40 assumed; Render rnd_ 32.
    * Railway and Postmark tokens are bare UUIDs: only the slot distinguishes them
      from innocent UUIDs (negatives use UUIDs only in id slots).
    * GitHub ghr_ assumed to share the 30+6 checksum shape of ghp_.
    * Mistral (32 alnum), Cohere (40 alnum), AssemblyAI (32 hex), Deepgram (40 hex),
      DeepSeek (sk-+32 hex), Azure OpenAI (32 hex), W&B (40 hex) have no prefix:
      only context identifies them.
"""
import base64
import json
import os
import string
import sys
import zlib
import random

DIG = string.digits
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
A62 = DIG + UP + LOW            # GitHub/npm base62 checksum alphabet
ALNUM = UP + LOW + DIG
HEX = "0123456789abcdef"
B64U = ALNUM + "-_"
LALNUM = LOW + DIG

_ROWS = ["abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm"]
_BANNED = ["test", "fake", "demo", "xxxx", "example", "dummy", "sample", "secret",
           "passw", "token", "abcd", "1234", "qwer", "asdf"]


def _bad(s):
    low = s.lower()
    for i in range(len(low) - 3):
        w = low[i:i + 4]
        if len(set(w)) == 1:
            return True
        for row in _ROWS:
            if w in row or w[::-1] in row:
                return True
    return any(b in low for b in _BANNED)


def rnd(r, alpha, n):
    while True:
        s = "".join(r.choice(alpha) for _ in range(n))
        if not _bad(s):
            return s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64(b):
    return base64.b64encode(b).decode()


def uuid4(r):
    h = "".join(r.choice(HEX) for _ in range(32))
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def b62(n, width=6):
    s = ""
    while n:
        n, k = divmod(n, 62)
        s = A62[k] + s
    return s.rjust(width, "0")


def crc_tok(r, prefix):
    body = rnd(r, ALNUM, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def jwt(r, header, payload, sigbytes=32):
    enc = lambda o: b64u(json.dumps(o, separators=(",", ":")).encode())
    while True:
        sig = b64u(rbytes(r, sigbytes))
        if not _bad(sig):
            return enc(header) + "." + enc(payload) + "." + sig


def iat(r):
    return r.randint(1704067200, 1767225600)   # 2024-01-01 .. 2026-01-01


# --------------------------------------------------------------------------
# human-chosen passwords
FIRST = ["Marek", "Kasia", "Tomasz", "Julien", "Ingrid", "Rafael", "Sanne", "Dmitri", "Aylin",
         "Benedikt", "Priya", "Mateo", "Olga", "Henrik", "Lucia", "Kenji", "Noor", "Bastian",
         "Ewa", "Joaquin", "Freya", "Oskar", "Yusuf", "Greta"]
WORDS = ["winter", "lato", "sunflower", "bluebird", "tornado", "kayak", "pierogi", "falcon",
         "mango", "orion", "seagull", "waffle", "ruby", "borneo", "cobalt", "lisboa", "tatry",
         "hazelnut", "marmot", "juniper", "vesuvio", "kiwi", "nebula", "granite"]
LEET = str.maketrans({"o": "0", "a": "4", "e": "3", "i": "1", "s": "$"})


def human_pw(r, url_safe=False):
    syms = "._-!~*" if url_safe else ".!#&_-*$"
    n, w, w2 = r.choice(FIRST), r.choice(WORDS), r.choice(WORDS)
    y = str(r.randint(1968, 2012))
    pats = [
        lambda: f"{n}.{y}{w}",
        lambda: f"{w.capitalize()}{r.choice(syms)}{r.randint(10, 99)}{w2.capitalize()}",
        lambda: f"{w.capitalize().translate(LEET)}{r.choice(syms)}{r.randint(1, 9)}",
        lambda: f"{n.lower()}{y[2:]}{r.choice(syms)}{w.capitalize()}",
        lambda: f"{w2}{r.choice(syms)}{n}{r.randint(1, 31)}{r.choice(syms)}",
        lambda: f"{w.capitalize()}{w2.capitalize()}{y}{r.choice(syms)}",
    ]
    while True:
        p = r.choice(pats)()
        if url_safe:
            p = p.replace("$", "s").replace("&", "_").replace("#", "_")
        if "pass" not in p.lower() and len(p) >= 9:
            return p


# --------------------------------------------------------------------------
# PROVIDERS.  cat: llm (chat model, OpenAI-style SDK usable), ai (other AI service),
# infra (platform / dev tooling), db (connection URL; needle = password)
PROV = []


def P(provider, kind, gen, env, cat, **kw):
    d = dict(provider=provider, kind=kind, gen=gen, env=env, cat=cat)
    d.update(kw)
    d.setdefault("slug", provider.lower().split()[0].replace(".", "").replace("/", ""))
    d.setdefault("hdr", "bearer")
    d.setdefault("pfx", "")
    PROV.append(d)
    return d


OAI = dict(url="https://api.openai.com/v1/chat/completions", sdk="openai", model="gpt-4o-mini",
           lite="openai/gpt-4o-mini", lc=("langchain_openai", "ChatOpenAI", "api_key"),
           aider="openai-api-key", mcp="@openai/mcp-server-openai")
P("OpenAI", "user-key", lambda r: "sk-" + rnd(r, ALNUM, 20) + "T3BlbkFJ" + rnd(r, ALNUM, 20),
  ["OPENAI_API_KEY"], "llm", pfx="sk-", **OAI)
P("OpenAI", "project-key", lambda r: "sk-proj-" + rnd(r, B64U, 74) + "T3BlbkFJ" + rnd(r, B64U, 74),
  ["OPENAI_API_KEY"], "llm", pfx="sk-proj-", **OAI)
P("OpenAI", "service-account-key",
  lambda r: "sk-svcacct-" + rnd(r, B64U, 74) + "T3BlbkFJ" + rnd(r, B64U, 74),
  ["OPENAI_API_KEY", "OPENAI_SVC_KEY"], "llm", pfx="sk-svcacct-", **OAI)
P("OpenAI", "admin-key", lambda r: "sk-admin-" + rnd(r, B64U, 74) + "T3BlbkFJ" + rnd(r, B64U, 74),
  ["OPENAI_ADMIN_KEY"], "ai", pfx="sk-admin-", url="https://api.openai.com/v1/organization/usage/completions")
ANT = dict(url="https://api.anthropic.com/v1/messages", sdk="anthropic", model="claude-sonnet-4-5",
           lite="anthropic/claude-sonnet-4-5", hdr="x-api-key",
           lc=("langchain_anthropic", "ChatAnthropic", "api_key"), aider="anthropic-api-key")
P("Anthropic", "api-key", lambda r: "sk-ant-api03-" + rnd(r, B64U, 93) + "AA",
  ["ANTHROPIC_API_KEY"], "llm", pfx="sk-ant-api03-", **ANT)
P("Anthropic", "admin-key", lambda r: "sk-ant-admin01-" + rnd(r, B64U, 93) + "AA",
  ["ANTHROPIC_ADMIN_KEY"], "ai", pfx="sk-ant-admin01-", hdr="x-api-key",
  url="https://api.anthropic.com/v1/organizations/usage_report/messages")
P("Google AI Studio", "gemini-api-key", lambda r: "AIzaSy" + rnd(r, B64U, 33),
  ["GEMINI_API_KEY", "GOOGLE_API_KEY"], "llm", pfx="AIza", slug="gemini", hdr="x-goog-api-key",
  url="https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent",
  base="https://generativelanguage.googleapis.com/v1beta/openai/", model="gemini-2.5-flash",
  lite="gemini/gemini-2.5-flash", lc=("langchain_google_genai", "ChatGoogleGenerativeAI", "google_api_key"))
P("xAI", "api-key", lambda r: "xai-" + rnd(r, ALNUM, 80), ["XAI_API_KEY"], "llm", pfx="xai-",
  url="https://api.x.ai/v1/chat/completions", base="https://api.x.ai/v1", model="grok-4",
  lite="xai/grok-4", lc=("langchain_xai", "ChatXAI", "xai_api_key"))
P("DeepSeek", "api-key", lambda r: "sk-" + rnd(r, HEX, 32), ["DEEPSEEK_API_KEY"], "llm", pfx="sk-",
  url="https://api.deepseek.com/chat/completions", base="https://api.deepseek.com", model="deepseek-chat",
  lite="deepseek/deepseek-chat", lc=("langchain_deepseek", "ChatDeepSeek", "api_key"))
P("Perplexity", "api-key", lambda r: "pplx-" + rnd(r, ALNUM, 48), ["PERPLEXITY_API_KEY", "PPLX_API_KEY"],
  "llm", pfx="pplx-", url="https://api.perplexity.ai/chat/completions", base="https://api.perplexity.ai",
  model="sonar-pro", lite="perplexity/sonar-pro", mcp="server-perplexity-ask")
P("OpenRouter", "api-key", lambda r: "sk-or-v1-" + rnd(r, HEX, 64), ["OPENROUTER_API_KEY"], "llm",
  pfx="sk-or-v1-", url="https://openrouter.ai/api/v1/chat/completions", base="https://openrouter.ai/api/v1",
  model="anthropic/claude-3.7-sonnet", lite="openrouter/anthropic/claude-3.7-sonnet")
P("Together AI", "api-key", lambda r: "tgp_v1_" + rnd(r, B64U, 43), ["TOGETHER_API_KEY"], "llm",
  pfx="tgp_v1_", slug="together", url="https://api.together.xyz/v1/chat/completions",
  base="https://api.together.xyz/v1", model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
  lite="together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo")
P("Together AI", "legacy-api-key", lambda r: rnd(r, HEX, 64), ["TOGETHER_API_KEY"], "llm", slug="together",
  url="https://api.together.xyz/v1/chat/completions", base="https://api.together.xyz/v1",
  model="deepseek-ai/DeepSeek-V3", lite="together_ai/deepseek-ai/DeepSeek-V3")
P("Fireworks AI", "api-key", lambda r: "fw_" + rnd(r, ALNUM, 24), ["FIREWORKS_API_KEY"], "llm", pfx="fw_",
  slug="fireworks", url="https://api.fireworks.ai/inference/v1/chat/completions",
  base="https://api.fireworks.ai/inference/v1", model="accounts/fireworks/models/llama-v3p1-70b-instruct",
  lite="fireworks_ai/accounts/fireworks/models/llama-v3p1-70b-instruct")
P("Groq", "api-key", lambda r: "gsk_" + rnd(r, ALNUM, 52), ["GROQ_API_KEY"], "llm", pfx="gsk_",
  url="https://api.groq.com/openai/v1/chat/completions", base="https://api.groq.com/openai/v1",
  model="llama-3.3-70b-versatile", lite="groq/llama-3.3-70b-versatile", lc=("langchain_groq", "ChatGroq", "api_key"))
P("Cerebras", "api-key", lambda r: "csk-" + rnd(r, LALNUM, 48), ["CEREBRAS_API_KEY"], "llm", pfx="csk-",
  url="https://api.cerebras.ai/v1/chat/completions", base="https://api.cerebras.ai/v1", model="llama-3.3-70b",
  lite="cerebras/llama-3.3-70b")
P("Mistral", "api-key", lambda r: rnd(r, ALNUM, 32), ["MISTRAL_API_KEY"], "llm",
  url="https://api.mistral.ai/v1/chat/completions", base="https://api.mistral.ai/v1",
  model="mistral-large-latest", lite="mistral/mistral-large-latest",
  lc=("langchain_mistralai", "ChatMistralAI", "api_key"))
P("Cohere", "api-key", lambda r: rnd(r, ALNUM, 40), ["COHERE_API_KEY", "CO_API_KEY"], "llm",
  url="https://api.cohere.com/v2/chat", base="https://api.cohere.ai/compatibility/v1",
  model="command-r-plus", lite="cohere/command-r-plus", lc=("langchain_cohere", "ChatCohere", "cohere_api_key"))
P("Azure OpenAI", "api-key", lambda r: rnd(r, HEX, 32), ["AZURE_OPENAI_API_KEY"], "llm", slug="azure",
  hdr="api-key", url="https://contoso-eastus2.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21",
  base="https://contoso-eastus2.openai.azure.com/openai/v1/", model="gpt-4o", lite="azure/gpt-4o")
HF = dict(slug="huggingface", url="https://huggingface.co/api/whoami-v2")
P("Hugging Face", "user-access-token", lambda r: "hf_" + rnd(r, UP + LOW, 34), ["HF_TOKEN", "HUGGINGFACEHUB_API_TOKEN"],
  "ai", pfx="hf_", **HF)
P("Hugging Face", "org-api-token", lambda r: "api_org_" + rnd(r, UP + LOW, 34), ["HF_ORG_TOKEN", "HUGGING_FACE_HUB_TOKEN"],
  "ai", pfx="api_org_", **HF)
P("Replicate", "api-token", lambda r: "r8_" + rnd(r, ALNUM, 37), ["REPLICATE_API_TOKEN"], "ai", pfx="r8_",
  url="https://api.replicate.com/v1/predictions")
P("ElevenLabs", "api-key", lambda r: "sk_" + rnd(r, HEX, 48), ["ELEVENLABS_API_KEY", "XI_API_KEY"], "ai",
  pfx="sk_", hdr="xi-api-key", url="https://api.elevenlabs.io/v1/voices", mcp="elevenlabs-mcp")
P("AssemblyAI", "api-key", lambda r: rnd(r, HEX, 32), ["ASSEMBLYAI_API_KEY"], "ai", hdr="authorization",
  url="https://api.assemblyai.com/v2/transcript")
P("Deepgram", "api-key", lambda r: rnd(r, HEX, 40), ["DEEPGRAM_API_KEY"], "ai", hdr="token",
  url="https://api.deepgram.com/v1/listen")
P("Stability AI", "api-key", lambda r: "sk-" + rnd(r, ALNUM, 48), ["STABILITY_API_KEY"], "ai", pfx="sk-",
  slug="stability", url="https://api.stability.ai/v2beta/stable-image/generate/core")
P("LangSmith", "personal-access-token", lambda r: "lsv2_pt_" + rnd(r, HEX, 32) + "_" + rnd(r, HEX, 10),
  ["LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"], "ai", pfx="lsv2_pt_", hdr="x-api-key",
  url="https://api.smith.langchain.com/api/v1/sessions")
P("LangSmith", "service-key", lambda r: "lsv2_sk_" + rnd(r, HEX, 32) + "_" + rnd(r, HEX, 10),
  ["LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"], "ai", pfx="lsv2_sk_", hdr="x-api-key",
  url="https://api.smith.langchain.com/api/v1/sessions")
P("Langfuse", "secret-key", lambda r: "sk-lf-" + uuid4(r), ["LANGFUSE_SECRET_KEY"], "ai", pfx="sk-lf-",
  url="https://cloud.langfuse.com/api/public/traces", hdr="basic")
P("Pinecone", "api-key", lambda r: "pcsk_" + rnd(r, ALNUM, r.choice([5, 6])) + "_" + rnd(r, ALNUM, 63),
  ["PINECONE_API_KEY"], "ai", pfx="pcsk_", hdr="Api-Key", url="https://api.pinecone.io/indexes")
P("Weaviate", "cloud-api-key", lambda r: rnd(r, ALNUM, 40), ["WEAVIATE_API_KEY"], "ai",
  url="https://rag-demo-x8k2p1.c0.europe-west3.gcp.weaviate.cloud/v1/schema")
P("Qdrant", "cloud-api-key", lambda r: uuid4(r) + "|" + rnd(r, B64U, 43), ["QDRANT_API_KEY"], "ai",
  hdr="api-key", url="https://7c1e4b2a-1f3d-4a8e-9b6c-2d0f5e8a1c3b.eu-central-1-0.aws.cloud.qdrant.io:6333/collections")
P("Tavily", "api-key", lambda r: r.choice(["tvly-", "tvly-dev-"]) + rnd(r, ALNUM, 32), ["TAVILY_API_KEY"], "ai",
  pfx="tvly-", url="https://api.tavily.com/search", mcp="tavily-mcp")
P("Firecrawl", "api-key", lambda r: "fc-" + rnd(r, HEX, 32), ["FIRECRAWL_API_KEY"], "ai", pfx="fc-",
  url="https://api.firecrawl.dev/v1/scrape", mcp="firecrawl-mcp")
P("Voyage AI", "api-key", lambda r: "pa-" + rnd(r, B64U, 43), ["VOYAGE_API_KEY"], "ai", pfx="pa-", slug="voyage",
  url="https://api.voyageai.com/v1/embeddings")
P("Weights & Biases", "api-key", lambda r: rnd(r, HEX, 40), ["WANDB_API_KEY"], "ai", slug="wandb",
  url="https://api.wandb.ai/graphql", hdr="basic")

# ---- infra / dev tooling
SB = dict(slug="supabase", mcp="@supabase/mcp-server-supabase")


def _sb_ref(r):
    return rnd(r, LOW, 20)


P("Supabase", "secret-key", lambda r: "sb_secret_" + rnd(r, B64U, 31), ["SUPABASE_SECRET_KEY"], "infra",
  pfx="sb_secret_", hdr="apikey", url="https://qzvbmlkfhxtwyrnpdsgc.supabase.co/rest/v1/profiles", **SB)
P("Supabase", "service-role-jwt",
  lambda r: jwt(r, {"alg": "HS256", "typ": "JWT"},
                {"iss": "supabase", "ref": _sb_ref(r), "role": "service_role", "iat": (t := iat(r)), "exp": t + 315360000}),
  ["SUPABASE_SERVICE_ROLE_KEY"], "infra", pfx="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.", hdr="apikey",
  url="https://qzvbmlkfhxtwyrnpdsgc.supabase.co/rest/v1/profiles", **SB)
P("Supabase", "management-token", lambda r: "sbp_" + rnd(r, HEX, 40), ["SUPABASE_ACCESS_TOKEN"], "infra",
  pfx="sbp_", url="https://api.supabase.com/v1/projects", **SB)
P("Vercel", "access-token", lambda r: rnd(r, ALNUM, 24), ["VERCEL_TOKEN"], "infra",
  url="https://api.vercel.com/v9/projects", cli="vercel deploy --prod --token")
P("Netlify", "personal-access-token", lambda r: "nfp_" + rnd(r, ALNUM, 36), ["NETLIFY_AUTH_TOKEN"], "infra",
  pfx="nfp_", url="https://api.netlify.com/api/v1/sites", cli="netlify deploy --prod --auth")
P("Fly.io", "macaroon-token", lambda r: "fm2_lJPE" + b64(rbytes(r, 204)).rstrip("="), ["FLY_API_TOKEN"], "infra",
  pfx="fm2_", slug="fly", url="https://api.machines.dev/v1/apps", flyv1=True,
  cli="flyctl deploy --remote-only --access-token")
P("Render", "api-key", lambda r: "rnd_" + rnd(r, ALNUM, 32), ["RENDER_API_KEY"], "infra", pfx="rnd_",
  url="https://api.render.com/v1/services")
P("Railway", "api-token", lambda r: uuid4(r), ["RAILWAY_TOKEN", "RAILWAY_API_TOKEN"], "infra",
  url="https://backboard.railway.com/graphql/v2")
P("Neon", "api-key", lambda r: "napi_" + rnd(r, LALNUM, 64), ["NEON_API_KEY"], "infra", pfx="napi_",
  url="https://console.neon.tech/api/v2/projects", mcp="@neondatabase/mcp-server-neon")
P("PlanetScale", "service-token", lambda r: "pscale_tkn_" + rnd(r, B64U, 43),
  ["PLANETSCALE_SERVICE_TOKEN"], "infra", pfx="pscale_tkn_", hdr="authorization",
  url="https://api.planetscale.com/v1/organizations")
P("Turso", "database-token",
  lambda r: jwt(r, {"alg": "EdDSA", "typ": "JWT"}, {"a": "rw", "iat": iat(r), "id": uuid4(r)}, 64),
  ["TURSO_AUTH_TOKEN", "LIBSQL_AUTH_TOKEN"], "infra", pfx="eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.",
  url="https://shop-acme.aws-eu-west-1.turso.io/v2/pipeline")
P("Upstash", "redis-rest-token", lambda r: "A" + r.choice("XYZ") + rnd(r, ALNUM, 4) + "AAIjcD" + rnd(r, ALNUM, 50),
  ["UPSTASH_REDIS_REST_TOKEN", "KV_REST_API_TOKEN"], "infra", url="https://eu2-fine-koala-31377.upstash.io/get/session")
P("Clerk", "secret-key", lambda r: r.choice(["sk_live_", "sk_test_"]) + rnd(r, ALNUM, 40), ["CLERK_SECRET_KEY"],
  "infra", pfx="sk_live_", url="https://api.clerk.com/v1/users")
P("Resend", "api-key", lambda r: "re_" + rnd(r, ALNUM, 8) + "_" + rnd(r, ALNUM, 24), ["RESEND_API_KEY"], "infra",
  pfx="re_", url="https://api.resend.com/emails")
P("Linear", "personal-api-key", lambda r: "lin_api_" + rnd(r, ALNUM, 40), ["LINEAR_API_KEY"], "infra",
  pfx="lin_api_", hdr="authorization", url="https://api.linear.app/graphql")
P("Notion", "integration-token", lambda r: "ntn_" + rnd(r, DIG, 11) + rnd(r, ALNUM, 35),
  ["NOTION_TOKEN", "NOTION_API_KEY"], "infra", pfx="ntn_", url="https://api.notion.com/v1/search",
  mcp="@notionhq/notion-mcp-server")
P("Notion", "legacy-integration-secret", lambda r: "secret_" + rnd(r, ALNUM, 43), ["NOTION_API_KEY"], "infra",
  pfx="secret_", url="https://api.notion.com/v1/search")
P("Doppler", "service-token", lambda r: "dp.st." + r.choice(["prd", "stg", "dev"]) + "." + rnd(r, ALNUM, 43),
  ["DOPPLER_TOKEN"], "infra", pfx="dp.st.", url="https://api.doppler.com/v3/configs/config/secrets/download")
P("Doppler", "personal-token", lambda r: "dp.pt." + rnd(r, ALNUM, 43), ["DOPPLER_TOKEN"], "infra", pfx="dp.pt.",
  url="https://api.doppler.com/v3/workplace")
P("Infisical", "service-token", lambda r: "st." + rnd(r, HEX, 24) + "." + rnd(r, HEX, 32) + "." + rnd(r, HEX, 32),
  ["INFISICAL_TOKEN"], "infra", pfx="st.", url="https://app.infisical.com/api/v3/secrets/raw")


def _ops(r):
    d = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
         "iterations": 650000, "salt": b64u(rbytes(r, 16))},
         "email": rnd(r, LALNUM, 13) + "@1passwordserviceaccounts.com",
         "srpX": rbytes(r, 32).hex(), "muk": {"alg": "A256GCM", "ext": True, "k": b64u(rbytes(r, 32)),
                                            "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
         "secretKey": "A3-" + rnd(r, UP + DIG, 6) + "-" + rnd(r, UP + DIG, 6) + "-" + rnd(r, UP + DIG, 5) + "-"
                      + rnd(r, UP + DIG, 5) + "-" + rnd(r, UP + DIG, 5) + "-" + rnd(r, UP + DIG, 5),
         "throttleSecret": {"seed": rbytes(r, 32).hex(), "uuid": uuid4(r)}, "deviceUuid": rnd(r, LALNUM, 26)}
    return "ops_" + b64(json.dumps(d, separators=(",", ":")).encode()).rstrip("=")


P("1Password", "service-account-token", _ops, ["OP_SERVICE_ACCOUNT_TOKEN"], "infra", pfx="ops_ey", slug="1password",
  url="https://my.1password.com/api/v1/vaults")
GH = dict(slug="github", url="https://api.github.com/user", mcp="@modelcontextprotocol/server-github")
P("GitHub", "classic-pat", lambda r: crc_tok(r, "ghp_"), ["GITHUB_TOKEN", "GITHUB_PERSONAL_ACCESS_TOKEN", "GH_TOKEN"],
  "infra", pfx="ghp_", **GH)
P("GitHub", "fine-grained-pat", lambda r: "github_pat_11" + rnd(r, UP + DIG, 20) + "_" + rnd(r, ALNUM, 59),
  ["GITHUB_PERSONAL_ACCESS_TOKEN", "GH_TOKEN"], "infra", pfx="github_pat_", **GH)
P("GitHub", "oauth-token", lambda r: crc_tok(r, "gho_"), ["GITHUB_OAUTH_TOKEN", "GH_TOKEN"], "infra", pfx="gho_", **GH)
P("GitHub", "user-to-server-token", lambda r: crc_tok(r, "ghu_"), ["GITHUB_USER_TOKEN"], "infra", pfx="ghu_", **GH)
P("GitHub", "installation-token", lambda r: crc_tok(r, "ghs_"), ["GITHUB_APP_TOKEN", "GH_TOKEN"], "infra", pfx="ghs_", **GH)
P("GitHub", "refresh-token", lambda r: crc_tok(r, "ghr_"), ["GITHUB_REFRESH_TOKEN"], "infra", pfx="ghr_", **GH)
GL = dict(slug="gitlab", hdr="PRIVATE-TOKEN", url="https://gitlab.com/api/v4/projects")
P("GitLab", "personal-access-token", lambda r: "glpat-" + rnd(r, B64U, 20), ["GITLAB_TOKEN", "GITLAB_PERSONAL_ACCESS_TOKEN"],
  "infra", pfx="glpat-", **GL)
P("GitLab", "deploy-token", lambda r: "gldt-" + rnd(r, B64U, 20), ["GITLAB_DEPLOY_TOKEN", "CI_DEPLOY_PASSWORD"],
  "infra", pfx="gldt-", **GL)
P("GitLab", "runner-auth-token", lambda r: "glrt-" + rnd(r, B64U, 20), ["RUNNER_TOKEN", "CI_SERVER_TOKEN"],
  "infra", pfx="glrt-", **GL)
P("GitLab", "pipeline-trigger-token", lambda r: "glptt-" + rnd(r, HEX, 40), ["GITLAB_TRIGGER_TOKEN"],
  "infra", pfx="glptt-", **GL)


def _sntrys(r):
    payload = {"iat": round(iat(r) + r.random(), 6), "url": "https://sentry.io", "region_url": "https://us.sentry.io",
               "org": r.choice(["acme-labs", "northwind", "tinyfish", "orbit-ai"])}
    return "sntrys_" + b64(json.dumps(payload, separators=(",", ":")).encode()).rstrip("=") + "_" + rnd(r, ALNUM, 43)


P("Sentry", "org-auth-token", _sntrys, ["SENTRY_AUTH_TOKEN"], "infra", pfx="sntrys_",
  url="https://sentry.io/api/0/organizations/", mcp="@sentry/mcp-server")
P("Sentry", "user-auth-token", lambda r: "sntryu_" + rnd(r, HEX, 64), ["SENTRY_AUTH_TOKEN"], "infra", pfx="sntryu_",
  url="https://sentry.io/api/0/projects/")


def _glsa(r):
    body = rnd(r, ALNUM, 32)
    return "glsa_" + body + "_" + "%08x" % (zlib.crc32(("glsa_" + body).encode()) & 0xFFFFFFFF)


P("Grafana", "service-account-token", _glsa, ["GRAFANA_SERVICE_ACCOUNT_TOKEN", "GRAFANA_API_KEY"], "infra",
  pfx="glsa_", url="https://acme.grafana.net/api/dashboards/uid/k8s-overview", mcp="mcp-grafana")
P("PostHog", "personal-api-key", lambda r: "phx_" + rnd(r, ALNUM, 47), ["POSTHOG_PERSONAL_API_KEY"], "infra",
  pfx="phx_", url="https://us.posthog.com/api/projects/")
P("Figma", "personal-access-token", lambda r: "figd_" + rnd(r, B64U, 40), ["FIGMA_ACCESS_TOKEN", "FIGMA_API_KEY"],
  "infra", pfx="figd_", hdr="X-Figma-Token", url="https://api.figma.com/v1/me", mcp="figma-developer-mcp")
P("Shopify", "admin-api-access-token", lambda r: "shpat_" + rnd(r, HEX, 32), ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_API_TOKEN"],
  "infra", pfx="shpat_", hdr="X-Shopify-Access-Token",
  url="https://acme-outfitters.myshopify.com/admin/api/2025-01/products.json")
P("Shopify", "app-shared-secret", lambda r: "shpss_" + rnd(r, HEX, 32), ["SHOPIFY_API_SECRET"], "infra",
  pfx="shpss_", hdr="X-Shopify-Access-Token", url="https://acme-outfitters.myshopify.com/admin/oauth/access_token")
ST = dict(slug="stripe", url="https://api.stripe.com/v1/charges", mcp="@stripe/mcp")
P("Stripe", "secret-key", lambda r: "sk_live_51" + rnd(r, ALNUM, r.choice([22, 97])), ["STRIPE_SECRET_KEY"], "infra",
  pfx="sk_live_", **ST)
P("Stripe", "restricted-key", lambda r: "rk_live_51" + rnd(r, ALNUM, r.choice([22, 97])), ["STRIPE_RESTRICTED_KEY", "STRIPE_API_KEY"],
  "infra", pfx="rk_live_", **ST)
P("Twilio", "auth-token", lambda r: rnd(r, HEX, 32), ["TWILIO_AUTH_TOKEN"], "infra", hdr="twilio",
  url="https://api.twilio.com/2010-04-01/Accounts/AC3f9a1e27b4c85d60e9f2a7b13c4d58e6/Messages.json")
P("SendGrid", "api-key", lambda r: "SG." + rnd(r, B64U, 22) + "." + rnd(r, B64U, 43), ["SENDGRID_API_KEY"], "infra",
  pfx="SG.", url="https://api.sendgrid.com/v3/mail/send")
P("Postmark", "server-token", lambda r: uuid4(r), ["POSTMARK_SERVER_TOKEN", "POSTMARK_API_TOKEN"], "infra",
  hdr="X-Postmark-Server-Token", url="https://api.postmarkapp.com/email")
P("HashiCorp Vault", "service-token", lambda r: "hvs.CAESI" + rnd(r, B64U, 86), ["VAULT_TOKEN"], "infra",
  pfx="hvs.", slug="vault", hdr="X-Vault-Token", url="https://vault.internal.acme.dev:8200/v1/secret/data/app")
P("Terraform Cloud", "api-token", lambda r: rnd(r, ALNUM, 14) + ".atlasv1." + rnd(r, ALNUM, 67),
  ["TF_API_TOKEN", "TFE_TOKEN"], "infra", pfx="atlasv1", slug="terraform",
  url="https://app.terraform.io/api/v2/organizations")
P("Docker Hub", "personal-access-token", lambda r: "dckr_pat_" + rnd(r, B64U, 27), ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"],
  "infra", pfx="dckr_pat_", slug="docker", url="https://hub.docker.com/v2/repositories/acme/")
P("npm", "access-token", lambda r: crc_tok(r, "npm_"), ["NPM_TOKEN", "NODE_AUTH_TOKEN"], "infra", pfx="npm_",
  url="https://registry.npmjs.org/-/whoami")
P("PyPI", "api-token", lambda r: "pypi-AgEIcHlwaS5vcmcCJD" + b64u(rbytes(r, 112)), ["PYPI_API_TOKEN", "TWINE_PASSWORD"],
  "infra", pfx="pypi-", url="https://upload.pypi.org/legacy/")
P("Cloudflare", "api-token", lambda r: rnd(r, B64U, 40), ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], "infra",
  url="https://api.cloudflare.com/client/v4/user/tokens/verify")
P("Modal", "token-secret", lambda r: "as-" + rnd(r, ALNUM, 22), ["MODAL_TOKEN_SECRET"], "ai", pfx="as-",
  url="https://api.modal.com/")

# ---- connection URLs (needle = password)


def _pg_supabase(r, pw):
    ref = "qzvbmlkfhxtwyrnpdsgc"
    return f"postgresql://postgres.{ref}:{pw}@aws-0-eu-central-1.pooler.supabase.com:6543/postgres"


def _pg_neon(r, pw):
    return f"postgresql://neondb_owner:{pw}@ep-cool-darkness-a5k2lq9m-pooler.us-east-2.aws.neon.tech/neondb?sslmode=require"


def _redis_upstash(r, pw):
    return f"rediss://default:{pw}@fine-koala-31377.upstash.io:6379"


def _mongo_atlas(r, pw):
    return f"mongodb+srv://app_rw:{pw}@cluster0.k3x9q.mongodb.net/rag?retryWrites=true&w=majority&appName=Cluster0"


def _pg_railway(r, pw):
    return f"postgresql://postgres:{pw}@junction.proxy.rlwy.net:41877/railway"


def _pg_render(r, pw):
    return f"postgresql://app_user:{pw}@dpg-cr5ki9lds78s73b2gq0g-a.oregon-postgres.render.com/app_db_x7k1"


def _mysql_ps(r, pw):
    return f"mysql://k2x9p1m3q7w4n8v6z5t0:{pw}@aws.connect.psdb.cloud/shop?sslaccept=strict"


DBU = dict(cat="db")
P("Supabase", "postgres-password", lambda r: human_pw(r, True) if r.random() < 0.5 else rnd(r, ALNUM, 16),
  ["DATABASE_URL", "SUPABASE_DB_URL"], wrap=_pg_supabase, slug="supabase", **DBU)
P("Neon", "postgres-password", lambda r: "npg_" + rnd(r, ALNUM, 12), ["DATABASE_URL", "POSTGRES_URL"],
  wrap=_pg_neon, slug="neon", **DBU)
P("Upstash", "redis-password", lambda r: "A" + r.choice("XYZ") + rnd(r, ALNUM, 4) + "AAIjcD" + rnd(r, ALNUM, 30),
  ["REDIS_URL", "UPSTASH_REDIS_URL"], wrap=_redis_upstash, slug="upstash", **DBU)
P("MongoDB Atlas", "mongodb-password", lambda r: human_pw(r, True) if r.random() < 0.6 else rnd(r, ALNUM, 16),
  ["MONGODB_URI", "MONGO_URL"], wrap=_mongo_atlas, slug="mongodb", **DBU)
P("Railway", "postgres-password", lambda r: rnd(r, UP + LOW, 32), ["DATABASE_URL", "DATABASE_PUBLIC_URL"],
  wrap=_pg_railway, slug="railway", **DBU)
P("Render", "postgres-password", lambda r: rnd(r, ALNUM, 32), ["DATABASE_URL"], wrap=_pg_render, slug="render", **DBU)
P("PlanetScale", "database-password", lambda r: "pscale_pw_" + rnd(r, B64U, 43), ["DATABASE_URL"],
  wrap=_mysql_ps, slug="planetscale", **DBU)

# --------------------------------------------------------------------------
# value slot
GENERIC = ["LLM_KEY", "API_KEY", "AUTH", "TOKEN", "SECRET", "ACCESS_TOKEN", "SERVICE_TOKEN", "KEY",
           "PROVIDER_KEY", "AUTH_TOKEN", "BEARER", "APP_SECRET", "MODEL_API_KEY", "CREDS"]
GENERIC_DB = ["DB_URL", "DSN", "CONN", "PG_URL", "STORE_URL", "PRIMARY_DB"]

REF = {
    "py": ['os.environ["@E"]', 'os.getenv("@E")', 'os.environ.get("@E")'],
    "js": ["process.env.@E", 'process.env["@E"]', "process.env.@E!"],
    "go": ['os.Getenv("@E")'],
    "rs": ['std::env::var("@E")?'],
    "cursor": ["${env:@E}"],
    "dotmcp": ["${@E}", "${@E:-}"],
    "vscode": ["${input:@e}"],
    "compose": ["${@E}", "${@E:?set @E in .env}", "$@E"],
    "gha": ["${{ secrets.@E }}"],
    "sh": ["$@E", "${@E}", "${@E:?missing}"],
    "dotenv": ["${@E}"],
    "devc": ["${localEnv:@E}"],
    "http": ["{{@e}}", "{{$dotenv @E}}", "{{$processEnv @E}}"],
    "litellm": ["os.environ/@E"],
    "promptfoo": ["{{ env.@E }}"],
    "contyaml": ["${{ secrets.@E }}"],
    "vercel": ["@@e"],
    "k8s": [],
    "envrc": ['$(op read "op://Engineering/@E/credential")', "$(doppler secrets get @E --plain)",
              "$(vault kv get -field=value secret/dev/@e)", '"$(pass show dev/@e)"', "${@E:-}"],
    "npmrc": ["${NPM_TOKEN}", "${NODE_AUTH_TOKEN}"],
    "glci": ["$@E", "${@E}"],
}


class Slot:
    def __init__(self, r, p, name, raw=None, needle=None, ref_env=None):
        self.r, self.p, self.name, self.raw, self.needle = r, p, name, raw, needle
        self.ref_env = ref_env
        self.is_ref = ref_env is not None
        self.q = r.choice(['"', '"', "'"])
        self.argmode = False

    @property
    def generic(self):
        return self.name not in self.p["env"]

    def v(self, lang):
        if not self.is_ref:
            s = self.raw
            if lang in ("py", "js"):
                return self.q + s + self.q
            if lang in ("go", "rs"):
                return '"' + s + '"' + (".to_string()" if lang == "rs" else "")
            return s
        E = self.ref_env
        e = E.lower().replace("_", "-")
        if not REF.get(lang):
            lang = self.lang
        return self.r.choice(REF[lang]).replace("@E", E).replace("@e", e)


# --------------------------------------------------------------------------
# TEMPLATES
TEMPLATES = []


def T(ftype, cats=("llm", "ai", "infra", "db"), ref=None, only=None, w=1.0):
    def deco(f):
        TEMPLATES.append(dict(f=f, ftype=ftype, cats=set(cats), ref=ref, only=only, w=w))
        return f
    return deco


def J(o):
    return json.dumps(o, indent=2) + "\n"


PROJ = ["rag-assistant", "support-bot", "acme-web", "agent-lab", "docs-search", "voice-notes", "invoice-ai",
        "shopfront", "mcp-playground", "eval-harness", "kb-chat", "studio"]
USERS = ["marek", "kasia", "jdoe", "ingrid", "rafa", "sanne", "priya", "mateo", "noor", "oskar"]


def pick(r, *xs):
    return r.choice(xs)


def mcp_server(c):
    p = c.p
    pkg = p.get("mcp") or f"@{p['slug']}/mcp-server"
    if p["cat"] == "db":
        url = c.v("raw")
        if url.startswith("postgres"):
            return "postgres", {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres", url]}
        if url.startswith("redis"):
            return "redis", {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-redis", url]}
        if url.startswith("mongodb"):
            return "mongodb", {"command": "npx", "args": ["-y", "mongodb-mcp-server"],
                               "env": {"MDB_MCP_CONNECTION_STRING": url}}
        return "mysql", {"command": "npx", "args": ["-y", "@benborla29/mcp-server-mysql"], "env": {c.name: url}}
    name = p["slug"]
    cmd = "uvx" if pkg in ("elevenlabs-mcp", "mcp-grafana") else "npx"
    args = [] if cmd == "uvx" else ["-y"]
    args.append(pkg)
    if c.argmode:
        flag = pick(c.r, "--api-key", "--access-token", "--token")
        if c.r.random() < 0.5:
            args += [flag, c.v("raw")]
        else:
            args.append(flag + "=" + c.v("raw"))
        return name, {"command": cmd, "args": args}
    return name, {"command": cmd, "args": args, "env": {c.name: c.v(c.lang)}}


def _mcp_doc(c, key="mcpServers", extra_type=False):
    r = c.r
    servers = {}
    if r.random() < 0.6:
        servers["filesystem"] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem",
                                                            f"/Users/{r.choice(USERS)}/code/{r.choice(PROJ)}"]}
    name, srv = mcp_server(c)
    if extra_type:
        srv = dict(type="stdio", **srv)
    servers[name] = srv
    if r.random() < 0.5:
        servers["fetch"] = {"command": "uvx", "args": ["mcp-server-fetch"]}
    if r.random() < 0.3:
        servers["memory"] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory"]}
    return {key: servers}


@T("claude_desktop_config.json", w=2.5)
def t_claude(c):
    c.lang = "raw"
    return pick(c.r, "claude_desktop_config.json", "config/claude_desktop_config.json",
                "dotfiles/claude/claude_desktop_config.json"), J(_mcp_doc(c))


@T(".cursor/mcp.json", ref="cursor", w=2.5)
def t_cursor(c):
    c.lang = "cursor"
    return ".cursor/mcp.json", J(_mcp_doc(c))


@T(".mcp.json", ref="dotmcp", w=2.5)
def t_dotmcp(c):
    c.lang = "dotmcp"
    return ".mcp.json", J(_mcp_doc(c, extra_type=True))


@T(".vscode/mcp.json", ref="vscode", w=2.5)
def t_vscode(c):
    c.lang = "vscode"
    d = _mcp_doc(c, key="servers", extra_type=True)
    if c.is_ref:
        e = c.ref_env.lower().replace("_", "-")
        d = {"inputs": [{"type": "promptString", "id": e, "description": f"{c.p['provider']} key",
                         "password": True}], **d}
    return ".vscode/mcp.json", J(d)


# ---------------- python agent code
def py_client(c, var="client", compat=False):
    """Return (imports, lines) creating an SDK client for LLM providers."""
    p = c.p
    k = c.v("py")
    sdk = p.get("sdk")
    if sdk == "anthropic":
        return ["import anthropic"], [f"{var} = anthropic.Anthropic(api_key={k})"]
    if compat:
        pass
    elif p["slug"] == "gemini" and c.r.random() < 0.5:
        return ["from google import genai"], [f"{var} = genai.Client(api_key={k})"]
    if p["slug"] == "azure":
        return ["from openai import AzureOpenAI"], [
            f"{var} = AzureOpenAI(", f"    api_key={k},", '    api_version="2024-10-21",',
            f'    azure_endpoint="https://contoso-eastus2.openai.azure.com",', ")"]
    if compat:
        pass
    elif p["slug"] == "groq" and c.r.random() < 0.5:
        return ["from groq import Groq"], [f"{var} = Groq(api_key={k})"]
    elif p["slug"] == "mistral" and c.r.random() < 0.5:
        return ["from mistralai import Mistral"], [f"{var} = Mistral(api_key={k})"]
    elif p["slug"] == "cohere" and c.r.random() < 0.5:
        return ["import cohere"], [f"{var} = cohere.ClientV2(api_key={k})"]
    base = p.get("base")
    lines = [f"{var} = OpenAI(", f"    api_key={k},"]
    if base:
        lines.append(f'    base_url="{base}",')
    lines.append(")")
    return ["from openai import OpenAI"], lines


def py_keyline(c, indent=""):
    """Module-level assignment of the value, returns (line, varname)."""
    var = c.name if c.r.random() < 0.6 else c.name.lower()
    return f"{indent}{var} = {c.v('py')}", var


@T("python-openai-sdk", cats=("llm",), ref="py")
def t_py_sdk(c):
    r = c.r
    imps, cl = py_client(c)
    model = c.p.get("model", "gpt-4o-mini")
    if c.p.get("sdk") == "anthropic":
        call = ["    msg = client.messages.create(", f'        model="{model}",', "        max_tokens=1024,",
                '        messages=[{"role": "user", "content": prompt}],', "    )", "    return msg.content[0].text"]
    elif "genai.Client" in cl[0]:
        call = [f'    resp = client.models.generate_content(model="{model}", contents=prompt)', "    return resp.text"]
    elif "ClientV2" in cl[0]:
        call = [f'    resp = client.chat(model="{model}", messages=[{{"role": "user", "content": prompt}}])',
                "    return resp.message.content[0].text"]
    elif "Mistral(" in cl[0]:
        call = [f'    resp = client.chat.complete(model="{model}", messages=[{{"role": "user", "content": prompt}}])',
                "    return resp.choices[0].message.content"]
    else:
        call = ["    resp = client.chat.completions.create(", f'        model="{model}",',
                '        messages=[{"role": "system", "content": SYSTEM},', '                  {"role": "user", "content": prompt}],',
                f"        temperature={r.choice(['0', '0.2', '0.7'])},", "    )", "    return resp.choices[0].message.content"]
    lines = ['"""Thin wrapper around the chat model used by the summarizer."""', "import os", "import sys", *imps, "",
             f'SYSTEM = "You are a concise assistant for the {r.choice(PROJ)} project."', "", *cl, "", "",
             "def ask(prompt: str) -> str:", *call, "", "", 'if __name__ == "__main__":',
             '    print(ask(" ".join(sys.argv[1:]) or "Summarize the last release notes."))']
    path = pick(r, "app/llm.py", "src/llm_client.py", "scripts/ask.py", f"{r.choice(PROJ).replace('-', '_')}/model.py")
    return path, "\n".join(lines) + "\n"


@T("python-langchain", cats=("llm",), ref="py")
def t_langchain(c):
    r, p = c.r, c.p
    mod, cls, kw = p.get("lc") or ("langchain_openai", "ChatOpenAI", "api_key")
    extra = []
    if cls == "ChatOpenAI" and p.get("base"):
        extra = [f'    base_url="{p["base"]}",']
    lines = ["import os", "", "from langchain_core.prompts import ChatPromptTemplate", "from langchain_core.output_parsers import StrOutputParser",
             f"from {mod} import {cls}", "", f"llm = {cls}(", f'    model="{p.get("model")}",', f"    {kw}={c.v('py')},", *extra,
             f"    temperature={r.choice(['0', '0.1', '0.3'])},", ")", "",
             "prompt = ChatPromptTemplate.from_messages([", '    ("system", "Answer using only the provided context.\\n\\n{context}"),',
             '    ("human", "{question}"),', "])", "", "chain = prompt | llm | StrOutputParser()", "",
             'if __name__ == "__main__":', '    print(chain.invoke({"context": open("notes.md").read(), "question": "What changed?"}))']
    return pick(r, "chains/qa.py", "app/chain.py", "rag/pipeline.py", "notebooks/lc_demo.py"), "\n".join(lines) + "\n"


@T("python-llamaindex", cats=("llm",), ref="py")
def t_llamaindex(c):
    r, p = c.r, c.p
    if p.get("sdk") == "anthropic":
        imp, ctor = "from llama_index.llms.anthropic import Anthropic", f'Anthropic(model="{p["model"]}", api_key={c.v("py")})'
    elif p.get("base"):
        imp = "from llama_index.llms.openai_like import OpenAILike"
        ctor = f'OpenAILike(model="{p["model"]}", api_base="{p["base"]}", api_key={c.v("py")}, is_chat_model=True)'
    else:
        imp, ctor = "from llama_index.llms.openai import OpenAI", f'OpenAI(model="{p["model"]}", api_key={c.v("py")})'
    lines = ["import os", "from llama_index.core import Settings, SimpleDirectoryReader, VectorStoreIndex", imp,
             "from llama_index.embeddings.huggingface import HuggingFaceEmbedding", "",
             f"Settings.llm = {ctor}", 'Settings.embed_model = HuggingFaceEmbedding(model_name="BAAI/bge-small-en-v1.5")', "",
             'docs = SimpleDirectoryReader("./data").load_data()', "index = VectorStoreIndex.from_documents(docs)",
             f"engine = index.as_query_engine(similarity_top_k={r.randint(2, 6)})", "",
             'if __name__ == "__main__":', '    print(engine.query("Which customers churned last quarter?"))']
    return pick(r, "index_docs.py", "llamaindex_app/query.py", "src/retrieval.py"), "\n".join(lines) + "\n"


@T("python-crewai", cats=("llm",), ref="py")
def t_crewai(c):
    r, p = c.r, c.p
    lite = p.get("lite", "openai/gpt-4o-mini")
    lines = ["import os", "", "from crewai import Agent, Crew, LLM, Process, Task", "",
             f'llm = LLM(model="{lite}", api_key={c.v("py")}, temperature=0.2)', "",
             "researcher = Agent(", '    role="Market researcher",', '    goal="Find three credible sources on {topic}",',
             '    backstory="Ex-analyst who hates fluff.",', "    llm=llm,", ")",
             "writer = Agent(role=\"Writer\", goal=\"Write a 200-word brief\", backstory=\"Tech journalist\", llm=llm)", "",
             "research = Task(description=\"Research {topic}\", expected_output=\"Bullet list with URLs\", agent=researcher)",
             "brief = Task(description=\"Write the brief\", expected_output=\"Markdown\", agent=writer)", "",
             "crew = Crew(agents=[researcher, writer], tasks=[research, brief], process=Process.sequential)", "",
             'if __name__ == "__main__":', f'    print(crew.kickoff(inputs={{"topic": "{r.choice(["edge inference", "vector databases", "agent evals"])}"}}))']
    return pick(r, "crew/main.py", "src/crew.py", "agents/research_crew.py"), "\n".join(lines) + "\n"


@T("typescript-ai-sdk", cats=("llm",), ref="js")
def t_aisdk(c):
    r, p = c.r, c.p
    k = c.v("js")
    if p.get("sdk") == "anthropic":
        imp, mk = "import { createAnthropic } from '@ai-sdk/anthropic';", f"const anthropic = createAnthropic({{ apiKey: {k} }});"
        model = f"anthropic('{p['model']}')"
    elif p["slug"] == "gemini":
        imp = "import { createGoogleGenerativeAI } from '@ai-sdk/google';"
        mk = f"const google = createGoogleGenerativeAI({{ apiKey: {k} }});"
        model = f"google('{p['model']}')"
    else:
        imp = "import { createOpenAI } from '@ai-sdk/openai';"
        base = f", baseURL: '{p['base']}'" if p.get("base") else ""
        mk = f"const provider = createOpenAI({{ apiKey: {k}{base} }});"
        model = f"provider('{p['model']}')"
    lines = ["import { streamText } from 'ai';", imp, "", mk, "", "export const maxDuration = 30;", "",
             "export async function POST(req: Request) {", "  const { messages } = await req.json();", "",
             "  const result = streamText({", f"    model: {model},", "    system: 'You are a helpful support agent.',",
             "    messages,", "  });", "", "  return result.toDataStreamResponse();", "}"]
    return pick(r, "app/api/chat/route.ts", "src/app/api/chat/route.ts", "apps/web/app/api/assistant/route.ts"), "\n".join(lines) + "\n"


def js_init(c):
    p = c.p
    k = c.v("js")
    s = p["slug"]
    if p.get("sdk") == "anthropic":
        return ["import Anthropic from '@anthropic-ai/sdk';"], [f"const client = new Anthropic({{ apiKey: {k} }});"]
    if p["cat"] == "llm":
        base = f"\n  baseURL: '{p['base']}'," if p.get("base") else ""
        return ["import OpenAI from 'openai';"], [f"const client = new OpenAI({{\n  apiKey: {k},{base}\n}});"]
    table = {
        "pinecone": ("import { Pinecone } from '@pinecone-database/pinecone';", "const client = new Pinecone({ apiKey: %s });"),
        "replicate": ("import Replicate from 'replicate';", "const client = new Replicate({ auth: %s });"),
        "resend": ("import { Resend } from 'resend';", "const client = new Resend(%s);"),
        "linear": ("import { LinearClient } from '@linear/sdk';", "const client = new LinearClient({ apiKey: %s });"),
        "notion": ("import { Client } from '@notionhq/client';", "const client = new Client({ auth: %s });"),
        "stripe": ("import Stripe from 'stripe';", "const client = new Stripe(%s);"),
        "github": ("import { Octokit } from '@octokit/rest';", "const client = new Octokit({ auth: %s });"),
        "elevenlabs": ("import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js';", "const client = new ElevenLabsClient({ apiKey: %s });"),
        "supabase": ("import { createClient } from '@supabase/supabase-js';",
                     "const client = createClient('https://qzvbmlkfhxtwyrnpdsgc.supabase.co', %s);"),
        "turso": ("import { createClient } from '@libsql/client';",
                  "const client = createClient({ url: 'libsql://shop-acme.aws-eu-west-1.turso.io', authToken: %s });"),
        "upstash": ("import { Redis } from '@upstash/redis';",
                    "const client = new Redis({ url: 'https://eu2-fine-koala-31377.upstash.io', token: %s });"),
        "sendgrid": ("import sgMail from '@sendgrid/mail';", "sgMail.setApiKey(%s);"),
        "groq": ("import Groq from 'groq-sdk';", "const client = new Groq({ apiKey: %s });"),
    }
    if s in table:
        imp, ln = table[s]
        return [imp], [ln % k]
    return [], [f"const API_KEY = {k};", "const headers = { Authorization: `Bearer ${API_KEY}` };"]


@T("typescript-sdk-init", cats=("llm", "ai", "infra"), ref="js", w=1.5)
def t_ts_init(c):
    r = c.r
    imps, init = js_init(c)
    url = c.p.get("url", "https://api.example.com")
    lines = [*imps, "import { z } from 'zod';", "", *init, "",
             "const Input = z.object({ id: z.string().min(1) });", "",
             "export async function handler(raw: unknown) {", "  const { id } = Input.parse(raw);",
             f"  // {c.p['provider']} call; see {url.split('/')[2]}", "  console.log('processing', id);",
             "  return { ok: true, id };", "}"]
    if not imps:
        lines[lines.index("  console.log('processing', id);")] = f"  const res = await fetch('{url}', {{ headers }});\n  if (!res.ok) throw new Error(`upstream ${{res.status}}`);"
    return pick(r, "src/lib/client.ts", "lib/providers.ts", "server/services/%s.ts" % c.p["slug"], "src/index.ts"), "\n".join(lines) + "\n"


def auth_header(c, val):
    h = c.p["hdr"]
    if h == "bearer":
        return "Authorization", "Bearer " + val
    if h == "token":
        return "Authorization", "Token " + val
    if h == "authorization":
        return "Authorization", val
    if h == "basic" or h == "twilio":
        return "Authorization", "Bearer " + val
    return h, val


@T("go", cats=("llm", "ai", "infra"), ref="go")
def t_go(c):
    r = c.r
    url = c.p.get("url", "https://api.example.com")
    hk, hv = auth_header(c, "%s")
    lines = ["package main", "", "import (", '\t"fmt"', '\t"io"', '\t"net/http"', '\t"os"', '\t"time"', ")", "",
             f"var apiKey = {c.v('go')}", "", "func main() {",
             f'\treq, err := http.NewRequest("GET", "{url}", nil)', "\tif err != nil {", "\t\tpanic(err)", "\t}",
             f'\treq.Header.Set("{hk}", fmt.Sprintf("{hv}", apiKey))' if "%s" in hv else f'\treq.Header.Set("{hk}", apiKey)',
             "\tcli := &http.Client{Timeout: 20 * time.Second}", "\tresp, err := cli.Do(req)", "\tif err != nil {",
             '\t\tfmt.Fprintln(os.Stderr, err)', "\t\tos.Exit(1)", "\t}", "\tdefer resp.Body.Close()",
             "\tbody, _ := io.ReadAll(resp.Body)", '\tfmt.Println(resp.Status, len(body))', "}"]
    if c.is_ref:
        lines = [l for l in lines]
    return pick(r, "cmd/probe/main.go", "main.go", "internal/tools/ping/main.go"), "\n".join(lines) + "\n"


@T("rust", cats=("llm", "ai", "infra"), ref="rs")
def t_rust(c):
    r = c.r
    url = c.p.get("url", "https://api.example.com")
    hk, hv = auth_header(c, "{}")
    lines = ["use reqwest::header::{HeaderMap, HeaderValue};", "use std::error::Error;", "", "#[tokio::main]",
             "async fn main() -> Result<(), Box<dyn Error>> {", f"    let api_key = {c.v('rs')};",
             "    let mut headers = HeaderMap::new();",
             f'    headers.insert("{hk.lower()}", HeaderValue::from_str(&format!("{hv}", api_key))?);',
             "    let client = reqwest::Client::builder().default_headers(headers).build()?;",
             f'    let resp = client.get("{url}").send().await?;', '    println!("status: {}", resp.status());',
             "    Ok(())", "}"]
    return pick(r, "src/main.rs", "examples/ping.rs", "crates/agent/src/bin/probe.rs"), "\n".join(lines) + "\n"


@T("jupyter-notebook", cats=("llm", "ai", "infra", "db"), ref="py", w=2.0)
def t_ipynb(c):
    r, p = c.r, c.p

    def cell(src, kind="code"):
        d = {"cell_type": kind, "metadata": {}, "source": [l + "\n" for l in src[:-1]] + [src[-1]]}
        if kind == "code":
            d.update(execution_count=None, outputs=[])
        return d
    style = r.random()
    if not c.is_ref and style < 0.35:
        keycell = [f"%env {c.name}={c.raw}"]
    elif style < 0.7:
        keycell = ["import os", f'os.environ["{c.name}"] = {c.v("py")}']
    else:
        keycell = [py_keyline(c)[0]]
    if p["cat"] == "llm":
        imps, cl = py_client(c) if style >= 0.7 else (
            (["import anthropic"], ["client = anthropic.Anthropic()"]) if c.p.get("sdk") == "anthropic" else
            (["from openai import OpenAI"], ["client = OpenAI(api_key=os.environ[%r]%s)" % (
                c.name, ", base_url=%r" % c.p["base"] if c.p.get("base") else "")]))
        if style >= 0.7:
            keycell = imps + cl
            work = ["resp = client.chat.completions.create(model=%r, messages=[{'role': 'user', 'content': 'hello'}])" % p.get("model"),
                    "resp"]
        else:
            work = imps + cl
    elif p["cat"] == "db":
        work = ["import sqlalchemy as sa", f"engine = sa.create_engine(os.environ[{c.name!r}])" if style < 0.7 else
                f"engine = sa.create_engine({py_keyline(c)[1]})", "pd.read_sql('select count(*) from documents', engine)"]
    else:
        work = ["import requests", f"r = requests.get({p.get('url', 'https://api.example.com')!r}, timeout=30)", "r.status_code"]
    nb = {"cells": [cell([f"# {p['provider']} exploration", "", "Scratch notebook, do not use in prod."], "markdown"),
                    cell(["import pandas as pd", "import os"]), cell(keycell), cell(work),
                    cell(["df = pd.DataFrame({'n': [1, 2, 3]})", "df.describe()"])],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                       "language_info": {"name": "python", "version": "3.11.7"}},
          "nbformat": 4, "nbformat_minor": 5}
    return pick(r, "notebooks/explore.ipynb", "notebooks/01-eval.ipynb", "scratch.ipynb", "experiments/rag_eval.ipynb"), json.dumps(nb, indent=1) + "\n"


@T("streamlit-secrets.toml")
def t_streamlit(c):
    r = c.r
    lines = ["# Streamlit secrets - .streamlit/secrets.toml", "", '[app]', f'title = "{r.choice(PROJ)}"', "debug = false", ""]
    if c.p["cat"] == "db":
        lines += ["[connections.postgresql]", 'dialect = "postgresql"', f'url = "{c.v("raw")}"']
    elif r.random() < 0.5 or c.p.get("decoy"):
        lines.insert(2, f'{c.name} = "{c.v("raw")}"')
    else:
        lines += [f"[{c.p['slug']}]", f'{pick(r, "api_key", "token", "key")} = "{c.v("raw")}"',
                  f'model = "{c.p.get("model", "default")}"']
    lines += ["", "[theme]", 'primaryColor = "#F63366"']
    return ".streamlit/secrets.toml", "\n".join(lines) + "\n"


@T("next.config.js", ref="js")
def t_next(c):
    r = c.r
    lines = ["/** @type {import('next').NextConfig} */", "const nextConfig = {", "  reactStrictMode: true,",
             "  images: { remotePatterns: [{ protocol: 'https', hostname: 'avatars.githubusercontent.com' }] },",
             "  env: {", f"    {c.name}: {c.v('js')},", "    NEXT_PUBLIC_APP_NAME: 'Acme Assistant',", "  },",
             "  experimental: { serverActions: { bodySizeLimit: '2mb' } },", "};", "", "module.exports = nextConfig;"]
    return pick(r, "next.config.js", "apps/web/next.config.js"), "\n".join(lines) + "\n"


@T("vercel.json", ref="vercel")
def t_vercel(c):
    d = {"$schema": "https://openapi.vercel.sh/vercel.json", "framework": "nextjs", "regions": ["iad1"],
         "env": {c.name: c.v("vercel")}, "crons": [{"path": "/api/cron/reindex", "schedule": "0 3 * * *"}]}
    return "vercel.json", J(d)


@T("wrangler.toml")
def t_wrangler(c):
    r = c.r
    lines = [f'name = "{r.choice(PROJ)}-worker"', 'main = "src/index.ts"', 'compatibility_date = "2025-03-10"',
             'compatibility_flags = ["nodejs_compat"]', "", "[ai]", 'binding = "AI"', "", "[[kv_namespaces]]",
             'binding = "CACHE"', f'id = "{rnd(r, HEX, 32)}"', "", "[vars]", 'ENVIRONMENT = "production"',
             f'{c.name} = "{c.v("raw")}"']
    return "wrangler.toml", "\n".join(lines) + "\n"


@T("netlify.toml")
def t_netlify(c):
    lines = ["[build]", '  command = "npm run build"', '  publish = ".next"', "", "[build.environment]",
             '  NODE_VERSION = "20"', f'  {c.name} = "{c.v("raw")}"', "", "[[plugins]]", '  package = "@netlify/plugin-nextjs"']
    return "netlify.toml", "\n".join(lines) + "\n"


@T("fly.toml")
def t_fly(c):
    r = c.r
    lines = [f"app = '{r.choice(PROJ)}'", "primary_region = 'ams'", "", "[build]", "", "[env]", "  PORT = '8080'",
             f"  {c.name} = '{c.v('raw')}'", "", "[http_service]", "  internal_port = 8080", "  force_https = true",
             "  auto_stop_machines = 'stop'", "  min_machines_running = 0", "", "[[vm]]", "  memory = '1gb'", "  cpus = 1"]
    return "fly.toml", "\n".join(lines) + "\n"


@T("render.yaml", ref="render")
def t_render(c):
    r = c.r
    kv = [f"      - key: {c.name}", "        sync: false"] if c.is_ref else [f"      - key: {c.name}", f"        value: {c.v('raw')}"]
    lines = ["services:", "  - type: web", f"    name: {r.choice(PROJ)}-api", "    runtime: python", "    plan: starter",
             "    buildCommand: pip install -r requirements.txt", "    startCommand: uvicorn app.main:app --host 0.0.0.0 --port $PORT",
             "    envVars:", "      - key: PYTHON_VERSION", "        value: 3.11.9", *kv]
    return "render.yaml", "\n".join(lines) + "\n"


@T("docker-compose.yml", ref="compose")
def t_compose(c):
    r = c.r
    val = c.v("compose")
    kv = pick(r, f"      {c.name}: {val}", f"      - {c.name}={val}")
    envblock = ["    environment:", kv] if not kv.startswith("      -") else ["    environment:", kv]
    lines = ["services:", "  api:", "    build: .", "    ports:", '      - "8000:8000"', *envblock,
             "      LOG_LEVEL: info" if not kv.startswith("      -") else "      - LOG_LEVEL=info",
             "    depends_on:", "      - qdrant", "  qdrant:", "    image: qdrant/qdrant:v1.12.4", "    volumes:",
             "      - qdrant_data:/qdrant/storage", "", "volumes:", "  qdrant_data:"]
    return pick(r, "docker-compose.yml", "compose.yaml", "deploy/docker-compose.yml"), "\n".join(lines) + "\n"


@T("github-actions-workflow", ref="gha")
def t_gha(c):
    r = c.r
    lines = ["name: eval", "", "on:", "  pull_request:", "  workflow_dispatch:", "", "jobs:", "  evals:",
             "    runs-on: ubuntu-latest", "    env:", f"      {c.name}: {c.v('gha')}", "    steps:",
             "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
             "          python-version: '3.12'", "      - run: pip install -r requirements.txt",
             "      - run: python -m pytest tests/evals -q"]
    return pick(r, ".github/workflows/evals.yml", ".github/workflows/ci.yml", ".github/workflows/nightly.yml"), "\n".join(lines) + "\n"


@T("devcontainer.json", ref="devc")
def t_devc(c):
    d = {"name": "agent-dev", "image": "mcr.microsoft.com/devcontainers/python:1-3.12-bookworm",
         "features": {"ghcr.io/devcontainers/features/node:1": {"version": "20"}},
         "remoteEnv": {c.name: c.v("devc")}, "postCreateCommand": "pip install -r requirements.txt",
         "customizations": {"vscode": {"extensions": ["ms-python.python", "ms-toolsai.jupyter"]}}}
    return ".devcontainer/devcontainer.json", J(d)


@T(".continue/config.json", cats=("llm",))
def t_continue(c):
    p = c.p
    prov = {"anthropic": "anthropic"}.get(p.get("sdk"), None) or {"gemini": "gemini", "mistral": "mistral", "groq": "groq",
                                                                  "deepseek": "deepseek", "openrouter": "openrouter",
                                                                  "together": "together", "cohere": "cohere"}.get(p["slug"], "openai")
    m = {"title": f"{p['provider']} main", "provider": prov, "model": p.get("model"), "apiKey": c.v("raw")}
    if prov == "openai" and p.get("base"):
        m["apiBase"] = p["base"]
    d = {"models": [m], "tabAutocompleteModel": {"title": "Local", "provider": "ollama", "model": "qwen2.5-coder:1.5b"},
         "contextProviders": [{"name": "code"}, {"name": "docs"}, {"name": "diff"}], "allowAnonymousTelemetry": False}
    return ".continue/config.json", J(d)


@T(".continue/config.yaml", cats=("llm",), ref="contyaml")
def t_continue_yaml(c):
    p = c.p
    lines = ["name: team-assistant", "version: 0.0.1", "schema: v1", "models:", f"  - name: {p['provider']}",
             f"    provider: {'anthropic' if p.get('sdk') == 'anthropic' else 'openai'}", f"    model: {p.get('model')}",
             f"    apiKey: {c.v('contyaml')}"]
    if p.get("base") and p.get("sdk") != "anthropic":
        lines.append(f"    apiBase: {p['base']}")
    lines += ["    roles:", "      - chat", "      - edit", "context:", "  - provider: code", "  - provider: diff"]
    return ".continue/config.yaml", "\n".join(lines) + "\n"


@T(".aider.conf.yml", cats=("llm",))
def t_aider(c):
    p = c.p
    lines = ["# aider config", f"model: {p.get('lite', 'gpt-4o')}", "auto-commits: false", "dark-mode: true", ""]
    if p.get("aider"):
        lines.append(f"{p['aider']}: {c.v('raw')}")
    else:
        lines += ["api-key:", f"  - {p['slug']}={c.v('raw')}"]
    lines += ["", "read:", "  - CONVENTIONS.md", "lint-cmd: ruff check"]
    return ".aider.conf.yml", "\n".join(lines) + "\n"


@T("litellm-config.yaml", cats=("llm",), ref="litellm")
def t_litellm(c):
    p = c.p
    lines = ["model_list:", "  - model_name: default", "    litellm_params:", f"      model: {p.get('lite')}",
             f"      api_key: {c.v('litellm')}"]
    if p["slug"] == "azure":
        lines.append("      api_base: https://contoso-eastus2.openai.azure.com")
    lines += ["  - model_name: local", "    litellm_params:", "      model: ollama/llama3.2", "      api_base: http://localhost:11434",
              "", "litellm_settings:", "  drop_params: true", "  num_retries: 2", "", "general_settings:",
              "  master_key: os.environ/LITELLM_MASTER_KEY"]
    return pick(c.r, "litellm/config.yaml", "proxy_config.yaml", "config.yaml"), "\n".join(lines) + "\n"


@T("promptfooconfig.yaml", cats=("llm",), ref="promptfoo")
def t_promptfoo(c):
    p = c.p
    pid = {"anthropic": "anthropic:messages:" + p.get("model", "")}.get(p.get("sdk"), None) or "openai:chat:" + p.get("model", "")
    lines = ["description: 'Support bot regression suite'", "", "prompts:", "  - file://prompts/support.txt", "", "providers:",
             f"  - id: {pid}", "    config:", f"      apiKey: {c.v('promptfoo')}"]
    if p.get("base") and p.get("sdk") != "anthropic":
        lines.append(f"      apiBaseUrl: {p['base']}")
    lines += ["      temperature: 0", "", "tests:", "  - vars:", "      question: How do I reset my password?",
              "    assert:", "      - type: contains", "        value: Settings"]
    return pick(c.r, "promptfooconfig.yaml", "evals/promptfooconfig.yaml"), "\n".join(lines) + "\n"


@T("http-request-file", cats=("llm", "ai", "infra"), ref="http")
def t_http(c):
    r = c.r
    url = c.p.get("url", "https://api.example.com")
    hk, hv = auth_header(c, c.v("http"))
    method = "POST" if any(x in url for x in ("chat", "messages", "generate", "send", "email", "search", "scrape", "embeddings")) else "GET"
    lines = [f"### {c.p['provider']} smoke test", f"{method} {url}", f"{hk}: {hv}", "Content-Type: application/json", ""]
    if method == "POST":
        lines += ["{", f'  "model": "{c.p.get("model", "default")}",', '  "input": "ping"', "}"]
    lines += ["", "###"]
    return pick(r, "requests/api.http", "http/smoke.http", f"{c.p['slug']}.http"), "\n".join(lines) + "\n"


@T("readme-markdown", ref="sh")
def t_readme(c):
    r = c.r
    val = c.v("sh")
    lines = [f"# {r.choice(PROJ)}", "", "Small demo wired to " + c.p["provider"] + ".", "", "## Quick start", "", "```bash",
             "git clone https://github.com/acme/%s.git" % r.choice(PROJ), "pip install -r requirements.txt",
             f"export {c.name}={val if c.is_ref else chr(34) + val + chr(34)}", "python main.py", "```", "",
             "## Notes", "", "- Tested with Python 3.11 and 3.12.", "- Rate limits apply; see the provider dashboard."]
    return pick(r, "README.md", "docs/quickstart.md", "examples/README.md"), "\n".join(lines) + "\n"


@T("shell-export", ref="sh")
def t_shell(c):
    r = c.r
    val = c.v("sh")
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", "# local dev bootstrap", 'cd "$(dirname "$0")/.."', "",
             f"export {c.name}=" + (val if c.is_ref else pick(r, '"%s"' % val, "'%s'" % val, val)),
             "export LOG_LEVEL=debug", "", "python -m venv .venv", "source .venv/bin/activate", "exec uvicorn app.main:app --reload"]
    return pick(r, "scripts/dev.sh", "bin/setup.sh", "run_local.sh"), "\n".join(lines) + "\n"


@T("shell-curl", cats=("llm", "ai", "infra"), ref="sh")
def t_curl(c):
    r = c.r
    url = c.p.get("url", "https://api.example.com")
    val = c.v("sh")
    if c.p["hdr"] == "twilio":
        auth = f'  -u "AC3f9a1e27b4c85d60e9f2a7b13c4d58e6:{val}" \\'
    elif c.p["hdr"] == "basic":
        auth = f'  -u "api:{val}" \\'
    else:
        hk, hv = auth_header(c, val)
        auth = f'  -H "{hk}: {hv}" \\'
    lines = ["#!/bin/sh", f"# quick check that the {c.p['provider']} credentials work", "", f'curl -sS "{url}" \\', auth,
             '  -H "Content-Type: application/json" | jq .', "", 'echo "done"']
    return pick(r, "scripts/ping.sh", "check_api.sh", "tools/smoke.sh"), "\n".join(lines) + "\n"


@T("makefile", cats=("infra",))
def t_make(c):
    cli = c.p.get("cli")
    cmd = f"\t{cli} {c.v('raw')}" if cli else f"\tcurl -fsS -H 'Authorization: Bearer {c.v('raw')}' {c.p.get('url')}"
    lines = [".PHONY: build deploy test", "", "build:", "\tnpm ci && npm run build", "", "test:", "\tnpm test", "",
             "deploy: build", cmd]
    return "Makefile", "\n".join(lines) + "\n"


@T("python-gradio", cats=("llm",), ref="py")
def t_gradio(c):
    imps, cl = py_client(c, compat=True)
    lines = ["import os", "", "import gradio as gr", *imps, "", *cl, "", "", "def respond(message, history):",
             "    msgs = [{\"role\": m[\"role\"], \"content\": m[\"content\"]} for m in history]",
             "    msgs.append({\"role\": \"user\", \"content\": message})", "    out = client.chat.completions.create(model=%r, messages=msgs)" % c.p.get("model"),
             "    return out.choices[0].message.content", "", "", 'demo = gr.ChatInterface(respond, type="messages", title="Ask the docs")', "",
             'if __name__ == "__main__":', '    demo.launch(server_name="0.0.0.0")']
    if "Anthropic" in cl[0]:
        i = lines.index("    out = client.chat.completions.create(model=%r, messages=msgs)" % c.p.get("model"))
        lines[i] = "    out = client.messages.create(model=%r, max_tokens=1024, messages=msgs)" % c.p.get("model")
        lines[i + 1] = "    return out.content[0].text"
    return pick(c.r, "app.py", "spaces/demo/app.py"), "\n".join(lines) + "\n"


@T("python-fastapi", cats=("llm", "ai", "infra", "db"), ref="py")
def t_fastapi(c):
    r, p = c.r, c.p
    line, var = py_keyline(c)
    if p["cat"] == "db":
        body = ["from sqlalchemy.ext.asyncio import create_async_engine", "", line,
                f"engine = create_async_engine({var}, pool_pre_ping=True)"]
    else:
        hk, hv = auth_header(c, "{%s}" % var)
        body = ["import httpx", "", line, f'HEADERS = {{"{hk}": f"{hv}"}}']
    lines = ["import os", "", "from fastapi import FastAPI, HTTPException", *body, "", 'app = FastAPI(title="gateway")', "", "",
             '@app.get("/healthz")', "async def healthz():", '    return {"ok": True}', "", "",
             '@app.post("/v1/run")', "async def run(payload: dict):", "    if not payload:",
             '        raise HTTPException(status_code=400, detail="empty payload")', '    return {"queued": True}']
    return pick(r, "app/main.py", "api/server.py", "gateway/main.py"), "\n".join(lines) + "\n"


@T("dotenv", ref="dotenv")
def t_dotenv(c):
    r = c.r
    lines = ["# local overrides - see .env.example", "NODE_ENV=development", "PORT=3000",
             "NEXT_PUBLIC_SITE_URL=http://localhost:3000", f"{c.name}={c.v('dotenv')}", "LOG_LEVEL=debug", "FEATURE_AGENT_MODE=true"]
    r.shuffle(lines[1:])
    return pick(r, ".env", ".env.local", "apps/web/.env.local", ".env.development"), "\n".join(lines) + "\n"


@T("kubernetes-secret", w=0.6)
def t_k8s(c):
    r = c.r
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: {r.choice(PROJ)}-env", "  namespace: prod",
             "type: Opaque", "stringData:", f"  {c.name}: \"{c.v('raw')}\""]
    return pick(r, "k8s/secret.yaml", "deploy/k8s/app-secrets.yaml"), "\n".join(lines) + "\n"


@T(".envrc", ref="envrc")
def t_envrc(c):
    r = c.r
    val = c.v("envrc")
    if not c.is_ref:
        val = pick(r, '"%s"' % val, "'%s'" % val, val)
    lines = ["# direnv: loaded automatically on cd", "use flake" if r.random() < 0.3 else "layout python3", "dotenv_if_exists .env.local",
             "", f"export {c.name}={val}", "export PYTHONPATH=$PWD/src", "watch_file pyproject.toml"]
    return pick(r, ".envrc", "services/agent/.envrc"), "\n".join(lines) + "\n"


@T("mise.toml", w=0.6)
def t_mise(c):
    lines = ["[tools]", 'node = "22"', 'python = "3.12"', 'uv = "latest"', "", "[env]", "_.file = '.env.local'",
             f'{c.name} = "{c.v("raw")}"', "", "[tasks.dev]", 'run = "uv run fastapi dev app/main.py"']
    return pick(c.r, "mise.toml", ".mise.toml"), "\n".join(lines) + "\n"


@T(".npmrc", cats=("infra",), ref="npmrc", only={"npm"})
def t_npmrc(c):
    lines = ["# project npm config", "engine-strict=true", "save-exact=true", "@acme:registry=https://registry.npmjs.org/",
             f"//registry.npmjs.org/:_authToken={c.v('npmrc')}", "fund=false"]
    return pick(c.r, ".npmrc", "packages/sdk/.npmrc"), "\n".join(lines) + "\n"


@T(".pypirc", cats=("infra",), only={"pypi"})
def t_pypirc(c):
    lines = ["[distutils]", "index-servers =", "    pypi", "    testpypi", "", "[pypi]", "username = __token__",
             f"password = {c.v('raw')}", "", "[testpypi]", "repository = https://test.pypi.org/legacy/", "username = __token__"]
    return ".pypirc", "\n".join(lines) + "\n"


@T(".gitlab-ci.yml", cats=("infra", "ai", "llm"), ref="glci")
def t_glci(c):
    lines = ["stages: [test, deploy]", "", "variables:", '  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"',
             f'  {c.name}: "{c.v("glci")}"', "", "evals:", "  stage: test", "  image: python:3.12", "  script:",
             "    - pip install -r requirements.txt", "    - pytest -q tests/", "", "deploy:", "  stage: deploy",
             "  script: ./scripts/deploy.sh", "  rules:", "    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"]
    return ".gitlab-ci.yml", "\n".join(lines) + "\n"


@T("python-pydantic-settings", ref="py", w=0.8)
def t_settings(c):
    r = c.r
    fld = c.name.lower()
    if c.is_ref:
        dflt = c.v("py")
    else:
        dflt = c.v("py")
    lines = ["import os", "", "from pydantic import Field", "from pydantic_settings import BaseSettings, SettingsConfigDict", "", "",
             "class Settings(BaseSettings):", '    model_config = SettingsConfigDict(env_file=".env", extra="ignore")', "",
             '    app_name: str = "gateway"', "    debug: bool = False", f"    {fld}: str = {dflt}",
             f'    request_timeout_s: float = {r.choice(["30.0", "60.0", "15.0"])}', "", "", "settings = Settings()"]
    return pick(r, "app/config.py", "src/settings.py", "core/config.py"), "\n".join(lines) + "\n"


@T("go-sdk", cats=("llm",), ref="go")
def t_go_sdk(c):
    p = c.p
    if p.get("sdk") == "anthropic":
        imps = ['\t"github.com/anthropics/anthropic-sdk-go"', '\t"github.com/anthropics/anthropic-sdk-go/option"']
        mk = [f"\tclient := anthropic.NewClient(option.WithAPIKey({c.v('go')}))",
              "\tmsg, err := client.Messages.New(ctx, anthropic.MessageNewParams{", f"\t\tModel:     \"{p['model']}\",",
              "\t\tMaxTokens: 512,", '\t\tMessages:  []anthropic.MessageParam{anthropic.NewUserMessage(anthropic.NewTextBlock("ping"))},',
              "\t})"]
        out = "\tfmt.Println(msg.Content[0].Text)"
    else:
        imps = ['\t"github.com/openai/openai-go"', '\t"github.com/openai/openai-go/option"']
        base = f", option.WithBaseURL(\"{p['base']}\")" if p.get("base") else ""
        mk = [f"\tclient := openai.NewClient(option.WithAPIKey({c.v('go')}){base})",
              "\tresp, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{",
              f"\t\tModel:    \"{p['model']}\",", '\t\tMessages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("ping")},',
              "\t})"]
        out = "\tfmt.Println(resp.Choices[0].Message.Content)"
    lines = ["package llm", "", "import (", '\t"context"', '\t"fmt"', *(['\t"os"'] if c.is_ref else []), "", *imps, ")", "",
             "func Ping(ctx context.Context) error {", *mk, "\tif err != nil {", "\t\treturn err", "\t}", out, "\treturn nil", "}"]
    return pick(c.r, "internal/llm/client.go", "pkg/llm/ping.go"), "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# NEGATIVE decoys
def mask(r, p, sample):
    pfx = p.get("pfx") or ""
    if pfx and not sample.startswith(pfx):
        pfx = ""
    tail = sample[-4:]
    style = r.randint(0, 4)
    if style == 0:
        return pfx + "****" + tail
    if style == 1:
        return pfx + "\u2026" + tail
    if style == 2:
        return sample[:len(pfx) + 4] + "..." + tail
    if style == 3:
        return pfx + "*" * 12 + tail
    return pfx + "\u2022" * 8 + tail


def placeholder(r, p):
    pfx = p.get("pfx") or ""
    E = p["env"][0]
    opts = [f"<{E}>", f"YOUR_{E}", "<your-%s-key>" % p["slug"], "changeme", "REPLACE_ME", f"your-{p['slug']}-api-key-here",
            "${" + E + "}", "TODO", "<redacted>", "[REDACTED]"]
    if pfx and pfx.endswith(("-", "_", ".")):
        opts += [pfx + "...", pfx + "xxxx", pfx + "x" * 24, pfx + "*" * 6, pfx + "XXXXXXXXXXXXXXXXXXXX", pfx + "<key>",
                 pfx + "your-key-here"]
    return r.choice(opts)


def db_placeholder(r, p):
    return r.choice(["[YOUR-PASSWORD]", "<password>", "password", "changeme", "${POSTGRES_PASSWORD}", "****", "YOUR_DB_PASSWORD"])


# publishable / id / public decoys usable in any generic template (value slot)
DECOYS = []


def D(provider, kind, gen, env):
    DECOYS.append(dict(provider=provider, kind=kind, gen=gen, env=env, cat="infra", decoy=True, slug=provider.lower().split()[0],
                       hdr="bearer", pfx="", url="https://example.invalid"))


def _clerk_pk(r):
    host = r.choice(["clerk.acme-assist.com", "clerk.kbchat.io", "%s-%s-%d.clerk.accounts.dev" % (
        r.choice(["smart", "brave", "happy", "noble"]), r.choice(["otter", "falcon", "koala", "heron"]), r.randint(10, 99))])
    pre = "pk_test_" if "accounts.dev" in host else "pk_live_"
    return pre + b64((host + "$").encode()).rstrip("=")


def _sb_anon(r):
    return jwt(r, {"alg": "HS256", "typ": "JWT"},
               {"iss": "supabase", "ref": _sb_ref(r), "role": "anon", "iat": (t := iat(r)), "exp": t + 315360000})


D("Clerk", "publishable-key", _clerk_pk, ["NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", "CLERK_PUBLISHABLE_KEY", "VITE_CLERK_PUBLISHABLE_KEY"])
D("Supabase", "anon-key", _sb_anon, ["NEXT_PUBLIC_SUPABASE_ANON_KEY", "SUPABASE_ANON_KEY", "VITE_SUPABASE_ANON_KEY"])
D("Supabase", "publishable-key", lambda r: "sb_publishable_" + rnd(r, B64U, 31), ["NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY"])
D("Stripe", "publishable-key", lambda r: r.choice(["pk_live_51", "pk_test_51"]) + rnd(r, ALNUM, 97),
  ["NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", "STRIPE_PUBLISHABLE_KEY"])
D("PostHog", "project-api-key", lambda r: "phc_" + rnd(r, ALNUM, 43), ["NEXT_PUBLIC_POSTHOG_KEY", "POSTHOG_PROJECT_API_KEY"])
D("Sentry", "dsn", lambda r: "https://%s@o%d.ingest.us.sentry.io/%d" % (rnd(r, HEX, 32), r.randint(100000, 4999999), r.randint(4500000000000000, 4509999999999999)),
  ["NEXT_PUBLIC_SENTRY_DSN", "SENTRY_DSN"])
D("Algolia", "search-only-key", lambda r: rnd(r, HEX, 32), ["NEXT_PUBLIC_ALGOLIA_SEARCH_KEY", "ALGOLIA_SEARCH_ONLY_API_KEY"])
D("Firebase", "web-api-key", lambda r: "AIzaSy" + rnd(r, B64U, 33), ["NEXT_PUBLIC_FIREBASE_API_KEY", "VITE_FIREBASE_API_KEY"])
D("Langfuse", "public-key", lambda r: "pk-lf-" + uuid4(r), ["LANGFUSE_PUBLIC_KEY"])
D("OpenAI", "organization-id", lambda r: "org-" + rnd(r, ALNUM, 24), ["OPENAI_ORG_ID", "OPENAI_ORGANIZATION"])
D("OpenAI", "project-id", lambda r: "proj_" + rnd(r, ALNUM, 24), ["OPENAI_PROJECT_ID", "OPENAI_PROJECT"])
D("OpenAI", "assistant-id", lambda r: "asst_" + rnd(r, ALNUM, 24), ["OPENAI_ASSISTANT_ID", "ASSISTANT_ID"])
D("OpenAI", "vector-store-id", lambda r: "vs_" + rnd(r, ALNUM, 24), ["OPENAI_VECTOR_STORE_ID"])
D("OpenAI", "fine-tuned-model", lambda r: "ft:gpt-4o-mini-2024-07-18:acme::" + rnd(r, ALNUM, 8), ["OPENAI_MODEL", "FT_MODEL"])
D("Anthropic", "model-name", lambda r: r.choice(["claude-sonnet-4-5-20250929", "claude-3-7-sonnet-20250219", "claude-opus-4-1-20250805",
                                                  "claude-3-5-haiku-20241022"]), ["ANTHROPIC_MODEL", "CLAUDE_MODEL"])
D("Vercel", "project-id", lambda r: "prj_" + rnd(r, ALNUM, 28), ["VERCEL_PROJECT_ID"])
D("Vercel", "team-id", lambda r: "team_" + rnd(r, ALNUM, 24), ["VERCEL_ORG_ID", "VERCEL_TEAM_ID"])
D("Twilio", "account-sid", lambda r: "AC" + rnd(r, HEX, 32), ["TWILIO_ACCOUNT_SID"])
D("GitHub", "app-client-id", lambda r: "Iv23li" + rnd(r, ALNUM, 14), ["GITHUB_CLIENT_ID", "GITHUB_APP_CLIENT_ID"])
D("Google", "oauth-client-id", lambda r: "%d-%s.apps.googleusercontent.com" % (r.randint(10**11, 10**12 - 1), rnd(r, LALNUM, 32)),
  ["GOOGLE_CLIENT_ID", "NEXT_PUBLIC_GOOGLE_CLIENT_ID"])
D("Supabase", "project-url", lambda r: "https://%s.supabase.co" % _sb_ref(r), ["NEXT_PUBLIC_SUPABASE_URL", "SUPABASE_URL"])
D("Cloudflare", "account-id", lambda r: rnd(r, HEX, 32), ["CLOUDFLARE_ACCOUNT_ID", "CF_ACCOUNT_ID"])
D("Railway", "project-id", lambda r: uuid4(r), ["RAILWAY_PROJECT_ID", "RAILWAY_ENVIRONMENT_ID"])
D("LangSmith", "project-name", lambda r: r.choice(PROJ) + "-" + r.choice(["prod", "staging", "dev"]), ["LANGSMITH_PROJECT", "LANGCHAIN_PROJECT"])
D("Pinecone", "index-host", lambda r: "%s-%s.svc.aped-4627-b74a.pinecone.io" % (r.choice(PROJ), rnd(r, LALNUM, 7)), ["PINECONE_HOST", "PINECONE_INDEX_HOST"])
D("Sentry", "org-slug", lambda r: r.choice(["acme-labs", "northwind", "orbit-ai"]), ["SENTRY_ORG"])
D("Hugging Face", "model-revision", lambda r: rnd(r, HEX, 40), ["HF_MODEL_REVISION", "MODEL_REVISION"])
D("Docker Hub", "image-digest", lambda r: "sha256:" + rnd(r, HEX, 64), ["IMAGE_DIGEST", "BASE_IMAGE_DIGEST"])
D("Git", "commit-sha", lambda r: rnd(r, HEX, 40), ["GIT_SHA", "SOURCE_COMMIT", "VERCEL_GIT_COMMIT_SHA"])
D("Generic", "request-id", lambda r: "req_" + rnd(r, ALNUM, 24), ["LAST_REQUEST_ID"])
D("Generic", "uuid-tenant-id", lambda r: uuid4(r), ["TENANT_ID", "AZURE_TENANT_ID", "WORKSPACE_ID"])


# ---------------- standalone negative files
NEGFILES = []


def N(provider, kind, ftype):
    def deco(f):
        NEGFILES.append(dict(f=f, provider=provider, kind=kind, ftype=ftype))
        return f
    return deco


@N("SOPS", "ciphertext", "sops-yaml")
def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, n)), b64(rbytes(r, 32)), b64(rbytes(r, 16)))
    keys = r.sample(["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "SUPABASE_SERVICE_ROLE_KEY", "STRIPE_SECRET_KEY", "GITHUB_TOKEN",
                     "DATABASE_URL", "RESEND_API_KEY"], 3)
    lines = [f"{k}: {enc(r.randint(40, 120))}" for k in keys]
    lines += ["sops:", "    kms:", f"        - arn: arn:aws:kms:eu-west-1:{r.randint(10**11, 10**12 - 1)}:key/{uuid4(r)}",
              f"          created_at: \"2025-0{r.randint(1, 9)}-1{r.randint(0, 9)}T09:21:44Z\"",
              f"          enc: {b64(rbytes(r, 180))}", "          aws_profile: \"\"",
              f"    lastmodified: \"2025-0{r.randint(1, 9)}-2{r.randint(0, 8)}T11:02:13Z\"",
              f"    mac: {enc(32).replace('type:str', 'type:str')}", "    unencrypted_suffix: _unencrypted", "    version: 3.9.1"]
    return pick(r, "secrets/prod.enc.yaml", "deploy/secrets.sops.yaml"), "\n".join(lines) + "\n"


@N("Bitnami SealedSecrets", "ciphertext", "sealed-secret-yaml")
def n_sealed(r):
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: llm-keys", "  namespace: agents",
             "spec:", "  encryptedData:"]
    for k in r.sample(["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "PINECONE_API_KEY", "LANGSMITH_API_KEY"], 2):
        lines.append(f"    {k}: Ag" + b64(rbytes(r, 380)).rstrip("="))
    lines += ["  template:", "    metadata:", "      name: llm-keys", "      namespace: agents"]
    return "k8s/sealed-llm-keys.yaml", "\n".join(lines) + "\n"


@N("AWS KMS", "ciphertext", "yaml-config")
def n_kms(r):
    lines = ["# values are KMS-encrypted; decrypted at boot by the entrypoint", "app:", f"  name: {r.choice(PROJ)}",
             "  region: eu-west-1", "secrets:", f"  openai_api_key_encrypted: AQICAHh{b64(rbytes(r, 160))}",
             f"  kms_key_id: alias/{r.choice(PROJ)}-prod", "  decrypt_on_start: true"]
    return pick(r, "config/prod.yaml", "settings/secrets.kms.yaml"), "\n".join(lines) + "\n"


@N("npm", "lockfile-integrity", "package-lock.json")
def n_lock(r):
    pk = {}
    for name, ver in r.sample([("openai", "4.77.0"), ("@anthropic-ai/sdk", "0.39.0"), ("ai", "4.1.45"), ("zod", "3.24.1"),
                               ("@ai-sdk/openai", "1.1.9"), ("@pinecone-database/pinecone", "4.1.0")], 3):
        pk["node_modules/" + name] = {"version": ver, "resolved": f"https://registry.npmjs.org/{name}/-/{name.split('/')[-1]}-{ver}.tgz",
                                      "integrity": "sha512-" + b64(rbytes(r, 64)), "license": "MIT"}
    d = {"name": r.choice(PROJ), "version": "0.1.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", J(d)


@N("PyPI", "pip-hashes", "requirements.txt")
def n_req(r):
    lines = ["# generated by pip-compile --generate-hashes"]
    for name, ver in r.sample([("openai", "1.58.1"), ("anthropic", "0.42.0"), ("langchain-core", "0.3.29"), ("httpx", "0.28.1"),
                               ("pydantic", "2.10.4"), ("tiktoken", "0.8.0")], 3):
        lines += [f"{name}=={ver} \\", f"    --hash=sha256:{rnd(r, HEX, 64)} \\", f"    --hash=sha256:{rnd(r, HEX, 64)}"]
    return "requirements.txt", "\n".join(lines) + "\n"


@N("Docker", "image-digest", "Dockerfile")
def n_docker(r):
    lines = [f"FROM python:3.12-slim@sha256:{rnd(r, HEX, 64)} AS base", "WORKDIR /app", "COPY requirements.txt .",
             "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .", "ENV OPENAI_API_KEY=\"\"",
             "# key is injected at runtime: docker run -e OPENAI_API_KEY ...", 'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]']
    return "Dockerfile", "\n".join(lines) + "\n"


@N("JWT", "test-vector", "python-test")
def n_jwt_test(r):
    lines = ["import jwt", "", "# canonical sample token from jwt.io, used to test the parser only",
             'SAMPLE = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"',
             "", "", "def test_decode_unverified():", '    claims = jwt.decode(SAMPLE, options={"verify_signature": False})',
             '    assert claims["name"] == "John Doe"']
    return "tests/test_jwt.py", "\n".join(lines) + "\n"


@N("AWS", "docs-example-key", "markdown")
def n_aws_doc(r):
    lines = ["# Configuring the S3 loader", "", "The loader reads standard AWS variables. Example values from the AWS docs:", "",
             "```ini", "[default]", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
             "region = us-west-2", "```", "", "Never commit your real credentials; use `aws sso login`."]
    return "docs/s3-loader.md", "\n".join(lines) + "\n"


@N("OpenAI", "api-response-fixture", "json-fixture")
def n_oai_fixture(r):
    d = {"id": "chatcmpl-" + rnd(r, ALNUM, 29), "object": "chat.completion", "created": iat(r), "model": "gpt-4o-mini-2024-07-18",
         "system_fingerprint": "fp_" + rnd(r, HEX, 10),
         "choices": [{"index": 0, "message": {"role": "assistant", "content": "Your order ships Tuesday."}, "finish_reason": "stop"}],
         "usage": {"prompt_tokens": r.randint(20, 900), "completion_tokens": r.randint(5, 200), "total_tokens": 0}}
    return pick(r, "tests/fixtures/chat_completion.json", "fixtures/openai_response.json"), J(d)


@N("Anthropic", "api-response-fixture", "json-fixture")
def n_ant_fixture(r):
    d = {"id": "msg_01" + rnd(r, ALNUM, 22), "type": "message", "role": "assistant", "model": "claude-sonnet-4-5-20250929",
         "content": [{"type": "text", "text": "Refund issued."}], "stop_reason": "end_turn",
         "usage": {"input_tokens": r.randint(10, 800), "output_tokens": r.randint(5, 300)},
         "_request_id": "req_011C" + rnd(r, ALNUM, 20)}
    return "tests/fixtures/anthropic_message.json", J(d)


@N("OpenAI", "file-and-batch-ids", "python")
def n_oai_ids(r):
    lines = ["# ids from the nightly batch run; safe to keep for reproducibility", f'BATCH_ID = "batch_{rnd(r, HEX, 32)}"',
             f'INPUT_FILE_ID = "file-{rnd(r, ALNUM, 22)}"', f'OUTPUT_FILE_ID = "file-{rnd(r, ALNUM, 22)}"',
             f'ASSISTANT_ID = "asst_{rnd(r, ALNUM, 24)}"', f'THREAD_ID = "thread_{rnd(r, ALNUM, 24)}"',
             f'RUN_ID = "run_{rnd(r, ALNUM, 24)}"', "", "from openai import OpenAI", "", "client = OpenAI()  # reads OPENAI_API_KEY",
             "print(client.batches.retrieve(BATCH_ID).status)"]
    return "scripts/batch_status.py", "\n".join(lines) + "\n"


@N("Firebase", "web-config", "typescript")
def n_firebase(r):
    pid = r.choice(PROJ) + "-" + rnd(r, LALNUM, 5)
    lines = ["import { initializeApp } from 'firebase/app';", "", "// Firebase web config is public by design", "const firebaseConfig = {",
             f"  apiKey: 'AIzaSy{rnd(r, B64U, 33)}',", f"  authDomain: '{pid}.firebaseapp.com',", f"  projectId: '{pid}',",
             f"  storageBucket: '{pid}.firebasestorage.app',", f"  messagingSenderId: '{r.randint(10**11, 10**12 - 1)}',",
             f"  appId: '1:{r.randint(10**11, 10**12 - 1)}:web:{rnd(r, HEX, 22)}',", "};", "", "export const app = initializeApp(firebaseConfig);"]
    return "src/lib/firebase.ts", "\n".join(lines) + "\n"


@N("Supabase", "anon-key-client", "typescript")
def n_sb_client(r):
    lines = ["import { createClient } from '@supabase/supabase-js';", "", "// anon key: safe in the browser, RLS enforces access",
             f"const SUPABASE_URL = 'https://{_sb_ref(r)}.supabase.co';", f"const SUPABASE_ANON_KEY = '{_sb_anon(r)}';", "",
             "export const supabase = createClient(SUPABASE_URL, SUPABASE_ANON_KEY);"]
    return pick(r, "src/lib/supabase.ts", "lib/supabaseClient.ts"), "\n".join(lines) + "\n"


@N("Sentry", "dsn", "typescript")
def n_sentry(r):
    dsn = "https://%s@o%d.ingest.de.sentry.io/%d" % (rnd(r, HEX, 32), r.randint(100000, 4999999), r.randint(4500000000000000, 4509999999999999))
    lines = ["import * as Sentry from '@sentry/nextjs';", "", "Sentry.init({", f"  dsn: '{dsn}',", "  tracesSampleRate: 0.1,",
             "  replaysOnErrorSampleRate: 1.0,", "});"]
    return "sentry.client.config.ts", "\n".join(lines) + "\n"


@N("PostHog", "project-api-key", "typescript")
def n_posthog(r):
    lines = ["'use client';", "import posthog from 'posthog-js';", "import { PostHogProvider } from 'posthog-js/react';", "",
             "if (typeof window !== 'undefined') {", f"  posthog.init('phc_{rnd(r, ALNUM, 43)}', {{", "    api_host: 'https://eu.i.posthog.com',",
             "    person_profiles: 'identified_only',", "  });", "}", "",
             "export function CSPostHogProvider({ children }: { children: React.ReactNode }) {",
             "  return <PostHogProvider client={posthog}>{children}</PostHogProvider>;", "}"]
    return "app/providers.tsx", "\n".join(lines) + "\n"


@N("GitHub", "app-manifest-ids", "yaml-config")
def n_gh_app(r):
    lines = ["# GitHub App registration (public identifiers only)", f"app_id: {r.randint(100000, 1999999)}",
             f"client_id: Iv23li{rnd(r, ALNUM, 14)}", f"installation_id: {r.randint(40000000, 69999999)}",
             "webhook_url: https://bots.acme.dev/github/webhook", "private_key_path: /run/secrets/github-app.pem",
             "webhook_secret: ${GITHUB_WEBHOOK_SECRET}"]
    return "config/github-app.yml", "\n".join(lines) + "\n"


@N("OpenAI", "masked-key-log", "log")
def n_log(r):
    ts = "2025-%02d-%02dT%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    lines = [f"{ts}:01Z INFO  boot: loading config", f"{ts}:01Z INFO  openai: using key sk-proj-...{rnd(r, ALNUM, 4)} (project proj_{rnd(r, ALNUM, 24)})",
             f"{ts}:02Z INFO  anthropic: using key sk-ant-api03-****{rnd(r, B64U, 4)}",
             f"{ts}:02Z WARN  github: token ghp_\u2026{rnd(r, ALNUM, 4)} expires in 6 days",
             f"{ts}:03Z INFO  http: POST /v1/chat 200 412ms request_id=req_{rnd(r, ALNUM, 24)}"]
    return "logs/boot-sample.log", "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
def choose_name(r, p, tmpl_ftype):
    if r.random() < 0.34:
        return r.choice(GENERIC_DB if p["cat"] == "db" else GENERIC)
    return r.choice(p["env"])


def templates_for(p, need_ref=False):
    cat = p["cat"]
    out = [t for t in TEMPLATES if cat in t["cats"] and (not t["only"] or p["slug"] in t["only"])]
    if need_ref:
        out = [t for t in out if t["ref"]]
    return out


def wchoice(r, ts):
    ws = []
    for t in ts:
        w = t["w"]
        if t["cats"] == {"llm"}:
            w *= 2.5
        if t["only"]:
            w *= 6
        ws.append(w)
    return r.choices(ts, ws)[0]


def render(t, c):
    c.lang = t["ref"] if c.is_ref else "raw"
    path, text = t["f"](c)
    return path, text


def make_positive(r, p):
    t = wchoice(r, templates_for(p))
    secret = p["gen"](r)
    raw = p["wrap"](r, secret) if p.get("wrap") else secret
    if p.get("flyv1") and r.random() < 0.7:
        raw = "FlyV1 " + raw
    c = Slot(r, p, choose_name(r, p, t["ftype"]), raw=raw, needle=secret)
    if t["ftype"].endswith("mcp.json") or t["ftype"] == "claude_desktop_config.json":
        c.argmode = p["cat"] != "db" and r.random() < 0.3
    path, text = render(t, c)
    return path, text, t["ftype"], secret


NEG_KINDS = [("env-ref", 26), ("placeholder", 20), ("masked", 12), ("public-or-id", 24), ("standalone", 18)]


def make_negative(r):
    kind = r.choices([k for k, _ in NEG_KINDS], [w for _, w in NEG_KINDS])[0]
    if kind == "standalone":
        nf = r.choice(NEGFILES)
        path, text = nf["f"](r)
        return path, text, nf["ftype"], nf["provider"], nf["kind"]
    if kind == "public-or-id":
        d = r.choice(DECOYS)
        t = r.choice([t for t in TEMPLATES if t["ftype"] in (
            "dotenv", "docker-compose.yml", "next.config.js", "vercel.json", "wrangler.toml", "netlify.toml", "fly.toml",
            "render.yaml", "github-actions-workflow", "devcontainer.json", "readme-markdown", "shell-export",
            "streamlit-secrets.toml", ".envrc", "mise.toml")])
        c = Slot(r, d, r.choice(d["env"]), raw=d["gen"](r))
        path, text = render(t, c)
        return path, text, t["ftype"], d["provider"], d["kind"]
    p = r.choice(PROV)
    if kind == "env-ref":
        t = wchoice(r, templates_for(p, need_ref=True))
        name = r.choice(p["env"]) if r.random() < 0.75 else choose_name(r, p, t["ftype"])
        c = Slot(r, p, name, ref_env=r.choice(p["env"]))
        if t["ref"] == "render":
            c.is_ref = True
        path, text = render(t, c)
        return path, text, t["ftype"], p["provider"], "env-ref"
    t = wchoice(r, templates_for(p))
    sample = p["gen"](r)
    if p["cat"] == "db":
        val = p["wrap"](r, db_placeholder(r, p) if kind == "placeholder" else mask(r, p, sample)[-8:].rjust(8, "*"))
    elif kind == "placeholder":
        val = placeholder(r, p)
    else:
        val = mask(r, p, sample)
    c = Slot(r, p, r.choice(p["env"]), raw=val)
    c.argmode = False
    path, text = render(t, c)
    return path, text, t["ftype"], p["provider"], kind


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("NEEDLE")[0])
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets, files = [], [], {}
    catw = {"llm": 2.2, "ai": 1.4, "infra": 1.0, "db": 1.0}
    plan = [p for p in PROV for _ in range(3)]
    plan += r.choices(PROV, [catw[p["cat"]] for p in PROV], k=500 - len(plan))
    r.shuffle(plan)
    seen = set()
    for i, p in enumerate(plan, 1):
        for _ in range(20):
            path, text, ftype, needle = make_positive(r, p)
            if needle not in seen and text.count(needle) == 1 and 5 <= text.count("\n") + (0 if text.endswith("\n") else 1) <= 80:
                break
        else:
            raise SystemExit(f"could not build positive for {p['provider']}")
        seen.add(needle)
        rel = f"pos/p{i:04d}/{path}"
        line = text[:text.index(needle)].count("\n") + 1
        files[rel] = text
        manifest.append({"file": rel, "label": "positive", "provider": p["provider"], "kind": p["kind"], "filetype": ftype})
        secrets.append({"file": rel, "needle": needle, "line": line})
    for i in range(1, 501):
        for _ in range(50):
            path, text, ftype, prov, kind = make_negative(r)
            if 5 <= text.count("\n") <= 80:
                break
        rel = f"neg/n{i:04d}/{path}"
        files[rel] = text
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": kind, "filetype": ftype})
    # write
    for rel, text in files.items():
        fp = os.path.join(out, rel)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for row in manifest:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for row in secrets:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    # self-check
    errors = 0
    for s in secrets:
        with open(os.path.join(out, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        if s["needle"] not in lines[s["line"] - 1]:
            print("NEEDLE NOT ON LINE:", s["file"], s["line"])
            errors += 1
    needles = [s["needle"] for s in secrets]
    for row in manifest:
        if row["label"] != "negative":
            continue
        text = files[row["file"]]
        for nd in needles:
            if nd in text:
                print("NEEDLE LEAKED INTO NEGATIVE:", row["file"])
                errors += 1
    for s in secrets:
        text = files[s["file"]]
        for nd in needles:
            if nd != s["needle"] and nd in text:
                print("FOREIGN NEEDLE IN POSITIVE:", s["file"])
                errors += 1
    for row in manifest:
        n = files[row["file"]].count("\n")
        if not 5 <= n <= 80:
            print("LINE COUNT OUT OF RANGE:", row["file"], n)
            errors += 1
    from collections import Counter
    pos = [m for m in manifest if m["label"] == "positive"]
    neg = [m for m in manifest if m["label"] == "negative"]
    print(f"positives={len(pos)} negatives={len(neg)} errors={errors}")
    print(f"provider/kind pairs (pos): {len({(m['provider'], m['kind']) for m in pos})}; providers: {len({m['provider'] for m in pos})}")
    print(f"file types: pos={len({m['filetype'] for m in pos})} neg={len({m['filetype'] for m in neg})} all={len({m['filetype'] for m in manifest})}")
    for title, key, rows in (("providers (pos)", "provider", pos), ("kinds (neg)", "kind", neg),
                             ("filetypes (pos)", "filetype", pos), ("filetypes (neg)", "filetype", neg)):
        print(f"-- {title}:", ", ".join(f"{k}={v}" for k, v in Counter(m[key] for m in rows).most_common()))
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
