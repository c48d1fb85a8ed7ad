#!/usr/bin/env python3
"""Blind evaluation-set generator "ny": mainframe and midrange estates.

EMPHASIS
  Credentials as they leak in repositories that hold z/OS, IBM i and surrounding tooling:
  - z/OS JCL: FTP steps with USER/PASS in //INPUT or //SYSIN, PASSWORD= on JOB cards,
    IKJEFT01 batch TSO running RACF ALTUSER, EBCDIC (cp037) JCL members stored as binary.
  - RACF command decks (ALTUSER/ADDUSER PASSWORD(...), PHRASE('...')), REXX and CLIST execs,
    TSO/ISPF driven FTP, JES submission through Python ftplib, NETRC.
  - Zowe: zowe.config.json / zowe.config.user.json (plain "password", APIML JWT tokenValue),
    Zowe v1 profile YAML, Zowe CLI shell scripts, GitHub Actions env, Endevor plugin.
  - z/OSMF REST: curl -u, Python requests, .http files with Basic header (base64 of user:pw),
    LtpaToken2 cookies.
  - CICS (Liberty server.xml JCA with plain or {xor} password, CTG ECIRequest Java), IMS
    (Universal JDBC URL, IMS Connect Java).
  - Db2: db2cli.ini, db2dsdriver.cfg, CLP scripts CONNECT TO ... USER ... USING, JDBC, ibm_db,
    SYSIBM.USERNAMES outbound translation rows, federation USER MAPPING.
  - IBM MQ: JMS/Java, pymqi, Spring ibm.mq.* properties, mqwebuser.xml, GSKit stash (.sth,
    binary, password XOR 0xF5).
  - 3270 emulation: s3270/x3270 scripts, py3270, IBM PCOMM .mac, Reflection VBA, BlueZone,
    QWS3270, Host On-Demand macro XML.
  - IBM i: CL (ADDSVRAUTE, SBMJOB RUNRMTCMD RMTPWD, CHGUSRPRF), ODBC "iSeries Access"
    connection strings, Java toolbox new AS400(host,user,pw), Node itoolkit, pyodbc.
  - Scheduling/ops: Control-M Automation API connection profiles and ctm CLI, IBM Workload
    Scheduler composer USER definitions, Ansible ibm.ibm_zos_core inventory and playbooks,
    ChangeMan ZMF REST scripts.
  File types: jcl, racf, rexx, clist, json, yaml, sh, py, java, xml, ini, cfg, sql, properties,
  cl, cs, js, vb/bas, mac, s3270, http, netrc, binary (sth, ebcdic), groovy-free.

USAGE
  python3 -B gen_ny.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath>, OUTDIR/neg/nNNNN/<relpath> (500 each), manifest.jsonl,
  secrets.jsonl. Deterministic per SEED (random.Random(SEED) only). Standard library only.

NEEDLE CONVENTIONS
  - needle = the credential exactly as written in the file (password, password phrase without
    surrounding quotes, full JWT, LtpaToken2 cookie value, base64 "user:pw" of a Basic header,
    Liberty "{xor}..." string including the prefix).
  - line = 1-based line of the first occurrence of the needle.
  - Binary files (GSKit .sth stash, EBCDIC JCL member): needle is lowercase hex of the bytes
    of the obfuscated/encoded password as they appear in the file, line 0.
  - Each positive file contains exactly one credential; user ids, hosts, dataset names are
    not secrets.

NEGATIVES
  ~half reuse the positive templates with the value replaced by: JCL/CLIST symbols (&PW,
  &SYSUID-style), Control-M %%variables, masked ******** (as in job output), placeholders
  (<password>, REPLACE_ME), env lookups ($ZOWE_OPT_PASSWORD, ${{ secrets.X }}, os.environ),
  Zowe secure arrays ("secure": ["user","password"]) with the value removed, Liberty {hash},
  ansible-vault references, interactive prompts (getpass, InputBox), RACF NOPASSWORD.
  ~half are domain look-alikes: RACF PassTicket generation code (no secret), RACDCERT keyring
  commands, LISTUSER output, JES job logs with JOBnnnnn ids and masked PASSWORD, volser lists,
  IDCAMS/IEBCOPY decks with dataset names, SYSUDUMP style hex dumps, EBCDIC code tables,
  SMF record layouts, MQ channel/CHLAUTH definitions, CCDT JSON without passwords,
  db2dsdriver.cfg without credentials, gsk8capicmd certificate details with fingerprints,
  API ML public JWKS, Zowe configs with secure arrays only, IBM i DSPUSRPRF output, CICS CSD
  definitions, IMS PSB gen, Control-M job definitions with %% variables, EBCDIC binary JCL
  without passwords.

FORMATS CHECKED
  Written from own knowledge of the products (JCL/FTP INPUT conventions, RACF 1-8 char
  passwords from A-Z 0-9 @#$ and 9/14-100 char phrases, IBM i QPWDLVL 0/1 10 char passwords,
  Zowe team config schema: profiles/properties/secure, APIML JWT RS256 with iss "APIML",
  WebSphere/Liberty {xor} = XOR 0x5F then base64, GSKit stash = password XOR 0xF5).
  No registry packages were downloaded; no search results were needed for the formats.

DOUBTS
  - GSKit .sth layout: password bytes XOR 0xF5 followed by an encoded NUL (0xF5) and padding;
    padding length (1024 total here) and padding content are guessed.
  - db2dsdriver.cfg "UserID"/"Password" parameters, IMS Connect Java method names
    (setRacfUserId / setRacfPassword), QWS3270 script syntax and BlueZone script host object
    names are written from memory and may be approximate.
  - Liberty "{hash}" negative values are random base64 behind a guessed header; only the
    "{hash}" prefix is meant to be recognisable.
  - Control-M connection-profile JSON keys follow the Automation API style from memory.
  - No secret scanner rules or sources were consulted.
"""
import base64
import json
import os
import random
import string
import sys
import uuid

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits

WORDS = [
    "harbor", "falcon", "granite", "maple", "copper", "summit", "violet", "thunder", "orchid",
    "cobalt", "meadow", "canyon", "saturn", "willow", "ember", "glacier", "river", "lantern",
    "pepper", "marble", "raven", "tundra", "crimson", "juniper", "walnut", "anchor", "beacon",
    "cedar", "dolphin", "eagle", "forest", "garnet", "hazel", "indigo", "jasper", "kestrel",
    "lotus", "mango", "nectar", "onyx", "panther", "quartz", "rocket", "sierra", "tiger",
    "umber", "velvet", "wombat", "yukon", "zephyr", "badger", "bishop", "comet", "dragon",
    "falls", "gopher", "hunter", "island", "jaguar", "kingston", "lincoln", "mustang",
    "nordic", "oakland", "phoenix", "quincy", "ranger", "spartan", "trojan", "viking",
    "winter", "autumn", "spring", "summer", "boston", "denver", "dallas", "austin", "tahoe",
    "pacific", "atlas", "bravo", "charlie", "delta", "echoes", "lucky", "buster", "daisy",
    "ginger", "shadow", "sunny", "coffee", "cookie", "pickle", "biscuit", "pretzel", "yankee",
]
CORPS = [
    "corp.acmeins.com", "mf.northbank.net", "zos.globex-logistics.com", "hq.meridianmutual.com",
    "dc1.statebenefits.gov", "prod.harborfreight-lines.com", "sys.unitedgrain.coop",
    "mvs.pinnaclecu.org", "dc2.keystonerail.com", "intra.bluelakehealth.org",
    "mainframe.oldtownbank.com", "z.fedtrust.net", "ibm.corp.hansa-versich.de",
    "host.nordlandbank.no", "ent.cascade-power.com",
]
HOSTPFX = ["mvs", "zos", "sysa", "sysb", "plex", "lpar", "mvsp", "zprd", "tso", "zdev", "zqa",
           "cpua", "ipo", "prda"]
UIDPFX = ["PRD", "BAT", "FTP", "DB2", "CIC", "IMS", "OPS", "SYS", "TSO", "MQ", "ZOS", "JOB",
          "APP", "ETL", "XFR", "ACH", "GL", "PAY", "CLM", "HR"]
HLQS = ["PROD", "SYS1", "PAYR", "CLAIMS", "GLFIN", "DB2P", "CICSTS", "IMSP", "OPS", "ACH",
        "BILLING", "HRPAY", "ETL", "XFER"]
MLQS = ["DAILY", "MONTHLY", "EXTRACT", "LOAD", "CNTL", "JCL", "PARMLIB", "SOURCE", "COBOL",
        "REPORT", "BACKUP", "ARCHIVE", "INPUT", "OUTPUT", "TRANS", "MASTER"]
SYMS = "!#*+-.=?@^_~"


# ----------------------------------------------------------------------------- helpers
def rc(r, seq):
    return seq[r.randrange(len(seq))]


def host(r):
    if r.random() < 0.2:
        return "10.%d.%d.%d" % (r.randint(1, 250), r.randint(0, 250), r.randint(2, 250))
    return "%s%d.%s" % (rc(r, HOSTPFX), r.randint(1, 40), rc(r, CORPS))


def userid(r, maxlen=8):
    if r.random() < 0.25:
        return rc(r, "UTKXZ") + "".join(r.choice(DG) for _ in range(r.randint(5, 6)))
    p = rc(r, UIDPFX)
    n = r.randint(max(len(p) + 1, 5), maxlen)
    return p + "".join(r.choice(UP + DG) for _ in range(n - len(p)))


def dsn(r, n=None):
    n = n or r.randint(3, 4)
    parts = [rc(r, HLQS)] + [rc(r, MLQS) for _ in range(n - 2)]
    last = rc(r, ["D", "G", "F", "M", "T"]) + "".join(r.choice(DG) for _ in range(r.randint(3, 6)))
    return ".".join(parts + [last])


def jobname(r):
    return "".join(r.choice(UP) for _ in range(r.randint(3, 5))) + "".join(
        r.choice(UP + DG) for _ in range(r.randint(1, 3)))


def member(r):
    return "".join(r.choice(UP) for _ in range(r.randint(3, 5))) + "".join(
        r.choice(DG) for _ in range(r.randint(1, 3)))


def uid_lower(r):
    return rc(r, ["svc_", "app", "etl", "db2", "mq", "batch", ""]) + rc(r, WORDS)[:6] + str(r.randint(1, 99))


def ctry(r):
    return r.choice(["US", "DE", "GB", "CA", "NL"])


def hexs(r, n):
    return "".join(r.choice("0123456789ABCDEF") for _ in range(n))


def _has_all(s):
    return any(c in DG for c in s)


def pw_racf(r):
    while True:
        s = r.choice(UP + "@#$") + "".join(r.choice(UP + DG + "@#$") for _ in range(7))
        if sum(c in DG for c in s) >= 1 and sum(c in UP for c in s) >= 3 and s[0] not in DG:
            return s


def pw_ibmi(r):
    while True:
        n = r.randint(8, 10)
        s = r.choice(UP) + "".join(r.choice(UP + DG) for _ in range(n - 1))
        if sum(c in DG for c in s) >= 2:
            return s


def pw_human(r):
    w = rc(r, WORDS)
    style = r.randrange(6)
    if style == 0:
        return w.capitalize() + rc(r, "!#@$*") + str(r.randint(10, 9999))
    if style == 1:
        return w.capitalize() + str(r.randint(1970, 2029)) + rc(r, "!?#")
    if style == 2:
        return rc(r, WORDS).capitalize() + rc(r, WORDS).capitalize() + str(r.randint(1, 99)) + rc(r, "!@#$")
    if style == 3:
        return w[0].upper() + w[1:].replace("a", "@").replace("o", "0").replace("e", "3") + str(r.randint(10, 99)) + rc(r, "!*")
    if style == 4:
        return str(r.randint(1, 9)) + w.capitalize() + rc(r, "_.-") + rc(r, WORDS) + str(r.randint(10, 99))
    return w.upper()[:4] + rc(r, "#@") + str(r.randint(1000, 9999)) + rc(r, LO) + rc(r, LO)


def pw_gen(r, lo=16, hi=32, syms=SYMS):
    n = r.randint(lo, hi)
    while True:
        s = "".join(r.choice(UP + LO + DG + syms) for _ in range(n))
        if any(c in UP for c in s) and any(c in LO for c in s) and any(c in DG for c in s):
            return s


def pw_alnum(r, lo=14, hi=24):
    return pw_gen(r, lo, hi, syms="")


def pw_phrase(r):
    k = r.randint(3, 5)
    ws = [rc(r, WORDS) for _ in range(k)]
    sep = rc(r, [" ", " ", "-", "."])
    s = sep.join(ws)
    if r.random() < 0.5:
        s = s[0].upper() + s[1:]
    s += sep + str(r.randint(2, 2099)) if r.random() < 0.7 else rc(r, "!?")
    return s


def pw_any(r):
    x = r.random()
    if x < 0.35:
        return pw_human(r)
    if x < 0.75:
        return pw_gen(r)
    if x < 0.9:
        return pw_alnum(r)
    return pw_racf(r)


def pw_json_safe(r):
    return pw_any(r)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def make_jwt(r, user):
    hdr = {"alg": "RS256", "typ": "JWT"}
    iat = r.randint(1690000000, 1760000000)
    pl = {"sub": user, "iat": iat, "exp": iat + 28800, "iss": "APIML",
          "jti": str(uuid.UUID(int=r.getrandbits(128), version=4)), "dom": "security-domain"}
    sig = bytes(r.getrandbits(8) for _ in range(256))
    return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + b64u(
        json.dumps(pl, separators=(",", ":")).encode()) + "." + b64u(sig)


def make_ltpa(r):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.choice([240, 264, 288, 312])))).decode()


def xor_enc(pw):
    return "{xor}" + base64.b64encode(bytes(ord(c) ^ 0x5F for c in pw)).decode()


def jv(val, neg):
    """Java literal for a positive, code/placeholder verbatim for negatives."""
    if neg and (val.startswith(("System.", '"')) or val == ""):
        return val if val else '""'
    return '"%s"' % val


def pyv(val, neg):
    if neg and (val.startswith(("os.", "getpass", "'", "None")) or "(" in val):
        return val
    return repr(val)


def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def jobcard(r, job, extra=""):
    acct = rc(r, ["(ACCT)", "(%s)" % hexs(r, 4), "(D%s,%s)" % (r.randint(100, 999), rc(r, ["OPS", "FIN", "BAT"])), "ACCT#%d" % r.randint(10, 99)])
    prog = rc(r, ["'BATCH FTP'", "'OPS TEAM'", "'NIGHTLY'", "'%s'" % rc(r, WORDS).upper(), "'DAILY XFER'"])
    line = "//%s JOB %s,%s,CLASS=%s,MSGCLASS=%s," % (job, acct, prog, rc(r, "ABCKT"), rc(r, "HXT"))
    if extra:
        return line + "\n//             " + extra
    return line + "\n//             NOTIFY=&SYSUID"


def jcl_comments(r):
    out = ["//*" + "-" * 66]
    out.append("//* %s" % rc(r, ["NIGHTLY TRANSFER OF EXTRACTS TO DISTRIBUTED SIDE",
                                 "CHANGE %s-%d  %s" % (rc(r, ["CHG", "RFC", "CR"]), r.randint(1000, 99999), rc(r, ["ADD RETRY", "NEW TARGET HOST", "MOVE TO SFTP LATER"])),
                                 "OWNER: %s OPS  - SEE RUNBOOK %s" % (rc(r, ["BATCH", "STORAGE", "DB2"]), member(r)),
                                 "MAINTAINED BY APPLICATION SUPPORT"]))
    out.append("//*" + "-" * 66)
    return out


# ----------------------------------------------------------------------------- templates
# Each template fn(r, val, neg) -> (relpath, filetype, text).  For positives val is the
# secret in its raw form; the template may encode it and returns the needle via ctx.
class Ctx:
    def __init__(self):
        self.needle = None


