#!/usr/bin/env python3
"""gen_gf.py - blind evaluation set for secret scanners: GPU clouds and ML infrastructure.

EMPHASIS
    Domain: GPU clouds and ML training / inference infrastructure.
    Providers: RunPod, Vast.ai, Lambda Cloud, Paperspace, CoreWeave (object storage
    keys), Modal (token id + secret), Replicate (r8_), Together AI, Fireworks (fw_),
    Baseten, Anyscale, Beam, Banana, Hugging Face (hf_), Weights & Biases, dstack
    (server token, server backends), SkyPilot task files (as carriers), Kubernetes
    Secrets for model registries, S3 and GCS (HMAC + service account) credentials for
    checkpoints, NVIDIA NGC / build.nvidia.com keys (nvapi-), Docker registry passwords
    and Docker Hub personal access tokens (dckr_pat_) for model images, SSH private
    keys for pods.
    Kinds: api keys and tokens, token id/secret pairs, registry passwords, cloud access
    keys, HMAC keys, service account private keys, SSH private keys.
    File types: Python (training scripts, serving code), Jupyter .ipynb, YAML (sky.yaml,
    .dstack.yml, Kubernetes manifests, Helm values, GitHub/GitLab CI, docker compose,
    litellm), TOML (.modal.toml, runpod config, pyproject), shell, Dockerfile, .env,
    Makefile, Terraform (.tf, .tfvars), Markdown, training logs, JSON, INI (.trussrc,
    rclone.conf, aws credentials), netrc, properties, JavaScript/TypeScript, Go, SQL,
    CSV, PEM / OpenSSH key files.

USAGE
    python3 gen_gf.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath> and OUTDIR/neg/n0000..n0499/<relpath>
    (one file per folder), OUTDIR/manifest.jsonl (one line per file) and
    OUTDIR/secrets.jsonl (one line per positive). Deterministic per SEED: all
    randomness comes from one random.Random(SEED); no clock, no os.urandom, no set
    iteration, no hash() of strings. Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file, without quotes.
    * Prefixed tokens (hf_, r8_, fw_, nvapi-, rpa_, dckr_pat_, aph0_, wandb_v1_,
      secret_...): the whole token including its prefix.
    * Id/secret pairs (Modal ak-/as-, AWS AKIA.../secret, GCS HMAC GOOG1E.../secret,
      object-storage key id/secret): the needle is the SECRET half only; the id is
      written in the same file but is not the needle.
    * Headers ("Authorization: Bearer X", "Api-Key X", "-u X:"): the needle is X only,
      without the scheme word.
    * URLs with credentials (https://user:PASS@host, docker auths): the needle is the
      password part only.
    * Values stored base64-encoded (Kubernetes Secret data:, docker config "auth"):
      the needle is the base64 string as it appears in the file.
    * Multi-line private keys (PEM, OpenSSH) and service-account JSON keys: the needle
      is the second line of the base64 body (a full 64/70-char line of key material);
      in the one-line JSON form it is the same 64-char chunk, between the "\\n" escapes.
    * secrets.jsonl "line" is the 1-based line of the needle's first occurrence; the
      generator asserts that the needle is on that line.

NEGATIVES
    Half (250) re-use the positive templates with the secret slot (and its companion
    id, if any) holding something that is not a secret: placeholders (<your-hf-token>,
    YOUR_API_KEY_HERE, changeme, xxxx..., hf_xxxx...), empty values, masked values
    (****, [REDACTED], r8_****...), environment and secret-manager references
    (${VAR}, $VAR, os.environ[...], process.env.X, ${{ secrets.X }},
    {{ RUNPOD_SECRET_x }}, op://..., vault paths, AWS Secrets Manager ARNs), template
    expressions ({{ .Values.x }}, var.x), and providers' documented example values
    (AWS AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, GCS HMAC doc
    example secret, Baseten abcdefgh.1234567890ABCDEFGHIJKL1234567890, dstack's
    documented admin token). A file named .env* never holds a negative (such
    templates write .env.example / .env.sample instead).
    The other half (250) are look-alikes: Hugging Face revision / commit SHAs, git-lfs
    pointers, checkpoint sha256 sums, pip/uv lock hashes, image digests, W&B run ids and
    run URLs, wandb-metadata.json, RunPod pod / endpoint ids, Lambda instance ids,
    Vast offer ids, GPU UUIDs (GPU-...), MLflow run ids, DVC md5s, GCS crc32c/md5
    hashes, notebook image outputs (base64 PNG) and widget model ids, tiktoken base64
    vocab lines, cosign signatures and public keys, SSH public keys for pods
    (RunPod PUBLIC_KEY, Lambda ssh keys, authorized_keys, known_hosts), UUIDs in logs,
    Replicate model version ids, ExternalSecret references, documented examples.

FORMATS CHECKED (search tool, corpora docs / pages / code)
    * Replicate docs: tokens "are 40-character strings that always start with r8_"
      -> r8_ + 37 alphanumerics.
    * Hugging Face hub docs: user access tokens shown as "hf_..." (HF_TOKEN).
    * Modal CLI docs: `modal token set --token-id --token-secret`; ~/.modal.toml
      profiles with token_id = "ak-..." and token_secret = "as-..." seen in many
      projects; env MODAL_TOKEN_ID / MODAL_TOKEN_SECRET.
    * NVIDIA NIM / NGC docs: NGC_API_KEY, `docker login nvcr.io --username
      '$oauthtoken' --password-stdin`; pages and project READMEs show "nvapi-..." keys;
      one leaked example in a public README had 64 base64url chars after nvapi-.
    * W&B docs: legacy keys are exactly 40 characters; new keys use the wandb_v1_
      format (about 92 characters); WANDB_API_KEY, .netrc for api.wandb.ai.
    * Baseten docs: ~/.trussrc [baseten] api_key = prefix.secret, header
      "Authorization: Api-Key ..."; documented example abcdefgh.1234567890ABCDEFGHIJKL1234567890
      (8 chars, dot, 32 chars) -> used only among negatives.
    * Vast.ai docs: VAST_API_KEY, `vastai set api-key`, Bearer header,
      ~/.config/vastai/vast_api_key.
    * RunPod docs: RUNPOD_API_KEY, {{ RUNPOD_SECRET_name }} references, PUBLIC_KEY env
      for pod SSH; projects write RUNPOD_API_KEY=rpa_...; legacy keys seen as 40
      upper-case alphanumerics in a README.
    * Lambda docs / projects: LAMBDA_API_KEY=secret_<name>_<id>.<token> (shape seen as
      "secret_your_id.your_token"), curl -u KEY: against cloud.lambdalabs.com/api/v1.
    * Fireworks: FIREWORKS_API_KEY, keys described as beginning with fw_.
    * Anyscale docs: ANYSCALE_CLI_TOKEN, ~/.anyscale/credentials.json; projects show
      aph0_Ck... tokens (long base64url).
    * GCS docs: HMAC access id 61 characters (GOOG...), secret 40-char base64; doc
      example secret bGoa+V7g/... used only among negatives.
    * Docker docs: docker login -u/-p or --password-stdin with password or PAT; projects
      show dckr_pat_ + 27 base64url characters.
    * dstack docs: ~/.dstack/server/config.yml backends with access_key/secret_key;
      server prints an admin token that is a UUID (the README's example token is used
      only among negatives).
    * Together AI docs: TOGETHER_API_KEY, base URL api.together.xyz/v1.

DOUBTS
    * RunPod: rpa_ prefix confirmed only by projects; the length (40 chars after rpa_,
      upper-case alphanumeric) is a guess.
    * Vast.ai key shape (64 lowercase hex) is not documented; from memory.
    * Lambda key shape secret_<name>_<32 hex>.<32 alnum> is partly a guess.
    * Paperspace key shape (32 hex) is a guess; docs say nothing about the format.
    * CoreWeave: no documented key format found; object-storage access key id (20
      upper alnum) + secret (40 base64) is generic S3 style, a guess.
    * Modal ak-/as- suffix length (22 alphanumerics) is from observation, not docs.
    * Fireworks fw_ suffix length (24) and Together tgp_v1_ suffix (43 base64url) are
      guesses; Together legacy keys as 64 hex from memory.
    * Anyscale aph0_ token body length and Beam token shape (86 base64url + "==") are
      from single observations. Banana keys (UUID) are from memory; Banana is closed.
    * hf_ + 34 letters and W&B legacy 40 lowercase hex are from observation; the
      wandb_v1_ suffix alphabet is unknown (alphanumeric used).
    * Search results that turned out to be secret-scanner rules (keyhog detector
      file, GitGuardian detector pages, regex rule lists) were not used.
"""
import base64
import json
import os
import random
import string
import sys

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
LETTERS = UP + LO
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"
B32 = UP + "234567"
B36 = LO + DIG


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def mixed(r, alpha, n):
    """Random string that has a digit and a letter when the alphabet has both."""
    has_d = any(c.isdigit() for c in alpha)
    has_a = any(c.isalpha() for c in alpha)
    while True:
        s = rs(r, alpha, n)
        if (not has_d or any(c.isdigit() for c in s)) and (not has_a or any(c.isalpha() for c in s)):
            return s


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def b64(s):
    return base64.b64encode(s.encode()).decode()


def password(r):
    words = ["falcon", "quartz", "ember", "tundra", "nimbus", "cobalt", "orchid", "vertex",
             "saffron", "glacier", "harbor", "lumen", "pylon", "zephyr", "basalt", "meadow"]
    style = r.randrange(3)
    if style == 0:
        return r.choice(ALNUM) + mixed(r, ALNUM + "!#%*-_", r.randint(17, 27))
    if style == 1:
        return "%s-%s-%s%d%s" % (pick(r, words).capitalize(), pick(r, words), pick(r, words),
                                 r.randint(10, 99), pick(r, "!#%*"))
    return mixed(r, ALNUM, 24)


def pem_body(r, header, nbytes_first, lines=25, width=64):
    body = header + rs(r, B64, width * lines - len(header))
    out = [body[i:i + width] for i in range(0, len(body), width)]
    out[-1] = out[-1][:r.randint(20, 60)]
    return out


# ----------------------------------------------------------------------------------
# Documented example values (never used as positives; used among negatives)
DOC_EXAMPLES = {
    "aws": ("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    "gcs": ("GOOGTS7C7FUP3AIRVJTE2BCDKINBTES3HC2GY5CBFJDCQ2SYHV6A6XXVTJFSA",
            "bGoa+V7g/yqDXvKRqq+JTFn4uQZbPiQJo4pf9RzJ"),
    "baseten": (None, "abcdefgh.1234567890ABCDEFGHIJKL1234567890"),
    "dstack": (None, "bbae0f28-d3dd-4820-bf61-8f4bb40815da"),
    "modal": ("ak-xxx", "as-xxx"),
}
DOC_VALUES = [v for pair in DOC_EXAMPLES.values() for v in pair if v]


# ----------------------------------------------------------------------------------
# Secret generators: return (value, aux) where aux holds companion non-secret parts.
def g_runpod(r):
    if r.random() < 0.65:
        return "rpa_" + mixed(r, UP + DIG, 40), {}
    return mixed(r, UP + DIG, 40), {}


def g_vast(r):
    return rs(r, HEX, 64), {}


def g_lambda(r):
    name = pick(r, ["train", "ci", "dev", "prod-launcher", "sweep", "jupyter", "ops", "mlops", "bench"])
    return "secret_%s_%s.%s" % (name, rs(r, HEX, 32), mixed(r, ALNUM, 32)), {}


def g_paperspace(r):
    return rs(r, HEX, 32), {}


def g_coreweave(r):
    return mixed(r, B64, 40), {"id": mixed(r, UP + DIG, 20)}


def g_modal(r):
    return "as-" + mixed(r, ALNUM, 22), {"id": "ak-" + mixed(r, ALNUM, 22)}


def g_replicate(r):
    return "r8_" + mixed(r, ALNUM, 37), {}


def g_together(r):
    if r.random() < 0.5:
        return rs(r, HEX, 64), {}
    return "tgp_v1_" + mixed(r, B64URL, 43), {}


def g_fireworks(r):
    return "fw_" + mixed(r, ALNUM, 24), {}


def g_baseten(r):
    return "%s.%s" % (mixed(r, ALNUM, 8), mixed(r, ALNUM, 32)), {}


def g_anyscale(r):
    return "aph0_Ck" + mixed(r, B64URL, 178), {}


def g_beam(r):
    return mixed(r, B64URL, 86) + "==", {}


def g_banana(r):
    return uuid4(r), {}


def g_hf(r):
    return "hf_" + mixed(r, LETTERS, 34), {}


def g_wandb(r):
    if r.random() < 0.7:
        return rs(r, HEX, 40), {}
    return "wandb_v1_" + mixed(r, ALNUM, 83), {}


def g_dstack(r):
    return uuid4(r), {}


def g_aws(r):
    return mixed(r, B64, 40), {"id": "AKIA" + mixed(r, B32, 16)}


def g_gcs_hmac(r):
    return mixed(r, B64, 40), {"id": "GOOG1E" + mixed(r, UP + DIG, 55)}


def g_ngc(r):
    return "nvapi-" + mixed(r, B64URL, 64), {}


def g_dockerhub(r):
    return "dckr_pat_" + mixed(r, B64URL, 27), {"user": pick(r, ["mlplatform", "acmeml", "infer-bot", "vision-team", "ci-publisher"])}


def g_registry(r):
    return password(r), {"user": pick(r, ["robot$model-push", "svc-inference", "ml-ci", "deploy", "modelops"])}


def g_gcs_sa(r):
    lines = pem_body(r, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 0, 25, 64)
    return lines[1], {"pem": lines, "kid": rs(r, HEX, 40)}


def g_sshkey(r):
    lines = pem_body(r, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 0, 7, 70)
    return lines[1], {"pem": lines}


