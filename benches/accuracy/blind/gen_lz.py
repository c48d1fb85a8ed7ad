#!/usr/bin/env python3
"""Blind evaluation-set generator "lz": data and mailbox migration projects.

EMPHASIS
    Files that consultants and IT teams commit while running data / mailbox
    migrations: imapsync command lines, imapsync batch files and CSVs,
    offlineimap / mbsync configs, MigrationWiz (BitTitan) and Google Workspace
    migration CSVs, Exchange Online migration endpoints (New-MigrationEndpoint
    with PSCredential), SharePoint Migration Tool scripts, pgloader load files,
    ora2pg.conf, AWS DMS endpoint JSON / CloudFormation, mysqldump|mysql
    pipelines, mongodump / mongorestore / mongosync URIs, rclone.conf remotes
    (S3, Azure Blob, GCS HMAC), robocopy + `net use /user:` batch files,
    lftp / WinSCP / sshpass SFTP transfers, Jira / Confluence Cloud scripts,
    Salesforce (ant build.properties, simple_salesforce), HubSpot, Zendesk,
    Freshdesk exports, FTP-to-S3 scripts, Liquibase / Flyway configs,
    pg_dump in Makefiles, Azure Data Factory linked services, SSIS dtsConfig,
    Talend contexts, SQL (postgres_fdw user mappings, linked servers),
    Markdown runbooks and migration run logs, Kubernetes / CI YAML.
    Providers / kinds: IMAP / Exchange / Google passwords and app passwords,
    Google OAuth client secrets (GOCSPX-), Entra ID client secrets (xxxNQ~...),
    Google service-account JSON keys, database passwords (URIs and flags),
    AWS secret access keys, Azure storage account keys and SAS signatures,
    GCS HMAC secrets, SFTP / FTP / SMB passwords, Atlassian API tokens
    (ATATT...), Salesforce passwords + security tokens, HubSpot private app
    tokens (pat-na1-/pat-eu1-), Zendesk API tokens, Freshdesk API keys, PEM
    private keys used for SSH tunnels.
    File types: sh, ps1, cmd/bat, csv, txt, ini/conf, json, yaml, xml,
    properties, py, js, sql, Makefile, gradle, load, md, log, .env (<=1/20).

USAGE
    python3 -B gen_lz.py OUTDIR SEED
    -> OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
       OUTDIR/manifest.jsonl, OUTDIR/secrets.jsonl. Deterministic per SEED.

NEEDLE CONVENTIONS
    The secret value exactly as written, without quotes.  Passwords: the
    password only (also inside URLs: only the password part).  Prefixed
    tokens keep the prefix (GOCSPX-, ATATT, pat-na1-).  AWS / GCS HMAC pairs:
    the secret key (the access key id is a public companion).  Azure SAS:
    the value of the sig= parameter as written (URL-encoded).  Azure storage:
    the AccountKey value.  Salesforce ant build.properties: password+token
    concatenation as written; simple_salesforce: the security token.
    Google app passwords: as written (with spaces when written with spaces).
    PEM keys (also inside service-account JSON): the first base64 line of
    the body.  Repeated values (shared admin password in batch CSVs): the
    first occurrence.

NEGATIVES
    250 re-use positive templates with the secret slot holding placeholders
    (<your-password>, YOUR_API_KEY, changeme, xxxx, votre_mot_de_passe,
    IhrPasswort, ...), empty values, masked values (****, [REDACTED], MASKED),
    environment / secret-manager / template references of each idiom
    ($PASS, $env:X, %X%, {{ vault_x }}, @pipeline().parameters.x,
    {{resolve:secretsmanager:...}}, context.x), and documented example values
    (AWS AKIAIOSFODNN7EXAMPLE / wJalr...EXAMPLEKEY, the Azurite dev key).
    Public companions (AKIA / GOOG1E ids) are replaced too.  250 are domain
    look-alikes: imapsync logs with MASKED passwords and header hashes,
    Exchange migration reports with GUIDs, DMS task JSON with ARNs and
    Secrets Manager references, SHA256SUMS of dumps, Liquibase checksums,
    Flyway history, Salesforce / Jira id maps, HubSpot import results,
    S3 listings with ETags, certificates, SSH / PGP public keys, WinSCP
    host-key fingerprints, Data Loader encrypted passwords (ciphertext),
    package-lock integrity hashes, image digests, base64 attachments,
    Oracle ROWIDs, gcloud key listings, Get-Credential / read -s scripts.

FORMATS CHECKED
    imapsync batch line "host1;user1;password1;host2;user2;password2;" and
    --password1/--passfile1 flags (imapsync docs / example files found via
    search); New-MigrationEndpoint -Credentials <PSCredential> (Microsoft
    Learn page found via search); Atlassian API tokens have varied length
    (Atlassian support page).  From knowledge: AKIA + 16 [A-Z2-7] ids and
    40-char secret keys; Azure storage key = base64 of 64 bytes (88 chars);
    SAS sig = base64 HMAC-SHA256 (44 chars, URL-encoded); GOCSPX- + 28;
    Entra secrets 40 chars with "Q~" at offset 3; HubSpot pat-<region>-UUID;
    Google app passwords 16 lowercase letters; Salesforce security token
    24 alphanumerics; PEM DER prefixes (PKCS#1 RSA, PKCS#8, SEC1 EC).

DOUBTS
    Atlassian ATATT token: "ATATT3xFfGF0" + ~170-190 base64url chars +
    "=" + 8 hex (length guessed).  GCS HMAC access id "GOOG1E" + 55 upper
    alphanumerics (guessed length 61).  Zendesk token 40 alphanumerics,
    Freshdesk key 20 alphanumerics (guessed from memory).  PEM bodies are
    random bytes behind correct DER headers (not valid keys).
"""
import base64
import hashlib
import json
import os
import sys
import random

R = random.Random(0)

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DI = "0123456789"
AN = UP + LO + DI
B64 = AN + "+/"
B64U = AN + "-_"
HEX = "0123456789abcdef"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def hexs(n):
    return rs(HEX, n)


def guid():
    h = "%032x" % R.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64b(n):
    return base64.b64encode(rbytes(n)).decode()


def date():
    return "20%02d-%02d-%02d" % (R.randint(21, 25), R.randint(1, 12), R.randint(1, 28))


