#!/usr/bin/env python3
"""gen_hx.py - blind evaluation set: LLM observability / evaluation / prompt-management keys.

EMPHASIS
    How applications configure LLM observability, evaluation and prompt-management
    platforms.  Providers: Langfuse (sk-lf- secret half of the pk-lf/sk-lf pair, and
    the OTLP "Basic base64(pk:sk)" header), LangSmith (lsv2_pt_ / lsv2_sk_), Helicone
    (sk-helicone-, Helicone-Auth header, key in gateway URL path), Arize AX and Phoenix
    (API keys; Phoenix keys are JWTs), Braintrust (sk-), W&B Weave (WANDB_API_KEY, 40 hex
    legacy and wandb_v1_ new form, .netrc), Humanloop (hl_sk_), PromptLayer (pl_),
    Portkey (API keys; virtual keys are treated as identifiers), Lunary (private key),
    Comet Opik, Galileo, Patronus, AgentOps, Literal AI (lsk_), Traceloop/OpenLLMetry
    (tl_, TRACELOOP_HEADERS, OTLP headers), Pydantic Logfire (pylf_v1_<region>_ write
    tokens), Laminar, HoneyHive, Parea, Confident AI / DeepEval, and promptfoo configs
    that carry OpenAI / Anthropic provider keys.
    Kinds: secret keys and tokens, OTLP exporter headers with bearer / basic
    credentials, project API keys.
    File types: Python and TypeScript/JavaScript app code, Jupyter-style "# %%" .py
    scripts, .env (sparingly, positives only), YAML (promptfoo, Kubernetes, Helm,
    docker-compose, GitHub/GitLab CI, OTel collector), TOML (pyproject tool sections),
    JSON (VS Code launch, devcontainer, app config), INI, properties, Dockerfile, shell,
    Makefile, Terraform, Markdown, .netrc, systemd units; negatives add SQL, CSV, logs,
    lockfiles, HTTP captures, PEM public keys.

USAGE
    python3 -B gen_hx.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    (file, label, provider, kind, filetype) and OUTDIR/secrets.jsonl (file, needle,
    line).  Everything is derived from random.Random(SEED); two runs with one seed are
    byte-identical.  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the credential exactly as written, without quotes, without the
      variable name, without "Bearer " / "Basic " and without the header name.
    * Headers (Helicone-Auth, Authorization, x-api-key, x-portkey-api-key, api_key=...):
      only the token after the scheme.  TRACELOOP_HEADERS-style values that URL-encode
      the space ("Bearer%20sk-...") still give only the token.
    * Langfuse OTLP basic auth: the needle is the whole base64 blob of "pk-lf-...:sk-lf-..."
      (the blob is what is written; the pk half inside it is public, the blob as a whole
      is the credential).
    * URLs: Helicone gateway URL with the key in the path -> the needle is the key only.
    * .netrc: the password field (the W&B key).
    * Key pairs: only the secret half is the needle; the public half (pk-lf-, Lunary
      public key, Arize space id) may sit next to it and is not a credential.
    * No multi-line keys occur in this domain; every needle sits on one line.
    * `line` is the 1-based line of the first occurrence of the needle.

NEGATIVES
    Half re-use the positive templates with the credential slot holding a non-secret:
    placeholders (<your-...>, YOUR_API_KEY_HERE, changeme, xxxx, "sk-lf-..."), empty
    values, masked values (****, [REDACTED], Langfuse's own display form
    "sk-lf-...abcd"), environment and secret-manager references (${VAR}, $VAR,
    os.environ[...], os.getenv, process.env.X, ${{ secrets.X }}, {{ .Values.x }},
    ${env:X}, op://, vault:, aws secretsmanager), template expressions (Jinja, Helm,
    Azure DevOps #{..}#), obviously fake test values (sk-lf-test) and the documented
    placeholders the providers print (pl_xxxxx, tl_xxxxxxxxxxxxx, lsv2_pt_...).
    The other half are look-alikes: Langfuse public keys in browser code, Lunary
    public keys, Helicone pk- write keys in client code, Arize space ids (base64
    "Space:..."), Phoenix global ids, OTel trace/span ids and traceparent headers,
    LangSmith / Langfuse / W&B / Logfire run and trace URLs, Weave object refs,
    prompt version hashes, Comet experiment keys, Braintrust experiment ids,
    dataset ids, hashed keys (bcrypt / sha256) with display forms in SQL seeds,
    lockfile integrity hashes, image digests, git SHAs, PEM public keys, base64
    encoded configuration, OTLP endpoints without credentials, Portkey config ids and
    virtual-key slugs.  No negative is written to a .env / .env.<stage> file.

FORMATS CHECKED
    * Langfuse: docs and onboarding pages say secret keys start "sk-lf-" and public keys
      "pk-lf-"; Langfuse's own source generates `sk-lf-${randomUUID()}` and
      `pk-lf-${randomUUID()}`; display form is first 6 chars + "..." + last 4.  OTLP
      ingestion uses HTTP Basic auth with public key as user and secret key as password.
    * LangSmith: docs describe Personal Access Tokens and Service Keys, header X-Api-Key,
      env LANGSMITH_API_KEY / LANGCHAIN_API_KEY; public code shows lsv2_pt_ / lsv2_sk_
      followed by 32 hex, "_", 10 hex.
    * Helicone: docs: keys with read permission start sk-, write-only keys pk-, EU keys
      carry eu-; header "Helicone-Auth: Bearer <key>"; a write key may be put in the
      gateway URL path.  Helicone's own source builds keys as
      `sk-helicone-${generateApiKey({method:"base32",dashes:true})}`.toLowerCase(); the
      published shape is four dash-separated groups of 7 chars.  Generated here as four
      base32 encodings of 4 random bytes (7 chars, last char one of a/i/q/y), which is
      what the public examples show.
    * Pydantic Logfire: the SDK's own token pattern is
      pylf_v<digits>_<region>_[a-zA-Z0-9]+ with regions us / eu; env LOGFIRE_TOKEN.
    * Traceloop: env TRACELOOP_API_KEY, TRACELOOP_BASE_URL, TRACELOOP_HEADERS
      ("Authorization=Bearer%20<key>, ..."); public code shows tl_ + 32 hex.
    * Phoenix: docs describe system / user API keys sent as Bearer or api_key header;
      public configs show keys as HS256 JWTs whose payload is {"jti":"ApiKey:<n>"}.
    * Arize AX: ARIZE_API_KEY + ARIZE_SPACE_ID, the space id a base64 "Space:..." id.
    * Braintrust: BRAINTRUST_API_KEY, keys "sk-" followed by 48 alphanumerics in
      public configs; OTLP via TRACELOOP_HEADERS with x-bt-parent=project_id:...
    * Humanloop: hl_sk_ + 48 hex in public configs.
    * PromptLayer: docs example `PromptLayer(api_key="pl_xxxxx")`, env PROMPTLAYER_API_KEY.
    * Portkey: header x-portkey-api-key, x-portkey-virtual-key; PORTKEY_API_KEY.
    * W&B: issues on wandb/wandb: legacy keys are 40 chars, local-server keys carry a
      "local-" prefix, new keys are 86 chars and start wandb_v1_.
    * Galileo: a public config shows a 43-char URL-safe base64 key.
    * Env var names for Opik (OPIK_API_KEY, OPIK_WORKSPACE), AgentOps, Laminar
      (LMNR_PROJECT_API_KEY), HoneyHive (HH_API_KEY, HH_PROJECT), Parea, Patronus,
      Confident AI (CONFIDENT_API_KEY), Literal AI (LITERAL_API_KEY, lsk_ prefix),
      Lunary (LUNARY_PUBLIC_KEY / LUNARY_PRIVATE_KEY) come from their docs and public
      configs.

DOUBTS
    * Bodies not confirmed by provider docs, generated as plausible random tokens:
      Logfire token body length (48 here), PromptLayer (pl_ + 32 hex), Portkey (32
      base64 chars), Opik/Comet (25 alphanumerics), Patronus (sk- + 43 URL-safe), Literal
      AI (lsk_ + 40 alphanumerics), Laminar (64 alphanumerics), HoneyHive (32
      alphanumerics), Parea (32 alphanumerics), Confident AI (44 URL-safe), Arize AX
      ("ak-" + 43 URL-safe; older Arize keys look different), the alphabet of the new
      wandb_v1_ body, Lunary private keys (UUIDs), AgentOps keys (UUIDs).
    * LangSmith / Humanloop / Braintrust / Traceloop shapes come from public code, not
      from the providers' reference pages.
    * Helicone pk- keys are documented as write-only keys; the brief counts them as the
      public half, so they appear only as negatives (in client-side code).  A scanner
      that reports them is arguably not wrong.
    * Portkey virtual keys (slugs) are treated as identifiers, not credentials.
    * OpenAI sk-proj- and Anthropic sk-ant-api03- shapes in the promptfoo templates are
      from general knowledge of those formats, not re-checked here.
    * Some search results were secret-scanner rule material (GitGuardian detector
      pages, rule tables in other scanners' repositories); they were not used.
"""

import base64
import json
import os
import random
import re
import string
import sys

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
URLSAFE = ALNUM + "-_"
B32 = "abcdefghijklmnopqrstuvwxyz234567"

N_POS = 500
N_NEG = 500


