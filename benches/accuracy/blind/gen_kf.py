#!/usr/bin/env python3
"""gen_kf.py - blind evaluation set: local generative-AI desktop tools and their extensions.

EMPHASIS
    Local generative-AI tooling as it appears in hobbyist and small-team repositories:
    ComfyUI (custom-node config.ini / settings.json, comfy.settings.json, workflow JSON with
    API keys in node inputs, custom-node Python), AUTOMATIC1111 / Forge / SD.Next (config.json,
    extension settings, webui-user.bat / webui-user.sh COMMANDLINE_ARGS), SillyTavern
    (secrets.json, config.yaml basic auth), text-generation-webui (CMD_FLAGS.txt --api-key,
    ngrok extension settings), KoboldCpp (.kcpps, launch scripts --password), Jan, AnythingLLM
    (storage .env, developer API), InvokeAI (invokeai.yaml remote_api_tokens), kohya sd-scripts,
    Civitai / Hugging Face download scripts and Colab notebooks, Replicate / fal / Runpod /
    Stability keys in nodes, OpenAI / Anthropic / Gemini / Groq / OpenRouter keys in extension
    configs, Discord bot tokens for image bots.
    File types: JSON, YAML, INI, TOML, Python, JavaScript, batch, PowerShell, shell, Dockerfile,
    docker-compose, GitHub workflow, Markdown, Jupyter notebooks, plain text flags, logs, CSV,
    aria2 input files, Makefile.

USAGE
    python3 -B gen_kf.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED (one random.Random).

NEEDLE CONVENTIONS
    The needle is the secret value only, exactly as written: never the variable name, quotes,
    "Bearer " / "Key " prefixes or surrounding URL. For URLs (?token=, git remotes with
    user:token@host) the needle is the token value. For basic auth "user:password" (--api-auth,
    --gradio-auth) and SillyTavern basicAuthUser the needle is the password only. A fal key
    "key_id:key_secret" is one credential and the needle is the whole "id:secret" string.
    Discord bot tokens: the whole three-part dotted token. No multi-line keys in this domain.
    "line" is the 1-based line of the needle's first occurrence (asserted after writing).

NEGATIVES
    250 re-use the positive templates with the secret slot holding a non-secret: placeholders
    (<your-key>, YOUR_API_KEY_HERE, changeme, xxxx...), empty values, masked values (****,
    [REDACTED], hf_****), environment / secret-manager references (${HF_TOKEN}, %HF_TOKEN%,
    $env:HF_TOKEN, os.environ[...], process.env.X, op://..., vault paths, {{ secrets.X }}),
    template expressions, and providers' documented example values (hf_xxx, r8_xxxxxxxxxxxx,
    sk-or-v1-your-key-here, gsk_your_key_here, discord.py / nostrum documented example tokens).
    250 are domain look-alikes with no credential at all: Civitai model info with AutoV2 /
    SHA256 / BLAKE3 / CRC32 hashes, A1111 generation parameters, ComfyUI workflows (node ids,
    UUIDs, seeds, sampler names), safetensors metadata, SHA256SUMS, git-lfs pointers, pip
    hashes, image digests, pinned action SHAs, Discord application ids and interaction public
    keys, SSH public keys, base64 image data, model manifests, prompt text. No negative lives in
    a .env / .env.* file (.env.example is used instead).

FORMATS CHECKED (search tool, providers' docs and public pages)
    - Hugging Face: docs (security-tokens) describe User Access Tokens (read/write/fine-grained);
      docs and CLIs show the "hf_" prefix (hf_xxx examples). Length 34 letters after hf_ taken
      from publicly visible tokens, not from the docs.
    - Civitai: REST API wiki + education guide: token via "Authorization: Bearer" or ?token= /
      &token= on /api/download/models/<versionId>; guide example YOUR_TOKEN_HERE.
    - Replicate: docs say tokens are 40-character strings that always start with r8_.
    - fal: docs - FAL_KEY env var, "Authorization: Key <key>", key = "key_id:key_secret".
    - Anthropic: docs - x-api-key header; public leaks show sk-ant-api03- + 93 + "AA" (108).
    - OpenRouter: docs - a bearer starting with sk-or-v1- is an API key.
    - Groq: gsk_ prefix (pages); visible keys are gsk_ + 52 alnum with "WGdyb3FY" at 20..27.
    - OpenAI: project keys sk-proj-<74>T3BlbkFJ<74> (164 chars) seen in public files.
    - Gemini: ai.google.dev shows ?key=YOUR_API_KEY / x-goog-api-key; keys AIza + 35.
    - Discord: discord.py docs token.rst: base64(user id) . base64(timestamp) . HMAC.
    - text-generation-webui docs: "--api-key yourkey", --listen, --api-port.
    - SillyTavern docs: config.yaml is the server config (basic auth, listen, whitelist).
    - Stability: ComfyUI-SAI_API README: SAI_API_KEY env or sai_platform_key.txt file.

DOUBTS
    - HF token body length/alphabet (34 letters) and Civitai key (32 lowercase hex) are from
      observation, not documentation.
    - Runpod keys: docs describe permissions only; "rpa_" + 46 uppercase alnum is assumed.
    - Stability keys "sk-" + 48 alnum, AnythingLLM keys "XXXXXXX-XXXXXXX-XXXXXXX-XXXXXXX",
      ngrok authtokens (27 + "_" + 21 base62) and fal keys (UUID:32 hex) are assumed shapes.
    - KoboldCpp .kcpps "password" field, SillyTavern basicAuthUser.password layout and
      SILLYTAVERN_* env overrides, Jan settings.json layout, comfy.settings.json key names for
      third-party extensions and InvokeAI remote_api_tokens layout are written from memory of
      how these projects look; not all were confirmed in the searches (pages corpus failed once).
    - Tool-server API keys and basic-auth passwords are user-chosen: generated here as random
      hex / urlsafe strings or passphrase-like passwords.
"""
import json
import os
import random
import string
import sys

ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
LETTERS = string.ascii_letters
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64enc_nopad(data):
    import base64
    return base64.b64encode(data).decode().rstrip("=")


# ---------------------------------------------------------------- secret generators
def g_hf(rng):
    return "hf_" + rs(rng, LETTERS, 34)


def g_civitai(rng):
    return rs(rng, HEX, 32)


def g_openai(rng):
    if rng.random() < 0.75:
        return "sk-proj-" + rs(rng, B64URL, 74) + "T3BlbkFJ" + rs(rng, B64URL, 74)
    return "sk-" + rs(rng, ALNUM, 20) + "T3BlbkFJ" + rs(rng, ALNUM, 20)


def g_anthropic(rng):
    return "sk-ant-api03-" + rs(rng, B64URL, 93) + "AA"


def g_gemini(rng):
    return "AIzaSy" + rs(rng, B64URL, 33)


def g_groq(rng):
    return "gsk_" + rs(rng, ALNUM, 20) + "WGdyb3FY" + rs(rng, ALNUM, 24)


def g_openrouter(rng):
    return "sk-or-v1-" + rs(rng, HEX, 64)


def g_replicate(rng):
    return "r8_" + rs(rng, ALNUM, 37)


def g_fal(rng):
    return uuid4(rng) + ":" + rs(rng, HEX, 32)


def g_stability(rng):
    return "sk-" + rs(rng, ALNUM, 48)


def g_discord(rng):
    uid = str(rng.randint(200000000000000000, 1350000000000000000))
    first = b64enc_nopad(uid.encode())
    if rng.random() < 0.7:
        return first + ".G" + rs(rng, B64URL, 5) + "." + rs(rng, B64URL, 38)
    return first + "." + rs(rng, B64URL, 6) + "." + rs(rng, B64URL, 27)


def g_runpod(rng):
    return "rpa_" + rs(rng, UPPER_ALNUM, 46)


def g_ngrok(rng):
    return rng.choice("12") + rs(rng, ALNUM, 26) + "_" + rs(rng, ALNUM, 21)


def g_anythingllm(rng):
    al = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    return "-".join(rs(rng, al, 7) for _ in range(4))


def g_serverkey(rng):
    r = rng.random()
    if r < 0.4:
        return rs(rng, HEX, 32)
    if r < 0.8:
        return rs(rng, B64URL, 43)
    return rs(rng, ALNUM, 24)


WORDS = ["amber", "falcon", "gravel", "lantern", "nimbus", "quartz", "saffron", "tundra",
         "velvet", "willow", "cobalt", "ember", "harbor", "juniper", "meadow", "orchid",
         "pepper", "rocket", "sierra", "thistle", "umber", "violet", "walnut", "zephyr"]


def g_password(rng):
    r = rng.random()
    if r < 0.4:
        return (rng.choice(WORDS).capitalize() + rng.choice("!#*@._") + rng.choice(WORDS)
                + str(rng.randint(10, 9999)) + rng.choice(["", "?", "!", "~"]))
    if r < 0.75:
        return rs(rng, ALNUM + "!#*@_.", rng.randint(14, 22))
    return "-".join(rng.choice(WORDS) for _ in range(3)) + "-" + str(rng.randint(10, 99))


KINDS = {
    # kind: (provider, kind label, generator, env name)
    "hf": ("huggingface", "hf_user_access_token", g_hf, "HF_TOKEN"),
    "civitai": ("civitai", "civitai_api_key", g_civitai, "CIVITAI_API_KEY"),
    "openai": ("openai", "openai_api_key", g_openai, "OPENAI_API_KEY"),
    "anthropic": ("anthropic", "anthropic_api_key", g_anthropic, "ANTHROPIC_API_KEY"),
    "gemini": ("google", "gemini_api_key", g_gemini, "GEMINI_API_KEY"),
    "groq": ("groq", "groq_api_key", g_groq, "GROQ_API_KEY"),
    "openrouter": ("openrouter", "openrouter_api_key", g_openrouter, "OPENROUTER_API_KEY"),
    "replicate": ("replicate", "replicate_api_token", g_replicate, "REPLICATE_API_TOKEN"),
    "fal": ("fal", "fal_api_key", g_fal, "FAL_KEY"),
    "stability": ("stability", "stability_api_key", g_stability, "STABILITY_API_KEY"),
    "discord": ("discord", "discord_bot_token", g_discord, "DISCORD_TOKEN"),
    "runpod": ("runpod", "runpod_api_key", g_runpod, "RUNPOD_API_KEY"),
    "ngrok": ("ngrok", "ngrok_authtoken", g_ngrok, "NGROK_AUTHTOKEN"),
    "anythingllm": ("anythingllm", "anythingllm_api_key", g_anythingllm, "ANYTHINGLLM_API_KEY"),
    "tgw": ("text-generation-webui", "local_server_api_key", g_serverkey, "OOBA_API_KEY"),
    "kobold": ("koboldcpp", "local_server_password", g_password, "KOBOLD_PASSWORD"),
    "jan": ("jan", "local_server_api_key", g_serverkey, "JAN_API_KEY"),
    "st_pw": ("sillytavern", "basic_auth_password", g_password, "SILLYTAVERN_PASSWORD"),
    "a1111_pw": ("automatic1111", "basic_auth_password", g_password, "WEBUI_AUTH"),
}

LLM = ["openai", "anthropic", "gemini", "groq", "openrouter"]
IMG = ["replicate", "fal", "stability"]

