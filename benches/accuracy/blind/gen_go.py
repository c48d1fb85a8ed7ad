#!/usr/bin/env python3
"""Blind evaluation-set generator "go": AI coding assistants and MCP server configuration.

EMPHASIS
    Domain: configuration of AI coding assistants and Model Context Protocol (MCP) servers.
    Files: claude_desktop_config.json, .mcp.json, .cursor/mcp.json, .vscode/mcp.json,
    Windsurf mcp_config.json, Zed .zed/settings.json (JSON with comments), Cline / Roo
    settings, Gemini CLI .gemini/settings.json, opencode.json, .claude/settings.json,
    Continue config.yaml and .continue/mcpServers/*.yaml, aider .aider.conf.yml, Goose
    config.yaml / recipes, Codex config.toml, LiteLLM proxy config.yaml, mcp-agent secrets
    yaml, promptfoo configs, docker-compose, Kubernetes / Helm, GitHub Actions, fly.toml,
    wrangler.toml, Terraform, Markdown READMEs / AGENTS.md / CLAUDE.md with install
    snippets, shell scripts, .envrc, Python (FastMCP servers, MCP clients, SDK calls),
    TypeScript (MCP SDK servers and clients), Dockerfiles, package.json, logs, .env files.
    Providers (positives): GitHub (classic ghp_ with CRC32 checksum, fine-grained
    github_pat_), GitLab, Slack (bot, user, incoming webhook), Brave Search, Notion, Linear,
    Sentry (user and org tokens), Stripe (secret and restricted), Supabase (access token,
    service_role JWT), PostgreSQL connection-string passwords, Exa, Tavily, Firecrawl,
    Perplexity, Context7, Anthropic, OpenAI, Google Gemini, Groq, Mistral, OpenRouter,
    LiteLLM, xAI, Hugging Face, DeepSeek.
    Placement: env blocks of MCP servers, `Authorization: Bearer` / x-api-key / custom
    headers, command-line arguments (`--api-key=`, `--access-token`, `-e K=V`), URL query
    parameters of remote MCP endpoints, constructor arguments, connection strings.
    About half of the positives use the conventional variable name
    (GITHUB_PERSONAL_ACCESS_TOKEN, TAVILY_API_KEY ...); the rest use a neutral name, a
    header, a URL, a positional or constructor argument.

USAGE
    python3 -B gen_go.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (p0000..p0499), OUTDIR/neg/nNNNN/<relpath>
    (n0000..n0499), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl
    (one line per positive).  Everything random comes from one random.Random(SEED), so a
    seed always gives byte-identical output.  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the credential exactly as written in the file, without quotes.
    * Headers (`Authorization: Bearer X`, `x-api-key: X`, `CONTEXT7_API_KEY: X`): the needle
      is X only, never the scheme word "Bearer".
    * URLs carrying a key in the query (`...?exaApiKey=X`, `?tavilyApiKey=X`): the needle is
      X only.
    * Connection strings (postgresql://user:PASS@host/db): the needle is PASS only.
    * Slack incoming webhooks: the URL itself is the credential, so the needle is the whole
      https://hooks.slack.com/services/T.../B.../... URL.
    * JWTs (Supabase service_role key): the needle is the whole three-part token.
    * Sentry org tokens (sntrys_<base64 json>_<secret>): the whole token.
    * No multi-line keys are used in this set; every needle is on one line.
    * `line` is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    500 files, none holding a credential.  250 re-use the positive templates with the slot
    holding: placeholders (<YOUR_TOKEN>, YOUR_API_KEY_HERE, changeme, ghp_xxxx...,
    tvly-YOUR_API_KEY), empty strings, masked values (****, [REDACTED], sk-ant-...a1B2),
    environment references (${input:github_token}, ${env:GITHUB_TOKEN}, {env:TAVILY_API_KEY},
    ${TAVILY_API_KEY}, os.environ["X"], process.env.X, os.environ/ANTHROPIC_API_KEY,
    ${{ secrets.X }}), secret-manager references (op://..., vault:..., AWS / GCP secret
    names), template expressions ({{ .Values.x }}), providers' documented example values
    (LiteLLM's sk-1234, Stripe's published test key, Slack's T00000000/B00000000/XXXX
    webhook, AWS AKIAIOSFODNN7EXAMPLE, postgresql://user:secret@localhost), and values the
    providers document as public (Stripe pk_ publishable keys, Supabase anon key, Sentry
    DSN, Google OAuth client id, GitHub OAuth App client id).  No negative is written to a
    file named .env / .env.local / .env.production ...; .env.example and .env.sample are used.
    The other 250 are look-alikes: npm/pnpm/uv lock integrity hashes, container image
    digests, SHA256SUMS, MCP registry server.json with file hashes, MCP session ids,
    Anthropic msg_/toolu_/req_ ids, OpenAI chatcmpl-/fp_/file-/asst_ ids, model ids, npx
    package names, tool names and permission lists, tool-schema hashes, git SHAs,
    SSH/PGP/JWKS public keys, webhook signatures, base64 icons / encoded configs, UUIDs,
    usage CSV exports, Slack/GitHub public ids, Claude Code transcripts, DXT/MCPB manifests
    with `sensitive` config fields but no values.

FORMATS CHECKED (search tool, providers' docs and public pages)
    * GitHub: ghp_/gho_/ghu_/ghs_/ghr_ prefixes, charset [A-Za-z0-9], 40 chars total; the
      last 6 chars are a base62 CRC32 checksum of the 30 random chars (GitHub blog "Behind
      GitHub's new authentication token formats", summaries of it).  Fine-grained PATs:
      github_pat_ + 22 + "_" + 59 (public regex gist / issue threads).
    * GitLab: glpat- prefix (gitlab.com issues 335991 / 342327), 20 chars legacy body.
    * Slack: xoxb- bot, xoxp- user token types (api.slack.com token-types docs).
    * Brave Search: X-Subscription-Token header (Brave API docs); key body format not shown.
    * Notion: ntn_ current prefix, secret_ legacy (several setup guides).
    * Linear: personal API keys "start with lin_api_" (MCP setup READMEs).
    * Sentry: Bearer auth header, org tokens and user tokens (docs.sentry.io); sntryu_
      example in a Sentry-docs mirror.
    * Stripe: sk_live_/rk_live_/pk_live_ and test variants; publishable keys are meant to
      be public (docs.stripe.com/keys).  Body length (24, or "51" + ~97) is from memory.
    * Supabase: personal access tokens start with sbp_ (MCP server docs, dashboard
      account/tokens); anon key is safe for browsers, service_role is secret.
    * OpenRouter: sk-or-v1- prefix (openrouter docs and guides).  Tavily: tvly- / tvly-dev-
      (Tavily MCP pages).  Context7: ctx7sk- prefix (context7 docs: "ctx7sk-*****").
    * Anthropic: sk-ant-api03- + ~95 base64url chars, ~108 total.  OpenAI: sk-proj- keys
      ~160+ chars.  Groq: gsk_ + 52 alphanumerics.  Perplexity: PERPLEXITY_API_KEY env name.
    * Exa: EXA_API_KEY env var, x-api-key header, exaApiKey URL parameter for mcp.exa.ai.
    * Config layouts: Zed context_servers {command{path,args,env}} and {url,headers};
      Codex [mcp_servers.<name>] with env, http_headers, bearer_token_env_var; opencode
      "environment" with {env:X}; VS Code "inputs" with ${input:id}.
    * Some search results were secret-scanner material (Microsoft Purview SIT pages,
      GitGuardian detector pages, a ripsecrets issue, a GitLab secret-detection issue/MR,
      a secretlint issue quoting Cribl regexes).  They were not used for any format here.

DOUBTS
    * Brave Search key body: assumed "BSA" + 28 alphanumerics; not confirmed in Brave docs.
    * Exa key: assumed a lowercase UUID; one page suggested an "exa_" prefix. Unconfirmed.
    * Context7 body after ctx7sk-: assumed UUID-like hex groups.  Unconfirmed.
    * Notion ntn_ body: assumed 11 digits + 35 alphanumerics (46 chars).  Legacy secret_ +
      43 alphanumerics.  Lengths unconfirmed.
    * Perplexity pplx- + 48 alphanumerics, Firecrawl fc- + 32 hex, Mistral 32
      alphanumerics, xAI xai- + 80, Hugging Face hf_ + 34, DeepSeek sk- + 32 hex, Gemini
      AIza + 35: common knowledge, not confirmed from provider docs in this session.
    * Sentry: sntryu_ + 64 hex and sntrys_<base64 JSON with iat/url/region_url/org>_<43
      base64> structure are from memory of the format; only the prefixes were seen.
    * Anthropic body ending in "AA", OpenAI project keys containing T3BlbkFJ (base64 of
      "OpenAI") in the middle: from memory of real key shapes.
    * Slack token digit-group lengths and GitHub fine-grained lengths are not checksummed
      here (no public checksum documented).
    * Some look-alikes (Supabase anon key JWT, Sentry DSN) could still be flagged by a
      policy that treats every JWT/DSN as sensitive; providers document them as public.
"""
import json
import os
import random
import string
import sys
import zlib
import base64
import hashlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"


