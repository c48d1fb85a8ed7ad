#!/usr/bin/env python3
"""Blind evaluation-set generator "js": classic ETL, reporting and BI-server artefacts.

EMPHASIS
    Domain: classic ETL / reporting / BI-server projects as they sit in a repository.
    Providers / tools: Microsoft SSIS (.dtsx connection managers, package passwords for
    EncryptSensitiveWithPassword, .dtsConfig, Project.params, SSISDB environments, dtexec and
    SQL Agent job steps), SSRS (.rds, .rsds, rs.exe .rss scripts, ReportingServicesTools),
    Crystal Reports (SetDatabaseLogon / ConnectionInfo in C# and VB.NET, app.config), Talend
    (contexts/*.properties, generated Java, .item), Pentaho Kettle (.ktr, .kjb, kettle.properties,
    simple-jndi, context.xml, "Encrypted 2be98..." obfuscated values), Informatica PowerCenter
    (parameter files, pmrep connect, pmcmd), IBM DataStage (dsjob, parameter-set files, odbc.ini,
    .apt config), Oracle ODI (SDK groovy, sqlplus), Jaspersoft (data adapters, jrxml,
    default_master.properties), BIRT (.rptdesign), Cognos (SDK / REST session), MicroStrategy
    (mstrio, Command Manager), Qlik (QlikView / Qlik Sense .qvs scripts, Qlik Cloud API key),
    Tableau (.tds/.twb without passwords, tabcmd, TSC personal access tokens, REST sign-in),
    Power BI (.pbids, service principal client secrets, gateway credentials), Alteryx (.yxmd),
    KNIME (settings.xml, workflow variables), plus the SaaS connectors such jobs use (Salesforce
    security token, Snowflake, AWS S3 keys, Google service-account key, SendGrid, Slack webhook)
    and SFTP transfers (WinSCP, psftp, Kettle SFTP entry, Informatica $$ params).
    File types: XML (.dtsx, .dtsConfig, .params, .rds, .rsds, .ktr, .kjb, .jrxml, .rptdesign,
    .tds, .twb, .yxmd, settings.xml, workflow.knime, .config, .item), .properties, .ini, .qvs,
    .sql, .cs, .vb, .rss, .java, .groovy, .py, .ps1, .bat/.cmd, .sh, .json, .pbids, .md, .csv,
    .log, .apt, .txt, .scp, .env (positives only, <= 1 in 20).

USAGE
    python3 -B gen_js.py OUTDIR SEED
    writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED (one random.Random).

NEEDLE CONVENTIONS
    * Passwords: the bare password value, without quotes, key, "Password=" or surrounding
      connection-string parts (e.g. for "User ID=x;Password=Ab3#..;" the needle is "Ab3#..").
    * Passwords inside URLs (sftp://user:pw@host, postgresql://user:pw@host): only the password.
    * Pentaho Kettle obfuscated values "Encrypted 2be98afc...": the needle is the hex string
      after "Encrypted " (the encoding is a fixed-seed XOR, trivially reversible, so it is
      treated as a credential).
    * Qlik "XPassword is ZbQk..." scrambled values: the scrambled token (reversible scrambling,
      treated as a credential; the XUserId next to it is not the needle).
    * BIRT <encrypted-property encryptionID="base64">: the base64 text (base64 of the password).
    * HTTP Basic header values: the base64 part after "Basic ".
    * Key pairs (AWS access key id + secret): the secret access key only.
    * Tableau personal access token: the whole secret "<base64>==:<32 chars>".
    * Webhook URLs (Slack): the whole URL from https:// to the end of the token.
    * Multi-line private keys (service-account JSON with \\n escapes): the first 64-character
      base64 body line after "-----BEGIN PRIVATE KEY-----".
    * SSIS package passwords (dtexec /De, /DECRYPT, PackagePassword): the password argument.

NEGATIVES
    About half re-use the positive templates with the secret slot holding a non-secret:
    placeholders (<your-password>, YOUR_PASSWORD_HERE, changeme, xxxx), empty values, masked
    values (********, [REDACTED]), variable / secret-manager references (${DB_PASSWORD} Kettle
    variables, $$DB_PWD Informatica parameters, %DB_PWD% batch, $env:X, {{ vault }}, op://,
    #{Octopus}) and documented example values (AWS EXAMPLE keys, Slack T00000000 webhook).
    The other half are domain look-alikes: dtsx with DontSaveSensitive / no DTS:Password,
    DTSID GUIDs and lineage ids, EncryptSensitiveWithUserKey ciphertext blobs (DPAPI base64),
    Integrated Security=SSPI / Trusted_Connection, Windows auth data sources, Tableau .tds/.twb
    without passwords, .pbids, Talend context.password references, pmcmd -pv / pmrep -X env
    variables, dsjob -authfile, DataStage .apt files, report GUIDs, checksums (MD5/SHA-1/SHA-256),
    certificate thumbprints, SSH host-key fingerprints, public keys, Salesforce record ids,
    Azure tenant/client ids, MicroStrategy object ids, encoded layout data and execution logs.
    No negative is written to a .env / .env.local / .env.production file.

FORMATS CHECKED (search tool, providers' docs and public code)
    * Kettle two-way encoder: decimal seed 0933910847463829827159347601486730416058, XOR with
      BigInteger(password bytes), radix 16, prefix "Encrypted " (Pentaho wiki "Password encoding
      options", and several public ports of KettleTwoWayPasswordEncoder); hex(seed) starts with
      2be98afc86aa7f2e4cb79ce1, matching the well-known prefix.
    * SSIS DTSProtectionLevel values 0..5 and "password portion of a connection string" is
      sensitive; EncryptSensitiveWithPassword uses TripleDES, user-key levels use DPAPI
      (learn.microsoft.com DTSProtectionLevel).
    * pmrep connect -r -d -n -x <password> | -X <env var>; pmrep/pmcmd -p / -P env variants.
    * Qlik CONNECT syntax (ODBC/OLEDB/LIB CONNECT TO, UID=/PWD= items) from help.qlik.com.
    * Tableau PAT sign-in (personalAccessTokenName / personalAccessTokenSecret, TSC
      PersonalAccessTokenAuth(token_name, secret, site_id)).
    * Pentaho AES encoder alternative (KETTLE_PASSWORD_ENCODER_PLUGIN) - not used for positives.

DOUBTS
    * Qlik XPassword scrambling algorithm is not published; values are random mixed-case letters
      of plausible length, not output of the real scrambler.
    * Tableau PAT secret layout (22-char base64 + "==" + ":" + 32 alphanumerics) is from memory
      of real tokens, not confirmed in Tableau's docs (docs only call it "secret").
    * Azure AD client secret layout (3 chars, digit, "Q~", 34 chars = 40) not confirmed by the
      search (no documentation page found); Salesforce security token length (24 alnum) and
      SendGrid "SG.<22>.<43>" are from memory.
    * Qlik Cloud API key is modelled as an ES384 JWT (header with kid, qlik.api audience);
      exact claim names unconfirmed.
    * Whether Talend .item files and KNIME settings.xml keep plaintext password entries depends
      on version (newer versions encrypt); the plaintext forms used here are plausible but old.
    * SSIS EncryptedData / DPAPI blobs and Alteryx/Cognos encrypted strings are treated as
      non-secret ciphertext (negatives) because they need a key to reverse.
"""
import base64
import hashlib
import json
import os
import sys
import random

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
ALNUM = UP + LO + DG
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"
SYM = "!#*-_.^~+"


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def guid(r, upper=False):
    h = rs(r, 32, HEX)
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], "4" + h[13:16], r.choice("89ab") + h[17:20], h[20:])
    return s.upper() if upper else s


def hexs(r, n, upper=False):
    s = rs(r, n, HEX)
    return s.upper() if upper else s


def b64bytes(r, n):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def xe(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def pick(r, seq):
    return seq[r.randrange(len(seq))]


# ---------------------------------------------------------------- innocent vocabulary
SERVERS = ["sqlprod01", "DWH-SQL02", "bi-sql-01.corp.local", "ETLSQL03\\ETL", "10.20.4.15",
           "sql-edw-p.contoso.internal", "RPTSQL01", "dw-mssql-2.acme.lan", "SQLCLUS01\\DW"]
ORA_HOSTS = ["ora-dw01.corp.local", "exadata-scan.acme.lan", "10.30.2.41", "orarpt02"]
PG_HOSTS = ["pg-dw.internal", "reporting-db.acme.lan", "10.12.0.7", "pgbi01.corp.local"]
DBS = ["StagingDW", "EDW", "SalesMart", "FinanceDM", "ODS_Core", "HR_Analytics", "CRM_Stage",
       "SupplyChainDW", "Reporting", "DataVault"]
USERS = ["etl_loader", "svc_ssis", "dw_reader", "rpt_user", "talend_etl", "pdi_batch",
         "infa_rep", "ds_etl", "bi_service", "qlik_reader", "tableau_ext", "alteryx_svc"]
SCHEMAS = ["dbo", "stg", "dw", "mart", "ods", "ref", "audit"]
TABLES = ["FactSales", "DimCustomer", "DimProduct", "FactInventory", "DimDate", "FactGL",
          "StgOrders", "DimEmployee", "FactShipment", "DimStore", "FactBudget"]
COMPANIES = ["acme", "contoso", "northwind", "fabrikam", "globex", "initech", "umbrella"]
SFTP_HOSTS = ["sftp.partner-logistics.com", "ftp.bankfeeds.example.net", "files.acme-edi.io",
              "sftp01.wholesale-data.co.uk", "transfer.payroll-provider.de"]
WF = ["wf_Load_Sales_Daily", "wf_DIM_Customer", "wf_GL_Monthly", "wf_Inventory_Snapshot",
      "wf_HR_Headcount", "wf_CRM_Accounts"]
PKGS = ["LoadFactSales", "Extract_CRM", "Stage_Orders", "Load_DimCustomer", "Export_GL",
        "Import_BankFeed", "Refresh_Inventory", "Archive_Logs"]
WORDS = ["Granite", "Harbor", "Falcon", "Orchid", "Copper", "Maple", "Nimbus", "Quartz",
         "Tundra", "Saffron", "Cobalt", "Willow", "Ember", "Glacier", "Pepper", "Raven"]


def gen_pw(r, urlsafe=False):
    """A random password as people set them for service accounts."""
    sym = "-_." if urlsafe else SYM
    style = r.randrange(4)
    while True:
        if style == 0:
            s = r.choice(UP + LO) + rs(r, r.randint(13, 21), ALNUM + sym)
        elif style == 1:
            s = (pick(r, WORDS) + r.choice(sym) + pick(r, WORDS) + rs(r, r.randint(2, 4), DG)
                 + r.choice(sym) + rs(r, r.randint(2, 4), ALNUM))
        elif style == 2:
            s = r.choice(UP + LO) + rs(r, r.randint(19, 31), ALNUM)
        else:
            s = (r.choice(UP) + rs(r, 4, LO) + r.choice(sym) + rs(r, 4, DG) + r.choice(sym)
                 + rs(r, r.randint(3, 6), ALNUM))
        if (any(c in DG for c in s) and any(c in UP for c in s) and any(c in LO for c in s)):
            return s


KETTLE_SEED = 933910847463829827159347601486730416058


def kettle_encode(pw):
    return format(KETTLE_SEED ^ int.from_bytes(pw.encode(), "big"), "x")


# ---------------------------------------------------------------- secret generators
# each returns (value_as_written_in_slot, needle)
def s_pw(r):
    p = gen_pw(r)
    return p, p


def s_pwu(r):
    p = gen_pw(r, urlsafe=True)
    return p, p


def s_kettle(r):
    pw = gen_pw(r)
    while len(pw) > 15:  # short passwords keep the familiar 2be98afc... prefix
        pw = gen_pw(r)
    h = kettle_encode(pw)
    return "Encrypted " + h, h


def s_xqlik(r):
    n = r.randint(14, 26)
    s = "".join(r.choice(UP) if r.random() < 0.6 else r.choice(LO) for _ in range(n))
    return s, s


def s_birt(r):
    b = base64.b64encode(gen_pw(r).encode()).decode()
    return b, b


def s_basic(r):
    b = base64.b64encode(("%s:%s" % (pick(r, USERS), gen_pw(r))).encode()).decode()
    return b, b


def s_sftoken(r):
    t = rs(r, 24)
    return t, t


def s_aws(r):
    t = rs(r, 40, ALNUM + "/+")
    return t, t


def s_sendgrid(r):
    t = "SG." + rs(r, 22, B64URL) + "." + rs(r, 43, B64URL)
    return t, t


def s_slack(r):
    t = ("https://hooks.slack.com/services/T" + rs(r, r.choice([8, 10]), UP + DG) + "/B"
         + rs(r, r.choice([8, 10, 11]), UP + DG) + "/" + rs(r, 24))
    return t, t


def s_pat(r):
    t = b64bytes(r, 16) + ":" + rs(r, 32)
    return t, t


def s_azure(r):
    t = rs(r, 3) + r.choice(DG) + "Q~" + rs(r, 34, ALNUM + "_-.~")
    return t, t


def b64u(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def s_qlikjwt(r):
    hdr = json.dumps({"alg": "ES384", "kid": guid(r), "typ": "JWT"}, separators=(",", ":"))
    pay = json.dumps({"sub": rs(r, 32, ALNUM + "-_"), "subType": "user",
                      "tenantId": rs(r, 32, ALNUM + "-_"), "jti": guid(r),
                      "aud": "qlik.api", "iss": "qlik.api/api-keys"}, separators=(",", ":"))
    sig = bytes(r.randrange(256) for _ in range(96))
    t = b64u(hdr.encode()) + "." + b64u(pay.encode()) + "." + b64u(sig)
    return t, t


def s_pem(r):
    body = "MIIEv" + r.choice("AQgw") + "IBADANBgkqhkiG9w0BAQEFAASCBK" + r.choice("gkcY") + rs(r, 1500, B64)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    lines[-1] = lines[-1][:r.randint(20, 60)]
    pem = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"
    return pem, lines[0]


# ---------------------------------------------------------------- negative slot values
NEG_COMMON = ["", "changeme", "<your-password>", "YOUR_PASSWORD_HERE", "********", "[REDACTED]",
              "xxxxxxxxxxxx", "<password>", "REPLACE_ME", "${DB_PASSWORD}", "{{ db_password }}",
              "%DB_PASSWORD%", "#{Octopus.Dwh.Password}", "op://etl-prod/edw-sql/password",
              "vault:secret/data/etl/edw#password", "<set in SSIS catalog environment>",
              "TODO", "***", "${env:EDW_PWD}", "{{ vault('secret/etl/dw', 'password') }}"]
NEG_KIND = {
    "kettle": ["${DWH_PASSWORD}", "${SFTP_PASS}", "${db.password}", "", "${PDI_SMTP_PASS}"],
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "${AWS_SECRET_ACCESS_KEY}",
            "<aws-secret-access-key>", ""],
    "slack": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
              "${SLACK_WEBHOOK_URL}", "<slack-incoming-webhook-url>", ""],
    "sendgrid": ["SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy",
                 "${SENDGRID_API_KEY}", "<sendgrid-api-key>"],
    "pat": ["<token-secret>", "${TABLEAU_PAT_SECRET}", "PASTE_PAT_SECRET_HERE"],
    "azure": ["<client-secret>", "${PBI_CLIENT_SECRET}", "", "YOUR_CLIENT_SECRET"],
    "pem": ["-----BEGIN PRIVATE KEY-----\\n<redacted>\\n-----END PRIVATE KEY-----\\n",
            "", "<paste private key>"],
    "jwt": ["<qlik-cloud-api-key>", "${QLIK_API_KEY}", ""],
    "xqlik": ["", "***"],
    "token": ["<security-token>", "", "${SF_SECURITY_TOKEN}", "XXXXXXXXXXXXXXXXXXXXXXXX"],
    "b64": ["", "<base64-password>", "********"],
}


def neg_value(r, kind):
    extra = NEG_KIND.get(kind, [])
    if kind in ("pem", "xqlik", "slack") or (extra and r.random() < 0.55):
        return pick(r, extra)
    return pick(r, NEG_COMMON)


# ================================================================ positive templates
# Each template: fn(r, v) -> (relpath, text); v is the slot value (secret or non-secret).
POS = []


