#!/usr/bin/env python3
"""gen_ng.py - blind evaluation set: common credentials in unusual encodings/layouts.

EMPHASIS
  Ordinary credentials (AWS access keys, GitHub/GitLab/Slack/Stripe/OpenAI/Anthropic/
  Google/SendGrid/Twilio/npm/PyPI/Shopify/DigitalOcean/Vault/Azure DevOps/Azure storage
  and client secrets/Mailgun/Telegram/Discord/Datadog/Hugging Face/Postman/Atlassian
  tokens, database and service passwords, connection strings, PEM / PuTTY private keys)
  inside files whose *encoding or layout* is unusual, as they are really produced on
  Windows and elsewhere: UTF-16LE+BOM (regedit .reg exports, PowerShell 5 `>` / Out-File
  output of aws/az/dotnet/netsh, Notepad "Unicode" .ini, .udl data links, SSMS .sql
  scripts, Task Scheduler XML, Excel "Unicode text" exports, .rdp, Export-Clixml),
  UTF-16BE+BOM, UTF-8+BOM (Visual Studio web.config/appsettings.json, Notepad),
  Windows-1252 / ISO-8859-1 files with accented comments (.bat, .vbs, classic ASP,
  Delphi .dfm, Java .properties, PHP, Python with coding cookie), CRLF, CR-only
  (classic Mac), mixed line endings, NBSP / tabs around `=`, full-width and zero-width
  characters in comments next to the value, minified JSON of several KB on one line,
  10k+ character bundle lines with the secret in the middle, trailing whitespace, form
  feeds, no final newline, NUL padding, and escaped "\r\n" inside JSON strings.

USAGE
  python3 -B gen_ng.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic for a given SEED.

NEEDLE CONVENTIONS
  needle = the secret as written (pure ASCII): value without quotes; prefixed tokens keep
  their prefix; header -> token only; URL with credentials -> password only (a Slack
  incoming-webhook URL is itself the secret -> whole URL); PEM/PPK private key -> first
  base64 line of the body; passwords -> the password itself; AWS -> secret access key
  (the AKIA... id sits beside it as a companion).
  line = 1-based line of the needle's first occurrence in the DECODED text (BOM removed),
  where lines are separated by "\n", "\r\n" or a lone "\r" (form feed, NEL, U+2028 are
  NOT line breaks).  Every manifest and secrets line carries "encoding" (one of
  utf-16le-bom, utf-16be-bom, utf-8-bom, utf-8, cp1252, iso-8859-1) and "eol"
  (crlf, lf, cr, mixed); decode the file with that encoding to find the needle.
  The generator asserts that the needle lies on the recorded line.

NEGATIVES
  250 re-use positive templates with the slot holding placeholders (YOUR_API_KEY,
  <your-token>, xxxx, changeme, votre_mot_de_passe, パスワード ...), empty or masked values,
  env / pipeline / template references (%VAR%, $env:VAR, ${VAR}, #{Var}#, $(Var),
  {{ secrets.X }}), documented example values (AWS AKIAIOSFODNN7EXAMPLE pair, Azurite
  devstoreaccount1 key) and public values (Stripe publishable keys, Azure app/tenant ids,
  Twilio account SIDs).  250 are look-alikes in the same encodings: registry CLSIDs and
  MSI product codes, REG_BINARY blobs, DPAPI-encrypted .rdp / Export-Clixml / nuget
  passwords, aspnet_regiis CipherValue, IIS [enc:...] values, Get-FileHash / certutil /
  SHA256SUMS output, SSH / PEM / PGP public keys and certificates, JWKS, .sln/.csproj/WiX
  GUIDs, .inf driver files, package-lock integrity hashes, go.sum / terraform lock hashes,
  resx base64 images, JS bundles with base64 source maps, event-log SIDs, bcrypt hashes.
  No negative is written to a .env/.env.<stage> file.

FORMATS CHECKED (from general knowledge of the providers' public documentation and SDKs;
  no web look-up was made in this session, no scanner rules were consulted)
  AWS AKIA + 16 base32 id / 40-char secret (IAM docs, example pair); GitHub ghp_/gho_
  36 chars with CRC32 base62 checksum tail and github_pat_ 22_59 (GitHub blog on token
  formats); GitLab glpat- + 20; Slack xoxb-/xoxp- and hooks.slack.com/services/T/B/24;
  Stripe sk_live_/rk_live_; OpenAI sk-proj-/sk- with T3BlbkFJ; Anthropic sk-ant-api03-
  ...AA; Google AIza + 35; SendGrid SG.22.43; npm_ + 36; pypi-AgEIcHlwaS5vcmc...;
  shpat_ + 32 hex; dop_v1_ + 64 hex; Azure storage key = base64 of 64 bytes (88 chars);
  Azure AD client secret xxx8Q~ + 34; Telegram <id>:AA...; RSA PKCS#1/PKCS#8 and EC
  SEC1 DER structures built field by field; PuTTY PPK v2/v3 layout; regedit 5.00,
  .udl, .rdp, netsh, aws/az CLI JSON output layouts from Microsoft/AWS docs.

DOUBTS
  GitHub checksum alphabet order (0-9A-Za-z assumed); Vault hvs. length (hvs.+24
  assumed); Azure DevOps PAT as 52 chars [a-z2-7]; Atlassian ATATT tail length;
  Discord and Hugging Face lengths; Postman PMAK lengths; pypi macaroon tail is random
  base64url rather than a real macaroon; PEM bodies are structurally valid DER with
  random numbers (not mathematically valid keys).
"""
import base64
import json
import os
import string
import sys
import zlib
import random

# ----------------------------------------------------------------------------------------
# alphabets and primitive generators
ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"
UPDIG = string.ascii_uppercase + string.digits
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def guid(r, upper=False, braces=False):
    h = "%032x" % r.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    g = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    if upper:
        g = g.upper()
    return "{" + g + "}" if braces else g


def digits(r, n):
    return str(r.randint(1, 9)) + rs(r, string.digits, n - 1)


def rdate(r):
    return "20%02d-%02d-%02d" % (r.randint(19, 25), r.randint(1, 12), r.randint(1, 28))


def rtime(r):
    return "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


# ---------------------------------------------------------------- secrets
def g_aws_kid(r):
    return "AKIA" + rs(r, B32, 16)


def g_aws_secret(r):
    return rs(r, ALNUM, 1) + rs(r, B64, 38) + rs(r, ALNUM, 1)


def _b62(n):
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = B62[m] + s
    return s.rjust(6, "0")


def g_ghp(r):
    body = rs(r, ALNUM, 30)
    return r.choice(["ghp_", "ghp_", "ghp_", "gho_"]) + body + _b62(zlib.crc32(body.encode()))


def g_ghpat(r):
    return "github_pat_" + rs(r, UPDIG, 2) + rs(r, ALNUM, 20) + "_" + rs(r, ALNUM, 59)


def g_glpat(r):
    return "glpat-" + rs(r, ALNUM + "-_", 20)


def g_xoxb(r):
    return "xoxb-%s-%s-%s" % (digits(r, r.choice([11, 12])), digits(r, 13), rs(r, ALNUM, 24))


def g_xoxp(r):
    return "xoxp-%s-%s-%s-%s" % (digits(r, 11), digits(r, 12), digits(r, 13), rs(r, HEX, 32))


def g_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, UPDIG, r.choice([8, 10])), rs(r, UPDIG, r.choice([8, 10])), rs(r, ALNUM, 24))


def g_stripe(r):
    k = r.random()
    if k < 0.4:
        return "sk_live_" + rs(r, ALNUM, 24)
    if k < 0.8:
        return "sk_live_51" + rs(r, ALNUM, 97)
    return "rk_live_51" + rs(r, ALNUM, 97)


def g_openai(r):
    if r.random() < 0.6:
        return "sk-proj-" + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74)
    return "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20)


def g_anth(r):
    return "sk-ant-api03-" + rs(r, B64U, 93) + "AA"


def g_gapi(r):
    return "AIza" + rs(r, B64U, 35)


def g_sg(r):
    return "SG." + rs(r, B64U, 22) + "." + rs(r, B64U, 43)


def g_hex32(r):
    return rs(r, HEX, 32)


def g_npm(r):
    return "npm_" + rs(r, ALNUM, 36)


def g_pypi(r):
    return "pypi-AgEIcHlwaS5vcmc" + rs(r, B64U, 160)


def g_shpat(r):
    return "shpat_" + rs(r, HEX, 32)


def g_dop(r):
    return "dop_v1_" + rs(r, HEX, 64)


def g_hvs(r):
    return "hvs." + rs(r, ALNUM, 24)


def g_ado(r):
    return rs(r, "abcdefghijklmnopqrstuvwxyz234567", 52)


def g_azkey(r):
    return base64.b64encode(rbytes(r, 64)).decode()


def g_azsec(r):
    return rs(r, ALNUM, 3) + "8Q~" + rs(r, ALNUM + "_.~-", 34)


def g_mailgun(r):
    return "key-" + rs(r, HEX, 32)


def g_tg(r):
    return "%d:AA%s" % (r.randint(100000000, 7999999999), rs(r, B64U, 33))


def g_discord(r):
    sid = str(r.randint(10 ** 17, 13 * 10 ** 17))
    return base64.b64encode(sid.encode()).decode().rstrip("=") + "." + rs(r, B64U, 6) + "." + rs(r, B64U, 38)


def g_hf(r):
    return "hf_" + rs(r, string.ascii_letters, 34)


def g_pmak(r):
    return "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34)


def g_atl(r):
    return "ATATT3xFfGF0" + rs(r, B64U, 170) + "=" + rs(r, HEX.upper(), 8)


# name, kind, gen, ENV, Camel, short, max-chars-ok-for-narrow-output
PROVIDERS = [
    ("github", "personal_access_token", g_ghp, "GITHUB_TOKEN", "GitHubToken", "github"),
    ("github", "fine_grained_pat", g_ghpat, "GH_TOKEN", "GitHubPat", "github"),
    ("gitlab", "personal_access_token", g_glpat, "GITLAB_TOKEN", "GitLabToken", "gitlab"),
    ("slack", "bot_token", g_xoxb, "SLACK_BOT_TOKEN", "SlackBotToken", "slack"),
    ("slack", "user_token", g_xoxp, "SLACK_TOKEN", "SlackToken", "slack"),
    ("slack", "webhook_url", g_hook, "SLACK_WEBHOOK_URL", "SlackWebhookUrl", "slack"),
    ("stripe", "secret_key", g_stripe, "STRIPE_SECRET_KEY", "StripeSecretKey", "stripe"),
    ("openai", "api_key", g_openai, "OPENAI_API_KEY", "OpenAIApiKey", "openai"),
    ("anthropic", "api_key", g_anth, "ANTHROPIC_API_KEY", "AnthropicApiKey", "anthropic"),
    ("google", "api_key", g_gapi, "GOOGLE_MAPS_API_KEY", "GoogleMapsApiKey", "google"),
    ("sendgrid", "api_key", g_sg, "SENDGRID_API_KEY", "SendGridApiKey", "sendgrid"),
    ("twilio", "auth_token", g_hex32, "TWILIO_AUTH_TOKEN", "TwilioAuthToken", "twilio"),
    ("npm", "access_token", g_npm, "NPM_TOKEN", "NpmToken", "npm"),
    ("pypi", "api_token", g_pypi, "PYPI_API_TOKEN", "PyPiToken", "pypi"),
    ("shopify", "admin_api_token", g_shpat, "SHOPIFY_ADMIN_TOKEN", "ShopifyAdminToken", "shopify"),
    ("digitalocean", "personal_access_token", g_dop, "DIGITALOCEAN_TOKEN", "DoApiToken", "digitalocean"),
    ("hashicorp", "vault_token", g_hvs, "VAULT_TOKEN", "VaultToken", "vault"),
    ("azure_devops", "personal_access_token", g_ado, "AZURE_DEVOPS_PAT", "AzureDevOpsPat", "azdo"),
    ("azure", "storage_account_key", g_azkey, "AZURE_STORAGE_KEY", "StorageAccountKey", "storage"),
    ("azure", "client_secret", g_azsec, "AZURE_CLIENT_SECRET", "ClientSecret", "aad"),
    ("mailgun", "api_key", g_mailgun, "MAILGUN_API_KEY", "MailgunApiKey", "mailgun"),
    ("telegram", "bot_token", g_tg, "TELEGRAM_BOT_TOKEN", "TelegramBotToken", "telegram"),
    ("discord", "bot_token", g_discord, "DISCORD_BOT_TOKEN", "DiscordBotToken", "discord"),
    ("datadog", "api_key", g_hex32, "DD_API_KEY", "DatadogApiKey", "datadog"),
    ("huggingface", "access_token", g_hf, "HF_TOKEN", "HuggingFaceToken", "huggingface"),
    ("postman", "api_key", g_pmak, "POSTMAN_API_KEY", "PostmanApiKey", "postman"),
    ("atlassian", "api_token", g_atl, "JIRA_API_TOKEN", "JiraApiToken", "jira"),
]
PROV = {}
for _p in PROVIDERS:
    PROV.setdefault(_p[0] + ":" + _p[1], dict(name=_p[0], kind=_p[1], gen=_p[2], env=_p[3], camel=_p[4], short=_p[5]))
ALL_TOK = list(PROV)
BEARER = ["github:personal_access_token", "github:fine_grained_pat", "gitlab:personal_access_token",
          "openai:api_key", "anthropic:api_key", "huggingface:access_token", "digitalocean:personal_access_token",
          "slack:bot_token", "sendgrid:api_key", "hashicorp:vault_token"]
SHORT_TOK = [k for k in ALL_TOK if k not in ("openai:api_key", "anthropic:api_key", "pypi:api_token",
                                              "atlassian:api_token", "stripe:secret_key")]
NOHOOK = [k for k in ALL_TOK if k != "slack:webhook_url"]


URLS = {"github": "https://api.github.com", "gitlab": "https://gitlab.com/api/v4", "slack": "https://slack.com/api",
        "stripe": "https://api.stripe.com/v1", "openai": "https://api.openai.com/v1", "anthropic": "https://api.anthropic.com/v1",
        "google": "https://maps.googleapis.com/maps/api", "sendgrid": "https://api.sendgrid.com/v3", "twilio": "https://api.twilio.com/2010-04-01",
        "npm": "https://registry.npmjs.org", "pypi": "https://upload.pypi.org/legacy", "shopify": "https://%s.myshopify.com/admin/api/2024-01",
        "digitalocean": "https://api.digitalocean.com/v2", "vault": "https://vault.%s.internal:8200/v1", "azdo": "https://dev.azure.com/%s",
        "storage": "https://%sdata.blob.core.windows.net", "aad": "https://login.microsoftonline.com", "mailgun": "https://api.eu.mailgun.net/v3",
        "telegram": "https://api.telegram.org", "discord": "https://discord.com/api/v10", "datadog": "https://api.datadoghq.eu/api/v1",
        "huggingface": "https://huggingface.co/api", "postman": "https://api.getpostman.com", "jira": "https://%s.atlassian.net/rest/api/3"}


def purl(p):
    u = URLS[p["short"]]
    if "%s" in u:
        u = u % p.setdefault("org", COMPANIES[zlib.crc32(p["env"].encode()) % len(COMPANIES)].replace("-", ""))
    return u