class Gen:
    """Holds the single random.Random and small helpers built on it."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def s(self, n, alphabet=ALNUM):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hx(self, n):
        return self.s(n, HEX)

    def c(self, seq):
        return self.r.choice(seq)

    def i(self, a, b):
        return self.r.randint(a, b)

    def p(self, prob):
        return self.r.random() < prob

    def uuid(self):
        h = self.hx(32)
        h = h[:12] + "4" + h[13:16] + self.c("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def shuffle(self, lst):
        self.r.shuffle(lst)
        return lst


def b62_fixed(n, width):
    out = []
    while n:
        n, rem = divmod(n, 62)
        out.append(B62[rem])
    s = "".join(reversed(out))
    return s.rjust(width, "0")


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


# --------------------------------------------------------------------------------------
# Credential generators.  Each returns the secret string.
# --------------------------------------------------------------------------------------

def gh_classic(g, prefix="ghp_"):
    ent = g.s(30, B62)
    return prefix + ent + b62_fixed(zlib.crc32(ent.encode()) & 0xFFFFFFFF, 6)


def gh_fine(g):
    return "github_pat_" + g.s(22, ALNUM) + "_" + g.s(59, ALNUM)


def gitlab_pat(g):
    return "glpat-" + g.s(20, ALNUM + "-_")


def slack_bot(g):
    return "xoxb-%d-%d-%s" % (g.i(10 ** 10, 10 ** 12), g.i(10 ** 11, 10 ** 13), g.s(24, ALNUM))


def slack_user(g):
    return "xoxp-%d-%d-%d-%s" % (g.i(10 ** 10, 10 ** 12), g.i(10 ** 10, 10 ** 12),
                                g.i(10 ** 11, 10 ** 13), g.hx(32))


def slack_webhook(g):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        g.s(g.i(8, 10), string.ascii_uppercase + string.digits),
        g.s(g.i(9, 10), string.ascii_uppercase + string.digits), g.s(24, ALNUM))


def brave_key(g):
    return "BSA" + g.s(28, ALNUM)


def notion_tok(g):
    if g.p(0.7):
        return "ntn_" + g.s(11, string.digits) + g.s(35, ALNUM)
    return "secret_" + g.s(43, ALNUM)


def linear_key(g):
    return "lin_api_" + g.s(40, ALNUM)


def sentry_user(g):
    return "sntryu_" + g.hx(64)


def sentry_org(g):
    org = g.c(["acme", "northwind", "lumen-labs", "orbital", "kestrel-io", "paperplane"])
    payload = json.dumps({"iat": g.i(1690000000, 1750000000) + g.r.random(),
                          "url": "https://sentry.io", "region_url": "https://%s.sentry.io" % g.c(["us", "de"]),
                          "org": org}, separators=(",", ":"))
    return "sntrys_" + b64u(payload.encode()) + "_" + g.s(43, ALNUM)


def stripe_sk(g):
    pre = g.c(["sk_live_", "sk_live_", "rk_live_", "sk_test_"])
    if g.p(0.75):
        return pre + "51" + g.s(g.i(95, 97), ALNUM)
    return pre + g.s(24, ALNUM)


def supabase_pat(g):
    return "sbp_" + g.hx(40)


def jwt(g, payload, alg="HS256"):
    head = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64u(bytes(g.i(0, 255) for _ in range(32)))
    return head + "." + body + "." + sig


def supabase_ref(g):
    return g.s(20, string.ascii_lowercase)


def supabase_service(g, ref=None):
    iat = g.i(1640000000, 1740000000)
    return jwt(g, {"iss": "supabase", "ref": ref or supabase_ref(g), "role": "service_role",
                   "iat": iat, "exp": iat + 315360000})


def exa_key(g):
    return g.uuid()


def tavily_key(g):
    return g.c(["tvly-", "tvly-dev-", "tvly-prod-"]) + g.s(32, ALNUM)


def firecrawl_key(g):
    return "fc-" + g.hx(32)


def pplx_key(g):
    return "pplx-" + g.s(48, ALNUM)


def ctx7_key(g):
    return "ctx7sk-" + g.uuid()


def anthropic_key(g):
    return "sk-ant-api03-" + g.s(93, B64URL) + "AA"


def openai_key(g):
    kind = g.c(["sk-proj-", "sk-proj-", "sk-svcacct-", "sk-"])
    if kind == "sk-":
        return "sk-" + g.s(20, ALNUM) + "T3BlbkFJ" + g.s(20, ALNUM)
    return kind + g.s(74, B64URL) + "T3BlbkFJ" + g.s(74, B64URL)


def gemini_key(g):
    return "AIza" + g.s(35, B64URL)


def groq_key(g):
    return "gsk_" + g.s(52, ALNUM)


def mistral_key(g):
    return g.s(32, ALNUM)


def openrouter_key(g):
    return "sk-or-v1-" + g.hx(64)


def litellm_key(g):
    return "sk-" + g.s(22, B64URL)


def xai_key(g):
    return "xai-" + g.s(80, ALNUM)


def hf_key(g):
    return "hf_" + g.s(34, ALNUM)


def deepseek_key(g):
    return "sk-" + g.hx(32)


def pg_password(g):
    style = g.i(0, 3)
    if style == 0:
        return g.s(g.i(16, 28), ALNUM)
    if style == 1:
        return g.s(g.i(20, 32), ALNUM + "_-")
    if style == 2:
        words = ["amber", "falcon", "tundra", "velvet", "quartz", "harbor", "meadow", "cobalt", "ember"]
        return g.c(words).capitalize() + g.s(4, string.digits) + g.c(words) + g.s(6, ALNUM)
    return g.hx(32)


# Credential catalogue: key -> (provider, kind, generator, conventional env var, category)
# category: "mcp" service credential, "llm" model-provider key, "pg" db password, "hook" webhook
CREDS = [
    ("github", "github_pat_classic", gh_classic, "GITHUB_PERSONAL_ACCESS_TOKEN", "mcp"),
    ("github", "github_pat_fine_grained", gh_fine, "GITHUB_PERSONAL_ACCESS_TOKEN", "mcp"),
    ("gitlab", "gitlab_pat", gitlab_pat, "GITLAB_PERSONAL_ACCESS_TOKEN", "mcp"),
    ("slack", "slack_bot_token", slack_bot, "SLACK_BOT_TOKEN", "mcp"),
    ("slack", "slack_user_token", slack_user, "SLACK_MCP_XOXP_TOKEN", "mcp"),
    ("slack", "slack_webhook_url", slack_webhook, "SLACK_WEBHOOK_URL", "hook"),
    ("brave", "brave_search_api_key", brave_key, "BRAVE_API_KEY", "mcp"),
    ("notion", "notion_integration_token", notion_tok, "NOTION_TOKEN", "mcp"),
    ("linear", "linear_api_key", linear_key, "LINEAR_API_KEY", "mcp"),
    ("sentry", "sentry_user_token", sentry_user, "SENTRY_ACCESS_TOKEN", "mcp"),
    ("sentry", "sentry_org_token", sentry_org, "SENTRY_AUTH_TOKEN", "mcp"),
    ("stripe", "stripe_secret_key", stripe_sk, "STRIPE_SECRET_KEY", "mcp"),
    ("supabase", "supabase_access_token", supabase_pat, "SUPABASE_ACCESS_TOKEN", "mcp"),
    ("supabase", "supabase_service_role_key", supabase_service, "SUPABASE_SERVICE_ROLE_KEY", "mcp"),
    ("postgres", "postgres_password", pg_password, "DATABASE_URL", "pg"),
    ("exa", "exa_api_key", exa_key, "EXA_API_KEY", "mcp"),
    ("tavily", "tavily_api_key", tavily_key, "TAVILY_API_KEY", "mcp"),
    ("firecrawl", "firecrawl_api_key", firecrawl_key, "FIRECRAWL_API_KEY", "mcp"),
    ("perplexity", "perplexity_api_key", pplx_key, "PERPLEXITY_API_KEY", "mcp"),
    ("context7", "context7_api_key", ctx7_key, "CONTEXT7_API_KEY", "mcp"),
    ("anthropic", "anthropic_api_key", anthropic_key, "ANTHROPIC_API_KEY", "llm"),
    ("openai", "openai_api_key", openai_key, "OPENAI_API_KEY", "llm"),
    ("google", "gemini_api_key", gemini_key, "GEMINI_API_KEY", "llm"),
    ("groq", "groq_api_key", groq_key, "GROQ_API_KEY", "llm"),
    ("mistral", "mistral_api_key", mistral_key, "MISTRAL_API_KEY", "llm"),
    ("openrouter", "openrouter_api_key", openrouter_key, "OPENROUTER_API_KEY", "llm"),
    ("litellm", "litellm_key", litellm_key, "LITELLM_MASTER_KEY", "llm"),
    ("xai", "xai_api_key", xai_key, "XAI_API_KEY", "llm"),
    ("huggingface", "huggingface_token", hf_key, "HF_TOKEN", "llm"),
    ("deepseek", "deepseek_api_key", deepseek_key, "DEEPSEEK_API_KEY", "llm"),
]

# Per-provider MCP launch details: (server name, command, args list before any key)
MCP_LAUNCH = {
    "github": ("github", "npx", ["-y", "@modelcontextprotocol/server-github"]),
    "gitlab": ("gitlab", "npx", ["-y", "@modelcontextprotocol/server-gitlab"]),
    "slack": ("slack", "npx", ["-y", "@modelcontextprotocol/server-slack"]),
    "brave": ("brave-search", "npx", ["-y", "@modelcontextprotocol/server-brave-search"]),
    "notion": ("notion", "npx", ["-y", "@notionhq/notion-mcp-server"]),
    "linear": ("linear", "npx", ["-y", "@tacticlaunch/mcp-linear"]),
    "sentry": ("sentry", "npx", ["-y", "@sentry/mcp-server@latest"]),
    "stripe": ("stripe", "npx", ["-y", "@stripe/mcp", "--tools=all"]),
    "supabase": ("supabase", "npx", ["-y", "@supabase/mcp-server-supabase@latest"]),
    "postgres": ("postgres", "npx", ["-y", "@modelcontextprotocol/server-postgres"]),
    "exa": ("exa", "npx", ["-y", "exa-mcp-server"]),
    "tavily": ("tavily", "npx", ["-y", "tavily-mcp@latest"]),
    "firecrawl": ("firecrawl", "npx", ["-y", "firecrawl-mcp"]),
    "perplexity": ("perplexity-ask", "npx", ["-y", "server-perplexity-ask"]),
    "context7": ("context7", "npx", ["-y", "@upstash/context7-mcp"]),
    "anthropic": ("claude-code", "claude", ["mcp", "serve"]),
    "openai": ("openai-tools", "uvx", ["openai-mcp-server"]),
    "google": ("gemini", "npx", ["-y", "mcp-gemini-server"]),
    "groq": ("groq", "uvx", ["groq-mcp"]),
    "mistral": ("mistral", "uvx", ["mistral-mcp"]),
    "openrouter": ("openrouter", "npx", ["-y", "openrouter-mcp"]),
    "litellm": ("litellm", "uvx", ["litellm-mcp"]),
    "xai": ("grok", "npx", ["-y", "grok-mcp"]),
    "huggingface": ("hf-hub", "uvx", ["hf-mcp-server"]),
    "deepseek": ("deepseek", "npx", ["-y", "deepseek-mcp-server"]),
}

# CLI flag used by a few real servers for the key (others get a generic flag)
CLI_FLAG = {
    "stripe": "--api-key",
    "sentry": "--access-token",
    "supabase": "--access-token",
    "context7": "--api-key",
    "linear": "--token",
}

# Remote (HTTP) MCP endpoints per provider
REMOTE_URL = {
    "github": "https://api.githubcopilot.com/mcp/",
    "gitlab": "https://gitlab.example-corp.net/api/v4/mcp",
    "slack": "https://slack-mcp.internal.example.net/mcp",
    "brave": "https://brave-mcp.tools.example.dev/mcp",
    "notion": "https://notion-mcp.example.dev/mcp",
    "linear": "https://mcp.linear.app/mcp",
    "sentry": "https://mcp.sentry.dev/mcp",
    "stripe": "https://mcp.stripe.com",
    "supabase": "https://mcp.supabase.com/mcp",
    "exa": "https://mcp.exa.ai/mcp",
    "tavily": "https://mcp.tavily.com/mcp/",
    "firecrawl": "https://mcp.firecrawl.dev/v2/mcp",
    "perplexity": "https://pplx-mcp.example.app/mcp",
    "context7": "https://mcp.context7.com/mcp",
}

LLM_BASE = {
    "anthropic": "https://api.anthropic.com",
    "openai": "https://api.openai.com/v1",
    "google": "https://generativelanguage.googleapis.com/v1beta",
    "groq": "https://api.groq.com/openai/v1",
    "mistral": "https://api.mistral.ai/v1",
    "openrouter": "https://openrouter.ai/api/v1",
    "litellm": "http://litellm.internal:4000",
    "xai": "https://api.x.ai/v1",
    "huggingface": "https://router.huggingface.co/v1",
    "deepseek": "https://api.deepseek.com",
}

LLM_MODELS = {
    "anthropic": ["claude-sonnet-4-20250514", "claude-3-5-haiku-20241022", "claude-opus-4-1-20250805",
                  "claude-3-7-sonnet-20250219"],
    "openai": ["gpt-4o", "gpt-4.1", "gpt-4.1-mini", "o3-mini", "o4-mini", "gpt-4o-mini"],
    "google": ["gemini-2.5-pro", "gemini-2.5-flash", "gemini-2.0-flash"],
    "groq": ["llama-3.3-70b-versatile", "llama-3.1-8b-instant", "qwen/qwen3-32b"],
    "mistral": ["mistral-large-latest", "codestral-latest", "devstral-small-latest"],
    "openrouter": ["anthropic/claude-3.5-sonnet", "deepseek/deepseek-chat-v3-0324", "google/gemini-2.5-pro",
                   "meta-llama/llama-3.3-70b-instruct"],
    "litellm": ["claude-sonnet", "gpt-4o", "team-default"],
    "xai": ["grok-3", "grok-3-mini", "grok-code-fast-1"],
    "huggingface": ["Qwen/Qwen2.5-Coder-32B-Instruct", "meta-llama/Llama-3.3-70B-Instruct"],
    "deepseek": ["deepseek-chat", "deepseek-reasoner"],
}

CONTINUE_PROVIDER = {
    "anthropic": "anthropic", "openai": "openai", "google": "gemini", "groq": "groq",
    "mistral": "mistral", "openrouter": "openrouter", "litellm": "openai", "xai": "xAI",
    "huggingface": "huggingface-inference-api", "deepseek": "deepseek",
}

NEUTRAL_NAMES = ["TOKEN", "API_KEY", "AUTH_TOKEN", "KEY", "ACCESS_TOKEN", "SERVICE_TOKEN",
                 "MCP_TOKEN", "PAT", "CREDENTIAL", "UPSTREAM_KEY", "BEARER", "CLIENT_KEY",
                 "PROVIDER_KEY", "X_API_KEY", "SEARCH_KEY", "AGENT_KEY", "TOOL_TOKEN", "SECRET"]

PROJECTS = ["atlas", "nimbus", "quill", "harbor", "lattice", "sprocket", "pylon", "mosaic",
            "tern", "fathom", "kiln", "relay", "orchid", "ledger", "cinder", "vantage"]
ORGS = ["acme", "northwind", "lumen-labs", "orbital", "kestrel-io", "paperplane", "bluefin",
        "tallgrass", "copperleaf"]
USERS = ["mgarcia", "jchen", "apatel", "lnovak", "dkim", "sokafor", "rbianchi", "tnguyen"]
PYPKGS = ["httpx", "pydantic", "rich", "typer", "anyio", "structlog", "tenacity"]


# --------------------------------------------------------------------------------------
# Slot model shared by positives and negatives
# --------------------------------------------------------------------------------------

class Cred:
    """What goes into a template's secret slot.

    slot: text written into the file (for postgres: a whole connection URL)
    v:    the needle (positives) or None (negatives)
    expr: optional per-language code expression replacing a quoted literal (negatives)
    """

    def __init__(self, provider, kind, env, cat, slot, v=None, force_conv=False, expr=None,
                 label="pos"):
        self.provider = provider
        self.kind = kind
        self.env = env
        self.cat = cat
        self.slot = slot
        self.v = v
        self.force_conv = force_conv
        self.expr = expr or {}
        self.label = label


HDR = {
    "anthropic": ("x-api-key", ""),
    "brave": ("X-Subscription-Token", ""),
    "context7": ("CONTEXT7_API_KEY", ""),
    "exa": ("x-api-key", ""),
    "linear": ("Authorization", ""),
    "gitlab": ("PRIVATE-TOKEN", ""),
    "google": ("x-goog-api-key", ""),
}

EXTRA_ENV = {
    "gitlab": [("GITLAB_API_URL", "https://gitlab.com/api/v4")],
    "slack": [("SLACK_TEAM_ID", None), ("SLACK_CHANNEL_IDS", None)],
    "github": [("GITHUB_TOOLSETS", "repos,issues,pull_requests,actions")],
    "sentry": [("SENTRY_HOST", "sentry.io")],
    "supabase": [("SUPABASE_PROJECT_REF", None)],
    "firecrawl": [("FIRECRAWL_RETRY_MAX_ATTEMPTS", "5")],
    "perplexity": [("PERPLEXITY_MODEL", "sonar-pro")],
    "notion": [("NOTION_VERSION", "2022-06-28")],
}

SIBLINGS = [
    ("filesystem", "npx", ["-y", "@modelcontextprotocol/server-filesystem", "{home}/code"], {}),
    ("memory", "npx", ["-y", "@modelcontextprotocol/server-memory"], {"MEMORY_FILE_PATH": "{home}/.mcp/memory.jsonl"}),
    ("sequential-thinking", "npx", ["-y", "@modelcontextprotocol/server-sequential-thinking"], {}),
    ("fetch", "uvx", ["mcp-server-fetch"], {}),
    ("git", "uvx", ["mcp-server-git", "--repository", "."], {}),
    ("playwright", "npx", ["@playwright/mcp@latest"], {}),
    ("time", "uvx", ["mcp-server-time", "--local-timezone=Europe/Berlin"], {}),
    ("sqlite", "uvx", ["mcp-server-sqlite", "--db-path", "./data/app.db"], {}),
    ("puppeteer", "npx", ["-y", "@modelcontextprotocol/server-puppeteer"], {"PUPPETEER_LAUNCH_OPTIONS": "{\"headless\": true}"}),
    ("everything", "npx", ["-y", "@modelcontextprotocol/server-everything"], {}),
]


def home(g):
    u = g.c(USERS)
    return g.c(["/Users/%s" % u, "/home/%s" % u, "C:/Users/%s" % u])


def extra_env(g, c):
    out = []
    for k, val in EXTRA_ENV.get(c.provider, []):
        if g.p(0.6):
            continue
        if val is None:
            if k == "SLACK_TEAM_ID":
                val = "T0" + g.s(8, string.ascii_uppercase + string.digits)
            elif k == "SLACK_CHANNEL_IDS":
                val = ",".join("C0" + g.s(8, string.ascii_uppercase + string.digits) for _ in range(2))
            else:
                val = supabase_ref(g)
        out.append((k, val))
    return out


def vname(g, c, pconv=0.6):
    if c.provider in ("mistral", "exa"):
        pconv = max(pconv, 0.9)  # no distinctive prefix: keep the conventional name most of the time
    if c.force_conv or g.p(pconv):
        return c.env
    n = g.c(NEUTRAL_NAMES)
    if g.p(0.3):
        n = g.c(PROJECTS).upper() + "_" + n
    return n


def Q(c, lang, q='"'):
    if lang in c.expr:
        return c.expr[lang]
    return q + c.slot + q


def launch(c):
    return MCP_LAUNCH.get(c.provider, ("tools", "npx", ["-y", "mcp-tools"]))


def siblings(g, n, hm):
    picks = g.shuffle(list(range(len(SIBLINGS))))[:n]
    out = []
    for ix in picks:
        name, cmd, args, env = SIBLINGS[ix]
        args = [a.replace("{home}", hm) for a in args]
        env = dict((k, v.replace("{home}", hm)) for k, v in env.items())
        out.append((name, cmd, args, env))
    return out


def hdr(c):
    name, pre = HDR.get(c.provider, ("Authorization", "Bearer "))
    return name, pre + c.slot


def jdump(obj, indent=2):
    return json.dumps(obj, indent=indent, ensure_ascii=False) + "\n"


def server_obj(g, c, key_in="env", hm=None):
    name, cmd, args = launch(c)
    entry = {"command": cmd, "args": list(args)}
    env = {}
    if key_in == "env":
        env[vname(g, c)] = c.slot
        for k, v in extra_env(g, c):
            env[k] = v
        entry["env"] = env
    return name, entry


POS_TEMPLATES = []


def tpl(cats, neg_ok=True):
    def deco(fn):
        fn.cats = cats.split()
        fn.neg_ok = neg_ok
        POS_TEMPLATES.append(fn)
        return fn
    return deco


# ---------------------------------- JSON family ---------------------------------------

@tpl("mcp llm hook pg")
def t_claude_desktop(g, c):
    hm = home(g)
    servers = {}
    sib = siblings(g, g.i(1, 3), hm)
    pos = g.i(0, len(sib))
    for ix, (n, cmd, args, env) in enumerate(sib):
        if ix == pos:
            name, entry = server_obj(g, c)
            servers[name] = entry
        e = {"command": cmd, "args": args}
        if env:
            e["env"] = env
        servers[n] = e
    if pos == len(sib):
        name, entry = server_obj(g, c)
        servers[name] = entry
    obj = {"mcpServers": servers}
    if g.p(0.3):
        obj["globalShortcut"] = "Ctrl+Space"
    path = g.c(["claude_desktop_config.json", "config/claude_desktop_config.json",
                "dotfiles/claude/claude_desktop_config.json", "setup/claude/claude_desktop_config.json"])
    return path, jdump(obj)


@tpl("mcp llm hook pg")
def t_mcp_json_project(g, c):
    name, entry = server_obj(g, c)
    entry = dict([("type", "stdio")] + list(entry.items()))
    servers = {name: entry}
    for n, cmd, args, env in siblings(g, g.i(0, 2), "."):
        servers[n] = {"type": "stdio", "command": cmd, "args": args, "env": env}
    return ".mcp.json", jdump({"mcpServers": servers})


@tpl("mcp llm hook pg")
def t_cursor_mcp(g, c):
    name, entry = server_obj(g, c)
    servers = {}
    for n, cmd, args, env in siblings(g, g.i(0, 2), "~"):
        servers[n] = {"command": cmd, "args": args}
    servers[name] = entry
    return g.c([".cursor/mcp.json", "dotfiles/cursor/mcp.json"]), jdump({"mcpServers": servers})


@tpl("mcp llm hook pg")
def t_vscode_mcp(g, c):
    name, cmd, args = launch(c)
    inputs = []
    servers = {}
    for n, scmd, sargs, env in siblings(g, g.i(0, 1), "${workspaceFolder}"):
        servers[n] = {"type": "stdio", "command": scmd, "args": sargs}
    if g.p(0.5):
        iid = g.c(["perplexity-key", "gh_pat", "brave_key", "notion_token"])
        inputs.append({"type": "promptString", "id": iid, "description": "API key used by the team search server",
                       "password": True})
        servers["team-search"] = {"type": "stdio", "command": "npx", "args": ["-y", "team-search-mcp"],
                                  "env": {"TEAM_SEARCH_KEY": "${input:%s}" % iid}}
    env = {vname(g, c): c.slot}
    for k, v in extra_env(g, c):
        env[k] = v
    servers[name] = {"type": "stdio", "command": cmd, "args": list(args), "env": env}
    obj = {}
    if inputs:
        obj["inputs"] = inputs
    obj["servers"] = servers
    return ".vscode/mcp.json", jdump(obj, indent=g.c([2, 4, "\t"]))


@tpl("mcp llm hook pg")
def t_windsurf(g, c):
    name, entry = server_obj(g, c)
    servers = {name: entry}
    # (the evaluator's fix: a Context7 credential's own server keeps its entry)
    if g.p(0.5) and name != "context7":
        servers["context7"] = {"serverUrl": "https://mcp.context7.com/mcp"}
    return g.c(["windsurf/mcp_config.json", ".codeium/windsurf/mcp_config.json", ".windsurf/mcp_config.json"]), \
        jdump({"mcpServers": servers})


@tpl("mcp llm hook pg")
def t_zed_settings(g, c):
    name, cmd, args = launch(c)
    var = vname(g, c)
    ext = extra_env(g, c)
    lines = ["// Zed settings", "//", "// For information on how to configure Zed, see the Zed",
             "// documentation: https://zed.dev/docs/configuring-zed", "{",
             '  "theme": "%s",' % g.c(["One Dark", "Ayu Dark", "Gruvbox Dark Hard", "One Light"]),
             '  "buffer_font_size": %d,' % g.i(12, 16),
             '  "vim_mode": %s,' % g.c(["true", "false"]),
             '  "agent": {',
             '    "default_model": { "provider": "zed.dev", "model": "claude-sonnet-4" },',
             '    "version": "2"',
             "  },",
             '  "context_servers": {']
    if g.p(0.5):
        lines += ['    // docs lookup, no auth needed',
                  '    "mcp-server-context7": { "source": "extension", "enabled": true, "settings": {} },']
    lines += ['    "%s": {' % name,
              '      "source": "custom",',
              '      "command": "%s",' % cmd,
              '      "args": [%s],' % ", ".join('"%s"' % a for a in args),
              '      "env": {',
              ]
    envl = ['        "%s": "%s"' % (var, c.slot)] + ['        "%s": "%s"' % kv for kv in ext]
    lines.append(",\n".join(envl))
    lines += ["      }", "    }", "  },", '  "format_on_save": "on",', '  "tab_size": 2', "}"]
    return g.c([".zed/settings.json", "dotfiles/zed/settings.json"]), "\n".join(lines) + "\n"


@tpl("mcp llm hook pg")
def t_cline(g, c):
    name, entry = server_obj(g, c)
    entry["disabled"] = False
    entry["autoApprove"] = g.c([[], ["search"], ["list_issues", "get_issue"]])
    servers = {name: entry}
    if g.p(0.5):
        servers["fetch"] = {"command": "uvx", "args": ["mcp-server-fetch"], "disabled": True, "autoApprove": []}
    return g.c(["cline_mcp_settings.json", ".vscode/cline_mcp_settings.json",
                "settings/cline_mcp_settings.json"]), jdump({"mcpServers": servers})


@tpl("mcp llm hook pg")
def t_roo(g, c):
    name, entry = server_obj(g, c)
    entry["alwaysAllow"] = g.c([[], ["search_repositories"], ["get_file_contents", "list_commits"]])
    entry["disabled"] = False
    return ".roo/mcp.json", jdump({"mcpServers": {name: entry}})


@tpl("mcp llm hook pg")
def t_gemini_cli(g, c):
    name, entry = server_obj(g, c)
    entry["timeout"] = g.c([30000, 60000, 600000])
    entry["trust"] = g.p(0.3)
    obj = {"theme": g.c(["GitHub", "Dracula", "Default"]), "selectedAuthType": "gemini-api-key",
           "mcpServers": {name: entry}}
    if g.p(0.5):
        obj["checkpointing"] = {"enabled": True}
    return ".gemini/settings.json", jdump(obj)


@tpl("mcp llm hook pg")
def t_opencode(g, c):
    name, cmd, args = launch(c)
    obj = {"$schema": "https://opencode.ai/config.json",
           "model": "anthropic/claude-sonnet-4-20250514",
           "mcp": {name: {"type": "local", "command": [cmd] + list(args), "enabled": True,
                          "environment": {vname(g, c): c.slot}}}}
    if g.p(0.5):
        obj["mcp"]["docs"] = {"type": "remote", "url": "https://mcp.context7.com/mcp", "enabled": True}
    return g.c(["opencode.json", ".opencode/opencode.json"]), jdump(obj)


@tpl("mcp llm")
def t_claude_settings(g, c):
    env = {vname(g, c, 0.7): c.slot}
    env["CLAUDE_CODE_MAX_OUTPUT_TOKENS"] = str(g.c([8192, 16384, 32000]))
    if g.p(0.5):
        env["DISABLE_TELEMETRY"] = "1"
    obj = {"$schema": "https://json.schemastore.org/claude-code-settings.json",
           "permissions": {"allow": ["Bash(npm run test:*)", "Bash(git diff:*)", "mcp__github__list_issues"],
                           "deny": ["Read(./.env)", "Read(./secrets/**)"]},
           "env": env,
           "enableAllProjectMcpServers": g.p(0.5)}
    return g.c([".claude/settings.json", ".claude/settings.local.json"]), jdump(obj)


@tpl("mcp llm hook pg")
def t_docker_env_json(g, c):
    name = launch(c)[0]
    var = vname(g, c)
    image = g.c(["ghcr.io/github/github-mcp-server", "mcp/%s" % name, "ghcr.io/%s/%s-mcp:latest" % (g.c(ORGS), name)])
    entry = {"command": "docker", "args": ["run", "-i", "--rm", "-e", var, image], "env": {var: c.slot}}
    return g.c(["claude_desktop_config.json", ".cursor/mcp.json", ".mcp.json"]), jdump({"mcpServers": {name: entry}})


@tpl("mcp llm")
def t_docker_inline_arg(g, c):
    name = launch(c)[0]
    var = vname(g, c)
    entry = {"command": "docker",
             "args": ["run", "-i", "--rm", "--network=host", "-e", "%s=%s" % (var, c.slot), "mcp/%s:latest" % name]}
    return g.c([".cursor/mcp.json", "mcp/servers.json", ".mcp.json"]), jdump({"mcpServers": {name: entry}})


@tpl("mcp llm")
def t_cli_flag_json(g, c):
    name, cmd, args = launch(c)
    flag = CLI_FLAG.get(c.provider, g.c(["--api-key", "--token", "--key"]))
    args = list(args)
    if g.p(0.5):
        args.append("%s=%s" % (flag, c.slot))
    else:
        args += [flag, c.slot]
    if c.provider == "supabase":
        args.append("--project-ref=" + supabase_ref(g))
        if g.p(0.5):
            args.append("--read-only")
    return g.c([".cursor/mcp.json", "claude_desktop_config.json", ".mcp.json", ".roo/mcp.json"]), \
        jdump({"mcpServers": {name: {"command": cmd, "args": args}}})


@tpl("mcp llm")
def t_remote_headers(g, c):
    name = launch(c)[0]
    url = REMOTE_URL.get(c.provider, "https://%s-mcp.%s.dev/mcp" % (name, g.c(ORGS)))
    hn, hv = hdr(c)
    entry = {"url": url, "headers": {hn: hv}}
    if g.p(0.4):
        entry["headers"]["X-Client-Name"] = g.c(PROJECTS)
    return g.c([".cursor/mcp.json", ".gemini/settings.json", "windsurf/mcp_config.json"]), \
        jdump({"mcpServers": {name: entry}})


@tpl("mcp llm")
def t_vscode_http(g, c):
    name = launch(c)[0]
    url = REMOTE_URL.get(c.provider, "https://%s.mcp.%s.io/" % (name, g.c(ORGS)))
    hn, hv = hdr(c)
    obj = {"servers": {name: {"type": "http", "url": url, "headers": {hn: hv}}}}
    return ".vscode/mcp.json", jdump(obj, indent=g.c([2, "\t"]))


@tpl("mcp llm")
def t_remote_query(g, c):
    name = launch(c)[0]
    param = {"exa": "exaApiKey", "tavily": "tavilyApiKey", "google": "key"}.get(c.provider, g.c(["api_key", "apiKey", "token"]))
    base = REMOTE_URL.get(c.provider, "https://%s.mcp-gateway.%s.dev/mcp" % (name, g.c(ORGS)))
    if c.provider == "firecrawl":
        url = "https://mcp.firecrawl.dev/" + c.slot + "/v2/mcp"
    else:
        url = base + "?" + param + "=" + c.slot
    if g.p(0.4):
        url += "&enabledTools=" + g.c(["web_search_exa", "tavily-search", "search"])
    if g.p(0.5):
        entry = {"command": "npx", "args": ["-y", "mcp-remote", url]}
    else:
        entry = {"url": url}
    return g.c([".cursor/mcp.json", "claude_desktop_config.json", "windsurf/mcp_config.json"]), \
        jdump({"mcpServers": {name: entry}})


@tpl("mcp llm")
def t_mcp_remote_header_arg(g, c):
    name = launch(c)[0]
    url = REMOTE_URL.get(c.provider, "https://mcp.%s.internal/%s" % (g.c(ORGS), name))
    hn, hv = hdr(c)
    entry = {"command": "npx", "args": ["-y", "mcp-remote@latest", url, "--header", "%s:%s" % (hn, hv)]}
    if g.p(0.3):
        entry["args"].append("--allow-http")
    return g.c(["claude_desktop_config.json", ".mcp.json"]), jdump({"mcpServers": {name: entry}})


@tpl("mcp")
def t_openapi_headers(g, c):
    hn, hv = hdr(c)
    inner = json.dumps({hn: hv, "Notion-Version": "2022-06-28"})
    entry = {"command": "npx", "args": ["-y", "@notionhq/notion-mcp-server"], "env": {"OPENAPI_MCP_HEADERS": inner}}
    return g.c(["claude_desktop_config.json", ".cursor/mcp.json", "notion/mcp.json"]), \
        jdump({"mcpServers": {"notionApi": entry}})


@tpl("pg")
def t_pg_positional(g, c):
    entry = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres", c.slot]}
    servers = {g.c(["postgres", "pg-readonly", "analytics-db"]): entry}
    return g.c(["claude_desktop_config.json", ".cursor/mcp.json", ".mcp.json"]), jdump({"mcpServers": servers})


@tpl("pg")
def t_zed_pg(g, c):
    text = ("// Project settings for Zed\n{\n"
            '  "context_servers": {\n'
            '    "postgres-context-server": {\n'
            '      // read replica used by the assistant for schema questions\n'
            '      "settings": {\n'
            '        "database_url": "%s"\n'
            "      }\n    }\n  },\n"
            '  "languages": { "SQL": { "tab_size": 4 } }\n}\n') % c.slot
    return ".zed/settings.json", text


@tpl("mcp llm")
def t_package_json_script(g, c):
    var = vname(g, c)
    proj = g.c(PROJECTS)
    obj = {"name": "@%s/%s-mcp" % (g.c(ORGS), proj), "version": "0.%d.%d" % (g.i(1, 9), g.i(0, 20)),
           "type": "module", "bin": {"%s-mcp" % proj: "build/index.js"},
           "scripts": {"build": "tsc && chmod 755 build/index.js",
                       "inspect": "npx @modelcontextprotocol/inspector -e %s=%s node build/index.js" % (var, c.slot),
                       "test": "vitest run"},
           "dependencies": {"@modelcontextprotocol/sdk": "^1.%d.0" % g.i(10, 17), "zod": "^3.23.8"},
           "devDependencies": {"typescript": "^5.6.3", "vitest": "^2.1.4"}}
    return "package.json", jdump(obj)


# ---------------------------------- YAML family ---------------------------------------

def yq(g, s):
    return g.c(['"%s"' % s, "'%s'" % s, s]) if s and not s.startswith(("{", "*", "[", "&", "!", "%", "@", "`")) \
        and ": " not in s and " #" not in s else '"%s"' % s.replace('"', '\\"')


def llm_model(g, c):
    return g.c(LLM_MODELS.get(c.provider, ["gpt-4o"]))


@tpl("llm")
def t_continue_models(g, c):
    prov = CONTINUE_PROVIDER.get(c.provider, "openai")
    m = llm_model(g, c)
    lines = ["name: %s assistant" % g.c(PROJECTS).capitalize(), "version: 1.0.0", "schema: v1", "", "models:",
             "  - name: %s" % m, "    provider: %s" % prov, "    model: %s" % m,
             "    apiKey: %s" % yq(g, c.slot)]
    if c.provider in ("litellm", "openrouter"):
        lines.append("    apiBase: %s" % LLM_BASE[c.provider])
    lines += ["    roles:", "      - chat", "      - edit", "",
              "  - name: Autocomplete", "    provider: ollama", "    model: qwen2.5-coder:1.5b-base",
              "    roles:", "      - autocomplete", "", "context:", "  - provider: code", "  - provider: docs",
              "  - provider: diff", "  - provider: terminal"]
    return g.c([".continue/config.yaml", "continue/config.yaml", ".continue/assistants/team.yaml"]), "\n".join(lines) + "\n"


@tpl("mcp llm hook pg")
def t_continue_mcp(g, c):
    name, cmd, args = launch(c)
    lines = ["name: %s tools" % g.c(PROJECTS), "version: 0.0.1", "schema: v1", "mcpServers:",
             "  - name: %s" % name, "    command: %s" % cmd, "    args:"]
    lines += ["      - %s" % (yq(g, a) if a.startswith("-") else a) for a in args]
    lines += ["    env:", "      %s: %s" % (vname(g, c), yq(g, c.slot))]
    for k, v in extra_env(g, c):
        lines.append("      %s: %s" % (k, yq(g, v)))
    return g.c([".continue/mcpServers/%s.yaml" % name, ".continue/config.yaml"]), "\n".join(lines) + "\n"


@tpl("llm")
def t_aider(g, c):
    m = llm_model(g, c)
    lines = ["##########################################################",
             "# Sample .aider.conf.yml",
             "# Place in your home dir, or at the root of your git repo.",
             "##########################################################", ""]
    if c.provider == "anthropic":
        lines += ["model: sonnet", "anthropic-api-key: %s" % c.slot]
    elif c.provider == "openai":
        lines += ["model: %s" % m, "openai-api-key: %s" % c.slot]
    else:
        short = {"google": "gemini", "openrouter": "openrouter", "groq": "groq", "mistral": "mistral",
                 "deepseek": "deepseek", "xai": "xai", "huggingface": "huggingface", "litellm": "openai"}[c.provider]
        lines += ["model: %s/%s" % (short, m), "api-key:", "  - %s=%s" % (short, c.slot)]
    lines += ["", "auto-commits: %s" % g.c(["true", "false"]), "dark-mode: true", "stream: true",
              "read:", "  - CONVENTIONS.md", "lint-cmd:", "  - \"python: ruff check --fix\""]
    return g.c([".aider.conf.yml", "config/.aider.conf.yml"]), "\n".join(lines) + "\n"


@tpl("mcp llm hook pg")
def t_goose(g, c):
    name, cmd, args = launch(c)
    lines = ["GOOSE_PROVIDER: %s" % g.c(["anthropic", "openai", "google"]),
             "GOOSE_MODEL: %s" % g.c(["claude-sonnet-4-20250514", "gpt-4o", "gemini-2.5-pro"]),
             "GOOSE_MODE: %s" % g.c(["smart_approve", "auto", "approve"]), "extensions:",
             "  developer:", "    bundled: true", "    enabled: true", "    name: developer",
             "    timeout: 300", "    type: builtin",
             "  %s:" % name, "    args:"]
    lines += ["    - %s" % a for a in args]
    lines += ["    cmd: %s" % cmd, "    enabled: true", "    envs:",
              "      %s: %s" % (vname(g, c), yq(g, c.slot)),
              "    name: %s" % name, "    timeout: 300", "    type: stdio"]
    return g.c(["goose/config.yaml", ".config/goose/config.yaml"]), "\n".join(lines) + "\n"


@tpl("mcp llm hook pg")
def t_goose_recipe(g, c):
    name, cmd, args = launch(c)
    lines = ["version: 1.0.0", "title: Weekly triage", "description: Summarise open issues and post a digest",
             "instructions: |", "  Review the open issues labelled needs-triage and propose owners.",
             "  Keep the summary under 200 words.", "extensions:", "  - type: stdio", "    name: %s" % name,
             "    cmd: %s" % cmd, "    args: [%s]" % ", ".join(args), "    timeout: 300",
             "    envs:", "      %s: %s" % (vname(g, c), yq(g, c.slot)),
             "prompt: Start with the oldest issue."]
    return g.c(["recipes/weekly-triage.yaml", ".goose/recipes/triage.yaml"]), "\n".join(lines) + "\n"


@tpl("llm")
def t_litellm_params(g, c):
    m = llm_model(g, c)
    pfx = {"google": "gemini", "huggingface": "huggingface", "litellm": "openai"}.get(c.provider, c.provider)
    lines = ["model_list:",
             "  - model_name: %s" % g.c(["default", "coder", m.split("/")[-1]]),
             "    litellm_params:",
             "      model: %s/%s" % (pfx, m),
             "      api_key: %s" % yq(g, c.slot)]
    if g.p(0.5):
        lines += ["      rpm: %d" % g.c([60, 200, 500])]
    lines += ["  - model_name: local", "    litellm_params:", "      model: ollama/llama3.1",
              "      api_base: http://localhost:11434", "",
              "litellm_settings:", "  drop_params: true", "  request_timeout: 600", "",
              "router_settings:", "  routing_strategy: simple-shuffle"]
    return g.c(["litellm/config.yaml", "proxy_config.yaml", "deploy/litellm-config.yaml"]), "\n".join(lines) + "\n"


@tpl("llm")
def t_litellm_master(g, c):
    lines = ["model_list:", "  - model_name: claude-sonnet", "    litellm_params:",
             "      model: anthropic/claude-sonnet-4-20250514", "      api_key: os.environ/ANTHROPIC_API_KEY", "",
             "general_settings:", "  master_key: %s" % yq(g, c.slot),
             "  database_url: os.environ/DATABASE_URL", "  alerting: [\"slack\"]", "",
             "litellm_settings:", "  num_retries: 2", "  cache: true"]
    return g.c(["litellm/config.yaml", "config/litellm.yaml"]), "\n".join(lines) + "\n"


@tpl("llm")
def t_mcp_agent_secrets(g, c):
    sec = {"anthropic": "anthropic", "openai": "openai", "google": "google"}.get(c.provider, "openai")
    lines = ["$schema: ../../schema/mcp-agent.config.schema.json", "", "%s:" % sec,
             "  api_key: %s" % yq(g, c.slot)]
    if sec == "openai" and c.provider != "openai":
        lines.append("  base_url: %s" % LLM_BASE[c.provider])
    return g.c(["mcp_agent.secrets.yaml", "agents/mcp_agent.secrets.yaml"]), "\n".join(lines) + "\n"


@tpl("llm")
def t_promptfoo(g, c):
    m = llm_model(g, c)
    pid = {"anthropic": "anthropic:messages:%s" % m, "openai": "openai:chat:%s" % m,
           "google": "google:%s" % m}.get(c.provider, "openai:chat:%s" % m)
    lines = ["description: Tool-calling regression suite", "prompts:", "  - file://prompts/tool_use.txt",
             "providers:", "  - id: %s" % pid, "    config:", "      temperature: 0",
             "      apiKey: %s" % yq(g, c.slot)]
    if pid.startswith("openai") and c.provider != "openai":
        lines.append("      apiBaseUrl: %s" % LLM_BASE[c.provider])
    lines += ["tests:", "  - vars:", "      question: list my open pull requests",
              "    assert:", "      - type: is-valid-openai-tools-call"]
    return g.c(["promptfooconfig.yaml", "evals/promptfooconfig.yaml"]), "\n".join(lines) + "\n"


@tpl("mcp llm hook pg")
def t_compose(g, c):
    name = launch(c)[0]
    var = vname(g, c)
    lines = ["services:", "  %s-mcp:" % name,
             "    image: %s" % g.c(["mcp/%s:latest" % name, "ghcr.io/%s/%s-mcp:1.4" % (g.c(ORGS), name)]),
             "    restart: unless-stopped", "    ports:", "      - \"%d:8080\"" % g.c([3001, 8000, 8931]),
             "    environment:"]
    if g.p(0.5):
        lines += ["      - %s=%s" % (var, c.slot), "      - LOG_LEVEL=info"]
    else:
        lines += ["      %s: %s" % (var, yq(g, c.slot)), "      LOG_LEVEL: info"]
    lines += ["    healthcheck:", "      test: [\"CMD\", \"wget\", \"-qO-\", \"http://localhost:8080/health\"]",
              "      interval: 30s"]
    return g.c(["docker-compose.yml", "compose.yaml", "deploy/docker-compose.mcp.yml"]), "\n".join(lines) + "\n"


@tpl("mcp llm hook pg")
def t_gha(g, c):
    var = vname(g, c)
    lines = ["name: agent-review", "on:", "  pull_request:", "    types: [opened, synchronize]", "",
             "permissions:", "  contents: read", "  pull-requests: write", "", "jobs:", "  review:",
             "    runs-on: ubuntu-latest", "    env:", "      %s: %s" % (var, yq(g, c.slot)),
             "      NODE_VERSION: \"20\"", "    steps:", "      - uses: actions/checkout@v4",
             "      - uses: actions/setup-node@v4", "        with:", "          node-version: ${{ env.NODE_VERSION }}",
             "      - run: npx -y @%s/pr-agent review --pr ${{ github.event.number }}" % g.c(ORGS)]
    return ".github/workflows/%s.yml" % g.c(["agent-review", "ai-review", "mcp-smoke"]), "\n".join(lines) + "\n"


@tpl("mcp llm hook pg")
def t_k8s(g, c):
    name = launch(c)[0]
    lines = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s-mcp" % name,
             "  labels:", "    app.kubernetes.io/name: %s-mcp" % name, "spec:", "  replicas: 1",
             "  selector:", "    matchLabels:", "      app: %s-mcp" % name, "  template:", "    metadata:",
             "      labels:", "        app: %s-mcp" % name, "    spec:", "      containers:",
             "        - name: server", "          image: ghcr.io/%s/%s-mcp:%s" % (g.c(ORGS), name, g.c(["1.2.0", "latest", "2025.06"])),
             "          args: [\"--transport\", \"streamable-http\", \"--port\", \"8080\"]",
             "          env:", "            - name: %s" % vname(g, c), "              value: %s" % yq(g, c.slot),
             "            - name: MCP_LOG_LEVEL", "              value: info", "          ports:",
             "            - containerPort: 8080"]
    return g.c(["k8s/%s-mcp.yaml" % name, "deploy/k8s/deployment.yaml"]), "\n".join(lines) + "\n"


@tpl("mcp llm hook pg")
def t_helm_values(g, c):
    name = launch(c)[0]
    key = g.c(["apiKey", "token", "accessToken", "key"])
    lines = ["replicaCount: 1", "image:", "  repository: ghcr.io/%s/%s-mcp" % (g.c(ORGS), name),
             "  tag: \"%s\"" % g.c(["0.9.1", "1.0.3"]), "  pullPolicy: IfNotPresent", "",
             "service:", "  type: ClusterIP", "  port: 8080", "", "%s:" % name.replace("-", ""),
             "  %s: %s" % (key, yq(g, c.slot)), "  transport: streamable-http", "",
             "resources:", "  limits:", "    memory: 256Mi"]
    return g.c(["deploy/values.yaml", "charts/%s-mcp/values.yaml" % name, "helm/values-prod.yaml"]), "\n".join(lines) + "\n"


# ---------------------------------- TOML family ---------------------------------------

@tpl("mcp llm hook pg")
def t_codex_inline(g, c):
    name, cmd, args = launch(c)
    lines = ['model = "%s"' % g.c(["gpt-5", "o4-mini", "gpt-5-codex"]), 'approval_policy = "on-request"',
             'sandbox_mode = "workspace-write"', "", "[mcp_servers.%s]" % name.replace("-", "_"),
             'command = "%s"' % cmd, "args = [%s]" % ", ".join('"%s"' % a for a in args),
             'env = { "%s" = "%s" }' % (vname(g, c), c.slot)]
    if g.p(0.5):
        lines.append("startup_timeout_sec = 20")
    return g.c([".codex/config.toml", "codex/config.toml"]), "\n".join(lines) + "\n"


@tpl("mcp llm hook pg")
def t_codex_table(g, c):
    name, cmd, args = launch(c)
    sect = name.replace("-", "_")
    lines = ["# ~/.codex/config.toml", 'model = "gpt-5"', 'model_reasoning_effort = "medium"', "",
             "[mcp_servers.%s]" % sect, 'command = "%s"' % cmd,
             "args = [%s]" % ", ".join('"%s"' % a for a in args), "tool_timeout_sec = 60", "",
             "[mcp_servers.%s.env]" % sect, '%s = "%s"' % (vname(g, c), c.slot)]
    for k, v in extra_env(g, c):
        lines.append('%s = "%s"' % (k, v))
    return g.c([".codex/config.toml", "dotfiles/codex/config.toml"]), "\n".join(lines) + "\n"


@tpl("mcp llm")
def t_codex_http_headers(g, c):
    name = launch(c)[0]
    url = REMOTE_URL.get(c.provider, "https://mcp.%s.dev/%s" % (g.c(ORGS), name))
    hn, hv = hdr(c)
    lines = ['model = "gpt-5-codex"', "", "[mcp_servers.%s]" % name.replace("-", "_"), 'url = "%s"' % url,
             'http_headers = { "%s" = "%s" }' % (hn, hv)]
    if g.p(0.4):
        lines.append("enabled = true")
    return ".codex/config.toml", "\n".join(lines) + "\n"


@tpl("mcp llm hook pg")
def t_fly_toml(g, c):
    name = launch(c)[0]
    lines = ["app = \"%s-%s-mcp\"" % (g.c(ORGS), name), "primary_region = \"%s\"" % g.c(["fra", "iad", "lhr", "sjc"]), "",
             "[build]", "  dockerfile = \"Dockerfile\"", "", "[env]", "  PORT = \"8080\"",
             "  %s = \"%s\"" % (vname(g, c), c.slot), "", "[http_service]", "  internal_port = 8080",
             "  force_https = true", "  auto_stop_machines = \"stop\"", "  min_machines_running = 0"]
    return "fly.toml", "\n".join(lines) + "\n"


@tpl("mcp llm hook pg")
def t_wrangler(g, c):
    name = launch(c)[0]
    lines = ["name = \"%s-remote-mcp\"" % name, "main = \"src/index.ts\"",
             "compatibility_date = \"2025-%02d-%02d\"" % (g.i(1, 9), g.i(1, 28)),
             "compatibility_flags = [\"nodejs_compat\"]", "", "[vars]", "%s = \"%s\"" % (vname(g, c), c.slot),
             "ALLOWED_ORIGINS = \"https://claude.ai\"", "", "[[durable_objects.bindings]]",
             "name = \"MCP_OBJECT\"", "class_name = \"MyMCP\""]
    return g.c(["wrangler.toml", "workers/%s/wrangler.toml" % name]), "\n".join(lines) + "\n"


# ---------------------------------- Terraform -----------------------------------------

@tpl("mcp llm hook pg")
def t_terraform(g, c):
    name = launch(c)[0]
    var = vname(g, c)
    text = ('resource "google_cloud_run_v2_service" "%s_mcp" {\n'
            '  name     = "%s-mcp"\n'
            '  location = "%s"\n\n'
            '  template {\n'
            '    containers {\n'
            '      image = "%s-docker.pkg.dev/%s/mcp/%s:latest"\n'
            '      env {\n'
            '        name  = "%s"\n'
            '        value = "%s"\n'
            '      }\n'
            '      ports {\n        container_port = 8080\n      }\n'
            '    }\n  }\n}\n') % (name.replace("-", "_"), name, g.c(["europe-west1", "us-central1"]),
                                  g.c(["europe-west1", "us-central1"]), g.c(ORGS) + "-prod", name, var, c.slot)
    return g.c(["infra/mcp.tf", "terraform/cloud_run.tf"]), text


# ---------------------------------- Markdown ------------------------------------------

@tpl("mcp llm hook pg")
def t_readme_json(g, c):
    name, entry = server_obj(g, c)
    proj = g.c(PROJECTS)
    block = json.dumps({"mcpServers": {name: entry}}, indent=2)
    text = ("# %s\n\nInternal tooling for the %s team.\n\n## Using it from Claude Desktop\n\n"
            "Add this to `claude_desktop_config.json` and restart the app:\n\n```json\n%s\n```\n\n"
            "Then ask Claude to *list the open issues assigned to me*.\n\n## Troubleshooting\n\n"
            "- Check `~/Library/Logs/Claude/mcp-server-%s.log`.\n- Make sure `node --version` is 18 or newer.\n") % (
        proj.capitalize(), g.c(ORGS), block, name)
    return g.c(["README.md", "docs/mcp-setup.md", "docs/claude-desktop.md"]), text


@tpl("mcp llm hook pg")
def t_md_claude_mcp_add(g, c):
    name, cmd, args = launch(c)
    var = vname(g, c)
    text = ("## Setting up the %s MCP server\n\nRun once per machine:\n\n```bash\n"
            "claude mcp add %s --scope user -e %s=%s -- %s %s\n```\n\n"
            "Verify with `claude mcp list`; the server should show as connected.\n") % (
        name, name, var, c.slot, cmd, " ".join(args))
    return g.c(["docs/setup.md", "CONTRIBUTING.md", "docs/dev/mcp.md"]), text


@tpl("mcp")
def t_md_curl(g, c):
    hn, hv = hdr(c)
    url = REMOTE_URL.get(c.provider, LLM_BASE.get(c.provider, "https://api.%s.dev" % g.c(ORGS)))
    text = ("### Smoke test\n\nThe remote endpoint should answer an `initialize` call:\n\n```sh\n"
            "curl -sS -X POST '%s' \\\n  -H 'Content-Type: application/json' \\\n"
            "  -H 'Accept: application/json, text/event-stream' \\\n  -H '%s: %s' \\\n"
            "  -d '{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
            "\"capabilities\":{},\"clientInfo\":{\"name\":\"curl\",\"version\":\"0\"}}}'\n```\n\n"
            "A 401 means the token expired.\n") % (url, hn, hv)
    return g.c(["docs/remote-mcp.md", "README.md", "notes/mcp-debugging.md"]), text


@tpl("mcp llm hook pg")
def t_md_notes(g, c):
    who = g.c(USERS)
    text = ("# Onboarding notes (%s)\n\n- Install Cursor and sign in with SSO.\n"
            "- Clone `%s/%s` and run `make bootstrap`.\n"
            "- Shared %s credential for the agent sandbox: %s\n"
            "- Ping #dev-tools if the MCP servers do not start.\n") % (
        who, g.c(ORGS), g.c(PROJECTS), c.provider.capitalize(), c.slot)
    return g.c(["docs/onboarding.md", "notes/%s.md" % who, "wiki/agent-sandbox.md"]), text


@tpl("mcp llm hook pg")
def t_md_codex_add(g, c):
    name, cmd, args = launch(c)
    var = vname(g, c)
    text = ("## Codex\n\n```shell\ncodex mcp add %s --env %s=%s -- %s %s\n```\n\n"
            "Codex stores the server under `[mcp_servers.%s]` in `~/.codex/config.toml`.\n") % (
        name, var, c.slot, cmd, " ".join(args), name)
    return g.c(["docs/codex.md", "AGENTS.md"]), text


@tpl("mcp llm")
def t_agents_md(g, c):
    hn, hv = hdr(c)
    text = ("# Agent instructions\n\n## Build & test\n\n- `pnpm install`\n- `pnpm test --filter ./packages/*`\n\n"
            "## Conventions\n\n- TypeScript strict mode, no default exports.\n- Keep PRs under 400 lines.\n\n"
            "## External APIs\n\nWhen you need live data, call the %s API directly with header `%s: %s`.\n"
            "Do not print the response bodies into the chat.\n") % (c.provider.capitalize(), hn, hv)
    return g.c(["AGENTS.md", "CLAUDE.md", ".github/copilot-instructions.md"]), text


# ---------------------------------- Shell ---------------------------------------------

@tpl("mcp llm hook pg")
def t_sh_export(g, c):
    var = vname(g, c, 0.7)
    text = ("#!/usr/bin/env bash\n# Local setup for the agent tooling.\nset -euo pipefail\n\n"
            "export NODE_OPTIONS=--max-old-space-size=4096\nexport %s=\"%s\"\n"
            "export MCP_LOG_LEVEL=debug\n\nnpm ci\nnpm run build\n") % (var, c.slot)
    return g.c(["scripts/setup-mcp.sh", "bin/dev-env.sh", "scripts/bootstrap.sh"]), text


@tpl("mcp llm")
def t_sh_claude_http(g, c):
    name = launch(c)[0]
    url = REMOTE_URL.get(c.provider, "https://mcp.%s.dev/%s" % (g.c(ORGS), name))
    hn, hv = hdr(c)
    text = ("#!/bin/sh\n# Register the hosted %s server for everyone on this box.\n"
            "claude mcp add --transport http %s %s \\\n  --header \"%s: %s\"\n"
            "claude mcp list\n") % (name, name, url, hn, hv)
    return g.c(["scripts/add-remote-mcp.sh", "tools/register-mcp.sh"]), text


@tpl("mcp llm")
def t_sh_cli_flag(g, c):
    name, cmd, args = launch(c)
    flag = CLI_FLAG.get(c.provider, "--api-key")
    text = ("#!/usr/bin/env bash\n# Start the %s MCP server over HTTP for the team gateway\n"
            "cd \"$(dirname \"$0\")/..\"\nexec %s %s %s=%s --transport http --port %d\n") % (
        name, cmd, " ".join(args), flag, c.slot, g.c([3000, 8080, 8931]))
    return g.c(["scripts/start-%s.sh" % name, "bin/serve-mcp.sh"]), text


@tpl("llm")
def t_sh_curl(g, c):
    hn, hv = hdr(c)
    base = LLM_BASE.get(c.provider, REMOTE_URL.get(c.provider, "https://api.%s.dev" % g.c(ORGS)))
    text = ("#!/usr/bin/env bash\nset -e\n# quick check that the key still works\n"
            "curl -fsS \"%s/models\" \\\n  -H \"%s: %s\" | jq '.data | length'\n") % (base.rstrip("/"), hn, hv)
    return g.c(["scripts/check-key.sh", "test/smoke.sh", "tools/ping-provider.sh"]), text


@tpl("mcp llm hook pg", neg_ok=False)
def t_envrc(g, c):
    var = vname(g, c, 0.8)
    text = ("# direnv\nuse flake\nlayout python3\nexport %s=%s\nexport PYTHONPATH=src\n") % (
        var, g.c(["%s", "\"%s\"", "'%s'"]) % c.slot)
    return ".envrc", text


@tpl("mcp llm hook pg")
def t_dotenv(g, c):
    var = vname(g, c, 0.8)
    lines = ["# agent runtime settings", "LOG_LEVEL=info", "MCP_TRANSPORT=stdio", "%s=%s" % (var, c.slot),
             "PORT=%d" % g.c([3000, 8080])]
    return "@DOTENV@", "\n".join(lines) + "\n"


# ---------------------------------- Python --------------------------------------------

@tpl("mcp llm hook pg")
def t_py_fastmcp_default(g, c):
    name = launch(c)[0]
    var = vname(g, c, 0.7)
    text = ('"""%s MCP server built on FastMCP."""\nimport os\n\nimport httpx\nfrom mcp.server.fastmcp import FastMCP\n\n'
            'mcp = FastMCP("%s")\n\nAPI_TOKEN = os.environ.get("%s", %s)\n\n\n'
            '@mcp.tool()\nasync def search(query: str, limit: int = 10) -> list[dict]:\n'
            '    """Search the upstream service."""\n'
            '    async with httpx.AsyncClient(timeout=30) as client:\n'
            '        resp = await client.get("https://api.example-upstream.dev/search",\n'
            '                                params={"q": query, "limit": limit},\n'
            '                                headers={"Authorization": f"Bearer {API_TOKEN}"})\n'
            '        resp.raise_for_status()\n        return resp.json()["results"]\n\n\n'
            'if __name__ == "__main__":\n    mcp.run()\n') % (name.capitalize(), name, var, Q(c, "py"))
    return g.c(["server.py", "src/%s_mcp/server.py" % name.replace("-", "_")]), text


@tpl("llm")
def t_py_sdk_ctor(g, c):
    m = llm_model(g, c)
    if c.provider == "anthropic":
        imp, ctor = "from anthropic import Anthropic", "Anthropic(api_key=%s)" % Q(c, "py")
        call = 'client.messages.create(model="%s", max_tokens=1024, messages=msgs)' % m
    else:
        base = LLM_BASE[c.provider]
        imp = "from openai import OpenAI"
        ctor = 'OpenAI(base_url="%s", api_key=%s)' % (base, Q(c, "py")) if c.provider != "openai" else \
            "OpenAI(api_key=%s)" % Q(c, "py")
        call = 'client.chat.completions.create(model="%s", messages=msgs)' % m
    text = ("import json\nimport sys\n\n%s\n\nclient = %s\n\n\ndef ask(prompt: str) -> str:\n"
            "    msgs = [{\"role\": \"user\", \"content\": prompt}]\n    resp = %s\n    return str(resp)\n\n\n"
            "if __name__ == \"__main__\":\n    print(ask(\" \".join(sys.argv[1:]) or \"hello\"))\n") % (imp, ctor, call)
    return g.c(["scripts/ask.py", "tools/llm_client.py", "agent/llm.py"]), text


@tpl("mcp llm")
def t_py_headers_const(g, c):
    hn, hv = hdr(c)
    pre = hv[:len(hv) - len(c.slot)]
    base = REMOTE_URL.get(c.provider, LLM_BASE.get(c.provider, "https://api.example.dev"))
    cname = g.c(["TOKEN", "API_KEY", "_KEY", "AUTH"]) if g.p(0.5) else c.env
    text = ('import requests\n\nBASE_URL = "%s"\n%s = %s\n\nHEADERS = {\n    "%s": f"%s{%s}",\n'
            '    "Accept": "application/json",\n}\n\n\ndef get(path: str, **params):\n'
            '    r = requests.get(BASE_URL.rstrip("/") + path, headers=HEADERS, params=params, timeout=20)\n'
            '    r.raise_for_status()\n    return r.json()\n') % (base, cname, Q(c, "py"), hn, pre, cname)
    return g.c(["client/api.py", "tools/%s_client.py" % c.provider, "mcp_server/upstream.py"]), text


@tpl("mcp llm hook pg")
def t_py_stdio_params(g, c):
    name, cmd, args = launch(c)
    var = vname(g, c)
    text = ("import asyncio\n\nfrom mcp import ClientSession, StdioServerParameters\nfrom mcp.client.stdio import stdio_client\n\n"
            "params = StdioServerParameters(\n    command=\"%s\",\n    args=[%s],\n    env={\"%s\": %s},\n)\n\n\n"
            "async def main() -> None:\n    async with stdio_client(params) as (read, write):\n"
            "        async with ClientSession(read, write) as session:\n            await session.initialize()\n"
            "            tools = await session.list_tools()\n            print([t.name for t in tools.tools])\n\n\n"
            "asyncio.run(main())\n") % (cmd, ", ".join('"%s"' % a for a in args), var, Q(c, "py"))
    return g.c(["examples/list_tools.py", "scripts/mcp_probe.py"]), text


@tpl("pg")
def t_py_asyncpg(g, c):
    text = ('import asyncpg\nfrom mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP("warehouse")\n'
            'DSN = "%s"\n\n\n@mcp.tool()\nasync def query(sql: str) -> list[dict]:\n'
            '    """Run a read-only query."""\n    conn = await asyncpg.connect(DSN)\n    try:\n'
            '        rows = await conn.fetch(sql)\n        return [dict(r) for r in rows]\n'
            '    finally:\n        await conn.close()\n') % c.slot
    return g.c(["warehouse_mcp/server.py", "src/db_server.py"]), text


@tpl("llm")
def t_py_litellm_call(g, c):
    m = llm_model(g, c)
    pfx = {"google": "gemini", "litellm": "openai"}.get(c.provider, c.provider)
    text = ("from litellm import completion\n\n\ndef summarize(text: str) -> str:\n"
            "    resp = completion(\n        model=\"%s/%s\",\n        messages=[{\"role\": \"user\", \"content\": text}],\n"
            "        api_key=%s,\n        max_tokens=512,\n    )\n    return resp.choices[0].message.content\n") % (
        pfx, m, Q(c, "py"))
    return g.c(["summarizer.py", "pipeline/summarize.py"]), text


@tpl("mcp llm hook pg")
def t_py_settings(g, c):
    var = vname(g, c).lower()
    text = ("from pydantic_settings import BaseSettings, SettingsConfigDict\n\n\nclass Settings(BaseSettings):\n"
            "    model_config = SettingsConfigDict(env_prefix=\"MCP_\")\n\n    host: str = \"127.0.0.1\"\n"
            "    port: int = 8000\n    %s: str = %s\n    debug: bool = False\n\n\nsettings = Settings()\n") % (
        var, Q(c, "py"))
    return g.c(["app/config.py", "src/settings.py"]), text


# ---------------------------------- TypeScript ----------------------------------------

@tpl("mcp llm")
def t_ts_ctor(g, c):
    if c.provider == "github":
        imp, ctor = 'import { Octokit } from "@octokit/rest";', "new Octokit({ auth: %s })" % Q(c, "ts")
    elif c.provider == "anthropic":
        imp, ctor = 'import Anthropic from "@anthropic-ai/sdk";', "new Anthropic({ apiKey: %s })" % Q(c, "ts")
    elif c.provider == "stripe":
        imp, ctor = 'import Stripe from "stripe";', "new Stripe(%s)" % Q(c, "ts")
    elif c.provider == "notion":
        imp, ctor = 'import { Client } from "@notionhq/client";', "new Client({ auth: %s })" % Q(c, "ts")
    elif c.provider == "linear":
        imp, ctor = 'import { LinearClient } from "@linear/sdk";', "new LinearClient({ apiKey: %s })" % Q(c, "ts")
    elif c.provider == "slack":
        imp, ctor = 'import { WebClient } from "@slack/web-api";', "new WebClient(%s)" % Q(c, "ts")
    else:
        base = LLM_BASE.get(c.provider, "https://api.openai.com/v1")
        imp, ctor = 'import OpenAI from "openai";', 'new OpenAI({ baseURL: "%s", apiKey: %s })' % (base, Q(c, "ts"))
    text = ('import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\n'
            'import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";\n'
            'import { z } from "zod";\n%s\n\nconst client = %s;\n\n'
            'const server = new McpServer({ name: "%s-tools", version: "0.3.0" });\n\n'
            'server.tool("ping", { note: z.string().optional() }, async () => ({\n'
            '  content: [{ type: "text", text: "ok" }],\n}));\n\n'
            'await server.connect(new StdioServerTransport());\nvoid client;\n') % (imp, ctor, g.c(PROJECTS))
    return g.c(["src/index.ts", "src/server.ts", "packages/mcp/src/index.ts"]), text


@tpl("mcp llm")
def t_ts_fetch_const(g, c):
    hn, hv = hdr(c)
    pre = hv[:len(hv) - len(c.slot)]
    base = REMOTE_URL.get(c.provider, LLM_BASE.get(c.provider, "https://api.example.dev"))
    cname = g.c(["TOKEN", "API_KEY", "UPSTREAM_KEY"])
    text = ('const BASE = "%s";\nconst %s = %s;\n\nexport async function call(path: string, body?: unknown) {\n'
            '  const res = await fetch(`${BASE}${path}`, {\n    method: body ? "POST" : "GET",\n'
            '    headers: {\n      "%s": `%s${%s}`,\n      "Content-Type": "application/json",\n    },\n'
            '    body: body ? JSON.stringify(body) : undefined,\n  });\n'
            '  if (!res.ok) throw new Error(`upstream ${res.status}`);\n  return res.json();\n}\n') % (
        base, cname, Q(c, "ts"), hn, pre, cname)
    return g.c(["src/upstream.ts", "lib/api.ts", "src/tools/http.ts"]), text


@tpl("mcp llm hook pg")
def t_ts_stdio_client(g, c):
    name, cmd, args = launch(c)
    var = vname(g, c)
    text = ('import { Client } from "@modelcontextprotocol/sdk/client/index.js";\n'
            'import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";\n\n'
            'const transport = new StdioClientTransport({\n  command: "%s",\n  args: [%s],\n'
            '  env: { PATH: process.env.PATH ?? "", %s: %s },\n});\n\n'
            'const client = new Client({ name: "%s-probe", version: "1.0.0" });\nawait client.connect(transport);\n'
            'console.log((await client.listTools()).tools.map((t) => t.name));\n') % (
        cmd, ", ".join('"%s"' % a for a in args), var, Q(c, "ts"), name)
    return g.c(["scripts/probe.ts", "test/mcp-client.test.ts", "src/client.ts"]), text


@tpl("mcp llm hook pg")
def t_ts_env_fallback(g, c):
    var = vname(g, c, 0.8)
    lit = Q(c, "ts", g.c(['"', "'"]))
    text = ('import { z } from "zod";\n\nconst Env = z.object({\n  PORT: z.coerce.number().default(3000),\n'
            '  %s: z.string().min(1),\n});\n\nexport const env = Env.parse({\n  PORT: process.env.PORT,\n'
            '  %s: process.env.%s ?? %s,\n});\n') % (var, var, var, lit)
    return g.c(["src/env.ts", "src/config.ts"]), text


@tpl("pg")
def t_ts_pg_pool(g, c):
    text = ('import pg from "pg";\n\nexport const pool = new pg.Pool({\n  connectionString: "%s",\n'
            '  max: 5,\n  idleTimeoutMillis: 10_000,\n});\n') % c.slot
    return g.c(["src/db.ts", "server/db.ts"]), text


@tpl("llm")
def t_ts_ai_sdk(g, c):
    m = llm_model(g, c)
    fn = {"anthropic": ("@ai-sdk/anthropic", "createAnthropic"), "openai": ("@ai-sdk/openai", "createOpenAI"),
          "google": ("@ai-sdk/google", "createGoogleGenerativeAI"), "groq": ("@ai-sdk/groq", "createGroq"),
          "mistral": ("@ai-sdk/mistral", "createMistral"), "xai": ("@ai-sdk/xai", "createXai"),
          "deepseek": ("@ai-sdk/deepseek", "createDeepSeek")}.get(c.provider, ("@ai-sdk/openai", "createOpenAI"))
    extra = "" if c.provider in ("anthropic", "openai", "google", "groq", "mistral", "xai", "deepseek") else \
        '  baseURL: "%s",\n' % LLM_BASE[c.provider]
    text = ('import { generateText } from "ai";\nimport { %s } from "%s";\n\nconst provider = %s({\n'
            '  apiKey: %s,\n%s});\n\nexport async function draft(prompt: string) {\n'
            '  const { text } = await generateText({ model: provider("%s"), prompt });\n  return text;\n}\n') % (
        fn[1], fn[0], fn[1], Q(c, "ts"), extra, m)
    return g.c(["src/lib/llm.ts", "app/lib/ai.ts"]), text


# ---------------------------------- Dockerfile / logs / misc --------------------------

@tpl("mcp llm hook pg")
def t_dockerfile_env(g, c):
    name = launch(c)[0]
    text = ("FROM node:%s-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY build ./build\n"
            "ENV NODE_ENV=production\nENV %s=%s\nEXPOSE 8080\nCMD [\"node\", \"build/index.js\", \"--transport\", \"http\"]\n") % (
        g.c(["20", "22"]), vname(g, c, 0.7), g.c(["%s", "\"%s\""]) % c.slot)
    return g.c(["Dockerfile", "docker/%s.Dockerfile" % name]), text


@tpl("mcp llm")
def t_dockerfile_cmd(g, c):
    name, cmd, args = launch(c)
    flag = CLI_FLAG.get(c.provider, "--api-key")
    text = ("FROM python:3.12-slim\nRUN pip install --no-cache-dir uv\nWORKDIR /srv\nCOPY . .\nRUN uv sync --frozen\n"
            "EXPOSE 8000\nCMD [\"uv\", \"run\", \"%s-mcp\", \"--port\", \"8000\", \"%s\", \"%s\"]\n") % (name, flag, c.slot)
    return g.c(["Dockerfile", "deploy/Dockerfile"]), text


@tpl("mcp llm hook pg")
def t_log_spawn(g, c):
    name, cmd, args = launch(c)
    var = vname(g, c)
    ts = "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (g.i(1, 9), g.i(1, 28), g.i(0, 23), g.i(0, 59), g.i(0, 59), g.i(0, 999))
    text = ("%s [info] [%s] Initializing server...\n"
            "%s [debug] [%s] Spawning: %s %s\n"
            "%s [debug] [%s] Environment overrides: %s=%s\n"
            "%s [info] [%s] Server started and connected successfully\n"
            "%s [info] [%s] Message from client: {\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\"}}\n") % (
        ts, name, ts, name, cmd, " ".join(args), ts, name, var, c.slot, ts, name, ts, name)
    return g.c(["logs/mcp-server-%s.log" % name, "debug/mcp.log"]), text


@tpl("hook")
def t_hook_yaml(g, c):
    lines = ["notifications:", "  on_failure: true", "  on_success: false", "  slack:",
             "    channel: \"#%s\"" % g.c(["agent-runs", "ci-alerts", "ai-bots"]),
             "    webhook_url: %s" % yq(g, c.slot), "    mention: \"@here\""]
    return g.c(["config/notify.yaml", ".agent/notifications.yml"]), "\n".join(lines) + "\n"


@tpl("hook")
def t_hook_py(g, c):
    text = ("import json\nimport urllib.request\n\nWEBHOOK = %s\n\n\ndef notify(text: str) -> None:\n"
            "    req = urllib.request.Request(WEBHOOK, data=json.dumps({\"text\": text}).encode(),\n"
            "                                 headers={\"Content-Type\": \"application/json\"})\n"
            "    urllib.request.urlopen(req, timeout=10)\n") % Q(c, "py")
    return g.c(["agent/notify.py", "hooks/post_run.py"]), text


@tpl("hook")
def t_hook_claude_hooks(g, c):
    obj = {"hooks": {"Stop": [{"hooks": [{"type": "command",
                                          "command": "curl -s -X POST -H 'Content-type: application/json' --data '{\"text\":\"Claude finished\"}' %s" % c.slot}]}]}}
    return ".claude/settings.json", jdump(obj)


@tpl("mcp llm hook pg")
def t_ini(g, c):
    var = vname(g, c).lower()
    text = ("[agent]\nname = %s\nmodel = claude-sonnet-4-20250514\nmax_turns = 20\n\n[credentials]\n%s = %s\n\n"
            "[logging]\nlevel = INFO\n") % (g.c(PROJECTS), var, c.slot)
    return g.c(["agent.ini", "config/agent.cfg", "setup.cfg"]), text


PROVIDER_ONLY = {t_openapi_headers: ["notion"], t_litellm_master: ["litellm"],
                 t_remote_query: ["exa", "tavily", "firecrawl", "brave", "perplexity"]}

# --------------------------------------------------------------------------------------
# Negative slot fillers
# --------------------------------------------------------------------------------------

PREFIX_PLACEHOLDERS = {
    "github": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "github_pat_XXXXXXXXXXXXXXXXXXXXXX", "<YOUR_GITHUB_PAT>",
               "ghp_your_token_here"],
    "gitlab": ["glpat-xxxxxxxxxxxxxxxxxxxx", "<your-gitlab-token>"],
    "slack": ["xoxb-your-bot-token", "xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx", "xoxp-your-user-token"],
    "brave": ["YOUR_BRAVE_API_KEY", "<brave-search-key>"],
    "notion": ["ntn_your_internal_integration_token_here", "secret_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    "linear": ["lin_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "lin_api_your_key"],
    "sentry": ["sntryu_YOUR_TOKEN_HERE", "<sentry-user-token>", "sntrys_YOUR_ORG_TOKEN"],
    "stripe": ["sk_live_...", "sk_test_YOUR_SECRET_KEY", "rk_live_REPLACE_ME"],
    "supabase": ["sbp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<personal-access-token>", "your-service-role-key"],
    "exa": ["your-exa-api-key", "<EXA_API_KEY>", "00000000-0000-0000-0000-000000000000"],
    "tavily": ["tvly-YOUR_API_KEY", "tvly-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "tvly-dev-key-1"],
    "firecrawl": ["fc-YOUR_API_KEY", "fc-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "perplexity": ["pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "pplx-your-key"],
    "context7": ["ctx7sk-**********************", "YOUR_CONTEXT7_API_KEY"],
    "anthropic": ["sk-ant-api03-...", "sk-ant-api03-your-key-here", "sk-ant-xxxxxxxxxxxxxxxx"],
    "openai": ["sk-proj-...", "sk-your-key-here", "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "google": ["YOUR_GEMINI_API_KEY", "<gemini-key>"],
    "groq": ["gsk_your_actual_key_here", "gsk_..."],
    "mistral": ["<MISTRAL_API_KEY>", "your-mistral-key"],
    "openrouter": ["sk-or-v1-your-key-here", "sk-or-v1-..."],
    "litellm": ["sk-your-virtual-key", "<litellm-key>"],
    "xai": ["xai-...", "YOUR_XAI_KEY"],
    "huggingface": ["hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "hf_your_token"],
    "deepseek": ["sk-...", "<deepseek-key>"],
    "postgres": ["<password>", "YOUR_PASSWORD"],
}

GENERIC_PLACEHOLDERS = ["<YOUR_TOKEN>", "<your-api-key>", "YOUR_API_KEY_HERE", "your-api-key", "changeme",
                        "REPLACE_ME", "<token>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "TODO", "insert-your-key-here",
                        "<paste key>", "dummy", "test-key", "placeholder"]

MASKS = ["****", "********************", "[REDACTED]", "<redacted>", "••••••••••••", "***REMOVED***", "[MASKED]"]

DOC_EXAMPLES = {
    "litellm": ["sk-1234"],
    "stripe": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc"],
    "sentry": ["1a2b3c"],
    "slack": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
}


def masked_value(g, c):
    m = g.c(MASKS)
    if g.p(0.4):
        pre = {"github": "ghp_", "anthropic": "sk-ant-", "openai": "sk-proj-", "tavily": "tvly-", "linear": "lin_api_",
               "openrouter": "sk-or-v1-", "groq": "gsk_", "stripe": "sk_live_", "notion": "ntn_"}.get(c.provider, "")
        return pre + "*" * g.i(8, 24) + g.s(4, ALNUM)
    return m


def env_ref(g, c, var, tname=""):
    """An environment / input reference in the syntax the file's tool understands."""
    inp = "${input:%s}" % g.c([var.lower(), c.provider + "_token", c.provider + "-key"])
    if tname.startswith(("t_sh", "t_envrc", "t_dotenv", "t_md_", "t_dockerfile", "t_log", "t_agents")):
        forms = ["$%s" % var, "${%s}" % var, "${%s:?set %s first}" % (var, var)]
    elif tname.startswith(("t_py", "t_ts", "t_hook_py")):
        forms = ["${%s}" % var, "$%s" % var]
    elif tname.startswith("t_litellm"):
        forms = ["os.environ/%s" % var]
    elif tname.startswith("t_continue"):
        forms = ["${{ secrets.%s }}" % var, "${%s}" % var]
    elif tname.startswith("t_gha"):
        forms = ["${{ secrets.%s }}" % var]
    elif tname.startswith("t_opencode"):
        forms = ["{env:%s}" % var]
    elif tname.startswith("t_vscode"):
        forms = [inp, "${env:%s}" % var]
    elif tname.startswith(("t_zed", "t_cursor", "t_remote", "t_windsurf")):
        forms = ["${env:%s}" % var, "${%s}" % var]
    else:
        forms = ["${%s}" % var, "${%s}" % var, "${env:%s}" % var, "{env:%s}" % var]
    val = g.c(forms)
    if val.startswith("${input:"):
        return val, "input-ref"
    if val.startswith("${{"):
        return val, "ci-secret-ref"
    return val, "env-ref"


