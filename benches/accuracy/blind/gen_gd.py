#!/usr/bin/env python3
"""gen_gd.py - blind evaluation set for secret scanners: workflow automation, RPA, orchestration.

EMPHASIS
    Domain: workflow automation, RPA and orchestration.  Providers: UiPath Orchestrator
    (external-app client secrets, robot/machine keys, Orchestrator EncryptionKey, NuGet API key,
    personal access tokens), Automation Anywhere (Control Room API keys), Blue Prism
    (AutomateC passwords, Authentication Server client secrets, SQL connection strings),
    Power Automate / Azure Logic Apps (SAS `sig` in trigger callback URLs), n8n
    (N8N_ENCRYPTION_KEY, public-API keys, decrypted credential exports, DB passwords),
    Pipedream (API keys, OAuth client secrets), IFTTT (Webhooks/Maker keys), Make/Integromat
    (API tokens, webhook hook ids, x-make-apikey), Zapier CLI deploy keys, Temporal Cloud
    (API keys, mTLS client private keys), Camunda 8 (API client secrets), Apache Airflow
    (fernet_key, webserver secret_key, connection URIs with passwords, broker URLs, variables),
    Prefect (pnu_/pnb_ API keys, Secret blocks), Dagster+ (user/agent tokens), Windmill
    tokens, Node-RED credentialSecret.  A few adjacent credentials that live in the same
    files (Slack incoming-webhook token in an Airflow connection, GitHub PAT inside an n8n
    credential export) are included.
    File types: Python (DAGs, flows, workers), YAML (docker-compose, Helm values, Kubernetes,
    Camunda/Spring, GitHub Actions, Dagster), JSON (n8n/Make/Node-RED exports, UiPath config,
    appsettings), XAML (UiPath workflows), airflow.cfg, .env, TypeScript, JavaScript, Go,
    Java, C#, PowerShell, shell, Windows .cmd, Dockerfile, Terraform, TOML, .properties,
    XML (.config), PEM .key files, Markdown, CSV, SQL, logs, lock/sum files.

USAGE
    python3 gen_gd.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 positives), OUTDIR/neg/nNNNN/<relpath> (500
    negatives), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line
    per positive).  All randomness comes from one random.Random(SEED); output is
    byte-identical for a given SEED.  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, never the variable name, quotes or
      surrounding syntax.
    * Headers (Authorization: Bearer X, Token X, X-N8N-API-KEY, Dagster-Cloud-Api-Token,
      x-make-apikey): the needle is the token value only, without "Bearer "/"Token ".
    * URLs: the needle is the secret component only - the Logic Apps / Power Automate `sig`
      query value, the IFTTT key path segment, the Make hook id path segment, the last path
      segment of a Slack webhook, the password of a user:password@host URI.
    * Connection strings (Password=...;) : the password value.
    * Key pairs (client id + client secret, app id + app secret, username + password/apiKey):
      the needle is the secret half only; ids, usernames and cluster ids are public context.
    * Multi-line private keys (PEM): the needle is the full "-----BEGIN ... PRIVATE KEY-----"
      marker line (it is on the reported line; the body follows on the next lines).  When the
      PEM is embedded JSON-escaped on one line, the needle is still that marker text.
    * Dagster tokens: the whole "user:..." / "agent:...:..." string.  JWT-shaped keys: the
      whole three-part token.
    * `line` is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    Half of the negatives re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-key>, YOUR_API_KEY_HERE, changeme, xxxx...), empty values,
    masked values (****, [REDACTED], prefix-shaped masks such as pnu_xxxx..., partially masked
    "...a1b2"), environment references in the file's own syntax (os.environ[...],
    process.env.X, $env:X, System.getenv, ${VAR}), secret-manager references (op://,
    vault:, arn:aws:secretsmanager, Key Vault URIs), template expressions ({{ var.value.x }},
    {{ $env.X }}, {{ .Values.x }}, Make mappings {{1.token}}, Azure DevOps #{X}#) and providers'
    documented example values.  Public values (UiPath public-app App IDs, Entra client/tenant
    ids, Camunda client/cluster ids, Pipedream project ids) are never put into a secret-named
    slot; they appear as context and in dedicated look-alike templates.
    The other half are domain look-alikes: DAG/run/execution/workflow ids, queue names,
    Airflow conn_ids, n8n credential references by id, BPMN element ids, Temporal run ids,
    UUIDs, GUIDs, trace/span ids, commit SHAs, image digests, pip --hash / npm integrity /
    go.sum hashes, SHA256SUMS, bcrypt hashes (Node-RED adminAuth), encrypted blobs (n8n
    "U2FsdGVkX1..." credential data, Node-RED flows_cred.json), HMAC signatures in test
    fixtures, public certificates, SSH/PGP public keys, JWKS, base64 image data, Logic App
    definitions using listCallbackUrl(), public n8n webhook URLs (/webhook/<uuid>).
    No negative is written to a file named .env / .env.<anything>; re-used .env templates are
    renamed to .env.example for negatives.

FORMATS CHECKED (public documentation, via search; no scanner rules were read)
    * Prefect: PREFECT_API_KEY set via env or `prefect cloud login -k`; public examples show
      "pnu_" + 36 alphanumerics (mixed case); PREFECT_API_URL =
      https://api.prefect.cloud/api/accounts/<uuid>/workspaces/<uuid>.
    * Logic Apps (Microsoft Learn, Get-AzLogicAppTriggerCallbackUrl, listCallbackUrl REST):
      https://prod-NN.<region>.logic.azure.com:443/workflows/<32 hex>/triggers/manual/paths/
      invoke?api-version=...&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=<43-char base64url>;
      "The SAS signature" is the `sig` query value.  REST doc example sig is used as a negative.
    * Airflow: fernet_key "must be a base64-encoded 32-byte key" (Fernet.generate_key, 44
      chars); AIRFLOW__CORE__FERNET_KEY; sql_alchemy_conn postgresql+psycopg2://user:pass@host;
      connection URIs my-conn-type://login:password@host:port/schema; [webserver] secret_key.
    * IFTTT Webhooks: https://maker.ifttt.com/trigger/<event>/with/key/<key>; key shown on
      the Webhooks "Documentation" page.
    * n8n: N8N_ENCRYPTION_KEY=<some random string> encrypts stored credentials; public API
      key sent as header X-N8N-API-KEY (created in Settings > n8n API).
    * Camunda 8: downloaded client file holds ZEEBE_ADDRESS, ZEEBE_CLIENT_ID,
      ZEEBE_CLIENT_SECRET, ZEEBE_AUTHORIZATION_SERVER_URL, ZEEBE_TOKEN_AUDIENCE,
      CAMUNDA_CLUSTER_ID (UUID), CAMUNDA_CLUSTER_REGION, CAMUNDA_OAUTH_URL.
    * Temporal Cloud: TEMPORAL_CLOUD_API_KEY / --api-key for tcld; TEMPORAL_API_KEY with
      <ns>.<acct>.tmprl.cloud:7233 or <region>.<cloud>.api.temporal.io:7233; mTLS alternative.
    * Dagster+: agent tokens (dagster.yaml dagster_cloud_api.agent_token), user tokens via
      DAGSTER_CLOUD_API_TOKEN; public examples show the "user:" prefix.
    * Zapier: CI writes {"deployKey": "$ZAPIER_DEPLOY_KEY"} to ~/.zapierrc.
    * Make: API token created in Profile > API, sent as "Authorization: Token <token>";
      zones eu1/eu2/us1/us2; webhook URLs https://hook.<zone>.make.com/<id>; optional
      webhook API key in header x-make-apikey.
    * Windmill: user tokens sent as Bearer; Pipedream: OAuth client credentials and legacy
      user API key as Bearer to api.pipedream.com/v1.
    * UiPath: external applications (App ID + App Secret for confidential apps, identity
      token endpoint), PATs are "a unique alphanumeric string" used as Bearer; robots connect
      with a machine key (UiRobot.exe connect).
    * Automation Anywhere: /v2/authentication with username + apiKey (Generate API-Key).
    * Node-RED: settings.js credentialSecret encrypts flows_cred.json; adminAuth stores bcrypt
      hashes (node-red admin hash-pw).

DOUBTS
    * UiPath app-secret alphabet/length (generated as 16-20 chars with !#^*()_-+=~), UiPath
      PAT length/prefix (generated as 64 alphanumerics, no prefix), Automation Anywhere API key
      (40 alphanumerics), Blue Prism client secret (43-char base64url) - not documented.
    * Camunda client id/secret shape (32 / 64 chars of [A-Za-z0-9_.~-]) from memory.
    * IFTTT key length (22 chars of base64url) from memory; docs only show the URL shape.
    * Make API token generated as a UUID and hook id as 32 [a-z0-9] - not confirmed.
    * Zapier deploy key (32 hex), Windmill token (32 alphanumerics), Pipedream API key
      (32 hex) and client secret (43 base64url) - lengths not confirmed.
    * Temporal Cloud API keys and n8n public-API keys generated as JWT-shaped tokens; the
      exact claims are guesses.  Prefect service-account prefix pnb_ from memory.
    * Dagster agent token "agent:<org>:<32 hex>" and user token "user:<32 hex>" bodies are
      guesses (only the "user:" prefix was seen).
    * GitHub PAT checksum: CRC32 of the 30-char body, base62, left-padded to 6 (from
      GitHub's public description of the format, encoding details from memory).
    * PEM bodies carry a realistic DER prefix followed by random bytes (not valid keys).
    * A search result listed a commercial scanner's detector page (GitGuardian) for Prefect;
      it was not opened or used.
"""
import base64
import json
import os
import random
import string
import sys
import zlib

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


# ----------------------------------------------------------------------------- primitives
def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def rhex(r, n):
    return rs(r, n, HEX)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(r, n, pad=False):
    s = base64.urlsafe_b64encode(rbytes(r, n)).decode()
    return s if pad else s.rstrip("=")


