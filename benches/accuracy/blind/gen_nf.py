#!/usr/bin/env python3
"""Blind evaluation-set generator "nf": key pools and multi-account / multi-tenant credentials.

EMPHASIS
    Files that hold LISTS of credentials: comma / space / newline separated key pools for
    rotation and rate limits (OPENAI_API_KEYS=k1,k2, GEMINI_KEYS, one-api/new-api channel
    lists, LiteLLM model_list with several keys), proxy pools (user:pass@host), JSON/YAML
    account arrays, per-tenant credential maps, multi-bot configs (Telegram, Discord, Slack),
    SMTP relay pools, scraper account CSVs, multi-region AWS profiles, DB shards each with a
    password, key lists in code (Python, JS/TS, Go, Java, PHP, Ruby, Rust, Lua, SQL), round-robin
    key managers, Kubernetes Secrets with many keys, Terraform for_each maps, Helm values,
    docker-compose, systemd, supervisor, Spring, .NET appsettings, INI, TOML, properties.
    Providers: OpenAI, Anthropic, Google Gemini, Groq, DeepSeek, OpenRouter, Mistral, xAI,
    Together, Perplexity, Cohere, Replicate, Hugging Face, Azure OpenAI, Telegram, Discord,
    Slack, GitHub, GitLab, npm, Stripe, SendGrid, Mailgun, Brevo, Resend, Twilio, Mailchimp,
    DigitalOcean, Shopify, Notion, Linear, Airtable, AWS, generic passwords.

USAGE
    python3 -B gen_nf.py OUTDIR SEED
    -> OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
       OUTDIR/manifest.jsonl, OUTDIR/secrets.jsonl. Deterministic for a given SEED.

NEEDLE CONVENTIONS
    In a positive file EVERY entry of the list is a real, freshly generated secret of the
    same kind (1..20 entries, varied separators and positions); one of them is chosen as the
    needle and its 1-based line recorded.  Needle = the value without quotes, prefixes kept;
    for URLs with credentials (proxy / redis / mongodb / postgres) the password only; for
    passwords the password itself; for AWS the secret access key (key ids are companions).

NEGATIVES
    250 re-use the positive templates with every slot holding a non-secret: placeholders
    (also French/German/Spanish/Chinese/Russian), empty values, masked values (sk-...abcd,
    ****, [REDACTED]), env references / template expressions (${X}, os.environ/X,
    ${{ secrets.X }}, {{ .Values.x }}), secret-manager references (vault:, arn:aws:secretsmanager,
    GCP projects/../secrets, op://, Azure Key Vault), documented example values (AWS EXAMPLE
    keys, Telegram docs token, Stripe docs test key) and public values (org ids, publishable
    keys, client ids, bot usernames).  250 are domain look-alikes: key-id inventories,
    AWS account numbers, usernames, model names, regions, hostnames, SSH/GPG fingerprints,
    masked usage exports, sha256/bcrypt hashes of keys, public keys (ssh, age, WireGuard,
    JWKS, Discord interaction public keys), UUID tenant maps, image digests, commit SHAs,
    env-variable-name lists, ExternalSecret references, SealedSecret / SOPS ciphertext,
    checksum files, OAuth client ids, publishable keys.  No negative is a .env file.

FORMATS CHECKED
    Confirmed via search: GitHub ghp_/gho_/ghu_ = prefix + 30 base62 + 6-char base62 CRC32 of
    the 30-char payload, alphabet 0-9A-Za-z (GitHub blog "Behind GitHub's new authentication
    token formats", 2021, and a public gist describing it); LiteLLM config.yaml layout
    (model_list / litellm_params.api_key / os.environ/X references / router_settings routing
    strategies) from docs.litellm.ai.  The rest from memory of providers' docs and SDKs:
    github_pat_ 22 + '_' + 59; npm_ + 36 (same CRC32 scheme); GitLab glpat- + 20;
    OpenAI sk-proj-/sk-svcacct- (156 chars with T3BlbkFJ marker), legacy sk- 48;
    Anthropic sk-ant-api03- 93 + 'AA'; Google AIzaSy + 33; Groq gsk_ 52 (WGdyb3FY marker);
    OpenRouter sk-or-v1- 64 hex; DeepSeek sk- 32 hex; xAI xai- 80; Perplexity pplx- 48;
    Replicate r8_ 37; HF hf_ 34 letters; Telegram <bot id>:AA + 33; Slack xoxb-n-n-24;
    Discord base64(snowflake).6.27/38; Stripe sk_live_/rk_live_; SendGrid SG.22.43;
    Mailgun key- 32 hex; Brevo xkeysib-/xsmtpsib- 64 hex-16; Twilio AC sid + 32 hex token;
    Mailchimp 32 hex-usN; DigitalOcean dop_v1_ 64 hex; Shopify shpat_ 32 hex;
    Notion secret_ 43; Linear lin_api_ 40; Airtable pat14.64hex; AWS AKIA+16 [A-Z2-7] / 40.

DOUBTS
    Exact body lengths of Resend (re_8_24 guessed), Together (64 hex legacy), Mistral/Cohere
    (32/40 alnum), Azure OpenAI (32 hex), Discord third segment (27 or 38), whether GitHub's
    base62 alphabet order (one source mentions an "inverted" alphabet), Groq/Anthropic internal
    markers, new-api channel "type" numbers and multi-key JSON field names.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import zlib

ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
LOWER_ALNUM = string.ascii_lowercase + string.digits


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def b62(n, width):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(width, "0")


# --------------------------------------------------------------------------- secret makers
def g_github(r):
    p = r.choice(["ghp_"] * 8 + ["gho_", "ghu_"])
    body = rs(r, 30)
    return p + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def g_github_fg(r):
    return "github_pat_" + rs(r, 22) + "_" + rs(r, 59)


def g_npm(r):
    body = rs(r, 30)
    return "npm_" + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def g_openai(r):
    c = r.random()
    if c < 0.55:
        return "sk-proj-" + rs(r, 74, URLSAFE) + "T3BlbkFJ" + rs(r, 74, URLSAFE)
    if c < 0.7:
        return "sk-svcacct-" + rs(r, 74, URLSAFE) + "T3BlbkFJ" + rs(r, 74, URLSAFE)
    return "sk-" + rs(r, 20) + "T3BlbkFJ" + rs(r, 20)


def g_password(r, url=False):
    sym = "-_.~" if url else "!*+-=.@^_~"
    c = r.random()
    words = ["Falcon", "river", "Maple", "orbit", "Tundra", "cobalt", "Zephyr", "lantern",
             "Quartz", "nimbus", "Pepper", "Harbor", "vortex", "Juniper", "ember", "Saffron",
             "glacier", "Mosaic", "walnut", "Krypto", "Lumen", "Basalt", "tango", "Otter"]
    if c < 0.3:
        s = r.choice(words) + r.choice(sym) + str(r.randint(10, 9999)) + r.choice(words).lower() \
            + r.choice(sym) + rs(r, 2, string.ascii_uppercase + string.digits)
    elif c < 0.7:
        n = r.randint(14, 26)
        while True:
            s = rs(r, n - 2, ALNUM + sym[:3]) + r.choice(sym) + r.choice(string.digits)
            s = r.choice(string.ascii_letters) + s[1:]
            if any(ch.isupper() for ch in s) and any(ch.islower() for ch in s):
                break
    elif c < 0.85:
        s = "".join(r.choice(string.ascii_lowercase) if i % 3 else r.choice(string.ascii_uppercase)
                    for i in range(6)) + str(r.randint(100, 999)) + rs(r, 4) + r.choice(sym)
    else:
        s = rs(r, r.choice([16, 20, 24, 32]), ALNUM)
        s = s[:5] + r.choice(string.digits) + s[6:]
    return s


def g_urlpw(r):
    return g_password(r, url=True)


def g_discord(r):
    sid = str(r.randint(10 ** 17, 13 * 10 ** 17))
    a = base64.b64encode(sid.encode()).decode().rstrip("=")
    return a + "." + rs(r, 6, URLSAFE) + "." + rs(r, r.choice([27, 38]), URLSAFE)


def g_telegram(r):
    return str(r.randint(10 ** 8 * 5, 8 * 10 ** 9)) + ":AA" + rs(r, 33, URLSAFE)


def g_stripe(r):
    c = r.random()
    if c < 0.5:
        return "sk_live_51" + rs(r, 97)
    if c < 0.8:
        return "sk_live_" + rs(r, 24)
    return "rk_live_51" + rs(r, 97)


def g_mailgun(r):
    if r.random() < 0.5:
        return "key-" + rs(r, 32, HEX)
    return rs(r, 32, HEX) + "-" + rs(r, 8, HEX) + "-" + rs(r, 8, HEX)


class Kind:
    def __init__(self, kid, provider, kind, stem, gen, prefix="", public=None, example=None):
        self.id, self.provider, self.kind, self.stem, self.gen = kid, provider, kind, stem, gen
        self.prefix, self.public, self.example = prefix, public, example

    @property
    def low(self):
        return self.stem.lower()


def pub_org(r):
    return "org-" + rs(r, 24)


def pub_uuid(r):
    return "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12),
                                          0x8000 | r.getrandbits(14), r.getrandbits(48))


K = {}


def addk(*a, **kw):
    k = Kind(*a, **kw)
    K[k.id] = k


addk("openai", "openai", "api_key", "OPENAI", g_openai, "sk-proj-", pub_org)
addk("anthropic", "anthropic", "api_key", "ANTHROPIC",
     lambda r: "sk-ant-api03-" + rs(r, 93, URLSAFE) + "AA", "sk-ant-api03-")
addk("gemini", "google", "gemini_api_key", "GEMINI", lambda r: "AIzaSy" + rs(r, 33, URLSAFE), "AIzaSy")
addk("groq", "groq", "api_key", "GROQ", lambda r: "gsk_" + rs(r, 20) + "WGdyb3FY" + rs(r, 24), "gsk_")
addk("deepseek", "deepseek", "api_key", "DEEPSEEK", lambda r: "sk-" + rs(r, 32, HEX), "sk-")
addk("openrouter", "openrouter", "api_key", "OPENROUTER", lambda r: "sk-or-v1-" + rs(r, 64, HEX), "sk-or-v1-")
addk("mistral", "mistral", "api_key", "MISTRAL", lambda r: rs(r, 32))
addk("xai", "xai", "api_key", "XAI", lambda r: "xai-" + rs(r, 80), "xai-")
addk("together", "together", "api_key", "TOGETHER", lambda r: rs(r, 64, HEX))
addk("perplexity", "perplexity", "api_key", "PPLX", lambda r: "pplx-" + rs(r, 48), "pplx-")
addk("cohere", "cohere", "api_key", "COHERE", lambda r: rs(r, 40))
addk("replicate", "replicate", "api_token", "REPLICATE", lambda r: "r8_" + rs(r, 37), "r8_")
addk("hf", "huggingface", "user_access_token", "HF", lambda r: "hf_" + rs(r, 34, string.ascii_letters), "hf_")
addk("azure_openai", "azure", "openai_api_key", "AZURE_OPENAI", lambda r: rs(r, 32, HEX))
addk("telegram", "telegram", "bot_token", "TELEGRAM", g_telegram, "",
     lambda r: "@" + r.choice(["acme", "shop", "notify", "alerts", "helpdesk"]) + "_" + rs(r, 4, string.ascii_lowercase) + "_bot",
     "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11")
addk("discord", "discord", "bot_token", "DISCORD", g_discord, "",
     lambda r: str(r.randint(10 ** 17, 13 * 10 ** 17)))
addk("slack", "slack", "bot_token", "SLACK",
     lambda r: "xoxb-" + str(r.randint(10 ** 10, 10 ** 12)) + "-" + str(r.randint(10 ** 12, 10 ** 13)) + "-" + rs(r, 24), "xoxb-",
     lambda r: "T0" + rs(r, 8, string.ascii_uppercase + string.digits))
addk("github", "github", "personal_access_token", "GITHUB", g_github, "ghp_", lambda r: r.choice(["octo", "dev", "ci", "bot"]) + "-" + rs(r, 5, string.ascii_lowercase))
addk("github_fg", "github", "fine_grained_pat", "GH", g_github_fg, "github_pat_")
addk("gitlab", "gitlab", "personal_access_token", "GITLAB", lambda r: "glpat-" + rs(r, 20, URLSAFE), "glpat-")
addk("npm", "npm", "access_token", "NPM", g_npm, "npm_")
addk("stripe", "stripe", "secret_key", "STRIPE", g_stripe, "sk_live_",
     lambda r: "pk_live_51" + rs(r, 97), "sk_test_4eC39HqLyjWDarjtT1zdp7dc")
addk("sendgrid", "sendgrid", "api_key", "SENDGRID",
     lambda r: "SG." + rs(r, 22, URLSAFE) + "." + rs(r, 43, URLSAFE), "SG.")
addk("mailgun", "mailgun", "api_key", "MAILGUN", g_mailgun, "key-")
addk("brevo", "brevo", "api_key", "BREVO", lambda r: "xkeysib-" + rs(r, 64, HEX) + "-" + rs(r, 16), "xkeysib-")
addk("brevo_smtp", "brevo", "smtp_key", "BREVO_SMTP", lambda r: "xsmtpsib-" + rs(r, 64, HEX) + "-" + rs(r, 16), "xsmtpsib-")
addk("resend", "resend", "api_key", "RESEND", lambda r: "re_" + rs(r, 8) + "_" + rs(r, 24), "re_")
addk("twilio", "twilio", "auth_token", "TWILIO", lambda r: rs(r, 32, HEX), "",
     lambda r: "AC" + rs(r, 32, HEX))
addk("mailchimp", "mailchimp", "api_key", "MAILCHIMP", lambda r: rs(r, 32, HEX) + "-us" + str(r.randint(1, 21)))
addk("digitalocean", "digitalocean", "personal_access_token", "DO", lambda r: "dop_v1_" + rs(r, 64, HEX), "dop_v1_")
addk("shopify", "shopify", "admin_api_token", "SHOPIFY", lambda r: "shpat_" + rs(r, 32, HEX), "shpat_")
addk("notion", "notion", "integration_token", "NOTION", lambda r: "secret_" + rs(r, 43), "secret_")
addk("linear", "linear", "api_key", "LINEAR", lambda r: "lin_api_" + rs(r, 40), "lin_api_")
addk("airtable", "airtable", "personal_access_token", "AIRTABLE", lambda r: "pat" + rs(r, 14) + "." + rs(r, 64, HEX), "pat")
addk("password", "generic", "password", "DB", g_password, "", None, None)
addk("urlpw", "generic", "password", "PROXY", g_urlpw, "", None, None)
addk("aws", "aws", "secret_access_key", "AWS", lambda r: rs(r, 40, ALNUM + "/+"), "",
     None, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

LLM = ["openai", "openai", "openai", "anthropic", "gemini", "gemini", "groq", "deepseek", "openrouter",
       "mistral", "xai", "together", "perplexity", "cohere", "replicate", "hf", "azure_openai"]
API = LLM + ["github", "github_fg", "gitlab", "npm", "stripe", "sendgrid", "mailgun", "brevo", "resend",
             "twilio", "mailchimp", "digitalocean", "shopify", "notion", "linear", "airtable", "slack"]
BOTS = ["telegram", "telegram", "discord", "slack"]
SMTP = ["password", "password", "password", "sendgrid", "brevo_smtp"]

TENANTS = ["acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "contoso", "fabrikam",
           "northwind", "tailspin", "wingtip", "soylent", "cyberdyne", "piedpiper", "vandelay",
           "massive", "oscorp", "tyrell", "wonka", "duff", "kaiju", "nakatomi", "monarch"]
REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-1",
           "ap-northeast-1", "sa-east-1", "ca-central-1", "eu-north-1", "ap-south-1", "af-south-1"]
USERS = ["maria.k", "jdoe", "svc_scraper", "li.wei", "anna_m", "p.novak", "kenji88", "oliver.t",
         "sofia.r", "ahmed_k", "lucas.b", "emma.w", "noah_p", "yuki.s", "ivan.petrov", "chloe.d",
         "mateo_g", "fatima.z", "lena.h", "raj.patel", "tomas.v", "ines.c", "omar.f", "zoe_l"]
PROXY_HOSTS = ["proxy.packetstream.io", "gate.smartproxy.com", "pr.oxylabs.io", "brd.superproxy.io",
               "p.webshare.io", "residential.geonode.com", "45.137.64.12", "185.199.229.156",
               "92.204.177.41", "dc.decodo.com", "us.proxymesh.com", "194.5.25.34"]
SMTP_HOSTS = [("smtp.sendgrid.net", 587), ("smtp.mailgun.org", 587), ("smtp-relay.brevo.com", 587),
              ("email-smtp.eu-west-1.amazonaws.com", 587), ("smtp.office365.com", 587),
              ("smtp.gmail.com", 465), ("mail.privateemail.com", 465), ("smtp.zoho.eu", 587)]
MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "o3-mini", "claude-3-5-sonnet-20241022", "claude-3-haiku",
          "gemini-1.5-pro", "gemini-2.0-flash", "llama-3.1-70b-versatile", "mixtral-8x7b-32768",
          "deepseek-chat", "mistral-large-latest", "grok-2", "command-r-plus"]
PROVIDER_MODEL = {"openai": "gpt-4o", "anthropic": "claude-3-5-sonnet-20241022", "gemini": "gemini-1.5-pro",
                  "groq": "llama-3.1-70b-versatile", "deepseek": "deepseek-chat",
                  "openrouter": "meta-llama/llama-3.1-405b-instruct", "mistral": "mistral-large-latest",
                  "xai": "grok-2", "together": "meta-llama/Llama-3-70b-chat-hf", "perplexity": "sonar-pro",
                  "cohere": "command-r-plus", "replicate": "meta/llama-2-70b-chat", "hf": "HuggingFaceH4/zephyr-7b-beta",
                  "azure_openai": "gpt-4o"}
LITELLM_PREFIX = {"openai": "openai/", "anthropic": "anthropic/", "gemini": "gemini/", "groq": "groq/",
                  "deepseek": "deepseek/", "openrouter": "openrouter/", "mistral": "mistral/", "xai": "xai/",
                  "together": "together_ai/", "perplexity": "perplexity/", "cohere": "cohere/",
                  "replicate": "replicate/", "hf": "huggingface/", "azure_openai": "azure/"}


def tnames(r, n):
    pool = TENANTS[:]
    r.shuffle(pool)
    out = pool[:n]
    i = 0
    while len(out) < n:
        out.append(pool[i % len(pool)] + str(i // len(pool) + 2))
        i += 1
    return out


def unames(r, n):
    pool = USERS[:]
    r.shuffle(pool)
    return [(pool[i % len(pool)] + ("" if i < len(pool) else str(i))) for i in range(n)]


def ip(r):
    return "%d.%d.%d.%d" % (r.randint(23, 212), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


# --------------------------------------------------------------------------- templates
# every template: f(r, k, vals, neg) -> (relpath, text)
TEMPLATES = []


def tpl(name, group, ft, w=1.0, dotenv=False):
    def deco(f):
        TEMPLATES.append(dict(name=name, f=f, group=group, ft=ft, w=w, dotenv=dotenv))
        return f
    return deco


def pyq(v):
    return json.dumps(v)


def yq(v):
    """plain YAML scalar when safe, single-quoted otherwise"""
    if v and v[0] not in "*&!%@`'\"[]{}|>#,?-:" and ": " not in v and " #" not in v:
        return v
    return "'" + v.replace("'", "''") + "'"


@tpl("dotenv_comma", "llm", "env", 0.6, dotenv=True)
def t_dotenv(r, k, vals, neg):
    path = r.choice([".env.example", ".env.sample"]) if neg else r.choice([".env", ".env.local", ".env.production"])
    sep = r.choice([",", ",", ";", " "])
    lines = ["# " + r.choice(["key rotation pool - round robin across keys", "multiple keys to get around rate limits",
                               "Pool de clés (rotation)", "API keys, comma separated"]),
             "%s_API_KEYS=%s" % (k.stem, ('"%s"' % sep.join(vals)) if sep == " " else sep.join(vals)),
             "%s_KEY_STRATEGY=%s" % (k.stem, r.choice(["round_robin", "random", "least_used"])),
             "PORT=%d" % r.choice([3000, 8000, 8080]), "LOG_LEVEL=info"]
    if r.random() < 0.5:
        lines = ["NODE_ENV=production", "REDIS_URL=redis://localhost:6379/0", ""] + lines
    return path, "\n".join(lines) + "\n"


@tpl("shell_export_space", "api", "sh")
def t_shell(r, k, vals, neg):
    v = " ".join(vals)
    txt = """#!/usr/bin/env bash