def tpl(provider, kind, gen, negkind="pw"):
    def deco(fn):
        POS.append((fn.__name__, provider, kind, gen, negkind, fn))
        return fn
    return deco


def mssql_cs(r, user, pw, provider=True):
    parts = ["Data Source=%s" % pick(r, SERVERS), "Initial Catalog=%s" % pick(r, DBS),
             "User ID=%s" % user, "Password=%s" % pw]
    if provider:
        parts.append(pick(r, ["Provider=SQLNCLI11.1", "Provider=MSOLEDBSQL.1", "Provider=SQLOLEDB.1"]))
    parts += ["Persist Security Info=True", "Application Name=SSIS-%s" % pick(r, PKGS)]
    if r.random() < 0.5:
        parts.append("Auto Translate=False")
    return ";".join(parts) + ";"


def dtsx_head(r, name, level):
    return ("<?xml version=\"1.0\"?>\n"
            "<DTS:Executable xmlns:DTS=\"www.microsoft.com/SqlServer/Dts\"\n"
            "  DTS:refId=\"Package\"\n"
            "  DTS:CreationDate=\"%d/%d/20%d %d:%02d:%02d PM\"\n"
            "  DTS:CreationName=\"Microsoft.Package\"\n"
            "  DTS:CreatorComputerName=\"ETLDEV%02d\"\n"
            "  DTS:CreatorName=\"CORP\\%s\"\n"
            "  DTS:DTSID=\"{%s}\"\n"
            "  DTS:ExecutableType=\"Microsoft.Package\"\n"
            "  DTS:LastModifiedProductVersion=\"%s\"\n"
            "  DTS:LocaleID=\"1033\"\n"
            "  DTS:ObjectName=\"%s\"\n"
            "  DTS:PackageType=\"5\"\n"
            "  DTS:ProtectionLevel=\"%d\"\n"
            "  DTS:VersionBuild=\"%d\"\n"
            "  DTS:VersionGUID=\"{%s}\">\n"
            "  <DTS:Property DTS:Name=\"PackageFormatVersion\">8</DTS:Property>\n"
            % (r.randint(1, 12), r.randint(1, 28), r.randint(16, 24), r.randint(1, 11),
               r.randint(0, 59), r.randint(0, 59), r.randint(1, 30), pick(r, ["jdoe", "mkhan", "asmith", "lchen"]),
               guid(r, True), pick(r, ["15.0.2000.180", "16.0.5685.0", "14.0.3002.113"]),
               name, level, r.randint(3, 120), guid(r, True)))


def dtsx_tail(r, name):
    return ("  <DTS:Executables>\n"
            "    <DTS:Executable DTS:refId=\"Package\\Data Flow %s\"\n"
            "      DTS:CreationName=\"Microsoft.Pipeline\"\n"
            "      DTS:DTSID=\"{%s}\"\n"
            "      DTS:ExecutableType=\"Microsoft.Pipeline\"\n"
            "      DTS:LocaleID=\"-1\"\n"
            "      DTS:ObjectName=\"Data Flow %s\"\n"
            "      DTS:TaskContact=\"Performs high-performance data extraction, transformation and loading\">\n"
            "      <DTS:Variables />\n"
            "      <DTS:ObjectData>\n"
            "        <pipeline version=\"1\">\n"
            "          <components>\n"
            "            <component refId=\"Package\\Data Flow %s\\OLE DB Source\" componentClassID=\"Microsoft.OLEDBSource\" name=\"OLE DB Source\" version=\"7\">\n"
            "              <properties>\n"
            "                <property dataType=\"System.String\" name=\"SqlCommand\">SELECT * FROM %s.%s WHERE ModifiedDate &gt;= ?</property>\n"
            "              </properties>\n"
            "            </component>\n"
            "          </components>\n"
            "        </pipeline>\n"
            "      </DTS:ObjectData>\n"
            "    </DTS:Executable>\n"
            "  </DTS:Executables>\n"
            "</DTS:Executable>\n" % (name, guid(r, True), name, name, pick(r, SCHEMAS), pick(r, TABLES)))


@tpl("ssis", "db_password_connection_string", s_pw)
def ssis_dtsx_connstr(r, v):
    name = pick(r, PKGS)
    cm = pick(r, ["SRC_CRM", "DW_Target", "Staging", "OLEDB_EDW"])
    t = dtsx_head(r, name, 0)
    t += ("  <DTS:ConnectionManagers>\n"
          "    <DTS:ConnectionManager\n"
          "      DTS:refId=\"Package.ConnectionManagers[%s]\"\n"
          "      DTS:CreationName=\"OLEDB\"\n"
          "      DTS:DTSID=\"{%s}\"\n"
          "      DTS:ObjectName=\"%s\">\n"
          "      <DTS:ObjectData>\n"
          "        <DTS:ConnectionManager\n"
          "          DTS:ConnectionString=\"%s\" />\n"
          "      </DTS:ObjectData>\n"
          "    </DTS:ConnectionManager>\n"
          "  </DTS:ConnectionManagers>\n" % (cm, guid(r, True), cm, xe(mssql_cs(r, pick(r, USERS), v))))
    return "ssis/%s/%s.dtsx" % (pick(r, ["DW_ETL", "CRM_Integration", "Finance"]), name), t + dtsx_tail(r, name)


@tpl("ssis", "db_password_xml_element", s_pw)
def ssis_dtsx_password_elem(r, v):
    name = pick(r, PKGS)
    cm = pick(r, ["ORA_SRC", "SQL_DW", "ADO_Audit"])
    cs = "Data Source=%s;User ID=%s;Initial Catalog=%s;Provider=SQLNCLI11.1;Auto Translate=False;" % (
        pick(r, SERVERS), pick(r, USERS), pick(r, DBS))
    t = dtsx_head(r, name, 2)
    t += ("  <DTS:ConnectionManagers>\n"
          "    <DTS:ConnectionManager\n"
          "      DTS:refId=\"Package.ConnectionManagers[%s]\"\n"
          "      DTS:CreationName=\"OLEDB\"\n"
          "      DTS:DTSID=\"{%s}\"\n"
          "      DTS:ObjectName=\"%s\">\n"
          "      <DTS:ObjectData>\n"
          "        <DTS:ConnectionManager\n"
          "          DTS:ConnectionString=\"%s\">\n"
          "          <DTS:Password\n"
          "            DTS:Name=\"Password\"\n"
          "            Sensitive=\"1\">%s</DTS:Password>\n"
          "        </DTS:ConnectionManager>\n"
          "      </DTS:ObjectData>\n"
          "    </DTS:ConnectionManager>\n"
          "  </DTS:ConnectionManagers>\n" % (cm, guid(r, True), cm, cs, xe(v)))
    return "src/SSIS/%s.dtsx" % name, t + dtsx_tail(r, name)


@tpl("ssis", "sftp_password_variable", s_pw)
def ssis_dtsx_sensitive_var(r, v):
    name = pick(r, ["Import_BankFeed", "Download_EDI", "Sftp_Pull_Payroll"])
    vn = pick(r, ["SftpPassword", "RemotePwd", "FtpSecret"])
    t = dtsx_head(r, name, 2)
    t += ("  <DTS:Variables>\n"
          "    <DTS:Variable\n"
          "      DTS:CreationName=\"\"\n"
          "      DTS:DTSID=\"{%s}\"\n"
          "      DTS:IncludeInDebugDump=\"2345\"\n"
          "      DTS:Namespace=\"User\"\n"
          "      DTS:ObjectName=\"SftpHost\">\n"
          "      <DTS:VariableValue DTS:DataType=\"8\">%s</DTS:VariableValue>\n"
          "    </DTS:Variable>\n"
          "    <DTS:Variable\n"
          "      DTS:CreationName=\"\"\n"
          "      DTS:DTSID=\"{%s}\"\n"
          "      DTS:IncludeInDebugDump=\"2345\"\n"
          "      DTS:Namespace=\"User\"\n"
          "      DTS:ObjectName=\"%s\">\n"
          "      <DTS:VariableValue DTS:DataType=\"8\">%s</DTS:VariableValue>\n"
          "    </DTS:Variable>\n"
          "  </DTS:Variables>\n" % (guid(r, True), pick(r, SFTP_HOSTS), guid(r, True), vn, xe(v)))
    return "packages/%s.dtsx" % name, t + dtsx_tail(r, name)


@tpl("ssis", "project_parameter_password", s_pw)
def ssis_project_params(r, v):
    pn = pick(r, ["SrcDbPassword", "CRM_Password", "Target_Pwd", "ApiPassword"])
    t = ("<?xml version=\"1.0\"?>\n"
         "<SSIS:Parameters xmlns:SSIS=\"www.microsoft.com/SqlServer/SSIS\">\n"
         "  <SSIS:Parameter SSIS:Name=\"SrcServer\">\n"
         "    <SSIS:Properties>\n"
         "      <SSIS:Property SSIS:Name=\"ID\">{%s}</SSIS:Property>\n"
         "      <SSIS:Property SSIS:Name=\"Sensitive\">0</SSIS:Property>\n"
         "      <SSIS:Property SSIS:Name=\"Value\">%s</SSIS:Property>\n"
         "      <SSIS:Property SSIS:Name=\"DataType\">18</SSIS:Property>\n"
         "    </SSIS:Properties>\n"
         "  </SSIS:Parameter>\n"
         "  <SSIS:Parameter SSIS:Name=\"%s\">\n"
         "    <SSIS:Properties>\n"
         "      <SSIS:Property SSIS:Name=\"ID\">{%s}</SSIS:Property>\n"
         "      <SSIS:Property SSIS:Name=\"CreationName\"></SSIS:Property>\n"
         "      <SSIS:Property SSIS:Name=\"Description\">login for the source system</SSIS:Property>\n"
         "      <SSIS:Property SSIS:Name=\"IncludeInDebugDump\">0</SSIS:Property>\n"
         "      <SSIS:Property SSIS:Name=\"Required\">1</SSIS:Property>\n"
         "      <SSIS:Property SSIS:Name=\"Sensitive\">1</SSIS:Property>\n"
         "      <SSIS:Property SSIS:Name=\"Value\">%s</SSIS:Property>\n"
         "      <SSIS:Property SSIS:Name=\"DataType\">18</SSIS:Property>\n"
         "    </SSIS:Properties>\n"
         "  </SSIS:Parameter>\n"
         "</SSIS:Parameters>\n" % (guid(r), pick(r, SERVERS), pn, guid(r), xe(v)))
    return "ssis/%s/Project.params" % pick(r, ["DW_ETL", "SalesLoad", "HR.Integration"]), t


@tpl("ssis", "db_password_dtsconfig", s_pw)
def ssis_dtsconfig_cs(r, v):
    cm = pick(r, ["Source", "DWH", "Staging", "CRM"])
    t = ("<?xml version=\"1.0\"?>\n<DTSConfiguration>\n"
         "  <DTSConfigurationHeading>\n"
         "    <DTSConfigurationFileInfo GeneratedBy=\"CORP\\%s\" GeneratedFromPackageName=\"%s\" "
         "GeneratedFromPackageID=\"{%s}\" GeneratedDate=\"%d/%d/2019 10:%02d:11 AM\"/>\n"
         "  </DTSConfigurationHeading>\n"
         "  <Configuration ConfiguredType=\"Property\" Path=\"\\Package.Connections[%s].Properties[ConnectionString]\" ValueType=\"String\">\n"
         "    <ConfiguredValue>%s</ConfiguredValue>\n"
         "  </Configuration>\n"
         "  <Configuration ConfiguredType=\"Property\" Path=\"\\Package.Variables[User::BatchSize].Properties[Value]\" ValueType=\"Int32\">\n"
         "    <ConfiguredValue>%d</ConfiguredValue>\n"
         "  </Configuration>\n"
         "</DTSConfiguration>\n" % (pick(r, USERS), pick(r, PKGS), guid(r, True), r.randint(1, 12),
                                    r.randint(1, 28), r.randint(0, 59), cm, xe(mssql_cs(r, pick(r, USERS), v)),
                                    pick(r, [1000, 5000, 10000])))
    return "config/%s.%s.dtsConfig" % (pick(r, PKGS), pick(r, ["PROD", "UAT", "prod"])), t


@tpl("ssis", "db_password_dtsconfig_property", s_pw)
def ssis_dtsconfig_pw(r, v):
    cm = pick(r, ["OracleSrc", "ODBC_AS400", "SalesDB"])
    t = ("<?xml version=\"1.0\"?>\n<DTSConfiguration>\n"
         "  <DTSConfigurationHeading>\n"
         "    <DTSConfigurationFileInfo GeneratedBy=\"CORP\\%s\" GeneratedFromPackageName=\"%s\" GeneratedFromPackageID=\"{%s}\"/>\n"
         "  </DTSConfigurationHeading>\n"
         "  <Configuration ConfiguredType=\"Property\" Path=\"\\Package.Connections[%s].Properties[ServerName]\" ValueType=\"String\">\n"
         "    <ConfiguredValue>%s</ConfiguredValue>\n  </Configuration>\n"
         "  <Configuration ConfiguredType=\"Property\" Path=\"\\Package.Connections[%s].Properties[UserName]\" ValueType=\"String\">\n"
         "    <ConfiguredValue>%s</ConfiguredValue>\n  </Configuration>\n"
         "  <Configuration ConfiguredType=\"Property\" Path=\"\\Package.Connections[%s].Properties[Password]\" ValueType=\"String\">\n"
         "    <ConfiguredValue>%s</ConfiguredValue>\n  </Configuration>\n"
         "</DTSConfiguration>\n" % (pick(r, USERS), pick(r, PKGS), guid(r, True), cm, pick(r, ORA_HOSTS),
                                    cm, pick(r, USERS), cm, xe(v)))
    return "deploy/configs/%s.dtsConfig" % cm, t


@tpl("ssis", "package_password", s_pwu)
def ssis_dtexec_bat(r, v):
    pk = pick(r, PKGS)
    t = ("@echo off\nREM nightly load - runs from the ETL scheduler\n"
         "setlocal\nset LOGDIR=D:\\ETL\\Logs\nset PKGDIR=D:\\ETL\\Packages\n\n"
         "\"C:\\Program Files\\Microsoft SQL Server\\%d0\\DTS\\Binn\\DTExec.exe\" ^\n"
         "  /F \"%%PKGDIR%%\\%s.dtsx\" ^\n"
         "  /%s %s ^\n"
         "  /SET \\Package.Variables[User::LoadDate].Properties[Value];%%DATE%% ^\n"
         "  /REPORTING EWCDI > \"%%LOGDIR%%\\%s.log\"\n\n"
         "if errorlevel 1 goto failed\necho %s finished\nexit /b 0\n:failed\necho %s failed\nexit /b 1\n"
         % (pick(r, [11, 13, 14, 15]), pk, pick(r, ["De", "Decrypt", "DE"]), v, pk, pk, pk))
    return "jobs/run_%s.cmd" % pk.lower(), t


@tpl("ssis", "package_password", s_pwu)
def ssis_agent_jobstep_sql(r, v):
    pk = pick(r, PKGS)
    t = ("USE msdb;\nGO\n-- SQL Agent job for %s (generated by Script Job As)\n"
         "DECLARE @jobId BINARY(16);\n"
         "EXEC msdb.dbo.sp_add_job @job_name = N'ETL - %s', @enabled = 1,\n"
         "     @owner_login_name = N'sa', @job_id = @jobId OUTPUT;\n\n"
         "EXEC msdb.dbo.sp_add_jobstep @job_id = @jobId, @step_name = N'Run package',\n"
         "     @subsystem = N'SSIS', @database_name = N'master',\n"
         "     @command = N'/FILE \"\\\"E:\\SSIS\\%s.dtsx\\\"\" /DECRYPT %s /CHECKPOINTING OFF /REPORTING E',\n"
         "     @retry_attempts = 1, @retry_interval = 5;\n\n"
         "EXEC msdb.dbo.sp_add_jobschedule @job_id = @jobId, @name = N'Nightly 02:15',\n"
         "     @freq_type = 4, @freq_interval = 1, @active_start_time = 21500;\nGO\n" % (pk, pk, pk, v))
    return "sql/agent/job_%s.sql" % pk.lower(), t