def g_password(r, safe=False):
    sym = "-_." if safe else "!#*-_.+~^"
    words = ["Sommer", "Winter", "Blau", "Tiger", "Falke", "Soleil", "Lune", "Rio", "Nordlys", "Kiwi",
             "Orca", "Atlas", "Vega", "Quartz", "Mango", "Zephyr", "Pixel", "Cobalt", "Lotus", "Bravo"]
    while True:
        st = r.randrange(6)
        if st == 0:
            p = rs(r, ALNUM, 1) + rs(r, ALNUM + sym, r.randint(14, 22))
        elif st == 1:
            p = r.choice(words) + r.choice(sym) + str(r.randint(10, 9999)) + r.choice(words).lower() + rs(r, ALNUM, 2)
        elif st == 2:
            p = rs(r, ALNUM, r.randint(10, 14)) + r.choice(sym) + rs(r, string.digits, 2)
        elif st == 3:
            p = "-".join(rs(r, ALNUM, 4) for _ in range(4))
        elif st == 4:
            cv = "".join(r.choice("bdfgklmnprstvz") + r.choice("aeiou") for _ in range(2)).capitalize()
            p = cv + str(r.randint(1, 9)) + r.choice(sym) + "".join(
                r.choice("bdfgklmnprstvz") + r.choice("aeiou") for _ in range(2)).capitalize() + str(r.randint(10, 99)) + rs(r, ALNUM, 2)
        else:
            p = rs(r, ALNUM, r.randint(18, 28))
        if any(ch.isdigit() for ch in p) and any(ch.isupper() for ch in p) and any(ch.islower() for ch in p):
            return p


# ---------------------------------------------------------------- DER / PEM
def _dlen(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, content):
    return bytes([tag]) + _dlen(len(content)) + content


def der_int(b):
    if b[0] & 0x80:
        b = b"\x00" + b
    return der(0x02, b)


def _rint(r, n):
    b = bytearray(rbytes(r, n))
    b[0] |= 0x80
    return bytes(b)


def rsa_pkcs1(r, bits=2048):
    n = bits // 8
    h = n // 2
    parts = [b"\x02\x01\x00", der_int(_rint(r, n)), der_int(b"\x01\x00\x01"), der_int(_rint(r, n) if r.random() < 0.5 else b"\x7f" + rbytes(r, n - 1)),
             der_int(_rint(r, h)), der_int(_rint(r, h)), der_int(rbytes(r, h)[:1] + rbytes(r, h - 1) if False else _rint(r, h)),
             der_int(_rint(r, h)), der_int(_rint(r, h))]
    return der(0x30, b"".join(parts))


