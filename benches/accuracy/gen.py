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
    "POSTMAN_API_KEY": lambda: "PMAK-" + r(24, HEX) + "-" + r(34, HEX),
    "SUPABASE_ACCESS_TOKEN": lambda: "sbp_" + r(40, HEX),
    "MAILCHIMP_API_KEY": lambda: r(32, HEX) + "-us" + str(random.randint(1, 21)),
    "DATABRICKS_TOKEN": lambda: "dapi" + r(32, HEX),
    "VAULT_TOKEN": lambda: "hvs." + r(90, URL),
    "TFE_TOKEN": lambda: r(14) + ".atlasv1." + r(67),
    "NEW_RELIC_LICENSE_KEY": lambda: r(36, HEX) + "NRAL",
    "GRAFANA_SERVICE_ACCOUNT_TOKEN": lambda: "glsa_" + r(32) + "_" + r(8, HEX),
    "PLANETSCALE_TOKEN": lambda: "pscale_tkn_" + r(43, URL),
    "SQUARE_ACCESS_TOKEN": lambda: "EAAA" + r(60, URL),
    "DOCKERHUB_TOKEN": lambda: "dckr_pat_" + r(27, URL),
    "AIRTABLE_TOKEN": lambda: "pat" + r(14) + "." + r(64, HEX),
    "LINEAR_API_KEY": lambda: "lin_api_" + r(40),
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

# Credentials in the files that hold them by convention, and look-alikes of the same files.
A = string.ascii_letters + string.digits
NL = "\n"
pem_b64 = b64(("-----BEGIN RSA PRIVATE KEY-----" + NL + r(64) + NL + r(64) + NL
               + "-----END RSA PRIVATE KEY-----" + NL).encode())