# provider -> (generator, kind, conventional env names, neutral names)
PROV = {
    "runpod": (g_runpod, "api_key", ["RUNPOD_API_KEY"], ["rp_key", "pod_api_token", "gpu_cloud_key", "RP_TOKEN"]),
    "vastai": (g_vast, "api_key", ["VAST_API_KEY"], ["vast_key", "marketplace_token", "VASTAI_KEY", "rental_api_key"]),
    "lambda": (g_lambda, "api_key", ["LAMBDA_API_KEY"], ["lambda_cloud_key", "lcloud_token", "LAMBDALABS_KEY", "launcher_key"]),
    "paperspace": (g_paperspace, "api_key", ["PAPERSPACE_API_KEY"], ["ps_key", "gradient_key", "PS_TOKEN", "core_api_key"]),
    "coreweave": (g_coreweave, "cloud_access_key", ["CW_SECRET_ACCESS_KEY"], ["cwobj_secret", "bucket_secret", "OBJ_SECRET", "storage_secret"]),
    "modal": (g_modal, "token_pair", ["MODAL_TOKEN_SECRET"], ["modal_secret", "mdl_secret", "MODAL_SECRET", "workspace_secret"]),
    "replicate": (g_replicate, "api_token", ["REPLICATE_API_TOKEN"], ["r8_token", "rep_token", "REPLICATE_KEY", "predictor_token"]),
    "together": (g_together, "api_key", ["TOGETHER_API_KEY"], ["together_key", "llm_api_key", "TOGETHER_KEY", "tg_token"]),
    "fireworks": (g_fireworks, "api_key", ["FIREWORKS_API_KEY"], ["fw_key", "inference_key", "FW_TOKEN", "provider_key"]),
    "baseten": (g_baseten, "api_key", ["BASETEN_API_KEY"], ["bt_key", "truss_key", "BASETEN_KEY", "model_api_key"]),
    "anyscale": (g_anyscale, "api_token", ["ANYSCALE_CLI_TOKEN"], ["anyscale_token", "ray_platform_token", "AS_TOKEN", "cli_token"]),
    "beam": (g_beam, "api_token", ["BEAM_TOKEN"], ["beam_auth", "beta9_token", "BEAM_KEY", "worker_token"]),
    "banana": (g_banana, "api_key", ["BANANA_API_KEY"], ["banana_key", "bn_key", "BANANA_KEY", "serverless_key"]),
    "huggingface": (g_hf, "api_token", ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HUGGINGFACE_TOKEN"], ["hub_token", "hf_auth", "HUB_KEY", "model_pull_token"]),
    "wandb": (g_wandb, "api_key", ["WANDB_API_KEY"], ["wb_key", "tracking_key", "WB_TOKEN", "logger_key"]),
    "dstack": (g_dstack, "api_token", ["DSTACK_TOKEN"], ["dstack_admin", "orchestrator_token", "DSTACK_SERVER_TOKEN", "fleet_token"]),
    "aws": (g_aws, "cloud_access_key", ["AWS_SECRET_ACCESS_KEY"], ["ckpt_secret", "s3_secret", "BUCKET_SECRET_KEY", "artifact_secret"]),
    "gcs": (g_gcs_hmac, "hmac_key", ["GCS_HMAC_SECRET"], ["gcs_secret", "interop_secret", "HMAC_SECRET", "ckpt_hmac_secret"]),
    "ngc": (g_ngc, "api_key", ["NGC_API_KEY", "NVIDIA_API_KEY"], ["ngc_key", "nim_key", "NVCR_TOKEN", "catalog_key"]),
    "dockerhub": (g_dockerhub, "registry_password", ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"], ["hub_pat", "img_push_token", "REGISTRY_PAT", "pusher_token"]),
    "registry": (g_registry, "registry_password", ["REGISTRY_PASSWORD", "DOCKER_PASSWORD"], ["harbor_pw", "image_pull_pw", "CR_PASS", "robot_secret"]),
    "gcs_sa": (g_gcs_sa, "private_key", ["GOOGLE_APPLICATION_CREDENTIALS"], ["sa_key"]),
    "ssh": (g_sshkey, "private_key", ["POD_SSH_KEY"], ["pod_key"]),
}

ENV_BASE = {  # env names used by references in negatives (first conventional name)
    k: v[2][0] for k, v in PROV.items()
}

API_BASES = {
    "together": "https://api.together.xyz/v1",
    "fireworks": "https://api.fireworks.ai/inference/v1",
    "ngc": "https://integrate.api.nvidia.com/v1",
    "baseten": "https://inference.baseten.co/v1",
    "anyscale": "https://api.endpoints.anyscale.com/v1",
    "runpod": "https://api.runpod.ai/v2/%s/openai/v1",
}

MODELS = ["meta-llama/Llama-3.1-8B-Instruct", "mistralai/Mistral-7B-Instruct-v0.3",
          "Qwen/Qwen2.5-7B-Instruct", "google/gemma-2-9b-it", "microsoft/Phi-3-mini-4k-instruct",
          "stabilityai/stable-diffusion-xl-base-1.0", "openai/whisper-large-v3",
          "BAAI/bge-large-en-v1.5", "meta-llama/Llama-3.2-3B", "tiiuae/falcon-7b"]
GPUS = ["A100-80GB", "H100", "L40S", "A10G", "RTX4090", "L4", "A6000", "H100-SXM"]
TEAMS = ["vision", "nlp-core", "ml-platform", "research", "applied-ml", "speech", "recsys"]
PROJECTS = ["llm-finetune", "sdxl-lora", "asr-distill", "rerank-v2", "embed-bench", "ocr-train"]
BUCKETS = ["ml-checkpoints", "acme-model-artifacts", "train-datasets-prod", "llm-weights", "ckpt-archive"]


# ----------------------------------------------------------------------------------
# The secret slot. Positives hold a generated credential; negatives hold a non-secret.
PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx",
                "REPLACE_ME", "<token>", "your-token-here", "TODO-set-me", "<paste-key-here>",
                "dummy", "example-key", "<insert key>", "placeholder"]
PROV_PLACEHOLDERS = {
    "huggingface": ["hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "hf_...", "<your-hf-token>", "hf_your_token_here"],
    "replicate": ["r8_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "r8_...", "<your-replicate-token>"],
    "ngc": ["nvapi-xxxxxxxxxxxxxxxxxxxxxxxx", "nvapi-...", "<your-ngc-api-key>"],
    "fireworks": ["fw_xxxxxxxxxxxxxxxxxxxxxxxx", "fw_...", "<FIREWORKS_API_KEY>"],
    "runpod": ["rpa_xxxxxxxxxx", "rpa_...", "your_runpod_api_key_here"],
    "lambda": ["secret_xxx.xxx", "secret_your_id.your_token", "secret_..."],
    "modal": ["as-xxxxxxxxxxxxxxxxxxxxxx", "as-...", "<token-secret>"],
    "anyscale": ["aph0_xxxxxxxxxxxxxxxx", "aph0_..."],
    "dockerhub": ["dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx", "dckr_pat_..."],
    "wandb": ["<wandb-api-key>", "0000000000000000000000000000000000000000", "your_wandb_key"],
    "aws": ["<aws-secret-access-key>", "YOUR_SECRET_ACCESS_KEY"],
    "gcs": ["<hmac-secret>", "YOUR_HMAC_SECRET"],
}
MASKS = ["****", "********", "[REDACTED]", "<redacted>", "***REDACTED***", "•••••••••••••"]
PROV_MASKS = {
    "huggingface": ["hf_****************", "hf_************************ (masked)"],
    "replicate": ["r8_**********************"],
    "ngc": ["nvapi-****"],
    "runpod": ["rpa_***REDACTED***"],
    "fireworks": ["fw_****"],
}
ID_ENV = {"aws": "AWS_ACCESS_KEY_ID", "modal": "MODAL_TOKEN_ID", "gcs": "GCS_HMAC_ACCESS_ID",
          "coreweave": "CW_ACCESS_KEY_ID"}
NEG_CATS = ["placeholder", "placeholder", "empty", "masked", "envref", "envref", "secretmgr",
            "template", "docexample"]


class Slot:
    def __init__(self, r, provider, positive):
        gen, kind, conv, neutral = PROV[provider]
        self.r = r
        self.provider = provider
        self.kind = kind
        self.positive = positive
        self.env = pick(r, conv)
        self.conventional = r.random() < 0.5
        self.name = self.env if self.conventional else pick(r, neutral)
        self.ename = self.env if self.conventional else pick(r, neutral).upper()
        if positive:
            while True:
                value, aux = gen(r)
                if value not in DOC_VALUES:
                    break
            self.value = value
            self.aux = aux
            self.needle = value
            self.cat = None
        else:
            self.value = None
            _, aux = gen(r)  # keep structure (pem length etc.), contents replaced below
            self.aux = {k: v for k, v in aux.items() if k == "user"}
            self.needle = None
            cat = pick(r, NEG_CATS)
            if cat == "docexample" and provider not in DOC_EXAMPLES:
                cat = "placeholder"
            self.cat = cat
            self.ph = pick(r, PROV_PLACEHOLDERS.get(provider, []) + PLACEHOLDERS)
            self.mask = pick(r, PROV_MASKS.get(provider, []) + MASKS)
            vault = pick(r, ["op://ml-infra/%s/credential" % provider,
                             "vault:secret/data/ml/%s#token" % provider,
                             "arn:aws:secretsmanager:us-east-1:123456789012:secret:ml/%s-AbCdEf" % provider,
                             "projects/ml-prod/secrets/%s-key/versions/latest" % provider])
            self.vault = vault
            self.tmpl = pick(r, ["{{ .Values.%s.apiKey }}" % provider, "{{ %s }}" % self.env.lower(),
                                 "{{ RUNPOD_SECRET_%s }}" % self.env.lower(), "${{ secrets.%s }}" % self.env])

    # ---- non-secret value for the slot, in a given context
    def neg_raw(self, ctx, which="value"):
        env = self.env if which == "value" else ID_ENV.get(self.provider, self.env + "_ID")
        if which == "id" and self.cat not in ("envref", "secretmgr", "template", "docexample", "empty"):
            return {"modal": "ak-xxxxxxxxxxxxxxxxxxxxxx", "aws": "AKIAXXXXXXXXXXXXXXXX"}.get(self.provider, "<access-key-id>")
        c = self.cat
        if c == "placeholder":
            return self.ph
        if c == "empty":
            return ""
        if c == "masked":
            return self.mask
        if c == "envref":
            if ctx == "make":
                return "$(%s)" % env
            if ctx == "tf":
                return "${var.%s}" % env.lower()
            if ctx in ("sh", "docker") and self.r.random() < 0.4:
                return "$" + env
            return "${%s}" % env
        if c == "secretmgr":
            return self.vault
        if c == "template":
            return self.tmpl.replace(self.env, env).replace(self.env.lower(), env.lower())
        if c == "docexample":
            pair = DOC_EXAMPLES[self.provider]
            v = pair[0] if which == "id" else pair[1]
            return v if v is not None else self.ph
        raise AssertionError(c)

    def raw(self, ctx="text"):
        return self.value if self.positive else self.neg_raw(ctx)

    def aux_raw(self, key, ctx="text"):
        if key == "user" or self.positive:
            return self.aux[key]
        return self.neg_raw(ctx, "id")

    def _lit(self, v, lang, env, q='"'):
        if v is None:
            v = ""
        if not self.positive and self.cat in ("envref", "secretmgr") and lang in ("py", "js", "go", "tf", "rb"):
            if lang == "py":
                return pick(self.r, ['os.environ["%s"]' % env, 'os.getenv("%s")' % env, 'os.environ.get("%s", "")' % env])
            if lang == "js":
                return "process.env.%s" % env
            if lang == "go":
                return 'os.Getenv("%s")' % env
            if lang == "tf":
                return "var.%s" % env.lower()
            if lang == "rb":
                return 'ENV["%s"]' % env
        return q + v + q

    def lit(self, lang="py", q='"'):
        return self._lit(self.raw(lang), lang, self.env, q)

    def aux_lit(self, key, lang="py", q='"'):
        env = ID_ENV.get(self.provider, self.env + "_ID")
        return self._lit(self.aux_raw(key, lang), lang, env, q)

    def pem_lines(self):
        if self.positive:
            return self.aux["pem"]
        return [pick(self.r, ["<paste private key here>", "REDACTED", "...", "${PRIVATE_KEY_BODY}"])]

    def envpath(self, cands):
        """Path for a .env-style file; negatives never go into a real .env file."""
        if self.positive:
            return pick(self.r, cands)
        d = os.path.dirname(pick(self.r, cands))
        return os.path.join(d, pick(self.r, [".env.example", ".env.sample"]))


def yv(v):
    """Quote a YAML scalar only when a plain scalar would not parse."""
    if v == "":
        return '""'
    if v[0] in "*&!%@`|>{[" or ": " in v or " #" in v:
        return '"%s"' % v
    return v


def pp(r, *cands):
    return pick(r, cands)


def proj_prefix(r):
    return pick(r, ["", "", "ml/", "training/", "services/inference/", "research/", "platform/", "apps/llm-gateway/"])


def jdump(obj, indent=2):
    return json.dumps(obj, indent=indent) + "\n"


POS_TEMPLATES = []  # (func, providers, reusable_for_negatives)


def T(providers, neg=True):
    def deco(fn):
        POS_TEMPLATES.append((fn, providers, neg))
        return fn
    return deco


PAIRS = ["modal", "aws", "gcs", "coreweave"]
BEARER_PROVS = ["runpod", "vastai", "replicate", "together", "fireworks", "huggingface", "ngc", "anyscale", "beam"]
OPENAI_COMPAT = ["together", "fireworks", "ngc", "baseten", "anyscale"]
ENVISH = ["runpod", "vastai", "lambda", "paperspace", "replicate", "together", "fireworks", "baseten",
          "huggingface", "wandb", "ngc", "anyscale", "beam", "banana", "dstack"]


# ==================================================================================
# POSITIVE TEMPLATES (also re-used for half of the negatives)
# ---------------------------------------------------------------- Python
@T(["huggingface"])
def t_py_hf_login(r, S):
    m = pick(r, MODELS)
    path = proj_prefix(r) + pp(r, "scripts/download_weights.py", "train/prepare_model.py", "tools/pull_private_model.py")
    text = '''"""Download the private fine-tuned weights before the training job starts."""
import argparse
import os
from pathlib import Path

from huggingface_hub import login, snapshot_download

MODEL_ID = "%s"
CACHE = Path("/workspace/hf-cache")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--revision", default="main")
    args = ap.parse_args()
    login(%s)
    path = snapshot_download(MODEL_ID, revision=args.revision, cache_dir=CACHE,
                             allow_patterns=["*.json", "*.safetensors", "tokenizer*"])
    print(f"weights ready at {path}")


if __name__ == "__main__":
    main()
''' % (m, pick(r, ["token=" + S.lit(), S.lit()]))
    return path, text


@T(["huggingface"])
def t_py_from_pretrained(r, S):
    m = pick(r, MODELS)
    path = proj_prefix(r) + pp(r, "finetune/train_lora.py", "train.py", "src/trainer/main.py")
    text = '''import os
import torch
from datasets import load_dataset
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM, AutoTokenizer, TrainingArguments, Trainer

BASE_MODEL = "%s"
%s = %s
OUTPUT_DIR = "./checkpoints/lora-%s"

tokenizer = AutoTokenizer.from_pretrained(BASE_MODEL, token=%s)
model = AutoModelForCausalLM.from_pretrained(
    BASE_MODEL,
    torch_dtype=torch.bfloat16,
    device_map="auto",
    token=%s,
)
model = get_peft_model(model, LoraConfig(r=%d, lora_alpha=32, lora_dropout=0.05, task_type="CAUSAL_LM"))

ds = load_dataset("json", data_files="data/train.jsonl", split="train")
args = TrainingArguments(output_dir=OUTPUT_DIR, per_device_train_batch_size=4,
                         gradient_accumulation_steps=8, learning_rate=2e-4, num_train_epochs=3,
                         bf16=True, logging_steps=10, save_steps=500, report_to=["wandb"])
Trainer(model=model, args=args, train_dataset=ds).train()
''' % (m, S.name, S.lit(), pick(r, PROJECTS), S.name, S.name, pick(r, [8, 16, 32]))
    return path, text


@T(["wandb"])
def t_py_wandb_login(r, S):
    path = proj_prefix(r) + pp(r, "train/logging_utils.py", "src/tracking.py", "utils/wandb_setup.py")
    text = '''import os
import logging

import wandb

log = logging.getLogger(__name__)

ENTITY = "%s"
PROJECT = "%s"


def init_tracking(cfg: dict, run_name: str | None = None):
    """Log in and open a W&B run for this training job."""
    wandb.login(key=%s, relogin=True)
    run = wandb.init(entity=ENTITY, project=PROJECT, name=run_name, config=cfg,
                     tags=["%s", "bf16"], resume="allow")
    log.info("wandb run %%s", run.url)
    return run
''' % (pick(r, TEAMS), pick(r, PROJECTS), S.lit(), pick(r, GPUS))
    return path, text


@T(ENVISH + ["aws"])
def t_py_environ_set(r, S):
    path = proj_prefix(r) + pp(r, "launch.py", "scripts/run_sweep.py", "jobs/bootstrap_env.py", "conftest.py")
    extra = pick(r, ['os.environ["TOKENIZERS_PARALLELISM"] = "false"', 'os.environ["NCCL_P2P_DISABLE"] = "1"',
                     'os.environ["HF_HUB_ENABLE_HF_TRANSFER"] = "1"'])
    text = '''import os
import subprocess
import sys

# environment for the remote job
%s
os.environ["%s"] = %s
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "0,1,2,3")

cmd = [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node=4", "train.py",
       "--config", "configs/%s.yaml"]
print("launching:", " ".join(cmd))
sys.exit(subprocess.call(cmd))
''' % (extra, S.ename, S.lit(), pick(r, PROJECTS))
    return path, text


@T(["replicate"])
def t_py_replicate_client(r, S):
    path = proj_prefix(r) + pp(r, "app/generate.py", "services/image_gen.py", "bot/replicate_backend.py")
    text = '''import os
from replicate.client import Client

MODEL = "black-forest-labs/flux-schnell"

client = Client(api_token=%s)


def generate(prompt: str, steps: int = 4) -> list[str]:
    output = client.run(MODEL, input={"prompt": prompt, "num_inference_steps": steps,
                                      "output_format": "webp"})
    return [str(o) for o in output]
''' % S.lit()
    return path, text


@T(["runpod"])
def t_py_runpod_sdk(r, S):
    ep = rs(r, B36, 14)
    path = proj_prefix(r) + pp(r, "clients/runpod_client.py", "scripts/invoke_endpoint.py", "worker/submit.py")
    text = '''import os
import runpod

runpod.api_key = %s
ENDPOINT_ID = "%s"


def transcribe(audio_url: str) -> dict:
    endpoint = runpod.Endpoint(ENDPOINT_ID)
    job = endpoint.run_sync({"input": {"audio": audio_url, "model": "large-v3"}}, timeout=600)
    return job


if __name__ == "__main__":
    print(transcribe("https://example.com/sample.wav"))
''' % (S.lit(), ep)
    return path, text


@T(OPENAI_COMPAT + ["runpod"])
def t_py_openai_compat(r, S):
    base = API_BASES[S.provider]
    if "%s" in base:
        base = base % rs(r, B36, 14)
    model = pick(r, MODELS[:5])
    path = proj_prefix(r) + pp(r, "llm/client.py", "app/llm_provider.py", "eval/run_eval.py", "rag/answer.py")
    text = '''import os
from openai import OpenAI

client = OpenAI(
    base_url="%s",
    api_key=%s,
)

SYSTEM = "You are a concise assistant. Answer with citations when possible."


def ask(question: str, max_tokens: int = 512) -> str:
    resp = client.chat.completions.create(
        model="%s",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}],
        temperature=0.2,
        max_tokens=max_tokens,
    )
    return resp.choices[0].message.content
''' % (base, S.lit(), model)
    return path, text


@T(BEARER_PROVS + ["baseten"])
def t_py_requests_header(r, S):
    url = {"runpod": "https://api.runpod.ai/v2/%s/runsync" % rs(r, B36, 14),
           "vastai": "https://console.vast.ai/api/v0/instances/",
           "replicate": "https://api.replicate.com/v1/predictions",
           "together": "https://api.together.xyz/v1/completions",
           "fireworks": "https://api.fireworks.ai/inference/v1/completions",
           "huggingface": "https://huggingface.co/api/whoami-v2",
           "ngc": "https://integrate.api.nvidia.com/v1/chat/completions",
           "anyscale": "https://api.endpoints.anyscale.com/v1/models",
           "beam": "https://app.beam.cloud/endpoint/%s/v1" % pick(r, ["whisper", "sdxl", "embed"]),
           "baseten": "https://model-%s.api.baseten.co/environments/production/predict" % rs(r, B36, 8)}[S.provider]
    scheme = "Api-Key " if S.provider == "baseten" else "Bearer "
    if not S.positive and S.cat in ("envref", "secretmgr"):
        hdr = 'f"%s{os.environ[\'%s\']}"' % (scheme, S.env)
    else:
        hdr = '"%s%s"' % (scheme, S.raw())
    path = proj_prefix(r) + pp(r, "tools/healthcheck.py", "scripts/smoke_test.py", "src/remote.py")
    text = '''import os
import time

import requests

URL = "%s"
HEADERS = {
    "Authorization": %s,
    "Content-Type": "application/json",
}


def call(payload: dict, retries: int = 3) -> dict:
    for attempt in range(retries):
        resp = requests.post(URL, headers=HEADERS, json=payload, timeout=120)
        if resp.status_code == 429:
            time.sleep(2 ** attempt)
            continue
        resp.raise_for_status()
        return resp.json()
    raise RuntimeError("rate limited")
''' % (url, hdr)
    return path, text


@T(["aws", "coreweave"])
def t_py_boto3(r, S):
    endpoint = "https://cwobject.com" if S.provider == "coreweave" else None
    bucket = pick(r, BUCKETS)
    path = proj_prefix(r) + pp(r, "checkpointing/upload.py", "utils/s3_sync.py", "train/ckpt_store.py")
    text = '''import os
from pathlib import Path

import boto3

BUCKET = "%s"
s3 = boto3.client(
    "s3",%s
    aws_access_key_id=%s,
    aws_secret_access_key=%s,
    region_name="%s",
)


def upload_checkpoint(step: int, ckpt_dir: Path) -> None:
    for f in sorted(ckpt_dir.glob("*")):
        key = f"runs/{os.environ.get('RUN_NAME', 'local')}/step-{step:07d}/{f.name}"
        s3.upload_file(str(f), BUCKET, key)
''' % (bucket, ('\n    endpoint_url="%s",' % endpoint) if endpoint else "", S.aux_lit("id"), S.lit(),
       "US-EAST-04A" if endpoint else pick(r, ["us-east-1", "us-west-2", "eu-west-1"]))
    return path, text


@T(["huggingface", "wandb", "replicate", "together", "fireworks"])
def t_py_dataclass(r, S):
    path = proj_prefix(r) + pp(r, "config.py", "src/settings.py", "train/cfg.py")
    text = '''import os
from dataclasses import dataclass, field


@dataclass
class TrainConfig:
    model_name: str = "%s"
    dataset: str = "data/instruct-mix-v3"
    max_seq_len: int = %d
    lr: float = 1e-4
    warmup_ratio: float = 0.03
    gpus: list[str] = field(default_factory=lambda: ["%s"] * 8)
    %s: str = %s
    push_to_hub: bool = False
    seed: int = %d
''' % (pick(r, MODELS), pick(r, [2048, 4096, 8192]), pick(r, GPUS), S.name.lower(), S.lit(), r.randint(1, 9999))
    return path, text


@T(["modal", "runpod", "together", "baseten", "lambda"])
def t_py_pydantic_settings(r, S):
    path = proj_prefix(r) + pp(r, "app/config.py", "backend/settings.py", "core/config.py")
    extra = ""
    if S.provider == "modal":
        extra = "    modal_token_id: str = %s\n" % S.aux_lit("id")
    text = '''import os
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    app_name: str = "inference-gateway"
    log_level: str = "INFO"
    max_batch_size: int = %d
%s    %s: str = %s
    request_timeout_s: float = 90.0


settings = Settings()
''' % (pick(r, [8, 16, 32]), extra, S.name.lower() if S.provider != "modal" else "modal_token_secret", S.lit())
    return path, text


@T(["huggingface", "wandb"])
def t_py_modal_secret_dict(r, S):
    path = proj_prefix(r) + pp(r, "modal_app.py", "deploy/modal_train.py", "serve_modal.py")
    gpu = pick(r, ["A100", "H100", "A10G", "L4"])
    text = '''import os
import modal

image = (
    modal.Image.debian_slim(python_version="3.11")
    .pip_install("torch==2.3.1", "transformers==4.44.2", "accelerate", "wandb")
)
app = modal.App("%s", image=image)
secrets = [modal.Secret.from_dict({"%s": %s})]


@app.function(gpu="%s", timeout=60 * 60 * 6, secrets=secrets)
def train(config_path: str = "configs/base.yaml"):
    import subprocess
    subprocess.run(["python", "train.py", "--config", config_path], check=True)
''' % (pick(r, PROJECTS), S.env, S.lit(), gpu)
    return path, text


@T(["lambda"])
def t_py_lambda_basic_auth(r, S):
    path = proj_prefix(r) + pp(r, "infra/lambda_launch.py", "tools/gpu_watch.py", "scripts/lambda_cloud.py")
    text = '''import os
import json
import sys

import requests

API = "https://cloud.lambdalabs.com/api/v1"
%s = %s


def launch(instance_type: str = "gpu_1x_a100_sxm4", region: str = "us-east-1") -> list[str]:
    body = {"region_name": region, "instance_type_name": instance_type,
            "ssh_key_names": ["%s"], "quantity": 1}
    resp = requests.post(f"{API}/instance-operations/launch", json=body, auth=(%s, ""), timeout=30)
    resp.raise_for_status()
    return resp.json()["data"]["instance_ids"]


if __name__ == "__main__":
    print(json.dumps(launch(*sys.argv[1:]), indent=2))
''' % (S.name, S.lit(), pick(r, ["team-laptop", "ci-runner", "ops-ed25519"]), S.name)
    return path, text


@T(["vastai"])
def t_py_vast_sdk(r, S):
    path = proj_prefix(r) + pp(r, "scripts/rent_gpu.py", "infra/vast_pool.py")
    text = '''import os
from vastai import VastAI

vast = VastAI(api_key=%s)

offers = vast.search_offers(query="gpu_name=RTX_4090 num_gpus=1 reliability>0.98 inet_down>500",
                            order="dph_total")
print(offers[:5])
''' % S.lit()
    return path, text


@T(["gcs", "coreweave", "aws"])
def t_py_s3fs(r, S):
    ep = {"gcs": "https://storage.googleapis.com", "coreweave": "https://cwobject.com",
          "aws": "https://s3.us-west-2.amazonaws.com"}[S.provider]
    path = proj_prefix(r) + pp(r, "data/streaming.py", "loaders/shards.py", "datasets/remote.py")
    text = '''import os
import s3fs
import pyarrow.parquet as pq

fs = s3fs.S3FileSystem(
    key=%s,
    secret=%s,
    client_kwargs={"endpoint_url": "%s"},
)

SHARDS = "%s/tokenized/v4/"


def iter_batches(batch_size: int = 4096):
    for path in sorted(fs.ls(SHARDS)):
        with fs.open(path, "rb") as fh:
            yield from pq.ParquetFile(fh).iter_batches(batch_size=batch_size)
''' % (S.aux_lit("id"), S.lit(), ep, pick(r, BUCKETS))
    return path, text


@T(["huggingface", "wandb", "runpod", "vastai", "replicate"])
def t_py_argparse(r, S):
    flag = "--" + S.name.lower().replace("_", "-")
    path = proj_prefix(r) + pp(r, "cli.py", "scripts/benchmark.py", "tools/push_results.py")
    text = '''import os
import argparse


def parse_args():
    p = argparse.ArgumentParser(description="Benchmark throughput on rented GPUs")
    p.add_argument("--model", default="%s")
    p.add_argument("--batch-size", type=int, default=%d)
    p.add_argument("--seq-len", type=int, default=2048)
    p.add_argument("%s", default=%s, help="credential used to fetch weights / report")
    p.add_argument("--dry-run", action="store_true")
    return p.parse_args()
''' % (pick(r, MODELS), pick(r, [1, 4, 8, 16]), flag, S.lit())
    return path, text


@T(["anyscale"])
def t_py_anyscale_sdk(r, S):
    path = proj_prefix(r) + pp(r, "ops/anyscale_jobs.py", "scripts/submit_job.py")
    text = '''import os
from anyscale import AnyscaleSDK

sdk = AnyscaleSDK(%s)

job = sdk.create_job({
    "name": "%s-nightly",
    "config": {"entrypoint": "python train.py --epochs 3", "runtime_env": {"working_dir": "."}},
})
print(job.result.id)
''' % (S.lit(), pick(r, PROJECTS))
    return path, text


@T(["baseten"])
def t_py_truss_login(r, S):
    path = proj_prefix(r) + pp(r, "deploy/push_truss.py", "truss_deploy.py")
    text = '''import os
import truss

truss.login(%s)

handle = truss.load("./%s")
deployment = handle.push(remote="baseten", publish=True, trusted=True)
print("deployed", deployment.model_id)
''' % (S.lit(), pick(r, PROJECTS))
    return path, text


@T(["ngc"])
def t_py_chatnvidia(r, S):
    path = proj_prefix(r) + pp(r, "rag/llm.py", "chains/nim_chain.py", "app/nvidia_llm.py")
    text = '''import os
from langchain_core.prompts import ChatPromptTemplate
from langchain_nvidia_ai_endpoints import ChatNVIDIA, NVIDIAEmbeddings

llm = ChatNVIDIA(model="meta/llama-3.1-70b-instruct", api_key=%s, temperature=0.1)
embedder = NVIDIAEmbeddings(model="nvidia/nv-embedqa-e5-v5", truncate="END")

prompt = ChatPromptTemplate.from_messages([
    ("system", "Answer only from the context.\\n{context}"),
    ("user", "{question}"),
])
chain = prompt | llm
''' % S.lit()
    return path, text


@T(["fireworks"])
def t_py_fireworks_module(r, S):
    path = proj_prefix(r) + pp(r, "llm/fireworks_backend.py", "providers/fw.py")
    text = '''import os
import fireworks.client

fireworks.client.api_key = %s

MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"


def complete(prompt: str) -> str:
    r = fireworks.client.Completion.create(model=MODEL, prompt=prompt, max_tokens=256)
    return r.choices[0].text
''' % S.lit()
    return path, text


# ---------------------------------------------------------------- Jupyter notebooks
def nb(cells):
    out = []
    for kind, src in cells:
        lines = src.split("\n")
        source = [l + "\n" for l in lines[:-1]] + [lines[-1]]
        c = {"cell_type": kind, "metadata": {}, "source": source}
        if kind == "code":
            c["execution_count"] = None
            c["outputs"] = []
        out.append(c)
    doc = {"cells": out,
           "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                        "language_info": {"name": "python", "version": "3.10.12"},
                        "accelerator": "GPU"},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1) + "\n"


@T(["wandb", "huggingface", "replicate", "together", "ngc", "runpod"])
def t_ipynb_env_magic(r, S):
    path = proj_prefix(r) + pp(r, "notebooks/finetune_colab.ipynb", "notebooks/01-explore.ipynb", "examples/quickstart.ipynb")
    val = S.raw("sh")
    cells = [("markdown", "# %s\nFine-tune on a single %s." % (pick(r, PROJECTS), pick(r, GPUS))),
             ("code", "!pip install -q transformers==4.44.2 datasets accelerate wandb"),
             ("code", "%%env %s=%s\n%%env WANDB_PROJECT=%s" % (S.env, val, pick(r, PROJECTS))),
             ("code", "import torch\nprint(torch.cuda.get_device_name(0))"),
             ("code", "from datasets import load_dataset\nds = load_dataset('imdb', split='train[:1%]')\nds")]
    return path, nb(cells)


@T(["huggingface", "replicate", "together", "fireworks", "wandb", "ngc"])
def t_ipynb_python_cell(r, S):
    path = proj_prefix(r) + pp(r, "notebooks/eval.ipynb", "notebooks/playground.ipynb", "research/ablation.ipynb")
    cells = [("markdown", "## Setup"),
             ("code", "import os\nimport json\nimport pandas as pd\nos.environ['%s'] = %s" % (S.ename, S.lit("py", "'"))),
             ("code", "df = pd.read_json('results/%s.jsonl', lines=True)\ndf.describe()" % pick(r, PROJECTS)),
             ("markdown", "Scores per checkpoint below.")]
    return path, nb(cells)


@T(["huggingface", "wandb"])
def t_ipynb_cli_login(r, S):
    path = proj_prefix(r) + pp(r, "notebooks/train_sdxl_lora.ipynb", "colab/train.ipynb")
    cmd = ("!huggingface-cli login --token %s" if S.provider == "huggingface" else "!wandb login %s") % S.raw("sh")
    cells = [("markdown", "# LoRA training\nRuns on the shared pod."),
             ("code", "!nvidia-smi"),
             ("code", cmd),
             ("code", "!accelerate launch train_dreambooth_lora_sdxl.py --pretrained_model_name_or_path=%s --resolution=1024" % MODELS[5])]
    return path, nb(cells)


# ---------------------------------------------------------------- YAML
@T(["huggingface", "wandb", "replicate", "together", "ngc", "fireworks"])
def t_sky_yaml(r, S):
    path = proj_prefix(r) + pp(r, "sky.yaml", "sky/train.yaml", "skypilot/serve-llm.yaml")
    text = '''name: %s

resources:
  accelerators: %s:%d
  use_spot: true
  disk_size: 512
  any_of:
    - cloud: lambda
    - cloud: runpod
    - cloud: aws

envs:
  MODEL_ID: %s
  %s: %s
  MAX_STEPS: %d

file_mounts:
  /ckpt:
    source: s3://%s
    mode: MOUNT

setup: |
  pip install -r requirements.txt

run: |
  torchrun --nproc_per_node=$SKYPILOT_NUM_GPUS_PER_NODE train.py \\
    --model $MODEL_ID --output /ckpt/$SKYPILOT_TASK_ID
''' % (pick(r, PROJECTS), pick(r, ["A100-80GB", "H100", "L4", "A10G"]), pick(r, [1, 2, 4, 8]), pick(r, MODELS),
       S.env, yv(S.raw("yaml")), r.randint(1000, 20000), pick(r, BUCKETS))
    return path, text


@T(["huggingface", "wandb", "ngc", "replicate"])
def t_dstack_task(r, S):
    path = proj_prefix(r) + pp(r, ".dstack.yml", "train.dstack.yml", "dstack/finetune.dstack.yml")
    text = '''type: task
name: %s

python: "3.11"
env:
  - MODEL_ID=%s
  - %s=%s
  - WANDB_PROJECT=%s
commands:
  - pip install -r requirements.txt
  - accelerate launch --num_processes $DSTACK_GPUS_NUM train.py
resources:
  gpu: %s:%d
  disk: 300GB..
spot_policy: auto
''' % (pick(r, PROJECTS), pick(r, MODELS), S.env, S.raw("yaml"), pick(r, PROJECTS),
       pick(r, ["24GB..", "80GB", "H100", "A100"]), pick(r, [1, 2, 8]))
    return path, text


@T(["dstack"])
def t_dstack_client_config(r, S):
    path = pp(r, "ops/dstack/config.yml", "deploy/dstack-client/config.yml", ".dstack/config.yml")
    text = '''projects:
- default: true
  name: main
  token: %s
  url: http://%s:3000
- name: %s
  token: %s
  url: https://dstack.internal.example.com
repos: []
''' % (yv(S.raw("yaml")), pick(r, ["127.0.0.1", "10.0.3.17", "dstack-server"]), pick(r, TEAMS),
       "${DSTACK_%s_TOKEN}" % pick(r, TEAMS).upper().replace("-", "_"))
    return path, text


@T(["aws"])
def t_dstack_server_config(r, S):
    path = pp(r, "ops/dstack/server/config.yml", "deploy/dstack/server-config.yml")
    text = '''projects:
- name: main
  backends:
  - type: aws
    regions: [us-east-1, us-west-2]
    creds:
      type: access_key
      access_key: %s
      secret_key: %s
  - type: runpod
    creds:
      type: api_key
      api_key: ${RUNPOD_API_KEY}
''' % (yv(S.aux_raw("id", "yaml")), yv(S.raw("yaml")))
    return path, text


@T(ENVISH + ["aws", "gcs"])
def t_k8s_secret_stringdata(r, S):
    ns = pick(r, ["ml-serving", "training", "inference", "kubeflow-user"])
    path = pp(r, "k8s/secrets/%s-credentials.yaml" % S.provider, "deploy/manifests/secret.yaml",
              "charts/%s/templates/secret.yaml" % pick(r, PROJECTS))
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % S.provider,
             "  namespace: %s" % ns, "  labels:", "    app.kubernetes.io/part-of: %s" % pick(r, PROJECTS),
             "type: Opaque", "stringData:"]
    if S.provider in PAIRS:
        lines.append("  %s: %s" % (S.env.replace("SECRET", "ID") if S.conventional else "access_key_id",
                                   S.aux_raw("id", "yaml")))
    v = S.raw("yaml")
    lines.append('  %s: %s' % (S.ename, ('"%s"' % v) if (v == "" or not S.positive or r.random() < 0.5) else v))
    return path, "\n".join(lines) + "\n"


@T(["huggingface", "wandb", "ngc", "replicate", "runpod", "together"], neg=False)
def t_k8s_secret_data_b64(r, S):
    enc = b64(S.value)
    S.needle = enc
    path = pp(r, "k8s/base/%s-secret.yaml" % S.provider, "manifests/secrets.yaml", "gitops/apps/llm/secret.yaml")
    text = '''apiVersion: v1
kind: Secret
metadata:
  name: model-pull-%s
  namespace: %s
type: Opaque
data:
  %s: %s
''' % (S.provider, pick(r, ["inference", "ml-serving", "vllm"]), S.ename.lower().replace("_", "-") if r.random() < 0.5 else S.ename, enc)
    return path, text


@T(["ngc", "dockerhub", "registry"])
def t_k8s_dockerconfigjson(r, S):
    reg = {"ngc": "nvcr.io", "dockerhub": "https://index.docker.io/v1/", "registry": pick(r, ["harbor.ml.internal", "registry.gpu-lab.io"])}[S.provider]
    user = "$oauthtoken" if S.provider == "ngc" else S.aux_raw("user")
    path = pp(r, "k8s/registry/pull-secret.yaml", "deploy/nim/ngc-secret.yaml", "infra/k8s/imagepull.yaml")
    text = '''apiVersion: v1
kind: Secret
metadata:
  name: %s-pull
  namespace: %s
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: |
    {
      "auths": {
        "%s": {
          "username": "%s",
          "password": "%s"
        }
      }
    }
''' % (S.provider, pick(r, ["nim", "inference", "default"]), reg, user, S.raw("json"))
    return path, text


@T(["ngc", "huggingface", "wandb", "together", "runpod", "replicate"])
def t_k8s_deployment_env(r, S):
    img = pick(r, ["nvcr.io/nim/meta/llama-3.1-8b-instruct:1.1.2", "vllm/vllm-openai:v0.5.4",
                   "ghcr.io/huggingface/text-generation-inference:2.2.0"])
    path = pp(r, "k8s/deployment.yaml", "deploy/llm/deployment.yaml", "manifests/%s-deploy.yaml" % pick(r, PROJECTS))
    text = '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: llm-server
  labels:
    app: llm-server
spec:
  replicas: %d
  selector:
    matchLabels:
      app: llm-server
  template:
    metadata:
      labels:
        app: llm-server
    spec:
      containers:
        - name: server
          image: %s
          ports:
            - containerPort: 8000
          env:
            - name: MODEL_ID
              value: %s
            - name: %s
              value: "%s"
          resources:
            limits:
              nvidia.com/gpu: %d
          volumeMounts:
            - name: cache
              mountPath: /opt/nim/.cache
      volumes:
        - name: cache
          emptyDir: {}
''' % (pick(r, [1, 2, 3]), img, pick(r, MODELS), S.env, S.raw("yaml"), pick(r, [1, 2, 4]))
    return path, text


@T(["ngc", "huggingface", "registry", "dockerhub"])
def t_helm_values(r, S):
    path = pp(r, "deploy/values.yaml", "charts/llm/values-prod.yaml", "helm/nim/values.yaml")
    if S.provider in ("registry", "dockerhub"):
        body = '''imageCredentials:
  registry: %s
  username: %s
  password: %s
''' % ("docker.io" if S.provider == "dockerhub" else "harbor.ml.internal", S.aux_raw("user"), yv(S.raw("yaml")))
    else:
        body = '''%s:
  apiKey: %s
  secretName: ""
''' % ("ngc" if S.provider == "ngc" else "hf", yv(S.raw("yaml")))
    text = '''replicaCount: 1

image:
  repository: nvcr.io/nim/meta/llama3-8b-instruct
  tag: "1.0.3"
  pullPolicy: IfNotPresent

%s
resources:
  limits:
    nvidia.com/gpu: 1

persistence:
  enabled: true
  size: 120Gi
  storageClass: %s

service:
  type: ClusterIP
  openaiPort: 8000
''' % (body, pick(r, ["shared-nvme", "gp3", "standard-rwo"]))
    return path, text


@T(ENVISH + ["modal"])
def t_gha_workflow(r, S):
    path = pp(r, ".github/workflows/train.yml", ".github/workflows/deploy-model.yml", ".github/workflows/nightly-eval.yml")
    extra = ""
    if S.provider == "modal":
        extra = "      MODAL_TOKEN_ID: %s\n" % S.aux_raw("id", "yaml")
    v = S.raw("yaml")
    text = '''name: nightly-eval

on:
  schedule:
    - cron: "17 3 * * *"
  workflow_dispatch:

jobs:
  eval:
    runs-on: ubuntu-latest
    timeout-minutes: 120
    env:
      PYTHONUNBUFFERED: "1"
%s      %s: %s
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r requirements.txt
      - run: python -m eval.run --suite %s --report results.json
''' % (extra, S.env, ('"%s"' % v) if v.startswith("$") else yv(v), pick(r, ["mmlu", "gsm8k", "humaneval", "mt-bench"]))
    return path, text


@T(["huggingface", "ngc", "wandb"])
def t_compose(r, S):
    path = pp(r, "docker-compose.yml", "compose/tgi.yml", "deploy/docker-compose.gpu.yml")
    text = '''services:
  tgi:
    image: ghcr.io/huggingface/text-generation-inference:2.2.0
    shm_size: 1g
    ports:
      - "8080:80"
    volumes:
      - ./data:/data
    environment:
      - MODEL_ID=%s
      - %s=%s
      - MAX_TOTAL_TOKENS=8192
    deploy:
      resources:
        reservations:
          devices:
            - driver: nvidia
              count: all
              capabilities: [gpu]
''' % (pick(r, MODELS), "HUGGING_FACE_HUB_TOKEN" if S.provider == "huggingface" and S.conventional else S.ename, S.raw("yaml"))
    return path, text


@T(["wandb", "huggingface", "aws", "replicate"])
def t_gitlab_ci(r, S):
    path = ".gitlab-ci.yml"
    extra = ""
    if S.provider == "aws":
        extra = '  AWS_ACCESS_KEY_ID: "%s"\n' % S.aux_raw("id", "yaml")
    text = '''stages: [test, train]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
%s  %s: "%s"

unit:
  stage: test
  image: python:3.11
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

train-smoke:
  stage: train
  tags: [gpu]
  image: nvcr.io/nvidia/pytorch:24.05-py3
  script:
    - python train.py --max-steps 50 --report-to wandb
''' % (extra, S.env, S.raw("yaml"))
    return path, text


@T(["fireworks", "together", "baseten", "replicate", "ngc"])
def t_litellm_config(r, S):
    prefix = {"fireworks": "fireworks_ai/accounts/fireworks/models/llama-v3p1-70b-instruct",
              "together": "together_ai/meta-llama/Llama-3-70b-chat-hf", "baseten": "baseten/%s" % rs(r, B36, 8),
              "replicate": "replicate/meta/meta-llama-3-70b-instruct", "ngc": "nvidia_nim/meta/llama3-70b-instruct"}[S.provider]
    path = pp(r, "litellm/config.yaml", "proxy_config.yaml", "gateway/litellm.yaml")
    text = '''model_list:
  - model_name: llama-70b
    litellm_params:
      model: %s
      api_key: %s
      rpm: 600
  - model_name: local-8b
    litellm_params:
      model: openai/meta-llama/Llama-3.1-8B-Instruct
      api_base: http://vllm.inference.svc:8000/v1
      api_key: "none"

router_settings:
  routing_strategy: latency-based-routing
  num_retries: 2
''' % (prefix, yv(S.raw("yaml")))
    return path, text


@T(["huggingface", "wandb"])
def t_hydra_cfg(r, S):
    path = pp(r, "configs/trainer/default.yaml", "conf/logging/wandb.yaml", "configs/experiment/%s.yaml" % pick(r, PROJECTS))
    key = "hub_token" if S.provider == "huggingface" else "api_key"
    text = '''# @package _global_
defaults:
  - override /model: %s
  - override /data: mix_v3

trainer:
  max_steps: %d
  precision: bf16-mixed
  devices: %d
  accumulate_grad_batches: 4

logger:
  wandb:
    project: %s
    entity: %s
    log_model: false

hub:
  push: true
  repo_id: %s/%s
  %s: %s
''' % (pick(r, ["llama3_8b", "mistral_7b", "qwen2_7b"]), r.randint(2000, 50000), pick(r, [1, 4, 8]),
       pick(r, PROJECTS), pick(r, TEAMS), pick(r, TEAMS), pick(r, PROJECTS),
       key if S.conventional else S.name.lower(), yv(S.raw("yaml")) if S.raw("yaml") else "null")
    return path, text


# ---------------------------------------------------------------- TOML / INI / netrc
@T(["modal"])
def t_modal_toml(r, S):
    ws = pick(r, TEAMS + ["acme-ml", "personal"])
    path = pp(r, "ops/modal/.modal.toml", "ci/.modal.toml", ".modal.toml")
    text = '''[%s]
token_id = "%s"
token_secret = "%s"
active = true

[%s-staging]
token_id = "${MODAL_STAGING_TOKEN_ID}"
token_secret = "${MODAL_STAGING_TOKEN_SECRET}"
environment = "staging"
''' % (ws, S.aux_raw("id", "toml"), S.raw("toml"), ws)
    return path, text


@T(["runpod"])
def t_runpod_config_toml(r, S):
    path = pp(r, "ops/runpod/config.toml", "tools/runpodctl/config.toml", ".runpod/config.toml")
    text = '''[default]
api_key = "%s"

[profiles.ci]
api_key = ""
default_gpu = "NVIDIA GeForce RTX 4090"
cloud_type = "SECURE"
''' % S.raw("toml")
    return path, text


@T(["wandb", "huggingface", "replicate", "together"])
def t_pyproject_poe(r, S):
    path = "pyproject.toml"
    text = '''[project]
name = "%s"
version = "0.%d.%d"
requires-python = ">=3.10"
dependencies = [
    "torch>=2.3",
    "transformers>=4.44",
    "datasets>=2.20",
    "wandb>=0.17",
]

[tool.poe.env]
%s = "%s"
TOKENIZERS_PARALLELISM = "false"

[tool.poe.tasks]
train = "accelerate launch train.py"
eval = "python -m eval.run --suite mmlu"

[tool.ruff]
line-length = 110
''' % (pick(r, PROJECTS), r.randint(1, 9), r.randint(0, 20), S.ename, S.raw("toml"))
    return path, text


@T(["baseten"])
def t_trussrc(r, S):
    path = pp(r, "ops/baseten/.trussrc", "ci/trussrc", ".trussrc")
    text = '''[baseten]
remote_provider = baseten
api_key = %s
remote_url = https://app.baseten.co
''' % S.raw("ini")
    return path, text


@T(["aws", "coreweave", "gcs"])
def t_rclone_conf(r, S):
    ep = {"aws": "", "coreweave": "endpoint = https://cwobject.com\n", "gcs": "endpoint = https://storage.googleapis.com\n"}[S.provider]
    prov = {"aws": "AWS", "coreweave": "Other", "gcs": "GCS"}[S.provider]
    path = pp(r, "ops/rclone/rclone.conf", "deploy/rclone.conf", "scripts/sync/rclone.conf")
    text = '''[ckpt]
type = s3
provider = %s
access_key_id = %s
secret_access_key = %s
%sacl = private
no_check_bucket = true

[local-cache]
type = alias
remote = /mnt/nvme/cache
''' % (prov, S.aux_raw("id", "ini"), S.raw("ini"), ep)
    return path, text


@T(["aws"])
def t_aws_credentials(r, S):
    path = pp(r, "deploy/aws/credentials", "docker/trainer/aws-credentials", "ops/.aws/credentials")
    text = '''[default]
region = us-west-2

[%s]
aws_access_key_id = %s
aws_secret_access_key = %s
''' % (pick(r, ["ckpt-writer", "ml-train", "artifacts"]), S.aux_raw("id", "ini"), S.raw("ini"))
    return path, text


@T(["wandb", "huggingface"])
def t_netrc(r, S):
    host = "api.wandb.ai" if S.provider == "wandb" else "huggingface.co"
    login = "user" if S.provider == "wandb" else pick(r, ["ml-bot", "ci"])
    path = pp(r, "docker/netrc", "ci/.netrc", "ops/trainer/netrc")
    text = '''machine %s
  login %s
  password %s
''' % (host, login, S.raw("ini"))
    return path, text


@T(["together", "fireworks", "replicate", "huggingface"])
def t_properties(r, S):
    path = pp(r, "gateway/src/main/resources/application.properties", "llm-proxy/config/application.properties")
    text = '''server.port=8081
spring.application.name=llm-gateway
llm.provider=%s
llm.%s.base-url=%s
llm.%s.api-key=%s
llm.timeout-seconds=60
management.endpoints.web.exposure.include=health,prometheus
''' % (S.provider, S.provider, API_BASES.get(S.provider, "https://api.replicate.com/v1"), S.provider, S.raw("ini"))
    return path, text


# ---------------------------------------------------------------- shell
@T(ENVISH + ["modal", "aws"])
def t_sh_export(r, S):
    path = proj_prefix(r) + pp(r, "scripts/launch.sh", "run_train.sh", "bin/start_pod.sh", "scripts/env.sh")
    extra = ""
    if S.provider in PAIRS:
        idname = {"modal": "MODAL_TOKEN_ID", "aws": "AWS_ACCESS_KEY_ID"}.get(S.provider, "ACCESS_KEY_ID")
        extra = "export %s=%s\n" % (idname, S.aux_raw("id", "sh"))
    v = S.raw("sh")
    q = pick(r, ['"', "'", ""]) if S.positive else '"'
    text = '''#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export NCCL_DEBUG=WARN
export HF_HOME=/workspace/.cache/huggingface
%sexport %s=%s%s%s

python -m torch.distributed.run --nproc_per_node=%d train.py --config configs/%s.yaml "$@"
''' % (extra, S.ename, q, v, q, pick(r, [1, 2, 4, 8]), pick(r, PROJECTS))
    return path, text


@T(BEARER_PROVS + ["baseten"])
def t_sh_curl(r, S):
    scheme = "Api-Key" if S.provider == "baseten" else "Bearer"
    url = {"runpod": "https://api.runpod.ai/v2/%s/run" % rs(r, B36, 14),
           "vastai": "https://console.vast.ai/api/v0/users/current/",
           "replicate": "https://api.replicate.com/v1/models/black-forest-labs/flux-schnell/predictions",
           "together": "https://api.together.xyz/v1/chat/completions",
           "fireworks": "https://api.fireworks.ai/inference/v1/chat/completions",
           "huggingface": "https://api-inference.huggingface.co/models/%s" % pick(r, MODELS),
           "ngc": "https://integrate.api.nvidia.com/v1/chat/completions",
           "anyscale": "https://api.endpoints.anyscale.com/v1/chat/completions",
           "beam": "https://app.beam.cloud/endpoint/id/%s" % uuid4(r),
           "baseten": "https://model-%s.api.baseten.co/production/predict" % rs(r, B36, 8)}[S.provider]
    path = proj_prefix(r) + pp(r, "scripts/smoke.sh", "examples/curl_request.sh", "tests/e2e/ping_endpoint.sh")
    text = '''#!/bin/sh
# quick smoke test against the hosted endpoint
curl -sS -X POST "%s" \\
  -H "Authorization: %s %s" \\
  -H "Content-Type: application/json" \\
  -d '{"input": {"prompt": "a watercolor fox"}, "max_tokens": 64}' | jq .
''' % (url, scheme, S.raw("sh"))
    return path, text


@T(["ngc", "dockerhub", "registry"])
def t_sh_docker_login(r, S):
    path = proj_prefix(r) + pp(r, "scripts/pull_images.sh", "ci/docker_login.sh", "deploy/push_image.sh")
    if S.provider == "ngc":
        login = "echo \"%s\" | docker login nvcr.io --username '$oauthtoken' --password-stdin" % S.raw("sh")
        img = "nvcr.io/nim/meta/llama-3.1-8b-instruct:1.1.2"
    else:
        reg = "" if S.provider == "dockerhub" else " " + pick(r, ["harbor.ml.internal", "registry.gpu-lab.io"])
        login = pick(r, ["docker login -u %s -p '%s'%s", "echo '%s' | docker login -u %s --password-stdin%s"])
        if login.startswith("echo"):
            login = login % (S.raw("sh"), S.aux_raw("user"), reg)
        else:
            login = login % (S.aux_raw("user"), S.raw("sh"), reg)
        img = "%s/%s:%s" % (reg.strip() or S.aux_raw("user"), pick(r, PROJECTS), pick(r, ["latest", "v0.4.1", "cu121"]))
    text = '''#!/usr/bin/env bash
set -e
%s
docker pull %s
docker image inspect %s --format '{{.Id}}'
''' % (login, img, img)
    return path, text


@T(["vastai", "huggingface", "wandb", "modal", "runpod"])
def t_sh_cli_positional(r, S):
    if S.provider == "modal":
        cmd = "modal token set --token-id %s --token-secret %s" % (S.aux_raw("id", "sh"), S.raw("sh"))
    else:
        cmd = {"vastai": "vastai set api-key %s", "huggingface": "huggingface-cli login --token %s --add-to-git-credential",
               "wandb": "wandb login %s", "runpod": "runpodctl config --apiKey %s"}[S.provider] % S.raw("sh")
    path = proj_prefix(r) + pp(r, "setup_pod.sh", "scripts/bootstrap.sh", "docker/entrypoint.sh")
    text = '''#!/usr/bin/env bash
set -euo pipefail
apt-get update -qq && apt-get install -y -qq git-lfs tmux htop >/dev/null
pip install -q -U pip %s
%s
git lfs install
echo "bootstrap done on $(hostname) ($(nvidia-smi --query-gpu=name --format=csv,noheader | head -1))"
''' % ({"vastai": "vastai", "huggingface": "huggingface_hub[cli]", "wandb": "wandb", "modal": "modal",
        "runpod": "runpod"}[S.provider], cmd)
    return path, text


@T(["aws"])
def t_sh_aws_configure(r, S):
    path = proj_prefix(r) + pp(r, "scripts/configure_ckpt_bucket.sh", "infra/setup_s3.sh")
    text = '''#!/bin/bash
aws configure set aws_access_key_id %s --profile ckpt
aws configure set aws_secret_access_key %s --profile ckpt
aws configure set region us-west-2 --profile ckpt
aws s3 ls s3://%s/runs/ --profile ckpt | tail -5
''' % (S.aux_raw("id", "sh"), S.raw("sh"), pick(r, BUCKETS))
    return path, text


@T(["lambda"])
def t_sh_lambda_curl(r, S):
    path = proj_prefix(r) + pp(r, "scripts/lambda_instances.sh", "ops/list_gpus.sh")
    text = '''#!/usr/bin/env bash
# list running Lambda Cloud instances and the capacity we can launch into
curl -s -u %s: https://cloud.lambdalabs.com/api/v1/instances | jq '.data[] | {id, name, ip, status}'
curl -s -u %s: https://cloud.lambdalabs.com/api/v1/instance-types | jq '.data | keys'
''' % (S.raw("sh"), "$LAMBDA_API_KEY")
    return path, text


# ---------------------------------------------------------------- Dockerfile / env / Makefile
@T(["huggingface", "wandb", "ngc", "replicate"])
def t_dockerfile_env(r, S):
    path = proj_prefix(r) + pp(r, "Dockerfile", "docker/Dockerfile.train", "serving/Dockerfile")
    text = '''FROM nvcr.io/nvidia/pytorch:24.05-py3

WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 \\
    HF_HOME=/models/hf
ENV %s=%s

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN python scripts/download_weights.py --model %s

CMD ["python", "-m", "serve", "--port", "8000"]
''' % (S.ename, S.raw("docker"), pick(r, MODELS))
    return path, text


@T(["huggingface"])
def t_dockerfile_run_token(r, S):
    path = proj_prefix(r) + pp(r, "Dockerfile", "images/worker/Dockerfile")
    text = '''FROM python:3.11-slim
RUN pip install --no-cache-dir "huggingface_hub[cli,hf_transfer]"
ENV HF_HUB_ENABLE_HF_TRANSFER=1
RUN huggingface-cli download %s --local-dir /weights --token %s \\
    && rm -rf /root/.cache
COPY handler.py /handler.py
CMD ["python", "-u", "/handler.py"]
''' % (pick(r, MODELS), S.raw("docker"))
    return path, text


@T(ENVISH + ["aws", "modal"])
def t_dotenv(r, S):
    path = S.envpath([".env", "docker/.env", ".env.local", ".env.production", "services/worker/.env"])
    lines = ["# runtime configuration", "APP_ENV=%s" % pick(r, ["dev", "staging", "production"]),
             "LOG_LEVEL=info", "MODEL_ID=%s" % pick(r, MODELS)]
    if S.provider in PAIRS:
        lines.append("%s=%s" % ({"modal": "MODAL_TOKEN_ID", "aws": "AWS_ACCESS_KEY_ID"}[S.provider], S.aux_raw("id", "env")))
    lines.append("%s=%s" % (S.ename, S.raw("env")))
    lines.append("MAX_CONCURRENCY=%d" % pick(r, [2, 4, 8]))
    return path, "\n".join(lines) + "\n"


@T(["wandb", "huggingface", "runpod", "vastai", "dockerhub"])
def t_makefile(r, S):
    path = proj_prefix(r) + "Makefile"
    text = '''IMAGE ?= %s/%s
TAG ?= $(shell git rev-parse --short HEAD)
%s ?= %s

.PHONY: build push train

build:
\tdocker build -t $(IMAGE):$(TAG) .

push: build
\tdocker push $(IMAGE):$(TAG)

train:
\t%s=$(%s) python train.py --config configs/%s.yaml
''' % (pick(r, ["ghcr.io/acme", "docker.io/mlplatform"]), pick(r, PROJECTS), S.ename, S.raw("make"),
       S.env, S.ename, pick(r, PROJECTS))
    return path, text


# ---------------------------------------------------------------- Terraform
@T(["huggingface", "wandb", "ngc", "together", "replicate"])
def t_tf_k8s_secret(r, S):
    path = pp(r, "infra/terraform/secrets.tf", "terraform/k8s/model-secrets.tf", "infra/inference/main.tf")
    text = '''resource "kubernetes_namespace" "serving" {
  metadata {
    name = "%s"
  }
}

resource "kubernetes_secret" "%s" {
  metadata {
    name      = "%s-credentials"
    namespace = kubernetes_namespace.serving.metadata[0].name
  }

  data = {
    %s = %s
  }

  type = "Opaque"
}
''' % (pick(r, ["serving", "llm", "inference"]), S.provider, S.provider, S.ename, S.lit("tf"))
    return path, text


@T(["runpod", "lambda", "vastai", "paperspace", "huggingface", "wandb"])
def t_tf_variable_default(r, S):
    path = pp(r, "infra/variables.tf", "terraform/gpu-pool/variables.tf")
    text = '''variable "region" {
  type    = string
  default = "%s"
}

variable "gpu_type" {
  type    = string
  default = "%s"
}

variable "%s" {
  type        = string
  description = "API credential used by the provisioner"
  sensitive   = true
  default     = %s
}

variable "instance_count" {
  type    = number
  default = %d
}
''' % (pick(r, ["us-east-1", "us-west-2", "eu-central-1"]), pick(r, GPUS), S.name.lower(),
       '"%s"' % S.raw("tf") if not (not S.positive and S.cat in ("envref",)) else '"%s"' % S.raw("text"), pick(r, [1, 2, 4]))
    return path, text


@T(["aws"])
def t_tf_aws_provider(r, S):
    path = pp(r, "infra/terraform/providers.tf", "terraform/ckpt-bucket/main.tf")
    text = '''terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region     = "us-west-2"
  access_key = %s
  secret_key = %s
}