DOC_EXAMPLES = {
    "hf": ["hf_xxx", "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "hf_..."],
    "civitai": ["YOUR_TOKEN_HERE", "YOUR-TOKEN-HERE", "your-token-here", "{api_key}"],
    "openai": ["sk-...", "sk-your-key-here", "sk-proj-..."],
    "anthropic": ["sk-ant-...", "sk-ant-key-1", "sk-ant-api03-..."],
    "gemini": ["YOUR_API_KEY", "AIza..."],
    "groq": ["gsk_your_key_here", "gsk_..."],
    "openrouter": ["sk-or-v1-your-key-here", "sk-or-v1-...", "<OPENROUTER_API_KEY>"],
    "replicate": ["r8_xxxxxxxxxxxx", "r8_..."],
    "fal": ["your-api-key-here", "YOUR_API_KEY", "abc123def456:sk_live_abc123..."],
    "stability": ["<YOUR_API_KEY_HERE>", "sk-..."],
    "discord": ["MjQ1NTU5MDg3NTI0MjE2ODMy.DulyxA.brcD2xRAqjACTuMcGPwy4TWVQdg",
                "OTY4NTU2MzQ4MzkwMzkxODU5.G49NjP.pD8PLpKp-Xx8sr-8m1DCxSPTJZdcpcJZOExc1c",
                "your-bot-token"],
    "runpod": ["your_runpod_api_key_here", "your_runpod_api_key"],
    "ngrok": ["<NGROK_AUTHTOKEN>", "your-authtoken"],
    "anythingllm": ["XXXXXXX-XXXXXXX-XXXXXXX-XXXXXXX", "<your-anythingllm-key>"],
    "tgw": ["yourkey", "<api-key>"],
    "kobold": ["yourpassword", "<password>"],
    "jan": ["<api-key>", "your-api-key"],
    "st_pw": ["password", "changeme"],
    "a1111_pw": ["password", "pass"],
}
PLACEHOLDERS = ["<your-key>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx",
                "<paste-your-token-here>", "REPLACE_ME", "your-api-key", "TODO", "<token>",
                "INSERT_KEY_HERE", "dummy", "test"]
MASKED = ["****", "********************", "[REDACTED]", "<redacted>", "***hidden***",
          "sk-****************", "hf_********************************", "(hidden)"]


class Slot(object):
    """The secret slot of a template. Positive: the generated secret. Negative: a non-secret."""

    def __init__(self, rng, kind, secret=None):
        self.kind = kind
        self.secret = secret
        self.pos = secret is not None
        self.cat = None
        self.pick = rng.random()
        self.pick2 = rng.random()
        if not self.pos:
            self.cat = rng.choice(["placeholder", "placeholder", "empty", "masked", "ref",
                                   "ref", "ref", "doc", "doc"])

    def _env(self, env):
        return env or KINDS[self.kind][3]

    def _from(self, lst, which=None):
        p = self.pick if which is None else which
        return lst[int(p * len(lst)) % len(lst)]

    def val(self, ctx="txt", env=None):
        if self.pos:
            return self.secret
        e = self._env(env)
        cat = self.cat
        if cat == "empty" and ctx in ("cli", "url", "bat", "md", "txt", "py", "js"):
            cat = "placeholder"
        if cat == "placeholder":
            return self._from(PLACEHOLDERS)
        if cat == "empty":
            return ""
        if cat == "masked":
            return self._from(MASKED)
        if cat == "doc":
            return self._from(DOC_EXAMPLES[self.kind])
        refs = {
            "sh": ["$" + e, "${" + e + "}", "${" + e + ":?missing}"],
            "cli": ["$" + e, "${" + e + "}", "\"$" + e + "\""],
            "docker": ["${" + e + "}", "$" + e],
            "bat": ["%" + e + "%"],
            "ps1": ["$env:" + e],
            "yaml": ["${" + e + "}", "op://ai-tools/" + e.lower() + "/credential",
                     "{{ .Values.secrets." + e.lower() + " }}", "vault:secret/data/genai#" + e.lower()],
            "json": ["${env:" + e + "}", "{{" + e + "}}", "$" + e, "op://Personal/" + e + "/credential"],
            "ini": ["${" + e + "}", "%(" + e.lower() + ")s", "env:" + e],
            "toml": ["${" + e + "}", "env:" + e],
            "url": ["${" + e + "}", "$" + e, "{token}"],
            "md": ["$" + e, "${" + e + "}", "<" + e + ">"],
            "txt": ["${" + e + "}", "$" + e],
            "py": ["{" + e + "}", "${" + e + "}"],
            "js": ["${process.env." + e + "}", "${" + e + "}"],
            "gha": ["${{ secrets." + e + " }}"],
            "nb": ["{" + e + "}", "$" + e],
        }
        return self._from(refs.get(ctx, refs["txt"]), self.pick2)

    def q(self, qc='"', lang="py", env=None):
        """A quoted literal in code; negatives may become an environment lookup instead."""
        if self.pos:
            return qc + self.secret + qc
        e = self._env(env)
        if self.cat == "ref":
            exprs = {
                "py": ['os.environ["%s"]' % e, 'os.getenv("%s")' % e, 'os.environ.get("%s", "")' % e,
                       'userdata.get("%s")' % e],
                "js": ["process.env.%s" % e, 'process.env["%s"] ?? ""' % e],
                "toml": ['"${%s}"' % e],
            }
            if lang in exprs:
                return self._from(exprs[lang], self.pick2)
        v = self.val({"py": "py", "js": "js"}.get(lang, lang), env)
        return qc + v + qc


# ---------------------------------------------------------------- shared innocent content
CKPTS = ["sd_xl_base_1.0.safetensors", "juggernautXL_v9Rdphoto2Lightning.safetensors",
         "dreamshaper_8.safetensors", "realisticVisionV60B1_v51VAE.safetensors",
         "ponyDiffusionV6XL_v6StartWithThisOne.safetensors", "flux1-dev-fp8.safetensors",
         "animagineXLV31_v31.safetensors", "v1-5-pruned-emaonly.safetensors",
         "sd3.5_medium.safetensors", "epicrealism_naturalSinRC1VAE.safetensors"]
LORAS = ["add_detail.safetensors", "lcm-lora-sdxl.safetensors", "pixel-art-xl.safetensors",
         "more_details.safetensors", "Hyper-SDXL-8steps-lora.safetensors", "epiNoiseoffset_v2.safetensors",
         "watercolor_v1.safetensors", "film_grain_xl.safetensors"]
SAMPLERS = ["euler", "euler_ancestral", "dpmpp_2m", "dpmpp_2m_sde", "dpmpp_3m_sde", "uni_pc", "lcm", "ddim"]
SCHEDULERS = ["normal", "karras", "exponential", "sgm_uniform", "simple", "beta"]
A1_SAMPLERS = ["DPM++ 2M Karras", "Euler a", "DPM++ SDE Karras", "DPM++ 2M SDE", "UniPC", "DDIM", "Euler"]
PROMPTS = ["a lighthouse on a cliff at dusk, volumetric fog, cinematic lighting",
           "portrait of an elderly fisherman, weathered skin, 85mm, shallow depth of field",
           "isometric pixel art of a cozy ramen shop, night, neon signs",
           "watercolor illustration of a fox in a birch forest, soft pastel palette",
           "cyberpunk alley in the rain, reflections, ultra detailed, octane render",
           "studio photo of a ceramic teapot, product shot, white background",
           "masterpiece, best quality, 1girl, silver hair, starry sky, detailed eyes",
           "ancient library with floating books, god rays, fantasy concept art",
           "macro shot of a dew drop on a leaf, bokeh, morning light"]
NEGPROMPTS = ["lowres, bad anatomy, blurry, watermark, jpeg artifacts",
              "worst quality, low quality, text, signature, extra fingers",
              "deformed, ugly, oversaturated, cropped"]
LLM_MODELS = {
    "openai": ["gpt-4o-mini", "gpt-4o", "gpt-4.1-mini"],
    "anthropic": ["claude-3-5-sonnet-20241022", "claude-3-haiku-20240307", "claude-3-5-haiku-latest"],
    "gemini": ["gemini-1.5-flash", "gemini-2.0-flash", "gemini-1.5-pro"],
    "groq": ["llama-3.1-8b-instant", "llama-3.3-70b-versatile", "mixtral-8x7b-32768"],
    "openrouter": ["meta-llama/llama-3.1-70b-instruct", "mistralai/mixtral-8x7b-instruct",
                   "anthropic/claude-3.5-sonnet"],
}
BASE_URLS = {
    "openai": "https://api.openai.com/v1",
    "anthropic": "https://api.anthropic.com",
    "gemini": "https://generativelanguage.googleapis.com/v1beta",
    "groq": "https://api.groq.com/openai/v1",
    "openrouter": "https://openrouter.ai/api/v1",
}
NODE_PACKS = ["ComfyUI-LLM-Prompt", "comfyui-prompt-enhancer", "ComfyUI-Cloud-Nodes", "ComfyUI-IF_AI_tools",
              "comfyui-magic-caption", "ComfyUI-Remote-Gen", "comfy-storyboard-nodes", "ComfyUI-AutoTagger"]
HF_REPOS = ["stabilityai/stable-diffusion-xl-base-1.0", "black-forest-labs/FLUX.1-dev",
            "runwayml/stable-diffusion-v1-5", "madebyollin/sdxl-vae-fp16-fix",
            "TheBloke/Mistral-7B-Instruct-v0.2-GGUF", "city96/FLUX.1-dev-gguf",
            "h94/IP-Adapter", "lllyasviel/ControlNet-v1-1"]
USERS = ["admin", "tavern", "kai", "mira", "webui", "render", "studio", "owner"]


def pk(rng, lst):
    return rng.choice(lst)


def llm_model(rng, kind):
    return pk(rng, LLM_MODELS.get(kind, ["gpt-4o-mini"]))


def seed(rng):
    return rng.randint(1, 2 ** 50)


def civ_version(rng):
    return rng.randint(10000, 1100000)


# ---------------------------------------------------------------- positive templates
POS = []


def tpl(kinds, weight=1.0):
    def deco(f):
        POS.append((f, kinds, weight))
        return f
    return deco


@tpl(LLM + IMG)
def t_comfy_node_ini(rng, s):
    pack = pk(rng, NODE_PACKS)
    prov = s.kind
    return ("custom_nodes/%s/config.ini" % pack,
            "; %s configuration\n; copy of config.ini.example, edited for this machine\n\n"
            "[general]\nprovider = %s\nmodel = %s\ntimeout = %d\nmax_retries = 3\n\n"
            "[%s]\napi_key = %s\nbase_url = %s\n\n[cache]\nenabled = true\ndir = ./cache\n"
            % (pack, prov, llm_model(rng, prov) if prov in LLM else "default", rng.choice([30, 60, 120]),
               prov, s.val("ini"), BASE_URLS.get(prov, "https://api.%s.ai" % prov)))


@tpl(LLM + IMG)
def t_comfy_node_settings_json(rng, s):
    pack = pk(rng, NODE_PACKS)
    key = rng.choice(["api_key", "apiKey", "key", "token"])
    return ("custom_nodes/%s/settings.json" % pack,
            '{\n  "provider": "%s",\n  "%s": "%s",\n  "model": "%s",\n  "temperature": %.1f,\n'
            '  "max_tokens": %d,\n  "system_prompt": "You expand short image prompts into detailed '
            'Stable Diffusion prompts.",\n  "log_level": "INFO"\n}\n'
            % (s.kind, key, s.val("json"), llm_model(rng, s.kind), rng.choice([0.2, 0.7, 1.0]),
               rng.choice([256, 512, 1024])))


def _comfy_api_nodes(rng, extra_id, extra):
    sd = seed(rng)
    nodes = {
        "3": {"class_type": "KSampler", "inputs": {"seed": sd, "steps": rng.choice([20, 25, 30]),
              "cfg": rng.choice([5.5, 7, 4.5]), "sampler_name": pk(rng, SAMPLERS),
              "scheduler": pk(rng, SCHEDULERS), "denoise": 1, "model": ["4", 0],
              "positive": ["6", 0], "negative": ["7", 0], "latent_image": ["5", 0]}},
        "4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": pk(rng, CKPTS)}},
        "5": {"class_type": "EmptyLatentImage", "inputs": {"width": 1024, "height": 1024, "batch_size": 1}},
        "6": {"class_type": "CLIPTextEncode", "inputs": {"text": ["%s" % extra_id, 0], "clip": ["4", 1]}},
        "7": {"class_type": "CLIPTextEncode", "inputs": {"text": pk(rng, NEGPROMPTS), "clip": ["4", 1]}},
        "8": {"class_type": "VAEDecode", "inputs": {"samples": ["3", 0], "vae": ["4", 2]}},
        "9": {"class_type": "SaveImage", "inputs": {"filename_prefix": "ComfyUI", "images": ["8", 0]}},
        extra_id: extra,
    }
    return nodes


@tpl(LLM)
def t_comfy_workflow_api(rng, s):
    extra = {"class_type": rng.choice(["LLMPromptEnhancer", "OpenAICompatiblePrompt", "PromptExpander"]),
             "inputs": {"prompt": pk(rng, PROMPTS), "provider": s.kind, "model": llm_model(rng, s.kind),
                        "api_key": "@@SLOT@@", "seed": seed(rng)}}
    txt = json.dumps(_comfy_api_nodes(rng, "12", extra), indent=2)
    return ("workflows/%s_api.json" % rng.choice(["portrait", "enhance", "batch", "sdxl_llm"]),
            txt.replace("@@SLOT@@", s.val("json")) + "\n")


@tpl(IMG)
def t_comfy_workflow_api_img(rng, s):
    extra = {"class_type": {"replicate": "ReplicateRun", "fal": "FalFluxPro", "stability": "StabilityUpscale"}[s.kind],
             "inputs": {"image": ["8", 0], "api_key_override": "@@SLOT@@", "output_format": "png"}}
    txt = json.dumps(_comfy_api_nodes(rng, "14", extra), indent=1)
    return ("user/default/workflows/%s.json" % rng.choice(["upscale_remote", "cloud_pass", "hires_fix"]),
            txt.replace("@@SLOT@@", s.val("json")) + "\n")


@tpl(LLM + IMG)
def t_comfy_workflow_ui(rng, s):
    nid = rng.randint(20, 60)
    wf = {
        "id": uuid4(rng), "revision": 0, "last_node_id": nid, "last_link_id": nid + 7,
        "nodes": [
            {"id": 4, "type": "CheckpointLoaderSimple", "pos": [26, 474], "size": [315, 98],
             "flags": {}, "order": 0, "mode": 0, "widgets_values": [pk(rng, CKPTS)]},
            {"id": 3, "type": "KSampler", "pos": [863, 186], "size": [315, 262], "flags": {},
             "order": 4, "mode": 0,
             "widgets_values": [seed(rng), "randomize", 25, 7, pk(rng, SAMPLERS), pk(rng, SCHEDULERS), 1]},
            {"id": nid, "type": rng.choice(["APIPromptNode", "CloudLLMNode", "RemoteImageEdit"]),
             "pos": [410, 60], "size": [400, 220], "flags": {}, "order": 2, "mode": 0,
             "properties": {"Node name for S&R": "APIPromptNode"},
             "widgets_values": [pk(rng, PROMPTS), llm_model(rng, s.kind), "@@SLOT@@", 0.7]},
        ],
        "links": [[1, 4, 0, 3, 0, "MODEL"], [2, nid, 0, 3, 1, "CONDITIONING"]],
        "groups": [], "config": {}, "extra": {"ds": {"scale": 0.83, "offset": [12.5, -40.2]}},
        "version": 0.4,
    }
    txt = json.dumps(wf, indent=2)
    return ("workflows/%s.json" % rng.choice(["txt2img_llm", "story_frames", "product_shots"]),
            txt.replace("@@SLOT@@", s.val("json")) + "\n")