def b64s(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def ruuid(r, upper=False):
    h = list(rhex(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def b62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def jb64(obj):
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def wrap64(s):
    return "\n".join(s[i:i + 64] for i in range(0, len(s), 64))


class Bare(str):
    """A code expression that replaces a quoted literal (used only in negatives)."""


def lit(v, q='"'):
    return str(v) if isinstance(v, Bare) else q + v + q


def pick(r, *xs):
    return r.choice(xs)


# ----------------------------------------------------------------------------- filler data
ORGS = ["acme", "northwind", "contoso", "globex", "initech", "umbrella-ops", "hooli",
        "vandelay", "stark-ind", "wayne-fin", "tyrell", "soylent", "duff-logistics", "oceanic"]
TEAMS = ["finance-ops", "claims", "ap-automation", "hr-onboarding", "data-platform",
         "revops", "supply-chain", "customer-care", "treasury", "procurement"]
PEOPLE = ["jmartinez", "akowalski", "lchen", "pnair", "sobrien", "tnguyen", "mrossi",
          "efischer", "dokafor", "hsato", "bjohansson", "rdubois"]
DAGS = ["ingest_orders", "sync_crm_accounts", "daily_invoice_reconcile", "load_gl_entries",
        "refresh_sales_mart", "export_payroll_files", "vendor_master_sync", "ticket_backlog_report",
        "sap_po_extract", "fx_rates_pull", "claims_intake_ocr", "shipment_status_poll"]
PROCS = ["Invoice Intake", "Vendor Onboarding", "PO Matching", "Claims Triage",
         "Payroll Reconciliation", "Bank Statement Upload", "Customer Address Change",
         "Credit Memo Posting", "SAP GR Posting", "Timesheet Reminder"]
QUEUES = ["InvoiceQueue", "Claims_Intake", "VendorMasterChanges", "PO_Exceptions",
          "EmailTriage", "AP_Approvals", "HR_NewHires", "GL_Journal_Upload"]
REGIONS = ["westeurope", "northeurope", "eastus", "eastus2", "westus2", "uksouth", "centralus",
           "australiaeast", "francecentral", "germanywestcentral"]
HOSTS = ["pg-airflow-01.internal", "metadb.prod.svc.cluster.local", "10.20.4.17",
         "airflow-db.c7xk2lq1.eu-west-1.rds.amazonaws.com", "sql-rpa-02.corp.local",
         "postgres.data.svc", "db-orch.prod.internal"]
EVENTS = ["backup_done", "door_opened", "build_failed", "invoice_paid", "disk_full",
          "new_lead", "sensor_alert", "deploy_finished", "stock_low"]
WORDS = ["Harbor", "Falcon", "Quartz", "Maple", "Cobalt", "Juniper", "Saffron", "Tundra",
         "Ember", "Willow", "Orbit", "Cascade", "Granite", "Lantern", "Meadow", "Summit",
         "Thistle", "Velvet", "Zephyr", "Pebble"]


def org(r):
    return r.choice(ORGS)


def person(r):
    return r.choice(PEOPLE)


def email(r):
    return "%s@%s.com" % (person(r), org(r).replace("-", ""))


def date(r):
    return "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))


def ts(r):
    return "%sT%02d:%02d:%02d" % (date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def cron(r):
    return pick(r, "0 2 * * *", "*/15 * * * *", "30 6 * * 1-5", "0 */4 * * *", "45 23 * * *",
                "@daily", "@hourly")


def semver(r):
    return "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 30))


def ipaddr(r):
    return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def envvar(name):
    return name


# ----------------------------------------------------------------------------- secret generators
PW_SYMS = "!#^*()_-+=~"


def g_password(r):
    k = r.randint(0, 2)
    if k == 0:
        return rs(r, r.randint(16, 24), ALNUM + PW_SYMS)
    if k == 1:
        return "%s%s%s%d%s" % (r.choice(WORDS), r.choice("-_.!#"), r.choice(WORDS).lower(),
                               r.randint(10, 9999), r.choice(PW_SYMS))
    return rs(r, 4, ALNUM) + r.choice("-_") + rs(r, 5, ALNUM) + r.choice("-_") + rs(r, 6, ALNUM)


def g_uri_password(r):
    return rs(r, r.randint(14, 24), ALNUM + "-_.~")


def g_fernet(r):
    return base64.urlsafe_b64encode(rbytes(r, 32)).decode()


def g_hex32(r):
    return rhex(r, 32)


def g_hex64(r):
    return rhex(r, 64)


def g_af_secret_key(r):
    return pick(r, rhex(r, 32), rhex(r, 48), b64u(r, 32))


def g_n8n_enc(r):
    return pick(r, rs(r, 32), rhex(r, 64), b64s(r, 24))


def g_pnu(r):
    return "pnu_" + rs(r, 36)


def g_pnb(r):
    return "pnb_" + rs(r, 36)


def g_prefect(r):
    return pick(r, g_pnu(r), g_pnu(r), g_pnb(r))


def g_ifttt(r):
    return b64u(r, 16)


def g_make_token(r):
    return ruuid(r)


def g_make_hook(r):
    return rs(r, 32, LOWER_ALNUM)


def g_sig(r):
    return b64u(r, 32)


def g_zapier(r):
    return rhex(r, 32)


def g_jwt_temporal(r):
    hdr = {"alg": "ES256", "kid": rs(r, 6)}
    pay = {"account_id": rs(r, 5, LOWER_ALNUM), "aud": ["temporal.io"],
           "exp": 1730000000 + r.randint(0, 30000000), "iss": "temporal.io",
           "jti": rs(r, 32), "key_id": rs(r, 32), "sub": rs(r, 32, LOWER_ALNUM)}
    return jb64(hdr) + "." + jb64(pay) + "." + b64u(r, 64)


def g_jwt_n8n(r):
    hdr = {"alg": "HS256", "typ": "JWT"}
    pay = {"sub": ruuid(r), "iss": "n8n", "aud": "public-api",
           "iat": 1710000000 + r.randint(0, 40000000)}
    return jb64(hdr) + "." + jb64(pay) + "." + b64u(r, 32)


CAMUNDA_ALPHA = ALNUM + "_.~-"


def g_camunda_secret(r):
    return rs(r, 64, CAMUNDA_ALPHA)


def g_camunda_id(r):
    return rs(r, 32, CAMUNDA_ALPHA)


def g_dagster_user(r):
    return "user:" + rhex(r, 32)


def g_dagster_agent(r):
    return "agent:%s:%s" % (org(r).replace("-", ""), rhex(r, 32))


def g_windmill(r):
    return rs(r, 32)


def g_pipedream_key(r):
    return rhex(r, 32)


def g_pipedream_secret(r):
    return b64u(r, 32)


def g_uipath_secret(r):
    s = rs(r, r.randint(16, 20), ALNUM + "!#^*()_-+=~")
    return s if any(c in "!#^*()_-+=~" for c in s) else s[:-1] + "~"


def g_uipath_pat(r):
    return rs(r, 64)


def g_aa_key(r):
    return rs(r, 40)


def g_bp_secret(r):
    return b64u(r, 32)


def g_b64key32(r):
    return b64s(r, 32)


def g_guid(r):
    return ruuid(r)


def g_nodered_secret(r):
    return pick(r, rhex(r, 64), rs(r, 28), "%s-%s-%s-%d" % (r.choice(WORDS).lower(),
                r.choice(WORDS).lower(), r.choice(WORDS).lower(), r.randint(100, 999)))


def g_ghp(r):
    body = rs(r, 30)
    return "ghp_" + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def g_slack_parts(r):
    return ("T" + rs(r, r.randint(9, 10), UPPER_ALNUM), "B" + rs(r, r.randint(9, 11), UPPER_ALNUM),
            rs(r, 24))


def g_make_apikey(r):
    return rs(r, 32)


def g_azure_client_secret(r):
    return rs(r, 3) + str(r.randint(0, 9)) + "Q~" + rs(r, 34, ALNUM + "_.~-")


def pem_ec(r):
    der = (bytes.fromhex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420")
           + rbytes(r, 32) + bytes.fromhex("a144034200") + b"\x04" + rbytes(r, 64))
    body = wrap64(base64.b64encode(der).decode())
    return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----"


def pem_rsa(r):
    der = bytes.fromhex("308204a40201000282010100") + rbytes(r, 1180)
    body = wrap64(base64.b64encode(der).decode())
    return ("-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n-----END RSA PRIVATE KEY-----",
            "-----BEGIN RSA PRIVATE KEY-----")


def pem_any(r):
    return pem_ec(r) if r.random() < 0.6 else pem_rsa(r)


# ----------------------------------------------------------------------------- template machinery
import textwrap


def D(s):
    return textwrap.dedent(s).lstrip("\n")


def sub(s, **kw):
    for k, v in kw.items():
        s = s.replace("@" + k + "@", str(v))
    return s


POS = []          # positive templates (re-used for half of the negatives)
LOOK = []         # look-alike negative templates
CODE_LANGS = ("py", "ts", "js", "ps1", "go", "java", "cs")


def pos(provider, kind, lang, gen, env, doc=(), pub=None, emb=False, neg=None):
    def deco(fn):
        POS.append(dict(name=fn.__name__, provider=provider, kind=kind, lang=lang, gen=gen,
                        env=env, doc=list(doc), pub=pub, emb=emb, neg=neg, render=fn))
        return fn
    return deco


def look(provider, kind):
    def deco(fn):
        LOOK.append(dict(name=fn.__name__, provider=provider, kind=kind, render=fn))
        return fn
    return deco


CODE_REFS = {
    "py": ['os.environ["@V@"]', 'os.getenv("@V@", "")', 'Variable.get("@v@")', 'settings.@v@'],
    "ts": ['process.env.@V@!', 'process.env["@V@"] ?? ""', 'config.get<string>("@v@")'],
    "js": ['process.env.@V@', 'process.env["@V@"] || ""'],
    "ps1": ['$env:@V@', '(Get-Secret -Name "@v@" -AsPlainText)'],
    "go": ['os.Getenv("@V@")'],
    "java": ['System.getenv("@V@")'],
    "cs": ['Environment.GetEnvironmentVariable("@V@")', 'configuration["@V@"]'],
}
STR_REFS = {
    "yaml": ["${@V@}", "${@V@:?@V@ is required}"],
    "json": ["${@V@}", "{{ $env.@V@ }}"],
    "env": ["${@V@}"],
    "sh": ["$@V@", "${@V@}"],
    "ini": ["${@V@}", "%(@v@)s"],
    "tf": ["${var.@v@}"],
    "xml": ["%@V@%", "$(@V@)"],
    "md": ["$@V@", "<value of @V@>"],
    "cmd": ["%@V@%"],
    "props": ["${@V@}"],
    "toml": ["${@V@}"],
    "docker": ["${@V@}"],
}
PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx",
                "REPLACE_ME", "<token>", "your-secret-here", "TODO-set-me", "<client-secret>",
                "dummy", "example-key", "<paste-here>", "CHANGE_ME_IN_PROD", "insert-key",
                "XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX", "<SECRET>", "secret-goes-here"]
MASKS = ["****", "********", "[REDACTED]", "<redacted>", "***REMOVED***", "[hidden]",
         "**********************", "<masked>", "(sensitive)"]
SM_REFS = ["op://Automation/@v@/credential", "vault:secret/data/rpa/@v@#value",
           "arn:aws:secretsmanager:eu-west-1:@ACCT@:secret:automation/@v@",
           "https://kv-automation-prod.vault.azure.net/secrets/@v@",
           "projects/@PROJ@/secrets/@v@/versions/latest", "secretref:@v@",
           "{{ resolve:secretsmanager:automation/@v@:SecretString:value }}"]
TMPL_REFS = ["{{ var.value.@v@ }}", "{{ .Values.secrets.@v@ }}", "{{ $env.@V@ }}",
             "{{ conn.@v@.password }}", "#{@V@}#", "$(@V@)", "{{1.@v@}}",
             "<%= ENV['@V@'] %>", "{{ secrets.@v@ }}", "${{ secrets.@V@ }}"]


def shape_mask(r, val):
    """Non-secret that keeps the shape of a real value: prefix kept, body masked."""
    pre = ""
    for sep in ("_", ":"):
        i = val.find(sep)
        if 0 < i <= 8:
            pre = val[:i + 1]
            break
    body = val[len(pre):]
    k = r.randint(0, 3)
    if k == 0:
        return pre + "x" * len(body)
    if k == 1:
        return pre + "*" * (len(body) - 4) + body[-4:]
    if k == 2:
        return pre + "0" * len(body)
    return pre + body[:4] + "..." + ("X" * 4)


NEG_KIND = {"ph": "placeholder", "empty": "empty-value", "mask": "masked-value",
            "ref": "env-reference", "sm": "secret-manager-reference",
            "tmpl": "template-expression", "shape": "masked-shape",
            "doc": "documented-example", "pub": "public-value"}


def neg_value(r, t):
    cats = ["ph", "ph", "empty", "mask", "ref", "ref", "sm", "tmpl", "shape"]
    if t["doc"]:
        cats += ["doc", "doc", "doc"]
    # public ids (client/app ids, cluster ids) are not put into a *secret* slot: a variable named
    # client_secret holding an id would itself look like a leak.  They appear as context in the
    # re-used templates and in dedicated look-alike templates (lk_public_client_ids, ...).
    c = r.choice(cats)
    V = t["env"]
    tok = dict(V=V, v=V.lower(), ACCT=str(r.randint(10 ** 11, 10 ** 12 - 1)),
               PROJ=org(r) + "-automation")
    if c == "ph":
        v = r.choice(PLACEHOLDERS)
    elif c == "empty":
        v = ""
    elif c == "mask":
        v = r.choice(MASKS)
    elif c == "ref":
        if t["lang"] in CODE_LANGS and not t["emb"]:
            v = Bare(sub(r.choice(CODE_REFS[t["lang"]]), **tok))
        else:
            v = sub(r.choice(STR_REFS.get(t["lang"], ["${@V@}"])), **tok)
    elif c == "sm":
        v = sub(r.choice(SM_REFS), **tok)
    elif c == "tmpl":
        v = sub(r.choice(TMPL_REFS), **tok)
    elif c == "shape":
        g = t["gen"](r)
        g = g[0] if isinstance(g, tuple) else g
        v = shape_mask(r, g)
    elif c == "doc":
        v = r.choice(t["doc"])
    else:
        v = t["pub"](r)
    return c, v


def pem_neg(r, t):
    k = r.randint(0, 3)
    if k == 0:
        return "mask", "-----BEGIN PRIVATE KEY-----\n<redacted: stored in Key Vault>\n-----END PRIVATE KEY-----"
    if k == 1:
        return "ph", "-----BEGIN PRIVATE KEY-----\n...paste the client key issued for this namespace...\n-----END PRIVATE KEY-----"
    if k == 2:
        return "sm", sub(r.choice(SM_REFS), v="temporal-client-key", V="TEMPORAL_TLS_KEY",
                         ACCT="123456789012", PROJ="acme")
    return "empty", ""


# ----------------------------------------------------------------------------- shared fragments
def airflow_cfg(r, section, line):
    """airflow.cfg with exactly one slot line placed in `section`."""
    parts = {
        "core": ["dags_folder = /opt/airflow/dags", "executor = %s" % pick(r, "CeleryExecutor", "LocalExecutor", "KubernetesExecutor"),
                 "parallelism = %d" % r.choice([16, 32, 64]), "max_active_tasks_per_dag = %d" % r.choice([8, 16]),
                 "load_examples = False", "default_timezone = %s" % pick(r, "utc", "Europe/Berlin", "America/New_York"),
                 "dagbag_import_timeout = 60.0"],
        "database": ["sql_alchemy_conn_secret = airflow/metadata-db-uri", "sql_alchemy_pool_size = 10",
                     "load_default_connections = False"],
        "webserver": ["base_url = https://airflow.%s.internal" % org(r), "web_server_port = 8080",
                      "expose_config = False", "rbac = True", "navbar_color = #%s" % rhex(r, 6)],
        "celery": ["broker_url_cmd = cat /run/secrets/airflow_broker_url", "worker_concurrency = 16",
                   "result_backend_secret = airflow/celery-result-backend"],
        "logging": ["base_log_folder = /opt/airflow/logs", "remote_logging = True",
                    "remote_base_log_folder = s3://%s-airflow-logs/prod" % org(r),
                    "remote_log_conn_id = aws_logs", "logging_level = INFO"],
        "scheduler": ["min_file_process_interval = 30", "scheduler_heartbeat_sec = 5",
                      "catchup_by_default = False"],
    }
    parts[section].insert(r.randint(0, len(parts[section])), line)
    out = ["# Airflow %s configuration - managed by platform team (%s)" % (pick(r, "2.7.3", "2.8.1", "2.9.2", "2.10.4"), person(r)), ""]
    for sec in ["core", "database", "webserver", "celery", "logging", "scheduler"]:
        out.append("[%s]" % sec)
        out.extend(parts[sec])
        out.append("")
    return "\n".join(out)


def dag_header(r, dag_id):
    return D('''
        """@DOC@"""
        from __future__ import annotations

        import json
        import logging
        from datetime import datetime, timedelta

        from airflow import DAG
        from airflow.operators.python import PythonOperator

        log = logging.getLogger(__name__)

        DEFAULT_ARGS = {
            "owner": "@OWNER@",
            "retries": @RET@,
            "retry_delay": timedelta(minutes=@DELAY@),
            "email_on_failure": True,
            "email": ["@EMAIL@"],
        }
        ''').replace("@DOC@", "%s - %s" % (dag_id, pick(r, "nightly load", "hourly sync", "business-day export"))) \
        .replace("@OWNER@", r.choice(TEAMS)).replace("@RET@", str(r.randint(1, 3))) \
        .replace("@DELAY@", str(r.choice([2, 5, 10]))).replace("@EMAIL@", email(r))


def gha_header(r, name):
    return D('''
        name: @NAME@

        on:
          push:
            branches: [main]
            paths:
              - "@PATH@/**"
          workflow_dispatch: {}

        concurrency:
          group: @GROUP@
          cancel-in-progress: false

        ''').replace("@NAME@", name).replace("@PATH@", pick(r, "flows", "integration", "deploy", "automation")) \
        .replace("@GROUP@", name.lower().replace(" ", "-"))


# ============================================================================= POSITIVE TEMPLATES
# ---- Apache Airflow ---------------------------------------------------------------------------
AF_FERNET_DOC = ["2eu7W6ULuYxnUB4Uz31IYddkdgboa5kLP24bYtegll0=", "your_fernet_key"]


@pos("apache-airflow", "fernet-key", "ini", g_fernet, "AIRFLOW__CORE__FERNET_KEY", doc=AF_FERNET_DOC)
def af_cfg_fernet(r, v):
    return pick(r, "airflow.cfg", "config/airflow.cfg", "deploy/airflow/airflow.cfg"), \
        airflow_cfg(r, "core", "fernet_key = " + v)


@pos("apache-airflow", "secret-key", "ini", g_af_secret_key, "AIRFLOW__WEBSERVER__SECRET_KEY")
def af_cfg_secret_key(r, v):
    return pick(r, "airflow.cfg", "airflow/airflow.cfg", "infra/airflow/airflow.cfg"), \
        airflow_cfg(r, "webserver", "secret_key = " + v)


@pos("apache-airflow", "connection-uri-password", "ini", g_uri_password, "AIRFLOW_DB_PASSWORD",
     doc=["airflow"])
def af_cfg_sqlalchemy(r, v):
    line = "sql_alchemy_conn = postgresql+psycopg2://%s:%s@%s:5432/airflow" % (
        pick(r, "airflow", "airflow_app", "af_meta"), v, r.choice(HOSTS))
    text = airflow_cfg(r, "core", "# metadata DB").replace("sql_alchemy_conn_secret = airflow/metadata-db-uri", line)
    return pick(r, "airflow.cfg", "config/airflow.cfg"), text


@pos("apache-airflow", "connection-uri-password", "ini", g_uri_password, "REDIS_PASSWORD")
def af_cfg_broker(r, v):
    line = "broker_url = redis://:%s@%s:6379/0" % (v, pick(r, "redis", "redis-master.airflow.svc", "10.0.3.12"))
    text = airflow_cfg(r, "logging", "colored_console_log = False").replace(
        "broker_url_cmd = cat /run/secrets/airflow_broker_url", line)
    return pick(r, "airflow.cfg", "docker/airflow/airflow.cfg"), text


@pos("apache-airflow", "fernet-key", "yaml", g_fernet, "AIRFLOW__CORE__FERNET_KEY", doc=AF_FERNET_DOC)
def af_compose_fernet(r, v):
    img = "apache/airflow:%s" % pick(r, "2.8.1", "2.9.3", "2.10.2")
    return pick(r, "docker-compose.yaml", "docker-compose.yml", "deploy/docker-compose.airflow.yml"), sub(D('''
        x-airflow-common:
          &airflow-common
          image: ${AIRFLOW_IMAGE_NAME:-@IMG@}
          environment:
            &airflow-common-env
            AIRFLOW__CORE__EXECUTOR: CeleryExecutor
            AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: ${AIRFLOW_DB_URI}
            AIRFLOW__CELERY__BROKER_URL: redis://redis:6379/0
            AIRFLOW__CORE__FERNET_KEY: '@V@'
            AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION: 'true'
            AIRFLOW__CORE__LOAD_EXAMPLES: 'false'
            AIRFLOW__API__AUTH_BACKENDS: 'airflow.api.auth.backend.basic_auth,airflow.api.auth.backend.session'
            AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK: 'true'
            _PIP_ADDITIONAL_REQUIREMENTS: ${_PIP_ADDITIONAL_REQUIREMENTS:-}
          volumes:
            - ${AIRFLOW_PROJ_DIR:-.}/dags:/opt/airflow/dags
            - ${AIRFLOW_PROJ_DIR:-.}/logs:/opt/airflow/logs
            - ${AIRFLOW_PROJ_DIR:-.}/plugins:/opt/airflow/plugins
          user: "${AIRFLOW_UID:-50000}:0"
          depends_on:
            redis:
              condition: service_healthy

        services:
          redis:
            image: redis:7.2-bookworm
            expose:
              - 6379
            healthcheck:
              test: ["CMD", "redis-cli", "ping"]
              interval: 10s
              timeout: 30s
              retries: 50

          airflow-webserver:
            <<: *airflow-common
            command: webserver
            ports:
              - "@PORT@:8080"
            restart: always

          airflow-scheduler:
            <<: *airflow-common
            command: scheduler
            restart: always
        '''), IMG=img, V=v, PORT=r.choice([8080, 8081, 18080]))


@pos("apache-airflow", "secret-key", "yaml", g_af_secret_key, "AIRFLOW_WEBSERVER_SECRET_KEY")
def af_helm_values(r, v):
    key, v2 = "webserverSecretKey", v
    return pick(r, "deploy/airflow/values.yaml", "helm/airflow-values.yaml", "charts/values-prod.yaml"), sub(D('''
        # Values for apache-airflow/airflow chart @CHART@
        executor: KubernetesExecutor
        defaultAirflowTag: "@TAG@"
        airflowVersion: "@TAG@"

        @KEY@: "@V@"

        images:
          airflow:
            repository: @ORG@.azurecr.io/airflow
            tag: "@TAG@-@SHA@"

        data:
          metadataSecretName: airflow-metadata-db

        dags:
          gitSync:
            enabled: true
            repo: git@github.com:@ORG@/airflow-dags.git
            branch: main
            subPath: dags
            sshKeySecret: airflow-git-ssh

        webserver:
          replicas: 2
          defaultUser:
            enabled: false
        scheduler:
          replicas: 2
        triggerer:
          enabled: true
        logs:
          persistence:
            enabled: false
        '''), CHART=pick(r, "1.11.0", "1.13.1", "1.15.0"), TAG=pick(r, "2.8.4", "2.9.3", "2.10.3"),
        KEY=key, V=v2, ORG=org(r).replace("-", ""), SHA=rhex(r, 7))


@pos("apache-airflow", "connection-uri-password", "sh", g_uri_password, "WAREHOUSE_PASSWORD")
def af_conn_env_sh(r, v):
    acct = rs(r, 7, string.ascii_lowercase) + "-" + rs(r, 5, string.ascii_lowercase)
    return pick(r, "scripts/bootstrap_connections.sh", "deploy/airflow/set-connections.sh"), sub(D('''
        #!/usr/bin/env bash
        # Bootstrap Airflow connections for the @TEAM@ pipelines.
        # Connections defined as env vars are not visible in the UI (by design).
        set -euo pipefail

        export AIRFLOW_CONN_S3_RAW='aws://?region_name=eu-west-1'
        export AIRFLOW_CONN_HTTP_CRM='https://crm.@ORG@.internal/api/v2'
        export AIRFLOW_CONN_SNOWFLAKE_DWH='snowflake://@USER@:@V@@@ACCT@/ANALYTICS/STAGING?warehouse=ETL_WH&role=LOADER'
        export AIRFLOW_VAR_REPORT_RECIPIENTS='["@EMAIL@"]'

        airflow connections list --output table | head -n 20
        echo "connections exported for ${AIRFLOW_ENV:-dev}"
        '''), TEAM=r.choice(TEAMS), ORG=org(r), USER=pick(r, "etl_loader", "svc_airflow", "dbt_runner"),
        V=v, ACCT=acct, EMAIL=email(r))


@pos("apache-airflow", "password", "py", g_password, "CRM_API_PASSWORD")
def af_py_connection(r, v):
    cid = pick(r, "crm_api", "sftp_vendor", "erp_odata", "sharepoint_docs")
    return pick(r, "plugins/setup_connections.py", "scripts/seed_connections.py"), sub(D('''
        """Seed connections into the metadata DB for local development."""
        from airflow import settings
        from airflow.models import Connection


        def upsert(conn: Connection) -> None:
            session = settings.Session()
            existing = session.query(Connection).filter(Connection.conn_id == conn.conn_id).one_or_none()
            if existing:
                session.delete(existing)
            session.add(conn)
            session.commit()


        if __name__ == "__main__":
            upsert(
                Connection(
                    conn_id="@CID@",
                    conn_type="@TYPE@",
                    host="@HOST@",
                    login="@LOGIN@",
                    password=@V@,
                    port=@PORT@,
                    extra={"timeout": 30, "verify": True},
                )
            )
            print("seeded @CID@")
        '''), CID=cid, TYPE=pick(r, "http", "sftp", "generic"), HOST=pick(r, "api.crm.example.net", "sftp.vendor-portal.net", "erp.corp.local"),
        LOGIN=pick(r, "svc_airflow", "integration.user", "etl"), V=lit(v), PORT=r.choice([443, 22, 8443]))


@pos("windmill", "token", "py", g_windmill, "WINDMILL_TOKEN")
def af_dag_windmill(r, v):
    dag_id = r.choice(DAGS)
    return "dags/%s.py" % dag_id, dag_header(r, dag_id) + sub(D('''

        import requests

        WINDMILL_BASE = "https://app.windmill.dev/api/w/@WS@"
        HEADERS = {"Authorization": "Bearer " + @V@, "Content-Type": "application/json"}


        def trigger_script(**context):
            payload = {"run_date": context["ds"], "dag_run": context["run_id"]}
            resp = requests.post(f"{WINDMILL_BASE}/jobs/run/p/f/@FOLDER@/@SCRIPT@", json=payload, headers=HEADERS, timeout=60)
            resp.raise_for_status()
            log.info("windmill job id %s", resp.text)


        with DAG(
            dag_id="@DAG@",
            default_args=DEFAULT_ARGS,
            schedule="@CRON@",
            start_date=datetime(2024, 1, 1),
            catchup=False,
            tags=["windmill", "@TEAM@"],
        ) as dag:
            PythonOperator(task_id="trigger_windmill", python_callable=trigger_script)
        '''), WS=org(r), V=lit(v), FOLDER=r.choice(TEAMS).replace("-", "_"), SCRIPT=dag_id,
        DAG=dag_id, CRON=cron(r), TEAM=r.choice(TEAMS))


@pos("ifttt", "webhook-key", "json", g_ifttt, "IFTTT_KEY", doc=["12345-12345678", "123MyDemoKey123"])
def af_variables_json(r, v):
    obj = {"report_bucket": "s3://%s-reports/daily" % org(r), "ifttt_maker_key": v,
           "ifttt_event": r.choice(EVENTS), "sla_minutes": r.choice([30, 45, 90]),
           "notify_channels": ["#%s" % r.choice(TEAMS), "#data-alerts"],
           "dwh_schema": pick(r, "ANALYTICS", "MART", "STAGING")}
    keys = list(obj.keys())
    r.shuffle(keys)
    return pick(r, "variables.json", "airflow/variables/prod.json", "config/airflow_variables.json"), \
        json.dumps({k: obj[k] for k in keys}, indent=2) + "\n"


@pos("slack", "webhook-url", "yaml", lambda r: rs(r, 24), "SLACK_WEBHOOK_TOKEN", emb=True)
def af_connections_yaml(r, v):
    t, b, _ = g_slack_parts(r)
    return pick(r, "connections.yaml", "airflow/connections.yaml", "config/local_connections.yaml"), sub(D('''
        # Local filesystem secrets backend (LocalFilesystemBackend) - dev only
        aws_default:
          conn_type: aws
          extra:
            region_name: eu-west-1
        slack_alerts:
          conn_type: slackwebhook
          host: https://hooks.slack.com/services
          password: /@T@/@B@/@V@
        postgres_dwh:
          conn_type: postgres
          host: @HOST@
          schema: analytics
          login: readonly_bi
          port: 5432
        http_status_page:
          conn_type: http
          host: https://status.@ORG@.io
        '''), T=t, B=b, V=v, HOST=r.choice(HOSTS), ORG=org(r))


@pos("azure-ad", "client-secret", "py", g_azure_client_secret, "AZURE_CLIENT_SECRET")
def af_webserver_config(r, v):
    tenant = ruuid(r)
    return pick(r, "webserver_config.py", "config/webserver_config.py"), sub(D('''
        """Flask-AppBuilder security config for the Airflow UI (Entra ID SSO)."""
        import os

        from flask_appbuilder.security.manager import AUTH_OAUTH

        AUTH_TYPE = AUTH_OAUTH
        AUTH_USER_REGISTRATION = True
        AUTH_USER_REGISTRATION_ROLE = "Viewer"
        AUTH_ROLES_SYNC_AT_LOGIN = True
        AUTH_ROLES_MAPPING = {"airflow-admins": ["Admin"], "airflow-ops": ["Op"]}

        OAUTH_PROVIDERS = [
            {
                "name": "azure",
                "icon": "fa-windows",
                "token_key": "access_token",
                "remote_app": {
                    "client_id": "@CID@",
                    "client_secret": @V@,
                    "api_base_url": "https://login.microsoftonline.com/@TEN@/oauth2",
                    "client_kwargs": {"scope": "User.read name preferred_username email profile upn"},
                    "request_token_url": None,
                    "access_token_url": "https://login.microsoftonline.com/@TEN@/oauth2/token",
                    "authorize_url": "https://login.microsoftonline.com/@TEN@/oauth2/authorize",
                },
            }
        ]
        '''), CID=ruuid(r), V=lit(v), TEN=tenant)


@pos("apache-airflow", "fernet-key", "yaml", g_fernet, "AIRFLOW_FERNET_KEY", doc=AF_FERNET_DOC)
def af_k8s_secret(r, v):
    return pick(r, "k8s/airflow/fernet-secret.yaml", "manifests/airflow-secrets.yaml"), sub(D('''
        apiVersion: v1
        kind: Secret
        metadata:
          name: airflow-fernet-key
          namespace: @NS@
          labels:
            app.kubernetes.io/part-of: airflow
            tier: orchestration
        type: Opaque
        stringData:
          fernet-key: "@V@"
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: airflow-env
          namespace: @NS@
        data:
          AIRFLOW__CORE__LOAD_EXAMPLES: "False"
          AIRFLOW__LOGGING__LOGGING_LEVEL: "INFO"
          AIRFLOW__WEBSERVER__EXPOSE_CONFIG: "False"
        '''), NS=pick(r, "airflow", "data-orchestration", "airflow-prod"), V=v)


@pos("apache-airflow", "connection-uri-password", "log", g_uri_password, "DB_PASSWORD")
def af_task_log(r, v):
    dag = r.choice(DAGS)
    run = "scheduled__%sT02:00:00+00:00" % date(r)
    t0 = ts(r)
    lines = [
        "[%s,112] {taskinstance.py:1979} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: %s.extract %s [queued]>" % (t0, dag, run),
        "[%s,131] {taskinstance.py:2193} INFO - Starting attempt 1 of 3" % t0,
        "[%s,164] {standard_task_runner.py:60} INFO - Started process %d to run task" % (t0, r.randint(1000, 99999)),
        "[%s,170] {task_command.py:423} INFO - Running <TaskInstance: %s.extract %s [running]> on host %s" % (t0, dag, run, "airflow-worker-%d.airflow-worker.airflow.svc.cluster.local" % r.randint(0, 5)),
        "[%s,402] {base.py:83} INFO - Using connection ID 'legacy_erp' for task execution." % t0,
        "[%s,405] {sql.py:418} DEBUG - engine url: mssql+pyodbc://%s:%s@%s:1433/ERP?driver=ODBC+Driver+18+for+SQL+Server" % (t0, pick(r, "erp_reader", "svc_etl"), v, pick(r, "sqlerp01.corp.local", "10.12.0.44")),
        "[%s,918] {sql.py:470} INFO - Running statement: SELECT * FROM dbo.PurchaseOrders WHERE ModifiedAt >= ?, parameters: ('%s',)" % (t0, date(r)),
        "[%s,221] {sql.py:479} INFO - Rows affected: %d" % (t0, r.randint(10, 90000)),
        "[%s,233] {taskinstance.py:1138} INFO - Marking task as SUCCESS. dag_id=%s, task_id=extract, execution_date=%s, start_date=, end_date=" % (t0, dag, run.split("__")[1]),
        "[%s,270] {local_task_job_runner.py:234} INFO - Task exited with return code 0" % t0,
    ]
    return "logs/dag_id=%s/run_id=%s/task_id=extract/attempt=1.log" % (dag, run.replace(":", "_").replace("+", "_")), "\n".join(lines) + "\n"


# ---- Prefect ----------------------------------------------------------------------------------
def prefect_url(r):
    return "https://api.prefect.cloud/api/accounts/%s/workspaces/%s" % (ruuid(r), ruuid(r))


@pos("prefect", "api-key", "toml", g_prefect, "PREFECT_API_KEY", doc=["pnu_..."])
def pf_profiles_toml(r, v):
    return pick(r, "deploy/prefect/profiles.toml", "ops/prefect-profiles.toml"), sub(D('''
        active = "@ACTIVE@"

        [profiles.local]
        PREFECT_API_URL = "http://127.0.0.1:4200/api"
        PREFECT_LOGGING_LEVEL = "DEBUG"

        [profiles.@ACTIVE@]
        PREFECT_API_URL = "@URL@"
        PREFECT_API_KEY = "@V@"
        PREFECT_LOGGING_LEVEL = "INFO"
        PREFECT_RESULTS_PERSIST_BY_DEFAULT = true
        '''), ACTIVE=pick(r, "cloud-prod", "prod", "cloud"), URL=prefect_url(r), V=v)


@pos("prefect", "api-key", "py", g_prefect, "PREFECT_API_KEY")
def pf_flow_py(r, v):
    name = pick(r, "sync-invoices", "crm-export", "vendor-refresh", "fx-rates")
    return "flows/%s.py" % name.replace("-", "_"), sub(D('''
        import os

        import httpx
        from prefect import flow, get_run_logger, task

        os.environ.setdefault("PREFECT_API_URL", "@URL@")
        os.environ.setdefault("PREFECT_API_KEY", @V@)


        @task(retries=3, retry_delay_seconds=30)
        def fetch(page: int) -> list[dict]:
            r = httpx.get("https://erp.@ORG@.internal/api/items", params={"page": page}, timeout=30)
            r.raise_for_status()
            return r.json()["items"]


        @flow(name="@NAME@", log_prints=True)
        def main(pages: int = @PAGES@) -> int:
            logger = get_run_logger()
            total = 0
            for p in range(1, pages + 1):
                total += len(fetch(p))
            logger.info("fetched %d rows", total)
            return total


        if __name__ == "__main__":
            main.serve(name="@NAME@-deployment", cron="@CRON@")
        '''), URL=prefect_url(r), V=lit(v), ORG=org(r), NAME=name, PAGES=r.randint(2, 20), CRON=cron(r))


@pos("prefect", "api-key", "yaml", g_prefect, "PREFECT_API_KEY", emb=True)
def pf_gha_login(r, v):
    return pick(r, ".github/workflows/deploy-flows.yml", ".github/workflows/prefect-deploy.yaml"), gha_header(r, "Deploy Prefect flows") + sub(D('''
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-python@v5
                with:
                  python-version: "3.11"
              - run: pip install -r requirements.txt prefect==@VER@
              - name: Log in to Prefect Cloud
                run: prefect cloud login -k @V@ --workspace "@WS@"
              - name: Deploy
                run: prefect deploy --all
        '''), VER=pick(r, "2.19.4", "3.0.11", "3.1.5"), V=v, WS="%s/%s" % (org(r), pick(r, "prod", "production", "staging")))


@pos("prefect", "api-key", "docker", g_pnb, "PREFECT_API_KEY")
def pf_dockerfile(r, v):
    return pick(r, "Dockerfile", "docker/worker.Dockerfile", "flows/Dockerfile"), sub(D('''
        FROM prefecthq/prefect:@VER@-python3.11

        WORKDIR /opt/flows
        COPY requirements.txt .
        RUN pip install --no-cache-dir -r requirements.txt

        ENV PREFECT_API_URL=@URL@
        ENV PREFECT_API_KEY=@V@
        ENV PREFECT_LOGGING_LEVEL=INFO

        COPY flows/ ./flows/
        CMD ["prefect", "worker", "start", "--pool", "@POOL@", "--type", "process"]
        '''), VER=pick(r, "2.19-", "3-").rstrip("-"), URL=prefect_url(r), V=v, POOL=pick(r, "docker-pool", "etl-pool", "default-agent-pool"))


@pos("prefect", "password", "py", g_password, "WAREHOUSE_PASSWORD")
def pf_secret_block(r, v):
    return pick(r, "scripts/register_blocks.py", "setup/blocks.py"), sub(D('''
        """One-off: register blocks used by the ingestion flows."""
        from prefect.blocks.system import JSON, Secret
        from prefect_sqlalchemy import ConnectionComponents, SqlAlchemyConnector, SyncDriver

        JSON(value={"schema": "raw", "batch_size": @BATCH@}).save("ingest-settings", overwrite=True)

        Secret(value=@V@).save("@NAME@", overwrite=True)

        SqlAlchemyConnector(
            connection_info=ConnectionComponents(
                driver=SyncDriver.POSTGRESQL_PSYCOPG2,
                host="@HOST@",
                port=5432,
                database="warehouse",
                username="prefect_loader",
            )
        ).save("warehouse", overwrite=True)
        '''), BATCH=r.choice([500, 1000, 5000]), V=lit(v), NAME=pick(r, "warehouse-password", "dwh-pw", "loader-secret"),
        HOST=r.choice(HOSTS))


# ---- n8n --------------------------------------------------------------------------------------
N8N_DOC = ["<SOME RANDOM STRING>", "n8n8n8n"]


@pos("n8n", "encryption-key", "yaml", g_n8n_enc, "N8N_ENCRYPTION_KEY", doc=N8N_DOC)
def n8n_compose(r, v):
    host = "n8n.%s.io" % org(r)
    return pick(r, "docker-compose.yml", "n8n/docker-compose.yaml", "infra/n8n/compose.yml"), sub(D('''
        services:
          postgres:
            image: postgres:16
            restart: always
            environment:
              - POSTGRES_USER=${POSTGRES_USER}
              - POSTGRES_PASSWORD=${POSTGRES_PASSWORD}
              - POSTGRES_DB=n8n
            volumes:
              - db_storage:/var/lib/postgresql/data
            healthcheck:
              test: ['CMD-SHELL', 'pg_isready -h localhost -U ${POSTGRES_USER} -d n8n']
              interval: 5s
              timeout: 5s
              retries: 10

          n8n:
            image: docker.n8n.io/n8nio/n8n:@VER@
            restart: always
            environment:
              - DB_TYPE=postgresdb
              - DB_POSTGRESDB_HOST=postgres
              - DB_POSTGRESDB_DATABASE=n8n
              - DB_POSTGRESDB_USER=${POSTGRES_USER}
              - DB_POSTGRESDB_PASSWORD=${POSTGRES_PASSWORD}
              - N8N_ENCRYPTION_KEY=@V@
              - N8N_HOST=@HOST@
              - N8N_PROTOCOL=https
              - WEBHOOK_URL=https://@HOST@/
              - GENERIC_TIMEZONE=@TZ@
              - EXECUTIONS_DATA_PRUNE=true
            ports:
              - 5678:5678
            depends_on:
              postgres:
                condition: service_healthy

        volumes:
          db_storage:
        '''), VER=pick(r, "1.64.3", "1.72.1", "1.80.0", "latest"), V=v, HOST=host,
        TZ=pick(r, "Europe/Berlin", "America/Chicago", "Asia/Singapore"))


@pos("n8n", "encryption-key", "json", g_n8n_enc, "N8N_ENCRYPTION_KEY", doc=N8N_DOC)
def n8n_config_file(r, v):
    return pick(r, ".n8n/config", "n8n-data/config", "backup/n8n/config"), \
        json.dumps({"encryptionKey": v}, indent=pick(r, 1, 2, "\t")) + "\n"


@pos("github", "token", "json", g_ghp, "GITHUB_TOKEN")
def n8n_cred_export(r, v):
    creds = [
        {"createdAt": ts(r) + ".000Z", "updatedAt": ts(r) + ".000Z", "id": rs(r, 16), "name": "GitHub account",
         "data": {"server": "https://api.github.com", "user": person(r), "accessToken": v},
         "type": "githubApi", "isManaged": False},
        {"createdAt": ts(r) + ".000Z", "updatedAt": ts(r) + ".000Z", "id": rs(r, 16), "name": "Postgres (read replica)",
         "data": {"host": r.choice(HOSTS), "database": "reporting", "user": "n8n_ro", "port": 5432, "ssl": "require"},
         "type": "postgres", "isManaged": False},
    ]
    r.shuffle(creds)
    return pick(r, "backup/credentials.json", "n8n/export/credentials-decrypted.json"), json.dumps(creds, indent=2) + "\n"


def n8n_node(r, name, ntype, params, pos_xy, ver=1):
    return {"parameters": params, "id": ruuid(r), "name": name, "type": ntype, "typeVersion": ver, "position": pos_xy}


@pos("make", "api-token", "json", g_make_token, "MAKE_API_TOKEN", emb=True)
def n8n_workflow_make(r, v):
    zone = pick(r, "eu1", "eu2", "us1", "us2")
    nodes = [
        n8n_node(r, "Schedule Trigger", "n8n-nodes-base.scheduleTrigger",
                 {"rule": {"interval": [{"field": "hours", "hoursInterval": r.choice([1, 2, 6])}]}}, [0, 0], 1.2),
        n8n_node(r, "List Make scenarios", "n8n-nodes-base.httpRequest",
                 {"url": "https://%s.make.com/api/v2/scenarios" % zone, "sendQuery": True,
                  "queryParameters": {"parameters": [{"name": "teamId", "value": str(r.randint(1000, 999999))}]},
                  "sendHeaders": True,
                  "headerParameters": {"parameters": [{"name": "Authorization", "value": "Token " + v}]},
                  "options": {}}, [220, 0], 4.2),
        n8n_node(r, "Only inactive", "n8n-nodes-base.filter",
                 {"conditions": {"conditions": [{"leftValue": "={{ $json.isActive }}", "rightValue": False,
                                                 "operator": {"type": "boolean", "operation": "equals"}}]}}, [440, 0], 2),
    ]
    wf = {"name": pick(r, "Make scenario watchdog", "Audit Make scenarios", "Scenario inventory"),
          "nodes": nodes,
          "connections": {"Schedule Trigger": {"main": [[{"node": "List Make scenarios", "type": "main", "index": 0}]]},
                          "List Make scenarios": {"main": [[{"node": "Only inactive", "type": "main", "index": 0}]]}},
          "active": r.random() < 0.5, "settings": {"executionOrder": "v1"},
          "versionId": ruuid(r), "id": rs(r, 16), "tags": []}
    return pick(r, "workflows/make-watchdog.json", "n8n/workflows/%s.json" % rs(r, 16)), json.dumps(wf, indent=2) + "\n"


@pos("n8n", "api-key", "ts", g_jwt_n8n, "N8N_API_KEY", doc=["<your-api-key>"])
def n8n_api_ts(r, v):
    base = "https://%s.app.n8n.cloud" % org(r)
    return pick(r, "scripts/n8n-backup.ts", "tools/exportWorkflows.ts"), sub(D('''
        import { writeFile, mkdir } from "node:fs/promises";

        const N8N_BASE = "@BASE@/api/v1";
        const headers = {
          accept: "application/json",
          "X-N8N-API-KEY": @V@,
        };

        interface Workflow { id: string; name: string; active: boolean; updatedAt: string }

        async function listWorkflows(cursor?: string): Promise<{ data: Workflow[]; nextCursor?: string }> {
          const url = new URL(`${N8N_BASE}/workflows`);
          url.searchParams.set("limit", "@LIMIT@");
          if (cursor) url.searchParams.set("cursor", cursor);
          const res = await fetch(url, { headers });
          if (!res.ok) throw new Error(`n8n API ${res.status}`);
          return res.json();
        }

        async function main() {
          await mkdir("backup/workflows", { recursive: true });
          let cursor: string | undefined;
          do {
            const page = await listWorkflows(cursor);
            for (const wf of page.data) {
              await writeFile(`backup/workflows/${wf.id}.json`, JSON.stringify(wf, null, 2));
            }
            cursor = page.nextCursor;
          } while (cursor);
        }

        main().catch((e) => { console.error(e); process.exit(1); });
        '''), BASE=base, V=lit(v), LIMIT=r.choice([50, 100, 250]))


@pos("n8n", "encryption-key", "yaml", g_n8n_enc, "N8N_ENCRYPTION_KEY", doc=N8N_DOC)
def n8n_helm_values(r, v):
    return pick(r, "helm/n8n/values.yaml", "deploy/n8n-values.yaml"), sub(D('''
        # n8n community chart values
        image:
          repository: n8nio/n8n
          tag: "@VER@"

        config:
          executions:
            pruneData: "true"
            pruneDataMaxAge: @AGE@
          generic:
            timezone: @TZ@

        secret:
          n8n:
            encryption_key: "@V@"

        extraEnv:
          DB_TYPE: postgresdb
          DB_POSTGRESDB_HOST: @HOST@
          DB_POSTGRESDB_DATABASE: n8n

        extraEnvSecrets:
          DB_POSTGRESDB_PASSWORD:
            name: n8n-db
            key: password

        ingress:
          enabled: true
          className: nginx
          hosts:
            - host: n8n.@ORG@.io
              paths: ["/"]
        '''), VER=pick(r, "1.64.3", "1.76.2"), AGE=r.choice([168, 336, 720]), TZ=pick(r, "UTC", "Europe/Paris"),
        V=v, HOST=r.choice(HOSTS), ORG=org(r))


@pos("n8n", "password", "yaml", g_password, "DB_POSTGRESDB_PASSWORD")
def n8n_k8s_deploy(r, v):
    return pick(r, "k8s/n8n/deployment.yaml", "manifests/n8n.yaml"), sub(D('''
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: n8n
          namespace: automation
          labels:
            app: n8n
        spec:
          replicas: 1
          selector:
            matchLabels:
              app: n8n
          template:
            metadata:
              labels:
                app: n8n
            spec:
              containers:
                - name: n8n
                  image: n8nio/n8n:@VER@
                  ports:
                    - containerPort: 5678
                  env:
                    - name: DB_TYPE
                      value: postgresdb
                    - name: DB_POSTGRESDB_HOST
                      value: @HOST@
                    - name: DB_POSTGRESDB_USER
                      value: n8n
                    - name: DB_POSTGRESDB_PASSWORD
                      value: "@V@"
                    - name: N8N_ENCRYPTION_KEY
                      valueFrom:
                        secretKeyRef:
                          name: n8n-secrets
                          key: encryption-key
                  resources:
                    requests: {cpu: 250m, memory: 512Mi}
                    limits: {memory: 1Gi}
        '''), VER=pick(r, "1.64.3", "1.72.1"), HOST=r.choice(HOSTS), V=v)


# ---- UiPath -----------------------------------------------------------------------------------
def orch_url(r):
    return "https://cloud.uipath.com/%s/%s/orchestrator_" % (org(r).replace("-", ""), pick(r, "DefaultTenant", "Prod", "UAT"))


@pos("uipath", "robot-key", "ps1", g_guid, "UIPATH_MACHINE_KEY")
def ui_robot_connect(r, v):
    return pick(r, "provision/Connect-Robot.ps1", "scripts/robot-setup.ps1"), sub(D('''
        <#
          Provision an unattended robot VM and connect it to Orchestrator.
          Run elevated. Owner: @TEAM@
        #>
        param(
            [string]$OrchestratorUrl = "@URL@",
            [string]$RobotPath = "C:\\Program Files\\UiPath\\Studio\\UiRobot.exe"
        )

        $ErrorActionPreference = "Stop"
        Write-Host "Installing UiPath Robot @VER@ ..."
        Start-Process msiexec.exe -Wait -ArgumentList '/i UiPathStudio.msi ADDLOCAL=DesktopFeature,Robot,RegisterService /qn'

        & $RobotPath disconnect
        & $RobotPath connect --url $OrchestratorUrl --key @V@
        & $RobotPath --version | Out-File -FilePath "C:\\ProgramData\\UiPath\\robot-version.txt"
        Write-Host "Robot on $env:COMPUTERNAME connected."
        '''), TEAM=r.choice(TEAMS), URL=orch_url(r), VER=pick(r, "23.10.5", "24.10.1"), V=lit(v))


@pos("uipath", "client-secret", "py", g_uipath_secret, "UIPATH_CLIENT_SECRET", pub=g_guid)
def ui_external_app_py(r, v):
    o = org(r).replace("-", "")
    return pick(r, "integrations/uipath_client.py", "src/orchestrator/auth.py"), sub(D('''
        """Minimal client for the UiPath Orchestrator API using a confidential external app."""
        import time

        import requests

        IDENTITY_URL = "https://cloud.uipath.com/identity_/connect/token"
        ORCH_URL = "https://cloud.uipath.com/@ORG@/@TEN@/orchestrator_"
        APP_ID = "@CID@"
        APP_SECRET = @V@
        SCOPES = "OR.Queues OR.Jobs OR.Folders.Read"

        _token = {"value": None, "exp": 0}


        def access_token() -> str:
            if _token["value"] and _token["exp"] > time.time() + 60:
                return _token["value"]
            resp = requests.post(IDENTITY_URL, data={
                "grant_type": "client_credentials",
                "client_id": APP_ID,
                "client_secret": APP_SECRET,
                "scope": SCOPES,
            }, timeout=30)
            resp.raise_for_status()
            body = resp.json()
            _token.update(value=body["access_token"], exp=time.time() + body["expires_in"])
            return _token["value"]


        def add_queue_item(folder_id: int, queue: str, content: dict) -> dict:
            r = requests.post(
                f"{ORCH_URL}/odata/Queues/UiPathODataSvc.AddQueueItem",
                headers={"Authorization": f"Bearer {access_token()}", "X-UIPATH-OrganizationUnitId": str(folder_id)},
                json={"itemData": {"Name": queue, "Priority": "Normal", "SpecificContent": content}},
                timeout=30,
            )
            r.raise_for_status()
            return r.json()
        '''), ORG=o, TEN=pick(r, "DefaultTenant", "Prod"), CID=ruuid(r), V=lit(v))


@pos("uipath", "client-secret", "json", g_uipath_secret, "UIPATH_APP_SECRET", pub=g_guid)
def ui_config_json(r, v):
    cfg = {"Settings": {"OrchestratorQueueName": r.choice(QUEUES), "OrchestratorQueueFolder": "Shared/%s" % r.choice(TEAMS),
                        "logF_BusinessProcessName": r.choice(PROCS), "MaxRetryNumber": r.choice([0, 1, 2])},
           "Orchestrator": {"Url": orch_url(r), "AppId": ruuid(r), "AppSecret": v,
                            "Scopes": "OR.Queues OR.Assets.Read"},
           "Constants": {"MaxConsecutiveSystemExceptions": 3, "ExScreenshotsFolderPath": "Exceptions_Screenshots"}}
    return pick(r, "Data/Config.json", "config/robot-settings.json"), json.dumps(cfg, indent=2) + "\n"


XAML_HEAD = D('''
    <Activity mc:Ignorable="sap sap2010" x:Class="@CLS@" xmlns="http://schemas.microsoft.com/netfx/2009/xaml/activities" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:sap="http://schemas.microsoft.com/netfx/2009/xaml/activities/presentation" xmlns:sap2010="http://schemas.microsoft.com/netfx/2010/xaml/activities/presentation" xmlns:scg="clr-namespace:System.Collections.Generic;assembly=System.Private.CoreLib" xmlns:ss="clr-namespace:System.Security;assembly=System.Private.CoreLib" xmlns:ui="http://schemas.uipath.com/workflow/activities" xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml">
      <x:Members>
        <x:Property Name="in_TransactionItem" Type="InArgument(ui:QueueItem)" />
        <x:Property Name="out_Status" Type="OutArgument(x:String)" />
      </x:Members>
      <sap:VirtualizedContainerService.HintSize>@W@,@H@</sap:VirtualizedContainerService.HintSize>
      <sap2010:WorkflowViewState.IdRef>@CLS@_1</sap2010:WorkflowViewState.IdRef>
    ''')


@pos("uipath", "token", "xml", g_uipath_pat, "UIPATH_PAT", emb=True)
def ui_xaml_http(r, v):
    cls = pick(r, "SubmitToErp", "Process", "CallOrchestratorApi")
    body = sub(XAML_HEAD, CLS=cls, W=r.randint(400, 700), H=r.randint(600, 1400)) + sub(D('''
          <Sequence DisplayName="@DN@" sap2010:WorkflowViewState.IdRef="Sequence_1">
            <Sequence.Variables>
              <Variable x:TypeArguments="x:String" Name="responseBody" />
              <Variable x:TypeArguments="x:Int32" Name="statusCode" />
            </Sequence.Variables>
            <ui:LogMessage DisplayName="Log start" Level="Info" Message="[&quot;Processing &quot; + in_TransactionItem.Reference]" sap2010:WorkflowViewState.IdRef="LogMessage_1" />
            <ui:HttpClient AcceptFormat="JSON" Body="[in_TransactionItem.SpecificContent(&quot;Payload&quot;).ToString]" BodyFormat="application/json" ContinueOnError="False" DisplayName="HTTP Request" EndPoint="@URL@/odata/Jobs/UiPath.Server.Configuration.OData.StartJobs" Method="POST" Result="[responseBody]" StatusCode="[statusCode]" TimeoutMS="30000" sap2010:WorkflowViewState.IdRef="HttpClient_1">
              <ui:HttpClient.Headers>
                <scg:Dictionary x:TypeArguments="x:String, InArgument(x:String)">
                  <InArgument x:TypeArguments="x:String" x:Key="Authorization">Bearer @V@</InArgument>
                  <InArgument x:TypeArguments="x:String" x:Key="X-UIPATH-OrganizationUnitId">@FID@</InArgument>
                </scg:Dictionary>
              </ui:HttpClient.Headers>
            </ui:HttpClient>
            <Assign DisplayName="Set status" sap2010:WorkflowViewState.IdRef="Assign_1">
              <Assign.To><OutArgument x:TypeArguments="x:String">[out_Status]</OutArgument></Assign.To>
              <Assign.Value><InArgument x:TypeArguments="x:String">[If(statusCode = 201, &quot;Successful&quot;, &quot;Failed&quot;)]</InArgument></Assign.Value>
            </Assign>
          </Sequence>
        </Activity>
        '''), DN=r.choice(PROCS), URL=orch_url(r), V=v, FID=r.randint(100000, 9999999))
    return "%s/%s.xaml" % (pick(r, "Framework", "Workflows", "Processes"), cls), body


@pos("uipath", "password", "xml", g_password, "SVC_RPA_PASSWORD", emb=True)
def ui_xaml_credential(r, v):
    cls = pick(r, "LoginToSap", "InitAllApplications", "OpenMainframe")
    body = sub(XAML_HEAD, CLS=cls, W=r.randint(400, 700), H=r.randint(600, 1400)) + sub(D('''
          <Sequence DisplayName="Login" sap2010:WorkflowViewState.IdRef="Sequence_2">
            <Sequence.Variables>
              <Variable x:TypeArguments="ss:SecureString" Name="securePwd" />
            </Sequence.Variables>
            <Assign DisplayName="Build credential" sap2010:WorkflowViewState.IdRef="Assign_2">
              <Assign.To><OutArgument x:TypeArguments="ss:SecureString">[securePwd]</OutArgument></Assign.To>
              <Assign.Value><InArgument x:TypeArguments="ss:SecureString">[New System.Net.NetworkCredential(&quot;@USER@&quot;, &quot;@V@&quot;).SecurePassword]</InArgument></Assign.Value>
            </Assign>
            <ui:TypeInto ClickBeforeTyping="True" DisplayName="Type user" Text="@USER@" sap2010:WorkflowViewState.IdRef="TypeInto_1">
              <ui:TypeInto.Target><ui:Target Selector="&lt;wnd app='saplogon.exe' /&gt;&lt;ctrl name='User' /&gt;" /></ui:TypeInto.Target>
            </ui:TypeInto>
            <ui:TypeSecureText DisplayName="Type password" SecureText="[securePwd]" sap2010:WorkflowViewState.IdRef="TypeSecureText_1">
              <ui:TypeSecureText.Target><ui:Target Selector="&lt;wnd app='saplogon.exe' /&gt;&lt;ctrl name='Password' /&gt;" /></ui:TypeSecureText.Target>
            </ui:TypeSecureText>
          </Sequence>
        </Activity>
        '''), USER=pick(r, "svc_rpa_sap", "RPA_BOT01", "uipath.unattended"), V=v)
    return "%s/%s.xaml" % (pick(r, "Framework", "Apps/SAP", "Common"), cls), body


def orch_webconfig(r, key, value):
    settings = [("NuGet.Packages.Path", "~/NuGetPackages"), ("NuGet.Activities.Path", "~/NuGetPackages/Activities"),
                ("NuGet.Repository.Type", "Composite"), ("Logs.RobotLogs.ReadTarget", "database"),
                ("Scalability.SignalR.Enabled", "true"), ("Auth.Bypass.Enabled", "false"),
                ("Plugins.SecureStores", "UiPath.Orchestrator.SecureStore.AzureKeyVault.dll")]
    settings.insert(r.randint(0, len(settings)), (key, value))
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <connectionStrings>",
             '    <add name="Default" connectionString="Server=%s;Database=UiPath;Integrated Security=True;" providerName="System.Data.SqlClient" />' % pick(r, "sql-orch-01", "SQLUIPATH\\ORCH", "10.10.2.30"),
             "  </connectionStrings>", "  <appSettings>"]
    lines += ['    <add key="%s" value="%s" />' % kv for kv in settings]
    lines += ["  </appSettings>", "  <system.web>", '    <compilation targetFramework="4.7.2" />',
              '    <httpRuntime maxRequestLength="%d" />' % r.choice([102400, 204800]), "  </system.web>", "</configuration>"]
    return "\n".join(lines) + "\n"


@pos("uipath", "encryption-key", "xml", g_b64key32, "ORCHESTRATOR_ENCRYPTION_KEY")
def ui_orch_encryption(r, v):
    return pick(r, "orchestrator/UiPath.Orchestrator.dll.config", "deploy/orchestrator/web.config"), orch_webconfig(r, "EncryptionKey", v)


@pos("uipath", "api-key", "xml", g_guid, "NUGET_ORCHESTRATOR_APIKEY")
def ui_orch_nuget(r, v):
    return pick(r, "orchestrator/UiPath.Orchestrator.dll.config", "iis/Orchestrator/web.config"), orch_webconfig(r, "NuGet.Orchestrator.ApiKey", v)


@pos("uipath", "client-secret", "yaml", g_uipath_secret, "UIPATH_APP_SECRET", emb=True)
def ui_cli_gha(r, v):
    return pick(r, ".github/workflows/uipath-deploy.yml", ".github/workflows/rpa-release.yaml"), gha_header(r, "RPA package release") + sub(D('''
        jobs:
          pack-and-deploy:
            runs-on: windows-latest
            steps:
              - uses: actions/checkout@v4
              - name: Install UiPath CLI
                run: dotnet tool install --global UiPath.CLI.Windows --version @VER@
              - name: Pack
                run: uipcli pack project.json -o ./out --autoVersion
              - name: Deploy to Orchestrator
                run: >
                  uipcli package deploy ./out "@URL@" @TEN@
                  -A @ORG@ -I @AID@ -S "@V@"
                  --applicationScope "OR.Folders OR.BackgroundTasks OR.Execution"
                  -o "@FOLDER@"
        '''), VER=pick(r, "23.10.8753.32995", "24.10.9050.17872"), URL=orch_url(r).rsplit("/", 2)[0],
        TEN=pick(r, "DefaultTenant", "Prod"), ORG=org(r).replace("-", ""), AID=ruuid(r), V=v, FOLDER="Shared/" + r.choice(TEAMS))


@pos("uipath", "client-secret", "cs", g_uipath_secret, "UIPATH_CLIENT_SECRET", pub=g_guid)
def ui_cs_client(r, v):
    return pick(r, "src/Rpa.Gateway/OrchestratorModule.cs", "Services/QueueFeeder.cs"), sub(D('''
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Microsoft.Extensions.DependencyInjection;

        namespace Rpa.Gateway
        {
            public static class OrchestratorModule
            {
                public static IServiceCollection AddOrchestrator(this IServiceCollection services)
                {
                    services.AddHttpClient("orchestrator", c =>
                    {
                        c.BaseAddress = new Uri("@URL@/");
                        c.Timeout = TimeSpan.FromSeconds(@TO@);
                    });
                    services.AddSingleton(sp => new OrchestratorTokenProvider(
                        sp.GetRequiredService<IHttpClientFactory>(),
                        "@CID@",
                        @V@,
                        "OR.Queues OR.Jobs"));
                    return services;
                }
            }
        }
        '''), URL=orch_url(r), TO=r.choice([30, 60, 100]), CID=ruuid(r), V=lit(v))


# ---- Automation Anywhere ----------------------------------------------------------------------
def aa_cr(r):
    return pick(r, "https://%s.my.automationanywhere.digital" % org(r).replace("-", ""), "https://cr.%s.local" % org(r))


@pos("automation-anywhere", "api-key", "py", g_aa_key, "AA_API_KEY")
def aa_auth_py(r, v):
    return pick(r, "aa/control_room.py", "integrations/automation_anywhere.py"), sub(D('''
        import requests

        CONTROL_ROOM = "@CR@"
        BOT_USER = "@USER@"


        def authenticate() -> str:
            resp = requests.post(
                f"{CONTROL_ROOM}/v2/authentication",
                json={"username": BOT_USER, "apiKey": @V@, "multipleLogin": False},
                timeout=30,
            )
            resp.raise_for_status()
            return resp.json()["token"]


        def deploy_bot(file_id: int, runner_ids: list[int]) -> str:
            token = authenticate()
            body = {"fileId": file_id, "runAsUserIds": runner_ids, "poolIds": [], "overrideDefaultDevice": False}
            r = requests.post(f"{CONTROL_ROOM}/v3/automations/deploy", json=body,
                              headers={"X-Authorization": token}, timeout=60)
            r.raise_for_status()
            return r.json()["deploymentId"]
        '''), CR=aa_cr(r), USER=pick(r, "svc_api_runner", "bot.scheduler", "aa-integration"), V=lit(v))


@pos("automation-anywhere", "api-key", "ps1", g_aa_key, "AA_API_KEY")
def aa_ps1(r, v):
    return pick(r, "scripts/Invoke-AABot.ps1", "ops/aa-deploy.ps1"), sub(D('''
        param([int]$FileId = @FID@, [int[]]$RunAs = @(@RUN@))

        $cr = "@CR@"
        $auth = @{ username = "@USER@"; apiKey = @V@ } | ConvertTo-Json
        $token = (Invoke-RestMethod -Method Post -Uri "$cr/v2/authentication" -Body $auth -ContentType "application/json").token

        $body = @{ fileId = $FileId; runAsUserIds = $RunAs; botLabel = "nightly-$(Get-Date -Format yyyyMMdd)" } | ConvertTo-Json
        $dep = Invoke-RestMethod -Method Post -Uri "$cr/v3/automations/deploy" -Headers @{ "X-Authorization" = $token } -Body $body -ContentType "application/json"
        Write-Output "deployment $($dep.deploymentId)"
        '''), FID=r.randint(1000, 99999), RUN=r.randint(10, 999), CR=aa_cr(r), USER=pick(r, "svc_api_runner", "ops.bot"), V=lit(v, "'"))


@pos("automation-anywhere", "api-key", "props", g_aa_key, "AA_API_KEY")
def aa_properties(r, v):
    return pick(r, "src/main/resources/application.properties", "config/application-prod.properties"), sub(D('''
        spring.application.name=rpa-dispatcher
        server.port=@PORT@
        management.endpoints.web.exposure.include=health,info

        aa.control-room.url=@CR@
        aa.control-room.username=@USER@
        aa.control-room.api-key=@V@
        aa.deploy.default-pool=@POOL@
        aa.deploy.timeout-seconds=120

        logging.level.com.@ORGP@.rpa=INFO
        '''), PORT=r.choice([8080, 8081, 9090]), CR=aa_cr(r), USER=pick(r, "svc_dispatch", "api.runner"), V=v,
        POOL=pick(r, "finance-pool", "default"), ORGP=org(r).replace("-", ""))


# ---- Blue Prism -------------------------------------------------------------------------------
@pos("blue-prism", "password", "cmd", g_password, "BP_PASSWORD")
def bp_automatec(r, v):
    return pick(r, "scheduler/run_invoice_intake.cmd", "scripts/start-process.cmd"), sub(D('''
        @echo off
        REM Triggered by Control-M job @JOB@ - runs a Blue Prism process on a named runtime resource
        setlocal
        set BP_HOME=C:\\Program Files\\Blue Prism Limited\\Blue Prism Automate
        set RESOURCE=@RES@

        "%BP_HOME%\\AutomateC.exe" /run "@PROC@" /resource %RESOURCE% /port 8181 /user @USER@ @V@ /dbconname "@DBCON@"
        if errorlevel 1 (
          echo Blue Prism run failed with %errorlevel%
          exit /b 1
        )
        endlocal
        '''), JOB=rs(r, 8, UPPER_ALNUM), RES=pick(r, "RPA-VM-03", "BPRR01", "rr-prod-07"), PROC=r.choice(PROCS),
        USER=pick(r, "svc_bp_sched", "bpadmin_ops", "scheduler"), V=v, DBCON=pick(r, "Production", "BP Prod"))


@pos("blue-prism", "client-secret", "py", g_bp_secret, "BP_CLIENT_SECRET")
def bp_token_py(r, v):
    return pick(r, "bp_api/auth.py", "reporting/blueprism_client.py"), sub(D('''
        import requests

        AUTH_SERVER = "https://authentication.@DOM@"
        API_BASE = "https://bpapi.@DOM@/api/v7"
        CLIENT_ID = "@CID@"
        CLIENT_SECRET = @V@


        def get_token() -> str:
            r = requests.post(f"{AUTH_SERVER}/connect/token", data={
                "grant_type": "client_credentials",
                "client_id": CLIENT_ID,
                "client_secret": CLIENT_SECRET,
                "scope": "bp-api",
            }, timeout=20, verify="/etc/ssl/certs/@ORG@-ca.pem")
            r.raise_for_status()
            return r.json()["access_token"]


        def list_sessions(status: str = "Running") -> list[dict]:
            r = requests.get(f"{API_BASE}/sessions", params={"processSessionStatus": status},
                             headers={"Authorization": "Bearer " + get_token()}, timeout=30)
            r.raise_for_status()
            return r.json()["items"]
        '''), DOM="%s.local" % org(r), CID=pick(r, "bp-reporting", "sessions-monitor", "hub-integration"), V=lit(v), ORG=org(r))


@pos("blue-prism", "connection-string-password", "json", g_password, "BP_DB_PASSWORD", emb=True)
def bp_appsettings(r, v):
    cfg = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft": "Warning"}},
           "ConnectionStrings": {"BluePrism": "Server=%s;Database=BluePrism;User Id=%s;Password=%s;Encrypt=True;TrustServerCertificate=False;" % (
               pick(r, "sqlbp01.corp.local", "10.30.1.15,1433"), pick(r, "bp_app", "bp_api_svc"), v)},
           "BluePrismApi": {"AuthenticationServerUrl": "https://authentication.%s.local" % org(r), "AuthenticationServerApiClientId": "bp-api"},
           "AllowedHosts": "*"}
    return pick(r, "BluePrismApi/appsettings.Production.json", "deploy/bp-api/appsettings.json"), json.dumps(cfg, indent=2) + "\n"


# ---- Power Automate / Logic Apps --------------------------------------------------------------
LA_DOC = ["IxEQ_ygZf6WNEQCbjV0Vs6p6Y4DyNEJVAa86U5B4xhk", "<value>"]


def la_url(r, sig):
    if r.random() < 0.6:
        return ("https://prod-%02d.%s.logic.azure.com:443/workflows/%s/triggers/manual/paths/invoke"
                "?api-version=2016-06-01&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=%s") % (
                    r.randint(0, 99), r.choice(REGIONS), rhex(r, 32), sig)
    env = rhex(r, 30)
    return ("https://%s.%s.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/%s"
            "/triggers/manual/paths/invoke?api-version=1&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=%s") % (
                env[:-2], env[-2:], rhex(r, 32), sig)


@pos("azure-logic-apps", "sas-signature", "ts", g_sig, "FLOW_SIG", doc=LA_DOC, emb=True)
def la_ts(r, v):
    return pick(r, "src/integrations/approvalFlow.ts", "src/lib/powerAutomate.ts"), sub(D('''
        // Posts approval requests to the Power Automate flow owned by @TEAM@.
        import type { ApprovalRequest } from "../types";

        const FLOW_URL =
          "@URL@";

        export async function requestApproval(req: ApprovalRequest): Promise<void> {
          const res = await fetch(FLOW_URL, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({
              requester: req.requester,
              amount: req.amount,
              costCenter: req.costCenter,
              link: `https://portal.@ORG@.com/requests/${req.id}`,
            }),
          });
          if (res.status !== 202) {
            throw new Error(`flow rejected request: ${res.status}`);
          }
        }
        '''), TEAM=r.choice(TEAMS), URL=la_url(r, v), ORG=org(r))


@pos("power-automate", "sas-signature", "py", g_sig, "FLOW_SIG", doc=LA_DOC, emb=True)
def pa_py(r, v):
    return pick(r, "notify/teams_flow.py", "jobs/post_to_flow.py"), sub(D('''
        """Send job summaries to the Teams channel through an HTTP-triggered flow."""
        import json
        import urllib.request

        WEBHOOK = (
            "@URL@"
        )


        def post_summary(job: str, status: str, rows: int) -> int:
            payload = json.dumps({"job": job, "status": status, "rows": rows}).encode()
            req = urllib.request.Request(WEBHOOK, data=payload, headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(req, timeout=15) as resp:
                return resp.status
        '''), URL=la_url(r, v))


@pos("azure-logic-apps", "sas-signature", "json", g_sig, "LOGIC_APP_SIG", doc=LA_DOC, emb=True)
def la_local_settings(r, v):
    cfg = {"IsEncrypted": False,
           "Values": {"AzureWebJobsStorage": "UseDevelopmentStorage=true", "FUNCTIONS_WORKER_RUNTIME": pick(r, "dotnet-isolated", "node", "python"),
                      "ORDER_QUEUE_NAME": pick(r, "orders-in", "invoices"), "LogicAppCallbackUrl": la_url(r, v),
                      "APPINSIGHTS_SAMPLING": "20"}}
    return pick(r, "local.settings.json", "src/FunctionApp/local.settings.json"), json.dumps(cfg, indent=2) + "\n"


@pos("azure-logic-apps", "sas-signature", "md", g_sig, "LOGIC_APP_SIG", doc=LA_DOC, emb=True)
def la_md(r, v):
    return pick(r, "docs/integration.md", "docs/runbooks/escalation-flow.md", "README.md"), sub(D('''
        # Escalation flow

        The escalation workflow runs in Azure Logic Apps (`la-@NAME@-prod`, resource group `rg-@TEAM@`).
        It accepts a JSON body and posts an adaptive card to the on-call channel.

        ## Calling it manually

        ```bash
        curl -X POST "@URL@" \\
          -H "Content-Type: application/json" \\
          -d '{"severity": "P2", "service": "invoice-ingest", "summary": "queue backlog > 500"}'
        ```

        Expected response: `202 Accepted`.

        ## Ownership

        * Owner: @OWNER@
        * Run history: Azure portal > Logic app > Runs history
        '''), NAME=pick(r, "escalation", "oncall", "alerts"), TEAM=r.choice(TEAMS), URL=la_url(r, v), OWNER=email(r))


# ---- IFTTT ------------------------------------------------------------------------------------
IFTTT_DOC = ["12345-12345678", "123MyDemoKey123"]


@pos("ifttt", "webhook-key", "py", g_ifttt, "IFTTT_KEY", doc=IFTTT_DOC, emb=True)
def ifttt_py(r, v):
    ev = r.choice(EVENTS)
    return pick(r, "home/notify.py", "monitor/ifttt_alert.py"), sub(D('''
        import requests


        def fire(value1: str, value2: str = "", value3: str = "") -> None:
            url = "https://maker.ifttt.com/trigger/@EV@/with/key/@V@"
            r = requests.post(url, json={"value1": value1, "value2": value2, "value3": value3}, timeout=10)
            r.raise_for_status()


        if __name__ == "__main__":
            import shutil

            free = shutil.disk_usage("/").free // (1024 ** 3)
            if free < @LIM@:
                fire("@HOST@", f"{free} GB free")
        '''), EV=ev, V=v, LIM=r.choice([5, 10, 20]), HOST=pick(r, "nas01", "pi-garage", "backup-box"))


@pos("ifttt", "webhook-key", "sh", g_ifttt, "IFTTT_KEY", doc=IFTTT_DOC, emb=True)
def ifttt_sh(r, v):
    return pick(r, "scripts/backup.sh", "cron/nightly-backup.sh"), sub(D('''
        #!/bin/sh
        # nightly restic backup + phone notification
        set -eu
        restic -r sftp:backup@@HOST@:/srv/restic backup /home /etc --exclude-caches
        restic -r sftp:backup@@HOST@:/srv/restic forget --keep-daily 7 --keep-weekly 4 --prune
        curl -fsS -X POST "https://maker.ifttt.com/trigger/@EV@/with/key/@V@" \\
          -H "Content-Type: application/json" \\
          -d "{\\"value1\\":\\"$(hostname)\\",\\"value2\\":\\"$(date -Iseconds)\\"}" >/dev/null
        '''), HOST=pick(r, "nas.lan", "10.0.0.20"), EV=r.choice(EVENTS), V=v)


@pos("ifttt", "webhook-key", "json", g_ifttt, "IFTTT_KEY", doc=IFTTT_DOC, emb=True)
def ifttt_nodered(r, v):
    z = rhex(r, 16)
    nodes = [
        {"id": rhex(r, 16), "type": "tab", "label": pick(r, "Alerts", "Garage", "Home"), "disabled": False, "info": ""},
        {"id": rhex(r, 16), "type": "mqtt in", "z": z, "name": "", "topic": "home/%s/state" % pick(r, "garage", "door", "sump"),
         "qos": "1", "datatype": "auto-detect", "broker": rhex(r, 16), "x": 140, "y": 120, "wires": [[rhex(r, 16)]]},
        {"id": rhex(r, 16), "type": "http request", "z": z, "name": "IFTTT webhook", "method": "POST", "ret": "txt",
         "paytoqs": "ignore", "url": "https://maker.ifttt.com/trigger/%s/with/key/%s" % (r.choice(EVENTS), v),
         "tls": "", "persist": False, "proxy": "", "x": 420, "y": 120, "wires": [[]]},
    ]
    return pick(r, "node-red/flows.json", ".node-red/flows.json"), json.dumps(nodes, indent=4) + "\n"


@pos("ifttt", "webhook-key", "yaml", g_ifttt, "IFTTT_KEY", doc=IFTTT_DOC)
def ifttt_homeassistant(r, v):
    return pick(r, "homeassistant/configuration.yaml", "config/configuration.yaml"), sub(D('''
        default_config:

        homeassistant:
          name: Home
          unit_system: metric
          time_zone: @TZ@

        ifttt:
          key: @V@

        automation: !include automations.yaml
        script: !include scripts.yaml
        scene: !include scenes.yaml

        logger:
          default: warning
          logs:
            homeassistant.components.ifttt: info
        '''), TZ=pick(r, "Europe/Amsterdam", "America/Denver"), V=v)


# ---- Make (Integromat) ------------------------------------------------------------------------
@pos("make", "api-token", "ts", g_make_token, "MAKE_API_TOKEN", doc=["<your-api-token>"])
def make_ts(r, v):
    zone = pick(r, "eu1", "eu2", "us1", "us2")
    return pick(r, "src/make/client.ts", "tools/make-sync.ts"), sub(D('''
        const MAKE_BASE = "https://@ZONE@.make.com/api/v2";
        const MAKE_TOKEN = @V@;

        type Scenario = { id: number; name: string; isActive: boolean; teamId: number };

        async function make<T>(path: string, init: RequestInit = {}): Promise<T> {
          const res = await fetch(`${MAKE_BASE}${path}`, {
            ...init,
            headers: { Authorization: `Token ${MAKE_TOKEN}`, "Content-Type": "application/json" },
          });
          if (!res.ok) throw new Error(`Make API ${res.status} on ${path}`);
          return (await res.json()) as T;
        }

        export async function listScenarios(teamId = @TEAMID@): Promise<Scenario[]> {
          const body = await make<{ scenarios: Scenario[] }>(`/scenarios?teamId=${teamId}&pg[limit]=100`);
          return body.scenarios;
        }

        export async function runScenario(id: number, data: unknown) {
          return make(`/scenarios/${id}/run`, { method: "POST", body: JSON.stringify({ data, responsive: true }) });
        }
        '''), ZONE=zone, V=lit(v), TEAMID=r.randint(1000, 999999))


@pos("make", "webhook-url", "env", g_make_hook, "MAKE_WEBHOOK_URL", emb=True)
def make_env(r, v):
    return pick(r, ".env", ".env.local", ".env.production"), sub(D('''
        NODE_ENV=production
        PORT=@PORT@
        PUBLIC_BASE_URL=https://forms.@ORG@.com
        # lead form -> Make scenario "Lead routing"
        MAKE_WEBHOOK_URL=https://hook.@ZONE@.make.com/@V@
        LOG_LEVEL=info
        RATE_LIMIT_PER_MIN=@RL@
        '''), PORT=r.choice([3000, 8080]), ORG=org(r), ZONE=pick(r, "eu1", "eu2", "us1", "us2"), V=v, RL=r.choice([30, 60, 120]))


@pos("make", "webhook-api-key", "py", g_make_apikey, "MAKE_WEBHOOK_API_KEY")
def make_hook_header(r, v):
    return pick(r, "app/notifications/make_hook.py", "services/lead_forwarder.py"), sub(D('''
        import logging
        import os

        import httpx

        log = logging.getLogger(__name__)

        HOOK_URL = os.environ["MAKE_LEAD_HOOK_URL"]  # https://hook.@ZONE@.make.com/...
        HOOK_HEADERS = {"x-make-apikey": @V@}


        async def forward_lead(lead: dict) -> None:
            async with httpx.AsyncClient(timeout=10) as client:
                resp = await client.post(HOOK_URL, json=lead, headers=HOOK_HEADERS)
            if resp.status_code >= 400:
                log.warning("make hook refused lead %s: %s", lead.get("id"), resp.text)
        '''), ZONE=pick(r, "eu1", "eu2", "us1"), V=lit(v))


@pos("make", "webhook-url", "json", g_make_hook, "MAKE_HOOK_ID", emb=True)
def make_blueprint(r, v):
    zone = pick(r, "eu1", "eu2", "us1", "us2")
    bp = {"name": pick(r, "Invoice -> ERP", "Forward approvals", "Lead routing v2"),
          "flow": [
              {"id": 1, "module": "gateway:CustomWebHook", "version": 1, "parameters": {"hook": r.randint(100000, 999999), "maxResults": 1},
               "mapper": {}, "metadata": {"designer": {"x": 0, "y": 0}}},
              {"id": 2, "module": "http:ActionSendData", "version": 3,
               "parameters": {"handleErrors": False, "useNewZLibDeCompress": True},
               "mapper": {"url": "https://hook.%s.make.com/%s" % (zone, v), "method": "post",
                          "bodyType": "raw", "contentType": "application/json", "data": "{{toString(1.body)}}"},
               "metadata": {"designer": {"x": 300, "y": 0}}}],
          "metadata": {"instant": True, "version": 1, "scenario": {"roundtrips": 1, "maxErrors": 3, "autoCommit": True}}}
    return pick(r, "make/blueprints/forward.blueprint.json", "blueprints/%s.json" % rs(r, 8, LOWER_ALNUM)), json.dumps(bp, indent=4) + "\n"


# ---- Zapier -----------------------------------------------------------------------------------
@pos("zapier", "deploy-key", "json", g_zapier, "ZAPIER_DEPLOY_KEY")
def zapier_rc(r, v):
    return pick(r, ".zapierrc", "ci/.zapierrc"), json.dumps({"deployKey": v}, indent=pick(r, None, 2)) + "\n"


@pos("zapier", "deploy-key", "yaml", g_zapier, "ZAPIER_DEPLOY_KEY")
def zapier_gha(r, v):
    return pick(r, ".github/workflows/zapier-push.yml", ".github/workflows/publish-integration.yml"), gha_header(r, "Zapier Push") + sub(D('''
        jobs:
          push:
            runs-on: ubuntu-latest
            env:
              ZAPIER_DEPLOY_KEY: @V@
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-node@v4
                with:
                  node-version: @NODE@
              - run: npm ci
              - run: npx zapier-platform-cli@@CLI@ test
              - run: npx zapier-platform-cli@@CLI@ push
        '''), V=v, NODE=r.choice([18, 20, 22]), CLI=pick(r, "15.19.0", "16.1.1"))


# ---- Temporal ---------------------------------------------------------------------------------
def tmprl_addr(r):
    ns = pick(r, "orders", "billing-prod", "payments", "onboarding")
    acct = rs(r, 5, LOWER_ALNUM)
    if r.random() < 0.5:
        return "%s.%s.tmprl.cloud:7233" % (ns, acct), "%s.%s" % (ns, acct)
    return "%s.%s.api.temporal.io:7233" % (pick(r, "us-east-1", "eu-west-1", "ap-south-1"), pick(r, "aws", "gcp")), "%s.%s" % (ns, acct)


@pos("temporal", "api-key", "go", g_jwt_temporal, "TEMPORAL_API_KEY", doc=["<api-key>"])
def temporal_go(r, v):
    addr, ns = tmprl_addr(r)
    return pick(r, "cmd/worker/main.go", "worker/main.go"), sub(D('''
        package main

        import (
        	"crypto/tls"
        	"log"

        	"go.temporal.io/sdk/client"
        	"go.temporal.io/sdk/worker"

        	"github.com/@ORG@/@SVC@/activities"
        	"github.com/@ORG@/@SVC@/workflows"
        )

        func main() {
        	c, err := client.Dial(client.Options{
        		HostPort:          "@ADDR@",
        		Namespace:         "@NS@",
        		ConnectionOptions: client.ConnectionOptions{TLS: &tls.Config{}},
        		Credentials:       client.NewAPIKeyStaticCredentials(@V@),
        	})
        	if err != nil {
        		log.Fatalln("unable to create Temporal client", err)
        	}
        	defer c.Close()

        	w := worker.New(c, "@TQ@", worker.Options{MaxConcurrentActivityExecutionSize: @MAX@})
        	w.RegisterWorkflow(workflows.@WF@)
        	w.RegisterActivity(&activities.Activities{})
        	if err := w.Run(worker.InterruptCh()); err != nil {
        		log.Fatalln("worker exited", err)
        	}
        }
        '''), ORG=org(r), SVC=pick(r, "order-svc", "billing"), ADDR=addr, NS=ns, V=lit(v),
        TQ=pick(r, "order-processing", "billing-tq"), MAX=r.choice([10, 50, 100]), WF=pick(r, "OrderWorkflow", "InvoiceWorkflow"))


@pos("temporal", "api-key", "py", g_jwt_temporal, "TEMPORAL_API_KEY")
def temporal_py(r, v):
    addr, ns = tmprl_addr(r)
    return pick(r, "worker/run_worker.py", "app/temporal_worker.py"), sub(D('''
        import asyncio

        from temporalio.client import Client
        from temporalio.worker import Worker

        from .activities import charge_card, send_receipt
        from .workflows import CheckoutWorkflow


        async def main() -> None:
            client = await Client.connect(
                "@ADDR@",
                namespace="@NS@",
                api_key=@V@,
                tls=True,
            )
            worker = Worker(
                client,
                task_queue="@TQ@",
                workflows=[CheckoutWorkflow],
                activities=[charge_card, send_receipt],
            )
            await worker.run()


        if __name__ == "__main__":
            asyncio.run(main())
        '''), ADDR=addr, NS=ns, V=lit(v), TQ=pick(r, "checkout", "payments-tq"))


@pos("temporal", "private-key", "pem", pem_ec, "TEMPORAL_TLS_KEY", neg=pem_neg)
def temporal_key_file(r, v):
    return pick(r, "certs/temporal-client.key", "deploy/tls/client.key", "secrets/worker-mtls.key"), v + "\n"


@pos("temporal", "private-key", "yaml", pem_any, "TEMPORAL_TLS_KEY", neg=pem_neg)
def temporal_key_yaml(r, v):
    addr, ns = tmprl_addr(r)
    ind = "\n".join("    " + ln for ln in v.split("\n")) if v else "    "
    crt = "\n".join("    " + ln for ln in pem_cert(r).split("\n"))
    return pick(r, "k8s/worker-mtls-secret.yaml", "deploy/temporal/client-tls.yaml"), sub(D('''
        apiVersion: v1
        kind: Secret
        metadata:
          name: temporal-client-tls
          namespace: @K8NS@
          annotations:
            temporal.io/namespace: @NS@
            temporal.io/address: "@ADDR@"
        type: kubernetes.io/tls
        stringData:
          tls.crt: |
        @CRT@
          tls.key: |
        @KEY@
        '''), K8NS=pick(r, "workers", "orders"), NS=ns, ADDR=addr, CRT=crt, KEY=ind)


@pos("temporal", "api-key", "sh", g_jwt_temporal, "TEMPORAL_CLOUD_API_KEY")
def temporal_tcld_sh(r, v):
    return pick(r, "ops/rotate-ns-certs.sh", "scripts/tcld-audit.sh"), sub(D('''
        #!/usr/bin/env bash
        # Audit namespaces and retention in Temporal Cloud.
        set -euo pipefail
        export TEMPORAL_CLOUD_API_KEY="@V@"

        for ns in $(tcld namespace list | jq -r '.namespaces[]'); do
          tcld namespace get -n "$ns" | jq '{ns: .namespace, retention: .spec.retentionDays, region: .spec.regions}'
        done
        '''), V=v)


# ---- Camunda 8 --------------------------------------------------------------------------------
CAM_DOC = ["zecret", "[Client Secret]", "<my_client_secret>", "YOUR_CLIENT_SECRET"]


def cam_cluster(r):
    return ruuid(r), pick(r, "bru-2", "lhr-1", "jfk-1", "syd-1", "ont-1")


@pos("camunda", "client-secret", "props", g_camunda_secret, "ZEEBE_CLIENT_SECRET", doc=CAM_DOC, pub=g_camunda_id)
def cam_props(r, v):
    cid, reg = cam_cluster(r)
    return pick(r, "src/main/resources/application.properties", "worker/src/main/resources/application-saas.properties"), sub(D('''
        spring.application.name=@APP@
        camunda.client.mode=saas
        camunda.client.cluster-id=@CID@
        camunda.client.region=@REG@
        camunda.client.auth.client-id=@ID@
        camunda.client.auth.client-secret=@V@
        camunda.client.zeebe.defaults.max-jobs-active=@MAX@
        camunda.client.zeebe.defaults.worker-name=@APP@-worker
        management.endpoint.health.show-details=always
        '''), APP=pick(r, "loan-origination", "order-fulfilment", "kyc-worker"), CID=cid, REG=reg, ID=g_camunda_id(r),
        V=v, MAX=r.choice([16, 32, 64]))


@pos("camunda", "client-secret", "yaml", g_camunda_secret, "ZEEBE_CLIENT_SECRET", doc=CAM_DOC, pub=g_camunda_id)
def cam_yaml(r, v):
    cid, reg = cam_cluster(r)
    return pick(r, "src/main/resources/application.yaml", "config/application-prod.yml"), sub(D('''
        spring:
          application:
            name: @APP@
        camunda:
          client:
            mode: saas
            cluster-id: @CID@
            region: @REG@
            auth:
              client-id: @ID@
              client-secret: @V@
            zeebe:
              defaults:
                stream-enabled: true
                max-jobs-active: @MAX@
        logging:
          level:
            io.camunda.zeebe.client: INFO
        '''), APP=pick(r, "payment-worker", "claims-process"), CID=cid, REG=reg, ID=g_camunda_id(r), V=v, MAX=r.choice([8, 32]))


@pos("camunda", "client-secret", "sh", g_camunda_secret, "ZEEBE_CLIENT_SECRET", doc=CAM_DOC, pub=g_camunda_id)
def cam_env_sh(r, v):
    cid, reg = cam_cluster(r)
    return pick(r, "scripts/camunda-env.sh", "ops/c8-credentials.sh"), sub(D('''
        # Camunda 8 client credentials (@NAME@) - source this before running zbctl / workers
        export ZEEBE_ADDRESS='@CID@.@REG@.zeebe.camunda.io:443'
        export ZEEBE_CLIENT_ID='@ID@'
        export ZEEBE_CLIENT_SECRET='@V@'
        export ZEEBE_AUTHORIZATION_SERVER_URL='https://login.cloud.camunda.io/oauth/token'
        export ZEEBE_TOKEN_AUDIENCE='zeebe.camunda.io'
        export CAMUNDA_CLUSTER_ID='@CID@'
        export CAMUNDA_CLUSTER_REGION='@REG@'
        export CAMUNDA_CREDENTIALS_SCOPES='Zeebe,Tasklist,Operate'
        export CAMUNDA_OAUTH_URL='https://login.cloud.camunda.io/oauth/token'
        '''), NAME=pick(r, "ci-deployer", "worker-prod", "tasklist-app"), CID=cid, REG=reg, ID=g_camunda_id(r), V=v)


@pos("camunda", "client-secret", "java", g_camunda_secret, "ZEEBE_CLIENT_SECRET", doc=CAM_DOC, pub=g_camunda_id)
def cam_java(r, v):
    cid, reg = cam_cluster(r)
    return pick(r, "src/main/java/com/%s/bpm/ZeebeClientFactory.java" % org(r).replace("-", ""), "worker/src/main/java/ZeebeConfig.java"), sub(D('''
        package com.@ORGP@.bpm;

        import io.camunda.zeebe.client.ZeebeClient;
        import java.time.Duration;

        public final class ZeebeClientFactory {

          private ZeebeClientFactory() {}

          public static ZeebeClient create() {
            return ZeebeClient.newCloudClientBuilder()
                .withClusterId("@CID@")
                .withClientId("@ID@")
                .withClientSecret(@V@)
                .withRegion("@REG@")
                .build();
          }

          public static Duration defaultTimeout() {
            return Duration.ofSeconds(@TO@);
          }
        }
        '''), ORGP=org(r).replace("-", ""), CID=cid, ID=g_camunda_id(r), V=lit(v), REG=reg, TO=r.choice([10, 20, 30]))


@pos("camunda", "client-secret", "ts", g_camunda_secret, "ZEEBE_CLIENT_SECRET", doc=CAM_DOC, pub=g_camunda_id)
def cam_ts(r, v):
    cid, reg = cam_cluster(r)
    return pick(r, "src/camunda.ts", "worker/src/client.ts"), sub(D('''
        import { Camunda8 } from "@camunda8/sdk";

        export const c8 = new Camunda8({
          ZEEBE_GRPC_ADDRESS: "grpcs://@CID@.@REG@.zeebe.camunda.io:443",
          ZEEBE_REST_ADDRESS: "https://@REG@.zeebe.camunda.io/@CID@",
          ZEEBE_CLIENT_ID: "@ID@",
          ZEEBE_CLIENT_SECRET: @V@,
          CAMUNDA_OAUTH_URL: "https://login.cloud.camunda.io/oauth/token",
          CAMUNDA_TASKLIST_BASE_URL: "https://@REG@.tasklist.camunda.io/@CID@",
          CAMUNDA_OPERATE_BASE_URL: "https://@REG@.operate.camunda.io/@CID@",
        });

        export const zeebe = c8.getZeebeGrpcApiClient();
        '''), CID=cid, REG=reg, ID=g_camunda_id(r), V=lit(v))


@pos("camunda", "client-secret", "tf", g_camunda_secret, "camunda_client_secret", doc=CAM_DOC, pub=g_camunda_id)
def cam_tf(r, v):
    return pick(r, "terraform/camunda/main.tf", "infra/c8/providers.tf"), sub(D('''
        terraform {
          required_providers {
            camunda = {
              source  = "multani/camunda"
              version = "~> @VER@"
            }
          }
        }

        provider "camunda" {
          client_id     = "@ID@"
          client_secret = "@V@"
        }

        data "camunda_channel" "stable" {
          name = "Stable"
        }

        resource "camunda_cluster" "@NAME@" {
          name    = "@NAME@"
          channel = data.camunda_channel.stable.id
          region  = "@REG@"
        }
        '''), VER=pick(r, "0.20", "0.22"), ID=g_camunda_id(r), V=v, NAME=pick(r, "prod", "orders_prod", "uat"), REG=pick(r, "bru-2", "lhr-1"))


# ---- Dagster+ ---------------------------------------------------------------------------------
@pos("dagster", "agent-token", "yaml", g_dagster_agent, "DAGSTER_CLOUD_AGENT_TOKEN", doc=["<YOUR_AGENT_TOKEN>"])
def dagster_agent_yaml(r, v):
    return pick(r, "dagster.yaml", "agent/dagster.yaml", "deploy/dagster-agent/dagster.yaml"), sub(D('''
        instance_class:
          module: dagster_cloud.instance
          class: DagsterCloudAgentInstance

        dagster_cloud_api:
          agent_token: @V@
          deployment: @DEP@
          branch_deployments: @BR@

        user_code_launcher:
          module: dagster_cloud.workspace.docker
          class: DockerUserCodeLauncher
          config:
            networks:
              - dagster_cloud_agent
            env_vars:
              - SNOWFLAKE_ACCOUNT
              - DBT_PROFILES_DIR
        '''), V=v, DEP=pick(r, "prod", "production"), BR=pick(r, "true", "false"))


@pos("dagster", "user-token", "yaml", g_dagster_user, "DAGSTER_CLOUD_API_TOKEN")
def dagster_gha(r, v):
    return pick(r, ".github/workflows/dagster-cloud-deploy.yml", ".github/workflows/branch_deployments.yml"), gha_header(r, "Dagster Cloud Deploy") + sub(D('''
        env:
          DAGSTER_CLOUD_URL: "https://@ORG@.dagster.cloud"
          DAGSTER_CLOUD_API_TOKEN: @V@
          ENABLE_FAST_DEPLOYS: "true"

        jobs:
          dagster-cloud-deploy:
            runs-on: ubuntu-22.04
            steps:
              - name: Prerun Checks
                id: prerun
                uses: dagster-io/dagster-cloud-action/actions/utils/prerun@v0.1
              - name: Checkout
                uses: actions/checkout@v4
              - name: Deploy
                uses: dagster-io/dagster-cloud-action/actions/hybrid_branch_deploy@v0.1
                with:
                  organization_id: @ORG@
                  deployment: prod
        '''), ORG=org(r).replace("-", ""), V=v)


@pos("dagster", "user-token", "py", g_dagster_user, "DAGSTER_CLOUD_API_TOKEN")
def dagster_graphql_py(r, v):
    o = org(r).replace("-", "")
    return pick(r, "tools/rerun_failed.py", "scripts/dagster_status.py"), sub(D('''
        from dagster_graphql import DagsterGraphQLClient, DagsterGraphQLClientError

        client = DagsterGraphQLClient(
            "@ORG@.dagster.cloud/prod",
            use_https=True,
            headers={"Dagster-Cloud-Api-Token": @V@},
        )


        def rerun(job_name: str, repo_location: str = "@LOC@") -> str:
            try:
                return client.submit_job_execution(job_name, repository_location_name=repo_location, run_config={})
            except DagsterGraphQLClientError as exc:
                raise SystemExit(f"could not launch {job_name}: {exc}")


        if __name__ == "__main__":
            import sys

            print(rerun(sys.argv[1]))
        '''), ORG=o, V=lit(v), LOC=pick(r, "data_eng", "analytics_dbt", "ingestion"))


# ---- Windmill ---------------------------------------------------------------------------------
@pos("windmill", "token", "sh", g_windmill, "WM_TOKEN")
def windmill_cli(r, v):
    return pick(r, "ci/windmill-sync.sh", "scripts/wmill_push.sh"), sub(D('''
        #!/usr/bin/env bash
        set -euo pipefail
        npm install -g windmill-cli@@VER@
        wmill workspace add @WS@ @WS@ @URL@ --token @V@
        wmill workspace switch @WS@
        wmill sync push --yes --skip-variables --skip-secrets
        '''), VER=pick(r, "1.390.1", "1.420.0"), WS=pick(r, "prod", org(r)), URL=pick(r, "https://app.windmill.dev/", "https://windmill.%s.internal/" % org(r)), V=v)


@pos("windmill", "token", "ts", g_windmill, "WM_TOKEN")
def windmill_ts(r, v):
    return pick(r, "src/windmill.ts", "lib/jobs.ts"), sub(D('''
        const WM_BASE = "@URL@api/w/@WS@";

        export async function runFlow(path: string, args: Record<string, unknown>): Promise<string> {
          const res = await fetch(`${WM_BASE}/jobs/run/f/${path}`, {
            method: "POST",
            headers: {
              Authorization: "Bearer " + @V@,
              "Content-Type": "application/json",
            },
            body: JSON.stringify(args),
          });
          if (!res.ok) throw new Error(`windmill ${res.status}`);
          return res.text(); // job uuid
        }
        '''), URL=pick(r, "https://app.windmill.dev/", "https://wm.%s.io/" % org(r)), WS=pick(r, "ops", org(r)), V=lit(v))


# ---- Pipedream --------------------------------------------------------------------------------
@pos("pipedream", "client-secret", "ts", g_pipedream_secret, "PIPEDREAM_CLIENT_SECRET", pub=lambda r: "proj_" + rs(r, 7))
def pipedream_ts(r, v):
    return pick(r, "server/pipedream.ts", "src/connect/backend.ts"), sub(D('''
        import { createBackendClient } from "@pipedream/sdk/server";

        export const pd = createBackendClient({
          environment: "@ENV@",
          projectId: "proj_@PID@",
          credentials: {
            clientId: "@CID@",
            clientSecret: @V@,
          },
        });

        export async function connectToken(externalUserId: string) {
          const { token, expires_at } = await pd.createConnectToken({ external_user_id: externalUserId });
          return { token, expiresAt: expires_at };
        }
        '''), ENV=pick(r, "production", "development"), PID=rs(r, 7), CID=rs(r, 43, ALNUM + "-_"), V=lit(v))


@pos("pipedream", "api-key", "sh", g_pipedream_key, "PIPEDREAM_API_KEY", emb=True)
def pipedream_sh(r, v):
    return pick(r, "scripts/pd-list-sources.sh", "tools/pipedream_events.sh"), sub(D('''
        #!/usr/bin/env bash
        # list event sources and dump the last @N@ events of each
        set -euo pipefail
        AUTH="Authorization: Bearer @V@"
        for id in $(curl -fsS -H "$AUTH" https://api.pipedream.com/v1/users/me/sources | jq -r '.data[].id'); do
          curl -fsS -H "$AUTH" "https://api.pipedream.com/v1/sources/$id/event_summaries?limit=@N@" | jq '.data[] | {id, ts: .indexed_at_ms}'
        done
        '''), N=r.choice([5, 10, 25]), V=v)


# ---- Node-RED ---------------------------------------------------------------------------------
@pos("node-red", "encryption-key", "js", g_nodered_secret, "NODE_RED_CREDENTIAL_SECRET", doc=["a-secret-key"])
def nodered_settings(r, v):
    return pick(r, "node-red/settings.js", ".node-red/settings.js", "settings.js"), sub(D('''
        /**
         * Node-RED settings - @SITE@ gateway
         * See https://nodered.org/docs/user-guide/runtime/configuration
         **/
        module.exports = {
            flowFile: "flows.json",
            credentialSecret: @V@,
            flowFilePretty: true,
            uiPort: process.env.PORT || 1880,
            adminAuth: {
                type: "credentials",
                users: [{ username: "admin", password: process.env.NODE_RED_ADMIN_HASH, permissions: "*" }]
            },
            diagnostics: { enabled: true, ui: true },
            runtimeState: { enabled: false, ui: false },
            logging: { console: { level: "info", metrics: false, audit: false } },
            exportGlobalContextKeys: false,
            editorTheme: { projects: { enabled: @PROJ@ } },
            functionExternalModules: true,
            debugMaxLength: 1000,
            mqttReconnectTime: 15000,
            serialReconnectTime: 15000
        };
        '''), SITE=pick(r, "plant-3", "warehouse", "building-a"), V=lit(v), PROJ=pick(r, "true", "false"))


# ============================================================================= LOOK-ALIKE NEGATIVES
def pem_cert(r):
    return "-----BEGIN CERTIFICATE-----\n" + wrap64("MIID" + b64s(r, 700)[4:]) + "\n-----END CERTIFICATE-----"


def zkey(r):
    return 2251799813685248 + r.randint(1, 9999999)


@look("apache-airflow", "dag-and-conn-ids")
def lk_dag_ids(r):
    dag = r.choice(DAGS)
    return "dags/%s.py" % dag, dag_header(r, dag) + sub(D('''
        from airflow.models import Variable
        from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator
        from airflow.providers.http.operators.http import HttpOperator

        with DAG(
            dag_id="@DAG@",
            default_args=DEFAULT_ARGS,
            schedule="@CRON@",
            start_date=datetime(2024, @M@, 1),
            catchup=False,
            max_active_runs=1,
            tags=["@TEAM@", "tier-2"],
        ) as dag:
            extract = HttpOperator(
                task_id="extract_page",
                http_conn_id="@HCONN@",
                endpoint="v2/export?since={{ data_interval_start | ts }}&run={{ run_id }}",
                method="GET",
                log_response=False,
            )
            load = SQLExecuteQueryOperator(
                task_id="load_staging",
                conn_id="@SCONN@",
                sql="sql/load_@DAG@.sql",
                params={"batch": "{{ ds_nodash }}", "pool": "@POOL@"},
                pool="@POOL@",
            )
            notify = PythonOperator(
                task_id="notify",
                python_callable=lambda **ctx: log.info("done %s", ctx["dag_run"].run_id),
                op_kwargs={"channel": Variable.get("alerts_channel", default_var="#data-alerts")},
            )
            extract >> load >> notify
        '''), DAG=dag, CRON=cron(r), M=r.randint(1, 12), TEAM=r.choice(TEAMS),
        HCONN=pick(r, "crm_api", "erp_odata", "http_vendor_portal"), SCONN=pick(r, "dwh_postgres", "snowflake_default", "mssql_erp"),
        POOL=pick(r, "default_pool", "erp_api_pool", "dwh_writers"))


@look("apache-airflow", "run-and-job-ids")
def lk_airflow_log(r):
    dag = r.choice(DAGS)
    run = "manual__%s.%06d+00:00" % (ts(r), r.randint(0, 999999))
    t0 = ts(r)
    lines = [
        "[%s,001] {scheduler_job_runner.py:417} INFO - 1 tasks up for execution:" % t0,
        "\t<TaskInstance: %s.transform %s [scheduled]>" % (dag, run),
        "[%s,004] {scheduler_job_runner.py:633} INFO - Sending TaskInstanceKey(dag_id='%s', task_id='transform', run_id='%s', try_number=1, map_index=-1) to executor with priority 3 and queue default" % (t0, dag, run),
        "[%s,009] {base_executor.py:146} INFO - Adding to queue: ['airflow', 'tasks', 'run', '%s', 'transform', '%s', '--local', '--subdir', 'DAGS_FOLDER/%s.py']" % (t0, dag, run, dag),
        "[%s,411] {celery_executor.py:91} INFO - Celery task id: %s" % (t0, ruuid(r)),
        "[%s,702] {base.py:83} INFO - Using connection ID 'dwh_postgres' for task execution." % t0,
        "[%s,705] {sql.py:450} INFO - engine url: postgresql://loader:***@%s:5432/analytics" % (t0, r.choice(HOSTS)),
        "[%s,990] {scheduler_job_runner.py:688} INFO - Received executor event with state success for task instance TaskInstanceKey(dag_id='%s', task_id='transform', run_id='%s', try_number=1, map_index=-1)" % (t0, dag, run),
        "[%s,993] {scheduler_job_runner.py:720} INFO - TaskInstance Finished: dag_id=%s, task_id=transform, run_id=%s, run_start_date=%s, job_id=%d, pool=default_pool, queue=default, pid=%d" % (t0, dag, run, t0, r.randint(10000, 999999), r.randint(100, 99999)),
        "[%s,120] {dagrun.py:851} INFO - Marking run <DagRun %s @ %s: %s, state:running, queued_at: %s. externally triggered: True> successful" % (t0, dag, t0, run, t0),
    ]
    return "logs/scheduler/%s/%s.py.log" % (date(r), dag), "\n".join(lines) + "\n"


@look("n8n", "workflow-and-credential-ids")
def lk_n8n_workflow(r):
    wh = ruuid(r)
    nodes = [
        n8n_node(r, "Webhook", "n8n-nodes-base.webhook", {"httpMethod": "POST", "path": wh, "options": {}}, [0, 0], 2),
        n8n_node(r, "Create ticket", "n8n-nodes-base.jira",
                 {"project": {"__rl": True, "value": str(r.randint(10000, 10999)), "mode": "list"},
                  "summary": "={{ $json.body.subject }}", "additionalFields": {"description": "={{ $json.body.text }}"}},
                 [260, 0], 1),
        n8n_node(r, "Notify Slack", "n8n-nodes-base.slack",
                 {"select": "channel", "channelId": {"__rl": True, "value": "C" + rs(r, 10, UPPER_ALNUM), "mode": "id"},
                  "text": "=New ticket {{ $json.key }} from {{ $('Webhook').item.json.body.from }}"}, [520, 0], 2.2),
    ]
    nodes[0]["webhookId"] = wh
    nodes[1]["credentials"] = {"jiraSoftwareCloudApi": {"id": rs(r, 16), "name": "Jira SW Cloud account"}}
    nodes[2]["credentials"] = {"slackApi": {"id": rs(r, 16), "name": "Slack bot (ops)"}}
    wf = {"name": "Email to Jira", "nodes": nodes,
          "connections": {"Webhook": {"main": [[{"node": "Create ticket", "type": "main", "index": 0}]]},
                          "Create ticket": {"main": [[{"node": "Notify Slack", "type": "main", "index": 0}]]}},
          "active": True, "settings": {"executionOrder": "v1", "saveManualExecutions": True},
          "versionId": ruuid(r), "meta": {"templateCredsSetupCompleted": True, "instanceId": rhex(r, 64)},
          "id": rs(r, 16), "tags": [{"name": r.choice(TEAMS), "id": rs(r, 16)}]}
    return pick(r, "workflows/email-to-jira.json", "n8n/workflows/%s.json" % rs(r, 16)), json.dumps(wf, indent=2) + "\n"


@look("n8n", "execution-ids")
def lk_n8n_executions(r):
    wid = rs(r, 16)
    data = {"data": [{"id": str(r.randint(10000, 900000)), "finished": True, "mode": pick(r, "webhook", "trigger"),
                      "retryOf": None, "retrySuccessId": None, "startedAt": ts(r) + ".%03dZ" % r.randint(0, 999),
                      "stoppedAt": ts(r) + ".%03dZ" % r.randint(0, 999), "workflowId": wid,
                      "waitTill": None, "status": pick(r, "success", "success", "error")} for _ in range(r.randint(3, 7))],
            "nextCursor": b64u(r, 24)}
    return pick(r, "reports/executions.json", "tmp/n8n-executions-page1.json"), json.dumps(data, indent=2) + "\n"


@look("n8n", "encrypted-credential-blob")
def lk_n8n_cred_encrypted(r):
    creds = [{"createdAt": ts(r) + ".000Z", "updatedAt": ts(r) + ".000Z", "id": rs(r, 16), "name": n,
              "data": base64.b64encode(b"Salted__" + rbytes(r, 8 + 16 * r.randint(2, 8))).decode(),
              "type": t, "isManaged": False}
             for n, t in [("Postgres prod", "postgres"), ("OpenAI", "openAiApi"), ("SMTP relay", "smtp")][:r.randint(2, 3)]]
    return pick(r, "backup/credentials.json", "n8n/backup/creds-encrypted.json"), json.dumps(creds, indent=2) + "\n"


@look("uipath", "project-guids")
def lk_uipath_project(r):
    proj = {"name": r.choice(PROCS).replace(" ", "_"), "projectId": ruuid(r),
            "description": "Dispatcher/performer for %s" % r.choice(QUEUES), "main": "Main.xaml",
            "dependencies": {"UiPath.Excel.Activities": "[%s]" % pick(r, "2.22.4", "2.23.3"),
                             "UiPath.Mail.Activities": "[%s]" % pick(r, "1.22.4", "1.23.1"),
                             "UiPath.System.Activities": "[%s]" % pick(r, "23.10.3", "24.10.4"),
                             "UiPath.UIAutomation.Activities": "[%s]" % pick(r, "23.10.8", "24.10.1")},
            "webServices": [], "entitiesStores": [], "schemaVersion": "4.0", "studioVersion": pick(r, "23.10.5.0", "24.10.1.0"),
            "projectVersion": semver(r), "runtimeOptions": {"autoDispose": False, "netFrameworkLazyLoading": False,
                                                           "isPausable": True, "isAttended": False, "requiresUserInteraction": False,
                                                           "supportsPersistence": False, "executionType": "Workflow"},
            "designOptions": {"projectProfile": "Development", "outputType": "Process",
                              "fileInfoCollection": [{"editingStatus": "InProgress", "fileName": "Framework/Process.xaml",
                                                      "uniqueId": ruuid(r)} for _ in range(r.randint(1, 3))]},
            "expressionLanguage": "VisualBasic", "entryPoints": [{"filePath": "Main.xaml", "uniqueId": ruuid(r), "input": [], "output": []}],
            "targetFramework": "Windows"}
    return "project.json", json.dumps(proj, indent=2) + "\n"


@look("uipath", "asset-reference")
def lk_uipath_getcred(r):
    cls = pick(r, "GetAppCredentials", "LoginToErp")
    body = sub(XAML_HEAD, CLS=cls, W=r.randint(400, 700), H=r.randint(600, 1400)) + sub(D('''
          <Sequence DisplayName="Get credentials" sap2010:WorkflowViewState.IdRef="Sequence_@N@">
            <Sequence.Variables>
              <Variable x:TypeArguments="x:String" Name="userName" />
              <Variable x:TypeArguments="ss:SecureString" Name="password" />
            </Sequence.Variables>
            <ui:GetRobotCredential AssetName="@ASSET@" CacheStrategy="None" FolderPath="Shared/@FOLDER@" Password="[password]" TimeoutMS="{x:Null}" Username="[userName]" sap2010:WorkflowViewState.IdRef="GetRobotCredential_1" />
            <ui:LogMessage DisplayName="Log" Level="Trace" Message="[&quot;Credential asset '@ASSET@' retrieved for &quot; + userName]" sap2010:WorkflowViewState.IdRef="LogMessage_@N@" />
          </Sequence>
        </Activity>
        '''), N=r.randint(2, 40), ASSET=pick(r, "SAP_Credential", "ERP_ServiceAccount", "Mainframe_Login"), FOLDER=r.choice(TEAMS))
    return "Framework/%s.xaml" % cls, body


@look("uipath", "queue-item-keys")
def lk_orch_queue(r):
    items = [{"QueueDefinitionId": r.randint(100, 9999), "Status": pick(r, "New", "Successful", "Failed", "InProgress"),
              "ReviewStatus": "None", "Key": ruuid(r), "Reference": "INV-%d" % r.randint(100000, 999999),
              "Priority": "Normal", "CreationTime": ts(r) + "Z", "RobotId": r.randint(10, 900),
              "OrganizationUnitId": r.randint(100000, 9999999), "Id": r.randint(10 ** 6, 10 ** 8)}
             for _ in range(r.randint(2, 5))]
    return pick(r, "fixtures/queue_items.json", "tests/data/orchestrator_queueitems.json"), \
        json.dumps({"@odata.context": orch_url(r) + "/odata/$metadata#QueueItems", "@odata.count": len(items), "value": items}, indent=2) + "\n"


@look("temporal", "workflow-run-ids")
def lk_temporal_history(r):
    wid = "%s-%d" % (pick(r, "order", "invoice", "signup"), r.randint(10 ** 5, 10 ** 7))
    events = [{"eventId": str(i + 1), "eventTime": ts(r) + ".%06dZ" % r.randint(0, 999999),
               "eventType": et, "taskId": str(r.randint(10 ** 6, 10 ** 8))}
              for i, et in enumerate(["EVENT_TYPE_WORKFLOW_EXECUTION_STARTED", "EVENT_TYPE_WORKFLOW_TASK_SCHEDULED",
                                      "EVENT_TYPE_WORKFLOW_TASK_STARTED", "EVENT_TYPE_WORKFLOW_TASK_COMPLETED",
                                      "EVENT_TYPE_ACTIVITY_TASK_SCHEDULED"])]
    events[0]["workflowExecutionStartedEventAttributes"] = {
        "workflowType": {"name": "OrderWorkflow"}, "taskQueue": {"name": "order-processing", "kind": "TASK_QUEUE_KIND_NORMAL"},
        "originalExecutionRunId": ruuid(r), "identity": "%d@%s" % (r.randint(1, 9999), pick(r, "worker-7d9f8c-x2x", "ip-10-0-1-12")),
        "firstExecutionRunId": ruuid(r), "attempt": 1, "workflowId": wid}
    events[2]["workflowTaskStartedEventAttributes"] = {"scheduledEventId": "2", "identity": "1@worker", "requestId": ruuid(r)}
    return pick(r, "testdata/history_%s.json" % wid, "replay/histories/%s.json" % wid), json.dumps({"events": events}, indent=2) + "\n"


@look("temporal", "public-certificate")
def lk_ca_pem(r):
    return pick(r, "certs/ca.pem", "deploy/tls/ca-chain.crt", "certs/temporal-client.crt"), \
        "# %s client CA\n" % org(r) + pem_cert(r) + "\n" + pem_cert(r) + "\n"


@look("temporal", "namespace-config")
def lk_temporal_tf(r):
    return pick(r, "terraform/temporal/namespaces.tf", "infra/temporal.tf"), sub(D('''
        resource "temporalcloud_namespace" "@NS@" {
          name               = "@NS@"
          regions            = ["aws-@REG@"]
          accepted_client_ca = base64encode(file("${path.module}/certs/ca.pem"))
          retention_days     = @RET@

          certificate_filters = [
            {
              subject_alternative_name = "@NS@.workers.@ORG@.internal"
            }
          ]
        }

        resource "temporalcloud_service_account" "ci" {
          name           = "ci-deployer"
          account_access = "Developer"
        }

        output "namespace_id" {
          value = temporalcloud_namespace.@NS@.id
        }
        '''), NS=pick(r, "orders", "billing", "onboarding"), REG=pick(r, "us-east-1", "eu-west-1"), RET=r.choice([7, 14, 30]), ORG=org(r))


@look("prefect", "deployment-references")
def lk_prefect_yaml(r):
    return pick(r, "prefect.yaml", "flows/prefect.yaml"), sub(D('''
        name: @NAME@
        prefect-version: @VER@

        pull:
          - prefect.deployments.steps.git_clone:
              repository: https://github.com/@ORG@/@NAME@.git
              branch: main
              access_token: "{{ prefect.blocks.secret.github-token }}"

        deployments:
          - name: nightly
            entrypoint: flows/ingest.py:main
            schedule:
              cron: "@CRON@"
              timezone: UTC
            parameters:
              batch_size: @BATCH@
              warehouse_block: "{{ prefect.variables.warehouse_block }}"
            work_pool:
              name: @POOL@
              job_variables:
                image: "@ORG@.azurecr.io/flows:@SHA@"
                env:
                  DB_PASSWORD: "{{ prefect.blocks.secret.warehouse-password }}"
        '''), NAME=pick(r, "data-flows", "ingestion"), VER=pick(r, "2.19.4", "3.1.5"), ORG=org(r).replace("-", ""),
        CRON=cron(r), BATCH=r.choice([500, 1000]), POOL=pick(r, "k8s-pool", "ecs-pool"), SHA=rhex(r, 40))


@look("dagster", "run-ids-and-digests")
def lk_dagster_log(r):
    run = ruuid(r)
    t0 = ts(r)
    img = "%s.dkr.ecr.eu-west-1.amazonaws.com/dagster-user-code@sha256:%s" % (r.randint(10 ** 11, 10 ** 12 - 1), rhex(r, 64))
    lines = ["%s - dagster - DEBUG - %s - %d - RUN_START - Started execution of run for \"%s\"." % (t0, run, r.randint(100, 9999), pick(r, "daily_assets_job", "dbt_build")),
             "%s - dagster - DEBUG - %s - ENGINE_EVENT - Launching run in container %s" % (t0, run, img),
             "%s - dagster - DEBUG - %s - %d - orders_raw - STEP_START - Started execution of step \"orders_raw\"." % (t0, run, r.randint(100, 9999)),
             "%s - dagster - DEBUG - %s - orders_raw - ASSET_MATERIALIZATION - Materialized value orders_raw (partition %s, data_version %s)." % (t0, run, date(r), rhex(r, 64)),
             "%s - dagster - DEBUG - %s - orders_raw - STEP_SUCCESS - Finished execution of step \"orders_raw\" in %.2fs." % (t0, run, r.uniform(1, 300)),
             "%s - dagster - DEBUG - %s - RUN_SUCCESS - Finished execution of run. parent_run_id=%s" % (t0, run, ruuid(r))]
    return "logs/dagster/%s.log" % run, "\n".join(lines) + "\n"


@look("apache-airflow", "pip-hashes")
def lk_requirements_hash(r):
    pkgs = [("apache-airflow-providers-postgres", "5.%d.0" % r.randint(6, 14)), ("apache-airflow-providers-http", "4.%d.0" % r.randint(5, 13)),
            ("requests", "2.32.3"), ("psycopg2-binary", "2.9.%d" % r.randint(6, 10)), ("pendulum", "3.0.0"),
            ("prefect", "3.1.%d" % r.randint(0, 9)), ("temporalio", "1.%d.0" % r.randint(4, 9))]
    r.shuffle(pkgs)
    out = ["#", "# This file is autogenerated by pip-compile with Python 3.11", "#    pip-compile --generate-hashes requirements.in", "#"]
    for n, v in pkgs[:r.randint(4, 7)]:
        out.append("%s==%s \\" % (n, v))
        k = r.randint(1, 3)
        for i in range(k):
            out.append("    --hash=sha256:%s%s" % (rhex(r, 64), " \\" if i < k - 1 else ""))
        out.append("    # via -r requirements.in")
    return pick(r, "requirements.txt", "requirements/prod.txt"), "\n".join(out) + "\n"


@look("n8n", "npm-integrity")
def lk_package_lock(r):
    pk = {}
    for n in ["n8n-workflow", "@camunda8/sdk", "@temporalio/client", "@pipedream/sdk", "axios"][:r.randint(3, 5)]:
        v = semver(r)
        pk["node_modules/" + n] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n.split("/")[-1], v),
                                   "integrity": "sha512-" + b64s(r, 64), "license": pick(r, "MIT", "Apache-2.0", "SEE LICENSE IN LICENSE.md")}
    lock = {"name": pick(r, "automation-gateway", "rpa-bridge"), "version": semver(r), "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(lock, indent=2) + "\n"


@look("camunda", "bpmn-element-ids")
def lk_bpmn(r):
    pid = pick(r, "invoice-approval", "loan-origination", "vendor-onboarding")
    ids = ["%s_%s" % (p, rs(r, 7, LOWER_ALNUM)) for p in ["StartEvent", "Activity", "Activity", "Gateway", "EndEvent", "Flow", "Flow", "Flow"]]
    return "src/main/resources/bpmn/%s.bpmn" % pid, sub(D('''
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_@D@" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="@EV@" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.5.0">
          <bpmn:process id="@PID@" name="@PNAME@" isExecutable="true">
            <bpmn:startEvent id="@I0@" name="Request received">
              <bpmn:outgoing>@I5@</bpmn:outgoing>
            </bpmn:startEvent>
            <bpmn:serviceTask id="@I1@" name="Fetch ERP record" zeebe:modelerTemplate="io.camunda.connectors.HttpJson.v2">
              <bpmn:extensionElements>
                <zeebe:taskDefinition type="io.camunda:http-json:1" retries="3" />
                <zeebe:ioMapping>
                  <zeebe:input source="bearer" target="authentication.type" />
                  <zeebe:input source="{{secrets.ERP_API_TOKEN}}" target="authentication.token" />
                  <zeebe:input source="=&#34;https://erp.@ORG@.internal/api/records/&#34; + recordId" target="url" />
                </zeebe:ioMapping>
              </bpmn:extensionElements>
              <bpmn:incoming>@I5@</bpmn:incoming>
              <bpmn:outgoing>@I6@</bpmn:outgoing>
            </bpmn:serviceTask>
            <bpmn:userTask id="@I2@" name="Approve">
              <bpmn:extensionElements>
                <zeebe:userTask />
                <zeebe:assignmentDefinition candidateGroups="@TEAM@" />
              </bpmn:extensionElements>
              <bpmn:incoming>@I6@</bpmn:incoming>
              <bpmn:outgoing>@I7@</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:endEvent id="@I4@" name="Done">
              <bpmn:incoming>@I7@</bpmn:incoming>
            </bpmn:endEvent>
            <bpmn:sequenceFlow id="@I5@" sourceRef="@I0@" targetRef="@I1@" />
            <bpmn:sequenceFlow id="@I6@" sourceRef="@I1@" targetRef="@I2@" />
            <bpmn:sequenceFlow id="@I7@" sourceRef="@I2@" targetRef="@I4@" />
          </bpmn:process>
        </bpmn:definitions>
        '''), D=rs(r, 7, LOWER_ALNUM), EV=pick(r, "5.22.0", "5.28.0"), PID=pid, PNAME=pid.replace("-", " ").title(),
        I0=ids[0], I1=ids[1], I2=ids[2], I4=ids[4], I5=ids[5], I6=ids[6], I7=ids[7], ORG=org(r), TEAM=r.choice(TEAMS))


@look("camunda", "process-instance-keys")
def lk_operate_json(r):
    items = [{"key": zkey(r), "processVersion": r.randint(1, 12), "bpmnProcessId": pick(r, "invoice-approval", "loan-origination"),
              "startDate": ts(r) + ".000+0000", "state": pick(r, "ACTIVE", "COMPLETED", "INCIDENT"),
              "processDefinitionKey": zkey(r), "tenantId": "<default>"} for _ in range(r.randint(2, 5))]
    return pick(r, "tests/fixtures/operate_search.json", "docs/samples/process-instances.json"), \
        json.dumps({"items": items, "sortValues": [items[-1]["key"]], "total": len(items)}, indent=2) + "\n"


@look("azure-logic-apps", "arm-callback-expression")
def lk_logicapp_def(r):
    sub_id = ruuid(r)
    rg = "rg-%s-%s" % (r.choice(TEAMS), pick(r, "prod", "dev"))
    t = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0",
         "parameters": {"logicAppName": {"type": "string", "defaultValue": "la-%s" % pick(r, "invoice-intake", "escalation")}},
         "resources": [{"type": "Microsoft.Logic/workflows", "apiVersion": "2019-05-01", "name": "[parameters('logicAppName')]",
                        "location": r.choice(REGIONS),
                        "properties": {"state": "Enabled", "definition": {
                            "$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
                            "triggers": {"manual": {"type": "Request", "kind": "Http", "inputs": {"schema": {"type": "object"}}}},
                            "actions": {"Send_an_email": {"type": "ApiConnection", "inputs": {
                                "host": {"connection": {"name": "@parameters('$connections')['office365']['connectionId']"}},
                                "method": "post", "path": "/v2/Mail",
                                "body": {"To": email(r), "Subject": "@{triggerBody()?['subject']}"}}}}},
                            "parameters": {"$connections": {"value": {"office365": {
                                "connectionId": "/subscriptions/%s/resourceGroups/%s/providers/Microsoft.Web/connections/office365" % (sub_id, rg),
                                "id": "/subscriptions/%s/providers/Microsoft.Web/locations/%s/managedApis/office365" % (sub_id, r.choice(REGIONS))}}}}}}],
         "outputs": {"callbackUrl": {"type": "string",
                                     "value": "[listCallbackUrl(resourceId('Microsoft.Logic/workflows/triggers', parameters('logicAppName'), 'manual'), '2019-05-01').value]"}}}
    return pick(r, "infra/logicapp.json", "arm/escalation-logicapp.json"), json.dumps(t, indent=2) + "\n"