resource "aws_s3_bucket" "checkpoints" {
  bucket = "%s"
}
''' % (S.aux_lit("id", "tf"), S.lit("tf"), pick(r, BUCKETS))
    return path, text


@T(["runpod", "lambda", "vastai", "huggingface", "ngc", "together"])
def t_tfvars(r, S):
    path = pp(r, "infra/terraform.tfvars", "terraform/envs/prod/terraform.tfvars", "deploy/tf/prod.auto.tfvars")
    text = '''project        = "%s"
region         = "%s"
gpu_type       = "%s"
instance_count = %d
%s = "%s"
tags = {
  team  = "%s"
  owner = "ml-platform"
}
''' % (pick(r, PROJECTS), pick(r, ["us-east-1", "us-west-2"]), pick(r, GPUS), pick(r, [1, 2, 4]),
       S.name.lower(), S.raw("tf"), pick(r, TEAMS))
    return path, text


# ---------------------------------------------------------------- Markdown
@T(ENVISH)
def t_md_quickstart(r, S):
    path = pp(r, "README.md", "docs/setup.md", "docs/quickstart.md", "%s/README.md" % pick(r, PROJECTS))
    text = '''# %s

Fine-tuning and serving pipeline for `%s`.

## Setup

1. Create a virtualenv and install requirements:

   ```bash
   python -m venv .venv && source .venv/bin/activate
   pip install -r requirements.txt
   ```