@tpl(LLM + ["civitai", "replicate"])
def t_comfy_settings(rng, s):
    key = {"openai": "LLMParty.OpenAI.APIKey", "anthropic": "PromptAssist.AnthropicKey",
           "gemini": "PromptAssist.GeminiKey", "groq": "LLMParty.Groq.APIKey",
           "openrouter": "Comfy.OpenRouter.Key", "civitai": "CivitaiBrowser.ApiKey",
           "replicate": "ReplicateNodes.Token"}[s.kind]
    return ("user/default/comfy.settings.json",
            '{\n    "Comfy.UseNewMenu": "Top",\n    "Comfy.Workflow.WorkflowTabsPosition": "Topbar",\n'
            '    "Comfy.LinkRenderMode": %d,\n    "Comfy.Graph.ZoomSpeed": 1.1,\n'
            '    "Comfy.Locale": "en",\n    "%s": "%s",\n    "Comfy.TutorialCompleted": true,\n'
            '    "Comfy.Sidebar.Location": "left"\n}\n' % (rng.choice([0, 2]), key, s.val("json")))


@tpl(LLM + IMG + ["civitai"])
def t_comfy_node_py_const(rng, s):
    pack = pk(rng, NODE_PACKS)
    var = rng.choice(["API_KEY", "_KEY", "DEFAULT_KEY", "%s_API_KEY" % s.kind.upper()])
    return ("custom_nodes/%s/nodes.py" % pack,
            "import json\nimport os\n\nimport requests\nimport torch\n\nfrom .utils import tensor_to_pil, pil_to_tensor\n\n"
            "%s = %s\nTIMEOUT = %d\n\n\nclass %sNode:\n    CATEGORY = \"%s\"\n    RETURN_TYPES = (\"STRING\",)\n"
            "    FUNCTION = \"run\"\n\n    @classmethod\n    def INPUT_TYPES(cls):\n        return {\n"
            "            \"required\": {\n                \"prompt\": (\"STRING\", {\"multiline\": True}),\n"
            "                \"seed\": (\"INT\", {\"default\": 0, \"min\": 0, \"max\": 0xffffffffffffffff}),\n"
            "            }\n        }\n\n    def run(self, prompt, seed):\n"
            "        headers = {\"Authorization\": \"Bearer \" + %s}\n"
            "        r = requests.post(ENDPOINT, headers=headers, json={\"prompt\": prompt, \"seed\": seed}, timeout=TIMEOUT)\n"
            "        r.raise_for_status()\n        return (r.json().get(\"text\", \"\"),)\n"
            % (var, s.q(rng.choice(['"', "'"]), "py"), rng.choice([60, 120]), s.kind.capitalize(), pack, var))


@tpl(["fal"])
def t_fal_node_header(rng, s):
    return ("custom_nodes/comfyui-fal-flux/fal_api.py",
            "import io\nimport requests\nfrom PIL import Image\n\nFAL_QUEUE = \"https://queue.fal.run/fal-ai/flux/dev\"\n\n\n"
            "def submit(prompt, width=1024, height=1024, steps=28, seed=None):\n"
            "    headers = {\n        \"Authorization\": \"Key %s\",\n        \"Content-Type\": \"application/json\",\n    }\n"
            "    payload = {\"prompt\": prompt, \"image_size\": {\"width\": width, \"height\": height},\n"
            "               \"num_inference_steps\": steps, \"seed\": seed}\n"
            "    resp = requests.post(FAL_QUEUE, json=payload, headers=headers, timeout=30)\n"
            "    resp.raise_for_status()\n    return resp.json()[\"request_id\"]\n" % s.val("py"))


@tpl(["replicate", "fal", "hf", "civitai"])
def t_node_init_setdefault(rng, s):
    env = KINDS[s.kind][3]
    pack = pk(rng, NODE_PACKS)
    return ("custom_nodes/%s/__init__.py" % pack,
            "import os\n\n# make the token available to the client library before it is imported\n"
            "os.environ.setdefault(\"%s\", %s)\n\nfrom .nodes import NODE_CLASS_MAPPINGS, NODE_DISPLAY_NAME_MAPPINGS\n\n"
            "WEB_DIRECTORY = \"./js\"\n__all__ = [\"NODE_CLASS_MAPPINGS\", \"NODE_DISPLAY_NAME_MAPPINGS\", \"WEB_DIRECTORY\"]\n"
            % (env, s.q('"', "py", env)))


@tpl(["civitai"])
def t_a1111_civitai_helper(rng, s):
    return ("extensions/Stable-Diffusion-Webui-Civitai-Helper/setting.json",
            '{\n    "model": {\n        "max_size_preview": true,\n        "skip_nsfw_preview": false\n    },\n'
            '    "general": {\n        "open_url_with_js": true,\n        "always_display": false,\n'
            '        "show_btn_on_thumb": true,\n        "proxy": ""\n    },\n    "tool": {},\n'
            '    "dl_model_version_id": %d,\n    "civitai_api_key": "%s"\n}\n' % (civ_version(rng), s.val("json")))


@tpl(["a1111_pw"])
def t_webui_user_bat(rng, s):
    user = pk(rng, USERS)
    flag = rng.choice(["--api-auth", "--gradio-auth"])
    return ("webui-user.bat",
            "@echo off\r\n\r\nset PYTHON=\r\nset GIT=\r\nset VENV_DIR=\r\n"
            "set COMMANDLINE_ARGS=--xformers --listen --port %d --api %s %s:%s --no-half-vae\r\n\r\n"
            "call webui.bat\r\n" % (rng.choice([7860, 7861, 8080]), flag, user, s.val("bat", "WEBUI_AUTH")))


@tpl(["a1111_pw"])
def t_webui_user_sh(rng, s):
    user = pk(rng, USERS)
    return ("webui-user.sh",
            "#!/bin/bash\n#########################################################\n"
            "# Uncomment and change the variables below to your need:#\n"
            "#########################################################\n\n# install_dir=\"/home/$(whoami)\"\n\n"
            "# Commandline arguments for webui.py, for example: export COMMANDLINE_ARGS=\"--medvram --opt-split-attention\"\n"
            "export COMMANDLINE_ARGS=\"--listen --enable-insecure-extension-access --gradio-auth %s:%s --api\"\n\n"
            "# python3 executable\n#python_cmd=\"python3\"\n\nexport TORCH_COMMAND=\"pip install torch==2.1.2 torchvision --index-url https://download.pytorch.org/whl/cu121\"\n"
            % (user, s.val("sh", "WEBUI_AUTH")))


@tpl(["hf", "civitai"])
def t_forge_bat_env(rng, s):
    env = KINDS[s.kind][3] if s.kind == "hf" else rng.choice(["CIVITAI_TOKEN", "CIVITAI_API_KEY"])
    return ("stable-diffusion-webui-forge/webui-user.bat",
            "@echo off\r\n\r\nset PYTHON=\r\nset GIT=\r\nset VENV_DIR=\r\nset COMMANDLINE_ARGS=--cuda-malloc --pin-shared-memory\r\n"
            "set %s=%s\r\n\r\n@REM Uncomment following code to reference an existing A1111 checkout.\r\n"
            "@REM set A1111_HOME=Your A1111 checkout dir\r\n\r\ncall webui.bat\r\n" % (env, s.val("bat", env)))


@tpl(["hf", "civitai"])
def t_sdnext_config(rng, s):
    key = "huggingface_token" if s.kind == "hf" else "civitai_token"
    return ("sdnext/config.json",
            '{\n  "sd_model_checkpoint": "%s",\n  "sd_backend": "diffusers",\n  "diffusers_pipeline": "Autodetect",\n'
            '  "cuda_dtype": "BF16",\n  "samples_save": true,\n  "samples_format": "jpg",\n  "%s": "%s",\n'
            '  "theme_type": "Modern",\n  "gradio_theme": "black-teal"\n}\n' % (pk(rng, CKPTS), key, s.val("json")))


@tpl(["openai", "gemini", "openrouter"])
def t_a1111_ext_config(rng, s):
    return ("extensions/sd-webui-gpt-prompt/config.json",
            '{\n  "enabled": true,\n  "endpoint": "%s",\n  "model": "%s",\n  "api_key": "%s",\n'
            '  "append_to_prompt": false,\n  "style_presets": ["cinematic", "anime", "photographic"]\n}\n'
            % (BASE_URLS[s.kind], llm_model(rng, s.kind), s.val("json")))


@tpl(LLM)
def t_st_secrets(rng, s):
    key = {"openai": "api_key_openai", "anthropic": "api_key_claude", "gemini": "api_key_makersuite",
           "groq": "api_key_groq", "openrouter": "api_key_openrouter"}[s.kind]
    if rng.random() < 0.5:
        return ("data/default-user/secrets.json", '{\n    "%s": "%s"\n}\n' % (key, s.val("json")))
    return ("data/default-user/secrets.json",
            '{\n  "%s": [\n    {\n      "id": "%s",\n      "value": "%s",\n      "label": "%s",\n'
            '      "active": true\n    }\n  ]\n}\n' % (key, uuid4(rng), s.val("json"), rng.choice(["main", "laptop", "Default"])))


@tpl(["st_pw"], 1.5)
def t_st_config_yaml(rng, s):
    return ("config.yaml",
            "# -- NETWORK CONFIGURATION --\nlisten: true\nprotocol:\n  ipv4: true\n  ipv6: false\n"
            "port: %d\nwhitelistMode: false\nenableForwardedWhitelist: true\nwhitelist:\n  - ::1\n  - 127.0.0.1\n"
            "basicAuthMode: true\nbasicAuthUser:\n  username: \"%s\"\n  password: \"%s\"\n"
            "enableCorsProxy: false\nenableUserAccounts: false\nsecurityOverride: false\n"
            "# -- ADVANCED CONFIGURATION --\nautorun: false\ndataRoot: ./data\n"
            % (rng.choice([8000, 8001]), pk(rng, USERS), s.val("yaml", "SILLYTAVERN_PASSWORD")))


@tpl(["st_pw"])
def t_st_compose(rng, s):
    return ("docker/docker-compose.yml",
            "services:\n  sillytavern:\n    build: ..\n    container_name: sillytavern\n    hostname: sillytavern\n"
            "    image: ghcr.io/sillytavern/sillytavern:latest\n    environment:\n      - NODE_ENV=production\n"
            "      - FORCE_COLOR=1\n      - SILLYTAVERN_BASICAUTHMODE=true\n      - SILLYTAVERN_BASICAUTHUSER_USERNAME=%s\n"
            "      - SILLYTAVERN_BASICAUTHUSER_PASSWORD=%s\n    ports:\n      - \"8000:8000\"\n"
            "    volumes:\n      - \"./config:/home/node/app/config\"\n      - \"./data:/home/node/app/data\"\n"
            "    restart: unless-stopped\n" % (pk(rng, USERS), s.val("docker", "SILLYTAVERN_PASSWORD")))


@tpl(["tgw"], 1.5)
def t_tgw_cmd_flags(rng, s):
    return ("text-generation-webui/user_data/CMD_FLAGS.txt" if rng.random() < 0.5 else "CMD_FLAGS.txt",
            "# Only used by the one-click installer.\n# Example:\n# --listen --api\n"
            "--listen --api --api-port %d --api-key %s --model %s --loader llama.cpp\n"
            % (rng.choice([5000, 5001]), s.val("cli", "OOBA_API_KEY"),
               rng.choice(["Mistral-7B-Instruct-v0.2.Q5_K_M.gguf", "Meta-Llama-3.1-8B-Instruct-Q6_K.gguf"])))


@tpl(["tgw"])
def t_tgw_compose(rng, s):
    return ("docker-compose.yml",
            "version: \"3.3\"\nservices:\n  text-generation-webui:\n    build:\n      context: .\n"
            "      args:\n        TORCH_CUDA_ARCH_LIST: ${TORCH_CUDA_ARCH_LIST:-7.5}\n        BUILD_EXTENSIONS: ${BUILD_EXTENSIONS:-}\n"
            "    env_file: .env\n    environment:\n      - EXTRA_LAUNCH_ARGS=--listen --api --api-key %s --verbose\n"
            "    ports:\n      - \"7860:7860\"\n      - \"5000:5000\"\n    stdin_open: true\n    tty: true\n"
            "    volumes:\n      - ./models:/home/app/text-generation-webui/models\n"
            "    deploy:\n      resources:\n        reservations:\n          devices:\n            - driver: nvidia\n"
            "              device_ids: ['0']\n              capabilities: [gpu]\n" % s.val("docker", "OOBA_API_KEY"))


