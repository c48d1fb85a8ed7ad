#!/usr/bin/env python3
"""gen_nm.py - blind evaluation-set generator: terminal recordings & screencast sources.

EMPHASIS
  Terminal recordings and screencast sources committed next to docs and demos:
  asciinema .cast files (v1 JSON, v2 JSON-lines incl. "i" stdin events and captured
  header env, v3 interval format), script(1) typescripts with ANSI escapes and
  backspaces, ttyrec/ttyplay text dumps, charmbracelet VHS .tape files, terminalizer
  YAML, termtosvg and svg-term SVG output, tmux capture-pane dumps, demo-magic.sh
  scripts, Jupyter notebooks used as terminal logs, GIF-making scripts (asciinema rec +
  agg / vhs), iTerm2 timestamped session logs, Markdown console transcripts, Warp
  workflow YAML, expect scripts that drive recordings.
  Providers: AWS, GitHub (classic + fine-grained), GitLab, Slack (bot token + webhook),
  Stripe, OpenAI, Anthropic, Google API key, SendGrid, Twilio, npm, Hugging Face,
  DigitalOcean, Datadog, Azure Storage, PyPI, Shopify, Groq, Replicate, Telegram bot,
  Mapbox secret token, Postman, Linear, HashiCorp Vault, Supabase service-role JWT,
  database URLs (postgres/mysql/mongodb+srv/redis/amqp), passwords typed on command lines
  or into prompts, PEM private keys printed with cat.

USAGE
  python3 -B gen_nm.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED (one
  random.Random(SEED)); standard library only.

NEEDLE CONVENTIONS
  needle = the secret exactly as written in the file, without quotes; prefixed tokens
  keep their prefix (ghp_, glpat-, xoxb-, sk_live_, sk-proj-, ...); for HTTP headers only
  the token value; for URLs with credentials the password only (Slack / Discord style
  webhook URLs: the whole URL); Telegram: whole bot token; AWS: the secret access key
  (the AKIA id sits beside it as a companion); Azure connection strings: AccountKey;
  PEM private keys: the first base64 line of the body; passwords: the password itself.
  line = 1-based line (split on "\n") of the first occurrence; asserted at write time.
  Files never contain lone CR, VT, FF or other str.splitlines() separators apart from
  CRLF pairs, so splitlines() and split("\n") agree on line numbers.

NEGATIVES
  250 re-use the positive templates with the slot holding a non-secret: placeholders
  (<your-api-key>, YOUR_API_KEY, xxxx, changeme, dein-api-schluessel, votre-cle-api...),
  empty, masked (****, [REDACTED], gh auth status style masks), $VAR / ${VAR} /
  $(op read ...) / $(vault kv get ...) references, provider documented example values
  (AKIAIOSFODNN7EXAMPLE ...), public values (Stripe pk_live, Mapbox pk., Twilio AC sid),
  and password prompts typed with no echo and no stdin recording.
  250 look-alikes: git SHAs, container ids, image digests, sha256/md5 sums, UUIDs, k8s
  pod hashes, pip/npm integrity hashes, go.sum hashes, SSH public keys and fingerprints,
  certificates, GPG fingerprints, AWS unique ids (AIDA...) and account ids, age / WireGuard
  public keys, IPFS CIDs, cosign signatures, base64 of ordinary output, progress bars.
  No negative is written to a .env / .env.<stage> file.

FORMATS CHECKED (from my knowledge of the providers' public docs / SDKs and of the
  recording tools' documented file layouts; the search tool was not needed and no secret
  scanner rules, tests or examples were consulted)
  AWS AKIA + 16 [A-Z2-7], secret 40 base64 chars; GitHub ghp_/gho_ + 30 base62 + 6-char
  base62 CRC32 checksum, github_pat_ 22 + "_" + 59; GitLab glpat- + 20 [A-Za-z0-9_-];
  Slack xoxb-<num>-<num>-<24 alnum>, hooks.slack.com/services/T../B../<24>; Stripe
  sk_live_/rk_live_ + 24 or 99 alnum; OpenAI sk-proj-...T3BlbkFJ...; Anthropic
  sk-ant-api03-<93>AA; Google AIza + 35; SendGrid SG.<22>.<43>; Twilio AC/SK + 32 hex,
  auth token 32 hex; npm_ + 36; hf_ + 34; dop_v1_ + 64 hex; Datadog 32 hex;
  Azure AccountKey 88 base64; PyPI pypi-AgEIcHlwaS5vcmc...; Shopify shpat_ + 32 hex;
  Groq gsk_ + 52; Replicate r8_ + 37; Telegram <bot id>:<35>; Mapbox sk.eyJ...;
  Postman PMAK-<24 hex>-<34 hex>; Linear lin_api_ + 40; Vault hvs. + 24..;
  asciinema v1/v2/v3 layouts, VHS tape commands, terminalizer config keys from the
  tools' own documentation/READMEs.

DOUBTS
  Exact body lengths of sk-proj- keys (used 64+8+64), hvs. token length (used 24 and 91),
  Groq/Replicate/Linear lengths, CRC32-over-random-part detail for GitHub checksums,
  PyPI macaroon body (random base64url after the fixed prefix), Mapbox sk. JWT body.
"""
import base64
import json
import os
import random
import string
import sys
import zlib

ALNUM = string.ascii_letters + string.digits
UPPER32 = string.ascii_uppercase + "234567"
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
B62_ORDER = string.digits + string.ascii_uppercase + string.ascii_lowercase

R = None  # random.Random, set in main


