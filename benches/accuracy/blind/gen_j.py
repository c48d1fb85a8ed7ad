#!/usr/bin/env python3
"""gen_j.py -- blind evaluation-set generator "J" for git pre-commit secret scanners.

Emphasis: credentials of the 2024-2026 AI-era developer stack, in the files of that stack
(MCP server configs, agent-framework code, notebooks, platform deploy configs, API client
collections, quick-starts), next to the innocent look-alikes that live in the same files.

Usage:  python3 gen_j.py OUTDIR SEED
Writes  OUTDIR/pos/pNNNN/<path>   one credential per file (500 per seed)
        OUTDIR/neg/nNNNN/<path>   no credential, one innocent look-alike theme per file (500)
        OUTDIR/manifest.jsonl     {"file","label","provider","kind","filetype","detail"}
        OUTDIR/secrets.jsonl      {"file","needle","line","provider","kind"} (positives only)
Deterministic per seed: only random.Random(SEED) is used (no time, uuid4, os.urandom).
Standard library only.  A self-check runs at the end of every invocation: every needle is
in its file at the line given, every manifest file exists, counts are right, and no
negative file contains a match of any positive-format pattern (a few named look-alikes are
allowed where the format is *shared* with a public value, see ALLOWED_IN_NEG).

NEEDLE CONVENTIONS
  needle = the secret as it appears in the file.  For connection URLs only the password
  part; for id+secret pairs (Twilio, Cloudflare R2, Modal, Cloudflare global key + e-mail,
  PlanetScale id:token) the secret half; for base64 wrappers (docker config "auth") the
  base64 text; line = 1-based line of the first occurrence.  A positive file may also hold
  public companions (Account SIDs, project refs, URLs, model names, org ids) and env
  references to *other* keys: they are not needles and are not secrets.

PROVIDER / KIND PAIRS (133, each at least 4 times per seed) -- formats from providers' docs, changelogs and blogs as
I know them (no scanner rule files were consulted; see DOUBTS):
  OpenAI user sk-<20>T3BlbkFJ<20>, sk-proj-/sk-svcacct-/sk-admin-/sk-None- <74>T3BlbkFJ<74>
  (and the 2024 short sk-proj- <20>T3BlbkFJ<20>); Anthropic sk-ant-api03-<93>AA,
  sk-ant-admin01-<93>AA, Claude Code OAuth sk-ant-oat01-/sk-ant-ort01-; Gemini AIza<35>;
  xAI xai-<80>; DeepSeek sk-<32 hex>; Perplexity pplx-<48>; OpenRouter sk-or-v1-<64 hex>;
  Together <64 hex> and tgp_v1_<43>; Fireworks fw_<24>; Groq gsk_<52>; Cerebras csk-<48>;
  Mistral <32>; Cohere <40>; Azure OpenAI <32 hex>; AWS Bedrock API keys ABSK<base64>;
  Hugging Face hf_<34> and api_org_<34>; Replicate r8_<37>; ElevenLabs <32 hex> and
  sk_<48 hex>; AssemblyAI <32 hex>; Deepgram <40 hex>; Stability sk-<48>; Runway
  key_<128 hex>; LangSmith lsv2_pt_/lsv2_sk_<32 hex>_<10 hex>; Langfuse sk-lf-<uuid>;
  Tavily tvly-/tvly-dev-; Firecrawl fc-<32 hex>; Voyage pa-<43>; E2B e2b_<40 hex>; Modal
  ak-/as-; W&B <40 hex>; Serper <40 hex>; Exa <uuid>; Brave BSA<27>; Pinecone pcsk_<5>_<63>
  and legacy uuid; Weaviate; Qdrant; Supabase sb_secret_, service_role JWT (real HS256),
  sbp_<40 hex>; Vercel legacy <24>, vcp_, Blob vercel_blob_rw_; Netlify nfp_; Fly.io fo1_
  and "FlyV1 fm2_..." macaroons; Render rnd_; Railway <uuid>; Neon napi_<64> and npg_
  role passwords; PlanetScale pscale_tkn_/pscale_pw_; Turso EdDSA JWTs; Upstash REST
  token, QStash token (base64 JSON) and signing key sig_, management key <uuid>; Prisma
  Accelerate api_key JWT; Clerk sk_live_/sk_test_; Resend re_; Linear lin_api_; Notion
  ntn_ and secret_; Doppler dp.pt./dp.st./dp.sa.; Infisical st. service tokens and
  universal-auth client secrets; 1Password ops_<base64 JSON>; Cloudflare API token, global
  API key, R2 secret, Origin CA v1.0- key; GitHub ghp_/gho_/ghu_/ghs_/ghr_ (real CRC32
  base62 checksums) and github_pat_<22>_<59>; GitLab glpat- (classic and routable),
  gldt-, glrt-, glptt-, gloas-; Sentry sntryu_/sntrys_; Grafana glsa_/glc_; PostHog
  phx_; Figma figd_; Shopify shpat_/shpss_; Stripe sk_live_/rk_live_/whsec_; Twilio auth
  token and API-key secret; SendGrid SG.; Postmark server token; Vault hvs.; Terraform
  Cloud .atlasv1.; Docker Hub dckr_pat_; npm npm_ (real checksum); PyPI pypi-AgEI...
  macaroons; Slack xoxb-; Airtable pat<14>.<64 hex>; Kaggle; passwords in Postgres/MySQL/
  Redis/MongoDB URLs of Supabase, Neon, Railway, Render, PlanetScale, MongoDB Atlas,
  Upstash, Redis Cloud, Aiven (AVNS_), CockroachDB, Fly, Turso (authToken=).

FILE TYPES (79 template labels in the manifest's "filetype"): claude_desktop_config.json, .cursor/mcp.json, .vscode/mcp.json
  (inputs + servers), .mcp.json, Windsurf mcp_config.json, cline_mcp_settings.json,
  .roo/mcp.json, .gemini/settings.json, .codex/config.toml, opencode.json, Zed
  settings.json, Goose config.yaml, remote-MCP "headers"/mcp-remote --header, MCP
  "--api-key"/"--access-token"/positional args, .claude/settings.json env, Claude Code
  .credentials.json, Codex auth.json, LangChain / LlamaIndex / CrewAI / AutoGen Python,
  AutoGen OAI_CONFIG_LIST, Vercel AI SDK route.ts, OpenAI/Anthropic/native SDK init in
  Python, TypeScript, Go, Rust, Jupyter .ipynb (source cells and %env magics), Streamlit
  secrets.toml and app.py, Gradio app.py, FastAPI main.py, Modal apps, Next.js
  next.config.js/mjs/ts, vite.config.ts, vercel.json, wrangler.toml/.jsonc, netlify.toml,
  fly.toml, render.yaml, docker-compose.yml, Dockerfile, GitHub Actions, .gitlab-ci.yml,
  devcontainer.json, serverless.yml, Pulumi.<stack>.yaml, Terraform (.tf/.tfvars),
  supabase/config.toml, .continue/config.json/config.yaml, .aider.conf.yml, litellm
  config.yaml, promptfooconfig.yaml, librechat.yaml, Spring AI application.yml,
  appsettings.json (Semantic Kernel), Expo app.json, Postman collection/environment JSON,
  Bruno .bru (requests and environments), .http/.rest files, README quick-starts, shell
  scripts (export / curl -H), Makefile, Cloudflare Worker, AWS Lambda, Vercel / Netlify /
  Supabase Edge functions, Deno scripts, drizzle.config.ts, alembic.ini, prisma seed,
  .npmrc, .pypirc, .terraformrc, .git-credentials, docker config.json, kaggle.json,
  .modal.toml, .netrc (W&B), HF token file, gh hosts.yml, glab config.yml, fly config.yml,
  Vercel/Netlify/Railway/Turso CLI auth files, supabase access-token, .doppler.yaml,
  .dev.vars, .claude/.credentials.json, claude-code-action workflows, prisma/schema.prisma,
  knexfile.js, MCP database servers with the URL as an argument.

NEGATIVES (same files, no secret): template twins with each file's own reference syntax
  (${env:X}, ${X}, ${input:x}, {env:X}, process.env.X, os.environ["X"], os.environ/X,
  ${{ secrets.X }}, env(X), '{{ env.X }}', {{$dotenv X}}, {{process.env.X}}, ${localEnv:X},
  ${ssm:...}, sync: false, @vercel-secret, op://, user_provided, Pulumi secure:),
  placeholders from quick-starts (sk-..., sk-ant-xxxx, hf_***, <OPENAI_API_KEY>, your-key),
  dashboard masks (sk-proj-...a1Fz), publishable/public keys (Clerk pk_live_/pk_test_,
  Supabase anon JWT and sb_publishable_, Stripe pk_, PostHog phc_, Sentry DSN, Algolia
  search-only key, Firebase web config, Langfuse pk-lf-, Mapbox pk.), identifiers (model
  names, Azure deployments, org-/proj_ ids, request/trace/message/file/run/thread/
  assistant/vector-store/batch ids, Cloudflare account/zone/KV/D1 ids, Vercel prj_/team_/
  dpl_ ids, Replicate version hashes, HF revisions, Notion page ids, Figma file keys,
  Supabase refs, Neon endpoints, Twilio Account SIDs alone, Modal token ids alone),
  embeddings (float and base64), content hashes, lockfile integrity hashes (npm, pnpm,
  yarn, uv, poetry, pip --hash, Cargo, go.sum), image digests, secret-listing CLI output
  with digests (supabase/fly/vercel/gh/doppler), env-var documentation tables.

DOUBTS (formats I am less sure of; each has its own kind so it can be dropped):
  * OpenAI sk-proj-/sk-svcacct-/sk-admin-/sk-None- body lengths (74+8+74 of [A-Za-z0-9_-]).
  * Anthropic body alphabet/length (93 + "AA"); oat01/ort01 assumed to share the shape.
  * Vercel vcp_ body length (I use 56 base62); Resend re_<8>_<24>; Notion ntn_<11 digits>
    <35>; Cerebras csk-<48 lowercase alnum>; Fireworks fw_<24>; Together tgp_v1_<43>;
    PostHog phx_<47>; Netlify nfp_<36>+4; Pinecone pcsk_<5>_<63>; Supabase
    sb_secret_<22>_<8>; Infisical st.<uuid>.<32 hex>.<32 hex>; Brave BSA<27>; Doppler
    lengths; Grafana glsa_ checksum random; GitLab routable glpat- (random body, ".01.",
    9 base36 chars; the embedded CRC is not computed); Upstash REST token body; Fly.io
    macaroon bodies are random base64 (not real macaroons); Bedrock ABSK bodies are
    base64 of "BedrockAPIKey-<id>-at-<account>:<secret>" as I remember the layout;
    Runway key_<128 hex>; Stripe whsec_ body (32 base62).
  * GitHub fine-grained github_pat_ has no checksum I know of (random); ghr_ refresh
    tokens are written at the 40-char shape of the other gh*_ tokens.
  * Unprefixed keys (Mistral, Cohere, AssemblyAI, Deepgram, Azure OpenAI, Weaviate,
    Qdrant, Railway, Postmark, Exa, Serper, W&B, Kaggle, Twilio auth token, Cloudflare
    API token/global key, legacy Vercel/ElevenLabs/Together/Pinecone) are written only
    under names that say what they are (MISTRAL_API_KEY, "x-api-key", api_key=...).
  * Firebase web config apiKey shares the AIza format with Gemini keys and is public by
    Google's documentation: it is a negative (allowed by the self-check), and a Gemini
    key under GEMINI_API_KEY/GOOGLE_API_KEY is a positive. Reasonable people disagree.
  * Stripe sk_test_/Clerk sk_test_ secrets are positives (they are secrets of a test
    environment); Stripe/Clerk pk_ keys are negatives.
  * LiteLLM's documented master key "sk-1234" appears in negatives as a placeholder.
  * Some negatives live in files a tool may refuse by name whatever they hold:
    .streamlit/secrets.toml (placeholders/masks), .envrc (references only), .dev.vars is
    used for positives only.
  * MCP clients differ in what they expand: negatives use ${env:X} only for Cursor,
    VS Code (${input:x}) and Windsurf; ${X} for Claude Code .mcp.json and LibreChat;
    $X/${X} for Gemini CLI; {env:X} for opencode; Goose env_keys; Claude Desktop, Zed,
    Codex and Cline/Roo twins use placeholders or a `sh -c` secret-store lookup instead.
  * Passwords in URLs are random generated passwords (the platforms generate them).
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

# ------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
HEX = "0123456789abcdef"
ALNUM = UP + LO + DG
B62 = DG + UP + LO
B64 = UP + LO + DG + "+/"
B64URL = UP + LO + DG + "-_"
LOWALNUM = LO + DG
LETTERS = UP + LO

R = None  # the one random.Random, set in main


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rhex(n):
    return rs(HEX, n)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def ruuid():
    h = "%032x" % R.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64e(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def pick(*xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


def jd(s):
    """JSON string literal."""
    return json.dumps(s)


def tq(s):
    """TOML basic string."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


YAML_PLAIN = re.compile(r"^[A-Za-z0-9_./-][A-Za-z0-9_./+=-]*$")


def yq(s):
    """YAML scalar: plain when safe, else double-quoted."""
    if YAML_PLAIN.match(s) and s.lower() not in ("true", "false", "yes", "no", "null", "on", "off") \
            and not re.match(r"^[0-9.e+-]+$", s):
        return s
    if chance(0.5) and "'" not in s:
        return "'" + s + "'"
    return jd(s)


def pyq(s):
    return pick('"', "'").join(["", s, ""]) if "'" not in s and '"' not in s else jd(s)


def ind(text, n):
    pad = " " * n
    return "\n".join(pad + l if l else l for l in text.split("\n"))


