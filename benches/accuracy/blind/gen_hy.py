#!/usr/bin/env python3
"""gen_hy.py - blind evaluation set: credentials of generative-media APIs.

EMPHASIS
    Domain: generative media APIs (image, video, audio, avatars) as used by
    apps, scripts, ComfyUI / Automatic1111 / Forge setups, Gradio / Streamlit
    demos, n8n / Make automations and Midjourney/Discord bridges.
    Providers: Stability AI, Runway, Leonardo.Ai, Ideogram, fal.ai, Replicate,
    Black Forest Labs (BFL), Recraft, Krea, Luma Dream Machine, HeyGen,
    Synthesia, D-ID, Tavus, Kling (access/secret key pair), GoAPI/PiAPI
    proxies (Midjourney, Kling, Suno), Suno API proxies, Midjourney Discord
    bridges (Discord user tokens, bot tokens, webhook URLs, midjourney-proxy
    api-secret), Clipdrop, remove.bg, Photoroom, Topaz, Picsart, DeepAI,
    Segmind, Novita, Together (image models), OpenAI images (sk-proj-),
    Replicate webhook signing secrets, Automatic1111 / Gradio passwords.
    File types: Python, Node/TypeScript, Go, Rust, Ruby, PHP, C# (Unity),
    Swift, shell, PowerShell, .bat, Dockerfile, docker-compose, Kubernetes,
    Helm values, Terraform, GitHub Actions, ComfyUI custom-node JSON/YAML/INI,
    A1111 config.json / webui-user, Streamlit secrets.toml, n8n and Make
    workflow exports, Postman collections, .http files, Jupyter .ipynb and
    "# %%" scripts, Blender add-on preferences, Unity assets, Markdown,
    properties, XML, SQL, CSV, nginx / Caddy / systemd / supervisord, logs.

USAGE
    python3 -B gen_hy.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl
    (one line per positive: file, needle, 1-based line of first occurrence).
    All randomness comes from one random.Random(SEED); output is
    byte-identical for a given SEED.  manifest.jsonl also carries
    "template" and (for positives) "conventional_name" for analysis.
    93 positive templates (half use the provider's conventional variable
    name, half a neutral name / header / URL / positional or constructor
    argument); 134 negative templates (the 93 re-used with a non-secret slot
    plus 41 look-alike templates).  At most 20 positives live in .env files.

NEEDLE CONVENTIONS
    * The needle is the credential exactly as written, without quotes and
      without the header scheme: for "Authorization: Bearer r8_..." the needle
      is "r8_..."; for "Authorization: Key <id>:<secret>" (fal) it is the whole
      "<id>:<secret>"; for "Authorization: Basic <user>:<pass>" (D-ID, whose
      key is documented as API_USER:API_PASSWORD) it is the whole key.
    * fal FAL_KEY written in one piece: needle = "<key_id>:<key_secret>".
      When the key id and the secret are written separately (FAL_KEY_ID /
      FAL_KEY_SECRET, Kling access key / secret key, D-ID user / password) the
      needle is the secret half only; the id is an identifier.
    * HeyGen keys are base64 text: the needle includes the trailing "=".
    * Discord user / bot tokens: the whole three-part token.
    * Discord webhook URLs: the whole URL https://discord.com/api/webhooks/
      <id>/<token> (the URL is the credential).
    * Passwords (A1111 --api-auth / --gradio-auth, Gradio auth=): only the
      password, not "user:".
    * Replicate webhook signing secrets: the whole "whsec_..." string.
    * No multi-line secrets are generated in this set, so every needle sits
      on one line.

NEGATIVES
    n0000.. alternate between two halves of 250 each:
    (a) the positive templates re-rendered with a non-secret in the slot:
        placeholders (<your-key>, YOUR_API_KEY_HERE, changeme, r8_xxxx...),
        empty values, masked values (****, [REDACTED], r8_...a1B2),
        environment references (os.environ[...], process.env.X, ${VAR},
        {{ $env.X }}, ${{ secrets.X }}), secret-manager paths (op://,
        vault:, AWS/GCP secret ids), template expressions, documented
        example keys (DeepAI quickstart key, fal docs "abc123def456:sk_live_
        abc123def456xyz789", Leonardo "XXXXXXXX-XXXX-...", discord.py docs
        token) and values documented as public.
    (b) look-alikes: Replicate version SHA-256s and prediction ids, Civitai
        AutoV2/SHA256/BLAKE3 hashes, A1111 hash caches and PNG-info, kohya
        safetensors metadata, ComfyUI workflows (seeds, node ids), Midjourney
        Discord CDN URLs (ex/is/hm), Discord snowflakes and application
        public keys, Leonardo / Luma / Runway / fal job ids and CDN URLs,
        CloudFront-signed thumbnails, HeyGen video / voice ids (32 hex),
        Tavus replica ids, Unity .meta guids, Git LFS pointers, lockfile
        integrity hashes, image digests, SOPS / sealed-secrets ciphertext,
        age / minisign public keys, Standard-Webhooks signatures, Stripe
        publishable keys and Turnstile / reCAPTCHA site keys, key-prefix +
        hash tables.
    No negative is written to a file named .env / .env.local /
    .env.production ...; .env.example and .env.sample are used instead.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * Replicate docs: API tokens "are 40-character strings that always start
      with r8_"; Bearer header.                                     (r8_+37)
    * Leonardo.Ai docs (API error messages): key "follows a valid UUID
      format", header "authorization: Bearer XXXXXXXX-XXXX-...".
    * fal docs: FAL_KEY env var, "Authorization: Key ...", key creation
      returns key_id, key_secret and key = "key_id:key_secret".
    * D-ID docs: key format "API_USER:API_PASSWORD", sent as
      "Authorization: Basic <KEY>"; forum posts show API_USER is base64 of
      the e-mail and the password is 21 alphanumerics.
    * Segmind (via api-evangelist overlay quoting Segmind docs): "SG_" + 16
      hex, x-api-key header.
    * HeyGen docs: X-Api-Key header, HEYGEN_API_KEY; public code shows keys
      are base64 of "<32 hex>-<unix ts>".
    * Ideogram docs: Api-Key header, IDEOGRAM_API_KEY.  BFL docs: BFL_API_KEY;
      a BFL skill doc says keys start with "bfl_" (x-key header).
    * Runway docs: RUNWAYML_API_SECRET, Bearer + X-Runway-Version; a third
      party guide says keys start with "key_" followed by a long hex string
      (128 chars).
    * Recraft docs: RECRAFT_API_TOKEN, Bearer, external.api.recraft.ai/v1.
    * Tavus docs: x-api-key header.  Synthesia docs: key in Authorization
      header (no scheme).  Picsart docs: X-Picsart-API-Key.  remove.bg:
      X-Api-Key, public code shows 24 alphanumerics.  Novita docs: keys
      begin with "sk_", Bearer.  Together docs: TOGETHER_API_KEY.
    * Stability: Bearer, STABILITY_API_KEY, examples "sk-your-key-here".
    * OpenAI: project keys "sk-proj-" (~160+ chars, T3BlbkFJ marker).
    * Discord tokens (discord.py docs): base64(user id) . base64(ts) . HMAC;
      new-format examples have a 38-char third part.
    * Kling docs (via SDK docs): Access Key + Secret Key, HS256 JWT with
      iss=AK, exp, nbf.  Luma: public code shows "luma-<uuid>-<uuid>".
    * midjourney-proxy (novicezk) docs: mj.discord.user-token, guild-id,
      channel-id, mj.api-secret.

DOUBTS
    * Lengths/alphabets not confirmed by the provider and chosen from
      public code or guesswork: Stability (sk- + 48 alnum), Runway (key_ +
      128 hex), Ideogram (86 base64url chars), BFL (UUID or bfl_ + 48 alnum),
      Recraft (64 alnum), Krea (uuid:32 alnum), Luma (luma-<uuid>-<uuid>),
      Synthesia / Tavus / Suno-proxy (32 hex), GoAPI/PiAPI (64 hex),
      Clipdrop (96 hex), Photoroom (40 hex), Topaz (UUID), Picsart (32
      alnum), DeepAI (UUID), Novita (sk_ + 43 base64url), Together (64 hex
      or tgp_v1_ + 43), OpenAI sk-proj- body split 74 + T3BlbkFJ + 74,
      Kling AK/SK (32 alnum each), Replicate webhook secret (whsec_ +
      base64 of 24 bytes), D-ID user part (base64 of e-mail, padding
      avoided by choosing e-mail lengths divisible by 3).
    * Discord token third part: 27 (old) or 38 (new) chars, second part
      random base64url (real ones encode a timestamp).
    * Leonardo, DeepAI, Topaz and legacy BFL keys are plain UUIDs; they are
      only detectable from context, and negatives contain many UUIDs.
    * Masked values that keep the last 4 characters, and the discord.py
      documentation token, are treated as non-secrets here.
"""
import base64
import json
import os
import random
import string
import sys

B62 = string.ascii_letters + string.digits
HEX = '0123456789abcdef'
B64U = B62 + '-_'
B64 = B62 + '+/'
LOWER = string.ascii_lowercase
LOWNUM = string.ascii_lowercase + string.digits


def rs(r, alph, n):
    return ''.join(r.choice(alph) for _ in range(n))


def hx(r, n):
    return rs(r, HEX, n)


def uuid4(r):
    h = hx(r, 32)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def snowflake(r):
    ms = r.randint(1546300800000, 1735689600000) - 1420070400000
    return (ms << 22) | r.randint(0, (1 << 22) - 1)


def b64s(data):
    return base64.b64encode(data).decode()


def discord_token(r):
    sid = str(snowflake(r))
    p1 = b64s(sid.encode()).rstrip('=')
    return '%s.%s.%s' % (p1, rs(r, B64U, 6), rs(r, B64U, r.choice([27, 38, 38])))


def discord_webhook(r):
    return 'https://discord.com/api/webhooks/%d/%s' % (snowflake(r), rs(r, B64U, 68))


FIRST = ['maya', 'lucas', 'ines', 'tomas', 'aiko', 'omar', 'lena', 'kofi', 'sofia', 'ravi', 'nora', 'eli',
         'jonas', 'mira', 'pablo', 'yuki', 'dara', 'finn', 'zoe', 'amir']
LAST = ['keller', 'okafor', 'santos', 'novak', 'tanaka', 'haddad', 'brandt', 'mensah', 'rossi', 'iyer',
        'lind', 'moreau', 'quinn', 'vargas', 'sato', 'berg', 'costa', 'ahmed', 'walsh', 'dubois']
DOMAINS = ['gmail.com', 'pixelforge.io', 'studio-nine.com', 'outlook.com', 'reelcraft.tv', 'proton.me',
           'brightframe.co', 'hey.com']


def email_len3(r):
    for _ in range(200):
        e = '%s.%s%s@%s' % (r.choice(FIRST), r.choice(LAST), r.choice(['', str(r.randint(1, 99))]),
                            r.choice(DOMAINS))
        if len(e) % 3 == 0:
            return e
    return 'maya.keller@hey.com'


def did_key(r):
    return b64s(email_len3(r).encode()) + ':' + rs(r, B62, 21)


def heygen_key(r):
    ts = r.randint(1690000000, 1740000000)
    return b64s(('%s-%d' % (hx(r, 32), ts)).encode())


def password(r):
    for _ in range(100):
        p = rs(r, B62, r.randint(12, 18))
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p):
            return p + r.choice(['', '-', '9', '.', '_', '#'])
    return 'Qm7rTz2vLk9pWx4!'


def whsec(r):
    return 'whsec_' + b64s(bytes(r.randint(0, 255) for _ in range(24)))


PROMPTS = [
    'a lighthouse on a basalt cliff at dusk, volumetric fog, 35mm film grain',
    'isometric cozy ramen shop, warm neon, rainy street, octane render',
    'portrait of an elderly beekeeper, soft window light, shallow depth of field',
    'watercolor map of a fantasy archipelago, muted palette, hand lettering',
    'product shot of a matte black espresso grinder on travertine, studio lighting',
    'a fox astronaut floating above a pastel nebula, children book illustration',
    'brutalist library interior, skylight shafts, people reading, wide angle',
    'macro photo of dew on a spider web, bokeh, golden hour',
    'retro travel poster for Lisbon trams, bold flat shapes, risograph texture',
    'cinematic drone shot over terraced rice fields at sunrise',
    'a ceramic mug on a wooden table, soft window light',
    'low-poly mountain cabin in snow, game asset, orthographic',
    'a jazz trio in a smoky basement club, 1950s photograph',
    'logo mark for a bakery called Crumb & Co, minimal vector',
    'slow dolly-in on a steaming bowl of pho, shallow focus',
]
NEG_PROMPTS = ['blurry, lowres, watermark, text', 'extra fingers, deformed hands, jpeg artifacts',
               'oversaturated, cartoon, signature', 'nsfw, lowres, bad anatomy']
CKPTS = ['sd_xl_base_1.0.safetensors', 'juggernautXL_v9Rdphoto2Lightning.safetensors',
         'realisticVisionV60B1_v51HyperVAE.safetensors', 'flux1-dev-fp8.safetensors',
         'dreamshaper_8.safetensors', 'ponyDiffusionV6XL_v6StartWithThisOne.safetensors',
         'sd3.5_large.safetensors', 'epicrealism_naturalSinRC1VAE.safetensors']
LORAS = ['add-detail-xl', 'film_grain_v2', 'pixel-art-xl', 'ghibli_style_offset', 'detail_tweaker',
         'LowRA', 'neon_cyberpunk_v3', 'watercolor_sketch']
SAMPLERS = ['DPM++ 2M Karras', 'Euler a', 'DPM++ SDE Karras', 'UniPC', 'DPM++ 2M SDE', 'Euler']
REPL_MODELS = ['stability-ai/sdxl', 'lucataco/realistic-vision-v5.1', 'fofr/face-to-many',
               'nightmareai/real-esrgan', 'cjwbw/rembg', 'zsxkib/ic-light', 'lucataco/animate-diff',
               'batouresearch/magic-image-refiner', 'fofr/sticker-maker', 'tencentarc/gfpgan']
ANIMALS = ['zebra', 'kangaroo', 'panda', 'lion', 'koala', 'tiger', 'rabbit', 'elephant', 'penguin',
           'monkey']


def seed(r):
    return r.randint(1, 4294967295)


def J(obj, ind=2):
    return json.dumps(obj, indent=ind, ensure_ascii=False)


def yq(v):
    """YAML scalar, quoted when needed."""
    if v == '' or any(c in v for c in ':#{}[],&*!|>\'"%@`') or v[0] in '-?':
        return '"' + v + '"'
    return v


# --------------------------------------------------------------------------
# Providers
# --------------------------------------------------------------------------

def _b_stab(r):
    return {'prompt': r.choice(PROMPTS), 'output_format': r.choice(['png', 'webp']),
            'aspect_ratio': r.choice(['1:1', '16:9', '3:2'])}


def _b_repl(r):
    return {'version': hx(r, 64), 'input': {'prompt': r.choice(PROMPTS), 'num_outputs': 1}}


def _b_runway(r):
    return {'model': r.choice(['gen4_turbo', 'gen3a_turbo']), 'promptText': r.choice(PROMPTS),
            'promptImage': 'https://assets.example-cdn.net/frames/%s.jpg' % hx(r, 12),
            'ratio': r.choice(['1280:720', '720:1280']), 'duration': r.choice([5, 10])}


def _b_leo(r):
    return {'modelId': uuid4(r), 'prompt': r.choice(PROMPTS), 'width': 1024, 'height': 768,
            'num_images': r.choice([1, 2, 4])}


def _b_prompt(r):
    return {'prompt': r.choice(PROMPTS)}


def _b_fal(r):
    return {'prompt': r.choice(PROMPTS), 'image_size': r.choice(['landscape_4_3', 'square_hd']),
            'num_inference_steps': r.choice([4, 28]), 'seed': seed(r)}


def _b_luma(r):
    return {'prompt': r.choice(PROMPTS), 'model': r.choice(['ray-2', 'ray-flash-2']),
            'aspect_ratio': '16:9', 'loop': r.choice([True, False])}


def _b_heygen(r):
    return {'video_inputs': [{'character': {'type': 'avatar', 'avatar_id': r.choice(
        ['Daisy-inskirt-20220818', 'Tyler-incasualsuit-20220721', 'Anna_public_3_20240108']),
        'avatar_style': 'normal'}, 'voice': {'type': 'text', 'input_text': 'Welcome to the spring collection.',
                                             'voice_id': hx(r, 32)}}], 'dimension': {'width': 1280, 'height': 720}}


def _b_synth(r):
    return {'test': True, 'title': 'Onboarding week %d' % r.randint(1, 52), 'input': [
        {'scriptText': 'Hi, and welcome aboard!', 'avatar': 'anna_costume1_cameraA', 'background': 'green_screen'}]}


def _b_did(r):
    return {'source_url': 'https://media.example-cdn.net/presenters/%s.jpg' % hx(r, 10),
            'script': {'type': 'text', 'input': 'Thanks for joining the webinar today.'}}