@look("power-automate", "connection-references")
def lk_pa_export(r):
    env = ruuid(r)
    d = {"name": ruuid(r), "id": "/providers/Microsoft.Flow/flows/%s" % ruuid(r), "type": "Microsoft.Flow/flows",
         "properties": {"apiId": "/providers/Microsoft.PowerApps/apis/shared_logicflows", "displayName": "Approve %s" % r.choice(PROCS),
                        "definition": {"triggers": {"When_an_item_is_created": {"type": "OpenApiConnection",
                                                                               "inputs": {"host": {"apiId": "/providers/Microsoft.PowerApps/apis/shared_sharepointonline",
                                                                                                   "connectionName": "shared_sharepointonline", "operationId": "GetOnNewItems"},
                                                                                          "parameters": {"dataset": "https://%s.sharepoint.com/sites/%s" % (org(r).replace("-", ""), r.choice(TEAMS)),
                                                                                                         "table": ruuid(r)}}}}},
                        "connectionReferences": {"shared_sharepointonline": {"connectionName": "shared-sharepointonl-%s" % ruuid(r),
                                                                             "source": "Embedded", "id": "/providers/Microsoft.PowerApps/apis/shared_sharepointonline",
                                                                             "tier": "NotSpecified"}},
                        "environment": {"name": "Default-%s" % env}}}
    return pick(r, "flows/Microsoft.Flow/flows/%s/definition.json" % ruuid(r), "solution/Workflows/ApproveFlow.json"), json.dumps(d, indent=2) + "\n"