def vault_ref(g, c, var):
    item = c.provider + "-" + g.c(["mcp", "token", "api"])
    form = g.i(0, 5)
    if form == 0:
        return "op://%s/%s/credential" % (g.c(["Engineering", "Private", "DevTools"]), item)
    if form == 1:
        return "vault:secret/data/mcp/%s#%s" % (c.provider, var.lower())
    if form == 2:
        return "arn:aws:secretsmanager:%s:%012d:secret:mcp/%s" % (g.c(["us-east-1", "eu-west-1"]), g.i(10 ** 11, 10 ** 12 - 1), item)
    if form == 3:
        return "projects/%s-prod/secrets/%s/versions/latest" % (g.c(ORGS), item)
    if form == 4:
        return "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (g.c(PROJECTS), item)
    return "bws://%s" % g.uuid()


def template_expr(g, c, var):
    return g.c(["{{ .Values.%s.apiKey }}" % c.provider, "{{ %s }}" % var.lower(), "{{ env \"%s\" }}" % var,
                "<%%= ENV['%s'] %%>" % var, "#{%s}" % var, "{{ secrets.%s }}" % var])


def public_value(g, c):
    """Values providers document as public; returns (value, env name, kind, provider)."""
    ch = g.i(0, 5)
    if ch == 0:
        return "pk_live_" + "51" + g.s(97, ALNUM), "STRIPE_PUBLISHABLE_KEY", "public_publishable_key", "stripe"
    if ch == 1:
        ref = supabase_ref(g)
        iat = g.i(1640000000, 1740000000)
        return jwt(g, {"iss": "supabase", "ref": ref, "role": "anon", "iat": iat, "exp": iat + 315360000}), \
            "SUPABASE_ANON_KEY", "public_anon_key", "supabase"
    if ch == 2:
        return "https://%s@o%d.ingest.%ssentry.io/%d" % (g.hx(32), g.i(100000, 4999999), g.c(["", "us.", "de."]),
                                                        g.i(1000000, 4999999)), "SENTRY_DSN", "public_dsn", "sentry"
    if ch == 3:
        return "%d-%s.apps.googleusercontent.com" % (g.i(10 ** 11, 10 ** 12 - 1), g.s(32, LOWER_ALNUM)), \
            "GOOGLE_CLIENT_ID", "public_client_id", "google"
    if ch == 4:
        return "Ov23li" + g.s(14, ALNUM), "GITHUB_CLIENT_ID", "public_client_id", "github"
    return "%d.%d" % (g.i(10 ** 9, 10 ** 10), g.i(10 ** 12, 10 ** 13)), "SLACK_CLIENT_ID", "public_client_id", "slack"


