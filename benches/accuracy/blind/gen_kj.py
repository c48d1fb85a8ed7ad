#!/usr/bin/env python3
"""Blind evaluation-set generator `gen_kj`: enterprise workload automation / job schedulers.

EMPHASIS
    Credentials that leak through enterprise job schedulers and the scripts around them:
    BMC Control-M (Automation API JSON connection profiles, `ctm session login -p`,
    `ctm environment add`, `ctm config secret::add`, `ctmsetown`, XML job exports with
    %%VARIABLES, API tokens sent as `x-api-key`), Broadcom AutoSys (JIL `command:` /
    `envvars:`, `autosys_secure`, AEWS REST calls), IBM/HCL Workload Scheduler (composer
    user definitions `PASSWORD "..."`, `useropts`, USRREC, `conman altpass`, JWT),
    Rundeck (realm.properties, framework.properties, rundeck-config.properties,
    ssl.properties, job YAML secure options, X-Rundeck-Auth-Token, key storage, Terraform
    provider, docker-compose), Apache Oozie (job.properties, workflow.xml sqoop args,
    oozie-site.xml), Azkaban (azkaban-users.xml, azkaban.properties, flow files), Luigi
    (luigi.cfg smtp / sendgrid, task code), Dkron (gossip `encrypt` key, job JSON),
    Cronicle (config.json `secret_key`, api_key), JAMS / ActiveBatch (PowerShell), UC4 /
    Automic (`:SET &PASS# =`, INI `[ODBC]` / JDBC, REST), Windows Task Scheduler
    (`schtasks /RP`, Register-ScheduledTask), Stonebranch UAC (REST, uc.properties),
    Tidal, Redwood RunMyJobs, plain cron wrappers, Kubernetes CronJobs calling them.
    Kinds: scheduler account passwords, agent / run-as passwords, API tokens, connection
    profile passwords (database, SFTP, SAP), keystore passwords, gossip encryption keys,
    SSH private keys in key storage, a few notification webhooks / mail API keys.
    File types: JIL, JSON, XML, YAML, properties, INI/cfg, shell, crontab, PowerShell,
    batch, Python, JavaScript, Go, Java, SQL, Markdown runbooks, CSV exports, Terraform,
    Dockerfile, logs, .pgpass, plain text exports.

USAGE
    python3 -B gen_kj.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one per positive).
    All randomness comes from one random.Random(SEED); output is byte-identical per seed.

NEEDLE CONVENTIONS
    * Passwords / tokens / keys: the bare value exactly as written, without surrounding
      quotes (e.g. for `-p 'Xy9...'` the needle is `Xy9...`).
    * URLs with embedded credentials (basic-auth userinfo, JDBC/ODBC strings, sftp://user:pw@):
      the needle is only the password part.
    * Notification webhooks (Slack incoming webhook): the needle is the whole URL.
    * HTTP headers (`X-Rundeck-Auth-Token: ...`, `x-api-key: ...`, `Authorization: Bearer ...`):
      the needle is the token value only.
    * Kubernetes Secret `data:`: the needle is the base64 text as written in the file.
    * Multi-line private keys: the needle is the `-----BEGIN ... PRIVATE KEY-----` line
      (the line a scanner reports); `line` is that line.
    * `line` is the 1-based line of the needle's first occurrence (asserted after writing).

NEGATIVES
    500 files, none holds a credential.  Half (250) re-use the positive templates with the
    secret slot holding: placeholders (<your-password>, YOUR_API_TOKEN_HERE, changeme, xxxx,
    REPLACE_ME), empty values, masked values (********, [REDACTED], <hidden>), environment /
    secret-manager references (${VAR}, $(VAR), %VAR%, $env:X, os.environ[...], process.env.X,
    System.getenv, vault:/op:// paths, Rundeck keys/... storage paths, Control-M %%VARS,
    AutoSys $$GLOBALS, Automic &VAR#), template expressions ({{ ... }}, #{...}), vendor
    encrypted/obfuscated forms (TWS `ENCRYPT:`/`AES:` labels, Automic `--10...` obfuscation),
    documented example values (jwt.io sample token, Slack's T00000000/B00000000 example,
    product default demo passwords such as azkaban/metrics, scott/tiger, uc4) and public
    values.  The other half (250) are look-alikes of the domain: job names, run / order
    ids, Oozie workflow ids, Stonebranch sysIds, calendar names, agent host names, exit
    codes, cron expressions, hashes (MD5/SHA/BCRYPT entries in realm.properties), digests,
    UUIDs, public keys and certificates, base64 payloads, package integrity hashes.
    No negative lives in a `.env*` file (only `.env.example` style names).

FORMATS CHECKED (search tool, provider docs and public pages)
    * Control-M Automation API: `ctm session login`, `ctm environment add/saas::add`,
      authentication service `ctm authentication token::create` (tokens created in the UI
      under Configuration > API Tokens, sent in later requests); connection profiles are
      JSON objects with Type `ConnectionProfile:...` and User/Password fields.
    * AutoSys: Broadcom KB - passwords for SQL/database jobs are stored with `autosys_secure`
      and looked up by the `owner` attribute; plain-text passwords in JIL are the risk.
    * IBM/HCL Workload Scheduler: composer user definition `username ... password "..." end`;
      useropts `username`/`password`, where an `ENCRYPT` or `AES` label marks an already
      encrypted value; optional `JWT`; z/OS `USRREC USRCPU() USRNAM() USRPSW()`.
    * Automic: UCYBCRYP obfuscates INI passwords, output begins with `--10`; LOGIN objects.
    * Rundeck: realm.properties `user: password,roles`, stored hashes `MD5:`, `BCRYPT:`,
      `CRYPT:` (and reversible `OBF:`, not used); API token header X-Rundeck-Auth-Token.
    * Azkaban: azkaban-users.xml `<user username= password= roles=>`; azkaban.properties
      `mysql.password`; Oozie: oozie-site.xml `oozie.email.smtp.password`.
    * Stonebranch UAC: Credentials (standard / resolvable) instead of hard-coded passwords.
    No scanner rule code or rule list was opened.

DOUBTS
    * Control-M API token value format is not documented publicly in what I found; tokens are
      generated here as opaque base64 strings of 40-64 characters.
    * Rundeck API tokens are generated as 32 alphanumerics (observed in how projects use
      them; not confirmed in the docs I read).  Cronicle api_key / secret_key are 32 hex
      characters (unconfirmed).  Dkron `encrypt` is a 16/32-byte base64 Serf key (from memory).
    * Exact `autosys_secure` non-interactive flags (`-a -u user@host -p`), Stonebranch
      `uc.properties` key names and the Redwood REST path are from memory.
    * Control-M "encrypted password" negatives are shown as opaque hex blobs; the real
      product encoding was not confirmed.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys

# --------------------------------------------------------------------------- vocab
COMPANIES = ["acme", "nordbank", "fabrikam", "contoso", "globex", "initech", "umbrella",
             "hooli", "vandelay", "stark", "wayne", "tyrell", "cyberdyne", "soylent"]
TLDS = ["internal", "corp", "local", "lan", "net.intra"]
HOSTPFX = ["lnxbat", "winbat", "ctmag", "aix", "etlsrv", "sched", "uacag", "rdnode",
           "batch", "jobsrv", "hdpedge", "sapapp", "dwh", "orabat", "ftpgw"]
APPS = ["billing", "ledger", "payroll", "claims", "settlement", "gl-close", "risk",
        "treasury", "ordermgmt", "crm-sync", "hr-feed", "inventory", "invoicing", "dwh"]
VERBS = ["LOAD", "EXTRACT", "SYNC", "CLOSE", "RECON", "ARCHIVE", "PURGE", "EXPORT",
         "IMPORT", "REFRESH", "AGG", "NOTIFY", "VALIDATE", "BACKUP"]
USERS = ["svc_batch", "svc_etl", "ctmagent", "autosys", "tws_user", "rundeck", "batchop",
         "etl_loader", "sap_rfc", "ftp_xfer", "jams_svc", "uc4run", "oozie", "azkaban",
         "emuser", "opsadmin", "dwh_load", "svc_sched"]
FIRST = ["anna", "marco", "li", "sven", "priya", "tom", "ines", "kofi", "yuki", "olga",
         "raj", "eva", "jan", "lucia"]
LAST = ["keller", "rossi", "chen", "berg", "nair", "smith", "lopez", "mensah", "sato",
        "ivanova", "patel", "novak", "dubois", "garcia"]
WORDS = ["Granite", "Falcon", "Harbor", "Lantern", "Cobalt", "Meadow", "Quartz", "Ember",
         "Juniper", "Orbit", "Saffron", "Tundra", "Velvet", "Willow", "Zephyr", "Basalt",
         "Copper", "Drift", "Marble", "Nimbus", "Pebble", "Raven", "Summit", "Thistle"]
DBS = ["ORCLPRD", "DWHP01", "FINPRD", "ctrlm", "rundeck", "azkaban", "oozie", "AEDB",
       "tidaldb", "jamsdb", "ucdb", "batchdb"]
CALENDARS = ["WORKDAYS_EU", "MONTH_END", "BUS_DAYS_US", "QTR_CLOSE", "HOLIDAYS_DE",
             "TRADING_DAYS", "FISCAL_WEEKS", "ALL_DAYS", "NO_WEEKENDS"]
TEAMS = ["batch-ops", "finance-it", "data-platform", "sre", "middleware", "payments"]

UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
SYM = {"std": "!#*+-_.=@^~", "url": "-_.~!*", "bat": "-_.~+#@", "cron": "-_.~!*",
       "plain": "-_.!+"}


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def gen_password(r, syms="std"):
    """A realistic, strong password starting with a letter."""
    style = r.randrange(4)
    sset = SYM[syms]
    if style == 0:
        n = r.randint(12, 24)
        body = [r.choice(UPPER + LOWER)]
        pool = ALNUM * 3 + sset
        body += [r.choice(pool) for _ in range(n - 1)]
        body[r.randrange(1, n)] = r.choice(DIGITS)
        body[r.randrange(1, n)] = r.choice(sset)
        body[r.randrange(1, n)] = r.choice(UPPER)
        return "".join(body)
    if style == 1:
        w1, w2 = r.sample(WORDS, 2)
        return w1 + r.choice(sset) + w2.lower() + str(r.randint(10, 9999))
    if style == 2:
        s = r.choice(UPPER + LOWER) + rs(r, ALNUM, r.randint(19, 31))
        return s
    s = (r.choice(LOWER) + rs(r, LOWER + DIGITS, 4) + r.choice(sset) + rs(r, ALNUM, 5)
         + r.choice(sset) + rs(r, UPPER + DIGITS, r.randint(3, 6)))
    return s


def gen_rundeck_token(r):
    return rs(r, ALNUM, 32)


def gen_opaque_token(r):
    raw = bytes(r.randrange(256) for _ in range(r.choice([30, 36, 42, 48])))
    return base64.b64encode(raw).decode().rstrip("=")


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def gen_jwt(r, sub="twsadm", iss="https://mdm.internal:31116"):
    hdr = {"alg": r.choice(["RS256", "HS256"]), "typ": "JWT"}
    exp = 1767225600 + r.randrange(0, 60000000)
    pl = {"sub": sub, "iss": iss, "iat": exp - 31536000, "exp": exp,
          "jti": "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16),
                                                r.getrandbits(12), 0x8000 | r.getrandbits(14),
                                                r.getrandbits(48))}
    sig_len = 256 if hdr["alg"] == "RS256" else 32
    sig = bytes(r.randrange(256) for _ in range(sig_len))
    return (b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "."
            + b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + b64u(sig))


def gen_hex(r, n=32):
    return rs(r, HEX, n)


def gen_gossip_key(r):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(r.choice([16, 32])))).decode()


def gen_sendgrid(r):
    return "SG." + rs(r, B64U, 22) + "." + rs(r, B64U, 43)


def gen_slack_webhook(r):
    return ("https://hooks.slack.com/services/T" + rs(r, UPPER + DIGITS, r.choice([8, 10]))
            + "/B" + rs(r, UPPER + DIGITS, r.choice([8, 10])) + "/" + rs(r, ALNUM, 24))


def pem_block(label, body_bytes):
    b = base64.b64encode(body_bytes).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    if label == "OPENSSH PRIVATE KEY":
        lines = [b[i:i + 70] for i in range(0, len(b), 70)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def gen_private_key(r):
    kind = r.choice(["rsa", "openssh", "pkcs8"])
    if kind == "openssh":
        body = b"openssh-key-v1\x00" + bytes(r.randrange(256) for _ in range(r.choice([384, 1800])))
        return pem_block("OPENSSH PRIVATE KEY", body)
    if kind == "rsa":
        body = bytes([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00])
        body += bytes(r.randrange(256) for _ in range(1180))
        return pem_block("RSA PRIVATE KEY", body)
    body = bytes([0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a,
                  0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00])
    body += bytes(r.randrange(256) for _ in range(1190))
    return pem_block("PRIVATE KEY", body)


def gen_public_pem(r, label="PUBLIC KEY"):
    body = bytes([0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86,
                  0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00])
    body += bytes(r.randrange(256) for _ in range(270))
    if label == "CERTIFICATE":
        body = bytes([0x30, 0x82, 0x03, 0x5c, 0x30, 0x82, 0x02, 0x44, 0xa0, 0x03, 0x02, 0x01, 0x02])
        body += bytes(r.randrange(256) for _ in range(850))
    return pem_block(label, body)


def uuid4(r):
    h = "%032x" % r.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def common(r):
    co = r.choice(COMPANIES)
    dom = co + "." + r.choice(TLDS)
    hp = r.sample(HOSTPFX, 2)
    fn, ln = r.choice(FIRST), r.choice(LAST)
    app = r.choice(APPS)
    verb, verb2 = r.sample(VERBS, 2)
    appu = app.upper().replace("-", "_")
    v = {
        "co": co, "dom": dom,
        "host": "%s%02d.%s" % (hp[0], r.randint(1, 40), dom),
        "host2": "%s%02d.%s" % (hp[1], r.randint(1, 40), dom),
        "shorthost": "%s%02d" % (hp[0], r.randint(1, 40)),
        "ip": "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 250)),
        "user": r.choice(USERS), "person": fn + "." + ln,
        "email": "%s.%s@%s.com" % (fn, ln, co), "app": app, "appu": appu,
        "job": "%s_%s_%s" % (r.choice(["P", "D", "Q"]), appu[:6], verb),
        "job2": "%s_%s_%s" % (r.choice(["P", "D"]), appu[:6], verb2),
        "folder": "%s_%s" % (appu[:8], r.choice(["DAILY", "EOD", "NIGHTLY", "WEEKLY", "MONTHLY"])),
        "db": r.choice(DBS), "dbhost": "db%02d.%s" % (r.randint(1, 9), dom),
        "dbport": str(r.choice([1521, 5432, 3306, 1433, 50000])),
        "env": r.choice(["prod", "prd", "uat", "preprod", "dr"]),
        "team": r.choice(TEAMS), "cal": r.choice(CALENDARS),
        "ctmserver": r.choice(["ctmsrv", "CTM_PROD", "ctm-emea", "ctmprd01"]),
        "agent": "%s%02d" % (r.choice(["ctmag", "agt", "wa"]), r.randint(1, 60)),
        "date": "20%02d-%02d-%02d" % (r.randint(22, 25), r.randint(1, 12), r.randint(1, 28)),
        "hh": "%02d" % r.randint(0, 23), "mm": "%02d" % r.choice([0, 5, 15, 30, 45]),
        "domain": co.upper()[:8], "project": app.replace("-", "_") + "_ops",
        "sid": rs(r, UPPER, 3), "sapclient": r.choice(["100", "200", "300", "800"]),
        "queue": r.choice(["default", "etl", "batch_high", "root.batch"]),
        "port": str(r.choice([8443, 443, 4440, 8081, 9443, 31116, 8080])),
        "uuid": uuid4(r), "uuid2": uuid4(r),
        "n": str(r.randint(2, 9)), "num": str(r.randint(1000, 99999)),
        "ver": "%d.%d.%d" % (r.randint(9, 21), r.randint(0, 4), r.randint(0, 300)),
    }
    v["cron"] = "%d %d * * %s" % (int(v["mm"]), int(v["hh"]), r.choice(["*", "1-5", "0", "6"]))
    return v


def fill(text, v):
    def rep(m):
        k = m.group(1)
        if k not in v:
            raise KeyError("template key %s" % k)
        return v[k]
    return re.sub(r"<<([a-z_0-9]+)>>", rep, text)


def dedent(s):
    lines = s.split("\n")
    if lines and lines[0].strip() == "":
        lines = lines[1:]
    ind = min((len(l) - len(l.lstrip(" ")) for l in lines if l.strip()), default=0)
    return "\n".join(l[ind:] for l in lines).rstrip() + "\n"


POS = []   # positive templates (also re-used for half of the negatives)
LOOK = []  # look-alike negative templates


def pos(provider, kind, slot="pw", lang="txt", conv=True, var="PASSWORD", syms="std"):
    def deco(f):
        POS.append(dict(fn=f, name=f.__name__, provider=provider, kind=kind, slot=slot,
                        lang=lang, conv=conv, var=var, syms=syms))
        return f
    return deco


def look(provider, kind):
    def deco(f):
        LOOK.append(dict(fn=f, name=f.__name__, provider=provider, kind=kind))
        return f
    return deco


# =========================================================================== POSITIVE TEMPLATES
# Markers: @@S@@ = bare secret slot; @@Q@@ = quoted string literal slot in code (the
# negative may replace it with an expression such as os.environ["X"]).

# ---------------------------------------------------------------- BMC Control-M
@pos("controlm", "connection_profile_password", lang="json", conv=True, var="CTM_DB_PASSWORD")
def cm_cp_oracle(r, v):
    return "ctm/connection-profiles/<<db>>_%s.json" % v["env"], dedent('''
    {
      "CP_<<appu>>_ORA": {
        "Type": "ConnectionProfile:Database:Oracle:ServiceName",
        "TargetAgent": "<<agent>>",
        "TargetCTM": "<<ctmserver>>",
        "Host": "<<dbhost>>",
        "Port": "1521",
        "ServiceName": "<<db>>.<<dom>>",
        "User": "<<user>>",
        "Password": "@@S@@",
        "Description": "Oracle connection used by <<folder>> jobs"
      }
    }
    ''')


@pos("controlm", "connection_profile_password", lang="json", conv=True, var="CTM_SFTP_PASSWORD")
def cm_cp_sftp(r, v):
    return "automation-api/profiles/sftp_<<app>>.json", dedent('''
    {
      "SFTP_<<appu>>_OUT": {
        "Type": "ConnectionProfile:FileTransfer:SFTP",
        "TargetAgent": "<<agent>>",
        "TargetCTM": "<<ctmserver>>",
        "HostName": "sftp.partner-<<co>>.com",
        "Port": "22",
        "User": "xfer_<<app>>",
        "Password": "@@S@@",
        "HomeDirectory": "/outbound/<<app>>",
        "WorkloadAutomationUsers": ["*"]
      },
      "LOCAL_<<agent>>": {
        "Type": "ConnectionProfile:FileTransfer:Local",
        "TargetAgent": "<<agent>>",
        "TargetCTM": "<<ctmserver>>",
        "User": "<<user>>"
      }
    }
    ''')


@pos("controlm", "connection_profile_password", lang="json", conv=False, var="SAP_RFC_PASSWORD")
def cm_cp_sap(r, v):
    return "controlm/sap/cp_<<sid>>_<<sapclient>>.json", dedent('''
    {
      "SAP_<<sid>>_<<sapclient>>": {
        "Type": "ConnectionProfile:SAP",
        "TargetAgent": "<<agent>>",
        "TargetCTM": "<<ctmserver>>",
        "XBPVersion": "XBP3.0",
        "SapClient": "<<sapclient>>",
        "User": "CTM_RFC",
        "Language": "EN",
        "Credential": "@@S@@",
        "ApplicationServerLogon": {
          "Host": "sap<<sid>>.<<dom>>",
          "SystemNumber": "00"
        }
      }
    }
    ''')


@pos("controlm", "scheduler_account_password", lang="sh", conv=False, var="CTM_PASSWORD")
def cm_session_login(r, v):
    return "scripts/ctm_deploy_%s.sh" % v["app"], dedent('''
    #!/usr/bin/env bash
    # Deploy <<folder>> definitions to Control-M (<<env>>)
    set -euo pipefail

    ENDPOINT="https://<<host>>:8443/automation-api"
    cd "$(dirname "$0")/../jobs"

    ctm environment set <<env>>
    ctm session login -e <<env>> -u emuser -p '@@S@@'
    ctm build <<folder>>.json
    ctm deploy <<folder>>.json
    ctm session logout
    ''')


@pos("controlm", "scheduler_account_password", lang="sh", conv=False, var="CTM_PASSWORD")
def cm_env_add(r, v):
    return "ci/setup-ctm-env.sh", dedent('''
    #!/bin/sh
    # one-off: register the <<env>> Control-M endpoint for the build agent
    ctm environment delete <<env>> >/dev/null 2>&1 || true
    ctm environment add <<env>> "https://<<host>>:8443/automation-api" <<user>> "@@S@@"
    ctm environment set <<env>>
    ctm config servers::get
    ''')


@pos("controlm", "api_token", slot="token", lang="py", conv=False, var="CTM_API_TOKEN")
def cm_token_py(r, v):
    return "tools/ctm_status.py", dedent('''
    """Print the status of today's <<folder>> jobs from Control-M."""
    import sys
    import requests

    ENDPOINT = "https://<<host>>:8443/automation-api"
    HEADERS = {"x-api-key": @@Q@@, "Accept": "application/json"}


    def job_status(folder):
        resp = requests.get(f"{ENDPOINT}/run/jobs/status",
                            params={"folder": folder, "limit": 500},
                            headers=HEADERS, timeout=30, verify="/etc/pki/tls/certs/ca-bundle.crt")
        resp.raise_for_status()
        return resp.json().get("statuses", [])


    if __name__ == "__main__":
        for j in job_status(sys.argv[1] if len(sys.argv) > 1 else "<<folder>>"):
            print(j["jobId"], j["name"], j["status"])
    ''')


@pos("controlm", "api_token", slot="token", lang="sh", conv=False, var="CTM_API_TOKEN")
def cm_saas_add(r, v):
    return "bootstrap/ctm-saas.sh", dedent('''
    #!/usr/bin/env bash
    # Helix Control-M tenant for <<team>>
    TENANT=<<co>>-<<env>>
    ctm environment saas::add "$TENANT" "https://<<co>>-aapi.us1.controlm.com/automation-api" @@S@@
    ctm environment set "$TENANT"
    ctm run jobs:status::get -s "folder=<<folder>>"
    ''')


@pos("controlm", "api_token", slot="token", lang="sh", conv=True, var="CTM_API_TOKEN")
def cm_curl_token(r, v):
    return "ops/ctm/order_folder.sh", dedent('''
    #!/bin/bash
    # Order <<folder>> for today on <<ctmserver>>
    CTM_API_TOKEN="@@S@@"
    curl -sS -X POST "https://<<host>>:8443/automation-api/run/order" \\
      -H "x-api-key: $CTM_API_TOKEN" \\
      -H "Content-Type: application/json" \\
      -d '{"ctm":"<<ctmserver>>","folder":"<<folder>>","hold":false}'
    ''')


@pos("controlm", "runas_password", lang="sh", conv=False, var="CTM_OWNER_PASSWORD")
def cm_ctmsetown(r, v):
    return "install/controlm/add_owners.sh", dedent('''
    #!/bin/ksh
    # Register run-as owners on the Control-M/Server (run as ctmuser)
    . ~/.profile
    ctmsetown -ACTION ADD -USER <<user>> -HOST <<shorthost>> -PASSWORD @@S@@
    ctmsetown -ACTION LIST
    ''')


@pos("controlm", "scheduler_secret", lang="sh", conv=False, var="DB_PASSWORD")
def cm_secret_add(r, v):
    return "deploy/controlm/secrets.sh", dedent('''
    #!/usr/bin/env bash
    # Secrets referenced by connection profiles as {"Secret": "..."}
    set -e
    ctm config secret::add <<app>>_db_user "<<user>>"
    ctm config secret::add <<app>>_db_pw '@@S@@'
    ctm config secrets::get
    ''')


@pos("controlm", "connection_profile_password", lang="xml", conv=True, var="DB_PWD")
def cm_xml_job(r, v):
    return "controlm/export/<<folder>>.xml", dedent('''
    <?xml version="1.0" encoding="utf-8"?>
    <!DOCTYPE DEFTABLE SYSTEM "folder.dtd">
    <DEFTABLE xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="Folder.xsd">
      <FOLDER DATACENTER="<<ctmserver>>" VERSION="919" PLATFORM="UNIX" FOLDER_NAME="<<folder>>" FOLDER_ORDER_METHOD="SYSTEM">
        <JOB JOBISN="1" APPLICATION="<<appu>>" SUB_APPLICATION="<<env>>" MEMNAME="run_<<app>>.sh" JOBNAME="<<job>>"
             DESCRIPTION="nightly load" CREATED_BY="<<person>>" RUN_AS="<<user>>" NODEID="<<agent>>"
             TASKTYPE="Job" DAYSCAL="<<cal>>" TIMEFROM="<<hh>><<mm>>" MEMLIB="/opt/<<app>>/bin">
          <VARIABLE NAME="%%DB_HOST" VALUE="<<dbhost>>"/>
          <VARIABLE NAME="%%DB_USER" VALUE="<<user>>"/>
          <VARIABLE NAME="%%DB_PWD" VALUE="@@S@@"/>
          <OUTCOND NAME="<<job>>-OK" ODATE="ODAT" SIGN="+"/>
          <ON STMT="*" CODE="NOTOK">
            <DOMAIL URGENCY="R" DEST="<<team>>@<<co>>.com" MESSAGE="<<job>> failed"/>
          </ON>
        </JOB>
      </FOLDER>
    </DEFTABLE>
    ''')


@pos("controlm", "scheduler_account_password", lang="py", conv=False, var="CTM_PASSWORD")
def cm_py_login(r, v):
    return "automation/ctm_client.py", dedent('''
    import requests
    import urllib3

    urllib3.disable_warnings()


    class CtmClient:
        def __init__(self, endpoint, username, password):
            self.endpoint = endpoint.rstrip("/")
            r = requests.post(self.endpoint + "/session/login",
                              json={"username": username, "password": password}, verify=False)
            r.raise_for_status()
            self.token = r.json()["token"]

        def run_order(self, ctm, folder):
            r = requests.post(self.endpoint + "/run/order",
                              headers={"Authorization": "Bearer " + self.token},
                              json={"ctm": ctm, "folder": folder}, verify=False)
            return r.json()["runId"]


    client = CtmClient("https://<<host>>:8443/automation-api", "<<user>>", @@Q@@)
    print(client.run_order("<<ctmserver>>", "<<folder>>"))
    ''')


@pos("controlm", "scheduler_account_password", lang="ps1", conv=True, var="CTM_PASSWORD")
def cm_ps1(r, v):
    return "scripts/Invoke-CtmOrder.ps1", dedent('''
    # Orders a Control-M folder through the Automation API
    param([string]$Folder = "<<folder>>")

    $Endpoint = "https://<<host>>:8443/automation-api"
    $CtmUser = "<<user>>"
    $CtmPassword = @@Q@@

    $body = @{ username = $CtmUser; password = $CtmPassword } | ConvertTo-Json
    $login = Invoke-RestMethod -Method Post -Uri "$Endpoint/session/login" -Body $body -ContentType "application/json"
    $hdr = @{ Authorization = "Bearer $($login.token)" }
    $order = @{ ctm = "<<ctmserver>>"; folder = $Folder } | ConvertTo-Json
    Invoke-RestMethod -Method Post -Uri "$Endpoint/run/order" -Headers $hdr -Body $order -ContentType "application/json"
    ''')


@pos("controlm", "connection_profile_password", lang="json", conv=False, var="DB_PASSWORD")
def cm_deploy_descriptor(r, v):
    return "controlm/deploy/<<env>>-descriptor.json", dedent('''
    {
      "DeployDescriptor": [
        {
          "Comment": "point <<appu>> profiles at <<env>>",
          "ApplyOn": {"@": "CP_<<appu>>_.*"},
          "Property": "Host",
          "Assign": "<<dbhost>>"
        },
        {
          "ApplyOn": {"@": "CP_<<appu>>_.*"},
          "Property": "Password",
          "Assign": "@@S@@"
        },
        {
          "ApplyOn": {"Type": "Job:Command"},
          "Property": "RunAs",
          "Replace": [{"svc_dev": "<<user>>"}]
        }
      ]
    }
    ''')


@pos("controlm", "agent_password", lang="yaml", conv=True, var="CTM_PASSWORD")
def cm_k8s_cron(r, v):
    return "k8s/cronjobs/ctm-order-<<app>>.yaml", dedent('''
    apiVersion: batch/v1
    kind: CronJob
    metadata:
      name: ctm-order-<<app>>
      namespace: batch-<<env>>
      labels:
        team: <<team>>
    spec:
      schedule: "<<cron>>"
      concurrencyPolicy: Forbid
      jobTemplate:
        spec:
          backoffLimit: 1
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: ctm-cli
                  image: registry.<<dom>>/tools/ctm-cli:<<ver>>
                  args: ["run", "order", "<<ctmserver>>", "<<folder>>"]
                  env:
                    - name: CTM_ENDPOINT
                      value: "https://<<host>>:8443/automation-api"
                    - name: CTM_USER
                      value: "<<user>>"
                    - name: CTM_PASSWORD
                      value: "@@S@@"
    ''')


@pos("controlm", "agent_password", slot="b64", lang="yaml", conv=True, var="CTM_PASSWORD")
def cm_k8s_secret(r, v):
    return "k8s/controlm-agent/secret.yaml", dedent('''
    apiVersion: v1
    kind: Secret
    metadata:
      name: controlm-agent-<<env>>
      namespace: controlm
    type: Opaque
    data:
      endpoint: %s
      username: %s
      password: @@S@@
    ''' % (base64.b64encode(("https://%s:8443/automation-api" % v["host"]).encode()).decode(),
           base64.b64encode(v["user"].encode()).decode()))


@pos("controlm", "scheduler_account_password", lang="docker", conv=True, var="CTM_PASSWORD")
def cm_dockerfile(r, v):
    return "docker/ctm-agent/Dockerfile", dedent('''
    FROM registry.<<dom>>/base/rhel8-jdk17:<<ver>>
    LABEL maintainer="<<team>>@<<co>>.com"

    ARG AAPI_ENDPOINT=https://<<host>>:8443/automation-api
    ENV CTM_SERVER=<<ctmserver>> \\
        CTM_HOSTGROUP=<<app>>-agents \\
        CTM_USER=<<user>> \\
        CTM_PASSWORD=@@S@@

    COPY provision.sh /home/controlm/
    RUN chmod +x /home/controlm/provision.sh
    USER controlm
    ENTRYPOINT ["/home/controlm/provision.sh"]
    ''')


# ---------------------------------------------------------------- Broadcom AutoSys
@pos("autosys", "scheduler_account_password", lang="sh", conv=False, var="AUTOSYS_PASSWORD")
def as_secure(r, v):
    return "autosys/setup/register_owner.sh", dedent('''
    #!/bin/ksh
    # Store the run-as password for <<user>> in the AutoSys database (EDIT superuser)
    . /opt/CA/WorkloadAutomationAE/autouser.<<sid>>/autosys.ksh.$(hostname)
    autosys_secure -a -u <<user>>@<<shorthost>> -p '@@S@@'
    autorep -M <<shorthost>> -q
    ''')


@pos("autosys", "connection_profile_password", lang="jil", conv=False, var="DB_PASS")
def as_jil_cmd(r, v):
    return "autosys/jil/<<app>>_load.jil", dedent('''
    /* ----------------- <<job>> ----------------- */
    insert_job: <<job>>   job_type: CMD
    box_name: <<folder>>_BOX
    command: /opt/<<app>>/bin/load.sh -d <<db>> -u <<user>> -p @@S@@
    machine: <<shorthost>>
    owner: <<user>>@<<shorthost>>
    permission:
    date_conditions: 0
    condition: s(<<job2>>)
    description: "Load <<app>> staging tables"
    std_out_file: "/var/log/autosys/<<job>>.out"
    std_err_file: "/var/log/autosys/<<job>>.err"
    alarm_if_fail: 1
    max_run_alarm: 90
    ''')


@pos("autosys", "connection_profile_password", lang="jil", conv=True, var="DB_PASSWORD")
def as_jil_env(r, v):
    return "jil/<<env>>/<<folder>>.jil", dedent('''
    insert_job: <<folder>>_BOX   job_type: BOX
    owner: <<user>>@<<shorthost>>
    date_conditions: 1
    days_of_week: mo,tu,we,th,fr
    start_times: "<<hh>>:<<mm>>"
    run_calendar: <<cal>>
    alarm_if_fail: 1

    insert_job: <<job>>   job_type: CMD
    box_name: <<folder>>_BOX
    command: $HOME/bin/run_extract.sh <<app>>
    machine: <<shorthost>>
    owner: <<user>>@<<shorthost>>
    envvars: DB_HOST=<<dbhost>>, DB_USER=<<user>>, DB_PASSWORD=@@S@@
    std_out_file: ">$AUTOUSER/out/<<job>>.$AUTORUN.out"
    n_retrys: 1
    ''')


@pos("autosys", "scheduler_account_password", lang="sh", conv=False, var="AEWS_PASSWORD")
def as_rest(r, v):
    return ("tools/autosys/force_start.sh", dedent('''
    #!/usr/bin/env bash
    # Force-start a job through the AutoSys web services (AEWS)
    JOB=${1:-<<job>>}
    curl -sk -u '<<user>>:@@S@@' \\
      -H 'Content-Type: text/plain' \\
      -X POST "https://<<host>>:9443/AEWS/event/force-start-job" \\
      --data-binary "$JOB"
    '''))


@pos("autosys", "scheduler_account_password", lang="yaml", conv=True, var="AUTOSYS_DB_PASSWORD")
def as_ansible(r, v):
    return "ansible/group_vars/autosys_<<env>>.yml", dedent('''
    ---
    autosys_instance: <<sid>>
    autosys_version: "<<ver>>"
    autosys_install_dir: /opt/CA/WorkloadAutomationAE
    autosys_db_type: oracle
    autosys_db_host: <<dbhost>>
    autosys_db_service: AEDB
    autosys_db_user: aedbadmin
    autosys_db_password: "@@S@@"
    autosys_agents:
      - <<host>>
      - <<host2>>
    ''')


# ---------------------------------------------------------------- IBM / HCL Workload Scheduler
@pos("tws", "runas_password", lang="txt", conv=True, var="TWS_PASSWORD")
def tws_composer_user(r, v):
    return "tws/definitions/users_<<env>>.txt", dedent('''
    # composer add users_<<env>>.txt
    USERNAME <<shorthost>>#<<domain>>\\<<user>>
     PASSWORD "@@S@@"
    END

    USERNAME <<shorthost>>#<<domain>>\\svc_print
     PASSWORD "*****"
    END
    ''')


@pos("tws", "scheduler_account_password", lang="ini", conv=True, var="TWS_PASSWORD")
def tws_useropts(r, v):
    return "tws/client/useropts_<<user>>", dedent('''
    #
    # IBM Workload Scheduler useropts file for <<user>>
    #
    HOST = <<host>>
    PROTOCOL = https
    PORT = 31116
    CLISSLSERVERAUTH = yes
    CLISSLCIPHER = STRONG
    USERNAME = <<user>>
    PASSWORD = "@@S@@"
    TIMEOUT = 3600
    DEFAULTWS = MDM<<n>>
    ''')


@pos("tws", "api_token", slot="jwt", lang="ini", conv=True, var="TWS_JWT")
def tws_useropts_jwt(r, v):
    return "tws/ci/useropts", dedent('''
    # useropts for the pipeline user (JWT from the Dynamic Workload Console)
    HOST = <<host>>
    PROTOCOL = https
    PORT = 31116
    JWT = "@@S@@"
    CLISSLSERVERAUTH = yes
    TIMEOUT = 600
    ''')


@pos("tws", "runas_password", lang="txt", conv=True, var="USRPSW")
def tws_usrrec(r, v):
    return "zos/EQQPARM/USRINFO", dedent('''
    /* WINDOWS USERS FOR END-TO-END WITH FAULT TOLERANCE */
    USRREC USRCPU(W<<n>>AB)
           USRNAM('<<user>>@<<dom>>')
           USRPSW('@@S@@')
    USRREC USRCPU(W<<n>>AC)
           USRNAM('svc_print')
           USRPSW('')
    ''')


@pos("tws", "runas_password", lang="sh", conv=False, var="TWS_PASSWORD")
def tws_altpass(r, v):
    return "tws/scripts/rotate_plan_password.sh", dedent('''
    #!/bin/sh
    # Password was rotated in AD today; update the current plan too
    . /opt/IBM/TWA/TWS/tws_env.sh
    conman "altpass <<shorthost>>#<<domain>>\\<<user>>;\\"@@S@@\\"" 
    conman "sc <<shorthost>>"
    ''')


@pos("tws", "scheduler_account_password", lang="py", conv=False, var="TWS_PASSWORD")
def tws_rest_py(r, v):
    return "tws/tools/submit_stream.py", dedent('''
    import requests

    MDM = "https://<<host>>:31116/twsd"
    session = requests.Session()
    session.auth = ("<<user>>", @@Q@@)
    session.headers.update({"Accept": "application/json", "How-Many": "50"})


    def submit(stream, ws="<<shorthost>>"):
        url = f"{MDM}/plan/current/jobstream/{ws}%3B{stream}/action/submit_jobstream"
        r = session.post(url, json={"alias": stream + "_ADHOC"}, verify=False)
        r.raise_for_status()
        return r.json()


    print(submit("<<folder>>"))
    ''')


# ---------------------------------------------------------------- Rundeck
@pos("rundeck", "scheduler_account_password", lang="properties", conv=False, var="RD_PASSWORD")
def rd_realm(r, v):
    return "rundeck/server/config/realm.properties", dedent('''
    #
    # This file defines users passwords and roles for a HashUserRealm
    #
    # The format is
    #  <username>: <password>[,<rolename> ...]
    #
    admin:MD5:%s,user,admin
    <<person>>:@@S@@,user,<<team>>
    readonly:BCRYPT:$2a$10$%s,user
    ''' % (gen_hex(r, 32), rs(r, ALNUM + "./", 53)))


@pos("rundeck", "scheduler_account_password", lang="properties", conv=True, var="RD_PASSWORD")
def rd_framework(r, v):
    return "rundeck/etc/framework.properties", dedent('''
    # framework.properties
    framework.server.name = <<shorthost>>
    framework.server.hostname = <<host>>
    framework.server.port = 4440
    framework.server.url = https://<<host>>:4443
    framework.server.username = admin
    framework.server.password = @@S@@
    rdeck.base=/var/lib/rundeck
    framework.projects.dir=/var/rundeck/projects
    framework.var.dir=/var/lib/rundeck/var
    framework.ssh.keypath = /var/lib/rundeck/.ssh/id_rsa
    framework.ssh.user = rundeck
    framework.ssh.timeout = 0
    ''')


@pos("rundeck", "connection_profile_password", lang="properties", conv=True, var="RD_DB_PASSWORD")
def rd_config(r, v):
    return "rundeck/etc/rundeck-config.properties", dedent('''
    #loglevel.default is the default log level for jobs: ERROR,WARN,INFO,VERBOSE,DEBUG
    loglevel.default=INFO
    rdeck.base=/var/lib/rundeck
    rss.enabled=false
    server.address=0.0.0.0
    grails.serverURL=https://rundeck.<<dom>>
    dataSource.dbCreate = none
    dataSource.url = jdbc:postgresql://<<dbhost>>:5432/rundeck?sslmode=require
    dataSource.driverClassName = org.postgresql.Driver
    dataSource.username = rundeck
    dataSource.password = @@S@@
    rundeck.feature.repository.enabled=true
    rundeck.storage.provider.1.type=db
    rundeck.storage.provider.1.path=keys
    ''')


@pos("rundeck", "keystore_password", lang="properties", conv=True, var="KEYSTORE_PASSWORD")
def rd_ssl(r, v):
    return "rundeck/server/config/ssl.properties", dedent('''
    keystore=/etc/rundeck/ssl/keystore
    keystore.password=@@S@@
    key.password=@@S@@
    truststore=/etc/rundeck/ssl/truststore
    truststore.password=@@S@@
    ''')


@pos("rundeck", "connection_profile_password", lang="yaml", conv=False, var="DB_PASSWORD")
def rd_job_yaml(r, v):
    return "rundeck/projects/<<project>>/jobs/<<app>>-refresh.yaml", dedent('''
    - defaultTab: nodes
      description: Refresh <<app>> reporting tables
      executionEnabled: true
      group: <<team>>/<<app>>
      id: <<uuid>>
      loglevel: INFO
      name: <<app>>-refresh
      nodeFilterEditable: false
      nodefilters:
        filter: 'tags: <<app>> !hostname: <<host2>>'
      options:
      - name: db_user
        value: <<user>>
      - name: db_pass
        secure: true
        valueExposed: true
        value: '@@S@@'
      schedule:
        crontab: '0 <<mm>> <<hh>> ? * MON-FRI *'
      scheduleEnabled: true
      sequence:
        commands:
        - exec: /opt/<<app>>/bin/refresh.sh -u ${option.db_user} -p ${option.db_pass}
        keepgoing: false
        strategy: node-first
      uuid: <<uuid>>
    ''')


@pos("rundeck", "api_token", slot="token", lang="sh", conv=False, var="RD_TOKEN")
def rd_curl(r, v):
    return "scripts/rundeck/run_job.sh", dedent('''
    #!/usr/bin/env bash
    set -euo pipefail
    RD_URL="https://rundeck.<<dom>>"
    JOB_ID="<<uuid>>"

    curl -fsS -X POST "$RD_URL/api/41/job/$JOB_ID/run" \\
      -H "Accept: application/json" \\
      -H "Content-Type: application/json" \\
      -H "X-Rundeck-Auth-Token: @@S@@" \\
      -d '{"loglevel":"INFO","options":{"env":"<<env>>"}}'
    ''')


@pos("rundeck", "api_token", slot="token", lang="sh", conv=True, var="RD_TOKEN")
def rd_cli_env(r, v):
    return "ops/rd-cli-profile.sh", dedent('''
    # source me: settings for the rd command line tool
    export RD_URL=https://rundeck.<<dom>>/api/41
    export RD_TOKEN=@@S@@
    export RD_PROJECT=<<project>>
    export RD_COLOR=0
    alias rdj='rd jobs list -p "$RD_PROJECT"'
    ''')


@pos("rundeck", "api_token", slot="token", lang="py", conv=False, var="RD_TOKEN")
def rd_py(r, v):
    return "automation/rundeck_trigger.py", dedent('''
    #!/usr/bin/env python3
    """Trigger the <<app>> Rundeck job after the upstream file has landed."""
    import json
    import urllib.request

    RUNDECK = "https://rundeck.<<dom>>"
    JOB = "<<uuid>>"


    def run(token, options):
        req = urllib.request.Request(
            f"{RUNDECK}/api/41/job/{JOB}/run",
            data=json.dumps({"options": options}).encode(),
            headers={"X-Rundeck-Auth-Token": token, "Content-Type": "application/json",
                     "Accept": "application/json"},
            method="POST")
        with urllib.request.urlopen(req, timeout=20) as resp:
            return json.load(resp)["id"]


    if __name__ == "__main__":
        print(run(@@Q@@, {"feed": "<<app>>", "date": "<<date>>"}))
    ''')


@pos("rundeck", "ssh_private_key", slot="pem", lang="txt", conv=True, var="RD_SSH_KEY")
def rd_key_file(r, v):
    return "rundeck/keys/<<project>>/ssh/rundeck_<<env>>.pem", "@@S@@\n"


@pos("rundeck", "api_token", slot="token", lang="tf", conv=True, var="rundeck_auth_token")
def rd_tf(r, v):
    return "terraform/rundeck/main.tf", dedent('''
    terraform {
      required_providers {
        rundeck = {
          source  = "rundeck/rundeck"
          version = "~> 0.4"
        }
      }
    }

    provider "rundeck" {
      url         = "https://rundeck.<<dom>>"
      api_version = "41"
      auth_token  = @@Q@@
    }

    resource "rundeck_project" "<<project>>" {
      name        = "<<project>>"
      description = "<<app>> operations"
      resource_model_source {
        type = "file"
        config = {
          format = "resourceyaml"
          file   = "/var/rundeck/projects/<<project>>/etc/resources.yaml"
        }
      }
    }
    ''')


@pos("rundeck", "connection_profile_password", lang="tf", conv=False, var="db_password")
def rd_tf_password(r, v):
    return "terraform/rundeck/keys.tf", dedent('''
    resource "rundeck_password" "<<app>>_db" {
      path     = "project/<<project>>/db/<<app>>.password"
      password = @@Q@@
    }

    resource "rundeck_public_key" "deploy" {
      path         = "project/<<project>>/ssh/deploy.pub"
      key_material = file("${path.module}/files/deploy.pub")
    }
    ''')


@pos("rundeck", "connection_profile_password", lang="yaml", conv=True, var="RUNDECK_DATABASE_PASSWORD")
def rd_compose(r, v):
    return "docker/rundeck/docker-compose.yml", dedent('''
    version: "3.8"
    services:
      rundeck:
        image: rundeck/rundeck:<<ver>>
        restart: unless-stopped
        ports:
          - "4440:4440"
        environment:
          RUNDECK_GRAILS_URL: https://rundeck.<<dom>>
          RUNDECK_DATABASE_DRIVER: org.postgresql.Driver
          RUNDECK_DATABASE_URL: jdbc:postgresql://postgres/rundeck?autoReconnect=true
          RUNDECK_DATABASE_USERNAME: rundeck
          RUNDECK_DATABASE_PASSWORD: "@@S@@"
        volumes:
          - rundeck-data:/home/rundeck/server/data
      postgres:
        image: postgres:15
        environment:
          POSTGRES_DB: rundeck
          POSTGRES_USER: rundeck
    volumes:
      rundeck-data: {}
    ''')


@pos("rundeck", "api_token", slot="token", lang="js", conv=False, var="RD_TOKEN")
def rd_js(r, v):
    return "tools/rundeck-notify/index.js", dedent('''
    'use strict';
    const https = require('https');

    const options = {
      hostname: 'rundeck.<<dom>>',
      port: 443,
      path: '/api/41/project/<<project>>/executions/running',
      method: 'GET',
      headers: {
        'Accept': 'application/json',
        'X-Rundeck-Auth-Token': @@Q@@,
      },
    };

    https.request(options, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        const data = JSON.parse(body);
        console.log(`${data.paging.total} running executions in <<project>>`);
      });
    }).end();
    ''')


@pos("rundeck", "webhook_url", slot="url", lang="yaml", conv=False, var="SLACK_WEBHOOK_URL")
def rd_slack(r, v):
    return "rundeck/projects/<<project>>/jobs/<<app>>-nightly.yaml", dedent('''
    - name: <<app>>-nightly
      group: <<team>>
      description: nightly <<app>> batch
      uuid: <<uuid>>
      schedule:
        time: {hour: '<<hh>>', minute: '<<mm>>', seconds: '0'}
        month: '*'
        weekday: {day: '*'}
      notification:
        onfailure:
          plugin:
            type: SlackNotification
            configuration:
              webhook_url: '@@S@@'
              channel: '#<<team>>-alerts'
      sequence:
        commands:
        - script: /opt/<<app>>/bin/nightly.sh
    ''')

# ---------------------------------------------------------------- Apache Oozie
@pos("oozie", "connection_profile_password", lang="properties", conv=True, var="DB_PASSWORD")
def oz_jobprops(r, v):
    return "oozie/<<app>>-export/job.properties", dedent('''
    nameNode=hdfs://nameservice1
    jobTracker=yarnrm
    queueName=<<queue>>
    oozie.use.system.libpath=true
    oozie.wf.application.path=${nameNode}/user/${user.name}/apps/<<app>>-export
    oozie.coord.application.path=${nameNode}/user/${user.name}/apps/<<app>>-export/coord.xml
    start=<<date>>T<<hh>>:<<mm>>Z
    end=2030-12-31T00:00Z
    jdbcUrl=jdbc:oracle:thin:@//<<dbhost>>:1521/<<db>>
    db.username=<<user>>
    db.password=@@S@@
    exportDir=/data/<<app>>/outbound
    ''')


@pos("oozie", "connection_profile_password", lang="xml", conv=False, var="DB_PASSWORD")
def oz_sqoop(r, v):
    return "oozie/<<app>>-import/workflow.xml", dedent('''
    <workflow-app name="<<app>>-import" xmlns="uri:oozie:workflow:0.5">
        <start to="sqoop-import"/>
        <action name="sqoop-import">
            <sqoop xmlns="uri:oozie:sqoop-action:0.4">
                <job-tracker>${jobTracker}</job-tracker>
                <name-node>${nameNode}</name-node>
                <configuration>
                    <property><name>mapred.job.queue.name</name><value>${queueName}</value></property>
                </configuration>
                <arg>import</arg>
                <arg>--connect</arg>
                <arg>jdbc:mysql://<<dbhost>>:3306/<<app>></arg>
                <arg>--username</arg>
                <arg><<user>></arg>
                <arg>--password</arg>
                <arg>@@S@@</arg>
                <arg>--table</arg>
                <arg><<appu>>_TXN</arg>
                <arg>--target-dir</arg>
                <arg>/data/raw/<<app>>/${wf:id()}</arg>
            </sqoop>
            <ok to="end"/>
            <error to="fail"/>
        </action>
        <kill name="fail"><message>Sqoop failed [${wf:errorMessage(wf:lastErrorNode())}]</message></kill>
        <end name="end"/>
    </workflow-app>
    ''')


@pos("oozie", "connection_profile_password", lang="xml", conv=True, var="OOZIE_DB_PASSWORD")
def oz_site(r, v):
    return "oozie/conf/oozie-site.xml", dedent('''
    <?xml version="1.0"?>
    <configuration>
      <property>
        <name>oozie.service.JPAService.jdbc.driver</name>
        <value>com.mysql.jdbc.Driver</value>
      </property>
      <property>
        <name>oozie.service.JPAService.jdbc.url</name>
        <value>jdbc:mysql://<<dbhost>>:3306/oozie</value>
      </property>
      <property>
        <name>oozie.service.JPAService.jdbc.username</name>
        <value>oozie</value>
      </property>
      <property>
        <name>oozie.service.JPAService.jdbc.password</name>
        <value>@@S@@</value>
      </property>
      <property>
        <name>oozie.email.smtp.host</name>
        <value>smtp.<<dom>></value>
      </property>
    </configuration>
    ''')


@pos("oozie", "scheduler_account_password", lang="xml", conv=True, var="SMTP_PASSWORD")
def oz_smtp(r, v):
    return "hadoop/oozie/conf/oozie-site.xml", dedent('''
    <configuration>
      <property>
        <name>oozie.email.smtp.host</name>
        <value>smtp.<<dom>></value>
      </property>
      <property>
        <name>oozie.email.smtp.port</name>
        <value>587</value>
      </property>
      <property>
        <name>oozie.email.from.address</name>
        <value>oozie@<<dom>></value>
      </property>
      <property>
        <name>oozie.email.smtp.auth</name>
        <value>true</value>
      </property>
      <property>
        <name>oozie.email.smtp.username</name>
        <value>oozie-notify</value>
      </property>
      <property>
        <name>oozie.email.smtp.password</name>
        <value>@@S@@</value>
      </property>
    </configuration>
    ''')

# ---------------------------------------------------------------- Azkaban
@pos("azkaban", "scheduler_account_password", lang="xml", conv=True, var="AZKABAN_PASSWORD")
def az_users(r, v):
    return "azkaban-web-server/conf/azkaban-users.xml", dedent('''
    <azkaban-users>
      <user groups="<<team>>" password="@@S@@" roles="admin" username="<<person>>"/>
      <user password="%s" roles="metrics" username="metrics_ro"/>
      <role name="admin" permissions="ADMIN"/>
      <role name="metrics" permissions="METRICS"/>
      <group name="<<team>>" roles="admin"/>
    </azkaban-users>
    ''' % "${METRICS_PASSWORD}")


@pos("azkaban", "connection_profile_password", lang="properties", conv=True, var="MYSQL_PASSWORD")
def az_props(r, v):
    return "azkaban-exec-server/conf/azkaban.properties", dedent('''
    # Azkaban Personalization Settings
    azkaban.name=<<co>>-<<env>>
    azkaban.label=<<team>> scheduler
    default.timezone.id=Europe/Berlin
    # Azkaban UserManager class
    user.manager.class=azkaban.user.XmlUserManager
    user.manager.xml.file=conf/azkaban-users.xml
    executor.global.properties=conf/global.properties
    database.type=mysql
    mysql.port=3306
    mysql.host=<<dbhost>>
    mysql.database=azkaban
    mysql.user=azkaban
    mysql.password=@@S@@
    mysql.numconnections=100
    executor.maxThreads=50
    executor.port=12321
    ''')


@pos("azkaban", "connection_profile_password", lang="yaml", conv=False, var="MYSQL_PWD", syms="plain")
def az_flow(r, v):
    return "azkaban/projects/<<app>>/<<app>>.flow", dedent('''
    ---
    config:
      failure.emails: <<team>>@<<co>>.com
      user.to.proxy: <<user>>

    nodes:
      - name: extract
        type: command
        config:
          command: mysqldump -h <<dbhost>> -u <<user>> -p@@S@@ <<app>> > /tmp/<<app>>.sql

      - name: load
        type: command
        dependsOn:
          - extract
        config:
          command: bash ./load_to_hive.sh /tmp/<<app>>.sql
    ''')


@pos("azkaban", "scheduler_account_password", lang="py", conv=False, var="AZKABAN_PASSWORD")
def az_py(r, v):
    return "deploy/azkaban_upload.py", dedent('''
    import requests

    AZK = "https://azkaban.<<dom>>:8443"


    def login(user, password):
        r = requests.post(AZK, data={"action": "login", "username": user, "password": password},
                          verify=False, timeout=30)
        r.raise_for_status()
        return r.json()["session.id"]


    def upload(session_id, project, zip_path):
        with open(zip_path, "rb") as fh:
            r = requests.post(AZK + "/manager", verify=False,
                              data={"session.id": session_id, "ajax": "upload", "project": project},
                              files={"file": (zip_path, fh, "application/zip")})
        return r.json()


    sid = login("<<user>>", @@Q@@)
    print(upload(sid, "<<app>>", "build/<<app>>.zip"))
    ''')

# ---------------------------------------------------------------- Luigi
@pos("luigi", "scheduler_account_password", lang="ini", conv=True, var="SMTP_PASSWORD")
def lg_smtp(r, v):
    return "luigi.cfg", dedent('''
    [core]
    default-scheduler-host=luigid.<<dom>>
    default-scheduler-port=8082
    logging_conf_file=/etc/luigi/logging.cfg

    [email]
    method=smtp
    receiver=<<team>>@<<co>>.com
    sender=luigi@<<dom>>
    force_send=False

    [smtp]
    host=smtp.<<dom>>
    port=587
    username=luigi-notify
    password=@@S@@
    no_tls=False

    [worker]
    keep_alive=True
    ''')


@pos("luigi", "api_token", slot="sendgrid", lang="ini", conv=False, var="SENDGRID_API_KEY")
def lg_sendgrid(r, v):
    return "etc/luigi/luigi.cfg", dedent('''
    [core]
    default-scheduler-url=https://luigid.<<dom>>

    [email]
    method=sendgrid
    receiver=<<email>>
    sender=batch@<<co>>.com

    [sendgrid]
    apikey=@@S@@

    [retcode]
    already_running=10
    missing_data=20
    task_failed=30
    ''')


@pos("luigi", "connection_profile_password", lang="py", conv=True, var="PG_PASSWORD")
def lg_task(r, v):
    return "pipelines/<<app>>/tasks.py", dedent('''
    import datetime

    import luigi
    from luigi.contrib import postgres


    class Load<<appu>>Daily(postgres.CopyToTable):
        date = luigi.DateParameter(default=datetime.date.today())

        host = "<<dbhost>>"
        database = "<<app>>"
        user = "<<user>>"
        password = @@Q@@
        table = "<<app>>_daily"
        columns = [("id", "BIGINT"), ("amount", "NUMERIC(18,2)"), ("booked_at", "TIMESTAMP")]

        def requires(self):
            return Extract<<appu>>(self.date)


    class Extract<<appu>>(luigi.ExternalTask):
        date = luigi.DateParameter()

        def output(self):
            return luigi.LocalTarget(self.date.strftime("/data/<<app>>/%Y-%m-%d.tsv"))
    ''')


# ---------------------------------------------------------------- Dkron / Cronicle
@pos("dkron", "encryption_key", slot="gossip", lang="yaml", conv=True, var="DKRON_ENCRYPT")
def dk_config(r, v):
    return "dkron/config/dkron.yml", dedent('''
    # Dkron example configuration file
    server: true
    bootstrap-expect: 3
    data-dir: /var/lib/dkron
    log-level: info
    tags:
      dc: <<env>>
      role: <<app>>
    retry-join:
      - provider=k8s label_selector="app=dkron"
    encrypt: @@S@@
    webhook-url: https://alerts.<<dom>>/dkron
    ''')


@pos("dkron", "connection_profile_password", lang="json", conv=False, var="PGPASSWORD", syms="plain")
def dk_job(r, v):
    return "dkron/jobs/<<app>>-backup.json", dedent('''
    {
      "name": "<<app>>-backup",
      "displayname": "Nightly <<app>> dump",
      "schedule": "0 <<mm>> <<hh>> * * *",
      "timezone": "Europe/Amsterdam",
      "owner": "<<team>>",
      "owner_email": "<<team>>@<<co>>.com",
      "disabled": false,
      "tags": {"role": "db-client:1"},
      "concurrency": "forbid",
      "executor": "shell",
      "executor_config": {
        "shell": "true",
        "command": "PGPASSWORD=@@S@@ pg_dump -h <<dbhost>> -U <<user>> -Fc <<app>> -f /backups/<<app>>.dump",
        "timeout": "2h"
      }
    }
    ''')


@pos("cronicle", "scheduler_secret", slot="hex", lang="json", conv=True, var="CRONICLE_SECRET_KEY")
def cr_config(r, v):
    return "cronicle/conf/config.json", dedent('''
    {
      "base_app_url": "https://cronicle.<<dom>>",
      "email_from": "cronicle@<<dom>>",
      "smtp_hostname": "smtp.<<dom>>",
      "smtp_port": 25,
      "secret_key": "@@S@@",
      "log_dir": "logs",
      "log_filename": "[component].log",
      "log_columns": ["hires_epoch", "date", "hostname", "pid", "component", "category", "code", "msg", "data"],
      "master_ping_freq": 20,
      "master_ping_timeout": 60,
      "job_memory_max": 1073741824,
      "server_comm_use_hostnames": true
    }
    ''')


@pos("cronicle", "api_token", slot="hex", lang="sh", conv=False, var="CRONICLE_API_KEY")
def cr_api(r, v):
    return "hooks/post-receive-run-event.sh", dedent('''
    #!/bin/sh
    # kick the Cronicle event after a successful upload
    curl -s -X POST "https://cronicle.<<dom>>/api/app/run_event/v1" \\
      -H 'Content-Type: application/json' \\
      -d '{"id":"e<<shorthost>>","api_key":"@@S@@","params":{"feed":"<<app>>"}}'
    ''')

# ---------------------------------------------------------------- JAMS / ActiveBatch
@pos("jams", "runas_password", lang="ps1", conv=False, var="JAMS_PASSWORD")
def jm_ps1(r, v):
    return "jams/setup/New-RunAsUsers.ps1", dedent('''
    Import-Module JAMS
    New-PSDrive JD JAMS <<shorthost>> -ErrorAction SilentlyContinue

    $secure = ConvertTo-SecureString @@Q@@ -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential("<<domain>>\\<<user>>", $secure)

    New-Item JD:\\Users\\<<user>> -ItemType User -Credential $cred -Description "Run-as for <<folder>>"
    Get-ChildItem JD:\\Users | Format-Table Name, Description
    ''')


@pos("activebatch", "runas_password", lang="ps1", conv=True, var="AB_PASSWORD")
def ab_ps1(r, v):
    return "activebatch/scripts/Submit-Plan.ps1", dedent('''
    # Trigger an ActiveBatch plan from the release pipeline
    $AbServer   = "<<host>>"
    $AbUser     = "<<domain>>\\<<user>>"
    $AbPassword = @@Q@@

    $pair = "{0}:{1}" -f $AbUser, $AbPassword
    $auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
    Invoke-RestMethod -Uri "https://$AbServer/ActiveBatch/api/v1/objects/Plans/<<folder>>/trigger" `
        -Method Post -Headers @{ Authorization = "Basic $auth" } -UseBasicParsing
    ''')


@pos("activebatch", "runas_password", lang="csv", conv=True, var="password")
def ab_csv(r, v):
    rows = ["object_type,name,domain,username,password,owner"]
    for i in range(r.randint(1, 3)):
        rows.append("UserAccount,UA_%s_%d,%s,svc_%s%d,,%s" % (v["appu"][:6], i, v["domain"],
                                                              v["app"][:4], i, v["team"]))
    rows.append("UserAccount,UA_%s_RUN,%s,%s,@@S@@,%s" % (v["appu"][:6], v["domain"], v["user"], v["team"]))
    rows.append("UserAccount,UA_PRINT,%s,svc_print,,%s" % (v["domain"], v["team"]))
    return "migration/activebatch/user_accounts.csv", "\n".join(rows) + "\n"

# ---------------------------------------------------------------- UC4 / Automic
@pos("automic", "connection_profile_password", lang="txt", conv=False, var="PASS")
def au_script(r, v):
    return "automic/JOBS/<<job>>.ucs", dedent('''
    ! Process tab of JOBS.UNIX <<job>>
    :SET &HOST# = "<<dbhost>>"
    :SET &USER# = "<<user>>"
    :SET &PASS# = "@@S@@"
    :SET &DATE# = SYS_DATE("YYYYMMDD")
    sqlplus -s &USER#/&PASS#@&HOST#:1521/<<db>> <<EOSQL
    whenever sqlerror exit 1;
    exec <<app>>_pkg.close_day(to_date('&DATE#','YYYYMMDD'));
    EOSQL
    :IF &$PLATFORM# = "UNIX"
    :  PRINT "done on &$AGENT#"
    :ENDIF
    ''')


@pos("automic", "connection_profile_password", lang="ini", conv=True, var="PWD")
def au_ini(r, v):
    return "automic/server/ucsrv.ini", dedent('''
    [GLOBAL]
    system=AUTOMIC_<<env>>
    logging=..\\temp\\CPsrv_log_##_nn.txt
    logcount=10
    helplib=uc.msl
    language=E,D

    [ODBC]
    SQLDRIVERCONNECT=ODBCVAR=NNJNIORO,DSN=<<db>>;UID=uc4;PWD=@@S@@;SERVER=<<dbhost>>
    SQLDRIVERCONNECT_ALT=
    Trace=0

    [TCP/IP]
    bindaddr=
    connect=60
    ''')


@pos("automic", "connection_profile_password", lang="ini", conv=False, var="PASSWORD")
def au_jdbc(r, v):
    return "automic/utilities/bin/ucybdbld.ini", dedent('''
    [GLOBAL]
    language=E,D
    logging=..\\temp\\DBLOAD_log_##.txt

    [JDBC]
    sqlDriverConnect=jdbc:sqlserver://<<dbhost>>:1433;databaseName=<<db>>;user=uc4_admin;password=@@S@@;encrypt=true
    ''')


@pos("automic", "scheduler_account_password", lang="py", conv=False, var="AUTOMIC_PASSWORD")
def au_rest(r, v):
    return "integrations/automic_exec.py", dedent('''
    import requests
    from requests.auth import HTTPBasicAuth

    AE_REST = "https://<<host>>:8088/ae/api/v1/1000"
    AUTH = HTTPBasicAuth("<<user>>/<<domain>>", @@Q@@)


    def execute(obj):
        r = requests.post(f"{AE_REST}/executions", json={"object_name": obj}, auth=AUTH, timeout=60)
        r.raise_for_status()
        return r.json()["run_id"]


    print(execute("<<job>>"))
    ''')

# ---------------------------------------------------------------- Windows Task Scheduler
@pos("windows_task_scheduler", "runas_password", lang="bat", conv=False, var="RP", syms="bat")
def ws_schtasks(r, v):
    return "deploy/windows/create_tasks.cmd", dedent('''
    @echo off
    REM Nightly <<app>> export on <<shorthost>>
    setlocal
    set TASKNAME=\\<<co>>\\<<app>>-export
    schtasks /Create /TN "%TASKNAME%" /TR "C:\\batch\\<<app>>\\export.cmd" /SC DAILY /ST <<hh>>:<<mm>> /RU <<domain>>\\<<user>> /RP @@S@@ /RL HIGHEST /F
    schtasks /Query /TN "%TASKNAME%" /V /FO LIST
    endlocal
    ''')


@pos("windows_task_scheduler", "runas_password", lang="ps1", conv=False, var="TASK_PASSWORD")
def ws_register(r, v):
    return "deploy/windows/Register-<<appu>>Task.ps1", dedent('''
    $action  = New-ScheduledTaskAction -Execute "powershell.exe" -Argument "-File C:\\batch\\<<app>>\\run.ps1"
    $trigger = New-ScheduledTaskTrigger -Daily -At "<<hh>>:<<mm>>"
    $settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit (New-TimeSpan -Hours 2)
    Register-ScheduledTask -TaskName "<<app>>-nightly" -TaskPath "\\<<co>>\\" `
        -Action $action -Trigger $trigger -Settings $settings `
        -User "<<domain>>\\<<user>>" -Password @@Q@@ -RunLevel Highest -Force
    ''')

# ---------------------------------------------------------------- Stonebranch UAC
@pos("stonebranch", "scheduler_account_password", lang="sh", conv=False, var="UAC_PASSWORD")
def sb_curl(r, v):
    return "uac/scripts/launch_task.sh", dedent('''
    #!/bin/bash
    # Launch a Universal Controller task from the deploy job
    UAC=https://uac.<<dom>>:8443/uc
    curl -s -u 'ops.<<user>>:@@S@@' -H 'Content-Type: application/json' -H 'Accept: application/json' \\
      -X POST "$UAC/resources/task/ops-task-launch" \\
      -d '{"name":"<<job>>","hold":false,"variables":[{"name":"env","value":"<<env>>"}]}'
    ''')


@pos("stonebranch", "connection_profile_password", lang="properties", conv=True, var="UC_DB_PASSWORD")
def sb_props(r, v):
    return "uac/tomcat/webapps/uc/WEB-INF/uc.properties", dedent('''
    # Universal Controller start-up properties
    uc.db.name=uc
    uc.db.url=jdbc:sqlserver://<<dbhost>>:1433;databaseName=uc
    uc.db.user=uc_app
    uc.db.password=@@S@@
    uc.trace.level=Std
    uc.cluster.node.id=<<shorthost>>
    uc.security.login.ldap=true
    ''')


@pos("stonebranch", "connection_profile_password", lang="json", conv=False, var="UAC_CREDENTIAL")
def sb_cred_json(r, v):
    return "uac/definitions/credentials/<<app>>_sftp.json", dedent('''
    {
      "type": "credentialStandard",
      "name": "<<app>>_sftp",
      "opswiseGroups": ["<<team>>"],
      "retainSysIds": true,
      "runtimeUser": "xfer_<<app>>",
      "runtimePassword": "@@S@@",
      "runtimeKeyLocation": null,
      "description": "SFTP account for the <<app>> partner feed"
    }
    ''')

# ---------------------------------------------------------------- Tidal / Redwood
@pos("tidal", "scheduler_account_password", lang="yaml", conv=True, var="TIDAL_PASSWORD")
def td_yaml(r, v):
    return "tidal/client/tes-api.yaml", dedent('''
    tes:
      url: https://tidal-cm.<<dom>>:8443/api/tes-6.5
      user: <<domain>>\\<<user>>
      password: "@@S@@"
      verify_tls: true
    defaults:
      calendar: <<cal>>
      agent: <<shorthost>>
      job_group: <<appu>>
    ''')


@pos("tidal", "runas_password", lang="py", conv=False, var="TIDAL_PASSWORD")
def td_py(r, v):
    return "tidal/scripts/rerun_failed.py", dedent('''
    """Re-run failed Tidal job instances for a job group."""
    import argparse
    import requests

    p = argparse.ArgumentParser()
    p.add_argument("--group", default="<<appu>>")
    args = p.parse_args()

    s = requests.Session()
    s.auth = ("<<domain>>\\\\<<user>>", @@Q@@)
    base = "https://tidal-cm.<<dom>>:8443/api/tes-6.5/post"
    xml = f"<entry><content><JobRun.rerunFailed><group>{args.group}</group></JobRun.rerunFailed></content></entry>"
    print(s.post(base, data={"data": xml}, timeout=60).status_code)
    ''')


@pos("redwood", "api_token", slot="token", lang="sh", conv=False, var="REDWOOD_API_KEY")
def rw_curl(r, v):
    return "redwood/submit_chain.sh", dedent('''
    #!/usr/bin/env bash
    # Submit the <<app>> chain on RunMyJobs
    BASE="https://<<co>>.runmyjobs.cloud/redwood/api-rest/v1"
    curl -sf -H "X-API-Key: @@S@@" -H "Accept: application/json" \\
      -X POST "$BASE/JobDefinition/GLOBAL.<<appu>>_CHAIN/submit" \\
      -d '{"Queue":"<<queue>>","Parameters":{"P_DATE":"<<date>>"}}'
    ''')


@pos("redwood", "scheduler_account_password", lang="properties", conv=True, var="REDWOOD_PASSWORD")
def rw_props(r, v):
    return "redwood/platform-agent/<<shorthost>>/connection.properties", dedent('''
    # Redwood platform agent connection
    redwood.server.url=https://<<co>>.runmyjobs.cloud/redwood
    redwood.partition=GLOBAL
    redwood.process.server=<<shorthost>>_PS
    redwood.username=<<user>>
    redwood.password=@@S@@
    redwood.timezone=Europe/Zurich
    ''')


# ---------------------------------------------------------------- cron wrappers & generic
@pos("cron", "connection_profile_password", lang="crontab", conv=True, var="PGPASSWORD", syms="cron")
def cron_tab(r, v):
    return "ops/cron/<<app>>.crontab", dedent('''
    # m h dom mon dow   command   (installed on <<shorthost>> for <<user>>)
    MAILTO=<<team>>@<<co>>.com
    SHELL=/bin/bash
    <<cron>>  PGPASSWORD=@@S@@ /usr/bin/pg_dump -h <<dbhost>> -U <<user>> -Fc <<app>> > /backup/<<app>>_$(date +\\%F).dump
    */15 * * * *  /opt/<<app>>/bin/heartbeat.sh >/dev/null 2>&1
    0 3 * * 0  find /backup -name '<<app>>_*.dump' -mtime +14 -delete
    ''')


@pos("cron", "connection_profile_password", lang="sh", conv=False, var="SFTP_PASSWORD")
def cron_sshpass(r, v):
    return "bin/fetch_partner_files.sh", dedent('''
    #!/usr/bin/env bash
    # Called from cron at <<hh>>:<<mm>>; pulls the partner drop into the landing zone
    set -euo pipefail
    LANDING=/data/landing/<<app>>
    mkdir -p "$LANDING"
    sshpass -p '@@S@@' sftp -oBatchMode=no -oStrictHostKeyChecking=yes \\
        xfer_<<app>>@sftp.partner-<<co>>.com <<EOF
    lcd $LANDING
    cd /outbound
    mget *.csv.gz
    bye
    EOF
    ls -l "$LANDING" | mail -s "<<app>> files" <<team>>@<<co>>.com
    ''')


@pos("cron", "connection_profile_password", lang="sh", conv=False, var="FTP_PASSWORD", syms="url")
def cron_lftp(r, v):
    return "scripts/push_reports.sh", dedent('''
    #!/bin/sh
    # push yesterday's reports; run by the scheduler as <<user>>
    DAY=$(date -d yesterday +%Y%m%d)
    lftp -e "set sftp:auto-confirm yes; mirror -R /reports/$DAY /in/<<app>>/$DAY; bye" \\
      sftp://rpt_<<app>>:@@S@@@sftp.<<dom>>
    echo "pushed $DAY"
    ''')


@pos("generic", "connection_profile_password", lang="txt", conv=True, var="PGPASS")
def pgpass(r, v):
    return "deploy/batch-user/.pgpass", dedent('''
    # hostname:port:database:username:password
    <<dbhost>>:5432:<<app>>:<<user>>:@@S@@
    localhost:5432:*:postgres:*
    ''')


@pos("generic", "scheduler_account_password", lang="sql", conv=False, var="PASSWORD", syms="plain")
def sql_create(r, v):
    return "db/migrations/V%d__scheduler_accounts.sql" % r.randint(3, 90), dedent('''
    -- Accounts used by the Control-M / AutoSys agents on <<dbhost>>
    CREATE USER <<user>> IDENTIFIED BY "@@S@@"
      DEFAULT TABLESPACE users
      QUOTA 500M ON users;
    GRANT CREATE SESSION TO <<user>>;
    GRANT EXECUTE ON <<app>>_owner.<<app>>_batch_pkg TO <<user>>;
    ALTER USER <<user>> PROFILE batch_service;
    ''')


@pos("generic", "connection_profile_password", lang="sql", conv=False, var="PASSWORD", syms="plain")
def sql_alter(r, v):
    return "sql/ops/rotate_ctm_owner.sql", dedent('''
    -- rotate the Control-M/EM database owner password (ticket CHG<<num>>)
    BEGIN;
    ALTER ROLE emuser WITH LOGIN PASSWORD '@@S@@' VALID UNTIL '2026-12-31';
    GRANT CONNECT ON DATABASE ctrlm TO emuser;
    COMMIT;
    ''')


@pos("generic", "scheduler_account_password", lang="md", conv=False, var="PASSWORD")
def md_runbook(r, v):
    return "docs/runbooks/<<app>>-batch-restart.md", dedent('''
    # <<app>> batch: restart procedure

    Owner: <<team>> · Scheduler: Control-M (`<<ctmserver>>`) · Calendar: `<<cal>>`

    ## When the `<<job>>` job ends NOTOK

    1. Check the output: `ctm run job:output::get <<ctmserver>>:<<num>>`
    2. Log on to the agent host `<<host>>` as `<<user>>`.
    3. Log in to the API from the jump host:

       ```sh
       ctm session login -u <<user>> -p '@@S@@'
       ctm run job::rerun <<ctmserver>>:<<num>>
       ```

    4. If the rerun fails with exit code 12, escalate to <<team>>.

    | Exit code | Meaning            |
    |-----------|--------------------|
    | 0         | OK                 |
    | 4         | warnings, continue |
    | 12        | DB unavailable     |
    ''')


@pos("generic", "runas_password", lang="md", conv=True, var="PASSWORD")
def md_handover(r, v):
    return "docs/handover/<<team>>-scheduler-accounts.md", dedent('''
    # Scheduler accounts (handover notes, <<date>>)

    | System        | Account              | Password         | Notes                  |
    |---------------|----------------------|------------------|------------------------|
    | AutoSys <<sid>>   | `<<user>>@<<shorthost>>` | `@@S@@` | run-as for <<folder>>_BOX |
    | Rundeck       | `admin`              | (in vault)       | LDAP login preferred   |
    | Control-M EM  | `emuser`             | see PAM          |                        |

    Rotate every 90 days; update `autosys_secure` and the Control-M run-as table.
    ''')


@pos("generic", "connection_profile_password", lang="csv", conv=False, var="password")
def csv_profiles(r, v):
    rows = ["profile,type,host,port,user,secret,agent"]
    for i in range(r.randint(2, 4)):
        rows.append("CP_%s_%d,Database:PostgreSQL,db%02d.%s,5432,app_ro%d,,%s" % (
            v["appu"][:6], i, r.randint(1, 9), v["dom"], i, v["agent"]))
    rows.insert(r.randint(1, len(rows)), "CP_%s_SFTP,FileTransfer:SFTP,sftp.%s,22,%s,@@S@@,%s" % (
        v["appu"][:6], v["dom"], v["user"], v["agent"]))
    return "exports/controlm/connection_profiles_<<date>>.csv", "\n".join(rows) + "\n"


@pos("generic", "keystore_password", lang="sh", conv=False, var="STOREPASS")
def keytool_sh(r, v):
    return "install/agent/make_keystore.sh", dedent('''
    #!/bin/bash
    # TLS keystore for the scheduler agent on <<host>>
    KS=/opt/agent/ssl/agent.p12
    keytool -genkeypair -alias <<shorthost>> -keyalg RSA -keysize 3072 -validity 825 \\
      -dname "CN=<<host>>, OU=<<team>>, O=<<co>>" \\
      -storetype PKCS12 -keystore "$KS" -storepass '@@S@@'
    keytool -certreq -alias <<shorthost>> -keystore "$KS" -file /tmp/<<shorthost>>.csr
    ''')


@pos("generic", "keystore_password", lang="properties", conv=True, var="KEYSTORE_PASSWORD")
def agent_ssl_props(r, v):
    return "agent/conf/agentparm_ssl.properties", dedent('''
    # scheduler agent TLS settings
    communication.ssl.enabled=true
    communication.ssl.keystore=/opt/agent/ssl/agent.p12
    communication.ssl.keystore.type=PKCS12
    communication.ssl.keystore.password=@@S@@
    communication.ssl.truststore=/opt/agent/ssl/cacerts
    agentname=<<agent>>
    communication.manageraddress_1=<<host>>
    communication.managerport_1=7507
    ''')


@pos("generic", "connection_profile_password", lang="java", conv=False, var="DB_PASSWORD")
def java_batch(r, v):
    return "batch-app/src/main/java/com/%s/batch/ReconJob.java" % v["co"], dedent('''
    package com.<<co>>.batch;

    import java.sql.Connection;
    import java.sql.DriverManager;
    import java.sql.PreparedStatement;

    /** Entry point started by the scheduler (job <<job>>). Exit code 0 = OK, 8 = data error. */
    public final class ReconJob {
        private static final String URL = "jdbc:oracle:thin:@//<<dbhost>>:1521/<<db>>";

        public static void main(String[] args) throws Exception {
            try (Connection c = DriverManager.getConnection(URL, "<<user>>", @@Q@@);
                 PreparedStatement ps = c.prepareStatement("CALL <<app>>_recon(?)")) {
                ps.setString(1, args.length > 0 ? args[0] : "<<date>>");
                ps.execute();
            }
            System.exit(0);
        }
    }
    ''')


@pos("dkron", "api_token", slot="token", lang="go", conv=False, var="DKRON_TOKEN")
def go_client(r, v):
    return "cmd/jobsync/main.go", dedent('''
    package main

    import (
    	"bytes"
    	"log"
    	"net/http"
    	"os"
    )

    const dkronURL = "https://dkron.<<dom>>/v1/jobs"

    func main() {
    	body, err := os.ReadFile("jobs/<<app>>.json")
    	if err != nil {
    		log.Fatal(err)
    	}
    	req, _ := http.NewRequest(http.MethodPost, dkronURL, bytes.NewReader(body))
    	req.Header.Set("Content-Type", "application/json")
    	req.Header.Set("Authorization", "Bearer "+@@Q@@)
    	resp, err := http.DefaultClient.Do(req)
    	if err != nil {
    		log.Fatal(err)
    	}
    	log.Printf("dkron replied %s", resp.Status)
    }
    ''')


@pos("generic", "scheduler_account_password", lang="log", conv=False, var="PASSWORD", syms="plain")
def log_leak(r, v):
    ts = "%s %s:%s" % (v["date"], v["hh"], v["mm"])
    return "logs/agent/<<shorthost>>/<<job>>.log", dedent('''
    %s:01.112 INFO  [agent] job <<job>> (order <<num>>) submitted on <<agent>>
    %s:01.230 INFO  [agent] run-as <<user>>, cwd /opt/<<app>>
    %s:01.244 DEBUG [exec] /opt/<<app>>/bin/load.sh --db <<db>> --user <<user>> --password @@S@@
    %s:14.902 INFO  [exec] rows loaded: %d
    %s:14.951 INFO  [agent] job <<job>> ended, exit code 0
    ''' % (ts, ts, ts, ts, r.randint(1000, 900000), ts))


@pos("generic", "scheduler_account_password", lang="env", conv=True, var="CTM_PASSWORD")
def dotenv(r, v):
    return ".env", dedent('''
    CTM_ENDPOINT=https://<<host>>:8443/automation-api
    CTM_USER=<<user>>
    CTM_PASSWORD=@@S@@
    CTM_SERVER=<<ctmserver>>
    ''')


@pos("generic", "connection_profile_password", lang="yaml", conv=True, var="SAP_PASSWORD")
def helm_values(r, v):
    return "deploy/helm/<<app>>-batch/values-<<env>>.yaml", dedent('''
    replicaCount: 1
    image:
      repository: registry.<<dom>>/<<app>>/batch
      tag: "<<ver>>"
    schedule: "<<cron>>"
    sap:
      ashost: sap<<sid>>.<<dom>>
      sysnr: "00"
      client: "<<sapclient>>"
      user: RFC_<<appu>>
      password: "@@S@@"
    resources:
      limits:
        memory: 1Gi
    ''')


@pos("generic", "connection_profile_password", lang="ini", conv=False, var="password")
def odbc_ini(r, v):
    return "etc/odbc.ini", dedent('''
    [<<appu>>_DWH]
    Driver      = /opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.so
    Server      = <<dbhost>>,1433
    Database    = <<db>>
    UID         = <<user>>
    PWD         = @@S@@
    Encrypt     = yes

    [<<appu>>_LOCAL]
    Driver      = PostgreSQL
    Servername  = localhost
    Database    = staging
    ''')


@pos("generic", "connection_profile_password", lang="sh", conv=False, var="SQLPLUS", syms="plain")
def sqlplus_wrapper(r, v):
    return "jobs/<<app>>/close_day.sh", dedent('''
    #!/bin/ksh
    # Control-M job <<job>> - closes the business day
    export ORACLE_HOME=/u01/app/oracle/product/19.0.0/client_1
    export PATH=$ORACLE_HOME/bin:$PATH
    sqlplus -s <<user>>/@@S@@@//<<dbhost>>:1521/<<db>> <<EOSQL
    whenever sqlerror exit 8
    exec <<app>>_batch.close_day;
    exit
    EOSQL
    exit $?
    ''')


# =========================================================================== LOOK-ALIKE NEGATIVES
def order_id(r):
    return rs(r, DIGITS + LOWER, 5)


@look("controlm", "job_definition")
def lk_cm_jobs(r, v):
    return "ctm/jobs/<<folder>>.json", dedent('''
    {
      "<<folder>>": {
        "Type": "Folder",
        "ControlmServer": "<<ctmserver>>",
        "SiteStandard": "<<co>>_std",
        "OrderMethod": "Automatic",
        "<<job>>": {
          "Type": "Job:Command",
          "Command": "/opt/<<app>>/bin/run.sh %%ODATE",
          "RunAs": "<<user>>",
          "Host": "<<agent>>",
          "Application": "<<appu>>",
          "When": {"WeekDays": ["MON", "TUE", "WED", "THU", "FRI"], "FromTime": "<<hh>><<mm>>", "Calendar": "<<cal>>"},
          "Variables": [{"RUN_ID": "%%ORDERID"}, {"CHECKSUM_ALGO": "sha256"}],
          "eventsToAdd": {"Type": "AddEvents", "Events": [{"Event": "<<job>>-TO-<<job2>>"}]}
        },
        "<<job2>>": {
          "Type": "Job:Database:SQLScript",
          "ConnectionProfile": "CP_<<appu>>_ORA",
          "SQLScript": "/opt/<<app>>/sql/post.sql",
          "Host": "<<agent>>"
        }
      }
    }
    ''')


@look("controlm", "run_status")
def lk_cm_status(r, v):
    items = []
    for i in range(r.randint(3, 6)):
        oid = order_id(r)
        items.append('    {"jobId": "%s:%s", "folderId": "%s:%s", "numberOfRuns": %d, "name": "%s_%02d", '
                     '"status": "%s", "startTime": "%s%s%s%02d", "orderDate": "%s", "host": "%s"}' % (
                         v["ctmserver"], oid, v["ctmserver"], order_id(r), r.randint(0, 3), v["job"], i,
                         r.choice(["Ended OK", "Ended Not OK", "Executing", "Wait Condition"]),
                         v["date"].replace("-", ""), v["hh"], v["mm"], r.randint(0, 59),
                         v["date"][2:].replace("-", ""), v["agent"]))
    return "reports/ctm-status-<<date>>.json", '{\n  "statuses": [\n%s\n  ],\n  "returned": %d,\n  "total": %d\n}\n' % (
        ",\n".join(items), len(items), len(items))


@look("controlm", "secret_reference")
def lk_cm_secretref(r, v):
    return "ctm/connection-profiles/<<app>>-pg.json", dedent('''
    {
      "CP_<<appu>>_PG": {
        "Type": "ConnectionProfile:Database:PostgreSQL",
        "TargetAgent": "<<agent>>",
        "Host": "<<dbhost>>",
        "Port": "5432",
        "DatabaseName": "<<app>>",
        "User": "<<user>>",
        "Password": {"Secret": "<<app>>_db_pw"},
        "Description": "password held in the Control-M secrets vault"
      }
    }
    ''')


@look("controlm", "encrypted_password")
def lk_cm_encrypted(r, v):
    return "controlm/agent/<<agent>>/fts_profiles.xml", dedent('''
    <?xml version="1.0" encoding="UTF-8"?>
    <!-- exported by ctmcpt; passwords are stored encrypted by the agent -->
    <ConnectionProfiles>
      <Profile name="SFTP_<<appu>>" type="SFTP" host="sftp.<<dom>>" port="22" user="xfer_<<app>>"
               EncryptedPassword="%s" EncryptionVersion="2"/>
      <Profile name="LOCAL_<<agent>>" type="Local" user="<<user>>"
               EncryptedPassword="%s" EncryptionVersion="2"/>
    </ConnectionProfiles>
    ''' % (rs(r, "0123456789ABCDEF", 64), rs(r, "0123456789ABCDEF", 64)))


@look("controlm", "agent_config")
def lk_cm_agentcfg(r, v):
    return "controlm/agent/<<agent>>/CONFIG.dat", dedent('''
    AGENT_TO_SERVER_PORT      7005
    SERVER_TO_AGENT_PORT      7006
    CTMSHOST                  <<host>>
    CTMPERMHOSTS              <<host>>|<<host2>>
    AGENT_OWNER               ctmagent
    COMMOPT                   SSL=Y
    PROTOCOL_VERSION          12
    AGENT_ID                  <<uuid>>
    TRACKER_EVENT_PORT        7035
    LOGICAL_AGENT_NAME        <<agent>>
    OUTPUT_NAME               MEMNAME
    ''')


@look("autosys", "job_definition")
def lk_as_jil(r, v):
    return "autosys/jil/<<folder>>_BOX.jil", dedent('''
    insert_job: <<folder>>_BOX   job_type: BOX
    owner: <<user>>@<<shorthost>>
    permission: gx,ge,wx
    date_conditions: 1
    run_calendar: <<cal>>
    start_times: "<<hh>>:<<mm>>"
    alarm_if_fail: 1
    timezone: Europe/London

    insert_job: <<job>>   job_type: FW
    box_name: <<folder>>_BOX
    machine: <<shorthost>>
    owner: <<user>>@<<shorthost>>
    watch_file: /data/in/<<app>>_*.done
    watch_interval: 60

    insert_job: <<job2>>   job_type: SQL
    box_name: <<folder>>_BOX
    machine: <<shorthost>>
    owner: <<user>>@<<dbhost>>
    condition: s(<<job>>)
    connect_string: "jdbc:oracle:thin:@<<dbhost>>:1521:<<db>>"
    sql_command: call <<app>>_pkg.load()
    ''')


@look("autosys", "autorep_output")
def lk_as_autorep(r, v):
    lines = ["Job Name                                                         Last Start           Last End             ST Run/Ntry Pri/Xit",
             "________________________________________________________________ ____________________ ____________________ __ ________ _______"]
    for i in range(r.randint(4, 8)):
        lines.append("%-64s %s %s:%s:%02d  %s %s:%s:%02d  %s %d/1     %d" % (
            "%s_%02d" % (v["job"], i), v["date"], v["hh"], v["mm"], r.randint(0, 59),
            v["date"], v["hh"], v["mm"], r.randint(0, 59), r.choice(["SU", "FA", "TE", "RU"]),
            r.randint(10000000, 99999999), r.choice([0, 0, 0, 1, 4, 12])))
    return "reports/autorep_<<folder>>.txt", "\n".join(lines) + "\n"


@look("tws", "job_stream")
def lk_tws_stream(r, v):
    return "tws/definitions/<<folder>>.sched", dedent('''
    SCHEDULE <<shorthost>>#/<<appu>>/<<folder>>
    DESCRIPTION "Nightly <<app>> stream"
    ON RUNCYCLE RC1 "FREQ=DAILY;INTERVAL=1"
    EXCEPT <<cal>>
    AT <<hh>><<mm>>
    CARRYFORWARD
    FOLLOWS <<shorthost>>#/<<appu>>/UPSTREAM.@
    :
    <<shorthost>>#/<<appu>>/<<job>>
     STREAMLOGON <<user>>
     SCRIPTNAME "/opt/<<app>>/bin/run.sh"
     RECOVERY STOP
    <<shorthost>>#/<<appu>>/<<job2>>
     FOLLOWS <<job>>
    END
    ''')


@look("tws", "encrypted_password")
def lk_tws_useropts_enc(r, v):
    return "tws/client/useropts", dedent('''
    # useropts - password already encrypted by the CLI on first use
    HOST = <<host>>
    PROTOCOL = https
    PORT = 31116
    USERNAME = <<user>>
    PASSWORD = "%s:%s"
    CLISSLSERVERAUTH = yes
    ''' % (r.choice(["ENCRYPT", "AES"]), base64.b64encode(bytes(r.randrange(256) for _ in range(24))).decode()))


@look("tws", "plan_output")
def lk_tws_showjobs(r, v):
    lines = ["Workstation     Job Stream        SchedTime  Job              State Pr Start  Elapse ReturnCode Dependencies"]
    for i in range(r.randint(4, 7)):
        lines.append("%-15s %-17s %s %s %-16s %-5s %2d %s   %05d  %-10d #J%d" % (
            v["shorthost"].upper(), v["folder"][:17], v["hh"] + v["mm"], v["date"][5:].replace("-", "/"),
            "%s_%d" % (v["job"][:14], i), r.choice(["SUCC", "ABEND", "HOLD", "EXEC"]), r.randint(10, 99),
            v["hh"] + ":" + v["mm"], r.randint(0, 3000), r.choice([0, 0, 4, 8]), r.randint(10000000, 99999999)))
    return "logs/tws/showjobs_<<date>>.txt", "\n".join(lines) + "\n"


@look("rundeck", "password_hash")
def lk_rd_realm_hash(r, v):
    return "rundeck/server/config/realm.properties", dedent('''
    # realm.properties - only hashed passwords (java -jar rundeck.war --encryptpwd Jetty)
    admin:MD5:%s,user,admin
    <<person>>:BCRYPT:$2a$10$%s,user,<<team>>
    ops:CRYPT:%s,user,ops
    ''' % (gen_hex(r, 32), rs(r, ALNUM + "./", 53), rs(r, ALNUM + "./", 13)))


@look("rundeck", "key_storage_path")
def lk_rd_resources(r, v):
    return "rundeck/projects/<<project>>/etc/resources.yaml", dedent('''
    <<shorthost>>:
      nodename: <<shorthost>>
      hostname: <<host>>
      osFamily: unix
      username: rundeck
      tags: <<app>>,<<env>>
      ssh-authentication: privateKey
      ssh-key-storage-path: keys/project/<<project>>/ssh/rundeck_<<env>>.pem
      sudo-password-storage-path: keys/project/<<project>>/sudo/<<user>>.password
    <<host2>>:
      nodename: <<host2>>
      hostname: <<ip>>
      osFamily: windows
      node-executor: WinRMPython
      winrm-password-storage-path: keys/project/<<project>>/winrm/<<user>>.password
    ''')


@look("rundeck", "secure_option_reference")
def lk_rd_job_opt(r, v):
    return "rundeck/projects/<<project>>/jobs/<<app>>-sync.yaml", dedent('''
    - name: <<app>>-sync
      group: <<team>>
      uuid: <<uuid>>
      options:
      - name: api_password
        secure: true
        valueExposed: false
        storagePath: keys/project/<<project>>/<<app>>/api.password
        required: true
      - name: run_date
        value: '<<date>>'
      sequence:
        commands:
        - exec: /opt/<<app>>/sync.sh --date ${option.run_date}
    ''')


@look("rundeck", "api_response")
def lk_rd_exec(r, v):
    return "tests/fixtures/rundeck_execution_<<num>>.json", dedent('''
    {
      "id": <<num>>,
      "href": "https://rundeck.<<dom>>/api/41/execution/<<num>>",
      "permalink": "https://rundeck.<<dom>>/project/<<project>>/execution/show/<<num>>",
      "status": "succeeded",
      "project": "<<project>>",
      "user": "<<person>>",
      "serverUUID": "<<uuid2>>",
      "date-started": {"unixtime": %d, "date": "<<date>>T<<hh>>:<<mm>>:00Z"},
      "job": {"id": "<<uuid>>", "name": "<<app>>-refresh", "group": "<<team>>", "averageDuration": %d},
      "successfulNodes": ["<<shorthost>>"]
    }
    ''' % (r.randint(1600000000000, 1760000000000), r.randint(1000, 900000)))


@look("rundeck", "acl_policy")
def lk_rd_acl(r, v):
    return "rundeck/etc/<<team>>.aclpolicy", dedent('''
    description: <<team>> may run <<project>> jobs
    context:
      project: '<<project>>'
    for:
      job:
        - equals:
            group: '<<team>>'
          allow: [read, run, kill]
      node:
        - allow: [read, run]
      storage:
        - match:
            path: 'keys/project/<<project>>/.*'
          allow: [read]
    by:
      group: <<team>>
    ''')


@look("oozie", "job_properties")
def lk_oz_props(r, v):
    return "oozie/<<app>>-daily/job.properties", dedent('''
    nameNode=hdfs://nameservice1
    jobTracker=yarnrm
    queueName=<<queue>>
    oozie.use.system.libpath=true
    oozie.coord.application.path=${nameNode}/apps/<<app>>-daily
    start=<<date>>T<<hh>>:<<mm>>Z
    end=2030-01-01T00:00Z
    frequency=1440
    db.password.alias=<<app>>.db.password
    hadoop.security.credential.provider.path=jceks://hdfs/user/<<user>>/<<app>>.jceks
    ''')


@look("oozie", "workflow_ids")
def lk_oz_log(r, v):
    lines = []
    for i in range(r.randint(4, 7)):
        wid = "%07d-%s%06d-oozie-oozi-W" % (r.randint(0, 9999999), v["date"][2:].replace("-", ""), r.randint(0, 999999))
        lines.append("%s   <<app>>-import   %s   <<user>>   %s %s:%s GMT   application_%d_%04d" % (
            wid, r.choice(["SUCCEEDED", "KILLED", "RUNNING"]), v["date"], v["hh"], v["mm"],
            r.randint(1600000000000, 1760000000000), r.randint(1, 9999)))
    return "logs/oozie/jobs_<<date>>.txt", fill("\n".join(lines) + "\n", v)


@look("azkaban", "flow_definition")
def lk_az_flow(r, v):
    return "azkaban/projects/<<app>>/daily.flow", dedent('''
    ---
    config:
      failure.emails: <<team>>@<<co>>.com
      retries: 2
      retry.backoff: 300000
    nodes:
      - name: wait_for_source
        type: command
        config:
          command: ./wait_for.sh /data/in/<<app>>/_SUCCESS
      - name: checksum
        type: command
        dependsOn: [wait_for_source]
        config:
          command: sha256sum -c /data/in/<<app>>/manifest.sha256
          expected.sha256: %s
    ''' % gen_hex(r, 64))


@look("luigi", "scheduler_config")
def lk_lg_cfg(r, v):
    return "luigi/luigi.cfg", dedent('''
    [core]
    default-scheduler-host=luigid.<<dom>>
    default-scheduler-port=8082
    parallel-scheduling=true

    [scheduler]
    record_task_history=True
    state_path=/var/lib/luigi-server/state.pickle
    retry_delay=300
    remove_delay=600

    [task_history]
    db_connection=sqlite:////var/lib/luigi-server/history.db

    [retcode]
    already_running=10
    missing_data=20
    ''')


@look("luigi", "task_code_hashes")
def lk_lg_task(r, v):
    return "pipelines/<<app>>/checks.py", dedent('''
    import hashlib

    import luigi

    # digest of the reference file shipped by the vendor (not a secret)
    REFERENCE_SHA256 = "%s"
    TASK_NAMESPACE = "<<app>>"


    class VerifyDrop(luigi.Task):
        run_id = luigi.Parameter(default="%s")

        def run(self):
            h = hashlib.sha256(open("/data/in/<<app>>.csv", "rb").read()).hexdigest()
            if h != REFERENCE_SHA256:
                raise ValueError("unexpected content " + h)
    ''' % (gen_hex(r, 64), uuid4(r)))


@look("dkron", "job_definition")
def lk_dk_job(r, v):
    return "dkron/jobs/<<app>>-cleanup.json", dedent('''
    {
      "name": "<<app>>-cleanup",
      "schedule": "@every 6h",
      "timezone": "UTC",
      "owner": "<<team>>",
      "owner_email": "<<team>>@<<co>>.com",
      "retries": 2,
      "tags": {"role": "worker:1"},
      "metadata": {"runbook": "https://wiki.<<dom>>/<<app>>", "trace_id": "%s"},
      "executor": "shell",
      "executor_config": {"command": "/opt/<<app>>/cleanup.sh --older-than 14d"}
    }
    ''' % gen_hex(r, 32))


@look("dkron", "cluster_config")
def lk_dk_cfg(r, v):
    return "dkron/config/dkron.yml", dedent('''
    server: true
    bootstrap-expect: 3
    node-name: <<shorthost>>
    advertise-addr: <<ip>>
    data-dir: /var/lib/dkron
    http-addr: :8080
    tags:
      dc: <<env>>
    encrypt: ${DKRON_GOSSIP_KEY}
    ''')


@look("cronicle", "event_definition")
def lk_cr_event(r, v):
    return "cronicle/events/<<app>>.json", dedent('''
    {
      "id": "e%s",
      "title": "<<app>> nightly export",
      "enabled": 1,
      "category": "c%s",
      "target": "<<shorthost>>",
      "plugin": "shellplug",
      "timing": {"hours": [<<n>>], "minutes": [<<mm>>]},
      "timezone": "Europe/Paris",
      "params": {"script": "#!/bin/sh\\n/opt/<<app>>/export.sh\\n", "annotate": 0},
      "notify_fail": "<<team>>@<<co>>.com",
      "modified": %d
    }
    ''' % (rs(r, LOWER + DIGITS, 10), rs(r, LOWER + DIGITS, 10), r.randint(1600000000, 1760000000)))


@look("jams", "job_export")
def lk_jams_xml(r, v):
    return "jams/export/<<folder>>.xml", dedent('''
    <?xml version="1.0" encoding="utf-8"?>
    <JAMSObjects>
      <job name="<<job>>" jobID="%d" folderID="%d" guid="%s">
        <description>Nightly <<app>> load</description>
        <methodName>PowerShell</methodName>
        <userName><<domain>>\\<<user>></userName>
        <agentNode><<shorthost>></agentNode>
        <schedule dateTypeName="Daily" dateTypeCalendar="<<cal>>" scheduledTime="<<hh>>:<<mm>>" />
        <source>&amp; C:\\batch\\<<app>>\\load.ps1 -RunDate $JAMS_SCHEDULED_DATE</source>
      </job>
    </JAMSObjects>
    ''' % (r.randint(100, 99999), r.randint(1, 999), uuid4(r)))


@look("automic", "obfuscated_password")
def lk_au_ini(r, v):
    return "automic/server/ucsrv.ini", dedent('''
    [GLOBAL]
    system=AUTOMIC_<<env>>

    [ODBC]
    ; password obfuscated with ucybcryp -p -n
    SQLDRIVERCONNECT=ODBCVAR=NNJNIORO,DSN=<<db>>;UID=uc4;PWD=--10%s;SERVER=<<dbhost>>

    [TCP/IP]
    connect=60
    ''' % rs(r, "0123456789ABCDEF", r.choice([32, 48, 64])))


@look("automic", "login_lookup")
def lk_au_script(r, v):
    return "automic/JOBS/<<job>>_login.ucs", dedent('''
    ! credentials come from the LOGIN object, never from the script
    :SET &LOGIN# = "LOGIN.<<appu>>.SQLPLUS"
    :SET &USER#  = GET_LOGIN(&LOGIN#, "<<db>>", "SQLPLUS", ID)
    :SET &PASS#  = GET_LOGIN(&LOGIN#, "<<db>>", "SQLPLUS", PASSWORD)
    :SET &RUNID# = SYS_ACT_ME_NR()
    :PRINT "RunID &RUNID# on &$AGENT#"
    sqlplus -s &USER#/&PASS#@<<db>> @/opt/<<app>>/sql/close.sql
    ''')


@look("windows_task_scheduler", "task_xml")
def lk_ws_xml(r, v):
    return "deploy/windows/tasks/<<app>>-nightly.xml", dedent('''
    <?xml version="1.0" encoding="UTF-8"?>
    <Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
      <RegistrationInfo>
        <Date><<date>>T<<hh>>:<<mm>>:00</Date>
        <Author><<domain>>\\<<person>></Author>
        <URI>\\<<co>>\\<<app>>-nightly</URI>
      </RegistrationInfo>
      <Principals>
        <Principal id="Author">
          <UserId>S-1-5-21-%d-%d-%d-%d</UserId>
          <LogonType>Password</LogonType>
          <RunLevel>HighestAvailable</RunLevel>
        </Principal>
      </Principals>
      <Triggers>
        <CalendarTrigger>
          <StartBoundary><<date>>T<<hh>>:<<mm>>:00</StartBoundary>
          <ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay>
        </CalendarTrigger>
      </Triggers>
      <Actions Context="Author">
        <Exec><Command>C:\\batch\\<<app>>\\run.cmd</Command></Exec>
      </Actions>
    </Task>
    ''' % (r.randint(10**9, 4 * 10**9), r.randint(10**9, 4 * 10**9), r.randint(10**8, 4 * 10**9), r.randint(1000, 99999)))


@look("windows_task_scheduler", "schtasks_system")
def lk_ws_bat(r, v):
    return "deploy/windows/create_cleanup_task.cmd", dedent('''
    @echo off
    REM runs as SYSTEM, no stored password needed
    schtasks /Create /TN "\\<<co>>\\<<app>>-cleanup" /TR "C:\\batch\\<<app>>\\cleanup.cmd" /SC WEEKLY /D SUN /ST <<hh>>:<<mm>> /RU SYSTEM /F
    if %ERRORLEVEL% NEQ 0 exit /b %ERRORLEVEL%
    certutil -hashfile C:\\batch\\<<app>>\\cleanup.cmd SHA256
    ''')


@look("stonebranch", "task_export")
def lk_sb_task(r, v):
    return "uac/definitions/tasks/<<job>>.json", dedent('''
    {
      "type": "taskUnix",
      "name": "<<job>>",
      "sysId": "%s",
      "agent": "<<shorthost>>",
      "credentials": "<<app>>_runas",
      "command": "/opt/<<app>>/bin/run.sh ${ops_trigger_time}",
      "exitCodes": "0,4",
      "calendar": "<<cal>>",
      "opswiseGroups": ["<<team>>"],
      "version": %d,
      "retainSysIds": true
    }
    ''' % (gen_hex(r, 32), r.randint(1, 80)))


@look("stonebranch", "agent_config")
def lk_sb_uags(r, v):
    return "uac/agent/uags.conf", dedent('''
    # Universal Agent configuration for <<shorthost>>
    netname        OPSAUTO<<n>>
    oms_servers    7878@<<host>>,7878@<<host2>>
    oms_autostart  no
    transient      no
    ''')


@look("tidal", "job_export")
def lk_td_csv(r, v):
    rows = ["JobID,JobName,Group,Agent,Calendar,StartTime,Owner,LastRunID,LastExit"]
    for i in range(r.randint(4, 8)):
        rows.append("%d,%s_%02d,%s,%s,%s,%s:%s,%s,%d,%d" % (
            r.randint(1000, 99999), v["job"], i, v["appu"], v["shorthost"], v["cal"], v["hh"], v["mm"],
            v["user"], r.randint(10**6, 10**8), r.choice([0, 0, 0, 1, 8])))
    return "exports/tidal/jobs_<<date>>.csv", "\n".join(rows) + "\n"


@look("redwood", "definition_export")
def lk_rw_export(r, v):
    return "redwood/export/<<appu>>_CHAIN.json", dedent('''
    {
      "Name": "<<appu>>_CHAIN",
      "Partition": "GLOBAL",
      "UniqueId": %d,
      "Queue": "<<queue>>",
      "SubmitFrame": "SF_<<cal>>",
      "Parameters": [
        {"Name": "P_DATE", "Default": "=Time.format(Time.now(), 'yyyy-MM-dd')"},
        {"Name": "P_CREDENTIAL", "Default": "<<user>>@<<dbhost>>"}
      ],
      "JobFileChecksum": "%s"
    }
    ''' % (r.randint(10**6, 10**9), gen_hex(r, 40)))


@look("kubernetes", "cronjob_secretref")
def lk_k8s_cron(r, v):
    return "k8s/cronjobs/<<app>>-rundeck-trigger.yaml", dedent('''
    apiVersion: batch/v1
    kind: CronJob
    metadata:
      name: <<app>>-rundeck-trigger
    spec:
      schedule: "<<cron>>"
      jobTemplate:
        spec:
          template:
            spec:
              restartPolicy: OnFailure
              containers:
                - name: trigger
                  image: registry.<<dom>>/tools/rd-cli@sha256:%s
                  args: ["run", "-j", "<<uuid>>", "-p", "<<project>>"]
                  env:
                    - name: RD_URL
                      value: https://rundeck.<<dom>>
                    - name: RD_TOKEN
                      valueFrom:
                        secretKeyRef:
                          name: rundeck-api
                          key: token
    ''' % gen_hex(r, 64))


@look("cron", "crontab_checksums")
def lk_crontab(r, v):
    return "ops/cron/<<shorthost>>.crontab", dedent('''
    # m h dom mon dow command
    MAILTO=<<team>>@<<co>>.com
    <<cron>>  /opt/<<app>>/bin/export.sh --run-id $(uuidgen) >> /var/log/<<app>>/export.log 2>&1
    30 6 * * 1-5  sha256sum -c /data/out/<<app>>/SHA256SUMS --quiet || echo "checksum mismatch" | mail -s <<app>> <<team>>@<<co>>.com
    0 */4 * * *  /usr/local/bin/flock -n /tmp/<<app>>.lock /opt/<<app>>/bin/poll.sh
    ''')


@look("cron", "checksum_manifest")
def lk_sha_sums(r, v):
    lines = ["%s  %s_%s_%02d.csv.gz" % (gen_hex(r, 64), v["app"], v["date"].replace("-", ""), i)
             for i in range(r.randint(3, 7))]
    return "data/out/<<app>>/SHA256SUMS", "\n".join(lines) + "\n"


@look("generic", "runbook")
def lk_md_runbook(r, v):
    return "docs/runbooks/<<app>>-jobs.md", dedent('''
    # <<app>> jobs

    | Job | Scheduler | Calendar | Cron | Exit codes |
    |-----|-----------|----------|------|------------|
    | `<<job>>` | Control-M `<<ctmserver>>` | `<<cal>>` | `<<cron>>` | 0 OK, 4 warn, 8 fail |
    | `<<job2>>` | AutoSys | `<<cal>>` | n/a | 0 OK |

    Last incident: order id `%s`, run id `%s`, agent `<<agent>>` (`<<host>>`).
    Credentials: stored in Control-M secrets (`<<app>>_db_pw`) and Rundeck key storage
    (`keys/project/<<project>>/db/<<app>>.password`). Never paste them here.
    ''' % (order_id(r), uuid4(r)))


@look("generic", "sql_history")
def lk_sql(r, v):
    return "sql/reports/failed_runs.sql", dedent('''
    -- failed runs of <<folder>> in the last 7 days (Control-M EM database)
    SELECT order_id, job_name, node_id, run_counter, end_code, start_time, end_time
      FROM cmr_runinf
     WHERE application = '<<appu>>'
       AND end_code NOT IN ('OK')
       AND order_id IN ('%s', '%s', '%s')
       AND start_time > CURRENT_DATE - 7
     ORDER BY start_time DESC;
    -- md5 of the last good extract: %s
    ''' % (order_id(r), order_id(r), order_id(r), gen_hex(r, 32)))


@look("generic", "run_history_csv")
def lk_csv_hist(r, v):
    rows = ["run_id,job,agent,start,duration_s,exit_code,output_md5"]
    for i in range(r.randint(5, 9)):
        rows.append("%s,%s,%s,%sT%s:%s:%02d,%d,%d,%s" % (
            uuid4(r), v["job"], v["agent"], v["date"], v["hh"], v["mm"], r.randint(0, 59),
            r.randint(3, 8000), r.choice([0, 0, 0, 4, 8, 12]), gen_hex(r, 32)))
    return "exports/run_history_<<date>>.csv", "\n".join(rows) + "\n"


@look("generic", "agent_log")
def lk_log(r, v):
    ts = "%sT%s:%s" % (v["date"], v["hh"], v["mm"])
    lines = []
    for i in range(r.randint(5, 9)):
        lines.append("%s:%02d.%03dZ INFO  trace=%s span=%s job=%s order=%s msg=\"%s\"" % (
            ts, r.randint(0, 59), r.randint(0, 999), gen_hex(r, 32), gen_hex(r, 16), v["job"], order_id(r),
            r.choice(["submitted", "started", "ended OK", "output collected", "exit code 0"])))
    return "logs/agent/<<agent>>-<<date>>.log", "\n".join(lines) + "\n"


@look("generic", "ssh_public_key")
def lk_authkeys(r, v):
    k1 = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(r.randrange(256) for _ in range(32))).decode()
    k2 = base64.b64encode(b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x81\x00" + bytes(r.randrange(256) for _ in range(384))).decode()
    return "rundeck/files/authorized_keys", "ssh-ed25519 %s rundeck@%s\nssh-rsa %s ctmagent@%s\n" % (
        k1, v["host"], k2, v["host2"])


@look("generic", "certificate")
def lk_cert(r, v):
    return "agent/ssl/<<shorthost>>-chain.pem", "# agent TLS chain (public)\n" + gen_public_pem(r, "CERTIFICATE") + "\n" + gen_public_pem(r, "CERTIFICATE") + "\n"


@look("generic", "public_key")
def lk_pubkey(r, v):
    return "keys/jwt-verify/<<app>>.pub.pem", gen_public_pem(r, "PUBLIC KEY") + "\n"


@look("generic", "keystore_listing")
def lk_keytool(r, v):
    fp = ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(32))
    return "docs/ops/agent-keystore.txt", dedent('''
    $ keytool -list -keystore /opt/agent/ssl/agent.p12 -storepass:env KS_PASS
    Keystore type: PKCS12
    Keystore provider: SUN

    Your keystore contains 1 entry

    <<shorthost>>, <<date>>, PrivateKeyEntry,
    Certificate fingerprint (SHA-256): %s
    ''' % fp)


@look("generic", "package_integrity")
def lk_lock(r, v):
    deps = ["cron-parser", "node-cron", "axios", "dayjs", "yaml"]
    parts = []
    for d in r.sample(deps, 3):
        ver = "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 15))
        parts.append('    "node_modules/%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n      "integrity": "sha512-%s=="\n    }' % (
            d, ver, d, d, ver, base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode()[:86]))
    return "tools/scheduler-ui/package-lock.json", '{\n  "name": "scheduler-ui",\n  "lockfileVersion": 3,\n  "packages": {\n%s\n  }\n}\n' % ",\n".join(parts)


@look("generic", "helm_digest")
def lk_helm(r, v):
    return "deploy/helm/controlm-agent/values.yaml", dedent('''
    image:
      repository: registry.<<dom>>/controlm/agent
      digest: sha256:%s
    agent:
      name: <<agent>>
      hostgroup: <<app>>-agents
      server: <<ctmserver>>
      existingSecret: controlm-agent-<<env>>
    podAnnotations:
      checksum/config: %s
    ''' % (gen_hex(r, 64), gen_hex(r, 64)))


@look("generic", "base64_payload")
def lk_b64(r, v):
    payload = json.dumps({"job": v["job"], "folder": v["folder"], "odate": v["date"], "order": order_id(r),
                          "agent": v["agent"]}, separators=(",", ":"))
    return "tests/fixtures/event_<<num>>.json", dedent('''
    {
      "eventType": "JOB_ENDED",
      "messageId": "%s",
      "payload": "%s",
      "payloadEncoding": "base64",
      "sha1": "%s"
    }
    ''' % (uuid4(r), base64.b64encode(payload.encode()).decode(), hashlib.sha1(payload.encode()).hexdigest()))


@look("generic", "python_ids")
def lk_py(r, v):
    return "automation/ids.py", dedent('''
    import uuid

    # fixed namespace for deterministic run ids (public, not a secret)
    RUN_NAMESPACE = uuid.UUID("%s")
    DEFAULT_CALENDAR = "<<cal>>"
    AGENT_HOSTS = ["<<host>>", "<<host2>>"]
    EXIT_OK, EXIT_WARN, EXIT_FAIL = 0, 4, 8


    def run_id(job: str, odate: str) -> str:
        return str(uuid.uuid5(RUN_NAMESPACE, f"{job}:{odate}"))
    ''' % uuid4(r))


@look("generic", "gpg_fingerprint")
def lk_gpg(r, v):
    return "bin/encrypt_export.sh", dedent('''
    #!/bin/bash
    # Encrypt the export for the partner's public key (fingerprint below is public)
    PARTNER_KEY=%s
    gpg --batch --trust-model always --recipient "$PARTNER_KEY" \\
        --output /data/out/<<app>>_$(date +%%Y%%m%%d).csv.gpg --encrypt /data/out/<<app>>.csv
    sha1sum /data/out/<<app>>_*.gpg
    ''' % rs(r, "0123456789ABCDEF", 40))


@look("generic", "ansible_vault_ref")
def lk_ansible(r, v):
    return "ansible/group_vars/scheduler_<<env>>.yml", dedent('''
    ---
    ctm_endpoint: https://<<host>>:8443/automation-api
    ctm_user: <<user>>
    ctm_password: "{{ vault_ctm_password }}"
    autosys_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=batch/data/autosys:db_password') }}"
    rundeck_token: "{{ lookup('env', 'RD_TOKEN') }}"
    calendar: <<cal>>
    agents: [<<host>>, <<host2>>]
    ''')


@look("generic", "env_example")
def lk_env_example(r, v):
    return ".env.example", dedent('''
    # copy to .env and fill in
    CTM_ENDPOINT=https://<<host>>:8443/automation-api
    CTM_USER=<<user>>
    CTM_PASSWORD=
    RD_URL=https://rundeck.<<dom>>
    RD_TOKEN=<your-rundeck-api-token>
    ''')


@look("generic", "terraform_vars")
def lk_tf(r, v):
    return "terraform/scheduler/variables.tf", dedent('''
    variable "rundeck_auth_token" {
      type        = string
      sensitive   = true
      description = "Rundeck API token, injected by the pipeline"
    }

    variable "agent_ami" {
      type    = string
      default = "ami-%s"
    }

    variable "job_uuid" {
      type    = string
      default = "<<uuid>>"
    }
    ''' % gen_hex(r, 17))


@look("generic", "powershell_securestring")
def lk_ps1(r, v):
    return "scripts/Start-JamsJob.ps1", dedent('''
    # credential is read from the Windows Credential Manager, nothing stored here
    Import-Module JAMS
    $cred = Get-StoredCredential -Target "JAMS:<<shorthost>>"
    $entry = Submit-JAMSEntry -Name "\\<<appu>>\\<<job>>" -Server <<shorthost>> -Credential $cred
    Write-Host "submitted JAMS entry $($entry.JAMSEntry) ($($entry.RON))"
    $hash = (Get-FileHash C:\\batch\\<<app>>\\out.csv -Algorithm SHA256).Hash
    Write-Host "output hash $hash"
    ''')


@look("generic", "calendar_export")
def lk_cal(r, v):
    days = sorted(r.sample(range(1, 29), 6))
    return "controlm/calendars/<<cal>>.xml", dedent('''
    <?xml version="1.0" encoding="utf-8"?>
    <DEFCAL>
      <CALENDAR DATACENTER="<<ctmserver>>" NAME="<<cal>>" TYPE="Regular" DESCRIPTION="<<team>> working days">
        <YEAR NAME="2025" DAYS="%s" DESCRIPTION="generated <<date>>"/>
      </CALENDAR>
    </DEFCAL>
    ''' % "".join("Y" if (i + 1) in days else "N" for i in range(28)))


@look("generic", "systemd_unit")
def lk_systemd(r, v):
    return "deploy/systemd/<<app>>-batch.service", dedent('''
    [Unit]
    Description=<<app>> batch worker (started by the scheduler agent)
    After=network-online.target

    [Service]
    Type=oneshot
    User=<<user>>
    EnvironmentFile=/etc/<<app>>/batch.env
    LoadCredential=db-password:/etc/credstore/<<app>>-db
    ExecStart=/opt/<<app>>/bin/run.sh --run-id %%i
    InvocationID=%s
    ''' % gen_hex(r, 32))


@look("generic", "go_checksum")
def lk_gosum(r, v):
    mods = ["github.com/robfig/cron/v3 v3.0.1", "github.com/go-co-op/gocron v1.37.0",
            "gopkg.in/yaml.v3 v3.0.1", "github.com/spf13/cobra v1.8.0"]
    lines = []
    for m in mods:
        lines.append("%s h1:%s=" % (m, base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()[:43]))
        lines.append("%s/go.mod h1:%s=" % (m, base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()[:43]))
    return "cmd/jobsync/go.sum", "\n".join(lines) + "\n"



@look("controlm", "hostgroup_output")
def lk_cm_hostgroup(r, v):
    agents = ", ".join('{"host": "%s%02d.%s", "tag": "%s"}' % (r.choice(HOSTPFX), r.randint(1, 60), v["dom"], r.choice(["", "gpu", "sap", "win"])) for _ in range(r.randint(2, 5)))
    return "docs/ops/hostgroup_<<app>>.json", '{\n  "hostgroup": "<<app>>-agents",\n  "server": "<<ctmserver>>",\n  "agents": [%s],\n  "checksum": "%s"\n}\n' % (agents, gen_hex(r, 40))


@look("autosys", "global_variables")
def lk_as_globals(r, v):
    return "autosys/scripts/set_run_date.sh", dedent('''
    #!/bin/ksh
    # set AutoSys globals used by <<folder>>_BOX (no credentials here)
    RUN_DATE=$(date +%%Y%%m%%d)
    sendevent -E SET_GLOBAL -G "<<appu>>_RUN_DATE=$RUN_DATE"
    sendevent -E SET_GLOBAL -G "<<appu>>_BATCH_ID=%s"
    sendevent -E SET_GLOBAL -G "<<appu>>_INPUT_MD5=%s"
    autorep -G <<appu>>%%
    ''' % (uuid4(r), gen_hex(r, 32)))


@look("oozie", "coordinator")
def lk_oz_coord(r, v):
    return "oozie/<<app>>-daily/coordinator.xml", dedent('''
    <coordinator-app name="<<app>>-daily" frequency="${coord:days(1)}" start="${start}" end="${end}"
                     timezone="UTC" xmlns="uri:oozie:coordinator:0.4">
      <datasets>
        <dataset name="input" frequency="${coord:days(1)}" initial-instance="<<date>>T00:00Z" timezone="UTC">
          <uri-template>hdfs://nameservice1/data/<<app>>/${YEAR}/${MONTH}/${DAY}</uri-template>
          <done-flag>_SUCCESS</done-flag>
        </dataset>
      </datasets>
      <action>
        <workflow>
          <app-path>${nameNode}/apps/<<app>>-daily</app-path>
          <configuration>
            <property><name>runId</name><value>${coord:actionId()}</value></property>
          </configuration>
        </workflow>
      </action>
    </coordinator-app>
    ''')


@look("cronicle", "api_response")
def lk_cr_resp(r, v):
    ids = ", ".join('"j%s"' % rs(r, LOWER + DIGITS, 10) for _ in range(r.randint(1, 4)))
    return "tests/fixtures/cronicle_run_event.json", '{\n  "code": 0,\n  "ids": [%s],\n  "queue": 0,\n  "event": "e%s",\n  "hostname": "<<host>>"\n}\n' % (ids, rs(r, LOWER + DIGITS, 10))


@look("tws", "security_file")
def lk_tws_security(r, v):
    return "tws/security/<<team>>_security.conf", dedent('''
    USER <<appu>>_OPERATORS
      CPU=@+LOGON=<<user>>,<<person>>
    BEGIN
      JOB        CPU=<<shorthost>> NAME=<<appu>>@ ACCESS=DISPLAY,RELEASE,RERUN,SUBMIT
      SCHEDULE   CPU=<<shorthost>> NAME=<<folder>> ACCESS=DISPLAY,SUBMIT
      CALENDAR   NAME=<<cal>> ACCESS=DISPLAY,USE
      USEROBJ    CPU=@ ACCESS=DISPLAY
    END
    ''')


@look("automic", "vara_export")
def lk_au_vara(r, v):
    rows = "\n".join('      <row key="%s_%02d" value1="%s" value2="%s"/>' % (v["appu"][:6], i, order_id(r).upper(), gen_hex(r, 16)) for i in range(r.randint(3, 6)))
    return "automic/export/VARA.<<appu>>.RUNIDS.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<uc-export clientvers="21.0.5">\n  <VARA name="VARA.<<appu>>.RUNIDS">\n    <VARA_STATIC>\n%s\n    </VARA_STATIC>\n  </VARA>\n</uc-export>\n' % rows


# =========================================================================== NEGATIVE FILLERS
QUOTE = {"py": '"', "js": "'", "go": '"', "java": '"', "ps1": '"', "tf": '"'}

JWT_IO_EXAMPLE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6Ikpv"
                  "aG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
SLACK_DOC_EXAMPLE = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
DOC_DEFAULTS = {"azkaban": ["azkaban", "metrics"], "automic": ["uc4"], "rundeck": ["admin"],
                "generic": ["tiger"], "oozie": ["oozie"], "cron": ["tiger"]}


def env_ref(lang, var, r, v):
    if lang == "bat":
        return "%" + var + "%"
    if lang == "jil":
        return "$$" + var
    if lang == "json" and r.random() < 0.5:
        return "%%" + var
    if lang == "xml":
        return "${" + var.lower().replace("_", ".") + "}"
    if lang == "yaml" and r.random() < 0.3:
        return "$(" + var + ")"
    if lang in ("sh", "crontab", "docker") and r.random() < 0.3:
        return "$" + var
    return "${" + var + "}"


def code_expr(lang, var, r, v):
    if lang == "py":
        return r.choice(['os.environ["%s"]' % var, 'os.getenv("%s", "")' % var,
                         'keyring.get_password("%s", "%s")' % (v["app"], v["user"])])
    if lang == "js":
        return "process.env.%s" % var
    if lang == "go":
        return 'os.Getenv("%s")' % var
    if lang == "java":
        return 'System.getenv("%s")' % var
    if lang == "ps1":
        return r.choice(["$env:%s" % var, "(Get-Secret -Name %s -AsPlainText)" % var.lower().replace("_", "-")])
    if lang == "tf":
        return r.choice(["var.%s" % var.lower(), 'data.vault_generic_secret.scheduler.data["%s"]' % var.lower()])
    raise ValueError(lang)


def neg_filler(t, r, v):
    """Returns (kind, text) for the non-secret slot value (bare, before quoting)."""
    slot, lang, var, prov = t["slot"], t["lang"], t["var"], t["provider"]
    if slot == "jwt":
        return r.choice([("documented_example", JWT_IO_EXAMPLE), ("env_reference", "${TWS_JWT}"),
                         ("placeholder", "<paste-JWT-from-Dynamic-Workload-Console>"), ("empty", "")])
    if slot == "pem":
        return r.choice([("public_key", gen_public_pem(r, "PUBLIC KEY")),
                         ("public_certificate", gen_public_pem(r, "CERTIFICATE")),
                         ("key_storage_path", "# private key is kept in Rundeck key storage:\n# keys/project/%s/ssh/rundeck_%s.pem" % (v["project"], v["env"])),
                         ("placeholder", "-----BEGIN OPENSSH PRIVATE KEY-----\n<paste the private key here>\n-----END OPENSSH PRIVATE KEY-----")])
    if slot == "url":
        return r.choice([("documented_example", SLACK_DOC_EXAMPLE), ("env_reference", "${SLACK_WEBHOOK_URL}"),
                         ("placeholder", "https://hooks.slack.com/services/<team-id>/<channel-id>/<token>"),
                         ("key_storage_path", "keys/project/%s/slack/webhook" % v["project"])])
    if slot == "b64":
        return r.choice([("placeholder", base64.b64encode(b"changeme").decode()),
                         ("placeholder", base64.b64encode(b"<password>").decode()),
                         ("template_expression", "{{ .Values.controlm.password | b64enc }}"),
                         ("empty", '""')])
    if slot == "sendgrid":
        return r.choice([("placeholder", "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
                         ("env_reference", "${SENDGRID_API_KEY}"), ("empty", ""),
                         ("placeholder", "YOUR_SENDGRID_API_KEY")])
    if slot == "gossip":
        return r.choice([("env_reference", "${DKRON_ENCRYPT_KEY}"), ("placeholder", "<output-of-dkron-keygen>"),
                         ("empty", '""'), ("template_expression", "{{ .Values.dkron.encryptKey }}")])
    # pw / token / hex
    cat = r.choice(["placeholder", "placeholder", "empty", "masked", "env_reference", "env_reference",
                    "secret_manager_reference", "template_expression", "vendor_specific"])
    if cat == "placeholder":
        if slot in ("token", "hex"):
            return cat, r.choice(["YOUR_API_TOKEN_HERE", "<your-api-token>", "x" * 32, "REPLACE_ME",
                                  "<%s>" % var.lower().replace("_", "-"), "TOKEN_GOES_HERE", "0" * 32])
        return cat, r.choice(["<your-password>", "YOUR_PASSWORD_HERE", "changeme", "xxxxxxxx", "REPLACE_ME",
                              "<password>", "CHANGE_ME", "TODO-set-me", "your_password", "secret"])
    if cat == "empty":
        return cat, ""
    if cat == "masked":
        return cat, r.choice(["********", "[REDACTED]", "<hidden>", "***REMOVED***", "*****", "[MASKED]"])
    if cat == "env_reference":
        return cat, env_ref(lang, var, r, v)
    if cat == "secret_manager_reference":
        return cat, r.choice(["vault:secret/data/batch/%s#%s" % (v["app"], var.lower()),
                              "op://Batch/%s-%s/password" % (v["app"], v["env"]),
                              "keys/project/%s/db/%s.password" % (v["project"], v["app"]),
                              "arn:aws:secretsmanager:eu-west-1:%012d:secret:batch/%s-AbCdEf" % (r.randrange(10**11, 10**12), v["app"])])
    if cat == "template_expression":
        return cat, r.choice(["{{ %s }}" % var.lower(), "{{ vault_%s }}" % var.lower(), "#{%s}" % var,
                              "{{ .Values.%s.password }}" % v["app"].replace("-", ""), "@%s@" % var])
    # vendor specific: encrypted/obfuscated forms, documented defaults, public ids
    if prov == "tws":
        return "encrypted_value", "%s:%s" % (r.choice(["ENCRYPT", "AES"]), base64.b64encode(bytes(r.randrange(256) for _ in range(24))).decode())
    if prov == "automic":
        return r.choice([("obfuscated_value", "--10" + rs(r, "0123456789ABCDEF", 32)), ("documented_example", "uc4")])
    if prov == "rundeck" and slot == "token":
        return "public_id", v["uuid"]
    if prov in DOC_DEFAULTS and slot == "pw":
        return "documented_example", r.choice(DOC_DEFAULTS[prov])
    if prov == "controlm" and slot == "pw":
        return "secret_reference", "%%" + var
    return "env_reference", env_ref(lang, var, r, v)


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# =========================================================================== GENERATION
def make_secret(t, r):
    slot = t["slot"]
    if slot == "pw":
        return gen_password(r, t["syms"])
    if slot == "token":
        return gen_rundeck_token(r) if t["provider"] == "rundeck" else gen_opaque_token(r)
    if slot == "jwt":
        return gen_jwt(r)
    if slot == "hex":
        return gen_hex(r, 32)
    if slot == "gossip":
        return gen_gossip_key(r)
    if slot == "sendgrid":
        return gen_sendgrid(r)
    if slot == "url":
        return gen_slack_webhook(r)
    if slot == "pem":
        return gen_private_key(r)
    if slot == "b64":
        return base64.b64encode(gen_password(r).encode()).decode()
    raise ValueError(slot)


def render(t, r):
    v = common(r)
    path, text = t["fn"](r, v)
    return fill(path, v), fill(text, v), v


def substitute(text, lang, value, expr=None):
    """Put value in the slot markers. expr: raw code expression for @@Q@@ slots."""
    if "@@Q@@" in text:
        q = QUOTE[lang]
        text = text.replace("@@Q@@", expr if expr is not None else q + value + q)
    return text.replace("@@S@@", value)


def filetype(path, lang):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == ".pgpass":
        return "pgpass"
    if base == "Dockerfile":
        return "dockerfile"
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[-1].lower()
    return lang


def neg_path(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env") and base not in (".env.example", ".env.sample", ".env.template"):
        return path[: len(path) - len(base)] + ".env.example"
    return path


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def rounds(r, items, n):
    out = []
    while len(out) < n:
        batch = list(items)
        r.shuffle(batch)
        out.extend(batch)
    return out[:n]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_kj.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    n_pos = n_neg = 500

    # ------------------------------------------------------------ positives
    env_count = 0
    for i, t in enumerate(rounds(r, POS, n_pos)):
        path, text, v = render(t, r)
        if path.rsplit("/", 1)[-1].startswith(".env"):
            env_count += 1
        secret = make_secret(t, r)
        text = substitute(text, t["lang"], secret)
        assert "@@S@@" not in text and "@@Q@@" not in text, t["name"]
        needle = secret.split("\n", 1)[0] if t["slot"] == "pem" else secret
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        with open(os.path.join(outdir, rel), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        line = next(k + 1 for k, l in enumerate(lines) if needle in l)
        assert needle in lines[line - 1], (rel, needle)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(path, t["lang"])})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_count * 20 <= n_pos, env_count

    # ------------------------------------------------------------ negatives
    plan = [("reuse", t) for t in rounds(r, POS, n_neg // 2)]
    plan += [("look", t) for t in rounds(r, LOOK, n_neg - n_neg // 2)]
    r.shuffle(plan)
    for i, (mode, t) in enumerate(plan):
        if mode == "reuse":
            path, text, v = render(t, r)
            path = neg_path(path)
            kind, val = neg_filler(t, r, v)
            expr = None
            if "@@Q@@" in text and r.random() < 0.5 and t["slot"] in ("pw", "token", "hex"):
                expr = code_expr(t["lang"], t["var"], r, v)
                kind = "env_reference"
            if t["lang"] == "xml":
                val = xml_escape(val)
            text = substitute(text, t["lang"], val, expr)
            kind = "reuse:" + kind
        else:
            path, text, v = render(t, r)
            kind = "lookalike:" + t["kind"]
        assert "@@S@@" not in text and "@@Q@@" not in text, t["name"]
        assert not path.rsplit("/", 1)[-1].startswith(".env") or path.endswith((".example", ".sample", ".template"))
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": t["provider"], "kind": kind,
                         "filetype": filetype(path, t.get("lang", "txt"))})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
