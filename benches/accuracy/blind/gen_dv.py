#!/usr/bin/env python3
"""Blind evaluation-set generator "dv" for keyhook: mainframe, midrange and legacy batch estates.

EMPHASIS
    Credentials as they really sit in z/OS, IBM i, NonStop and legacy-batch repositories and in the
    modernisation projects around them:
    - z/OS JCL: USER=/PASSWORD= on JOB cards, FTP step INPUT decks (userid+password lines), RACF
      ALTUSER PASSWORD()/PHRASE() in IKJEFT01 SYSTSIN, RACF PTKTDATA SSIGNON(KEYMASKED(<16 hex>))
      PassTicket keys, IDCAMS VSAM MASTERPW/UPDATEPW/CONTROLPW, JES2 RJE /*SIGNON cards,
      Connect:Direct DMBATCH SIGNON USERID=(id,pw), CA-7 batch terminal /LOGON, JZOS STDENV exports.
    - REXX (FTP via EXECIO queue, DSNREXX CONNECT ... USING, z/OSMF curl via bpxwunix), CLIST.
    - IBM i CL: RUNRMTCMD RMTPWD(), ADDSVRAUTE PASSWORD(), CRTUSRPRF PASSWORD(); FTP script members;
      JT400 new AS400(sys,user,pw); jdbc:as400 URLs; IBM i Access ODBC odbc.ini.
    - DB2: JDBC URLs / positional getConnection args, ibm_db PWD=, db2cli.ini, CLP "connect ... using",
      SQL "CONNECT TO ... USER ... USING", Spring datasource, Liberty authData (plain and {xor}).
    - IBM MQ: MQEnvironment.password, JMS WMQConstants.PASSWORD, pymqi, ibm.mq.password, MQSC
      AUTHINFO LDAPPWD(), mqccred.ini.
    - CICS/IMS connectors: ECIConnectionSpec(user,pw), Liberty properties.cicseci, IMSConnectionSpec,
      EXEC CICS VERIFY PASSWORD() with a hard-coded WORKING-STORAGE constant.
    - COBOL programs and copybooks with VALUE 'pw' constants.
    - Zowe: zowe.config.json with user/password or an APIML JWT tokenValue, v1 zosmf profile yaml,
      ZOWE_OPT_PASSWORD in .env / GitHub Actions / Jenkinsfile; z/OSMF REST via requests; HMC via
      zhmcclient.
    - Schedulers: Control-M Automation API connection profiles (JSON) and XML job variables, IBM
      Workload Scheduler composer USERNAME/PASSWORD and TWS-for-z/OS USRREC USRPSW(),
      Connect:Direct process SNODEID=(id,pw) (z/OS and UNIX syntax).
    - Tandem/NonStop TACL FTP macro and SQL/MX JDBC T4 properties.
    - TN3270 emulator macros: s3270 scripts, .x3270pro macros, PCOMM VBScript .mac, Attachmate
      EXTRA! Basic .ebm, HOD/ZIE XML macros (encrypted="false" input).
    - Micro Focus Enterprise Server: casstart /u /p, XA open strings (PWD= / USRPASS=user.pw).
    - .netrc for mainframe FTP, Windows batch and ksh/bash wrappers (ftp -s, lftp, sshpass, curl).
    - Modernisation cloud/db: AWS key pair in .env and boto3, Azure storage AccountKey in tfvars,
      GitHub classic PAT / GitLab PAT in a git remote URL, IBM Cloud API key, Oracle sqlldr
      userid=u/pw@, PostgreSQL URL in docker-compose, Ansible for z/OS inventory password.
    About half of the positives put the secret under an obvious name (PASSWORD, ftppw, ...), the rest
    under a neutral variable (P2, WS-CONN-PARM2, XFER-K, ...), a positional argument, a URL, an
    FTP input line, a JCL keyword or a screen-macro keystroke.

USAGE
    python3 gen_dv.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500), OUTDIR/manifest.jsonl
    and OUTDIR/secrets.jsonl. Deterministic per SEED (only random.Random(SEED) is used). Standard
    library only.

NEEDLE CONVENTIONS
    - needle = the secret exactly as written, without surrounding quotes.
    - id/secret pairs (AWS key id + secret, user + password) count as one credential; the needle is
      the secret half (AWS secret access key, the password), the public id may sit beside it.
    - Liberty "{xor}..." values: the whole "{xor}<base64>" string (trivially reversible encoding).
    - Zowe APIML tokenValue: the whole JWT. RACF passphrases contain spaces; the needle includes them.
    - RACF PassTicket key: the 16 hex digits inside KEYMASKED(...).
    - Each needle occurs exactly once in its file; "line" is the 1-based line of that occurrence.
    - Formats: RACF passwords 6-8 chars of A-Z 0-9 @#$ (not starting with a digit); passphrases
      4-6 words + number; IBM i passwords either RACF-like or mixed case (QPWDLVL 2/3); human
      passwords mixed case with digits/symbols (symbol sets restricted where the host syntax would
      break: URLs, cmd.exe, XML); AWS AKIA + 16 base32 chars / 40-char base64 secret; Azure storage
      key = base64 of 64 random bytes (88 chars); GitHub "ghp_" + 30 alnum + 6-char base62 CRC32;
      GitLab "glpat-" + 20 chars; IBM Cloud API key 44 chars [A-Za-z0-9_-]; JWT RS256 header.body.sig.

NEGATIVES
    Half of the negatives re-use the positive templates with the secret slot holding something that
    is not a secret: JCL symbolics (&PASSWD, &PW, &FTPPW.), Control-M %%variables, masked values
    (********), XXXXXXXX, empty values, placeholders (<password>, REPLACE_ME, CHANGE_ME), environment
    and secret-manager references (${DB2_PASSWORD}, %FTP_PASSWORD%, os.environ[...],
    System.getenv(...), keyring/getpass, ${{ secrets.X }}, vault CLI), jasypt ENC(...) ciphertext,
    COBOL VALUE SPACES/LOW-VALUES, ICSF KEYLABEL() instead of a key, TACL [#PROMPT], Attachmate
    PasswordBox$ prompts. The manifest "kind" of these negatives names the filler class.
    The other half are domain look-alikes with no credential at all: RACF SETROPTS password policy,
    IRRDBU00 unload JCL with PASSWORD in data-set/DD names, JES2 job logs (JOB12345, IRR010I,
    ICH70001I), EBCDIC hex dumps, SHA-256 digests of PTF packages, sign-on copybooks and BMS maps with
    PASSWORD field names, Zowe configs with "secure" arrays / "managed by @zowe/cli", Control-M
    {"Secret": ...} references, MQSC CHLAUTH/CONNAUTH rules, Connect:Direct netmap/userfile without
    passwords, IBM i QPWD* system values and PASSWORD(*NONE)/RMTPWD(*NONE), vendor-documented
    example values (RACF PassTicket key E001193519561977 from the RACF Security Administrator's
    Guide, AWS AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY), documented defaults
    of public training images (TK4- HERC01/CUL8TR, Micro Focus sample SYSAD/SYSAD), i18n sign-on
    strings, prompted/run-time passwords (REXX PARSE EXTERNAL, PCOMM InputBox, HOD <prompt>),
    PassTicket generation via IRRSPK00, JT400 ProfileTokenCredential, CCSID hex literals,
    CyberArk/Vault/Key Vault/Jenkins withCredentials lookups, RACF LISTUSER output, TWS job streams,
    DFSMS ACS routines with volume serials, FTP scripts relying on .netrc, .env.example templates.

DOUBTS
    Written from memory (not confirmed in the provider docs during this session):
    - Connect:Direct DMBATCH "SIGNON USERID=(id,pw)" syntax; CA-7 batch terminal "/LOGON id,pw" and
      the CA7BTI proc name (site-specific).
    - TWS-for-z/OS USRREC/USRPSW layout was seen in the HCL docs; the distributed composer
      "USERNAME ws#user PASSWORD "..." END" layout is from memory.
    - TACL "#SET #INLINEPREFIX" FTP feeding, NonStop "jdbc:t4sqlmx://" URL and property names.
    - IBM i Access ODBC odbc.ini key names (UserID/Password), Micro Focus XA open-string keywords
      (USRPASS=user.password, PWD=), casstart /u /p switches.
    - Control-M XML VARIABLE layout and the JSON {"Secret": "name"} reference form; Control-M
      SFTP/DB2 connection-profile field names beyond the AWS-guide example.
    - GitHub PAT checksum: CRC32 of the 30 random chars, base62, 6 chars (from memory of GitHub's
      token-format blog post); IBM Cloud API key length 44.
    - x3270 resource-file macro escaping, PCOMM .mac header layout, EXTRA! Basic PutString/
      PasswordBox$ usage, HOD <prompt> attributes.
    - IMSConnectionSpec setUserName/setPassword/setGroupName, ECIConnectionSpec(user, pw),
      Liberty properties.cicseci attribute names.
    Labels a reviewer might dispute:
    - Liberty {xor} values are labelled POSITIVE (encoding, not encryption).
    - jasypt ENC(...) values are labelled NEGATIVE (ciphertext; the key lives elsewhere).
    - TK4- HERC01/CUL8TR and Micro Focus SYSAD/SYSAD are NEGATIVE as publicly documented defaults of
      training/sample systems; a strict reviewer could still flag them.
    - The vendor documentation example values (RACF E001193519561977, AWS ...EXAMPLE keys) in a
      SECRETS.md are NEGATIVE.
    - Short RACF passwords (6-8 upper-case chars) are hard to tell from member names by entropy;
      they are positives only where the syntax makes them a password (PASSWORD=, FTP input line,
      SIGNON, RMTPWD, VALUE constant used as a password, ...).
    - The FTP INPUT deck may hold "userid password" on one line or on two lines; both are positives.

SEARCHES
    search(docs): "RDEFINE PTKTDATA SSIGNON KEYMASKED" -> IBM RACF Security Administrator's Guide
    (PTKTDATA profile, KEYMASKED example key E001193519561977, 64-bit DES keys);
    "Control-M Automation API connection profile Password" -> AWS Prescriptive Guidance Control-M
    page (ConnectionProfile JSON, "RunAs-Pass": "*****");
    "zowe.config.json team configuration" -> docs.zowe.org and IBM Z Open Editor examples (profiles,
    secure arrays, autoStore, nested profiles);
    "IBM Workload Scheduler composer user definition" -> HCL/IBM docs (USRREC USRCPU/USRNAM/USRPSW);
    "Connect:Direct PROCESS statement SNODEID" -> IBM Connect:Direct process-language pages
    (snodeid=(id,pswd[,newpswd]), pnodeid, z/OS SUBMIT statement).
    Scanner-related material shown by the searches: none.
"""

import base64
import json
import os
import random
import sys
import zlib

# ---------------------------------------------------------------------------
# small vocabularies
# ---------------------------------------------------------------------------

HOSTS = [
    "mvsa.corp.acmebank.internal", "zprod01.intra.globex.net", "sysb.mf.northwind.local",
    "lpar3.dc1.contoso-insure.com", "zos-dev.mainframe.initech.io", "10.41.8.20", "10.12.200.7",
    "plex1.sys.umbrella-mutual.net", "ca31.zos.hooli.internal", "mf-test.ops.vandelay.co",
]
IBMI_HOSTS = [
    "as400prod.acmebank.internal", "ibmi-dev01.globex.net", "pub400.northwind.local",
    "iseries1.contoso-insure.com", "10.30.4.15", "power9-lpar2.initech.io", "S44A1B2C.vandelay.co",
]
NSK_HOSTS = ["\\PROD1", "\\BASE24", "\\NSKDEV", "\\TANDEM2", "\\ATMSW"]
RACF_USERS = ["BATCHFT", "OPSJ01", "PAYBAT", "T94721A", "GLXFER", "DB2ADM1", "CICSRGN", "ZOSMFA",
              "NDMUSR", "MQADM01", "HRBATCH", "SCHEDU1", "DEVOPS2", "FTPSVC", "TWSUSR", "CTMAGT"]
IBMI_USERS = ["FTPUSER", "ETLSVC", "QPGMRX", "JDEBATCH", "ODBCRO", "EDIUSER", "MIMIXADM", "BPCSSVC"]
DB_USERS = ["db2inst1", "etl_reader", "payroll_app", "svc_batch", "dwloader", "ZDBUSR", "report_ro"]
APPS = ["PAYROLL", "GLEDGER", "CLAIMS", "BILLING", "HRMS", "POLICY", "TELLER", "LOANS", "INVENT", "EDI"]
HLQ = ["PROD", "SYS2", "TEST", "QA", "DEVL", "PRD1", "ACCT", "OPS"]
PGMS = ["IEFBR14", "IEBGENER", "SORT", "IDCAMS", "IKJEFT01", "DFSRRC00", "DSNUTILB", "ADRDSSU",
        "IEBCOPY", "BPXBATCH", "ICETOOL", "IRXJCL"]
DB2_SSID = ["DB2P", "DBP1", "DSNT", "DB0A", "DBQ2"]
DB2_LOC = ["LOCDB2P", "DALLASA", "STLEC1", "PRODLOC", "DSNV12P"]
QMGRS = ["QM1", "QMPROD01", "MQPA", "CSQ1", "QMGW", "QMEDI02"]
CHANNELS = ["APP.SVRCONN", "DEV.APP.SVRCONN", "CLIENT.BATCH", "SYSTEM.ADMIN.SVRCONN", "EDI.SVRCONN"]
NODES = ["CD.PROD.ZOS", "CDNODE.PARTNER1", "NDM.GLOBEX", "CD.UNIX.ETL", "CD.BANK.HUB"]
CICS_RGNS = ["CICSPA1", "CICSTOR1", "CICSAOR2", "CICSP01", "CICSQA3"]
PEOPLE = ["J. Okafor", "M. Lindqvist", "R. Patel", "S. Moreau", "T. Nakamura", "A. Kowalski", "D. Reyes"]
TICKETS = ["CHG0041723", "INC0099812", "RITM0012210", "CHG0102291", "PRB0002314", "MFOPS-418", "ZMOD-77"]
VOLS = ["PRD001", "WRK013", "SMS0A2", "TSO004", "DB2L01", "ZFS009", "SPL002"]
WORDS = ["harbor", "falcon", "copper", "meadow", "quartz", "tundra", "violet", "ember", "cobalt",
         "orchid", "glacier", "saffron", "timber", "lantern", "pepper", "marble", "willow", "raven",
         "thistle", "cinder", "juniper", "walnut", "sparrow", "granite", "canyon", "mango", "nickel"]
UPWORDS = ["APRIL", "JUNO", "TIGER", "KOALA", "ZEBRA", "DELTA", "OSCAR", "MAPLE", "EAGLE", "CEDAR",
           "COMET", "PLUTO", "RIVER", "STORM", "LUNAR", "BISON", "OTTER", "HAWK", "FROST", "SOLAR"]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B64 = ALNUM + "+/"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def member(r, prefix=None):
    p = prefix or r.choice(["PAY", "GL", "FTP", "BKP", "CLM", "HR", "NDM", "DB2", "MQ", "EDI", "BIL"])
    s = p + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", r.randint(0, 2)) + str(r.randint(1, 999)).zfill(r.choice([2, 3]))
    return s[:8]


def dsn(r, low=None):
    parts = [r.choice(HLQ), r.choice(APPS)]
    parts.append(r.choice(["EXTRACT", "GLFEED", "DAILY", "MASTER", "TRANS", "OUTBOUND", "INBOUND", "LOAD", "UNLOAD"]))
    if low:
        parts.append(low)
    elif r.random() < 0.5:
        parts.append("D%02d%02d%02d" % (r.randint(19, 25), r.randint(1, 12), r.randint(1, 28)))
    return ".".join(parts)


def acct(r):
    return r.choice(["(ACCT)", "(1234,OPS)", "(A0021X)", "(PAY,001)", "(D4410)", "(MF0042,BATCH)", "()"])


def today(r):
    return "%04d-%02d-%02d" % (r.randint(2016, 2025), r.randint(1, 12), r.randint(1, 28))


# ---------------------------------------------------------------------------
# secret generators (positives)
# ---------------------------------------------------------------------------

def racf_password(r):
    """RACF classic password: 1-8 chars, A-Z 0-9 @ # $, not starting with a digit."""
    while True:
        k = r.random()
        if k < 0.35:
            w = r.choice(UPWORDS)[: r.randint(3, 5)]
            s = w + str(r.randint(1, 99)) + r.choice(["", "#", "@", "$"])
            s = s + rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", max(0, 6 - len(s)))
        elif k < 0.7:
            s = r.choice("ABCDEFGHJKLMNPQRSTVWXYZ") + rs(r, UPNUM + "#@$", 7)
        else:
            s = r.choice(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]) \
                + str(r.randint(10, 99)) + rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ#$@", r.randint(1, 3))
        s = s[:8]
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s) and len(s) >= 6:
            return s


def human_password(r, syms="!#$%&*@?+=-_."):
    k = r.random()
    sym = r.choice(syms)
    if k < 0.25:
        w = r.choice(WORDS)
        w = w[0].upper() + w[1:]
        return w + str(r.randint(10, 9999)) + sym
    if k < 0.45:
        w = r.choice(WORDS)
        leet = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "$"}
        w = "".join(leet.get(c, c) if r.random() < 0.5 else c for c in w)
        return w[0].upper() + w[1:] + sym + str(r.randint(1, 99))
    if k < 0.7:
        n = r.randint(12, 20)
        while True:
            s = r.choice(ALNUM) + rs(r, ALNUM + syms, n - 1)
            if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
                return s
    if k < 0.85:
        a, b = r.sample(WORDS, 2)
        return a.capitalize() + sym + b.capitalize() + str(r.randint(1, 99))
    return rs(r, "abcdefghijkmnpqrstuvwxyz", 4) + str(r.randint(100, 999)) + rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 3) + sym


def url_password(r):
    """Password safe inside URLs, user:pass pairs and unquoted shell words."""
    return human_password(r, "-_.~")


def bat_password(r):
    """Password without characters that cmd.exe, XML or Groovy strings would mangle."""
    return human_password(r, "#@_-.+=")


def racf_passphrase(r):
    ws = r.sample(WORDS, r.randint(3, 5))
    ws[0] = ws[0].capitalize()
    s = " ".join(ws) + " " + str(r.randint(2, 999))
    if r.random() < 0.4:
        s += r.choice(["!", ".", "?"])
    return s


def ibmi_password(r):
    # QPWDLVL 0/1: up to 10 uppercase; QPWDLVL 2/3: mixed case up to 128
    return racf_password(r) if r.random() < 0.4 else human_password(r)


def hex_key(r, n=16):
    return rs(r, "0123456789ABCDEF", n)


def aws_key_pair(r):
    akid = "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    sec = rs(r, B64, 40)
    return akid, sec


def azure_storage_key(r):
    raw = bytes(r.randrange(256) for _ in range(64))
    return base64.b64encode(raw).decode()


def b62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"[d] + out
    return out.rjust(width, "0")


def github_pat(r):
    body = rs(r, ALNUM, 30)
    return "ghp_" + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gitlab_pat(r):
    return "glpat-" + rs(r, ALNUM + "-_", 20)