def b62enc(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def gh_token(prefix):
    body = rs(ALNUM, 30)
    return prefix + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def jwt_hs256(payload, key=None, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    key = key or rbytes(32)
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64u(sig)


def jwt_eddsa(payload):
    h = b64u(json.dumps({"alg": "EdDSA", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(rbytes(64))


def ts_2024():
    return 1704067200 + R.randrange(0, 2 * 365 * 86400)


WORDS = ["amber", "atlas", "birch", "cedar", "cobalt", "delta", "ember", "falcon", "fjord",
         "garnet", "harbor", "indigo", "juniper", "kestrel", "lumen", "maple", "nimbus",
         "onyx", "orbit", "pine", "quartz", "raven", "sable", "tidal", "umber", "vapor",
         "willow", "zephyr", "copper", "meadow", "summit", "lagoon", "prairie", "canyon"]
ADJ = ["silent", "bold", "misty", "rapid", "gentle", "proud", "quiet", "wild", "young",
       "ancient", "crimson", "hidden", "lively", "polished", "shy", "snowy", "sweet"]
APPS = ["docs-copilot", "support-agent", "rag-playground", "invoice-bot", "research-crew",
        "voice-notes", "meeting-summarizer", "sql-agent", "lead-enricher", "chat-widget",
        "evals", "triage-bot", "kb-search", "transcriber", "pr-reviewer", "onboarding-ai",
        "contract-qa", "ticket-router", "recipe-gen", "podcast-clipper", "tutor-app"]
ORGS = ["acme", "northwind", "lumina", "brightpath", "quokka-labs", "tandem", "helio",
        "fernweh", "kitecorp", "orchard", "parallax", "sundial", "vervet", "mosaic-ai"]


def app():
    return pick(*APPS)


def org():
    return pick(*ORGS)


def proj_ref():
    return rs(LO, 20)


def neon_ep():
    return "ep-%s-%s-%s" % (pick(*ADJ), pick(*WORDS), rs(LOWALNUM, 8))


def gen_password(n=None):
    return rs(ALNUM, n or R.randint(16, 28))


# ------------------------------------------------------------------------------------
# value generators
# ------------------------------------------------------------------------------------
OAI_B = ALNUM + "-_"


def g_openai_user():
    return "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)


def g_openai_long(prefix):
    def g():
        if prefix == "sk-proj-" and chance(0.2):
            return prefix + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)
        return prefix + rs(OAI_B, 74) + "T3BlbkFJ" + rs(OAI_B, 74)
    return g


def g_ant(kind):
    return lambda: "sk-ant-%s-" % kind + rs(ALNUM + "-_", 93) + "AA"


def g_aiza():
    return "AIzaSy" + rs(ALNUM + "-_", 33)


def g_bedrock():
    acct = rs(DG, 12)
    inner = "BedrockAPIKey-%s-at-%s:%s" % (rs(LOWALNUM, 4), acct, b64e(rbytes(30)))
    return "ABSK" + b64e(inner.encode())


def g_pypi():
    ident = ruuid().encode()
    body = b"\x02\x01\x08pypi.org\x02\x25\x08\x01\x12\x20" + ident + b"\x00\x02\x2a[\"" \
        + b"version" + b"\", 1, {\"permissions\": \"user\"}]\x00\x00\x06\x20" + rbytes(32)
    return "pypi-AgEIcHlwaS5vcmc" + b64u(body[11:])


def g_1password():
    d = {"signInAddress": pick("my.1password.com", "%s.1password.com" % org(), "my.1password.eu"),
         "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                      "salt": b64u(rbytes(16))},
         "email": "%s@1passwordserviceaccounts.com" % rs(LOWALNUM, 13),
         "srpX": rhex(64),
         "muk": {"alg": "A256GCM", "ext": True, "k": b64u(rbytes(32)), "key_ops": ["encrypt", "decrypt"],
                 "kty": "oct", "kid": "mp"},
         "secretKey": "A3-%s-%s-%s-%s-%s-%s" % (rs(UP + DG, 6), rs(UP + DG, 6), rs(UP + DG, 5),
                                                rs(UP + DG, 5), rs(UP + DG, 5), rs(UP + DG, 5)),
         "throttleSecret": {"seed": rhex(64), "uuid": rs(UP + DG, 26)},
         "deviceUuid": rs(LOWALNUM, 26)}
    return "ops_" + b64u(json.dumps(d, separators=(",", ":")).encode())


def g_sentry_org():
    d = {"iat": ts_2024() + R.random(), "url": "https://sentry.io", "region_url": "https://us.sentry.io",
         "org": org()}
    return "sntrys_" + b64e(json.dumps(d, separators=(",", ":")).encode()).rstrip("=") + "_" + rs(ALNUM + "+/", 43)


def g_glc():
    d = {"o": str(R.randint(100000, 1999999)), "n": "stack-%d-%s" % (R.randint(100000, 999999),
         pick("hm-read-write", "logs-write", "metrics-publish", "alloy-integration")),
         "k": rs(ALNUM, 24), "m": {"r": pick("prod-us-east-0", "prod-eu-west-2", "prod-us-central-0")}}
    return "glc_" + b64e(json.dumps(d, separators=(",", ":")).encode())


def g_qstash_token():
    d = {"UserID": ruuid(), "Password": rhex(32)}
    return b64e(json.dumps(d, separators=(",", ":")).encode())


def g_fly_macaroon():
    parts = ["fm2_lJPE" + b64e(rbytes(R.randint(180, 240))).rstrip("=")]
    for _ in range(R.randint(1, 2)):
        parts.append("fm2_lJPE" + b64e(rbytes(R.randint(60, 110))).rstrip("="))
    return "FlyV1 " + ",".join(parts)


def g_vault():
    return "hvs.CAESI" + rs(B64URL, 86) + (("GiEKHGh2cy4" + rs(ALNUM, 22) + "EJ" + rs(DG, 4)) if chance(0.5) else "")


def g_supabase_service():
    ref = proj_ref()
    iat = ts_2024()
    return jwt_hs256({"iss": "supabase", "ref": ref, "role": "service_role", "iat": iat, "exp": iat + 315360000})


def g_turso():
    return jwt_eddsa({"a": "rw", "iat": ts_2024(), "id": ruuid()} if chance(0.6)
                     else {"iat": ts_2024(), "id": ruuid(), "rid": ruuid()})


def g_prisma():
    return jwt_hs256({"api_key": ruuid(), "tenant_id": rhex(64), "internal_secret": ruuid()})


def g_slack_bot():
    return "xoxb-%s-%s-%s" % (rs(DG, 12), rs(DG, 13), rs(ALNUM, 24))


def g_gitlab_routable():
    return "glpat-" + rs(B64URL, R.randint(27, 40)) + ".01." + rs(LOWALNUM, 9)


def g_cf_origin():
    return "v1.0-" + rhex(24) + "-" + rhex(146)


def g_docker_auth():
    return b64e(("%s:dckr_pat_%s" % (pick("ci-bot", org(), "deploy"), rs(B64URL, 27))).encode())


# DB URL passwords ---------------------------------------------------------------------
def db_region():
    return pick("us-east-1", "us-west-2", "eu-central-1", "ap-southeast-1", "eu-west-2")


def w_supabase_pooler(pw):
    return "postgresql://postgres.%s:%s@aws-0-%s.pooler.supabase.com:%s/postgres" % (
        proj_ref(), pw, db_region(), pick("6543", "5432"))


def w_supabase_direct(pw):
    return "postgresql://postgres:%s@db.%s.supabase.co:5432/postgres" % (pw, proj_ref())


def w_neon(pw):
    return "postgresql://%s:%s@%s%s.%s.aws.neon.tech/%s?sslmode=require" % (
        pick("neondb_owner", "app_user", "%s_owner" % app().replace("-", "_")), pw, neon_ep(),
        pick("-pooler", ""), pick("us-east-2", "us-east-1", "eu-central-1", "us-west-2"),
        pick("neondb", "app", "main"))


def w_railway(pw):
    kind = pick("pg", "pg", "redis", "mongo", "mysql")
    host = "%s.proxy.rlwy.net:%d" % (pick("junction", "roundhouse", "monorail", "viaduct", "shuttle", "caboose"),
                                      R.randint(10000, 59999))
    return {"pg": "postgresql://postgres:%s@%s/railway",
            "redis": "redis://default:%s@%s",
            "mongo": "mongodb://mongo:%s@%s",
            "mysql": "mysql://root:%s@%s/railway"}[kind] % (pw, host)


def w_render(pw):
    db = app().replace("-", "_")
    return "postgresql://%s_user:%s@dpg-%s-a.%s-postgres.render.com/%s" % (
        db, pw, rs(LOWALNUM, 20), pick("oregon", "ohio", "frankfurt", "singapore", "virginia"), db)


def w_pscale(pw):
    return "mysql://%s:%s@aws.connect.psdb.cloud/%s?sslaccept=strict" % (rs(LOWALNUM, 20), pw, app())


def w_atlas(pw):
    return "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0" % (
        pick("admin", "app", "dbUser", org()), pw, rs(LOWALNUM, 5))


def w_upstash_redis(pw):
    return "rediss://default:%s@%s-%s-%d.upstash.io:6379" % (pw, pick(*ADJ), pick(*WORDS), R.randint(10000, 99999))


def w_redis_cloud(pw):
    port = R.randint(10000, 19999)
    return "redis://default:%s@redis-%d.c%d.%s.ec2.redns.redis-cloud.com:%d" % (
        pw, port, R.randint(1, 300), pick("us-east-1-2", "eu-west-1-1", "us-central1-1"), port)


def w_aiven(pw):
    return "postgres://avnadmin:%s@pg-%s-%s.%s.aivencloud.com:%d/defaultdb?sslmode=require" % (
        pw, app(), org(), rs(LO, 1) + rs(LOWALNUM, 5), R.randint(10000, 29999))


def w_cockroach(pw):
    return "postgresql://%s:%s@%s-%s-%d.%s.cockroachlabs.cloud:26257/defaultdb?sslmode=verify-full" % (
        pick("app", "maxroach", org()), pw, pick(*ADJ), pick(*WORDS), R.randint(1000, 9999),
        pick("j77", "g8z", "7tc") + "." + pick("aws-us-east-1", "gcp-us-central1"))


def w_fly_pg(pw):
    return "postgres://postgres:%s@%s-db.flycast:5432/%s?sslmode=disable" % (pw, app(), app().replace("-", "_"))


def w_turso(tok):
    return "libsql://%s-%s.turso.io?authToken=%s" % (app(), org(), tok)


def w_prisma(tok):
    return "prisma://accelerate.prisma-data.net/?api_key=" + tok


# ------------------------------------------------------------------------------------
# LLM providers: how frameworks and SDKs take their key
# ------------------------------------------------------------------------------------
def _oai_py(base):
    def f(k):
        b = (",\n    base_url=%s" % jd(base)) if base else ""
        return "from openai import OpenAI\n\nclient = OpenAI(\n    api_key=%s%s,\n)" % (k, b)
    return f


def _oai_ts(base):
    def f(k):
        b = (",\n  baseURL: '%s'" % base) if base else ""
        return "import OpenAI from 'openai';\n\nconst client = new OpenAI({\n  apiKey: %s%s,\n});" % (k, b)
    return f


LLM = {
    "openai": dict(model=["gpt-4o-mini", "gpt-4.1", "o4-mini", "gpt-5-mini", "gpt-4o-2024-08-06"], base=None,
                   lc=("langchain_openai", "ChatOpenAI", "api_key"), li=("llama_index.llms.openai", "OpenAI", "api_key"),
                   aisdk=("@ai-sdk/openai", "createOpenAI"), litellm="openai", aider="openai", cont="openai",
                   pf="openai:chat", crew="openai", env="OPENAI_API_KEY"),
    "anthropic": dict(model=["claude-sonnet-4-20250514", "claude-3-5-haiku-20241022", "claude-opus-4-1-20250805",
                             "claude-sonnet-4-5"], base="https://api.anthropic.com/v1/",
                      lc=("langchain_anthropic", "ChatAnthropic", "api_key"),
                      li=("llama_index.llms.anthropic", "Anthropic", "api_key"),
                      aisdk=("@ai-sdk/anthropic", "createAnthropic"), litellm="anthropic", aider="anthropic",
                      cont="anthropic", pf="anthropic:messages", crew="anthropic", env="ANTHROPIC_API_KEY",
                      py=lambda k: "import anthropic\n\nclient = anthropic.Anthropic(api_key=%s)" % k,
                      ts=lambda k: "import Anthropic from '@anthropic-ai/sdk';\n\nconst anthropic = new Anthropic({ apiKey: %s });" % k),
    "gemini": dict(model=["gemini-2.5-flash", "gemini-2.0-flash", "gemini-2.5-pro", "gemini-1.5-pro-002"],
                   base="https://generativelanguage.googleapis.com/v1beta/openai/",
                   lc=("langchain_google_genai", "ChatGoogleGenerativeAI", "google_api_key"),
                   li=("llama_index.llms.google_genai", "GoogleGenAI", "api_key"),
                   aisdk=("@ai-sdk/google", "createGoogleGenerativeAI"), litellm="gemini", aider="gemini",
                   cont="gemini", pf="google", crew="gemini", env="GEMINI_API_KEY",
                   py=lambda k: "from google import genai\n\nclient = genai.Client(api_key=%s)" % k,
                   ts=lambda k: "import { GoogleGenAI } from '@google/genai';\n\nconst ai = new GoogleGenAI({ apiKey: %s });" % k),
    "xai": dict(model=["grok-4", "grok-3-mini", "grok-code-fast-1"], base="https://api.x.ai/v1",
                lc=("langchain_xai", "ChatXAI", "xai_api_key"), li=("llama_index.llms.openai_like", "OpenAILike", "api_key"),
                aisdk=("@ai-sdk/xai", "createXai"), litellm="xai", aider="xai", cont="xAI", pf="xai", crew="xai",
                env="XAI_API_KEY"),
    "deepseek": dict(model=["deepseek-chat", "deepseek-reasoner"], base="https://api.deepseek.com",
                     lc=("langchain_deepseek", "ChatDeepSeek", "api_key"), li=("llama_index.llms.deepseek", "DeepSeek", "api_key"),
                     aisdk=("@ai-sdk/deepseek", "createDeepSeek"), litellm="deepseek", aider="deepseek",
                     cont="deepseek", pf="deepseek", crew="deepseek", env="DEEPSEEK_API_KEY"),
    "perplexity": dict(model=["sonar-pro", "sonar", "sonar-reasoning-pro"], base="https://api.perplexity.ai",
                       lc=("langchain_perplexity", "ChatPerplexity", "pplx_api_key"),
                       li=("llama_index.llms.perplexity", "Perplexity", "api_key"),
                       aisdk=("@ai-sdk/perplexity", "createPerplexity"), litellm="perplexity", aider=None,
                       cont=None, pf="perplexity", crew="perplexity", env="PERPLEXITY_API_KEY"),
    "openrouter": dict(model=["anthropic/claude-3.7-sonnet", "meta-llama/llama-3.3-70b-instruct", "openai/gpt-4o-mini",
                              "google/gemini-2.5-flash", "qwen/qwen3-coder"], base="https://openrouter.ai/api/v1",
                       lc=("langchain_openai", "ChatOpenAI", "api_key"), li=("llama_index.llms.openrouter", "OpenRouter", "api_key"),
                       aisdk=("@openrouter/ai-sdk-provider", "createOpenRouter"), litellm="openrouter",
                       aider="openrouter", cont="openrouter", pf="openrouter", crew="openrouter", env="OPENROUTER_API_KEY"),
    "together": dict(model=["meta-llama/Llama-3.3-70B-Instruct-Turbo", "deepseek-ai/DeepSeek-V3", "Qwen/Qwen2.5-72B-Instruct-Turbo"],
                     base="https://api.together.xyz/v1", lc=("langchain_together", "ChatTogether", "api_key"),
                     li=("llama_index.llms.together", "TogetherLLM", "api_key"), aisdk=("@ai-sdk/togetherai", "createTogetherAI"),
                     litellm="together_ai", aider=None, cont="together", pf="togetherai", crew="together_ai",
                     env="TOGETHER_API_KEY"),
    "fireworks": dict(model=["accounts/fireworks/models/llama-v3p1-70b-instruct", "accounts/fireworks/models/deepseek-v3",
                             "accounts/fireworks/models/qwen3-235b-a22b"], base="https://api.fireworks.ai/inference/v1",
                      lc=("langchain_fireworks", "ChatFireworks", "api_key"), li=("llama_index.llms.fireworks", "Fireworks", "api_key"),
                      aisdk=("@ai-sdk/fireworks", "createFireworks"), litellm="fireworks_ai", aider=None,
                      cont="fireworks", pf="fireworks", crew="fireworks_ai", env="FIREWORKS_API_KEY"),
    "groq": dict(model=["llama-3.3-70b-versatile", "llama-3.1-8b-instant", "openai/gpt-oss-120b", "moonshotai/kimi-k2-instruct"],
                 base="https://api.groq.com/openai/v1", lc=("langchain_groq", "ChatGroq", "api_key"),
                 li=("llama_index.llms.groq", "Groq", "api_key"), aisdk=("@ai-sdk/groq", "createGroq"), litellm="groq",
                 aider="groq", cont="groq", pf="groq", crew="groq", env="GROQ_API_KEY",
                 py=lambda k: "from groq import Groq\n\nclient = Groq(api_key=%s)" % k,
                 ts=lambda k: "import Groq from 'groq-sdk';\n\nconst groq = new Groq({ apiKey: %s });" % k),
    "cerebras": dict(model=["llama3.1-8b", "llama-3.3-70b", "gpt-oss-120b", "qwen-3-32b"], base="https://api.cerebras.ai/v1",
                     lc=("langchain_cerebras", "ChatCerebras", "api_key"), li=("llama_index.llms.cerebras", "Cerebras", "api_key"),
                     aisdk=("@ai-sdk/cerebras", "createCerebras"), litellm="cerebras", aider=None, cont="cerebras",
                     pf="cerebras", crew="cerebras", env="CEREBRAS_API_KEY",
                     py=lambda k: "from cerebras.cloud.sdk import Cerebras\n\nclient = Cerebras(api_key=%s)" % k),
    "mistral": dict(model=["mistral-large-latest", "mistral-small-latest", "codestral-latest", "ministral-8b-latest"],
                    base="https://api.mistral.ai/v1", lc=("langchain_mistralai", "ChatMistralAI", "api_key"),
                    li=("llama_index.llms.mistralai", "MistralAI", "api_key"), aisdk=("@ai-sdk/mistral", "createMistral"),
                    litellm="mistral", aider="mistral", cont="mistral", pf="mistral", crew="mistral", env="MISTRAL_API_KEY",
                    py=lambda k: "from mistralai import Mistral\n\nclient = Mistral(api_key=%s)" % k,
                    ts=lambda k: "import { Mistral } from '@mistralai/mistralai';\n\nconst mistral = new Mistral({ apiKey: %s });" % k),
    "cohere": dict(model=["command-a-03-2025", "command-r-plus-08-2024", "command-r7b-12-2024"],
                   base="https://api.cohere.ai/compatibility/v1", lc=("langchain_cohere", "ChatCohere", "cohere_api_key"),
                   li=("llama_index.llms.cohere", "Cohere", "api_key"), aisdk=("@ai-sdk/cohere", "createCohere"),
                   litellm="cohere_chat", aider="cohere", cont="cohere", pf="cohere", crew="cohere", env="COHERE_API_KEY",
                   py=lambda k: "import cohere\n\nco = cohere.ClientV2(api_key=%s)" % k,
                   ts=lambda k: "import { CohereClientV2 } from 'cohere-ai';\n\nconst cohere = new CohereClientV2({ token: %s });" % k),
    "huggingface": dict(model=["meta-llama/Llama-3.1-8B-Instruct", "Qwen/Qwen2.5-Coder-32B-Instruct", "HuggingFaceH4/zephyr-7b-beta"],
                        base="https://router.huggingface.co/v1",
                        lc=("langchain_huggingface", "HuggingFaceEndpoint", "huggingfacehub_api_token"),
                        li=("llama_index.llms.huggingface_api", "HuggingFaceInferenceAPI", "token"),
                        aisdk=None, litellm="huggingface", aider=None, cont="huggingface-inference-api", pf="huggingface:text-generation",
                        crew="huggingface", env="HF_TOKEN",
                        py=lambda k: "from huggingface_hub import InferenceClient\n\nclient = InferenceClient(token=%s)" % k,
                        ts=lambda k: "import { InferenceClient } from '@huggingface/inference';\n\nconst hf = new InferenceClient(%s);" % k),
}
for _p, _d in LLM.items():
    _d.setdefault("py", _oai_py(_d["base"] if _p != "openai" else None))
    _d.setdefault("ts", _oai_ts(_d["base"] if _p != "openai" else None))


# ------------------------------------------------------------------------------------
# credential specs
# ------------------------------------------------------------------------------------
def bearer(k):
    return [("Authorization", "Bearer " + k)]


def hdr(name, pre=""):
    return lambda k: [(name, pre + k)]


class Cred:
    def __init__(self, provider, kind, env, gen, fam, prefix="", wrap=None, comp=None, http=None,
                 llm=None, mcp=None, py=None, ts=None, conf=None, gen_kw=None, pw=False):
        self.provider, self.kind, self.env, self.gen, self.fam = provider, kind, env, gen, fam
        self.prefix = prefix
        self.wrap = wrap or (lambda v: v)
        self.comp = comp or (lambda: [])
        self.http = http
        self.llm = LLM.get(llm) if llm else None
        self.llm_name = llm
        self.mcp = mcp or []
        self.py = py or (self.llm["py"] if self.llm else None)
        self.ts = ts or (self.llm["ts"] if self.llm else None)
        self.conf = conf or env.lower()
        self.pw = pw  # needle is a password inside a URL

    @property
    def id(self):
        return self.provider + "/" + self.kind


# MCP server descriptors ------------------------------------------------------------
def M(name, cmd, args, extra=None, style="env", url=None, hname="Authorization", hpre="Bearer "):
    return dict(name=name, cmd=cmd, args=args, extra=extra or {}, style=style, url=url, hname=hname, hpre=hpre)


TASKMASTER = M("task-master-ai", "npx", ["-y", "--package=task-master-ai", "task-master-ai"],
               extra={"MODEL": "claude-3-7-sonnet-20250219", "MAX_TOKENS": "64000", "TEMPERATURE": "0.2"})
ZEN = M("zen", "uvx", ["--from", "git+https://github.com/BeehiveInnovations/zen-mcp-server.git", "zen-mcp-server"],
        extra={"DEFAULT_MODEL": "auto"})


def comp_supabase_url():
    return [("SUPABASE_URL", "https://%s.supabase.co" % proj_ref())]


def comp_twilio():
    return [("TWILIO_ACCOUNT_SID", "AC" + rhex(32))]


def comp_twilio_sk():
    return [("TWILIO_ACCOUNT_SID", "AC" + rhex(32)), ("TWILIO_API_KEY", "SK" + rhex(32))]


def comp_cf_account():
    return [("CLOUDFLARE_ACCOUNT_ID", rhex(32))]


def comp_r2():
    return [("R2_ACCOUNT_ID", rhex(32)), ("R2_ACCESS_KEY_ID", rhex(32)), ("R2_BUCKET", app())]


def comp_cf_email():
    return [("CLOUDFLARE_EMAIL", "%s@%s.com" % (pick("ops", "dev", "infra", "admin"), org().replace("-", "")))]


def comp_modal():
    return [("MODAL_TOKEN_ID", "ak-" + rs(ALNUM, 22))]


def comp_pscale():
    return [("PLANETSCALE_SERVICE_TOKEN_ID", rs(LOWALNUM, 12)), ("PLANETSCALE_ORG", org())]


def comp_langfuse():
    return [("LANGFUSE_PUBLIC_KEY", "pk-lf-" + ruuid()), ("LANGFUSE_HOST", pick("https://cloud.langfuse.com", "https://us.cloud.langfuse.com"))]


def comp_azure():
    r = pick("eastus2", "swedencentral", "westeurope", "eastus")
    return [("AZURE_OPENAI_ENDPOINT", "https://%s-%s.openai.azure.com/" % (org(), r)),
            ("AZURE_OPENAI_API_VERSION", pick("2024-10-21", "2025-01-01-preview", "2024-08-01-preview")),
            ("AZURE_OPENAI_DEPLOYMENT", pick("gpt-4o-prod", "gpt4o-mini", "chat-gpt-4.1"))]


def comp_upstash():
    return [("UPSTASH_REDIS_REST_URL", "https://%s-%s-%d.upstash.io" % (pick(*ADJ), pick(*WORDS), R.randint(10000, 99999)))]


def comp_weaviate():
    return [("WEAVIATE_URL", "https://%s.c0.%s.gcp.weaviate.cloud" % (rs(LOWALNUM, 20), pick("us-west3", "europe-west3", "us-east1")))]


def comp_qdrant():
    return [("QDRANT_URL", "https://%s.%s.cloud.qdrant.io:6333" % (ruuid(), pick("us-east4-0.gcp", "eu-central-1-0.aws", "us-east-1-0.aws")))]


def comp_grafana():
    return [("GRAFANA_URL", "https://%s.grafana.net" % org())]


def comp_gitlab():
    return [("GITLAB_API_URL", pick("https://gitlab.com/api/v4", "https://gitlab.%s.io/api/v4" % org()))]


def comp_slack():
    return [("SLACK_TEAM_ID", "T0" + rs(UP + DG, 9))]


def comp_vault():
    return [("VAULT_ADDR", "https://vault.%s.internal:8200" % org())]


def comp_shopify():
    return [("SHOPIFY_STORE_DOMAIN", "%s.myshopify.com" % org())]


def comp_qstash_next():
    return []


CREDS = []


def add(*a, **kw):
    c = Cred(*a, **kw)
    CREDS.append(c)
    return c


# --- LLM APIs ---
OAI_HTTP = ("POST", "https://api.openai.com/v1/chat/completions", bearer)
OAI_MCP = [dict(TASKMASTER), dict(ZEN)]
add("openai", "user_key", "OPENAI_API_KEY", g_openai_user, "llm", prefix="sk-", http=OAI_HTTP, llm="openai", mcp=OAI_MCP)
add("openai", "project_key", "OPENAI_API_KEY", g_openai_long("sk-proj-"), "llm", prefix="sk-proj-", http=OAI_HTTP, llm="openai", mcp=OAI_MCP)
add("openai", "service_account_key", "OPENAI_API_KEY", g_openai_long("sk-svcacct-"), "llm", prefix="sk-svcacct-", http=OAI_HTTP, llm="openai", mcp=OAI_MCP)
add("openai", "none_project_key", "OPENAI_API_KEY", g_openai_long("sk-None-"), "llm", prefix="sk-None-", http=OAI_HTTP, llm="openai")
add("openai", "admin_key", "OPENAI_ADMIN_KEY", g_openai_long("sk-admin-"), "admin", prefix="sk-admin-",
    http=("GET", "https://api.openai.com/v1/organization/usage/completions?start_time=1735689600", bearer),
    py=lambda k: "import httpx\n\nadmin = httpx.Client(\n    base_url=\"https://api.openai.com/v1/organization\",\n    headers={\"Authorization\": \"Bearer \" + %s},\n)" % k)
ANT_HTTP = ("POST", "https://api.anthropic.com/v1/messages",
            lambda k: [("x-api-key", k), ("anthropic-version", "2023-06-01")])
add("anthropic", "api_key", "ANTHROPIC_API_KEY", g_ant("api03"), "llm", prefix="sk-ant-api03-", http=ANT_HTTP, llm="anthropic",
    mcp=[dict(TASKMASTER)])
add("anthropic", "admin_key", "ANTHROPIC_ADMIN_KEY", g_ant("admin01"), "admin", prefix="sk-ant-admin01-",
    http=("GET", "https://api.anthropic.com/v1/organizations/usage_report/messages?starting_at=2025-06-01T00:00:00Z",
          lambda k: [("x-api-key", k), ("anthropic-version", "2023-06-01")]))
add("anthropic", "claude_code_oauth_token", "CLAUDE_CODE_OAUTH_TOKEN", g_ant("oat01"), "ccoauth", prefix="sk-ant-oat01-")
add("gemini", "api_key", "GEMINI_API_KEY", g_aiza, "llm", prefix="AIza",
    http=("POST", "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent",
          hdr("x-goog-api-key")), llm="gemini", mcp=[dict(TASKMASTER), dict(ZEN)])
add("gemini", "google_api_key", "GOOGLE_API_KEY", g_aiza, "llm", prefix="AIza",
    http=("POST", "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent",
          hdr("x-goog-api-key")), llm="gemini", mcp=[dict(TASKMASTER)])
add("xai", "api_key", "XAI_API_KEY", lambda: "xai-" + rs(ALNUM, 80), "llm", prefix="xai-",
    http=("POST", "https://api.x.ai/v1/chat/completions", bearer), llm="xai", mcp=[dict(TASKMASTER), dict(ZEN)])
add("deepseek", "api_key", "DEEPSEEK_API_KEY", lambda: "sk-" + rhex(32), "llm", prefix="sk-",
    http=("POST", "https://api.deepseek.com/chat/completions", bearer), llm="deepseek")
add("perplexity", "api_key", "PERPLEXITY_API_KEY", lambda: "pplx-" + (rs(ALNUM, 48) if chance(0.5) else rhex(48)), "llm",
    prefix="pplx-", http=("POST", "https://api.perplexity.ai/chat/completions", bearer), llm="perplexity",
    mcp=[dict(TASKMASTER), M("perplexity-ask", "npx", ["-y", "server-perplexity-ask"])])
add("openrouter", "api_key", "OPENROUTER_API_KEY", lambda: "sk-or-v1-" + rhex(64), "llm", prefix="sk-or-v1-",
    http=("POST", "https://openrouter.ai/api/v1/chat/completions", bearer), llm="openrouter", mcp=[dict(TASKMASTER), dict(ZEN)])
add("together", "api_key_hex", "TOGETHER_API_KEY", lambda: rhex(64), "llm",
    http=("POST", "https://api.together.xyz/v1/chat/completions", bearer), llm="together")
add("together", "api_key_tgp", "TOGETHER_API_KEY", lambda: "tgp_v1_" + rs(B64URL, 43), "llm", prefix="tgp_v1_",
    http=("POST", "https://api.together.xyz/v1/chat/completions", bearer), llm="together")
add("fireworks", "api_key", "FIREWORKS_API_KEY", lambda: "fw_" + rs(ALNUM, 24), "llm", prefix="fw_",
    http=("POST", "https://api.fireworks.ai/inference/v1/chat/completions", bearer), llm="fireworks")
add("groq", "api_key", "GROQ_API_KEY", lambda: "gsk_" + rs(ALNUM, 52), "llm", prefix="gsk_",
    http=("POST", "https://api.groq.com/openai/v1/chat/completions", bearer), llm="groq")
add("cerebras", "api_key", "CEREBRAS_API_KEY", lambda: "csk-" + rs(LOWALNUM, 48), "llm", prefix="csk-",
    http=("POST", "https://api.cerebras.ai/v1/chat/completions", bearer), llm="cerebras")
add("mistral", "api_key", "MISTRAL_API_KEY", lambda: rs(ALNUM, 32), "llm",
    http=("POST", "https://api.mistral.ai/v1/chat/completions", bearer), llm="mistral", mcp=[dict(TASKMASTER)])
add("cohere", "api_key", "COHERE_API_KEY", lambda: rs(ALNUM, 40), "llm",
    http=("POST", "https://api.cohere.com/v2/chat", bearer), llm="cohere")
add("azure_openai", "api_key", "AZURE_OPENAI_API_KEY", lambda: rhex(32), "azure", comp=comp_azure,
    http=("POST", "https://%s-eastus2.openai.azure.com/openai/deployments/gpt-4o-prod/chat/completions?api-version=2024-10-21" % "contoso",
          hdr("api-key")),
    py=lambda k: "from openai import AzureOpenAI\n\nclient = AzureOpenAI(\n    api_key=%s,\n    azure_endpoint=\"https://contoso-eastus2.openai.azure.com/\",\n    api_version=\"2024-10-21\",\n)" % k,
    ts=lambda k: "import { AzureOpenAI } from 'openai';\n\nconst client = new AzureOpenAI({\n  apiKey: %s,\n  endpoint: 'https://contoso-eastus2.openai.azure.com/',\n  apiVersion: '2024-10-21',\n  deployment: 'gpt-4o-prod',\n});" % k,
    mcp=[dict(TASKMASTER)])
add("aws_bedrock", "api_key", "AWS_BEARER_TOKEN_BEDROCK", g_bedrock, "ai", prefix="ABSK",
    http=("POST", "https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-5-haiku-20241022-v1:0/converse", bearer))
add("huggingface", "user_token", "HF_TOKEN", lambda: "hf_" + rs(LETTERS, 34), "llm", prefix="hf_",
    http=("POST", "https://router.huggingface.co/v1/chat/completions", bearer), llm="huggingface",
    mcp=[M("hf-mcp-server", None, None, style="remote", url="https://huggingface.co/mcp")])
add("huggingface", "org_api_token", "HUGGINGFACEHUB_API_TOKEN", lambda: "api_org_" + rs(LETTERS, 34), "ai", prefix="api_org_",
    http=("GET", "https://huggingface.co/api/whoami-v2", bearer),
    py=lambda k: "from huggingface_hub import HfApi\n\napi = HfApi(token=%s)" % k)

# --- AI APIs ---
add("replicate", "api_token", "REPLICATE_API_TOKEN", lambda: "r8_" + rs(ALNUM, 37), "ai", prefix="r8_",
    http=("POST", "https://api.replicate.com/v1/predictions", bearer),
    py=lambda k: "import replicate\n\nclient = replicate.Client(api_token=%s)" % k,
    ts=lambda k: "import Replicate from 'replicate';\n\nconst replicate = new Replicate({ auth: %s });" % k,
    mcp=[M("replicate", "npx", ["-y", "replicate-mcp"])])
EL_PY = lambda k: "from elevenlabs.client import ElevenLabs\n\nelevenlabs = ElevenLabs(api_key=%s)" % k
EL_TS = lambda k: "import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js';\n\nconst elevenlabs = new ElevenLabsClient({ apiKey: %s });" % k
EL_HTTP = ("POST", "https://api.elevenlabs.io/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM", hdr("xi-api-key"))
add("elevenlabs", "api_key_hex", "ELEVENLABS_API_KEY", lambda: rhex(32), "ai", http=EL_HTTP, py=EL_PY, ts=EL_TS,
    mcp=[M("ElevenLabs", "uvx", ["elevenlabs-mcp"], extra={"ELEVENLABS_MCP_BASE_PATH": "~/Desktop"})])
add("elevenlabs", "api_key_sk", "ELEVENLABS_API_KEY", lambda: "sk_" + rhex(48), "ai", prefix="sk_", http=EL_HTTP, py=EL_PY, ts=EL_TS,
    mcp=[M("ElevenLabs", "uvx", ["elevenlabs-mcp"])])
add("assemblyai", "api_key", "ASSEMBLYAI_API_KEY", lambda: rhex(32), "ai",
    http=("POST", "https://api.assemblyai.com/v2/transcript", hdr("authorization")),
    py=lambda k: "import assemblyai as aai\n\naai.settings.api_key = %s" % k,
    ts=lambda k: "import { AssemblyAI } from 'assemblyai';\n\nconst client = new AssemblyAI({ apiKey: %s });" % k)
add("deepgram", "api_key", "DEEPGRAM_API_KEY", lambda: rhex(40), "ai",
    http=("POST", "https://api.deepgram.com/v1/listen?model=nova-3&smart_format=true", hdr("Authorization", "Token ")),
    py=lambda k: "from deepgram import DeepgramClient\n\ndeepgram = DeepgramClient(%s)" % k,
    ts=lambda k: "import { createClient } from '@deepgram/sdk';\n\nconst deepgram = createClient(%s);" % k)
add("stability", "api_key", "STABILITY_API_KEY", lambda: "sk-" + rs(ALNUM, 48), "ai", prefix="sk-",
    http=("POST", "https://api.stability.ai/v2beta/stable-image/generate/core", bearer))
add("runway", "api_secret", "RUNWAYML_API_SECRET", lambda: "key_" + rhex(128), "ai", prefix="key_",
    http=("POST", "https://api.dev.runwayml.com/v1/image_to_video",
          lambda k: [("Authorization", "Bearer " + k), ("X-Runway-Version", "2024-11-06")]),
    py=lambda k: "from runwayml import RunwayML\n\nclient = RunwayML(api_key=%s)" % k,
    ts=lambda k: "import RunwayML from '@runwayml/sdk';\n\nconst client = new RunwayML({ apiKey: %s });" % k)
LS_PY = lambda k: "from langsmith import Client\n\nls_client = Client(api_key=%s)" % k
add("langsmith", "personal_token", "LANGSMITH_API_KEY", lambda: "lsv2_pt_" + rhex(32) + "_" + rhex(10), "ai", prefix="lsv2_pt_",
    http=("GET", "https://api.smith.langchain.com/api/v1/sessions", hdr("x-api-key")), py=LS_PY,
    mcp=[M("langsmith", "uvx", ["langsmith-mcp-server"])])
add("langsmith", "service_key", "LANGCHAIN_API_KEY", lambda: "lsv2_sk_" + rhex(32) + "_" + rhex(10), "ai", prefix="lsv2_sk_",
    http=("GET", "https://api.smith.langchain.com/api/v1/sessions", hdr("x-api-key")), py=LS_PY)
add("langfuse", "secret_key", "LANGFUSE_SECRET_KEY", lambda: "sk-lf-" + ruuid(), "ai", prefix="sk-lf-", comp=comp_langfuse,
    py=lambda k: "from langfuse import Langfuse\n\nlangfuse = Langfuse(\n    public_key=\"pk-lf-%s\",\n    secret_key=%s,\n    host=\"https://cloud.langfuse.com\",\n)" % (ruuid(), k),
    ts=lambda k: "import { Langfuse } from 'langfuse';\n\nconst langfuse = new Langfuse({\n  publicKey: 'pk-lf-%s',\n  secretKey: %s,\n  baseUrl: 'https://cloud.langfuse.com',\n});" % (ruuid(), k))
add("tavily", "api_key", "TAVILY_API_KEY", lambda: pick("tvly-", "tvly-dev-", "tvly-prod-") + rs(ALNUM, 32), "ai", prefix="tvly-",
    http=("POST", "https://api.tavily.com/search", bearer),
    py=lambda k: "from tavily import TavilyClient\n\ntavily = TavilyClient(api_key=%s)" % k,
    ts=lambda k: "import { tavily } from '@tavily/core';\n\nconst tvly = tavily({ apiKey: %s });" % k,
    mcp=[M("tavily-mcp", "npx", ["-y", "tavily-mcp@0.2.3"])])
add("firecrawl", "api_key", "FIRECRAWL_API_KEY", lambda: "fc-" + rhex(32), "ai", prefix="fc-",
    http=("POST", "https://api.firecrawl.dev/v1/scrape", bearer),
    py=lambda k: "from firecrawl import FirecrawlApp\n\nfirecrawl = FirecrawlApp(api_key=%s)" % k,
    ts=lambda k: "import FirecrawlApp from '@mendable/firecrawl-js';\n\nconst firecrawl = new FirecrawlApp({ apiKey: %s });" % k,
    mcp=[M("firecrawl-mcp", "npx", ["-y", "firecrawl-mcp"])])
add("voyage", "api_key", "VOYAGE_API_KEY", lambda: "pa-" + rs(B64URL, 43), "ai", prefix="pa-",
    http=("POST", "https://api.voyageai.com/v1/embeddings", bearer),
    py=lambda k: "import voyageai\n\nvo = voyageai.Client(api_key=%s)" % k)
add("e2b", "api_key", "E2B_API_KEY", lambda: "e2b_" + rhex(40), "ai", prefix="e2b_",
    py=lambda k: "from e2b_code_interpreter import Sandbox\n\nsbx = Sandbox.create(api_key=%s)" % k,
    ts=lambda k: "import { Sandbox } from '@e2b/code-interpreter';\n\nconst sbx = await Sandbox.create({ apiKey: %s });" % k,
    mcp=[M("e2b", "npx", ["-y", "@e2b/mcp-server"])])
add("modal", "token_secret", "MODAL_TOKEN_SECRET", lambda: "as-" + rs(ALNUM, 22), "ai", prefix="as-", comp=comp_modal)
add("wandb", "api_key", "WANDB_API_KEY", lambda: rhex(40), "ai",
    py=lambda k: "import wandb\n\nwandb.login(key=%s)" % k)
add("serper", "api_key", "SERPER_API_KEY", lambda: rhex(40), "ai",
    http=("POST", "https://google.serper.dev/search", hdr("X-API-KEY")))
add("exa", "api_key", "EXA_API_KEY", ruuid, "ai",
    http=("POST", "https://api.exa.ai/search", hdr("x-api-key")),
    py=lambda k: "from exa_py import Exa\n\nexa = Exa(api_key=%s)" % k,
    ts=lambda k: "import Exa from 'exa-js';\n\nconst exa = new Exa(%s);" % k,
    mcp=[M("exa", "npx", ["-y", "exa-mcp-server"])])
add("brave", "search_api_key", "BRAVE_API_KEY", lambda: "BSA" + rs(ALNUM, 27), "ai", prefix="BSA",
    http=("GET", "https://api.search.brave.com/res/v1/web/search?q=mcp", hdr("X-Subscription-Token")),
    mcp=[M("brave-search", "npx", ["-y", "@modelcontextprotocol/server-brave-search"])])

# --- vector DBs ---
PC_PY = lambda k: "from pinecone import Pinecone\n\npc = Pinecone(api_key=%s)" % k
PC_TS = lambda k: "import { Pinecone } from '@pinecone-database/pinecone';\n\nconst pc = new Pinecone({ apiKey: %s });" % k
add("pinecone", "api_key_pcsk", "PINECONE_API_KEY", lambda: "pcsk_" + rs(ALNUM, 5) + "_" + rs(ALNUM, 63), "vector", prefix="pcsk_",
    http=("GET", "https://api.pinecone.io/indexes", hdr("Api-Key")), py=PC_PY, ts=PC_TS,
    mcp=[M("pinecone", "npx", ["-y", "@pinecone-database/mcp"])])
add("pinecone", "api_key_uuid", "PINECONE_API_KEY", ruuid, "vector",
    http=("GET", "https://api.pinecone.io/indexes", hdr("Api-Key")), py=PC_PY, ts=PC_TS)
add("weaviate", "api_key", "WEAVIATE_API_KEY", lambda: rs(ALNUM, 40), "vector", comp=comp_weaviate,
    py=lambda k: "import weaviate\nfrom weaviate.classes.init import Auth\n\nclient = weaviate.connect_to_weaviate_cloud(\n    cluster_url=\"https://%s.c0.us-west3.gcp.weaviate.cloud\",\n    auth_credentials=Auth.api_key(%s),\n)" % (rs(LOWALNUM, 20), k),
    ts=lambda k: "import weaviate from 'weaviate-client';\n\nconst client = await weaviate.connectToWeaviateCloud('https://%s.c0.europe-west3.gcp.weaviate.cloud', {\n  authCredentials: new weaviate.ApiKey(%s),\n});" % (rs(LOWALNUM, 20), k))
add("qdrant", "api_key", "QDRANT_API_KEY", lambda: rs(B64URL, 48), "vector", comp=comp_qdrant,
    http=("GET", "https://%s.us-east4-0.gcp.cloud.qdrant.io:6333/collections" % "5f3c2a19-8f0e-4b8e-9a51-2d7c0e4b6a11", hdr("api-key")),
    py=lambda k: "from qdrant_client import QdrantClient\n\nqdrant = QdrantClient(\n    url=\"https://%s.eu-central-1-0.aws.cloud.qdrant.io:6333\",\n    api_key=%s,\n)" % (ruuid(), k),
    ts=lambda k: "import { QdrantClient } from '@qdrant/js-client-rest';\n\nconst qdrant = new QdrantClient({ url: 'https://%s.us-east-1-0.aws.cloud.qdrant.io', apiKey: %s });" % (ruuid(), k),
    mcp=[M("qdrant", "uvx", ["mcp-server-qdrant"], extra={"COLLECTION_NAME": "docs"})])

# --- platforms ---
SB_PY = lambda k: "from supabase import create_client, Client\n\nsupabase: Client = create_client(\"https://%s.supabase.co\", %s)" % (proj_ref(), k)
SB_TS = lambda k: "import { createClient } from '@supabase/supabase-js';\n\nexport const supabaseAdmin = createClient('https://%s.supabase.co', %s, {\n  auth: { persistSession: false },\n});" % (proj_ref(), k)
add("supabase", "secret_key", "SUPABASE_SECRET_KEY", lambda: "sb_secret_" + rs(ALNUM + "-", 22) + "_" + rs(ALNUM, 8), "platform",
    prefix="sb_secret_", comp=comp_supabase_url, py=SB_PY, ts=SB_TS)
add("supabase", "service_role_jwt", "SUPABASE_SERVICE_ROLE_KEY", g_supabase_service, "platform", prefix="eyJ",
    comp=comp_supabase_url, py=SB_PY, ts=SB_TS)
add("supabase", "access_token", "SUPABASE_ACCESS_TOKEN", lambda: "sbp_" + rhex(40), "platform", prefix="sbp_",
    http=("GET", "https://api.supabase.com/v1/projects", bearer),
    mcp=[M("supabase", "npx", ["-y", "@supabase/mcp-server-supabase@latest", "--read-only", "--project-ref=%s" % "{REF}"]),
         M("supabase", "npx", ["-y", "@supabase/mcp-server-supabase@latest", "--access-token", "{K}"], style="arg"),
         M("supabase", None, None, style="remote", url="https://mcp.supabase.com/mcp?read_only=true")])
add("vercel", "access_token_legacy", "VERCEL_TOKEN", lambda: rs(ALNUM, 24), "platform",
    http=("GET", "https://api.vercel.com/v9/projects", bearer),
    ts=lambda k: "import { Vercel } from '@vercel/sdk';\n\nconst vercel = new Vercel({ bearerToken: %s });" % k,
    mcp=[M("vercel", None, None, style="remote", url="https://mcp.vercel.com")])
add("vercel", "access_token_vcp", "VERCEL_TOKEN", lambda: "vcp_" + rs(ALNUM, 56), "platform", prefix="vcp_",
    http=("GET", "https://api.vercel.com/v6/deployments", bearer),
    ts=lambda k: "import { Vercel } from '@vercel/sdk';\n\nconst vercel = new Vercel({ bearerToken: %s });" % k,
    mcp=[M("vercel", None, None, style="remote", url="https://mcp.vercel.com")])
add("vercel", "blob_rw_token", "BLOB_READ_WRITE_TOKEN", lambda: "vercel_blob_rw_" + rs(ALNUM, 16) + "_" + rs(ALNUM, 30), "platform",
    prefix="vercel_blob_rw_",
    ts=lambda k: "import { put } from '@vercel/blob';\n\nexport async function upload(file: File) {\n  return put(`uploads/${file.name}`, file, { access: 'public', token: %s });\n}" % k)
add("netlify", "personal_access_token", "NETLIFY_AUTH_TOKEN", lambda: "nfp_" + rs(ALNUM, 36) + rhex(4), "platform", prefix="nfp_",
    http=("GET", "https://api.netlify.com/api/v1/sites", bearer),
    ts=lambda k: "import { NetlifyAPI } from '@netlify/api';\n\nconst netlify = new NetlifyAPI(%s);" % k,
    mcp=[M("netlify", "npx", ["-y", "@netlify/mcp"])])
add("fly", "token_fo1", "FLY_API_TOKEN", lambda: "fo1_" + rs(B64URL, 43), "platform", prefix="fo1_",
    http=("GET", "https://api.machines.dev/v1/apps?org_slug=personal", bearer))
add("fly", "macaroon_token", "FLY_API_TOKEN", g_fly_macaroon, "platform", prefix="FlyV1 fm2_",
    http=("GET", "https://api.machines.dev/v1/apps?org_slug=personal", hdr("Authorization")))
add("render", "api_key", "RENDER_API_KEY", lambda: "rnd_" + rs(ALNUM, 32), "platform", prefix="rnd_",
    http=("GET", "https://api.render.com/v1/services?limit=20", bearer),
    mcp=[M("render", None, None, style="remote", url="https://mcp.render.com/mcp")])
add("railway", "api_token", "RAILWAY_TOKEN", ruuid, "platform",
    http=("POST", "https://backboard.railway.com/graphql/v2", bearer))
add("neon", "api_key", "NEON_API_KEY", lambda: "napi_" + rs(LOWALNUM, 64), "platform", prefix="napi_",
    http=("GET", "https://console.neon.tech/api/v2/projects", bearer),
    ts=lambda k: "import { createApiClient } from '@neondatabase/api-client';\n\nconst neon = createApiClient({ apiKey: %s });" % k,
    mcp=[M("neon", "npx", ["-y", "@neondatabase/mcp-server-neon", "start", "{K}"], style="arg"),
         M("neon", None, None, style="remote", url="https://mcp.neon.tech/mcp")])
add("planetscale", "service_token", "PLANETSCALE_SERVICE_TOKEN", lambda: "pscale_tkn_" + rs(B64URL, 43), "platform",
    prefix="pscale_tkn_", comp=comp_pscale,
    http=("GET", "https://api.planetscale.com/v1/organizations/%s/databases" % "acme",
          lambda k: [("Authorization", "%s:%s" % (rs(LOWALNUM, 12), k))]))
add("turso", "auth_token", "TURSO_AUTH_TOKEN", g_turso, "platform", prefix="eyJhbGciOiJFZERTQSI",
    comp=lambda: [("TURSO_DATABASE_URL", "libsql://%s-%s.turso.io" % (app(), org()))],
    ts=lambda k: "import { createClient } from '@libsql/client';\n\nexport const db = createClient({\n  url: 'libsql://%s-%s.turso.io',\n  authToken: %s,\n});" % (app(), org(), k),
    py=lambda k: "import libsql_client\n\nclient = libsql_client.create_client_sync(\n    url=\"libsql://%s-%s.turso.io\",\n    auth_token=%s,\n)" % (app(), org(), k))
add("turso", "platform_api_token", "TURSO_API_TOKEN", g_turso, "platform", prefix="eyJhbGciOiJFZERTQSI",
    http=("GET", "https://api.turso.tech/v1/organizations/%s/databases" % "acme", bearer))
UP_TS = lambda k: "import { Redis } from '@upstash/redis';\n\nexport const redis = new Redis({\n  url: 'https://%s-%s-%d.upstash.io',\n  token: %s,\n});" % (pick(*ADJ), pick(*WORDS), R.randint(10000, 99999), k)
add("upstash", "redis_rest_token", "UPSTASH_REDIS_REST_TOKEN",
    lambda: "A" + pick("X", "Y", "Z", "W") + rs(ALNUM, 2) + "AAIjcDE" + rs(ALNUM, 32) + "cDE" + rs(ALNUM, 20),
    "platform", comp=comp_upstash, ts=UP_TS,
    py=lambda k: "from upstash_redis import Redis\n\nredis = Redis(url=\"https://%s-%s-%d.upstash.io\", token=%s)" % (pick(*ADJ), pick(*WORDS), R.randint(10000, 99999), k))
add("upstash", "qstash_token", "QSTASH_TOKEN", g_qstash_token, "platform", prefix="eyJVc2VySUQi",
    http=("POST", "https://qstash.upstash.io/v2/publish/https://example.com/api/cron", bearer),
    ts=lambda k: "import { Client } from '@upstash/qstash';\n\nconst qstash = new Client({ token: %s });" % k)
add("upstash", "qstash_signing_key", "QSTASH_CURRENT_SIGNING_KEY", lambda: "sig_" + rs(ALNUM, 28), "platform", prefix="sig_",
    ts=lambda k: "import { Receiver } from '@upstash/qstash';\n\nconst receiver = new Receiver({\n  currentSigningKey: %s,\n  nextSigningKey: process.env.QSTASH_NEXT_SIGNING_KEY!,\n});" % k)
add("upstash", "management_api_key", "UPSTASH_API_KEY", ruuid, "platform",
    comp=lambda: [("UPSTASH_EMAIL", "%s@%s.dev" % (pick("ops", "me", "dev"), org().replace("-", "")))],
    mcp=[M("upstash", "npx", ["-y", "@upstash/mcp-server", "run", "{EMAIL}", "{K}"], style="arg")])
add("prisma", "accelerate_api_key", "DATABASE_URL", g_prisma, "db", prefix="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", wrap=w_prisma)
add("clerk", "secret_key_live", "CLERK_SECRET_KEY", lambda: "sk_live_" + rs(ALNUM, 42), "platform", prefix="sk_live_",
    comp=lambda: [("NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", clerk_pk("live"))],
    http=("GET", "https://api.clerk.com/v1/users?limit=10", bearer),
    ts=lambda k: "import { createClerkClient } from '@clerk/backend';\n\nexport const clerk = createClerkClient({ secretKey: %s });" % k)
add("clerk", "secret_key_test", "CLERK_SECRET_KEY", lambda: "sk_test_" + rs(ALNUM, 42), "platform", prefix="sk_test_",
    comp=lambda: [("NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", clerk_pk("test"))],
    ts=lambda k: "import { createClerkClient } from '@clerk/backend';\n\nexport const clerk = createClerkClient({ secretKey: %s });" % k)
add("resend", "api_key", "RESEND_API_KEY", lambda: "re_" + rs(ALNUM, 8) + "_" + rs(ALNUM, 24), "platform", prefix="re_",
    http=("POST", "https://api.resend.com/emails", bearer),
    ts=lambda k: "import { Resend } from 'resend';\n\nconst resend = new Resend(%s);" % k,
    py=lambda k: "import resend\n\nresend.api_key = %s" % k,
    mcp=[M("resend", "node", ["/Users/dev/code/mcp-send-email/build/index.js"], extra={"SENDER_EMAIL_ADDRESS": "hello@example.com"})])
add("linear", "api_key", "LINEAR_API_KEY", lambda: "lin_api_" + rs(ALNUM, 40), "platform", prefix="lin_api_",
    http=("POST", "https://api.linear.app/graphql", hdr("Authorization")),
    ts=lambda k: "import { LinearClient } from '@linear/sdk';\n\nconst linear = new LinearClient({ apiKey: %s });" % k,
    mcp=[M("linear", "npx", ["-y", "linear-mcp-server"])])
NOTION_TS = lambda k: "import { Client } from '@notionhq/client';\n\nconst notion = new Client({ auth: %s });" % k
NOTION_PY = lambda k: "from notion_client import Client\n\nnotion = Client(auth=%s)" % k
NOTION_HTTP = ("POST", "https://api.notion.com/v1/search", lambda k: [("Authorization", "Bearer " + k), ("Notion-Version", "2022-06-28")])
add("notion", "integration_token_ntn", "NOTION_TOKEN", lambda: "ntn_" + rs(DG, 11) + rs(ALNUM, 35), "platform", prefix="ntn_",
    http=NOTION_HTTP, ts=NOTION_TS, py=NOTION_PY, mcp=[M("notionApi", "npx", ["-y", "@notionhq/notion-mcp-server"], style="notion")])
add("notion", "integration_token_secret", "NOTION_API_KEY", lambda: "secret_" + rs(ALNUM, 43), "platform", prefix="secret_",
    http=NOTION_HTTP, ts=NOTION_TS, py=NOTION_PY, mcp=[M("notionApi", "npx", ["-y", "@notionhq/notion-mcp-server"], style="notion")])
add("doppler", "personal_token", "DOPPLER_TOKEN", lambda: "dp.pt." + rs(ALNUM, 43), "secrets", prefix="dp.pt.",
    http=("GET", "https://api.doppler.com/v3/workplace", bearer))
add("doppler", "service_token", "DOPPLER_TOKEN", lambda: "dp.st." + pick("dev", "prd", "stg", "prd_backend") + "." + rs(ALNUM, 40),
    "secrets", prefix="dp.st.", http=("GET", "https://api.doppler.com/v3/configs/config/secrets/download?format=json", bearer))
add("doppler", "service_account_token", "DOPPLER_TOKEN", lambda: "dp.sa." + rs(ALNUM, 43), "secrets", prefix="dp.sa.",
    http=("GET", "https://api.doppler.com/v3/projects", bearer))
add("infisical", "service_token", "INFISICAL_TOKEN", lambda: "st.%s.%s.%s" % (ruuid(), rhex(32), rhex(32)), "secrets", prefix="st.")
add("infisical", "universal_auth_client_secret", "INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET", lambda: rhex(64), "secrets",
    comp=lambda: [("INFISICAL_UNIVERSAL_AUTH_CLIENT_ID", ruuid())],
    mcp=[M("infisical", "npx", ["-y", "@infisical/mcp"])])
add("1password", "service_account_token", "OP_SERVICE_ACCOUNT_TOKEN", g_1password, "secrets", prefix="ops_eyJ",
    py=lambda k: "import asyncio\n\nfrom onepassword.client import Client\n\n\nasync def connect():\n    return await Client.authenticate(\n        auth=%s,\n        integration_name=\"%s\",\n        integration_version=\"v1.0.0\",\n    )\n\nop = asyncio.run(connect())" % (k, app()),
    ts=lambda k: "import sdk from '@1password/sdk';\n\nconst op = await sdk.createClient({\n  auth: %s,\n  integrationName: '%s',\n  integrationVersion: 'v1.0.0',\n});" % (k, app()))
CF_TS = lambda k: "import Cloudflare from 'cloudflare';\n\nconst cf = new Cloudflare({ apiToken: %s });" % k
add("cloudflare", "api_token", "CLOUDFLARE_API_TOKEN", lambda: rs(ALNUM + "-_", 40), "platform", comp=comp_cf_account,
    http=("GET", "https://api.cloudflare.com/client/v4/user/tokens/verify", bearer), ts=CF_TS,
    py=lambda k: "from cloudflare import Cloudflare\n\ncf = Cloudflare(api_token=%s)" % k,
    mcp=[M("cloudflare", "npx", ["-y", "@cloudflare/mcp-server-cloudflare", "run", "{ACCOUNT}"])])
add("cloudflare", "global_api_key", "CLOUDFLARE_API_KEY", lambda: rhex(37), "platform", comp=comp_cf_email,
    http=("GET", "https://api.cloudflare.com/client/v4/zones",
          lambda k: [("X-Auth-Email", "ops@%s.com" % org().replace("-", "")), ("X-Auth-Key", k)]))
add("cloudflare", "r2_secret_access_key", "R2_SECRET_ACCESS_KEY", lambda: rhex(64), "platform", comp=comp_r2,
    py=lambda k: "import boto3\n\ns3 = boto3.client(\n    \"s3\",\n    endpoint_url=\"https://%s.r2.cloudflarestorage.com\",\n    aws_access_key_id=\"%s\",\n    aws_secret_access_key=%s,\n    region_name=\"auto\",\n)" % (rhex(32), rhex(32), k),
    ts=lambda k: "import { S3Client } from '@aws-sdk/client-s3';\n\nexport const r2 = new S3Client({\n  region: 'auto',\n  endpoint: 'https://%s.r2.cloudflarestorage.com',\n  credentials: {\n    accessKeyId: '%s',\n    secretAccessKey: %s,\n  },\n});" % (rhex(32), rhex(32), k))
add("cloudflare", "origin_ca_key", "CF_ORIGIN_CA_KEY", g_cf_origin, "platform", prefix="v1.0-",
    http=("GET", "https://api.cloudflare.com/client/v4/certificates?zone_id=" + "8f2e6c1d9b7a4e3f0a5c2d1e9b8a7f6c", hdr("X-Auth-User-Service-Key")))

# --- git / CI / registries ---
GH_TS = lambda k: "import { Octokit } from '@octokit/rest';\n\nconst octokit = new Octokit({ auth: %s });" % k
GH_PY = lambda k: "from github import Auth, Github\n\ngh = Github(auth=Auth.Token(%s))" % k
GH_HTTP = ("GET", "https://api.github.com/user/repos?per_page=100", bearer)
GH_MCP = [M("github", "npx", ["-y", "@modelcontextprotocol/server-github"]),
          M("github", "docker", ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server"]),
          M("github", None, None, style="remote", url="https://api.githubcopilot.com/mcp/")]
add("github", "classic_pat", "GITHUB_PERSONAL_ACCESS_TOKEN", lambda: gh_token("ghp_"), "git", prefix="ghp_",
    http=GH_HTTP, ts=GH_TS, py=GH_PY, mcp=GH_MCP)
add("github", "fine_grained_pat", "GITHUB_TOKEN", lambda: "github_pat_" + rs(ALNUM, 22) + "_" + rs(ALNUM, 59), "git",
    prefix="github_pat_", http=GH_HTTP, ts=GH_TS, py=GH_PY, mcp=GH_MCP)
add("github", "oauth_token", "GH_TOKEN", lambda: gh_token("gho_"), "git", prefix="gho_", http=GH_HTTP, ts=GH_TS, py=GH_PY)
add("github", "user_to_server_token", "GITHUB_USER_TOKEN", lambda: gh_token("ghu_"), "git", prefix="ghu_", http=GH_HTTP, ts=GH_TS)
add("github", "installation_token", "GITHUB_APP_INSTALLATION_TOKEN", lambda: gh_token("ghs_"), "git", prefix="ghs_", http=GH_HTTP, ts=GH_TS)
add("github", "refresh_token", "GITHUB_REFRESH_TOKEN", lambda: gh_token("ghr_"), "git", prefix="ghr_")
GL_HTTP = ("GET", "https://gitlab.com/api/v4/projects?membership=true", hdr("PRIVATE-TOKEN"))
GL_PY = lambda k: "import gitlab\n\ngl = gitlab.Gitlab(\"https://gitlab.com\", private_token=%s)" % k
GL_MCP = [M("gitlab", "npx", ["-y", "@modelcontextprotocol/server-gitlab"])]
add("gitlab", "pat", "GITLAB_PERSONAL_ACCESS_TOKEN", lambda: "glpat-" + rs(B64URL, 20), "git", prefix="glpat-", comp=comp_gitlab,
    http=GL_HTTP, py=GL_PY, mcp=GL_MCP)
add("gitlab", "pat_routable", "GITLAB_TOKEN", g_gitlab_routable, "git", prefix="glpat-", http=GL_HTTP, py=GL_PY, mcp=GL_MCP)
add("gitlab", "deploy_token", "GITLAB_DEPLOY_TOKEN", lambda: "gldt-" + rs(B64URL, 20), "git", prefix="gldt-")
add("gitlab", "runner_token", "RUNNER_TOKEN", lambda: "glrt-" + rs(B64URL, 20), "git", prefix="glrt-")
add("gitlab", "pipeline_trigger_token", "GITLAB_TRIGGER_TOKEN", lambda: "glptt-" + rhex(40), "git", prefix="glptt-")
add("gitlab", "oauth_app_secret", "GITLAB_OAUTH_CLIENT_SECRET", lambda: "gloas-" + rhex(64), "git", prefix="gloas-",
    comp=lambda: [("GITLAB_OAUTH_CLIENT_ID", rhex(64))])
add("sentry", "user_auth_token", "SENTRY_AUTH_TOKEN", lambda: "sntryu_" + rhex(64), "obs", prefix="sntryu_",
    http=("GET", "https://sentry.io/api/0/organizations/", bearer),
    mcp=[M("sentry", "npx", ["-y", "@sentry/mcp-server@latest", "--access-token={K}"], style="arg")])
add("sentry", "org_auth_token", "SENTRY_AUTH_TOKEN", g_sentry_org, "obs", prefix="sntrys_eyJ",
    http=("POST", "https://sentry.io/api/0/organizations/%s/releases/" % "acme", bearer))
add("grafana", "service_account_token", "GRAFANA_SERVICE_ACCOUNT_TOKEN", lambda: "glsa_" + rs(ALNUM, 32) + "_" + rhex(8), "obs",
    prefix="glsa_", comp=comp_grafana, http=("GET", "https://acme.grafana.net/api/search?type=dash-db", bearer),
    mcp=[M("grafana", "mcp-grafana", [])])
add("grafana", "cloud_access_policy_token", "GRAFANA_CLOUD_TOKEN", g_glc, "obs", prefix="glc_eyJ",
    http=("GET", "https://grafana.com/api/instances", bearer))
add("posthog", "personal_api_key", "POSTHOG_PERSONAL_API_KEY", lambda: "phx_" + rs(ALNUM, 47), "obs", prefix="phx_",
    http=("GET", "https://us.posthog.com/api/projects/@current/insights/", bearer),
    mcp=[M("posthog", "npx", ["-y", "mcp-remote@latest", "https://mcp.posthog.com/sse", "--header", "Authorization:{HDR}"], style="posthog")])
add("figma", "personal_access_token", "FIGMA_API_KEY", lambda: "figd_" + rs(ALNUM + "-_", 40), "design", prefix="figd_",
    http=("GET", "https://api.figma.com/v1/me", hdr("X-Figma-Token")),
    mcp=[M("Framelink Figma MCP", "npx", ["-y", "figma-developer-mcp", "--figma-api-key={K}", "--stdio"], style="arg")])
add("shopify", "admin_access_token", "SHOPIFY_ADMIN_ACCESS_TOKEN", lambda: "shpat_" + rhex(32), "commerce", prefix="shpat_",
    comp=comp_shopify, http=("POST", "https://acme-store.myshopify.com/admin/api/2025-01/graphql.json", hdr("X-Shopify-Access-Token")),
    ts=lambda k: "import { createAdminApiClient } from '@shopify/admin-api-client';\n\nconst shopify = createAdminApiClient({\n  storeDomain: '%s.myshopify.com',\n  apiVersion: '2025-01',\n  accessToken: %s,\n});" % (org(), k))
add("shopify", "app_shared_secret", "SHOPIFY_API_SECRET", lambda: "shpss_" + rhex(32), "commerce", prefix="shpss_",
    comp=lambda: [("SHOPIFY_API_KEY", rhex(32))])
ST_PY = lambda k: "import stripe\n\nstripe.api_key = %s" % k
ST_TS = lambda k: "import Stripe from 'stripe';\n\nexport const stripe = new Stripe(%s, { apiVersion: '2025-02-24.acacia' });" % k
add("stripe", "secret_key_live", "STRIPE_SECRET_KEY", lambda: "sk_live_" + (rs(ALNUM, 99) if chance(0.6) else rs(ALNUM, 24)), "pay",
    prefix="sk_live_", http=("GET", "https://api.stripe.com/v1/charges?limit=3", bearer), py=ST_PY, ts=ST_TS,
    mcp=[M("stripe", "npx", ["-y", "@stripe/mcp", "--tools=all", "--api-key={K}"], style="arg"),
         M("stripe", None, None, style="remote", url="https://mcp.stripe.com")])
add("stripe", "secret_key_test", "STRIPE_SECRET_KEY", lambda: "sk_test_" + rs(ALNUM, 99), "pay", prefix="sk_test_",
    http=("GET", "https://api.stripe.com/v1/customers?limit=3", bearer), py=ST_PY, ts=ST_TS,
    mcp=[M("stripe", "npx", ["-y", "@stripe/mcp", "--tools=all", "--api-key={K}"], style="arg")])
add("stripe", "restricted_key", "STRIPE_RESTRICTED_KEY", lambda: "rk_live_" + rs(ALNUM, 99), "pay", prefix="rk_live_",
    http=("GET", "https://api.stripe.com/v1/balance", bearer), py=ST_PY, ts=ST_TS)
add("stripe", "webhook_secret", "STRIPE_WEBHOOK_SECRET", lambda: "whsec_" + rs(ALNUM, 32), "pay", prefix="whsec_",
    ts=lambda k: "import Stripe from 'stripe';\n\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\nconst endpointSecret = %s;\n\nexport function verify(body: string, sig: string) {\n  return stripe.webhooks.constructEvent(body, sig, endpointSecret);\n}" % k,
    py=lambda k: "import stripe\n\nENDPOINT_SECRET = %s\n\ndef verify(payload: bytes, sig_header: str):\n    return stripe.Webhook.construct_event(payload, sig_header, ENDPOINT_SECRET)" % k)
add("twilio", "auth_token", "TWILIO_AUTH_TOKEN", lambda: rhex(32), "comm", comp=comp_twilio,
    py=lambda k: "from twilio.rest import Client\n\ntwilio = Client(\"AC%s\", %s)" % (rhex(32), k),
    ts=lambda k: "import twilio from 'twilio';\n\nconst client = twilio('AC%s', %s);" % (rhex(32), k))
add("twilio", "api_key_secret", "TWILIO_API_SECRET", lambda: rs(ALNUM, 32), "comm", comp=comp_twilio_sk,
    mcp=[M("twilio", "npx", ["-y", "@twilio-alpha/mcp", "{SID}/{SK}:{K}"], style="arg")])
add("sendgrid", "api_key", "SENDGRID_API_KEY", lambda: "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43), "comm", prefix="SG.",
    http=("POST", "https://api.sendgrid.com/v3/mail/send", bearer),
    py=lambda k: "from sendgrid import SendGridAPIClient\n\nsg = SendGridAPIClient(%s)" % k,
    ts=lambda k: "import sgMail from '@sendgrid/mail';\n\nsgMail.setApiKey(%s);" % k)
add("postmark", "server_token", "POSTMARK_SERVER_TOKEN", ruuid, "comm",
    http=("POST", "https://api.postmarkapp.com/email", hdr("X-Postmark-Server-Token")),
    py=lambda k: "from postmarker.core import PostmarkClient\n\npostmark = PostmarkClient(server_token=%s)" % k,
    ts=lambda k: "import * as postmark from 'postmark';\n\nconst client = new postmark.ServerClient(%s);" % k)
add("slack", "bot_token", "SLACK_BOT_TOKEN", g_slack_bot, "comm", prefix="xoxb-", comp=comp_slack,
    http=("POST", "https://slack.com/api/chat.postMessage", bearer),
    py=lambda k: "from slack_sdk import WebClient\n\nslack = WebClient(token=%s)" % k,
    ts=lambda k: "import { WebClient } from '@slack/web-api';\n\nconst slack = new WebClient(%s);" % k,
    mcp=[M("slack", "npx", ["-y", "@modelcontextprotocol/server-slack"])])
add("airtable", "personal_access_token", "AIRTABLE_API_KEY", lambda: "pat" + rs(ALNUM, 14) + "." + rhex(64), "platform",
    prefix="pat", http=("GET", "https://api.airtable.com/v0/meta/bases", bearer),
    py=lambda k: "from pyairtable import Api\n\napi = Api(%s)" % k,
    mcp=[M("airtable", "npx", ["-y", "airtable-mcp-server"])])
add("vault", "service_token", "VAULT_TOKEN", g_vault, "secrets", prefix="hvs.", comp=comp_vault,
    http=("GET", "https://vault.acme.internal:8200/v1/secret/data/app", hdr("X-Vault-Token")),
    py=lambda k: "import hvac\n\nvault = hvac.Client(url=\"https://vault.%s.internal:8200\", token=%s)" % (org(), k))
add("terraform_cloud", "api_token", "TF_TOKEN_app_terraform_io", lambda: rs(ALNUM, 14) + ".atlasv1." + rs(ALNUM, 67), "iac",
    prefix="", http=("GET", "https://app.terraform.io/api/v2/organizations", bearer),
    mcp=[M("terraform", "docker", ["run", "-i", "--rm", "-e", "TFE_TOKEN", "hashicorp/terraform-mcp-server:0.2"])])
add("dockerhub", "personal_access_token", "DOCKERHUB_TOKEN", lambda: "dckr_pat_" + rs(B64URL, 27), "registry", prefix="dckr_pat_",
    comp=lambda: [("DOCKERHUB_USERNAME", pick("ci-bot", org(), "deploybot"))])
add("npm", "access_token", "NPM_TOKEN", lambda: gh_token("npm_"), "registry", prefix="npm_")
add("pypi", "api_token", "PYPI_API_TOKEN", g_pypi, "registry", prefix="pypi-AgEIcHlwaS5vcmc")
add("kaggle", "api_key", "KAGGLE_KEY", lambda: rhex(32), "ai", comp=lambda: [("KAGGLE_USERNAME", pick("jdoe", "mlteam", org()))])

# --- database URLs (needle = password) ---
def db(provider, kind, gen, wrap, env="DATABASE_URL"):
    return add(provider, kind, env, gen, "db", wrap=wrap, pw=True)


db("supabase", "postgres_pooler_password", lambda: gen_password(), w_supabase_pooler)
db("supabase", "postgres_direct_password", lambda: gen_password(), w_supabase_direct, env="DIRECT_URL")
db("neon", "role_password_npg", lambda: "npg_" + rs(ALNUM, 12), w_neon)
db("railway", "database_password", lambda: rs(LETTERS, 32), w_railway)
db("render", "postgres_password", lambda: rs(ALNUM, 32), w_render)
db("planetscale", "database_password", lambda: "pscale_pw_" + rs(B64URL, 43), w_pscale)
db("mongodb_atlas", "user_password", lambda: gen_password(R.randint(12, 20)), w_atlas, env="MONGODB_URI")
db("upstash", "redis_password", lambda: "A" + pick("X", "Y", "Z") + rs(ALNUM, 2) + "AAIjcDE" + rs(ALNUM, 32) + "cDE" + rs(ALNUM, 20),
   w_upstash_redis, env="REDIS_URL")
db("redis_cloud", "default_user_password", lambda: rs(ALNUM, 32), w_redis_cloud, env="REDIS_URL")
db("aiven", "avnadmin_password", lambda: "AVNS_" + rs(ALNUM + "-_", 21), w_aiven)
db("cockroachdb", "sql_user_password", lambda: rs(ALNUM + "-_", 22), w_cockroach)
db("fly", "postgres_password", lambda: rs(ALNUM, 16), w_fly_pg)
db("turso", "url_auth_token", g_turso, w_turso, env="TURSO_DATABASE_URL")

BY_ID = {c.id: c for c in CREDS}


# ------------------------------------------------------------------------------------
# public look-alikes (negatives) and value modes
# ------------------------------------------------------------------------------------
def clerk_pk(env):
    host = pick("clerk.%s.com" % org().replace("-", ""), "%s-%s-%d.clerk.accounts.dev" % (pick(*ADJ), pick(*WORDS), R.randint(10, 99)))
    return "pk_%s_" % env + b64e((host + "$").encode()).rstrip("=")


def supabase_anon():
    iat = ts_2024()
    return jwt_hs256({"iss": "supabase", "ref": proj_ref(), "role": "anon", "iat": iat, "exp": iat + 315360000})


def sb_publishable():
    return "sb_publishable_" + rs(ALNUM + "-", 22) + "_" + rs(ALNUM, 8)


def stripe_pk(env="live"):
    return "pk_%s_" % env + rs(ALNUM, 99)


def posthog_phc():
    return "phc_" + rs(ALNUM, 43)


def sentry_dsn():
    return "https://%s@o%d.ingest.%ssentry.io/%d" % (rhex(32), R.randint(100000, 4999999), pick("", "us.", "de."),
                                                      R.randint(1000000, 9999999))


def algolia_search():
    return rhex(32)


def langfuse_pk():
    return "pk-lf-" + ruuid()


def mapbox_pk():
    return "pk." + b64u(json.dumps({"u": org(), "a": rs(LOWALNUM, 25)}, separators=(",", ":")).encode()) + "." + rs(B64URL, 22)


def firebase_config():
    pid = "%s-%s" % (app(), rs(LOWALNUM, 5))
    sender = rs(DG, 12)
    return [("apiKey", g_aiza()), ("authDomain", pid + ".firebaseapp.com"), ("projectId", pid),
            ("storageBucket", pid + ".firebasestorage.app"), ("messagingSenderId", sender),
            ("appId", "1:%s:web:%s" % (sender, rhex(22))), ("measurementId", "G-" + rs(UP + DG, 10))]


class V:
    """How the credential slot of a template is filled: 'lit' (text as written) or 'ref'
    (the file's own way to reference an environment variable / secret store)."""
    def __init__(self, mode, text=None):
        self.mode, self.text = mode, text


PLACEHOLDERS_GENERIC = ["<{ENV}>", "your-api-key-here", "YOUR_API_KEY", "<your-{slug}-key>", "changeme",
                        "REPLACE_ME", "xxxxxxxxxxxxxxxx", "${ENV}", "{{ENV}}", "<paste-key-here>", "TODO", "..."]


def placeholder(c):
    slug = c.provider.replace("_", "-")
    opts = [x.replace("{ENV}", c.env).replace("{slug}", slug) for x in PLACEHOLDERS_GENERIC]
    p = c.prefix
    if c.pw:
        return None  # db placeholders are done in db_placeholder
    if p and p not in ("eyJ",) and not p.startswith("eyJ") and len(p) <= 12:
        opts += [p + "...", p + "xxxx", p + "XXXXXXXXXXXXXXXXXXXX", p + "***", p + "<your-key>", p + "your-key-here",
                 p + "REPLACE_ME"]
    spec = {"openai": ["sk-...", "sk-proj-...", "sk-xxxxxxxxxxxxxxxxxxxxxxxx", "sk-your-key", "<OPENAI_API_KEY>",
                       "sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
            "anthropic": ["sk-ant-xxxx", "sk-ant-...", "sk-ant-api03-...", "sk-ant-api03-XXXXXXXXXXXXXXXX", "<ANTHROPIC_API_KEY>"],
            "huggingface": ["hf_***", "hf_xxx", "hf_...", "<HF_TOKEN>"],
            "gemini": ["AIza...", "AIzaSy...", "<GEMINI_API_KEY>", "YOUR_GEMINI_API_KEY"],
            "groq": ["gsk_...", "gsk_your_key", "YOUR_GROQ_API_KEY"],
            "replicate": ["r8_******", "r8_...", "<REPLICATE_API_TOKEN>"],
            "stripe": ["sk_live_...", "sk_test_...", "sk_test_xxxxxxxxxxxxxxxxxxxx", "whsec_..."],
            "github": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "github_pat_...", "<your-github-token>", "ghp_..."],
            "litellm": ["sk-1234"]}.get(c.provider, [])
    opts += spec * 2
    return pick(*opts)


def db_placeholder_url(c):
    url = c.wrap("PWPLACE")
    return url.replace("PWPLACE", pick("[YOUR-PASSWORD]", "<password>", "YOUR_PASSWORD", "********", "${DB_PASSWORD}",
                                       "<db_password>", "password", "PASSWORD"))


def masked(c, real):
    """Dashboard-style masks of a real-shaped value."""
    tail = real[-4:]
    p = c.prefix if c.prefix and not c.prefix.startswith("eyJ") else real[:3]
    opts = [p + "..." + tail, p + "\u2026" + tail, p + "*" * 20 + tail, p + "\u2022" * 12 + tail,
            real[:8] + "..." + tail, real[:6] + "*" * 8, "****" + tail, p + "****************" + tail,
            "*" * 24]
    if c.provider == "openai":
        opts += ["sk-...%s" % tail, "sk-proj-...%s" % tail, "sk-proj-\u2026" + tail]
    return pick(*opts)


def neg_value(c):
    """A value for the credential slot of a negative twin: placeholder or mask."""
    if c.pw:
        return V("lit", db_placeholder_url(c)), "placeholder"
    if chance(0.7):
        return V("lit", placeholder(c)), "placeholder"
    return V("lit", masked(c, c.gen())), "masked"


# ------------------------------------------------------------------------------------
# environment-map helpers
# ------------------------------------------------------------------------------------
OTHER_REFS = ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "LANGSMITH_API_KEY", "DATABASE_URL", "PINECONE_API_KEY",
              "SUPABASE_SERVICE_ROLE_KEY", "RESEND_API_KEY", "STRIPE_SECRET_KEY", "GROQ_API_KEY", "TAVILY_API_KEY",
              "SENTRY_AUTH_TOKEN", "CLERK_SECRET_KEY", "UPSTASH_REDIS_REST_TOKEN", "HF_TOKEN", "GITHUB_TOKEN"]


def model_of(c):
    if c.llm:
        return pick(*c.llm["model"])
    return pick("gpt-4o-mini", "claude-3-5-haiku-20241022", "gemini-2.0-flash", "llama-3.3-70b-versatile")


def fillers(c, n=None):
    pool = [("NODE_ENV", "production"), ("LOG_LEVEL", pick("info", "debug", "warn")), ("PORT", pick("3000", "8000", "8080")),
            ("APP_NAME", app()), ("LLM_MODEL", model_of(c)), ("EMBEDDING_MODEL", pick("text-embedding-3-small", "voyage-3", "nomic-embed-text")),
            ("MAX_TOKENS", pick("1024", "4096", "8192")), ("TEMPERATURE", pick("0.2", "0", "0.7")), ("TZ", "UTC"),
            ("PYTHONUNBUFFERED", "1"), ("NEXT_PUBLIC_APP_URL", "https://%s.vercel.app" % app()),
            ("VECTOR_INDEX", pick("docs-prod", "kb-v2", "support-articles")), ("LANGSMITH_PROJECT", app()),
            ("LANGSMITH_TRACING", "true"), ("RATE_LIMIT_RPM", pick("60", "600")), ("REGION", db_region())]
    R.shuffle(pool)
    out = [(k, "lit", v) for k, v in pool[: (n if n is not None else R.randint(1, 4))] if k != c.env]
    if chance(0.45):
        o = pick(*[x for x in OTHER_REFS if x != c.env])
        out.append((o, "ref", None))
    return out


def mk_ents(c, v, n=None):
    ents = fillers(c, n)
    ents += [(k, "lit", x) for k, x in c.comp()]
    main = (c.env, v.mode, v.text)
    pos = R.randint(0, len(ents))
    ents.insert(pos, main)
    # de-duplicate names (first wins)
    seen, out = set(), []
    for e in ents:
        if e[0] in seen:
            continue
        seen.add(e[0])
        out.append(e)
    return out


def lit_or(e, reffn):
    k, m, t = e
    return t if m == "lit" else reffn(k)


# ------------------------------------------------------------------------------------
# MCP configs
# ------------------------------------------------------------------------------------
USERS = ["dana", "mk", "jlee", "priya", "tom", "alex", "sofia", "runner", "dev"]
OTHER_SERVERS = [
    ("filesystem", "npx", ["-y", "@modelcontextprotocol/server-filesystem", "/Users/{u}/Desktop", "/Users/{u}/code"]),
    ("memory", "npx", ["-y", "@modelcontextprotocol/server-memory"]),
    ("sequential-thinking", "npx", ["-y", "@modelcontextprotocol/server-sequential-thinking"]),
    ("fetch", "uvx", ["mcp-server-fetch"]),
    ("playwright", "npx", ["@playwright/mcp@latest"]),
    ("context7", "npx", ["-y", "@upstash/context7-mcp"]),
    ("git", "uvx", ["mcp-server-git", "--repository", "/Users/{u}/code/{app}"]),
    ("time", "uvx", ["mcp-server-time", "--local-timezone=Europe/Berlin"]),
]


def mcp_envname(c, desc):
    n = desc["name"]
    if n == "github":
        return "GITHUB_PERSONAL_ACCESS_TOKEN"
    if n == "gitlab":
        return "GITLAB_PERSONAL_ACCESS_TOKEN"
    if n == "terraform":
        return "TFE_TOKEN"
    if n == "task-master-ai" and c.provider == "gemini":
        return "GOOGLE_API_KEY"
    return c.env


def custom_server(c):
    u, a = pick(*USERS), app()
    name = pick("%s-tools" % c.provider.replace("_", "-"), a, "%s-mcp" % c.provider.replace("_", "-"))
    cmd, args = pick(("uv", ["--directory", "/Users/%s/code/%s-mcp" % (u, a), "run", "server.py"]),
                     ("node", ["/home/%s/mcp/%s/dist/index.js" % (u, a)]),
                     ("python", ["-m", "%s_mcp" % a.replace("-", "_")]),
                     ("npx", ["-y", "tsx", "/Users/%s/code/%s/src/mcp.ts" % (u, a)]))
    return M(name, cmd, args)


def mcp_pick(c, allow_remote=True):
    ds = [d for d in c.mcp if allow_remote or d["style"] != "remote"]
    if ds and chance(0.8):
        return dict(pick(*ds))
    return custom_server(c)


def mcp_neutral(c, v, refsyn, allow_remote=True):
    """-> (name, server dict in neutral form). refsyn(name) renders a reference."""
    d = mcp_pick(c, allow_remote)
    comps = c.comp()
    envname = mcp_envname(c, d)
    val = v.text if v.mode == "lit" else refsyn(envname)
    s = {"name": d["name"]}
    env = {}
    if d["style"] == "remote":
        s["url"] = d["url"]
        s["headers"] = {d["hname"]: d["hpre"] + val}
        return s
    s["command"] = d["cmd"]
    args = []
    for a in d["args"]:
        a = a.replace("{REF}", proj_ref()).replace("{ACCOUNT}", rhex(32))
        a = a.replace("{EMAIL}", dict(comps).get("UPSTASH_EMAIL", "ops@example.com"))
        a = a.replace("{SID}", dict(comps).get("TWILIO_ACCOUNT_SID", "AC" + rhex(32)))
        a = a.replace("{SK}", dict(comps).get("TWILIO_API_KEY", "SK" + rhex(32)))
        if d["style"] == "posthog":
            a = a.replace("{HDR}", "${POSTHOG_AUTH_HEADER}")
        a = a.replace("{K}", val)
        args.append(a)
    s["args"] = args
    if d["style"] == "env":
        env[envname] = val
        for k, x in comps:
            if k != envname:
                env[k] = x
    elif d["style"] == "notion":
        if chance(0.5):
            env["OPENAPI_MCP_HEADERS"] = json.dumps({"Authorization": "Bearer " + val, "Notion-Version": "2022-06-28"})
        else:
            env["NOTION_TOKEN"] = val
    elif d["style"] == "posthog":
        env["POSTHOG_AUTH_HEADER"] = "Bearer " + val
    env.update(d.get("extra", {}))
    if env:
        s["env"] = env
    return s


def other_servers(k=None):
    u, a = pick(*USERS), app()
    xs = list(OTHER_SERVERS)
    R.shuffle(xs)
    out = []
    for name, cmd, args in xs[: (k if k is not None else R.randint(0, 3))]:
        out.append({"name": name, "command": cmd, "args": [x.replace("{u}", u).replace("{app}", a) for x in args]})
    return out


def servers_in_order(main):
    srv = other_servers()
    srv.insert(R.randint(0, len(srv)), main)
    return srv


def srv_json(s, extra=None):
    d = {}
    for k in ("type", "command", "args", "env", "url", "headers"):
        if k in s:
            d[k] = s[k]
    if extra:
        d.update(extra)
    return d


def t_mcp_claude_desktop(c, v):
    if v.mode == "ref":
        # Claude Desktop does not expand variables: wrap the command with a secret-store lookup
        s = mcp_neutral(c, V("lit", "__REF__"), lambda n: n, allow_remote=False)
        env = s.pop("env", {})
        envname = [k for k, x in env.items() if "__REF__" in x]
        s["args"] = [a for a in s["args"]]
        if envname or any("__REF__" in a for a in s["args"]):
            n = envname[0] if envname else c.env
            inner = " ".join([s["command"]] + [a.replace("__REF__", "$" + n) for a in s["args"]])
            how = pick('%s="$(security find-generic-password -a $USER -s %s -w)"' % (n, n.lower()),
                       '%s="$(op read op://Private/%s/credential)"' % (n, c.provider),
                       '%s="$(pass show api/%s)"' % (n, c.provider))
            s = {"name": s["name"], "command": "sh", "args": ["-c", "%s exec %s" % (how, inner)]}
            rest = {k: x for k, x in env.items() if "__REF__" not in x}
            if rest:
                s["env"] = rest
    else:
        s = mcp_neutral(c, v, lambda n: n, allow_remote=False)
        if "url" in s:
            pass
    srv = servers_in_order(s)
    doc = {"mcpServers": {x["name"]: srv_json(x) for x in srv}}
    if "url" in s:  # Claude Desktop: remote through mcp-remote
        h = list(s["headers"].items())[0]
        doc["mcpServers"][s["name"]] = {"command": "npx", "args": ["-y", "mcp-remote", s["url"], "--header", "%s:%s" % (h[0], h[1])]}
    if chance(0.3):
        doc["globalShortcut"] = "Ctrl+Space"
    path = pick("claude_desktop_config.json", "dotfiles/claude/claude_desktop_config.json",
                "Library/Application Support/Claude/claude_desktop_config.json", "config/claude_desktop_config.json")
    return path, json.dumps(doc, indent=2) + "\n"


def t_mcp_cursor(c, v):
    s = mcp_neutral(c, v, lambda n: "${env:%s}" % n)
    srv = servers_in_order(s)
    doc = {"mcpServers": {x["name"]: srv_json(x) for x in srv}}
    return pick(".cursor/mcp.json", ".cursor/mcp.json", "dotfiles/cursor/mcp.json"), json.dumps(doc, indent=2) + "\n"


def t_mcp_vscode(c, v):
    inputs = []
    iid = "%s-key" % c.provider.replace("_", "-")

    def ref(n):
        inputs.append({"type": "promptString", "id": iid, "description": "%s" % n.replace("_", " ").title(), "password": True})
        return "${input:%s}" % iid
    s = mcp_neutral(c, v, ref)
    if "url" in s:
        s["type"] = "http"
    else:
        s["type"] = "stdio"
    srv = servers_in_order(s)
    for x in srv:
        x.setdefault("type", "stdio")
    doc = {}
    if inputs:
        doc["inputs"] = inputs[:1]
    doc["servers"] = {x["name"]: srv_json(x) for x in srv}
    return ".vscode/mcp.json", json.dumps(doc, indent=pick(2, 4)) + "\n"


def t_mcp_project(c, v):
    s = mcp_neutral(c, v, lambda n: pick("${%s}" % n, "${%s}" % n, "${%s:-}" % n))
    s["type"] = "http" if "url" in s else "stdio"
    srv = servers_in_order(s)
    for x in srv:
        x.setdefault("type", "stdio")
    doc = {"mcpServers": {x["name"]: srv_json(x) for x in srv}}
    return ".mcp.json", json.dumps(doc, indent=2) + "\n"


def t_mcp_windsurf(c, v):
    s = mcp_neutral(c, v, lambda n: "${env:%s}" % n)
    srv = servers_in_order(s)
    doc = {"mcpServers": {}}
    for x in srv:
        d = srv_json(x)
        if "url" in d:
            d["serverUrl"] = d.pop("url")
        doc["mcpServers"][x["name"]] = d
    return pick(".codeium/windsurf/mcp_config.json", "windsurf/mcp_config.json"), json.dumps(doc, indent=2) + "\n"


def t_mcp_cline(c, v):
    if v.mode == "ref":
        return None
    s = mcp_neutral(c, v, lambda n: "${env:%s}" % n, allow_remote=False)
    srv = servers_in_order(s)
    doc = {"mcpServers": {x["name"]: srv_json(x, {"disabled": False, "autoApprove": []}) for x in srv}}
    return pick("cline_mcp_settings.json", ".roo/mcp.json", "settings/cline_mcp_settings.json"), json.dumps(doc, indent=2) + "\n"


def t_mcp_gemini(c, v):
    s = mcp_neutral(c, v, lambda n: pick("$%s" % n, "${%s}" % n), allow_remote=False)
    srv = servers_in_order(s)
    doc = {"theme": pick("GitHub", "Default", "Dracula"), "selectedAuthType": pick("gemini-api-key", "oauth-personal"),
           "mcpServers": {x["name"]: srv_json(x, {"timeout": 30000} if chance(0.3) else None) for x in srv}}
    return ".gemini/settings.json", json.dumps(doc, indent=2) + "\n"


def t_mcp_opencode(c, v):
    s = mcp_neutral(c, v, lambda n: "{env:%s}" % n)
    srv = servers_in_order(s)
    mcp = {}
    for x in srv:
        if "url" in x:
            mcp[x["name"]] = {"type": "remote", "url": x["url"], "headers": x["headers"], "enabled": True}
        else:
            d = {"type": "local", "command": [x["command"]] + x["args"], "enabled": True}
            if x.get("env"):
                d["environment"] = x["env"]
            mcp[x["name"]] = d
    doc = {"$schema": "https://opencode.ai/config.json", "mcp": mcp}
    if chance(0.5):
        doc["model"] = "anthropic/claude-sonnet-4-20250514"
    return "opencode.json", json.dumps(doc, indent=2) + "\n"


def t_mcp_zed(c, v):
    if v.mode == "ref":
        return None
    s = mcp_neutral(c, v, lambda n: n, allow_remote=False)
    srv = servers_in_order(s)
    cs = {}
    for x in srv:
        d = {"source": "custom", "command": x["command"], "args": x["args"]}
        if x.get("env"):
            d["env"] = x["env"]
        cs[x["name"]] = d
    doc = {"theme": "One Dark", "buffer_font_size": 14, "context_servers": cs}
    return ".zed/settings.json", "// Zed settings\n" + json.dumps(doc, indent=2) + "\n"


def t_mcp_codex(c, v):
    if v.mode == "ref":
        return None
    s = mcp_neutral(c, v, lambda n: n, allow_remote=False)
    srv = servers_in_order(s)
    out = ['model = "%s"' % pick("gpt-5-codex", "o4-mini", "gpt-5"), 'approval_policy = "on-request"', ""]
    for x in srv:
        out.append("[mcp_servers.%s]" % (x["name"] if re.match(r"^[A-Za-z0-9_-]+$", x["name"]) else jd(x["name"])))
        out.append("command = %s" % tq(x["command"]))
        out.append("args = [%s]" % ", ".join(tq(a) for a in x["args"]))
        if x.get("env"):
            out.append("env = { %s }" % ", ".join("%s = %s" % (tq(k), tq(val)) for k, val in x["env"].items()))
        out.append("")
    return ".codex/config.toml", "\n".join(out)


def t_mcp_goose(c, v):
    gp = pick(("anthropic", "claude-sonnet-4-20250514"), ("openai", "gpt-4o"), ("openrouter", "anthropic/claude-3.7-sonnet"))
    lines = ["GOOSE_PROVIDER: %s" % gp[0], "GOOSE_MODEL: %s" % gp[1], "extensions:"]
    s = mcp_neutral(c, v if v.mode == "lit" else V("lit", "__REF__"), lambda n: n, allow_remote=False)
    if any("__REF__" in a for a in s.get("args", [])):
        return None
    srv = servers_in_order(s)
    for x in srv:
        lines += ["  %s:" % re.sub(r"[^A-Za-z0-9_-]", "_", x["name"]), "    type: stdio", "    enabled: true",
                  "    name: %s" % yq(x["name"]), "    cmd: %s" % x["command"], "    args:"]
        lines += ["    - %s" % yq(a) for a in x["args"]] if x["args"] else ["    []"]
        env = dict(x.get("env", {}))
        keys = [k for k, val in env.items() if val == "__REF__" or "__REF__" in val]
        for k in keys:
            del env[k]
        if env:
            lines.append("    envs:")
            lines += ["      %s: %s" % (k, yq(val)) for k, val in env.items()]
        else:
            lines.append("    envs: {}")
        if keys:
            lines.append("    env_keys:")
            lines += ["    - %s" % k for k in keys]
        lines.append("    timeout: 300")
    return ".config/goose/config.yaml", "\n".join(lines) + "\n"


def t_mcp_librechat(c, v):
    s = mcp_neutral(c, v, lambda n: "${%s}" % n, allow_remote=False)
    lines = ["version: 1.2.8", "cache: true", "", "mcpServers:"]
    for x in servers_in_order(s):
        lines += ["  %s:" % re.sub(r"[^A-Za-z0-9_-]", "_", x["name"]), "    command: %s" % x["command"], "    args:"]
        lines += ["      - %s" % yq(a) for a in x["args"]]
        if x.get("env"):
            lines.append("    env:")
            lines += ["      %s: %s" % (k, yq(val)) for k, val in x["env"].items()]
    return "librechat.yaml", "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------
# deploy / CI / tool configs carrying an environment map
# ------------------------------------------------------------------------------------
def t_compose(c, v):
    ents = mk_ents(c, v)
    svc = pick("api", "app", "worker", "agent", "backend", "web")
    ref = lambda n: pick("${%s}" % n, "${%s:?set %s in your shell}" % (n, n), "${%s:-}" % n)
    lines = ["services:", "  %s:" % svc, "    build: .", "    ports:", '      - "%s:%s"' % ((pick("3000", "8000", "8080"),) * 2)]
    if chance(0.5):
        lines.append("    environment:")
        for e in ents:
            lines.append("      - %s=%s" % (e[0], lit_or(e, ref)) if chance(0.7) or e[1] == "ref"
                         else "      - %s" % yq("%s=%s" % (e[0], lit_or(e, ref))))
    else:
        lines.append("    environment:")
        for e in ents:
            lines.append("      %s: %s" % (e[0], yq(lit_or(e, ref)) if e[1] == "lit" else jd(ref(e[0]))))
    if chance(0.5):
        lines += ["    depends_on:", "      - redis", "  redis:", "    image: redis:7-alpine"]
    return pick("docker-compose.yml", "compose.yaml", "docker-compose.dev.yml", "deploy/docker-compose.yml"), "\n".join(lines) + "\n"


def t_gh_actions(c, v):
    ents = mk_ents(c, v, R.randint(0, 2))
    ref = lambda n: "${{ secrets.%s }}" % n
    lines = ["name: %s" % pick("evals", "deploy", "nightly-ingest", "ci", "preview"), "", "on:",
             "  push:", "    branches: [main]", "  workflow_dispatch:", "", "jobs:", "  run:", "    runs-on: ubuntu-latest"]
    job_env = chance(0.5)
    if job_env:
        lines.append("    env:")
        lines += ["      %s: %s" % (e[0], yq(lit_or(e, ref)) if e[1] == "lit" else ref(e[0])) for e in ents]
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
              "          python-version: '3.12'", "      - run: pip install -r requirements.txt"]
    lines.append("      - name: %s" % pick("Run evals", "Ingest docs", "Smoke test", "Deploy"))
    if not job_env:
        lines.append("        env:")
        lines += ["          %s: %s" % (e[0], yq(lit_or(e, ref)) if e[1] == "lit" else ref(e[0])) for e in ents]
    lines.append("        run: %s" % pick("python scripts/run_evals.py", "python -m app.ingest", "pytest -q tests/smoke", "npx vercel deploy --prod"))
    return ".github/workflows/%s.yml" % pick("evals", "deploy", "ci", "ingest", "nightly"), "\n".join(lines) + "\n"


def t_gitlab_ci(c, v):
    ents = mk_ents(c, v, R.randint(0, 2))
    ref = lambda n: "$%s" % n
    lines = ["stages: [test, deploy]", "", "variables:"]
    vs = [e for e in ents if e[1] == "lit"]
    lines += ["  %s: %s" % (e[0], jd(e[2])) for e in vs] or ["  PIP_CACHE_DIR: \"$CI_PROJECT_DIR/.cache/pip\""]
    lines += ["", "evals:", "  stage: test", "  image: python:3.12-slim", "  script:", "    - pip install -r requirements.txt"]
    for e in ents:
        if e[1] == "ref":
            lines.append('    - test -n "%s"' % ref(e[0]))
    lines.append("    - python -m evals.run --model %s" % model_of(c))
    return ".gitlab-ci.yml", "\n".join(lines) + "\n"


def t_devcontainer(c, v):
    ents = mk_ents(c, v, R.randint(0, 2))
    ref = lambda n: "${localEnv:%s}" % n
    key = pick("containerEnv", "remoteEnv")
    doc = {"name": app(), "image": pick("mcr.microsoft.com/devcontainers/python:1-3.12-bookworm",
                                        "mcr.microsoft.com/devcontainers/typescript-node:1-22-bookworm"),
           "features": {"ghcr.io/devcontainers/features/github-cli:1": {}},
           key: {e[0]: lit_or(e, ref) for e in ents},
           "postCreateCommand": pick("pip install -r requirements.txt", "pnpm install"),
           "customizations": {"vscode": {"extensions": ["ms-python.python", "charliermarsh.ruff"]}}}
    return ".devcontainer/devcontainer.json", json.dumps(doc, indent=2) + "\n"


def t_vercel_json(c, v):
    ents = mk_ents(c, v, R.randint(0, 2))
    ref = lambda n: "@" + n.lower().replace("_", "-")
    envd = {e[0]: lit_or(e, ref) for e in ents}
    doc = {"$schema": "https://openapi.vercel.sh/vercel.json", "framework": pick("nextjs", "vite", None)}
    if doc["framework"] is None:
        del doc["framework"]
    if chance(0.5):
        doc["env"] = envd
    else:
        doc["build"] = {"env": envd}
    doc["functions"] = {"api/**/*.ts": {"maxDuration": pick(30, 60, 300)}}
    if chance(0.4):
        doc["crons"] = [{"path": "/api/cron/reindex", "schedule": "0 3 * * *"}]
    return "vercel.json", json.dumps(doc, indent=2) + "\n"


def t_wrangler_toml(c, v):
    ents = mk_ents(c, v, R.randint(0, 2))
    lines = ['name = "%s"' % app(), 'main = "src/index.ts"', 'compatibility_date = "%s"' % pick("2024-09-23", "2025-03-10", "2025-06-01"),
             'compatibility_flags = ["nodejs_compat"]']
    if chance(0.5):
        lines.append('account_id = "%s"' % rhex(32))
    lines += ["", "[vars]"]
    refs = []
    for e in ents:
        if e[1] == "lit":
            lines.append("%s = %s" % (e[0], tq(e[2])))
        else:
            refs.append(e[0])
    if refs:
        lines += ["", "# Secrets (set with `wrangler secret put <NAME>`):"] + ["#   %s" % n for n in refs]
    if chance(0.5):
        lines += ["", "[[kv_namespaces]]", 'binding = "CACHE"', 'id = "%s"' % rhex(32)]
    if chance(0.4):
        lines += ["", "[[d1_databases]]", 'binding = "DB"', 'database_name = "%s"' % app(), 'database_id = "%s"' % ruuid()]
    if chance(0.3):
        lines += ["", "[ai]", 'binding = "AI"']
    return pick("wrangler.toml", "workers/%s/wrangler.toml" % app()), "\n".join(lines) + "\n"


def t_wrangler_jsonc(c, v):
    ents = mk_ents(c, v, R.randint(0, 2))
    vars_ = {e[0]: e[2] for e in ents if e[1] == "lit"}
    refs = [e[0] for e in ents if e[1] == "ref"]
    body = json.dumps({"name": app(), "main": "src/index.ts", "compatibility_date": "2025-04-01", "vars": vars_}, indent=2)
    head = "/**\n * For more details on how to configure Wrangler, refer to:\n * https://developers.cloudflare.com/workers/wrangler/configuration/\n */\n"
    if refs:
        head += "// secrets: " + ", ".join(refs) + " (wrangler secret put)\n"
    return "wrangler.jsonc", head + body + "\n"


def t_dev_vars(c, v):
    if v.mode == "ref":
        return None
    ents = mk_ents(c, v, R.randint(0, 2))
    lines = ["%s=%s" % (e[0], e[2] if chance(0.6) else jd(e[2])) for e in ents if e[1] == "lit"]
    return ".dev.vars", "\n".join(lines) + "\n"


def t_netlify_toml(c, v):
    ents = mk_ents(c, v, R.randint(0, 2))
    lines = ["[build]", '  command = "%s"' % pick("npm run build", "pnpm build", "next build"), '  publish = "%s"' % pick(".next", "dist", "public"),
             '  functions = "netlify/functions"', ""]
    sect = pick("[build.environment]", "[context.production.environment]", "[context.deploy-preview.environment]")
    lines.append(sect)
    for e in ents:
        if e[1] == "lit":
            lines.append("  %s = %s" % (e[0], tq(e[2])))
    refs = [e[0] for e in ents if e[1] == "ref"]
    if refs:
        lines += ["", "# %s: set in Site settings > Environment variables" % ", ".join(refs)]
    lines += ["", "[[plugins]]", '  package = "@netlify/plugin-nextjs"']
    return "netlify.toml", "\n".join(lines) + "\n"


def t_fly_toml(c, v):
    ents = mk_ents(c, v, R.randint(0, 2))
    a = app()
    lines = ["# fly.toml app configuration file generated for %s" % a, "", "app = %s" % tq(a), "primary_region = %s" % tq(pick("iad", "fra", "sjc", "ams")),
             "", "[build]", "", "[env]"]
    for e in ents:
        if e[1] == "lit":
            lines.append("  %s = %s" % (e[0], tq(e[2])))
    refs = [e[0] for e in ents if e[1] == "ref"]
    if refs:
        lines.append("  # secrets: fly secrets set %s=..." % refs[0])
    lines += ["", "[http_service]", "  internal_port = 8080", "  force_https = true", "  auto_stop_machines = 'stop'",
              "  min_machines_running = 0", "", "[[vm]]", "  memory = '1gb'", "  cpu_kind = 'shared'", "  cpus = 1"]
    return "fly.toml", "\n".join(lines) + "\n"


def t_render_yaml(c, v):
    ents = mk_ents(c, v, R.randint(0, 2))
    lines = ["services:", "  - type: web", "    name: %s" % app(), "    runtime: %s" % pick("python", "node", "docker"),
             "    plan: starter", "    buildCommand: %s" % pick("pip install -r requirements.txt", "npm ci && npm run build"),
             "    startCommand: %s" % pick("uvicorn app.main:app --host 0.0.0.0 --port $PORT", "npm start"), "    envVars:"]
    for e in ents:
        lines.append("      - key: %s" % e[0])
        if e[1] == "lit":
            lines.append("        value: %s" % yq(e[2]))
        else:
            lines.append(pick("        sync: false", "        fromGroup: %s-secrets" % app()))
    if chance(0.4):
        lines += ["      - key: SESSION_SECRET", "        generateValue: true"]
    return "render.yaml", "\n".join(lines) + "\n"


def t_streamlit_secrets(c, v):
    if v.mode == "ref":
        return None
    ents = mk_ents(c, v, R.randint(0, 2))
    lines = ["# .streamlit/secrets.toml"]
    if chance(0.5):
        lines += ["%s = %s" % (e[0], tq(e[2])) for e in ents if e[1] == "lit"]
    else:
        sect = c.provider.replace("_", "")
        main = [e for e in ents if e[0] == c.env][0]
        rest = [e for e in ents if e[0] != c.env and e[1] == "lit"]
        lines += ["%s = %s" % (e[0], tq(e[2])) for e in rest]
        lines += ["", "[%s]" % sect, "%s = %s" % (pick("api_key", "token", "key") if not c.pw else "url", tq(main[2]))]
    return ".streamlit/secrets.toml", "\n".join(lines) + "\n"


def t_next_config(c, v):
    ents = mk_ents(c, v, R.randint(0, 2))
    ref = lambda n: "process.env.%s" % n
    ext = pick("js", "mjs", "ts")
    body = "\n".join("    %s: %s," % (e[0], ("'%s'" % e[2]) if e[1] == "lit" else ref(e[0])) for e in ents)
    if ext == "ts":
        head = "import type { NextConfig } from 'next';\n\nconst nextConfig: NextConfig = {\n"
        tail = "};\n\nexport default nextConfig;\n"
    elif ext == "mjs":
        head = "/** @type {import('next').NextConfig} */\nconst nextConfig = {\n"
        tail = "};\n\nexport default nextConfig;\n"
    else:
        head = "/** @type {import('next').NextConfig} */\nconst nextConfig = {\n"
        tail = "};\n\nmodule.exports = nextConfig;\n"
    mid = "  reactStrictMode: true,\n  env: {\n%s\n  },\n  images: { remotePatterns: [{ protocol: 'https', hostname: '**.supabase.co' }] },\n" % body
    return "next.config.%s" % ext, head + mid + tail


def t_vite_config(c, v):
    e = (c.env, v.mode, v.text)
    name = "VITE_" + c.env if not c.env.startswith("VITE_") else c.env
    val = "JSON.stringify('%s')" % v.text if v.mode == "lit" else "JSON.stringify(process.env.%s)" % c.env
    txt = ("import { defineConfig } from 'vite';\nimport react from '@vitejs/plugin-react';\n\n"
           "export default defineConfig({\n  plugins: [react()],\n  define: {\n    'import.meta.env.%s': %s,\n  },\n"
           "  server: { port: 5173 },\n});\n") % (name, val)
    return "vite.config.ts", txt


def t_dockerfile(c, v):
    ents = mk_ents(c, v, R.randint(0, 2))
    base = pick("python:3.12-slim", "node:22-alpine", "python:3.11-slim-bookworm")
    lines = ["FROM %s" % base, "WORKDIR /app"]
    for e in ents:
        if e[1] == "lit":
            lines.append("%s %s=%s" % (pick("ENV", "ENV", "ARG"), e[0], e[2] if not re.search(r"[\s&?]", e[2]) else jd(e[2])))
        else:
            lines.append("ARG %s" % e[0])
    if "python" in base:
        lines += ["COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .",
                  'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]']
    else:
        lines += ["COPY package*.json ./", "RUN npm ci --omit=dev", "COPY . .", 'CMD ["node", "dist/server.js"]']
    return pick("Dockerfile", "docker/Dockerfile", "Dockerfile.agent"), "\n".join(lines) + "\n"


def t_serverless_yml(c, v):
    ents = mk_ents(c, v, R.randint(0, 2))
    ref = lambda n: pick("${env:%s}" % n, "${ssm:/%s/prod/%s}" % (app(), n.lower()), "${param:%s}" % n.lower())
    lines = ["service: %s" % app(), "frameworkVersion: '4'", "", "provider:", "  name: aws", "  runtime: %s" % pick("python3.12", "nodejs20.x"),
             "  region: %s" % db_region(), "  environment:"]
    lines += ["    %s: %s" % (e[0], yq(e[2]) if e[1] == "lit" else ref(e[0])) for e in ents]
    lines += ["", "functions:", "  chat:", "    handler: %s" % pick("handler.chat", "src/handler.main"), "    timeout: 29",
              "    events:", "      - httpApi:", "          path: /chat", "          method: post"]
    return "serverless.yml", "\n".join(lines) + "\n"


def t_shell_export(c, v):
    ents = mk_ents(c, v, R.randint(0, 2))
    ref = lambda n: pick('"${%s:?%s is not set}"' % (n, n), '"$(op read "op://Dev/%s/credential")"' % n.lower(),
                         '"$(doppler secrets get %s --plain)"' % n, '"$(aws secretsmanager get-secret-value --secret-id %s --query SecretString --output text)"' % n.lower())
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", "# local dev environment for %s" % app()]
    for e in ents:
        if e[1] == "lit":
            lines.append("export %s=%s" % (e[0], pick('"%s"' % e[2], "'%s'" % e[2], e[2] if not re.search(r"[&?;$ ]", e[2]) else '"%s"' % e[2])))
        else:
            lines.append("export %s=%s" % (e[0], ref(e[0])))
    lines += ["", pick("uvicorn app.main:app --reload", "npm run dev", "python -m agent.run \"$@\"", "langgraph dev")]
    return pick("scripts/dev.sh", "env.sh", "setup.sh", "scripts/run-local.sh", ".envrc"), "\n".join(lines) + "\n"


def t_makefile(c, v):
    ents = mk_ents(c, v, R.randint(0, 1))
    lines = []
    for e in ents:
        if e[1] == "lit":
            lines.append("export %s %s %s" % (e[0], pick("=", "?=", ":="), e[2]))
        else:
            lines.append("export %s ?= $(shell op read op://Dev/%s/credential)" % (e[0], e[0].lower()))
    lines += ["", ".PHONY: dev evals", "", "dev:", "\tuv run uvicorn app.main:app --reload", "", "evals:", "\tuv run python -m evals.run --model %s" % model_of(c)]
    return "Makefile", "\n".join(lines) + "\n"


def t_claude_settings(c, v):
    ents = mk_ents(c, v, R.randint(0, 2))
    env = {e[0]: e[2] for e in ents if e[1] == "lit"}
    doc = {"$schema": "https://json.schemastore.org/claude-code-settings.json", "env": env,
           "permissions": {"allow": ["Bash(npm run test:*)", "Bash(uv run pytest:*)", "Read(~/.zshrc)"], "deny": ["Read(./.env)", "Read(./secrets/**)"]}}
    if v.mode == "ref":
        doc["apiKeyHelper"] = pick("~/bin/claude-key.sh", "op read op://Private/Anthropic/credential")
    return pick(".claude/settings.json", ".claude/settings.local.json"), json.dumps(doc, indent=2) + "\n"


def t_pulumi(c, v):
    ents = mk_ents(c, v, R.randint(0, 2))
    proj = app()
    lines = ["config:", "  aws:region: %s" % db_region()]
    for e in ents:
        key = "%s:%s" % (proj, re.sub(r"_([a-z])", lambda m: m.group(1).upper(), e[0].lower()))
        if e[1] == "lit":
            lines.append("  %s: %s" % (key, yq(e[2])))
        else:
            lines += ["  %s:" % key, "    secure: v1:%s:%s" % (b64e(rbytes(12)), b64e(rbytes(R.randint(40, 90))))]
    return "Pulumi.%s.yaml" % pick("dev", "prod", "staging"), "\n".join(lines) + "\n"


def t_terraform_envvar(c, v):
    proj = app()
    val = jd(v.text) if v.mode == "lit" else pick("var.%s" % c.env.lower(), "data.aws_ssm_parameter.%s.value" % c.env.lower())
    kind = pick("vercel", "netlify", "render", "flyio")
    if kind == "vercel" or True:
        txt = ('resource "vercel_project" "%s" {\n  name      = "%s"\n  framework = "nextjs"\n}\n\n'
               'resource "vercel_project_environment_variable" "%s" {\n  project_id = vercel_project.%s.id\n'
               '  key        = "%s"\n  value      = %s\n  target     = ["production", "preview"]\n  sensitive  = true\n}\n') % (
            proj.replace("-", "_"), proj, c.env.lower(), proj.replace("-", "_"), c.env, val)
    if v.mode == "ref":
        txt = 'variable "%s" {\n  type      = string\n  sensitive = true\n}\n\n' % c.env.lower() + txt
    return pick("infra/vercel.tf", "terraform/env.tf", "main.tf"), txt


def t_supabase_config(c, v):
    ents = mk_ents(c, v, R.randint(0, 2))
    lines = ['project_id = "%s"' % app(), "", "[api]", "enabled = true", "port = 54321", "", "[db]", "port = 54322",
             "major_version = 15", "", "[edge_runtime]", "enabled = true", 'policy = "per_worker"', "", "[edge_runtime.secrets]"]
    for e in ents:
        lines.append("%s = %s" % (e[0], tq(e[2] if e[1] == "lit" else "env(%s)" % e[0])))
    return "supabase/config.toml", "\n".join(lines) + "\n"


def t_expo_app_json(c, v):
    if v.mode == "ref":
        return None
    key = re.sub(r"_([a-z])", lambda m: m.group(1).upper(), c.env.lower())
    doc = {"expo": {"name": app(), "slug": app(), "version": "1.0.0", "orientation": "portrait",
                    "ios": {"bundleIdentifier": "com.%s.%s" % (org().replace("-", ""), app().replace("-", ""))},
                    "extra": {key: v.text, "eas": {"projectId": ruuid()}}}}
    return "app.json", json.dumps(doc, indent=2) + "\n"


def t_modal_secret(c, v):
    ents = mk_ents(c, v, R.randint(0, 1))
    if v.mode == "ref":
        sec = "modal.Secret.from_name(%s)" % jd("%s-secrets" % c.provider.replace("_", "-"))
    else:
        sec = "modal.Secret.from_dict({\n    %s\n})" % ",\n    ".join("%s: %s" % (jd(e[0]), jd(e[2])) for e in ents if e[1] == "lit")
    txt = ("import modal\n\napp = modal.App(%s)\nimage = modal.Image.debian_slim().pip_install(\"openai\", \"fastapi[standard]\")\n\n"
           "secret = %s\n\n\n@app.function(image=image, secrets=[secret], timeout=600)\ndef run(prompt: str) -> str:\n"
           "    import os\n    from openai import OpenAI\n\n    client = OpenAI()\n    return client.responses.create(model=%s, input=prompt).output_text\n") % (
        jd(app()), sec, jd(model_of(c)))
    return pick("modal_app.py", "deploy/modal_app.py"), txt


def t_readme(c, v):
    a = app()
    head = ["# %s" % a, "", pick("An AI agent that answers questions about your docs.", "Voice notes -> summaries.",
                                 "RAG playground built with LangChain and Next.js.", "Minimal %s example." % c.provider), "",
            "## Quick start", "", "```bash", "git clone https://github.com/%s/%s.git" % (org(), a), "cd %s" % a,
            pick("uv sync", "pip install -r requirements.txt", "pnpm install")]
    if v.mode == "ref":
        head += ["cp .env.example .env   # then fill in %s" % c.env]
    else:
        head += ["export %s=%s" % (c.env, v.text if not re.search(r"[&?;]", v.text) else "'%s'" % v.text)]
        for k, x in c.comp():
            head.append("export %s=%s" % (k, x))
    head += [pick("uv run python main.py", "pnpm dev", "streamlit run app.py", "python app.py"), "```", ""]
    if chance(0.6):
        head += ["## Environment", "", "| Variable | Description |", "| --- | --- |",
                 "| `%s` | %s |" % (c.env, pick("Your API key", "API key from the provider dashboard", "Token used by the agent")),
                 "| `LLM_MODEL` | Model name, default `%s` |" % model_of(c), ""]
    return "README.md", "\n".join(head) + "\n"


def t_postman_env(c, v):
    ents = mk_ents(c, v, R.randint(0, 2))
    vals = []
    for e in ents:
        vals.append({"key": e[0].lower(), "value": e[2] if e[1] == "lit" else "{{vault:%s}}" % e[0].lower().replace("_", "-"),
                     "type": "secret" if e[0] == c.env else "default", "enabled": True})
    doc = {"id": ruuid(), "name": "%s - %s" % (app(), pick("prod", "staging", "local")), "values": vals,
           "_postman_variable_scope": "environment", "_postman_exported_at": "2025-%02d-%02dT10:%02d:11.204Z" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 59)),
           "_postman_exported_using": "Postman/11.%d.%d" % (R.randint(1, 40), R.randint(0, 9))}
    return "postman/%s.postman_environment.json" % app(), json.dumps(doc, indent="\t") + "\n"


def t_bruno_env(c, v):
    ents = mk_ents(c, v, R.randint(0, 2))
    lits = [e for e in ents if e[1] == "lit"]
    refs = [e[0] for e in ents if e[1] == "ref"]
    lines = ["vars {"] + ["  %s: %s" % (e[0].lower(), e[2]) for e in lits] + ["}"]
    if refs:
        lines += ["vars:secret ["] + ["  %s%s" % (r.lower(), "," if i < len(refs) - 1 else "") for i, r in enumerate(refs)] + ["]"]
    return "bruno/environments/%s.bru" % pick("Production", "Local", "Staging"), "\n".join(lines) + "\n"


def t_spring(c, v):
    ref = lambda n: "${%s}" % n
    val = v.text if v.mode == "lit" else ref(c.env)
    if c.llm_name in ("openai", "anthropic", "mistral") and not c.pw:
        prov = c.llm_name
        lines = ["spring:", "  application:", "    name: %s" % app(), "  ai:", "    %s:" % prov, "      api-key: %s" % yq(val),
                 "      chat:", "        options:", "          model: %s" % model_of(c)]
    elif c.pw:
        m = re.match(r"^(postgres(?:ql)?|mysql)://([^:/@]+):([^@]*)@([^/?]+)(/[^?]*)?(\?.*)?$", val)
        if m:
            kind = "postgresql" if m.group(1).startswith("postgres") else "mysql"
            jdbc = "jdbc:%s://%s%s%s" % (kind, m.group(4), m.group(5) or "/", m.group(6) or "")
            lines = ["spring:", "  datasource:", "    url: %s" % yq(jdbc), "    username: %s" % yq(m.group(2)),
                     "    password: %s" % yq(m.group(3))]
        elif val.startswith("mongodb"):
            lines = ["spring:", "  data:", "    mongodb:", "      uri: %s" % yq(val)]
        elif val.startswith("redis"):
            lines = ["spring:", "  data:", "    redis:", "      url: %s" % yq(val)]
        else:
            lines = ["spring:", "  datasource:", "    url: %s" % yq(val)]
    else:
        key = c.env.lower().replace("_", "-")
        lines = ["app:", "  %s:" % c.provider.replace("_", "-"), "    %s: %s" % (key, yq(val)), "server:", "  port: 8080"]
    return "src/main/resources/application%s.yml" % pick("", "-prod", "-local"), "\n".join(lines) + "\n"


def t_appsettings(c, v):
    if v.mode == "ref":
        return None
    sect = {"openai": "OpenAI", "azure_openai": "AzureOpenAI"}.get(c.provider, c.provider.replace("_", " ").title().replace(" ", ""))
    inner = {"ApiKey": v.text} if not c.pw else {"ConnectionString": v.text}
    if c.llm:
        inner["ChatModelId"] = model_of(c)
    for k, x in c.comp():
        inner[re.sub(r"_([a-z])", lambda m: m.group(1).upper(), k.lower().split("_", 1)[-1]).capitalize()] = x
    doc = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}, sect: inner, "AllowedHosts": "*"}
    return pick("appsettings.json", "appsettings.Development.json", "src/Api/appsettings.json"), json.dumps(doc, indent=2) + "\n"