def code_expr(var):
    return {"py": 'os.environ["%s"]' % var, "ts": "process.env.%s!" % var}


def neg_cred(g, tmpl, base):
    """Builds a negative Cred for template `tmpl` starting from catalogue entry `base`."""
    provider, kind, _gen, env, cat = base
    c = Cred(provider, kind, env, cat, "", label="neg")
    env_style = "pg" in tmpl.cats  # generic env-style templates accept every category
    fams = ["placeholder", "placeholder", "empty", "masked", "env_ref", "env_ref", "vault_ref", "template_expr",
            "code_ref"]
    if env_style:
        fams += ["public", "public"]
    if DOC_EXAMPLES.get(provider) or cat == "pg":
        fams += ["doc_example", "doc_example"]
    if cat in ("mcp", "llm") and env_style:
        fams += ["aws_doc_example"]
    fam = g.c(fams)
    is_code = tmpl.__name__.startswith(("t_py", "t_ts"))
    if fam == "env_ref" and is_code and g.p(0.7):
        fam = "code_ref"
    elif fam == "code_ref" and not is_code:
        fam = "env_ref"
    if cat == "pg":
        if fam in ("public", "aws_doc_example"):
            fam = "placeholder"
        user = g.c(["postgres", "readonly", "app", "mcp_reader"])
        hostdb = g.c(["localhost:5432/mydb", "db.internal:5432/analytics", "127.0.0.1/app_dev"])
        if fam == "empty":
            c.slot = "postgresql://localhost/mydb"
        elif fam == "doc_example":
            c.slot = g.c(["postgresql://user:secret@localhost", "postgresql://user:password@localhost:5432/mydb"])
        elif fam in ("env_ref", "code_ref"):
            c.slot, _k = env_ref(g, c, g.c(["DATABASE_URL", "POSTGRES_URL"]), tmpl.__name__)
            if g.p(0.5):
                c.slot = "postgresql://%s:${PGPASSWORD}@%s" % (user, hostdb)
        elif fam == "masked":
            c.slot = "postgresql://%s:%s@%s" % (user, g.c(["****", "xxxxxx", "[REDACTED]"]), hostdb)
        elif fam == "vault_ref":
            c.slot = vault_ref(g, c, "DATABASE_URL")
        elif fam == "template_expr":
            c.slot = "postgresql://%s:{{ .Values.db.password }}@%s" % (user, hostdb)
        else:
            c.slot = "postgresql://%s:%s@%s" % (user, g.c(["<password>", "YOUR_PASSWORD", "changeme", "<db-password>"]), hostdb)
        c.kind = "env-ref" if fam in ("env_ref", "code_ref") else fam
        return c
    if cat == "hook":
        if fam == "doc_example" or fam == "public" or fam == "aws_doc_example":
            c.slot, c.kind = DOC_EXAMPLES["slack"][0], "doc_example"
            return c
    if fam == "placeholder":
        pool = PREFIX_PLACEHOLDERS.get(provider, []) + GENERIC_PLACEHOLDERS + ["<%s>" % env, "your_%s" % env.lower()]
        c.slot = g.c(pool)
    elif fam == "empty":
        c.slot = ""
    elif fam == "masked":
        c.slot = masked_value(g, c)
    elif fam == "env_ref":
        c.slot, fam = env_ref(g, c, env, tmpl.__name__)
    elif fam == "code_ref":
        c.slot = "${%s}" % env
        c.expr = code_expr(env)
        c.force_conv = True
    elif fam == "vault_ref":
        c.slot = vault_ref(g, c, env)
    elif fam == "template_expr":
        c.slot = template_expr(g, c, env)
    elif fam == "doc_example":
        c.slot = g.c(DOC_EXAMPLES[provider])
    elif fam == "aws_doc_example":
        if g.p(0.5):
            c.slot, c.env = "AKIAIOSFODNN7EXAMPLE", "AWS_ACCESS_KEY_ID"
        else:
            c.slot, c.env = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS_SECRET_ACCESS_KEY"
        c.provider, c.force_conv, fam = "aws", True, "doc_example"
    elif fam == "public":
        c.slot, c.env, fam, c.provider = public_value(g, c)
        c.force_conv = True
    c.kind = fam
    return c