def ibm_cloud_apikey(r):
    return rs(r, ALNUM + "-_", 44)


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def zowe_jwt(r, user):
    hdr = b64url(json.dumps({"typ": "JWT", "alg": "RS256"}, separators=(",", ":")).encode())
    iat = r.randint(1700000000, 1760000000)
    body = b64url(json.dumps({"sub": user, "iat": iat, "exp": iat + 28800, "iss": "APIML",
                              "jti": "%08x-%04x-4%03x-a%03x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12), r.getrandbits(12), r.getrandbits(48))},
                             separators=(",", ":")).encode())
    sig = b64url(bytes(r.randrange(256) for _ in range(256)))
    return hdr + "." + body + "." + sig


def liberty_xor(pw):
    return "{xor}" + base64.b64encode(bytes(ord(c) ^ 0x5F for c in pw)).decode()


# ---------------------------------------------------------------------------
# negative fillers: values that sit where a secret would, but are not secrets
# ---------------------------------------------------------------------------

class Expr(object):
    """A non-literal expression (env lookup, function call); rendered without quotes."""

    def __init__(self, code):
        self.code = code

    def __str__(self):
        return self.code


FILL = {
    "jcl": ["&PASSWD", "&PW", "&SYSPW", "********", "XXXXXXXX", "%%FTPPWD", "&FTPPW."],
    "racfcmd": ["********", "xxxxxxxx", "<temppw>", "&NEWPW"],
    "ftp": ["********", "<password>", "&PW", "XXXXXXXX"],
    "shell": ["${ZOS_PASSWORD}", "$FTP_PASS", "${MF_PWD:?not set}", "<password>", "********",
              "$(vault kv get -field=password secret/mf/batch)", "${DB2_PASSWORD}"],
    "bat": ["%FTP_PASSWORD%", "%MF_PWD%", "<password>", "********", "%~2"],
    "java": [Expr('System.getenv("MF_PASSWORD")'), Expr('props.getProperty("as400.password")'),
             Expr('System.getProperty("db2.pwd")'), "<password>", "", Expr("secrets.lookup(\"mf/batch\")"),
             Expr('new String(System.console().readPassword("Password: "))')],
    "python": [Expr('os.environ["MF_PASSWORD"]'), Expr('os.getenv("DB2_PWD")'),
               Expr('keyring.get_password("zos", USER)'), Expr('getpass.getpass("RACF password: ")'),
               "<password>", "", Expr('cfg["mainframe"]["password"]')],
    "props": ["${DB2_PASSWORD}", "", "********", "${vault.mf.password}", "<set-in-vault>",
              "ENC(kT7yB0m2Qw9vXcJ4hN6sLg==)", "${env:MQ_APP_PASSWORD}"],
    "json": ["", "${ZOWE_PASSWORD}", "********", "<password>", "{{ mf_password }}"],
    "xml": ["${env.DB2_PWD}", "", "********", "${mq.password}", "%%PASSWORD"],
    "ini": ["", "********", "<password>", "%MQ_PASSWORD%", "REPLACE_ME"],
    "netrc": ["<your-racf-password>", "XXXXXXXX", "********", "CHANGE_ME"],
    "cobol": [Expr("SPACES"), Expr("LOW-VALUES"), "********", "XXXXXXXX"],
    "macro": ["********", "<password>", "%PASSWORD%", "{PASSWORD}"],
    "tacl": ["<password>", "********", "[#PROMPT]"],
    "mqsc": ["", "********", " "],
    "yaml": ["\"{{ vault_mf_password }}\"", "${DB2_PASSWORD}", "\"\"", "\"********\"", "null"],
    "env": ["", "set-in-vault", "<password>", "${VAULT_MF_PASSWORD}", "********"],
    "tws": ["********", "", "<password>"],
    "cdp": ["&PSWD", "********", "&SNODEPW"],
    "url": ["${PG_PASSWORD}", "<password>", "****", "${GIT_TOKEN}", "$CI_JOB_TOKEN"],
    "gha": ["${{ secrets.ZOS_PASSWORD }}", "${{ secrets.RACF_PW }}", "${{ vars.ZOS_PW_REF }}"],
    "azure": ["<storage-account-key>", "", "REDACTED"],
    "md": ["`********`", "(see CyberArk safe MF-BATCH)", "`<RACF password>`", "*ask the ops lead*"],
}


class Ctx(object):
    """Per-file context handed to a template. In positive mode .sec() records the needle."""

    def __init__(self, r, positive):
        self.r = r
        self.positive = positive
        self.needle = None
        self.filler = None
        self.obvious = r.random() < 0.5

    def sec(self, family, gen, *args):
        """Return the secret (positive) or a filler (negative) for a slot of the given family."""
        if self.positive:
            assert self.needle is None, "template asked for two secrets"
            v = gen(self.r, *args) if callable(gen) else gen
            self.needle = v
            return v
        self.filler = self.r.choice(FILL[family])
        return self.filler

    def q(self, v, quote='"'):
        """Render a value as a quoted literal, or raw if it is an expression."""
        if isinstance(v, Expr):
            return v.code
        return quote + v + quote

    def nm(self, obvious, neutral):
        return self.r.choice(obvious if self.obvious else neutral)


# ---------------------------------------------------------------------------
# shared template helpers
# ---------------------------------------------------------------------------

TEMPLATES = []      # (name, fn) usable for positives and, with fillers, negatives


def tpl(fn):
    TEMPLATES.append((fn.__name__, fn))
    return fn


def out(path, lines, provider, kind, ftype, fam):
    text = "\n".join(lines).rstrip("\n") + "\n"
    return {"path": path, "text": text, "provider": provider, "kind": kind, "filetype": ftype, "fam": fam}


def jobcard(r, name, extra=None):
    pg = "'%s'" % r.choice(["OPS BATCH", "NIGHTLY", r.choice(PEOPLE).upper(), "MF SCHED", "GL EXTRACT"])
    lines = ["//%s JOB %s,%s,CLASS=%s,MSGCLASS=%s," % (name, acct(r), pg, r.choice("ABKP"), r.choice("XHT")),
             "//             MSGLEVEL=(1,1)%s" % ("," if extra else "")]
    if extra:
        lines.append("//             " + extra)
    return lines


def jcl_banner(r, app, what):
    return ["//*" + "-" * 66,
            "//* %s - %s" % (app, what),
            "//* CHANGE %s  %s  %s" % (r.choice(TICKETS), today(r), r.choice(PEOPLE).upper()),
            "//*" + "-" * 66]


def jcl_path(r, mem):
    return r.choice(["jcl/%s.jcl" % mem, "src/jcl/%s.jcl" % mem, "mvs/JCL/%s" % mem,
                     "%s/jcl/%s.jcl" % (r.choice(APPS).lower(), mem), "zos/jcllib/%s.jcl" % mem,
                     "CNTL/%s.jcl" % mem])


def sortstep(r, step="STEP010"):
    return ["//%s EXEC PGM=SORT" % step.ljust(8),
            "//SORTIN   DD DSN=%s,DISP=SHR" % dsn(r),
            "//SORTOUT  DD DSN=%s," % dsn(r, "SORTED"),
            "//            DISP=(NEW,CATLG,DELETE),UNIT=SYSDA,",
            "//            SPACE=(CYL,(%d,%d),RLSE)" % (r.randint(5, 200), r.randint(1, 50)),
            "//SYSOUT   DD SYSOUT=*",
            "//SYSIN    DD *",
            "  SORT FIELDS=(%d,%d,CH,A)" % (r.randint(1, 20), r.randint(4, 16)),
            "/*"]


# ---------------------------------------------------------------------------
# positive (and re-usable) templates: z/OS JCL
# ---------------------------------------------------------------------------

@tpl
def t_jcl_jobcard(c):
    r = c.r
    mem = member(r)
    pw = c.sec("jcl", racf_password)
    u = r.choice(RACF_USERS)
    L = ["//%s JOB %s,'%s',CLASS=%s,MSGCLASS=X," % (mem, acct(r), r.choice(APPS), r.choice("ABK")),
         "//             NOTIFY=&SYSUID,REGION=0M,",
         "//             USER=%s,PASSWORD=%s" % (u, pw)]
    L += jcl_banner(r, r.choice(APPS), "RUN UNDER SURROGATE ID FOR PROD ACCESS")
    L += sortstep(r)
    if r.random() < 0.6:
        L += ["//STEP020  EXEC PGM=IEBGENER",
              "//SYSUT1   DD DSN=%s,DISP=SHR" % dsn(r, "SORTED"),
              "//SYSUT2   DD SYSOUT=(*,INTRDR)" if r.random() < 0.3 else "//SYSUT2   DD SYSOUT=*",
              "//SYSPRINT DD SYSOUT=*",
              "//SYSIN    DD DUMMY"]
    return out(jcl_path(r, mem), L, "ibm-racf", "racf_password", "jcl", "jcl")


@tpl
def t_jcl_ftp(c):
    r = c.r
    mem = member(r, "FTP")
    host = r.choice(HOSTS)
    u = r.choice(RACF_USERS + ["glfeed", "sftpsvc", "ftpin01"])
    pw = c.sec("ftp", racf_password if r.random() < 0.5 else human_password)
    L = jobcard(r, mem) + jcl_banner(r, r.choice(APPS), "SEND EXTRACT TO %s" % (host if host[0].isdigit() else host.split(".")[0].upper()))
    L += ["//FTPSTEP  EXEC PGM=FTP,REGION=0M,",
          "//            PARM='%s (EXIT TIMEOUT %d'" % (host, r.choice([30, 60, 120, 300])),
          "//SYSPRINT DD SYSOUT=*",
          "//OUTPUT   DD SYSOUT=*",
          "//INPUT    DD *"]
    if r.random() < 0.5:
        L += [u, pw]
    else:
        L += ["%s %s" % (u, pw)]
    L += [r.choice(["ascii", "binary", "ebcdic"]),
          "cd %s" % r.choice(["/inbound/gl", "/data/feeds/in", "'%s'" % r.choice(HLQ), "/u/xfer/in"]),
          "put '%s' %s" % (dsn(r), r.choice(["gl_extract.txt", "claims.dat", "payroll.csv", "EDI810.X12"])),
          "quit", "/*"]
    return out(jcl_path(r, mem), L, "ibm-zos-ftp", "ftp_password", "jcl", "ftp")


@tpl
def t_jcl_racf_admin(c):
    r = c.r
    mem = member(r, "RACF")
    uid = r.choice(RACF_USERS)
    phrase = r.random() < 0.4
    L = jobcard(r, mem) + jcl_banner(r, "SECADM", "RESET SERVICE ID %s" % uid)
    L += ["//TSOBAT   EXEC PGM=IKJEFT01,DYNAMNBR=20",
          "//SYSTSPRT DD SYSOUT=*",
          "//SYSTSIN  DD *",
          "  LISTUSER %s" % uid]
    if phrase:
        v = c.sec("racfcmd", racf_passphrase)
        L += ["  ALTUSER %s PHRASE('%s') NOEXPIRED" % (uid, v)]
    else:
        v = c.sec("racfcmd", racf_password)
        L += ["  ALTUSER %s PASSWORD(%s) NOEXPIRED" % (uid, v)]
    L += ["  ALTUSER %s RESUME" % uid,
          "  CONNECT %s GROUP(%s) AUTHORITY(USE)" % (uid, r.choice(["BATCHGRP", "PAYGRP", "SYS1", "OPSGRP"])),
          "  PERMIT '%s.**' ID(%s) ACCESS(UPDATE)" % (r.choice(HLQ), uid),
          "  SETROPTS GENERIC(DATASET) REFRESH",
          "/*"]
    return out(jcl_path(r, mem), L, "ibm-racf", "racf_passphrase" if phrase else "racf_password", "jcl", "racfcmd")


@tpl
def t_jcl_ptktdata(c):
    r = c.r
    mem = member(r, "PTKT")
    appl = r.choice(["IRRZOSMF", "CICSPA1", "TSOR001", "MQWEB", "IZUDFLT", "DB2PLOC", "CICSTOR1"])
    if c.positive:
        ss = "KEYMASKED(%s)" % c.sec("racfcmd", hex_key)
    else:
        c.filler = r.choice(["KEYLABEL(IRR.PTKT.%s)" % appl, r.choice(FILL["racfcmd"]), "&PTKEY"])
        ss = c.filler if c.filler.startswith("KEYLABEL") else "KEYMASKED(%s)" % c.filler
    L = jobcard(r, mem) + jcl_banner(r, "SECADM", "PASSTICKET PROFILE FOR %s" % appl)
    L += ["//RACFCMD  EXEC PGM=IKJEFT01",
          "//SYSTSPRT DD SYSOUT=*",
          "//SYSTSIN  DD *",
          "  SETROPTS CLASSACT(PTKTDATA) RACLIST(PTKTDATA)",
          "  RDEFINE PTKTDATA %s SSIGNON(%s) UACC(NONE) +" % (appl, ss),
          "          APPLDATA('NO REPLAY PROTECTION')",
          "  RDEFINE PTKTDATA IRRPTAUTH.%s.* UACC(NONE)" % appl,
          "  PERMIT IRRPTAUTH.%s.* CLASS(PTKTDATA) ID(%s) ACCESS(UPDATE)" % (appl, r.choice(RACF_USERS)),
          "  SETROPTS RACLIST(PTKTDATA) REFRESH",
          "/*"]
    return out(jcl_path(r, mem), L, "ibm-racf", "passticket_key", "jcl", "racfcmd")


@tpl
def t_jcl_idcams_vsam(c):
    r = c.r
    mem = member(r, "DEF")
    pw = c.sec("jcl", racf_password)
    kw = r.choice(["MASTERPW", "UPDATEPW", "CONTROLPW"])
    cl = dsn(r, "KSDS")
    L = jobcard(r, mem) + jcl_banner(r, r.choice(APPS), "DEFINE PASSWORD-PROTECTED KSDS")
    L += ["//DEFINE   EXEC PGM=IDCAMS",
          "//SYSPRINT DD SYSOUT=*",
          "//SYSIN    DD *",
          "  DELETE %s CLUSTER PURGE" % cl,
          "  SET MAXCC = 0",
          "  DEFINE CLUSTER (NAME(%s) -" % cl,
          "         INDEXED KEYS(%d 0) RECORDSIZE(%d %d) -" % (r.randint(8, 20), r.randint(80, 200), r.randint(200, 800)),
          "         %s(%s) -" % (kw, pw),
          "         VOLUMES(%s) CYLINDERS(%d %d) SHAREOPTIONS(2 3)) -" % (r.choice(VOLS), r.randint(5, 50), r.randint(1, 10)),
          "    DATA (NAME(%s.DATA)) -" % cl,
          "    INDEX (NAME(%s.INDEX))" % cl,
          "/*"]
    return out(jcl_path(r, mem), L, "ibm-vsam", "vsam_password", "jcl", "jcl")


@tpl
def t_jcl_rje_signon(c):
    r = c.r
    mem = member(r, "RJE")
    rmt = "REMOTE%03d" % r.randint(1, 300)
    pw = c.sec("jcl", racf_password)
    so = "/*SIGNON".ljust(15) + rmt.ljust(9) + pw
    L = [so,
         "//%s JOB %s,'%s',CLASS=A,MSGCLASS=X" % (mem, acct(r), r.choice(APPS)),
         "//*  RJE DECK FOR BRANCH PRINTER - DO NOT RENUMBER",
         "/*ROUTE PRINT %s" % rmt.replace("REMOTE", "R"),
         "//PRINT    EXEC PGM=IEBGENER",
         "//SYSUT1   DD DSN=%s,DISP=SHR" % dsn(r, "REPORT"),
         "//SYSUT2   DD SYSOUT=A,DEST=%s" % rmt.replace("REMOTE", "R"),
         "//SYSPRINT DD SYSOUT=*",
         "//SYSIN    DD DUMMY",
         "/*SIGNOFF"]
    return out(r.choice(["rje/%s.jcl" % mem.lower(), "branch/decks/%s.txt" % mem, "jcl/rje/%s" % mem]),
               L, "ibm-jes2", "rje_password", "jcl", "jcl")


@tpl
def t_jcl_ndm_dmbatch(c):
    r = c.r
    mem = member(r, "NDM")
    u = r.choice(RACF_USERS)
    pw = c.sec("jcl", racf_password)
    L = jobcard(r, mem) + jcl_banner(r, "CONNECT:DIRECT", "SUBMIT GL TRANSFER PROCESS")
    L += ["//NDMBAT   EXEC PGM=DMBATCH,PARM=(YYSLYNN)",
          "//STEPLIB  DD DSN=CD.PROD.LINKLIB,DISP=SHR",
          "//DMNETMAP DD DSN=CD.PROD.NETMAP,DISP=SHR",
          "//DMPUBLIB DD DSN=CD.PROD.PROCESS,DISP=SHR",
          "//DMMSGFIL DD DSN=CD.PROD.MSG,DISP=SHR",
          "//DMPRINT  DD SYSOUT=*",
          "//SYSPRINT DD SYSOUT=*",
          "//SYSIN    DD *",
          "  SIGNON USERID=(%s,%s) ESF=YES" % (u, pw),
          "  SUBMIT PROC=%s SNODE=%s -" % (member(r, "GL"), r.choice(NODES)),
          "         &DSN=%s" % dsn(r),
          "  SIGNOFF",
          "/*"]
    return out(jcl_path(r, mem), L, "ibm-connect-direct", "ndm_password", "jcl", "jcl")


@tpl
def t_jcl_ca7_bti(c):
    r = c.r
    mem = member(r, "CA7")
    pw = c.sec("jcl", racf_password)
    L = jobcard(r, mem) + jcl_banner(r, "CA-7", "DEMAND RERUN VIA BATCH TERMINAL")
    L += ["//BTI      EXEC CA7BTI",
          "//SYSIN    DD *",
          "/LOGON %s,%s" % (r.choice(RACF_USERS), pw),
          "DEMAND,JOB=%s,SCHID=%03d" % (member(r), r.randint(1, 99)),
          "LQ,JOB=%s" % member(r),
          "/LOGOFF",
          "/*"]
    return out(jcl_path(r, mem), L, "ca7-scheduler", "racf_password", "jcl", "jcl")


@tpl
def t_jcl_jzos_stdenv(c):
    r = c.r
    mem = member(r, "JZ")
    pw = c.sec("shell", human_password)
    var = c.nm(["DB2_PASSWORD", "DB_PWD", "JDBC_PASSWORD"], ["DB_ARG2", "CONN_P", "APP_K"])
    L = jobcard(r, mem) + jcl_banner(r, r.choice(APPS), "JAVA BATCH UNDER JZOS")
    L += ["//JAVA     EXEC PROC=JVMPRC%s,JAVACLS='com.%s.batch.Main'" % (r.choice(["86", "11", "17"]), r.choice(["acme", "globex", "initech"])),
          "//STDENV   DD *",
          ". /etc/profile",
          "export JAVA_HOME=/usr/lpp/java/J%s_64" % r.choice(["8.0", "11.0", "17.0"]),
          "export CLASSPATH=/u/batch/lib/app.jar:/usr/lpp/db2c10/jdbc/classes/db2jcc4.jar",
          "export DB_URL=jdbc:db2://%s:%d/%s" % (r.choice(HOSTS), r.choice([446, 5040, 447]), r.choice(DB2_LOC)),
          "export DB_USER=%s" % r.choice(DB_USERS),
          ("export %s='%s'" if c.positive else 'export %s="%s"') % (var, pw),
          "IJO=\"-Xms256m -Xmx1g\"",
          "/*",
          "//SYSOUT   DD SYSOUT=*"]
    return out(jcl_path(r, mem), L, "ibm-db2", "db_password", "jcl", "shell")


# ---------------------------------------------------------------------------
# REXX / CLIST
# ---------------------------------------------------------------------------

def rexx_hdr(r, name, what):
    return ["/* REXX " + "-" * 60 + " */",
            "/* %-8s - %-55s */" % (name, what),
            "/* Owner: %-20s Changed: %-10s %-14s */" % (r.choice(PEOPLE), today(r), r.choice(TICKETS)),
            "/* " + "-" * 66 + " */"]


@tpl
def t_rexx_ftp(c):
    r = c.r
    mem = member(r, "FTP")
    pw = c.sec("ftp", racf_password if r.random() < 0.6 else human_password)
    pv = c.nm(["ftppw", "pass", "password"], ["p2", "tok", "k"])
    L = rexx_hdr(r, mem, "push extract to distributed side via FTP")
    L += ["trace o",
          "arg indsn .",
          "if indsn = '' then indsn = \"'%s'\"" % dsn(r),
          "host  = '%s'" % r.choice(HOSTS),
          "uid   = '%s'" % r.choice(RACF_USERS + ["xferusr", "glfeed"]),
          "%s = '%s'" % (pv.ljust(5), pw),
          "",
          "queue uid %s" % pv,
          "queue 'ascii'",
          "queue 'put' indsn '%s'" % r.choice(["gl.txt", "claims.dat", "extract.csv"]),
          "queue 'quit'",
          "",
          "\"ALLOC F(INPUT) NEW REUSE UNIT(VIO) TRACKS SPACE(1 1) RECFM(F B) LRECL(80)\"",
          "\"EXECIO\" queued() \"DISKW INPUT (FINIS\"",
          "\"ALLOC F(OUTPUT) DA(*) REUSE\"",
          "\"FTP\" host \"(EXIT\"",
          "ftprc = rc",
          "\"FREE F(INPUT OUTPUT)\"",
          "if ftprc <> 0 then say 'FTP failed, rc='ftprc",
          "exit ftprc"]
    return out(r.choice(["rexx/%s.rexx" % mem, "src/rexx/%s.rex" % mem.lower(), "EXEC/%s" % mem, "tools/%s.rexx" % mem.lower()]),
               L, "ibm-zos-ftp", "ftp_password", "rexx", "ftp")


@tpl
def t_rexx_dsnrexx(c):
    r = c.r
    mem = member(r, "DB2")
    pw = c.sec("ftp", racf_password)
    pv = c.nm(["pwd", "db2pw"], ["hv2", "cred"])
    L = rexx_hdr(r, mem, "row counts from remote DB2 location")
    L += ["address tso 'SUBCOM DSNREXX'",
          "if rc then s_rc = rxsubcom('ADD','DSNREXX','DSNREXX')",
          "ssid = '%s'" % r.choice(DB2_SSID),
          "loc  = '%s'" % r.choice(DB2_LOC),
          "usr  = '%s'" % r.choice(RACF_USERS),
          "%s = '%s'" % (pv, pw),
          "address dsnrexx 'CONNECT' ssid",
          "address dsnrexx \"EXECSQL CONNECT TO :loc USER :usr USING :%s\"" % pv,
          "if sqlcode <> 0 then do",
          "  say 'connect failed' sqlcode sqlerrmc",
          "  exit 8",
          "end",
          "sql = \"SELECT COUNT(*) FROM %s.%s\"" % (r.choice(["PAYR", "GLED", "CLMS"]), r.choice(["TXN_HIST", "ACCT_MSTR", "CLAIM_LINE"])),
          "address dsnrexx \"EXECSQL DECLARE C1 CURSOR FOR S1\"",
          "address dsnrexx \"EXECSQL PREPARE S1 FROM :sql\"",
          "address dsnrexx \"EXECSQL OPEN C1\"",
          "address dsnrexx \"EXECSQL FETCH C1 INTO :cnt\"",
          "say loc 'rows:' cnt",
          "address dsnrexx \"EXECSQL CLOSE C1\"",
          "address dsnrexx 'DISCONNECT'",
          "exit 0"]
    return out(r.choice(["rexx/%s.rexx" % mem, "src/rexx/%s.rex" % mem.lower(), "EXEC/%s" % mem]),
               L, "ibm-db2", "racf_password", "rexx", "ftp")


@tpl
def t_rexx_zosmf_curl(c):
    r = c.r
    mem = member(r, "ZM")
    pw = c.sec("ftp", url_password)
    pv = c.nm(["passwd", "zosmf_pw"], ["secret_part", "s"])
    host = r.choice(HOSTS)
    L = ["/* REXX */",
         "/* list active jobs through z/OSMF REST, runs under USS (bpxwunix) */",
         "parse arg owner .",
         "if owner = '' then owner = '*'",
         "user = '%s'" % r.choice(RACF_USERS),
         "%s = '%s'" % (pv, pw),
         "url  = 'https://%s:%d/zosmf/restjobs/jobs?owner='owner'&status=ACTIVE'" % (host, r.choice([443, 10443, 11443])),
         "cmd  = \"curl -s -k -H 'X-CSRF-ZOSMF-HEADER: true' -u \"user\":\"%s \"'\"url\"'\"" % pv,
         "call bpxwunix cmd,, out., err.",
         "if err.0 > 0 then do i = 1 to err.0; say 'ERR:' err.i; end",
         "do i = 1 to out.0",
         "  say out.i",
         "end",
         "exit 0"]
    return out(r.choice(["rexx/%s.rexx" % mem.lower(), "uss/bin/%s.rexx" % mem.lower(), "scripts/zosmf_jobs.rexx"]),
               L, "ibm-zosmf", "racf_password", "rexx", "ftp")


@tpl
def t_clist_ftp(c):
    r = c.r
    mem = member(r, "CL")
    pw = c.sec("ftp", racf_password)
    pv = c.nm(["FTPPW", "PASSWD", "PSWD"], ["P2", "PARMB", "XK"])
    L = ["PROC 1 DSN HOST(%s)" % r.choice(HOSTS),
         "/* %s - NIGHTLY %s TRANSFER, %s */" % (mem, r.choice(APPS), r.choice(TICKETS)),
         "CONTROL NOMSG NOLIST NOFLUSH",
         "SET &FTPUSR = %s" % r.choice(RACF_USERS),
         "SET &%s = %s" % (pv, pw),
         "ALLOC F(INPUT) DA('&SYSUID..FTP.CMDS') SHR REUSE",
         "ALLOC F(OUTPUT) SYSOUT(X) REUSE",
         "OPENFILE INPUT OUTPUT",
         "SET &INPUT = &STR(&FTPUSR &%s)" % pv,
         "PUTFILE INPUT",
         "SET &INPUT = &STR(PUT '&DSN' IN/%s.DAT)" % r.choice(APPS).lower(),
         "PUTFILE INPUT",
         "SET &INPUT = QUIT",
         "PUTFILE INPUT",
         "CLOSFILE INPUT",
         "FTP &HOST (EXIT",
         "SET &RC = &LASTCC",
         "FREE F(INPUT OUTPUT)",
         "IF &RC NE 0 THEN WRITE FTP FAILED RC=&RC",
         "EXIT CODE(&RC)"]
    return out(r.choice(["clist/%s.clist" % mem, "CLIST/%s" % mem, "src/clist/%s.clist" % mem.lower()]),
               L, "ibm-zos-ftp", "ftp_password", "clist", "ftp")


@tpl
def t_clist_logon_tso(c):
    r = c.r
    mem = member(r, "XM")
    pw = c.sec("ftp", racf_password)
    L = ["PROC 0",
         "/* %s: SUBMIT CROSS-SYSTEM JOB VIA NJE WITH SURROGATE */" % mem,
         "CONTROL NOLIST NOMSG",
         "SET &NODE = %s" % r.choice(["NJEB", "SYSB", "PLEX2", "DRSITE"]),
         "SET &U = %s" % r.choice(RACF_USERS),
         "SET &P = %s" % pw,
         "ALLOC F(JCL) NEW REUSE UNIT(VIO) SPACE(1 1) TRACKS LRECL(80) RECFM(F B)",
         "OPENFILE JCL OUTPUT",
         "SET &JCL = &STR(//&SYSUID.X JOB (ACCT),'XMIT',CLASS=A,MSGCLASS=X,)",
         "PUTFILE JCL",
         "SET &JCL = &STR(//   USER=&U,PASSWORD=&P)",
         "PUTFILE JCL",
         "SET &JCL = &STR(/*XEQ &NODE)",
         "PUTFILE JCL",
         "SET &JCL = &STR(//S1 EXEC PGM=%s)" % r.choice(["IEFBR14", "IDCAMS", "SORT"]),
         "PUTFILE JCL",
         "CLOSFILE JCL",
         "SUBMIT JCL",
         "FREE F(JCL)"]
    return out(r.choice(["clist/%s.clist" % mem, "CLIST/%s" % mem]), L, "ibm-racf", "racf_password", "clist", "ftp")


# ---------------------------------------------------------------------------
# IBM i CL / FTP scripts
# ---------------------------------------------------------------------------

def cl_hdr(r, name, what):
    return ["/*" + "*" * 66 + "*/",
            "/* %-10s %-55s */" % (name, what),
            "/* %-66s */" % ("Maintained by %s  %s" % (r.choice(PEOPLE), r.choice(TICKETS))),
            "/*" + "*" * 66 + "*/"]


def cl_path(r, mem):
    return r.choice(["QCLSRC/%s.clle" % mem, "src/qclsrc/%s.clle" % mem.lower(), "qcllesrc/%s.CLLE" % mem,
                     "ibmi/QCLSRC/%s.clp" % mem, "%s/QCLSRC/%s.CLP" % (r.choice(["ERPLIB", "EDILIB", "GLLIB"]), mem)])


@tpl
def t_cl_runrmtcmd(c):
    r = c.r
    mem = member(r, "RMT")
    pw = c.sec("ftp", ibmi_password)
    inline = r.random() < 0.5
    L = ["             PGM        PARM(&PERIOD)"] + cl_hdr(r, mem, "Kick the Windows loader after the GL close")
    L += ["             DCL        VAR(&PERIOD) TYPE(*CHAR) LEN(6)",
          "             DCL        VAR(&CMD) TYPE(*CHAR) LEN(200)"]
    if not inline:
        L += ["             DCL        VAR(&%s) TYPE(*CHAR) LEN(32) VALUE('%s')" % (c.nm(["RMTPWD", "PWD"], ["PARM2", "RKEY"]), pw)]
        pwref = "&" + L[-1].split("VAR(&")[1].split(")")[0]
    else:
        pwref = "'%s'" % pw
    L += ["             CHGVAR     VAR(&CMD) VALUE('cmd /c D:\\jobs\\loadgl.bat ' *CAT &PERIOD)",
          "             RUNRMTCMD  CMD(&CMD) RMTLOCNAME('%s' *IP) +" % r.choice(["10.20.1.44", "winbatch01.corp.local", "10.8.3.12"]),
          "                          RMTUSER(%s) RMTPWD(%s) +" % (r.choice(["svc_glload", "BATCHADM", "etlrun"]), pwref),
          "                          WAITTIME(600)",
          "             MONMSG     MSGID(CPF0000) EXEC(GOTO CMDLBL(ERROR))",
          "             RETURN",
          " ERROR:      SNDPGMMSG  MSGID(CPF9898) MSGF(QCPFMSG) MSGDTA('Remote load failed') +",
          "                          MSGTYPE(*ESCAPE)",
          "             ENDPGM"]
    return out(cl_path(r, mem), L, "ibm-i", "ibmi_password", "cl", "ftp")


@tpl
def t_cl_addsvraute(c):
    r = c.r
    mem = member(r, "DDM")
    pw = c.sec("ftp", ibmi_password)
    rdb = r.choice(["PRODRDB", "DALLASA", r.choice(DB2_LOC), "S44A1B2C"])
    L = ["             PGM"] + cl_hdr(r, mem, "Server authentication entry for DRDA to %s" % rdb)
    L += ["             RMVSVRAUTE USRPRF(*CURRENT) SERVER(%s)" % rdb,
          "             MONMSG     MSGID(CPF0000)",
          "             ADDSVRAUTE USRPRF(*CURRENT) SERVER(%s) +" % rdb,
          "                          USRID(%s) PASSWORD('%s')" % (r.choice(IBMI_USERS), pw),
          "             ADDRDBDIRE RDB(%s) RMTLOCNAME('%s' *IP) PORT(446)" % (rdb, r.choice(HOSTS)),
          "             MONMSG     MSGID(CPF3EE7 CPF3EE8)",
          "             ENDPGM"]
    return out(cl_path(r, mem), L, "ibm-i", "ibmi_password", "cl", "ftp")


@tpl
def t_cl_crtusrprf(c):
    r = c.r
    mem = member(r, "USR")
    pw = c.sec("racfcmd", ibmi_password)
    u = r.choice(IBMI_USERS)
    L = ["             PGM"] + cl_hdr(r, mem, "Create service profile %s on new partitions" % u)
    L += ["             CHKOBJ     OBJ(%s) OBJTYPE(*USRPRF)" % u,
          "             MONMSG     MSGID(CPF9801) EXEC(DO)",
          "             CRTUSRPRF  USRPRF(%s) PASSWORD(%s) +" % (u, pw),
          "                          USRCLS(*PGMR) INLPGM(*NONE) +",
          "                          LMTCPB(*YES) TEXT('%s service account') +" % r.choice(APPS).title(),
          "                          PWDEXP(*NO) SPCAUT(*NONE) JOBD(QGPL/%s)" % r.choice(["BATCHJOBD", "EDIJOBD", "QBATCH"]),
          "             ENDDO",
          "             GRTOBJAUT  OBJ(%s/*ALL) OBJTYPE(*FILE) USER(%s) AUT(*USE)" % (r.choice(["ERPDTA", "GLDATA", "EDIFILES"]), u),
          "             ENDPGM"]
    return out(cl_path(r, mem), L, "ibm-i", "ibmi_password", "cl", "racfcmd")


@tpl
def t_ftp_script(c):
    r = c.r
    pw = c.sec("ftp", ibmi_password if r.random() < 0.5 else racf_password)
    u = r.choice(IBMI_USERS + RACF_USERS)
    style = r.random()
    if style < 0.5:
        L = ["user %s %s" % (u, pw)]
    else:
        L = ["open %s" % r.choice(IBMI_HOSTS + HOSTS), "user %s" % u, pw]
    L += [r.choice(["namefmt 1", "quote site namefmt 1", "binary", "ascii"]),
          "cd /%s/%s" % (r.choice(["QSYS.LIB", "home", "edi"]), r.choice(["EDILIB.LIB", "xfer", "inbound"])),
          "lcd %s" % r.choice(["/tmp/out", "EDILIB", "/home/batch/outbound"]),
          "put %s" % r.choice(["ORD850.txt", "INVOICE.FILE", "gl_close.csv", "PAYEXT.SAVF"]),
          "quit"]
    return out(r.choice(["QFTPSRC/%s.txt" % member(r, "PUT"), "ftp/%s.ftp" % r.choice(["put_edi", "gl_push", "send_orders"]),
                         "scripts/ftp/%s.scr" % member(r).lower(), "batch/ftpcmds.txt"]),
               L, "ibm-i", "ftp_password", "ftp-script", "ftp")


# ---------------------------------------------------------------------------
# COBOL programs and copybooks
# ---------------------------------------------------------------------------

def cob(s):
    return "       " + s


@tpl
def t_cobol_sqlconnect(c):
    r = c.r
    pid = member(r, r.choice(["GL", "PAY", "CLM"]))
    pw = c.sec("cobol", racf_password if r.random() < 0.5 else human_password)
    fld = c.nm(["WS-DB-PASSWORD", "WS-DB2-PSWD", "WS-PASSWD"], ["WS-CONN-PARM2", "WS-LOC-DATA", "WS-AUTH-X"])
    L = [cob("IDENTIFICATION DIVISION."), cob("PROGRAM-ID. %s." % pid),
         "      *" + "-" * 60,
         "      * %s: MONTH-END EXTRACT FROM REMOTE DB2 LOCATION" % pid,
         "      * %s %s" % (today(r), r.choice(TICKETS)),
         "      *" + "-" * 60,
         cob("ENVIRONMENT DIVISION."), cob("DATA DIVISION."), cob("WORKING-STORAGE SECTION."),
         cob("01  WS-CONNECT-INFO."),
         cob("    05  WS-LOCATION         PIC X(16) VALUE '%s'." % r.choice(DB2_LOC)),
         cob("    05  WS-DB-USER          PIC X(08) VALUE '%s'." % r.choice(RACF_USERS)),
         cob("    05  %s PIC X(%02d) VALUE %s." % (fld.ljust(19), 8 if c.positive and len(str(pw)) <= 8 else 32, c.q(pw, "'"))),
         cob("01  WS-ROW-COUNT            PIC S9(9) COMP VALUE 0."),
         cob("    EXEC SQL INCLUDE SQLCA END-EXEC."),
         cob("PROCEDURE DIVISION."),
         cob("0000-MAIN."),
         cob("    EXEC SQL"),
         cob("        CONNECT TO :WS-LOCATION"),
         cob("            USER :WS-DB-USER USING :%s" % fld),
         cob("    END-EXEC"),
         cob("    IF SQLCODE NOT = 0"),
         cob("        DISPLAY 'CONNECT FAILED SQLCODE=' SQLCODE"),
         cob("        MOVE 12 TO RETURN-CODE"),
         cob("        GOBACK"),
         cob("    END-IF"),
         cob("    EXEC SQL SELECT COUNT(*) INTO :WS-ROW-COUNT"),
         cob("             FROM %s END-EXEC" % r.choice(["GLED.JOURNAL_LINE", "PAYR.EMP_MASTER", "CLMS.CLAIM_HDR"])),
         cob("    DISPLAY 'ROWS: ' WS-ROW-COUNT"),
         cob("    GOBACK.")]
    return out(r.choice(["cobol/%s.cbl" % pid, "src/cobol/%s.cbl" % pid.lower(), "COBOL/%s.cob" % pid, "QCBLLESRC/%s.sqlcblle" % pid]),
               L, "ibm-db2", "db_password", "cobol", "cobol")


@tpl
def t_cobol_cics_verify(c):
    r = c.r
    pid = member(r, "SGN")
    pw = c.sec("cobol", racf_password)
    fld = c.nm(["WS-PASSWORD", "WS-SVC-PSWD"], ["WS-SVC-DATA", "WS-TOKEN-8"])
    L = [cob("IDENTIFICATION DIVISION."), cob("PROGRAM-ID. %s." % pid),
         "      * CICS: SIGN ON BACK-END TASKS AS SERVICE USER",
         cob("DATA DIVISION."), cob("WORKING-STORAGE SECTION."),
         cob("01  WS-SVC-USER    PIC X(08) VALUE '%s'." % r.choice(RACF_USERS)),
         cob("01  %s PIC X(08) VALUE %s." % (fld.ljust(14), c.q(pw, "'"))),
         cob("01  WS-RESP        PIC S9(8) COMP."),
         cob("01  WS-RESP2       PIC S9(8) COMP."),
         cob("PROCEDURE DIVISION."),
         cob("    EXEC CICS VERIFY PASSWORD(%s)" % fld),
         cob("              USERID(WS-SVC-USER)"),
         cob("              RESP(WS-RESP) RESP2(WS-RESP2)"),
         cob("    END-EXEC"),
         cob("    IF WS-RESP NOT = DFHRESP(NORMAL)"),
         cob("        EXEC CICS WRITEQ TD QUEUE('CSMT') FROM(WS-RESP) END-EXEC"),
         cob("    END-IF"),
         cob("    EXEC CICS START TRANSID('%s') END-EXEC" % rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4)),
         cob("    EXEC CICS RETURN END-EXEC.")]
    return out(r.choice(["cobol/%s.cbl" % pid, "cics/src/%s.cbl" % pid.lower(), "COBOL/%s.CBL" % pid]),
               L, "ibm-cics", "racf_password", "cobol", "cobol")


