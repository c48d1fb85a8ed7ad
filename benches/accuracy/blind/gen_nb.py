#!/usr/bin/env python3
"""gen_nb.py - blind evaluation set: credentials pasted into diagrams / design / whiteboard files.

EMPHASIS
    Diagram, design and whiteboard files committed next to code, where somebody pasted a
    credential into a label, note, tooltip, edge label, custom property or metadata field:
    draw.io / diagrams.net (.drawio plain XML, pages with compressed <diagram> content
    [encodeURIComponent -> raw deflate -> base64], .drawio.svg), Excalidraw (.excalidraw JSON,
    Obsidian .excalidraw.md), tldraw (.tldr), Obsidian .canvas, PlantUML (.puml sequence
    diagrams, notes, legends, C4-PlantUML, @startyaml/@startjson, preprocessor variables),
    Mermaid (.mmd and Markdown fences), Graphviz .dot, D2, Structurizr DSL and JSON, Python
    `diagrams` code, SVG exports (<text>, <title>, <desc>, <metadata>, data-* attributes),
    Visio VSDX page XML (visio/pages/page1.xml, docProps/custom.xml), Penpot / Figma JSON
    exports, Figma export scripts, Miro / Lucidchart CSV exports, yEd .graphml, Archi
    .archimate, BPMN XML (Camunda 7 connectors, Camunda 8 / Zeebe io mappings),
    websequencediagrams / seqdiag text, ADRs and AsciiDoc with embedded diagrams.
    Providers/kinds: AWS, GitHub (classic with CRC32 checksum, fine-grained, OAuth), GitLab,
    Slack (bot/user tokens, webhooks), Discord and MS Teams webhooks, Stripe (secret, restricted,
    webhook signing), OpenAI, Anthropic, Google (API key, OAuth client secret), Azure (storage
    key, Entra client secret), SendGrid, Twilio, Mailgun, Mailchimp, Shopify, Telegram, npm,
    PyPI, HashiCorp Vault, Datadog, Hugging Face, Databricks, Figma, Grafana, DigitalOcean,
    Postman, Atlassian, Okta, Linear, New Relic, age, Auth0 / Keycloak / GitHub OAuth-app client
    secrets, JWT bearer tokens, HTTP Basic,
    database / broker URLs with passwords, plain passwords, PEM / OpenSSH private keys.

USAGE
    python3 -B gen_nb.py OUTDIR SEED
    -> OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
       OUTDIR/manifest.jsonl, OUTDIR/secrets.jsonl

NEEDLE CONVENTIONS
    needle = the secret value exactly as written (no quotes); prefixed keys keep their prefix;
    header tokens: only the token (Bearer/SSWS/Basic value); URLs with credentials: only the
    password; webhook URLs whose path is the secret (Slack, Discord, Teams): the whole URL;
    multi-line PEM / OpenSSH private keys: the first base64 line of the body; passwords: the
    password. AWS: the secret access key (the AKIA id sits beside it as a companion); Twilio:
    the auth token / API-key secret (SIDs are companions). "line" = 1-based line of the first
    occurrence (asserted). Secret values never contain characters that XML/JSON/URL escaping
    would alter, so the needle is literally present.

NEGATIVES
    250 re-use the positive templates with the secret slot holding placeholders (<token>,
    {{client_secret}}, ${VAR}, YOUR_API_KEY, xxxx, ****, [REDACTED], changeme, local-language
    placeholders), secret-manager / env references (Vault paths, AWS Secrets Manager ARNs,
    Camunda {{secrets.X}}, 1Password notes), empty values and documented example values
    (AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, jwt.io example token).
    250 are look-alikes in the same containers: draw.io / Excalidraw / tldraw ids, seeds and
    versionNonce, compressed draw.io pages, base64 PNG images and WOFF2 fonts embedded in SVG /
    Excalidraw, Excalidraw SVG payloads, colour codes, image digests, git SHAs, UUIDs, trace
    ids, npm integrity hashes, SSH/PEM public keys and certificates, fingerprints, bcrypt
    hashes, SOPS / ansible-vault / KMS / sealed-secrets ciphertext, public client ids,
    publishable Stripe keys, account ids / ARNs, Slack channel ids, version strings.

FORMATS CHECKED (providers' docs / SDK knowledge; no scanner rules or tests consulted)
    draw.io compressed <diagram> = base64(raw deflate(URL-encoded XML)) - confirmed against
    j2r2b.github.io "drawio-decompressed-xml" and drawio-tools convert docs (search, pages).
    GitHub ghp_ layout (4 prefix + 30 base62 + 6-char CRC32 in alphabet 0-9A-Za-z) - confirmed
    against GitHub blog 2021-04-05 as summarised by simonwillison.net and a base62 token gist.
    Everything else below from memory of the providers' own documentation:
    AWS AKIA + 16 [A-Z2-7], secret 40 base64 chars; GitHub ghp_/gho_ 36 chars with last 6 =
    base62 CRC32 of the first 30 (GitHub blog "Behind GitHub's new authentication token
    formats"), github_pat_ 22 + "_" + 59; GitLab glpat- + 20; Slack xoxb-/xoxp- numeric parts and
    hooks.slack.com/services/T../B../24; Stripe sk_live_/rk_live_/whsec_; Google AIza + 35,
    GOCSPX- + 28; SendGrid SG.22.43; Twilio AC/SK + 32 hex, 32 hex token; Azure storage key 64
    bytes base64 (88 chars); Entra secret 40 chars with "Q~" at index 3-4; Vault hvs.; npm_ + 36;
    PyPI pypi-AgEIcHlwaS5vcmc...; DigitalOcean dop_v1_ + 64 hex; Hugging Face hf_ + 34;
    Databricks dapi + 32 hex; Shopify shpat_ + 32 hex; Telegram <id>:AA + 33; age
    AGE-SECRET-KEY-1 + 58 bech32. draw.io compression: deflateRaw(encodeURIComponent(xml)) then
    base64 (draw.io Graph.compress). OpenSSH key binary layout built field by field.

DOUBTS
    Lengths guessed / approximated: OpenAI sk-proj- body length (~156), Anthropic sk-ant-api03-
    body (93 + "AA"), Atlassian ATATT token tail, Grafana glsa_ suffix, Figma figd_ length,
    New Relic NRAK- 27, Postman PMAK- parts, Okta 00 + 40, Linear lin_api_ + 40, Vault hvs.
    service-token length, Mailchimp dc suffix. Miro CSV column set and Penpot export layout are
    approximations of the real exports. RSA DER bodies are structurally plausible but the
    integers are random (not a valid key pair).
"""
import base64
import csv
import io
import json
import os
import random
import struct
import sys
import urllib.parse
import zlib

R = random.Random(0)

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
AN = UP + LO + DG
HX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def ch(seq):
    return R.choice(seq)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def uuid4():
    h = rs(HX, 32)
    h = h[:12] + "4" + h[13:16] + ch("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def mixed(alpha, n):
    """random string that has at least one upper, lower and digit (when alphabet allows)."""
    while True:
        s = rs(alpha, n)
        if any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s):
            return s


def xesc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("\n", "&#xa;"))


