#!/usr/bin/env python3
"""Generate a small accuracy set of our own: realistic keys (right format, random body, real
checksums) and look-alikes (placeholders, truncations, hashes, ids, public keys) in many file
types. Usage: python3 gen.py OUTDIR  → OUTDIR/pos/* and OUTDIR/neg/*; then
  keyhook scan --format json OUTDIR/pos | grep -c '"path"'   # every file should be reported
  keyhook scan --format json OUTDIR/neg | grep -c '"path"'   # none should be
"""
import base64, hashlib, os, random, string, sys, uuid, zlib

out = sys.argv[1] if len(sys.argv) > 1 else "accuracy-set"
random.seed(42)
A62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEX = "0123456789abcdef"
URL = string.ascii_letters + string.digits + "-_"


def r(n, al=string.ascii_letters + string.digits):
    return "".join(random.choice(al) for _ in range(n))


def b62(n):
    s = ""
    while n:
        s = A62[n % 62] + s
        n //= 62
    return s.rjust(6, "0")


def crc_token(prefix):
    body = r(30)
    return prefix + body + b62(zlib.crc32(body.encode()))


KEYS = {
    "GITHUB_TOKEN": lambda: crc_token("ghp_"),
    "GH_OAUTH_TOKEN": lambda: crc_token("gho_"),
    "GITHUB_PAT": lambda: "github_pat_" + r(22) + "_" + r(59),
    "AWS_ACCESS_KEY_ID": lambda: "AKIA" + r(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
    "STRIPE_SECRET_KEY": lambda: "sk_live_" + r(random.choice([24, 99])),
    "STRIPE_RESTRICTED_KEY": lambda: "rk_live_" + r(24),
    "SLACK_BOT_TOKEN": lambda: "xoxb-" + r(11, string.digits) + "-" + r(12, string.digits) + "-" + r(24),
    "OPENAI_API_KEY": lambda: "sk-proj-" + r(48, URL) + "T3BlbkFJ" + r(48, URL),
    "ANTHROPIC_API_KEY": lambda: "sk-ant-api03-" + r(93, URL) + "AA",
    "SENDGRID_API_KEY": lambda: "SG." + r(22, URL) + "." + r(43, URL),
    "GOOGLE_API_KEY": lambda: "AIza" + r(35, URL),
    "NPM_TOKEN": lambda: crc_token("npm_"),
    "GITLAB_TOKEN": lambda: "glpat-" + r(20, URL),
    "HF_TOKEN": lambda: "hf_" + r(34, string.ascii_letters),
    "DIGITALOCEAN_TOKEN": lambda: "dop_v1_" + r(64, HEX),
    "SHOPIFY_ACCESS_TOKEN": lambda: "shpat_" + r(32, HEX),
    "PYPI_TOKEN": lambda: "pypi-AgEIcHlwaS5vcmc" + r(70, URL),
    "TWILIO_API_KEY": lambda: "SK" + r(32, HEX),
    "MAILGUN_API_KEY": lambda: "key-" + r(32, HEX),
    "GROQ_API_KEY": lambda: "gsk_" + r(52),
    "INTERNAL_API_SECRET": lambda: r(40, HEX),
    "SERVICE_AUTH_TOKEN": lambda: r(32),
}

TEMPLATES = {
    "py": lambda n, v: f'import os\n\n{n} = "{v}"\nclient = Client(api_key={n})\n',
    "js": lambda n, v: f'const config = {{\n  apiKey: "{v}",\n  region: "us-east-1",\n}};\n',
    "yaml": lambda n, v: f"service:\n  name: billing\n  credentials:\n    {n.lower()}: {v}\n",
    "json": lambda n, v: f'{{\n  "name": "svc",\n  "{n.lower()}": "{v}"\n}}\n',
    "env.example": lambda n, v: f"# copy to .env\n{n}={v}\n",
    "Dockerfile": lambda n, v: f"FROM alpine\nENV {n}={v}\nRUN make\n",
    "tf": lambda n, v: f'provider "x" {{\n  token = "{v}"\n}}\n',
    "xml": lambda n, v: f'<config>\n  <add key="{n}" value="{v}" />\n</config>\n',
    "properties": lambda n, v: f'app.name=svc\n{n.lower().replace("_", ".")}={v}\n',
    "sh": lambda n, v: f'#!/bin/sh\nexport {n}="{v}"\n./run\n',
    "go": lambda n, v: f'package main\n\nconst {n.title().replace("_", "")} = "{v}"\n',
    "java": lambda n, v: f'class C {{\n  private static final String {n} = "{v}";\n}}\n',
    "toml": lambda n, v: f'[service]\n{n.lower()} = "{v}"\n',
    "md": lambda n, v: f'Run:\n\n    curl -H "Authorization: Bearer {v}" https://api.internal/v1\n',
}

os.makedirs(f"{out}/pos", exist_ok=True)
os.makedirs(f"{out}/neg", exist_ok=True)
i = 0
for name, make in KEYS.items():
    for ext, t in TEMPLATES.items():
        i += 1
        open(f"{out}/pos/{name.lower()}.{i}.{ext}", "w").write(t(name, make()))

NEG_NAMES = ["GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "STRIPE_SECRET_KEY", "SLACK_BOT_TOKEN",
             "OPENAI_API_KEY", "SENDGRID_API_KEY", "API_KEY", "DB_PASSWORD", "AUTH_TOKEN"]
PREFIXES = ["ghp_", "AKIA", "sk_live_", "xoxb-", "sk-proj-", "SG.", "", "", ""]
NEG_TEMPLATES = {
    "py": lambda n, v: f'{n} = "{v}"\n',
    "yaml": lambda n, v: f'env:\n  {n}: "{v}"\n',
    "env.example": lambda n, v: f"{n}={v}\n",
    "json": lambda n, v: f'{{"{n.lower()}": "{v}"}}\n',
}
j = 0
for n, p in zip(NEG_NAMES, PREFIXES):
    for v in [f"YOUR_{n}_HERE", f"<{n.lower()}>", "${" + n + "}", p + "x" * 32, p + "X" * 24,
              p + "1234567890abcdef1234567890abcdef", p + "your-key-here", "changeme", p + "...",
              p + "EXAMPLE" + r(10).upper(), "{{ secrets." + n + " }}", p + "a1b2c3d4e5f6g7h8i9j0k1l2",
              p + r(6)]:
        for ext, t in NEG_TEMPLATES.items():
            j += 1
            open(f"{out}/neg/n{j}.{ext}", "w").write(t(n, v))
b64 = lambda b: base64.b64encode(b).decode()
EXTRA = {
    "lock.json": f'"integrity": "sha512-{b64(hashlib.sha512(b"x").digest())}"\n',
    "go.sum": f"github.com/pkg/errors v0.9.1 h1:{b64(hashlib.sha256(b'y').digest())}\n",
    "sha.py": f'commit_sha = "{hashlib.sha1(b"z").hexdigest()}"\n',
    "uuid.py": f'request_id = "{uuid.uuid4()}"\n',
    "sum.py": f'checksum = "sha256:{hashlib.sha256(b"q").hexdigest()}"\n',
    "digest.yaml": f"image: repo/app@sha256:{hashlib.sha256(b'w').hexdigest()}\n",
    "sri.html": f'<script src="a.js" integrity="sha384-{b64(hashlib.sha384(b"e").digest())}"></script>\n',
    "test.py": "def test_token_refresh_fails_when_secret_rotated(self):\n",
    "i18n.json": '{"password_label": "Enter your password", "token_help": "Your API token is shown once"}\n',
    "hash.py": f'session_key_hash = "{hashlib.sha256(b"h").hexdigest()}"\n',
    "id.pub": f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{r(43)} me@host\n",
    "pub.js": f'const publicKey = "{r(44)}";\n',
    "pk.py": f'STRIPE_PUBLISHABLE_KEY = "pk_live_{r(99)}"\n',
    "lock.txt": f"lock_token = {uuid.uuid4()}\n",
    "icon.css": f".icon{{background:url(data:image/png;base64,{r(200)})}}\n",
}
for name, content in EXTRA.items():
    open(f"{out}/neg/x_{name}", "w").write(content)
print(f"{i} positives, {j + len(EXTRA)} look-alikes in {out}")