FILES_POS = {
    ".npmrc": f"//registry.npmjs.org/:_authToken={crc_token('npm_')}\n",
    ".pypirc": f"[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc{r(60, URL)}\n",
    "docker-config.json": '{"auths": {"registry.example.com": {"auth": "%s"}}}\n'
    % b64(f"deploy:{r(20)}".encode()),
    "kubeconfig": f"users:\n- name: admin\n  user:\n    client-key-data: {pem_b64}\n",
    "secret.yaml": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n"
    f"  password: {b64(r(16).encode())}\n",
    ".git-credentials": f"https://alice:{r(20)}@git.example.com\n",
    "aws-credentials": f"[default]\naws_access_key_id = AKIA{r(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}\n"
    f"aws_secret_access_key = {r(40, A + '+/')}\n",
    "db.tf": f'resource "aws_db_instance" "db" {{\n  password = "{r(18)}"\n}}\n',
    "jdbc.properties": f"spring.datasource.url=jdbc:postgresql://db:5432/app?user=app&password={r(16)}\n",
    "Db.java": f'String url = "jdbc:mysql://db:3306/app?user=root&password={r(14)}";\n',
    "azure.env.example": "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acct1;"
    f"AccountKey={b64(random.randbytes(64))};EndpointSuffix=core.windows.net\n",
    "hook.py": f'WEBHOOK = "https://discord.com/api/webhooks/{random.randint(10**17, 10**18)}/{r(68, URL)}"\n',
    "bot.go": f'const botToken = "{random.randint(10**9, 10**10)}:AA{r(33, URL)}"\n',
    "notes.md": f"```\nexport OPENAI_API_KEY=sk-proj-{r(74, URL)}T3BlbkFJ{r(74, URL)}\n```\n",
    "settings.py": f"SECRET_KEY = 'django-insecure-{r(50, string.ascii_lowercase + string.digits + '!@#$%^&*(-_=+)')}'\n",
    "docker-compose.yml": f"services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: {r(20)}\n",
    "ci.yml": "env:\n  SLACK_WEBHOOK: https://hooks.slack.com/services/"
    f"T{r(8, string.ascii_uppercase + string.digits)}/B{r(10, string.ascii_uppercase + string.digits)}/{r(24)}\n",
    "restore.sh": f"mysql -u root -p{r(14)} app < dump.sql\n",
    "web.config": '<connectionStrings><add name="db" connectionString="Server=db;Database=app;'
    f'User Id=sa;Password={r(16)};" /></connectionStrings>\n',
    "id_ed25519": "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(r(70, A + "+/") for _ in range(5))
    + "\n-----END OPENSSH PRIVATE KEY-----\n",
    "deploy.ppk": "PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: imported\nPublic-Lines: 2\n"
    + r(64, A + "+/") + "\n" + r(40, A + "+/") + "\nPrivate-Lines: 2\n" + r(64, A + "+/") + "\n"
    + r(40, A + "+/") + "\nPrivate-MAC: " + r(40, HEX) + "\n",
}
FILES_NEG = {
    ".npmrc": "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n",
    ".pypirc": "[pypi]\nusername = __token__\npassword = <your PyPI token>\n",
    "docker-config.json": '{"auths": {"registry.example.com": {}}, "credsStore": "desktop"}\n',
    "kubeconfig": "users:\n- name: admin\n  user:\n    exec:\n      command: aws\n      args: [eks, get-token]\n",
    "secret.yaml": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: ${DB_PASSWORD}\n",
    ".git-credentials.example": "https://USERNAME:TOKEN@git.example.com\n",
    "aws-credentials": "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
    "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
    "db.tf": 'resource "aws_db_instance" "db" {\n  password = var.db_password\n}\n',
    "jdbc.properties": "spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.password=${DB_PASSWORD}\n",
    "azure.env.example": "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=<account>;"
    "AccountKey=<key>;EndpointSuffix=core.windows.net\n",
    "docker-compose.yml": "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db\n",
    "restore.sh": 'mysql -u root -p"$MYSQL_PASSWORD" app < dump.sql\n',
    "web.config": '<connectionStrings><add name="db" connectionString="Server=db;Database=app;'
    'Integrated Security=true;" /></connectionStrings>\n',
    "id_ed25519.pub": f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{r(43)} deploy@ci\n",
    "cert.pem": "-----BEGIN CERTIFICATE-----\n" + "\n".join(r(64, A + "+/") for _ in range(4))
    + "\n-----END CERTIFICATE-----\n",
}
# Secrets written in language and tool constructs (fourth session): call arguments, setters,
# typed declarations, defines, key/value objects, SQL, netrc, registry logins, URLs.
FILES_POS.update({
    "k8s-env.yaml": f'env:\n  - name: DB_PASSWORD\n    value: "{r(24)}"\n',
    "wp-config.php": f"define( 'AUTH_KEY', '{r(40)}' );\n",
    "setenv_test.go": f'os.Setenv("API_TOKEN", "{r(32)}")\n',
    "Prop.java": f'System.setProperty("api.key", "{r(32)}");\n',
    "header.go": f'req.Header.Set("X-API-Key", "{r(32)}")\n',
    "Headers.java": f'headers.put("X-Api-Key", "{r(32)}");\n',
    "cfn.sh": f"aws cloudformation deploy --parameter-overrides ParameterKey=DbPassword,ParameterValue={r(20)}\n",
    ".netrc": f"machine api.example.com\n  login bob\n  password {r(20)}\n",
    "kv.json": f'[{{"key": "API_SECRET", "value": "{r(32)}"}}]\n',
    "keys.h": f'#define API_KEY "{r(32)}"\n',
    "config.ex": f'@api_key "{r(32)}"\n',
    "nginx.conf": f'proxy_set_header X-Api-Key "{r(32)}";\n',
    "consts.rs": f'const API_TOKEN: &str = "{r(32)}";\n',
    "config.ts": f'const apiKey: string = "{r(32)}";\n',
    "Keys.vb": f'Dim apiKey As String = "{r(32)}"\n',
    "init.sql": f"CREATE USER app WITH PASSWORD '{r(16)}';\n",
    "grant.sql": f"ALTER USER 'app'@'%' IDENTIFIED BY '{r(16)}';\n",
    "client.go": f'client := api.NewClient(api.WithToken("{r(40)}"))\n',
    "Db.java": f'builder.setPassword("{r(16)}");\n',
    "beans.xml": f'<property name="password" value="{r(16)}"/>\n',
    "login.sh": f"docker login -u bot -p {r(24)} registry.example.com\n",
    "stdin.sh": f'echo "{r(24)}" | docker login --username bot --password-stdin\n',
    "redis.env": f"REDIS_URL=redis://:{r(24)}@cache:6379/0\n",
    "bot.md": f"https://api.telegram.org/bot{random.randint(10**9, 10**10 - 1)}:AA{r(33, URL)}/getMe\n",
    "heroku.sh": f"heroku config:set API_SECRET={r(32)}\n",
    "settings.py": f"SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', '{r(50)}')\n",
    "secure.ps1": f'$pw = ConvertTo-SecureString "{r(16)}" -AsPlainText -Force\n',
    "api.http": f"GET /v1/me HTTP/1.1\nAuthorization: Api-Token {r(40)}\n",
})
# Safe to commit by design (fourth session): ciphertext, public keys and ids, docs' sample keys.
FILES_NEG.update({
    "sops.yaml": f"db_password: ENC[AES256_GCM,data:{b64(random.randbytes(18))},iv:{b64(random.randbytes(32))},"
    f"tag:{b64(random.randbytes(16))},type:str]\nsops:\n    kms: []\n",
    "sealed.yaml": "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n"
    f"    password: AgB{r(729, A + '+/')}\n",
    "vault.yml": "db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          "
    + "\n          ".join(r(80, HEX) for _ in range(4)) + "\n",
    "jasypt.properties": f"spring.datasource.password=ENC({b64(random.randbytes(32))})\n",
    "kms.json": f'{{"api_key_ciphertext": "AQICAHh{r(180, A + "+/")}"}}\n',
    "transit.env": f"API_TOKEN=vault:v1:{b64(random.randbytes(48))}\n",
    "stripe_docs.py": 'stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"\n',
    "map.js": f'mapboxgl.accessToken = "pk.eyJ1Ijoi{r(20)}.{r(22)}";\n',
    "captcha.html": f'<div class="g-recaptcha" data-sitekey="6L{r(38, URL)}"></div>\n',
    "sentry.js": f'Sentry.init({{ dsn: "https://{r(32, HEX)}@o{random.randint(10**5, 10**6)}.ingest.sentry.io/1" }});\n',
    "form.html": f'<input type="hidden" name="authenticity_token" value="{r(64, URL)}">\n',
    "k8s-ref.yaml": "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: password\n",
    "setter.java": "builder.setPassword(password);\n",
    "login-env.sh": 'echo "$CR_PAT" | docker login ghcr.io -u bot --password-stdin\n',
})
for name, content in FILES_POS.items():
    i += 1
    open(f"{out}/pos/f_{name}", "w").write(content)
for name, content in FILES_NEG.items():
    j += 1
    open(f"{out}/neg/f_{name}", "w").write(content)
print(f"{i} positives, {j + len(EXTRA)} look-alikes in {out}")