@look("github-actions", "pinned-shas")
def lk_gha_pinned(r):
    return pick(r, ".github/workflows/ci.yml", ".github/workflows/test-dags.yml"), gha_header(r, "CI") + sub(D('''
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@@S1@ # v4.1.7
              - uses: actions/setup-python@@S2@ # v5.1.0
                with:
                  python-version: "3.11"
              - run: pip install -r requirements.txt
              - run: pytest tests/ -q
                env:
                  AIRFLOW__CORE__FERNET_KEY: ${{ secrets.TEST_FERNET_KEY }}
                  PREFECT_API_KEY: ${{ secrets.PREFECT_API_KEY }}
              - uses: codecov/codecov-action@@S3@ # v4.5.0
                with:
                  token: ${{ secrets.CODECOV_TOKEN }}
        '''), S1=rhex(r, 40), S2=rhex(r, 40), S3=rhex(r, 40))


@look("generic", "commit-hashes")
def lk_changelog(r):
    out = ["# Changelog", ""]
    for _ in range(r.randint(3, 5)):
        out.append("## [%s] - %s" % (semver(r), date(r)))
        out.append("")
        for _ in range(r.randint(2, 4)):
            out.append("- %s (#%d, %s)" % (pick(r, "Retry failed queue items with backoff", "Bump temporalio to latest",
                                                   "Move fernet key to secrets backend", "Fix DST handling in schedules",
                                                   "Add Make scenario watchdog", "Use robot credential assets instead of config"),
                                           r.randint(100, 2000), rhex(r, 40) if r.random() < 0.5 else rhex(r, 7)))
        out.append("")
    return "CHANGELOG.md", "\n".join(out)