# ---------------------------------------------------------------- random helpers
class G:
    """Random helpers bound to one random.Random instance."""

    def __init__(self, rng):
        self.r = rng

    def choice(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def randint(self, a, b):
        return self.r.randint(a, b)

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def alnum(self, n):
        return self.s(ALNUM, n)

    def lalnum(self, n):
        return self.s(LOWER_ALNUM, n)

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(self.rbytes(nbytes)).decode().rstrip("=")

    def b64(self, nbytes):
        return base64.b64encode(self.rbytes(nbytes)).decode()

    def uuid4(self):
        h = list(self.hex(32))
        h[12] = "4"
        h[16] = self.choice("89ab")
        h = "".join(h)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def cuid(self):
        return "c" + self.choice("lm") + self.lalnum(23)

    def b32group(self):
        return base64.b32encode(self.rbytes(4)).decode().rstrip("=").lower()

    def word(self):
        return self.choice(WORDS)

    def slug(self):
        return "%s-%s" % (self.word(), self.word())

    def date(self):
        return "2024-%02d-%02d" % (self.randint(1, 12), self.randint(1, 28))

    def ts(self):
        return "%sT%02d:%02d:%02d.%03dZ" % (self.date(), self.randint(0, 23), self.randint(0, 59),
                                           self.randint(0, 59), self.randint(0, 999))


WORDS = ["support", "billing", "search", "triage", "summarize", "router", "agent", "docs",
         "ingest", "review", "chat", "answer", "retrieval", "rerank", "guard", "planner",
         "copilot", "intake", "claims", "tickets", "onboarding", "catalog", "notes", "ledger"]
APPS = ["helpdesk-bot", "rag-service", "doc-qa", "agent-runner", "eval-harness", "chat-api",
        "support-copilot", "kb-search", "claims-assistant", "ticket-triage", "llm-gateway",
        "prompt-lab", "insights-agent", "sales-assist"]
MODELS = ["gpt-4o-mini", "gpt-4o", "claude-3-5-sonnet-20241022", "claude-3-5-haiku-20241022",
          "gpt-4.1-mini", "llama-3.1-70b-instruct", "gemini-1.5-pro"]
TEAMS = ["acme", "northwind", "globex", "initech", "umbrella-labs", "hooli", "stark-ai", "wayne-data"]


# ---------------------------------------------------------------- secret formats
def k_langfuse(g):
    return "sk-lf-" + g.uuid4()


def k_langfuse_pk(g):
    return "pk-lf-" + g.uuid4()


def k_langsmith(g):
    return "lsv2_%s_%s_%s" % (g.choice(["pt", "pt", "sk"]), g.hex(32), g.hex(10))


def k_helicone(g):
    region = "eu-" if g.chance(0.15) else ""
    return "sk-helicone-" + region + "-".join(g.b32group() for _ in range(4))


def k_helicone_pk(g):
    return "pk-helicone-" + "-".join(g.b32group() for _ in range(4))


def k_logfire(g):
    return "pylf_v1_%s_%s" % (g.choice(["us", "us", "eu"]), g.alnum(48))


def k_traceloop(g):
    return "tl_" + g.hex(32)


def _b64u(obj):
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def k_phoenix(g):
    head = _b64u({"typ": "JWT", "alg": "HS256"})
    body = _b64u({"jti": "ApiKey:%d" % g.randint(2, 480)})
    return "%s.%s.%s" % (head, body, g.b64url(32))


def k_arize(g):
    return "ak-" + g.b64url(32)


def k_braintrust(g):
    return "sk-" + g.alnum(48)


def k_wandb(g):
    if g.chance(0.3):
        return "wandb_v1_" + g.s(ALNUM + "_", 77)
    return g.hex(40)


def k_humanloop(g):
    return "hl_sk_" + g.hex(48)


def k_promptlayer(g):
    return "pl_" + g.hex(32)


def k_portkey(g):
    return g.b64(24)


def k_lunary(g):
    return g.uuid4()


def k_opik(g):
    return g.alnum(25)


def k_galileo(g):
    return g.b64url(32)


def k_patronus(g):
    return "sk-" + g.b64url(32)


def k_agentops(g):
    return g.uuid4()


def k_literal(g):
    return "lsk_" + g.alnum(40)


def k_laminar(g):
    return g.alnum(64)


def k_honeyhive(g):
    return g.alnum(32)


def k_parea(g):
    return g.alnum(32)


def k_confident(g):
    return g.b64url(33)


def k_openai(g):
    return "sk-proj-" + g.s(URLSAFE, 74) + "T3BlbkFJ" + g.s(URLSAFE, 74)


def k_anthropic(g):
    return "sk-ant-api03-" + g.s(URLSAFE, 93) + "AA"


def arize_space_id(g):
    return base64.b64encode(("Space:%d:%s" % (g.randint(1000, 99999), g.alnum(4))).encode()).decode()


# Provider records.  env = conventional variable; alt = neutral / unusual names;
# extras(g) = innocent neighbouring settings; docex = the provider's printed
# placeholders (used only in negatives).
def _lf_extras(g):
    return [("LANGFUSE_PUBLIC_KEY", k_langfuse_pk(g)),
            ("LANGFUSE_HOST", g.choice(["https://cloud.langfuse.com", "https://us.cloud.langfuse.com",
                                        "https://langfuse.internal.%s.io" % g.choice(TEAMS)]))]


PROVIDERS = {
    "langfuse": dict(name="Langfuse", env="LANGFUSE_SECRET_KEY", gen=k_langfuse, kind="secret-key",
                     alt=["LF_SECRET", "TRACING_SECRET_KEY", "OBS_LANGFUSE_SK", "LLM_TRACE_SK"],
                     extras=_lf_extras, docex=["sk-lf-...", "sk-lf-your-secret-key-here", "sk-lf-xxxxxxxx"]),
    "langsmith": dict(name="LangSmith", env="LANGSMITH_API_KEY", gen=k_langsmith, kind="api-key",
                      alt=["LANGCHAIN_API_KEY", "LS_KEY", "SMITH_TOKEN", "TRACE_API_KEY"],
                      extras=lambda g: [("LANGSMITH_TRACING", "true"), ("LANGSMITH_PROJECT", g.choice(APPS)),
                                        ("LANGSMITH_ENDPOINT", "https://api.smith.langchain.com")],
                      docex=["lsv2_pt_...", "lsv2_pt_your_api_key_here", "lsv2_sk_..."]),
    "helicone": dict(name="Helicone", env="HELICONE_API_KEY", gen=k_helicone, kind="api-key",
                     alt=["HELICONE_KEY", "PROXY_AUTH_KEY", "GATEWAY_TOKEN", "HCONE_SECRET"],
                     extras=lambda g: [("HELICONE_BASE_URL", "https://oai.helicone.ai/v1"),
                                       ("HELICONE_CACHE_ENABLED", g.choice(["true", "false"]))],
                     docex=["sk-helicone-...", "sk-helicone-xxxxxxx-xxxxxxx-xxxxxxx-xxxxxxx", "YOUR_HELICONE_API_KEY"]),
    "logfire": dict(name="Pydantic Logfire", env="LOGFIRE_TOKEN", gen=k_logfire, kind="write-token",
                    alt=["LF_WRITE_TOKEN", "LOGFIRE_WRITE", "TELEMETRY_TOKEN", "OBS_TOKEN"],
                    extras=lambda g: [("LOGFIRE_SERVICE_NAME", g.choice(APPS)),
                                      ("LOGFIRE_ENVIRONMENT", g.choice(["prod", "staging", "dev"]))],
                    docex=["pylf_v1_us_...", "your-write-token", "<LOGFIRE_WRITE_TOKEN>"]),
    "traceloop": dict(name="Traceloop", env="TRACELOOP_API_KEY", gen=k_traceloop, kind="api-key",
                      alt=["OPENLLMETRY_KEY", "TL_KEY", "OTEL_VENDOR_KEY", "TRACING_TOKEN"],
                      extras=lambda g: [("TRACELOOP_BASE_URL", "https://api.traceloop.com"),
                                        ("TRACELOOP_TRACE_CONTENT", g.choice(["true", "false"]))],
                      docex=["tl_xxxxxxxxxxxxx", "tl_...", "your_api_key_here"]),
    "phoenix": dict(name="Arize Phoenix", env="PHOENIX_API_KEY", gen=k_phoenix, kind="api-key",
                    alt=["PX_API_KEY", "PHOENIX_TOKEN", "EVAL_UI_KEY", "TRACE_STORE_KEY"],
                    extras=lambda g: [("PHOENIX_COLLECTOR_ENDPOINT", "https://app.phoenix.arize.com/s/%s" % g.choice(TEAMS)),
                                      ("PHOENIX_PROJECT_NAME", g.choice(APPS))],
                    docex=["eyJ...", "your-phoenix-api-key", "<PHOENIX_API_KEY>"]),
    "arize": dict(name="Arize AX", env="ARIZE_API_KEY", gen=k_arize, kind="api-key",
                  alt=["ARIZE_KEY", "AX_API_KEY", "MONITORING_API_KEY", "ARIZE_TOKEN"],
                  extras=lambda g: [("ARIZE_SPACE_ID", arize_space_id(g)), ("ARIZE_PROJECT_NAME", g.choice(APPS))],
                  docex=["ak-...", "your-api-key", "YOUR_ARIZE_API_KEY"]),
    "braintrust": dict(name="Braintrust", env="BRAINTRUST_API_KEY", gen=k_braintrust, kind="api-key",
                       alt=["BT_API_KEY", "BRAINTRUST_KEY", "EVALS_API_KEY", "BT_TOKEN"],
                       extras=lambda g: [("BRAINTRUST_PROJECT", g.choice(APPS))],
                       docex=["sk-...", "<Your API Key>", "sk-bt-your-key-here"]),
    "wandb": dict(name="W&B Weave", env="WANDB_API_KEY", gen=k_wandb, kind="api-key",
                  alt=["WB_KEY", "WEAVE_KEY", "WANDB_KEY", "EXPERIMENT_TRACKER_KEY"],
                  extras=lambda g: [("WANDB_ENTITY", g.choice(TEAMS)), ("WANDB_PROJECT", g.choice(APPS))],
                  docex=["<your-wandb-api-key>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "YOUR_WANDB_API_KEY"]),
    "humanloop": dict(name="Humanloop", env="HUMANLOOP_API_KEY", gen=k_humanloop, kind="api-key",
                      alt=["HL_API_KEY", "HUMANLOOP_KEY", "PROMPT_MGMT_KEY", "HL_TOKEN"],
                      extras=lambda g: [("HUMANLOOP_BASE_URL", "https://api.humanloop.com/v5")],
                      docex=["YOUR_API_KEY", "hl_sk_...", "<HUMANLOOP_API_KEY>"]),
    "promptlayer": dict(name="PromptLayer", env="PROMPTLAYER_API_KEY", gen=k_promptlayer, kind="api-key",
                        alt=["PL_API_KEY", "PROMPTLAYER_KEY", "PROMPT_REGISTRY_KEY", "PL_TOKEN"],
                        extras=lambda g: [("PROMPTLAYER_TAGS", "%s,%s" % (g.word(), g.choice(["prod", "staging"])))],
                        docex=["pl_xxxxx", "pl_xxxxxx", "<YOUR PromptLayer API KEY pl_xxxxxx>"]),
    "portkey": dict(name="Portkey", env="PORTKEY_API_KEY", gen=k_portkey, kind="api-key",
                    alt=["PK_GATEWAY_KEY", "PORTKEY_KEY", "AI_GATEWAY_KEY", "LLM_GATEWAY_TOKEN"],
                    extras=lambda g: [("PORTKEY_VIRTUAL_KEY", "%s-%s-%s" % (g.choice(["openai", "anthropic", "azure"]), g.choice(["prod", "dev"]), g.hex(6))),
                                      ("PORTKEY_CONFIG", "pc-%s-%s" % (g.word(), g.hex(6)))],
                    docex=["PORTKEY_API_KEY", "your-portkey-api-key", "<YOUR PORTKEY API KEY>"]),
    "lunary": dict(name="Lunary", env="LUNARY_PRIVATE_KEY", gen=k_lunary, kind="private-key",
                   alt=["LUNARY_SECRET", "LUNARY_API_KEY", "ANALYTICS_PRIVATE_KEY", "LUNARY_SK"],
                   extras=lambda g: [("LUNARY_PUBLIC_KEY", g.uuid4()), ("LUNARY_API_URL", "https://api.lunary.ai")],
                   docex=["<your-private-key>", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "YOUR_LUNARY_PRIVATE_KEY"]),
    "opik": dict(name="Comet Opik", env="OPIK_API_KEY", gen=k_opik, kind="api-key",
                 alt=["COMET_API_KEY", "OPIK_KEY", "COMET_KEY", "EVAL_TRACKER_KEY"],
                 extras=lambda g: [("OPIK_WORKSPACE", g.choice(TEAMS)), ("OPIK_PROJECT_NAME", g.choice(APPS)),
                                   ("OPIK_URL_OVERRIDE", "https://www.comet.com/opik/api")],
                 docex=["your-api-key", "YOUR_OPIK_API_KEY", "..."]),
    "galileo": dict(name="Galileo", env="GALILEO_API_KEY", gen=k_galileo, kind="api-key",
                    alt=["GALILEO_KEY", "GLO_API_KEY", "EVAL_PLATFORM_KEY", "GALILEO_TOKEN"],
                    extras=lambda g: [("GALILEO_PROJECT", g.choice(APPS)), ("GALILEO_LOG_STREAM", g.choice(["default", "prod", "canary"])),
                                      ("GALILEO_CONSOLE_URL", "https://app.galileo.ai")],
                    docex=["your-galileo-api-key", "<your-api-key>", "gal_xxxxxxxxxxxxxxxxxxxxx"]),
    "patronus": dict(name="Patronus", env="PATRONUS_API_KEY", gen=k_patronus, kind="api-key",
                     alt=["PATRONUS_KEY", "GUARDRAIL_API_KEY", "JUDGE_API_KEY", "PATRONUS_TOKEN"],
                     extras=lambda g: [("PATRONUS_PROJECT_NAME", g.choice(APPS))],
                     docex=["your-api-key", "<PATRONUS_API_KEY>", "your_patronus_api_key"]),
    "agentops": dict(name="AgentOps", env="AGENTOPS_API_KEY", gen=k_agentops, kind="api-key",
                     alt=["AGENTOPS_KEY", "AO_API_KEY", "AGENT_MONITOR_KEY", "AGENTOPS_TOKEN"],
                     extras=lambda g: [("AGENTOPS_ENV", g.choice(["production", "staging"]))],
                     docex=["your_agentops_api_key", "<AGENTOPS_API_KEY>", "***"]),
    "literal": dict(name="Literal AI", env="LITERAL_API_KEY", gen=k_literal, kind="api-key",
                    alt=["LITERALAI_KEY", "LITERAL_KEY", "CHAT_ANALYTICS_KEY", "LITERAL_TOKEN"],
                    extras=lambda g: [("LITERAL_API_URL", "https://cloud.getliteral.ai")],
                    docex=["lsk_**", "lsk_...", "<LITERAL_API_KEY>"]),
    "laminar": dict(name="Laminar", env="LMNR_PROJECT_API_KEY", gen=k_laminar, kind="project-api-key",
                    alt=["LAMINAR_KEY", "LMNR_KEY", "AGENT_TRACE_KEY", "LAMINAR_PROJECT_KEY"],
                    extras=lambda g: [("LMNR_BASE_URL", "https://api.lmnr.ai")],
                    docex=["<LMNR_PROJECT_API_KEY>", "your-laminar-project-api-key", "lmnr_..."]),
    "honeyhive": dict(name="HoneyHive", env="HH_API_KEY", gen=k_honeyhive, kind="api-key",
                      alt=["HONEYHIVE_API_KEY", "HONEYHIVE_KEY", "HH_KEY", "SESSION_TRACE_KEY"],
                      extras=lambda g: [("HH_PROJECT", g.choice(APPS)), ("HH_SOURCE", g.choice(["production", "dev"]))],
                      docex=["your-api-key", "your-honeyhive-key", "<HH_API_KEY>"]),
    "parea": dict(name="Parea", env="PAREA_API_KEY", gen=k_parea, kind="api-key",
                  alt=["PAREA_KEY", "PAREA_TOKEN", "EXPERIMENTS_KEY", "PAREA_SECRET"],
                  extras=lambda g: [("PAREA_PROJECT_NAME", g.choice(APPS))],
                  docex=["your_api_key_here", "<YOUR PAREA API KEY>", "parea_sec_key_abc123"]),
    "confident": dict(name="Confident AI", env="CONFIDENT_API_KEY", gen=k_confident, kind="api-key",
                      alt=["DEEPEVAL_API_KEY", "CONFIDENT_KEY", "CONFIDENT_AI_API_KEY", "EVAL_DASHBOARD_KEY"],
                      extras=lambda g: [("DEEPEVAL_RESULTS_FOLDER", "./eval-results"), ("DEEPEVAL_TELEMETRY_OPT_OUT", "YES")],
                      docex=["your-confident-api-key", "ck_your_key_here", "<CONFIDENT_API_KEY>"]),
    "openai": dict(name="OpenAI (promptfoo)", env="OPENAI_API_KEY", gen=k_openai, kind="api-key",
                   alt=["OPENAI_KEY", "OAI_KEY", "GRADER_OPENAI_KEY", "LLM_KEY"],
                   extras=lambda g: [("PROMPTFOO_CACHE_ENABLED", "true")],
                   docex=["sk-...", "sk-proj-...", "sk-your-openai-key"]),
    "anthropic": dict(name="Anthropic (promptfoo)", env="ANTHROPIC_API_KEY", gen=k_anthropic, kind="api-key",
                      alt=["CLAUDE_API_KEY", "ANTHROPIC_KEY", "JUDGE_KEY", "LLM_ANTHROPIC"],
                      extras=lambda g: [("PROMPTFOO_CACHE_ENABLED", "true")],
                      docex=["sk-ant-...", "sk-ant-api03-...", "<ANTHROPIC_API_KEY>"]),
}
PROVIDER_ORDER = ["langfuse", "langsmith", "helicone", "logfire", "traceloop", "phoenix", "arize",
                  "braintrust", "wandb", "humanloop", "promptlayer", "portkey", "lunary", "opik",
                  "galileo", "patronus", "agentops", "literal", "laminar", "honeyhive", "parea",
                  "confident", "openai", "anthropic"]
GENERIC_PROVIDERS = [p for p in PROVIDER_ORDER if p not in ("openai", "anthropic")]


# ---------------------------------------------------------------- slot context
DECOY_CATS = ["placeholder", "empty", "masked", "env-ref", "template", "doc-example", "fake-test"]
DECOY_W = [22, 8, 12, 30, 10, 12, 6]


def lower_name(n):
    return n.lower()


class Ctx:
    """One file being generated: which provider, and what goes in the secret slot."""

    def __init__(self, g, pkey, pos):
        self.g = g
        self.pk = pkey
        self.p = PROVIDERS[pkey]
        self.pos = pos
        self.secret = self.p["gen"](g) if pos else None
        self.cat = None if pos else g.r.choices(DECOY_CATS, DECOY_W)[0]
        self._name = None
        self._extras = None
        self._raw = None
        self.kind = self.p["kind"] if pos else self.cat

    # variable naming -------------------------------------------------------
    def name(self, conv=0.5):
        if self._name is None:
            conv = min(0.9, conv + 0.25)
            self._name = self.p["env"] if self.g.chance(conv) else self.g.choice(self.p["alt"])
        return self._name

    def lname(self, conv=0.5):
        return self.name(conv).lower()

    def extras(self):
        if self._extras is None:
            self._extras = self.p["extras"](self.g)
        return self._extras

    # decoys -----------------------------------------------------------------
    def _raw_decoy(self):
        if self._raw is not None:
            return self._raw
        g, p, cat = self.g, self.p, self.cat
        env = p["env"]
        if cat == "placeholder":
            v = g.choice(["<your-%s>" % env.lower().replace("_", "-"), "YOUR_API_KEY_HERE", "changeme",
                          "x" * g.randint(16, 40), "REPLACE_ME", "TODO-set-in-vault", "<%s>" % env,
                          "your-%s-here" % p["name"].split()[0].lower(), "dummy", "not-a-real-key",
                          "<paste key here>", "CHANGE_ME_%s" % env])
        elif cat == "empty":
            v = ""
        elif cat == "masked":
            if self.pk == "langfuse":
                v = "sk-lf-...%s" % g.hex(4)
            else:
                v = g.choice(["****", "********", "[REDACTED]", "<redacted>", "***hidden***",
                              "%s%s" % (self._prefix(), "*" * g.randint(12, 24)),
                              "%s...%s" % (self._prefix(), g.lalnum(4))])
        elif cat == "template":
            ln = env.lower()
            v = g.choice(["{{ %s }}" % ln, "{{ vault_%s }}" % ln, "#{%s}#" % env, "@%s@" % env,
                          "{{ .Values.secrets.%s }}" % ln, "%%%s%%" % env, "${%s}" % ln.replace("_", ".")])
        elif cat == "doc-example":
            v = g.choice(p["docex"])
        elif cat == "fake-test":
            v = g.choice(["%stest" % self._prefix(), "test-key", "dummy-key-for-tests", "fake-%s" % self.pk,
                          "%sfake" % self._prefix(), "testing123"])
        else:  # env-ref used in a raw context
            v = "${%s}" % env
        self._raw = v
        return v

    def _prefix(self):
        return {"langfuse": "sk-lf-", "langsmith": "lsv2_pt_", "helicone": "sk-helicone-", "logfire": "pylf_v1_us_",
                "traceloop": "tl_", "braintrust": "sk-", "humanloop": "hl_sk_", "promptlayer": "pl_",
                "literal": "lsk_", "patronus": "sk-", "arize": "ak-", "openai": "sk-proj-",
                "anthropic": "sk-ant-api03-", "wandb": "", "phoenix": "eyJ"}.get(self.pk, "")

    def envref(self, mode):
        g, env = self.g, self.p["env"]
        ln = env.lower()
        if mode == "py":
            return g.choice(['os.environ["%s"]' % env, 'os.getenv("%s")' % env, 'os.environ.get("%s", "")' % env,
                             "settings.%s" % ln, 'get_secret("%s")' % ln.replace("_", "-")])
        if mode == "pyf":
            return "{os.environ['%s']}" % env
        if mode == "ts":
            return g.choice(["process.env.%s" % env, 'process.env["%s"] ?? ""' % env, "env.%s" % env,
                             "process.env.%s!" % env])
        if mode == "tsb":
            return "${process.env.%s}" % env
        if mode == "hcl":
            return "var.%s" % ln
        if mode == "sh":
            return g.choice(["$%s" % env, "${%s:?%s is required}" % (env, env),
                             "$(op read op://Engineering/%s/credential)" % self.pk,
                             "$(vault kv get -field=%s secret/llm/%s)" % (ln, self.pk),
                             "$(aws secretsmanager get-secret-value --secret-id llm/%s --query SecretString --output text)" % self.pk])
        if mode == "gha":
            return "${{ secrets.%s }}" % env
        if mode == "helm":
            return g.choice(["vault:secret/data/llm/%s#%s" % (self.pk, ln), ""])
        if mode == "env":
            return g.choice(["op://Engineering/%s/credential" % self.pk, ""])
        if mode == "json":
            return g.choice(["${env:%s}" % env, "${localEnv:%s}" % env])
        if mode == "otel":
            return "${env:%s}" % env
        if mode in ("md", "raw"):
            return "$%s" % env
        return "${%s}" % env

    # slot accessors -----------------------------------------------------------
    def s(self, mode="raw"):
        """Bare value for config / text contexts (no quotes added)."""
        if self.pos:
            return self.secret
        if self.cat == "env-ref":
            if self._raw is None:
                self._raw = self.envref(mode)
            return self._raw
        return self._raw_decoy()

    def q(self, lang="py", quote='"', decl=True):
        """Expression for code contexts: quoted literal, or an env lookup in negatives.

        With decl, the value may instead be bound to a module-level constant named
        after the conventional variable; the driver inserts that line after the
        imports (see add_decl)."""
        if self.pos:
            expr = quote + self.secret + quote
        elif self.cat == "env-ref":
            if self._raw is None:
                self._raw = self.envref(lang)
            expr = self._raw
        else:
            expr = quote + self._raw_decoy() + quote
        if decl and lang in ("py", "ts") and getattr(self, "decl", None) is None and self.g.chance(0.6):
            env = self.p["env"]
            self.decl = (lang, ("%s = %s" if lang == "py" else "const %s = %s;") % (env, expr))
            return env
        return expr

    def f(self, lang="pyf"):
        """Value embedded inside an f-string / template literal."""
        if self.pos:
            return self.secret
        if self.cat == "env-ref":
            if self._raw is None:
                self._raw = self.envref(lang)
            return self._raw
        return self._raw_decoy()


def j(*lines):
    return "\n".join(lines) + "\n"


def py_header(c, extra_imports=()):
    g = c.g
    imps = ["import os", "import logging"] + list(extra_imports)
    return j('"""%s."""' % g.choice(["Tracing setup for the %s service" % g.choice(APPS),
                                      "Observability bootstrap", "LLM client factory",
                                      "Wire up evaluation / tracing clients"]), "", *imps, "",
             "log = logging.getLogger(__name__)")


# ---------------------------------------------------------------- generic templates
def t_env_file(c):
    g = c.g
    path = g.choice([".env", ".env.local", "services/api/.env", ".env.development"])
    lines = ["# local settings - %s" % g.choice(APPS), "APP_ENV=%s" % g.choice(["development", "local"]),
             "LOG_LEVEL=%s" % g.choice(["debug", "info"]), ""]
    for k, v in c.extras():
        lines.append("%s=%s" % (k, v))
    lines.append("%s=%s" % (c.name(0.7), c.s("env")))
    lines.append("OPENAI_MODEL=%s" % g.choice(MODELS))
    return path, j(*lines)


def t_sh_export(c):
    g = c.g
    path = g.choice(["scripts/dev-env.sh", "scripts/bootstrap_tracing.sh", "ops/run-evals.sh", "bin/local-tracing.sh"])
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", "# tracing / eval backend for %s" % g.choice(APPS)]
    for k, v in c.extras():
        lines.append('export %s="%s"' % (k, v))
    lines.append('export %s="%s"' % (c.name(), c.s("sh")))
    lines += ["", "exec %s" % g.choice(["uv run python -m app.main", "python -B evals/run.py --suite smoke",
                                         "npm run dev", "poetry run uvicorn app.api:app --reload"])]
    return path, j(*lines)


def t_dockerfile(c):
    g = c.g
    path = g.choice(["Dockerfile", "docker/worker.Dockerfile", "services/evals/Dockerfile"])
    lines = ["FROM python:%s-slim" % g.choice(["3.11", "3.12"]), "", "WORKDIR /app",
             "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", "",
             "ENV PYTHONUNBUFFERED=1 \\", "    APP_NAME=%s" % g.choice(APPS)]
    for k, v in c.extras()[:1]:
        lines.append("ENV %s=%s" % (k, v))
    if not c.pos and c.cat == "env-ref":
        lines.append("ARG %s" % c.name())
    lines.append("ENV %s=%s" % (c.name(), c.s("docker")))
    lines += ["", "COPY . .", 'CMD ["python", "-m", "app.worker"]']
    return path, j(*lines)


def t_compose_map(c):
    g = c.g
    path = g.choice(["docker-compose.yml", "compose.yaml", "deploy/docker-compose.override.yml"])
    lines = ["services:", "  api:", "    build: .", "    ports:", '      - "8000:8000"', "    environment:",
             "      APP_ENV: %s" % g.choice(["staging", "dev"])]
    for k, v in c.extras():
        lines.append('      %s: "%s"' % (k, v))
    lines.append('      %s: "%s"' % (c.name(), c.s("yaml")))
    lines += ["    depends_on:", "      - redis", "  redis:", "    image: redis:7-alpine"]
    return path, j(*lines)


def t_compose_list(c):
    g = c.g
    path = g.choice(["docker-compose.dev.yml", "infra/compose/tracing.yml"])
    lines = ["version: \"3.9\"", "services:", "  worker:", "    image: ghcr.io/%s/%s:%s" % (g.choice(TEAMS), g.choice(APPS), g.choice(["latest", "1.4.2", "main"])),
             "    restart: unless-stopped", "    environment:"]
    for k, v in c.extras():
        lines.append("      - %s=%s" % (k, v))
    lines.append("      - %s=%s" % (c.name(), c.s("yaml")))
    lines += ["    command: [\"python\", \"-m\", \"worker\"]"]
    return path, j(*lines)


def t_k8s_secret(c):
    g = c.g
    path = g.choice(["k8s/observability-secret.yaml", "deploy/k8s/llm-secrets.yaml", "manifests/tracing-secret.yml"])
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % c.pk,
             "  namespace: %s" % g.choice(["llm", "apps", "ml-platform"]), "  labels:",
             "    app.kubernetes.io/part-of: %s" % g.choice(APPS), "type: Opaque", "stringData:"]
    for k, v in c.extras()[:1]:
        lines.append('  %s: "%s"' % (k, v))
    lines.append('  %s: "%s"' % (c.name(), c.s("yaml")))
    return path, j(*lines)


def t_k8s_deploy(c):
    g = c.g
    app = g.choice(APPS)
    path = g.choice(["k8s/deployment.yaml", "deploy/%s/deployment.yml" % app])
    lines = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % app, "spec:",
             "  replicas: %d" % g.randint(1, 4), "  selector:", "    matchLabels:", "      app: %s" % app,
             "  template:", "    metadata:", "      labels:", "        app: %s" % app, "    spec:",
             "      containers:", "        - name: %s" % app,
             "          image: registry.example.com/%s:%s" % (app, g.choice(["v2.3.1", "2024.06.1"])),
             "          env:"]
    for k, v in c.extras():
        lines += ["            - name: %s" % k, '              value: "%s"' % v]
    lines += ["            - name: %s" % c.name(), '              value: "%s"' % c.s("yaml")]
    lines += ["          resources:", "            limits:", "              memory: 512Mi"]
    return path, j(*lines)


def t_helm_values(c):
    g = c.g
    path = g.choice(["charts/%s/values.yaml" % g.choice(APPS), "deploy/helm/values-prod.yaml", "helm/values.staging.yaml"])
    key = g.choice(["apiKey", "secretKey", "token", "key"]) if g.chance(0.5) else c.lname()
    lines = ["replicaCount: 2", "image:", "  repository: ghcr.io/%s/%s" % (g.choice(TEAMS), g.choice(APPS)),
             "  tag: \"%s\"" % g.choice(["1.8.0", "2.0.3"]), "", "observability:", "  %s:" % c.pk, "    enabled: true"]
    for k, v in c.extras()[:1]:
        lines.append('    %s: "%s"' % (k.split("_", 1)[-1].lower(), v))
    lines.append('    %s: "%s"' % (key, c.s("helm")))
    lines += ["", "resources:", "  requests:", "    cpu: 100m", "    memory: 256Mi"]
    return path, j(*lines)


def t_gha(c):
    g = c.g
    path = g.choice([".github/workflows/evals.yml", ".github/workflows/nightly-eval.yml", ".github/workflows/deploy.yml"])
    lines = ["name: %s" % g.choice(["LLM evals", "Nightly regression", "Deploy"]), "", "on:", "  push:",
             "    branches: [main]", "  workflow_dispatch:", "", "jobs:", "  eval:",
             "    runs-on: ubuntu-latest", "    env:"]
    for k, v in c.extras()[:2]:
        lines.append("      %s: %s" % (k, v))
    lines.append("      %s: %s" % (c.name(0.6), c.s("gha")))
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5",
              "        with:", "          python-version: \"3.12\"", "      - run: pip install -r requirements.txt",
              "      - run: %s" % g.choice(["pytest -q tests/evals", "python -m evals.run --suite regression", "npx promptfoo eval"])]
    return path, j(*lines)