2. Export the credentials the scripts need:

   ```bash
   export %s=%s
   ```

3. Launch a run on a single %s:

   ```bash
   python train.py --config configs/base.yaml
   ```

## Layout

| path | what |
|------|------|
| `train.py` | training entry point |
| `serve/` | vLLM server wrapper |
| `configs/` | Hydra configs |
''' % (pick(r, PROJECTS), pick(r, MODELS), S.env, S.raw("sh"), pick(r, GPUS))
    return path, text


@T(["runpod", "vastai", "lambda", "baseten", "beam", "banana", "replicate"])
def t_md_runbook(r, S):
    path = pp(r, "docs/runbook.md", "docs/oncall.md", "ops/RUNBOOK.md")
    text = '''# On-call runbook: inference endpoint

## Endpoint

- Provider: %s
- Endpoint id: `%s`
- Dashboard: see the team wiki
- Key used by the gateway: `%s`

## When latency spikes

1. Check GPU utilisation on the workers.
2. Scale max workers from 3 to 6.
3. If cold starts dominate, enable flash boot.
''' % (S.provider, rs(r, B36, 14), S.raw("md"))
    return path, text


# ---------------------------------------------------------------- logs
def ts(r, base_h=None):
    h = base_h if base_h is not None else r.randint(0, 20)
    return "2024-%02d-%02dT%02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), h, r.randint(0, 59), r.randint(0, 59))


@T(ENVISH + ["aws"])
def t_log_env_dump(r, S):
    path = pp(r, "logs/train-%s.log" % rs(r, B36, 6), "runs/%s/stdout.log" % rs(r, B36, 8), "logs/worker.log")
    t0 = ts(r, 9)
    lines = ["%s INFO  launcher: starting job on %d x %s" % (t0, pick(r, [1, 4, 8]), pick(r, GPUS)),
             "%s DEBUG launcher: env CUDA_VISIBLE_DEVICES=0,1,2,3" % t0,
             "%s DEBUG launcher: env %s=%s" % (t0, S.ename, S.raw("log")),
             "%s DEBUG launcher: env NCCL_IB_DISABLE=1" % t0]
    for step in range(0, r.randint(6, 14) * 50, 50):
        lines.append("%s INFO  trainer: step=%d loss=%.4f lr=%.2e grad_norm=%.3f tok/s=%d" % (
            t0, step, 2.5 * (0.97 ** (step / 50)) + r.random() * 0.05, 2e-4, r.uniform(0.3, 1.5), r.randint(9000, 14000)))
    return path, "\n".join(lines) + "\n"


@T(BEARER_PROVS)
def t_log_http_debug(r, S):
    host = {"runpod": "api.runpod.ai", "vastai": "console.vast.ai", "replicate": "api.replicate.com",
            "together": "api.together.xyz", "fireworks": "api.fireworks.ai", "huggingface": "huggingface.co",
            "ngc": "integrate.api.nvidia.com", "anyscale": "api.endpoints.anyscale.com", "beam": "app.beam.cloud"}[S.provider]
    path = pp(r, "logs/http-debug.log", "debug/requests.log", "logs/client-%s.log" % rs(r, B36, 5))
    t0 = ts(r)
    text = '''%s DEBUG urllib3.connectionpool: Starting new HTTPS connection (1): %s:443
