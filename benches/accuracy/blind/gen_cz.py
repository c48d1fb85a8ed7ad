#!/usr/bin/env python3
"""gen_cz.py - blind evaluation-set generator for keyhook (set "cz").

EMPHASIS
  Credentials leaked through AI-agent work: agent traces and prompt logs
  (LangSmith run exports, OpenTelemetry gen_ai spans, OpenAI chat-completion /
  Responses API / Anthropic Messages JSON with tool-call arguments, ChatGPT
  conversation exports, prompt-log CSV, eval datasets), assistant and agent
  configuration (mcp.json, .vscode/mcp.json, claude_desktop_config.json,
  .claude/settings*.json, cline/roo MCP settings, .codex/config.toml,
  .continue/config.yaml|json, .aider.conf.yml, .cursorrules, .cursor/rules/*.mdc,
  AGENTS.md, CLAUDE.md, agent memory files, AutoGen OAI_CONFIG_LIST, langgraph.json,
  LiteLLM proxy config, promptfoo config, Flowise exports, CrewAI crew.py),
  agent code (Python, TypeScript, JavaScript MCP servers, Go), notebooks with
  outputs, debug logs, HAR captures, .env, shell, compose, CI, Makefile, k8s.
  Kinds: llm_api_key (OpenAI, Anthropic, Gemini, Mistral, Groq, OpenRouter,
  DeepSeek, xAI, Hugging Face, Perplexity, Cohere), llm_observability_key
  (LangSmith, Langfuse, Helicone, Braintrust), vector_db_key (Pinecone,
  Weaviate, Qdrant), search_tool_key (Tavily, SerpAPI, Exa, Brave),
  tool_credential (GitHub PAT, Slack bot token, Stripe secret/restricted key),
  database_password (postgres/mysql/mongodb+srv/rediss URLs), password (human
  passwords given to agents: ssh/browser tools, chats, memory files).
  51 shared templates (positives and slot-filled negatives) + 27 negative-only
  look-alike templates; 18 file types in each label.  About half of the
  positives use an obvious name (OPENAI_API_KEY, apiKey, api_key, ...), half a
  neutral one (PRIMARY, SETTING_7, cfg ...), a positional/CLI argument, an HTTP
  header, a URL (query parameter or userinfo) or free text in a chat.

USAGE
  python3 gen_cz.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Standard library only; all
  randomness from random.Random(SEED); same seed -> byte-identical output.

NEEDLE CONVENTIONS
  needle = the secret exactly as written, without quotes, without "Bearer ",
  without the variable name.  For database URLs the needle is the password
  only (the URL's user/host/db are not part of it).  For Langfuse the needle
  is the sk-lf-... secret key; a pk-lf-... public key may sit beside it.  An
  id/secret pair is one credential.  Secrets never need escaping, so the
  needle appears verbatim even inside JSON-encoded tool-call "arguments"
  strings.  "line" is the 1-based line of the first occurrence.
  Manifest: provider = provider name (negatives re-using a template: the
  provider whose slot was imitated; domain negatives: "none"); kind = the
  credential kind for positives, the look-alike kind for negatives.

NEGATIVES
  Half re-use the positive templates with the secret slot holding: a
  placeholder (<OPENAI_API_KEY>, YOUR_..., sk-proj-..., xxxx...), an
  environment reference in the syntax of the file type (${env:X}, ${X}, $X,
  $(X), os.environ/X, ${{ secrets.X }}, {{ env.X }}), a secret-manager
  reference (op://, vault:, AWS Secrets Manager ARN, GCP secret path,
  doppler://), a masked/redacted value (sk-proj-****abcd, [REDACTED], bullets),
  an empty value (a DB URL without password), or a provider documentation
  placeholder (tvly-YOUR_API_KEY, YOUR_API_KEY...).
  Half are domain look-alikes: LangSmith/OTel exports full of run/trace/span
  ids; chat-completion responses (chatcmpl-, call_, system_fingerprint fp_);
  Anthropic responses (msg_01..., toolu_01..., request ids); Assistants
  threads (thread_, run_, asst_, file-, vs_); Batch output (batch_req_);
  /v1/models with ft: names and org- ids; embeddings arrays; base64 image data
  URIs; sha256 prompt-cache keys; HAR with redacted auth + org/project ids;
  401 logs and notebook errors with the provider's masked key; LLM-written
  "example" keys (sk-proj-your_key_here, 1234567890abcdef..., xxxx...)
  explicitly marked as made up; Langfuse public key in LangfuseWeb (browser);
  Stripe publishable pk_live_; VS Code mcp.json with ${input:...} password
  prompt; package-lock sha512 integrity; AWS documentation example keys and
  the jwt.io sample token in a test; i18n strings about API keys; token usage
  CSV; pydantic settings with SecretStr and no values; redaction tests
  building fake keys at runtime; SOPS-encrypted YAML (ciphertext, age public
  recipient); standard-webhooks signatures; commit SHAs and image digests;
  aider chat history.

DOUBTS
  Written from memory (not confirmed in the provider's documentation):
  - OpenAI: sk-proj-/sk-svcacct-/sk-admin- + 74 + "T3BlbkFJ" + 74 chars of
    [A-Za-z0-9_-]; legacy sk- + 20 + T3BlbkFJ + 20.  Exact lengths unsure.
  - Anthropic: sk-ant-api03- + 93 [A-Za-z0-9_-] + "AA" (108 total); admin
    keys sk-ant-admin01-... with the same shape (assumed).
  - Gemini/Google API key AIza + 35; Groq gsk_ + 52 alnum; DeepSeek sk- + 32
    hex; xAI xai- + 80 alnum; Hugging Face hf_ + 34 letters; Perplexity
    pplx- + 48; Mistral 32 alnum; Cohere 40 alnum (no prefix).
  - OpenRouter sk-or-v1- + 64 hex (prefix confirmed by openrouter.ai docs,
    body length/alphabet from memory).
  - LangSmith lsv2_pt_/lsv2_sk_ + 32 hex + "_" + 10 hex (the docs only say
    PATs and service keys exist).  Langfuse sk-lf-/pk-lf- + UUID.
  - Helicone: docs confirm sk-/pk- prefixes and an eu- variant; the body
    "sk-helicone-xxxxxxx-xxxxxxx-xxxxxxx-xxxxxxx" (lowercase base36) is from
    memory.  Braintrust sk- + 48 alnum is a guess.
  - Pinecone: the API schema documents "pckey_<public-label>_<unique-key>";
    keys seen in the console look like pcsk_<5>_<63>; I used pcsk_, unsure
    which prefix is current and of the lengths.
  - Weaviate Cloud key 40 alnum, Brave BSA + 28, Tavily tvly-(dev-|prod-)? +
    32 alnum, SerpAPI 64 hex, Exa a UUID: from memory.
  - Qdrant: docs say granular database keys are JWTs starting eyJhb (HS256,
    payload {"access": "m"|"r", "exp"}); legacy admin keys modelled as 54
    url-safe chars (guess).
  - GitHub ghp_ + 30 + 6-char base62 CRC32 checksum (as GitHub's blog
    described it; encoding details from memory); github_pat_11 + 20 + _ + 59.
  - Slack xoxb-<11-13 digits>-<12-14 digits>-<24 alnum>; Stripe sk_live_/
    rk_live_ + 24 alnum or "51" + 97 alnum.
  Labels a reviewer might dispute:
  - Negatives with the AWS documentation example keys and the jwt.io sample
    token (published examples -> negative).
  - Stripe pk_live_ and Langfuse pk-lf- public keys in browser code are
    labelled negative (documented as publishable / public).
  - Masked keys that keep the real last 4 characters (sk-proj-****abcd).
  - Positives with Anthropic admin keys or a GitHub PAT in an MCP "args"
    array are realistic but less common; passwords like "Summer2019!" are
    weak, still real credentials when committed.
  - The MCP server package names for some providers (mcp-openai,
    mcp-server-grafana, serpapi-mcp ...) are invented but plausible.

SEARCHES
  docs: LangSmith API key format (docs.langchain.com: only PAT/service key
  types, X-Api-Key header); Helicone auth (docs.helicone.ai: sk-/pk- and eu-
  prefixes, Helicone-Auth: Bearer); Tavily (docs.tavily.com: tvly- prefix,
  tvly-YOUR_API_KEY, Authorization: Bearer); Qdrant Cloud auth (qdrant.tech:
  api-key header, granular keys are JWTs starting eyJhb); OpenRouter
  (openrouter.ai: sk-or-v1- prefix, Bearer).  pages: Pinecone API key
  (docs.pinecone.io, Api-Key header; schema "pckey_<public-label>_<unique-key>").
  Scanner-related material shown by searches (not used): a GitGuardian
  detector page "Qdrant API Key" (docs.gitguardian.com) appeared in the
  Qdrant search results; its text was not used for any format.  The same
  search showed Hugging Face Space .env files containing what look like real
  Qdrant keys; nothing from them was copied.
"""

import json
import os
import sys
import random
import string
import zlib
import base64
import hashlib

# ---------------------------------------------------------------------------
# low-level helpers
# ---------------------------------------------------------------------------
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"
BASE62 = DIGITS + UPPER + LOWER


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(r, alphabet, n):
    """Random string that looks like real key material (not degenerate)."""
    while True:
        s = rs(r, alphabet, n)
        if alphabet is HEX:
            if sum(c.isdigit() for c in s) >= 2 and sum(c.isalpha() for c in s) >= 2:
                return s
            continue
        has_l = any(c.islower() for c in s) or not any(c in LOWER for c in alphabet)
        has_u = any(c.isupper() for c in s) or not any(c in UPPER for c in alphabet)
        has_d = any(c.isdigit() for c in s) or not any(c in DIGITS for c in alphabet)
        if has_l and has_u and has_d:
            return s


def ruuid(r):
    return "%s-%s-4%s-%s%s-%s" % (rs(r, HEX, 8), rs(r, HEX, 4), rs(r, HEX, 3),
                                  r.choice("89ab"), rs(r, HEX, 3), rs(r, HEX, 12))


def rdate(r):
    y = r.choice([2024, 2025])
    return "%d-%02d-%02d" % (y, r.randint(1, 12), r.randint(1, 28))


def rtime(r):
    return "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def riso(r):
    return "%sT%s.%03dZ" % (rdate(r), rtime(r), r.randint(0, 999))


def repoch(r):
    return r.randint(1704067200, 1764000000)


def b62(n, width):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = BASE62[m] + out
    return out.rjust(width, "0")


def jd(obj, indent=2):
    return json.dumps(obj, indent=indent, ensure_ascii=False)