def rsa_spki_or_pkcs8(r, bits=2048, private=True):
    alg = der(0x30, der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
    if private:
        return der(0x30, b"\x02\x01\x00" + alg + der(0x04, rsa_pkcs1(r, bits)))
    pub = der(0x30, der_int(_rint(r, bits // 8)) + der_int(b"\x01\x00\x01"))
    return der(0x30, alg + der(0x03, b"\x00" + pub))


def ec_sec1(r):
    oid = der(0x06, bytes.fromhex("2a8648ce3d030107"))
    return der(0x30, b"\x02\x01\x01" + der(0x04, rbytes(r, 32)) + der(0xA0, oid) + der(0xA1, der(0x03, b"\x00\x04" + rbytes(r, 64))))


def wrap(s, w=64):
    return [s[i:i + w] for i in range(0, len(s), w)]


def gen_pem(r):
    k = r.random()
    if k < 0.45:
        return "RSA PRIVATE KEY", wrap(base64.b64encode(rsa_pkcs1(r, r.choice([2048, 2048, 4096]))).decode())
    if k < 0.8:
        return "PRIVATE KEY", wrap(base64.b64encode(rsa_spki_or_pkcs8(r)).decode())
    return "EC PRIVATE KEY", wrap(base64.b64encode(ec_sec1(r)).decode())


def ssh_str(b):
    return len(b).to_bytes(4, "big") + b


def ssh_rsa_pub(r, bits=2048):
    n = b"\x00" + _rint(r, bits // 8)
    return base64.b64encode(ssh_str(b"ssh-rsa") + ssh_str(b"\x01\x00\x01") + ssh_str(n)).decode()


def ssh_ed_pub(r):
    return base64.b64encode(ssh_str(b"ssh-ed25519") + ssh_str(rbytes(r, 32))).decode()


def cert_body(r):
    tbs = der(0xA0, b"\x02\x01\x02") + der_int(_rint(r, 16)) + der(0x30, der(0x06, bytes.fromhex("2a864886f70d01010b")) + b"\x05\x00")
    tbs += rbytes(r, r.randint(700, 1000))
    return wrap(base64.b64encode(der(0x30, der(0x30, tbs) + rbytes(r, 260))).decode())


# ---------------------------------------------------------------- text helpers
LAT_COMMENTS = [
    "Paramètres de connexion à la base de données", "Mot de passe du compte de service - ne pas diffuser",
    "Datenbankverbindung für die Produktionsumgebung", "Zugangsdaten für den Übertragungsdienst (Lager)",
    "Configuración del servidor (entorno de producción)", "Contraseña de la cuenta técnica",
    "Configuração de acesso à API - não alterar", "Clé d'accès fournie par l'équipe infra",
    "Lösenord för tjänstekontot", "Nøkkel for eksportjobben", "Schlüssel läuft im Dezember ab, bitte erneuern",
    "Accès au serveur de préproduction", "Verbindung zum Großhändler-Portal", "Credenciais do serviço de faturação",
    "Clave de acceso para el módulo de envíos", "Pääsy tuotantoon (älä jaa)", "Conexión a la réplica de lectura",
]
UNI_COMMENTS = [
    "本番環境のAPIキー（変更禁止）", "数据库连接 - 生产环境", "Ключ доступа к API (прод)", "운영 서버 접속 정보",
    "ＡＰＩ　ＫＥＹ（本番）", "接続情報　※社外秘", "Пароль сервисной учётной записи", "测试环境请勿使用",
    "Schlüssel\u200b für Produktion", "prod\u200b\u200bkey \u2014 rotate quarterly", "ｐｒｏｄ用トークン",
    "Zugangsdaten\u2060(Prod)", "认证令牌\u200d", "clé\u00a0d\u2019accès\u00a0production",
]


def comment(r, c):
    pool = LAT_COMMENTS + (UNI_COMMENTS * 2 if c.uni else [])
    t = r.choice(pool)
    if not c.uni and r.random() < 0.3:
        t = t.replace(" ", "\u00a0", 1)
    return t


def kv(r, k, v, seps=None):
    sep = r.choice(seps or ["=", "=", "=", " = ", "\t=\t", "\u00a0=\u00a0", "\u00a0= ", "=\t", " =\t"])
    return k + sep + v


COMPANIES = ["contoso", "fabrikam", "northwind", "adventureworks", "tailspin", "woodgrove", "litware",
             "proseware", "wingtiptoys", "lucerne", "kaiser-logistik", "boulanger", "hansen-data",
             "ortega-soft", "nakamura-lab", "silva-transportes", "mueller-bau", "lindqvist"]
USERS = ["svc_backup", "app_user", "sa", "webapp", "etl_loader", "reporting", "jdupont", "mschmidt",
         "agarcia", "ktanaka", "deploy", "sync_svc", "dbo_app", "lager_app", "compta", "integration"]
APPS = ["Sync", "LagerVerwaltung", "Facturation", "Inventario", "ReportServer", "Kasse", "Planificador",
        "BackupAgent", "OrderHub", "Zeiterfassung", "GestionStock", "Connector"]


def co(r):
    return r.choice(COMPANIES)


def host(r, kind="db"):
    c = co(r)
    return r.choice([
        "%s-%s-%02d.%s.local" % (kind, r.choice(["prod", "prd", "int", "stg"]), r.randint(1, 9), c),
        "%s%02d.corp.%s.com" % (r.choice(["sql", "srv", "db", "app"]), r.randint(1, 40), c),
        "10.%d.%d.%d" % (r.randint(0, 250), r.randint(0, 250), r.randint(2, 250)),
        "SRV-%s%02d" % (r.choice(["SQL", "APP", "ERP", "FS"]), r.randint(1, 20)),
    ])


def user(r):
    return r.choice(USERS)


def dbname(r):
    return r.choice(["Lager", "ERP_Prod", "Facturacion", "Inventory", "CRM", "Gestion", "Kasse2019", "reporting", "appdb", "WMS"])


class Ctx:
    def __init__(self, enc, neg):
        self.enc = enc
        self.uni = enc.startswith("utf")
        self.neg = neg


# ----------------------------------------------------------------------------------------
# templates.  fn(r, v, p, c) -> (relpath, [lines], filetype)
TEMPLATES = []
LOOKALIKES = []

U16 = "utf-16le-bom"
U16BE = "utf-16be-bom"
U8B = "utf-8-bom"
U8 = "utf-8"
CP = "cp1252"
L1 = "iso-8859-1"
ANY_EOL = ["crlf", "crlf", "lf", "mixed", "cr"]
WIN_EOL = ["crlf", "crlf", "crlf", "mixed"]


def tpl(name, slot, encs, eols=("crlf",), provs=None, bad="", safe=False, pad=0.03, ff=False, env=False, w=1):
    def deco(fn):
        TEMPLATES.append(dict(name=name, slot=slot, encs=list(encs), eols=list(eols), provs=provs, bad=bad,
                              safe=safe, pad=pad, ff=ff, env=env, fn=fn, w=w * (0.7 if slot == "pw" else 1.0)))
        return fn
    return deco


def look(name, encs, eols=("crlf",), pad=0.03, ff=False):
    def deco(fn):
        LOOKALIKES.append(dict(name=name, encs=list(encs), eols=list(eols), pad=pad, ff=ff, fn=fn, slot="none",
                               env=False))
        return fn
    return deco


REG_BAD = '"\\'
XML_BAD = "<>&\""
CS_BAD = ";\"'<>&"
URL_BAD = "@:/#?% <>\"'&{}$"


# ---------- regedit exports (UTF-16LE BOM, CRLF) ----------
def reg_head():
    return ["Windows Registry Editor Version 5.00", ""]


@tpl("reg_app_token", "tok", [U16, U16, U16BE], provs=NOHOOK, bad=REG_BAD)
def _(r, v, p, c):
    cn, app = co(r).capitalize(), r.choice(APPS)
    L = reg_head() + ["[HKEY_CURRENT_USER\\Software\\%s\\%s]" % (cn, app), '"InstallDir"="C:\\\\Program Files\\\\%s\\\\%s"' % (cn, app), ""]
    vals = ['"Endpoint"="%s"' % purl(p), '"LastSync"=dword:%08x' % r.getrandbits(28),
            '"Language"="%s"' % r.choice(["de-DE", "fr-FR", "es-ES", "ja-JP", "pt-BR"]), '"%s"="%s"' % (r.choice(["ApiKey", "ApiToken", p["camel"], "AccessToken"]), v),
            '"Proxy"=""', '"Retries"=dword:00000003']
    r.shuffle(vals)
    L += ["[HKEY_CURRENT_USER\\Software\\%s\\%s\\Settings]" % (cn, app)] + vals + ["", ""]
    return "exports/%s-%s-settings.reg" % (cn.lower(), app.lower()), L, "reg"


@tpl("reg_odbc_dsn", "pw", [U16, U16, CP], bad=REG_BAD)
def _(r, v, p, c):
    dsn = r.choice(["LagerDB", "ERP_PROD", "Facturation", "Reporting", "WMS_Live"])
    L = reg_head() + ["[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\%s]" % dsn,
                      '"Driver"="C:\\\\Windows\\\\system32\\\\%s"' % r.choice(["sqlsrv32.dll", "msodbcsql17.dll", "SQLSRV32.dll"]),
                      '"Server"="%s"' % host(r), '"Database"="%s"' % dbname(r), '"LastUser"="%s"' % user(r),
                      '"PWD"="%s"' % v, '"Trusted_Connection"="No"', "",
                      "[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\ODBC Data Sources]", '"%s"="SQL Server"' % dsn, "", ""]
    return "setup/odbc/%s.reg" % dsn.lower(), L, "reg"


@tpl("reg_winlogon", "pw", [U16, U16, U8B], bad=REG_BAD)
def _(r, v, p, c):
    L = reg_head() + ["[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]",
                      '"AutoAdminLogon"="1"', '"DefaultUserName"="%s"' % r.choice(["kiosk", "kasse01", "scanner", "display"]),
                      '"DefaultDomainName"="%s"' % co(r).upper()[:15], '"DefaultPassword"="%s"' % v, '"ForceAutoLogon"=dword:00000001', "", ""]
    return "provisioning/kiosk/autologon.reg", L, "reg"


@tpl("reg_putty_proxy", "pw", [U16, U16], bad=REG_BAD)
def _(r, v, p, c):
    s = r.choice(["prod-bastion", "jump%%20host", "erp-db", "nas01"])
    L = reg_head() + ["[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\%s]" % s,
                      '"Present"=dword:00000001', '"HostName"="%s"' % host(r, "jump"), '"Protocol"="ssh"',
                      '"PortNumber"=dword:00000016', '"ProxyMethod"=dword:00000003', '"ProxyHost"="proxy.%s.local"' % co(r),
                      '"ProxyPort"=dword:00000c38', '"ProxyUsername"="%s"' % user(r), '"ProxyPassword"="%s"' % v,
                      '"UserName"="%s"' % user(r), '"Compression"=dword:00000000', "", ""]
    return "tools/putty/sessions-export.reg", L, "reg"


@tpl("reg_env_aws", "aws", [U16, U16BE], bad=REG_BAD)
def _(r, v, p, c):
    L = reg_head() + ["[HKEY_CURRENT_USER\\Environment]", '"AWS_ACCESS_KEY_ID"="%s"' % p["kid"],
                      '"AWS_DEFAULT_REGION"="%s"' % r.choice(["eu-central-1", "eu-west-3", "us-east-1", "ap-northeast-1"]),
                      '"AWS_SECRET_ACCESS_KEY"="%s"' % v, '"Path"=hex(2):25,00,55,00,53,00,45,00,52,00,50,00,52,00,4f,00,46,00,49,00,4c,00,45,00,25,00,00,00',
                      '"TEMP"=hex(2):25,00,54,00,45,00,4d,00,50,00,25,00,00,00', "", ""]
    return "ci/windows-agent/user-environment.reg", L, "reg"


@tpl("reg_env_tok", "tok", [U16], provs=ALL_TOK, bad=REG_BAD)
def _(r, v, p, c):
    L = reg_head() + ["[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment]",
                      '"ComSpec"=hex(2):25,00,53,00,79,00,73,00,74,00,65,00,6d,00,52,00,6f,00,6f,00,74,00,25,00,00,00',
                      '"NUMBER_OF_PROCESSORS"="8"', '"%s"="%s"' % (p["env"], v), '"OS"="Windows_NT"', "", ""]
    return "infra/buildagent/machine-env.reg", L, "reg"


# ---------- PowerShell 5 redirection output (UTF-16LE) ----------
@tpl("ps_aws_create_access_key", "aws", [U16, U16, U8B, U16BE])
def _(r, v, p, c):
    L = ["{", '    "AccessKey": {', '        "UserName": "%s",' % r.choice(["ci-deployer", "svc-backup", "terraform", "s3-sync"]),
         '        "AccessKeyId": "%s",' % p["kid"], '        "Status": "Active",', '        "SecretAccessKey": "%s",' % v,
         '        "CreateDate": "%sT%s+00:00"' % (rdate(r), rtime(r)), "    }", "}"]
    return r.choice(["ops/keys/ci-deployer-accesskey.json", "scripts/out/new-key.json", "aws/accesskey.json"]), L, "json"


@tpl("ps_az_sp_create", "tok", [U16, U16, U8B], provs=["azure:client_secret"])
def _(r, v, p, c):
    L = ["{", '  "appId": "%s",' % guid(r), '  "displayName": "%s",' % r.choice(["sp-github-deploy", "terraform-prod", "azure-cli-2024-03-11-10-22-31"]),
         '  "password": "%s",' % v, '  "tenant": "%s"' % guid(r), "}"]
    return r.choice(["infra/azure/sp-output.json", "deploy/sp.json", "notes/service-principal.json"]), L, "json"


@tpl("ps_az_storage_key", "tok", [U16, U8B], provs=["azure:storage_account_key"])
def _(r, v, p, c):
    L = ["{", '  "creationTime": "%sT%s.%06d+00:00",' % (rdate(r), rtime(r), r.randint(0, 999999)), '  "keyName": "key1",',
         '  "permissions": "FULL",', '  "value": "%s"' % v, "}"]
    return "infra/storage/%sstorage-key1.json" % co(r).replace("-", ""), L, "json"


@tpl("ps_user_secrets_list", "pw", [U16, U8B], bad=";")
def _(r, v, p, c):
    L = ["Logging:LogLevel:Default = Information",
         "ConnectionStrings:DefaultConnection = Server=%s;Database=%s;User Id=%s;Password=%s;TrustServerCertificate=True" % (host(r), dbname(r), user(r), v),
         "AzureAd:TenantId = %s" % guid(r), "AzureAd:ClientId = %s" % guid(r)]
    r.shuffle(L)
    return "src/%s.Api/user-secrets.txt" % r.choice(APPS), L, "txt"


@tpl("ps_user_secrets_tok", "tok", [U16, U8B], provs=NOHOOK)
def _(r, v, p, c):
    L = ["%s:%s = %s" % (p["short"].capitalize(), r.choice(["ApiKey", "SecretKey", "Token", "AccessToken"]), v),
         "Features:EnableBeta = false", "Smtp:Host = smtp.%s.com" % co(r)]
    r.shuffle(L)
    return "docs/dev-setup/user-secrets-list.txt", L, "txt"


@tpl("ps_netsh_wlan", "pw", [U16, U16, CP, U16BE])
def _(r, v, p, c):
    ssid = r.choice(["Lager-WLAN", "CONTOSO-Guest", "Atelier_5G", "Oficina-2", "KASSE"])
    L = ["", "Profile %s on interface Wi-Fi:" % ssid, "=======================================================================", "",
         "Applied: All User Profile", "", "Profile information ", "------------------- ", "    Version                : 1",
         "    Type                   : Wireless LAN", "    Name                   : %s" % ssid, "    Control options        : ",
         "        Connection mode    : Connect automatically", "", "Security settings ", "----------------- ",
         "    Authentication         : WPA2-Personal", "    Cipher                 : CCMP", "    Security key           : Present",
         "    Key Content            : %s" % v, "", "Cost settings ", "------------- ", "    Cost                   : Unrestricted", ""]
    return "docs/network/wlan-%s.txt" % ssid.lower(), L, "txt"


@tpl("ps_format_list_env", "tok", [U16, U16, U16BE], provs=SHORT_TOK)
def _(r, v, p, c):
    ents = [("ALLUSERSPROFILE", "C:\\ProgramData"), ("COMPUTERNAME", "BUILD-%02d" % r.randint(1, 30)),
            ("HOMEDRIVE", "C:"), (p["env"], v), ("NUMBER_OF_PROCESSORS", "8"), ("OS", "Windows_NT"),
            ("PROCESSOR_ARCHITECTURE", "AMD64"), ("USERDOMAIN", co(r).upper()[:10])]
    ents.sort()
    L = [""]
    for n, val in ents:
        L += ["Name  : %s" % n, "Value : %s" % val, ""]
    return "ci/debug/env-dump.txt", L + [""], "txt"


@tpl("ps_transcript", "tok", [U8B, U16], provs=NOHOOK, bad="\"$`")
def _(r, v, p, c):
    u = r.choice(["jdupont", "mschmidt", "agarcia", "Administrator"])
    L = ["**********************", "Windows PowerShell transcript start", "Start time: %s%s" % (rdate(r).replace("-", ""), rtime(r).replace(":", "")),
         "Username: %s\\%s" % (co(r).upper()[:8], u), "RunAs User: %s\\%s" % (co(r).upper()[:8], u),
         "Configuration Name: ", "Machine: WS-%04d (Microsoft Windows NT 10.0.19045.0)" % r.randint(1, 9999),
         "Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe", "Process ID: %d" % r.randint(1000, 30000),
         "PSVersion: 5.1.19041.3803", "**********************", "Transcript started, output file is C:\\Users\\%s\\Documents\\PowerShell_transcript.txt" % u,
         "PS C:\\Users\\%s\\src> cd .\\deploy\\" % u, "PS C:\\Users\\%s\\src\\deploy> $env:%s = \"%s\"" % (u, p["env"], v),
         "PS C:\\Users\\%s\\src\\deploy> .\\publish.ps1 -Environment prod" % u, "Publishing to prod...", "Done.",
         "PS C:\\Users\\%s\\src\\deploy> Stop-Transcript" % u, "**********************", "Windows PowerShell transcript end",
         "End time: %s%s" % (rdate(r).replace("-", ""), rtime(r).replace(":", "")), "**********************"]
    return "logs/transcripts/PowerShell_transcript.WS.%s.txt" % rs(r, ALNUM, 8), L, "txt"


# ---------- ini / udl / dsn ----------
@tpl("ini_notepad_db", "pw", [U16, U16, CP, U8B, L1, U16BE], eols=WIN_EOL + ["cr"], bad=";", ff=True)
def _(r, v, p, c):
    L = ["; %s" % comment(r, c), "[General]", kv(r, "Language", r.choice(["FR", "DE", "ES"])), kv(r, "LogLevel", "2"), "",
         "[Database]", "; " + comment(r, c), kv(r, "Server", host(r)), kv(r, "Database", dbname(r)), kv(r, "User", user(r)),
         kv(r, r.choice(["Password", "Passwort", "MotDePasse", "Pwd", "Contrasena"]), v), kv(r, "Timeout", "30"), "",
         "[Export]", kv(r, "Path", "\\\\%s\\export$" % host(r, "fs")), ""]
    return r.choice(["config/%s.ini" % r.choice(APPS).lower(), "bin/settings.ini", "Config/Verbindung.ini"]), L, "ini"


@tpl("ini_app_token", "tok", [U16, U8B, CP, U16BE], eols=WIN_EOL, provs=ALL_TOK, bad=";", ff=True)
def _(r, v, p, c):
    L = ["[%s]" % r.choice(APPS), kv(r, "Version", "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 99))), "",
         "; " + comment(r, c), "[Api]", kv(r, "BaseUrl", purl(p)), kv(r, r.choice(["Key", "Token", "ApiKey", p["camel"]]), v), "",
         "[UI]", kv(r, "Theme", r.choice(["dark", "light"])), ""]
    return r.choice(["app/config.ini", "settings/%s.ini" % p["short"], "Plugins/%s/plugin.ini" % r.choice(APPS)]), L, "ini"


@tpl("udl_file", "pw", [U16], bad=";\"")
def _(r, v, p, c):
    L = ["[oledb]", "; Everything after this line is an OLE DB initstring",
         "Provider=%s;Password=%s;Persist Security Info=True;User ID=%s;Initial Catalog=%s;Data Source=%s" % (
             r.choice(["SQLOLEDB.1", "MSOLEDBSQL.1", "SQLNCLI11.1"]), v, user(r), dbname(r), host(r))]
    return r.choice(["data/connection.udl", "Reports/%s.udl" % dbname(r), "tools/ERP.udl"]), L, "udl"


@tpl("odbc_file_dsn", "pw", [CP, U16, U8B], bad=";")
def _(r, v, p, c):
    L = ["[ODBC]", "DRIVER=%s" % r.choice(["SQL Server", "ODBC Driver 17 for SQL Server", "MySQL ODBC 8.0 Unicode Driver"]),
         "UID=%s" % user(r), "PWD=%s" % v, "DATABASE=%s" % dbname(r), "WSID=WS-%04d" % r.randint(1, 9999), "APP=Microsoft Office 2016",
         "SERVER=%s" % host(r)]
    return "reports/dsn/%s.dsn" % dbname(r).lower(), L, "dsn"


# ---------- SQL Server scripts ----------
def ssms_hdr(r, obj):
    return ["USE [master]", "GO", "", "/****** Object:  %s    Script Date: %d/%d/%d %d:%02d:%02d %s ******/" % (
        obj, r.randint(1, 12), r.randint(1, 28), r.randint(2019, 2025), r.randint(1, 12), r.randint(0, 59), r.randint(0, 59), r.choice(["AM", "PM"]))]


@tpl("ssms_create_login", "pw", [U16, U16, U8B], bad="'", ff=True)
def _(r, v, p, c):
    u = user(r)
    L = ssms_hdr(r, "Login [%s]" % u) + ["CREATE LOGIN [%s] WITH PASSWORD=N'%s', DEFAULT_DATABASE=[%s], DEFAULT_LANGUAGE=[%s], CHECK_EXPIRATION=OFF, CHECK_POLICY=OFF" % (
        u, v, dbname(r), r.choice(["us_english", "Deutsch", "Français", "Español"])), "GO", "",
        "ALTER SERVER ROLE [dbcreator] ADD MEMBER [%s]" % u, "GO", ""]
    return "database/security/logins/%s.sql" % u, L, "sql"


@tpl("ssms_linked_server", "pw", [U16, U8B, CP], bad="'")
def _(r, v, p, c):
    s = r.choice(["ERP_LINK", "ORACLE_FIN", "LEGACY", "DWH"])
    L = ssms_hdr(r, "LinkedServer [%s]" % s) + [
        "EXEC master.dbo.sp_addlinkedserver @server = N'%s', @srvproduct=N'', @provider=N'SQLNCLI', @datasrc=N'%s'" % (s, host(r)),
        " /* For security reasons the linked server remote logins password is changed with ######## */",
        "EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname=N'%s',@useself=N'False',@locallogin=NULL,@rmtuser=N'%s',@rmtpassword='%s'" % (s, user(r), v),
        "GO", "", "EXEC master.dbo.sp_serveroption @server=N'%s', @optname=N'rpc out', @optvalue=N'true'" % s, "GO", ""]
    return "database/linked-servers/%s.sql" % s.lower(), L, "sql"


@tpl("ssms_backup_credential", "tok", [U16, U8B], provs=["azure:storage_account_key"], bad="'")
def _(r, v, p, c):
    acct = co(r).replace("-", "") + "bak"
    L = ["-- " + comment(r, c), "IF NOT EXISTS (SELECT * FROM sys.credentials WHERE name = '%sCred')" % acct,
         "CREATE CREDENTIAL [%sCred] WITH IDENTITY = '%s'," % (acct, acct), "SECRET = '%s';" % v, "GO", "",
         "BACKUP DATABASE [%s] TO URL = 'https://%s.blob.core.windows.net/sqlbackups/%s_%s.bak'" % (dbname(r), acct, dbname(r), rdate(r).replace("-", "")),
         "WITH CREDENTIAL = '%sCred', COMPRESSION, STATS = 5;" % acct, "GO"]
    return "ops/sql/backup-to-url.sql", L, "sql"


@tpl("pg_alter_role", "pw", [U8, L1, CP, U8B], eols=ANY_EOL, bad="'", ff=True)
def _(r, v, p, c):
    u = user(r)
    L = ["-- " + comment(r, c), "BEGIN;", "CREATE ROLE %s LOGIN;" % u, "ALTER ROLE %s WITH PASSWORD '%s';" % (u, v),
         "GRANT CONNECT ON DATABASE %s TO %s;" % (dbname(r).lower(), u), "GRANT USAGE ON SCHEMA public TO %s;" % u, "COMMIT;"]
    return "db/migrations/V%d__create_%s.sql" % (r.randint(2, 90), u), L, "sql"


# ---------- XML (Windows) ----------
@tpl("unattend_xml", "pw", [U8, U8B, U16], bad=XML_BAD)
def _(r, v, p, c):
    enc_decl = "utf-16" if c.enc.startswith("utf-16") else "utf-8"
    L = ['<?xml version="1.0" encoding="%s"?>' % enc_decl, '<unattend xmlns="urn:schemas-microsoft-com:unattend">',
         '  <settings pass="oobeSystem">',
         '    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">',
         "      <AutoLogon>", "        <Password>", "          <Value>%s</Value>" % v, "          <PlainText>true</PlainText>",
         "        </Password>", "        <Enabled>true</Enabled>", "        <LogonCount>1</LogonCount>",
         "        <Username>%s</Username>" % r.choice(["Administrator", "setup", "localadmin"]), "      </AutoLogon>",
         "      <TimeZone>%s</TimeZone>" % r.choice(["W. Europe Standard Time", "Romance Standard Time", "Tokyo Standard Time"]),
         "    </component>", "  </settings>", "</unattend>"]
    return r.choice(["deploy/autounattend.xml", "images/win11/unattend.xml"]), L, "xml"


@tpl("web_config_connstr", "pw", [U8B, U8B, U8, U16], bad=CS_BAD)
def _(r, v, p, c):
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <connectionStrings>",
         '    <add name="%s" connectionString="Data Source=%s;Initial Catalog=%s;User ID=%s;Password=%s;MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />' % (
             r.choice(["DefaultConnection", "ErpEntities", "LagerDb"]), host(r), dbname(r), user(r), v),
         "  </connectionStrings>", "  <appSettings>", '    <add key="webpages:Version" value="3.0.0.0" />',
         '    <add key="ClientValidationEnabled" value="true" />', "  </appSettings>", "  <system.web>",
         '    <compilation debug="false" targetFramework="4.8" />', '    <httpRuntime targetFramework="4.8" />', "  </system.web>", "</configuration>"]
    return r.choice(["src/Web/Web.config", "Web.Release.config", "src/%s.Web/Web.config" % r.choice(APPS)]), L, "xml"


@tpl("app_config_appsettings", "tok", [U8B, U8B, U16], provs=NOHOOK, bad=XML_BAD)
def _(r, v, p, c):
    L = ['<?xml version="1.0" encoding="utf-8" ?>', "<configuration>", "    <startup>",
         '        <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />', "    </startup>", "    <appSettings>",
         '        <add key="Environment" value="Production" />', "        <!-- %s -->" % comment(r, c),
         '        <add key="%s" value="%s" />' % (p["camel"], v), '        <add key="PollIntervalSeconds" value="%d" />' % r.choice([30, 60, 300]),
         "    </appSettings>", "</configuration>"]
    return r.choice(["src/%s/App.config" % r.choice(APPS), "Service/app.config"]), L, "xml"


@tpl("nuget_config_pat", "tok", [U8B, U8, U16], provs=["azure_devops:personal_access_token", "github:personal_access_token"], bad=XML_BAD)
def _(r, v, p, c):
    feed = co(r).capitalize()
    url = "https://pkgs.dev.azure.com/%s/_packaging/%s/nuget/v3/index.json" % (co(r), feed) if p["name"] == "azure_devops" else "https://nuget.pkg.github.com/%s/index.json" % co(r)
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <packageSources>", "    <clear />",
         '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />',
         '    <add key="%s" value="%s" />' % (feed, url), "  </packageSources>", "  <packageSourceCredentials>", "    <%s>" % feed,
         '      <add key="Username" value="%s" />' % r.choice(["build", "az", "ci-bot"]), '      <add key="ClearTextPassword" value="%s" />' % v,
         "    </%s>" % feed, "  </packageSourceCredentials>", "</configuration>"]
    return "NuGet.Config", L, "xml"


@tpl("task_scheduler_xml", "pw", [U16], bad=XML_BAD + " '")
def _(r, v, p, c):
    L = ['<?xml version="1.0" encoding="UTF-16"?>', '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">',
         "  <RegistrationInfo>", "    <Date>%sT%s</Date>" % (rdate(r), rtime(r)), "    <Author>%s\\%s</Author>" % (co(r).upper()[:8], user(r)),
         "    <URI>\\Backup\\Nightly SQL</URI>", "  </RegistrationInfo>", "  <Triggers>", "    <CalendarTrigger>",
         "      <StartBoundary>%sT02:00:00</StartBoundary>" % rdate(r), "      <ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay>",
         "    </CalendarTrigger>", "  </Triggers>", '  <Actions Context="Author">', "    <Exec>",
         "      <Command>sqlcmd.exe</Command>",
         "      <Arguments>-S %s -U %s -P %s -i C:\\Scripts\\backup.sql -o C:\\Logs\\backup.log</Arguments>" % (host(r), user(r), v),
         "    </Exec>", "  </Actions>", "</Task>"]
    return "ops/scheduled-tasks/Nightly SQL.xml", L, "xml"


@tpl("maven_settings", "pw", [U8, U8B, L1], eols=ANY_EOL, bad=XML_BAD)
def _(r, v, p, c):
    enc_decl = "ISO-8859-1" if c.enc == L1 else "UTF-8"
    L = ['<?xml version="1.0" encoding="%s"?>' % enc_decl, "<settings>", "  <!-- %s -->" % comment(r, c), "  <servers>", "    <server>",
         "      <id>%s-releases</id>" % co(r), "      <username>%s</username>" % user(r), "      <password>%s</password>" % v,
         "    </server>", "  </servers>", "</settings>"]
    return ".mvn/settings.xml", L, "xml"


@tpl("hibernate_cfg", "pw", [L1, L1, CP, U8], eols=ANY_EOL, bad=XML_BAD)
def _(r, v, p, c):
    L = ['<?xml version="1.0" encoding="ISO-8859-1"?>', "<!DOCTYPE hibernate-configuration PUBLIC", '  "-//Hibernate/Hibernate Configuration DTD 3.0//EN"',
         '  "http://hibernate.org/dtd/hibernate-configuration-3.0.dtd">', "<hibernate-configuration>", "  <session-factory>",
         "    <!-- %s -->" % comment(r, c), '    <property name="connection.driver_class">org.postgresql.Driver</property>',
         '    <property name="connection.url">jdbc:postgresql://%s:5432/%s</property>' % (host(r), dbname(r).lower()),
         '    <property name="connection.username">%s</property>' % user(r), '    <property name="connection.password">%s</property>' % v,
         '    <property name="dialect">org.hibernate.dialect.PostgreSQLDialect</property>', "  </session-factory>", "</hibernate-configuration>"]
    return "src/main/resources/hibernate.cfg.xml", L, "xml"


@tpl("dtsconfig", "pw", [U8, U8B, U16], bad=CS_BAD)
def _(r, v, p, c):
    L = ['<?xml version="1.0"?><DTSConfiguration><DTSConfigurationHeading><DTSConfigurationFileInfo GeneratedBy="%s\\%s" GeneratedFromPackageName="LoadLager" GeneratedFromPackageID="%s" GeneratedDate="%s"/></DTSConfigurationHeading>' % (
        co(r).upper()[:8], user(r), guid(r, True, True), rdate(r)),
         '<Configuration ConfiguredType="Property" Path="\\Package.Connections[SRC].Properties[ConnectionString]" ValueType="String"><ConfiguredValue>Data Source=%s;User ID=%s;Password=%s;Initial Catalog=%s;Provider=SQLNCLI11.1;Auto Translate=False;</ConfiguredValue></Configuration></DTSConfiguration>' % (
             host(r), user(r), v, dbname(r))]
    return "ssis/LoadLager.dtsConfig", L, "xml"


# ---------- batch / vbs / asp / delphi (ANSI) ----------
@tpl("bat_sqlcmd", "pw", [CP, CP, U8], eols=["crlf"], bad="%!^&|<>\" ")
def _(r, v, p, c):
    L = ["@echo off", "REM " + comment(r, c), "set SERVER=%s" % host(r), "set DB_USER=%s" % user(r), "set DB_PASS=%s" % v, "",
         'sqlcmd -S %%SERVER%% -U %%DB_USER%% -P %%DB_PASS%% -d %s -i "%%~dp0purge.sql" -o "%%~dp0purge.log"' % dbname(r),
         "if errorlevel 1 echo Fehler beim Ausführen & exit /b 1", "echo Terminé."]
    return r.choice(["scripts/purge.bat", "tools/Nettoyage.cmd", "batch/nachtlauf.bat"]), L, "bat"


@tpl("bat_env_token", "tok", [CP, U8], eols=["crlf"], provs=NOHOOK, bad="%!^&|<>\" ")
def _(r, v, p, c):
    L = ["@echo off", "setlocal", "rem " + comment(r, c), "set %s=%s" % (p["env"], v),
         "set BUILD_CONFIG=Release", 'call "%~dp0build.cmd" %*', "endlocal"]
    return r.choice(["build/env-prod.cmd", "ci/setvars.bat"]), L, "bat"


@tpl("vbs_conn", "pw", [CP, CP, U16], eols=["crlf"], bad=CS_BAD)
def _(r, v, p, c):
    L = ["' " + comment(r, c), "Option Explicit", "Dim conn, rs", 'Set conn = CreateObject("ADODB.Connection")',
         'conn.Open "Provider=SQLOLEDB;Data Source=%s;Initial Catalog=%s;User ID=%s;Password=%s;"' % (host(r), dbname(r), user(r), v),
         'Set rs = conn.Execute("SELECT COUNT(*) FROM Bestellungen WHERE Status = 0")', "WScript.Echo \"Offene Aufträge: \" & rs(0)",
         "conn.Close"]
    return r.choice(["scripts/rapport.vbs", "legacy/export_kunden.vbs"]), L, "vbs"


@tpl("asp_classic", "pw", [CP, CP, U8B], eols=["crlf"], bad=CS_BAD)
def _(r, v, p, c):
    L = ["<%@ Language=VBScript CodePage=1252 %>", "<%", "' " + comment(r, c),
         'Const DB_CONN = "Driver={SQL Server};Server=%s;Database=%s;Uid=%s;Pwd=%s;"' % (host(r), dbname(r), user(r), v), "%>",
         "<!-- #include file=\"inc/fonctions.asp\" -->"]
    return r.choice(["wwwroot/inc/conexion.asp", "site/includes/db.asp"]), L, "asp"


@tpl("delphi_dfm", "pw", [CP, CP, L1], eols=["crlf"], bad=CS_BAD)
def _(r, v, p, c):
    L = ["object DataModule1: TDataModule1", "  OldCreateOrder = False", "  Height = 250", "  Width = 380",
         "  object ADOConnection1: TADOConnection", "    ConnectionString = ",
         "      'Provider=SQLOLEDB.1;Password=%s;Persist Security Info=True;User ID=%s;Initial Catalog=%s;Data Source=%s'" % (v, user(r), dbname(r), host(r)),
         "    LoginPrompt = False", "    Provider = 'SQLOLEDB.1'", "    Left = 40", "    Top = 24", "  end", "end"]
    return r.choice(["src/DatenModul.dfm", "Lager/uDM.dfm"]), L, "dfm"


# ---------- Java / PHP / Python with legacy encodings ----------
@tpl("properties_latin1_pw", "pw", [L1, L1, CP, U8], eols=ANY_EOL, ff=True)
def _(r, v, p, c):
    L = ["# " + comment(r, c), "spring.application.name=%s" % r.choice(APPS).lower(),
         kv(r, "spring.datasource.url", "jdbc:sqlserver://%s:1433;databaseName=%s" % (host(r), dbname(r)), ["=", " = ", "\t=\t", "\u00a0=\u00a0"]),
         kv(r, "spring.datasource.username", user(r), ["=", " = ", "\t=\t"]), "# " + comment(r, c),
         kv(r, "spring.datasource.password", v, ["=", " = ", "\t=\t", "\u00a0=\u00a0", "=\t", " : "]),
         "spring.jpa.hibernate.ddl-auto=validate", "app.bienvenue=Bienvenue \\u00e0 bord"]
    return r.choice(["src/main/resources/application-prod.properties", "config/application.properties"]), L, "properties"


@tpl("properties_latin1_tok", "tok", [L1, CP, U8], eols=ANY_EOL, provs=ALL_TOK)
def _(r, v, p, c):
    L = ["#%s" % comment(r, c), "#%s" % rdate(r), kv(r, "%s.endpoint" % p["short"], purl(p), ["=", " = "]),
         kv(r, "%s.%s" % (p["short"], r.choice(["api-key", "token", "secret", "apiKey"])), v, ["=", " = ", "\t=\t", "\u00a0=\u00a0", ":"]),
         "mail.absender=Bestellsystem M\u00fcller"]
    return "src/main/resources/integration.properties", L, "properties"


@tpl("php_config_cp1252", "pw", [CP, CP, U8, U8B], eols=WIN_EOL + ["lf"], bad="'\\")
def _(r, v, p, c):
    L = ["<?php", "/**", " * " + comment(r, c), " */", "define('DB_NAME', '%s');" % dbname(r).lower(), "define('DB_USER', '%s');" % user(r),
         "define('DB_PASSWORD', '%s');" % v, "define('DB_HOST', '%s');" % host(r), "define('DB_CHARSET', 'latin1');", "",
         "$table_prefix = 'wp_';"]
    return r.choice(["wp-config.php", "includes/config.inc.php", "app/conexion.php"]), L, "php"


@tpl("python_latin1", "tok", [L1, CP, U8], eols=ANY_EOL, provs=NOHOOK, bad='"\\', ff=True)
def _(r, v, p, c):
    L = ["# -*- coding: %s -*-" % {L1: "latin-1", CP: "cp1252"}.get(c.enc, "utf-8"), '"""Paramètres du module d\'intégration."""', "", "# " + comment(r, c), "DEBUG = False",
         'ENDPOINT = "%s"' % purl(p), '%s = "%s"' % (p["env"], v), "TIMEOUT = 30  # secondes", ""]
    return r.choice(["integration/parametres.py", "app/settings_prod.py"]), L, "py"


@tpl("java_source_cp1252", "tok", [CP, U8, L1], eols=WIN_EOL, provs=NOHOOK, bad='"\\')
def _(r, v, p, c):
    L = ["package de.%s.integration;" % co(r).replace("-", ""), "", "/**", " * " + comment(r, c), " */",
         "public final class Konfiguration {", "", "    private Konfiguration() {}", "",
         '    public static final String BASIS_URL = "%s";' % purl(p),
         '    static final String %s = "%s";' % (p["env"], v), "    public static final int ZEITLIMIT_MS = 15000; // Zeitüberschreitung", "}"]
    return "src/main/java/de/%s/integration/Konfiguration.java" % co(r).replace("-", ""), L, "java"


@tpl("cs_source", "tok", [U8B, U8B, U16], eols=WIN_EOL, provs=NOHOOK, bad='"\\')
def _(r, v, p, c):
    L = ["using System;", "using System.Net.Http;", "", "namespace %s.Services" % r.choice(APPS), "{",
         "    // " + comment(r, c), "    internal static class ApiSettings", "    {",
         '        public const string BaseUrl = "%s/";' % purl(p),
         '        internal const string %s = "%s";' % (p["camel"], v), "    }", "}"]
    return "src/%s/Services/ApiSettings.cs" % r.choice(APPS), L, "cs"


@tpl("c_header_ff", "tok", [U8, L1, CP], eols=ANY_EOL, provs=NOHOOK, bad='"\\', ff=True)
def _(r, v, p, c):
    L = ["/* config.h - %s */" % comment(r, c), "#ifndef CONFIG_H", "#define CONFIG_H", "", "\f",
         "/* network */", '#define API_HOST "%s"' % purl(p).split("/")[2], "#define API_PORT 443", "", "\f",
         "/* credentials */", '#define %s "%s"' % (p["env"], v), "", "\f", "#endif /* CONFIG_H */"]
    return r.choice(["firmware/include/config.h", "src/config.h"]), L, "c"


@tpl("go_source", "tok", [U8, U8B], eols=["lf", "crlf"], provs=NOHOOK, bad='"\\')
def _(r, v, p, c):
    L = ["package config", "", "// " + comment(r, c), "const (", '\tapiBase = "%s"' % purl(p),
         '\t%sKey = "%s"' % (p["short"], v), ")"]
    return "internal/config/keys.go", L, "go"


@tpl("python_aws_boto", "aws", [U8, U8B, CP], eols=ANY_EOL)
def _(r, v, p, c):
    L = ["import boto3", "", "# " + comment(r, c), "s3 = boto3.client(", '    "s3",', '    region_name="%s",' % r.choice(["eu-west-1", "eu-central-1"]),
         '    aws_access_key_id="%s",' % p["kid"], '    aws_secret_access_key="%s",' % v, ")", "",
         "for obj in s3.list_objects_v2(Bucket=\"%s-exports\")[\"Contents\"]:" % co(r), '    print(obj["Key"])']
    return r.choice(["scripts/s3_export.py", "tools/sync_bucket.py"]), L, "py"


# ---------- credentials-style files ----------
@tpl("aws_credentials_notepad", "aws", [U8B, U16, U8, CP, U16BE], eols=WIN_EOL + ["cr"])
def _(r, v, p, c):
    prof = r.choice(["default", "prod", "backup", "%s-admin" % co(r)])
    L = ["[%s]" % prof, kv(r, "aws_access_key_id", p["kid"], ["=", " = "]), kv(r, "aws_secret_access_key", v, ["=", " = ", " =\t", "\u00a0=\u00a0"]),
         "region = %s" % r.choice(["eu-west-3", "us-east-1", "ap-northeast-1"])]
    if r.random() < 0.5:
        L = ["[readonly]", "role_arn = arn:aws:iam::%s:role/ReadOnly" % digits(r, 12), "source_profile = %s" % prof, ""] + L
    return r.choice(["deploy/aws/credentials", "tools/.aws/credentials", "ci/aws-credentials.ini"]), L, "ini"


@tpl("s3cfg", "aws", [U8, U8B, CP], eols=ANY_EOL)
def _(r, v, p, c):
    L = ["[default]", "access_key = %s" % p["kid"], "bucket_location = EU", "host_base = s3.amazonaws.com",
         "host_bucket = %(bucket)s.s3.amazonaws.com", "secret_key = %s" % v, "signature_v2 = False", "use_https = True"]
    return "backup/.s3cfg", L, "ini"


@tpl("npmrc", "tok", [U8, U8B, U16], eols=ANY_EOL, provs=["npm:access_token", "github:personal_access_token"])
def _(r, v, p, c):
    reg = "registry.npmjs.org" if p["name"] == "npm" else "npm.pkg.github.com"
    L = ["@%s:registry=https://%s/" % (co(r), reg), "//%s/:_authToken=%s" % (reg, v), "always-auth=true"]
    r.shuffle(L)
    return r.choice([".npmrc", "frontend/.npmrc"]), L, "npmrc"


@tpl("git_credentials", "tok", [U8, U8B, U16], eols=["crlf", "lf", "cr"], provs=["github:personal_access_token", "github:fine_grained_pat", "gitlab:personal_access_token", "azure_devops:personal_access_token"])
def _(r, v, p, c):
    h = {"github": "github.com", "gitlab": "gitlab.com", "azure_devops": "dev.azure.com"}[p["name"]]
    L = ["https://%s:%s@%s" % (r.choice(["jdupont", "build-bot", "oauth2", "x-access-token"]), v, h)]
    if r.random() < 0.5:
        L.insert(0, "https://%s@bitbucket.%s.local" % (user(r), co(r)))
    return r.choice(["ci/.git-credentials", "docker/build/git-credentials"]), L, "git-credentials"


@tpl("netrc", "tok", [U8, CP, U16], eols=ANY_EOL, provs=["github:personal_access_token", "gitlab:personal_access_token", "digitalocean:personal_access_token"])
def _(r, v, p, c):
    L = ["machine %s" % purl(p).split("/")[2], "  login %s" % r.choice(["jdupont", "ci", "bot"]), "  password %s" % v]
    return r.choice(["docker/netrc", "ci/_netrc"]), L, "netrc"


@tpl("pgpass_conf", "pw", [U8, CP, U8B], eols=["crlf", "crlf", "lf"], safe=True)
def _(r, v, p, c):
    L = ["# hostname:port:database:username:password", "%s:5432:%s:%s:%s" % (host(r), dbname(r).lower(), user(r), v), "localhost:5432:*:postgres:*"]
    return "tools/postgresql/pgpass.conf", L, "pgpass"


@tpl("my_ini", "pw", [CP, U8, U8B, U16], eols=WIN_EOL, bad='"', ff=True)
def _(r, v, p, c):
    L = ["# " + comment(r, c), "[client]", kv(r, "user", user(r)), kv(r, "password", '"%s"' % v if r.random() < 0.3 else v), kv(r, "host", host(r)),
         "port=3306", "", "[mysqldump]", "single-transaction", "quick"]
    return r.choice(["mysql/my.ini", "ops/backup/my.cnf"]), L, "ini"


@tpl("cifs_credentials", "pw", [U8, CP], eols=["lf", "crlf", "cr"])
def _(r, v, p, c):
    L = ["username=%s" % user(r), "password=%s" % v, "domain=%s" % co(r).upper()[:12]]
    return "ansible/files/smb-credentials", L, "txt"


@tpl("mac_cr_prefs", "pw", [L1, CP, U8], eols=["cr"], bad="\"")
def _(r, v, p, c):
    L = ["-- " + comment(r, c), 'property serverName : "%s"' % host(r), 'property userName : "%s"' % user(r),
         'property userPassword : "%s"' % v, 'property sharePath : "Archiv:Kunden"', "",
         'mount volume "smb://" & serverName & "/Archiv" as user name userName with password userPassword']
    return r.choice(["legacy/mac/MountArchiv.applescript", "scripts/Archiv verbinden.applescript"]), L, "applescript"


@tpl("excel_unicode_txt", "pw", [U16, U16], eols=["crlf"], bad="\t")
def _(r, v, p, c):
    hdr = r.choice([["System", "Benutzer", "Passwort", "URL", "Bemerkung"], ["Système", "Utilisateur", "Mot de passe", "URL", "Remarque"],
                    ["Sistema", "Usuario", "Contraseña", "URL", "Nota"]])
    rows = [["Intranet", "jdupont", "SSO", "https://intranet.%s.local" % co(r), ""],
            ["Router", "admin", "siehe KeePass", "http://192.168.1.1", ""],
            [r.choice(["ERP", "Lager-DB", "FTP Export"]), user(r), v, "https://%s" % host(r, "erp"), comment(r, c)],
            ["VPN", "jdupont", "Token (RSA)", "vpn.%s.com" % co(r), ""]]
    r.shuffle(rows)
    L = ["\t".join(hdr)] + ["\t".join(x) for x in rows] + [""]
    return r.choice(["docs/zugaenge.txt", "admin/acces.txt", "docs/Zugangsdaten.txt"]), L, "tsv"


@tpl("csv_semicolon_cp1252", "pw", [CP, CP, U8B], eols=["crlf"], bad=";\"")
def _(r, v, p, c):
    L = ["Dienst;Benutzername;Kennwort;Bemerkung", "Webshop-Backend;%s;%s;%s" % (user(r), v, comment(r, c)),
         "Postfach;info@%s.de;über Outlook;" % co(r), "Telefonanlage;admin;beim Hersteller;Rückruf"]
    return "admin/migration/konten.csv", L, "csv"


# ---------- JSON (BOM / CRLF / long lines) ----------
@tpl("appsettings_connstr", "pw", [U8B, U8B, U8, U16], eols=WIN_EOL, bad=CS_BAD + "\\")
def _(r, v, p, c):
    L = ["{", '  "ConnectionStrings": {', '    "DefaultConnection": "Server=%s;Database=%s;User Id=%s;Password=%s;TrustServerCertificate=True"' % (host(r), dbname(r), user(r), v),
         "  },", '  "Logging": {', '    "LogLevel": {', '      "Default": "Information",', '      "Microsoft.AspNetCore": "Warning"', "    }", "  },",
         '  "AllowedHosts": "*"', "}"]
    return r.choice(["src/%s.Api/appsettings.Production.json" % r.choice(APPS), "appsettings.json"]), L, "json"


@tpl("appsettings_tok", "tok", [U8B, U8B, U16], eols=WIN_EOL, provs=NOHOOK, bad='"\\')
def _(r, v, p, c):
    L = ["{", '  "Logging": { "LogLevel": { "Default": "Warning" } },', '  "%s": {' % p["short"].capitalize(),
         '    "BaseUrl": "%s",' % purl(p), '    "%s": "%s",' % (r.choice(["ApiKey", "Token", "SecretKey"]), v),
         '    "TimeoutSeconds": %d' % r.choice([10, 30, 100]), "  },", '  "AllowedHosts": "*"', "}"]
    return "src/%s.Worker/appsettings.json" % r.choice(APPS), L, "json"


@tpl("local_settings_json", "tok", [U8B, U8], eols=WIN_EOL, provs=["azure:storage_account_key"])
def _(r, v, p, c):
    acct = co(r).replace("-", "") + "func"
    L = ["{", '  "IsEncrypted": false,', '  "Values": {',
         '    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net",' % (acct, v),
         '    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated"', "  }", "}"]
    return "src/Functions/local.settings.json", L, "json"


@tpl("launch_settings", "tok", [U8B, U8], eols=WIN_EOL, provs=NOHOOK)
def _(r, v, p, c):
    L = ["{", '  "profiles": {', '    "%s": {' % r.choice(APPS), '      "commandName": "Project",', '      "launchBrowser": true,',
         '      "environmentVariables": {', '        "ASPNETCORE_ENVIRONMENT": "Development",', '        "%s": "%s"' % (p["env"], v),
         "      },", '      "applicationUrl": "https://localhost:%d"' % r.randint(5000, 7999), "    }", "  }", "}"]
    return "src/%s/Properties/launchSettings.json" % r.choice(APPS), L, "json"


@tpl("vscode_sftp", "pw", [U8, U8B], eols=ANY_EOL, bad='"\\')
def _(r, v, p, c):
    L = ["{", '    "name": "%s",' % r.choice(["Produktion", "Recette", "prod"]), '    "host": "%s",' % host(r, "web"), '    "protocol": "sftp",',
         '    "port": 22,', '    "username": "%s",' % user(r), '    "password": "%s",' % v, '    "remotePath": "/var/www/html",',
         '    "uploadOnSave": true', "}"]
    return ".vscode/sftp.json", L, "json"


def filler_words(r, n):
    W = ["Bestellung", "Rechnung", "commande", "livraison", "envío", "pedido", "Lager", "stock", "client", "Kunde", "utilisateur",
         "paramètres", "Übersicht", "résumé", "configuración", "menu", "tableau", "Ansicht", "aide", "suche", "recherche"]
    return " ".join(r.choice(W) for _ in range(n))


def big_config(r, n):
    d = {}
    d["app"] = {"name": r.choice(APPS), "version": "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 200)), "build": rs(r, HEX, 40)}
    for i in range(n):
        k = r.random()
        if k < 0.35:
            d["feature_%s_%d" % (rs(r, string.ascii_lowercase, 5), i)] = r.random() < 0.5
        elif k < 0.7:
            d["label.%s.%d" % (rs(r, string.ascii_lowercase, 6), i)] = filler_words(r, r.randint(2, 6))
        else:
            d["route_%d" % i] = {"path": "/%s/%s" % (rs(r, string.ascii_lowercase, 5), rs(r, string.ascii_lowercase, 4)), "cache": r.randint(0, 3600)}
    return d


def insert_mid(d, key, val, r):
    items = list(d.items())
    i = r.randint(len(items) // 3, 2 * len(items) // 3)
    items.insert(i, (key, val))
    return dict(items)


@tpl("minified_json_config", "tok", [U8, U8B, U16], eols=["lf", "crlf", "none"], provs=NOHOOK)
def _(r, v, p, c):
    d = big_config(r, r.randint(60, 160))
    sec = {"provider": p["name"], "endpoint": purl(p), r.choice(["apiKey", "token", "secret", "key"]): v}
    d = insert_mid(d, "integrations", {p["short"]: sec}, r)
    L = [json.dumps(d, ensure_ascii=r.random() < 0.5, separators=(",", ":"))]
    return r.choice(["wwwroot/config/app.min.json", "public/assets/config.min.json", "dist/runtime-config.json"]), L, "json"


def js_filler(r, n):
    out = []
    tot = 0
    while tot < n:
        a, b = rs(r, string.ascii_letters, 2), rs(r, string.ascii_letters, 1)
        k = r.random()
        if k < 0.3:
            s = "function %s(%s,t){return %s&&t?Object.assign({},%s,t):%s||t}" % (a, b, b, b, b)
        elif k < 0.55:
            s = 'var %s="%s"' % (a, filler_words(r, r.randint(1, 3)).replace('"', ""))
        elif k < 0.75:
            s = "%s.prototype.%s=function(e){this._%s=e;return this}" % (a.upper(), rs(r, string.ascii_lowercase, 6), rs(r, string.ascii_lowercase, 3))
        else:
            s = "const %s=[%s]" % (a, ",".join(str(r.randint(0, 999)) for _ in range(r.randint(3, 12))))
        out.append(s)
        tot += len(s) + 1
    return ";".join(out)


@tpl("js_bundle_longline", "tok", [U8, U8, U8B], eols=["lf", "none", "crlf"], provs=["google:api_key", "stripe:secret_key", "sendgrid:api_key", "openai:api_key", "mailgun:api_key", "slack:webhook_url", "github:personal_access_token", "twilio:auth_token", "datadog:api_key"])
def _(r, v, p, c):
    left = js_filler(r, r.randint(5000, 9000))
    right = js_filler(r, r.randint(5000, 9000))
    cfg = 'const Cfg={env:"production",apiBase:"%s",%s:"%s",retries:3}' % (purl(p), r.choice(["apiKey", "token", "secretKey", "key"]), v)
    L = ["/*! %s v%d.%d.%d | (c) %s */" % (r.choice(APPS).lower(), r.randint(1, 5), r.randint(0, 20), r.randint(0, 9), co(r)),
         left + ";" + cfg + ";" + right]
    if r.random() < 0.5:
        L.append("//# sourceMappingURL=main.%s.js.map" % rs(r, HEX, 8))
    return "dist/assets/main.%s.js" % rs(r, HEX, 8), L, "js"


@tpl("gcp_sa_json", "pem", [U8, U8B, U16], eols=["lf", "crlf", "none"])
def _(r, v, p, c):
    label, body = v
    esc = r.choice(["\\n", "\\n", "\\r\\n"])
    assert label == "PRIVATE KEY"
    pk = "-----BEGIN PRIVATE KEY-----" + esc + esc.join(body) + esc + "-----END PRIVATE KEY-----" + esc
    proj = "%s-%s-%d" % (co(r), r.choice(["prod", "data", "ml"]), r.randint(100000, 999999))
    L = ["{", '  "type": "service_account",', '  "project_id": "%s",' % proj, '  "private_key_id": "%s",' % rs(r, HEX, 40),
         '  "private_key": "%s",' % pk, '  "client_email": "%s@%s.iam.gserviceaccount.com",' % (r.choice(["bq-loader", "deployer", "backup"]), proj),
         '  "client_id": "%s",' % digits(r, 21), '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
         '  "token_uri": "https://oauth2.googleapis.com/token"', "}"]
    return r.choice(["keys/gcp-sa.json", "config/service-account.json", "%s-%s.json" % (proj, rs(r, HEX, 12))]), L, "json"


@tpl("jupyter_crlf", "tok", [U8, U8B], eols=["lf", "crlf"], provs=["openai:api_key", "anthropic:api_key", "huggingface:access_token", "google:api_key", "github:personal_access_token"])
def _(r, v, p, c):
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# %s\r\n" % comment(r, c), "\r\n", "Analyse des retours clients\r\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import os\r\n", "os.environ[\"%s\"] = \"%s\"\r\n" % (p["env"], v), "import pandas as pd"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": ["df = pd.read_csv(\"retours.csv\", sep=\";\", encoding=\"cp1252\")\r\n", "df.head()"]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    L = json.dumps(nb, indent=1, ensure_ascii=r.random() < 0.5).split("\n")
    return "notebooks/Analyse_%s.ipynb" % r.choice(["retours", "Kunden", "ventas"]), L, "ipynb"


@tpl("postman_collection", "tok", [U8, U8B], eols=["lf", "none"], provs=BEARER)
def _(r, v, p, c):
    items = []
    for i in range(r.randint(8, 25)):
        items.append({"name": filler_words(r, 2), "request": {"method": r.choice(["GET", "POST"]), "header": [],
                                                            "url": {"raw": "{{baseUrl}}/v1/%s/%d" % (rs(r, string.ascii_lowercase, 6), i)}}})
    col = {"info": {"_postman_id": guid(r), "name": "%s API" % r.choice(APPS), "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": items, "auth": {"type": "bearer", "bearer": [{"key": "token", "value": v, "type": "string"}]},
           "variable": [{"key": "baseUrl", "value": purl(p)}]}
    L = [json.dumps(col, separators=(",", ":"), ensure_ascii=False)]
    return "tests/postman/%s.postman_collection.json" % r.choice(APPS), L, "json"


@tpl("har_capture", "tok", [U8B, U8], eols=["crlf", "lf"], provs=BEARER)
def _(r, v, p, c):
    ents = []
    for i in range(r.randint(3, 8)):
        ents.append({"startedDateTime": "%sT%s.000Z" % (rdate(r), rtime(r)), "time": r.randint(20, 900),
                     "request": {"method": "GET", "url": "%s/%s" % (purl(p), rs(r, string.ascii_lowercase, 7)),
                                 "headers": [{"name": "Accept", "value": "application/json"}]},
                     "response": {"status": 200, "content": {"size": r.randint(100, 9000), "mimeType": "application/json", "text": filler_words(r, 30)}}})
    k = r.randrange(len(ents))
    ents[k]["request"]["headers"].append({"name": "Authorization", "value": "Bearer " + v})
    har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": ents}}
    L = json.dumps(har, indent=r.choice([None, 2]), ensure_ascii=False).split("\n")
    return "docs/bugs/repro-%d.har" % r.randint(100, 9999), L, "har"


# ---------- misc ----------
@tpl("app_log_nul", "pw", [U8, CP, U16], eols=["crlf", "lf"], bad=";", pad=0.9)
def _(r, v, p, c):
    L = []
    d = rdate(r)
    for i in range(r.randint(5, 40)):
        L.append("%s %s INFO  [worker-%d] %s" % (d, rtime(r), r.randint(1, 8), filler_words(r, 5)))
    L.insert(r.randint(0, len(L)), "%s %s DEBUG [main] Opening connection: Server=%s;Database=%s;User Id=%s;Password=%s;" % (d, rtime(r), host(r), dbname(r), user(r), v))
    return "logs/service-%s.log" % d, L, "log"


@tpl("readme_curl", "tok", [U8, U8B, CP], eols=WIN_EOL, provs=BEARER)
def _(r, v, p, c):
    L = ["# %s - Intégration" % r.choice(APPS), "", comment(r, c), "", "```bash",
         "curl -s %s/%s \\" % (purl(p), r.choice(["me", "models", "user", "projects"])),
         '  -H "Authorization: Bearer %s" \\' % v, '  -H "Content-Type: application/json"', "```", "", "Réponse attendue : `200 OK`."]
    return r.choice(["docs/INTEGRATION.md", "README.md", "docs/api/notes.md"]), L, "md"


@tpl("ps1_pscredential", "pw", [U8B, U16, U8B], eols=WIN_EOL, bad="\"$`'")
def _(r, v, p, c):
    u = "%s\\%s" % (co(r).upper()[:10], user(r))
    L = ["# " + comment(r, c), "$user = '%s'" % u, '$secure = ConvertTo-SecureString "%s" -AsPlainText -Force' % v,
         "$cred = New-Object System.Management.Automation.PSCredential($user, $secure)",
         "Invoke-Command -ComputerName %s -Credential $cred -ScriptBlock { Restart-Service %s }" % (host(r, "app"), r.choice(APPS))]
    return r.choice(["scripts/Restart-Remote.ps1", "deploy/redeploy.ps1"]), L, "ps1"


@tpl("ps1_webhook", "tok", [U8B, U16, U8], eols=WIN_EOL, provs=["slack:webhook_url", "slack:bot_token", "telegram:bot_token", "discord:bot_token"], bad="\"$`'")
def _(r, v, p, c):
    var = r.choice(["token", "hook", "secret"])
    uri = {"slack:webhook_url": "$%s", "slack:bot_token": "'https://slack.com/api/chat.postMessage'",
           "telegram:bot_token": "\"https://api.telegram.org/bot$%s/sendMessage\"",
           "discord:bot_token": "'https://discord.com/api/v10/channels/%s/messages'" % digits(r, 18)}[p["name"] + ":" + p["kind"]]
    if "%s" in uri:
        uri = uri % var
    hdr = " -Headers @{ Authorization = \"%s $%s\" }" % ("Bot" if p["name"] == "discord" else "Bearer", var) if p["kind"] == "bot_token" and p["name"] != "telegram" else ""
    L = ["# " + comment(r, c), "$%s = '%s'" % (var, v), "$body = @{ text = \"Sauvegarde terminée sur $env:COMPUTERNAME\" } | ConvertTo-Json",
         "Invoke-RestMethod -Method Post -Uri %s%s -Body $body -ContentType 'application/json; charset=utf-8'" % (uri, hdr)]
    return "scripts/Notify-Backup.ps1", L, "ps1"


@tpl("dockerfile_env", "tok", [U8, U8B], eols=["crlf", "mixed"], provs=NOHOOK)
def _(r, v, p, c):
    L = ["FROM mcr.microsoft.com/dotnet/aspnet:8.0", "WORKDIR /app", "COPY ./publish .", "ENV ASPNETCORE_URLS=http://+:8080",
         "ENV %s=%s" % (p["env"], v), "EXPOSE 8080", 'ENTRYPOINT ["dotnet", "%s.dll"]' % r.choice(APPS)]
    return r.choice(["Dockerfile", "docker/Dockerfile.prod"]), L, "dockerfile"


@tpl("compose_yaml", "pw", [U8B, U8, U16], eols=WIN_EOL, bad='"\\')
def _(r, v, p, c):
    L = ["services:", "  db:", "    image: mcr.microsoft.com/mssql/server:2022-latest", "    environment:", '      ACCEPT_EULA: "Y"',
         '      MSSQL_SA_PASSWORD: "%s"   # %s' % (v, comment(r, c)), "    ports:", '      - "1433:1433"']
    return "docker-compose.yml", L, "yaml"


@tpl("helm_values", "tok", [U8, U8B], eols=["crlf", "mixed", "lf"], provs=NOHOOK, bad='"\\')
def _(r, v, p, c):
    L = ["replicaCount: 2", "image:", "  repository: registry.%s.io/%s" % (co(r), r.choice(APPS).lower()), "  tag: \"%d.%d\"" % (r.randint(1, 9), r.randint(0, 40)), "",
         "# " + comment(r, c), "env:", "  - name: %s" % p["env"], '    value: "%s"' % v, "  - name: LOG_LEVEL", "    value: info"]
    return "deploy/helm/values-prod.yaml", L, "yaml"


@tpl("db_url_yaml", "pw", [U8, U8B, CP], eols=ANY_EOL, safe=True)
def _(r, v, p, c):
    L = ["production:", "  adapter: postgresql", "  url: postgres://%s:%s@%s:5432/%s" % (user(r), v, host(r), dbname(r).lower()), "  pool: 10"]
    return "config/database.yml", L, "yaml"


@tpl("oracle_jdbc", "pw", [L1, U8, CP], eols=ANY_EOL, safe=True)
def _(r, v, p, c):
    L = ["# " + comment(r, c), "db.driver=oracle.jdbc.OracleDriver",
         "db.url=jdbc:oracle:thin:%s/%s@//%s:1521/%s" % (user(r), v, host(r), r.choice(["ORCL", "PRODPDB", "FINPDB"])), "db.pool.max=20"]
    return "conf/datasource.properties", L, "properties"


@tpl("tfvars", "tok", [U8B, U8, U16], eols=WIN_EOL, provs=NOHOOK, bad='"\\')
def _(r, v, p, c):
    L = ["# " + comment(r, c), 'location = "%s"' % r.choice(["westeurope", "francecentral", "germanywestcentral"]),
         'environment = "prod"', '%s_%s = "%s"' % (p["short"], r.choice(["token", "api_key"]), v)]
    return "infra/terraform/prod.auto.tfvars", L, "tfvars"


@tpl("gitlab_ci", "tok", [U8, U8B], eols=["crlf", "mixed"], provs=NOHOOK, bad='"\\')
def _(r, v, p, c):
    L = ["stages: [build, deploy]", "", "variables:", '  %s: "%s"' % (p["env"], v), '  DOTNET_CLI_TELEMETRY_OPTOUT: "1"', "",
         "deploy:", "  stage: deploy", "  script:", "    - ./deploy.sh"]
    return ".gitlab-ci.yml", L, "yaml"


@tpl("env_file_bom", "tok", [U8B, U8, U16], eols=["crlf", "mixed"], provs=NOHOOK, env=True, w=0.4)
def _(r, v, p, c):
    L = ["# " + comment(r, c), "APP_ENV=production", kv(r, p["env"], v, ["=", "=", " = "]), "LOG_LEVEL=warn"]
    return r.choice([".env", ".env.local", ".env.production"]), L, "env"


@tpl("pem_key_file", "pem", [U8, U8B, U8, CP], eols=["crlf", "crlf", "lf", "mixed"], pad=0.1)
def _(r, v, p, c):
    label, body = v
    L = ["-----BEGIN %s-----" % label] + body + ["-----END %s-----" % label]
    return r.choice(["certs/server.key", "deploy/ssl/%s.key" % co(r), "config/jwt-signing.pem", "keys/private.pem"]), L, "pem"


@tpl("pem_in_yaml", "pem", [U8B, U8], eols=["crlf", "mixed"])
def _(r, v, p, c):
    label, body = v
    L = ["tls:", "  enabled: true", "  certFile: /etc/ssl/certs/app.crt", "  privateKey: |", "    -----BEGIN %s-----" % label] + \
        ["    " + b for b in body] + ["    -----END %s-----" % label, "  minVersion: \"1.2\""]
    return "deploy/config/tls.yaml", L, "yaml"


@tpl("ppk_file", "ppk", [U8, CP, U8B], eols=["crlf", "crlf", "lf"])
def _(r, v, p, c):
    L = v
    return r.choice(["tools/putty/%s.ppk" % user(r), "keys/deploy.ppk"]), L, "ppk"


# ----------------------------------------------------------------------------------------
def gen_ppk(r):
    if r.random() < 0.5:
        pub = ssh_str(b"ssh-ed25519") + ssh_str(rbytes(r, 32))
        priv = ssh_str(rbytes(r, 32))
        pl, vl = wrap(base64.b64encode(pub).decode()), wrap(base64.b64encode(priv).decode())
        L = ["PuTTY-User-Key-File-3: ssh-ed25519", "Encryption: none", "Comment: eddsa-key-%s" % rdate(r).replace("-", ""),
             "Public-Lines: %d" % len(pl)] + pl + ["Private-Lines: %d" % len(vl)] + vl + ["Private-MAC: %s" % rs(r, HEX, 64)]
    else:
        n = b"\x00" + _rint(r, 256)
        pub = ssh_str(b"ssh-rsa") + ssh_str(b"\x01\x00\x01") + ssh_str(n)
        priv = ssh_str(b"\x00" + _rint(r, 256)) + ssh_str(b"\x00" + _rint(r, 128)) + ssh_str(b"\x00" + _rint(r, 128)) + ssh_str(_rint(r, 128))
        pl, vl = wrap(base64.b64encode(pub).decode()), wrap(base64.b64encode(priv).decode())
        L = ["PuTTY-User-Key-File-2: ssh-rsa", "Encryption: none", "Comment: rsa-key-%s" % rdate(r).replace("-", ""),
             "Public-Lines: %d" % len(pl)] + pl + ["Private-Lines: %d" % len(vl)] + vl + ["Private-MAC: %s" % rs(r, HEX, 40)]
    return L, vl[0]


# ----------------------------------------------------------------------------------------
# look-alike negatives
@look("reg_clsid", [U16, U16, U16BE])
def _(r, c):
    g, a = guid(r, True, True), guid(r, True, True)
    cn = co(r).capitalize()
    L = reg_head() + ["[HKEY_CLASSES_ROOT\\CLSID\\%s]" % g, '@="%s Shell Extension"' % cn, '"AppID"="%s"' % a, "",
                      "[HKEY_CLASSES_ROOT\\CLSID\\%s\\InprocServer32]" % g, '@="C:\\\\Program Files\\\\%s\\\\ShellExt64.dll"' % cn,
                      '"ThreadingModel"="Apartment"', "", "[HKEY_CLASSES_ROOT\\CLSID\\%s\\ProgID]" % g, '@="%s.ShellExt.1"' % cn, "",
                      "[HKEY_CLASSES_ROOT\\AppID\\%s]" % a, '"DllSurrogate"=""', "", ""]
    return "installer/registry/shellext.reg", L, "reg", "guid"


@look("reg_uninstall", [U16, U16])
def _(r, c):
    pc = guid(r, True, True)
    cn, app = co(r).capitalize(), r.choice(APPS)
    L = reg_head() + ["[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\%s]" % pc,
                      '"DisplayName"="%s %s"' % (cn, app), '"DisplayVersion"="%d.%d.%d"' % (r.randint(1, 9), r.randint(0, 9), r.randint(100, 9999)),
                      '"Publisher"="%s GmbH"' % cn, '"InstallDate"="%s"' % rdate(r).replace("-", ""),
                      '"UninstallString"="MsiExec.exe /X%s"' % pc, '"ModifyPath"="MsiExec.exe /I%s"' % pc,
                      '"EstimatedSize"=dword:%08x' % r.randint(1000, 900000), '"UpgradeCode"="%s"' % guid(r, True, True),
                      '"BundleProviderKey"="%s"' % guid(r, False, True), "", ""]
    return "installer/uninstall-entry.reg", L, "reg", "product_code"


def hexrows(b, first_prefix):
    hx = ",".join("%02x" % x for x in b)
    out, line = [], first_prefix
    for part in hx.split(","):
        if len(line) + 3 > 78:
            out.append(line + ",\\")
            line = "  " + part
        else:
            line = line + ("," if not line.endswith(":") else "") + part
    out.append(line)
    return out


@look("reg_binary_blob", [U16])
def _(r, c):
    L = reg_head() + ["[HKEY_CURRENT_USER\\Software\\%s\\%s\\Window]" % (co(r).capitalize(), r.choice(APPS))]
    L += hexrows(rbytes(r, r.randint(40, 120)), '"Placement"=hex:')
    L += ['"Maximized"=dword:00000000']
    L += hexrows(bytes.fromhex("01000000d08c9ddf0115d1118c7a00c04fc297eb01000000") + rbytes(r, r.randint(120, 220)), '"SavedPassword"=hex:')
    L += ["", ""]
    return "support/registry/window-state.reg", L, "reg", "dpapi_blob"


@look("ps_get_filehash", [U16, U16])
def _(r, c):
    L = ["", "Algorithm       Hash                                                                   Path", "---------       ----                                                                   ----"]
    for _ in range(r.randint(2, 8)):
        L.append("SHA256          %s       C:\\Build\\out\\%s" % (rs(r, HEX, 64).upper(), r.choice(["setup.exe", "Lager.msi", "agent.zip", "Kasse.dll", "update.cab"])))
    return "release/checksums.txt", L + ["", ""], "txt", "sha256"


@look("certutil_hash", [U16, U8, CP, U16BE], eols=["crlf"])
def _(r, c):
    f = r.choice(["Setup_%s.exe" % r.choice(APPS), "firmware.bin", "Lieferschein-Vorlage.docx"])
    alg = r.choice(["SHA256", "SHA1", "MD5", "SHA512"])
    L = ["%s hash of %s:" % (alg, f), rs(r, HEX, {"SHA256": 64, "SHA1": 40, "MD5": 32, "SHA512": 128}[alg]), "CertUtil: -hashfile command completed successfully."]
    return "release/%s.sha256.txt" % f, L, "txt", "sha256"


@look("sha256sums", [U8, U8B], eols=["lf", "crlf", "cr"])
def _(r, c):
    L = ["%s  %s" % (rs(r, HEX, 64), n) for n in ["agent-linux-amd64.tar.gz", "agent-windows-amd64.zip", "agent-darwin-arm64.tar.gz", "SBOM.spdx.json"][:r.randint(2, 4)]]
    return "dist/SHA256SUMS", L, "txt", "sha256"


@look("ssh_public_keys", [U8, U8B, U16, U16BE], eols=["crlf", "lf", "mixed"])
def _(r, c):
    L = []
    for _ in range(r.randint(1, 4)):
        if r.random() < 0.5:
            L.append("ssh-rsa %s %s@%s" % (ssh_rsa_pub(r), user(r), r.choice(["WS-0412", "laptop", "build01"])))
        else:
            L.append("ssh-ed25519 %s %s" % (ssh_ed_pub(r), r.choice(["eddsa-key-20240311", "jdupont@portable", "deploy"])))
    return r.choice(["ansible/files/authorized_keys", "keys/deploy.pub", "docs/ssh/team-keys.txt"]), L, "pub", "public_key"


@look("pem_certificate", [U8, U8B, U16], eols=["crlf", "lf", "mixed"], pad=0.1)
def _(r, c):
    L = []
    for _ in range(r.randint(1, 2)):
        L += ["-----BEGIN CERTIFICATE-----"] + cert_body(r) + ["-----END CERTIFICATE-----"]
    return r.choice(["certs/ca-bundle.crt", "deploy/ssl/%s.cer" % co(r), "config/root-ca.pem"]), L, "pem", "certificate"


@look("pem_public_key", [U8, U8B, CP], eols=["crlf", "lf", "cr"])
def _(r, c):
    L = ["-----BEGIN PUBLIC KEY-----"] + wrap(base64.b64encode(rsa_spki_or_pkcs8(r, 2048, False)).decode()) + ["-----END PUBLIC KEY-----"]
    return r.choice(["config/jwt-public.pem", "keys/license-verify.pub.pem"]), L, "pem", "public_key"


@look("sln_file", [U8B], eols=["crlf"])
def _(r, c):
    L = ["", "Microsoft Visual Studio Solution File, Format Version 12.00", "# Visual Studio Version 17", "VisualStudioVersion = 17.8.34330.188",
         "MinimumVisualStudioVersion = 10.0.40219.1"]
    projs = []
    for _ in range(r.randint(2, 5)):
        n, g = r.choice(APPS) + r.choice(["", ".Core", ".Tests", ".Api"]), guid(r, True, True)
        projs.append(g)
        L += ['Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "%s", "%s\\%s.csproj", "%s"' % (n, n, n, g), "EndProject"]
    L += ["Global", "\tGlobalSection(SolutionConfigurationPlatforms) = preSolution", "\t\tDebug|Any CPU = Debug|Any CPU",
          "\t\tRelease|Any CPU = Release|Any CPU", "\tEndGlobalSection", "\tGlobalSection(ProjectConfigurationPlatforms) = postSolution"]
    for g in projs:
        L += ["\t\t%s.Debug|Any CPU.ActiveCfg = Debug|Any CPU" % g, "\t\t%s.Release|Any CPU.Build.0 = Release|Any CPU" % g]
    L += ["\tEndGlobalSection", "\tGlobalSection(ExtensibilityGlobals) = postSolution", "\t\tSolutionGuid = %s" % guid(r, True, True), "\tEndGlobalSection", "EndGlobal"]
    return "%s.sln" % r.choice(APPS), L, "sln", "guid"


@look("csproj_ids", [U8B, U8], eols=["crlf"])
def _(r, c):
    L = ['<Project Sdk="Microsoft.NET.Sdk.Web">', "  <PropertyGroup>", "    <TargetFramework>net8.0</TargetFramework>",
         "    <UserSecretsId>%s</UserSecretsId>" % guid(r), "    <ProjectGuid>%s</ProjectGuid>" % guid(r, True, True),
         "    <AssemblyVersion>%d.%d.%d.%d</AssemblyVersion>" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 99), r.randint(1000, 9999)),
         "  </PropertyGroup>", "  <ItemGroup>", '    <PackageReference Include="Microsoft.Data.SqlClient" Version="5.2.0" />',
         '    <PackageReference Include="Serilog.AspNetCore" Version="8.0.1" />', "  </ItemGroup>", "</Project>"]
    return "src/%s.Api/%s.Api.csproj" % ((r.choice(APPS),) * 2), L, "csproj", "guid"


@look("inf_driver", [U16, U16, CP], eols=["crlf"])
def _(r, c):
    cn = co(r).capitalize()
    L = ["; %s USB Scanner driver" % cn, "; " + comment(r, c), "", "[Version]", 'Signature="$WINDOWS NT$"', "Class=Image",
         "ClassGuid={6bdd1fc6-810f-11d0-bec7-08002be2092f}", "Provider=%%%s%%" % cn, "CatalogFile=%sscan.cat" % cn.lower()[:6],
         "DriverVer=%02d/%02d/%d,%d.%d.%d.%d" % (r.randint(1, 12), r.randint(1, 28), r.randint(2018, 2025), r.randint(1, 9), r.randint(0, 9), r.randint(0, 99), r.randint(0, 9999)),
         "PnpLockdown=1", "", "[Manufacturer]", "%%%s%%=Models,NTamd64" % cn, "", "[Models.NTamd64]",
         "%%Scanner.DeviceDesc%%=Scanner_Install,USB\\VID_%04X&PID_%04X" % (r.getrandbits(16), r.getrandbits(16)), "", "[Strings]",
         '%s="%s"' % (cn, cn), 'Scanner.DeviceDesc="%s Dokumentenscanner"' % cn]
    return "drivers/scanner/%sscan.inf" % cn.lower()[:6], L, "inf", "guid"


@look("rdp_file_dpapi", [U16, U16], eols=["crlf"])
def _(r, c):
    blob = "01000000D08C9DDF0115D1118C7A00C04FC297EB01000000" + rs(r, "0123456789ABCDEF", r.randint(400, 700))
    L = ["screen mode id:i:2", "use multimon:i:0", "desktopwidth:i:1920", "desktopheight:i:1080", "session bpp:i:32",
         "full address:s:%s" % host(r, "ts"), "audiomode:i:0", "redirectprinters:i:1", "username:s:%s\\%s" % (co(r).upper()[:10], user(r)),
         "password 51:b:%s" % blob, "authentication level:i:2", "prompt for credentials:i:0", "gatewayhostname:s:rdgw.%s.com" % co(r)]
    return "docs/remote/%s.rdp" % r.choice(["Terminalserver", "ERP", "Buchhaltung"]), L, "rdp", "dpapi_ciphertext"


@look("clixml_credential", [U16, U8B], eols=["crlf"])
def _(r, c):
    blob = "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000" + rs(r, HEX, r.randint(300, 500))
    L = ['<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">', '  <Obj RefId="0">', '    <TN RefId="0">',
         "      <T>System.Management.Automation.PSCredential</T>", "      <T>System.Object</T>", "    </TN>",
         "    <ToString>System.Management.Automation.PSCredential</ToString>", "    <Props>",
         '      <S N="UserName">%s\\%s</S>' % (co(r).upper()[:10], user(r)), '      <SS N="Password">%s</SS>' % blob,
         "    </Props>", "  </Obj>", "</Objs>"]
    return "scripts/cred/%s.clixml" % user(r), L, "xml", "dpapi_ciphertext"


@look("webconfig_encrypted", [U8B, U8], eols=["crlf"])
def _(r, c):
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", '  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">',
         '    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">',
         '      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />', '      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">',
         '        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">', '          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />',
         '          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><KeyName>Rsa Key</KeyName></KeyInfo>',
         "          <CipherData><CipherValue>%s</CipherValue></CipherData>" % base64.b64encode(rbytes(r, 256)).decode(),
         "        </EncryptedKey>", "      </KeyInfo>", "      <CipherData>",
         "        <CipherValue>%s</CipherValue>" % base64.b64encode(rbytes(r, r.randint(160, 400))).decode(), "      </CipherData>",
         "    </EncryptedData>", "  </connectionStrings>", "</configuration>"]
    return "src/Web/Web.config", L, "xml", "ciphertext"


@look("nuget_encrypted", [U8B, U8], eols=["crlf"])
def _(r, c):
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <packageSourceCredentials>", "    <Internal>",
         '      <add key="Username" value="build" />',
         '      <add key="Password" value="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA%s" />' % base64.b64encode(rbytes(r, r.randint(150, 260))).decode(),
         "    </Internal>", "  </packageSourceCredentials>", "</configuration>"]
    return "NuGet.Config", L, "xml", "dpapi_ciphertext"


@look("iis_apphost_enc", [U8B], eols=["crlf"])
def _(r, c):
    L = ["<configuration>", "  <system.applicationHost>", "    <applicationPools>",
         '      <add name="%sPool" managedRuntimeVersion="v4.0">' % r.choice(APPS),
         '        <processModel identityType="SpecificUser" userName="%s\\%s" password="[enc:IISWASOnlyCngProvider:%s:enc]" />' % (
             co(r).upper()[:10], user(r), base64.b64encode(rbytes(r, r.randint(48, 96))).decode()),
         "      </add>", "    </applicationPools>", "  </system.applicationHost>", "</configuration>"]
    return "iis/applicationHost.config", L, "xml", "ciphertext"


@look("package_lock_min", [U8, U8B], eols=["lf", "none"])
def _(r, c):
    pk = {}
    for _ in range(r.randint(40, 120)):
        n = rs(r, string.ascii_lowercase, r.randint(3, 10))
        pk["node_modules/" + n] = {"version": "%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 30)),
                                   "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (n, n),
                                   "integrity": "sha512-" + base64.b64encode(rbytes(r, 64)).decode()}
    d = {"name": r.choice(APPS).lower(), "lockfileVersion": 3, "requires": True, "packages": pk}
    return "frontend/package-lock.json", [json.dumps(d, separators=(",", ":"))], "json", "integrity_hash"


@look("resx_base64", [U8B, U8], eols=["crlf"])
def _(r, c):
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rbytes(r, r.randint(200, 600))).decode()
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<root>", '  <data name="Titel" xml:space="preserve">', "    <value>%s</value>" % comment(r, c), "  </data>",
         '  <data name="logo" type="System.Drawing.Bitmap, System.Drawing" mimetype="application/x-microsoft.net.object.bytearray.base64">', "    <value>"] + \
        ["        " + x for x in wrap(png, 80)] + ["</value>", "  </data>", "</root>"]
    return "src/%s/Resources.resx" % r.choice(APPS), L, "resx", "base64_image"


@look("js_bundle_sourcemap", [U8, U8B], eols=["lf", "none"])
def _(r, c):
    sm = json.dumps({"version": 3, "file": "main.js", "sources": ["src/%s.ts" % rs(r, string.ascii_lowercase, 6) for _ in range(6)],
                     "names": [rs(r, string.ascii_letters, 5) for _ in range(30)], "mappings": ";".join(rs(r, "ACEGIKMOQSUWYacegikmoqsuwy", 8) for _ in range(200))})
    L = [js_filler(r, r.randint(6000, 12000)) + ';var __h="sha384-%s"' % base64.b64encode(rbytes(r, 48)).decode(),
         "//# sourceMappingURL=data:application/json;charset=utf-8;base64," + base64.b64encode(sm.encode()).decode()]
    return "dist/assets/main.%s.js" % rs(r, HEX, 8), L, "js", "base64_data"


@look("minified_json_ids", [U8, U8B, U16], eols=["lf", "none", "crlf"])
def _(r, c):
    d = big_config(r, r.randint(60, 150))
    d = insert_mid(d, "azureAd", {"instance": "https://login.microsoftonline.com/", "tenantId": guid(r), "clientId": guid(r),
                                  "scopes": ["api://%s/access_as_user" % guid(r)]}, r)
    d = insert_mid(d, "telemetry", {"instrumentationKey": guid(r), "sessionSampling": 25}, r)
    d = insert_mid(d, "assetsHash", rs(r, HEX, 64), r)
    return "wwwroot/config/app.min.json", [json.dumps(d, separators=(",", ":"), ensure_ascii=r.random() < 0.5)], "json", "public_ids"


@look("event_log_export", [U16, U16], eols=["crlf"])
def _(r, c):
    L = []
    for _ in range(r.randint(2, 5)):
        L += ["Log Name:      Security", "Source:        Microsoft-Windows-Security-Auditing", "Date:          %sT%s.%03d" % (rdate(r), rtime(r), r.randint(0, 999)),
              "Event ID:      4624", "Task Category: Logon", "Level:         Information", "Description:", "An account was successfully logged on.", "",
              "Subject:", "\tSecurity ID:\t\tS-1-5-18", "\tLogon ID:\t\t0x3E7", "", "New Logon:",
              "\tSecurity ID:\t\tS-1-5-21-%d-%d-%d-%d" % (r.getrandbits(32), r.getrandbits(32), r.getrandbits(32), r.randint(1000, 9999)),
              "\tAccount Name:\t\t%s" % user(r), "\tLogon GUID:\t\t%s" % guid(r, False, True), ""]
    return "support/incident-%d/security-events.txt" % r.randint(100, 999), L, "txt", "sid_guid"


@look("terraform_lock", [U8, U8B], eols=["lf", "crlf"])
def _(r, c):
    L = ["# This file is maintained automatically by \"terraform init\".", "# Manual edits may be lost in future updates.", ""]
    for prov in r.sample(["hashicorp/azurerm", "hashicorp/aws", "hashicorp/random", "hashicorp/azuread"], 2):
        L += ['provider "registry.terraform.io/%s" {' % prov, '  version     = "%d.%d.%d"' % (r.randint(2, 5), r.randint(0, 90), r.randint(0, 9)),
              '  constraints = "~> %d.0"' % r.randint(2, 5), "  hashes = [", '    "h1:%s",' % base64.b64encode(rbytes(r, 32)).decode()]
        for _ in range(r.randint(3, 8)):
            L.append('    "zh:%s",' % rs(r, HEX, 64))
        L += ["  ]", "}", ""]
    return "infra/terraform/.terraform.lock.hcl", L, "hcl", "checksum"


@look("go_sum", [U8], eols=["lf", "crlf"])
def _(r, c):
    L = []
    for _ in range(r.randint(5, 20)):
        m = "github.com/%s/%s" % (rs(r, string.ascii_lowercase, 6), rs(r, string.ascii_lowercase, 5))
        ver = "v%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 20))
        L += ["%s %s h1:%s" % (m, ver, base64.b64encode(rbytes(r, 32)).decode()), "%s %s/go.mod h1:%s" % (m, ver, base64.b64encode(rbytes(r, 32)).decode())]
    return "go.sum", L, "gosum", "checksum"


@look("jwks_public", [U8B, U8], eols=["crlf", "lf"])
def _(r, c):
    keys = [{"kty": "RSA", "use": "sig", "kid": rs(r, B64U, 27), "x5t": rs(r, B64U, 27),
             "n": base64.urlsafe_b64encode(_rint(r, 256)).decode().rstrip("="), "e": "AQAB"} for _ in range(r.randint(1, 3))]
    return "config/jwks.json", json.dumps({"keys": keys}, indent=2).split("\n"), "json", "public_key"


@look("wix_product", [U8B, U8], eols=["crlf"])
def _(r, c):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">',
         '  <Product Id="%s" Name="%s" Language="1031" Version="%d.%d.0" Manufacturer="%s" UpgradeCode="%s">' % (
             guid(r, True), r.choice(APPS), r.randint(1, 9), r.randint(0, 9), co(r).capitalize(), guid(r, True)),
         '    <Package InstallerVersion="500" Compressed="yes" InstallScope="perMachine" />',
         '    <Component Id="MainExe" Guid="%s" Directory="INSTALLFOLDER">' % guid(r, True),
         '      <File Id="MainExe" Source="$(var.BinDir)\\app.exe" KeyPath="yes" />', "    </Component>", "  </Product>", "</Wix>"]
    return "installer/Product.wxs", L, "wxs", "product_code"