def t_gitlab(c):
    g = c.g
    path = ".gitlab-ci.yml"
    lines = ["stages:", "  - test", "  - eval", "", "variables:", '  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"']
    for k, v in c.extras()[:1]:
        lines.append('  %s: "%s"' % (k, v))
    lines.append('  %s: "%s"' % (c.name(), c.s("sh") if not c.pos else c.s()))
    lines += ["", "eval:", "  stage: eval", "  image: python:3.12", "  script:", "    - pip install -r requirements.txt",
              "    - python -m evals.run --report junit.xml", "  artifacts:", "    reports:", "      junit: junit.xml"]
    return path, j(*lines)


def t_pyproject(c):
    g = c.g
    path = g.choice(["pyproject.toml", "services/evals/pyproject.toml"])
    app = g.choice(APPS)
    key = g.choice(["api_key", "token", "secret_key"])
    lines = ["[project]", 'name = "%s"' % app, 'version = "0.%d.%d"' % (g.randint(1, 9), g.randint(0, 20)),
             'requires-python = ">=3.10"', "dependencies = [", '    "httpx>=0.27",', '    "pydantic>=2.6",', "]", "",
             "[tool.%s.%s]" % (app.replace("-", "_"), c.pk), "enabled = true"]
    for k, v in c.extras()[:1]:
        lines.append('%s = "%s"' % (k.split("_", 1)[-1].lower(), v))
    lines.append('%s = "%s"' % (key, c.s("toml")))
    lines += ["", "[tool.ruff]", "line-length = 100"]
    return path, j(*lines)


def t_launch_json(c):
    g = c.g
    path = ".vscode/launch.json"
    env = dict((k, v) for k, v in c.extras())
    env[c.name(0.6)] = c.s("json")
    cfg = {"version": "0.2.0", "configurations": [{
        "name": "Debug %s" % g.choice(APPS), "type": "debugpy", "request": "launch",
        "module": g.choice(["app.main", "uvicorn", "evals.run"]), "args": ["--reload"] if g.chance(0.5) else [],
        "justMyCode": False, "env": env}]}
    return path, json.dumps(cfg, indent=4) + "\n"


def t_devcontainer(c):
    g = c.g
    path = ".devcontainer/devcontainer.json"
    env = dict((k, v) for k, v in c.extras()[:1])
    env[c.name()] = c.s("json")
    cfg = {"name": g.choice(APPS), "image": "mcr.microsoft.com/devcontainers/python:1-3.12",
           "features": {"ghcr.io/devcontainers/features/node:1": {}}, "containerEnv": env,
           "postCreateCommand": "pip install -r requirements-dev.txt", "forwardPorts": [8000]}
    return path, json.dumps(cfg, indent=2) + "\n"


def t_py_settings(c):
    g = c.g
    path = g.choice(["app/config.py", "src/%s/settings.py" % g.choice(APPS).replace("-", "_"), "config/settings.py"])
    fld = c.lname(0.4)
    lines = ['"""Application settings."""', "", "from pydantic_settings import BaseSettings, SettingsConfigDict", "", "",
             "class Settings(BaseSettings):", '    model_config = SettingsConfigDict(env_file=".env", extra="ignore")', "",
             '    app_name: str = "%s"' % g.choice(APPS), '    llm_model: str = "%s"' % g.choice(MODELS)]
    for k, v in c.extras()[:2]:
        lines.append('    %s: str = "%s"' % (k.lower(), v))
    if not c.pos and c.cat == "env-ref":
        lines.append('    %s: str = ""  # read from %s' % (fld, c.p["env"]))
    else:
        lines.append("    %s: str = %s" % (fld, c.q("py", decl=False)))
    lines += ["    request_timeout_s: float = %d.0" % g.randint(10, 60), "", "", "settings = Settings()"]
    return path, j(*lines)


def t_notebook_env(c):
    g = c.g
    path = g.choice(["notebooks/explore_traces.py", "notebooks/eval_playground.py", "scratch/prompt_tuning.py"])
    lines = ["# %%", "import os", "", "# %% [markdown]", "# Quick experiment: %s" % g.choice(["compare prompts v3 vs v4",
             "replay yesterday's failures", "score the golden set"]), "", "# %%"]
    for k, v in c.extras():
        lines.append('os.environ["%s"] = "%s"' % (k, v))
    lines.append('os.environ["%s"] = %s' % (c.name(0.8), c.q("py", decl=False)))
    lines += ["", "# %%", "from openai import OpenAI", "", "client = OpenAI()",
              'resp = client.chat.completions.create(model="%s", messages=[{"role": "user", "content": "ping"}])' % g.choice(MODELS),
              "resp.choices[0].message.content"]
    return path, j(*lines)


def t_ts_config(c):
    g = c.g
    path = g.choice(["src/config/observability.ts", "src/lib/config.ts", "apps/web/src/server/env.ts"])
    fld = g.choice(["apiKey", "secretKey", "token", "key"])
    lines = ["// Observability configuration for %s" % g.choice(APPS), "export const observability = {",
             "  provider: \"%s\"," % c.pk]
    for k, v in c.extras()[:2]:
        parts = k.lower().split("_")[1:]
        camel = parts[0] + "".join(x.title() for x in parts[1:]) if parts else k.lower()
        lines.append('  %s: "%s",' % (camel, v))
    lines.append("  %s: %s," % (fld, c.q("ts", decl=False)))
    lines += ["  flushAt: %d," % g.randint(5, 50), "} as const;", "", "export type ObservabilityConfig = typeof observability;"]
    return path, j(*lines)


def t_js_fallback(c):
    g = c.g
    path = g.choice(["next.config.mjs", "src/env.mjs", "server/config.js"])
    env = c.name(0.7)
    val = c.q("ts", decl=False)
    if c.pos or c.cat != "env-ref":
        expr = "process.env.%s ?? %s" % (env, val)
    else:
        expr = val
    lines = ["// fallbacks for local runs", "const config = {", '  nodeEnv: process.env.NODE_ENV ?? "development",',
             "  %s: %s," % (g.choice(["tracingKey", "observabilityKey", "apiKey"]), expr),
             '  model: process.env.LLM_MODEL ?? "%s",' % g.choice(MODELS), "};", "", "export default config;"]
    return path, j(*lines)