# start one worker per key so each stays under its rate limit
set -euo pipefail

export %s_KEYS="%s"

i=0
for key in $%s_KEYS; do
  %s_API_KEY="$key" nohup python worker.py --id "$i" > "logs/worker-$i.log" 2>&1 &
  i=$((i+1))
done
echo "started $i workers"
""" % (k.stem, v, k.stem, k.stem)
    return r.choice(["scripts/start_workers.sh", "bin/run_pool.sh", "deploy/launch.sh"]), txt


@tpl("py_list_random_choice", "api", "py", 1.5)
def t_pylist(r, k, vals, neg):
    name = r.choice(["API_KEYS", "%s_KEYS" % k.stem, "%s_API_KEYS" % k.stem, "keys", "KEY_POOL"])
    body = "\n".join("    %s,%s" % (pyq(v), r.choice(["", "", "  # %s" % t]))
                     for v, t in zip(vals, tnames(r, len(vals))))
    txt = '''import random

# several keys because the free tier is limited per key
%s = [
%s
]


def get_key():
    return random.choice(%s)
''' % (name, body, name)
    if r.random() < 0.4:
        txt = '"""Key helper for the %s client."""\n' % k.provider + txt
    return r.choice(["config/keys.py", "app/settings/api_keys.py", "utils/keys.py", "src/%s_keys.py" % k.low]), txt


@tpl("py_cycle_rotator", "llm", "py", 1.2)
def t_pycycle(r, k, vals, neg):
    sep = r.choice([",", "\\n"])
    joined = sep.join(vals) if sep == "," else "\n".join(vals)
    if sep == ",":
        block = '_RAW = "%s"\n_KEYS = [k.strip() for k in _RAW.split(",") if k.strip()]\n' % joined
    else:
        block = '_RAW = """\n%s\n"""\n_KEYS = _RAW.split()\n' % joined
    txt = '''import itertools
import threading

%s
_lock = threading.Lock()
_cycle = itertools.cycle(_KEYS)


class KeyRotator:
    """Round-robin over %s keys (429 -> next key)."""

    def next(self):
        with _lock:
            return next(_cycle)
''' % (block, k.provider)
    return r.choice(["app/key_rotator.py", "core/rotation.py", "llm/pool.py"]), txt


@tpl("py_tenant_dict", "api", "py")
def t_pytenant(r, k, vals, neg):
    ts = tnames(r, len(vals))
    body = "\n".join("    %s: {\"api_key\": %s, \"plan\": %s}," % (pyq(t), pyq(v), pyq(r.choice(["free", "pro", "enterprise"])))
                     for t, v in zip(ts, vals))
    txt = "# per-tenant credentials (TODO move to vault)\nTENANTS = {\n%s\n}\n\n\ndef key_for(tenant):\n    return TENANTS[tenant][\"api_key\"]\n" % body
    return r.choice(["tenants/config.py", "app/tenancy.py", "multitenant/credentials.py"]), txt


@tpl("js_array", "api", "js", 1.3)
def t_jsarr(r, k, vals, neg):
    q = r.choice(["'", '"', "`"])
    inline = r.random() < 0.3
    if inline:
        arr = "[" + ", ".join(q + v + q for v in vals) + "]"
    else:
        arr = "[\n" + "\n".join("  %s%s%s," % (q, v, q) for v in vals) + "\n]"
    name = r.choice(["API_KEYS", "keys", "%sKeys" % k.low.split("_")[0], "KEY_POOL"])
    txt = """// rotate between keys to avoid 429s