@tpl("ssis", "package_password", s_pw)
def ssis_runtime_cs(r, v):
    ns = pick(r, COMPANIES).capitalize()
    t = ("using System;\nusing Microsoft.SqlServer.Dts.Runtime;\n\nnamespace %s.EtlRunner\n{\n"
         "    public static class PackageLauncher\n    {\n"
         "        public static DTSExecResult Run(string packagePath)\n        {\n"
         "            var app = new Application();\n"
         "            app.PackagePassword = \"%s\";\n"
         "            Package pkg = app.LoadPackage(packagePath, null);\n"
         "            pkg.Variables[\"User::RunId\"].Value = Guid.NewGuid().ToString();\n"
         "            DTSExecResult result = pkg.Execute();\n"
         "            foreach (DtsError err in pkg.Errors)\n"
         "                Console.Error.WriteLine(err.Description);\n"
         "            return result;\n        }\n    }\n}\n" % (ns, v))
    return "src/%s.EtlRunner/PackageLauncher.cs" % ns, t


@tpl("ssis", "catalog_environment_password", s_pw)
def ssis_catalog_ps1(r, v):
    env = pick(r, ["PROD", "UAT", "Production"])
    vn = pick(r, ["DwPassword", "SrcPwd", "CrmLogin"])
    t = ("# Creates the SSISDB environment used by the %s project\n"
         "[System.Reflection.Assembly]::LoadWithPartialName(\"Microsoft.SqlServer.Management.IntegrationServices\") | Out-Null\n"
         "$server = \"%s\"\n"
         "$conn = New-Object System.Data.SqlClient.SqlConnection \"Data Source=$server;Initial Catalog=master;Integrated Security=SSPI;\"\n"
         "$ssis = New-Object Microsoft.SqlServer.Management.IntegrationServices.IntegrationServices $conn\n"
         "$folder = $ssis.Catalogs[\"SSISDB\"].Folders[\"DW\"]\n"
         "$env = New-Object Microsoft.SqlServer.Management.IntegrationServices.EnvironmentInfo($folder, \"%s\", \"%s settings\")\n"
         "$env.Create()\n"
         "$env.Variables.Add(\"SrcServer\", [System.TypeCode]::String, \"%s\", $false, \"\")\n"
         "$env.Variables.Add(\"%s\", [System.TypeCode]::String, \"%s\", $true, \"\")\n"
         "$env.Alter()\n" % (pick(r, DBS), pick(r, SERVERS), env, env, pick(r, SERVERS), vn, v))
    return "deploy/New-SsisEnvironment.ps1", t


@tpl("ssis", "catalog_environment_password", s_pw)
def ssis_catalog_sql(r, v):
    t = ("-- SSISDB environment for the DW project\n"
         "DECLARE @folder sysname = N'DW', @env sysname = N'%s';\n"
         "EXEC SSISDB.catalog.create_environment @folder_name = @folder, @environment_name = @env;\n"
         "EXEC SSISDB.catalog.create_environment_variable @folder_name = @folder, @environment_name = @env,\n"
         "     @variable_name = N'SrcServer', @data_type = N'String', @sensitive = 0, @value = N'%s';\n"
         "EXEC SSISDB.catalog.create_environment_variable @folder_name = @folder, @environment_name = @env,\n"
         "     @variable_name = N'%s', @data_type = N'String', @sensitive = 1, @value = N'%s';\n"
         % (pick(r, ["PROD", "UAT"]), pick(r, SERVERS), pick(r, ["SrcPassword", "Pwd_CRM", "TargetSecret"]), v))
    return "sql/ssisdb/02_environment.sql", t


# ---------------------------------------------------------------- SSRS
@tpl("ssrs", "db_password_connection_string", s_pw)
def ssrs_rds(r, v):
    t = ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
         "<RptDataSource xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" Name=\"%s\">\n"
         "  <ConnectionProperties>\n"
         "    <Extension>SQL</Extension>\n"
         "    <ConnectString>Data Source=%s;Initial Catalog=%s;User ID=%s;Password=%s</ConnectString>\n"
         "  </ConnectionProperties>\n"
         "  <DataSourceID>%s</DataSourceID>\n"
         "</RptDataSource>\n" % (pick(r, DBS), pick(r, SERVERS), pick(r, DBS), pick(r, USERS), xe(v), guid(r)))
    return "reports/%s/%s.rds" % (pick(r, ["Sales", "Finance", "Ops"]), pick(r, DBS)), t


@tpl("ssrs", "datasource_password", s_pw)
def ssrs_rss(r, v):
    t = ("' rs.exe -i CreateDataSource.rss -s http://reports/ReportServer\n"
         "Public Sub Main()\n"
         "    Dim definition As New DataSourceDefinition()\n"
         "    definition.CredentialRetrieval = CredentialRetrievalEnum.Store\n"
         "    definition.ConnectString = \"Data Source=%s;Initial Catalog=%s\"\n"
         "    definition.Enabled = True\n"
         "    definition.Extension = \"SQL\"\n"
         "    definition.UserName = \"%s\"\n"
         "    definition.Password = \"%s\"\n"
         "    definition.WindowsCredentials = False\n"
         "    rs.CreateDataSource(\"%s\", \"/Data Sources\", True, definition, Nothing)\n"
         "    Console.WriteLine(\"Data source created\")\n"
         "End Sub\n" % (pick(r, SERVERS), pick(r, DBS), pick(r, USERS), v, pick(r, DBS)))
    return "ssrs/deploy/CreateDataSource.rss", t


@tpl("ssrs", "datasource_password", s_pw)
def ssrs_ps1(r, v):
    t = ("#Requires -Modules ReportingServicesTools\n"
         "$uri = 'http://%s/ReportServer'\n"
         "$secure = ConvertTo-SecureString '%s' -AsPlainText -Force\n"
         "$cred = New-Object System.Management.Automation.PSCredential ('%s', $secure)\n"
         "New-RsDataSource -ReportServerUri $uri -RsFolder '/Shared Data Sources' -Name '%s' `\n"
         "    -Extension 'SQL' -ConnectionString 'Data Source=%s;Initial Catalog=%s' `\n"
         "    -CredentialRetrieval 'Store' -DatasourceCredentials $cred -Overwrite\n"
         % (pick(r, ["rpt01", "reports.corp.local", "ssrs-prod"]), v, pick(r, USERS), pick(r, DBS),
            pick(r, SERVERS), pick(r, DBS)))
    return "ssrs/Deploy-DataSources.ps1", t


# ---------------------------------------------------------------- Crystal Reports
@tpl("crystal", "db_password_positional", s_pw)
def crystal_cs(r, v):
    rpt = pick(r, ["InvoiceSummary", "AgedDebtors", "StockValuation", "PayrollRegister"])
    t = ("using CrystalDecisions.CrystalReports.Engine;\nusing CrystalDecisions.Shared;\n\n"
         "namespace Reporting.Web.Services\n{\n    public class %sExporter\n    {\n"
         "        public byte[] Export(int year)\n        {\n"
         "            using (var report = new ReportDocument())\n            {\n"
         "                report.Load(Server.MapPath(\"~/Reports/%s.rpt\"));\n"
         "                report.SetDatabaseLogon(\"%s\", \"%s\", \"%s\", \"%s\");\n"
         "                report.SetParameterValue(\"FiscalYear\", year);\n"
         "                var stream = report.ExportToStream(ExportFormatType.PortableDocFormat);\n"
         "                using (var ms = new System.IO.MemoryStream()) { stream.CopyTo(ms); return ms.ToArray(); }\n"
         "            }\n        }\n    }\n}\n" % (rpt, rpt, pick(r, USERS), v, pick(r, SERVERS), pick(r, DBS)))
    return "src/Reporting.Web/Services/%sExporter.cs" % rpt, t


@tpl("crystal", "db_password_property", s_pw)
def crystal_vb(r, v):
    t = ("Imports CrystalDecisions.CrystalReports.Engine\nImports CrystalDecisions.Shared\n\n"
         "Public Module ReportLogon\n"
         "    Public Sub ApplyLogon(ByVal rpt As ReportDocument)\n"
         "        Dim ci As New ConnectionInfo()\n"
         "        ci.ServerName = \"%s\"\n"
         "        ci.DatabaseName = \"%s\"\n"
         "        ci.UserID = \"%s\"\n"
         "        ci.Password = \"%s\"\n"
         "        For Each tbl As Table In rpt.Database.Tables\n"
         "            Dim li As TableLogOnInfo = tbl.LogOnInfo\n"
         "            li.ConnectionInfo = ci\n"
         "            tbl.ApplyLogOnInfo(li)\n"
         "        Next\n    End Sub\nEnd Module\n" % (pick(r, SERVERS), pick(r, DBS), pick(r, USERS), v))
    return "CrystalViewer/Modules/ReportLogon.vb", t


@tpl("crystal", "db_password_connection_string", s_pw)
def crystal_appconfig(r, v):
    t = ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n"
         "  <startup useLegacyV2RuntimeActivationPolicy=\"true\">\n"
         "    <supportedRuntime version=\"v4.0\" sku=\".NETFramework,Version=v4.7.2\" />\n  </startup>\n"
         "  <connectionStrings>\n"
         "    <add name=\"ReportDb\" providerName=\"System.Data.SqlClient\"\n"
         "         connectionString=\"Server=%s;Database=%s;User Id=%s;Password=%s;\" />\n"
         "  </connectionStrings>\n"
         "  <appSettings>\n    <add key=\"ReportFolder\" value=\"C:\\Reports\" />\n"
         "    <add key=\"ExportFormat\" value=\"PDF\" />\n  </appSettings>\n</configuration>\n"
         % (pick(r, SERVERS), pick(r, DBS), pick(r, USERS), xe(v)))
    return "CrystalViewer/App.config", t


# ---------------------------------------------------------------- Talend
def talend_ctx_common(r):
    return ("db_host=%s\ndb_port=1433\ndb_name=%s\ndb_schema=%s\ndb_user=%s\n"
            % (pick(r, SERVERS).replace("\\", "\\\\"), pick(r, DBS), pick(r, SCHEMAS), pick(r, USERS)))


@tpl("talend", "db_password_context", s_pw)
def talend_default_props(r, v):
    t = ("#%s\n" % pick(r, ["Mon Mar 04 10:12:55 CET 2024", "Tue Nov 14 08:01:12 GMT 2023"]))
    t += talend_ctx_common(r) + "db_password=%s\ninput_dir=/data/in\nbatch_size=5000\n" % v
    return "talend/%s/contexts/Default.properties" % pick(r, ["LOAD_DWH", "CRM_SYNC", "FIN_EXTRACT"]), t


@tpl("talend", "db_password_context", s_pw)
def talend_prod_props(r, v):
    k = pick(r, ["tgt_secret", "dwh_pwd", "TargetPass", "oracle_pw"])
    t = "# production context - exported from Studio\n" + talend_ctx_common(r)
    t += "archive_path=/mnt/archive\n%s=%s\nlog_level=INFO\n" % (k, v)
    return "contexts/%s.properties" % pick(r, ["Prod", "PRD", "production"]), t


@tpl("salesforce", "security_token", s_sftoken, "token")
def talend_salesforce_ctx(r, v):
    t = ("# Salesforce extraction context (password is loaded by implicit tContextLoad)\n"
         "sf_endpoint=https://login.salesforce.com/services/Soap/u/58.0\n"
         "sf_username=integration@%s.com\nsf_security_token=%s\nsf_batch_size=200\n"
         "sf_module=Account\nout_dir=/data/sfdc\n" % (pick(r, COMPANIES), v))
    return "talend/SFDC_EXTRACT/contexts/Default.properties", t


@tpl("aws", "secret_access_key", s_aws, "aws")
def talend_s3_ctx(r, v):
    t = ("# S3 landing zone\ns3_bucket=%s-datalake-landing\ns3_region=%s\n"
         "s3_access_key=AKIA%s\ns3_secret_key=%s\ns3_prefix=erp/daily/\n"
         % (pick(r, COMPANIES), pick(r, ["eu-west-1", "us-east-1", "eu-central-1"]), rs(r, 16, UP + "234567"), v))
    return "talend/S3_UPLOAD/contexts/Prod.properties", t


@tpl("talend", "db_password_generated_code", s_pw)
def talend_java(r, v):
    job = pick(r, ["load_dim_customer", "extract_orders", "sync_accounts"])
    t = ("package %s.%s_0_1;\n\nimport routines.TalendDate;\nimport routines.system.*;\n\n"
         "public class %s implements TalendJob {\n"
         "    public void tDBInput_1Process(final java.util.Map<String, Object> globalMap) throws TalendException {\n"
         "        String driverClass_tDBInput_1 = \"com.microsoft.sqlserver.jdbc.SQLServerDriver\";\n"
         "        java.lang.Class.forName(driverClass_tDBInput_1);\n"
         "        String dbUser_tDBInput_1 = \"%s\";\n"
         "        final String decryptedPassword_tDBInput_1 = \"%s\";\n"
         "        String url_tDBInput_1 = \"jdbc:sqlserver://%s:1433;databaseName=%s\";\n"
         "        conn_tDBInput_1 = java.sql.DriverManager.getConnection(url_tDBInput_1, dbUser_tDBInput_1, decryptedPassword_tDBInput_1);\n"
         "    }\n}\n" % (pick(r, COMPANIES), job, job, pick(r, USERS), v, pick(r, SERVERS).split("\\")[0], pick(r, DBS)))
    return "talend/src/main/java/%s/%s_0_1/%s.java" % (pick(r, COMPANIES), job, job), t


@tpl("talend", "db_password_item", s_pw)
def talend_item(r, v):
    t = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<talendfile:ProcessType xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:talendfile=\"platform:/resource/org.talend.model/model/TalendFile.xsd\" defaultContext=\"Default\" jobType=\"Standard\">\n"
         "  <node componentName=\"tMysqlConnection\" componentVersion=\"0.102\" offsetLabelX=\"0\" offsetLabelY=\"0\" posX=\"96\" posY=\"128\">\n"
         "    <elementParameter field=\"TEXT\" name=\"HOST\" value=\"&quot;%s&quot;\"/>\n"
         "    <elementParameter field=\"TEXT\" name=\"PORT\" value=\"&quot;3306&quot;\"/>\n"
         "    <elementParameter field=\"TEXT\" name=\"DBNAME\" value=\"&quot;%s&quot;\"/>\n"
         "    <elementParameter field=\"TEXT\" name=\"USER\" value=\"&quot;%s&quot;\"/>\n"
         "    <elementParameter field=\"PASSWORD\" name=\"PASS\" value=\"%s\"/>\n"
         "    <elementParameter field=\"TEXT\" name=\"UNIQUE_NAME\" value=\"tMysqlConnection_1\"/>\n"
         "  </node>\n</talendfile:ProcessType>\n" % (pick(r, PG_HOSTS), pick(r, DBS).lower(), pick(r, USERS), xe(v)))
    return "talend/process/LOAD_DWH_0.1.item", t


# ---------------------------------------------------------------- Pentaho Kettle
@tpl("pentaho", "obfuscated_password", s_kettle, "kettle")
def kettle_props_enc(r, v):
    t = ("# kettle.properties for the production Carte cluster\n"
         "DWH_HOST=%s\nDWH_PORT=5432\nDWH_DB=%s\nDWH_USER=%s\nDWH_PASSWORD=%s\n"
         "KETTLE_MAX_LOG_SIZE_IN_LINES=5000\nINPUT_DIR=/data/pdi/in\n"
         % (pick(r, PG_HOSTS), pick(r, DBS).lower(), pick(r, USERS), v))
    return "pdi/.kettle/kettle.properties", t


@tpl("pentaho", "sftp_password", s_pw)
def kettle_props_plain(r, v):
    t = ("# variables used by jb_partner_files.kjb\n"
         "SFTP_HOST=%s\nSFTP_PORT=22\nSFTP_USER=%s\nSFTP_PASS=%s\nSFTP_REMOTE_DIR=/outgoing\n"
         "LOCAL_DIR=/data/incoming\n" % (pick(r, SFTP_HOSTS), pick(r, COMPANIES) + "_xfer", v))
    return "pentaho/config/kettle.properties", t