def T_jcl_ftp(r, val, neg, ctx):
    job = jobname(r)
    h = host(r)
    u = rc(r, [userid(r), uid_lower(r)])
    L = [jobcard(r, job)] + jcl_comments(r)
    L += ["//FTPSTEP  EXEC PGM=FTP,REGION=0M,", "//         PARM='%s (EXIT TIMEOUT %d'" % (h, rc(r, [300, 600, 900]))]
    L += ["//SYSPRINT DD SYSOUT=*", "//OUTPUT   DD SYSOUT=*"]
    dd = rc(r, ["INPUT", "SYSIN"])
    L += ["//%s    DD *" % dd if dd == "INPUT" else "//%s    DD *" % dd]
    if r.random() < 0.5:
        L += [u, val]
    else:
        L += ["%s %s" % (u, val)]
    ds = dsn(r)
    L += [rc(r, ["ascii", "binary", "type i", "type a"]),
          "cd %s" % rc(r, ["/data/inbound", "/srv/ftp/mf", "incoming", "/u01/landing/%s" % rc(r, WORDS)]),
          "put '%s' %s.txt" % (ds, rc(r, WORDS)),
          "quit", "/*"]
    if r.random() < 0.5:
        L += ["//CHECK    EXEC PGM=IEFBR14,COND=(0,EQ,FTPSTEP)", "//"]
    rel = rc(r, ["jcl/%s.jcl" % job, "cntl/%s.JCL" % job, "src/jcl/%s" % job, "mainframe/jobs/%s.jcl" % job.lower()])
    return rel, "jcl", "\n".join(L) + "\n"


def T_jcl_jobcard(r, val, neg, ctx):
    job = jobname(r)
    u = userid(r)
    L = [jobcard(r, job, "USER=%s,PASSWORD=%s" % (u, val))] + jcl_comments(r)
    for i in range(r.randint(2, 4)):
        step = "STEP%02d" % ((i + 1) * 10)
        pgm = rc(r, ["IEBGENER", "SORT", "IDCAMS", "%s" % member(r), "IKJEFT01"])
        L += ["//%s   EXEC PGM=%s" % (step, pgm), "//SYSPRINT DD SYSOUT=*"]
        if pgm == "IEBGENER":
            L += ["//SYSUT1   DD DSN=%s,DISP=SHR" % dsn(r), "//SYSUT2   DD DSN=%s," % dsn(r),
                  "//            DISP=(NEW,CATLG,DELETE),UNIT=SYSDA,", "//            SPACE=(CYL,(%d,%d),RLSE)" % (r.randint(1, 50), r.randint(1, 20)), "//SYSIN    DD DUMMY"]
        elif pgm == "SORT":
            L += ["//SORTIN   DD DSN=%s,DISP=SHR" % dsn(r), "//SORTOUT  DD DSN=%s,DISP=OLD" % dsn(r),
                  "//SYSIN    DD *", "  SORT FIELDS=(1,%d,CH,A)" % r.randint(4, 20), "/*"]
        elif pgm == "IDCAMS":
            L += ["//SYSIN    DD *", "  DELETE %s PURGE" % dsn(r), "  SET MAXCC=0", "/*"]
        else:
            L += ["//STEPLIB  DD DSN=%s.LOADLIB,DISP=SHR" % rc(r, HLQS), "//INFILE   DD DSN=%s,DISP=SHR" % dsn(r)]
    L.append("//")
    rel = rc(r, ["jcl/%s.jcl" % job, "JCL/%s" % job, "batch/jcl/%s.JCL" % job])
    return rel, "jcl", "\n".join(L) + "\n"


def T_jcl_racf_altuser(r, val, neg, ctx):
    job = jobname(r)
    u = userid(r)
    L = [jobcard(r, job)] + jcl_comments(r)
    L += ["//TSOBAT   EXEC PGM=IKJEFT01,DYNAMNBR=20", "//SYSTSPRT DD SYSOUT=*", "//SYSTSIN  DD *"]
    L.append("  ALTUSER %s PASSWORD(%s) NOEXPIRED" % (u, val) if r.random() < 0.5 else "  ALU %s PASSWORD(%s) NOEXPIRED RESUME" % (u, val))
    L += ["  CONNECT %s GROUP(%s) AUTHORITY(USE)" % (u, rc(r, ["BATCH", "OPSGRP", "DB2USR", "FTPUSERS"])),
          "  LISTUSER %s" % u, "  SETROPTS REFRESH RACLIST(FACILITY)" if r.random() < 0.5 else "  PERMIT %s CLASS(FACILITY) ID(%s) ACCESS(READ)" % (rc(r, ["BPX.SERVER", "IRR.RADMIN.LISTUSER", "STGADMIN.IGG.DEFDEL.UALIAS"]), u), "/*", "//"]
    rel = rc(r, ["racf/%s.jcl" % job, "security/jcl/%s.JCL" % job, "jcl/admin/%s" % job])
    return rel, "jcl", "\n".join(L) + "\n"


def T_racf_phrase(r, val, neg, ctx):
    L = ["/* RACF definitions for %s - %s */" % (rc(r, ["new service ids", "batch onboarding", "sftp users", "zowe service"]), rc(r, ["CHG%d" % r.randint(10000, 99999), "REQ%d" % r.randint(1000, 9999)]))]
    us = [userid(r) for _ in range(r.randint(2, 4))]
    target = r.randrange(len(us))
    for i, u in enumerate(us):
        grp = rc(r, ["BATCH", "OPSGRP", "STCGRP", "ZOWEGRP"])
        L.append("ADDUSER %s NAME('%s') DFLTGRP(%s) OWNER(%s) -" % (u, rc(r, WORDS).upper() + " SERVICE", grp, rc(r, ["SECADM", "SYS1", "RACFADM"])))
        L.append("  OMVS(AUTOUID HOME('/u/%s') PROGRAM('/bin/sh')) NOPASSWORD" % u.lower())
        if i == target:
            L.append("ALTUSER %s PHRASE('%s') NOEXPIRED" % (u, val))
        L.append("CONNECT %s GROUP(%s)" % (u, grp))
        L.append("")
    L.append("SETROPTS RACLIST(FACILITY) REFRESH")
    rel = rc(r, ["racf/define_users.racf", "security/racf/%s.txt" % member(r).lower(), "racf/cmds/%s" % member(r)])
    return rel, "racf", "\n".join(L) + "\n"


def T_rexx_adduser(r, val, neg, ctx):
    var = rc(r, ["initpw", "pw", "temp", "logonval", "newpass", "cred"])
    u = userid(r)
    L = ["/* REXX - define service userid for %s */" % rc(r, ["DB2 DDF", "MQ channel", "FTP pull", "zOSMF"]),
         "/* Author: %s  %d-%02d-%02d */" % (rc(r, WORDS).upper(), r.randint(2015, 2025), r.randint(1, 12), r.randint(1, 28)),
         "arg uid .", "if uid = '' then uid = '%s'" % u,
         "%s = '%s'" % (var, val),
         "grp = '%s'" % rc(r, ["BATCH", "DB2USR", "MQUSERS"]),
         'address TSO',
         '"ADDUSER" uid "DFLTGRP("grp") OWNER(SECADM) NAME(\'SERVICE ID\')"',
         'say "ADDUSER RC="rc',
         '"ALTUSER" uid "PASSWORD("%s") NOEXPIRED"' % var,
         'if rc <> 0 then do', '  say "ALTUSER failed rc="rc', '  exit 8', 'end',
         'x = outtrap("lu.")', '"LISTUSER" uid', 'x = outtrap("OFF")',
         'do i = 1 to lu.0', '  if pos("PASSDATE", lu.i) > 0 then say strip(lu.i)', 'end',
         'exit 0']
    rel = rc(r, ["rexx/%s.rexx" % member(r).lower(), "exec/%s" % member(r), "src/rexx/%s.rex" % member(r)])
    return rel, "rexx", "\n".join(L) + "\n"


def T_rexx_ftp(r, val, neg, ctx):
    h = host(r)
    u = rc(r, [uid_lower(r), userid(r)])
    var = rc(r, ["ftppw", "pw", "pass", "remcred", "k", "logon2"])
    L = ["/* REXX ---------------------------------------------------- */",
         "/* Push daily extract to %s            */" % rc(r, ["ETL server", "vendor SFTP gateway", "reporting box"]),
         "/* ----------------------------------------------------------- */",
         "trace o",
         "host = '%s'" % h, "user = '%s'" % u, "%s = '%s'" % (var, val),
         "dsn  = \"'%s'\"" % dsn(r),
         "queue user %s" % var if r.random() < 0.5 else "queue user || ' ' || %s" % var,
         "queue 'binary'", "queue 'put' dsn '%s.dat'" % rc(r, WORDS), "queue 'quit'",
         "\"ALLOC F(INPUT) NEW REUSE UNIT(VIO) SPACE(1 1) TRACKS RECFM(F B) LRECL(80)\"",
         "\"EXECIO\" queued() \"DISKW INPUT (FINIS\"",
         "\"ALLOC F(OUTPUT) DA(*) REUSE\"",
         "\"CALL *(FTP) '\"host\" (EXIT'\"",
         "ftprc = rc", "\"FREE F(INPUT OUTPUT)\"",
         "if ftprc > 0 then say 'FTP ended with rc' ftprc",
         "exit ftprc"]
    rel = rc(r, ["rexx/%s.rexx" % member(r).lower(), "exec/FTP%s" % member(r)[:5], "tools/rexx/%s.rex" % member(r).lower()])
    return rel, "rexx", "\n".join(L) + "\n"


def T_clist_ftp(r, val, neg, ctx):
    h = host(r)
    u = userid(r)
    var = rc(r, ["PW", "PASS", "RPW", "KEY1", "CRED"])
    L = ["PROC 0 DSN(%s) DEBUG" % dsn(r),
         "/* CLIST: SEND FILE TO %s */" % rc(r, ["UNIX GATEWAY", "PARTNER", "DR SITE"]),
         "CONTROL NOMSG NOLIST",
         "IF &DEBUG = DEBUG THEN CONTROL LIST CONLIST SYMLIST",
         "SET &HOST = %s" % h, "SET &USR = %s" % u, "SET &%s = %s" % (var, val),
         "ALLOC F(INPUT) NEW REUSE SPACE(1) TRACKS LRECL(80) RECFM(F B)",
         "OPENFILE INPUT OUTPUT",
         "SET &INPUT = &STR(&USR &%s)" % var, "PUTFILE INPUT",
         "SET &INPUT = &STR(PUT '&DSN' %s.TXT)" % rc(r, WORDS).upper(), "PUTFILE INPUT",
         "SET &INPUT = QUIT", "PUTFILE INPUT", "CLOSFILE INPUT",
         "FTP &HOST (EXIT", "SET &RC = &LASTCC",
         "FREE F(INPUT)", "IF &RC NE 0 THEN WRITE FTP FAILED RC=&RC", "EXIT CODE(&RC)"]
    rel = rc(r, ["clist/%s.clist" % member(r).lower(), "CLIST/%s" % member(r), "src/clist/%s" % member(r)])
    return rel, "clist", "\n".join(L) + "\n"


def T_rexx_submit(r, val, neg, ctx):
    u = userid(r)
    L = ["/* REXX  build and submit a job under the batch id */",
         "parse arg env .", "if env = '' then env = '%s'" % rc(r, ["PROD", "QA", "DEV"]),
         "jobu = '%s'" % u, "jobp = '%s'" % val,
         "jcl.1 = \"//%s JOB (ACCT),'AUTO',CLASS=A,MSGCLASS=X,\"" % jobname(r),
         "jcl.2 = \"//  USER=\"jobu\",PASSWORD=\"jobp",
         "jcl.3 = \"//S1 EXEC PGM=%s,PARM='\"env\"'\"" % member(r),
         "jcl.4 = \"//STEPLIB DD DSN=%s.LOAD,DISP=SHR\"" % rc(r, HLQS),
         "jcl.5 = \"//SYSOUT DD SYSOUT=*\"",
         "jcl.0 = 5",
         "\"ALLOC F(SUBJCL) SYSOUT(A) WRITER(INTRDR) RECFM(F) LRECL(80) REUSE\"",
         "\"EXECIO * DISKW SUBJCL (STEM jcl. FINIS\"",
         "\"FREE F(SUBJCL)\"", "say 'Submitted for' env", "exit 0"]
    rel = rc(r, ["rexx/sub%s.rexx" % member(r).lower(), "exec/SUB%s" % member(r)[:5]])
    return rel, "rexx", "\n".join(L) + "\n"


def _zowe_cfg(r, val, neg, user_file=False, token=None):
    h = host(r)
    u = userid(r)
    props = {"host": h, "port": rc(r, [443, 10443, 8443, 7554]), "rejectUnauthorized": r.random() < 0.5}
    profiles = {
        "zosmf": {"type": "zosmf", "properties": {"port": props["port"]}, "secure": []},
        "tso": {"type": "tso", "properties": {"account": rc(r, ["ACCT#", "IZUACCT", "FB3"]), "codePage": "1047", "logonProcedure": rc(r, ["IZUFPROC", "IKJACCNT"])}, "secure": []},
        "ssh": {"type": "ssh", "properties": {"port": 22}, "secure": []},
        "base": {"type": "base", "properties": {"host": h, "rejectUnauthorized": props["rejectUnauthorized"]}, "secure": []},
    }
    if token is not None:
        profiles["base"]["properties"]["tokenType"] = "apimlAuthenticationToken"
        if neg:
            profiles["base"]["secure"] = ["tokenValue"]
        else:
            profiles["base"]["properties"]["tokenValue"] = token
        profiles["base"]["properties"]["port"] = rc(r, [7554, 10010])
    else:
        profiles["base"]["properties"]["user"] = u
        if neg and val is None:
            profiles["base"]["secure"] = ["user", "password"] if r.random() < 0.5 else ["password"]
            del profiles["base"]["properties"]["user"]
        else:
            profiles["base"]["properties"]["password"] = val
    doc = {"$schema": "./zowe.schema.json", "profiles": {"lpar1": {"properties": {"host": h}, "profiles": {k: v for k, v in profiles.items() if k != "base"}}, "base": profiles["base"]},
           "defaults": {"zosmf": "lpar1.zosmf", "tso": "lpar1.tso", "ssh": "lpar1.ssh", "base": "base"}, "autoStore": True}
    if user_file:
        doc = {"$schema": "./zowe.schema.json", "profiles": {"base": profiles["base"]}, "defaults": {"base": "base"}}
    ind = rc(r, [2, 4])
    return json.dumps(doc, indent=ind) + "\n"


def T_zowe_config(r, val, neg, ctx):
    v = None if (neg and r.random() < 0.6) else val
    return rc(r, ["zowe.config.json", "config/zowe.config.json", ".zowe/zowe.config.json"]), "json", _zowe_cfg(r, v, neg)


def T_zowe_config_user(r, val, neg, ctx):
    v = None if (neg and r.random() < 0.6) else val
    return rc(r, ["zowe.config.user.json", ".zowe/zowe.config.user.json"]), "json", _zowe_cfg(r, v, neg, user_file=True)


def T_zowe_jwt(r, val, neg, ctx):
    return rc(r, ["zowe.config.json", "zowe.config.user.json", "ci/zowe.config.json"]), "json", _zowe_cfg(r, None, neg, user_file=r.random() < 0.5, token=val)


def T_zowe_v1_profile(r, val, neg, ctx):
    h = host(r)
    q = rc(r, ["'", '"'])
    L = ["host: %s" % h, "port: %d" % rc(r, [443, 10443, 8443]), "user: %s" % userid(r),
         "password: %s%s%s" % (q, val, q), "rejectUnauthorized: %s" % rc(r, ["false", "true"]),
         "basePath: ''" if r.random() < 0.5 else "protocol: https"]
    rel = rc(r, [".zowe/profiles/zosmf/%s.yaml" % rc(r, ["prod", "sysa", "lpar1", "dev"]), "zowe/profiles/zosmf/%s_meta.yaml" % rc(r, WORDS)])
    if "_meta" in rel:
        rel = rel.replace("_meta", "")
    return rel, "yaml", "\n".join(L) + "\n"