def _b_tavus(r):
    return {'replica_id': 'r' + hx(r, 11), 'script': 'Hey there, I recorded this just for you.',
            'video_name': 'outreach-%d' % r.randint(100, 999)}


def _b_goapi(r):
    return {'model': r.choice(['midjourney', 'kling', 'suno']), 'task_type': r.choice(['imagine', 'video_generation', 'music']),
            'input': {'prompt': r.choice(PROMPTS)}}


def _b_suno(r):
    return {'prompt': 'lofi beat for studying, vinyl crackle', 'customMode': False, 'instrumental': True,
            'model': 'V4_5'}


def _b_img(r):
    return {'image_url': 'https://media.example-cdn.net/uploads/%s.jpg' % hx(r, 16), 'size': 'auto'}


def _b_seg(r):
    return {'prompt': r.choice(PROMPTS), 'negative_prompt': r.choice(NEG_PROMPTS), 'samples': 1,
            'scheduler': 'UniPC', 'num_inference_steps': 25, 'seed': seed(r)}


def _b_novita(r):
    return {'request': {'model_name': r.choice(CKPTS), 'prompt': r.choice(PROMPTS), 'width': 1024,
                        'height': 1024, 'image_num': 1, 'steps': 20, 'seed': -1}}


def _b_together(r):
    return {'model': r.choice(['black-forest-labs/FLUX.1-schnell', 'black-forest-labs/FLUX.1-dev']),
            'prompt': r.choice(PROMPTS), 'steps': 4, 'n': 1}


def _b_openai(r):
    return {'model': r.choice(['gpt-image-1', 'dall-e-3']), 'prompt': r.choice(PROMPTS), 'size': '1024x1024'}


def _p(pid, name, env, gen, hn, hp, url, body, w, alt, ex, kind='api_key', sdk_py=None, sdk_js=None, extra_hdr=None):
    return dict(id=pid, name=name, env=env, gen=gen, hn=hn, hp=hp, url=url, body=body, w=w, alt=alt, ex=ex,
                kind=kind, sdk_py=sdk_py, sdk_js=sdk_js, extra_hdr=extra_hdr or [])