@tpl
def t_copybook_ftp(c):
    r = c.r
    cp = member(r, "CP")
    pw = c.sec("cobol", racf_password)
    fld = c.nm(["FTP-PSWD", "FTP-PASSWORD", "XFER-PWD"], ["FTP-PARM-2", "XFER-KEY-8", "FTP-ACC-DATA"])
    L = ["      *" + "-" * 60,
         "      * %s - CONSTANTS FOR THE %s FTP CLIENT CALL (EZAFTPKS)" % (cp, r.choice(APPS)),
         "      * INCLUDED BY %s, %s" % (member(r), member(r)),
         "      *" + "-" * 60,
         cob("01  FTP-CONSTANTS."),
         cob("    05  FTP-HOST           PIC X(40)"),
         cob("                           VALUE '%s'." % r.choice(HOSTS)),
         cob("    05  FTP-PORT           PIC 9(05) VALUE 21."),
         cob("    05  FTP-USER           PIC X(08) VALUE '%s'." % r.choice(RACF_USERS)),
         cob("    05  %s PIC X(08) VALUE %s." % (fld.ljust(18), c.q(pw, "'"))),
         cob("    05  FTP-REMOTE-DIR     PIC X(30) VALUE '/inbound/%s'." % r.choice(APPS).lower()),
         cob("    05  FTP-MODE           PIC X(01) VALUE 'A'."),
         cob("        88  FTP-ASCII                VALUE 'A'."),
         cob("        88  FTP-BINARY               VALUE 'I'.")]
    return out(r.choice(["copybook/%s.cpy" % cp, "src/copy/%s.cpy" % cp.lower(), "COPYLIB/%s" % cp, "cobol/copy/%s.CPY" % cp]),
               L, "ibm-zos-ftp", "ftp_password", "copybook", "cobol")


# ---------------------------------------------------------------------------
# Java (JT400, JDBC, CICS ECI, IMS, MQ)
# ---------------------------------------------------------------------------

def jpkg(r):
    return "com.%s.%s.%s" % (r.choice(["acme", "globex", "initech", "northwind", "contoso"]),
                             r.choice(["mf", "legacy", "batch", "integration", "modern"]),
                             r.choice(["ibmi", "zos", "bridge", "adapter", "etl"]))


def jpath(r, pkg, cls):
    return r.choice(["src/main/java/", "app/src/main/java/", "%s-adapter/src/main/java/" % r.choice(["ibmi", "mf", "cics"])]) + \
        pkg.replace(".", "/") + "/" + cls + ".java"


@tpl
def t_java_jt400(c):
    r = c.r
    pkg = jpkg(r)
    cls = r.choice(["As400Connector", "IbmiSession", "SpoolFetcher", "DataQueueBridge", "JobLogReader"])
    pw = c.sec("java", ibmi_password)
    host = r.choice(IBMI_HOSTS)
    inline = not c.obvious
    L = ["package %s;" % pkg, "",
         "import com.ibm.as400.access.AS400;",
         "import com.ibm.as400.access.CommandCall;",
         "import com.ibm.as400.access.AS400Message;", "",
         "/** Runs housekeeping commands on the %s partition. */" % host.split(".")[0],
         "public class %s {" % cls, ""]
    if inline:
        L += ["    public static AS400 open() {",
              "        return new AS400(\"%s\", \"%s\", %s);" % (host, r.choice(IBMI_USERS), c.q(pw)),
              "    }"]
    else:
        L += ["    private static final String SYSTEM = \"%s\";" % host,
              "    private static final String USER = \"%s\";" % r.choice(IBMI_USERS),
              "    private static final String PASSWORD = %s;" % c.q(pw), "",
              "    public static AS400 open() {",
              "        AS400 sys = new AS400(SYSTEM, USER, PASSWORD);",
              "        sys.setGuiAvailable(false);",
              "        return sys;",
              "    }"]
    L += ["",
          "    public static void main(String[] args) throws Exception {",
          "        AS400 sys = open();",
          "        CommandCall cmd = new CommandCall(sys);",
          "        if (!cmd.run(\"%s\")) {" % r.choice(["CLRPFM FILE(EDILIB/INBOUND)", "DLTSPLF FILE(*SELECT) SELECT(*CURRENT *ALL)", "RGZPFM FILE(ERPDTA/F4211)"]),
          "            for (AS400Message m : cmd.getMessageList()) {",
          "                System.err.println(m.getID() + \" \" + m.getText());",
          "            }",
          "        }",
          "        sys.disconnectAllServices();",
          "    }",
          "}"]
    return out(jpath(r, pkg, cls), L, "ibm-i", "ibmi_password", "java", "java")


@tpl
def t_java_jdbc_url(c):
    r = c.r
    pkg = jpkg(r)
    cls = r.choice(["LegacyDataSource", "OrderExtract", "Db2Reader", "InventorySync"])
    pw = c.sec("props", ibmi_password)
    if r.random() < 0.5:
        url = "jdbc:as400://%s;naming=system;libraries=%s;user=%s;password=%s" % (r.choice(IBMI_HOSTS), r.choice(["ERPDTA", "EDILIB,QGPL"]), r.choice(IBMI_USERS), pw)
        prov = "ibm-i"
    else:
        url = "jdbc:db2://%s:%d/%s:user=%s;password=%s;sslConnection=true;" % (r.choice(HOSTS), r.choice([446, 5040, 448]), r.choice(DB2_LOC), r.choice(RACF_USERS), pw)
        prov = "ibm-db2"
    L = ["package %s;" % pkg, "",
         "import java.sql.Connection;", "import java.sql.DriverManager;", "import java.sql.ResultSet;", "",
         "public final class %s {" % cls,
         "    // TODO move to config (%s)" % r.choice(TICKETS),
         "    static final String URL = \"%s\";" % url, "",
         "    public static void main(String[] a) throws Exception {",
         "        try (Connection con = DriverManager.getConnection(URL);",
         "             ResultSet rs = con.createStatement().executeQuery(\"%s\")) {" % r.choice(["SELECT COUNT(*) FROM ORDHDR", "SELECT CURRENT SERVER FROM SYSIBM.SYSDUMMY1", "SELECT MAX(UPDTS) FROM ITEMMST"]),
         "            while (rs.next()) System.out.println(rs.getString(1));",
         "        }",
         "    }",
         "}"]
    return out(jpath(r, pkg, cls), L, prov, "db_password", "java", "props")


@tpl
def t_java_db2_positional(c):
    r = c.r
    pkg = jpkg(r)
    cls = r.choice(["GlReconciler", "ClaimsLoader", "PayrollBridge", "Db2Migration"])
    pw = c.sec("java", human_password if r.random() < 0.5 else racf_password)
    L = ["package %s;" % pkg, "",
         "import java.sql.*;", "",
         "public class %s {" % cls,
         "    private Connection connect() throws SQLException {",
         "        return DriverManager.getConnection(",
         "            \"jdbc:db2://%s:%d/%s\"," % (r.choice(HOSTS), r.choice([446, 5040]), r.choice(DB2_LOC)),
         "            \"%s\"," % r.choice(RACF_USERS + DB_USERS),
         "            %s);" % c.q(pw),
         "    }", "",
         "    public int reconcile(String period) throws SQLException {",
         "        try (Connection con = connect();",
         "             PreparedStatement ps = con.prepareStatement(",
         "                 \"SELECT COUNT(*) FROM %s WHERE PERIOD = ?\")) {" % r.choice(["GLED.JOURNAL", "CLMS.CLAIM_LINE", "PAYR.PAYSLIP"]),
         "            ps.setString(1, period);",
         "            try (ResultSet rs = ps.executeQuery()) { rs.next(); return rs.getInt(1); }",
         "        }",
         "    }",
         "}"]
    return out(jpath(r, pkg, cls), L, "ibm-db2", "db_password", "java", "java")


@tpl
def t_java_cics_eci(c):
    r = c.r
    pkg = jpkg(r)
    cls = r.choice(["AccountInquiry", "CicsGateway", "PolicyLookup", "TellerProxy"])
    pw = c.sec("java", racf_password)
    L = ["package %s;" % pkg, "",
         "import javax.resource.cci.*;",
         "import com.ibm.connector2.cics.ECIConnectionSpec;",
         "import com.ibm.connector2.cics.ECIInteractionSpec;", "",
         "public class %s {" % cls,
         "    private final ConnectionFactory cf;", "",
         "    public %s(ConnectionFactory cf) { this.cf = cf; }" % cls, "",
         "    public Record call(Record in) throws ResourceException {",
         "        ECIConnectionSpec spec = new ECIConnectionSpec(\"%s\", %s);" % (r.choice(RACF_USERS), c.q(pw)),
         "        try (Connection conn = cf.getConnection(spec)) {",
         "            ECIInteractionSpec is = new ECIInteractionSpec();",
         "            is.setFunctionName(\"%s\");" % member(r, "ACC"),
         "            is.setCommareaLength(%d);" % r.choice([512, 1024, 2048, 32500]),
         "            is.setInteractionVerb(ECIInteractionSpec.SYNC_SEND_RECEIVE);",
         "            Interaction ix = conn.createInteraction();",
         "            Record out = ix.execute(is, in);",
         "            ix.close();",
         "            return out;",
         "        }",
         "    }",
         "}"]
    return out(jpath(r, pkg, cls), L, "ibm-cics-ctg", "racf_password", "java", "java")


@tpl
def t_java_ims(c):
    r = c.r
    pkg = jpkg(r)
    cls = r.choice(["ImsTxnClient", "PartsInquiry", "ImsBridge"])
    pw = c.sec("java", racf_password)
    L = ["package %s;" % pkg, "",
         "import com.ibm.connector2.ims.ico.IMSConnectionSpec;",
         "import com.ibm.connector2.ims.ico.IMSInteractionSpec;",
         "import javax.resource.cci.*;", "",
         "public class %s {" % cls,
         "    public Record send(ConnectionFactory cf, Record in) throws Exception {",
         "        IMSConnectionSpec cs = new IMSConnectionSpec();",
         "        cs.setUserName(\"%s\");" % r.choice(RACF_USERS),
         "        cs.setPassword(%s);" % c.q(pw),
         "        cs.setGroupName(\"%s\");" % r.choice(["IMSUSERS", "PARTSGRP", "BATCHGRP"]),
         "        Connection con = cf.getConnection(cs);",
         "        IMSInteractionSpec is = new IMSInteractionSpec();",
         "        is.setInteractionVerb(IMSInteractionSpec.SYNC_SEND_RECEIVE);",
         "        is.setImsRequestType(IMSInteractionSpec.IMS_REQUEST_TYPE_IMS_TRANSACTION);",
         "        Interaction ix = con.createInteraction();",
         "        try { return ix.execute(is, in); } finally { ix.close(); con.close(); }",
         "    }",
         "}"]
    return out(jpath(r, pkg, cls), L, "ibm-ims-connect", "racf_password", "java", "java")