def jl(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def camel(env):
    parts = env.lower().split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


def pascal(env):
    return "".join(p.title() for p in env.lower().split("_"))


def kebab(env):
    return env.lower().replace("_", "-")


# ---------------------------------------------------------------------------
# secret generators (formats: see header, DOUBTS lists the uncertain ones)
# ---------------------------------------------------------------------------
def g_openai(r):
    c = r.random()
    if c < 0.55:
        return "sk-proj-" + mixed(r, B64URL, 74) + "T3BlbkFJ" + mixed(r, B64URL, 74)
    if c < 0.7:
        return "sk-svcacct-" + mixed(r, B64URL, 74) + "T3BlbkFJ" + mixed(r, B64URL, 74)
    if c < 0.8:
        return "sk-admin-" + mixed(r, B64URL, 74) + "T3BlbkFJ" + mixed(r, B64URL, 74)
    return "sk-" + mixed(r, ALNUM, 20) + "T3BlbkFJ" + mixed(r, ALNUM, 20)


def g_anthropic(r):
    if r.random() < 0.85:
        return "sk-ant-api03-" + mixed(r, B64URL, 93) + "AA"
    return "sk-ant-admin01-" + mixed(r, B64URL, 93) + "AA"


def g_gemini(r):
    return "AIza" + mixed(r, B64URL, 35)


def g_mistral(r):
    return mixed(r, ALNUM, 32)


def g_groq(r):
    return "gsk_" + mixed(r, ALNUM, 52)


def g_openrouter(r):
    return "sk-or-v1-" + mixed(r, HEX, 64)


def g_deepseek(r):
    return "sk-" + mixed(r, HEX, 32)


def g_xai(r):
    return "xai-" + mixed(r, ALNUM, 80)


def g_hf(r):
    return "hf_" + mixed(r, LOWER + UPPER, 34)


def g_perplexity(r):
    return "pplx-" + mixed(r, ALNUM, 48)


def g_cohere(r):
    return mixed(r, ALNUM, 40)


def g_langsmith(r):
    return "lsv2_" + r.choice(["pt", "pt", "sk"]) + "_" + mixed(r, HEX, 32) + "_" + mixed(r, HEX, 10)


def g_langfuse(r):
    return "sk-lf-" + ruuid(r)


def g_helicone(r):
    a = LOWER + DIGITS
    body = "-".join(rs(r, a, 7) for _ in range(4))
    return r.choice(["sk-helicone-", "sk-helicone-", "sk-helicone-eu-"]) + body


def g_braintrust(r):
    return "sk-" + mixed(r, ALNUM, 48)


def g_pinecone(r):
    return "pcsk_" + mixed(r, ALNUM, 5) + "_" + mixed(r, ALNUM, 63)


def g_weaviate(r):
    return mixed(r, ALNUM, 40)


def _b64u(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def g_qdrant(r):
    if r.random() < 0.35:
        # legacy admin database key: random url-safe string
        return mixed(r, B64URL, 54)
    head = _b64u(b'{"alg":"HS256","typ":"JWT"}')
    payload = {"access": r.choice(["m", "r"])}
    if r.random() < 0.6:
        payload["exp"] = repoch(r) + 90 * 86400
    body = _b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = mixed(r, B64URL, 43)
    return head + "." + body + "." + sig


def g_tavily(r):
    return r.choice(["tvly-", "tvly-", "tvly-dev-", "tvly-prod-"]) + mixed(r, ALNUM, 32)


def g_serpapi(r):
    return mixed(r, HEX, 64)


def g_exa(r):
    return ruuid(r)


def g_brave(r):
    return "BSA" + mixed(r, B64URL, 28)


def g_github(r):
    if r.random() < 0.7:
        body = mixed(r, ALNUM, 30)
        crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
        return "ghp_" + body + b62(crc, 6)
    return "github_pat_11" + mixed(r, UPPER + DIGITS, 20) + "_" + mixed(r, ALNUM, 59)


def g_slack(r):
    return "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 11, 10 ** 13), mixed(r, ALNUM, 24))


def g_stripe(r):
    pre = r.choice(["sk_live_", "sk_live_", "rk_live_"])
    if r.random() < 0.5:
        return pre + mixed(r, ALNUM, 24)
    return pre + "51" + mixed(r, ALNUM, 97)


WORDS = ["maple", "otter", "falcon", "granite", "harbor", "copper", "lantern", "willow", "meadow",
         "cobalt", "juniper", "saffron", "tundra", "quartz", "ember", "violet", "summit", "pepper",
         "walrus", "cactus", "orbit", "pixel", "rocket", "velvet", "nectar", "badger", "comet"]
PW_SYMS = "!-_.*~"


def g_password(r):
    c = r.randint(0, 4)
    w1, w2 = r.sample(WORDS, 2)
    if c == 0:
        return w1.title() + str(r.randint(1990, 2025)) + r.choice(PW_SYMS)
    if c == 1:
        return "%s-%s-%s%d" % (w1, w2, r.choice(WORDS), r.randint(10, 99))
    if c == 2:
        return mixed(r, ALNUM, r.randint(16, 24))
    if c == 3:
        return w1[0].upper() + w1[1:] + r.choice(PW_SYMS) + w2.title() + str(r.randint(100, 999))
    s = mixed(r, ALNUM, 10)
    return s[:5] + r.choice(PW_SYMS) + s[5:] + r.choice("!*.")


# ---------------------------------------------------------------------------
# providers
# group: llm / obs / vec / search / tool / db / pw
# hdr: (header name, value prefix) used when the credential travels in HTTP
# mcp: (server key, command, args, env var or None when passed as an argument)
# ---------------------------------------------------------------------------
def P(name, kind, group, env, gen, hdr, url, redact, doc, mcp=None, py=None, ts=None, w=1.0):
    return dict(name=name, kind=kind, group=group, env=env, gen=gen, hdr=hdr, url=url,
                redact=redact, doc=doc, mcp=mcp, py=py, ts=ts, w=w)


PROVIDERS = [
    P("openai", "llm_api_key", "llm", "OPENAI_API_KEY", g_openai, ("Authorization", "Bearer "),
      "https://api.openai.com/v1/chat/completions", "sk-proj-", ["sk-...", "sk-proj-...", "<OPENAI_API_KEY>"],
      mcp=("openai-tools", "uvx", ["mcp-openai"], "OPENAI_API_KEY"),
      py=("from openai import OpenAI", "OpenAI(api_key={v})"), ts=("import OpenAI from \"openai\";", "new OpenAI({{ apiKey: {v} }})"), w=3.0),
    P("anthropic", "llm_api_key", "llm", "ANTHROPIC_API_KEY", g_anthropic, ("x-api-key", ""),
      "https://api.anthropic.com/v1/messages", "sk-ant-api03-", ["sk-ant-...", "my_api_key", "<ANTHROPIC_API_KEY>"],
      py=("import anthropic", "anthropic.Anthropic(api_key={v})"), ts=("import Anthropic from \"@anthropic-ai/sdk\";", "new Anthropic({{ apiKey: {v} }})"), w=3.0),
    P("google-gemini", "llm_api_key", "llm", "GEMINI_API_KEY", g_gemini, ("x-goog-api-key", ""),
      "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent", "AIza", ["YOUR_API_KEY", "$GEMINI_API_KEY"],
      py=("from google import genai", "genai.Client(api_key={v})"), ts=("import { GoogleGenAI } from \"@google/genai\";", "new GoogleGenAI({{ apiKey: {v} }})"), w=2.0),
    P("mistral", "llm_api_key", "llm", "MISTRAL_API_KEY", g_mistral, ("Authorization", "Bearer "),
      "https://api.mistral.ai/v1/chat/completions", "", ["YOUR_API_KEY", "$MISTRAL_API_KEY"],
      py=("from mistralai import Mistral", "Mistral(api_key={v})"), ts=("import { Mistral } from \"@mistralai/mistralai\";", "new Mistral({{ apiKey: {v} }})"), w=1.2),
    P("groq", "llm_api_key", "llm", "GROQ_API_KEY", g_groq, ("Authorization", "Bearer "),
      "https://api.groq.com/openai/v1/chat/completions", "gsk_", ["gsk_...", "<GROQ_API_KEY>"],
      py=("from groq import Groq", "Groq(api_key={v})"), ts=("import Groq from \"groq-sdk\";", "new Groq({{ apiKey: {v} }})"), w=1.5),
    P("openrouter", "llm_api_key", "llm", "OPENROUTER_API_KEY", g_openrouter, ("Authorization", "Bearer "),
      "https://openrouter.ai/api/v1/chat/completions", "sk-or-v1-", ["sk-or-v1-...", "<OPENROUTER_API_KEY>"],
      py=("from openai import OpenAI", "OpenAI(base_url=\"https://openrouter.ai/api/v1\", api_key={v})"),
      ts=("import OpenAI from \"openai\";", "new OpenAI({{ baseURL: \"https://openrouter.ai/api/v1\", apiKey: {v} }})"), w=1.5),
    P("deepseek", "llm_api_key", "llm", "DEEPSEEK_API_KEY", g_deepseek, ("Authorization", "Bearer "),
      "https://api.deepseek.com/chat/completions", "sk-", ["<DeepSeek API Key>", "sk-..."],
      py=("from openai import OpenAI", "OpenAI(base_url=\"https://api.deepseek.com\", api_key={v})"), w=1.0),
    P("xai", "llm_api_key", "llm", "XAI_API_KEY", g_xai, ("Authorization", "Bearer "),
      "https://api.x.ai/v1/chat/completions", "xai-", ["xai-...", "<XAI_API_KEY>"],
      py=("from openai import OpenAI", "OpenAI(base_url=\"https://api.x.ai/v1\", api_key={v})"), w=0.8),
    P("huggingface", "llm_api_key", "llm", "HF_TOKEN", g_hf, ("Authorization", "Bearer "),
      "https://router.huggingface.co/v1/chat/completions", "hf_", ["hf_...", "hf_xxx"],
      py=("from huggingface_hub import InferenceClient", "InferenceClient(token={v})"), w=1.0),
    P("perplexity", "llm_api_key", "llm", "PERPLEXITY_API_KEY", g_perplexity, ("Authorization", "Bearer "),
      "https://api.perplexity.ai/chat/completions", "pplx-", ["pplx-...", "<PERPLEXITY_API_KEY>"],
      mcp=("perplexity-ask", "npx", ["-y", "server-perplexity-ask"], "PERPLEXITY_API_KEY"), w=0.8),
    P("cohere", "llm_api_key", "llm", "CO_API_KEY", g_cohere, ("Authorization", "Bearer "),
      "https://api.cohere.com/v2/chat", "", ["<YOUR_API_KEY>", "$CO_API_KEY"],
      py=("import cohere", "cohere.ClientV2(api_key={v})"), w=0.7),
    P("langsmith", "llm_observability_key", "obs", "LANGSMITH_API_KEY", g_langsmith, ("x-api-key", ""),
      "https://api.smith.langchain.com/runs/batch", "lsv2_pt_", ["<your-api-key>", "lsv2_..."],
      py=("from langsmith import Client", "Client(api_key={v})"), w=1.6),
    P("langfuse", "llm_observability_key", "obs", "LANGFUSE_SECRET_KEY", g_langfuse, None,
      "https://cloud.langfuse.com/api/public/ingestion", "sk-lf-", ["sk-lf-...", "<secret key>"], w=1.3),
    P("helicone", "llm_observability_key", "obs", "HELICONE_API_KEY", g_helicone, ("Helicone-Auth", "Bearer "),
      "https://oai.helicone.ai/v1/chat/completions", "sk-helicone-", ["<HELICONE_API_KEY>", "sk-helicone-..."], w=1.0),
    P("braintrust", "llm_observability_key", "obs", "BRAINTRUST_API_KEY", g_braintrust, ("Authorization", "Bearer "),
      "https://api.braintrust.dev/v1/proxy/chat/completions", "sk-", ["<your-api-key>", "YOUR_BRAINTRUST_API_KEY"], w=0.8),
    P("pinecone", "vector_db_key", "vec", "PINECONE_API_KEY", g_pinecone, ("Api-Key", ""),
      "https://api.pinecone.io/indexes", "pcsk_", ["YOUR_API_KEY", "<PINECONE_API_KEY>"],
      mcp=("pinecone", "npx", ["-y", "@pinecone-database/mcp"], "PINECONE_API_KEY"),
      py=("from pinecone import Pinecone", "Pinecone(api_key={v})"), ts=("import { Pinecone } from \"@pinecone-database/pinecone\";", "new Pinecone({{ apiKey: {v} }})"), w=1.3),
    P("weaviate", "vector_db_key", "vec", "WEAVIATE_API_KEY", g_weaviate, ("Authorization", "Bearer "),
      "https://rag-demo-x1y2z3.c0.europe-west3.gcp.weaviate.cloud/v1/schema", "", ["YOUR-WEAVIATE-API-KEY", "<WEAVIATE_API_KEY>"],
      py=("import weaviate", "weaviate.auth.AuthApiKey({v})"), w=0.9),
    P("qdrant", "vector_db_key", "vec", "QDRANT_API_KEY", g_qdrant, ("api-key", ""),
      "https://3f1c2a9e-7b44-4c1d-9a0e-5d2b8c7e6f10.eu-central-1-0.aws.cloud.qdrant.io:6333/collections", "eyJhbGci", ["<your-api-key>", "<paste-your-api-key-here>"],
      mcp=("qdrant", "uvx", ["mcp-server-qdrant"], "QDRANT_API_KEY"),
      py=("from qdrant_client import QdrantClient", "QdrantClient(url=QDRANT_URL, api_key={v})"), w=1.1),
    P("tavily", "search_tool_key", "search", "TAVILY_API_KEY", g_tavily, ("Authorization", "Bearer "),
      "https://api.tavily.com/search", "tvly-", ["tvly-YOUR_API_KEY", "tvly-..."],
      mcp=("tavily", "npx", ["-y", "tavily-mcp@latest"], "TAVILY_API_KEY"),
      py=("from tavily import TavilyClient", "TavilyClient({v})"), ts=("import { tavily } from \"@tavily/core\";", "tavily({{ apiKey: {v} }})"), w=1.5),
    P("serpapi", "search_tool_key", "search", "SERPAPI_API_KEY", g_serpapi, None,
      "https://serpapi.com/search.json", "", ["secret_api_key", "YOUR_API_KEY"],
      mcp=("serpapi", "uvx", ["serpapi-mcp"], "SERPAPI_API_KEY"), w=1.0),
    P("exa", "search_tool_key", "search", "EXA_API_KEY", g_exa, ("x-api-key", ""),
      "https://api.exa.ai/search", "", ["YOUR-EXA-API-KEY", "your-exa-api-key"],
      mcp=("exa", "npx", ["-y", "exa-mcp-server"], "EXA_API_KEY"),
      py=("from exa_py import Exa", "Exa({v})"), w=1.0),
    P("brave", "search_tool_key", "search", "BRAVE_API_KEY", g_brave, ("X-Subscription-Token", ""),
      "https://api.search.brave.com/res/v1/web/search", "BSA", ["YOUR_API_KEY", "<BRAVE_API_KEY>"],
      mcp=("brave-search", "npx", ["-y", "@modelcontextprotocol/server-brave-search"], "BRAVE_API_KEY"), w=1.0),
    P("github", "tool_credential", "tool", "GITHUB_PERSONAL_ACCESS_TOKEN", g_github, ("Authorization", "Bearer "),
      "https://api.github.com/repos/acme-ai/agent-runner/issues", "ghp_", ["<YOUR_TOKEN>", "ghp_..."],
      mcp=("github", "npx", ["-y", "@modelcontextprotocol/server-github"], "GITHUB_PERSONAL_ACCESS_TOKEN"), w=2.0),
    P("slack", "tool_credential", "tool", "SLACK_BOT_TOKEN", g_slack, ("Authorization", "Bearer "),
      "https://slack.com/api/chat.postMessage", "xoxb-", ["xoxb-your-bot-token", "xoxb-..."],
      mcp=("slack", "npx", ["-y", "@modelcontextprotocol/server-slack"], "SLACK_BOT_TOKEN"), w=1.5),
    P("stripe", "tool_credential", "tool", "STRIPE_SECRET_KEY", g_stripe, ("Authorization", "Bearer "),
      "https://api.stripe.com/v1/customers", "sk_live_", ["sk_live_...", "<STRIPE_SECRET_KEY>"],
      mcp=("stripe", "npx", ["-y", "@stripe/mcp", "--tools=all"], None),
      py=("import stripe", "stripe.StripeClient({v})"), w=1.5),
]

DBS = [
    dict(name="postgres", scheme="postgresql", env="DATABASE_URL", users=["app", "agent", "postgres", "svc_rag", "langgraph"],
         hosts=["db.internal.acme.io", "pg-prod-1.c9akciq32.us-east-1.rds.amazonaws.com", "10.0.12.7", "postgres.railway.internal"],
         port=5432, dbs=["agent_memory", "rag", "checkpoints", "app"]),
    dict(name="mysql", scheme="mysql", env="MYSQL_URL", users=["root", "app_rw", "analytics"],
         hosts=["mysql.prod.svc.cluster.local", "db-eu-2.acme-corp.net"], port=3306, dbs=["crm", "tickets"]),
    dict(name="mongodb", scheme="mongodb+srv", env="MONGODB_URI", users=["agent-writer", "atlasAdmin", "rag_app"],
         hosts=["cluster0.x7k2p.mongodb.net", "prod-shard.q1w2e3.mongodb.net"], port=None, dbs=["memories", "vectors"]),
    dict(name="redis", scheme="rediss", env="REDIS_URL", users=["default"],
         hosts=["redis-14532.c12.us-east-1-4.ec2.redns.redis-cloud.com", "cache.prod.acme.io"], port=6380, dbs=["0"]),
]

for _d in DBS:
    PROVIDERS.append(P(_d["name"], "database_password", "db", _d["env"], g_password, None, "", "", ["<password>", "PASSWORD"],
                       mcp=(_d["name"], "npx", ["-y", "@modelcontextprotocol/server-postgres"] if _d["name"] == "postgres" else ["-y", "mcp-server-" + _d["name"]], None),
                       w=1.0))
    PROVIDERS[-1]["db"] = _d

for _n, _env in [("smtp", "SMTP_PASSWORD"), ("grafana", "GF_SECURITY_ADMIN_PASSWORD"), ("jira", "JIRA_PASSWORD"),
                 ("keycloak", "KEYCLOAK_ADMIN_PASSWORD"), ("staging-admin", "ADMIN_PASSWORD")]:
    PROVIDERS.append(P(_n, "password", "pw", _env, g_password, None, "", "", ["<password>", "********"], w=0.6))

PBYNAME = {p["name"]: p for p in PROVIDERS}
GROUPS_ALL = ("llm", "obs", "vec", "search", "tool", "db", "pw")
GROUPS_HTTP = ("llm", "obs", "vec", "search", "tool")


def render_slot(r, p, v):
    """Text that goes where a config value goes (DB URLs wrap the password)."""
    if p["group"] != "db":
        return v
    d = p["db"]
    user = r.choice(d["users"])
    host = r.choice(d["hosts"])
    port = (":%d" % d["port"]) if d["port"] else ""
    cred = user + (":" + v if v != "" else "")
    tail = "/" + r.choice(d["dbs"])
    if d["scheme"] == "mongodb+srv":
        tail += "?retryWrites=true&w=majority"
    return "%s://%s@%s%s%s" % (d["scheme"], cred, host, port, tail)


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------
NEUTRAL = ["UPSTREAM", "PRIMARY", "BACKEND_A", "SVC_MAIN", "CFG_VALUE", "PROVIDER_CFG", "REMOTE_A",
           "DEFAULT_UPSTREAM", "LLM_PRIMARY", "GATEWAY_VAL", "CONN_A", "TOOL_CFG", "P1", "X_VALUE", "SETTING_7"]


def style(env, st):
    if st == "screaming":
        return env
    if st == "snake":
        return env.lower()
    if st == "camel":
        return camel(env)
    if st == "pascal":
        return pascal(env)
    return kebab(env)


class Ctx(object):
    def __init__(self, r, p, v, obvious):
        self.r = r
        self.p = p
        self.v = v
        self.obv = obvious
        self.sv = render_slot(r, p, v)
        self.neutral = r.choice(NEUTRAL)

    def name(self, st="screaming"):
        return style(self.p["env"] if self.obv else self.neutral, st)

    @property
    def env(self):
        return self.p["env"]

    def hval(self):
        """Value as sent in the provider's auth header."""
        h = self.p["hdr"] or ("Authorization", "Bearer ")
        return h[0], h[1] + self.v


# ---------------------------------------------------------------------------
# look-alikes used to fill a positive template's slot in negatives
# ---------------------------------------------------------------------------
ENV_SYNTAX = {
    "json": ["${env:%s}", "${%s}", "${env:%s}"],
    "yaml": ["${%s}", "os.environ/%s", "${{ secrets.%s }}", "{{ env.%s }}"],
    "dotenv": ["${%s}", "$%s"], "shell": ["${%s}", "$%s"], "makefile": ["$(%s)", "${%s}"],
    "toml": ["${%s}", "env:%s"], "python": ["${%s}", "env:%s", "%%(%s)s"], "typescript": ["${%s}", "env:%s"],
    "javascript": ["${%s}"], "go": ["${%s}", "env:%s"],
}


def lookalike(r, p, ft=None):
    env = p["env"]
    pre = p["redact"]
    c = r.choice(["placeholder", "placeholder", "env_reference", "env_reference", "env_reference",
                  "secret_manager_ref", "redacted", "redacted", "empty", "doc_placeholder"])
    if p["group"] in ("db", "pw") and c == "doc_placeholder":
        c = "placeholder"
    if c == "placeholder":
        opts = ["<%s>" % env, "YOUR_%s" % env, "your-api-key-here", "REPLACE_ME", "<paste key here>",
                "xxxxxxxxxxxxxxxxxxxxxxxx", "TODO-set-me", "<%s>" % kebab(env)]
        if pre:
            opts += [pre + "...", pre + "your-key-here", pre + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", pre + "<redacted>"]
        if p["group"] in ("db", "pw"):
            opts = ["<password>", "PASSWORD", "<db-password>", "YOUR_PASSWORD", "<%s>" % env]
        return r.choice(opts), c
    if c == "env_reference":
        var = env if p["group"] != "db" else r.choice(["DB_PASSWORD", "POSTGRES_PASSWORD", "MONGO_PASSWORD", env + "_PASSWORD"])
        opts = ENV_SYNTAX.get(ft) or ["${%s}", "${env:%s}", "$%s", "${{ secrets.%s }}", "os.environ/%s", "env:%s", "{{ env.%s }}"]
        return r.choice(opts) % var, c
    if c == "secret_manager_ref":
        slug = kebab(env)
        return r.choice([
            "op://Engineering/%s/credential" % p["name"].title(),
            "vault:secret/data/agents/%s#value" % slug,
            "arn:aws:secretsmanager:us-east-1:%d:secret:prod/%s" % (r.randint(10 ** 11, 10 ** 12 - 1), slug),
            "projects/acme-ml-prod/secrets/%s/versions/latest" % slug,
            "sm://prod/%s" % slug,
            "doppler://agents/prd/%s" % env,
        ]), c
    if c == "redacted":
        tail = rs(r, ALNUM, 4)
        opts = ["[REDACTED]", "<redacted>", "***", "REDACTED", "********"]
        if pre:
            opts += [pre + "*" * r.randint(8, 40) + tail, pre + "\u2026" + tail, pre + "****" + tail]
        else:
            opts += ["*" * r.randint(20, 32) + tail, "\u2022" * 12 + tail]
        return r.choice(opts), c
    if c == "empty":
        return "", c
    return r.choice(p["doc"]), c


# ---------------------------------------------------------------------------
# filler: ids, models, prompts (identifiers, never secrets)
# ---------------------------------------------------------------------------
def id_chatcmpl(r):
    return "chatcmpl-" + rs(r, ALNUM, 29)


def id_call(r):
    return "call_" + rs(r, ALNUM, 24)


def id_msg(r):
    return "msg_01" + rs(r, ALNUM, 22)


def id_toolu(r):
    return "toolu_01" + rs(r, ALNUM, 22)


def id_resp(r):
    return "resp_" + rs(r, HEX, 48)


def id_req(r):
    return "req_" + rs(r, HEX, 32)


def id_run(r):
    return "run_" + rs(r, ALNUM, 24)


def id_thread(r):
    return "thread_" + rs(r, ALNUM, 24)


def id_asst(r):
    return "asst_" + rs(r, ALNUM, 24)


def id_file(r):
    return "file-" + rs(r, ALNUM, 22)


def id_fp(r):
    return "fp_" + rs(r, HEX, 10)


def trace_id(r):
    return rs(r, HEX, 32)


def span_id(r):
    return rs(r, HEX, 16)


MODELS = {
    "openai": ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "o3-mini", "gpt-4.1-mini"],
    "anthropic": ["claude-3-5-sonnet-20241022", "claude-3-7-sonnet-20250219", "claude-sonnet-4-20250514", "claude-3-5-haiku-20241022"],
    "google-gemini": ["gemini-2.0-flash", "gemini-1.5-pro", "gemini-2.5-pro"],
    "mistral": ["mistral-large-latest", "mistral-small-latest", "codestral-latest"],
    "groq": ["llama-3.3-70b-versatile", "llama-3.1-8b-instant", "mixtral-8x7b-32768"],
    "openrouter": ["anthropic/claude-3.5-sonnet", "meta-llama/llama-3.1-70b-instruct", "openai/gpt-4o-mini"],
    "deepseek": ["deepseek-chat", "deepseek-reasoner"],
    "xai": ["grok-2-latest", "grok-3-mini"],
    "huggingface": ["meta-llama/Llama-3.1-8B-Instruct", "Qwen/Qwen2.5-72B-Instruct"],
    "perplexity": ["sonar", "sonar-pro"],
    "cohere": ["command-r-plus", "command-a-03-2025"],
}


def model_for(r, p):
    return r.choice(MODELS.get(p["name"], MODELS["openai"]))


TASKS = [
    "Summarise the open incidents from last night and draft a status update.",
    "Find the three most cited papers on retrieval-augmented generation from 2024.",
    "Refactor utils/dates.py so the timezone handling is in one place.",
    "Why does the nightly eval job fail on the second shard?",
    "Write a migration that adds an index on conversations(user_id, created_at).",
    "Compare pricing of the vector databases we shortlisted.",
    "Triage the GitHub issues labelled bug and propose owners.",
    "Draft a reply to the customer asking about invoice INV-20931.",
    "Search the web for the latest release notes of LangGraph.",
    "Generate unit tests for the chunker in ingest/split.py.",
    "Explain the spike in p95 latency on the /chat endpoint.",
    "Post the weekly metrics summary to #ml-platform.",
]

USERS = ["dana", "marek", "priya", "tomas", "lea", "kwame", "sofia", "jun", "ola", "ravi"]
ORG = ["acme", "northwind", "globex", "initech", "umbrella-labs", "hooli", "contoso"]


def usage(r):
    pt = r.randint(120, 9000)
    ct = r.randint(20, 1200)
    return {"prompt_tokens": pt, "completion_tokens": ct, "total_tokens": pt + ct}


# ---------------------------------------------------------------------------
# quoting helpers
# ---------------------------------------------------------------------------
YAML_SPECIAL_START = set("*&!%@`{}[]|>'\"#,?:-<$")


def yq(r, v, force=False):
    if v == "":
        return r.choice(['""', "''"])
    if force or v[0] in YAML_SPECIAL_START or ": " in v or " #" in v or v.lower() in ("yes", "no", "true", "false", "null", "on", "off"):
        return '"%s"' % v if r.random() < 0.7 else "'%s'" % v
    return r.choice([v, v, '"%s"' % v, "'%s'" % v])


def envq(r, v):
    if v == "" or " " in v or "$" in v or "{" in v or "<" in v:
        return '"%s"' % v if v else ""
    return r.choice([v, v, v, '"%s"' % v, "'%s'" % v])


def pyq(r, v):
    return r.choice(['"%s"', "'%s'"]) % v


def hdr_pair(C):
    return C.hval()


def url_with_key(C):
    """URL carrying the credential as a query parameter or userinfo, if the provider does that."""
    n = C.p["name"]
    if n == "serpapi":
        return "https://serpapi.com/search.json?engine=google&q=%s&api_key=%s" % (
            C.r.choice(["langgraph+release+notes", "best+vector+database", "weather+berlin"]), C.v)
    if n == "google-gemini":
        return C.p["url"] + "?key=" + C.v
    if n == "github":
        return "https://x-access-token:%s@github.com/%s/%s.git" % (C.v, C.r.choice(ORG), C.r.choice(["agent-runner", "evals", "infra"]))
    if n == "brave":
        return None
    return None


def tool_call(C):
    """(tool name, arguments dict) of a function call that carries the credential."""
    r, p = C.r, C.p
    g = p["group"]
    if g == "db":
        q = r.choice(["SELECT id, title FROM tickets WHERE status = 'open' LIMIT 20",
                      "SELECT count(*) FROM conversations WHERE created_at > now() - interval '1 day'",
                      "db.memories.find({user: 'u_381'}).limit(5)", "INFO keyspace"])
        key = r.choice(["dsn", "connection_string", "database_url", "conn"])
        return r.choice(["run_sql", "query_database", "db_exec"]), {key: C.sv, "query": q, "timeout_s": r.choice([10, 30, 60])}
    if g == "pw":
        if C.obv:
            return "ssh_exec", {"host": "bastion-%d.%s.internal" % (r.randint(1, 4), r.choice(ORG)), "username": r.choice(USERS),
                                "password": C.v, "command": r.choice(["systemctl status nginx", "df -h", "tail -n 50 /var/log/app.log"])}
        return "browser_type", {"selector": r.choice(["#password", "input[name=pass]", "#login-pw"]), "text": C.v, "submit": True}
    u = url_with_key(C)
    if C.obv:
        k = r.choice([p["env"].lower(), "api_key", "token", camel(p["env"])])
        return r.choice(["call_%s" % p["name"].replace("-", "_"), "configure_client", "set_credentials"]), {k: C.v, "base_url": p["url"].split("/v1")[0]}
    if u and (r.random() < 0.6 or p["hdr"] is None):
        return "fetch_url", {"url": u, "method": "GET"}
    if p["name"] == "langfuse":
        return "http_request", {"method": "GET", "url": "https://cloud.langfuse.com/api/public/traces?limit=20",
                                "auth": ["pk-lf-" + ruuid(r), C.v]}
    h, val = C.hval()
    body = {"query": r.choice(TASKS)} if g == "search" else {"limit": r.randint(5, 50)}
    return "http_request", {"method": "POST", "url": p["url"], "headers": {h: val, "Content-Type": "application/json"}, "json": body}


def pasted_text(C):
    """A line a human would paste into a chat or a note."""
    r, p = C.r, C.p
    g = p["group"]
    if g == "db":
        return r.choice(["Connection string is %s" % C.sv, "use this: %s" % C.sv, "%s=%s" % (p["env"], C.sv)])
    if g == "pw":
        if C.obv:
            return r.choice(["the %s password is %s" % (p["name"], C.v), "%s=%s" % (p["env"], C.v)])
        return r.choice(["login: %s / %s" % (r.choice(USERS), C.v), "creds are admin + %s" % C.v])
    if C.obv:
        return r.choice(["%s=%s" % (p["env"], C.v), "my %s key: %s" % (p["name"], C.v), "export %s=%s" % (p["env"], C.v)])
    u = url_with_key(C)
    if u and (r.random() < 0.5 or p["hdr"] is None):
        return "this works in the browser: %s" % u
    if p["name"] == "langfuse":
        return "curl -u pk-lf-%s:%s https://cloud.langfuse.com/api/public/traces" % (ruuid(r), C.v)
    h, val = C.hval()
    return r.choice(["try with header `%s: %s`" % (h, val), "here you go: %s" % C.v, "use %s" % C.v])


def mcp_entry(C):
    """(server key, server dict) for an MCP config carrying the credential."""
    r, p = C.r, C.p
    m = p["mcp"]
    if m is None:
        m = (p["name"] + "-mcp", r.choice(["npx", "uvx"]), ["-y", "mcp-server-" + p["name"]] if r.random() < 0.5 else ["mcp-" + p["name"]], p["env"])
    key, cmd, args, envname = m
    args = list(args)
    if cmd == "uvx" and args and args[0] == "-y":
        args = args[1:]
    srv = {"command": cmd, "args": args}
    if p["group"] == "db":
        srv["args"] = args + [C.sv]
    elif envname is None or (not C.obv and r.random() < 0.5):
        flag = r.choice(["--api-key=%s", "--api-key", "--token"]) if p["group"] != "pw" else r.choice(["--password=%s", "--password"])
        if "=" in flag:
            srv["args"] = args + [flag % C.v]
        else:
            srv["args"] = args + [flag, C.v]
    else:
        env = {envname: C.v}
        if p["name"] == "slack":
            env["SLACK_TEAM_ID"] = "T0" + rs(r, UPPER + DIGITS, 8)
        if p["name"] == "qdrant":
            env = {"QDRANT_URL": p["url"].rsplit("/", 1)[0], "COLLECTION_NAME": "agent-notes", envname: C.v}
        srv["env"] = env
    return key, srv


# ---------------------------------------------------------------------------
# template registry
# ---------------------------------------------------------------------------
TEMPLATES = []       # (name, filetype, groups, fn) -- used for positives and slot-filled negatives
NEG_TEMPLATES = []   # (name, filetype, fn) -- domain look-alike negatives


HDR_TEMPLATES = set()


def tpl(name, ft, groups=GROUPS_ALL, hdr=False):
    def deco(fn):
        TEMPLATES.append((name, ft, groups, fn))
        if hdr:
            HDR_TEMPLATES.add(name)
        return fn
    return deco


def ntpl(name, ft):
    def deco(fn):
        NEG_TEMPLATES.append((name, ft, fn))
        return fn
    return deco


# ---------------------------------------------------------------------------
# templates (positives; re-used with a look-alike in the slot for negatives)
# each returns (relative path, text)
# ---------------------------------------------------------------------------
@tpl("langsmith_runs_jsonl", "jsonl")
def t_langsmith_runs(C):
    r = C.r
    tid = ruuid(r)
    rows = []
    n = r.randint(5, 9)
    hit = r.randint(1, n - 1)
    t0 = rdate(r)
    for i in range(n):
        run = {"id": ruuid(r), "trace_id": tid, "parent_run_id": None if i == 0 else tid,
               "name": "AgentExecutor" if i == 0 else r.choice(["ChatOpenAI", "tool:search", "VectorStoreRetriever", "tool:read_file"]),
               "start_time": "%sT%s" % (t0, rtime(r)), "status": "success"}
        run["run_type"] = {"AgentExecutor": "chain", "ChatOpenAI": "llm", "VectorStoreRetriever": "retriever"}.get(run["name"], "tool")
        if i == hit:
            name, args = tool_call(C)
            run["name"] = "tool:" + name
            run["run_type"] = "tool"
            run["inputs"] = {"input": json.dumps(args)} if r.random() < 0.5 else args
            run["outputs"] = {"output": r.choice(["200 OK", "ok", "[3 rows]", "done"])}
        elif i == 0:
            run["inputs"] = {"input": r.choice(TASKS)}
        else:
            run["extra"] = {"metadata": {"ls_model_name": r.choice(MODELS["openai"]), "ls_provider": "openai"}}
            run["total_tokens"] = r.randint(200, 6000)
        rows.append(jl(run))
    path = r.choice(["traces/langsmith-export-%s.jsonl" % t0, "exports/runs_%s.jsonl" % t0.replace("-", ""), "debug/trace-%s.jsonl" % tid[:8]])
    return path, "\n".join(rows) + "\n"


@tpl("otel_spans_jsonl", "jsonl", GROUPS_HTTP + ("db",), hdr=True)
def t_otel_spans(C):
    r = C.r
    tid = trace_id(r)
    rows = []
    n = r.randint(5, 9)
    hit = r.randint(0, n - 1)
    for i in range(n):
        attrs = {"service.name": r.choice(["support-agent", "rag-api", "agent-worker"]),
                 "gen_ai.system": r.choice(["openai", "anthropic"]), "gen_ai.usage.input_tokens": r.randint(50, 4000)}
        name = r.choice(["chat gpt-4o-mini", "retrieve", "execute_tool", "POST"])
        if i == hit:
            if C.p["group"] == "db":
                attrs["db.system"] = C.p["name"]
                attrs["db.connection_string"] = C.sv
                name = "db.query"
            elif C.obv:
                tname, args = tool_call(C)
                attrs["gen_ai.tool.name"] = tname
                attrs["gen_ai.tool.call.arguments"] = json.dumps(args)
                name = "execute_tool " + tname
            else:
                h, val = C.hval()
                attrs["http.request.method"] = "POST"
                attrs["url.full"] = C.p["url"]
                attrs["http.request.header." + h.lower()] = [val]
                name = "POST"
        rows.append(jl({"traceId": tid, "spanId": span_id(r), "name": name, "kind": "SPAN_KIND_CLIENT",
                        "startTimeUnixNano": str(repoch(r) * 10 ** 9), "attributes": attrs}))
    return r.choice(["otel/spans.jsonl", "telemetry/export/spans-%s.jsonl" % rdate(r), "collector-dump.jsonl"]), "\n".join(rows) + "\n"


def _sys_prompt(r):
    return r.choice(["You are a helpful coding agent working in the acme monorepo.",
                     "You are SupportBot. Answer using the knowledge base; cite sources.",
                     "You are an autonomous research agent. Use tools when needed."])


@tpl("chat_completion_request_json", "json")
def t_chat_request(C):
    r = C.r
    msgs = [{"role": "system", "content": _sys_prompt(r)},
            {"role": "user", "content": r.choice(TASKS)},
            {"role": "assistant", "content": r.choice(["I need credentials for that service. Can you share them?",
                                                        "The call failed with 401. Which key should I use?"])},
            {"role": "user", "content": pasted_text(C)}]
    body = {"model": r.choice(MODELS["openai"]), "temperature": r.choice([0, 0.2, 0.7]), "messages": msgs}
    if r.random() < 0.5:
        body["tools"] = [{"type": "function", "function": {"name": "http_request", "description": "Make an HTTP request",
                                                            "parameters": {"type": "object", "properties": {"url": {"type": "string"}}}}}]
    return r.choice(["fixtures/requests/chat_%03d.json" % r.randint(1, 200), "debug/last_request.json",
                     "tests/fixtures/openai/chat_completion_request.json"]), jd(body) + "\n"


@tpl("chat_completion_response_json", "json")
def t_chat_response(C):
    r = C.r
    name, args = tool_call(C)
    body = {"id": id_chatcmpl(r), "object": "chat.completion", "created": repoch(r), "model": r.choice(["gpt-4o-2024-08-06", "gpt-4o-mini-2024-07-18"]),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": None,
                                                 "tool_calls": [{"id": id_call(r), "type": "function",
                                                                 "function": {"name": name, "arguments": json.dumps(args)}}]},
                         "logprobs": None, "finish_reason": "tool_calls"}],
            "usage": usage(r), "system_fingerprint": id_fp(r)}
    return r.choice(["fixtures/responses/tool_call_%02d.json" % r.randint(1, 60), "recordings/chat_completion.json",
                     "tests/cassettes/agent_tool_call.json"]), jd(body) + "\n"