@look("pgp_public_key", [U8, U8B], eols=["crlf", "lf"])
def _(r, c):
    body = wrap(base64.b64encode(b"\x99\x01\x0d\x04" + rbytes(r, r.randint(600, 900))).decode())
    L = ["-----BEGIN PGP PUBLIC KEY BLOCK-----", "", *body, "=" + base64.b64encode(rbytes(r, 3)).decode(), "-----END PGP PUBLIC KEY BLOCK-----"]
    return r.choice(["KEYS", "docs/security/release-signing.asc"]), L, "asc", "public_key"


@look("htpasswd_bcrypt", [U8, CP], eols=["lf", "crlf"])
def _(r, c):
    bc = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
    L = ["%s:$2y$%02d$%s" % (u, r.choice([10, 12]), rs(r, bc, 53)) for u in r.sample(USERS, r.randint(2, 4))]
    return "deploy/nginx/.htpasswd", L, "htpasswd", "password_hash"


@look("sql_revlogin_hashed", [U16, U8B], eols=["crlf"])
def _(r, c):
    L = ["-- Login: %s" % user(r)]
    for _ in range(r.randint(1, 3)):
        u = user(r)
        L.append("CREATE LOGIN [%s] WITH PASSWORD = 0x0200%s HASHED, SID = 0x%s, DEFAULT_DATABASE = [%s], CHECK_POLICY = OFF, CHECK_EXPIRATION = OFF" % (
            u, rs(r, "0123456789ABCDEF", 136), rs(r, "0123456789ABCDEF", 32), dbname(r)))
        L.append("GO")
    return "database/migration/logins-transfer.sql", L, "sql", "password_hash"