const %s = %s;

let idx = 0;
function nextKey() {
  const key = %s[idx %% %s.length];
  idx++;
  return key;
}

module.exports = { nextKey };
""" % (name, arr, name, name)
    return r.choice(["src/config/keys.js", "lib/keyPool.js", "server/keys.js"]), txt


@tpl("ts_rotator_class", "llm", "ts")
def t_ts(r, k, vals, neg):
    arr = "\n".join("    '%s'," % v for v in vals)
    txt = """export class KeyRotator {
  private keys: string[] = [
%s
  ];
  private i = 0;

  next(): string {
    const k = this.keys[this.i];
    this.i = (this.i + 1) %% this.keys.length;
    return k;
  }
}

export const %sRotator = new KeyRotator();
""" % (arr, k.low.split("_")[0])
    return r.choice(["src/lib/keyRotator.ts", "src/services/apiKeys.ts", "packages/core/src/keys.ts"]), txt


@tpl("litellm_model_list", "llm", "yaml", 1.5)
def t_litellm(r, k, vals, neg):
    model = PROVIDER_MODEL.get(k.id, "gpt-4o")
    pre = LITELLM_PREFIX.get(k.id, "openai/")
    alias = r.choice(["default", "main", model.split("/")[-1]])
    items = []
    for i, v in enumerate(vals):
        it = "  - model_name: %s\n    litellm_params:\n      model: %s%s\n      api_key: %s\n" % (alias, pre, model, yq(v))
        if k.id == "azure_openai":
            it += "      api_base: https://%s-%d.openai.azure.com/\n      api_version: \"2024-06-01\"\n" % (r.choice(TENANTS), i)
        it += "      rpm: %d\n" % r.choice([60, 500, 3500, 10000])
        items.append(it)
    txt = "model_list:\n" + "".join(items) + "\nrouter_settings:\n  routing_strategy: %s\n  num_retries: 3\n" % r.choice(
        ["simple-shuffle", "least-busy", "usage-based-routing"])
    return r.choice(["litellm/config.yaml", "proxy_config.yaml", "deploy/litellm-config.yaml"]), txt


@tpl("newapi_channels_json", "llm", "json", 1.2)
def t_newapi(r, k, vals, neg):
    ch_type = {"openai": 1, "anthropic": 14, "gemini": 24, "deepseek": 43, "groq": 29, "mistral": 42,
               "azure_openai": 3, "openrouter": 20, "xai": 48, "cohere": 34, "together": 1}.get(k.id, 1)
    chans = []
    if r.random() < 0.5:
        chans.append({"name": "%s-pool" % k.low, "type": ch_type, "key": "\n".join(vals), "status": 1,
                      "models": PROVIDER_MODEL.get(k.id, "gpt-4o"), "group": "default",
                      "channel_info": {"is_multi_key": True, "multi_key_mode": r.choice(["random", "polling"])}})
        txt = json.dumps(chans, indent=2, ensure_ascii=False)
        return "one-api/channels.json", txt + "\n"
    for i, v in enumerate(vals):
        chans.append({"id": i + 1, "name": "%s-%d" % (k.low, i + 1), "type": ch_type, "key": v,
                      "base_url": "", "models": PROVIDER_MODEL.get(k.id, "gpt-4o"), "weight": 1, "priority": 0})
    return r.choice(["new-api/channels.json", "data/channels.json"]), json.dumps({"channels": chans}, indent=2) + "\n"


@tpl("yaml_accounts", "api", "yaml", 1.3)
def t_yaml_acc(r, k, vals, neg):
    us = unames(r, len(vals))
    out = [r.choice(["# accounts used by the sync job", "# Konten für den Sync-Job", "# 账号列表（轮询使用）",
                     "# cuentas para rotación", "# comptes utilisés par le job"]), "accounts:"]
    field = r.choice(["token", "api_key", "apiKey", "key"])
    for u, v in zip(us, vals):
        out.append("  - name: %s" % u)
        out.append("    %s: \"%s\"" % (field, v))
        if r.random() < 0.5:
            out.append("    enabled: %s" % r.choice(["true", "true", "false"]))
    out.append("concurrency: %d" % r.randint(2, 16))
    return r.choice(["config/accounts.yml", "accounts.yaml", "sync/accounts.yaml"]), "\n".join(out) + "\n"


@tpl("yaml_tenants_map", "api", "yaml", 1.2)
def t_yaml_ten(r, k, vals, neg):
    ts = tnames(r, len(vals))
    out = ["tenants:"]
    flow = r.random() < 0.35
    for t, v in zip(ts, vals):
        if flow:
            out.append("  %s: {api_key: \"%s\", region: %s}" % (t, v, r.choice(REGIONS)))
        else:
            out += ["  %s:" % t, "    display_name: %s" % t.capitalize(), "    %s_api_key: '%s'" % (k.low, v),
                    "    quota: %d" % r.choice([1000, 5000, 100000])]
    return r.choice(["config/tenants.yaml", "tenants.yml", "deploy/tenants.yaml"]), "\n".join(out) + "\n"


@tpl("json_accounts", "api", "json", 1.2)
def t_json_acc(r, k, vals, neg):
    us = unames(r, len(vals))
    field = r.choice(["token", "apiKey", "api_key", "secret"])
    arr = [{"id": i + 1, "label": u, field: v, "daily_limit": r.choice([100, 500, 1000])} for i, (u, v) in enumerate(zip(us, vals))]
    doc = {"accounts": arr} if r.random() < 0.6 else arr
    return r.choice(["accounts.json", "config/accounts.json", "data/keys.json"]), json.dumps(doc, indent=r.choice([2, 4])) + "\n"


@tpl("telegram_bots_yaml", "tg", "yaml", 1.2)
def t_tg_yaml(r, k, vals, neg):
    ts = tnames(r, len(vals))
    out = ["# one bot per shop / language", "bots:"]
    for t, v in zip(ts, vals):
        out += ["  - name: %s_bot" % t, "    token: \"%s\"" % v, "    admin_chat_id: %d" % -r.randint(10 ** 12, 2 * 10 ** 12),
                "    lang: %s" % r.choice(["ru", "en", "uk", "de", "es"])]
    return r.choice(["bots.yaml", "config/bots.yml"]), "\n".join(out) + "\n"


@tpl("telegram_bots_py", "tg", "py")
def t_tg_py(r, k, vals, neg):
    names = ["support", "orders", "alerts", "news", "admin", "payments", "feedback", "shop", "notify", "ops",
             "test", "ru", "en", "kz", "ua", "promo", "stats", "hr", "dev", "backup"]
    r.shuffle(names)
    body = "\n".join("    %s: %s," % (pyq(n), pyq(v)) for n, v in zip(names, vals))
    txt = "# Токены ботов\nBOT_TOKENS = {\n%s\n}\n\nADMINS = [%d, %d]\n" % (body, r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9))
    return r.choice(["config.py", "bot/config.py", "settings.py"]), txt


@tpl("discord_multibot_json", "discord", "json")
def t_discord(r, k, vals, neg):
    bots = [{"name": "%s-%d" % (r.choice(["music", "mod", "ticket", "shard"]), i), "token": v,
             "prefix": r.choice(["!", "?", "$"]), "guildId": str(r.randint(10 ** 17, 13 * 10 ** 17))} for i, v in enumerate(vals)]
    return r.choice(["config.json", "bots/config.json"]), json.dumps({"bots": bots, "ownerId": str(r.randint(10 ** 17, 13 * 10 ** 17))}, indent=2) + "\n"


@tpl("discord_tokens_js", "discord", "js")
def t_discord_js(r, k, vals, neg):
    arr = "\n".join('  "%s",' % v for v in vals)
    txt = """const { Client, GatewayIntentBits } = require('discord.js');

// selfbots / farm accounts
const tokens = [
%s
];