@tpl("anthropic_messages_json", "json")
def t_anthropic_messages(C):
    r = C.r
    name, args = tool_call(C)
    tu = id_toolu(r)
    body = {"model": r.choice(MODELS["anthropic"]), "max_tokens": r.choice([1024, 4096, 8192]),
            "system": _sys_prompt(r),
            "messages": [{"role": "user", "content": r.choice(TASKS)},
                         {"role": "assistant", "content": [{"type": "text", "text": "Let me call the tool."},
                                                           {"type": "tool_use", "id": tu, "name": name, "input": args}]},
                         {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tu, "content": r.choice(["OK", "201 Created", "[]"])}]}]}
    return r.choice(["logs/anthropic/request-%s.json" % rs(r, HEX, 8), "replay/messages_request.json", "tests/data/tool_use_roundtrip.json"]), jd(body) + "\n"


@tpl("responses_api_json", "json")
def t_responses_api(C):
    r = C.r
    name, args = tool_call(C)
    body = {"id": id_resp(r), "object": "response", "created_at": repoch(r), "status": "completed",
            "model": r.choice(["gpt-4.1-2025-04-14", "o4-mini-2025-04-16"]),
            "output": [{"type": "reasoning", "id": "rs_" + rs(r, HEX, 48), "summary": []},
                       {"type": "function_call", "id": "fc_" + rs(r, HEX, 48), "call_id": id_call(r), "name": name,
                        "arguments": json.dumps(args), "status": "completed"}],
            "usage": {"input_tokens": r.randint(100, 5000), "output_tokens": r.randint(10, 600)}}
    return r.choice(["snapshots/responses/%s.json" % name, "fixtures/responses_api/output.json"]), jd(body) + "\n"