@look("ini_base64_banner", [U16, CP, U8B, U16BE], eols=["crlf", "cr"])
def _(r, c):
    txt = "%s - %s" % (comment(r, c), filler_words(r, 8))
    b = base64.b64encode(txt.encode("utf-8")).decode()
    L = ["[Anzeige]", kv(r, "BannerBase64", b), kv(r, "LogoSha1", rs(r, HEX, 40)), kv(r, "InstanceId", guid(r, True, True)), "",
         "[Lizenz]", kv(r, "Seriennummer", "%s-%s-%s" % (rs(r, UPDIG, 4), rs(r, UPDIG, 4), rs(r, UPDIG, 4))), kv(r, "Pruefsumme", "%08X" % r.getrandbits(32))]
    return "config/anzeige.ini", L, "ini", "base64_data"


@look("git_lfs_docker_digests", [U8, U8B], eols=["crlf", "lf", "mixed"])
def _(r, c):
    L = ["services:"]
    for s in r.sample(["api", "worker", "web", "db"], 3):
        L += ["  %s:" % s, "    image: registry.%s.io/%s@sha256:%s" % (co(r), s, rs(r, HEX, 64))]
    return "deploy/compose.pinned.yml", L, "yaml", "digest"


@look("changelog_shas", [CP, L1, U8], eols=["crlf", "lf", "cr"])
def _(r, c):
    L = ["Änderungsprotokoll / Journal des modifications", ""]
    for _ in range(r.randint(4, 12)):
        L.append("* %s %s (%s)" % (rs(r, HEX, 40 if r.random() < 0.5 else 7), filler_words(r, 5), rdate(r)))
    return "CHANGELOG.txt", L, "txt", "commit_sha"


