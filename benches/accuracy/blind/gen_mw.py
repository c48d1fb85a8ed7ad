#!/usr/bin/env python3
"""gen_mw.py - blind evaluation-set generator for secret scanners (domain "mw").

EMPHASIS
    Web search, retrieval, crawling and data APIs that AI agents and RAG pipelines
    call, plus the LLM / vector-DB keys that sit next to them in the same configs.
    Providers: Tavily, Exa, SerpAPI, SearchApi.io, Brave Search, Bing Web Search
    (Azure subscription keys), Google Programmable Search (API key + cx), Kagi,
    You.com, Perplexity, Jina, Firecrawl, ScrapingBee, Browserbase, Apify, Diffbot,
    Serper, ZenRows, Bright Data (API token and proxy zone passwords), Unstructured,
    LlamaCloud/LlamaParse, Cohere, Voyage, Mixedbread, Nomic, Pinecone, Qdrant Cloud,
    Weaviate Cloud, OpenAI, Anthropic, Gemini, Groq, Mistral, Together, OpenRouter,
    Hugging Face, LangSmith; residential proxy credentials in URLs (Bright Data,
    Oxylabs, Decodo/Smartproxy, Webshare, IPRoyal).
    File types: LangChain / LlamaIndex / Haystack / CrewAI / AutoGen / DSPy Python,
    notebooks (.ipynb with outputs), TypeScript agents (Vercel AI SDK, Mastra,
    LangGraph.js, Stagehand, Deno edge functions), MCP configs (mcp.json,
    claude_desktop_config.json, .vscode/mcp.json, remote MCP URLs), n8n / Flowise /
    Dify exports, YAML agent configs, LiteLLM proxy config, Continue / aider configs,
    Dockerfiles, docker-compose, Kubernetes manifests, Helm values, GitHub Actions,
    shell scripts with curl, PowerShell, Makefiles, Markdown READMEs, .toml / .ini /
    .properties settings, .http REST-client files, Postman environments, Terraform
    tfvars, systemd units, Scrapy settings, Go.

USAGE
    python3 -B gen_mw.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Standard library only; all
    randomness comes from random.Random(SEED); output is byte-identical per seed.
    `python3 -B gen_mw.py --selftest OUTDIR` runs seeds 101 and 202 fully plus a
    sample of seeds 1..3000 and checks the invariants.

NEEDLE CONVENTIONS
    needle = the secret value exactly as written, without quotes; prefixed keys keep
    their prefix (tvly-, pplx-, jina_, fc-, apify_api_, llx-, pa-, nk-, pcsk_, BSA,
    AIza, sk-proj-, sk-ant-api03-, gsk_, hf_, lsv2_pt_, ...).  For HTTP headers only
    the token (no "Bearer ").  For URLs with credentials (proxy URLs, curl -U/-x)
    only the password.  For keys passed as URL query parameters the key value.
    line = 1-based line of the first occurrence (asserted by the program).

NEGATIVES
    250 re-use the positive templates with the secret slot holding a non-secret:
    placeholders (tvly-YOUR_API_KEY, <your-exa-key>, xxxx, changeme, TU_API_KEY,
    DEIN_API_SCHLUESSEL, <ここにAPIキー>, ...), empty values, masked values
    (tvly-****, [REDACTED], partially masked), environment / secret-manager
    references of each tool (os.environ[...], os.getenv, userdata.get, getpass,
    process.env, Deno.env.get, ${VAR}, ${{ secrets.X }}, {{ .Values.x }},
    os.environ/X (LiteLLM), ${input:x} / ${env:X} (VS Code MCP), {{ $env.X }} (n8n),
    {{#env.x#}} (Dify), $env:X (PowerShell), {{x}} (Postman / REST client)).
    250 are domain look-alikes: Google cx ids, Pinecone index hosts / namespaces,
    Qdrant collection and point UUIDs, Weaviate schemas, LlamaIndex docstore hashes,
    embedding vectors (float and base64), search/crawl API responses with request ids,
    Apify run / dataset ids, Firecrawl crawl ids, LangSmith run ids, n8n credential
    ids, Flowise credential UUIDs, Dify plugin identifiers with sha256, pinned action
    SHAs, image digests, pip/poetry/npm/terraform lock hashes, git-lfs pointers,
    HF model revisions, SSH public keys, proxy CA certificates, SOPS / sealed-secret
    ciphertext, base64 PNG outputs, .env.example files with empty values.

FORMATS CHECKED
    Confirmed in this session (search tool, providers' own docs): Tavily
    (docs.tavily.com quickstart + API reference: "Authorization: Bearer", example
    tvly-YOUR_API_KEY, "keys start with tvly-", Development/Production key types);
    Kagi (help.kagi.com API portal: "Authorization: Bot <token>"); Mixedbread SDK
    usage with MXBAI_API_KEY (public code).  The rest is from memory of the
    providers' docs / SDK READMEs:
    Tavily "tvly-" (+ "dev-") + 32 alnum (Tavily docs use tvly-YOUR_API_KEY);
    Firecrawl "fc-" + 32 hex (docs: fc-YOUR_API_KEY); Perplexity "pplx-" + 48;
    Jina "jina_" + 60 chars; Apify "apify_api_" + 36 alnum; LlamaCloud "llx-" + 48;
    Voyage "pa-" + 43 url-safe; Nomic "nk-" + 43; Pinecone "pcsk_" + 5 + "_" + 63
    (legacy keys are UUIDs); Exa keys are UUIDs; SerpAPI 64 hex; Serper 40 hex;
    ZenRows 40 hex; ScrapingBee 80 upper-alnum; Bing/Azure subscription keys 32 hex;
    Google API keys "AIza" + 35 url-safe (39 total); Google cx 17 lowercase alnum
    or "<21 digits>:<11 chars>"; Browserbase "bb_live_" + 27; OpenAI
    "sk-proj-" ... "T3BlbkFJ" ...; Anthropic "sk-ant-api03-" + 93 + "AA"; Groq
    "gsk_" + 52; HF "hf_" + 34 letters; OpenRouter "sk-or-v1-" + 64 hex; LangSmith
    "lsv2_pt_" + 32 hex + "_" + 10 hex; Together 64 hex / "tgp_v1_" + 43; Cohere 40
    alnum; Mistral 32 alnum; Bright Data proxy user brd-customer-hl_XXXXXXXX-zone-Z,
    password 12 lowercase alnum, host brd.superproxy.io:33335.
    Endpoints / header names (X-Subscription-Token, Ocp-Apim-Subscription-Key,
    X-API-KEY, X-BB-API-Key, unstructured-api-key, Api-Key, api-key, "Bot" auth for
    Kagi) taken from the providers' API references.

DOUBTS
    Lengths guessed: Brave ("BSA" + 28), SearchApi.io (24 alnum), Kagi (token
    layout), You.com (UUID + "<__>" + 24, newer "ydc-sk-" style not used),
    Unstructured (30 alnum), Mixedbread ("mxb_" + 32), Qdrant Cloud (url-safe 54),
    Weaviate (40 alnum), Bright Data API token (64 hex), Diffbot (32 hex),
    Tavily suffix length, Browserbase suffix length.
"""
import json
import os
import random
import sys

LO = "abcdefghijklmnopqrstuvwxyz"
UP = LO.upper()
DG = "0123456789"
HEX = "0123456789abcdef"
AN = LO + UP + DG
LOWAN = LO + DG
UPAN = UP + DG
URLS = AN + "-_"
B64 = AN + "+/"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64blob(r, nbytes):
    raw = bytes(r.getrandbits(8) for _ in range(nbytes))
    import base64
    return base64.b64encode(raw).decode()


def pick(r, seq):
    return seq[r.randrange(len(seq))]


# ---------------------------------------------------------------- secret formats
def g_tavily(r):
    return "tvly-" + pick(r, ["", "", "dev-", "prod-"]) + rs(r, AN, 32)


def g_pinecone(r):
    if r.random() < 0.25:
        return uuid4(r)
    return "pcsk_" + rs(r, AN, 5) + "_" + rs(r, AN, 63)


def g_openai(r):
    if r.random() < 0.2:
        return "sk-" + rs(r, AN, 20) + "T3BlbkFJ" + rs(r, AN, 20)
    pre = pick(r, ["sk-proj-", "sk-proj-", "sk-svcacct-"])
    return pre + rs(r, URLS, 74) + "T3BlbkFJ" + rs(r, URLS, 74)


def g_together(r):
    if r.random() < 0.5:
        return rs(r, HEX, 64)
    return "tgp_v1_" + rs(r, URLS, 43)


def g_you(r):
    return uuid4(r) + "<__>" + rs(r, AN, 24)


def g_kagi(r):
    return rs(r, URLS, 22) + "." + rs(r, URLS, 22)


P = {}


def prov(pid, name, kind, envs, gen, auth, url, method="POST", body=None,
         py=None, ts=None, mcp=None, ph=None, group="search"):
    P[pid] = dict(id=pid, name=name, kind=kind, envs=envs, gen=gen, auth=auth,
                  url=url, method=method, body=body, py=py, ts=ts, mcp=mcp,
                  ph=ph or [], group=group)


