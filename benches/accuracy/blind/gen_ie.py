#!/usr/bin/env python3
"""gen_ie.py - blind evaluation set: credentials in Office documents' code and
data connections committed as text.

EMPHASIS
    Domain: the text that Office automation leaves in repositories - exported VBA
    modules (.bas/.cls/.frm with their Attribute headers), VBScript / WSF / HTA
    legacy scripts, Access front-end relinking code (ODBC;DSN=...;PWD=...), Excel
    Power Query M code (.m/.pq: Web.Contents with Headers, Odbc.DataSource,
    OleDb.DataSource, parameter queries), Office data connection files (.odc,
    HTML+XML), Excel web queries (.iqy) and MS Query files (.dqy), Power BI data
    source files (.pbids), OLE DB .udl files, LibreOffice Basic (.xba) and dialog
    (.xdl) XML, Office Scripts (.osts JSON and .ts), Office add-in manifests and
    task-pane / custom-function code (Office.context ...), Markdown setup notes,
    CSV connection inventories, refresh logs.
    Providers / kinds: database passwords (SQL Server, MySQL, PostgreSQL, Oracle,
    Access/Jet database password, generic ODBC DSN), SMTP passwords (CDO with
    Office 365, Gmail app password, SendGrid SMTP relay), API keys and bearer
    tokens (Twilio auth token / API key secret, SendGrid, OpenAI, Google Maps
    server key, Airtable personal access token, Slack incoming webhook URL, a
    generic internal X-API-Key), HTTP basic-auth pairs.

USAGE
    python3 -B gen_ie.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl (file, label, provider, kind, filetype) and
    OUTDIR/secrets.jsonl (file, needle, line) for positives.  All randomness
    comes from one random.Random(SEED); output is byte-identical per SEED.

NEEDLE CONVENTIONS
    * Connection strings (ADO/OLE DB/ODBC/DSN/udl/odc/dqy/M): the password value
      only (the text after Password=/Pwd=/PWD=/Jet OLEDB:Database Password=).
    * CDO sendpassword / SetCredentials / XMLHTTP.Open user,pass / POST form
      password / basic-auth pairs: the password only.
    * Authorization headers: the token only, without "Bearer "; for a literal
      "Basic xxx" header the base64 blob is the needle.
    * API keys in URL query strings (key=, apikey=): the key only.
    * Slack incoming webhooks: the whole https://hooks.slack.com/services/... URL.
    * Twilio: the auth token (or API key secret); the AC.../SK... SIDs that
      stand beside it are identifiers, not needles.
    * No multi-line keys occur in this domain (no private keys); every needle
      is a single-line string and is asserted to be on the recorded line.
    * In XML files (.xba/.xdl/.odc/manifest) and JSON-escaped Office Script
      bodies the needle is chosen from characters that need no escaping, so it
      appears verbatim.

NEGATIVES
    250 re-use the positive templates with the secret slot filled by something
    that is not a secret: placeholders (<your-api-key>, YOUR_API_KEY_HERE,
    changeme, xxxx...), empty values, masked values (********, [REDACTED]),
    environment / secret-manager / template references (${VAR}, %VAR%,
    {{ var }}, #{Var}#, op://..., Azure Key Vault references) and providers'
    documented example values (Slack's T00000000/B00000000/XXXX... URL, Google's
    YOUR_API_KEY, Twilio's your_auth_token, connectionstrings.com's myPassword,
    the CDO documentation's "password").  A file name .env* is turned into
    .env.example for negatives.
    250 are domain look-alikes: Integrated Security=SSPI, Trusted_Connection=yes,
    DSNs without passwords, InputBox/password-box prompts, Environ("..."),
    GetSetting, Credential Manager, Excel.CurrentWorkbook(){[Name="ApiKey"]}
    parameters, Web.Contents with ApiKeyName (Power Query prompts), Extension.
    CurrentCredential(), Office SSO getAccessToken, OfficeRuntime.storage,
    add-in GUIDs and CLSIDs, VBA Attribute VB_Base ids, ThisWorkbook/Sheet
    modules, VBScript Authenticode '' SIG '' blocks, certificates, SHA/MD5
    digests, npm integrity hashes, Power Query "Enter data" compressed base64,
    Twilio Account SIDs / message SIDs, Airtable base/table ids, Google OAuth
    client ids, reCAPTCHA site keys, request/activity GUIDs, serial numbers.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * SendGrid: docs state "Twilio SendGrid API keys are 69 characters long";
      generated as SG.<22 base64url>.<43 base64url> = 69.
    * Twilio: API reference gives Account SID pattern ^AC[0-9a-fA-F]{32}$ (34
      chars); error 21470 says AccountSids are 34-character strings; API key
      SIDs start SK; docs' own placeholders are ACXXXX.../SKXXXX.../
      your_api_secret / your_auth_token.
    * Airtable: PATs "begin with pat followed by a long alphanumeric sequence",
      sent as Authorization: Bearer; public code shows pat<14 alnum>.<64 hex>.
      Base ids begin app, table ids tbl, view ids viw (support docs).
    * Google Maps Platform: docs call the key "a unique alphanumeric string"
      passed as key=; public code shows AIza + 35 [A-Za-z0-9_-] (39 chars).
      Docs' placeholder is YOUR_API_KEY.
    * Slack incoming webhooks: https://hooks.slack.com/services/T.../B.../<24>;
      the documented example is T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX.
    * OpenAI: keys start sk-proj- (project), sk-svcacct- (service account),
      legacy sk-; project keys ~160+ chars of URL-safe characters.
    * CDO: http://schemas.microsoft.com/cdo/configuration/ fields sendusing,
      smtpserver, smtpserverport, smtpauthenticate (cdoBasic), sendusername,
      sendpassword, smtpusessl, smtpconnectiontimeout (Microsoft CDO docs).
    * .iqy (KB157482): up to four lines WEB / 1 / URL / POST parameters.
    * .dqy (KB164729): XLODBC / 1 / connection string / SQL / parameters.
    * .pbids: JSON {version "0.1", connections[{details{protocol,address},
      options, mode}]}; the file does not carry credentials - the user is asked
      to authenticate (mssqltips, onsitetrainingcourses).
    * Office Scripts: async function main(workbook: ExcelScript.Workbook) for
      fetch; .osts files live in OneDrive /Documents/Office Scripts/.
    No scanner rule code or rule list was opened.

DOUBTS
    * Twilio auth token = 32 lowercase hex and API key secret = 32 alphanumerics
      are from common knowledge; the docs seen do not state either pattern.
    * OpenAI key bodies: the "T3BlbkFJ" marker and exact body lengths are not
      confirmed by official docs; generated bodies are URL-safe base64 with the
      marker, 48 chars for legacy sk- and ~156 for sk-proj-/sk-svcacct-.
    * Google API key total length 39 (AIza + 35) is from public code, not docs.
    * Airtable PAT inner structure (14 + '.' + 64 hex) is from public code only.
    * .osts internal JSON layout (version/body/description/parameterInfo...) is
      recalled, not confirmed; .udl files are really UTF-16 LE, written here as
      UTF-8 text; .odc markup is recalled from Excel-exported files.
    * Gmail app passwords: 16 lowercase letters (shown by Google in groups of 4).
"""
import base64
import hashlib
import json
import os
import string
import sys
import random
import zlib

HEX = '0123456789abcdef'
UHEX = '0123456789ABCDEF'
ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
B64URL = ALNUM + '-_'
LOWER = string.ascii_lowercase
PSYM = '!@#*_-+.?^~'
PSYM_URL = '-_.~'


def rs(r, alphabet, n):
    return ''.join(r.choice(alphabet) for _ in range(n))


def guid(r, upper=False, braces=False):
    a = HEX if not upper else UHEX
    g = '-'.join(rs(r, a, n) for n in (8, 4, 4, 4, 12))
    return '{' + g + '}' if braces else g


def xesc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


def crlf(s):
    return s.replace('\r\n', '\n').replace('\n', '\r\n')


# ---------------------------------------------------------------- name pools
COMPANIES = ['Northwind', 'Contoso', 'Fabrikam', 'Litware', 'Tailspin', 'Adatum',
             'Proseware', 'Wingtip', 'Lakeshore', 'Bluebird', 'Harbor', 'Redwood',
             'Kestrel', 'Meridian', 'Summit', 'Alder', 'Granite', 'Cobalt']
DOMAINS = ['northwind-traders.com', 'contoso-group.net', 'fabrikam.co.uk',
           'lakeshore-logistics.com', 'bluebird-health.org', 'redwoodpartners.com',
           'kestrel-mfg.de', 'meridian-finance.com', 'summitfoods.ca', 'alderhomes.com.au']
SERVERS = ['SQLPROD01', 'sql-fin-02', 'DWH-SQL\\REPORTING', 'ERPDB01', 'srv-sql-03.corp.local',
           'bi-sql.internal', 'SQL2019-CL01', 'FINSRV\\SQLEXPRESS', '10.20.4.17', 'db-crm-01',
           'sqlsales.ad.local', 'ACCTSQL\\PROD', 'WHSQL', 'dwh01.intra']
MYSQL_HOSTS = ['mysql-shop.internal', 'db.warehouse.local', '192.168.10.45', 'mariadb01',
               'inventory-db.lan', 'reports-mysql.corp']
PG_HOSTS = ['pg-analytics.internal', 'postgres01.corp.local', '10.0.8.21', 'pgsql-bi', 'timesheets-db']
ORA_HOSTS = ['ORAPROD', 'FINPRD', 'ERP_RPT', 'orcl-hr:1521/HRPDB', 'oradb02:1521/SALES']
DATABASES = ['SalesDW', 'Finance', 'CRM', 'Inventory', 'HR_Reporting', 'Budget2024',
             'Timesheets', 'Warehouse', 'OrderEntry', 'Payroll', 'Marketing', 'Logistics']
DB_USERS = ['rpt_reader', 'excel_svc', 'svc_reports', 'bi_user', 'finance_ro', 'sa',
            'access_fe', 'app_budget', 'powerquery', 'etl_excel', 'mm_merge', 'webquery']
TABLES = ['dbo.Orders', 'dbo.Customers', 'dbo.Invoices', 'dbo.GLEntries', 'dbo.Products',
          'dbo.Employees', 'dbo.Shipments', 'dbo.BudgetLines', 'dbo.Timesheet', 'dbo.Vendors']
DSNS = ['SalesDW', 'FinanceODBC', 'ERP_Live', 'CRM_Reporting', 'HR', 'Inventory64',
        'Warehouse_PROD', 'BudgetDSN', 'Payroll_RO']
PEOPLE = ['j.meyer', 'a.kowalski', 'r.patel', 's.nguyen', 'm.rossi', 'k.obrien',
          'l.fischer', 'd.santos', 'e.andersson', 't.yamamoto', 'c.dubois', 'p.novak']
WORDS = ['harbor', 'violet', 'tundra', 'maple', 'orbit', 'falcon', 'cobalt', 'ember',
         'quartz', 'willow', 'saffron', 'granite', 'lumen', 'nimbus', 'pepper', 'rocket',
         'sable', 'thistle', 'velvet', 'zephyr', 'copper', 'juniper', 'marble', 'osprey']
CITIES = ['Seattle', 'Berlin', 'Lyon', 'Osaka', 'Toronto', 'Leeds', 'Porto', 'Austin', 'Gdansk']
MOD_NAMES = ['modData', 'modImport', 'modExport', 'modReport', 'modMail', 'modApi', 'Module1',
             'Module2', 'basUtilities', 'modRefresh', 'modSync', 'basMain', 'modConnections',
             'modNotify', 'modHelpers', 'modSms', 'modGeo', 'modAirtable', 'basLink']


def company(r):
    return r.choice(COMPANIES)


def domain(r):
    return r.choice(DOMAINS)


def email(r, d=None):
    return r.choice(PEOPLE).replace('.', r.choice(['.', '_'])) + '@' + (d or domain(r))


def vba_dir(r):
    return r.choice(['src', 'src/vba', 'vba', 'VBA/Modules', 'source/modules', 'modules',
                     'excel/src', 'access/frontend/modules', 'xlsm-src', 'macros',
                     'workbooks/' + r.choice(['Budget', 'Sales', 'Forecast', 'Ops']) + '.xlsm.src'])


def m_dir(r):
    return r.choice(['powerquery', 'queries', 'pq', 'src/powerquery', 'PowerQuery/Queries',
                     'bi/queries', 'dataflows', 'reports/' + r.choice(['finance', 'sales', 'ops']) + '/queries'])


def date_s(r):
    return '%04d-%02d-%02d' % (r.randint(2017, 2025), r.randint(1, 12), r.randint(1, 28))


# ------------------------------------------------------------ secret formats
def gen_password(r, ctx='plain'):
    sym = PSYM_URL if ctx == 'url' else PSYM
    style = r.randrange(5)
    if style == 0:
        while True:
            p = rs(r, ALNUM + sym, r.randint(14, 20))
            if (any(c.islower() for c in p) and any(c.isupper() for c in p)
                    and any(c.isdigit() for c in p)):
                return p
    if style == 1:
        return (r.choice(WORDS).capitalize() + r.choice(sym) + r.choice(WORDS).capitalize()
                + str(r.randint(100, 9999)))
    if style == 2:
        return '-'.join([r.choice(WORDS), r.choice(WORDS).capitalize(), r.choice(WORDS),
                         str(r.randint(10, 99))])
    if style == 3:
        return rs(r, ALNUM, r.randint(5, 8)) + r.choice(sym) + rs(r, ALNUM, r.randint(6, 10))
    return (r.choice(WORDS).capitalize() + str(r.randint(1, 9)) + r.choice(sym)
            + rs(r, string.ascii_uppercase, 2) + rs(r, string.digits, 3) + rs(r, LOWER, 2))


def gen_app_password(r, ctx='plain'):
    return rs(r, LOWER, 16)


def gen_twilio_token(r, ctx='plain'):
    return rs(r, HEX, 32)


def gen_twilio_secret(r, ctx='plain'):
    return rs(r, ALNUM, 32)


def gen_sendgrid(r, ctx='plain'):
    return 'SG.' + rs(r, B64URL, 22) + '.' + rs(r, B64URL, 43)


def gen_openai(r, ctx='plain'):
    v = r.randrange(3)
    if v == 0:
        return 'sk-' + rs(r, ALNUM, 20) + 'T3BlbkFJ' + rs(r, ALNUM, 20)
    n = r.randint(70, 78)
    body = rs(r, B64URL, n) + 'T3BlbkFJ' + rs(r, B64URL, n)
    return ('sk-proj-' if v == 1 else 'sk-svcacct-') + body


def gen_google(r, ctx='plain'):
    return 'AIza' + rs(r, B64URL, 35)


def gen_airtable(r, ctx='plain'):
    return 'pat' + rs(r, ALNUM, 14) + '.' + rs(r, HEX, 64)


def gen_slack(r, ctx='plain'):
    return ('https://hooks.slack.com/services/T' + rs(r, UPALNUM, r.choice([8, 10]))
            + '/B' + rs(r, UPALNUM, r.choice([8, 10])) + '/' + rs(r, ALNUM, 24))


def gen_internal_key(r, ctx='plain'):
    return rs(r, r.choice([ALNUM, HEX]), r.choice([32, 40, 48]))


def gen_basic_b64(r, ctx='plain', user='svc_reports'):
    return base64.b64encode((user + ':' + gen_password(r)).encode()).decode()


# name -> (provider, kind, generator, filler family)
GENS = {
    'mssql': ('sqlserver', 'db_password', gen_password, 'password'),
    'mysql': ('mysql', 'db_password', gen_password, 'password'),
    'pg': ('postgresql', 'db_password', gen_password, 'password'),
    'oracle': ('oracle', 'db_password', gen_password, 'password'),
    'odbc': ('odbc_dsn', 'db_password', gen_password, 'password'),
    'jet': ('access_jet', 'db_password', gen_password, 'password'),
    'smtp': ('smtp_generic', 'smtp_password', gen_password, 'password'),
    'o365': ('office365_smtp', 'smtp_password', gen_password, 'password'),
    'gmail': ('gmail_smtp', 'smtp_app_password', gen_app_password, 'password'),
    'basic': ('http_basic', 'basic_auth_password', gen_password, 'password'),
    'basic_b64': ('http_basic', 'basic_auth_header', gen_basic_b64, 'api_key'),
    'twilio': ('twilio', 'auth_token', gen_twilio_token, 'twilio'),
    'twilio_sk': ('twilio', 'api_key_secret', gen_twilio_secret, 'twilio'),
    'sendgrid': ('sendgrid', 'api_key', gen_sendgrid, 'sendgrid'),
    'openai': ('openai', 'api_key', gen_openai, 'openai'),
    'google': ('google_maps', 'api_key', gen_google, 'google'),
    'airtable': ('airtable', 'personal_access_token', gen_airtable, 'airtable'),
    'slack': ('slack', 'webhook_url', gen_slack, 'slack'),
    'internal': ('internal_api', 'api_key', gen_internal_key, 'api_key'),
}