def T_zowe_cli_sh(r, val, neg, ctx):
    h = host(r)
    u = userid(r)
    flag = rc(r, ["--password", "--pass", "--pw"])
    hlq = rc(r, HLQS)
    q = "'" if not neg or not val.startswith("$") else '"'
    L = ["#!/bin/bash", "# deploy load modules and submit the bind job", "set -euo pipefail", "",
         "HOST=%s" % h, "PORT=%d" % rc(r, [443, 10443]), "ZUSER=%s" % u, "ZPASS=%s%s%s" % (q, val, q), "",
         'CONN="--host $HOST --port $PORT --user $ZUSER %s $ZPASS --reject-unauthorized false"' % flag, "",
         'echo "uploading members to %s.SOURCE"' % hlq,
         'zowe zos-files upload dir-to-pds ./cobol "%s.SOURCE" $CONN' % hlq,
         'zowe zos-files upload file-to-data-set ./jcl/BIND.jcl "%s.CNTL(BIND)" $CONN' % hlq,
         'JOBID=$(zowe zos-jobs submit data-set "%s.CNTL(BIND)" --rff jobid --rft string $CONN)' % hlq,
         'echo "submitted $JOBID"',
         'zowe zos-jobs view job-status-by-jobid "$JOBID" $CONN --wait-for-output',
         'zowe zos-jobs list spool-files-by-jobid "$JOBID" $CONN']
    rel = rc(r, ["scripts/deploy.sh", "ci/zowe-deploy.sh", "tools/submit_bind.sh", "build/push_to_mf.sh"])
    return rel, "sh", "\n".join(L) + "\n"


def T_zowe_gha(r, val, neg, ctx):
    h = host(r)
    L = ["name: mainframe-build", "on:", "  push:", "    branches: [ main ]", "  workflow_dispatch:", "",
         "env:", "  ZOWE_OPT_HOST: %s" % h, "  ZOWE_OPT_PORT: \"%d\"" % rc(r, [443, 10443]),
         "  ZOWE_OPT_USER: %s" % userid(r),
         "  ZOWE_OPT_PASSWORD: %s" % (val if neg and val.startswith("${{") else "'%s'" % val),
         "  ZOWE_OPT_REJECT_UNAUTHORIZED: \"false\"", "",
         "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:",
         "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4", "        with:", "          node-version: 20",
         "      - run: npm install -g @zowe/cli@zowe-v3-lts",
         "      - name: Upload sources", "        run: zowe zos-files upload dir-to-pds cobol \"%s.COBOL\"" % rc(r, HLQS),
         "      - name: Compile", "        run: zowe zos-jobs submit local-file jcl/COMPILE.jcl --wait-for-output"]
    rel = ".github/workflows/%s.yml" % rc(r, ["mainframe", "zos-build", "cobol-ci", "deploy"])
    return rel, "yaml", "\n".join(L) + "\n"


def T_zosmf_curl(r, val, neg, ctx):
    h = host(r)
    u = userid(r)
    q = '"' if (neg and val.startswith("$")) else "'"
    var = rc(r, ["AUTH", "CRED", "ZCRED", "UP"])
    L = ["#!/bin/sh", "# list jobs and datasets for the owner through z/OSMF",
         "ZOSMF=https://%s:%d/zosmf" % (h, rc(r, [443, 10443, 32070])),
         "%s=%s%s:%s%s" % (var, q, u, val, q), "HLQ=${1:-%s}" % rc(r, HLQS), "",
         'curl -sk -u "$%s" -H "X-CSRF-ZOSMF-HEADER: true" \\' % var,
         '  "$ZOSMF/restjobs/jobs?owner=%s&prefix=*" | jq -r \'.[] | "\\(.jobid) \\(.jobname) \\(.status)"\'' % u, "",
         "# dataset listing",
         'curl -sk -u "$%s" -H "X-CSRF-ZOSMF-HEADER: true" -H "X-IBM-Max-Items: %d" \\' % (var, rc(r, [100, 500, 0])),
         '  "$ZOSMF/restfiles/ds?dslevel=$HLQ.*" | jq -r \'.items[].dsname\'', "", "echo done"]
    rel = rc(r, ["scripts/zosmf_jobs.sh", "bin/list-jobs.sh", "ops/zosmf/jobs.sh"])
    return rel, "sh", "\n".join(L) + "\n"


def T_zosmf_requests(r, val, neg, ctx):
    h = host(r)
    u = userid(r)
    pv = pyv(val, neg)
    name = rc(r, ["ZOSMF_PW", "AUTH_PW", "SECRET", "ZPW", "credential"])
    L = ['"""Small z/OSMF client used by the nightly reconciliation."""', "import os", "import requests", "", "BASE = 'https://%s:%d/zosmf'" % (h, rc(r, [443, 10443])),
         "USER = '%s'" % u, "%s = %s" % (name, pv), "HDR = {'X-CSRF-ZOSMF-HEADER': 'true', 'Content-Type': 'application/json'}", "",
         "", "def list_datasets(level):", "    r = requests.get(f'{BASE}/restfiles/ds', params={'dslevel': level},",
         "                     headers=HDR, auth=(USER, %s), verify=False, timeout=30)" % name,
         "    r.raise_for_status()", "    return [i['dsname'] for i in r.json().get('items', [])]", "", "",
         "def submit(jcl_text):", "    r = requests.put(f'{BASE}/restjobs/jobs', data=jcl_text,",
         "                     headers={**HDR, 'Content-Type': 'text/plain'}, auth=(USER, %s), verify=False)" % name,
         "    r.raise_for_status()", "    j = r.json()", "    return j['jobname'], j['jobid']", "", "",
         "if __name__ == '__main__':", "    for d in list_datasets('%s.**'):" % rc(r, HLQS), "        print(d)"]
    rel = rc(r, ["zosmf_client.py", "tools/zosmf.py", "src/mfops/zosmf_api.py", "scripts/recon.py"])
    return rel, "py", "\n".join(L) + "\n"


def T_zosmf_http(r, val, neg, ctx):
    h = host(r)
    u = userid(r)
    if neg:
        auth = val
    else:
        auth = base64.b64encode(("%s:%s" % (u, val)).encode()).decode()
        ctx.needle = auth
    L = ["### z/OSMF info", "GET https://%s/zosmf/info" % h, "X-CSRF-ZOSMF-HEADER: true", "",
         "### list jobs", "GET https://%s/zosmf/restjobs/jobs?owner=%s" % (h, u), "Authorization: Basic %s" % auth, "X-CSRF-ZOSMF-HEADER: true", "",
         "### submit", "PUT https://%s/zosmf/restjobs/jobs" % h, "Authorization: Basic %s" % auth if False else "Content-Type: application/json",
         "X-CSRF-ZOSMF-HEADER: true", "", "{", '  "file": "//\'%s(%s)\'"' % (dsn(r, 3), member(r)), "}"]
    rel = rc(r, ["http/zosmf.http", "requests/zosmf-jobs.http", "docs/api/zosmf.rest"])
    return rel, "http", "\n".join(L) + "\n"


def T_zosmf_ltpa(r, val, neg, ctx):
    h = host(r)
    L = ["#!/usr/bin/env bash", "# reuse the session from the browser while z/OSMF SSO is broken (INC%d)" % r.randint(100000, 999999),
         "Z=https://%s/zosmf" % h, "COOKIE='LtpaToken2=%s'" % val, "",
         'curl -sk -b "$COOKIE" -H "X-CSRF-ZOSMF-HEADER: x" "$Z/restfiles/ds?dslevel=%s.*"' % rc(r, HLQS),
         'curl -sk -b "$COOKIE" -H "X-CSRF-ZOSMF-HEADER: x" "$Z/restjobs/jobs?prefix=%s*"' % jobname(r)[:3]]
    return rc(r, ["scripts/zosmf-cookie.sh", "tmp/ltpa_call.sh"]), "sh", "\n".join(L) + "\n"


def T_liberty_cics(r, val, neg, ctx):
    if not neg and r.random() < 0.5:
        enc = xor_enc(val)
        ctx.needle = enc
    else:
        enc = val
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<server description="%s">' % rc(r, ["claims-api", "policy-svc", "cics bridge"]),
         "    <featureManager>", "        <feature>jca-1.7</feature>", "        <feature>jndi-1.0</feature>", "        <feature>restfulWS-3.0</feature>", "    </featureManager>", "",
         '    <httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="%d" httpsPort="%d"/>' % (r.randint(9000, 9100), r.randint(9400, 9500)), "",
         '    <resourceAdapter id="eciResourceAdapter" location="${server.config.dir}/resourceAdapters/cicseci.rar"/>', "",
         '    <connectionFactory id="%s" jndiName="eis/%s">' % (rc(r, ["ECICICS", "cicsCF"]), rc(r, ["ECICICS", "CICSA", "defaultCICS"])),
         '        <properties.eciResourceAdapter connectionURL="tcp://%s" portNumber="%d"' % (host(r), rc(r, [2006, 2035, 8050])),
         '            serverName="%s" userName="%s" password="%s"/>' % (rc(r, ["CICSPRD1", "CICSA", "IPIC01"]), userid(r), enc),
         "    </connectionFactory>", "", '    <application location="%s.war"/>' % rc(r, WORDS), "</server>"]
    return rc(r, ["src/main/liberty/config/server.xml", "wlp/usr/servers/defaultServer/server.xml"]), "xml", "\n".join(L) + "\n"


def T_cics_eci_java(r, val, neg, ctx):
    pkg = rc(r, ["com.%s.cics" % rc(r, ["acme", "northbank", "meridian"]), "org.claims.gateway"])
    v = jv(val, neg)
    L = ["package %s;" % pkg, "", "import com.ibm.ctg.client.ECIRequest;", "import com.ibm.ctg.client.JavaGateway;", "",
         "public class %sCaller {" % rc(r, ["Policy", "Claim", "Account", "Balance"]),
         '    private static final String GATEWAY = "tcp://%s";' % host(r),
         "    private static final int PORT = %d;" % rc(r, [2006, 8050]),
         '    private static final String SERVER = "%s";' % rc(r, ["CICSPRD1", "CICSA", "IPIC01"]), "",
         "    public byte[] call(byte[] commarea) throws Exception {",
         "        JavaGateway gw = new JavaGateway(GATEWAY, PORT);", "        try {",
         "            ECIRequest req = new ECIRequest(ECIRequest.ECI_SYNC, SERVER,",
         '                    "%s", %s, "%s", null, commarea, commarea.length,' % (userid(r), v, member(r)),
         "                    ECIRequest.ECI_NO_EXTEND, ECIRequest.ECI_LUW_NEW);",
         "            gw.flow(req);", "            if (req.getCicsRc() != 0) {",
         '                throw new IllegalStateException("CICS rc " + req.getCicsRc() + " abend " + req.Abend_Code);',
         "            }", "            return req.Commarea;", "        } finally {", "            gw.close();", "        }", "    }", "}"]
    return "src/main/java/%s/%sCaller.java" % (pkg.replace(".", "/"), L[5].split()[2][:-6]), "java", "\n".join(L) + "\n"


def T_ims_jdbc(r, val, neg, ctx):
    h = host(r)
    L = ["# IMS Universal JDBC (type 4) via IMS Connect",
         "ims.url=jdbc:ims://%s:%d/%s:user=%s;password=%s;" % (h, rc(r, [5555, 9999, 7001]), rc(r, ["class://com.acme.ims.PHIDPHO1DatabaseView", "PHIDPHO1", "AUTOPSB1"]), userid(r), val),
         "ims.datastore=%s" % rc(r, ["IMS1", "IMSP", "IMSA"]), "ims.fetchSize=%d" % rc(r, [100, 500]),
         "ims.loginTimeout=%d" % rc(r, [10, 30]), "ims.pool.max=%d" % r.randint(4, 32), "",
         "logging.level.com.ibm.ims=%s" % rc(r, ["INFO", "WARNING"])]
    return rc(r, ["src/main/resources/ims.properties", "config/ims-jdbc.properties"]), "properties", "\n".join(L) + "\n"


def T_ims_connect_java(r, val, neg, ctx):
    v = jv(val, neg)
    L = ["import com.ibm.ims.connect.*;", "", "public class ImsTranClient {",
         "    public static void main(String[] args) throws Exception {",
         "        ConnectionFactory cf = new ConnectionFactory();",
         '        cf.setHostName("%s");' % host(r), "        cf.setPortNumber(%d);" % rc(r, [9999, 5555]),
         '        cf.setClientId("%s");' % ("CL" + hexs(r, 6)),
         "        Connection conn = cf.getConnection();",
         "        TmInteraction tm = conn.createInteraction();",
         '        tm.setImsDatastoreName("%s");' % rc(r, ["IMS1", "IMSP"]),
         '        tm.setTrancode("%s");' % member(r),
         '        tm.setRacfUserId("%s");' % userid(r), "        tm.setRacfPassword(%s);" % v,
         '        tm.setRacfGroupName("%s");' % rc(r, ["IMSUSERS", "BATCH"]),
         "        tm.setInteractionTypeDescription(ApiProperties.INTERACTION_TYPE_DESC_SENDRECV);",
         "        InputMessage in = tm.getInputMessage();", '        in.setInputMessageData("%s ".getBytes("Cp037"));' % member(r),
         "        tm.execute();", "        System.out.println(new String(tm.getOutputMessage().getDataAsByteArray(), \"Cp037\"));",
         "        conn.disconnect();", "    }", "}"]
    return "src/main/java/ImsTranClient.java", "java", "\n".join(L) + "\n"


def T_db2cli_ini(r, val, neg, ctx):
    secs = []
    dbs = [rc(r, ["DSNP", "DB2PROD", "LOCDB2A", "SAMPLE", "DWHPRD"]) + str(i) for i in range(r.randint(1, 3))]
    tgt = r.randrange(len(dbs))
    for i, d in enumerate(dbs):
        s = ["[%s]" % d, "Database=%s" % d, "Protocol=TCPIP", "Hostname=%s" % host(r), "Port=%d" % rc(r, [446, 50000, 5040, 448])]
        if i == tgt:
            s += ["UID=%s" % userid(r), "PWD=%s" % val]
        s += ["CurrentSchema=%s" % rc(r, HLQS)]
        if r.random() < 0.5:
            s += ["Security=SSL", "SSLServerCertificate=/opt/ibm/certs/%s.arm" % rc(r, WORDS)]
        secs.append("\n".join(s))
    head = "; db2cli.ini - CLI/ODBC settings for %s\n[COMMON]\nTrace=0\nTraceFileName=/tmp/db2cli.trc\n\n" % rc(r, ["reporting", "etl", "batch"])
    return rc(r, ["db2cli.ini", "config/db2cli.ini", "docker/db2/db2cli.ini"]), "ini", head + "\n\n".join(secs) + "\n"


def T_db2dsdriver(r, val, neg, ctx):
    d = rc(r, ["DSNP", "LOCDB01", "DB2PLOC"])
    h = host(r)
    L = ['<?xml version="1.0" encoding="UTF-8" standalone="no" ?>', "<configuration>", "  <dsncollection>",
         '    <dsn alias="%s" name="%s" host="%s" port="%d">' % (d, d, h, rc(r, [446, 5040])),
         '      <parameter name="UserID" value="%s"/>' % userid(r), '      <parameter name="Password" value="%s"/>' % val,
         '      <parameter name="CurrentSchema" value="%s"/>' % rc(r, HLQS), "    </dsn>", "  </dsncollection>",
         "  <databases>", '    <database name="%s" host="%s" port="%d">' % (d, h, rc(r, [446, 5040])),
         '      <parameter name="SecurityMechanism" value="3"/>', '      <parameter name="ConnectionTimeout" value="%d"/>' % rc(r, [30, 60]),
         "    </database>", "  </databases>", "  <parameters>", '    <parameter name="CommProtocol" value="TCPIP"/>', "  </parameters>", "</configuration>"]
    return rc(r, ["db2dsdriver.cfg", "cfg/db2dsdriver.cfg"]), "cfg", "\n".join(L) + "\n"