for (const token of tokens) {
  const client = new Client({ intents: [GatewayIntentBits.Guilds] });
  client.once('ready', () => console.log(`logged in as ${client.user.tag}`));
  client.login(token);
}
""" % arr
    return r.choice(["index.js", "src/multi.js"]), txt


@tpl("slack_workspaces_json", "slack", "json")
def t_slack(r, k, vals, neg):
    ws = [{"team_id": "T0" + rs(r, 8, string.ascii_uppercase + string.digits), "team_name": t, "bot_token": v,
           "channel": "#" + r.choice(["alerts", "deploys", "general", "ops"])} for t, v in zip(tnames(r, len(vals)), vals)]
    return r.choice(["slack/workspaces.json", "config/slack.json"]), json.dumps({"workspaces": ws}, indent=2) + "\n"


@tpl("smtp_pool_yaml", "smtp", "yaml", 1.2)
def t_smtp_yaml(r, k, vals, neg):
    out = ["# outbound relays, rotated to spread volume", "smtp_pool:"]
    for v in vals:
        if k.id == "sendgrid":
            h, p, u = "smtp.sendgrid.net", 587, "apikey"
        elif k.id == "mailgun":
            h, p, u = "smtp.mailgun.org", 587, "postmaster@mg.%s.com" % r.choice(TENANTS)
        elif k.id == "brevo_smtp":
            h, p, u = "smtp-relay.brevo.com", 587, "%s@%s.io" % (r.choice(USERS), r.choice(TENANTS))
        else:
            h, p = r.choice(SMTP_HOSTS)
            u = "%s@%s.com" % (r.choice(["noreply", "mailer", "news", "billing"]), r.choice(TENANTS))
        out += ["  - host: %s" % h, "    port: %d" % p, "    username: %s" % u, "    password: \"%s\"" % v,
                "    max_per_hour: %d" % r.choice([100, 500, 2000])]
    return r.choice(["config/smtp.yaml", "mailer/relays.yml"]), "\n".join(out) + "\n"


@tpl("smtp_accounts_py", "smtp", "py")
def t_smtp_py(r, k, vals, neg):
    rows = []
    for v in vals:
        h, p = r.choice(SMTP_HOSTS)
        rows.append("    (%s, %d, %s, %s)," % (pyq(h), p, pyq("%s@%s.com" % (r.choice(USERS), r.choice(TENANTS))), pyq(v)))
    txt = """import itertools
import smtplib

SMTP_ACCOUNTS = [
%s
]
_pool = itertools.cycle(SMTP_ACCOUNTS)


def send(msg):
    host, port, user, pw = next(_pool)
    with smtplib.SMTP(host, port) as s:
        s.starttls()
        s.login(user, pw)
        s.send_message(msg)
""" % "\n".join(rows)
    return r.choice(["mailer/pool.py", "newsletter/smtp_pool.py"]), txt


@tpl("proxies_txt", "urlpw", "txt", 1.2)
def t_proxies(r, k, vals, neg):
    style = r.choice(["url", "hostfirst", "userfirst"])
    out = []
    for v in vals:
        h = r.choice(PROXY_HOSTS)
        port = r.choice([8000, 10000, 22225, 7777, 12321, 3128, 8080])
        u = r.choice(["user-", "customer-", "sp", "brd-customer-hl_"]) + rs(r, 8, LOWER_ALNUM)
        if style == "url":
            out.append("http://%s:%s@%s:%d" % (u, v, h, port))
        elif style == "hostfirst":
            out.append("%s:%d:%s:%s" % (h, port, u, v))
        else:
            out.append("%s:%s@%s:%d" % (u, v, h, port))
    return r.choice(["proxies.txt", "data/proxies.txt", "scraper/proxy_list.txt"]), "\n".join(out) + "\n"


@tpl("proxy_pool_py", "urlpw", "py")
def t_proxy_py(r, k, vals, neg):
    rows = []
    for v in vals:
        rows.append('    "http://%s:%s@%s:%d",' % (r.choice(USERS).replace(".", ""), v, ip(r), r.choice([3128, 8080, 8888, 9000])))
    txt = """import random
import requests

PROXIES = [
%s
]


def fetch(url):
    p = random.choice(PROXIES)
    return requests.get(url, proxies={"http": p, "https": p}, timeout=20)
""" % "\n".join(rows)
    return r.choice(["scraper/proxies.py", "crawler/middleware_proxies.py"]), txt


@tpl("scrapy_settings_proxies", "urlpw", "py", 0.8)
def t_scrapy(r, k, vals, neg):
    rows = "\n".join("    'http://%s:%s@%s:%d'," % ("u" + rs(r, 6, string.digits), v, r.choice(PROXY_HOSTS), 8000) for v in vals)
    txt = """BOT_NAME = "pricewatch"
ROBOTSTXT_OBEY = False
DOWNLOAD_DELAY = 0.5

ROTATING_PROXY_LIST = [
%s
]

DOWNLOADER_MIDDLEWARES = {
    "rotating_proxies.middlewares.RotatingProxyMiddleware": 610,
    "rotating_proxies.middlewares.BanDetectionMiddleware": 620,
}
""" % rows
    return "pricewatch/settings.py", txt


@tpl("accounts_csv", "pw", "csv", 1.2)
def t_csv(r, k, vals, neg):
    us = unames(r, len(vals))
    hdr = r.choice(["username,password,email,proxy", "login;password;note", "email,password,2fa_enabled"])
    sep = ";" if ";" in hdr else ","
    out = [hdr]
    for u, v in zip(us, vals):
        if hdr.startswith("username"):
            out.append(sep.join([u, v, "%s@%s" % (u, r.choice(["gmail.com", "outlook.com", "proton.me"])), r.choice(["", ip(r) + ":8080"])]))
        elif hdr.startswith("login"):
            out.append(sep.join([u, v, r.choice(["main", "backup", "warm-up", "banned?"])]))
        else:
            out.append(sep.join(["%s@%s" % (u, r.choice(["gmail.com", "yahoo.com"])), v, r.choice(["true", "false"])]))
    return r.choice(["accounts.csv", "data/accounts.csv", "scraper/accounts.csv"]), "\n".join(out) + "\n"


@tpl("scraper_accounts_json", "pw", "json")
def t_scr_json(r, k, vals, neg):
    us = unames(r, len(vals))
    arr = [{"username": u, "password": v, "platform": r.choice(["instagram", "twitter", "linkedin", "reddit"]),
            "cookies_file": "sessions/%s.json" % u} for u, v in zip(us, vals)]
    return r.choice(["accounts.json", "scraper/accounts.json"]), json.dumps(arr, indent=2) + "\n"


@tpl("aws_credentials_profiles", "aws", "ini", 1.2)
def t_aws(r, k, vals, neg):
    out = []
    for i, v in enumerate(vals):
        prof = "default" if i == 0 and r.random() < 0.5 else "%s-%s" % (r.choice(["prod", "staging", "dev", "audit"]), REGIONS[i % len(REGIONS)])
        kid = "AKIAIOSFODNN7EXAMPLE" if neg else "AKIA" + rs(r, 16, string.ascii_uppercase + "234567")
        out += ["[%s]" % prof, "aws_access_key_id = %s" % kid, "aws_secret_access_key = %s" % v,
                "region = %s" % REGIONS[i % len(REGIONS)], ""]
    return r.choice(["deploy/aws/credentials", "infra/.aws/credentials", "ci/aws-credentials.ini"]), "\n".join(out)


@tpl("aws_multiregion_yaml", "aws", "yaml")
def t_aws_yaml(r, k, vals, neg):
    out = ["regions:"]
    for i, v in enumerate(vals):
        kid = "AKIAIOSFODNN7EXAMPLE" if neg else "AKIA" + rs(r, 16, string.ascii_uppercase + "234567")
        out += ["  %s:" % REGIONS[i % len(REGIONS)] + ("" if i < len(REGIONS) else "-%d" % i),
                "    bucket: %s-assets-%s" % (r.choice(TENANTS), REGIONS[i % len(REGIONS)]),
                "    access_key_id: %s" % kid, "    secret_access_key: %s" % yq(v)]
    return r.choice(["config/storage.yml", "uploader/regions.yaml"]), "\n".join(out) + "\n"


@tpl("tf_for_each_map", "pw", "tf", 1.2)
def t_tf(r, k, vals, neg):
    ts = tnames(r, len(vals))
    body = "\n".join('    %s = "%s"' % (t, v) for t, v in zip(ts, vals))
    txt = """locals {
  db_users = {
%s
  }
}

resource "postgresql_role" "tenant" {
  for_each = local.db_users
  name     = "app_${each.key}"
  login    = true
  password = each.value
}
""" % body
    return r.choice(["infra/db_roles.tf", "terraform/tenants.tf"]), txt


@tpl("tfvars_map", "api", "tfvars")
def t_tfvars(r, k, vals, neg):
    ts = tnames(r, len(vals))
    body = "\n".join('  %s = "%s"' % (t, v) for t, v in zip(ts, vals))
    txt = "environment = \"prod\"\n\n%s_api_keys = {\n%s\n}\n" % (k.low, body)
    return r.choice(["terraform/prod.tfvars", "envs/prod/terraform.tfvars"]), txt


@tpl("tf_secretsmanager_for_each", "api", "tf")
def t_tf_sm(r, k, vals, neg):
    body = "\n".join('    "%s-%d" = "%s"' % (k.low, i + 1, v) for i, v in enumerate(vals))
    txt = """variable "keys" {
  type = map(string)
  default = {
%s
  }
}

resource "aws_secretsmanager_secret" "k" {
  for_each = var.keys
  name     = "llm/${each.key}"
}

resource "aws_secretsmanager_secret_version" "k" {
  for_each      = var.keys
  secret_id     = aws_secretsmanager_secret.k[each.key].id
  secret_string = each.value
}
""" % body
    return r.choice(["modules/keys/main.tf", "infra/secrets.tf"]), txt


@tpl("k8s_secret_stringdata", "api", "yaml", 1.3)
def t_k8s(r, k, vals, neg):
    body = "\n".join("  %s_API_KEY_%d: \"%s\"" % (k.stem, i + 1, v) for i, v in enumerate(vals))
    txt = """apiVersion: v1
kind: Secret
metadata:
  name: %s-keys
  namespace: %s
type: Opaque
stringData:
%s
""" % (k.low.replace("_", "-"), r.choice(["prod", "ai", "default", "workers"]), body)
    return r.choice(["k8s/secret-keys.yaml", "manifests/secrets.yaml", "deploy/k8s/%s-secret.yaml" % k.low]), txt


@tpl("k8s_secret_dbshards", "pw", "yaml")
def t_k8s_db(r, k, vals, neg):
    body = "\n".join("  SHARD_%02d_PASSWORD: \"%s\"" % (i, v) for i, v in enumerate(vals))
    txt = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-shards\ntype: Opaque\nstringData:\n%s\n" % body
    return "k8s/db-shards-secret.yaml", txt


@tpl("helm_values_keypool", "llm", "yaml")
def t_helm(r, k, vals, neg):
    body = "\n".join("    - \"%s\"" % v for v in vals)
    txt = """replicaCount: %d