@tpl("transcript_md", "markdown")
def t_transcript_md(C):
    r = C.r
    u = r.choice(USERS)
    lines = ["# Agent session %s" % rdate(r), "", "_exported from chat, model: %s_" % r.choice(MODELS["anthropic"] + MODELS["openai"]), "",
             "**%s:** %s" % (u, r.choice(TASKS)), "",
             "**Assistant:** %s" % r.choice(["Sure. I'll need access to the API first - the request returned `401 Unauthorized`.",
                                             "I can do that, but the environment has no credentials configured."]), ""]
    t = pasted_text(C)
    if r.random() < 0.5:
        lines += ["**%s:** ok, here:" % u, "", "```", t, "```", ""]
    else:
        lines += ["**%s:** %s" % (u, t), ""]
    lines += ["**Assistant:** Thanks, that worked. %s" % r.choice(["Found 14 matching records.", "The job is green now.", "Posted the summary."]), ""]
    return r.choice(["transcripts/%s-debug.md" % rdate(r), "notes/chat-log.md", "docs/sessions/%s.md" % u, "chats/session-%d.md" % r.randint(1, 400)]), "\n".join(lines)


@tpl("chatgpt_export_json", "json")
def t_chatgpt_export(C):
    r = C.r
    ids = [ruuid(r) for _ in range(3)]
    conv = {"title": r.choice(["Fix eval pipeline", "Agent setup", "Slack bot help", "DB migration"]), "create_time": repoch(r) + 0.5,
            "mapping": {ids[0]: {"id": ids[0], "message": {"author": {"role": "user"}, "content": {"content_type": "text", "parts": [r.choice(TASKS)]}}, "parent": None, "children": [ids[1]]},
                        ids[1]: {"id": ids[1], "message": {"author": {"role": "assistant"}, "content": {"content_type": "text", "parts": ["Which credentials does the script use?"]}}, "parent": ids[0], "children": [ids[2]]},
                        ids[2]: {"id": ids[2], "message": {"author": {"role": "user"}, "content": {"content_type": "text", "parts": [pasted_text(C)]}}, "parent": ids[1], "children": []}},
            "conversation_id": ruuid(r)}
    return r.choice(["exports/chatgpt/conversations.json", "backup/conversations.json"]), jd([conv]) + "\n"


@tpl("agents_md", "markdown")
def t_agents_md(C):
    r = C.r
    n = C.name("screaming")
    lines = ["# AGENTS.md", "", "Guidance for coding agents working in this repository.", "", "## Setup", "",
             "- Python %s, install with `uv sync`" % r.choice(["3.11", "3.12"]), "- Run `make test` before proposing a change", "",
             "## Environment", ""]
    if r.random() < 0.5:
        lines += ["The integration tests need these variables:", "", "```bash", "export %s=%s" % (n, C.sv),
                  "export LOG_LEVEL=debug", "```"]
    else:
        lines += ["- `%s` = `%s`" % (n, C.sv), "- `APP_ENV` = `staging`"]
    lines += ["", "## Conventions", "", "- Keep functions small; type-annotate public APIs", "- Do not commit notebooks with outputs", ""]
    return r.choice(["AGENTS.md", "services/agent/AGENTS.md"]), "\n".join(lines)


@tpl("claude_md", "markdown")
def t_claude_md(C):
    r = C.r
    lines = ["# CLAUDE.md", "", "## Project", "%s is a %s." % (r.choice(["Lumen", "Harbor", "Quill", "Atlas"]), r.choice(["RAG service for support docs", "multi-agent research tool", "slack triage bot"])), "",
             "## Commands", "- `pnpm dev` start the app", "- `pnpm test` run vitest", "", "## Memory", "",
             "- Staging URL: https://staging.%s.io" % r.choice(ORG)]
    if C.obv:
        lines.append("- %s: %s" % (C.name("screaming"), C.sv))
    else:
        lines.append("- when the tool asks, give it %s" % C.sv)
    lines += ["- Owner of the eval pipeline: @%s" % r.choice(USERS), "", "## Style", "- Prefer early returns", ""]
    return r.choice(["CLAUDE.md", "CLAUDE.local.md", ".claude/CLAUDE.md"]), "\n".join(lines)


@tpl("cursorrules", "cursorrules", hdr=True)
def t_cursorrules(C):
    r = C.r
    lines = ["You are an expert in TypeScript, Next.js App Router and Tailwind.", "",
             "Code style:", "- Use functional components", "- Prefer server actions for mutations", "",
             "When testing API calls locally:"]
    if C.p["group"] in GROUPS_HTTP and not C.obv:
        h, val = C.hval()
        lines.append("- send the header %s: %s" % (h, val))
    else:
        lines.append("- use %s=%s" % (C.name("screaming"), C.sv))
    lines += ["- never log full responses", "", "Testing:", "- vitest for units, playwright for e2e", ""]
    return ".cursorrules", "\n".join(lines)


@tpl("cursor_mdc", "mdc")
def t_cursor_mdc(C):
    r = C.r
    lines = ["---", "description: %s" % r.choice(["Backend API conventions", "How to call internal services", "Agent tool usage"]),
             "globs: %s" % r.choice(["src/**/*.ts", "app/api/**", "**/*.py"]), "alwaysApply: %s" % r.choice(["false", "true"]), "---", "",
             "# Calling services", "", "- Reuse the client in `lib/http.ts`", "- Retry 429 with backoff"]
    if C.obv:
        lines.append("- Dev credentials: `%s=%s`" % (C.name("screaming"), C.sv))
    else:
        lines.append("- For local runs pass `%s` as the first CLI argument" % C.sv)
    lines += ["- Timeouts: 30s", ""]
    return ".cursor/rules/%s.mdc" % r.choice(["api", "services", "backend", "tools"]), "\n".join(lines)