MCP_LAUNCH["aws"] = ("aws-kb", "uvx", ["awslabs.bedrock-kb-retrieval-mcp-server@latest"])

# --------------------------------------------------------------------------------------
# Look-alike negatives (no credential at all)
# --------------------------------------------------------------------------------------

LOOK = []


def look(provider, kind):
    def deco(fn):
        fn.provider = provider
        fn.kind = kind
        LOOK.append(fn)
        return fn
    return deco


NPM_PKGS = ["@modelcontextprotocol/sdk", "@modelcontextprotocol/server-github", "@modelcontextprotocol/server-filesystem",
            "@upstash/context7-mcp", "tavily-mcp", "firecrawl-mcp", "exa-mcp-server", "@playwright/mcp",
            "@notionhq/notion-mcp-server", "@sentry/mcp-server", "@stripe/mcp", "@supabase/mcp-server-supabase",
            "zod", "zod-to-json-schema", "eventsource-parser", "pkce-challenge"]


def sri(g):
    return "sha512-" + base64.b64encode(bytes(g.i(0, 255) for _ in range(64))).decode()


def ver(g):
    return "%d.%d.%d" % (g.i(0, 3), g.i(0, 20), g.i(0, 12))


def ts(g):
    return "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (g.i(1, 9), g.i(1, 28), g.i(0, 23), g.i(0, 59), g.i(0, 59), g.i(0, 999))