image:
  repository: ghcr.io/%s/gateway
  tag: "1.%d.0"

keyPool:
  provider: %s
  strategy: round-robin
  keys:
%s

resources:
  limits:
    memory: 512Mi
""" % (r.randint(1, 4), r.choice(TENANTS), r.randint(0, 20), k.provider, body)
    return r.choice(["charts/gateway/values.yaml", "helm/values-prod.yaml"]), txt


@tpl("docker_compose_workers", "api", "yaml", 1.2)
def t_compose(r, k, vals, neg):
    svcs = []
    img = "%s/%s" % (r.choice(TENANTS), r.choice(["worker", "scraper", "llm-worker", "sync"]))
    for i, v in enumerate(vals):
        svcs.append("""  worker-%d:
    image: %s:latest
    environment:
      - %s_API_KEY=%s
      - WORKER_ID=%d
    restart: unless-stopped""" % (i + 1, img, k.stem, v, i + 1))
    txt = "version: \"3.8\"\nservices:\n" + "\n".join(svcs) + "\n"
    return r.choice(["docker-compose.yml", "docker-compose.workers.yml"]), txt


@tpl("db_shards_yaml", "pw", "yaml", 1.2)
def t_shards(r, k, vals, neg):
    out = ["database:", "  shards:"]
    for i, v in enumerate(vals):
        out += ["    - id: %d" % i, "      host: pg-shard-%02d.internal.%s.net" % (i, r.choice(TENANTS)), "      port: 5432",
                "      user: app", "      password: '%s'" % v, "      dbname: orders_%d" % i]
    return r.choice(["config/database.yml", "shards.yaml"]), "\n".join(out) + "\n"


@tpl("django_multi_db", "pw", "py")
def t_django(r, k, vals, neg):
    parts = []
    for i, v in enumerate(vals):
        nm = "default" if i == 0 else "shard_%d" % i
        parts.append("""    "%s": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "app_%d",
        "USER": "app",
        "PASSWORD": "%s",
        "HOST": "db%d.%s.local",
        "PORT": "5432",
    },""" % (nm, i, v, i, r.choice(TENANTS)))
    txt = "DATABASES = {\n%s\n}\nDATABASE_ROUTERS = [\"core.routers.ShardRouter\"]\n" % "\n".join(parts)
    return r.choice(["project/settings/production.py", "mysite/settings.py"]), txt


@tpl("spring_properties_shards", "pw", "properties")
def t_spring_props(r, k, vals, neg):
    out = ["spring.application.name=billing"]
    for i, v in enumerate(vals):
        out += ["shard%d.datasource.url=jdbc:mysql://mysql-%d.%s.svc:3306/billing" % (i, i, r.choice(TENANTS)),
                "shard%d.datasource.username=billing" % i, "shard%d.datasource.password=%s" % (i, v)]
    return "src/main/resources/application-prod.properties", "\n".join(out) + "\n"


@tpl("spring_yaml_datasources", "pw", "yaml")
def t_spring_yaml(r, k, vals, neg):
    out = ["app:", "  datasources:"]
    for i, v in enumerate(vals):
        out += ["    %s:" % r.choice(["eu", "us", "apac", "sa"]) + str(i), "      jdbc-url: jdbc:postgresql://pg%d:5432/core" % i,
                "      username: core_rw", "      password: \"%s\"" % v]
    return "src/main/resources/application.yml", "\n".join(out) + "\n"


@tpl("ini_sections", "api", "ini", 1.2)
def t_ini(r, k, vals, neg):
    out = []
    for i, v in enumerate(vals):
        out += ["[account_%d]" % (i + 1), "name = %s" % r.choice(USERS), "api_key = %s" % v, "weight = %d" % r.randint(1, 5), ""]
    return r.choice(["accounts.ini", "config/keys.cfg", "conf/accounts.conf"]), "\n".join(out)


@tpl("toml_accounts", "api", "toml", 1.2)
def t_toml(r, k, vals, neg):
    out = ["[pool]", "strategy = \"%s\"" % r.choice(["round_robin", "random"]), ""]
    for i, v in enumerate(vals):
        out += ["[[pool.keys]]", "name = \"%s-%d\"" % (k.low, i + 1), "key = \"%s\"" % v,
                "rpm = %d" % r.choice([60, 500, 3000]), ""]
    return r.choice(["config.toml", "gateway.toml", "config/pool.toml"]), "\n".join(out)


@tpl("toml_inline_list", "llm", "toml")
def t_toml_list(r, k, vals, neg):
    body = ", ".join('"%s"' % v for v in vals) if len(vals) < 4 else "\n" + "\n".join('  "%s",' % v for v in vals) + "\n"
    txt = "[%s]\nbase_url = \"https://api.example.internal/v1\"\napi_keys = [%s]\ntimeout = 30\n" % (k.low, body)
    return r.choice(["settings.toml", "config/providers.toml"]), txt


@tpl("go_slice", "api", "go", 1.2)
def t_go(r, k, vals, neg):
    body = "\n".join('\t"%s",' % v for v in vals)
    txt = """package keys

import (
\t"sync/atomic"
)

var apiKeys = []string{
%s
}

var counter uint64

// Next returns the next key in round-robin order.
func Next() string {
\tn := atomic.AddUint64(&counter, 1)
\treturn apiKeys[n%%uint64(len(apiKeys))]
}
""" % body
    return r.choice(["internal/keys/keys.go", "pkg/pool/keys.go"]), txt


@tpl("go_tenant_map", "api", "go")
def t_go_map(r, k, vals, neg):
    body = "\n".join('\t"%s": {APIKey: "%s", Region: "%s"},' % (t, v, r.choice(REGIONS)) for t, v in zip(tnames(r, len(vals)), vals))
    txt = "package tenant\n\ntype Creds struct {\n\tAPIKey string\n\tRegion string\n}\n\nvar Tenants = map[string]Creds{\n%s\n}\n" % body
    return "internal/tenant/creds.go", txt


@tpl("rust_const_array", "api", "rs")
def t_rust(r, k, vals, neg):
    body = "\n".join('    "%s",' % v for v in vals)
    txt = "pub const API_KEYS: [&str; %d] = [\n%s\n];\n\npub fn pick(i: usize) -> &'static str {\n    API_KEYS[i %% API_KEYS.len()]\n}\n" % (len(vals), body)
    return "src/keys.rs", txt


@tpl("java_list_of", "api", "java")
def t_java(r, k, vals, neg):
    body = ",\n".join('            "%s"' % v for v in vals)
    txt = """package com.%s.client;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

public final class KeyPool {
    private static final List<String> KEYS = List.of(
%s
    );
    private static final AtomicInteger IDX = new AtomicInteger();

    public static String next() {
        return KEYS.get(Math.floorMod(IDX.getAndIncrement(), KEYS.size()));
    }
}
""" % (r.choice(TENANTS), body)
    return "src/main/java/com/app/client/KeyPool.java", txt


@tpl("php_array_rand", "api", "php")
def t_php(r, k, vals, neg):
    body = "\n".join("    '%s'," % v for v in vals)
    txt = "<?php\n\n// rotación de claves\n$keys = [\n%s\n];\n\n$apiKey = $keys[array_rand($keys)];\n" % body
    return r.choice(["includes/keys.php", "config/api.php"]), txt


@tpl("laravel_connections", "pw", "php")
def t_laravel(r, k, vals, neg):
    parts = []
    for i, v in enumerate(vals):
        parts.append("""        'tenant_%d' => [
            'driver' => 'mysql',
            'host' => 'db-%d.cluster.local',
            'database' => 'tenant_%d',
            'username' => 'tenant_%d',
            'password' => '%s',
        ],""" % (i, i, i, i, v))
    txt = "<?php\n\nreturn [\n    'default' => 'tenant_0',\n    'connections' => [\n%s\n    ],\n];\n" % "\n".join(parts)
    return "config/database.php", txt


@tpl("ruby_percent_w", "api", "rb")
def t_ruby(r, k, vals, neg):
    if r.random() < 0.5 and len(vals) <= 4:
        arr = "%w[" + " ".join(vals) + "]"
    else:
        arr = "%w[\n" + "\n".join("  " + v for v in vals) + "\n]"
    txt = "# frozen_string_literal: true\n\nmodule KeyPool\n  KEYS = %s.freeze\n\n  def self.sample\n    KEYS.sample\n  end\nend\n" % arr
    return r.choice(["config/initializers/key_pool.rb", "lib/key_pool.rb"]), txt


@tpl("lua_table", "api", "lua", 0.7)
def t_lua(r, k, vals, neg):
    body = "\n".join('  "%s",' % v for v in vals)
    txt = "-- upstream keys for the gateway\nlocal keys = {\n%s\n}\n\nlocal _M = {}\nfunction _M.pick()\n  return keys[math.random(#keys)]\nend\nreturn _M\n" % body
    return "gateway/lua/keys.lua", txt


@tpl("keys_txt_newline", "llm", "txt", 1.2)
def t_keys_txt(r, k, vals, neg):
    lines = list(vals)
    if r.random() < 0.4:
        lines = ["# %s keys, one per line" % k.provider] + lines
    return r.choice(["keys.txt", "%s_keys.txt" % k.low, "data/keys.txt"]), "\n".join(lines) + "\n"


@tpl("github_tokens_yaml", "gh", "yaml")
def t_ghtok(r, k, vals, neg):
    body = "\n".join("  - %s  # %s" % (yq(v), r.choice(USERS)) for v in vals)
    txt = "# GitHub allows 5000 req/h per token - use several\ntokens:\n%s\norg: %s\nper_page: 100\n" % (body, r.choice(TENANTS))
    return r.choice(["crawler/github.yml", "config/github_tokens.yaml"]), txt


@tpl("gha_workflow_env", "api", "yaml", 0.8)
def t_gha(r, k, vals, neg):
    txt = """name: nightly-eval
on:
  schedule:
    - cron: "0 3 * * *"
jobs:
  eval:
    runs-on: ubuntu-latest
    env:
      %s_API_KEYS: "%s"
    steps:
      - uses: actions/checkout@v4
      - run: python eval.py --parallel %d