@tpl("pentaho", "obfuscated_password", s_kettle, "kettle")
def kettle_ktr(r, v):
    t = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<transformation>\n  <info>\n"
         "    <name>tr_load_%s</name>\n    <trans_version/>\n    <trans_type>Normal</trans_type>\n"
         "    <directory>/</directory>\n    <created_user>-</created_user>\n  </info>\n"
         "  <connection>\n    <name>dwh</name>\n    <server>%s</server>\n    <type>POSTGRESQL</type>\n"
         "    <access>Native</access>\n    <database>%s</database>\n    <port>5432</port>\n"
         "    <username>%s</username>\n    <password>%s</password>\n"
         "    <servername/>\n    <data_tablespace/>\n    <index_tablespace/>\n"
         "    <attributes>\n      <attribute><code>FORCE_IDENTIFIERS_TO_LOWERCASE</code><attribute>N</attribute></attribute>\n"
         "    </attributes>\n  </connection>\n"
         "  <step>\n    <name>Table input</name>\n    <type>TableInput</type>\n    <connection>dwh</connection>\n"
         "    <sql>SELECT * FROM %s.%s</sql>\n  </step>\n</transformation>\n"
         % (pick(r, TABLES).lower(), pick(r, PG_HOSTS), pick(r, DBS).lower(), pick(r, USERS), v,
            pick(r, SCHEMAS), pick(r, TABLES).lower()))
    return "pdi/transformations/tr_load_%s.ktr" % pick(r, TABLES).lower(), t


@tpl("pentaho", "sftp_password", s_kettle, "kettle")
def kettle_kjb_sftp(r, v):
    t = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<job>\n  <name>jb_partner_files</name>\n"
         "  <entries>\n    <entry>\n      <name>Get files with SFTP</name>\n      <type>SFTP</type>\n"
         "      <servername>%s</servername>\n      <serverport>22</serverport>\n"
         "      <username>%s</username>\n      <password>%s</password>\n"
         "      <sftpdirectory>/outgoing</sftpdirectory>\n      <targetdirectory>${LOCAL_DIR}</targetdirectory>\n"
         "      <wildcard>.*\\.csv</wildcard>\n      <remove>N</remove>\n    </entry>\n  </entries>\n</job>\n"
         % (pick(r, SFTP_HOSTS), pick(r, COMPANIES) + "_xfer", v))
    return "pdi/jobs/jb_partner_files.kjb", t


@tpl("pentaho", "smtp_password", s_kettle, "kettle")
def kettle_kjb_mail(r, v):
    t = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<job>\n  <name>jb_nightly</name>\n  <entries>\n"
         "    <entry>\n      <name>Mail on failure</name>\n      <type>MAIL</type>\n"
         "      <server>smtp.%s.com</server>\n      <port>587</port>\n      <destination>bi-team@%s.com</destination>\n"
         "      <use_auth>Y</use_auth>\n      <use_secure_auth>Y</use_secure_auth>\n"
         "      <auth_user>etl-alerts@%s.com</auth_user>\n      <auth_password>%s</auth_password>\n"
         "      <subject>PDI nightly failed</subject>\n    </entry>\n  </entries>\n</job>\n"
         % (pick(r, COMPANIES), pick(r, COMPANIES), pick(r, COMPANIES), v))
    return "pdi/jobs/jb_nightly.kjb", t


@tpl("pentaho", "db_password_jndi", s_pw)
def pentaho_simple_jndi(r, v):
    ds = pick(r, ["dwh", "SampleData", "reporting"])
    t = ("# simple-jndi data sources for the BA server\n"
         "%s/type=javax.sql.DataSource\n%s/driver=org.postgresql.Driver\n"
         "%s/url=jdbc:postgresql://%s:5432/%s\n%s/user=%s\n%s/password=%s\n"
         % (ds, ds, ds, pick(r, PG_HOSTS), pick(r, DBS).lower(), ds, pick(r, USERS), ds, v))
    return "pentaho-server/pentaho-solutions/system/simple-jndi/jdbc.properties", t


@tpl("pentaho", "carte_password", s_kettle, "kettle")
def kettle_carte(r, v):
    t = ("<slave_config>\n  <slaveserver>\n    <name>carte-%02d</name>\n    <hostname>%s</hostname>\n"
         "    <port>8081</port>\n    <username>cluster</username>\n    <password>%s</password>\n"
         "    <master>Y</master>\n  </slaveserver>\n  <max_log_lines>10000</max_log_lines>\n</slave_config>\n"
         % (r.randint(1, 9), pick(r, ["etl01.corp.local", "pdi-carte.acme.lan"]), v))
    return "pdi/carte-config-master.xml", t


@tpl("pentaho", "db_password_xml_attribute", s_pw)
def pentaho_context_xml(r, v):
    t = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Context path=\"/pentaho\" docbase=\"webapps/pentaho/\">\n"
         "  <Resource name=\"jdbc/Hibernate\" auth=\"Container\" type=\"javax.sql.DataSource\"\n"
         "            factory=\"org.pentaho.di.core.database.util.DecryptingDataSourceFactory\" maxActive=\"20\"\n"
         "            maxIdle=\"5\" maxWait=\"10000\" username=\"hibuser\" password=\"%s\"\n"
         "            driverClassName=\"org.postgresql.Driver\" url=\"jdbc:postgresql://%s:5432/hibernate\"\n"
         "            validationQuery=\"select 1\"/>\n</Context>\n" % (xe(v), pick(r, PG_HOSTS)))
    return "pentaho-server/tomcat/webapps/pentaho/META-INF/context.xml", t


@tpl("slack", "webhook_url", s_slack, "slack")
def kettle_props_slack(r, v):
    t = ("# notifications\nETL_ENV=prod\nETL_ALERT_CHANNEL=#bi-alerts\nETL_ALERT_WEBHOOK=%s\n"
         "ETL_ALERT_ON_SUCCESS=N\n" % v)
    return "pdi/config/notify.properties", t


# ---------------------------------------------------------------- Informatica
@tpl("informatica", "sftp_password", s_pw)
def infa_param(r, v):
    wf = pick(r, WF)
    t = ("[Global]\n$PMSessionLogDir=/infa/logs\n$DBConnection_Src=ORA_%s\n$DBConnection_Tgt=DW_%s\n"
         "[%s.WF:%s]\n$$LOAD_DATE=2024-01-31\n$$SFTP_HOST=%s\n$$SFTP_USER=%s\n$$SFTP_PASSWORD=%s\n"
         "[%s.WF:%s.ST:s_m_stage]\n$InputFile1=/infa/srcfiles/orders.dat\n"
         % (pick(r, ["ERP", "CRM"]), pick(r, ["PRD", "UAT"]), pick(r, ["DWH", "FIN"]), wf, pick(r, SFTP_HOSTS),
            pick(r, COMPANIES), v, pick(r, ["DWH", "FIN"]), wf))
    return "infa/params/%s.par" % wf.lower(), t


@tpl("informatica", "repository_password", s_pwu)
def infa_pmrep(r, v):
    t = ("#!/bin/ksh\n# export a folder from the repository for deployment\n"
         ". /opt/informatica/env.sh\n"
         "pmrep connect -r %s -d %s -n %s -x %s\n"
         "pmrep objectexport -f %s -u /tmp/export_$$.xml -m -s -b -r\n"
         "pmrep cleanup\n" % (pick(r, ["REP_PROD", "PC_REPO", "INFA_REP"]), pick(r, ["Domain_ETL", "DOM_PRD"]),
                              pick(r, ["Administrator", "deploy_user"]), v, pick(r, ["DWH", "FIN"])))
    return "scripts/export_folder.sh", t


@tpl("informatica", "integration_service_password", s_pwu)
def infa_pmcmd(r, v):
    wf = pick(r, WF)
    t = ("#!/bin/bash\nset -e\nFOLDER=%s\nWF=%s\n"
         "pmcmd startworkflow -sv %s -d %s -u %s -p %s -f $FOLDER -wait $WF\n"
         "echo \"$WF finished with rc=$?\"\n" % (pick(r, ["DWH", "FIN"]), wf, pick(r, ["IS_PROD", "INT_SVC"]),
                                                  pick(r, ["Domain_ETL", "DOM_PRD"]), pick(r, USERS), v))
    return "bin/run_%s.sh" % wf.lower(), t


@tpl("informatica", "cloud_password", s_pw)
def iics_login(r, v):
    t = ("import requests\n\nLOGIN_URL = \"https://dm-us.informaticacloud.com/saas/public/core/v3/login\"\n\n\n"
         "def session():\n    body = {\"username\": \"%s@%s.com\", \"password\": \"%s\"}\n"
         "    resp = requests.post(LOGIN_URL, json=body, timeout=30)\n    resp.raise_for_status()\n"
         "    data = resp.json()\n    return data[\"products\"][0][\"baseApiUrl\"], data[\"userInfo\"][\"sessionId\"]\n"
         % (pick(r, ["iics.svc", "etl.admin"]), pick(r, COMPANIES), v))
    return "tools/iics/iics_client.py", t


# ---------------------------------------------------------------- DataStage
@tpl("datastage", "engine_password", s_pwu)
def ds_dsjob(r, v):
    t = ("#!/bin/sh\n# kicks off the nightly sequence\nDSHOME=/opt/IBM/InformationServer/Server/DSEngine\n. $DSHOME/dsenv\n"
         "$DSHOME/bin/dsjob -domain %s:9443 -user dsadm -password %s -server %s \\\n"
         "    -run -jobstatus -param pLoadDate=`date +%%Y%%m%%d` %s seq_Nightly_Load\n"
         % (pick(r, ["isdomain01", "iis-svcs.corp.local"]), v, pick(r, ["ISENGINE01", "DSENG02"]),
            pick(r, ["DWH_PROD", "EDW"])))
    return "datastage/scripts/run_nightly.sh", t


@tpl("datastage", "db_password_parameter_set", s_pw)
def ds_paramset(r, v):
    t = ("pDbServer=%s\npDbName=%s\npDbUser=%s\npDbSecret=%s\npCommitSize=10000\n"
         % (pick(r, ORA_HOSTS), pick(r, DBS), pick(r, USERS), v))
    return "datastage/ParameterSets/ps_DW_Connection/PROD", t


@tpl("datastage", "db_password_odbc_ini", s_pw)
def ds_odbc_ini(r, v):
    t = ("[ODBC Data Sources]\nDW_ORA=DataDirect Oracle Wire Protocol\n\n[DW_ORA]\n"
         "Driver=/opt/IBM/InformationServer/Server/branded_odbc/lib/VMora27.so\n"
         "Description=DataDirect Oracle Wire Protocol\nHostName=%s\nPortNumber=1521\nServiceName=DWPROD\n"
         "LogonID=%s\nPassword=%s\nEnableStaticCursorsForLongData=0\n\n[ODBC]\nIANAAppCodePage=4\n"
         "InstallDir=/opt/IBM/InformationServer/Server/branded_odbc\n" % (pick(r, ORA_HOSTS), pick(r, USERS), v))
    return "datastage/config/.odbc.ini", t


# ---------------------------------------------------------------- Oracle ODI / Oracle
@tpl("odi", "repository_password", s_pw)
def odi_groovy(r, v):
    t = ("import oracle.odi.core.OdiInstance\nimport oracle.odi.core.config.*\nimport oracle.odi.core.security.Authentication\n\n"
         "def url = \"jdbc:oracle:thin:@%s:1521/ODIREPO\"\n"
         "def master = new MasterRepositoryDbInfo(url, \"oracle.jdbc.OracleDriver\", \"DEV_ODI_REPO\", \"%s\".toCharArray(), new PoolProperties())\n"
         "def work = new WorkRepositoryDbInfo(\"WORKREP\", new PoolProperties())\n"
         "def odi = OdiInstance.createInstance(new OdiInstanceConfig(master, work))\n"
         "Authentication auth = odi.getSecurityManager().createAuthentication(\"SUPERVISOR\", System.getenv(\"ODI_SUPERVISOR_PWD\").toCharArray())\n"
         "odi.getSecurityManager().setCurrentThreadAuthentication(auth)\n" % (pick(r, ORA_HOSTS), v))
    return "odi/sdk/ExportScenarios.groovy", t


@tpl("oracle", "db_password_cli", s_pwu)
def ora_sqlplus(r, v):
    t = ("#!/bin/bash\n# post-load statistics for the ODI load plan\nexport ORACLE_HOME=/u01/app/oracle/product/19.0.0/client_1\n"
         "export PATH=$ORACLE_HOME/bin:$PATH\n"
         "sqlplus -s %s/%s@%s:1521/DWPROD <<EOF\nEXEC DBMS_STATS.GATHER_SCHEMA_STATS('DW');\nEXIT\nEOF\n"
         % (pick(r, USERS), v, pick(r, ORA_HOSTS)))
    return "odi/scripts/gather_stats.sh", t


@tpl("oracle", "db_link_password", s_pwu)
def ora_dblink(r, v):
    t = ("-- database link used by the reporting views\nCREATE DATABASE LINK erp_link\n"
         "  CONNECT TO %s IDENTIFIED BY \"%s\"\n  USING '%s:1521/ERPPROD';\n\n"
         "CREATE OR REPLACE VIEW rpt.v_open_orders AS\n  SELECT order_id, customer_id, amount FROM orders@erp_link WHERE status = 'OPEN';\n"
         % (pick(r, USERS), v, pick(r, ORA_HOSTS)))
    return "db/oracle/020_erp_link.sql", t


# ---------------------------------------------------------------- Jaspersoft
@tpl("jaspersoft", "db_password_data_adapter", s_pw)
def jasper_adapter(r, v):
    t = ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
         "<jdbcDataAdapter class=\"net.sf.jasperreports.data.jdbc.JdbcDataAdapterImpl\">\n"
         "    <name>%s</name>\n    <driver>org.postgresql.Driver</driver>\n"
         "    <username>%s</username>\n    <password>%s</password>\n    <savePassword>true</savePassword>\n"
         "    <url>jdbc:postgresql://%s:5432/%s</url>\n    <database>%s</database>\n"
         "    <classpath>lib/postgresql-42.6.0.jar</classpath>\n</jdbcDataAdapter>\n"
         % (pick(r, DBS), pick(r, USERS), xe(v), pick(r, PG_HOSTS), pick(r, DBS).lower(), pick(r, DBS).lower()))
    return "jasper/adapters/%s.xml" % pick(r, ["dw_adapter", "DataAdapter", "reporting-db"]), t


@tpl("jaspersoft", "db_password_properties", s_pw)
def jasper_master_props(r, v):
    t = ("# default_master.properties - JasperReports Server buildomatic\nappServerType=tomcat\n"
         "appServerDir=/opt/tomcat9\ndbType=postgresql\ndbHost=%s\ndbUsername=%s\ndbPassword=%s\n"
         "js.dbName=jasperserver\nwebAppName=jasperserver-pro\n" % (pick(r, PG_HOSTS), pick(r, USERS), v))
    return "jasperserver/buildomatic/default_master.properties", t


@tpl("jaspersoft", "db_password_positional", s_pw)
def jasper_java(r, v):
    t = ("package com.%s.reports;\n\nimport java.sql.Connection;\nimport java.sql.DriverManager;\nimport java.util.HashMap;\n"
         "import net.sf.jasperreports.engine.*;\n\npublic class MonthlyStatement {\n"
         "    public static void main(String[] args) throws Exception {\n"
         "        JasperReport report = JasperCompileManager.compileReport(\"reports/monthly_statement.jrxml\");\n"
         "        try (Connection c = DriverManager.getConnection(\"jdbc:postgresql://%s/%s\", \"%s\", \"%s\")) {\n"
         "            JasperPrint print = JasperFillManager.fillReport(report, new HashMap<>(), c);\n"
         "            JasperExportManager.exportReportToPdfFile(print, \"out/monthly_statement.pdf\");\n"
         "        }\n    }\n}\n" % (pick(r, COMPANIES), pick(r, PG_HOSTS), pick(r, DBS).lower(), pick(r, USERS), v))
    return "src/main/java/com/reports/MonthlyStatement.java", t


# ---------------------------------------------------------------- BIRT
def birt_wrap(r, inner):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<report xmlns=\"http://www.eclipse.org/birt/2005/design\" version=\"3.2.23\" id=\"1\">\n"
            "    <property name=\"createdBy\">Eclipse BIRT Designer Version 4.%d.0</property>\n"
            "    <property name=\"units\">in</property>\n    <data-sources>\n%s    </data-sources>\n"
            "    <data-sets>\n        <oda-data-set extensionID=\"org.eclipse.birt.report.data.oda.jdbc.JdbcSelectDataSet\" name=\"Orders\" id=\"8\">\n"
            "            <property name=\"dataSource\">Data Source</property>\n"
            "            <xml-property name=\"queryText\"><![CDATA[select * from %s]]></xml-property>\n"
            "        </oda-data-set>\n    </data-sets>\n</report>\n" % (r.randint(8, 16), inner, pick(r, TABLES).lower()))