def t_readme(c):
    g = c.g
    path = g.choice(["README.md", "docs/setup.md", "docs/observability.md", "CONTRIBUTING.md"])
    lines = ["# %s" % g.choice(APPS), "", "## Tracing", "",
             "We send traces to %s. Set these before running the service:" % c.p["name"], "", "```bash"]
    for k, v in c.extras():
        lines.append("export %s=%s" % (k, v))
    lines.append("export %s=%s" % (c.name(0.8), c.s("md")))
    lines += ["```", "", "Then start the API with `make dev`."]
    return path, j(*lines)


def t_terraform(c):
    g = c.g
    path = g.choice(["infra/observability.tf", "terraform/k8s_secrets.tf", "infra/modules/llm/main.tf"])
    ln = c.lname()
    lines = ['resource "kubernetes_secret" "%s" {' % c.pk, "  metadata {", '    name      = "%s-credentials"' % c.pk,
             '    namespace = "%s"' % g.choice(["llm", "apps"]), "  }", "", "  data = {"]
    for k, v in c.extras()[:1]:
        lines.append('    %s = "%s"' % (k, v))
    lines.append("    %s = %s" % (c.name(), c.q("hcl")))
    lines += ["  }", "}"]
    if not c.pos and c.cat == "env-ref":
        lines += ["", 'variable "%s" {' % c.p["env"].lower(), "  type      = string", "  sensitive = true", "}"]
    return path, j(*lines)


def t_ini(c):
    g = c.g
    path = g.choice(["config/app.ini", "settings.cfg", "conf/tracing.ini"])
    lines = ["[app]", "name = %s" % g.choice(APPS), "debug = false", "", "[%s]" % c.pk]
    for k, v in c.extras():
        lines.append("%s = %s" % (k.split("_", 1)[-1].lower(), v))
    lines.append("%s = %s" % (g.choice(["api_key", "secret_key", "token"]), c.s("ini")))
    lines += ["", "[llm]", "model = %s" % g.choice(MODELS), "temperature = 0.%d" % g.randint(0, 9)]
    return path, j(*lines)


def t_json_config(c):
    g = c.g
    path = g.choice(["config/observability.json", "config/production.json", "settings/tracing.json"])
    block = {"enabled": True}
    for k, v in c.extras():
        block[k.split("_", 1)[-1].lower()] = v
    block[g.choice(["apiKey", "api_key", "secretKey", "token"])] = c.s("json")
    cfg = {"service": g.choice(APPS), "logLevel": "info", "tracing": {c.pk: block},
           "llm": {"model": g.choice(MODELS), "maxTokens": g.choice([512, 1024, 2048])}}
    return path, json.dumps(cfg, indent=2) + "\n"


def t_properties(c):
    g = c.g
    path = g.choice(["src/main/resources/application.properties", "config/application-prod.properties"])
    lines = ["spring.application.name=%s" % g.choice(APPS), "server.port=8080",
             "llm.model=%s" % g.choice(MODELS)]
    for k, v in c.extras()[:2]:
        lines.append("observability.%s.%s=%s" % (c.pk, k.split("_", 1)[-1].lower().replace("_", "-"), v))
    lines.append("observability.%s.%s=%s" % (c.pk, g.choice(["api-key", "secret-key", "token"]), c.s("props")))
    lines.append("management.endpoints.web.exposure.include=health,info")
    return path, j(*lines)


def t_makefile(c):
    g = c.g
    path = "Makefile"
    lines = [".PHONY: dev eval", "", "export APP_ENV ?= dev"]
    for k, v in c.extras()[:1]:
        lines.append("export %s ?= %s" % (k, v))
    lines.append("export %s ?= %s" % (c.name(), c.s("sh") if not c.pos else c.s()))
    lines += ["", "dev:", "\tuv run uvicorn app.api:app --reload", "", "eval:", "\tuv run python -m evals.run --suite smoke"]
    return path, j(*lines)


def t_systemd(c):
    g = c.g
    app = g.choice(APPS)
    path = "deploy/systemd/%s.service" % app
    lines = ["[Unit]", "Description=%s worker" % app, "After=network-online.target", "", "[Service]",
             "User=svc-%s" % app.split("-")[0], "WorkingDirectory=/opt/%s" % app]
    for k, v in c.extras()[:1]:
        lines.append("Environment=%s=%s" % (k, v))
    lines.append('Environment="%s=%s"' % (c.name(), c.s("raw")))
    lines += ["ExecStart=/opt/%s/.venv/bin/python -m app.worker" % app, "Restart=on-failure", "", "[Install]",
              "WantedBy=multi-user.target"]
    return path, j(*lines)


def t_ansible(c):
    g = c.g
    path = g.choice(["ansible/group_vars/prod.yml", "ansible/roles/llm_api/defaults/main.yml"])
    lines = ["---", "llm_api_port: 8000", "llm_api_workers: %d" % g.randint(2, 8)]
    for k, v in c.extras()[:1]:
        lines.append('%s: "%s"' % (k.lower(), v))
    lines.append('%s: "%s"' % (c.lname(0.6), c.s("yaml")))
    return path, j(*lines)


GENERIC_TEMPLATES = [
    ("env_file", t_env_file, {"dotenv": True}), ("sh_export", t_sh_export, {}), ("dockerfile", t_dockerfile, {}),
    ("compose_map", t_compose_map, {}), ("compose_list", t_compose_list, {}), ("k8s_secret", t_k8s_secret, {}),
    ("k8s_deploy", t_k8s_deploy, {}), ("helm_values", t_helm_values, {}), ("gha_env", t_gha, {}),
    ("gitlab_ci", t_gitlab, {}), ("pyproject", t_pyproject, {}), ("launch_json", t_launch_json, {}),
    ("devcontainer", t_devcontainer, {}), ("py_settings", t_py_settings, {}), ("notebook_env", t_notebook_env, {}),
    ("ts_config", t_ts_config, {}), ("js_fallback", t_js_fallback, {}), ("readme", t_readme, {}),
    ("terraform", t_terraform, {}), ("ini", t_ini, {}), ("json_config", t_json_config, {}),
    ("properties", t_properties, {}), ("makefile", t_makefile, {}), ("systemd", t_systemd, {}),
    ("ansible", t_ansible, {}),
]


# ---------------------------------------------------------------- generic templates, part 2
def t_docker_run(c):
    g = c.g
    path = g.choice(["docs/deploy.md", "docs/running-locally.md", "RUNBOOK.md"])
    app = g.choice(APPS)
    lines = ["## Running the container", "", "Build once, then run with the tracing backend configured:", "",
             "```sh", "docker build -t %s ." % app, "docker run --rm -p 8000:8000 \\"]
    for k, v in c.extras()[:2]:
        lines.append("  -e %s=%s \\" % (k, v))
    lines.append("  -e %s=%s \\" % (c.name(0.7), c.s("md")))
    lines += ["  %s:latest" % app, "```", "", "Health check: `curl localhost:8000/healthz`."]
    return path, j(*lines)


def t_ipynb(c):
    g = c.g
    path = g.choice(["notebooks/trace_analysis.ipynb", "notebooks/01-eval-baseline.ipynb"])
    src1 = ["import os\n"] + ['os.environ["%s"] = "%s"\n' % (k, v) for k, v in c.extras()]
    src1.append('os.environ["%s"] = %s' % (c.name(0.8), c.q("py", decl=False)))
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# %s\n" % g.choice(["Baseline eval", "Trace review"]),
                                                              "Scores the golden set against the current prompt."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": src1},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["import pandas as pd\n", "df = pd.read_json(\"data/golden.jsonl\", lines=True)\n", "df.head()"]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.9"}},
          "nbformat": 4, "nbformat_minor": 5}
    return path, json.dumps(nb, indent=1) + "\n"


def t_litellm_proxy(c):
    g = c.g
    cb = {"langfuse": "langfuse", "langsmith": "langsmith", "helicone": "helicone", "logfire": "logfire",
          "braintrust": "braintrust", "lunary": "lunary", "literal": "literalai", "opik": "opik",
          "galileo": "galileo", "arize": "arize", "phoenix": "arize_phoenix", "humanloop": "humanloop",
          "agentops": "agentops", "traceloop": "traceloop", "promptlayer": "promptlayer"}[c.pk]
    path = g.choice(["litellm/config.yaml", "proxy_config.yaml", "deploy/litellm-config.yml"])
    m = g.choice(["gpt-4o-mini", "gpt-4o", "gpt-4.1-mini"])
    lines = ["model_list:", "  - model_name: %s" % m, "    litellm_params:", "      model: openai/%s" % m,
             "      api_key: os.environ/OPENAI_API_KEY", "", "litellm_settings:", '  success_callback: ["%s"]' % cb,
             '  failure_callback: ["%s"]' % cb, "", "environment_variables:"]
    for k, v in c.extras():
        lines.append('  %s: "%s"' % (k, v))
    lines.append('  %s: "%s"' % (c.p["env"], c.s("yaml")))
    lines += ["", "general_settings:", "  master_key: os.environ/LITELLM_MASTER_KEY"]
    return path, j(*lines)


GENERIC_TEMPLATES += [("docker_run_md", t_docker_run, {}), ("ipynb", t_ipynb, {})]


# ---------------------------------------------------------------- provider-specific positives
def lf_pk(c):
    for k, v in c.extras():
        if k == "LANGFUSE_PUBLIC_KEY":
            return v
    return k_langfuse_pk(c.g)


def lf_host(c):
    return dict(c.extras()).get("LANGFUSE_HOST", "https://cloud.langfuse.com")


def lf_basic(c, mode):
    """Value of a Langfuse OTLP Basic header: base64(pk:sk)."""
    if c.pos:
        blob = base64.b64encode(("%s:%s" % (lf_pk(c), c.secret)).encode()).decode()
        c.needle = blob
        c.kind = "otlp-basic-auth"
        return blob
    if c.cat == "env-ref":
        if c._raw is None:
            c._raw = {"otel": "${env:LANGFUSE_AUTH}", "sh": "$LANGFUSE_AUTH", "py": "{LANGFUSE_AUTH}"}.get(mode, "${LANGFUSE_AUTH}")
        return c._raw
    return c._raw_decoy()


def t_lf_py(c):
    g = c.g
    path = g.choice(["app/tracing.py", "src/observability/langfuse_client.py", "services/chat/tracing.py"])
    body = py_header(c, ["from langfuse import Langfuse"])
    body += j("", "langfuse = Langfuse(", '    public_key="%s",' % lf_pk(c), "    secret_key=%s," % c.q("py"),
              '    host="%s",' % lf_host(c), "    flush_at=%d," % g.randint(5, 30), ")", "",
              "", "def trace_request(name: str, user_id: str):",
              '    return langfuse.trace(name=name, user_id=user_id, tags=["%s"])' % g.word())
    return path, body


def t_lf_ts(c):
    g = c.g
    path = g.choice(["src/lib/langfuse.ts", "apps/api/src/tracing.ts", "server/langfuse.ts"])
    lines = ['import { Langfuse } from "langfuse";', "", "export const langfuse = new Langfuse({",
             '  publicKey: "%s",' % lf_pk(c), "  secretKey: %s," % c.q("ts"), '  baseUrl: "%s",' % lf_host(c),
             "  flushAt: %d," % g.randint(1, 20), "});", "",
             "export async function shutdownTracing() {", "  await langfuse.shutdownAsync();", "}"]
    return path, j(*lines)


def t_lf_langchain(c):
    g = c.g
    path = g.choice(["app/chains/qa.py", "src/rag/pipeline.py"])
    body = py_header(c, ["from langfuse.callback import CallbackHandler", "from langchain_openai import ChatOpenAI",
                         "from langchain_core.prompts import ChatPromptTemplate"])
    body += j("", "handler = CallbackHandler(", '    public_key="%s",' % lf_pk(c), "    secret_key=%s," % c.q("py"),
              '    host="%s",' % lf_host(c), ")", "",
              'prompt = ChatPromptTemplate.from_template("Answer using the context.\\n{context}\\nQ: {question}")',
              'llm = ChatOpenAI(model="%s", temperature=0)' % g.choice(MODELS[:2]), "chain = prompt | llm", "",
              "", "def answer(question: str, context: str) -> str:",
              '    out = chain.invoke({"question": question, "context": context}, config={"callbacks": [handler]})',
              "    return out.content")
    return path, body


def t_lf_py_b64(c):
    g = c.g
    path = g.choice(["app/otel_setup.py", "src/telemetry/export.py"])
    body = py_header(c, ["import base64", "from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter",
                         "from opentelemetry.sdk.trace import TracerProvider",
                         "from opentelemetry.sdk.trace.export import BatchSpanProcessor"])
    body += j("", 'LANGFUSE_PUBLIC_KEY = "%s"' % lf_pk(c), "LANGFUSE_SECRET_KEY = %s" % c.q("py"),
              'AUTH = base64.b64encode(f"{LANGFUSE_PUBLIC_KEY}:{LANGFUSE_SECRET_KEY}".encode()).decode()', "",
              "exporter = OTLPSpanExporter(", '    endpoint="%s/api/public/otel/v1/traces",' % lf_host(c),
              '    headers={"Authorization": f"Basic {AUTH}"},', ")", "provider = TracerProvider()",
              "provider.add_span_processor(BatchSpanProcessor(exporter))")
    return path, body


def t_lf_otel_env(c):
    g = c.g
    if c.pos:
        c.kind = "otlp-header"
    path = g.choice(["scripts/otel-langfuse.sh", "deploy/otel/langfuse-exporter.sh"])
    lines = ["#!/bin/sh", "# Send OpenTelemetry traces straight to Langfuse",
             'export OTEL_EXPORTER_OTLP_ENDPOINT="%s/api/public/otel"' % lf_host(c),
             'export OTEL_EXPORTER_OTLP_HEADERS="Authorization=Basic %s"' % lf_basic(c, "sh"),
             'export OTEL_SERVICE_NAME="%s"' % g.choice(APPS), "", "opentelemetry-instrument python -m app.main"]
    return path, j(*lines)


def t_otel_collector(c):
    """OTel collector exporter with credential headers (several providers)."""
    g = c.g
    if c.pos:
        c.kind = "otlp-header"
    path = g.choice(["otel/collector.yaml", "deploy/otel-collector-config.yaml", "observability/otelcol.yml"])
    pk = c.pk
    if pk == "langfuse":
        endpoint = "%s/api/public/otel" % lf_host(c)
        hdr = ['        Authorization: "Basic %s"' % lf_basic(c, "otel")]
    elif pk == "traceloop":
        endpoint = "https://api.traceloop.com"
        hdr = ['        Authorization: "Bearer %s"' % c.s("otel")]
    elif pk == "braintrust":
        endpoint = "https://api.braintrust.dev/otel"
        hdr = ['        Authorization: "Bearer %s"' % c.s("otel"),
               '        x-bt-parent: "project_id:%s"' % g.uuid4()]
    elif pk == "logfire":
        endpoint = "https://logfire-%s.pydantic.dev" % logfire_region(c)
        hdr = ['        Authorization: "%s"' % c.s("otel")]
    elif pk == "langsmith":
        endpoint = "https://api.smith.langchain.com/otel"
        hdr = ['        x-api-key: "%s"' % c.s("otel"), '        Langsmith-Project: "%s"' % g.choice(APPS)]
    elif pk == "phoenix":
        endpoint = "https://app.phoenix.arize.com/s/%s" % g.choice(TEAMS)
        hdr = ['        api_key: "%s"' % c.s("otel")]
    elif pk == "arize":
        endpoint = "https://otlp.arize.com"
        hdr = ['        space_id: "%s"' % arize_space_id(g), '        api_key: "%s"' % c.s("otel")]
    else:  # laminar
        endpoint = "https://api.lmnr.ai:8443"
        hdr = ['        authorization: "Bearer %s"' % c.s("otel")]
    lines = ["receivers:", "  otlp:", "    protocols:", "      grpc:", "        endpoint: 0.0.0.0:4317", "      http:",
             "        endpoint: 0.0.0.0:4318", "", "processors:", "  batch:", "    timeout: %ds" % g.randint(1, 10), "",
             "exporters:", "  otlphttp/%s:" % pk, "    endpoint: %s" % endpoint, "    headers:"] + hdr + [
             "  debug:", "    verbosity: basic", "", "service:", "  pipelines:", "    traces:", "      receivers: [otlp]",
             "      processors: [batch]", "      exporters: [otlphttp/%s]" % pk]
    return path, j(*lines)