@tpl
def t_java_mq(c):
    r = c.r
    pkg = jpkg(r)
    cls = r.choice(["MqPublisher", "SettlementSender", "EdiQueueWriter"])
    pw = c.sec("java", human_password)
    classic = r.random() < 0.5
    L = ["package %s;" % pkg, ""]
    if classic:
        L += ["import com.ibm.mq.*;", "import com.ibm.mq.constants.MQConstants;", "",
              "public class %s {" % cls,
              "    static {",
              "        MQEnvironment.hostname = \"%s\";" % r.choice(HOSTS),
              "        MQEnvironment.port = %d;" % r.choice([1414, 1415, 1420]),
              "        MQEnvironment.channel = \"%s\";" % r.choice(CHANNELS),
              "        MQEnvironment.userID = \"%s\";" % r.choice(["app", "mqbatch", "edisvc"]),
              "        MQEnvironment.password = %s;" % c.q(pw),
              "    }",
              "    public void put(String body) throws MQException, java.io.IOException {",
              "        MQQueueManager qm = new MQQueueManager(\"%s\");" % r.choice(QMGRS),
              "        MQQueue q = qm.accessQueue(\"%s\", MQConstants.MQOO_OUTPUT);" % r.choice(["SETTLE.OUT", "EDI.TO.MF", "GL.POST.REQ"]),
              "        MQMessage m = new MQMessage();",
              "        m.writeString(body);",
              "        q.put(m);",
              "        q.close();",
              "        qm.disconnect();",
              "    }",
              "}"]
    else:
        L += ["import com.ibm.msg.client.jms.*;", "import com.ibm.msg.client.wmq.WMQConstants;", "import javax.jms.*;", "",
              "public class %s {" % cls,
              "    public JMSContext context() throws JMSException {",
              "        JmsFactoryFactory ff = JmsFactoryFactory.getInstance(WMQConstants.WMQ_PROVIDER);",
              "        JmsConnectionFactory cf = ff.createConnectionFactory();",
              "        cf.setStringProperty(WMQConstants.WMQ_HOST_NAME, \"%s\");" % r.choice(HOSTS),
              "        cf.setIntProperty(WMQConstants.WMQ_PORT, %d);" % r.choice([1414, 1416]),
              "        cf.setStringProperty(WMQConstants.WMQ_CHANNEL, \"%s\");" % r.choice(CHANNELS),
              "        cf.setIntProperty(WMQConstants.WMQ_CONNECTION_MODE, WMQConstants.WMQ_CM_CLIENT);",
              "        cf.setStringProperty(WMQConstants.WMQ_QUEUE_MANAGER, \"%s\");" % r.choice(QMGRS),
              "        cf.setBooleanProperty(WMQConstants.USER_AUTHENTICATION_MQCSP, true);",
              "        cf.setStringProperty(WMQConstants.USERID, \"%s\");" % r.choice(["app", "mqbatch"]),
              "        cf.setStringProperty(WMQConstants.PASSWORD, %s);" % c.q(pw),
              "        return cf.createContext();",
              "    }",
              "}"]
    return out(jpath(r, pkg, cls), L, "ibm-mq", "mq_password", "java", "java")


# ---------------------------------------------------------------------------
# Python (ibm_db, zhmcclient, pymqi, ftplib, requests to z/OSMF)
# ---------------------------------------------------------------------------

def pypath(r, name):
    return r.choice(["scripts/%s.py" % name, "tools/%s.py" % name, "src/mfbridge/%s.py" % name,
                     "etl/%s.py" % name, "%s.py" % name, "jobs/%s.py" % name])


@tpl
def t_py_ibm_db(c):
    r = c.r
    pw = c.sec("props", human_password)
    host = r.choice(HOSTS)
    L = ['"""Pull yesterday\'s postings from DB2 for z/OS into the lake."""',
         "import csv", "import sys", "", "import ibm_db", "",
         "CONN_STR = (",
         '    "DATABASE=%s;"' % r.choice(DB2_LOC),
         '    "HOSTNAME=%s;"' % host,
         '    "PORT=%d;"' % r.choice([446, 5040, 448]),
         '    "PROTOCOL=TCPIP;"',
         '    "UID=%s;"' % r.choice(RACF_USERS),
         '    "PWD=%s;"' % pw,
         '    "SECURITY=SSL;"' if r.random() < 0.5 else '    "CURRENTSCHEMA=GLED;"',
         ")", "",
         "def main(out_path):",
         '    conn = ibm_db.connect(CONN_STR, "", "")',
         '    stmt = ibm_db.exec_immediate(conn, "SELECT ACCT, AMT, POSTED FROM GLED.JOURNAL_LINE WHERE POSTED = CURRENT DATE - 1 DAY")',
         '    with open(out_path, "w", newline="") as fh:',
         "        w = csv.writer(fh)",
         "        row = ibm_db.fetch_tuple(stmt)",
         "        while row:",
         "            w.writerow(row)",
         "            row = ibm_db.fetch_tuple(stmt)",
         "    ibm_db.close(conn)", "", "",
         'if __name__ == "__main__":',
         "    main(sys.argv[1])"]
    return out(pypath(r, r.choice(["db2_extract", "pull_postings", "zos_db2_sync"])), L, "ibm-db2", "db_password", "python", "props")


@tpl
def t_py_zhmc(c):
    r = c.r
    pw = c.sec("python", human_password)
    L = ["#!/usr/bin/env python3",
         "# Report CPC / LPAR status from the HMC Web Services API.",
         "import zhmcclient", "import urllib3", "",
         "urllib3.disable_warnings()", "",
         'HMC = "%s"' % r.choice(["10.20.30.5", "hmc1.dc1.acmebank.internal", "10.1.250.11"]),
         'USERID = "%s"' % r.choice(["apiuser", "opsreport", "monitor01"])]
    if c.obvious:
        L += ["PASSWORD = %s" % c.q(pw), "", "session = zhmcclient.Session(HMC, USERID, PASSWORD, verify_cert=False)"]
    else:
        L += ["", "session = zhmcclient.Session(HMC, USERID, %s, verify_cert=False)" % c.q(pw)]
    L += ["client = zhmcclient.Client(session)", "",
          "for cpc in client.cpcs.list():",
          "    print(cpc.name, cpc.get_property('status'))",
          "    for lpar in cpc.lpars.list():",
          "        print('   ', lpar.name, lpar.get_property('status'))", "",
          "session.logoff()"]
    return out(pypath(r, r.choice(["hmc_status", "lpar_report", "cpc_inventory"])), L, "ibm-z-hmc", "hmc_password", "python", "python")


@tpl
def t_py_pymqi(c):
    r = c.r
    pw = c.sec("python", human_password)
    var = c.nm(["password", "mq_password"], ["cred", "p"])
    L = ["import pymqi", "",
         'queue_manager = "%s"' % r.choice(QMGRS),
         'channel = "%s"' % r.choice(CHANNELS),
         'conn_info = "%s(%d)"' % (r.choice(HOSTS), r.choice([1414, 1415])),
         'queue_name = "%s"' % r.choice(["EDI.IN", "GL.POST.REPLY", "CLAIMS.STATUS"]),
         'user = "%s"' % r.choice(["app", "mqbatch", "edisvc"]),
         "%s = %s" % (var, c.q(pw)), "", "",
         "def drain():",
         "    qmgr = pymqi.connect(queue_manager, channel, conn_info, user, %s)" % var,
         "    q = pymqi.Queue(qmgr, queue_name)",
         "    try:",
         "        while True:",
         "            print(q.get())",
         "    except pymqi.MQMIError as e:",
         "        if e.reason != pymqi.CMQC.MQRC_NO_MSG_AVAILABLE:",
         "            raise",
         "    finally:",
         "        q.close()",
         "        qmgr.disconnect()", "", "",
         'if __name__ == "__main__":', "    drain()"]
    return out(pypath(r, r.choice(["mq_drain", "read_replies", "edi_consumer"])), L, "ibm-mq", "mq_password", "python", "python")


@tpl
def t_py_ftplib_jes(c):
    r = c.r
    pw = c.sec("python", racf_password)
    L = ['"""Submit JCL to JES through the z/OS FTP server and fetch the output."""',
         "import ftplib", "import io", "import time", "",
         'HOST = "%s"' % r.choice(HOSTS), "",
         "def submit(jcl_path):",
         "    ftp = ftplib.FTP(HOST, timeout=60)",
         '    ftp.login("%s", %s)' % (r.choice(RACF_USERS), c.q(pw)),
         '    ftp.sendcmd("SITE FILETYPE=JES")',
         '    with open(jcl_path, "rb") as fh:',
         '        resp = ftp.storlines("STOR job.jcl", fh)',
         "    jobid = resp.split()[-1]",
         "    time.sleep(5)",
         "    buf = io.BytesIO()",
         '    ftp.retrbinary("RETR %s.x" % jobid, buf.write)',
         "    ftp.quit()",
         "    return jobid, buf.getvalue().decode(\"latin-1\")"]
    return out(pypath(r, r.choice(["jes_submit", "ftp_jes", "run_job"])), L, "ibm-zos-ftp", "racf_password", "python", "python")


@tpl
def t_py_zosmf_requests(c):
    r = c.r
    pwgen = r.choice([human_password, racf_password, racf_passphrase])
    pw = c.sec("python", pwgen)
    host = r.choice(HOSTS)
    L = ["import requests", "",
         'BASE = "https://%s:%d/zosmf"' % (host, r.choice([443, 10443])),
         'HDRS = {"X-CSRF-ZOSMF-HEADER": "true", "Content-Type": "text/plain"}', "",
         "def list_datasets(pattern):",
         "    resp = requests.get(",
         '        f"{BASE}/restfiles/ds",',
         '        params={"dslevel": pattern},',
         "        headers=HDRS,",
         '        auth=("%s", %s),' % (r.choice(RACF_USERS), c.q(pw)),
         "        verify=False,",
         "        timeout=30,",
         "    )",
         "    resp.raise_for_status()",
         '    return [i["dsname"] for i in resp.json()["items"]]', "", "",
         'if __name__ == "__main__":',
         '    for d in list_datasets("%s.**"):' % r.choice(HLQ),
         "        print(d)"]
    return out(pypath(r, r.choice(["zosmf_ds", "list_datasets", "zosmf_client"])), L, "ibm-zosmf",
               "racf_passphrase" if pwgen is racf_passphrase else "racf_password", "python", "python")


# ---------------------------------------------------------------------------
# properties / XML / ini configs
# ---------------------------------------------------------------------------

@tpl
def t_props_spring_db2(c):
    r = c.r
    pw = c.sec("props", human_password)
    sep = r.choice(["=", "=", " = "])
    L = ["# %s modernisation - DB2 for z/OS datasource" % r.choice(APPS).title(),
         "spring.application.name=%s-api" % r.choice(APPS).lower(),
         "server.port=%d" % r.choice([8080, 8443, 9080]),
         "spring.datasource.url=jdbc:db2://%s:%d/%s:currentSchema=%s;" % (r.choice(HOSTS), r.choice([446, 5040]), r.choice(DB2_LOC), r.choice(["GLED", "PAYR", "CLMS"])),
         "spring.datasource.driver-class-name=com.ibm.db2.jcc.DB2Driver",
         "spring.datasource.username=%s" % r.choice(RACF_USERS),
         "spring.datasource.password%s%s" % (sep, pw),
         "spring.datasource.hikari.maximum-pool-size=%d" % r.choice([5, 10, 20]),
         "spring.jpa.hibernate.ddl-auto=none",
         "spring.jpa.properties.hibernate.dialect=org.hibernate.dialect.DB2zDialect",
         "logging.level.com.ibm.db2=WARN",
         "management.endpoints.web.exposure.include=health,info"]
    return out(r.choice(["src/main/resources/application.properties", "src/main/resources/application-prod.properties",
                         "%s-service/src/main/resources/application.properties" % r.choice(APPS).lower()]),
               L, "ibm-db2", "db_password", "properties", "props")


@tpl
def t_props_mq_spring(c):
    r = c.r
    pw = c.sec("props", human_password)
    L = ["# IBM MQ starter (mq-jms-spring-boot)",
         "ibm.mq.queueManager=%s" % r.choice(QMGRS),
         "ibm.mq.channel=%s" % r.choice(CHANNELS),
         "ibm.mq.connName=%s(%d)" % (r.choice(HOSTS), r.choice([1414, 1415])),
         "ibm.mq.user=%s" % r.choice(["app", "mqbatch", "edisvc"]),
         "ibm.mq.password=%s" % pw,
         "ibm.mq.sslCipherSpec=%s" % r.choice(["ANY_TLS12_OR_HIGHER", "TLS_RSA_WITH_AES_256_CBC_SHA256"]),
         "app.queue.request=%s" % r.choice(["GL.POST.REQ", "CLAIMS.IN", "EDI.TO.MF"]),
         "app.queue.reply=%s" % r.choice(["GL.POST.REPLY", "CLAIMS.OUT", "EDI.FROM.MF"]),
         "spring.jms.listener.concurrency=%d" % r.choice([1, 2, 4])]
    return out(r.choice(["src/main/resources/application.properties", "config/mq.properties", "src/main/resources/application-mq.properties"]),
               L, "ibm-mq", "mq_password", "properties", "props")


@tpl
def t_props_jt400(c):
    r = c.r
    pw = c.sec("props", ibmi_password)
    key = c.nm(["as400.password", "ibmi.password", "jt400.pwd"], ["as400.credential2", "ibmi.auth.k", "host.signon"])
    L = ["# connection settings for the JT400 spool reader",
         "as400.system=%s" % r.choice(IBMI_HOSTS),
         "as400.user=%s" % r.choice(IBMI_USERS),
         "%s=%s" % (key, pw),
         "as400.library=%s" % r.choice(["ERPDTA", "EDILIB", "GLDATA"]),
         "as400.outq=%s" % r.choice(["QPRINT", "PRT01", "EDIOUTQ"]),
         "poll.interval.seconds=%d" % r.choice([30, 60, 300]),
         "archive.dir=/data/spool/archive"]
    return out(r.choice(["config/jt400.properties", "conf/ibmi.properties", "src/main/resources/as400.properties"]),
               L, "ibm-i", "ibmi_password", "properties", "props")


@tpl
def t_xml_liberty(c):
    r = c.r
    variant = r.choice(["authdata", "cicseci", "xor"])
    if variant == "xor":
        if c.positive:
            base = bat_password(r)
            pw = c.sec("xml", liberty_xor(base))
        else:
            pw = c.sec("xml", None)
        kind = "liberty_xor_password"
    else:
        pw = c.sec("xml", bat_password if variant == "authdata" else racf_password)
        kind = "db_password" if variant == "authdata" else "racf_password"
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<server description="%s modernised services">' % r.choice(APPS).title(),
         "    <featureManager>",
         "        <feature>jdbc-4.2</feature>" if variant != "cicseci" else "        <feature>jca-1.7</feature>",
         "        <feature>restfulWS-3.0</feature>",
         "    </featureManager>",
         '    <httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="%d" httpsPort="%d"/>' % (r.choice([9080, 8080]), r.choice([9443, 8443]))]
    if variant == "cicseci":
        L += ['    <resourceAdapter id="eciResourceAdapter" location="${server.config.dir}/resources/cicseci.rar"/>',
              '    <connectionFactory id="cicsCF" jndiName="eis/%s">' % r.choice(CICS_RGNS).lower(),
              '        <properties.eciResourceAdapter.cicseci connectionUrl="tcp://%s" portNumber="%d"' % (r.choice(HOSTS), r.choice([2006, 2008, 50006])),
              '            serverName="%s" userName="%s" password="%s"/>' % (r.choice(CICS_RGNS), r.choice(RACF_USERS), pw),
              "    </connectionFactory>"]
        prov = "ibm-cics-ctg"
    else:
        L += ['    <authData id="db2Auth" user="%s" password="%s"/>' % (r.choice(RACF_USERS + DB_USERS), pw),
              '    <library id="db2lib"><fileset dir="${shared.resource.dir}/db2" includes="db2jcc4.jar"/></library>',
              '    <dataSource id="db2ds" jndiName="jdbc/%s" containerAuthDataRef="db2Auth">' % r.choice(APPS).lower(),
              '        <jdbcDriver libraryRef="db2lib"/>',
              '        <properties.db2.jcc serverName="%s" portNumber="%d" databaseName="%s"/>' % (r.choice(HOSTS), r.choice([446, 5040]), r.choice(DB2_LOC)),
              "    </dataSource>"]
        prov = "ibm-websphere-liberty"
    L += ["</server>"]
    return out(r.choice(["src/main/liberty/config/server.xml", "wlp/usr/servers/%sSrv/server.xml" % r.choice(APPS).lower(), "liberty/server.xml"]),
               L, prov, kind, "xml", "xml")


@tpl
def t_mqsc_ldap(c):
    r = c.r
    pw = c.sec("mqsc", human_password)
    qm = r.choice(QMGRS)
    L = ["* %s - connection authentication against corporate LDAP" % qm,
         "* %s %s" % (r.choice(TICKETS), today(r)),
         "DEFINE AUTHINFO('USE.LDAP') AUTHTYPE(IDPWLDAP) +",
         "       CONNAME('%s(%d)') +" % (r.choice(["ldap.corp.acmebank.internal", "ad01.globex.net", "10.1.4.20"]), r.choice([389, 636])),
         "       SHORTUSR('sAMAccountName') +",
         "       LDAPUSER('CN=svc-mq-bind,OU=Service,DC=%s,DC=local') +" % r.choice(["corp", "globex", "hq"]),
         "       LDAPPWD('%s') +" % pw,
         "       BASEDNU('OU=Users,DC=corp,DC=local') USRFIELD('sAMAccountName') +",
         "       AUTHORMD(SEARCHGRP) CHCKCLNT(REQUIRED) REPLACE",
         "ALTER QMGR CONNAUTH('USE.LDAP')",
         "REFRESH SECURITY TYPE(CONNAUTH)",
         "SET CHLAUTH('%s') TYPE(ADDRESSMAP) ADDRESS('10.*') USERSRC(CHANNEL) CHCKCLNT(REQUIRED)" % r.choice(CHANNELS)]
    return out(r.choice(["mq/%s.mqsc" % qm.lower(), "mqsc/connauth.mqsc", "config/%s/ldap.mqsc" % qm, "mq/setup/%s.in" % qm.lower()]),
               L, "ibm-mq", "ldap_bind_password", "mqsc", "mqsc")


@tpl
def t_mqccred(c):
    r = c.r
    pw = c.sec("ini", human_password)
    L = ["# mqccred.ini - credentials for the client security exit",
         "# used by the nightly settlement batch on %s" % r.choice(["etl01", "batchsrv2", "winsched1"]),
         "AllQueueManagers:",
         "  User=%s" % r.choice(["app", "mqbatch"]),
         "  Password=",
         "QueueManager:",
         "  Name=%s" % r.choice(QMGRS),
         "  User=%s" % r.choice(["edisvc", "settle"]),
         "  Password=%s" % pw]
    if r.random() < 0.5:
        L = L[:2] + L[5:]
    return out(r.choice(["mq/mqccred.ini", "config/mqccred.ini", ".mqs/mqccred.ini"]), L, "ibm-mq", "mq_password", "ini", "ini")


@tpl
def t_db2cli_ini(c):
    r = c.r
    pw = c.sec("ini", human_password)
    dsn_ = r.choice(["DB2PROD", "ZOSGL", "PAYDB"])
    L = ["; db2cli.ini - CLI settings for the reporting server",
         "[COMMON]", "Trace=0", "",
         "[%s]" % dsn_,
         "Database=%s" % r.choice(DB2_LOC),
         "Protocol=TCPIP",
         "Hostname=%s" % r.choice(HOSTS),
         "Port=%d" % r.choice([446, 5040]),
         "UID=%s" % r.choice(RACF_USERS),
         "PWD=%s" % pw,
         "CurrentSchema=%s" % r.choice(["GLED", "PAYR"]),
         "Security=SSL" if r.random() < 0.5 else "LobMaxColumnSize=1048576"]
    return out(r.choice(["config/db2cli.ini", "sqllib/cfg/db2cli.ini", "db2/db2cli.ini"]), L, "ibm-db2", "db_password", "ini", "ini")


@tpl
def t_odbc_ibmi(c):
    r = c.r
    pw = c.sec("ini", ibmi_password)
    L = ["[ODBC Data Sources]", "ERPPROD=IBM i Access ODBC Driver", "",
         "[ERPPROD]",
         "Description=JDE production on %s" % r.choice(IBMI_HOSTS).split(".")[0],
         "Driver=IBM i Access ODBC Driver",
         "System=%s" % r.choice(IBMI_HOSTS),
         "UserID=%s" % r.choice(IBMI_USERS),
         "Password=%s" % pw,
         "Naming=1",
         "DefaultLibraries=%s" % r.choice(["ERPDTA,QGPL", "PRODDTA,PRODCTL", "EDILIB"]),
         "CommitMode=2",
         "TrueAutoCommit=1"]
    return out(r.choice(["etc/odbc.ini", "odbc/odbc.ini", "docker/odbc.ini", ".odbc.ini"]), L, "ibm-i", "ibmi_password", "ini", "ini")


# ---------------------------------------------------------------------------
# DB2 CLP / SQL scripts, shell and Windows wrappers
# ---------------------------------------------------------------------------

@tpl
def t_sh_db2clp(c):
    r = c.r
    pw = c.sec("shell", human_password)
    db = r.choice(["SAMPLE", "GLPROD", "DWH01", "PAYDB"])
    var = c.nm(["DB2PWD", "DB_PASSWORD"], ["ARG2", "X2"])
    inline = r.random() < 0.5
    L = ["#!/bin/ksh",
         "# nightly runstats + export for %s (called from cron on %s)" % (db, r.choice(["dwh01", "etl-lnx2", "db2srv3"])),
         ". /home/%s/sqllib/db2profile" % r.choice(["db2inst1", "db2prd"]),
         "set -e", ""]
    if inline:
        L += ["db2 connect to %s user %s using '%s'" % (db, r.choice(DB_USERS), pw)]
    else:
        L += ["%s=%s" % (var, ("'%s'" % pw) if c.positive else '"%s"' % pw),
              'db2 connect to %s user %s using "$%s"' % (db, r.choice(DB_USERS), var)]
    L += ['db2 "RUNSTATS ON TABLE %s WITH DISTRIBUTION AND DETAILED INDEXES ALL"' % r.choice(["GLED.JOURNAL_LINE", "DW.FACT_SALES", "PAYR.PAYSLIP"]),
          'db2 "EXPORT TO /data/out/%s.del OF DEL SELECT * FROM %s"' % (r.choice(["journal", "sales", "payslip"]), r.choice(["GLED.V_DAILY", "DW.V_EXPORT"])),
          "db2 connect reset",
          "db2 terminate"]
    return out(r.choice(["scripts/db2_nightly.sh", "bin/runstats_%s.ksh" % db.lower(), "cron/db2_export.sh"]),
               L, "ibm-db2", "db_password", "shell", "shell")