@tpl("birt", "encoded_password", s_birt, "b64")
def birt_encrypted(r, v):
    inner = ("        <oda-data-source extensionID=\"org.eclipse.birt.report.data.oda.jdbc\" name=\"Data Source\" id=\"7\">\n"
             "            <property name=\"odaDriverClass\">com.mysql.cj.jdbc.Driver</property>\n"
             "            <property name=\"odaURL\">jdbc:mysql://%s:3306/%s</property>\n"
             "            <property name=\"odaUser\">%s</property>\n"
             "            <encrypted-property name=\"odaPassword\" encryptionID=\"base64\">%s</encrypted-property>\n"
             "        </oda-data-source>\n" % (pick(r, PG_HOSTS), pick(r, DBS).lower(), pick(r, USERS), xe(v)))
    return "birt/reports/%s.rptdesign" % pick(r, ["orders_by_region", "sales_summary", "inventory"]), birt_wrap(r, inner)


@tpl("birt", "db_password_url", s_pwu)
def birt_url(r, v):
    inner = ("        <oda-data-source extensionID=\"org.eclipse.birt.report.data.oda.jdbc\" name=\"Data Source\" id=\"7\">\n"
             "            <property name=\"odaDriverClass\">com.mysql.cj.jdbc.Driver</property>\n"
             "            <property name=\"odaURL\">jdbc:mysql://%s:3306/%s?user=%s&amp;password=%s&amp;useSSL=true</property>\n"
             "        </oda-data-source>\n" % (pick(r, PG_HOSTS), pick(r, DBS).lower(), pick(r, USERS), xe(v)))
    return "birt/reports/%s.rptdesign" % pick(r, ["customer_list", "kpi_dashboard"]), birt_wrap(r, inner)


# ---------------------------------------------------------------- Cognos / MicroStrategy
@tpl("cognos", "cam_password", s_pw)
def cognos_rest(r, v):
    t = ("import requests\n\nCOGNOS = \"https://cognos.%s.com:9300/api/v1\"\n\n\n"
         "def open_session():\n    s = requests.Session()\n"
         "    payload = {\"parameters\": [\n        {\"name\": \"CAMNamespace\", \"value\": \"AD\"},\n"
         "        {\"name\": \"CAMUsername\", \"value\": \"%s\"},\n        {\"name\": \"CAMPassword\", \"value\": \"%s\"},\n"
         "    ]}\n    r = s.put(COGNOS + \"/session\", json=payload, verify=\"certs/corp-ca.pem\")\n"
         "    r.raise_for_status()\n    s.headers[\"IBM-BA-Authorization\"] = r.cookies.get(\"cam_passport\")\n    return s\n"
         % (pick(r, COMPANIES), pick(r, USERS), v))
    return "cognos/tools/cognos_session.py", t


@tpl("cognos", "cam_password", s_pw)
def cognos_sdk_java(r, v):
    t = ("package com.corp.cognos;\n\nimport com.cognos.developer.schemas.bibus._3.*;\n\npublic class Logon {\n"
         "    static String credentialXml() {\n"
         "        return \"<credential><namespace>LDAP</namespace><username>%s</username><password>%s</password></credential>\";\n"
         "    }\n\n    public static void logon(ContentManagerService_PortType cms) throws Exception {\n"
         "        cms.logon(new XmlEncodedXML(credentialXml()), null);\n    }\n}\n" % (pick(r, USERS), xe(v)))
    return "cognos-sdk/src/com/corp/cognos/Logon.java", t


@tpl("microstrategy", "password_positional", s_pw)
def mstr_mstrio(r, v):
    t = ("from mstrio.connection import Connection\nfrom mstrio.project_objects import Report\n\n"
         "BASE_URL = \"https://mstr.%s.com/MicroStrategyLibrary/api\"\n\n"
         "conn = Connection(BASE_URL, \"%s\", \"%s\", project_name=\"%s\", login_mode=1)\n"
         "report = Report(conn, id=\"%s\")\ndf = report.to_dataframe()\ndf.to_csv(\"exports/sales.csv\", index=False)\n"
         % (pick(r, COMPANIES), pick(r, ["administrator", "mstr_api"]), v, pick(r, ["Sales Analysis", "Finance"]), hexs(r, 32, True)))
    return "mstr/export_sales.py", t


@tpl("microstrategy", "password_cli", s_pwu)
def mstr_cmdmgr(r, v):
    t = ("@echo off\nREM apply object security changes with Command Manager\n"
         "cd /d \"C:\\Program Files (x86)\\MicroStrategy\\Command Manager\"\n"
         "cmdmgr.exe -n \"%s\" -u Administrator -p %s -f \"D:\\mstr\\scripts\\grant_acl.scp\" -o \"D:\\mstr\\logs\\grant_acl.log\"\n"
         % (pick(r, ["PROD_PS", "Intelligence Server"]), v))
    return "mstr/run_grant_acl.bat", t


# ---------------------------------------------------------------- Qlik
@tpl("qlik", "scrambled_password", s_xqlik, "xqlik")
def qlik_xpassword(r, v):
    uid = "".join(r.choice(UP) if r.random() < 0.6 else r.choice(LO) for _ in range(r.randint(12, 20)))
    t = ("///$tab Main\nSET ThousandSep=',';\nSET DecimalSep='.';\nSET DateFormat='YYYY-MM-DD';\n"
         "///$tab Extract\nODBC CONNECT TO [%s] (XUserId is %s, XPassword is %s);\n\n"
         "Orders:\nLOAD OrderID, CustomerID, OrderDate, Amount;\nSQL SELECT * FROM %s.%s;\n\n"
         "STORE Orders INTO [lib://QVD/Orders.qvd] (qvd);\nDROP TABLE Orders;\n"
         % (pick(r, DBS), uid, v, pick(r, SCHEMAS), pick(r, TABLES)))
    return "qlik/scripts/%s.qvs" % pick(r, ["extract_orders", "01_extract", "load_sales"]), t


@tpl("qlik", "db_password_connection_string", s_pw)
def qlik_oledb(r, v):
    t = ("// Extract layer\nOLEDB CONNECT32 TO [Provider=SQLOLEDB.1;Persist Security Info=True;User ID=%s;Password=%s;"
         "Initial Catalog=%s;Data Source=%s;Use Encryption for Data=False];\n\n"
         "Customers:\nSQL SELECT CustomerKey, CustomerName, Region FROM dbo.DimCustomer;\n"
         "STORE Customers INTO [..\\QVD\\Customers.qvd] (qvd);\n"
         % (pick(r, USERS), v, pick(r, DBS), pick(r, SERVERS)))
    return "QlikView/Extract/Customers.qvs", t


@tpl("qlik", "basic_auth_header", s_basic, "b64")
def qlik_rest_basic(r, v):
    t = ("LIB CONNECT TO 'REST_ServiceDesk';\n\nTickets:\nSQL SELECT \"id\", \"status\", \"priority\", \"created_at\"\n"
         "FROM JSON (wrap on) \"root\" PK \"__KEY_root\"\n"
         "WITH CONNECTION (\n  URL \"https://%s.servicedesk.example.com/api/v2/tickets\",\n"
         "  HTTPHEADER \"Authorization\" \"Basic %s\",\n  QUERY \"per_page\" \"100\"\n);\n"
         % (pick(r, COMPANIES), v))
    return "qlik/apps/servicedesk/load_tickets.qvs", t


@tpl("qlik", "cloud_api_key", s_qlikjwt, "jwt")
def qlik_cloud_reload(r, v):
    t = ("import requests\n\nTENANT = \"https://%s.eu.qlikcloud.com\"\n"
         "API_KEY = \"%s\"\n\n\ndef reload(app_id):\n"
         "    r = requests.post(f\"{TENANT}/api/v1/reloads\", json={\"appId\": app_id},\n"
         "                      headers={\"Authorization\": f\"Bearer {API_KEY}\"}, timeout=60)\n"
         "    r.raise_for_status()\n    return r.json()[\"id\"]\n\n\nif __name__ == \"__main__\":\n"
         "    print(reload(\"%s\"))\n" % (pick(r, COMPANIES), v, guid(r)))
    return "qlik/automation/trigger_reload.py", t


# ---------------------------------------------------------------- Tableau
@tpl("tableau", "personal_access_token", s_pat, "pat")
def tableau_tsc(r, v):
    t = ("import tableauserverclient as TSC\n\n"
         "auth = TSC.PersonalAccessTokenAuth(\"%s\", \"%s\", site_id=\"%s\")\n"
         "server = TSC.Server(\"https://%s\", use_server_version=True)\n\n"
         "with server.auth.sign_in(auth):\n    ds = server.datasources.get_by_id(\"%s\")\n"
         "    job = server.datasources.refresh(ds)\n    print(\"refresh job\", job.id)\n"
         % (pick(r, ["etl-refresh", "nightly_extracts", "ci-publisher"]), v, pick(r, ["finance", "sales", ""]),
            pick(r, ["tableau.corp.local", "10ay.online.tableau.com", "prod-useast-a.online.tableau.com"]), guid(r)))
    return "tableau/refresh_extracts.py", t


@tpl("tableau", "server_password_cli", s_pwu)
def tableau_tabcmd(r, v):
    t = ("@echo off\nREM refresh the extracts after the DW load\n"
         "tabcmd login -s https://%s -t %s -u %s -p %s\n"
         "tabcmd refreshextracts --datasource \"%s\" --synchronous\n"
         "tabcmd logout\n" % (pick(r, ["tableau.corp.local", "tabsrv01"]), pick(r, ["Finance", "Sales"]),
                              pick(r, ["tabadmin", "svc_tableau"]), v, pick(r, DBS)))
    return "tableau/refresh.cmd", t


@tpl("tableau", "personal_access_token", s_pat, "pat")
def tableau_rest_ps1(r, v):
    t = ("$server = 'https://%s'\n$body = @\"\n<tsRequest>\n"
         "  <credentials personalAccessTokenName=\"%s\" personalAccessTokenSecret=\"%s\">\n"
         "    <site contentUrl=\"%s\" />\n  </credentials>\n</tsRequest>\n\"@\n"
         "$resp = Invoke-RestMethod -Method Post -Uri \"$server/api/3.21/auth/signin\" -Body $body -ContentType 'application/xml'\n"
         "$token = $resp.tsResponse.credentials.token\n"
         % (pick(r, ["tableau.corp.local", "10ay.online.tableau.com"]), pick(r, ["publish", "automation"]), xe(v),
            pick(r, ["finance", "ops"])))
    return "tableau/scripts/SignIn.ps1", t


# ---------------------------------------------------------------- Power BI / Azure AD
@tpl("azure_ad", "client_secret", s_azure, "azure")
def pbi_msal_py(r, v):
    t = ("import msal\nimport requests\n\nTENANT_ID = \"%s\"\nCLIENT_ID = \"%s\"\n"
         "CLIENT_SECRET = \"%s\"\nSCOPE = [\"https://analysis.windows.net/powerbi/api/.default\"]\n\n"
         "app = msal.ConfidentialClientApplication(CLIENT_ID, authority=f\"https://login.microsoftonline.com/{TENANT_ID}\",\n"
         "                                         client_credential=CLIENT_SECRET)\n"
         "token = app.acquire_token_for_client(scopes=SCOPE)[\"access_token\"]\n"
         "requests.post(\"https://api.powerbi.com/v1.0/myorg/groups/%s/datasets/%s/refreshes\",\n"
         "              headers={\"Authorization\": f\"Bearer {token}\"})\n" % (guid(r), guid(r), v, guid(r), guid(r)))
    return "powerbi/refresh_dataset.py", t


@tpl("azure_ad", "client_secret", s_azure, "azure")
def pbi_ps1(r, v):
    t = ("Import-Module MicrosoftPowerBIMgmt\n$tenant = '%s'\n$appId = '%s'\n"
         "$sec = ConvertTo-SecureString '%s' -AsPlainText -Force\n"
         "$cred = New-Object System.Management.Automation.PSCredential($appId, $sec)\n"
         "Connect-PowerBIServiceAccount -ServicePrincipal -Credential $cred -Tenant $tenant\n"
         "Invoke-PowerBIRestMethod -Url 'groups/%s/datasets/%s/refreshes' -Method Post\n"
         % (guid(r), guid(r), v, guid(r), guid(r)))
    return "powerbi/Refresh-Dataset.ps1", t


@tpl("powerbi", "gateway_datasource_password", s_pw)
def pbi_gateway_json(r, v):
    inner = json.dumps({"credentialData": [{"name": "username", "value": pick(r, USERS)},
                                           {"name": "password", "value": v}]})
    body = {"credentialDetails": {"credentialType": "Basic", "credentials": inner,
                                  "encryptedConnection": "Encrypted", "encryptionAlgorithm": "None",
                                  "privacyLevel": "Organizational"}}
    t = json.dumps(body, indent=2) + "\n"
    return "powerbi/gateway/update-datasource-%s.json" % pick(r, DBS).lower(), t


# ---------------------------------------------------------------- Alteryx / KNIME
@tpl("alteryx", "db_password_connection_string", s_pw)
def alteryx_yxmd(r, v):
    t = ("<?xml version=\"1.0\"?>\n<AlteryxDocument yxmdVer=\"2022.1\">\n  <Nodes>\n"
         "    <Node ToolID=\"1\">\n      <GuiSettings Plugin=\"AlteryxBasePluginsGui.DbFileInput.DbFileInput\">\n"
         "        <Position x=\"54\" y=\"90\" />\n      </GuiSettings>\n      <Properties>\n        <Configuration>\n"
         "          <Passwords />\n"
         "          <File OutputFileName=\"\" RecordLimit=\"\" SearchSubDirs=\"False\" FileFormat=\"23\">odbc:DRIVER={ODBC Driver 17 for SQL Server};SERVER=%s;DATABASE=%s;UID=%s;PWD=%s|||SELECT * FROM %s.%s</File>\n"
         "        </Configuration>\n      </Properties>\n    </Node>\n  </Nodes>\n"
         "  <Properties>\n    <MetaInfo>\n      <Name>%s</Name>\n    </MetaInfo>\n  </Properties>\n</AlteryxDocument>\n"
         % (pick(r, SERVERS), pick(r, DBS), pick(r, USERS), xe(v), pick(r, SCHEMAS), pick(r, TABLES),
            pick(r, ["Customer Churn Prep", "Sales Blend"])))
    return "alteryx/workflows/%s.yxmd" % pick(r, ["customer_prep", "sales_blend", "forecast_input"]), t


@tpl("sendgrid", "api_key", s_sendgrid, "sendgrid")
def alteryx_sendgrid(r, v):
    t = ("<?xml version=\"1.0\"?>\n<AlteryxDocument yxmdVer=\"2021.4\">\n  <Nodes>\n"
         "    <Node ToolID=\"7\">\n      <GuiSettings Plugin=\"AlteryxBasePluginsGui.Formula.Formula\" />\n"
         "      <Properties>\n        <Configuration>\n          <FormulaFields>\n"
         "            <FormulaField expression=\"&quot;Bearer %s&quot;\" field=\"Authorization\" size=\"1073741823\" type=\"V_WString\" />\n"
         "            <FormulaField expression=\"&quot;https://api.sendgrid.com/v3/mail/send&quot;\" field=\"URL\" size=\"256\" type=\"V_WString\" />\n"
         "          </FormulaFields>\n        </Configuration>\n      </Properties>\n    </Node>\n"
         "    <Node ToolID=\"8\">\n      <GuiSettings Plugin=\"AlteryxConnectorGui.Download.Download\" />\n    </Node>\n"
         "  </Nodes>\n</AlteryxDocument>\n" % xe(v))
    return "alteryx/workflows/send_report_mail.yxmd", t