def t_litellm_env(c, v):
    ents = mk_ents(c, v, R.randint(0, 2))
    lines = ["model_list:", "  - model_name: default", "    litellm_params:", "      model: %s" % pick("openai/gpt-4o-mini", "anthropic/claude-3-5-haiku-20241022"),
             "      api_key: os.environ/%s" % pick("OPENAI_API_KEY", "ANTHROPIC_API_KEY"), "", "environment_variables:"]
    for e in ents:
        lines.append("  %s: %s" % (e[0], yq(e[2]) if e[1] == "lit" else jd("os.environ/%s" % e[0])))
    return pick("litellm_config.yaml", "proxy/config.yaml"), "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------
# code
# ------------------------------------------------------------------------------------
def py_expr(c, v, var=None):
    if v.mode == "lit":
        return pyq(v.text)
    return pick('os.environ["%s"]' % c.env, 'os.getenv("%s")' % c.env, 'os.environ.get("%s")' % c.env,
                'settings.%s' % c.env.lower())


def ts_expr(c, v, deno=False):
    if v.mode == "lit":
        return "'%s'" % v.text
    if deno:
        return "Deno.env.get('%s')!" % c.env
    return pick("process.env.%s!" % c.env, "process.env.%s" % c.env, "process.env.%s ?? ''" % c.env, "env.%s" % c.env)