# ------------------------------------------------- non-secret slot fillers
FILL_COMMON = [
    ('placeholder', ['<your-api-key>', 'YOUR_API_KEY_HERE', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
                     'REPLACE_ME', 'TODO-insert-key', '__API_KEY__', '<insert token here>',
                     'your-key-goes-here']),
    ('empty', ['']),
    ('masked', ['********', '[REDACTED]', '****************', '<redacted>', '•••••••••••']),
    ('env_ref', ['${API_KEY}', '%API_TOKEN%', '{{ api_key }}', '#{ApiKey}#', '$(ApiToken)',
                 '${env:SERVICE_TOKEN}']),
    ('vault_ref', ['op://Finance-Automation/api-token/credential',
                   '@Microsoft.KeyVault(SecretUri=https://kv-office-auto.vault.azure.net/secrets/ApiToken/)',
                   'vault:secret/data/excel/reporting#token', 'keyring:office-macros/api']),
]
FILL_PASSWORD = [
    ('placeholder', ['changeme', '<password>', 'your_password', 'YOUR_PASSWORD_HERE',
                     'xxxxxxxx', '<db-password>', 'REPLACE_WITH_PASSWORD', 'enter-password']),
    ('empty', ['']),
    ('masked', ['********', '[REDACTED]', '*****', '<hidden>', '••••••••']),
    ('env_ref', ['%DB_PASSWORD%', '${DB_PASSWORD}', '{{ db_password }}', '#{SqlPassword}#',
                 '$(SMTP_PASSWORD)', '{{SMTP_PASS}}']),
    ('vault_ref', ['op://IT-Shared/sql-reporting/password', 'vault:secret/data/sql/rpt#password',
                   '@Microsoft.KeyVault(SecretUri=https://kv-finance.vault.azure.net/secrets/SqlPwd/)']),
    ('doc_example', ['myPassword', 'MyDbPassword', 'your_password_here']),
]
FILL_DOC = {
    'twilio': ['your_auth_token', 'your_api_secret', 'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
    'sendgrid': ['SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
                 'SENDGRID_API_KEY', 'SG.your-key-here'],
    'openai': ['sk-...', 'sk-proj-XXXXXXXXXXXXXXXXXXXXXXXX', 'sk-your-key-here'],
    'google': ['YOUR_API_KEY', 'AIza...', 'AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
    'airtable': ['YOUR_SECRET_API_TOKEN', 'patXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXX', 'pat...'],
    'slack': ['https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
              'https://hooks.slack.com/services/XXXXXXXXX/YYYYYYYYY/ZZZZZZZZZZZZZZZZZZZZZZZZ',
              'https://hooks.slack.com/services/<team>/<channel>/<token>'],
    'api_key': ['YOUR_API_KEY', 'your-api-key'],
}
FILL_SLACK = [
    ('empty', ['']),
    ('env_ref', ['${SLACK_WEBHOOK_URL}', '%SLACK_WEBHOOK%', '{{ slack_webhook_url }}']),
    ('placeholder', ['<slack-incoming-webhook-url>', 'PASTE_WEBHOOK_URL_HERE']),
    ('masked', ['https://hooks.slack.com/services/********', '[REDACTED]']),
]


def filler(r, family, ctx):
    if family == 'slack':
        pools = FILL_SLACK + [('doc_example', FILL_DOC['slack'])]
    elif family == 'password':
        pools = FILL_PASSWORD
    else:
        pools = FILL_COMMON + [('doc_example', FILL_DOC.get(family, FILL_DOC['api_key']))]
    for _ in range(50):
        cat, vals = r.choice(pools)
        v = r.choice(vals)
        if ctx == 'url' and any(c in v for c in ' <>{}•*[]@#%"'):
            continue
        if ctx == 'noquote' and any(c in v for c in ' "'):
            continue
        return cat, v
    return 'empty', ''


class Slot:
    """Hands out the one secret of a file (or its harmless stand-in)."""

    def __init__(self, r, neg):
        self.r = r
        self.neg = neg
        self.needle = None
        self.provider = None
        self.kind = None
        self.cat = None

    def __call__(self, name, ctx='plain', **kw):
        if self.provider is not None:
            raise AssertionError('template asked for two secrets')
        provider, kind, fn, fam = GENS[name]
        self.provider, self.kind = provider, kind
        if self.neg:
            self.cat, v = filler(self.r, fam, ctx)
            return v
        v = fn(self.r, ctx, **kw)
        self.needle = v
        return v


# ------------------------------------------------------------- VBA helpers
def bas(name, body):
    return crlf('Attribute VB_Name = "%s"\nOption Explicit\n\n%s' % (name, body.lstrip('\n')))


def cls(name, body, predeclared=False, exposed=False):
    head = ('VERSION 1.0 CLASS\nBEGIN\n  MultiUse = -1  \'True\nEND\n'
            'Attribute VB_Name = "%s"\nAttribute VB_GlobalNameSpace = False\n'
            'Attribute VB_Creatable = False\nAttribute VB_PredeclaredId = %s\n'
            'Attribute VB_Exposed = %s\nOption Explicit\n\n'
            % (name, 'True' if predeclared else 'False', 'True' if exposed else 'False'))
    return crlf(head + body.lstrip('\n'))


def doc_cls(name, base, body):
    head = ('VERSION 1.0 CLASS\nBEGIN\n  MultiUse = -1  \'True\nEND\n'
            'Attribute VB_Name = "%s"\nAttribute VB_Base = "%s"\n'
            'Attribute VB_GlobalNameSpace = False\nAttribute VB_Creatable = False\n'
            'Attribute VB_PredeclaredId = True\nAttribute VB_Exposed = True\n'
            'Attribute VB_TemplateDerived = False\nAttribute VB_Customizable = True\n'
            'Option Explicit\n\n' % (name, base))
    return crlf(head + body.lstrip('\n'))


THISWORKBOOK_BASE = '0{00020819-0000-0000-C000-000000000046}'
SHEET_BASE = '0{00020820-0000-0000-C000-000000000046}'
USERFORM_CLSID = '{C62A69F0-16DC-11CE-9E98-00AA00574A4F}'


def frm(r, name, caption, body):
    head = ('VERSION 5.00\nBegin %s %s \n   Caption         =   "%s"\n'
            '   ClientHeight    =   %d\n   ClientLeft      =   45\n   ClientTop       =   390\n'
            '   ClientWidth     =   %d\n   OleObjectBlob   =   "%s.frx":0000\n'
            '   StartUpPosition =   1  \'CenterOwner\nEnd\n'
            'Attribute VB_Name = "%s"\nAttribute VB_GlobalNameSpace = False\n'
            'Attribute VB_Creatable = False\nAttribute VB_PredeclaredId = True\n'
            'Attribute VB_Exposed = False\nOption Explicit\n\n'
            % (USERFORM_CLSID, name, caption, r.randint(2400, 5200), r.randint(3600, 7200), name, name))
    return crlf(head + body.lstrip('\n'))


def vb_header_comment(r, what):
    return ("'------------------------------------------------------------\n"
            "' %s\n' Author : %s   Created: %s\n"
            "'------------------------------------------------------------\n"
            % (what, r.choice(PEOPLE), date_s(r)))


def xba(name, code):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n'
            '<script:module xmlns:script="http://openoffice.org/2000/script" script:name="%s" '
            'script:language="StarBasic">%s\n</script:module>\n' % (name, xesc(code)))


# =================================================================
# Positive templates.  Each takes (r, S) and returns (relpath, text);
# S(...) supplies the single secret (or, for re-used negatives, a stand-in).
# =================================================================
POS = []


def pos(fn):
    POS.append(fn)
    return fn


@pos
def t_bas_adodb_sqlserver(r, S):
    srv, db, user = r.choice(SERVERS), r.choice(DATABASES), r.choice(DB_USERS)
    pw = S('mssql')
    name = r.choice(MOD_NAMES)
    tbl = r.choice(TABLES)
    prov = r.choice(['SQLOLEDB', 'SQLOLEDB.1', 'MSOLEDBSQL', 'SQLNCLI11'])
    body = vb_header_comment(r, 'Pulls %s into the Data sheet' % tbl) + '''
Private Const CONN_STR As String = "Provider=%s;Data Source=%s;Initial Catalog=%s;User ID=%s;Password=%s;"

Public Sub RefreshData()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.ConnectionTimeout = 30
    cn.Open CONN_STR
    Set rs = cn.Execute("SELECT TOP 5000 * FROM %s ORDER BY 1 DESC")
    With ThisWorkbook.Worksheets("Data")
        .Range("A2:Z100000").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With
    rs.Close: cn.Close
    Set rs = Nothing: Set cn = Nothing
End Sub
''' % (prov, srv, db, user, pw, tbl)
    return '%s/%s.bas' % (vba_dir(r), name), bas(name, body)


@pos
def t_bas_pwd_const(r, S):
    srv, db, user = r.choice(SERVERS), r.choice(DATABASES), r.choice(DB_USERS)
    cname = r.choice(['DB_PASSWORD', 'SQL_PWD', 'cPass', 'DB_PWD', 'strKennwort', 'LOGIN_SECRET'])
    pw = S('mssql')
    name = r.choice(MOD_NAMES)
    body = '''Private Const DB_SERVER As String = "%s"
Private Const DB_NAME As String = "%s"
Private Const DB_USER As String = "%s"
Private Const %s As String = "%s"

Public Function GetConnection() As Object
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Driver={ODBC Driver 17 for SQL Server};Server=" & DB_SERVER & _
            ";Database=" & DB_NAME & ";Uid=" & DB_USER & ";Pwd=" & %s & ";"
    Set GetConnection = cn
End Function

Public Sub CloseQuietly(cn As Object)
    On Error Resume Next
    If Not cn Is Nothing Then If cn.State <> 0 Then cn.Close
End Sub
''' % (srv, db, user, cname, pw, cname)
    return '%s/%s.bas' % (vba_dir(r), name), bas(name, body)


@pos
def t_bas_mysql_odbc(r, S):
    host, db, user = r.choice(MYSQL_HOSTS), r.choice(DATABASES).lower(), r.choice(DB_USERS)
    pw = S('mysql')
    name = r.choice(MOD_NAMES)
    drv = r.choice(['MySQL ODBC 8.0 Unicode Driver', 'MySQL ODBC 5.3 ANSI Driver', 'MariaDB ODBC 3.1 Driver'])
    body = '''' Stock levels from the web shop database
Public Sub ImportStock()
    Dim cn As New ADODB.Connection
    Dim rs As New ADODB.Recordset
    cn.Open "Driver={%s};Server=%s;Port=3306;Database=%s;User=%s;Password=%s;Option=3;"
    rs.Open "SELECT sku, qty_on_hand, updated_at FROM stock WHERE qty_on_hand < reorder_level", cn, adOpenStatic
    Sheet2.Range("A2").CopyFromRecordset rs
    rs.Close
    cn.Close
End Sub
''' % (drv, host, db, user, pw)
    return '%s/%s.bas' % (vba_dir(r), name), bas(name, body)


@pos
def t_bas_oracle(r, S):
    host, user = r.choice(ORA_HOSTS), r.choice(DB_USERS).upper()
    pw = S('oracle', ctx='noquote')
    name = r.choice(MOD_NAMES)
    body = '''Public Function OracleConn() As ADODB.Connection
    Dim c As New ADODB.Connection
    c.ConnectionString = "Provider=OraOLEDB.Oracle;Data Source=%s;User Id=%s;Password=%s;PLSQLRSet=1;"
    c.CursorLocation = adUseClient
    c.Open
    Set OracleConn = c
End Function

Public Sub LoadCostCentres()
    Dim rs As ADODB.Recordset
    Set rs = OracleConn().Execute("SELECT cc_code, cc_name FROM gl_cost_centres WHERE active_flag = 'Y'")
    Worksheets("Lookup").Range("A2").CopyFromRecordset rs
End Sub
''' % (host, user, pw)
    return '%s/%s.bas' % (vba_dir(r), name), bas(name, body)


@pos
def t_cls_database(r, S):
    srv, db, user = r.choice(SERVERS), r.choice(DATABASES), r.choice(DB_USERS)
    pw = S('mssql')
    cname = r.choice(['clsDatabase', 'cDb', 'DataAccess', 'clsSqlHelper'])
    body = '''Private mConn As Object
Private mServer As String
Private mCatalog As String
Private mLogin As String
Private mSecret As String

Private Sub Class_Initialize()
    mServer = "%s"
    mCatalog = "%s"
    mLogin = "%s"
    mSecret = "%s"
End Sub

Public Property Get Connection() As Object
    If mConn Is Nothing Then
        Set mConn = CreateObject("ADODB.Connection")
        mConn.Open "Provider=SQLOLEDB;Data Source=" & mServer & ";Initial Catalog=" & mCatalog & _
                   ";User ID=" & mLogin & ";Password=" & mSecret
    End If
    Set Connection = mConn
End Property

Private Sub Class_Terminate()
    If Not mConn Is Nothing Then mConn.Close
End Sub
''' % (srv, db, user, pw)
    return '%s/%s.cls' % (vba_dir(r), cname), cls(cname, body)


@pos
def t_bas_access_relink(r, S):
    srv, db, user = r.choice(SERVERS), r.choice(DATABASES), r.choice(DB_USERS)
    pw = S('mssql')
    body = vb_header_comment(r, 'Relinks all ODBC tables of the front end') + '''
Public Sub RelinkTables()
    Dim db As DAO.Database, tdf As DAO.TableDef
    Set db = CurrentDb
    For Each tdf In db.TableDefs
        If Len(tdf.Connect) > 0 And Left$(tdf.Name, 4) = "dbo_" Then
            tdf.Connect = "ODBC;DRIVER={ODBC Driver 18 for SQL Server};SERVER=%s;DATABASE=%s;UID=%s;PWD=%s;Encrypt=no;"
            tdf.RefreshLink
        End If
    Next tdf
    MsgBox "Tables relinked.", vbInformation
End Sub
''' % (srv, db, user, pw)
    return 'access/frontend/modules/modRelink.bas', bas('modRelink', body)


@pos
def t_bas_access_dsn(r, S):
    dsn, user = r.choice(DSNS), r.choice(DB_USERS)
    pw = S('odbc')
    t = r.choice(TABLES)
    body = '''Public Function AttachTable(ByVal remoteName As String, ByVal localName As String) As Boolean
    Dim tdf As DAO.TableDef
    On Error GoTo Fail
    Set tdf = CurrentDb.CreateTableDef(localName)
    tdf.Connect = "ODBC;DSN=%s;UID=%s;PWD=%s;APP=Microsoft Office;"
    tdf.SourceTableName = remoteName
    CurrentDb.TableDefs.Append tdf
    AttachTable = True
    Exit Function
Fail:
    Debug.Print "Attach failed for " & remoteName & ": " & Err.Description
End Function

Public Sub AttachAll()
    AttachTable "%s", "%s"
End Sub
''' % (dsn, user, pw, t, t.replace('.', '_'))
    return 'access/%s/modAttach.bas' % r.choice(['frontend', 'fe', 'src']), bas('modAttach', body)


@pos
def t_bas_jet_password(r, S):
    pw = S('jet')
    share = r.choice(['\\\\fileserver\\finance\\data\\', '\\\\nas01\\shared\\db\\', 'S:\\Ops\\Backend\\'])
    be = r.choice(['Backend_be.accdb', 'Orders_be.accdb', 'Tracking.mdb', 'HRdata_be.accdb'])
    var = r.choice(['BE_PASSWORD', 'strDbPwd', 'sBackendKey'])
    body = '''Private Const BE_PATH As String = "%s%s"
Private Const %s As String = "%s"

Public Function OpenBackend() As Object
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Provider = "Microsoft.ACE.OLEDB.12.0"
    cn.Properties("Jet OLEDB:Database Password") = %s
    cn.Open BE_PATH
    Set OpenBackend = cn
End Function
''' % (share, be, var, pw, var)
    return '%s/modBackend.bas' % vba_dir(r), bas('modBackend', body)


@pos
def t_bas_opendatabase(r, S):
    pw = S('jet')
    path = r.choice(['\\\\srv-files\\Archive\\Claims2019.mdb', 'C:\\Data\\Lager.accdb', '\\\\nas02\\hr\\Personal.accdb'])
    body = '''Public Sub CopyArchive()
    Dim dbArc As DAO.Database
    Set dbArc = DBEngine.OpenDatabase("%s", False, True, "MS Access;PWD=%s")
    CurrentDb.Execute "DELETE FROM tmpArchive", dbFailOnError
    Dim rs As DAO.Recordset
    Set rs = dbArc.OpenRecordset("SELECT * FROM Claims WHERE ClosedOn < #1/1/2020#")
    Do Until rs.EOF
        CurrentDb.Execute "INSERT INTO tmpArchive (ClaimNo) VALUES ('" & rs!ClaimNo & "')"
        rs.MoveNext
    Loop
    rs.Close: dbArc.Close
End Sub
''' % (path, pw)
    return '%s/modArchive.bas' % vba_dir(r), bas('modArchive', body)


def cdo_block(server, port, ssl, user, pw, indent='    ', obj='cfg'):
    ns = 'http://schemas.microsoft.com/cdo/configuration/'
    lines = ['With %s.Fields' % obj,
             '    .Item("%ssendusing") = 2' % ns,
             '    .Item("%ssmtpserver") = "%s"' % (ns, server),
             '    .Item("%ssmtpserverport") = %d' % (ns, port),
             '    .Item("%ssmtpauthenticate") = 1' % ns,
             '    .Item("%ssmtpusessl") = %s' % (ns, 'True' if ssl else 'False'),
             '    .Item("%ssendusername") = "%s"' % (ns, user),
             '    .Item("%ssendpassword") = "%s"' % (ns, pw),
             '    .Item("%ssmtpconnectiontimeout") = 60' % ns,
             '    .Update',
             'End With']
    return '\n'.join(indent + l for l in lines)


@pos
def t_bas_cdo_gmail(r, S):
    user = r.choice(PEOPLE).replace('.', '') + '.reports@gmail.com'
    pw = S('gmail')
    body = vb_header_comment(r, 'Sends the weekly KPI workbook by mail') + '''
Public Sub SendKpiMail(ByVal attachPath As String)
    Dim msg As Object, cfg As Object
    Set msg = CreateObject("CDO.Message")
    Set cfg = CreateObject("CDO.Configuration")
    cfg.Load -1
%s
    With msg
        Set .Configuration = cfg
        .From = "%s"
        .To = "%s"
        .Subject = "Weekly KPI " & Format(Date, "yyyy-mm-dd")
        .TextBody = "Please find the weekly KPI workbook attached."
        .AddAttachment attachPath
        .Send
    End With
End Sub
''' % (cdo_block('smtp.gmail.com', 465, True, user, pw), user, email(r))
    return '%s/modMail.bas' % vba_dir(r), bas('modMail', body)


@pos
def t_bas_cdo_o365(r, S):
    d = domain(r)
    user = r.choice(['reports', 'noreply', 'finance-bot', 'it.alerts']) + '@' + d
    pw = S('o365')
    name = r.choice(['modMail', 'modNotify', 'basMailer'])
    body = '''Public Function MailReport(ByVal sTo As String, ByVal sSubject As String, ByVal sBody As String) As Boolean
    Dim oMsg As Object, oConf As Object
    On Error GoTo ErrHandler
    Set oMsg = CreateObject("CDO.Message")
    Set oConf = CreateObject("CDO.Configuration")
%s
    Set oMsg.Configuration = oConf
    oMsg.From = "%s"
    oMsg.To = sTo
    oMsg.Subject = sSubject
    oMsg.HTMLBody = sBody
    oMsg.Send
    MailReport = True
    Exit Function
ErrHandler:
    Debug.Print "Mail failed: " & Err.Number & " " & Err.Description
End Function
''' % (cdo_block('smtp.office365.com', 587, True, user, pw, obj='oConf'), user)
    return '%s/%s.bas' % (vba_dir(r), name), bas(name, body)


@pos
def t_cls_mailer_constants(r, S):
    server = r.choice(['mail.' + domain(r), 'smtp.' + domain(r), 'relay.corp.local'])
    user = r.choice(['svc_mailer', 'excel-notify', 'scanner']) + r.choice(['', '@' + domain(r)])
    pw = S('smtp')
    body = '''' Requires reference: Microsoft CDO for Windows 2000 Library
Private mCfg As CDO.Configuration

Private Sub Class_Initialize()
    Set mCfg = New CDO.Configuration
    Dim Flds As ADODB.Fields
    Set Flds = mCfg.Fields
    Flds(cdoSendUsingMethod) = cdoSendUsingPort
    Flds(cdoSMTPServer) = "%s"
    Flds(cdoSMTPServerPort) = %d
    Flds(cdoSMTPAuthenticate) = cdoBasic
    Flds(cdoSendUserName) = "%s"
    Flds(cdoSendPassword) = "%s"
    Flds(cdoSMTPUseSSL) = True
    Flds.Update
End Sub

Public Sub Send(ByVal toAddr As String, ByVal subj As String, ByVal txt As String)
    Dim m As New CDO.Message
    Set m.Configuration = mCfg
    m.From = "Excel Automation <noreply@%s>"
    m.To = toAddr
    m.Subject = subj
    m.TextBody = txt
    m.Send
End Sub
''' % (server, r.choice([25, 587, 465]), user, pw, domain(r))
    return '%s/CMailer.cls' % vba_dir(r), cls('CMailer', body)


@pos
def t_bas_cdo_sendgrid(r, S):
    key = S('sendgrid')
    body = '''' SMTP relay through SendGrid (user name is literally "apikey")
Public Sub RelayMail(ByVal rcpt As String, ByVal subj As String, ByVal html As String)
    Dim m As Object: Set m = CreateObject("CDO.Message")
    Dim c As Object: Set c = CreateObject("CDO.Configuration")
%s
    Set m.Configuration = c
    m.From = "alerts@%s"
    m.To = rcpt
    m.Subject = subj
    m.HTMLBody = html
    m.Send
End Sub
''' % (cdo_block('smtp.sendgrid.net', 587, False, 'apikey', key, obj='c'), domain(r))
    return '%s/modRelay.bas' % vba_dir(r), bas('modRelay', body)


@pos
def t_bas_winhttp_openai(r, S):
    key = S('openai')
    conv = r.random() < 0.5
    name = r.choice(['modGPT', 'modAI', 'modAssistant'])
    if conv:
        decl = 'Private Const OPENAI_API_KEY As String = "%s"' % key
        hdr = '.SetRequestHeader "Authorization", "Bearer " & OPENAI_API_KEY'
    else:
        decl = "' model + endpoint"
        hdr = '.SetRequestHeader "Authorization", "Bearer %s"' % key
    body = '''%s
Private Const MODEL As String = "%s"

Public Function AskGPT(ByVal prompt As String) As String
    Dim http As Object, payload As String
    payload = "{""model"":""" & MODEL & """,""messages"":[{""role"":""user"",""content"":""" & _
              Replace(prompt, """", "\\""") & """}],""temperature"":0.2}"
    Set http = CreateObject("WinHttp.WinHttpRequest.5.1")
    With http
        .Open "POST", "https://api.openai.com/v1/chat/completions", False
        .SetRequestHeader "Content-Type", "application/json"
        %s
        .Send payload
        AskGPT = .ResponseText
    End With
End Function
''' % (decl, r.choice(['gpt-4o-mini', 'gpt-4o', 'gpt-4.1-mini']), hdr)
    return '%s/%s.bas' % (vba_dir(r), name), bas(name, body)


@pos
def t_bas_msxml_sendgrid(r, S):
    key = S('sendgrid')
    var = r.choice(['SENDGRID_API_KEY', 'sgKey', 'MAIL_API_TOKEN', 'k'])
    body = '''Private Const %s As String = "%s"

Public Sub SendInvoiceMail(ByVal toAddr As String, ByVal invoiceNo As String)
    Dim x As Object, j As String
    Set x = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    j = "{""personalizations"":[{""to"":[{""email"":""" & toAddr & """}]}]," & _
        """from"":{""email"":""billing@%s""}," & _
        """subject"":""Invoice " & invoiceNo & """," & _
        """content"":[{""type"":""text/plain"",""value"":""Your invoice is attached.""}]}"
    x.Open "POST", "https://api.sendgrid.com/v3/mail/send", False
    x.setRequestHeader "Authorization", "Bearer " & %s
    x.setRequestHeader "Content-Type", "application/json"
    x.send j
    If x.Status <> 202 Then Debug.Print "SendGrid: " & x.Status & " " & x.responseText
End Sub
''' % (var, key, domain(r), var)
    return '%s/modInvoiceMail.bas' % vba_dir(r), bas('modInvoiceMail', body)


def twilio_sid(r):
    return 'AC' + rs(r, HEX, 32)


@pos
def t_bas_twilio_sms(r, S):
    sid = twilio_sid(r)
    tok = S('twilio')
    body = '''Private Const TWILIO_ACCOUNT_SID As String = "%s"
Private Const TWILIO_AUTH_TOKEN As String = "%s"
Private Const TWILIO_FROM As String = "+1%d"

Public Function SendSms(ByVal toNumber As String, ByVal text As String) As Long
    Dim http As Object, url As String
    url = "https://api.twilio.com/2010-04-01/Accounts/" & TWILIO_ACCOUNT_SID & "/Messages.json"
    Set http = CreateObject("WinHttp.WinHttpRequest.5.1")
    http.Open "POST", url, False
    http.SetCredentials TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, 0
    http.SetRequestHeader "Content-Type", "application/x-www-form-urlencoded"
    http.Send "To=" & UrlEncode(toNumber) & "&From=" & UrlEncode(TWILIO_FROM) & "&Body=" & UrlEncode(text)
    SendSms = http.Status
End Function

Private Function UrlEncode(ByVal s As String) As String
    UrlEncode = Application.WorksheetFunction.EncodeURL(s)
End Function
''' % (sid, tok, r.randint(2000000000, 9899999999))
    return '%s/modSms.bas' % vba_dir(r), bas('modSms', body)


@pos
def t_bas_twilio_ctor(r, S):
    sid = twilio_sid(r)
    ksid = 'SK' + rs(r, HEX, 32)
    sec = S('twilio_sk')
    body = '''Public Sub NotifyOnCall()
    Dim tw As CTwilio
    Set tw = New CTwilio
    tw.Init "%s", "%s", "%s"
    tw.SendMessage Sheet1.Range("OnCallPhone").Value, "Stock below threshold in " & ThisWorkbook.Name
End Sub
''' % (sid, ksid, sec)
    return '%s/modOnCall.bas' % vba_dir(r), bas('modOnCall', body)


@pos
def t_bas_google_geocode(r, S):
    key = S('google', ctx='url')
    conv = r.random() < 0.5
    if conv:
        pre = 'Private Const GOOGLE_MAPS_API_KEY As String = "%s"\n' % key
        url = '"https://maps.googleapis.com/maps/api/geocode/json?address=" & addr & "&key=" & GOOGLE_MAPS_API_KEY'
    else:
        pre = ''
        url = '"https://maps.googleapis.com/maps/api/geocode/json?address=" & addr & "&key=%s"' % key
    body = pre + '''
Public Function GEOCODE(ByVal address As String) As Variant
    Dim http As Object, addr As String, resp As String
    addr = Application.WorksheetFunction.EncodeURL(address)
    Set http = CreateObject("MSXML2.XMLHTTP")
    http.Open "GET", %s, False
    http.send
    resp = http.responseText
    GEOCODE = ParseLatLng(resp)
End Function

Private Function ParseLatLng(ByVal json As String) As String
    Dim p As Long
    p = InStr(json, """location""")
    If p = 0 Then ParseLatLng = "#N/A": Exit Function
    ParseLatLng = Mid$(json, p, 80)
End Function
''' % url
    return '%s/modGeo.bas' % vba_dir(r), bas('modGeo', body)


@pos
def t_bas_airtable(r, S):
    tok = S('airtable')
    base = 'app' + rs(r, ALNUM, 14)
    var = r.choice(['AIRTABLE_TOKEN', 'AIRTABLE_PAT', 'atToken', 'BEARER'])
    body = '''Private Const %s As String = "%s"
Private Const BASE_ID As String = "%s"
Private Const TABLE_NAME As String = "%s"

Public Sub PushRowsToAirtable()
    Dim http As Object, r As Range, payload As String
    Set http = CreateObject("MSXML2.XMLHTTP.6.0")
    For Each r In Sheet1.Range("A2:A" & Sheet1.Cells(Rows.Count, 1).End(xlUp).Row)
        payload = "{""fields"":{""Name"":""" & r.Value & """,""Status"":""" & r.Offset(0, 1).Value & """}}"
        http.Open "POST", "https://api.airtable.com/v0/" & BASE_ID & "/" & TABLE_NAME, False
        http.setRequestHeader "Authorization", "Bearer " & %s
        http.setRequestHeader "Content-Type", "application/json"
        http.send payload
    Next r
End Sub
''' % (var, tok, base, r.choice(['Tasks', 'Leads', 'Inventory', 'Requests']), var)
    return '%s/modAirtable.bas' % vba_dir(r), bas('modAirtable', body)


@pos
def t_bas_slack(r, S):
    url = S('slack', ctx='url')
    var = r.choice(['SLACK_WEBHOOK_URL', 'HOOK', 'sWebhook', 'NOTIFY_URL'])
    body = '''Private Const %s As String = "%s"

Public Sub PostToSlack(ByVal msg As String)
    Dim h As Object
    Set h = CreateObject("MSXML2.ServerXMLHTTP")
    h.Open "POST", %s, False
    h.setRequestHeader "Content-Type", "application/json"
    h.send "{""text"":""" & Replace(msg, """", "'") & """}"
End Sub

Public Sub Workbook_RefreshDone()
    PostToSlack ":white_check_mark: " & ThisWorkbook.Name & " refreshed at " & Format(Now, "hh:nn")
End Sub
''' % (var, url, var)
    return '%s/modSlack.bas' % vba_dir(r), bas('modSlack', body)


@pos
def t_frm_connect(r, S):
    srv, db, user = r.choice(SERVERS), r.choice(DATABASES), r.choice(DB_USERS)
    pw = S('mssql')
    body = '''Private Sub UserForm_Initialize()
    txtServer.Value = "%s"
    txtDatabase.Value = "%s"
    txtUser.Value = "%s"
    txtPassword.Value = "%s"
    txtPassword.PasswordChar = "*"
End Sub

Private Sub cmdConnect_Click()
    gConnStr = "Provider=SQLOLEDB;Data Source=" & txtServer.Value & ";Initial Catalog=" & _
               txtDatabase.Value & ";User ID=" & txtUser.Value & ";Password=" & txtPassword.Value
    Me.Hide
End Sub

Private Sub cmdCancel_Click()
    Unload Me
End Sub
''' % (srv, db, user, pw)
    return '%s/frmConnect.frm' % vba_dir(r), frm(r, 'frmConnect', 'Connect to SQL Server', body)


@pos
def t_bas_xmlhttp_basic_pair(r, S):
    user = r.choice(['svc_excel', 'api_reader', 'report.bot', 'integration'])
    pw = S('basic')
    host = r.choice(['intranet.', 'erp.', 'jira.', 'reports.', 'api.']) + domain(r)
    body = '''Public Function FetchCsv(ByVal path As String) As String
    Dim x As Object
    Set x = CreateObject("MSXML2.XMLHTTP.6.0")
    x.Open "GET", "https://%s" & path, False, "%s", "%s"
    x.setRequestHeader "Accept", "text/csv"
    x.send
    If x.Status = 200 Then FetchCsv = x.responseText
End Function

Public Sub ImportOpenOrders()
    Dim csv As String
    csv = FetchCsv("/export/open-orders.csv")
    Sheet3.Range("A1").Value = csv
End Sub
''' % (host, user, pw)
    return '%s/modHttp.bas' % vba_dir(r), bas('modHttp', body)


@pos
def t_cls_thisworkbook_conn(r, S):
    srv, db, user = r.choice(SERVERS), r.choice(DATABASES), r.choice(DB_USERS)
    pw = S('mssql')
    q = r.choice(['Query - Sales', 'Query - Budget', 'Connection', 'SalesCube'])
    body = '''Private Sub Workbook_Open()
    Dim cn As WorkbookConnection
    Set cn = ThisWorkbook.Connections("%s")
    cn.OLEDBConnection.Connection = "OLEDB;Provider=SQLOLEDB.1;Password=%s;Persist Security Info=True;" & _
        "User ID=%s;Initial Catalog=%s;Data Source=%s"
    cn.OLEDBConnection.BackgroundQuery = False
    cn.Refresh
End Sub
''' % (q, pw, user, db, srv)
    return '%s/ThisWorkbook.cls' % vba_dir(r), doc_cls('ThisWorkbook', THISWORKBOOK_BASE, body)


@pos
def t_bas_querytable(r, S):
    dsn, user = r.choice(DSNS), r.choice(DB_USERS)
    pw = S('odbc')
    t = r.choice(TABLES)
    body = '''Public Sub BuildQueryTable()
    Dim ws As Worksheet, qt As QueryTable
    Set ws = ThisWorkbook.Sheets("Extract")
    ws.Cells.Clear
    Set qt = ws.QueryTables.Add(Connection:="ODBC;DSN=%s;UID=%s;PWD=%s;", _
                                Destination:=ws.Range("A1"), _
                                Sql:="SELECT * FROM %s")
    qt.RefreshStyle = xlOverwriteCells
    qt.Refresh BackgroundQuery:=False
End Sub
''' % (dsn, user, pw, t)
    return '%s/modExtract.bas' % vba_dir(r), bas('modExtract', body)


@pos
def t_bas_mailmerge(r, S):
    dsn, user = r.choice(DSNS), r.choice(DB_USERS)
    pw = S('odbc')
    body = '''' Word template macro: attaches the customer list as mail-merge data source
Public Sub AttachMergeSource()
    ActiveDocument.MailMerge.MainDocumentType = wdFormLetters
    ActiveDocument.MailMerge.OpenDataSource _
        Name:="", _
        Connection:="DSN=%s;UID=%s;PWD=%s;DATABASE=%s", _
        SQLStatement:="SELECT Title, FirstName, LastName, Street, City FROM dbo.Customers WHERE Newsletter = 1", _
        SubType:=wdMergeSubTypeWord2000
    ActiveDocument.MailMerge.ViewMailMergeFieldCodes = False
End Sub
''' % (dsn, user, pw, r.choice(DATABASES))
    return r.choice(['word/templates', 'templates/mailmerge', 'src/word']) + '/modMerge.bas', bas('modMerge', body)


@pos
def t_bas_udf_openai_neutral(r, S):
    key = S('openai')
    var = r.choice(['k', 'token', 'sAuth', 'API_SECRET_VALUE'])
    body = '''' =SUMMARIZE(A2) - short summary of a free-text comment
Private %s As String

Public Function SUMMARIZE(ByVal cellText As String) As String
    Application.Volatile False
    %s = "%s"
    Dim req As Object
    Set req = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    req.Open "POST", "https://api.openai.com/v1/responses", False
    req.setRequestHeader "Authorization", "Bearer " & %s
    req.setRequestHeader "Content-Type", "application/json"
    req.send "{""model"":""gpt-4o-mini"",""input"":""Summarize in 10 words: " & Replace(cellText, """", "") & """}"
    SUMMARIZE = Mid$(req.responseText, InStr(req.responseText, """text"":") + 8, 200)
End Function
''' % (var, var, key, var)
    return '%s/modFormulas.bas' % vba_dir(r), bas('modFormulas', body)


@pos
def t_cls_settings_dict(r, S):
    key = S('sendgrid')
    body = '''Private mItems As Object

Private Sub Class_Initialize()
    Set mItems = CreateObject("Scripting.Dictionary")
    mItems.Add "Environment", "PROD"
    mItems.Add "ReportFolder", "\\\\fileserver\\reports\\%s"
    mItems.Add "MailFrom", "reports@%s"
    mItems.Add "SendGridKey", "%s"
    mItems.Add "RetryCount", 3
End Sub

Public Function Item(ByVal k As String) As Variant
    If mItems.Exists(k) Then Item = mItems(k) Else Item = Empty
End Function
''' % (r.choice(CITIES), domain(r), key)
    return '%s/clsSettings.cls' % vba_dir(r), cls('clsSettings', body, predeclared=True)


# ------------------------------------------------- VBScript / WSF / HTA
def scripts_dir(r):
    return r.choice(['scripts', 'scripts/legacy', 'tools', 'batch', 'ops/vbs', 'legacy/scripts',
                     'scheduled-tasks', 'admin'])


@pos
def t_vbs_backup(r, S):
    srv, db, user = r.choice(SERVERS), r.choice(DATABASES), r.choice(DB_USERS)
    pw = S('mssql')
    var = r.choice(['strPassword', 'DB_PASS', 'sPwd', 'p'])
    txt = '''Option Explicit
' Nightly export of %s to CSV (scheduled task "Export%s")
Dim conn, rs, fso, out, %s
%s = "%s"
Set conn = CreateObject("ADODB.Connection")
conn.Open "Provider=SQLOLEDB;Data Source=%s;Initial Catalog=%s;User Id=%s;Password=" & %s & ";"
Set rs = conn.Execute("SELECT * FROM %s WHERE ModifiedOn >= DATEADD(day,-1,GETDATE())")
Set fso = CreateObject("Scripting.FileSystemObject")
Set out = fso.CreateTextFile("D:\\Exports\\%s_" & Year(Now) & Right("0" & Month(Now), 2) & Right("0" & Day(Now), 2) & ".csv", True)
Do Until rs.EOF
    out.WriteLine rs.GetString(2, 1, ";", vbCrLf, "")
Loop
out.Close
rs.Close
conn.Close
WScript.Quit 0
''' % (db, db, var, var, pw, srv, db, user, var, r.choice(TABLES), db)
    return '%s/export_%s.vbs' % (scripts_dir(r), db.lower()), crlf(txt)


@pos
def t_vbs_cdo(r, S):
    d = domain(r)
    user = 'monitor@' + d
    pw = S('o365')
    txt = '''' disk_alert.vbs - mails a warning when free space drops below 10 %%
Option Explicit
Const cdoSendUsingPort = 2
Const cdoBasic = 1
Dim objMsg, objConf, fso, drv
Set fso = CreateObject("Scripting.FileSystemObject")
Set drv = fso.GetDrive("D:")
If drv.FreeSpace / drv.TotalSize < 0.1 Then
    Set objMsg = CreateObject("CDO.Message")
    Set objConf = CreateObject("CDO.Configuration")
%s
    Set objMsg.Configuration = objConf
    objMsg.From = "%s"
    objMsg.To = "it-ops@%s"
    objMsg.Subject = "Low disk space on " & CreateObject("WScript.Network").ComputerName
    objMsg.TextBody = "Free: " & FormatNumber(drv.FreeSpace / 1073741824, 1) & " GB"
    objMsg.Send
End If
''' % (cdo_block('smtp.office365.com', 587, True, user, pw, obj='objConf'), user, d)
    return '%s/disk_alert.vbs' % scripts_dir(r), crlf(txt)


@pos
def t_vbs_twilio(r, S):
    sid = twilio_sid(r)
    tok = S('twilio')
    txt = '''' sms_alert.vbs <number> <message>
Option Explicit
Dim args, http, sid
Set args = WScript.Arguments
If args.Count < 2 Then WScript.Echo "usage: sms_alert.vbs <number> <message>": WScript.Quit 1
sid = "%s"
Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
http.Open "POST", "https://api.twilio.com/2010-04-01/Accounts/" & sid & "/Messages.json", False, sid, "%s"
http.setRequestHeader "Content-Type", "application/x-www-form-urlencoded"
http.send "From=%%2B1%d&To=" & Replace(args(0), "+", "%%2B") & "&Body=" & Escape(args(1))
WScript.Echo http.status
''' % (sid, tok, r.randint(2000000000, 9899999999))
    return '%s/sms_alert.vbs' % scripts_dir(r), crlf(txt)


@pos
def t_wsf_oracle(r, S):
    host, user = r.choice(ORA_HOSTS), r.choice(DB_USERS).upper()
    pw = S('oracle')
    txt = '''<?xml version="1.0" ?>
<package>
  <job id="MonthEndExtract">
    <reference object="ADODB.Connection" />
    <runtime>
      <description>Extracts month-end balances to the finance share</description>
      <named name="period" helpstring="YYYYMM" type="string" required="true" />
    </runtime>
    <script language="VBScript">
    <![CDATA[
      Dim cn, rs, period
      period = WScript.Arguments.Named("period")
      Set cn = CreateObject("ADODB.Connection")
      cn.Open "Provider=MSDAORA;Data Source=%s;User ID=%s;Password=%s;"
      Set rs = cn.Execute("SELECT account, balance FROM gl_balances WHERE period = '" & period & "'")
      Do Until rs.EOF
        WScript.StdOut.WriteLine rs(0) & vbTab & rs(1)
        rs.MoveNext
      Loop
      cn.Close
    ]]>
    </script>
  </job>
</package>
''' % (host, user, pw)
    return '%s/month_end.wsf' % scripts_dir(r), crlf(txt)


@pos
def t_wsf_slack_js(r, S):
    url = S('slack', ctx='url')
    txt = '''<job id="NotifyBuild">
  <script language="JScript">
    var webhook = "%s";
    var fso = new ActiveXObject("Scripting.FileSystemObject");
    var status = fso.FileExists("\\\\\\\\buildsrv\\\\drops\\\\latest\\\\FAILED") ? "failed" : "succeeded";
    var xhr = new ActiveXObject("MSXML2.ServerXMLHTTP.6.0");
    xhr.open("POST", webhook, false);
    xhr.setRequestHeader("Content-Type", "application/json");
    xhr.send('{"text":"Nightly add-in build ' + status + '"}');
    WScript.Echo(xhr.status);
  </script>
</job>
''' % url
    return '%s/notify_build.wsf' % scripts_dir(r), crlf(txt)


@pos
def t_hta_mysql(r, S):
    host, db, user = r.choice(MYSQL_HOSTS), r.choice(DATABASES).lower(), r.choice(DB_USERS)
    pw = S('mysql')
    txt = '''<html>
<head>
<title>Warehouse Lookup</title>
<HTA:APPLICATION ID="WhLookup" APPLICATIONNAME="Warehouse Lookup" BORDER="thin"
     SCROLL="no" SINGLEINSTANCE="yes" WINDOWSTATE="normal" />
<script language="VBScript">
Sub Window_OnLoad
    window.resizeTo 640, 480
End Sub

Sub DoSearch
    Dim cn, rs, html
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "DRIVER={MySQL ODBC 8.0 ANSI Driver};SERVER=%s;DATABASE=%s;UID=%s;PWD=%s;"
    Set rs = cn.Execute("SELECT bin, sku, qty FROM locations WHERE sku LIKE '" & txtSku.Value & "%%'")
    html = "<table>"
    Do Until rs.EOF
        html = html & "<tr><td>" & rs("bin") & "</td><td>" & rs("sku") & "</td><td>" & rs("qty") & "</td></tr>"
        rs.MoveNext
    Loop
    results.innerHTML = html & "</table>"
    cn.Close
End Sub
</script>
</head>
<body>
  SKU: <input type="text" id="txtSku" /> <button onclick="DoSearch">Search</button>
  <div id="results"></div>
</body>
</html>
''' % (host, db, user, pw)
    return '%s/WarehouseLookup.hta' % r.choice(['tools', 'hta', 'apps/legacy', 'scripts']), crlf(txt)


@pos
def t_hta_geocode(r, S):
    key = S('google', ctx='url')
    txt = '''<html>
<head>
<HTA:APPLICATION ID="GeoFix" APPLICATIONNAME="Address Fixer" ICON="geo.ico" />
<title>Address Fixer</title>
<script language="VBScript">
Sub Lookup
    Dim x
    Set x = CreateObject("MSXML2.XMLHTTP")
    x.Open "GET", "https://maps.googleapis.com/maps/api/geocode/xml?address=" & Escape(addr.value) & "&key=%s", False
    x.send
    outp.innerText = x.responseXML.selectSingleNode("//formatted_address").text
End Sub
</script>
</head>
<body>
<input id="addr" size="60" /> <button onclick="Lookup">Check</button>
<pre id="outp"></pre>
</body>
</html>
''' % key
    return 'tools/AddressFixer.hta', crlf(txt)


@pos
def t_vbs_basic_header(r, S):
    user = r.choice(['svc_confluence', 'reportbot', 'excel-sync'])
    b = S('basic_b64', ctx='noquote', user=user)
    host = r.choice(['wiki.', 'jira.', 'intranet.']) + domain(r)
    txt = '''' publish_status.vbs - pushes the status page text
Dim x, body
body = CreateObject("Scripting.FileSystemObject").OpenTextFile("status.txt").ReadAll
Set x = CreateObject("WinHttp.WinHttpRequest.5.1")
x.Open "PUT", "https://%s/rest/api/content/%d", False
x.SetRequestHeader "Authorization", "Basic %s"
x.SetRequestHeader "Content-Type", "application/json"
x.Send body
WScript.Echo x.Status & " " & x.StatusText
''' % (host, r.randint(100000, 999999), b)
    return '%s/publish_status.vbs' % scripts_dir(r), crlf(txt)


# ------------------------------------------------------- Power Query M
def m_file(r, name):
    return '%s/%s.%s' % (m_dir(r), name, r.choice(['m', 'pq', 'pq', 'm']))


@pos
def t_m_xapikey(r, S):
    key = S('internal')
    host = r.choice(['api.', 'data.', 'erp-api.', 'gateway.']) + domain(r)
    txt = '''let
    BaseUrl = "https://%s",
    Source = Json.Document(
        Web.Contents(
            BaseUrl,
            [
                RelativePath = "v2/orders",
                Query = [status = "open", pageSize = "500"],
                Headers = [#"X-API-Key" = "%s", Accept = "application/json"]
            ]
        )
    ),
    Items = Source[items],
    AsTable = Table.FromList(Items, Splitter.SplitByNothing(), {"Record"}),
    Expanded = Table.ExpandRecordColumn(AsTable, "Record", {"id", "customer", "total", "createdAt"}),
    Typed = Table.TransformColumnTypes(Expanded, {{"total", type number}, {"createdAt", type datetimezone}})
in
    Typed
''' % (host, key)
    return m_file(r, r.choice(['OpenOrders', 'Orders', 'ApiOrders'])), txt


@pos
def t_m_airtable(r, S):
    tok = S('airtable')
    base = 'app' + rs(r, ALNUM, 14)
    txt = '''let
    Source = Json.Document(Web.Contents("https://api.airtable.com/v0/%s/%s",
        [Headers = [Authorization = "Bearer %s"]])),
    records = Source[records],
    tbl = Table.FromList(records, Splitter.SplitByNothing(), null, null, ExtraValues.Error),
    fields = Table.ExpandRecordColumn(tbl, "Column1", {"id", "fields"}),
    expanded = Table.ExpandRecordColumn(fields, "fields", {"Name", "Owner", "Status", "Due"})
in
    expanded
''' % (base, r.choice(['Projects', 'Tasks', 'Assets']), tok)
    return m_file(r, 'Airtable_' + r.choice(['Projects', 'Tasks', 'Assets'])), txt


@pos
def t_m_odbc_datasource(r, S):
    dsn, user = r.choice(DSNS), r.choice(DB_USERS)
    pw = S('odbc')
    txt = '''let
    Source = Odbc.DataSource("dsn=%s;uid=%s;pwd=%s", [HierarchicalNavigation = true]),
    Db = Source{[Name = "%s", Kind = "Database"]}[Data],
    Schema = Db{[Name = "dbo", Kind = "Schema"]}[Data],
    Orders = Schema{[Name = "Orders", Kind = "Table"]}[Data],
    Filtered = Table.SelectRows(Orders, each [OrderDate] >= #date(2023, 1, 1))
in
    Filtered
''' % (dsn, user, pw, r.choice(DATABASES))
    return m_file(r, 'Orders'), txt


@pos
def t_m_odbc_query_pg(r, S):
    host, user = r.choice(PG_HOSTS), r.choice(DB_USERS)
    pw = S('pg')
    txt = '''// Timesheet hours per project, last 90 days
let
    ConnStr = "driver={PostgreSQL Unicode(x64)};server=%s;port=5432;database=%s;uid=%s;pwd=%s;sslmode=require",
    Source = Odbc.Query(ConnStr, "select project_code, sum(hours) as hours from timesheet where work_date > current_date - 90 group by 1"),
    Typed = Table.TransformColumnTypes(Source, {{"hours", type number}})
in
    Typed
''' % (host, r.choice(DATABASES).lower(), user, pw)
    return m_file(r, 'TimesheetHours'), txt


@pos
def t_m_openai(r, S):
    key = S('openai')
    name = r.choice(['Key', 'Secret', 'OPENAI_API_KEY', 'Auth'])
    txt = '''let
    %s = "%s",
    Classify = (comment as text) as text =>
        let
            Body = Json.FromValue([
                model = "gpt-4o-mini",
                messages = {[role = "user", content = "Classify as Positive/Neutral/Negative: " & comment]}
            ]),
            Resp = Json.Document(Web.Contents("https://api.openai.com/v1/chat/completions",
                [Headers = [#"Content-Type" = "application/json", Authorization = "Bearer " & %s],
                 Content = Body])),
            Answer = Resp[choices]{0}[message][content]
        in
            Answer,
    Source = Excel.CurrentWorkbook(){[Name = "Feedback"]}[Content],
    Added = Table.AddColumn(Source, "Sentiment", each Classify([Comment]), type text)
in
    Added
''' % (name, key, name)
    return m_file(r, 'FeedbackSentiment'), txt


@pos
def t_m_geocode(r, S):
    key = S('google', ctx='url')
    txt = '''(address as text) =>
let
    Resp = Json.Document(Web.Contents("https://maps.googleapis.com/maps/api/geocode/json",
        [Query = [address = address, key = "%s"]])),
    First = Resp[results]{0},
    Loc = First[geometry][location],
    Result = [Lat = Loc[lat], Lng = Loc[lng], Formatted = First[formatted_address]]
in
    Result
''' % key
    return m_file(r, r.choice(['fnGeocode', 'GetLatLng', 'fxGeocode'])), txt


@pos
def t_m_parameter(r, S):
    which = r.choice(['sendgrid', 'airtable', 'internal'])
    v = S(which)
    pname = r.choice(['ApiToken', 'pToken', 'Credential', 'AccessKey'])
    txt = '''"%s" meta [IsParameterQuery = true, Type = "Text", IsParameterQueryRequired = true]
''' % v
    return '%s/Parameters/%s.pq' % (m_dir(r), pname), txt


@pos
def t_m_twilio_basic(r, S):
    sid = twilio_sid(r)
    tok = S('twilio')
    txt = '''let
    AccountSid = "%s",
    AuthToken = "%s",
    Auth = "Basic " & Binary.ToText(Text.ToBinary(AccountSid & ":" & AuthToken), BinaryEncoding.Base64),
    Source = Json.Document(Web.Contents("https://api.twilio.com/2010-04-01/Accounts/" & AccountSid & "/Calls.json",
        [Headers = [Authorization = Auth], Query = [PageSize = "1000"]])),
    Calls = Table.FromRecords(Source[calls]),
    Keep = Table.SelectColumns(Calls, {"sid", "from", "to", "status", "duration", "start_time"})
in
    Keep
''' % (sid, tok)
    return m_file(r, 'TwilioCalls'), txt


@pos
def t_m_oledb(r, S):
    srv, db, user = r.choice(SERVERS), r.choice(DATABASES), r.choice(DB_USERS)
    pw = S('mssql')
    txt = '''let
    Source = OleDb.DataSource("provider=SQLOLEDB.1;data source=%s;initial catalog=%s;user id=%s;password=%s",
        [Query = "SELECT CostCentre, Account, Period, Amount FROM dbo.vw_Actuals WHERE FiscalYear = 2024"]),
    Pivoted = Table.Pivot(Source, List.Distinct(Source[Period]), "Period", "Amount", List.Sum)
in
    Pivoted
''' % (srv, db, user, pw)
    return m_file(r, 'Actuals'), txt


# ----------------------------------------- .odc / .iqy / .dqy / .pbids / .udl
def odc(r, conn_type, conn_str, cmd_type, cmd_text, name):
    return '''<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/x-ms-odc; charset=utf-8">
<meta name=ProgId content=ODC.Table>
<meta name=SourceType content=%s>
<title>%s</title>
<xml id=docprops><o:DocumentProperties
  xmlns:o="urn:schemas-microsoft-com:office:office"
  xmlns="http://www.w3.org/TR/REC-html40">
  <o:Name>%s</o:Name>
 </o:DocumentProperties>
</xml><xml id=msodc><odc:OfficeDataConnection
  xmlns:odc="urn:schemas-microsoft-com:office:odc"
  xmlns="http://www.w3.org/TR/REC-html40">
  <odc:Connection odc:Type="%s">
   <odc:ConnectionString>%s</odc:ConnectionString>
   <odc:CommandType>%s</odc:CommandType>
   <odc:CommandText>%s</odc:CommandText>
  </odc:Connection>
 </odc:OfficeDataConnection>
</xml>
<style>
<!--
    .ODCDataSource
    {
    behavior: url(dataconn.htc);
    }
-->
</style>

</head>

<body onload='init()' scroll=no leftmargin=0 topmargin=0 rightmargin=0 style='border: 0px'>
<table style='border: solid 1px threedface; height: 100%%; width: 100%%' cellpadding=0 cellspacing=0 width='100%%'>
  <tr>
    <td id=tdName style='font-family:arial; font-size:medium; padding: 3px; background-color: threedface'>
      &nbsp;
    </td>
  </tr>
  <tr>
    <td id=tdDataSource height='100%%'></td>
  </tr>
</table>
<script language='javascript'>
function init() {
  var sName, sDescription;
  var i, j;
  try {
    sName = unescape(location.href)
    i = sName.lastIndexOf(".")
    if (i>=0) { sName = sName.substring(1, i); }
    i = sName.lastIndexOf("/")
    if (i>=0) { sName = sName.substring(i+1, sName.length); }
    document.title = sName;
    document.getElementById("tdName").innerText = sName;
  } catch(e) {}
}
</script>
</body>

</html>
''' % (conn_type, xesc(name), xesc(name), conn_type, conn_str, cmd_type, xesc(cmd_text))


def odc_dir(r):
    return r.choice(['connections', 'data-connections', 'My Data Sources', 'odc', 'shared/connections'])


@pos
def t_odc_sql(r, S):
    srv, db, user = r.choice(SERVERS), r.choice(DATABASES), r.choice(DB_USERS)
    pw = xesc(S('mssql'))
    t = r.choice(TABLES)
    cs = ('Provider=SQLOLEDB.1;Password=%s;Persist Security Info=True;User ID=%s;Initial Catalog=%s;'
          'Data Source=%s;Use Procedure for Prepare=1;Auto Translate=True;Packet Size=4096;'
          'Workstation ID=%s;Use Encryption for Data=False;Tag with column collation when possible=False'
          % (pw, user, db, srv, 'PC-' + rs(r, UPALNUM, 6)))
    name = '%s %s %s' % (srv.split('\\')[0], db, t.split('.')[1])
    return '%s/%s.odc' % (odc_dir(r), name.replace(' ', '_')), crlf(odc(r, 'OLEDB', cs, 'Table', '"%s"."dbo"."%s"' % (db, t.split('.')[1]), name))


@pos
def t_odc_odbc(r, S):
    dsn, user = r.choice(DSNS), r.choice(DB_USERS)
    pw = xesc(S('odbc'))
    cs = 'DSN=%s;UID=%s;PWD=%s;APP=Microsoft Office 2016;WSID=PC-%s;DATABASE=%s' % (
        dsn, user, pw, rs(r, UPALNUM, 6), r.choice(DATABASES))
    name = '%s query' % dsn
    sql = 'SELECT Region, SUM(Amount) AS Total FROM dbo.Sales GROUP BY Region'
    return '%s/%s.odc' % (odc_dir(r), dsn), crlf(odc(r, 'ODBC', cs, 'SQL', sql, name))


@pos
def t_iqy_apikey(r, S):
    which = r.choice(['google', 'internal'])
    key = S(which, ctx='url')
    if which == 'google':
        url = ('https://maps.googleapis.com/maps/api/distancematrix/xml?origins=["Origin","Enter origin"]'
               '&destinations=["Dest","Enter destination"]&key=' + key)
    else:
        url = 'https://reports.%s/export/html?report=%s&apikey=%s' % (
            domain(r), r.choice(['daily-sales', 'open-tickets', 'stock']), key)
    txt = 'WEB\n1\n%s\n\nSelection=1\nFormatting=None\nPreFormattedTextToColumns=True\nConsecutiveDelimitersAsOne=True\nSingleBlockTextImport=False\nDisableDateRecognition=False\nDisableRedirections=False\n' % url
    return '%s/%s.iqy' % (r.choice(['queries', 'webqueries', 'excel/queries']), r.choice(['Distances', 'DailyReport', 'Export'])), crlf(txt)


@pos
def t_iqy_post(r, S):
    user = r.choice(['excel', 'reporting', 'svc_web'])
    pw = S('basic', ctx='url')
    txt = 'WEB\n1\nhttps://portal.%s/login/export.asp\nuser=%s&password=%s&format=html&period=["Period","Enter period (YYYYMM)"]\n' % (
        domain(r), user, pw)
    return '%s/PortalExport.iqy' % r.choice(['queries', 'webqueries']), crlf(txt)


@pos
def t_dqy(r, S):
    srv, db, user = r.choice(SERVERS), r.choice(DATABASES), r.choice(DB_USERS)
    pw = S('mssql')
    t = r.choice(TABLES)
    txt = ('XLODBC\n1\nDRIVER=SQL Server;SERVER=%s;UID=%s;PWD=%s;APP=Microsoft Office 2016;WSID=PC-%s;DATABASE=%s\n'
           'SELECT * FROM %s.%s\n' % (srv, user, pw, rs(r, UPALNUM, 6), db, db, t))
    return '%s/%s.dqy' % (r.choice(['queries', 'msquery', 'Queries']), t.split('.')[1]), crlf(txt)


@pos
def t_pbids_web(r, S):
    which = r.choice(['google', 'internal'])
    key = S(which, ctx='url')
    if which == 'google':
        url = 'https://maps.googleapis.com/maps/api/place/textsearch/json?query=%s&key=%s' % (
            r.choice(['warehouse', 'pharmacy', 'hardware+store']), key)
    else:
        url = 'https://api.%s/v1/kpi/export?format=json&api_key=%s' % (domain(r), key)
    d = {'version': '0.1', 'connections': [{'details': {'protocol': 'http', 'address': {'url': url}},
                                             'options': {}, 'mode': None}]}
    return '%s/%s.pbids' % (r.choice(['pbids', 'powerbi/datasources', 'bi']), r.choice(['KpiFeed', 'Places'])), json.dumps(d, indent=2) + '\n'


@pos
def t_udl(r, S):
    srv, db, user = r.choice(SERVERS), r.choice(DATABASES), r.choice(DB_USERS)
    pw = S('mssql')
    txt = ('[oledb]\n; Everything after this line is an OLE DB initstring\n'
           'Provider=SQLOLEDB.1;Password=%s;Persist Security Info=True;User ID=%s;Initial Catalog=%s;Data Source=%s\n'
           % (pw, user, db, srv))
    return '%s/%s.udl' % (r.choice(['config', 'connections', 'deploy']), db), crlf(txt)


# ------------------------------------------------------ LibreOffice Basic
def lo_dir(r):
    return r.choice(['basic/Standard', 'libreoffice/basic/Standard', 'macros/Tools', 'src/basic/Reports',
                     'ooo/Standard'])


@pos
def t_xba_mysql(r, S):
    host, db, user = r.choice(MYSQL_HOSTS), r.choice(DATABASES).lower(), r.choice(DB_USERS)
    pw = S('mysql')
    code = '''
REM  *****  BASIC  *****
Option Explicit

Sub ImportOpenTickets
    Dim oManager As Object, oCon As Object, oStmt As Object, oRes As Object
    Dim aProps(1) As New com.sun.star.beans.PropertyValue
    Dim oSheet As Object, nRow As Long
    oManager = CreateUnoService("com.sun.star.sdbc.DriverManager")
    aProps(0).Name = "user"     : aProps(0).Value = "%s"
    aProps(1).Name = "password" : aProps(1).Value = "%s"
    oCon = oManager.getConnectionWithInfo("sdbc:mysql:jdbc:%s:3306/%s", aProps())
    oStmt = oCon.createStatement()
    oRes = oStmt.executeQuery("SELECT id, subject, status FROM tickets WHERE status <> 'closed'")
    oSheet = ThisComponent.Sheets.getByName("Tickets")
    nRow = 1
    While oRes.next()
        oSheet.getCellByPosition(0, nRow).setValue(oRes.getLong(1))
        oSheet.getCellByPosition(1, nRow).setString(oRes.getString(2))
        oSheet.getCellByPosition(2, nRow).setString(oRes.getString(3))
        nRow = nRow + 1
    Wend
    oCon.close()
End Sub
''' % (user, pw, host, db)
    return '%s/Tickets.xba' % lo_dir(r), xba('Tickets', code)


@pos
def t_xba_curl_openai(r, S):
    key = S('openai', ctx='noquote')
    code = '''
REM  *****  BASIC  *****
' Writes a draft reply into the current Writer document using curl

Sub DraftReply
    Dim sPrompt As String, sCmd As String, sOut As String
    sPrompt = ThisComponent.getCurrentSelection().getByIndex(0).getString()
    sOut = Environ("TEMP") & "\\reply.json"
    sCmd = "-s https://api.openai.com/v1/chat/completions -H ""Authorization: Bearer %s"" " & _
           "-H ""Content-Type: application/json"" -o """ & sOut & """ -d @prompt.json"
    Shell("curl.exe", 0, sCmd, True)
    MsgBox "Draft written to " & sOut
End Sub
''' % key
    return '%s/Assistant.xba' % lo_dir(r), xba('Assistant', code)


@pos
def t_xba_twilio_curl(r, S):
    sid = twilio_sid(r)
    tok = S('twilio')
    code = '''
REM  *****  BASIC  *****
Sub SmsReminder(sTo As String, sText As String)
    Dim sArgs As String
    sArgs = "-s -X POST https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json " & _
            "--data-urlencode ""To=" & sTo & """ --data-urlencode ""From=+1%d"" " & _
            "--data-urlencode ""Body=" & sText & """ -u %s:%s"
    Shell("curl", 0, sArgs)
End Sub
''' % (sid, r.randint(2000000000, 9899999999), sid, tok)
    return '%s/Reminders.xba' % lo_dir(r), xba('Reminders', code)


@pos
def t_xdl_dialog(r, S):
    user = r.choice(DB_USERS)
    pw = xesc(S('pg'))
    host = r.choice(PG_HOSTS)
    txt = '''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE dlg:window PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "dialog.dtd">
<dlg:window xmlns:dlg="http://openoffice.org/2000/dialog" xmlns:script="http://openoffice.org/2000/script" dlg:id="DlgLogin" dlg:left="120" dlg:top="90" dlg:width="210" dlg:height="118" dlg:closeable="true" dlg:moveable="true" dlg:title="Connect to %s">
 <dlg:bulletinboard>
  <dlg:text dlg:id="lblUser" dlg:tab-index="0" dlg:left="8" dlg:top="12" dlg:width="60" dlg:height="10" dlg:value="User name"/>
  <dlg:textfield dlg:id="txtUser" dlg:tab-index="1" dlg:left="72" dlg:top="10" dlg:width="130" dlg:height="12" dlg:value="%s"/>
  <dlg:text dlg:id="lblPassword" dlg:tab-index="2" dlg:left="8" dlg:top="32" dlg:width="60" dlg:height="10" dlg:value="Password"/>
  <dlg:textfield dlg:id="txtPassword" dlg:tab-index="3" dlg:left="72" dlg:top="30" dlg:width="130" dlg:height="12" dlg:echochar="42" dlg:value="%s"/>
  <dlg:checkbox dlg:id="chkRemember" dlg:tab-index="4" dlg:left="72" dlg:top="50" dlg:width="130" dlg:height="10" dlg:value="Remember me" dlg:checked="true"/>
  <dlg:button dlg:id="btnOK" dlg:tab-index="5" dlg:left="96" dlg:top="94" dlg:width="50" dlg:height="14" dlg:value="OK" dlg:button-type="ok"/>
  <dlg:button dlg:id="btnCancel" dlg:tab-index="6" dlg:left="152" dlg:top="94" dlg:width="50" dlg:height="14" dlg:value="Cancel" dlg:button-type="cancel"/>
 </dlg:bulletinboard>
</dlg:window>
''' % (host, user, pw)
    return '%s/DlgLogin.xdl' % lo_dir(r), txt


# ------------------------------------------------------- Office Scripts
def osts(r, body, desc):
    d = {
        'version': '0.3.0',
        'body': body,
        'description': desc,
        'noCodeMetadata': '',
        'parameterInfo': json.dumps({'version': 1, 'originalParameterOrder': [],
                                     'parameterSchema': {'type': 'object', 'required': [], 'properties': {}},
                                     'returnSchema': {'type': 'object', 'properties': {}}}, separators=(',', ':')),
        'apiInfo': json.dumps({'variant': 'asynchronous', 'variantVersion': 2}, separators=(',', ':')),
    }
    return json.dumps(d, ensure_ascii=False)


def os_dir(r):
    return r.choice(['Office Scripts', 'office-scripts', 'scripts/office', 'automations/excel'])


@pos
def t_osts_openai(r, S):
    key = S('openai')
    body = ('async function main(workbook: ExcelScript.Workbook) {\n'
            '  const sheet = workbook.getWorksheet("Tickets");\n'
            '  const rows = sheet.getUsedRange().getValues();\n'
            '  const apiKey = "%s";\n'
            '  for (let i = 1; i < rows.length; i++) {\n'
            '    const res = await fetch("https://api.openai.com/v1/chat/completions", {\n'
            '      method: "POST",\n'
            '      headers: { "Content-Type": "application/json", "Authorization": `Bearer ${apiKey}` },\n'
            '      body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Categorise: ${rows[i][1]}` }] })\n'
            '    });\n'
            '    const json: { choices: { message: { content: string } }[] } = await res.json();\n'
            '    sheet.getCell(i, 4).setValue(json.choices[0].message.content);\n'
            '  }\n'
            '}\n' % key)
    return '%s/Categorise tickets.osts' % os_dir(r), osts(r, body, 'Adds a category to every ticket row')


@pos
def t_ts_officescript_airtable(r, S):
    tok = S('airtable')
    base = 'app' + rs(r, ALNUM, 14)
    conv = r.random() < 0.5
    var = 'AIRTABLE_TOKEN' if conv else r.choice(['token', 'auth', 'pat'])
    txt = '''/**
 * Office Script: pulls open requests from Airtable into the "Requests" table.
 */
interface AirtableRecord { id: string; fields: { [k: string]: string | number } }

async function main(workbook: ExcelScript.Workbook): Promise<void> {
  const %s = "%s";
  const url = "https://api.airtable.com/v0/%s/Requests?view=Open";
  const res = await fetch(url, { headers: { Authorization: "Bearer " + %s } });
  const data: { records: AirtableRecord[] } = await res.json();
  const table = workbook.getTable("Requests");
  table.getRangeBetweenHeaderAndTotal().clear();
  const values = data.records.map(rec => [rec.id, String(rec.fields["Title"] ?? ""), String(rec.fields["Owner"] ?? "")]);
  if (values.length) table.addRows(-1, values);
}
''' % (var, tok, base, var)
    return '%s/syncAirtableRequests.ts' % os_dir(r), txt


@pos
def t_ts_officescript_slack(r, S):
    url = S('slack')
    txt = '''async function main(workbook: ExcelScript.Workbook) {
  const kpi = workbook.getWorksheet("Dashboard").getRange("B2:B6").getValues();
  const text = `Daily KPIs: revenue ${kpi[0][0]}, orders ${kpi[1][0]}, returns ${kpi[2][0]}`;
  await fetch("%s", {
    method: "POST",
    body: JSON.stringify({ text })
  });
}
''' % url
    return '%s/postDailyKpis.ts' % os_dir(r), txt


# ------------------------------------------------------- Office add-ins
def manifest(r, extra_res, name):
    return '''<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
           xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides"
           xsi:type="TaskPaneApp">
  <Id>%s</Id>
  <Version>1.%d.0.0</Version>
  <ProviderName>%s</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
  <DisplayName DefaultValue="%s"/>
  <Description DefaultValue="%s helper for Excel"/>
  <IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>
  <HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>
  <SupportUrl DefaultValue="https://www.%s/help"/>
  <AppDomains>
    <AppDomain>https://maps.googleapis.com</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <DefaultSettings>
    <SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Resources>
      <bt:Images>
        <bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"/>
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>
%s
      </bt:Urls>
    </Resources>
  </VersionOverrides>
</OfficeApp>
''' % (guid(r), r.randint(0, 9), company(r), name, name, domain(r), extra_res)


@pos
def t_manifest_maps(r, S):
    key = xesc(S('google', ctx='url'))
    res = ('        <bt:Url id="StaticMap.Url" DefaultValue="https://maps.googleapis.com/maps/api/staticmap'
           '?size=400x300&amp;maptype=roadmap&amp;key=%s"/>' % key)
    return r.choice(['manifest.xml', 'addin/manifest.xml', 'src/manifest.xml']), manifest(r, res, 'Route Planner')


def addin_src(r):
    return r.choice(['src/taskpane', 'addin/src/taskpane', 'src', 'packages/excel-addin/src/taskpane'])


@pos
def t_taskpane_js_sendgrid(r, S):
    key = S('sendgrid')
    conv = r.random() < 0.5
    var = 'SENDGRID_API_KEY' if conv else r.choice(['mailKey', 'KEY', 'sgAuth'])
    txt = '''/* global Office, Word */
const %s = "%s";

Office.onReady((info) => {
  if (info.host === Office.HostType.Word) {
    document.getElementById("send").onclick = sendDocumentText;
  }
});

async function sendDocumentText() {
  await Word.run(async (context) => {
    const body = context.document.body;
    body.load("text");
    await context.sync();
    const to = document.getElementById("to").value;
    const resp = await fetch("https://api.sendgrid.com/v3/mail/send", {
      method: "POST",
      headers: { Authorization: `Bearer ${%s}`, "Content-Type": "application/json" },
      body: JSON.stringify({
        personalizations: [{ to: [{ email: to }] }],
        from: { email: "docs@%s" },
        subject: "Shared document",
        content: [{ type: "text/plain", value: body.text }]
      })
    });
    document.getElementById("status").textContent = resp.ok ? "Sent" : "Failed: " + resp.status;
  });
}
''' % (var, key, var, domain(r))
    return '%s/taskpane.js' % addin_src(r), txt


@pos
def t_taskpane_ts_twilio(r, S):
    sid = twilio_sid(r)
    tok = S('twilio')
    txt = '''import { encode } from "base-64";

const accountSid = "%s";
const authToken = "%s";

Office.onReady(() => {
  document.getElementById("notify")!.addEventListener("click", notifyOrganizer);
});

export async function notifyOrganizer(): Promise<void> {
  const item = Office.context.mailbox.item as Office.AppointmentRead;
  const phone = (document.getElementById("phone") as HTMLInputElement).value;
  const form = new URLSearchParams({ To: phone, From: "+1%d", Body: `Reminder: ${item.subject}` });
  await fetch(`https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Messages.json`, {
    method: "POST",
    headers: { Authorization: "Basic " + encode(`${accountSid}:${authToken}`) },
    body: form
  });
}
''' % (sid, tok, r.randint(2000000000, 9899999999))
    return '%s/taskpane.ts' % addin_src(r), txt


@pos
def t_functions_js_openai(r, S):
    key = S('openai')
    txt = '''/**
 * Translates text with a language model.
 * @customfunction
 * @param {string} text Text to translate
 * @param {string} lang Target language
 * @returns {Promise<string>} Translation
 */
async function translate(text, lang) {
  const r = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: "Bearer %s"
    },
    body: JSON.stringify({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: `Translate to ${lang}: ${text}` }]
    })
  });
  const j = await r.json();
  return j.choices[0].message.content.trim();
}

CustomFunctions.associate("TRANSLATE", translate);
''' % key
    return r.choice(['src/functions/functions.js', 'addin/src/functions/functions.js']), txt


@pos
def t_json_addin_config(r, S):
    which = r.choice(['google', 'sendgrid', 'airtable'])
    key = S(which)
    k = {'google': 'mapsApiKey', 'sendgrid': 'sendgridApiKey', 'airtable': 'airtableToken'}[which]
    if r.random() < 0.5:
        k = r.choice(['key', 'secret', 'serviceToken'])
    d = {'name': r.choice(['route-planner', 'mail-helper', 'tracker-addin']),
         'environment': 'production',
         'addinId': guid(r),
         'baseUrl': 'https://addins.%s' % domain(r),
         'services': {r.choice(['maps', 'mail', 'data']): {k: key, 'timeoutMs': 8000}},
         'telemetry': {'enabled': False}}
    return r.choice(['src/config/appsettings.json', 'config/addin.config.json', 'addin/config.json']), json.dumps(d, indent=2) + '\n'


@pos
def t_env_addin(r, S):
    which = r.choice(['sendgrid', 'openai', 'airtable', 'google'])
    key = S(which)
    v = {'sendgrid': 'SENDGRID_API_KEY', 'openai': 'OPENAI_API_KEY', 'airtable': 'AIRTABLE_TOKEN',
         'google': 'GOOGLE_MAPS_API_KEY'}[which]
    txt = ('# dev server for the task pane\nADDIN_PORT=3000\nADDIN_HOST=localhost\nNODE_ENV=development\n'
           '%s=%s\nLOG_LEVEL=debug\n' % (v, key))
    return r.choice(['.env', 'addin/.env', '.env.local']), txt


# ------------------------------------------------- Markdown / CSV / logs
@pos
def t_md_setup_smtp(r, S):
    user = 'reports@' + domain(r)
    pw = S('o365', ctx='noquote')
    txt = '''# Budget workbook - mail setup

The `modMail` module sends the monthly pack through Office 365 SMTP (CDO).

1. Enable the reference *Microsoft CDO for Windows 2000 Library*.
2. Make sure the mailbox has **SMTP AUTH** enabled in the admin centre.
3. Settings used in production:

| Setting | Value |
|---|---|
| smtpserver | smtp.office365.com |
| smtpserverport | 587 |
| smtpusessl | True |
| sendusername | %s |
| sendpassword | %s |

If sending fails with error -2147220975 the password has expired; ask IT.
''' % (user, pw)
    return r.choice(['docs/mail-setup.md', 'README.md', 'docs/SETUP.md']), txt


@pos
def t_md_pq_notes(r, S):
    dsn, user = r.choice(DSNS), r.choice(DB_USERS)
    pw = S('odbc')
    txt = '''## Refreshing the sales model

The model reads from the `%s` DSN. On a new PC create the 64-bit DSN first,
then open *Data > Queries & Connections* and paste this into the `Sales` query:

```powerquery
let
    Source = Odbc.DataSource("dsn=%s;uid=%s;pwd=%s", [HierarchicalNavigation = true])
in
    Source
```

Refresh order: `Calendar`, `Sales`, `Targets`.
''' % (dsn, dsn, user, pw)
    return r.choice(['docs/refresh.md', 'powerquery/README.md', 'NOTES.md']), txt


@pos
def t_csv_connections(r, S):
    rows = ['name,type,server,database,auth,user,password,owner']
    n = r.randint(4, 7)
    secret_row = r.randrange(n)
    for i in range(n):
        srv, db = r.choice(SERVERS), r.choice(DATABASES)
        if i == secret_row:
            pw = S('mssql', ctx='noquote')
            rows.append('%s,OLEDB,%s,%s,SQL,%s,%s,%s' % (db + '_rpt', srv, db, r.choice(DB_USERS), pw, r.choice(PEOPLE)))
        else:
            rows.append('%s,OLEDB,%s,%s,Windows,,,%s' % (db + '_' + r.choice(['live', 'dw', 'cube']), srv, db, r.choice(PEOPLE)))
    return r.choice(['docs/connections.csv', 'inventory/data-connections.csv', 'connections.csv']), '\n'.join(rows) + '\n'


@pos
def t_log_refresh(r, S):
    srv, db, user = r.choice(SERVERS), r.choice(DATABASES), r.choice(DB_USERS)
    lines = []
    h, m = r.randint(5, 8), r.randint(0, 50)
    d = date_s(r)
    for step in ['Workbook opened: Forecast.xlsm', 'Macro RefreshAll started',
                 'Query Calendar refreshed (365 rows)']:
        lines.append('%s %02d:%02d:%02d INFO  %s' % (d, h, m, r.randint(0, 59), step))
    pw = S('mssql', ctx='noquote')
    lines.append('%s %02d:%02d:%02d DEBUG Opening connection: Provider=SQLOLEDB;Data Source=%s;Initial Catalog=%s;User ID=%s;Password=%s;'
                 % (d, h, m + 1, r.randint(0, 59), srv, db, user, pw))
    lines.append('%s %02d:%02d:%02d ERROR [DBNETLIB][ConnectionOpen (Connect()).]SQL Server does not exist or access denied.' % (d, h, m + 1, r.randint(0, 59)))
    lines.append('%s %02d:%02d:%02d INFO  Macro RefreshAll finished with 1 error(s)' % (d, h, m + 2, r.randint(0, 59)))
    return r.choice(['logs/refresh.log', 'log/macro-run.log', 'RefreshAll.log']), '\n'.join(lines) + '\n'


# =================================================================
# Negative look-alike templates: (r) -> (relpath, text, kind)
# =================================================================
NEG = []


def neg(fn):
    NEG.append(fn)
    return fn


@neg
def n_bas_sspi(r):
    srv, db = r.choice(SERVERS), r.choice(DATABASES)
    body = '''Private Const CONN_STR As String = "Provider=MSOLEDBSQL;Data Source=%s;Initial Catalog=%s;Integrated Security=SSPI;"

Public Sub LoadBudget()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN_STR
    Set rs = cn.Execute("EXEC dbo.usp_BudgetByCostCentre @Year = " & Sheet1.Range("Year").Value)
    Sheet2.Range("A2").CopyFromRecordset rs
    cn.Close
End Sub
''' % (srv, db)
    return '%s/modBudget.bas' % vba_dir(r), bas('modBudget', body), 'integrated_security'


@neg
def n_vbs_trusted(r):
    srv, db = r.choice(SERVERS), r.choice(DATABASES)
    txt = '''Option Explicit
Dim cn
Set cn = CreateObject("ADODB.Connection")
cn.Open "Driver={ODBC Driver 17 for SQL Server};Server=%s;Database=%s;Trusted_Connection=yes;"
cn.Execute "EXEC dbo.usp_NightlyCleanup"
cn.Close
WScript.Echo "cleanup done"
''' % (srv, db)
    return '%s/cleanup.vbs' % scripts_dir(r), crlf(txt), 'trusted_connection'


@neg
def n_bas_dsn_nopwd(r):
    dsn = r.choice(DSNS)
    body = '''Public Sub RelinkAll()
    Dim tdf As DAO.TableDef
    For Each tdf In CurrentDb.TableDefs
        If tdf.Connect Like "ODBC;*" Then
            tdf.Connect = "ODBC;DSN=%s;Trusted_Connection=Yes;APP=Microsoft Office;DATABASE=%s"
            tdf.RefreshLink
        End If
    Next
End Sub
''' % (dsn, r.choice(DATABASES))
    return 'access/frontend/modules/modRelink.bas', bas('modRelink', body), 'dsn_no_password'


@neg
def n_bas_inputbox(r):
    srv, db, user = r.choice(SERVERS), r.choice(DATABASES), r.choice(DB_USERS)
    body = '''Public Function Connect() As Object
    Dim pwd As String
    pwd = InputBox("Password for %s on %s:", "SQL login")
    If Len(pwd) = 0 Then Exit Function
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=SQLOLEDB;Data Source=%s;Initial Catalog=%s;User ID=%s;Password=" & pwd & ";"
    pwd = vbNullString
    Set Connect = cn
End Function
''' % (user, srv, srv, db, user)
    return '%s/modLogin.bas' % vba_dir(r), bas('modLogin', body), 'password_prompt'


@neg
def n_bas_environ(r):
    v = r.choice(['OPENAI_API_KEY', 'SENDGRID_API_KEY', 'API_KEY', 'TWILIO_AUTH_TOKEN'])
    body = '''Private Function ApiKey() As String
    ApiKey = Environ$("%s")
    If Len(ApiKey) = 0 Then
        Err.Raise vbObjectError + 513, "ApiKey", "Set the %s environment variable first."
    End If
End Function

Public Function CallApi(ByVal url As String) As String
    Dim h As Object
    Set h = CreateObject("WinHttp.WinHttpRequest.5.1")
    h.Open "GET", url, False
    h.SetRequestHeader "Authorization", "Bearer " & ApiKey()
    h.Send
    CallApi = h.ResponseText
End Function
''' % (v, v)
    return '%s/modApi.bas' % vba_dir(r), bas('modApi', body), 'env_ref'


@neg
def n_m_currentworkbook(r):
    txt = '''let
    ApiKey = Excel.CurrentWorkbook(){[Name = "ApiKey"]}[Content]{0}[Column1],
    BaseUrl = Excel.CurrentWorkbook(){[Name = "BaseUrl"]}[Content]{0}[Column1],
    Source = Json.Document(Web.Contents(BaseUrl, [RelativePath = "v1/invoices", Headers = [#"X-API-Key" = ApiKey]])),
    Invoices = Table.FromRecords(Source[data])
in
    Invoices
'''
    return m_file(r, 'Invoices'), txt, 'workbook_parameter'


@neg
def n_m_apikeyname(r):
    txt = '''// Credentials are entered in Data Source Settings (Web API), never stored here.
let
    Source = Json.Document(Web.Contents("https://maps.googleapis.com/maps/api/geocode/json",
        [Query = [address = "%s"], ApiKeyName = "key"])),
    Loc = Source[results]{0}[geometry][location]
in
    Loc
''' % r.choice(CITIES)
    return m_file(r, 'GeocodeTest'), txt, 'credential_prompt'


@neg
def n_pbids_tds(r):
    d = {'version': '0.1', 'connections': [{'details': {'protocol': 'tds', 'address': {
        'server': r.choice(SERVERS), 'database': r.choice(DATABASES)}, 'authentication': None, 'query': None},
        'options': {}, 'mode': r.choice(['DirectQuery', 'Import'])}]}
    return '%s/%s.pbids' % (r.choice(['pbids', 'powerbi/datasources']), r.choice(DATABASES)), json.dumps(d, indent=2) + '\n', 'no_credentials'


@neg
def n_odc_sspi(r):
    srv, db = r.choice(SERVERS), r.choice(DATABASES)
    cs = ('Provider=SQLOLEDB.1;Integrated Security=SSPI;Persist Security Info=True;Initial Catalog=%s;'
          'Data Source=%s;Use Procedure for Prepare=1;Auto Translate=True;Packet Size=4096;Workstation ID=PC-%s'
          % (db, srv, rs(r, UPALNUM, 6)))
    return '%s/%s_%s.odc' % (odc_dir(r), srv.split('\\')[0], db), crlf(odc(r, 'OLEDB', cs, 'Table', '"%s"."dbo"."Sales"' % db, db)), 'integrated_security'


@neg
def n_odc_olap(r):
    cube = r.choice(['Sales', 'Finance', 'Adventure Works'])
    cs = ('Provider=MSOLAP.8;Integrated Security=SSPI;Persist Security Info=True;Initial Catalog=%s;'
          'Data Source=%s;MDX Compatibility=1;Safety Options=2;MDX Missing Member Mode=Error;Update Isolation Level=2'
          % (cube, r.choice(['ssas01', 'asazure://westeurope.asazure.windows.net/bi01', 'OLAPPROD'])))
    return '%s/%s Cube.odc' % (odc_dir(r), cube), crlf(odc(r, 'OLEDB', cs, 'Cube', cube, cube + ' cube')), 'integrated_security'


@neg
def n_dqy_trusted(r):
    srv, db = r.choice(SERVERS), r.choice(DATABASES)
    txt = ('XLODBC\n1\nDRIVER=SQL Server;SERVER=%s;Trusted_Connection=Yes;APP=Microsoft Office 2016;WSID=PC-%s;DATABASE=%s\n'
           'SELECT Region, Product, SUM(Qty) FROM dbo.Sales WHERE OrderDate >= ? GROUP BY Region, Product\n'
           'FromDate\nFromDate\n' % (srv, rs(r, UPALNUM, 6), db))
    return 'queries/SalesByRegion.dqy', crlf(txt), 'trusted_connection'


@neg
def n_iqy_params(r):
    txt = ('WEB\n1\nhttps://www.%s/quotes/table.asp?symbol=["Symbol","Enter ticker symbol"]&range=["Range","Days"]\n\n'
           'Selection=AllTables\nFormatting=RTF\nPreFormattedTextToColumns=True\n' % domain(r))
    return 'webqueries/Quotes.iqy', crlf(txt), 'parameter_prompt'


@neg
def n_manifest_plain(r):
    res = '        <bt:Url id="Help.Url" DefaultValue="https://www.%s/addin/help"/>' % domain(r)
    return r.choice(['manifest.xml', 'addin/manifest.xml']), manifest(r, res, 'Invoice Helper'), 'addin_guid'


@neg
def n_thisworkbook(r):
    body = '''Private Sub Workbook_Open()
    Application.StatusBar = "Refreshing..."
    ThisWorkbook.RefreshAll
    Application.StatusBar = False
End Sub

Private Sub Workbook_BeforeClose(Cancel As Boolean)
    ThisWorkbook.Worksheets("Cover").Activate
End Sub
'''
    return '%s/ThisWorkbook.cls' % vba_dir(r), doc_cls('ThisWorkbook', THISWORKBOOK_BASE, body), 'vba_attribute_ids'


@neg
def n_sheet_cls(r):
    n = r.randint(1, 9)
    body = '''Private Sub Worksheet_Change(ByVal Target As Range)
    If Intersect(Target, Me.Range("C5:C40")) Is Nothing Then Exit Sub
    Application.EnableEvents = False
    Me.Range("F2").Value = Now
    Application.EnableEvents = True
End Sub
'''
    return '%s/Sheet%d.cls' % (vba_dir(r), n), doc_cls('Sheet%d' % n, SHEET_BASE, body), 'vba_attribute_ids'


@neg
def n_frm_login(r):
    body = '''Private Sub UserForm_Initialize()
    txtUser.Value = Environ$("USERNAME")
    txtPassword.Value = ""
    txtPassword.PasswordChar = "*"
End Sub

Private Sub cmdOK_Click()
    If Len(txtPassword.Value) = 0 Then
        MsgBox "Please enter your password.", vbExclamation
        Exit Sub
    End If
    Me.Hide
End Sub
'''
    return '%s/frmLogin.frm' % vba_dir(r), frm(r, 'frmLogin', 'Sign in', body), 'password_prompt'


@neg
def n_bas_clsid(r):
    body = '''' COM class ids used for late binding checks
Public Const CLSID_ADODB_CONNECTION As String = "{00000514-0000-0010-8000-00AA006D2EA4}"
Public Const CLSID_DICTIONARY As String = "{EE09B103-97E0-11CF-978F-00A02463E06F}"
Public Const CLSID_XMLHTTP60 As String = "{88D96A0A-F192-11D4-A65F-0040963251E5}"
Public Const CLSID_MSFORMS_DATAOBJECT As String = "{1C3B4210-F441-11CE-B9EA-00AA006B1A69}"
Public Const LIB_OUTLOOK As String = "{00062FFF-0000-0000-C000-000000000046}"

Public Function IsRegistered(ByVal progId As String) As Boolean
    On Error Resume Next
    Dim o As Object
    Set o = CreateObject(progId)
    IsRegistered = (Err.Number = 0)
End Function
'''
    return '%s/modComIds.bas' % vba_dir(r), bas('modComIds', body), 'clsid'


def pem_blob(r, n_lines):
    out = []
    for _ in range(n_lines):
        out.append(base64.b64encode(bytes(r.randrange(256) for _ in range(48))).decode())
    out.append(base64.b64encode(bytes(r.randrange(256) for _ in range(r.randint(10, 40)))).decode())
    return '\n'.join(out)


@neg
def n_cert_pem(r):
    txt = ('# Public code-signing certificate used for the VBA project signature.\n'
           '# Subject: CN=%s Office Automation, O=%s Ltd   Thumbprint: %s\n'
           '-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----\n'
           % (company(r), company(r), rs(r, UHEX, 40), pem_blob(r, r.randint(14, 22))))
    return r.choice(['signing/vbaproject-signing.pem', 'certs/codesign-public.crt', 'docs/signing-cert.pem']), txt, 'public_certificate'


@neg
def n_vbs_sig(r):
    txt = '''Option Explicit
Dim fso
Set fso = CreateObject("Scripting.FileSystemObject")
If fso.FolderExists("C:\\Temp\\ExcelCache") Then fso.DeleteFolder "C:\\Temp\\ExcelCache", True
'''
    sig = base64.b64encode(bytes(r.randrange(256) for _ in range(r.randint(900, 1400)))).decode()
    lines = ["'' SIG '' Begin signature block"]
    for i in range(0, len(sig), 44):
        lines.append("'' SIG '' " + sig[i:i + 44])
    lines.append("'' SIG '' End signature block")
    return '%s/clear_cache.vbs' % scripts_dir(r), crlf(txt + '\n'.join(lines) + '\n'), 'signature_block'


@neg
def n_md_checksums(r):
    rows = ['# Release %d.%d.%d' % (r.randint(1, 4), r.randint(0, 12), r.randint(0, 9)), '',
            'Verify downloads with `certutil -hashfile <file> SHA256`.', '', '| File | SHA-256 |', '|---|---|']
    for f in ['Forecast.xlsm', 'ReportingTools.xlam', 'Setup.hta', 'manifest.xml', 'MailMerge.dotm']:
        rows.append('| %s | `%s` |' % (f, rs(r, HEX, 64)))
    return r.choice(['CHECKSUMS.md', 'release/CHECKSUMS.md', 'docs/release-hashes.md']), '\n'.join(rows) + '\n', 'hash'


@neg
def n_json_guids(r):
    d = {'addins': [{'name': n, 'id': guid(r), 'version': '1.%d.%d' % (r.randint(0, 9), r.randint(0, 30)),
                     'storeId': 'WA1%08d' % r.randint(0, 99999999)} for n in ['Route Planner', 'Invoice Helper', 'KPI Board']],
         'catalogId': guid(r, braces=True).upper()}
    return r.choice(['deploy/addins.json', 'catalog/addins.json']), json.dumps(d, indent=2) + '\n', 'guid'


@neg
def n_xba_inputbox(r):
    code = '''
REM  *****  BASIC  *****
Sub ConnectPostgres
    Dim oManager As Object, oCon As Object, sPwd As String
    Dim aProps(1) As New com.sun.star.beans.PropertyValue
    sPwd = InputBox("Database password:", "Login")
    aProps(0).Name = "user"     : aProps(0).Value = Environ("USERNAME")
    aProps(1).Name = "password" : aProps(1).Value = sPwd
    oManager = CreateUnoService("com.sun.star.sdbc.DriverManager")
    oCon = oManager.getConnectionWithInfo("sdbc:postgresql://%s:5432/%s", aProps())
    MsgBox "Connected: " & Not IsNull(oCon)
End Sub
''' % (r.choice(PG_HOSTS), r.choice(DATABASES).lower())
    return '%s/Connect.xba' % lo_dir(r), xba('Connect', code), 'password_prompt'


@neg
def n_xdl_empty(r):
    txt = '''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE dlg:window PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "dialog.dtd">
<dlg:window xmlns:dlg="http://openoffice.org/2000/dialog" xmlns:script="http://openoffice.org/2000/script" dlg:id="DlgPassword" dlg:left="110" dlg:top="70" dlg:width="180" dlg:height="80" dlg:closeable="true" dlg:moveable="true" dlg:title="Password required">
 <dlg:bulletinboard>
  <dlg:text dlg:id="lblPwd" dlg:tab-index="0" dlg:left="8" dlg:top="12" dlg:width="50" dlg:height="10" dlg:value="Password"/>
  <dlg:textfield dlg:id="txtPassword" dlg:tab-index="1" dlg:left="62" dlg:top="10" dlg:width="110" dlg:height="12" dlg:echochar="42"/>
  <dlg:button dlg:id="btnOK" dlg:tab-index="2" dlg:left="66" dlg:top="56" dlg:width="50" dlg:height="14" dlg:value="OK" dlg:button-type="ok"/>
  <dlg:button dlg:id="btnCancel" dlg:tab-index="3" dlg:left="122" dlg:top="56" dlg:width="50" dlg:height="14" dlg:value="Cancel" dlg:button-type="cancel"/>
 </dlg:bulletinboard>
</dlg:window>
'''
    return '%s/DlgPassword.xdl' % lo_dir(r), txt, 'password_prompt'


@neg
def n_xba_interaction(r):
    code = '''
REM  *****  BASIC  *****
' Lets LibreOffice ask for (and remember) the database credentials
Sub OpenRegisteredSource
    Dim oCtx As Object, oSrc As Object, oHandler As Object, oCon As Object
    oCtx = CreateUnoService("com.sun.star.sdb.DatabaseContext")
    oSrc = oCtx.getByName("%s")
    oHandler = CreateUnoService("com.sun.star.task.InteractionHandler")
    oCon = oSrc.connectWithCompletion(oHandler)
    MsgBox "Tables: " & oCon.getTables().getCount()
    oCon.close()
End Sub
''' % r.choice(DATABASES)
    return '%s/OpenSource.xba' % lo_dir(r), xba('OpenSource', code), 'credential_prompt'


@neg
def n_ts_cell_key(r):
    txt = '''async function main(workbook: ExcelScript.Workbook) {
  // The key lives in a hidden, protected sheet that is not part of the repository copy.
  const key = workbook.getNamedItem("ApiKey").getRange().getValue() as string;
  const res = await fetch("https://api.%s/v1/rates?base=EUR", { headers: { "X-API-Key": key } });
  const rates: { [ccy: string]: number } = (await res.json()).rates;
  const sheet = workbook.getWorksheet("FX");
  Object.keys(rates).forEach((ccy, i) => sheet.getRange(`A${i + 2}:B${i + 2}`).setValues([[ccy, rates[ccy]]]));
}
''' % domain(r)
    return '%s/updateFxRates.ts' % os_dir(r), txt, 'workbook_parameter'


@neg
def n_js_runtime_storage(r):
    txt = '''/* global Office, OfficeRuntime */
export async function saveKey() {
  const value = document.getElementById("apiKey").value.trim();
  await OfficeRuntime.storage.setItem("apiKey", value);
  document.getElementById("apiKey").value = "";
}

export async function getKey() {
  const k = await OfficeRuntime.storage.getItem("apiKey");
  if (!k) throw new Error("No API key configured - open Settings in the task pane.");
  return k;
}
'''
    return '%s/settings.js' % addin_src(r), txt, 'runtime_storage'


@neg
def n_ts_sso(r):
    txt = '''export async function callGraph(): Promise<any> {
  // Single sign-on: Office hands us a short-lived token at runtime.
  const bootstrap = await Office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true });
  const resp = await fetch("/api/onbehalfof", { headers: { Authorization: "Bearer " + bootstrap } });
  if (!resp.ok) throw new Error(`OBO failed: ${resp.status}`);
  return resp.json();
}
'''
    return '%s/sso.ts' % addin_src(r), txt, 'runtime_token'


@neg
def n_json_functions_meta(r):
    d = {'allowCustomDataForDataTypeAny': True, 'functions': [
        {'description': 'Translates text', 'id': 'TRANSLATE', 'name': 'TRANSLATE',
         'parameters': [{'description': 'Text to translate', 'name': 'text', 'type': 'string'},
                        {'description': 'Target language', 'name': 'lang', 'type': 'string'}],
         'result': {'type': 'string'}},
        {'description': 'Geocodes an address', 'id': 'GEOCODE', 'name': 'GEOCODE',
         'parameters': [{'name': 'address', 'type': 'string'}], 'result': {'type': 'string', 'dimensionality': 'matrix'}}]}
    return r.choice(['src/functions/functions.json', 'dist/functions.json']), json.dumps(d, indent=2) + '\n', 'metadata'


@neg
def n_log_twilio_sids(r):
    sid = twilio_sid(r)
    lines = []
    d = date_s(r)
    for _ in range(r.randint(5, 9)):
        lines.append('%s %02d:%02d:%02d sms queued account=%s sid=SM%s to=+4479%08d status=%s' % (
            d, r.randint(6, 22), r.randint(0, 59), r.randint(0, 59), sid, rs(r, HEX, 32),
            r.randint(0, 99999999), r.choice(['queued', 'sent', 'delivered'])))
    return r.choice(['logs/sms.log', 'log/notify.log']), '\n'.join(lines) + '\n', 'public_id'


@neg
def n_m_airtable_ids(r):
    txt = '''let
    // BaseId/TableId are public identifiers; the token comes from the "AirtableToken" parameter query.
    BaseId = "app%s",
    TableId = "tbl%s",
    ViewId = "viw%s",
    Source = Json.Document(Web.Contents("https://api.airtable.com/v0/" & BaseId & "/" & TableId,
        [Query = [view = ViewId], Headers = [Authorization = "Bearer " & AirtableToken]])),
    Records = Table.FromRecords(Source[records])
in
    Records
''' % (rs(r, ALNUM, 14), rs(r, ALNUM, 14), rs(r, ALNUM, 14))
    return m_file(r, 'AirtableAssets'), txt, 'public_id'


@neg
def n_json_google_clientid(r):
    d = {'auth': {'provider': 'google', 'clientId': '%d-%s.apps.googleusercontent.com' % (
        r.randint(100000000000, 999999999999), rs(r, LOWER + string.digits, 32)),
        'redirectUri': 'https://localhost:3000/auth.html', 'scopes': ['openid', 'email']},
        'recaptchaSiteKey': '6L' + rs(r, B64URL, 38)}
    return r.choice(['src/config/public.json', 'addin/public-config.json']), json.dumps(d, indent=2) + '\n', 'public_client_id'


@neg
def n_csv_slack_ids(r):
    rows = ['team_id,channel_id,channel,purpose']
    tid = 'T' + rs(r, UPALNUM, 10)
    for ch in ['finance-alerts', 'bi-refresh', 'ops', 'excel-help']:
        rows.append('%s,C%s,#%s,%s' % (tid, rs(r, UPALNUM, 10), ch, r.choice(['notifications', 'support', 'status'])))
    return r.choice(['docs/slack-channels.csv', 'config/channels.csv']), '\n'.join(rows) + '\n', 'public_id'


@neg
def n_bas_cdo_ntlm(r):
    ns = 'http://schemas.microsoft.com/cdo/configuration/'
    body = '''Public Sub SendInternal(ByVal toAddr As String, ByVal subj As String)
    Dim m As Object, c As Object
    Set m = CreateObject("CDO.Message")
    Set c = CreateObject("CDO.Configuration")
    With c.Fields
        .Item("%ssendusing") = 2
        .Item("%ssmtpserver") = "%s"
        .Item("%ssmtpserverport") = 25
        .Item("%ssmtpauthenticate") = 2   ' cdoNTLM - uses the logged-on Windows account
        .Update
    End With
    Set m.Configuration = c
    m.From = Environ$("USERNAME") & "@%s"
    m.To = toAddr
    m.Subject = subj
    m.Send
End Sub
''' % (ns, ns, 'exch01.corp.local', ns, ns, domain(r))
    return '%s/modMail.bas' % vba_dir(r), bas('modMail', body), 'integrated_auth'


@neg
def n_vbs_cdo_pickup(r):
    ns = 'http://schemas.microsoft.com/cdo/configuration/'
    txt = '''Set objMessage = CreateObject("CDO.Message")
objMessage.Configuration.Fields.Item("%ssendusing") = 1
objMessage.Configuration.Fields.Item("%ssmtpserverpickupdirectory") = "C:\\inetpub\\mailroot\\Pickup"
objMessage.Configuration.Fields.Update
objMessage.From = "backup@%s"
objMessage.To = "ops@%s"
objMessage.Subject = "Backup finished"
objMessage.TextBody = "See the attached log."
objMessage.Send
''' % (ns, ns, domain(r), domain(r))
    return '%s/backup_mail.vbs' % scripts_dir(r), crlf(txt), 'no_credentials'


@neg
def n_bas_outlook(r):
    body = '''Public Sub MailActiveWorkbook(ByVal toAddr As String)
    Dim olApp As Object, olMail As Object
    Set olApp = CreateObject("Outlook.Application")
    Set olMail = olApp.CreateItem(0)
    With olMail
        .To = toAddr
        .Subject = ThisWorkbook.Name & " - " & Format(Date, "dd mmm yyyy")
        .Body = "Hi," & vbCrLf & vbCrLf & "latest version attached."
        .Attachments.Add ThisWorkbook.FullName
        .Display
    End With
End Sub
'''
    return '%s/modOutlook.bas' % vba_dir(r), bas('modOutlook', body), 'no_credentials'


@neg
def n_bas_sha256_vectors(r):
    body = '''' Self-test for the SHA-256 routine (FIPS 180-2 test vectors)
Public Sub TestSha256()
    Debug.Assert Sha256Hex("abc") = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    Debug.Assert Sha256Hex("") = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    Debug.Assert Md5Hex("abc") = "900150983cd24fb0d6963f7d28e17f72"
    Debug.Print "hash self-test passed"
End Sub
'''
    return '%s/modHashTests.bas' % vba_dir(r), bas('modHashTests', body), 'hash'


@neg
def n_hta_b64_image(r):
    img = base64.b64encode(bytes(r.randrange(256) for _ in range(r.randint(300, 600)))).decode()
    txt = '''<html>
<head>
<HTA:APPLICATION ID="Launcher" APPLICATIONNAME="Report Launcher" BORDER="dialog" />
<title>Report Launcher</title>
</head>
<body style="font-family:Segoe UI">
<img alt="logo" src="data:image/png;base64,%s" />
<p>Select a report to open:</p>
<select id="rpt"><option>Sales</option><option>Stock</option></select>
</body>
</html>
''' % img
    return 'tools/Launcher.hta', crlf(txt), 'encoded_data'


@neg
def n_md_connstr_docs(r):
    txt = '''# Connection string cheat sheet

Copy the pattern and fill in the values from the service desk ticket - never commit real values.

* SQL Server (SQL login): `Provider=sqloledb;Data Source=myServerAddress;Initial Catalog=myDataBase;User Id=myUsername;Password=myPassword;`
* SQL Server (Windows login): `Provider=MSOLEDBSQL;Server=myServerAddress;Database=myDataBase;Trusted_Connection=yes;`
* Access with database password: `Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\myFolder\\myAccessFile.accdb;Jet OLEDB:Database Password=MyDbPassword;`
* ODBC DSN: `DSN=myDsn;Uid=myUsername;Pwd=;`
'''
    return r.choice(['docs/connection-strings.md', 'docs/cheatsheet.md']), txt, 'doc_example'


@neg
def n_md_sendgrid_doc(r):
    txt = '''### Sending mail from the task pane

```bash
curl --request POST \\
  --url https://api.sendgrid.com/v3/mail/send \\
  --header "Authorization: Bearer $SENDGRID_API_KEY" \\
  --header 'Content-Type: application/json' \\
  --data '{"personalizations":[{"to":[{"email":"test@example.com"}]}],"from":{"email":"test@example.com"},"subject":"Hi","content":[{"type":"text/plain","value":"Hi"}]}'
```

The key is read from the `SENDGRID_API_KEY` environment variable of the build agent
(`<<YOUR_API_KEY>>` in the SendGrid docs).
'''
    return r.choice(['docs/mail.md', 'README.md']), txt, 'doc_example'


@neg
def n_md_slack_doc(r):
    txt = '''## Slack notifications

Create an *Incoming Webhook* for the channel and store the URL in the `SLACK_WEBHOOK_URL`
secret of the pipeline. It looks like this:

    https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX

The VBA module reads it with `Environ$("SLACK_WEBHOOK_URL")`.
'''
    return r.choice(['docs/slack.md', 'docs/notifications.md']), txt, 'doc_example'


@neg
def n_md_twilio_doc(r):
    txt = '''# SMS reminders

`modSms` needs three values in the **Settings** sheet (hidden, not in git):

| Name | Example from the Twilio docs |
|---|---|
| AccountSid | `ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX` |
| ApiKeySid | `SKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX` |
| ApiKeySecret | `your_api_secret` |

Account SIDs are 34 characters and start with `AC`.
'''
    return r.choice(['docs/sms.md', 'docs/twilio.md']), txt, 'doc_example'


@neg
def n_log_masked(r):
    d = date_s(r)
    srv, db, user = r.choice(SERVERS), r.choice(DATABASES), r.choice(DB_USERS)
    lines = ['%s 07:%02d:11 INFO  RefreshAll started by %s' % (d, r.randint(0, 50), r.choice(PEOPLE)),
             '%s 07:%02d:12 DEBUG Connection: Provider=SQLOLEDB;Data Source=%s;Initial Catalog=%s;User ID=%s;Password=********;'
             % (d, r.randint(0, 50), srv, db, user),
             '%s 07:%02d:40 DEBUG SMTP auth user=reports@%s password=[REDACTED]' % (d, r.randint(0, 50), domain(r)),
             '%s 07:%02d:41 INFO  Mail sent, message id <%s@%s>' % (d, r.randint(0, 50), rs(r, HEX, 24), domain(r))]
    return r.choice(['logs/refresh.log', 'logs/macro.log']), '\n'.join(lines) + '\n', 'masked'


@neg
def n_csv_serials(r):
    rows = ['asset_tag,hostname,serial_number,office_build,last_seen']
    for _ in range(r.randint(5, 9)):
        rows.append('IT-%05d,PC-%s,%s,16.0.%d.%d,%s' % (r.randint(0, 99999), rs(r, UPALNUM, 6), rs(r, UPALNUM, 10),
                                                     r.randint(14000, 18000), r.randint(20000, 21000), date_s(r)))
    return r.choice(['inventory/office-clients.csv', 'docs/assets.csv']), '\n'.join(rows) + '\n', 'serial_number'


@neg
def n_m_extension_credential(r):
    txt = '''[DataSource.Kind = "ContosoCrm", Publish = "ContosoCrm.Publish"]
shared ContosoCrm.Contents = (path as text) =>
    let
        key = Extension.CurrentCredential()[Key],
        resp = Web.Contents("https://crm.%s/api/", [RelativePath = path, Headers = [#"X-API-Key" = key]])
    in
        Json.Document(resp);

ContosoCrm = [
    Authentication = [Key = [KeyLabel = "API key", Label = "Contoso CRM API key"]],
    Label = "Contoso CRM"
];
''' % domain(r)
    return r.choice(['connector/ContosoCrm.pq', 'src/ContosoCrm/ContosoCrm.pq']), txt, 'credential_prompt'


@neg
def n_pq_params_plain(r):
    srv, db = r.choice(SERVERS), r.choice(DATABASES)
    txt = '''// Template parameters (Power BI .pbit) - exported with Tabular Editor
ServerName = "%s" meta [IsParameterQuery = true, Type = "Text", IsParameterQueryRequired = true]
DatabaseName = "%s" meta [IsParameterQuery = true, Type = "Text", IsParameterQueryRequired = true]
RangeStart = #datetime(2024, 1, 1, 0, 0, 0) meta [IsParameterQuery = true, Type = "DateTime", IsParameterQueryRequired = true]
RangeEnd = #datetime(2025, 1, 1, 0, 0, 0) meta [IsParameterQuery = true, Type = "DateTime", IsParameterQueryRequired = true]
''' % (srv, db)
    return '%s/Parameters.pq' % m_dir(r), txt, 'template_parameter'


@neg
def n_bas_credread(r):
    body = '''' Reads a generic credential from Windows Credential Manager
Private Declare PtrSafe Function CredReadW Lib "advapi32.dll" (ByVal target As LongPtr, ByVal credType As Long, _
    ByVal flags As Long, ByRef credential As LongPtr) As Long
Private Declare PtrSafe Sub CredFree Lib "advapi32.dll" (ByVal buffer As LongPtr)

Private Const CRED_TYPE_GENERIC As Long = 1
Private Const TARGET_NAME As String = "ExcelReports/%s"

Public Function StoredPassword() As String
    Dim p As LongPtr
    If CredReadW(StrPtr(TARGET_NAME), CRED_TYPE_GENERIC, 0, p) = 0 Then
        Err.Raise vbObjectError + 1, , "Credential " & TARGET_NAME & " not found"
    End If
    StoredPassword = BlobToString(p)
    CredFree p
End Function
''' % r.choice(SERVERS).replace('\\', '_')
    return '%s/modCredentials.bas' % vba_dir(r), bas('modCredentials', body), 'credential_store'


@neg
def n_vbs_named_args(r):
    txt = '''' usage: cscript load.vbs /server:SQL01 /user:loader /pwd:<password>
Option Explicit
Dim a, cn
Set a = WScript.Arguments.Named
If Not (a.Exists("server") And a.Exists("user") And a.Exists("pwd")) Then
    WScript.Echo "missing arguments": WScript.Quit 2
End If
Set cn = CreateObject("ADODB.Connection")
cn.Open "Provider=SQLOLEDB;Data Source=" & a("server") & ";User ID=" & a("user") & ";Password=" & a("pwd") & ";"
cn.Execute "EXEC dbo.usp_LoadStaging"
cn.Close
'''
    return '%s/load.vbs' % scripts_dir(r), crlf(txt), 'runtime_argument'


@neg
def n_wsf_objects(r):
    txt = '''<package>
  <job id="Inventory">
    <object id="fso" progid="Scripting.FileSystemObject" />
    <object id="net" classid="clsid:093FF999-1EA0-4079-9525-9614C3504B74" />
    <reference guid="{420B2830-E718-11CF-893D-00A0C9054228}" version="1.0" />
    <script language="VBScript">
    <![CDATA[
      WScript.Echo net.ComputerName & ";" & fso.GetDrive("C:").SerialNumber
    ]]>
    </script>
  </job>
</package>
'''
    return '%s/inventory.wsf' % scripts_dir(r), crlf(txt), 'clsid'


@neg
def n_hta_password_input(r):
    srv = r.choice(SERVERS)
    txt = '''<html>
<head>
<HTA:APPLICATION ID="Unlock" APPLICATIONNAME="Unlock Account" />
<script language="VBScript">
Sub DoUnlock
    Dim cn
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=SQLOLEDB;Data Source=%s;User ID=" & txtUser.value & ";Password=" & txtPwd.value & ";"
    cn.Execute "EXEC dbo.usp_UnlockUser '" & txtTarget.value & "'"
    cn.Close
    txtPwd.value = ""
End Sub
</script>
</head>
<body>
User <input id="txtUser" /> Password <input id="txtPwd" type="password" /><br/>
Account to unlock <input id="txtTarget" /> <button onclick="DoUnlock">Unlock</button>
</body>
</html>
''' % srv
    return 'tools/Unlock.hta', crlf(txt), 'password_prompt'


@neg
def n_bas_getsetting(r):
    body = '''Public Function GetToken() As String
    GetToken = GetSetting("%sReports", "Auth", "Token", "")
    If GetToken = "" Then
        frmToken.Show
        GetToken = frmToken.txtToken.Value
        SaveSetting "%sReports", "Auth", "Token", GetToken
    End If
End Function
''' % (company(r), company(r))
    return '%s/modToken.bas' % vba_dir(r), bas('modToken', body), 'registry_ref'


@neg
def n_manifest_webappinfo(r):
    app = guid(r)
    res = '        <bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>'
    txt = manifest(r, res, 'Team Planner').replace('  </VersionOverrides>', '''    <WebApplicationInfo>
      <Id>%s</Id>
      <Resource>api://localhost:3000/%s</Resource>
      <Scopes>
        <Scope>User.Read</Scope>
        <Scope>profile</Scope>
      </Scopes>
    </WebApplicationInfo>
  </VersionOverrides>''' % (app, app))
    return r.choice(['manifest.xml', 'addin/manifest.xml']), txt, 'public_client_id'


@neg
def n_xba_md5(r):
    files = ['Budget.ods', 'Forecast.ods', 'Staff.odb']
    code = '''
REM  *****  BASIC  *****
' Known-good MD5 digests of the templates shipped with this library
Function ExpectedDigest(sName As String) As String
    Select Case sName
%s
        Case Else: ExpectedDigest = ""
    End Select
End Function
''' % '\n'.join('        Case "%s": ExpectedDigest = "%s"' % (f, rs(r, HEX, 32)) for f in files)
    return '%s/Integrity.xba' % lo_dir(r), xba('Integrity', code), 'hash'


@neg
def n_package_lock(r):
    pk = {}
    for name in ['office-addin-debugging', 'office-addin-manifest', '@microsoft/office-js', 'core-js', 'regenerator-runtime']:
        ver = '%d.%d.%d' % (r.randint(1, 6), r.randint(0, 20), r.randint(0, 9))
        pk['node_modules/' + name] = {
            'version': ver,
            'resolved': 'https://registry.npmjs.org/%s/-/%s-%s.tgz' % (name, name.split('/')[-1], ver),
            'integrity': 'sha512-' + base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode(),
            'dev': r.random() < 0.5}
    d = {'name': 'excel-addin', 'version': '1.0.0', 'lockfileVersion': 3, 'requires': True, 'packages': pk}
    return r.choice(['package-lock.json', 'addin/package-lock.json']), json.dumps(d, indent=2) + '\n', 'hash'


@neg
def n_csv_refresh_history(r):
    rows = ['requestId,activityId,dataset,status,startTime,durationSec']
    for _ in range(r.randint(5, 10)):
        rows.append('%s,%s,%s,%s,%sT%02d:%02d:00Z,%d' % (guid(r), guid(r), r.choice(['Sales', 'Finance', 'Ops']),
                                                        r.choice(['Completed', 'Failed', 'Completed']), date_s(r),
                                                        r.randint(0, 23), r.randint(0, 59), r.randint(20, 900)))
    return r.choice(['reports/refresh-history.csv', 'docs/refresh-history.csv']), '\n'.join(rows) + '\n', 'guid'


@neg
def n_bas_crc_table(r):
    vals = ', '.join('&H%s' % rs(r, UHEX, 8) for _ in range(16))
    body = '''' CRC-32 helper for the export checksum column
Private crcTable(255) As Long

Private Sub InitCrc()
    Dim seed As Variant, i As Long
    seed = Array(%s)
    For i = 0 To 15
        crcTable(i) = seed(i)
    Next i
End Sub
''' % vals
    return '%s/modCrc.bas' % vba_dir(r), bas('modCrc', body), 'hex_constants'


@neg
def n_cls_iid(r):
    body = '''' Wrapper for IFileDialog (COM) used by the import wizard
Private Const CLSID_FileOpenDialog As String = "{DC1C5A9C-E88A-4DDE-A5A1-60F82A20AEF7}"
Private Const IID_IFileOpenDialog As String = "{D57C7288-D4AD-4768-BE02-9D969532D960}"
Private Const IID_IShellItem As String = "{43826D1E-E718-42EE-BC55-A1E261C37BFE}"
Private Const FOS_PICKFOLDERS As Long = &H20

Public Function PickFolder() As String
    With Application.FileDialog(msoFileDialogFolderPicker)
        If .Show Then PickFolder = .SelectedItems(1)
    End With
End Function
'''
    return '%s/CFolderPicker.cls' % vba_dir(r), cls('CFolderPicker', body), 'clsid'


@neg
def n_m_enter_data(r):
    rows = [[r.choice(CITIES), str(r.randint(1, 999)), r.choice(['A', 'B', 'C'])] for _ in range(r.randint(4, 9))]
    raw = json.dumps(rows, separators=(',', ':')).encode()
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    blob = base64.b64encode(comp.compress(raw) + comp.flush()).decode()
    txt = '''let
    Source = Table.FromRows(Json.Document(Binary.Decompress(Binary.FromText("%s", BinaryEncoding.Base64), Compression.Deflate)), let _t = ((type nullable text) meta [Serialized.Text = true]) in type table [City = _t, Store = _t, Tier = _t]),
    Typed = Table.TransformColumnTypes(Source, {{"Store", Int64.Type}})
in
    Typed
''' % blob
    return m_file(r, 'StoreTiers'), txt, 'encoded_data'


@neg
def n_vbs_regread(r):
    dsn = r.choice(DSNS)
    txt = '''' Prints the server a DSN points at (no credentials are stored in the DSN)
Set sh = CreateObject("WScript.Shell")
k = "HKLM\\SOFTWARE\\ODBC\\ODBC.INI\\%s\\"
WScript.Echo "Server:   " & sh.RegRead(k & "Server")
WScript.Echo "Database: " & sh.RegRead(k & "Database")
WScript.Echo "Trusted:  " & sh.RegRead(k & "Trusted_Connection")
''' % dsn
    return '%s/show_dsn.vbs' % scripts_dir(r), crlf(txt), 'dsn_no_password'


@neg
def n_itemprops(r):
    txt = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
           '<ds:datastoreItem ds:itemID="%s" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
           '<ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.microsoft.com/office/2006/metadata/properties"/>'
           '<ds:schemaRef ds:uri="http://schemas.microsoft.com/office/infopath/2007/PartnerControls"/>'
           '<ds:schemaRef ds:uri="%s"/></ds:schemaRefs></ds:datastoreItem>\n'
           % (guid(r, upper=True, braces=True), guid(r)))
    return r.choice(['unpacked/Forecast.xlsx/customXml/itemProps1.xml', 'xlsx-src/customXml/itemProps2.xml']), txt, 'guid'