def b62id(g, n):
    return g.s(n, B62)


@look("npm", "integrity_hash")
def l_package_lock(g):
    pk = {"": {"name": g.c(PROJECTS) + "-mcp", "version": "0.1.0",
               "dependencies": {"@modelcontextprotocol/sdk": "^1.12.0"}}}
    for name in g.shuffle(list(NPM_PKGS))[:g.i(4, 8)]:
        v = ver(g)
        pk["node_modules/" + name] = {"version": v,
                                      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], v),
                                      "integrity": sri(g), "license": "MIT"}
    return "package-lock.json", jdump({"name": pk[""]["name"], "version": "0.1.0", "lockfileVersion": 3,
                                       "requires": True, "packages": pk})


@look("npm", "integrity_hash")
def l_pnpm_lock(g):
    lines = ["lockfileVersion: '9.0'", "", "settings:", "  autoInstallPeers: true", "", "packages:", ""]
    for name in g.shuffle(list(NPM_PKGS))[:g.i(3, 7)]:
        lines += ["  '%s@%s':" % (name, ver(g)), "    resolution: {integrity: %s}" % sri(g), "    engines: {node: '>=18'}", ""]
    return "pnpm-lock.yaml", "\n".join(lines)


@look("pypi", "sha256_hash")
def l_uv_lock(g):
    lines = ["version = 1", "requires-python = \">=3.10\"", ""]
    for name in ["mcp", "httpx", "pydantic", "anyio", "sse-starlette", "uvicorn"][:g.i(3, 6)]:
        v = ver(g)
        lines += ["[[package]]", "name = \"%s\"" % name, "version = \"%s\"" % v,
                  "source = { registry = \"https://pypi.org/simple\" }",
                  "sdist = { url = \"https://files.pythonhosted.org/packages/%s/%s/%s/%s-%s.tar.gz\", hash = \"sha256:%s\", size = %d }" % (
                      g.hx(2), g.hx(2), g.hx(60), name, v, g.hx(64), g.i(20000, 900000)),
                  "wheels = [", "    { url = \"https://files.pythonhosted.org/packages/%s/%s-%s-py3-none-any.whl\", hash = \"sha256:%s\", size = %d }," % (
                      g.hx(8), name, v, g.hx(64), g.i(20000, 900000)), "]", ""]
    return "uv.lock", "\n".join(lines)


@look("pypi", "sha256_hash")
def l_requirements_hashes(g):
    lines = ["# This file was autogenerated by uv via the following command:", "#    uv pip compile requirements.in --generate-hashes"]
    for name in ["mcp", "httpx", "anthropic", "openai", "tenacity"][:g.i(3, 5)]:
        lines.append("%s==%s \\" % (name, ver(g)))
        lines.append("    --hash=sha256:%s \\" % g.hx(64))
        lines.append("    --hash=sha256:%s" % g.hx(64))
    return "requirements.txt", "\n".join(lines) + "\n"