def py_prelude(expr):
    out = []
    if "os." in expr:
        out.append("import os")
    if expr.startswith("settings."):
        out.append("from app.config import settings")
    return out


def py_consts(c, v):
    """Either a module constant holding the key, or the key inline. -> (lines, expr)"""
    e = py_expr(c, v)
    if chance(0.5):
        name = pick(c.env, c.env, "API_KEY", "_%s" % c.env)
        return ["%s = %s" % (name, e)], name
    return [], e


def usage_py(c):
    if c.llm:
        return pick('resp = client.chat.completions.create(\n    model="%s",\n    messages=[{"role": "user", "content": "ping"}],\n)\nprint(resp.choices[0].message.content)' % model_of(c),
                    "# client is shared by the request handlers below")
    return "# shared client"


def t_py_sdk(c, v):
    if not c.py:
        return None
    pre, e = py_consts(c, v)
    snippet = c.py(e)
    lines = ['"""%s client setup."""' % c.provider.replace("_", " ").title()] + py_prelude(e)
    imp = [l for l in snippet.split("\n") if l.startswith(("import ", "from "))]
    rest = "\n".join(l for l in snippet.split("\n") if not l.startswith(("import ", "from "))).strip("\n")
    lines += imp + [""] + pre + [rest, ""]
    if c.llm and "OpenAI(" in snippet:
        lines.append(usage_py(c))
    return pick("app/clients.py", "src/%s/llm.py" % app().replace("-", "_"), "scripts/smoke_%s.py" % c.provider, "main.py", "lib/%s_client.py" % c.provider), "\n".join(lines) + "\n"