def providers():
    return [
        _p('stability', 'Stability AI', 'STABILITY_API_KEY', lambda r: 'sk-' + rs(r, B62, 48), 'Authorization',
           'Bearer ', 'https://api.stability.ai/v2beta/stable-image/generate/core', _b_stab, 30,
           ['STABILITY_KEY', 'SAI_API_KEY', 'DREAMSTUDIO_API_KEY'], ['sk-your-key-here', 'sk-...']),
        _p('replicate', 'Replicate', 'REPLICATE_API_TOKEN', lambda r: 'r8_' + rs(r, B62, 37), 'Authorization',
           'Bearer ', 'https://api.replicate.com/v1/predictions', _b_repl, 40,
           ['REPLICATE_TOKEN', 'R8_TOKEN'], ['r8_xxxxxxxxxxxx', 'r8_******'], 'api_token',
           ('import replicate', 'replicate.Client(api_token=%s)'), ("import Replicate from 'replicate';",
                                                                   'new Replicate({ auth: %s })')),
        _p('runway', 'Runway', 'RUNWAYML_API_SECRET', lambda r: 'key_' + hx(r, 128), 'Authorization', 'Bearer ',
           'https://api.dev.runwayml.com/v1/image_to_video', _b_runway, 22, ['RUNWAY_API_KEY', 'RUNWAY_SECRET'],
           ['key_xxxxxxxxxxxxxxxxxxxxxxxx'], 'api_secret', ('from runwayml import RunwayML', 'RunwayML(api_key=%s)'),
           ("import RunwayML from '@runwayml/sdk';", 'new RunwayML({ apiKey: %s })'),
           [('X-Runway-Version', '2024-11-06')]),
        _p('leonardo', 'Leonardo.Ai', 'LEONARDO_API_KEY', uuid4, 'authorization', 'Bearer ',
           'https://cloud.leonardo.ai/api/rest/v1/generations', _b_leo, 22, ['LEONARDO_KEY', 'LEO_API_KEY'],
           ['XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX', 'abcd-1234-5678-90ef-deadbeef00000']),
        _p('ideogram', 'Ideogram', 'IDEOGRAM_API_KEY', lambda r: rs(r, B64U, 86), 'Api-Key', '',
           'https://api.ideogram.ai/v1/ideogram-v3/generate', _b_prompt, 16, ['IDEOGRAM_KEY'],
           ['paste-your-key-here', 'your-api-key-here']),
        _p('fal', 'fal.ai', 'FAL_KEY', lambda r: uuid4(r) + ':' + hx(r, 32), 'Authorization', 'Key ',
           'https://queue.fal.run/fal-ai/flux/dev', _b_fal, 32, ['FAL_API_KEY', 'FAL_CREDENTIALS'],
           ['abc123def456:sk_live_abc123def456xyz789', 'your-api-key-here'], 'id_secret_pair',
           ('import fal_client', 'fal_client.SyncClient(key=%s)'), ("import { fal } from '@fal-ai/client';",
                                                                    'fal.config({ credentials: %s })')),
        _p('bfl', 'Black Forest Labs', 'BFL_API_KEY',
           lambda r: r.choice([uuid4(r), 'bfl_' + rs(r, B62, 48)]), 'x-key', '',
           'https://api.bfl.ai/v1/flux-pro-1.1', _b_prompt, 18, ['FLUX_API_KEY', 'BFL_KEY'],
           ['your_api_key_here', 'bfl_provided_key']),
        _p('recraft', 'Recraft', 'RECRAFT_API_TOKEN', lambda r: rs(r, B62, 64), 'Authorization', 'Bearer ',
           'https://external.api.recraft.ai/v1/images/generations', _b_prompt, 12, ['RECRAFT_TOKEN', 'RECRAFT_API_KEY'],
           ['your_token']),
        _p('krea', 'Krea', 'KREA_API_KEY', lambda r: uuid4(r) + ':' + rs(r, B62, 32), 'Authorization', 'Bearer ',
           'https://api.krea.ai/generate/image/bfl/flux-1-dev', _b_prompt, 8, ['KREA_TOKEN'], ['your-krea-key']),
        _p('luma', 'Luma Dream Machine', 'LUMAAI_API_KEY', lambda r: 'luma-' + uuid4(r) + '-' + uuid4(r),
           'Authorization', 'Bearer ', 'https://api.lumalabs.ai/dream-machine/v1/generations', _b_luma, 22,
           ['LUMA_API_KEY', 'LUMA_KEY'], ['luma-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'luma-...'], 'api_key',
           ('from lumaai import LumaAI', 'LumaAI(auth_token=%s)'), ("import LumaAI from 'lumaai';",
                                                                   'new LumaAI({ authToken: %s })')),
        _p('heygen', 'HeyGen', 'HEYGEN_API_KEY', heygen_key, 'X-Api-Key', '', 'https://api.heygen.com/v2/video/generate',
           _b_heygen, 20, ['HEYGEN_KEY', 'HEYGEN_TOKEN'], ['your-api-key-here']),
        _p('synthesia', 'Synthesia', 'SYNTHESIA_API_KEY', lambda r: hx(r, 32), 'Authorization', '',
           'https://api.synthesia.io/v2/videos', _b_synth, 12, ['SYNTHESIA_KEY'], ['YOUR_API_KEY']),
        _p('did', 'D-ID', 'DID_API_KEY', did_key, 'Authorization', 'Basic ', 'https://api.d-id.com/talks', _b_did, 18,
           ['D_ID_API_KEY', 'DID_KEY'], ['API_USER:API_PASSWORD', '<YOUR KEY>'], 'basic_auth_key'),
        _p('tavus', 'Tavus', 'TAVUS_API_KEY', lambda r: hx(r, 32), 'x-api-key', '', 'https://tavusapi.com/v2/videos',
           _b_tavus, 12, ['TAVUS_KEY'], ['<api_key>', 'YOUR_API_KEY']),
        _p('goapi', 'GoAPI / PiAPI proxy (Midjourney, Kling, Suno)', 'GOAPI_API_KEY', lambda r: hx(r, 64), 'x-api-key', '',
           'https://api.goapi.ai/api/v1/task', _b_goapi, 16, ['PIAPI_KEY', 'PIAPI_API_KEY', 'MJ_PROXY_KEY'],
           ['your-goapi-key']),
        _p('sunoapi', 'Suno API proxy', 'SUNO_API_KEY', lambda r: hx(r, 32), 'Authorization', 'Bearer ',
           'https://api.sunoapi.org/api/v1/generate', _b_suno, 8, ['SUNOAPI_KEY'], ['YOUR_API_KEY']),
        _p('clipdrop', 'Clipdrop', 'CLIPDROP_API_KEY', lambda r: hx(r, 96), 'x-api-key', '',
           'https://clipdrop-api.co/text-to-image/v1', _b_prompt, 12, ['CLIPDROP_KEY'], ['YOUR_API_KEY']),
        _p('removebg', 'remove.bg', 'REMOVE_BG_API_KEY', lambda r: rs(r, B62, 24), 'X-Api-Key', '',
           'https://api.remove.bg/v1.0/removebg', _b_img, 16, ['REMOVEBG_KEY', 'RBG_API_KEY'],
           ['INSERT_YOUR_API_KEY_HERE', 'YOUR_REMOVE_BG_API_KEY']),
        _p('photoroom', 'Photoroom', 'PHOTOROOM_API_KEY', lambda r: hx(r, 40), 'x-api-key', '',
           'https://sdk.photoroom.com/v1/segment', _b_img, 12, ['PHOTOROOM_KEY'], ['YOUR_API_KEY_HERE']),
        _p('topaz', 'Topaz Labs', 'TOPAZ_API_KEY', uuid4, 'X-API-Key', '', 'https://api.topazlabs.com/image/v1/enhance',
           _b_img, 8, ['TOPAZ_KEY'], ['<your-topaz-key>']),
        _p('picsart', 'Picsart', 'PICSART_API_KEY', lambda r: rs(r, B62, 32), 'X-Picsart-API-Key', '',
           'https://api.picsart.io/tools/1.0/upscale', _b_img, 10, ['PICSART_KEY'], ['YOURAPIKEYHERE', '<API KEY HERE>']),
        _p('deepai', 'DeepAI', 'DEEPAI_API_KEY', uuid4, 'api-key', '', 'https://api.deepai.org/api/text2img',
           _b_prompt, 10, ['DEEPAI_KEY'], ['quickstart-QUdJIGlzIGNvbWluZy4uLi4K']),
        _p('segmind', 'Segmind', 'SEGMIND_API_KEY', lambda r: 'SG_' + hx(r, 16), 'x-api-key', '',
           'https://api.segmind.com/v1/sdxl1.0-txt2img', _b_seg, 14, ['SEGMIND_KEY'], ['SG_xxxxxxxxxxxxxxxx']),
        _p('novita', 'Novita AI', 'NOVITA_API_KEY', lambda r: 'sk_' + rs(r, B64U, 43), 'Authorization', 'Bearer ',
           'https://api.novita.ai/v3/async/txt2img', _b_novita, 12, ['NOVITA_KEY'], ['sk_your_key']),
        _p('together', 'Together AI (image models)', 'TOGETHER_API_KEY',
           lambda r: r.choice([hx(r, 64), 'tgp_v1_' + rs(r, B64U, 43)]), 'Authorization', 'Bearer ',
           'https://api.together.xyz/v1/images/generations', _b_together, 14, ['TOGETHER_KEY', 'TOGETHERAI_API_KEY'],
           ['your_api_key'], 'api_key', ('from together import Together', 'Together(api_key=%s)'),
           ("import Together from 'together-ai';", 'new Together({ apiKey: %s })')),
        _p('openai', 'OpenAI images', 'OPENAI_API_KEY',
           lambda r: 'sk-proj-' + rs(r, B64U, 74) + 'T3BlbkFJ' + rs(r, B64U, 74), 'Authorization', 'Bearer ',
           'https://api.openai.com/v1/images/generations', _b_openai, 22, ['OPENAI_KEY', 'OAI_KEY'],
           ['sk-proj-...', 'sk-your-key-here'], 'api_key', ('from openai import OpenAI', 'OpenAI(api_key=%s)'),
           ("import OpenAI from 'openai';", 'new OpenAI({ apiKey: %s })')),
    ]


# --------------------------------------------------------------------------
# Slot: what goes where the secret would be
# --------------------------------------------------------------------------

class Slot(object):
    """raw: text of the value; kind: 'secret' or a negative category."""

    def __init__(self, r, raw, kind, env):
        self.r, self.raw, self.kind, self.env = r, raw, kind, env
        self._c = {}

    def _pick(self, key, opts):
        if key not in self._c:
            self._c[key] = self.r.choice(opts)
        return self._c[key]

    @property
    def ref(self):
        return self.kind == 'envref'

    def py(self, q='"'):
        if self.ref:
            e = self.env
            return self._pick('py', ['os.environ["%s"]' % e, 'os.getenv("%s")' % e, 'os.environ.get("%s", "")' % e])
        return q + self.raw + q

    def py_inline(self, prefix, q='"'):
        if self.ref:
            return self._pick('pyi', ['f"%s{os.environ[\'%s\']}"' % (prefix, self.env),
                                      '"%s" + os.getenv("%s", "")' % (prefix, self.env)])
        return q + prefix + self.raw + q

    def js(self, q="'"):
        if self.ref:
            return self._pick('js', ['process.env.%s' % self.env, 'process.env["%s"]' % self.env])
        return q + self.raw + q

    def js_inline(self, prefix, q="'"):
        if self.ref:
            return '`%s${process.env.%s}`' % (prefix, self.env)
        return q + prefix + self.raw + q

    def go(self):
        return 'os.Getenv("%s")' % self.env if self.ref else '"' + self.raw + '"'

    def go_inline(self, prefix):
        if self.ref:
            return '"%s"+os.Getenv("%s")' % (prefix, self.env) if prefix else 'os.Getenv("%s")' % self.env
        return '"' + prefix + self.raw + '"'

    def cs(self):
        return 'Environment.GetEnvironmentVariable("%s")' % self.env if self.ref else '"' + self.raw + '"'

    def php(self):
        return "getenv('%s')" % self.env if self.ref else "'" + self.raw + "'"

    def rb(self):
        return 'ENV.fetch("%s")' % self.env if self.ref else '"' + self.raw + '"'

    def swift(self):
        return 'ProcessInfo.processInfo.environment["%s"] ?? ""' % self.env if self.ref else '"' + self.raw + '"'

    def rust(self):
        return 'std::env::var("%s")?' % self.env if self.ref else '"' + self.raw + '"'

    def sh(self):
        """right-hand side of a shell assignment / argument"""
        if self.ref:
            return self._pick('sh', ['"${%s}"' % self.env, '"$%s"' % self.env, '"${%s:?not set}"' % self.env])
        return self._pick('shq', ['"%s"', "'%s'", '%s']) % self.raw if self.raw else '""'

    def inner(self, style='dollar'):
        """value embedded inside a larger string"""
        if not self.ref:
            return self.raw
        return {'dollar': '${%s}' % self.env, 'n8n': '{{ $env.%s }}' % self.env,
                'gha': '${{ secrets.%s }}' % self.env, 'http': '{{$dotenv %s}}' % self.env,
                'make': '{{%s}}' % self.env.lower(), 'text': '$' + self.env,
                'pct': '%%%s%%' % self.env}[style]

    def yaml(self):
        if self.ref:
            return self._pick('yaml', ['${%s}' % self.env, '"${%s}"' % self.env])
        return yq(self.raw)

    def json(self):
        return '"%s"' % (self.inner('dollar'))

    def toml(self):
        return '"%s"' % self.inner('dollar')

    def plain(self, style='dollar'):
        """unquoted value (ini, properties, .env, dockerfile)"""
        return self.inner(style)


def special_providers():
    return [
        _p('discord', 'Discord user token (Midjourney bridge)', 'DISCORD_USER_TOKEN', discord_token, 'authorization', '',
           'https://discord.com/api/v9/interactions', None, 0, ['SALAI_TOKEN', 'MJ_USER_TOKEN'],
           ['MjQ1NTU5MDg3NTI0MjE2ODMy.DulyxA.brcD2xRAqjACTuMcGPwy4TWVQdg'], 'discord_user_token'),
        _p('discord_bot', 'Discord bot token (Midjourney relay bot)', 'DISCORD_BOT_TOKEN', discord_token, 'Authorization',
           'Bot ', 'https://discord.com/api/v10', None, 0, ['BOT_TOKEN'],
           ['OTY4NTU2MzQ4MzkwMzkxODU5.G49NjP.pD8PLpKp-Xx8sr-8m1DCxSPTJZdcpcJZOExc1c'], 'discord_bot_token'),
        _p('discord_webhook', 'Discord webhook (render notifications)', 'DISCORD_WEBHOOK_URL', discord_webhook, '', '',
           '', None, 0, ['RENDER_WEBHOOK'], ['https://discord.com/api/webhooks/<id>/<token>'], 'webhook_url'),
        _p('kling', 'Kling AI (access key / secret key)', 'KLING_SECRET_KEY', lambda r: rs(r, B62, 32), '', '',
           'https://api.klingai.com/v1/videos/text2video', None, 0, ['KLING_SK'], ['sk_your_secret_key_here'],
           'access_secret_pair'),
        _p('fal_split', 'fal.ai (key id / key secret)', 'FAL_KEY_SECRET', lambda r: hx(r, 32), '', '', '', None, 0,
           ['FAL_SECRET'], ['<key-secret>'], 'id_secret_pair'),
        _p('replicate_webhook', 'Replicate webhook signing secret', 'REPLICATE_WEBHOOK_SECRET', whsec, '', '', '', None,
           0, ['WEBHOOK_SIGNING_SECRET'], ['whsec_...'], 'webhook_secret'),
        _p('a1111', 'Automatic1111 / Forge / Gradio password', 'WEBUI_PASSWORD', password, '', '', '', None, 0,
           ['GRADIO_PASSWORD'], ['changeme'], 'password'),
        _p('mjproxy', 'midjourney-proxy api-secret', 'MJ_API_SECRET', lambda r: rs(r, B62, r.choice([24, 32])), '', '',
           '', None, 0, ['MJ_API_SECRET'], ['your-secret'], 'api_secret'),
    ]


TEMPLATES = []


def tpl(conv, prov='generic', neg=None):
    def deco(f):
        TEMPLATES.append(dict(fn=f, conv=conv, prov=prov, neg=neg, name=f.__name__))
        return f
    return deco


def slug(p):
    return p['id'].replace('_', '-')


def hdr_value(p, s, style='dollar'):
    return p['hp'] + s.inner(style)


def extra_hdrs(p):
    return p['extra_hdr']


def neutral_name(r, style='snake'):
    snake = ['api_key', 'token', 'auth_token', 'access_token', 'key', 'secret', 'credential', 'apikey']
    n = r.choice(snake)
    if style == 'camel':
        parts = n.split('_')
        return parts[0] + ''.join(x.title() for x in parts[1:])
    if style == 'upper':
        return r.choice(['API_KEY', 'TOKEN', 'AUTH', 'KEY', 'SECRET', 'ACCESS_TOKEN'])
    return n


def envblock(r, p, extra=0):
    """some innocent neighbour settings"""
    pool = [('LOG_LEVEL', r.choice(['info', 'debug', 'warn'])), ('OUTPUT_DIR', r.choice(['./outputs', '/data/renders'])),
            ('MAX_CONCURRENCY', str(r.randint(1, 8))), ('DEFAULT_SEED', str(seed(r))),
            ('PORT', str(r.choice([3000, 7860, 8000, 8188]))), ('REDIS_URL', 'redis://localhost:6379/0'),
            ('POLL_INTERVAL_MS', str(r.choice([1500, 2000, 5000]))), ('TZ', 'UTC'),
            ('IMAGE_FORMAT', r.choice(['png', 'webp', 'jpeg'])), ('NODE_ENV', 'production')]
    r.shuffle(pool)
    return pool[:extra or r.randint(2, 5)]


# ---------------------------- conventional-name templates ------------------

@tpl(True)
def t_py_settings(r, p, s):
    lines = ['"""Runtime settings for the render worker."""', 'import os', 'from pathlib import Path', '',
             'BASE_DIR = Path(__file__).resolve().parent.parent', 'OUTPUT_DIR = BASE_DIR / "outputs"',
             'MAX_PARALLEL_JOBS = %d' % r.randint(2, 12), 'DEFAULT_STEPS = %d' % r.choice([20, 25, 30, 40]), '',
             '# %s' % p['name'], '%s = %s' % (p['env'], s.py()), '%s_BASE_URL = "%s"' % (p['env'].split('_')[0],
                                                                                   p['url'].split('/v')[0]), '',
             'REQUEST_TIMEOUT = %d' % r.choice([30, 60, 120]), 'RETRY_BACKOFF = (1, 2, 4, 8)']
    return r.choice(['config/settings.py', 'app/config.py', 'worker/settings.py']), '\n'.join(lines) + '\n'


@tpl(True, neg=['placeholder', 'empty', 'masked', 'secretref', 'template', 'example'])
def t_dotenv(r, p, s):
    lines = ['# local dev - %s' % p['name']]
    pairs = envblock(r, p) + [(p['env'], s.plain())]
    r.shuffle(pairs)
    lines += ['%s=%s' % kv for kv in pairs]
    return r.choice(['.env', '.env.local', 'server/.env', '.env.development']), '\n'.join(lines) + '\n'


@tpl(True)
def t_shell_export(r, p, s):
    lines = ['#!/usr/bin/env bash', '# source this before running the batch scripts', 'set -a']
    for k, v in envblock(r, p):
        lines.append('export %s=%s' % (k, v))
    lines.append('export %s=%s' % (p['env'], s.sh()))
    lines += ['set +a', 'echo "env ready for %s"' % p['name']]
    return r.choice(['scripts/dev-env.sh', 'env/setup.sh', 'tools/activate.sh']), '\n'.join(lines) + '\n'


@tpl(True)
def t_dockerfile_env(r, p, s):
    lines = ['FROM python:%s-slim' % r.choice(['3.10', '3.11', '3.12']), '', 'WORKDIR /app',
             'RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg libgl1 && rm -rf /var/lib/apt/lists/*',
             'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY . .', '',
             'ENV PYTHONUNBUFFERED=1 \\', '    OUTPUT_DIR=/data/out \\', '    %s=%s' % (p['env'], s.plain()), '',
             'EXPOSE %d' % r.choice([7860, 8000, 8080]), 'CMD ["python", "-m", "worker.main"]']
    return r.choice(['Dockerfile', 'docker/worker.Dockerfile', 'services/render/Dockerfile']), '\n'.join(lines) + '\n'


@tpl(True)
def t_compose(r, p, s):
    svc = r.choice(['renderer', 'worker', 'api', 'gen-service'])
    lines = ['services:', '  %s:' % svc, '    build: .', '    restart: unless-stopped', '    ports:',
             '      - "%d:%d"' % ((r.choice([8000, 7860, 3000]),) * 2), '    environment:']
    for k, v in envblock(r, p, 3):
        lines.append('      %s: %s' % (k, yq(v)))
    lines.append('      %s: %s' % (p['env'], s.yaml()))
    lines += ['    volumes:', '      - ./outputs:/data/out', '  redis:', '    image: redis:7-alpine']
    return r.choice(['docker-compose.yml', 'compose.yaml', 'deploy/docker-compose.prod.yml']), '\n'.join(lines) + '\n'


@tpl(True)
def t_gha(r, p, s):
    lines = ['name: nightly-renders', '', 'on:', '  schedule:', '    - cron: "%d 3 * * *"' % r.randint(0, 59),
             '  workflow_dispatch: {}', '', 'jobs:', '  render:', '    runs-on: ubuntu-latest', '    env:',
             '      %s: %s' % (p['env'], s.yaml() if s.ref is False else '${{ secrets.%s }}' % p['env']),
             '      BATCH_FILE: prompts/nightly.txt', '    steps:', '      - uses: actions/checkout@v4',
             '      - uses: actions/setup-python@v5', '        with:', '          python-version: "3.11"',
             '      - run: pip install -r requirements.txt', '      - run: python scripts/batch_render.py --file "$BATCH_FILE"']
    return '.github/workflows/%s.yml' % r.choice(['nightly-render', 'thumbnails', 'render']), '\n'.join(lines) + '\n'


@tpl(True)
def t_streamlit_secrets(r, p, s):
    lines = ['# .streamlit/secrets.toml', '%s = %s' % (p['env'], s.toml()), '',
             '[app]', 'title = "%s"' % r.choice(['Poster Lab', 'Thumbnail Studio', 'Avatar Booth']),
             'max_images = %d' % r.randint(1, 8), '', '[storage]', 'bucket = "renders-%s"' % hx(r, 6)]
    return '.streamlit/secrets.toml', '\n'.join(lines) + '\n'


@tpl(True)
def t_node_const(r, p, s):
    body = J(p['body'](r)).replace('\n', '\n  ')
    hdrs = ["    '%s': %s," % (p['hn'], ('`%s${%s}`' % (p['hp'], p['env'])) if p['hp'] else p['env'])]
    hdrs += ["    '%s': '%s'," % kv for kv in extra_hdrs(p)]
    lines = ["import fs from 'node:fs/promises';", '', 'const %s = %s;' % (p['env'], s.js()), '',
             'async function main() {', "  const res = await fetch('%s', {" % p['url'], "    method: 'POST',",
             '    headers: {'] + ['  ' + h for h in hdrs] + [
             "      'Content-Type': 'application/json',", '    },', '    body: JSON.stringify(%s),' % body, '  });',
             '  const data = await res.json();', "  await fs.writeFile('last-response.json', JSON.stringify(data, null, 2));",
             '}', '', 'main().catch((e) => { console.error(e); process.exit(1); });']
    return 'scripts/%s-smoke.mjs' % slug(p), '\n'.join(lines) + '\n'


@tpl(True)
def t_percent_script(r, p, s):
    lines = ['# %% [markdown]', '# Trying %s for the lookbook shots' % p['name'], '', '# %%', 'import os',
             'import json', 'import requests', '', 'os.environ["%s"] = %s' % (p['env'], s.py()), '', '# %%',
             'prompt = "%s"' % r.choice(PROMPTS), 'headers = {"%s": %s}' % (
                 p['hn'], ('"%s" + os.environ["%s"]' % (p['hp'], p['env'])) if p['hp'] else 'os.environ["%s"]' % p['env']),
             'resp = requests.post("%s", headers=headers, json={"prompt": prompt}, timeout=120)' % p['url'],
             'resp.status_code', '', '# %%', 'print(json.dumps(resp.json(), indent=2)[:2000])']
    return 'notebooks/%s_explore.py' % p['id'], '\n'.join(lines) + '\n'


@tpl(True)
def t_ipynb_env(r, p, s):
    cells = [
        {'cell_type': 'markdown', 'metadata': {}, 'source': ['# %s quick test\n' % p['name'], 'Batch of hero images.']},
        {'cell_type': 'code', 'execution_count': 1, 'metadata': {}, 'outputs': [],
         'source': ['%%env %s=%s' % (p['env'], s.inner('dollar'))] if not s.ref else ['import os\n',
                                                                                  'assert os.environ.get("%s")' % p['env']]},
        {'cell_type': 'code', 'execution_count': 2, 'metadata': {}, 'outputs': [],
         'source': ['import os, requests\n', 'PROMPT = "%s"\n' % r.choice(PROMPTS),
                    'r = requests.post("%s", json={"prompt": PROMPT}, timeout=90)\n' % p['url'], 'r.status_code']}]
    nb = {'cells': cells, 'metadata': {'kernelspec': {'display_name': 'Python 3', 'language': 'python', 'name': 'python3'},
                                       'language_info': {'name': 'python', 'version': '3.11.6'}},
          'nbformat': 4, 'nbformat_minor': 5}
    return 'notebooks/%s-test.ipynb' % slug(p), J(nb, 1) + '\n'


@tpl(True)
def t_readme_export(r, p, s):
    lines = ['# %s' % r.choice(['thumbgen', 'poster-bot', 'avatar-pipeline', 'reel-maker']), '',
             'Small tool that turns a product sheet into images with %s.' % p['name'], '', '## Setup', '', '```bash',
             'python -m venv .venv && source .venv/bin/activate', 'pip install -r requirements.txt',
             'export %s=%s' % (p['env'], '"$(pass show genai/%s)"' % p['id'] if s.ref else s.raw), '```', '', '## Usage', '', '```bash',
             'python make_images.py --sheet data/products.csv --out out/', '```', '',
             'Outputs land in `out/` as PNG, one folder per SKU.']
    return r.choice(['README.md', 'docs/setup.md', 'docs/getting-started.md']), '\n'.join(lines) + '\n'


@tpl(True)
def t_powershell(r, p, s):
    val = '$env:%s' % p['env'] if s.ref else '"%s"' % s.raw
    lines = ['# Windows helper for the render box', '$ErrorActionPreference = "Stop"',
             '$env:%s = %s' % (p['env'], val) if not s.ref else '# %s is set machine-wide' % p['env'],
             '$env:OUTPUT_DIR = "D:\\renders"', 'python .\\scripts\\batch.py --prompts .\\prompts\\%s.txt' % r.choice(
                 ['spring', 'catalog', 'social'])]
    if s.ref:
        lines.insert(2, 'if (-not %s) { throw "%s missing" }' % (val, p['env']))
    return 'scripts/run-batch.ps1', '\n'.join(lines) + '\n'


@tpl(True)
def t_makefile(r, p, s):
    lines = ['PYTHON ?= python3', 'export %s ?= %s' % (p['env'], s.plain() if not s.ref else '$(shell cat .secrets/%s)'
                                                         % p['id']), 'OUT ?= out', '', '.PHONY: render clean', '',
             'render:', '\t$(PYTHON) -m pipeline.render --out $(OUT)', '', 'clean:', '\trm -rf $(OUT)']
    return 'Makefile', '\n'.join(lines) + '\n'


@tpl(True)
def t_systemd(r, p, s):
    lines = ['[Unit]', 'Description=%s render queue worker' % p['name'], 'After=network-online.target', '',
             '[Service]', 'User=render', 'WorkingDirectory=/opt/render-worker',
             'Environment=%s=%s' % (p['env'], s.plain()), 'Environment=QUEUE=renders',
             'ExecStart=/opt/render-worker/.venv/bin/python -m worker', 'Restart=on-failure', '',
             '[Install]', 'WantedBy=multi-user.target']
    return 'deploy/render-worker.service', '\n'.join(lines) + '\n'


@tpl(True)
def t_supervisord(r, p, s):
    lines = ['[program:imagegen]', 'command=/srv/imagegen/venv/bin/gunicorn app:app -b 127.0.0.1:%d' % r.choice([8001, 8002]),
             'directory=/srv/imagegen', 'autostart=true', 'autorestart=true',
             'environment=%s="%s",OUTPUT_DIR="/srv/imagegen/out"' % (p['env'], s.inner('dollar')),
             'stdout_logfile=/var/log/imagegen.out.log', 'stderr_logfile=/var/log/imagegen.err.log']
    return 'deploy/supervisor/imagegen.conf', '\n'.join(lines) + '\n'


@tpl(True)
def t_vscode_launch(r, p, s):
    cfg = {'version': '0.2.0', 'configurations': [{
        'name': 'Debug render worker', 'type': 'debugpy', 'request': 'launch', 'module': 'worker.main',
        'justMyCode': True, 'env': {p['env']: '@@S@@', 'LOG_LEVEL': 'debug'}}]}
    txt = J(cfg).replace('"@@S@@"', s.json())
    return '.vscode/launch.json', txt + '\n'


@tpl(True)
def t_k8s_secret(r, p, s):
    lines = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: %s-credentials' % slug(p),
             '  namespace: %s' % r.choice(['media', 'genai', 'render']), 'type: Opaque', 'stringData:',
             '  %s: %s' % (p['env'], s.yaml()), '---', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:',
             '  name: render-config', 'data:', '  MAX_JOBS: "%d"' % r.randint(2, 16)]
    return 'k8s/%s-secret.yaml' % slug(p), '\n'.join(lines) + '\n'


@tpl(True)
def t_tf_var(r, p, s):
    v = p['env'].lower()
    dflt = 'var.%s_override' % v if s.ref else '"%s"' % s.raw
    lines = ['variable "%s" {' % v, '  type      = string', '  sensitive = true', '  default   = %s' % dflt, '}', '',
             'resource "aws_ssm_parameter" "%s" {' % v, '  name  = "/render/%s"' % v, '  type  = "SecureString"',
             '  value = var.%s' % v, '}']
    return 'infra/terraform/%s.tf' % p['id'], '\n'.join(lines) + '\n'


@tpl(True)
def t_go_setenv(r, p, s):
    lines = ['package main', '', 'import (', '\t"log"', '\t"os"', '', '\t"example.com/render/internal/pipeline"', ')', '',
             'func main() {']
    if s.ref:
        lines += ['\tif os.Getenv("%s") == "" {' % p['env'], '\t\tlog.Fatal("%s not set")' % p['env'], '\t}']
    else:
        lines += ['\tos.Setenv("%s", %s)' % (p['env'], s.go())]
    lines += ['\tp := pipeline.New(pipeline.Options{Workers: %d, OutDir: "out"})' % r.randint(2, 8),
              '\tif err := p.Run(); err != nil {', '\t\tlog.Fatal(err)', '\t}', '}']
    return 'cmd/render/main.go', '\n'.join(lines) + '\n'


@tpl(True)
def t_php_define(r, p, s):
    lines = ['<?php', '// config.php - included by upload.php', "define('%s', %s);" % (p['env'], s.php()),
             "define('UPLOAD_DIR', __DIR__ . '/uploads');", "define('MAX_UPLOAD_MB', %d);" % r.choice([8, 12, 20])]
    return r.choice(['config.php', 'includes/config.php']), '\n'.join(lines) + '\n'


@tpl(True)
def t_gradle_props(r, p, s):
    lines = ['org.gradle.jvmargs=-Xmx2048m', 'android.useAndroidX=true', 'kotlin.code.style=official',
             '%s=%s' % (p['env'], s.plain())]
    return 'gradle.properties', '\n'.join(lines) + '\n'