def T_db2_clp(r, val, neg, ctx):
    d = rc(r, ["DSNP", "DB2PROD", "LOCDB2A", "DWHPRD"])
    tb = "%s.%s" % (rc(r, HLQS), rc(r, ["POLICY", "CLAIM", "ACCT_MASTER", "GL_BAL"]))
    L = ["-- run with: db2 -tvf %s" % rc(r, ["grants.sql", "refresh.sql"]),
         "CONNECT TO %s USER %s USING %s;" % (d, rc(r, [userid(r), uid_lower(r)]), val), "",
         "SET CURRENT SCHEMA = %s;" % tb.split(".")[0], "",
         "RUNSTATS ON TABLE %s WITH DISTRIBUTION AND DETAILED INDEXES ALL;" % tb if r.random() < 0.5 else "SELECT COUNT(*) FROM %s;" % tb,
         "GRANT SELECT ON TABLE %s TO ROLE %s;" % (tb, rc(r, ["RPT_READ", "ETL_RO"])),
         "COMMIT;", "CONNECT RESET;", "TERMINATE;"]
    return rc(r, ["sql/%s.sql" % rc(r, ["refresh", "grants", "runstats"]), "db2/scripts/%s.clp" % rc(r, WORDS)]), "sql", "\n".join(L) + "\n"


def T_db2_shell(r, val, neg, ctx):
    d = rc(r, ["SAMPLE", "DWHPRD", "BLUDB", "ODSPRD"])
    q = '"' if (neg and val.startswith("$")) else "'"
    L = ["#!/bin/ksh", "# nightly export of reference tables", ". ~db2inst1/sqllib/db2profile", "",
         "DB=%s" % d, "OUTDIR=/data/export/$(date +%%Y%%m%%d)", "mkdir -p $OUTDIR", "",
         "db2 connect to $DB user %s using %s%s%s || exit 4" % (rc(r, ["db2inst1", uid_lower(r)]), q, val, q), "",
         "for T in %s; do" % " ".join(rc(r, ["CUSTOMER", "ACCOUNT", "BRANCH", "PRODUCT", "CURRENCY"]) for _ in range(3)),
         '  db2 "EXPORT TO $OUTDIR/$T.ixf OF IXF SELECT * FROM %s.$T"' % rc(r, HLQS), "done", "", "db2 connect reset", "db2 terminate"]
    return rc(r, ["scripts/db2_export.ksh", "bin/export_ref.sh"]), "sh", "\n".join(L) + "\n"


def T_db2_jdbc(r, val, neg, ctx):
    v = jv(val, neg)
    L = ["package com.%s.batch;" % rc(r, ["acme", "meridian", "harbor"]), "", "import java.sql.Connection;", "import java.sql.DriverManager;", "import java.sql.ResultSet;", "import java.sql.Statement;", "",
         "public class Db2zExtract {",
         '    private static final String URL = "jdbc:db2://%s:%d/%s:sslConnection=%s;";' % (host(r), rc(r, [446, 5040, 448]), rc(r, ["DSNPLOC", "DB2PLOC", "LOCDB01"]), rc(r, ["true", "false"])),
         "", "    public static void main(String[] args) throws Exception {",
         '        Class.forName("com.ibm.db2.jcc.DB2Driver");',
         '        try (Connection c = DriverManager.getConnection(URL, "%s", %s);' % (userid(r), v),
         "             Statement s = c.createStatement();",
         '             ResultSet rs = s.executeQuery("SELECT CREATOR, NAME FROM SYSIBM.SYSTABLES WHERE CREATOR = \'%s\'")) {' % rc(r, HLQS),
         "            while (rs.next()) {", '                System.out.println(rs.getString(1).trim() + "." + rs.getString(2));', "            }", "        }", "    }", "}"]
    return "src/main/java/Db2zExtract.java", "java", "\n".join(L) + "\n"


def T_db2_ibm_db(r, val, neg, ctx):
    inner = val if not neg else val
    L = ["import ibm_db", "import ibm_db_dbi", "", "",
         "def connect():",
         '    dsn = ("DATABASE=%s;HOSTNAME=%s;PORT=%d;PROTOCOL=TCPIP;"' % (rc(r, ["BLUDB", "DWHPRD", "SAMPLE"]), host(r), rc(r, [50000, 50001, 446])),
         '           "UID=%s;PWD=%s;SECURITY=SSL;")' % (uid_lower(r), inner),
         '    return ibm_db_dbi.Connection(ibm_db.connect(dsn, "", ""))', "", "",
         "def main():", "    conn = connect()", "    cur = conn.cursor()",
         '    cur.execute("SELECT TABSCHEMA, TABNAME, CARD FROM SYSCAT.TABLES WHERE TABSCHEMA = ?", ("%s",))' % rc(r, HLQS),
         "    for row in cur.fetchall():", "        print(*row)", "    conn.close()", "", "",
         'if __name__ == "__main__":', "    main()"]
    return rc(r, ["etl/db2_tables.py", "scripts/db2_card.py"]), "py", "\n".join(L) + "\n"


def T_db2_usernames(r, val, neg, ctx):
    loc = rc(r, ["DB2BLOC", "DSNQLOC", "DRDAREM1"])
    L = ["-- CDB outbound translation for remote location %s" % loc,
         "INSERT INTO SYSIBM.LOCATIONS (LOCATION, LINKNAME, PORT)",
         "  VALUES ('%s', '%s', '%d');" % (loc, loc[:6], rc(r, [446, 5040])),
         "INSERT INTO SYSIBM.IPNAMES (LINKNAME, SECURITY_OUT, USERNAMES, IPADDR)",
         "  VALUES ('%s', 'P', 'O', '%s');" % (loc[:6], host(r)),
         "INSERT INTO SYSIBM.USERNAMES (TYPE, AUTHID, LINKNAME, NEWAUTHID, PASSWORD)",
         "  VALUES ('O', ' ', '%s', '%s', '%s');" % (loc[:6], userid(r), val), "COMMIT;",
         "-- then: -STO DDF / -STA DDF"]
    return rc(r, ["db2/cdb/%s.sql" % loc.lower(), "ddl/cdb_usernames.sql"]), "sql", "\n".join(L) + "\n"


def T_db2_usermapping(r, val, neg, ctx):
    srv = rc(r, ["ZOSSRV", "DB2Z_PRD", "ORA_FIN"])
    L = ["CREATE WRAPPER DRDA;",
         "CREATE SERVER %s TYPE DB2/ZOS VERSION 12 WRAPPER DRDA" % srv,
         "  AUTHORIZATION \"%s\" PASSWORD \"%s\"" % (userid(r), val) if r.random() < 0.0 else "  OPTIONS (DBNAME '%s', NODE '%s');" % (rc(r, ["DSNPLOC", "DB2PLOC"]), rc(r, ["ZOSNODE", "DB2NODE"])),
         "", "CREATE USER MAPPING FOR %s SERVER %s" % (rc(r, ["USER", "ETLUSER", "db2inst1"]), srv),
         "  OPTIONS (REMOTE_AUTHID '%s', REMOTE_PASSWORD '%s');" % (userid(r), val), "",
         "CREATE NICKNAME %s.%s FOR %s.%s.%s;" % (rc(r, ["FED", "ODS"]), rc(r, ["POLICY", "CLAIM"]), srv, rc(r, HLQS), rc(r, ["POLICY", "CLAIM"]))]
    return rc(r, ["ddl/federation.sql", "db2/fed/create_server.sql"]), "sql", "\n".join(L) + "\n"


def T_mq_jms(r, val, neg, ctx):
    v = jv(val, neg)
    qm = rc(r, ["QM1", "PQM1", "MQP1", "CSQ1"])
    L = ["import com.ibm.msg.client.jms.JmsConnectionFactory;", "import com.ibm.msg.client.jms.JmsFactoryFactory;", "import com.ibm.msg.client.wmq.WMQConstants;", "import javax.jms.*;", "",
         "public class PutClaim {", "    public static void main(String[] args) throws Exception {",
         "        JmsFactoryFactory ff = JmsFactoryFactory.getInstance(WMQConstants.WMQ_PROVIDER);",
         "        JmsConnectionFactory cf = ff.createConnectionFactory();",
         '        cf.setStringProperty(WMQConstants.WMQ_HOST_NAME, "%s");' % host(r),
         "        cf.setIntProperty(WMQConstants.WMQ_PORT, %d);" % rc(r, [1414, 1415, 1501]),
         '        cf.setStringProperty(WMQConstants.WMQ_CHANNEL, "%s");' % rc(r, ["APP.SVRCONN", "CLAIMS.SVRCONN", "DEV.APP.SVRCONN"]),
         "        cf.setIntProperty(WMQConstants.WMQ_CONNECTION_MODE, WMQConstants.WMQ_CM_CLIENT);",
         '        cf.setStringProperty(WMQConstants.WMQ_QUEUE_MANAGER, "%s");' % qm,
         "        cf.setBooleanProperty(WMQConstants.USER_AUTHENTICATION_MQCSP, true);",
         '        cf.setStringProperty(WMQConstants.USERID, "%s");' % rc(r, [userid(r), uid_lower(r)]),
         "        cf.setStringProperty(WMQConstants.PASSWORD, %s);" % v,
         "        try (JMSContext ctx = cf.createContext()) {",
         '            Destination q = ctx.createQueue("queue:///%s");' % rc(r, ["CLAIMS.IN", "PAY.REQ", "ACH.OUT"]),
         '            ctx.createProducer().send(q, args.length > 0 ? args[0] : "ping");', "        }", "    }", "}"]
    return "src/main/java/PutClaim.java", "java", "\n".join(L) + "\n"


def T_mq_pymqi(r, val, neg, ctx):
    pv = pyv(val, neg)
    L = ["import pymqi", "", "QMGR = '%s'" % rc(r, ["QM1", "PQM1", "MQP1"]), "CHANNEL = '%s'" % rc(r, ["APP.SVRCONN", "MON.SVRCONN"]),
         "CONN_INFO = '%s(%d)'" % (host(r), rc(r, [1414, 1415])), "USER = '%s'" % uid_lower(r), "PASSWORD = %s" % pv, "", "",
         "def depth(qname):", "    qmgr = pymqi.connect(QMGR, CHANNEL, CONN_INFO, USER, PASSWORD)", "    try:",
         "        q = pymqi.Queue(qmgr, qname, pymqi.CMQC.MQOO_INQUIRE)", "        return q.inquire(pymqi.CMQC.MQIA_CURRENT_Q_DEPTH)", "    finally:", "        qmgr.disconnect()", "", "",
         "for name in (%s):" % ", ".join("'%s'" % rc(r, ["CLAIMS.IN", "PAY.REQ", "ACH.OUT", "DLQ", "SYSTEM.DEAD.LETTER.QUEUE"]) for _ in range(2)),
         "    print(name, depth(name))"]
    return rc(r, ["monitoring/mq_depth.py", "tools/qdepth.py"]), "py", "\n".join(L) + "\n"