@tpl
def t_sql_db2_connect(c):
    r = c.r
    pw = c.sec("ftp", bat_password)
    db = r.choice(["SAMPLE", "GLPROD", "DWH01", "PAYDB"])
    L = ["-- run with: db2 -tvf %s" % r.choice(["load_dims.sql", "migrate.sql"]),
         "-- %s %s" % (r.choice(TICKETS), r.choice(PEOPLE)),
         "CONNECT TO %s USER %s USING %s;" % (db, r.choice(DB_USERS), pw), "",
         "SET SCHEMA %s;" % r.choice(["DW", "GLED", "STAGE"]), "",
         "CREATE TABLE IF NOT EXISTS STG_ACCOUNT (",
         "  ACCT_NO   CHAR(12) NOT NULL,",
         "  BRANCH    CHAR(4),",
         "  OPENED    DATE,",
         "  BALANCE   DECIMAL(15,2)",
         ") IN TS_STAGE;", "",
         "LOAD FROM /data/in/account.del OF DEL REPLACE INTO STG_ACCOUNT NONRECOVERABLE;",
         "COMMIT;",
         "CONNECT RESET;"]
    return out(r.choice(["sql/%s.sql" % r.choice(["load_dims", "migrate", "stage_accounts"]), "db2/scripts/stage.db2", "ddl/load_stage.clp"]),
               L, "ibm-db2", "db_password", "sql", "ftp")


@tpl
def t_sh_sftp_wrapper(c):
    r = c.r
    pw = c.sec("shell", url_password if r.random() < 0.5 else racf_password)
    host = r.choice(HOSTS)
    u = r.choice(RACF_USERS + ["xferusr", "mfsftp"])
    v = r.random()
    L = ["#!/bin/bash",
         "# pull the nightly %s extract from the mainframe (%s)" % (r.choice(APPS), r.choice(TICKETS)),
         "set -euo pipefail",
         'OUT=/data/inbound/$(date +%Y%m%d)',
         'mkdir -p "$OUT"', ""]
    q = ("'%s'" % pw) if c.positive else '"%s"' % pw
    if v < 0.33:
        L += ["lftp -u %s,%s sftp://%s <<EOF" % (u, pw, host) if c.positive else 'lftp -u "%s,%s" sftp://%s <<EOF' % (u, pw, host),
              "cd /u/%s/outbound" % u.lower(),
              'mget -O "$OUT" *.dat',
              "bye", "EOF"]
    elif v < 0.66:
        L += ["sshpass -p %s sftp -oBatchMode=no -oStrictHostKeyChecking=no %s@%s <<EOF" % (q, u, host),
              "get '//%s' $OUT/extract.dat" % dsn(r),
              "bye", "EOF"]
    else:
        L += ["curl -sS --ftp-ssl -u %s:%s \\" % (u, pw) if c.positive else 'curl -sS --ftp-ssl -u "%s:%s" \\' % (u, pw),
              "  \"ftp://%s/'%s'\" \\" % (host, dsn(r)),
              '  -o "$OUT/extract.dat"']
    L += ['echo "received $(wc -l < "$OUT"/*.dat) records"']
    return out(r.choice(["scripts/pull_extract.sh", "bin/mf_get.sh", "batch/sftp_%s.sh" % r.choice(APPS).lower(), "ops/fetch_from_zos.sh"]),
               L, "ibm-zos-ftp", "ftp_password", "shell", "shell")


@tpl
def t_bat_ftp(c):
    r = c.r
    pw = c.sec("bat", racf_password)
    host = r.choice(HOSTS)
    L = ["@echo off",
         "rem ---- send GL file to %s for the overnight batch ----" % host.split(".")[0].upper(),
         "setlocal",
         "set HOST=%s" % host,
         "set FTPUSER=%s" % r.choice(RACF_USERS),
         "set %s=%s" % (c.nm(["FTPPASS", "FTP_PWD"], ["P2", "ARGB"]), pw),
         "set SCR=%TEMP%\\ftpcmd.txt", ""]
    pv = L[5].split("=")[0][4:]
    L += ["> %%SCR%% echo %%FTPUSER%%",
          ">>%%SCR%% echo %%%s%%" % pv,
          ">>%SCR% echo quote site recfm=fb lrecl=200",
          ">>%%SCR%% echo put D:\\feeds\\gl\\gl_%%DATE:~-4%%.txt '%s'" % dsn(r),
          ">>%SCR% echo quit",
          "ftp -s:%SCR% %HOST%",
          "del %SCR%",
          "endlocal"]
    return out(r.choice(["batch\\send_gl.bat", "scripts/send_to_mf.cmd", "bin/ftp_put.bat", "jobs/%s_ftp.bat" % r.choice(APPS).lower()]).replace("\\", "/"),
               L, "ibm-zos-ftp", "ftp_password", "bat", "bat")


# ---------------------------------------------------------------------------
# Zowe, z/OSMF, .netrc
# ---------------------------------------------------------------------------

def jdump(obj):
    return json.dumps(obj, indent=r_indent[0]).split("\n")


r_indent = [4]


@tpl
def t_zowe_config(c):
    r = c.r
    k = r.random()
    pw = c.sec("json", racf_password if k < 0.4 else (racf_passphrase if k < 0.7 else bat_password))
    user = r.choice(RACF_USERS)
    r_indent[0] = r.choice([2, 4])
    base_props = {"host": r.choice(HOSTS), "rejectUnauthorized": r.choice([True, False])}
    nest = r.random() < 0.5
    base_secure = []
    if c.positive or r.random() < 0.7:
        base_props["user"] = user
        base_props["password"] = pw
    else:
        base_secure = ["user", "password"]
    cfg = {"$schema": "./zowe.schema.json", "profiles": {}}
    prof = {
        "zosmf": {"type": "zosmf", "properties": {"port": r.choice([443, 10443, 11443])}, "secure": []},
        "tso": {"type": "tso", "properties": {"account": r.choice(["ACCT#", "FB3", "IZUACCT"]), "codePage": "1047", "logonProcedure": "IZUFPROC"}, "secure": []},
        "ssh": {"type": "ssh", "properties": {"port": 22}, "secure": []},
    }
    if nest:
        lp = r.choice(["lpar1", "sysa", "prod", "devplex"])
        cfg["profiles"][lp] = {"properties": base_props, "secure": base_secure, "profiles": prof}
        cfg["defaults"] = {k: "%s.%s" % (lp, k) for k in ["zosmf", "tso", "ssh"]}
    else:
        cfg["profiles"].update(prof)
        cfg["profiles"]["base"] = {"type": "base", "properties": base_props, "secure": base_secure}
        cfg["defaults"] = {"zosmf": "zosmf", "tso": "tso", "ssh": "ssh", "base": "base"}
    cfg["autoStore"] = False
    L = jdump(cfg)
    return out(r.choice(["zowe.config.json", ".zowe/zowe.config.json", "zowe.config.user.json", "config/zowe/zowe.config.json"]),
               L, "zowe", "racf_passphrase" if c.positive and " " in pw else "racf_password", "zowe-json", "json")


@tpl
def t_zowe_apiml_token(c):
    r = c.r
    user = r.choice(RACF_USERS)
    tok = c.sec("json", zowe_jwt, user)
    r_indent[0] = r.choice([2, 4])
    cfg = {"$schema": "./zowe.schema.json",
           "profiles": {
               "zosmf": {"type": "zosmf", "properties": {"basePath": "/ibmzosmf/api/v1"}, "secure": []},
               "base": {"type": "base",
                        "properties": {"host": r.choice(HOSTS), "port": r.choice([7554, 10010]), "rejectUnauthorized": True,
                                       "tokenType": "apimlAuthenticationToken", "tokenValue": tok},
                        "secure": []}},
           "defaults": {"zosmf": "zosmf", "base": "base"},
           "autoStore": False}
    return out(r.choice(["zowe.config.json", ".zowe/zowe.config.json", "ci/zowe.config.json"]), jdump(cfg),
               "zowe-apiml", "jwt", "zowe-json", "json")


@tpl
def t_zowe_v1_yaml(c):
    r = c.r
    pw = c.sec("yaml", racf_password)
    q = r.choice(["", "'", '"'])
    pstr = (q + pw + q) if c.positive else pw
    L = ["host: %s" % r.choice(HOSTS),
         "port: %d" % r.choice([443, 10443]),
         "user: %s" % r.choice(RACF_USERS),
         "password: %s" % pstr,
         "rejectUnauthorized: false",
         "basePath: ''" if r.random() < 0.5 else "protocol: https"]
    return out(r.choice([".zowe/profiles/zosmf/%s.yaml" % r.choice(["prod", "sysa", "lpar1"]), "zowe/profiles/zosmf/zosmf_meta.yaml".replace("_meta", ""),
                         ".zowe/profiles/zosmf/default.yaml"]), L, "zowe", "racf_password", "zowe-yaml", "yaml")


@tpl
def t_env_zowe(c):
    r = c.r
    pw = c.sec("env", racf_password if r.random() < 0.5 else human_password)
    L = ["# local settings for the z/OS build pipeline (DBB + Zowe CLI)",
         "ZOWE_OPT_HOST=%s" % r.choice(HOSTS),
         "ZOWE_OPT_PORT=%d" % r.choice([443, 10443]),
         "ZOWE_OPT_USER=%s" % r.choice(RACF_USERS),
         "ZOWE_OPT_PASSWORD=%s" % pw,
         "ZOWE_OPT_REJECT_UNAUTHORIZED=false",
         "DBB_HLQ=%s.DBB" % r.choice(HLQ),
         "DBB_WORKSPACE=/u/%s/workspace" % r.choice(RACF_USERS).lower()]
    if r.random() < 0.5:
        L.insert(5, "ZOWE_CLI_HOME=./.zowe")
    return out(r.choice([".env", "ci/.env", ".env.local", "pipeline/zowe.env"]), L, "zowe", "racf_password", "env", "env")


@tpl
def t_netrc(c):
    r = c.r
    pw = c.sec("netrc", racf_password if r.random() < 0.6 else human_password)
    host = r.choice(HOSTS)
    u = r.choice(RACF_USERS)
    L = ["# ~/.netrc for the %s service account (chmod 600)" % r.choice(["batch", "xfer", "etl"]),
         "# used by the nightly %s transfer, %s" % (r.choice(APPS), r.choice(TICKETS)), ""]
    if r.random() < 0.5:
        L += ["machine %s login %s password %s" % (host, u, pw)]
    else:
        L += ["machine %s" % host, "  login %s" % u, "  password %s" % pw]
    L += ["macdef init",
          r.choice(["ascii", "binary"]),
          "quote site recfm=fb lrecl=%d blksize=0" % r.choice([80, 133, 200, 350]),
          "cd '%s.%s'" % (r.choice(HLQ), r.choice(APPS)),
          ""]
    return out(r.choice([".netrc", "home/batch/.netrc", "deploy/netrc", "ftp/.netrc"]), L, "ibm-zos-ftp", "ftp_password", "netrc", "netrc")


# ---------------------------------------------------------------------------
# schedulers: Control-M, TWS, Connect:Direct processes
# ---------------------------------------------------------------------------

@tpl
def t_ctm_json_cp(c):
    r = c.r
    pw = c.sec("json", human_password)
    r_indent[0] = r.choice([2, 4])
    kind = r.choice(["sftp", "db"])
    if kind == "sftp":
        name = "SFTP_%s" % r.choice(APPS)
        cp = {"Type": "ConnectionProfile:FileTransfer:SFTP", "TargetAgent": r.choice(["ctmagt01", "etl-agent", "winsched1"]),
              "HostName": r.choice(HOSTS), "Port": "22", "User": r.choice(["mfsftp", "xferusr"]), "Password": pw}
    else:
        name = "DB2_%s" % r.choice(APPS)
        cp = {"Type": "ConnectionProfile:Database:DB2", "TargetAgent": r.choice(["ctmagt01", "dbagent2"]),
              "Host": r.choice(HOSTS), "Port": "446", "User": r.choice(RACF_USERS), "Password": pw,
              "DatabaseName": r.choice(DB2_LOC)}
    doc = {name: cp,
           "%s_NIGHTLY" % r.choice(APPS): {"Type": "Folder", "ControlmServer": r.choice(["ctmprod", "CTM_EM1"]),
                                            "%s_JOB1" % r.choice(APPS): {"Type": "Job:FileTransfer" if kind == "sftp" else "Job:Database:SQLScript",
                                                                          "ConnectionProfile": name, "RunAs": name,
                                                                          "Host": cp["TargetAgent"]}}}
    return out(r.choice(["controlm/%s.json" % name.lower(), "ctm/connection-profiles.json", "jobs/controlm/deploy.json"]),
               jdump(doc), "controlm", "db_password" if kind == "db" else "ftp_password", "controlm-json", "json")


@tpl
def t_ctm_xml(c):
    r = c.r
    pw = c.sec("xml", racf_password)
    job = member(r)
    pv = c.nm(["FTPPW", "FTP-PASSWORD"], ["PARM3", "XFER-K"])
    L = ['<?xml version="1.0" encoding="utf-8"?>',
         '<DEFTABLE xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="Folder.xsd">',
         '  <FOLDER DATACENTER="%s" FOLDER_NAME="%s_DAILY" FOLDER_ORDER_METHOD="SYSTEM">' % (r.choice(["ctmprod", "EMDC1"]), r.choice(APPS)),
         '    <JOB JOBNAME="%s" APPLICATION="%s" SUB_APPLICATION="XFER" TASKTYPE="Command"' % (job, r.choice(APPS)),
         '         CMDLINE="/opt/batch/bin/mfxfer.sh %%%%DSN %%%%FTPUSER %%%%%s" NODEID="%s" RUN_AS="batch">' % (pv, r.choice(["etl-lnx2", "ctmagt01"])),
         '      <VARIABLE NAME="%%%%DSN" VALUE="%s"/>' % dsn(r),
         '      <VARIABLE NAME="%%%%FTPUSER" VALUE="%s"/>' % r.choice(RACF_USERS),
         '      <VARIABLE NAME="%%%%%s" VALUE="%s"/>' % (pv, pw),
         '      <OUTCOND NAME="%s-OK" ODATE="ODAT" SIGN="+"/>' % job,
         '      <ON STMT="*" CODE="NOTOK"><DOMAIL URGENCY="R" DEST="mfops@%s" SUBJECT="%s failed"/></ON>' % (r.choice(["acmebank.com", "globex.net"]), job),
         "    </JOB>",
         "  </FOLDER>",
         "</DEFTABLE>"]
    return out(r.choice(["controlm/%s_daily.xml" % r.choice(APPS).lower(), "ctm/export/folder_%s.xml" % job.lower()]),
               L, "controlm", "ftp_password", "controlm-xml", "xml")


@tpl
def t_tws_user(c):
    r = c.r
    pw = c.sec("tws", human_password if r.random() < 0.5 else racf_password)
    if r.random() < 0.5:
        ws = r.choice(["WINFTA1", "WIN2K19A", "ETLWIN02"])
        L = ["# composer add %s" % r.choice(["users.txt", "tws_users.def"]),
             "USERNAME %s#%s" % (ws, r.choice(["svc_tws", "CORP\\batchrun", "twsuser"])),
             ' PASSWORD "%s"' % pw,
             "END", "",
             "JOB",
             "%s#%s" % (ws, member(r, "LOAD")),
             ' SCRIPTNAME "D:\\\\jobs\\\\loadgl.cmd"',
             " STREAMLOGON svc_tws",
             ' DESCRIPTION "GL load after mainframe close"',
             " RECOVERY STOP", "END"]
        path = r.choice(["tws/users.def", "scheduling/tws/users.txt", "iws/definitions/users.def"])
    else:
        L = ["/*-----------------------------------------------------------*/",
             "/* EQQPARM(USRINFO) - WINDOWS USERS FOR END-TO-END JOBS      */",
             "/*-----------------------------------------------------------*/",
             "USRREC USRCPU(%s)" % r.choice(["WIN1", "FTA2", "W001"]),
             "       USRNAM('%s')" % r.choice(["svc_tws", "batchrun"]),
             "       USRPSW('%s')" % pw,
             "USRREC USRCPU(LNX1)",
             "       USRNAM('twsuser')"]
        L = L[:6]
        path = r.choice(["EQQPARM/USRINFO", "tws/eqqparm/USRINFO.txt", "opc/parmlib/USRINFO"])
    return out(path, L, "ibm-workload-scheduler", "scheduler_password", "tws", "tws")


@tpl
def t_cdp_process(c):
    r = c.r
    pw = c.sec("cdp", racf_password)
    pn = member(r, "GL")
    unix = r.random() < 0.5
    if unix:
        L = ["/* %s - send GL file to the mainframe hub */" % pn,
             "%s process snode=%s" % (pn.lower(), r.choice(NODES)),
             "     snodeid=(%s,%s)" % (r.choice(RACF_USERS), pw),
             "step01 copy from (file=/data/out/gl_%s.dat pnode)" % r.choice(["daily", "close", "adj"]),
             "     ckpt=2M",
             "     to (file=%s snode" % dsn(r),
             "         disp=(new,catlg,delete)",
             "         sysopts=\":datatype=text:\"",
             "         dcb=(dsorg=ps,recfm=fb,lrecl=%d,blksize=0))" % r.choice([80, 200, 350]),
             "pend"]
        path = r.choice(["cdunix/processes/%s.cdp" % pn.lower(), "ndm/%s.cdp" % pn.lower()])
    else:
        L = ["%s PROCESS SNODE=%s -" % (pn, r.choice(NODES)),
             "         SNODEID=(%s,%s) -" % (r.choice(RACF_USERS), pw),
             "         NOTIFY=%USER",
             "STEP01   COPY FROM (DSN=%s -" % dsn(r),
             "               DISP=SHR) -",
             "         TO (DSN=/inbound/%s.dat -" % r.choice(APPS).lower(),
             "               SYSOPTS=\":datatype=text:xlate=yes:\" -",
             "               DISP=RPL)"]
        path = r.choice(["CD/PROCESS/%s" % pn, "ndm/publib/%s.txt" % pn])
    return out(path, L, "ibm-connect-direct", "ndm_password", "cdp", "cdp")


# ---------------------------------------------------------------------------
# Tandem / NonStop
# ---------------------------------------------------------------------------

@tpl
def t_tacl_obey(c):
    r = c.r
    pw = c.sec("tacl", human_password if r.random() < 0.5 else racf_password)
    L = ["== %s - %s" % (r.choice(["STARTXFR", "ATMEOD", "BACKUP01"]), r.choice(["end of day file push", "start FTP to settlement host", "nightly extract"])),
         "== owner %s, %s" % (r.choice(PEOPLE), r.choice(TICKETS)),
         "?TACL MACRO",
         "#FRAME",
         "VOLUME $%s.%s" % (r.choice(["DATA01", "SYSTEM", "AUDIT2"]), r.choice(["EODFILES", "XFER", "ATMLOG"])),
         "#PUSH #INLINEPREFIX",
         "#SET #INLINEPREFIX ++",
         "FTP %s" % r.choice(HOSTS + ["settle01.bank.internal"]),
         "++ USER %s" % r.choice(["nskxfer", "atmeod", "SUPER.BATCH"]),
         "++ PASS %s" % pw,
         "++ ASCII",
         "++ PUT $DATA01.EODFILES.TLOG%02d tlog.dat" % r.randint(1, 31),
         "++ QUIT",
         "#POP #INLINEPREFIX",
         "#UNFRAME"]
    return out(r.choice(["nonstop/tacl/%s" % r.choice(["ATMEOD", "XFRMAC", "EODPUSH"]), "tandem/obey/%s.tacl" % r.choice(["eodpush", "xfer"]),
                         "nsk/macros/STARTXFR"]), L, "hpe-nonstop", "ftp_password", "tacl", "tacl")


@tpl
def t_nsk_jdbc_props(c):
    r = c.r
    pw = c.sec("props", human_password)
    L = ["# NonStop SQL/MX JDBC Type 4 - %s reporting" % r.choice(["BASE24", "switch", "ATM"]),
         "url=jdbc:t4sqlmx://%s:%d/" % (r.choice(["10.60.1.10", "nskprod.bank.internal", "tandem2.globex.net"]), r.choice([18650, 18652])),
         "catalog=%s" % r.choice(["NSKCAT", "PRODCAT"]),
         "schema=%s" % r.choice(["ATMSCH", "SWITCH", "EOD"]),
         "user=%s" % r.choice(["SUPER.REPORT", "ATM.READER", "BATCH.EXTRACT"]),
         "password=%s" % pw,
         "maxPoolSize=%d" % r.choice([4, 8, 16]),
         "loginTimeout=%d" % r.choice([30, 60])]
    return out(r.choice(["config/t4sqlmx.properties", "nonstop/jdbc.properties", "src/main/resources/nsk-jdbc.properties"]),
               L, "hpe-nonstop", "db_password", "properties", "props")


# ---------------------------------------------------------------------------
# TN3270 emulator macros: x3270/s3270, PCOMM, Attachmate EXTRA!, HOD
# ---------------------------------------------------------------------------

@tpl
def t_x3270_script(c):
    r = c.r
    pw = c.sec("macro", racf_password)
    host = r.choice(HOSTS)
    user = r.choice(RACF_USERS)
    if r.random() < 0.5:
        L = ["#!/bin/sh",
             "# screen-scrape the CICS region status with s3270",
             "s3270 -model 3279-4 <<EOF",
             "Connect(L:%s:%d)" % (host, r.choice([992, 23, 2023])),
             "Wait(InputField)",
             "String(\"LOGON %s\")" % user,
             "Enter()",
             "Wait(InputField)",
             "String(\"%s\")" % pw,
             "Enter()",
             "Wait(InputField)",
             "String(\"CEMT I TASK\")",
             "Enter()",
             "Ascii()",
             "Disconnect()",
             "EOF"]
        path = r.choice(["scripts/cics_status.sh", "tools/s3270/cemt_tasks.sh"])
        ft = "shell"
    else:
        L = ["! x3270 macros - add to ~/.x3270pro",
             "x3270.macros: \\",
             "  TSO logon: String(\"%s\\n\") Wait(InputField) String(\"%s\\n\")\\n\\" % (user, pw),
             "  ISPF 3.4: String(\"=3.4\\n\")\\n\\",
             "  SDSF ST: String(\"=S.ST\\n\")\\n\\",
             "  Logoff: PF(3) String(\"LOGOFF\\n\")",
             "x3270.hostsFile: /etc/x3270/ibm_hosts",
             "x3270.model: 3279-4-E"]
        path = r.choice([".x3270pro", "dotfiles/x3270pro", "emulator/x3270.macros"])
        ft = "x3270"
    return out(path, L, "tn3270-x3270", "racf_password", ft, "macro")