@tpl(True)
def t_py_setdefault(r, p, s):
    lines = ['import os', '', 'import gradio as gr', '', 'os.environ.setdefault("%s", %s)' % (p['env'], s.py()) if not s.ref
             else 'assert os.environ.get("%s"), "set %s"' % (p['env'], p['env']), '',
             'from pipeline import generate  # noqa: E402', '', '',
             'def run(prompt, steps):', '    return generate(prompt, steps=int(steps))', '', '',
             'demo = gr.Interface(run, [gr.Textbox(label="Prompt"), gr.Slider(4, 50, value=%d, label="Steps")], gr.Image())'
             % r.choice([20, 28]), '', 'if __name__ == "__main__":',
             '    demo.launch(server_name="0.0.0.0", server_port=7860)']
    return r.choice(['app.py', 'demo/app.py']), '\n'.join(lines) + '\n'


@tpl(True)
def t_heroku_appjson(r, p, s):
    d = {'name': 'thumbnail-studio', 'stack': 'heroku-22', 'env': {
        p['env']: {'description': '%s key' % p['name'], 'value': '@@S@@'},
        'WEB_CONCURRENCY': {'value': '2'}}, 'buildpacks': [{'url': 'heroku/python'}]}
    return 'app.json', J(d).replace('"@@S@@"', s.json()) + '\n'


@tpl(True)
def t_webui_bat(r, p, s):
    lines = ['@echo off', '', 'set PYTHON=', 'set GIT=', 'set VENV_DIR=',
             'set COMMANDLINE_ARGS=--xformers --api --medvram-sdxl', 'set %s=%s' % (p['env'], s.plain('pct')), '',
             'call webui.bat']
    return 'webui-user.bat', '\r\n'.join(lines) + '\r\n'


@tpl(True)
def t_docker_run(r, p, s):
    lines = ['#!/bin/sh', 'set -e', 'docker pull ghcr.io/acme/render-worker:%s' % r.choice(['latest', '1.4.2', 'main']),
             'docker rm -f render-worker 2>/dev/null || true', 'docker run -d --name render-worker \\',
             '  --restart unless-stopped \\', '  -e %s=%s \\' % (p['env'], s.sh()), '  -e QUEUE_URL=redis://10.0.0.12:6379 \\',
             '  -v /srv/renders:/data/out \\', '  ghcr.io/acme/render-worker']
    return 'deploy/run-worker.sh', '\n'.join(lines) + '\n'


@tpl(True)
def t_fly_toml(r, p, s):
    lines = ['app = "%s"' % r.choice(['poster-lab', 'avatar-booth', 'clipfarm']), 'primary_region = "%s"' % r.choice(
        ['ams', 'iad', 'fra']), '', '[build]', '  dockerfile = "Dockerfile"', '', '[env]',
             '  %s = %s' % (p['env'], s.toml()), '  LOG_LEVEL = "info"', '', '[http_service]', '  internal_port = 8080',
             '  force_https = true']
    return 'fly.toml', '\n'.join(lines) + '\n'


@tpl(True)
def t_gitlab_ci(r, p, s):
    lines = ['stages: [test, render]', '', 'variables:', '  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"',
             '  %s: %s' % (p['env'], s.yaml()), '', 'render-previews:', '  stage: render', '  image: python:3.11',
             '  script:', '    - pip install -r requirements.txt', '    - python scripts/previews.py',
             '  artifacts:', '    paths: [previews/]']
    return '.gitlab-ci.yml', '\n'.join(lines) + '\n'


# ---------------------------- neutral-name templates -----------------------

@tpl(False)
def t_py_requests_inline(r, p, s):
    bd = p['body'](r)
    body = J(bd, 4).replace('\n', '\n    ').replace('true', 'True').replace('false', 'False').replace('null', 'None')
    hl = ['    "%s": %s,' % (p['hn'], s.py_inline(p['hp']))] + ['    "%s": "%s",' % kv for kv in extra_hdrs(p)]
    lines = ['#!/usr/bin/env python3', '"""Render one image per line of prompts.txt."""', 'import os', 'import sys',
             'import time', '', 'import requests', '', 'URL = "%s"' % p['url'], 'HEADERS = {'] + hl + [
        '    "Content-Type": "application/json",', '}', '', '',
        'def submit(prompt):', '    payload = %s' % body]
    if 'prompt' in bd:
        lines.append('    payload["prompt"] = prompt')
    elif 'image_url' in bd:
        lines.append('    payload["image_url"] = prompt  # one URL per line')
    lines += ['    r = requests.post(URL, headers=HEADERS, json=payload, timeout=120)', '    r.raise_for_status()',
              '    return r.json()', '', '', 'if __name__ == "__main__":',
              '    for line in open(sys.argv[1] if len(sys.argv) > 1 else "prompts.txt"):',
              '        print(submit(line.strip()))', '        time.sleep(%d)' % r.choice([1, 2, 3])]
    return 'scripts/%s_batch.py' % p['id'], '\n'.join(lines) + '\n'


@tpl(False)
def t_js_fetch_inline(r, p, s):
    hl = ["      '%s': %s," % (p['hn'], s.js_inline(p['hp']))] + ["      '%s': '%s'," % kv for kv in extra_hdrs(p)]
    lines = ["import type { NextApiRequest, NextApiResponse } from 'next';", '',
             'export default async function handler(req: NextApiRequest, res: NextApiResponse) {',
             "  if (req.method !== 'POST') return res.status(405).end();", '  const { prompt } = req.body;',
             "  const upstream = await fetch('%s', {" % p['url'], "    method: 'POST',", '    headers: {'] + hl + [
        "      'Content-Type': 'application/json',", '    },', '    body: JSON.stringify({ prompt }),', '  });',
        '  const data = await upstream.json();', '  res.status(upstream.status).json(data);', '}']
    return 'pages/api/%s.ts' % r.choice(['generate', 'render', 'image']), '\n'.join(lines) + '\n'


@tpl(False)
def t_go_http(r, p, s):
    lines = ['package client', '', 'import (', '\t"bytes"', '\t"encoding/json"', '\t"net/http"', '\t"os"', '\t"time"', ')',
             '', 'var httpc = &http.Client{Timeout: %d * time.Second}' % r.choice([60, 90, 120]), '',
             '// Generate posts one prompt to %s.' % p['name'], 'func Generate(prompt string) (*http.Response, error) {',
             '\tbody, _ := json.Marshal(map[string]any{"prompt": prompt})',
             '\treq, err := http.NewRequest("POST", "%s", bytes.NewReader(body))' % p['url'], '\tif err != nil {',
             '\t\treturn nil, err', '\t}', '\treq.Header.Set("%s", %s)' % (p['hn'], s.go_inline(p['hp']))]
    lines += ['\treq.Header.Set("%s", "%s")' % kv for kv in extra_hdrs(p)]
    lines += ['\treq.Header.Set("Content-Type", "application/json")', '\t_ = os.Getpid()', '\treturn httpc.Do(req)', '}']
    return 'internal/client/%s.go' % p['id'], '\n'.join(lines) + '\n'


@tpl(False)
def t_curl(r, p, s):
    data = json.dumps(p['body'](r))
    lines = ['#!/usr/bin/env bash', '# quick manual check of the %s endpoint' % p['name'], 'set -euo pipefail', '',
             'curl -sS -X POST "%s" \\' % p['url'], '  -H "%s: %s" \\' % (p['hn'], hdr_value(p, s))]
    lines += ['  -H "%s: %s" \\' % kv for kv in extra_hdrs(p)]
    lines += ['  -H "Content-Type: application/json" \\', "  -d '%s' | jq ." % data]
    return 'scripts/curl-%s.sh' % slug(p), '\n'.join(lines) + '\n'


@tpl(False)
def t_http_file(r, p, s):
    lines = ['### %s - text to image' % p['name'], 'POST %s' % p['url'], '%s: %s' % (p['hn'], hdr_value(p, s, 'http'))]
    lines += ['%s: %s' % kv for kv in extra_hdrs(p)]
    lines += ['Content-Type: application/json', '', J(p['body'](r)), '', '###', 'GET %s' % p['url'].rsplit('/', 1)[0]]
    return 'http/%s.http' % p['id'], '\n'.join(lines) + '\n'


@tpl(False)
def t_n8n(r, p, s):
    wf = {'name': '%s -> Drive' % p['name'], 'nodes': [
        {'parameters': {'rule': {'interval': [{'field': 'hours', 'hoursInterval': r.choice([1, 6, 12])}]}},
         'id': uuid4(r), 'name': 'Schedule Trigger', 'type': 'n8n-nodes-base.scheduleTrigger', 'typeVersion': 1.2,
         'position': [0, 0]},
        {'parameters': {'method': 'POST', 'url': p['url'], 'sendHeaders': True, 'headerParameters': {'parameters': [
            {'name': p['hn'], 'value': '@@H@@'}]}, 'sendBody': True, 'specifyBody': 'json',
            'jsonBody': json.dumps(p['body'](r)), 'options': {}}, 'id': uuid4(r), 'name': 'Generate',
         'type': 'n8n-nodes-base.httpRequest', 'typeVersion': 4.2, 'position': [220, 0]}],
          'connections': {'Schedule Trigger': {'main': [[{'node': 'Generate', 'type': 'main', 'index': 0}]]}},
          'active': False, 'settings': {'executionOrder': 'v1'}, 'versionId': uuid4(r), 'id': rs(r, B62, 16)}
    h = hdr_value(p, s, 'n8n')
    txt = J(wf).replace('"@@H@@"', '"%s%s"' % ('=' if s.ref else '', h))
    return 'workflows/%s.json' % r.choice(['n8n-image-pipeline', 'render-to-drive', 'social-assets']), txt + '\n'


@tpl(False)
def t_make_blueprint(r, p, s):
    bp = {'name': 'Product photo cleanup', 'flow': [
        {'id': 1, 'module': 'google-drive:watchFilesInAFolder', 'version': 4, 'parameters': {'folder': '/Inbox/raw'}},
        {'id': 2, 'module': 'http:ActionSendData', 'version': 3, 'mapper': {
            'url': p['url'], 'method': 'post', 'headers': [{'name': p['hn'], 'value': '@@H@@'}],
            'bodyType': 'raw', 'contentType': 'application/json', 'data': json.dumps(p['body'](r))}}],
          'metadata': {'instant': False, 'version': 1, 'scenario': {'roundtrips': 1, 'maxErrors': 3}}}
    txt = J(bp).replace('"@@H@@"', '"%s"' % hdr_value(p, s, 'make'))
    return 'make/%s.blueprint.json' % p['id'], txt + '\n'


@tpl(False)
def t_postman(r, p, s):
    col = {'info': {'_postman_id': uuid4(r), 'name': '%s sandbox' % p['name'],
                    'schema': 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'},
           'item': [{'name': 'generate', 'request': {'method': 'POST', 'header': [
               {'key': p['hn'], 'value': '@@H@@', 'type': 'text'}] + [
               {'key': k, 'value': v, 'type': 'text'} for k, v in extra_hdrs(p)],
               'body': {'mode': 'raw', 'raw': json.dumps(p['body'](r))}, 'url': {'raw': p['url']}}}]}
    h = hdr_value(p, s) if not s.ref else p['hp'] + '{{%s}}' % p['env'].lower()
    return 'postman/%s.postman_collection.json' % p['id'], J(col, 1).replace('"@@H@@"', '"%s"' % h) + '\n'


@tpl(False, neg=['masked', 'placeholder', 'empty'])
def t_debug_log(r, p, s):
    ts = '2024-%02d-%02dT%02d:%02d:%02d' % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
                                             r.randint(0, 59))
    lines = ['%s.%03dZ INFO  worker[%d] job %s picked up' % (ts, r.randint(0, 999), r.randint(100, 9999), uuid4(r)),
             '%s.%03dZ DEBUG http  -> POST %s' % (ts, r.randint(0, 999), p['url']),
             '%s.%03dZ DEBUG http  -> %s: %s' % (ts, r.randint(0, 999), p['hn'], hdr_value(p, s)),
             '%s.%03dZ DEBUG http  -> Content-Type: application/json' % (ts, r.randint(0, 999)),
             '%s.%03dZ DEBUG http  <- %d (%d ms)' % (ts, r.randint(0, 999), r.choice([200, 201, 202, 429]), r.randint(200, 9000)),
             '%s.%03dZ INFO  worker[%d] stored output renders/%s.png' % (ts, r.randint(0, 999), r.randint(100, 9999), hx(r, 12))]
    return r.choice(['logs/worker.log', 'logs/debug-%s.log' % p['id'], 'var/log/render.log']), '\n'.join(lines) + '\n'


def _sdk_py(p, s, name):
    if p['sdk_py']:
        imp, ctor = p['sdk_py']
        return imp, '%s = %s' % (name, ctor % s.py())
    return 'from render_client import Client', '%s = Client(base_url="%s", api_key=%s)' % (
        name, p['url'].split('/v')[0], s.py())


@tpl(False)
def t_py_ctor(r, p, s):
    imp, ctor = _sdk_py(p, s, 'client')
    lines = ['import argparse', 'import os', imp, '', ctor, '', '',
             'def main():', '    ap = argparse.ArgumentParser()', '    ap.add_argument("prompt")',
             '    ap.add_argument("--seed", type=int, default=%d)' % seed(r), '    args = ap.parse_args()',
             '    print("submitting", args.prompt, "seed", args.seed)', '    print(client)', '', '',
             'if __name__ == "__main__":', '    main()']
    return 'tools/%s_cli.py' % p['id'], '\n'.join(lines) + '\n'


@tpl(False)
def t_js_ctor(r, p, s):
    if p['sdk_js']:
        imp, ctor = p['sdk_js']
        ctor = ctor % s.js()
    else:
        imp, ctor = "import { createClient } from './lib/http';", "createClient({ baseUrl: '%s', apiKey: %s })" % (
            p['url'].split('/v')[0], s.js())
    if ctor.startswith('fal.config'):
        lines = [imp, '', ctor + ';', 'const client = fal;']
    else:
        lines = [imp, '', 'const client = %s;' % ctor]
    lines += ['', 'export async function render(prompt: string) {', "  console.log('render', prompt);",
              '  return { client: typeof client, prompt };', '}']
    return 'src/lib/%s.ts' % p['id'], '\n'.join(lines) + '\n'


@tpl(False)
def t_comfy_json(r, p, s):
    cfg = {'api_key': '@@S@@', 'base_url': p['url'].split('/v')[0], 'timeout': r.choice([60, 120, 300]),
           'poll_interval': r.choice([1.5, 2, 3]), 'save_metadata': True}
    txt = J(cfg, 4).replace('"@@S@@"', s.json())
    return 'custom_nodes/ComfyUI-%s-API/config.json' % p['name'].split()[0].replace('.', ''), txt + '\n'


@tpl(False)
def t_comfy_ini(r, p, s):
    lines = ['[%s]' % p['id'], 'api_key = %s' % s.plain(), 'endpoint = %s' % p['url'], '', '[defaults]',
             'steps = %d' % r.choice([20, 28, 30]), 'cfg = %s' % r.choice(['3.5', '5', '7']), 'save_prompt = true']
    return 'custom_nodes/comfyui-%s-nodes/config.ini' % slug(p), '\n'.join(lines) + '\n'


@tpl(False)
def t_comfy_node(r, p, s):
    cls = p['name'].split()[0].replace('.', '').replace('-', '') + 'Generate'
    lines = ['import requests', 'import torch', '', '', 'class %s:' % cls, '    @classmethod', '    def INPUT_TYPES(cls):',
             '        return {', '            "required": {', '                "prompt": ("STRING", {"multiline": True}),',
             '                "seed": ("INT", {"default": %d, "min": 0, "max": 0xffffffff}),' % seed(r),
             '                "api_key": ("STRING", {"default": %s}),' % s.py() if not s.ref else
             '                "api_key": ("STRING", {"default": ""}),', '            }', '        }', '',
             '    RETURN_TYPES = ("IMAGE",)', '    FUNCTION = "run"', '    CATEGORY = "api/%s"' % p['id'], '',
             '    def run(self, prompt, seed, api_key):',
             '        r = requests.post("%s", headers={"%s": "%s" + api_key}, json={"prompt": prompt, "seed": seed})'
             % (p['url'], p['hn'], p['hp']), '        r.raise_for_status()', '        return (torch.zeros(1, 64, 64, 3),)',
             '', '', 'NODE_CLASS_MAPPINGS = {"%s": %s}' % (cls, cls)]
    if s.ref:
        lines[11] = '                "api_key": ("STRING", {"default": %s}),' % s.py()
    return 'custom_nodes/comfyui_%s/nodes.py' % p['id'], '\n'.join(lines) + '\n'


@tpl(False)
def t_comfy_yaml(r, p, s):
    lines = ['# settings for the %s bridge nodes' % p['name'], 'provider: %s' % p['id'], 'credentials:',
             '  key: %s' % s.yaml(), 'request:', '  timeout_s: %d' % r.choice([60, 120]), '  retries: 3',
             'output:', '  subfolder: %s' % p['id'], '  format: png']
    return 'custom_nodes/comfyui-%s/settings.yaml' % slug(p), '\n'.join(lines) + '\n'