@look("apache-airflow", "ssh-public-key")
def lk_sftp_hostkey(r):
    keyb = "AAAAC3NzaC1lZDI1NTE5AAAAI" + b64s(r, 32)[:43]
    return pick(r, "airflow/connections/sftp_vendor.yaml", "config/known_hosts.yaml"), sub(D('''
        sftp_vendor:
          conn_type: sftp
          host: sftp.@ORG@-vendor.net
          login: airflow_drop
          port: 22
          extra:
            key_file: /opt/airflow/.ssh/id_ed25519
            host_key: "@KEY@"
            no_host_key_check: false
            # fingerprint SHA256:@FP@
        '''), ORG=org(r), KEY=keyb, FP=b64s(r, 32).rstrip("="))


@look("generic", "pgp-public-key")
def lk_pgp(r):
    body = wrap64("mQINB" + b64s(r, 800))
    return "SECURITY.md", sub(D('''
        # Security policy

        Report vulnerabilities in the automation platform to security@@ORG@.com.
        Encrypt sensitive reports with our public key (fingerprint `@FP@`):

        ```
        -----BEGIN PGP PUBLIC KEY BLOCK-----

        @BODY@
        =@CRC@
        -----END PGP PUBLIC KEY BLOCK-----
        ```
        '''), ORG=org(r).replace("-", ""), FP=" ".join(rhex(r, 4).upper() for _ in range(10)), BODY=body, CRC=b64s(r, 3))