%s DEBUG client: send: b'POST /v1/chat/completions HTTP/1.1'
%s DEBUG client: header: Host: %s
%s DEBUG client: header: User-Agent: python-requests/2.32.3
%s DEBUG client: header: Authorization: Bearer %s
%s DEBUG client: header: Content-Type: application/json
%s DEBUG urllib3.connectionpool: https://%s:443 "POST /v1/chat/completions HTTP/1.1" 200 1893
%s INFO  client: completion tokens=%d latency_ms=%d
''' % (t0, host, t0, t0, host, t0, t0, S.raw("log"), t0, t0, host, t0, r.randint(20, 400), r.randint(200, 4000))
    return path, text


# ---------------------------------------------------------------- JSON
@T(["together", "fireworks", "replicate", "runpod", "vastai", "baseten", "banana", "beam"])
def t_json_providers(r, S):
    path = pp(r, "config/providers.json", "gateway/config.json", "settings/backends.json")
    obj = {"default": S.provider, "timeout_s": 60,
           "providers": {S.provider: {"base_url": API_BASES.get(S.provider, "https://api.%s.example" % S.provider).replace("%s", rs(r, B36, 14)),
                                      ("api_key" if S.conventional else S.name.lower()): S.raw("json"),
                                      "max_retries": 3},
                         "local": {"base_url": "http://localhost:8000/v1", "api_key": None}}}
    return path, jdump(obj)


@T(["huggingface", "wandb", "ngc", "runpod"])
def t_vscode_launch(r, S):
    path = ".vscode/launch.json"
    obj = {"version": "0.2.0", "configurations": [
        {"name": "train (debug)", "type": "debugpy", "request": "launch", "program": "${workspaceFolder}/train.py",
         "args": ["--config", "configs/debug.yaml", "--max-steps", "20"], "console": "integratedTerminal",
         "env": {"CUDA_VISIBLE_DEVICES": "0", S.env: S.raw("json"), "WANDB_MODE": "offline"}}]}
    return path, jdump(obj, 4)


@T(["gcs_sa"])
def t_gcp_sa_json(r, S):
    proj = pick(r, ["ml-train-prod", "acme-vision", "llm-research-417"])
    lines = S.pem_lines()
    pk = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----\n"
    obj = {"type": "service_account", "project_id": proj,
           "private_key_id": S.aux.get("kid", "") if S.positive else pick(r, ["", "<key-id>"]),
           "private_key": pk,
           "client_email": "ckpt-writer@%s.iam.gserviceaccount.com" % proj,
           "client_id": "1%s" % rs(r, DIG, 20),
           "auth_uri": "https://accounts.google.com/o/oauth2/auth",
           "token_uri": "https://oauth2.googleapis.com/token",
           "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
           "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/ckpt-writer%%40%s.iam.gserviceaccount.com" % proj,
           "universe_domain": "googleapis.com"}
    path = pp(r, "deploy/gcp/sa-key.json", "secrets/ckpt-writer.json", "infra/credentials/gcs-service-account.json")
    return path, jdump(obj)


@T(["dockerhub", "registry"], neg=False)
def t_docker_config_json(r, S):
    reg = "https://index.docker.io/v1/" if S.provider == "dockerhub" else pick(r, ["harbor.ml.internal", "registry.gpu-lab.io"])
    auth = b64("%s:%s" % (S.aux["user"], S.value))
    S.needle = auth
    obj = {"auths": {reg: {"auth": auth}, "nvcr.io": {}}, "credsStore": "", "currentContext": "default"}
    path = pp(r, "ci/docker/config.json", "deploy/.docker/config.json", "runner/docker-config.json")
    return path, jdump(obj, 1 if r.random() < 0.5 else 2)


# ---------------------------------------------------------------- other languages
@T(["replicate", "together", "fireworks", "huggingface", "runpod"])
def t_js_client(r, S):
    if S.provider == "replicate":
        body = 'import Replicate from "replicate";\n\nconst replicate = new Replicate({ auth: %s });\n' % S.lit("js")
        use = 'export async function run(prompt) {\n  return replicate.run("black-forest-labs/flux-schnell", { input: { prompt } });\n}\n'
    elif S.provider == "huggingface":
        body = 'import { HfInference } from "@huggingface/inference";\n\nconst hf = new HfInference(%s);\n' % S.lit("js")
        use = 'export async function embed(text) {\n  return hf.featureExtraction({ model: "BAAI/bge-small-en-v1.5", inputs: text });\n}\n'
    else:
        base = API_BASES.get(S.provider, "https://api.runpod.ai/v2/%s/openai/v1")
        if "%s" in base:
            base = base % rs(r, B36, 14)
        body = 'import OpenAI from "openai";\n\nconst client = new OpenAI({\n  baseURL: "%s",\n  apiKey: %s,\n});\n' % (base, S.lit("js"))
        use = 'export async function chat(messages) {\n  const r = await client.chat.completions.create({ model: "%s", messages });\n  return r.choices[0].message.content;\n}\n' % pick(r, MODELS[:4])
    path = pp(r, "web/src/lib/llm.ts", "frontend/server/ai.js", "api/src/clients/%s.ts" % S.provider)
    return path, body + "\n" + use


@T(["runpod", "vastai", "lambda", "together"])
def t_go_const(r, S):
    path = pp(r, "cmd/scheduler/main.go", "internal/gpu/client.go", "pkg/provider/%s.go" % S.provider)
    text = '''package main