@tpl(False)
def t_a1111_config(r, p, s):
    d = {'samples_save': True, 'samples_format': 'png', 'grid_save': False, 'CLIP_stop_at_last_layers': r.choice([1, 2]),
         'sd_model_checkpoint': '%s [%s]' % (r.choice(CKPTS), hx(r, 10)), 'sd_vae': 'Automatic',
         '%s_api_key' % p['id']: '@@S@@', '%s_upscale_factor' % p['id']: r.choice([2, 4]),
         'show_progress_every_n_steps': 10, 'quicksettings_list': ['sd_model_checkpoint', 'sd_vae']}
    return r.choice(['config.json', 'stable-diffusion-webui/config.json']), J(d, 4).replace('"@@S@@"', s.json()) + '\n'


@tpl(False)
def t_a1111_ext(r, p, s):
    lines = ['import modules.scripts as scripts', 'from modules import script_callbacks, shared', '', '',
             'def on_ui_settings():', '    section = ("%s", "%s")' % (p['id'], p['name']), '    shared.opts.add_option(',
             '        "%s_key",' % p['id'], '        shared.OptionInfo(%s, "API key", section=section),' % s.py(),
             '    )', '    shared.opts.add_option(', '        "%s_timeout",' % p['id'],
             '        shared.OptionInfo(120, "Timeout (s)", section=section),', '    )', '', '',
             'script_callbacks.on_ui_settings(on_ui_settings)']
    return 'extensions/sd-webui-%s/scripts/settings.py' % slug(p), '\n'.join(lines) + '\n'


@tpl(False)
def t_blender_prefs(r, p, s):
    lines = ['bl_info = {', '    "name": "%s Texture Generator",' % p['name'], '    "blender": (%d, %d, 0),' % (
        r.choice([3, 4]), r.choice([0, 1, 2, 6])), '    "category": "Material",', '}', '', 'import bpy', 'import os', '', '',
             'class GenTexPreferences(bpy.types.AddonPreferences):', '    bl_idname = __name__', '',
             '    api_key: bpy.props.StringProperty(', '        name="API Key",', '        subtype="PASSWORD",',
             '        default=%s,' % (s.py() if not s.ref else 'os.environ.get("%s", "")' % p['env']), '    )',
             '    resolution: bpy.props.EnumProperty(items=[("1024", "1024", ""), ("2048", "2048", "")])', '',
             '    def draw(self, context):', '        self.layout.prop(self, "api_key")',
             '        self.layout.prop(self, "resolution")']
    return 'addons/gen_texture/__init__.py', '\n'.join(lines) + '\n'


@tpl(False)
def t_unity_cs(r, p, s):
    lines = ['using System.Collections;', 'using UnityEngine;', 'using UnityEngine.Networking;', '',
             'public class SkyboxGenerator : MonoBehaviour', '{',
             '    [SerializeField] private string endpoint = "%s";' % p['url'],
             '    [SerializeField] private string apiKey = %s;' % s.cs() if not s.ref else
             '    private string apiKey => %s;' % s.cs(), '    [SerializeField] private int seed = %d;' % r.randint(0, 99999), '',
             '    public IEnumerator Generate(string prompt)', '    {',
             '        var req = new UnityWebRequest(endpoint, "POST");',
             '        req.SetRequestHeader("%s", "%s" + apiKey);' % (p['hn'], p['hp']),
             '        req.downloadHandler = new DownloadHandlerBuffer();', '        yield return req.SendWebRequest();',
             '        Debug.Log(req.downloadHandler.text);', '    }', '}']
    return 'Assets/Scripts/SkyboxGenerator.cs', '\n'.join(lines) + '\n'


@tpl(False)
def t_unity_asset(r, p, s):
    lines = ['%YAML 1.1', '%TAG !u! tag:unity3d.com,2011:', '--- !u!114 &11400000', 'MonoBehaviour:',
             '  m_ObjectHideFlags: 0', '  m_Enabled: 1', '  m_Script: {fileID: 11500000, guid: %s, type: 3}' % hx(r, 32),
             '  m_Name: GenAISettings', '  provider: %s' % p['id'], '  apiKey: %s' % (s.raw if not s.ref else ''),
             '  imageSize: %d' % r.choice([512, 1024]), '  useCache: 1']
    return 'Assets/Settings/GenAISettings.asset', '\n'.join(lines) + '\n'


@tpl(False)
def t_helm_values(r, p, s):
    lines = ['replicaCount: %d' % r.randint(1, 4), 'image:', '  repository: ghcr.io/acme/render-api',
             '  tag: "%s"' % r.choice(['1.8.0', '2.0.3', 'sha-%s' % hx(r, 7)]), '', 'providers:', '  %s:' % p['id'],
             '    enabled: true', '    endpoint: %s' % p['url'], '    token: %s' % s.yaml(), '', 'resources:',
             '  limits:', '    memory: 1Gi']
    return r.choice(['deploy/values.yaml', 'charts/render-api/values.prod.yaml']), '\n'.join(lines) + '\n'


@tpl(False)
def t_spring_yml(r, p, s):
    lines = ['server:', '  port: 8080', 'genai:', '  %s:' % p['id'], '    base-url: %s' % p['url'].split('/v')[0],
             '    api-key: %s' % s.yaml(), '    timeout: 90s', 'logging:', '  level:', '    root: INFO']
    return 'src/main/resources/application.yml', '\n'.join(lines) + '\n'


@tpl(False)
def t_properties(r, p, s):
    lines = ['# render service', 'render.output.dir=/data/renders', 'render.workers=%d' % r.randint(2, 8),
             'genai.%s.endpoint=%s' % (p['id'], p['url']), 'genai.%s.key=%s' % (p['id'], s.plain())]
    return 'src/main/resources/application.properties', '\n'.join(lines) + '\n'


@tpl(False)
def t_xml_appconfig(r, p, s):
    name = p['name'].split()[0].replace('.', '').replace('-', '')
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<configuration>', '  <appSettings>',
             '    <add key="OutputFolder" value="C:\\Renders" />', '    <add key="%sEndpoint" value="%s" />' % (name, p['url']),
             '    <add key="%sKey" value="%s" />' % (name, s.inner('pct')), '    <add key="MaxParallel" value="%d" />'
             % r.randint(1, 6), '  </appSettings>', '</configuration>']
    return 'RenderDesk/App.config', '\n'.join(lines) + '\n'


@tpl(False)
def t_toml_cli(r, p, s):
    lines = ['# ~/.config/imgcli/config.toml', 'default_provider = "%s"' % p['id'], '', '[providers.%s]' % p['id'],
             'key = %s' % s.toml(), 'endpoint = "%s"' % p['url'], '', '[output]', 'dir = "~/Pictures/imgcli"',
             'format = "png"']
    return 'config/imgcli.toml', '\n'.join(lines) + '\n'


@tpl(False)
def t_argparse_default(r, p, s):
    lines = ['import argparse', 'import os', '', 'import requests', '', '',
             'def parse():', '    ap = argparse.ArgumentParser(description="Upscale a folder of images")',
             '    ap.add_argument("folder")', '    ap.add_argument("--scale", type=int, default=%d)' % r.choice([2, 4]),
             '    ap.add_argument("--token", default=%s)' % s.py(), '    return ap.parse_args()', '', '',
             'if __name__ == "__main__":', '    a = parse()', '    for f in sorted(os.listdir(a.folder)):',
             '        requests.post("%s", headers={"%s": "%s" + a.token}, files={"image": open(os.path.join(a.folder, f), "rb")})'
             % (p['url'], p['hn'], p['hp'])]
    return 'scripts/upscale_folder.py', '\n'.join(lines) + '\n'


@tpl(False)
def t_positional_sh(r, p, s):
    lines = ['#!/usr/bin/env bash', '# usage: ./render.sh "<prompt>"', 'set -e', 'PROMPT="${1:?prompt}"',
             'python3 tools/render.py "$PROMPT" --out out/ --provider %s %s' % (p['id'], s.sh())]
    return 'render.sh', '\n'.join(lines) + '\n'


@tpl(False)
def t_rust_const(r, p, s):
    if s.ref:
        k = 'let key = %s;' % s.rust()
    else:
        k = 'let key = %s;' % s.rust()
    lines = ['use reqwest::Client;', 'use serde_json::json;', '', '#[tokio::main]',
             'async fn main() -> Result<(), Box<dyn std::error::Error>> {', '    %s' % k,
             '    let resp = Client::new()', '        .post("%s")' % p['url'],
             '        .header("%s", format!("%s{}", key))' % (p['hn'], p['hp']),
             '        .json(&json!({"prompt": "%s"}))' % r.choice(PROMPTS), '        .send()', '        .await?;',
             '    println!("{}", resp.status());', '    Ok(())', '}']
    return 'src/main.rs', '\n'.join(lines) + '\n'


@tpl(False)
def t_ruby_cfg(r, p, s):
    lines = ['# config/initializers/%s.rb' % p['id'], 'MediaGen.configure do |c|', '  c.provider = :%s' % p['id'],
             '  c.api_key = %s' % s.rb(), '  c.timeout = %d' % r.choice([60, 90]), 'end']
    return 'config/initializers/%s.rb' % p['id'], '\n'.join(lines) + '\n'


@tpl(False)
def t_php_header(r, p, s):
    lines = ['<?php', 'require __DIR__ . "/vendor/autoload.php";', '', '$client = new GuzzleHttp\\Client();',
             "$res = $client->post('%s', [" % p['url'], "    'headers' => [",
             "        '%s' => %s," % (p['hn'], ("'%s' . %s" % (p['hp'], s.php())) if p['hp'] else s.php()),
             '    ],', "    'multipart' => [", "        ['name' => 'image_file', 'contents' => fopen($argv[1], 'r')],",
             '    ],', ']);', "file_put_contents('out.png', $res->getBody());"]
    return 'bin/process.php', '\n'.join(lines) + '\n'


@tpl(False, neg=['placeholder', 'empty', 'masked', 'secretref', 'example'])
def t_sql_insert(r, p, s):
    lines = ['-- seed data for the staging database', 'INSERT INTO integrations (id, workspace_id, provider, label, api_key, created_at)',
             "VALUES (%d, %d, '%s', '%s', '%s', '2024-%02d-%02d 10:%02d:00');" % (
                 r.randint(1, 500), r.randint(1, 90), p['id'], r.choice(['default', 'studio', 'batch']), s.raw,
                 r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)),
             '', "UPDATE workspaces SET default_provider = '%s' WHERE id = %d;" % (p['id'], r.randint(1, 90))]
    return 'db/seeds/%s_integrations.sql' % r.choice(['001', '002', '010']), '\n'.join(lines) + '\n'


@tpl(False, neg=['placeholder', 'empty', 'masked', 'secretref', 'example'])
def t_csv_accounts(r, p, s):
    rows = ['provider,label,key,monthly_budget_usd,owner']
    rows.append('%s,%s,%s,%d,%s' % (p['id'], r.choice(['prod', 'render-farm', 'agency']), s.raw, r.choice([50, 200, 500]),
                                    r.choice(FIRST)))
    for pid in r.sample(['midjourney', 'ideogram-web', 'canva', 'adobe-firefly'], 2):
        rows.append('%s,%s,,%d,%s' % (pid, 'web-seat', r.choice([10, 30, 60]), r.choice(FIRST)))
    return r.choice(['ops/ai-accounts.csv', 'docs/vendors.csv']), '\n'.join(rows) + '\n'


@tpl(False)
def t_tf_k8s(r, p, s):
    val = 'var.%s_key' % p['id'] if s.ref else '"%s"' % s.raw
    lines = ['resource "kubernetes_secret" "genai" {', '  metadata {', '    name      = "genai-keys"',
             '    namespace = "render"', '  }', '  data = {', '    %s_key = %s' % (p['id'], val), '  }', '}']
    return 'infra/k8s-secrets.tf', '\n'.join(lines) + '\n'


@tpl(False)
def t_nginx(r, p, s):
    host = p['url'].split('/')[2]
    lines = ['# reverse proxy so the browser never talks to %s directly' % p['name'], 'location /api/gen/ {',
             '    proxy_pass %s/;' % p['url'].rsplit('/', 1)[0], '    proxy_set_header Host %s;' % host,
             '    proxy_set_header %s "%s";' % (p['hn'], hdr_value(p, s)), '    proxy_ssl_server_name on;',
             '    client_max_body_size 20m;', '}']
    return 'deploy/nginx/gen-proxy.conf', '\n'.join(lines) + '\n'


@tpl(False)
def t_caddy(r, p, s):
    host = p['url'].split('/')[2]
    lines = ['gen.%s {' % r.choice(['studio.example', 'internal.acme', 'lab.local']), '\thandle_path /upstream/* {',
             '\t\treverse_proxy https://%s {' % host, '\t\t\theader_up Host {upstream_hostport}',
             '\t\t\theader_up %s "%s"' % (p['hn'], hdr_value(p, s)), '\t\t}', '\t}', '}']
    return 'Caddyfile', '\n'.join(lines) + '\n'


@tpl(False)
def t_build_gradle(r, p, s):
    lines = ['android {', '    namespace "com.acme.photocut"', '    compileSdk 34', '    defaultConfig {',
             '        applicationId "com.acme.photocut"', '        minSdk 26', '        targetSdk 34',
             '        versionCode %d' % r.randint(10, 90), '        buildConfigField "String", "CUTOUT_KEY", "\\"%s\\""' % s.inner('dollar'),
             '    }', '}']
    return 'app/build.gradle', '\n'.join(lines) + '\n'


@tpl(False)
def t_swift(r, p, s):
    lines = ['import Foundation', '', 'enum Backend {', '    static let endpoint = URL(string: "%s")!' % p['url'],
             '    static let key = %s' % s.swift(), '}', '', 'func makeRequest(prompt: String) -> URLRequest {',
             '    var req = URLRequest(url: Backend.endpoint)', '    req.httpMethod = "POST"',
             '    req.setValue("%s" + Backend.key, forHTTPHeaderField: "%s")' % (p['hp'], p['hn']),
             '    req.httpBody = try? JSONSerialization.data(withJSONObject: ["prompt": prompt])', '    return req', '}']
    return 'StickerLab/Backend.swift', '\n'.join(lines) + '\n'


@tpl(False)
def t_electron_settings(r, p, s):
    d = {'theme': r.choice(['dark', 'system']), 'outputFolder': '~/Pictures/Generated', 'provider': p['id'],
         'providerKey': '@@S@@', 'autoUpscale': r.choice([True, False]), 'recentPrompts': r.sample(PROMPTS, 2)}
    return 'resources/default-settings.json', J(d).replace('"@@S@@"', s.json()) + '\n'


@tpl(False)
def t_react_tsx(r, p, s):
    lines = ["import { useState } from 'react';", '', 'const KEY = %s;' % s.js() if not s.ref else
             'const KEY = import.meta.env.VITE_%s;' % p['env'], '',
             'export default function Generator() {', "  const [url, setUrl] = useState<string | null>(null);",
             '  async function go(prompt: string) {', "    const res = await fetch('%s', {" % p['url'],
             "      method: 'POST',", "      headers: { '%s': `%s${KEY}`, 'Content-Type': 'application/json' }," % (
                 p['hn'], p['hp']), '      body: JSON.stringify({ prompt }),', '    });',
             '    const json = await res.json();', '    setUrl(json.url ?? null);', '  }',
             "  return <button onClick={() => go('%s')}>{url ?? 'Generate'}</button>;" % r.choice(PROMPTS)[:40], '}']
    return 'src/components/Generator.tsx', '\n'.join(lines) + '\n'


@tpl(False)
def t_py_dataclass(r, p, s):
    lines = ['from dataclasses import dataclass, field', 'import os', '', '', '@dataclass', 'class ProviderConfig:',
             '    name: str = "%s"' % p['id'], '    endpoint: str = "%s"' % p['url'],
             '    api_key: str = %s' % s.py() if not s.ref else
             '    api_key: str = field(default_factory=lambda: %s)' % s.py(),
             '    timeout: float = %s' % r.choice(['60.0', '90.0']), '    max_retries: int = 3']
    return 'pipeline/providers/%s.py' % p['id'], '\n'.join(lines) + '\n'


@tpl(False)
def t_go_struct(r, p, s):
    lines = ['package config', '', 'import "os"', '', 'var _ = os.Getenv', '', '// Defaults used by the CLI.',
             'var Defaults = Provider{', '\tName:    "%s",' % p['id'], '\tBaseURL: "%s",' % p['url'].split('/v')[0],
             '\tAPIKey:  %s,' % s.go(), '\tWorkers: %d,' % r.randint(1, 8), '}']
    return 'internal/config/defaults.go', '\n'.join(lines) + '\n'


@tpl(False)
def t_md_troubleshoot(r, p, s):
    lines = ['## Troubleshooting: 401 from %s' % p['name'], '',
             'If the worker logs `401 Unauthorized`, test the key directly:', '', '```sh',
             'curl -i %s \\' % p['url'], '  -H "%s: %s"' % (p['hn'], hdr_value(p, s, 'text')), '```', '',
             'A `200`/`202` means the key is fine and the problem is in the queue config.']
    return r.choice(['docs/troubleshooting.md', 'docs/runbooks/provider-auth.md']), '\n'.join(lines) + '\n'