def t_ls_py(c):
    g = c.g
    path = g.choice(["app/evals/langsmith_client.py", "src/tracing/smith.py"])
    body = py_header(c, ["from langsmith import Client", "from langsmith.wrappers import wrap_openai", "from openai import OpenAI"])
    body += j("", "client = Client(", '    api_url="https://api.smith.langchain.com",', "    api_key=%s," % c.q("py"), ")",
              "oai = wrap_openai(OpenAI())", "", "",
              "def list_recent_runs(project: str = \"%s\"):" % g.choice(APPS),
              "    return list(client.list_runs(project_name=project, limit=%d))" % g.choice([20, 50, 100]))
    return path, body


def t_ls_ts(c):
    g = c.g
    path = g.choice(["src/evals/client.ts", "scripts/export-runs.ts"])
    lines = ['import { Client } from "langsmith";', "", "const client = new Client({",
             '  apiUrl: "https://api.smith.langchain.com",', "  apiKey: %s," % c.q("ts"), "});", "",
             "export async function datasetNames(): Promise<string[]> {", "  const names: string[] = [];",
             "  for await (const ds of client.listDatasets()) names.push(ds.name);", "  return names;", "}"]
    return path, j(*lines)


def t_ls_otel_env(c):
    g = c.g
    if c.pos:
        c.kind = "otlp-header"
    path = g.choice(["deploy/compose.tracing.yml", "compose.otel.yaml"])
    proj = g.choice(APPS)
    lines = ["services:", "  agent:", "    image: %s:latest" % proj, "    environment:",
             "      LANGSMITH_OTEL_ENABLED: \"true\"",
             "      OTEL_EXPORTER_OTLP_ENDPOINT: https://api.smith.langchain.com/otel",
             '      OTEL_EXPORTER_OTLP_HEADERS: "x-api-key=%s,Langsmith-Project=%s"' % (c.s("yaml"), proj)]
    return path, j(*lines)


def t_ls_curl(c):
    g = c.g
    path = g.choice(["docs/langsmith-api.md", "docs/debugging-traces.md"])
    lines = ["# Pulling runs from LangSmith", "", "Useful when the UI is slow:", "", "```bash",
             "curl -s https://api.smith.langchain.com/api/v1/runs/query \\",
             '  -H "x-api-key: %s" \\' % c.s("md"), '  -H "Content-Type: application/json" \\',
             "  -d '{\"session\": [\"%s\"], \"limit\": 25}' | jq '.runs[].name'" % g.uuid4(), "```"]
    return path, j(*lines)


def t_hc_py(c):
    g = c.g
    path = g.choice(["app/llm.py", "src/clients/openai_client.py", "services/chat/llm_client.py"])
    body = py_header(c, ["from openai import OpenAI"])
    body += j("", "client = OpenAI(", '    api_key=os.environ["OPENAI_API_KEY"],', '    base_url="https://oai.helicone.ai/v1",',
              "    default_headers={", '        "Helicone-Auth": f"Bearer %s",' % c.f("pyf"),
              '        "Helicone-Property-App": "%s",' % g.choice(APPS), "    },", ")")
    return path, body


def t_hc_ts(c):
    g = c.g
    path = g.choice(["src/lib/openai.ts", "app/api/chat/client.ts"])
    lines = ['import OpenAI from "openai";', "", "export const openai = new OpenAI({", "  apiKey: process.env.OPENAI_API_KEY,",
             '  baseURL: "https://oai.helicone.ai/v1",', "  defaultHeaders: {", '    "Helicone-Auth": `Bearer %s`,' % c.f("tsb"),
             '    "Helicone-Cache-Enabled": "true",', "  },", "});"]
    return path, j(*lines)


def t_hc_curl(c):
    g = c.g
    path = g.choice(["scripts/smoke_helicone.sh", "ops/check-gateway.sh"])
    lines = ["#!/usr/bin/env bash", "# smoke test through the Helicone proxy", "set -e", "",
             "curl -sS https://oai.helicone.ai/v1/chat/completions \\", '  -H "Content-Type: application/json" \\',
             '  -H "Authorization: Bearer $OPENAI_API_KEY" \\', '  -H "Helicone-Auth: Bearer %s" \\' % c.s("sh"),
             "  -d '{\"model\": \"%s\", \"messages\": [{\"role\": \"user\", \"content\": \"ping\"}]}'" % g.choice(MODELS[:2])]
    return path, j(*lines)


def t_hc_gateway_url(c):
    g = c.g
    path = g.choice(["app/gateway.py", "src/llm/gateway_client.py"])
    body = py_header(c, ["import httpx"])
    body += j("", "# Some runtimes cannot set headers, so the key goes in the path.",
              'BASE_URL = f"https://gateway.helicone.ai/%s/v1"' % c.f("pyf"), "",
              "", "def complete(prompt: str) -> dict:", "    r = httpx.post(", '        f"{BASE_URL}/chat/completions",',
              '        headers={"Authorization": f"Bearer {os.environ[\'OPENAI_API_KEY\']}"},',
              '        json={"model": "%s", "messages": [{"role": "user", "content": prompt}]},' % g.choice(MODELS[:2]),
              "        timeout=30,", "    )", "    r.raise_for_status()", "    return r.json()")
    return path, body


def logfire_region(c):
    if c.pos and c.secret.startswith("pylf_v1_eu_"):
        return "eu"
    return "us" if c.pos else c.g.choice(["us", "eu"])


def t_logfire_py(c):
    g = c.g
    path = g.choice(["app/main.py", "src/api/app.py", "service/bootstrap.py"])
    body = py_header(c, ["import logfire", "from fastapi import FastAPI"])
    body += j("", "logfire.configure(", "    token=%s," % c.q("py"), '    service_name="%s",' % g.choice(APPS),
              '    environment="%s",' % g.choice(["production", "staging"]), ")", "app = FastAPI()",
              "logfire.instrument_fastapi(app)", "logfire.instrument_openai()", "", "",
              '@app.get("/healthz")', "def healthz():", '    return {"ok": True}')
    return path, body


def t_logfire_cm(c):
    g = c.g
    if c.pos:
        c.kind = "otlp-header"
    path = g.choice(["k8s/otel-configmap.yaml", "deploy/k8s/logfire-env.yaml"])
    lines = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: otel-export", "data:",
             '  OTEL_EXPORTER_OTLP_ENDPOINT: "https://logfire-%s.pydantic.dev"' % logfire_region(c),
             '  OTEL_EXPORTER_OTLP_HEADERS: "Authorization=%s"' % c.s("yaml"),
             '  OTEL_SERVICE_NAME: "%s"' % g.choice(APPS)]
    return path, j(*lines)


def t_traceloop_py(c):
    g = c.g
    path = g.choice(["app/instrumentation.py", "src/telemetry.py"])
    body = py_header(c, ["from traceloop.sdk import Traceloop", "from traceloop.sdk.decorators import workflow"])
    body += j("", "Traceloop.init(", '    app_name="%s",' % g.choice(APPS), "    api_key=%s," % c.q("py"),
              "    disable_batch=%s," % g.choice(["True", "False"]), ")", "", "",
              '@workflow(name="%s")' % g.word(), "def run(question: str) -> str:", "    ...")
    return path, body


def t_traceloop_ts(c):
    g = c.g
    path = g.choice(["src/instrumentation.ts", "server/tracing.ts"])
    lines = ['import * as traceloop from "@traceloop/node-server-sdk";', "", "traceloop.initialize({",
             '  appName: "%s",' % g.choice(APPS), "  apiKey: %s," % c.q("ts"), "  disableBatch: %s," % g.choice(["true", "false"]), "});"]
    return path, j(*lines)


def t_bt_tl_headers(c):
    g = c.g
    if c.pos:
        c.kind = "otlp-header"
    path = g.choice(["scripts/trace-to-braintrust.sh", "deploy/braintrust-otel.sh"])
    lines = ["#!/usr/bin/env bash", "# OpenLLMetry -> Braintrust via OTLP", "export TRACELOOP_BASE_URL=https://api.braintrust.dev/otel",
             'export TRACELOOP_HEADERS="Authorization=Bearer%%20%s, x-bt-parent=project_id:%s"' % (c.s("sh"), g.uuid4()),
             "", "python -m app.worker"]
    return path, j(*lines)


def t_phoenix_register(c):
    g = c.g
    path = g.choice(["app/phoenix_tracing.py", "src/observability/phoenix.py"])
    body = py_header(c, ["from phoenix.otel import register"])
    team = g.choice(TEAMS)
    body += j("", "tracer_provider = register(", '    project_name="%s",' % g.choice(APPS),
              '    endpoint="https://app.phoenix.arize.com/s/%s/v1/traces",' % team,
              '    headers={"authorization": f"Bearer %s"},' % c.f("pyf"), "    auto_instrument=True,", ")")
    return path, body


def t_phoenix_client_headers(c):
    g = c.g
    path = g.choice(["notebooks/phoenix_evals.py", "evals/run_phoenix.py"])
    lines = ["# %%", "import os", "", 'os.environ["PHOENIX_COLLECTOR_ENDPOINT"] = "https://app.phoenix.arize.com/s/%s"' % g.choice(TEAMS),
             'os.environ["PHOENIX_CLIENT_HEADERS"] = f"api_key=%s"' % c.f("pyf"), "", "# %%",
             "import phoenix as px", "", "client = px.Client()", "spans = client.get_spans_dataframe(project_name=\"%s\")" % g.choice(APPS),
             "spans.head()"]
    return path, j(*lines)


def t_phoenix_ts(c):
    g = c.g
    path = g.choice(["src/phoenix.ts", "scripts/pull-datasets.ts"])
    lines = ['import { createClient } from "@arizeai/phoenix-client";', "", "export const phoenix = createClient({",
             "  options: {", '    baseUrl: "https://app.phoenix.arize.com/s/%s",' % g.choice(TEAMS),
             "    headers: { Authorization: `Bearer %s` }," % c.f("tsb"), "  },", "});"]
    return path, j(*lines)


def t_arize_register(c):
    g = c.g
    path = g.choice(["app/arize_tracing.py", "src/monitoring/arize_setup.py"])
    body = py_header(c, ["from arize.otel import register", "from openinference.instrumentation.openai import OpenAIInstrumentor"])
    body += j("", "tracer_provider = register(", '    space_id="%s",' % arize_space_id(g), "    api_key=%s," % c.q("py"),
              '    project_name="%s",' % g.choice(APPS), ")",
              "OpenAIInstrumentor().instrument(tracer_provider=tracer_provider)")
    return path, body


def t_arize_ts(c):
    g = c.g
    path = g.choice(["src/instrumentation.node.ts", "server/otel.ts"])
    lines = ['import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-grpc";',
             'import { Metadata } from "@grpc/grpc-js";', "", "const metadata = new Metadata();",
             'metadata.set("space_id", "%s");' % arize_space_id(g), 'metadata.set("api_key", %s);' % c.q("ts"), "",
             "export const exporter = new OTLPTraceExporter({", '  url: "https://otlp.arize.com/v1",', "  metadata,", "});"]
    return path, j(*lines)


def t_bt_py(c):
    g = c.g
    path = g.choice(["app/braintrust_logger.py", "src/evals/logging.py"])
    body = py_header(c, ["import braintrust", "from braintrust import init_logger, wrap_openai", "from openai import OpenAI"])
    body += j("", "logger = init_logger(", '    project="%s",' % g.choice(APPS), "    api_key=%s," % c.q("py"), ")",
              "client = wrap_openai(OpenAI())")
    return path, body


def t_bt_ts(c):
    g = c.g
    path = g.choice(["src/braintrust.ts", "evals/logger.ts"])
    lines = ['import { initLogger, wrapOpenAI } from "braintrust";', 'import OpenAI from "openai";', "",
             "export const logger = initLogger({", '  projectName: "%s",' % g.choice(APPS), "  apiKey: %s," % c.q("ts"), "});",
             "", "export const client = wrapOpenAI(new OpenAI());"]
    return path, j(*lines)


def t_bt_eval(c):
    g = c.g
    path = g.choice(["evals/%s.eval.py" % g.word(), "evals/eval_%s.py" % g.word()])
    lines = ["from braintrust import Eval, login", "from autoevals import Factuality", "",
             "login(api_key=%s)" % c.q("py"), "", "", "def task(input):", '    return "Hi " + input', "", "",
             'Eval(', '    "%s",' % g.choice(APPS), '    data=lambda: [{"input": "Foo", "expected": "Hi Foo"}],',
             "    task=task,", "    scores=[Factuality],", ")"]
    return path, j(*lines)


def t_wandb_py(c):
    g = c.g
    path = g.choice(["train/log_runs.py", "app/weave_setup.py", "scripts/eval_with_weave.py"])
    lines = ["import wandb", "import weave", "", "wandb.login(key=%s)" % c.q("py"),
             'weave.init("%s/%s")' % (g.choice(TEAMS), g.choice(APPS)), "", "", "@weave.op()",
             "def score(output: str, expected: str) -> dict:", '    return {"match": output.strip() == expected.strip()}']
    return path, j(*lines)


def t_wandb_netrc(c):
    g = c.g
    path = g.choice(["docker/netrc", "ci/wandb.netrc", "infra/files/netrc"])
    lines = ["machine api.wandb.ai", "  login user", "  password %s" % c.s("raw")]
    return path, j(*lines)


def t_wandb_ts(c):
    g = c.g
    path = g.choice(["src/weave.ts", "scripts/weave-init.ts"])
    lines = ['import * as weave from "weave";', "", "process.env.WANDB_API_KEY = %s;" % c.q("ts", decl=False), "",
             'export const client = await weave.init("%s/%s");' % (g.choice(TEAMS), g.choice(APPS))]
    return path, j(*lines)


def t_humanloop_py(c):
    g = c.g
    path = g.choice(["app/prompts.py", "src/prompt_registry.py"])
    body = py_header(c, ["from humanloop import Humanloop"])
    body += j("", "hl = Humanloop(api_key=%s)" % c.q("py"), "", "",
              "def call_support_prompt(question: str):", "    return hl.prompts.call(",
              '        path="%s/%s",' % (g.choice(APPS), g.word()),
              '        messages=[{"role": "user", "content": question}],', "    )")
    return path, body


def t_humanloop_ts(c):
    g = c.g
    path = g.choice(["src/humanloop.ts", "lib/prompts.ts"])
    lines = ['import { HumanloopClient } from "humanloop";', "",
             "export const humanloop = new HumanloopClient({ apiKey: %s });" % c.q("ts")]
    return path, j(*lines)


def t_pl_py(c):
    g = c.g
    path = g.choice(["app/prompt_templates.py", "src/promptlayer_client.py"])
    body = py_header(c, ["from promptlayer import PromptLayer"])
    body += j("", "pl = PromptLayer(api_key=%s)" % c.q("py"), "", "",
              "def render(name: str, **variables):",
              '    return pl.templates.get(name, {"input_variables": variables})["prompt_template"]')
    return path, body


def t_pl_legacy(c):
    g = c.g
    path = g.choice(["legacy/openai_wrapper.py", "old/chat_bot.py"])
    lines = ["import promptlayer", "", "promptlayer.api_key = %s" % c.q("py"), "openai = promptlayer.openai", "",
             'response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": "hi"}],',
             '                                        pl_tags=["%s"])' % g.word()]
    return path, j(*lines)