@tpl
def t_pcomm_vbs(c):
    r = c.r
    pw = c.sec("macro", racf_password)
    L = ["[PCOMM SCRIPT HEADER]",
         "LANGUAGE=VBSCRIPT",
         "DESCRIPTION=Logon to %s and start ISPF" % r.choice(["TSO PROD", "SYSA", "CICSP"]),
         "[PCOMM SCRIPT SOURCE]",
         "OPTION EXPLICIT",
         "autECLSession.SetConnectionByName(ThisSessionName)", "",
         "REM wait for the USS logon screen",
         "autECLSession.autECLOIA.WaitForAppAvailable",
         "autECLSession.autECLOIA.WaitForInputReady",
         'autECLSession.autECLPS.SendKeys "TSO %s"' % r.choice(RACF_USERS),
         'autECLSession.autECLPS.SendKeys "[enter]"',
         "autECLSession.autECLOIA.WaitForInputReady",
         'autECLSession.autECLPS.SendKeys "%s"' % pw,
         'autECLSession.autECLPS.SendKeys "[enter]"',
         "autECLSession.autECLOIA.WaitForInputReady",
         'autECLSession.autECLPS.SendKeys "[enter]"',
         'autECLSession.autECLPS.SendKeys "ISPF"',
         'autECLSession.autECLPS.SendKeys "[enter]"']
    return out(r.choice(["pcomm/macros/%s.mac" % r.choice(["tsologon", "prodlogon", "ispf"]), "emulator/PCOMM/logon.mac", "Private/%s.mac" % r.choice(["TSO", "LOGON1"])]),
               L, "tn3270-pcomm", "racf_password", "pcomm-mac", "macro")


@tpl
def t_extra_basic(c):
    r = c.r
    pw = c.sec("macro", racf_password)
    if not c.positive and r.random() < 0.5:
        pw = c.filler = Expr('PasswordBox$("RACF password:")')
    pexpr = c.q(pw)
    L = ["' EXTRA! Basic macro: %s" % r.choice(["CICS sign-on", "TSO logon", "IMS /SIGN"]),
         "' generated by the recorder, cleaned up %s" % today(r),
         "Global g_HostSettleTime%",
         "Sub Main()",
         "    Dim Sys As Object, Sess As Object, MyScreen As Object",
         '    Set Sys = CreateObject("EXTRA.System")',
         "    Set Sess = Sys.ActiveSession",
         "    Set MyScreen = Sess.Screen",
         "    g_HostSettleTime = %d" % r.choice([100, 250, 500]),
         '    MyScreen.SendKeys("%s<Enter>")' % r.choice(["CESN", "LOGON %s" % r.choice(RACF_USERS), "/SIGN ON %s" % r.choice(RACF_USERS)]),
         "    MyScreen.WaitHostQuiet(g_HostSettleTime)",
         '    MyScreen.PutString "%s", %d, %d' % (r.choice(RACF_USERS), r.choice([10, 12]), r.choice([26, 30])),
         "    MyScreen.PutString %s, %d, %d" % (pexpr, r.choice([11, 13]), r.choice([26, 30])),
         '    MyScreen.SendKeys("<Enter>")',
         "    MyScreen.WaitHostQuiet(g_HostSettleTime)",
         "End Sub"]
    return out(r.choice(["macros/%s.ebm" % r.choice(["cesn", "tsologon", "imssign"]), "Attachmate/Macros/%s.EBM" % r.choice(["LOGON", "SIGNON"])]),
               L, "tn3270-attachmate", "racf_password", "extra-basic", "macro")


@tpl
def t_hod_macro(c):
    r = c.r
    pw = c.sec("macro", racf_password)
    L = ['<HAScript name="%s" description=" " timeout="60000" pausetime="300" promptall="true" author="%s" creationdate="%s" supressclearevents="false" usevars="false" ignorepauseforenhancedtn="true" delayifnotenhancedtn="0" blockinput="false">' % (r.choice(["CICSLogon", "TSOLogon", "ProdSignon"]), r.choice(PEOPLE), today(r)),
         '    <screen name="Screen1" entryscreen="true" exitscreen="false" transient="false">',
         "        <description>",
         '            <oia status="NOTINHIBITED" optional="false" invertmatch="false" />',
         "        </description>",
         "        <actions>",
         '            <input value="%s[tab]" row="0" col="0" movecursor="true" xlatehostkeys="true" encrypted="false" />' % r.choice(RACF_USERS),
         '            <input value="%s[enter]" row="0" col="0" movecursor="true" xlatehostkeys="true" encrypted="false" />' % pw,
         "        </actions>",
         '        <nextscreens timeout="0" >',
         '            <nextscreen name="Screen2" />',
         "        </nextscreens>",
         "    </screen>",
         '    <screen name="Screen2" entryscreen="false" exitscreen="true" transient="false">',
         "        <description>",
         '            <oia status="NOTINHIBITED" optional="false" invertmatch="false" />',
         "        </description>",
         "        <actions />",
         '        <nextscreens timeout="0" >',
         "        </nextscreens>",
         "    </screen>",
         "</HAScript>"]
    return out(r.choice(["hod/macros/%s.mac" % r.choice(["cicslogon", "tsologon"]), "emulator/hod/ProdSignon.xml", "zie/macros/logon.mac"]),
               L, "tn3270-hod", "racf_password", "hod-macro-xml", "macro")


# ---------------------------------------------------------------------------
# Micro Focus Enterprise Server
# ---------------------------------------------------------------------------

@tpl
def t_mf_casstart(c):
    r = c.r
    pw = c.sec("bat", bat_password)
    reg = r.choice(["BANKDEMO", "PRODES", "CLAIMSES", "ESGL01"])
    u = r.choice(["esadmin", "OPSUSR", "mfoper"])
    L = ["@echo off",
         "rem start the %s region after the nightly restore" % reg,
         'call "C:\\Program Files (x86)\\Micro Focus\\Enterprise Developer\\createenv.bat"',
         "set ES_REGION=%s" % reg,
         "casstart /r%%ES_REGION%% /u%s /p%s" % (u, pw),
         "if errorlevel 1 goto fail",
         "casout /r%ES_REGION% /l",
         "goto :eof",
         ":fail",
         "echo region %ES_REGION% did not start & exit /b 8"]
    return out(r.choice(["ops/start_%s.bat" % reg.lower(), "mfes/scripts/startregion.cmd", "es/bin/start.bat"]),
               L, "microfocus-es", "es_password", "bat", "bat")


@tpl
def t_mf_xa_openstring(c):
    r = c.r
    pw = c.sec("ini", human_password)
    L = ["# Enterprise Server XA resource definitions (imported with casrdtex)",
         "[XA-RESOURCE]",
         "ID=DB2P",
         "NAME=%s DB2 switch" % r.choice(APPS).title(),
         "MODULE=$ES_XA/ESDB2XA.so",
         "OPENSTRING=DB=%s,UID=%s,PWD=%s,TPM=CICS" % (r.choice(DB2_LOC), r.choice(DB_USERS), pw) if r.random() < 0.5 else
         "OPENSTRING=DSN=%s,USRPASS=%s.%s" % (r.choice(["GLPROD", "CLAIMSDB"]), r.choice(DB_USERS), pw),
         "CLOSESTRING=",
         "RECOVERY=Y",
         "STATUS=ENABLED"]
    return out(r.choice(["mfes/xa/%s_xa.cfg" % r.choice(APPS).lower(), "es/config/xaresources.txt", "enterprise-server/region/xa.ini"]),
               L, "microfocus-es", "db_password", "ini", "ini")


# ---------------------------------------------------------------------------
# docs, CI pipelines, ansible
# ---------------------------------------------------------------------------

@tpl
def t_md_runbook(c):
    r = c.r
    pw = c.sec("md", racf_password if r.random() < 0.5 else human_password)
    shown = ("`%s`" % pw) if c.positive else pw
    sysn = r.choice(["SYSA", "PROD1", "PLEX2", "LPAR3"])
    L = ["# %s batch runbook" % r.choice(APPS).title(), "",
         "_Last reviewed %s by %s_" % (today(r), r.choice(PEOPLE)), "",
         "## Restarting the nightly stream", "",
         "1. Log on to %s TSO via the `%s` session (port %d, TLS)." % (sysn, r.choice(["PROD3270", "TSO-A"]), r.choice([992, 2023])),
         "2. Check the stream in SDSF: `PRE %s*` then `ST`." % r.choice(["PAY", "GL", "CLM"]),
         "3. If %s abended with S913, rerun from step STEP020 after fixing access." % member(r),
         "", "## Accounts", "",
         "| purpose | user | secret |",
         "|---|---|---|",
         "| batch surrogate | %s | %s |" % (r.choice(RACF_USERS), shown),
         "| read-only SDSF  | %s | via CyberArk |" % r.choice(RACF_USERS), "",
         "## Contacts", "",
         "- Scheduling: %s (ext. %d)" % (r.choice(PEOPLE), r.randint(2000, 7999)),
         "- Storage: volumes %s, %s are SMS-managed; do not touch." % (r.choice(VOLS), r.choice(VOLS))]
    return out(r.choice(["docs/runbook.md", "notes/runbook.md", "ops/%s-runbook.md" % r.choice(APPS).lower(), "wiki/Nightly-Batch.md"]),
               L, "ibm-racf", "racf_password", "markdown", "md")


@tpl
def t_jenkins_zowe(c):
    r = c.r
    pw = c.sec("shell", racf_password if r.random() < 0.5 else bat_password)
    L = ["pipeline {",
         "    agent { label '%s' }" % r.choice(["zos-build", "linux-dbb", "mf"]),
         "    environment {",
         "        ZOS_HOST = '%s'" % r.choice(HOSTS),
         "        HLQ = '%s.DBB'" % r.choice(HLQ),
         "    }",
         "    stages {",
         "        stage('Upload') {",
         "            steps {",
         "                sh \"zowe files upload dir-to-pds src/cobol ${HLQ}.COBOL --host ${ZOS_HOST} --user %s --password %s --ru false\"" % (r.choice(RACF_USERS), pw),
         "            }",
         "        }",
         "        stage('Build') {",
         "            steps {",
         "                sh 'groovyz dbb-zappbuild/build.groovy --workspace . --application %s --hlq ${HLQ} --impactBuild'" % r.choice(APPS).lower(),
         "            }",
         "        }",
         "    }",
         "}"]
    return out(r.choice(["Jenkinsfile", "ci/Jenkinsfile", "pipelines/zos-build.Jenkinsfile"]), L, "zowe", "racf_password", "groovy", "shell")


@tpl
def t_gha_zowe(c):
    r = c.r
    pw = c.sec("gha", racf_password if r.random() < 0.5 else human_password)
    L = ["name: zos-deploy",
         "on:",
         "  push:",
         "    branches: [ main ]",
         "jobs:",
         "  deploy:",
         "    runs-on: %s" % r.choice(["ubuntu-latest", "self-hosted"]),
         "    env:",
         "      ZOWE_OPT_HOST: %s" % r.choice(HOSTS),
         "      ZOWE_OPT_USER: %s" % r.choice(RACF_USERS),
         "      ZOWE_OPT_PASSWORD: %s" % pw,
         "      ZOWE_OPT_REJECT_UNAUTHORIZED: \"false\"",
         "    steps:",
         "      - uses: actions/checkout@v4",
         "      - uses: actions/setup-node@v4",
         "        with:",
         "          node-version: 20",
         "      - run: npm install -g @zowe/cli@zowe-v2-lts",
         "      - run: zowe zos-jobs submit local-file jcl/%s.jcl --wfo" % member(r)]
    return out(r.choice([".github/workflows/deploy.yml", ".github/workflows/zos.yml", ".github/workflows/submit-jcl.yaml"]),
               L, "zowe", "racf_password", "yaml", "yaml")


@tpl
def t_ansible_zos(c):
    r = c.r
    pw = c.sec("yaml", racf_password)
    L = ["all:",
         "  children:",
         "    zos:",
         "      hosts:",
         "        %s:" % r.choice(["sysa", "zprod01", "lpar3"]),
         "          ansible_host: %s" % r.choice(HOSTS),
         "          ansible_user: %s" % r.choice(RACF_USERS).lower(),
         "          ansible_password: %s" % pw,
         "          ansible_python_interpreter: /usr/lpp/IBM/cyp/v3r11/pyz/bin/python3",
         "      vars:",
         "        ZOAU: /usr/lpp/IBM/zoautil",
         "        environment_vars:",
         "          _BPXK_AUTOCVT: \"ON\"",
         "          _CEE_RUNOPTS: \"FILETAG(AUTOCVT,AUTOTAG) POSIX(ON)\""]
    return out(r.choice(["inventories/prod/hosts.yml", "ansible/inventory.yml", "inventory/zos.yaml"]), L, "ibm-racf", "racf_password", "yaml", "yaml")


# ---------------------------------------------------------------------------
# cloud / database credentials from modernisation projects
# ---------------------------------------------------------------------------

@tpl
def t_env_aws(c):
    r = c.r
    if c.positive:
        akid, sec = aws_key_pair(r)
        c.sec("env", sec)
    else:
        akid = r.choice(["", "${AWS_ACCESS_KEY_ID}", "<access-key-id>"])
        sec = c.sec("env", None)
    L = ["# mainframe offload -> S3 landing zone (%s)" % r.choice(TICKETS),
         "AWS_REGION=%s" % r.choice(["us-east-1", "eu-west-1", "eu-central-1"]),
         "AWS_ACCESS_KEY_ID=%s" % akid,
         "AWS_SECRET_ACCESS_KEY=%s" % sec,
         "S3_BUCKET=%s-mf-offload-%s" % (r.choice(["acme", "globex", "initech"]), r.choice(["prod", "dev"])),
         "ZOS_SOURCE_HLQ=%s.%s" % (r.choice(HLQ), r.choice(APPS)),
         "OFFLOAD_CCSID=%s" % r.choice(["037", "1047", "500"])]
    return out(r.choice([".env", "offload/.env", "docker/.env.prod"]), L, "aws", "aws_secret_key", "env", "env")


@tpl
def t_py_boto3(c):
    r = c.r
    if c.positive:
        akid, sec = aws_key_pair(r)
        c.sec("python", sec)
        sx = c.q(sec)
        ax = '"%s"' % akid
    else:
        v = c.sec("python", None)
        sx = c.q(v)
        ax = 'os.environ.get("AWS_ACCESS_KEY_ID")'
    L = ['"""Upload converted VSAM unloads (EBCDIC -> UTF-8) to S3."""',
         "import os", "import boto3", "",
         's3 = boto3.client(',
         '    "s3",',
         '    region_name="%s",' % r.choice(["us-east-1", "eu-west-1"]),
         "    aws_access_key_id=%s," % ax,
         "    aws_secret_access_key=%s," % sx,
         ")", "",
         "def convert(path, codepage=\"cp%s\"):" % r.choice(["037", "500", "1140"]),
         '    with open(path, "rb") as fh:',
         "        return fh.read().decode(codepage)", "",
         "def upload(path):",
         '    body = convert(path).encode("utf-8")',
         '    s3.put_object(Bucket="%s-vsam-landing", Key=os.path.basename(path) + ".txt", Body=body)' % r.choice(["acme", "globex"])]
    return out(pypath(r, r.choice(["s3_offload", "vsam_to_s3", "upload_unloads"])), L, "aws", "aws_secret_key", "python", "python")


@tpl
def t_tf_azure_storage(c):
    r = c.r
    acct_ = r.choice(["mfarchive", "zosoffload", "legacylake"]) + str(r.randint(1, 99))
    key = c.sec("azure", azure_storage_key)
    L = ["# terraform.tfvars - archive tier for migrated GDG generations",
         'location            = "%s"' % r.choice(["westeurope", "eastus2", "uksouth"]),
         'resource_group_name = "rg-%s-archive"' % r.choice(APPS).lower(),
         'storage_account     = "%s"' % acct_,
         'container_name      = "gdg-archive"',
         'storage_connection  = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net"' % (acct_, key),
         'retention_days      = %d' % r.choice([365, 2555, 3650])]
    return out(r.choice(["infra/terraform.tfvars", "terraform/archive/prod.tfvars", "iac/azure/terraform.tfvars"]),
               L, "azure", "azure_storage_key", "hcl", "props")


@tpl
def t_git_remote_pat(c):
    r = c.r
    if r.random() < 0.5:
        tok = c.sec("url", github_pat)
        prov, kind = "github", "github_pat"
        url = "https://%s@github.com/%s/%s.git" % (tok if c.positive else "x-access-token:%s" % tok, r.choice(["acme-mf", "globex-it"]), r.choice(["cobol-src", "jcl-lib", "mf-modern"]))
    else:
        tok = c.sec("url", gitlab_pat)
        prov, kind = "gitlab", "gitlab_pat"
        url = "https://oauth2:%s@gitlab.%s/%s/%s.git" % (tok, r.choice(["acmebank.com", "globex.net"]), r.choice(["mainframe", "zos"]), r.choice(["copybooks", "dbb-build"]))
    L = ["#!/bin/sh",
         "# mirror the PDS export (converted by IBM DBB migrate) to the git server",
         "set -e",
         "cd /u/%s/mirror" % r.choice(RACF_USERS).lower(),
         "export GIT_SSL_CAINFO=/etc/ssl/certs/corp-root.pem",
         "git add -A",
         "git commit -m \"nightly PDS sync $(date +%F)\" || true",
         "git push %s HEAD:main" % url]
    return out(r.choice(["uss/bin/git_mirror.sh", "scripts/sync_pds_to_git.sh", "tools/mirror.sh"]), L, prov, kind, "shell", "shell")


@tpl
def t_ibmcloud_key(c):
    r = c.r
    k = c.sec("env", ibm_cloud_apikey)
    L = ["# IBM Cloud - Wazi as a Service dev/test images",
         "IBMCLOUD_REGION=%s" % r.choice(["us-south", "eu-de", "jp-tok"]),
         "IBMCLOUD_API_KEY=%s" % k,
         "WAZI_VSI_PROFILE=%s" % r.choice(["bz2-4x16", "mz2-2x16"]),
         "WAZI_IMAGE=%s" % r.choice(["ibm-zos-3-1-s390x-dev-test-wazi-1", "ibm-zos-2-5-s390x-dev-test-wazi-7"]),
         "VPC_NAME=%s-wazi-vpc" % r.choice(APPS).lower()]
    return out(r.choice([".env", "wazi/.env", "terraform/wazi.env"]), L, "ibm-cloud", "ibm_cloud_api_key", "env", "env")


@tpl
def t_sqlplus_oracle(c):
    r = c.r
    pw = c.sec("shell", url_password)
    L = ["#!/bin/ksh",
         "# load the mainframe GL extract into the Oracle staging schema",
         "export ORACLE_HOME=/u01/app/oracle/product/19.0.0/dbhome_1",
         "export PATH=$ORACLE_HOME/bin:$PATH",
         "FILE=$1",
         "sqlldr userid=%s/%s@//%s:1521/%s control=/app/ctl/gl_stage.ctl data=$FILE log=/app/log/gl_stage.log" % (
             r.choice(["glstage", "mfload", "etl_owner"]), pw if c.positive else '"%s"' % pw, r.choice(["oradb01.corp.local", "10.14.2.9", "exa-scan.globex.net"]), r.choice(["GLPDB", "STAGE", "ORCLPDB1"])),
         "rc=$?",
         '[ $rc -eq 0 ] || { echo "sqlldr failed rc=$rc"; exit $rc; }']
    return out(r.choice(["scripts/load_gl_oracle.ksh", "etl/bin/sqlldr_gl.sh"]), L, "oracle", "db_password", "shell", "shell")


@tpl
def t_compose_pg(c):
    r = c.r
    pw = c.sec("url", url_password)
    L = ["version: \"3.8\"",
         "services:",
         "  cobol-api:",
         "    image: registry.%s/mf/%s-api:%s" % (r.choice(["acmebank.com", "globex.net"]), r.choice(APPS).lower(), r.choice(["1.4.2", "2.0.0", "latest"])),
         "    environment:",
         "      DATABASE_URL: postgresql://%s:%s@pg:5432/%s" % (r.choice(["ledger", "cobolrt", "claims"]), pw, r.choice(["ledger", "claims"])),
         "      CODEPAGE: \"IBM-%s\"" % r.choice(["037", "1047"]),
         "    depends_on: [pg]",
         "  pg:",
         "    image: postgres:15",
         "    volumes:",
         "      - pgdata:/var/lib/postgresql/data",
         "volumes:",
         "  pgdata: {}"]
    return out(r.choice(["docker-compose.yml", "deploy/docker-compose.yml", "compose.yaml"]), L, "postgresql", "db_password", "yaml", "yaml")


# ---------------------------------------------------------------------------
# negative-only domain look-alikes (no credential anywhere)
# ---------------------------------------------------------------------------

NEG_TEMPLATES = []


def ntpl(fn):
    NEG_TEMPLATES.append((fn.__name__, fn))
    return fn


def nout(path, lines, provider, kind, ftype):
    return out(path, lines, provider, kind, ftype, None)


def sha256hex(r):
    import hashlib
    return hashlib.sha256(bytes(r.randrange(256) for _ in range(32))).hexdigest()


@ntpl
def n_jcl_setropts(r):
    mem = member(r, "PWPOL")
    L = jobcard(r, mem) + jcl_banner(r, "SECADM", "PASSWORD POLICY PER AUDIT FINDING %s" % r.choice(TICKETS))
    L += ["//RACF     EXEC PGM=IKJEFT01",
          "//SYSTSPRT DD SYSOUT=*",
          "//SYSTSIN  DD *",
          "  SETROPTS PASSWORD(INTERVAL(%d) HISTORY(%d) MINCHANGE(1) WARNING(%d))" % (r.choice([60, 90]), r.choice([8, 12, 24]), r.choice([7, 10, 14])),
          "  SETROPTS PASSWORD(REVOKE(%d)) MIXEDCASE" % r.choice([3, 5, 6]),
          "  SETROPTS PASSWORD(RULE1(LENGTH(8) ALPHA(1) NUMERIC(2:7) MIXEDALL(3:8)))",
          "  SETROPTS PASSWORD(ALGORITHM(KDFAES))",
          "  SETROPTS LIST",
          "  LISTUSER %s NORACF TSO" % r.choice(RACF_USERS),
          "/*"]
    return nout(jcl_path(r, mem), L, "ibm-racf", "password_policy", "jcl")


@ntpl
def n_jcl_dsn_names(r):
    mem = member(r, "SEC")
    L = jobcard(r, mem) + jcl_banner(r, "SECADM", "WEEKLY IRRDBU00 UNLOAD AND PASSWORD-AGE REPORT")
    L += ["//UNLOAD   EXEC PGM=IRRDBU00,PARM=NOLOCKINPUT",
          "//SYSPRINT DD SYSOUT=*",
          "//INDD1    DD DSN=SYS1.RACFDS.BACKUP,DISP=SHR",
          "//OUTDD    DD DSN=SECADM.RACF.UNLOAD.D%02d%02d%02d," % (r.randint(19, 25), r.randint(1, 12), r.randint(1, 28)),
          "//            DISP=(NEW,CATLG),UNIT=SYSDA,SPACE=(CYL,(50,10),RLSE),",
          "//            DCB=(RECFM=VB,LRECL=4096,BLKSIZE=0),VOL=SER=%s" % r.choice(VOLS),
          "//PWAGE    EXEC PGM=ICETOOL",
          "//TOOLMSG  DD SYSOUT=*",
          "//DFSMSG   DD SYSOUT=*",
          "//IN       DD DSN=*.UNLOAD.OUTDD,DISP=SHR",
          "//PASSWD   DD DSN=SECADM.REPORT.PASSWORD.AGE,DISP=(NEW,CATLG),",
          "//            SPACE=(TRK,(10,5)),UNIT=SYSDA",
          "//TOOLIN   DD *",
          "  COPY FROM(IN) TO(PASSWD) USING(CTL1)",
          "//CTL1CNTL DD *",
          "  INCLUDE COND=(5,4,CH,EQ,C'0200')",
          "  OUTREC FIELDS=(10,8,C' LAST PWD CHANGE ',125,10)",
          "/*"]
    return nout(jcl_path(r, mem), L, "ibm-racf", "dataset_names", "jcl")