@tpl(False)
def t_ipynb_ctor(r, p, s):
    imp, ctor = _sdk_py(p, s, 'client')
    nb = {'cells': [
        {'cell_type': 'code', 'execution_count': 3, 'metadata': {}, 'outputs': [],
         'source': ['import os\n', imp + '\n', '\n', ctor]},
        {'cell_type': 'code', 'execution_count': 4, 'metadata': {}, 'outputs': [
            {'name': 'stdout', 'output_type': 'stream', 'text': ['seed=%d\n' % seed(r)]}],
         'source': ['print(f"seed={%d}")' % seed(r)]}],
        'metadata': {'kernelspec': {'display_name': 'Python 3', 'language': 'python', 'name': 'python3'}},
        'nbformat': 4, 'nbformat_minor': 5}
    return 'notebooks/%s_sdk.ipynb' % p['id'], J(nb, 1) + '\n'


@tpl(False)
def t_ini_bot(r, p, s):
    lines = ['[bot]', 'prefix = !', 'owner_id = %d' % snowflake(r), '', '[render]',
             'provider = %s' % p['id'], 'credential = %s' % s.plain(), 'max_queue = %d' % r.randint(5, 50)]
    return 'bot.ini', '\n'.join(lines) + '\n'


@tpl(False)
def t_lua_conf(r, p, s):
    lines = ['-- OBS script settings for live AI backgrounds', 'local M = {}', 'M.endpoint = "%s"' % p['url'],
             'M.key = %s' % ('os.getenv("%s")' % p['env'] if s.ref else '"%s"' % s.raw), 'M.interval = %d' % r.choice([10, 30]),
             'return M']
    return 'obs/ai_background_conf.lua', '\n'.join(lines) + '\n'


# ---------------------------- special-provider templates --------------------

@tpl(False, prov=['discord'])
def t_mj_bridge_json(r, p, s):
    d = {'serverId': str(snowflake(r)), 'channelId': str(snowflake(r)), 'token': '@@S@@', 'debug': False,
         'huggingFaceToken': None, 'ws': True, 'proxy': None}
    return 'midjourney-bridge/config.json', J(d).replace('"@@S@@"', s.json()) + '\n'


@tpl(False, prov=['discord'])
def t_mj_client_js(r, p, s):
    lines = ["import { Midjourney } from 'midjourney';", '', 'const client = new Midjourney({',
             "  ServerId: '%d'," % snowflake(r), "  ChannelId: '%d'," % snowflake(r), '  SalaiToken: %s,' % s.js(),
             '  Ws: true,', '});', '', 'await client.init();',
             "const msg = await client.Imagine('%s --ar 3:2 --v 6');" % r.choice(PROMPTS), 'console.log(msg?.uri);',
             'client.Close();']
    return 'mj/imagine.mjs', '\n'.join(lines) + '\n'


@tpl(False, prov=['discord'])
def t_mjproxy_yml_token(r, p, s):
    lines = ['mj:', '  discord:', '    guild-id: %d' % snowflake(r), '    channel-id: %d' % snowflake(r),
             '    user-token: %s' % s.yaml(), '    user-agent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"',
             '  queue:', '    core-size: 3', '    queue-size: 10', '  translate-way: null']
    return 'midjourney-proxy/config/application.yml', '\n'.join(lines) + '\n'


@tpl(False, prov=['discord'])
def t_discord_interaction_py(r, p, s):
    lines = ['import requests', '', 'HEADERS = {', '    "authorization": %s,' % s.py(), '    "content-type": "application/json",', '}',
             '', 'payload = {', '    "type": 2,', '    "application_id": "936929561302675456",',
             '    "guild_id": "%d",' % snowflake(r), '    "channel_id": "%d",' % snowflake(r), '    "session_id": "%s",' % hx(r, 32),
             '    "data": {"name": "imagine", "type": 1, "options": [{"type": 3, "name": "prompt", "value": "%s"}]},'
             % r.choice(PROMPTS), '}', '',
             'r = requests.post("https://discord.com/api/v9/interactions", json=payload, headers=HEADERS)', 'print(r.status_code)']
    return 'automation/mj_imagine.py', '\n'.join(lines) + '\n'


@tpl(True, prov=['discord_bot'])
def t_discord_bot_compose(r, p, s):
    lines = ['services:', '  mj-relay:', '    image: ghcr.io/acme/mj-relay:latest', '    environment:',
             '      DISCORD_BOT_TOKEN: %s' % s.yaml(), '      GUILD_ID: "%d"' % snowflake(r), '      RELAY_CHANNEL_ID: "%d"' % snowflake(r),
             '    restart: always']
    return 'relay/docker-compose.yml', '\n'.join(lines) + '\n'


@tpl(False, prov=['discord_bot'])
def t_discord_bot_run(r, p, s):
    lines = ['import discord', 'from discord.ext import commands', '', 'intents = discord.Intents.default()',
             'intents.message_content = True', 'bot = commands.Bot(command_prefix="!", intents=intents)', '', '',
             '@bot.command()', 'async def render(ctx, *, prompt: str):', '    await ctx.send(f"queued: {prompt}")', '', '',
             'bot.run(%s)' % s.py()]
    return 'bot/main.py', '\n'.join(lines) + '\n'


@tpl(False, prov=['discord_webhook'])
def t_webhook_py(r, p, s):
    lines = ['import requests', '', 'NOTIFY = %s' % s.py(), '', '',
             'def announce(image_path, prompt):', '    with open(image_path, "rb") as fh:',
             '        requests.post(NOTIFY, data={"content": f"new render: {prompt}"}, files={"file": fh}, timeout=30)']
    return 'pipeline/notify.py', '\n'.join(lines) + '\n'


@tpl(True, prov=['discord_webhook'])
def t_webhook_yaml(r, p, s):
    lines = ['queue:', '  name: renders', '  concurrency: %d' % r.randint(1, 6), 'notifications:', '  discord:',
             '    enabled: true', '    DISCORD_WEBHOOK_URL: %s' % s.yaml(), '    mention_role: "%d"' % snowflake(r)]
    return 'config/notify.yaml', '\n'.join(lines) + '\n'


@tpl(True, prov=['kling'])
def t_kling_jwt(r, p, s):
    ak = rs(r, B62, 32)
    lines = ['import time', 'import os', '', 'import jwt', '', 'KLING_ACCESS_KEY = "%s"' % ak,
             'KLING_SECRET_KEY = %s' % s.py(), '', '',
             'def kling_token():', '    now = int(time.time())',
             '    payload = {"iss": KLING_ACCESS_KEY, "exp": now + 1800, "nbf": now - 5}',
             '    return jwt.encode(payload, KLING_SECRET_KEY, algorithm="HS256", headers={"alg": "HS256", "typ": "JWT"})']
    return 'video/kling_auth.py', '\n'.join(lines) + '\n'


@tpl(False, prov=['kling'])
def t_kling_yaml(r, p, s):
    lines = ['kling:', '  base_url: https://api.klingai.com', '  access_key: %s' % rs(r, B62, 32),
             '  secret_key: %s' % s.yaml(), '  model: %s' % r.choice(['kling-v1-6', 'kling-v2-master']),
             '  duration: %d' % r.choice([5, 10]), '  mode: std']
    return 'config/video_providers.yaml', '\n'.join(lines) + '\n'


@tpl(True, prov=['fal_split'])
def t_fal_split(r, p, s):
    lines = ['FAL_KEY_ID=%s' % uuid4(r), 'FAL_KEY_SECRET=%s' % s.plain(), 'FAL_QUEUE=fal-ai/flux/schnell',
             'OUT_BUCKET=gs://acme-renders']
    return r.choice(['config/fal.env', 'deploy/fal.properties']), '\n'.join(lines) + '\n'


@tpl(False, prov=['replicate_webhook'])
def t_webhook_fastapi(r, p, s):
    lines = ['import base64', 'import hashlib', 'import hmac', '', 'from fastapi import FastAPI, Request, HTTPException', '',
             'app = FastAPI()', 'SIGNING_SECRET = %s' % s.py(), '', '', '@app.post("/hooks/replicate")',
             'async def hook(req: Request):', '    body = await req.body()',
             '    msg_id, ts = req.headers["webhook-id"], req.headers["webhook-timestamp"]',
             '    key = base64.b64decode(SIGNING_SECRET.split("_", 1)[1])',
             '    sig = base64.b64encode(hmac.new(key, f"{msg_id}.{ts}.".encode() + body, hashlib.sha256).digest()).decode()',
             '    if f"v1,{sig}" not in req.headers["webhook-signature"].split():',
             '        raise HTTPException(401)', '    return {"ok": True}']
    return 'api/hooks.py', '\n'.join(lines) + '\n'


@tpl(True, prov=['replicate_webhook'])
def t_webhook_env_ts(r, p, s):
    lines = ["import { validateWebhook } from 'replicate';", '',
             'const REPLICATE_WEBHOOK_SECRET = %s;' % s.js(), '',
             'export async function POST(request: Request) {',
             '  const ok = await validateWebhook(request.clone(), REPLICATE_WEBHOOK_SECRET);',
             "  if (!ok) return new Response('bad signature', { status: 401 });", '  const prediction = await request.json();',
             "  console.log('prediction', prediction.id, prediction.status);", "  return new Response('ok');", '}']
    return 'app/api/webhooks/replicate/route.ts', '\n'.join(lines) + '\n'


@tpl(False, prov=['a1111'], neg=['placeholder', 'empty', 'masked', 'example'])
def t_webui_bat_auth(r, p, s):
    lines = ['@echo off', '', 'set PYTHON=', 'set GIT=', 'set VENV_DIR=',
             'set COMMANDLINE_ARGS=--xformers --listen --api --api-auth %s:%s' % (r.choice(['admin', 'render', 'studio']), s.raw),
             '', 'call webui.bat']
    return 'webui-user.bat', '\r\n'.join(lines) + '\r\n'


@tpl(False, prov=['a1111'], neg=['placeholder', 'empty', 'masked', 'example', 'envref'])
def t_webui_sh_auth(r, p, s):
    lines = ['#!/bin/bash', '# Commandline arguments for webui.py', '',
             'export COMMANDLINE_ARGS="--listen --port 7860 --enable-insecure-extension-access --gradio-auth %s:%s"'
             % (r.choice(['artist', 'team', 'guest']), s.inner('dollar')), '', 'python_cmd="python3.10"']
    return 'webui-user.sh', '\n'.join(lines) + '\n'


@tpl(False, prov=['a1111'])
def t_gradio_auth(r, p, s):
    lines = ['import gradio as gr', 'import os', '', 'from pipeline import txt2img', '',
             'demo = gr.Interface(txt2img, gr.Textbox(label="Prompt"), gr.Image(label="Result"))', '',
             'demo.queue(max_size=%d).launch(' % r.choice([8, 16, 32]), '    server_name="0.0.0.0",',
             '    auth=("%s", %s),' % (r.choice(['studio', 'client', 'review']), s.py()), '    share=False,', ')']
    return 'serve.py', '\n'.join(lines) + '\n'


@tpl(False, prov=['mjproxy'])
def t_mjproxy_secret(r, p, s):
    lines = ['#!/bin/sh', 'docker run -d --name midjourney-proxy \\', '  -p 8080:8080 \\',
             '  -e mj.discord.guild-id=%d \\' % snowflake(r), '  -e mj.discord.channel-id=%d \\' % snowflake(r),
             '  -e mj.discord.user-token="${MJ_USER_TOKEN}" \\', '  -e mj.api-secret=%s \\' % s.sh(),
             '  --restart=always \\', '  novicezk/midjourney-proxy:2.6.3']
    return 'deploy/mj-proxy.sh', '\n'.join(lines) + '\n'


@tpl(False, prov=['mjproxy'])
def t_mjproxy_client(r, p, s):
    lines = ['import requests', '', 'BASE = "http://mj-proxy.internal:8080/mj"', 'HDR = {"mj-api-secret": %s}' % s.py(), '',
             'task = requests.post(f"{BASE}/submit/imagine", json={"prompt": "%s"}, headers=HDR).json()' % r.choice(PROMPTS),
             'print(task["result"])']
    return 'clients/mj_submit.py', '\n'.join(lines) + '\n'


@tpl(True, prov=['discord'])
def t_salai_compose(r, p, s):
    lines = ['services:', '  mj-api:', '    image: ghcr.io/acme/midjourney-api:%s' % r.choice(['latest', '4.3.17']),
             '    ports: ["8080:8080"]', '    environment:', '      SERVER_ID: "%d"' % snowflake(r),
             '      CHANNEL_ID: "%d"' % snowflake(r), '      SALAI_TOKEN: %s' % s.yaml(), '      HUGGINGFACE_TOKEN: ""',
             '    restart: unless-stopped']
    return 'mj-api/docker-compose.yml', '\n'.join(lines) + '\n'


@tpl(True, prov=['a1111'])
def t_webui_pw_k8s(r, p, s):
    lines = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: webui-auth', '  namespace: diffusion', 'type: Opaque',
             'stringData:', '  GRADIO_USERNAME: %s' % r.choice(['studio', 'admin', 'render']), '  GRADIO_PASSWORD: %s' % s.yaml()]
    return 'k8s/webui-auth.yaml', '\n'.join(lines) + '\n'


@tpl(True, prov=['mjproxy'])
def t_mjproxy_compose(r, p, s):
    lines = ['version: "3"', 'services:', '  midjourney-proxy:', '    image: novicezk/midjourney-proxy:2.6.3',
             '    ports:', '      - "8080:8080"', '    environment:', '      - mj.discord.guild-id=%d' % snowflake(r),
             '      - mj.discord.channel-id=%d' % snowflake(r), '      - mj.discord.user-token=${MJ_USER_TOKEN}',
             '      - MJ_API_SECRET=%s' % s.plain(), '    restart: always']
    return 'mj-proxy/docker-compose.yml', '\n'.join(lines) + '\n'


# --------------------------------------------------------------------------
# Look-alike negatives: nothing here is a credential
# --------------------------------------------------------------------------

LOOKS = []


def look(area):
    def deco(f):
        LOOKS.append(dict(fn=f, area=area, name=f.__name__))
        return f
    return deco


def repl_pred_id(r):
    return rs(r, LOWNUM, 26)


def civ_hashes(r):
    sha = hx(r, 64).upper()
    return {'AutoV1': hx(r, 8).upper(), 'AutoV2': sha[:10], 'SHA256': sha, 'CRC32': hx(r, 8).upper(),
            'BLAKE3': hx(r, 64).upper(), 'AutoV3': hx(r, 12).upper()}


def cf_signed(r, path):
    return 'https://d%s.cloudfront.net/%s?Expires=%d&Signature=%s&Key-Pair-Id=K%s' % (
        rs(r, LOWNUM, 13), path, r.randint(1710000000, 1760000000), rs(r, B62 + '~-_', 172), rs(r, string.ascii_uppercase + string.digits, 13))


def discord_cdn(r):
    return 'https://cdn.discordapp.com/attachments/%d/%d/%s_%s.png?ex=%s&is=%s&hm=%s&' % (
        snowflake(r), snowflake(r), r.choice(FIRST), uuid4(r), hx(r, 8), hx(r, 8), hx(r, 64))


@look('replicate')
def l_replicate_run(r):
    m = r.choice(REPL_MODELS)
    lines = ['import replicate', '', '# token comes from REPLICATE_API_TOKEN in the environment',
             'MODEL = "%s:%s"' % (m, hx(r, 64)), '', 'output = replicate.run(', '    MODEL,',
             '    input={"prompt": "%s", "seed": %d, "num_inference_steps": %d},' % (r.choice(PROMPTS), seed(r), r.choice([25, 30])),
             ')', 'for url in output:', '    print(url)']
    return 'scripts/run_%s.py' % m.split('/')[1].replace('-', '_'), '\n'.join(lines) + '\n'


@look('replicate')
def l_replicate_preds(r):
    out = []
    for _ in range(r.randint(3, 6)):
        pid = repl_pred_id(r)
        out.append(json.dumps({'id': pid, 'model': r.choice(REPL_MODELS), 'version': hx(r, 64), 'status': 'succeeded',
                               'output': ['https://replicate.delivery/%s/%s/out-0.webp' % (r.choice(['pbxt', 'xezq', 'yhqm']), rs(r, B62, 44))],
                               'urls': {'get': 'https://api.replicate.com/v1/predictions/%s' % pid,
                                        'cancel': 'https://api.replicate.com/v1/predictions/%s/cancel' % pid},
                               'metrics': {'predict_time': round(r.uniform(1, 30), 3)}}))
    return 'logs/predictions-%d.jsonl' % r.randint(1, 30), '\n'.join(out) + '\n'