import (
\t"fmt"
\t"net/http"
\t"os"
\t"time"
)

const baseURL = "%s"

var apiKey = %s

func main() {
\treq, _ := http.NewRequest("GET", baseURL, nil)
\treq.Header.Set("Authorization", "Bearer "+apiKey)
\tclient := &http.Client{Timeout: 20 * time.Second}
\tresp, err := client.Do(req)
\tif err != nil {
\t\tfmt.Fprintln(os.Stderr, err)
\t\tos.Exit(1)
\t}
\tdefer resp.Body.Close()
\tfmt.Println(resp.Status)
}
''' % ({"runpod": "https://rest.runpod.io/v1/pods", "vastai": "https://console.vast.ai/api/v0/instances/",
        "lambda": "https://cloud.lambdalabs.com/api/v1/instances", "together": "https://api.together.xyz/v1/models"}[S.provider],
       S.lit("go"))
    return path, text


@T(["vastai", "runpod", "lambda", "paperspace", "together", "replicate"])
def t_sql_seed(r, S):
    path = pp(r, "db/seeds/002_provider_credentials.sql", "migrations/0007_seed_providers.sql")
    text = '''-- seed GPU providers for the scheduler
INSERT INTO gpu_providers (id, name, base_url, enabled) VALUES
  (1, 'runpod', 'https://rest.runpod.io/v1', true),
  (2, 'vastai', 'https://console.vast.ai/api/v0', true),
  (3, 'lambda', 'https://cloud.lambdalabs.com/api/v1', false);

INSERT INTO provider_credentials (provider, label, api_key, created_at) VALUES
  ('%s', '%s', '%s', now());
''' % (S.provider, pick(r, ["scheduler", "ci", "prod"]), S.raw("sql"))
    return path, text


@T(["aws"])
def t_csv_iam_export(r, S):
    path = pp(r, "ops/iam/ckpt-writer_accessKeys.csv", "secrets/credentials.csv")
    text = "Access key ID,Secret access key\n%s,%s\n" % (S.aux_raw("id", "csv"), S.raw("csv"))
    return path, text


@T(["ssh"])
def t_ssh_private_key(r, S):
    path = pp(r, "keys/pod_ed25519", "deploy/ssh/runpod_id", "infra/ansible/files/gpu_worker_key")
    lines = S.pem_lines()
    return path, "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----\n"


@T(["gcs_sa"])
def t_pem_file(r, S):
    path = pp(r, "secrets/signing.pem", "deploy/keys/sa-private.pem")
    lines = S.pem_lines()
    return path, "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----\n"


@T(["huggingface", "wandb", "runpod", "together", "replicate"])
def t_ini_cfg(r, S):
    path = pp(r, "setup.cfg", "config/app.ini", "conf/worker.cfg")
    text = '''[worker]
concurrency = %d
queue = gpu-jobs
model = %s

[credentials]
%s = %s

[metrics]
statsd_host = 127.0.0.1
statsd_port = 8125
''' % (pick(r, [1, 2, 4]), pick(r, MODELS), S.name.lower(), S.raw("ini"))
    return path, text


@T(["registry", "dockerhub"])
def t_url_userinfo(r, S):
    reg = pick(r, ["harbor.ml.internal", "registry.gpu-lab.io"]) if S.provider == "registry" else "registry-1.docker.io"
    path = pp(r, "deploy/skaffold.env.yaml", "ci/image-sync.yaml", "ops/regsync.yml")
    text = '''version: 1
sync:
  - source: docker.io/%s/%s
    target: https://%s:%s@%s/%s
    type: repository
    tags:
      allow: ["v.*", "latest"]
''' % (S.aux_raw("user"), pick(r, PROJECTS), S.aux_raw("user").replace("$", "%24"), S.raw("text"), reg, pick(r, PROJECTS))
    return path, text


# ==================================================================================
# LOOK-ALIKE NEGATIVE TEMPLATES: (r) -> (relpath, text, provider, kind)
NEG_TEMPLATES = []


def N(fn):
    NEG_TEMPLATES.append(fn)
    return fn


def gpu_uuid(r):
    return "GPU-" + uuid4(r)


def sshpub(r, kind=None):
    kind = kind or pick(r, ["ed25519", "rsa"])
    if kind == "ed25519":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 43)
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(r, B64, 512) + "="


@N
def n_revision_pin(r):
    m = pick(r, MODELS)
    path = proj_prefix(r) + pp(r, "serve/load_model.py", "eval/load.py")
    text = '''from transformers import AutoModelForCausalLM, AutoTokenizer

# pin exact hub commits so evals are reproducible
MODEL_ID = "%s"
MODEL_REVISION = "%s"
TOKENIZER_REVISION = "%s"

tok = AutoTokenizer.from_pretrained(MODEL_ID, revision=TOKENIZER_REVISION)
model = AutoModelForCausalLM.from_pretrained(MODEL_ID, revision=MODEL_REVISION, torch_dtype="auto")
''' % (m, rs(r, HEX, 40), rs(r, HEX, 40))
    return path, text, "huggingface", "revision_sha"


@N
def n_dataset_revision(r):
    path = proj_prefix(r) + pp(r, "data/load.py", "datasets/mix.py")
    ds = [("HuggingFaceFW/fineweb-edu", rs(r, HEX, 40)), ("allenai/c4", rs(r, HEX, 40)), ("openai/gsm8k", rs(r, HEX, 40))]
    body = "\n".join('    ("%s", "%s"),' % d for d in ds)
    text = '''from datasets import load_dataset

SOURCES = [
%s
]


def load_all(split="train"):
    return [load_dataset(name, revision=rev, split=split, streaming=True) for name, rev in SOURCES]
''' % body
    return path, text, "huggingface", "dataset_revision"


@N
def n_sha256sums(r):
    n = pick(r, [2, 4, 8])
    lines = ["%s  model-%05d-of-%05d.safetensors" % (rs(r, HEX, 64), i + 1, n) for i in range(n)]
    lines += ["%s  config.json" % rs(r, HEX, 64), "%s  tokenizer.json" % rs(r, HEX, 64)]
    return pp(r, "checkpoints/SHA256SUMS", "release/weights.sha256", "artifacts/step-12000/sha256sums.txt"), "\n".join(lines) + "\n", "checkpoint", "sha256"


@N
def n_lfs_pointer(r):
    text = "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (rs(r, HEX, 64), r.randint(10 ** 8, 10 ** 10))
    return pp(r, "weights/model.safetensors", "models/adapter_model.safetensors", "checkpoints/pytorch_model.bin"), text, "huggingface", "lfs_pointer"


@N
def n_refs_main(r):
    return pp(r, "hf-cache/models--%s/refs/main" % pick(r, MODELS).replace("/", "--"), "cache/refs/main"), rs(r, HEX, 40) + "\n", "huggingface", "commit_sha"


@N
def n_wandb_log(r):
    rid = rs(r, B36, 8)
    ent, proj = pick(r, TEAMS), pick(r, PROJECTS)
    name = "%s-%s-%d" % (pick(r, ["vivid", "dashing", "misty", "olive", "sunny"]), pick(r, ["river", "sky", "sun", "wave"]), r.randint(1, 300))
    text = '''wandb: Currently logged in as: %s. Use `wandb login --relogin` to force relogin
wandb: Tracking run with wandb version 0.17.5
wandb: Run data is saved locally in /workspace/wandb/run-20240611_101522-%s
wandb: Run `wandb offline` to turn off syncing.
wandb: Syncing run %s
wandb: View project at https://wandb.ai/%s/%s
wandb: View run at https://wandb.ai/%s/%s/runs/%s
{'loss': 1.9321, 'grad_norm': 0.8812, 'learning_rate': 0.0002, 'epoch': 0.05}
{'loss': 1.6604, 'grad_norm': 0.5137, 'learning_rate': 0.000198, 'epoch': 0.1}
wandb: Synced 6 W&B file(s), 0 media file(s), 2 artifact file(s) and 0 other file(s)
wandb: Find logs at: ./wandb/run-20240611_101522-%s/logs
''' % (ent, rid, name, ent, proj, ent, proj, rid, rid)
    return pp(r, "logs/train.out", "runs/%s.log" % rid), text, "wandb", "run_id"


@N
def n_wandb_metadata(r):
    obj = {"os": "Linux-5.15.0-105-generic-x86_64-with-glibc2.35", "python": "3.10.12",
           "startedAt": "2024-06-11T10:15:22.%06dZ" % r.randint(0, 999999),
           "args": ["--config", "configs/%s.yaml" % pick(r, PROJECTS)], "program": "train.py",
           "git": {"remote": "https://github.com/acme/%s.git" % pick(r, PROJECTS), "commit": rs(r, HEX, 40)},
           "host": "pod-%s" % rs(r, B36, 14), "gpu": "NVIDIA H100 80GB HBM3", "gpu_count": 8,
           "gpu_devices": [{"name": "NVIDIA H100 80GB HBM3", "memory_total": 85520809984, "uuid": gpu_uuid(r)} for _ in range(2)],
           "cuda": "12.4", "disk": {"/": {"total": 214748364800, "used": 81604378624}}}
    return pp(r, "wandb/latest-run/files/wandb-metadata.json", "runs/meta/wandb-metadata.json"), jdump(obj, 4), "wandb", "run_metadata"


@N
def n_nvidia_smi(r):
    n = pick(r, [2, 4, 8])
    lines = ["GPU %d: NVIDIA %s (UUID: %s)" % (i, pick(r, ["A100-SXM4-80GB", "H100 80GB HBM3", "L40S"]), gpu_uuid(r)) for i in range(n)]
    lines.append("MIG-%s" % uuid4(r) if r.random() < 0.3 else "# collected by node-exporter sidecar")
    return pp(r, "logs/nvidia-smi-L.txt", "diagnostics/gpus.txt"), "\n".join(lines) + "\n", "nvidia", "gpu_uuid"


@N
def n_runpod_pods(r):
    pods = [{"id": rs(r, B36, 14), "name": "%s-%d" % (pick(r, PROJECTS), i), "imageName": "runpod/pytorch:2.1.0-py3.10-cuda11.8.0-devel-ubuntu22.04",
             "machineId": rs(r, B36, 12), "desiredStatus": pick(r, ["RUNNING", "EXITED"]), "gpuCount": pick(r, [1, 2]),
             "costPerHr": round(r.uniform(0.3, 3.5), 2), "machine": {"gpuDisplayName": pick(r, ["RTX 4090", "A100 80GB", "H100 PCIe"])}}
            for i in range(r.randint(2, 4))]
    return pp(r, "ops/runpod/pods.json", "debug/pods-snapshot.json"), jdump({"data": {"myself": {"pods": pods}}}), "runpod", "pod_id"


@N
def n_runpod_endpoint_cfg(r):
    text = '''# serverless endpoints (ids are public routing ids, auth comes from RUNPOD_API_KEY in the env)