@look("go", "go_sum_hash")
def l_go_sum(g):
    lines = []
    for mod in ["github.com/mark3labs/mcp-go", "github.com/modelcontextprotocol/go-sdk", "github.com/google/uuid",
                "github.com/spf13/cobra", "golang.org/x/oauth2"]:
        v = "v" + ver(g)
        lines.append("%s %s h1:%s=" % (mod, v, base64.b64encode(bytes(g.i(0, 255) for _ in range(32))).decode()[:43]))
        lines.append("%s %s/go.mod h1:%s=" % (mod, v, base64.b64encode(bytes(g.i(0, 255) for _ in range(32))).decode()[:43]))
    return "go.sum", "\n".join(lines) + "\n"


@look("terraform", "provider_lock_hash")
def l_tf_lock(g):
    out = ["# This file is maintained automatically by \"terraform init\".", "# Manual edits may be lost in future updates.", ""]
    for prov in ["hashicorp/google", "cloudflare/cloudflare"]:
        out += ['provider "registry.terraform.io/%s" {' % prov, '  version     = "%s"' % ver(g), '  constraints = "~> 5.0"',
                "  hashes = [", '    "h1:%s=",' % base64.b64encode(bytes(g.i(0, 255) for _ in range(32))).decode()[:43]]
        out += ['    "zh:%s",' % g.hx(64) for _ in range(3)]
        out += ["  ]", "}", ""]
    return ".terraform.lock.hcl", "\n".join(out)


@look("docker", "image_digest")
def l_compose_digest(g):
    lines = ["services:"]
    for name in ["github-mcp", "context7", "playwright"][:g.i(1, 3)]:
        lines += ["  %s:" % name, "    image: ghcr.io/%s/%s@sha256:%s" % (g.c(["github", "upstash", "microsoft"]), name, g.hx(64)),
                  "    environment:", "      - %s=${%s}" % (g.c(["GITHUB_PERSONAL_ACCESS_TOKEN", "CONTEXT7_API_KEY", "LOG_LEVEL"]),
                                                             g.c(["GITHUB_PERSONAL_ACCESS_TOKEN", "CONTEXT7_API_KEY", "LOG_LEVEL"])),
                  "    restart: unless-stopped"]
    return "compose.yaml", "\n".join(lines) + "\n"


@look("github", "release_checksums")
def l_sha256sums(g):
    v = ver(g)
    lines = []
    for plat in ["Darwin_arm64.tar.gz", "Darwin_x86_64.tar.gz", "Linux_arm64.tar.gz", "Linux_x86_64.tar.gz", "Windows_x86_64.zip"]:
        lines.append("%s  github-mcp-server_%s" % (g.hx(64), plat))
    return g.c(["dist/github-mcp-server_%s_checksums.txt" % v, "release/SHA256SUMS"]), "\n".join(lines) + "\n"


@look("mcp", "registry_file_hash")
def l_server_json(g):
    proj = g.c(PROJECTS)
    obj = {"$schema": "https://static.modelcontextprotocol.io/schemas/2025-07-09/server.schema.json",
           "name": "io.github.%s/%s-mcp" % (g.c(ORGS), proj), "description": "Search %s tickets from any MCP client" % proj,
           "version": ver(g),
           "packages": [{"registry_type": "mcpb", "identifier": "https://github.com/%s/%s-mcp/releases/download/v1.0.0/%s.mcpb" % (
               g.c(ORGS), proj, proj), "file_sha256": g.hx(64), "transport": {"type": "stdio"}},
               {"registry_type": "npm", "identifier": "@%s/%s-mcp" % (g.c(ORGS), proj), "version": ver(g),
                "transport": {"type": "stdio"},
                "environment_variables": [{"name": "%s_API_KEY" % proj.upper(), "description": "API key for %s" % proj,
                                           "is_required": True, "is_secret": True}]}]}
    return "server.json", jdump(obj)


@look("mcp", "session_id")
def l_session_log(g):
    sid = g.uuid()
    lines = []
    for k in range(g.i(3, 6)):
        lines.append("%s INFO  mcp.http  POST /mcp 200 %dms mcp-session-id=%s method=%s" % (
            ts(g), g.i(3, 900), sid, g.c(["initialize", "tools/list", "tools/call", "notifications/initialized"])))
    lines.append("%s DEBUG mcp.http  response headers: Mcp-Session-Id: %s; Content-Type: text/event-stream" % (ts(g), sid))
    lines.append("%s INFO  mcp.http  DELETE /mcp 204 session closed %s" % (ts(g), sid))
    return g.c(["logs/mcp-http.log", "var/log/gateway.log"]), "\n".join(lines) + "\n"


@look("anthropic", "message_ids")
def l_claude_transcript(g):
    sid = g.uuid()
    lines = []
    parent = None
    for k in range(g.i(2, 4)):
        u = g.uuid()
        rec = {"parentUuid": parent, "isSidechain": False, "userType": "external", "cwd": "/home/%s/%s" % (g.c(USERS), g.c(PROJECTS)),
               "sessionId": sid, "version": "1.0.%d" % g.i(40, 99), "type": "assistant",
               "message": {"id": "msg_01" + b62id(g, 22), "type": "message", "role": "assistant",
                           "model": "claude-sonnet-4-20250514",
                           "content": [{"type": "tool_use", "id": "toolu_01" + b62id(g, 22), "name": "mcp__github__list_issues",
                                        "input": {"owner": g.c(ORGS), "repo": g.c(PROJECTS), "state": "open"}}],
                           "usage": {"input_tokens": g.i(10, 4000), "output_tokens": g.i(10, 900)}},
               "requestId": "req_011C" + b62id(g, 20), "uuid": u, "timestamp": ts(g)}
        lines.append(json.dumps(rec, separators=(",", ":")))
        parent = u
    return ".claude/projects/-home-%s-%s/%s.jsonl" % (g.c(USERS), g.c(PROJECTS), sid), "\n".join(lines) + "\n"


@look("openai", "completion_ids")
def l_openai_fixture(g):
    obj = {"id": "chatcmpl-" + b62id(g, 29), "object": "chat.completion", "created": g.i(1720000000, 1760000000),
           "model": "gpt-4o-2024-08-06", "system_fingerprint": "fp_" + g.hx(10),
           "choices": [{"index": 0, "finish_reason": "tool_calls",
                        "message": {"role": "assistant", "content": None,
                                    "tool_calls": [{"id": "call_" + b62id(g, 24), "type": "function",
                                                    "function": {"name": "web_search_exa", "arguments": "{\"query\":\"mcp spec\"}"}}]}}],
           "usage": {"prompt_tokens": g.i(50, 3000), "completion_tokens": g.i(5, 400)}}
    return g.c(["tests/fixtures/chat_completion.json", "test/data/openai_tool_call.json"]), jdump(obj)


@look("openai", "object_ids")
def l_openai_ids(g):
    lines = ["# ids created by scripts/bootstrap_assistant.py (not secrets)",
             "assistant_id: asst_" + b62id(g, 24), "vector_store_id: vs_" + b62id(g, 24),
             "files:"]
    for n in ["architecture.md", "runbook.md", "api.md"]:
        lines.append("  - {name: %s, id: file-%s}" % (n, b62id(g, 22)))
    lines.append("thread_template: thread_" + b62id(g, 24))
    return g.c(["assistant/ids.yaml", "config/openai-objects.yml"]), "\n".join(lines) + "\n"


@look("mcp", "model_ids")
def l_models_json(g):
    models = []
    for prov, ids in list(LLM_MODELS.items())[:g.i(4, 8)]:
        for mid in ids[:2]:
            models.append({"id": mid, "provider": prov, "context_window": g.c([128000, 200000, 1048576]),
                           "supports_tools": True})
    return g.c(["config/models.json", "src/data/models.json"]), jdump({"default": models[0]["id"], "models": models})


@look("anthropic", "tool_names")
def l_claude_permissions(g):
    allow = ["mcp__github__get_issue", "mcp__github__list_pull_requests", "mcp__context7__resolve-library-id",
             "mcp__context7__get-library-docs", "Bash(pnpm test:*)", "WebFetch(domain:docs.anthropic.com)"]
    obj = {"permissions": {"allow": g.shuffle(allow)[:g.i(3, 6)], "deny": ["mcp__github__delete_repository"],
                           "defaultMode": "acceptEdits"},
           "enabledMcpjsonServers": ["github", "context7"], "model": "claude-sonnet-4-20250514",
           "env": {"BASH_DEFAULT_TIMEOUT_MS": "120000", "MCP_TIMEOUT": "30000"}}
    return ".claude/settings.json", jdump(obj)