@tpl("knime", "db_password_settings", s_pw)
def knime_settings(r, v):
    t = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<config xmlns=\"http://www.knime.org/2008/09/XMLConfig\" key=\"settings.xml\">\n"
         "  <entry key=\"node_file\" type=\"xstring\" value=\"settings.xml\"/>\n"
         "  <config key=\"model\">\n    <entry key=\"driver\" type=\"xstring\" value=\"org.postgresql.Driver\"/>\n"
         "    <entry key=\"database\" type=\"xstring\" value=\"jdbc:postgresql://%s:5432/%s\"/>\n"
         "    <entry key=\"user\" type=\"xstring\" value=\"%s\"/>\n"
         "    <entry key=\"password\" type=\"xstring\" value=\"%s\"/>\n"
         "    <entry key=\"timezone\" type=\"xstring\" value=\"current\"/>\n  </config>\n"
         "  <entry key=\"factoryID\" type=\"xstring\" value=\"org.knime.base.node.io.database.connection.JDBCConnectorNodeFactory\"/>\n"
         "</config>\n" % (pick(r, PG_HOSTS), pick(r, DBS).lower(), pick(r, USERS), xe(v)))
    return "knime/%s/Database Connector (#3)/settings.xml" % pick(r, ["Churn_Model", "Sales_Forecast"]), t


@tpl("knime", "workflow_variable_password", s_pw)
def knime_workflow_var(r, v):
    t = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<config xmlns=\"http://www.knime.org/2008/09/XMLConfig\" key=\"workflow.knime\">\n"
         "  <entry key=\"created_by\" type=\"xstring\" value=\"4.7.%d.v2023\"/>\n"
         "  <config key=\"workflow_variables\">\n    <config key=\"Var_0\">\n"
         "      <entry key=\"name\" type=\"xstring\" value=\"snowflake_user\"/>\n"
         "      <entry key=\"class\" type=\"xstring\" value=\"STRING\"/>\n"
         "      <entry key=\"value\" type=\"xstring\" value=\"%s\"/>\n    </config>\n    <config key=\"Var_1\">\n"
         "      <entry key=\"name\" type=\"xstring\" value=\"%s\"/>\n"
         "      <entry key=\"class\" type=\"xstring\" value=\"STRING\"/>\n"
         "      <entry key=\"value\" type=\"xstring\" value=\"%s\"/>\n    </config>\n  </config>\n</config>\n"
         % (r.randint(1, 8), pick(r, USERS), pick(r, ["snowflake_password", "sf_pw", "conn_secret"]), xe(v)))
    return "knime/%s/workflow.knime" % pick(r, ["Snowflake_Load", "Data_Prep"]), t


# ---------------------------------------------------------------- generic ETL plumbing
@tpl("mssql", "db_password_docs", s_pw)
def md_runbook(r, v):
    t = ("# %s nightly load - runbook\n\n## Checking the load\n\n"
         "1. RDP to the ETL box (`ETLAPP01`).\n2. Check the SSIS catalog report *All Executions*.\n"
         "3. If the load failed, re-run the staging step manually:\n\n"
         "```cmd\nsqlcmd -S %s -d %s -U %s -P %s -i sql\\restage.sql\n```\n\n"
         "## Contacts\n\n| Role | Team |\n|------|------|\n| Owner | BI Platform |\n| On call | DWH support |\n"
         % (pick(r, DBS), pick(r, SERVERS), pick(r, DBS), pick(r, USERS), v))
    return "docs/runbooks/%s.md" % pick(r, ["nightly-load", "dw-rerun", "etl-support"]), t


@tpl("mssql", "db_login_password", s_pwu)
def sql_create_login(r, v):
    u = pick(r, USERS)
    t = ("-- service logins for the ETL framework\nUSE [master];\nGO\n"
         "IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'%s')\n"
         "    CREATE LOGIN [%s] WITH PASSWORD = N'%s', DEFAULT_DATABASE = [%s], CHECK_POLICY = OFF;\nGO\n"
         "USE [%s];\nCREATE USER [%s] FOR LOGIN [%s];\nALTER ROLE db_datareader ADD MEMBER [%s];\nGO\n"
         % (u, u, v, pick(r, DBS), pick(r, DBS), u, u, u))
    return "sql/security/010_logins.sql", t


@tpl("slack", "webhook_url", s_slack, "slack")
def slack_ps1(r, v):
    t = ("param([string]$Package, [string]$Status)\n"
         "$hook = '%s'\n"
         "$payload = @{ text = \":warning: SSIS package *$Package* finished with status $Status on $env:COMPUTERNAME\" } | ConvertTo-Json\n"
         "Invoke-RestMethod -Uri $hook -Method Post -Body $payload -ContentType 'application/json'\n" % v)
    return "scripts/Send-EtlNotification.ps1", t


@tpl("sftp", "sftp_password", s_pw)
def winscp_ps1(r, v):
    fp = "ssh-ed25519 255 " + b64bytes(r, 32).rstrip("=")
    t = ("Add-Type -Path \"C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll\"\n"
         "$sessionOptions = New-Object WinSCP.SessionOptions -Property @{\n"
         "    Protocol = [WinSCP.Protocol]::Sftp\n    HostName = \"%s\"\n    UserName = \"%s\"\n"
         "    Password = \"%s\"\n    SshHostKeyFingerprint = \"%s\"\n}\n"
         "$session = New-Object WinSCP.Session\ntry {\n    $session.Open($sessionOptions)\n"
         "    $session.GetFiles(\"/outgoing/*.csv\", \"D:\\ETL\\Inbound\\\").Check()\n} finally {\n    $session.Dispose()\n}\n"
         % (pick(r, SFTP_HOSTS), pick(r, COMPANIES) + "_ftp", v, fp))
    return "ssis/scripts/Get-PartnerFiles.ps1", t


@tpl("sftp", "sftp_password", s_pwu)
def psftp_bat(r, v):
    t = ("@echo off\nREM upload the daily extract to the bank\nset OUT=D:\\ETL\\Outbound\n"
         "\"C:\\Program Files\\PuTTY\\psftp.exe\" -batch -pw %s -b upload_cmds.txt %s@%s\n"
         "if %%ERRORLEVEL%% neq 0 exit /b 1\nmove %%OUT%%\\*.csv %%OUT%%\\sent\\\n"
         % (v, pick(r, COMPANIES) + "_upl", pick(r, SFTP_HOSTS)))
    return "jobs/upload_bank_extract.bat", t


@tpl("sftp", "sftp_password_url", s_pwu)
def winscp_script(r, v):
    t = ("# WinSCP script - winscp.com /script=pull_payroll.txt\noption batch abort\noption confirm off\n"
         "open sftp://%s:%s@%s/ -hostkey=\"ssh-rsa 2048 %s\"\n"
         "cd /export\nget -delete *.txt D:\\ETL\\Payroll\\\nclose\nexit\n"
         % (pick(r, COMPANIES) + "_pay", v, pick(r, SFTP_HOSTS),
            ":".join(hexs(r, 2) for _ in range(16))))
    return "transfer/pull_payroll.txt", t


@tpl("snowflake", "db_password", s_pw)
def dotenv_pos(r, v):
    t = ("# local settings for the dbt/ETL runner\nSNOWFLAKE_ACCOUNT=%s.%s\nSNOWFLAKE_USER=%s\n"
         "SNOWFLAKE_PASSWORD=%s\nSNOWFLAKE_WAREHOUSE=ETL_WH\nSNOWFLAKE_ROLE=LOADER\n"
         % (rs(r, 7, UP + DG).lower(), pick(r, ["eu-west-1", "us-east-2.aws"]), pick(r, USERS).upper(), v))
    return pick(r, [".env", "etl/.env"]), t


@tpl("snowflake", "db_password", s_pw)
def snowflake_py(r, v):
    t = ("import snowflake.connector\n\n\ndef get_conn():\n    return snowflake.connector.connect(\n"
         "        user=\"%s\",\n        password=\"%s\",\n        account=\"%s\",\n"
         "        warehouse=\"LOAD_WH\",\n        database=\"%s\",\n        schema=\"STAGE\",\n    )\n"
         % (pick(r, USERS).upper(), v, rs(r, 7, UP + DG).lower() + "." + pick(r, ["eu-central-1", "east-us-2.azure"]),
            pick(r, DBS).upper()))
    return "etl/loaders/snowflake_conn.py", t


@tpl("gcp", "service_account_private_key", s_pem, "pem")
def gcp_sa_json(r, v):
    proj = pick(r, COMPANIES) + "-bi-" + str(r.randint(100, 999))
    t = ("{\n  \"type\": \"service_account\",\n  \"project_id\": \"%s\",\n  \"private_key_id\": \"%s\",\n"
         "  \"private_key\": \"%s\",\n  \"client_email\": \"etl-loader@%s.iam.gserviceaccount.com\",\n"
         "  \"client_id\": \"%s\",\n  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n"
         "  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}\n"
         % (proj, hexs(r, 40), v, proj, rs(r, 21, DG)))
    return "talend/BQ_LOAD/keys/bq-etl-loader.json", t


@tpl("aws", "secret_access_key", s_aws, "aws")
def kettle_props_aws(r, v):
    t = ("# S3 output for tr_export_*.ktr\nS3_BUCKET=%s-bi-exports\nAWS_REGION=%s\n"
         "aws.accessKeyId=AKIA%s\naws.secretKey=%s\n"
         % (pick(r, COMPANIES), pick(r, ["eu-west-1", "us-west-2"]), rs(r, 16, UP + "234567"), v))
    return "pdi/config/s3.properties", t


@tpl("postgres", "db_password_url", s_pwu)
def pg_url_ini(r, v):
    t = ("[reporting]\nengine = postgresql\nurl = postgresql://%s:%s@%s:5432/%s\npool_size = 5\n\n"
         "[export]\nformat = xlsx\noutput_dir = /srv/reports/out\n"
         % (pick(r, USERS), v, pick(r, PG_HOSTS), pick(r, DBS).lower()))
    return "reportgen/config/settings.ini", t


# ================================================================ look-alike negatives
NEG = []


def ntpl(provider, kind):
    def deco(fn):
        NEG.append((fn.__name__, provider, kind, fn))
        return fn
    return deco


@ntpl("ssis", "dont_save_sensitive")
def n_dtsx_nosave(r):
    name = pick(r, PKGS)
    cs = "Data Source=%s;User ID=%s;Initial Catalog=%s;Provider=SQLNCLI11.1;Auto Translate=False;" % (
        pick(r, SERVERS), pick(r, USERS), pick(r, DBS))
    t = dtsx_head(r, name, 0)
    t += ("  <DTS:ConnectionManagers>\n    <DTS:ConnectionManager\n      DTS:refId=\"Package.ConnectionManagers[DW]\"\n"
          "      DTS:CreationName=\"OLEDB\"\n      DTS:DTSID=\"{%s}\"\n      DTS:ObjectName=\"DW\">\n"
          "      <DTS:ObjectData>\n        <DTS:ConnectionManager\n          DTS:ConnectionString=\"%s\" />\n"
          "      </DTS:ObjectData>\n    </DTS:ConnectionManager>\n  </DTS:ConnectionManagers>\n" % (guid(r, True), xe(cs)))
    return "ssis/DW_ETL/%s.dtsx" % name, t + dtsx_tail(r, name)


@ntpl("ssis", "sensitive_empty")
def n_dtsx_sensitive_empty(r):
    name = pick(r, PKGS)
    t = dtsx_head(r, name, 0)
    t += ("  <DTS:ConnectionManagers>\n    <DTS:ConnectionManager\n      DTS:refId=\"Package.ConnectionManagers[SRC]\"\n"
          "      DTS:CreationName=\"OLEDB\"\n      DTS:DTSID=\"{%s}\"\n      DTS:ObjectName=\"SRC\">\n"
          "      <DTS:ObjectData>\n        <DTS:ConnectionManager\n          DTS:ConnectionString=\"Data Source=%s;User ID=%s;Provider=SQLNCLI11.1;\">\n"
          "          <DTS:Password\n            DTS:Name=\"Password\"\n            Sensitive=\"1\" />\n"
          "        </DTS:ConnectionManager>\n      </DTS:ObjectData>\n    </DTS:ConnectionManager>\n  </DTS:ConnectionManagers>\n"
          % (guid(r, True), pick(r, SERVERS), pick(r, USERS)))
    return "src/SSIS/%s.dtsx" % name, t + dtsx_tail(r, name)


@ntpl("ssis", "encrypted_blob")
def n_dtsx_encrypted(r):
    name = pick(r, PKGS)
    t = dtsx_head(r, name, 1)
    t += ("  <DTS:ConnectionManagers>\n    <DTS:ConnectionManager\n      DTS:refId=\"Package.ConnectionManagers[ERP]\"\n"
          "      DTS:CreationName=\"OLEDB\"\n      DTS:DTSID=\"{%s}\"\n      DTS:ObjectName=\"ERP\">\n"
          "      <DTS:ObjectData>\n        <DTS:ConnectionManager\n          DTS:ConnectionString=\"Data Source=%s;User ID=%s;Provider=SQLNCLI11.1;\">\n"
          "          <DTS:Password\n            DTS:Name=\"Password\"\n            Sensitive=\"1\"\n            Encrypted=\"1\">AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA%s</DTS:Password>\n"
          "        </DTS:ConnectionManager>\n      </DTS:ObjectData>\n    </DTS:ConnectionManager>\n  </DTS:ConnectionManagers>\n"
          % (guid(r, True), pick(r, SERVERS), pick(r, USERS), b64bytes(r, r.choice([150, 180, 210]))))
    return "ssis/%s.dtsx" % name, t + dtsx_tail(r, name)


@ntpl("ssis", "encrypted_package")
def n_dtsx_encall(r):
    name = pick(r, PKGS)
    t = dtsx_head(r, name, 3)
    body = b64bytes(r, 900)
    t += "  <EncryptedData Type=\"http://www.w3.org/2001/04/xmlenc#Element\" Salt=\"%s\" IV=\"%s\" xmlns=\"http://www.w3.org/2001/04/xmlenc#\">\n" % (
        b64bytes(r, 12), b64bytes(r, 8))
    t += "    <EncryptionMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#tripledes-cbc\" />\n    <CipherData>\n"
    t += "      <CipherValue>%s</CipherValue>\n    </CipherData>\n  </EncryptedData>\n</DTS:Executable>\n" % body
    return "ssis/secured/%s.dtsx" % name, t


@ntpl("ssis", "lineage_ids")
def n_dtsx_lineage(r):
    name = pick(r, PKGS)
    cols = ["OrderID", "CustomerID", "OrderDate", "Amount", "RowHash"]
    t = "<pipeline version=\"1\">\n  <components>\n    <component refId=\"Package\\DFT %s\\Derived Column\" name=\"Derived Column\">\n      <outputs>\n        <output refId=\"Package\\DFT %s\\Derived Column.Outputs[Derived Column Output]\">\n          <outputColumns>\n" % (name, name)
    for c in cols:
        t += ("            <outputColumn refId=\"Package\\DFT %s\\Derived Column.Outputs[Derived Column Output].Columns[%s]\" dataType=\"i4\" "
              "lineageId=\"Package\\DFT %s\\Derived Column.Outputs[Derived Column Output].Columns[%s]\" name=\"%s\" />\n" % (name, c, name, c, c))
    t += "          </outputColumns>\n        </output>\n      </outputs>\n    </component>\n  </components>\n</pipeline>\n"
    t += "<!-- DTSID {%s}  VersionGUID {%s} -->\n" % (guid(r, True), guid(r, True))
    return "ssis/fragments/%s_dataflow.xml" % name, t


@ntpl("ssis", "windows_auth_dtsconfig")
def n_dtsconfig_sspi(r):
    t = ("<?xml version=\"1.0\"?>\n<DTSConfiguration>\n  <DTSConfigurationHeading>\n"
         "    <DTSConfigurationFileInfo GeneratedBy=\"CORP\\%s\" GeneratedFromPackageName=\"%s\" GeneratedFromPackageID=\"{%s}\"/>\n"
         "  </DTSConfigurationHeading>\n"
         "  <Configuration ConfiguredType=\"Property\" Path=\"\\Package.Connections[DW].Properties[ConnectionString]\" ValueType=\"String\">\n"
         "    <ConfiguredValue>Data Source=%s;Initial Catalog=%s;Provider=SQLNCLI11.1;Integrated Security=SSPI;Auto Translate=False;</ConfiguredValue>\n"
         "  </Configuration>\n</DTSConfiguration>\n" % (pick(r, USERS), pick(r, PKGS), guid(r, True), pick(r, SERVERS), pick(r, DBS)))
    return "config/%s.dtsConfig" % pick(r, PKGS), t