def _other_mcp(r):
    return r.choice([("filesystem", {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/%s/projects" % r.choice(USERS)]}),
                     ("fetch", {"command": "uvx", "args": ["mcp-server-fetch"]}),
                     ("memory", {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory"]}),
                     ("sequential-thinking", {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-sequential-thinking"]})])


@tpl("mcp_json", "json")
def t_mcp_json(C):
    r = C.r
    key, srv = mcp_entry(C)
    servers = {}
    ok, osrv = _other_mcp(r)
    if r.random() < 0.5:
        servers[ok] = osrv
    servers[key] = srv
    path = r.choice([".cursor/mcp.json", ".mcp.json", ".vscode/mcp.json", "mcp.json"])
    if path == ".vscode/mcp.json":
        for s in servers.values():
            s["type"] = "stdio"
        doc = {"servers": servers}
    else:
        doc = {"mcpServers": servers}
    return path, jd(doc, r.choice([2, 4])) + "\n"


@tpl("claude_desktop_config", "json")
def t_claude_desktop(C):
    r = C.r
    key, srv = mcp_entry(C)
    ok, osrv = _other_mcp(r)
    doc = {"mcpServers": {ok: osrv, key: srv}}
    if r.random() < 0.4:
        doc["globalShortcut"] = "Ctrl+Space"
    return r.choice(["claude_desktop_config.json", "dotfiles/claude/claude_desktop_config.json", "config/claude_desktop_config.json"]), jd(doc) + "\n"


@tpl("cline_mcp_settings", "json")
def t_cline(C):
    r = C.r
    key, srv = mcp_entry(C)
    srv["disabled"] = False
    srv["autoApprove"] = r.choice([[], ["search"], ["list_issues", "get_issue"]])
    return r.choice(["cline_mcp_settings.json", ".roo/mcp.json", "settings/cline_mcp_settings.json"]), jd({"mcpServers": {key: srv}}) + "\n"


@tpl("claude_settings_json", "json")
def t_claude_settings(C):
    r = C.r
    doc = {"permissions": {"allow": ["Bash(npm run test:*)", "Bash(git diff:*)", "Read(**)"], "deny": ["Read(./.env)"]},
           "env": {"CLAUDE_CODE_ENABLE_TELEMETRY": "0", C.name("screaming"): C.sv}}
    if r.random() < 0.5:
        doc["model"] = r.choice(["sonnet", "opus"])
    return r.choice([".claude/settings.json", ".claude/settings.local.json"]), jd(doc) + "\n"


def _llm_provider_tag(p):
    return {"google-gemini": "gemini", "huggingface": "huggingface-inference-api"}.get(p["name"], p["name"])


@tpl("continue_config_yaml", "yaml", ("llm",))
def t_continue_yaml(C):
    r = C.r
    p = C.p
    lines = ["name: %s assistant" % r.choice(ORG).title(), "version: 0.0.1", "schema: v1", "models:",
             "  - name: %s" % model_for(r, p), "    provider: %s" % _llm_provider_tag(p), "    model: %s" % model_for(r, p),
             "    apiKey: %s" % yq(r, C.sv), "    roles:", "      - chat", "      - edit",
             "  - name: Autocomplete", "    provider: ollama", "    model: qwen2.5-coder:1.5b", "    roles:", "      - autocomplete",
             "context:", "  - provider: code", "  - provider: docs", "  - provider: diff", ""]
    return ".continue/config.yaml", "\n".join(lines)


@tpl("continue_config_json", "json", ("llm",))
def t_continue_json(C):
    r = C.r
    p = C.p
    doc = {"models": [{"title": model_for(r, p), "provider": _llm_provider_tag(p), "model": model_for(r, p), "apiKey": C.sv}],
           "tabAutocompleteModel": {"title": "Starcoder", "provider": "ollama", "model": "starcoder2:3b"},
           "allowAnonymousTelemetry": False, "contextProviders": [{"name": "code"}, {"name": "terminal"}]}
    return ".continue/config.json", jd(doc) + "\n"


@tpl("aider_conf_yml", "yaml", ("llm",))
def t_aider(C):
    r = C.r
    p = C.p
    lines = ["# aider configuration", "model: %s/%s" % (_llm_provider_tag(p), model_for(r, p)) if p["name"] not in ("openai", "anthropic") else "model: %s" % model_for(r, p),
             "auto-commits: %s" % r.choice(["false", "true"]), "dark-mode: true", "map-tokens: %d" % r.choice([1024, 2048])]
    if p["name"] in ("openai", "anthropic") and C.obv:
        lines.append("%s-api-key: %s" % (p["name"], yq(r, C.sv)))
    elif C.obv:
        lines += ["set-env:", "  - %s=%s" % (p["env"], C.sv)]
    else:
        lines += ["api-key:", "  - %s=%s" % (_llm_provider_tag(p), C.sv)]
    lines += ["lint-cmd:", "  - \"python: ruff check\"", "read:", "  - CONVENTIONS.md", ""]
    return ".aider.conf.yml", "\n".join(lines)


@tpl("autogen_oai_config_list", "json", ("llm",))
def t_oai_config_list(C):
    r = C.r
    p = C.p
    entry = {"model": model_for(r, p), "api_key": C.sv}
    if p["name"] != "openai":
        entry["base_url"] = p["url"].rsplit("/chat", 1)[0]
        entry["api_type"] = "openai"
    cfg = [entry]
    if r.random() < 0.5:
        cfg.append({"model": "llama3.1:8b", "base_url": "http://localhost:11434/v1", "api_key": "ollama", "price": [0, 0]})
    return r.choice(["OAI_CONFIG_LIST", "OAI_CONFIG_LIST.json", "autogen/OAI_CONFIG_LIST"]), jd(cfg) + "\n"


@tpl("crewai_crew_py", "python", ("llm", "search", "vec"))
def t_crewai(C):
    r = C.r
    p = C.p
    q = r.choice(['"', "'"])
    crew = r.choice(["research_crew", "content_crew", "triage_crew"])
    lines = ["from crewai import Agent, Crew, Process, Task, LLM", "from crewai.project import CrewBase, agent, crew, task"]
    if p["group"] == "llm":
        if C.obv:
            lines += ["", "%s = %s%s%s" % (p["env"], q, C.sv, q), "", "llm = LLM(model=%s%s/%s%s, api_key=%s, temperature=0.2)" % (q, _llm_provider_tag(p), model_for(r, p), q, p["env"])]
        else:
            lines += ["", "llm = LLM(", "    model=%s%s/%s%s," % (q, _llm_provider_tag(p), model_for(r, p), q), "    api_key=%s%s%s," % (q, C.sv, q), ")"]
    else:
        tool = {"search": "SerperDevTool", "vec": "RagTool"}[p["group"]]
        lines[0:0] = ["import os"]
        lines += ["from crewai_tools import %s" % tool, ""]
        if C.obv:
            lines += ["os.environ[%s%s%s] = %s%s%s" % (q, p["env"], q, q, C.sv, q)]
        else:
            lines += ["os.environ.setdefault(%s%s%s, %s%s%s)" % (q, p["env"], q, q, C.sv, q)]
        lines += ["", "llm = LLM(model=%sgpt-4o-mini%s)" % (q, q), "search_tool = %s()" % tool]
    lines += ["", "", "@CrewBase", "class %s:" % pascal(crew.upper()), "    agents_config = %sconfig/agents.yaml%s" % (q, q),
              "    tasks_config = %sconfig/tasks.yaml%s" % (q, q), "", "    @agent", "    def researcher(self) -> Agent:",
              "        return Agent(config=self.agents_config[%sresearcher%s], llm=llm, verbose=True)" % (q, q), "",
              "    @task", "    def research_task(self) -> Task:", "        return Task(config=self.tasks_config[%sresearch_task%s])" % (q, q), "",
              "    @crew", "    def crew(self) -> Crew:", "        return Crew(agents=self.agents, tasks=self.tasks, process=Process.sequential)", ""]
    return "src/%s/crew.py" % crew, "\n".join(lines)


@tpl("langgraph_json", "json")
def t_langgraph_json(C):
    r = C.r
    doc = {"dependencies": ["."], "graphs": {"agent": "./src/agent/graph.py:graph"},
           "env": {C.name("screaming"): C.sv, "LANGCHAIN_TRACING_V2": "true"}, "python_version": "3.11"}
    return r.choice(["langgraph.json", "apps/agent/langgraph.json"]), jd(doc, r.choice([2, 4])) + "\n"


@tpl("litellm_config_yaml", "yaml", ("llm", "obs", "db"))
def t_litellm(C):
    r = C.r
    p = C.p
    lines = ["model_list:"]
    if p["group"] == "llm":
        lines += ["  - model_name: %s" % r.choice(["default", "fast", "smart"]), "    litellm_params:",
                  "      model: %s/%s" % (_llm_provider_tag(p), model_for(r, p)), "      api_key: %s" % yq(r, C.sv),
                  "  - model_name: local", "    litellm_params:", "      model: ollama/llama3.1", "      api_base: http://ollama:11434",
                  "", "litellm_settings:", "  drop_params: true", "  num_retries: 3"]
    else:
        lines += ["  - model_name: gpt-4o", "    litellm_params:", "      model: openai/gpt-4o", "      api_key: os.environ/OPENAI_API_KEY", ""]
        if p["group"] == "db":
            lines += ["general_settings:", "  master_key: os.environ/LITELLM_MASTER_KEY", "  database_url: %s" % yq(r, C.sv, force=r.random() < 0.5)]
        else:
            lines += ["litellm_settings:", "  success_callback: [\"%s\"]" % p["name"], "", "environment_variables:",
                      "  %s: %s" % (C.name("screaming"), yq(r, C.sv))]
    lines.append("")
    return r.choice(["litellm/config.yaml", "proxy_config.yaml", "deploy/litellm-config.yaml"]), "\n".join(lines)


@tpl("py_agent_client", "python", GROUPS_HTTP, hdr=True)
def t_py_client(C):
    r = C.r
    p = C.p
    q = r.choice(['"', "'"])
    lit = q + C.sv + q
    lines = ['"""%s"""' % r.choice(["LLM client wiring for the support agent.", "Thin wrapper used by the planner and the tools.", "Shared clients."]), "",
             "import logging", "import os"]
    if p["py"]:
        imp, ctor = p["py"]
        lines.append(imp)
        lines += ["", "log = logging.getLogger(__name__)", ""]
        if p["name"] == "qdrant":
            lines.append("QDRANT_URL = os.getenv(%sQDRANT_URL%s, %s%s%s)" % (q, q, q, p["url"].rsplit("/", 1)[0], q))
        if C.obv:
            lines += ["%s = %s" % (p["env"], lit), "", "client = %s" % ctor.format(v=p["env"])]
        else:
            lines += ["client = %s" % ctor.format(v=lit)]
    else:
        lines.append("import requests")
        h, val = C.hval()
        lines += ["", "log = logging.getLogger(__name__)", "", "BASE_URL = %s%s%s" % (q, p["url"], q)]
        if C.obv:
            lines += ["%s = %s" % (p["env"], lit), "HEADERS = {%s%s%s: %s%s%s + %s}" % (q, h, q, q, C.hval()[1][:len(C.hval()[1]) - len(C.v)], q, p["env"])]
        else:
            lines += ["HEADERS = {%s%s%s: %s%s%s}" % (q, h, q, q, val, q)]
        lines += ["", "", "def call(payload: dict) -> dict:", "    resp = requests.post(BASE_URL, json=payload, headers=HEADERS, timeout=30)",
                  "    resp.raise_for_status()", "    return resp.json()"]
    lines += ["", "", "def healthcheck() -> bool:", "    try:", "        return True", "    except Exception:  # noqa: BLE001",
              "        log.exception(%shealthcheck failed%s)" % (q, q), "        return False", ""]
    return r.choice(["agent/llm.py", "app/clients.py", "src/agent/providers.py", "backend/services/llm_client.py"]), "\n".join(lines)


@tpl("py_environ_bootstrap", "python")
def t_py_environ(C):
    r = C.r
    q = r.choice(['"', "'"])
    lines = ["#!/usr/bin/env python3", "# quick experiment: agent with tools", "import os", "", ]
    if C.obv:
        lines.append("os.environ[%s%s%s] = %s%s%s" % (q, C.env, q, q, C.sv, q))
    else:
        lines.append("os.environ.update({%s%s%s: %s%s%s})" % (q, C.env, q, q, C.sv, q) if r.random() < 0.3 else
                     "cfg = {%s%s%s: %s%s%s, %sretries%s: 3}" % (q, C.neutral.lower(), q, q, C.sv, q, q, q))
    lines += ["os.environ[%sLANGCHAIN_TRACING_V2%s] = %strue%s" % (q, q, q, q), "", "from langgraph.prebuilt import create_react_agent",
              "from langchain_core.tools import tool", "", "", "@tool", "def add(a: int, b: int) -> int:", "    %sAdd two numbers.%s" % ('"""', '"""'),
              "    return a + b", "", "", "agent = create_react_agent(%s%s%s, tools=[add])" % (q, r.choice(["openai:gpt-4o-mini", "anthropic:claude-3-5-haiku-latest"]), q),
              "", "if __name__ == %s__main__%s:" % (q, q), "    out = agent.invoke({%smessages%s: [(%suser%s, %swhat is 2+40?%s)]})" % (q, q, q, q, q, q),
              "    print(out[%smessages%s][-1].content)" % (q, q), ""]
    return r.choice(["scratch/try_agent.py", "experiments/react_agent.py", "playground.py", "scripts/smoke_agent.py"]), "\n".join(lines)


@tpl("py_tool_module", "python", GROUPS_HTTP + ("db",), hdr=True)
def t_py_tool(C):
    r = C.r
    p = C.p
    q = '"'
    lines = ["from langchain_core.tools import tool"]
    if p["group"] == "db":
        lines += ["import psycopg", "", "DSN = %s%s%s" % (q, C.sv, q) if C.obv else "", "", "@tool", "def run_query(sql: str) -> list:",
                  '    """Run a read-only SQL query against the analytics replica."""',
                  "    with psycopg.connect(%s) as conn:" % ("DSN" if C.obv else q + C.sv + q),
                  "        return conn.execute(sql).fetchall()", ""]
        return r.choice(["tools/sql.py", "agent/tools/database.py"]), "\n".join(lines)
    lines.insert(0, "import httpx")
    h, val = C.hval()
    u = url_with_key(C)
    lines += ["", "", "@tool", "def %s(query: str) -> dict:" % r.choice(["web_search", "lookup", "fetch_context"]),
              '    """%s"""' % r.choice(["Search the web and return the top results.", "Look things up for the agent."])]
    if u and not C.obv:
        lines += ["    r = httpx.get(%s%s%s, timeout=20)" % (q, u, q)]
    elif C.obv:
        lines[1:1] = ["", "%s = %s%s%s" % (p["env"], q, C.sv, q)]
        lines += ["    r = httpx.post(%s%s%s, json={%squery%s: query}," % (q, p["url"], q, q, q),
                  "                   headers={%s%s%s: f%s%s{%s}%s}, timeout=20)" % (q, h, q, q, C.hval()[1][:len(val) - len(C.v)], p["env"], q)]
    else:
        lines += ["    r = httpx.post(", "        %s%s%s," % (q, p["url"], q), "        json={%squery%s: query, %smax_results%s: 5}," % (q, q, q, q),
                  "        headers={%s%s%s: %s%s%s}," % (q, h, q, q, val, q), "        timeout=20,", "    )"]
    lines += ["    r.raise_for_status()", "    return r.json()", ""]
    return r.choice(["tools/web_search.py", "agent/tools/%s.py" % p["name"].replace("-", "_"), "src/tools/search.py"]), "\n".join(lines)


@tpl("ts_agent_client", "typescript", GROUPS_HTTP, hdr=True)
def t_ts_client(C):
    r = C.r
    p = C.p
    q = r.choice(['"', "'", "`"])
    lit = q + C.sv + q
    lines = []
    if p["ts"]:
        imp, ctor = p["ts"]
        lines += [imp, ""]
        if C.obv:
            lines += ["const %s = %s;" % (camel(p["env"]), lit), "", "export const client = %s;" % ctor.format(v=camel(p["env"]))]
        else:
            lines += ["export const client = %s;" % ctor.format(v=lit)]
    else:
        h, val = C.hval()
        lines += ["const BASE_URL = \"%s\";" % p["url"], ""]
        if C.obv:
            lines += ["const %s = %s;" % (p["env"], lit), "", "export async function call(body: unknown) {",
                      "  const res = await fetch(BASE_URL, {", "    method: \"POST\",",
                      "    headers: { \"%s\": `%s${%s}`, \"Content-Type\": \"application/json\" }," % (h, val[:len(val) - len(C.v)], p["env"])]
        else:
            lines += ["export async function call(body: unknown) {", "  const res = await fetch(BASE_URL, {", "    method: \"POST\",",
                      "    headers: { \"%s\": \"%s\", \"Content-Type\": \"application/json\" }," % (h, val)]
        lines += ["    body: JSON.stringify(body),", "  });", "  if (!res.ok) throw new Error(`upstream ${res.status}`);", "  return res.json();", "}"]
    lines += ["", "export const DEFAULT_MODEL = \"%s\";" % r.choice(MODELS["openai"] + MODELS["anthropic"]), ""]
    return r.choice(["src/lib/llm.ts", "src/agent/client.ts", "packages/agent/src/providers.ts", "app/lib/ai.ts"]), "\n".join(lines)


@tpl("ts_vercel_ai", "typescript", ("llm",))
def t_ts_vercel(C):
    r = C.r
    p = C.p
    fn = {"openai": "createOpenAI", "anthropic": "createAnthropic", "google-gemini": "createGoogleGenerativeAI", "mistral": "createMistral",
          "groq": "createGroq", "deepseek": "createDeepSeek", "xai": "createXai", "cohere": "createCohere"}.get(p["name"], "createOpenAICompatible")
    pkg = {"createOpenAICompatible": "@ai-sdk/openai-compatible"}.get(fn, "@ai-sdk/" + _llm_provider_tag(p).replace("google-gemini", "google"))
    if fn == "createGoogleGenerativeAI":
        pkg = "@ai-sdk/google"
    lines = ["import { generateText, tool } from \"ai\";", "import { %s } from \"%s\";" % (fn, pkg), "import { z } from \"zod\";", ""]
    opts = "apiKey: \"%s\"" % C.sv
    if fn == "createOpenAICompatible":
        opts = "name: \"%s\", baseURL: \"%s\", %s" % (p["name"], p["url"].rsplit("/chat", 1)[0], opts)
    lines += ["const provider = %s({ %s });" % (fn, opts), "",
              "export async function answer(question: string) {", "  const { text } = await generateText({",
              "    model: provider(\"%s\")," % model_for(r, p), "    prompt: question,", "    tools: {",
              "      weather: tool({ description: \"Get the weather\", parameters: z.object({ city: z.string() }),",
              "        execute: async ({ city }) => ({ city, tempC: 21 }) }),", "    },", "    maxSteps: 3,", "  });", "  return text;", "}", ""]
    return r.choice(["lib/ai/provider.ts", "src/ai.ts", "app/api/chat/model.ts"]), "\n".join(lines)


@tpl("js_mcp_server", "javascript", GROUPS_HTTP, hdr=True)
def t_js_mcp(C):
    r = C.r
    p = C.p
    h, val = C.hval()
    name = C.name("camel") if C.obv else r.choice(["upstream", "cfg", "conf"])
    lines = ["import { McpServer } from \"@modelcontextprotocol/sdk/server/mcp.js\";",
             "import { StdioServerTransport } from \"@modelcontextprotocol/sdk/server/stdio.js\";", "import { z } from \"zod\";", ""]
    if C.obv:
        lines += ["const %s = process.env.%s || \"%s\";" % (name, p["env"], C.v)]
        hexpr = "`%s${%s}`" % (val[:len(val) - len(C.v)], name)
    else:
        lines += ["const %s = { url: \"%s\", auth: \"%s\" };" % (name, p["url"], val)]
        hexpr = "%s.auth" % name
    lines += ["", "const server = new McpServer({ name: \"%s-bridge\", version: \"0.%d.0\" });" % (p["name"], r.randint(1, 9)), "",
              "server.tool(\"query\", { q: z.string() }, async ({ q }) => {", "  const res = await fetch(\"%s\", {" % p["url"],
              "    method: \"POST\",", "    headers: { \"%s\": %s, \"content-type\": \"application/json\" }," % (h, hexpr),
              "    body: JSON.stringify({ q }),", "  });", "  return { content: [{ type: \"text\", text: await res.text() }] };", "});", "",
              "await server.connect(new StdioServerTransport());", ""]
    return r.choice(["mcp-server/index.js", "servers/%s/index.mjs" % p["name"], "tools/mcp/%s.js" % p["name"]]), "\n".join(lines)


@tpl("go_agent", "go", GROUPS_HTTP, hdr=True)
def t_go(C):
    r = C.r
    p = C.p
    h, val = C.hval()
    lines = ["package main", "", "import (", "\t\"bytes\"", "\t\"fmt\"", "\t\"net/http\"", "\t\"os\"", ")", ""]
    if C.obv:
        lines += ["const %s = \"%s\"" % (camel(p["env"]), C.v), ""]
        hv = "\"%s\" + %s" % (val[:len(val) - len(C.v)], camel(p["env"])) if val != C.v else camel(p["env"])
    else:
        hv = "\"%s\"" % val
    lines += ["func main() {", "\tbody := bytes.NewBufferString(`{\"input\": \"ping\"}`)",
              "\treq, _ := http.NewRequest(\"POST\", \"%s\", body)" % p["url"], "\treq.Header.Set(\"%s\", %s)" % (h, hv),
              "\treq.Header.Set(\"Content-Type\", \"application/json\")", "\tresp, err := http.DefaultClient.Do(req)", "\tif err != nil {",
              "\t\tfmt.Fprintln(os.Stderr, err)", "\t\tos.Exit(1)", "\t}", "\tdefer resp.Body.Close()", "\tfmt.Println(resp.Status)", "}", ""]
    return r.choice(["cmd/agent/main.go", "tools/probe/main.go", "internal/cmd/smoke/main.go"]), "\n".join(lines)


def _nb(cells):
    return jd({"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                            "language_info": {"name": "python", "version": "3.11.9"}},
               "nbformat": 4, "nbformat_minor": 5}, 1) + "\n"


def _code(r, src, outputs=None, n=None):
    lines = src.split("\n")
    return {"cell_type": "code", "execution_count": n, "id": rs(r, HEX, 8), "metadata": {},
            "outputs": outputs or [], "source": [l + "\n" for l in lines[:-1]] + [lines[-1]]}


def _md(r, src):
    return {"cell_type": "markdown", "id": rs(r, HEX, 8), "metadata": {}, "source": [src]}


@tpl("ipynb_env_cell", "ipynb")
def t_ipynb_env(C):
    r = C.r
    if C.obv:
        src = r.choice(["import os\nos.environ[\"%s\"] = \"%s\"" % (C.env, C.sv), "%%env %s=%s" % (C.env, C.sv)])
    else:
        src = "import os\ncfg = dict(url=\"%s\", value=\"%s\")" % (C.p["url"] or "localhost", C.sv)
    cells = [_md(r, "# %s\n" % r.choice(["RAG eval scratchpad", "Agent tool-calling experiments", "Embedding comparison"])),
             _code(r, "%pip install -q langchain langchain-openai", [{"name": "stdout", "output_type": "stream", "text": ["Note: you may need to restart the kernel to use updated packages.\n"]}], 1),
             _code(r, src, None, 2),
             _code(r, "from langchain_openai import ChatOpenAI\nllm = ChatOpenAI(model=\"gpt-4o-mini\")\nllm.invoke(\"ping\").content",
                   [{"data": {"text/plain": ["'pong'"]}, "execution_count": 3, "metadata": {}, "output_type": "execute_result"}], 3)]
    return r.choice(["notebooks/rag_eval.ipynb", "experiments/agent_tools.ipynb", "nb/01-explore.ipynb"]), _nb(cells)


@tpl("ipynb_output_leak", "ipynb")
def t_ipynb_output(C):
    r = C.r
    cfg = {"model": r.choice(MODELS["openai"]), "temperature": 0.1, C.name("snake"): C.sv, "max_steps": 8}
    out_text = ["{'model': '%s',\n" % cfg["model"], " 'temperature': 0.1,\n", " '%s': '%s',\n" % (C.name("snake"), C.sv), " 'max_steps': 8}"]
    cells = [_md(r, "## Debug config loading\n"),
             _code(r, "from agent.settings import load_settings\ns = load_settings()\ns.model_dump()",
                   [{"data": {"text/plain": out_text}, "execution_count": 4, "metadata": {}, "output_type": "execute_result"}], 4),
             _code(r, "len(s.tools)", [{"data": {"text/plain": ["5"]}, "execution_count": 5, "metadata": {}, "output_type": "execute_result"}], 5)]
    return r.choice(["notebooks/debug_settings.ipynb", "analysis/config_check.ipynb"]), _nb(cells)


def _logline(r, lvl, logger, msg):
    return "%s %s,%03d %-5s [%s] %s" % (rdate(r), rtime(r), r.randint(0, 999), lvl, logger, msg)


@tpl("log_httpx_debug", "log", GROUPS_HTTP + ("db",), hdr=True)
def t_log_httpx(C):
    r = C.r
    p = C.p
    lines = [_logline(r, "INFO", "agent.runner", "starting run %s task=%r" % (id_run(r), r.choice(TASKS)))]
    for _ in range(r.randint(1, 4)):
        lines.append(_logline(r, "DEBUG", "agent.planner", "step %d tokens=%d" % (r.randint(1, 9), r.randint(100, 4000))))
    if p["group"] == "db":
        lines.append(_logline(r, "DEBUG", "sqlalchemy.engine", "create_engine(%r, pool_size=5)" % C.sv))
    elif C.obv:
        lines.append(_logline(r, "DEBUG", "agent.config", "loaded settings: %s=%s" % (p["env"].lower(), C.v)))
    else:
        h, val = C.hval()
        lines.append(_logline(r, "DEBUG", "httpx", "Request: POST %s headers={'%s': '%s', 'content-type': 'application/json'}" % (p["url"], h.lower(), val)))
    lines.append(_logline(r, "INFO", "httpx", "HTTP Request: POST %s \"HTTP/1.1 200 OK\"" % (p["url"] or "http://localhost")))
    for _ in range(r.randint(1, 5)):
        lines.append(_logline(r, "INFO", "agent.runner", "tool=%s ok in %dms" % (r.choice(["search", "read_file", "sql"]), r.randint(20, 3000))))
    return r.choice(["logs/agent-%s.log" % rdate(r), "agent.log", "var/log/worker.log", "logs/debug.log"]), "\n".join(lines) + "\n"


@tpl("log_curl_dump", "log", GROUPS_HTTP, hdr=True)
def t_log_curl(C):
    r = C.r
    p = C.p
    h, val = C.hval()
    lines = ["[%s] proxy started on 0.0.0.0:4000" % riso(r), "[%s] model=%s" % (riso(r), r.choice(MODELS["openai"]))]
    lines += ["[%s] POST Request Sent:" % riso(r), "curl -X POST \\", "%s \\" % p["url"], "-H 'Content-Type: application/json' \\"]
    if C.obv:
        lines += ["-H '%s: %s' \\" % (h, val)]
    else:
        u = url_with_key(C)
        lines += ["-H '%s: %s' \\" % (h, val)] if not u else ["--url '%s' \\" % u]
    lines += ["-d '{\"model\": \"%s\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}'" % model_for(r, p), "",
              "[%s] response status=200 latency_ms=%d" % (riso(r), r.randint(200, 4000))]
    return r.choice(["logs/proxy.log", "litellm.log", "logs/requests-%s.log" % rdate(r)]), "\n".join(lines) + "\n"


@tpl("har_capture", "har", GROUPS_HTTP, hdr=True)
def t_har(C):
    r = C.r
    p = C.p
    h, val = C.hval()
    u = url_with_key(C)
    url = u if (u and not C.obv and r.random() < 0.5) else p["url"]
    headers = [{"name": "content-type", "value": "application/json"}, {"name": "user-agent", "value": "OpenAI/Python 1.%d.0" % r.randint(30, 90)}]
    if url == p["url"]:
        headers.insert(1, {"name": h.lower() if r.random() < 0.5 else h, "value": val})
    entry = {"startedDateTime": riso(r), "time": r.randint(100, 5000),
             "request": {"method": "POST", "url": url, "httpVersion": "HTTP/2", "headers": headers, "queryString": [], "cookies": [],
                         "headersSize": -1, "bodySize": r.randint(80, 900), "postData": {"mimeType": "application/json", "text": json.dumps({"model": model_for(r, p), "stream": True} if p["group"] == "llm" else {"query": r.choice(TASKS), "top_k": 5})}},
             "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/2", "headers": [{"name": "x-request-id", "value": id_req(r)}],
                          "cookies": [], "content": {"size": r.randint(100, 9000), "mimeType": "text/event-stream"}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
             "cache": {}, "timings": {"send": 0, "wait": r.randint(100, 3000), "receive": r.randint(1, 400)}}
    har = {"log": {"version": "1.2", "creator": {"name": r.choice(["WebInspector", "Firefox", "mitmproxy"]), "version": "537.36"}, "entries": [entry]}}
    return r.choice(["captures/playground.har", "debug/%s-api.har" % p["name"], "har/session-%s.har" % rdate(r)]), jd(har) + "\n"


@tpl("dotenv", "dotenv")
def t_dotenv(C):
    r = C.r
    extra = [("APP_ENV", r.choice(["development", "staging"])), ("LOG_LEVEL", "debug"), ("PORT", str(r.choice([3000, 8000, 8080]))),
             ("LANGCHAIN_TRACING_V2", "true"), ("LANGCHAIN_PROJECT", r.choice(["support-agent", "rag-dev"])), ("MAX_AGENT_STEPS", "12"),
             ("EMBEDDING_MODEL", "text-embedding-3-small"), ("VECTOR_INDEX", "docs-v3")]
    r.shuffle(extra)
    lines = ["# local settings - %s" % r.choice(["copied from 1password", "do not share", "dev only"])]
    k = r.randint(3, 7)
    body = ["%s=%s" % kv for kv in extra[:k]]
    body.insert(r.randint(0, len(body)), "%s=%s" % (C.name("screaming"), envq(r, C.sv)))
    lines += body + [""]
    return r.choice([".env", ".env.local", ".env.development", "apps/agent/.env", "backend/.env"]), "\n".join(lines)


@tpl("shell_script", "shell", hdr=True)
def t_shell(C):
    r = C.r
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", "cd \"$(dirname \"$0\")/..\"", ""]
    if C.obv or C.p["group"] in ("db", "pw"):
        lines += ["export %s=%s" % (C.name("screaming"), "\"%s\"" % C.sv if r.random() < 0.5 else "'%s'" % C.sv)]
        lines += ["export EVAL_SUITE=%s" % r.choice(["smoke", "full", "regression"]), "", "uv run python -m evals.run --suite \"$EVAL_SUITE\" --workers 4"]
    else:
        h, val = C.hval()
        lines += ["curl -sS %s \\" % C.p["url"], "  -H \"%s: %s\" \\" % (h, val), "  -H 'Content-Type: application/json' \\",
                  "  -d @payloads/%s.json | jq ." % r.choice(["search", "chat", "upsert"])]
    lines += ["", "echo \"done\"", ""]
    return r.choice(["scripts/run_evals.sh", "scripts/smoke.sh", "bin/try-api.sh", "tools/dev.sh"]), "\n".join(lines)


@tpl("docker_compose", "yaml")
def t_compose(C):
    r = C.r
    svc = r.choice(["agent", "api", "worker", "rag-api"])
    lines = ["services:", "  %s:" % svc, "    build: .", "    ports:", "      - \"8000:8000\"", "    environment:"]
    env = [("LOG_LEVEL", "info"), ("REDIS_HOST", "redis"), ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel:4318")]
    r.shuffle(env)
    items = ["%s: %s" % kv for kv in env[:r.randint(1, 3)]]
    if r.random() < 0.5:
        items.insert(r.randint(0, len(items)), "%s: %s" % (C.name("screaming"), yq(r, C.sv)))
    else:
        items = ["- %s=%s" % tuple(i.split(": ", 1)) for i in items]
        items.insert(r.randint(0, len(items)), "- %s=%s" % (C.name("screaming"), C.sv if C.sv and C.sv[0] not in "*&!%@`{[|>'\"" else "\"%s\"" % C.sv))
    lines += ["      " + i for i in items]
    lines += ["    depends_on:", "      - redis", "  redis:", "    image: redis:7-alpine", ""]
    return r.choice(["docker-compose.yml", "compose.yaml", "deploy/docker-compose.dev.yml"]), "\n".join(lines)


@tpl("gh_workflow", "yaml")
def t_gh_workflow(C):
    r = C.r
    lines = ["name: %s" % r.choice(["evals", "nightly-agent-evals", "integration"]), "", "on:", "  schedule:", "    - cron: \"0 3 * * *\"",
             "  workflow_dispatch:", "", "jobs:", "  run:", "    runs-on: ubuntu-latest", "    env:",
             "      PYTHONUNBUFFERED: \"1\"", "      %s: %s" % (C.name("screaming"), yq(r, C.sv)), "    steps:",
             "      - uses: actions/checkout@v4", "      - uses: astral-sh/setup-uv@v3", "      - run: uv sync --frozen",
             "      - run: uv run pytest tests/integration -q", ""]
    return ".github/workflows/%s.yml" % r.choice(["evals", "nightly", "integration"]), "\n".join(lines)


@tpl("codex_config_toml", "toml")
def t_codex_toml(C):
    r = C.r
    key, srv = mcp_entry(C)
    lines = ["model = \"%s\"" % r.choice(["o4-mini", "gpt-5", "o3"]), "approval_policy = \"%s\"" % r.choice(["on-request", "untrusted"]), "",
             "[mcp_servers.%s]" % key.replace("-", "_"), "command = \"%s\"" % srv["command"],
             "args = [%s]" % ", ".join('"%s"' % a for a in srv["args"])]
    if "env" in srv:
        lines.append("env = { %s }" % ", ".join('"%s" = "%s"' % kv for kv in srv["env"].items()))
    lines += ["", "[sandbox_workspace_write]", "network_access = false", ""]
    return r.choice([".codex/config.toml", "dotfiles/codex/config.toml"]), "\n".join(lines)


@tpl("agent_memory_json", "json")
def t_memory_json(C):
    r = C.r
    facts = [{"id": ruuid(r), "text": "User prefers concise answers with code first.", "created_at": riso(r), "importance": 0.4},
             {"id": ruuid(r), "text": "Deploys happen from the release/* branches on Thursdays.", "created_at": riso(r), "importance": 0.6}]
    fact = {"id": ruuid(r), "text": "Credential for %s: %s" % (C.p["name"], C.sv) if C.obv else "Use %s when the tool asks." % C.sv,
            "created_at": riso(r), "importance": 0.9}
    facts.insert(r.randint(0, 2), fact)
    doc = {"agent": r.choice(["planner", "devbot", "support-agent"]), "user_id": "u_%d" % r.randint(1000, 99999), "memories": facts}
    return r.choice([".agent/memory.json", "memory/long_term.json", "data/agent_memory/%s.json" % r.choice(USERS)]), jd(doc) + "\n"


@tpl("agent_memory_md", "markdown")
def t_memory_md(C):
    r = C.r
    lines = ["# Memory", "", "<!-- maintained by the agent; edit with care -->", "", "## User", "- name: %s" % r.choice(USERS).title(),
             "- timezone: %s" % r.choice(["Europe/Prague", "America/New_York", "Asia/Tokyo"]), "", "## Facts"]
    facts = ["- repo uses pnpm workspaces", "- staging is at https://staging.%s.dev" % r.choice(ORG), "- never force-push to main"]
    facts.insert(r.randint(0, 3), "- " + pasted_text(C))
    lines += facts + ["", "## Open threads", "- %s" % r.choice(TASKS), ""]
    return r.choice(["memory.md", ".agent/MEMORY.md", "memory-bank/activeContext.md", ".windsurf/memories.md"]), "\n".join(lines)


@tpl("vscode_settings", "json")
def t_vscode(C):
    r = C.r
    key, srv = mcp_entry(C)
    srv["type"] = "stdio"
    doc = {"editor.formatOnSave": True, "python.defaultInterpreterPath": ".venv/bin/python",
           "github.copilot.chat.agent.enabled": True, "chat.mcp.enabled": True, "mcp": {"servers": {key: srv}}}
    return ".vscode/settings.json", jd(doc, 4) + "\n"


@tpl("prompt_log_csv", "csv")
def t_prompt_csv(C):
    r = C.r
    rows = ["timestamp,user,model,prompt_tokens,completion_tokens,prompt"]
    n = r.randint(4, 12)
    hit = r.randint(0, n - 1)
    for i in range(n):
        txt = pasted_text(C) if i == hit else r.choice(TASKS)
        rows.append('%s,%s,%s,%d,%d,"%s"' % (riso(r), r.choice(USERS), r.choice(MODELS["openai"]), r.randint(50, 3000), r.randint(10, 900), txt.replace('"', '""')))
    return r.choice(["data/prompt_log.csv", "exports/prompts-%s.csv" % rdate(r), "analytics/chat_prompts.csv"]), "\n".join(rows) + "\n"


@tpl("eval_dataset_jsonl", "jsonl")
def t_eval_jsonl(C):
    r = C.r
    n = r.randint(5, 10)
    hit = r.randint(0, n - 1)
    rows = []
    for i in range(n):
        inp = pasted_text(C) if i == hit else r.choice(TASKS)
        rows.append(jl({"id": "ex-%04d" % r.randint(1, 9999), "input": inp, "expected": r.choice(["tool:search", "refuse", "answer"]),
                        "tags": r.sample(["tools", "auth", "retrieval", "smoke"], 2)}))
    return r.choice(["evals/datasets/support_cases.jsonl", "data/eval/regression.jsonl", "datasets/agent_trajectories.jsonl"]), "\n".join(rows) + "\n"


@tpl("py_observability", "python", ("obs",))
def t_py_obs(C):
    r = C.r
    p = C.p
    q = '"'
    n = p["name"]
    lines = ["import os", ""]
    if n == "langfuse":
        pk = "pk-lf-" + ruuid(r)
        lines += ["from langfuse import Langfuse", "", "langfuse = Langfuse(", "    public_key=%s%s%s," % (q, pk, q),
                  "    %s%s%s%s," % ("secret_key=" if C.obv else "", q, C.sv, q) if C.obv else "    secret_key=%s%s%s," % (q, C.sv, q),
                  "    host=%shttps://cloud.langfuse.com%s," % (q, q), ")"]
        if not C.obv:
            lines = ["import os", "", "from langfuse import Langfuse", "",
                     "_CREDS = (%s%s%s, %s%s%s)" % (q, pk, q, q, C.sv, q), "", "langfuse = Langfuse(public_key=_CREDS[0], secret_key=_CREDS[1])"]
    elif n == "langsmith":
        lines += ["from langsmith import Client, traceable", ""]
        if C.obv:
            lines += ["os.environ[%sLANGSMITH_API_KEY%s] = %s%s%s" % (q, q, q, C.sv, q), "os.environ[%sLANGSMITH_TRACING%s] = %strue%s" % (q, q, q, q), "client = Client()"]
        else:
            lines += ["client = Client(api_url=%shttps://api.smith.langchain.com%s, api_key=%s%s%s)" % (q, q, q, C.sv, q)]
    elif n == "helicone":
        lines += ["from openai import OpenAI", "", "client = OpenAI(", "    base_url=%shttps://oai.helicone.ai/v1%s," % (q, q),
                  "    api_key=os.environ[%sOPENAI_API_KEY%s]," % (q, q),
                  "    default_headers={%sHelicone-Auth%s: %sBearer %s%s}," % (q, q, q, C.sv, q), ")"]
    else:
        lines += ["import braintrust", ""]
        if C.obv:
            lines += ["BRAINTRUST_API_KEY = %s%s%s" % (q, C.sv, q), "braintrust.login(api_key=BRAINTRUST_API_KEY)"]
        else:
            lines += ["logger = braintrust.init_logger(project=%s%s%s, api_key=%s%s%s)" % (q, r.choice(["support-agent", "rag"]), q, q, C.sv, q)]
    lines += ["", "", "def flush() -> None:", "    %sFlush pending events before exit.%s" % ('"""', '"""'), "    pass", ""]
    return r.choice(["app/observability.py", "src/tracing.py", "agent/telemetry.py"]), "\n".join(lines)


@tpl("runbook_md", "markdown", GROUPS_HTTP + ("db", "pw"), hdr=True)
def t_runbook(C):
    r = C.r
    p = C.p
    lines = ["# Runbook: %s" % r.choice(["agent gateway", "nightly evals", "support bot"]), "", "Owner: @%s  " % r.choice(USERS),
             "Escalation: #%s" % r.choice(["ml-oncall", "platform", "ai-infra"]), "", "## Smoke test", ""]
    if p["group"] in GROUPS_HTTP:
        h, val = C.hval()
        u = url_with_key(C)
        if u and not C.obv:
            lines += ["```bash", "curl -s '%s' | jq '.'" % u, "```"]
        else:
            lines += ["```bash", "curl -s %s \\" % p["url"], "  -H \"%s: %s\" \\" % (h, val), "  -H 'content-type: application/json' -d '{}'", "```"]
    elif p["group"] == "db":
        lines += ["```bash", "psql \"%s\" -c 'select 1'" % C.sv if p["name"] == "postgres" else "mongosh \"%s\"" % C.sv if p["name"] == "mongodb" else "redis-cli -u %s ping" % C.sv if p["name"] == "redis" else "mysql --url=%s -e 'select 1'" % C.sv, "```"]
    else:
        lines += ["Log in to the admin console as `admin` with password `%s`." % C.v]
    lines += ["", "## If it fails", "", "1. Check the dashboard", "2. Restart the worker: `kubectl rollout restart deploy/agent`", ""]
    return r.choice(["notes/runbook.md", "docs/runbooks/%s.md" % p["name"], "ops/RUNBOOK.md"]), "\n".join(lines)


@tpl("makefile", "makefile", GROUPS_HTTP + ("db",))
def t_makefile(C):
    r = C.r
    lines = [".PHONY: dev test eval", "", "%s ?= %s" % (C.name("screaming"), C.sv), "MODEL ?= %s" % r.choice(MODELS["openai"]), "",
             "dev:", "\tuv run uvicorn app.main:app --reload", "", "test:", "\tuv run pytest -q", "", "eval:",
             "\t%s=$(%s) MODEL=$(MODEL) uv run python -m evals.run" % (C.env, C.name("screaming")), ""]
    return r.choice(["Makefile", "agent/Makefile"]), "\n".join(lines)


@tpl("k8s_secret", "yaml", GROUPS_ALL)
def t_k8s(C):
    r = C.r
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % r.choice(["agent-secrets", "llm-credentials", "rag-api-env"]),
             "  namespace: %s" % r.choice(["ai", "agents", "default"]), "type: Opaque", "stringData:",
             "  %s: %s" % (C.name("screaming"), yq(r, C.sv)), "  LOG_LEVEL: info", ""]
    return r.choice(["deploy/k8s/secret.yaml", "k8s/agent-secrets.yaml", "charts/agent/templates/secret.yaml"]), "\n".join(lines)


@tpl("promptfoo_yaml", "yaml", ("llm",))
def t_promptfoo(C):
    r = C.r
    p = C.p
    tag = {"google-gemini": "google"}.get(p["name"], p["name"])
    lines = ["description: %s" % r.choice(["Support agent regression", "Tool-use eval"]), "prompts:", "  - file://prompts/system.txt",
             "providers:", "  - id: %s:%s" % (tag, model_for(r, p)), "    config:", "      temperature: 0",
             "      apiKey: %s" % yq(r, C.sv), "tests:", "  - vars:", "      question: How do I reset my password?",
             "    assert:", "      - type: contains", "        value: reset link", ""]
    return r.choice(["promptfooconfig.yaml", "evals/promptfooconfig.yaml"]), "\n".join(lines)


@tpl("flowise_export_json", "json", GROUPS_HTTP)
def t_flowise(C):
    r = C.r
    p = C.p
    node = {"id": "%sNode_0" % camel(p["name"].replace("-", "_").upper()), "position": {"x": r.randint(100, 900), "y": r.randint(100, 600)},
            "type": "customNode", "data": {"label": p["name"].title(), "name": p["name"],
                                           "inputs": {("apiKey" if C.obv else "config"): C.sv, "modelName": model_for(r, p) if p["group"] == "llm" else ""}}}
    other = {"id": "conversationChain_0", "type": "customNode", "data": {"label": "Conversation Chain", "inputs": {"systemMessagePrompt": _sys_prompt(r)}}}
    doc = {"nodes": [other, node], "edges": [{"source": node["id"], "target": other["id"], "id": "e_" + rs(r, HEX, 8)}]}
    return r.choice(["flows/chatflow.json", "exports/%s Chatflow.json" % r.choice(["Support", "RAG"]), "flowise/agentflow.json"]), jd(doc) + "\n"


# ---------------------------------------------------------------------------
# domain look-alike negatives (no secret at all)
# ---------------------------------------------------------------------------
def masked(r, pre):
    return pre + r.choice(["*" * r.randint(10, 40), "...", "\u2026", "****"]) + rs(r, ALNUM, 4)


def fake_example(r, pre):
    """Key-shaped but obviously fabricated (what an LLM writes when asked for 'an example')."""
    return pre + r.choice(["x" * 32, "1234567890abcdef1234567890abcdef", "EXAMPLE" + "0" * 24, "your_key_here", "abc123" * 5,
                           "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "0000000000000000000000000000000000000000"])


PREFIXES = ["sk-proj-", "sk-ant-api03-", "gsk_", "sk-or-v1-", "tvly-", "lsv2_pt_", "sk-lf-", "pcsk_", "ghp_", "xoxb-", "sk_live_", "hf_", "AIza", "pplx-"]


@ntpl("neg_trace_ids_jsonl", "jsonl")
def n_trace_ids(r):
    tid = ruuid(r)
    rows = []
    for i in range(r.randint(5, 10)):
        rows.append(jl({"id": ruuid(r), "trace_id": tid, "dotted_order": "%sZ%s" % (rdate(r).replace("-", "") + "T" + rtime(r).replace(":", ""), ruuid(r)),
                        "name": r.choice(["ChatAnthropic", "tool:search", "retriever", "LangGraph"]), "run_type": r.choice(["llm", "tool", "chain"]),
                        "session_id": tid, "prompt_tokens": r.randint(10, 5000), "completion_tokens": r.randint(1, 900),
                        "extra": {"metadata": {"thread_id": ruuid(r), "langgraph_step": i, "ls_model_name": r.choice(MODELS["anthropic"])}},
                        "status": r.choice(["success", "success", "error"])}))
    return r.choice(["traces/export-%s.jsonl" % rdate(r), "exports/runs.jsonl"]), "\n".join(rows) + "\n"


@ntpl("neg_chat_response_ids", "json")
def n_chat_resp(r):
    body = {"id": id_chatcmpl(r), "object": "chat.completion", "created": repoch(r), "model": "gpt-4o-mini-2024-07-18",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": None, "refusal": None,
                                                 "tool_calls": [{"id": id_call(r), "type": "function", "function": {"name": "get_weather", "arguments": json.dumps({"city": r.choice(["Prague", "Lagos", "Osaka"])})}},
                                                                {"id": id_call(r), "type": "function", "function": {"name": "search_docs", "arguments": json.dumps({"query": "reset password", "top_k": 5})}}]},
                         "logprobs": None, "finish_reason": "tool_calls"}],
            "usage": dict(usage(r), prompt_tokens_details={"cached_tokens": r.choice([0, 1024, 2048])}),
            "service_tier": "default", "system_fingerprint": id_fp(r)}
    return r.choice(["tests/fixtures/chat_completion_tool_calls.json", "recordings/response.json"]), jd(body) + "\n"


@ntpl("neg_anthropic_response_ids", "json")
def n_anth_resp(r):
    body = {"id": id_msg(r), "type": "message", "role": "assistant", "model": r.choice(MODELS["anthropic"]),
            "content": [{"type": "text", "text": "I'll look that up."}, {"type": "tool_use", "id": id_toolu(r), "name": "search", "input": {"q": r.choice(TASKS)}}],
            "stop_reason": "tool_use", "stop_sequence": None,
            "usage": {"input_tokens": r.randint(100, 9000), "cache_creation_input_tokens": 0, "cache_read_input_tokens": r.randint(0, 4000), "output_tokens": r.randint(10, 400)},
            "_headers": {"request-id": id_req(r), "anthropic-organization-id": ruuid(r)}}
    return r.choice(["fixtures/anthropic/tool_use_response.json", "cassettes/messages_200.json"]), jd(body) + "\n"


@ntpl("neg_assistants_thread", "json")
def n_thread(r):
    th = id_thread(r)
    msgs = []
    for i in range(r.randint(2, 3)):
        msgs.append({"id": "msg_" + rs(r, ALNUM, 24), "object": "thread.message", "created_at": repoch(r), "thread_id": th,
                     "role": r.choice(["user", "assistant"]), "assistant_id": id_asst(r), "run_id": id_run(r),
                     "attachments": [{"file_id": id_file(r), "tools": [{"type": "file_search"}]}] if i == 0 else [],
                     "content": [{"type": "text", "text": {"value": r.choice(TASKS), "annotations": []}}]})
    doc = {"object": "list", "data": msgs, "first_id": msgs[0]["id"], "last_id": msgs[-1]["id"], "has_more": False,
           "vector_store_ids": ["vs_" + rs(r, ALNUM, 24)]}
    return r.choice(["exports/thread_%s.json" % th[-6:], "debug/assistants_thread.json"]), jd(doc) + "\n"


@ntpl("neg_embeddings_json", "json")
def n_embeddings(r):
    dim = r.choice([6, 8, 10])
    data = [{"object": "embedding", "index": i, "embedding": [round(r.uniform(-0.12, 0.12), 8) for _ in range(dim)]} for i in range(r.randint(2, 3))]
    doc = {"object": "list", "data": data, "model": r.choice(["text-embedding-3-small", "text-embedding-3-large"]),
           "usage": {"prompt_tokens": r.randint(5, 200), "total_tokens": r.randint(5, 200)}}
    return r.choice(["tests/fixtures/embeddings_response.json", "cache/embeddings/%s.json" % rs(r, HEX, 12)]), jd(doc, 1) + "\n"


@ntpl("neg_image_data_uri", "json")
def n_image(r):
    raw = bytes(r.randint(0, 255) for _ in range(r.randint(180, 420)))
    if r.random() < 0.5:
        uri = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + base64.b64encode(raw).decode()
    else:
        uri = "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD" + base64.b64encode(raw).decode()
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": [{"type": "text", "text": "What is wrong in this screenshot?"},
                                                                        {"type": "image_url", "image_url": {"url": uri, "detail": "low"}}]}],
            "max_tokens": 300}
    return r.choice(["fixtures/vision_request.json", "debug/screenshot_request.json"]), jd(body) + "\n"


@ntpl("neg_prompt_cache_log", "log")
def n_cache_log(r):
    lines = []
    for _ in range(r.randint(5, 14)):
        prompt = r.choice(TASKS)
        h = hashlib.sha256((prompt + str(r.random())).encode()).hexdigest()
        lines.append("%s cache %s key=sha256:%s model=%s tokens=%d" % (riso(r), r.choice(["HIT", "MISS"]), h, r.choice(MODELS["openai"]), r.randint(50, 3000)))
    return r.choice(["logs/prompt-cache.log", "var/log/semantic_cache.log"]), "\n".join(lines) + "\n"


@ntpl("neg_har_redacted", "har")
def n_har(r):
    entry = {"startedDateTime": riso(r), "time": r.randint(100, 4000),
             "request": {"method": "POST", "url": "https://api.openai.com/v1/chat/completions", "httpVersion": "HTTP/2",
                         "headers": [{"name": "authorization", "value": r.choice(["Bearer [REDACTED]", "Bearer " + masked(r, "sk-proj-"), "<redacted>"])},
                                     {"name": "openai-organization", "value": "org-" + rs(r, ALNUM, 24)},
                                     {"name": "openai-project", "value": "proj_" + rs(r, ALNUM, 24)},
                                     {"name": "x-stainless-lang", "value": "python"}],
                         "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 220},
             "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/2",
                          "headers": [{"name": "x-request-id", "value": id_req(r)}, {"name": "openai-processing-ms", "value": str(r.randint(100, 4000))},
                                      {"name": "cf-ray", "value": rs(r, HEX, 16) + "-FRA"}],
                          "cookies": [], "content": {"size": 800, "mimeType": "application/json"}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
             "cache": {}, "timings": {"send": 0, "wait": r.randint(100, 3000), "receive": 3}}
    return r.choice(["captures/openai-redacted.har", "har/sanitized-session.har"]), jd({"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "10.1"}, "entries": [entry]}}) + "\n"


@ntpl("neg_hallucinated_examples_md", "markdown")
def n_hallucinated(r):
    env, pre = r.choice([("OPENAI_API_KEY", "sk-proj-"), ("ANTHROPIC_API_KEY", "sk-ant-api03-"), ("GROQ_API_KEY", "gsk_"),
                         ("TAVILY_API_KEY", "tvly-"), ("OPENROUTER_API_KEY", "sk-or-v1-"), ("LANGSMITH_API_KEY", "lsv2_pt_"),
                         ("HF_TOKEN", "hf_"), ("PINECONE_API_KEY", "pcsk_")])
    ex = fake_example(r, pre)
    lines = ["# Chat: setting up the agent", "", "**User:** how do I configure the key?", "",
             "**Assistant:** Put it in a `.env` file (never commit it). For example - this is a made-up placeholder, not a real key:", "",
             "```", "%s=%s" % (env, ex), "```", "", "Then load it with `python-dotenv`:", "", "```python", "from dotenv import load_dotenv",
             "load_dotenv()", "```", "", "**User:** thanks!", ""]
    return r.choice(["transcripts/setup-help.md", "docs/chats/env-setup.md"]), "\n".join(lines)


@ntpl("neg_log_masked_key", "log")
def n_log_masked(r):
    pre = r.choice(["sk-proj-", "sk-ant-api03-", "gsk_", "sk-or-v1-"])
    lines = [_logline(r, "INFO", "agent", "run %s started" % id_run(r)),
             _logline(r, "ERROR", "openai", "Error code: 401 - {'error': {'message': 'Incorrect API key provided: %s. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}" % masked(r, pre)),
             _logline(r, "WARN", "agent", "retrying with fallback provider (request_id=%s)" % id_req(r)),
             _logline(r, "INFO", "agent", "using key id %s (last4=%s)" % ("key_" + rs(r, ALNUM, 16), rs(r, ALNUM, 4))),
             _logline(r, "INFO", "agent", "fallback model=%s latency_ms=%d" % (r.choice(MODELS["anthropic"]), r.randint(300, 4000))),
             _logline(r, "INFO", "agent", "run finished status=ok steps=%d" % r.randint(2, 12))]
    return r.choice(["logs/errors.log", "agent-error.log"]), "\n".join(lines) + "\n"


@ntpl("neg_ipynb_auth_error", "ipynb")
def n_nb_err(r):
    m = masked(r, "sk-proj-")
    cells = [_code(r, "from openai import OpenAI\nclient = OpenAI()\nclient.models.list()",
                   [{"ename": "AuthenticationError", "evalue": "Error code: 401 - Incorrect API key provided: %s" % m, "output_type": "error",
                     "traceback": ["AuthenticationError: Error code: 401 - Incorrect API key provided: %s" % m]}], 1),
             _code(r, "import os\nprint(bool(os.environ.get(\"OPENAI_API_KEY\")))", [{"name": "stdout", "output_type": "stream", "text": ["True\n"]}], 2)]
    return r.choice(["notebooks/debug_auth.ipynb", "scratch/auth_check.ipynb"]), _nb(cells)


@ntpl("neg_langfuse_public_web", "typescript")
def n_langfuse_web(r):
    pk = "pk-lf-" + ruuid(r)
    lines = ["import { LangfuseWeb } from \"langfuse\";", "", "// public key only: safe in the browser (scores/feedback)",
             "export const langfuseWeb = new LangfuseWeb({", "  publicKey: \"%s\"," % pk, "  baseUrl: \"https://cloud.langfuse.com\",", "});", "",
             "export function thumbs(traceId: string, value: 0 | 1) {", "  return langfuseWeb.score({ traceId, name: \"user-feedback\", value });", "}", ""]
    return r.choice(["web/src/lib/feedback.ts", "frontend/lib/langfuse.ts"]), "\n".join(lines)


@ntpl("neg_stripe_publishable", "typescript")
def n_stripe_pk(r):
    pk = "pk_live_51" + rs(r, ALNUM, 97)
    lines = ["import { loadStripe } from \"@stripe/stripe-js\";", "", "// publishable key, meant for the browser",
             "const stripePromise = loadStripe(\"%s\");" % pk, "", "export async function checkout(sessionId: string) {",
             "  const stripe = await stripePromise;", "  await stripe?.redirectToCheckout({ sessionId });", "}", ""]
    return r.choice(["web/src/checkout.ts", "app/components/checkout.ts"]), "\n".join(lines)


@ntpl("neg_vscode_mcp_inputs", "json")
def n_vscode_inputs(r):
    doc = {"inputs": [{"type": "promptString", "id": "gh-token", "description": "GitHub Personal Access Token", "password": True}],
           "servers": {"github": {"type": "stdio", "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"],
                                  "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "${input:gh-token}"}},
                       "remote-docs": {"type": "http", "url": "https://docs-mcp.%s.dev/mcp" % r.choice(ORG)}}}
    return ".vscode/mcp.json", jd(doc) + "\n"


@ntpl("neg_package_lock", "json")
def n_lock(r):
    pk = {}
    for name, ver in [("@modelcontextprotocol/sdk", "1.%d.0" % r.randint(5, 20)), ("openai", "4.%d.1" % r.randint(50, 90)), ("zod", "3.23.8")]:
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                      "integrity": "sha512-" + base64.b64encode(bytes(r.randint(0, 255) for _ in range(64))).decode(), "license": "MIT"}
    doc = {"name": "mcp-bridge", "version": "0.3.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return r.choice(["package-lock.json", "mcp-server/package-lock.json"]), jd(doc) + "\n"


@ntpl("neg_doc_example_creds", "python")
def n_doc_examples(r):
    lines = ["\"\"\"Tests for the JWT and AWS credential parsing in the agent gateway.", "", "Values below are the public examples from",
             "the AWS documentation and jwt.io; they are not real credentials.", "\"\"\"", "",
             "from gateway.auth import parse_jwt, looks_like_aws_key", "",
             "AWS_EXAMPLE_ACCESS_KEY_ID = \"AKIAIOSFODNN7EXAMPLE\"", "AWS_EXAMPLE_SECRET = \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"",
             "JWT_IO_SAMPLE = (", "    \"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\"", "    \".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ\"",
             "    \".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\"", ")", "", "",
             "def test_parse_jwt_sample():", "    claims = parse_jwt(JWT_IO_SAMPLE, verify=False)", "    assert claims[\"name\"] == \"John Doe\"", "",
             "", "def test_aws_example_detected():", "    assert looks_like_aws_key(AWS_EXAMPLE_ACCESS_KEY_ID)", ""]
    return r.choice(["tests/test_auth_parsing.py", "gateway/tests/test_examples.py"]), "\n".join(lines)


@ntpl("neg_i18n_strings", "json")
def n_i18n(r):
    lang = r.choice(["en", "de", "cs"])
    s = {"en": ["API key", "Paste your API key (starts with sk-)", "Your key is stored encrypted and never shown again.", "Invalid API key", "Secret key", "Password"],
         "de": ["API-Schl\u00fcssel", "API-Schl\u00fcssel einf\u00fcgen (beginnt mit sk-)", "Dein Schl\u00fcssel wird verschl\u00fcsselt gespeichert.", "Ung\u00fcltiger API-Schl\u00fcssel", "Geheimer Schl\u00fcssel", "Passwort"],
         "cs": ["API kl\u00ed\u010d", "Vlo\u017ete API kl\u00ed\u010d (za\u010d\u00edn\u00e1 sk-)", "Kl\u00ed\u010d ukl\u00e1d\u00e1me \u0161ifrovan\u011b.", "Neplatn\u00fd API kl\u00ed\u010d", "Tajn\u00fd kl\u00ed\u010d", "Heslo"]}[lang]
    doc = {"settings": {"providers": {"apiKeyLabel": s[0], "apiKeyPlaceholder": s[1], "apiKeyHint": s[2], "apiKeyInvalid": s[3],
                                      "secretKeyLabel": s[4], "passwordLabel": s[5], "maskedKey": "sk-\u2022\u2022\u2022\u2022{{last4}}"}},
           "chat": {"send": {"en": "Send", "de": "Senden", "cs": "Odeslat"}[lang]}}
    return "locales/%s/common.json" % lang, jd(doc) + "\n"


@ntpl("neg_usage_csv", "csv")
def n_usage(r):
    rows = ["date,request_id,model,input_tokens,output_tokens,cost_usd,project_id"]
    for _ in range(r.randint(5, 15)):
        rows.append("%s,%s,%s,%d,%d,%.4f,proj_%s" % (rdate(r), id_req(r), r.choice(MODELS["openai"]), r.randint(100, 9000), r.randint(10, 1000), r.uniform(0, 0.4), rs(r, ALNUM, 24)))
    return r.choice(["reports/usage-%s.csv" % rdate(r)[:7], "billing/token_usage.csv"]), "\n".join(rows) + "\n"


@ntpl("neg_pydantic_settings", "python")
def n_settings(r):
    lines = ["from pydantic import Field, SecretStr", "from pydantic_settings import BaseSettings, SettingsConfigDict", "", "",
             "class Settings(BaseSettings):", "    model_config = SettingsConfigDict(env_file=\".env\", extra=\"ignore\")", "",
             "    openai_api_key: SecretStr | None = None", "    anthropic_api_key: SecretStr | None = None",
             "    tavily_api_key: SecretStr = Field(default=SecretStr(\"\"), alias=\"TAVILY_API_KEY\")",
             "    langsmith_api_key: SecretStr | None = Field(default=None, alias=\"LANGSMITH_API_KEY\")",
             "    database_url: str = \"postgresql://localhost:5432/agent\"", "    max_steps: int = %d" % r.randint(5, 30), "", "",
             "settings = Settings()", ""]
    return r.choice(["app/settings.py", "src/agent/config.py"]), "\n".join(lines)


@ntpl("neg_redactor_tests", "python")
def n_redactor(r):
    lines = ["import pytest", "", "from agent.redact import redact", "", "# synthetic values built at runtime; nothing here is a real key",
             "CASES = [", "    (\"sk-proj-\" + \"a\" * 48, \"sk-proj-[REDACTED]\"),", "    (\"gsk_\" + \"0\" * 52, \"gsk_[REDACTED]\"),",
             "    (\"ghp_\" + \"x\" * 36, \"ghp_[REDACTED]\"),", "    (\"xoxb-\" + \"1\" * 12 + \"-\" + \"2\" * 12 + \"-\" + \"z\" * 24, \"xoxb-[REDACTED]\"),", "]", "",
             "PREFIXES = %r" % r.sample(PREFIXES, 6), "", "", "@pytest.mark.parametrize(\"raw,expected\", CASES)",
             "def test_redact(raw, expected):", "    assert redact(raw) == expected", ""]
    return r.choice(["tests/test_redact.py", "agent/tests/test_scrubber.py"]), "\n".join(lines)


@ntpl("neg_sops_encrypted", "yaml")
def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(bytes(r.randint(0, 255) for _ in range(n))).decode(),
                                                                  base64.b64encode(bytes(r.randint(0, 255) for _ in range(32))).decode(),
                                                                  base64.b64encode(bytes(r.randint(0, 255) for _ in range(16))).decode())
    lines = ["OPENAI_API_KEY: %s" % enc(120), "TAVILY_API_KEY: %s" % enc(37), "LANGSMITH_API_KEY: %s" % enc(51), "sops:",
             "    age:", "        - recipient: age1%s" % rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
             "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----",
             "            %s" % base64.b64encode(bytes(r.randint(0, 255) for _ in range(48))).decode(),
             "            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"%s\"" % riso(r),
             "    mac: %s" % enc(32).replace("type:str", "type:str"), "    unencrypted_suffix: _unencrypted", "    version: 3.9.0", ""]
    return r.choice(["secrets/agent.enc.yaml", "deploy/secrets.sops.yaml"]), "\n".join(lines)


@ntpl("neg_webhook_signatures", "log")
def n_webhook(r):
    lines = []
    for _ in range(r.randint(5, 10)):
        lines.append("%s webhook delivered id=msg_%s type=%s webhook-signature=v1,%s status=200" % (
            riso(r), rs(r, ALNUM, 27), r.choice(["response.completed", "batch.completed", "fine_tuning.job.succeeded"]),
            base64.b64encode(bytes(r.randint(0, 255) for _ in range(32))).decode()))
    return r.choice(["logs/webhooks.log", "var/log/openai-webhooks.log"]), "\n".join(lines) + "\n"


@ntpl("neg_models_list", "json")
def n_models(r):
    org = r.choice(ORG)
    data = [{"id": m, "object": "model", "created": repoch(r), "owned_by": "system"} for m in r.sample(MODELS["openai"], 3)]
    data.append({"id": "ft:gpt-4o-mini-2024-07-18:%s::%s" % (org, rs(r, ALNUM, 8)), "object": "model", "created": repoch(r), "owned_by": "org-" + rs(r, ALNUM, 24)})
    return r.choice(["fixtures/models_list.json", "cache/models.json"]), jd({"object": "list", "data": data}) + "\n"


@ntpl("neg_batch_output_jsonl", "jsonl")
def n_batch(r):
    rows = []
    for i in range(r.randint(5, 9)):
        rows.append(jl({"id": "batch_req_" + rs(r, ALNUM, 24), "custom_id": "ticket-%d" % r.randint(1000, 9999),
                        "response": {"status_code": 200, "request_id": rs(r, HEX, 32),
                                     "body": {"id": id_chatcmpl(r), "model": "gpt-4o-mini", "choices": [{"message": {"role": "assistant", "content": r.choice(["billing", "bug", "feature"])}}],
                                              "usage": usage(r), "system_fingerprint": id_fp(r)}}, "error": None}))
    return r.choice(["batches/output_%s.jsonl" % rs(r, ALNUM, 8), "data/batch_results.jsonl"]), "\n".join(rows) + "\n"


@ntpl("neg_agent_changelog_md", "markdown")
def n_changelog(r):
    lines = ["# Agent work log", ""]
    for _ in range(r.randint(3, 7)):
        lines.append("- %s `%s` %s" % (rdate(r), rs(r, HEX, 40), r.choice(["fix retry loop in planner", "add tavily tool", "bump langgraph", "cache embeddings"])))
    lines += ["", "Deployed image: `ghcr.io/%s/agent@sha256:%s`" % (r.choice(ORG), rs(r, HEX, 64)), "",
              "Trace of the failing run: https://smith.langchain.com/o/%s/projects/p/%s/r/%s" % (ruuid(r), ruuid(r), ruuid(r)), ""]
    return r.choice(["WORKLOG.md", "notes/agent-log.md", ".agent/worklog.md"]), "\n".join(lines)


@ntpl("neg_otel_ids", "jsonl")
def n_otel(r):
    tid = trace_id(r)
    rows = [jl({"traceId": tid, "spanId": span_id(r), "parentSpanId": span_id(r), "name": r.choice(["chat claude", "execute_tool search", "embeddings"]),
                "attributes": {"gen_ai.response.id": r.choice([id_chatcmpl(r), id_msg(r)]), "gen_ai.usage.output_tokens": r.randint(1, 900),
                               "gen_ai.response.finish_reasons": ["stop"], "session.id": ruuid(r)}}) for _ in range(r.randint(5, 9))]
    return r.choice(["otel/spans-clean.jsonl", "telemetry/spans.jsonl"]), "\n".join(rows) + "\n"


@ntpl("neg_aider_history", "markdown")
def n_aider_hist(r):
    lines = ["", "# aider chat started at %s %s" % (rdate(r), rtime(r)), "", "> /usr/local/bin/aider --model %s" % r.choice(MODELS["anthropic"]),
             "> Aider v0.%d.0" % r.randint(50, 86), "> Main model: %s with diff edit format" % r.choice(MODELS["anthropic"]),
             "> Git repo: .git with %d files" % r.randint(40, 900), "> Repo-map: using 1024 tokens", "", "#### %s" % r.choice(TASKS), "",
             "I'll update the retry logic.", "", "agent/retry.py", "```python", "<<<<<<< SEARCH", "    for attempt in range(3):", "=======",
             "    for attempt in range(MAX_RETRIES):", ">>>>>>> REPLACE", "```", "", "> Applied edit to agent/retry.py",
             "> Commit %s fix: use MAX_RETRIES" % rs(r, HEX, 7), "> Tokens: %dk sent, %d received." % (r.randint(2, 30), r.randint(100, 900)), ""]
    return ".aider.chat.history.md", "\n".join(lines)


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
N_POS = 500
N_NEG = 500


def pick_provider(r, groups, counts, need_hdr=False):
    cands = [p for p in PROVIDERS if p["group"] in groups and (p["hdr"] is not None or not need_hdr or p["group"] in ("db", "pw"))]
    weights = [p["w"] / (1.0 + counts.get(p["name"], 0)) for p in cands]
    return r.choices(cands, weights=weights, k=1)[0]


def cycle_order(r, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        r.shuffle(block)
        out.extend(block)
    return out[:n]


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: %s OUTDIR SEED\n" % argv[0])
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    counts = {}

    order = cycle_order(r, TEMPLATES, N_POS)
    obvious = [True] * (N_POS // 2) + [False] * (N_POS - N_POS // 2)
    r.shuffle(obvious)
    for i, (tname, ft, groups, fn) in enumerate(order):
        p = pick_provider(r, groups, counts, tname in HDR_TEMPLATES)
        counts[p["name"]] = counts.get(p["name"], 0) + 1
        secret = p["gen"](r)
        C = Ctx(r, p, secret, obvious[i])
        rel, text = fn(C)
        idx = text.find(secret)
        if not secret or idx < 0:
            raise SystemExit("needle missing: template %s provider %s" % (tname, p["name"]))
        fid = "pos/p%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "pos", "provider": p["name"], "kind": p["kind"], "filetype": ft})
        secrets.append({"file": fid, "needle": secret, "line": text[:idx].count("\n") + 1})

    n_reuse = N_NEG // 2
    reuse = cycle_order(r, TEMPLATES, n_reuse)
    domain = cycle_order(r, NEG_TEMPLATES, N_NEG - n_reuse)
    jobs = [("reuse", t) for t in reuse] + [("domain", t) for t in domain]
    r.shuffle(jobs)
    ncounts = {}
    for i, (mode, t) in enumerate(jobs):
        if mode == "reuse":
            tname, ft, groups, fn = t
            p = pick_provider(r, groups, ncounts, tname in HDR_TEMPLATES)
            ncounts[p["name"]] = ncounts.get(p["name"], 0) + 1
            v, lk = lookalike(r, p, ft)
            C = Ctx(r, p, v, r.random() < 0.5)
            rel, text = fn(C)
            prov, kind = p["name"], lk
        else:
            tname, ft, fn = t
            rel, text = fn(r)
            prov, kind = "none", tname[4:]
        fid = "neg/n%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "neg", "provider": prov, "kind": kind, "filetype": ft})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