@ntpl
def n_joblog(r):
    job = member(r)
    jid = "JOB%05d" % r.randint(10000, 99999)
    u = r.choice(RACF_USERS)
    t = "%02d.%02d.%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    L = ["                    J E S 2  J O B  L O G  --  S Y S T E M  %s  --  N O D E  %s" % (r.choice(["SYSA", "PRD1"]), r.choice(["NJEA", "PLEX1"])),
         "",
         "%s %s ---- %s" % (t, jid, r.choice(["MONDAY,    11 MAR 2024", "FRIDAY,    07 JUN 2024", "TUESDAY,   14 JAN 2025"])),
         "%s %s  IRR010I  USERID %-8s IS ASSIGNED TO THIS JOB." % (t, jid, u),
         "%s %s  ICH70001I %-8s LAST ACCESS AT %s ON %s" % (t, jid, u, t, r.choice(["MONDAY, MARCH 11, 2024", "FRIDAY, JUNE 7, 2024"])),
         "%s %s  $HASP373 %-8s STARTED - INIT %d    - CLASS %s        - SYS %s" % (t, jid, job, r.randint(1, 40), r.choice("ABK"), r.choice(["SYSA", "PRD1"])),
         "%s %s  IEF403I %-8s - STARTED - TIME=%s" % (t, jid, job, t),
         "%s %s  -                                         --TIMINGS (MINS.)--" % (t, jid),
         "%s %s  -STEPNAME PROCSTEP    RC   EXCP   CONN    TCB    SRB  CLOCK" % (t, jid),
         "%s %s  -STEP010               00  %5d    %3d    .00    .00     .1" % (t, jid, r.randint(100, 90000), r.randint(1, 500)),
         "%s %s  IEF404I %-8s - ENDED - TIME=%s" % (t, jid, job, t),
         "%s %s  $HASP395 %-8s ENDED - RC=0000" % (t, jid, job),
         "------ JES2 JOB STATISTICS ------",
         "  %d CARDS READ" % r.randint(10, 200),
         "  %d SYSOUT PRINT RECORDS" % r.randint(100, 9000),
         "  PASSWORD= WAS NOT SPECIFIED, SURROGATE CHECK PASSED (CLASS SURROGAT)"]
    return nout(r.choice(["logs/%s_%s.txt" % (job, jid), "joblogs/%s.log" % jid.lower(), "docs/samples/%s-joblog.txt" % job.lower()]),
                L, "ibm-jes2", "job_ids", "txt")


@ntpl
def n_ebcdic_dump(r):
    rec = "%-10s%-20s%08d%s" % (r.choice(["ACCT", "CUST", "EMP"]) + str(r.randint(100000, 999999)), r.choice(["SMITH JOHN", "OKAFOR ADA", "LINDQVIST M"]), r.randint(0, 99999999), r.choice(["PAYROLL ", "GLEDGER ", "PASSWORD"]))
    eb = rec.encode("cp037")
    L = ["Dump of first record, %s (RECFM=FB LRECL=%d) - CCSID 037" % (dsn(r), len(eb)),
         "Requested in %s to debug the conversion of the %s field." % (r.choice(TICKETS), r.choice(["STATUS-FLAG", "PASSWORD-HINT", "BRANCH-CODE"])), ""]
    for off in range(0, len(eb), 16):
        chunk = eb[off:off + 16]
        hx = " ".join(chunk[i:i + 4].hex().upper() for i in range(0, len(chunk), 4))
        L.append("%06X  %-35s  *%s*" % (off, hx, chunk.decode("cp037")))
    L += ["", "Note: X'40' is EBCDIC space, X'F0'-X'F9' are digits. Use iconv -f IBM-037 -t UTF-8."]
    return nout(r.choice(["notes/ebcdic_dump.txt", "docs/debug/%s-hexdump.txt" % r.choice(APPS).lower(), "tests/fixtures/record1.hex.txt"]),
                L, "ibm-zos", "ebcdic_hex_dump", "txt")


@ntpl
def n_checksums(r):
    L = ["# SHA-256 of the PTF/SMP/E packages pulled from Shopz (order %s)" % r.choice(["U0123456", "S9876543", "X0045521"]), ""]
    for _ in range(r.randint(4, 10)):
        L.append("%s  %s" % (sha256hex(r), r.choice(["GIMPAF.XML", "SMPPTFIN/S0001.SHOPZ.S%07d.SMPMCS.pax.Z" % r.randint(1, 9999999), "UJ%05d.bin" % r.randint(10000, 99999), "UI%05d.pax.Z" % r.randint(10000, 99999)])))
    return nout(r.choice(["smpe/checksums.sha256", "ptf/SHA256SUMS", "maintenance/%s/sha256.txt" % r.choice(["RSU2403", "RSU2406", "RSU2501"])]),
                L, "ibm-smpe", "sha256_digests", "txt")


@ntpl
def n_copybook_fields(r):
    cp = member(r, "SGN")
    L = ["      *" + "-" * 60,
         "      * %s - SIGN-ON COMMAREA LAYOUT (CICS / IMS BRIDGE)" % cp,
         "      *   PASSWORD FIELDS ARE FILLED AT RUN TIME FROM THE 3270",
         "      *   MAP AND CLEARED (LOW-VALUES) BEFORE ANY LINK.",
         "      *" + "-" * 60,
         cob("01  SGN-COMMAREA."),
         cob("    05  SGN-USERID           PIC X(08)."),
         cob("    05  SGN-PASSWORD         PIC X(08)."),
         cob("    05  SGN-NEW-PASSWORD     PIC X(08)."),
         cob("    05  SGN-PHRASE-LEN       PIC S9(4) COMP."),
         cob("    05  SGN-PHRASE           PIC X(100)."),
         cob("    05  SGN-GROUP            PIC X(08) VALUE SPACES."),
         cob("    05  SGN-RESULT           PIC X(01)."),
         cob("        88  SGN-OK                     VALUE 'Y'."),
         cob("        88  SGN-PASSWORD-EXPIRED       VALUE 'E'."),
         cob("        88  SGN-PASSWORD-INVALID       VALUE 'I'."),
         cob("        88  SGN-REVOKED                VALUE 'R'."),
         cob("    05  SGN-PASSWORD-MASK    PIC X(08) VALUE '********'."),
         cob("    05  FILLER               PIC X(20) VALUE LOW-VALUES.")]
    return nout(r.choice(["copybook/%s.cpy" % cp, "COPYLIB/%s" % cp, "src/copy/%s.cpy" % cp.lower()]), L, "ibm-cics", "field_definitions", "copybook")


@ntpl
def n_bms_map(r):
    ms = member(r, "SGNS")
    L = ["%s DFHMSD TYPE=&SYSPARM,MODE=INOUT,LANG=COBOL,CTRL=FREEKB,TIOAPFX=YES" % ms.ljust(8),
         "%s DFHMDI SIZE=(24,80),LINE=1,COLUMN=1" % (ms[:7] + "M").ljust(8),
         "         DFHMDF POS=(1,30),LENGTH=20,ATTRB=(ASKIP,BRT),INITIAL='%s SIGN ON'" % r.choice(APPS),
         "         DFHMDF POS=(6,10),LENGTH=9,ATTRB=ASKIP,INITIAL='USERID  :'",
         "USERID   DFHMDF POS=(6,20),LENGTH=8,ATTRB=(UNPROT,IC,FSET)",
         "         DFHMDF POS=(6,29),LENGTH=1,ATTRB=ASKIP",
         "         DFHMDF POS=(8,10),LENGTH=9,ATTRB=ASKIP,INITIAL='PASSWORD:'",
         "PASSWD   DFHMDF POS=(8,20),LENGTH=8,ATTRB=(UNPROT,DRK,FSET)",
         "         DFHMDF POS=(8,29),LENGTH=1,ATTRB=ASKIP",
         "         DFHMDF POS=(10,10),LENGTH=13,ATTRB=ASKIP,INITIAL='NEW PASSWORD:'",
         "NEWPWD   DFHMDF POS=(10,24),LENGTH=8,ATTRB=(UNPROT,DRK,FSET)",
         "MSG      DFHMDF POS=(23,1),LENGTH=79,ATTRB=(ASKIP,BRT)",
         "         DFHMSD TYPE=FINAL",
         "         END"]
    return nout(r.choice(["bms/%s.bms" % ms, "cics/maps/%s.bms" % ms.lower(), "MAPLIB/%s" % ms]), L, "ibm-cics", "bms_field_names", "bms")


@ntpl
def n_zowe_apiml(r):
    r_indent[0] = r.choice([2, 4])
    cfg = {"$schema": "./zowe.schema.json",
           "profiles": {"zosmf": {"type": "zosmf", "properties": {"basePath": "/ibmzosmf/api/v1"}, "secure": []},
                        "base": {"type": "base", "properties": {"host": r.choice(HOSTS), "port": 7554, "rejectUnauthorized": True,
                                                                "tokenType": "apimlAuthenticationToken"},
                                 "secure": ["tokenValue"]}},
           "defaults": {"zosmf": "zosmf", "base": "base"}, "autoStore": True}
    return nout(r.choice(["zowe.config.json", ".zowe/zowe.config.json"]), jdump(cfg), "zowe-apiml", "secure_array_reference", "zowe-json")


@ntpl
def n_zowe_v1_managed(r):
    L = ["host: %s" % r.choice(HOSTS), "port: %d" % r.choice([443, 10443]),
         "user: 'managed by @zowe/cli'", "password: 'managed by @zowe/cli'",
         "rejectUnauthorized: true", "protocol: https"]
    return nout(r.choice([".zowe/profiles/zosmf/prod.yaml", ".zowe/profiles/zosmf/sysa.yaml"]), L, "zowe", "credential_manager_reference", "zowe-yaml")


@ntpl
def n_ctm_secret(r):
    r_indent[0] = r.choice([2, 4])
    name = "SFTP_%s" % r.choice(APPS)
    doc = {name: {"Type": "ConnectionProfile:FileTransfer:SFTP", "TargetAgent": r.choice(["ctmagt01", "etl-agent"]),
                  "HostName": r.choice(HOSTS), "Port": "22", "User": r.choice(["mfsftp", "xferusr"]),
                  "Password": {"Secret": "%s_pw" % name.lower()}},
           "Defaults": {"RunAs": "batch", "Host": "ctmagt01"}}
    return nout(r.choice(["controlm/connection-profiles.json", "ctm/%s.json" % name.lower()]), jdump(doc), "controlm", "secret_vault_reference", "controlm-json")


@ntpl
def n_ctm_xml_plain(r):
    job = member(r)
    L = ['<?xml version="1.0" encoding="utf-8"?>',
         "<DEFTABLE>",
         '  <FOLDER DATACENTER="%s" FOLDER_NAME="%s_DAILY">' % (r.choice(["ctmprod", "EMDC1"]), r.choice(APPS)),
         '    <JOB JOBNAME="%s" MEMNAME="%s" MEMLIB="%s.JCLLIB" TASKTYPE="Job" OWNER="%s">' % (job, job, r.choice(HLQ), r.choice(RACF_USERS)),
         '      <VARIABLE NAME="%%PARM1" VALUE="%%ODATE"/>',
         '      <VARIABLE NAME="%%%%PASSWORD_DSN" VALUE="%s"/>' % dsn(r, "NETRC"),
         '      <INCOND NAME="%s-OK" ODATE="ODAT" AND_OR="A"/>' % member(r),
         '      <OUTCOND NAME="%s-OK" ODATE="ODAT" SIGN="+"/>' % job,
         "    </JOB>",
         "  </FOLDER>",
         "</DEFTABLE>"]
    return nout(r.choice(["controlm/%s.xml" % job.lower(), "ctm/export/%s_daily.xml" % r.choice(APPS).lower()]), L, "controlm", "variable_names", "controlm-xml")


@ntpl
def n_mqsc_chlauth(r):
    L = ["* CONNAUTH with OS user check, no LDAP bind needed",
         "ALTER AUTHINFO(SYSTEM.DEFAULT.AUTHINFO.IDPWOS) AUTHTYPE(IDPWOS) CHCKCLNT(REQDADM) ADOPTCTX(YES)",
         "REFRESH SECURITY TYPE(CONNAUTH)",
         "SET CHLAUTH('*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS) ACTION(REPLACE)",
         "SET CHLAUTH('%s') TYPE(ADDRESSMAP) ADDRESS('10.%d.*') USERSRC(CHANNEL) CHCKCLNT(REQUIRED)" % (r.choice(CHANNELS), r.randint(1, 60)),
         "DEFINE CHANNEL('%s') CHLTYPE(SVRCONN) TRPTYPE(TCP) SSLCIPH(ANY_TLS12_OR_HIGHER) SSLCAUTH(REQUIRED) REPLACE" % r.choice(CHANNELS),
         "SET AUTHREC OBJTYPE(QMGR) GROUP('%s') AUTHADD(CONNECT,INQ)" % r.choice(["mqapps", "edigrp"]),
         "SET AUTHREC PROFILE('%s.**') OBJTYPE(QUEUE) GROUP('%s') AUTHADD(PUT,GET,BROWSE,INQ)" % (r.choice(["EDI", "GL", "CLAIMS"]), r.choice(["mqapps", "edigrp"]))]
    return nout(r.choice(["mq/%s-security.mqsc" % r.choice(QMGRS).lower(), "mqsc/chlauth.mqsc"]), L, "ibm-mq", "auth_rules", "mqsc")


@ntpl
def n_netmap(r):
    L = ["# Connect:Direct for UNIX netmap.cfg - partner entries",
         "%s:\\" % r.choice(NODES),
         "  :conn.retry.stwait=00.00.30:\\",
         "  :conn.retry.stattempts=3:\\",
         "  :tcp.api=%s;%d:\\" % (r.choice(HOSTS), r.choice([1363, 1463])),
         "  :comm.info=%s;%d:\\" % (r.choice(HOSTS), r.choice([1364, 1464])),
         "  :comm.transport=tcp:\\",
         "  :pacing.send.count=0:",
         "",
         "# userfile.cfg - proxy mapping (no passwords kept here; remote side uses PassTickets)",
         "%s@%s:\\" % (r.choice(RACF_USERS), r.choice(NODES)),
         "  :local.id=cdadmin:\\",
         "  :pstmt.copy=y:\\",
         "  :pstmt.run_task=n:"]
    return nout(r.choice(["cdunix/ndm/cfg/netmap.cfg", "connect-direct/netmap.cfg"]), L, "ibm-connect-direct", "netmap_no_secret", "cd-netmap")


@ntpl
def n_ibmi_sysval(r):
    u = r.choice(IBMI_USERS)
    L = ["             PGM"] + cl_hdr(r, member(r, "SEC"), "Password rules per PCI review %s" % r.choice(TICKETS))
    L += ["             CHGSYSVAL  SYSVAL(QPWDLVL) VALUE('3')",
          "             CHGSYSVAL  SYSVAL(QPWDMINLEN) VALUE('%d')" % r.choice([8, 12, 15]),
          "             CHGSYSVAL  SYSVAL(QPWDEXPITV) VALUE('%d')" % r.choice([60, 90]),
          "             CHGSYSVAL  SYSVAL(QPWDRQDDIF) VALUE('5')",
          "             CHGSYSVAL  SYSVAL(QPWDRULES) VALUE('*DGTMIN1 *LTRMIN1 *MIXCASE1 *SPCCHRMIN1')",
          "             CHGUSRPRF  USRPRF(%s) PASSWORD(*NONE) STATUS(*ENABLED)" % u,
          "             CHGUSRPRF  USRPRF(QSECOFR) PWDEXP(*YES)",
          "             RUNRMTCMD  CMD('dir') RMTLOCNAME('10.0.0.1' *IP) RMTUSER(*CURRENT) RMTPWD(*NONE)" if r.random() < 0.5 else
          "             ADDSVRAUTE USRPRF(%s) SERVER(QDDMDRDASERVER) USRID(%s) PASSWORD(*NONE)" % (u, u),
          "             ENDPGM"]
    return nout(cl_path(r, member(r, "SEC")), L, "ibm-i", "special_values", "cl")


@ntpl
def n_doc_examples(r):
    L = ["# Credential handling in this repo", "",
         "Never commit real keys. The values below are the **documentation examples** published by the vendors;",
         "they are used in our unit tests for redaction only.", "",
         "| what | documented example value |", "|---|---|",
         "| RACF PassTicket key (z/OS Security Server RACF Admin Guide) | `E001193519561977` |",
         "| AWS access key id (AWS docs) | `AKIAIOSFODNN7EXAMPLE` |",
         "| AWS secret key (AWS docs) | `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY` |", "",
         "Real values live in %s; pipelines read them through `%s`." % (r.choice(["HashiCorp Vault (kv/mf)", "CyberArk safe MF-BATCH", "AWS Secrets Manager"]), r.choice(["vault kv get", "clipasswordsdk", "aws secretsmanager get-secret-value"])),
         "", "Reviewers: %s, %s" % (r.choice(PEOPLE), r.choice(PEOPLE))]
    return nout(r.choice(["docs/SECRETS.md", "SECURITY.md", "docs/credential-handling.md"]), L, "docs", "documented_examples", "markdown")


@ntpl
def n_hercules_defaults(r):
    L = ["#!/bin/sh",
         "# Log on to the local TK4- training system (Hercules) with the distribution's",
         "# documented default user. This is the public hobbyist image, not a company system.",
         "s3270 <<EOF",
         "Connect(127.0.0.1:3270)",
         "Wait(InputField)",
         "String(\"HERC01\")",
         "Enter()",
         "Wait(InputField)",
         "String(\"CUL8TR\")",
         "Enter()",
         "Ascii()",
         "EOF"]
    return nout(r.choice(["training/tk4_logon.sh", "hercules/scripts/logon_herc01.sh"]), L, "hercules-tk4", "documented_default", "shell")


@ntpl
def n_mf_defaults(r):
    L = ["# Local Enterprise Developer sandbox", "",
         "1. Start the demo region: `casstart /rBANKDEMO`",
         "2. Open ESCWA at http://localhost:10086 .",
         "3. The sample region ships with ES security *disabled*; when you enable the",
         "   sample security manager, sign on with the product's documented default",
         "   `SYSAD` / `SYSAD` and change it immediately (you will be prompted).",
         "4. Real regions use LDAP + mfsecretsadmin; see `docs/es-security.md`."]
    return nout(r.choice(["README-sandbox.md", "docs/es-sandbox.md"]), L, "microfocus-es", "documented_default", "markdown")


@ntpl
def n_i18n(r):
    L = ["# sign-on screen messages (%s)" % r.choice(["en_US", "en_GB"]),
         "signon.title=%s Sign On" % r.choice(APPS).title(),
         "signon.userid=User ID",
         "signon.password=Password",
         "signon.newPassword=New password",
         "signon.passphrase=Password phrase (9-100 characters)",
         "error.password.expired=Your password has expired. Enter a new password.",
         "error.password.invalid=Password not authorized (ICH408I).",
         "error.revoked=User ID {0} is revoked; contact the help desk on {1}.",
         "hint.passticket=Signed on with a PassTicket; no password stored.",
         "label.token=Token",
         "label.apiKey=API key"]
    return nout(r.choice(["src/main/resources/messages.properties", "i18n/signon_en.properties", "web/src/main/resources/i18n/messages_en.properties"]),
                L, "i18n", "i18n_strings", "properties")


@ntpl
def n_rexx_prompt(r):
    mem = member(r, "FTP")
    L = rexx_hdr(r, mem, "FTP with prompted password (never stored)")
    L += ["host = '%s'" % r.choice(HOSTS),
          "say 'Password for' userid() 'on' host':'",
          "parse external pw",
          "queue userid() pw",
          "queue 'ascii'",
          "queue \"put '%s' extract.txt\"" % dsn(r),
          "queue 'quit'",
          "pw = copies('*', 8)   /* wipe */",
          "\"FTP\" host \"(EXIT\"",
          "exit rc"]
    return nout(r.choice(["rexx/%s.rexx" % mem, "EXEC/%s" % mem]), L, "ibm-zos-ftp", "runtime_prompt", "rexx")


@ntpl
def n_rexx_passticket(r):
    mem = member(r, "PTG")
    appl = r.choice(["IRRZOSMF", "CICSPA1", "MQWEB"])
    L = rexx_hdr(r, mem, "generate a PassTicket for %s (R_GenSec)" % appl)
    L += ["parse arg user .",
          "appl = '%s'" % appl,
          "/* the secured signon key lives in the PTKTDATA profile, not here */",
          "address linkpgm",
          "rc = 0",
          "ticket = copies(' ', 8)",
          "'IRRSPK00 workarea alet1 saf_rc alet2 racf_rc alet3 rsn_rc func opt user appl ticket'",
          "if saf_rc <> 0 then do",
          "  say 'PassTicket generation failed' saf_rc racf_rc rsn_rc",
          "  exit 8",
          "end",
          "return ticket"]
    return nout(r.choice(["rexx/%s.rexx" % mem.lower(), "EXEC/%s" % mem]), L, "ibm-racf", "runtime_generated", "rexx")


@ntpl
def n_clist_symbolic(r):
    mem = member(r, "XF")
    L = ["PROC 2 USERID PASSWD",
         "/* %s: caller passes the password; nothing is kept in the member */" % mem,
         "CONTROL NOLIST NOCONLIST NOSYMLIST NOMSG",
         "ALLOC F(INPUT) NEW REUSE UNIT(VIO) SPACE(1 1) TRACKS LRECL(80) RECFM(F B)",
         "OPENFILE INPUT OUTPUT",
         "SET &INPUT = &STR(&USERID &PASSWD)",
         "PUTFILE INPUT",
         "SET &INPUT = QUIT",
         "PUTFILE INPUT",
         "CLOSFILE INPUT",
         "SET &PASSWD = &STR(********)",
         "FTP %s (EXIT" % r.choice(HOSTS),
         "FREE F(INPUT)"]
    return nout(r.choice(["clist/%s.clist" % mem, "CLIST/%s" % mem]), L, "ibm-zos-ftp", "symbolic_parameter", "clist")