def t_py_langchain(c, v):
    if not c.llm:
        return None
    mod, cls, kw = c.llm["lc"]
    e = py_expr(c, v)
    extra = ""
    if c.llm_name == "openrouter":
        extra = ',\n    base_url="https://openrouter.ai/api/v1"'
    if cls == "HuggingFaceEndpoint":
        init = '%s(\n    repo_id="%s",\n    %s=%s,\n    max_new_tokens=512,\n)' % (cls, model_of(c), kw, e)
    else:
        init = '%s(\n    model="%s",\n    %s=%s,\n    temperature=0%s,\n)' % (cls, model_of(c), kw, e, extra)
    lines = py_prelude(e) + ["from %s import %s" % (mod, cls), "from langchain_core.prompts import ChatPromptTemplate",
                             "from langchain_core.output_parsers import StrOutputParser", ""]
    lines += ["llm = " + init, "", 'prompt = ChatPromptTemplate.from_messages([\n    ("system", "You are a concise assistant for {product}."),\n    ("human", "{question}"),\n])',
              "chain = prompt | llm | StrOutputParser()", "", 'if __name__ == "__main__":',
              '    print(chain.invoke({"product": "%s", "question": "What changed in the last release?"}))' % app()]
    return pick("chains/qa.py", "app/chain.py", "agent.py", "src/graph/llm.py"), "\n".join(lines) + "\n"


def t_py_llamaindex(c, v):
    if not c.llm:
        return None
    mod, cls, kw = c.llm["li"]
    e = py_expr(c, v)
    extra = ', api_base="%s", is_chat_model=True' % c.llm["base"] if cls == "OpenAILike" else ""
    mdl = 'model_name="%s"' % model_of(c) if cls == "HuggingFaceInferenceAPI" else 'model="%s"' % model_of(c)
    lines = py_prelude(e) + ["from llama_index.core import Settings, SimpleDirectoryReader, VectorStoreIndex",
                             "from llama_index.embeddings.huggingface import HuggingFaceEmbedding", "from %s import %s" % (mod, cls), "",
                             "Settings.llm = %s(%s, %s=%s%s)" % (cls, mdl, kw, e, extra),
                             'Settings.embed_model = HuggingFaceEmbedding(model_name="BAAI/bge-small-en-v1.5")', "",
                             'documents = SimpleDirectoryReader("data").load_data()', "index = VectorStoreIndex.from_documents(documents)",
                             "query_engine = index.as_query_engine(similarity_top_k=4)", "",
                             'print(query_engine.query("Summarise the onboarding guide."))']
    return pick("rag/index.py", "llamaindex_app.py", "app/rag.py"), "\n".join(lines) + "\n"


def t_py_crewai(c, v):
    e = py_expr(c, v)
    lines = ["from crewai import Agent, Crew, LLM, Process, Task"]
    if c.llm and chance(0.6):
        lines = py_prelude(e) + lines + ["", 'llm = LLM(model="%s/%s", api_key=%s, temperature=0.3)' % (c.llm["crew"], model_of(c).split("/")[-1] if c.llm_name != "openrouter" else model_of(c), e)]
        llm = "llm"
    else:
        if v.mode == "lit":
            lines = ["import os", ""] + lines + ["", "os.environ[%s] = %s" % (jd(c.env), pyq(v.text))]
        else:
            lines = ["import os", ""] + lines + ["", 'assert os.environ.get("%s"), "export %s first"' % (c.env, c.env)]
        llm = '"%s"' % pick("gpt-4o-mini", "anthropic/claude-3-5-haiku-20241022")
    lines += ["", "researcher = Agent(", '    role="Market researcher",', '    goal="Find recent news about {topic}",',
              '    backstory="You dig through sources and cite them.",', "    llm=%s," % llm, "    verbose=True,", ")", "",
              "task = Task(", '    description="Collect 5 recent developments about {topic}.",', '    expected_output="A bulleted list with links.",',
              "    agent=researcher,", ")", "", "crew = Crew(agents=[researcher], tasks=[task], process=Process.sequential)", "",
              'if __name__ == "__main__":', '    print(crew.kickoff(inputs={"topic": "vector databases"}))']
    return pick("crew.py", "src/%s/crew.py" % app().replace("-", "_"), "agents/research_crew.py"), "\n".join(lines) + "\n"


def t_py_autogen(c, v):
    if not c.llm:
        return None
    e = py_expr(c, v)
    if c.llm_name == "anthropic":
        imp = "from autogen_ext.models.anthropic import AnthropicChatCompletionClient"
        init = 'AnthropicChatCompletionClient(model="%s", api_key=%s)' % (model_of(c), e)
    else:
        imp = "from autogen_ext.models.openai import OpenAIChatCompletionClient"
        base = (',\n    base_url="%s",\n    model_info={"vision": False, "function_calling": True, "json_output": True, "family": "unknown", "structured_output": True}' % c.llm["base"]) if c.llm_name != "openai" and c.llm["base"] else ""
        init = 'OpenAIChatCompletionClient(\n    model="%s",\n    api_key=%s%s,\n)' % (model_of(c), e, base)
    lines = ["import asyncio"] + py_prelude(e) + ["", "from autogen_agentchat.agents import AssistantAgent", "from autogen_agentchat.ui import Console", imp, "",
                                                  "model_client = " + init, "",
                                                  'agent = AssistantAgent("assistant", model_client=model_client, system_message="You are helpful.")', "", "",
                                                  "async def main() -> None:", '    await Console(agent.run_stream(task="Plan a 3-day trip to Lisbon."))',
                                                  "    await model_client.close()", "", "", 'if __name__ == "__main__":', "    asyncio.run(main())"]
    return pick("autogen_app.py", "agents/team.py"), "\n".join(lines) + "\n"


def t_oai_config_list(c, v):
    if not c.llm or v.mode == "ref":
        return None
    ent = {"model": model_of(c), "api_key": v.text}
    if c.llm_name in ("anthropic", "gemini", "mistral", "together", "groq", "cohere"):
        ent["api_type"] = {"gemini": "google"}.get(c.llm_name, c.llm_name)
    elif c.llm_name != "openai" and c.llm["base"]:
        ent["base_url"] = c.llm["base"]
    others = [{"model": "llama3.1:8b", "base_url": "http://localhost:11434/v1", "api_key": "ollama", "price": [0, 0]}]
    lst = others + [ent] if chance(0.5) else [ent] + others
    return pick("OAI_CONFIG_LIST", "OAI_CONFIG_LIST.json", "config/OAI_CONFIG_LIST"), json.dumps(lst, indent=4) + "\n"


def t_py_gradio(c, v):
    if not (c.llm and "OpenAI(" in c.py("K")):
        return None
    pre, e = py_consts(c, v)
    snippet = c.py(e)
    lines = ["import gradio as gr"] + py_prelude(e) + [l for l in snippet.split("\n") if l.startswith(("import", "from"))] + [""] + pre
    lines += [l for l in snippet.split("\n") if not l.startswith(("import", "from")) and l.strip()] + ["", "",
              "def respond(message, history):",
              '    msgs = [{"role": m["role"], "content": m["content"]} for m in history]',
              '    msgs.append({"role": "user", "content": message})',
              '    out = client.chat.completions.create(model="%s", messages=msgs)' % model_of(c),
              "    return out.choices[0].message.content", "", "",
              'demo = gr.ChatInterface(respond, type="messages", title="%s")' % app(), "", 'if __name__ == "__main__":',
              '    demo.launch(server_name="0.0.0.0", server_port=7860)']
    return pick("app.py", "space/app.py"), "\n".join(lines) + "\n"


def t_py_streamlit_app(c, v):
    if not c.llm or "OpenAI(" not in c.py("K"):
        return None
    if v.mode == "lit":
        keyline = pick('api_key = st.sidebar.text_input("%s API key", value=%s, type="password")' % (c.provider.title(), pyq(v.text)),
                       "api_key = %s" % pyq(v.text))
    else:
        keyline = pick('api_key = st.secrets["%s"]' % c.env, 'api_key = st.sidebar.text_input("API key", type="password") or st.secrets.get("%s")' % c.env)
    snippet = c.py("api_key")
    lines = ["import streamlit as st"] + [l for l in snippet.split("\n") if l.startswith(("import", "from"))] + ["",
             'st.set_page_config(page_title="%s")' % app(), 'st.title("%s")' % app().replace("-", " ").title(), "", keyline]
    lines += [l for l in snippet.split("\n") if not l.startswith(("import", "from")) and l.strip()]
    lines += ["", 'if prompt := st.chat_input("Ask something"):', '    with st.chat_message("user"):', "        st.write(prompt)",
              "    out = client.chat.completions.create(", '        model="%s",' % model_of(c), '        messages=[{"role": "user", "content": prompt}],', "    )",
              '    st.chat_message("assistant").write(out.choices[0].message.content)']
    return pick("streamlit_app.py", "app.py", "pages/1_Chat.py"), "\n".join(lines) + "\n"


def nb(cells):
    out = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                      "language_info": {"name": "python", "version": "3.11.9"}}, "nbformat": 4, "nbformat_minor": 5}
    for i, (kind, src) in enumerate(cells):
        lines = src.split("\n")
        source = [l + "\n" for l in lines[:-1]] + [lines[-1]]
        cell = {"cell_type": kind, "id": rhex(8), "metadata": {}, "source": source}
        if kind == "code":
            cell["execution_count"] = i + 1
            cell["outputs"] = []
        out["cells"].append(cell)
    return json.dumps(out, indent=1) + "\n"


def t_notebook(c, v):
    cells = [("markdown", "# %s\n\nExploring %s from a notebook." % (app().replace("-", " ").title(), c.provider)),
             ("code", "%pip install -q " + pick("openai", "langchain-openai", "requests", "httpx"))]
    if v.mode == "lit":
        style = pick("env", "environ", "client") if c.py else pick("env", "environ")
        if style == "env":
            cells.append(("code", "%%env %s=%s" % (c.env, v.text)))
        elif style == "environ":
            cells.append(("code", "import os\n\nos.environ[%s] = %s" % (jd(c.env), jd(v.text))))
        else:
            cells.append(("code", c.py(jd(v.text))))
    else:
        cells.append(("code", pick('import os\nfrom getpass import getpass\n\nos.environ["%s"] = getpass("%s: ")' % (c.env, c.env),
                                   'from google.colab import userdata\nimport os\n\nos.environ["%s"] = userdata.get("%s")' % (c.env, c.env),
                                   'from dotenv import load_dotenv\nload_dotenv()\nimport os\nassert os.getenv("%s")' % c.env)))
    cells.append(("code", pick("resp = client.chat.completions.create(model=%s, messages=[{\"role\": \"user\", \"content\": \"hi\"}])\nresp" % jd(model_of(c)),
                               "import pandas as pd\ndf = pd.read_csv(\"data/tickets.csv\")\ndf.head()")))
    return pick("notebooks/%s.ipynb" % pick("explore", "eval", "quickstart", "rag_demo"), "%s_demo.ipynb" % c.provider), nb(cells)


def hexpr_py(x, e, v):
    if "__K__" not in x:
        return jd(x)
    if x == "__K__":
        return e
    pre, post = x.split("__K__", 1)
    if e[:1] in "\"'":
        return jd(pre + v.text + post)
    if re.match(r"^[A-Za-z_][A-Za-z0-9_.]*$", e):
        return 'f"%s{%s}%s"' % (pre, e, post)
    return "%s + %s" % (jd(pre), e) + (" + %s" % jd(post) if post else "")


def hexpr_ts(x, e, v):
    if "__K__" not in x:
        return "'%s'" % x
    if x == "__K__":
        return e
    pre, post = x.split("__K__", 1)
    if e.startswith("'"):
        return "'%s'" % (pre + v.text + post)
    return "`%s${%s}%s`" % (pre, e, post)