Q = '"q": "latest research on retrieval augmented generation"'
prov("tavily", "Tavily", "api_key", ["TAVILY_API_KEY"], g_tavily, ("bearer",),
     "https://api.tavily.com/search", body='{"query": "who won the 2024 euro cup", "search_depth": "advanced", "max_results": 5}',
     py=("from tavily import TavilyClient", "TavilyClient(api_key={k})"),
     ts=('import { tavily } from "@tavily/core";', "tavily({{ apiKey: {k} }})"),
     mcp=("npx", ["-y", "tavily-mcp@latest"]),
     ph=["tvly-YOUR_API_KEY", "tvly-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "tvly-..."])
prov("exa", "Exa", "api_key", ["EXA_API_KEY"], uuid4, ("header", "x-api-key"),
     "https://api.exa.ai/search", body='{"query": "open source vector databases", "numResults": 10, "contents": {"text": true}}',
     py=("from exa_py import Exa", "Exa(api_key={k})"),
     ts=('import Exa from "exa-js";', "new Exa({k})"),
     mcp=("npx", ["-y", "exa-mcp-server"]),
     ph=["YOUR_EXA_API_KEY", "your-exa-api-key", "00000000-0000-0000-0000-000000000000"])
prov("serpapi", "SerpAPI", "api_key", ["SERPAPI_API_KEY", "SERPAPI_KEY", "SERP_API_KEY"],
     lambda r: rs(r, HEX, 64), ("query", "api_key"),
     "https://serpapi.com/search.json?engine=google&q=coffee+near+me", method="GET",
     py=("from serpapi import GoogleSearch", 'GoogleSearch({{"q": "coffee", "location": "Austin, Texas", "api_key": {k}}})'),
     ph=["YOUR_API_KEY", "secret_api_key", "<serpapi-key>"])
prov("searchapi", "SearchApi", "api_key", ["SEARCHAPI_API_KEY"], lambda r: rs(r, AN, 24),
     ("bearer",), "https://www.searchapi.io/api/v1/search?engine=google&q=chatgpt", method="GET",
     py=("from langchain_community.utilities import SearchApiAPIWrapper", "SearchApiAPIWrapper(searchapi_api_key={k})"),
     ph=["YOUR_SEARCHAPI_KEY", "<searchapi_api_key>"])
prov("brave", "Brave Search", "api_key", ["BRAVE_API_KEY", "BRAVE_SEARCH_API_KEY"],
     lambda r: "BSA" + rs(r, AN + "-_", 28), ("header", "X-Subscription-Token"),
     "https://api.search.brave.com/res/v1/web/search?q=rust+async+runtime&count=10", method="GET",
     py=("from langchain_community.tools import BraveSearch", 'BraveSearch.from_api_key(api_key={k}, search_kwargs={{"count": 5}})'),
     mcp=("npx", ["-y", "@modelcontextprotocol/server-brave-search"]),
     ph=["BSA-your-key-here", "YOUR_BRAVE_API_KEY", "<brave-subscription-token>"])
prov("bing", "Bing Web Search", "subscription_key", ["BING_SUBSCRIPTION_KEY", "BING_SEARCH_V7_SUBSCRIPTION_KEY", "AZURE_BING_KEY"],
     lambda r: rs(r, HEX, 32), ("header", "Ocp-Apim-Subscription-Key"),
     "https://api.bing.microsoft.com/v7.0/search?q=site%3Alearn.microsoft.com+rag&mkt=en-US", method="GET",
     py=("from langchain_community.utilities import BingSearchAPIWrapper",
         'BingSearchAPIWrapper(bing_subscription_key={k}, bing_search_url="https://api.bing.microsoft.com/v7.0/search", k=5)'),
     ph=["<bing-subscription-key>", "YOUR_BING_KEY", "00000000000000000000000000000000"])
prov("google", "Google Programmable Search", "api_key", ["GOOGLE_API_KEY", "GOOGLE_SEARCH_API_KEY", "GOOGLE_CSE_API_KEY"],
     lambda r: "AIza" + rs(r, URLS, 35), ("query", "key"),
     "https://www.googleapis.com/customsearch/v1?cx={cx}&q=langgraph+tutorial", method="GET",
     py=("from langchain_google_community import GoogleSearchAPIWrapper",
         'GoogleSearchAPIWrapper(google_api_key={k}, google_cse_id="{cx}")'),
     ph=["AIza...", "YOUR_GOOGLE_API_KEY", "<google-api-key>"])
prov("kagi", "Kagi", "api_token", ["KAGI_API_KEY"], g_kagi, ("bot",),
     "https://kagi.com/api/v0/search?q=steve+jobs&limit=5", method="GET",
     mcp=("uvx", ["kagimcp"]), ph=["YOUR_KAGI_API_KEY", "<kagi-token>"])
prov("you", "You.com", "api_key", ["YDC_API_KEY", "YOU_API_KEY"], g_you, ("header", "X-API-Key"),
     "https://api.ydc-index.io/search?query=weather+in+lisbon", method="GET",
     py=("from langchain_community.utilities.you import YouSearchAPIWrapper", "YouSearchAPIWrapper(ydc_api_key={k}, num_web_results=5)"),
     ph=["YOUR_YDC_API_KEY", "<you.com key>"])
prov("perplexity", "Perplexity", "api_key", ["PERPLEXITY_API_KEY", "PPLX_API_KEY"],
     lambda r: "pplx-" + rs(r, AN, 48), ("bearer",), "https://api.perplexity.ai/chat/completions",
     body='{"model": "sonar-pro", "messages": [{"role": "user", "content": "Summarize todays AI news"}]}',
     py=("from openai import OpenAI", 'OpenAI(api_key={k}, base_url="https://api.perplexity.ai")'),
     mcp=("npx", ["-y", "server-perplexity-ask"]),
     ph=["pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "pplx-YOUR_KEY", "pplx-..."])
prov("jina", "Jina AI", "api_key", ["JINA_API_KEY"],
     lambda r: "jina_" + rs(r, HEX, 32) + rs(r, AN + "-_", 28), ("bearer",),
     "https://r.jina.ai/https://example.com/blog/post", method="GET",
     py=("from langchain_community.embeddings import JinaEmbeddings", 'JinaEmbeddings(jina_api_key={k}, model_name="jina-embeddings-v3")'),
     ph=["jina_*****", "jina_YOUR_API_KEY", "<jina-api-key>"])
prov("firecrawl", "Firecrawl", "api_key", ["FIRECRAWL_API_KEY"], lambda r: "fc-" + rs(r, HEX, 32),
     ("bearer",), "https://api.firecrawl.dev/v1/scrape",
     body='{"url": "https://docs.firecrawl.dev", "formats": ["markdown"]}',
     py=("from firecrawl import FirecrawlApp", "FirecrawlApp(api_key={k})"),
     ts=('import FirecrawlApp from "@mendable/firecrawl-js";', "new FirecrawlApp({{ apiKey: {k} }})"),
     mcp=("npx", ["-y", "firecrawl-mcp"]),
     ph=["fc-YOUR_API_KEY", "fc-xxxxxxxx", "fc-..."])
prov("scrapingbee", "ScrapingBee", "api_key", ["SCRAPINGBEE_API_KEY"], lambda r: rs(r, UPAN, 80),
     ("query", "api_key"), "https://app.scrapingbee.com/api/v1/?url=https%3A%2F%2Fwww.example.com&render_js=false", method="GET",
     py=("from scrapingbee import ScrapingBeeClient", "ScrapingBeeClient(api_key={k})"),
     ph=["YOUR-API-KEY", "<scrapingbee_key>"])
prov("browserbase", "Browserbase", "api_key", ["BROWSERBASE_API_KEY"], lambda r: "bb_live_" + rs(r, AN, 1) + rs(r, URLS, 26),
     ("header", "X-BB-API-Key"), "https://api.browserbase.com/v1/sessions",
     body='{"projectId": "{bbproj}", "browserSettings": {"blockAds": true}}',
     py=("from browserbase import Browserbase", "Browserbase(api_key={k})"),
     ts=('import Browserbase from "@browserbasehq/sdk";', "new Browserbase({{ apiKey: {k} }})"),
     mcp=("npx", ["-y", "@browserbasehq/mcp"]),
     ph=["bb_live_xxxxxxxx", "<browserbase-api-key>", "YOUR_BROWSERBASE_API_KEY"])
prov("apify", "Apify", "api_token", ["APIFY_API_TOKEN", "APIFY_TOKEN"], lambda r: "apify_api_" + rs(r, AN, 36),
     ("bearer",), "https://api.apify.com/v2/acts/apify~website-content-crawler/runs?waitForFinish=60",
     body='{"startUrls": [{"url": "https://docs.apify.com/"}], "maxCrawlPages": 50}',
     py=("from apify_client import ApifyClient", "ApifyClient({k})"),
     ts=('import { ApifyClient } from "apify-client";', "new ApifyClient({{ token: {k} }})"),
     mcp=("npx", ["-y", "@apify/actors-mcp-server"]),
     ph=["apify_api_xxxxxxxxxxxxxxxxxxxx", "<APIFY_TOKEN>", "your_apify_token"])
prov("diffbot", "Diffbot", "api_token", ["DIFFBOT_API_TOKEN", "DIFFBOT_TOKEN"], lambda r: rs(r, HEX, 32),
     ("query", "token"), "https://api.diffbot.com/v3/article?url=https%3A%2F%2Fblog.diffbot.com%2F", method="GET",
     py=("from langchain_community.document_loaders import DiffbotLoader", 'DiffbotLoader(urls=["https://www.diffbot.com/"], api_token={k})'),
     ph=["YOUR_DIFFBOT_TOKEN", "<token>"])
prov("serper", "Serper", "api_key", ["SERPER_API_KEY"], lambda r: rs(r, HEX, 40),
     ("header", "X-API-KEY"), "https://google.serper.dev/search", body='{"q": "apple inc", "gl": "us", "num": 10}',
     py=("from langchain_community.utilities import GoogleSerperAPIWrapper", "GoogleSerperAPIWrapper(serper_api_key={k})"),
     ph=["YOUR_SERPER_API_KEY", "your-serper-key", "<serper>"])
prov("zenrows", "ZenRows", "api_key", ["ZENROWS_API_KEY"], lambda r: rs(r, HEX, 40),
     ("query", "apikey"), "https://api.zenrows.com/v1/?url=https%3A%2F%2Fwww.scrapingcourse.com%2Fecommerce%2F&js_render=true", method="GET",
     py=("from zenrows import ZenRowsClient", "ZenRowsClient({k})"),
     ph=["YOUR_ZENROWS_API_KEY", "<ZENROWS_API_KEY>"])
prov("brightdata", "Bright Data", "api_token", ["BRIGHTDATA_API_TOKEN", "BRIGHT_DATA_API_KEY", "API_TOKEN"],
     lambda r: rs(r, HEX, 64), ("bearer",), "https://api.brightdata.com/request",
     body='{"zone": "web_unlocker1", "url": "https://geo.brdtest.com/welcome.txt", "format": "raw"}',
     mcp=("npx", ["-y", "@brightdata/mcp"]), ph=["<your-brightdata-token>", "YOUR_API_TOKEN"])
prov("unstructured", "Unstructured", "api_key", ["UNSTRUCTURED_API_KEY"], lambda r: rs(r, AN, 30),
     ("header", "unstructured-api-key"), "https://api.unstructuredapp.io/general/v0/general",
     py=("from unstructured_client import UnstructuredClient", "UnstructuredClient(api_key_auth={k})"),
     ph=["YOUR_UNSTRUCTURED_API_KEY", "<unstructured-api-key>"])
prov("llamacloud", "LlamaCloud", "api_key", ["LLAMA_CLOUD_API_KEY", "LLAMAPARSE_API_KEY"],
     lambda r: "llx-" + rs(r, AN, 48), ("bearer",), "https://api.cloud.llamaindex.ai/api/v1/parsing/upload",
     py=("from llama_parse import LlamaParse", 'LlamaParse(api_key={k}, result_type="markdown", language="en")'),
     ph=["llx-...", "llx-YOUR_KEY", "llx-xxxxxxxxxxxxxxxx"])
prov("cohere", "Cohere", "api_key", ["COHERE_API_KEY", "CO_API_KEY"], lambda r: rs(r, AN, 40),
     ("bearer",), "https://api.cohere.com/v2/rerank",
     body='{"model": "rerank-v3.5", "query": "capital of the US", "documents": ["Carson City", "Washington, D.C."], "top_n": 1}',
     py=("import cohere", "cohere.ClientV2(api_key={k})"),
     ph=["<<apiKey>>", "YOUR_COHERE_API_KEY", "co-xxxx"], group="rerank")
prov("voyage", "Voyage AI", "api_key", ["VOYAGE_API_KEY"], lambda r: "pa-" + rs(r, URLS, 43),
     ("bearer",), "https://api.voyageai.com/v1/embeddings",
     body='{"input": ["Sample text 1", "Sample text 2"], "model": "voyage-3.5"}',
     py=("import voyageai", "voyageai.Client(api_key={k})"),
     ph=["pa-...", "<VOYAGE_API_KEY>", "pa-YOUR-KEY"], group="embed")
prov("mixedbread", "Mixedbread", "api_key", ["MXBAI_API_KEY", "MIXEDBREAD_API_KEY"], lambda r: "mxb_" + rs(r, AN, 32),
     ("bearer",), "https://api.mixedbread.com/v1/embeddings",
     body='{"model": "mixedbread-ai/mxbai-embed-large-v1", "input": ["hello"]}',
     py=("from mixedbread import Mixedbread", "Mixedbread(api_key={k})"),
     ph=["mxb_...", "YOUR_API_KEY"], group="embed")
prov("nomic", "Nomic", "api_key", ["NOMIC_API_KEY"], lambda r: "nk-" + rs(r, URLS, 43),
     ("bearer",), "https://api-atlas.nomic.ai/v1/embedding/text",
     body='{"model": "nomic-embed-text-v1.5", "texts": ["hello"], "task_type": "search_document"}',
     ph=["nk-...", "<nomic-api-key>"], group="embed")
prov("pinecone", "Pinecone", "api_key", ["PINECONE_API_KEY"], g_pinecone,
     ("header", "Api-Key"), "https://api.pinecone.io/indexes", method="GET",
     py=("from pinecone import Pinecone", "Pinecone(api_key={k})"),
     ts=('import { Pinecone } from "@pinecone-database/pinecone";', "new Pinecone({{ apiKey: {k} }})"),
     ph=["YOUR_API_KEY", "pcsk_...", "<PINECONE_API_KEY>"], group="vector")
prov("qdrant", "Qdrant Cloud", "api_key", ["QDRANT_API_KEY", "QDRANT__SERVICE__API_KEY"], lambda r: rs(r, URLS, 54),
     ("header", "api-key"), "https://{qid}.us-east4-0.gcp.cloud.qdrant.io:6333/collections", method="GET",
     py=("from qdrant_client import QdrantClient", 'QdrantClient(url="https://{qid}.us-east4-0.gcp.cloud.qdrant.io:6333", api_key={k})'),
     mcp=("uvx", ["mcp-server-qdrant"]),
     ph=["<your-qdrant-api-key>", "your_secret_api_key_here"], group="vector")
prov("weaviate", "Weaviate Cloud", "api_key", ["WEAVIATE_API_KEY"], lambda r: rs(r, AN, 40),
     ("bearer",), "https://{wid}.c0.europe-west3.gcp.weaviate.cloud/v1/schema", method="GET",
     py=("import weaviate\nfrom weaviate.classes.init import Auth",
         'weaviate.connect_to_weaviate_cloud(cluster_url="https://{wid}.c0.europe-west3.gcp.weaviate.cloud", auth_credentials=Auth.api_key({k}))'),
     ph=["YOUR-WEAVIATE-API-KEY", "<wcd-api-key>"], group="vector")
prov("openai", "OpenAI", "api_key", ["OPENAI_API_KEY"], g_openai, ("bearer",),
     "https://api.openai.com/v1/chat/completions",
     body='{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "ping"}]}',
     py=("from openai import OpenAI", "OpenAI(api_key={k})"),
     ts=('import { createOpenAI } from "@ai-sdk/openai";', "createOpenAI({{ apiKey: {k} }})"),
     ph=["sk-...", "sk-your-key-here", "sk-xxxxxxxxxxxxxxxxxxxxxxxx"], group="llm")
prov("anthropic", "Anthropic", "api_key", ["ANTHROPIC_API_KEY"],
     lambda r: "sk-ant-api03-" + rs(r, URLS, 93) + "AA", ("header", "x-api-key"),
     "https://api.anthropic.com/v1/messages",
     body='{"model": "claude-3-5-sonnet-latest", "max_tokens": 1024, "messages": [{"role": "user", "content": "Hello"}]}',
     py=("from anthropic import Anthropic", "Anthropic(api_key={k})"),
     ts=('import { createAnthropic } from "@ai-sdk/anthropic";', "createAnthropic({{ apiKey: {k} }})"),
     ph=["sk-ant-...", "sk-ant-api03-xxxxxxxx", "my_api_key"], group="llm")
prov("gemini", "Google Gemini", "api_key", ["GEMINI_API_KEY", "GOOGLE_GENERATIVE_AI_API_KEY"],
     lambda r: "AIza" + rs(r, URLS, 35), ("query", "key"),
     "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent",
     body='{"contents": [{"parts": [{"text": "Explain how AI works"}]}]}',
     py=("from google import genai", "genai.Client(api_key={k})"),
     ts=('import { createGoogleGenerativeAI } from "@ai-sdk/google";', "createGoogleGenerativeAI({{ apiKey: {k} }})"),
     ph=["YOUR_API_KEY", "AIza..."], group="llm")
prov("groq", "Groq", "api_key", ["GROQ_API_KEY"], lambda r: "gsk_" + rs(r, AN, 52), ("bearer",),
     "https://api.groq.com/openai/v1/chat/completions",
     body='{"model": "llama-3.3-70b-versatile", "messages": [{"role": "user", "content": "hi"}]}',
     py=("from groq import Groq", "Groq(api_key={k})"),
     ts=('import { createGroq } from "@ai-sdk/groq";', "createGroq({{ apiKey: {k} }})"),
     ph=["gsk_...", "<groq-key>"], group="llm")
prov("mistral", "Mistral", "api_key", ["MISTRAL_API_KEY"], lambda r: rs(r, AN, 32), ("bearer",),
     "https://api.mistral.ai/v1/chat/completions",
     body='{"model": "mistral-small-latest", "messages": [{"role": "user", "content": "Bonjour"}]}',
     py=("from mistralai import Mistral", "Mistral(api_key={k})"),
     ph=["VOTRE_CLE_API", "<mistral-api-key>"], group="llm")
prov("together", "Together AI", "api_key", ["TOGETHER_API_KEY"], g_together, ("bearer",),
     "https://api.together.xyz/v1/chat/completions",
     body='{"model": "meta-llama/Llama-3.3-70B-Instruct-Turbo", "messages": [{"role": "user", "content": "hi"}]}',
     py=("from together import Together", "Together(api_key={k})"),
     ph=["YOUR_TOGETHER_API_KEY", "<together-key>"], group="llm")
prov("openrouter", "OpenRouter", "api_key", ["OPENROUTER_API_KEY"], lambda r: "sk-or-v1-" + rs(r, HEX, 64),
     ("bearer",), "https://openrouter.ai/api/v1/chat/completions",
     body='{"model": "deepseek/deepseek-chat", "messages": [{"role": "user", "content": "hi"}]}',
     py=("from openai import OpenAI", 'OpenAI(base_url="https://openrouter.ai/api/v1", api_key={k})'),
     ph=["sk-or-v1-...", "<OPENROUTER_API_KEY>"], group="llm")
prov("huggingface", "Hugging Face", "access_token", ["HF_TOKEN", "HUGGINGFACEHUB_API_TOKEN"],
     lambda r: "hf_" + rs(r, LO + UP, 34), ("bearer",),
     "https://router.huggingface.co/hf-inference/models/BAAI/bge-small-en-v1.5",
     body='{"inputs": "Today is a sunny day"}',
     py=("from huggingface_hub import InferenceClient", "InferenceClient(token={k})"),
     ph=["hf_xxx", "hf_...", "<hf-token>"], group="llm")
prov("langsmith", "LangSmith", "api_key", ["LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"],
     lambda r: "lsv2_" + pick(r, ["pt", "sk"]) + "_" + rs(r, HEX, 32) + "_" + rs(r, HEX, 10),
     ("header", "x-api-key"), "https://api.smith.langchain.com/api/v1/sessions", method="GET",
     py=("from langsmith import Client", "Client(api_key={k})"),
     ph=["lsv2_...", "<your-langsmith-key>"], group="llm")

SEARCH = ["tavily", "exa", "serpapi", "searchapi", "brave", "bing", "google", "kagi", "you",
          "perplexity", "jina", "firecrawl", "scrapingbee", "browserbase", "apify", "diffbot",
          "serper", "zenrows", "brightdata", "unstructured", "llamacloud", "cohere", "voyage",
          "mixedbread", "nomic"]
VECTOR = ["pinecone", "qdrant", "weaviate"]
LLM = ["openai", "anthropic", "gemini", "groq", "mistral", "together", "openrouter", "huggingface", "langsmith"]
ALLP = SEARCH + VECTOR + LLM

# ---------------------------------------------------------------- proxies
PROXIES = ["brightdata_proxy", "oxylabs", "decodo", "webshare", "iproyal"]


def gen_password(r, style=None):
    style = style or pick(r, ["gen", "gen", "human", "brd"])
    if style == "brd":
        return rs(r, LOWAN, 12)
    if style == "gen":
        while True:
            p = rs(r, AN + "_~", r.randint(14, 22))
            if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p):
                return p
    words = ["Crawler", "scrape", "Falcon", "Tango", "Marmot", "Pixel", "Mango", "Quartz", "Nebula", "Otter",
             "Sparrow", "Kiwi", "Harbor", "Cobalt", "Zephyr", "Lumen", "Orca", "Ember"]
    w1 = pick(r, words)
    w2 = pick(r, words).lower()
    return w1 + pick(r, ["_", "-", "~", "."]) + w2 + str(r.randint(10, 9999)) + rs(r, UP + LO, 2)


def proxy_ctx(r, pid):
    if pid == "brightdata_proxy":
        user = "brd-customer-hl_%s-zone-%s" % (rs(r, HEX, 8), pick(r, ["residential_proxy1", "datacenter_proxy1", "isp_proxy1", "web_unlocker1", "serp_api1"]))
        if r.random() < 0.4:
            user += "-country-" + pick(r, ["us", "de", "gb", "fr", "br", "jp"])
        return dict(user=user, host="brd.superproxy.io", port=pick(r, ["33335", "22225"]),
                    pw=gen_password(r, "brd"), name="Bright Data", check="https://geo.brdtest.com/welcome.txt?product=resi&method=native")
    if pid == "oxylabs":
        return dict(user="customer-" + pick(r, ["acme", "datateam", "ragbot", "mkt_intel"]) + "_" + rs(r, LOWAN, 4) + pick(r, ["", "-cc-US", "-cc-DE"]),
                    host="pr.oxylabs.io", port="7777", pw=gen_password(r, pick(r, ["gen", "human"])), name="Oxylabs", check="https://ip.oxylabs.io/location")
    if pid == "decodo":
        return dict(user="sp" + rs(r, LOWAN, 8), host=pick(r, ["gate.decodo.com", "gate.smartproxy.com"]), port="7000",
                    pw=gen_password(r, pick(r, ["gen", "human"])), name="Decodo", check="https://ip.decodo.com/json")
    if pid == "webshare":
        return dict(user=rs(r, LO, 8) + "-rotate", host="p.webshare.io", port="80", pw=rs(r, LOWAN, 12), name="Webshare", check="https://ipv4.webshare.io/")
    return dict(user=rs(r, LOWAN, 8), host="geo.iproyal.com", port="12321",
                pw=gen_password(r, "gen") + "_country-" + pick(r, ["us", "de", "nl"]), name="IPRoyal", check="https://ipv4.icanhazip.com")


# ---------------------------------------------------------------- slot
LOCAL_PH = ["TU_API_KEY", "VOTRE_CLE_API", "DEIN_API_SCHLUESSEL", "<ここにAPIキー>", "<你的API密钥>",
            "SUA_CHAVE_AQUI", "INSERISCI_LA_TUA_CHIAVE", "<ваш-ключ>", "<API키>"]
GEN_PH = ["YOUR_API_KEY", "your-api-key-here", "<your-api-key>", "changeme", "xxxx", "xxxxxxxxxxxxxxxx",
          "REPLACE_ME", "<insert key>", "TODO", "...", "dummy", "your_key", "<API_KEY>", "set-me"]
MASKS = ["****", "********", "[REDACTED]", "<redacted>", "REDACTED", "***hidden***", "[MASKED]"]


class Slot:
    """The secret slot of a template. pos -> real secret; neg -> non-secret filler."""

    def __init__(self, r, p, pos, env=None, proxy=None):
        self.r = r
        self.p = p
        self.pos = pos
        self.proxy = proxy
        self.env = env or (pick(r, p["envs"]) if p else "PROXY_PASSWORD")
        if proxy:
            self.env = pick(r, ["PROXY_PASSWORD", "PROXY_PASS", proxy["name"].upper().replace(" ", "_") + "_PASSWORD"])
        self.qc = '"' if r.random() < 0.7 else "'"
        self.isref = False
        self._memo = {}
        self.extra = {"cx": rs(r, LOWAN, 17) if r.random() < 0.7 else "%s:%s" % (rs(r, DG, 21), rs(r, LOWAN + "_", 11)),
                      "qid": uuid4(r), "wid": rs(r, LOWAN, 20), "bbproj": uuid4(r)}
        if pos:
            self.secret = proxy["pw"] if proxy else p["gen"](r)
            self.mode = "pos"
        else:
            self.secret = None
            self.mode = pick(r, ["ph", "ph", "ph", "env", "env", "env", "env", "mask", "empty", "local", "example"])
            self.isref = self.mode == "env"
            self.fill = self._filler()

    def _filler(self):
        r, p = self.r, self.p
        pre = ""
        if p:
            for c in p["ph"]:
                if "-" in c[:6] or "_" in c[:5]:
                    pre = c.split("YOUR")[0].split("x")[0].split(".")[0].rstrip("*") if c[0].islower() else ""
                    break
        if self.mode == "ph":
            if self.proxy:
                return pick(r, ["<password>", "PASSWORD", "your_password", "<proxy-password>", "pass", "changeme"])
            return pick(r, GEN_PH + (p["ph"] if p else []) * 2 + ["<your-%s-key>" % p["id"], "YOUR_%s" % self.env])
        if self.mode == "example":
            if self.proxy:
                return pick(r, ["PASSWORD", "<zone-password>", "pass123"]) if self.proxy["name"] != "Bright Data" else "<zone_password>"
            return p["ph"][0] if p["ph"] else "YOUR_API_KEY"
        if self.mode == "mask":
            m = pick(r, MASKS)
            if pre and r.random() < 0.5:
                return pre + "*" * r.randint(4, 24)
            return m
        if self.mode == "empty":
            return ""
        if self.mode == "local":
            return pick(r, LOCAL_PH)
        return None  # env: depends on context

    def _ph_for_ref(self):
        return pick(self.r, (self.p["ph"] if self.p else []) + ["<your-api-key>", "REPLACE_ME"])

    # value inside an existing literal / bare config value
    def v(self, ctx="yaml"):
        if self.pos:
            return self.secret
        if self.mode != "env":
            return self.fill
        e = self.env
        r = self.r
        if ctx in ("tf", "k8ssecret", "url"):
            if ctx not in self._memo:
                self._memo[ctx] = self._ph_for_ref()
            return self._memo[ctx]
        table = {
            "yaml": ["${%s}" % e, "${%s}" % e, "${%s:?missing}" % e],
            "compose": ["${%s}" % e, "${%s:?set it in .env}" % e],
            "gha": ["${{ secrets.%s }}" % e],
            "helm": ["{{ .Values.secrets.%s }}" % self._camel(), "{{ required \"api key\" .Values.%s }}" % self._camel()],
            "litellm": ["os.environ/%s" % e],
            "json": ["${%s}" % e, "${env:%s}" % e],
            "mcpjson": ["${env:%s}" % e, "${input:%s}" % self._kebab()],
            "n8n": ["{{ $env.%s }}" % e, "{{ $credentials.apiKey }}"],
            "dify": ["{{#env.%s#}}" % e.lower()],
            "sh": ["$%s" % e, "${%s}" % e, "${%s:?}" % e],
            "docker": ["${%s}" % e, "$%s" % e],
            "toml": ["${%s}" % e, "env:%s" % e],
            "ini": ["${%s}" % e, "%%(%s)s" % e],
            "props": ["${%s}" % e, "${%s:}" % e],
            "md": ["$%s" % e, "${%s}" % e],
            "ps1": ["$env:%s" % e],
            "http": ["{{%s}}" % self._camel(), "{{$dotenv %s}}" % e, "{{$processEnv %s}}" % e],
            "postman": ["{{%s}}" % self._camel()],
            "k8s": ["$(%s)" % e],
            "systemd": ["${%s}" % e],
            "tf": ["${var.%s}" % e.lower()],
            "make": ["$(%s)" % e, "$${%s}" % e],
        }
        if ctx not in self._memo:
            self._memo[ctx] = pick(r, table.get(ctx, ["${%s}" % e]))
        return self._memo[ctx]

    def _camel(self):
        parts = self.env.lower().split("_")
        return parts[0] + "".join(x.title() for x in parts[1:])

    def _kebab(self):
        return self.env.lower().replace("_", "-")

    # full expression in a programming language
    def q(self, lang="py"):
        qc = self.qc
        if lang == "go":
            qc = '"'
        if self.pos or self.mode != "env":
            return qc + self.v() + qc
        e = self.env
        r = self.r
        if lang == "py":
            return pick(r, ['os.environ["%s"]' % e, 'os.getenv("%s")' % e, 'os.environ.get("%s", "")' % e,
                            "os.environ['%s']" % e])
        if lang == "nb":
            return pick(r, ['userdata.get("%s")' % e, 'getpass.getpass("%s: ")' % e, 'os.environ["%s"]' % e])
        if lang == "ts":
            return pick(r, ["process.env.%s!" % e, 'process.env.%s ?? ""' % e, 'process.env["%s"]' % e])
        if lang == "deno":
            return 'Deno.env.get("%s")!' % e
        if lang == "go":
            return 'os.Getenv("%s")' % e
        return qc + "${%s}" % e + qc


# ---------------------------------------------------------------- helpers for templates
def hdr_pair(p, val):
    a = p["auth"]
    if a[0] == "bearer":
        return ("Authorization", "Bearer " + val)
    if a[0] == "bot":
        return ("Authorization", "Bot " + val)
    if a[0] == "header":
        return (a[1], val)
    return None


def url_of(S):
    u = S.p["url"]
    for k, val in S.extra.items():
        u = u.replace("{" + k + "}", val)
    return u


def body_of(S):
    b = S.p["body"] or "{}"
    for k, val in S.extra.items():
        b = b.replace("{" + k + "}", val)
    return b


def fmt_ctor(S, expr):
    c = S.p["py"][1]
    c = c.replace("{k}", "\x00")
    for k, val in S.extra.items():
        c = c.replace("{" + k + "}", val)
    c = c.replace("{{", "{").replace("}}", "}")
    return c.replace("\x00", expr)


def ts_ctor(S, expr):
    c = S.p["ts"][1].replace("{k}", "\x00").replace("{{", "{").replace("}}", "}")
    return c.replace("\x00", expr)


NOTES = ["search provider key", "TODO rotate after the demo", "prod key - do not share", "Schlüssel für die Websuche",
         "clé API pour la recherche web", "clave de la API de búsqueda", "检索服务的 API 密钥", "検索APIキー（本番）",
         "chave da API de busca", "key from the team account (ask @ops)", "temporary, remove before merge"]


def note(r, lead="#"):
    """A comment line in the style real people leave next to keys (sometimes none)."""
    if r.random() < 0.45:
        return ""
    return "%s %s\n" % (lead, pick(r, NOTES))


def slug(r):
    return pick(r, ["research-agent", "rag-service", "web-agent", "deep-research", "newsbot", "kb-ingest",
                    "search-copilot", "crawler", "agent-lab", "support-rag", "market-intel", "docs-qa"])


def py_requests_call(S, var):
    """Python lines that call the provider's HTTP endpoint with key variable `var`."""
    p = S.p
    url = url_of(S)
    a = p["auth"]
    lines = []
    if a[0] == "query":
        lines.append('    params = {"%s": %s}' % (a[1], var))
    else:
        h = hdr_pair(p, "X")
        if h[1].startswith("Bearer "):
            lines.append('    headers = {"%s": f"Bearer {%s}", "Content-Type": "application/json"}' % (h[0], var))
        elif h[1].startswith("Bot "):
            lines.append('    headers = {"%s": f"Bot {%s}"}' % (h[0], var))
        else:
            lines.append('    headers = {"%s": %s, "Content-Type": "application/json"}' % (h[0], var))
    kw = "params=params" if a[0] == "query" else "headers=headers"
    if p["method"] == "GET":
        lines.append('    resp = requests.get("%s", %s, timeout=30)' % (url, kw))
    else:
        lines.append('    payload = %s' % body_of(S).replace("true", "True").replace("false", "False"))
        lines.append('    resp = requests.post("%s", %s, json=payload, timeout=60)' % (url, kw))
    lines.append("    resp.raise_for_status()")
    lines.append("    return resp.json()")
    return lines


def curl_cmd(S, val, multiline=True):
    p = S.p
    url = url_of(S)
    a = p["auth"]
    parts = []
    if a[0] == "query":
        sep = "&" if "?" in url else "?"
        url = url + sep + a[1] + "=" + val
        parts.append('curl -s "%s"' % url)
    else:
        h = hdr_pair(p, val)
        parts.append("curl -s%s %s" % (" -X POST" if p["method"] == "POST" else "", url if p["method"] == "GET" else url))
        parts.append('-H "%s: %s"' % h)
    if p["method"] == "POST":
        parts.append('-H "Content-Type: application/json"')
        parts.append("-d '%s'" % body_of(S))
    if multiline:
        return " \\\n  ".join(parts)
    return " ".join(parts)


def jdump(o, indent=2):
    return json.dumps(o, indent=indent, ensure_ascii=False)


def nb_json(cells):
    out = []
    n = 1
    for c in cells:
        if c[0] == "md":
            out.append({"cell_type": "markdown", "metadata": {}, "source": _src(c[1])})
        else:
            cell = {"cell_type": "code", "execution_count": n, "metadata": {}, "outputs": [], "source": _src(c[1])}
            if len(c) > 2 and c[2]:
                cell["outputs"].append({"name": "stdout", "output_type": "stream", "text": _src(c[2])})
            n += 1
            out.append(cell)
    nb = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
                                    "language_info": {"name": "python", "version": "3.11.9"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def _src(t):
    ls = t.split("\n")
    return [x + "\n" for x in ls[:-1]] + [ls[-1]]


# ---------------------------------------------------------------- positive/reusable templates
TEMPLATES = []


def tpl(ftype, provs=None, proxy=False, weight=1, dotenv=False):
    def deco(f):
        TEMPLATES.append(dict(name=f.__name__[2:], f=f, ftype=ftype, provs=provs, proxy=proxy, weight=weight, dotenv=dotenv))
        return f
    return deco


PYP = [k for k in ALLP if P[k]["py"]]
TSP = [k for k in ALLP if P[k]["ts"]]
MCPP = [k for k in ALLP if P[k]["mcp"]]
HTTPP = ALLP


@tpl("python", PYP)
def t_py_client_module(r, S):
    p = S.p
    imp = p["py"][0]
    var = pick(r, ["client", "%s_client" % p["id"], "_client", "search"])
    t = '"""Thin wrapper around the %s SDK used by the research agent."""\nimport os\n%s\n\n' % (p["name"], imp)
    if r.random() < 0.5:
        t += "# TODO: move to secrets manager before launch\n"
    t += "%s = %s\n\n\n" % (var, fmt_ctor(S, S.q("py")))
    t += "def get_client():\n    return %s\n" % var
    path = pick(r, ["app/clients/%s.py" % p["id"], "src/%s/tools/%s_client.py" % (slug(r).replace("-", "_"), p["id"]), "agent/%s.py" % p["id"]])
    return path, t


@tpl("python", HTTPP)
def t_py_requests(r, S):
    p = S.p
    cname = pick(r, ["API_KEY", p["id"].upper() + "_KEY", S.env, "_KEY"])
    t = "import os\nimport requests\n\n%s%s = %s\n\n\n" % (note(r), cname, S.q("py"))
    fn = pick(r, ["search", "fetch", "call_%s" % p["id"], "query_api"])
    t += "def %s(query: str) -> dict:\n" % fn
    t += '    """Call %s. Returns the decoded JSON body."""\n' % p["name"]
    t += "\n".join(py_requests_call(S, cname)) + "\n\n\n"
    t += 'if __name__ == "__main__":\n    import pprint\n    pprint.pprint(%s("retrieval augmented generation"))\n' % fn
    return pick(r, ["tools/%s_search.py" % p["id"], "scripts/test_%s.py" % p["id"], "src/retrieval/%s.py" % p["id"]]), t


@tpl("python", ALLP)
def t_py_environ_set(r, S):
    p = S.p
    others = [x for x in r.sample(ALLP, 3) if x != p["id"]][:2]
    lines = ["import os", ""]
    lines.append("# keys for local runs")
    envs = [(S.env, S.q("py"))] + [(P[o]["envs"][0], None) for o in others]
    r.shuffle(envs)
    for e, val in envs:
        if val is None:
            lines.append('os.environ.setdefault("%s", "")  # set in your shell' % e)
        else:
            lines.append('os.environ["%s"] = %s' % (e, val))
    lines += ["", "from langchain.agents import AgentExecutor, create_tool_calling_agent",
              "from langchain_openai import ChatOpenAI", "", 'llm = ChatOpenAI(model="gpt-4o-mini", temperature=0)', ""]
    return pick(r, ["main.py", "run_agent.py", "examples/quickstart.py", "playground/agent_demo.py"]), "\n".join(lines) + "\n"


@tpl("python", ["tavily", "serpapi", "searchapi", "brave", "bing", "google", "you", "serper", "jina", "diffbot", "exa"])
def t_py_langchain_tool(r, S):
    p = S.p
    if p["id"] == "tavily":
        imp = "from langchain_tavily import TavilySearch"
        ctor = "TavilySearch(max_results=5, topic=\"general\", tavily_api_key=%s)" % S.q("py")
    elif p["id"] == "exa":
        imp = "from langchain_exa import ExaSearchResults"
        ctor = "ExaSearchResults(exa_api_key=%s)" % S.q("py")
    else:
        imp = p["py"][0]
        ctor = fmt_ctor(S, S.q("py"))
    t = "from langchain_core.tools import Tool\n%s\nfrom langgraph.prebuilt import create_react_agent\nfrom langchain_anthropic import ChatAnthropic\n\n" % imp
    t += "search = %s\n\n" % ctor
    t += "tools = [search] if hasattr(search, \"invoke\") else [Tool(name=\"web_search\", func=search.run, description=\"Search the web\")]\n"
    t += 'model = ChatAnthropic(model="claude-3-5-sonnet-latest")\nagent = create_react_agent(model, tools)\n\n'
    t += 'if __name__ == "__main__":\n    for step in agent.stream({"messages": [("user", "What is new in LangGraph?")]}):\n        print(step)\n'
    return pick(r, ["agents/web_agent.py", "src/graph/tools.py", "app/agent.py"]), t


@tpl("python", ["llamacloud", "openai", "cohere", "jina", "voyage", "pinecone", "qdrant", "mixedbread", "nomic"])
def t_py_llamaindex(r, S):
    p = S.p
    pid = p["id"]
    q = S.q("py")
    head = "from llama_index.core import VectorStoreIndex, SimpleDirectoryReader, Settings\n"
    if pid == "llamacloud":
        body = "from llama_parse import LlamaParse\n\nparser = LlamaParse(\n    api_key=%s,\n    result_type=\"markdown\",\n    num_workers=4,\n)\nfile_extractor = {\".pdf\": parser}\ndocuments = SimpleDirectoryReader(\"./data\", file_extractor=file_extractor).load_data()\n" % q
    elif pid == "openai":
        body = "from llama_index.llms.openai import OpenAI\n\nSettings.llm = OpenAI(model=\"gpt-4o-mini\", api_key=%s)\ndocuments = SimpleDirectoryReader(\"./data\").load_data()\n" % q
    elif pid == "cohere":
        body = "from llama_index.postprocessor.cohere_rerank import CohereRerank\n\nreranker = CohereRerank(api_key=%s, top_n=3, model=\"rerank-v3.5\")\ndocuments = SimpleDirectoryReader(\"./data\").load_data()\n" % q
    elif pid == "jina":
        body = "from llama_index.embeddings.jinaai import JinaEmbedding\n\nSettings.embed_model = JinaEmbedding(api_key=%s, model=\"jina-embeddings-v3\", task=\"retrieval.passage\")\ndocuments = SimpleDirectoryReader(\"./data\").load_data()\n" % q
    elif pid == "voyage":
        body = "from llama_index.embeddings.voyageai import VoyageEmbedding\n\nSettings.embed_model = VoyageEmbedding(voyage_api_key=%s, model_name=\"voyage-3\")\ndocuments = SimpleDirectoryReader(\"./data\").load_data()\n" % q
    elif pid == "pinecone":
        body = "from pinecone import Pinecone\nfrom llama_index.vector_stores.pinecone import PineconeVectorStore\n\npc = Pinecone(api_key=%s)\nvector_store = PineconeVectorStore(pinecone_index=pc.Index(\"docs-prod\"), namespace=\"handbook\")\ndocuments = SimpleDirectoryReader(\"./data\").load_data()\n" % q
    elif pid == "qdrant":
        body = "import qdrant_client\nfrom llama_index.vector_stores.qdrant import QdrantVectorStore\n\nclient = qdrant_client.QdrantClient(\n    url=\"https://%s.eu-central-1-0.aws.cloud.qdrant.io\",\n    api_key=%s,\n)\nvector_store = QdrantVectorStore(client=client, collection_name=\"kb_chunks\")\ndocuments = SimpleDirectoryReader(\"./data\").load_data()\n" % (S.extra["qid"], q)
    elif pid == "mixedbread":
        body = "from llama_index.embeddings.mixedbreadai import MixedbreadAIEmbedding\n\nSettings.embed_model = MixedbreadAIEmbedding(api_key=%s, model_name=\"mixedbread-ai/mxbai-embed-large-v1\")\ndocuments = SimpleDirectoryReader(\"./data\").load_data()\n" % q
    else:
        body = "from llama_index.embeddings.nomic import NomicEmbedding\n\nSettings.embed_model = NomicEmbedding(api_key=%s, model_name=\"nomic-embed-text-v1.5\")\ndocuments = SimpleDirectoryReader(\"./data\").load_data()\n" % q
    tail = "index = VectorStoreIndex.from_documents(documents)\nquery_engine = index.as_query_engine(similarity_top_k=5)\nprint(query_engine.query(\"What is the refund policy?\"))\n"
    return pick(r, ["ingest.py", "rag/build_index.py", "pipelines/llamaindex_ingest.py"]), head + body + tail


@tpl("python", ["serper", "exa", "firecrawl", "brave", "tavily", "openai", "apify", "browserbase"])
def t_py_crewai(r, S):
    p = S.p
    pid = p["id"]
    tool = {"serper": "SerperDevTool()", "exa": "EXASearchTool()", "firecrawl": "FirecrawlScrapeWebsiteTool()",
            "brave": "BraveSearchTool()", "tavily": "TavilySearchTool()", "openai": "ScrapeWebsiteTool()",
            "apify": "ApifyActorsTool(actor_name=\"apify/rag-web-browser\")", "browserbase": "BrowserbaseLoadTool()"}[pid]
    t = "import os\nfrom crewai import Agent, Task, Crew, Process\nfrom crewai_tools import %s\n\n" % tool.split("(")[0]
    t += 'os.environ["%s"] = %s\n' % (S.env, S.q("py"))
    t += 'os.environ["OPENAI_MODEL_NAME"] = "gpt-4o-mini"\n\n'
    t += "tool = %s\n\n" % tool
    t += 'researcher = Agent(\n    role="Senior Research Analyst",\n    goal="Uncover cutting-edge developments in {topic}",\n    backstory="You work at a leading tech think tank.",\n    tools=[tool],\n    verbose=True,\n)\n\n'
    t += 'task = Task(description="Research {topic} and list 5 findings", expected_output="Bullet list", agent=researcher)\n'
    t += 'crew = Crew(agents=[researcher], tasks=[task], process=Process.sequential)\n\nif __name__ == "__main__":\n    print(crew.kickoff(inputs={"topic": "AI agents"}))\n'
    return pick(r, ["crew.py", "src/%s/crew.py" % slug(r).replace("-", "_"), "crews/research_crew.py"]), t


@tpl("python", ["openai", "anthropic", "groq", "mistral", "together", "openrouter", "gemini"])
def t_py_autogen(r, S):
    p = S.p
    model = {"openai": "gpt-4o", "anthropic": "claude-3-5-sonnet-20241022", "groq": "llama-3.3-70b-versatile",
             "mistral": "mistral-large-latest", "together": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
             "openrouter": "openai/gpt-4o-mini", "gemini": "gemini-1.5-pro"}[p["id"]]
    t = "import autogen\n\nconfig_list = [\n    {\n"
    t += '        "model": "%s",\n        "api_key": %s,\n' % (model, S.q("py"))
    if p["id"] in ("groq", "together", "openrouter"):
        t += '        "base_url": "%s",\n' % p["url"].rsplit("/chat/completions", 1)[0]
    if p["id"] in ("anthropic", "mistral", "gemini", "groq", "together"):
        t += '        "api_type": "%s",\n' % p["id"]
    t += "    }\n]\n\nllm_config = {\"config_list\": config_list, \"cache_seed\": 42, \"temperature\": 0}\n\n"
    t += 'assistant = autogen.AssistantAgent("assistant", llm_config=llm_config)\n'
    t += 'user_proxy = autogen.UserProxyAgent("user_proxy", human_input_mode="NEVER", code_execution_config={"work_dir": "coding", "use_docker": False})\n'
    t += 'user_proxy.initiate_chat(assistant, message="Search arxiv for the latest RAG evaluation papers.")\n'
    return pick(r, ["autogen_demo.py", "notebooks/autogen_search.py", "agents/two_agent.py"]), t


@tpl("python", ["openai", "anthropic", "together", "groq", "openrouter", "cohere", "mistral"])
def t_py_dspy(r, S):
    p = S.p
    m = {"openai": "openai/gpt-4o-mini", "anthropic": "anthropic/claude-3-5-haiku-latest", "together": "together_ai/meta-llama/Llama-3-70b-chat-hf",
         "groq": "groq/llama-3.1-8b-instant", "openrouter": "openrouter/anthropic/claude-3.5-sonnet", "cohere": "cohere/command-r-plus",
         "mistral": "mistral/mistral-small-latest"}[p["id"]]
    t = "import dspy\n\n"
    t += 'lm = dspy.LM("%s", api_key=%s, max_tokens=2000)\n' % (m, S.q("py"))
    t += 'colbert = dspy.ColBERTv2(url="http://20.102.90.50:2017/wiki17_abstracts")\n'
    t += "dspy.configure(lm=lm, rm=colbert)\n\n\nclass RAG(dspy.Module):\n    def __init__(self, num_passages=3):\n        super().__init__()\n        self.retrieve = dspy.Retrieve(k=num_passages)\n        self.generate_answer = dspy.ChainOfThought(\"context, question -> answer\")\n\n    def forward(self, question):\n        context = self.retrieve(question).passages\n        return self.generate_answer(context=context, question=question)\n"
    return pick(r, ["dspy_rag.py", "programs/rag.py", "experiments/dspy_multihop.py"]), t


@tpl("python", ["openai", "cohere", "jina", "serper", "searchapi", "mistral", "huggingface", "voyage"])
def t_py_haystack(r, S):
    p = S.p
    comp = {"openai": ("from haystack.components.generators import OpenAIGenerator", 'OpenAIGenerator(api_key=Secret.from_token({k}), model="gpt-4o-mini")'),
            "cohere": ("from haystack_integrations.components.rankers.cohere import CohereRanker", 'CohereRanker(api_key=Secret.from_token({k}), top_k=5)'),
            "jina": ("from haystack_integrations.components.rankers.jina import JinaRanker", 'JinaRanker(api_key=Secret.from_token({k}))'),
            "serper": ("from haystack.components.websearch import SerperDevWebSearch", 'SerperDevWebSearch(api_key=Secret.from_token({k}), top_k=5)'),
            "searchapi": ("from haystack.components.websearch import SearchApiWebSearch", 'SearchApiWebSearch(api_key=Secret.from_token({k}), top_k=5)'),
            "mistral": ("from haystack_integrations.components.generators.mistral import MistralChatGenerator", 'MistralChatGenerator(api_key=Secret.from_token({k}))'),
            "huggingface": ("from haystack.components.generators import HuggingFaceAPIGenerator", 'HuggingFaceAPIGenerator(api_type="serverless_inference_api", api_params={{"model": "HuggingFaceH4/zephyr-7b-beta"}}, token=Secret.from_token({k}))'),
            "voyage": ("from haystack_integrations.components.embedders.voyage_embedders import VoyageTextEmbedder", 'VoyageTextEmbedder(api_key=Secret.from_token({k}), model="voyage-3")')}[p["id"]]
    expr = S.q("py")
    c = comp[1].replace("{{", "{").replace("}}", "}").replace("{k}", expr)
    if S.isref:
        c = c.replace("Secret.from_token(%s)" % expr, 'Secret.from_env_var("%s")' % S.env)
    t = "from haystack import Pipeline\nfrom haystack.utils import Secret\n%s\n\n" % comp[0]
    t += "pipe = Pipeline()\npipe.add_component(\"step\", %s)\n" % c
    t += "\nif __name__ == \"__main__\":\n    print(pipe.run({\"step\": {\"query\": \"Who maintains Haystack?\"}}))\n"
    return pick(r, ["pipelines/search_pipeline.py", "haystack_app/pipeline.py", "rag_pipeline.py"]), t


@tpl("python", ALLP)
def t_py_pydantic_settings(r, S):
    p = S.p
    fld = S.env.lower()
    t = "from pydantic_settings import BaseSettings, SettingsConfigDict\n\n\nclass Settings(BaseSettings):\n"
    t += '    model_config = SettingsConfigDict(env_file=".env", extra="ignore")\n\n'
    t += '    app_name: str = "%s"\n    log_level: str = "INFO"\n' % slug(r)
    t += '    %s: str = %s\n' % (fld, S.q("py") if not S.isref else '""')
    t += '    max_results: int = 8\n    request_timeout_s: float = 20.0\n\n\nsettings = Settings()\n'
    return pick(r, ["app/core/config.py", "src/settings.py", "backend/config.py"]), t


@tpl("python", ALLP)
def t_py_django_settings(r, S):
    t = "from pathlib import Path\nimport os\n\nBASE_DIR = Path(__file__).resolve().parent.parent\nDEBUG = False\nALLOWED_HOSTS = [\"search.internal\", \"localhost\"]\n\n"
    t += "INSTALLED_APPS = [\n    \"django.contrib.admin\",\n    \"django.contrib.auth\",\n    \"rest_framework\",\n    \"search\",\n]\n\n"
    t += "# --- third-party search providers ---\n" + note(r)
    t += "%s = %s\n" % (S.env, S.q("py"))
    t += "SEARCH_RESULTS_PER_PAGE = 10\nSEARCH_CACHE_TTL = 60 * 15\n"
    return pick(r, ["config/settings/production.py", "mysite/settings.py", "backend/settings/base.py"]), t


@tpl("python", ALLP)
def t_py_config_dict(r, S):
    p = S.p
    others = [x for x in r.sample(SEARCH, 3) if x != p["id"]][:2]
    t = "import os\n\nPROVIDERS = {\n"
    entries = [(p["id"], S.q("py"))] + [(o, 'os.getenv("%s")' % P[o]["envs"][0]) for o in others]
    r.shuffle(entries)
    for pid, expr in entries:
        t += '    "%s": {\n        "api_key": %s,\n        "endpoint": "%s",\n        "timeout": %d,\n    },\n' % (pid, expr, P[pid]["url"].split("?")[0].replace("{qid}", "localhost").replace("{wid}", "local"), r.choice([10, 15, 30]))
    t += "}\n\nDEFAULT_PROVIDER = \"%s\"\n" % p["id"]
    return pick(r, ["search/providers.py", "config/search_config.py", "app/providers/__init__.py"]), t


@tpl("python", HTTPP)
def t_py_httpx_class(r, S):
    p = S.p
    cls = p["name"].replace(" ", "").replace(".", "") + "Client"
    h = hdr_pair(p, "X")
    t = "import httpx\n\n\nclass %s:\n" % cls
    t += '    BASE_URL = "%s"\n\n' % url_of(S).split("?")[0]
    t += "    def __init__(self, api_key: str = %s, timeout: float = 30.0):\n" % S.q("py")
    t += "        self.api_key = api_key\n"
    if h:
        valexpr = 'f"Bearer {api_key}"' if h[1].startswith("Bearer") else ('f"Bot {api_key}"' if h[1].startswith("Bot") else "api_key")
        t += '        self._http = httpx.AsyncClient(timeout=timeout, headers={"%s": %s})\n\n' % (h[0], valexpr)
    else:
        t += '        self._http = httpx.AsyncClient(timeout=timeout, params={"%s": api_key})\n\n' % p["auth"][1]
    t += "    async def search(self, query: str, **kw):\n        r = await self._http.get(self.BASE_URL, params={\"q\": query, **kw})\n        r.raise_for_status()\n        return r.json()\n\n"
    t += "    async def aclose(self):\n        await self._http.aclose()\n"
    return pick(r, ["src/clients/%s.py" % p["id"], "services/%s_async.py" % p["id"], "lib/search/%s.py" % p["id"]]), t


@tpl("python", ALLP)
def t_py_conftest(r, S):
    t = "import os\nimport pytest\n\n"
    t += "# integration tests hit the real API; key belongs to the shared QA account\n"
    t += "%s = %s\n\n\n" % (S.env, S.q("py"))
    t += "@pytest.fixture(scope=\"session\", autouse=True)\ndef _api_env():\n    os.environ.setdefault(\"%s\", %s or \"\")\n    yield\n\n\n" % (S.env, S.env)
    t += "@pytest.fixture\ndef query():\n    return \"site:python.org asyncio tutorial\"\n"
    return pick(r, ["tests/conftest.py", "tests/integration/conftest.py"]), t


@tpl("python", ALLP)
def t_py_getenv_default(r, S):
    e = S.env
    val = S.q("py")
    if S.isref:
        line = '%s = os.getenv("%s")' % (e, e)
    else:
        line = '%s = os.getenv("%s", %s)' % (e, e, val)
    t = "import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\n%s\nMAX_PAGES = int(os.getenv(\"MAX_PAGES\", \"20\"))\nUSER_AGENT = os.getenv(\"USER_AGENT\", \"%sBot/1.0 (+https://example.org/bot)\")\n" % (line, slug(r).title().replace("-", ""))
    t += "\nif not %s:\n    log.warning(\"%s not set, provider disabled\")\n" % (e, e)
    return pick(r, ["app/config.py", "crawler/settings.py", "src/env.py"]), t


@tpl("python", ["scrapingbee", "zenrows", "brightdata", "apify", "diffbot", "firecrawl"])
def t_py_scrapy_settings(r, S):
    t = "BOT_NAME = \"%s\"\n\nSPIDER_MODULES = [\"crawler.spiders\"]\nNEWSPIDER_MODULE = \"crawler.spiders\"\n\nROBOTSTXT_OBEY = True\nCONCURRENT_REQUESTS = 8\nDOWNLOAD_DELAY = 0.5\n\n" % slug(r).replace("-", "_")
    if S.p["id"] == "scrapingbee":
        t += "SCRAPINGBEE_API_KEY = %s\n\nDOWNLOADER_MIDDLEWARES = {\n    \"scrapy_scrapingbee.ScrapingBeeMiddleware\": 725,\n}\n" % S.q("py")
    else:
        t += "%s = %s\n\nDOWNLOADER_MIDDLEWARES = {\n    \"crawler.middlewares.ApiProxyMiddleware\": 610,\n}\n" % (S.env, S.q("py"))
    t += "\nFEEDS = {\"output/items.jsonl\": {\"format\": \"jsonlines\", \"overwrite\": True}}\n"
    return "crawler/settings.py", t


@tpl("notebook", ALLP)
def t_nb_environ(r, S):
    p = S.p
    code1 = "import os\n"
    if S.isref and r.random() < 0.5:
        code1 += "from google.colab import userdata\nos.environ[\"%s\"] = %s" % (S.env, S.q("nb"))
    else:
        code1 += 'os.environ["%s"] = %s' % (S.env, S.q("py"))
    cells = [("md", "# %s quickstart\nThis notebook walks through calling %s from a LangChain agent." % (p["name"], p["name"])),
             ("code", "%pip install -qU langchain langchain-community langchain-openai", "Note: you may need to restart the kernel to use updated packages."),
             ("code", code1),
             ("code", "from langchain_openai import ChatOpenAI\nllm = ChatOpenAI(model=\"gpt-4o-mini\")\nllm.invoke(\"hello\").content", "'Hello! How can I help you today?'")]
    if r.random() < 0.5:
        cells.insert(1, ("md", "## Setup\nSet your API keys below."))
    return pick(r, ["notebooks/%s_quickstart.ipynb" % p["id"], "examples/%s.ipynb" % p["id"], "cookbook/agent_with_%s.ipynb" % p["id"]]), nb_json(cells)


@tpl("notebook", ALLP)
def t_nb_env_magic(r, S):
    p = S.p
    if S.isref:
        c = "%%env %s=%s" % (S.env, "$" + S.env)
    else:
        c = "%%env %s=%s" % (S.env, S.v())
    cells = [("code", c, "env: %s=%s" % (S.env, S.v()) if not S.isref else ""),
             ("code", "import requests, os\nr = requests.get(\"%s\")\nr.status_code" % url_of(S).split("?")[0], "200")]
    return pick(r, ["nb/explore_%s.ipynb" % p["id"], "research/%s-eval.ipynb" % p["id"]]), nb_json(cells)


@tpl("notebook", PYP)
def t_nb_client_output(r, S):
    p = S.p
    cells = [("md", "### Retrieval experiments (%s)" % p["name"]),
             ("code", "%s\n\nclient = %s\nclient" % (p["py"][0], fmt_ctor(S, S.q("py"))),
              "<%s object at 0x7f%s>" % (p["py"][1].split("(")[0].split(".")[-1], rs(r, HEX, 10))),
             ("code", "import pandas as pd\ndf = pd.DataFrame({\"query\": [\"a\", \"b\"], \"hits\": [5, 3]})\ndf.describe()", "       hits\ncount   2.0\nmean    4.0")]
    return pick(r, ["notebooks/%s_experiments.ipynb" % p["id"], "analysis/%s.ipynb" % p["id"]]), nb_json(cells)


@tpl("toml", ALLP)
def t_streamlit_secrets(r, S):
    others = [x for x in r.sample(ALLP, 2) if x != S.p["id"]]
    t = "# .streamlit/secrets.toml\n"
    t += '%s = "%s"\n' % (S.env, S.v("toml"))
    if r.random() < 0.5:
        t += '\n[connections.snowflake]\naccount = "xy12345.eu-west-1"\nuser = "STREAMLIT_APP"\nauthenticator = "externalbrowser"\n'
    t += '\n[app]\ntitle = "Ask the docs"\nmax_results = 6\n'
    return ".streamlit/secrets.toml", t


@tpl("typescript", TSP)
def t_ts_sdk(r, S):
    p = S.p
    t = p["ts"][0] + "\n"
    if p["group"] == "llm":
        t += 'import { generateText } from "ai";\n\n'
        t += "const provider = %s;\n\n" % ts_ctor(S, S.q("ts"))
        t += 'export async function answer(prompt: string) {\n  const { text } = await generateText({\n    model: provider("%s"),\n    prompt,\n  });\n  return text;\n}\n' % {"openai": "gpt-4o-mini", "anthropic": "claude-3-5-sonnet-latest", "gemini": "gemini-2.0-flash", "groq": "llama-3.3-70b-versatile"}.get(p["id"], "default")
    else:
        t += "\nconst client = %s;\n\n" % ts_ctor(S, S.q("ts"))
        t += "export default client;\n"
    return pick(r, ["src/lib/%s.ts" % p["id"], "lib/ai/%s.ts" % p["id"], "app/server/%s.ts" % p["id"]]), t


@tpl("typescript", HTTPP)
def t_ts_fetch(r, S):
    p = S.p
    name = pick(r, ["API_KEY", p["id"].upper() + "_API_KEY", p["id"] + "Key"])
    t = "// %s search tool for the agent\nconst %s = %s;\n\n" % (p["name"], name, S.q("ts"))
    h = hdr_pair(p, "X")
    url = url_of(S)
    t += "export async function %sSearch(query: string) {\n" % p["id"]
    if h is None:
        sep = "&" if "?" in url else "?"
        t += "  const res = await fetch(`%s%s%s=${%s}`);\n" % (url, sep, p["auth"][1], name)
    else:
        hv = "`Bearer ${%s}`" % name if h[1].startswith("Bearer") else ("`Bot ${%s}`" % name if h[1].startswith("Bot") else name)
        t += '  const res = await fetch("%s", {\n    method: "%s",\n    headers: { "%s": %s, "Content-Type": "application/json" },\n' % (url, p["method"], h[0], hv)
        if p["method"] == "POST":
            t += "    body: JSON.stringify({ query }),\n"
        t += "  });\n"
    t += "  if (!res.ok) throw new Error(`%s ${res.status}`);\n  return res.json();\n}\n" % p["name"]
    return pick(r, ["src/tools/%s.ts" % p["id"], "agent/tools/%sSearch.ts" % p["id"], "lib/search/%s.ts" % p["id"]]), t


@tpl("typescript", ["tavily", "exa", "firecrawl", "serper", "brave", "jina", "perplexity"])
def t_ts_mastra_tool(r, S):
    p = S.p
    h = hdr_pair(p, "X") or ("Authorization", "Bearer X")
    hv = "`Bearer ${KEY}`" if h[1].startswith("Bearer") else "KEY"
    t = 'import { createTool } from "@mastra/core/tools";\nimport { z } from "zod";\n\n'
    t += "const KEY = %s;\n\n" % S.q("ts")
    t += 'export const webSearchTool = createTool({\n  id: "web-search",\n  description: "Search the web with %s",\n  inputSchema: z.object({ query: z.string() }),\n  execute: async ({ context }) => {\n' % p["name"]
    t += '    const res = await fetch("%s", {\n      method: "POST",\n      headers: { "%s": %s, "Content-Type": "application/json" },\n      body: JSON.stringify({ query: context.query }),\n    });\n    return await res.json();\n  },\n});\n' % (url_of(S).split("?")[0], h[0], hv)
    return pick(r, ["src/mastra/tools/web-search.ts", "src/mastra/tools/%s.ts" % p["id"]]), t


@tpl("typescript", ["tavily", "exa", "serpapi", "brave", "openai", "anthropic"])
def t_ts_langgraph(r, S):
    pid = S.p["id"]
    imp, ctor = {"tavily": ('import { TavilySearch } from "@langchain/tavily";', "new TavilySearch({ maxResults: 3, tavilyApiKey: %s })"),
                 "exa": ('import { ExaSearchResults } from "@langchain/exa";\nimport Exa from "exa-js";', "new ExaSearchResults({ client: new Exa(%s), searchArgs: { numResults: 3 } })"),
                 "serpapi": ('import { SerpAPI } from "@langchain/community/tools/serpapi";', "new SerpAPI(%s, { location: \"Berlin,Germany\", hl: \"de\", gl: \"de\" })"),
                 "brave": ('import { BraveSearch } from "@langchain/community/tools/brave_search";', "new BraveSearch({ apiKey: %s })"),
                 "openai": ('import { ChatOpenAI } from "@langchain/openai";', "new ChatOpenAI({ model: \"gpt-4o\", apiKey: %s })"),
                 "anthropic": ('import { ChatAnthropic } from "@langchain/anthropic";', "new ChatAnthropic({ model: \"claude-3-5-sonnet-latest\", apiKey: %s })")}[pid]
    t = imp + '\nimport { createReactAgent } from "@langchain/langgraph/prebuilt";\nimport { MemorySaver } from "@langchain/langgraph";\n\n'
    t += "const thing = %s;\n\n" % (ctor % S.q("ts"))
    t += "export const agent = createReactAgent({\n  llm: thing as any,\n  tools: [],\n  checkpointSaver: new MemorySaver(),\n});\n"
    return pick(r, ["src/agent.ts", "src/graph.ts", "agent/index.ts"]), t


@tpl("javascript", ALLP)
def t_js_config(r, S):
    p = S.p
    key = pick(r, ["apiKey", p["id"] + "ApiKey", "key", "token"])
    t = "// config for the %s integration\nmodule.exports = {\n  %s: {\n    %s: %s,\n    baseUrl: \"%s\",\n    timeoutMs: %d,\n  },\n  cache: { ttl: 600 },\n};\n" % (
        p["name"], p["id"], key, S.q("ts"), url_of(S).split("?")[0], r.choice([5000, 10000, 20000]))
    return pick(r, ["config/default.js", "config/production.js", "src/config.js"]), t


@tpl("typescript", ALLP)
def t_ts_const(r, S):
    t = note(r, "//") + "// eslint-disable-next-line\nexport const %s = %s;\nexport const SEARCH_DEPTH = \"advanced\";\nexport const MAX_RESULTS = %d;\n" % (S.env, S.q("ts"), r.choice([3, 5, 8, 10]))
    return pick(r, ["src/constants.ts", "lib/keys.ts", "src/config/env.ts"]), t


@tpl("javascript", ALLP)
def t_next_config(r, S):
    t = "/** @type {import('next').NextConfig} */\nconst nextConfig = {\n  reactStrictMode: true,\n  env: {\n"
    t += "    %s: %s,\n    NEXT_PUBLIC_APP_NAME: \"%s\",\n  },\n  experimental: { serverActions: { bodySizeLimit: \"2mb\" } },\n};\n\nmodule.exports = nextConfig;\n" % (S.env, S.q("ts"), slug(r))
    return "next.config.js", t


@tpl("typescript", ALLP)
def t_deno_edge(r, S):
    p = S.p
    e = S.env
    if S.isref:
        line = 'const apiKey = Deno.env.get("%s")!;' % e
    else:
        line = 'const apiKey = Deno.env.get("%s") ?? %s;' % (e, S.q("ts"))
    h = hdr_pair(p, "X")
    t = 'import { serve } from "https://deno.land/std@0.177.0/http/server.ts";\n\n%s\n\nserve(async (req) => {\n  const { query } = await req.json();\n' % line
    if h:
        hv = "`Bearer ${apiKey}`" if h[1].startswith("Bearer") else ("`Bot ${apiKey}`" if h[1].startswith("Bot") else "apiKey")
        t += '  const r = await fetch("%s", { method: "%s", headers: { "%s": %s } });\n' % (url_of(S).split("?")[0], p["method"], h[0], hv)
    else:
        t += "  const r = await fetch(`%s&%s=${apiKey}&q=${encodeURIComponent(query)}`);\n" % (url_of(S) if "?" in url_of(S) else url_of(S) + "?x=1", p["auth"][1])
    t += '  return new Response(await r.text(), { headers: { "Content-Type": "application/json" } });\n});\n'
    return "supabase/functions/%s-search/index.ts" % p["id"], t


@tpl("go", HTTPP)
def t_go_client(r, S):
    p = S.p
    h = hdr_pair(p, "X")
    t = "package search\n\nimport (\n\t\"net/http\"\n\t\"os\"\n\t\"time\"\n)\n\n"
    if S.isref:
        t += "var apiKey = %s\n\n" % S.q("go")
    else:
        t += "const apiKey = %s\n\nvar _ = os.Getenv\n\n" % S.q("go")
    t += "var httpClient = &http.Client{Timeout: 20 * time.Second}\n\nfunc newRequest(url string) (*http.Request, error) {\n\treq, err := http.NewRequest(\"%s\", url, nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n" % p["method"]
    if h:
        hv = '"Bearer "+apiKey' if h[1].startswith("Bearer") else ('"Bot "+apiKey' if h[1].startswith("Bot") else "apiKey")
        t += '\treq.Header.Set("%s", %s)\n' % (h[0], hv)
    else:
        t += '\tq := req.URL.Query()\n\tq.Set("%s", apiKey)\n\treq.URL.RawQuery = q.Encode()\n' % p["auth"][1]
    t += "\treturn req, nil\n}\n"
    return pick(r, ["internal/search/%s.go" % p["id"], "pkg/providers/%s.go" % p["id"]]), t


# ---- MCP
def mcp_entry(S, val, style):
    p = S.p
    cmd, args = p["mcp"]
    env = {S.env: val}
    if p["id"] == "browserbase":
        env["BROWSERBASE_PROJECT_ID"] = S.extra["bbproj"]
    if p["id"] == "qdrant":
        env = {"QDRANT_URL": "https://%s.us-east4-0.gcp.cloud.qdrant.io:6333" % S.extra["qid"], "QDRANT_API_KEY": val, "COLLECTION_NAME": "agent-memory"}
    if p["id"] == "brightdata":
        env = {"API_TOKEN": val, "WEB_UNLOCKER_ZONE": "mcp_unlocker"}
    e = {"command": cmd, "args": list(args), "env": env}
    if style == "vscode":
        e = {"type": "stdio", **e}
    return e


@tpl("json", MCPP)
def t_mcp_cursor(r, S):
    p = S.p
    servers = {}
    if r.random() < 0.6:
        servers["filesystem"] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/%s/projects" % pick(r, ["dana", "kenji", "lucia", "ahmed"])]}
    servers[p["id"] + ("-mcp" if r.random() < 0.5 else "")] = mcp_entry(S, S.v("mcpjson"), "cursor")
    if r.random() < 0.4:
        servers["fetch"] = {"command": "uvx", "args": ["mcp-server-fetch"]}
    return pick(r, [".cursor/mcp.json", "mcp.json", ".roo/mcp.json"]), jdump({"mcpServers": servers}) + "\n"


@tpl("json", MCPP)
def t_mcp_claude_desktop(r, S):
    servers = {S.p["id"]: mcp_entry(S, S.v("mcpjson"), "claude")}
    if r.random() < 0.5:
        servers["memory"] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory"]}
    return pick(r, ["claude_desktop_config.json", "config/claude_desktop_config.json", "dotfiles/claude/claude_desktop_config.json"]), jdump({"mcpServers": servers}) + "\n"


@tpl("json", MCPP)
def t_mcp_vscode(r, S):
    servers = {S.p["id"]: mcp_entry(S, S.v("mcpjson"), "vscode")}
    doc = {}
    if S.isref and "input:" in S.v("mcpjson"):
        doc["inputs"] = [{"type": "promptString", "id": S.v("mcpjson")[8:-1], "description": "%s API Key" % S.p["name"], "password": True}]
    doc["servers"] = servers
    return ".vscode/mcp.json", jdump(doc) + "\n"


@tpl("json", MCPP)
def t_mcp_args(r, S):
    p = S.p
    cmd, args = p["mcp"]
    flag = pick(r, ["--api-key", "--apiKey", "--api-key="])
    args = list(args)
    if flag.endswith("="):
        args.append(flag + S.v("mcpjson"))
    else:
        args += [flag, S.v("mcpjson")]
    doc = {"mcpServers": {p["id"]: {"command": cmd, "args": args}}}
    return pick(r, [".cursor/mcp.json", ".windsurf/mcp_config.json", "mcp_servers.json"]), jdump(doc) + "\n"


@tpl("json", ["tavily", "exa", "brightdata", "firecrawl", "apify"])
def t_mcp_remote_url(r, S):
    pid = S.p["id"]
    v = S.v("mcpjson")
    url = {"tavily": "https://mcp.tavily.com/mcp/?tavilyApiKey=" + v,
           "exa": "https://mcp.exa.ai/mcp?exaApiKey=" + v,
           "brightdata": "https://mcp.brightdata.com/mcp?token=" + v,
           "firecrawl": "https://mcp.firecrawl.dev/" + v + "/v2/mcp",
           "apify": "https://mcp.apify.com/?token=" + v}[pid]
    if r.random() < 0.5:
        doc = {"mcpServers": {pid + "-remote": {"command": "npx", "args": ["-y", "mcp-remote", url]}}}
    else:
        doc = {"mcpServers": {pid: {"url": url}}}
    return pick(r, [".cursor/mcp.json", "claude_desktop_config.json", "config/mcp.json"]), jdump(doc) + "\n"


# ---- low-code exports
@tpl("json", HTTPP)
def t_n8n_http_node(r, S):
    p = S.p
    h = hdr_pair(p, "X")
    v = S.v("n8n")
    params = {"method": p["method"], "url": url_of(S).split("?")[0], "options": {}}
    if h:
        val = h[1].replace("X", v) if h[1] != "X" else v
        if S.isref:
            val = "=" + val
        params["sendHeaders"] = True
        params["headerParameters"] = {"parameters": [{"name": h[0], "value": val}]}
    else:
        params["sendQuery"] = True
        params["queryParameters"] = {"parameters": [{"name": p["auth"][1], "value": ("=" if S.isref else "") + v}, {"name": "q", "value": "={{ $json.query }}"}]}
    if p["method"] == "POST":
        params["sendBody"] = True
        params["specifyBody"] = "json"
        params["jsonBody"] = body_of(S)
    wf = {"name": "%s research" % p["name"], "nodes": [
        {"parameters": {}, "id": uuid4(r), "name": "When clicking 'Test workflow'", "type": "n8n-nodes-base.manualTrigger", "typeVersion": 1, "position": [240, 300]},
        {"parameters": params, "id": uuid4(r), "name": "%s Search" % p["name"], "type": "n8n-nodes-base.httpRequest", "typeVersion": 4.2, "position": [460, 300]}],
        "connections": {"When clicking 'Test workflow'": {"main": [[{"node": "%s Search" % p["name"], "type": "main", "index": 0}]]}},
        "active": False, "settings": {"executionOrder": "v1"}, "versionId": uuid4(r), "id": rs(r, AN, 16), "tags": []}
    return pick(r, ["workflows/%s-search.json" % p["id"], "n8n/exports/research_agent.json"]), jdump(wf) + "\n"


@tpl("json", HTTPP)
def t_flowise_export(r, S):
    p = S.p
    h = hdr_pair(p, "X")
    v = S.v("json")
    hdrs = {h[0]: h[1].replace("X", v) if h[1] != "X" else v} if h else {}
    url = url_of(S)
    if not h:
        url += ("&" if "?" in url else "?") + p["auth"][1] + "=" + v
    node = {"id": "requestsGet_0", "position": {"x": 512, "y": 208}, "type": "customNode",
            "data": {"id": "requestsGet_0", "label": "Requests Get", "version": 2, "name": "requestsGet", "type": "RequestsGet",
                     "category": "Tools", "inputs": {"requestsGetUrl": url, "requestsGetHeaders": json.dumps(hdrs),
                                                     "requestsGetDescription": "Useful to search the web via %s" % p["name"]}}}
    doc = {"nodes": [node, {"id": "chatOpenAI_0", "data": {"name": "chatOpenAI", "inputs": {"modelName": "gpt-4o-mini", "temperature": 0.2}, "credential": uuid4(r)}}],
           "edges": [{"source": "requestsGet_0", "target": "toolAgent_0", "id": "e1"}]}
    return pick(r, ["flowise/%s-agent-chatflow.json" % p["id"], "chatflows/web_research.json"]), jdump(doc) + "\n"


@tpl("yaml", HTTPP)
def t_dify_dsl(r, S):
    p = S.p
    v = S.v("dify")
    a = p["auth"]
    y = "app:\n  description: Web research workflow\n  icon: \U0001F50E\n  icon_background: '#FFEAD5'\n  mode: workflow\n  name: %s\nkind: app\nversion: 0.1.5\nworkflow:\n  graph:\n    edges: []\n    nodes:\n" % slug(r)
    y += "    - data:\n        desc: ''\n        selected: false\n        title: Start\n        type: start\n        variables:\n        - label: query\n          required: true\n          type: text-input\n          variable: query\n      id: '%d'\n      type: custom\n" % r.randint(10**12, 10**13)
    y += "    - data:\n"
    if a[0] in ("bearer", "bot"):
        y += "        authorization:\n          config:\n            api_key: %s\n            type: bearer\n          type: api-key\n        headers: ''\n" % v
    elif a[0] == "header":
        y += "        authorization:\n          config: null\n          type: no-auth\n        headers: '%s:%s'\n" % (a[1], v)
    else:
        y += "        authorization:\n          config: null\n          type: no-auth\n        headers: ''\n        params: '%s:%s\n\n          q:{{#start.query#}}'\n" % (a[1], v)
    y += "        method: %s\n        title: %s\n        type: http-request\n        url: %s\n      id: '%d'\n      type: custom\n" % (p["method"].lower(), p["name"], url_of(S).split("?")[0], r.randint(10**12, 10**13))
    return pick(r, ["dify/%s.yml" % slug(r), "exports/web_research.dsl.yml"]), y


# ---- YAML / configs
@tpl("yaml", ALLP)
def t_yaml_agent_config(r, S):
    p = S.p
    qv = S.v("yaml")
    if r.random() < 0.4 and qv:
        qv = '"%s"' % qv
    y = "agent:\n  name: %s\n  llm:\n    provider: openai\n    model: gpt-4o-mini\n    temperature: 0.1\n" % slug(r)
    y += "  tools:\n    - name: web_search\n      provider: %s\n%s      api_key: %s\n      max_results: %d\n" % (p["id"], note(r, "      #"), qv, r.choice([3, 5, 10]))
    y += "    - name: calculator\n  memory:\n    type: buffer\n    k: 6\n"
    return pick(r, ["config/agent.yaml", "agents/researcher.yml", "conf/app.yaml"]), y


@tpl("yaml", ["openai", "anthropic", "groq", "mistral", "together", "openrouter", "gemini", "cohere", "voyage", "jina", "perplexity"])
def t_litellm_config(r, S):
    p = S.p
    m = {"openai": "openai/gpt-4o", "anthropic": "anthropic/claude-3-5-sonnet-20241022", "groq": "groq/llama3-70b-8192",
         "mistral": "mistral/mistral-large-latest", "together": "together_ai/meta-llama/Llama-3-70b-chat-hf",
         "openrouter": "openrouter/google/palm-2-chat-bison", "gemini": "gemini/gemini-1.5-pro",
         "cohere": "cohere/rerank-english-v3.0", "voyage": "voyage/voyage-3", "jina": "jina_ai/jina-embeddings-v3",
         "perplexity": "perplexity/sonar-pro"}[p["id"]]
    y = "model_list:\n  - model_name: %s\n    litellm_params:\n      model: %s\n      api_key: %s\n" % (m.split("/")[-1], m, S.v("litellm"))
    y += "\nlitellm_settings:\n  drop_params: true\n  success_callback: [\"langfuse\"]\n\ngeneral_settings:\n  master_key: os.environ/LITELLM_MASTER_KEY\n"
    return pick(r, ["litellm/config.yaml", "proxy_config.yaml", "deploy/litellm.yaml"]), y


@tpl("yaml", ["openai", "anthropic", "mistral", "groq", "gemini", "openrouter", "together", "voyage", "cohere"])
def t_continue_config(r, S):
    p = S.p
    y = "name: Local Assistant\nversion: 1.0.0\nschema: v1\nmodels:\n  - name: %s chat\n    provider: %s\n    model: %s\n    apiKey: %s\n    roles:\n      - chat\n      - edit\n" % (
        p["name"], p["id"], pick(r, ["latest", "default"]), S.v("yaml"))
    y += "context:\n  - provider: code\n  - provider: docs\n"
    return ".continue/config.yaml", y


@tpl("yaml", ["openai", "anthropic", "openrouter", "gemini", "groq"])
def t_aider_conf(r, S):
    key = {"openai": "openai-api-key", "anthropic": "anthropic-api-key"}.get(S.p["id"])
    if key:
        y = "model: %s\n%s: %s\n" % ("gpt-4o" if S.p["id"] == "openai" else "sonnet", key, S.v("yaml"))
    else:
        y = "model: %s/default\napi-key:\n  - %s=%s\n" % (S.p["id"], S.p["id"], S.v("yaml"))
    y += "auto-commits: false\ndark-mode: true\n"
    return ".aider.conf.yml", y


@tpl("yaml", ALLP)
def t_compose_list(r, S):
    p = S.p
    y = "services:\n  api:\n    build: .\n    ports:\n      - \"8000:8000\"\n    environment:\n      - LOG_LEVEL=info\n"
    y += "      - %s=%s\n" % (S.env, S.v("compose"))
    y += "      - REDIS_URL=redis://redis:6379/0\n    depends_on:\n      - redis\n  redis:\n    image: redis:7-alpine\n"
    return pick(r, ["docker-compose.yml", "compose.yaml", "deploy/docker-compose.prod.yml"]), y


@tpl("yaml", ALLP)
def t_compose_map(r, S):
    y = "version: \"3.9\"\nservices:\n  worker:\n    image: ghcr.io/acme/%s:1.4.2\n    restart: unless-stopped\n    environment:\n" % slug(r)
    y += "      QUEUE_NAME: crawl\n      %s: %s\n      CONCURRENCY: \"4\"\n" % (S.env, S.v("compose") if r.random() < 0.5 else '"%s"' % S.v("compose"))
    y += "    volumes:\n      - ./data:/app/data\n"
    return pick(r, ["docker-compose.yml", "docker/compose.worker.yml"]), y


@tpl("dockerfile", ALLP)
def t_dockerfile_env(r, S):
    t = "FROM python:3.11-slim\n\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n\n"
    if r.random() < 0.5:
        t += "ENV %s=%s\n" % (S.env, S.v("docker"))
    else:
        t += "ENV PYTHONUNBUFFERED=1 \\\n    %s=\"%s\" \\\n    PORT=8080\n" % (S.env, S.v("docker"))
    t += "\nEXPOSE 8080\nCMD [\"uvicorn\", \"app.main:app\", \"--host\", \"0.0.0.0\", \"--port\", \"8080\"]\n"
    return pick(r, ["Dockerfile", "docker/api.Dockerfile", "services/search/Dockerfile"]), t


@tpl("dockerfile", ALLP)
def t_dockerfile_arg(r, S):
    t = "FROM node:20-alpine AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\n"
    t += "ARG %s=%s\nENV %s=$%s\n" % (S.env, S.v("docker"), S.env, S.env)
    t += "RUN npm run build\n\nFROM node:20-alpine\nWORKDIR /app\nCOPY --from=build /app/.output ./.output\nCMD [\"node\", \".output/server/index.mjs\"]\n"
    return pick(r, ["Dockerfile", "apps/agent/Dockerfile"]), t


@tpl("yaml", ALLP)
def t_k8s_secret(r, S):
    y = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-api-keys\n  namespace: %s\ntype: Opaque\nstringData:\n" % (S.p["id"], pick(r, ["rag", "agents", "default", "search-prod"]))
    y += "  %s: %s\n" % (S.env, S.v("k8ssecret"))
    return pick(r, ["k8s/secret.yaml", "deploy/k8s/%s-secret.yaml" % S.p["id"], "manifests/secrets.yaml"]), y


@tpl("yaml", ALLP)
def t_k8s_deploy(r, S):
    n = slug(r)
    y = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\n  labels:\n    app: %s\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: %s\n  template:\n    metadata:\n      labels:\n        app: %s\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/%s:2.3.1\n          env:\n            - name: LOG_LEVEL\n              value: info\n" % (n, n, n, n, n)
    y += "            - name: %s\n              value: \"%s\"\n" % (S.env, S.v("k8s"))
    y += "          ports:\n            - containerPort: 8080\n"
    return pick(r, ["k8s/deployment.yaml", "deploy/%s.yaml" % n]), y


@tpl("yaml", ALLP)
def t_helm_values(r, S):
    p = S.p
    y = "replicaCount: 2\n\nimage:\n  repository: ghcr.io/acme/%s\n  tag: \"0.9.4\"\n\nservice:\n  type: ClusterIP\n  port: 80\n\n" % slug(r)
    y += "search:\n  provider: %s\n  %s: %s\n  maxResults: 5\n\nresources:\n  limits:\n    cpu: 500m\n    memory: 512Mi\n" % (
        p["id"], pick(r, ["apiKey", "token", "api_key"]), S.v("helm") if not S.isref else '"%s"' % S.v("helm"))
    return pick(r, ["charts/%s/values.yaml" % slug(r), "helm/values-prod.yaml"]), y


@tpl("yaml", ALLP)
def t_gha_workflow(r, S):
    y = "name: nightly-eval\n\non:\n  schedule:\n    - cron: \"0 3 * * *\"\n  workflow_dispatch:\n\njobs:\n  eval:\n    runs-on: ubuntu-latest\n    env:\n"
    y += "      %s: %s\n" % (S.env, S.v("gha"))
    y += "      PYTHONUNBUFFERED: \"1\"\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n          python-version: \"3.11\"\n      - run: pip install -r requirements.txt\n      - run: python -m evals.run --suite rag\n"
    return pick(r, [".github/workflows/eval.yml", ".github/workflows/nightly.yaml"]), y


# ---- shell & friends
@tpl("shell", HTTPP)
def t_sh_curl(r, S):
    val = S.v("sh")
    t = "#!/usr/bin/env bash\n# quick smoke test for the %s API\nset -euo pipefail\n\n" % S.p["name"]
    t += curl_cmd(S, val, multiline=r.random() < 0.7) + " | jq .\n"
    return pick(r, ["scripts/smoke_%s.sh" % S.p["id"], "bin/test-%s.sh" % S.p["id"], "scripts/curl_examples.sh"]), t


@tpl("shell", ALLP)
def t_sh_export(r, S):
    t = "#!/bin/sh\n# source this before running the agent locally\n"
    t += "export LANGCHAIN_TRACING_V2=true\n"
    t += note(r) + "export %s=\"%s\"\n" % (S.env, S.v("sh"))
    t += "export AGENT_ENV=dev\n\npython -m agent.cli \"$@\"\n"
    return pick(r, ["scripts/dev.sh", "run_local.sh", "env.sh"]), t


@tpl("shell", HTTPP)
def t_sh_var_then_curl(r, S):
    v = S.v("sh")
    var = pick(r, ["KEY", "API_KEY", "TOKEN", S.p["id"].upper() + "_KEY"])
    t = "#!/usr/bin/env bash\n%s=\"%s\"\nQUERY=\"${1:-what is retrieval augmented generation}\"\n\n" % (var, v)
    t += curl_cmd(S, "$" + var, multiline=True) + "\n"
    return pick(r, ["search.sh", "tools/search.sh", "scripts/query.sh"]), t


@tpl("powershell", ALLP)
def t_ps1(r, S):
    if S.isref:
        line = '$apiKey = $env:%s' % S.env
    else:
        line = '$env:%s = "%s"' % (S.env, S.v("ps1"))
    t = "# Windows setup for the agent\n%s\n$env:AGENT_ENV = \"dev\"\npython -m venv .venv\n.\\.venv\\Scripts\\Activate.ps1\npip install -r requirements.txt\n" % line
    return pick(r, ["scripts/setup.ps1", "setup-windows.ps1"]), t


@tpl("makefile", ALLP)
def t_makefile(r, S):
    t = ".PHONY: run test eval\n\n%s ?= %s\nPY := python3\n\nrun:\n\t%s=$(%s) $(PY) -m app\n\ntest:\n\tpytest -q\n" % (S.env, S.v("make"), S.env, S.env)
    return "Makefile", t


@tpl("systemd", ALLP)
def t_systemd(r, S):
    t = "[Unit]\nDescription=%s worker\nAfter=network-online.target\n\n[Service]\nUser=agent\nWorkingDirectory=/opt/%s\n" % (slug(r), slug(r))
    t += "Environment=%s=%s\nEnvironment=PYTHONUNBUFFERED=1\nExecStart=/opt/venv/bin/python -m worker\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n" % (S.env, S.v("systemd"))
    return pick(r, ["deploy/crawler.service", "ops/systemd/agent-worker.service"]), t


# ---- docs
@tpl("markdown", HTTPP)
def t_md_curl(r, S):
    p = S.p
    t = "# %s\n\nInternal notes for the search integration.\n\n## Try it\n\n```bash\n%s\n```\n\nResponse is JSON; see `docs/schema.md`.\n" % (slug(r), curl_cmd(S, S.v("md")))
    return pick(r, ["README.md", "docs/search-provider.md", "NOTES.md"]), t


@tpl("markdown", PYP)
def t_md_python(r, S):
    p = S.p
    t = "## Quick start\n\n```python\n%s\n\nclient = %s\n```\n\n> Rate limit is 100 rpm on our plan.\n" % (p["py"][0], fmt_ctor(S, S.q("py")))
    if r.random() < 0.5:
        t = "# %s\n\nAgent that answers questions with fresh web results.\n\n" % slug(r) + t
    return pick(r, ["README.md", "docs/quickstart.md", "docs/providers/%s.md" % p["id"]]), t


@tpl("toml", ALLP)
def t_toml_settings(r, S):
    p = S.p
    t = "[app]\nname = \"%s\"\nenv = \"production\"\n\n[search]\nprovider = \"%s\"\n%sapi_key = \"%s\"\ntimeout = 20\n\n[llm]\nmodel = \"gpt-4o-mini\"\n" % (slug(r), p["id"], note(r), S.v("toml"))
    return pick(r, ["config.toml", "settings.toml", "config/production.toml"]), t


@tpl("toml", ALLP)
def t_pyproject_tool(r, S):
    t = "[project]\nname = \"%s\"\nversion = \"0.3.1\"\nrequires-python = \">=3.10\"\ndependencies = [\"langchain>=0.3\", \"httpx\"]\n\n" % slug(r)
    t += "[tool.pytest.ini_options]\nenv = [\n    \"%s=%s\",\n    \"LOG_LEVEL=debug\",\n]\n" % (S.env, S.v("toml"))
    return "pyproject.toml", t


@tpl("ini", ALLP)
def t_ini(r, S):
    t = "[DEFAULT]\nlog_level = INFO\n\n[%s]\napi_key = %s\nbase_url = %s\nretries = 3\n" % (S.p["id"], S.v("ini"), url_of(S).split("?")[0])
    return pick(r, ["config.ini", "settings.cfg", "conf/providers.ini"]), t


@tpl("properties", ALLP)
def t_spring_props(r, S):
    p = S.p
    if p["id"] == "openai":
        k = "spring.ai.openai.api-key"
    elif p["id"] == "anthropic":
        k = "spring.ai.anthropic.api-key"
    elif p["id"] == "mistral":
        k = "spring.ai.mistralai.api-key"
    else:
        k = "app.search.%s.api-key" % p["id"]
    t = "spring.application.name=%s\nserver.port=8081\n%s=%s\nlogging.level.root=INFO\n" % (slug(r), k, S.v("props"))
    return "src/main/resources/application.properties", t


@tpl("http", HTTPP)
def t_http_file(r, S):
    p = S.p
    h = hdr_pair(p, "X")
    v = S.v("http")
    url = url_of(S)
    t = "### %s search\n" % p["name"]
    if h:
        t += "%s %s\n%s: %s\nContent-Type: application/json\n" % (p["method"], url, h[0], h[1].replace("X", v) if h[1] != "X" else v)
    else:
        t += "%s %s%s%s=%s\n" % (p["method"], url, "&" if "?" in url else "?", p["auth"][1], v)
    if p["method"] == "POST":
        t += "\n%s\n" % body_of(S)
    return pick(r, ["requests.http", "http/%s.http" % p["id"], "api-tests/search.http"]), t


@tpl("json", ALLP)
def t_postman_env(r, S):
    doc = {"id": uuid4(r), "name": "%s - prod" % S.p["name"], "values": [
        {"key": "baseUrl", "value": url_of(S).split("?")[0], "type": "default", "enabled": True},
        {"key": S.p["id"] + "ApiKey", "value": S.v("postman"), "type": "secret", "enabled": True}],
        "_postman_variable_scope": "environment", "_postman_exported_using": "Postman/11.2.0"}
    return pick(r, ["postman/prod.postman_environment.json", "collections/%s.postman_environment.json" % S.p["id"]]), jdump(doc, 1) + "\n"


@tpl("json", ALLP)
def t_json_config(r, S):
    p = S.p
    doc = {"name": slug(r), "search": {"provider": p["id"], pick(r, ["apiKey", "api_key", "key"]): S.v("json"), "maxResults": 5},
           "llm": {"provider": "openai", "model": "gpt-4o-mini"}, "cacheTtlSeconds": 900}
    return pick(r, ["config/search.json", "agent.config.json", "settings.json"]), jdump(doc) + "\n"


@tpl("hcl", ALLP)
def t_tfvars(r, S):
    t = "project_id   = \"%s-%d\"\nregion       = \"europe-west1\"\n%s = \"%s\"\nmin_replicas = 1\n" % (slug(r), r.randint(100000, 999999), S.env.lower(), S.v("tf"))
    return pick(r, ["infra/terraform.tfvars", "terraform/prod.auto.tfvars"]), t


@tpl("dotenv", ALLP, dotenv=True)
def t_dotenv(r, S):
    t = "# local dev\nOPENAI_MODEL=gpt-4o-mini\n%s=%s\nLOG_LEVEL=debug\n" % (S.env, S.v("sh"))
    return pick(r, [".env", ".env.local", ".env.production"]), t


@tpl("python", ["google"])
def t_py_google_cse(r, S):
    t = "import requests\n\nGOOGLE_API_KEY = %s\nSEARCH_ENGINE_ID = \"%s\"  # cx\n\n\ndef google_search(q, num=10):\n" % (S.q("py"), S.extra["cx"])
    t += "    params = {\"key\": GOOGLE_API_KEY, \"cx\": SEARCH_ENGINE_ID, \"q\": q, \"num\": num}\n"
    t += "    return requests.get(\"https://www.googleapis.com/customsearch/v1\", params=params, timeout=15).json()\n"
    return pick(r, ["tools/google_search.py", "search/cse.py"]), t


@tpl("typescript", ["browserbase"])
def t_ts_stagehand(r, S):
    t = 'import { Stagehand } from "@browserbasehq/stagehand";\n\nconst stagehand = new Stagehand({\n  env: "BROWSERBASE",\n'
    t += "  apiKey: %s,\n  projectId: \"%s\",\n  modelName: \"gpt-4o\",\n});\n\nawait stagehand.init();\nawait stagehand.page.goto(\"https://news.ycombinator.com\");\n" % (S.q("ts"), S.extra["bbproj"])
    return pick(r, ["scripts/stagehand.ts", "src/browser.ts"]), t


@tpl("python", ["browserbase"])
def t_py_playwright_cdp(r, S):
    v = S.v("url")
    if S.isref:
        line = 'ws = f"wss://connect.browserbase.com?apiKey={os.environ[\'BROWSERBASE_API_KEY\']}"'
    else:
        line = 'ws = "wss://connect.browserbase.com?apiKey=%s"' % v
    t = "import os\nfrom playwright.sync_api import sync_playwright\n\n%s\n\nwith sync_playwright() as p:\n    browser = p.chromium.connect_over_cdp(ws)\n    page = browser.contexts[0].pages[0]\n    page.goto(\"https://www.browserbase.com\")\n    print(page.title())\n" % line
    return "scripts/remote_browser.py", t


# ---- proxies (secret = password in URL)
@tpl("python", proxy=True)
def t_proxy_requests(r, S):
    x = S.proxy
    pw = S.v("url") if not S.isref else "{os.environ['%s']}" % S.env
    f = "f" if S.isref else ""
    t = "import os\nimport requests\n\nPROXY = %s\"http://%s:%s@%s:%s\"\nproxies = {\"http\": PROXY, \"https\": PROXY}\n\n" % (f, x["user"], pw, x["host"], x["port"])
    t += "resp = requests.get(\"%s\", proxies=proxies, timeout=30)\nprint(resp.text)\n" % x["check"]
    return pick(r, ["scraper/proxy.py", "crawler/fetch.py", "tools/proxy_check.py"]), t


@tpl("python", proxy=True)
def t_proxy_scrapy(r, S):
    x = S.proxy
    pw = S.v("url") if not S.isref else "{os.environ['%s']}" % S.env
    t = "import os\n\nBOT_NAME = \"pricewatch\"\nCONCURRENT_REQUESTS = 16\n\nROTATING_PROXY_LIST = [\n    %s\"http://%s:%s@%s:%s\",\n]\n\nDOWNLOADER_MIDDLEWARES = {\n    \"rotating_proxies.middlewares.RotatingProxyMiddleware\": 610,\n    \"rotating_proxies.middlewares.BanDetectionMiddleware\": 620,\n}\n" % ("f" if S.isref else "", x["user"], pw, x["host"], x["port"])
    return "pricewatch/settings.py", t


@tpl("shell", proxy=True)
def t_proxy_curl(r, S):
    x = S.proxy
    pw = S.v("sh")
    if r.random() < 0.5:
        c = "curl -i --proxy %s:%s --proxy-user %s:%s -k \"%s\"" % (x["host"], x["port"], x["user"], pw, x["check"])
    else:
        c = "curl -x \"http://%s:%s@%s:%s\" %s" % (x["user"], pw, x["host"], x["port"], x["check"])
    return pick(r, ["scripts/check_proxy.sh", "ops/proxy-test.sh"]), "#!/usr/bin/env bash\n# verify the %s zone still works\n%s\n" % (x["name"], c)


@tpl("yaml", proxy=True)
def t_proxy_yaml(r, S):
    x = S.proxy
    y = "crawler:\n  concurrency: 6\n  user_agent: \"Mozilla/5.0 (compatible; ResearchBot/2.1)\"\n  proxy:\n    enabled: true\n    url: \"http://%s:%s@%s:%s\"\n  retry:\n    max: 3\n" % (x["user"], S.v("yaml"), x["host"], x["port"])
    return pick(r, ["config/crawler.yaml", "crawl.yml"]), y


@tpl("typescript", proxy=True)
def t_proxy_ts(r, S):
    x = S.proxy
    if S.isref:
        pw = "${process.env.%s}" % S.env
    else:
        pw = S.v("url")
    t = 'import { chromium } from "playwright";\n\nconst browser = await chromium.launch({\n  proxy: {\n    server: "http://%s:%s",\n    username: "%s",\n    password: %s,\n  },\n});\n' % (
        x["host"], x["port"], x["user"], ("`%s`" % pw) if S.isref else '"%s"' % pw)
    t += 'const page = await browser.newPage();\nawait page.goto("https://lumtest.com/myip.json");\nconsole.log(await page.textContent("body"));\n'
    return pick(r, ["scripts/proxy-browser.ts", "src/scrape/browser.ts"]), t


@tpl("dockerfile", proxy=True)
def t_proxy_compose(r, S):
    x = S.proxy
    y = "services:\n  scraper:\n    build: ./scraper\n    environment:\n      HTTPS_PROXY: \"http://%s:%s@%s:%s\"\n      NO_PROXY: \"localhost,127.0.0.1,redis\"\n" % (x["user"], S.v("compose"), x["host"], x["port"])
    return "docker-compose.scraper.yml", y


# ---------------------------------------------------------------- look-alike negatives
LOOK = []


def look(ftype, prov="none"):
    def deco(f):
        LOOK.append(dict(name=f.__name__[2:], f=f, ftype=ftype, prov=prov))
        return f
    return deco


def fvec(r, n):
    return "[" + ", ".join("%.6f" % r.uniform(-0.12, 0.12) for _ in range(n)) + "]"


@look("python", "google")
def l_google_cx(r):
    cx = rs(r, LOWAN, 17) if r.random() < 0.6 else "%s:%s" % (rs(r, DG, 21), rs(r, LOWAN + "_", 11))
    t = "import os\nimport requests\n\n# The cx (search engine id) is public; the API key comes from the environment.\nCSE_ID = \"%s\"\n\n\ndef search(q):\n    params = {\"key\": os.environ[\"GOOGLE_API_KEY\"], \"cx\": CSE_ID, \"q\": q}\n    return requests.get(\"https://www.googleapis.com/customsearch/v1\", params=params).json()\n" % cx
    return "tools/google_cse.py", t


@look("html", "google")
def l_google_cse_embed(r):
    cx = rs(r, LOWAN, 17)
    return "site/search.html", "<!doctype html>\n<html>\n<body>\n  <script async src=\"https://cse.google.com/cse.js?cx=%s\"></script>\n  <div class=\"gcse-search\"></div>\n</body>\n</html>\n" % cx


@look("yaml", "pinecone")
def l_pinecone_index(r):
    host = "%s-%s.svc.%s.pinecone.io" % (pick(r, ["docs-prod", "kb-v2", "support-chunks"]), rs(r, LOWAN, 7), pick(r, ["aped-4627-b74a", "gcp-starter", "us-east-1-aws"]))
    y = "vectorstore:\n  provider: pinecone\n  api_key: ${PINECONE_API_KEY}\n  index_name: %s\n  host: %s\n  namespace: %s\n  dimension: 1536\n  metric: cosine\n  project_id: %s\n" % (host.split("-")[0], host, uuid4(r), rs(r, LOWAN, 7))
    return "config/vectorstore.yaml", y


@look("json", "qdrant")
def l_qdrant_points(r):
    pts = [{"id": uuid4(r), "vector": json.loads(fvec(r, 8)), "payload": {"doc_id": rs(r, HEX, 24), "chunk": i}} for i in range(r.randint(3, 6))]
    doc = {"collection_name": "kb_chunks", "cluster": "https://%s.us-east4-0.gcp.cloud.qdrant.io:6333" % uuid4(r), "points": pts}
    return "fixtures/qdrant_points.json", jdump(doc) + "\n"


@look("notebook", "openai")
def l_nb_embeddings(r):
    cells = [("code", "import os\nfrom openai import OpenAI\nclient = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])"),
             ("code", "emb = client.embeddings.create(model=\"text-embedding-3-small\", input=[\"hello world\"])\nemb.data[0].embedding[:16]", fvec(r, 16)),
             ("code", "resp_id = emb.model_dump().get(\"id\")\nlen(emb.data[0].embedding)", "1536")]
    return "notebooks/embeddings_demo.ipynb", nb_json(cells)


@look("text")
def l_requirements_hashes(r):
    lines = []
    for pkg, ver in r.sample([("tavily-python", "0.5.0"), ("exa-py", "1.7.1"), ("firecrawl-py", "1.6.8"), ("langchain", "0.3.14"),
                              ("llama-parse", "0.5.19"), ("cohere", "5.13.4"), ("pinecone", "5.4.2"), ("qdrant-client", "1.12.2"),
                              ("httpx", "0.28.1"), ("voyageai", "0.3.2")], 5):
        lines.append("%s==%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s" % (pkg, ver, rs(r, HEX, 64), rs(r, HEX, 64)))
    return "requirements.lock", "# generated by pip-compile --generate-hashes\n" + "\n".join(lines) + "\n"


@look("json")
def l_package_lock(r):
    pk = {}
    for name, ver in r.sample([("@tavily/core", "0.3.1"), ("exa-js", "1.5.12"), ("@mendable/firecrawl-js", "1.21.1"), ("ai", "4.1.45"),
                               ("@ai-sdk/openai", "1.1.13"), ("@mastra/core", "0.5.0"), ("@langchain/langgraph", "0.2.46")], 4):
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                      "integrity": "sha512-" + b64blob(r, 64), "license": "MIT"}
    doc = {"name": slug(r), "version": "0.1.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", jdump(doc) + "\n"


@look("json", "firecrawl")
def l_firecrawl_status(r):
    cid = uuid4(r)
    doc = {"success": True, "status": "completed", "completed": 12, "total": 12, "creditsUsed": 12,
           "expiresAt": "2025-03-14T09:21:07.000Z", "next": "https://api.firecrawl.dev/v1/crawl/%s?skip=10" % cid, "id": cid,
           "data": [{"markdown": "# Docs\n...", "metadata": {"sourceURL": "https://docs.example.com/page-%d" % i, "statusCode": 200, "scrapeId": uuid4(r)}} for i in range(2)]}
    return "fixtures/firecrawl_crawl_status.json", jdump(doc) + "\n"


@look("json", "apify")
def l_apify_run(r):
    doc = {"data": {"id": rs(r, AN, 17), "actId": rs(r, AN, 17), "userId": rs(r, AN, 17), "status": "SUCCEEDED",
                    "startedAt": "2025-01-09T10:12:00.123Z", "defaultDatasetId": rs(r, AN, 17), "defaultKeyValueStoreId": rs(r, AN, 17),
                    "defaultRequestQueueId": rs(r, AN, 17), "buildId": rs(r, AN, 17), "buildNumber": "0.3.%d" % r.randint(1, 90),
                    "containerUrl": "https://%s.runs.apify.net" % rs(r, LOWAN, 12), "usageTotalUsd": round(r.uniform(0.01, 2), 4)}}
    return "samples/apify_run_response.json", jdump(doc) + "\n"


@look("json", "langsmith")
def l_langsmith_runs(r):
    tid = uuid4(r)
    runs = [{"id": uuid4(r), "trace_id": tid, "name": n, "run_type": t, "dotted_order": "20250110T101112%06dZ%s" % (r.randint(0, 999999), tid),
             "session_id": uuid4(r), "total_tokens": r.randint(100, 5000)} for n, t in [("AgentExecutor", "chain"), ("tavily_search", "tool"), ("ChatOpenAI", "llm")]]
    return "eval/langsmith_export.json", jdump(runs) + "\n"


@look("json", "llamacloud")
def l_llama_docstore(r):
    store = {}
    for _ in range(r.randint(2, 4)):
        did = uuid4(r)
        store[did] = {"__data__": {"id_": did, "metadata": {"file_name": pick(r, ["handbook.pdf", "faq.md", "pricing.html"]), "page_label": str(r.randint(1, 40))},
                                   "hash": rs(r, HEX, 64), "class_name": "TextNode", "text": "Section %d ..." % r.randint(1, 9)},
                      "__type__": "1"}
    return "storage/docstore.json", jdump({"docstore/data": store}) + "\n"


@look("yaml", "huggingface")
def l_model_revisions(r):
    y = "embedding:\n  model: BAAI/bge-large-en-v1.5\n  revision: %s\nreranker:\n  model: cross-encoder/ms-marco-MiniLM-L-6-v2\n  revision: %s\nllm:\n  model: gpt-4o-2024-08-06\n  api_key_env: OPENAI_API_KEY\n" % (rs(r, HEX, 40), rs(r, HEX, 40))
    return "config/models.yaml", y


@look("dockerfile")
def l_dockerfile_digest(r):
    t = "FROM python:3.11-slim@sha256:%s\nARG TAVILY_API_KEY\nENV TAVILY_API_KEY=${TAVILY_API_KEY}\nCOPY . /app\nRUN pip install -r /app/requirements.txt\nCMD [\"python\", \"/app/main.py\"]\n" % rs(r, HEX, 64)
    return "Dockerfile", t


@look("yaml")
def l_compose_digests(r):
    y = "services:\n  qdrant:\n    image: qdrant/qdrant:v1.12.5@sha256:%s\n    environment:\n      QDRANT__SERVICE__API_KEY: ${QDRANT_API_KEY}\n  app:\n    image: ghcr.io/acme/rag-api@sha256:%s\n    env_file: .env\n    environment:\n      EXA_API_KEY: ${EXA_API_KEY:?}\n" % (rs(r, HEX, 64), rs(r, HEX, 64))
    return "docker-compose.yml", y


@look("text")
def l_ssh_pubkeys(r):
    t = ""
    for who in r.sample(["dana@laptop", "ci-deploy", "kenji@mbp", "crawler-runner"], 2):
        if r.random() < 0.5:
            t += "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s\n" % (b64blob(r, 33)[:43], who)
        else:
            t += "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ%s %s\n" % (b64blob(r, 270)[:340], who)
    return "deploy/authorized_keys", t


def pem_body(r, nbytes):
    b = b64blob(r, nbytes)
    return "\n".join(b[i:i + 64] for i in range(0, len(b), 64))


@look("pem", "brightdata_proxy")
def l_proxy_ca(r):
    t = "-----BEGIN CERTIFICATE-----\nMIID" + pem_body(r, 700)[4:] + "\n-----END CERTIFICATE-----\n"
    return pick(r, ["certs/brightdata_ca.crt", "docker/proxy-ca.pem"]), t


@look("json", "serpapi")
def l_serp_cache(r):
    doc = {}
    for qq in r.sample(["best vector db", "rag eval metrics", "langgraph vs crewai", "bge-m3 benchmark", "pgvector hnsw"], 3):
        doc[rs(r, HEX, 40)] = {"query": qq, "fetched_at": "2025-02-%02dT08:00:00Z" % r.randint(1, 28), "etag": "W/\"%s\"" % rs(r, HEX, 32)}
    return "cache/serp_cache_index.json", jdump(doc) + "\n"


@look("json", "serpapi")
def l_serpapi_response(r):
    sid = rs(r, HEX, 24)
    doc = {"search_metadata": {"id": sid, "status": "Success", "json_endpoint": "https://serpapi.com/searches/%s/%s.json" % (rs(r, HEX, 16), sid),
                               "created_at": "2025-01-21 14:33:07 UTC", "google_url": "https://www.google.com/search?q=coffee&oq=coffee&sourceid=chrome&ie=UTF-8",
                               "total_time_taken": 1.32},
           "search_parameters": {"engine": "google", "q": "coffee", "google_domain": "google.com"},
           "organic_results": [{"position": 1, "title": "Coffee - Wikipedia", "link": "https://en.wikipedia.org/wiki/Coffee"}]}
    return "tests/fixtures/serpapi_coffee.json", jdump(doc) + "\n"


@look("json", "tavily")
def l_tavily_response(r):
    doc = {"query": "who won the 2024 euro cup", "follow_up_questions": None, "answer": None, "images": [],
           "results": [{"title": "UEFA Euro 2024 final", "url": "https://www.uefa.com/euro2024/", "content": "Spain beat England 2-1...", "score": 0.98}],
           "response_time": 1.67, "request_id": uuid4(r)}
    return "tests/fixtures/tavily_search.json", jdump(doc) + "\n"


@look("json", "exa")
def l_exa_response(r):
    doc = {"requestId": rs(r, HEX, 32), "autopromptString": "Here is a link to an open source vector database:",
           "resolvedSearchType": "neural", "results": [{"id": "https://github.com/qdrant/qdrant", "title": "qdrant/qdrant", "score": 0.21,
                                                        "publishedDate": "2024-11-02T00:00:00.000Z", "author": None}],
           "costDollars": {"total": 0.005}}
    return "fixtures/exa_search.json", jdump(doc) + "\n"


@look("json", "openai")
def l_openai_log(r):
    doc = {"id": "chatcmpl-" + rs(r, AN, 29), "object": "chat.completion", "created": r.randint(1.70e9, 1.75e9), "model": "gpt-4o-mini-2024-07-18",
           "system_fingerprint": "fp_" + rs(r, HEX, 10), "choices": [{"index": 0, "message": {"role": "assistant", "content": "Done."}, "finish_reason": "stop"}],
           "usage": {"prompt_tokens": 812, "completion_tokens": 9, "total_tokens": 821}}
    return "logs/sample_completion.json", jdump(doc) + "\n"


@look("json", "tavily")
def l_mcp_envrefs(r):
    doc = {"inputs": [{"type": "promptString", "id": "tavily-key", "description": "Tavily API Key", "password": True}],
           "servers": {"tavily": {"type": "stdio", "command": "npx", "args": ["-y", "tavily-mcp@latest"], "env": {"TAVILY_API_KEY": "${input:tavily-key}"}},
                       "exa": {"type": "stdio", "command": "npx", "args": ["-y", "exa-mcp-server"], "env": {"EXA_API_KEY": "${env:EXA_API_KEY}"}}}}
    return ".vscode/mcp.json", jdump(doc) + "\n"


@look("json", "n8n")
def l_n8n_credref(r):
    wf = {"name": "Serper research", "nodes": [{"parameters": {"method": "POST", "url": "https://google.serper.dev/search", "authentication": "genericCredentialType",
                                                               "genericAuthType": "httpHeaderAuth", "sendBody": True, "bodyParameters": {"parameters": [{"name": "q", "value": "={{ $json.query }}"}]}},
                                                "id": uuid4(r), "name": "Serper", "type": "n8n-nodes-base.httpRequest", "typeVersion": 4.2, "position": [620, 300],
                                                "credentials": {"httpHeaderAuth": {"id": rs(r, AN, 16), "name": "Serper account"}}}],
          "connections": {}, "pinData": {}, "versionId": uuid4(r), "meta": {"instanceId": rs(r, HEX, 64)}, "id": rs(r, AN, 16)}
    return "n8n/serper_workflow.json", jdump(wf) + "\n"


@look("yaml", "dify")
def l_dify_plugins(r):
    y = "app:\n  mode: agent-chat\n  name: web-researcher\ndependencies:\n"
    for plug, ver in r.sample([("langgenius/tavily", "0.0.5"), ("langgenius/firecrawl", "0.0.3"), ("langgenius/openai", "0.0.13"), ("langgenius/jina", "0.0.6"), ("langgenius/searxng", "0.0.4")], 3):
        y += "- current_identifier: null\n  type: marketplace\n  value:\n    marketplace_plugin_unique_identifier: %s:%s@%s\n" % (plug, ver, rs(r, HEX, 64))
    y += "kind: app\nversion: 0.1.5\n"
    return "dify/web-researcher.yml", y


@look("yaml")
def l_gha_pinned(r):
    y = "name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      TAVILY_API_KEY: ${{ secrets.TAVILY_API_KEY }}\n      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n    steps:\n      - uses: actions/checkout@%s # v4.2.2\n      - uses: actions/setup-python@%s # v5.3.0\n      - run: pytest -q\n" % (rs(r, HEX, 40), rs(r, HEX, 40))
    return ".github/workflows/ci.yml", y


@look("hcl")
def l_tf_lock(r):
    t = "# This file is maintained automatically by \"terraform init\".\n\nprovider \"registry.terraform.io/hashicorp/google\" {\n  version     = \"6.14.1\"\n  constraints = \"~> 6.0\"\n  hashes = [\n"
    t += "    \"h1:%s=\",\n" % b64blob(r, 32)[:43]
    for _ in range(4):
        t += "    \"zh:%s\",\n" % rs(r, HEX, 64)
    t += "  ]\n}\n"
    return ".terraform.lock.hcl", t


@look("yaml")
def l_sops(r):
    y = "tavily_api_key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n  kms: []\n  age:\n    - recipient: age1%s\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        %s\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: \"2025-01-12T10:22:31Z\"\n  mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\n  version: 3.9.2\n" % (
        b64blob(r, 36), b64blob(r, 32)[:43], b64blob(r, 16), rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), b64blob(r, 60), b64blob(r, 64), b64blob(r, 32)[:43], b64blob(r, 16))
    return "secrets/prod.enc.yaml", y


@look("yaml")
def l_sealed(r):
    y = "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: search-keys\n  namespace: rag\nspec:\n  encryptedData:\n    FIRECRAWL_API_KEY: %s\n    SERPER_API_KEY: %s\n" % (b64blob(r, 300), b64blob(r, 300))
    return "k8s/sealed-search-keys.yaml", y


@look("notebook")
def l_nb_png(r):
    cell = {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": ["import matplotlib.pyplot as plt\n", "plt.plot(recall_at_k)"],
            "outputs": [{"data": {"image/png": "iVBORw0KGgoAAAANSUhEUgAA" + b64blob(r, 600), "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}]}
    nb = {"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    return "notebooks/retrieval_eval.ipynb", json.dumps(nb, indent=1) + "\n"


@look("text")
def l_lfs_pointer(r):
    return pick(r, ["data/embeddings.parquet", "models/reranker.onnx", "index/faiss.index"]), "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (rs(r, HEX, 64), r.randint(10**5, 10**9))


@look("yaml", "weaviate")
def l_weaviate_schema(r):
    y = "class: Article\nvectorizer: text2vec-openai\nmoduleConfig:\n  text2vec-openai:\n    model: text-embedding-3-small\n  generative-openai: {}\nproperties:\n  - name: title\n    dataType: [text]\n  - name: url\n    dataType: [text]\n# cluster: https://%s.c0.europe-west3.gcp.weaviate.cloud\n# example object id: %s\nheaders:\n  X-OpenAI-Api-Key: ${OPENAI_API_KEY}\n" % (rs(r, LOWAN, 20), uuid4(r))
    return "schema/article.yaml", y


@look("json", "openai")
def l_base64_embeddings(r):
    doc = {"object": "list", "data": [{"object": "embedding", "index": 0, "embedding": b64blob(r, 384)}], "model": "text-embedding-3-small",
           "usage": {"prompt_tokens": 5, "total_tokens": 5}}
    return "fixtures/embedding_base64.json", jdump(doc) + "\n"


@look("dotenv-example")
def l_env_example(r):
    ks = r.sample(["TAVILY_API_KEY", "EXA_API_KEY", "FIRECRAWL_API_KEY", "SERPER_API_KEY", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "PINECONE_API_KEY", "JINA_API_KEY", "BRAVE_API_KEY", "LLAMA_CLOUD_API_KEY"], 5)
    t = "# Copy to .env and fill in\n"
    for k in ks:
        t += "%s=%s\n" % (k, pick(r, ["", "", "your-key-here", "<%s>" % k.lower(), "tvly-xxxxxxxx" if k.startswith("TAV") else "changeme"]))
    t += "GOOGLE_CSE_ID=%s\nPINECONE_INDEX=docs-prod\n" % rs(r, LOWAN, 17)
    return pick(r, [".env.example", ".env.sample", "env.template"]), t


@look("json", "browserbase")
def l_browserbase_session(r):
    doc = {"id": uuid4(r), "createdAt": "2025-02-11T17:22:31.311Z", "projectId": uuid4(r), "status": "RUNNING", "region": "us-west-2",
           "connectUrl": "wss://connect.browserbase.com?sessionId=%s" % uuid4(r), "seleniumRemoteUrl": "http://connect.browserbase.com/webdriver",
           "signingKey": None, "contextId": uuid4(r)}
    return "fixtures/browserbase_session.json", jdump(doc) + "\n"


@look("markdown", "tavily")
def l_md_redacted(r):
    t = "# Debugging search failures\n\nLog from prod (key redacted):\n\n```\nPOST https://api.tavily.com/search 401\nAuthorization: Bearer tvly-%s\nx-request-id: %s\n```\n\nRotate the key in Vault at `kv/rag/tavily` and restart.\n" % ("*" * r.randint(8, 28), uuid4(r))
    return "docs/runbooks/search-401.md", t


@look("python", "cohere")
def l_rerank_scores(r):
    t = "# Snapshot of a rerank call, used in tests\nRERANK_RESPONSE = {\n    \"id\": \"%s\",\n    \"results\": [\n" % uuid4(r)
    for i in range(3):
        t += "        {\"index\": %d, \"relevance_score\": %.8f},\n" % (i, r.random())
    t += "    ],\n    \"meta\": {\"api_version\": {\"version\": \"2\"}, \"billed_units\": {\"search_units\": 1}},\n}\n"
    return "tests/fixtures/rerank_snapshot.py", t


@look("python")
def l_doc_hashing(r):
    t = "import hashlib\n\n# known content hashes, used for dedup during crawling\nSEEN = {\n"
    for _ in range(4):
        t += "    \"%s\",  # %s\n" % (rs(r, HEX, 64), pick(r, ["about.html", "pricing.html", "blog/launch", "docs/api"]))
    t += "}\n\n\ndef fingerprint(text: str) -> str:\n    return hashlib.sha256(text.encode()).hexdigest()\n"
    return "crawler/dedup.py", t


@look("toml")
def l_poetry_lock(r):
    t = ""
    for name, ver in r.sample([("tavily-python", "0.5.0"), ("exa-py", "1.7.1"), ("firecrawl-py", "1.6.8"), ("cohere", "5.13.4")], 2):
        t += "[[package]]\nname = \"%s\"\nversion = \"%s\"\noptional = false\npython-versions = \">=3.8\"\nfiles = [\n    {file = \"%s-%s-py3-none-any.whl\", hash = \"sha256:%s\"},\n]\n\n" % (name, ver, name.replace("-", "_"), ver, rs(r, HEX, 64))
    t += "[metadata]\nlock-version = \"2.0\"\npython-versions = \"^3.11\"\ncontent-hash = \"%s\"\n" % rs(r, HEX, 64)
    return "poetry.lock", t


@look("json", "flowise")
def l_flowise_credref(r):
    doc = {"nodes": [{"id": "tavilyAPI_0", "data": {"name": "tavilyAPI", "label": "Tavily API", "credential": uuid4(r), "inputs": {"maxResults": 5}}},
                     {"id": "chatOpenAI_0", "data": {"name": "chatOpenAI", "credential": uuid4(r), "inputs": {"modelName": "gpt-4o-mini"}}}], "edges": []}
    return "flowise/research_chatflow.json", jdump(doc) + "\n"


@look("python", "tavily")
def l_py_envonly(r):
    t = "import os\nfrom tavily import TavilyClient\nfrom firecrawl import FirecrawlApp\n\ntavily = TavilyClient(api_key=os.environ[\"TAVILY_API_KEY\"])\nfirecrawl = FirecrawlApp(api_key=os.getenv(\"FIRECRAWL_API_KEY\"))\nRUN_ID = \"%s\"\nINDEX_NAME = \"docs-%s\"\n" % (uuid4(r), rs(r, LOWAN, 6))
    return "app/tools.py", t


@look("typescript", "openai")
def l_ts_envonly(r):
    t = 'import { createOpenAI } from "@ai-sdk/openai";\nimport { tavily } from "@tavily/core";\n\nexport const openai = createOpenAI({ apiKey: process.env.OPENAI_API_KEY! });\nexport const tvly = tavily({ apiKey: process.env.TAVILY_API_KEY });\nexport const THREAD_NAMESPACE = "%s";\n' % uuid4(r)
    return "src/lib/providers.ts", t


@look("yaml")
def l_crawl_config(r):
    y = "crawl:\n  id: %s\n  seeds:\n    - https://docs.example.com/\n    - https://blog.example.com/sitemap.xml\n  user_agent: \"ResearchBot/1.3 (+https://example.com/bot)\"\n  max_depth: 3\n  etag_cache:\n    https://docs.example.com/: '\"%s\"'\n    https://docs.example.com/api: '\"%s\"'\n" % (uuid4(r), rs(r, HEX, 32), rs(r, HEX, 40))
    return "crawl/config.yaml", y


@look("json")
def l_sri_manifest(r):
    doc = {"assets": {"widget.js": {"integrity": "sha384-" + b64blob(r, 48), "size": r.randint(1000, 90000)},
                      "widget.css": {"integrity": "sha384-" + b64blob(r, 48), "size": r.randint(1000, 9000)}},
           "build": rs(r, HEX, 40)}
    return "public/asset-manifest.json", jdump(doc) + "\n"


@look("text")
def l_checksums(r):
    t = ""
    for f in ["agent-linux-amd64.tar.gz", "agent-darwin-arm64.tar.gz", "agent-windows-amd64.zip"]:
        t += "%s  %s\n" % (rs(r, HEX, 64), f)
    return "dist/SHA256SUMS", t


@look("json", "jina")
def l_jina_reader_resp(r):
    doc = {"code": 200, "status": 20000, "data": {"title": "Example Domain", "url": "https://example.com/", "content": "This domain is for use in illustrative examples...",
                                                  "usage": {"tokens": 42}}, "meta": {"usage": {"tokens": 42}, "traceId": rs(r, HEX, 32)}}
    return "fixtures/jina_reader.json", jdump(doc) + "\n"


@look("yaml", "openai")
def l_litellm_envrefs(r):
    y = "model_list:\n  - model_name: gpt-4o\n    litellm_params:\n      model: openai/gpt-4o\n      api_key: os.environ/OPENAI_API_KEY\n  - model_name: sonar\n    litellm_params:\n      model: perplexity/sonar\n      api_key: os.environ/PERPLEXITYAI_API_KEY\n# deployment id %s\n" % uuid4(r)
    return "litellm/config.yaml", y


@look("text")
def l_gpg_pub(r):
    t = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + pem_body(r, 400) + "\n=" + b64blob(r, 3) + "\n-----END PGP PUBLIC KEY BLOCK-----\n"
    return "keys/release-signing.asc", t


# ---------------------------------------------------------------- driver
def choose_provider(r, tdef, counts):
    if tdef["proxy"]:
        return None, pick(r, PROXIES)
    provs = tdef["provs"] or ALLP
    # bias towards the search / retrieval emphasis
    weighted = []
    for pid in provs:
        w = 3 if P[pid]["group"] in ("search", "rerank", "embed") else (2 if P[pid]["group"] == "vector" else 1)
        weighted += [pid] * w
    return pick(r, weighted), None


def make_slot(r, tdef, pos):
    pid, proxy = choose_provider(r, tdef, None)
    if proxy:
        x = proxy_ctx(r, proxy)
        return Slot(r, None, pos, proxy=x), proxy
    return Slot(r, P[pid], pos), pid


def generate(outdir, seed):
    r = random.Random(seed)
    manifest = []
    secrets = []
    files = []
    used = set()
    # positives: round-robin over templates so each is covered, then shuffle
    order = []
    while len(order) < 500:
        batch = list(TEMPLATES)
        r.shuffle(batch)
        order += batch
    order = order[:500]
    r.shuffle(order)
    ndot = 0
    for i, tdef in enumerate(order):
        if tdef["dotenv"]:
            if ndot >= 20:
                tdef = TEMPLATES[0]
            else:
                ndot += 1
        while True:
            S, pid = make_slot(r, tdef, True)
            if S.secret not in used:
                break
        used.add(S.secret)
        path, text = tdef["f"](r, S)
        idx = text.find(S.secret)
        assert idx >= 0, (tdef["name"], pid)
        line = text.count("\n", 0, idx) + 1
        assert S.secret in text.split("\n")[line - 1]
        rel = "pos/p%04d/%s" % (i, path)
        kind = "proxy_password" if S.proxy else S.p["kind"]
        files.append((rel, text))
        manifest.append({"file": rel, "label": "pos", "provider": pid, "kind": kind, "filetype": tdef["ftype"], "template": tdef["name"]})
        secrets.append({"file": rel, "needle": S.secret, "line": line})
    # negatives: 250 template re-use, 250 look-alikes
    negs = []
    reuse = [t for t in TEMPLATES if not t["dotenv"]]
    order = []
    while len(order) < 250:
        b = list(reuse)
        r.shuffle(b)
        order += b
    for tdef in order[:250]:
        S, pid = make_slot(r, tdef, False)
        path, text = tdef["f"](r, S)
        negs.append((path, text, pid, "placeholder_" + S.mode, tdef["ftype"], tdef["name"]))
    order = []
    while len(order) < 250:
        b = list(LOOK)
        r.shuffle(b)
        order += b
    for ldef in order[:250]:
        path, text = ldef["f"](r)
        negs.append((path, text, ldef["prov"], "lookalike", ldef["ftype"], ldef["name"]))
    r.shuffle(negs)
    for i, (path, text, pid, kind, ft, name) in enumerate(negs):
        base = path.rsplit("/", 1)[-1]
        assert not (base == ".env" or base.startswith(".env.") and base not in (".env.example", ".env.sample")), path
        rel = "neg/n%04d/%s" % (i, path)
        files.append((rel, text))
        manifest.append({"file": rel, "label": "neg", "provider": pid, "kind": kind, "filetype": ft, "template": name})
    for rel, text in files:
        fp = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return manifest, secrets, files


def selftest(base):
    import hashlib
    import shutil

    def digest(d):
        h = hashlib.sha256()
        for root, _, fs in sorted(os.walk(d)):
            for f in sorted(fs):
                p = os.path.join(root, f)
                h.update(p[len(d):].encode())
                with open(p, "rb") as fh:
                    h.update(fh.read())
        return h.hexdigest()

    seeds = [101, 202] + list(range(1, 3001, 50))
    for sd in seeds:
        d = os.path.join(base, "s%d" % sd)
        shutil.rmtree(d, ignore_errors=True)
        man, sec, files = generate(d, sd)
        assert sum(1 for m in man if m["label"] == "pos") == 500
        assert sum(1 for m in man if m["label"] == "neg") == 500
        needles = [s["needle"] for s in sec]
        assert len(set(needles)) == 500
        ft = dict(files)
        for s in sec:
            assert s["needle"] in ft[s["file"]].split("\n")[s["line"] - 1]
        negtext = "\n".join(t for rel, t in files if rel.startswith("neg/"))
        for n in needles:
            assert n not in negtext, n
        if sd in (101, 202):
            d2 = d + "b"
            shutil.rmtree(d2, ignore_errors=True)
            generate(d2, sd)
            assert digest(d) == digest(d2), "non-deterministic"
            shutil.rmtree(d2)
        if sd not in (101, 202):
            shutil.rmtree(d)
    print("selftest ok: %d seeds, %d positive templates, %d look-alike templates" % (len(seeds), len(TEMPLATES), len(LOOK)))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--selftest":
        selftest(sys.argv[2])
        return
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        sys.exit(2)
    generate(sys.argv[1], int(sys.argv[2]))


if __name__ == "__main__":
    main()