@ntpl("ssis", "protection_level_docs")
def n_md_protection(r):
    t = ("# SSIS deployment conventions\n\n* All packages use `ProtectionLevel = DontSaveSensitive` (value 0).\n"
         "* Sensitive parameters (`Sensitive = True`) are bound to SSISDB environment variables.\n"
         "* Never use `EncryptSensitiveWithPassword`; the build server cannot prompt for the package password.\n"
         "* Connection managers use `Integrated Security=SSPI` and the gMSA `CORP\\gmsa-ssis$`.\n\n"
         "| Project | Catalog folder | Environment reference id |\n|---|---|---|\n")
    for p in PKGS[:r.randint(3, 6)]:
        t += "| %s | DW | %d |\n" % (p, r.randint(1, 60))
    return "docs/ssis-conventions.md", t


@ntpl("ssis", "dtexec_env_password")
def n_dtexec_env(r):
    pk = pick(r, PKGS)
    t = ("@echo off\nREM package password comes from the scheduler's credential store\n"
         "if \"%%SSIS_PKG_PWD%%\"==\"\" (echo SSIS_PKG_PWD not set & exit /b 2)\n"
         "dtexec /F \"D:\\ETL\\Packages\\%s.dtsx\" /De \"%%SSIS_PKG_PWD%%\" /REPORTING E\n" % pk)
    return "jobs/run_%s_secure.cmd" % pk.lower(), t


@ntpl("ssis", "execution_log")
def n_ssis_log(r):
    t = ""
    for i in range(r.randint(8, 14)):
        t += "%s  OnInformation  %s  {%s}  execution_id=%d  Validation phase is beginning.\n" % (
            "2024-0%d-%02d 02:%02d:%02d" % (r.randint(1, 9), r.randint(1, 28), r.randint(0, 59), r.randint(0, 59)),
            pick(r, PKGS), guid(r, True), r.randint(100000, 999999))
    return "logs/ssis/%s.log" % pick(r, PKGS).lower(), t


@ntpl("ssis", "catalog_sql_env_reference")
def n_ssisdb_sql(r):
    t = ("-- bind project parameters to environment variables (values live in SSISDB, encrypted)\n"
         "DECLARE @ref BIGINT;\nEXEC SSISDB.catalog.create_environment_reference @folder_name = N'DW', @project_name = N'DW_ETL',\n"
         "     @environment_name = N'PROD', @reference_type = 'R', @reference_id = @ref OUTPUT;\n"
         "EXEC SSISDB.catalog.set_object_parameter_value @object_type = 20, @folder_name = N'DW', @project_name = N'DW_ETL',\n"
         "     @parameter_name = N'SrcPassword', @parameter_value = N'SrcPassword', @value_type = 'R';\n")
    return "sql/ssisdb/03_bind_parameters.sql", t


@ntpl("ssrs", "rds_windows_auth")
def n_rds(r):
    t = ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<RptDataSource xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" Name=\"%s\">\n"
         "  <ConnectionProperties>\n    <Extension>SQL</Extension>\n    <ConnectString>Data Source=%s;Initial Catalog=%s</ConnectString>\n"
         "    <IntegratedSecurity>true</IntegratedSecurity>\n  </ConnectionProperties>\n  <DataSourceID>%s</DataSourceID>\n</RptDataSource>\n"
         % (pick(r, DBS), pick(r, SERVERS), pick(r, DBS), guid(r)))
    return "reports/Shared/%s.rds" % pick(r, DBS), t


@ntpl("ssrs", "rsds_prompt")
def n_rsds(r):
    t = ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<DataSourceDefinition xmlns=\"http://schemas.microsoft.com/sqlserver/reporting/2006/03/reportdatasource\">\n"
         "  <Extension>SQL</Extension>\n  <ConnectString>Data Source=%s;Initial Catalog=%s</ConnectString>\n"
         "  <CredentialRetrieval>%s</CredentialRetrieval>\n  <WindowsCredentials>True</WindowsCredentials>\n"
         "  <ImpersonateUser>False</ImpersonateUser>\n  <Enabled>True</Enabled>\n</DataSourceDefinition>\n"
         % (pick(r, SERVERS), pick(r, DBS), pick(r, ["Prompt", "Integrated", "None"])))
    return "ssrs/datasources/%s.rsds" % pick(r, DBS), t


@ntpl("ssrs", "report_guids")
def n_rdl(r):
    t = ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Report xmlns=\"http://schemas.microsoft.com/sqlserver/reporting/2016/01/reportdefinition\" "
         "xmlns:rd=\"http://schemas.microsoft.com/SQLServer/reporting/reportdesigner\">\n  <DataSources>\n"
         "    <DataSource Name=\"DW\">\n      <DataSourceReference>/Shared Data Sources/DW</DataSourceReference>\n"
         "      <rd:SecurityType>None</rd:SecurityType>\n      <rd:DataSourceID>%s</rd:DataSourceID>\n    </DataSource>\n  </DataSources>\n"
         "  <rd:ReportUnitType>Inch</rd:ReportUnitType>\n  <rd:ReportID>%s</rd:ReportID>\n</Report>\n" % (guid(r), guid(r)))
    return "reports/Sales/%s.rdl" % pick(r, ["RegionalSales", "TopCustomers", "MarginByProduct"]), t


@ntpl("crystal", "config_lookup")
def n_crystal_cs(r):
    t = ("using System.Configuration;\nusing CrystalDecisions.CrystalReports.Engine;\n\npublic static class ReportFactory\n{\n"
         "    public static ReportDocument Open(string path)\n    {\n        var rpt = new ReportDocument();\n        rpt.Load(path);\n"
         "        var cs = new System.Data.SqlClient.SqlConnectionStringBuilder(\n"
         "            ConfigurationManager.ConnectionStrings[\"ReportDb\"].ConnectionString);\n"
         "        rpt.SetDatabaseLogon(cs.UserID, cs.Password, cs.DataSource, cs.InitialCatalog);\n        return rpt;\n    }\n}\n")
    return "src/Reporting/ReportFactory.cs", t


@ntpl("crystal", "trusted_connection_config")
def n_crystal_config(r):
    t = ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <connectionStrings>\n"
         "    <add name=\"ReportDb\" connectionString=\"Server=%s;Database=%s;Trusted_Connection=True;\" providerName=\"System.Data.SqlClient\" />\n"
         "  </connectionStrings>\n  <appSettings>\n    <add key=\"CrystalImageCleaner-AutoStart\" value=\"true\" />\n"
         "    <add key=\"ReportCacheKey\" value=\"%s\" />\n  </appSettings>\n</configuration>\n" % (pick(r, SERVERS), pick(r, DBS), hexs(r, 32)))
    return "CrystalViewer/Web.config", t


@ntpl("talend", "context_reference")
def n_talend_java(r):
    t = ("// tDBConnection_1 - password taken from the context, loaded at runtime by tContextLoad\n"
         "String dbUser_tDBConnection_1 = context.db_user;\n"
         "final String decryptedPassword_tDBConnection_1 = context.db_password;\n"
         "String url_tDBConnection_1 = \"jdbc:postgresql://\" + context.db_host + \":\" + context.db_port + \"/\" + context.db_name;\n"
         "conn_tDBConnection_1 = java.sql.DriverManager.getConnection(url_tDBConnection_1, dbUser_tDBConnection_1, decryptedPassword_tDBConnection_1);\n")
    return "talend/src/main/java/routines/ConnectionSnippet.java", t


@ntpl("talend", "context_no_password")
def n_talend_props(r):
    t = "# context without secrets - password injected by the TAC execution plan\n" + talend_ctx_common(r)
    t += "run_id=%s\nfile_checksum=%s\n" % (guid(r), hashlib.md5(rs(r, 20).encode()).hexdigest())
    return "talend/LOAD_DWH/contexts/Default.properties", t


@ntpl("talend", "item_guid_ids")
def n_talend_properties_item(r):
    t = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:TalendProperties=\"http://www.talend.org/properties\">\n"
         "  <TalendProperties:Property xmi:id=\"_%s\" id=\"_%s\" label=\"LOAD_DWH\" creationDate=\"2023-05-11T10:02:44.120+0200\" version=\"0.%d\" item=\"_%s\">\n"
         "    <author href=\"../../talend.project#_%s\"/>\n  </TalendProperties:Property>\n</xmi:XMI>\n"
         % (rs(r, 22, B64URL), rs(r, 22, B64URL), r.randint(1, 9), rs(r, 22, B64URL), rs(r, 22, B64URL)))
    return "talend/process/LOAD_DWH_0.1.properties", t


@ntpl("pentaho", "kettle_variable")
def n_ktr_var(r):
    t = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<transformation>\n  <connection>\n    <name>dwh</name>\n"
         "    <server>${DWH_HOST}</server>\n    <type>POSTGRESQL</type>\n    <access>Native</access>\n"
         "    <database>${DWH_DB}</database>\n    <port>${DWH_PORT}</port>\n    <username>${DWH_USER}</username>\n"
         "    <password>${DWH_PASSWORD}</password>\n  </connection>\n  <step>\n    <name>Add checksum</name>\n"
         "    <type>CheckSum</type>\n    <checksumtype>MD5</checksumtype>\n    <resultfieldName>row_md5</resultfieldName>\n  </step>\n"
         "  <step_error_handling/>\n  <slave-step-copy-partition-distribution/>\n  <attributes><group><name>METASTORE.pentaho</name>"
         "<attribute><key>id</key><value>%s</value></attribute></group></attributes>\n</transformation>\n" % guid(r))
    return "pdi/transformations/tr_%s.ktr" % pick(r, TABLES).lower(), t


@ntpl("pentaho", "kettle_props_no_secret")
def n_kettle_props(r):
    t = ("# kettle.properties\nKETTLE_PASSWORD_ENCODER_PLUGIN=AES\nKETTLE_AES_KEY_FILE=/etc/pdi/aes.key\n"
         "KETTLE_LOG_SIZE_LIMIT=5000\nDWH_HOST=%s\nDWH_USER=%s\nDWH_PASSWORD=${env:PDI_DWH_PASSWORD}\n"
         "KETTLE_CHANNEL_LOG_DB=log\nINPUT_DIR=/data/pdi/in\n" % (pick(r, PG_HOSTS), pick(r, USERS)))
    return "pdi/.kettle/kettle.properties", t


@ntpl("pentaho", "repository_ids")
def n_repositories(r):
    t = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<repositories>\n  <repository>\n    <id>PentahoEnterpriseRepository</id>\n"
         "    <name>prod-repo</name>\n    <description>Pentaho repository | http://pdi.%s.lan:8080/pentaho</description>\n"
         "    <repository_location_url>http://pdi.%s.lan:8080/pentaho</repository_location_url>\n"
         "    <version_comment_mandatory>N</version_comment_mandatory>\n  </repository>\n</repositories>\n"
         "<!-- object id %s -->\n" % (pick(r, COMPANIES), pick(r, COMPANIES), guid(r)))
    return "pdi/.kettle/repositories.xml", t


@ntpl("informatica", "pmcmd_env_password")
def n_pmcmd_pv(r):
    wf = pick(r, WF)
    t = ("#!/bin/bash\n# password variable INFA_PWD is set by the scheduler (encrypted with pmpasswd)\n"
         "pmcmd startworkflow -sv IS_PROD -d Domain_ETL -uv INFA_USER -pv INFA_PWD -f DWH -wait %s\n"
         "pmrep connect -r REP_PROD -d Domain_ETL -n deploy_user -X INFA_REP_PWD\n" % wf)
    return "bin/run_%s.sh" % wf.lower(), t


@ntpl("informatica", "param_file_no_secret")
def n_infa_param(r):
    wf = pick(r, WF)
    t = ("[Global]\n$PMSessionLogDir=/infa/logs\n$PMBadFileDir=/infa/bad\n$DBConnection_Src=ORA_ERP\n"
         "[DWH.WF:%s]\n$$LOAD_DATE=2024-02-29\n$$BATCH_ID=%d\n$$SOURCE_CHECKSUM=%s\n"
         % (wf, r.randint(10000, 99999), hashlib.sha1(rs(r, 16).encode()).hexdigest()))
    return "infa/params/%s.par" % wf.lower(), t


@ntpl("datastage", "apt_config")
def n_apt(r):
    t = "{\n"
    for i in range(r.randint(2, 4)):
        t += ("  node \"node%d\"\n  {\n    fastname \"%s\"\n    pools \"\"\n    resource disk \"/ds/data/node%d\" {pools \"\"}\n"
              "    resource scratchdisk \"/ds/scratch/node%d\" {pools \"\"}\n  }\n" % (i + 1, pick(r, ["dseng01", "dseng02.corp.local"]), i + 1, i + 1))
    t += "}\n"
    return "datastage/config/%dnode.apt" % r.randint(2, 8), t


@ntpl("datastage", "dsjob_authfile")
def n_dsjob_auth(r):
    t = ("#!/bin/sh\n# credentials file is generated with `encrypt.sh` and kept on the engine tier (mode 600)\n"
         ". /opt/IBM/InformationServer/Server/DSEngine/dsenv\n"
         "dsjob -authfile /home/dsadm/.dsauth -run -jobstatus -param pRunId=%s DWH_PROD seq_Nightly_Load\n" % guid(r))
    return "datastage/scripts/run_nightly_authfile.sh", t


@ntpl("jaspersoft", "jrxml_uuids")
def n_jrxml(r):
    t = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<jasperReport xmlns=\"http://jasperreports.sourceforge.net/jasperreports\" name=\"%s\" "
         "pageWidth=\"595\" pageHeight=\"842\" columnWidth=\"555\" uuid=\"%s\">\n"
         "  <property name=\"com.jaspersoft.studio.data.defaultdataadapter\" value=\"dw_adapter.xml\"/>\n"
         "  <queryString><![CDATA[select customer_id, total from %s]]></queryString>\n"
         "  <field name=\"customer_id\" class=\"java.lang.String\"/>\n  <title><band height=\"40\">\n"
         "    <staticText><reportElement x=\"0\" y=\"0\" width=\"300\" height=\"30\" uuid=\"%s\"/><text><![CDATA[Statement]]></text></staticText>\n"
         "  </band></title>\n</jasperReport>\n" % (pick(r, ["statement", "invoice"]), guid(r), pick(r, TABLES).lower(), guid(r)))
    return "jasper/reports/%s.jrxml" % pick(r, ["monthly_statement", "invoice"]), t


@ntpl("jaspersoft", "adapter_no_password")
def n_jasper_adapter(r):
    t = ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<jdbcDataAdapter class=\"net.sf.jasperreports.data.jdbc.JdbcDataAdapterImpl\">\n"
         "    <name>%s</name>\n    <driver>org.postgresql.Driver</driver>\n    <username>%s</username>\n"
         "    <password></password>\n    <savePassword>false</savePassword>\n    <url>jdbc:postgresql://%s:5432/%s</url>\n</jdbcDataAdapter>\n"
         % (pick(r, DBS), pick(r, USERS), pick(r, PG_HOSTS), pick(r, DBS).lower()))
    return "jasper/adapters/dw_adapter.xml", t


@ntpl("birt", "jndi_datasource")
def n_birt_jndi(r):
    inner = ("        <oda-data-source extensionID=\"org.eclipse.birt.report.data.oda.jdbc\" name=\"Data Source\" id=\"7\">\n"
             "            <property name=\"odaDriverClass\">org.postgresql.Driver</property>\n"
             "            <property name=\"odaURL\">jdbc:postgresql://%s/%s</property>\n"
             "            <property name=\"odaJndiName\">java:comp/env/jdbc/reporting</property>\n"
             "        </oda-data-source>\n" % (pick(r, PG_HOSTS), pick(r, DBS).lower()))
    return "birt/reports/%s.rptdesign" % pick(r, ["customer_list", "aging"]), birt_wrap(r, inner)


@ntpl("birt", "embedded_image_base64")
def n_birt_image(r):
    inner = "        <!-- none -->\n"
    t = birt_wrap(r, inner).replace("</report>\n", "    <list-property name=\"images\">\n        <structure>\n"
                                     "            <property name=\"name\">logo.png</property>\n            <property name=\"type\">image/png</property>\n"
                                     "            <property name=\"data\">iVBORw0KGgoAAAANSUhEUgAA%s</property>\n        </structure>\n    </list-property>\n</report>\n" % b64bytes(r, 240))
    return "birt/reports/branded_header.rptdesign", t