@neg
def n_custom_props(r):
    txt = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="ContentTypeId">'
           '<vt:lpwstr>0x0101%s</vt:lpwstr></property>'
           '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="MSIP_Label_%s_SiteId">'
           '<vt:lpwstr>%s</vt:lpwstr></property></Properties>\n'
           % (rs(r, UHEX, 34), guid(r), guid(r)))
    return r.choice(['unpacked/Budget.xlsm/docProps/custom.xml', 'xlsm-src/docProps/custom.xml']), txt, 'hex_id'


@neg
def n_js_env_define(r):
    txt = '''const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = async (env, options) => ({
  entry: { taskpane: "./src/taskpane/taskpane.js", functions: "./src/functions/functions.js" },
  plugins: [
    new webpack.DefinePlugin({
      "process.env.MAPS_API_KEY": JSON.stringify(process.env.MAPS_API_KEY || ""),
      "process.env.API_BASE": JSON.stringify(process.env.API_BASE || "https://localhost:3001")
    }),
    new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] })
  ],
  devServer: { port: 3000, server: "https" }
});
'''
    return r.choice(['webpack.config.js', 'addin/webpack.config.js']), txt, 'env_ref'


@neg
def n_udl_integrated(r):
    txt = ('[oledb]\n; Everything after this line is an OLE DB initstring\n'
           'Provider=MSOLEDBSQL.1;Integrated Security=SSPI;Persist Security Info=False;Initial Catalog=%s;Data Source=%s\n'
           % (r.choice(DATABASES), r.choice(SERVERS)))
    return r.choice(['config/Reporting.udl', 'connections/Warehouse.udl']), crlf(txt), 'integrated_security'