@ntpl
def n_java_profiletoken(r):
    pkg = jpkg(r)
    cls = r.choice(["TokenSignon", "IbmiAuth"])
    L = ["package %s;" % pkg, "",
         "import com.ibm.as400.access.AS400;",
         "import com.ibm.as400.security.auth.ProfileTokenCredential;", "",
         "public class %s {" % cls,
         "    /** Uses a profile token obtained by the gateway; we never see the password. */",
         "    public static AS400 connect(String system, byte[] token) throws Exception {",
         "        ProfileTokenCredential cred = new ProfileTokenCredential();",
         "        cred.setSystem(new AS400(system));",
         "        cred.setTokenType(ProfileTokenCredential.TYPE_SINGLE_USE);",
         "        cred.setTimeoutInterval(%d);" % r.choice([60, 300, 900]),
         "        cred.setToken(token);",
         "        AS400 sys = new AS400(system, cred);",
         "        sys.setGuiAvailable(false);",
         "        return sys;",
         "    }",
         "    static final String PASSWORD_PROPERTY = \"as400.password\";",
         "    static final int CCSID = %d;" % r.choice([37, 273, 285, 500, 1140]),
         "}"]
    return nout(jpath(r, pkg, cls), L, "ibm-i", "runtime_token", "java")


@ntpl
def n_py_ccsid(r):
    cp = r.choice(["cp037", "cp500", "cp1140", "cp273"])
    sample = r.choice(["PASSWORD", "USERID", "ACCOUNT", "BALANCE"])
    L = ['"""EBCDIC helpers for the VSAM unload converter."""', "", "import codecs", "",
         "CCSID_TO_CODEC = {37: \"cp037\", 500: \"cp500\", 1140: \"cp1140\", 273: \"cp273\", 1047: \"cp1047\"}", "",
         "# header literal as it appears in the unload (%s)" % cp,
         "HEADER_EBCDIC = bytes.fromhex(\"%s\")  # %s" % (sample.encode(cp).hex().upper(), sample),
         "RECORD_DIGEST = \"%s\"  # sha256 of golden record, test fixture" % sha256hex(r), "",
         "def to_text(raw, ccsid=37):",
         "    return codecs.decode(raw, CCSID_TO_CODEC.get(ccsid, \"cp037\"))", "",
         "def is_header(raw):",
         "    return raw.startswith(HEADER_EBCDIC)"]
    return nout(r.choice(["src/mfconv/ebcdic.py", "converter/ccsid.py", "etl/ebcdic_utils.py"]), L, "ibm-zos", "ccsid_hex_literals", "python")


@ntpl
def n_listuser(r):
    u = r.choice(RACF_USERS)
    L = ["LISTUSER %s output, captured for the access review %s" % (u, r.choice(TICKETS)), "",
         "USER=%s  NAME=%s  OWNER=%s  CREATED=%s" % (u, r.choice(["BATCH SURROGATE", "FTP SERVICE", "SCHED AGENT"]), r.choice(["SYS1", "SECADM", "BATCHGRP"]), "%02d.%03d" % (r.randint(10, 25), r.randint(1, 365))),
         " DEFAULT-GROUP=%s PASSDATE=%02d.%03d PASS-INTERVAL=%s PHRASEDATE=N/A" % (r.choice(["BATCHGRP", "OPSGRP"]), r.randint(20, 25), r.randint(1, 365), r.choice(["N/A", "90", "180"])),
         " PASSWORD ENVELOPED=NO",
         " PHRASE ENVELOPED=NO",
         " ATTRIBUTES=PROTECTED" if r.random() < 0.5 else " ATTRIBUTES=NONE",
         " REVOKE DATE=NONE   RESUME DATE=NONE",
         " LAST-ACCESS=%02d.%03d/%02d:%02d:%02d" % (r.randint(23, 25), r.randint(1, 365), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
         " CLASS AUTHORIZATIONS=NONE",
         " SECURITY-LEVEL=NONE SPECIFIED",
         " GROUP=%s  AUTH=USE  CONNECT-OWNER=SECADM" % r.choice(["BATCHGRP", "PAYGRP"]),
         "   CONNECTS=    %d  UACC=NONE  LAST-CONNECT=UNKNOWN" % r.randint(0, 5000),
         "",
         "PROTECTED = no password, cannot log on interactively; jobs run via SURROGAT."]
    return nout(r.choice(["audit/listuser_%s.txt" % u.lower(), "reviews/%s.txt" % u.lower()]), L, "ibm-racf", "racf_listing", "txt")


@ntpl
def n_tws_jobstream(r):
    ws = r.choice(["MASTER", "ZCNT", "FTA1"])
    L = ["SCHEDULE %s#%s_NIGHT" % (ws, r.choice(APPS)),
         "DESCRIPTION \"nightly %s stream\"" % r.choice(APPS).lower(),
         "ON RUNCYCLE RC1 \"FREQ=DAILY;INTERVAL=1\"",
         "AT 0130",
         ":",
         "%s#%s" % (ws, member(r)),
         "%s#%s FOLLOWS %s" % (ws, member(r), member(r)),
         "END", "",
         "%s#%s" % (r.choice(["WINFTA1", "LNXFTA2"]), member(r, "LOAD")),
         ' SCRIPTNAME "/opt/batch/bin/load.sh ^ODATE^"',
         " STREAMLOGON batch",
         ' DESCRIPTION "password comes from the USERNAME definition, not stored here"',
         " RECOVERY STOP", "END"]
    return nout(r.choice(["tws/streams/%s.txt" % r.choice(APPS).lower(), "iws/jobstreams.def"]), L, "ibm-workload-scheduler", "no_secret", "tws")


@ntpl
def n_tacl_fup(r):
    L = ["== nightly housekeeping for %s" % r.choice(NSK_HOSTS),
         "?TACL MACRO",
         "#FRAME",
         "FUP INFO $DATA01.EODFILES.*, DETAIL",
         "FUP PURGEDATA $DATA0%d.ATMLOG.TLOG%02d" % (r.randint(1, 4), r.randint(1, 31)),
         "SAFECOM INFO USER %s" % r.choice(["SUPER.BATCH", "ATM.READER"]),
         "== SAFEGUARD: password expiry %d days, see policy %s" % (r.choice([60, 90]), r.choice(TICKETS)),
         "#OUTPUT [#DEFINEINFO =TCPIP^PROCESS^NAME]",
         "#UNFRAME"]
    return nout(r.choice(["nonstop/tacl/HOUSEKP", "tandem/obey/housekeeping.tacl"]), L, "hpe-nonstop", "no_secret", "tacl")


@ntpl
def n_sh_vault(r):
    L = ["#!/bin/bash",
         "# fetch RACF credentials from CyberArk CCP at run time, then FTP",
         "set -euo pipefail",
         "APPID=%s" % r.choice(["MF-BATCH", "GL-XFER"]),
         "PW=$(/opt/CARKaim/sdk/clipasswordsdk GetPassword -p AppDescs.AppID=$APPID -p Query=\"Safe=MF;Object=%s\" -o Password)" % r.choice(RACF_USERS),
         "HOST=%s" % r.choice(HOSTS),
         "ftp -inv \"$HOST\" <<EOF",
         "user %s $PW" % r.choice(RACF_USERS),
         "ascii",
         "get '%s' extract.dat" % dsn(r),
         "bye",
         "EOF",
         "unset PW"]
    return nout(r.choice(["scripts/get_extract.sh", "bin/mf_ftp_ccp.sh"]), L, "cyberark", "secret_manager_lookup", "shell")


@ntpl
def n_bat_prompt(r):
    L = ["@echo off",
         "rem prompts for the RACF password; nothing stored",
         "set /p MFUSER=RACF user id: ",
         "powershell -Command \"$p = Read-Host 'Password' -AsSecureString; [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($p))\" > %TEMP%\\p.txt",
         "set /p MFPASS=<%TEMP%\\p.txt",
         "del %TEMP%\\p.txt",
         "> %TEMP%\\ftp.txt echo %MFUSER%",
         ">>%TEMP%\\ftp.txt echo %MFPASS%",
         ">>%%TEMP%%\\ftp.txt echo get '%s' extract.dat" % dsn(r),
         ">>%TEMP%\\ftp.txt echo quit",
         "ftp -s:%%TEMP%%\\ftp.txt %s" % r.choice(HOSTS),
         "del %TEMP%\\ftp.txt"]
    return nout(r.choice(["tools/get_extract.bat", "scripts/mfget.cmd"]), L, "ibm-zos-ftp", "runtime_prompt", "bat")


@ntpl
def n_env_example(r):
    L = ["# copy to .env and fill in locally - do not commit the real file",
         "ZOWE_OPT_HOST=%s" % r.choice(HOSTS),
         "ZOWE_OPT_USER=<your-racf-id>",
         "ZOWE_OPT_PASSWORD=<your-racf-password>",
         "DB2_PASSWORD=",
         "AWS_ACCESS_KEY_ID=",
         "AWS_SECRET_ACCESS_KEY=",
         "IBMCLOUD_API_KEY=<create one in IAM>",
         "OFFLOAD_CCSID=1047"]
    return nout(r.choice([".env.example", ".env.sample", "config/.env.template"]), L, "zowe", "placeholder", "env")


@ntpl
def n_netrc_example(r):
    L = ["# template - install as ~/.netrc with chmod 600",
         "# replace YOURID and the password placeholder locally; never commit the result",
         "machine %s" % r.choice(HOSTS),
         "  login YOURID",
         "  password <your-racf-password>",
         "machine %s login YOURID password <your-racf-password>" % r.choice(HOSTS),
         "macdef init",
         "ascii",
         "quote site recfm=fb lrecl=80",
         ""]
    return nout(r.choice(["templates/netrc.example", "docs/netrc.sample"]), L, "ibm-zos-ftp", "placeholder", "netrc")


@ntpl
def n_pcomm_prompt(r):
    L = ["[PCOMM SCRIPT HEADER]", "LANGUAGE=VBSCRIPT", "DESCRIPTION=Prompted TSO logon", "[PCOMM SCRIPT SOURCE]",
         "OPTION EXPLICIT",
         "Dim pw",
         "autECLSession.SetConnectionByName(ThisSessionName)",
         "autECLSession.autECLOIA.WaitForInputReady",
         'autECLSession.autECLPS.SendKeys "TSO %s[enter]"' % r.choice(RACF_USERS),
         'pw = InputBox("RACF password for " & ThisSessionName)',
         "autECLSession.autECLOIA.WaitForInputReady",
         'autECLSession.autECLPS.SendKeys pw & "[enter]"',
         'pw = ""']
    return nout(r.choice(["pcomm/macros/prompted_logon.mac", "emulator/PCOMM/tso_prompt.mac"]), L, "tn3270-pcomm", "runtime_prompt", "pcomm-mac")


@ntpl
def n_hod_prompt(r):
    L = ['<HAScript name="PromptLogon" description="asks for the password" timeout="60000" pausetime="300" promptall="true">',
         '    <screen name="Screen1" entryscreen="true" exitscreen="true" transient="false">',
         "        <description>",
         '            <oia status="NOTINHIBITED" optional="false" invertmatch="false" />',
         "        </description>",
         "        <actions>",
         '            <prompt name="User ID" description="" row="%d" col="%d" len="8" default="" clearfield="true" encrypted="false" movecursor="true" xlatehostkeys="true" assigntovar="" varupdateonly="false" />' % (r.choice([10, 12]), r.choice([26, 30])),
         '            <prompt name="Password" description="" row="%d" col="%d" len="8" default="" clearfield="true" encrypted="true" movecursor="true" xlatehostkeys="true" assigntovar="" varupdateonly="false" />' % (r.choice([11, 13]), r.choice([26, 30])),
         '            <input value="[enter]" row="0" col="0" movecursor="true" xlatehostkeys="true" encrypted="false" />',
         "        </actions>",
         "    </screen>",
         "</HAScript>"]
    return nout(r.choice(["hod/macros/prompt_logon.mac", "zie/macros/PromptLogon.xml"]), L, "tn3270-hod", "runtime_prompt", "hod-macro-xml")


@ntpl
def n_sql_grants(r):
    L = ["-- grants for the reporting role; authentication is via RACF / Kerberos",
         "SET CURRENT SQLID = '%s';" % r.choice(["DBADM", "SYSADM1"]),
         "GRANT SELECT ON TABLE %s TO ROLE %s;" % (r.choice(["GLED.JOURNAL_LINE", "PAYR.EMP_MASTER"]), r.choice(["RPTREAD", "AUDITOR"])),
         "GRANT EXECUTE ON PACKAGE %s.* TO %s;" % (r.choice(["GLCOLL", "PAYCOLL"]), r.choice(RACF_USERS)),
         "CREATE TRUSTED CONTEXT CTX_%s BASED UPON CONNECTION USING SYSTEM AUTHID %s" % (r.choice(APPS), r.choice(RACF_USERS)),
         "  ATTRIBUTES (ADDRESS '%s') ENABLE" % r.choice(["10.20.1.44", "10.8.3.12"]),
         "  WITH USE FOR PUBLIC WITHOUT AUTHENTICATION;",
         "COMMENT ON COLUMN PAYR.EMP_MASTER.PWD_HASH IS 'SHA-256, salted, set by the portal';",
         "COMMIT;"]
    return nout(r.choice(["sql/grants.sql", "db2/ddl/grants_%s.sql" % r.choice(APPS).lower()]), L, "ibm-db2", "no_secret", "sql")


@ntpl
def n_ftp_script_netrc(r):
    L = ["open %s" % r.choice(HOSTS + IBMI_HOSTS),
         "binary",
         "quote site recfm=fb lrecl=%d" % r.choice([80, 200]),
         "cd '%s'" % r.choice(HLQ),
         "put %s %s" % (r.choice(["gl.dat", "claims.dat"]), r.choice(["GL.INBOUND", "CLAIMS.INBOUND"])),
         "quit"]
    return nout(r.choice(["ftp/put_gl.ftp", "QFTPSRC/PUTGL.txt", "batch/ftpcmds.txt"]), L, "ibm-zos-ftp", "no_secret", "ftp-script")


@ntpl
def n_tf_keyvault(r):
    L = ['data "azurerm_key_vault_secret" "mf_sftp" {',
         '  name         = "mf-sftp-password"',
         '  key_vault_id = data.azurerm_key_vault.ops.id',
         "}", "",
         'resource "azurerm_storage_account" "gdg" {',
         '  name                     = "%sarchive%d"' % (r.choice(["mf", "zos"]), r.randint(1, 99)),
         '  resource_group_name      = var.rg',
         '  location                 = var.location',
         '  account_tier             = "Standard"',
         '  account_replication_type = "GRS"',
         "}", "",
         'output "storage_key" {',
         "  value     = azurerm_storage_account.gdg.primary_access_key",
         "  sensitive = true",
         "}"]
    return nout(r.choice(["infra/main.tf", "terraform/archive/storage.tf"]), L, "azure", "secret_manager_lookup", "hcl")


@ntpl
def n_jenkins_creds(r):
    L = ["pipeline {",
         "    agent { label 'zos-build' }",
         "    stages {",
         "        stage('Submit') {",
         "            steps {",
         "                withCredentials([usernamePassword(credentialsId: '%s', usernameVariable: 'ZU', passwordVariable: 'ZP')]) {" % r.choice(["racf-batch", "zosmf-deployer"]),
         "                    sh 'zowe zos-jobs submit local-file jcl/%s.jcl --host %s --user $ZU --password $ZP --wfo'" % (member(r), r.choice(HOSTS)),
         "                }",
         "            }",
         "        }",
         "    }",
         "}"]
    return nout(r.choice(["Jenkinsfile", "ci/Jenkinsfile"]), L, "zowe", "ci_credential_binding", "groovy")


@ntpl
def n_gha_secrets(r):
    L = ["name: zos-build", "on: [push]", "jobs:", "  build:", "    runs-on: ubuntu-latest",
         "    env:",
         "      ZOWE_OPT_HOST: %s" % r.choice(HOSTS),
         "      ZOWE_OPT_USER: ${{ secrets.ZOS_USER }}",
         "      ZOWE_OPT_PASSWORD: ${{ secrets.ZOS_PASSWORD }}",
         "    steps:",
         "      - uses: actions/checkout@v4",
         "      - run: npx -y @zowe/cli zos-files upload dir-to-pds cobol %s.COBOL" % r.choice(HLQ)]
    return nout(r.choice([".github/workflows/build.yml", ".github/workflows/zos-ci.yml"]), L, "zowe", "ci_secret_reference", "yaml")


@ntpl
def n_liberty_env(r):
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         "<server>",
         "    <variable name=\"db2.user\" defaultValue=\"%s\"/>" % r.choice(RACF_USERS),
         '    <authData id="db2Auth" user="${db2.user}" password="${env.DB2_PASSWORD}"/>',
         '    <keyStore id="defaultKeyStore" location="key.p12" type="PKCS12" password="${env.KEYSTORE_PASSWORD}"/>',
         '    <safRegistry id="saf" realm="%s"/>' % r.choice(["SAFRealm", "ZOSPLEX1"]),
         '    <safAuthorization racRouteLog="ASIS"/>',
         "</server>"]
    return nout(r.choice(["src/main/liberty/config/server.xml", "wlp/usr/servers/api/server.xml"]), L, "ibm-websphere-liberty", "env_reference", "xml")


@ntpl
def n_cobol_readpw(r):
    pid = member(r, "RDP")
    L = [cob("IDENTIFICATION DIVISION."), cob("PROGRAM-ID. %s." % pid),
         "      * READS THE CONNECT PASSWORD FROM A RACF-PROTECTED DD AT RUN TIME",
         cob("ENVIRONMENT DIVISION."), cob("INPUT-OUTPUT SECTION."), cob("FILE-CONTROL."),
         cob("    SELECT PWFILE ASSIGN TO PWDD."),
         cob("DATA DIVISION."), cob("FILE SECTION."),
         cob("FD  PWFILE RECORDING MODE F."),
         cob("01  PW-REC                 PIC X(80)."),
         cob("WORKING-STORAGE SECTION."),
         cob("01  WS-PASSWORD            PIC X(32) VALUE SPACES."),
         cob("01  WS-MASK                PIC X(08) VALUE ALL '*'."),
         cob("PROCEDURE DIVISION."),
         cob("    OPEN INPUT PWFILE"),
         cob("    READ PWFILE INTO WS-PASSWORD"),
         cob("    CLOSE PWFILE"),
         cob("    DISPLAY 'CONNECTING WITH PASSWORD ' WS-MASK"),
         cob("    MOVE SPACES TO WS-PASSWORD"),
         cob("    GOBACK.")]
    return nout(r.choice(["cobol/%s.cbl" % pid, "COBOL/%s.CBL" % pid]), L, "ibm-db2", "runtime_read", "cobol")


@ntpl
def n_jcl_symbolic_proc(r):
    mem = member(r, "FTPP")
    L = ["//%s PROC HOST=,NETRC='%s'" % (mem, dsn(r, "NETRC")),
         "//*  PASSWORD IS NEVER CODED HERE - THE FTP CLIENT READS //NETRC",
         "//*  WHICH IS A RACF-PROTECTED DATA SET (UACC(NONE)).",
         "//FTP      EXEC PGM=FTP,PARM='&HOST (EXIT'",
         "//NETRC    DD DSN=&NETRC,DISP=SHR",
         "//SYSPRINT DD SYSOUT=*",
         "//OUTPUT   DD SYSOUT=*",
         "//INPUT    DD DDNAME=FTPCMDS",
         "//         PEND"]
    return nout(jcl_path(r, mem), L, "ibm-zos-ftp", "netrc_dd_reference", "jcl")


@ntpl
def n_dfsms_acs(r):
    L = ["PROC STORGRP",
         "/* ACS storage group routine - volume serials are not secrets */",
         "FILTLIST DB2VOL INCLUDE(%s,%s)" % (r.choice(VOLS), r.choice(VOLS)),
         "FILTLIST SECDSN INCLUDE(SYS1.RACF*.**,SECADM.**.PASSWORD.**)",
         "SELECT",
         "  WHEN (&DSN = &SECDSN)  SET &STORGRP = 'SGSEC'",
         "  WHEN (&STORCLAS = 'DB2') SET &STORGRP = 'SGDB2'",
         "  OTHERWISE SET &STORGRP = 'SGWORK'",
         "END",
         "END"]
    return nout(r.choice(["dfsms/acs/STORGRP.acs", "SYS1.ACSLIB/STORGRP"]), L, "ibm-dfsms", "volume_serials", "acs")


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

def classify_filler(v):
    if v is None:
        return "absent"
    if isinstance(v, Expr):
        return "env_or_runtime_lookup"
    t = v.strip().strip('"`')
    if t == "" or t == "null":
        return "empty"
    if t.startswith("KEYLABEL"):
        return "icsf_key_label"
    if set(t) <= set("*"):
        return "masked"
    if t.startswith("&") or t.startswith("%%"):
        return "symbolic_parameter"
    if t.startswith("ENC("):
        return "ciphertext"
    if "${{" in t or "{{" in t or "${" in t or t.startswith("$") or (t.startswith("%") and t.endswith("%")) or t.startswith("%~"):
        return "env_reference"
    if t.startswith("[#") or t.startswith("{") and t.endswith("}"):
        return "template_variable"
    if "CyberArk" in t or "vault" in t:
        return "secret_manager_reference"
    return "placeholder"


def render_positive(r, fn, used):
    for _ in range(50):
        c = Ctx(r, True)
        d = fn(c)
        nd = c.needle
        if nd and nd not in used and d["text"].count(nd) == 1:
            used.add(nd)
            d["needle"] = nd
            d["line"] = d["text"][: d["text"].index(nd)].count("\n") + 1
            return d
    raise RuntimeError("could not render %s" % fn.__name__)


def render_negative_reuse(r, fn):
    c = Ctx(r, False)
    d = fn(c)
    d["kind"] = classify_filler(c.filler)
    return d


def spread(r, items, n):
    """n picks that cover every item as evenly as possible, in shuffled order."""
    out_ = []
    while len(out_) < n:
        batch = list(items)
        r.shuffle(batch)
        out_.extend(batch)
    return out_[:n]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_dv.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    used = set()   # membership only, never iterated

    for i, (name, fn) in enumerate(spread(r, TEMPLATES, 500)):
        d = render_positive(r, fn, used)
        rel = "pos/p%04d/%s" % (i, d["path"])
        write(os.path.join(outdir, rel), d["text"])
        manifest.append({"file": rel, "label": "pos", "provider": d["provider"], "kind": d["kind"], "filetype": d["filetype"]})
        secrets.append({"file": rel, "needle": d["needle"], "line": d["line"]})

    plan = [("reuse", t) for t in spread(r, TEMPLATES, 250)] + [("domain", t) for t in spread(r, NEG_TEMPLATES, 250)]
    r.shuffle(plan)
    for i, (how, (name, fn)) in enumerate(plan):
        d = render_negative_reuse(r, fn) if how == "reuse" else fn(r)
        rel = "neg/n%04d/%s" % (i, d["path"])
        write(os.path.join(outdir, rel), d["text"])
        manifest.append({"file": rel, "label": "neg", "provider": d["provider"], "kind": d["kind"], "filetype": d["filetype"]})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s_ in secrets:
            fh.write(json.dumps(s_) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