# ----------------------------------------------------------------------------------------
# negative slot values
def neg_value(r, t, p, c):
    slot = t["slot"]
    bad = t["bad"]
    if slot == "pw":
        pool = ["changeme", "CHANGE_ME", "<password>", "<your-password>", "********", "[REDACTED]", "", "${DB_PASSWORD}", "%DB_PASSWORD%",
                "#{SqlPassword}#", "$(SqlPassword)", "votre_mot_de_passe", "IhrPasswortHier", "contraseña", "senha_aqui", "wachtwoord",
                "password", "xxxxxxxx", "TODO", "{{ db_password }}", "__DB_PASSWORD__", "@@PASSWORD@@"]
        if c.uni:
            pool += ["パスワード", "пароль", "密码"]
    elif slot == "aws":
        kind = r.randrange(5)
        if kind == 0:
            p["kid"] = "AKIAIOSFODNN7EXAMPLE"
            return "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "documented_example"
        if kind == 1:
            p["kid"] = "YOUR_ACCESS_KEY_ID"
            return "YOUR_SECRET_ACCESS_KEY", "placeholder"
        if kind == 2:
            p["kid"] = "AKIA****************"
            return "*" * 40, "masked"
        if kind == 3:
            p["kid"] = ""
            return "", "empty"
        p["kid"] = "${AWS_ACCESS_KEY_ID}" if "$" not in bad else "%AWS_ACCESS_KEY_ID%"
        return ("${AWS_SECRET_ACCESS_KEY}" if "$" not in bad else "%AWS_SECRET_ACCESS_KEY%"), "reference"
    else:
        e = p["env"]
        pool = ["YOUR_%s" % e, "<your-%s-token>" % p["short"], "xxxxxxxxxxxxxxxxxxxxxxxx", "changeme", "********", "[REDACTED]", "", "${%s}" % e,
                "%%%s%%" % e, "$env:%s" % e, "#{%s}#" % p["camel"], "$(%s)" % p["camel"], "{{ secrets.%s }}" % e, "VOTRE_CLE_API",
                "IHR_API_SCHLUESSEL", "tu-clave-aquí", "insert-token-here", "TODO: aus Vault holen"]
        if c.uni:
            pool += ["ここにAPIキー", "вставьте_ключ"]
        k = p["kind"]
        if p["name"] == "azure" and k == "storage_account_key":
            pool += ["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="] * 4
        if p["name"] == "stripe":
            pool += ["pk_live_" + rs(r, ALNUM, 24)] * 3
        if p["name"] == "twilio":
            pool += ["AC" + rs(r, HEX, 32)] * 2
        if p["name"] == "google":
            pool += ["%s-%s.apps.googleusercontent.com" % (digits(r, 12), rs(r, string.ascii_lowercase + string.digits, 32))] * 2
        if p["name"] == "github":
            pool += ["ghp_" + "x" * 36, "ghp_" + "*" * 36]
        if p["name"] == "openai":
            pool += ["sk-...", "sk-proj-..." + rs(r, ALNUM, 4)]
        if p["name"] == "slack":
            pool += ["xoxb-your-bot-token", "https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"]
    pool = [x for x in pool if not any(ch in bad for ch in x)] or ["changeme"]
    if t.get("safe"):
        pool = [x for x in pool if all(ch in ALNUM + "-_." for ch in x)] or ["changeme"]
    v = r.choice(pool)
    if v == "":
        kind = "empty"
    elif "*" in v or "REDACTED" in v or v.endswith("..."):
        kind = "masked"
    elif any(s in v for s in ("${", "%", "$env", "#{", "$(", "{{", "__", "@@")):
        kind = "reference"
    elif v.startswith(("pk_live_", "AC", "Eby8")) or v.endswith("googleusercontent.com") or (len(v) == 36 and v.count("-") == 4):
        kind = "public_or_example"
    else:
        kind = "placeholder"
    return v, kind