def t_pl_ts(c):
    g = c.g
    path = g.choice(["src/promptlayer.ts", "lib/pl.ts"])
    lines = ['import { PromptLayer } from "promptlayer";', "",
             "export const promptLayerClient = new PromptLayer({ apiKey: %s });" % c.q("ts")]
    return path, j(*lines)


def t_portkey_py(c):
    g = c.g
    path = g.choice(["app/gateway_client.py", "src/llm/portkey_client.py"])
    vk = dict(c.extras()).get("PORTKEY_VIRTUAL_KEY", "openai-prod-1a2b3c")
    body = py_header(c, ["from portkey_ai import Portkey"])
    body += j("", "portkey = Portkey(", "    api_key=%s," % c.q("py"), '    virtual_key="%s",' % vk,
              '    trace_id="%s",' % g.choice(APPS), ")")
    return path, body


def t_portkey_ts(c):
    g = c.g
    path = g.choice(["src/gateway.ts", "lib/portkey.ts"])
    vk = dict(c.extras()).get("PORTKEY_VIRTUAL_KEY", "openai-prod-1a2b3c")
    lines = ['import OpenAI from "openai";', 'import { PORTKEY_GATEWAY_URL, createHeaders } from "portkey-ai";', "",
             "export const openai = new OpenAI({", '  apiKey: "X",', "  baseURL: PORTKEY_GATEWAY_URL,",
             "  defaultHeaders: createHeaders({", "    apiKey: %s," % c.q("ts"), '    virtualKey: "%s",' % vk, "  }),", "});"]
    return path, j(*lines)


def t_portkey_curl(c):
    g = c.g
    path = g.choice(["docs/gateway.md", "scripts/portkey-smoke.sh"])
    vk = dict(c.extras()).get("PORTKEY_VIRTUAL_KEY", "openai-prod-1a2b3c")
    cmd = ["curl https://api.portkey.ai/v1/chat/completions \\", '  -H "Content-Type: application/json" \\',
           '  -H "x-portkey-api-key: %s" \\' % c.s("sh"), '  -H "x-portkey-virtual-key: %s" \\' % vk,
           "  -d '{\"model\": \"%s\", \"messages\": [{\"role\": \"user\", \"content\": \"hello\"}]}'" % g.choice(MODELS[:2])]
    if path.endswith(".md"):
        return path, j("# Calling the gateway", "", "```sh", *cmd, "```")
    return path, j("#!/bin/sh", *cmd)


def t_lunary_export(c):
    g = c.g
    path = g.choice(["scripts/export_lunary_runs.py", "tools/lunary_export.py"])
    pub = dict(c.extras()).get("LUNARY_PUBLIC_KEY", g.uuid4())
    body = py_header(c, ["import requests"])
    body += j("", 'LUNARY_PUBLIC_KEY = "%s"  # project id, safe to expose' % pub, "", "",
              "def fetch_runs(page: int = 0):", "    r = requests.get(", '        "https://api.lunary.ai/v1/runs",',
              '        params={"projectId": LUNARY_PUBLIC_KEY, "page": page},',
              '        headers={"Authorization": f"Bearer %s"},' % c.f("pyf"), "        timeout=20,", "    )",
              "    r.raise_for_status()", '    return r.json()["data"]')
    return path, body


def t_opik_py(c):
    g = c.g
    path = g.choice(["app/opik_setup.py", "evals/opik_tracking.py"])
    body = py_header(c, ["import opik", "from opik import track"])
    body += j("", "opik.configure(", "    api_key=%s," % c.q("py"), '    workspace="%s",' % g.choice(TEAMS),
              "    use_local=False,", ")", "", "", "@track", "def retrieve(query: str) -> list[str]:", "    return []")
    return path, body


def t_opik_config(c):
    g = c.g
    path = g.choice([".opik.config", "config/opik.config"])
    lines = ["[opik]", "url_override = https://www.comet.com/opik/api/", "workspace = %s" % g.choice(TEAMS),
             "api_key = %s" % c.s("ini")]
    return path, j(*lines)


def t_galileo_py(c):
    g = c.g
    path = g.choice(["app/galileo_logging.py", "src/observe/galileo.py"])
    lines = ["import os", "", 'os.environ.setdefault("GALILEO_API_KEY", %s)' % c.q("py", decl=False),
             'os.environ.setdefault("GALILEO_PROJECT", "%s")' % g.choice(APPS), "",
             "from galileo import galileo_context, log  # noqa: E402", "",
             'galileo_context.init(project="%s", log_stream="%s")' % (g.choice(APPS), g.choice(["prod", "default"])), "", "",
             '@log(span_type="llm")', "def generate(prompt: str) -> str:", "    ..."]
    return path, j(*lines)


def t_patronus_py(c):
    g = c.g
    path = g.choice(["app/guardrails.py", "evals/patronus_checks.py"])
    body = py_header(c, ["import patronus", "from patronus.evals import RemoteEvaluator"])
    body += j("", "patronus.init(", "    api_key=%s," % c.q("py"), '    project_name="%s",' % g.choice(APPS), ")",
              'hallucination = RemoteEvaluator("lynx", "patronus:hallucination")')
    return path, body


def t_patronus_http(c):
    g = c.g
    path = g.choice(["src/judge_client.py", "app/evaluate_remote.py"])
    body = py_header(c, ["import httpx"])
    body += j("", "def evaluate(task_input: str, task_output: str) -> dict:", "    resp = httpx.post(",
              '        "https://api.patronus.ai/v1/evaluate",', '        headers={"X-API-KEY": f"%s"},' % c.f("pyf"),
              '        json={"evaluators": [{"evaluator": "lynx"}], "task_input": task_input, "task_output": task_output},',
              "        timeout=60,", "    )", "    resp.raise_for_status()", "    return resp.json()")
    return path, body


def t_agentops_py(c):
    g = c.g
    path = g.choice(["app/agent_main.py", "crew/run_crew.py", "src/agents/runner.py"])
    body = py_header(c, ["import agentops"])
    if g.chance(0.5):
        init = "agentops.init(%s)" % c.q("py")
    else:
        init = 'agentops.init(api_key=%s, tags=["%s"])' % (c.q("py"), g.word())
    body += j("", init, "", "", "def main():", "    ...", "", "", 'if __name__ == "__main__":', "    main()")
    return path, body


def t_literal_py(c):
    g = c.g
    path = g.choice(["app/literal_tracing.py", "chainlit_app/tracing.py"])
    body = py_header(c, ["from literalai import LiteralClient"])
    body += j("", "literal_client = LiteralClient(api_key=%s)" % c.q("py"), "literal_client.instrument_openai()", "", "",
              "@literal_client.step(type=\"run\")", "def answer(question: str) -> str:", "    ...")
    return path, body


def t_laminar_py(c):
    g = c.g
    path = g.choice(["app/laminar_init.py", "agent/observe.py"])
    lines = ["from lmnr import Laminar, observe", "", "Laminar.initialize(project_api_key=%s)" % c.q("py"), "", "",
             "@observe()", "def plan(goal: str) -> list[str]:", '    return [goal]']
    return path, j(*lines)


def t_laminar_ts(c):
    g = c.g
    path = g.choice(["src/laminar.ts", "instrumentation.ts"])
    lines = ['import { Laminar } from "@lmnr-ai/lmnr";', "", "Laminar.initialize({", "  projectApiKey: %s," % c.q("ts"), "});"]
    return path, j(*lines)


def t_honeyhive_py(c):
    g = c.g
    path = g.choice(["app/honeyhive_tracer.py", "src/tracing/hh.py"])
    lines = ["from honeyhive import HoneyHiveTracer, trace", "", "HoneyHiveTracer.init(", "    api_key=%s," % c.q("py"),
             '    project="%s",' % g.choice(APPS), '    source="%s",' % g.choice(["production", "dev"]), ")", "", "",
             "@trace", "def rerank(docs):", "    return docs"]
    return path, j(*lines)


def t_parea_py(c):
    g = c.g
    path = g.choice(["app/parea_client.py", "experiments/parea_setup.py"])
    lines = ["from openai import OpenAI", "from parea import Parea, trace", "", "client = OpenAI()",
             "p = Parea(api_key=%s)" % c.q("py"), "p.wrap_openai_client(client)", "", "", "@trace",
             "def summarize(text: str) -> str:", "    ..."]
    return path, j(*lines)


def t_deepeval_sh(c):
    g = c.g
    path = g.choice(["ci/run_deepeval.sh", "scripts/evals.sh"])
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "pip install -q deepeval",
             "deepeval login --confident-api-key %s" % c.s("sh"), "deepeval test run tests/test_%s.py -n %d" % (g.word(), g.randint(2, 8))]
    return path, j(*lines)


def t_deepeval_py(c):
    g = c.g
    path = g.choice(["tests/conftest.py", "evals/conftest.py"])
    lines = ["import deepeval", "import pytest", "", "deepeval.login_with_confident_api_key(%s)" % c.q("py"), "", "",
             "@pytest.fixture(scope=\"session\")", "def eval_model():", '    return "%s"' % g.choice(MODELS[:2])]
    return path, j(*lines)


def t_promptfoo_yaml(c):
    g = c.g
    path = g.choice(["promptfooconfig.yaml", "evals/promptfoo/promptfooconfig.yaml", "redteam/promptfooconfig.yml"])
    if c.pk == "openai":
        prov = ["  - id: openai:%s" % g.choice(["gpt-4o-mini", "gpt-4.1-mini"]), "    config:", "      temperature: 0",
                "      apiKey: %s" % c.s("yaml")]
    else:
        prov = ["  - id: anthropic:messages:%s" % g.choice(["claude-3-5-sonnet-20241022", "claude-3-5-haiku-20241022"]),
                "    config:", "      max_tokens: 1024", "      apiKey: %s" % c.s("yaml")]
    lines = ["# yaml-language-server: $schema=https://promptfoo.dev/config-schema.json",
             "description: %s" % g.choice(["Support answer quality", "RAG faithfulness", "Refusal checks"]),
             "prompts:", "  - file://prompts/%s.txt" % g.word(), "providers:"] + prov + [
             "tests:", "  - vars:", "      question: How do I reset my password?", "    assert:",
             "      - type: contains", "        value: reset", "      - type: llm-rubric",
             "        value: Answer is polite and accurate"]
    return path, j(*lines)


def t_promptfoo_env(c):
    g = c.g
    path = g.choice(["promptfooconfig.yaml", "evals/regression/promptfooconfig.yaml"])
    model = "openai:gpt-4o-mini" if c.pk == "openai" else "anthropic:messages:claude-3-5-haiku-20241022"
    lines = ["description: Nightly regression", "env:", "  %s: %s" % (c.p["env"], c.s("yaml")),
             "  PROMPTFOO_DISABLE_TELEMETRY: \"1\"", "prompts:", "  - 'Summarize: {{text}}'", "providers:",
             "  - %s" % model, "defaultTest:", "  assert:", "    - type: javascript", "      value: output.length < 400"]
    return path, j(*lines)


def t_promptfoo_js(c):
    g = c.g
    path = g.choice(["promptfooconfig.js", "evals/promptfooconfig.cjs"])
    if c.pk == "openai":
        pid = "openai:chat:gpt-4o-mini"
    else:
        pid = "anthropic:messages:claude-3-5-sonnet-20241022"
    lines = ["/** @type {import('promptfoo').TestSuiteConfig} */", "module.exports = {",
             "  description: '%s'," % g.choice(["Tone checks", "Grounding checks"]), "  prompts: ['file://prompts/system.txt'],",
             "  providers: [", "    {", "      id: '%s'," % pid, "      config: {", "        apiKey: %s," % c.q("ts", "'"),
             "        temperature: 0,", "      },", "    },", "  ],", "  tests: 'file://tests/cases.yaml',", "};"]
    return path, j(*lines)


def t_promptfoo_gha(c):
    g = c.g
    path = g.choice([".github/workflows/prompt-eval.yml", ".github/workflows/promptfoo.yml"])
    inp = "openai-api-key" if c.pk == "openai" else "anthropic-api-key"
    lines = ["name: Prompt eval", "on:", "  pull_request:", "    paths: ['prompts/**']", "jobs:", "  evaluate:",
             "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
             "      - uses: promptfoo/promptfoo-action@v1", "        with:", "          %s: %s" % (inp, c.s("gha")),
             "          github-token: ${{ secrets.GITHUB_TOKEN }}", "          config: promptfooconfig.yaml"]
    return path, j(*lines)


# name, fn, providers, flags
SPECIFIC_TEMPLATES = [
    ("lf_py_client", t_lf_py, ["langfuse"]), ("lf_ts_client", t_lf_ts, ["langfuse"]),
    ("lf_langchain_cb", t_lf_langchain, ["langfuse"]), ("lf_py_b64", t_lf_py_b64, ["langfuse"]),
    ("lf_otel_env", t_lf_otel_env, ["langfuse"]),
    ("otel_collector", t_otel_collector, ["langfuse", "traceloop", "braintrust", "logfire", "langsmith", "phoenix", "arize", "laminar"]),
    ("ls_py_client", t_ls_py, ["langsmith"]), ("ls_ts_client", t_ls_ts, ["langsmith"]),
    ("ls_otel_compose", t_ls_otel_env, ["langsmith"]), ("ls_curl_md", t_ls_curl, ["langsmith"]),
    ("hc_py_header", t_hc_py, ["helicone"]), ("hc_ts_header", t_hc_ts, ["helicone"]), ("hc_curl", t_hc_curl, ["helicone"]),
    ("hc_gateway_url", t_hc_gateway_url, ["helicone"]),
    ("logfire_configure", t_logfire_py, ["logfire"]), ("logfire_configmap", t_logfire_cm, ["logfire"]),
    ("traceloop_py", t_traceloop_py, ["traceloop"]), ("traceloop_ts", t_traceloop_ts, ["traceloop"]),
    ("bt_traceloop_headers", t_bt_tl_headers, ["braintrust"]),
    ("phoenix_register", t_phoenix_register, ["phoenix"]), ("phoenix_client_headers", t_phoenix_client_headers, ["phoenix"]),
    ("phoenix_ts", t_phoenix_ts, ["phoenix"]), ("arize_register", t_arize_register, ["arize"]), ("arize_ts_grpc", t_arize_ts, ["arize"]),
    ("bt_py_logger", t_bt_py, ["braintrust"]), ("bt_ts_logger", t_bt_ts, ["braintrust"]), ("bt_eval_login", t_bt_eval, ["braintrust"]),
    ("wandb_login", t_wandb_py, ["wandb"]), ("wandb_netrc", t_wandb_netrc, ["wandb"]), ("wandb_ts", t_wandb_ts, ["wandb"]),
    ("humanloop_py", t_humanloop_py, ["humanloop"]), ("humanloop_ts", t_humanloop_ts, ["humanloop"]),
    ("pl_py", t_pl_py, ["promptlayer"]), ("pl_legacy", t_pl_legacy, ["promptlayer"]), ("pl_ts", t_pl_ts, ["promptlayer"]),
    ("portkey_py", t_portkey_py, ["portkey"]), ("portkey_ts", t_portkey_ts, ["portkey"]), ("portkey_curl", t_portkey_curl, ["portkey"]),
    ("lunary_export", t_lunary_export, ["lunary"]), ("opik_configure", t_opik_py, ["opik"]), ("opik_config_file", t_opik_config, ["opik"]),
    ("galileo_py", t_galileo_py, ["galileo"]), ("patronus_init", t_patronus_py, ["patronus"]),
    ("patronus_http", t_patronus_http, ["patronus"]), ("agentops_init", t_agentops_py, ["agentops"]),
    ("literal_client", t_literal_py, ["literal"]), ("laminar_py", t_laminar_py, ["laminar"]), ("laminar_ts", t_laminar_ts, ["laminar"]),
    ("honeyhive_py", t_honeyhive_py, ["honeyhive"]), ("parea_py", t_parea_py, ["parea"]),
    ("deepeval_login_sh", t_deepeval_sh, ["confident"]), ("deepeval_conftest", t_deepeval_py, ["confident"]),
    ("promptfoo_yaml", t_promptfoo_yaml, ["openai", "anthropic"]), ("promptfoo_env", t_promptfoo_env, ["openai", "anthropic"]),
    ("promptfoo_js", t_promptfoo_js, ["openai", "anthropic"]), ("promptfoo_gha", t_promptfoo_gha, ["openai", "anthropic"]),
    ("litellm_proxy", t_litellm_proxy, ["langfuse", "langsmith", "helicone", "logfire", "braintrust", "lunary", "literal",
                                        "opik", "galileo", "arize", "phoenix", "humanloop", "agentops", "traceloop", "promptlayer"]),
]