@tpl(["ngrok"])
def t_tgw_ngrok_settings(rng, s):
    return ("text-generation-webui/settings.json",
         '{\n    "show_controls": true,\n    "start_with": "",\n    "mode": "chat-instruct",\n'
         '    "chat_style": "cai-chat",\n    "ngrok": {\n        "authtoken": "%s",\n'
         '        "authtoken_from_env": false,\n        "oauth_provider": "google",\n'
         '        "oauth_allow_domains": ["%s.dev"]\n    }\n}\n'
         % (s.val("json", "NGROK_AUTHTOKEN"), rng.choice(["lumen", "hollow", "brightforge"])))


@tpl(["kobold"])
def t_kcpps(rng, s):
    return ("koboldcpp/%s.kcpps" % rng.choice(["mistral-nemo", "llama3-8b", "default"]),
            '{"model": [], "model_param": "%s", "port": 5001, "port_param": 5001, "host": "", '
            '"launch": false, "threads": %d, "usecublas": ["normal", "0"], "contextsize": %d, '
            '"gpulayers": %d, "flashattention": true, "quantkv": 0, "password": "%s", '
            '"ignoremissing": false, "multiuser": 1, "remotetunnel": false, "foreground": false}\n'
            % (rng.choice(["models/Mistral-Nemo-Instruct-2407-Q4_K_M.gguf", "models/L3-8B-Stheno-v3.2-Q6_K.gguf"]),
               rng.choice([6, 8, 12]), rng.choice([4096, 8192, 16384]), rng.choice([33, 41, 99]), s.val("json", "KOBOLD_PASSWORD")))


@tpl(["kobold"])
def t_kobold_sh(rng, s):
    return ("scripts/run_kobold.sh",
            "#!/usr/bin/env bash\nset -euo pipefail\ncd \"$(dirname \"$0\")/..\"\n\nMODEL=models/%s\n\n"
            "./koboldcpp-linux-x64 --model \"$MODEL\" --usecublas --gpulayers %d --contextsize %d \\\n"
            "  --host 0.0.0.0 --port 5001 --multiuser --password %s --quiet\n"
            % (rng.choice(["Llama-3.1-8B-Instruct-Q5_K_M.gguf", "gemma-2-9b-it-Q4_K_M.gguf"]),
               rng.choice([28, 35, 99]), rng.choice([8192, 12288]), s.val("cli", "KOBOLD_PASSWORD")))


@tpl(["kobold", "tgw"])
def t_kobold_bat(rng, s):
    return ("start_server.bat",
            "@echo off\r\ntitle local LLM server\r\nrem starts the model server for the Discord bot\r\n"
            "koboldcpp.exe --model models\\%s --usecublas --gpulayers %d --port 5001 --password %s --skiplauncher\r\n"
            "pause\r\n" % (rng.choice(["Qwen2.5-7B-Instruct-Q5_K_M.gguf", "Mistral-7B-Instruct-v0.3.Q4_K_M.gguf"]),
                            rng.choice([30, 33]), s.val("bat", "KOBOLD_PASSWORD")))


@tpl(["openai", "groq", "anthropic", "openrouter"])
def t_jan_engine_settings(rng, s):
    ext = {"openai": "inference-openai-extension", "groq": "inference-groq-extension",
           "anthropic": "inference-anthropic-extension", "openrouter": "inference-openrouter-extension"}[s.kind]
    return ("jan/settings/@janhq/%s/settings.json" % ext,
            '[\n  {\n    "key": "chat-completions-endpoint",\n    "title": "Chat Completions Endpoint",\n'
            '    "description": "The endpoint to use for chat completions.",\n    "controllerType": "input",\n'
            '    "controllerProps": {\n      "placeholder": "%s/chat/completions",\n      "value": "%s/chat/completions"\n    }\n  },\n'
            '  {\n    "key": "%s-api-key",\n    "title": "API Key",\n    "description": "The API key.",\n'
            '    "controllerType": "input",\n    "controllerProps": {\n      "placeholder": "Insert API Key",\n'
            '      "value": "%s",\n      "type": "password",\n      "inputActions": ["unobscure", "copy"]\n    }\n  }\n]\n'
            % (BASE_URLS[s.kind], BASE_URLS[s.kind], s.kind, s.val("json")))


@tpl(["jan"])
def t_jan_server_json(rng, s):
    return ("jan/settings/settings.json",
            '{\n  "run_mode": "gpu",\n  "gpus_in_use": ["0"],\n  "vulkan": false,\n  "experimental_mode": false,\n'
            '  "api_server": {\n    "host": "0.0.0.0",\n    "port": 1337,\n    "prefix": "/v1",\n'
            '    "cors": true,\n    "verbose_logs": false,\n    "api_key": "%s"\n  }\n}\n' % s.val("json", "JAN_API_KEY"))


@tpl(["openai", "anthropic", "gemini", "groq"], 0.4)
def t_anythingllm_env(rng, s):
    lines = {"openai": "LLM_PROVIDER='openai'\nOPEN_AI_KEY=%s\nOPEN_MODEL_PREF='gpt-4o'",
             "anthropic": "LLM_PROVIDER='anthropic'\nANTHROPIC_API_KEY=%s\nANTHROPIC_MODEL_PREF='claude-3-5-sonnet-20241022'",
             "gemini": "LLM_PROVIDER='gemini'\nGEMINI_API_KEY=%s\nGEMINI_LLM_MODEL_PREF='gemini-1.5-flash'",
             "groq": "LLM_PROVIDER='groq'\nGROQ_API_KEY=%s\nGROQ_MODEL_PREF='llama-3.1-8b-instant'"}[s.kind]
    return ("anythingllm/server/storage/.env" if rng.random() < 0.5 else "anythingllm/server/.env",
            "SERVER_PORT=3001\nSTORAGE_DIR=\"/app/server/storage\"\nUID='1000'\nGID='1000'\n"
            + (lines % s.val("sh")) + "\nEMBEDDING_ENGINE='native'\nVECTOR_DB='lancedb'\nWHISPER_PROVIDER='local'\n"
            "TTS_PROVIDER='native'\nDISABLE_TELEMETRY='true'\n")


@tpl(["openai", "anthropic", "gemini", "groq", "openrouter"])
def t_anythingllm_compose(rng, s):
    env = {"openai": "OPEN_AI_KEY", "anthropic": "ANTHROPIC_API_KEY", "gemini": "GEMINI_API_KEY",
           "groq": "GROQ_API_KEY", "openrouter": "OPENROUTER_API_KEY"}[s.kind]
    return ("deploy/anythingllm/docker-compose.yml",
            "name: anythingllm\n\nservices:\n  anythingllm:\n    image: mintplexlabs/anythingllm:latest\n"
            "    container_name: anythingllm\n    ports:\n      - \"3001:3001\"\n    cap_add:\n      - SYS_ADMIN\n"
            "    environment:\n      STORAGE_DIR: /app/server/storage\n      LLM_PROVIDER: %s\n      %s: %s\n"
            "      EMBEDDING_ENGINE: native\n      VECTOR_DB: lancedb\n    volumes:\n      - anythingllm_storage:/app/server/storage\n"
            "    restart: always\n\nvolumes:\n  anythingllm_storage:\n" % (s.kind, env, s.val("yaml", env)))


@tpl(["anythingllm"])
def t_anythingllm_client(rng, s):
    return ("tools/ask_workspace.py",
            "\"\"\"Send a question to our AnythingLLM workspace from the command line.\"\"\"\nimport sys\n\nimport requests\n\n"
            "BASE = \"http://localhost:3001/api/v1\"\nWORKSPACE = \"%s\"\n\n\ndef ask(question):\n"
            "    r = requests.post(\n        f\"{BASE}/workspace/{WORKSPACE}/chat\",\n"
            "        headers={\"Authorization\": \"Bearer %s\", \"accept\": \"application/json\"},\n"
            "        json={\"message\": question, \"mode\": \"query\"},\n        timeout=120,\n    )\n"
            "    r.raise_for_status()\n    return r.json()[\"textResponse\"]\n\n\nif __name__ == \"__main__\":\n"
            "    print(ask(\" \".join(sys.argv[1:]) or \"What changed in the last release?\"))\n"
            % (rng.choice(["docs", "support-kb", "lore"]), s.val("py", "ANYTHINGLLM_API_KEY")))


@tpl(["anythingllm"])
def t_anythingllm_curl_md(rng, s):
    return ("docs/anythingllm-api.md",
            "# Querying the knowledge base\n\nThe desktop app exposes a developer API on port 3001 once a key\n"
            "has been generated under *Settings > Developer API*.\n\n```bash\n"
            "curl -s http://localhost:3001/api/v1/workspaces \\\n  -H 'accept: application/json' \\\n"
            "  -H 'Authorization: Bearer %s'\n```\n\nThe response lists every workspace with its `slug`.\n" % s.val("md"))


@tpl(["hf"], 1.5)
def t_hf_cli_login_sh(rng, s):
    return (rng.choice(["setup.sh", "scripts/bootstrap.sh", "install_models.sh"]),
            "#!/usr/bin/env bash\nset -e\n\npython -m pip install -U \"huggingface_hub[cli]\" hf_transfer\n"
            "export HF_HUB_ENABLE_HF_TRANSFER=1\n\nhuggingface-cli login --token %s --add-to-git-credential\n\n"
            "huggingface-cli download %s --local-dir models/checkpoints --include \"*.safetensors\"\n"
            % (s.val("cli", "HF_TOKEN"), pk(rng, HF_REPOS)))


def _nb(cells):
    out = {"cells": [], "metadata": {"accelerator": "GPU", "colab": {"provenance": []},
                                     "kernelspec": {"display_name": "Python 3", "name": "python3"},
                                     "language_info": {"name": "python"}},
           "nbformat": 4, "nbformat_minor": 0}
    for kind, src in cells:
        lines = src.split("\n")
        srcl = [l + "\n" for l in lines[:-1]] + [lines[-1]]
        c = {"cell_type": kind, "metadata": {}, "source": srcl}
        if kind == "code":
            c["execution_count"] = None
            c["outputs"] = []
        out["cells"].append(c)
    return json.dumps(out, indent=1) + "\n"


@tpl(["hf"], 1.5)
def t_colab_hf_login(rng, s):
    how = rng.random()
    if how < 0.5:
        code = "from huggingface_hub import login\nlogin(%s)" % s.q('"', "py", "HF_TOKEN")
    else:
        code = "!huggingface-cli login --token %s" % s.val("nb", "HF_TOKEN")
    return ("notebooks/%s.ipynb" % rng.choice(["flux_lora_colab", "ComfyUI_colab", "sdxl_train"]),
            _nb([("markdown", "# Setup\nInstall dependencies and log in so gated weights can be downloaded."),
                 ("code", "!pip install -q diffusers transformers accelerate safetensors"),
                 ("code", code),
                 ("code", "from diffusers import DiffusionPipeline\nimport torch\n\npipe = DiffusionPipeline.from_pretrained(\"%s\", torch_dtype=torch.float16)\npipe.to(\"cuda\")" % pk(rng, HF_REPOS))]))


@tpl(["civitai"], 1.5)
def t_colab_civitai_wget(rng, s):
    v = civ_version(rng)
    return ("notebooks/%s.ipynb" % rng.choice(["download_models", "A1111_colab", "forge_colab"]),
            _nb([("markdown", "## Download checkpoint and LoRAs from Civitai"),
                 ("code", "%cd /content/stable-diffusion-webui/models/Stable-diffusion"),
                 ("code", "!wget -q --content-disposition \"https://civitai.com/api/download/models/%d?type=Model&format=SafeTensor&size=pruned&fp=fp16&token=%s\"" % (v, s.val("url"))),
                 ("code", "!ls -lh")]))


@tpl(["civitai"], 1.5)
def t_civitai_dl_sh(rng, s):
    return ("scripts/download_models.sh",
            "#!/bin/sh\n# fetch the models used by the workflows in ./workflows\nset -eu\nDEST=\"${1:-models/loras}\"\nmkdir -p \"$DEST\"\n\n"
            "for id in %d %d %d; do\n  curl -L -J -O --output-dir \"$DEST\" \\\n"
            "    \"https://civitai.com/api/download/models/${id}?type=Model&format=SafeTensor&token=%s\"\ndone\n"
            % (civ_version(rng), civ_version(rng), civ_version(rng), s.val("url", "CIVITAI_TOKEN")))


@tpl(["civitai", "hf"])
def t_aria2_list(rng, s):
    if s.kind == "civitai":
        url = "https://civitai.com/api/download/models/%d" % civ_version(rng)
        out = pk(rng, LORAS)
    else:
        repo = pk(rng, HF_REPOS)
        url = "https://huggingface.co/%s/resolve/main/%s" % (repo, pk(rng, CKPTS))
        out = url.rsplit("/", 1)[1]
    return ("downloads/models.aria2.txt",
            "# aria2c -i downloads/models.aria2.txt -x 8 -s 8\n%s\n  dir=models/%s\n  out=%s\n  header=Authorization: Bearer %s\n"
            "https://huggingface.co/madebyollin/sdxl-vae-fp16-fix/resolve/main/sdxl_vae.safetensors\n  dir=models/vae\n"
            % (url, "loras" if s.kind == "civitai" else "checkpoints", out, s.val("txt")))