def T_mq_spring(r, val, neg, ctx):
    L = ["spring.application.name=%s" % rc(r, ["claims-router", "payment-bridge", "ach-listener"]), "server.port=%d" % r.randint(8080, 8099), "",
         "ibm.mq.queue-manager=%s" % rc(r, ["QM1", "PQM1"]), "ibm.mq.channel=%s" % rc(r, ["APP.SVRCONN", "DEV.APP.SVRCONN"]),
         "ibm.mq.conn-name=%s(%d)" % (host(r), rc(r, [1414, 1415])), "ibm.mq.user=%s" % uid_lower(r), "ibm.mq.password=%s" % val,
         "ibm.mq.ssl-cipher-spec=%s" % rc(r, ["TLS_RSA_WITH_AES_256_CBC_SHA256", "ANY_TLS12_OR_HIGHER"]), "",
         "app.queue.in=%s" % rc(r, ["CLAIMS.IN", "PAY.REQ"]), "management.endpoints.web.exposure.include=health,info"]
    return rc(r, ["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), "properties", "\n".join(L) + "\n"


def T_mq_webuser(r, val, neg, ctx):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', "<server>", "    <featureManager>", "        <feature>appSecurity-2.0</feature>", "        <feature>basicAuthenticationMQ-1.0</feature>", "    </featureManager>",
         '    <enterpriseApplication id="com.ibm.mq.console">', "        <application-bnd>",
         '            <security-role name="MQWebAdmin">', '                <group name="MQWebAdminGroup" realm="defaultRealm"/>', "            </security-role>",
         "        </application-bnd>", "    </enterpriseApplication>",
         '    <basicRegistry id="basic" realm="defaultRealm">',
         '        <user name="%s" password="%s"/>' % (rc(r, ["mqadmin", "mqweb", "opsadmin"]), val),
         '        <group name="MQWebAdminGroup">', '            <member name="%s"/>' % rc(r, ["mqadmin", "mqweb"]), "        </group>", "    </basicRegistry>",
         '    <variable name="httpsPort" value="%d"/>' % rc(r, [9443, 9444]), "</server>"]
    return rc(r, ["mqweb/mqwebuser.xml", "config/mq/mqwebuser.xml"]), "xml", "\n".join(L) + "\n"


def T_x3270(r, val, neg, ctx):
    u = userid(r)
    L = ["# s3270 script: log on to TSO and run the report", "Connect(%s:%d)" % (host(r), rc(r, [23, 992, 3270])), "Wait(InputField)",
         'String("LOGON %s")' % u if r.random() < 0.5 else 'String("TSO")', "Enter()", "Wait(InputField)",
         'String("%s")' % u, "Enter()", "Wait(%d,InputField)" % rc(r, [5, 10]), 'String("%s")' % val, "Enter()",
         "Wait(Output)", "Ascii()", "Enter()", 'String("=3.4")', "Enter()", 'String("%s")' % rc(r, HLQS), "Enter()", "PrintText(file,/tmp/screen.txt)", "Disconnect()"]
    return rc(r, ["scripts/tso_logon.s3270", "x3270/logon.x3270", "automation/report.s3270"]), "s3270", "\n".join(L) + "\n"


def T_py3270(r, val, neg, ctx):
    pv = pyv(val, neg)
    L = ["from py3270 import Emulator", "", "HOST = '%s'" % host(r), "USER = '%s'" % userid(r), "SIGNON = %s" % pv, "", "",
         "def logon(em):", "    em.connect(HOST)", "    em.wait_for_field()", "    em.send_string('TSO')", "    em.send_enter()",
         "    em.wait_for_field()", "    em.send_string(USER)", "    em.send_enter()", "    em.wait_for_field()",
         "    em.send_string(SIGNON)", "    em.send_enter()", "    em.wait_for_field()", "", "",
         "if __name__ == '__main__':", "    em = Emulator(visible=False)", "    logon(em)",
         "    print(em.string_get(1, 2, 79))", "    em.terminate()"]
    return rc(r, ["screens/logon.py", "bots/tso_bot.py", "tn3270/automate.py"]), "py", "\n".join(L) + "\n"


def T_pcomm_mac(r, val, neg, ctx):
    L = ["[PCOMM SCRIPT HEADER]", "LANGUAGE=VBSCRIPT", "DESCRIPTION=%s" % rc(r, ["Logon CICS", "TSO signon", "Logon to IMS"]), "[PCOMM SCRIPT SOURCE]",
         "OPTION EXPLICIT", "autECLSession.SetConnectionByName(ThisSessionName)", "",
         "REM This line calls the macro subroutine", "subSub1_", "", "sub subSub1_()",
         '   autECLSession.autECLOIA.WaitForAppAvailable', '   autECLSession.autECLOIA.WaitForInputReady',
         '   autECLSession.autECLPS.SendKeys "%s"' % rc(r, ["cics", "L TSO", "logon applid(imsp)"]),
         '   autECLSession.autECLPS.SendKeys "[enter]"', '   autECLSession.autECLOIA.WaitForInputReady',
         '   autECLSession.autECLPS.SendKeys "%s"' % userid(r), '   autECLSession.autECLPS.SendKeys "[tab]"',
         '   autECLSession.autECLPS.SendKeys "%s"' % val, '   autECLSession.autECLOIA.WaitForInputReady',
         '   autECLSession.autECLPS.SendKeys "[enter]"', "end sub"]
    return rc(r, ["macros/logon.mac", "pcomm/%s.mac" % rc(r, ["tso", "cics", "ims"])]), "mac", "\r\n".join(L) + "\r\n"


def T_reflection_vba(r, val, neg, ctx):
    q = "" if (neg and val.startswith("InputBox")) else '"'
    L = ["Attribute VB_Name = \"Logon\"", "' Reflection for IBM - TSO logon macro", "Option Explicit", "",
         "Sub LogonTSO()", "    Dim osCurrentScreen As Screen", "    Dim rc As Integer", "    Dim pwd As String",
         "    Set osCurrentScreen = ThisIbmTerminal.Screen", "",
         "    pwd = %s%s%s" % (q, val, q),
         '    rc = osCurrentScreen.SendKeys("%s")' % userid(r), "    rc = osCurrentScreen.SendControlKey(ControlKeyCode_Tab)",
         "    rc = osCurrentScreen.SendKeys(pwd)", "    rc = osCurrentScreen.SendControlKey(ControlKeyCode_Transmit)",
         "    rc = osCurrentScreen.WaitForHostSettle(2000, 3000)", '    If osCurrentScreen.GetText(1, 2, 10) = "ISPF Prima" Then',
         '        Debug.Print "logged on"', "    End If", "End Sub"]
    return rc(r, ["macros/Logon.bas", "reflection/TSOLogon.bas"]), "vb", "\r\n".join(L) + "\r\n"


def T_bluezone(r, val, neg, ctx):
    L = ["' BlueZone Script Host - daily signon", "Set bzhao = CreateObject(\"BZWhll.WhllObj\")", "bzhao.Connect \"A\"",
         "bzhao.WaitReady 10, 1", 'bzhao.SendKey "%s"' % userid(r), 'bzhao.SendKey "<Tab>"', 'bzhao.SendKey "%s"' % val,
         'bzhao.SendKey "<Enter>"', "bzhao.WaitReady 10, 1", 'bzhao.SendKey "=3.4<Enter>"', "bzhao.WaitReady 10, 1",
         'bzhao.ReadScreen buf, 80, 1, 1', 'MsgBox Trim(buf)', "bzhao.Disconnect"]
    return rc(r, ["bluezone/signon.bzs", "scripts/bluezone/daily.bzs"]), "vbs", "\r\n".join(L) + "\r\n"


def T_qws(r, val, neg, ctx):
    L = ["; QWS3270 macro - connect and sign on", "CONNECT %s" % host(r), "WAIT 2", "WAITFOR \"%s\"" % rc(r, ["USERID", "ENTER USERID", "Userid"]),
         "SEND \"%s\"" % userid(r), "KEY TAB", "SEND \"%s\"" % val, "KEY ENTER", "WAIT 3", "SEND \"ISPF\"", "KEY ENTER"]
    return rc(r, ["qws3270/logon.mac", "emulator/qws_signon.scr"]), "mac", "\r\n".join(L) + "\r\n"


def T_hod_macro(r, val, neg, ctx):
    L = ['<HAScript name="%s" description="" timeout="60000" pausetime="300" promptall="true" author="%s" creationdate="%s" supressclearevents="false" usevars="false" ignorepauseforenhancedtn="true" delayifnotenhancedtn="0" blockinput="false">' % (rc(r, ["SignOn", "CICSLogon"]), rc(r, WORDS), "%02d/%02d/%d" % (r.randint(1, 12), r.randint(1, 28), r.randint(2012, 2024))),
         '    <screen name="Screen1" entryscreen="true" exitscreen="false" transient="false">', "        <description>", '            <oia status="NOTINHIBITED" optional="false" invertmatch="false" />', "        </description>",
         "        <actions>", '            <input value="%s" row="%d" col="%d" movecursor="true" xlatehostkeys="true" encrypted="false" />' % (userid(r), r.randint(5, 20), r.randint(10, 40)),
         '            <input value="%s" row="%d" col="%d" movecursor="true" xlatehostkeys="true" encrypted="false" />' % (val, r.randint(5, 20), r.randint(10, 40)),
         '            <input value="[enter]" row="0" col="0" movecursor="true" xlatehostkeys="true" encrypted="false" />',
         "        </actions>", '        <nextscreens timeout="0" >', '            <nextscreen name="Screen2" />', "        </nextscreens>", "    </screen>", "</HAScript>"]
    return rc(r, ["hod/macros/signon.mac", "HOD/%s.mac" % rc(r, ["signon", "cics"])]), "xml", "\n".join(L) + "\n"


def clq(v):
    return v if v.startswith(("&", "*")) else "'%s'" % v


def T_ibmi_addsvraute(r, val, neg, ctx):
    lib = rc(r, ["QGPL", "OPSLIB", "ACHLIB", "MFGUTIL"])
    u = userid(r, 10)
    L = ["/* Set up DDM/DRDA server auth entry for remote system */", "PGM", "  DCL VAR(&USR) TYPE(*CHAR) LEN(10) VALUE('%s')" % u,
         "  DCL VAR(&RMT) TYPE(*CHAR) LEN(18) VALUE('%s')" % rc(r, ["QDDMSERVER", "QDDMDRDASERVER", "S7850A1B"]),
         "  RMVSVRAUTE USRPRF(&USR) SERVER(&RMT)", "  MONMSG MSGID(CPF2204 CPF227F)",
         "  ADDSVRAUTE USRPRF(&USR) SERVER(&RMT) USRID(%s) PASSWORD(%s)" % (userid(r, 10), clq(val)),
         "  CHGJOB JOBPTY(5)", "  RUNSQLSTM SRCFILE(%s/QSQLSRC) SRCMBR(%s) COMMIT(*NONE)" % (lib, member(r)), "ENDPGM"]
    return rc(r, ["qclsrc/%s.clle" % member(r).lower(), "src/QCLSRC/%s.CLLE" % member(r)]), "cl", "\n".join(L) + "\n"


def T_ibmi_sbmjob(r, val, neg, ctx):
    L = ["PGM", "/* nightly: trigger the copy on the DR box */",
         "  DCL VAR(&DATE) TYPE(*CHAR) LEN(6)", "  RTVSYSVAL SYSVAL(QDATE) RTNVAR(&DATE)",
         "  SBMJOB CMD(RUNRMTCMD CMD('CALL PGM(%s/%s) PARM(''' *CAT &DATE *CAT ''')') +" % (rc(r, ["ACHLIB", "GLLIB"]), member(r)),
         "           RMTLOCNAME('%s' *IP) RMTUSER(%s) RMTPWD(%s)) +" % (host(r), userid(r, 10), clq(val)),
         "         JOB(%s) JOBQ(QBATCH) USER(%s)" % (member(r), userid(r, 10)),
         "  MONMSG MSGID(CPF0000) EXEC(SNDMSG MSG('remote copy submit failed') TOUSR(QSYSOPR))", "ENDPGM"]
    return rc(r, ["qclsrc/%s.clle" % member(r).lower(), "QCLSRC/%s.CLP" % member(r)]), "cl", "\n".join(L) + "\n"


def T_ibmi_chgusrprf(r, val, neg, ctx):
    L = ["/* reset the service profile after quarterly rotation */", "PGM", "  CHGUSRPRF USRPRF(%s) PASSWORD(%s) PWDEXP(*NO) STATUS(*ENABLED)" % (userid(r, 10), val),
         "  GRTOBJAUT OBJ(%s/*ALL) OBJTYPE(*FILE) USER(%s) AUT(*USE)" % (rc(r, ["ACHLIB", "GLLIB"]), userid(r, 10)), "  MONMSG MSGID(CPF0000)", "ENDPGM"]
    return rc(r, ["qclsrc/rstprf.clle", "QCLSRC/%s.CLLE" % member(r)]), "cl", "\n".join(L) + "\n"


def T_ibmi_odbc_cs(r, val, neg, ctx):
    cls = rc(r, ["InventorySync", "OrderImport", "Db2iReader"])
    L = ["using System;", "using System.Data.Odbc;", "", "namespace %s.Integration" % rc(r, ["Acme", "Harbor", "Meridian"]), "{", "    public static class %s" % cls, "    {",
         '        private const string ConnStr = "Driver={%s};System=%s;Uid=%s;Pwd=%s;DefaultLibraries=%s;Naming=1;";' % (rc(r, ["iSeries Access ODBC Driver", "IBM i Access ODBC Driver", "Client Access ODBC Driver (32-bit)"]), host(r), userid(r, 10), val, rc(r, ["ACHLIB", "MFGDTA", "ORDLIB"])),
         "", "        public static int CountOpenOrders()", "        {", "            using var conn = new OdbcConnection(ConnStr);", "            conn.Open();",
         '            using var cmd = new OdbcCommand("SELECT COUNT(*) FROM ORDHDR WHERE OHSTS = \'O\'", conn);', "            return Convert.ToInt32(cmd.ExecuteScalar());", "        }", "    }", "}"]
    return "src/%s.cs" % cls, "cs", "\n".join(L) + "\n"


def T_ibmi_as400_java(r, val, neg, ctx):
    v = jv(val, neg)
    L = ["import com.ibm.as400.access.AS400;", "import com.ibm.as400.access.CommandCall;", "import com.ibm.as400.access.AS400Message;", "",
         "public class RunCl {", "    public static void main(String[] args) throws Exception {",
         '        AS400 sys = new AS400("%s", "%s", %s);' % (host(r), userid(r, 10), v),
         '        CommandCall cmd = new CommandCall(sys);', '        boolean ok = cmd.run("%s");' % rc(r, ["CLRPFM FILE(ACHLIB/ACHWRK)", "CALL PGM(GLLIB/GLPOST)", "WRKACTJOB"]),
         "        for (AS400Message m : cmd.getMessageList()) {", '            System.out.println(m.getID() + " " + m.getText());', "        }",
         "        sys.disconnectAllServices();", "        System.exit(ok ? 0 : 1);", "    }", "}"]
    return "src/main/java/RunCl.java", "java", "\n".join(L) + "\n"


def T_ibmi_itoolkit(r, val, neg, ctx):
    v = val if (neg and val.startswith("process.")) else "'%s'" % val
    L = ["const { Connection, CommandCall } = require('itoolkit');", "const { XMLParser } = require('fast-xml-parser');", "",
         "const conn = new Connection({", "  transport: 'ssh',", "  transportOptions: {",
         "    host: '%s'," % host(r), "    username: '%s'," % uid_lower(r).upper()[:10], "    password: %s," % v, "  },", "});", "",
         "const cmd = new CommandCall({ type: 'cl', command: 'RTVJOBA USRLIBL(?)' });", "conn.add(cmd);",
         "conn.run((error, xml) => {", "  if (error) throw error;", "  const result = new XMLParser().parse(xml);", "  console.log(JSON.stringify(result, null, 2));", "});"]
    return rc(r, ["src/ibmi.js", "lib/itoolkit-client.js"]), "js", "\n".join(L) + "\n"


def T_ibmi_pyodbc(r, val, neg, ctx):
    pv = pyv(val, neg)
    L = ["import pyodbc", "", "conn = pyodbc.connect(", "    driver='{IBM i Access ODBC Driver}',", "    system='%s'," % host(r),
         "    uid='%s'," % userid(r, 10), "    pwd=%s," % pv, "    dbq='%s'," % rc(r, ["ACHLIB", "MFGDTA"]), ")", "cur = conn.cursor()",
         "cur.execute(\"SELECT JOB_NAME, SUBSYSTEM FROM TABLE(QSYS2.ACTIVE_JOB_INFO()) X FETCH FIRST 20 ROWS ONLY\")",
         "for row in cur:", "    print(row.JOB_NAME, row.SUBSYSTEM)", "conn.close()"]
    return rc(r, ["scripts/ibmi_jobs.py", "ibmi/active_jobs.py"]), "py", "\n".join(L) + "\n"


def T_ctm_profile(r, val, neg, ctx):
    name = rc(r, ["MF_SFTP", "ZOS_FTP", "AS400_FT"]) + str(r.randint(1, 9))
    doc = {name: {"Type": "ConnectionProfile:FileTransfer:FTP", "TargetAgent": rc(r, ["ctmagent01", "ctm-ag-prod"]),
                  "TargetCTM": rc(r, ["CTMPROD", "ctm-server"]), "HostName": host(r), "Port": "21",
                  "User": userid(r), "Password": val, "HomeDirectory": "/", "OsType": rc(r, ["MVS", "Unix"])}}
    return rc(r, ["controlm/connection_profiles.json", "ctm/profiles/%s.json" % name.lower()]), "json", json.dumps(doc, indent=rc(r, [2, 4])) + "\n"


def T_ctm_cli(r, val, neg, ctx):
    q = '"' if (neg and val.startswith("$")) else "'"
    L = ["#!/bin/bash", "# deploy job definitions to Control-M", "ctm env add prod https://%s:8443/automation-api %s %s%s%s" % (host(r), rc(r, ["emuser", "ctmadmin", uid_lower(r)]), q, val, q),
         "ctm env set prod", "ctm build jobs/%s.json" % rc(r, WORDS), "ctm deploy jobs/%s.json" % rc(r, WORDS), "ctm run order %s '*' -e prod" % rc(r, ["CTMPROD", "ctm-server"])]
    return rc(r, ["ci/ctm_deploy.sh", "controlm/deploy.sh"]), "sh", "\n".join(L) + "\n"


def T_tws_user(r, val, neg, ctx):
    ws = rc(r, ["WINFTA01", "LNXFTA", "MDM", "AIXFTA3"])
    L = ["# IWS composer user definitions - load with: composer replace users.txt",
         "USERNAME %s#%s" % (ws, rc(r, ["twsuser", "svc_batch", "Administrator"])), "  PASSWORD \"%s\"" % val, "END", "",
         "CPUNAME %s" % ws, "  OS %s" % rc(r, ["WNT", "UNIX"]), "  NODE %s TCPADDR 31111" % host(r), "  FOR MAESTRO", "    TYPE FTA", "    AUTOLINK ON", "END"]
    return rc(r, ["tws/users.txt", "iws/defs/users.def"]), "txt", "\n".join(L) + "\n"


def T_ansible_vars(r, val, neg, ctx):
    q = rc(r, ["'", '"'])
    vv = val if neg and val.startswith(("!vault", "{{")) else "%s%s%s" % (q, val, q)
    if neg and val.startswith("!vault"):
        vv = val
    L = ["---", "ansible_host: %s" % host(r), "ansible_user: %s" % userid(r).lower(), "ansible_password: %s" % vv,
         "ansible_python_interpreter: /usr/lpp/IBM/cyp/v3r11/pyz/bin/python3", "", "environment_vars:",
         "  _BPXK_AUTOCVT: \"ON\"", "  ZOAU_HOME: /usr/lpp/IBM/zoautil", "  LIBPATH: \"/usr/lpp/IBM/zoautil/lib/:/usr/lpp/IBM/cyp/v3r11/pyz/lib:/lib:/usr/lib:.\"",
         "  _CEE_RUNOPTS: \"FILETAG(AUTOCVT,AUTOTAG) POSIX(ON)\"", "  _TAG_REDIR_IN: txt", "  _TAG_REDIR_OUT: txt", "  LANG: C"]
    return rc(r, ["inventories/prod/host_vars/zvm1.yml", "host_vars/%s.yml" % rc(r, ["zos_host", "sysa", "lpar1"])]), "yaml", "\n".join(L) + "\n"


def T_ansible_tso(r, val, neg, ctx):
    u = userid(r)
    L = ["---", "- name: Reset service id", "  hosts: zos_host", "  collections:", "    - ibm.ibm_zos_core", "  gather_facts: false", "  environment: \"{{ environment_vars }}\"", "  tasks:",
         "    - name: Reset password", "      zos_tso_command:", "        commands:",
         "          - ALTUSER %s PASSWORD(%s) NOEXPIRED RESUME" % (u, val), "          - LISTUSER %s" % u, "      register: out", "",
         "    - name: Show output", "      debug:", "        var: out.output[1].content"]
    return rc(r, ["playbooks/reset_svcid.yml", "ansible/zos_reset_user.yml"]), "yaml", "\n".join(L) + "\n"


def T_endevor(r, val, neg, ctx):
    q = '"' if (neg and val.startswith("$")) else "'"
    L = ["#!/bin/sh", "# retrieve elements from Endevor for the build", "EUSER=%s" % userid(r), "EPASS=%s%s%s" % (q, val, q),
         "zowe endevor retrieve element %s --env %s --sn %s --sys %s --sub %s --typ COBOL \\" % (member(r), rc(r, ["PRD", "QAS", "DEV"]), r.randint(1, 2), rc(r, ["FINANCE", "CLAIMS"]), rc(r, ["GL", "AP", "INTAKE"])),
         "  --host %s --port %d --protocol https --base-path EndevorService/api/v2 \\" % (host(r), rc(r, [9090, 8080])),
         "  --instance ENDEVOR --user $EUSER --password $EPASS --to-file build/src/%s.cbl" % rc(r, WORDS)]
    return rc(r, ["scripts/endevor_retrieve.sh", "build/pull-elements.sh"]), "sh", "\n".join(L) + "\n"


def T_changeman(r, val, neg, ctx):
    pv = pyv(val, neg)
    L = ['"""Promote a ChangeMan ZMF package through the REST services."""', "import requests", "",
         "ZMF = 'https://%s:%d/zmfrest'" % (host(r), rc(r, [8443, 9443])), "AUTH = ('%s', %s)" % (userid(r), pv), "", "",
         "def promote(pkg, site, level):", "    body = {'package': pkg, 'promotionSiteName': site, 'promotionLevel': level}",
         "    r = requests.put(f'{ZMF}/package/promote', data=body, auth=AUTH, verify=False)", "    r.raise_for_status()", "    return r.json()", "", "",
         "if __name__ == '__main__':", "    print(promote('%s%06d', '%s', %d))" % (rc(r, ["FIN", "CLM", "ACH"]), r.randint(1, 999999), rc(r, ["SITE1", "PRODLPAR"]), r.randint(10, 40))]
    return rc(r, ["tools/zmf_promote.py", "changeman/promote.py"]), "py", "\n".join(L) + "\n"


def T_netrc(r, val, neg, ctx):
    L = ["machine %s login %s password %s" % (host(r), rc(r, [userid(r), uid_lower(r)]), val)]
    for _ in range(r.randint(0, 2)):
        L.append(rc(r, ["machine %s login anonymous password %s@" % (host(r), rc(r, ["ops", "batch"])),
                        "machine %s login %s" % (host(r), userid(r)),
                        "default login anonymous password guest"]))
    if r.random() < 0.4:
        L.insert(0, "# NETRC for batch FTP (copy to %s.NETRC)" % userid(r))
    if r.random() < 0.5:
        L = [ln.replace(" login ", "\n  login ").replace(" password ", "\n  password ") for ln in L]
    return rc(r, ["ftp/netrc", "config/mvs.netrc", "deploy/netrc.mvs", "NETRC"]), "netrc", "\n".join(L) + "\n"


def T_ftplib_jes(r, val, neg, ctx):
    pv = pyv(val, neg)
    L = ["from ftplib import FTP", "import io", "import sys", "", "HOST = '%s'" % host(r), "", "",
         "def submit(path):", "    ftp = FTP(HOST, timeout=60)", "    ftp.login('%s', %s)" % (userid(r), pv),
         "    ftp.sendcmd('SITE FILETYPE=JES')", "    with open(path, 'rb') as fh:", "        resp = ftp.storlines('STOR %s.jcl' % 'job', fh)",
         "    print(resp)", "    ftp.quit()", "", "", "if __name__ == '__main__':", "    submit(sys.argv[1])"]
    return rc(r, ["tools/jes_submit.py", "scripts/ftp_submit.py"]), "py", "\n".join(L) + "\n"


def T_tnz(r, val, neg, ctx):
    pv = pyv(val, neg)
    L = ["from tnz.ati import ati", "", "ati.set('ONERROR', '1')", "ati.set('SESSION_HOST', '%s')" % host(r), "ati.set('SESSION_PORT', '%d')" % rc(r, [992, 23]),
         "ati.set('SESSION', 'A')", "ati.wait(lambda: ati.scrhas('LOGON'))", "ati.send('LOGON %s[enter]')" % userid(r),
         "ati.wait(lambda: ati.scrhas('Password'))", "ati.send(%s + '[enter]')" % pv, "ati.wait(lambda: ati.scrhas('READY'))", "ati.send('ISPF[enter]')"]
    return rc(r, ["ati/logon.py", "tnz/signon_ati.py"]), "py", "\n".join(L) + "\n"


# Binary templates ----------------------------------------------------------
def T_gskit_sth(r, val, neg, ctx):
    enc = bytes((ord(c) ^ 0xF5) for c in val)
    pad = bytes([0xF5]) + bytes(r.getrandbits(8) for _ in range(1024 - len(enc) - 1))
    ctx.needle = enc.hex()
    ctx.binary = enc + pad
    return rc(r, ["ssl/key.sth", "mq/qmgrs/QM1/ssl/key.sth", "certs/%s.sth" % rc(r, ["client", "keystore", "mqclient"])]), "binary", None


def T_ebcdic_jcl(r, val, neg, ctx):
    rel, ft, text = T_jcl_jobcard(r, val, neg, ctx)
    recs = b""
    for ln in text.rstrip("\n").split("\n"):
        recs += ln[:80].ljust(80).encode("cp037")
    ctx.binary = recs
    if not neg:
        ctx.needle = val.encode("cp037").hex()
    return rc(r, ["xmit/%s.bin" % jobname(r).lower(), "datasets/%s.CNTL.bin" % rc(r, HLQS)]), "binary", None


# ----------------------------------------------------------------------------- template table
NEG_JCL = ["&PW", "&PASSWD", "&SYSPW", "********", "%%FTPPW", "XXXXXXXX"]
NEG_SH = ["$ZOWE_OPT_PASSWORD", "${DB2_PASSWORD}", "$(vault kv get -field=password secret/zos/batch)", "<password>", "${MF_PASS:?not set}", "changeme"]
NEG_JSON = ["", "<your-password>", "${ZOWE_PASSWORD}", "********", "REPLACE_ME"]
NEG_PY = ["os.environ['ZOS_PASSWORD']", "os.getenv('MF_PW')", "'<password>'", "''", "os.environ.get('DB2_PWD', '')"]
NEG_JAVA = ['System.getenv("MF_PASSWORD")', 'System.getProperty("db2.password")', '"<password>"', '""']
NEG_PROP = ["${MQ_PASSWORD}", "${vcap.services.mq.credentials.password}", "", "<set-me>", "${DB2_PW:}"]
NEG_XML = ["${env.CICS_PASSWORD}", "", "********", "${cics.password}"]
NEG_MACRO = ["", "<password>", "********"]
NEG_GEN = ["<password>", "********", "changeme", "", "xxxxxxxx", "REPLACE_ME"]

# name, fn, generator, negs, provider, kind
TEMPLATES = [
    ("jcl_ftp_input", T_jcl_ftp, lambda r: rc(r, [pw_racf, pw_human, pw_gen])(r) if True else None, NEG_JCL, "ibm-zos-jcl", "ftp_password"),
    ("jcl_jobcard_password", T_jcl_jobcard, pw_racf, NEG_JCL, "ibm-zos-jcl", "racf_password"),
    ("jcl_ikjeft01_altuser", T_jcl_racf_altuser, pw_racf, ["&NEWPW", "********", "&PW"], "ibm-racf", "racf_password"),
    ("racf_phrase_deck", T_racf_phrase, pw_phrase, ["&PHRASE", "<new phrase here>", "********"], "ibm-racf", "racf_password_phrase"),
    ("rexx_adduser", T_rexx_adduser, pw_racf, ["", "********"], "ibm-racf", "racf_password"),
    ("rexx_ftp_queue", T_rexx_ftp, lambda r: rc(r, [pw_human, pw_gen, pw_racf])(r), ["", "********", "<ftp password>"], "ibm-zos-ftp", "ftp_password"),
    ("clist_ftp", T_clist_ftp, pw_racf, ["&SYSPW", "&PASS", "********"], "ibm-tso-clist", "ftp_password"),
    ("rexx_submit_jobcard", T_rexx_submit, pw_racf, ["", "********"], "ibm-zos-jcl", "racf_password"),
    ("zowe_team_config", T_zowe_config, lambda r: rc(r, [pw_racf, pw_phrase, pw_human])(r), NEG_JSON, "zowe", "password"),
    ("zowe_user_config", T_zowe_config_user, lambda r: rc(r, [pw_racf, pw_phrase, pw_human])(r), NEG_JSON, "zowe", "password"),
    ("zowe_apiml_token", T_zowe_jwt, lambda r: make_jwt(r, userid(r)), [None], "zowe-apiml", "jwt"),
    ("zowe_v1_profile", T_zowe_v1_profile, lambda r: rc(r, [pw_racf, pw_human])(r), NEG_JSON, "zowe", "password"),
    ("zowe_cli_shell", T_zowe_cli_sh, lambda r: rc(r, [pw_racf, pw_human, pw_gen])(r), NEG_SH, "zowe", "password"),
    ("zowe_github_actions", T_zowe_gha, lambda r: rc(r, [pw_racf, pw_human])(r), ["${{ secrets.ZOWE_PASSWORD }}", "${{ secrets.MF_PASS }}"], "zowe", "password"),
    ("zosmf_curl", T_zosmf_curl, lambda r: rc(r, [pw_racf, pw_human])(r), ["$ZOSMF_PASS", "${PW}"], "ibm-zosmf", "password"),
    ("zosmf_requests", T_zosmf_requests, lambda r: rc(r, [pw_racf, pw_human, pw_gen])(r), ["os.environ['ZOSMF_PASSWORD']", "os.getenv('ZPW')"], "ibm-zosmf", "password"),
    ("zosmf_http_basic", T_zosmf_http, lambda r: rc(r, [pw_racf, pw_human])(r), ["{{zosmf_basic}}", "{{$dotenv ZOSMF_AUTH}}"], "ibm-zosmf", "basic_auth"),
    ("zosmf_ltpa_cookie", T_zosmf_ltpa, make_ltpa, ["<paste LtpaToken2 from browser>", "$LTPA"], "ibm-zosmf", "ltpa_token"),
    ("liberty_cics_jca", T_liberty_cics, lambda r: rc(r, [pw_racf, pw_gen])(r), NEG_XML, "ibm-cics", "password"),
    ("ctg_eci_java", T_cics_eci_java, pw_racf, NEG_JAVA, "ibm-cics", "password"),
    ("ims_jdbc_url", T_ims_jdbc, pw_racf, ["${IMS_PASSWORD}", "<pw>"], "ibm-ims", "password"),
    ("ims_connect_java", T_ims_connect_java, pw_racf, NEG_JAVA, "ibm-ims", "password"),
    ("db2cli_ini", T_db2cli_ini, lambda r: rc(r, [pw_racf, pw_gen, pw_human])(r), ["", "<password>", "********"], "ibm-db2", "password"),
    ("db2dsdriver_cfg", T_db2dsdriver, lambda r: rc(r, [pw_racf, pw_alnum])(r), ["", "********"], "ibm-db2", "password"),
    ("db2_clp_connect", T_db2_clp, lambda r: rc(r, [pw_racf, pw_alnum])(r), ["$PW", "&1", "?"], "ibm-db2", "password"),
    ("db2_shell_connect", T_db2_shell, lambda r: rc(r, [pw_human, pw_gen])(r), ["$DB2_PW", "$(cat /etc/db2/.pw)"], "ibm-db2", "password"),
    ("db2_jdbc_java", T_db2_jdbc, lambda r: rc(r, [pw_racf, pw_gen])(r), NEG_JAVA, "ibm-db2", "password"),
    ("db2_python_ibm_db", T_db2_ibm_db, lambda r: rc(r, [pw_gen, pw_human])(r), ["{pw}", "<password>", "******"], "ibm-db2", "password"),
    ("db2z_cdb_usernames", T_db2_usernames, pw_racf, ["", "&PW"], "ibm-db2", "password"),
    ("db2_fed_user_mapping", T_db2_usermapping, lambda r: rc(r, [pw_racf, pw_human])(r), ["", "<remote pw>"], "ibm-db2", "password"),
    ("mq_jms_java", T_mq_jms, lambda r: rc(r, [pw_gen, pw_human])(r), NEG_JAVA, "ibm-mq", "password"),
    ("mq_pymqi", T_mq_pymqi, lambda r: rc(r, [pw_gen, pw_human])(r), ["os.environ['MQ_PASSWORD']", "None"], "ibm-mq", "password"),
    ("mq_spring_props", T_mq_spring, lambda r: rc(r, [pw_gen, pw_human, pw_alnum])(r), NEG_PROP, "ibm-mq", "password"),
    ("mq_mqwebuser_xml", T_mq_webuser, lambda r: rc(r, [pw_gen, pw_human])(r) if r.random() < 0.75 else xor_enc(pw_human(r)), [lambda r: "{hash}" + base64.b64encode(b"\x01\x30\x00\x00\x00\x08" + bytes(r.getrandbits(8) for _ in range(r.choice([40, 56])))).decode(), "${env.MQ_ADMIN_PASSWORD}"], "ibm-mq", "password"),
    ("x3270_script", T_x3270, pw_racf, NEG_MACRO, "3270-emulator", "tso_logon_password"),
    ("py3270_logon", T_py3270, pw_racf, ["os.environ['TSO_PW']", "getpass.getpass()"], "3270-emulator", "tso_logon_password"),
    ("pcomm_mac", T_pcomm_mac, pw_racf, NEG_MACRO, "3270-emulator", "tso_logon_password"),
    ("reflection_vba", T_reflection_vba, pw_racf, ['InputBox("Password:")', ""], "3270-emulator", "tso_logon_password"),
    ("bluezone_script", T_bluezone, pw_racf, NEG_MACRO, "3270-emulator", "tso_logon_password"),
    ("qws3270_macro", T_qws, pw_racf, NEG_MACRO, "3270-emulator", "tso_logon_password"),
    ("hod_macro_xml", T_hod_macro, pw_racf, NEG_MACRO, "3270-emulator", "tso_logon_password"),
    ("ibmi_cl_addsvraute", T_ibmi_addsvraute, pw_ibmi, ["&PWD", "&PW"], "ibm-i", "password"),
    ("ibmi_cl_sbmjob_rmtpwd", T_ibmi_sbmjob, pw_ibmi, ["*NONE", "&RPWD"], "ibm-i", "password"),
    ("ibmi_cl_chgusrprf", T_ibmi_chgusrprf, pw_ibmi, ["*NONE"], "ibm-i", "password"),
    ("ibmi_odbc_csharp", T_ibmi_odbc_cs, lambda r: rc(r, [pw_ibmi, pw_human])(r), ["", "{0}", "********"], "ibm-i", "password"),
    ("ibmi_as400_java", T_ibmi_as400_java, pw_ibmi, NEG_JAVA, "ibm-i", "password"),
    ("ibmi_itoolkit_node", T_ibmi_itoolkit, lambda r: rc(r, [pw_ibmi, pw_gen])(r), ["process.env.IBMI_PASSWORD", "process.env.PASS"], "ibm-i", "password"),
    ("ibmi_pyodbc", T_ibmi_pyodbc, lambda r: rc(r, [pw_ibmi, pw_human])(r), ["os.environ['IBMI_PWD']", "os.getenv('AS400_PW')"], "ibm-i", "password"),
    ("controlm_conn_profile", T_ctm_profile, lambda r: rc(r, [pw_racf, pw_human, pw_gen])(r), ["%%FTP_PASSWORD", "*****", ""], "control-m", "password"),
    ("controlm_cli_env", T_ctm_cli, lambda r: rc(r, [pw_human, pw_gen])(r), ["$CTM_PASSWORD", "${CTM_PW}"], "control-m", "password"),
    ("tws_composer_user", T_tws_user, lambda r: rc(r, [pw_human, pw_gen])(r), ["********", ""], "ibm-workload-scheduler", "password"),
    ("ansible_zos_host_vars", T_ansible_vars, lambda r: rc(r, [pw_racf, pw_human])(r), ["{{ vault_zos_password }}", "{{ lookup('env', 'ZOS_PW') }}"], "ansible-ibm-zos", "password"),
    ("ansible_zos_tso_altuser", T_ansible_tso, pw_racf, ["{{ new_pw }}", "********"], "ansible-ibm-zos", "racf_password"),
    ("endevor_cli", T_endevor, lambda r: rc(r, [pw_racf, pw_human])(r), ["$ENDEVOR_PASSWORD", "${EPW}"], "broadcom-endevor", "password"),
    ("changeman_rest", T_changeman, lambda r: rc(r, [pw_racf, pw_human])(r), ["os.environ['ZMF_PW']", "os.getenv('ZMF_PASSWORD')"], "changeman-zmf", "password"),
    ("netrc_mvs", T_netrc, lambda r: rc(r, [pw_racf, pw_human])(r), ["", "********"], "ibm-zos-ftp", "ftp_password"),
    ("python_ftplib_jes", T_ftplib_jes, lambda r: rc(r, [pw_racf, pw_human])(r), ["getpass.getpass()", "os.environ['MVS_PW']"], "ibm-zos-ftp", "ftp_password"),
    ("tnz_ati_logon", T_tnz, pw_racf, ["os.environ['TSO_PASSWORD']", "os.getenv('PW')"], "3270-emulator", "tso_logon_password"),
    ("gskit_stash_binary", T_gskit_sth, lambda r: rc(r, [pw_gen, pw_human])(r), None, "ibm-gskit", "stash_file_password"),
    ("ebcdic_jcl_binary", T_ebcdic_jcl, pw_racf, NEG_JCL, "ibm-zos-jcl", "racf_password"),
]


# ----------------------------------------------------------------------------- look-alike negatives
def N_passticket_rexx(r):
    L = ["/* REXX - generate a PassTicket for the application (R_GenSec) */",
         "/* No password involved: the secured signon key lives in RACF PTKTDATA */",
         "parse arg applname userid .", "if applname = '' then applname = '%s'" % rc(r, ["CICSPRD1", "IMSPAPPL", "ZOSMFAPL", "MQWEB"]),
         "if userid = '' then userid = userid()",
         "func = 'IRRSGS00'", "ptkt = ''",
         "address LINKPGM 'IRRSPK00 workarea alet1 saf_rc alet2 racf_rc alet3 racf_rsn",
         "    option_word ticket_area ticket_options userid applname'",
         "say 'SAF RC='saf_rc 'RACF RC='racf_rc 'RSN='racf_rsn", "exit saf_rc"]
    return "rexx/ptkt.rexx", "rexx", L, "ibm-racf", "passticket_code"


def N_passticket_c(r):
    L = ["#include <stdio.h>", "#include <string.h>", "/* PassTicket generation via __passwd_applid is not used; we call IRRSPK00 */",
         "#pragma linkage(IRRSPK00, OS)", "extern void IRRSPK00();", "",
         "int gen_ticket(const char *user, const char *appl, char ticket[9]) {",
         "    int work[256]; int alet = 0, saf_rc = 0, racf_rc = 0, racf_rsn = 0;", "    int option = 3; /* generate */",
         "    struct { int len; char *p; } tk = { 8, ticket };", "    char u[9], a[9];",
         "    memset(u, ' ', 8); memcpy(u, user, strlen(user)); u[8] = 0;", "    memset(a, ' ', 8); memcpy(a, appl, strlen(appl)); a[8] = 0;",
         "    IRRSPK00(work, &alet, &saf_rc, &alet, &racf_rc, &alet, &racf_rsn, &option, &tk, NULL, u, a);",
         "    ticket[8] = 0;", "    return saf_rc;", "}"]
    return "src/c/ptkt.c", "c", L, "ibm-racf", "passticket_code"


def N_racdcert(r):
    ring = rc(r, ["ZOWERING", "MQRING", "CICSRING", "IZUKeyring.IZUDFLT"])
    u = userid(r)
    L = ["/* keyring setup for %s */" % u,
         "RACDCERT ID(%s) ADDRING(%s)" % (u, ring),
         "RACDCERT ID(%s) GENCERT SUBJECTSDN(CN('%s') OU('%s') O('%s') C('%s')) -" % (u, host(r), rc(r, ["ZOWE", "MQ", "CICS"]), rc(r, ["ACME INS", "NORTHBANK"]), ctry(r)),
         "  SIZE(2048) SIGNWITH(CERTAUTH LABEL('%s CA')) WITHLABEL('%s') NOTAFTER(DATE(%d-12-31))" % (rc(r, ["CORP", "ZOS"]), rc(r, ["ZoweCert", "MQCert", "CICSCert"]), r.randint(2026, 2030)),
         "RACDCERT ID(%s) CONNECT(ID(%s) LABEL('%s') RING(%s) USAGE(PERSONAL) DEFAULT)" % (u, u, rc(r, ["ZoweCert", "MQCert"]), ring),
         "RACDCERT ID(%s) CONNECT(CERTAUTH LABEL('%s CA') RING(%s))" % (u, rc(r, ["CORP", "ZOS"]), ring),
         "PERMIT IRR.DIGTCERT.LISTRING CLASS(FACILITY) ID(%s) ACCESS(READ)" % u,
         "SETROPTS RACLIST(DIGTCERT DIGTRING FACILITY) REFRESH",
         "RACDCERT ID(%s) LISTRING(%s)" % (u, ring)]
    return "racf/keyring_%s.racf" % ring.lower().split(".")[0], "racf", L, "ibm-racf", "keyring_commands"


def N_listuser(r):
    u = userid(r)
    L = ["USER=%s  NAME=%s SERVICE  OWNER=SECADM  CREATED=%02d.%03d" % (u, rc(r, WORDS).upper(), r.randint(15, 25), r.randint(1, 365)),
         " DEFAULT-GROUP=%s PASSDATE=%02d.%03d PASS-INTERVAL=%d PHRASEDATE=N/A" % (rc(r, ["BATCH", "OPSGRP"]), r.randint(20, 25), r.randint(1, 365), rc(r, [30, 90, 180])),
         " PASSWORD ENVELOPED=NO", " ATTRIBUTES=PROTECTED" if r.random() < 0.5 else " ATTRIBUTES=NONE", " REVOKE DATE=NONE   RESUME DATE=NONE",
         " LAST-ACCESS=%02d.%03d/%02d:%02d:%02d" % (r.randint(20, 25), r.randint(1, 365), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
         " CLASS AUTHORIZATIONS=NONE", " NO-INSTALLATION-DATA", " NO-MODEL-NAME", " LOGON ALLOWED   (DAYS)          (TIME)",
         " ---------------------------------------------", " ANYDAY                          ANYTIME",
         "  GROUP=%s  AUTH=USE  CONNECT-OWNER=SECADM  CONNECT-DATE=%02d.%03d" % (rc(r, ["BATCH", "OPSGRP"]), r.randint(15, 25), r.randint(1, 365)),
         "    CONNECTS=    %05d  UACC=NONE  LAST-CONNECT=UNKNOWN" % r.randint(0, 99999), "    CONNECT ATTRIBUTES=NONE", "    REVOKE DATE=NONE   RESUME DATE=NONE"]
    return "docs/racf/listuser_%s.txt" % u.lower(), "txt", L, "ibm-racf", "listuser_output"


def N_joblog(r):
    job = jobname(r)
    jid = "JOB%05d" % r.randint(10000, 99999)
    u = userid(r)
    hh = r.randint(0, 23)
    L = ["                         J E S 2  J O B  L O G  --  S Y S T E M  %s  --  N O D E  %s" % (rc(r, ["SYSA", "PRD1", "ZOS2"]), rc(r, ["N1", "PLEX1"])), "",
         "%02d.%02d.%02d %s ---- %s, %02d %s %d ----" % (hh, r.randint(0, 59), r.randint(0, 59), jid, rc(r, ["MONDAY", "TUESDAY", "FRIDAY"]), r.randint(1, 28), rc(r, ["JAN", "MAR", "SEP"]), r.randint(2022, 2025)),
         "%02d.%02d.%02d %s  IRR010I  USERID %s   IS ASSIGNED TO THIS JOB." % (hh, r.randint(0, 59), r.randint(0, 59), jid, u),
         "%02d.%02d.%02d %s  $HASP373 %s STARTED - INIT %d    - CLASS A        - SYS %s" % (hh, r.randint(0, 59), r.randint(0, 59), jid, job, r.randint(1, 40), rc(r, ["SYSA", "PRD1"])),
         "%02d.%02d.%02d %s  -                                      --TIMINGS (MINS.)--" % (hh, r.randint(0, 59), r.randint(0, 59), jid),
         "%02d.%02d.%02d %s  -JOBNAME  STEPNAME PROCSTEP    RC   EXCP    CPU    SRB  CLOCK" % (hh, r.randint(0, 59), r.randint(0, 59), jid),
         "%02d.%02d.%02d %s  -%-8s FTPSTEP              00    %4d    .00    .00     .0" % (hh, r.randint(0, 59), r.randint(0, 59), jid, job, r.randint(20, 900)),
         "%02d.%02d.%02d %s  $HASP395 %s ENDED - RC=0000" % (hh, r.randint(0, 59), r.randint(0, 59), jid, job),
         "------ JES2 JOB STATISTICS ------", "        1 //%s JOB (ACCT),'NIGHTLY',CLASS=A,MSGCLASS=X," % job,
         "          //             USER=%s,PASSWORD=" % u, "        2 //FTPSTEP  EXEC PGM=FTP,PARM='%s (EXIT'" % host(r),
         "EZA1736I FTP %s (EXIT" % host(r), "EZA1554I Connecting to:  %s 21" % host(r), "220 FTP server ready", "EZA1701I >>> USER %s" % userid(r),
         "331 Password required", "EZA1701I >>> PASS ********", "230 User logged in", "EZA1701I >>> STOR %s.dat" % rc(r, WORDS), "226 Transfer complete",
         "EZA1617I %d bytes transferred in %d.%03d seconds" % (r.randint(1000, 99999999), r.randint(0, 9), r.randint(0, 999)), "EZA1701I >>> QUIT", "221 Goodbye"]
    return "logs/%s_%s.txt" % (job.lower(), jid.lower()), "txt", L, "ibm-zos-jes", "masked_job_output"


def N_volsers(r):
    L = ["# DASD volume inventory exported from ISMF (%s)" % rc(r, ["SYSA", "PLEX1"]), "VOLSER,DEVTYPE,STORGRP,FREE_CYL,FREE_PCT,SMS"]
    for _ in range(r.randint(12, 40)):
        L.append("%s%s,%s,%s,%d,%d,%s" % (rc(r, ["PRD", "WRK", "DB2", "SMS", "PAG", "SPL"]), hexs(r, 3), rc(r, ["3390-9", "3390-27", "3390-54", "3390-A"]), rc(r, ["SGPROD", "SGDB2", "SGWORK", "SGTEMP"]), r.randint(10, 60000), r.randint(1, 99), rc(r, ["Y", "N"])))
    return "inventory/volumes.csv", "csv", L, "ibm-zos-storage", "volser_list"


def N_idcams(r):
    job = jobname(r)
    L = [jobcard(r, job)] + jcl_comments(r) + ["//DEFINE   EXEC PGM=IDCAMS", "//SYSPRINT DD SYSOUT=*", "//SYSIN    DD *"]
    for _ in range(r.randint(1, 3)):
        c = dsn(r, 4)
        L += ["  DEFINE CLUSTER (NAME(%s) -" % c, "    INDEXED KEYS(%d 0) RECORDSIZE(%d %d) -" % (r.randint(8, 40), r.randint(80, 200), r.randint(200, 4000)),
              "    VOLUMES(%s%s) CYLINDERS(%d %d) -" % (rc(r, ["PRD", "WRK"]), hexs(r, 3), r.randint(5, 100), r.randint(1, 20)), "    SHAREOPTIONS(2 3)) -",
              "    DATA (NAME(%s.DATA)) INDEX (NAME(%s.INDEX))" % (c, c)]
    L += ["/*", "//"]
    return "jcl/%s.jcl" % job.lower(), "jcl", L, "ibm-zos-jcl", "dataset_definitions"


def N_hexdump(r):
    L = ["SYSUDUMP for %s  ABEND S0C%d  PSW %s %s" % (jobname(r), r.choice([1, 4, 7]), hexs(r, 8), hexs(r, 8)), ""]
    addr = r.randint(0x1000000, 0x7F00000)
    for i in range(r.randint(16, 48)):
        words = " ".join(hexs(r, 8) for _ in range(4))
        words2 = " ".join(hexs(r, 8) for _ in range(4))
        asc = "".join(r.choice(UP + DG + ".....") for _ in range(32))
        L.append("%08X   %s  %s   *%s*" % (addr + i * 32, words, words2, asc))
    return "dumps/%s.txt" % rc(r, ["s0c4", "s0c7", "abend"]), "txt", L, "ibm-zos-dump", "hex_dump"


def N_ebcdic_table(r):
    L = ["# EBCDIC (CP%s) to ASCII translation table used by the extract converter" % rc(r, ["037", "1047", "500"]), "EBCDIC_TO_ASCII = ["]
    cp = "cp037"
    for row in range(16):
        vals = []
        for col in range(16):
            b = bytes([row * 16 + col])
            ch = b.decode(cp)
            vals.append("0x%02X" % (ord(ch) & 0xFF))
        L.append("    " + ", ".join(vals) + ",")
    L.append("]")
    return "src/codec/ebcdic_table.py", "py", L, "ibm-zos", "ebcdic_table"


def N_smf(r):
    L = ["      * SMF TYPE %d RECORD LAYOUT (%s)" % (rc(r, [30, 80, 110, 119]), rc(r, ["JOB ACCOUNTING", "RACF PROCESSING", "CICS MONITORING", "TCP/IP"])),
         "       01  SMF-RECORD.", "           05  SMF-RDW-LEN        PIC S9(4) COMP.", "           05  SMF-RDW-SEG        PIC S9(4) COMP.",
         "           05  SMF-FLG            PIC X.", "           05  SMF-RTY            PIC X.", "           05  SMF-TME            PIC S9(8) COMP.",
         "           05  SMF-DTE            PIC S9(7) COMP-3.", "           05  SMF-SID            PIC X(4).", "           05  SMF-SSI            PIC X(4).",
         "           05  SMF-STY            PIC S9(4) COMP.", "           05  SMF-TRN            PIC S9(4) COMP.", "           05  FILLER             PIC X(%d)." % r.randint(2, 40)]
    return "copybooks/SMF%dREC.cpy" % r.randint(14, 120), "cobol", L, "ibm-zos-smf", "smf_layout"


def N_mq_chlauth(r):
    L = ["* runmqsc definitions for %s" % rc(r, ["QM1", "PQM1"]),
         "DEFINE CHANNEL('%s') CHLTYPE(SVRCONN) TRPTYPE(TCP) SSLCIPH(%s) SSLCAUTH(REQUIRED) REPLACE" % (rc(r, ["APP.SVRCONN", "CLAIMS.SVRCONN"]), rc(r, ["ANY_TLS12_OR_HIGHER", "TLS_AES_256_GCM_SHA384"])),
         "SET CHLAUTH('%s') TYPE(SSLPEERMAP) SSLPEER('CN=%s,OU=%s,O=%s') MCAUSER('%s') USERSRC(MAP)" % (rc(r, ["APP.SVRCONN"]), host(r), rc(r, ["MQ", "APPS"]), rc(r, ["Acme Ins", "Northbank"]), uid_lower(r)),
         "SET CHLAUTH('*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS) ACTION(REPLACE)",
         "ALTER AUTHINFO(SYSTEM.DEFAULT.AUTHINFO.IDPWOS) AUTHTYPE(IDPWOS) CHCKCLNT(REQUIRED) ADOPTCTX(YES)",
         "REFRESH SECURITY TYPE(CONNAUTH)",
         "DEFINE QLOCAL('%s') DEFPSIST(YES) MAXDEPTH(%d) REPLACE" % (rc(r, ["CLAIMS.IN", "PAY.REQ"]), r.randint(5000, 500000)),
         "SET AUTHREC PROFILE('%s') OBJTYPE(QUEUE) PRINCIPAL('%s') AUTHADD(PUT,GET,INQ,BROWSE)" % (rc(r, ["CLAIMS.IN", "PAY.REQ"]), uid_lower(r)),
         "ALTER QMGR SSLKEYR('/var/mqm/qmgrs/QM1/ssl/key') CERTLABL('ibmwebspheremq%s')" % rc(r, ["qm1", "pqm1"])]
    return "mq/mqsc/%s.mqsc" % rc(r, ["qm1", "channels", "security"]), "mqsc", L, "ibm-mq", "channel_definitions"


def N_ccdt_json(r):
    doc = {"channel": [{"name": rc(r, ["APP.SVRCONN", "CLAIMS.SVRCONN"]), "clientConnection": {"connection": [{"host": host(r), "port": rc(r, [1414, 1415])}, {"host": host(r), "port": 1414}], "queueManager": rc(r, ["QM1", "PQM1"])},
                        "transmissionSecurity": {"cipherSpecification": "ANY_TLS12_OR_HIGHER", "certificateLabel": "ibmwebspheremq%s" % uid_lower(r)},
                        "type": "clientConnection"}]}
    return "mq/ccdt.json", "json", json.dumps(doc, indent=2).split("\n"), "ibm-mq", "ccdt_no_secret"


def N_dsdriver_nocreds(r):
    rel, ft, text = T_db2dsdriver(r, "", True, Ctx())
    L = [l for l in text.split("\n") if "UserID" not in l and "Password" not in l and l]
    L.insert(5, '      <parameter name="Authentication" value="%s"/>' % rc(r, ["KERBEROS", "CERTIFICATE", "SERVER_ENCRYPT"]))
    return rel, "cfg", L, "ibm-db2", "config_no_secret"


def N_gsk_details(r):
    fp1 = ":".join(hexs(r, 2) for _ in range(20))
    fp2 = ":".join(hexs(r, 2) for _ in range(32))
    L = ["$ gsk8capicmd_64 -cert -details -db key.kdb -stashed -label %s" % rc(r, ["ibmwebspheremqqm1", "client", "zowecert"]),
         "Label : %s" % rc(r, ["ibmwebspheremqqm1", "client"]), "Key Size : 2048", "Version : X509 V3", "Serial : %s" % hexs(r, 16).lower(),
         "Issuer : CN=%s Issuing CA,O=%s,C=%s" % (rc(r, ["Corp", "Enterprise"]), rc(r, ["Acme Insurance", "Northbank"]), ctry(r)),
         "Subject : CN=%s,OU=MQ,O=%s" % (host(r), rc(r, ["Acme Insurance", "Northbank"])),
         "Not Before : %s %d, %d 10:%02d:00 AM GMT" % (rc(r, ["January", "March", "July"]), r.randint(1, 28), r.randint(2023, 2025), r.randint(0, 59)),
         "Not After : %s %d, %d 10:%02d:00 AM GMT" % (rc(r, ["January", "March", "July"]), r.randint(1, 28), r.randint(2026, 2028), r.randint(0, 59)),
         "Public Key", "    30 82 01 22 30 0D 06 09 2A 86 48 86 F7 0D 01 01", "    01 05 00 03 82 01 0F 00 30 82 01 0A 02 82 01 01",
         "    00 %s" % " ".join(hexs(r, 2) for _ in range(15)),
         "Public Key Type : RSA (1.2.840.113549.1.1.1)", "Fingerprint : SHA1 :", "    %s" % fp1, "Fingerprint : SHA256 :", "    %s" % fp2,
         "Signature Algorithm : SHA256WithRSASignature (1.2.840.113549.1.1.11)", "Trusted : Enabled", "Default : No"]
    return "docs/mq-tls-cert.txt", "txt", L, "ibm-gskit", "certificate_details"


def N_jwks(r):
    n = b64u(bytes(r.getrandbits(8) for _ in range(256)))
    doc = {"keys": [{"kty": "RSA", "e": "AQAB", "use": "sig", "kid": hexs(r, 16).lower(), "alg": "RS256", "n": n}]}
    return "apiml/public-keys.json", "json", ["// GET https://%s:7554/gateway/api/v1/auth/keys/public/all" % host(r)] + json.dumps(doc, indent=2).split("\n"), "zowe-apiml", "public_jwks"


def N_zowe_secure_only(r):
    text = _zowe_cfg(r, None, True)
    return rc(r, ["zowe.config.json", "zowe.config.user.json"]), "json", text.rstrip("\n").split("\n"), "zowe", "secure_array_only"


def N_dspusrprf(r):
    u = userid(r, 10)
    L = [" Display User Profile - Basic", "  User profile . . . . . . . . . . . . . . . :   %s" % u,
         "  Previous sign-on . . . . . . . . . . . . . :   %02d/%02d/%02d  %02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(22, 25), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
         "  Sign-on attempts not valid . . . . . . . . :   %d" % r.randint(0, 3), "  Status . . . . . . . . . . . . . . . . . . :   *ENABLED",
         "  Date password last changed . . . . . . . . :   %02d/%02d/%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(22, 25)),
         "  Password is *NONE  . . . . . . . . . . . . :   NO", "  Password expiration interval . . . . . . . :   *SYSVAL",
         "  User class . . . . . . . . . . . . . . . . :   *%s" % rc(r, ["USER", "PGMR", "SYSOPR"]),
         "  Special authority  . . . . . . . . . . . . :   *%s" % rc(r, ["JOBCTL", "SPLCTL", "NONE"]),
         "  Group profile  . . . . . . . . . . . . . . :   %s" % rc(r, ["*NONE", "GRPOPS", "GRPACH"]),
         "  Current library  . . . . . . . . . . . . . :   %s" % rc(r, ["*CRTDFT", "ACHLIB"]),
         "  Initial program to call  . . . . . . . . . :   *NONE", "  Initial menu . . . . . . . . . . . . . . . :   MAIN",
         "  Limit capabilities . . . . . . . . . . . . :   *NO", "  Text . . . . . . . . . . . . . . . . . . . :   %s batch profile" % rc(r, WORDS)]
    return "docs/ibmi/%s_profile.txt" % u.lower(), "txt", L, "ibm-i", "user_profile_display"


def N_csd(r):
    L = ["* CICS CSD definitions - DFHCSDUP input"]
    g = rc(r, ["CLMGRP", "PAYGRP", "ACHGRP"])
    for _ in range(r.randint(3, 7)):
        p = member(r)
        L += ["DEFINE PROGRAM(%s) GROUP(%s) LANGUAGE(COBOL) DATALOCATION(ANY) EXECKEY(USER)" % (p, g),
              "DEFINE TRANSACTION(%s) GROUP(%s) PROGRAM(%s) TWASIZE(0) PROFILE(DFHCICST)" % ("".join(r.choice(UP) for _ in range(4)), g, p)]
    L += ["DEFINE TCPIPSERVICE(IPICSVC) GROUP(%s) PORTNUMBER(%d) PROTOCOL(IPIC) URM(NO)" % (g, rc(r, [2035, 2036])),
          "DEFINE URIMAP(%s) GROUP(%s) USAGE(SERVER) HOST(*) PATH(/api/%s/*)" % (member(r), g, rc(r, WORDS)), "ADD GROUP(%s) LIST(%s)" % (g, rc(r, ["PRDLIST", "DFHLIST1"]))]
    return "cics/csd/%s.csdup" % g.lower(), "txt", L, "ibm-cics", "csd_definitions"


def N_psbgen(r):
    p = member(r)
    L = ["         PRINT NOGEN", "%-8s PCB   TYPE=TP,MODIFY=YES" % "", "         PCB   TYPE=DB,DBDNAME=%s,PROCOPT=%s,KEYLEN=%d" % (member(r), rc(r, ["A", "G", "GR"]), r.randint(10, 60))]
    for _ in range(r.randint(2, 5)):
        L.append("         SENSEG NAME=%s,PARENT=%s" % (member(r), rc(r, ["0", member(r)])))
    L += ["         PSBGEN LANG=COBOL,PSBNAME=%s" % p, "         END"]
    return "ims/psb/%s.psb" % p.lower(), "asm", L, "ibm-ims", "psbgen"


def N_ctm_jobs(r):
    f = rc(r, ["ACH_DAILY", "GL_CLOSE", "CLM_NIGHT"])
    doc = {f: {"Type": "Folder", "ControlmServer": "CTMPROD", "Variables": [{"FTPUSER": "%%%%%s_USER" % f[:3]}, {"RUNDATE": "%%ODATE"}],
               "XferJob": {"Type": "Job:FileTransfer", "ConnectionProfileSrc": "ZOS_FTP1", "ConnectionProfileDest": "LNX_SFTP2",
                           "FileTransfers": [{"Src": "'%s'" % dsn(r), "Dest": "/data/in/%s_%%%%ODATE.dat" % rc(r, WORDS), "TransferType": "Ascii"}]},
               "LoadJob": {"Type": "Job:Command", "Command": "load.sh %%RUNDATE %%FTPUSER", "RunAs": "%%FTPUSER", "Host": host(r)},
               "Flow": {"Type": "Flow", "Sequence": ["XferJob", "LoadJob"]}}}
    return "controlm/jobs/%s.json" % f.lower(), "json", json.dumps(doc, indent=2).split("\n"), "control-m", "job_definition_variables"


def N_ebcdic_nopw(r):
    ctx = Ctx()
    rel, ft, text = T_jcl_jobcard(r, "&PW", True, ctx)
    text = text.replace(",PASSWORD=&PW", "")
    recs = b"".join(ln[:80].ljust(80).encode("cp037") for ln in text.rstrip("\n").split("\n"))
    return "xmit/%s.bin" % jobname(r).lower(), "binary", recs, "ibm-zos-jcl", "ebcdic_dataset"


def N_ptkt_racf(r):
    a = rc(r, ["CICSPRD1", "IZUDFLT", "MQWEB", "ZWEAPPL"])
    L = ["/* enable PassTickets for %s - key is generated by RACF, not stored here */" % a,
         "SETROPTS CLASSACT(PTKTDATA) RACLIST(PTKTDATA)",
         "RDEFINE PTKTDATA %s SSIGNON(KEYMASKED(%s)) APPLDATA('NO REPLAY PROTECTION') UACC(NONE)" % (a, "<generated by key admin>") if False else
         "RDEFINE PTKTDATA %s SSIGNON(KEYENCRYPTED) APPLDATA('NO REPLAY PROTECTION') UACC(NONE)" % a,
         "RDEFINE PTKTDATA IRRPTAUTH.%s.* UACC(NONE)" % a,
         "PERMIT IRRPTAUTH.%s.* CLASS(PTKTDATA) ID(%s) ACCESS(UPDATE)" % (a, userid(r)),
         "SETROPTS RACLIST(PTKTDATA) REFRESH"]
    return "racf/ptktdata_%s.racf" % a.lower(), "racf", L, "ibm-racf", "passticket_setup"


def N_dsn_list(r):
    L = ["# datasets migrated in wave %d" % r.randint(1, 9), "| Dataset | DSORG | RECFM | LRECL | Volume | Tracks |", "|---|---|---|---|---|---|"]
    for _ in range(r.randint(10, 30)):
        L.append("| %s | %s | %s | %d | %s%s | %d |" % (dsn(r), rc(r, ["PS", "PO", "VS"]), rc(r, ["FB", "VB", "U"]), rc(r, [80, 133, 256, 4096]), rc(r, ["PRD", "WRK"]), hexs(r, 3), r.randint(1, 90000)))
    return "docs/migration/datasets.md", "md", L, "ibm-zos", "dataset_names"


def N_zowe_docs(r):
    L = ["# Connecting to %s" % rc(r, ["SYSA", "the development LPAR", "z/OSMF"]), "",
         "Credentials are never stored in this repo. Run:", "", "```sh", "zowe config init --global-config", "zowe config secure   # prompts for user and password, stored in the OS credential vault",
         "zowe auth login apiml --host %s --port 7554" % host(r), "```", "",
         "The resulting `zowe.config.json` has `\"secure\": [\"user\", \"password\"]`; the values live in the",
         "Zowe secure credential store (`@zowe/secrets-for-zowe-sdk`).", "",
         "Job ids look like `JOB%05d`; the spool for `STC%05d` is in `%s`." % (r.randint(10000, 99999), r.randint(10000, 99999), dsn(r))]
    return "docs/zowe-setup.md", "md", L, "zowe", "docs_no_secret"


LOOKALIKES = [N_passticket_rexx, N_passticket_c, N_racdcert, N_listuser, N_joblog, N_volsers, N_idcams, N_hexdump,
              N_ebcdic_table, N_smf, N_mq_chlauth, N_ccdt_json, N_dsdriver_nocreds, N_gsk_details, N_jwks,
              N_zowe_secure_only, N_dspusrprf, N_csd, N_psbgen, N_ctm_jobs, N_ebcdic_nopw, N_ptkt_racf, N_dsn_list, N_zowe_docs]


# ----------------------------------------------------------------------------- driver
def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    mode = "wb"
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, mode) as fh:
        fh.write(data)


def find_line(text, needle):
    for i, ln in enumerate(text.split("\n")):
        if needle in ln:
            return i + 1
    return None


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    needles = []

    order = list(range(len(TEMPLATES)))
    seq = []
    while len(seq) < 500:
        r.shuffle(order)
        seq.extend(order)
    seq = seq[:500]
    for i, ti in enumerate(seq):
        name, fn, gen, negs, prov, kind = TEMPLATES[ti]
        for attempt in range(20):
            val = gen(r)
            ctx = Ctx()
            ctx.binary = None
            rel, ft, text = fn(r, val, False, ctx)
            needle = ctx.needle or val
            if ctx.binary is not None:
                if bytes.fromhex(needle) in ctx.binary:
                    line = 0
                    break
            else:
                if text.count(needle) >= 1:
                    line = find_line(text, needle)
                    break
        else:
            raise SystemExit("could not build %s" % name)
        rp = "pos/p%04d/%s" % (i, rel)
        write(os.path.join(out, rp), ctx.binary if ctx.binary is not None else text)
        manifest.append({"file": rp, "label": "pos", "provider": prov, "kind": kind, "filetype": ft, "template": name})
        secrets.append({"file": rp, "needle": needle, "line": line})
        needles.append(needle)

    neg_tpl = [t for t in TEMPLATES if t[3]]
    negfiles = []
    for j in range(250):
        name, fn, gen, negs, prov, kind = neg_tpl[j % len(neg_tpl)] if j < len(neg_tpl) else rc(r, neg_tpl)
        val = rc(r, negs)
        if callable(val):
            val = val(r)
        ctx = Ctx()
        ctx.binary = None
        if val is None:
            val = ""
        rel, ft, text = fn(r, val, True, ctx)
        negfiles.append((rel, ft, ctx.binary if ctx.binary is not None else text, prov, kind + "_placeholder", name))
    for j in range(250):
        f = LOOKALIKES[j % len(LOOKALIKES)] if j < len(LOOKALIKES) else rc(r, LOOKALIKES)
        rel, ft, L, prov, kind = f(r)
        data = L if isinstance(L, bytes) else "\n".join(L) + "\n"
        negfiles.append((rel, ft, data, prov, kind, f.__name__[2:]))
    r.shuffle(negfiles)
    bneedles = [bytes.fromhex(n) for n, s in zip(needles, secrets) if s["line"] == 0]
    sneedles = [n for n, s in zip(needles, secrets) if s["line"] != 0]
    for k, (rel, ft, data, prov, kind, tname) in enumerate(negfiles):
        raw = data if isinstance(data, bytes) else data.encode("utf-8")
        for n in sneedles:
            if n.encode() in raw:
                raise SystemExit("negative contains positive needle: %s" % n)
        for b in bneedles:
            if b in raw:
                raise SystemExit("negative contains binary needle")
        rp = "neg/n%04d/%s" % (k, rel)
        write(os.path.join(out, rp), data)
        manifest.append({"file": rp, "label": "neg", "provider": prov, "kind": kind, "filetype": ft, "template": tname})

    with open(os.path.join(out, "manifest.jsonl"), "w") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