# ----------------------------------------------------------------------------------------
# layout / encoding
def encode(text, enc):
    if enc == U16:
        return b"\xff\xfe" + text.encode("utf-16-le")
    if enc == U16BE:
        return b"\xfe\xff" + text.encode("utf-16-be")
    if enc == U8B:
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if enc == U8:
        return text.encode("utf-8")
    if enc == CP:
        return text.encode("cp1252")
    return text.encode("latin-1")


def decode(b, enc):
    if enc == U16:
        assert b[:2] == b"\xff\xfe"
        return b[2:].decode("utf-16-le")
    if enc == U16BE:
        assert b[:2] == b"\xfe\xff"
        return b[2:].decode("utf-16-be")
    if enc == U8B:
        assert b[:3] == b"\xef\xbb\xbf"
        return b[3:].decode("utf-8")
    if enc == U8:
        return b.decode("utf-8")
    if enc == CP:
        return b.decode("cp1252")
    return b.decode("latin-1")


def fix_decl(lines, enc):
    if lines and lines[0].startswith("<?xml") and "encoding=" in lines[0]:
        want = {U16: "utf-16", U16BE: "utf-16", U8B: "utf-8", U8: "utf-8", CP: "windows-1252", L1: "ISO-8859-1"}[enc]
        head = lines[0]
        i = head.index("encoding=") + 10
        j = head.index(head[i - 1], i)
        cur = head[i:j]
        if cur.lower().replace("-", "") != want.lower().replace("-", ""):
            lines = [head[:i] + want + head[j:]] + lines[1:]
    return lines