def headers_py(c, e, v):
    return ", ".join('"%s": %s' % (h, hexpr_py(x, e, v)) for h, x in c.http[2]("__K__"))


def headers_ts(c, e, v, indent=4):
    return (",\n" + " " * indent).join("'%s': %s" % (h, hexpr_ts(x, e, v)) for h, x in c.http[2]("__K__"))


def t_py_requests(c, v):
    if not c.http:
        return None
    method, url, _ = c.http
    e = py_expr(c, v)
    lines = ["import json"] + py_prelude(e) + ["", "import requests", "", "HEADERS = {%s, \"Content-Type\": \"application/json\"}" % headers_py(c, e, v), "",
             "resp = requests.%s(" % method.lower(), '    "%s",' % url, "    headers=HEADERS,"]
    if method == "POST":
        lines.append('    json={"model": "%s", "messages": [{"role": "user", "content": "hello"}]},' % model_of(c) if c.llm else "    json={},")
    lines += ["    timeout=30,", ")", "resp.raise_for_status()", "print(json.dumps(resp.json(), indent=2)[:2000])"]
    return pick("scripts/check_%s.py" % c.provider, "tools/%s_smoke.py" % c.provider, "probe.py"), "\n".join(lines) + "\n"


def t_py_fastapi(c, v):
    if not c.http:
        return None
    method, url, _ = c.http
    pre, e = py_consts(c, v)
    lines = ["from fastapi import FastAPI, HTTPException", "import httpx"] + py_prelude(e) + ["", "app = FastAPI(title=%s)" % jd(app())] + [""] + pre
    lines += ["", "", "@app.post(\"/proxy\")", "async def proxy(payload: dict):", "    async with httpx.AsyncClient(timeout=60) as http:",
              "        r = await http.request(", '            "%s",' % method, '            "%s",' % url, "            headers={%s}," % headers_py(c, e, v),
              "            json=payload,", "        )", "    if r.status_code >= 400:", "        raise HTTPException(r.status_code, r.text)",
              "    return r.json()"]
    return pick("app/main.py", "main.py", "api/server.py"), "\n".join(lines) + "\n"


def t_py_lambda(c, v):
    if not c.http:
        return None
    method, url, _ = c.http
    e = py_expr(c, v)
    lines = ["import json"] + py_prelude(e) + ["import urllib.request", "", "", "def handler(event, context):",
             '    body = json.loads(event.get("body") or "{}")',
             "    req = urllib.request.Request(", '        "%s",' % url, '        method="%s",' % method,
             "        data=json.dumps(body).encode(),", "        headers={%s, \"Content-Type\": \"application/json\"}," % headers_py(c, e, v), "    )",
             "    with urllib.request.urlopen(req, timeout=25) as r:", '        return {"statusCode": 200, "body": r.read().decode()}']
    return pick("handler.py", "lambda/handler.py", "functions/chat/handler.py"), "\n".join(lines) + "\n"


def t_py_fastmcp(c, v):
    if not c.http:
        return None
    method, url, _ = c.http
    pre, e = py_consts(c, v)
    lines = ["import httpx"] + py_prelude(e) + ["from mcp.server.fastmcp import FastMCP", "", 'mcp = FastMCP("%s")' % c.provider] + [""] + pre + ["", "",
             "@mcp.tool()", "async def call_%s(payload: dict) -> dict:" % c.provider, '    """Forward a request to the %s API."""' % c.provider,
             "    async with httpx.AsyncClient() as http:",
             '        r = await http.request("%s", "%s", headers={%s}, json=payload)' % (method, url, headers_py(c, e, v)),
             "        return r.json()", "", "", 'if __name__ == "__main__":', '    mcp.run(transport="stdio")']
    return pick("server.py", "mcp_server.py", "src/%s_mcp/server.py" % c.provider), "\n".join(lines) + "\n"


def t_ts_sdk(c, v):
    if not c.ts:
        return None
    e = ts_expr(c, v)
    if v.mode == "lit" and chance(0.5):
        name = pick("API_KEY", c.env, re.sub(r"_([a-z])", lambda m: m.group(1).upper(), c.env.lower()))
        pre = "const %s = %s;\n" % (name, e)
        e = name
    else:
        pre = ""
    sn = c.ts(e)
    imp = "\n".join(l for l in sn.split("\n") if l.startswith("import "))
    rest = "\n".join(l for l in sn.split("\n") if not l.startswith("import ")).strip("\n")
    txt = imp + "\n\n" + pre + rest.replace("const ", "export const ", 1) + "\n"
    return pick("src/lib/%s.ts" % c.provider, "lib/%s.ts" % c.provider, "server/clients/%s.ts" % c.provider, "src/%s.mjs" % c.provider), txt


def t_ts_aisdk(c, v):
    if not c.llm:
        return None
    if c.llm["aisdk"]:
        pkg, fn = c.llm["aisdk"]
        init = "%s({\n  apiKey: %s,\n})" % (fn, ts_expr(c, v))
        imp = "import { %s } from '%s';" % (fn, pkg)
    else:
        pkg, fn = "@ai-sdk/openai-compatible", "createOpenAICompatible"
        init = "%s({\n  name: '%s',\n  baseURL: '%s',\n  apiKey: %s,\n})" % (fn, c.provider, c.llm["base"], ts_expr(c, v))
        imp = "import { %s } from '%s';" % (fn, pkg)
    var = c.provider.replace("_", "")
    txt = ("import { streamText, convertToModelMessages, type UIMessage } from 'ai';\n%s\n\nconst %s = %s;\n\nexport const maxDuration = 30;\n\n"
           "export async function POST(req: Request) {\n  const { messages }: { messages: UIMessage[] } = await req.json();\n"
           "  const result = streamText({\n    model: %s('%s'),\n    system: 'You are a helpful assistant.',\n    messages: convertToModelMessages(messages),\n  });\n"
           "  return result.toUIMessageStreamResponse();\n}\n") % (imp, var, init, var, model_of(c))
    return pick("app/api/chat/route.ts", "src/app/api/chat/route.ts", "app/api/agent/route.ts"), txt


def t_ts_worker(c, v):
    if not c.http:
        return None
    method, url, _ = c.http
    e = "env.%s" % c.env if v.mode == "ref" else "'%s'" % v.text
    pre = ""
    if v.mode == "lit" and chance(0.5):
        pre = "const %s = %s;\n\n" % (c.env, e)
        e = c.env
    txt = ("export interface Env {\n  AI_CACHE: KVNamespace;\n%s}\n\n%sexport default {\n  async fetch(request: Request, env: Env): Promise<Response> {\n"
           "    const body = await request.text();\n    const upstream = await fetch('%s', {\n      method: '%s',\n      headers: {\n        %s,\n"
           "        'Content-Type': 'application/json',\n      },\n      body: %s,\n    });\n    return new Response(upstream.body, { status: upstream.status });\n  },\n};\n") % (
        ("  %s: string;\n" % c.env) if v.mode == "ref" else "", pre, url, method, headers_ts(c, e, v, 8), "body" if method == "POST" else "undefined")
    return pick("src/index.ts", "workers/proxy/src/index.ts"), txt


def t_ts_edge_fn(c, v):
    if not c.http:
        return None
    method, url, _ = c.http
    kind = pick("supabase", "vercel", "netlify", "deno")
    deno = kind in ("supabase", "deno")
    e = ts_expr(c, v, deno=deno)
    hs = headers_ts(c, e, v, 6)
    call = ("  const upstream = await fetch('%s', {\n    method: '%s',\n    headers: {\n      %s,\n      'Content-Type': 'application/json',\n    },\n"
            "    body: %s,\n  });\n") % (url, method, hs, "await req.text()" if method == "POST" else "undefined")
    if kind == "supabase":
        txt = "import 'jsr:@supabase/functions-js/edge-runtime.d.ts';\n\nDeno.serve(async (req) => {\n%s  return new Response(await upstream.text(), { headers: { 'Content-Type': 'application/json' } });\n});\n" % call
        path = "supabase/functions/%s/index.ts" % pick("chat", "summarize", "embed", "webhook")
    elif kind == "vercel":
        txt = "export const config = { runtime: 'edge' };\n\nexport default async function handler(req: Request) {\n%s  return new Response(upstream.body, { status: upstream.status });\n}\n" % call
        path = "api/%s.ts" % pick("chat", "proxy", "generate")
    elif kind == "netlify":
        txt = "import type { Context } from '@netlify/functions';\n\nexport default async (req: Request, context: Context) => {\n%s  return new Response(upstream.body, { status: upstream.status });\n};\n" % call
        path = "netlify/functions/%s.mts" % pick("chat", "proxy", "generate")
    else:
        txt = "// deno run --allow-net --allow-env main.ts\nDeno.serve({ port: 8000 }, async (req) => {\n%s  return new Response(upstream.body, { status: upstream.status });\n});\n" % call
        path = "main.ts"
    return path, txt


def t_ts_fetch(c, v):
    if not c.http:
        return None
    method, url, _ = c.http
    e = ts_expr(c, v)
    if v.mode == "lit" and chance(0.5):
        pre = "const %s = %s;\n\n" % (pick("API_KEY", "TOKEN", c.env), e)
        e = pre.split(" ")[1]
    else:
        pre = ""
    txt = ("%sexport async function call%s(payload: unknown) {\n  const res = await fetch('%s', {\n    method: '%s',\n    headers: {\n      %s,\n"
           "      'Content-Type': 'application/json',\n    },\n%s  });\n  if (!res.ok) throw new Error(`%s ${res.status}`);\n  return res.json();\n}\n") % (
        pre, c.provider.title().replace("_", ""), url, method, headers_ts(c, e, v, 6), "    body: JSON.stringify(payload),\n" if method == "POST" else "", c.provider)
    return pick("src/api/%s.ts" % c.provider, "lib/%s-client.ts" % c.provider, "scripts/%s.mjs" % c.provider), txt


def t_go(c, v):
    e = '"%s"' % v.text if v.mode == "lit" else 'os.Getenv("%s")' % c.env
    imps = ['"context"', '"fmt"', '"log"']
    if v.mode == "ref":
        imps.append('"os"')
    if c.llm and c.llm_name == "anthropic" and chance(0.6):
        imps += ['"github.com/anthropics/anthropic-sdk-go"', '"github.com/anthropics/anthropic-sdk-go/option"']
        body = ("\tclient := anthropic.NewClient(option.WithAPIKey(%s))\n\tmsg, err := client.Messages.New(context.Background(), anthropic.MessageNewParams{\n"
                "\t\tModel:     anthropic.ModelClaude3_5HaikuLatest,\n\t\tMaxTokens: 512,\n\t\tMessages:  []anthropic.MessageParam{anthropic.NewUserMessage(anthropic.NewTextBlock(\"ping\"))},\n"
                "\t})\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tfmt.Println(msg.Content[0].Text)\n") % e
    elif c.llm and (c.llm_name == "openai" or c.llm["base"]):
        if chance(0.5):
            imps += ['"github.com/openai/openai-go"', '"github.com/openai/openai-go/option"']
            opts = "option.WithAPIKey(%s)" % e + ((", option.WithBaseURL(\"%s\")" % c.llm["base"]) if c.llm_name != "openai" else "")
            body = ("\tclient := openai.NewClient(%s)\n\tresp, err := client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{\n"
                    "\t\tModel:    \"%s\",\n\t\tMessages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(\"ping\")},\n\t})\n"
                    "\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tfmt.Println(resp.Choices[0].Message.Content)\n") % (opts, model_of(c))
        else:
            imps += ['openai "github.com/sashabaranov/go-openai"']
            cfg = "\tcfg := openai.DefaultConfig(%s)\n" % e + (("\tcfg.BaseURL = \"%s\"\n" % c.llm["base"]) if c.llm_name != "openai" else "")
            body = cfg + ("\tclient := openai.NewClientWithConfig(cfg)\n\tresp, err := client.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{\n"
                          "\t\tModel:    \"%s\",\n\t\tMessages: []openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleUser, Content: \"ping\"}},\n\t})\n"
                          "\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tfmt.Println(resp.Choices[0].Message.Content)\n") % model_of(c)
    elif c.http:
        method, url, hf = c.http
        imps += ['"net/http"', '"io"']
        sets = "".join('\treq.Header.Set("%s", %s)\n' % (h, ('"%s"' % x) if "__K__" not in x else (e if x == "__K__" else ('"%s"+%s' % (x.split("__K__")[0], e) if v.mode == "ref" else '"%s"' % x.replace("__K__", v.text))))
                       for h, x in hf("__K__"))
        body = ("\treq, err := http.NewRequestWithContext(context.Background(), \"%s\", \"%s\", nil)\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n%s"
                "\tresp, err := http.DefaultClient.Do(req)\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tdefer resp.Body.Close()\n\tb, _ := io.ReadAll(resp.Body)\n\tfmt.Println(string(b))\n") % (method, url, sets)
    else:
        return None
    if v.mode == "lit" and chance(0.5):
        const = "const %s = %s\n\n" % (pick("apiKey", "token", re.sub(r"_([a-z])", lambda m: m.group(1).upper(), c.env.lower())), e)
        body = body.replace(e, const.split(" ")[1])
    else:
        const = ""
    txt = "package main\n\nimport (\n%s\n)\n\n%sfunc main() {\n%s}\n" % ("\n".join("\t" + i for i in imps), const, body)
    return pick("main.go", "cmd/%s/main.go" % app(), "internal/llm/client.go".replace("client.go", "main.go")), txt


def t_rust(c, v):
    e = '"%s"' % v.text if v.mode == "lit" else 'std::env::var("%s")?' % c.env
    if c.llm and (c.llm_name == "openai" or c.llm["base"]) and c.llm_name != "anthropic":
        base = ('\n        .with_api_base("%s")' % c.llm["base"]) if c.llm_name != "openai" else ""
        txt = ("use async_openai::{config::OpenAIConfig, types::CreateChatCompletionRequestArgs, Client};\nuse async_openai::types::ChatCompletionRequestUserMessageArgs;\n\n"
               "#[tokio::main]\nasync fn main() -> Result<(), Box<dyn std::error::Error>> {\n    let config = OpenAIConfig::new()\n        .with_api_key(%s)%s;\n"
               "    let client = Client::with_config(config);\n    let request = CreateChatCompletionRequestArgs::default()\n        .model(\"%s\")\n"
               "        .messages([ChatCompletionRequestUserMessageArgs::default().content(\"ping\").build()?.into()])\n        .build()?;\n"
               "    let response = client.chat().create(request).await?;\n    println!(\"{:?}\", response.choices[0].message.content);\n    Ok(())\n}\n") % (e, base, model_of(c))
    elif c.http:
        method, url, hf = c.http
        hs = "".join('        .header("%s", %s)\n' % (h, ('"%s"' % x) if "__K__" not in x else (e if x == "__K__" else ('format!("%s{}", %s)' % (x.split("__K__")[0], e) if v.mode == "ref" else '"%s"' % x.replace("__K__", v.text))))
                     for h, x in hf("__K__"))
        txt = ("use reqwest::Client;\n\n#[tokio::main]\nasync fn main() -> Result<(), Box<dyn std::error::Error>> {\n    let client = Client::new();\n"
               "    let res = client\n        .%s(\"%s\")\n%s        .send()\n        .await?;\n    println!(\"{}\", res.text().await?);\n    Ok(())\n}\n") % (method.lower(), url, hs)
    else:
        return None
    return pick("src/main.rs", "examples/%s.rs" % c.provider, "src/bin/smoke.rs"), txt


# ------------------------------------------------------------------------------------
# AI tool configs (Continue, aider, LiteLLM, promptfoo, LibreChat, Codex, Claude Code)
# ------------------------------------------------------------------------------------
def t_continue_json(c, v):
    if not c.llm or not c.llm["cont"] or v.mode == "ref":
        return None
    m = {"title": "%s %s" % (c.provider.title(), model_of(c)), "provider": c.llm["cont"], "model": model_of(c), "apiKey": v.text}
    doc = {"models": [m, {"title": "Llama 3.1 8B (local)", "provider": "ollama", "model": "llama3.1:8b"}],
           "tabAutocompleteModel": {"title": "Qwen2.5-Coder 1.5B", "provider": "ollama", "model": "qwen2.5-coder:1.5b-base"},
           "contextProviders": [{"name": "code"}, {"name": "docs"}, {"name": "diff"}], "allowAnonymousTelemetry": False}
    return ".continue/config.json", json.dumps(doc, indent=2) + "\n"


def t_continue_yaml(c, v):
    if not c.llm or not c.llm["cont"]:
        return None
    val = v.text if v.mode == "lit" else "${{ secrets.%s }}" % c.env
    lines = ["name: %s assistant" % app(), "version: 0.0.1", "schema: v1", "models:", "  - name: %s" % model_of(c),
             "    provider: %s" % c.llm["cont"], "    model: %s" % model_of(c), "    apiKey: %s" % yq(val), "    roles:", "      - chat", "      - edit",
             "  - name: Autocomplete", "    provider: ollama", "    model: qwen2.5-coder:1.5b-base", "    roles:", "      - autocomplete"]
    return ".continue/config.yaml", "\n".join(lines) + "\n"


def t_aider(c, v):
    if not c.llm or not c.llm["aider"]:
        return None
    lines = ["# aider configuration", "model: %s/%s" % (c.llm["aider"], model_of(c)) if c.llm_name not in ("openai", "anthropic") else "model: %s" % model_of(c),
             "auto-commits: false", "dark-mode: true"]
    if v.mode == "ref":
        lines += ["# keys are read from the environment (%s) or from .env" % c.env]
    elif c.llm_name == "openai" and chance(0.6):
        lines.append("openai-api-key: %s" % v.text)
    elif c.llm_name == "anthropic" and chance(0.6):
        lines.append("anthropic-api-key: %s" % v.text)
    else:
        lines += ["api-key:", "  - %s=%s" % (c.llm["aider"], v.text)]
    lines += ["read:", "  - CONVENTIONS.md", "lint-cmd:", '  - "python: ruff check --fix"']
    return pick(".aider.conf.yml", ".aider.conf.yml", "dotfiles/.aider.conf.yml"), "\n".join(lines) + "\n"


def t_litellm(c, v):
    if not c.llm:
        return None
    val = v.text if v.mode == "lit" else "os.environ/%s" % c.env
    m = model_of(c)
    lines = ["model_list:", "  - model_name: %s" % m.split("/")[-1], "    litellm_params:", "      model: %s/%s" % (c.llm["litellm"], m),
             "      api_key: %s" % yq(val)]
    if c.llm_name not in ("openai", "anthropic", "gemini") and chance(0.3):
        lines.append("      api_base: %s" % c.llm["base"])
    lines += ["  - model_name: local-llama", "    litellm_params:", "      model: ollama/llama3.1", "      api_base: http://ollama:11434", "",
              "litellm_settings:", "  drop_params: true", "  success_callback: [\"langfuse\"]", "", "general_settings:",
              "  master_key: %s" % pick("os.environ/LITELLM_MASTER_KEY", "sk-1234"), "  database_url: os.environ/DATABASE_URL"]
    return pick("litellm/config.yaml", "config.yaml", "proxy_config.yaml"), "\n".join(lines) + "\n"


def t_promptfoo(c, v):
    if not c.llm:
        return None
    m = model_of(c)
    pid = {"openai": "openai:%s" % m, "anthropic": "anthropic:messages:%s" % m}.get(c.llm_name, "%s:%s" % (c.llm["pf"], m))
    val = v.text if v.mode == "lit" else "{{ env.%s }}" % c.env
    lines = ["# yaml-language-server: $schema=https://promptfoo.dev/config-schema.json", "description: %s regression evals" % app(), "",
             "prompts:", "  - file://prompts/system.txt", "", "providers:", "  - id: %s" % pid, "    config:", "      apiKey: %s" % yq(val),
             "      temperature: 0", "", "tests:", "  - vars:", "      question: How do I reset my password?", "    assert:",
             "      - type: contains", "        value: reset link", "      - type: llm-rubric", "        value: Answer is polite and short"]
    return pick("promptfooconfig.yaml", "evals/promptfooconfig.yaml"), "\n".join(lines) + "\n"


def t_librechat_llm(c, v):
    if not c.llm or not c.llm["base"] or c.llm_name in ("anthropic",):
        return None
    val = v.text if v.mode == "lit" else pick("${%s}" % c.env, "user_provided")
    lines = ["version: 1.2.8", "cache: true", "endpoints:", "  custom:", "    - name: %s" % jd(c.provider.title()), "      apiKey: %s" % jd(val),
             "      baseURL: %s" % jd(c.llm["base"]), "      models:", "        default: [%s]" % jd(model_of(c)), "        fetch: false",
             "      titleConvo: true", "      titleModel: %s" % jd(model_of(c)), "      modelDisplayLabel: %s" % jd(c.provider.title())]
    return "librechat.yaml", "\n".join(lines) + "\n"


def t_codex_auth(c, v):
    if c.provider != "openai" or c.kind == "admin_key" or v.mode == "ref":
        return None
    doc = {"OPENAI_API_KEY": v.text, "tokens": None, "last_refresh": None}
    return ".codex/auth.json", json.dumps(doc, indent=2) + "\n"


def t_claude_credentials(c, v):
    if c.kind != "claude_code_oauth_token" or v.mode == "ref":
        return None
    doc = {"claudeAiOauth": {"accessToken": v.text, "refreshToken": "sk-ant-ort01-" + rs(ALNUM + "-_", 93) + "AA",
                             "expiresAt": ts_2024() * 1000, "scopes": ["user:inference", "user:profile"], "subscriptionType": pick("max", "pro")}}
    return ".claude/.credentials.json", json.dumps(doc) + "\n"


def t_claude_action(c, v):
    if c.provider != "anthropic" or c.kind == "admin_key":
        return None
    key = "claude_code_oauth_token" if c.kind == "claude_code_oauth_token" else "anthropic_api_key"
    val = v.text if v.mode == "lit" else "${{ secrets.%s }}" % c.env
    lines = ["name: Claude Code", "", "on:", "  issue_comment:", "    types: [created]", "  pull_request_review_comment:", "    types: [created]", "",
             "jobs:", "  claude:", "    if: contains(github.event.comment.body, '@claude')", "    runs-on: ubuntu-latest", "    permissions:",
             "      contents: write", "      pull-requests: write", "      issues: write", "      id-token: write", "    steps:",
             "      - uses: actions/checkout@v4", "      - uses: anthropics/claude-code-action@v1", "        with:", "          %s: %s" % (key, yq(val))]
    return ".github/workflows/claude.yml", "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------
# API clients: curl, .http, Postman, Bruno
# ------------------------------------------------------------------------------------
def sample_body(c):
    if c.llm:
        return '{"model": "%s", "messages": [{"role": "user", "content": "Hello"}]}' % model_of(c)
    return pick('{"limit": 10}', '{"text": "hello world"}', '{}')


def t_curl(c, v):
    if not c.http:
        return None
    method, url, hf = c.http
    val = v.text if v.mode == "lit" else "$%s" % c.env
    hs = ["  -H \"%s: %s\" \\" % (h, x.replace("__K__", val) if v.mode == "lit" else x.replace("__K__", "${%s}" % c.env)) for h, x in hf("__K__")]
    lines = ["#!/bin/sh", "# %s" % pick("smoke test", "quick check that the key works", "called from cron"), "curl -sS %s\"%s\" \\" % ("-X POST " if method == "POST" else "", url)]
    lines += hs
    if method == "POST":
        lines += ['  -H "Content-Type: application/json" \\', "  -d '%s'" % sample_body(c)]
    else:
        lines[-1] = lines[-1].rstrip(" \\")
    lines.append(pick("", "echo", "| jq ."))
    if lines[-1].startswith("|"):
        lines[-2] += " " + lines.pop()
    return pick("scripts/test_%s.sh" % c.provider, "curl_examples.sh", "bin/ping-%s" % c.provider.replace("_", "-")), "\n".join(lines) + "\n"


def t_http_file(c, v):
    if not c.http:
        return None
    method, url, hf = c.http
    var = re.sub(r"_([a-z])", lambda m: m.group(1).upper(), c.env.lower())
    val = v.text if v.mode == "lit" else pick("{{$dotenv %s}}" % c.env, "{{$processEnv %s}}" % c.env)
    lines = ["@%s = %s" % (var, val), "", "### %s" % pick("list", "chat", "whoami", "search"), "%s %s" % (method, url)]
    lines += ["%s: %s" % (h, x.replace("__K__", "{{%s}}" % var)) for h, x in hf("__K__")]
    if method == "POST":
        lines += ["Content-Type: application/json", "", sample_body(c)]
    return pick("requests.http", "api.http", "http/%s.rest" % c.provider), "\n".join(lines) + "\n"


def t_http_env_json(c, v):
    if not c.http or v.mode == "ref":
        return None
    var = re.sub(r"_([a-z])", lambda m: m.group(1).upper(), c.env.lower())
    doc = {"dev": {"host": c.http[1].split("/")[2], var: v.text}, "prod": {"host": c.http[1].split("/")[2]}}
    return "http-client.env.json", json.dumps(doc, indent=2) + "\n"