def rs(n, alpha=ALNUM):
    return "".join(R.choice(alpha) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def b62(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62_ORDER[r] + out
    return out.rjust(width, "0")


# ----------------------------------------------------------------------------------
# secret generators
# ----------------------------------------------------------------------------------
WORDS = ["maple", "river", "falcon", "Kaffee", "sonne", "lobo", "nube", "tigre", "koala",
         "ember", "quartz", "harbor", "nebula", "cobalt", "mango", "piano", "orbit",
         "zephyr", "birke", "fjord", "sakura", "tundra", "viento", "cactus", "pixel",
         "Lemon", "otter", "Garnet", "wolke", "poivre", "nordlys", "bamboo"]


def gen_password(safe=True):
    sym = "-_.~*" if safe else "-_.*^~+=#!@%"
    st = R.randrange(4)
    if st == 0:
        p = pick(WORDS).capitalize() + pick(sym) + str(R.randrange(10, 9999)) + pick(WORDS)
    elif st == 1:
        p = rs(R.randrange(14, 24), ALNUM + sym)
    elif st == 2:
        p = pick(WORDS) + str(R.randrange(1, 99)) + pick(sym) + pick(WORDS).upper()[:4] + rs(3, string.digits)
    else:
        p = rs(R.randrange(20, 33), ALNUM)
    while not (any(c.isupper() for c in p) and any(c.islower() for c in p) and any(c.isdigit() for c in p)):
        p = p + pick(string.ascii_uppercase) + pick(string.digits) + pick(string.ascii_lowercase)
    return p


def gh_classic(prefix="ghp_"):
    body = rs(30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def pem_rsa():
    der = bytes.fromhex("308204a40201000282010100") + bytes(R.randrange(256) for _ in range(1180))
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "RSA PRIVATE KEY", lines


def pem_ec():
    der = (bytes.fromhex("30770201010420") + bytes(R.randrange(256) for _ in range(32)) +
           bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" +
           bytes(R.randrange(256) for _ in range(64)))
    b = base64.b64encode(der).decode()
    return "EC PRIVATE KEY", [b[i:i + 64] for i in range(0, len(b), 64)]


def pem_pkcs8():
    der = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100") + \
        bytes(R.randrange(256) for _ in range(1150))
    b = base64.b64encode(der).decode()
    return "PRIVATE KEY", [b[i:i + 64] for i in range(0, len(b), 64)]


def jwt(payload):
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return h + "." + p + "." + rs(43, B64URL)


HOSTS = ["db.internal.example-corp.net", "pg-prod-1.c9xkq2.eu-central-1.rds.amazonaws.com",
         "10.0.3.17", "mysql.staging.lan", "postgres.demo.svc.cluster.local",
         "cluster0.ab1cd.mongodb.net", "redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com",
         "rabbitmq.acme.io", "db01.kunde-intern.de", "bdd.preprod.fr"]
USERS = ["alice", "bob", "mkowalski", "tanaka", "lfernandez", "ngoc", "a.schmidt", "deploy",
         "jdoe", "priya", "olaf", "chen.wei", "svc_app", "admin", "ci", "rgarcia", "kenji"]
APPS = ["shopfront", "billing-api", "acme-cli", "notes", "chatbot", "kundenportal",
        "inventario", "webhooks", "metrics", "ledger", "tasker", "hermes"]


class Secret:
    def __init__(self, provider, kind, value, var, curl=None, cli=None, comps=None, needle=None,
                 wizard=None):
        self.provider, self.kind, self.value, self.var = provider, kind, value, var
        self.curl = curl or []     # list of format strings with {v}
        self.cli = cli or []
        self.comps = comps or []   # list of (VAR, value) public companions
        self.needle = needle or value
        self.wizard = wizard       # (cmd, prompt) interactive echo prompt


def mk_secret(k):
    u = pick(USERS)
    if k == "aws":
        kid = "AKIA" + rs(16, UPPER32)
        v = rs(40, B64)
        return Secret("aws", "secret_access_key", v, "AWS_SECRET_ACCESS_KEY",
                      cli=["aws configure set aws_secret_access_key {v}",
                           "aws configure set aws_secret_access_key {v} --profile " + pick(["demo", "prod", "staging"])],
                      comps=[("AWS_ACCESS_KEY_ID", kid), ("AWS_DEFAULT_REGION", pick(["us-east-1", "eu-west-1", "eu-central-1", "ap-northeast-1"]))])
    if k == "github":
        v = gh_classic(pick(["ghp_", "ghp_", "gho_"])) if R.random() < 0.7 else "github_pat_" + rs(22) + "_" + rs(59)
        return Secret("github", "personal_access_token", v, pick(["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"]),
                      curl=['curl -H "Authorization: Bearer {v}" https://api.github.com/user',
                            'curl -s -H "Authorization: token {v}" https://api.github.com/repos/' + u + '/' + pick(APPS) + '/releases/latest'],
                      cli=["echo {v} | gh auth login --with-token", "gh auth login --with-token <<< {v}",
                           "git clone https://" + u + ":{v}@github.com/" + u + "/" + pick(APPS) + ".git"])
    if k == "gitlab":
        v = "glpat-" + rs(20, B64URL)
        return Secret("gitlab", "personal_access_token", v, pick(["GITLAB_TOKEN", "GL_TOKEN", "CI_JOB_TOKEN_OVERRIDE"]),
                      curl=['curl --header "PRIVATE-TOKEN: {v}" "https://gitlab.com/api/v4/projects?owned=true"'],
                      cli=["glab auth login --hostname gitlab.com --token {v}",
                           "git remote set-url origin https://oauth2:{v}@gitlab.com/" + u + "/" + pick(APPS) + ".git"])
    if k == "slack":
        v = "xoxb-" + rs(R.randrange(10, 13), string.digits) + "-" + rs(R.randrange(10, 14), string.digits) + "-" + rs(24)
        return Secret("slack", "bot_token", v, pick(["SLACK_BOT_TOKEN", "SLACK_TOKEN"]),
                      curl=['curl -H "Authorization: Bearer {v}" https://slack.com/api/auth.test',
                            'curl -X POST -H "Authorization: Bearer {v}" -H "Content-type: application/json" --data \'{{"channel":"C0' + rs(8, UPPER32[:26]) + '","text":"hi"}}\' https://slack.com/api/chat.postMessage'])
    if k == "slack_webhook":
        v = "https://hooks.slack.com/services/T" + rs(8, string.ascii_uppercase + string.digits) + "/B" + rs(10, string.ascii_uppercase + string.digits) + "/" + rs(24)
        return Secret("slack", "webhook_url", v, "SLACK_WEBHOOK_URL",
                      curl=["curl -X POST -H 'Content-type: application/json' --data '{{\"text\":\"Deploy finished\"}}' {v}"])
    if k == "stripe":
        v = pick(["sk_live_", "sk_live_", "rk_live_"]) + (rs(24) if R.random() < 0.4 else "51" + rs(97))
        return Secret("stripe", "secret_key", v, pick(["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_KEY"]),
                      curl=["curl https://api.stripe.com/v1/customers -u {v}:", "curl https://api.stripe.com/v1/balance -u \"{v}:\""],
                      cli=["stripe listen --api-key {v} --forward-to localhost:4242/webhook",
                           "stripe customers list --api-key {v} --limit 3"])
    if k == "openai":
        v = ("sk-proj-" + rs(64, B64URL) + "T3BlbkFJ" + rs(64, B64URL)) if R.random() < 0.6 else ("sk-" + rs(20) + "T3BlbkFJ" + rs(20))
        return Secret("openai", "api_key", v, "OPENAI_API_KEY",
                      curl=['curl https://api.openai.com/v1/models -H "Authorization: Bearer {v}"'],
                      cli=["llm keys set openai --value {v}"],
                      wizard=("npx create-" + pick(["ai-chat", "llm-app"]) + "@latest", "? Enter your OpenAI API key: "))
    if k == "anthropic":
        v = "sk-ant-api03-" + rs(93, B64URL) + "AA"
        return Secret("anthropic", "api_key", v, "ANTHROPIC_API_KEY",
                      curl=['curl https://api.anthropic.com/v1/messages -H "x-api-key: {v}" -H "anthropic-version: 2023-06-01" -H "content-type: application/json" -d @req.json'],
                      wizard=("claude-demo setup", "Anthropic API key: "))
    if k == "google":
        v = "AIza" + rs(35, B64URL)
        return Secret("google", "api_key", v, pick(["GOOGLE_API_KEY", "GEMINI_API_KEY", "MAPS_API_KEY"]),
                      curl=['curl "https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key={v}"',
                            'curl "https://generativelanguage.googleapis.com/v1beta/models?key={v}"'])
    if k == "sendgrid":
        v = "SG." + rs(22, B64URL) + "." + rs(43, B64URL)
        return Secret("sendgrid", "api_key", v, "SENDGRID_API_KEY",
                      curl=['curl --request POST --url https://api.sendgrid.com/v3/mail/send --header "Authorization: Bearer {v}" --header "Content-Type: application/json" --data @mail.json'])
    if k == "twilio":
        sid = "AC" + rs(32, HEX)
        v = rs(32, HEX)
        return Secret("twilio", "auth_token", v, "TWILIO_AUTH_TOKEN",
                      curl=["curl -X POST https://api.twilio.com/2010-04-01/Accounts/" + sid + "/Messages.json --data-urlencode \"Body=hola\" -u " + sid + ":{v}"],
                      comps=[("TWILIO_ACCOUNT_SID", sid)])
    if k == "npm":
        v = "npm_" + rs(36)
        return Secret("npm", "access_token", v, "NPM_TOKEN",
                      curl=['curl -H "Authorization: Bearer {v}" https://registry.npmjs.org/-/whoami'],
                      cli=["npm config set //registry.npmjs.org/:_authToken={v}",
                           "echo \"//registry.npmjs.org/:_authToken={v}\" >> ~/.npmrc"])
    if k == "huggingface":
        v = "hf_" + rs(34, string.ascii_letters)
        return Secret("huggingface", "access_token", v, pick(["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"]),
                      curl=['curl -H "Authorization: Bearer {v}" https://huggingface.co/api/whoami-v2'],
                      cli=["huggingface-cli login --token {v}", "hf auth login --token {v} --add-to-git-credential"])
    if k == "digitalocean":
        v = "dop_v1_" + rs(64, HEX)
        return Secret("digitalocean", "api_token", v, "DIGITALOCEAN_TOKEN",
                      curl=['curl -X GET -H "Content-Type: application/json" -H "Authorization: Bearer {v}" "https://api.digitalocean.com/v2/droplets"'],
                      cli=["doctl auth init --access-token {v}", "doctl auth init -t {v} --context demo"])
    if k == "datadog":
        v = rs(32, HEX)
        return Secret("datadog", "api_key", v, "DD_API_KEY",
                      curl=['curl -X GET "https://api.datadoghq.com/api/v1/validate" -H "Accept: application/json" -H "DD-API-KEY: {v}"'],
                      cli=['docker run -d --name dd-agent -e DD_API_KEY={v} -e DD_SITE="datadoghq.eu" -v /var/run/docker.sock:/var/run/docker.sock:ro gcr.io/datadoghq/agent:7'])
    if k == "azure":
        v = rs(86, B64) + "=="
        acct = pick(APPS).replace("-", "") + rs(4, string.digits)
        return Secret("azure", "storage_account_key", v, "AZURE_STORAGE_KEY",
                      cli=["az storage blob list --account-name " + acct + " --container-name uploads --account-key " + "{v}" + " -o table",
                           "export AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;AccountName=" + acct + ";AccountKey={v};EndpointSuffix=core.windows.net\""],
                      comps=[("AZURE_STORAGE_ACCOUNT", acct)])
    if k == "pypi":
        v = "pypi-AgEIcHlwaS5vcmc" + rs(R.randrange(130, 170), B64URL)
        return Secret("pypi", "api_token", v, pick(["TWINE_PASSWORD", "PYPI_TOKEN"]),
                      cli=["twine upload -u __token__ -p {v} dist/*", "poetry config pypi-token.pypi {v}",
                           "uv publish --token {v}"])
    if k == "shopify":
        v = "shpat_" + rs(32, HEX)
        shop = pick(APPS) + "-store"
        return Secret("shopify", "admin_api_token", v, "SHOPIFY_ACCESS_TOKEN",
                      curl=['curl -X GET "https://' + shop + '.myshopify.com/admin/api/2024-04/products.json" -H "X-Shopify-Access-Token: {v}"'])
    if k == "groq":
        v = "gsk_" + rs(52)
        return Secret("groq", "api_key", v, "GROQ_API_KEY",
                      curl=['curl https://api.groq.com/openai/v1/models -H "Authorization: Bearer {v}"'])
    if k == "replicate":
        v = "r8_" + rs(37)
        return Secret("replicate", "api_token", v, "REPLICATE_API_TOKEN",
                      curl=['curl -s -X POST -H "Authorization: Bearer {v}" -H "Content-Type: application/json" -d @input.json https://api.replicate.com/v1/predictions'])
    if k == "telegram":
        v = str(R.randrange(1000000000, 7999999999)) + ":AA" + rs(33, B64URL)
        return Secret("telegram", "bot_token", v, "TELEGRAM_BOT_TOKEN",
                      curl=["curl https://api.telegram.org/bot{v}/getMe",
                            "curl -s \"https://api.telegram.org/bot{v}/sendMessage?chat_id=-100" + rs(10, string.digits) + "&text=build%20ok\""])
    if k == "mapbox":
        v = "sk.eyJ1Ijoi" + rs(R.randrange(12, 20), B64URL) + "IsImEiOiJ" + rs(24, B64URL) + "." + rs(22, B64URL)
        return Secret("mapbox", "secret_token", v, "MAPBOX_DOWNLOADS_TOKEN",
                      curl=['curl "https://api.mapbox.com/tokens/v2?access_token={v}"'])
    if k == "postman":
        v = "PMAK-" + rs(24, HEX) + "-" + rs(34, HEX)
        return Secret("postman", "api_key", v, "POSTMAN_API_KEY",
                      curl=['curl -H "X-Api-Key: {v}" https://api.getpostman.com/me'],
                      cli=["postman login --with-api-key {v}"])
    if k == "linear":
        v = "lin_api_" + rs(40)
        return Secret("linear", "api_key", v, "LINEAR_API_KEY",
                      curl=['curl -X POST -H "Content-Type: application/json" -H "Authorization: {v}" --data \'{{ "query": "{{ viewer {{ id name }} }}" }}\' https://api.linear.app/graphql'])
    if k == "vault":
        v = "hvs." + (rs(24) if R.random() < 0.5 else "CAESI" + rs(86, B64URL))
        return Secret("hashicorp", "vault_token", v, "VAULT_TOKEN",
                      cli=["vault login {v}", "vault login -method=token token={v}"],
                      comps=[("VAULT_ADDR", "https://vault." + pick(["acme.io", "corp.internal", "demo.local"]) + ":8200")])
    if k == "supabase":
        ref = rs(20, string.ascii_lowercase)
        v = jwt({"iss": "supabase", "ref": ref, "role": "service_role", "iat": 1700000000 + R.randrange(9000000), "exp": 2010000000 + R.randrange(9000000)})
        return Secret("supabase", "service_role_key", v, "SUPABASE_SERVICE_ROLE_KEY",
                      curl=['curl "https://' + ref + '.supabase.co/rest/v1/profiles?select=*" -H "apikey: {v}"'],
                      comps=[("SUPABASE_URL", "https://" + ref + ".supabase.co")])
    if k in ("db_mysql", "db_psql", "db_redis", "docker_pw", "sshpass", "k8s_secret", "docker_run_pw"):
        v = gen_password(safe=False)
        host = pick(HOSTS)
        pu = pick(["root", "admin", "app", u, "postgres"])
        cli = {"db_mysql": ["mysql -u " + pu + " -p'{v}' -h " + host + " " + pick(APPS).replace("-", "_"),
                            "mysqldump -u" + pu + " -p'{v}' --single-transaction shop > dump.sql"],
               "db_psql": ["PGPASSWORD='{v}' psql -h " + host + " -U " + pu + " -d " + pick(APPS).replace("-", "_"),
                           "PGPASSWORD='{v}' pg_dump -h " + host + " -U " + pu + " app > backup.sql"],
               "db_redis": ["redis-cli -h " + host + " -p 6379 -a '{v}' ping", "redis-cli --user default --pass '{v}' -h " + host],
               "docker_pw": ["docker login -u " + u + " -p '{v}' registry." + pick(["acme.io", "gitlab.com", "example-corp.net"]),
                             "echo '{v}' | docker login ghcr.io -u " + u + " --password-stdin"],
               "sshpass": ["sshpass -p '{v}' ssh " + u + "@" + host, "sshpass -p '{v}' scp build.tar.gz " + u + "@" + host + ":/srv/"],
               "k8s_secret": ["kubectl create secret generic db-creds --from-literal=username=" + pu + " --from-literal=password='{v}' -n " + pick(APPS)],
               "docker_run_pw": ["docker run -d --name db -e POSTGRES_PASSWORD='{v}' -p 5432:5432 postgres:16",
                                 "docker run -d -e MYSQL_ROOT_PASSWORD='{v}' -e MYSQL_DATABASE=app mysql:8.0"]}[k]
        var = {"db_mysql": "MYSQL_PWD", "db_psql": "PGPASSWORD", "db_redis": "REDIS_PASSWORD", "docker_pw": "REGISTRY_PASSWORD",
               "sshpass": "SSHPASS", "k8s_secret": "DB_PASSWORD", "docker_run_pw": "POSTGRES_PASSWORD"}[k]
        return Secret("generic", "password", v, var, cli=cli)
    if k == "db_url":
        v = gen_password(safe=True)
        host = pick(HOSTS)
        pu = pick(["app", "postgres", "admin", "svc_" + pick(APPS).replace("-", "_")[:6], pick(USERS).replace(".", "")])
        db = pick(APPS).replace("-", "_")
        scheme = pick(["postgresql", "postgres", "mysql", "mongodb+srv", "redis", "amqp"])
        port = {"postgresql": ":5432", "postgres": ":5432", "mysql": ":3306", "mongodb+srv": "", "redis": ":6379", "amqp": ":5672"}[scheme]
        if scheme == "redis":
            url = "redis://default:{v}@" + host + port + "/0"
        else:
            url = scheme + "://" + pu + ":{v}@" + host + port + "/" + db
        tool = {"postgresql": "psql", "postgres": "psql", "mysql": "mysqlsh", "mongodb+srv": "mongosh", "redis": "redis-cli -u", "amqp": "rabbitmqadmin --uri"}[scheme]
        s = Secret("generic", "database_url", v, pick(["DATABASE_URL", "DB_URL", "MONGO_URI", "REDIS_URL"]) if scheme != "amqp" else "AMQP_URL",
                   cli=[tool + ' "' + url + '"', "alembic -x dburl=" + url + " upgrade head"])
        s.url = url
        return s
    raise KeyError(k)


KIND_WEIGHTS = [("aws", 6), ("github", 7), ("gitlab", 4), ("slack", 4), ("slack_webhook", 3), ("stripe", 5),
                ("openai", 7), ("anthropic", 4), ("google", 4), ("sendgrid", 3), ("twilio", 3), ("npm", 3),
                ("huggingface", 4), ("digitalocean", 3), ("datadog", 2), ("azure", 3), ("pypi", 3), ("shopify", 2),
                ("groq", 2), ("replicate", 2), ("telegram", 3), ("mapbox", 1), ("postman", 1), ("linear", 1),
                ("vault", 2), ("supabase", 2), ("db_mysql", 3), ("db_psql", 3), ("db_redis", 2), ("docker_pw", 3),
                ("sshpass", 2), ("k8s_secret", 2), ("docker_run_pw", 2), ("db_url", 6)]


def pick_kind():
    tot = sum(w for _, w in KIND_WEIGHTS)
    x = R.uniform(0, tot)
    for k, w in KIND_WEIGHTS:
        x -= w
        if x <= 0:
            return k
    return KIND_WEIGHTS[-1][0]


# ----------------------------------------------------------------------------------
# sessions: list of steps {cmd, pre, inputs[(prompt, value, echo)], out, secret_in}
# ----------------------------------------------------------------------------------
def step(cmd, out=None, pre=None, inputs=None):
    return {"cmd": cmd, "out": out or [], "pre": pre or [], "inputs": inputs or []}


def filler_step():
    app = pick(APPS)
    c = R.randrange(14)
    if c == 0:
        return step("ls", ["README.md  docs  package.json  src  tests"])
    if c == 1:
        return step("git status", ["On branch main", "Your branch is up to date with 'origin/main'.", "", "nothing to commit, working tree clean"])
    if c == 2:
        return step("cd " + app)
    if c == 3:
        return step("python3 --version", ["Python 3.11." + str(R.randrange(2, 10))])
    if c == 4:
        return step("npm install", ["", "added " + str(R.randrange(80, 900)) + " packages, and audited " + str(R.randrange(900, 1000)) + " packages in " + str(R.randrange(2, 40)) + "s", "", "found 0 vulnerabilities"])
    if c == 5:
        return step("docker compose up -d", [" \u2714 Network " + app + "_default  Created", " \u2714 Container " + app + "-db-1   Started", " \u2714 Container " + app + "-web-1  Started"])
    if c == 6:
        return step("make build", ["go build -o bin/" + app + " ./cmd/" + app, "done."])
    if c == 7:
        return step("kubectl get ns", ["NAME              STATUS   AGE", "default           Active   41d", "kube-system       Active   41d", app + "         Active   3d"])
    if c == 8:
        return step("clear")
    if c == 9:
        return step("pip install -e .", ["Obtaining file:///home/" + pick(USERS) + "/src/" + app, "Installing collected packages: " + app, "Successfully installed " + app + "-0.1.0"])
    if c == 10:
        return step("echo \"hello from the demo\"", ["hello from the demo"])
    if c == 11:
        return step(app + " --help", ["Usage: " + app + " [OPTIONS] COMMAND [ARGS]...", "", "Options:", "  --version  Show the version and exit.", "  --help     Show this message and exit."])
    if c == 12:
        return step("cat config.yaml", ["server:", "  port: 8080", "  log_level: info", "features:", "  beta: false"])
    return step("whoami", [pick(USERS).replace(".", "")])


def out_for(cmd):
    u = pick(USERS).replace(".", "")
    table = [("docker login", ["WARNING! Using --password via the CLI is insecure. Use --password-stdin.", "Login Succeeded"]),
             ("--password-stdin", ["Login Succeeded"]),
             ("mysqldump", []), ("pg_dump", []),
             ("mysql ", ["mysql: [Warning] Using a password on the command line interface can be insecure.", "Welcome to the MySQL monitor.  Commands end with ; or \\g."]),
             ("psql", ["psql (16.2)", "SSL connection (protocol: TLSv1.3, cipher: TLS_AES_256_GCM_SHA384, compression: off)", "Type \"help\" for help."]),
             ("redis-cli", ["Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.", "PONG"]),
             ("sshpass", ["Welcome to Ubuntu 22.04.4 LTS (GNU/Linux 5.15.0-105-generic x86_64)"]),
             ("kubectl create secret", ["secret/db-creds created"]),
             ("docker run", [rs(64, HEX)]),
             ("gh auth login", ["\u2713 Logged in as " + u]),
             ("git clone", ["Cloning into '" + pick(APPS) + "'...", "remote: Enumerating objects: 412, done.", "Receiving objects: 100% (412/412), 1.02 MiB | 4.1 MiB/s, done."]),
             ("git remote", []),
             ("glab auth", ["\u2713 Logged in to gitlab.com as " + u]),
             ("npm config", []), ("npmrc", []),
             ("huggingface-cli", ["Token is valid (permission: write).", "Login successful"]),
             ("hf auth", ["Login successful."]),
             ("doctl", ["Validating token... OK"]),
             ("twine", ["Uploading distributions to https://upload.pypi.org/legacy/", "Uploading " + pick(APPS) + "-0.3.1-py3-none-any.whl", "100% \u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501 12.3/12.3 kB \u2022 00:00"]),
             ("poetry config", []), ("uv publish", ["Publishing 2 files https://upload.pypi.org/legacy/"]),
             ("stripe listen", ["> Ready! You are using Stripe API Version [2024-04-10]. Your webhook signing secret is whsec_(hidden) (^C to quit)"]),
             ("stripe customers", ['{', '  "object": "list",', '  "data": [],', '  "has_more": false', '}']),
             ("vault login", ["Success! You are now authenticated. The token information displayed below", "is already stored in the token helper."]),
             ("az storage", ["Name              Blob Type    Content Length", "----------------  -----------  ----------------", "avatar.png        BlockBlob    48213"]),
             ("aws configure", []), ("llm keys", []), ("postman login", ["Logged in successfully."]),
             ("api.github.com", ['{', '  "login": "' + u + '",', '  "id": ' + str(R.randrange(100000, 99999999)) + ',', '  "type": "User"', '}']),
             ("slack.com/api", ['{"ok":true,"url":"https://acme-team.slack.com/","team":"Acme","user":"deploybot"}']),
             ("hooks.slack.com", ["ok"]),
             ("api.stripe.com", ['{', '  "object": "list",', '  "data": [],', '  "has_more": false,', '  "url": "/v1/customers"', '}']),
             ("api.openai.com", ['{', '  "object": "list",', '  "data": [', '    {', '      "id": "gpt-4o-mini",', '      "object": "model",']),
             ("api.anthropic.com", ['{"id":"msg_01' + rs(22) + '","type":"message","role":"assistant","content":[{"type":"text","text":"Hello!"}]}']),
             ("googleapis.com", ['{', '   "results" : [],', '   "status" : "OK"', '}']),
             ("sendgrid", ["HTTP/2 202"]),
             ("twilio.com", ['{"account_sid": "' + "AC" + "..." + '", "status": "queued"}']),
             ("npmjs.org", ['{"username":"' + u + '"}']),
             ("huggingface.co", ['{"type":"user","name":"' + u + '","auth":{"type":"access_token"}}']),
             ("digitalocean", ['{"droplets":[],"links":{},"meta":{"total":0}}']),
             ("datadoghq", ['{"valid":true}']),
             ("myshopify", ['{"products":[]}']), ("groq.com", ['{"object":"list","data":[{"id":"llama-3.1-8b-instant"}]}']),
             ("replicate", ['{"id":"' + rs(26, "abcdefghijklmnopqrstuvwxyz0123456789") + '","status":"starting"}']),
             ("telegram.org", ['{"ok":true,"result":{"id":' + str(R.randrange(10**9, 7 * 10**9)) + ',"is_bot":true,"first_name":"CI Bot"}}']),
             ("mapbox", ['{"code":"TokenValid"}']), ("getpostman", ['{"user":{"username":"' + u + '"}}']),
             ("linear.app", ['{"data":{"viewer":{"id":"' + uuid4() + '","name":"' + u + '"}}}']),
             ("supabase.co", ["[]"])]
    for k, v in table:
        if k in cmd:
            return v
    return [pick(["Done.", "ok"])]


def plain_value_context(s, v):
    """Return a realistic shell line that assigns v to the secret's variable."""
    return "export " + s.var + "=" + (v if R.random() < 0.6 else '"' + v + '"')


def build_action(s, action, v, hidden_v=None):
    """Return (steps, where). v is the value placed in the slot (secret or non-secret)."""
    def fmt(t):
        return t.replace("{v}", v).replace("{{", "{").replace("}}", "}")
    app = pick(APPS)
    if action == "export":
        st = [step(plain_value_context(s, v))]
        for cv, cval in s.comps:
            st.insert(R.randrange(len(st) + 1), step("export " + cv + "=" + cval))
        st.append(step(pick(["python3 demo.py", "npm run dev", "./bin/" + app + " sync", "go run ./cmd/" + app, "make demo"]),
                       [pick(["Listening on http://localhost:3000", "ok", "Connected.", "\u2713 authenticated"])]))
        return st, "cmd"
    if action == "inline":
        pre = " ".join(cv + "=" + cval for cv, cval in s.comps)
        cmd = (pre + " " if pre else "") + s.var + "=" + v + " " + (pick(["aws s3 ls", "aws sts get-caller-identity", "terraform plan"]) if s.provider == "aws" else pick(["python3 app.py", "node index.js", "uv run main.py", "cargo run --release", "./scripts/smoke.sh", "npm run seed"]))
        return [step(cmd, [pick(["Starting server on :8080", "2 buckets", "Smoke test passed", "Done."])])], "cmd"
    if action == "curl":
        cmd = fmt(pick(s.curl))
        return [step(cmd, out_for(cmd))], "cmd"
    if action == "cli":
        cmd = fmt(pick(s.cli))
        return [step(cmd, out_for(cmd))], "cmd"
    if action == "dburl":
        url = s.url.replace("{v}", v)
        tool = "psql" if url.startswith("postg") else ("mongosh" if url.startswith("mongo") else "mysqlsh --sql")
        return [step(tool + ' "' + url + '"' if not url.startswith(("redis", "amqp")) else ("redis-cli -u " + url + " ping" if url.startswith("redis") else "rabbitmqadmin --uri " + url + " list queues"),
                     {"psql": ["psql (16.2)", "Type \"help\" for help."], "mongosh": ["Current Mongosh Log ID:\t65f0" + rs(20, HEX), "Using MongoDB:\t\t7.0.8"],
                      "mysqlsh --sql": ["MySQL Shell 8.0.36", "Creating a session to '" + url.split("@")[-1].split("/")[0] + "'"]}.get(tool, ["PONG"]) if not url.startswith("amqp") else ["No items"])], "cmd"
    if action == "catenv":
        lines = ["# " + pick(["local dev", "demo account", "Konfiguration fuer die Demo", "configuration de demo", "NO COMMITEAR"])]
        lines += [cv + "=" + cval for cv, cval in s.comps]
        lines.insert(R.randrange(1, len(lines) + 1), s.var + "=" + v)
        lines.append("LOG_LEVEL=debug")
        return [step(pick(["cat .env", "cat .env.local", "cat ~/.config/" + app + "/credentials", "env | grep -i " + s.var.split("_")[0].lower(), "printenv | sort | grep " + s.var.split("_")[0]]), lines)], "out"
    if action == "echo":
        return [step("echo $" + s.var, [v])], "out"
    if action == "wizard":
        cmd, prompt = s.wizard
        return [step(cmd, pre=["Need to install the following packages:", "Ok to proceed? (y) y", ""] if cmd.startswith("npx") else ["Welcome!"],
                     inputs=[(prompt, v, True)], out=["\u2714 Saved to ~/.config/" + app + "/config.json"])], "input"
    if action == "awsconf":
        kid = s.comps[0][1]
        reg = s.comps[1][1]
        return [step("aws configure" + pick(["", " --profile demo"]), inputs=[
            ("AWS Access Key ID [None]: ", kid, True), ("AWS Secret Access Key [None]: ", v, True),
            ("Default region name [None]: ", reg, True), ("Default output format [None]: ", "json", True)])], "input"
    if action == "typedpw":
        sh = pick(["zsh: command not found: ", "bash: {}: command not found"])
        out = sh + v if "{}" not in sh else sh.format(v)
        return [step("ssh " + pick(USERS) + "@" + pick(HOSTS), ["Connection closed by remote host."]),
                step(v, [out])], "out"
    if action == "sudoecho":
        return [step(pick(["read -p \"DB password: \" DB_PASS", "read -p 'Password: ' PW && export PW"]), inputs=[(pick(["DB password: ", "Password: "]), v, True)]),
                step(pick(["mysql -u root -p\"$DB_PASS\" -e 'select 1'", "./scripts/migrate.sh", "echo ok"]), ["ok"])], "input"
    if action == "hidden":
        return [step(pick(["mysql -u root -p -h " + pick(HOSTS), "sudo systemctl restart nginx", "psql -h " + pick(HOSTS) + " -U app -W", "ssh " + pick(USERS) + "@" + pick(HOSTS)]),
                     inputs=[(pick(["Enter password: ", "[sudo] password for " + pick(USERS) + ": ", "Password for user app: ", pick(USERS) + "@" + pick(HOSTS) + "'s password: "]), v, False)],
                     out=["Welcome.", ""])], "hidden"
    if action == "pem":
        label, lines = s.pem
        body = list(lines)
        body[0] = v if v is not None else body[0]
        return [step(pick(["cat ~/.ssh/id_rsa", "cat deploy_key", "cat certs/server.key", "kubectl get secret tls-cert -o jsonpath='{.data.tls\\.key}' | base64 -d", "openssl ecparam -name prime256v1 -genkey -noout"]),
                     ["-----BEGIN " + label + "-----"] + body + ["-----END " + label + "-----"])], "out"
    raise KeyError(action)


def actions_for(s):
    a = ["export", "export", "inline", "catenv", "echo"]
    if s.curl:
        a += ["curl", "curl", "curl"]
    if s.cli:
        a += ["cli", "cli", "cli"]
    if hasattr(s, "url"):
        a = ["dburl", "dburl", "dburl", "cli", "export", "catenv"]
    if s.wizard:
        a += ["wizard"]
    if s.provider == "aws":
        a += ["awsconf", "awsconf"]
    if s.kind == "password":
        a = ["cli", "cli", "cli", "typedpw", "sudoecho", "hidden", "inline"]
    return a


# ----------------------------------------------------------------------------------
# negative slot values
# ----------------------------------------------------------------------------------
EXAMPLES = {"aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"], "github": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
            "stripe": ["sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "pk_live_51" + "x" * 20], "openai": ["sk-..."],
            "mapbox": ["pk.eyJ1IjoiZXhhbXBsZSIsImEiOiJjbGV4YW1wbGUwMDAwMDAwMDAwMDAwMDAwIn0.public-token"]}


def neg_value(s, action):
    var = s.var
    opts = ["$" + var, "${" + var + "}", "<your-" + s.provider + "-" + s.kind.replace("_", "-") + ">", "YOUR_" + var,
            "xxxxxxxxxxxxxxxx", "****************", "[REDACTED]", "changeme", "",
            "$(op read op://Private/" + s.provider + "/credential)", "$(vault kv get -field=value secret/demo/" + s.provider + ")",
            "$(cat ~/.secrets/" + s.provider + ")", "${{ secrets." + var + " }}", "dein-api-schluessel", "votre_cle_api_ici",
            "tu-token-aqui", "<\u30c8\u30fc\u30af\u30f3>", "REPLACE_ME", "...", "$(security find-generic-password -s " + s.provider + " -w)"]
    if s.kind in ("password", "database_url"):
        opts += ["$DB_PASSWORD", "<password>", "changeme", "********", "${POSTGRES_PASSWORD}", "PASSWORD"]
    if s.provider in EXAMPLES:
        opts += EXAMPLES[s.provider] * 2
    if s.provider == "twilio":
        opts += ["your_auth_token", "AC" + rs(32, HEX)]
    if s.provider == "stripe":
        opts += ["pk_live_51" + rs(97), "pk_test_" + rs(24)]
    if s.provider == "mapbox":
        opts += ["pk.eyJ1Ijoi" + rs(10, string.ascii_lowercase) + "IsImEiOiJ" + rs(24, B64URL) + "." + rs(22, B64URL)]
    if s.provider == "google":
        opts += [str(R.randrange(10**11, 10**12)) + "-" + rs(32, string.ascii_lowercase + string.digits) + ".apps.googleusercontent.com"]
    if s.provider == "supabase":
        opts += ["<anon-key>", "$SUPABASE_ANON_KEY"]
    if s.provider in ("stripe", "mapbox", "google", "twilio") and R.random() < 0.4:
        opts = opts[-1:]
    if action in ("echo",):
        opts = ["****************", "[REDACTED]", "sk-...redacted", "(not set)", ""]
    if action in ("typedpw",):
        opts = ["password", "exit", "git stauts", "ls -la"]
    return pick(opts)


# ----------------------------------------------------------------------------------
# look-alike steps (negatives, second half) -> (steps, where)
# ----------------------------------------------------------------------------------
def uuid4():
    h = rs(32, HEX)
    return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-" + pick("89ab") + h[17:20] + "-" + h[20:32]


def lookalike():
    c = R.randrange(24)
    app = pick(APPS)
    if c == 0:
        out = [rs(7, HEX) + " " + pick(["fix: retry on 502", "feat: add export cmd", "docs: update demo gif", "chore(deps): bump vite", "Merge pull request #" + str(R.randrange(10, 900))]) for _ in range(R.randrange(3, 8))]
        return "git_log", "commit_sha", [step("git log --oneline -n " + str(len(out)), out)], "out"
    if c == 1:
        sha = rs(40, HEX)
        return "git_show", "commit_sha", [step("git cherry-pick " + sha, ["[main " + sha[:7] + "] fix: handle empty config", " 1 file changed, 3 insertions(+)"])], "cmd"
    if c == 2:
        out = ["CONTAINER ID   IMAGE                 COMMAND                  CREATED         STATUS         PORTS                    NAMES"]
        for n in ("web", "db", "redis"):
            out.append(rs(12, HEX) + "   " + app + "-" + n + ":latest   \"docker-entrypoint.s\u2026\"   2 minutes ago   Up 2 minutes   0.0.0.0:8080->8080/tcp   " + app + "-" + n + "-1")
        return "docker_ps", "container_id", [step("docker ps", out)], "out"
    if c == 3:
        d = rs(64, HEX)
        return "docker_pull", "image_digest", [step("docker pull " + pick(["nginx", "postgres", "ghcr.io/" + pick(USERS).replace(".", "") + "/" + app]) + "@sha256:" + d,
                                                     [rs(12, HEX) + ": Pull complete", rs(12, HEX) + ": Pull complete", "Digest: sha256:" + d, "Status: Downloaded newer image"])], "cmd"
    if c == 4:
        return "sha256sum", "checksum", [step("sha256sum dist/*", [rs(64, HEX) + "  dist/" + app + "-1." + str(i) + ".0-linux-amd64.tar.gz" for i in range(3)])], "out"
    if c == 5:
        return "uuidgen", "uuid", [step("uuidgen | tr A-Z a-z", [uuid4()]), step("curl -H \"X-Request-Id: " + uuid4() + "\" http://localhost:8080/healthz", ['{"status":"ok"}'])], "cmd"
    if c == 6:
        out = ["NAME                                READY   STATUS    RESTARTS   AGE"]
        for n in ("api", "worker", "web"):
            out.append(app + "-" + n + "-" + rs(10, "bcdfghjklmnpqrstvwxz2456789") + "-" + rs(5, "bcdfghjklmnpqrstvwxz2456789") + "   1/1     Running   0          " + str(R.randrange(1, 59)) + "m")
        return "kubectl_pods", "pod_name", [step("kubectl get pods -n " + app, out)], "out"
    if c == 7:
        return "pip_progress", "progress_bar", [step("pip install torch==2.3.0", ["Collecting torch==2.3.0", "  Downloading torch-2.3.0-cp311-cp311-manylinux1_x86_64.whl (779.1 MB)", "     \u2501" * 1 + "\u2501" * 39 + " 779.1/779.1 MB 41.2 MB/s eta 0:00:00", "Successfully installed torch-2.3.0"])], "out"
    if c == 8:
        integ = "sha512-" + base64.b64encode(bytes(R.randrange(256) for _ in range(64))).decode()
        return "npm_integrity", "integrity_hash", [step("npm view " + pick(["left-pad", "react", "vite", "zod"]) + " dist.integrity", [integ])], "out"
    if c == 9:
        fp = base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode().rstrip("=")
        return "ssh_keygen", "key_fingerprint", [step("ssh-keygen -t ed25519 -C \"" + pick(USERS) + "@laptop\"", [
            "Generating public/private ed25519 key pair.", "Enter file in which to save the key (/home/dev/.ssh/id_ed25519): ",
            "Enter passphrase (empty for no passphrase): ", "Enter same passphrase again: ",
            "Your identification has been saved in /home/dev/.ssh/id_ed25519", "Your public key has been saved in /home/dev/.ssh/id_ed25519.pub",
            "The key fingerprint is:", "SHA256:" + fp + " " + pick(USERS) + "@laptop", "The key's randomart image is:",
            "+--[ED25519 256]--+", "|      .o+*=o     |", "|     . +=oB.     |", "|      o.=B.+     |", "+----[SHA256]-----+"])], "out"
    if c == 10:
        pk = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(R.randrange(256) for _ in range(32))).decode()
        return "ssh_pubkey", "public_key", [step("cat ~/.ssh/id_ed25519.pub", ["ssh-ed25519 " + pk + " " + pick(USERS) + "@workstation"])], "out"
    if c == 11:
        der = bytes.fromhex("308203") + bytes(R.randrange(256) for _ in range(700))
        b = base64.b64encode(der).decode()
        return "cert", "certificate", [step("cat certs/ca.pem", ["-----BEGIN CERTIFICATE-----"] + [b[i:i + 64] for i in range(0, len(b), 64)] + ["-----END CERTIFICATE-----"])], "out"
    if c == 12:
        fpr = rs(40, HEX).upper()
        return "gpg", "gpg_fingerprint", [step("gpg --recv-keys " + fpr, ["gpg: key " + fpr[-16:] + ": public key \"Release Signing <release@" + app + ".dev>\" imported", "gpg: Total number processed: 1"])], "cmd"
    if c == 13:
        acct = rs(12, string.digits)
        uid = "AIDA" + rs(17, UPPER32)
        return "sts", "account_id", [step("aws sts get-caller-identity", ["{", '    "UserId": "' + uid + '",', '    "Account": "' + acct + '",', '    "Arn": "arn:aws:iam::' + acct + ':user/' + pick(USERS).replace(".", "") + '"', "}"])], "out"
    if c == 14:
        txt = pick(["server:\n  port: 8080\n", "hello world from the demo\n", "name: " + app + "\nversion: 1.4.2\n"])
        return "base64", "encoded_data", [step("base64 -w0 config.yaml", [base64.b64encode(txt.encode()).decode()]), step("echo " + base64.b64encode(txt.encode()).decode() + " | base64 -d", txt.rstrip("\n").split("\n"))], "cmd"
    if c == 15:
        return "terraform", "resource_id", [step("terraform apply -auto-approve", [
            "aws_vpc.main: Creation complete after 2s [id=vpc-0" + rs(16, HEX) + "]",
            "aws_security_group.web: Creation complete after 3s [id=sg-0" + rs(16, HEX) + "]",
            "aws_instance.web: Creation complete after 32s [id=i-0" + rs(16, HEX) + "]", "", "Apply complete! Resources: 3 added, 0 changed, 0 destroyed."])], "out"
    if c == 16:
        mod = pick(["github.com/spf13/cobra v1.8.0", "golang.org/x/sys v0.18.0", "github.com/charmbracelet/bubbletea v0.25.0"])
        return "gosum", "module_hash", [step("grep cobra go.sum" if "cobra" in mod else "head -2 go.sum", [mod + " h1:" + base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode(), mod + "/go.mod h1:" + base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode()])], "out"
    if c == 17:
        sig = "MEUCIQ" + rs(38, B64) + "AiA" + rs(43, B64) + "="
        return "cosign", "signature", [step("cosign verify --key cosign.pub ghcr.io/acme/" + app + ":v1.2.0", ["Verification for ghcr.io/acme/" + app + ":v1.2.0 --", "The following checks were performed on each of these signatures:", "  - The cosign claims were validated", '[{"critical":{"identity":{"docker-reference":"ghcr.io/acme/' + app + '"},"image":{"docker-manifest-digest":"sha256:' + rs(64, HEX) + '"},"type":"cosign container image signature"},"optional":{"Bundle":{"SignedEntryTimestamp":"' + sig + '"}}}]'])], "out"
    if c == 18:
        pub = base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode()
        return "wg_pubkey", "public_key", [step("wg genkey | tee privatekey | wg pubkey", [pub])], "out"
    if c == 19:
        cid = "bafybei" + rs(52, "abcdefghijklmnopqrstuvwxyz234567")
        return "ipfs", "content_id", [step("ipfs cat " + cid + "/index.html | head -3", ["<!doctype html>", "<html lang=\"en\">", "<head>"])], "cmd"
    if c == 20:
        return "docker_build", "image_digest", [step("docker build -t " + app + ":dev .", [
            "[+] Building 12.4s (9/9) FINISHED", " => exporting to image", " => => writing image sha256:" + rs(64, HEX), " => => naming to docker.io/library/" + app + ":dev"])], "out"
    if c == 21:
        return "gh_status", "masked_token", [step("gh auth status", ["github.com", "  \u2713 Logged in to github.com account " + pick(USERS).replace(".", "") + " (keyring)",
                                                                        "  - Active account: true", "  - Git operations protocol: https", "  - Token: gho_" + "*" * 36, "  - Token scopes: 'gist', 'read:org', 'repo'"])], "out"
    if c == 22:
        return "aws_conf_list", "masked_key", [step("aws configure list", ["      Name                    Value             Type    Location",
                                                                               "      ----                    -----             ----    --------",
                                                                               "   profile                <not set>             None    None",
                                                                               "access_key     ****************" + rs(4, UPPER32) + " shared-credentials-file",
                                                                               "secret_key     ****************" + rs(4, B64[:62]) + " shared-credentials-file",
                                                                               "    region                eu-west-1      config-file    ~/.aws/config"])], "out"
    age = "age1" + rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")
    return "age", "public_key", [step("age-keygen -o key.txt", ["Public key: " + age]), step("age -r " + age + " -o secrets.tar.age secrets.tar")], "cmd"


# ----------------------------------------------------------------------------------
# containers / renderers
# ----------------------------------------------------------------------------------
ESC = "\x1b"


def prompt_style():
    u = pick(USERS).replace(".", "")
    h = pick(["laptop", "devbox", "MacBook-Pro", "ubuntu", "ws-042", "demo"])
    d = pick(["~", "~/src/" + pick(APPS), "~/work/" + pick(APPS)])
    st = R.randrange(4)
    if st == 0:
        return ("$ ", "$ ")
    if st == 1:
        return (u + "@" + h + ":" + d + "$ ", ESC + "[01;32m" + u + "@" + h + ESC + "[00m:" + ESC + "[01;34m" + d + ESC + "[00m$ ")
    if st == 2:
        p = d.split("/")[-1]
        return ("\u279c  " + p + " git:(main) ", ESC + "[1;32m\u279c  " + ESC + "[36m" + p + ESC + "[1;34m git:(" + ESC + "[31mmain" + ESC + "[34m) " + ESC + "[0m")
    return ("> ", ESC + "[35m\u276f" + ESC + "[0m ")


def transcript(steps, color=False, ps=None):
    ps = ps or prompt_style()
    p = ps[1] if color else ps[0]
    lines = []
    for s in steps:
        lines.append(p + s["cmd"])
        lines += s["pre"]
        for pr, v, echo in s["inputs"]:
            lines.append(pr + (v if echo else ""))
        lines += s["out"]
    lines.append(p)
    return lines


def chunks(text, protect):
    spans = []
    for pr in protect:
        if not pr:
            continue
        i = text.find(pr)
        while i >= 0:
            spans.append((i, i + len(pr)))
            i = text.find(pr, i + len(pr))
    for w in text.split(" "):
        pass
    out = []
    i = 0
    spans.sort()
    while i < len(text):
        sp = next((s for s in spans if s[0] <= i < s[1]), None)
        if sp:
            out.append(text[i:sp[1]])
            i = sp[1]
            continue
        n = 1 if R.random() < 0.8 else 2
        nxt = min([s[0] for s in spans if s[0] > i] + [len(text)])
        out.append(text[i:min(i + n, nxt)])
        i = min(i + n, nxt)
    return out


def cast_events(steps, protect, stdin=False, ps=None):
    """Yield (dt, type, data)."""
    ps = ps or prompt_style()
    ev = []
    ev.append((R.uniform(0.02, 0.4), "o", ps[1]))
    for s in steps:
        typed = chunks(s["cmd"], protect) if len(s["cmd"]) < 400 else [s["cmd"]]
        for ch in typed:
            dt = R.uniform(0.04, 0.22) if len(ch) < 3 else R.uniform(0.3, 1.2)
            if stdin:
                ev.append((dt, "i", ch))
                dt = 0.0005
            ev.append((dt, "o", ch))
        if stdin:
            ev.append((R.uniform(0.1, 0.5), "i", "\r"))
        ev.append((R.uniform(0.1, 0.5) if not stdin else 0.001, "o", "\r\n"))
        blk = s["pre"]
        if blk:
            ev.append((R.uniform(0.05, 0.6), "o", "\r\n".join(blk) + "\r\n"))
        for pr, v, echo in s["inputs"]:
            ev.append((R.uniform(0.05, 0.4), "o", pr))
            if stdin:
                ev.append((R.uniform(0.5, 2.0), "i", v))
            if echo:
                ev.append((R.uniform(0.5, 2.0) if not stdin else 0.001, "o", v))
            if stdin:
                ev.append((R.uniform(0.1, 0.4), "i", "\r"))
            ev.append((R.uniform(0.05, 0.3), "o", "\r\n"))
        o = s["out"]
        j = 0
        while j < len(o):
            n = R.randrange(1, 4)
            ev.append((R.uniform(0.01, 0.8), "o", "\r\n".join(o[j:j + n]) + "\r\n"))
            j += n
        ev.append((R.uniform(0.01, 0.1), "o", ps[1]))
    ev.append((R.uniform(0.5, 2), "o", "exit\r\n"))
    return ev


def jd(x):
    return json.dumps(x, ensure_ascii=False)


def fmt_t(t):
    return float("%.6f" % t)


def r_cast_v2(steps, protect, meta, stdin=False, envx=None):
    env = {"SHELL": pick(["/bin/bash", "/bin/zsh", "/usr/bin/fish"]), "TERM": pick(["xterm-256color", "screen-256color", "alacritty"])}
    if envx:
        env.update(envx)
    hdr = {"version": 2, "width": pick([80, 100, 120, 132, 160]), "height": pick([24, 30, 36, 40]), "timestamp": 1600000000 + R.randrange(180000000)}
    if R.random() < 0.6:
        hdr["idle_time_limit"] = pick([1.0, 2.0, 2.5])
    hdr["env"] = env
    if R.random() < 0.6:
        hdr["title"] = pick(["Demo", "Quickstart", meta["app"] + " walkthrough", "Installation", "Instalaci\u00f3n", "Einrichtung"])
    lines = [jd(hdr)]
    t = 0.0
    for dt, ty, d in cast_events(steps, protect, stdin):
        t += dt
        lines.append("[" + ("%.6f" % t) + ", " + jd(ty) + ", " + jd(d) + "]")
    return "\n".join(lines) + "\n"


def r_cast_v3(steps, protect, meta, envx=None):
    hdr = {"version": 3, "term": {"cols": pick([80, 120, 140]), "rows": pick([24, 32]), "type": "xterm-256color"},
           "timestamp": 1735000000 + R.randrange(30000000), "command": pick(["/bin/bash", "/bin/zsh", "bash -l"])}
    hdr["env"] = {"SHELL": "/bin/bash"}
    if envx:
        hdr["env"].update(envx)
    lines = [jd(hdr)]
    for dt, ty, d in cast_events(steps, protect, False):
        lines.append("[" + ("%.3f" % dt) + ", " + jd(ty) + ", " + jd(d) + "]")
    lines.append("[0.412, \"x\", \"0\"]")
    return "\n".join(lines) + "\n"


def r_cast_v1(steps, protect, meta):
    t = 0.0
    frames = []
    for dt, ty, d in cast_events(steps, protect, False):
        frames.append([fmt_t(dt), d])
        t += dt
    doc = {"version": 1, "width": 100, "height": 30, "duration": fmt_t(t), "command": "/bin/bash",
           "title": pick(["", meta["app"] + " demo"]), "env": {"TERM": "xterm-256color", "SHELL": "/bin/bash"}, "stdout": frames}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def r_typescript(steps, protect, meta):
    ts = "20%02d-%02d-%02d %02d:%02d:%02d+00:00" % (R.randrange(19, 26), R.randrange(1, 13), R.randrange(1, 28), R.randrange(24), R.randrange(60), R.randrange(60))
    ps = prompt_style()
    out = ['Script started on ' + ts + ' [TERM="xterm-256color" TTY="/dev/pts/' + str(R.randrange(9)) + '" COLUMNS="' + str(pick([80, 120, 200])) + '" LINES="' + str(pick([24, 40, 50])) + '"]\n']
    for s in steps:
        cmd = s["cmd"]
        typo = ""
        if R.random() < 0.3 and len(cmd) > 4 and not any(p and p in cmd[:3] for p in protect):
            typo = cmd[:2] + pick("xqz") + "\x08" + ESC + "[K"
            cmd2 = typo + cmd[2:]
        else:
            cmd2 = cmd
        out.append(ESC + "[?2004h" + ps[1] + cmd2 + "\r\n" + ESC + "[?2004l\r")
        # "\r" right before next line content would be lone CR: add newline directly instead
        out[-1] = out[-1][:-1] + "\n"
        for l in s["pre"]:
            out.append(l + "\r\n")
        for pr, v, echo in s["inputs"]:
            out.append(pr + (v if echo else "") + "\r\n")
        for l in s["out"]:
            out.append(l + ESC + "[0m\r\n")
    out.append(ESC + "[?2004h" + ps[1] + "exit\r\n")
    out.append('\nScript done on ' + ts + ' [COMMAND_EXIT_CODE="0"]\n')
    return "".join(out)


def r_plain(steps, protect, meta, kind):
    lines = transcript(steps)
    if kind == "tmux":
        return "\n".join(lines + [""] * R.randrange(0, 6)) + "\n"
    if kind == "ttyrec":
        hdr = ["# ttyplay -n demo.ttyrec | col -b  (" + meta["app"] + ")", ""]
        return "\n".join(hdr + lines) + "\n"
    if kind == "iterm":
        base = R.randrange(8, 20)
        day = "20%02d-%02d-%02d" % (R.randrange(20, 26), R.randrange(1, 13), R.randrange(1, 29))
        out = []
        sec = R.randrange(3000)
        for l in lines:
            sec += R.randrange(0, 5)
            out.append("[%s %02d:%02d:%02d.%03d] " % (day, base, (sec // 60) % 60, sec % 60, R.randrange(1000)) + l)
        return "\n".join(out) + "\n"
    raise KeyError(kind)


def r_markdown(steps, protect, meta):
    title = pick(["# Getting started", "## Quickstart", "# Demo walkthrough", "## Troubleshooting session", "# Erste Schritte", "# Primeros pasos"])
    intro = pick(["Here is a full terminal session from setting up " + meta["app"] + " locally:",
                  "The recording below (also available as `demo.cast`) shows the flow end-to-end.",
                  "Output copied from my tmux pane while debugging the deploy:",
                  "Hier die komplette Sitzung:"])
    fence = pick(["```console", "```shell-session", "```bash", "```text"])
    body = transcript(steps, ps=("$ ", "$ "))
    tail = pick(["", "If `sync` hangs, check your proxy settings.", "See [docs/config.md](config.md) for more options."])
    return "\n".join([title, "", intro, "", fence] + body[:-1] + ["```", "", tail]) + "\n"


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace(ESC, "\\e").replace("\r", "\\r").replace("\n", "\\n") + '"'


def r_terminalizer(steps, protect, meta):
    hdr = """# The configurations that used for the recording, feel free to edit them
config:

  # Specify a command to be executed
  # like `/bin/bash -l`, `ls`, or any other commands
  # the default is bash for Linux
  # or powershell.exe for Windows
  command: %s

  # Specify the current working directory path
  # the default is the current working directory path
  cwd: /home/%s/src/%s

  # Export additional ENV variables
  env:
    recording: true

  # Explicitly set the number of columns
  # or use `auto` to take the current
  # number of columns of your shell
  cols: %d

  # Explicitly set the number of rows
  # or use `auto` to take the current
  # number of rows of your shell
  rows: %d

  # Amount of times to repeat GIF
  # If value is -1, play once
  # If value is 0, loop indefinitely
  # If value is a positive number, loop n times
  repeat: 0

  # Quality
  # 1 - 100
  quality: 100

  # Delay between frames in ms
  # If the value is `auto` use the actual recording delays
  frameDelay: auto

  # Maximum delay between frames in ms
  # Ignored if the `frameDelay` isn't set to `auto`
  # Set to `auto` to prevent limiting the max idle time
  maxIdleTime: 2000

  # The surrounding frame box
  frameBox:
    type: floating
    title: %s
    style:
      border: 0px black solid

  # Add a watermark image to the rendered gif
  watermark:
    imagePath: null
    style:
      position: absolute
      right: 15px
      bottom: 15px
      width: 100px
      opacity: 0.9

  # Cursor style can be one of
  # `block`, `underline`, or `bar`
  cursorStyle: block

  # Font family
  fontFamily: "Monaco, Lucida Console, Ubuntu Mono, Monospace"

  # The size of the font
  fontSize: 12

  # The height of lines
  lineHeight: 1

  # The spacing between letters
  letterSpacing: 0

  # Theme
  theme:
    background: "transparent"
    foreground: "#afafaf"
    cursor: "#c7c7c7"

# Records, feel free to edit them
records:
""" % (pick(["bash -l", "zsh", "/bin/bash"]), pick(USERS).replace(".", ""), meta["app"], pick([80, 100, 120]), pick([20, 24, 30]), pick(["Terminalizer", meta["app"], "null"]))
    recs = []
    for dt, ty, d in cast_events(steps, protect, False):
        recs.append("  - delay: %d\n    content: %s" % (int(dt * 1000), yq(d)))
    return hdr + "\n".join(recs) + "\n"


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def r_termtosvg(steps, protect, meta):
    lines = transcript(steps)
    cols, rows = 100, max(10, len(lines))
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" id="terminal" baseProfile="full" viewBox="0 0 %d %d" width="%d" version="1.1">' % (cols * 8, rows * 17, cols * 8),
           '<defs><termtosvg:template_settings xmlns:termtosvg="https://github.com/nbedos/termtosvg"><termtosvg:screen_geometry columns="%d" rows="%d"/><termtosvg:animation type="css"/></termtosvg:template_settings><style type="text/css" id="generated-style"><![CDATA[#screen {font-family: \'DejaVu Sans Mono\', monospace; font-style: normal; font-size: 14px;} text {dominant-baseline: text-before-edge; white-space: pre;} .foreground {fill: #c5c5c5;} .background {fill: #1c1c1c;}]]></style></defs>' % (cols, rows),
           '<rect id="terminalui" class="background" width="100%" height="100%"/>',
           '<svg id="screen" width="%d" viewBox="0 0 %d %d" preserveAspectRatio="xMidYMin slice">' % (cols * 8, cols * 8, rows * 17),
           '<g id="g1">']
    for i, l in enumerate(lines):
        out.append('<text x="0" y="%d" class="foreground" textLength="%d" lengthAdjust="spacingAndGlyphs">%s</text>' % (i * 17, max(8, len(l) * 8), xesc(l)))
    out += ['</g>', '</svg>', '</svg>']
    return "\n".join(out) + "\n"


def r_svgterm(steps, protect, meta):
    lines = transcript(steps)
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d"><rect width="%d" height="%d" rx="5" ry="5" class="a"/><svg y="0%%" x="0%%"><circle cx="20" cy="20" r="6" fill="#ff5f58"/><circle cx="40" cy="20" r="6" fill="#ffbd2e"/><circle cx="60" cy="20" r="6" fill="#18c132"/></svg><svg height="%d" viewBox="0 0 80 %d" width="%d" x="15" y="50"><style>.a{fill:#282d35}.b{fill:#fff}.c{fill:#71bef2}.d{fill:#a8cc8c}</style><g font-family="Monaco,Consolas,Menlo,\'Bitstream Vera Sans Mono\',\'Powerline Symbols\',monospace" font-size="1.67"><defs><symbol id="1">' % (820, 560, 820, 560, 480, 24, 790)]
    body = "".join('<text y="%.3f" class="b">%s</text>' % ((i + 1) * 2.171, xesc(l)) for i, l in enumerate(lines))
    tail = '</symbol></defs><g><use xlink:href="#1"/></g></g></svg></svg>'
    # svg-term emits everything on one line; some repos pretty-print it
    if R.random() < 0.5:
        return parts[0] + body + tail + "\n"
    return parts[0] + "\n" + body.replace("</text>", "</text>\n") + tail + "\n"


def tape_str(s):
    if '"' not in s:
        return '"' + s + '"'
    if "`" not in s:
        return "`" + s + "`"
    return "'" + s + "'"


def r_tape(steps, protect, meta):
    out = []
    if R.random() < 0.6:
        out.append("# " + pick(["VHS documentation: https://github.com/charmbracelet/vhs", "Demo for the README", "Aufnahme fuer die Doku", "Run: vhs demo.tape", "\u30c7\u30e2\u7528"]))
    out += ["Output " + pick(["demo.gif", "assets/demo.gif", "docs/img/" + meta["app"] + ".gif", "demo.mp4"]), ""]
    if R.random() < 0.5:
        out.append("Require " + meta["app"])
    out += ["Set Shell " + pick(["bash", "zsh", "fish"]), "Set FontSize " + str(pick([14, 16, 18, 22])),
            "Set Width " + str(pick([1200, 1400, 1600])), "Set Height " + str(pick([600, 700, 800])),
            "Set Theme " + tape_str(pick(["Catppuccin Mocha", "Dracula", "nord", "Builtin Dark"])), "Set TypingSpeed " + str(pick([40, 50, 75])) + "ms", ""]
    hidden = R.random() < 0.3
    for k, s in enumerate(steps):
        if hidden and k == 0:
            out.append("Hide")
        out.append("Type " + tape_str(s["cmd"]))
        out.append(pick(["Sleep 300ms", "Sleep 500ms"]))
        out.append("Enter")
        for pr, v, echo in s["inputs"]:
            out.append("Sleep 1s")
            out.append("Type " + tape_str(v))
            out.append("Enter")
        if hidden and k == 0:
            out.append("Ctrl+L")
            out.append("Show")
        out.append("Sleep " + pick(["1s", "2s", "1.5s", "3s"]))
        out.append("")
    out.append("Sleep 5s")
    return "\n".join(out) + "\n"


def r_demo_magic(steps, protect, meta):
    out = ["#!/usr/bin/env bash", "", "########################", "# include the magic", "########################",
           ". " + pick(["./demo-magic.sh", "../demo-magic/demo-magic.sh", "$(dirname \"$0\")/demo-magic.sh"]), "",
           "# hide the evidence", "clear", "", "TYPE_SPEED=" + str(pick([20, 30, 40])),
           "DEMO_PROMPT=\"${GREEN}\u279c ${CYAN}\\W ${COLOR_RESET}\"", ""]
    for s in steps:
        c = s["cmd"]
        if '"' in c and "'" not in c:
            q = "'" + c + "'"
        else:
            q = '"' + c.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`") + '"'
        out.append(pick(["pe ", "pe ", "p "]) + q if "$(" not in c else "pe " + q)
        if R.random() < 0.3:
            out.append("wait")
    out += ["", "# show a prompt so as not to reveal our true nature after", "# the demo has concluded", "p \"\""]
    return "\n".join(out) + "\n"


def r_gifscript(steps, protect, meta):
    out = ["#!/usr/bin/env bash", "# " + pick(["Regenerates docs/demo.gif. Needs asciinema + agg.", "record the screencast for the README", "Erzeugt das Demo-GIF"]),
           "set -euo pipefail", "", "cd \"$(dirname \"$0\")/..\"", ""]
    for s in steps:
        out.append(s["cmd"])
    mode = R.randrange(3)
    if mode == 0:
        out += ["", "asciinema rec --overwrite -i 2 -c \"./scripts/demo.sh\" demo.cast", "agg --theme monokai --font-size 20 demo.cast docs/demo.gif"]
    elif mode == 1:
        out += ["", "vhs demo.tape", "gifsicle -O3 demo.gif -o docs/demo.gif"]
    else:
        out += ["", "terminalizer record demo -k", "terminalizer render demo -o docs/demo.gif"]
    return "\n".join(out) + "\n"


def r_warp(steps, protect, meta):
    hits = [x for x in steps if any(p and p in x["cmd"] for p in protect)]
    s = hits[0] if hits else max(steps, key=lambda x: len(x["cmd"]))
    cmd = s["cmd"]
    out = ["---", "name: " + pick(["Check API auth", "Deploy demo", "Login to registry", "Smoke test " + meta["app"], "Token pruefen"]),
           "command: |-", "  " + cmd, "tags:", "  - " + pick(["demo", "api", "ops"]),
           "description: " + pick(["Used in the launch screencast", "Warp workflow shared with the team", "Quick check before recording"]),
           "arguments: []", "source_url: \"https://github.com/acme/" + meta["app"] + "\"", "author: " + pick(USERS), "shells: []"]
    return "\n".join(out) + "\n"


def tcl(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$").replace("[", "\\[")


def r_expect(steps, protect, meta):
    out = ["#!/usr/bin/expect -f", "# drives the terminal for the asciinema recording", "set timeout 20", "spawn asciinema rec --overwrite demo.cast", "expect \"\\\\$ \"", ""]
    for s in steps:
        out.append("send -h \"" + tcl(s["cmd"]) + "\\r\"")
        for pr, v, echo in s["inputs"]:
            out.append("expect \"" + tcl(pr.strip()[-12:]) + "\"")
            out.append("send \"" + tcl(v) + "\\r\"")
        out.append("expect \"\\\\$ \"")
        out.append("sleep " + pick(["1", "2", "0.5"]))
    out += ["send \"exit\\r\"", "expect eof"]
    return "\n".join(out) + "\n"


def r_ipynb(steps, protect, meta):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# " + pick(["Terminal log", "Setup", "Quickstart", "Einrichtung"]) + " for " + meta["app"] + "\n", "\n", "Commands run from the notebook while recording the demo."]}]
    n = 1
    for s in steps:
        src = s["cmd"]
        if src.startswith("export "):
            src = "%env " + src[len("export "):].replace('"', "")
        else:
            src = "!" + src
        outs = []
        txt = s["pre"] + [pr + (v if echo else "") for pr, v, echo in s["inputs"]] + s["out"]
        if src.startswith("%env"):
            k, _, v = src[5:].partition("=")
            txt = ["env: " + k + "=" + v]
        if txt:
            outs = [{"name": "stdout", "output_type": "stream", "text": [t + "\n" for t in txt[:-1]] + [txt[-1] + "\n"]}]
        cells.append({"cell_type": "code", "execution_count": n, "metadata": {}, "outputs": outs, "source": [src]})
        n += 1
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
                                      "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, ensure_ascii=False, indent=1) + "\n"


CONTAINERS = {
    # name: (accepted wheres, path list, filetype)
    "cast_v2": ({"cmd", "input", "out"}, ["demo.cast", "docs/demo.cast", "docs/assets/quickstart.cast", "assets/recordings/setup.cast",
                                          "website/static/casts/install.cast", "examples/{app}/demo.cast", "media/cli-demo.cast",
                                          ".github/assets/usage.cast", "docs/_static/tutorial.cast", "recordings/{date}-deploy.cast"], "asciicast-v2"),
    "cast_v2_stdin": ({"cmd", "input", "out", "hidden"}, ["recordings/{app}-session.cast", "docs/casts/login.cast", "demo/stdin-demo.cast", "asciinema/{date}.cast"], "asciicast-v2"),
    "cast_v3": ({"cmd", "input", "out"}, ["docs/demo.cast", "assets/{app}.cast", "screencasts/v3/setup.cast"], "asciicast-v3"),
    "cast_v1": ({"cmd", "input", "out"}, ["docs/demo.json", "asciicast/legacy-demo.json", "docs/static/asciicast-{app}.json"], "asciicast-v1"),
    "typescript": ({"cmd", "input", "out"}, ["typescript", "logs/typescript", "docs/session.typescript", "recordings/setup.script", "notes/terminal-{date}.log"], "typescript"),
    "ttyrec": ({"cmd", "input", "out"}, ["recordings/demo.ttyrec.txt", "docs/ttyrec/install.txt", "demo/session-ttyplay.txt"], "ttyrec-text"),
    "tmux": ({"cmd", "input", "out"}, ["debug/tmux-capture.txt", "notes/pane-dump.txt", "logs/capture-pane-{date}.txt", "docs/troubleshooting/session.txt"], "tmux-capture"),
    "iterm": ({"cmd", "input", "out"}, ["logs/iterm-session.log", "docs/sessions/iterm2-{date}.txt", "support/iterm2_export.txt"], "iterm-log"),
    "markdown": ({"cmd", "input", "out"}, ["README.md", "docs/getting-started.md", "docs/demo.md", "CONTRIBUTING.md", "docs/tutorials/first-deploy.md", "docs/de/schnellstart.md"], "markdown"),
    "terminalizer": ({"cmd", "input", "out"}, ["demo.yml", "terminalizer/demo.yml", "docs/recording/config.yml", "assets/terminalizer-setup.yml"], "terminalizer-yaml"),
    "termtosvg": ({"cmd", "input", "out"}, ["docs/img/demo.svg", "assets/termtosvg_demo.svg", "media/screencast.svg"], "termtosvg-svg"),
    "svgterm": ({"cmd", "input", "out"}, ["website/static/img/cli.svg", "docs/images/svg-term-demo.svg", "assets/demo-svg-term.svg"], "svg-term-svg"),
    "tape": ({"cmd", "input"}, ["demo.tape", "docs/vhs/quickstart.tape", "tapes/login.tape", ".github/vhs/demo.tape", "assets/demo.tape", "examples/chat.tape"], "vhs-tape"),
    "expect": ({"cmd", "input"}, ["scripts/demo.exp", "demo/record.exp", "tools/screencast.exp"], "expect"),
    "demo_magic": ({"cmd"}, ["demo.sh", "demo/run-demo.sh", "scripts/demo-magic-walkthrough.sh", "talks/kubecon/demo.sh"], "demo-magic-sh"),
    "gifscript": ({"cmd"}, ["scripts/make-gif.sh", "scripts/record-demo.sh", "tools/gen_screencast.sh"], "shell"),
    "warp": ({"cmd"}, [".warp/workflows/deploy.yaml", "workflows/warp/api-check.yaml", ".warp/workflows/{app}.yaml"], "warp-workflow-yaml"),
    "ipynb": ({"cmd", "input", "out"}, ["notebooks/setup.ipynb", "docs/terminal-walkthrough.ipynb", "examples/quickstart.ipynb"], "jupyter"),
}
CONT_W = {"cast_v2": 14, "cast_v2_stdin": 6, "cast_v3": 4, "cast_v1": 3, "typescript": 7, "ttyrec": 3, "tmux": 5, "iterm": 3,
          "markdown": 6, "terminalizer": 5, "termtosvg": 3, "svgterm": 3, "tape": 8, "expect": 3, "demo_magic": 5,
          "gifscript": 3, "warp": 3, "ipynb": 3}


def render(cont, steps, protect, meta, envx=None):
    if cont == "cast_v2":
        return r_cast_v2(steps, protect, meta, False, envx)
    if cont == "cast_v2_stdin":
        return r_cast_v2(steps, protect, meta, True, envx)
    if cont == "cast_v3":
        return r_cast_v3(steps, protect, meta, envx)
    if cont == "cast_v1":
        return r_cast_v1(steps, protect, meta)
    if cont == "typescript":
        return r_typescript(steps, protect, meta)
    if cont in ("ttyrec", "tmux", "iterm"):
        return r_plain(steps, protect, meta, cont)
    return {"markdown": r_markdown, "terminalizer": r_terminalizer, "termtosvg": r_termtosvg, "svgterm": r_svgterm,
            "tape": r_tape, "expect": r_expect, "demo_magic": r_demo_magic, "gifscript": r_gifscript,
            "warp": r_warp, "ipynb": r_ipynb}[cont](steps, protect, meta)


def pick_cont(where):
    items = [(c, w) for c, w in CONT_W.items() if where in CONTAINERS[c][0]]
    if where == "hidden":
        return "cast_v2_stdin"
    tot = sum(w for _, w in items)
    x = R.uniform(0, tot)
    for c, w in items:
        x -= w
        if x <= 0:
            return c
    return items[-1][0]


def mk_path(cont, meta):
    p = pick(CONTAINERS[cont][1])
    return p.replace("{app}", meta["app"]).replace("{date}", "20%02d-%02d-%02d" % (R.randrange(20, 26), R.randrange(1, 13), R.randrange(1, 29)))


def wrap_with_fillers(core):
    pre = [filler_step() for _ in range(R.randrange(0, 4))]
    post = [filler_step() for _ in range(R.randrange(0, 3))]
    return pre + core + post


# ----------------------------------------------------------------------------------
# positives / negatives
# ----------------------------------------------------------------------------------
def secret_and_action():
    k = pick_kind()
    s = mk_secret(k)
    if R.random() < 0.05:
        s.pem = pick([pem_rsa, pem_ec, pem_pkcs8])()
        s.provider, s.kind, s.value, s.var = "generic", "private_key", s.pem[1][0], "SSH_KEY"
        return s, "pem"
    acts = actions_for(s)
    return s, pick(acts)


def make_positive(meta):
    s, action = secret_and_action()
    v = s.value
    envx = None
    if action == "pem":
        core, where = build_action(s, "pem", None)
        needle = s.pem[1][0]
    elif R.random() < 0.06 and action in ("export", "inline") and s.kind != "password":
        # secret captured in asciicast header via asciinema rec --env=...
        envx = {s.var: v}
        core, where = [step(pick(["python3 demo.py", "./bin/" + meta["app"] + " status"]), ["ok"])], "envhdr"
        needle = v
    else:
        core, where = build_action(s, action, v)
        needle = v
    steps = wrap_with_fillers(core)
    if where == "envhdr":
        cont = pick(["cast_v2", "cast_v2", "cast_v3"])
        action = "envheader"
    else:
        cont = pick_cont(where)
    text = render(cont, steps, [needle], meta, envx)
    return text, cont, needle, s, action


def make_neg_template(meta):
    s, action = secret_and_action()
    if action == "pem":
        # public counterpart: certificate printed instead / or ssh pubkey
        name, kd, core, where = lookalike_forced(pick([10, 11]))
        steps = wrap_with_fillers(core)
        cont = pick_cont(where)
        return render(cont, steps, [], meta), cont, "generic", "public_key", "pem-public"
    if action == "hidden":
        core, where = build_action(s, "hidden", s.value)
        steps = wrap_with_fillers(core)
        cont = pick(["cast_v2", "cast_v3", "typescript", "tmux", "markdown", "terminalizer"])
        for st in steps:
            st["inputs"] = [(p, "", False) for p, v, e in st["inputs"]]
        return render(cont, steps, [], meta), cont, s.provider, "hidden_prompt", "hidden"
    if action in ("sudoecho", "typedpw") and R.random() < 0.5:
        action = "hidden"
        core, where = build_action(s, "hidden", "")
        for st in core:
            st["inputs"] = [(p, "", False) for p, v, e in st["inputs"]]
        steps = wrap_with_fillers(core)
        cont = pick(["cast_v2", "typescript", "tmux", "iterm"])
        return render(cont, steps, [], meta), cont, s.provider, "hidden_prompt", "hidden"
    nv = neg_value(s, action)
    if s.provider == "aws":
        s.comps[0] = ("AWS_ACCESS_KEY_ID", pick(["AKIAIOSFODNN7EXAMPLE", "$AWS_ACCESS_KEY_ID", "<access-key-id>"]))
    if action == "awsconf":
        core = [step("aws configure", inputs=[("AWS Access Key ID [****************" + rs(4, UPPER32) + "]: ", "", True),
                                              ("AWS Secret Access Key [****************" + rs(4, ALNUM) + "]: ", "", True),
                                              ("Default region name [eu-west-1]: ", "", True), ("Default output format [json]: ", "", True)])]
        where = "input"
        kd = "masked"
    else:
        if s.kind == "database_url" and action == "dburl" and nv == "":
            nv = "<password>"
        if action == "cli" and nv == "":
            nv = "$" + s.var
        core, where = build_action(s, action, nv)
        kd = "placeholder"
        if nv.startswith(("$", "${{")):
            kd = "env_reference"
        elif "*" in nv or "REDACTED" in nv:
            kd = "masked"
        elif s.provider in EXAMPLES and nv in EXAMPLES[s.provider]:
            kd = "example_value"
        elif nv.startswith(("pk_", "pk.", "AC")) or nv.endswith(".apps.googleusercontent.com"):
            kd = "public_value"
    steps = wrap_with_fillers(core)
    cont = pick_cont(where if where != "hidden" else "cmd")
    return render(cont, steps, [nv], meta), cont, s.provider, kd, action


def lookalike_forced(c):
    global R
    # deterministic wrapper: temporarily force branch by retrying
    while True:
        res = lookalike()
        names = {10: "ssh_pubkey", 11: "cert"}
        if res[0] == names[c]:
            return res


def make_neg_look(meta):
    name, kd, core, where = lookalike()
    steps = wrap_with_fillers(core)
    cont = pick_cont(where)
    return render(cont, steps, [], meta), cont, "none", kd, "look-" + name


def line_of(text, needle):
    i = text.find(needle)
    assert i >= 0, needle
    ln = text.count("\n", 0, i) + 1
    assert needle in text.split("\n")[ln - 1]
    return ln


BAD_SEPS = ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


def check_seps(text):
    for b in BAD_SEPS:
        assert b not in text
    assert "\r" not in text.replace("\r\n", "")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def main():
    global R
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    man, secs = [], []
    seen = set()
    i = 0
    while i < 500:
        meta = {"app": pick(APPS)}
        text, cont, needle, s, action = make_positive(meta)
        if needle in seen or len(needle) < 8:
            continue
        check_seps(text)
        seen.add(needle)
        rel = mk_path(cont, meta)
        if cont == "markdown" and rel == "README.md" and R.random() < 0.5:
            rel = "docs/README.md"
        f = "pos/p%04d/%s" % (i, rel)
        ln = line_of(text, needle)
        write(os.path.join(outdir, f), text)
        man.append({"file": f, "label": "pos", "provider": s.provider, "kind": s.kind, "filetype": CONTAINERS[cont][2], "template": cont + ":" + action})
        secs.append({"file": f, "needle": needle, "line": ln})
        i += 1
    negs = []
    i = 0
    while i < 500:
        meta = {"app": pick(APPS)}
        if i < 250:
            text, cont, prov, kd, tmpl = make_neg_template(meta)
        else:
            text, cont, prov, kd, tmpl = make_neg_look(meta)
        if any(n in text for n in seen):
            continue
        check_seps(text)
        rel = mk_path(cont, meta)
        f = "neg/n%04d/%s" % (i, rel)
        write(os.path.join(outdir, f), text)
        man.append({"file": f, "label": "neg", "provider": prov, "kind": kd, "filetype": CONTAINERS[cont][2], "template": cont + ":" + tmpl})
        i += 1
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in man:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secs:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