@tpl(["civitai"])
def t_civitai_py(rng, s):
    var = rng.choice(["CIVITAI_TOKEN", "token", "API_TOKEN"])
    return ("tools/civitai_fetch.py",
            "#!/usr/bin/env python3\nimport os\nimport sys\nfrom urllib.parse import unquote\n\nimport requests\n\n"
            "%s = %s\nAPI = \"https://civitai.com/api\"\n\n\ndef download(version_id, dest=\"models/loras\"):\n"
            "    url = f\"{API}/download/models/{version_id}\"\n"
            "    with requests.get(url, headers={\"Authorization\": f\"Bearer {%s}\"}, stream=True, timeout=60) as r:\n"
            "        r.raise_for_status()\n        name = unquote(r.headers[\"Content-Disposition\"].split(\"filename=\")[1].strip('\"'))\n"
            "        with open(os.path.join(dest, name), \"wb\") as fh:\n            for chunk in r.iter_content(1 << 20):\n"
            "                fh.write(chunk)\n    return name\n\n\nif __name__ == \"__main__\":\n"
            "    for vid in sys.argv[1:]:\n        print(download(int(vid)))\n" % (var, s.q('"', "py", "CIVITAI_TOKEN"), var))


@tpl(["civitai", "hf"], 1.5)
def t_invokeai_yaml(rng, s):
    regex = "civitai.com" if s.kind == "civitai" else "huggingface.co"
    return ("invokeai/invokeai.yaml",
            "# Internal metadata - do not edit:\nschema_version: 4.0.2\n\n# Put user settings here - see https://invoke-ai.github.io/InvokeAI/features/CONFIGURATION/:\n"
            "host: 0.0.0.0\nport: 9090\nram: %d\nvram: %d\nenable_partial_loading: true\nprecision: float16\n"
            "remote_api_tokens:\n  - url_regex: %s\n    token: %s\n" % (rng.choice([12, 16, 24]), rng.choice([6, 8, 10]), regex, s.val("yaml")))


@tpl(["discord"], 1.5)
def t_discord_bot_py(rng, s):
    var = rng.choice(["TOKEN", "BOT_TOKEN", "DISCORD_TOKEN"])
    return ("bot/bot.py",
            "import asyncio\nimport io\n\nimport aiohttp\nimport discord\nfrom discord import app_commands\n\n"
            "COMFY_URL = \"http://127.0.0.1:8188\"\n%s = %s\n\nintents = discord.Intents.default()\n"
            "client = discord.Client(intents=intents)\ntree = app_commands.CommandTree(client)\n\n\n"
            "@tree.command(name=\"imagine\", description=\"Generate an image with ComfyUI\")\n"
            "async def imagine(interaction: discord.Interaction, prompt: str):\n    await interaction.response.defer()\n"
            "    async with aiohttp.ClientSession() as session:\n        png = await queue_and_wait(session, prompt)\n"
            "    await interaction.followup.send(file=discord.File(io.BytesIO(png), \"image.png\"))\n\n\n"
            "client.run(%s)\n" % (var, s.q('"', "py", "DISCORD_TOKEN"), var))


@tpl(["discord"])
def t_discord_bot_run_literal(rng, s):
    return ("main.py",
            "import logging\n\nfrom imagebot import ImageBot\n\nlogging.basicConfig(level=logging.INFO)\n\n"
            "bot = ImageBot(command_prefix=\"!\", comfy_host=\"%s\")\nbot.run(%s, log_handler=None)\n"
            % (rng.choice(["127.0.0.1:8188", "comfy:8188"]), s.q(rng.choice(['"', "'"]), "py", "DISCORD_TOKEN")))


@tpl(["discord"])
def t_discord_config_json(rng, s):
    return ("config.json",
            '{\n  "token": "%s",\n  "guild_id": "%d",\n  "allowed_channels": ["%d"],\n'
            '  "comfyui": {"host": "127.0.0.1", "port": 8188, "workflow": "workflows/sdxl_api.json"},\n'
            '  "defaults": {"steps": 25, "cfg": 6.5, "sampler": "%s", "width": 1024, "height": 1024}\n}\n'
            % (s.val("json"), rng.randint(10 ** 17, 10 ** 18), rng.randint(10 ** 17, 10 ** 18), pk(rng, SAMPLERS)))


@tpl(["discord"])
def t_discord_config_yaml(rng, s):
    return ("bot/config.yaml",
            "discord:\n  token: %s\n  status: \"/imagine a prompt\"\n  owner_ids:\n    - %d\n"
            "backend:\n  type: a1111\n  url: http://localhost:7860\n  default_model: %s\n"
            "limits:\n  per_user_per_hour: 20\n  max_batch: 4\n"
            % (s.val("yaml"), rng.randint(10 ** 17, 10 ** 18), pk(rng, CKPTS)))


@tpl(["replicate"], 1.5)
def t_replicate_client(rng, s):
    return ("custom_nodes/comfyui-replicate-bridge/client.py",
            "import replicate\nfrom replicate.client import Client\n\n_client = Client(api_token=%s)\n\n\n"
            "def run_model(ref, inputs):\n    \"\"\"ref like 'black-forest-labs/flux-schnell'.\"\"\"\n"
            "    return _client.run(ref, input=inputs)\n" % s.q('"', "py", "REPLICATE_API_TOKEN"))


@tpl(["fal"])
def t_fal_env_py(rng, s):
    return ("scripts/fal_batch.py",
            "import os\n\nimport fal_client\n\nos.environ[\"FAL_KEY\"] = %s\n\nPROMPTS = [\n    \"%s\",\n    \"%s\",\n]\n\n"
            "for p in PROMPTS:\n    result = fal_client.subscribe(\"fal-ai/flux/schnell\", arguments={\"prompt\": p})\n"
            "    print(result[\"images\"][0][\"url\"])\n" % (s.q('"', "py", "FAL_KEY"), pk(rng, PROMPTS), pk(rng, PROMPTS)))


@tpl(["fal", "replicate", "openrouter"])
def t_js_web_config(rng, s):
    if s.kind == "fal":
        body = "import { fal } from \"@fal-ai/client\";\n\nfal.config({\n  credentials: %s,\n});\n" % s.q('"', "js", "FAL_KEY")
    elif s.kind == "replicate":
        body = "import Replicate from \"replicate\";\n\nexport const replicate = new Replicate({\n  auth: %s,\n});\n" % s.q('"', "js", "REPLICATE_API_TOKEN")
    else:
        body = ("import OpenAI from \"openai\";\n\nexport const client = new OpenAI({\n  baseURL: \"https://openrouter.ai/api/v1\",\n"
                "  apiKey: %s,\n  defaultHeaders: { \"X-Title\": \"Prompt Studio\" },\n});\n" % s.q('"', "js", "OPENROUTER_API_KEY"))
    return ("web/src/lib/%s.ts" % s.kind, "// shared client for the gallery front-end\n" + body)


@tpl(["runpod"], 1.2)
def t_runpod_py(rng, s):
    return ("deploy/runpod_launch.py",
            "import runpod\n\nrunpod.api_key = %s\n\npod = runpod.create_pod(\n    name=\"comfyui-%s\",\n"
            "    image_name=\"runpod/pytorch:2.1.0-py3.10-cuda11.8.0-devel-ubuntu22.04\",\n"
            "    gpu_type_id=\"NVIDIA GeForce RTX 4090\",\n    cloud_type=\"COMMUNITY\",\n    volume_in_gb=75,\n"
            "    ports=\"8188/http,22/tcp\",\n)\nprint(pod[\"id\"])\n" % (s.q('"', "py", "RUNPOD_API_KEY"), rng.choice(["flux", "sdxl", "video"])))


@tpl(["runpod"])
def t_runpod_curl(rng, s):
    return ("scripts/run_endpoint.sh",
            "#!/usr/bin/env bash\nENDPOINT_ID=%s\n\ncurl -s -X POST \"https://api.runpod.ai/v2/${ENDPOINT_ID}/runsync\" \\\n"
            "  -H \"Content-Type: application/json\" \\\n  -H \"Authorization: Bearer %s\" \\\n"
            "  -d @payloads/%s.json | jq '.output.images[0]' -r | base64 -d > out.png\n"
            % (rs(rng, string.ascii_lowercase + string.digits, 14), s.val("cli", "RUNPOD_API_KEY"), rng.choice(["txt2img", "flux"])))


@tpl(["stability"])
def t_sai_key_file(rng, s):
    return ("custom_nodes/ComfyUI-SAI_API/sai_platform_key.txt", s.val("txt") + "\n")


@tpl(["stability"])
def t_stability_py(rng, s):
    return ("tools/sd3_remote.py",
            "import requests\n\nresp = requests.post(\n    \"https://api.stability.ai/v2beta/stable-image/generate/sd3\",\n"
            "    headers={\"authorization\": \"Bearer %s\", \"accept\": \"image/*\"},\n"
            "    files={\"none\": \"\"},\n    data={\"prompt\": \"%s\", \"output_format\": \"png\", \"aspect_ratio\": \"3:2\"},\n"
            "    timeout=120,\n)\nresp.raise_for_status()\nopen(\"sd3.png\", \"wb\").write(resp.content)\n"
            % (s.val("py", "STABILITY_API_KEY"), pk(rng, PROMPTS)))


@tpl(["gemini"], 1.2)
def t_gemini_url_md(rng, s):
    return ("docs/prompt-captioning.md",
            "# Captioning the dataset with Gemini\n\nBefore training the LoRA we caption every image. Quick check that the key works:\n\n"
            "```sh\ncurl -H 'Content-Type: application/json' \\\n  -d '{\"contents\":[{\"parts\":[{\"text\":\"Describe this art style in 10 words\"}]}]}' \\\n"
            "  -X POST 'https://generativelanguage.googleapis.com/v1beta/models/%s:generateContent?key=%s'\n```\n\n"
            "Then run `python caption.py --dir dataset/10_mystyle`.\n" % (llm_model(rng, "gemini"), s.val("url", "GEMINI_API_KEY")))


@tpl(LLM)
def t_ext_yaml_llm(rng, s):
    return ("custom_nodes/%s/config.yaml" % pk(rng, NODE_PACKS),
            "llm:\n  provider: %s\n  model: %s\n  base_url: %s\n  api_key: %s\n  temperature: 0.8\n"
            "caption:\n  max_words: 60\n  prefix: \"\"\nui:\n  show_cost: false\n"
            % (s.kind, llm_model(rng, s.kind), BASE_URLS[s.kind], s.val("yaml")))


@tpl(["anthropic", "openai"])
def t_anthropic_client(rng, s):
    if s.kind == "anthropic":
        body = ("import anthropic\n\nclient = anthropic.Anthropic(api_key=%s)\n\n\ndef expand(prompt):\n"
                "    msg = client.messages.create(\n        model=\"%s\",\n        max_tokens=400,\n"
                "        messages=[{\"role\": \"user\", \"content\": f\"Rewrite as a detailed SDXL prompt: {prompt}\"}],\n    )\n"
                "    return msg.content[0].text\n" % (s.q('"', "py"), llm_model(rng, "anthropic")))
    else:
        body = ("from openai import OpenAI\n\nclient = OpenAI(api_key=%s)\n\n\ndef expand(prompt):\n"
                "    r = client.chat.completions.create(model=\"%s\", messages=[{\"role\": \"user\", \"content\": prompt}])\n"
                "    return r.choices[0].message.content\n" % (s.q('"', "py"), llm_model(rng, "openai")))
    return ("custom_nodes/%s/llm_backend.py" % pk(rng, NODE_PACKS), body)


@tpl(["groq", "openrouter"])
def t_toml_providers(rng, s):
    return ("prompt-tools.toml",
            "[general]\ndefault_provider = \"%s\"\noutput_dir = \"prompts/out\"\n\n[providers.%s]\nbase_url = \"%s\"\n"
            "model = \"%s\"\napi_key = %s\n\n[providers.ollama]\nbase_url = \"http://127.0.0.1:11434/v1\"\nmodel = \"llama3.1:8b\"\n"
            % (s.kind, s.kind, BASE_URLS[s.kind], llm_model(rng, s.kind), s.q('"', "toml")))


@tpl(["openrouter", "groq", "openai"])
def t_js_const(rng, s):
    env = KINDS[s.kind][3]
    return ("extensions/third-party/st-prompt-helper/index.js",
            "import { extension_settings } from \"../../../extensions.js\";\n\nconst extensionName = \"st-prompt-helper\";\n"
            "const %s = %s;\nconst ENDPOINT = \"%s/chat/completions\";\n\n"
            "async function summarize(text) {\n  const res = await fetch(ENDPOINT, {\n    method: \"POST\",\n"
            "    headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${%s}` },\n"
            "    body: JSON.stringify({ model: \"%s\", messages: [{ role: \"user\", content: text }] }),\n  });\n"
            "  return (await res.json()).choices[0].message.content;\n}\n"
            % (rng.choice(["API_KEY", "KEY", "apiKey"]) if False else "API_KEY", s.q('"', "js", env),
               BASE_URLS[s.kind], "API_KEY", llm_model(rng, s.kind)))


@tpl(["hf", "civitai", "replicate", "fal"], 1.3)
def t_md_export(rng, s):
    env = KINDS[s.kind][3]
    return (rng.choice(["docs/setup.md", "README.md", "docs/cloud-gpu.md"]),
            "# Running on a rented GPU\n\n1. Start a pod with the PyTorch template.\n2. Clone this repo and install requirements:\n\n"
            "```bash\ngit clone https://github.com/%s/comfy-workflows && cd comfy-workflows\npip install -r requirements.txt\n```\n\n"
            "3. Export the token and start ComfyUI:\n\n```bash\nexport %s=%s\npython main.py --listen 0.0.0.0 --port 8188\n```\n\n"
            "The models are fetched on first start (about 20 GB).\n" % (rng.choice(["pixelwright", "nodesmith", "ayla-k"]), env, s.val("md", env)))