def t_postman_collection(c, v):
    if not c.http:
        return None
    method, url, hf = c.http
    val = v.text if v.mode == "lit" else "{{%s}}" % c.env.lower()
    hs = hf("__K__")
    req = {"method": method, "header": [], "url": {"raw": url, "protocol": url.split(":")[0], "host": url.split("/")[2].split("."),
                                                 "path": [p for p in url.split("?")[0].split("/")[3:] if p]}}
    if len(hs) == 1 and hs[0][0] == "Authorization" and hs[0][1] == "Bearer __K__" and chance(0.6):
        req["auth"] = {"type": "bearer", "bearer": [{"key": "token", "value": val, "type": "string"}]}
    else:
        req["header"] = [{"key": h, "value": x.replace("__K__", val), "type": "text"} for h, x in hs]
    if method == "POST":
        req["body"] = {"mode": "raw", "raw": sample_body(c), "options": {"raw": {"language": "json"}}}
    doc = {"info": {"_postman_id": ruuid(), "name": "%s API" % c.provider.title(),
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json", "_exporter_id": str(R.randint(10000000, 49999999))},
           "item": [{"name": pick("Chat completion", "List", "Search", "Whoami"), "request": req, "response": []}]}
    return "postman/%s.postman_collection.json" % c.provider, json.dumps(doc, indent="\t") + "\n"


def t_bruno_req(c, v):
    if not c.http:
        return None
    method, url, hf = c.http
    val = v.text if v.mode == "lit" else pick("{{%s}}" % c.env.lower(), "{{process.env.%s}}" % c.env)
    hs = hf("__K__")
    lines = ["meta {", "  name: %s" % pick("Chat", "List items", "Search", "Create"), "  type: http", "  seq: %d" % R.randint(1, 9), "}", "",
             "%s {" % method.lower(), "  url: %s" % url, "  body: %s" % ("json" if method == "POST" else "none")]
    bearer_only = len(hs) == 1 and hs[0][1] == "Bearer __K__"
    lines += ["  auth: %s" % ("bearer" if bearer_only else "none"), "}", ""]
    if bearer_only:
        lines += ["auth:bearer {", "  token: %s" % val, "}", ""]
    else:
        lines += ["headers {"] + ["  %s: %s" % (h, x.replace("__K__", val)) for h, x in hs] + ["}", ""]
    if method == "POST":
        lines += ["body:json {", "  " + sample_body(c), "}", ""]
    return "bruno/%s/%s.bru" % (c.provider, pick("chat", "list", "search", "create")), "\n".join(lines)


# ------------------------------------------------------------------------------------
# CLI credential files of the stack
# ------------------------------------------------------------------------------------
def t_credfile(c, v):
    """Provider-specific dotfiles written by CLIs or by hand. Returns None when no such file."""
    if v.mode == "ref":
        if c.provider == "npm":
            return ".npmrc", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nengine-strict=true\n"
        if c.kind == "classic_pat" and chance(0.5):
            return ".npmrc", "@%s:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}\n" % org()
        return None
    t = v.text
    p, k = c.provider, c.kind
    if p == "npm":
        return ".npmrc", pick("//registry.npmjs.org/:_authToken=%s\n" % t, "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nalways-auth=true\n" % t)
    if p == "github" and k == "classic_pat":
        return pick((".npmrc", "@%s:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=%s\n" % (org(), t)),
                    (".git-credentials", "https://%s:%s@github.com\n" % (pick(*USERS), t)))
    if p == "github" and k == "oauth_token":
        return ".config/gh/hosts.yml", "github.com:\n    users:\n        %s:\n            oauth_token: %s\n    git_protocol: https\n    oauth_token: %s\n    user: %s\n" % ((pick(*USERS), t, t, pick(*USERS)))
    if p == "gitlab" and k in ("pat", "pat_routable"):
        return ".config/glab-cli/config.yml", "git_protocol: ssh\neditor: vim\nhosts:\n  gitlab.com:\n    token: %s\n    api_protocol: https\n    user: %s\n" % (t, pick(*USERS))
    if p == "pypi":
        return ".pypirc", "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\n  username = __token__\n  password = %s\n" % t
    if p == "terraform_cloud":
        return ".terraformrc", 'credentials "app.terraform.io" {\n  token = "%s"\n}\n' % t
    if p == "dockerhub":
        user = pick("ci-bot", org(), "deploybot")
        auth = b64e(("%s:%s" % (user, t)).encode())
        return ".docker/config.json", json.dumps({"auths": {"https://index.docker.io/v1/": {"auth": auth}}}, indent="\t") + "\n", auth
    if p == "kaggle":
        return ".kaggle/kaggle.json", json.dumps({"username": pick("jdoe", "mlteam", org()), "key": t}) + "\n"
    if p == "modal":
        return ".modal.toml", '[%s]\ntoken_id = "ak-%s"\ntoken_secret = "%s"\nactive = true\n' % (pick("default", org()), rs(ALNUM, 22), t)
    if p == "wandb":
        return ".netrc", "machine api.wandb.ai\n  login user\n  password %s\n" % t
    if p == "huggingface" and k == "user_token":
        return pick(".cache/huggingface/token", ".huggingface/token"), t
    if p == "fly" and k == "token_fo1":
        return ".fly/config.yml", "access_token: %s\nmetrics_token: \"\"\nsend_metrics: true\nsyntax_version: 2\nwire_guard_state: {}\n" % t
    if p == "vercel" and k.startswith("access_token"):
        return ".local/share/com.vercel.cli/auth.json", json.dumps({"// Note": "This is your Vercel credentials file. DO NOT SHARE!",
                                                                     "// Docs": "https://vercel.com/docs/projects/project-configuration/global-configuration#auth.json",
                                                                     "token": t}, indent=2) + "\n"
    if p == "supabase" and k == "access_token":
        return ".supabase/access-token", t
    if p == "netlify":
        uid = rhex(24)
        return ".netlify/config.json", json.dumps({"telemetryDisabled": False, "cliId": ruuid(), "userId": uid,
                                                    "users": {uid: {"id": uid, "name": pick(*USERS), "email": "%s@%s.dev" % (pick(*USERS), org()),
                                                                    "auth": {"token": t, "github": {}}}}}, indent=2) + "\n"
    if p == "railway" and k == "api_token":
        return ".railway/config.json", json.dumps({"projects": {}, "user": {"token": t}, "linkedFunctions": None}, indent=2) + "\n"
    if p == "turso" and k == "platform_api_token":
        return ".config/turso/settings.json", json.dumps({"config": {"token": t, "username": pick(*USERS), "cache": {}}}, indent=2) + "\n"
    if p == "doppler" and k == "personal_token":
        return ".doppler/.doppler.yaml", "scoped:\n    /:\n        token: %s\n        api-host: https://api.doppler.com\n        dashboard-host: https://dashboard.doppler.com\n" % t
    if p == "openai" and k != "admin_key":
        return ".codex/auth.json", json.dumps({"OPENAI_API_KEY": t}, indent=2) + "\n"
    return None


# ------------------------------------------------------------------------------------
# database URL homes
# ------------------------------------------------------------------------------------
def t_db_code(c, v):
    if not c.pw:
        return None
    url = v.text if v.mode == "lit" else None
    scheme = (v.text if v.mode == "lit" and "://" in (v.text or "") else c.wrap("x")).split(":")[0]
    if scheme.startswith("postgres"):
        kind = pick("drizzle", "alembic", "sqlalchemy", "prisma", "knex")
    elif scheme.startswith("mysql"):
        kind = pick("drizzle_mysql", "sqlalchemy")
    elif scheme.startswith("mongodb"):
        kind = pick("pymongo", "mongoose")
    elif scheme.startswith("redis"):
        kind = pick("ioredis", "redispy")
    elif scheme.startswith("libsql"):
        kind = "libsql"
    elif scheme.startswith("prisma"):
        kind = "prisma"
    else:
        kind = "sqlalchemy"
    if kind == "drizzle":
        u = "'%s'" % url if url else "process.env.DATABASE_URL!"
        return "drizzle.config.ts", "import { defineConfig } from 'drizzle-kit';\n\nexport default defineConfig({\n  schema: './src/db/schema.ts',\n  out: './drizzle',\n  dialect: 'postgresql',\n  dbCredentials: {\n    url: %s,\n  },\n});\n" % u
    if kind == "drizzle_mysql":
        u = "'%s'" % url if url else "process.env.DATABASE_URL!"
        return "drizzle.config.ts", "import { defineConfig } from 'drizzle-kit';\n\nexport default defineConfig({\n  schema: './src/db/schema.ts',\n  dialect: 'mysql',\n  dbCredentials: { url: %s },\n});\n" % u
    if kind == "alembic":
        if url:
            u = url.replace("postgresql://", "postgresql+psycopg://", 1) if chance(0.5) else url
            return "alembic.ini", "[alembic]\nscript_location = migrations\nprepend_sys_path = .\nsqlalchemy.url = %s\n\n[loggers]\nkeys = root,sqlalchemy,alembic\n" % u, None
        return "alembic.ini", "[alembic]\nscript_location = migrations\n# sqlalchemy.url is set from DATABASE_URL in migrations/env.py\nsqlalchemy.url =\n"
    if kind == "sqlalchemy":
        u = jd(url) if url else 'os.environ["%s"]' % c.env
        return pick("app/db.py", "db.py"), ("import os\n" if not url else "") + "from sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\nengine = create_engine(%s, pool_pre_ping=True)\nSessionLocal = sessionmaker(bind=engine)\n" % u
    if kind == "prisma":
        u = jd(url) if url else 'env("%s")' % c.env
        return "prisma/schema.prisma", 'generator client {\n  provider = "prisma-client-js"\n}\n\ndatasource db {\n  provider = "postgresql"\n  url      = %s\n}\n\nmodel User {\n  id    String @id @default(cuid())\n  email String @unique\n}\n' % u
    if kind == "knex":
        u = "'%s'" % url if url else "process.env.DATABASE_URL"
        return "knexfile.js", "module.exports = {\n  production: {\n    client: 'pg',\n    connection: %s,\n    pool: { min: 0, max: 5 },\n    migrations: { tableName: 'knex_migrations' },\n  },\n};\n" % u
    if kind == "pymongo":
        u = jd(url) if url else 'os.environ["%s"]' % c.env
        return "app/mongo.py", ("import os\n" if not url else "") + "from pymongo import MongoClient\n\nclient = MongoClient(%s)\ndb = client[\"%s\"]\n" % (u, app().replace("-", "_"))
    if kind == "mongoose":
        u = "'%s'" % url if url else "process.env.MONGODB_URI!"
        return "src/db.ts", "import mongoose from 'mongoose';\n\nexport async function connect() {\n  await mongoose.connect(%s);\n}\n" % u
    if kind == "ioredis":
        u = "'%s'" % url if url else "process.env.REDIS_URL!"
        return "src/redis.ts", "import Redis from 'ioredis';\n\nexport const redis = new Redis(%s, { maxRetriesPerRequest: null });\n" % u
    if kind == "redispy":
        u = jd(url) if url else 'os.environ["%s"]' % c.env
        return "app/cache.py", ("import os\n" if not url else "") + "import redis\n\nr = redis.Redis.from_url(%s, decode_responses=True)\n" % u
    if kind == "libsql":
        u = "'%s'" % url if url else "process.env.TURSO_DATABASE_URL!"
        return "src/db/client.ts", "import { createClient } from '@libsql/client';\n\nexport const client = createClient({ url: %s });\n" % u
    return None


def t_db_mcp(c, v):
    if not c.pw:
        return None
    url = v.text if v.mode == "lit" else None
    scheme = (v.text if v.mode == "lit" and "://" in v.text else c.wrap("x")).split(":")[0]
    if scheme.startswith("postgres"):
        name, cmd, args = "postgres", "npx", ["-y", "@modelcontextprotocol/server-postgres"]
    elif scheme.startswith("mongodb"):
        name, cmd, args = "MongoDB", "npx", ["-y", "mongodb-mcp-server", "--connectionString"]
    elif scheme.startswith("redis"):
        name, cmd, args = "redis", "uvx", ["--from", "redis-mcp-server@latest", "redis-mcp-server", "--url"]
    elif scheme.startswith("mysql"):
        name, cmd, args = "mysql", "uvx", ["mysql-mcp-server-dsn"]
    else:
        return None
    dialect = pick("cursor", "claude", "project", "vscode")
    if url:
        a = args + [url]
    else:
        a = args + [{"cursor": "${env:DATABASE_URL}", "claude": "postgresql://localhost/mydb", "project": "${DATABASE_URL}", "vscode": "${input:db-url}"}[dialect]]
    s = {"name": name, "command": cmd, "args": a}
    srv = servers_in_order(s)
    if dialect == "vscode":
        doc = {"servers": {x["name"]: dict(srv_json(x), type="stdio") for x in srv}}
        if not url:
            doc = {"inputs": [{"type": "promptString", "id": "db-url", "description": "Database URL", "password": True}], **doc}
        return ".vscode/mcp.json", json.dumps(doc, indent=2) + "\n"
    doc = {"mcpServers": {x["name"]: srv_json(x) for x in srv}}
    return {"cursor": ".cursor/mcp.json", "claude": "claude_desktop_config.json", "project": ".mcp.json"}[dialect], json.dumps(doc, indent=2) + "\n"


# ------------------------------------------------------------------------------------
# negatives: publishable / public values in their usual homes
# ------------------------------------------------------------------------------------
def pub_clerk():
    env = pick("live", "test")
    pk = clerk_pk(env)
    if chance(0.5):
        return "public:clerk_pk", "app/layout.tsx", ("import { ClerkProvider } from '@clerk/nextjs';\nimport './globals.css';\n\n"
                                                      "export default function RootLayout({ children }: { children: React.ReactNode }) {\n  return (\n"
                                                      "    <ClerkProvider publishableKey=\"%s\">\n      <html lang=\"en\">\n        <body>{children}</body>\n      </html>\n"
                                                      "    </ClerkProvider>\n  );\n}\n") % pk
    return "public:clerk_pk", "vercel.json", json.dumps({"env": {"NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY": pk, "NEXT_PUBLIC_CLERK_SIGN_IN_URL": "/sign-in"},
                                                          "framework": "nextjs"}, indent=2) + "\n"


def pub_supabase():
    url = "https://%s.supabase.co" % proj_ref()
    key = supabase_anon() if chance(0.5) else sb_publishable()
    if chance(0.5):
        return "public:supabase_anon", "src/lib/supabase.ts", ("import { createBrowserClient } from '@supabase/ssr';\n\nexport const supabase = createBrowserClient(\n"
                                                                "  '%s',\n  '%s',\n);\n") % (url, key)
    if chance(0.5):
        return "public:supabase_anon", "app.json", json.dumps({"expo": {"name": app(), "extra": {"supabaseUrl": url, "supabaseAnonKey": key}}}, indent=2) + "\n"
    return "public:supabase_anon", "wrangler.toml", '[vars]\nSUPABASE_URL = "%s"\nSUPABASE_ANON_KEY = "%s"\n' % (url, key)


def pub_stripe():
    pk = stripe_pk(pick("live", "test"))
    return "public:stripe_pk", pick("src/lib/stripe-client.ts", "components/Checkout.tsx"), (
        "import { loadStripe } from '@stripe/stripe-js';\n\n// publishable key: safe to ship to the browser\nexport const stripePromise = loadStripe('%s');\n") % pk


def pub_posthog():
    return "public:posthog_phc", pick("instrumentation-client.ts", "src/posthog.ts"), (
        "import posthog from 'posthog-js';\n\nposthog.init('%s', {\n  api_host: 'https://us.i.posthog.com',\n  person_profiles: 'identified_only',\n  capture_pageview: false,\n});\n") % posthog_phc()


def pub_sentry():
    dsn = sentry_dsn()
    if chance(0.5):
        return "public:sentry_dsn", pick("sentry.client.config.ts", "instrumentation-client.ts"), (
            "import * as Sentry from '@sentry/nextjs';\n\nSentry.init({\n  dsn: '%s',\n  tracesSampleRate: 0.1,\n  replaysOnErrorSampleRate: 1.0,\n});\n") % dsn
    return "public:sentry_dsn", "app/observability.py", 'import sentry_sdk\n\nsentry_sdk.init(\n    dsn="%s",\n    traces_sample_rate=0.2,\n    send_default_pii=False,\n)\n' % dsn


def pub_algolia():
    return "public:algolia_search_key", pick("src/components/Search.tsx", "docusaurus.config.js"), (
        "import { liteClient as algoliasearch } from 'algoliasearch/lite';\n\n// search-only key (public)\nconst searchClient = algoliasearch('%s', '%s');\n\nexport default searchClient;\n") % (
        rs(UP + DG, 10), algolia_search())


def pub_firebase():
    cfg = firebase_config()
    body = ",\n".join('  %s: "%s"' % (k, x) for k, x in cfg)
    return "public:firebase_web_config", pick("src/firebase.ts", "lib/firebase.js"), (
        "import { initializeApp } from 'firebase/app';\nimport { getAuth } from 'firebase/auth';\n\nconst firebaseConfig = {\n%s\n};\n\n"
        "export const app = initializeApp(firebaseConfig);\nexport const auth = getAuth(app);\n") % body


def pub_langfuse():
    return "public:langfuse_pk", "app/tracing.py", ('import os\n\nfrom langfuse import Langfuse\n\nlangfuse = Langfuse(\n    public_key="%s",\n'
                                                     '    secret_key=os.environ["LANGFUSE_SECRET_KEY"],\n    host="https://cloud.langfuse.com",\n)\n') % langfuse_pk()


def pub_mapbox():
    return "public:mapbox_pk", "src/components/Map.tsx", ("import mapboxgl from 'mapbox-gl';\n\nmapboxgl.accessToken = '%s';\n\nexport function makeMap(el: HTMLElement) {\n"
                                                           "  return new mapboxgl.Map({ container: el, style: 'mapbox://styles/mapbox/streets-v12' });\n}\n") % mapbox_pk()


def pub_mcp_mix():
    """An MCP config whose only values are public ids and env references."""
    doc = {"mcpServers": {
        "supabase": {"command": "npx", "args": ["-y", "@supabase/mcp-server-supabase@latest", "--read-only", "--project-ref=%s" % proj_ref()],
                     "env": {"SUPABASE_ACCESS_TOKEN": "${env:SUPABASE_ACCESS_TOKEN}"}},
        "sentry": {"url": "https://mcp.sentry.dev/mcp"},
        "posthog": {"command": "npx", "args": ["-y", "mcp-remote@latest", "https://mcp.posthog.com/sse", "--header", "Authorization:${POSTHOG_AUTH_HEADER}"],
                    "env": {"POSTHOG_AUTH_HEADER": "${env:POSTHOG_AUTH_HEADER}", "POSTHOG_PROJECT_API_KEY": posthog_phc()}}}}
    return "public:mcp_public_ids", ".cursor/mcp.json", json.dumps(doc, indent=2) + "\n"


PUBLIC_GENS = [pub_clerk, pub_supabase, pub_stripe, pub_posthog, pub_sentry, pub_algolia, pub_firebase, pub_langfuse, pub_mapbox, pub_mcp_mix]


# ------------------------------------------------------------------------------------
# negatives: identifiers, hashes, embeddings
# ------------------------------------------------------------------------------------
def oai_id(prefix, n=24):
    return prefix + rs(ALNUM, n)


def ant_id(prefix):
    return prefix + "01" + rs(ALNUM, 22)


def id_openai_fixture():
    d = {"id": "chatcmpl-" + rs(ALNUM, 29), "object": "chat.completion", "created": ts_2024(), "model": pick("gpt-4o-mini-2024-07-18", "gpt-4.1-2025-04-14"),
         "choices": [{"index": 0, "message": {"role": "assistant", "content": "Sure - here is a summary.", "refusal": None}, "finish_reason": "stop"}],
         "usage": {"prompt_tokens": R.randint(20, 900), "completion_tokens": R.randint(5, 400), "total_tokens": 0},
         "system_fingerprint": "fp_" + rhex(10)}
    hdrs = {"openai-organization": "org-" + rs(ALNUM, 24), "openai-project": "proj_" + rs(ALNUM, 24), "x-request-id": "req_" + rhex(32),
            "openai-processing-ms": str(R.randint(200, 4000))}
    return "ids:openai_response", "tests/fixtures/openai_chat_completion.json", json.dumps({"headers": hdrs, "body": d}, indent=2) + "\n"


def id_anthropic_fixture():
    d = {"id": ant_id("msg_"), "type": "message", "role": "assistant", "model": "claude-sonnet-4-20250514",
         "content": [{"type": "tool_use", "id": ant_id("toolu_"), "name": "get_weather", "input": {"city": "Oslo"}}],
         "stop_reason": "tool_use", "usage": {"input_tokens": R.randint(100, 2000), "output_tokens": R.randint(10, 300),
                                              "cache_read_input_tokens": 0}}
    return "ids:anthropic_response", "tests/fixtures/anthropic_tool_use.json", json.dumps(
        {"request_id": "req_011C" + rs(ALNUM, 20), "response": d}, indent=2) + "\n"


def id_assistants_script():
    return "ids:openai_object_ids", "scripts/run_assistant.py", (
        'import os\n\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"], organization="%s", project="%s")\n\n'
        'ASSISTANT_ID = "%s"\nVECTOR_STORE_ID = "%s"\nFILE_IDS = ["%s", "%s"]\n\nthread = client.beta.threads.create()\n'
        'run = client.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=ASSISTANT_ID)\n'
        '# last good run: %s on %s\nprint(run.status)\n') % (
        "org-" + rs(ALNUM, 24), "proj_" + rs(ALNUM, 24), oai_id("asst_"), "vs_" + rs(ALNUM, 24), "file-" + rs(ALNUM, 22),
        "file-" + rs(ALNUM, 22), oai_id("run_"), oai_id("thread_"))


def id_batch_jsonl():
    lines = []
    for i in range(R.randint(3, 6)):
        lines.append(json.dumps({"id": "batch_req_" + rhex(32), "custom_id": "ticket-%d" % R.randint(1000, 9999),
                                 "response": {"status_code": 200, "request_id": rhex(32), "body": {"id": "chatcmpl-" + rs(ALNUM, 29),
                                              "model": "gpt-4o-mini-2024-07-18", "choices": [{"message": {"role": "assistant", "content": pick("billing", "bug", "feature")}}]}},
                                 "error": None}))
    return "ids:batch_output", "data/batch_%s_output.jsonl" % rs(ALNUM, 24), "\n".join(lines) + "\n"


def id_finetune():
    return "ids:finetune", "finetune/job.yaml", ("base_model: gpt-4o-mini-2024-07-18\ntraining_file: %s\nvalidation_file: %s\njob_id: %s\n"
                                                 "fine_tuned_model: ft:gpt-4o-mini-2024-07-18:%s::%s\nhyperparameters:\n  n_epochs: 3\n") % (
        "file-" + rs(ALNUM, 22), "file-" + rs(ALNUM, 22), "ftjob-" + rs(ALNUM, 24), org(), rs(ALNUM, 8))


def id_langsmith_export():
    trace = ruuid()
    runs = []
    for i in range(R.randint(2, 4)):
        runs.append({"id": ruuid(), "trace_id": trace, "parent_run_id": None if i == 0 else runs[0]["id"], "name": pick("RunnableSequence", "ChatOpenAI", "retriever"),
                     "run_type": pick("chain", "llm", "retriever"), "session_id": ruuid(),
                     "dotted_order": "2025%04d%s" % (R.randint(101, 1231), "T120000000000Z" + trace.replace("-", "")),
                     "extra": {"metadata": {"ls_model_name": model_of(BY_ID["openai/project_key"]), "revision_id": rhex(7)}}})
    return "ids:langsmith_runs", "exports/langsmith_runs.json", json.dumps(runs, indent=2) + "\n"


def id_otel_logs():
    lines = []
    for _ in range(R.randint(4, 8)):
        t, s = rhex(32), rhex(16)
        lines.append('%s INFO llm.call trace_id=%s span_id=%s traceparent=00-%s-%s-01 model=%s latency_ms=%d tokens=%d' % (
            "2025-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
            t, s, t, s, pick("gpt-4o-mini", "claude-3-5-haiku", "llama-3.3-70b"), R.randint(100, 5000), R.randint(50, 4000)))
    return "ids:trace_ids", pick("logs/agent.log", "docs/sample-trace.log"), "\n".join(lines) + "\n"


def id_embeddings():
    if chance(0.5):
        vec = [round(R.uniform(-0.12, 0.12), 6) for _ in range(R.randint(48, 96))]
        doc = {"object": "list", "data": [{"object": "embedding", "index": 0, "embedding": vec}], "model": "text-embedding-3-small",
               "usage": {"prompt_tokens": 8, "total_tokens": 8}}
        return "ids:embedding_floats", "tests/fixtures/embedding.json", json.dumps(doc) + "\n"
    raw = b"".join(struct.pack("<f", R.uniform(-0.1, 0.1)) for _ in range(R.randint(64, 256)))
    doc = {"object": "list", "data": [{"object": "embedding", "index": 0, "embedding": b64e(raw)}], "model": "text-embedding-3-large"}
    return "ids:embedding_base64", "tests/fixtures/embedding_base64.json", json.dumps(doc, indent=2) + "\n"


def id_vector_upsert():
    rows = []
    for i in range(R.randint(3, 5)):
        txt = pick("How to rotate keys", "Billing FAQ", "Onboarding checklist", "SLA policy", "Refund rules") + " #%d" % i
        h = hashlib.sha256(txt.encode()).hexdigest()
        rows.append('    {"id": "%s", "values": emb(%s), "metadata": {"source": "kb/%s.md", "sha256": "%s", "chunk": %d}},' % (
            pick(h[:32], ruuid(), "doc-%s#%d" % (h[:12], i)), jd(txt), rs(LO, 8), h, i))
    return "ids:vector_ids", "ingest/upsert.py", ("import os\n\nfrom pinecone import Pinecone\n\npc = Pinecone(api_key=os.environ[\"PINECONE_API_KEY\"])\n"
                                                  "index = pc.Index(host=\"https://%s-%s.svc.%s.pinecone.io\")\n\n\ndef emb(text):\n    ...\n\n\nindex.upsert(vectors=[\n%s\n], namespace=\"kb\")\n") % (
        pick("docs", "kb", "support"), rs(LOWALNUM, 7), pick("aped-4627-b74a", "gcp-us-central1-4a9f"), "\n".join(rows))


def id_replicate_versions():
    lines = ["import replicate", "", "# versions pinned on %s" % "2025-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))]
    for m in R.sample(["stability-ai/sdxl", "black-forest-labs/flux-schnell", "openai/whisper", "meta/meta-llama-3-70b-instruct", "lucataco/xtts-v2"], 3):
        lines.append('%s = "%s:%s"' % (m.split("/")[1].upper().replace("-", "_").replace(".", "_"), m, rhex(64)))
    lines += ["", 'out = replicate.run(SDXL if "SDXL" in globals() else FLUX_SCHNELL, input={"prompt": "a red fox"})']
    return "ids:replicate_versions", "gen/models.py", "\n".join(lines) + "\n"


def id_hf_revisions():
    return "ids:hf_revisions", "train/load.py", ('from transformers import AutoModelForCausalLM, AutoTokenizer\n\nMODEL = "%s"\nREVISION = "%s"  # pinned commit\n\n'
                                                  'tok = AutoTokenizer.from_pretrained(MODEL, revision=REVISION)\nmodel = AutoModelForCausalLM.from_pretrained(MODEL, revision=REVISION, token=True)\n') % (
        pick("meta-llama/Llama-3.2-1B-Instruct", "Qwen/Qwen2.5-0.5B-Instruct", "HuggingFaceTB/SmolLM2-360M-Instruct"), rhex(40))


def id_cloud_ids():
    k = pick("wrangler", "vercel", "supabase", "neon")
    if k == "wrangler":
        txt = ('name = "%s"\nmain = "src/index.ts"\ncompatibility_date = "2025-03-10"\naccount_id = "%s"\n\nroutes = [\n  { pattern = "api.%s.com/*", zone_id = "%s" }\n]\n\n'
               '[[kv_namespaces]]\nbinding = "SESSIONS"\nid = "%s"\npreview_id = "%s"\n\n[[d1_databases]]\nbinding = "DB"\ndatabase_name = "%s"\ndatabase_id = "%s"\n\n'
               '[[r2_buckets]]\nbinding = "UPLOADS"\nbucket_name = "%s-uploads"\n\n[[vectorize]]\nbinding = "VECTORIZE"\nindex_name = "%s-idx"\n') % (
            app(), rhex(32), org(), rhex(32), rhex(32), rhex(32), app(), ruuid(), app(), app())
        return "ids:cloudflare_ids", "wrangler.toml", txt
    if k == "vercel":
        return "ids:vercel_ids", ".vercel/project.json", json.dumps({"projectId": "prj_" + rs(ALNUM, 28), "orgId": "team_" + rs(ALNUM, 24),
                                                                     "projectName": app()}) + "\n"
    if k == "supabase":
        return "ids:supabase_ref", "supabase/config.toml", 'project_id = "%s"\n\n[api]\nenabled = true\nport = 54321\n\n[auth]\nsite_url = "http://127.0.0.1:3000"\n\n[auth.external.github]\nenabled = true\nclient_id = "Ov23li%s"\nsecret = "env(SUPABASE_AUTH_EXTERNAL_GITHUB_SECRET)"\n' % (
            proj_ref(), rs(ALNUM, 14))
    return "ids:neon_ids", "neon.json", json.dumps({"project_id": "%s-%s-%d" % (pick(*ADJ), pick(*WORDS), R.randint(10000000, 99999999)),
                                                    "branch_id": "br-%s-%s-%s" % (pick(*ADJ), pick(*WORDS), rs(LOWALNUM, 8)), "endpoint_id": neon_ep(),
                                                    "role": "neondb_owner", "database": "neondb"}, indent=2) + "\n"


def id_sids_alone():
    k = pick("twilio", "modal", "pscale", "r2")
    if k == "twilio":
        return "ids:twilio_sid_alone", "config/sms.yaml", "twilio:\n  account_sid: AC%s\n  messaging_service_sid: MG%s\n  auth_token: ${TWILIO_AUTH_TOKEN}\n  from: \"+1415555%04d\"\n" % (rhex(32), rhex(32), R.randint(0, 9999))
    if k == "modal":
        return "ids:modal_token_id_alone", "docs/modal.md", "Set up Modal in CI:\n\n```bash\nmodal token set --token-id ak-%s --token-secret \"$MODAL_TOKEN_SECRET\"\n```\n" % rs(ALNUM, 22)
    if k == "pscale":
        return "ids:planetscale_id_alone", ".github/workflows/db.yml", "jobs:\n  branch:\n    runs-on: ubuntu-latest\n    env:\n      PLANETSCALE_SERVICE_TOKEN_ID: %s\n      PLANETSCALE_SERVICE_TOKEN: ${{ secrets.PLANETSCALE_SERVICE_TOKEN }}\n    steps:\n      - run: pscale branch create %s preview-${{ github.run_id }} --org %s\n" % (
            rs(LOWALNUM, 12), app(), org())
    return "ids:r2_access_key_id_alone", "infra/r2.tf", 'resource "cloudflare_r2_bucket" "uploads" {\n  account_id = "%s"\n  name       = "%s-uploads"\n}\n\n# access key id %s (secret in 1Password)\n' % (rhex(32), app(), rhex(32))


def id_saas_ids():
    k = pick("stripe", "notion", "figma", "clerk", "linear")
    if k == "stripe":
        return "ids:stripe_object_ids", "config/pricing.json", json.dumps({"plans": [{"name": n, "product": "prod_" + rs(ALNUM, 14), "price": "price_1" + rs(ALNUM, 23),
                                                                                      "amount": a} for n, a in (("starter", 900), ("pro", 2900), ("team", 9900))]}, indent=2) + "\n"
    if k == "notion":
        return "ids:notion_ids", "sync/notion.config.json", json.dumps({"databases": {"tasks": rhex(32), "docs": ruuid()}, "rootPage": rhex(32),
                                                                        "tokenEnv": "NOTION_TOKEN"}, indent=2) + "\n"
    if k == "figma":
        return "ids:figma_ids", "figma.config.json", json.dumps({"fileKey": rs(ALNUM, 22), "nodes": ["%d:%d" % (R.randint(1, 999), R.randint(1, 9999)) for _ in range(3)],
                                                                 "tokenEnv": "FIGMA_API_KEY"}, indent=2) + "\n"
    if k == "clerk":
        return "ids:clerk_user_ids", "scripts/seed-admins.ts", "export const ADMIN_USER_IDS = [\n%s\n];\nexport const ORG_ID = 'org_%s';\n" % (
            "\n".join("  'user_2%s'," % rs(ALNUM, 26) for _ in range(3)), rs(ALNUM, 27))
    return "ids:linear_ids", "linear.json", json.dumps({"teamId": ruuid(), "labelIds": [ruuid(), ruuid()], "stateId": ruuid(), "apiKeyEnv": "LINEAR_API_KEY"}, indent=2) + "\n"


def sri():
    return "sha512-" + b64e(rbytes(64))


def id_lockfile():
    k = pick("npm", "pnpm", "yarn", "uv", "poetry", "pip", "cargo", "gosum")
    pkgs = R.sample(["openai", "@anthropic-ai/sdk", "ai", "@ai-sdk/openai", "zod", "langchain", "@langchain/core", "@supabase/supabase-js",
                     "@pinecone-database/pinecone", "groq-sdk", "@clerk/nextjs", "stripe", "resend", "@upstash/redis"], 4)
    ver = lambda: "%d.%d.%d" % (R.randint(0, 6), R.randint(0, 40), R.randint(0, 20))
    if k == "npm":
        d = {"name": app(), "lockfileVersion": 3, "requires": True, "packages": {"": {"name": app(), "dependencies": {p: "^" + ver() for p in pkgs}}}}
        for p in pkgs:
            vv = ver()
            d["packages"]["node_modules/" + p] = {"version": vv, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (p, p.split("/")[-1], vv), "integrity": sri(), "license": "MIT"}
        return "hash:npm_integrity", "package-lock.json", json.dumps(d, indent=2) + "\n"
    if k == "pnpm":
        lines = ["lockfileVersion: '9.0'", "", "packages:", ""]
        for p in pkgs:
            lines += ["  '%s@%s':" % (p, ver()), "    resolution: {integrity: %s}" % sri(), ""]
        return "hash:pnpm_integrity", "pnpm-lock.yaml", "\n".join(lines)
    if k == "yarn":
        lines = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", ""]
        for p in pkgs:
            vv = ver()
            lines += ['"%s@^%s":' % (p, vv), '  version "%s"' % vv, '  resolved "https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s"' % (p, p.split("/")[-1], vv, rhex(40)),
                      "  integrity %s" % sri(), ""]
        return "hash:yarn_integrity", "yarn.lock", "\n".join(lines)
    py = R.sample(["openai", "anthropic", "langchain-core", "llama-index-core", "crewai", "pydantic", "httpx", "tiktoken", "streamlit", "gradio"], 4)
    if k == "uv":
        lines = ["version = 1", 'requires-python = ">=3.11"', ""]
        for p in py:
            vv = ver()
            lines += ["[[package]]", 'name = "%s"' % p, 'version = "%s"' % vv, 'source = { registry = "https://pypi.org/simple" }',
                      'sdist = { url = "https://files.pythonhosted.org/packages/%s/%s/%s/%s-%s.tar.gz", hash = "sha256:%s", size = %d }' % (
                          rhex(2), rhex(2), rhex(60), p, vv, rhex(64), R.randint(10000, 900000)), ""]
        return "hash:uv_lock", "uv.lock", "\n".join(lines)
    if k == "poetry":
        lines = []
        for p in py:
            vv = ver()
            lines += ["[[package]]", 'name = "%s"' % p, 'version = "%s"' % vv, "files = [", '    {file = "%s-%s-py3-none-any.whl", hash = "sha256:%s"},' % (p, vv, rhex(64)), "]", ""]
        lines += ["[metadata]", 'lock-version = "2.0"', 'content-hash = "%s"' % rhex(64)]
        return "hash:poetry_lock", "poetry.lock", "\n".join(lines) + "\n"
    if k == "pip":
        lines = ["# This file is autogenerated by pip-compile with Python 3.12"]
        for p in py:
            lines += ["%s==%s \\" % (p, ver()), "    --hash=sha256:%s \\" % rhex(64), "    --hash=sha256:%s" % rhex(64)]
        return "hash:pip_hashes", "requirements.txt", "\n".join(lines) + "\n"
    if k == "cargo":
        lines = ["version = 4", ""]
        for p in ["async-openai", "reqwest", "tokio", "serde_json"]:
            lines += ["[[package]]", 'name = "%s"' % p, 'version = "%s"' % ver(), 'source = "registry+https://github.com/rust-lang/crates.io-index"', 'checksum = "%s"' % rhex(64), ""]
        return "hash:cargo_checksums", "Cargo.lock", "\n".join(lines)
    lines = []
    for p in ["github.com/openai/openai-go", "github.com/anthropics/anthropic-sdk-go", "github.com/sashabaranov/go-openai", "github.com/tidwall/gjson"]:
        vv = "v" + ver()
        lines += ["%s %s h1:%s" % (p, vv, b64e(rbytes(32))), "%s %s/go.mod h1:%s" % (p, vv, b64e(rbytes(32)))]
    return "hash:go_sum", "go.sum", "\n".join(lines) + "\n"


def id_digests():
    if chance(0.5):
        return "hash:image_digests", "docker-compose.yml", ("services:\n  ollama:\n    image: ollama/ollama@sha256:%s\n  qdrant:\n    image: qdrant/qdrant@sha256:%s\n"
                                                            "    environment:\n      QDRANT__SERVICE__API_KEY: ${QDRANT_API_KEY}\n  litellm:\n    image: ghcr.io/berriai/litellm@sha256:%s\n"
                                                            "    environment:\n      LITELLM_MASTER_KEY: ${LITELLM_MASTER_KEY:?}\n") % (rhex(64), rhex(64), rhex(64))
    return "hash:pinned_actions", ".github/workflows/ci.yml", ("name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
                                                               "      - uses: actions/checkout@%s # v4.2.2\n      - uses: astral-sh/setup-uv@%s # v6\n"
                                                               "      - run: uv run pytest\n        env:\n          OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n") % (rhex(40), rhex(40))


def id_models_config():
    return "ids:model_names", pick("config/models.yaml", "models.yaml"), (
        "default: %s\nfallbacks:\n  - anthropic/claude-3-5-haiku-20241022\n  - groq/llama-3.3-70b-versatile\n  - accounts/fireworks/models/llama-v3p1-70b-instruct\n"
        "azure:\n  endpoint: https://%s-eastus2.openai.azure.com/\n  deployment: gpt-4o-prod-2024-08-06\n  api_version: 2024-10-21\n"
        "bedrock:\n  model_id: anthropic.claude-3-5-sonnet-20241022-v2:0\n  inference_profile: arn:aws:bedrock:us-east-1:%s:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0\n"
        "embeddings: text-embedding-3-small\n") % (pick("openai/gpt-4o-mini", "gpt-4.1-mini"), org(), rs(DG, 12))


def id_content_hashes():
    rows = []
    for i in range(R.randint(4, 8)):
        p = "docs/%s.md" % rs(LO, 8)
        rows.append({"path": p, "sha256": rhex(64), "md5": rhex(32), "chunks": R.randint(1, 40), "etag": '"%s"' % rhex(32)})
    return "hash:content_hashes", pick("ingest/manifest.json", ".cache/ingest-state.json"), json.dumps(rows, indent=2) + "\n"


ID_GENS = [id_openai_fixture, id_anthropic_fixture, id_assistants_script, id_batch_jsonl, id_finetune, id_langsmith_export, id_otel_logs,
           id_embeddings, id_vector_upsert, id_replicate_versions, id_hf_revisions, id_cloud_ids, id_sids_alone, id_saas_ids, id_lockfile,
           id_lockfile, id_digests, id_models_config, id_content_hashes]


# ------------------------------------------------------------------------------------
# negatives: docs, CLI output, secret-manager references
# ------------------------------------------------------------------------------------
def misc_cli_output():
    names = R.sample(["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "SUPABASE_SERVICE_ROLE_KEY", "STRIPE_SECRET_KEY", "RESEND_API_KEY", "DATABASE_URL",
                      "CLERK_SECRET_KEY", "GROQ_API_KEY", "PINECONE_API_KEY", "UPSTASH_REDIS_REST_TOKEN"], 4)
    k = pick("supabase", "fly", "vercel", "gh", "doppler")
    if k == "supabase":
        body = "$ supabase secrets list\n\n  NAME                      | DIGEST\n  --------------------------|------------------------------------------------------------------\n" + \
               "".join("  %-25s | %s\n" % (n, rhex(64)) for n in names)
    elif k == "fly":
        body = "$ fly secrets list -a %s\nNAME                     \tDIGEST          \tCREATED AT\n" % app() + \
               "".join("%-25s\t%s\t%dh%dm ago\n" % (n, rhex(16), R.randint(1, 900), R.randint(0, 59)) for n in names)
    elif k == "vercel":
        body = "$ vercel env ls\n> Environment Variables found for %s/%s\n\n name                       value               environments        created\n" % (org(), app()) + \
               "".join(" %-26s Encrypted           Production, Preview %dd ago\n" % (n, R.randint(1, 90)) for n in names)
    elif k == "gh":
        body = "$ gh secret list\n" + "".join("%s\tUpdated 2025-%02d-%02d\n" % (n, R.randint(1, 12), R.randint(1, 28)) for n in names)
    else:
        body = "$ doppler secrets --only-names\n+---------------------------+\n| NAME                      |\n+---------------------------+\n" + \
               "".join("| %-25s |\n" % n for n in names) + "+---------------------------+\n"
    return "doc:cli_secret_listing", pick("docs/secrets.md", "RUNBOOK.md", "docs/deploy.md"), "# Secrets\n\nCurrent state:\n\n```\n" + body + "```\n\nRotate with the provider, then update the value here.\n"


def misc_env_docs():
    rows = [("OPENAI_API_KEY", "OpenAI key (`sk-proj-...`), project-scoped"), ("ANTHROPIC_API_KEY", "Anthropic key, starts with `sk-ant-api03-`"),
            ("SUPABASE_SERVICE_ROLE_KEY", "server only, never `NEXT_PUBLIC_`"), ("HF_TOKEN", "Hugging Face token (`hf_...`), read scope"),
            ("GROQ_API_KEY", "`gsk_...`"), ("OPENROUTER_API_KEY", "`sk-or-v1-...`"), ("STRIPE_SECRET_KEY", "`sk_test_...` locally, `sk_live_...` in prod"),
            ("DATABASE_URL", "`postgresql://postgres.[ref]:[YOUR-PASSWORD]@aws-0-us-east-1.pooler.supabase.com:6543/postgres`")]
    R.shuffle(rows)
    body = "\n".join("| `%s` | %s |" % r for r in rows[: R.randint(4, 8)])
    return "doc:env_table", pick("docs/configuration.md", "CONTRIBUTING.md"), "## Configuration\n\nCopy `.env.example` to `.env` and fill in:\n\n| Variable | Notes |\n| --- | --- |\n%s\n\nNever commit real values.\n" % body


def misc_secret_refs():
    k = pick("op", "aws", "gcp", "vault", "k8s")
    if k == "op":
        return "ref:op_inject_template", "config/secrets.tpl.yaml", ("openai:\n  api_key: \"{{ op://Engineering/OpenAI/credential }}\"\nanthropic:\n  api_key: \"{{ op://Engineering/Anthropic/api key }}\"\n"
                                                                       "supabase:\n  service_role_key: \"{{ op://Engineering/Supabase %s/service_role }}\"\n" % app())
    if k == "aws":
        return "ref:aws_secrets_manager", "infra/secrets.ts", ("import * as sm from 'aws-cdk-lib/aws-secretsmanager';\n\n"
                                                               "export const OPENAI_SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:%s:secret:prod/openai-api-key-%s';\n"
                                                               "export const ANTHROPIC_SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:%s:secret:prod/anthropic-%s';\n") % (
            rs(DG, 12), rs(ALNUM, 6), rs(DG, 12), rs(ALNUM, 6))
    if k == "gcp":
        return "ref:gcp_secret_manager", "deploy/cloudrun.yaml", ("apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: %s\nspec:\n  template:\n    spec:\n      containers:\n"
                                                                   "        - image: us-docker.pkg.dev/%s/app/api@sha256:%s\n          env:\n            - name: OPENAI_API_KEY\n              valueFrom:\n"
                                                                   "                secretKeyRef:\n                  name: openai-api-key\n                  key: latest\n") % (app(), app(), rhex(64))
    if k == "vault":
        return "ref:vault_paths", "config/vault.hcl", ('template {\n  contents = <<EOT\nOPENAI_API_KEY={{ with secret "kv/data/%s/openai" }}{{ .Data.data.key }}{{ end }}\nEOT\n  destination = "/run/secrets/app.env"\n}\n' % app())
    return "ref:k8s_secret_ref", "k8s/deployment.yaml", ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\nspec:\n  template:\n    spec:\n      containers:\n"
                                                         "        - name: api\n          image: ghcr.io/%s/%s:1.4.2\n          envFrom:\n            - secretRef:\n                name: %s-llm-keys\n"
                                                         "          env:\n            - name: GROQ_API_KEY\n              valueFrom:\n                secretKeyRef: {name: %s-llm-keys, key: groq}\n") % (app(), org(), app(), app(), app())


def misc_token_words():
    return "names:non_secret_values", pick("config/llm.yaml", "settings.yaml"), (
        "llm:\n  provider: openai\n  api_key_env: OPENAI_API_KEY\n  max_tokens: 4096\n  token_budget: 120000\n  secret_scanning: true\n"
        "  password_policy: strong\n  auth: oauth\n  api_key_header: x-api-key\n  tokenizer: cl100k_base\n  key_prefix: sk-proj-\n")


MISC_GENS = [misc_cli_output, misc_env_docs, misc_secret_refs, misc_token_words]


# ------------------------------------------------------------------------------------
# template registry
# ------------------------------------------------------------------------------------
CLIENTSIDE = ("llm", "ai", "vector", "platform")
SERVERISH = ("llm", "ai", "vector", "platform", "db", "obs", "comm", "pay", "azure", "admin", "commerce", "design", "secrets")
NOT_MCP = ("registry", "ccoauth")

TEMPLATES = [
    # (filetype label, function, predicate)
    ("mcp:claude_desktop_config.json", t_mcp_claude_desktop, lambda c: c.fam not in NOT_MCP and not c.pw),
    ("mcp:.cursor/mcp.json", t_mcp_cursor, lambda c: c.fam not in NOT_MCP and not c.pw),
    ("mcp:.vscode/mcp.json", t_mcp_vscode, lambda c: c.fam not in NOT_MCP and not c.pw),
    ("mcp:.mcp.json", t_mcp_project, lambda c: c.fam not in NOT_MCP and not c.pw),
    ("mcp:windsurf/mcp_config.json", t_mcp_windsurf, lambda c: c.fam not in NOT_MCP and not c.pw),
    ("mcp:cline_or_roo_mcp.json", t_mcp_cline, lambda c: c.fam not in NOT_MCP and not c.pw),
    ("mcp:.gemini/settings.json", t_mcp_gemini, lambda c: c.fam not in NOT_MCP and not c.pw),
    ("mcp:opencode.json", t_mcp_opencode, lambda c: c.fam not in NOT_MCP and not c.pw),
    ("mcp:.zed/settings.json", t_mcp_zed, lambda c: c.fam not in NOT_MCP and not c.pw),
    ("mcp:.codex/config.toml", t_mcp_codex, lambda c: c.fam not in NOT_MCP and not c.pw),
    ("mcp:goose/config.yaml", t_mcp_goose, lambda c: c.fam not in NOT_MCP and not c.pw),
    ("mcp:librechat.yaml", t_mcp_librechat, lambda c: c.fam not in NOT_MCP and not c.pw),
    ("mcp:db_url_arg", t_db_mcp, lambda c: c.pw),
    ("docker-compose.yml", t_compose, lambda c: True),
    ("github-actions.yml", t_gh_actions, lambda c: True),
    (".gitlab-ci.yml", t_gitlab_ci, lambda c: c.fam != "ccoauth"),
    ("devcontainer.json", t_devcontainer, lambda c: True),
    ("vercel.json", t_vercel_json, lambda c: c.fam != "ccoauth"),
    ("wrangler.toml", t_wrangler_toml, lambda c: c.fam != "ccoauth"),
    ("wrangler.jsonc", t_wrangler_jsonc, lambda c: c.fam != "ccoauth"),
    (".dev.vars", t_dev_vars, lambda c: c.fam in SERVERISH),
    ("netlify.toml", t_netlify_toml, lambda c: c.fam != "ccoauth"),
    ("fly.toml", t_fly_toml, lambda c: c.fam != "ccoauth"),
    ("render.yaml", t_render_yaml, lambda c: c.fam != "ccoauth"),
    ("streamlit secrets.toml", t_streamlit_secrets, lambda c: c.fam in SERVERISH),
    ("next.config.js/mjs/ts", t_next_config, lambda c: c.fam in SERVERISH),
    ("vite.config.ts", t_vite_config, lambda c: c.fam in CLIENTSIDE and not c.pw),
    ("Dockerfile", t_dockerfile, lambda c: True),
    ("serverless.yml", t_serverless_yml, lambda c: c.fam in SERVERISH),
    ("shell export script", t_shell_export, lambda c: True),
    ("Makefile", t_makefile, lambda c: True),
    (".claude/settings.json", t_claude_settings, lambda c: True),
    ("Pulumi.<stack>.yaml", t_pulumi, lambda c: c.fam != "ccoauth"),
    ("terraform .tf", t_terraform_envvar, lambda c: c.fam in SERVERISH),
    ("supabase/config.toml", t_supabase_config, lambda c: c.fam in ("llm", "ai", "pay", "comm", "platform", "vector")),
    ("expo app.json", t_expo_app_json, lambda c: c.fam in CLIENTSIDE and not c.pw),
    ("modal app .py", t_modal_secret, lambda c: c.fam in ("llm", "ai", "vector", "db")),
    ("README.md quick-start", t_readme, lambda c: True),
    ("postman environment .json", t_postman_env, lambda c: c.http is not None),
    ("bruno environment .bru", t_bruno_env, lambda c: c.http is not None),
    ("spring application.yml", t_spring, lambda c: c.fam in ("llm", "ai", "db", "platform", "pay", "comm")),
    ("appsettings.json", t_appsettings, lambda c: c.fam in ("llm", "ai", "db", "platform", "pay", "comm", "azure")),
    ("litellm environment_variables", t_litellm_env, lambda c: c.fam in ("llm", "ai", "azure")),
    ("python SDK init", t_py_sdk, lambda c: c.py is not None),
    ("python LangChain", t_py_langchain, lambda c: c.llm is not None),
    ("python LlamaIndex", t_py_llamaindex, lambda c: c.llm is not None),
    ("python CrewAI", t_py_crewai, lambda c: c.fam in ("llm", "ai", "vector")),
    ("python AutoGen", t_py_autogen, lambda c: c.llm is not None),
    ("OAI_CONFIG_LIST", t_oai_config_list, lambda c: c.llm is not None),
    ("python Gradio app", t_py_gradio, lambda c: c.llm is not None),
    ("python Streamlit app", t_py_streamlit_app, lambda c: c.llm is not None),
    ("python FastAPI app", t_py_fastapi, lambda c: c.http is not None),
    ("python requests script", t_py_requests, lambda c: c.http is not None),
    ("python AWS Lambda handler", t_py_lambda, lambda c: c.http is not None),
    ("python FastMCP server", t_py_fastmcp, lambda c: c.http is not None),
    ("jupyter .ipynb", t_notebook, lambda c: c.fam in ("llm", "ai", "vector", "db", "platform", "azure")),
    ("typescript SDK init", t_ts_sdk, lambda c: c.ts is not None),
    ("Vercel AI SDK route.ts", t_ts_aisdk, lambda c: c.llm is not None),
    ("Cloudflare Worker", t_ts_worker, lambda c: c.http is not None),
    ("edge/serverless function .ts", t_ts_edge_fn, lambda c: c.http is not None),
    ("typescript fetch", t_ts_fetch, lambda c: c.http is not None),
    ("go", t_go, lambda c: c.llm is not None or c.http is not None),
    ("rust", t_rust, lambda c: c.llm is not None or c.http is not None),
    (".continue/config.json", t_continue_json, lambda c: c.llm is not None),
    (".continue/config.yaml", t_continue_yaml, lambda c: c.llm is not None),
    (".aider.conf.yml", t_aider, lambda c: c.llm is not None),
    ("litellm config.yaml", t_litellm, lambda c: c.llm is not None),
    ("promptfooconfig.yaml", t_promptfoo, lambda c: c.llm is not None),
    ("librechat.yaml endpoints", t_librechat_llm, lambda c: c.llm is not None),
    (".codex/auth.json", t_codex_auth, lambda c: c.provider == "openai"),
    (".claude/.credentials.json", t_claude_credentials, lambda c: c.kind == "claude_code_oauth_token"),
    ("claude-code-action workflow", t_claude_action, lambda c: c.provider == "anthropic"),
    ("curl shell script", t_curl, lambda c: c.http is not None),
    (".http / .rest file", t_http_file, lambda c: c.http is not None),
    ("http-client.env.json", t_http_env_json, lambda c: c.http is not None),
    ("postman collection .json", t_postman_collection, lambda c: c.http is not None),
    ("bruno request .bru", t_bruno_req, lambda c: c.http is not None),
    ("CLI credential file", t_credfile, lambda c: True),
    ("db client code/config", t_db_code, lambda c: c.pw),
]

# specific homes get a boost: a cred that has a dedicated file should often land there
BOOST = {"CLI credential file": 3.0, ".claude/.credentials.json": 6.0, "mcp:db_url_arg": 2.0, "db client code/config": 3.0,
         "claude-code-action workflow": 2.0, ".codex/auth.json": 1.5}


def run_template(fn, c, v):
    res = fn(c, v)
    if res is None:
        return None
    if len(res) == 2:
        return res[0], res[1], None
    return res


# ------------------------------------------------------------------------------------
# self-check patterns (positive formats; used to make sure no negative holds one)
# ------------------------------------------------------------------------------------
POS_PATTERNS = [
    r"sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}", r"\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}",
    r"sk-ant-(?:api03|admin01|oat01|ort01)-[A-Za-z0-9_-]{80,}", r"AIza[A-Za-z0-9_-]{35}", r"\bxai-[A-Za-z0-9]{80}", r"\bpplx-[A-Za-z0-9]{48}",
    r"sk-or-v1-[0-9a-f]{64}", r"tgp_v1_[A-Za-z0-9_-]{43}", r"\bfw_[A-Za-z0-9]{24}\b", r"\bgsk_[A-Za-z0-9]{52}", r"\bcsk-[a-z0-9]{48}",
    r"\bhf_[A-Za-z]{34}\b", r"api_org_[A-Za-z]{34}", r"\br8_[A-Za-z0-9]{37}", r"lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}",
    r"sk-lf-[0-9a-f]{8}-", r"tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}", r"\bfc-[0-9a-f]{32}", r"\be2b_[0-9a-f]{40}", r"\bas-[A-Za-z0-9]{22}\b",
    r"pcsk_[A-Za-z0-9]{5}_[A-Za-z0-9]{63}", r"sb_secret_[A-Za-z0-9-]{22}_", r"\bsbp_[0-9a-f]{40}", r"\bvcp_[A-Za-z0-9]{56}",
    r"vercel_blob_rw_[A-Za-z0-9]{16}_[A-Za-z0-9]{30}", r"\bnfp_[A-Za-z0-9]{40}", r"\bfo1_[A-Za-z0-9_-]{43}", r"fm2_lJPE[A-Za-z0-9+/]{40,}",
    r"\brnd_[A-Za-z0-9]{32}", r"\bnapi_[a-z0-9]{64}", r"pscale_(?:tkn|pw)_[A-Za-z0-9_-]{43}", r"\bsig_[A-Za-z0-9]{28}\b",
    r"\b[sr]k_(?:live|test)_[A-Za-z0-9]{24,}", r"whsec_[A-Za-z0-9]{32}", r"\bre_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}", r"lin_api_[A-Za-z0-9]{40}",
    r"\bntn_[0-9]{11}[A-Za-z0-9]{35}", r"\bsecret_[A-Za-z0-9]{43}\b", r"\bdp\.(?:pt|st|sa)\.[A-Za-z0-9_.]{40,}", r"ops_eyJ[A-Za-z0-9_-]{100,}",
    r"v1\.0-[0-9a-f]{24}-[0-9a-f]{146}", r"\bgh[pousr]_[A-Za-z0-9]{36}\b", r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
    r"glpat-[A-Za-z0-9_-]{20}", r"\bgldt-[A-Za-z0-9_-]{20}", r"\bglrt-[A-Za-z0-9_-]{20}", r"glptt-[0-9a-f]{40}", r"gloas-[0-9a-f]{64}",
    r"sntryu_[0-9a-f]{64}", r"sntrys_eyJ[A-Za-z0-9+/]{40,}", r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}", r"\bglc_eyJ[A-Za-z0-9+/]{40,}",
    r"\bphx_[A-Za-z0-9]{47}", r"figd_[A-Za-z0-9_-]{40}", r"shp(?:at|ss)_[0-9a-f]{32}", r"\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    r"xoxb-[0-9]{10,}-[0-9]{10,}-[A-Za-z0-9]{24}", r"\bpat[A-Za-z0-9]{14}\.[0-9a-f]{64}", r"hvs\.CAESI[A-Za-z0-9_-]{60,}",
    r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{60,}", r"dckr_pat_[A-Za-z0-9_-]{27}", r"\bnpm_[A-Za-z0-9]{36}\b", r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}",
    r"\bnpg_[A-Za-z0-9]{12}\b", r"AVNS_[A-Za-z0-9_-]{21}", r"\bABSK[A-Za-z0-9+/=]{40,}", r"\bkey_[0-9a-f]{128}", r"\bsk_[0-9a-f]{48}\b",
    r"\bBSA[A-Za-z0-9]{27}\b", r"eyJVc2VySUQi[A-Za-z0-9+/=]{20,}", r"\bst\.[0-9a-f-]{36}\.[0-9a-f]{32}\.[0-9a-f]{32}",
]
POS_RE = [re.compile(p) for p in POS_PATTERNS]
ALLOWED_IN_NEG = {"public:firebase_web_config": [r"AIza[A-Za-z0-9_-]{35}"]}