@look("camunda", "jwks-public-keys")
def lk_jwks(r):
    keys = [{"kid": b64u(r, 32), "kty": "RSA", "alg": "RS256", "use": "sig", "n": b64u(r, 256), "e": "AQAB",
             "x5t": b64u(r, 20), "x5c": [b64s(r, 600)]} for _ in range(r.randint(1, 2))]
    return pick(r, "tests/fixtures/jwks.json", "identity/realm-certs.json"), json.dumps({"keys": keys}, indent=2) + "\n"


@look("uipath", "saml-metadata-certificate")
def lk_saml(r):
    return pick(r, "identity/idp-metadata.xml", "config/saml/metadata.xml"), sub(D('''
        <?xml version="1.0" encoding="utf-8"?>
        <EntityDescriptor ID="_@ID@" entityID="https://sts.windows.net/@TEN@/" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
          <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
            <KeyDescriptor use="signing">
              <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
                <X509Data>
                  <X509Certificate>@CERT@</X509Certificate>
                </X509Data>
              </KeyInfo>
            </KeyDescriptor>
            <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/@TEN@/saml2" />
          </IDPSSODescriptor>
        </EntityDescriptor>
        '''), ID=ruuid(r), TEN=ruuid(r), CERT="MIIC" + b64s(r, 540))