def xtext(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def jstr(s):
    return json.dumps(s, ensure_ascii=False)


# ---------------------------------------------------------------------------------------
# vocabulary
SERVICES = ["API Gateway", "Orders Service", "Payments", "Auth Service", "Keycloak", "Postgres (RDS)",
            "Redis cache", "Kafka", "S3 bucket", "Worker", "Frontend (Next.js)", "Mobile App", "Billing",
            "Inventory", "Notification svc", "CDN", "Load Balancer", "Bastion", "Grafana", "Prometheus",
            "Legacy ERP", "SFTP partner", "Lagerverwaltung", "Kundendienst", "Facturation", "Pedidos",
            "Search (OpenSearch)", "Scheduler", "Webhook receiver", "Admin UI", "Data Lake", "ETL job",
            "Reporting", "Identity Provider", "Mail relay", "Shipping API", "Catalog", "Pricing engine"]
TOPICS = ["payment-flow", "auth-sequence", "infra-overview", "data-pipeline", "onboarding", "system-context",
          "deployment", "checkout", "oauth-flow", "webhooks", "integrations", "architecture", "prod-network",
          "order-lifecycle", "sso-login", "migration-plan", "incident-2024-03", "billing-sync", "event-bus",
          "partner-api", "k8s-cluster", "backup-strategy", "notifications", "reporting-etl", "arch-v2"]
DIRS = ["docs", "docs/architecture", "docs/diagrams", "design", "architecture", "diagrams", "docs/design",
        "doc/arch", "wiki/diagrams", "docs/infra", "docs/runbooks", "whiteboard", "assets/diagrams",
        "documentation/architecture", "docs/integrations", "platform/docs", "services/orders/docs"]
PEOPLE = ["Jonas", "Priya", "Marta", "Kenji", "Lucas", "Aisha", "Tom", "Olga", "Mehmet", "Sofia", "Chen",
          "Fatima", "Pierre", "Ingrid", "Raj", "Dmitri", "Camille", "Hannah", "Sven", "Yuki"]
HOSTS = ["orders-db.cluster-c9xk2mq1ab3d.eu-west-1.rds.amazonaws.com", "pg-prod-01.internal", "10.20.3.14",
         "db.staging.acme.local", "mysql-primary.payments.svc.cluster.local", "mongo-0.mongo.data.svc",
         "redis-master.cache.svc", "rabbitmq.internal.corp", "sql-prod.database.windows.net",
         "analytics-warehouse.c2x8.us-east-1.redshift.amazonaws.com", "10.0.12.7", "erp-db.corp.example.net",
         "billing-db.prod.internal", "kafka-broker-1.int", "db-replica-2.lan"]
REGIONS = ["eu-west-1", "us-east-1", "eu-central-1", "ap-southeast-2", "us-west-2"]
WORDS = ["Falcon", "Marmot", "Kestrel", "Tundra", "Quartz", "Nimbus", "Copper", "Lynx", "Orbit", "Zephyr",
         "Pixel", "Cobalt", "Sierra", "Maple", "Vortex", "Juniper", "Otter", "Basalt", "Gecko", "Rhino"]
SYMS = "!*-_.~+="


VARIANT = [""]


def var(name):
    VARIANT[0] = name
    return name


def topic():
    return ch(TOPICS)


def dirp():
    return ch(DIRS)


def password():
    st = R.randrange(6)
    if st == 0:
        return mixed(AN, R.randint(14, 22))
    if st == 1:
        return ch(WORDS) + ch(SYMS) + str(R.randint(10, 9999)) + ch(SYMS) + ch(WORDS).lower()
    if st == 2:
        cons, vow = "bcdfghjkmnprstvz", "aeiou"
        s = "".join(ch(cons) + ch(vow) for _ in range(R.randint(3, 5)))
        return s.capitalize() + str(R.randint(10, 999)) + ch(SYMS) + rs(UP, 2) + rs(LO, 2)
    if st == 3:
        s = list(mixed(AN, R.randint(12, 18)))
        for _ in range(R.randint(1, 3)):
            s[R.randrange(len(s))] = ch(SYMS)
        s[0] = ch(UP)
        s[-1] = ch(DG)
        return "".join(s)
    if st == 4:
        return "%s%s%d%s%s" % (ch(WORDS), rs(DG, 2), R.randint(1, 9), ch("!*."), rs(AN, R.randint(4, 7)))
    return mixed(AN + "-_", R.randint(20, 32))


# ---------------------------------------------------------------------------------------
# secret value generators
def base62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = (DG + UP + LO)[r] + s
    return s.rjust(width, "0")


def gh_token(prefix):
    body = rs(AN, 30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int_rand(nbytes, top=True):
    b = bytearray(rbytes(nbytes))
    if top:
        b[0] |= 0x80
    b = bytes(b)
    if b[0] & 0x80:
        b = b"\x00" + b
    return der(0x02, b)


def rsa_pkcs1(bits=2048):
    n = bits // 8
    body = (der(0x02, b"\x00") + der_int_rand(n) + der(0x02, b"\x01\x00\x01") + der_int_rand(n) +
            der_int_rand(n // 2) + der_int_rand(n // 2) + der_int_rand(n // 2) + der_int_rand(n // 2) +
            der_int_rand(n // 2))
    return der(0x30, body)


def pem_lines(label, derb):
    s = b64(derb)
    return ["-----BEGIN %s-----" % label] + [s[i:i + 64] for i in range(0, len(s), 64)] + ["-----END %s-----" % label]


def openssh_ed25519(comment):
    def sstr(b):
        return struct.pack(">I", len(b)) + b
    pub = rbytes(32)
    priv = rbytes(32)
    pubblob = sstr(b"ssh-ed25519") + sstr(pub)
    chk = rbytes(4)
    inner = chk + chk + sstr(b"ssh-ed25519") + sstr(pub) + sstr(priv + pub) + sstr(comment.encode())
    pad = 1
    while len(inner) % 8:
        inner += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + sstr(b"none") + sstr(b"none") + sstr(b"") + struct.pack(">I", 1) +
            sstr(pubblob) + sstr(inner))
    s = b64(blob)
    return ["-----BEGIN OPENSSH PRIVATE KEY-----"] + [s[i:i + 70] for i in range(0, len(s), 70)] + \
        ["-----END OPENSSH PRIVATE KEY-----"]


def ec_p256():
    body = der(0x02, b"\x01") + der(0x04, rbytes(32)) + der(0xA0, der(0x06, bytes.fromhex("2a8648ce3d030107"))) + \
        der(0xA1, der(0x03, b"\x00\x04" + rbytes(64)))
    return pem_lines("EC PRIVATE KEY", der(0x30, body))


def pkcs8_rsa():
    inner = rsa_pkcs1(2048)
    alg = der(0x30, der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
    return pem_lines("PRIVATE KEY", der(0x30, der(0x02, b"\x00") + alg + der(0x04, inner)))


def jwt_token():
    hdr = {"alg": ch(["RS256", "HS256", "ES256"]), "typ": "JWT"}
    if hdr["alg"] != "HS256":
        hdr["kid"] = rs(B64U, 43)
    now = R.randint(1700000000, 1760000000)
    pl = {"iss": ch(["https://auth.acme-corp.io/", "https://login.microsoftonline.com/%s/v2.0" % uuid4(),
                     "https://acme.eu.auth0.com/", "https://keycloak.internal/realms/prod"]),
          "sub": ch([uuid4(), "auth0|" + rs(HX, 24), str(R.randint(10 ** 6, 10 ** 9))]),
          "aud": ch(["orders-api", "https://api.acme-corp.io", "account"]),
          "iat": now, "exp": now + ch([3600, 86400, 300]),
          "scope": ch(["orders:read orders:write", "openid profile email", "admin"])}
    if R.random() < 0.5:
        pl["azp"] = rs(AN, 32)
    siglen = {"RS256": 256, "HS256": 32, "ES256": 64}[hdr["alg"]]
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(pl, separators=(",", ":")).encode()), b64u(rbytes(siglen))])


def keyname(*variants):
    return ch(variants)


class Cred:
    def __init__(self, provider, kind, needle, key, fval=None, lines=None, comp=(), multiline=False):
        self.provider = provider
        self.kind = kind
        self.needle = needle
        self.key = key
        self.fval = needle if fval is None else fval
        self.comp = list(comp)
        self.multiline = multiline
        if lines is None:
            lines = frame(key, self.fval, self.comp)
        self.lines = lines
        self.lookalike = False


NEUTRAL = [False]


def frame(key, val, comp):
    st = R.randrange(6)
    if NEUTRAL[0] and st in (3, 4, 5):
        st = R.randrange(3)
    kl = "%s%s%s" % (key, ch([": ", "=", " = ", ": ", " -> "]), val)
    cl = ["%s: %s" % (k, v) for k, v in comp]
    if st == 0:
        return [kl]
    if st == 1:
        return cl + [kl]
    if st == 2:
        return [kl] + cl
    if st == 3:
        return [ch(["TEMP creds (rotate!)", "prod", "staging access", "for the demo", "do not share",
                    "Zugangsdaten", "identifiants", "credenciales", "creds from " + ch(PEOPLE)])] + cl + [kl]
    if st == 4:
        return ["%s %s" % (ch(["key", "token", "secret", "use", "auth", "creds"]), val)] if not comp else \
            [" / ".join(["%s %s" % (k, v) for k, v in comp] + ["%s %s" % (key, val)])]
    return cl + [kl, ch(["(expires end of sprint)", "ask %s before rotating" % ch(PEOPLE), "TODO move to vault",
                         "used by cron", "valid until Q3"])]


PH_GENERIC = ["<your-api-key>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxxxxxx", "changeme", "****", "********",
              "[REDACTED]", "<redacted>", "${API_TOKEN}", "{{client_secret}}", "{{ .Values.apiKey }}",
              "$(API_KEY)", "<token>", "TODO", "", "dein-token-hier", "votre_cle_api", "tu-clave-aqui",
              "<секрет>", "see 1Password: Platform/Integrations", "vault:secret/data/prod/app#token",
              "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/app-AbCdEf", "env:API_SECRET",
              "process.env.API_TOKEN", "REPLACE_ME", "<client-secret>", "%%SECRET%%", "<<insert token>>",
              "${{ secrets.API_TOKEN }}", "{{secrets.API_TOKEN}}", "***redacted***", "<hidden>",
              "(stored in Key Vault)", "<パスワード>", "#{token}#", "@@TOKEN@@", "<insert here>"]
PH_PW = ["<password>", "${DB_PASSWORD}", "changeme", "****", "********", "[REDACTED]", "{{db_password}}",
         "<Passwort>", "<mot-de-passe>", "xxxxxx", "secret", "password", "$(cat /run/secrets/db)",
         "{{ vault \"db/prod\" \"password\" }}", "%DB_PASS%", "<pw from vault>", "{{secrets.DB_PASSWORD}}",
         "${PGPASSWORD}", "<PASSWORD>", "pass"]


def ph(kind_ph=(), pw=False, allow_empty=True):
    pool = list(PH_PW if pw else PH_GENERIC) + list(kind_ph) * 3
    while True:
        v = ch(pool)
        if v or allow_empty:
            return v


def case_key(base):
    """base like 'stripe secret key' -> one of many naming styles."""
    w = base.split()
    st = R.randrange(5)
    if st == 0:
        return "_".join(w).upper()
    if st == 1:
        return "_".join(w).lower()
    if st == 2:
        return w[0].lower() + "".join(x.capitalize() for x in w[1:])
    if st == 3:
        return " ".join(w).capitalize()
    return "-".join(w).lower()


# Each generator: g(neg) -> Cred. neg True => placeholder in the secret slot.
def g_aws(neg):
    akid = "AKIA" + rs(UP + "234567", 16)
    sec = rs(B64, 40)
    if neg:
        if R.random() < 0.4:
            akid, sec = "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
        else:
            akid, sec = ch(["<access-key-id>", "${AWS_ACCESS_KEY_ID}", "AKIA****************"]), ph(
                ["<secret-access-key>", "${AWS_SECRET_ACCESS_KEY}"])
    comp = [(ch(["AWS_ACCESS_KEY_ID", "aws_access_key_id", "AccessKeyId", "access key"]), akid)]
    if R.random() < 0.5:
        comp.append(("region", ch(REGIONS)))
    return Cred("aws", "secret_access_key", sec, ch(["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key",
                                                     "SecretAccessKey", "secret key", "secret"]), comp=comp)


def g_github(neg):
    t = R.randrange(3)
    v = [gh_token("ghp_"), "github_pat_" + rs(AN, 22) + "_" + rs(AN, 59), gh_token("gho_")][t]
    if neg:
        v = ph(["ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "github_pat_<token>", "<PAT>"])
    key = case_key(ch(["github token", "gh pat", "github pat", "git token", "ci token"]))
    if R.random() < 0.35:
        return Cred("github", "pat", v, key, lines=[ch(["GET https://api.github.com/repos/acme/infra/contents",
                                                        "git clone / API access for the bot"]),
                                                    "Authorization: %s %s" % (ch(["token", "Bearer"]), v)])
    return Cred("github", "pat", v, key, comp=[("user", ch(["acme-ci-bot", "deploy-bot", "svc-github"]))])


def g_gitlab(neg):
    v = "glpat-" + rs(B64U, 20) if not neg else ph(["glpat-xxxxxxxxxxxxxxxxxxxx", "<gitlab-token>"])
    return Cred("gitlab", "pat", v, ch(["PRIVATE-TOKEN", "GITLAB_TOKEN", "gitlab token", "glToken"]),
                comp=[("project", "%d" % R.randint(1000, 9999999))])


def g_slack_tok(neg):
    p = ch(["xoxb", "xoxb", "xoxp"])
    v = "%s-%d-%d-%s" % (p, R.randint(10 ** 10, 10 ** 12), R.randint(10 ** 11, 10 ** 13), rs(AN, 24)) \
        if p == "xoxb" else "xoxp-%d-%d-%d-%s" % (R.randint(10 ** 10, 10 ** 12), R.randint(10 ** 10, 10 ** 12),
                                                   R.randint(10 ** 11, 10 ** 13), rs(HX, 32))
    if neg:
        v = ph(["xoxb-your-bot-token", "xoxb-XXXXXXXX", "<slack-bot-token>"])
    if R.random() < 0.4:
        return Cred("slack", "bot_token", v, "SLACK_BOT_TOKEN",
                    lines=["POST https://slack.com/api/chat.postMessage", "Authorization: Bearer " + v])
    return Cred("slack", "bot_token", v, case_key(ch(["slack bot token", "slack token", "bot token"])),
                comp=[("channel", ch(["#alerts-prod", "#deployments", "C0" + rs(UP + DG, 9)]))])


def g_slack_hook(neg):
    url = "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UP + DG, ch([8, 10])), rs(UP + DG, ch([8, 10, 11])),
                                                            rs(AN, 24))
    if neg:
        url = ch(["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                  "https://hooks.slack.com/services/<team>/<bot>/<secret>", "${SLACK_WEBHOOK_URL}",
                  "{{secrets.SLACK_WEBHOOK}}", "<slack webhook url>"])
    return Cred("slack", "webhook_url", url, ch(["SLACK_WEBHOOK_URL", "webhook", "slackWebhook", "Incoming webhook"]))


def g_discord(neg):
    url = "https://discord.com/api/webhooks/%d/%s" % (R.randint(10 ** 17, 10 ** 19 - 1), rs(B64U, 68))
    if neg:
        url = ch(["https://discord.com/api/webhooks/<id>/<token>", "${DISCORD_WEBHOOK}", "<discord webhook>"])
    return Cred("discord", "webhook_url", url, ch(["DISCORD_WEBHOOK", "discord webhook", "alerts hook"]))


def g_teams(neg):
    url = "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
        ch(["acmecorp", "contoso", "fabrikamgmbh"]), uuid4(), uuid4(), rs(HX, 32), uuid4())
    if neg:
        url = ch(["https://<tenant>.webhook.office.com/webhookb2/<id>", "${TEAMS_WEBHOOK_URL}", "[REDACTED]"])
    return Cred("microsoft", "teams_webhook", url, ch(["TEAMS_WEBHOOK_URL", "Teams connector", "teamsHook"]))


def g_stripe(neg):
    t = R.randrange(3)
    if t == 0:
        v = "sk_live_" + ch([rs(AN, 24), "51" + rs(AN, 97)])
    elif t == 1:
        v = "rk_live_" + "51" + rs(AN, 97)
    else:
        v = "whsec_" + rs(AN, 32)
    if neg:
        v = ph(["sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_...", "whsec_...", "<stripe-secret-key>"])
    key = ["STRIPE_SECRET_KEY", "STRIPE_RESTRICTED_KEY", "STRIPE_WEBHOOK_SECRET"][t]
    if t < 2 and R.random() < 0.35:
        return Cred("stripe", "secret_key", v, key, lines=["POST https://api.stripe.com/v1/payment_intents",
                                                          "Authorization: Bearer " + v])
    return Cred("stripe", ["secret_key", "restricted_key", "webhook_secret"][t], v,
                case_key(ch(["stripe secret key", "stripe key", "stripe sk"])) if t < 2 else key)


def g_openai(neg):
    v = ch(["sk-proj-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74), "sk-" + rs(AN, 20) + "T3BlbkFJ" + rs(AN, 20),
            "sk-svcacct-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74)])
    if neg:
        v = ph(["sk-...", "sk-proj-xxxxxxxx", "<OPENAI_API_KEY>"])
    if R.random() < 0.4:
        return Cred("openai", "api_key", v, "OPENAI_API_KEY", lines=["POST https://api.openai.com/v1/chat/completions",
                                                                     "Authorization: Bearer " + v])
    return Cred("openai", "api_key", v, case_key(ch(["openai api key", "openai key", "llm key"])))


def g_anthropic(neg):
    v = "sk-ant-api03-" + rs(B64U, 93) + "AA"
    if neg:
        v = ph(["sk-ant-...", "sk-ant-api03-XXXX", "<anthropic-key>"])
    if R.random() < 0.4:
        return Cred("anthropic", "api_key", v, "x-api-key", lines=["POST https://api.anthropic.com/v1/messages",
                                                                   "x-api-key: " + v])
    return Cred("anthropic", "api_key", v, case_key(ch(["anthropic api key", "claude key"])))


def g_google(neg):
    if R.random() < 0.55:
        v = "AIza" + rs(B64U, 35)
        if neg:
            v = ph(["AIza...", "<GOOGLE_MAPS_API_KEY>"])
        return Cred("google", "api_key", v, case_key(ch(["google maps api key", "gcp api key", "firebase api key",
                                                         "google api key"])),
                    comp=[("project", ch(["acme-prod", "orders-4f2a1", "analytics-staging"]))])
    cid = "%d-%s.apps.googleusercontent.com" % (R.randint(10 ** 11, 10 ** 12), rs(LO + DG, 32))
    v = "GOCSPX-" + rs(B64U, 28)
    if neg:
        v = ph(["GOCSPX-xxxxxxxx", "<google-client-secret>"])
    return Cred("google", "oauth_client_secret", v, ch(["client_secret", "GOOGLE_CLIENT_SECRET", "clientSecret"]),
                comp=[("client_id", cid)])


def g_azure_storage(neg):
    acct = ch(["acmeprodstore", "ordersblob01", "stdatalakeweu", "backupsacme"])
    v = b64(rbytes(64))
    if neg:
        v = ph(["<account-key>", "[REDACTED]", "${AZURE_STORAGE_KEY}"])
    if R.random() < 0.6:
        cs = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, v)
        return Cred("azure", "storage_account_key", v, "AZURE_STORAGE_CONNECTION_STRING", fval=cs)
    return Cred("azure", "storage_account_key", v, ch(["AccountKey", "storage key", "AZURE_STORAGE_KEY"]),
                comp=[("account", acct)])


def g_azure_ad(neg):
    v = rs(AN, 3) + ch(DG) + "Q~" + rs(AN + "_.~-", 34)
    if neg:
        v = ph(["<client-secret>", "{{AZURE_CLIENT_SECRET}}"])
    return Cred("azure", "entra_client_secret", v, ch(["client_secret", "AZURE_CLIENT_SECRET", "clientSecret",
                                                       "App secret"]),
                comp=[("tenant", uuid4()), ("client_id", uuid4())])


def g_sendgrid(neg):
    v = "SG." + rs(B64U, 22) + "." + rs(B64U, 43)
    if neg:
        v = ph(["SG.xxxxxxxx.yyyyyyyy", "<SENDGRID_API_KEY>"])
    return Cred("sendgrid", "api_key", v, case_key(ch(["sendgrid api key", "mail api key", "smtp password"])),
                comp=[("smtp user", "apikey")] if R.random() < 0.4 else [])


def g_twilio(neg):
    sid = "AC" + rs(HX, 32)
    if R.random() < 0.5:
        v = rs(HX, 32)
        if neg:
            v = ph(["<auth_token>", "your_auth_token"])
        return Cred("twilio", "auth_token", v, ch(["TWILIO_AUTH_TOKEN", "auth token", "authToken"]),
                    comp=[("account sid", sid)])
    v = rs(AN, 32)
    if neg:
        v = ph(["<api_key_secret>"])
    return Cred("twilio", "api_key_secret", v, ch(["TWILIO_API_SECRET", "api secret"]),
                comp=[("account sid", sid), ("api key", "SK" + rs(HX, 32))])


def g_mail(neg):
    if R.random() < 0.5:
        v = "key-" + rs(HX, 32)
        if neg:
            v = ph(["key-xxxxxxxxxxxxxxxx"])
        return Cred("mailgun", "api_key", v, ch(["MAILGUN_API_KEY", "mailgun key"]),
                    comp=[("domain", "mg.acme-corp.io")])
    v = rs(HX, 32) + "-us" + str(R.randint(1, 21))
    if neg:
        v = ph(["<mailchimp-api-key>-us6"])
    return Cred("mailchimp", "api_key", v, ch(["MAILCHIMP_API_KEY", "mailchimp key", "Mailchimp API"]))


def g_shopify(neg):
    v = ch(["shpat_", "shpss_", "shpca_"]) + rs(HX, 32)
    if neg:
        v = ph(["shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])
    return Cred("shopify", "access_token", v, ch(["X-Shopify-Access-Token", "SHOPIFY_ACCESS_TOKEN", "shopify token"]),
                comp=[("shop", ch(["acme-store.myshopify.com", "brand-eu.myshopify.com"]))])


def g_telegram(neg):
    v = "%d:AA%s" % (R.randint(10 ** 8, 10 ** 10 - 1), rs(B64U, 33))
    if neg:
        v = ph(["123456789:ABCdefGhIJKlmnoPQRstuVWXyz", "<bot-token>"])
    return Cred("telegram", "bot_token", v, ch(["TELEGRAM_BOT_TOKEN", "bot token", "telegramToken"]),
                comp=[("chat_id", "-100%d" % R.randint(10 ** 9, 10 ** 10))])


def g_npm(neg):
    if R.random() < 0.6:
        v = "npm_" + rs(AN, 36)
        if neg:
            v = ph(["npm_xxxxxxxx", "${NPM_TOKEN}"])
        return Cred("npm", "token", v, ch(["NPM_TOKEN", "//registry.npmjs.org/:_authToken", "npm publish token"]))
    v = "pypi-AgEIcHlwaS5vcmc" + rs(B64U, R.randint(140, 180))
    if neg:
        v = ph(["pypi-<token>", "${PYPI_TOKEN}"])
    return Cred("pypi", "api_token", v, ch(["TWINE_PASSWORD", "pypi token", "PYPI_API_TOKEN"]),
                comp=[("TWINE_USERNAME", "__token__")])


def g_vault(neg):
    v = "hvs." + ch([rs(AN, 24), "CAESI" + rs(B64U, R.randint(85, 95))])
    if neg:
        v = ph(["hvs.XXXXXXXX", "<vault-token>", "$(vault print token)"])
    return Cred("hashicorp", "vault_token", v, ch(["VAULT_TOKEN", "X-Vault-Token", "root token", "vault token"]),
                comp=[("VAULT_ADDR", "https://vault.internal:8200")])


def g_misc(neg):
    t = R.randrange(12)
    spec = [
        ("datadog", "api_key", lambda: rs(HX, 32), ["DD_API_KEY", "datadog api key"], [("site", "datadoghq.eu")]),
        ("huggingface", "token", lambda: "hf_" + rs(UP + LO, 34), ["HF_TOKEN", "hugging face token"], []),
        ("databricks", "token", lambda: "dapi" + rs(HX, 32) + ch(["", "-2", "-3"]), ["DATABRICKS_TOKEN", "dbx token"],
         [("host", "adb-%d.%d.azuredatabricks.net" % (R.randint(10 ** 15, 10 ** 16), R.randint(1, 9)))]),
        ("figma", "personal_access_token", lambda: "figd_" + rs(B64U, 40), ["FIGMA_TOKEN", "X-Figma-Token"], []),
        ("grafana", "service_account_token", lambda: "glsa_" + rs(AN, 32) + "_" + rs(HX, 8),
         ["GRAFANA_TOKEN", "grafana sa token"], [("url", "https://grafana.internal")]),
        ("digitalocean", "token", lambda: "dop_v1_" + rs(HX, 64), ["DIGITALOCEAN_TOKEN", "do token"], []),
        ("postman", "api_key", lambda: "PMAK-" + rs(HX, 24) + "-" + rs(HX, 34), ["POSTMAN_API_KEY", "postman key"], []),
        ("atlassian", "api_token", lambda: "ATATT3xFfGF0" + rs(B64U, 170) + "=" + rs(HX.upper(), 8),
         ["JIRA_API_TOKEN", "jira token", "confluence token"], [("email", "svc-jira@acme-corp.io")]),
        ("okta", "api_token", lambda: "00" + rs(B64U, 40), ["OKTA_API_TOKEN", "SSWS"], [("org", "https://acme.okta.com")]),
        ("linear", "api_key", lambda: "lin_api_" + rs(AN, 40), ["LINEAR_API_KEY", "linear key"], []),
        ("newrelic", "user_api_key", lambda: "NRAK-" + rs(UP + DG, 27), ["NEW_RELIC_API_KEY", "NR user key"],
         [("account", str(R.randint(10 ** 6, 10 ** 7)))]),
        ("age", "secret_key", lambda: "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),
         ["age identity", "SOPS_AGE_KEY"], []),
    ][t]
    prov, kind, fn, keys, comp = spec
    v = fn()
    if neg:
        v = ph()
    key = ch(keys)
    if prov == "okta" and R.random() < 0.5:
        return Cred(prov, kind, v, key, lines=["GET https://acme.okta.com/api/v1/users", "Authorization: SSWS " + v])
    return Cred(prov, kind, v, key, comp=comp)


def g_figma(neg):
    v = "figd_" + rs(B64U, 40)
    if neg:
        v = ph(["figd_xxxxxxxxxxxxxxxx", "<figma-personal-access-token>", "process.env.FIGMA_TOKEN"])
    return Cred("figma", "personal_access_token", v, ch(["FIGMA_TOKEN", "FIGMA_PAT", "figmaToken", "TOKEN"]))


def g_oidc_client(neg):
    t = R.randrange(3)
    if t == 0:
        v = rs(B64U, 64)
        comp = [("domain", ch(["acme.eu.auth0.com", "login.acme-corp.io"])), ("client_id", rs(AN, 32))]
        prov = "auth0"
    elif t == 1:
        v = rs(AN, 32)
        comp = [("realm", ch(["prod", "internal", "partners"])), ("client_id", ch(["orders-backend", "grafana", "argocd"]))]
        prov = "keycloak"
    else:
        v = rs(AN, 40)
        comp = [("client_id", rs(HX, 20))]
        prov = "github"
    if neg:
        v = ph(["<client_secret>", "{{client_secret}}", "${OIDC_CLIENT_SECRET}", "**********"])
    cid = comp[-1][1]
    if R.random() < 0.5:
        return Cred(prov, "oauth_client_secret", v, "client_secret", lines=[
            "grant_type=client_credentials&client_id=%s&client_secret=%s" % (cid, v)])
    return Cred(prov, "oauth_client_secret", v, ch(["client_secret", "clientSecret", "OIDC_CLIENT_SECRET"]), comp=comp)


def g_oauth(neg):
    return ch([g_oidc_client, g_oidc_client, g_azure_ad, g_jwt, g_basic, g_google])(neg)


def g_db(neg):
    eng = ch(["postgresql", "postgres", "mysql", "mongodb+srv", "redis", "amqp", "sqlserver", "mongodb"])
    user = ch(["app", "orders_svc", "admin", "root", "postgres", "svc_billing", "etl_user", "reporting_ro", "sa"])
    host = ch(HOSTS)
    pw = password() if not neg else ph(pw=True, allow_empty=False)
    port = {"postgresql": 5432, "postgres": 5432, "mysql": 3306, "redis": 6379, "amqp": 5672, "sqlserver": 1433,
            "mongodb": 27017, "mongodb+srv": None}[eng]
    db = ch(["orders", "billing", "app", "analytics", "inventory", "crm"])
    if eng == "redis":
        url = "redis://%s:%s@%s:%d/0" % (ch(["default", ""]), pw, host, port)
    elif eng == "sqlserver":
        url = "Server=tcp:%s,1433;Database=%s;User ID=%s;Password=%s;Encrypt=true" % (host, db, user, pw)
    elif eng == "mongodb+srv":
        url = "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true" % (user, pw, rs(LO + DG, 5), db)
    else:
        url = "%s://%s:%s@%s:%d/%s" % (eng, user, pw, host, port, db if eng != "amqp" else "%2F")
    if R.random() < 0.25:
        url = "jdbc:" + url if eng in ("postgresql", "mysql") else url
    if R.random() < 0.3:
        return Cred("database", "password", pw, ch(["password", "pw", "Passwort", "mot de passe", "DB_PASSWORD"]),
                    comp=[("host", host), ("user", user)])
    return Cred("database", "connection_string_password", pw, ch(["DATABASE_URL", "conn", "connection string",
                                                                  "JDBC", "DSN", "db"]), fval=url,
                lines=[url] if R.random() < 0.4 else None)


def g_password(neg):
    user = ch(["admin", "root", "ubuntu", "svc_deploy", "Administrator", "grafana-admin", "sftp_partner", "jenkins",
               "keycloak-admin", "rabbit", "elastic", "sa"])
    pw = password() if not neg else ph(pw=True, allow_empty=False)
    sys_ = ch(["Bastion 10.0.1.5", "Jenkins", "Grafana", "Keycloak admin console", "SFTP (partner drop)",
               "Router mgmt", "vCenter", "Kibana", "RabbitMQ mgmt", "Windows jump host", "ERP service account"])
    return Cred("generic", "password", pw, ch(["password", "pass", "pwd", "Passwort", "mot de passe", "contraseña",
                                               "PW", "senha"]), comp=[("system", sys_), ("user", user)])


def g_basic(neg):
    user = ch(["partner-api", "svc_orders", "admin", "integration"])
    pw = password()
    v = b64(("%s:%s" % (user, pw)).encode()) if not neg else ph(["<base64(user:pass)>", "dXNlcjpwYXNz"])
    if neg and R.random() < 0.5:
        v = "<base64 user:password>"
    return Cred("generic", "basic_auth", v, "Authorization", lines=["POST https://partner.example-logistics.com/api/v2/shipments",
                                                                    "Authorization: Basic " + v])


def g_url_cred(neg):
    user = ch(["deploy", "ci", "jenkins", "admin", "nexus-ro"])
    pw = password() if not neg else ph(pw=True, allow_empty=False)
    host = ch(["nexus.internal.acme.io/repository/maven-releases/", "artifactory.corp.local/api/npm/npm/",
               "git.acme-corp.io/platform/infra.git", "ftp.partner-logistics.de/inbound/", "registry.internal:5000/v2/",
               "elastic.prod.internal:9200/"])
    scheme = "ftp" if host.startswith("ftp.") else "https"
    url = "%s://%s:%s@%s" % (scheme, user, pw, host)
    return Cred("generic", "url_password", pw, ch(["url", "endpoint", "remote", "repo"]), fval=url, lines=[url])


def g_jwt(neg):
    v = jwt_token()
    if neg:
        v = ch(["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
                "<access_token>", "eyJ...", "{{access_token}}", "<JWT>"])
    return Cred("jwt", "bearer_token", v, "Authorization",
                lines=[ch(["GET /api/v1/orders", "POST /graphql", "GET /me", "PATCH /v2/customers/42"]),
                       "Authorization: Bearer " + v])


def g_privkey(neg):
    t = R.randrange(4)
    comment = ch(["deploy@ci", "jenkins@build-01", "ubuntu@bastion", "sftp-partner"])
    lines = [rsa_pkcs1_lines, lambda: openssh_ed25519(comment), ec_p256, pkcs8_rsa][t]()
    if neg:
        if R.random() < 0.5:
            lines = ["private key: " + ch(["stored in Vault at secret/ssh/deploy", "see 1Password 'bastion key'",
                                           "<paste key here>", "[REDACTED]", "mounted from k8s secret ssh-key"])]
        else:
            lbl = ["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"][t]
            lines = ["-----BEGIN %s-----" % lbl, ch(["...", "<redacted>", "(key material removed)", "xxxx"]),
                     "-----END %s-----" % lbl]
    needle = lines[1] if len(lines) > 1 else lines[0]
    return Cred("generic", "private_key", needle, ch(["ssh key", "private key", "deploy key", "TLS key"]),
                lines=[ch(["bastion key (%s):" % comment, "deploy key", "tls key for api.acme-corp.io", "SFTP key"])] + lines,
                multiline=True)


def rsa_pkcs1_lines():
    return pem_lines("RSA PRIVATE KEY", rsa_pkcs1(ch([1024, 2048])))


GENS = [(g_aws, 8), (g_github, 6), (g_gitlab, 3), (g_slack_tok, 4), (g_slack_hook, 4), (g_discord, 2), (g_teams, 2),
        (g_stripe, 5), (g_openai, 3), (g_anthropic, 2), (g_google, 4), (g_azure_storage, 3), (g_azure_ad, 3),
        (g_sendgrid, 2), (g_twilio, 3), (g_mail, 2), (g_shopify, 1), (g_telegram, 2), (g_npm, 3), (g_vault, 2),
        (g_misc, 8), (g_db, 12), (g_password, 7), (g_basic, 2), (g_url_cred, 3), (g_jwt, 4), (g_privkey, 5), (g_oidc_client, 3)]


def pick_gen():
    tot = sum(w for _, w in GENS)
    x = R.uniform(0, tot)
    for g, w in GENS:
        x -= w
        if x <= 0:
            return g
    return GENS[-1][0]


# ---------------------------------------------------------------------------------------
# look-alike (non-secret) payloads, same interface as Cred
def png_bytes():
    w, h = R.randint(4, 14), R.randint(4, 14)
    raw = b"".join(b"\x00" + rbytes(w * 3) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def ssh_pub():
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + rbytes(32)
    return "ssh-ed25519 " + b64(blob) + " " + ch(["deploy@ci", "jonas@laptop", "bastion-host"])


def lookalike():
    NEUTRAL[0] = True
    try:
        c = _lookalike()
        c.lookalike = True
        return c
    finally:
        NEUTRAL[0] = False


def _lookalike():
    t = R.randrange(26)
    if t == 0:
        v = "sha256:" + rs(HX, 64)
        return Cred("none", "image_digest", v, "image", lines=["ghcr.io/acme/orders-api@" + v])
    if t == 1:
        v = rs(HX, 40)
        return Cred("none", "git_sha", v, "commit", lines=["deployed from commit " + v, "tag v%d.%d.%d" % (
            R.randint(1, 4), R.randint(0, 30), R.randint(0, 20))])
    if t == 2:
        return Cred("none", "uuid", uuid4(), "tenant_id", comp=[("subscription", uuid4())])
    if t == 3:
        v = ssh_pub()
        return Cred("none", "ssh_public_key", v, "authorized key", lines=["bastion authorized_keys:", v])
    if t == 4:
        der_ = der(0x30, der(0x30, der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00") +
                   der(0x03, b"\x00" + der(0x30, der_int_rand(256) + der(0x02, b"\x01\x00\x01"))))
        lines = pem_lines("PUBLIC KEY", der_)
        return Cred("none", "public_key", lines[1], "JWKS signing key (public)", lines=["token signing key (PUBLIC)"] + lines,
                    multiline=True)
    if t == 5:
        lines = pem_lines("CERTIFICATE", der(0x30, der(0x30, der(0xA0, der(0x02, b"\x02")) + der_int_rand(16) +
                                                       rbytes(R.randint(500, 700)))))
        return Cred("none", "certificate", lines[1], "ca cert", lines=["internal CA (public cert)"] + lines, multiline=True)
    if t == 6:
        v = "SHA256:" + b64(rbytes(32)).rstrip("=")
        return Cred("none", "fingerprint", v, "host key fingerprint", comp=[("host", ch(HOSTS))])
    if t == 7:
        v = ":".join(rs("0123456789ABCDEF", 2) for _ in range(20))
        return Cred("none", "thumbprint", v, "cert thumbprint (SHA1)")
    if t == 8:
        v = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
        return Cred("none", "jwt_doc_example", v, "example",
                    lines=["Authorization: Bearer <jwt>", "e.g. (jwt.io sample) " + v])
    if t == 9:
        v = "pk_live_51" + rs(AN, 97)
        return Cred("stripe", "publishable_key", v, "publishable key (public, used in browser)")
    if t == 10:
        v = "%d-%s.apps.googleusercontent.com" % (R.randint(10 ** 11, 10 ** 12), rs(LO + DG, 32))
        return Cred("google", "oauth_client_id", v, "client_id", lines=["Google Sign-In", "client_id: " + v,
                                                                        "client_secret: (in Secret Manager)"])
    if t == 11:
        acct = str(R.randint(10 ** 11, 10 ** 12 - 1))
        v = "arn:aws:iam::%s:role/%s" % (acct, ch(["orders-task-role", "github-oidc-deploy", "etl-runner"]))
        return Cred("aws", "role_arn", v, "role", comp=[("account", acct)])
    if t == 12:
        v = "arn:aws:kms:%s:%d:key/%s" % (ch(REGIONS), R.randint(10 ** 11, 10 ** 12 - 1), uuid4())
        return Cred("aws", "kms_key_arn", v, "KMS key")
    if t == 13:
        v = "sha512-" + b64(rbytes(64))
        return Cred("none", "integrity", v, "integrity")
    if t == 14:
        v = rs(HX, 32)
        return Cred("none", "trace_id", v, "trace id", comp=[("span", rs(HX, 16))])
    if t == 15:
        v = "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(R.randint(12, 40))), b64(rbytes(32)),
                                                             b64(rbytes(16)))
        return Cred("none", "sops_ciphertext", v, "db_password (sops)")
    if t == 16:
        v = "AgB" + rs(B64, R.randint(300, 400)) + "=="
        return Cred("none", "sealed_secret", v, "encryptedData.password")
    if t == 17:
        v = "AQICAHh" + rs(B64, R.randint(150, 200)) + "=="
        return Cred("none", "kms_ciphertext", v, "CiphertextBlob")
    if t == 18:
        v = "$2b$12$" + rs(AN + "./", 53)
        return Cred("none", "bcrypt_hash", v, "admin password hash (bcrypt)")
    if t == 19:
        v = "C0" + rs(UP + DG, 9)
        return Cred("slack", "channel_id", v, "slack channel", comp=[("team", "T0" + rs(UP + DG, 8))])
    if t == 20:
        v = "Iv1." + rs(HX, 16)
        return Cred("github", "app_client_id", v, "GitHub App client id", comp=[("app id", str(R.randint(10 ** 5, 10 ** 6))),
                                                                              ("installation", str(R.randint(10 ** 7, 10 ** 8)))])
    if t == 21:
        v = "AC" + rs(HX, 32)
        return Cred("twilio", "account_sid", v, "Account SID", lines=["Twilio account SID " + v,
                                                                      "auth token: see Vault secret/twilio"])
    if t == 22:
        v = "\"%s\"" % rs(HX, 32)
        return Cred("aws", "etag", v, "ETag", comp=[("Content-MD5", b64(rbytes(16)))])
    if t == 23:
        v = "v%d.%d.%d-rc.%d+build.%d.%s" % (R.randint(1, 5), R.randint(0, 40), R.randint(0, 20), R.randint(1, 5),
                                             R.randint(100, 9999), rs(HX, 7))
        return Cred("none", "version", v, "version")
    if t == 24:
        v = "$ANSIBLE_VAULT;1.1;AES256"
        body = [rs(HX, 80) for _ in range(R.randint(3, 6))]
        return Cred("none", "ansible_vault", body[0], "vault", lines=["group_vars/prod/vault.yml:", v] + body,
                    multiline=True)
    v = "#" + rs(HX, 6)
    return Cred("none", "colour", v, "fillColor", comp=[("strokeColor", "#" + rs(HX, 6)), ("fontColor", "#" + rs(HX, 6))])


# ---------------------------------------------------------------------------------------
# container helpers
def services(n):
    s = list(SERVICES)
    R.shuffle(s)
    return s[:n]


def did():
    return rs(AN + "-_", 20)


def nano():
    return rs(AN + "-_", 21)


def fname(ext):
    return "%s/%s.%s" % (dirp(), topic(), ext)


def jl(c, sep):
    return sep.join(c.lines)


def drawio_compress(xml):
    enc = urllib.parse.quote(xml, safe="-_.!~*'()")
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    return b64(co.compress(enc.encode()) + co.flush())


def mx_cells(labels, prefix, secret_cell=None):
    """labels: list of plain labels; secret_cell: raw xml string to insert at random index."""
    out = ['        <mxCell id="0" />', '        <mxCell id="1" parent="0" />']
    cells = []
    x = 40
    for i, lb in enumerate(labels):
        color = ch(["#dae8fc", "#d5e8d4", "#ffe6cc", "#f8cecc", "#e1d5e7", "#fff2cc"])
        stroke = ch(["#6c8ebf", "#82b366", "#d79b00", "#b85450", "#9673a6", "#d6b656"])
        shape = ch(["rounded=1;whiteSpace=wrap;html=1;", "shape=cylinder3;whiteSpace=wrap;html=1;boundedLbl=1;size=15;",
                    "ellipse;whiteSpace=wrap;html=1;", "rounded=0;whiteSpace=wrap;html=1;"])
        cells.append('        <mxCell id="%s-%d" value="%s" style="%sfillColor=%s;strokeColor=%s;" vertex="1" parent="1">\n'
                     '          <mxGeometry x="%d" y="%d" width="120" height="60" as="geometry" />\n        </mxCell>'
                     % (prefix, i + 1, xesc(lb), shape, color, stroke, x, R.randint(40, 400)))
        x += R.randint(140, 220)
    for i in range(1, len(labels)):
        cells.append('        <mxCell id="%s-%d" style="edgeStyle=orthogonalEdgeStyle;rounded=0;orthogonalLoop=1;'
                     'jettySize=auto;html=1;" edge="1" parent="1" source="%s-%d" target="%s-%d">\n'
                     '          <mxGeometry relative="1" as="geometry" />\n        </mxCell>'
                     % (prefix, 100 + i, prefix, i, prefix, i + 1))
    if secret_cell is not None:
        cells.insert(R.randint(0, len(cells)), secret_cell)
    return "\n".join(out + cells)


def mx_model(body):
    return ('      <mxGraphModel dx="%d" dy="%d" grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" '
            'fold="1" page="1" pageScale="1" pageWidth="1169" pageHeight="827" math="0" shadow="0">\n        <root>\n'
            '%s\n        </root>\n      </mxGraphModel>' % (R.randint(900, 2000), R.randint(600, 1200), body))


def mxfile(diagrams):
    host = ch(["app.diagrams.net", "Electron", "drawio", "embed.diagrams.net"])
    ver = "%d.%d.%d" % (R.randint(20, 26), R.randint(0, 9), R.randint(0, 20))
    return ('<mxfile host="%s" modified="20%02d-%02d-%02dT%02d:%02d:%02d.%03dZ" agent="Mozilla/5.0 (X11; Linux x86_64)" '
            'version="%s" etag="%s" type="device">\n%s\n</mxfile>\n'
            % (host, R.randint(21, 25), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59),
               R.randint(0, 59), R.randint(0, 999), ver, rs(AN + "-_", 20), "\n".join(diagrams)))


def plain_diagram(name, model):
    return '  <diagram id="%s" name="%s">\n%s\n  </diagram>' % (did(), name, model)


def compressed_diagram(name):
    pre = did()
    model = mx_model(mx_cells(services(R.randint(3, 6)), pre))
    return '  <diagram id="%s" name="%s">%s</diagram>' % (did(), name, drawio_compress(model))


def cell_for(c, pre, style):
    if style == "html":
        val = jl(c, "<br>")
        st = "rounded=1;whiteSpace=wrap;html=1;align=left;spacingLeft=4;"
    elif style == "note":
        val = jl(c, "\n")
        st = "shape=note;whiteSpace=wrap;html=0;backgroundColor=#fff2cc;darkOpacity=0.05;fillColor=#FFF9B2;strokeColor=none;"
    else:
        val = jl(c, " ")
        st = "edgeLabel;html=1;align=center;verticalAlign=middle;resizable=0;points=[];"
    return ('        <mxCell id="%s-%d" value="%s" style="%s" vertex="1" parent="1">\n          <mxGeometry x="%d" y="%d" '
            'width="%d" height="%d" as="geometry" />\n        </mxCell>' % (pre, R.randint(20, 60), xesc(val), st,
                                                                         R.randint(0, 800), R.randint(0, 600),
                                                                         R.randint(160, 320), R.randint(40, 120)))


# ---------------------------------------------------------------------------------------
# templates: fn(c) -> (relpath, text)
def fallback(tpl, c):
    """multi-line payloads a template cannot hold go to a sibling template; the manifest records it."""
    r = tpl(c)
    VARIANT[0] = "via_" + tpl.__name__[2:] + (("_" + VARIANT[0]) if VARIANT[0] and not VARIANT[0].startswith("via_") else "")
    return r


def t_drawio_label(c):
    pre = did()
    model = mx_model(mx_cells(services(R.randint(2, 6)), pre, cell_for(c, pre, var(ch(["html", "edge"])))))
    return fname(ch(["drawio", "drawio", "xml", "dio"])), mxfile([plain_diagram(ch(["Page-1", "Overview", "Prod"]), model)])


def t_drawio_note(c):
    pre = did()
    model = mx_model(mx_cells(services(R.randint(2, 5)), pre, cell_for(c, pre, "note")))
    return fname("drawio"), mxfile([plain_diagram("Page-1", model)])


def t_drawio_object(c):
    pre = did()
    extra = " ".join('%s="%s"' % (k.replace(" ", "_").replace("/", "_").replace(":", "_"), xesc(v)) for k, v in c.comp
                     if k.replace(" ", "").replace("_", "").replace("-", "").isalnum())
    key = "".join(x for x in c.key.replace(" ", "_").replace("-", "_") if x.isalnum() or x == "_") or "secret"
    if key[0].isdigit():
        key = "k" + key
    obj = ('        <object label="%s" %s %s="%s" tooltip="%s" id="%s-%d">\n          <mxCell style="shape=cylinder3;whiteSpace=wrap;'
           'html=1;boundedLbl=1;size=15;fillColor=#dae8fc;" vertex="1" parent="1">\n            <mxGeometry x="%d" y="%d" '
           'width="100" height="80" as="geometry" />\n          </mxCell>\n        </object>'
           % (ch(SERVICES), extra, key, xesc(c.fval), xesc(ch(["creds in custom props", "see Edit Data", "owner: " + ch(PEOPLE)])),
              pre, R.randint(20, 60), R.randint(0, 700), R.randint(0, 500)))
    if c.multiline:
        obj = cell_for(c, pre, "note")
    model = mx_model(mx_cells(services(R.randint(2, 5)), pre, obj))
    return fname("drawio"), mxfile([plain_diagram("Page-1", model)])


def t_drawio_tooltip(c):
    pre = did()
    obj = ('        <UserObject label="%s" tooltip="%s" id="%s-%d">\n          <mxCell style="rounded=1;whiteSpace=wrap;html=1;" '
           'vertex="1" parent="1">\n            <mxGeometry x="%d" y="%d" width="120" height="60" as="geometry" />\n'
           '          </mxCell>\n        </UserObject>' % (ch(SERVICES), xesc(jl(c, "\n")), pre, R.randint(20, 60),
                                                          R.randint(0, 700), R.randint(0, 500)))
    model = mx_model(mx_cells(services(R.randint(2, 5)), pre, obj))
    return fname("drawio"), mxfile([plain_diagram(ch(["Page-1", "Integrations"]), model)])


def t_drawio_mixed(c):
    pre = did()
    model = mx_model(mx_cells(services(R.randint(2, 4)), pre, cell_for(c, pre, ch(["html", "note"]))))
    pages = [compressed_diagram(ch(["Overview", "Page-1", "Context"])), plain_diagram(ch(["Details", "Page-2", "Ops notes"]), model)]
    if R.random() < 0.4:
        pages.append(compressed_diagram("Page-3"))
    return fname("drawio"), mxfile(pages)


def t_drawio_image(c):
    pre = did()
    img = '        <mxCell id="%s-90" value="" style="shape=image;verticalLabelPosition=bottom;verticalAlign=top;imageAspect=0;' \
          'image=data:image/png,%s;" vertex="1" parent="1">\n          <mxGeometry x="10" y="10" width="48" height="48" as="geometry" />\n' \
          '        </mxCell>' % (pre, b64(png_bytes()))
    body = mx_cells(services(R.randint(2, 4)), pre, cell_for(c, pre, "html"))
    model = mx_model(body + "\n" + img)
    return fname("drawio"), mxfile([plain_diagram("Page-1", model)])


def t_drawio_svg(c):
    pre = did()
    model = mx_model(mx_cells(services(R.randint(2, 4)), pre, cell_for(c, pre, "html")))
    mf = mxfile([plain_diagram("Page-1", model)]).strip()
    w, h = R.randint(400, 1200), R.randint(300, 800)
    txt = "".join('<tspan x="%d" dy="1.2em">%s</tspan>' % (10, xtext(l)) for l in c.lines)
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<!-- Do not edit this file with editors other than draw.io -->\n'
           '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="%dpx" '
           'height="%dpx" viewBox="-0.5 -0.5 %d %d" content="%s">\n<defs/>\n<g>\n'
           '<rect x="1" y="1" width="240" height="80" rx="12" ry="12" fill="#dae8fc" stroke="#6c8ebf" pointer-events="all"/>\n'
           '<text x="10" y="20" fill="rgb(0, 0, 0)" font-family="Helvetica" font-size="12px">%s</text>\n</g>\n</svg>\n'
           % (w, h, w, h, xesc(mf), txt))
    return "%s/%s.drawio.svg" % (dirp(), topic()), svg


def ex_el(kind, text=None, **kw):
    e = {"id": nano(), "type": kind, "x": round(R.uniform(-200, 900), 4), "y": round(R.uniform(-100, 700), 4),
         "width": round(R.uniform(80, 400), 4), "height": round(R.uniform(25, 200), 4), "angle": 0,
         "strokeColor": ch(["#1e1e1e", "#e03131", "#1971c2"]), "backgroundColor": ch(["transparent", "#ffec99", "#a5d8ff"]),
         "fillStyle": "solid", "strokeWidth": 2, "strokeStyle": "solid", "roughness": 1, "opacity": 100, "groupIds": [],
         "frameId": None, "roundness": {"type": 3} if kind == "rectangle" else None, "seed": R.randint(1, 2 ** 31 - 1),
         "version": R.randint(2, 400), "versionNonce": R.randint(1, 2 ** 31 - 1), "isDeleted": False,
         "boundElements": None, "updated": R.randint(1690000000000, 1760000000000), "link": None, "locked": False}
    if text is not None:
        e.update({"text": text, "fontSize": ch([16, 20, 28]), "fontFamily": ch([1, 2, 5]), "textAlign": "left",
                  "verticalAlign": "top", "containerId": None, "originalText": text, "autoResize": True,
                  "lineHeight": 1.25})
    e.update(kw)
    return e


def excalidraw_doc(c, link=False, files=False):
    els = []
    for s in services(R.randint(2, 6)):
        els.append(ex_el("rectangle"))
        els.append(ex_el("text", s))
    if c is not None:
        if link:
            e = ex_el("rectangle", link=c.fval)
            els.insert(R.randint(0, len(els)), e)
        else:
            els.insert(R.randint(0, len(els)), ex_el("text", jl(c, "\n")))
    doc = {"type": "excalidraw", "version": 2, "source": ch(["https://excalidraw.com", "https://app.excalidraw.com",
                                                              "https://marketplace.visualstudio.com/items?itemName=pomdtr.excalidraw-editor"]),
           "elements": els, "appState": {"gridSize": None, "viewBackgroundColor": "#ffffff"}, "files": {}}
    if files:
        fid = rs(HX, 40)
        els.append(ex_el("image", status="saved", fileId=fid, scale=[1, 1]))
        doc["files"][fid] = {"mimeType": "image/png", "id": fid, "dataURL": "data:image/png;base64," + b64(png_bytes()),
                             "created": R.randint(1690000000000, 1760000000000)}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def t_excalidraw_text(c):
    return fname("excalidraw"), excalidraw_doc(c, files=R.random() < 0.3)


def t_excalidraw_link(c):
    if c.multiline or "://" not in c.fval:
        return fallback(t_excalidraw_text, c)
    return fname("excalidraw"), excalidraw_doc(c, link=True)


def t_excalidraw_json(c):
    return "%s/%s.excalidraw.json" % (dirp(), topic()), excalidraw_doc(c, files=R.random() < 0.5)


def t_excalidraw_md(c):
    ids = []
    lines = ["---", "", "excalidraw-plugin: parsed", "tags: [excalidraw]", "", "---",
             "==⚠  Switch to EXCALIDRAW VIEW in the MORE OPTIONS menu of this document. ⚠==", "", "",
             "# Excalidraw Data", "## Text Elements"]
    items = [(s, rs(AN, 8)) for s in services(R.randint(2, 6))]
    items.insert(R.randint(0, len(items)), (jl(c, "\n"), rs(AN, 8)))
    for t, i in items:
        lines.append("%s ^%s" % (t, i))
        lines.append("")
        ids.append(i)
    els = [ex_el("text", t, id=i) for t, i in items]
    lines += ["%%", "## Drawing", "```json", json.dumps({"type": "excalidraw", "version": 2,
                                                      "source": "https://github.com/zsviczian/obsidian-excalidraw-plugin/releases/tag/2.0.%d" % R.randint(1, 25),
                                                      "elements": els}, indent="\t", ensure_ascii=False), "```", "%%"]
    return "%s/%s.excalidraw.md" % (ch(["notes", "vault/Architecture", "docs/whiteboards", "Excalidraw"]),
                                    topic().replace("-", " ").title()), "\n".join(lines) + "\n"


def t_tldraw(c):
    recs = [{"gridSize": 10, "name": "", "meta": {}, "id": "document:document", "typeName": "document"},
            {"meta": {}, "id": "page:page", "name": "Page 1", "index": "a1", "typeName": "page"}]
    shapes = []
    texts = services(R.randint(2, 5))
    texts.insert(R.randint(0, len(texts)), jl(c, "\n"))
    for i, t in enumerate(texts):
        shapes.append({"x": R.randint(-300, 900), "y": R.randint(-200, 700), "rotation": 0, "isLocked": False,
                       "opacity": 1, "meta": {}, "id": "shape:" + nano(), "type": ch(["geo", "note", "text"]),
                       "props": {"w": R.randint(100, 400), "h": R.randint(60, 200), "geo": "rectangle",
                                 "color": ch(["black", "yellow", "light-blue", "red"]), "labelColor": "black",
                                 "fill": "none", "dash": "draw", "size": "m", "font": "draw", "text": t,
                                 "align": "middle", "verticalAlign": "middle", "growY": 0, "url": "", "scale": 1},
                       "parentId": "page:page", "index": "a%d" % (i + 2), "typeName": "shape"})
    recs += shapes
    doc = {"tldrawFileFormatVersion": 1, "schema": {"schemaVersion": 2, "sequences": {
        "com.tldraw.store": 4, "com.tldraw.asset": 1, "com.tldraw.camera": 1, "com.tldraw.document": 2,
        "com.tldraw.page": 1, "com.tldraw.shape": 4, "com.tldraw.shape.geo": 9, "com.tldraw.shape.note": 7}},
        "records": recs}
    return fname("tldr"), json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def t_canvas(c):
    nodes = []
    texts = ["## " + s for s in services(R.randint(2, 5))]
    texts.insert(R.randint(0, len(texts)), jl(c, "\n"))
    for t in texts:
        nodes.append({"id": rs(HX, 16), "type": "text", "text": t, "x": R.randint(-600, 600), "y": R.randint(-400, 400),
                      "width": 250, "height": R.randint(60, 200)})
    edges = [{"id": rs(HX, 16), "fromNode": nodes[i]["id"], "fromSide": "right", "toNode": nodes[i + 1]["id"],
              "toSide": "left"} for i in range(len(nodes) - 1)]
    return "%s/%s.canvas" % (ch(["notes", "vault/Architecture", "docs"]), topic()), \
        json.dumps({"nodes": nodes, "edges": edges}, indent="\t", ensure_ascii=False) + "\n"


def puml_sep(c):
    return "\\n".join(c.lines)


def t_puml_seq(c):
    a, b = ch([("Client", "AuthServer"), ("Frontend", "API"), ("Worker", "Stripe"), ("CI", "Registry"),
               ("Service", "Vault"), ("App", "IdP")])
    msgs = ["%s -> %s: %s" % (a, b, ch(["GET /health", "POST /oauth/token", "GET /.well-known/openid-configuration",
                                       "POST /v1/events"])),
            "%s --> %s: 200 OK" % (b, a), "%s -> %s: %s" % (a, b, ch(["refresh", "retry with backoff", "GET /userinfo"])),
            "%s --> %s: 401 Unauthorized" % (b, a)]
    msgs.insert(R.randint(0, len(msgs)), "%s -> %s: %s" % (a, b, puml_sep(c)))
    body = ["@startuml", "title %s" % topic().replace("-", " ").title(), "autonumber", "actor User",
            "participant %s" % a, "participant %s" % b, ""] + msgs + ["@enduml"]
    return fname(ch(["puml", "plantuml", "pu", "iuml"])), "\n".join(body) + "\n"


def t_puml_note(c):
    svcs = services(R.randint(3, 5))
    al = ["svc%d" % i for i in range(len(svcs))]
    body = ["@startuml", "skinparam componentStyle rectangle"]
    body += ['[%s] as %s' % (s, a) for s, a in zip(svcs, al)]
    body += ["%s --> %s" % (al[i], al[i + 1]) for i in range(len(al) - 1)]
    note = ["note %s of %s" % (ch(["right", "left", "bottom"]), ch(al))] + ["  " + l for l in c.lines] + ["end note"]
    pos = R.randint(2, len(body))
    body[pos:pos] = note
    body.append("@enduml")
    return fname("puml"), "\n".join(body) + "\n"


def t_puml_legend(c):
    svcs = services(R.randint(3, 5))
    body = ["@startuml", "!theme plain", "left to right direction"]
    body += ['node "%s" as n%d' % (s, i) for i, s in enumerate(svcs)]
    body += ["n%d --> n%d" % (i, i + 1) for i in range(len(svcs) - 1)]
    body += ["", "legend %s" % ch(["right", "left", "top left"])] + ["  " + l for l in c.lines] + ["endlegend", "@enduml"]
    return fname("puml"), "\n".join(body) + "\n"


def t_puml_db(c):
    body = ["@startuml", 'database "%s" as db' % ch(["Orders DB", "PostgreSQL", "Billing MySQL", "Mongo"]),
            'component "%s" as app' % ch(SERVICES), 'app --> db : %s' % puml_sep(c), "@enduml"]
    if R.random() < 0.5:
        body[3:3] = ['cloud "%s" as ext' % ch(SERVICES), "app ..> ext : https"]
    return fname("puml"), "\n".join(body) + "\n"


def t_puml_var(c):
    if c.multiline:
        return fallback(t_puml_note, c)
    name = "".join(x for x in c.key.upper().replace(" ", "_").replace("-", "_") if x.isalnum() or x == "_") or "TOKEN"
    body = ["@startuml", "' shared settings for the architecture diagrams",
            '!$%s = "%s"' % (name, c.fval), '!$ENV = "%s"' % ch(["prod", "staging"]),
            'rectangle "%s ($ENV)" as svc' % ch(SERVICES), 'rectangle "%s" as ext' % ch(SERVICES),
            'svc --> ext : "uses $%s"' % name, "@enduml"]
    return fname("puml"), "\n".join(body) + "\n"


def t_puml_yaml(c):
    if c.multiline:
        return fallback(t_puml_note, c)
    key = c.key.replace(" ", "_")
    body = ["@startyaml", "#highlight \"%s\"" % ch(["integrations", "database", "auth"]), "app: %s" % ch(["orders", "billing"]),
            "integrations:", "  %s:" % c.provider, "    %s: %s" % (key, c.fval)]
    body += ["    %s: %s" % (k.replace(" ", "_"), v) for k, v in c.comp]
    body += ["replicas: %d" % R.randint(1, 6), "@endyaml"]
    return fname("puml"), "\n".join(body) + "\n"


def t_puml_json(c):
    if c.multiline:
        return fallback(t_puml_legend, c)
    obj = {"service": ch(SERVICES), "env": ch(["prod", "staging"]), "config": {c.key: c.fval}}
    for k, v in c.comp:
        obj["config"][k] = v
    return fname("puml"), "@startjson\n" + json.dumps(obj, indent=2, ensure_ascii=False) + "\n@endjson\n"


def t_c4(c):
    svc = ch(SERVICES)
    body = ["@startuml", "!include https://raw.githubusercontent.com/plantuml-stdlib/C4-PlantUML/master/C4_Container.puml",
            "LAYOUT_WITH_LEGEND()", 'Person(user, "Customer")',
            'System_Boundary(sb, "%s") {' % ch(["Shop", "Orders Platform", "Billing"]),
            '  Container(api, "%s", "Spring Boot", "REST API")' % svc,
            '  ContainerDb(db, "Database", "PostgreSQL", "orders, invoices")', "}",
            'System_Ext(ext, "%s", "3rd party")' % ch(["Stripe", "Slack", "SendGrid", "Partner API"]),
            'Rel(user, api, "Uses", "HTTPS")']
    rel = 'Rel(api, %s, "%s", "%s")' % (ch(["db", "ext"]), ch(["Reads/writes", "Calls", "Notifies"]), puml_sep(c))
    body.insert(R.randint(9, len(body)), rel)
    body.append("@enduml")
    return "%s/c4/%s.puml" % (dirp(), topic()), "\n".join(body) + "\n"


def mmd_safe(s):
    return s.replace('"', "'").replace(";", ",").replace("#", "&#35;")


def mermaid_seq(c):
    a, b = ch([("Client", "AuthServer"), ("App", "Stripe"), ("Bot", "Slack"), ("Svc", "Vault"), ("Web", "API")])
    msgs = ["    %s->>%s: %s" % (a, b, ch(["GET /health", "POST /v1/token", "GET /userinfo"])),
            "    %s-->>%s: 200 OK" % (b, a)]
    msgs.insert(R.randint(0, len(msgs)), "    %s->>%s: %s" % (a, b, mmd_safe("<br/>".join(c.lines)))
                if not c.multiline else "    Note over %s,%s: %s" % (a, b, mmd_safe("<br/>".join(c.lines))))
    return ["sequenceDiagram", "    autonumber", "    participant %s" % a, "    participant %s" % b] + msgs


def mermaid_flow(c):
    svcs = services(R.randint(3, 5))
    out = ["flowchart %s" % ch(["LR", "TD"])]
    for i, s in enumerate(svcs):
        out.append('    n%d["%s"]' % (i, s))
    for i in range(len(svcs) - 1):
        out.append("    n%d --> n%d" % (i, i + 1))
    ln = '    n%d -- "%s" --> x[("%s")]' % (R.randrange(len(svcs)), mmd_safe(" ".join(c.lines)), ch(SERVICES)) \
        if not c.multiline and R.random() < 0.5 else '    secret["%s"]' % mmd_safe("<br/>".join(c.lines))
    out.insert(R.randint(1, len(out)), ln)
    return out


def mermaid_comment(c):
    out = mermaid_flow(Cred("x", "x", "x", "x", lines=[ch(SERVICES)]))
    out.insert(R.randint(1, len(out)), "    %% " + " | ".join(c.lines))
    return out


def t_mmd(c):
    f = ch([mermaid_seq, mermaid_flow, mermaid_comment])
    var(f.__name__)
    return fname(ch(["mmd", "mermaid"])), "\n".join(f(c)) + "\n"


def t_md_mermaid(c):
    f = ch([mermaid_seq, mermaid_flow])
    var(f.__name__)
    t = topic().replace("-", " ").title()
    body = ["# %s" % t, "", ch(["Overview of the flow as discussed with %s." % ch(PEOPLE),
                                "This page describes how the services talk to each other.",
                                "Quick sketch from the whiteboard session."]), "", "```mermaid"] + f(c) + \
        ["```", "", "## Notes", "", "- owner: %s" % ch(PEOPLE), "- last reviewed: 20%02d-%02d" % (R.randint(22, 25), R.randint(1, 12))]
    return ch(["README.md", "docs/%s.md" % topic(), "docs/architecture/README.md", "wiki/%s.md" % t.replace(" ", "-")]), "\n".join(body) + "\n"


def t_adr(c):
    n = R.randint(1, 60)
    t = ch(["use-oauth-client-credentials", "introduce-event-bus", "move-secrets-to-vault", "adopt-stripe-webhooks",
            "split-billing-db", "sso-with-keycloak"])
    dia = var(ch(["mermaid", "plantuml"]))
    body = ["# %d. %s" % (n, t.replace("-", " ").capitalize()), "", "Date: 20%02d-%02d-%02d" % (R.randint(21, 25), R.randint(1, 12), R.randint(1, 28)),
            "", "## Status", "", ch(["Accepted", "Proposed", "Superseded by ADR-%d" % (n + 3)]), "", "## Context", "",
            "We need a way for %s to call %s. See the sequence below." % (ch(SERVICES), ch(SERVICES)), ""]
    if dia == "mermaid":
        body += ["```mermaid"] + mermaid_seq(c) + ["```"]
    else:
        body += ["```plantuml", "@startuml", "A -> B: %s" % puml_sep(c), "B --> A: 200", "@enduml", "```"]
    body += ["", "## Decision", "", ch(["We will go with option 2.", "Adopt the flow above for all new services."]), "",
             "## Consequences", "", "- rotate credentials quarterly", "- %s owns the integration" % ch(PEOPLE)]
    return "%s/%04d-%s.md" % (ch(["docs/adr", "adr", "doc/adr", "docs/decisions"]), n, t), "\n".join(body) + "\n"


def t_adoc(c):
    body = ["= %s" % topic().replace("-", " ").title(), ":toc:", "", "== Sequence", "", "[plantuml, %s, svg]" % topic(),
            "----", "@startuml", "Client -> Server : %s" % puml_sep(c), "Server --> Client : 201 Created", "@enduml",
            "----", "", "NOTE: diagram rendered by Kroki in CI."]
    return "docs/modules/ROOT/pages/%s.adoc" % topic(), "\n".join(body) + "\n"


def dot_esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def t_dot(c):
    svcs = services(R.randint(3, 6))
    out = ["digraph %s {" % ch(["G", "arch", "infra", "pipeline"]), "  rankdir=LR;",
           '  node [shape=box, style="rounded,filled", fillcolor="#%s", fontname="Helvetica"];' % rs(HX, 6)]
    for i, s in enumerate(svcs):
        out.append('  n%d [label="%s"];' % (i, s))
    for i in range(len(svcs) - 1):
        out.append("  n%d -> n%d;" % (i, i + 1))
    st = R.randrange(4)
    var(["edge_label", "tooltip", "note", "comment"][st])
    if st == 0:
        ln = '  n0 -> secret [label="%s"];' % dot_esc("\\n".join(c.lines))
    elif st == 1:
        ln = '  n%d [tooltip="%s"];' % (R.randrange(len(svcs)), dot_esc("\\n".join(c.lines)))
    elif st == 2:
        ln = '  note [shape=note, label="%s"];' % dot_esc("\\l".join(c.lines) + "\\l")
    else:
        ln = "  // " + " ".join(c.lines) if not c.multiline else '  note [shape=note, label="%s"];' % dot_esc("\\l".join(c.lines))
    out.insert(R.randint(3, len(out)), ln)
    out.append("}")
    return fname(ch(["dot", "gv", "dot"])), "\n".join(out) + "\n"


def t_d2(c):
    svcs = services(R.randint(3, 5))
    out = ["direction: right", ""]
    for i, s in enumerate(svcs):
        out.append('s%d: "%s"' % (i, s))
    for i in range(len(svcs) - 1):
        out.append("s%d -> s%d" % (i, i + 1))
    if c.multiline:
        out += ["notes: |md", "  " + "\n  ".join(c.lines), "|"]
    else:
        st = R.randrange(3)
        var(["edge", "tooltip", "comment"][st])
        if st == 0:
            out.insert(R.randint(2, len(out)), 's0 -> ext: "%s"' % dot_esc(" ".join(c.lines)))
        elif st == 1:
            out.append('s%d.tooltip: "%s"' % (R.randrange(len(svcs)), dot_esc(" ".join(c.lines))))
        else:
            out.insert(2, "# " + " ".join(c.lines))
    return fname("d2"), "\n".join(out) + "\n"


def t_structurizr(c):
    svc = ch(SERVICES)
    body = ['workspace "%s" "%s" {' % (ch(["Orders", "Acme Platform", "Billing"]), "Architecture as code"), "",
            "    model {", '        customer = person "Customer"',
            '        sys = softwareSystem "%s" {' % ch(["Shop", "Platform"]),
            '            api = container "%s" "" "Spring Boot" {' % svc]
    if c.multiline:
        body.append('                description "%s"' % dot_esc(" ".join(c.lines[:1])))
        body.append("                properties {")
        body.append('                    "key" "%s"' % "\\n".join(c.lines[1:]))
        body.append("                }")
    elif R.random() < 0.6:
        var("properties")
        body += ["                properties {", '                    "%s" "%s"' % (c.key, dot_esc(c.fval))]
        body += ['                    "%s" "%s"' % (k, v) for k, v in c.comp]
        body.append("                }")
    else:
        body.append('                description "%s"' % dot_esc(" ".join(c.lines)))
    body += ["            }", '            db = container "Database" "" "PostgreSQL" "Database"', "        }",
             '        customer -> api "Uses"', '        api -> db "Reads/writes" "JDBC"', "    }", "", "    views {",
             "        container sys {", "            include *", "            autolayout lr", "        }",
             "        theme default", "    }", "}"]
    return ch(["docs/architecture/workspace.dsl", "structurizr/workspace.dsl", "architecture/workspace.dsl"]), "\n".join(body) + "\n"


def t_structurizr_json(c):
    props = {c.key: c.fval if not c.multiline else "\n".join(c.lines)}
    for k, v in c.comp:
        props[k] = v
    ws = {"id": R.randint(10000, 99999), "name": ch(["Orders", "Platform"]), "description": "", "lastModifiedDate": "2024-%02d-%02dT10:00:00Z" % (R.randint(1, 12), R.randint(1, 28)),
          "model": {"softwareSystems": [{"id": "1", "name": ch(SERVICES), "tags": "Element,Software System",
                                         "containers": [{"id": "2", "name": ch(SERVICES), "technology": "Go",
                                                         "properties": props, "tags": "Element,Container"}]}]},
          "views": {"containerViews": [{"key": "Containers", "softwareSystemId": "1", "automaticLayout": {"rankDirection": "LeftRight"}}]}}
    return "structurizr/workspace.json", json.dumps(ws, indent=2, ensure_ascii=False) + "\n"


def t_py_diagrams(c):
    imports = ["from diagrams import Cluster, Diagram, Edge", "from diagrams.aws.compute import ECS, Lambda",
               "from diagrams.aws.database import RDS", "from diagrams.onprem.queue import Kafka",
               "from diagrams.saas.chat import Slack"]
    st = R.randrange(3)
    var(["constant", "docstring", "inline"][st])
    pre = []
    if st == 0 and not c.multiline:
        vname = "".join(x for x in c.key.upper().replace(" ", "_").replace("-", "_") if x.isalnum() or x == "_") or "TOKEN"
        pre = ["", "# label shown on the edge so ops know which credentials are used", '%s = "%s"' % (vname, c.fval)]
        lab = 'f"%s: {%s}"' % (c.key.replace('"', ""), vname)
    elif st == 1 and c.multiline:
        pre = ["", 'NOTE = """' + "\n".join(c.lines) + '"""']
        lab = "NOTE"
    else:
        lab = jstr("\n".join(c.lines))
    body = imports + pre + ["", 'with Diagram("%s", show=False, filename="%s", direction="LR"):' % (
        topic().replace("-", " ").title(), "docs/img/" + topic()),
        '    with Cluster("%s"):' % ch(["VPC prod", "k8s", "eu-west-1"]),
        '        api = ECS("%s")' % ch(SERVICES), '        worker = Lambda("%s")' % ch(SERVICES),
        '    db = RDS("%s")' % ch(["orders-db", "billing"]), '    bus = Kafka("events")',
        "    api >> Edge(label=%s) >> db" % lab if R.random() < 0.6 else '    api >> db',
        "    worker >> bus"]
    if "Edge(label=" not in body[-2]:
        body.append('    worker >> Edge(label=%s, color="firebrick") >> Slack("alerts")' % lab)
    return ch(["docs/diagrams/%s.py" % topic().replace("-", "_"), "diagrams/%s.py" % topic().replace("-", "_"),
               "architecture/diagram.py"]), "\n".join(body) + "\n"


def svg_wrap(inner, extra_head="", attrs=""):
    w, h = R.randint(300, 1400), R.randint(200, 900)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" width="%d" height="%d" viewBox="0 0 %d %d"%s>\n%s%s</svg>\n'
            % (w, h, w, h, attrs, extra_head, inner))


def svg_shapes(n):
    out = []
    for s in services(n):
        x, y = R.randint(0, 900), R.randint(0, 600)
        out.append('  <g class="node" id="node-%s">\n    <rect x="%d" y="%d" width="140" height="50" rx="6" fill="#%s" stroke="#%s"/>\n'
                   '    <text x="%d" y="%d" font-family="Helvetica" font-size="13">%s</text>\n  </g>\n'
                   % (rs(HX, 6), x, y, rs(HX, 6), rs(HX, 6), x + 10, y + 30, xtext(s)))
        if R.random() < 0.3:
            out.append('  <path d="M%d %dC%d %d %d %d %d %d" stroke="#%s" fill="none"/>\n' % tuple(
                [R.randint(0, 900) for _ in range(8)] + [rs(HX, 6)]))
    return out


def t_svg_text(c):
    sh = svg_shapes(R.randint(2, 5))
    x, y = R.randint(0, 800), R.randint(0, 600)
    t = '  <text x="%d" y="%d" font-size="11">' % (x, y) + "".join(
        '<tspan x="%d" dy="14">%s</tspan>' % (x, xtext(l)) for l in c.lines) + "</text>\n"
    sh.insert(R.randint(0, len(sh)), t)
    return "%s/%s.svg" % (ch(["docs/img", "docs/images", "assets/diagrams", "public/diagrams"]), topic()), svg_wrap("".join(sh))


def t_svg_title_desc(c):
    sh = svg_shapes(R.randint(2, 5))
    head = "  <title>%s</title>\n  <desc>%s</desc>\n" % (topic().replace("-", " "), xtext("\n".join(c.lines)))
    if R.random() < 0.5:
        var("group_title")
        head = "  <title>%s</title>\n" % topic()
        sh.insert(R.randint(0, len(sh)), '  <g><title>%s</title><circle cx="50" cy="50" r="8"/></g>\n' % xtext(" ".join(c.lines))
                  if not c.multiline else '  <g><desc>%s</desc></g>\n' % xtext("\n".join(c.lines)))
    return "%s/%s.svg" % (ch(["docs/img", "assets"]), topic()), svg_wrap("".join(sh), head)


def t_svg_metadata(c):
    meta = ('  <metadata>\n    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
            '      <rdf:Description>\n        <dc:creator>%s</dc:creator>\n        <dc:description>%s</dc:description>\n'
            '      </rdf:Description>\n    </rdf:RDF>\n  </metadata>\n' % (ch(PEOPLE), xtext("\n".join(c.lines))))
    return "%s/%s.svg" % (ch(["docs/img", "design/export"]), topic()), svg_wrap("".join(svg_shapes(R.randint(2, 4))), meta,
                                                                                 ' xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"')


def t_svg_data(c):
    sh = svg_shapes(R.randint(2, 5))
    key = "".join(x for x in c.key.lower().replace(" ", "-").replace("_", "-") if x.isalnum() or x == "-") or "token"
    val = c.fval if not c.multiline else "\n".join(c.lines)
    g = '  <g class="node" data-id="%s" data-%s="%s"><rect x="5" y="5" width="90" height="30"/></g>\n' % (
        rs(HX, 8), key.strip("-") or "token", xesc(val))
    sh.insert(R.randint(0, len(sh)), g)
    return "%s/%s.svg" % (ch(["public/diagrams", "docs/img"]), topic()), svg_wrap("".join(sh))


def t_svg_font(c):
    font = b"wOF2" + rbytes(R.randint(300, 700))
    style = '  <defs>\n    <style>\n      @font-face { font-family: "Virgil"; src: url(data:font/woff2;base64,%s); }\n    </style>\n  </defs>\n' % b64(font)
    sh = svg_shapes(R.randint(2, 4))
    t = '  <text x="20" y="%d" font-family="Virgil">%s</text>\n' % (R.randint(20, 500), xtext(" | ".join(c.lines)))
    sh.insert(R.randint(0, len(sh)), t)
    return "%s/%s.svg" % (ch(["docs/img", "assets"]), topic()), svg_wrap("".join(sh), style)


def t_vsdx_page(c):
    shapes = []
    for i, s in enumerate(services(R.randint(2, 5))):
        shapes.append("<Shape ID='%d' NameU='Rectangle' Name='Rectangle' Type='Shape' Master='2'><Cell N='PinX' V='%.4f'/>"
                      "<Cell N='PinY' V='%.4f'/><Text>%s</Text></Shape>" % (i + 1, R.uniform(0, 11), R.uniform(0, 8), xtext(s)))
    if R.random() < 0.5 and not c.multiline:
        var("shape_data")
        sec = ("<Shape ID='%d' NameU='Database' Name='Database' Type='Shape' Master='5'><Cell N='PinX' V='%.4f'/>"
               "<Section N='Property'><Row N='%s'><Cell N='Value' V='%s' U='STR'/><Cell N='Label' V='%s'/></Row></Section>"
               "<Text>%s</Text></Shape>" % (len(shapes) + 1, R.uniform(0, 11),
                                           "".join(x for x in c.key if x.isalnum()) or "Secret", xesc(c.fval),
                                           xesc(c.key), ch(SERVICES)))
    else:
        sec = ("<Shape ID='%d' NameU='Note' Name='Note' Type='Shape' Master='7'><Cell N='PinX' V='%.4f'/><Text>%s</Text></Shape>"
               % (len(shapes) + 1, R.uniform(0, 11), xtext("\n".join(c.lines))))
    shapes.insert(R.randint(0, len(shapes)), sec)
    xml = ("<?xml version='1.0' encoding='utf-8' ?>\n<PageContents xmlns='http://schemas.microsoft.com/office/visio/2012/main' "
           "xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships' xml:space='preserve'><Shapes>\n"
           + "\n".join(shapes) + "\n</Shapes></PageContents>\n")
    return "%s/%s/visio/pages/page%d.xml" % (ch(["docs/visio", "design/vsdx-src", "diagrams/unzipped"]), topic(), R.randint(1, 3)), xml


def t_vsdx_custom(c):
    if c.multiline:
        return fallback(t_vsdx_page, c)
    props = [("Department", ch(["Platform", "IT Ops", "Infrastruktur"])), (c.key, c.fval)] + list(c.comp)
    R.shuffle(props)
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">']
    for i, (k, v) in enumerate(props):
        out.append('<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s"><vt:lpwstr>%s</vt:lpwstr></property>'
                   % (i + 2, xesc(k), xtext(v)))
    out.append("</Properties>")
    return "docs/visio/%s/docProps/custom.xml" % topic(), "\n".join(out) + "\n"


def t_penpot(c):
    page = uuid4()
    objs = {}
    texts = services(R.randint(2, 4))
    texts.insert(R.randint(0, len(texts)), "\n".join(c.lines))
    for t in texts:
        oid = uuid4()
        objs[oid] = {"id": oid, "type": "text", "name": t.split("\n")[0][:30], "x": R.randint(0, 1200), "y": R.randint(0, 800),
                     "width": R.randint(100, 400), "height": R.randint(20, 120), "parent-id": "00000000-0000-0000-0000-000000000000",
                     "content": {"type": "root", "children": [{"type": "paragraph-set", "children": [
                         {"type": "paragraph", "children": [{"text": p, "fill-color": "#000000", "font-family": "sourcesanspro",
                                                             "font-size": "14"}]} for p in t.split("\n")]}]}}
    doc = {"id": uuid4(), "name": topic(), "revn": R.randint(1, 300), "data": {"pages": [page], "pages-index": {page: {
        "id": page, "name": "Page 1", "objects": objs}}}}
    return "design/penpot/%s.json" % topic(), json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def t_figma_json(c):
    kids = []
    texts = services(R.randint(2, 4))
    texts.insert(R.randint(0, len(texts)), "\n".join(c.lines))
    for t in texts:
        kids.append({"id": "%d:%d" % (R.randint(1, 400), R.randint(1, 9000)), "name": t.split("\n")[0][:40], "type": "TEXT",
                     "characters": t, "style": {"fontFamily": "Inter", "fontSize": 14},
                     "fills": [{"type": "SOLID", "color": {"r": round(R.random(), 4), "g": round(R.random(), 4), "b": round(R.random(), 4), "a": 1}}]})
    kids.append({"id": "%d:%d" % (R.randint(1, 400), R.randint(1, 9000)), "name": "logo", "type": "RECTANGLE",
                 "fills": [{"type": "IMAGE", "imageRef": rs(HX, 40), "scaleMode": "FILL"}]})
    doc = {"name": topic().replace("-", " ").title(), "lastModified": "2024-%02d-%02dT12:00:00Z" % (R.randint(1, 12), R.randint(1, 28)),
           "version": str(R.randint(10 ** 9, 10 ** 10)), "schemaVersion": 0, "role": "editor",
           "document": {"id": "0:0", "name": "Document", "type": "DOCUMENT",
                        "children": [{"id": "0:1", "name": "Page 1", "type": "CANVAS", "children": kids}]}}
    return "design/figma/%s.json" % topic(), json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def t_figma_script(c):
    if c.multiline:
        return fallback(t_figma_json, c)
    key = "".join(x for x in c.key.upper().replace(" ", "_").replace("-", "_") if x.isalnum() or x == "_") or "TOKEN"
    if key[0].isdigit():
        key = "TOKEN"
    body = ["// Exports the architecture frames from Figma to docs/img as SVG",
            "const fs = require('fs');", "", "const FILE_KEY = '%s';" % rs(AN, 22),
            ("const %s = %s;" % (key, c.fval)) if c.fval.startswith("process.env") else "const %s = '%s';" % (key, c.fval), "",
            "async function exportFrames(ids) {",
            "  const res = await fetch(`https://api.figma.com/v1/images/${FILE_KEY}?ids=${ids.join(',')}&format=svg`, {",
            "    headers: { 'X-Figma-Token': %s }," % key, "  });",
            "  return res.json();", "}", "", "exportFrames(['%d:%d']).then(console.log);" % (R.randint(1, 99), R.randint(1, 999))]
    return ch(["scripts/export-diagrams.js", "tools/figma-export.js", "design/scripts/sync.js"]), "\n".join(body) + "\n"


def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue()


def t_miro_csv(c):
    rows = [["Type", "Content", "Author", "Created", "Tags"]]
    items = [[ch(["sticky_note", "shape", "card"]), s, ch(PEOPLE), "2024-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)), ch(["", "infra", "todo"])]
             for s in services(R.randint(3, 8))]
    items.insert(R.randint(0, len(items)), ["sticky_note", " ".join(c.lines), ch(PEOPLE), "2024-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)), "ops"])
    return "docs/whiteboard/miro-%s.csv" % topic(), csv_text(rows + items)


def t_lucid_csv(c):
    rows = [["Id", "Name", "Shape Library", "Page ID", "Contained By", "Group", "Line Source", "Line Destination",
             "Source Arrow", "Destination Arrow", "Status", "Text Area 1", "Text Area 2", "Comments"]]
    items = []
    for i, s in enumerate(services(R.randint(3, 7))):
        items.append([str(i + 2), "Process", "Flowchart Shapes", "1", "", "", "", "", "", "", "", s, "", ""])
    sec = [str(len(items) + 2), ch(["Note", "Database", "Process"]), "Flowchart Shapes", "1", "", "", "", "", "", "", "",
           ch(SERVICES), " ".join(c.lines) if R.random() < 0.6 else "", ""]
    if not sec[12]:
        sec[13] = " ".join(c.lines)
    items.insert(R.randint(0, len(items)), sec)
    return "docs/lucid/%s.csv" % topic(), csv_text(rows + [["1", "Page", "", "", "", "", "", "", "", "", "", topic(), "", ""]] + items)


def t_graphml(c):
    nodes = []
    texts = services(R.randint(2, 5))
    idx = R.randint(0, len(texts))
    texts.insert(idx, None)
    for i, t in enumerate(texts):
        if t is None:
            lab = ch(SERVICES)
            desc = '<data key="d5"><![CDATA[%s]]></data>' % "\n".join(c.lines)
        else:
            lab, desc = t, ""
        nodes.append('    <node id="n%d">%s\n      <data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="120.0" x="%d.0" y="%d.0"/>'
                     '<y:Fill color="#%s" transparent="false"/><y:NodeLabel>%s</y:NodeLabel></y:ShapeNode></data>\n    </node>'
                     % (i, desc, R.randint(0, 900), R.randint(0, 600), rs("0123456789ABCDEF", 6), xtext(lab)))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:y="http://www.yworks.com/xml/graphml">\n  <key for="node" id="d5" attr.name="description" attr.type="string"/>\n'
           '  <key for="node" id="d6" yfiles.type="nodegraphics"/>\n  <graph edgedefault="directed" id="G">\n%s\n  </graph>\n</graphml>\n'
           % "\n".join(nodes))
    return fname("graphml"), xml


def t_archimate(c):
    els = []
    for s in services(R.randint(2, 5)):
        els.append('    <element xsi:type="archimate:ApplicationComponent" name="%s" id="id-%s"/>' % (xesc(s), rs(HX, 32)))
    if c.multiline:
        sec = ('    <element xsi:type="archimate:Node" name="%s" id="id-%s">\n      <documentation>%s</documentation>\n    </element>'
               % (ch(SERVICES), rs(HX, 32), xtext("\n".join(c.lines))))
    else:
        sec = ('    <element xsi:type="archimate:ApplicationComponent" name="%s" id="id-%s">\n      <property key="%s" value="%s"/>\n%s    </element>'
               % (ch(SERVICES), rs(HX, 32), xesc(c.key), xesc(c.fval),
                  "".join('      <property key="%s" value="%s"/>\n' % (xesc(k), xesc(v)) for k, v in c.comp)))
    els.insert(R.randint(0, len(els)), sec)
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<archimate:model xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xmlns:archimate="http://www.archimatetool.com/archimate" name="%s" id="id-%s" version="5.0.0">\n'
           '  <folder name="Application" id="id-%s" type="application">\n%s\n  </folder>\n</archimate:model>\n'
           % (ch(["Enterprise Architecture", "Acme EA", "IT-Landschaft"]), rs(HX, 32), rs(HX, 32), "\n".join(els)))
    return "architecture/%s.archimate" % ch(["model", "landscape", topic()]), xml


BPMN_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
             'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
             '%s id="Definitions_%s" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="%s">\n')


def t_bpmn_c7(c):
    pid = "Process_" + rs(LO + DG, 7)
    if c.multiline:
        param = '          <camunda:inputParameter name="privateKey">%s</camunda:inputParameter>' % xtext("\n".join(c.lines[1:]))
    elif c.lines and c.lines[-1].startswith(("Authorization:", "x-api-key:")):
        h, v = c.lines[-1].split(": ", 1)
        param = ('          <camunda:inputParameter name="headers">\n            <camunda:map>\n'
                 '              <camunda:entry key="%s">%s</camunda:entry>\n              <camunda:entry key="Content-Type">application/json</camunda:entry>\n'
                 '            </camunda:map>\n          </camunda:inputParameter>' % (h, xtext(v)))
    else:
        nm = ch(["url", "password", "apiKey", "token"]) if c.fval != c.needle else ch(["password", "apiKey", "token", "secret"])
        if "://" in c.fval:
            nm = "url"
        if c.lookalike:
            nm = "".join(x for x in c.key.replace(" ", "_") if x.isalnum() or x == "_") or "value"
        param = '          <camunda:inputParameter name="%s">%s</camunda:inputParameter>' % (nm, xtext(c.fval))
    body = (BPMN_HEAD % ('xmlns:camunda="http://camunda.org/schema/1.0/bpmn"', rs(AN, 7), "5.%d.0" % R.randint(10, 28)) +
            '  <bpmn:process id="%s" isExecutable="true">\n    <bpmn:startEvent id="StartEvent_1" />\n'
            '    <bpmn:serviceTask id="Activity_%s" name="%s">\n      <bpmn:extensionElements>\n        <camunda:connector>\n'
            '          <camunda:inputOutput>\n          <camunda:inputParameter name="method">POST</camunda:inputParameter>\n%s\n'
            '          </camunda:inputOutput>\n          <camunda:connectorId>http-connector</camunda:connectorId>\n'
            '        </camunda:connector>\n      </bpmn:extensionElements>\n    </bpmn:serviceTask>\n    <bpmn:endEvent id="Event_%s" />\n'
            '  </bpmn:process>\n</bpmn:definitions>\n' % (pid, rs(LO + DG, 7), ch(["Notify Slack", "Call partner API", "Create invoice", "Sync CRM"]),
                                                         param, rs(LO + DG, 7)))
    return "%s/%s.bpmn" % (ch(["src/main/resources", "processes", "bpmn"]), topic()), body


def t_bpmn_c8(c):
    if c.multiline:
        return fallback(t_bpmn_c7, c)
    tok = c.fval
    tgt = ch(["authentication.token", "authentication.password", "authentication.clientSecret", "url"]) if "://" not in tok else "url"
    if c.lookalike:
        tgt = ch(["correlationKey", "headers.X-Request-Id", "body.reference", "resultVariable"])
    body = (BPMN_HEAD % ('xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:modeler="http://camunda.org/schema/modeler/1.0"',
                         rs(AN, 7), "5.%d.0" % R.randint(10, 28)) +
            '  <bpmn:process id="%s" name="%s" isExecutable="true">\n    <bpmn:serviceTask id="Task_%s" name="%s" '
            'zeebe:modelerTemplate="io.camunda.connectors.HttpJson.v2">\n      <bpmn:extensionElements>\n'
            '        <zeebe:taskDefinition type="io.camunda:http-json:1" />\n        <zeebe:ioMapping>\n'
            '          <zeebe:input source="bearer" target="authentication.type" />\n'
            '          <zeebe:input source="%s" target="%s" />\n          <zeebe:input source="POST" target="method" />\n'
            '          <zeebe:input source="https://api.partner.example.com/v1/orders" target="url" />\n'
            '        </zeebe:ioMapping>\n      </bpmn:extensionElements>\n    </bpmn:serviceTask>\n  </bpmn:process>\n'
            '</bpmn:definitions>\n' % ("Process_" + rs(LO + DG, 7), topic(), rs(LO + DG, 7), ch(["Call REST", "Post to partner"]),
                                      xesc(tok), tgt))
    return "%s/%s.bpmn" % (ch(["processes", "camunda", "bpmn"]), topic()), body


def t_wsd(c):
    body = ["title %s" % topic().replace("-", " ").title(), "participant Browser", "participant App", "participant %s" % ch(["IdP", "Auth0", "Keycloak"]),
            "Browser->App: GET /login", "App->IdP: redirect /authorize?client_id=%s&response_type=code" % rs(AN, 20),
            "IdP->App: code", "App->IdP: POST /token\\n%s" % "\\n".join(c.lines), "IdP-->App: access_token", "App-->Browser: Set-Cookie session"]
    return "%s/%s.wsd" % (dirp(), topic()), "\n".join(body) + "\n"


def t_seqdiag(c):
    body = ["seqdiag {", "  activation = none;", "  browser  -> webserver [label = \"GET /\"];",
            "  webserver -> api [label = \"%s\"];" % dot_esc("\\n".join(c.lines)),
            "  webserver <- api;", "  browser <-- webserver;", "}"]
    return "%s/%s.diag" % (dirp(), topic()), "\n".join(body) + "\n"


def t_mermaid_class(c):
    if c.multiline:
        return fallback(t_mmd, c)
    cls = ch(["PaymentClient", "SlackNotifier", "OrderRepository", "PartnerGateway"])
    body = ["classDiagram", "    class %s {" % cls, "        -String baseUrl", '        -String %s = "%s"' % (
        "".join(x for x in c.key if x.isalnum()) or "apiKey", c.fval), "        +send(Event e) void", "    }",
            "    %s <|-- Retrying%s" % (cls, cls)]
    return fname("mmd"), "\n".join(body) + "\n"


def t_oauth_txt(c):
    body = ["OAuth2 client-credentials flow (%s)" % ch(["prod", "staging"]), "=" * 40, "",
            "  %-12s %-26s %s" % ("Service", "", "IdP"),
            "     |  POST /oauth2/token                |",
            "     |  grant_type=client_credentials     |"]
    for l in c.lines:
        body.append("     |  %-34s|" % l)
    body += ["     |----------------------------------->|", "     |<-----------------------------------|",
             "     |  {access_token, expires_in: 3600}  |", ""]
    return "%s/%s.txt" % (ch(["docs/auth", "docs/flows", "docs"]), ch(["oauth-flow", "token-flow", "auth-sequence"])), "\n".join(body) + "\n"


def t_md_plantuml(c):
    body = ["## %s" % topic().replace("-", " ").title(), "", "Rendered by GitLab (PlantUML integration).", "",
            "```plantuml", "@startuml", "participant %s as A" % ch(["Shop", "Worker", "CI"]),
            "participant %s as B" % ch(["Stripe", "Registry", "Partner"])]
    if c.multiline:
        body += ["note over A"] + c.lines + ["end note"]
    else:
        body += ["A -> B : %s" % puml_sep(c)]
    body += ["B --> A : 200 OK", "@enduml", "```", "", "Questions -> %s" % ch(PEOPLE)]
    return ch(["docs/integrations/%s.md" % topic(), "wiki/%s.md" % topic(), "CONTRIBUTING-diagrams.md"]), "\n".join(body) + "\n"


def t_mermaid_er(c):
    if c.multiline:
        return fallback(t_mmd, c)
    body = ["erDiagram", "    CUSTOMER ||--o{ ORDER : places", "    ORDER ||--|{ LINE_ITEM : contains",
            "    %%%% seed data for the demo env: %s" % " ".join(c.lines),
            "    CUSTOMER {", "        string id PK", "        string email", "    }"]
    R.shuffle(body[1:3])
    return fname("mmd"), "\n".join(body) + "\n"


TEMPLATES = [t_md_plantuml, t_mermaid_er, t_drawio_label, t_drawio_note, t_drawio_object, t_drawio_tooltip, t_drawio_mixed, t_drawio_image, t_drawio_svg,
             t_excalidraw_text, t_excalidraw_link, t_excalidraw_json, t_excalidraw_md, t_tldraw, t_canvas,
             t_puml_seq, t_puml_note, t_puml_legend, t_puml_db, t_puml_var, t_puml_yaml, t_puml_json, t_c4,
             t_mmd, t_md_mermaid, t_adr, t_adoc, t_dot, t_d2, t_structurizr, t_structurizr_json, t_py_diagrams,
             t_svg_text, t_svg_title_desc, t_svg_metadata, t_svg_data, t_svg_font, t_vsdx_page, t_vsdx_custom,
             t_penpot, t_figma_json, t_figma_script, t_miro_csv, t_lucid_csv, t_graphml, t_archimate, t_bpmn_c7,
             t_bpmn_c8, t_wsd, t_seqdiag, t_mermaid_class, t_oauth_txt]


FORCED = {t_figma_script: g_figma, t_oauth_txt: g_oauth, t_wsd: g_oauth}

# ---------------------------------------------------------------------------------------
# negative-only container look-alikes (whole files)
def n_drawio_compressed():
    pages = [compressed_diagram(ch(["Page-1", "Overview", "Prod", "Network"])) for _ in range(R.randint(1, 3))]
    return fname("drawio"), mxfile(pages), "drawio_compressed_only"


def n_excalidraw_svg():
    payload = b64(zlib.compress(json.dumps({"type": "excalidraw", "elements": [ex_el("text", s) for s in services(3)]}).encode()))
    meta = ('  <!-- svg-source:excalidraw -->\n  <metadata><!-- payload-type:application/vnd.excalidraw+json --><!-- payload-version:2 -->'
            '<!-- payload-start -->%s<!-- payload-end --></metadata>\n' % payload)
    return "%s/%s.excalidraw.svg" % (ch(["docs/img", "assets"]), topic()), svg_wrap("".join(svg_shapes(3)), meta), "excalidraw_svg_payload"


def n_excalidraw_images():
    return fname("excalidraw"), excalidraw_doc(None, files=True), "excalidraw_embedded_image"


def n_svg_image():
    img = '  <image x="0" y="0" width="64" height="64" xlink:href="data:image/png;base64,%s"/>\n' % b64(png_bytes())
    return "%s/%s.svg" % (ch(["docs/img", "assets/icons"]), topic()), svg_wrap(img + "".join(svg_shapes(3))), "svg_embedded_png"


NEG_EXTRA = [n_drawio_compressed, n_excalidraw_svg, n_excalidraw_images, n_svg_image, t_svg_font]


# ---------------------------------------------------------------------------------------
def ftype(path):
    base = path.rsplit("/", 1)[-1]
    for e in (".drawio.svg", ".excalidraw.md", ".excalidraw.json", ".excalidraw.svg"):
        if base.endswith(e):
            return e[1:]
    return base.rsplit(".", 1)[-1] if "." in base else base


def main():
    global R
    if len(sys.argv) != 3:
        sys.stderr.write(__doc__)
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []
    needles = set()
    files = []
    i = 0
    # positives
    while i < 500:
        g = pick_gen()
        c = g(False)
        VARIANT[0] = ""
        tpl = TEMPLATES[i % len(TEMPLATES)] if i < len(TEMPLATES) * 2 else ch(TEMPLATES)
        if tpl in FORCED:
            c = FORCED[tpl](False)
        path, text = tpl(c)
        if c.needle in needles or text.count(c.needle) == 0:
            continue
        if any(c.needle in t for t in (c.key,)):
            continue
        needles.add(c.needle)
        idx = text.index(c.needle)
        line = text.count("\n", 0, idx) + 1
        assert c.needle in text.split("\n")[line - 1]
        rel = "pos/p%04d/%s" % (i, path)
        files.append((rel, text))
        manifest.append({"file": rel, "label": "pos", "provider": c.provider, "kind": c.kind, "filetype": ftype(path),
                         "template": tpl.__name__[2:] + (":" + VARIANT[0] if VARIANT[0] else "")})
        secrets.append({"file": rel, "needle": c.needle, "line": line})
        i += 1
    # negatives
    negs = []
    j = 0
    while j < 500:
        VARIANT[0] = ""
        if j < 250:
            tpl = ch(TEMPLATES)
            c = FORCED.get(tpl, pick_gen())(True)
            path, text = tpl(c)
            prov, kind, tn = c.provider, "placeholder_" + c.kind, tpl.__name__[2:] + (":" + VARIANT[0] if VARIANT[0] else "")
        elif j < 250 + 60:
            f = ch(NEG_EXTRA)
            if f is t_svg_font:
                c = lookalike()
                path, text = f(c)
                prov, kind, tn = c.provider, c.kind, "svg_font"
            else:
                path, text, kind = f()
                prov, tn = "none", f.__name__[2:]
        else:
            c = lookalike()
            tpl = ch(TEMPLATES)
            path, text = tpl(c)
            prov, kind, tn = c.provider, c.kind, tpl.__name__[2:] + (":" + VARIANT[0] if VARIANT[0] else "")
        base = path.rsplit("/", 1)[-1]
        if base == ".env" or base.startswith(".env.") and base not in (".env.example", ".env.sample"):
            continue
        if any(n in text for n in needles):
            continue
        rel = "neg/n%04d/%s" % (j, path)
        files.append((rel, text))
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ftype(path), "template": tn})
        j += 1
    for rel, text in files:
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