@tpl(["hf", "openai", "civitai"])
def t_ps1(rng, s):
    env = KINDS[s.kind][3]
    return ("launch.ps1",
            "# Launch ComfyUI portable with the tokens custom nodes expect\n$ErrorActionPreference = \"Stop\"\n"
            "Set-Location $PSScriptRoot\n$env:%s = \"%s\"\n$env:PYTORCH_CUDA_ALLOC_CONF = \"expandable_segments:True\"\n"
            ".\\python_embeded\\python.exe -s ComfyUI\\main.py --windows-standalone-build --preview-method auto\n"
            % (env, s.val("ps1", env)))


@tpl(["hf", "civitai"])
def t_dockerfile(rng, s):
    if s.kind == "hf":
        line = "ENV HF_TOKEN=%s\nRUN huggingface-cli download %s --local-dir /models/checkpoints" % (s.val("docker", "HF_TOKEN"), pk(rng, HF_REPOS))
    else:
        line = ("ENV CIVITAI_TOKEN=%s\nRUN wget -q -O /models/loras/detail.safetensors "
                "\"https://civitai.com/api/download/models/%d?token=${CIVITAI_TOKEN}\"" % (s.val("docker", "CIVITAI_TOKEN"), civ_version(rng)))
    return ("docker/Dockerfile",
            "FROM nvidia/cuda:12.1.1-cudnn8-runtime-ubuntu22.04\n\nENV DEBIAN_FRONTEND=noninteractive PIP_NO_CACHE_DIR=1\n"
            "RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip git wget && rm -rf /var/lib/apt/lists/*\n"
            "RUN git clone https://github.com/comfyanonymous/ComfyUI /opt/ComfyUI && pip3 install -r /opt/ComfyUI/requirements.txt\n"
            "RUN pip3 install \"huggingface_hub[cli]\"\n%s\n\nWORKDIR /opt/ComfyUI\nEXPOSE 8188\nCMD [\"python3\", \"main.py\", \"--listen\", \"0.0.0.0\"]\n" % line)


@tpl(["hf", "civitai", "openai"])
def t_comfy_compose(rng, s):
    env = KINDS[s.kind][3]
    return ("docker-compose.yml",
            "services:\n  comfyui:\n    image: yanwk/comfyui-boot:cu121\n    ports:\n      - \"8188:8188\"\n"
            "    environment:\n      - CLI_ARGS=--fast\n      - %s=%s\n    volumes:\n      - ./storage:/root\n"
            "    deploy:\n      resources:\n        reservations:\n          devices:\n            - driver: nvidia\n"
            "              count: all\n              capabilities: [gpu]\n" % (env, s.val("docker", env)))


@tpl(["hf"])
def t_gha(rng, s):
    return (".github/workflows/push-to-hub.yml",
            "name: Sync LoRA to the Hub\n\non:\n  push:\n    branches: [main]\n    paths: [\"loras/**\"]\n\njobs:\n  upload:\n"
            "    runs-on: ubuntu-latest\n    env:\n      HF_TOKEN: %s\n    steps:\n      - uses: actions/checkout@v4\n"
            "        with:\n          lfs: true\n      - run: pip install -U \"huggingface_hub[cli]\"\n"
            "      - run: huggingface-cli upload %s/%s loras/ . --repo-type model\n"
            % (s.val("gha", "HF_TOKEN"), rng.choice(["ayla-k", "nodesmith"]), rng.choice(["inkwash-lora", "retro-flat-xl"])))


@tpl(["hf"])
def t_makefile(rng, s):
    return ("Makefile",
            ".PHONY: install weights serve push\n\nMODEL_REPO ?= %s\n\ninstall:\n\tpip install -r requirements.txt\n\n"
            "weights:\n\thuggingface-cli download $(MODEL_REPO) --local-dir weights\n\n"
            "push:\n\thuggingface-cli upload %s/%s output/ . --token %s\n\nserve:\n\tpython app.py --port 7860\n"
            % (pk(rng, HF_REPOS), rng.choice(["ayla-k", "nodesmith"]), rng.choice(["flux-inkwash", "sdxl-mecha"]), s.val("cli", "HF_TOKEN")))


@tpl(["hf"])
def t_kohya_toml(rng, s):
    return ("train/config_lora.toml",
            "[model_arguments]\npretrained_model_name_or_path = \"%s\"\nv2 = false\n\n[dataset_arguments]\n"
            "train_data_dir = \"/workspace/dataset\"\nresolution = \"1024,1024\"\nenable_bucket = true\n\n"
            "[training_arguments]\noutput_dir = \"/workspace/output\"\noutput_name = \"%s\"\nsave_model_as = \"safetensors\"\n"
            "max_train_epochs = %d\nlearning_rate = 1e-4\noptimizer_type = \"AdamW8bit\"\nmixed_precision = \"bf16\"\n"
            "seed = %d\n\n[huggingface_arguments]\nhuggingface_repo_id = \"%s/%s\"\nhuggingface_repo_type = \"model\"\n"
            "huggingface_token = %s\nsave_state_to_huggingface = false\n"
            % (pk(rng, HF_REPOS), rng.choice(["inkwash_v2", "mecha_xl"]), rng.choice([8, 10, 16]), rng.randint(0, 99999),
               rng.choice(["ayla-k", "nodesmith"]), rng.choice(["inkwash", "mecha"]), s.q('"', "toml", "HF_TOKEN")))


@tpl(["hf"])
def t_kohya_sh(rng, s):
    return ("train/train_lora.sh",
            "#!/bin/bash\naccelerate launch --num_cpu_threads_per_process 4 sdxl_train_network.py \\\n"
            "  --pretrained_model_name_or_path=\"%s\" \\\n  --dataset_config=dataset.toml \\\n"
            "  --output_dir=output --output_name=%s --network_module=networks.lora --network_dim=32 \\\n"
            "  --huggingface_repo_id=%s/%s --huggingface_token=%s --save_every_n_epochs=2\n"
            % (pk(rng, HF_REPOS), rng.choice(["watercolor_xl", "pixelart"]), rng.choice(["ayla-k", "nodesmith"]),
               rng.choice(["watercolor-xl", "pixelart-lora"]), s.val("cli", "HF_TOKEN")))


@tpl(["hf"])
def t_git_remote_url(rng, s):
    user = rng.choice(["ayla-k", "nodesmith", "pixelwright"])
    space = rng.choice(["comfy-demo", "sdxl-playground", "flux-gallery"])
    return ("deploy/push_space.sh",
            "#!/usr/bin/env bash\n# mirror the demo app into the Hugging Face Space\nset -e\n"
            "git remote add space https://%s:%s@huggingface.co/spaces/%s/%s 2>/dev/null || true\n"
            "git push space main --force\n" % (user, s.val("url", "HF_TOKEN"), user, space))


@tpl(["a1111_pw", "tgw"])
def t_launch_log(rng, s):
    if s.kind == "a1111_pw":
        args = "--xformers --listen --api --api-auth %s:%s" % (pk(rng, USERS), s.val("txt"))
        return ("logs/webui-%d.log" % rng.randint(1, 30),
                "Python 3.10.11 (tags/v3.10.11:7d4cc5a, Apr  5 2023, 00:38:17) [MSC v.1929 64 bit (AMD64)]\n"
                "Version: v1.10.1\nCommit hash: %s\nLaunching Web UI with arguments: %s\n"
                "Loading weights [%s] from D:\\sd\\models\\Stable-diffusion\\%s\nRunning on local URL:  http://0.0.0.0:7860\n"
                "Model loaded in 6.4s (load weights from disk: 0.8s, create model: 0.6s, apply weights to model: 4.2s).\n"
                % (rs(rng, HEX, 40), args, rs(rng, HEX, 10), pk(rng, CKPTS)))
    return ("logs/server.log",
            "%s INFO     Starting Text generation web UI\n%s INFO     Loading settings from \"settings.yaml\"\n"
            "%s INFO     CMD_FLAGS: --listen --api --api-key %s\n%s INFO     OpenAI-compatible API URL:\n\nhttp://0.0.0.0:5000\n"
            % ("18:02:11-412907", "18:02:11-415002", "18:02:11-415770", s.val("txt"), "18:02:19-201554"))


@tpl(["openai", "hf", "replicate"])
def t_colab_environ(rng, s):
    env = KINDS[s.kind][3]
    return ("notebooks/%s.ipynb" % rng.choice(["prompt_lab", "caption_dataset", "quick_test"]),
            _nb([("code", "import os\nos.environ[\"%s\"] = %s" % (env, s.q('"', "py", env))),
                 ("code", "!pip -q install %s" % {"openai": "openai", "hf": "huggingface_hub", "replicate": "replicate"}[s.kind]),
                 ("markdown", "Run the cells below to generate captions for `dataset/`.")]))


@tpl(["tgw", "jan"])
def t_client_headers_py(rng, s):
    port = 5000 if s.kind == "tgw" else 1337
    return ("scripts/chat_local.py",
            "import requests\n\nURL = \"http://192.168.1.%d:%d/v1/chat/completions\"\nHEADERS = {\n"
            "    \"Content-Type\": \"application/json\",\n    \"Authorization\": \"Bearer %s\",\n}\n\n"
            "history = []\nwhile True:\n    user = input(\"> \")\n    history.append({\"role\": \"user\", \"content\": user})\n"
            "    r = requests.post(URL, headers=HEADERS, json={\"mode\": \"chat\", \"messages\": history}, timeout=300)\n"
            "    reply = r.json()[\"choices\"][0][\"message\"][\"content\"]\n    history.append({\"role\": \"assistant\", \"content\": reply})\n"
            "    print(reply)\n" % (rng.randint(2, 250), port, s.val("py")))


@tpl(["civitai", "hf"])
def t_ini_downloader(rng, s):
    sect = "civitai" if s.kind == "civitai" else "huggingface"
    return ("custom_nodes/ComfyUI-Model-Downloader/downloader.ini",
            "[paths]\ncheckpoints = models/checkpoints\nloras = models/loras\nvae = models/vae\n\n[%s]\n%s = %s\n"
            "verify_hash = true\n\n[network]\nconnections = 8\nretry = 3\n"
            % (sect, rng.choice(["api_key", "token", "auth"]), s.val("ini")))


# ---------------------------------------------------------------- look-alike negatives
NEG = []


def neg(kind, weight=1.0):
    def deco(f):
        NEG.append((f, kind, weight))
        return f
    return deco


def h64(rng):
    return rs(rng, HEX, 64)


@neg("civitai_model_info")
def n_civitai_info(rng):
    sha = h64(rng).upper()
    return ("models/loras/%s" % pk(rng, LORAS).replace(".safetensors", ".civitai.info"),
            json.dumps({"id": civ_version(rng), "modelId": rng.randint(1000, 900000), "name": "v%d.0" % rng.randint(1, 4),
                        "baseModel": rng.choice(["SDXL 1.0", "SD 1.5", "Flux.1 D", "Pony"]),
                        "trainedWords": [rng.choice(["inkwash", "pxlart", "film grain"])],
                        "files": [{"name": pk(rng, LORAS), "sizeKB": round(rng.uniform(9000, 230000), 4),
                                   "hashes": {"AutoV1": rs(rng, HEX, 8).upper(), "AutoV2": sha[:10], "SHA256": sha,
                                              "CRC32": rs(rng, HEX, 8).upper(), "BLAKE3": h64(rng).upper(),
                                              "AutoV3": h64(rng).upper()},
                                   "downloadUrl": "https://civitai.com/api/download/models/%d" % civ_version(rng),
                                   "primary": True}],
                        "images": [{"url": "https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/%s/width=832/%d.jpeg" % (uuid4(rng), rng.randint(10 ** 6, 10 ** 8)),
                                    "hash": "U" + rs(rng, ALNUM + "#$%*+,-.:;=?@[]^_{|}~", 27), "nsfwLevel": 1}]},
                       indent=4) + "\n")