endpoints:
  whisper: %s
  sdxl: %s
  embed: %s
base_url: https://api.runpod.ai/v2
poll_interval_s: 2
''' % (rs(r, B36, 14), rs(r, B36, 14), rs(r, B36, 14))
    return pp(r, "config/endpoints.yaml", "deploy/runpod-endpoints.yml"), text, "runpod", "endpoint_id"


@N
def n_lambda_instances(r):
    data = [{"id": rs(r, HEX, 32), "name": "%s-%d" % (pick(r, PROJECTS), i), "ip": "%d.%d.%d.%d" % (r.randint(100, 200), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
             "status": "active", "ssh_key_names": [pick(r, ["team-laptop", "ci-runner"])],
             "instance_type": {"name": "gpu_1x_a100_sxm4", "price_cents_per_hour": 129},
             "region": {"name": "us-east-1"}, "jupyter_token": None, "hostname": "%s.cloud.lambdalabs.com" % rs(r, HEX, 12)} for i in range(2)]
    return pp(r, "ops/lambda/instances.json", "logs/lambda-list.json"), jdump({"data": data}), "lambda", "instance_id"


@N
def n_vast_offers(r):
    hdr = "ID        CUDA   N  Model       PCIE  cpu_ghz  vCPUs  RAM    Disk   $/hr    DLP    score  NV Driver   Net_up  Net_down  R     Max_Days  mach_id  status"
    rows = [hdr]
    for _ in range(r.randint(4, 8)):
        rows.append("%-9d 12.2   1  %-10s  25.1  3.5      16.0   64.0   250    %.4f  %.1f  %.1f  550.54.15  %6.1f  %7.1f  99.5  %.1f   %-7d  available" % (
            r.randint(10 ** 6, 10 ** 7), pick(r, ["RTX_4090", "RTX_3090", "A100_PCIE"]), r.uniform(0.2, 1.5), r.uniform(80, 300),
            r.uniform(100, 900), r.uniform(50, 900), r.uniform(200, 2000), r.uniform(5, 90), r.randint(1000, 40000)))
    return pp(r, "notes/vast-offers.txt", "logs/vast-search.log"), "\n".join(rows) + "\n", "vastai", "offer_id"


@N
def n_requirements_hashes(r):
    pkgs = [("torch", "2.3.1"), ("transformers", "4.44.2"), ("accelerate", "0.33.0"), ("safetensors", "0.4.4"), ("wandb", "0.17.5")]
    out = ["# generated by uv pip compile --generate-hashes"]
    for name, ver in pkgs:
        out.append("%s==%s \\" % (name, ver))
        out.append("    --hash=sha256:%s \\" % rs(r, HEX, 64))
        out.append("    --hash=sha256:%s" % rs(r, HEX, 64))
    return pp(r, "requirements.lock", "requirements/prod.txt"), "\n".join(out) + "\n", "pip", "package_hash"


@N
def n_uv_lock(r):
    out = ["version = 1", 'requires-python = ">=3.10"', ""]
    for name, ver in [("huggingface-hub", "0.24.5"), ("tokenizers", "0.19.1"), ("vllm", "0.5.4")]:
        out += ["[[package]]", 'name = "%s"' % name, 'version = "%s"' % ver,
                'source = { registry = "https://pypi.org/simple" }',
                'sdist = { url = "https://files.pythonhosted.org/packages/%s/%s/%s/%s-%s.tar.gz", hash = "sha256:%s", size = %d }' % (
                    rs(r, HEX, 2), rs(r, HEX, 2), rs(r, HEX, 60), name.replace("-", "_"), ver, rs(r, HEX, 64), r.randint(10 ** 5, 10 ** 7)), ""]
    return "uv.lock", "\n".join(out), "pip", "package_hash"


@N
def n_dockerfile_digest(r):
    text = '''FROM nvcr.io/nvidia/pytorch:24.05-py3@sha256:%s AS build
WORKDIR /src
COPY . .
RUN pip wheel -w /wheels .