@neg
def n_osts_readonly(r):
    body = ('function main(workbook: ExcelScript.Workbook) {\n'
            '  const t = workbook.getTable("Orders");\n'
            '  const total = t.getColumnByName("Amount").getRangeBetweenHeaderAndTotal().getValues()\n'
            '    .reduce((s, v) => s + (v[0] as number), 0);\n'
            '  workbook.getWorksheet("Summary").getRange("B2").setValue(total);\n'
            '}\n')
    return '%s/Sum orders.osts' % os_dir(r), osts(r, body, 'Totals the Orders table'), 'no_credentials'


@neg
def n_vbs_wmi_serials(r):
    txt = '''' bios_serial.vbs - asset inventory helper
Set wmi = GetObject("winmgmts:\\\\.\\root\\cimv2")
For Each b In wmi.ExecQuery("SELECT SerialNumber FROM Win32_BIOS")
    WScript.Echo "BIOS serial: " & b.SerialNumber
Next
' sample output from the pilot machines:
'   BIOS serial: %s
'   BIOS serial: %s
'   Product id : %05d-%05d-%05d-AA%03d
''' % (rs(r, UPALNUM, 10), rs(r, UPALNUM, 7), r.randint(0, 99999), r.randint(0, 99999), r.randint(0, 99999), r.randint(0, 999))
    return '%s/bios_serial.vbs' % scripts_dir(r), crlf(txt), 'serial_number'