""" % (k.stem, ",".join(vals), len(vals))
    return ".github/workflows/nightly.yml", txt


@tpl("redis_sadd_script", "api", "sh", 0.8)
def t_redis(r, k, vals, neg):
    txt = "#!/bin/sh\n# seed the key pool\nredis-cli -h %s DEL keypool:%s\nredis-cli -h %s SADD keypool:%s \\\n%s\n" % (
        "redis", k.low, "redis", k.low, " \\\n".join("  %s" % v for v in vals))
    return "scripts/seed_keys.sh", txt


@tpl("sql_insert_keys", "api", "sql")
def t_sql(r, k, vals, neg):
    rows = ",\n".join("  ('%s', '%s', '%s', %d)" % (t, k.provider, v, r.choice([60, 600, 6000])) for t, v in zip(tnames(r, len(vals)), vals))
    txt = "-- seed tenant credentials\nINSERT INTO tenant_api_keys (tenant, provider, api_key, rpm_limit) VALUES\n%s;\n" % rows
    return r.choice(["db/seeds/002_tenant_keys.sql", "migrations/seed_keys.sql"]), txt


@tpl("appsettings_json", "api", "json")
def t_appsettings(r, k, vals, neg):
    doc = {"Logging": {"LogLevel": {"Default": "Information"}},
           k.provider.capitalize(): {"ApiKeys": vals, "MaxRetries": 3},
           "AllowedHosts": "*"}
    return r.choice(["appsettings.json", "src/Api/appsettings.Production.json"]), json.dumps(doc, indent=2) + "\n"


@tpl("xml_appsettings", "api", "xml", 0.8)
def t_xml(r, k, vals, neg):
    body = "\n".join('    <add key="%sKey%d" value="%s" />' % (k.provider.capitalize(), i + 1, v) for i, v in enumerate(vals))
    txt = '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n%s\n    <add key="KeyRotation" value="true" />\n  </appSettings>\n</configuration>\n' % body
    return r.choice(["Web.config", "App.config"]), txt


@tpl("properties_comma", "api", "properties")
def t_props(r, k, vals, neg):
    txt = "# %s client\n%s.api-keys=%s\n%s.timeout-ms=30000\n" % (k.provider, k.low, ",".join(vals), k.low)
    if len(vals) > 3 and r.random() < 0.5:
        txt = "# %s client\n%s.api-keys=%s\n%s.timeout-ms=30000\n" % (k.provider, k.low, ",\\\n  ".join(vals), k.low)
    return r.choice(["src/main/resources/application.properties", "conf/client.properties"]), txt


@tpl("supervisor_env", "api", "conf", 0.8)
def t_supervisor(r, k, vals, neg):
    env = ",".join('%s_KEY_%d="%s"' % (k.stem, i + 1, v) for i, v in enumerate(vals))
    txt = "[program:worker]\ncommand=/opt/app/venv/bin/python -m worker\nnumprocs=%d\nprocess_name=%%(program_name)s_%%(process_num)02d\nenvironment=%s\nautorestart=true\n" % (len(vals), env)
    return "deploy/supervisor/worker.conf", txt


@tpl("systemd_environment", "api", "service", 0.8)
def t_systemd(r, k, vals, neg):
    txt = "[Unit]\nDescription=LLM gateway\nAfter=network.target\n\n[Service]\nUser=gateway\nEnvironment=\"%s_KEYS=%s\"\nExecStart=/usr/local/bin/gateway --config /etc/gateway.yml\nRestart=always\n\n[Install]\nWantedBy=multi-user.target\n" % (
        k.stem, " ".join(vals))
    return "deploy/gateway.service", txt


@tpl("dockerfile_env", "llm", "dockerfile", 0.6)
def t_dockerfile(r, k, vals, neg):
    txt = "FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nENV %s_API_KEYS=\"%s\"\nCMD [\"python\", \"main.py\"]\n" % (k.stem, ",".join(vals))
    return "Dockerfile", txt


@tpl("py_environ_default", "llm", "py")
def t_setdefault(r, k, vals, neg):
    txt = "import os\n\nos.environ.setdefault(\"%s_API_KEYS\", \"%s\")\n\nKEYS = os.environ[\"%s_API_KEYS\"].split(\",\")\n" % (k.stem, ",".join(vals), k.stem)
    return r.choice(["settings.py", "bootstrap.py"]), txt


@tpl("js_env_fallback", "llm", "js")
def t_jsfallback(r, k, vals, neg):
    txt = "const keys = (process.env.%s_KEYS || '%s').split(',');\n\nexport const getKey = () => keys[Math.floor(Math.random() * keys.length)];\n" % (k.stem, ",".join(vals))
    return r.choice(["src/keys.mjs", "api/_keys.js"]), txt


@tpl("ansible_group_vars", "pw", "yaml")
def t_ansible(r, k, vals, neg):
    out = ["---", "mysql_shards:"]
    for i, v in enumerate(vals):
        out += ["  - name: shard%d" % i, "    host: 10.0.%d.%d" % (r.randint(0, 9), 10 + i), "    root_password: \"%s\"" % v]
    return r.choice(["group_vars/all.yml", "inventories/prod/group_vars/db.yml"]), "\n".join(out) + "\n"


@tpl("nomad_env", "api", "hcl", 0.6)
def t_nomad(r, k, vals, neg):
    env = "\n".join('        %s_KEY_%d = "%s"' % (k.stem, i + 1, v) for i, v in enumerate(vals))
    txt = 'job "gateway" {\n  group "api" {\n    task "server" {\n      driver = "docker"\n      env {\n%s\n      }\n    }\n  }\n}\n' % env
    return "jobs/gateway.nomad.hcl", txt


@tpl("json_keys_usage", "llm", "json")
def t_json_usage(r, k, vals, neg):
    doc = {"keys": [{"key": v, "used_today": r.randint(0, 900), "limit": 1000, "disabled": False} for v in vals], "reset_at": "00:00Z"}
    return r.choice(["state/keys.json", "key_usage.json"]), json.dumps(doc, indent=2) + "\n"


@tpl("imap_accounts_yaml", "pw", "yaml")
def t_imap(r, k, vals, neg):
    out = ["mailboxes:"]
    for u, v in zip(unames(r, len(vals)), vals):
        out += ["  - email: %s@%s.com" % (u, r.choice(TENANTS)), "    imap_host: imap.%s" % r.choice(["gmail.com", "fastmail.com", "mail.ru", "yandex.ru"]),
                "    password: \"%s\"" % v]
    return "fetcher/mailboxes.yaml", "\n".join(out) + "\n"


@tpl("redis_nodes_urls", "urlpw", "yaml")
def t_redis_urls(r, k, vals, neg):
    out = ["cache:", "  nodes:"]
    for i, v in enumerate(vals):
        out.append("    - %s" % yq("redis://:%s@redis-%d.cache.internal:6379/0" % (v, i)))
    return "config/cache.yaml", "\n".join(out) + "\n"


@tpl("mongo_shards_py", "urlpw", "py")
def t_mongo(r, k, vals, neg):
    rows = "\n".join('    "mongodb://app:%s@mongo-shard%d.%s.net:27017/?authSource=admin",' % (v, i, r.choice(TENANTS)) for i, v in enumerate(vals))
    return "db/shards.py", "SHARD_URIS = [\n%s\n]\n" % rows


@tpl("pg_dsn_list_ts", "urlpw", "ts")
def t_pgdsn(r, k, vals, neg):
    rows = "\n".join("  { region: '%s', url: 'postgres://app:%s@pg-%s.db.internal:5432/app' }," % (REGIONS[i % len(REGIONS)], v, REGIONS[i % len(REGIONS)]) for i, v in enumerate(vals))
    return "src/db/replicas.ts", "export const REPLICAS = [\n%s\n];\n" % rows


@tpl("twilio_subaccounts_json", "twilio", "json", 0.6)
def t_twilio(r, k, vals, neg):
    arr = [{"tenant": t, "account_sid": "AC" + rs(r, 32, HEX), "auth_token": v, "from": "+1%d" % r.randint(2002000000, 9899999999)} for t, v in zip(tnames(r, len(vals)), vals)]
    return "config/twilio_subaccounts.json", json.dumps(arr, indent=2) + "\n"


@tpl("py_dataclass_pool", "llm", "py")
def t_dc(r, k, vals, neg):
    rows = "\n".join("    ApiKey(%s, rpm=%d)," % (pyq(v), r.choice([60, 500, 3000])) for v in vals)
    txt = "from dataclasses import dataclass\n\n\n@dataclass\nclass ApiKey:\n    value: str\n    rpm: int = 60\n\n\nPOOL = [\n%s\n]\n" % rows
    return r.choice(["llm/keypool.py", "src/providers/%s_pool.py" % k.low]), txt


@tpl("yaml_inline_list", "llm", "yaml")
def t_yaml_inline(r, k, vals, neg):
    txt = "%s:\n  base_url: https://api.%s.com/v1\n  keys: [%s]\n  retry_on_429: true\n" % (k.low, k.provider, ", ".join('"%s"' % v for v in vals))
    return r.choice(["config.yaml", "providers.yaml"]), txt


@tpl("bash_array", "api", "sh", 0.8)
def t_bash_arr(r, k, vals, neg):
    txt = "#!/bin/bash\nKEYS=(\n%s\n)\nKEY=${KEYS[$RANDOM %% ${#KEYS[@]}]}\ncurl -s -H \"Authorization: Bearer $KEY\" \"$API/v1/models\"\n" % "\n".join('  "%s"' % v for v in vals)
    return "scripts/check_keys.sh", txt


@tpl("cloud_profiles_json", "aws", "json", 0.6)
def t_aws_json(r, k, vals, neg):
    arr = []
    for i, v in enumerate(vals):
        kid = "AKIAIOSFODNN7EXAMPLE" if neg else "AKIA" + rs(r, 16, string.ascii_uppercase + "234567")
        arr.append({"account": r.choice(TENANTS), "region": REGIONS[i % len(REGIONS)], "accessKeyId": kid, "secretAccessKey": v})
    return "config/aws-accounts.json", json.dumps(arr, indent=2) + "\n"


# --------------------------------------------------------------------------- kinds per group
GROUPS = {"llm": LLM, "api": API, "tg": ["telegram"], "discord": ["discord"], "slack": ["slack"],
          "smtp": SMTP, "pw": ["password"], "urlpw": ["urlpw"], "aws": ["aws"], "gh": ["github", "github", "github_fg", "gitlab"],
          "twilio": ["twilio"]}

# --------------------------------------------------------------------------- negative values for re-used templates
PH_LOCAL = ["à_remplir", "votre_cle_ici", "hier-eintragen", "dein-schluessel", "tu_clave_aqui", "在这里填写", "ключ_сюда",
            "inserisci_chiave", "sua-chave-aqui"]


def neg_values(r, k, n):
    styles = ["placeholder", "masked", "envref", "secretref", "empty", "public", "example"]
    w = [5, 3, 4, 3, 1, 2 if k.public else 0, 2 if k.example else 0]
    style = r.choices(styles, w)[0]
    n = max(1, min(n, 6))
    out = []
    stem = k.stem
    if style == "placeholder":
        v = r.randint(0, 6)
        for i in range(n):
            out.append([
                "<your-%s-key-%d>" % (k.low.replace("_", "-"), i + 1),
                "YOUR_%s_API_KEY_%d" % (stem, i + 1),
                (k.prefix or "") + "x" * 32,
                r.choice(["changeme", "REPLACE_ME", "TODO", "your-key-here", "dummy", "xxxxxxxx"]),
                r.choice(PH_LOCAL),
                "%s_KEY_HERE" % stem,
                "<PASSWORD_%d>" % (i + 1) if k.kind == "password" else "<API_KEY>",
            ][v])
    elif style == "masked":
        v = r.randint(0, 3)
        for i in range(n):
            out.append([(k.prefix or "") + "..." + rs(r, 4), "*" * r.choice([8, 16, 24]), "[REDACTED]",
                        (k.prefix or "") + "****************" + rs(r, 4, LOWER_ALNUM)][v])
    elif style == "envref":
        v = r.randint(0, 5)
        for i in range(n):
            nm = "%s_API_KEY_%d" % (stem, i + 1) if k.kind != "password" else "%s_PASSWORD_%d" % (stem, i + 1)
            out.append(["${%s}" % nm, "os.environ/%s" % nm, "${{ secrets.%s }}" % nm, "{{ .Values.%s.key%d }}" % (k.low.split("_")[0], i + 1),
                        "${env:%s}" % nm, "$(%s)" % nm][v])
    elif style == "secretref":
        v = r.randint(0, 4)
        for i in range(n):
            t = r.choice(TENANTS)
            out.append(["vault:secret/data/%s/%s#key%d" % (t, k.low, i + 1),
                        "arn:aws:secretsmanager:%s:%d:secret:prod/%s-%d-%s" % (r.choice(REGIONS), r.randint(10 ** 11, 10 ** 12 - 1), k.low, i + 1, rs(r, 6)),
                        "projects/%s-prod/secrets/%s-key-%d/versions/latest" % (t, k.low.replace("_", "-"), i + 1),
                        "op://Infra/%s key %d/credential" % (k.provider, i + 1),
                        "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s-%d/)" % (t, k.low.replace("_", "-"), i + 1)][v])
    elif style == "empty":
        out = [""] * min(n, 3)
    elif style == "public":
        out = [k.public(r) for _ in range(n)]
    else:
        out = [k.example] * min(n, 2)
    return style, out


# --------------------------------------------------------------------------- look-alike negatives
LOOK = []


def look(name, provider, kind, ft):
    def deco(f):
        LOOK.append(dict(name=name, f=f, provider=provider, kind=kind, ft=ft))
        return f
    return deco


def sha256hex(r):
    return hashlib.sha256(r.getrandbits(256).to_bytes(32, "big")).hexdigest()


@look("aws_account_ids", "aws", "account_id_list", "yaml")
def l_acc(r):
    out = ["# org accounts (ids are not secret)", "accounts:"]
    for t in tnames(r, r.randint(2, 12)):
        aid = r.randint(10 ** 11, 10 ** 12 - 1)
        out += ["  - name: %s-prod" % t, "    account_id: \"%d\"" % aid, "    role_arn: arn:aws:iam::%d:role/OrganizationAccountAccessRole" % aid,
                "    region: %s" % r.choice(REGIONS)]
    return "config/aws-accounts.yaml", "\n".join(out) + "\n"


@look("key_id_inventory", "aws", "access_key_id_list", "csv")
def l_keyids(r):
    out = ["user,access_key_id,status,created,last_used_service"]
    for u in unames(r, r.randint(3, 15)):
        out.append("%s,AKIA%s,%s,2024-%02d-%02d,%s" % (u, rs(r, 16, string.ascii_uppercase + "234567"), r.choice(["Active", "Inactive"]),
                                                    r.randint(1, 12), r.randint(1, 28), r.choice(["s3", "sts", "ec2", "N/A"])))
    return "audit/access_keys_report.csv", "\n".join(out) + "\n"


@look("openai_key_ids", "openai", "key_id_list", "json")
def l_oaids(r):
    arr = [{"id": "key_" + rs(r, 16), "name": "%s-%d" % (r.choice(TENANTS), i), "redacted_value": "sk-proj-..." + rs(r, 4),
            "project_id": "proj_" + rs(r, 24), "created_at": 1700000000 + r.randint(0, 10 ** 7)} for i in range(r.randint(2, 10))]
    return "audit/openai_admin_keys.json", json.dumps({"object": "list", "data": arr}, indent=2) + "\n"


@look("usernames_only", "generic", "username_list", "yaml")
def l_users(r):
    out = ["# passwords live in the vault under scraper/<username>", "accounts:"]
    for u in unames(r, r.randint(3, 20)):
        out += ["  - username: %s" % u, "    password_ref: vault:kv/scraper/%s#password" % u]
    return "scraper/accounts.yaml", "\n".join(out) + "\n"


@look("model_router", "litellm", "model_names", "yaml")
def l_models(r):
    out = ["model_list:"]
    for m in r.sample(MODELS, r.randint(2, 8)):
        out += ["  - model_name: %s" % m, "    litellm_params:", "      model: %s" % m, "      api_key: os.environ/%s_API_KEY" % r.choice(["OPENAI", "ANTHROPIC", "GEMINI", "GROQ"]),
                "      rpm: %d" % r.choice([100, 1000])]
    return "litellm/config.yaml", "\n".join(out) + "\n"


@look("regions_endpoints", "aws", "region_list", "json")
def l_regions(r):
    rr = r.sample(REGIONS, r.randint(2, 8))
    doc = {"regions": [{"name": x, "endpoint": "https://api.%s.%s.com" % (x, r.choice(TENANTS)), "bucket": "assets-%s" % x} for x in rr]}
    return "config/regions.json", json.dumps(doc, indent=2) + "\n"


@look("shard_hosts", "generic", "hostname_list", "yaml")
def l_hosts(r):
    n = r.randint(2, 16)
    out = ["shards:"] + ["  - host: pg-shard-%02d.%s.internal\n    port: 5432\n    weight: %d" % (i, r.choice(TENANTS), r.randint(1, 3)) for i in range(n)]
    out.append("credentials_secret: db-shards  # k8s secret name")
    return "config/shards.yaml", "\n".join(out) + "\n"


@look("ssh_fingerprints", "ssh", "fingerprint_list", "txt")
def l_fp(r):
    out = ["# known host key fingerprints - verify before connecting"]
    for i in range(r.randint(3, 12)):
        fp = base64.b64encode(r.getrandbits(256).to_bytes(32, "big")).decode().rstrip("=")
        out.append("bastion-%d.%s.net ED25519 SHA256:%s" % (i, r.choice(TENANTS), fp))
    return "docs/host-fingerprints.txt", "\n".join(out) + "\n"


@look("gpg_fingerprints", "gpg", "fingerprint_list", "yaml")
def l_gpg(r):
    out = ["release_signers:"]
    for u in unames(r, r.randint(2, 8)):
        out += ["  - name: %s" % u, "    fingerprint: %s" % " ".join(rs(r, 4, "0123456789ABCDEF") for _ in range(10))]
    return ".github/release-signers.yaml", "\n".join(out) + "\n"


@look("masked_usage_export", "openai", "masked_key_list", "csv")
def l_masked(r):
    out = ["key_name,key,requests,tokens"]
    for i in range(r.randint(3, 15)):
        pre = r.choice(["sk-proj-", "sk-ant-api03-", "AIzaSy", "gsk_", "sk-or-v1-"])
        out.append("%s-%d,%s...%s,%d,%d" % (r.choice(TENANTS), i, pre, rs(r, 4), r.randint(10, 99999), r.randint(1000, 10 ** 7)))
    return "reports/key_usage_2024-11.csv", "\n".join(out) + "\n"


@look("key_hashes", "generic", "sha256_of_keys", "json")
def l_hashes(r):
    doc = {"algorithm": "sha256", "keys": {t: {"sha256": sha256hex(r), "prefix": "ak_" + rs(r, 4, LOWER_ALNUM), "scopes": ["read"]}
                                           for t in tnames(r, r.randint(2, 12))}}
    return "config/api_key_hashes.json", json.dumps(doc, indent=2) + "\n"


@look("bcrypt_users", "generic", "password_hash_list", "yaml")
def l_bcrypt(r):
    B = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
    out = ["# basic-auth users for the admin UI (bcrypt hashes only)", "users:"]
    for u in unames(r, r.randint(2, 8)):
        out += ["  - name: %s" % u, "    hash: \"$2b$12$%s\"" % rs(r, 53, B)]
    return "admin/users.yaml", "\n".join(out) + "\n"


@look("authorized_keys", "ssh", "public_key_list", "txt")
def l_authk(r):
    out = []
    for u in unames(r, r.randint(2, 10)):
        kb = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + r.getrandbits(256).to_bytes(32, "big")).decode()
        out.append("ssh-ed25519 %s %s@laptop" % (kb, u))
    return r.choice(["deploy/authorized_keys", "ansible/files/authorized_keys"]), "\n".join(out) + "\n"


@look("age_recipients", "sops", "public_key_list", "yaml")
def l_age(r):
    A = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    rec = ["age1" + rs(r, 58, A) for _ in range(r.randint(2, 6))]
    txt = "creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: >-\n      %s\n" % ",\n      ".join(rec)
    return ".sops.yaml", txt


@look("wireguard_peers_public", "wireguard", "public_key_list", "yaml")
def l_wg(r):
    out = ["peers:"]
    for u in unames(r, r.randint(2, 10)):
        out += ["  - name: %s" % u, "    public_key: %s" % base64.b64encode(r.getrandbits(256).to_bytes(32, "big")).decode(),
                "    allowed_ips: 10.8.0.%d/32" % r.randint(2, 250)]
    return "vpn/peers.yaml", "\n".join(out) + "\n"


@look("uuid_tenant_map", "azure", "tenant_id_map", "json")
def l_uuid(r):
    doc = {t: {"tenant_id": pub_uuid(r), "client_id": pub_uuid(r), "subscription_id": pub_uuid(r)} for t in tnames(r, r.randint(2, 10))}
    return "config/azure_tenants.json", json.dumps(doc, indent=2) + "\n"


@look("image_digests", "docker", "digest_list", "yaml")
def l_digest(r):
    out = ["images:"]
    for s in r.sample(["api", "worker", "gateway", "scheduler", "web", "proxy", "cron"], r.randint(2, 6)):
        out.append("  %s: ghcr.io/%s/%s@sha256:%s" % (s, r.choice(TENANTS), s, sha256hex(r)))
    return "deploy/images.lock.yaml", "\n".join(out) + "\n"


@look("commit_shas", "git", "sha_list", "json")
def l_shas(r):
    doc = {"services": {s: {"version": "v1.%d.%d" % (r.randint(0, 30), r.randint(0, 9)), "commit": rs(r, 40, HEX)}
                        for s in r.sample(["api", "worker", "gateway", "billing", "auth", "web"], r.randint(2, 6))}}
    return "release/manifest.json", json.dumps(doc, indent=2) + "\n"


@look("env_var_names", "generic", "env_name_list", "py")
def l_envnames(r):
    stems = r.sample(["OPENAI", "ANTHROPIC", "GEMINI", "GROQ", "DEEPSEEK", "MISTRAL", "TELEGRAM", "STRIPE", "SENDGRID"], 3)
    names = ["%s_API_KEY_%d" % (s, i + 1) for s in stems for i in range(r.randint(1, 4))]
    txt = "import os\n\nREQUIRED_SECRETS = [\n%s\n]\n\nmissing = [n for n in REQUIRED_SECRETS if not os.getenv(n)]\nif missing:\n    raise SystemExit(f\"missing: {missing}\")\n\nKEYS = [os.environ[n] for n in REQUIRED_SECRETS]\n" % "\n".join("    %s," % pyq(n) for n in names)
    return "app/check_env.py", txt


@look("external_secret", "kubernetes", "secret_reference_list", "yaml")
def l_es(r):
    n = r.randint(2, 10)
    data = "\n".join("    - secretKey: OPENAI_API_KEY_%d\n      remoteRef:\n        key: prod/llm/openai-%d\n        property: api_key" % (i + 1, i + 1) for i in range(n))
    txt = "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: llm-keys\nspec:\n  refreshInterval: 1h\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  target:\n    name: llm-keys\n  data:\n%s\n" % data
    return "k8s/external-secret.yaml", txt


@look("sealed_secret", "kubernetes", "ciphertext", "yaml")
def l_sealed(r):
    n = r.randint(2, 8)
    data = "\n".join("    KEY_%d: Ag%s" % (i + 1, base64.b64encode(r.getrandbits(8 * 300).to_bytes(300, "big")).decode()) for i in range(n))
    txt = "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n%s\n" % data
    return "k8s/sealed-api-keys.yaml", txt


@look("sops_encrypted", "sops", "ciphertext", "yaml")
def l_sops(r):
    out = ["tenants:"]
    for t in tnames(r, r.randint(2, 8)):
        ct = base64.b64encode(r.getrandbits(8 * 48).to_bytes(48, "big")).decode()
        out += ["    %s:" % t, "        api_key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
            ct, base64.b64encode(r.getrandbits(256).to_bytes(32, "big")).decode(), base64.b64encode(r.getrandbits(128).to_bytes(16, "big")).decode())]
    out += ["sops:", "    lastmodified: \"2024-10-02T09:11:42Z\"", "    mac: ENC[AES256_GCM,data:%s,type:str]" % base64.b64encode(r.getrandbits(8 * 64).to_bytes(64, "big")).decode(),
            "    version: 3.8.1"]
    return "secrets/tenants.enc.yaml", "\n".join(out) + "\n"


@look("sha256sums", "generic", "checksum_list", "txt")
def l_sums(r):
    out = ["%s  gateway_%s_%s.tar.gz" % (sha256hex(r), r.choice(["linux", "darwin"]), r.choice(["amd64", "arm64"])) for _ in range(r.randint(2, 8))]
    return "dist/SHA256SUMS", "\n".join(out) + "\n"


@look("oauth_client_ids", "google", "client_id_list", "json")
def l_oauth(r):
    doc = {"clients": [{"platform": p, "client_id": "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12), rs(r, 32, LOWER_ALNUM))}
                       for p in r.sample(["web", "ios", "android", "desktop"], r.randint(1, 4))]}
    return "config/oauth_clients.json", json.dumps(doc, indent=2) + "\n"


@look("stripe_publishable_keys", "stripe", "publishable_key_list", "ts")
def l_pk(r):
    rows = "\n".join("  %s: 'pk_live_51%s'," % (t, rs(r, 97)) for t in tnames(r, r.randint(2, 8)))
    return "src/config/stripeKeys.ts", "// publishable keys per storefront (safe for the browser)\nexport const STRIPE_PK: Record<string, string> = {\n%s\n};\n" % rows


@look("discord_app_public_keys", "discord", "public_key_list", "json")
def l_discpub(r):
    arr = [{"application_id": str(r.randint(10 ** 17, 13 * 10 ** 17)), "public_key": rs(r, 64, HEX), "name": "%s-bot" % t}
           for t in tnames(r, r.randint(2, 6))]
    return "interactions/apps.json", json.dumps(arr, indent=2) + "\n"


@look("telegram_chat_ids", "telegram", "chat_id_list", "py")
def l_tgchats(r):
    rows = "\n".join("    %s: %d," % (pyq(n), -r.randint(10 ** 12, 2 * 10 ** 12)) for n in r.sample(["alerts", "sales", "ops", "support", "dev", "news"], r.randint(2, 6)))
    return "bot/chats.py", "# chat ids (bot token comes from TELEGRAM_BOT_TOKEN env)\nCHATS = {\n%s\n}\nBOT_USERNAME = \"@%s_notify_bot\"\n" % (rows, r.choice(TENANTS))


@look("jwks_public", "generic", "jwks", "json")
def l_jwks(r):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(r, 16, HEX),
             "n": base64.urlsafe_b64encode(r.getrandbits(2048).to_bytes(256, "big")).decode().rstrip("="), "e": "AQAB"} for _ in range(r.randint(1, 4))]
    return "public/.well-known/jwks.json", json.dumps({"keys": keys}, indent=2) + "\n"


@look("key_aliases_quota", "generic", "key_alias_list", "yaml")
def l_alias(r):
    out = ["# quotas per key alias; actual keys injected from secret store", "keys:"]
    for i in range(r.randint(2, 12)):
        out += ["  - alias: %s-%02d" % (r.choice(["openai", "gemini", "groq"]), i), "    rpm: %d" % r.choice([60, 500]), "    tpm: %d" % r.choice([40000, 200000])]
    return "gateway/quotas.yaml", "\n".join(out) + "\n"


@look("uuid_request_ids", "generic", "uuid_list", "json")
def l_uuids(r):
    doc = {"idempotency_keys": [pub_uuid(r) for _ in range(r.randint(3, 12))], "batch": rs(r, 12, HEX)}
    return "tests/fixtures/idempotency.json", json.dumps(doc, indent=2) + "\n"


@look("placeholder_key_pool", "generic", "placeholder_list", "txt")
def l_phlist(r):
    n = r.randint(2, 10)
    pre = r.choice(["sk-proj-", "sk-ant-api03-", "AIzaSy", "gsk_", "sk-or-v1-", "ghp_"])
    fill = r.choice(["X" * 40, "x" * 32, "YOUR_KEY_HERE", "<paste-key-%d>", "..."])
    out = [r.choice(["# Fill in your own keys (one per line) and rename to keys.txt", "# 每行一个 key", "# eine Zeile pro Schlüssel"])]
    out += [pre + (fill % (i + 1) if "%d" in fill else fill + ("" if fill == "..." else str(i))) for i in range(n)]
    return "keys.example.txt", "\n".join(out) + "\n"


@look("integrity_hashes", "npm", "integrity_list", "json")
def l_integrity(r):
    deps = {}
    for p in r.sample(["axios", "openai", "p-limit", "dotenv", "zod", "undici", "lru-cache"], r.randint(2, 6)):
        deps["node_modules/" + p] = {"version": "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9)),
                                     "resolved": "https://registry.npmjs.org/%s/-/%s.tgz" % (p, p),
                                     "integrity": "sha512-" + base64.b64encode(r.getrandbits(512).to_bytes(64, "big")).decode()}
    return "package-lock.json", json.dumps({"name": "gateway", "lockfileVersion": 3, "packages": deps}, indent=2) + "\n"


@look("twilio_sids", "twilio", "sid_list", "yaml")
def l_sids(r):
    out = ["subaccounts:"]
    for t in tnames(r, r.randint(2, 8)):
        out += ["  %s:" % t, "    account_sid: AC%s" % rs(r, 32, HEX), "    messaging_service_sid: MG%s" % rs(r, 32, HEX),
                "    auth_token: ${TWILIO_TOKEN_%s}" % t.upper()]
    return "config/twilio.yaml", "\n".join(out) + "\n"


# --------------------------------------------------------------------------- driver
def pick_template(r, weights_ok):
    ts = [t for t in TEMPLATES if weights_ok(t)]
    return r.choices(ts, [t["w"] for t in ts])[0]


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_nf.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    files = []
    seen = set()
    dotenv_count = 0
    DOTENV_CAP = 20
    # positives: guarantee template coverage by cycling through a shuffled list first
    order = TEMPLATES[:]
    r.shuffle(order)
    for i in range(500):
        if i < len(order):
            t = order[i]
        else:
            t = pick_template(r, lambda t: True)
        if t["dotenv"] and dotenv_count >= DOTENV_CAP:
            t = pick_template(r, lambda t: not t["dotenv"])
        if t["dotenv"]:
            dotenv_count += 1
        while True:
            k = K[r.choice(GROUPS[t["group"]])]
            n = r.choice([1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7, 8, 10, 12, 15, 20])
            vals = [k.gen(r) for _ in range(n)]
            if len(set(vals)) != n or any(v in seen for v in vals):
                continue
            ni = r.randrange(n)
            needle = vals[ni]
            rel, text = t["f"](r, k, vals, False)
            pos = text.find(needle)
            if pos < 0 or text.count(needle) != 1:
                continue
            break
        seen.update(vals)
        line = text[:pos].count("\n") + 1
        assert needle in text.split("\n")[line - 1]
        f = "pos/p%04d/%s" % (i, rel)
        files.append((f, text))
        manifest.append({"file": f, "label": "pos", "provider": k.provider, "kind": k.kind, "filetype": t["ft"], "template": t["name"]})
        secrets.append({"file": f, "needle": needle, "line": line})
    # negatives
    look_order = LOOK[:]
    r.shuffle(look_order)
    tmpl_order = TEMPLATES[:]
    r.shuffle(tmpl_order)
    for i in range(500):
        if i % 2 == 0:
            j = i // 2
            t = tmpl_order[j] if j < len(tmpl_order) else pick_template(r, lambda t: True)
            k = K[r.choice(GROUPS[t["group"]])]
            n = r.choice([1, 2, 3, 4, 5, 8])
            style, vals = neg_values(r, k, n)
            rel, text = t["f"](r, k, vals, True)
            meta = {"provider": k.provider, "kind": "%s_%s" % (k.kind, style), "filetype": t["ft"], "template": t["name"] + ":neg"}
        else:
            j = i // 2
            L = look_order[j] if j < len(look_order) else r.choice(LOOK)
            rel, text = L["f"](r)
            meta = {"provider": L["provider"], "kind": L["kind"], "filetype": L["ft"], "template": "look:" + L["name"]}
        base = os.path.basename(rel)
        assert not (base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample"))), rel
        for s in seen:
            assert s not in text
        f = "neg/n%04d/%s" % (i, rel)
        files.append((f, text))
        manifest.append(dict({"file": f, "label": "neg"}, **meta))
    for f, text in files:
        p = os.path.join(outdir, f)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