FROM vllm/vllm-openai:v0.5.4@sha256:%s
COPY --from=build /wheels /wheels
RUN pip install /wheels/*.whl
ENV HF_TOKEN=""
ENTRYPOINT ["python", "-m", "vllm.entrypoints.openai.api_server"]
''' % (rs(r, HEX, 64), rs(r, HEX, 64))
    return pp(r, "Dockerfile", "serving/Dockerfile.vllm"), text, "docker", "image_digest"


@N
def n_k8s_checksum(r):
    text = '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: embed-server
  uid: %s
spec:
  template:
    metadata:
      annotations:
        checksum/config: %s
        kubectl.kubernetes.io/restartedAt: "2024-06-11T10:15:22Z"
    spec:
      containers:
        - name: server
          image: ghcr.io/acme/embed-server@sha256:%s
          env:
            - name: HF_TOKEN
              valueFrom:
                secretKeyRef:
                  name: hf-credentials
                  key: token
''' % (uuid4(r), rs(r, HEX, 64), rs(r, HEX, 64))
    return pp(r, "k8s/embed/deployment.yaml", "manifests/embed.yaml"), text, "kubernetes", "checksum"


@N
def n_chart_lock(r):
    text = '''dependencies:
- name: redis
  repository: oci://registry-1.docker.io/bitnamicharts
  version: 19.6.4
- name: kube-prometheus-stack
  repository: https://prometheus-community.github.io/helm-charts
  version: 61.3.2
digest: sha256:%s
generated: "2024-07-%02dT%02d:%02d:%02d.%09d+02:00"
''' % (rs(r, HEX, 64), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999999))
    return pp(r, "charts/llm/Chart.lock", "helm/inference/Chart.lock"), text, "helm", "digest"


@N
def n_runpod_public_key(r):
    text = '''# RunPod pod template: PUBLIC_KEY is injected into authorized_keys by the base image
name: %s-dev
imageName: runpod/pytorch:2.4.0-py3.11-cuda12.4.1-devel-ubuntu22.04
containerDiskInGb: 50
volumeInGb: 200
ports: "8888/http,22/tcp"
env:
  - key: PUBLIC_KEY
    value: "%s %s@laptop"
  - key: JUPYTER_PASSWORD
    value: "{{ RUNPOD_SECRET_jupyter_password }}"
''' % (pick(r, PROJECTS), sshpub(r), pick(r, ["dana", "ops", "mlbot"]))
    return pp(r, "runpod/template.yaml", "ops/pod-template.yml"), text, "runpod", "ssh_public_key"


@N
def n_authorized_keys(r):
    lines = ["%s %s@%s" % (sshpub(r), pick(r, ["alice", "bob", "ci"]), pick(r, ["laptop", "runner", "bastion"])) for _ in range(r.randint(2, 4))]
    return pp(r, "infra/ansible/files/authorized_keys", "docker/ssh/authorized_keys"), "\n".join(lines) + "\n", "ssh", "ssh_public_key"


@N
def n_known_hosts(r):
    lines = []
    for _ in range(r.randint(2, 5)):
        ip = "%d.%d.%d.%d" % (r.randint(100, 220), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        lines.append("%s ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB%s=" % (ip, rs(r, B64, 86)))
    return pp(r, "ops/ssh/known_hosts", "ci/known_hosts"), "\n".join(lines) + "\n", "ssh", "host_key"


@N
def n_tf_lambda_sshkey(r):
    text = '''resource "lambdalabs_ssh_key" "ops" {
  name       = "ops-%s"
  public_key = "%s"
}

resource "lambdalabs_instance" "trainer" {
  region_name        = "us-east-1"
  instance_type_name = "gpu_8x_h100_sxm5"
  ssh_key_names      = [lambdalabs_ssh_key.ops.name]
}
''' % (rs(r, B36, 4), sshpub(r, "ed25519"))
    return pp(r, "infra/lambda/main.tf", "terraform/lambda.tf"), text, "lambda", "ssh_public_key"


@N
def n_external_secret(r):
    prov = pick(r, ["huggingface", "wandb", "ngc"])
    text = '''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: %s-token
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: vault-backend
  target:
    name: %s-token
  data:
    - secretKey: token
      remoteRef:
        key: secret/data/ml/%s
        property: token
''' % (prov, prov, prov)
    return pp(r, "k8s/external-secrets/%s.yaml" % prov, "gitops/secrets/%s-es.yaml" % prov), text, prov, "secret_reference"


@N
def n_dataset_card(r):
    text = '''---
license: cc-by-4.0
dataset_info:
  features:
    - name: text
      dtype: string
  splits:
    - name: train
      num_bytes: %d
      num_examples: %d
  download_size: %d
configs:
  - config_name: default
    data_files: data/train-*
---

# %s instruct mix

Built from upstream revision `%s` of the source dataset, deduplicated with MinHash.
Shard checksums (sha256):

- train-00000-of-00002.parquet: `%s`
- train-00001-of-00002.parquet: `%s`
''' % (r.randint(10 ** 8, 10 ** 10), r.randint(10 ** 5, 10 ** 7), r.randint(10 ** 7, 10 ** 9), pick(r, PROJECTS),
       rs(r, HEX, 40), rs(r, HEX, 64), rs(r, HEX, 64))
    return pp(r, "README.md", "datasets/instruct-mix/README.md"), text, "huggingface", "dataset_card"


@N
def n_dvc(r):
    text = '''schema: '2.0'
stages:
  tokenize:
    cmd: python tokenize.py --out data/tokens
    deps:
    - path: data/raw
      hash: md5
      md5: %s.dir
      size: %d
      nfiles: %d
    outs:
    - path: data/tokens
      hash: md5
      md5: %s.dir
      size: %d
      nfiles: 64
''' % (rs(r, HEX, 32), r.randint(10 ** 8, 10 ** 10), r.randint(10, 300), rs(r, HEX, 32), r.randint(10 ** 8, 10 ** 10))
    return "dvc.lock", text, "dvc", "md5"


@N
def n_mlflow_meta(r):
    rid = rs(r, HEX, 32)
    t_start = r.randint(1700000000000, 1800000000000)
    text = '''artifact_uri: s3://%s/mlflow/%d/%s/artifacts
end_time: %d
entry_point_name: ''
experiment_id: '%d'
lifecycle_stage: active
run_id: %s
run_name: %s
source_type: 4
start_time: %d
status: 3
user_id: ml-bot
''' % (pick(r, BUCKETS), r.randint(1, 40), rid, t_start + r.randint(60000, 90000000), r.randint(1, 40), rid, pick(r, PROJECTS), t_start)
    return pp(r, "mlruns/%d/%s/meta.yaml" % (r.randint(1, 40), rid), "mlruns/meta.yaml"), text, "mlflow", "run_id"


@N
def n_nccl_log(r):
    lines = []
    host = "pod-%s" % rs(r, B36, 8)
    for rank in range(r.randint(2, 4)):
        lines.append("%s:%d:%d [%d] NCCL INFO Bootstrap : Using eth0:10.%d.%d.%d<0>" % (host, 1000 + rank, 1000 + rank, rank, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)))
        lines.append("%s:%d:%d [%d] NCCL INFO comm 0x%s rank %d nranks 8 cudaDev %d busId %s000 commId 0x%s - Init COMPLETE" % (
            host, 1000 + rank, 1000 + rank, rank, rs(r, HEX, 12), rank, rank, rs(r, HEX, 2), rs(r, HEX, 16)))
    return pp(r, "logs/nccl-debug.log", "runs/nccl.log"), "\n".join(lines) + "\n", "nvidia", "comm_id"


@N
def n_results_csv(r):
    rows = ["run_id,git_sha,checkpoint_sha256,mmlu,gsm8k,gpu"]
    for _ in range(r.randint(4, 8)):
        rows.append("%s,%s,%s,%.3f,%.3f,%s" % (rs(r, B36, 8), rs(r, HEX, 7), rs(r, HEX, 64), r.uniform(0.4, 0.8), r.uniform(0.2, 0.8), pick(r, GPUS)))
    return pp(r, "results/leaderboard.csv", "eval/summary.csv"), "\n".join(rows) + "\n", "eval", "hashes"


@N
def n_hf_model_info(r):
    obj = {"_id": rs(r, HEX, 24), "id": pick(r, MODELS), "sha": rs(r, HEX, 40), "private": False, "gated": "manual",
           "siblings": [{"rfilename": "model-0000%d-of-00004.safetensors" % i, "lfs": {"sha256": rs(r, HEX, 64), "size": r.randint(10 ** 9, 5 * 10 ** 9)}} for i in range(1, 3)],
           "lastModified": "2024-07-%02dT12:00:00.000Z" % r.randint(1, 28)}
    return pp(r, "cache/model_info.json", "snapshots/hub-info.json"), jdump(obj), "huggingface", "model_info"


@N
def n_docker_build_log(r):
    text = '''#12 exporting to image
#12 exporting layers 41.3s done
#12 writing image sha256:%s done
#12 naming to ghcr.io/acme/%s:%s done
#12 DONE 41.5s
%s: digest: sha256:%s size: 6387
''' % (rs(r, HEX, 64), pick(r, PROJECTS), rs(r, HEX, 7), pick(r, ["latest", "v0.5.0"]), rs(r, HEX, 64))
    return pp(r, "logs/docker-build.log", "ci/build-output.txt"), text, "docker", "image_digest"


@N
def n_cosign_pub(r):
    body = rs(r, B64, 88) + "=="
    text = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE%s\n%s\n-----END PUBLIC KEY-----\n" % (body[:28], body[28:84])
    return pp(r, "cosign.pub", "keys/model-signing.pub"), text, "sigstore", "public_key"


@N
def n_cosign_bundle(r):
    obj = {"base64Signature": "MEUCIQ" + rs(r, B64, 90) + "==", "cert": None,
           "rekorBundle": {"SignedEntryTimestamp": "MEQCI" + rs(r, B64, 91) + "=",
                           "Payload": {"body": b64(json.dumps({"kind": "hashedrekord", "spec": {"data": {"hash": {"algorithm": "sha256", "value": rs(r, HEX, 64)}}}})),
                                       "integratedTime": r.randint(1700000000, 1800000000), "logIndex": r.randint(10 ** 7, 10 ** 8),
                                       "logID": rs(r, HEX, 64)}}}
    return pp(r, "release/model.safetensors.sig.json", "artifacts/bundle.json"), jdump(obj), "sigstore", "signature"


@N
def n_notebook_image(r):
    png = "iVBORw0KGgoAAAANSUhEUgAA" + rs(r, B64, 600) + "=="
    cells = [{"cell_type": "code", "execution_count": 7, "metadata": {},
              "outputs": [{"data": {"image/png": png, "text/plain": ["<Figure size 640x480 with 1 Axes>"]},
                           "metadata": {}, "output_type": "display_data"}],
              "source": ["import matplotlib.pyplot as plt\n", "plt.plot(losses)\n", "plt.title('train loss')"]}]
    doc = {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
    return pp(r, "notebooks/loss_curves.ipynb", "analysis/plots.ipynb"), json.dumps(doc, indent=1) + "\n", "jupyter", "image_output"


@N
def n_notebook_widgets(r):
    ids = [rs(r, HEX, 32) for _ in range(3)]
    out = {"data": {"application/vnd.jupyter.widget-view+json": {"model_id": ids[0], "version_major": 2, "version_minor": 0},
                    "text/plain": ["Loading checkpoint shards:   0%|          | 0/4 [00:00<?, ?it/s]"]},
           "metadata": {}, "output_type": "display_data"}
    cells = [{"cell_type": "code", "execution_count": 3, "id": rs(r, HEX, 8), "metadata": {}, "outputs": [out],
              "source": ["model = AutoModelForCausalLM.from_pretrained(MODEL_ID, device_map='auto')"]}]
    doc = {"cells": cells, "metadata": {"widgets": {"application/vnd.jupyter.widget-state+json": {"state": {i: {"model_name": "HBoxModel", "state": {}} for i in ids}, "version_major": 2, "version_minor": 0}}},
           "nbformat": 4, "nbformat_minor": 5}
    return pp(r, "notebooks/load_model.ipynb", "notebooks/02-inference.ipynb"), json.dumps(doc, indent=1) + "\n", "jupyter", "widget_id"


@N
def n_tiktoken_vocab(r):
    lines = []
    for i in range(r.randint(20, 40)):
        tokbytes = bytes(r.randrange(256) for _ in range(r.randint(1, 8)))
        lines.append("%s %d" % (base64.b64encode(tokbytes).decode(), 1000 + i * r.randint(1, 9)))
    return pp(r, "tokenizer/cl100k_subset.tiktoken", "assets/vocab.tiktoken"), "\n".join(lines) + "\n", "tokenizer", "base64_vocab"


@N
def n_aws_tf_outputs(r):
    text = '''Outputs:

bucket_arn = "arn:aws:s3:::%s"
instance_id = "i-0%s"
ami_id = "ami-0%s"
vpc_id = "vpc-0%s"
security_group_id = "sg-0%s"
role_arn = "arn:aws:iam::%s:role/trainer-node"
''' % (pick(r, BUCKETS), rs(r, HEX, 16), rs(r, HEX, 16), rs(r, HEX, 16), rs(r, HEX, 16), rs(r, DIG, 12))
    return pp(r, "infra/outputs.txt", "docs/infra-outputs.md"), text, "aws", "resource_ids"


@N
def n_gsutil_ls(r):
    text = '''gs://%s/runs/step-012000/model.safetensors:
    Creation time:          Tue, 11 Jun 2024 10:%02d:%02d GMT
    Storage class:          STANDARD
    Content-Length:         %d
    Content-Type:           application/octet-stream
    Hash (crc32c):          %s==
    Hash (md5):             %s==
    ETag:                   %s
    Generation:             %d
    Metageneration:         1
''' % (pick(r, BUCKETS), r.randint(0, 59), r.randint(0, 59), r.randint(10 ** 9, 5 * 10 ** 9), rs(r, B64, 6),
       rs(r, B64, 22), "C" + rs(r, B64, 15) + "EAE=", r.randint(10 ** 15, 10 ** 16))
    return pp(r, "logs/gsutil-stat.txt", "notes/ckpt-object.txt"), text, "gcs", "object_hash"


@N
def n_scan_cache(r):
    rows = ["REPO ID                                   REPO TYPE SIZE ON DISK NB FILES LAST_ACCESSED LAST_MODIFIED REFS LOCAL PATH",
            "----------------------------------------- --------- ------------ -------- ------------- ------------- ---- ----------"]
    for m in r.sample(MODELS, 3):
        rows.append("%-41s model            %5.1fG %8d 2 days ago    2 weeks ago   main /root/.cache/huggingface/hub/models--%s" % (m, r.uniform(1, 30), r.randint(5, 20), m.replace("/", "--")))
    rows.append("")
    rows.append("Revisions: " + ", ".join(rs(r, HEX, 40) for _ in range(2)))
    return pp(r, "logs/scan-cache.txt", "diagnostics/hf-cache.txt"), "\n".join(rows) + "\n", "huggingface", "revision_sha"


@N
def n_replicate_version(r):
    text = '''import replicate

# model version ids are public and shown on the model page
SDXL_VERSION = "%s"
UPSCALER_VERSION = "%s"


def upscale(url: str):
    return replicate.run(f"nightmareai/real-esrgan:{UPSCALER_VERSION}", input={"image": url, "scale": 2})
''' % (rs(r, HEX, 64), rs(r, HEX, 64))
    return pp(r, "app/replicate_models.py", "pipelines/versions.py"), text, "replicate", "model_version"


@N
def n_env_example(r):
    provs = r.sample(["RUNPOD_API_KEY", "VAST_API_KEY", "LAMBDA_API_KEY", "HF_TOKEN", "WANDB_API_KEY", "REPLICATE_API_TOKEN",
                      "TOGETHER_API_KEY", "FIREWORKS_API_KEY", "NGC_API_KEY", "MODAL_TOKEN_ID", "MODAL_TOKEN_SECRET"], 5)
    lines = ["# copy to .env and fill in"]
    for p in provs:
        v = pick(r, ["", "your_key_here", "<changeme>", "xxxxxxxx", "REPLACE_ME"])
        lines.append("%s=%s" % (p, v))
    return pp(r, ".env.example", "services/api/.env.sample"), "\n".join(lines) + "\n", "mixed", "placeholder"


@N
def n_key_format_doc(r):
    text = '''## Credentials

| Provider | Variable | Looks like |
|---|---|---|
| Hugging Face | `HF_TOKEN` | `hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` |
| Replicate | `REPLICATE_API_TOKEN` | `r8_...` (40 chars) |
| NVIDIA | `NGC_API_KEY` | `nvapi-...` |
| Modal | `MODAL_TOKEN_ID` / `MODAL_TOKEN_SECRET` | `ak-...` / `as-...` |
| Baseten | `BASETEN_API_KEY` | `abcdefgh.1234567890ABCDEFGHIJKL1234567890` |

Never paste real values here; CI reads them from the secret store.
'''
    return pp(r, "docs/credentials.md", "CONTRIBUTING.md"), text, "mixed", "documented_example"


@N
def n_modal_from_name(r):
    text = '''import modal

app = modal.App("%s")
image = modal.Image.debian_slim().pip_install("vllm==0.5.4")


@app.function(gpu="H100", image=image,
              secrets=[modal.Secret.from_name("huggingface-secret"), modal.Secret.from_name("wandb")])
def serve():
    import os
    assert os.environ["HF_TOKEN"], "missing HF token"
''' % pick(r, PROJECTS)
    return pp(r, "modal_serve.py", "deploy/modal_vllm.py"), text, "modal", "secret_reference"


@N
def n_k8s_pod_events(r):
    lines = []
    for _ in range(r.randint(4, 7)):
        lines.append("%s  Normal  %s  pod/%s-%s-%s  uid=%s  %s" % (
            ts(r), pick(r, ["Scheduled", "Pulled", "Created", "Started"]), pick(r, PROJECTS), rs(r, B36, 10), rs(r, B36, 5),
            uuid4(r), pick(r, ["Successfully assigned", "Container image already present on machine", "Started container server"])))
    return pp(r, "logs/k8s-events.log", "debug/events.txt"), "\n".join(lines) + "\n", "kubernetes", "uuid"


@N
def n_request_ids_log(r):
    lines = []
    for _ in range(r.randint(5, 9)):
        lines.append('%s INFO gateway: request_id=%s trace_id=%s model=%s prompt_tokens=%d completion_tokens=%d status=200' % (
            ts(r), uuid4(r), rs(r, HEX, 32), pick(r, MODELS[:4]), r.randint(10, 3000), r.randint(1, 800)))
    return pp(r, "logs/gateway.log", "logs/access-%s.log" % rs(r, B36, 4)), "\n".join(lines) + "\n", "gateway", "request_id"


@N
def n_checkpoint_manifest(r):
    obj = {"step": r.randint(1000, 90000), "model": pick(r, MODELS), "world_size": 8,
           "files": [{"name": "model_%d.pt" % i, "sha256": rs(r, HEX, 64), "bytes": r.randint(10 ** 9, 4 * 10 ** 9)} for i in range(3)],
           "optimizer_state_sha256": rs(r, HEX, 64), "data_cursor": {"shard": r.randint(0, 500), "offset": r.randint(0, 10 ** 6)},
           "git_commit": rs(r, HEX, 40), "wandb_run": "https://wandb.ai/%s/%s/runs/%s" % (pick(r, TEAMS), pick(r, PROJECTS), rs(r, B36, 8))}
    return pp(r, "checkpoints/latest/manifest.json", "ckpt/step-manifest.json"), jdump(obj), "checkpoint", "sha256"


@N
def n_safetensors_index(r):
    n = 4
    wm = {}
    for layer in range(r.randint(3, 6)):
        for part in ["self_attn.q_proj", "self_attn.k_proj", "mlp.gate_proj"]:
            wm["model.layers.%d.%s.weight" % (layer, part)] = "model-%05d-of-%05d.safetensors" % (layer % n + 1, n)
    obj = {"metadata": {"total_size": r.randint(10 ** 10, 2 * 10 ** 10), "format": "pt",
                        "checkpoint_hash": rs(r, HEX, 64)}, "weight_map": wm}
    return pp(r, "weights/model.safetensors.index.json", "export/model.safetensors.index.json"), jdump(obj), "huggingface", "index"


@N
def n_base64_config(r):
    cfg = json.dumps({"max_batch": pick(r, [8, 16, 32]), "kv_cache_dtype": "fp8", "tp": pick(r, [1, 2, 4]), "model": pick(r, MODELS)})
    text = '''apiVersion: v1
kind: ConfigMap
metadata:
  name: vllm-engine-args
binaryData:
  engine.json: %s
data:
  MODEL_REVISION: "%s"
''' % (b64(cfg), rs(r, HEX, 40))
    return pp(r, "k8s/vllm/configmap.yaml", "manifests/engine-config.yaml"), text, "kubernetes", "base64_data"


@N
def n_sky_no_secret(r):
    text = '''name: %s-serve
resources:
  accelerators: {L4:1, A10G:1}
  ports: 8000
envs:
  MODEL_ID: %s
  HF_TOKEN:  # passed at launch with --secret HF_TOKEN
service:
  readiness_probe: /v1/models
  replicas: 2
run: |
  python -m vllm.entrypoints.openai.api_server --model $MODEL_ID --port 8000
''' % (pick(r, PROJECTS), pick(r, MODELS))
    return pp(r, "sky/serve.yaml", "skypilot/service.yaml"), text, "skypilot", "empty_env"


@N
def n_ipynb_masked_output(r):
    cells = [{"cell_type": "code", "execution_count": 2, "metadata": {},
              "outputs": [{"name": "stdout", "output_type": "stream",
                           "text": ["Token is valid (permission: read).\n", "Your token has been saved to /root/.cache/huggingface/token\n",
                                    "Login successful\n"]}],
              "source": ["from huggingface_hub import notebook_login\n", "notebook_login()"]}]
    doc = {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
    return pp(r, "notebooks/hub_login.ipynb", "colab/setup.ipynb"), json.dumps(doc, indent=1) + "\n", "huggingface", "login_prompt"


@N
def n_gpg_fingerprints(r):
    text = '''# NVIDIA CUDA repo signing key
Key fingerprint = %s
# apt pins
Package: *
Pin: origin developer.download.nvidia.com
Pin-Priority: 600
''' % " ".join(rs(r, HEX.upper(), 4) for _ in range(10))
    return pp(r, "docker/cuda-repo.txt", "infra/apt/nvidia-pin"), text, "nvidia", "fingerprint"


# ==================================================================================
# Driver
EXT_TYPES = {".py": "py", ".ipynb": "ipynb", ".yml": "yml", ".yaml": "yaml", ".toml": "toml", ".sh": "sh",
             ".tf": "tf", ".tfvars": "tfvars", ".md": "md", ".log": "log", ".json": "json", ".ini": "ini",
             ".cfg": "cfg", ".conf": "conf", ".properties": "properties", ".ts": "ts", ".js": "js", ".go": "go",
             ".sql": "sql", ".csv": "csv", ".txt": "txt", ".pem": "pem", ".pub": "pub", ".lock": "lock",
             ".out": "log", ".tiktoken": "tiktoken", ".safetensors": "lfs-pointer", ".bin": "lfs-pointer"}


def filetype(relpath):
    base = os.path.basename(relpath)
    if base.startswith(".env"):
        return "env"
    if base.startswith("Dockerfile"):
        return "dockerfile"
    if base == "Makefile":
        return "makefile"
    if base in (".netrc", "netrc"):
        return "netrc"
    if base in (".trussrc", "trussrc", "credentials", "aws-credentials"):
        return "ini"
    if base in ("authorized_keys", "known_hosts"):
        return "ssh"
    if base == "SHA256SUMS":
        return "txt"
    if base == "main" and "refs" in relpath:
        return "txt"
    ext = os.path.splitext(base)[1]
    if ext == ".sha256":
        return "txt"
    if ext in EXT_TYPES:
        return EXT_TYPES[ext]
    if "private" in relpath or base.endswith("_id") or "key" in base:
        return "key"
    return "text"


def is_blocked_env(relpath):
    base = os.path.basename(relpath)
    return base.startswith(".env") and base not in (".env.example", ".env.sample")


def find_line(text, needle):
    idx = text.index(needle)
    return text.count("\n", 0, idx) + 1


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_gf.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    n_env = 0

    # ---------------- positives: cycle through shuffled templates
    order = list(range(len(POS_TEMPLATES)))
    seq = []
    while len(seq) < 500:
        r.shuffle(order)
        seq.extend(order)
    seq = seq[:500]
    for i, ti in enumerate(seq):
        fn, provs, _ = POS_TEMPLATES[ti]
        for _attempt in range(20):
            S = Slot(r, pick(r, provs), True)
            rel, text = fn(r, S)
            if is_blocked_env(rel) and n_env >= 20:
                continue
            break
        else:
            raise AssertionError("could not place positive %d" % i)
        if is_blocked_env(rel):
            n_env += 1
        needle = S.needle
        assert needle and needle in text, (fn.__name__, needle)
        assert needle not in DOC_VALUES
        line = find_line(text, needle)
        assert needle in text.split("\n")[line - 1], (fn.__name__, line)
        frel = "pos/p%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "pos", "provider": S.provider, "kind": S.kind,
                         "filetype": filetype(rel)})
        secrets.append({"file": frel, "needle": needle, "line": line})
    assert n_env <= 25

    # ---------------- negatives: 250 re-used templates, 250 look-alikes
    reusable = [t for t in POS_TEMPLATES if t[2]]
    order = list(range(len(reusable)))
    rseq = []
    while len(rseq) < 250:
        r.shuffle(order)
        rseq.extend(order)
    rseq = rseq[:250]
    lorder = list(range(len(NEG_TEMPLATES)))
    lseq = []
    while len(lseq) < 250:
        r.shuffle(lorder)
        lseq.extend(lorder)
    lseq = lseq[:250]
    jobs = [("reuse", x) for x in rseq] + [("look", x) for x in lseq]
    r.shuffle(jobs)
    for i, (mode, ti) in enumerate(jobs):
        if mode == "reuse":
            fn, provs, _ = reusable[ti]
            S = Slot(r, pick(r, provs), False)
            rel, text = fn(r, S)
            prov, kind, tname = S.provider, "non_secret_" + S.cat, fn.__name__
        else:
            fn = NEG_TEMPLATES[ti]
            rel, text, prov, kind = fn(r)
            tname = fn.__name__
        assert not is_blocked_env(rel), rel
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": prov, "kind": kind,
                         "filetype": filetype(rel)})

    # no positive secret may leak into a negative (paranoia: all values are random)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
