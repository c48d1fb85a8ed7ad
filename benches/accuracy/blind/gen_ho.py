#!/usr/bin/env python3
"""Blind evaluation-set generator "ho": voice AI, speech-to-text, text-to-speech and voice agents.

EMPHASIS
    Domain: projects that build voice agents and speech pipelines -- STT workers, TTS services,
    telephony bridges (Twilio Media Streams, Vonage Voice), WebRTC rooms (LiveKit), wake-word
    apps on phones and microcontrollers (Picovoice), and "agent platform" configs (Vapi, Retell,
    Bland).  Providers: Deepgram, AssemblyAI, ElevenLabs, Rev.ai, Speechmatics, Picovoice, Vapi,
    Retell AI, Bland AI, PlayHT, Cartesia, Azure Speech, Google Cloud Speech (service accounts),
    Amazon Polly/Transcribe (IAM keys), OpenAI Realtime, LiveKit, Twilio, Vonage.
    Kinds: API keys, secret keys, access keys/tokens, subscription keys, RSA private keys (PEM),
    service-account JSON.  80 positive templates (each also reused for slot negatives) and 69
    look-alike negative templates.
    File types: Python, Jupyter notebooks, JavaScript, TypeScript, Go, Swift, Kotlin, C header,
    C#, YAML (Helm values, k8s manifests, GitHub workflows, docker-compose, LiveKit config),
    JSON (agent configs, appsettings, Postman collections, service-account files), .env files,
    TOML, INI, properties, XML, Terraform, Dockerfile, shell (curl with headers), Markdown,
    SQL, CSV, logs, PEM files.

USAGE
    python3 -B gen_ho.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl and
    OUTDIR/secrets.jsonl.  Everything is drawn from one random.Random(SEED); standard library
    only; the same SEED always gives byte-identical output.

NEEDLE CONVENTIONS
    * The needle is the secret value alone, exactly as written in the file: no quotes, no
      "Token "/"Bearer " scheme word, no header name, no variable name.
    * Headers (Authorization: Token ..., xi-api-key: ..., Ocp-Apim-Subscription-Key: ...,
      X-API-Key: ...): the header value without the scheme word.
    * URLs carrying a key (wss://...?api_key=...): only the query value.
    * Key pairs (AWS access key id + secret access key, LiveKit API key + API secret, PlayHT
      user id + secret key, Twilio account SID + auth token / API key SID + secret, Vonage API
      key + API secret, Azure key + region): the needle is the secret half only; the id half
      is treated as a public identifier.
    * PEM private keys (raw files, JS template literals, service-account JSON with escaped
      "\\n"): the needle is the first base64 body line (64 characters) following the
      "-----BEGIN ... PRIVATE KEY-----" line; in JSON it sits on the same physical line.
    * "line" in secrets.jsonl is the 1-based line of the needle's first occurrence; the
      program asserts the needle is on that line.

NEGATIVES
    Half of the negatives (250) re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-...-key>, YOUR_..._HERE, changeme, prefix+xxxx...),
    empty values, masked values (****, [REDACTED], sk_...last4), environment references in the
    file's own language (os.environ[...], process.env.X, os.Getenv, BuildConfig.X, ${VAR}),
    secret-manager references (op://, vault paths, AWS Secrets Manager ARNs, GCP secret
    resource names, Key Vault URIs), template expressions ({{ .Values... }},
    ${{ secrets.X }}, Jinja), documented example keys (AWS AKIAIOSFODNN7EXAMPLE pair, LiveKit
    dev-mode "devkey"/"secret", the key/secret pair printed in LiveKit's README, Twilio's
    ACXXXX/SKXXXX snippets) and values documented as public (Vapi public key used by the web
    SDK).  The other half (250) come from look-alike templates of the domain: ElevenLabs voice
    ids and agent ids, model ids, Vapi/Retell agent and call ids, Twilio Call/Stream/Account
    SIDs, LiveKit room/participant SIDs, Deepgram request ids, AssemblyAI transcript ids,
    audio file SHA-256/SHA-1/MD5 digests, action pins and commit hashes, lockfile integrity
    hashes, image digests, base64 audio, HMAC test vectors and webhook signatures, RSA public
    keys, ssh public keys, X.509 certificates, regex validators for key formats, region names
    and sample rates.  No negative is written to a file named .env/.env.local/.env.<stage>;
    .env.example / .env.sample are used instead.

FORMATS CHECKED (search tool, providers' docs first, public repositories for shape)
    * Deepgram: docs -- "Authorization: Token <key>", keys created in console; shape 40
      lowercase hex (seen in public repos).  Regional hosts api.eu.deepgram.com etc.
    * AssemblyAI: docs -- raw key in "Authorization" header (no scheme); keys in public repos
      are 32 lowercase hex with uuid4 layout (version nibble 4, variant 8-b) -> generated as
      uuid4().hex.
    * ElevenLabs: docs -- "xi-api-key" header; keys "sk_" + 48 hex (public repos).  Voice ids
      are 20-char base62, agent ids "agent_" + 26 chars (public repos) -> negatives.
    * Rev.ai: docs -- "Authorization: Bearer <access_token>", token never expires; tokens in
      public repos are "02" + 91 base64url characters (93 total).
    * Speechmatics: docs -- "Authorization: Bearer $API_KEY", eu1.asr.api.speechmatics.com,
      keys from portal; shape not shown in docs (see DOUBTS).
    * Picovoice: docs -- AccessKey from console passed as access_key; public repos show
      56-char base64 ending "==" (40 random bytes) -> generated that way.
    * Vapi: docs -- private key (server, Bearer) vs public key (web SDK constructor); both
      are UUIDs in public repos.  Public key in web code is a negative.
    * Retell AI: docs/skills -- "Ensure RETELL_API_KEY starts with key_"; repos show
      "key_" + 28 hex.
    * Bland AI: repos -- raw key in "authorization" header to api.bland.ai/v1/calls; shapes
      seen: "org_" + 86 hex and "sk-" + 66 lowercase alnum.
    * PlayHT: docs -- secret key in AUTHORIZATION (optionally "Bearer"), user id in
      X-USER-ID header.
    * Cartesia: docs -- keys "sk_car_...", admin keys "sk_car_admin_..."; older docs use
      "X-API-Key" header and "?api_key=" on WebSockets; newer "Authorization: Bearer";
      "Cartesia-Version: YYYY-MM-DD" header.
    * Azure Speech: docs -- SpeechConfig(subscription, region), Ocp-Apim-Subscription-Key,
      keys valid only in their region.  Legacy keys 32 hex; current keys 84 chars: 52 base62 +
      "JQQJ99" + 2 date letters + "AC" + 5-char region code + "XJ3w3AAAYACOG" + 4 base62
      (layout observed across many public repos; region codes used only for the five regions
      observed: eastus, westus, eastasia, centralindia, koreacentral).
    * Google service account JSON: well-known field set (type, project_id, private_key_id 40 hex,
      PKCS#8 RSA private key with escaped newlines, client_email *.iam.gserviceaccount.com,
      21-digit client_id, token_uri ...).
    * AWS: AKIA + 16 chars of [A-Z2-7], secret 40 base64 chars; documented example pair used
      only as a negative.
    * OpenAI: project keys "sk-proj-" + 74 base64url + "T3BlbkFJ" + 74 base64url (repos).
    * LiveKit: docs -- LIVEKIT_API_KEY/LIVEKIT_API_SECRET, livekit.yaml "keys:" map, dev mode
      devkey/secret; cloud keys "API" + 12 base62, secrets 43 base62 (repos/CLI output).
    * Twilio: docs -- Account SID "AC" + 32 hex (34 chars), API key SID "SK" + 32 hex; auth
      token 32 hex; API key secret 32 base62.
    * Vonage: docs -- Voice API uses JWT signed with the application's RSA private key
      (private.key file, PKCS#8 PEM) + application id (UUID); api key 8 hex / api secret
      16 base62.
    Private keys are generated as structurally valid DER (PKCS#8 / PKCS#1 RSA-2048 layout,
    random integers, not real primes), so they base64-encode to the usual "MIIEv..." shape.
    Search results that were secret-scanner detector pages (GitGuardian detector docs for
    Cartesia and Retell) showed up in searches; they were not opened or used.

DOUBTS
    * Speechmatics key shape (generated as 32 base62) is not confirmed by documentation.
    * PlayHT secret key (32 hex) and user id (28 base62) shapes are from memory of public
      repos, not confirmed by documentation.
    * Cartesia key body length after "sk_car_" is not documented; 22-26 base62 used.
    * Bland AI: docs were not found in the corpus; both shapes come from public repositories
      and may be different key kinds (org key vs. API key).
    * LiveKit cloud key/secret lengths come from repositories and CLI output, not docs.
    * Azure 84-char key layout is inferred from observed keys; the 5-char region codes are
      only those seen, other regions fall back to 32-hex legacy keys.
    * Rev.ai token layout ("02" + 91 base64url) inferred from repositories.
    * Vapi private keys are plain UUIDs, indistinguishable in shape from public keys and ids;
      only context (server-side Bearer use, variable names) marks them as secret.
"""
import base64
import json
import os
import string
import sys
import random

HEX = "0123456789abcdef"
B62 = string.ascii_letters + string.digits
B64 = B62 + "+/"
B64URL = B62 + "-_"
LOWALNUM = string.ascii_lowercase + string.digits
B32U = string.ascii_uppercase + "234567"


class G:
    """Random helpers around one random.Random."""

    def __init__(self, rng):
        self.r = rng

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def b62(self, n):
        return self.s(B62, n)

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def int(self, a, b):
        return self.r.randint(a, b)

    def chance(self, p):
        return self.r.random() < p

    def digits(self, n):
        return str(self.r.randint(1, 9)) + self.s(string.digits, n - 1)

    def bytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def uuid4(self):
        h = list(self.hex(32))
        h[12] = "4"
        h[16] = self.pick("89ab")
        h = "".join(h)
        return "%s-%s-%s-%s-%s" % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])

    def uuid4hex(self):
        return self.uuid4().replace("-", "")

    def sha256(self):
        return self.hex(64)

    def ts(self, year=2024):
        return "%d-%02d-%02dT%02d:%02d:%02d" % (year, self.int(1, 12), self.int(1, 28),
                                              self.int(0, 23), self.int(0, 59), self.int(0, 59))

    def date(self, year=2024):
        return "%d-%02d-%02d" % (year, self.int(1, 12), self.int(1, 28))

    def phone(self):
        return "+1%d%d%07d" % (self.int(2, 9), self.int(10, 99), self.int(0, 9999999))

    def ulid(self):
        return self.s("0123456789abcdefghjkmnpqrstvwxyz", 26)


# ---------------------------------------------------------------- domain vocab
COMPANIES = ["acme", "northwind", "bluebird", "lumen", "harbor", "quill", "vox", "orbit",
             "kestrel", "tidal", "beacon", "maple", "cobalt", "juniper", "sable", "ember"]
APPS = ["voice-agent", "call-assistant", "receptionist", "transcriber", "dictation",
        "podcast-notes", "meeting-minutes", "ivr-bot", "speech-gateway", "tts-service",
        "clinic-scheduler", "support-line", "lead-caller", "audio-pipeline"]
REGIONS_AZ = ["westeurope", "northeurope", "uksouth", "southeastasia", "japaneast",
              "australiaeast", "westus2", "eastus2", "canadacentral", "francecentral"]
AZ84 = [("eastus", "YeBjF"), ("westus", "4f1cM"), ("eastasia", "3pKaR"),
        ("centralindia", "GhslB"), ("koreacentral", "Nns7R")]
AWS_REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"]
DG_MODELS = ["nova-3", "nova-2", "nova-2-phonecall", "nova-2-meeting", "enhanced", "base"]
EL_MODELS = ["eleven_multilingual_v2", "eleven_turbo_v2_5", "eleven_flash_v2_5",
             "eleven_monolingual_v1"]
OPENAI_RT = ["gpt-realtime", "gpt-4o-realtime-preview", "gpt-4o-mini-realtime-preview"]
LANGS = ["en", "en-US", "de", "es", "fr", "pt-BR", "nl", "it", "ja"]
AZ_VOICES = ["en-US-JennyNeural", "en-US-AvaMultilingualNeural", "en-GB-RyanNeural",
             "de-DE-KatjaNeural", "es-ES-ElviraNeural", "fr-FR-DeniseNeural"]
EL_VOICE_NAMES = ["Rachel", "Adam", "Bella", "Antoni", "Domi", "Elli", "Josh", "Sarah"]
WAKE = ["jarvis", "computer", "porcupine", "bumblebee", "alexa", "picovoice", "hey google"]
SAMPLE_RATES = [8000, 16000, 22050, 24000, 44100, 48000]


def el_voice(g):
    return g.b62(20)


def proj(g):
    return "%s-%s" % (g.pick(COMPANIES), g.pick(APPS))


# ---------------------------------------------------------------- secret generators
def k_deepgram(g):
    return g.hex(40)


def k_assemblyai(g):
    return g.uuid4hex()


def k_elevenlabs(g):
    return "sk_" + g.hex(48)


def k_revai(g):
    return "02" + g.s(B64URL, 91)


def k_speechmatics(g):
    return g.b62(32)


def k_picovoice(g):
    return base64.b64encode(g.bytes(40)).decode()


def k_vapi(g):
    return g.uuid4()


def k_retell(g):
    return "key_" + g.hex(28)


def k_bland(g):
    if g.chance(0.5):
        return "org_" + g.hex(86)
    return "sk-" + g.s(LOWALNUM, 66)


def k_playht(g):
    return g.hex(32)


def k_cartesia(g):
    return "sk_car_" + g.b62(g.int(22, 26))


def k_azure(g, region=None):
    """Returns (key, region)."""
    if region is None:
        if g.chance(0.55):
            region, code = g.pick(AZ84)
            key = (g.b62(52) + "JQQJ99" + g.pick("ABC") + g.pick("ABCDEFGHIJKL") + "AC" + code +
                   "XJ3w3AAAYACOG" + g.b62(4))
            return key, region
        return g.hex(32), g.pick(REGIONS_AZ)
    for r, code in AZ84:
        if r == region:
            return (g.b62(52) + "JQQJ99" + g.pick("BC") + g.pick("ABCDEFGHIJKL") + "AC" + code +
                    "XJ3w3AAAYACOG" + g.b62(4)), region
    return g.hex(32), region


def k_aws_id(g):
    return "AKIA" + g.s(B32U, 16)


def k_aws_secret(g):
    return g.s(B64, 40)


def k_openai(g):
    return "sk-proj-" + g.s(B64URL, 74) + "T3BlbkFJ" + g.s(B64URL, 74)


def k_livekit_id(g):
    return "API" + g.b62(12)


def k_livekit_secret(g):
    return g.b62(43)


def k_twilio_token(g):
    return g.hex(32)


def k_twilio_keysecret(g):
    return g.b62(32)


def k_vonage_secret(g):
    return g.b62(16)