def render(r, lines, eol, t, is_ff):
    out = []
    trail = r.random() < 0.25
    for ln in lines:
        if trail and r.random() < 0.2:
            ln += r.choice([" ", "  ", "\t", " \t", "    "])
        out.append(ln)
    if is_ff and r.random() < 0.5:
        for i in range(1, len(out)):
            if out[i] == "" and r.random() < 0.5:
                out[i] = "\f"
    if eol == "none":
        return out[0] if len(out) == 1 else "\n".join(out)
    if eol == "mixed":
        seps = [r.choice(["\r\n", "\r\n", "\n", "\n", "\r"]) for _ in out]
    else:
        seps = [{"crlf": "\r\n", "lf": "\n", "cr": "\r"}[eol]] * len(out)
    final = r.random() < 0.8
    s = "".join(ln + seps[i] for i, ln in enumerate(out))
    if not final:
        s = s[: -len(seps[-1])]
    if r.random() < t.get("pad", 0.03):
        s += "\x00" * r.choice([1, 2, 16, 100, 512, 1024, r.randint(1, 4096)])
    return s


def line_of(text, needle):
    i = text.find(needle)
    assert i >= 0, "needle missing"
    pre = text[:i]
    return 1 + pre.count("\n") + pre.count("\r") - pre.count("\r\n")


def split_lines(text):
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def weighted_cycle(r, items, n):
    base = []
    while len(base) < n:
        blk = [t for t in items if r.random() < t.get("w", 1)]
        r.shuffle(blk)
        base += blk
    return base[:n]


PROV_W = {"github": 3, "openai": 2.5, "stripe": 2.5, "slack": 2, "google": 2, "azure": 2, "sendgrid": 1.5, "anthropic": 1.5,
          "gitlab": 1.5, "npm": 1.2, "twilio": 1.2}


def pick_prov(r, keys):
    return r.choices(keys, [PROV_W.get(PROV[k]["name"], 1.0) for k in keys])[0]


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0].strip())
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    for sub in ("pos", "neg"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    manifest, secrets = [], []
    used = set()

    def fresh(gen):
        while True:
            s = gen()
            if s not in used:
                used.add(s)
                return s

    # ----- positives
    normal = [t for t in TEMPLATES if not t["env"]]
    envt = [t for t in TEMPLATES if t["env"]]
    plan = weighted_cycle(r, normal, 500 - 12) + [r.choice(envt) for _ in range(12)]
    r.shuffle(plan)
    for i, t in enumerate(plan):
        enc = r.choice(t["encs"])
        c = Ctx(enc, False)
        p = {}
        slot = t["slot"]
        if slot == "tok":
            p = dict(PROV[pick_prov(r, t["provs"] or ALL_TOK)])
            v = fresh(lambda: p["gen"](r))
            needle = v
            while any(ch in t["bad"] for ch in v):
                v = fresh(lambda: p["gen"](r))
                needle = v
        elif slot == "pw":
            v = fresh(lambda: g_password(r, t["safe"]))
            while any(ch in t["bad"] for ch in v):
                v = fresh(lambda: g_password(r, t["safe"]))
            needle = v
            p = dict(name="generic", kind="password")
        elif slot == "aws":
            p = dict(name="aws", kind="secret_access_key", kid=fresh(lambda: g_aws_kid(r)))
            v = fresh(lambda: g_aws_secret(r))
            needle = v
        elif slot == "pem":
            label, body = gen_pem(r)
            while body[0] in used or (t["name"] == "gcp_sa_json" and label != "PRIVATE KEY"):
                label, body = gen_pem(r)
            used.add(body[0])
            v, needle = (label, body), body[0]
            p = dict(name="generic", kind={"RSA PRIVATE KEY": "rsa_private_key", "PRIVATE KEY": "pkcs8_private_key", "EC PRIVATE KEY": "ec_private_key"}[label])
        else:  # ppk
            L, needle = gen_ppk(r)
            used.add(needle)
            v = L
            p = dict(name="putty", kind="private_key_ppk")
        path, lines, ft = t["fn"](r, v, p, c)
        eol = r.choice(t["eols"])
        lines = fix_decl(lines, enc)
        text = render(r, lines, eol, t, t["ff"])
        try:
            data = encode(text, enc)
        except UnicodeEncodeError:
            enc = U8B if U8B in t["encs"] else U8
            data = encode(text, enc)
        dec = decode(data, enc)
        ln = line_of(dec, needle)
        assert needle in split_lines(dec)[ln - 1], (t["name"], needle)
        assert needle.isascii()
        rel = "pos/p%04d/%s" % (i, path)
        fp = os.path.join(out, rel)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as f:
            f.write(data)
        manifest.append({"file": rel, "label": "pos", "provider": p["name"], "kind": p["kind"], "filetype": ft, "template": t["name"],
                         "encoding": enc, "eol": eol})
        secrets.append({"file": rel, "needle": needle, "line": ln, "encoding": enc})

    # ----- negatives
    reuse = [t for t in TEMPLATES if t["slot"] in ("tok", "pw", "aws")]
    plan = [("reuse", t) for t in weighted_cycle(r, reuse, 250)] + [("look", t) for t in weighted_cycle(r, LOOKALIKES, 250)]
    r.shuffle(plan)
    negtexts = []
    for i, (mode, t) in enumerate(plan):
        enc = r.choice(t["encs"])
        c = Ctx(enc, True)
        if mode == "reuse":
            if t["slot"] == "tok":
                p = dict(PROV[pick_prov(r, t["provs"] or ALL_TOK)])
            elif t["slot"] == "aws":
                p = dict(name="aws", kind="secret_access_key")
            else:
                p = dict(name="generic", kind="password")
            v, nk = neg_value(r, t, p, c)
            path, lines, ft = t["fn"](r, v, p, c)
            prov, kind = p["name"], nk
        else:
            path, lines, ft, kind = t["fn"](r, c)
            prov = "none"
        base = os.path.basename(path)
        if base == ".env" or base.startswith(".env.") and base not in (".env.example", ".env.sample"):
            path = os.path.join(os.path.dirname(path), ".env.example")
        eol = r.choice(t["eols"])
        lines = fix_decl(lines, enc)
        text = render(r, lines, eol, t, t["ff"])
        try:
            data = encode(text, enc)
        except UnicodeEncodeError:
            enc = U8B if U8B in t["encs"] else U8
            data = encode(text, enc)
        negtexts.append(decode(data, enc))
        rel = "neg/n%04d/%s" % (i, path)
        fp = os.path.join(out, rel)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as f:
            f.write(data)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft, "template": t["name"],
                         "encoding": enc, "eol": eol})

    # ----- self checks
    needles = [s["needle"] for s in secrets]
    assert len(set(needles)) == len(needles) == 500
    big = "\x01".join(negtexts)
    for nd in needles:
        assert nd not in big, nd
    assert sum(1 for m in manifest if m["label"] == "pos" and os.path.basename(m["file"]).startswith(".env")) <= 25
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