@look('civitai')
def l_civitai_info(r):
    vid = r.randint(100000, 1500000)
    d = {'id': vid, 'modelId': r.randint(4000, 900000), 'name': 'v%d.%d' % (r.randint(1, 9), r.randint(0, 9)),
         'baseModel': r.choice(['SDXL 1.0', 'SD 1.5', 'Flux.1 D', 'Pony']), 'trainedWords': r.sample(LORAS, 2),
         'files': [{'name': '%s.safetensors' % r.choice(LORAS), 'sizeKB': round(r.uniform(20000, 230000), 2),
                    'type': 'Model', 'hashes': civ_hashes(r),
                    'downloadUrl': 'https://civitai.com/api/download/models/%d' % vid}],
         'images': [{'url': 'https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/%s/width=832/%d.jpeg' % (uuid4(r), r.randint(1000000, 9999999)),
                     'nsfwLevel': 1, 'hash': rs(r, B62, 28)}]}
    return 'models/Lora/%s.civitai.info' % r.choice(LORAS), J(d, 4) + '\n'


@look('a1111')
def l_a1111_cache(r):
    d = {'hashes': {}, 'safetensors-metadata': {}}
    for c in r.sample(CKPTS, 3):
        d['hashes']['checkpoint/%s' % c.rsplit('.', 1)[0]] = {'mtime': round(r.uniform(1.69e9, 1.73e9), 6), 'sha256': hx(r, 64)}
    for l in r.sample(LORAS, 2):
        d['hashes']['lora/%s' % l] = {'mtime': round(r.uniform(1.69e9, 1.73e9), 6), 'sha256': hx(r, 64)}
    return r.choice(['cache.json', 'stable-diffusion-webui/cache.json']), J(d, 4) + '\n'


@look('a1111')
def l_pnginfo(r):
    l1, l2 = r.sample(LORAS, 2)
    txt = ('%s, <lora:%s:0.%d>\nNegative prompt: %s\nSteps: %d, Sampler: %s, Schedule type: Karras, CFG scale: %s, '
           'Seed: %d, Size: %s, Model hash: %s, Model: %s, VAE hash: %s, Denoising strength: 0.%d, '
           'Lora hashes: "%s: %s, %s: %s", Version: v1.10.1') % (
        r.choice(PROMPTS), l1, r.randint(3, 9), r.choice(NEG_PROMPTS), r.choice([20, 25, 30, 40]), r.choice(SAMPLERS),
        r.choice(['4', '5.5', '7']), seed(r), r.choice(['832x1216', '1024x1024', '1216x832']), hx(r, 10),
        r.choice(CKPTS).rsplit('.', 1)[0], hx(r, 10), r.randint(2, 7), l1, hx(r, 12), l2, hx(r, 12))
    return 'outputs/txt2img-images/%s/%05d-%d.txt' % ('2024-%02d-%02d' % (r.randint(1, 12), r.randint(1, 28)),
                                                      r.randint(0, 9999), seed(r)), txt + '\n'


@look('kohya')
def l_safetensors_meta(r):
    d = {'ss_sd_model_name': r.choice(CKPTS), 'ss_network_module': 'networks.lora', 'ss_network_dim': str(r.choice([16, 32, 64])),
         'ss_learning_rate': '0.0001', 'ss_num_train_images': str(r.randint(20, 400)),
         'ss_session_id': str(r.randint(10 ** 9, 4 * 10 ** 9)), 'ss_training_started_at': str(round(r.uniform(1.69e9, 1.73e9), 4)),
         'ss_sd_model_hash': hx(r, 8), 'ss_new_sd_model_hash': hx(r, 64), 'sshs_model_hash': hx(r, 64),
         'sshs_legacy_hash': hx(r, 8), 'ss_output_name': r.choice(LORAS), 'ss_seed': str(seed(r))}
    return 'training/%s/metadata.json' % r.choice(LORAS), J({'__metadata__': d}) + '\n'


@look('comfyui')
def l_comfy_workflow(r):
    wf = {'3': {'class_type': 'KSampler', 'inputs': {'seed': seed(r) * 1000 + r.randint(0, 999), 'steps': r.choice([20, 28]),
                                                      'cfg': r.choice([3.5, 7]), 'sampler_name': 'euler', 'scheduler': 'normal',
                                                      'denoise': 1, 'model': ['4', 0], 'positive': ['6', 0], 'negative': ['7', 0],
                                                      'latent_image': ['5', 0]}},
          '4': {'class_type': 'CheckpointLoaderSimple', 'inputs': {'ckpt_name': r.choice(CKPTS)}},
          '5': {'class_type': 'EmptyLatentImage', 'inputs': {'width': 1024, 'height': 1024, 'batch_size': 1}},
          '6': {'class_type': 'CLIPTextEncode', 'inputs': {'text': r.choice(PROMPTS), 'clip': ['4', 1]}},
          '7': {'class_type': 'CLIPTextEncode', 'inputs': {'text': r.choice(NEG_PROMPTS), 'clip': ['4', 1]}},
          '9': {'class_type': 'SaveImage', 'inputs': {'filename_prefix': 'ComfyUI_%s' % hx(r, 6), 'images': ['8', 0]}}}
    return 'workflows/%s_api.json' % r.choice(['sdxl_base', 'portrait', 'product']), J(wf) + '\n'


@look('comfyui')
def l_comfy_snapshot(r):
    d = {'comfyui': hx(r, 40), 'git_custom_nodes': {}, 'file_custom_nodes': [], 'pips': {}}
    for n in r.sample(['https://github.com/ltdrdata/ComfyUI-Manager', 'https://github.com/cubiq/ComfyUI_IPAdapter_plus',
                       'https://github.com/Fannovel16/comfyui_controlnet_aux', 'https://github.com/kijai/ComfyUI-KJNodes',
                       'https://github.com/rgthree/rgthree-comfy'], 3):
        d['git_custom_nodes'][n] = {'hash': hx(r, 40), 'disabled': False}
    return 'user/default/ComfyUI-Manager/snapshots/%d-%02d-%02d_snapshot.json' % (
        r.choice([2024, 2025]), r.randint(1, 12), r.randint(1, 28)), J(d, 4) + '\n'


@look('midjourney')
def l_mj_jobs_csv(r):
    rows = ['job_id,message_id,prompt,image_url,upscaled']
    for _ in range(r.randint(3, 6)):
        rows.append('%s,%d,"%s --ar 3:2 --v 6.1",%s,%s' % (uuid4(r), snowflake(r), r.choice(PROMPTS), discord_cdn(r),
                                                           r.choice(['true', 'false'])))
    return 'exports/mj_jobs_%d.csv' % r.randint(1, 99), '\n'.join(rows) + '\n'


@look('midjourney')
def l_mj_buttons(r):
    jid = uuid4(r)
    d = {'id': str(r.randint(10 ** 15, 10 ** 16)), 'action': 'IMAGINE', 'status': 'SUCCESS', 'progress': '100%',
         'imageUrl': discord_cdn(r), 'properties': {'messageId': str(snowflake(r)), 'messageHash': jid, 'nonce': str(snowflake(r))},
         'buttons': [{'customId': 'MJ::JOB::upsample::%d::%s' % (i, jid), 'label': 'U%d' % i, 'style': 2} for i in range(1, 5)]
         + [{'customId': 'MJ::JOB::reroll::0::%s::SOLO' % jid, 'emoji': '\U0001f504', 'style': 2}]}
    return 'fixtures/mj_task_%s.json' % hx(r, 6), J(d) + '\n'


@look('discord')
def l_discord_app_cfg(r):
    lines = ['# Discord interactions endpoint for the /render command', '# bot token is injected by the deploy pipeline',
             'DISCORD_APPLICATION_ID=%d' % snowflake(r), 'DISCORD_PUBLIC_KEY=%s' % hx(r, 64), 'DISCORD_GUILD_ID=%d' % snowflake(r),
             'RENDER_CHANNEL_ID=%d' % snowflake(r)]
    return r.choice(['.env.example', 'config/discord.public.env']), '\n'.join(lines) + '\n'


@look('discord')
def l_discord_invite_md(r):
    app = snowflake(r)
    lines = ['## Add the render bot to your server', '',
             '[Invite link](https://discord.com/oauth2/authorize?client_id=%d&permissions=%d&scope=bot%%20applications.commands)'
             % (app, r.choice([274877975552, 2048, 3072])), '', '| field | value |', '|---|---|', '| Application ID | `%d` |' % app,
             '| Public key | `%s` |' % hx(r, 64), '| Support server | `%d` |' % snowflake(r)]
    return 'docs/discord-bot.md', '\n'.join(lines) + '\n'


@look('leonardo')
def l_leonardo_resp(r):
    gid = uuid4(r)
    uid = uuid4(r)
    d = {'generations_by_pk': {'id': gid, 'status': 'COMPLETE', 'modelId': uuid4(r), 'seed': seed(r),
                               'prompt': r.choice(PROMPTS), 'imageHeight': 768, 'imageWidth': 1024,
                               'generated_images': [{'id': uuid4(r), 'nsfw': False, 'likeCount': 0,
                                                     'url': 'https://cdn.leonardo.ai/users/%s/generations/%s/Leonardo_Phoenix_10_%s_%d.jpg'
                                                     % (uid, gid, r.choice(['a_lighthouse', 'isometric_ramen', 'portrait']), i)}
                                                    for i in range(r.randint(1, 3))]}}
    return 'tests/fixtures/leonardo_generation.json', J(d) + '\n'


@look('luma')
def l_luma_status(r):
    gid = uuid4(r)
    d = {'id': gid, 'state': 'completed', 'failure_reason': None, 'created_at': '2025-%02d-%02dT%02d:%02d:11.482Z' % (
        r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
         'assets': {'video': 'https://storage.cdn-luma.com/dream_machine/%s/%s_result%s.mp4' % (uuid4(r), uuid4(r), hx(r, 6)),
                    'image': None}, 'request': {'prompt': r.choice(PROMPTS), 'model': 'ray-2', 'aspect_ratio': '16:9'}}
    return 'samples/luma_generation_%s.json' % gid[:8], J(d) + '\n'


@look('runway')
def l_runway_poll_log(r):
    lines = []
    tid = uuid4(r)
    for st in ['PENDING', 'RUNNING', 'RUNNING', 'SUCCEEDED']:
        lines.append('[%02d:%02d:%02d] task %s status=%s progress=%s' % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
                                                                         tid, st, r.choice(['0', '0.37', '0.81', '1'])))
    lines.append('[done] output %s' % cf_signed(r, 'task-outputs/%s/%s.mp4' % (tid, uuid4(r))))
    return 'logs/runway-%s.log' % tid[:8], '\n'.join(lines) + '\n'


@look('fal')
def l_fal_result(r):
    d = {'request_id': uuid4(r), 'status': 'COMPLETED', 'images': [
        {'url': 'https://v3.fal.media/files/%s/%s_%s.png' % (r.choice(ANIMALS), rs(r, B64U, 21), rs(r, B62, 8)),
         'width': 1024, 'height': 768, 'content_type': 'image/png'}], 'timings': {'inference': round(r.uniform(0.4, 9), 3)},
         'seed': seed(r), 'has_nsfw_concepts': [False], 'prompt': r.choice(PROMPTS)}
    return 'tests/data/fal_result.json', J(d) + '\n'


@look('stability')
def l_stability_meta(r):
    png = 'iVBORw0KGgoAAAANSUhEUgAA' + rs(r, B64, 180)
    d = {'finish_reason': 'SUCCESS', 'seed': seed(r), 'image': png + '...<truncated %d bytes>' % r.randint(100000, 900000)}
    return 'debug/stability_response_%d.json' % r.randint(1, 999), J(d) + '\n'


@look('heygen')
def l_heygen_list(r):
    vids = [{'video_id': hx(r, 32), 'status': 'completed', 'video_title': 'Product tour %d' % i, 'type': 'GENERATED',
             'created_at': r.randint(1710000000, 1740000000)} for i in range(r.randint(2, 4))]
    d = {'code': 100, 'data': {'videos': vids, 'token': None}, 'message': 'Success',
         'voice_id_default': hx(r, 32), 'avatar_id': r.choice(['Daisy-inskirt-20220818', 'Anna_public_3_20240108']),
         'thumbnail_url': cf_signed(r, 'thumbnail/%s.jpeg' % hx(r, 32))}
    return 'fixtures/heygen_video_list.json', J(d) + '\n'


@look('tavus')
def l_tavus_replicas(r):
    rows = ['# stock replicas and personas we use in demos', 'replicas:']
    for n in r.sample(['Anna', 'Nathan', 'Carter', 'Lucy', 'Raj'], 3):
        rows.append('  - {name: %s, replica_id: r%s, persona_id: p%s}' % (n, hx(r, 11), hx(r, 11)))
    rows += ['conversation_url_template: https://tavus.daily.co/c%s' % hx(r, 8), 'callback: https://hooks.example.org/tavus']
    return 'config/tavus_catalog.yaml', '\n'.join(rows) + '\n'


@look('unity')
def l_unity_meta(r):
    lines = ['fileFormatVersion: 2', 'guid: %s' % hx(r, 32), 'TextureImporter:', '  internalIDToNameTable: []',
             '  serializedVersion: 12', '  mipmaps:', '    mipMapMode: 0', '    enableMipMap: 1', '  spriteMode: 1',
             '  spritePixelsToUnits: 100', '  spriteID: %s' % hx(r, 32), '  userData: ', '  assetBundleName: ']
    return 'Assets/Generated/skybox_%04d.png.meta' % r.randint(0, 9999), '\n'.join(lines) + '\n'


@look('blender')
def l_blender_cats(r):
    lines = ['# This is an Asset Catalog Definition file for Blender.', '#', '# Empty lines and lines starting with `#` will be ignored.',
             '', 'VERSION 1', '']
    for c in ['Materials', 'Materials/AI', 'Materials/AI/Stone', 'HDRIs/Generated']:
        lines.append('%s:%s:%s' % (uuid4(r), c, c.replace('/', '-')))
    return 'assets/blender_assets.cats.txt', '\n'.join(lines) + '\n'


@look('npm')
def l_package_lock(r):
    pk = {}
    for name, ver in [('@fal-ai/client', '1.%d.%d' % (r.randint(0, 6), r.randint(0, 9))), ('replicate', '1.0.%d' % r.randint(0, 9)),
                      ('@runwayml/sdk', '2.%d.0' % r.randint(0, 9)), ('lumaai', '1.%d.0' % r.randint(0, 9))]:
        pk['node_modules/' + name] = {'version': ver, 'resolved': 'https://registry.npmjs.org/%s/-/%s-%s.tgz' % (
            name, name.split('/')[-1], ver), 'integrity': 'sha512-' + rs(r, B64, 86) + '==', 'license': 'MIT'}
    d = {'name': 'render-frontend', 'version': '0.4.0', 'lockfileVersion': 3, 'requires': True, 'packages': pk}
    return 'package-lock.json', J(d) + '\n'


@look('pip')
def l_requirements_hashes(r):
    lines = ['# generated by pip-compile --generate-hashes']
    for n, v in [('replicate', '0.34.1'), ('fal-client', '0.5.6'), ('lumaai', '1.4.0'), ('runwayml', '2.1.0'), ('pillow', '10.4.0')]:
        lines += ['%s==%s \\' % (n, v), '    --hash=sha256:%s \\' % hx(r, 64), '    --hash=sha256:%s' % hx(r, 64)]
    return 'requirements.txt', '\n'.join(lines) + '\n'


@look('docker')
def l_dockerfile_digest(r):
    lines = ['FROM nvidia/cuda:12.1.1-cudnn8-runtime-ubuntu22.04@sha256:%s' % hx(r, 64),
             'ARG SDXL_SHA256=%s' % hx(r, 64),
             'RUN curl -L -o /models/sdxl.safetensors https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/resolve/main/sd_xl_base_1.0.safetensors \\',
             '    && echo "${SDXL_SHA256}  /models/sdxl.safetensors" | sha256sum -c -', 'COPY --from=ghcr.io/astral-sh/uv@sha256:%s /uv /bin/uv' % hx(r, 64),
             'CMD ["python", "main.py", "--listen"]']
    return 'docker/comfyui.Dockerfile', '\n'.join(lines) + '\n'


@look('models')
def l_download_sh(r):
    lines = ['#!/usr/bin/env bash', 'set -euo pipefail', 'cd models/checkpoints']
    for c in r.sample(CKPTS, 3):
        lines += ['wget -nc "https://civitai.com/api/download/models/%d" -O %s' % (r.randint(100000, 1500000), c),
                  'echo "%s  %s" | sha256sum -c -' % (hx(r, 64), c)]
    return 'scripts/download_models.sh', '\n'.join(lines) + '\n'


@look('git-lfs')
def l_lfs_pointer(r):
    return 'models/loras/%s.safetensors' % r.choice(LORAS), 'version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n' % (
        hx(r, 64), r.randint(10 ** 7, 7 * 10 ** 9))


@look('huggingface')
def l_hf_revisions(r):
    lines = ['# pinned model revisions (commit shas on the Hub)', 'models:']
    for m in ['stabilityai/stable-diffusion-xl-base-1.0', 'black-forest-labs/FLUX.1-schnell', 'h94/IP-Adapter',
              'lllyasviel/ControlNet-v1-1']:
        lines += ['  - repo: %s' % m, '    revision: %s' % hx(r, 40)]
    return 'config/model_pins.yaml', '\n'.join(lines) + '\n'