def all_pos_templates():
    out = []
    for name, fn, flags in GENERIC_TEMPLATES:
        out.append((name, fn, GENERIC_PROVIDERS, flags))
    # generic containers are listed twice so that about half of the positives
    # sit under a variable name (mostly the conventional one)
    for name, fn, flags in GENERIC_TEMPLATES:
        if not flags.get("dotenv"):
            out.append((name, fn, GENERIC_PROVIDERS, flags))
    for name, fn, provs in SPECIFIC_TEMPLATES:
        out.append((name, fn, provs, {}))
    return out


# ---------------------------------------------------------------- look-alike negatives
# each returns (path, text, provider, kind)
def n_lf_web(g):
    path = g.choice(["web/src/lib/langfuse-browser.ts", "apps/web/feedback.ts", "frontend/src/scoring.js"])
    pk = k_langfuse_pk(g)
    lines = ['import { LangfuseWeb } from "langfuse";', "", "// Public key only: the browser SDK can post scores, nothing else.",
             "export const langfuseWeb = new LangfuseWeb({", '  publicKey: "%s",' % pk,
             '  baseUrl: "https://cloud.langfuse.com",', "});", "",
             "export function thumbs(traceId: string, up: boolean) {",
             '  return langfuseWeb.score({ traceId, name: "user-feedback", value: up ? 1 : 0 });', "}"]
    return path, j(*lines), "langfuse", "public-key"


def n_lf_public_env(g):
    path = g.choice(["web/next.config.mjs", "apps/site/env.public.ts"])
    lines = ["// values exposed to the browser bundle", "export const publicEnv = {",
             '  NEXT_PUBLIC_LANGFUSE_PUBLIC_KEY: "%s",' % k_langfuse_pk(g),
             '  NEXT_PUBLIC_LANGFUSE_BASE_URL: "https://cloud.langfuse.com",',
             '  NEXT_PUBLIC_LUNARY_PUBLIC_KEY: "%s",' % g.uuid4(), "};"]
    return path, j(*lines), "langfuse", "public-key"


def n_lunary_web(g):
    path = g.choice(["frontend/src/analytics.ts", "web/lunary.js"])
    lines = ['import lunary from "lunary";', "", "lunary.init({", '  appId: "%s", // public project key' % g.uuid4(),
             '  apiUrl: "https://api.lunary.ai",', "});", "", "export default lunary;"]
    return path, j(*lines), "lunary", "public-key"


def n_helicone_pk(g):
    path = g.choice(["mobile/src/api/llm.ts", "extension/src/background.js"])
    lines = ["// write-only Helicone key: can log requests, cannot read them back",
             'const HELICONE_PUBLIC_KEY = "%s";' % k_helicone_pk(g), "",
             "export const heliconeHeaders = {", '  "Helicone-Auth": `Bearer ${HELICONE_PUBLIC_KEY}`,',
             '  "Helicone-Property-Client": "mobile",', "};"]
    return path, j(*lines), "helicone", "public-key"


def n_lf_trace_urls(g):
    path = g.choice(["docs/incidents/%s-latency.md" % g.date(), "notes/triage.md"])
    proj = g.cuid()
    lines = ["# Slow answers on %s" % g.date(), "", "Traces that show the retriever timing out:", ""]
    for _ in range(g.randint(3, 6)):
        lines.append("- https://cloud.langfuse.com/project/%s/traces/%s (%d ms)" % (proj, g.hex(32), g.randint(4000, 19000)))
    lines += ["", "Session: `%s`" % g.uuid4(), "", "Root cause: reranker cold start after deploy `%s`." % g.hex(7)]
    return path, j(*lines), "langfuse", "trace-url"


def n_ls_run_urls(g):
    path = g.choice([".github/PULL_REQUEST_TEMPLATE.md", "docs/eval-reports/%s.md" % g.date()])
    org, proj = g.uuid4(), g.uuid4()
    lines = ["## Eval evidence", "", "| case | run |", "|---|---|"]
    for i in range(g.randint(3, 6)):
        lines.append("| %s-%d | https://smith.langchain.com/o/%s/projects/p/%s/r/%s?poll=true |" % (g.word(), i, org, proj, g.uuid4()))
    lines += ["", "Dataset: `%s` (version `%s`)" % (g.uuid4(), g.ts())]
    return path, j(*lines), "langsmith", "run-url"


def n_otel_log(g):
    path = g.choice(["logs/app.log", "var/log/agent-runner.log", "tests/fixtures/sample.log"])
    lines = []
    tid = g.hex(32)
    for _ in range(g.randint(6, 12)):
        if g.chance(0.3):
            tid = g.hex(32)
        lines.append("%s INFO  %s trace_id=%s span_id=%s model=%s tokens=%d latency_ms=%d" % (
            g.ts(), g.choice(["llm.call", "retriever.query", "tool.exec", "http.request"]), tid, g.hex(16),
            g.choice(MODELS), g.randint(40, 3000), g.randint(20, 4000)))
    return path, j(*lines), "otel", "trace-id"


def n_traceparent(g):
    path = g.choice(["tests/fixtures/chat.http", "http/requests.http"])
    lines = []
    for _ in range(g.randint(2, 4)):
        lines += ["POST http://localhost:8000/v1/chat", "Content-Type: application/json",
                  "traceparent: 00-%s-%s-01" % (g.hex(32), g.hex(16)), "X-Request-Id: %s" % g.uuid4(), "",
                  '{"message": "%s"}' % g.choice(["hello", "where is my order", "reset password"]), "", "###", ""]
    return path, j(*lines), "otel", "traceparent"


def n_arize_space(g):
    path = g.choice(["config/arize.yaml", "deploy/monitoring.yml"])
    lines = ["arize:", "  space_id: \"%s\"" % arize_space_id(g), "  api_key_env: ARIZE_API_KEY",
             "  project_name: %s" % g.choice(APPS), "  model_id: %s-v%d" % (g.word(), g.randint(1, 9)),
             "  endpoint: https://otlp.arize.com/v1"]
    return path, j(*lines), "arize", "space-id"


def n_phoenix_ids(g):
    path = g.choice(["evals/phoenix_datasets.py", "scripts/phoenix_experiment.py"])

    def gid(kind, n):
        return base64.b64encode(("%s:%d" % (kind, n)).encode()).decode()
    lines = ["import phoenix as px", "", "client = px.Client()  # PHOENIX_API_KEY comes from the environment", "",
             'DATASET_ID = "%s"' % gid("Dataset", g.randint(1, 300)), 'PROJECT_ID = "%s"' % gid("Project", g.randint(1, 50)),
             'EXPERIMENT_ID = "%s"' % gid("Experiment", g.randint(1, 900)), "",
             "ds = client.get_dataset(id=DATASET_ID)", "print(ds.name, len(ds.examples))"]
    return path, j(*lines), "phoenix", "dataset-id"


def n_prompt_lock(g):
    path = g.choice(["prompts/prompts.lock.json", "prompt-registry.lock"])
    entries = {}
    for _ in range(g.randint(3, 6)):
        entries["%s/%s" % (g.choice(APPS), g.word())] = {
            "version": g.randint(1, 40), "commit": g.hex(8), "sha256": g.hex(64),
            "source": g.choice(["langsmith-hub", "langfuse", "humanloop", "promptlayer"]), "pulled_at": g.ts()}
    return path, json.dumps({"lockfileVersion": 1, "prompts": entries}, indent=2) + "\n", "prompt-registry", "prompt-hash"


def n_bt_summary(g):
    path = g.choice(["eval-results/summary.json", "reports/braintrust-%s.json" % g.date()])
    doc = {"project_name": g.choice(APPS), "project_id": g.uuid4(), "experiment_name": "%s-%s" % (g.word(), g.hex(8)),
           "experiment_id": g.uuid4(), "experiment_url": "https://www.braintrust.dev/app/%s/p/%s/experiments/%s-%s" % (
               g.choice(TEAMS), g.choice(APPS), g.word(), g.hex(8)),
           "comparison_experiment_name": "main-%s" % g.hex(8),
           "scores": {"Factuality": {"score": round(g.r.random(), 4), "improvements": g.randint(0, 9), "regressions": g.randint(0, 9)}}}
    return path, json.dumps(doc, indent=2) + "\n", "braintrust", "experiment-id"


def n_wandb_runs(g):
    path = g.choice(["docs/experiments.md", "EXPERIMENTS.md"])
    ent, proj = g.choice(TEAMS), g.choice(APPS)
    lines = ["# Experiment log", "", "| run | prompt | score | artifact digest |", "|---|---|---|---|"]
    for _ in range(g.randint(3, 6)):
        rid = g.lalnum(8)
        lines.append("| [%s](https://wandb.ai/%s/%s/runs/%s) | v%d | %.3f | `%s` |" % (rid, ent, proj, rid, g.randint(1, 12), g.r.random(), g.hex(32)))
    return path, j(*lines), "wandb", "run-url"


def n_weave_refs(g):
    path = g.choice(["evals/weave_refs.py", "config/weave_objects.yaml"])
    ent, proj = g.choice(TEAMS), g.choice(APPS)
    refs = ["weave:///%s/%s/object/%s:%s" % (ent, proj, g.word(), g.alnum(43)) for _ in range(3)]
    if path.endswith(".py"):
        lines = ["import weave", "", 'weave.init("%s/%s")' % (ent, proj), "",
                 'DATASET_REF = "%s"' % refs[0], 'SCORER_REF = "%s"' % refs[1], 'MODEL_REF = "%s"' % refs[2], "",
                 "dataset = weave.ref(DATASET_REF).get()"]
    else:
        lines = ["weave:", "  project: %s/%s" % (ent, proj), "  dataset: %s" % refs[0], "  scorer: %s" % refs[1], "  model: %s" % refs[2]]
    return path, j(*lines), "wandb", "object-ref"


def n_promptfoo_output(g):
    path = g.choice(["output/promptfoo-results.json", "evals/out/latest.json"])
    results = []
    for _ in range(g.randint(2, 4)):
        results.append({"id": g.uuid4(), "promptId": g.hex(64), "provider": {"id": "openai:gpt-4o-mini"},
                        "success": g.chance(0.8), "score": round(g.r.random(), 3), "latencyMs": g.randint(200, 4000),
                        "cached": g.chance(0.3)})
    doc = {"evalId": "eval-%s-%sT%02d:%02d:%02d" % (g.alnum(3), g.date(), g.randint(0, 23), g.randint(0, 59), g.randint(0, 59)),
           "results": {"version": 3, "results": results}, "config": {"description": "nightly"}}
    return path, json.dumps(doc, indent=2) + "\n", "promptfoo", "eval-id"


def n_otel_noauth(g):
    path = g.choice(["otel/collector-local.yaml", "deploy/otel-collector.yaml"])
    lines = ["receivers:", "  otlp:", "    protocols:", "      http:", "        endpoint: 0.0.0.0:4318", "",
             "exporters:", "  otlphttp/langfuse:", "    endpoint: https://cloud.langfuse.com/api/public/otel", "    headers:",
             '      Authorization: "Basic ${env:LANGFUSE_AUTH}"', "  otlphttp/phoenix:", "    endpoint: http://phoenix:6006",
             "", "service:", "  pipelines:", "    traces:", "      receivers: [otlp]",
             "      exporters: [otlphttp/langfuse, otlphttp/phoenix]"]
    return path, j(*lines), "otel", "otlp-endpoint"


def n_env_example(g):
    path = g.choice([".env.example", ".env.sample", "deploy/.env.template"])
    lines = ["# copy to .env and fill in", "LANGFUSE_PUBLIC_KEY=pk-lf-...", "LANGFUSE_SECRET_KEY=sk-lf-...",
             "LANGFUSE_HOST=https://cloud.langfuse.com", "LANGSMITH_TRACING=true", "LANGSMITH_API_KEY=",
             "OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:4318", "OTEL_SERVICE_NAME=%s" % g.choice(APPS),
             "HELICONE_API_KEY=<your helicone key>"]
    return path, j(*lines), "multi", "placeholder"


def n_requirements(g):
    path = g.choice(["requirements.txt", "requirements/prod.txt"])
    lines = ["# This file is autogenerated by pip-compile with Python 3.12"]
    for pkg, ver in [("langfuse", "2.53.9"), ("langsmith", "0.1.147"), ("logfire", "2.4.1"), ("traceloop-sdk", "0.33.12"),
                     ("arize-phoenix-otel", "0.6.1"), ("braintrust", "0.0.170")][:g.randint(3, 6)]:
        lines.append("%s==%s \\" % (pkg, ver))
        lines.append("    --hash=sha256:%s \\" % g.hex(64))
        lines.append("    --hash=sha256:%s" % g.hex(64))
    return path, j(*lines), "pip", "hash"


def n_package_lock(g):
    path = g.choice(["package-lock.json", "web/package-lock.json"])
    pk = {}
    for name, ver in [("langfuse", "3.29.1"), ("langsmith", "0.2.8"), ("braintrust", "0.0.171"),
                      ("@traceloop/node-server-sdk", "0.11.6"), ("portkey-ai", "1.5.0")]:
        pk["node_modules/%s" % name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                        "integrity": "sha512-" + g.b64(64)}
    doc = {"name": g.choice(APPS), "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return path, json.dumps(doc, indent=2) + "\n", "npm", "integrity-hash"


def n_docker_digest(g):
    path = g.choice(["Dockerfile", "docker/phoenix.Dockerfile"])
    lines = ["FROM python:3.12-slim@sha256:%s AS base" % g.hex(64), "COPY --from=ghcr.io/astral-sh/uv@sha256:%s /uv /bin/uv" % g.hex(64),
             "WORKDIR /app", "COPY pyproject.toml uv.lock ./", "RUN uv sync --frozen --no-dev", "COPY . .",
             'ENV OTEL_EXPORTER_OTLP_ENDPOINT="http://otel-collector:4318"', 'CMD ["uv", "run", "python", "-m", "app"]']
    return path, j(*lines), "docker", "image-digest"


def n_changelog(g):
    path = "CHANGELOG.md"
    lines = ["# Changelog", ""]
    for i in range(g.randint(3, 5)):
        lines += ["## 1.%d.0 - %s" % (9 - i, g.date()), ""]
        for _ in range(g.randint(2, 4)):
            lines.append("- %s (%s)" % (g.choice(["switch tracing to OTLP", "bump langfuse SDK", "add Helicone cache headers",
                                                  "score faithfulness in CI", "drop PromptLayer wrapper"]), g.hex(g.choice([7, 40]))))
        lines.append("")
    return path, j(*lines), "git", "commit-sha"


def n_pem_public(g):
    path = g.choice(["keys/webhook-signing.pub.pem", "config/jwt-public.pem"])
    body = base64.b64encode(bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") +
                            g.rbytes(256) + bytes.fromhex("0203010001")).decode()
    lines = ["-----BEGIN PUBLIC KEY-----"] + [body[i:i + 64] for i in range(0, len(body), 64)] + ["-----END PUBLIC KEY-----"]
    return path, j(*lines), "pki", "public-key"


def n_b64_config(g):
    path = g.choice(["k8s/dashboards-configmap.yaml", "deploy/grafana-dash.yaml"])
    dash = json.dumps({"title": "LLM latency", "panels": [{"type": "timeseries", "expr": "histogram_quantile(0.95, llm_latency_bucket)"}],
                       "uid": g.lalnum(9)}).encode()
    lines = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: llm-dashboards", "binaryData:",
             "  llm-latency.json: %s" % base64.b64encode(dash).decode()]
    return path, j(*lines), "k8s", "encoded-data"