@look("generic", "hmac-signature-fixture")
def lk_webhook_sig(r):
    return pick(r, "tests/test_webhook_signature.py", "app/tests/test_hooks.py"), sub(D('''
        import hashlib
        import hmac
        import json
        import os

        import pytest

        from app.hooks import verify_signature

        FIXTURE = {
            "headers": {
                "X-Request-Id": "@RID@",
                "X-Signature-Timestamp": "@TS@",
                "X-Signature-256": "sha256=@SIG@",
            },
            "body": {"event": "run.completed", "run_id": "@RUN@", "workflow": "@WF@"},
        }


        @pytest.mark.skipif("HOOK_SIGNING_SECRET" not in os.environ, reason="needs signing secret")
        def test_recorded_signature_roundtrip():
            secret = os.environ["HOOK_SIGNING_SECRET"].encode()
            raw = json.dumps(FIXTURE["body"], separators=(",", ":")).encode()
            expected = hmac.new(secret, FIXTURE["headers"]["X-Signature-Timestamp"].encode() + b"." + raw, hashlib.sha256).hexdigest()
            assert verify_signature(raw, FIXTURE["headers"], secret) == (expected == "@SIG@")


        def test_rejects_tampered_body():
            headers = dict(FIXTURE["headers"], **{"X-Signature-256": "sha256=" + "0" * 64})
            assert not verify_signature(b"{}", headers, b"irrelevant")
        '''), RID=ruuid(r), TS=str(1700000000 + r.randint(0, 30000000)), SIG=rhex(r, 64), RUN=ruuid(r), WF=r.choice(DAGS))