@look("mcp", "schema_hash")
def l_tool_schema_cache(g):
    tools = []
    for name in ["search_issues", "create_issue", "get_file_contents", "list_commits", "web_search"][:g.i(2, 5)]:
        tools.append({"name": name, "schemaHash": "sha256:" + g.hx(64),
                      "inputSchema": {"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]}})
    return g.c([".cache/mcp/tools-%s.json" % g.hx(8), "mcp-tools.lock.json"]), jdump({"server": "github", "fetchedAt": ts(g), "tools": tools})


@look("git", "commit_sha")
def l_changelog(g):
    lines = ["# Changelog", ""]
    for k in range(g.i(2, 4)):
        lines += ["## [%s] - 2025-%02d-%02d" % (ver(g), g.i(1, 9), g.i(1, 28)), ""]
        for msg in g.shuffle(["add Streamable HTTP transport", "fix tool schema for list_issues", "bump @modelcontextprotocol/sdk",
                              "support --read-only flag", "retry on 429 from upstream"])[:2]:
            sha = g.hx(40)
            lines.append("- %s ([%s](https://github.com/%s/%s-mcp/commit/%s))" % (msg, sha[:7], g.c(ORGS), g.c(PROJECTS), sha))
        lines.append("")
    return "CHANGELOG.md", "\n".join(lines)


@look("ssh", "public_key")
def l_ssh_pub(g):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(g.i(0, 255) for _ in range(32))
    key = "ssh-ed25519 " + base64.b64encode(blob).decode() + " deploy@%s-mcp" % g.c(PROJECTS)
    text = ("# Deploy access\n\nAdd the gateway's **public** deploy key to the repository (read-only):\n\n```\n%s\n```\n\n"
            "Fingerprint: `SHA256:%s`\n") % (key, base64.b64encode(bytes(g.i(0, 255) for _ in range(32))).decode().rstrip("="))
    return g.c(["docs/deploy-keys.md", "ops/README.md"]), text


@look("oauth", "jwks_public")
def l_jwks(g):
    n = b64u(bytes([g.i(128, 255)]) + bytes(g.i(0, 255) for _ in range(255)))
    obj = {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": g.hx(16), "n": n, "e": "AQAB"}]}
    return g.c(["public/.well-known/jwks.json", "static/jwks.json"]), jdump(obj)


@look("github", "webhook_signature")
def l_webhook_log(g):
    lines = []
    for k in range(g.i(2, 4)):
        lines += ["%s POST /webhooks/github 202" % ts(g), "  X-GitHub-Event: %s" % g.c(["pull_request", "issues", "push"]),
                  "  X-GitHub-Delivery: %s" % g.uuid(), "  X-Hub-Signature-256: sha256=%s" % g.hx(64),
                  "  X-GitHub-Hook-ID: %d" % g.i(100000000, 999999999)]
    return g.c(["logs/webhooks.log", "tmp/deliveries.log"]), "\n".join(lines) + "\n"


@look("mcp", "mcpb_manifest")
def l_mcpb_manifest(g):
    proj = g.c(PROJECTS)
    obj = {"manifest_version": "0.2", "name": "%s-mcp" % proj, "version": ver(g), "description": "%s tools" % proj,
           "author": {"name": g.c(USERS)},
           "server": {"type": "node", "entry_point": "server/index.js",
                      "mcp_config": {"command": "node", "args": ["${__dirname}/server/index.js"],
                                     "env": {"%s_API_KEY" % proj.upper(): "${user_config.api_key}"}}},
           "user_config": {"api_key": {"type": "string", "title": "API key", "description": "Your %s API key" % proj,
                                       "sensitive": True, "required": True}},
           "icon": "icon.png"}
    return "manifest.json", jdump(obj)


@look("mcp", "base64_icon")
def l_icon_datauri(g):
    png = b"\x89PNG\r\n\x1a\n" + bytes(g.i(0, 255) for _ in range(g.i(90, 180)))
    obj = {"name": "%s-mcp" % g.c(PROJECTS), "title": "Team search",
           "icons": [{"src": "data:image/png;base64," + base64.b64encode(png).decode(), "mimeType": "image/png",
                      "sizes": ["48x48"]}], "websiteUrl": "https://%s.example.dev" % g.c(PROJECTS)}
    return g.c(["src/server-info.json", "assets/serverInfo.json"]), jdump(obj)


@look("anthropic", "usage_export")
def l_usage_csv(g):
    lines = ["date,workspace,model,request_id,input_tokens,output_tokens,cost_usd"]
    for k in range(g.i(5, 10)):
        lines.append("2025-%02d-%02d,%s,%s,req_011C%s,%d,%d,%.4f" % (g.i(1, 9), g.i(1, 28), g.c(["default", "agents", "ci"]),
                                                                    g.c(LLM_MODELS["anthropic"]), b62id(g, 20),
                                                                    g.i(100, 90000), g.i(10, 8000), g.r.random() * 2))
    return g.c(["reports/usage-2025.csv", "billing/claude_usage.csv"]), "\n".join(lines) + "\n"


@look("slack", "public_ids")
def l_slack_ids(g):
    obj = {"app_id": "A0" + g.s(9, string.ascii_uppercase + string.digits),
           "team_id": "T0" + g.s(8, string.ascii_uppercase + string.digits),
           "bot_user_id": "U0" + g.s(9, string.ascii_uppercase + string.digits),
           "channels": {n: "C0" + g.s(9, string.ascii_uppercase + string.digits) for n in ["eng", "alerts", "agent-runs"]},
           "token_env": "SLACK_BOT_TOKEN"}
    return g.c(["config/slack.json", "slack/workspace.json"]), jdump(obj)


@look("github", "app_public_ids")
def l_github_app(g):
    lines = ["github_app:", "  app_id: %d" % g.i(100000, 1999999), "  client_id: Iv23li%s" % g.s(14, ALNUM),
             "  installation_id: %d" % g.i(10000000, 79999999),
             "  private_key_path: /run/secrets/github-app.pem",
             "  webhook_url: https://%s.example.dev/webhooks/github" % g.c(PROJECTS),
             "  public_key_fingerprint: SHA256:%s" % base64.b64encode(bytes(g.i(0, 255) for _ in range(32))).decode().rstrip("=")]
    return g.c(["config/github-app.yml", "deploy/github-app.yaml"]), "\n".join(lines) + "\n"


@look("cursor", "rules_file")
def l_cursor_rules(g):
    text = ("---\ndescription: How to use the MCP servers in this repo\nglobs: [\"src/**/*.ts\"]\nalwaysApply: false\n---\n\n"
            "- Use the `github` MCP server for issues; never paste tokens into chat.\n"
            "- Credentials come from `GITHUB_PERSONAL_ACCESS_TOKEN` and `TAVILY_API_KEY` in your shell.\n"
            "- Prefer `mcp__context7__get-library-docs` before guessing an API.\n"
            "- Commit ids look like `%s`; reference them in PR descriptions.\n") % g.hx(40)
    return ".cursor/rules/mcp-usage.mdc", text


@look("aider", "chat_history")
def l_aider_history(g):
    lines = ["", "# aider chat started at 2025-%02d-%02d %02d:%02d:%02d" % (g.i(1, 9), g.i(1, 28), g.i(0, 23), g.i(0, 59), g.i(0, 59)),
             "", "> /home/%s/.local/bin/aider --model sonnet" % g.c(USERS), "> Aider v0.%d.%d" % (g.i(70, 86), g.i(0, 3)),
             "> Main model: anthropic/claude-sonnet-4-20250514 with diff edit format", "",
             "#### add retry to the tavily client", ""]
    for k in range(2):
        lines.append("> Commit %s feat: add retry with backoff to search client" % g.hx(7))
    lines.append("> Applied edit to src/search.py")
    return ".aider.chat.history.md", "\n".join(lines) + "\n"


@look("goose", "session_ids")
def l_goose_sessions(g):
    sess = []
    for k in range(g.i(2, 5)):
        sid = "2025%02d%02d_%02d%02d%02d" % (g.i(1, 9), g.i(1, 28), g.i(0, 23), g.i(0, 59), g.i(0, 59))
        sess.append({"id": sid, "path": "~/.local/share/goose/sessions/%s.jsonl" % sid,
                     "description": g.c(["triage issues", "refactor auth", "write tests"]), "message_count": g.i(3, 80),
                     "working_dir": "/home/%s/%s" % (g.c(USERS), g.c(PROJECTS))})
    return "goose-sessions.json", jdump(sess)


@look("continue", "no_key_config")
def l_continue_local(g):
    lines = ["name: Local models", "version: 1.0.0", "schema: v1", "models:", "  - name: Qwen Coder", "    provider: ollama",
             "    model: qwen2.5-coder:7b", "    roles: [chat, edit, autocomplete]", "  - name: LM Studio",
             "    provider: lmstudio", "    model: %s" % g.c(["deepseek-r1-distill-qwen-7b", "llama-3.2-3b-instruct"]),
             "    apiBase: http://localhost:1234/v1/", "docs:", "  - name: MCP spec",
             "    startUrl: https://modelcontextprotocol.io/specification/2025-06-18"]
    return ".continue/config.yaml", "\n".join(lines) + "\n"


@look("codex", "env_var_names")
def l_codex_env_names(g):
    lines = ['model = "gpt-5"', "", "[mcp_servers.github]", 'url = "https://api.githubcopilot.com/mcp/"',
             'bearer_token_env_var = "GITHUB_PAT"', "", "[mcp_servers.tavily]", 'command = "npx"',
             'args = ["-y", "tavily-mcp@latest"]', 'env_vars = ["TAVILY_API_KEY"]', "",
             "[mcp_servers.exa]", 'url = "https://mcp.exa.ai/mcp"',
             'env_http_headers = { "x-api-key" = "EXA_API_KEY" }']
    return ".codex/config.toml", "\n".join(lines) + "\n"


@look("pgp", "public_key")
def l_pgp(g):
    body = base64.b64encode(bytes(g.i(0, 255) for _ in range(g.i(300, 420)))).decode()
    wrapped = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    text = ("# Security Policy\n\nReport vulnerabilities to security@%s.dev. Encrypt with our public key:\n\n"
            "```\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----\n```\n") % (
        g.c(ORGS), wrapped, g.s(4, ALNUM))
    return "SECURITY.md", text


@look("k8s", "encoded_config")
def l_configmap_b64(g):
    inner = json.dumps({"mcpServers": {"fetch": {"command": "uvx", "args": ["mcp-server-fetch"]},
                                       "time": {"command": "uvx", "args": ["mcp-server-time"]}}}).encode()
    lines = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: mcp-client-config", "binaryData:",
             "  mcp.json: %s" % base64.b64encode(inner).decode(), "data:", "  LOG_LEVEL: info"]
    return "k8s/configmap.yaml", "\n".join(lines) + "\n"


@look("mcp", "prompt_cache_keys")
def l_cache_index(g):
    lines = ["key,model,created,bytes"]
    for k in range(g.i(4, 9)):
        lines.append("%s,%s,%s,%d" % (hashlib.sha1(g.s(20).encode()).hexdigest(), g.c(LLM_MODELS["openai"]), ts(g), g.i(500, 90000)))
    return g.c([".cache/llm/index.csv", "var/cache/prompts.csv"]), "\n".join(lines) + "\n"


@look("mcp", "tool_list")
def l_inspector_export(g):
    tools = [{"name": n, "description": d} for n, d in [("tavily-search", "Search the web"), ("tavily-extract", "Extract page content"),
                                                        ("resolve-library-id", "Find a Context7 library id"),
                                                        ("get-library-docs", "Fetch docs for a library id"),
                                                        ("firecrawl_scrape", "Scrape one URL")]]
    obj = {"server": {"name": "tavily-mcp", "version": ver(g), "command": "npx -y tavily-mcp@latest"},
           "protocolVersion": "2025-06-18", "tools": g.shuffle(tools)[:g.i(2, 5)]}
    return g.c(["docs/tools.json", "inspector-export.json"]), jdump(obj)


@look("oauth", "pkce_trace")
def l_oauth_trace(g):
    ver_ = b64u(bytes(g.i(0, 255) for _ in range(32)))
    chal = b64u(hashlib.sha256(ver_.encode()).digest())
    text = ("# OAuth flow for the remote MCP server\n\n1. Client fetches `/.well-known/oauth-protected-resource`.\n"
            "2. Client redirects to:\n\n```\nhttps://auth.%s.dev/authorize?response_type=code&client_id=%s"
            "&code_challenge=%s&code_challenge_method=S256&state=%s&resource=https%%3A%%2F%%2Fmcp.%s.dev%%2Fmcp\n```\n\n"
            "3. The server stores only the challenge; the verifier never leaves the client.\n") % (
        g.c(ORGS), g.uuid(), chal, g.hx(16), g.c(ORGS))
    return "docs/oauth.md", text


@look("git-lfs", "lfs_pointer")
def l_lfs_pointer(g):
    return g.c(["assets/demo.gif", "models/embeddings.bin", "docs/img/setup.png"]), \
        "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (g.hx(64), g.i(10000, 90000000))


@look("docker", "build_metadata")
def l_build_metadata(g):
    obj = {"buildx.build.ref": "builder/builder0/%s" % b62id(g, 25).lower(),
           "containerimage.config.digest": "sha256:" + g.hx(64), "containerimage.digest": "sha256:" + g.hx(64),
           "image.name": "ghcr.io/%s/%s-mcp:%s" % (g.c(ORGS), g.c(PROJECTS), ver(g))}
    return "build/metadata.json", jdump(obj)


@look("supabase", "sql_uuids")
def l_sql_seed(g):
    lines = ["-- seed data for the MCP audit log (no credentials here)",
             "insert into public.mcp_servers (id, name, package, created_at) values"]
    rows = []
    for name, pkg in [("github", "@modelcontextprotocol/server-github"), ("tavily", "tavily-mcp"),
                      ("context7", "@upstash/context7-mcp"), ("supabase", "@supabase/mcp-server-supabase")][:g.i(2, 4)]:
        rows.append("  ('%s', '%s', '%s', now())" % (g.uuid(), name, pkg))
    lines.append(",\n".join(rows) + ";")
    return g.c(["supabase/seed.sql", "db/seeds/mcp_servers.sql"]), "\n".join(lines) + "\n"


@look("anthropic", "batch_ids")
def l_batch_results(g):
    bid = "msgbatch_01" + b62id(g, 22)
    lines = []
    for k in range(g.i(2, 5)):
        lines.append(json.dumps({"custom_id": "ticket-%d" % g.i(1000, 9999),
                                 "result": {"type": "succeeded", "message": {"id": "msg_01" + b62id(g, 22),
                                                                              "model": "claude-3-5-haiku-20241022",
                                                                              "stop_reason": "end_turn"}},
                                 "batch": bid}))
    return "data/batch_results.jsonl", "\n".join(lines) + "\n"


@look("mcp", "empty_env_block")
def l_empty_env(g):
    servers = {}
    for name, cmd, args, env in siblings(g, g.i(2, 4), "~"):
        servers[name] = {"command": cmd, "args": args, "env": {}}
    servers["tavily"] = {"command": "npx", "args": ["-y", "tavily-mcp@latest"], "env": {}}
    return g.c([".cursor/mcp.json", "claude_desktop_config.json", ".mcp.json"]), jdump({"mcpServers": servers})


@look("mcp", "input_refs_only")
def l_vscode_inputs(g):
    obj = {"inputs": [{"type": "promptString", "id": "github_token", "description": "GitHub Personal Access Token", "password": True},
                      {"type": "promptString", "id": "brave-key", "description": "Brave Search API key", "password": True}],
           "servers": {"github": {"command": "docker", "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN",
                                                                 "ghcr.io/github/github-mcp-server"],
                                  "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "${input:github_token}"}},
                       "brave": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-brave-search"],
                                 "env": {"BRAVE_API_KEY": "${input:brave-key}"}}}}
    return ".vscode/mcp.json", jdump(obj)


@look("sentry", "public_dsn")
def l_sentry_dsn(g):
    dsn = "https://%s@o%d.ingest.us.sentry.io/%d" % (g.hx(32), g.i(100000, 4999999), g.i(1000000, 4999999))
    text = ('import * as Sentry from "@sentry/nextjs";\n\nSentry.init({\n  dsn: "%s",\n  tracesSampleRate: 0.1,\n'
            '  release: "%s",\n});\n') % (dsn, g.hx(40))
    return g.c(["sentry.client.config.ts", "instrumentation-client.ts"]), text


@look("stripe", "public_publishable_key")
def l_stripe_pk(g):
    text = ('import { loadStripe } from "@stripe/stripe-js";\n\n// Publishable keys are safe to ship to the browser.\n'
            'export const stripePromise = loadStripe("pk_live_51%s");\n') % g.s(97, ALNUM)
    return g.c(["src/lib/stripe-client.ts", "web/stripe.ts"]), text


@look("supabase", "public_anon_key")
def l_supabase_anon(g):
    ref = supabase_ref(g)
    iat = g.i(1640000000, 1740000000)
    anon = jwt(g, {"iss": "supabase", "ref": ref, "role": "anon", "iat": iat, "exp": iat + 315360000})
    text = ('import { createClient } from "@supabase/supabase-js";\n\n// anon key: public, protected by RLS\n'
            'export const supabase = createClient(\n  "https://%s.supabase.co",\n  "%s",\n);\n') % (ref, anon)
    return g.c(["src/lib/supabase.ts", "web/supabaseClient.ts"]), text


@look("notion", "page_ids")
def l_notion_ids(g):
    lines = ["notion:", "  token_env: NOTION_TOKEN", "  databases:"]
    for n in ["roadmap", "incidents", "meeting_notes"]:
        lines.append("    %s: %s" % (n, g.hx(32)))
    lines.append("  root_page: %s" % g.uuid())
    return g.c(["config/notion-sync.yaml", "notion.yml"]), "\n".join(lines) + "\n"


@look("linear", "issue_ids")
def l_linear_ids(g):
    lines = ["{"]
    lines.append('  "teamId": "%s",' % g.uuid())
    lines.append('  "projectId": "%s",' % g.uuid())
    lines.append('  "issues": [%s]' % ", ".join('"%s-%d"' % (g.c(["ENG", "OPS", "AI"]), g.i(10, 2999)) for _ in range(4)))
    lines.append("}")
    return g.c(["linear.config.json", ".linear/sync.json"]), "\n".join(lines) + "\n"


@look("huggingface", "model_revision")
def l_hf_revision(g):
    lines = ["embedding:", "  model: BAAI/bge-small-en-v1.5", "  revision: %s" % g.hx(40), "reranker:",
             "  model: cross-encoder/ms-marco-MiniLM-L-6-v2", "  revision: %s" % g.hx(40), "  token_env: HF_TOKEN"]
    return g.c(["rag/models.yaml", "config/embeddings.yml"]), "\n".join(lines) + "\n"


@look("tavily", "request_ids")
def l_search_cache(g):
    obj = {"query": "model context protocol streamable http", "request_id": g.uuid(), "response_time": round(g.r.random() * 3, 2),
           "results": [{"url": "https://modelcontextprotocol.io/specification", "score": round(g.r.random(), 4),
                        "content_hash": g.hx(64)} for _ in range(g.i(2, 4))]}
    return g.c([".cache/search/%s.json" % g.hx(12), "tests/fixtures/tavily_search.json"]), jdump(obj)


@look("npm", "npmrc_no_auth")
def l_npmrc(g):
    text = ("registry=https://registry.npmjs.org/\n@%s:registry=https://npm.pkg.github.com\nalways-auth=false\n"
            "engine-strict=true\nsave-exact=true\n") % g.c(ORGS)
    return ".npmrc", text


# --------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------

N_POS = 500
N_NEG = 500
MAX_DOTENV_POS = 24  # at most 1 in 20 positives in a .env-style file

BLOCKED_DOTENV = [".env", ".env.local", ".env.development", ".env.production"]
OTHER_ENVFILES = ["config/agent.env", "deploy/runtime.env", "docker/mcp.env", "mcp.env"]
NEG_ENVFILES = [".env.example", ".env.sample", "config/.env.example", "docker/.env.sample"]


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base == "Dockerfile" or base.endswith(".Dockerfile"):
        return "dockerfile"
    if base.startswith(".env") or base.endswith(".env"):
        return "env"
    if base == ".envrc":
        return "sh"
    if base in (".npmrc",):
        return "npmrc"
    if base == "go.sum":
        return "gosum"
    if base in ("SHA256SUMS",):
        return "txt"
    if "." not in base.lstrip("."):
        return "txt"
    ext = base.rsplit(".", 1)[-1].lower()
    return {"yaml": "yaml", "yml": "yml", "jsonl": "jsonl", "mdc": "md", "hcl": "hcl", "cfg": "ini",
            "gif": "lfs", "bin": "lfs", "png": "lfs", "lock": "toml"}.get(ext, ext)


def is_dotenv(path):
    base = path.rsplit("/", 1)[-1]
    return base.startswith(".env") or base.endswith(".env")


def compatible(tmpl, entry):
    only = PROVIDER_ONLY.get(tmpl)
    if only and entry[0] not in only:
        return False
    return entry[4] in tmpl.cats


def pick_entry(g, tmpl):
    """Uniform over providers first, then over that provider's kinds."""
    choices = [e for e in CREDS if compatible(tmpl, e)]
    provs = []
    for e in choices:
        if e[0] not in provs:
            provs.append(e[0])
    prov = g.c(provs)
    return g.c([e for e in choices if e[0] == prov])


def pg_url(g, pw):
    user = g.c(["postgres", "readonly", "mcp_reader", "app", "analytics"])
    host = g.c(["localhost:5432", "db.%s.internal:5432" % g.c(ORGS), "127.0.0.1:5433",
                "aws-0-eu-central-1.pooler.supabase.com:6543", "pg-%s.postgres.database.azure.com:5432" % g.c(PROJECTS)])
    db = g.c(["postgres", "analytics", "app_prod", "warehouse"])
    scheme = g.c(["postgresql", "postgres"])
    tail = g.c(["", "?sslmode=require", "?sslmode=verify-full&application_name=mcp"])
    return "%s://%s:%s@%s/%s%s" % (scheme, user, pw, host, db, tail)


def line_of(text, needle):
    idx = text.find(needle)
    assert idx >= 0, "needle not in text"
    return text.count("\n", 0, idx) + 1


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def schedule(g, items, n):
    out = []
    while len(out) < n:
        batch = list(items)
        g.shuffle(batch)
        out.extend(batch)
    return out[:n]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_go.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    g = Gen(seed)
    manifest = []
    secrets = []
    dotenv_pos = 0

    # ---------------- positives ----------------
    plan = schedule(g, POS_TEMPLATES, N_POS)
    for n, tmpl in enumerate(plan):
        entry = pick_entry(g, tmpl)
        provider, kind, gen, env, cat = entry
        secret = gen(g)
        slot = pg_url(g, secret) if cat == "pg" else secret
        c = Cred(provider, kind, env, cat, slot, v=secret)
        rel, text = tmpl(g, c)
        if rel == "@DOTENV@":
            if dotenv_pos < MAX_DOTENV_POS and g.p(0.6):
                rel = g.c(BLOCKED_DOTENV)
            else:
                rel = g.c(OTHER_ENVFILES)
        if is_dotenv(rel):
            if dotenv_pos >= MAX_DOTENV_POS:
                rel = rel.rsplit("/", 1)[0] + "/agent.conf" if "/" in rel else "agent.conf"
            else:
                dotenv_pos += 1
        assert secret in text, (tmpl.__name__, secret)
        ln = line_of(text, secret)
        assert secret in text.split("\n")[ln - 1]
        folder = "pos/p%04d" % n
        path = folder + "/" + rel
        write(outdir, path, text)
        manifest.append({"file": path, "label": "pos", "provider": provider, "kind": kind, "filetype": filetype(rel)})
        secrets.append({"file": path, "needle": secret, "line": ln})

    # ---------------- negatives ----------------
    neg_plan = []
    reuse = schedule(g, [t for t in POS_TEMPLATES if t.neg_ok], N_NEG // 2)
    looks = schedule(g, LOOK, N_NEG - N_NEG // 2)
    for t in reuse:
        neg_plan.append(("reuse", t))
    for t in looks:
        neg_plan.append(("look", t))
    g.shuffle(neg_plan)
    for n, (mode, tmpl) in enumerate(neg_plan):
        if mode == "reuse":
            entry = pick_entry(g, tmpl)
            c = neg_cred(g, tmpl, entry)
            rel, text = tmpl(g, c)
            if rel == "@DOTENV@":
                rel = g.c(NEG_ENVFILES)
            provider, kind, tname = c.provider, c.kind, tmpl.__name__
        else:
            rel, text = tmpl(g)
            provider, kind, tname = tmpl.provider, tmpl.kind, tmpl.__name__
        base = rel.rsplit("/", 1)[-1]
        if is_dotenv(rel) and base not in (".env.example", ".env.sample"):
            rel = rel[: len(rel) - len(base)] + ".env.example"
        folder = "neg/n%04d" % n
        path = folder + "/" + rel
        write(outdir, path, text)
        manifest.append({"file": path, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")

    # final self-check: every needle is on its recorded line
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    assert len([m for m in manifest if m["label"] == "pos"]) == N_POS
    assert len([m for m in manifest if m["label"] == "neg"]) == N_NEG
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