def low_distinct(m):
    body = re.sub(r"^[a-z_.-]*?[_.-]", "", m)
    return len(set(body)) <= 4


def service_role_jwt_in(text):
    for m in re.finditer(r"eyJ[A-Za-z0-9_-]+\.(eyJ[A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+", text):
        p = m.group(1)
        try:
            d = json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
        except Exception:
            continue
        if isinstance(d, dict) and d.get("role") != "anon":
            return m.group(0)
    return None


# ------------------------------------------------------------------------------------
# main
# ------------------------------------------------------------------------------------
N_POS, N_NEG = 500, 500


def write(out, rel, text):
    p = os.path.join(out, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def line_of(text, needle):
    i = text.find(needle)
    return text.count("\n", 0, i) + 1 if i >= 0 else 0


class Balancer:
    def __init__(self):
        self.used = {}

    def order(self, labels, boost=None):
        boost = boost or {}
        scored = [((self.used.get(l, 0) + R.random() * 2.5) / boost.get(l, 1.0), l) for l in labels]
        return [l for _, l in sorted(scored)]

    def mark(self, l):
        self.used[l] = self.used.get(l, 0) + 1


def pos_schedule():
    base = [c for c in CREDS for _ in range(4)]
    emph = [c for c in CREDS if c.fam in ("llm", "ai", "vector", "azure", "admin", "ccoauth") or c.mcp]
    while len(base) < N_POS:
        base.append(R.choice(emph))
    R.shuffle(base)
    return base[:N_POS]


def gen_positive(c, bal):
    tmpl = {lab: (fn, ok) for lab, fn, ok in TEMPLATES}
    labels = [lab for lab, fn, ok in TEMPLATES if ok(c)]
    for lab in bal.order(labels, BOOST):
        needle = c.gen()
        v = V("lit", c.wrap(needle))
        v.neg = False
        res = run_template(tmpl[lab][0], c, v)
        if res is None:
            continue
        path, text, override = res
        if override:
            needle = override
        if needle not in text:
            continue
        bal.mark(lab)
        return lab, path, text, needle
    raise RuntimeError("no template for %s" % c.id)


def gen_negative_twin(bal, mode):
    tmpl = {lab: fn for lab, fn, ok in TEMPLATES}
    while True:
        c = R.choice(CREDS)
        labels = [lab for lab, fn, ok in TEMPLATES if ok(c) and lab not in (".claude/.credentials.json",)]
        for lab in bal.order(labels)[:6]:
            if mode == "ref":
                v, kind = V("ref"), "env_reference"
            else:
                v, kind = neg_value(c)
                if mode == "masked" and not c.pw:
                    v, kind = V("lit", masked(c, c.gen())), "masked"
            v.neg = True
            res = run_template(tmpl[lab], c, v)
            if res is None:
                continue
            path, text, _ = res
            bal.mark(lab)
            return c, lab, kind, path, text


def main():
    global R
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_j.py OUTDIR SEED\n")
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    manifest, secrets = [], []
    bal = Balancer()
    for i, c in enumerate(pos_schedule()):
        lab, path, text, needle = gen_positive(c, bal)
        rel = "pos/p%04d/%s" % (i + 1, path)
        write(out, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": c.provider, "kind": c.kind, "filetype": lab, "detail": c.fam})
        secrets.append({"file": rel, "needle": needle, "line": line_of(text, needle), "provider": c.provider, "kind": c.kind})

    nbal = Balancer()
    plan = (["ref"] * 165 + ["placeholder"] * 95 + ["masked"] * 35 + ["public"] * 75 + ["ids"] * 100 + ["misc"] * 30)[:N_NEG]
    R.shuffle(plan)
    for i, what in enumerate(plan):
        if what in ("ref", "placeholder", "masked"):
            c, lab, kind, path, text = gen_negative_twin(nbal, what)
            prov, detail = c.provider, "%s twin of %s" % (lab, c.kind)
        else:
            gen = R.choice({"public": PUBLIC_GENS, "ids": ID_GENS, "misc": MISC_GENS}[what])
            sub, path, text = gen()
            kind = {"public": "public_key", "ids": "identifier_or_hash", "misc": "doc_or_reference"}[what]
            prov = sub.split(":", 1)[1].split("_")[0]
            lab, detail = path.split("/")[-1], sub
        rel = "neg/n%04d/%s" % (i + 1, path)
        write(out, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": lab, "detail": detail})

    with open(os.path.join(out, "manifest.jsonl"), "w") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    self_check(out, manifest, secrets)


def self_check(out, manifest, secrets):
    errs = []
    pos = [m for m in manifest if m["label"] == "pos"]
    neg = [m for m in manifest if m["label"] == "neg"]
    if len(pos) != N_POS or len(neg) != N_NEG:
        errs.append("counts %d/%d" % (len(pos), len(neg)))
    if len(set(m["file"] for m in manifest)) != len(manifest):
        errs.append("duplicate file names")
    for m in manifest:
        if not os.path.isfile(os.path.join(out, m["file"])):
            errs.append("missing " + m["file"])
    for s in secrets:
        text = open(os.path.join(out, s["file"]), encoding="utf-8").read()
        if s["needle"] not in text:
            errs.append("needle not in " + s["file"])
        elif line_of(text, s["needle"]) != s["line"] or s["line"] < 1:
            errs.append("line mismatch " + s["file"])
        if len(s["needle"]) < 8:
            errs.append("short needle " + s["file"])
    for m in neg:
        text = open(os.path.join(out, m["file"]), encoding="utf-8").read()
        allowed = [re.compile(a) for a in ALLOWED_IN_NEG.get(m["detail"], [])]
        for rx in POS_RE:
            for mm in rx.finditer(text):
                g = mm.group(0)
                if low_distinct(g) or any(a.fullmatch(g) for a in allowed):
                    continue
                errs.append("negative %s holds %s…" % (m["file"], g[:14]))
        j = service_role_jwt_in(text)
        if j:
            errs.append("negative %s holds a non-anon JWT" % m["file"])
    provs = set((m["provider"], m["kind"]) for m in pos)
    ftypes = set(m["filetype"] for m in pos)
    print("gen_j: %d positives (%d provider/kind pairs, %d file types), %d negatives -> %s" % (len(pos), len(provs), len(ftypes), len(neg), out))
    if errs:
        for e in errs[:40]:
            print("SELF-CHECK:", e)
        print("SELF-CHECK FAILED: %d problems" % len(errs))
        sys.exit(1)
    print("self-check ok")


if __name__ == "__main__":
    main()