@look("make", "base64-attachment")
def lk_data_uri(r):
    png = "iVBORw0KGgoAAAANSUhEUgAAA" + b64s(r, r.choice([120, 240, 360]))
    bundle = [{"id": r.randint(1, 99), "fileName": "%s.png" % pick(r, "signature", "receipt", "logo"), "mimeType": "image/png",
               "data": "data:image/png;base64," + png, "size": len(png) * 3 // 4}]
    return pick(r, "tests/fixtures/make_bundle.json", "samples/attachment.json"), json.dumps(bundle, indent=2) + "\n"


@look("uipath", "queue-export-hashes")
def lk_queue_csv(r):
    rows = ["Reference,ItemKey,Status,Robot,DocumentSha256,StartedUtc"]
    for _ in range(r.randint(5, 12)):
        rows.append("INV-%d,%s,%s,%s,%s,%s" % (r.randint(100000, 999999), ruuid(r), pick(r, "Successful", "Failed", "Retried"),
                                              pick(r, "BOT-FIN-01", "BOT-FIN-02", "RPA-VM-03"), rhex(r, 64), ts(r)))
    return pick(r, "reports/queue_export.csv", "data/InvoiceQueue_%s.csv" % date(r)), "\n".join(rows) + "\n"


@look("generic", "sql-checksums")
def lk_sql(r):
    rows = ",\n".join("  ('%s', '%s', %d, '%s')" % (ruuid(r), r.choice(DAGS), r.randint(1, 20), rhex(r, 32)) for _ in range(r.randint(3, 6)))
    return pick(r, "migrations/V%d__workflow_registry.sql" % r.randint(2, 40), "db/seed/workflows.sql"), sub(D('''
        CREATE TABLE IF NOT EXISTS workflow_registry (
            id            UUID PRIMARY KEY DEFAULT gen_random_uuid(),
            workflow_name TEXT NOT NULL,
            version       INT  NOT NULL,
            definition_md5 CHAR(32) NOT NULL,
            created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
            UNIQUE (workflow_name, version)
        );

        INSERT INTO workflow_registry (id, workflow_name, version, definition_md5) VALUES
        @ROWS@;
        '''), ROWS=rows)


@look("n8n", "k8s-secret-references")
def lk_k8s_refs(r):
    return pick(r, "k8s/worker-deployment.yaml", "manifests/automation-worker.yaml"), sub(D('''
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: @APP@
        spec:
          replicas: @REP@
          selector:
            matchLabels: {app: @APP@}
          template:
            metadata:
              labels: {app: @APP@}
            spec:
              containers:
                - name: worker
                  image: ghcr.io/@ORG@/@APP@@sha256:@DIG@
                  env:
                    - name: N8N_ENCRYPTION_KEY
                      valueFrom:
                        secretKeyRef: {name: n8n-secrets, key: encryption-key}
                    - name: TEMPORAL_API_KEY
                      valueFrom:
                        secretKeyRef: {name: temporal-cloud, key: api-key}
                    - name: TASK_QUEUE
                      value: @TQ@
                  envFrom:
                    - configMapRef: {name: @APP@-config}
        '''), APP=pick(r, "n8n-worker", "temporal-worker", "rpa-dispatcher"), REP=r.randint(1, 6), ORG=org(r), DIG=rhex(r, 64),
        TQ=pick(r, "order-processing", "default"))


@look("apache-airflow", "existing-secret-names")
def lk_helm_existing(r):
    return pick(r, "deploy/airflow/values-prod.yaml", "helm/values.yaml"), sub(D('''
        executor: CeleryKubernetesExecutor
        fernetKeySecretName: airflow-fernet-key
        webserverSecretKeySecretName: airflow-webserver-secret
        data:
          metadataSecretName: airflow-metadata
          resultBackendSecretName: airflow-result-backend
          brokerUrlSecretName: airflow-broker-url
        postgresql:
          enabled: false
        redis:
          enabled: true
          passwordSecretName: airflow-redis-password
        extraSecrets:
          '{{ .Release.Name }}-airflow-connections':
            data: |
              AIRFLOW_CONN_DWH: '{{ .Values.connections.dwh | b64enc }}'
        webserver:
          defaultUser:
            enabled: false
        '''))


@look("azure", "keyvault-references")
def lk_tf_keyvault(r):
    return pick(r, "terraform/main.tf", "infra/logicapp.tf"), sub(D('''
        data "azurerm_key_vault" "automation" {
          name                = "kv-automation-@ENV@"
          resource_group_name = "rg-automation-@ENV@"
        }

        data "azurerm_key_vault_secret" "flow_sig" {
          name         = "escalation-flow-sig"
          key_vault_id = data.azurerm_key_vault.automation.id
        }

        resource "random_password" "bp_db" {
          length  = 24
          special = true
        }

        resource "azurerm_logic_app_workflow" "escalation" {
          name                = "la-escalation-@ENV@"
          location            = "@REG@"
          resource_group_name = "rg-automation-@ENV@"
          identity { type = "SystemAssigned" }
          tags = {
            owner      = "@OWNER@"
            costcenter = "@CC@"
          }
        }

        output "subscription_id" {
          value = "@SUB@"
        }
        '''), ENV=pick(r, "prod", "uat"), REG=r.choice(REGIONS), OWNER=email(r), CC=str(r.randint(1000, 9999)), SUB=ruuid(r))


@look("generic", "secret-manager-refs")
def lk_env_example(r):
    return pick(r, ".env.example", ".env.sample", "config/env.template"), sub(D('''
        # Copy to .env and fill in. Values below are references resolved by `op run`.
        N8N_ENCRYPTION_KEY="op://Automation/n8n/encryption-key"
        PREFECT_API_KEY="op://Automation/prefect-cloud/credential"
        PREFECT_API_URL=https://api.prefect.cloud/api/accounts/@A@/workspaces/@W@
        ZEEBE_CLIENT_ID=
        ZEEBE_CLIENT_SECRET=
        TEMPORAL_ADDRESS=@NS@.@ACCT@.tmprl.cloud:7233
        TEMPORAL_API_KEY=
        MAKE_WEBHOOK_URL=https://hook.eu1.make.com/<hook-id>
        IFTTT_KEY=<from https://ifttt.com/maker_webhooks/settings>
        LOG_LEVEL=debug
        '''), A=ruuid(r), W=ruuid(r), NS=pick(r, "orders", "billing"), ACCT=rs(r, 5, LOWER_ALNUM))


@look("generic", "masked-log-trace-ids")
def lk_masked_log(r):
    out = []
    for _ in range(r.randint(6, 10)):
        out.append('%sZ level=info svc=%s trace_id=%s span_id=%s msg="%s" auth="Bearer ****%s" status=%d dur_ms=%d' % (
            ts(r), pick(r, "rpa-gateway", "n8n-proxy", "flow-runner"), rhex(r, 32), rhex(r, 16),
            pick(r, "outbound request", "token refreshed", "queue item added", "job started"), rs(r, 4),
            r.choice([200, 201, 202, 401, 429]), r.randint(3, 900)))
    return pick(r, "logs/gateway-%s.log" % date(r), "var/log/rpa-gateway.log"), "\n".join(out) + "\n"


@look("temporal", "go-sum-hashes")
def lk_go_sum(r):
    mods = [("go.temporal.io/sdk", "v1.%d.0" % r.randint(25, 31)), ("go.temporal.io/api", "v1.%d.0" % r.randint(30, 40)),
            ("github.com/nexus-rpc/sdk-go", "v0.%d.0" % r.randint(1, 3)), ("google.golang.org/grpc", "v1.%d.0" % r.randint(60, 68)),
            ("github.com/stretchr/testify", "v1.9.0")]
    out = []
    for m, v in mods:
        out.append("%s %s h1:%s=" % (m, v, b64s(r, 32)[:43]))
        out.append("%s %s/go.mod h1:%s=" % (m, v, b64s(r, 32)[:43]))
    return "go.sum", "\n".join(out) + "\n"


@look("uipath", "nuget-content-hashes")
def lk_packages_lock(r):
    deps = {}
    for n in ["UiPath.Orchestrator.Client", "Microsoft.Extensions.Http", "Polly", "Newtonsoft.Json"]:
        deps[n] = {"type": "Direct", "requested": "[%s, )" % semver(r), "resolved": semver(r), "contentHash": b64s(r, 64)}
    return pick(r, "src/Rpa.Gateway/packages.lock.json", "packages.lock.json"), \
        json.dumps({"version": 1, "dependencies": {"net8.0": deps}}, indent=2) + "\n"


@look("windmill", "script-hashes")
def lk_wmill_lock(r):
    out = ["version: v2", "locks:"]
    for _ in range(r.randint(3, 7)):
        out.append("  f/%s/%s.%s: %s" % (r.choice(TEAMS).replace("-", "_"), r.choice(DAGS), pick(r, "py", "ts", "bun.ts"), rhex(r, 64)))
    return "wmill-lock.yaml", "\n".join(out) + "\n"


@look("node-red", "flow-node-ids")
def lk_nodered_flows(r):
    z = rhex(r, 16)
    broker = rhex(r, 16)
    nodes = [{"id": z, "type": "tab", "label": pick(r, "Line 3", "HVAC"), "disabled": False, "info": ""},
             {"id": rhex(r, 16), "type": "mqtt in", "z": z, "name": "temps", "topic": "plant/+/temp", "qos": "0",
              "datatype": "json", "broker": broker, "nl": False, "rap": True, "x": 120, "y": 80, "wires": [[rhex(r, 16)]]},
             {"id": broker, "type": "mqtt-broker", "name": "plant broker", "broker": "mqtt.%s.local" % org(r), "port": "8883",
              "tls": rhex(r, 16), "clientid": "nodered-%s" % rhex(r, 6), "usetls": True, "protocolVersion": "5", "keepalive": "60"}]
    return pick(r, "node-red/flows.json", "flows.json"), json.dumps(nodes, indent=4) + "\n"


@look("node-red", "bcrypt-hashes")
def lk_nodered_adminauth(r):
    def bc():
        return "$2b$08$" + rs(r, 53, ALNUM + "./")
    return pick(r, "node-red/settings.js", "settings.js"), sub(D('''
        module.exports = {
            flowFile: "flows.json",
            credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
            adminAuth: {
                type: "credentials",
                users: [
                    { username: "admin", password: "@H1@", permissions: "*" },
                    { username: "operator", password: "@H2@", permissions: "read" }
                ]
            },
            httpNodeAuth: { user: "hooks", pass: "@H3@" },
            uiPort: process.env.PORT || 1880
        };
        '''), H1=bc(), H2=bc(), H3=bc())


@look("node-red", "encrypted-credentials-file")
def lk_nodered_cred(r):
    return pick(r, "node-red/flows_cred.json", ".node-red/flows_cred.json"), \
        json.dumps({"$": rhex(r, 32) + b64s(r, r.choice([96, 180, 300]))}, indent=4) + "\n"


@look("uipath", "release-checksums")
def lk_sha256sums(r):
    out = ["%s  %s.%s.nupkg" % (rhex(r, 64), p.replace(" ", ""), semver(r)) for p in r.sample(PROCS, r.randint(3, 6))]
    return pick(r, "dist/SHA256SUMS", "release/SHA256SUMS.txt"), "\n".join(out) + "\n"


@look("make", "connection-ids")
def lk_make_ids(r):
    bp = {"name": "Sheets -> CRM", "flow": [
        {"id": 1, "module": "google-sheets:watchRows", "version": 2,
         "parameters": {"__IMTCONN__": r.randint(1000000, 9999999), "spreadsheetId": "/" + rs(r, 44, ALNUM + "-_"), "sheetId": "Leads", "limit": 10},
         "mapper": {}, "metadata": {"designer": {"x": 0, "y": 0}}},
        {"id": 2, "module": "hubspotcrm:createContact", "version": 2,
         "parameters": {"__IMTCONN__": r.randint(1000000, 9999999)},
         "mapper": {"email": "{{1.`0`}}", "firstname": "{{1.`1`}}", "company": "{{1.`3`}}"}, "metadata": {"designer": {"x": 300, "y": 0}}}],
        "metadata": {"instant": False, "version": 1, "scenario": {"roundtrips": 1, "maxErrors": 3}}}
    return pick(r, "make/blueprints/sheets-to-crm.json", "blueprints/leads.blueprint.json"), json.dumps(bp, indent=4) + "\n"


@look("n8n", "public-webhook-urls")
def lk_public_webhooks(r):
    base = "https://n8n.%s.io" % org(r)
    rows = "\n".join("| %s | `%s/webhook/%s` | %s |" % (n, base, ruuid(r), m) for n, m in
                     [("Lead intake", "POST"), ("Status page", "GET"), ("Jira sync", "POST")][:r.randint(2, 3)])
    return pick(r, "docs/webhooks.md", "docs/n8n-endpoints.md"), sub(D('''
        # Public webhook endpoints

        These endpoints are public by design; each workflow validates the payload and rate-limits callers.

        | Workflow | URL | Method |
        |---|---|---|
        @ROWS@

        Test URLs use `/webhook-test/` instead of `/webhook/` and only work while the editor is listening.
        '''), ROWS=rows)


@look("zeebe", "job-keys-log")
def lk_zeebe_log(r):
    out = []
    for _ in range(r.randint(5, 9)):
        out.append("%s.%03d  INFO 1 --- [pool-2-thread-%d] i.c.z.s.c.jobhandling.JobHandlerInvokingSpringBeans : Completed job %d of type '%s' (processInstanceKey=%d, elementId=Activity_%s, bpmnProcessId=%s)" % (
            ts(r).replace("T", " "), r.randint(0, 999), r.randint(1, 8), zkey(r), pick(r, "fetch-erp", "send-mail", "score-risk"),
            zkey(r), rs(r, 7, LOWER_ALNUM), pick(r, "invoice-approval", "loan-origination")))
    return pick(r, "logs/worker.log", "var/log/zeebe-worker.log"), "\n".join(out) + "\n"


@look("dagster", "envvar-references")
def lk_dagster_defs(r):
    return pick(r, "analytics/definitions.py", "dagster_project/definitions.py"), sub(D('''
        from dagster import Definitions, EnvVar, load_assets_from_modules
        from dagster_snowflake import SnowflakeResource

        from . import assets

        defs = Definitions(
            assets=load_assets_from_modules([assets]),
            resources={
                "snowflake": SnowflakeResource(
                    account=EnvVar("SNOWFLAKE_ACCOUNT"),
                    user="@USER@",
                    password=EnvVar("SNOWFLAKE_PASSWORD"),
                    warehouse="@WH@",
                    database="ANALYTICS",
                ),
            },
        )
        '''), USER=pick(r, "DAGSTER_SVC", "LOADER"), WH=pick(r, "TRANSFORM_WH", "ETL_WH"))


@look("prefect", "workspace-ids")
def lk_prefect_docs(r):
    return pick(r, "docs/prefect.md", "docs/runbooks/prefect-cloud.md"), sub(D('''
        # Prefect Cloud

        * Account ID: `@A@`
        * Workspace: `@ORG@/production` (`@W@`)
        * Work pool: `@POOL@`, deployment `ingest/nightly` (`@D@`)

        Log in with your own key (never a shared one):

        ```bash
        prefect cloud login --key "$PREFECT_API_KEY" --workspace "@ORG@/production"
        prefect deployment run 'ingest/nightly' --param batch_size=@B@
        ```

        Last incident: flow run `@FR@` crashed with `PoolTimeout`.
        '''), A=ruuid(r), ORG=org(r), W=ruuid(r), POOL=pick(r, "k8s-pool", "ecs"), D=ruuid(r), B=r.choice([500, 1000]), FR=ruuid(r))


@look("temporal", "codec-key-ids")
def lk_temporal_codec(r):
    return pick(r, "worker/codec.py", "app/encryption_codec.py"), sub(D('''
        """Payload codec: AES-GCM with data keys fetched from KMS by key id."""
        import os
        from typing import Iterable

        from temporalio.api.common.v1 import Payload
        from temporalio.converter import PayloadCodec

        KEY_ID = "@KID@"
        KMS_KEY_ARN = "arn:aws:kms:@REG@:@ACCT@:key/@KUUID@"


        class EncryptionCodec(PayloadCodec):
            def __init__(self, key: bytes | None = None) -> None:
                self._key = key or fetch_data_key(KMS_KEY_ARN, os.environ["KMS_CONTEXT"])

            async def encode(self, payloads: Iterable[Payload]) -> list[Payload]:
                return [encrypt(p, self._key, KEY_ID) for p in payloads]

            async def decode(self, payloads: Iterable[Payload]) -> list[Payload]:
                return [decrypt(p, self._key) for p in payloads]
        '''), KID="key-%s-%s" % (date(r), rs(r, 4, LOWER_ALNUM)), REG=pick(r, "eu-west-1", "us-east-1"),
        ACCT=str(r.randint(10 ** 11, 10 ** 12 - 1)), KUUID=ruuid(r))


@look("uipath", "public-client-ids")
def lk_public_client_ids(r):
    o = org(r).replace("-", "")
    return pick(r, "src/auth/uipathPublicApp.ts", "web/src/config/oauth.ts"), sub(D('''
        // Non-confidential (public) UiPath external application: authorization code + PKCE.
        // A public app has no secret; the App ID and redirect URI are safe to ship in the SPA bundle.
        export const uipathOAuth = {
          authority: "https://cloud.uipath.com/identity_",
          clientId: "@AID@",
          redirectUri: "https://portal.@ORG@.com/auth/callback",
          scope: "OR.Queues.Read OR.Jobs.Read offline_access",
          responseType: "code",
          usePkce: true,
        };

        export const entra = {
          tenantId: "@TEN@",
          clientId: "@CID@", // SPA registration, public client
        };

        export const camunda = {
          clusterId: "@CL@",
          region: "@REG@",
          clientId: "@CAMID@", // secret lives in the backend only
        };
        '''), AID=ruuid(r), ORG=o, TEN=ruuid(r), CID=ruuid(r), CL=ruuid(r), REG=pick(r, "bru-2", "lhr-1"), CAMID=g_camunda_id(r))


@look("pipedream", "public-project-ids")
def lk_pipedream_frontend(r):
    return pick(r, "web/src/connect.ts", "frontend/src/lib/pipedream.ts"), sub(D('''
        import { createFrontendClient } from "@pipedream/sdk/browser";

        // projectId and app slugs are public; the connect token is fetched per user from our backend.
        const PROJECT_ID = "proj_@PID@";

        export async function connectAccount(app: string) {
          const { token } = await fetch("/api/pipedream/connect-token", { method: "POST" }).then((r) => r.json());
          const pd = createFrontendClient();
          pd.connectAccount({ app, token, onSuccess: ({ id }) => console.log("connected", id, PROJECT_ID) });
        }
        '''), PID=rs(r, 7))


# ============================================================================= driver
N_POS = 500
N_NEG = 500


def is_env_name(path):
    b = os.path.basename(path)
    return b == ".env" or (b.startswith(".env.") and b not in (".env.example", ".env.sample"))


def ftype(path):
    b = os.path.basename(path)
    if b.startswith(".env"):
        return "env"
    if b == "Dockerfile" or b.endswith(".Dockerfile"):
        return "dockerfile"
    if b.startswith(".") and b.count(".") == 1:
        return b[1:].lower()
    if "." not in b:
        return b.lower()
    return b.rsplit(".", 1)[1].lower()


def cycle_order(r, n_items, n):
    seq = []
    while len(seq) < n:
        block = list(range(n_items))
        r.shuffle(block)
        seq.extend(block)
    return seq[:n]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def needle_line(text, needle):
    idx = text.find(needle)
    assert idx >= 0, "needle missing"
    line = text.count("\n", 0, idx) + 1
    first = text.split("\n")[line - 1]
    assert needle.split("\n")[0] in first, "needle not on reported line"
    return line


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_gd.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], argv[2]
    try:
        seed = int(seed)
    except ValueError:
        pass
    r = random.Random(seed)
    assert len(POS) >= 60 and len(LOOK) >= 30, (len(POS), len(LOOK))
    manifest, secrets = [], []

    env_pos = 0
    for i, ti in enumerate(cycle_order(r, len(POS), N_POS)):
        t = POS[ti]
        g = t["gen"](r)
        val, needle = g if isinstance(g, tuple) else (g, g)
        assert not isinstance(val, Bare) and needle
        path, text = t["render"](r, val)
        if is_env_name(path):
            env_pos += 1
        line = needle_line(text, needle)
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": ftype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_pos * 20 <= N_POS, "too many .env positives: %d" % env_pos

    kinds = ["reuse"] * (N_NEG // 2) + ["look"] * (N_NEG - N_NEG // 2)
    r.shuffle(kinds)
    reuse_order = iter(cycle_order(r, len(POS), N_NEG))
    look_order = iter(cycle_order(r, len(LOOK), N_NEG))
    for i, k in enumerate(kinds):
        if k == "reuse":
            t = POS[next(reuse_order)]
            c, v = (t["neg"] or neg_value)(r, t)
            path, text = t["render"](r, v)
            provider, kind = t["provider"], NEG_KIND[c]
            if is_env_name(path):
                path = os.path.join(os.path.dirname(path), ".env.example")
        else:
            t = LOOK[next(look_order)]
            path, text = t["render"](r)
            provider, kind = t["provider"], t["kind"]
        assert not is_env_name(path)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": ftype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")

    # re-read and verify every needle from disk
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        assert s["needle"].split("\n")[0] in lines[s["line"] - 1], s["file"]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