@ntpl("cognos", "object_ids")
def n_cognos(r):
    t = ("storeID,name,type,modified\n")
    for _ in range(r.randint(6, 12)):
        t += "i%s,%s,report,2023-%02d-%02dT10:11:12Z\n" % (hexs(r, 32, True), pick(r, ["Revenue", "Headcount", "Margin", "Backlog"]) + " " + pick(r, ["Summary", "Detail", "Trend"]),
                                                           r.randint(1, 12), r.randint(1, 28))
    return "cognos/inventory/content_store_export.csv", t


@ntpl("microstrategy", "object_ids")
def n_mstr(r):
    t = ("from mstrio.connection import get_connection\nfrom mstrio.project_objects import Report\n\n"
         "conn = get_connection(workstationData)  # credentials come from Workstation\n"
         "REPORTS = {\n")
    for n in ["sales", "margin", "inventory"]:
        t += "    \"%s\": \"%s\",\n" % (n, hexs(r, 32, True))
    t += "}\nPROJECT_ID = \"%s\"\n" % hexs(r, 32, True)
    return "mstr/report_ids.py", t


@ntpl("qlik", "lib_connect")
def n_qlik_lib(r):
    t = ("LIB CONNECT TO '%s (%s_svc)';\n\nFacts:\nLOAD *, Hash128(OrderID, LineNo) AS %%RowKey;\nSQL SELECT * FROM dbo.%s;\n\n"
         "LET vChecksum = '%s';\nSTORE Facts INTO [lib://DataFiles/facts.qvd] (qvd);\n"
         % (pick(r, DBS), pick(r, COMPANIES), pick(r, TABLES), hashlib.sha256(rs(r, 10).encode()).hexdigest()))
    return "qlik/scripts/load_facts.qvs", t


@ntpl("qlik", "odbc_trusted")
def n_qlik_trusted(r):
    t = ("ODBC CONNECT TO [%s];  // DSN uses Windows authentication\n\n"
         "SET vPwdPolicy = 'see Qlik QMC > Data connections';\nCustomers:\nSQL SELECT * FROM dbo.DimCustomer;\n" % pick(r, DBS))
    return "QlikView/Extract/Customers_dsn.qvs", t


@ntpl("qlik", "variable_password")
def n_qlik_var(r):
    t = ("// credentials are injected via include file that is not in source control\n"
         "$(Must_Include=\\\\fileserver\\qlik\\secure\\credentials.qvs);\n"
         "OLEDB CONNECT TO [Provider=SQLOLEDB.1;User ID=$(vDbUser);Password=$(vDbPassword);Initial Catalog=%s;Data Source=%s];\n"
         % (pick(r, DBS), pick(r, SERVERS)))
    return "qlik/scripts/connect.qvs", t


@ntpl("tableau", "tds_no_password")
def n_tds(r):
    t = ("<?xml version='1.0' encoding='utf-8' ?>\n<datasource formatted-name='%s' inline='true' source-platform='win' version='18.1' "
         "xmlns:user='http://www.tableausoftware.com/xml/user'>\n  <connection class='federated'>\n    <named-connections>\n"
         "      <named-connection caption='%s' name='sqlserver.%s'>\n"
         "        <connection authentication='%s' class='sqlserver' dbname='%s' one-time-sql='' server='%s' username='%s' />\n"
         "      </named-connection>\n    </named-connections>\n  </connection>\n</datasource>\n"
         % (pick(r, DBS), pick(r, SERVERS), rs(r, 28, LO + DG), pick(r, ["sqlserver", "sspi"]), pick(r, DBS),
            pick(r, SERVERS), pick(r, ["", "tableau_ext"])))
    return "tableau/datasources/%s.tds" % pick(r, DBS), t


@ntpl("tableau", "twb_repository_ids")
def n_twb(r):
    t = ("<?xml version='1.0' encoding='utf-8' ?>\n<workbook original-version='18.1' source-build='2023.1.3 (20231.23.0613.2103)' version='18.1'>\n"
         "  <repository-location derived-from='https://tableau.%s.com/t/finance/workbooks/%s' id='%s' path='/t/finance/workbooks' revision='1.%d' site='finance' />\n"
         "  <datasources>\n    <datasource caption='Sales' name='federated.%s' />\n  </datasources>\n</workbook>\n"
         % (pick(r, COMPANIES), rs(r, 12, UP + LO), rs(r, 12, UP + LO), r.randint(1, 30), rs(r, 28, LO + DG)))
    return "tableau/workbooks/%s.twb" % pick(r, ["Sales Overview", "FinanceKPIs"]), t


@ntpl("powerbi", "pbids")
def n_pbids(r):
    body = {"version": "0.1", "connections": [{"details": {"protocol": "tds", "address": {"server": pick(r, SERVERS), "database": pick(r, DBS)}},
                                               "options": {}, "mode": "DirectQuery"}]}
    return "powerbi/%s.pbids" % pick(r, DBS), json.dumps(body, indent=2) + "\n"


@ntpl("azure_ad", "public_ids_and_thumbprint")
def n_pbi_cert(r):
    t = ("# service principal uses a certificate, not a secret\n$tenant = '%s'\n$appId = '%s'\n"
         "$thumb = '%s'\nConnect-PowerBIServiceAccount -ServicePrincipal -CertificateThumbprint $thumb -ApplicationId $appId -Tenant $tenant\n"
         "$workspaceId = '%s'\n" % (guid(r), guid(r), hexs(r, 40, True), guid(r)))
    return "powerbi/Connect-ServicePrincipal.ps1", t


@ntpl("alteryx", "encrypted_pwd")
def n_alteryx(r):
    t = ("<?xml version=\"1.0\"?>\n<AlteryxDocument yxmdVer=\"2022.1\">\n  <Nodes>\n    <Node ToolID=\"1\">\n"
         "      <Properties>\n        <Configuration>\n"
         "          <File FileFormat=\"23\">aka:%s|||SELECT * FROM dbo.%s</File>\n"
         "        </Configuration>\n      </Properties>\n    </Node>\n  </Nodes>\n"
         "  <Properties>\n    <MetaInfo>\n      <Name>%s</Name>\n      <WorkflowId value=\"%s\" />\n    </MetaInfo>\n  </Properties>\n</AlteryxDocument>\n"
         % (pick(r, ["DW Prod (Windows auth)", "Snowflake_ETL_DCM"]), pick(r, TABLES), pick(r, ["Sales Blend", "Churn"]), guid(r)))
    return "alteryx/workflows/blend_%d.yxmd" % r.randint(1, 99), t


@ntpl("knime", "node_settings_ids")
def n_knime(r):
    t = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<config xmlns=\"http://www.knime.org/2008/09/XMLConfig\" key=\"settings.xml\">\n"
         "  <entry key=\"node-feature-name\" type=\"xstring\" value=\"KNIME Database\"/>\n"
         "  <config key=\"model\">\n    <entry key=\"credential_name\" type=\"xstring\" value=\"dw_credentials\"/>\n"
         "    <entry key=\"use_credentials\" type=\"xboolean\" value=\"true\"/>\n"
         "    <entry key=\"password\" type=\"xpassword\" value=\"\"/>\n  </config>\n"
         "  <entry key=\"node-feature-version\" type=\"xstring\" value=\"4.7.%d.v%d\"/>\n  <entry key=\"hash\" type=\"xstring\" value=\"%s\"/>\n</config>\n"
         % (r.randint(0, 9), r.randint(202300000000, 202399999999), hashlib.md5(rs(r, 9).encode()).hexdigest()))
    return "knime/Churn_Model/DB Connector (#2)/settings.xml", t


@ntpl("generic", "checksums_manifest")
def n_sha_manifest(r):
    t = "# SHA-256 checksums of the installer media\n"
    for f in ["SSIS-Feature-Pack.msi", "pdi-ce-9.4.0.0-343.zip", "Talend-Studio-20230912.zip", "tabcmd-2.0.12.exe"]:
        t += "%s  %s\n" % (hashlib.sha256(rs(r, 12).encode()).hexdigest(), f)
    return "install/SHA256SUMS.txt", t


@ntpl("generic", "row_hashes_csv")
def n_csv_hashes(r):
    t = "customer_key,row_hash,batch_id,load_guid\n"
    for _ in range(r.randint(8, 15)):
        t += "%d,%s,%d,%s\n" % (r.randint(1000, 99999), hexs(r, 32, True), r.randint(100, 999), guid(r))
    return "tests/fixtures/dim_customer_hashes.csv", t


@ntpl("generic", "hashbytes_sql")
def n_sql_hashbytes(r):
    t = ("-- change detection for the SCD2 load\nSELECT CustomerKey,\n       HASHBYTES('SHA2_256', CONCAT(Name, '|', City, '|', Segment)) AS RowHash\n"
         "FROM stg.Customer;\n\n-- expected hash for the regression test row\nDECLARE @expected VARBINARY(32) = 0x%s;\n" % hexs(r, 64, True))
    return "sql/scd/customer_hash.sql", t


@ntpl("sftp", "host_key_fingerprints")
def n_known_hosts(r):
    t = ""
    for h in SFTP_HOSTS[:r.randint(2, 5)]:
        t += "%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s\n" % (h, b64bytes(r, 32)[:43])
    return "transfer/known_hosts", t


@ntpl("sftp", "public_key")
def n_pubkey(r):
    t = ("# public key to send to the partner for the SFTP account\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s etl@%s\n"
         % (b64bytes(r, 380), pick(r, ["etlapp01", "pdi-carte"])))
    return "transfer/keys/etl_partner.pub", t


@ntpl("salesforce", "record_ids")
def n_sf_ids(r):
    t = "Id,AccountNumber,Name,OwnerId\n"
    for _ in range(r.randint(6, 12)):
        t += "001%s,%d,%s %s,005%s\n" % (rs(r, 15), r.randint(10000, 99999), pick(r, COMPANIES).capitalize(), pick(r, ["Ltd", "GmbH", "Inc"]), rs(r, 15))
    return "talend/SFDC_EXTRACT/sample/accounts.csv", t


@ntpl("aws", "arns_and_etags")
def n_aws(r):
    t = ("# S3 landing zone (auth via instance profile, no keys)\ns3_bucket=%s-datalake-landing\n"
         "s3_role_arn=arn:aws:iam::%s:role/etl-s3-writer\nlast_etag=\"%s\"\nkms_key_id=%s\n"
         % (pick(r, COMPANIES), rs(r, 12, DG), hexs(r, 32), guid(r)))
    return "talend/S3_UPLOAD/contexts/Default.properties", t


@ntpl("gcp", "sa_metadata_no_key")
def n_gcp(r):
    proj = pick(r, COMPANIES) + "-bi-" + str(r.randint(100, 999))
    t = json.dumps({"project_id": proj, "client_email": "etl-loader@%s.iam.gserviceaccount.com" % proj,
                    "private_key_id": hexs(r, 40), "client_id": rs(r, 21, DG),
                    "note": "key material is mounted from Secret Manager at runtime"}, indent=2) + "\n"
    return "talend/BQ_LOAD/keys/bq-etl-loader.meta.json", t


@ntpl("slack", "channel_ids")
def n_slack(r):
    t = ("notifications:\n  channel: \"#bi-alerts\"\n  channel_id: C%s\n  team_id: T%s\n  webhook: ${SLACK_WEBHOOK_URL}\n  mention_group: S%s\n"
         % (rs(r, 10, UP + DG), rs(r, 10, UP + DG), rs(r, 10, UP + DG)))
    return "config/notifications.yml", t


@ntpl("generic", "build_info")
def n_build(r):
    t = ("[build]\ncommit = %s\nartifact_sha1 = %s\nnuget_content_hash = %s\nbuild_id = %d\n"
         % (hexs(r, 40), hexs(r, 40), b64bytes(r, 64), r.randint(1000, 9999)))
    return "deploy/buildinfo.ini", t


@ntpl("generic", "etl_audit_log")
def n_audit_log(r):
    t = ""
    for _ in range(r.randint(8, 14)):
        t += "2024-03-%02dT0%d:%02d:%02dZ INFO batch=%d job=%s rows=%d md5=%s session=%s\n" % (
            r.randint(1, 28), r.randint(0, 5), r.randint(0, 59), r.randint(0, 59), r.randint(1000, 9999),
            pick(r, WF), r.randint(0, 900000), hexs(r, 32), rs(r, 24, LO + DG))
    return "logs/etl_audit.log", t


@ntpl("generic", "env_example")
def n_env_example(r):
    t = ("# copy to .env and fill in\nSNOWFLAKE_ACCOUNT=xy12345.eu-west-1\nSNOWFLAKE_USER=\nSNOWFLAKE_PASSWORD=\n"
         "EDW_PASSWORD=<ask-dba>\nTABLEAU_PAT_SECRET=\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\n")
    return pick(r, [".env.example", "etl/.env.sample"]), t


@ntpl("generic", "kerberos_keytab_ref")
def n_keytab(r):
    t = ("[dw]\ndriver = Cloudera ODBC Driver for Impala\nhost = impala.%s.lan\nport = 21050\nAuthMech = 1\n"
         "KrbRealm = CORP.LOCAL\nKrbServiceName = impala\nKeytab = /etc/security/keytabs/etl.keytab\nPrincipal = etl@CORP.LOCAL\n" % pick(r, COMPANIES))
    return "config/odbc/impala.ini", t


@ntpl("oracle", "wallet_connect")
def n_ora_wallet(r):
    t = ("#!/bin/bash\n# connects with the Oracle wallet (mkstore), no password on the command line\n"
         "export TNS_ADMIN=/u01/app/etl/wallet\nsqlplus -s /@DWPROD <<EOF\nEXEC DBMS_STATS.GATHER_SCHEMA_STATS('DW');\nEOF\n")
    return "odi/scripts/gather_stats_wallet.sh", t


# ================================================================ driver
import re  # noqa: E402

AKIA_RE = re.compile(r"AKIA[A-Z2-7]{16}")
ENV_BLOCKED = re.compile(r"^\.env(\.[A-Za-z0-9_-]+)?$")
ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[-1].lower()
    return base.lstrip(".").lower()


def line_of(text, needle):
    idx = text.index(needle)
    return text.count("\n", 0, idx) + 1


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def schedule(r, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        r.shuffle(block)
        out.extend(block)
    return out[:n]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_js.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    assert len(POS) >= 60 and len(POS) + len(NEG) >= 60, (len(POS), len(NEG))
    manifest, secrets = [], []
    n_env = 0

    for i, (name, prov, kind, gen, negkind, fn) in enumerate(schedule(r, POS, 500)):
        value, needle = gen(r)
        rel, text = fn(r, value)
        assert needle and needle in text, (name, needle)
        ln = line_of(text, needle)
        assert needle in text.split("\n")[ln - 1], (name, ln)
        base = rel.rsplit("/", 1)[-1]
        if ENV_BLOCKED.match(base):
            n_env += 1
        frel = "pos/p%04d/%s" % (i, rel)
        write(outdir, frel, text)
        # verify what is on disk
        with open(os.path.join(outdir, frel), encoding="utf-8") as fh:
            disk = fh.read().split("\n")
        assert needle in disk[ln - 1], (frel, ln)
        manifest.append({"file": frel, "label": "pos", "provider": prov, "kind": kind, "filetype": filetype(rel)})
        secrets.append({"file": frel, "needle": needle, "line": ln})
    assert n_env <= 25, n_env

    reuse = schedule(r, POS, 250)
    looks = schedule(r, NEG, 250)
    order = [("reuse", x) for x in reuse] + [("look", x) for x in looks]
    r.shuffle(order)
    for i, (how, item) in enumerate(order):
        if how == "reuse":
            name, prov, kind, gen, negkind, fn = item
            rel, text = fn(r, neg_value(r, negkind))
            text = AKIA_RE.sub("AKIAIOSFODNN7EXAMPLE", text)
            kind = "nonsecret_" + kind
        else:
            name, prov, kind, fn = item
            rel, text = fn(r)
        parts = rel.rsplit("/", 1)
        if ENV_BLOCKED.match(parts[-1]) and parts[-1] not in ENV_OK:
            parts[-1] = ".env.example"
            rel = "/".join(parts)
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