@neg("a1111_parameters")
def n_a1111_params(rng):
    return ("outputs/txt2img-images/%s/%05d-%d.txt" % ("2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)), rng.randint(0, 9999), seed(rng) % 10 ** 10),
            "%s, <lora:%s:0.8>\nNegative prompt: %s\nSteps: %d, Sampler: %s, Schedule type: Karras, CFG scale: %s, Seed: %d, "
            "Size: 832x1216, Model hash: %s, Model: %s, VAE hash: %s, VAE: sdxl_vae.safetensors, "
            "Lora hashes: \"%s: %s\", Version: v1.10.1\n"
            % (pk(rng, PROMPTS), pk(rng, LORAS)[:-12], pk(rng, NEGPROMPTS), rng.choice([25, 30, 40]), pk(rng, A1_SAMPLERS),
               rng.choice(["5", "6.5", "7"]), rng.randint(0, 2 ** 32), rs(rng, HEX, 10), pk(rng, CKPTS)[:-12], rs(rng, HEX, 10),
               pk(rng, LORAS)[:-12], rs(rng, HEX, 12)))


@neg("comfy_workflow_ui")
def n_comfy_ui(rng):
    wf = {"id": uuid4(rng), "revision": 0, "last_node_id": 9, "last_link_id": 9,
          "nodes": [{"id": 3, "type": "KSampler", "pos": [863, 186], "size": [315, 262], "flags": {}, "order": 4, "mode": 0,
                     "widgets_values": [seed(rng), "fixed", 30, 6.5, pk(rng, SAMPLERS), pk(rng, SCHEDULERS), 1]},
                    {"id": 6, "type": "CLIPTextEncode", "pos": [415, 186], "size": [422, 164], "flags": {}, "order": 2, "mode": 0,
                     "widgets_values": [pk(rng, PROMPTS)]},
                    {"id": 10, "type": "LoraLoader", "pos": [40, 600], "size": [315, 126], "flags": {}, "order": 1, "mode": 0,
                     "widgets_values": [pk(rng, LORAS), 0.8, 1.0]}],
          "links": [[1, 4, 0, 3, 0, "MODEL"]], "groups": [],
          "extra": {"ds": {"scale": 1.1, "offset": [0, 0]}, "frontendVersion": "1.%d.%d" % (rng.randint(2, 20), rng.randint(0, 9)),
                    "node_versions": {"comfy-core": "0.3.%d" % rng.randint(10, 40), "ComfyUI-Impact-Pack": rs(rng, HEX, 40)}},
          "version": 0.4}
    return ("workflows/%s.json" % rng.choice(["sdxl_basic", "lora_stack", "upscale_2x"]), json.dumps(wf, indent=2) + "\n")


@neg("comfy_workflow_api")
def n_comfy_api(rng):
    nodes = _comfy_api_nodes(rng, "10", {"class_type": "LoraLoader", "inputs": {"lora_name": pk(rng, LORAS),
                             "strength_model": 0.75, "strength_clip": 1, "model": ["4", 0], "clip": ["4", 1]}})
    nodes["6"]["inputs"]["text"] = pk(rng, PROMPTS)
    return ("workflows/%s_api.json" % rng.choice(["lora", "bot_default", "sdxl"]), json.dumps(nodes, indent=2) + "\n")


@neg("safetensors_metadata")
def n_st_meta(rng):
    md = {"ss_sd_model_name": pk(rng, CKPTS), "ss_sd_model_hash": rs(rng, HEX, 8), "ss_new_sd_model_hash": h64(rng),
          "ss_session_id": str(rng.randint(10 ** 8, 4 * 10 ** 9)), "ss_training_started_at": "%d.%d" % (rng.randint(1.68e9, 1.73e9), rng.randint(0, 999999)),
          "ss_network_dim": "32", "ss_network_alpha": "16", "ss_learning_rate": "0.0001", "ss_seed": str(rng.randint(0, 99999)),
          "ss_tag_frequency": json.dumps({"10_inkwash": {"inkwash": 42, "1girl": 17, "monochrome": 30}}),
          "sshs_model_hash": h64(rng), "sshs_legacy_hash": rs(rng, HEX, 8), "modelspec.hash_sha256": "0x" + h64(rng),
          "modelspec.architecture": "stable-diffusion-xl-v1-base/lora", "modelspec.title": "inkwash"}
    return ("docs/metadata/%s.json" % rng.choice(["inkwash_v2", "pixelart_v1"]), json.dumps({"__metadata__": md}, indent=2) + "\n")


@neg("sha256sums")
def n_sha256sums(rng):
    lines = ["%s  %s" % (h64(rng), f) for f in rng.sample(CKPTS + LORAS, 6)]
    return ("models/SHA256SUMS", "\n".join(lines) + "\n")


@neg("lfs_pointer")
def n_lfs(rng):
    return ("models/checkpoints/%s" % pk(rng, CKPTS),
            "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (h64(rng), rng.randint(10 ** 9, 7 * 10 ** 9)))


@neg("hf_model_card")
def n_model_card(rng):
    return ("README.md",
            "---\nlicense: openrail++\nbase_model: %s\ntags:\n- stable-diffusion-xl\n- lora\n- text-to-image\n"
            "instance_prompt: inkwash style\nwidget:\n- text: \"%s\"\n  output:\n    url: images/%s.png\n---\n\n"
            "# Inkwash XL\n\nTrained with kohya sd-scripts at commit `%s`.\nDownload: `huggingface-cli download %s/inkwash-xl --revision %s`\n"
            % (pk(rng, HF_REPOS), pk(rng, PROMPTS), rs(rng, HEX, 8), rs(rng, HEX, 7), rng.choice(["ayla-k", "nodesmith"]), rs(rng, HEX, 40)))


@neg("hf_revision_script")
def n_hf_revision(rng):
    return ("scripts/fetch_weights.py",
            "from huggingface_hub import snapshot_download\n\n# pin exact revisions so results are reproducible\nPINS = {\n"
            + "".join("    \"%s\": \"%s\",\n" % (r, rs(rng, HEX, 40)) for r in rng.sample(HF_REPOS, 3))
            + "}\n\nfor repo, rev in PINS.items():\n    snapshot_download(repo, revision=rev, local_dir=f\"weights/{repo.split('/')[1]}\",\n"
            "                      allow_patterns=[\"*.safetensors\", \"*.json\"])\n")


@neg("a1111_cache_json")
def n_cache_json(rng):
    d = {"hashes": {}, "hashes-addnet": {}}
    for f in rng.sample(CKPTS, 3):
        d["hashes"]["checkpoint/" + f[:-12]] = {"mtime": rng.uniform(1.68e9, 1.73e9), "sha256": h64(rng)}
    for f in rng.sample(LORAS, 2):
        d["hashes"]["lora/" + f[:-12]] = {"mtime": rng.uniform(1.68e9, 1.73e9), "sha256": h64(rng)}
    return ("cache.json", json.dumps(d, indent=4) + "\n")


@neg("styles_csv")
def n_styles(rng):
    rows = ["name,prompt,negative_prompt"]
    for nm in ["Cinematic", "Inkwash", "Vaporwave", "Claymation", "Analog film"]:
        rows.append("%s,\"{prompt}, %s\",\"%s\"" % (nm, pk(rng, PROMPTS).split(",", 1)[-1].strip(), pk(rng, NEGPROMPTS)))
    return ("styles.csv", "\n".join(rows) + "\n")


@neg("kcpps_no_password")
def n_kcpps(rng):
    return ("koboldcpp/%s.kcpps" % rng.choice(["fast", "longctx"]),
            '{"model_param": "models/%s", "port_param": 5001, "threads": %d, "usecublas": ["normal", "0"], '
            '"contextsize": %d, "gpulayers": %d, "ropeconfig": [0.0, 10000.0], "blasbatchsize": 512, '
            '"flashattention": true, "multiuser": 1, "onready": ""}\n'
            % (rng.choice(["Mistral-Nemo-Instruct-2407-Q4_K_M.gguf", "Qwen2.5-14B-Instruct-Q4_K_M.gguf"]), rng.choice([6, 8]),
               rng.choice([8192, 16384]), rng.choice([35, 43])))


@neg("st_character_card")
def n_st_card(rng):
    return ("data/default-user/characters/%s.json" % rng.choice(["Mira", "Captain_Ash", "Librarian"]),
            json.dumps({"spec": "chara_card_v2", "spec_version": "2.0",
                        "data": {"name": rng.choice(["Mira", "Ash", "Orla"]), "description": "{{char}} is a cartographer who maps dreams.",
                                 "first_mes": "*looks up from the map* Oh, you found the lantern.",
                                 "creator_notes": "Card id %s" % uuid4(rng), "character_version": "1.%d" % rng.randint(0, 9),
                                 "tags": ["fantasy", "slow burn"],
                                 "extensions": {"chub": {"full_path": "%s/%s-%s" % (rng.choice(["ayla", "quill"]), "mira", rs(rng, HEX, 8)), "id": rng.randint(10 ** 5, 10 ** 7)},
                                                "depth_prompt": {"prompt": "", "depth": 4}}}}, indent=2) + "\n")


@neg("st_settings")
def n_st_settings(rng):
    return ("data/default-user/settings.json",
            json.dumps({"firstRun": False, "currentVersion": "1.12.%d" % rng.randint(0, 9), "username": "User",
                        "active_character": "Mira.png", "main_api": rng.choice(["openai", "koboldhorde", "textgenerationwebui"]),
                        "power_user": {"theme": "Dark V 1.0", "fast_ui_mode": True, "chat_display": 1},
                        "extension_settings": {"caption": {"source": "local"}, "sd": {"source": "comfy", "comfy_url": "http://127.0.0.1:8188",
                                               "seed": -1, "sampler": pk(rng, SAMPLERS)}},
                        "chat_id": "Mira - 2024-%02d-%02d@%02dh%02dm%02ds" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))},
                       indent=4) + "\n")


@neg("discord_public_ids")
def n_discord_ids(rng):
    return ("bot/app.yaml",
            "# Public application data from the Discord developer portal (safe to commit)\napplication_id: \"%d\"\n"
            "public_key: %s\nguild_ids:\n  - \"%d\"\n  - \"%d\"\nchannels:\n  gallery: \"%d\"\n  queue: \"%d\"\n"
            "invite: https://discord.com/oauth2/authorize?client_id=%d&permissions=274877991936&scope=bot+applications.commands\n"
            % tuple([rng.randint(10 ** 17, 13 * 10 ** 17), h64(rng)] + [rng.randint(10 ** 17, 13 * 10 ** 17) for _ in range(5)]))


@neg("kohya_training_log")
def n_kohya_log(rng):
    lines = ["INFO     loading model for process 0/1", "INFO     model hash: %s" % h64(rng),
             "INFO     session id: %d" % rng.randint(10 ** 8, 4 * 10 ** 9)]
    for ep in range(1, 6):
        lines.append("epoch %d/10 steps: %d%% loss: %.4f avr_loss=%.4f" % (ep, ep * 10, rng.uniform(0.05, 0.15), rng.uniform(0.05, 0.15)))
    lines.append("INFO     saved output/inkwash-%06d.safetensors sha256=%s" % (rng.randint(1, 10), h64(rng)))
    return ("logs/train_%d.log" % rng.randint(1, 99), "\n".join(lines) + "\n")


@neg("node_expected_hash")
def n_node_hash(rng):
    return ("custom_nodes/%s/model_check.py" % pk(rng, NODE_PACKS),
            "import hashlib\nfrom pathlib import Path\n\nEXPECTED = {\n"
            + "".join("    \"%s\": \"%s\",\n" % (f, h64(rng)) for f in rng.sample(CKPTS, 2))
            + "}\n\n\ndef sha256(path, chunk=1 << 20):\n    h = hashlib.sha256()\n    with open(path, \"rb\") as fh:\n"
            "        for block in iter(lambda: fh.read(chunk), b\"\"):\n            h.update(block)\n    return h.hexdigest()\n\n\n"
            "def verify(models_dir):\n    for name, want in EXPECTED.items():\n        p = Path(models_dir) / name\n"
            "        if p.exists() and sha256(p) != want:\n            print(f\"[warn] {name} does not match the published hash\")\n")


@neg("comfy_pyproject")
def n_pyproject(rng):
    pack = pk(rng, NODE_PACKS)
    return ("custom_nodes/%s/pyproject.toml" % pack,
            "[project]\nname = \"%s\"\ndescription = \"Prompt tools for ComfyUI\"\nversion = \"1.%d.%d\"\nlicense = { file = \"LICENSE\" }\n"
            "dependencies = [\"requests\", \"pillow\"]\n\n[project.urls]\nRepository = \"https://github.com/%s/%s\"\n\n"
            "[tool.comfy]\nPublisherId = \"%s\"\nDisplayName = \"%s\"\nIcon = \"\"\n"
            % (pack.lower(), rng.randint(0, 9), rng.randint(0, 20), rng.choice(["ayla-k", "nodesmith"]), pack, rng.choice(["ayla-k", "nodesmith"]), pack))


@neg("requirements_hashes")
def n_req_hashes(rng):
    pk_ = [("safetensors", "0.4.%d" % rng.randint(0, 5)), ("requests", "2.32.3"), ("pillow", "10.%d.0" % rng.randint(0, 4)), ("einops", "0.8.0")]
    out = "# generated by pip-compile --generate-hashes\n"
    for n, v in pk_:
        out += "%s==%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s\n" % (n, v, h64(rng), h64(rng))
    return ("custom_nodes/%s/requirements.txt" % pk(rng, NODE_PACKS), out)


@neg("invoke_models_yaml")
def n_invoke_models(rng):
    return ("invokeai/models/.cache/model_records.yaml",
            "".join("- key: %s\n  hash: blake3:%s\n  name: %s\n  base: %s\n  type: %s\n  path: %s\n  source: %s\n"
                    % (uuid4(rng), h64(rng), f[:-12], rng.choice(["sdxl", "sd-1"]), t, f,
                       "https://civitai.com/api/download/models/%d" % civ_version(rng))
                    for f, t in [(pk(rng, CKPTS), "main"), (pk(rng, LORAS), "lora")]))


@neg("invoke_yaml_plain")
def n_invoke_yaml(rng):
    return ("invokeai/invokeai.yaml",
            "# Internal metadata - do not edit:\nschema_version: 4.0.2\n\n# Put user settings here:\nhost: 127.0.0.1\nport: 9090\n"
            "ram: %d\nvram: %d\nprecision: auto\nhashing_algorithm: blake3_single\nmax_queue_size: 10000\nnode_cache_size: 512\n"
            % (rng.choice([16, 24]), rng.choice([8, 12])))