def ts():
    return "%s %02d:%02d:%02d" % (date(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def ip():
    return pick(["10.%d.%d.%d" % (R.randint(0, 254), R.randint(0, 254), R.randint(2, 250)),
                 "192.168.%d.%d" % (R.randint(0, 254), R.randint(2, 250)),
                 "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 254), R.randint(2, 250))])


FIRST = ["anna", "luca", "sofia", "kenji", "olga", "pierre", "aisha", "mateus", "ingrid", "jurgen",
         "marta", "tomasz", "chen", "priya", "lars", "camille", "diego", "fatima", "noah", "elif",
         "hiroshi", "nadia", "bruno", "svetlana", "omar", "helene", "raj", "zofia", "yuki", "joao"]
LAST = ["schmidt", "rossi", "garcia", "tanaka", "ivanova", "dubois", "khan", "silva", "johansson",
        "mueller", "kowalski", "wang", "sharma", "nielsen", "moreau", "fernandez", "haddad", "smith",
        "yilmaz", "sato", "petrov", "costa", "lefebvre", "novak", "santos", "bauer", "kim", "berg"]
DOMS = ["hartmann-logistik.de", "bluefin-capital.com", "ristorante-milano.it", "techsol.com.br",
        "nordwind-energie.de", "acmebrands.co.uk", "lumiere-avocats.fr", "kobayashi-kk.jp",
        "polarisdental.com", "vistaclinic.ca", "greenfield-ag.ch", "oakridge-school.org",
        "mbk-bouw.nl", "sunrise-travel.es", "baltic-shipping.pl", "coastalcu.org", "peakhvac.com"]
NEWDOMS = ["{}.onmicrosoft.com", "{}.mail.onmicrosoft.com", "{}"]
OLDHOSTS = ["mail.{d}", "imap.{d}", "mx1.{d}", "imap.secureserver.net", "mail.ovh.net",
            "imap.ionos.de", "imap.zoho.eu", "mail.gandi.net", "imap.strato.de", "imap.one.com",
            "webmail.{d}", "exchange.{d}", "owa.{d}", "imap.aruba.it", "mail.infomaniak.com"]
WORDS = ["Harbor", "Falcon", "Winter", "Sommer", "Primavera", "Kaffee", "Tiger", "Orion", "Maple",
         "Bravo", "Nordlicht", "Sakura", "Cobalt", "Granite", "Velvet", "Copper", "Mango", "Pampa",
         "Fjord", "Lisboa", "Zebra", "Quartz", "Pixel", "Rocket", "Saturn", "Aurora", "Cactus",
         "Bodega", "Otono", "Invierno", "Solstice", "Koala", "Lavande", "Girasol", "Torre", "Brisa",
         "Mistral", "Kiefer", "Pinguin", "Oceano", "Vulcan", "Meteor", "Hibiscus", "Tundra", "Jaguar"]


def person():
    f, l = pick(FIRST), pick(LAST)
    return f, l, pick(["%s.%s", "%s%s", "%s_%s"]) % (f, l) if R.random() < .6 else f[0] + l


def login():
    return person()[2]


def dom():
    return pick(DOMS)


def tenant(d):
    return d.split(".")[0].replace("-", "")


def email(d=None):
    return "%s@%s" % (login(), d or dom())


def oldhost(d):
    return pick(OLDHOSTS).format(d=d)


def aws_id():
    return "AKIA" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def region():
    return pick(["eu-central-1", "us-east-1", "eu-west-1", "us-west-2", "ap-southeast-2", "ca-central-1"])


# ---------------------------------------------------------------- secrets
USED = set()

SYM_PLAIN = "!*-_.~+="
SYM_URL = "!*-_.~"
SYM_RICH = "!*-_.~+=@#$%&^?"


def _leet(w):
    m = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5", "t": "7"}
    return "".join(m[c] if c in m and R.random() < .5 else c for c in w)


def password(style="plain"):
    syms = {"plain": SYM_PLAIN, "url": SYM_URL, "rich": SYM_RICH}[style]
    while True:
        k = R.randrange(6)
        if k == 0:
            p = pick(WORDS) + str(R.randint(10, 9999)) + pick(syms)
        elif k == 1:
            n = R.randint(14, 24)
            p = rs(AN + syms, n)
        elif k == 2:
            p = _leet(pick(WORDS) + pick(WORDS).lower()) + pick(syms) + str(R.randint(1, 99))
        elif k == 3:
            p = pick("-._").join(w.lower() for w in R.sample(WORDS, 3)) + str(R.randint(1, 9)) + pick(syms)
            p = p[0].upper() + p[1:]
        elif k == 4:
            p = rs(AN, R.randint(12, 16))
        else:
            p = pick(syms) + pick(WORDS)[:4] + rs(DI, 2) + pick(WORDS).upper()[:3] + rs(LO, 3)
        if not any(c in DI for c in p) or not any(c in UP for c in p) or not any(c in LO for c in p):
            continue
        if p not in USED and len(p) >= 10:
            return p


def uniq(fn):
    while True:
        v = fn()
        if v not in USED:
            return v


def s_aws():
    return rs(B64, 40)


def s_azkey():
    return b64b(64)


def s_sas():
    raw = b64b(32)
    return raw.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def s_gcs():
    return rs(B64, 40)


def s_gocspx():
    return "GOCSPX-" + rs(B64U, 28)


def s_ms():
    a = AN + "_~.-"
    return rs(a, 3) + pick(DI) + "Q~" + rs(a, 34)


def s_atl():
    return "ATATT3xFfGF0" + rs(B64U, R.randint(168, 188)) + "=" + rs("0123456789ABCDEF", 8)


def s_hub():
    return "pat-%s-%s" % (pick(["na1", "na1", "eu1", "na2"]), guid())


def s_zd():
    return rs(AN, 40)


def s_fd():
    return rs(AN, 20)


def s_sftok():
    return rs(AN, 24)


def s_gapp():
    w = rs(LO, 16)
    return " ".join(w[i:i + 4] for i in range(0, 16, 4)) if R.random() < .6 else w


def s_msapp():
    return rs(LO, 16)


def pem_wrap(b, label):
    body = base64.b64encode(b).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label), lines[0]


def rsa_der():
    n = bytes([R.randint(0x80, 0xff)]) + rbytes(255)
    d = b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + n + b"\x02\x03\x01\x00\x01\x02\x82\x01\x00"
    return d + rbytes(1192 - len(d))


def s_pem_rsa():
    return pem_wrap(rsa_der(), "RSA PRIVATE KEY")


def s_pem_ec():
    d = (b"\x30\x77\x02\x01\x01\x04\x20" + rbytes(32) + b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07"
         + b"\xa1\x44\x03\x42\x00\x04" + rbytes(64))
    return pem_wrap(d, "EC PRIVATE KEY")


def s_pem_pk8():
    d = b"\x30\x82\x04\xbc\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x04\x82\x04\xa6" + rsa_der()
    return pem_wrap(d[:1216] if len(d) >= 1216 else d + rbytes(1216 - len(d)), "PRIVATE KEY")


def s_sfpwtok():
    return password("url") + rs(AN, 24)


SECGEN = {
    "pw": lambda: password("plain"), "pw_url": lambda: password("url"), "pw_rich": lambda: password("rich"),
    "aws": s_aws, "azkey": s_azkey, "sas": s_sas, "gcs": s_gcs, "gocspx": s_gocspx, "ms": s_ms,
    "atl": s_atl, "hub": s_hub, "zd": s_zd, "fd": s_fd, "sftok": s_sftok, "gapp": s_gapp,
    "msapp": s_msapp, "sfpwtok": s_sfpwtok,
}
PEMGEN = {"pem_rsa": s_pem_rsa, "pem_ec": s_pem_ec, "pem_pk8": s_pem_pk8}

# ---------------------------------------------------------------- negative slot values
PH_GENERIC = ["<your-password>", "YOUR_PASSWORD", "changeme", "CHANGE_ME", "xxxxxxxx", "********",
              "[REDACTED]", "", "REPLACE_ME", "<password>", "votre_mot_de_passe", "IhrPasswort",
              "tu_contrasena", "TODO", "password", "MASKED", "<secret>", "***", "REDACTED",
              "<mot-de-passe>", "sua_senha_aqui", "la_tua_password", "XXXXXXXXXXXX", "<hidden>"]
PH_KIND = {
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "<AWS_SECRET_ACCESS_KEY>", "YOUR_SECRET_KEY"],
    "azkey": ["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
              "<storage-account-key>", "YOUR_STORAGE_KEY"],
    "sas": ["<signature>", "REDACTED", "SIGNATURE"],
    "gcs": ["<HMAC_SECRET>", "your-hmac-secret"],
    "gocspx": ["GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<client-secret>", "YOUR_CLIENT_SECRET"],
    "ms": ["<client-secret-value>", "YOUR_CLIENT_SECRET", "xxxxxxxx~xxxxxxxxxxxxxxxxxxxxxxxx"],
    "atl": ["<api_token>", "your-api-token", "ATATT_YOUR_TOKEN_HERE"],
    "hub": ["pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "<private-app-token>", "YOUR_ACCESS_TOKEN"],
    "zd": ["{api_token}", "<zendesk_api_token>", "YOUR_ZENDESK_TOKEN"],
    "fd": ["YOUR_API_KEY", "<freshdesk_api_key>"],
    "sftok": ["<security_token>", "YOUR_SECURITY_TOKEN"],
    "sfpwtok": ["<password><securitytoken>", "PASSWORD_PLUS_TOKEN"],
    "gapp": ["xxxx xxxx xxxx xxxx", "<app-password>", "abcd efgh ijkl mnop"],
    "msapp": ["<app-password>", "xxxxxxxxxxxxxxxx"],
}
PH_TOKEN = ["<your-api-key>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxx", "[REDACTED]", "", "****", "REPLACE_ME",
            "<token>", "TOKEN_HERE", "votre_cle_api", "dein-token"]
REFS = {
    "sh": ["$SRC_PASS", "${IMAP_PASSWORD}", "${PASSWORD1:?missing}", "$(cat /run/secrets/src_pw)",
           "$(pass show migration/source)", "${MIG_SECRET}"],
    "ps": ["$env:MIG_PASSWORD", "$($secret.Password)", "$SourcePassword", "$env:SRC_SECRET"],
    "cmd": ["%SRC_PASS%", "%MIG_PASSWORD%", "*"],
    "json": ["@pipeline().parameters.dbPassword", "${DB_PASSWORD}",
             "{{resolve:secretsmanager:prod/dms/source:SecretString:password}}", "@{linkedService().password}"],
    "yaml": ["{{ vault_migration_password }}", "${DB_PASSWORD}", "${{ secrets.SRC_DB_PASSWORD }}",
             "{{ lookup('env', 'SRC_PW') }}"],
    "ini": ["${DB_PASSWORD}", "%(ENV_SRC_PASS)s", "{env:SRC_PASS}"],
    "xml": ["${sfdc.password}", "$(DbPassword)", "${env.DB_PASSWORD}"],
    "props": ["${DB_PASSWORD}", "${env:SRC_PASS}", "context.db_password"],
    "make": ["$(DB_PASS)", "$${PGPASSWORD}"],
    "url": ["${DB_PASSWORD}", "PASSWORD", "****", "<password>", "${SRC_PW}"],
    "csv": ["", "********", "[REDACTED]", "N/A", "<password>", "(see vault)"],
    "py": [], "js": [], "md": ["<password>", "********"], "log": ["MASKED", "********", "<hidden>"],
    "sql": ["<password>", "${DB_PASSWORD}"],
}


def neg_value(sec, style):
    r = R.random()
    if sec in PEMGEN:
        return pick(["", "<paste the private key here>", "${SSH_TUNNEL_KEY}", "REDACTED"])
    if sec in PH_KIND:
        if r < .5:
            return pick(PH_KIND[sec])
        if r >= .7 or not REFS.get(style):
            v = pick(PH_TOKEN)
            if style in ("url", "cmd", "make", "sh"):
                v = v.strip("<>") or "REPLACE_ME"
            return v
    refs = REFS.get(style, [])
    if refs and r < .7:
        return pick(refs)
    v = pick(PH_GENERIC)
    if style in ("url", "cmd", "make"):
        v = v.replace("<", "").replace(">", "").replace("[", "").replace("]", "") or "CHANGEME"
    if style in ("sh", "cmd") and v.startswith("*"):
        v = "CHANGEME"
    return v


# ---------------------------------------------------------------- templates
class Ctx:
    def __init__(self, neg, val):
        self.neg = neg
        self.s = val


TEMPLATES = []
NEGTEMPLATES = []


def T(name, provider, kind, sec, style):
    def deco(f):
        TEMPLATES.append(dict(name=name, provider=provider, kind=kind, sec=sec, style=style, f=f))
        return f
    return deco


def N(name, provider, kind):
    def deco(f):
        NEGTEMPLATES.append(dict(name=name, provider=provider, kind=kind, f=f))
        return f
    return deco


def hdr(c="#"):
    """optional comment header lines -> varies the secret's line position"""
    opts = ["%s Migration %s -> %s, wave %d" % (c, pick(["on-prem", "legacy", "old host"]), pick(["M365", "Google Workspace", "new cluster", "AWS"]), R.randint(1, 6)),
            "%s Owner: %s (%s)" % (c, login(), pick(["IT Ops", "Infra", "consulting", "ServiceDesk"])),
            "%s Ticket: %s-%d" % (c, pick(["MIG", "CHG", "INC", "OPS"]), R.randint(100, 9999)),
            "%s Last run: %s" % (c, date()),
            "%s NOTE: %s" % (c, pick(["run from the jump host only", "do not run during business hours",
                                     "delete after cutover", "ne pas lancer en journee", "nach Umstellung loeschen",
                                     "throttling applies above 10 parallel jobs"])),
            ]
    return "\n".join(R.sample(opts, R.randint(0, 4))) or None


def J(*parts):
    return "\n".join(p for p in parts if p is not None) + "\n"


def akid(c):
    if c.neg:
        return pick(["AKIAIOSFODNN7EXAMPLE", "<AWS_ACCESS_KEY_ID>", "${AWS_ACCESS_KEY_ID}"])
    return aws_id()


# ---- imapsync & mail -------------------------------------------------------
@T("imapsync_sh", "imap", "password", "pw_rich", "sh")
def _(c):
    d = dom(); nd = pick(NEWDOMS).format(tenant(d)); u = login()
    return pick(["scripts/imapsync_%s.sh" % u, "migration/mail/run_imapsync.sh", "imapsync/sync_one.sh"]), J(
        "#!/bin/bash", hdr(), "set -euo pipefail", "",
        "imapsync \\",
        "  --host1 %s --ssl1 --user1 %s@%s --password1 '%s' \\" % (oldhost(d), u, d, c.s),
        "  --host2 outlook.office365.com --ssl2 --user2 %s@%s --passfile2 /root/secret/dst_%s.pw \\" % (u, nd, u),
        "  --automap --exclude '^Junk' %s--addheader --useuid" % pick(["", "--delete2 ", "--maxage 365 "]),
        "  --logfile logs/%s_%s.log" % (u, date()))


@T("imapsync_dovecot_master_csv", "imap", "password", "pw", "csv")
def _(c):
    d = dom(); nd = pick(NEWDOMS).format(tenant(d)); mu = pick(["migmaster", "admin", "masteruser"])
    rows = ["# host1;user1;password1;host2;user2;password2;  (dovecot master login on host1)"]
    n = R.randint(3, 12)
    h = oldhost(d)
    for _i in range(n):
        u = login()
        rows.append("%s;%s@%s*%s;%s;imap.gmail.com;%s@%s;;" % (h, u, d, mu, c.s, u, nd))
    return pick(["migration/accounts.txt", "imapsync/file.txt", "batches/wave%d.txt" % R.randint(1, 5)]), J(*rows)


@T("imapsync_bat", "imap", "password", "pw", "cmd")
def _(c):
    d = dom(); u = login()
    return pick(["migration\\imapsync_%s.bat" % u, "tools/imapsync_run.bat"]).replace("\\", "/"), J(
        "@echo off", hdr("REM"), "cd /D %~dp0",
        "imapsync.exe --host1 %s --user1 %s@%s --password1 %s ^" % (oldhost(d), u, d, c.s),
        "  --host2 imap.gmail.com --ssl2 --user2 %s@%s --passfile2 secrets\\%s.txt ^" % (u, d, u),
        "  --gmail2 --automap --syncinternaldates",
        "echo Done. Press any key to close the window.", "pause")


@T("imapsync_docker_md", "imap", "password", "pw_url", "md")
def _(c):
    d = dom(); u = login()
    return pick(["docs/runbook-mail-cutover.md", "RUNBOOK.md", "docs/mailbox-migration.md"]), J(
        "# Mailbox cutover - %s" % d, "", "1. Lower MX TTL to 300 two days before.",
        "2. Pre-stage the mailbox for **%s** (approx %d GB):" % (u, R.randint(2, 40)), "",
        "```bash",
        "docker run --rm gilleslamiral/imapsync imapsync \\",
        "  --host1 %s --user1 %s@%s --password1 %s \\" % (oldhost(d), u, d, c.s),
        "  --host2 outlook.office365.com --user2 %s@%s --oauthaccesstoken2 /tokens/%s.txt" % (u, d, u),
        "```", "", "3. Switch MX, run a delta sync with `--maxage 3`.", "4. Ticket to close: CHG%d" % R.randint(1000, 99999))


@T("offlineimaprc", "imap", "password", "pw", "ini")
def _(c):
    d = dom(); u = email(d)
    return pick(["dotfiles/offlineimaprc", "migration/offlineimap.conf", "backup/.offlineimaprc"]), J(
        "[general]", "accounts = %s" % tenant(d), "maxsyncaccounts = 1", "",
        "[Account %s]" % tenant(d), "localrepository = Local", "remoterepository = Remote", "",
        "[Repository Local]", "type = Maildir", "localfolders = ~/Mail/%s" % tenant(d), "",
        "[Repository Remote]", "type = IMAP", "remotehost = %s" % oldhost(d), "remoteuser = %s" % u,
        "remotepass = %s" % c.s, "ssl = yes", "sslcacertfile = /etc/ssl/certs/ca-certificates.crt",
        "folderfilter = lambda f: f not in ['Trash', 'Spam']")


@T("mbsyncrc", "imap", "password", "pw_rich", "ini")
def _(c):
    d = dom(); u = email(d)
    return pick(["migration/mbsyncrc", "config/.mbsyncrc", "mail/mbsync.conf"]), J(
        hdr(), "IMAPAccount old", "Host %s" % oldhost(d), "User %s" % u, 'Pass "%s"' % c.s,
        "SSLType IMAPS", "", "IMAPStore old-remote", "Account old", "",
        "IMAPAccount new", "Host imap.gmail.com", "User %s" % u,
        'PassCmd "gpg -q --for-your-eyes-only -d ~/.secrets/gmail.gpg"', "SSLType IMAPS", "",
        "IMAPStore new-remote", "Account new", "", "Channel migrate", "Far :old-remote:", "Near :new-remote:",
        "Patterns * !Junk", "Create Near", "Sync Push")


@T("migrationwiz_csv", "bittitan", "password", "pw", "csv")
def _(c):
    d = dom(); nd = pick(NEWDOMS).format(tenant(d)); adm = "svc-migration@" + d
    rows = ["Source Email,Source Login Name,Source Password,Destination Email,Flags"]
    for _i in range(R.randint(2, 14)):
        u = login()
        rows.append("%s@%s,%s,%s,%s@%s,%s" % (u, d, adm, c.s, u, nd, pick(["", "0", "Archive"])))
    return pick(["bittitan/migrationwiz_bulk_%s.csv" % date(), "migrationwiz/users_wave%d.csv" % R.randint(1, 4)]), J(*rows)


@T("gws_dms_csv", "google", "password", "pw", "csv")
def _(c):
    d = dom(); u = login()
    return pick(["gws/data-migration/pilot.csv", "google-migration/batch_%s.csv" % u]), J(
        "source_email,source_password,destination_email", "%s@%s,%s,%s@%s" % (u, d, c.s, u, pick(DOMS)))


@T("exo_imap_batch_csv", "microsoft", "password", "pw", "csv")
def _(c):
    d = dom(); adm = pick(["mailadmin", "administrator", "migsvc"])
    rows = ["EmailAddress,UserName,Password"]
    for _i in range(R.randint(2, 10)):
        u = login()
        rows.append("%s@%s.onmicrosoft.com,/%s@%s/%s,%s" % (u, tenant(d), u, d, adm, c.s))
    return pick(["exo/imap-migration-batch.csv", "migration/IMAPBatch%d.csv" % R.randint(1, 9)]), J(*rows)


@T("exo_new_migration_endpoint", "microsoft", "password", "pw_rich", "ps")
def _(c):
    d = dom(); adm = "admin@" + d
    return pick(["scripts/New-MigEndpoint.ps1", "exchange/01-endpoint.ps1", "migration/exo_setup.ps1"]), J(
        hdr(), "Connect-ExchangeOnline -UserPrincipalName %s@%s.onmicrosoft.com" % (login(), tenant(d)), "",
        "$SecPass = ConvertTo-SecureString '%s' -AsPlainText -Force" % c.s,
        "$Cred = New-Object System.Management.Automation.PSCredential('%s', $SecPass)" % adm, "",
        "New-MigrationEndpoint -%s -Name '%s-Endpoint' -RemoteServer %s -Credentials $Cred" % (
            pick(["ExchangeRemoteMove", "ExchangeOutlookAnywhere"]), tenant(d), oldhost(d)),
        "New-MigrationBatch -Name 'Wave%d' -SourceEndpoint '%s-Endpoint' -CSVData ([IO.File]::ReadAllBytes('.\\wave.csv')) -AutoStart" % (R.randint(1, 9), tenant(d)))


@T("bittitan_ps", "bittitan", "password", "pw_rich", "ps")
def _(c):
    u = email()
    return pick(["bittitan/Start-Migration.ps1", "scripts/bt_connect.ps1"]), J(
        "Import-Module 'C:\\Program Files\\BitTitan\\BitTitan PowerShell\\BitTitanPowerShell.dll'", hdr(),
        "$pw = ConvertTo-SecureString -String '%s' -AsPlainText -Force" % c.s,
        "$creds = New-Object System.Management.Automation.PSCredential ('%s', $pw)" % u,
        "$ticket = Get-BT_Ticket -Credentials $creds -ServiceType BitTitan",
        "$mwTicket = Get-MW_Ticket -Credentials $creds",
        "$connector = Get-MW_MailboxConnector -Ticket $mwTicket -Name '%s'" % pick(["Wave 1", "Pilot", "Finance"]),
        "Get-MW_Mailbox -Ticket $mwTicket -ConnectorId $connector.Id | Format-Table ExportEmailAddress, ImportEmailAddress")


@T("spmt_ps", "microsoft", "password", "pw_rich", "ps")
def _(c):
    d = dom(); t = tenant(d)
    return pick(["sharepoint/spmt_migrate.ps1", "scripts/SPMT-Run.ps1"]), J(
        "Import-Module Microsoft.SharePoint.MigrationTool.PowerShell", hdr(),
        "$Global:SPOUrl = 'https://%s.sharepoint.com/sites/%s'" % (t, pick(["Finance", "HR", "Projets", "Vertrieb"])),
        "$Global:UserName = 'spmt.admin@%s.onmicrosoft.com'" % t,
        "$Global:PassWord = ConvertTo-SecureString -String '%s' -AsPlainText -Force" % c.s,
        "$Global:SPOCredential = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList $Global:UserName, $Global:PassWord",
        "$Global:FileshareSource = '\\\\fs01\\%s'" % pick(["dept", "share", "daten"]),
        "Register-SPMTMigration -SPOCredential $Global:SPOCredential -Force",
        "Add-SPMTTask -FileShareSource $Global:FileshareSource -TargetSiteUrl $Global:SPOUrl -TargetList 'Documents'",
        "Start-SPMTMigration")


@T("exchangelib_py", "microsoft", "password", "pw_rich", "py")
def _(c):
    d = dom(); u = email(d)
    return pick(["tools/export_calendars.py", "migration/ews_copy.py"]), J(
        "from exchangelib import Credentials, Account, Configuration, DELEGATE", "",
        hdr(),
        "creds = Credentials(%s, %s)" % (repr(u), repr(c.s)),
        "config = Configuration(server=%r, credentials=creds)" % oldhost(d),
        "src = Account(primary_smtp_address=%r, config=config, autodiscover=False, access_type=DELEGATE)" % u, "",
        "for item in src.calendar.all().order_by('start')[:500]:",
        "    print(item.subject, item.start)")


@T("imaplib_py", "imap", "password", "pw_rich", "py")
def _(c):
    d = dom(); u = email(d); var = pick(["SRC_PASS", "PASSWORD", "src_password", "PASSWORT_ALT"])
    return pick(["migrate_mail.py", "scripts/imap_copy.py", "tools/mailcopy/main.py"]), J(
        "import imaplib", "import email", "", hdr(),
        "SRC_HOST = %r" % oldhost(d), "SRC_USER = %r" % u, "%s = %r" % (var, c.s), "",
        "def connect():", "    m = imaplib.IMAP4_SSL(SRC_HOST, 993)", "    m.login(SRC_USER, %s)" % var, "    return m", "",
        "if __name__ == '__main__':", "    m = connect()", "    typ, data = m.list()", "    print(len(data), 'folders')")


@T("gmail_app_password_py", "google", "app_password", "gapp", "py")
def _(c):
    u = "%s@gmail.com" % login()
    return pick(["scripts/gmail_export.py", "mail_archive/fetch.py"]), J(
        "import imaplib", "", "# App password generated under myaccount.google.com/apppasswords (2SV on)",
        "GMAIL_USER = %r" % u, "GMAIL_APP_PASSWORD = %r" % c.s, "",
        "imap = imaplib.IMAP4_SSL('imap.gmail.com')", "imap.login(GMAIL_USER, GMAIL_APP_PASSWORD)",
        "imap.select('\"[Gmail]/All Mail\"', readonly=True)")


@T("imapsync_msapp", "microsoft", "app_password", "msapp", "sh")
def _(c):
    d = dom(); u = login()
    return pick(["mail/sync_to_o365.sh", "migration/imapsync_o365_%s.sh" % u]), J(
        "#!/bin/sh", "# O365 account has MFA -> using app password for host2", hdr(),
        "imapsync --host1 %s --user1 %s --passfile1 ./pw/%s.txt \\" % (oldhost(d), u, u),
        "  --host2 outlook.office365.com --user2 %s@%s --password2 %s \\" % (u, d, c.s),
        "  --ssl1 --ssl2 --exclude 'Deleted Items' --regextrans2 's/Sent/Sent Items/'")


# ---- oauth / service accounts ---------------------------------------------
@T("google_client_secret_json", "google", "oauth_client_secret", "gocspx", "json")
def _(c):
    pid = "%s-migration-%d" % (tenant(dom()), R.randint(100, 999))
    cid = "%d-%s.apps.googleusercontent.com" % (R.randint(10**11, 10**12 - 1), rs(DI + LO, 32))
    return pick(["credentials/client_secret.json", "config/client_secret_%s.json" % cid.split(".")[0], "gws/oauth_client.json"]), json.dumps(
        {"installed": {"client_id": cid, "project_id": pid, "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                       "token_uri": "https://oauth2.googleapis.com/token",
                       "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
                       "client_secret": c.s, "redirect_uris": ["http://localhost"]}}, indent=pick([None, 2])) + "\n"


@T("google_oauth_py", "google", "oauth_client_secret", "gocspx", "py")
def _(c):
    cid = "%d-%s.apps.googleusercontent.com" % (R.randint(10**11, 10**12 - 1), rs(DI + LO, 32))
    return pick(["drive_migration/auth.py", "tools/gdrive_copy.py"]), J(
        "from google_auth_oauthlib.flow import InstalledAppFlow", "", hdr(),
        "SCOPES = ['https://www.googleapis.com/auth/drive']", "CLIENT_CONFIG = {", "    'installed': {",
        "        'client_id': %r," % cid, "        'client_secret': %r," % c.s,
        "        'auth_uri': 'https://accounts.google.com/o/oauth2/auth',",
        "        'token_uri': 'https://oauth2.googleapis.com/token',", "    }", "}", "",
        "flow = InstalledAppFlow.from_client_config(CLIENT_CONFIG, SCOPES)", "creds = flow.run_local_server(port=0)")


@T("entra_secret_ps", "microsoft", "oauth_client_secret", "ms", "ps")
def _(c):
    return pick(["scripts/Connect-Graph.ps1", "migration/graph_onedrive.ps1"]), J(
        hdr(), "$TenantId = '%s'" % guid(), "$AppId    = '%s'" % guid(),
        "$ClientSecret = '%s'" % c.s, "",
        "$sec = ConvertTo-SecureString $ClientSecret -AsPlainText -Force",
        "$cred = New-Object System.Management.Automation.PSCredential($AppId, $sec)",
        "Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $cred -NoWelcome",
        "Get-MgUser -All | Select-Object UserPrincipalName | Export-Csv users.csv -NoTypeInformation")


@T("entra_secret_yaml", "microsoft", "oauth_client_secret", "ms", "yaml")
def _(c):
    d = dom()
    return pick(["config/migration.yaml", "tenant-to-tenant/settings.yml"]), J(
        hdr(), "source:", "  tenant: %s.onmicrosoft.com" % tenant(d), "  tenant_id: %s" % guid(),
        "  client_id: %s" % guid(), '  client_secret: "%s"' % c.s,
        "target:", "  tenant: %s.onmicrosoft.com" % tenant(pick(DOMS)), "  auth: certificate",
        "  thumbprint: %s" % hexs(40).upper(), "options:", "  batch_size: %d" % R.randint(10, 200), "  include_archives: true")


@T("gcp_sa_json", "google", "service_account_key", "pem_pk8", "json")
def _(c):
    pid = "%s-mig-%d" % (tenant(dom()), R.randint(1000, 9999))
    sa = "%s@%s.iam.gserviceaccount.com" % (pick(["gws-migration", "drive-transfer", "mailmig"]), pid)
    return pick(["keys/%s.json" % pid, "credentials/service-account.json", "gws/sa-key.json"]), json.dumps({
        "type": "service_account", "project_id": pid, "private_key_id": hexs(40),
        "private_key": c.s + ("\n" if c.s.startswith("-----") else ""), "client_email": sa,
        "client_id": str(R.randint(10**20, 10**21 - 1)), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/" + sa.replace("@", "%40"),
        "universe_domain": "googleapis.com"}, indent=2) + "\n"


@T("gcp_sa_py", "google", "service_account_key", "pem_pk8", "py")
def _(c):
    pid = "%s-mig-%d" % (tenant(dom()), R.randint(1000, 9999))
    return pick(["gws/delegated_sa.py", "scripts/drive_transfer.py"]), J(
        "from google.oauth2 import service_account", "", hdr(),
        "SA_INFO = {", "    'type': 'service_account',", "    'project_id': %r," % pid,
        "    'private_key_id': %r," % hexs(40), "    'private_key': %r," % (c.s + "\n" if c.s.startswith("-----") else c.s),
        "    'client_email': 'migrator@%s.iam.gserviceaccount.com'," % pid,
        "    'token_uri': 'https://oauth2.googleapis.com/token',", "}",
        "creds = service_account.Credentials.from_service_account_info(SA_INFO, scopes=['https://mail.google.com/'])",
        "creds = creds.with_subject(%r)" % email())


# ---- databases -------------------------------------------------------------
@T("pgloader_mysql", "mysql", "password", "pw_url", "url")
def _(c):
    d = pick(["shop", "erp", "crm_prod", "wordpress", "magento"])
    return pick(["pgloader/%s.load" % d, "migration/mysql2pg.load"]), J(
        "LOAD DATABASE", "     FROM mysql://%s:%s@%s:3306/%s" % (pick(["root", "migrator", "dbadmin"]), c.s, ip(), d),
        "     INTO postgresql:///%s" % d, "", " WITH include drop, create tables, create indexes, reset sequences,",
        "      workers = %d, concurrency = 1, prefetch rows = 10000" % R.choice([4, 8]), "",
        "  SET maintenance_work_mem to '512MB'", "", " CAST type datetime to timestamptz drop default drop not null using zero-dates-to-null", "",
        " ALTER SCHEMA '%s' RENAME TO 'public';" % d)


@T("pgloader_mssql", "mssql", "password", "pw_url", "url")
def _(c):
    return pick(["pgloader/mssql.load", "db/migrate_from_sqlserver.load"]), J(
        hdr("--"), "load database", "  from mssql://sa:%s@%s/%s" % (c.s, pick(["sql01.corp.local", ip()]), pick(["Sales", "ERP", "Lager"])),
        "  into postgresql://app@localhost/app", "  including only table names like 'dbo.%' in schema 'dbo'",
        "  set work_mem to '64MB', search_path to 'app';")


@T("ora2pg_conf", "oracle", "password", "pw", "ini")
def _(c):
    return pick(["ora2pg/ora2pg.conf", "config/ora2pg.conf"]), J(
        "#" * 40, "# ora2pg configuration - project %s" % pick(["FINANZ", "HR", "LOGISTIK", "BILLING"]), "#" * 40, "",
        "ORACLE_HOME\t/usr/lib/oracle/19.6/client64",
        "ORACLE_DSN\tdbi:Oracle:host=%s;sid=%s;port=1521" % (pick(["oradb01", ip()]), pick(["ORCL", "PROD", "ERP1"])),
        "ORACLE_USER\t%s" % pick(["system", "MIGR", "ora2pg"]), "ORACLE_PWD\t%s" % c.s, "",
        "SCHEMA\t\t%s" % pick(["APPS", "HR", "SCOTT_PROD"]), "TYPE\t\tTABLE,VIEW,SEQUENCE,TRIGGER", "",
        "PG_DSN\t\tdbi:Pg:dbname=app;host=localhost;port=5432", "PG_USER\t\tapp", "DATA_LIMIT\t10000")


@T("dms_endpoint_json", "aws", "password", "pw_rich", "json")
def _(c):
    eng = pick(["mysql", "oracle", "sqlserver", "postgres"])
    return pick(["dms/source-endpoint.json", "aws/dms/%s-source.json" % eng]), json.dumps({
        "EndpointIdentifier": "%s-src-%s" % (eng, pick(["prod", "legacy", "onprem"])), "EndpointType": "source",
        "EngineName": eng, "Username": pick(["dms_user", "replicator", "admin"]), "Password": c.s,
        "ServerName": pick(["db01.corp.local", ip()]), "Port": {"mysql": 3306, "oracle": 1521, "sqlserver": 1433, "postgres": 5432}[eng],
        "DatabaseName": pick(["erp", "orders", "billing"]), "SslMode": pick(["none", "require"]),
        "Tags": [{"Key": "project", "Value": "dc-exit"}]}, indent=pick([2, 4])) + "\n"


@T("dms_cfn_yaml", "aws", "password", "pw_rich", "yaml")
def _(c):
    return pick(["cfn/dms-endpoints.yaml", "infra/dms.yml"]), J(
        "AWSTemplateFormatVersion: '2010-09-09'", "Description: DMS endpoints for %s migration" % pick(["ERP", "CRM", "billing"]),
        "Resources:", "  SourceEndpoint:", "    Type: AWS::DMS::Endpoint", "    Properties:",
        "      EndpointType: source", "      EngineName: mysql", "      ServerName: %s" % ip(), "      Port: 3306",
        "      Username: dms_migrator", '      Password: "%s"' % c.s, "  TargetEndpoint:", "    Type: AWS::DMS::Endpoint",
        "    Properties:", "      EndpointType: target", "      EngineName: aurora-postgresql",
        "      SecretsManagerSecretId: !Ref TargetSecret", "      SecretsManagerAccessRoleArn: !GetAtt DmsSecretsRole.Arn")


@T("mysqldump_pipe_sh", "mysql", "password", "pw_rich", "sh")
def _(c):
    db = pick(["wp_prod", "shop", "intranet", "moodle"])
    return pick(["scripts/copy_db.sh", "migration/mysql_copy.sh", "ops/dump_and_restore.sh"]), J(
        "#!/usr/bin/env bash", hdr(), "set -e", 'DB=%s' % db, "",
        "mysqldump -h %s -u %s -p'%s' --single-transaction --routines --triggers \"$DB\" \\" % (pick(["old-db.internal", ip()]), pick(["root", "backup"]), c.s),
        "  | pv | mysql --defaults-extra-file=$HOME/.my-target.cnf \"$DB\"", "echo \"copied $DB\"")


@T("my_cnf", "mysql", "password", "pw", "ini")
def _(c):
    return pick(["migration/.my-source.cnf", "config/mysql-client.cnf"]), J(
        hdr(), "[client]", "host=%s" % pick(["legacy-mysql.corp.local", ip()]), "user=%s" % pick(["migrator", "root", "repl"]),
        "password=%s" % c.s, "port=3306", "", "[mysqldump]", "single-transaction", "max_allowed_packet=512M")


@T("mongodump_sh", "mongodb", "password", "pw_url", "sh")
def _(c):
    db = pick(["catalog", "events", "app"])
    return pick(["scripts/mongo_migrate.sh", "migration/mongo_to_atlas.sh"]), J(
        "#!/bin/bash", hdr(), "TS=$(date +%F)",
        'mongodump --uri "mongodb://%s:%s@%s:27017/%s?authSource=admin" --gzip --archive=/backup/%s-$TS.gz' % (
            pick(["admin", "backup", "mig"]), c.s, pick(["mongo01.internal", ip()]), db, db),
        'mongorestore --uri "$ATLAS_URI" --gzip --archive=/backup/%s-$TS.gz --nsInclude="%s.*"' % (db, db))


@T("pymongo_srv", "mongodb", "password", "pw_url", "py")
def _(c):
    return pick(["migration/copy_collections.py", "tools/mongo_sync.py"]), J(
        "from pymongo import MongoClient", "", hdr(),
        "SRC = MongoClient('mongodb://%s:27017/')" % ip(),
        "DST = MongoClient('mongodb+srv://%s:%s@cluster0.%s.mongodb.net/?retryWrites=true&w=majority')" % (
            pick(["atlasAdmin", "migrator"]), c.s, rs(LO + DI, 5)),
        "", "for name in SRC['app'].list_collection_names():",
        "    docs = list(SRC['app'][name].find())", "    if docs:", "        DST['app'][name].insert_many(docs)")


@T("mongosync_yaml", "mongodb", "password", "pw_url", "yaml")
def _(c):
    return pick(["mongosync/mongosync.yaml", "config/mongosync.conf"]), J(
        hdr(), 'cluster0: "mongodb://%s:%s@%s:27017,%s:27017/?replicaSet=rs0"' % (pick(["syncer", "admin"]), c.s, ip(), ip()),
        'cluster1: "${TARGET_URI}"', "logPath: /var/log/mongosync", "verbosity: INFO")


@T("pg_dump_makefile", "postgres", "password", "pw", "make")
def _(c):
    return pick(["Makefile", "migration/Makefile", "db/Makefile"]), J(
        "SRC_HOST ?= %s" % pick(["pg-old.internal", ip()]), "DB ?= %s" % pick(["app", "billing", "portal"]), "",
        ".PHONY: dump restore", "dump:",
        "\tPGPASSWORD=%s pg_dump -h $(SRC_HOST) -U postgres -Fc -d $(DB) -f dumps/$(DB).dump" % c.s, "",
        "restore:", "\tpg_restore -h localhost -U app -d $(DB) --no-owner -j 4 dumps/$(DB).dump")


@T("liquibase_props", "postgres", "password", "pw", "props")
def _(c):
    return pick(["liquibase.properties", "db/liquibase.properties", "src/main/resources/liquibase.properties"]), J(
        hdr(), "changeLogFile: db/changelog/db.changelog-master.yaml",
        "url: jdbc:postgresql://%s:5432/%s" % (pick(["pg-prod.internal", ip()]), pick(["app", "ledger"])),
        "username: %s" % pick(["liquibase", "app_owner"]), "password: %s" % c.s, "driver: org.postgresql.Driver")


@T("flyway_conf", "postgres", "password", "pw", "ini")
def _(c):
    return pick(["flyway.conf", "conf/flyway.conf", "db/flyway/flyway.conf"]), J(
        hdr(), "flyway.url=jdbc:%s" % pick(["mysql://%s:3306/app" % ip(), "postgresql://db.internal:5432/app", "sqlserver://sql01;databaseName=App"]),
        "flyway.user=%s" % pick(["flyway", "app"]), "flyway.password=%s" % c.s,
        "flyway.locations=filesystem:sql/migrations", "flyway.baselineOnMigrate=true")


@T("flyway_pom", "postgres", "password", "pw", "xml")
def _(c):
    return "pom.xml", J(
        '<?xml version="1.0" encoding="UTF-8"?>', '<project xmlns="http://maven.apache.org/POM/4.0.0">',
        "  <modelVersion>4.0.0</modelVersion>", "  <groupId>com.%s</groupId>" % tenant(dom()), "  <artifactId>db-migrations</artifactId>",
        "  <version>1.%d.0</version>" % R.randint(0, 20), "  <build><plugins>", "    <plugin>",
        "      <groupId>org.flywaydb</groupId>", "      <artifactId>flyway-maven-plugin</artifactId>", "      <version>9.22.3</version>",
        "      <configuration>", "        <url>jdbc:postgresql://%s:5432/app</url>" % ip(), "        <user>flyway</user>",
        "        <password>%s</password>" % c.s, "      </configuration>", "    </plugin>", "  </plugins></build>", "</project>")


@T("liquibase_gradle", "postgres", "password", "pw", "gradle")
def _(c):
    return "build.gradle", J(
        "plugins {", "    id 'org.liquibase.gradle' version '2.2.0'", "}", "", "liquibase {", "    activities {", "        main {",
        "            changelogFile 'src/main/resources/db/changelog.xml'",
        "            url 'jdbc:mysql://%s:3306/%s'" % (ip(), pick(["inventory", "crm"])),
        "            username 'lb_user'", "            password '%s'" % c.s, "        }", "    }", "}")


@T("postgres_fdw_sql", "postgres", "password", "pw", "sql")
def _(c):
    return pick(["sql/01_fdw_setup.sql", "migration/fdw.sql"]), J(
        "-- pull legacy tables over postgres_fdw", hdr("--"), "CREATE EXTENSION IF NOT EXISTS postgres_fdw;",
        "CREATE SERVER legacy FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '%s', port '5432', dbname 'legacy');" % ip(),
        "CREATE USER MAPPING FOR CURRENT_USER SERVER legacy OPTIONS (user 'readonly', password '%s');" % c.s,
        "IMPORT FOREIGN SCHEMA public FROM SERVER legacy INTO legacy_import;")


@T("mssql_linked_sql", "mssql", "password", "pw", "sql")
def _(c):
    return pick(["sql/linked_server.sql", "migration/02_linked.sql"]), J(
        "USE master;", "GO", "EXEC sp_addlinkedserver @server = N'OLDSQL', @srvproduct = N'', @provider = N'SQLNCLI', @datasrc = N'%s';" % pick(["sql2008\\PROD", ip()]),
        "EXEC sp_addlinkedsrvlogin @rmtsrvname = N'OLDSQL', @useself = N'False', @locallogin = NULL, @rmtuser = N'mig_reader', @rmtpassword = N'%s';" % c.s,
        "GO", "SELECT COUNT(*) FROM OLDSQL.Sales.dbo.Orders;")


@T("oracle_user_sql", "oracle", "password", "pw", "sql")
def _(c):
    return pick(["sql/create_mig_user.sql", "db/ora/00_users.sql"]), J(
        hdr("--"), "CREATE USER mig_stage IDENTIFIED BY \"%s\"" % c.s, "  DEFAULT TABLESPACE users QUOTA UNLIMITED ON users;",
        "GRANT CREATE SESSION, SELECT ANY TABLE TO mig_stage;")


@T("ssis_dtsconfig", "mssql", "password", "pw", "xml")
def _(c):
    return pick(["ssis/Migration.dtsConfig", "etl/config/LoadCRM.dtsConfig"]), J(
        '<?xml version="1.0"?>', "<DTSConfiguration>", "  <DTSConfigurationHeading>",
        '    <DTSConfigurationFileInfo GeneratedBy="CORP\\%s" GeneratedFromPackageName="LoadCRM" GeneratedDate="%s"/>' % (login(), date()),
        "  </DTSConfigurationHeading>",
        '  <Configuration ConfiguredType="Property" Path="\\Package.Connections[Source].Properties[ConnectionString]" ValueType="String">',
        "    <ConfiguredValue>Data Source=%s;User ID=etl_reader;Password=%s;Initial Catalog=CRM;Provider=SQLNCLI11.1;</ConfiguredValue>" % (pick(["SQL01", ip()]), c.s),
        "  </Configuration>", "</DTSConfiguration>")


@T("talend_context", "talend", "password", "pw", "props")
def _(c):
    return pick(["talend/contexts/Default.properties", "context/Prod.properties"]), J(
        "#%s" % pick(["Thu Mar 07 10:12:44 CET 2024", "Mon Oct 02 08:01:13 UTC 2023"]), "src_host=%s" % ip(), "src_port=3306",
        "src_database=erp", "src_login=talend", "src_password=%s" % c.s, "tgt_schema=staging", "batch_size=5000")


@T("adf_sql_linked", "azure", "password", "pw_rich", "json")
def _(c):
    return pick(["adf/linkedService/LS_OnPremSql.json", "datafactory/linkedService/SqlSource.json"]), json.dumps({
        "name": "LS_OnPremSql", "properties": {"type": "SqlServer", "typeProperties": {
            "connectionString": "Data Source=%s;Initial Catalog=%s;Integrated Security=False;User ID=adf_reader;" % (pick(["SQL01", ip()]), pick(["ERP", "Sales"])),
            "password": {"type": "SecureString", "value": c.s}},
            "connectVia": {"referenceName": "SelfHostedIR", "type": "IntegrationRuntimeReference"}}}, indent=4) + "\n"


@T("k8s_job_secret", "postgres", "password", "pw_rich", "yaml")
def _(c):
    return pick(["k8s/migration-job.yaml", "deploy/db-migrate.yaml"]), J(
        "apiVersion: v1", "kind: Secret", "metadata:", "  name: migrate-db-creds", "type: Opaque", "stringData:",
        "  PGUSER: migrator", '  PGPASSWORD: "%s"' % c.s, "---", "apiVersion: batch/v1", "kind: Job", "metadata:", "  name: db-migrate",
        "spec:", "  template:", "    spec:", "      restartPolicy: Never", "      containers:", "        - name: flyway",
        "          image: flyway/flyway:10", "          envFrom:", "            - secretRef:", "                name: migrate-db-creds")


@T("gitlab_ci_flyway", "postgres", "password", "pw_url", "yaml")
def _(c):
    return ".gitlab-ci.yml", J(
        "stages: [migrate]", "", "migrate:staging:", "  stage: migrate", "  image: flyway/flyway:10", "  script:",
        "    - flyway -url=jdbc:postgresql://%s:5432/app -user=flyway -password=%s migrate" % (pick(["stg-db.internal", ip()]), c.s),
        "  only: [main]")


@T("compose_pgloader", "postgres", "password", "pw_url", "yaml")
def _(c):
    return pick(["docker-compose.yml", "migration/docker-compose.yaml"]), J(
        "services:", "  pgloader:", "    image: dimitri/pgloader:latest",
        "    command: pgloader mysql://root@legacy-mysql/app postgresql://postgres:%s@postgres/app" % c.s,
        "    depends_on: [postgres]", "  postgres:", "    image: postgres:16", "    environment:",
        "      POSTGRES_PASSWORD_FILE: /run/secrets/pg", "    secrets: [pg]", "secrets:", "  pg:", "    file: ./secrets/pg.txt")


@T("ansible_vars", "imap", "password", "pw_rich", "yaml")
def _(c):
    d = dom()
    return pick(["group_vars/mailmigration.yml", "ansible/vars/imapsync.yml"]), J(
        "---", hdr(), "imapsync_host1: %s" % oldhost(d), "imapsync_host2: imap.gmail.com",
        "imapsync_admin_user: %s" % pick(["cyrus", "admin", "mailadmin"]), 'imapsync_admin_password: "%s"' % c.s,
        "imapsync_parallel: %d" % R.randint(2, 8), "imapsync_extra_args: --nofoldersizes --useuid")


@T("migration_run_log", "postgres", "password", "pw_url", "log")
def _(c):
    lines = ["%s INFO  starting migration run %s" % (ts(), guid())]
    for _i in range(R.randint(0, 5)):
        lines.append("%s INFO  table %s: %d rows copied" % (ts(), pick(["orders", "customers", "invoices", "items"]), R.randint(100, 900000)))
    lines.append("%s DEBUG connecting to source postgresql://%s:%s@%s:5432/%s" % (ts(), pick(["etl", "postgres"]), c.s, ip(), pick(["erp", "crm"])))
    for _i in range(R.randint(1, 4)):
        lines.append("%s WARN  skipped %d orphan rows" % (ts(), R.randint(1, 99)))
    return pick(["logs/migration-%s.log" % date(), "migration/run.log"]), J(*lines)


@T("runbook_md_conn", "mssql", "password", "pw", "md")
def _(c):
    return pick(["docs/cutover-checklist.md", "README.md", "docs/Umstellung.md"]), J(
        "## Cutover checklist", "", "- [ ] freeze writes on legacy app", "- [ ] final DMS full load + CDC catch-up",
        "- [ ] validate row counts", "", "Connection string used by the validation job:", "",
        "```", "Server=tcp:%s.database.windows.net,1433;Database=%s;User ID=migadmin;Password=%s;Encrypt=True;" % (tenant(dom()), pick(["app", "erp"]), c.s),
        "```", "", "Rollback: repoint DNS `db.%s` to the old host." % dom())


@T("env_file", "postgres", "password", "pw", "env")
def _(c):
    return pick([".env", ".env.local", ".env.production"]), J(
        "SRC_DB_HOST=%s" % ip(), "SRC_DB_USER=migrator", "SRC_DB_PASSWORD=%s" % c.s, "TARGET_DB_URL_FILE=/run/secrets/target",
        "BATCH_SIZE=%d" % R.randint(500, 5000))


# ---- cloud storage -----------------------------------------------------------
@T("rclone_s3", "aws", "secret_access_key", "aws", "ini")
def _(c):
    return pick(["rclone/rclone.conf", "config/rclone.conf", "migration/rclone.conf"]), J(
        "[old-nas]", "type = sftp", "host = %s" % ip(), "user = backup", "key_file = ~/.ssh/id_ed25519", "",
        "[s3-archive]", "type = s3", "provider = AWS", "access_key_id = %s" % akid(c), "secret_access_key = %s" % c.s,
        "region = %s" % region(), "storage_class = %s" % pick(["STANDARD_IA", "GLACIER_IR", "STANDARD"]))


@T("rclone_azblob", "azure", "storage_key", "azkey", "ini")
def _(c):
    return pick(["rclone/rclone.conf", "ops/rclone-azure.conf"]), J(
        hdr(), "[azarchive]", "type = azureblob", "account = %sarchive" % tenant(dom())[:14], "key = %s" % c.s, "access_tier = Cool")


@T("rclone_gcs_hmac", "google", "hmac_secret", "gcs", "ini")
def _(c):
    acc = pick(["GOOG1E<HMAC_ACCESS_ID>", "${GCS_HMAC_ID}"]) if c.neg else "GOOG1E" + rs(UP + DI, 55)
    return pick(["rclone/rclone.conf", "migration/gcs.conf"]), J(
        "[gcs]", "type = s3", "provider = GCS", "access_key_id = %s" % acc, "secret_access_key = %s" % c.s,
        "endpoint = https://storage.googleapis.com")


@T("boto3_ftp_to_s3", "aws", "secret_access_key", "aws", "py")
def _(c):
    return pick(["ftp_to_s3.py", "scripts/ftp2s3.py", "lambda/transfer/handler.py"]), J(
        "import ftplib", "import io", "import os", "import boto3", "", hdr(),
        "s3 = boto3.client(", "    's3',", "    region_name=%r," % region(), "    aws_access_key_id=%r," % akid(c),
        "    aws_secret_access_key=%r," % c.s, ")", "",
        "ftp = ftplib.FTP_TLS(%r)" % ("ftp." + dom()), "ftp.login(os.environ['FTP_USER'], os.environ['FTP_PASS'])",
        "for name in ftp.nlst('/outbound'):", "    buf = io.BytesIO()", "    ftp.retrbinary('RETR ' + name, buf.write)",
        "    s3.put_object(Bucket=%r, Key='inbound/' + os.path.basename(name), Body=buf.getvalue())" % ("%s-landing" % tenant(dom())))


@T("ftp_to_s3_password", "ftp", "password", "pw_rich", "py")
def _(c):
    return pick(["jobs/ftp_pull.py", "scripts/ftp_to_s3.py"]), J(
        "import ftplib, boto3", "", "FTP_HOST = %r" % ("ftp." + dom()), "FTP_USER = %r" % pick(["edi_partner", "export", "sap_out"]),
        "FTP_PASS = %r" % c.s, "BUCKET = %r" % ("%s-edi" % tenant(dom())), "",
        "s3 = boto3.client('s3')  # instance role", "with ftplib.FTP(FTP_HOST) as ftp:", "    ftp.login(FTP_USER, FTP_PASS)",
        "    for f in ftp.nlst():", "        ftp.retrbinary('RETR ' + f, open('/tmp/' + f, 'wb').write)", "        s3.upload_file('/tmp/' + f, BUCKET, f)")


@T("adf_blob_key", "azure", "storage_key", "azkey", "json")
def _(c):
    acct = tenant(dom())[:12] + "stg"
    return pick(["adf/linkedService/LS_Blob.json", "datafactory/linkedService/AzureBlobStorage1.json"]), json.dumps({
        "name": "LS_Blob", "properties": {"annotations": [], "type": "AzureBlobStorage", "typeProperties": {
            "connectionString": "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, c.s)}}},
        indent=4) + "\n"


@T("adf_blob_sas", "azure", "sas_token", "sas", "json")
def _(c):
    acct = tenant(dom())[:12] + "mig"
    return pick(["adf/linkedService/LS_BlobSas.json", "datafactory/linkedService/Landing.json"]), json.dumps({
        "name": "LS_BlobSas", "properties": {"type": "AzureBlobStorage", "typeProperties": {"sasUri": {
            "type": "SecureString",
            "value": "https://%s.blob.core.windows.net/landing?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=%sT18:00:00Z&st=%sT08:00:00Z&spr=https&sig=%s" % (acct, date(), date(), c.s)}}}},
        indent=2) + "\n"


@T("azcopy_sas_sh", "azure", "sas_token", "sas", "sh")
def _(c):
    acct = tenant(dom())[:12] + "files"
    return pick(["scripts/azcopy_upload.sh", "migration/fileshare_to_blob.sh"]), J(
        "#!/bin/bash", hdr(),
        'azcopy copy "/mnt/fs01/%s/*" "https://%s.blob.core.windows.net/%s?sv=2022-11-02&ss=bf&srt=sco&sp=rwlc&se=%sT23:59:59Z&spr=https&sig=%s" --recursive --log-level=WARNING' % (
            pick(["dept", "Projekte", "scans"]), acct, pick(["migrated", "archive"]), date(), c.s))


@T("azure_blob_py", "azure", "storage_key", "azkey", "py")
def _(c):
    acct = tenant(dom())[:12] + "data"
    return pick(["migration/upload_blobs.py", "tools/sp_to_blob.py"]), J(
        "from azure.storage.blob import BlobServiceClient", "", hdr(),
        'CONN_STR = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net"' % (acct, c.s),
        "svc = BlobServiceClient.from_connection_string(CONN_STR)", "container = svc.get_container_client('export')")


@T("gcs_hmac_py", "google", "hmac_secret", "gcs", "py")
def _(c):
    acc = "GOOG1E<ACCESS_ID>" if c.neg else "GOOG1E" + rs(UP + DI, 55)
    return pick(["scripts/s3_to_gcs.py", "migration/gcs_interop.py"]), J(
        "import boto3", "", hdr(), "gcs = boto3.client('s3', endpoint_url='https://storage.googleapis.com',",
        "                   aws_access_key_id=%r," % acc, "                   aws_secret_access_key=%r)" % c.s,
        "print(gcs.list_objects_v2(Bucket=%r).get('KeyCount'))" % (tenant(dom()) + "-migrated"))


# ---- file transfer -------------------------------------------------------------
@T("robocopy_netuse_bat", "smb", "password", "pw", "cmd")
def _(c):
    dm = pick(["CORP", "HQ", "ZENTRALE", "AD"])
    return pick(["scripts/copy_shares.cmd", "migration/robocopy_fs01.bat", "tools/migrate_home.cmd"]), J(
        "@echo off", hdr("REM"), "net use Z: \\\\%s\\%s /user:%s\\%s %s /persistent:no" % (pick(["fs01", "nas02", "filer"]), pick(["dept$", "home$", "daten"]), dm, pick(["svc_migr", "robocopy", "admin.mig"]), c.s),
        'robocopy Z:\\ "\\\\newfs\\%s" /MIR /COPY:DATSOU /DCOPY:T /R:1 /W:1 /MT:32 /LOG+:C:\\logs\\robocopy_%%DATE:~-4%%.log' % pick(["dept", "home"]),
        "net use Z: /delete /y")


@T("robocopy_netuse_ps", "smb", "password", "pw", "ps")
def _(c):
    return pick(["scripts/Copy-FileShares.ps1", "migration/fs_sync.ps1"]), J(
        hdr(), "$share = '\\\\%s\\%s'" % (pick(["fs01", "oldnas"]), pick(["projects", "public", "archiv"])),
        "net use $share /user:%s\\%s '%s' /persistent:no | Out-Null" % (pick(["CORP", "HQ"]), pick(["svc_copy", "migration"]), c.s),
        "robocopy $share 'D:\\Shares\\Projects' /E /ZB /COPYALL /R:2 /W:5 /NP /LOG:C:\\Temp\\robocopy.log",
        "net use $share /delete")


@T("lftp_mirror", "sftp", "password", "pw", "sh")
def _(c):
    return pick(["scripts/pull_sftp.sh", "migration/lftp_mirror.sh"]), J(
        "#!/bin/bash", hdr(),
        "lftp -u %s,'%s' sftp://%s -e \"set sftp:auto-confirm yes; mirror --verbose --only-newer /export /data/import; quit\"" % (
            pick(["transfer", "partner01", "ftpuser"]), c.s, pick(["sftp." + dom(), ip()])))


@T("winscp_script", "sftp", "password", "pw_url", "url")
def _(c):
    return pick(["winscp/upload.txt", "scripts/winscp_migrate.txt"]), J(
        "option batch abort", "option confirm off",
        'open sftp://%s:%s@%s/ -hostkey="ssh-ed25519 255 %s"' % (pick(["upload", "edi"]), c.s, "sftp." + dom(), b64b(32)[:43]),
        "lcd D:\\Export", "cd /incoming", "put *.csv", "close", "exit")


@T("sshpass_sftp", "sftp", "password", "pw_rich", "sh")
def _(c):
    return pick(["cron/sftp_push.sh", "scripts/send_batch.sh"]), J(
        "#!/bin/sh", hdr(), "cd /opt/export || exit 1",
        "sshpass -p '%s' sftp -oBatchMode=no -oStrictHostKeyChecking=accept-new -b sftp_batch.txt %s@%s" % (c.s, pick(["mig", "bank_upload"]), "sftp." + dom()))


@T("ssh_tunnel_key_pem", "ssh", "private_key", "pem_rsa", "pem")
def _(c):
    body = c.s
    if c.neg:
        body = "-----BEGIN RSA PRIVATE KEY-----\n%s\n-----END RSA PRIVATE KEY-----" % (c.s or "")
    return pick(["deploy/keys/bastion_tunnel.pem", "migration/ssh/tunnel_rsa", "keys/dms-bastion.pem"]), J(body)


@T("paramiko_tunnel_py", "ssh", "private_key", "pem_ec", "py")
def _(c):
    return pick(["migration/tunnel.py", "tools/db_tunnel.py"]), J(
        "import io", "import paramiko", "from sshtunnel import SSHTunnelForwarder", "", hdr(),
        'BASTION_KEY = """%s"""' % c.s, "",
        "pkey = paramiko.ECDSAKey.from_private_key(io.StringIO(BASTION_KEY))",
        "with SSHTunnelForwarder((%r, 22), ssh_username='ec2-user', ssh_pkey=pkey," % ("bastion." + dom()),
        "                        remote_bind_address=(%r, 5432)) as t:" % ip(), "    print('tunnel on', t.local_bind_port)")


# ---- SaaS -----------------------------------------------------------------------
@T("jira_cloud_py", "atlassian", "api_token", "atl", "py")
def _(c):
    site = tenant(dom())
    return pick(["jira_migration/export_issues.py", "scripts/jira_import.py"]), J(
        "import requests", "from requests.auth import HTTPBasicAuth", "", hdr(),
        "JIRA = 'https://%s.atlassian.net'" % site, "AUTH = HTTPBasicAuth(%r, %r)" % (email(), c.s), "",
        "def search(jql, start=0):",
        "    r = requests.get(JIRA + '/rest/api/3/search', params={'jql': jql, 'startAt': start}, auth=AUTH)",
        "    r.raise_for_status()", "    return r.json()")


@T("confluence_curl_sh", "atlassian", "api_token", "atl", "sh")
def _(c):
    site = tenant(dom())
    return pick(["scripts/confluence_export.sh", "migration/conf_spaces.sh"]), J(
        "#!/bin/bash", hdr(),
        'curl -s -u "%s:%s" -H "Accept: application/json" \\' % (email(), c.s),
        '  "https://%s.atlassian.net/wiki/rest/api/space?limit=250" | jq -r ".results[].key" > spaces.txt' % site)


@T("jira_yaml", "atlassian", "api_token", "atl", "yaml")
def _(c):
    return pick(["config/jira-migrator.yml", "jira2cloud/config.yaml"]), J(
        "source:", "  type: server", "  url: https://jira.%s" % dom(), "  pat_file: /etc/jira/pat", "target:",
        "  url: https://%s.atlassian.net" % tenant(dom()), "  email: %s" % email(), '  api_token: "%s"' % c.s,
        "projects: [%s]" % ", ".join(R.sample(["OPS", "HR", "FIN", "WEB", "SUP"], 3)))


@T("sf_ant_build_props", "salesforce", "password_token", "sfpwtok", "props")
def _(c):
    return pick(["build.properties", "salesforce/build.properties"]), J(
        "# build.properties for ant-salesforce.jar", hdr(), "sf.username = %s@%s" % (login(), dom()),
        "# password + security token", "sf.password = %s" % c.s,
        "sf.serverurl = https://login.salesforce.com", "sf.maxPoll = 200")


@T("simple_salesforce_py", "salesforce", "security_token", "sftok", "py")
def _(c):
    return pick(["crm_migration/load_accounts.py", "sf/import_contacts.py"]), J(
        "import os", "from simple_salesforce import Salesforce", "", hdr(),
        "sf = Salesforce(", "    username=%r," % ("%s@%s" % (login(), dom())), "    password=os.environ['SF_PASSWORD'],",
        "    security_token=%r," % c.s, "    domain=%r," % pick(["login", "test"]), ")",
        "print(sf.query('SELECT COUNT() FROM Account')['totalSize'])")


@T("hubspot_py", "hubspot", "private_app_token", "hub", "py")
def _(c):
    return pick(["crm/hubspot_import.py", "migration/hs_contacts.py"]), J(
        "import csv", "from hubspot import HubSpot", "", hdr(), "api = HubSpot(access_token=%r)" % c.s, "",
        "with open('contacts.csv', newline='', encoding='utf-8') as f:", "    for row in csv.DictReader(f):",
        "        api.crm.contacts.basic_api.create(simple_public_object_input_for_create={'properties': row})")


@T("hubspot_js", "hubspot", "private_app_token", "hub", "js")
def _(c):
    return pick(["scripts/hubspot-sync.js", "src/migrate/hubspot.js"]), J(
        "const hubspot = require('@hubspot/api-client');", "", hdr("//"),
        "const hubspotClient = new hubspot.Client({ accessToken: '%s' });" % c.s, "",
        "async function main() {", "  const page = await hubspotClient.crm.companies.basicApi.getPage(100);",
        "  console.log(page.results.length);", "}", "main();")


@T("hubspot_ini", "hubspot", "private_app_token", "hub", "ini")
def _(c):
    return pick(["config/crm_sync.ini", "etl/hubspot.ini"]), J(
        "[hubspot]", "portal_id = %d" % R.randint(1000000, 49999999), "token = %s" % c.s, "", "[pipedrive]", "api_token_file = /etc/etl/pipedrive.token")


@T("zendesk_py", "zendesk", "api_token", "zd", "py")
def _(c):
    sub = tenant(dom())
    return pick(["helpdesk/zendesk_to_freshdesk.py", "migration/tickets_export.py"]), J(
        "import os", "from zenpy import Zenpy", "", hdr(),
        "creds = {", "    'email': %r," % email(), "    'token': %r," % c.s, "    'subdomain': %r," % sub, "}",
        "zd = Zenpy(**creds)", "FD_KEY = os.environ['FRESHDESK_API_KEY']", "",
        "for t in zd.search(type='ticket', status='closed'):", "    print(t.id, t.subject)")


@T("zendesk_curl", "zendesk", "api_token", "zd", "sh")
def _(c):
    return pick(["scripts/zd_export.sh", "helpdesk/export_users.sh"]), J(
        "#!/bin/bash", hdr(),
        "curl -s https://%s.zendesk.com/api/v2/incremental/tickets.json?start_time=0 \\" % tenant(dom()),
        "  -u %s/token:%s > tickets_0.json" % (email(), c.s))


@T("freshdesk_curl", "freshdesk", "api_key", "fd", "sh")
def _(c):
    return pick(["scripts/freshdesk_import.sh", "helpdesk/fd_contacts.sh"]), J(
        "#!/bin/bash", hdr(), "FD_DOMAIN=%s" % tenant(dom()),
        'curl -u "%s:X" -H "Content-Type: application/json" -X POST -d @contact.json "https://$FD_DOMAIN.freshdesk.com/api/v2/contacts"' % c.s)


@T("freshdesk_py", "freshdesk", "api_key", "fd", "py")
def _(c):
    return pick(["helpdesk/fd_client.py", "migration/freshdesk_load.py"]), J(
        "import requests", "", hdr(), "FRESHDESK_DOMAIN = %r" % (tenant(dom()) + ".freshdesk.com"),
        "API_KEY = %r" % c.s, "session = requests.Session()", "session.auth = (API_KEY, 'X')",
        "r = session.get(f'https://{FRESHDESK_DOMAIN}/api/v2/tickets?per_page=100')", "r.raise_for_status()")


# ---------------------------------------------------------------- look-alike negatives
@N("imapsync_log_masked", "imap", "log")
def _():
    d = dom(); u = login()
    L = ["Here is imapsync 2.%d on host %s, a linux system with %.1f/%.1f free GiB of RAM" % (R.randint(200, 290), pick(["mig01", "jump"]), R.random() * 8, 16.0),
         "with Perl 5.36.0 and Mail::IMAPClient 3.43",
         "Transfer started at %s" % ts(), "PID is %d my PPID is %d" % (R.randint(1000, 60000), R.randint(1, 999)),
         "Command line used, run by /usr/bin/perl:",
         "/usr/bin/imapsync --host1 %s --user1 %s@%s --password1 MASKED --host2 imap.gmail.com --user2 %s@%s --password2 MASKED --useheader Message-Id" % (oldhost(d), u, d, u, d)]
    for _i in range(R.randint(4, 12)):
        L.append("msg INBOX/%d {%d} copied to [Gmail]/All Mail/%d %.3f msgs/s  %s" % (R.randint(1, 9999), R.randint(800, 900000), R.randint(1, 9999), R.random() * 5, hexs(32)))
    L += ["Messages transferred           : %d" % R.randint(10, 20000), "Total bytes transferred        : %d (%.3f GiB)" % (R.randint(10**6, 10**10), R.random() * 9),
          "Detected 0 errors", "Log file is LOG_imapsync/%s_%s.txt" % (date(), hexs(6))]
    return "logs/imapsync_%s.log" % u, J(*L)


@N("exo_migration_report_csv", "microsoft", "csv")
def _():
    d = dom()
    rows = ["Identity,MailboxGuid,Status,ItemsSynced,ItemsSkipped,BatchId,LastSyncTime"]
    for _i in range(R.randint(5, 20)):
        rows.append("%s@%s,%s,%s,%d,%d,%s,%s" % (login(), d, guid(), pick(["Synced", "Completed", "Failed", "Syncing"]), R.randint(0, 90000), R.randint(0, 9), guid(), ts()))
    return "reports/migration_status_%s.csv" % date(), J(*rows)


@N("dms_task_json", "aws", "json")
def _():
    acct = R.randint(10**11, 10**12 - 1); rg = region()
    return "dms/replication-task.json", json.dumps({
        "ReplicationTaskIdentifier": "erp-full-load-cdc", "MigrationType": "full-load-and-cdc",
        "SourceEndpointArn": "arn:aws:dms:%s:%d:endpoint:%s" % (rg, acct, rs(UP + DI, 26)),
        "TargetEndpointArn": "arn:aws:dms:%s:%d:endpoint:%s" % (rg, acct, rs(UP + DI, 26)),
        "ReplicationInstanceArn": "arn:aws:dms:%s:%d:rep:%s" % (rg, acct, rs(UP + DI, 26)),
        "SecretsManagerSecretId": "arn:aws:secretsmanager:%s:%d:secret:dms/source-%s" % (rg, acct, rs(AN, 6)),
        "KmsKeyId": "arn:aws:kms:%s:%d:key/%s" % (rg, acct, guid()),
        "TableMappings": "file://table-mappings.json"}, indent=2) + "\n"


@N("sha256sums", "generic", "txt")
def _():
    L = ["%s  %s" % (hashlib.sha256(rbytes(16)).hexdigest(), pick(["erp_full_", "crm_", "mail_pst_", "fs01_"]) + date() + pick([".dump", ".sql.gz", ".tar.zst", ".pst"])) for _ in range(R.randint(3, 12))]
    return pick(["dumps/SHA256SUMS", "backup/checksums.sha256"]), J(*L)


@N("migrationwiz_report_csv", "bittitan", "csv")
def _():
    rows = ["MailboxId,ConnectorId,SourceEmail,DestinationEmail,Status,ItemsSucceeded,SizeSucceededMB"]
    d = dom()
    cid = guid()
    for _i in range(R.randint(4, 15)):
        u = login()
        rows.append("%s,%s,%s@%s,%s@%s.onmicrosoft.com,%s,%d,%d" % (guid(), cid, u, d, u, tenant(d), pick(["Completed", "Failed", "Submitted"]), R.randint(0, 50000), R.randint(0, 20000)))
    return "bittitan/report_%s.csv" % date(), J(*rows)


@N("mongo_log", "mongodb", "log")
def _():
    L = []
    for _i in range(R.randint(5, 14)):
        L.append('{"t":{"$date":"%sT%02d:%02d:00.000Z"},"s":"I","c":"REPL","msg":"oplog applied","attr":{"ts":{"$timestamp":{"t":%d,"i":%d}},"_id":{"$oid":"%s"}}}' % (date(), R.randint(0, 23), R.randint(0, 59), R.randint(1600000000, 1750000000), R.randint(1, 40), hexs(24)))
    return "logs/mongosync.log", J(*L)


@N("winscp_key_auth", "sftp", "txt")
def _():
    return "winscp/upload_key.txt", J(
        "option batch abort", "option confirm off",
        'open sftp://edi@sftp.%s/ -privatekey="C:\\keys\\edi.ppk" -hostkey="ssh-ed25519 255 %s"' % (dom(), b64b(32)[:43]),
        "put D:\\Export\\*.xml /incoming/", "exit")


@N("ssh_public_key", "ssh", "pub")
def _():
    k = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(32)).decode()
    r = base64.b64encode(b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00" + rbytes(256)).decode()
    return pick(["deploy/keys/bastion_tunnel.pub", "ansible/files/authorized_keys"]), J(
        "ssh-ed25519 %s %s@mig-jump" % (k, login()), "ssh-rsa %s dms-tunnel" % r)


@N("ca_cert_pem", "tls", "pem")
def _():
    b = base64.b64encode(b"\x30\x82\x03\x8b\x30\x82\x02\x73\xa0\x03\x02\x01\x02\x02\x14" + rbytes(880)).decode()
    return pick(["certs/rds-ca-bundle.pem", "config/legacy-ldap-ca.crt", "migration/tls/source-db-ca.pem"]), J(
        "-----BEGIN CERTIFICATE-----", *[b[i:i + 64] for i in range(0, len(b), 64)], "-----END CERTIFICATE-----")


@N("dataloader_encrypted", "salesforce", "xml")
def _():
    return "dataloader/process-conf.xml", J(
        '<!DOCTYPE beans PUBLIC "-//SPRING//DTD BEAN//EN" "http://www.springframework.org/dtd/spring-beans.dtd">', "<beans>",
        '  <bean id="accountExtract" class="com.salesforce.dataloader.process.ProcessRunner" scope="prototype">',
        '    <property name="name" value="accountExtract"/>', '    <property name="configOverrideMap">', "      <map>",
        '        <entry key="sfdc.endpoint" value="https://login.salesforce.com"/>',
        '        <entry key="sfdc.username" value="%s@%s"/>' % (login(), dom()),
        "        <!-- encrypted with encrypt.bat -e, key in %USERPROFILE%\\.dataloader\\dataLoader.key (not in repo) -->",
        '        <entry key="sfdc.password" value="%s"/>' % hexs(64),
        '        <entry key="process.encryptionKeyFile" value="${user.home}/.dataloader/dataLoader.key"/>',
        '        <entry key="sfdc.entity" value="Account"/>', '        <entry key="process.operation" value="extract"/>',
        "      </map>", "    </property>", "  </bean>", "</beans>")


@N("liquibase_changelog_checksums", "postgres", "xml")
def _():
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">']
    for i in range(R.randint(2, 6)):
        L += ['  <changeSet id="%d-%s" author="%s">' % (R.randint(1000, 9999), hexs(6), login()),
              "    <validCheckSum>9:%s</validCheckSum>" % hexs(32), '    <addColumn tableName="customer"><column name="legacy_id_%d" type="varchar(36)"/></addColumn>' % i, "  </changeSet>"]
    L.append("</databaseChangeLog>")
    return "db/changelog/changes-%s.xml" % date(), J(*L)


@N("flyway_history_csv", "postgres", "csv")
def _():
    rows = ["installed_rank,version,description,type,script,checksum,installed_by,installed_on,execution_time,success"]
    for i in range(1, R.randint(5, 15)):
        rows.append("%d,%d,%s,SQL,V%d__%s.sql,%d,flyway,%s,%d,true" % (i, i, "init" if i == 1 else "step", i, "init" if i == 1 else "step", R.randint(-2**31, 2**31 - 1), ts(), R.randint(5, 9000)))
    return "db/flyway_schema_history.csv", J(*rows)


@N("sf_id_map_csv", "salesforce", "csv")
def _():
    rows = ["LegacyId,SalesforceId,Object,Checksum"]
    for _i in range(R.randint(6, 20)):
        rows.append("%s,%s,%s,%s" % (R.randint(100000, 999999), pick(["001", "003", "006", "500"]) + rs(AN, 15), pick(["Account", "Contact", "Opportunity"]), hashlib.md5(rbytes(8)).hexdigest()))
    return "crm_migration/id_map.csv", J(*rows)


@N("jira_account_map", "atlassian", "csv")
def _():
    rows = ["server_username,cloud_account_id,email"]
    for _i in range(R.randint(5, 15)):
        rows.append("%s,%s,%s" % (login(), pick(["557058:" + guid(), hexs(24)]), email()))
    return "jira_migration/user_mapping.csv", J(*rows)


@N("hubspot_import_result", "hubspot", "json")
def _():
    return "crm/import_result.json", json.dumps({"id": str(R.randint(10**7, 10**8)), "state": "DONE", "portalId": R.randint(10**6, 5 * 10**7),
                                              "metadata": {"counters": {"TOTAL_ROWS": R.randint(10, 90000), "CREATED_OBJECTS": R.randint(1, 9000)},
                                                           "fileIds": [str(R.randint(10**10, 10**11))]},
                                              "importRequestJson": {"name": "contacts_%s" % date()}, "optOutImport": False,
                                              "createdAt": "%sT10:00:00.000Z" % date(), "requestId": guid()}, indent=2) + "\n"


@N("s3_listing_etags", "aws", "json")
def _():
    items = [{"Key": "migrated/%s/%s.pst" % (login(), hexs(8)), "ETag": '"%s-%d"' % (hexs(32), R.randint(2, 90)),
              "Size": R.randint(10**5, 10**10), "StorageClass": "STANDARD_IA", "VersionId": rs(B64U, 32)} for _ in range(R.randint(2, 6))]
    return "reports/s3-inventory.json", json.dumps({"Contents": items, "KeyCount": len(items)}, indent=2) + "\n"


@N("pgp_public_key", "pgp", "asc")
def _():
    b = base64.b64encode(b"\x99\x01\x0d\x04" + rbytes(600)).decode()
    return "keys/migration-export-pub.asc", J("-----BEGIN PGP PUBLIC KEY BLOCK-----", "", *[b[i:i + 64] for i in range(0, len(b), 64)],
                                               "=" + b64b(3), "-----END PGP PUBLIC KEY BLOCK-----")


@N("package_lock_integrity", "npm", "json")
def _():
    pk = {}
    for n in R.sample(["@hubspot/api-client", "axios", "csv-parse", "jsforce", "p-limit", "dotenv", "googleapis", "@azure/storage-blob"], 4):
        pk["node_modules/" + n] = {"version": "%d.%d.%d" % (R.randint(1, 12), R.randint(0, 20), R.randint(0, 9)),
                                   "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (n, n.split("/")[-1]),
                                   "integrity": "sha512-" + b64b(64)}
    return "package-lock.json", json.dumps({"name": "crm-migration", "lockfileVersion": 3, "packages": pk}, indent=2) + "\n"


@N("compose_digests", "docker", "yaml")
def _():
    return "docker-compose.migration.yml", J(
        "services:", "  imapsync:", "    image: gilleslamiral/imapsync@sha256:%s" % hexs(64),
        "    volumes: ['./secrets:/secrets:ro']", "    command: imapsync --passfile1 /secrets/p1 --passfile2 /secrets/p2",
        "  pgloader:", "    image: dimitri/pgloader@sha256:%s" % hexs(64))


@N("base64_attachment_json", "generic", "json")
def _():
    return "fixtures/sample_message.json", json.dumps({"messageId": "<%s@%s>" % (hexs(16), dom()), "subject": "Rechnung %d" % R.randint(1000, 9999),
                                                        "attachments": [{"name": "logo.png", "contentType": "image/png",
                                                                         "contentBytes": base64.b64encode(b"\x89PNG\r\n\x1a\n" + rbytes(150)).decode()}]}, indent=2) + "\n"


@N("ora2pg_rowids", "oracle", "csv")
def _():
    rows = ["ROWID,ID,CHECKSUM"]
    for _i in range(R.randint(5, 15)):
        rows.append("AAA%s,%d,%s" % (rs(AN + "+/", 15), R.randint(1, 10**6), hashlib.sha1(rbytes(8)).hexdigest()))
    return "ora2pg/reconcile/orders_rowids.csv", J(*rows)


@N("gcloud_keys_list", "google", "txt")
def _():
    L = ["KEY_ID                                    CREATED_AT            EXPIRES_AT            DISABLED"]
    for _i in range(R.randint(2, 5)):
        L.append("%s  %sT10:00:00Z  9999-12-31T23:59:59Z" % (hexs(40), date()))
    return "docs/sa-keys-%s.txt" % date(), J(*L)


@N("get_credential_ps", "microsoft", "ps1")
def _():
    d = dom()
    return "exchange/Start-Batch.ps1", J(
        "$cred = Get-Credential -Message 'On-prem admin for %s'" % d,
        "New-MigrationEndpoint -ExchangeRemoteMove -Name OnPrem -RemoteServer %s -Credentials $cred" % oldhost(d),
        "$batchId = '%s'" % guid(), "Get-MigrationUser -BatchId $batchId | Select Identity, Status, SkippedItemCount")


@N("read_s_sh", "imap", "sh")
def _():
    return "scripts/imapsync_interactive.sh", J(
        "#!/bin/bash", 'read -rp "Source user: " U1', 'read -rsp "Source password: " P1; echo',
        'imapsync --host1 %s --user1 "$U1" --password1 "$P1" --host2 imap.gmail.com --user2 "$U1" --passfile2 ~/.p2 --useheader Message-Id' % oldhost(dom()))


@N("message_id_dedupe", "imap", "txt")
def _():
    L = ["# message-id -> imapsync header md5"]
    for _i in range(R.randint(5, 15)):
        L.append("<%s.%s@%s> %s" % (hexs(12), R.randint(10**9, 10**10), pick(["mail.gmail.com", "EUR03.prod.outlook.com", dom()]), hexs(32)))
    return "migration/duplicates.txt", J(*L)


@N("robocopy_log", "smb", "log")
def _():
    return "logs/robocopy_%s.log" % date(), J(
        "-" * 60, "   ROBOCOPY     ::     Robust File Copy for Windows", "-" * 60, "  Started : %s" % ts(),
        "   Source : \\\\fs01\\dept\\", "     Dest : D:\\Shares\\dept\\", "  Options : /MIR /COPY:DAT /R:1 /W:1 /MT:32", "",
        "               Total    Copied   Skipped  Mismatch    FAILED    Extras",
        "    Dirs :      %5d     %5d         0         0         0         0" % (R.randint(10, 9999), R.randint(0, 100)),
        "   Files :     %6d    %6d         0         0         %d         0" % (R.randint(100, 99999), R.randint(0, 999), R.randint(0, 3)))


@N("azcopy_identity", "azure", "sh")
def _():
    return "scripts/azcopy_mi.sh", J("#!/bin/bash", "azcopy login --identity --identity-client-id %s" % guid(),
                                      'azcopy copy /mnt/export "https://%sdata.blob.core.windows.net/archive" --recursive' % tenant(dom())[:10],
                                      "# last job id: %s" % guid())


@N("adf_keyvault_ref", "azure", "json")
def _():
    return "adf/linkedService/LS_Sql_KV.json", json.dumps({"name": "LS_Sql_KV", "properties": {"type": "AzureSqlDatabase", "typeProperties": {
        "connectionString": "Integrated Security=False;Encrypt=True;Data Source=%s.database.windows.net;Initial Catalog=app;User ID=adf" % tenant(dom()),
        "password": {"type": "AzureKeyVaultSecret", "store": {"referenceName": "LS_KeyVault", "type": "LinkedServiceReference"}, "secretName": "sql-adf-password"}}}}, indent=4) + "\n"


@N("spmt_report_csv", "microsoft", "csv")
def _():
    rows = ["Source,Destination,Item name,Extension,Item size (bytes),Status,Result category,Message,Source item ID,Destination item ID,Package number,Incremental round"]
    for _i in range(R.randint(4, 12)):
        rows.append("\\\\fs01\\dept\\%s.docx,https://%s.sharepoint.com/sites/x/Shared Documents/%s.docx,%s.docx,docx,%d,Migrated,,,%s,%s,%d,False" % (
            hexs(6), tenant(dom()), hexs(6), hexs(6), R.randint(1000, 10**7), guid(), guid(), R.randint(1, 40)))
    return "sharepoint/ItemReport_R1.csv", J(*rows)


@N("talend_context_ref", "talend", "properties")
def _():
    return "talend/contexts/Prod.properties", J("src_host=%s" % ip(), "src_login=talend", "src_password_file=/opt/talend/secrets/src.pw",
                                                 "job_run_id=%s" % guid(), "last_watermark=%d" % R.randint(10**12, 2 * 10**12))


@N("gws_transfer_status", "google", "json")
def _():
    return "gws/transfer_status.json", json.dumps({"kind": "admin#datatransfer#DataTransfer", "id": rs(AN + "_-", 44), "etag": '"%s"' % rs(B64U, 43),
                                                    "oldOwnerUserId": str(R.randint(10**20, 10**21)), "newOwnerUserId": str(R.randint(10**20, 10**21)),
                                                    "overallTransferStatusCode": "completed", "requestTime": "%sT09:12:00.000Z" % date()}, indent=2) + "\n"


@N("ora2pg_conf_passfile", "oracle", "conf")
def _():
    return "ora2pg/ora2pg.conf", J("ORACLE_DSN\tdbi:Oracle:host=%s;sid=PROD;port=1521" % ip(), "ORACLE_USER\tMIGR",
                                   "# ORACLE_PWD comes from ORA2PG_PASSWD env var (see run.sh)", "SCHEMA\t\tAPPS",
                                   "TYPE\t\tCOPY", "EXPORT_INVALID\t0", "# report hash: %s" % hashlib.sha256(rbytes(8)).hexdigest())


@N("version_manifest", "generic", "yaml")
def _():
    return "tools/versions.yml", J("imapsync: 2.%d" % R.randint(200, 290), "pgloader: 3.6.%d" % R.randint(1, 9),
                                   "ora2pg: 24.%d" % R.randint(0, 3), "rclone: v1.6%d.%d" % (R.randint(0, 9), R.randint(0, 3)),
                                   "build_commit: %s" % hexs(40), "sbom_sha256: %s" % hexs(64))


@N("mailbox_guid_ps", "microsoft", "ps1")
def _():
    L = ["# move requests still stuck - resume them", "$ids = @("]
    L += ["    '%s'," % guid() for _ in range(R.randint(3, 10))]
    L += ["    '%s'" % guid(), ")", "$ids | ForEach-Object { Resume-MoveRequest -Identity $_ -Confirm:$false }"]
    return "exchange/Resume-Stuck.ps1", J(*L)


# ---------------------------------------------------------------- driver
EXT_FT = {"sh": "shell", "ps1": "powershell", "bat": "batch", "cmd": "batch", "csv": "csv", "txt": "text", "md": "markdown",
          "json": "json", "yaml": "yaml", "yml": "yaml", "xml": "xml", "properties": "properties", "py": "python", "js": "javascript",
          "sql": "sql", "gradle": "gradle", "load": "pgloader", "log": "log", "conf": "conf", "cnf": "ini", "ini": "ini",
          "pem": "pem", "pub": "ssh-pubkey", "crt": "pem", "asc": "pgp", "dtsConfig": "xml"}


def filetype(path):
    b = os.path.basename(path)
    if b.startswith(".env"):
        return "env"
    if b == "Makefile":
        return "makefile"
    if "rc" in b and "." not in b.lstrip("."):
        return "conf"
    if "." not in b:
        return "pem" if "rsa" in b else "conf"
    return EXT_FT.get(b.rsplit(".", 1)[1], b.rsplit(".", 1)[1])


def main():
    global R
    if len(sys.argv) != 3:
        sys.exit("usage: gen_lz.py OUTDIR SEED")
    out, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    USED.clear()
    man, secs = [], []
    files = []
    # positives: balanced round-robin over templates, env template capped
    order = []
    while len(order) < 500:
        blk = TEMPLATES[:]
        R.shuffle(blk)
        order += blk
    order = order[:500]
    envn = sum(1 for t in order if t["name"] == "env_file")
    assert envn <= 25
    needles = []
    for i, t in enumerate(order):
        if t["sec"] in PEMGEN:
            while True:
                val, needle = PEMGEN[t["sec"]]()
                if needle not in USED:
                    break
        else:
            val = uniq(SECGEN[t["sec"]])
            needle = val
        USED.add(val); USED.add(needle)
        path, text = t["f"](Ctx(False, val))
        if t["name"] == "gcp_sa_json":
            pass
        idx = text.find(needle)
        assert idx >= 0, (t["name"], needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1]
        rel = "pos/p%04d/%s" % (i, path)
        files.append((rel, text))
        man.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": filetype(path), "template": t["name"]})
        secs.append({"file": rel, "needle": needle, "line": line})
        needles.append(needle)
    # negatives
    negs = []
    reuse = []
    while len(reuse) < 250:
        blk = TEMPLATES[:]
        R.shuffle(blk)
        reuse += blk
    reuse = reuse[:250]
    look = []
    while len(look) < 250:
        blk = NEGTEMPLATES[:]
        R.shuffle(blk)
        look += blk
    look = look[:250]
    plan = [("reuse", t) for t in reuse] + [("look", t) for t in look]
    R.shuffle(plan)
    for j, (mode, t) in enumerate(plan):
        if mode == "reuse":
            v = neg_value(t["sec"], t["style"])
            path, text = t["f"](Ctx(True, v))
            if os.path.basename(path).startswith(".env"):
                path = os.path.join(os.path.dirname(path), pick([".env.example", ".env.sample"]))
            tname = t["name"] + "__placeholder"
            prov, kind = t["provider"], t["kind"]
        else:
            path, text = t["f"]()
            tname, prov, kind = t["name"], t["provider"], t["kind"]
        rel = "neg/n%04d/%s" % (j, path)
        files.append((rel, text))
        man.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(path), "template": tname})
        negs.append(text)
    # checks
    assert len(set(needles)) == 500
    big = "\n".join(negs)
    for n in needles:
        assert n not in big, n
    for rel, text in files:
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in man:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secs:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