def n_helicone_log(g):
    path = g.choice(["logs/gateway.log", "tests/fixtures/helicone_response_headers.txt"])
    lines = []
    for _ in range(g.randint(3, 6)):
        lines += ["%s helicone-id=%s session=%s cache=%s status=200" % (g.ts(), g.uuid4(), g.uuid4(), g.choice(["HIT", "MISS"]))]
    return path, j(*lines), "helicone", "request-id"


def n_portkey_ids(g):
    path = g.choice(["app/portkey_routes.py", "src/routing.py"])
    lines = ["import os", "from portkey_ai import Portkey", "", "ROUTES = {",
             '    "cheap": "pc-%s-%s",' % (g.word(), g.hex(6)), '    "smart": "pc-%s-%s",' % (g.word(), g.hex(6)), "}", "",
             "", "def client(route: str) -> Portkey:",
             '    return Portkey(api_key=os.environ["PORTKEY_API_KEY"], config=ROUTES[route],',
             '                   virtual_key="%s-prod-%s")' % (g.choice(["openai", "anthropic"]), g.hex(6))]
    return path, j(*lines), "portkey", "config-id"


def n_traces_csv(g):
    path = g.choice(["exports/traces.csv", "data/trace_sample.csv"])
    lines = ["trace_id,span_id,name,model,input_tokens,output_tokens,cost_usd,latency_ms"]
    for _ in range(g.randint(6, 14)):
        lines.append("%s,%s,%s,%s,%d,%d,%.5f,%d" % (g.hex(32), g.hex(16), g.word(), g.choice(MODELS), g.randint(50, 4000),
                                                   g.randint(10, 900), g.r.random() / 50, g.randint(90, 8000)))
    return path, j(*lines), "otel", "trace-id"


def n_sql_seed(g):
    path = g.choice(["db/seed/api_keys.sql", "migrations/0042_seed_dev_project.sql"])
    lines = ["-- dev seed: only hashes and display values are stored",
             "INSERT INTO api_keys (id, public_key, hashed_secret_key, fast_hashed_secret_key, display_secret_key, project_id) VALUES"]
    rows = []
    for _ in range(g.randint(1, 3)):
        bcrypt = "$2a$11$" + g.s(ALNUM + "./", 53)
        rows.append("  ('%s', '%s', '%s', '%s', 'sk-lf-...%s', '%s')" % (g.cuid(), k_langfuse_pk(g), bcrypt, g.hex(64), g.hex(4), g.cuid()))
    lines.append(",\n".join(rows) + ";")
    return path, j(*lines), "langfuse", "hashed-key"


def n_logfire_links(g):
    path = g.choice(["docs/debugging.md", "docs/runbooks/slow-requests.md"])
    org, proj = g.choice(TEAMS), g.choice(APPS)
    lines = ["# Finding slow requests", "", "Open the live view:", "",
             "https://logfire-us.pydantic.dev/%s/%s" % (org, proj), "", "Example trace:", "",
             "https://logfire-us.pydantic.dev/%s/%s?q=trace_id%%3D%%27%s%%27" % (org, proj, g.hex(32)), "",
             "Write tokens live in the secret manager under `logfire/%s`." % proj]
    return path, j(*lines), "logfire", "trace-url"


def n_test_fakes(g):
    path = g.choice(["tests/test_config.py", "tests/unit/test_tracing_env.py"])
    lines = ["import pytest", "", "from app.config import load_settings", "", "",
             "@pytest.fixture", "def env(monkeypatch):", '    monkeypatch.setenv("LANGFUSE_PUBLIC_KEY", "pk-lf-test")',
             '    monkeypatch.setenv("LANGFUSE_SECRET_KEY", "sk-lf-test")', '    monkeypatch.setenv("LANGSMITH_API_KEY", "lsv2_pt_test")',
             '    monkeypatch.setenv("HELICONE_API_KEY", "sk-helicone-test")', "", "",
             "def test_tracing_enabled(env):", "    s = load_settings()", "    assert s.tracing_enabled"]
    return path, j(*lines), "multi", "fake-test"


def n_comet_exp(g):
    path = g.choice(["logs/opik_experiments.txt", "reports/comet-runs.md"])
    lines = ["Opik / Comet experiment log", ""]
    for _ in range(g.randint(3, 5)):
        k = g.hex(32)
        lines.append("experiment_key=%s url=https://www.comet.com/%s/%s/%s" % (k, g.choice(TEAMS), g.choice(APPS), k))
    return path, j(*lines), "opik", "experiment-key"


def n_deepeval_run(g):
    path = g.choice([".deepeval/.latest_test_run.json", "reports/deepeval_run.json"])
    doc = {"testRunId": g.uuid4(), "testFile": "tests/test_%s.py" % g.word(), "identifier": g.hex(12),
           "link": "https://app.confident-ai.com/project/%s/evaluation/test-runs/%s" % (g.lalnum(25), g.uuid4()),
           "metricsScores": [{"metric": "Faithfulness", "scores": [round(g.r.random(), 3) for _ in range(3)]}]}
    return path, json.dumps(doc, indent=2) + "\n", "confident", "run-id"


def n_honeyhive_sessions(g):
    path = g.choice(["exports/honeyhive_sessions.json", "data/sessions.json"])
    doc = [{"session_id": g.uuid4(), "project_id": g.hex(24), "source": "production", "event_count": g.randint(2, 40),
            "start_time": g.ts()} for _ in range(g.randint(2, 4))]
    return path, json.dumps(doc, indent=2) + "\n", "honeyhive", "session-id"


def n_agentops_replay(g):
    path = g.choice(["logs/crew-run.log", "runs/agent-%s.log" % g.date()])
    sid = g.uuid4()
    lines = ["%s INFO agentops: Session started" % g.ts(),
             "%s INFO agentops: Session Replay: https://app.agentops.ai/sessions?id=%s" % (g.ts(), sid),
             "%s INFO crew: task %s finished in %.1fs" % (g.ts(), g.word(), g.r.random() * 30),
             "%s INFO agentops: Session ended %s, cost $%.4f" % (g.ts(), sid, g.r.random())]
    return path, j(*lines), "agentops", "session-id"


def n_dvc_lock(g):
    path = "dvc.lock"
    lines = ["schema: '2.0'", "stages:", "  build_golden_set:", "    cmd: python -m evals.build_golden", "    deps:"]
    for f in ["data/raw/tickets.jsonl", "evals/build_golden.py"]:
        lines += ["    - path: %s" % f, "      hash: md5", "      md5: %s" % g.hex(32), "      size: %d" % g.randint(1000, 9000000)]
    lines += ["    outs:", "    - path: data/golden.jsonl", "      hash: md5", "      md5: %s" % g.hex(32)]
    return path, j(*lines), "dvc", "hash"


def n_dataset_registry(g):
    path = g.choice(["evals/datasets.yaml", "config/datasets.yml"])
    lines = ["datasets:"]
    for _ in range(g.randint(2, 4)):
        lines += ["  - name: %s-%s" % (g.word(), g.choice(["golden", "adversarial", "regression"])),
                  "    langsmith_dataset_id: %s" % g.uuid4(), "    langfuse_dataset: %s" % g.word(),
                  "    example_count: %d" % g.randint(20, 900), "    sha1: %s" % g.hex(40)]
    return path, j(*lines), "multi", "dataset-id"


def n_otlp_json(g):
    path = g.choice(["tests/fixtures/otlp_trace.json", "fixtures/spans.json"])
    tid = g.hex(32)
    spans = [{"traceId": tid, "spanId": g.hex(16), "name": g.choice(["llm.chat", "retrieve", "rerank"]), "kind": 1,
              "startTimeUnixNano": str(1718000000000000000 + g.randint(0, 10 ** 12)),
              "attributes": [{"key": "gen_ai.request.model", "value": {"stringValue": g.choice(MODELS)}}]} for _ in range(3)]
    doc = {"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": g.choice(APPS)}}]},
                              "scopeSpans": [{"scope": {"name": "openinference"}, "spans": spans}]}]}
    return path, json.dumps(doc, indent=2) + "\n", "otel", "span-id"


def n_gha_secretref(g):
    path = g.choice([".github/workflows/trace-smoke.yml", ".github/workflows/evals-nightly.yml"])
    lines = ["name: Trace smoke", "on: [workflow_dispatch]", "jobs:", "  smoke:", "    runs-on: ubuntu-latest", "    env:",
             "      LANGFUSE_PUBLIC_KEY: ${{ vars.LANGFUSE_PUBLIC_KEY }}", "      LANGFUSE_SECRET_KEY: ${{ secrets.LANGFUSE_SECRET_KEY }}",
             "      BRAINTRUST_API_KEY: ${{ secrets.BRAINTRUST_API_KEY }}", "    steps:", "      - uses: actions/checkout@v4",
             "      - run: python -m evals.smoke --run-id ${{ github.run_id }}-%s" % g.hex(6)]
    return path, j(*lines), "multi", "env-ref"


def n_helm_existing_secret(g):
    path = g.choice(["charts/langfuse/values.yaml", "deploy/helm/langfuse-values.yaml"])
    lines = ["langfuse:", "  salt:", "    secretKeyRef:", "      name: langfuse-salt", "      key: salt",
             "  nextauth:", "    secret:", "      secretKeyRef:", "        name: langfuse-nextauth", "        key: secret",
             "  additionalEnv:", "    - name: LANGFUSE_INIT_PROJECT_PUBLIC_KEY", '      value: "%s"' % k_langfuse_pk(g),
             "    - name: LANGFUSE_INIT_PROJECT_SECRET_KEY", "      valueFrom:", "        secretKeyRef:",
             "          name: langfuse-init", "          key: project-secret-key"]
    return path, j(*lines), "langfuse", "env-ref"


NEG_TEMPLATES = [n_lf_web, n_lf_public_env, n_lunary_web, n_helicone_pk, n_lf_trace_urls, n_ls_run_urls, n_otel_log,
                 n_traceparent, n_arize_space, n_phoenix_ids, n_prompt_lock, n_bt_summary, n_wandb_runs, n_weave_refs,
                 n_promptfoo_output, n_otel_noauth, n_env_example, n_requirements, n_package_lock, n_docker_digest,
                 n_changelog, n_pem_public, n_b64_config, n_helicone_log, n_portkey_ids, n_traces_csv, n_sql_seed,
                 n_logfire_links, n_test_fakes, n_comet_exp, n_deepeval_run, n_honeyhive_sessions, n_agentops_replay,
                 n_dvc_lock, n_dataset_registry, n_otlp_json, n_gha_secretref, n_helm_existing_secret]


# ---------------------------------------------------------------- driver
DOTENV_RE = re.compile(r"^\.env(\.[A-Za-z0-9_-]+)?$")
DOTENV_OK = {"example", "sample", "template", "dist", "tpl", "defaults", "schema"}


def is_blocked_dotenv(relpath):
    base = relpath.rsplit("/", 1)[-1]
    m = DOTENV_RE.match(base)
    if not m:
        return False
    suffix = (m.group(1) or "")[1:]
    return suffix not in DOTENV_OK


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile" or base.endswith(".Dockerfile"):
        return "dockerfile"
    if base == "Makefile":
        return "makefile"
    if base in ("netrc", ".netrc") or base.endswith(".netrc"):
        return "netrc"
    if base in (".opik.config", "opik.config"):
        return "ini"
    if base == "dvc.lock":
        return "yaml"
    if base == "prompt-registry.lock":
        return "json"
    if "." not in base.lstrip("."):
        return base.lstrip(".")
    return base.rsplit(".", 1)[-1]


def add_decl(c, text):
    """Insert a module-level constant declaration requested by Ctx.q after the imports."""
    d = getattr(c, "decl", None)
    if not d:
        return text
    lang, line = d
    lines = text.split("\n")
    pat = re.compile(r"^(import |from \S+ import )") if lang == "py" else re.compile(r"^import ")
    last = -1
    for i, ln in enumerate(lines):
        if pat.match(ln):
            last = i
    if last < 0 and lang == "py" and lines and lines[0].startswith('"""'):
        last = 0
    lines.insert(last + 1, line)
    if last >= 0:
        lines.insert(last + 1, "")
    return "\n".join(lines)


def line_of(text, needle):
    idx = text.find(needle)
    assert idx >= 0, "needle missing"
    return text.count("\n", 0, idx) + 1


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_hx.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    g = G(rng)
    import shutil
    for sub in ("pos", "neg"):
        p = os.path.join(outdir, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
    os.makedirs(outdir, exist_ok=True)

    pos_t = all_pos_templates()
    manifest, secrets = [], []

    # positives ---------------------------------------------------------------
    order = list(range(len(pos_t)))
    rng.shuffle(order)
    dotenv_n, conv_n = 0, 0
    k = 0
    for i in range(N_POS):
        while True:
            name, fn, provs, flags = pos_t[order[k % len(order)]]
            k += 1
            if flags.get("dotenv") and dotenv_n >= N_POS // 20:
                continue
            break
        pk = provs[(k // len(order) + i) % len(provs)] if len(provs) > 1 and rng.random() < 0.5 else rng.choice(provs)
        c = Ctx(g, pk, True)
        rel, text = fn(c)
        text = add_decl(c, text)
        needle = getattr(c, "needle", None) or c.secret
        if is_blocked_dotenv(rel):
            dotenv_n += 1
            assert dotenv_n <= N_POS // 20
        ln = line_of(text, needle)
        assert needle in text.split("\n")[ln - 1]
        if c.p["env"] in text.split("\n")[ln - 1]:
            conv_n += 1
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": c.p["name"], "kind": c.kind, "filetype": filetype(rel)})
        secrets.append({"file": f, "needle": needle, "line": ln})

    # negatives ---------------------------------------------------------------
    jobs = [("reuse", i) for i in range(N_NEG // 2)] + [("alike", i) for i in range(N_NEG - N_NEG // 2)]
    rng.shuffle(jobs)
    order = list(range(len(pos_t)))
    rng.shuffle(order)
    norder = list(range(len(NEG_TEMPLATES)))
    rng.shuffle(norder)
    for n, (typ, idx) in enumerate(jobs):
        if typ == "reuse":
            name, fn, provs, flags = pos_t[order[idx % len(order)]]
            pk = rng.choice(provs)
            c = Ctx(g, pk, False)
            rel, text = fn(c)
            text = add_decl(c, text)
            prov, kind = c.p["name"], "%s:%s" % (name, c.cat)
        else:
            fn = NEG_TEMPLATES[norder[idx % len(norder)]]
            rel, text, prov, kind = fn(g)
            prov = PROVIDERS[prov]["name"] if prov in PROVIDERS else prov
        if is_blocked_dotenv(rel):
            d = rel.rsplit("/", 1)
            rel = (d[0] + "/" if len(d) == 2 else "") + ".env.example"
        assert not is_blocked_dotenv(rel)
        f = "neg/n%04d/%s" % (n, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # self-check: every needle is on its line in the file as written
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] and s["needle"] in lines[s["line"] - 1], s["file"]
    sys.stderr.write("gen_hx: %d positive templates (all re-used for negatives), %d look-alike templates; %d pos (%d .env, %d conventional names), %d neg\n"
                     % (len(set(t[0] for t in pos_t)), len(NEG_TEMPLATES), N_POS, dotenv_n, conv_n, len(jobs)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