# ---------------------------------------------------------------- DER / PEM builders
def _dlen(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der(tag, body):
    return bytes([tag]) + _dlen(len(body)) + body


def _dint(b):
    b = bytes(b)
    while len(b) > 1 and b[0] == 0 and not (b[1] & 0x80):
        b = b[1:]
    if b[0] & 0x80:
        b = b"\x00" + b
    return _der(0x02, b)


def _rnd_top(g, n):
    b = bytearray(g.bytes(n))
    b[0] |= 0x80
    b[-1] |= 0x01
    return bytes(b)


OID_RSA = bytes.fromhex("06092a864886f70d010101")
OID_SHA256RSA = bytes.fromhex("06092a864886f70d01010b")
NULL = b"\x05\x00"


def rsa_parts(g):
    n = _rnd_top(g, 256)
    return n, [_dint(b"\x00"), _dint(n), _dint(b"\x01\x00\x01"), _dint(g.bytes(256)),
               _dint(_rnd_top(g, 128)), _dint(_rnd_top(g, 128)), _dint(g.bytes(128)),
               _dint(g.bytes(128)), _dint(g.bytes(128))]


def pkcs1_der(g):
    _n, parts = rsa_parts(g)
    return _der(0x30, b"".join(parts))


def pkcs8_der(g):
    inner = pkcs1_der(g)
    return _der(0x30, _dint(b"\x00") + _der(0x30, OID_RSA + NULL) + _der(0x04, inner))


def spki_der(g):
    n = _rnd_top(g, 256)
    rsapub = _der(0x30, _dint(n) + _dint(b"\x01\x00\x01"))
    return _der(0x30, _der(0x30, OID_RSA + NULL) + _der(0x03, b"\x00" + rsapub))


def cert_der(g, cn):
    name = _der(0x30, _der(0x31, _der(0x30, bytes.fromhex("0603550403") +
                                      _der(0x0c, cn.encode()))))
    y = g.int(23, 25)
    val = _der(0x30, _der(0x17, ("%02d%02d%02d000000Z" % (y, g.int(1, 12), g.int(1, 28))).encode()) +
               _der(0x17, ("%02d%02d%02d000000Z" % (y + 1, g.int(1, 12), g.int(1, 28))).encode()))
    tbs = _der(0x30, _der(0xa0, _dint(b"\x02")) + _dint(g.bytes(16)) +
               _der(0x30, OID_SHA256RSA + NULL) + name + val + name + spki_der(g))
    return _der(0x30, tbs + _der(0x30, OID_SHA256RSA + NULL) + _der(0x03, b"\x00" + g.bytes(256)))


def pem(label, der):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def first_body_line(p):
    return p.split("\n")[1]


def private_pem(g, pkcs1=False):
    if pkcs1:
        return pem("RSA PRIVATE KEY", pkcs1_der(g))
    return pem("PRIVATE KEY", pkcs8_der(g))


# ---------------------------------------------------------------- template machinery
def fill(text, **kv):
    if text.startswith("\n"):
        text = text[1:]
    for k, v in kv.items():
        text = text.replace("@" + k + "@", str(v))
    assert "@S@" not in text
    return text


class T(object):
    pass


POS = []
LOOK = []


def simple(fn):
    def k(g):
        v = fn(g)
        return v, v
    return k


def pos(name, provider, kind, key, paths, lang, q='"', var=None, conv=False, prefix="",
        n=32, eref=None, docex=None, subs=None, noexpr=False):
    """Register a positive template.  render(g, S, c) -> text; S is the full slot text."""
    def deco(fn):
        t = T()
        t.name, t.provider, t.kind, t.key, t.paths = name, provider, kind, key, paths
        t.lang, t.q, t.var, t.conv, t.prefix, t.n = lang, q, var, conv, prefix, n
        t.eref = eref if eref is not None else lang
        t.docex, t.subs, t.noexpr, t.render = docex, subs, noexpr, fn
        POS.append(t)
        return fn
    return deco


def look(name, provider, kind, paths):
    def deco(fn):
        t = T()
        t.name, t.provider, t.kind, t.paths, t.render = name, provider, kind, paths, fn
        LOOK.append(t)
        return fn
    return deco


def ipynb(cells):
    """cells: list of (kind, source_text[, outputs])."""
    out = []
    for i, cell in enumerate(cells):
        kind, src = cell[0], cell[1]
        lines = src.split("\n")
        srcl = [ln + "\n" for ln in lines[:-1]] + [lines[-1]]
        if kind == "code":
            out.append({"cell_type": "code", "execution_count": i + 1, "metadata": {},
                        "outputs": cell[2] if len(cell) > 2 else [], "source": srcl})
        else:
            out.append({"cell_type": "markdown", "metadata": {}, "source": srcl})
    nb = {"cells": out,
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                      "name": "python3"},
                       "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def stream_out(text):
    lines = text.split("\n")
    return [{"name": "stdout", "output_type": "stream",
             "text": [ln + "\n" for ln in lines[:-1]] + [lines[-1]]}]


def named(g, S, var, fmt):
    """Half the time hoist the secret into a conventionally named constant.
    Returns (definition_text, argument_text)."""
    if g.chance(0.5):
        return fmt % (var, S), var
    return "", S


# ================================================================ POSITIVE TEMPLATES
# ---------------------------------------------------------------- Deepgram
@pos("dg_django_settings", "deepgram", "api_key", simple(k_deepgram),
     ["config/settings.py", "backend/settings/base.py", "voicebot/settings.py"], "py",
     var="DEEPGRAM_API_KEY", conv=True, n=40)
def _(g, S, c):
    return fill('''
"""Django settings for the @p@ project."""
from pathlib import Path
import os

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = ["localhost", "127.0.0.1", ".@co@.io"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "rest_framework",
    "calls",
    "transcripts",
]

# --- Speech-to-text -------------------------------------------------------
DEEPGRAM_MODEL = "@model@"
DEEPGRAM_LANGUAGE = "@lang@"
DEEPGRAM_API_KEY = @S@
DEEPGRAM_OPTIONS = {
    "smart_format": True,
    "diarize": @diar@,
    "punctuate": True,
    "utterances": True,
}

MEDIA_ROOT = BASE_DIR / "recordings"
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")
TIME_ZONE = "UTC"
''', p=proj(g), co=g.pick(COMPANIES), model=g.pick(DG_MODELS), lang=g.pick(LANGS),
                diar=g.pick(["True", "False"]), S=S)


@pos("dg_curl_header", "deepgram", "api_key", simple(k_deepgram),
     ["scripts/transcribe.sh", "bin/dg-transcribe", "tools/stt_smoke_test.sh"], "sh", q="",
     var="DEEPGRAM_API_KEY", n=40)
def _(g, S, c):
    return fill('''
#!/usr/bin/env bash
# Quick smoke test for the pre-recorded transcription endpoint.
# Usage: ./transcribe.sh path/to/audio.wav
set -euo pipefail

AUDIO="${1:-samples/@f@.wav}"
MODEL="${MODEL:-@model@}"

curl -sS --fail \\
  -X POST "https://api.deepgram.com/v1/listen?model=${MODEL}&smart_format=true&language=@lang@" \\
  -H "Authorization: Token @S@" \\
  -H "Content-Type: audio/wav" \\
  --data-binary @"${AUDIO}" \\
  | jq -r '.results.channels[0].alternatives[0].transcript'
''', f=g.pick(["greeting", "voicemail", "call_0042", "sample_8k"]), model=g.pick(DG_MODELS),
                lang=g.pick(LANGS), S=S)


@pos("dg_ts_client", "deepgram", "api_key", simple(k_deepgram),
     ["src/lib/deepgram.ts", "server/stt/client.ts", "apps/api/src/transcription.ts"], "ts",
     var="DEEPGRAM_API_KEY", n=40)
def _(g, S, c):
    return fill('''
import { createClient, LiveTranscriptionEvents } from "@deepgram/sdk";
import type { WebSocket } from "ws";
import { logger } from "./logger";

const deepgram = createClient(@S@);

export function startLiveTranscription(socket: WebSocket, callId: string) {
  const live = deepgram.listen.live({
    model: "@model@",
    language: "@lang@",
    encoding: "mulaw",
    sample_rate: 8000,
    interim_results: true,
    endpointing: @ep@,
  });

  live.on(LiveTranscriptionEvents.Transcript, (data) => {
    const text = data.channel.alternatives[0]?.transcript ?? "";
    if (text) socket.send(JSON.stringify({ callId, text, final: data.is_final }));
  });
  live.on(LiveTranscriptionEvents.Error, (err) => logger.error({ err, callId }, "deepgram error"));
  return live;
}
''', model=g.pick(DG_MODELS), lang=g.pick(LANGS), ep=g.pick([10, 100, 300, 500]), S=S)


@pos("dg_helm_values", "deepgram", "api_key", simple(k_deepgram),
     ["deploy/helm/values.yaml", "charts/stt-worker/values-prod.yaml", "k8s/values.yaml"],
     "yaml", q="", var="DEEPGRAM_API_KEY", conv=True, n=40)
def _(g, S, c):
    return fill('''
replicaCount: @rep@
image:
  repository: ghcr.io/@co@/stt-worker
  tag: "@ver@"
  pullPolicy: IfNotPresent

resources:
  requests:
    cpu: 250m
    memory: 256Mi

deepgram:
  model: @model@
  language: @lang@
  apiKey: @S@
  endpoint: https://api.deepgram.com/v1/listen

audio:
  sampleRate: @sr@
  channels: 1

service:
  type: ClusterIP
  port: 8080
''', rep=g.int(1, 4), co=g.pick(COMPANIES), ver="%d.%d.%d" % (g.int(0, 3), g.int(0, 20), g.int(0, 9)),
                model=g.pick(DG_MODELS), lang=g.pick(LANGS), sr=g.pick(SAMPLE_RATES), S=S)


@pos("dg_go_const", "deepgram", "api_key", simple(k_deepgram),
     ["internal/stt/deepgram.go", "pkg/transcribe/client.go", "cmd/worker/stt.go"], "go",
     var="DEEPGRAM_API_KEY", n=40)
def _(g, S, c):
    return fill('''
package stt

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

var @nm@ = @S@

type listenResponse struct {
	Results struct {
		Channels []struct {
			Alternatives []struct {
				Transcript string  `json:"transcript"`
				Confidence float64 `json:"confidence"`
			} `json:"alternatives"`
		} `json:"channels"`
	} `json:"results"`
}

// Transcribe sends a recording to the pre-recorded endpoint.
func Transcribe(ctx context.Context, audio io.Reader) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, @to@*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost,
		"https://api.deepgram.com/v1/listen?model=@model@&punctuate=true", audio)
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Token "+@nm@)
	req.Header.Set("Content-Type", "audio/wav")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("deepgram: status %d", resp.StatusCode)
	}
	var out listenResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.Results.Channels[0].Alternatives[0].Transcript, nil
}
''', nm=g.pick(["dgKey", "DeepgramAPIKey", "deepgramToken"]), to=g.pick([15, 30, 60]), model=g.pick(DG_MODELS), S=S)


@pos("dg_notebook", "deepgram", "api_key", simple(k_deepgram),
     ["notebooks/deepgram_eval.ipynb", "research/wer_comparison.ipynb", "nb/stt_benchmark.ipynb"],
     "py", var="DEEPGRAM_API_KEY", n=40)
def _(g, S, c):
    wer = "%.3f" % (g.int(40, 180) / 1000.0)
    nm = g.pick(["DG_KEY", "DEEPGRAM_API_KEY"])
    return ipynb([
        ("markdown", "# STT word error rate on the %s call set\nCompares Deepgram `%s` against our reference transcripts." % (g.pick(["support", "sales", "clinic"]), g.pick(DG_MODELS))),
        ("code", "import json\nimport requests\nimport jiwer\nfrom pathlib import Path"),
        ("code", nm + " = %s\nURL = \"https://api.deepgram.com/v1/listen?model=%s&smart_format=true\"" % (S, g.pick(DG_MODELS))),
        ("code", "def transcribe(p):\n    with open(p, \"rb\") as f:\n        r = requests.post(URL, headers={\"Authorization\": f\"Token {%s}\"}, data=f)\n    r.raise_for_status()\n    return r.json()[\"results\"][\"channels\"][0][\"alternatives\"][0][\"transcript\"]" % nm),
        ("code", "refs = json.loads(Path(\"refs.json\").read_text())\nhyps = {k: transcribe(f\"audio/{k}.wav\") for k in refs}\nprint(\"WER\", round(jiwer.wer(list(refs.values()), list(hyps.values())), 3))",
         stream_out("WER %s" % wer)),
    ])


# ---------------------------------------------------------------- AssemblyAI
@pos("aai_settings_attr", "assemblyai", "api_key", simple(k_assemblyai),
     ["app/transcribe.py", "workers/aai_worker.py", "src/podcast/transcriber.py"], "py",
     var="ASSEMBLYAI_API_KEY")
def _(g, S, c):
    return fill('''
import logging
import assemblyai as aai

log = logging.getLogger(__name__)

aai.settings.api_key = @S@

CONFIG = aai.TranscriptionConfig(
    speaker_labels=True,
    language_code="@lang@",
    punctuate=True,
    format_text=True,
)


def transcribe(url: str) -> str:
    transcriber = aai.Transcriber(config=CONFIG)
    transcript = transcriber.transcribe(url)
    if transcript.status == aai.TranscriptStatus.error:
        log.error("transcription failed: %s", transcript.error)
        raise RuntimeError(transcript.error)
    log.info("transcript %s done (%d words)", transcript.id, len(transcript.words or []))
    return transcript.text
''', lang=g.pick(["en_us", "en", "es", "de", "fr"]), S=S)


@pos("aai_axios_header", "assemblyai", "api_key", simple(k_assemblyai),
     ["server/upload.js", "routes/transcripts.js", "lib/assembly.js"], "js", q="'",
     var="ASSEMBLYAI_API_KEY")
def _(g, S, c):
    return fill('''
const axios = require('axios');
const fs = require('fs');

const assembly = axios.create({
  baseURL: 'https://api.assemblyai.com/v2',
  headers: {
    authorization: @S@,
    'content-type': 'application/json',
  },
  timeout: @to@,
});

async function uploadAndTranscribe(filePath) {
  const { data: upload } = await assembly.post('/upload', fs.createReadStream(filePath));
  const { data: job } = await assembly.post('/transcript', {
    audio_url: upload.upload_url,
    speaker_labels: true,
    auto_chapters: @ch@,
  });
  return job.id;
}

module.exports = { uploadAndTranscribe };
''', to=g.pick([30000, 60000]), ch=g.pick(["true", "false"]), S=S)


@pos("aai_toml", "assemblyai", "api_key", simple(k_assemblyai),
     ["config/pipeline.toml", "podcast.toml", "settings/transcription.toml"], "toml",
     var="ASSEMBLYAI_API_KEY", conv=True)
def _(g, S, c):
    return fill('''
[pipeline]
name = "@p@"
input_dir = "incoming/"
output_dir = "transcripts/"
max_parallel = @par@

[assemblyai]
api_key = @S@
speech_model = "@m@"
speaker_labels = true
webhook_url = "https://hooks.@co@.io/assemblyai"

[export]
formats = ["srt", "vtt", "txt"]
''', p=proj(g), par=g.int(2, 8), m=g.pick(["best", "nano", "universal"]), co=g.pick(COMPANIES), S=S)


@pos("aai_markdown_curl", "assemblyai", "api_key", simple(k_assemblyai),
     ["docs/setup.md", "docs/transcription.md", "NOTES.md"], "md", q="",
     var="ASSEMBLYAI_API_KEY", eref="sh")
def _(g, S, c):
    return fill('''
# Transcription service setup

The worker submits recordings to AssemblyAI and polls until the transcript is ready.

## Manual test

Upload a file and start a transcript:

```bash
curl --request POST \\
  --url https://api.assemblyai.com/v2/transcript \\
  --header 'Authorization: @S@' \\
  --header 'Content-Type: application/json' \\
  --data '{"audio_url": "https://storage.@co@.io/samples/@f@.mp3", "speaker_labels": true}'
```

Then poll `GET /v2/transcript/{id}` every few seconds until `status` is `completed`.

## Notes

- Speaker labels are on by default.
- Webhooks go to `/hooks/assemblyai` on the API service.
''', co=g.pick(COMPANIES), f=g.pick(["intro", "interview-03", "standup"]), S=S)


@pos("aai_kotlin_const", "assemblyai", "api_key", simple(k_assemblyai),
     ["android/app/src/main/java/io/app/notes/TranscriptionService.kt",
      "app/src/main/kotlin/com/voice/memo/AssemblyApi.kt"], "kt", var="ASSEMBLYAI_API_KEY")
def _(g, S, c):
    return fill('''
package com.@co@.memo

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.asRequestBody
import java.io.File

private const val @nm@ = @S@
private const val BASE = "https://api.assemblyai.com/v2"

class TranscriptionService(private val http: OkHttpClient = OkHttpClient()) {

    fun upload(file: File): String {
        val req = Request.Builder()
            .url("$BASE/upload")
            .header("authorization", @nm@)
            .post(file.asRequestBody("application/octet-stream".toMediaType()))
            .build()
        http.newCall(req).execute().use { resp ->
            check(resp.isSuccessful) { "upload failed: ${resp.code}" }
            return resp.body!!.string()
        }
    }
}
''', nm=g.pick(["AAI_TOKEN", "ASSEMBLYAI_API_KEY"]), co=g.pick(COMPANIES), S=S)


# ---------------------------------------------------------------- ElevenLabs
@pos("el_py_ctor", "elevenlabs", "api_key", simple(k_elevenlabs),
     ["tts/eleven.py", "app/services/tts.py", "voice/synth.py"], "py",
     var="ELEVENLABS_API_KEY", prefix="sk_", n=48)
def _(g, S, c):
    d, a = named(g, S, "ELEVENLABS_API_KEY", "%s = %s\n")
    return fill('''
from elevenlabs.client import ElevenLabs
from elevenlabs import VoiceSettings

@D@client = ElevenLabs(api_key=@A@)

VOICE_ID = "@vid@"  # @vname@
MODEL_ID = "@model@"


def synthesize(text: str, out_path: str) -> None:
    audio = client.text_to_speech.convert(
        voice_id=VOICE_ID,
        model_id=MODEL_ID,
        text=text,
        output_format="mp3_44100_128",
        voice_settings=VoiceSettings(stability=@st@, similarity_boost=0.75),
    )
    with open(out_path, "wb") as f:
        for chunk in audio:
            f.write(chunk)
''', D=d, A=a, vid=el_voice(g), vname=g.pick(EL_VOICE_NAMES), model=g.pick(EL_MODELS),
                st=g.pick(["0.3", "0.5", "0.7"]))


@pos("el_ts_fetch_header", "elevenlabs", "api_key", simple(k_elevenlabs),
     ["src/voice/tts.ts", "app/api/speak/route.ts", "server/eleven.ts"], "ts", q='"',
     var="ELEVENLABS_API_KEY", prefix="sk_", n=48)
def _(g, S, c):
    return fill('''
const VOICE = "@vid@";

export async function speak(text: string): Promise<ArrayBuffer> {
  const res = await fetch(`https://api.elevenlabs.io/v1/text-to-speech/${VOICE}/stream`, {
    method: "POST",
    headers: {
      "xi-api-key": @S@,
      "Content-Type": "application/json",
      Accept: "audio/mpeg",
    },
    body: JSON.stringify({
      text,
      model_id: "@model@",
      voice_settings: { stability: 0.5, similarity_boost: 0.8 },
    }),
  });
  if (!res.ok) throw new Error(`TTS failed: ${res.status}`);
  return res.arrayBuffer();
}
''', vid=el_voice(g), model=g.pick(EL_MODELS), S=S)


@pos("el_dotenv", "elevenlabs", "api_key", simple(k_elevenlabs),
     [".env"], "env", q="", var="ELEVENLABS_API_KEY", conv=True, prefix="sk_", n=48)
def _(g, S, c):
    return fill('''
# local development
PORT=@port@
LOG_LEVEL=debug
PUBLIC_BASE_URL=https://@sub@.ngrok-free.app
ELEVENLABS_API_KEY=@S@
ELEVENLABS_VOICE_ID=@vid@
ELEVENLABS_MODEL=@model@
REDIS_URL=redis://localhost:6379/1
''', port=g.pick([3000, 5050, 8000, 8080]), sub=g.s(LOWALNUM, 12), vid=el_voice(g),
                model=g.pick(EL_MODELS), S=S)


@pos("el_agent_json", "elevenlabs", "api_key", simple(k_elevenlabs),
     ["agent/config.json", "config/voice.json", "agents/receptionist.json"], "json",
     var="ELEVENLABS_API_KEY", conv=True, prefix="sk_", n=48)
def _(g, S, c):
    return fill('''
{
  "name": "@name@",
  "language": "@lang@",
  "llm": {
    "provider": "openai",
    "model": "gpt-4o-mini",
    "temperature": 0.4
  },
  "tts": {
    "provider": "elevenlabs",
    "voice_id": "@vid@",
    "model_id": "@model@",
    "elevenlabs_api_key": @S@,
    "optimize_streaming_latency": @lat@
  },
  "stt": {
    "provider": "deepgram",
    "model": "@dg@"
  },
  "first_message": "Hi, thanks for calling @co@. How can I help?"
}
''', name=g.pick(["Receptionist", "Front Desk", "Support Agent", "Booking Bot"]),
                lang=g.pick(LANGS), vid=el_voice(g), model=g.pick(EL_MODELS), lat=g.int(0, 4),
                dg=g.pick(DG_MODELS), co=g.pick(COMPANIES).title(), S=S)


@pos("el_swift_header", "elevenlabs", "api_key", simple(k_elevenlabs),
     ["ios/VoiceApp/Services/SpeechService.swift", "Sources/Narrator/TTSClient.swift"], "swift",
     var="ELEVENLABS_API_KEY", prefix="sk_", n=48)
def _(g, S, c):
    return fill('''
import Foundation
import AVFoundation

final class SpeechService {
    private let voiceID = "@vid@"
    private var player: AVAudioPlayer?

    func speak(_ text: String) async throws {
        var request = URLRequest(url: URL(string: "https://api.elevenlabs.io/v1/text-to-speech/\\(voiceID)")!)
        request.httpMethod = "POST"
        request.setValue(@S@, forHTTPHeaderField: "xi-api-key")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body: [String: Any] = ["text": text, "model_id": "@model@"]
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (data, _) = try await URLSession.shared.data(for: request)
        player = try AVAudioPlayer(data: data)
        player?.play()
    }
}
''', vid=el_voice(g), model=g.pick(EL_MODELS), S=S)


@pos("el_debug_log", "elevenlabs", "api_key", simple(k_elevenlabs),
     ["logs/tts-worker.log", "var/log/narrator/debug.log", "logs/2024-06-03-tts.log"], "log",
     q="", var="ELEVENLABS_API_KEY", prefix="sk_", n=48, eref="none")
def _(g, S, c):
    d = g.date()
    rows = []
    for i in range(g.int(3, 6)):
        rows.append("%s %02d:%02d:%02d,%03d INFO  tts.worker job=%s chars=%d voice=%s latency_ms=%d" % (
            d, g.int(8, 20), g.int(0, 59), g.int(0, 59), g.int(0, 999), g.uuid4(), g.int(40, 900),
            el_voice(g), g.int(180, 1400)))
    k = g.int(1, len(rows) - 1)
    req = "%s %02d:%02d:%02d,%03d DEBUG urllib3.connectionpool POST /v1/text-to-speech/%s headers={'xi-api-key': '%s', 'Content-Type': 'application/json', 'Accept': 'audio/mpeg'}" % (
        d, g.int(8, 20), g.int(0, 59), g.int(0, 59), g.int(0, 999), el_voice(g), S)
    rows.insert(k, req)
    rows.append("%s %02d:%02d:%02d,%03d WARN  tts.worker retrying after 429 (attempt 2/5)" % (
        d, g.int(8, 20), g.int(0, 59), g.int(0, 59), g.int(0, 999)))
    return "\n".join(sorted(rows)) + "\n"


# ---------------------------------------------------------------- Rev.ai
@pos("rev_py_positional", "revai", "access_token", simple(k_revai),
     ["revai_jobs.py", "scripts/submit_rev.py", "transcribe/rev_client.py"], "py",
     var="REVAI_ACCESS_TOKEN", prefix="02", n=91)
def _(g, S, c):
    return fill('''
import time
from rev_ai import apiclient
from rev_ai.models import JobStatus

client = apiclient.RevAiAPIClient(@S@)


def run(path: str) -> str:
    job = client.submit_job_local_file(path, metadata="@meta@", skip_diarization=False)
    while True:
        details = client.get_job_details(job.id)
        if details.status == JobStatus.TRANSCRIBED:
            return client.get_transcript_text(job.id)
        if details.status == JobStatus.FAILED:
            raise RuntimeError(details.failure_detail)
        time.sleep(@poll@)


if __name__ == "__main__":
    print(run("recordings/@f@.mp3"))
''', meta=g.pick(["weekly-sync", "customer-call", "lecture"]), poll=g.pick([5, 10, 15]),
                f=g.pick(["call_017", "lecture_week3", "sync"]), S=S)


@pos("rev_gh_workflow", "revai", "access_token", simple(k_revai),
     [".github/workflows/transcribe.yml", ".github/workflows/nightly-captions.yml"], "yaml",
     q="", var="REVAI_ACCESS_TOKEN", conv=True, prefix="02", n=91)
def _(g, S, c):
    return fill('''
name: nightly-captions

on:
  schedule:
    - cron: "@m@ 3 * * *"
  workflow_dispatch:

jobs:
  captions:
    runs-on: ubuntu-latest
    env:
      REVAI_ACCESS_TOKEN: @S@
      MEDIA_BUCKET: s3://@co@-media/episodes
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install rev_ai boto3
      - run: python scripts/captions.py --since 24h --format srt
''', m=g.int(0, 59), co=g.pick(COMPANIES), S=S)


@pos("rev_curl", "revai", "access_token", simple(k_revai),
     ["scripts/rev_submit.sh", "ops/captions/submit.sh"], "sh", q="",
     var="REVAI_ACCESS_TOKEN", prefix="02", n=91)
def _(g, S, c):
    return fill('''
#!/bin/sh
# submit a media URL to Rev AI and print the job id
MEDIA_URL="$1"
curl -s -X POST "https://api.rev.ai/speechtotext/v1/jobs" \\
     -H "Authorization: Bearer @S@" \\
     -H "Content-Type: application/json" \\
     -d "{\\"source_config\\": {\\"url\\": \\"${MEDIA_URL}\\"}, \\"metadata\\": \\"@meta@\\"}" \\
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
''', meta=g.pick(["podcast", "webinar", "support-call"]), S=S)


# ---------------------------------------------------------------- Speechmatics
@pos("sm_py_connection", "speechmatics", "api_key", simple(k_speechmatics),
     ["stt/speechmatics_rt.py", "live/captioner.py", "services/realtime_stt.py"], "py",
     var="SPEECHMATICS_API_KEY")
def _(g, S, c):
    d, a = named(g, S, "SPEECHMATICS_API_KEY", "%s = %s\n")
    return fill('''
import speechmatics
from speechmatics.models import ConnectionSettings, TranscriptionConfig, AudioSettings

CONNECTION_URL = "wss://@reg@.rt.speechmatics.com/v2"
@D@
settings = ConnectionSettings(
    url=CONNECTION_URL,
    auth_token=@A@,
)

ws = speechmatics.client.WebsocketClient(settings)
conf = TranscriptionConfig(
    language="@lang@",
    enable_partials=True,
    max_delay=@md@,
    operating_point="enhanced",
)
audio = AudioSettings(encoding="pcm_s16le", sample_rate=@sr@)
''', reg=g.pick(["eu2", "us2"]), lang=g.pick(["en", "de", "es", "fr"]),
                md=g.pick(["1", "2", "3.5"]), sr=g.pick([16000, 44100, 48000]), D=d, A=a)


@pos("sm_compose", "speechmatics", "api_key", simple(k_speechmatics),
     ["docker-compose.yml", "deploy/docker-compose.prod.yml", "compose.yaml"], "yaml", q="",
     var="SPEECHMATICS_API_KEY", conv=True, eref="yaml")
def _(g, S, c):
    return fill('''
services:
  captioner:
    build: ./captioner
    restart: unless-stopped
    ports:
      - "@port@:8000"
    environment:
      SPEECHMATICS_API_KEY: @S@
      SPEECHMATICS_URL: https://asr.api.speechmatics.com/v2
      LANGUAGE: @lang@
      REDIS_URL: redis://redis:6379/0
    depends_on:
      - redis
  redis:
    image: redis:7-alpine
    volumes:
      - redis-data:/data
volumes:
  redis-data:
''', port=g.pick([8000, 8080, 9000]), lang=g.pick(["en", "de", "fr"]), S=S)


@pos("sm_js_batch", "speechmatics", "api_key", simple(k_speechmatics),
     ["src/batch/submit.js", "jobs/transcribe.mjs"], "js", q="'", var="SPEECHMATICS_API_KEY")
def _(g, S, c):
    return fill('''
import { BatchClient } from '@speechmatics/batch-client';
import { openAsBlob } from 'node:fs';

const client = new BatchClient({ apiKey: @S@, appId: '@app@' });

export async function transcribeFile(path) {
  const blob = await openAsBlob(path);
  const file = new File([blob], path.split('/').pop());
  const response = await client.transcribe(
    file,
    { transcription_config: { language: '@lang@', diarization: 'speaker' } },
    'json-v2',
  );
  return response.results.map((r) => r.alternatives?.[0]?.content).join(' ');
}
''', app=g.pick(APPS), lang=g.pick(["en", "de", "es"]), S=S)


# ---------------------------------------------------------------- Picovoice
@pos("pv_py_create", "picovoice", "access_key", simple(k_picovoice),
     ["wakeword/listener.py", "assistant/wake.py", "pi/hotword.py"], "py",
     var="PICOVOICE_ACCESS_KEY")
def _(g, S, c):
    return fill('''
import struct
import pvporcupine
from pvrecorder import PvRecorder

porcupine = pvporcupine.create(
    access_key=@S@,
    keywords=["@kw@"],
    sensitivities=[@sens@],
)
recorder = PvRecorder(device_index=@dev@, frame_length=porcupine.frame_length)


def loop(on_wake):
    recorder.start()
    try:
        while True:
            pcm = recorder.read()
            if porcupine.process(pcm) >= 0:
                on_wake()
    finally:
        recorder.stop()
        porcupine.delete()
''', kw=g.pick(WAKE), sens=g.pick(["0.5", "0.6", "0.7"]), dev=g.pick([-1, 0, 1, 2]), S=S)


@pos("pv_kotlin", "picovoice", "access_key", simple(k_picovoice),
     ["android/app/src/main/java/com/app/wake/WakeWordManager.kt",
      "app/src/main/java/ai/voice/HotwordService.kt"], "kt", var="PICOVOICE_ACCESS_KEY",
     conv=True)
def _(g, S, c):
    return fill('''
package com.@co@.wake

import ai.picovoice.porcupine.Porcupine
import ai.picovoice.porcupine.PorcupineManager
import android.content.Context
import android.util.Log

object WakeWordManager {
    private const val ACCESS_KEY = @S@
    private var manager: PorcupineManager? = null

    fun start(context: Context, onWake: () -> Unit) {
        manager = PorcupineManager.Builder()
            .setAccessKey(ACCESS_KEY)
            .setKeyword(Porcupine.BuiltInKeyword.@kw@)
            .setSensitivity(@sens@f)
            .build(context) { Log.d("Wake", "detected"); onWake() }
        manager?.start()
    }

    fun stop() {
        manager?.stop()
        manager?.delete()
    }
}
''', co=g.pick(COMPANIES), kw=g.pick(["JARVIS", "COMPUTER", "PORCUPINE", "BUMBLEBEE"]),
                sens=g.pick(["0.5", "0.65", "0.7"]), S=S)


@pos("pv_swift", "picovoice", "access_key", simple(k_picovoice),
     ["ios/Wake/ViewModel.swift", "Sources/App/WakeWordListener.swift"], "swift",
     var="PICOVOICE_ACCESS_KEY")
def _(g, S, c):
    return fill('''
import Foundation
import Porcupine

final class WakeWordListener: ObservableObject {
    @Published var isListening = false
    private let accessKey = @S@
    private var manager: PorcupineManager?

    func start() {
        do {
            manager = try PorcupineManager(
                accessKey: accessKey,
                keyword: Porcupine.BuiltInKeyword.@kw@,
                onDetection: { _ in NotificationCenter.default.post(name: .wakeWord, object: nil) })
            try manager?.start()
            isListening = true
        } catch {
            print("Porcupine failed: \\(error)")
        }
    }
}
''', kw=g.pick(["jarvis", "computer", "porcupine", "bumblebee"]), S=S)


@pos("pv_c_header", "picovoice", "access_key", simple(k_picovoice),
     ["firmware/include/pv_config.h", "components/wake/include/wake_config.h"], "c",
     var="PICOVOICE_ACCESS_KEY")
def _(g, S, c):
    return fill('''
#ifndef PV_CONFIG_H
#define PV_CONFIG_H

#include <stdint.h>

#define MEMORY_BUFFER_SIZE (@mem@ * 1024)
#define PV_SENSITIVITY     (@sens@f)
#define AUDIO_SAMPLE_RATE  (16000)

static const char *ACCESS_KEY = @S@;

extern const uint8_t KEYWORD_ARRAY[];
extern const int32_t KEYWORD_ARRAY_LEN;

#endif /* PV_CONFIG_H */
''', mem=g.pick([50, 70, 100]), sens=g.pick(["0.75", "0.5", "0.6"]), S=S)


# ---------------------------------------------------------------- Vapi
@pos("vapi_curl_bearer", "vapi", "private_key", simple(k_vapi),
     ["scripts/outbound_call.sh", "test_scripts/vapi_call.sh", "ops/dial.sh"], "sh", q="",
     var="VAPI_PRIVATE_KEY", n=36)
def _(g, S, c):
    return fill('''
#!/usr/bin/env bash
# place a test outbound call through the assistant
ASSISTANT_ID="@aid@"
PHONE_NUMBER_ID="@pid@"
TO="${1:-@to@}"

curl -sS -X POST "https://api.vapi.ai/call" \\
  -H "Authorization: Bearer @S@" \\
  -H "Content-Type: application/json" \\
  -d "{
    \\"assistantId\\": \\"${ASSISTANT_ID}\\",
    \\"phoneNumberId\\": \\"${PHONE_NUMBER_ID}\\",
    \\"customer\\": { \\"number\\": \\"${TO}\\" }
  }" | jq .
''', aid=g.uuid4(), pid=g.uuid4(), to=g.phone(), S=S)


@pos("vapi_py_client", "vapi", "private_key", simple(k_vapi),
     ["calls/dialer.py", "app/vapi_client.py", "campaigns/run.py"], "py",
     var="VAPI_PRIVATE_KEY", n=36)
def _(g, S, c):
    return fill('''
from vapi import Vapi

client = Vapi(token=@S@)

ASSISTANT_ID = "@aid@"
PHONE_NUMBER_ID = "@pid@"


def call(number: str, name: str):
    return client.calls.create(
        assistant_id=ASSISTANT_ID,
        phone_number_id=PHONE_NUMBER_ID,
        customer={"number": number, "name": name},
        assistant_overrides={"variableValues": {"name": name}},
    )
''', aid=g.uuid4(), pid=g.uuid4(), S=S)


@pos("vapi_ts_const", "vapi", "private_key", simple(k_vapi),
     ["src/server/vapi.ts", "lib/vapi/server.ts", "api/calls/create.ts"], "ts",
     var="VAPI_PRIVATE_KEY", conv=True, n=36)
def _(g, S, c):
    return fill('''
const VAPI_API_URL = "https://api.vapi.ai";
const VAPI_PRIVATE_KEY = @S@;

interface CreateCallRequest {
  assistantId: string;
  phoneNumberId: string;
  customer: { number: string };
}

export async function vapiRequest<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${VAPI_API_URL}${path}`, {
    method: body ? "POST" : "GET",
    headers: {
      Authorization: `Bearer ${VAPI_PRIVATE_KEY}`,
      "Content-Type": "application/json",
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`Vapi ${path} failed: ${res.status}`);
  return (await res.json()) as T;
}

export const createCall = (req: CreateCallRequest) => vapiRequest("/call", req);
''', S=S)


@pos("vapi_k8s_secret", "vapi", "private_key", simple(k_vapi),
     ["k8s/secrets/vapi.yaml", "deploy/manifests/voice-secrets.yaml"], "yaml", q="",
     var="VAPI_PRIVATE_KEY", conv=True, n=36)
def _(g, S, c):
    return fill('''
apiVersion: v1
kind: Secret
metadata:
  name: voice-agent-secrets
  namespace: @ns@
  labels:
    app.kubernetes.io/name: voice-agent
type: Opaque
stringData:
  VAPI_PRIVATE_KEY: @S@
  VAPI_ASSISTANT_ID: @aid@
  VAPI_BASE_URL: https://api.vapi.ai
''', ns=g.pick(["voice", "agents", "prod", "calls"]), aid=g.uuid4(), S=S)


# ---------------------------------------------------------------- Retell AI
@pos("retell_ts_ctor", "retell", "api_key", simple(k_retell),
     ["src/retell/client.ts", "backend/services/retell.ts", "lib/retell.ts"], "ts", q="'",
     var="RETELL_API_KEY", prefix="key_", n=28)
def _(g, S, c):
    return fill('''
import Retell from 'retell-sdk';

export const retell = new Retell({
  apiKey: @S@,
  timeout: @to@,
  maxRetries: 2,
});

export async function startWebCall(agentId: string, metadata: Record<string, string>) {
  const call = await retell.call.createWebCall({ agent_id: agentId, metadata });
  return { callId: call.call_id, accessToken: call.access_token };
}
''', to=g.pick([20000, 30000, 60000]), S=S)


@pos("retell_py_const", "retell", "api_key", simple(k_retell),
     ["app/config.py", "retell_app/settings.py", "server/config.py"], "py",
     var="RETELL_API_KEY", conv=True, prefix="key_", n=28)
def _(g, S, c):
    return fill('''
import os
from dataclasses import dataclass

RETELL_API_BASE_URL = "https://api.retellai.com"
RETELL_API_KEY = @S@
RETELL_AGENT_ID = "@agent@"
RETELL_FROM_NUMBER = "@num@"


@dataclass(frozen=True)
class Timeouts:
    connect: float = 5.0
    read: float = 30.0


LOG_LEVEL = os.getenv("LOG_LEVEL", "INFO")
''', agent="agent_" + g.hex(26), num=g.phone(), S=S)


@pos("retell_postman", "retell", "api_key", simple(k_retell),
     ["postman/retell.postman_collection.json", "api-collections/retell.json"], "json", q="",
     var="RETELL_API_KEY", prefix="key_", n=28, eref="none")
def _(g, S, c):
    return fill('''
{
  "info": {
    "name": "Retell AI - @co@",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "item": [
    {
      "name": "Create phone call",
      "request": {
        "method": "POST",
        "header": [
          { "key": "Authorization", "value": "Bearer @S@" },
          { "key": "Content-Type", "value": "application/json" }
        ],
        "url": { "raw": "https://api.retellai.com/v2/create-phone-call" },
        "body": {
          "mode": "raw",
          "raw": "{\\"from_number\\": \\"@from@\\", \\"to_number\\": \\"@to@\\"}"
        }
      }
    }
  ]
}
''', co=g.pick(COMPANIES).title(), **{"from": g.phone()}, to=g.phone(), S=S)


# ---------------------------------------------------------------- Bland AI
@pos("bland_py_headers", "bland", "api_key", simple(k_bland),
     ["main.py", "outbound/send_call.py", "bland/calls.py"], "py", q="'",
     var="BLAND_API_KEY", n=66)
def _(g, S, c):
    return fill('''
import requests

headers = {
    'authorization': @S@,
    'Content-Type': 'application/json',
}

data = {
    'phone_number': '@to@',
    'task': 'Confirm the appointment for tomorrow and offer to reschedule if needed.',
    'voice': '@voice@',
    'wait_for_greeting': True,
    'record': True,
    'max_duration': @md@,
}

response = requests.post('https://api.bland.ai/v1/calls', json=data, headers=headers)
print(response.status_code, response.json().get('call_id'))
''', to=g.phone(), voice=g.pick(["maya", "josh", "paige", "mason"]), md=g.pick([5, 10, 12]), S=S)


@pos("bland_js_config", "bland", "api_key", simple(k_bland),
     ["config/bland.js", "src/config/telephony.js"], "js", q="'", var="BLAND_API_KEY",
     conv=True, n=66)
def _(g, S, c):
    return fill('''
// Bland AI endpoints and defaults
module.exports = {
  BLAND_API_KEY: @S@,
  endpoints: {
    sendCall: 'https://api.bland.ai/v1/calls',
    callLogs: 'https://api.bland.ai/v1/calls',
    stopCall: (id) => `https://api.bland.ai/v1/calls/${id}/stop`,
  },
  defaults: {
    voice: '@voice@',
    model: 'enhanced',
    language: 'en-US',
    interruption_threshold: @it@,
  },
};
''', voice=g.pick(["maya", "josh", "paige"]), it=g.pick([100, 150, 200]), S=S)


# ---------------------------------------------------------------- PlayHT
@pos("playht_py_client", "playht", "secret_key", simple(k_playht),
     ["tts/playht_stream.py", "services/voice_over.py"], "py", var="PLAYHT_API_KEY")
def _(g, S, c):
    return fill('''
from pyht import Client, TTSOptions, Format

client = Client(
    user_id="@uid@",
    api_key=@S@,
)

options = TTSOptions(
    voice="s3://voice-cloning-zero-shot/@vv@/manifest.json",
    format=Format.FORMAT_MP3,
    speed=1.0,
)


def render(text: str, path: str) -> None:
    with open(path, "wb") as f:
        for chunk in client.tts(text, options, voice_engine="PlayDialog"):
            f.write(chunk)
''', uid=g.b62(28), vv=g.uuid4(), S=S)


@pos("playht_curl", "playht", "secret_key", simple(k_playht),
     ["scripts/playht_tts.sh", "tools/voiceover.sh"], "sh", q="", var="PLAYHT_API_KEY")
def _(g, S, c):
    return fill('''
#!/usr/bin/env bash
set -e
TEXT="${1:-Welcome to @co@. Your call may be recorded.}"
curl --request POST \\
  --url https://api.play.ht/api/v2/tts/stream \\
  --header 'AUTHORIZATION: Bearer @S@' \\
  --header 'X-USER-ID: @uid@' \\
  --header 'accept: audio/mpeg' \\
  --header 'content-type: application/json' \\
  --data "{\\"text\\": \\"${TEXT}\\", \\"voice_engine\\": \\"Play3.0-mini\\", \\"output_format\\": \\"mp3\\"}" \\
  --output greeting.mp3
''', co=g.pick(COMPANIES).title(), uid=g.b62(28), S=S)


@pos("playht_yaml", "playht", "secret_key", simple(k_playht),
     ["config/tts.yaml", "settings/voices.yml"], "yaml", q="", var="PLAYHT_API_KEY",
     conv=True)
def _(g, S, c):
    return fill('''
tts:
  default_provider: playht
  cache_dir: /var/cache/tts
  playht:
    user_id: @uid@
    secret_key: @S@
    voice_engine: PlayDialog
    sample_rate: @sr@
  fallback:
    provider: azure
    voice: @az@
''', uid=g.b62(28), sr=g.pick([24000, 44100, 48000]), az=g.pick(AZ_VOICES), S=S)


# ---------------------------------------------------------------- Cartesia
@pos("cartesia_py_ctor", "cartesia", "api_key", simple(k_cartesia),
     ["tts/cartesia_tts.py", "agent/voice.py", "bot/tts.py"], "py", var="CARTESIA_API_KEY",
     prefix="sk_car_", n=24)
def _(g, S, c):
    d, a = named(g, S, "CARTESIA_API_KEY", "%s = %s\n")
    return fill('''
from cartesia import Cartesia

@D@client = Cartesia(api_key=@A@)

VOICE_ID = "@vid@"


def tts_bytes(text: str) -> bytes:
    chunks = client.tts.bytes(
        model_id="@model@",
        transcript=text,
        voice={"mode": "id", "id": VOICE_ID},
        language="en",
        output_format={"container": "wav", "encoding": "pcm_f32le", "sample_rate": @sr@},
    )
    return b"".join(chunks)
''', D=d, A=a, vid=g.uuid4(), model=g.pick(["sonic-2", "sonic", "sonic-english", "sonic-turbo"]),
                sr=g.pick([22050, 24000, 44100]))


@pos("cartesia_ws_url", "cartesia", "api_key", simple(k_cartesia),
     ["src/realtime/cartesiaSocket.ts", "web/lib/tts-socket.ts"], "ts", q="",
     var="CARTESIA_API_KEY", prefix="sk_car_", n=24, eref="none")
def _(g, S, c):
    return fill('''
const VERSION = "@ver@";
const URL = `wss://api.cartesia.ai/tts/websocket?api_key=@S@&cartesia_version=${VERSION}`;

export function openTtsSocket(onAudio: (pcm: ArrayBuffer) => void): WebSocket {
  const ws = new WebSocket(URL);
  ws.binaryType = "arraybuffer";
  ws.onmessage = (ev) => {
    const msg = JSON.parse(ev.data as string);
    if (msg.type === "chunk") onAudio(Uint8Array.from(atob(msg.data), (ch) => ch.charCodeAt(0)).buffer);
  };
  return ws;
}

export function speak(ws: WebSocket, contextId: string, text: string) {
  ws.send(JSON.stringify({
    model_id: "sonic-2",
    transcript: text,
    voice: { mode: "id", id: "@vid@" },
    output_format: { container: "raw", encoding: "pcm_s16le", sample_rate: 24000 },
    context_id: contextId,
    continue: false,
  }));
}
''', ver=g.pick(["2024-06-10", "2024-11-13", "2025-04-16"]), vid=g.uuid4(), S=S)


@pos("cartesia_toml", "cartesia", "api_key", simple(k_cartesia),
     ["bot.toml", "config/agent.toml"], "toml", var="CARTESIA_API_KEY", conv=True,
     prefix="sk_car_", n=24)
def _(g, S, c):
    return fill('''
[agent]
name = "@name@"
vad = "silero"
allow_interruptions = true

[stt]
provider = "deepgram"
model = "@dg@"

[tts]
provider = "cartesia"
cartesia_api_key = @S@
voice_id = "@vid@"
model = "sonic-2"
''', name=g.pick(["concierge", "helpdesk", "triage"]), dg=g.pick(DG_MODELS), vid=g.uuid4(), S=S)


# ---------------------------------------------------------------- Azure Speech
def _azkey(g):
    k, reg = k_azure(g)
    g.last_region = reg
    return k, k


def _azreg(g):
    return getattr(g, "last_region", None) or g.pick(REGIONS_AZ)


@pos("az_py_speechconfig", "azure_speech", "subscription_key", _azkey,
     ["speech/azure_tts.py", "app/speech.py", "tts/azure.py"], "py", var="AZURE_SPEECH_KEY")
def _(g, S, c):
    return fill('''
import azure.cognitiveservices.speech as speechsdk

speech_config = speechsdk.SpeechConfig(
    subscription=@S@,
    region="@reg@",
)
speech_config.speech_synthesis_voice_name = "@voice@"
speech_config.set_speech_synthesis_output_format(
    speechsdk.SpeechSynthesisOutputFormat.Riff24Khz16BitMonoPcm
)


def say(text: str, path: str) -> None:
    audio = speechsdk.audio.AudioOutputConfig(filename=path)
    synth = speechsdk.SpeechSynthesizer(speech_config=speech_config, audio_config=audio)
    result = synth.speak_text_async(text).get()
    if result.reason != speechsdk.ResultReason.SynthesizingAudioCompleted:
        raise RuntimeError(result.cancellation_details.error_details)
''', reg=_azreg(g), voice=g.pick(AZ_VOICES), S=S)


@pos("az_cs_fromsub", "azure_speech", "subscription_key", _azkey,
     ["src/Speech/Recognizer.cs", "VoiceBot/Services/SpeechService.cs"], "cs",
     var="AZURE_SPEECH_KEY")
def _(g, S, c):
    return fill('''
using System;
using System.Threading.Tasks;
using Microsoft.CognitiveServices.Speech;
using Microsoft.CognitiveServices.Speech.Audio;

namespace VoiceBot.Services
{
    public class SpeechService
    {
        private readonly SpeechConfig _config;

        public SpeechService()
        {
            _config = SpeechConfig.FromSubscription(@S@, "@reg@");
            _config.SpeechRecognitionLanguage = "@lang@";
        }

        public async Task<string> RecognizeOnceAsync()
        {
            using var audio = AudioConfig.FromDefaultMicrophoneInput();
            using var recognizer = new SpeechRecognizer(_config, audio);
            var result = await recognizer.RecognizeOnceAsync();
            return result.Reason == ResultReason.RecognizedSpeech ? result.Text : string.Empty;
        }
    }
}
''', reg=_azreg(g), lang=g.pick(["en-US", "de-DE", "fr-FR", "es-ES"]), S=S)


@pos("az_appsettings", "azure_speech", "subscription_key", _azkey,
     ["appsettings.json", "src/Api/appsettings.Development.json"], "json",
     var="AZURE_SPEECH_KEY", conv=True)
def _(g, S, c):
    return fill('''
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "AzureSpeech": {
    "SubscriptionKey": @S@,
    "Region": "@reg@",
    "VoiceName": "@voice@",
    "RecognitionLanguage": "@lang@"
  },
  "Telephony": {
    "MediaStreamPath": "/media",
    "SampleRate": 8000
  }
}
''', reg=_azreg(g), voice=g.pick(AZ_VOICES), lang=g.pick(["en-US", "en-GB", "de-DE"]), S=S)


@pos("az_curl_header", "azure_speech", "subscription_key", _azkey,
     ["scripts/azure_tts.sh", "tools/ssml_render.sh"], "sh", q="", var="AZURE_SPEECH_KEY")
def _(g, S, c):
    reg = _azreg(g)
    voice = g.pick(AZ_VOICES)
    return fill('''
#!/usr/bin/env bash
# render an SSML prompt for the IVR menu
OUT="${1:-prompts/menu.wav}"
curl --location --request POST "https://@reg@.tts.speech.microsoft.com/cognitiveservices/v1" \\
  --header "Ocp-Apim-Subscription-Key: @S@" \\
  --header "Content-Type: application/ssml+xml" \\
  --header "X-Microsoft-OutputFormat: riff-8khz-16bit-mono-pcm" \\
  --header "User-Agent: ivr-prompts" \\
  --data-raw "<speak version='1.0' xml:lang='@lang@'><voice name='@voice@'>For sales, press one. For support, press two.</voice></speak>" \\
  --output "$OUT"
''', reg=reg, voice=voice, lang=voice[:5], S=S)


@pos("az_terraform", "azure_speech", "subscription_key", _azkey,
     ["infra/keyvault.tf", "terraform/speech_secrets.tf"], "tf", var="AZURE_SPEECH_KEY")
def _(g, S, c):
    return fill('''
resource "azurerm_key_vault_secret" "speech_key" {
  name         = "speech-subscription-key"
  value        = @S@
  key_vault_id = azurerm_key_vault.voice.id
  content_type = "text/plain"

  tags = {
    service = "@app@"
    region  = "@reg@"
  }
}

output "speech_region" {
  value = "@reg@"
}
''', app=g.pick(APPS), reg=_azreg(g), S=S)


@pos("az_webconfig_xml", "azure_speech", "subscription_key", _azkey,
     ["App.config", "src/Kiosk/Web.config"], "xml", var="AZURE_SPEECH_KEY")
def _(g, S, c):
    return fill('''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <appSettings>
    <add key="SpeechRegion" value="@reg@" />
    <add key="SpeechKey" value=@S@ />
    <add key="VoiceName" value="@voice@" />
    <add key="KioskId" value="@kid@" />
  </appSettings>
</configuration>
''', reg=_azreg(g), voice=g.pick(AZ_VOICES), kid=g.uuid4(), S=S)


# ---------------------------------------------------------------- Google Cloud Speech
def _sa_key(g):
    p = private_pem(g) + "\n"
    return p, first_body_line(p)


def _sa_json(g, S, project):
    name = g.pick(["speech-runner", "stt-worker", "transcriber", "voice-pipeline"])
    return {"type": "service_account", "project_id": project, "private_key_id": g.hex(40),
            "private_key": S, "client_email": "%s@%s.iam.gserviceaccount.com" % (name, project),
            "client_id": g.digits(21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
            "token_uri": "https://oauth2.googleapis.com/token",
            "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
            "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com" % (name, project),
            "universe_domain": "googleapis.com"}


def _pem_subs(g, t, lang):
    """Non-secret values for a PEM slot (raw text; caller adds quoting)."""
    return g.pick([("placeholder", "-----BEGIN PRIVATE KEY-----\n<paste the private key here>\n-----END PRIVATE KEY-----\n"),
                   ("empty", ""),
                   ("masked", "-----BEGIN PRIVATE KEY-----\n[REDACTED]\n-----END PRIVATE KEY-----\n"),
                   ("placeholder", "YOUR_PRIVATE_KEY")])


@pos("gcp_sa_file", "google_cloud", "service_account", _sa_key,
     ["credentials/speech-sa.json", "secrets/gcp-stt.json", "keys/service-account.json"],
     "json", q="", var="GOOGLE_APPLICATION_CREDENTIALS", subs="pem")
def _(g, S, c):
    project = "%s-%s-%d" % (g.pick(COMPANIES), g.pick(["speech", "voice", "stt"]), g.int(100000, 999999))
    d = _sa_json(g, "@@SLOT@@", project)
    txt = json.dumps(d, indent=2)
    return txt.replace('"@@SLOT@@"', json.dumps(S)) + "\n"


@pos("gcp_sa_inline_py", "google_cloud", "service_account", _sa_key,
     ["stt/google_client.py", "app/gcp_speech.py"], "py", q="", var="GCP_SA_KEY", subs="pem")
def _(g, S, c):
    project = "%s-voice-%d" % (g.pick(COMPANIES), g.int(1000, 99999))
    d = _sa_json(g, "@@SLOT@@", project)
    body = ",\n".join("    %s: %s" % (json.dumps(k), json.dumps(v)) for k, v in d.items())
    body = body.replace('"@@SLOT@@"', json.dumps(S))
    return fill('''
from google.cloud import speech
from google.oauth2 import service_account

SERVICE_ACCOUNT_INFO = {
@body@
}

credentials = service_account.Credentials.from_service_account_info(SERVICE_ACCOUNT_INFO)
client = speech.SpeechClient(credentials=credentials)

config = speech.RecognitionConfig(
    encoding=speech.RecognitionConfig.AudioEncoding.LINEAR16,
    sample_rate_hertz=@sr@,
    language_code="@lang@",
    enable_automatic_punctuation=True,
)
''', body=body, sr=g.pick([8000, 16000]), lang=g.pick(["en-US", "en-GB", "es-US"]), S="")


@pos("gcp_sa_k8s", "google_cloud", "service_account", _sa_key,
     ["k8s/gcp-speech-credentials.yaml", "deploy/secret-gcp.yaml"], "yaml", q="",
     var="GOOGLE_APPLICATION_CREDENTIALS", subs="pem")
def _(g, S, c):
    project = "%s-stt-%d" % (g.pick(COMPANIES), g.int(1000, 99999))
    d = _sa_json(g, "@@SLOT@@", project)
    txt = json.dumps(d, indent=2).replace('"@@SLOT@@"', json.dumps(S))
    ind = "\n".join("    " + ln for ln in txt.split("\n"))
    return fill('''
apiVersion: v1
kind: Secret
metadata:
  name: gcp-speech-sa
  namespace: @ns@
type: Opaque
stringData:
  key.json: |
@ind@
''', ns=g.pick(["voice", "stt", "default"]), ind=ind)


# ---------------------------------------------------------------- Amazon Polly / Transcribe
AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def _aws_id(g, c):
    if not c.get("neg"):
        return k_aws_id(g)
    if c.get("sub") == "docex":
        return AWS_DOC_ID
    return g.pick(["YOUR_ACCESS_KEY_ID", "<access-key-id>", "AKIA................"])


@pos("aws_boto3_polly", "aws", "secret_access_key", simple(k_aws_secret),
     ["tts/polly.py", "app/aws_speech.py", "lambda/synthesize.py"], "py",
     var="AWS_SECRET_ACCESS_KEY", n=40, docex=[AWS_DOC_SECRET])
def _(g, S, c):
    return fill('''
import boto3

polly = boto3.client(
    "polly",
    region_name="@reg@",
    aws_access_key_id="@kid@",
    aws_secret_access_key=@S@,
)


def synthesize(text: str) -> bytes:
    resp = polly.synthesize_speech(
        Text=text,
        OutputFormat="mp3",
        VoiceId="@voice@",
        Engine="neural",
    )
    return resp["AudioStream"].read()
''', reg=g.pick(AWS_REGIONS), kid=_aws_id(g, c), voice=g.pick(["Joanna", "Matthew", "Amy", "Vicki", "Lupe"]), S=S)


@pos("aws_credentials_ini", "aws", "secret_access_key", simple(k_aws_secret),
     ["deploy/aws/credentials", "ops/aws-credentials.ini", "config/aws.ini"], "ini", q="",
     var="AWS_SECRET_ACCESS_KEY", conv=True, n=40, docex=[AWS_DOC_SECRET])
def _(g, S, c):
    return fill('''
[default]
region = @reg@
output = json

[transcribe-batch]
aws_access_key_id = @kid@
aws_secret_access_key = @S@
region = @reg@
''', reg=g.pick(AWS_REGIONS), kid=_aws_id(g, c), S=S)


@pos("aws_workflow_env", "aws", "secret_access_key", simple(k_aws_secret),
     [".github/workflows/deploy-transcribe.yml", ".github/workflows/polly-cache.yml"], "yaml",
     q="", var="AWS_SECRET_ACCESS_KEY", conv=True, n=40, docex=[AWS_DOC_SECRET])
def _(g, S, c):
    return fill('''
name: deploy-transcribe-lambda
on:
  push:
    branches: [main]
    paths: ["lambda/**"]

env:
  AWS_REGION: @reg@
  AWS_ACCESS_KEY_ID: @kid@
  AWS_SECRET_ACCESS_KEY: @S@

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r lambda/requirements.txt -t lambda/package
      - run: |
          cd lambda/package && zip -qr ../function.zip . && cd ..
          aws lambda update-function-code --function-name transcribe-callback --zip-file fileb://function.zip
''', reg=g.pick(AWS_REGIONS), kid=_aws_id(g, c), S=S)


@pos("aws_ts_polly", "aws", "secret_access_key", simple(k_aws_secret),
     ["src/tts/polly.ts", "packages/voice/src/polly.ts"], "ts", var="AWS_SECRET_ACCESS_KEY",
     n=40, docex=[AWS_DOC_SECRET])
def _(g, S, c):
    return fill('''
import { PollyClient, SynthesizeSpeechCommand } from "@aws-sdk/client-polly";

const polly = new PollyClient({
  region: "@reg@",
  credentials: {
    accessKeyId: "@kid@",
    secretAccessKey: @S@,
  },
});

export async function synth(text: string) {
  const out = await polly.send(
    new SynthesizeSpeechCommand({ Text: text, OutputFormat: "pcm", SampleRate: "8000", VoiceId: "@voice@", Engine: "neural" }),
  );
  return out.AudioStream?.transformToByteArray();
}
''', reg=g.pick(AWS_REGIONS), kid=_aws_id(g, c), voice=g.pick(["Joanna", "Matthew", "Ruth"]), S=S)


# ---------------------------------------------------------------- OpenAI Realtime
@pos("openai_rt_ts_route", "openai", "api_key", simple(k_openai),
     ["app/api/realtime/session/route.ts", "src/routes/realtimeToken.ts"], "ts", q="",
     var="OPENAI_API_KEY", prefix="sk-proj-", n=156, eref="none")
def _(g, S, c):
    return fill('''
import { NextResponse } from "next/server";

export async function GET() {
  const r = await fetch("https://api.openai.com/v1/realtime/client_secrets", {
    method: "POST",
    headers: {
      Authorization: "Bearer @S@",
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      session: { type: "realtime", model: "@model@", audio: { output: { voice: "@voice@" } } },
    }),
  });
  const data = await r.json();
  return NextResponse.json({ clientSecret: data.value, expiresAt: data.expires_at });
}
''', model=g.pick(OPENAI_RT), voice=g.pick(["alloy", "verse", "marin", "cedar", "shimmer"]), S=S)


@pos("openai_rt_py_ws", "openai", "api_key", simple(k_openai),
     ["realtime/bridge.py", "twilio_openai/server.py", "agent/realtime_ws.py"], "py",
     var="OPENAI_API_KEY", prefix="sk-proj-", n=156)
def _(g, S, c):
    return fill('''
import asyncio
import json
import websockets

@nm@ = @S@
REALTIME_URL = "wss://api.openai.com/v1/realtime?model=@model@"


async def connect():
    ws = await websockets.connect(
        REALTIME_URL,
        additional_headers={"Authorization": f"Bearer {@nm@}"},
        max_size=None,
    )
    await ws.send(json.dumps({
        "type": "session.update",
        "session": {
            "type": "realtime",
            "instructions": "You are a concise phone receptionist.",
            "audio": {"input": {"format": {"type": "audio/pcmu"}}, "output": {"voice": "@voice@"}},
        },
    }))
    return ws
''', nm=g.pick(["OPENAI_KEY", "OPENAI_API_KEY"]), model=g.pick(OPENAI_RT), voice=g.pick(["alloy", "verse", "marin", "cedar"]), S=S)


@pos("openai_envlocal", "openai", "api_key", simple(k_openai),
     [".env.local"], "env", q="", var="OPENAI_API_KEY", conv=True, prefix="sk-proj-", n=156)
def _(g, S, c):
    return fill('''
NEXT_PUBLIC_APP_NAME=@app@
OPENAI_API_KEY=@S@
OPENAI_REALTIME_MODEL=@model@
NEXT_PUBLIC_ICE_SERVERS=stun:stun.l.google.com:19302
''', app=g.pick(APPS), model=g.pick(OPENAI_RT), S=S)


# ---------------------------------------------------------------- LiveKit
LK_README_ID = "APIwLeah7g4fuLYDYAJeaKsSE"
LK_README_SECRET = "8nTlwISkb-63DPP7OH4e.nw.J44JjicvZDiz8J59EoQ+"


def _lk_id(g, c):
    if c.get("sub") == "docex":
        return c.get("docid", "devkey")
    return k_livekit_id(g)


@pos("lk_server_yaml", "livekit", "api_secret", simple(k_livekit_secret),
     ["livekit.yaml", "deploy/livekit/config.yaml", "infra/livekit-server.yaml"], "yaml",
     q="", var="LIVEKIT_API_SECRET", n=43, docex=["secret", LK_README_SECRET], eref="none")
def _(g, S, c):
    return fill('''
port: 7880
bind_addresses:
  - ""
rtc:
  tcp_port: 7881
  port_range_start: 50000
  port_range_end: 60000
  use_external_ip: true
redis:
  address: redis:6379
turn:
  enabled: true
  domain: turn.@co@.io
  tls_port: 5349
keys:
  @kid@: @S@
logging:
  level: info
''', co=g.pick(COMPANIES), kid=_lk_id(g, c), S=S)


@pos("lk_py_token", "livekit", "api_secret", simple(k_livekit_secret),
     ["agent/token_server.py", "api/livekit_token.py", "app/rooms.py"], "py",
     var="LIVEKIT_API_SECRET", n=43, docex=["secret"])
def _(g, S, c):
    return fill('''
from datetime import timedelta
from fastapi import FastAPI
from livekit import api

app = FastAPI()
LIVEKIT_URL = "wss://@sub@.livekit.cloud"


@app.get("/token")
def token(identity: str, room: str = "@room@"):
    at = api.AccessToken("@kid@", @S@)
    at = at.with_identity(identity).with_ttl(timedelta(minutes=@ttl@)).with_grants(
        api.VideoGrants(room_join=True, room=room, can_publish=True, can_subscribe=True)
    )
    return {"url": LIVEKIT_URL, "token": at.to_jwt()}
''', sub=g.pick(COMPANIES) + "-" + g.s(LOWALNUM, 8), room=g.pick(["lobby", "support", "demo"]),
                kid=_lk_id(g, c), ttl=g.pick([15, 30, 60]), S=S)


@pos("lk_go_client", "livekit", "api_secret", simple(k_livekit_secret),
     ["internal/rtc/livekit.go", "cmd/roomctl/main.go"], "go", var="LIVEKIT_API_SECRET", n=43,
     docex=["secret"])
def _(g, S, c):
    return fill('''
package rtc

import (
	"context"

	"github.com/livekit/protocol/livekit"
	lksdk "github.com/livekit/server-sdk-go/v2"
)

const host = "https://@sub@.livekit.cloud"

func NewRoomClient() *lksdk.RoomServiceClient {
	return lksdk.NewRoomServiceClient(host, "@kid@", @S@)
}

func CreateRoom(ctx context.Context, name string) (*livekit.Room, error) {
	return NewRoomClient().CreateRoom(ctx, &livekit.CreateRoomRequest{
		Name:            name,
		EmptyTimeout:    @et@,
		MaxParticipants: @mp@,
	})
}
''', sub=g.pick(COMPANIES) + "-" + g.s(LOWALNUM, 8), kid=_lk_id(g, c), et=g.pick([60, 300, 600]),
                mp=g.pick([2, 4, 10, 50]), S=S)


@pos("lk_compose_env", "livekit", "api_secret", simple(k_livekit_secret),
     ["docker-compose.agents.yml", "deploy/compose/livekit-agent.yml"], "yaml", q="",
     var="LIVEKIT_API_SECRET", conv=True, n=43, docex=["secret"])
def _(g, S, c):
    return fill('''
services:
  agent:
    image: ghcr.io/@co@/voice-agent:@ver@
    command: ["python", "agent.py", "start"]
    environment:
      - LIVEKIT_URL=wss://@co@-@sfx@.livekit.cloud
      - LIVEKIT_API_KEY=@kid@
      - LIVEKIT_API_SECRET=@S@
      - DEEPGRAM_MODEL=@dg@
      - LOG_LEVEL=info
    restart: always
''', co=g.pick(COMPANIES), ver="%d.%d" % (g.int(0, 3), g.int(0, 30)), sfx=g.s(LOWALNUM, 8),
                kid=_lk_id(g, c), dg=g.pick(DG_MODELS), S=S)


# ---------------------------------------------------------------- Twilio (Media Streams)
def _tw_sid(g, c):
    if c.get("sub") == "docex":
        return "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
    return "AC" + g.hex(32)


@pos("twilio_py_positional", "twilio", "auth_token", simple(k_twilio_token),
     ["telephony/stream_call.py", "app/twilio_bridge.py", "calls/outbound.py"], "py",
     var="TWILIO_AUTH_TOKEN", docex=["your_auth_token"])
def _(g, S, c):
    return fill('''
from twilio.rest import Client
from twilio.twiml.voice_response import VoiceResponse, Connect

client = Client("@sid@", @S@)

STREAM_URL = "wss://@host@/media-stream"


def twiml() -> str:
    resp = VoiceResponse()
    resp.say("Connecting you to our assistant.")
    connect = Connect()
    connect.stream(url=STREAM_URL, track="inbound_track")
    resp.append(connect)
    return str(resp)


def dial(to: str):
    return client.calls.create(to=to, from_="@from@", twiml=twiml())
''', sid=_tw_sid(g, c), host=g.pick(COMPANIES) + "-voice.fly.dev", **{"from": g.phone()}, S=S)


@pos("twilio_js_const", "twilio", "auth_token", simple(k_twilio_token),
     ["server/twilio.js", "src/telephony/index.js"], "js", q="'", var="TWILIO_AUTH_TOKEN",
     conv=True, docex=["your_auth_token"])
def _(g, S, c):
    return fill('''
const twilio = require('twilio');
const express = require('express');

const TWILIO_ACCOUNT_SID = '@sid@';
const TWILIO_AUTH_TOKEN = @S@;
const client = twilio(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/voice', (req, res) => {
  const vr = new twilio.twiml.VoiceResponse();
  const connect = vr.connect();
  connect.stream({ url: `wss://${req.headers.host}/media` });
  res.type('text/xml').send(vr.toString());
});

app.listen(@port@);
module.exports = { client };
''', sid=_tw_sid(g, c), port=g.pick([3000, 5050, 8080]), S=S)


@pos("twilio_properties", "twilio", "auth_token", simple(k_twilio_token),
     ["src/main/resources/application.properties", "config/application-prod.properties"],
     "properties", q="", var="TWILIO_AUTH_TOKEN", conv=True, docex=["your_auth_token"])
def _(g, S, c):
    return fill('''
spring.application.name=@app@
server.port=8080
twilio.account-sid=@sid@
twilio.auth-token=@S@
twilio.phone-number=@from@
media.stream.url=wss://@app@.@co@.io/stream
speech.sample-rate=8000
''', app=g.pick(APPS), sid=_tw_sid(g, c), **{"from": g.phone()}, co=g.pick(COMPANIES), S=S)


@pos("twilio_android_xml", "twilio", "api_key_secret", simple(k_twilio_keysecret),
     ["app/src/main/res/values/secrets.xml", "android/app/src/main/res/values/twilio.xml"],
     "xml", q="", var="TWILIO_API_SECRET", eref="none")
def _(g, S, c):
    return fill('''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">@name@</string>
    <string name="twilio_account_sid">@sid@</string>
    <string name="twilio_api_key">SK@ks@</string>
    <string name="twilio_api_secret">@S@</string>
    <string name="voice_sample_rate">16000</string>
</resources>
''', name=g.pick(["Caller", "Voice Notes", "Clinic Line"]), sid=_tw_sid(g, c), ks=g.hex(32), S=S)


# ---------------------------------------------------------------- Vonage
def _vonage_key(g):
    p = private_pem(g, pkcs1=g.chance(0.2))
    return p, first_body_line(p)


@pos("vonage_pem_file", "vonage", "private_key", _vonage_key,
     ["keys/vonage_private.key", "private.key", "config/vonage/app_private.pem"], "pem", q="",
     var="VONAGE_PRIVATE_KEY", subs="pemfile")
def _(g, S, c):
    return S + "\n"


@pos("vonage_js_inline", "vonage", "private_key", _vonage_key,
     ["src/voice/vonage.js", "server/vonageClient.js"], "js", q="",
     var="VONAGE_PRIVATE_KEY", subs="pem")
def _(g, S, c):
    nm = g.pick(["privateKey", "VONAGE_PRIVATE_KEY"])
    return fill('''
const { Vonage } = require('@vonage/server-sdk');

const @nm@ = `@K@`;

const vonage = new Vonage({
  applicationId: '@app@',
  @use@,
});

async function callUser(to) {
  return vonage.voice.createOutboundCall({
    to: [{ type: 'phone', number: to }],
    from: { type: 'phone', number: '@from@' },
    ncco: [
      { action: 'talk', text: 'Connecting you now.' },
      { action: 'connect', endpoint: [{ type: 'websocket', uri: 'wss://@host@/socket', 'content-type': 'audio/l16;rate=16000' }] },
    ],
  });
}

module.exports = { callUser };
''', nm=nm, use=("privateKey" if nm == "privateKey" else "privateKey: " + nm), app=g.uuid4(),
                **{"from": g.phone()[1:]}, host=g.pick(COMPANIES) + "-voice.herokuapp.com", K=S)


@pos("vonage_py_secret", "vonage", "api_secret", simple(k_vonage_secret),
     ["sms_voice/vonage_config.py", "app/vonage_settings.py"], "py", var="VONAGE_API_SECRET",
     conv=True, n=16)
def _(g, S, c):
    return fill('''
import vonage

VONAGE_API_KEY = "@ak@"
VONAGE_API_SECRET = @S@
VONAGE_NUMBER = "@num@"

client = vonage.Client(key=VONAGE_API_KEY, secret=VONAGE_API_SECRET)
voice = vonage.Voice(client)

ANSWER_NCCO = [
    {"action": "talk", "text": "Thanks for calling. Please hold.", "language": "@lang@"},
    {"action": "record", "eventUrl": ["https://@co@.io/webhooks/recordings"]},
]
''', ak=g.hex(8), num=g.phone()[1:], lang=g.pick(["en-US", "en-GB", "de-DE"]), co=g.pick(COMPANIES), S=S)


# ---------------------------------------------------------------- mixed extra formats
@pos("el_sql_seed", "elevenlabs", "api_key", simple(k_elevenlabs),
     ["db/seed/002_providers.sql", "migrations/seed_voice_providers.sql"], "sql", q="'",
     var="ELEVENLABS_API_KEY", prefix="sk_", n=48, eref="sql")
def _(g, S, c):
    return fill('''
-- default provider configuration for local/staging
INSERT INTO tts_providers (id, name, base_url, default_voice, api_key, enabled)
VALUES
  (1, 'elevenlabs', 'https://api.elevenlabs.io/v1', '@vid@', @S@, true),
  (2, 'azure', 'https://@reg@.tts.speech.microsoft.com', '@az@', NULL, false);

INSERT INTO tts_settings (provider_id, model, stability, similarity_boost)
VALUES (1, '@model@', 0.5, 0.75);
''', vid=el_voice(g), reg=g.pick(REGIONS_AZ), az=g.pick(AZ_VOICES), model=g.pick(EL_MODELS), S=S)


@pos("dg_csv_tenants", "deepgram", "api_key", simple(k_deepgram),
     ["data/tenants_voice_config.csv", "ops/tenant_stt.csv"], "csv", q="",
     var="DEEPGRAM_API_KEY", n=40, eref="none")
def _(g, S, c):
    rows = ["tenant_id,tenant_name,stt_provider,stt_model,language,api_key_override,created_at"]
    n = g.int(4, 8)
    k = g.int(0, n - 1)
    for i in range(n):
        rows.append("%s,%s,deepgram,%s,%s,%s,%s" % (
            g.uuid4(), g.pick(COMPANIES).title() + " " + g.pick(["Dental", "Legal", "Realty", "Clinic", "Motors"]),
            g.pick(DG_MODELS), g.pick(LANGS), S if i == k else "", g.date()))
    return "\n".join(rows) + "\n"


@pos("dg_dockerfile_env", "deepgram", "api_key", simple(k_deepgram),
     ["Dockerfile", "docker/stt.Dockerfile", "services/transcriber/Dockerfile"], "dockerfile",
     q="", var="DEEPGRAM_API_KEY", conv=True, n=40)
def _(g, S, c):
    return fill('''
FROM python:@py@-slim

WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV PYTHONUNBUFFERED=1 \\
    DEEPGRAM_API_KEY=@S@ \\
    STT_MODEL=@model@

EXPOSE 8000
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
''', py=g.pick(["3.11", "3.12", "3.10"]), model=g.pick(DG_MODELS), S=S)


@pos("rev_env_prod", "revai", "access_token", simple(k_revai),
     [".env.production"], "env", q="", var="REVAI_ACCESS_TOKEN", conv=True, prefix="02", n=91)
def _(g, S, c):
    return fill('''
NODE_ENV=production
CAPTIONS_BUCKET=@co@-captions
REVAI_ACCESS_TOKEN=@S@
REVAI_BASE_URL=https://api.rev.ai/speechtotext/v1
''', co=g.pick(COMPANIES), S=S)


@pos("aai_go_header", "assemblyai", "api_key", simple(k_assemblyai),
     ["internal/transcribe/assembly.go", "pkg/aai/client.go"], "go", var="ASSEMBLYAI_API_KEY")
def _(g, S, c):
    d, a = named(g, S, "AssemblyAIAPIKey", "var %s = %s\n")
    return fill('''
package aai

import (
	"bytes"
	"encoding/json"
	"net/http"
)

const baseURL = "https://api.assemblyai.com/v2"
@D@
type Client struct {
	http  *http.Client
	token string
}

func New() *Client {
	return &Client{http: &http.Client{}, token: @A@}
}

func (c *Client) Submit(audioURL string) (*http.Response, error) {
	body, _ := json.Marshal(map[string]any{"audio_url": audioURL, "speaker_labels": true})
	req, _ := http.NewRequest(http.MethodPost, baseURL+"/transcript", bytes.NewReader(body))
	req.Header.Set("Authorization", c.token)
	req.Header.Set("Content-Type", "application/json")
	return c.http.Do(req)
}
''', D=d, A=a)


@pos("sm_yaml_neutral", "speechmatics", "api_key", simple(k_speechmatics),
     ["config/captions.yaml", "conf/asr.yml"], "yaml", q="", var="SPEECHMATICS_API_KEY")
def _(g, S, c):
    return fill('''
asr:
  vendor: speechmatics
  url: https://@reg@.asr.api.speechmatics.com/v2
  @nm@: @S@
  operating_point: enhanced
  language: @lang@
  diarization: speaker
output:
  formats: [srt, json-v2]
  max_line_length: 37
''', nm=g.pick(["token", "speechmatics_api_key"]), reg=g.pick(["eu1", "us1"]), lang=g.pick(["en", "de", "fr", "es"]), S=S)


@pos("retell_go_header", "retell", "api_key", simple(k_retell),
     ["internal/retell/client.go", "pkg/agents/retell.go"], "go", var="RETELL_API_KEY",
     prefix="key_", n=28)
def _(g, S, c):
    d, a = named(g, S, "RetellAPIKey", "var %s = %s\n")
    return fill('''
package retell

import (
	"net/http"
	"time"
)

var httpClient = &http.Client{Timeout: @to@ * time.Second}
@D@
func newRequest(method, path string) (*http.Request, error) {
	req, err := http.NewRequest(method, "https://api.retellai.com"+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+@A@)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}
''', to=g.pick([10, 20, 30]), D=d, A=a)


@pos("cartesia_curl_xapikey", "cartesia", "api_key", simple(k_cartesia),
     ["scripts/cartesia_bytes.sh", "bin/tts-sample"], "sh", q="", var="CARTESIA_API_KEY",
     prefix="sk_car_", n=24)
def _(g, S, c):
    return fill('''
#!/usr/bin/env bash
curl -N -X POST "https://api.cartesia.ai/tts/bytes" \\
  -H "Cartesia-Version: @ver@" \\
  -H "X-API-Key: @S@" \\
  -H "Content-Type: application/json" \\
  -d '{"transcript": "Your order has shipped.", "model_id": "sonic-2", "voice": {"mode": "id", "id": "@vid@"}, "output_format": {"container": "wav", "encoding": "pcm_f32le", "sample_rate": 44100}}' \\
  > sample.wav
''', ver=g.pick(["2024-06-10", "2024-11-13", "2025-04-16"]), vid=g.uuid4(), S=S)


@pos("openai_md_runbook", "openai", "api_key", simple(k_openai),
     ["docs/runbook.md", "docs/realtime-debugging.md"], "md", q="", var="OPENAI_API_KEY",
     prefix="sk-proj-", n=156, eref="sh")
def _(g, S, c):
    return fill('''
# Realtime voice runbook

## Check that the key still works

```bash
export OPENAI_API_KEY=@S@
curl -s https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY" | jq '.data | length'
```

## Common failures

| symptom | cause |
|---|---|
| 401 on session create | key rotated |
| silence on the call | wrong `audio/pcmu` format |
| echo | missing `turn_detection` tuning |
''', S=S)


@pos("playht_ts_init", "playht", "secret_key", simple(k_playht),
     ["src/voice/playht.ts", "lib/tts/playht.ts"], "ts", q="'", var="PLAYHT_API_KEY")
def _(g, S, c):
    return fill('''
import * as PlayHT from 'playht';

PlayHT.init({
  userId: '@uid@',
  apiKey: @S@,
  defaultVoiceEngine: 'PlayDialog',
});

export async function stream(text: string) {
  return PlayHT.stream(text, { voiceEngine: 'PlayDialog', outputFormat: 'mp3', sampleRate: @sr@ });
}
''', uid=g.b62(28), sr=g.pick([24000, 44100]), S=S)


@pos("pv_ts_web", "picovoice", "access_key", simple(k_picovoice),
     ["web/src/wakeword.ts", "src/hooks/usePorcupine.ts"], "ts", var="PICOVOICE_ACCESS_KEY")
def _(g, S, c):
    return fill('''
import { PorcupineWorker, BuiltInKeyword } from "@picovoice/porcupine-web";
import { WebVoiceProcessor } from "@picovoice/web-voice-processor";

export async function startWakeWord(onDetect: () => void) {
  const worker = await PorcupineWorker.create(
    @S@,
    [{ builtin: BuiltInKeyword.@kw@, sensitivity: @sens@ }],
    () => onDetect(),
    { publicPath: "/porcupine_params.pv" },
  );
  await WebVoiceProcessor.subscribe(worker);
  return worker;
}
''', kw=g.pick(["Jarvis", "Computer", "Porcupine", "Bumblebee"]), sens=g.pick(["0.5", "0.7"]), S=S)


# ================================================================ LOOK-ALIKE NEGATIVES
@look("el_voice_catalog_py", "elevenlabs", "voice_id",
      ["config/voices.py", "tts/voice_catalog.py", "app/voices.py"])
def _(g):
    rows = "\n".join('    "%s": "%s",' % (n.lower(), el_voice(g)) for n in EL_VOICE_NAMES[:g.int(4, 8)])
    return fill('''
"""Voice catalogue used by the TTS service (ids are public voice-library ids)."""

VOICES = {
@rows@
}

DEFAULT_VOICE = "@d@"
MODEL_ID = "@model@"
OUTPUT_FORMAT = "mp3_44100_128"
''', rows=rows, d=EL_VOICE_NAMES[0].lower(), model=g.pick(EL_MODELS))


@look("vapi_assistant_json", "vapi", "assistant_id",
      ["agents/support-agent.json", "vapi/assistant.json", "config/assistant.json"])
def _(g):
    d = {"id": g.uuid4(), "orgId": g.uuid4(), "name": g.pick(["Front Desk", "Billing Helper", "Triage"]),
         "model": {"provider": "openai", "model": "gpt-4o-mini", "temperature": 0.3},
         "voice": {"provider": "11labs", "voiceId": el_voice(g)},
         "transcriber": {"provider": "deepgram", "model": g.pick(DG_MODELS), "language": "en"},
         "firstMessage": "Hello! How can I help you today?",
         "server": {"url": "https://%s.io/vapi/events" % g.pick(COMPANIES), "timeoutSeconds": 20},
         "phoneNumberId": g.uuid4(), "createdAt": g.ts() + ".000Z", "updatedAt": g.ts() + ".000Z"}
    return json.dumps(d, indent=2) + "\n"


@look("retell_agent_json", "retell", "agent_id",
      ["retell/agent.json", "agents/retell-receptionist.json"])
def _(g):
    d = {"agent_id": g.b62(32), "agent_name": g.pick(["Receptionist", "After Hours", "Scheduler"]),
         "response_engine": {"type": "retell-llm", "llm_id": "llm_" + g.hex(32)},
         "voice_id": g.pick(["11labs-Adrian", "11labs-Myra", "openai-Alloy", "deepgram-Angus"]),
         "language": "en-US", "webhook_url": "https://%s.io/retell/webhook" % g.pick(COMPANIES),
         "interruption_sensitivity": 0.8, "responsiveness": 1, "last_modification_timestamp": g.int(1700000000000, 1760000000000)}
    return json.dumps(d, indent=2) + "\n"


@look("twilio_call_log", "twilio", "sid",
      ["logs/calls-2024-05-12.log", "logs/media-stream.log", "var/log/voice/calls.log"])
def _(g):
    acct = "AC" + g.hex(32)
    out = []
    d = g.date()
    for _ in range(g.int(5, 9)):
        cs, ms = "CA" + g.hex(32), "MZ" + g.hex(32)
        t = "%s %02d:%02d:%02d" % (d, g.int(0, 23), g.int(0, 59), g.int(0, 59))
        out.append("%s INFO stream.start accountSid=%s callSid=%s streamSid=%s tracks=inbound" % (t, acct, cs, ms))
        out.append("%s INFO stream.stop callSid=%s streamSid=%s media_frames=%d duration_s=%d" % (t, cs, ms, g.int(200, 9000), g.int(5, 600)))
    return "\n".join(sorted(out)) + "\n"


@look("transcripts_csv", "assemblyai", "transcript_id",
      ["data/transcripts_index.csv", "exports/transcripts.csv"])
def _(g):
    rows = ["transcript_id,audio_sha256,duration_s,language,status,created_at"]
    for _ in range(g.int(6, 12)):
        rows.append("%s,%s,%d,%s,completed,%s" % (g.uuid4(), g.sha256(), g.int(20, 3600), g.pick(["en_us", "es", "de"]), g.ts()))
    return "\n".join(rows) + "\n"


@look("deepgram_fixture", "deepgram", "request_id",
      ["tests/fixtures/deepgram_response.json", "fixtures/dg_listen.json"])
def _(g):
    words = ["thanks", "for", "calling", "how", "can", "i", "help"]
    t = 0.0
    wl = []
    for w in words:
        wl.append({"word": w, "start": round(t, 2), "end": round(t + 0.3, 2), "confidence": round(g.int(850, 999) / 1000.0, 3)})
        t += 0.34
    d = {"metadata": {"transaction_key": "deprecated", "request_id": g.uuid4(), "sha256": g.sha256(),
                      "created": g.ts() + ".000Z", "duration": round(t, 2), "channels": 1,
                      "models": [g.uuid4()], "model_info": {g.uuid4(): {"name": "general-nova-3", "version": "2024-12-20.0", "arch": "nova-3"}}},
         "results": {"channels": [{"alternatives": [{"transcript": " ".join(words), "confidence": 0.98, "words": wl}]}]}}
    return json.dumps(d, indent=2) + "\n"


@look("arch_md", "mixed", "docs",
      ["docs/architecture.md", "docs/voice-pipeline.md", "ARCHITECTURE.md"])
def _(g):
    return fill('''
# Voice pipeline architecture

Inbound calls arrive over Twilio Media Streams (8 kHz mu-law) and are bridged to the agent:

1. **STT** -- Deepgram `@dg@` with `endpointing=@ep@`; fallback AssemblyAI streaming.
2. **LLM** -- `gpt-4o-mini`, tool calls for booking and CRM lookups.
3. **TTS** -- ElevenLabs `@el@`, resampled to 8 kHz for the phone leg.

Secrets are injected by the platform from the secret store; nothing is read from files.
Required variables: `DEEPGRAM_API_KEY`, `ELEVENLABS_API_KEY`, `TWILIO_AUTH_TOKEN`.

| setting | value |
|---|---|
| Azure fallback region | `@reg@` |
| sample rate (phone) | 8000 |
| sample rate (web) | @sr@ |
| max call length | @mx@ min |
''', dg=g.pick(DG_MODELS), ep=g.pick([10, 300]), el=g.pick(EL_MODELS), reg=g.pick(REGIONS_AZ),
                sr=g.pick([16000, 24000, 48000]), mx=g.pick([10, 20, 30]))


@look("helm_values_secretref", "mixed", "secret_ref",
      ["deploy/helm/values.yaml", "charts/voice-agent/values.yaml"])
def _(g):
    return fill('''
image:
  repository: ghcr.io/@co@/voice-agent
  tag: "@ver@"
existingSecret: voice-api-keys
env:
  - name: DEEPGRAM_API_KEY
    valueFrom:
      secretKeyRef:
        name: voice-api-keys
        key: deepgram
  - name: AZURE_SPEECH_REGION
    value: @reg@
  - name: AUDIO_SAMPLE_RATE
    value: "@sr@"
podAnnotations:
  checksum/config: @chk@
''', co=g.pick(COMPANIES), ver="%d.%d.%d" % (g.int(0, 2), g.int(0, 40), g.int(0, 9)), reg=g.pick(REGIONS_AZ),
                sr=g.pick(SAMPLE_RATES), chk=g.sha256())


@look("sha256sums_models", "picovoice", "hash", ["models/SHA256SUMS", "assets/wake/SHA256SUMS"])
def _(g):
    files = ["porcupine_params.pv", "jarvis_linux.ppn", "hey-kiosk_raspberry-pi.ppn", "rhino_params.pv",
             "cobra_params.pv", "computer_android.ppn", "picovoice_ios.ppn"]
    return "".join("%s  %s\n" % (g.sha256(), f) for f in files[:g.int(3, 7)])


@look("go_fixture_sha1", "mixed", "hash", ["internal/audio/fixtures_test.go", "pkg/wav/hash_test.go"])
def _(g):
    rows = "\n".join('\t{"testdata/%s.wav", "%s", %d},' % (n, g.hex(40), g.int(8000, 48000))
                     for n in ["silence_1s", "dtmf_123", "hello_8k", "speech_16k", "noise"][:g.int(3, 5)])
    return fill('''
package audio

import (
	"crypto/sha1"
	"encoding/hex"
	"os"
	"testing"
)

var fixtures = []struct {
	path       string
	sha1       string
	sampleRate int
}{
@rows@
}

func TestFixturesUnchanged(t *testing.T) {
	for _, f := range fixtures {
		b, err := os.ReadFile(f.path)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha1.Sum(b)
		if got := hex.EncodeToString(sum[:]); got != f.sha1 {
			t.Errorf("%s: sha1 %s, want %s", f.path, got, f.sha1)
		}
	}
}
''', rows=rows)


@look("retell_webhook_test", "retell", "call_id",
      ["tests/test_retell_webhook.py", "tests/webhooks/test_call_ended.py"])
def _(g):
    return fill('''
import json
from app.webhooks import handle_retell_event

EVENT = {
    "event": "call_ended",
    "call": {
        "call_id": "@cid@",
        "agent_id": "@aid@",
        "call_status": "ended",
        "start_timestamp": @t0@,
        "end_timestamp": @t1@,
        "disconnection_reason": "user_hangup",
        "from_number": "@from@",
        "to_number": "@to@",
    },
}


def test_call_ended_is_stored(db):
    handle_retell_event(json.dumps(EVENT), signature_ok=True)
    row = db.fetch_call("@cid@")
    assert row.status == "ended"
''', cid=g.hex(32), aid=g.b62(32), t0=1714000000000 + g.int(0, 10 ** 9), t1=1714000000000 + g.int(10 ** 9, 2 * 10 ** 9),
                **{"from": g.phone()}, to=g.phone())


@look("vapi_web_public_key", "vapi", "public_key",
      ["src/components/VapiButton.tsx", "web/src/voice/widget.ts", "public/js/vapi-widget.js"])
def _(g):
    return fill('''
import Vapi from "@vapi-ai/web";

// Public key: meant for the browser (restricted to our origins in the dashboard).
const vapi = new Vapi("@pk@");
const ASSISTANT_ID = "@aid@";

export function startCall() {
  vapi.start(ASSISTANT_ID);
  vapi.on("call-start", () => console.log("call started"));
  vapi.on("call-end", () => console.log("call ended"));
}

export const stopCall = () => vapi.stop();
''', pk=g.uuid4(), aid=g.uuid4())


@look("vonage_public_pem", "vonage", "public_key",
      ["keys/vonage_public.pem", "config/vonage/app_public.key", "public.pem"])
def _(g):
    return pem("PUBLIC KEY", spki_der(g)) + "\n"


@look("authorized_keys", "mixed", "public_key", ["deploy/authorized_keys", "ops/ssh/deploy_keys.pub"])
def _(g):
    out = []
    for who in ["ci@%s" % g.pick(COMPANIES), "ops-laptop", "media-gw-01"][:g.int(2, 3)]:
        if g.chance(0.5):
            blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + g.bytes(32)).decode()
            out.append("ssh-ed25519 %s %s" % (blob, who))
        else:
            blob = base64.b64encode(b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00" + g.bytes(256)).decode()
            out.append("ssh-rsa %s %s" % (blob, who))
    return "\n".join(out) + "\n"


@look("notebook_b64_audio", "mixed", "encoded_data",
      ["notebooks/tts_listen.ipynb", "research/voice_ab_test.ipynb"])
def _(g):
    wav = b"RIFF" + g.bytes(4) + b"WAVEfmt " + b"\x10\x00\x00\x00\x01\x00\x01\x00\x80>\x00\x00\x00}\x00\x00\x02\x00\x10\x00data" + g.bytes(180)
    b64 = base64.b64encode(wav).decode()
    html = '<audio controls><source src="data:audio/wav;base64,%s" type="audio/wav"></audio>' % b64
    return ipynb([
        ("markdown", "## Listen to the A/B samples"),
        ("code", "from IPython.display import Audio\nAudio(\"samples/b_%s.wav\")" % g.pick(["rachel", "adam", "jenny"]),
         [{"data": {"text/html": [html], "text/plain": ["<IPython.lib.display.Audio object>"]},
           "execution_count": 2, "metadata": {}, "output_type": "execute_result"}]),
    ])


@look("package_lock_integrity", "mixed", "hash", ["package-lock.json", "web/package-lock.json"])
def _(g):
    pk = {}
    for name, ver in [("@deepgram/sdk", "3.%d.%d" % (g.int(0, 9), g.int(0, 9))), ("elevenlabs", "1.%d.0" % g.int(0, 50)),
                      ("twilio", "5.%d.%d" % (g.int(0, 5), g.int(0, 9))), ("ws", "8.%d.0" % g.int(10, 18)),
                      ("livekit-server-sdk", "2.%d.%d" % (g.int(0, 9), g.int(0, 9)))]:
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                      "integrity": "sha512-" + base64.b64encode(g.bytes(64)).decode(), "license": "MIT"}
    d = {"name": proj(g), "version": "0.%d.0" % g.int(1, 9), "lockfileVersion": 3, "requires": True,
         "packages": dict([("", {"name": "app", "version": "0.1.0"})] + list(pk.items()))}
    return json.dumps(d, indent=2) + "\n"


@look("go_sum", "livekit", "hash", ["go.sum"])
def _(g):
    mods = [("github.com/livekit/protocol", "v1.%d.%d" % (g.int(10, 30), g.int(0, 9))),
            ("github.com/livekit/server-sdk-go/v2", "v2.%d.%d" % (g.int(0, 9), g.int(0, 9))),
            ("github.com/gorilla/websocket", "v1.5.%d" % g.int(0, 3)),
            ("github.com/pion/webrtc/v4", "v4.0.%d" % g.int(0, 9)),
            ("github.com/twilio/twilio-go", "v1.%d.%d" % (g.int(10, 25), g.int(0, 9)))]
    out = []
    for m, v in mods:
        out.append("%s %s h1:%s" % (m, v, base64.b64encode(g.bytes(32)).decode()))
        out.append("%s %s/go.mod h1:%s" % (m, v, base64.b64encode(g.bytes(32)).decode()))
    return "\n".join(out) + "\n"


@look("requirements_hashes", "mixed", "hash", ["requirements.txt", "requirements/prod.txt"])
def _(g):
    out = ["# generated by pip-compile --generate-hashes"]
    for p, v in [("deepgram-sdk", "3.%d.%d" % (g.int(0, 9), g.int(0, 9))), ("elevenlabs", "1.%d.0" % g.int(0, 50)),
                 ("assemblyai", "0.%d.%d" % (g.int(20, 40), g.int(0, 9))), ("pvporcupine", "3.0.%d" % g.int(0, 5))]:
        out.append("%s==%s \\" % (p, v))
        out.append("    --hash=sha256:%s \\" % g.sha256())
        out.append("    --hash=sha256:%s" % g.sha256())
    return "\n".join(out) + "\n"


@look("dockerfile_digest", "mixed", "hash", ["Dockerfile", "docker/agent.Dockerfile"])
def _(g):
    return fill('''
FROM python:3.11-slim@sha256:@d1@ AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY --from=ghcr.io/astral-sh/uv:0.4.@u@@sha256:@d2@ /uv /bin/uv
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev
COPY . .
# API keys are provided at runtime by the orchestrator (never baked into the image)
CMD ["uv", "run", "python", "agent.py", "start"]
''', d1=g.sha256(), u=g.int(0, 30), d2=g.sha256())


@look("gh_workflow_pinned", "mixed", "commit_sha",
      [".github/workflows/ci.yml", ".github/workflows/agent-tests.yml"])
def _(g):
    return fill('''
name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@c1@ # v4.1.7
      - uses: actions/setup-python@@c2@ # v5.1.0
        with:
          python-version: "3.11"
      - run: pip install -r requirements.txt
      - run: pytest -q
        env:
          DEEPGRAM_API_KEY: ${{ secrets.DEEPGRAM_API_KEY }}
          ELEVENLABS_API_KEY: ${{ secrets.ELEVENLABS_API_KEY }}
          STT_REGION: @reg@
''', c1=g.hex(40), c2=g.hex(40), reg=g.pick(["us", "eu"]))


@look("pipecat_toml_env", "mixed", "env_ref", ["pipecat.toml", "config/bot.toml"])
def _(g):
    return fill('''
[transport]
kind = "daily"
room_url = "https://@co@.daily.co/@room@"

[stt]
provider = "deepgram"
model = "@dg@"
api_key_env = "DEEPGRAM_API_KEY"

[tts]
provider = "cartesia"
voice_id = "@vid@"
api_key_env = "CARTESIA_API_KEY"
sample_rate = @sr@
''', co=g.pick(COMPANIES), room=g.s(LOWALNUM, 10), dg=g.pick(DG_MODELS), vid=g.uuid4(), sr=g.pick([16000, 24000]))


@look("android_strings", "mixed", "ids",
      ["app/src/main/res/values/strings.xml", "android/app/src/main/res/values/config.xml"])
def _(g):
    return fill('''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">@name@</string>
    <string name="default_voice_id">@vid@</string>
    <string name="tts_model">@model@</string>
    <string name="assistant_id">@aid@</string>
    <string name="speech_region">@reg@</string>
    <integer name="sample_rate">@sr@</integer>
</resources>
''', name=g.pick(["Voice Memo", "Talk", "Clinic Line"]), vid=el_voice(g), model=g.pick(EL_MODELS),
                aid=g.uuid4(), reg=g.pick(REGIONS_AZ), sr=g.pick(SAMPLE_RATES))


@look("kotlin_voice_config", "mixed", "config",
      ["app/src/main/java/com/voice/VoiceConfig.kt", "android/app/src/main/kotlin/app/AudioConfig.kt"])
def _(g):
    return fill('''
package com.@co@.voice

object VoiceConfig {
    const val SAMPLE_RATE = @sr@
    const val CHANNELS = 1
    const val FRAME_MS = 20
    const val SPEECH_REGION = "@reg@"
    const val STT_MODEL = "@dg@"
    val deepgramKey: String get() = BuildConfig.DEEPGRAM_API_KEY
    val sessionNamespace = java.util.UUID.fromString("@u@")
}
''', co=g.pick(COMPANIES), sr=g.pick(SAMPLE_RATES), reg=g.pick(REGIONS_AZ), dg=g.pick(DG_MODELS), u=g.uuid4())


@look("swift_audio_settings", "mixed", "config",
      ["ios/App/AudioSettings.swift", "Sources/Voice/Settings.swift"])
def _(g):
    return fill('''
import AVFoundation

enum AudioSettings {
    static let sampleRate: Double = @sr@
    static let ioBufferDuration: TimeInterval = 0.02
    static let voiceID = "@vid@"          // public voice-library id
    static let deviceNamespace = UUID(uuidString: "@u@")!
    static let region = "@reg@"

    static func configureSession() throws {
        let s = AVAudioSession.sharedInstance()
        try s.setCategory(.playAndRecord, mode: .voiceChat, options: [.defaultToSpeaker])
        try s.setPreferredSampleRate(sampleRate)
        try s.setPreferredIOBufferDuration(ioBufferDuration)
    }
}
''', sr=g.pick(SAMPLE_RATES), vid=el_voice(g), u=g.uuid4(), reg=g.pick(REGIONS_AZ))


@look("sql_calls_migration", "twilio", "sid", ["migrations/003_calls.sql", "db/migrations/0007_call_events.sql"])
def _(g):
    rows = ",\n".join("  ('%s', 'CA%s', '%s', %d, '%s')" % (g.uuid4(), g.hex(32), g.pick(["completed", "no-answer", "busy"]), g.int(0, 900), g.ts())
                      for _ in range(g.int(2, 5)))
    return fill('''
CREATE TABLE IF NOT EXISTS calls (
  id UUID PRIMARY KEY,
  twilio_call_sid CHAR(34) NOT NULL UNIQUE,
  status TEXT NOT NULL,
  duration_s INTEGER NOT NULL DEFAULT 0,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX calls_created_at_idx ON calls (created_at);

-- fixtures for the staging dashboard
INSERT INTO calls (id, twilio_call_sid, status, duration_s, created_at) VALUES
@rows@;
''', rows=rows)


@look("stt_worker_log", "deepgram", "request_id", ["logs/stt-worker.log", "logs/transcriber-2024-07-01.log"])
def _(g):
    out = []
    d = g.date()
    for _ in range(g.int(5, 10)):
        out.append("%s %02d:%02d:%02d.%03d level=info msg=\"transcribed\" dg_request_id=%s model=%s duration=%.2fs latency_ms=%d api_key=****" % (
            d, g.int(0, 23), g.int(0, 59), g.int(0, 59), g.int(0, 999), g.uuid4(), g.pick(DG_MODELS), g.int(100, 9000) / 100.0, g.int(90, 900)))
    return "\n".join(sorted(out)) + "\n"


@look("changelog_hashes", "mixed", "commit_sha", ["CHANGELOG.md", "docs/CHANGELOG.md"])
def _(g):
    out = ["# Changelog", ""]
    for i in range(g.int(3, 5)):
        out.append("## %d.%d.%d (%s)" % (1, 9 - i, g.int(0, 5), g.date()))
        for _ in range(g.int(2, 4)):
            h = g.hex(40)
            out.append("- %s ([%s](https://github.com/%s/%s/commit/%s))" % (
                g.pick(["fix barge-in on slow networks", "bump deepgram sdk", "add Cartesia TTS fallback",
                        "reduce TTS first-byte latency", "handle Twilio stream stop", "retry ElevenLabs 429"]),
                h[:7], g.pick(COMPANIES), g.pick(APPS), h))
        out.append("")
    return "\n".join(out)


@look("el_history_json", "elevenlabs", "ids", ["data/elevenlabs_history.json", "exports/tts_history.json"])
def _(g):
    items = [{"history_item_id": g.b62(20), "request_id": g.b62(20), "voice_id": el_voice(g),
              "model_id": g.pick(EL_MODELS), "voice_name": g.pick(EL_VOICE_NAMES), "text": g.pick(["Your order has shipped.", "Please hold.", "Goodbye!"]),
              "date_unix": g.int(1700000000, 1760000000), "character_count_change_from": 1000, "content_type": "audio/mpeg",
              "state": "created"} for _ in range(g.int(2, 4))]
    return json.dumps({"history": items, "has_more": False, "last_history_item_id": items[-1]["history_item_id"]}, indent=2) + "\n"


@look("download_models_sh", "mixed", "hash", ["scripts/download_models.sh", "tools/fetch_vad.sh"])
def _(g):
    return fill('''
#!/usr/bin/env bash
set -euo pipefail
mkdir -p models
fetch() {
  url="$1"; out="$2"; sum="$3"
  curl -fsSL "$url" -o "$out"
  echo "$sum  $out" | sha256sum -c -
}
fetch https://github.com/snakers4/silero-vad/raw/v@v@/src/silero_vad/data/silero_vad.onnx models/silero_vad.onnx @h1@
fetch https://huggingface.co/@org@/wake-model/resolve/main/model.tflite models/wake.tflite @h2@
''', v="5.%d" % g.int(0, 1), h1=g.sha256(), org=g.pick(COMPANIES), h2=g.sha256())


@look("py_audio_constants", "mixed", "hash", ["audio/fingerprint.py", "app/audio/constants.py"])
def _(g):
    return fill('''
"""Constants used to recognise known audio in recordings."""

# MD5 of 1 s of 8 kHz mu-law silence (0xFF bytes)
SILENCE_MD5 = "@m1@"
# SHA-1 of the hold-music loop shipped in assets/hold.wav
HOLD_MUSIC_SHA1 = "@s1@"
# CRC32 of the standard "please hold" prompt
PROMPT_CRC32 = 0x@crc@

DTMF_FREQS = {"1": (697, 1209), "2": (697, 1336), "3": (697, 1477)}
''', m1=g.hex(32), s1=g.hex(40), crc=g.hex(8))


@look("openapi_spec", "elevenlabs", "spec",
      ["openapi/tts.yaml", "api/openapi.yaml"])
def _(g):
    return fill('''
openapi: 3.0.1
info:
  title: Internal TTS proxy
  version: "@v@"
servers:
  - url: https://tts.@co@.internal
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: xi-api-key
paths:
  /v1/text-to-speech/{voice_id}:
    post:
      security:
        - ApiKeyAuth: []
      parameters:
        - name: voice_id
          in: path
          required: true
          schema:
            type: string
            example: "@vid@"
''', v="1.%d.0" % g.int(0, 9), co=g.pick(COMPANIES), vid=el_voice(g))


@look("tf_cognitive_account", "azure_speech", "resource_ref", ["infra/speech.tf", "terraform/cognitive.tf"])
def _(g):
    return fill('''
resource "azurerm_cognitive_account" "speech" {
  name                = "cog-speech-@co@-@env@"
  location            = "@reg@"
  resource_group_name = azurerm_resource_group.voice.name
  kind                = "SpeechServices"
  sku_name            = "S0"
  custom_subdomain_name = "speech-@co@-@env@"
}

resource "azurerm_key_vault_secret" "speech_key" {
  name         = "speech-key"
  value        = azurerm_cognitive_account.speech.primary_access_key
  key_vault_id = azurerm_key_vault.voice.id
}

output "speech_endpoint" {
  value = azurerm_cognitive_account.speech.endpoint
}

output "speech_key" {
  value     = azurerm_cognitive_account.speech.primary_access_key
  sensitive = true
}
''', co=g.pick(COMPANIES), env=g.pick(["dev", "stg", "prod"]), reg=g.pick(REGIONS_AZ))


@look("google_stt_response", "google_cloud", "ids",
      ["tests/fixtures/google_stt_response.json", "fixtures/gcp_recognize.json"])
def _(g):
    d = {"results": [{"alternatives": [{"transcript": "i would like to book a cleaning", "confidence": 0.93}],
                      "resultEndTime": "%d.%03ds" % (g.int(1, 9), g.int(0, 999)), "languageCode": "en-us"}],
         "totalBilledTime": "%ds" % g.int(1, 15), "requestId": g.digits(19)}
    return json.dumps(d, indent=2) + "\n"


@look("transcribe_job_json", "aws", "job_config", ["aws/transcribe-job.json", "infra/transcribe/job-template.json"])
def _(g):
    d = {"TranscriptionJobName": "call-%s" % g.uuid4(), "LanguageCode": g.pick(["en-US", "en-GB", "es-US"]),
         "MediaFormat": "wav", "MediaSampleRateHertz": 8000,
         "Media": {"MediaFileUri": "s3://%s-recordings/%s/%s.wav" % (g.pick(COMPANIES), g.date(), g.hex(16))},
         "OutputBucketName": "%s-transcripts" % g.pick(COMPANIES),
         "Settings": {"ShowSpeakerLabels": True, "MaxSpeakerLabels": 2, "ChannelIdentification": False},
         "Tags": [{"Key": "cost-center", "Value": g.digits(4)}]}
    return json.dumps(d, indent=2) + "\n"


@look("polly_log", "aws", "request_id", ["logs/polly-synth.log", "logs/tts-cache.log"])
def _(g):
    out = []
    for _ in range(g.int(4, 8)):
        out.append("%s [INFO] polly.synthesize voice=%s engine=neural chars=%d x-amzn-RequestId=%s cache_etag=\"%s\" s3_key=tts-cache/%s.mp3" % (
            g.ts(), g.pick(["Joanna", "Matthew", "Amy"]), g.int(10, 600), g.uuid4(), g.hex(32), g.sha256()[:24]))
    return "\n".join(sorted(out)) + "\n"


@look("compose_env_refs", "mixed", "env_ref", ["docker-compose.yml", "compose.prod.yaml"])
def _(g):
    return fill('''
services:
  agent:
    image: ghcr.io/@co@/voice-agent@sha256:@dg@
    environment:
      DEEPGRAM_API_KEY: ${DEEPGRAM_API_KEY:?DEEPGRAM_API_KEY is required}
      ELEVENLABS_API_KEY: ${ELEVENLABS_API_KEY}
      LIVEKIT_URL: ${LIVEKIT_URL:-ws://livekit:7880}
      LIVEKIT_API_KEY: ${LIVEKIT_API_KEY}
      LIVEKIT_API_SECRET: ${LIVEKIT_API_SECRET}
    env_file:
      - .env
  livekit:
    image: livekit/livekit-server:v1.@v@
    command: --config /etc/livekit.yaml
    ports: ["7880:7880", "7881:7881"]
''', co=g.pick(COMPANIES), dg=g.sha256(), v="%d.%d" % (g.int(5, 9), g.int(0, 5)))


@look("rotate_keys_sh", "mixed", "secret_manager_ref", ["scripts/rotate_keys.sh", "ops/load-secrets.sh"])
def _(g):
    return fill('''
#!/usr/bin/env bash
# Load provider keys from the team vault into the current shell (never write them to disk).
set -euo pipefail
export DEEPGRAM_API_KEY="$(op read 'op://Voice Agents/Deepgram/credential')"
export ELEVENLABS_API_KEY="$(op read 'op://Voice Agents/ElevenLabs/credential')"
export TWILIO_AUTH_TOKEN="$(vault kv get -field=auth_token secret/@co@/twilio)"
export AZURE_SPEECH_KEY="$(az keyvault secret show --vault-name kv-voice-@env@ --name speech-key --query value -o tsv)"
export AZURE_SPEECH_REGION=@reg@
echo "keys loaded for @env@"
''', co=g.pick(COMPANIES), env=g.pick(["dev", "prod", "stg"]), reg=g.pick(REGIONS_AZ))


@look("zod_env_schema", "mixed", "validator", ["src/env.ts", "src/config/env.ts"])
def _(g):
    return '''import { z } from "zod";

// Shapes only -- values come from the deployment environment.
const schema = z.object({
  DEEPGRAM_API_KEY: z.string().regex(/^[0-9a-f]{40}$/),
  ELEVENLABS_API_KEY: z.string().regex(/^sk_[0-9a-f]{48}$/),
  RETELL_API_KEY: z.string().startsWith("key_"),
  CARTESIA_API_KEY: z.string().startsWith("sk_car_"),
  VAPI_PUBLIC_KEY: z.string().uuid(),
  AZURE_SPEECH_REGION: z.enum(["%s", "%s", "eastus"]),
  SAMPLE_RATE: z.coerce.number().default(%d),
});

export const env = schema.parse(process.env);
''' % (g.pick(REGIONS_AZ), g.pick(REGIONS_AZ), g.pick(SAMPLE_RATES))


@look("py_key_validators", "mixed", "validator", ["app/validators.py", "voice/keys.py"])
def _(g):
    return '''"""Validate key formats before calling providers, and mask them for logs."""
import re

PATTERNS = {
    "deepgram": re.compile(r"^[0-9a-f]{40}$"),
    "assemblyai": re.compile(r"^[0-9a-f]{32}$"),
    "elevenlabs": re.compile(r"^sk_[0-9a-f]{48}$"),
    "openai": re.compile(r"^sk-(proj-)?[A-Za-z0-9_-]{20,}$"),
}


def mask(value: str) -> str:
    if len(value) <= 8:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


assert mask("%s") == "%s"
''' % ("x" * 12, "xxxx****xxxx")


@look("plist_info", "mixed", "config", ["ios/App/Info.plist", "ios/Runner/Info.plist"])
def _(g):
    return fill('''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleIdentifier</key>
    <string>com.@co@.voice</string>
    <key>NSMicrophoneUsageDescription</key>
    <string>The assistant listens while you hold the talk button.</string>
    <key>UIBackgroundModes</key>
    <array><string>audio</string><string>voip</string></array>
    <key>VoiceRegion</key>
    <string>@reg@</string>
    <key>InstallationNamespace</key>
    <string>@u@</string>
</dict>
</plist>
''', co=g.pick(COMPANIES), reg=g.pick(REGIONS_AZ), u=g.uuid4().upper())


@look("kotlin_audio_test", "mixed", "encoded_data", ["app/src/test/java/com/voice/FrameCodecTest.kt"])
def _(g):
    return fill('''
package com.voice

import org.junit.Assert.assertEquals
import org.junit.Test
import java.util.Base64
import java.util.UUID

class FrameCodecTest {
    private val frame = "@b64@"
    private val sessionId = UUID.fromString("@u@")

    @Test
    fun decodesMulawFrame() {
        val bytes = Base64.getDecoder().decode(frame)
        assertEquals(@n@, bytes.size)
        assertEquals(sessionId, FrameCodec.session(bytes, sessionId).id)
    }
}
''', b64=base64.b64encode(g.bytes(160)).decode(), u=g.uuid4(), n=160)


@look("ext_secret_yaml", "mixed", "secret_manager_ref", ["k8s/externalsecret.yaml", "deploy/external-secrets.yaml"])
def _(g):
    return fill('''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: voice-api-keys
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: @store@
    kind: ClusterSecretStore
  target:
    name: voice-api-keys
  data:
    - secretKey: deepgram
      remoteRef:
        key: voice/@env@/deepgram-api-key
    - secretKey: elevenlabs
      remoteRef:
        key: voice/@env@/elevenlabs-api-key
    - secretKey: twilio-auth-token
      remoteRef:
        key: voice/@env@/twilio
        property: auth_token
''', store=g.pick(["aws-secrets-manager", "gcp-secret-manager", "vault-backend"]), env=g.pick(["prod", "staging"]))


@look("readme_placeholders", "mixed", "placeholder", ["README.md", "docs/quickstart.md"])
def _(g):
    return fill('''
# @p@

A phone receptionist built on Twilio Media Streams, Deepgram and ElevenLabs.

## Quick start

```bash
cp .env.example .env
# then edit .env:
#   DEEPGRAM_API_KEY=<your-deepgram-key>
#   ELEVENLABS_API_KEY=<your-elevenlabs-key>
#   TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
#   TWILIO_AUTH_TOKEN=<your-auth-token>
npm install
npm run dev
```

Point your Twilio number's voice webhook at `https://<your-ngrok-subdomain>.ngrok-free.app/voice`.
''', p=proj(g))


@look("go_ids", "mixed", "ids", ["internal/ids/ids.go", "pkg/callid/callid.go"])
def _(g):
    return fill('''
package ids

import (
	"crypto/rand"
	"encoding/hex"
)

// NewCallID returns ids like "call_@ex@".
func NewCallID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return "call_" + hex.EncodeToString(b)
}

// Namespace used for deterministic recording ids (uuid v5).
const RecordingNamespace = "@ns@"
''', ex=g.hex(32), ns=g.uuid4())


@look("aai_webhook_log", "assemblyai", "transcript_id", ["logs/assemblyai-webhook.log", "logs/webhooks.log"])
def _(g):
    out = []
    for _ in range(g.int(4, 8)):
        out.append('%s POST /hooks/assemblyai 200 transcript_id=%s status=completed X-Webhook-Token=[REDACTED] ua="AssemblyAI-Webhook/1.0"' % (g.ts(), g.uuid4()))
    return "\n".join(sorted(out)) + "\n"


@look("speechmatics_toml", "speechmatics", "job_id", ["config/speechmatics.toml", "captions/sm.toml"])
def _(g):
    return fill('''
[speechmatics]
url = "https://@reg@.asr.api.speechmatics.com/v2"
api_key_env = "SPEECHMATICS_API_KEY"
operating_point = "enhanced"
language = "@lang@"

[last_run]
job_id = "@job@"
finished = "@ts@"
''', reg=g.pick(["eu1", "us1"]), lang=g.pick(["en", "de"]), job=g.s(LOWALNUM, 10), ts=g.ts())


@look("usage_csv", "deepgram", "ids", ["billing/usage_2024_05.csv", "reports/stt_usage.csv"])
def _(g):
    pid = g.uuid4()
    rows = ["project_id,request_id,model,duration_s,cost_usd,created"]
    for _ in range(g.int(6, 12)):
        rows.append("%s,%s,%s,%.1f,%.4f,%s" % (pid, g.uuid4(), g.pick(DG_MODELS), g.int(10, 6000) / 10.0, g.int(1, 900) / 10000.0, g.ts()))
    return "\n".join(rows) + "\n"


@look("picovoice_keywords_json", "picovoice", "hash", ["assets/keywords.json", "wake/models.json"])
def _(g):
    items = [{"keyword": w, "file": "%s_%s.ppn" % (w.replace(" ", "-"), plat), "sha256": g.sha256(), "bytes": g.int(2000, 9000)}
             for w, plat in [(g.pick(WAKE), "linux"), (g.pick(WAKE), "android"), (g.pick(WAKE), "ios")]]
    return json.dumps({"engine": "porcupine", "version": "3.0", "keywords": items}, indent=2) + "\n"


@look("turn_cert", "livekit", "certificate", ["certs/livekit-turn.crt", "deploy/tls/turn.pem"])
def _(g):
    return pem("CERTIFICATE", cert_der(g, "turn.%s.io" % g.pick(COMPANIES))) + "\n"


@look("ssml_py", "azure_speech", "config", ["tts/ssml.py", "speech/prompts.py"])
def _(g):
    return fill('''
from xml.sax.saxutils import escape

VOICE = "@voice@"
REGION = "@reg@"
ENDPOINT = f"https://{REGION}.tts.speech.microsoft.com/cognitiveservices/v1"


def ssml(text: str, rate: str = "@rate@") -> str:
    return (
        f"<speak version='1.0' xml:lang='{VOICE[:5]}'>"
        f"<voice name='{VOICE}'><prosody rate='{rate}'>{escape(text)}</prosody></voice></speak>"
    )
''', voice=g.pick(AZ_VOICES), reg=g.pick(REGIONS_AZ), rate=g.pick(["0%", "-5%", "+10%"]))


@look("vscode_launch", "mixed", "env_ref", [".vscode/launch.json"])
def _(g):
    d = {"version": "0.2.0", "configurations": [{"name": "agent (dev)", "type": "debugpy", "request": "launch",
                                                 "program": "${workspaceFolder}/agent.py", "args": ["dev"],
                                                 "envFile": "${workspaceFolder}/.env.local",
                                                 "env": {"LOG_LEVEL": "debug", "DEEPGRAM_API_KEY": "${env:DEEPGRAM_API_KEY}",
                                                         "SAMPLE_RATE": str(g.pick(SAMPLE_RATES))}}]}
    return json.dumps(d, indent=2) + "\n"


@look("twilio_status_payload", "twilio", "signature", ["tests/fixtures/twilio_status_callback.json", "fixtures/twilio_event.json"])
def _(g):
    d = {"headers": {"X-Twilio-Signature": base64.b64encode(g.bytes(20)).decode(), "I-Twilio-Idempotency-Token": g.uuid4()},
         "form": {"AccountSid": "AC" + g.hex(32), "CallSid": "CA" + g.hex(32), "CallStatus": "completed",
                  "CallDuration": str(g.int(1, 600)), "From": g.phone(), "To": g.phone(), "ApiVersion": "2010-04-01"}}
    return json.dumps(d, indent=2) + "\n"


@look("twilio_signature_test", "twilio", "doc_example", ["tests/test_twilio_signature.py", "tests/test_request_validation.py"])
def _(g):
    return '''from twilio.request_validator import RequestValidator

# Values from Twilio's documentation example (auth token "12345" is a documented dummy).
DOC_TOKEN = "12345"
URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Caller": "+12349013030",
    "Digits": "1234",
    "From": "+12349013030",
    "To": "+18005551212",
}


def test_signature_roundtrip():
    v = RequestValidator(DOC_TOKEN)
    sig = v.compute_signature(URL, PARAMS)
    assert v.validate(URL, PARAMS, sig)
    assert not v.validate(URL, PARAMS, "%s")
''' % base64.b64encode(g.bytes(20)).decode()


@look("hmac_vectors_go", "mixed", "test_vector", ["internal/webhook/hmac_test.go", "pkg/signing/vectors_test.go"])
def _(g):
    return '''package webhook

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

// RFC 4231 test case 1.
func TestHMACSHA256Vector(t *testing.T) {
	key := bytes.Repeat([]byte{0x0b}, 20)
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte("Hi There"))
	want := "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
	if got := hex.EncodeToString(mac.Sum(nil)); got != want {
		t.Fatalf("got %%s", got)
	}
}

func TestPayloadSignature(t *testing.T) {
	sig := "v1,%s"
	if !looksLikeSignature(sig) {
		t.Fatal("expected signature format")
	}
}
''' % g.hex(64)


@look("livekit_server_log", "livekit", "sid", ["logs/livekit-server.log", "logs/livekit.log"])
def _(g):
    out = []
    for _ in range(g.int(5, 9)):
        out.append('%sZ\tINFO\tlivekit\trtc/room.go:%d\tparticipant active\t{"room": "%s", "roomID": "RM_%s", "participant": "%s", "pID": "PA_%s", "trackID": "TR_%s"}' % (
            g.ts(), g.int(100, 900), g.pick(["support", "lobby", "call-" + g.s(LOWALNUM, 6)]), g.b62(12), g.pick(["agent", "caller", "user-" + g.digits(4)]), g.b62(12), g.b62(12)))
    return "\n".join(sorted(out)) + "\n"


@look("livekit_env_example", "livekit", "placeholder", [".env.example", "agent/.env.example", ".env.sample"])
def _(g):
    return fill('''
# Copy to .env.local and fill in. Dev-mode server uses the documented devkey/secret pair.
LIVEKIT_URL=ws://localhost:7880
LIVEKIT_API_KEY=devkey
LIVEKIT_API_SECRET=secret
DEEPGRAM_API_KEY=
CARTESIA_API_KEY=sk_car_xxxxxxxxxxxxx
OPENAI_API_KEY=sk-proj-...
AGENT_NAME=@name@
''', name=g.pick(["concierge", "triage", "receptionist"]))


@look("livekit_token_fixture", "livekit", "ids", ["tests/test_room_names.py", "tests/test_participants.py"])
def _(g):
    return fill('''
import pytest
from app.rooms import room_name_for, identity_for

CASES = [
    ("@u1@", "call-@s1@"),
    ("@u2@", "call-@s2@"),
]


@pytest.mark.parametrize("call_id,expected", CASES)
def test_room_name(call_id, expected):
    assert room_name_for(call_id) == expected


def test_identity_is_stable():
    assert identity_for("@u1@") == identity_for("@u1@")
''', u1=g.uuid4(), s1=g.s(LOWALNUM, 8), u2=g.uuid4(), s2=g.s(LOWALNUM, 8))


@look("vapi_tools_json", "vapi", "tool_config", ["vapi/tools.json", "config/vapi-tools.json"])
def _(g):
    d = [{"type": "function", "async": False, "server": {"url": "https://%s.io/tools/%s" % (g.pick(COMPANIES), n)},
          "function": {"name": n, "description": desc, "parameters": {"type": "object", "properties": {"date": {"type": "string"}}}},
          "id": g.uuid4()} for n, desc in [("check_availability", "Look up free slots"), ("book_appointment", "Book a slot")]]
    return json.dumps(d, indent=2) + "\n"


@look("pom_xml", "mixed", "config", ["pom.xml", "server/pom.xml"])
def _(g):
    return fill('''
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.@co@</groupId>
  <artifactId>@app@</artifactId>
  <version>0.@v@.0</version>
  <dependencies>
    <dependency>
      <groupId>com.twilio.sdk</groupId>
      <artifactId>twilio</artifactId>
      <version>10.@t@.0</version>
    </dependency>
    <dependency>
      <groupId>com.microsoft.cognitiveservices.speech</groupId>
      <artifactId>client-sdk</artifactId>
      <version>1.@m@.0</version>
    </dependency>
  </dependencies>
</project>
''', co=g.pick(COMPANIES), app=g.pick(APPS), v=g.int(1, 9), t=g.int(0, 6), m=g.int(30, 41))


@look("audio_ini", "mixed", "config", ["config/audio.ini", "conf/devices.ini"])
def _(g):
    return fill('''
[capture]
device_uuid = @u@
sample_rate = @sr@
channels = 1
frame_ms = 20

[vad]
threshold = 0.@th@
min_silence_ms = @ms@

[stt]
provider = deepgram
model = @dg@
region = @reg@
''', u=g.uuid4(), sr=g.pick(SAMPLE_RATES), th=g.int(3, 8), ms=g.pick([300, 500, 800]), dg=g.pick(DG_MODELS), reg=g.pick(["us", "eu"]))


@look("props_env_refs", "twilio", "env_ref", ["src/main/resources/application.properties", "config/application.properties"])
def _(g):
    return fill('''
spring.application.name=@app@
twilio.account-sid=${TWILIO_ACCOUNT_SID}
twilio.auth-token=${TWILIO_AUTH_TOKEN}
twilio.stream-url=wss://@app@.@co@.io/stream
azure.speech.key=${AZURE_SPEECH_KEY:}
azure.speech.region=@reg@
''', app=g.pick(APPS), co=g.pick(COMPANIES), reg=g.pick(REGIONS_AZ))


@look("cartesia_voices_json", "cartesia", "voice_id", ["data/cartesia_voices.json", "config/voices/cartesia.json"])
def _(g):
    vs = [{"id": g.uuid4(), "name": n, "language": "en", "is_public": True, "created_at": g.ts() + "Z",
           "embedding": [round(g.int(-1000, 1000) / 1000.0, 3) for _ in range(8)]}
          for n in g.r.sample(["Barbershop Man", "Helpful Woman", "Newsman", "Calm Lady", "Sportsman", "Reading Man"], 3)]
    return json.dumps(vs, indent=2) + "\n"


@look("api_keys_doc", "mixed", "masked", ["docs/api-keys.md", "docs/secrets.md"])
def _(g):
    return fill('''
# Provider keys

Keys are stored in @store@ and injected at deploy time. When reporting issues, only ever paste the
masked form shown in dashboards, e.g.:

| provider | masked key | owner |
|---|---|---|
| Deepgram | `@m1@****************************` | @o@ |
| ElevenLabs | `sk_****************************************@m2@` | @o@ |
| Retell | `key_************************@m3@` | voice-team |

Rotate every 90 days: create the new key, update @store@, redeploy, delete the old key.
''', store=g.pick(["AWS Secrets Manager", "1Password", "Vault"]), m1=g.hex(4), m2=g.hex(4), m3=g.hex(4),
                o=g.pick(["platform", "voice-team", "ops"]))


@look("region_map_yaml", "azure_speech", "config", ["config/regions.yaml", "deploy/regions.yml"])
def _(g):
    rs = g.r.sample(REGIONS_AZ, 4)
    body = "\n".join("  %s:\n    tts: https://%s.tts.speech.microsoft.com\n    stt: wss://%s.stt.speech.microsoft.com\n    sample_rate: %d" % (r, r, r, g.pick(SAMPLE_RATES)) for r in rs)
    return "azure_speech:\n%s\ndeepgram:\n  us: https://api.deepgram.com\n  eu: https://api.eu.deepgram.com\n" % body


@look("ts_ids_test", "elevenlabs", "agent_id", ["src/agents/__tests__/agents.test.ts", "test/conversation.test.ts"])
def _(g):
    return fill('''
import { describe, it, expect } from "vitest";
import { agentUrl } from "../agents";

const AGENT_ID = "agent_@a@";
const CONVERSATION_ID = "conv_@c@";

describe("agentUrl", () => {
  it("builds the signed-url endpoint", () => {
    expect(agentUrl(AGENT_ID)).toBe(
      `https://api.elevenlabs.io/v1/convai/conversation/get-signed-url?agent_id=${AGENT_ID}`,
    );
  });
  it("keeps conversation ids intact", () => {
    expect(CONVERSATION_ID).toMatch(/^conv_[0-9a-z]{26}$/);
  });
});
''', a=g.ulid(), c=g.ulid())


@look("rev_job_fixture", "revai", "job_id", ["tests/fixtures/rev_job.json", "fixtures/revai_job_details.json"])
def _(g):
    d = {"id": g.b62(12), "created_on": g.ts() + ".13Z", "completed_on": g.ts() + ".02Z", "name": "call_%d.mp3" % g.int(1, 999),
         "metadata": "customer-call", "status": "transcribed", "duration_seconds": g.int(30, 3600) + 0.5,
         "type": "async", "language": "en", "transcriber": "machine"}
    return json.dumps(d, indent=2) + "\n"


@look("vonage_answer_ncco", "vonage", "ids", ["ncco/answer.json", "config/vonage_ncco.json"])
def _(g):
    d = [{"action": "talk", "text": "Please wait while we connect you.", "language": "en-US", "style": g.int(0, 3)},
         {"action": "connect", "eventUrl": ["https://%s.io/vonage/events" % g.pick(COMPANIES)],
          "from": g.phone()[1:], "endpoint": [{"type": "websocket", "uri": "wss://%s.io/socket" % g.pick(COMPANIES),
                                              "content-type": "audio/l16;rate=16000",
                                              "headers": {"conversation_uuid": "CON-" + g.uuid4(), "app_id": g.uuid4()}}]}]
    return json.dumps(d, indent=2) + "\n"


@look("aws_doc_example_md", "aws", "doc_example", ["docs/aws-setup.md", "docs/polly.md"])
def _(g):
    return fill('''
# Polly / Transcribe setup

Configure a named profile. The values below are the placeholders from the AWS documentation --
use your own credentials from IAM Identity Center instead.

```ini
[polly-dev]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = @reg@
```

Then run `aws polly describe-voices --engine neural --profile polly-dev`.
''', reg=g.pick(AWS_REGIONS))


@look("elevenlabs_env_sample", "elevenlabs", "placeholder", [".env.sample", "services/tts/.env.example"])
def _(g):
    return fill('''
# ElevenLabs
ELEVENLABS_API_KEY=your_elevenlabs_api_key_here
ELEVENLABS_VOICE_ID=@vid@
ELEVENLABS_MODEL_ID=@model@
# Twilio
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
''', vid=el_voice(g), model=g.pick(EL_MODELS))


# ================================================================ slot substitutes for negatives
EXPR_LANGS = ("py", "js", "ts", "go", "swift", "kt", "c", "cs", "tf", "sql")
ENVREF = {
    "py": ['os.environ["<V>"]', 'os.getenv("<V>")', 'os.environ.get("<V>", "")'],
    "js": ["process.env.<V>", 'process.env.<V> || ""'],
    "ts": ["process.env.<V>!", 'process.env.<V> ?? ""', 'process.env["<V>"] as string'],
    "go": ['os.Getenv("<V>")'],
    "swift": ['ProcessInfo.processInfo.environment["<V>"] ?? ""',
              'Bundle.main.object(forInfoDictionaryKey: "<V>") as? String ?? ""'],
    "kt": ["BuildConfig.<V>", 'System.getenv("<V>") ?: ""'],
    "c": ['getenv("<V>")'],
    "cs": ['Environment.GetEnvironmentVariable("<V>")'],
    "tf": ["var.<v>"],
    "sql": ["current_setting('app.<v>')"],
    "sh": ["${<V>}", "$<V>", "${<V>:?<V> not set}"],
    "yaml": ["${<V>}", "${<V>:-}"],
    "json": ["${<V>}", "{{<V>}}"],
    "toml": ["${<V>}", "env:<V>"],
    "ini": ["%(ENV_<V>)s", "${<V>}"],
    "properties": ["${<V>}", "${<V>:}"],
    "xml": ["${<V>}", "%<V>%"],
    "md": ["${<V>}", "$<V>"],
    "dockerfile": ["${<V>}"],
    "env": ["${SHARED_<V>}"],
}
TEMPLATE_LANGS = ("yaml", "json", "toml", "ini", "properties", "xml")
TEMPLATE_EXPRS = ["{{ .Values.<p>.apiKey }}", "${{ secrets.<V> }}", "{{ <v> }}", "#{<V>}#",
                  "<%= ENV['<V>'] %>", "__<V>__", "{{ env \"<V>\" }}"]
ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def _fmt(pattern, t):
    v = (t.var or "API_KEY")
    return (pattern.replace("<V>", v).replace("<v>", v.lower())
            .replace("<p>", t.provider.split("_")[0]))


def _placeholders(g, t):
    v = t.var or "API_KEY"
    slug = t.provider.replace("_", "-")
    opts = ["<your-%s-api-key>" % slug, "YOUR_%s" % v, "your_%s_here" % v.lower(), "changeme",
            "REPLACE_ME", "<%s>" % v, "TODO", "your-%s-key" % slug, "<insert key>", "dummy-key"]
    if t.n == 36 and not t.prefix:
        opts += ["00000000-0000-0000-0000-000000000000", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
                 "<your-private-key-uuid>"]
    elif t.prefix:
        m = min(t.n, g.int(12, 28))
        opts += [t.prefix + "x" * m, t.prefix + "X" * m, t.prefix + "your-key-here", t.prefix + "..."]
    else:
        opts += ["x" * min(t.n, 40), "0" * min(t.n, 40), "X" * min(t.n, 32)]
    return opts


def _masked(g, t):
    opts = ["****", "********", "[REDACTED]", "<redacted>", "***REMOVED***", "\u2022" * 12, "[hidden]"]
    if t.prefix:
        opts.append(t.prefix + "*" * g.int(8, 20) + g.hex(4))
        opts.append(t.prefix + "\u2026" + g.hex(4))
    else:
        opts.append("*" * g.int(20, 32) + g.hex(4))
    return opts


def _secretrefs(g, t):
    v = (t.var or "API_KEY").lower().replace("_", "-")
    pv = t.provider.split("_")[0]
    return ["op://Voice Agents/%s/credential" % pv.title(),
            "vault:secret/data/voice/%s#%s" % (pv, v),
            "arn:aws:secretsmanager:%s:%s:secret:voice/%s-%s" % (g.pick(AWS_REGIONS), g.digits(12), v, g.b62(6)),
            "projects/%s/secrets/%s/versions/latest" % (proj(g), v),
            "https://kv-voice-%s.vault.azure.net/secrets/%s" % (g.pick(["prod", "dev"]), v),
            "sm://%s" % v]


def _yaml_safe(val):
    if val == "" or val[0] in "*&!%@`|>'\"[{<#?" or ": " in val or " #" in val:
        return '"%s"' % val.replace('"', '\\"')
    return val


def neg_slot(g, t):
    """Pick a non-secret value for template t's slot -> (kind, S, ctx)."""
    q = t.q
    if t.subs in ("pem", "pemfile"):
        opts = [("placeholder", "-----BEGIN PRIVATE KEY-----\n<paste the private key downloaded from the dashboard>\n-----END PRIVATE KEY-----"),
                ("masked", "-----BEGIN PRIVATE KEY-----\n[REDACTED]\n-----END PRIVATE KEY-----"),
                ("placeholder", "YOUR_PRIVATE_KEY")]
        if t.subs == "pem":
            opts.append(("empty", ""))
            if t.lang == "js":
                opts.append(("env_ref", "${process.env.VONAGE_PRIVATE_KEY}"))
        else:
            opts.append(("placeholder", "# The Vonage application private key is mounted at runtime from the secret store.\n# Download it from the dashboard and save it as private.key for local development."))
        kind, val = g.pick(opts)
        return kind, val, {"neg": True, "sub": kind}
    cands = [("placeholder", 3.0), ("empty", 1.0), ("masked", 2.0), ("secret_manager_ref", 1.5)]
    er = ENVREF.get(t.eref) if t.eref != "none" else None
    if er and not (t.eref in EXPR_LANGS and q == ""):
        cands.append(("env_ref", 3.0))
    if t.lang in TEMPLATE_LANGS:
        cands.append(("template_expr", 1.5))
    if t.docex:
        cands.append(("doc_example", 3.0))
    for _ in range(50):
        tot = sum(w for _k, w in cands)
        x = g.r.random() * tot
        for kind, w in cands:
            x -= w
            if x <= 0:
                break
        ctx = {"neg": True, "sub": kind}
        raw = None
        if kind == "placeholder":
            val = g.pick(_placeholders(g, t))
        elif kind == "empty":
            val = ""
        elif kind == "masked":
            val = g.pick(_masked(g, t))
        elif kind == "secret_manager_ref":
            val = g.pick(_secretrefs(g, t))
        elif kind == "template_expr":
            val = _fmt(g.pick(TEMPLATE_EXPRS), t)
        elif kind == "doc_example":
            d = g.pick(t.docex)
            if isinstance(d, tuple):
                val, ctx["docid"] = d
            else:
                val = d
                if d == LK_README_SECRET:
                    ctx["docid"] = LK_README_ID
            ctx["sub"] = "docex"
        else:
            val = _fmt(g.pick(er), t)
            if t.eref in EXPR_LANGS:
                raw = val
        if raw is not None:
            return kind, raw, ctx
        if q and q in val:
            continue
        if t.lang == "sh" and ('"' in val or "`" in val):
            continue
        if q == "" and t.lang == "yaml":
            val = _yaml_safe(val)
        if q == "" and t.lang == "env" and " " in val:
            val = '"%s"' % val
        if t.lang == "json" and q == "" and '"' in val:
            continue
        return kind, q + val + q, ctx
    return "placeholder", q + "changeme" + q, {"neg": True, "sub": "placeholder"}


# ================================================================ driver
def ftype(path):
    b = os.path.basename(path)
    if b.startswith(".env"):
        return "env"
    if b == "Dockerfile" or b.endswith(".Dockerfile"):
        return "dockerfile"
    special = {"credentials": "ini", "authorized_keys": "pub", "SHA256SUMS": "txt", "go.sum": "sum",
               "dg-transcribe": "sh", "tts-sample": "sh"}
    if b in special:
        return special[b]
    if "." in b:
        return b.rsplit(".", 1)[1]
    return "txt"


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def plan(g, items, total):
    reps, rest = divmod(total, len(items))
    out = list(items) * reps + g.r.sample(list(items), rest)
    g.r.shuffle(out)
    return out


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ho.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    assert len(POS) >= 60 and len(LOOK) >= 60, (len(POS), len(LOOK))
    g = G(random.Random(seed))
    import shutil
    for sub in ("pos", "neg"):
        if os.path.isdir(os.path.join(outdir, sub)):
            shutil.rmtree(os.path.join(outdir, sub))
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []
    env_count, env_cap = 0, 25

    for i, t in enumerate(plan(g, POS, 500)):
        val, needle = t.key(g)
        S = t.q + val + t.q
        text = t.render(g, S, {"neg": False})
        path = g.pick(t.paths)
        if os.path.basename(path).startswith(".env"):
            if env_count >= env_cap:
                path = "deploy/%s.env" % t.provider
            else:
                env_count += 1
        rel = "pos/p%04d/%s" % (i, path)
        idx = text.find(needle)
        assert idx >= 0, (t.name, needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], t.name
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t.provider, "kind": t.kind,
                         "filetype": ftype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})

    negs = [("slot", t) for t in plan(g, POS, 250)] + [("look", t) for t in plan(g, LOOK, 250)]
    g.r.shuffle(negs)
    for i, (mode, t) in enumerate(negs):
        if mode == "slot":
            kind, S, ctx = neg_slot(g, t)
            text = t.render(g, S, ctx)
        else:
            kind = t.kind
            text = t.render(g)
        path = g.pick(t.paths)
        b = os.path.basename(path)
        if b.startswith(".env") and b not in ENV_OK:
            path = os.path.join(os.path.dirname(path), ".env.example")
        assert not (os.path.basename(path).startswith(".env") and os.path.basename(path) not in ENV_OK)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": t.provider, "kind": kind,
                         "filetype": ftype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