# =================================================================
# driver
# =================================================================
N_POS = 500
N_NEG = 500
ENV_OK_FOR_NEG = ('.env.example', '.env.sample', '.env.template', '.env.dist')


def filetype(path):
    base = path.rsplit('/', 1)[-1]
    if base.startswith('.env'):
        return 'env'
    if '.' not in base:
        return base.lower()
    return base.rsplit('.', 1)[-1].lower()


def neg_path(path):
    head, _, base = path.rpartition('/')
    if base.startswith('.env') and base not in ENV_OK_FOR_NEG:
        base = '.env.example'
    return head + '/' + base if head else base


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8', newline='') as f:
        f.write(text)


def spread(r, items, n):
    order = [items[i % len(items)] for i in range(n)]
    r.shuffle(order)
    return order


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: gen_ie.py OUTDIR SEED\n')
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest_rows, secret_rows = [], []
    env_pos = 0

    for i, tpl in enumerate(spread(r, POS, N_POS)):
        S = Slot(r, False)
        rel, text = tpl(r, S)
        assert S.needle, tpl.__name__
        if rel.rsplit('/', 1)[-1].startswith('.env'):
            env_pos += 1
        fid = 'pos/p%04d/%s' % (i, rel)
        idx = text.find(S.needle)
        assert idx >= 0, (tpl.__name__, S.needle)
        line = text.count('\n', 0, idx) + 1
        assert S.needle in text.split('\n')[line - 1], (tpl.__name__, line)
        write(outdir, 'pos/p%04d/%s' % (i, rel), text)
        with open(os.path.join(outdir, fid), encoding='utf-8', newline='') as f:
            assert S.needle in f.read().split('\n')[line - 1]
        manifest_rows.append({'file': fid, 'label': 'pos', 'provider': S.provider, 'kind': S.kind,
                              'filetype': filetype(rel)})
        secret_rows.append({'file': fid, 'needle': S.needle, 'line': line})
    assert env_pos * 20 <= N_POS, env_pos

    half = N_NEG // 2
    reuse = spread(r, POS, half)
    looks = spread(r, NEG, N_NEG - half)
    jobs = [('reuse', t) for t in reuse] + [('look', t) for t in looks]
    r.shuffle(jobs)
    for i, (mode, tpl) in enumerate(jobs):
        if mode == 'reuse':
            S = Slot(r, True)
            rel, text = tpl(r, S)
            rel = neg_path(rel)
            provider, kind = S.provider, 'template_' + (S.cat or 'empty')
        else:
            rel, text, kind = tpl(r)
            provider = 'none'
        base = rel.rsplit('/', 1)[-1]
        assert not (base.startswith('.env') and base not in ENV_OK_FOR_NEG), rel
        fid = 'neg/n%04d/%s' % (i, rel)
        write(outdir, fid, text)
        manifest_rows.append({'file': fid, 'label': 'neg', 'provider': provider, 'kind': kind,
                              'filetype': filetype(rel)})

    with open(os.path.join(outdir, 'manifest.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for row in manifest_rows:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    with open(os.path.join(outdir, 'secrets.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for row in secret_rows:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