@look('sops')
def l_sops(r):
    def enc(n):
        return 'ENC[AES256_GCM,data:%s,iv:%s,tag:%s==,type:str]' % (rs(r, B64, n), rs(r, B64, 43) + '=', rs(r, B64, 22))
    lines = ['providers:', '    replicate_token: %s' % enc(56), '    fal_key: %s' % enc(92), 'sops:', '    age:',
             '        - recipient: age1%s' % rs(r, '023456789acdefghjklmnpqrstuvwxyz', 58), '          enc: |',
             '            -----BEGIN AGE ENCRYPTED FILE-----', '            %s' % rs(r, B64, 64),
             '            -----END AGE ENCRYPTED FILE-----', '    lastmodified: "2025-%02d-%02dT09:12:44Z"' % (r.randint(1, 12), r.randint(1, 28)),
             '    mac: ENC[AES256_GCM,data:%s,iv:%s=,tag:%s==,type:str]' % (rs(r, B64, 88), rs(r, B64, 43), rs(r, B64, 22)),
             '    version: 3.9.1']
    return 'secrets/providers.enc.yaml', '\n'.join(lines) + '\n'


@look('sealed-secrets')
def l_sealed(r):
    lines = ['apiVersion: bitnami.com/v1alpha1', 'kind: SealedSecret', 'metadata:', '  name: genai-keys', '  namespace: render',
             'spec:', '  encryptedData:', '    REPLICATE_API_TOKEN: Ag%s' % rs(r, B64, 700), '    LUMAAI_API_KEY: Ag%s' % rs(r, B64, 700)]
    return 'k8s/sealed-genai-keys.yaml', '\n'.join(lines) + '\n'


@look('signing')
def l_minisign(r):
    lines = ['# Verify release artifacts of the render CLI', '', '```sh',
             'minisign -Vm render-cli-%d.%d.0-linux-amd64.tar.gz -P RWQ%s' % (r.randint(0, 3), r.randint(0, 20), rs(r, B64, 53)),
             '```', '', 'SHA256 of the tarball: `%s`' % hx(r, 64)]
    return 'docs/verify-release.md', '\n'.join(lines) + '\n'


@look('webhooks')
def l_webhook_log(r):
    lines = []
    for _ in range(r.randint(2, 4)):
        lines += ['POST /hooks/replicate 200', '  webhook-id: msg_%s' % rs(r, B62, 27), '  webhook-timestamp: %d' % r.randint(1710000000, 1750000000),
                  '  webhook-signature: v1,%s=' % rs(r, B64, 43), '  prediction: %s status=succeeded' % repl_pred_id(r)]
    return 'logs/webhooks.log', '\n'.join(lines) + '\n'


@look('public-keys')
def l_public_keys(r):
    lines = ["// values below are public by design (shipped to the browser)", 'export const publicConfig = {',
             "  stripePublishableKey: 'pk_live_%s'," % rs(r, B62, 99), "  turnstileSiteKey: '0x4AAAAAAA%s'," % rs(r, B62 + '-_', 14),
             "  recaptchaSiteKey: '6L%s'," % rs(r, B62 + '-_', 38), "  falProxyUrl: '/api/fal/proxy',",
             "  sentryDsn: 'https://%s@o%d.ingest.sentry.io/%d'," % (hx(r, 32), r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 6, 10 ** 7)), '};']
    return 'src/config/public.ts', '\n'.join(lines) + '\n'


@look('db')
def l_key_hash_migration(r):
    lines = ['CREATE TABLE api_keys (', '  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),', '  owner_id bigint NOT NULL,',
             '  key_prefix varchar(12) NOT NULL,', '  key_sha256 char(64) NOT NULL UNIQUE,', '  created_at timestamptz DEFAULT now()', ');', '']
    for _ in range(2):
        lines.append("INSERT INTO api_keys (owner_id, key_prefix, key_sha256) VALUES (%d, 'gk_%s', '%s');" % (
            r.randint(1, 999), rs(r, LOWNUM, 4), hx(r, 64)))
    return 'db/migrations/0%d_api_keys.sql' % r.randint(10, 60), '\n'.join(lines) + '\n'


@look('openai')
def l_openai_images_log(r):
    d = {'created': r.randint(1710000000, 1750000000), 'data': [{'revised_prompt': r.choice(PROMPTS),
                                                                'b64_json': 'iVBORw0KGgo' + rs(r, B64, 120) + '...'}],
         'usage': {'input_tokens': r.randint(20, 90), 'output_tokens': 4160}, 'x-request-id': 'req_' + hx(r, 32),
         'openai-organization': 'org-' + rs(r, B62, 24), 'openai-project': 'proj_' + rs(r, B62, 24)}
    return 'logs/openai_images_%d.json' % r.randint(1, 99), J(d) + '\n'


@look('sw')
def l_workbox(r):
    files = ['index.html', 'assets/index-%s.js' % rs(r, B62, 8), 'assets/index-%s.css' % rs(r, B62, 8), 'favicon.svg']
    man = ',\n'.join('  {url: "%s", revision: "%s"}' % (f, hx(r, 32)) for f in files)
    return 'dist/sw.js', 'self.__WB_MANIFEST = [\n%s\n];\n' % man


@look('prompts')
def l_prompt_lib(r):
    lines = ['# Prompt library', '', 'Keep these short; the key light matters more than adjectives.', '']
    for i, pr in enumerate(r.sample(PROMPTS, 4)):
        lines += ['### %d' % (i + 1), '```', '%s --ar 3:2 --seed %d --sref %d --stylize %d' % (
            pr, seed(r), r.randint(10 ** 8, 4 * 10 ** 9), r.choice([50, 250, 750])), '```', '']
    lines.append('Token budget: CLIP truncates at 77 tokens, so put the subject first.')
    return 'docs/prompts.md', '\n'.join(lines) + '\n'


@look('ipynb')
def l_ipynb_output(r):
    nb = {'cells': [{'cell_type': 'code', 'execution_count': 7, 'metadata': {'id': rs(r, B64U, 12)},
                     'outputs': [{'data': {'image/png': 'iVBORw0KGgoAAAANSUhEUgAAAgAAAAIACAIAAAB7GkOt' + rs(r, B64, 240),
                                           'text/plain': ['<PIL.Image.Image image mode=RGB size=512x512>']},
                                  'metadata': {}, 'output_type': 'execute_result', 'execution_count': 7}],
                     'source': ['image = pipe(prompt, generator=torch.Generator("cuda").manual_seed(%d)).images[0]\n' % seed(r), 'image']}],
          'metadata': {'colab': {'provenance': [], 'gpuType': 'T4'}, 'accelerator': 'GPU'}, 'nbformat': 4, 'nbformat_minor': 0}
    return 'notebooks/sdxl_local.ipynb', J(nb, 1) + '\n'


@look('gradio')
def l_gradio_log(r):
    lines = ['Running on local URL:  http://127.0.0.1:7860',
             'Running on public URL: https://%s.gradio.live' % hx(r, 18), '',
             'This share link expires in 72 hours. For free permanent hosting and GPU upgrades, run `gradio deploy`',
             'Loading weights [%s] from /models/%s' % (hx(r, 10), r.choice(CKPTS)),
             'Model loaded in %.1fs (calculate hash: %.1fs).' % (r.uniform(3, 30), r.uniform(0.1, 5))]
    return 'logs/webui-console.log', '\n'.join(lines) + '\n'


@look('did')
def l_did_talk(r):
    d = {'id': 'tlk_' + rs(r, B64U, 21), 'created_at': '2024-%02d-%02dT10:%02d:12.902Z' % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)),
         'status': 'done', 'duration': round(r.uniform(3, 40), 2), 'source_url': 'https://create-images-results.d-id.com/%s/upl_%s/image.jpeg'
         % ('google-oauth2%7C' + str(r.randint(10 ** 20, 10 ** 21)), rs(r, B64U, 21)),
         'result_url': cf_signed(r, 'talks/tlk_%s/%d.mp4' % (rs(r, B64U, 21), r.randint(10 ** 12, 10 ** 13)))}
    return 'fixtures/did_talk.json', J(d) + '\n'


@look('go')
def l_go_sum(r):
    lines = []
    for m, v in [('github.com/google/uuid', 'v1.6.0'), ('github.com/disintegration/imaging', 'v1.6.2'),
                 ('golang.org/x/image', 'v0.%d.0' % r.randint(10, 25))]:
        lines += ['%s %s h1:%s=' % (m, v, rs(r, B64, 43)), '%s %s/go.mod h1:%s=' % (m, v, rs(r, B64, 43))]
    return 'go.sum', '\n'.join(lines) + '\n'


@look('costs')
def l_costs_csv(r):
    rows = ['date,provider,job_id,seed,credits,usd']
    for _ in range(r.randint(4, 8)):
        prov = r.choice(['replicate', 'fal', 'luma', 'runway', 'leonardo'])
        rows.append('2025-%02d-%02d,%s,%s,%d,%d,%.3f' % (r.randint(1, 12), r.randint(1, 28), prov,
                                                        repl_pred_id(r) if prov == 'replicate' else uuid4(r), seed(r),
                                                        r.randint(1, 60), r.uniform(0.002, 1.5)))
    return 'reports/render_costs.csv', '\n'.join(rows) + '\n'


# --------------------------------------------------------------------------
# Non-secret slot values
# --------------------------------------------------------------------------

KNOWN_PREFIXES = ['sk-proj-', 'tgp_v1_', 'whsec_', 'luma-', 'key_', 'bfl_', 'r8_', 'SG_', 'sk_', 'sk-']
NEG_KINDS = ['placeholder', 'empty', 'masked', 'envref', 'secretref', 'template', 'example']


def prefix_of(v):
    for pre in KNOWN_PREFIXES:
        if v.startswith(pre):
            return pre
    return ''


def neg_raw(r, p, kind):
    sample = p['gen'](r)
    pre = prefix_of(sample)
    if kind == 'placeholder':
        xs = pre + ''.join('x' if c.isalnum() else c for c in sample[len(pre):])
        return r.choice([xs, '<your-%s-key>' % slug(p), 'YOUR_API_KEY_HERE', 'changeme', 'your-api-key-here',
                         'REPLACE_ME', '<%s>' % p['env'], 'TODO-set-me', pre + 'XXXXXXXXXXXXXXXX', '...'])
    if kind == 'empty':
        return ''
    if kind == 'masked':
        return r.choice(['*' * r.randint(8, 24), '[REDACTED]', '<redacted>', pre + '*' * 12, pre + '...' + sample[-4:],
                         '********' + sample[-4:], '•••••••••••• (hidden)'])
    if kind == 'secretref':
        return r.choice(['op://Media/%s/credential' % p['name'].split()[0], 'vault:secret/data/genai#%s' % p['id'],
                         'arn:aws:secretsmanager:us-east-1:%d:secret:genai/%s-%s' % (r.randint(10 ** 11, 10 ** 12 - 1), p['id'], rs(r, B62, 6)),
                         'projects/acme-render/secrets/%s-key/versions/latest' % slug(p),
                         'secretsmanager:genai/%s' % p['id'], 'azurekeyvault://render-kv/%s-key' % slug(p)])
    if kind == 'template':
        return r.choice(['{{ %s }}' % p['env'].lower(), '{{ .Values.%s.apiKey }}' % p['id'], '${var.%s_key}' % p['id'],
                         '<%%= ENV["%s"] %%>' % p['env'], '%%(%s)s' % p['env'].lower(), '{{ vault_%s_key }}' % p['id']])
    if kind == 'example':
        return r.choice(p['ex'])
    raise ValueError(kind)


# --------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------

def filetype(path):
    b = path.rsplit('/', 1)[-1]
    if b.startswith('.env') or b.endswith('.env'):
        return 'env'
    if b == 'Dockerfile' or b.endswith('.Dockerfile'):
        return 'dockerfile'
    if b in ('Makefile', 'Caddyfile'):
        return b.lower()
    if b.endswith('.civitai.info'):
        return 'json'
    if b.endswith('.safetensors'):
        return 'lfs-pointer'
    ext = b.rsplit('.', 1)[-1] if '.' in b else 'txt'
    return {'yaml': 'yml', 'mjs': 'js'}.get(ext, ext)


def is_blocked_env(path):
    b = path.rsplit('/', 1)[-1]
    return b == '.env' or (b.startswith('.env.') and b not in ('.env.example', '.env.sample', '.env.template'))


def pick_least(r, items, counts, key):
    m = min(counts.get(key(x), 0) for x in items)
    best = [x for x in items if counts.get(key(x), 0) == m]
    return r.choice(best)


def wpick(r, items):
    tot = sum(x['w'] for x in items)
    k = r.uniform(0, tot)
    acc = 0
    for x in items:
        acc += x['w']
        if k <= acc:
            return x
    return items[-1]


SPECIAL_W = {'discord': 14, 'discord_bot': 8, 'discord_webhook': 10, 'kling': 10, 'fal_split': 6,
             'replicate_webhook': 8, 'a1111': 10, 'mjproxy': 6}


def compatible(t, p, generic_ids):
    if t['prov'] == 'generic':
        return p['id'] in generic_ids
    return p['id'] in t['prov']


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='') as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: gen_hy.py OUTDIR SEED\n')
        return 2
    outdir, sd = argv[1], int(argv[2])
    r = random.Random(sd)
    gens = providers()
    specs = special_providers()
    for sp in specs:
        sp['w'] = SPECIAL_W[sp['id']]
    allp = gens + specs
    generic_ids = [p['id'] for p in gens]
    manifest, secrets = [], []
    tcount, lcount = {}, {}
    env_files = 0
    seen_needles = set()
    needle_list = []

    # ---------------- positives ----------------
    for i in range(500):
        want_conv = (i % 2 == 0)
        cands = []
        for _attempt in range(50):
            p = wpick(r, allp)
            cands = [t for t in TEMPLATES if compatible(t, p, generic_ids) and t['conv'] == want_conv]
            if env_files >= 20:
                cands = [t for t in cands if t['name'] != 't_dotenv']
            if cands:
                break
        if not cands:
            cands = [t for t in TEMPLATES if compatible(t, p, generic_ids) and t['name'] != 't_dotenv']
        t = pick_least(r, cands, tcount, lambda x: x['name'])
        tcount[t['name']] = tcount.get(t['name'], 0) + 1
        secret = p['gen'](r)
        while secret in seen_needles:
            secret = p['gen'](r)
        seen_needles.add(secret)
        needle_list.append(secret)
        s = Slot(r, secret, 'secret', p['env'])
        rel, text = t['fn'](r, p, s)
        if is_blocked_env(rel):
            env_files += 1
        fid = 'pos/p%04d/%s' % (i, rel)
        lines = text.split('\n')
        ln = next((k + 1 for k, l in enumerate(lines) if secret in l), None)
        assert ln is not None, (t['name'], p['id'])
        assert secret in lines[ln - 1]
        write(outdir, fid, text)
        with open(os.path.join(outdir, fid), encoding='utf-8', newline='') as fh:
            assert secret in fh.read().split('\n')[ln - 1]
        manifest.append({'file': fid, 'label': 'pos', 'provider': p['id'], 'kind': p['kind'], 'filetype': filetype(rel),
                         'template': t['name'], 'conventional_name': t['conv']})
        secrets.append({'file': fid, 'needle': secret, 'line': ln})
    assert env_files <= 25, env_files

    # ---------------- negatives ----------------
    for j in range(500):
        if j % 2 == 0:
            t = pick_least(r, TEMPLATES, tcount, lambda x: 'neg:' + x['name'])
            tcount['neg:' + t['name']] = tcount.get('neg:' + t['name'], 0) + 1
            ps = [p for p in allp if compatible(t, p, generic_ids)]
            p = wpick(r, ps)
            kind = r.choice(t['neg'] or NEG_KINDS)
            raw = '' if kind == 'envref' else neg_raw(r, p, kind)
            s = Slot(r, raw, kind, p['env'])
            rel, text = t['fn'](r, p, s)
            kind_s, prov, tname = 'neg:' + kind, p['id'], t['name']
        else:
            lk = pick_least(r, LOOKS, lcount, lambda x: x['name'])
            lcount[lk['name']] = lcount.get(lk['name'], 0) + 1
            rel, text = lk['fn'](r)
            kind_s, prov, tname = 'lookalike:' + lk['name'][2:], lk['area'], lk['name']
        if is_blocked_env(rel):
            rel = rel.rsplit('/', 1)[0] + '/' + r.choice(['.env.example', '.env.sample']) if '/' in rel else \
                r.choice(['.env.example', '.env.sample'])
        for nd in needle_list:
            assert nd not in text
        fid = 'neg/n%04d/%s' % (j, rel)
        write(outdir, fid, text)
        manifest.append({'file': fid, 'label': 'neg', 'provider': prov, 'kind': kind_s, 'filetype': filetype(rel),
                         'template': tname})

    with open(os.path.join(outdir, 'manifest.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + '\n')
    with open(os.path.join(outdir, 'secrets.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for m in secrets:
            fh.write(json.dumps(m) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