@neg("fooocus_config")
def n_fooocus(rng):
    return ("Fooocus/config.txt",
            json.dumps({"path_checkpoints": ["C:\\AI\\models\\checkpoints"], "path_loras": ["C:\\AI\\models\\loras"],
                        "default_model": pk(rng, CKPTS), "default_refiner": "None", "default_cfg_scale": 4.0,
                        "default_sampler": pk(rng, SAMPLERS), "default_scheduler": "karras",
                        "default_styles": ["Fooocus V2", "Fooocus Enhance", "Fooocus Sharp"],
                        "default_aspect_ratio": "896*1152", "default_image_number": 2,
                        "checkpoint_downloads": {pk(rng, CKPTS): "https://huggingface.co/%s/resolve/main/%s" % (pk(rng, HF_REPOS), pk(rng, CKPTS))}},
                       indent=4) + "\n")


@neg("tgw_settings_yaml")
def n_tgw_settings(rng):
    return ("text-generation-webui/user_data/settings.yaml",
            "show_controls: true\nstart_with: ''\nmode: chat-instruct\nchat_style: cai-chat\npreset: %s\n"
            "max_new_tokens: %d\nseed: -1\ntruncation_length: %d\ncustom_stopping_strings: '\"\\n### \"'\n"
            "auto_max_new_tokens: true\nban_eos_token: false\nadd_bos_token: true\nskip_special_tokens: true\n"
            "character: Assistant\nname1: You\ndefault_extensions: []\n"
            % (rng.choice(["min_p", "Divine Intellect", "simple-1"]), rng.choice([512, 1024]), rng.choice([8192, 16384])))


@neg("notebook_base64_output")
def n_nb_output(rng):
    import base64
    blob = base64.b64encode(bytes(rng.randrange(256) for _ in range(900))).decode()
    nb = {"cells": [{"cell_type": "code", "execution_count": 7, "metadata": {},
                     "source": ["image = pipe(prompt, num_inference_steps=4, guidance_scale=0.0).images[0]\n", "image"],
                     "outputs": [{"data": {"image/png": "iVBORw0KGgoAAAANSUhEUgAA" + blob, "text/plain": ["<PIL.Image.Image image mode=RGB size=1024x1024>"]},
                                  "execution_count": 7, "metadata": {}, "output_type": "execute_result"}]}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    return ("notebooks/sdxl_turbo_demo.ipynb", json.dumps(nb, indent=1) + "\n")


@neg("civitai_api_response")
def n_civ_resp(rng):
    return ("tests/fixtures/civitai_model_%d.json" % rng.randint(1000, 99999),
            json.dumps({"id": rng.randint(1000, 900000), "name": "Inkwash XL", "type": "LORA", "nsfw": False,
                        "creator": {"username": rng.choice(["quillworks", "ayla"])},
                        "modelVersions": [{"id": civ_version(rng), "name": "v2", "baseModel": "SDXL 1.0",
                                           "downloadUrl": "https://civitai.com/api/download/models/%d" % civ_version(rng),
                                           "files": [{"hashes": {"SHA256": h64(rng).upper(), "AutoV2": rs(rng, HEX, 10).upper()}}]}],
                        "metadata": {"nextCursor": "%d|%d|%d" % (rng.randint(1, 99999), rng.randint(1, 999999), rng.randint(1, 999999))}}, indent=2) + "\n")


@neg("anythingllm_workspace_export")
def n_allm_ws(rng):
    return ("exports/workspace-%s.json" % rng.choice(["docs", "lore"]),
            json.dumps({"id": rng.randint(1, 40), "name": "Docs", "slug": "docs-%s" % rs(rng, string.ascii_lowercase + string.digits, 6),
                        "vectorTag": None, "openAiTemp": 0.7, "openAiHistory": 20, "chatMode": "query",
                        "documents": [{"docId": uuid4(rng), "filename": "setup-%s.json" % uuid4(rng),
                                       "docpath": "custom-documents/setup-%s.json" % uuid4(rng), "pinned": False}]}, indent=2) + "\n")


@neg("images_csv")
def n_images_csv(rng):
    rows = ["filename,seed,steps,sampler,sha256,prompt"]
    for i in range(6):
        rows.append("%05d.png,%d,%d,%s,%s,\"%s\"" % (i, seed(rng), rng.choice([20, 30]), pk(rng, SAMPLERS), h64(rng), pk(rng, PROMPTS)))
    return ("outputs/index.csv", "\n".join(rows) + "\n")


@neg("webui_startup_log")
def n_webui_log(rng):
    return ("logs/webui.log",
            "Python 3.10.6 (main, Nov 14 2022, 16:10:14) [GCC 11.3.0]\nVersion: v1.10.1\nCommit hash: %s\n"
            "Launching Web UI with arguments: --xformers --listen --enable-insecure-extension-access\n"
            "Calculating sha256 for /models/Stable-diffusion/%s: %s\nLoading weights [%s] from /models/Stable-diffusion/%s\n"
            "Creating model from config: /repositories/generative-models/configs/inference/sd_xl_base.yaml\n"
            "Applying attention optimization: xformers... done.\nModel loaded in 8.1s\n"
            % (rs(rng, HEX, 40), pk(rng, CKPTS), h64(rng), rs(rng, HEX, 10), pk(rng, CKPTS)))


@neg("ssh_public_key")
def n_ssh_pub(rng):
    import base64
    body = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(rng.randrange(256) for _ in range(32))).decode()
    return ("deploy/runpod/authorized_keys",
            "# public keys injected into the pod via the PUBLIC_KEY env var\nssh-ed25519 %s %s@%s\n"
            % (body, rng.choice(["ayla", "kai", "mira"]), rng.choice(["desktop", "laptop", "workstation"])))


@neg("dockerfile_digest")
def n_docker_digest(rng):
    return ("docker/Dockerfile.worker",
            "FROM runpod/worker-comfyui@sha256:%s\n\nCOPY workflows/ /workflows/\nRUN comfy-node-install comfyui-kjnodes comfyui-impact-pack\n"
            "ADD https://huggingface.co/%s/resolve/%s/%s /comfyui/models/checkpoints/\n"
            % (h64(rng), pk(rng, HF_REPOS), rs(rng, HEX, 40), pk(rng, CKPTS)))


@neg("gha_pinned")
def n_gha_pinned(rng):
    return (".github/workflows/lint.yml",
            "name: lint\non: [pull_request]\njobs:\n  ruff:\n    runs-on: ubuntu-latest\n    steps:\n"
            "      - uses: actions/checkout@%s # v4\n      - uses: actions/setup-python@%s # v5\n        with:\n"
            "          python-version: \"3.11\"\n      - run: pip install ruff && ruff check .\n" % (rs(rng, HEX, 40), rs(rng, HEX, 40)))


@neg("jan_model_json")
def n_jan_model(rng):
    return ("jan/models/%s/model.json" % rng.choice(["llama3.1-8b-instruct", "mistral-ins-7b-q4"]),
            json.dumps({"sources": [{"filename": "model.gguf", "url": "https://huggingface.co/%s/resolve/main/model.gguf" % pk(rng, HF_REPOS)}],
                        "id": "llama3.1-8b-instruct", "object": "model", "name": "Llama 3.1 8B Instruct Q4",
                        "version": "1.%d" % rng.randint(0, 5), "format": "gguf",
                        "settings": {"ctx_len": 8192, "ngl": 33, "prompt_template": "<|start_header_id|>user<|end_header_id|>\n\n{prompt}<|eot_id|>"},
                        "metadata": {"author": "MetaAI", "size": rng.randint(4 * 10 ** 9, 6 * 10 ** 9), "checksum": {"sha256": h64(rng)}},
                        "engine": "llama-cpp"}, indent=2) + "\n")


@neg("ollama_manifest")
def n_ollama(rng):
    return ("models/manifests/registry.ollama.ai/library/llama3.1/8b",
            json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
                        "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "digest": "sha256:" + h64(rng), "size": 485},
                        "layers": [{"mediaType": "application/vnd.ollama.image.model", "digest": "sha256:" + h64(rng), "size": rng.randint(10 ** 9, 5 * 10 ** 9)},
                                   {"mediaType": "application/vnd.ollama.image.license", "digest": "sha256:" + h64(rng), "size": 12321}]}) + "\n")


@neg("prompt_wildcards")
def n_wildcards(rng):
    words = ["vermilion", "obsidian", "lapis", "moss", "brass", "opaline", "ashen", "cerulean", "umber", "gilded"]
    extra = [rs(rng, string.ascii_lowercase, rng.randint(6, 10)) for _ in range(4)]
    return ("wildcards/%s.txt" % rng.choice(["colors", "materials", "styles"]),
            "\n".join(rng.sample(words, 7) + ["%s style" % e for e in extra]) + "\n")


@neg("civitai_guide_md")
def n_guide_md(rng):
    return ("docs/downloading-models.md",
            "# Downloading models\n\nSome creators require a login. Create a key under *Account settings > API Keys* and keep it\n"
            "in your password manager, then pass it at runtime:\n\n```bash\nexport CIVITAI_TOKEN=...   # never commit this\n"
            "./scripts/download_models.sh\n```\n\nThe model version ids we use: `%d` (checkpoint), `%d` (detail LoRA).\n"
            "Files are verified against the SHA256 shown on the model page, e.g. `%s`.\n"
            % (civ_version(rng), civ_version(rng), h64(rng).upper()))


# ---------------------------------------------------------------- driver
def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    low = base.lower()
    if low == ".env" or low.startswith(".env."):
        return "env"
    if low.startswith("dockerfile"):
        return "dockerfile"
    if low == "makefile":
        return "makefile"
    if "." in base.lstrip("."):
        ext = low.rsplit(".", 1)[1]
        return {"yml": "yml", "yaml": "yaml", "kcpps": "json", "info": "json", "aria2": "txt"}.get(ext, ext)
    return "txt"


def is_env_name(relpath):
    base = relpath.rsplit("/", 1)[-1].lower()
    return base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample", ".env.template"))


def weighted(rng, items):
    total = sum(w for _, _, w in items)
    x = rng.random() * total
    for it in items:
        x -= it[2]
        if x <= 0:
            return it
    return items[-1]


def write(outdir, rel, text):
    path = os.path.join(outdir, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    return path


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_kf.py OUTDIR SEED\n")
        return 2
    outdir, seed_ = argv[1], int(argv[2])
    rng = random.Random(seed_)
    manifest, secrets = [], []
    env_pos = 0
    # positives: cycle through templates first so every template is used, then weighted picks
    order = list(range(len(POS)))
    rng.shuffle(order)
    for i in range(500):
        while True:
            if i < len(order):
                f, kinds, _w = POS[order[i]]
            else:
                f, kinds, _w = weighted(rng, POS)
            kind = rng.choice(kinds)
            secret = KINDS[kind][2](rng)
            slot = Slot(rng, kind, secret)
            rel, text = f(rng, slot)
            if is_env_name(rel):
                if env_pos >= 20:
                    if i < len(order):
                        order[i] = rng.randrange(len(POS))
                    continue
                env_pos += 1
            break
        file_rel = "pos/p%04d/%s" % (i, rel)
        path = write(outdir, file_rel, text)
        idx = text.find(secret)
        assert idx >= 0, (f.__name__, kind)
        line = text.count("\n", 0, idx) + 1
        with open(path, encoding="utf-8", newline="") as fh:
            written = fh.read()
        assert written == text
        assert secret in written.split("\n")[line - 1], (file_rel, line)
        manifest.append({"file": file_rel, "label": "pos", "provider": KINDS[kind][0], "kind": KINDS[kind][1],
                         "filetype": filetype(rel)})
        secrets.append({"file": file_rel, "needle": secret, "line": line})
    # negatives: 250 template re-uses with a non-secret slot, 250 look-alikes
    neg_order = list(range(len(POS)))
    rng.shuffle(neg_order)
    la_order = list(range(len(NEG)))
    rng.shuffle(la_order)
    slots = ["reuse"] * 250 + ["lookalike"] * 250
    rng.shuffle(slots)
    nr = nl = 0
    for i, how in enumerate(slots):
        if how == "reuse":
            if nr < len(neg_order):
                f, kinds, _w = POS[neg_order[nr]]
            else:
                f, kinds, _w = weighted(rng, POS)
            nr += 1
            kind = rng.choice(kinds)
            slot = Slot(rng, kind, None)
            rel, text = f(rng, slot)
            if is_env_name(rel):
                rel = rel.rsplit("/", 1)[0] + "/.env.example" if "/" in rel else ".env.example"
            provider, kname = KINDS[kind][0], "placeholder_" + slot.cat
        else:
            if nl < len(la_order):
                f, kname, _w = NEG[la_order[nl]]
            else:
                f, kname, _w = weighted(rng, NEG)
            nl += 1
            rel, text = f(rng)
            provider = "none"
        assert not is_env_name(rel)
        file_rel = "neg/n%04d/%s" % (i, rel)
        write(outdir, file_rel, text)
        manifest.append({"file": file_rel, "label": "neg", "provider": provider, "kind": kname,
                         "filetype": filetype(rel)})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
