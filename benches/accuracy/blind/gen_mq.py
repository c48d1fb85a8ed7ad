#!/usr/bin/env python3
"""gen_mq.py - blind evaluation-set generator for secret scanners.

EMPHASIS
    Desktop RAD, 4GL and classic line-of-business applications: Delphi/Lazarus
    (.dfm/.lfm forms with TADOConnection / TFDConnection / TIBDatabase / TZConnection,
    .pas units, .ini), VB6 (.frm, .bas, .cls, .vbp), VBA behind Access (exported
    modules, linked-table Connect strings), Visual FoxPro (.prg, SQLSTRINGCONNECT /
    SQLCONNECT), PowerBuilder (.srw/.sra/.srd exports, SQLCA.LogPass, pb .ini),
    Progress OpenEdge ABL (.p, .pf with -U/-P), Clarion (.clw OWNER), Uniface (.asn
    path settings), Magic xpa (Magic.ini), Lotus Notes/Domino (LotusScript .lss,
    notes.ini), Crystal Reports logon code, WinForms/WPF app.config,
    Settings.settings, Settings.Designer.cs, Xojo (.xojo_code), classic ASP (.asp,
    global.asa), .udl, ODBC .dsn, .reg exports, .bat/.cmd, Inno Setup .iss, NSIS
    .nsi, InstallShield .rul, SQL scripts.
    Providers / kinds: database passwords (SQL Server, Oracle, Firebird/InterBase
    SYSDBA, DB2, Informix, Sybase ASE, MySQL, PostgreSQL, Progress), FTP and SMTP
    passwords, licence-server passwords, hard-coded encryption keys, and API keys of
    payment / shipping / SMS / mail services called from such apps (Stripe, Square,
    Braintree, Authorize.Net, PayPal, Shippo, EasyPost, FedEx, Twilio, Vonage,
    Plivo, MessageBird, SendGrid, Mailgun, Mailchimp, Postmark, Google Maps,
    AWS, Azure Storage, Slack webhooks, GitHub PAT in build scripts), RSA private
    keys used for licence signing.

USAGE
    python3 -B gen_mq.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic for a seed
    (single random.Random(SEED)); standard library only.

NEEDLE CONVENTIONS
    needle = the secret value exactly as written, without quotes.  Passwords: the
    password only (not user, not the whole connection string).  Prefixed keys keep
    the prefix (sk_live_, SG., key-, shippo_live_, AIza, EZAK, ghp_ ...).  Header
    values: the token only.  URLs with user:password: the password only.  Slack
    webhook: the whole webhook URL.  PEM private key: the first base64 line of the
    body.  'line' is the 1-based line of the first occurrence; asserted.

NEGATIVES
    250 re-use the positive templates with the secret slot holding: placeholders
    (English, German, Spanish, Portuguese, French, Dutch), empty values, masks
    (****, [REDACTED]), environment / tool references chosen per file type
    (%DB_PASSWORD% in batch, {#DbPassword} Inno preprocessor, $(DbPassword) /
    #{DbPassword}# build tokens in .config, $env: in PowerShell, &&var in SQL*Plus), provider documented example
    values (AWS EXAMPLE keys, Stripe documentation test keys), and public values (Stripe publishable keys, Braintree public key,
    Twilio Account SID, PayPal client id).
    250 are domain look-alikes: VB6 .frm/.vbp with OCX GUIDs and typelib refs,
    Delphi .dfm with hex Picture.Data blobs, .dproj GUIDs, .pas interface GUIDs and
    CRC tables, app.config with Integrated Security / publicKeyToken / encrypted
    <EncryptedData> sections, .reg exports with DPAPI hex blobs and CLSID
    registrations, trusted .udl/.dsn, Inno Setup/NSIS scripts with AppId GUIDs,
    SHA-256 checksums and signtool thumbprints, SQL scripts with hashes and
    uniqueidentifiers, About-box licence/serial numbers, Lotus Notes UNIDs and
    notes.ini, PowerBuilder .srd datawindows, Progress .pf without -P, base64
    embedded images, public certificates, version resources.

FORMATS CHECKED
    Shippo live/test prefixes shippo_live_/shippo_test_ and 'Authorization:
    ShippoToken <token>' header: docs.goshippo.com (authentication guide).
    EasyPost: key is used as HTTP Basic username (docs.easypost.com/docs/authentication).
    Others from provider documentation knowledge: Stripe sk_live_/rk_live_/pk_live_
    (24 alnum classic, ~99 chars newer), Twilio AC/SK + 32 hex, auth token 32 hex,
    SendGrid SG.<22>.<43>, Mailgun key-<32 hex>, Mailchimp <32 hex>-usNN, Google
    AIza + 35, AWS AKIA + 16 / 40-char secret, Square sq0atp-/sq0csp-/EAAA, Braintree
    32-hex private key, Authorize.Net 16-char transaction key, GitHub ghp_ 30 random
    + 6-char base62 CRC32, Azure storage 88-char base64 account key, Postmark UUID
    server token, Slack hooks.slack.com/services/T../B../<24>.
    Connection-string keywords (ADO/OLE DB, ODBC, FireDAC Params, IBX, Zeos,
    PowerBuilder SQLCA, OpenEdge -U/-P, Clarion OWNER, Uniface path syntax) from
    knowledge of those tools.

SCANNER MATERIAL MET
    A docs search for the EasyPost key format returned a GitGuardian detector page
    and a GitLab DAST check page among the results; they were not used for any
    format or template here.

DOUBTS
    EasyPost key length (EZAK + 54 hex guessed); FedEx legacy key/password lengths
    (16/25 guessed); PayPal client secret (80 chars base64url guessed); Clickatell
    key shape; Plivo auth id/token lengths (20/40); MessageBird 25 alnum; Vonage
    secret 16 alnum; Magic xpa ini database line layout is approximate; Uniface
    .asn path syntax approximate.  Files are written UTF-8 with LF even where the
    real tool would write UTF-16 (.udl) or CRLF.
"""
import sys
import os
import json
import random
import string
import zlib
import base64
import hashlib

AL = string.ascii_letters + string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
HEX = '0123456789abcdef'
HEXU = '0123456789ABCDEF'
B64 = AL + '+/'
B64U = AL + '-_'
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def rs(r, n, al=AL):
    return ''.join(r.choice(al) for _ in range(n))


def guid(r, upper=True):
    h = rs(r, 32, HEX)
    s = '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], r.choice('89ab'), h[17:20], h[20:])
    return s.upper() if upper else s


def pick(r, *a):
    return r.choice(a)


# ----------------------------------------------------------------- companions
FIRST = ['jsmith', 'mbauer', 'kfischer', 'alopez', 'rsilva', 'tnguyen', 'pdubois', 'hmueller',
         'jvandijk', 'lrossi', 'ocosta', 'dkowalski', 'fschneider', 'mgarcia', 'eyilmaz']
DBUSERS = ['sa', 'app_user', 'erp_app', 'stockuser', 'AppLogin', 'crm_rw', 'fakt_user', 'report',
           'lagerapp', 'contab', 'vendas_app', 'svc_pos', 'webshop', 'ERPADMIN', 'dbo_app']
DBNAMES = ['Warenwirtschaft', 'ERP_PROD', 'Stock', 'Facturacion', 'Vendas', 'CRM', 'Lager',
           'Contabilidad', 'Payroll', 'Inventory', 'POS', 'Fakturierung', 'Kunden', 'OrderEntry',
           'Estoque', 'HRMS', 'Boekhouding']
HOSTS = ['SRV-SQL01', 'sqlprod02', 'DBSERVER', '10.0.1.15', '192.168.10.20', 'srv-erp.local',
         'ORADB01', 'fbserver', 'db01.firma.local', 'SQL2008\\SQLEXPRESS', 'SRVAPP\\ERP',
         '172.16.4.11', 'servidor01', 'pdc-db', 'nas-backup']
COMPANIES = ['Acme Handels GmbH', 'Transportes Rocha Ltda', 'Nordlicht Logistik', 'Ferreteria Lopez',
             'Bakker Installatie BV', 'Moreau Distribution', 'Bluewater Supplies', 'Kowalski Sp. z o.o.']
WORDS = ['Kestrel', 'Marmota', 'Lagarto', 'Sonnen', 'Wolke', 'Orkan', 'Baltic', 'Nordwind',
         'Pinguin', 'Girassol', 'Tucano', 'Jaguar', 'Cobalto', 'Granit', 'Kiefer', 'Pampa',
         'Sertao', 'Delfin', 'Zorro', 'Amsel', 'Falke', 'Mistral', 'Tramonte', 'Lobo',
         'Pirata', 'Vulcan', 'Quarzo', 'Sirocco', 'Polaris', 'Otter', 'Condor', 'Ranger']
LEET = {'a': '4', 'e': '3', 'i': '1', 'o': '0', 's': '5'}


def host(r):
    return r.choice(HOSTS)


def dbuser(r):
    return r.choice(DBUSERS)


def dbname(r):
    return r.choice(DBNAMES)


def gen_pw(r, safe=False):
    syms = '#_' if safe else '!#*-_.+@?'
    while True:
        st = r.randrange(5)
        if st == 0:
            w = r.choice(WORDS)
            if r.random() < .5:
                w = ''.join(LEET.get(c, c) if r.random() < .5 else c for c in w)
            p = w + r.choice(syms) + rs(r, r.randint(2, 4), DG)
        elif st == 1:
            p = rs(r, r.randint(12, 20), AL + syms)
        elif st == 2:
            p = r.choice(WORDS) + r.choice(syms) + r.choice(WORDS).lower() + rs(r, 2, DG)
        elif st == 3:
            p = '-'.join(rs(r, 4, AL) for _ in range(3)) if not safe else rs(r, 14, AL)
        else:
            p = rs(r, 1, UP) + rs(r, r.randint(3, 5), LO) + rs(r, r.randint(2, 4), DG) + r.choice(syms) + rs(r, 2, UP)
        if len(p) >= 9 and any(c.isdigit() for c in p) and any(c.isalpha() for c in p) and any(c.isupper() for c in p) \
                and any(c.islower() for c in p):
            return p


def crc_b62(data):
    n = zlib.crc32(data.encode()) & 0xffffffff
    out = ''
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(6, '0')


def gen_pem_body(r):
    # PKCS#1 RSA 2048 DER begins 30 82 04 a3/a4/a5 02 01 00 02 82 01 01 00 ...
    head = bytes([0x30, 0x82, 0x04, r.choice([0xa3, 0xa4, 0xa5]), 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00])
    body = head + bytes(r.getrandbits(8) for _ in range(1180))
    b = base64.b64encode(body).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)][:26]


SECRETS = {
    'password': lambda r: gen_pw(r),
    'password_safe': lambda r: gen_pw(r, True),
    'stripe': lambda r: 'sk_live_' + (rs(r, 24) if r.random() < .5 else '51' + rs(r, 97)),
    'stripe_rk': lambda r: 'rk_live_' + (rs(r, 24) if r.random() < .5 else '51' + rs(r, 97)),
    'twilio': lambda r: rs(r, 32, HEX),
    'sendgrid': lambda r: 'SG.' + rs(r, 22, B64U) + '.' + rs(r, 43, B64U),
    'mailgun': lambda r: 'key-' + rs(r, 32, HEX),
    'mailchimp': lambda r: rs(r, 32, HEX) + '-us' + str(r.randint(2, 21)),
    'google': lambda r: 'AIza' + rs(r, 35, B64U),
    'aws': lambda r: rs(r, 40, B64),
    'square': lambda r: 'EAAA' + rs(r, 60, B64U) if r.random() < .5 else 'sq0atp-' + rs(r, 22, B64U),
    'paypal': lambda r: 'E' + rs(r, 79, B64U),
    'braintree': lambda r: rs(r, 32, HEX),
    'authnet': lambda r: rs(r, 16, AL),
    'shippo': lambda r: 'shippo_live_' + rs(r, 40, HEX),
    'easypost': lambda r: 'EZAK' + rs(r, 54, HEX),
    'fedex': lambda r: rs(r, 25, AL),
    'vonage': lambda r: rs(r, 16, AL),
    'plivo': lambda r: rs(r, 40, AL),
    'messagebird': lambda r: rs(r, 25, AL),
    'postmark': lambda r: guid(r, False),
    'slack': lambda r: 'https://hooks.slack.com/services/T%s/B%s/%s' % (rs(r, 8, UP + DG), rs(r, 10, UP + DG), rs(r, 24, AL)),
    'github': lambda r: (lambda b: 'ghp_' + b + crc_b62(b))(rs(r, 30, AL)),
    'azure': lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode(),
    'enc_hex': lambda r: rs(r, r.choice([32, 64]), HEXU if r.random() < .5 else HEX),
    'enc_b64': lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode(),
    'enc_pass': lambda r: rs(r, r.randint(16, 28), AL + '!#*%$&@?'.replace('%', '').replace('&', '')),
    'pem': lambda r: gen_pem_body(r),
}

# ------------------------------------------------------------ negative values
PH_GENERIC = ['<your-password>', 'YOUR_PASSWORD', 'changeme', 'xxxxxxxx', '********', '[REDACTED]',
              '<Passwort hier eintragen>', 'PASSWORT_EINTRAGEN', '<su-contrasena>', 'SUA_SENHA_AQUI',
              'motdepasse_ici', '<wachtwoord>', '', '', 'TODO', '***', '<password>', 'PUT_PASSWORD_HERE',
              '@@DB_PASS@@', '__DB_PASSWORD__']
# tool-specific references (environment, preprocessor, build-server tokens) by file type
REFS = {'bat': ['%DB_PASSWORD%', '%ISC_PASSWORD%', '!DBPWD!'], 'iss': ['{#DbPassword}', '{code:GetDbPassword}'],
        'nsi': ['$DbPassword', '${DB_PASSWORD}'], 'config': ['#{DbPassword}#', '$(DbPassword)', '__DbPassword__'],
        'settings': ['$(DbPassword)'], 'ps1': ['$env:SLACK_WEBHOOK_URL'], 'ini': ['%DB_PASSWORD%', '${DB_PASSWORD}'],
        'pf': ['$DB_PASS'], 'sql': ['$(DbPassword)', '&&app_password'],
        'txt': ['%FTP_PASSWORD%'], 'reg': ['%DB_PASSWORD%']}
PH_KEY = ['YOUR_API_KEY', '<your-api-key>', 'xxxxxxxxxxxxxxxxxxxxxxxx', '', '[REDACTED]', '********',
          'CHAVE_API_AQUI', '<API-Schluessel>', 'TU_CLAVE_API',
          'INSERT_KEY_HERE', '__API_KEY__']
NEG_SPECIFIC = {
    'stripe': lambda r: r.choice(['sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'pk_live_' + rs(r, 24),
                                  'pk_live_51' + rs(r, 97), 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
                                  'sk_live_...', 'pk_test_TYooMQauvdEDq54NiTphI7jx']),
    'stripe_rk': lambda r: r.choice(['rk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'pk_live_' + rs(r, 24), 'rk_live_...']),
    'twilio': lambda r: r.choice(['your_auth_token', 'x' * 32, 'AC' + rs(r, 32, HEX), '[AuthToken]']),
    'sendgrid': lambda r: r.choice(['SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'SG.YOUR_KEY']),
    'mailgun': lambda r: r.choice(['key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'key-YOUR_MAILGUN_KEY']),
    'mailchimp': lambda r: r.choice(['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us1', 'YOUR_API_KEY-us6']),
    'google': lambda r: r.choice(['AIzaSy_YOUR_KEY_HERE', 'YOUR_GOOGLE_MAPS_KEY']),
    'aws': lambda r: r.choice(['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAIOSFODNN7EXAMPLE']),
    'square': lambda r: r.choice(['EAAAxxxxxxxxxxxxxxxxxxxxxxxx', 'sq0idp-' + rs(r, 22, B64U), 'YOUR_SQUARE_ACCESS_TOKEN']),
    'paypal': lambda r: r.choice(['A' + rs(r, 79, B64U), 'YOUR_PAYPAL_SECRET', 'EO4_xxxxxxxx']),
    'braintree': lambda r: r.choice([rs(r, 16, LO + DG), 'use_your_private_key', 'x' * 32]),
    'authnet': lambda r: r.choice(['YOUR_TRANSACTION_KEY', 'xxxxxxxxxxxxxxxx', rs(r, 9, AL)]),
    'shippo': lambda r: r.choice(['shippo_test_token', 'shippo_live_xxxxxxxxxxxxxxxx', '<SHIPPO_TOKEN>']),
    'easypost': lambda r: r.choice(['EZAK_YOUR_PRODUCTION_KEY', 'EZTK...', '<easypost-key>']),
    'fedex': lambda r: r.choice(['FEDEX_PASSWORD', 'xxxxxxxxxxxxxxxxxxxxxxxxx']),
    'vonage': lambda r: r.choice(['abcdef0123456789'[:0] + 'VONAGE_API_SECRET', rs(r, 8, HEX)]),
    'plivo': lambda r: r.choice(['YOUR_AUTH_TOKEN', 'MA' + rs(r, 18, UP + DG)]),
    'messagebird': lambda r: r.choice(['YOUR_ACCESS_KEY', 'test_' + 'x' * 20]),
    'postmark': lambda r: r.choice(['POSTMARK_API_TEST', '00000000-0000-0000-0000-000000000000']),
    'slack': lambda r: r.choice(['https://hooks.slack.com/services/XXX/YYY/ZZZ', 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX']),
    'github': lambda r: r.choice(['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '%GITHUB_TOKEN%']),
    'azure': lambda r: r.choice(['<storage-account-key>', 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==']),
    'enc_hex': lambda r: r.choice(['00000000000000000000000000000000', 'CHANGE_THIS_KEY']),
    'enc_b64': lambda r: r.choice(['<base64-key>', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=']),
    'enc_pass': lambda r: r.choice(['<encryption-key>', 'CHANGE_ME_BEFORE_RELEASE']),
}


def neg_value(r, kind, ft=''):
    if kind == 'pem':
        return None
    if ft in REFS and r.random() < .3:
        return r.choice(REFS[ft])
    if kind.startswith('password'):
        return r.choice(PH_GENERIC)
    if r.random() < .5 and kind in NEG_SPECIFIC:
        return NEG_SPECIFIC[kind](r)
    return r.choice(PH_KEY)


# ----------------------------------------------------------------- templates
TEMPLATES = []
IS_NEG = [False]   # set by main(); lets templates blank secret-ish companions in negatives


def tpl(kind, provider, filetype):
    def deco(f):
        TEMPLATES.append((f.__name__, kind, provider, filetype, f))
        return f
    return deco


def ado_cs(r, v, u=None):
    u = u or dbuser(r)
    parts = ['Provider=SQLOLEDB.1', 'Password=' + v, 'Persist Security Info=True', 'User ID=' + u,
             'Initial Catalog=' + dbname(r), 'Data Source=' + host(r)]
    return ';'.join(parts)


@tpl('password', 'sqlserver', 'dfm')
def delphi_dfm_ado(r, v):
    name = pick(r, 'dmMain', 'DataModule1', 'dmDados', 'dmLager', 'frmMain')
    cls = 'TDataModule' if name.startswith('d') else 'TForm'
    cs = ado_cs(r, v)
    return (pick(r, 'src/uDM.dfm', 'Source/DataModule.dfm', 'forms/%s.dfm' % name, 'DM/u%s.dfm' % name),
            '''object %s: T%s
  OldCreateOrder = False
  OnCreate = DataModuleCreate
  Height = %d
  Width = %d
  object ADOConnection1: TADOConnection
    ConnectionString = 
      '%s'
    LoginPrompt = False
    Provider = 'SQLOLEDB.1'
    Left = 48
    Top = 24
  end
  object qryKunden: TADOQuery
    Connection = ADOConnection1
    CursorType = ctStatic
    Parameters = <>
    SQL.Strings = (
      'select * from Kunden where Aktiv = 1')
    Left = 48
    Top = 88
  end
end
''' % (name, name[0].upper() + name[1:], r.randint(200, 480), r.randint(300, 640), cs))


@tpl('password', 'firebird', 'dfm')
def delphi_dfm_firedac(r, v):
    db = pick(r, r'C:\Data\ERP.FDB', r'D:\Firebird\LAGER.FDB', '/var/lib/firebird/data/erp.fdb', r'C:\Program Files\App\DATA\EMPRESA.GDB')
    user = pick(r, 'SYSDBA', 'SYSDBA', 'APPUSER')
    return (pick(r, 'src/udmConexao.dfm', 'Forms/DM.dfm', 'source/dmDatabase.dfm'),
            '''object dmConexao: TdmConexao
  OldCreateOrder = False
  Height = 266
  Width = 412
  object FDConnection1: TFDConnection
    Params.Strings = (
      'Database=%s'
      'User_Name=%s'
      'Password=%s'
      'Server=%s'
      'Protocol=TCPIP'
      'CharacterSet=WIN1252'
      'DriverID=FB')
    LoginPrompt = False
    Left = 56
    Top = 32
  end
  object FDPhysFBDriverLink1: TFDPhysFBDriverLink
    Left = 176
    Top = 32
  end
  object FDGUIxWaitCursor1: TFDGUIxWaitCursor
    Provider = 'Forms'
    Left = 176
    Top = 96
  end
end
''' % (db, user, v, host(r)), 'firebird')


@tpl('password', 'interbase', 'dfm')
def delphi_dfm_ibx(r, v):
    return (pick(r, 'src/DataMod.dfm', 'Units/uDataMod.dfm'),
            '''object DataMod: TDataMod
  OldCreateOrder = False
  Left = 285
  Top = 161
  Height = 244
  Width = 367
  object IBDatabase1: TIBDatabase
    DatabaseName = '%s:C:\\IBData\\VENDAS.GDB'
    Params.Strings = (
      'user_name=SYSDBA'
      'password=%s'
      'lc_ctype=WIN1252')
    LoginPrompt = False
    DefaultTransaction = IBTransaction1
    IdleTimer = 0
    SQLDialect = 3
    TraceFlags = []
    Left = 40
    Top = 16
  end
  object IBTransaction1: TIBTransaction
    Active = False
    DefaultDatabase = IBDatabase1
    Left = 128
    Top = 16
  end
end
''' % (host(r), v))


@tpl('password', 'mysql', 'lfm')
def lazarus_lfm_zeos(r, v):
    proto = pick(r, 'mysql-5', 'postgresql-9', 'firebird-2.5', 'mssql')
    return (pick(r, 'src/unit1.lfm', 'forms/umain.lfm', 'frmPrincipal.lfm'),
            '''object Form1: TForm1
  Left = 352
  Height = 420
  Top = 180
  Width = 640
  Caption = 'Cadastro de Clientes'
  ClientHeight = 420
  ClientWidth = 640
  OnCreate = FormCreate
  LCLVersion = '2.2.6.0'
  object ZConnection1: TZConnection
    ControlsCodePage = cCP_UTF8
    AutoEncodeStrings = True
    Properties.Strings = (
      'AutoEncodeStrings=True'
    )
    HostName = '%s'
    Port = %d
    Database = '%s'
    User = '%s'
    Password = '%s'
    Protocol = '%s'
    Left = 48
    Top = 32
  end
end
''' % (host(r), r.choice([3306, 5432, 3050, 1433]), dbname(r).lower(), dbuser(r), v, proto),
            {'mysql-5': 'mysql', 'postgresql-9': 'postgresql', 'firebird-2.5': 'firebird', 'mssql': 'sqlserver'}[proto])


@tpl('password', 'postgresql', 'lfm')
def lazarus_lfm_sqldb(r, v):
    t = pick(r, 'TPQConnection', 'TIBConnection', 'TMySQL57Connection')
    return (pick(r, 'lazarus/mainform.lfm', 'src/dmdata.lfm'),
            '''object DataModule1: TDataModule1
  OldCreateOrder = False
  Height = 300
  HorizontalOffset = 410
  VerticalOffset = 220
  Width = 400
  object Conn: %s
    Connected = False
    LoginPrompt = False
    DatabaseName = '%s'
    KeepConnection = False
    Password = '%s'
    Transaction = SQLTransaction1
    UserName = '%s'
    HostName = '%s'
    left = 64
    top = 40
  end
  object SQLTransaction1: TSQLTransaction
    Active = False
    Database = Conn
    left = 64
    top = 112
  end
end
''' % (t, dbname(r).lower(), v, dbuser(r), host(r)),
            {'TPQConnection': 'postgresql', 'TIBConnection': 'firebird', 'TMySQL57Connection': 'mysql'}[t])


@tpl('password', 'sqlserver', 'pas')
def delphi_pas_const(r, v):
    unit = pick(r, 'uConfig', 'uGlobals', 'Konstanten', 'uConstantes')
    return ('src/%s.pas' % unit, '''unit %s;

interface

uses
  SysUtils, Classes;

const
  APP_TITLE   = '%s';
  DB_SERVER   = '%s';
  DB_NAME     = '%s';
  DB_USER     = '%s';
  DB_PASSWORD = '%s';
  DB_TIMEOUT  = 30;

  { Connection string for TADOConnection }
  function GetConnectionString: string;

implementation

function GetConnectionString: string;
begin
  Result := Format('Provider=SQLOLEDB.1;Data Source=%%s;Initial Catalog=%%s;User ID=%%s;Password=%%s',
    [DB_SERVER, DB_NAME, DB_USER, DB_PASSWORD]);
end;

end.
''' % (unit, r.choice(COMPANIES), host(r), dbname(r), dbuser(r), v))


@tpl('password_safe', 'smtp', 'pas')
def delphi_pas_indy_smtp(r, v):
    return (pick(r, 'src/uMailer.pas', 'Units/EnvioEmail.pas', 'source/uSendMail.pas'), '''unit uMailer;

interface

uses
  SysUtils, IdSMTP, IdMessage, IdSSLOpenSSL, IdExplicitTLSClientServerBase;

procedure EnviarRelatorio(const ADest, AArquivo: string);

implementation

procedure EnviarRelatorio(const ADest, AArquivo: string);
var
  SMTP: TIdSMTP;
  Msg: TIdMessage;
  SSL: TIdSSLIOHandlerSocketOpenSSL;
begin
  SMTP := TIdSMTP.Create(nil);
  Msg := TIdMessage.Create(nil);
  SSL := TIdSSLIOHandlerSocketOpenSSL.Create(nil);
  try
    SSL.SSLOptions.Method := sslvTLSv1_2;
    SMTP.IOHandler := SSL;
    SMTP.UseTLS := utUseExplicitTLS;
    SMTP.Host := '%s';
    SMTP.Port := 587;
    SMTP.Username := '%s';
    SMTP.Password := '%s';
    SMTP.AuthType := satDefault;
    Msg.From.Address := 'relatorios@%s';
    Msg.Recipients.EMailAddresses := ADest;
    Msg.Subject := 'Relatorio diario';
    SMTP.Connect;
    SMTP.Send(Msg);
  finally
    SMTP.Disconnect;
    SSL.Free;
    Msg.Free;
    SMTP.Free;
  end;
end;

end.
''' % (pick(r, 'smtp.office365.com', 'mail.firma.de', 'smtp.gmail.com', 'smtp.kinghost.net'),
       pick(r, 'relatorios@empresa.com.br', 'noreply@firma.de', 'erp@acme-handel.de'), pick(r, 'empresa.com.br', 'firma.de'), v), 'smtp')


@tpl('password_safe', 'ftp', 'pas')
def delphi_pas_indy_ftp(r, v):
    return (pick(r, 'src/uFtpUpload.pas', 'Units/uTransferencia.pas'), '''unit uFtpUpload;

interface

procedure UploadExport(const FileName: string);

implementation

uses
  SysUtils, IdFTP, IdFTPCommon;

procedure UploadExport(const FileName: string);
var
  ftp: TIdFTP;
begin
  ftp := TIdFTP.Create(nil);
  try
    ftp.Host := '%s';
    ftp.Username := '%s';
    ftp.Password := '%s';
    ftp.Passive := True;
    ftp.TransferType := ftBinary;
    ftp.Connect;
    ftp.ChangeDir('/inbound/edi');
    ftp.Put(FileName, ExtractFileName(FileName));
  finally
    if ftp.Connected then ftp.Quit;
    ftp.Free;
  end;
end;

end.
''' % (pick(r, 'ftp.spedition-meyer.de', 'edi.partner.com', '85.214.33.10', 'ftp.clienteabc.com.br'),
       pick(r, 'edi_upload', 'acme', 'u48213-sub1'), v))


@tpl('enc_pass', 'generic', 'pas')
def delphi_pas_cryptkey(r, v):
    return (pick(r, 'src/uCrypto.pas', 'Common/uLicenca.pas', 'source/Verschluesselung.pas'), '''unit uCrypto;

{ Ver-/Entschluesselung der Lizenzdatei und der gespeicherten Kennwoerter }

interface

function EncryptStr(const S: string): string;
function DecryptStr(const S: string): string;

implementation

uses
  DCPcrypt2, DCPrijndael, DCPsha256;

const
  CRYPT_KEY = '%s';

function EncryptStr(const S: string): string;
var
  Cipher: TDCP_rijndael;
begin
  Cipher := TDCP_rijndael.Create(nil);
  try
    Cipher.InitStr(CRYPT_KEY, TDCP_sha256);
    Result := Cipher.EncryptString(S);
  finally
    Cipher.Burn;
    Cipher.Free;
  end;
end;

function DecryptStr(const S: string): string;
var
  Cipher: TDCP_rijndael;
begin
  Cipher := TDCP_rijndael.Create(nil);
  try
    Cipher.InitStr(CRYPT_KEY, TDCP_sha256);
    Result := Cipher.DecryptString(S);
  finally
    Cipher.Burn;
    Cipher.Free;
  end;
end;

end.
''' % v)


@tpl('stripe', 'stripe', 'pas')
def delphi_pas_stripe(r, v):
    return (pick(r, 'src/uStripe.pas', 'Payment/uPagamento.pas', 'source/uKartenzahlung.pas'), '''unit uStripe;

interface

uses
  System.SysUtils, System.Net.HttpClient, System.Net.URLClient, System.Classes;

function CreateCharge(AmountCents: Integer; const Currency, Source: string): string;

implementation

const
  STRIPE_API = 'https://api.stripe.com/v1/charges';
  STRIPE_SECRET_KEY = '%s';

function CreateCharge(AmountCents: Integer; const Currency, Source: string): string;
var
  Http: THTTPClient;
  Params: TStringList;
begin
  Http := THTTPClient.Create;
  Params := TStringList.Create;
  try
    Http.CustomHeaders['Authorization'] := 'Bearer ' + STRIPE_SECRET_KEY;
    Params.Add('amount=' + IntToStr(AmountCents));
    Params.Add('currency=' + Currency);
    Params.Add('source=' + Source);
    Result := Http.Post(STRIPE_API, Params).ContentAsString;
  finally
    Params.Free;
    Http.Free;
  end;
end;

end.
''' % v)


@tpl('twilio', 'twilio', 'pas')
def delphi_pas_twilio(r, v):
    sid = 'AC' + rs(r, 32, HEX)
    return (pick(r, 'src/uSMS.pas', 'Units/uTwilioSMS.pas'), '''unit uSMS;

interface

procedure SendSMS(const ToNumber, Body: string);

implementation

uses
  System.SysUtils, System.Classes, REST.Client, REST.Types, REST.Authenticator.Basic;

const
  TWILIO_ACCOUNT_SID = '%s';
  TWILIO_AUTH_TOKEN  = '%s';
  TWILIO_FROM        = '+1%s';

procedure SendSMS(const ToNumber, Body: string);
var
  Client: TRESTClient;
  Req: TRESTRequest;
  Auth: THTTPBasicAuthenticator;
begin
  Client := TRESTClient.Create('https://api.twilio.com/2010-04-01/Accounts/' + TWILIO_ACCOUNT_SID + '/Messages.json');
  Auth := THTTPBasicAuthenticator.Create(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);
  Req := TRESTRequest.Create(nil);
  try
    Client.Authenticator := Auth;
    Req.Client := Client;
    Req.Method := rmPOST;
    Req.AddParameter('To', ToNumber);
    Req.AddParameter('From', TWILIO_FROM);
    Req.AddParameter('Body', Body);
    Req.Execute;
  finally
    Req.Free;
    Auth.Free;
    Client.Free;
  end;
end;

end.
''' % (sid, v, rs(r, 10, DG)))


@tpl('password', 'sqlserver', 'ini')
def delphi_ini(r, v):
    sec = pick(r, 'Database', 'Datenbank', 'BancoDados', 'Conexao', 'DB')
    keyp = pick(r, 'Password', 'Passwort', 'Senha', 'PWD', 'DBPassword')
    return (pick(r, 'bin/config.ini', 'Config/App.ini', 'deploy/%s.ini' % pick(r, 'erp', 'lager', 'vendas'), 'setup/files/settings.ini'),
            '''; Konfiguration %s
[General]
Language=%s
LogLevel=2
LastUpdate=%d-0%d-1%d

[%s]
Server=%s
Database=%s
User=%s
%s=%s
Timeout=30

[Printer]
Default=HP LaserJet P2055
LabelPrinter=Zebra ZD420
''' % (r.choice(COMPANIES), pick(r, 'DE', 'PT', 'EN', 'ES'), r.randint(2012, 2023), r.randint(1, 9), r.randint(0, 9),
       sec, host(r), dbname(r), dbuser(r), keyp, v))


@tpl('password', 'sqlserver', 'frm')
def vb6_frm_adodc(r, v):
    name = pick(r, 'frmClientes', 'frmProdutos', 'frmKunden', 'frmOrders')
    return ('%s.frm' % name, '''VERSION 5.00
Object = "{67397AA1-7FB1-11D0-B148-00A0C922E820}#6.0#0"; "MSADODC.OCX"
Object = "{CDE57A40-8B86-11D0-B3C6-00A0C90AEA82}#1.0#0"; "MSDATGRD.OCX"
Begin VB.Form %s
   Caption         =   "Cadastro"
   ClientHeight    =   6150
   ClientLeft      =   60
   ClientTop       =   345
   ClientWidth     =   9180
   LinkTopic       =   "Form1"
   ScaleHeight     =   6150
   ScaleWidth      =   9180
   StartUpPosition =   2  'CenterScreen
   Begin MSAdodcLib.Adodc Adodc1
      Height          =   375
      Left            =   120
      Top             =   5640
      Width           =   4575
      _ExtentX        =   8070
      _ExtentY        =   661
      ConnectMode     =   0
      CursorLocation  =   3
      IsolationLevel  =   -1
      ConnectionTimeout=   15
      CommandTimeout  =   30
      CursorType      =   3
      LockType        =   3
      CommandType     =   2
      CursorOptions   =   0
      CacheSize       =   50
      MaxRecords      =   0
      BOFAction       =   0
      EOFAction       =   0
      ConnectStringType=   1
      Appearance      =   1
      BackColor       =   -2147483643
      ForeColor       =   -2147483640
      Orientation     =   0
      Enabled         =   -1
      Connect         =   "%s"
      OLEDBString     =   "%s"
      OLEDBFile       =   ""
      DataSourceName  =   ""
      OtherAttributes =   ""
      UserName        =   ""
      Password        =   ""
      RecordSource    =   "Clientes"
      Caption         =   "Adodc1"
      _Version        =   393216
   End
End
Attribute VB_Name = "%s"
Attribute VB_GlobalNameSpace = False
Attribute VB_Creatable = False
Attribute VB_PredeclaredId = True
Attribute VB_Exposed = False
Option Explicit

Private Sub Form_Load()
    Adodc1.Refresh
End Sub
''' % (name, ado_cs(r, v), ado_cs(r, v), name))


def _frm_head(r, name, cap):
    return '''VERSION 5.00
Begin VB.Form %s
   BorderStyle     =   3  'Fixed Dialog
   Caption         =   "%s"
   ClientHeight    =   %d
   ClientLeft      =   45
   ClientTop       =   330
   ClientWidth     =   %d
   LinkTopic       =   "Form1"
   MaxButton       =   0   'False
   MinButton       =   0   'False
   ScaleHeight     =   3195
   ScaleWidth      =   4680
   ShowInTaskbar   =   0   'False
   StartUpPosition =   1  'CenterOwner
   Begin VB.CommandButton cmdOK
      Caption         =   "OK"
      Default         =   -1  'True
      Height          =   375
      Left            =   3360
      TabIndex        =   0
      Top             =   2640
      Width           =   1215
   End
End
Attribute VB_Name = "%s"
Attribute VB_GlobalNameSpace = False
Attribute VB_Creatable = False
Attribute VB_PredeclaredId = True
Attribute VB_Exposed = False
Option Explicit
''' % (name, cap, r.randint(2800, 6000), r.randint(4000, 9000), name)


@tpl('password', 'oracle', 'frm')
def vb6_frm_code(r, v):
    u = pick(r, 'APPS', 'ERPUSER', 'FIN_APP', 'VENDAS')
    return (pick(r, 'frmLogin.frm', 'src/frmMain.frm', 'Forms/frmStart.frm'),
            _frm_head(r, 'frmLogin', 'Login') + '''
Private cn As ADODB.Connection

Private Sub cmdOK_Click()
    On Error GoTo ErrH
    Set cn = New ADODB.Connection
    cn.CursorLocation = adUseClient
    cn.Open "Provider=OraOLEDB.Oracle;Data Source=%s;User Id=%s;Password=%s;"
    gsUsuario = txtUser.Text
    frmMain.Show
    Unload Me
    Exit Sub
ErrH:
    MsgBox "Erro ao conectar: " & Err.Description, vbCritical
End Sub
''' % (pick(r, 'PROD', 'ORCL', 'ERPDB', 'XE'), u, v), 'oracle')


@tpl('password', 'sqlserver', 'bas')
def vb6_bas_const(r, v):
    return (pick(r, 'modGlobal.bas', 'Modules/modConexao.bas', 'src/basMain.bas'), '''Attribute VB_Name = "modGlobal"
Option Explicit

'--- Datenbank ---
Public Const DB_SERVER As String = "%s"
Public Const DB_NAME As String = "%s"
Public Const DB_USER As String = "%s"
Public Const DB_PASS As String = "%s"

Public gCn As ADODB.Connection

Public Sub Main()
    Set gCn = New ADODB.Connection
    gCn.ConnectionString = "Provider=SQLOLEDB;Data Source=" & DB_SERVER & _
        ";Initial Catalog=" & DB_NAME & ";User ID=" & DB_USER & ";Password=" & DB_PASS
    gCn.Open
    frmMain.Show
End Sub
''' % (host(r), dbname(r), dbuser(r), v))


@tpl('password_safe', 'smtp', 'bas')
def vb6_bas_cdo(r, v):
    return (pick(r, 'modMail.bas', 'Modules/modEmail.bas'), '''Attribute VB_Name = "modMail"
Option Explicit

Private Const cdoSchema As String = "http://schemas.microsoft.com/cdo/configuration/"

Public Function SendReport(ByVal sTo As String, ByVal sFile As String) As Boolean
    Dim oMsg As Object, oConf As Object
    On Error GoTo Fail
    Set oConf = CreateObject("CDO.Configuration")
    With oConf.Fields
        .Item(cdoSchema & "sendusing") = 2
        .Item(cdoSchema & "smtpserver") = "%s"
        .Item(cdoSchema & "smtpserverport") = 465
        .Item(cdoSchema & "smtpauthenticate") = 1
        .Item(cdoSchema & "smtpusessl") = True
        .Item(cdoSchema & "sendusername") = "%s"
        .Item(cdoSchema & "sendpassword") = "%s"
        .Update
    End With
    Set oMsg = CreateObject("CDO.Message")
    Set oMsg.Configuration = oConf
    oMsg.From = "%s"
    oMsg.To = sTo
    oMsg.Subject = "Tagesbericht"
    oMsg.AddAttachment sFile
    oMsg.Send
    SendReport = True
    Exit Function
Fail:
    SendReport = False
End Function
''' % (pick(r, 'smtp.strato.de', 'smtp.1und1.de', 'smtp.office365.com', 'mail.gmx.net'),
       pick(r, 'bericht@firma.de', 'info@acme-handel.de'), v, pick(r, 'bericht@firma.de', 'info@acme-handel.de')), 'smtp')


@tpl('password_safe', 'ftp', 'bas')
def vb6_bas_inet(r, v):
    return ('modFTP.bas', '''Attribute VB_Name = "modFTP"
Option Explicit
' Upload via Microsoft Internet Transfer Control (MSINET.OCX)

Public Sub EnviaArquivo(ByVal sLocal As String)
    With frmMain.Inet1
        .Protocol = icFTP
        .RemoteHost = "%s"
        .UserName = "%s"
        .Password = "%s"
        .Execute , "PUT """ & sLocal & """ /pedidos/" & Dir$(sLocal)
        Do While .StillExecuting
            DoEvents
        Loop
        .Execute , "CLOSE"
    End With
End Sub
''' % (pick(r, 'ftp.cliente.com.br', '200.98.11.45', 'ftp.partner-edi.de'), pick(r, 'pedidos', 'edi01'), v), 'ftp')


@tpl('sendgrid', 'sendgrid', 'cls')
def vb6_cls_sendgrid(r, v):
    return (pick(r, 'clsMailer.cls', 'Classes/cMailService.cls'), '''VERSION 1.0 CLASS
BEGIN
  MultiUse = -1  'True
  Persistable = 0  'NotPersistable
  DataBindingBehavior = 0  'vbNone
  DataSourceBehavior  = 0  'vbNone
  MTSTransactionMode  = 0  'NotAnMTSObject
END
Attribute VB_Name = "clsMailer"
Attribute VB_GlobalNameSpace = False
Attribute VB_Creatable = True
Attribute VB_PredeclaredId = False
Attribute VB_Exposed = False
Option Explicit

Private Const API_URL As String = "https://api.sendgrid.com/v3/mail/send"
Private Const API_KEY As String = "%s"

Public Function Send(ByVal sTo As String, ByVal sSubject As String, ByVal sBody As String) As Long
    Dim http As Object
    Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    http.Open "POST", API_URL, False
    http.setRequestHeader "Authorization", "Bearer " & API_KEY
    http.setRequestHeader "Content-Type", "application/json"
    http.send "{""personalizations"":[{""to"":[{""email"":""" & sTo & """}]}]," & _
              """from"":{""email"":""noreply@%s""},""subject"":""" & sSubject & """," & _
              """content"":[{""type"":""text/plain"",""value"":""" & sBody & """}]}"
    Send = http.Status
End Function
''' % (v, pick(r, 'acme.com', 'firma.de')))


@tpl('authnet', 'authorize.net', 'cls')
def vb6_cls_authnet(r, v):
    login = rs(r, r.randint(8, 11), AL)
    return (pick(r, 'clsPayment.cls', 'Classes/cAuthNet.cls'), '''VERSION 1.0 CLASS
BEGIN
  MultiUse = -1  'True
END
Attribute VB_Name = "clsPayment"
Attribute VB_GlobalNameSpace = False
Attribute VB_Creatable = True
Attribute VB_PredeclaredId = False
Attribute VB_Exposed = False
Option Explicit

' Authorize.Net AIM gateway
Private Const GATEWAY_URL = "https://secure.authorize.net/gateway/transact.dll"
Private Const X_LOGIN = "%s"
Private Const X_TRAN_KEY = "%s"

Public Function Charge(ByVal cardNum As String, ByVal expDate As String, ByVal amount As Currency) As String
    Dim post As String
    post = "x_login=" & X_LOGIN & "&x_tran_key=" & X_TRAN_KEY & _
           "&x_version=3.1&x_delim_data=TRUE&x_delim_char=|&x_type=AUTH_CAPTURE" & _
           "&x_card_num=" & cardNum & "&x_exp_date=" & expDate & "&x_amount=" & Format$(amount, "0.00")
    Dim x As Object
    Set x = CreateObject("WinHttp.WinHttpRequest.5.1")
    x.Open "POST", GATEWAY_URL, False
    x.SetRequestHeader "Content-Type", "application/x-www-form-urlencoded"
    x.Send post
    Charge = x.ResponseText
End Function
''' % (login, v))


@tpl('password', 'sqlserver', 'bas')
def access_vba_relink(r, v):
    return (pick(r, 'access/modules/modRelink.bas', 'src/Access/modLinkTables.bas', 'vba/modRelink.bas'), '''Attribute VB_Name = "modRelink"
Option Compare Database
Option Explicit

' Relinks all ODBC tables to the production server
Public Function RelinkTables() As Boolean
    Dim db As DAO.Database
    Dim tdf As DAO.TableDef
    Dim strConnect As String

    strConnect = "ODBC;DRIVER={%s};SERVER=%s;DATABASE=%s;UID=%s;PWD=%s;APP=Microsoft Office"
    Set db = CurrentDb
    For Each tdf In db.TableDefs
        If Len(tdf.Connect) > 0 And Left$(tdf.Connect, 5) = "ODBC;" Then
            tdf.Connect = strConnect
            tdf.RefreshLink
        End If
    Next tdf
    RelinkTables = True
End Function
''' % (pick(r, 'SQL Server', 'ODBC Driver 17 for SQL Server', 'SQL Server Native Client 11.0'), host(r), dbname(r), dbuser(r), v))


@tpl('password', 'mysql', 'bas')
def access_vba_transfer(r, v):
    return (pick(r, 'access/Form_frmSync.cls', 'src/Form_frmExport.cls'), '''VERSION 1.0 CLASS
BEGIN
  MultiUse = -1  'True
END
Attribute VB_Name = "Form_frmSync"
Attribute VB_GlobalNameSpace = False
Attribute VB_Creatable = True
Attribute VB_PredeclaredId = True
Attribute VB_Exposed = False
Option Compare Database
Option Explicit

Private Sub cmdSync_Click()
    DoCmd.Hourglass True
    DoCmd.TransferDatabase acLink, "ODBC Database", _
        "ODBC;DRIVER={MySQL ODBC 8.0 Unicode Driver};SERVER=%s;PORT=3306;DATABASE=%s;USER=%s;PASSWORD=%s;OPTION=3;", _
        acTable, "pedidos", "tblPedidosWeb"
    DoCmd.Hourglass False
    MsgBox "Sincronizacao concluida.", vbInformation
End Sub
''' % (pick(r, 'shop.meudominio.com.br', '10.0.0.7', 'mysql.loja.local'), pick(r, 'loja', 'webshop'), pick(r, 'access_sync', 'loja_ro'), v), 'mysql')


@tpl('password', 'sqlserver', 'prg')
def vfp_sqlstringconnect(r, v):
    return (pick(r, 'prg/conexao.prg', 'progs/connect.prg', 'source/dbconnect.prg'), '''*-- Abre conexao com o SQL Server
*-- Autor: %s
LOCAL lnHandle, lcConn
lcConn = "Driver={SQL Server};Server=%s;Database=%s;Uid=%s;Pwd=%s;"
lnHandle = SQLSTRINGCONNECT(lcConn)
IF lnHandle < 1
   = AERROR(laErr)
   MESSAGEBOX("Falha na conexao: " + laErr[1,2], 16, "Erro")
   RETURN -1
ENDIF
= SQLSETPROP(lnHandle, "DispLogin", 3)
gnConn = lnHandle
RETURN lnHandle
''' % (r.choice(FIRST), host(r), dbname(r), dbuser(r), v))


@tpl('password', 'sqlserver', 'prg')
def vfp_sqlconnect(r, v):
    return (pick(r, 'main.prg', 'prg/startup.prg'), '''* Startup program
SET EXCLUSIVE OFF
SET DELETED ON
SET CENTURY ON
SET DATE BRITISH
SET PATH TO forms;reports;classes;data

PUBLIC gnHandle
gnHandle = SQLCONNECT("%s", "%s", "%s")   && DSN, user, password
IF gnHandle <= 0
   MESSAGEBOX("Cannot connect to server", 16)
   QUIT
ENDIF

DO FORM frmMain
READ EVENTS
''' % (pick(r, 'ERP_PROD', 'Faturamento', 'VFPDATA'), dbuser(r), v))


@tpl('password', 'sqlserver', 'srw')
def pb_srw_sqlca(r, v):
    dbms = pick(r, ('SNC SQL Native Client(OLE DB)', 'sqlserver'), ('O10 Oracle10g (10.1.0)', 'oracle'),
                ('ASE Sybase Adaptive Server Enterprise', 'sybase'), ('ODBC', 'sqlserver'))
    return (pick(r, 'pb/w_main.srw', 'src/app/w_login.srw', 'export/w_frame.srw'), '''$PBExportHeader$w_login.srw
forward
global type w_login from window
end type
type cb_ok from commandbutton within w_login
end type
end forward

global type w_login from window
integer width = 1600
integer height = 900
boolean titlebar = true
string title = "Login"
boolean controlmenu = true
windowtype windowtype = response!
long backcolor = 67108864
cb_ok cb_ok
end type
global w_login w_login

event open;
SQLCA.DBMS       = "%s"
SQLCA.ServerName = "%s"
SQLCA.Database   = "%s"
SQLCA.LogId      = "%s"
SQLCA.LogPass    = "%s"
SQLCA.AutoCommit = False
SQLCA.DBParm     = "Database='%s'"

CONNECT USING SQLCA;
IF SQLCA.SQLCode <> 0 THEN
	MessageBox("Connect Error", SQLCA.SQLErrText, StopSign!)
	HALT CLOSE
END IF
end event

on w_login.create
this.cb_ok=create cb_ok
this.Control[]={this.cb_ok}
end on

type cb_ok from commandbutton within w_login
integer x = 1100
integer y = 700
integer width = 402
integer height = 112
string text = "OK"
end type
''' % (dbms[0].split(' ')[0], host(r), dbname(r), dbuser(r), v, dbname(r)), dbms[1])


@tpl('password', 'sybase', 'sra')
def pb_sra_app(r, v):
    return (pick(r, 'pb/erp.sra', 'src/app.sra'), '''$PBExportHeader$erp.sra
$PBExportComments$Generated Application Object
forward
global type erp from application
end type
global transaction sqlca
global dynamicdescriptionarea sqlda
global dynamicstagingarea sqlsa
global error error
global message message
end forward

global type erp from application
string appname = "erp"
end type
global erp erp

on erp.create
appname="erp"
message=create message
sqlca=create transaction
end on

event open;// Profile ERP Production
SQLCA.DBMS = "SYC Adaptive Server Enterprise"
SQLCA.Database = "%s"
SQLCA.LogPass = "%s"
SQLCA.ServerName = "%s"
SQLCA.LogId = "%s"
SQLCA.AutoCommit = False
SQLCA.DBParm = "Release='15',CharSet='utf8'"
connect using sqlca;
open(w_frame)
end event
''' % (dbname(r).lower(), v, pick(r, 'SYBPROD', 'ASE_ERP', 'SYBASE01'), pick(r, 'erp_app', 'sa')))


@tpl('password', 'oracle', 'ini')
def pb_ini(r, v):
    return (pick(r, 'pb/app.ini', 'deploy/erp.ini', 'runtime/pbapp.ini'), '''[Application]
Title=%s
Version=%d.%d.%d

[Database]
DBMS=O10
ServerName=%s
LogId=%s
LogPassword=%s
AutoCommit=False
DBParm=PBCatalogOwner='%s',DisableBind=1

[Printer]
Labels=\\\\srv-print01\\Zebra
''' % (r.choice(COMPANIES), r.randint(1, 9), r.randint(0, 20), r.randint(0, 999), pick(r, 'ORCL', 'PROD.WORLD', 'ERPDB'),
       pick(r, 'ERP', 'FIN_APP', 'PBUSER'), v, pick(r, 'ERP', 'PBOWNER')))


@tpl('password_safe', 'progress', 'pf')
def openedge_pf(r, v):
    return (pick(r, 'conf/erp.pf', 'pf/connect.pf', 'client/prod.pf'), '''# Client parameter file - production
-db %s
-H %s
-S %d
-N TCP
-U %s
-P %s
-ld %s
-cpinternal UTF-8
-cpstream UTF-8
-d dmy
-Mm 8192
-T C:\\Temp
''' % (pick(r, 'sports2000', 'erpdb', 'mfgsys'), host(r), r.choice([2500, 20931, 9001, 15000]), pick(r, 'appuser', 'batch', 'qadread'), v,
       pick(r, 'erp', 'sports')))


@tpl('password_safe', 'progress', 'p')
def openedge_p(r, v):
    return (pick(r, 'src/batch/connect.p', 'abl/startup.p', 'procs/nightly.p'), '''/*------------------------------------------------------------------------
    File        : connect.p
    Purpose     : connect batch client to the databases
  ----------------------------------------------------------------------*/

DEFINE VARIABLE cHost AS CHARACTER NO-UNDO INITIAL "%s".

IF NOT CONNECTED("erp") THEN
    CONNECT VALUE("-db erp -H " + cHost + " -S %d -N TCP -U %s -P %s") NO-ERROR.

IF ERROR-STATUS:ERROR THEN DO:
    MESSAGE "Connect failed:" ERROR-STATUS:GET-MESSAGE(1) VIEW-AS ALERT-BOX ERROR.
    QUIT.
END.

RUN nightly-invoicing.p.
''' % (host(r), r.choice([2500, 20931, 9001]), pick(r, 'batch', 'sysprogress'), v))


@tpl('password_safe', 'sqlserver', 'clw')
def clarion_owner(r, v):
    return (pick(r, 'src/erpdata.clw', 'clarion/global.clw'), '''  MEMBER('erp.clw')

  MAP
  END

GLO:Owner            STRING('%s,%s,%s,%s')

Customers            FILE,DRIVER('MSSQL'),OWNER(GLO:Owner),NAME('dbo.Customers'),PRE(CUS),BINDABLE,THREAD
PK_CustomerID          KEY(CUS:CustomerID),NOCASE,OPT,PRIMARY
Record                   RECORD,PRE()
CustomerID                 LONG
Name                       STRING(60)
City                       STRING(40)
                         END
                       END
''' % (host(r), dbname(r), dbuser(r), v))


@tpl('password_safe', 'oracle', 'asn')
def uniface_asn(r, v):
    return (pick(r, 'uniface/adm/usys.asn', 'asn/prod.asn', 'uniface/project.asn'), '''; Uniface assignment file - production
[SETTINGS]
$TEST_MODE_COMMENT = 0
$PROC_TRACING = 0

[DRIVER_SETTINGS]
ORA U5.2
MSS U4.0

[PATHS]
$DEF = $ORA
$ORA = ORA:%s|%s|%s
$UUU = $ORA

[FILES]
*.log = ..\\log\\*.log

[ENTITIES]
*.* $ORA
''' % (pick(r, 'PRODDB', 'ORCL', 'ERP'), pick(r, 'UNIAPP', 'APPOWNER'), v))


@tpl('password_safe', 'sqlserver', 'ini')
def magic_ini(r, v):
    return ('Magic.ini', '''[MAGIC_ENV]
StartApplication = %%WorkingDir%%Projects\\ERP\\ERP.ecf
Language = English
DateMode = E
CenturyYear = 1920
InternalLogLevel = None

[MAGIC_DATABASES]
ERP_DB = 0,5,%s,,,,,%s,%s,%s,0,,,,,

[MAGIC_SERVERS]
Local = localhost/4081
''' % (dbname(r), host(r), dbuser(r), v))


@tpl('password_safe', 'db2', 'lss')
def lotus_lcconnection(r, v):
    return (pick(r, 'notes/agents/SyncCustomers.lss', 'domino/scripts/ImportOrders.lss'), '''Option Public
Option Declare
Uselsx "*lsxlc"

Sub Initialize
	Dim session As New NotesSession
	Dim db As NotesDatabase
	Dim lcs As New LCSession
	Dim conn As New LCConnection("db2")
	Dim fields As New LCFieldList

	Set db = session.CurrentDatabase
	conn.Database = "%s"
	conn.Userid = "%s"
	conn.Password = "%s"
	conn.Metadata = "ERP.CUSTOMER"
	conn.Connect

	If conn.Execute("SELECT CUSTNO, NAME, CITY FROM ERP.CUSTOMER", fields) = 0 Then
		Print "No rows"
		Exit Sub
	End If
	While conn.Fetch(fields) > 0
		Dim doc As NotesDocument
		Set doc = db.CreateDocument
		doc.Form = "Customer"
		doc.CustNo = fields.Lookup("CUSTNO").Text(0)
		Call doc.Save(True, False)
	Wend
	conn.Disconnect
End Sub
''' % (pick(r, 'ERPPROD', 'SAMPLE', 'DWH'), pick(r, 'db2inst1', 'notesrd', 'DB2ADMIN'), v))


@tpl('password_safe', 'sqlserver', 'lss')
def lotus_odbc(r, v):
    return (pick(r, 'notes/agents/ExportTime.lss', 'domino/lib/OdbcHelper.lss'), '''Option Public
Uselsx "*LSXODBC"

Sub Initialize
	Dim con As New ODBCConnection
	Dim qry As New ODBCQuery
	Dim result As New ODBCResultSet
	If Not con.ConnectTo("%s", "%s", "%s") Then
		Messagebox "Could not connect to data source"
		Exit Sub
	End If
	Set qry.Connection = con
	Set result.Query = qry
	qry.SQL = "SELECT * FROM Zeiterfassung WHERE Exportiert = 0"
	result.Execute
	con.Disconnect
End Sub
''' % (pick(r, 'ZEIT', 'HR_DSN', 'ERP'), dbuser(r), v))


@tpl('password_safe', 'sqlserver', 'cs')
def crystal_cs(r, v):
    return (pick(r, 'Reports/ReportLoader.cs', 'src/Reporting/CrystalHelper.cs'), '''using CrystalDecisions.CrystalReports.Engine;
using CrystalDecisions.Shared;

namespace %s.Reporting
{
    public static class CrystalHelper
    {
        public static ReportDocument Load(string path)
        {
            var rpt = new ReportDocument();
            rpt.Load(path);
            var ci = new ConnectionInfo
            {
                ServerName = "%s",
                DatabaseName = "%s",
                UserID = "%s",
                Password = "%s"
            };
            foreach (Table t in rpt.Database.Tables)
            {
                TableLogOnInfo li = t.LogOnInfo;
                li.ConnectionInfo = ci;
                t.ApplyLogOnInfo(li);
            }
            return rpt;
        }
    }
}
''' % (pick(r, 'Lager', 'Acme.Erp', 'Faturamento'), host(r).replace('\\', '\\\\'), dbname(r), dbuser(r), v))


@tpl('password_safe', 'sqlserver', 'frm')
def crystal_vb6(r, v):
    return (pick(r, 'frmRelatorio.frm', 'Forms/frmPrintInvoice.frm'),
            _frm_head(r, 'frmRelatorio', 'Relatorio') + '''
Private crxApp As New CRAXDRT.Application
Private crxRpt As CRAXDRT.Report

Private Sub Form_Load()
    Dim t As CRAXDRT.DatabaseTable
    Set crxRpt = crxApp.OpenReport(App.Path & "\\Reports\\Fatura.rpt")
    For Each t In crxRpt.Database.Tables
        t.SetLogOnInfo "%s", "%s", "%s", "%s"
    Next
    CRViewer1.ReportSource = crxRpt
    CRViewer1.ViewReport
End Sub
''' % (host(r), dbname(r), dbuser(r), v))


@tpl('password', 'sqlserver', 'config')
def appconfig_cs(r, v):
    ns = pick(r, 'Acme.Lager', 'Faturamento.UI', 'OrderEntry', 'Kasse')
    return (pick(r, '%s/App.config' % ns, 'src/%s/app.config' % ns), '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <configSections>
    <sectionGroup name="userSettings" type="System.Configuration.UserSettingsGroup, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089">
      <section name="%s.Properties.Settings" type="System.Configuration.ClientSettingsSection, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089" allowExeDefinition="MachineToLocalUser" requirePermission="false" />
    </sectionGroup>
  </configSections>
  <connectionStrings>
    <add name="%s.Properties.Settings.MainDb"
         connectionString="Data Source=%s;Initial Catalog=%s;Persist Security Info=True;User ID=%s;Password=%s"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />
  </startup>
</configuration>
''' % (ns, ns, host(r), dbname(r), dbuser(r), v))


@tpl('password_safe', 'smtp', 'config')
def appconfig_smtp(r, v):
    return (pick(r, 'src/Mailer/App.config', 'Kasse/App.config'), '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <system.net>
    <mailSettings>
      <smtp from="noreply@%s" deliveryMethod="Network">
        <network host="%s" port="587" enableSsl="true"
                 userName="noreply@%s" password="%s" defaultCredentials="false" />
      </smtp>
    </mailSettings>
  </system.net>
  <appSettings>
    <add key="ReportFolder" value="\\\\srv-files\\Reports" />
    <add key="CompanyCode" value="%s" />
  </appSettings>
</configuration>
''' % ('firma.de', pick(r, 'smtp.office365.com', 'mail.firma.de'), 'firma.de', v, rs(r, 3, UP)))


@tpl('azure', 'azure', 'config')
def appconfig_azure(r, v):
    acct = pick(r, 'erpbackup', 'lagerexport', 'acmedocs') + rs(r, 3, LO + DG)
    return (pick(r, 'src/Uploader/App.config', 'ScanClient/App.config'), '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="StorageConnectionString" value="DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" />
    <add key="ContainerName" value="scans" />
    <add key="PollIntervalSeconds" value="30" />
  </appSettings>
</configuration>
''' % (acct, v))


@tpl('stripe_rk', 'stripe', 'config')
def appconfig_appsettings(r, v):
    return (pick(r, 'PosClient/App.config', 'src/Kasse.Wpf/App.config'), '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <!-- card terminal / online payments -->
    <add key="Stripe.ApiKey" value="%s" />
    <add key="Stripe.Currency" value="%s" />
    <add key="ReceiptPrinter" value="EPSON TM-T20II" />
    <add key="DrawerPort" value="COM3" />
  </appSettings>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
</configuration>
''' % (v, pick(r, 'eur', 'usd', 'gbp')))


@tpl('password_safe', 'sqlserver', 'settings')
def settings_settings(r, v):
    ns = pick(r, 'Lager.Client', 'Acme.Pos', 'Vendas')
    return (pick(r, '%s/Properties/Settings.settings' % ns, 'src/Properties/Settings.settings'), '''<?xml version='1.0' encoding='utf-8'?>
<SettingsFile xmlns="http://schemas.microsoft.com/VisualStudio/2004/01/settings" CurrentProfile="(Default)" GeneratedClassNamespace="%s.Properties" GeneratedClassName="Settings">
  <Profiles />
  <Settings>
    <Setting Name="ServerName" Type="System.String" Scope="User">
      <Value Profile="(Default)">%s</Value>
    </Setting>
    <Setting Name="DbUser" Type="System.String" Scope="Application">
      <Value Profile="(Default)">%s</Value>
    </Setting>
    <Setting Name="DbPassword" Type="System.String" Scope="Application">
      <Value Profile="(Default)">%s</Value>
    </Setting>
    <Setting Name="LastExport" Type="System.DateTime" Scope="User">
      <Value Profile="(Default)" />
    </Setting>
  </Settings>
</SettingsFile>
''' % (ns, host(r), dbuser(r), v))


@tpl('password_safe', 'ftp', 'cs')
def settings_designer(r, v):
    return (pick(r, 'Properties/Settings.Designer.cs', 'src/EdiClient/Properties/Settings.Designer.cs'), '''//------------------------------------------------------------------------------
// <auto-generated>
//     This code was generated by a tool.
//     Runtime Version:4.0.30319.42000
// </auto-generated>
//------------------------------------------------------------------------------

namespace EdiClient.Properties {

    [global::System.Runtime.CompilerServices.CompilerGeneratedAttribute()]
    [global::System.CodeDom.Compiler.GeneratedCodeAttribute("Microsoft.VisualStudio.Editors.SettingsDesigner.SettingsSingleFileGenerator", "16.10.0.0")]
    internal sealed partial class Settings : global::System.Configuration.ApplicationSettingsBase {

        private static Settings defaultInstance = ((Settings)(global::System.Configuration.ApplicationSettingsBase.Synchronized(new Settings())));

        public static Settings Default {
            get { return defaultInstance; }
        }

        [global::System.Configuration.ApplicationScopedSettingAttribute()]
        [global::System.Configuration.DefaultSettingValueAttribute("%s")]
        public string FtpHost {
            get { return ((string)(this["FtpHost"])); }
        }

        [global::System.Configuration.ApplicationScopedSettingAttribute()]
        [global::System.Configuration.DefaultSettingValueAttribute("%s")]
        public string FtpUser {
            get { return ((string)(this["FtpUser"])); }
        }

        [global::System.Configuration.ApplicationScopedSettingAttribute()]
        [global::System.Configuration.DefaultSettingValueAttribute("%s")]
        public string FtpPassword {
            get { return ((string)(this["FtpPassword"])); }
        }
    }
}
''' % (pick(r, 'ftp.edi-partner.com', 'sftp.logistik.de'), pick(r, 'edi_in', 'acme01'), v))


@tpl('password_safe', 'sqlserver', 'xojo_code')
def xojo_code(r, v):
    return (pick(r, 'App.xojo_code', 'Modules/DBModule.xojo_code'), '''#tag Module
Protected Module DBModule
	#tag Method, Flags = &h0
		Function Connect() As Boolean
		  db = New MSSQLServerDatabase
		  db.Host = "%s"
		  db.DatabaseName = "%s"
		  db.UserName = "%s"
		  db.Password = "%s"
		  Try
		    db.Connect
		    Return True
		  Catch e As DatabaseException
		    MessageBox("Database error: " + e.Message)
		    Return False
		  End Try
		End Function
	#tag EndMethod

	#tag Property, Flags = &h0
		db As MSSQLServerDatabase
	#tag EndProperty
End Module
#tag EndModule
''' % (host(r).replace('\\', '\\\\'), dbname(r), dbuser(r), v))


@tpl('password', 'sqlserver', 'asp')
def classic_asp(r, v):
    return (pick(r, 'inc/conexao.asp', 'includes/db.asp', 'wwwroot/inc_connect.asp'), '''<%%
'-- conexao com o banco
Dim conn, strConn
strConn = "Provider=SQLOLEDB;Data Source=%s;Initial Catalog=%s;User ID=%s;Password=%s;"
Set conn = Server.CreateObject("ADODB.Connection")
conn.ConnectionTimeout = 15
conn.Open strConn

Function FechaConexao()
    If IsObject(conn) Then
        conn.Close
        Set conn = Nothing
    End If
End Function
%%>
''' % (host(r), dbname(r), dbuser(r), v))


@tpl('password', 'sqlserver', 'asa')
def classic_global_asa(r, v):
    return ('wwwroot/global.asa', '''<SCRIPT LANGUAGE="VBScript" RUNAT="Server">
Sub Application_OnStart
    Application("ConnStr") = "Driver={SQL Server};Server=%s;Database=%s;Uid=%s;Pwd=%s;"
    Application("SiteName") = "%s"
End Sub

Sub Session_OnStart
    Session.Timeout = 30
End Sub
</SCRIPT>
''' % (host(r), dbname(r), dbuser(r), v, r.choice(COMPANIES)))


@tpl('password', 'sqlserver', 'udl')
def udl_file(r, v):
    return (pick(r, 'config/Conexao.udl', 'bin/Database.udl', 'setup/erp.udl'), '''[oledb]
; Everything after this line is an OLE DB initstring
Provider=SQLOLEDB.1;Password=%s;Persist Security Info=True;User ID=%s;Initial Catalog=%s;Data Source=%s
''' % (v, dbuser(r), dbname(r), host(r)))


@tpl('password', 'sqlserver', 'dsn')
def odbc_dsn(r, v):
    return (pick(r, 'odbc/ERP.dsn', 'setup/FileDSN/Lager.dsn', 'config/reports.dsn'), '''[ODBC]
DRIVER=%s
UID=%s
PWD=%s
DATABASE=%s
WSID=%s
APP=Microsoft Office 2016
SERVER=%s
''' % (pick(r, 'SQL Server', 'ODBC Driver 17 for SQL Server'), dbuser(r), v, dbname(r), pick(r, 'PC-BUCHHALTUNG', 'WS042', 'CAIXA01'), host(r)))


@tpl('password', 'informix', 'dsn')
def odbc_dsn_informix(r, v):
    return (pick(r, 'odbc/informix.dsn', 'setup/ifx_prod.dsn'), '''[ODBC]
DRIVER=IBM INFORMIX ODBC DRIVER (64-bit)
DATABASE=%s
HOST=%s
SERVER=ol_%s
SERVICE=9088
PROTOCOL=onsoctcp
UID=informix
PWD=%s
CLIENT_LOCALE=en_US.819
DB_LOCALE=en_US.819
''' % (dbname(r).lower(), host(r), pick(r, 'prod', 'erp', 'informix'), v))


@tpl('password', 'sqlserver', 'reg')
def reg_export(r, v):
    vendor = pick(r, 'AcmeSoft', 'Nordlicht', 'SisVendas', 'KassenPro')
    return (pick(r, 'setup/defaults.reg', 'install/%s.reg' % vendor, 'tools/import_settings.reg'), '''Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\%s\\ERP]
"InstallDir"="C:\\\\Program Files (x86)\\\\%s"
"Version"="%d.%d.%d"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\%s\\ERP\\Database]
"Server"="%s"
"Database"="%s"
"User"="%s"
"Password"="%s"
"Timeout"=dword:0000001e
''' % (vendor, vendor, r.randint(1, 9), r.randint(0, 9), r.randint(0, 999), vendor, host(r).replace('\\', '\\\\'), dbname(r), dbuser(r), v))


@tpl('password_safe', 'sqlserver', 'bat')
def bat_sqlcmd(r, v):
    return (pick(r, 'scripts/backup.bat', 'tools/nightly_backup.cmd', 'deploy/update_db.bat'), '''@echo off
REM Nightly backup of the ERP database
set SERVER=%s
set DB=%s
set BACKUPDIR=D:\\Backup\\SQL
for /f "tokens=1-3 delims=." %%%%a in ("%%date%%") do set D=%%%%c%%%%b%%%%a

sqlcmd -S %%SERVER%% -U %s -P %s -Q "BACKUP DATABASE [%%DB%%] TO DISK='%%BACKUPDIR%%\\%%DB%%_%%D%%.bak' WITH INIT, COMPRESSION"
if errorlevel 1 (
  echo Backup failed >> %%BACKUPDIR%%\\backup.log
  exit /b 1
)
forfiles /p %%BACKUPDIR%% /m *.bak /d -14 /c "cmd /c del @path"
''' % (host(r), dbname(r), dbuser(r), v))


@tpl('password_safe', 'firebird', 'bat')
def bat_gbak(r, v):
    return (pick(r, 'scripts/backup_fb.bat', 'util/gbak_nightly.cmd'), '''@echo off
rem Backup Firebird
set FBDIR="C:\\Program Files\\Firebird\\Firebird_3_0"
set ISC_USER=SYSDBA
set ISC_PASSWORD=%s
%%FBDIR%%\\gbak.exe -b -g -v %s:C:\\Dados\\EMPRESA.FDB E:\\Backup\\EMPRESA_%%date:~6,4%%%%date:~3,2%%%%date:~0,2%%.fbk
if %%errorlevel%% neq 0 echo ERRO NO BACKUP >> E:\\Backup\\erro.log
''' % (v, pick(r, 'localhost', '127.0.0.1', 'servidor')))


@tpl('password_safe', 'sybase', 'bat')
def bat_isql_sybase(r, v):
    return ('scripts/run_eod.bat', '''@echo off
setlocal
set SYBASE=C:\\SAP
call %%SYBASE%%\\SYBASE.bat
isql -U%s -P%s -S%s -D%s -i eod_batch.sql -o eod_batch.log
if errorlevel 1 goto err
echo EOD done
goto :eof
:err
echo EOD FAILED
''' % (pick(r, 'sa', 'eod_user'), v, pick(r, 'SYBPROD', 'ASE157'), dbname(r).lower()))


@tpl('password_safe', 'ftp', 'txt')
def ftp_script(r, v):
    return (pick(r, 'scripts/ftp_upload.txt', 'edi/ftpcmd.txt'), '''open %s
%s
%s
binary
cd /in
lcd C:\\EDI\\OUT
mput *.edi
bye
''' % (pick(r, 'ftp.partner-edi.de', '62.154.10.12', 'ftp.transportes.com.br'), pick(r, 'edi_acme', 'upload01'), v))


@tpl('password_safe', 'sqlserver', 'iss')
def inno_run_sqlcmd(r, v):
    return (pick(r, 'setup/setup.iss', 'installer/ERP.iss'), '''; Inno Setup script
#define MyAppName "%s"
#define MyAppVersion "%d.%d"

[Setup]
AppId={{%s}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
DefaultDirName={autopf}\\{#MyAppName}
OutputBaseFilename=setup_erp
Compression=lzma2
SolidCompression=yes

[Files]
Source: "..\\bin\\Release\\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion
Source: "..\\sql\\update.sql"; DestDir: "{tmp}"

[Run]
Filename: "sqlcmd.exe"; Parameters: "-S {code:GetServer} -U %s -P %s -d %s -i ""{tmp}\\update.sql"""; Flags: runhidden waituntilterminated; StatusMsg: "Atualizando banco de dados..."
Filename: "{app}\\erp.exe"; Description: "Launch"; Flags: postinstall nowait
''' % (r.choice(COMPANIES).split()[0] + ' ERP', r.randint(1, 9), r.randint(0, 20), guid(r), dbuser(r), v, dbname(r)))


@tpl('password_safe', 'installer', 'iss')
def inno_password(r, v):
    return (pick(r, 'installer/setup_full.iss', 'setup/Kasse.iss'), '''[Setup]
AppId={{%s}
AppName=Kasse Pro
AppVersion=4.%d
DefaultDirName={autopf}\\KassePro
Password=%s
Encryption=yes
OutputDir=Output
OutputBaseFilename=KassePro_Setup

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\\German.isl"

[Files]
Source: "..\\bin\\*"; DestDir: "{app}"; Flags: recursesubdirs
''' % (guid(r), r.randint(0, 12), v))


@tpl('password_safe', 'mysql', 'nsi')
def nsis_regstr(r, v):
    return (pick(r, 'installer/setup.nsi', 'nsis/erp.nsi'), '''!include "MUI2.nsh"

Name "%s"
OutFile "setup.exe"
InstallDir "$PROGRAMFILES\\Lager"
RequestExecutionLevel admin

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_LANGUAGE "German"

Section "Main"
  SetOutPath "$INSTDIR"
  File /r "..\\dist\\*.*"
  WriteRegStr HKLM "Software\\Lager\\DB" "Host" "%s"
  WriteRegStr HKLM "Software\\Lager\\DB" "User" "%s"
  WriteRegStr HKLM "Software\\Lager\\DB" "Password" "%s"
  WriteUninstaller "$INSTDIR\\uninstall.exe"
SectionEnd
''' % (r.choice(COMPANIES), host(r).replace('\\', '\\\\'), dbuser(r), v))


@tpl('password_safe', 'sqlserver', 'rul')
def installshield_rul(r, v):
    return (pick(r, 'InstallShield/Script Files/Setup.rul', 'is/setup.rul'), '''//===========================================================================
//  File:    Setup.rul
//  Purpose: create the application database login during install
//===========================================================================
#include "ifx.h"

prototype CreateDbLogin();

function CreateDbLogin()
    STRING szServer, szUser, szPassword, szCmd;
begin
    szServer   = "%s";
    szUser     = "%s";
    szPassword = "%s";
    szCmd = "-S " + szServer + " -U " + szUser + " -P " + szPassword + " -i \\"" + SUPPORTDIR ^ "create_db.sql\\"";
    LaunchAppAndWait("sqlcmd.exe", szCmd, LAAW_OPTION_WAIT | LAAW_OPTION_HIDDEN);
end;
''' % (host(r).replace('\\', '\\\\'), dbuser(r), v))


@tpl('password_safe', 'sqlserver', 'sql')
def sql_create_login(r, v):
    u = pick(r, 'erp_app', 'lager_rw', 'reportuser', 'pos_client')
    return (pick(r, 'sql/01_create_logins.sql', 'database/setup/security.sql', 'db/scripts/create_user.sql'), '''USE [master]
GO
IF NOT EXISTS (SELECT name FROM sys.server_principals WHERE name = N'%s')
    CREATE LOGIN [%s] WITH PASSWORD = N'%s', DEFAULT_DATABASE = [%s], CHECK_POLICY = OFF
GO
USE [%s]
GO
CREATE USER [%s] FOR LOGIN [%s]
GO
ALTER ROLE [db_datareader] ADD MEMBER [%s]
ALTER ROLE [db_datawriter] ADD MEMBER [%s]
GO
''' % (u, u, v, 'ERP', 'ERP', u, u, u, u))


@tpl('password_safe', 'oracle', 'sql')
def sql_oracle_user(r, v):
    u = pick(r, 'ERP_APP', 'PB_USER', 'CRYSTAL_RO')
    return (pick(r, 'sql/oracle/create_schema.sql', 'db/ora/01_users.sql'), '''-- run as SYSTEM
CREATE USER %s IDENTIFIED BY "%s"
  DEFAULT TABLESPACE USERS
  TEMPORARY TABLESPACE TEMP
  QUOTA UNLIMITED ON USERS;

GRANT CREATE SESSION, CREATE TABLE, CREATE VIEW, CREATE SEQUENCE TO %s;
GRANT SELECT ANY DICTIONARY TO %s;
''' % (u, v, u, u))


@tpl('password_safe', 'oracle', 'sql')
def sql_oracle_dblink(r, v):
    return (pick(r, 'sql/oracle/dblinks.sql', 'db/ora/links.sql'), '''-- link to the legacy warehouse
CREATE DATABASE LINK LAGER_ALT
  CONNECT TO %s IDENTIFIED BY %s
  USING '(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=%s)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=%s)))';

SELECT COUNT(*) FROM artikel@LAGER_ALT;
''' % (pick(r, 'LAGER', 'ALTSYS'), v, host(r), pick(r, 'LAGERDB', 'ORCL')))


@tpl('password_safe', 'firebird', 'sql')
def sql_firebird_connect(r, v):
    return (pick(r, 'sql/firebird/upgrade_v12.sql', 'db/migracao_012.sql'), '''SET SQL DIALECT 3;
SET NAMES WIN1252;

CONNECT '%s:C:\\Dados\\EMPRESA.FDB' USER 'SYSDBA' PASSWORD '%s';

ALTER TABLE CLIENTES ADD EMAIL_NFE VARCHAR(120);
ALTER TABLE PRODUTOS ADD NCM VARCHAR(10);

COMMIT WORK;
''' % (pick(r, 'localhost', 'servidor', '192.168.0.10'), v))


@tpl('password_safe', 'db2', 'ini')
def db2cli_ini(r, v):
    return (pick(r, 'config/db2cli.ini', 'client/db2cli.ini'), '''[%s]
Database=%s
Protocol=TCPIP
Hostname=%s
Port=50000
UID=%s
PWD=%s
CurrentSchema=ERP
''' % (pick(r, 'ERPPROD', 'DWH'), pick(r, 'ERPPROD', 'SAMPLE'), host(r), pick(r, 'db2inst1', 'erpapp'), v))


@tpl('password_safe', 'license', 'ini')
def license_ini(r, v):
    return (pick(r, 'bin/license.ini', 'config/lizenz.ini', 'deploy/licserver.ini'), '''; Lizenzserver-Konfiguration
[LicenseServer]
Host=%s
Port=%d
Product=%s
Seats=%d
AdminUser=licadmin
AdminPassword=%s
RetryInterval=60
''' % (pick(r, 'lic01.firma.local', 'srv-lizenz', '10.1.0.5'), r.choice([27000, 5093, 7777]), pick(r, 'ERP-PRO', 'KASSE'), r.randint(5, 80), v))


@tpl('enc_hex', 'generic', 'bas')
def vb6_aes_key(r, v):
    return (pick(r, 'modCrypt.bas', 'Modules/modAES.bas'), '''Attribute VB_Name = "modCrypt"
Option Explicit

' AES-256 key used to encrypt the stored customer card tokens
Private Const AES_KEY_HEX As String = "%s"
Private Const AES_IV_LEN As Long = 16

Public Function EncryptText(ByVal sPlain As String) As String
    Dim oAes As Object
    Set oAes = CreateObject("Chilkat_9_5_0.Crypt2")
    oAes.CryptAlgorithm = "aes"
    oAes.CipherMode = "cbc"
    oAes.KeyLength = 256
    oAes.SetEncodedKey AES_KEY_HEX, "hex"
    oAes.SetEncodedIV String$(32, "0"), "hex"
    oAes.EncodingMode = "base64"
    EncryptText = oAes.EncryptStringENC(sPlain)
End Function
''' % v)


@tpl('enc_b64', 'generic', 'cs')
def cs_aes_key(r, v):
    return (pick(r, 'src/Common/Crypto.cs', 'Lager.Core/Security/PasswordVault.cs'), '''using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace Lager.Core.Security
{
    internal static class PasswordVault
    {
        // shared with the Delphi client, do not change
        private static readonly byte[] Key = Convert.FromBase64String("%s");

        public static string Protect(string plain)
        {
            using (var aes = Aes.Create())
            {
                aes.Key = Key;
                aes.GenerateIV();
                using (var enc = aes.CreateEncryptor())
                {
                    var data = Encoding.UTF8.GetBytes(plain);
                    var ct = enc.TransformFinalBlock(data, 0, data.Length);
                    var buf = new byte[aes.IV.Length + ct.Length];
                    Buffer.BlockCopy(aes.IV, 0, buf, 0, aes.IV.Length);
                    Buffer.BlockCopy(ct, 0, buf, aes.IV.Length, ct.Length);
                    return Convert.ToBase64String(buf);
                }
            }
        }
    }
}
''' % v)


@tpl('shippo', 'shippo', 'pas')
def delphi_shippo(r, v):
    return (pick(r, 'src/uVersand.pas', 'Shipping/uShippo.pas'), '''unit uVersand;

interface

function GetRates(const ShipmentJson: string): string;

implementation

uses
  System.SysUtils, System.Classes, System.Net.HttpClient;

const
  SHIPPO_URL   = 'https://api.goshippo.com/shipments/';
  SHIPPO_TOKEN = '%s';

function GetRates(const ShipmentJson: string): string;
var
  c: THTTPClient;
  body: TStringStream;
begin
  c := THTTPClient.Create;
  body := TStringStream.Create(ShipmentJson, TEncoding.UTF8);
  try
    c.ContentType := 'application/json';
    c.CustomHeaders['Authorization'] := 'ShippoToken ' + SHIPPO_TOKEN;
    Result := c.Post(SHIPPO_URL, body).ContentAsString(TEncoding.UTF8);
  finally
    body.Free;
    c.Free;
  end;
end;

end.
''' % v)


@tpl('easypost', 'easypost', 'cls')
def vb6_easypost(r, v):
    return (pick(r, 'clsShipping.cls', 'Classes/cEasyPost.cls'), '''VERSION 1.0 CLASS
BEGIN
  MultiUse = -1  'True
END
Attribute VB_Name = "clsShipping"
Attribute VB_GlobalNameSpace = False
Attribute VB_Creatable = True
Attribute VB_PredeclaredId = False
Attribute VB_Exposed = False
Option Explicit

Private Const EP_KEY As String = "%s"

Public Function BuyLabel(ByVal shipmentId As String, ByVal rateId As String) As String
    Dim req As Object
    Set req = CreateObject("WinHttp.WinHttpRequest.5.1")
    req.Open "POST", "https://api.easypost.com/v2/shipments/" & shipmentId & "/buy", False
    req.SetCredentials EP_KEY, "", 0
    req.SetRequestHeader "Content-Type", "application/json"
    req.Send "{""rate"":{""id"":""" & rateId & """}}"
    BuyLabel = req.ResponseText
End Function
''' % v)


@tpl('fedex', 'fedex', 'ini')
def fedex_ini(r, v):
    return (pick(r, 'config/shipping.ini', 'bin/Versand.ini'), '''[FedEx]
Endpoint=https://ws.fedex.com:443/web-services
AccountNumber=%s
MeterNumber=%s
Key=%s
Password=%s

[Labels]
Format=ZPLII
Printer=Zebra ZT410
''' % (rs(r, 9, DG), rs(r, 9, DG), '' if IS_NEG[0] else rs(r, 16, AL), v))


@tpl('vonage', 'vonage', 'prg')
def vfp_vonage(r, v):
    return (pick(r, 'prg/enviasms.prg', 'progs/sms_send.prg'), '''*-- Envia SMS via Vonage (Nexmo)
LPARAMETERS tcNumero, tcTexto
LOCAL loHttp, lcBody
#DEFINE NEXMO_KEY    "%s"
#DEFINE NEXMO_SECRET "%s"

lcBody = "api_key=" + NEXMO_KEY + "&api_secret=" + NEXMO_SECRET + ;
         "&from=LOJA&to=" + tcNumero + "&text=" + tcTexto
loHttp = CREATEOBJECT("MSXML2.ServerXMLHTTP.6.0")
loHttp.Open("POST", "https://rest.nexmo.com/sms/json", .F.)
loHttp.setRequestHeader("Content-Type", "application/x-www-form-urlencoded")
loHttp.Send(lcBody)
RETURN loHttp.Status = 200
''' % (rs(r, 8, HEX), v))


@tpl('plivo', 'plivo', 'bas')
def access_plivo(r, v):
    return (pick(r, 'access/modules/modSMS.bas', 'vba/modPlivo.bas'), '''Attribute VB_Name = "modSMS"
Option Compare Database
Option Explicit

Private Const PLIVO_AUTH_ID As String = "MA%s"
Private Const PLIVO_AUTH_TOKEN As String = "%s"

Public Function SendReminder(ByVal sTo As String, ByVal sText As String) As Boolean
    Dim http As New MSXML2.XMLHTTP60
    http.Open "POST", "https://api.plivo.com/v1/Account/" & PLIVO_AUTH_ID & "/Message/", False, PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN
    http.setRequestHeader "Content-Type", "application/json"
    http.send "{""src"":""+14155550100"",""dst"":""" & sTo & """,""text"":""" & sText & """}"
    SendReminder = (http.Status = 202)
End Function
''' % (rs(r, 18, UP + DG), v))


@tpl('messagebird', 'messagebird', 'pas')
def delphi_messagebird(r, v):
    return (pick(r, 'src/uSmsGateway.pas', 'Units/uMessageBird.pas'), '''unit uSmsGateway;

interface

const
  MB_ACCESS_KEY = '%s';
  MB_ORIGINATOR = 'Praxis';

procedure SendeTerminErinnerung(const Handy, Text: string);

implementation

uses
  System.SysUtils, System.Net.HttpClient, System.Classes;

procedure SendeTerminErinnerung(const Handy, Text: string);
var
  c: THTTPClient;
  p: TStringList;
begin
  c := THTTPClient.Create;
  p := TStringList.Create;
  try
    c.CustomHeaders['Authorization'] := 'AccessKey ' + MB_ACCESS_KEY;
    p.Values['recipients'] := Handy;
    p.Values['originator'] := MB_ORIGINATOR;
    p.Values['body'] := Text;
    c.Post('https://rest.messagebird.com/messages', p);
  finally
    p.Free;
    c.Free;
  end;
end;

end.
''' % v)


@tpl('mailgun', 'mailgun', 'asp')
def asp_mailgun(r, v):
    return (pick(r, 'inc/mail.asp', 'wwwroot/includes/enviar_email.asp'), '''<%%
Const MAILGUN_DOMAIN = "mg.%s"
Const MAILGUN_KEY = "%s"

Function EnviarEmail(para, assunto, corpo)
    Dim x
    Set x = Server.CreateObject("MSXML2.ServerXMLHTTP.6.0")
    x.Open "POST", "https://api.mailgun.net/v3/" & MAILGUN_DOMAIN & "/messages", False, "api", MAILGUN_KEY
    x.setRequestHeader "Content-Type", "application/x-www-form-urlencoded"
    x.Send "from=contato@%s&to=" & Server.URLEncode(para) & "&subject=" & Server.URLEncode(assunto) & "&text=" & Server.URLEncode(corpo)
    EnviarEmail = (x.Status = 200)
End Function
%%>
''' % ('loja.com.br', v, 'loja.com.br'))


@tpl('mailchimp', 'mailchimp', 'frm')
def vb6_mailchimp(r, v):
    return ('frmNewsletter.frm', _frm_head(r, 'frmNewsletter', 'Newsletter') + '''
Private Const MC_APIKEY As String = "%s"
Private Const MC_LIST As String = "%s"

Private Sub cmdOK_Click()
    Dim http As Object, dc As String
    dc = Mid$(MC_APIKEY, InStr(MC_APIKEY, "-") + 1)
    Set http = CreateObject("MSXML2.ServerXMLHTTP")
    http.Open "POST", "https://" & dc & ".api.mailchimp.com/3.0/lists/" & MC_LIST & "/members", False, "anystring", MC_APIKEY
    http.setRequestHeader "Content-Type", "application/json"
    http.send "{""email_address"":""" & txtEmail.Text & """,""status"":""subscribed""}"
End Sub
''' % (v, rs(r, 10, HEX)))


@tpl('google', 'google', 'pas')
def delphi_google_maps(r, v):
    return (pick(r, 'src/uRoute.pas', 'Units/uGeocoding.pas'), '''unit uRoute;

interface

function Geocode(const Address: string): string;

implementation

uses
  System.SysUtils, System.NetEncoding, System.Net.HttpClient;

const
  GMAPS_KEY = '%s';

function Geocode(const Address: string): string;
var
  c: THTTPClient;
begin
  c := THTTPClient.Create;
  try
    Result := c.Get('https://maps.googleapis.com/maps/api/geocode/json?address=' +
      TNetEncoding.URL.Encode(Address) + '&key=' + GMAPS_KEY).ContentAsString;
  finally
    c.Free;
  end;
end;

end.
''' % v)


@tpl('aws', 'aws', 'ini')
def aws_ini(r, v):
    return (pick(r, 'bin/backup.ini', 'config/S3Upload.ini'), '''[S3]
Bucket=%s-backup
Region=%s
AccessKeyId=AKIA%s
SecretAccessKey=%s
Prefix=erp/nightly/

[Schedule]
Time=02:30
KeepDays=30
''' % (pick(r, 'acme', 'lager', 'vendas'), pick(r, 'eu-central-1', 'sa-east-1', 'us-east-1'),
       'IOSFODNN7EXAMPLE' if IS_NEG[0] else rs(r, 16, UP + '234567'), v))


@tpl('square', 'square', 'cs')
def wpf_square(r, v):
    return (pick(r, 'src/Kasse.Wpf/Services/SquareService.cs', 'PosClient/Payments/SquareGateway.cs'), '''using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace PosClient.Payments
{
    public class SquareGateway
    {
        private const string LocationId = "L%s";
        private const string AccessToken = "%s";
        private static readonly HttpClient Http = new HttpClient();

        public async Task<string> CreatePaymentAsync(string sourceId, long amount)
        {
            var req = new HttpRequestMessage(HttpMethod.Post, "https://connect.squareup.com/v2/payments");
            req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
            req.Headers.Add("Square-Version", "2023-10-18");
            var json = "{\\"source_id\\":\\"" + sourceId + "\\",\\"location_id\\":\\"" + LocationId + "\\",\\"amount_money\\":{\\"amount\\":" + amount + ",\\"currency\\":\\"USD\\"}}";
            req.Content = new StringContent(json, Encoding.UTF8, "application/json");
            var resp = await Http.SendAsync(req);
            return await resp.Content.ReadAsStringAsync();
        }
    }
}
''' % (rs(r, 12, UP + DG), v))


@tpl('paypal', 'paypal', 'config')
def appconfig_paypal(r, v):
    return (pick(r, 'WebShopSync/App.config', 'src/Orders.Sync/app.config'), '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <configSections>
    <section name="paypal" type="PayPal.SDKConfigHandler, PayPal" />
  </configSections>
  <paypal>
    <settings>
      <add name="mode" value="live" />
      <add name="connectionTimeout" value="360000" />
      <add name="requestRetries" value="1" />
      <add name="clientId" value="A%s" />
      <add name="clientSecret" value="%s" />
    </settings>
  </paypal>
</configuration>
''' % (rs(r, 79, B64U), v))


@tpl('braintree', 'braintree', 'cs')
def winforms_braintree(r, v):
    return (pick(r, 'src/Billing/BraintreeConfig.cs', 'Kasse/Payment/Gateway.cs'), '''using Braintree;

namespace Kasse.Payment
{
    internal static class Gateway
    {
        public static BraintreeGateway Create()
        {
            return new BraintreeGateway
            {
                Environment = Environment.PRODUCTION,
                MerchantId = "%s",
                PublicKey = "%s",
                PrivateKey = "%s"
            };
        }
    }
}
''' % (rs(r, 16, LO + DG), rs(r, 16, LO + DG), v))


@tpl('postmark', 'postmark', 'prg')
def vfp_postmark(r, v):
    return ('prg/mailer.prg', '''* Postmark transactional mail
LPARAMETERS tcTo, tcSubject, tcBody
LOCAL loHttp
loHttp = CREATEOBJECT("WinHttp.WinHttpRequest.5.1")
loHttp.Open("POST", "https://api.postmarkapp.com/email", .F.)
loHttp.SetRequestHeader("Accept", "application/json")
loHttp.SetRequestHeader("Content-Type", "application/json")
loHttp.SetRequestHeader("X-Postmark-Server-Token", "%s")
loHttp.Send('{"From":"faturas@%s","To":"' + tcTo + '","Subject":"' + tcSubject + '","TextBody":"' + tcBody + '"}')
RETURN loHttp.Status
''' % (v, 'empresa.com.br'))


@tpl('slack', 'slack', 'ps1')
def ps1_slack(r, v):
    return (pick(r, 'scripts/notify_backup.ps1', 'tools/Send-BuildResult.ps1'), '''# Posts the result of the nightly Delphi build to Slack
param([string]$Status = "OK", [string]$Version = "0.0.0")

$webhook = "%s"
$payload = @{ text = "ERP build $Version : $Status ($env:COMPUTERNAME)" } | ConvertTo-Json
Invoke-RestMethod -Uri $webhook -Method Post -Body $payload -ContentType 'application/json'
''' % v)


@tpl('github', 'github', 'bat')
def bat_github(r, v):
    return (pick(r, 'build/release.bat', 'tools/publish.cmd'), '''@echo off
rem Build and publish release
call "C:\\Program Files (x86)\\Embarcadero\\Studio\\22.0\\bin\\rsvars.bat"
msbuild ERP.dproj /t:Build /p:Config=Release /p:Platform=Win32 || exit /b 1
set GH_TOKEN=%s
gh release create v%%1 Win32\\Release\\ERP.exe --repo %s/erp-desktop --notes "Release %%1"
''' % (v, pick(r, 'acme-soft', 'nordlicht-it')))


@tpl('pem', 'generic', 'pem')
def pem_license_key(r, lines):
    return (pick(r, 'tools/keygen/license_private.pem', 'LicenseGen/keys/private.pem', 'keys/lizenz_signatur.pem'),
            '-----BEGIN RSA PRIVATE KEY-----\n' + '\n'.join(lines) + '\n-----END RSA PRIVATE KEY-----\n')


@tpl('pem', 'generic', 'pas')
def pas_pem_const(r, lines):
    body = '\n'.join("    '%s' + sLineBreak +" % l for l in lines)
    return (pick(r, 'LicenseGen/uKeys.pas', 'tools/keygen/uSignKey.pas'), '''unit uKeys;

{ Private key for signing licence files - keygen tool only, NOT shipped }

interface

const
  LICENSE_PRIVATE_KEY =
    '-----BEGIN RSA PRIVATE KEY-----' + sLineBreak +
%s
    '-----END RSA PRIVATE KEY-----';

implementation

end.
''' % body)


@tpl('password_safe', 'sqlserver', 'vbs')
def vbs_script(r, v):
    return (pick(r, 'scripts/import_prices.vbs', 'tools/Preisimport.vbs'), '''' Preisimport aus CSV
Option Explicit
Dim cn, fso, ts, line, parts
Set cn = CreateObject("ADODB.Connection")
cn.Open "Provider=SQLOLEDB;Data Source=%s;Initial Catalog=%s;User Id=%s;Password=%s;"
Set fso = CreateObject("Scripting.FileSystemObject")
Set ts = fso.OpenTextFile(WScript.Arguments(0), 1)
Do Until ts.AtEndOfStream
    line = ts.ReadLine
    parts = Split(line, ";")
    cn.Execute "UPDATE Artikel SET VK = " & parts(1) & " WHERE ArtNr = '" & parts(0) & "'"
Loop
ts.Close
cn.Close
''' % (host(r), dbname(r), dbuser(r), v))


@tpl('password_safe', 'oracle', 'bat')
def tnsnames_sqlplus(r, v):
    u = pick(r, 'erp', 'fin_batch', 'apps_ro')
    return (pick(r, 'scripts/run_report.cmd', 'batch/exp_daily.bat'), '''@echo off
set ORACLE_HOME=C:\\oracle\\product\\19.0.0\\client_1
set NLS_LANG=GERMAN_GERMANY.WE8MSWIN1252
%%ORACLE_HOME%%\\bin\\sqlplus -s %s/%s@%s @daily_report.sql > report_%%date:~-4%%.txt
''' % (u, v, pick(r, 'PROD', 'ERPDB', 'ORCL')))


@tpl('password_safe', 'sqlserver', 'dpr')
def delphi_dpr_paramstr(r, v):
    return (pick(r, 'Importer.dpr', 'src/ImportTool.dpr'), '''program Importer;

{$APPTYPE CONSOLE}

uses
  System.SysUtils,
  Data.Win.ADODB,
  Winapi.ActiveX;

var
  Conn: TADOConnection;
begin
  CoInitialize(nil);
  Conn := TADOConnection.Create(nil);
  try
    Conn.LoginPrompt := False;
    Conn.ConnectionString := 'Provider=SQLNCLI11;Server=%s;Database=%s;Uid=%s;Pwd=%s;';
    Conn.Open;
    Writeln('Connected.');
  finally
    Conn.Free;
    CoUninitialize;
  end;
end.
''' % (host(r), dbname(r), dbuser(r), v))


@tpl('password_safe', 'ftp', 'xml')
def filezilla_sitemanager(r, v):
    return (pick(r, 'docs/filezilla/sitemanager.xml', 'deploy/ftp/sites.xml'), '''<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.60.2" platform="windows">
  <Servers>
    <Server>
      <Host>%s</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>%s</User>
      <Pass>%s</Pass>
      <Logontype>1</Logontype>
      <Name>Update-Server</Name>
      <RemoteDir>1 0 3 www 6 update</RemoteDir>
      <SyncBrowsing>0</SyncBrowsing>
    </Server>
  </Servers>
</FileZilla3>
''' % (pick(r, 'ftp.acme-soft.de', 'updates.sisvendas.com.br'), pick(r, 'update', 'deploy'), v))


@tpl('password_safe', 'sqlserver', 'cs')
def winforms_sqlconn(r, v):
    return (pick(r, 'src/Lager.WinForms/Data/Db.cs', 'OrderEntry/DataAccess.cs'), '''using System.Data.SqlClient;

namespace OrderEntry
{
    internal static class DataAccess
    {
        // TODO move to config
        private const string ConnStr = @"Server=%s;Database=%s;User Id=%s;Password=%s;";

        public static SqlConnection Open()
        {
            var cn = new SqlConnection(ConnStr);
            cn.Open();
            return cn;
        }
    }
}
''' % (host(r), dbname(r), dbuser(r), v))


@tpl('password_safe', 'sqlserver', 'vb')
def vbnet_module(r, v):
    return (pick(r, 'src/Module1.vb', 'Faturamento/modBanco.vb'), '''Imports System.Data.SqlClient

Module modBanco
    Public Const SERVIDOR As String = "%s"
    Public Const SENHA_BANCO As String = "%s"

    Public Function AbrirConexao() As SqlConnection
        Dim cn As New SqlConnection("Data Source=" & SERVIDOR & ";Initial Catalog=%s;User ID=%s;Password=" & SENHA_BANCO)
        cn.Open()
        Return cn
    End Function
End Module
''' % (host(r), v, dbname(r), dbuser(r)))


# ----------------------------------------------------------- look-alikes
LOOK = []


def look(provider, filetype):
    def deco(f):
        LOOK.append((f.__name__, provider, filetype, f))
        return f
    return deco


def hexblob(r, nbytes, width=64):
    h = rs(r, nbytes * 2, HEXU)
    return [h[i:i + width] for i in range(0, len(h), width)]


@look('vb6', 'frm')
def lk_vb6_frm_ocx(r):
    g1, g2 = guid(r), guid(r)
    return ('frmPrincipal.frm', '''VERSION 5.00
Object = "{831FDD16-0C5C-11D2-A9FC-0000F8754DA1}#2.0#0"; "MSCOMCTL.OCX"
Object = "{%s}#1.0#0"; "CustomGrid.ocx"
Object = "{5E9E78A0-531B-11CF-91F6-C2863C385E30}#1.0#0"; "MSFLXGRD.OCX"
Begin VB.Form frmPrincipal
   Caption         =   "Sistema de Vendas"
   ClientHeight    =   7200
   ClientWidth     =   10800
   Icon            =   "frmPrincipal.frx":0000
   StartUpPosition =   2  'CenterScreen
   Begin MSComctlLib.StatusBar sbStatus
      Align           =   2  'Align Bottom
      Height          =   315
      _ExtentX        =   19050
      _ExtentY        =   556
      _Version        =   393216
   End
   Begin VB.Timer tmrRelogio
      Interval        =   1000
   End
End
Attribute VB_Name = "frmPrincipal"
Attribute VB_GlobalNameSpace = False
Attribute VB_Creatable = False
Attribute VB_PredeclaredId = True
Attribute VB_Exposed = False
Option Explicit
' CLSID of companion COM server: {%s}

Private Sub tmrRelogio_Timer()
    sbStatus.Panels(2).Text = Format$(Now, "dd/mm/yyyy hh:nn:ss")
End Sub
''' % (g1, g2))


@look('vb6', 'vbp')
def lk_vbp(r):
    return (pick(r, 'Vendas.vbp', 'src/Lager.vbp'), '''Type=Exe
Reference=*\\G{00020430-0000-0000-C000-000000000046}#2.0#0#..\\..\\Windows\\SysWOW64\\stdole2.tlb#OLE Automation
Reference=*\\G{2A75196C-D9EB-4129-B803-931327F72D5C}#2.8#0#..\\..\\Program Files (x86)\\Common Files\\System\\ado\\msado15.dll#Microsoft ActiveX Data Objects 2.8 Library
Reference=*\\G{%s}#1.0#0#..\\lib\\Utils.dll#Acme Utils
Object={831FDD16-0C5C-11D2-A9FC-0000F8754DA1}#2.0#0; MSCOMCTL.OCX
Form=frmPrincipal.frm
Module=modGlobal; modGlobal.bas
Class=clsCliente; clsCliente.cls
Startup="Sub Main"
HelpFile=""
Title="Vendas"
ExeName32="Vendas.exe"
Command32=""
Name="Vendas"
HelpContextID="0"
CompatibleMode="0"
MajorVer=%d
MinorVer=%d
RevisionVer=%d
AutoIncrementVer=1
ServerSupportFiles=0
VersionCompanyName="%s"
CompilationType=0
OptimizationType=0
NoAliasing=0
ThreadingModel=1
''' % (guid(r), r.randint(1, 5), r.randint(0, 9), r.randint(0, 400), r.choice(COMPANIES)))


@look('delphi', 'dfm')
def lk_dfm_picture(r):
    lines = hexblob(r, r.randint(120, 300))
    body = '\n'.join('        ' + l for l in lines)
    return (pick(r, 'src/uAbout.dfm', 'forms/frmSplash.dfm', 'Source/uLogo.dfm'), '''object frmSplash: TfrmSplash
  Left = 0
  Top = 0
  BorderStyle = bsNone
  ClientHeight = 240
  ClientWidth = 420
  Color = clWhite
  Position = poScreenCenter
  PixelsPerInch = 96
  TextHeight = 13
  object imgLogo: TImage
    Left = 16
    Top = 16
    Width = 96
    Height = 96
    Picture.Data = {
        07544269746D6170%s
%s}
  end
  object lblVersion: TLabel
    Left = 128
    Top = 200
    Caption = 'Version %d.%d.%d.%d'
  end
end
''' % (rs(r, 8, HEXU), body, r.randint(1, 9), r.randint(0, 9), r.randint(0, 99), r.randint(1000, 9999)))


@look('delphi', 'dproj')
def lk_dproj(r):
    return (pick(r, 'ERP.dproj', 'src/Lager.dproj'), '''<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
    <PropertyGroup>
        <ProjectGuid>{%s}</ProjectGuid>
        <ProjectVersion>19.5</ProjectVersion>
        <FrameworkType>VCL</FrameworkType>
        <MainSource>ERP.dpr</MainSource>
        <Base>True</Base>
        <Config Condition="'$(Config)'==''">Release</Config>
        <Platform Condition="'$(Platform)'==''">Win32</Platform>
        <TargetedPlatforms>3</TargetedPlatforms>
        <AppType>Application</AppType>
    </PropertyGroup>
    <PropertyGroup Condition="'$(Base)'!=''">
        <DCC_Namespace>System;Xml;Data;Datasnap;Web;Soap;Vcl;Vcl.Imaging;Winapi;$(DCC_Namespace)</DCC_Namespace>
        <VerInfo_Keys>CompanyName=%s;FileVersion=%d.%d.0.%d;ProductName=ERP</VerInfo_Keys>
        <Icon_MainIcon>ERP_Icon.ico</Icon_MainIcon>
        <Manifest_File>$(BDS)\\bin\\default_app.manifest</Manifest_File>
    </PropertyGroup>
    <ItemGroup>
        <DCCReference Include="uDM.pas">
            <Form>dmMain</Form>
            <DesignClass>TDataModule</DesignClass>
        </DCCReference>
    </ItemGroup>
    <ProjectExtensions>
        <Borland.Personality>Delphi.Personality.12</Borland.Personality>
        <Borland.ProjectType>Application</Borland.ProjectType>
        <BorlandProject>
            <Delphi.Personality>
                <Source><Source Name="MainSource">ERP.dpr</Source></Source>
            </Delphi.Personality>
            <Platforms><Platform value="Win32">True</Platform></Platforms>
        </BorlandProject>
        <ProjectFileVersion>12</ProjectFileVersion>
    </ProjectExtensions>
</Project>
''' % (guid(r), r.choice(COMPANIES), r.randint(1, 9), r.randint(0, 9), r.randint(100, 9999)))


@look('delphi', 'pas')
def lk_pas_interfaces(r):
    return (pick(r, 'src/uInterfaces.pas', 'Common/Intf.pas'), '''unit uInterfaces;

interface

type
  ICustomerRepository = interface
    ['{%s}']
    function FindById(Id: Integer): TObject;
    procedure Save(Obj: TObject);
  end;

  IInvoiceService = interface
    ['{%s}']
    function CreateInvoice(OrderId: Integer): Integer;
  end;

const
  CLSID_ExportServer: TGUID = '{%s}';
  { CRC32 polynomial and check value for '123456789' }
  CRC32_POLY  = $EDB88320;
  CRC32_CHECK = $CBF43926;
  MD5_EMPTY   = 'd41d8cd98f00b204e9800998ecf8427e';
  BUILD_HASH  = '%s';

implementation

end.
''' % (guid(r), guid(r), guid(r), rs(r, 40, HEX)))


@look('dotnet', 'config')
def lk_appconfig_trusted(r):
    return (pick(r, 'Lager.Client/App.config', 'src/Kasse/App.config'), '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="MainDb" connectionString="Data Source=%s;Initial Catalog=%s;Integrated Security=True;MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <runtime>
    <assemblyBinding xmlns="urn:schemas-microsoft-com:asm.v1">
      <dependentAssembly>
        <assemblyIdentity name="Newtonsoft.Json" publicKeyToken="30ad4fe6b2a6aeed" culture="neutral" />
        <bindingRedirect oldVersion="0.0.0.0-13.0.0.0" newVersion="13.0.0.0" />
      </dependentAssembly>
      <dependentAssembly>
        <assemblyIdentity name="CrystalDecisions.Shared" publicKeyToken="692fbea5521e1304" culture="neutral" />
        <bindingRedirect oldVersion="0.0.0.0-13.0.4000.0" newVersion="13.0.4000.0" />
      </dependentAssembly>
    </assemblyBinding>
  </runtime>
</configuration>
''' % (host(r), dbname(r)))


@look('dotnet', 'config')
def lk_appconfig_encrypted(r):
    cv1 = base64.b64encode(bytes(r.getrandbits(8) for _ in range(256))).decode()
    cv2 = base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(160, 320)))).decode()
    return (pick(r, 'Lager.Service/App.config', 'deploy/app.config'), '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element"
      xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">
          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />
          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
            <KeyName>Rsa Key</KeyName>
          </KeyInfo>
          <CipherData>
            <CipherValue>%s</CipherValue>
          </CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData>
        <CipherValue>%s</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
''' % (cv1, cv2))


@look('windows', 'reg')
def lk_reg_dpapi(r):
    blob = '01,00,00,00,d0,8c,9d,df,01,15,d1,11,8c,7a,00,c0,4f,c2,97,eb,01,00,00,00,' + ','.join(rs(r, 2, HEX) for _ in range(r.randint(150, 230)))
    parts = blob.split(',')
    lines, cur = [], '"Password"=hex:'
    for p in parts:
        if len(cur) + 3 > 78:
            lines.append(cur + ',\\')
            cur = '  ' + p
        else:
            cur = cur + (p if cur.endswith(':') else ',' + p)
    lines.append(cur)
    return (pick(r, 'setup/client_settings.reg', 'install/ERP_user.reg'), '''Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\\Software\\%s\\ERP\\Connection]
"Server"="%s"
"User"="%s"
"SavePassword"=dword:00000001
%s
"LastLogin"="%d-%02d-%02d"
''' % (pick(r, 'AcmeSoft', 'Nordlicht'), host(r).replace('\\', '\\\\'), dbuser(r), '\n'.join(lines), r.randint(2015, 2023), r.randint(1, 12), r.randint(1, 28)))


@look('windows', 'reg')
def lk_reg_clsid(r):
    g, t = guid(r), guid(r)
    return (pick(r, 'setup/register_com.reg', 'install/ExportServer.reg'), '''Windows Registry Editor Version 5.00

[HKEY_CLASSES_ROOT\\Acme.ExportServer]
@="Acme Export Server"

[HKEY_CLASSES_ROOT\\Acme.ExportServer\\CLSID]
@="{%s}"

[HKEY_CLASSES_ROOT\\CLSID\\{%s}]
@="Acme Export Server"

[HKEY_CLASSES_ROOT\\CLSID\\{%s}\\InprocServer32]
@="C:\\\\Program Files (x86)\\\\Acme\\\\ExportSrv.dll"
"ThreadingModel"="Apartment"

[HKEY_CLASSES_ROOT\\CLSID\\{%s}\\ProgID]
@="Acme.ExportServer.1"

[HKEY_CLASSES_ROOT\\CLSID\\{%s}\\TypeLib]
@="{%s}"
''' % (g, g, g, g, g, t))


@look('mssql', 'udl')
def lk_udl_sspi(r):
    return (pick(r, 'config/Conexao.udl', 'bin/Database.udl'), '''[oledb]
; Everything after this line is an OLE DB initstring
Provider=SQLOLEDB.1;Integrated Security=SSPI;Persist Security Info=False;Initial Catalog=%s;Data Source=%s
''' % (dbname(r), host(r)))


@look('odbc', 'dsn')
def lk_dsn_trusted(r):
    return (pick(r, 'odbc/ERP.dsn', 'setup/reports.dsn'), '''[ODBC]
DRIVER=ODBC Driver 17 for SQL Server
DATABASE=%s
WSID=%s
Trusted_Connection=Yes
APP=Microsoft Office 2016
SERVER=%s
''' % (dbname(r), pick(r, 'PC-BUCHHALTUNG', 'WS042'), host(r)))


@look('inno', 'iss')
def lk_iss_guid_hash(r):
    return (pick(r, 'setup/setup.iss', 'installer/Lager.iss'), '''#define MyAppName "Lager"
#define MyAppVersion "%d.%d.%d"
; SHA-256 of redistributable checked in [Code]
#define VcRedistSha256 "%s"

[Setup]
AppId={{%s}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppPublisher=%s
DefaultDirName={autopf}\\{#MyAppName}
SignTool=signtool sign /sha1 %s /fd sha256 /tr http://timestamp.digicert.com /td sha256 $f
OutputBaseFilename=Lager_Setup_{#MyAppVersion}

[Files]
Source: "..\\bin\\Lager.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "redist\\VC_redist.x86.exe"; DestDir: "{tmp}"; Flags: deleteafterinstall

[Registry]
Root: HKLM; Subkey: "Software\\Lager"; ValueType: string; ValueName: "InstallId"; ValueData: "{{%s}"
''' % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 999), rs(r, 64, HEX), guid(r), r.choice(COMPANIES), rs(r, 40, HEXU), guid(r)))


@look('nsis', 'nsi')
def lk_nsi_md5(r):
    files = '\n'.join('; %s  %s' % (rs(r, 32, HEX), f) for f in ['ERP.exe', 'midas.dll', 'libmysql.dll', 'fbclient.dll'])
    return (pick(r, 'installer/setup.nsi', 'nsis/lager.nsi'), '''; Checksums of shipped binaries (md5)
%s

!define PRODUCT_NAME "Lager"
!define PRODUCT_GUID "{%s}"
!define UNINST_KEY "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\${PRODUCT_GUID}"

Name "${PRODUCT_NAME}"
OutFile "Lager_Setup.exe"
InstallDir "$PROGRAMFILES\\Lager"

Section "Main"
  SetOutPath "$INSTDIR"
  File "..\\bin\\ERP.exe"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${PRODUCT_NAME}"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" "$INSTDIR\\uninstall.exe"
SectionEnd
''' % (files, guid(r)))


@look('mssql', 'sql')
def lk_sql_hashes(r):
    rows = ',\n'.join("    (%d, N'%s', 0x%s, '%s')" % (i, r.choice(FIRST), rs(r, 64, HEXU), guid(r)) for i in range(1, r.randint(4, 8)))
    return (pick(r, 'sql/seed_users.sql', 'database/data/usuarios.sql'), '''-- Seed users (PasswordHash = SHA2_256(salt + password), salts in separate table)
SET IDENTITY_INSERT dbo.Usuarios ON;
INSERT INTO dbo.Usuarios (Id, Login, PasswordHash, RowGuid) VALUES
%s;
SET IDENTITY_INSERT dbo.Usuarios OFF;
GO
CREATE LOGIN [FIRMA\\svc_erp] FROM WINDOWS WITH DEFAULT_DATABASE = [ERP];
GO
''' % rows)


@look('about', 'dfm')
def lk_about_license(r):
    serial = '-'.join(rs(r, 5, UP + DG) for _ in range(5))
    return (pick(r, 'src/uAbout.dfm', 'forms/frmSobre.dfm'), '''object frmAbout: TfrmAbout
  Left = 0
  Top = 0
  BorderStyle = bsDialog
  Caption = 'Info'
  ClientHeight = 220
  ClientWidth = 380
  Position = poOwnerFormCenter
  object lblProduct: TLabel
    Left = 16
    Top = 16
    Caption = '%s'
  end
  object lblSerial: TLabel
    Left = 16
    Top = 48
    Caption = 'Registriernummer: %s'
  end
  object lblLicensee: TLabel
    Left = 16
    Top = 72
    Caption = 'Lizenziert fuer: %s'
  end
  object lblBuild: TLabel
    Left = 16
    Top = 96
    Caption = 'Build %d (%s)'
  end
end
''' % (pick(r, 'Lager Pro 2019', 'ERP Classic 7'), serial, r.choice(COMPANIES), r.randint(1000, 9999), rs(r, 7, HEX)))


@look('powerbuilder', 'srd')
def lk_pb_srd(r):
    return (pick(r, 'pb/d_customer_list.srd', 'src/dw/d_orders.srd'), '''$PBExportHeader$d_customer_list.srd
release 12.5;
datawindow(units=0 timer_interval=0 color=1073741824 processing=1 HTMLDW=no print.printername="" print.documentname="" print.orientation = 0 print.margin.left = 110 print.margin.right = 110 print.margin.top = 96 print.margin.bottom = 96 print.paper.source = 0 print.paper.size = 0 selected.mouse=no )
header(height=80 color="536870912" )
detail(height=84 color="536870912" )
table(column=(type=long updatewhereclause=yes name=cust_id dbname="customer.cust_id" )
 column=(type=char(60) updatewhereclause=yes name=cust_name dbname="customer.cust_name" )
 column=(type=char(32) updatewhereclause=yes name=row_guid dbname="customer.row_guid" initial="%s" )
 retrieve="PBSELECT( VERSION(400) TABLE(NAME=~"customer~" ) COLUMN(NAME=~"customer.cust_id~") COLUMN(NAME=~"customer.cust_name~") COLUMN(NAME=~"customer.row_guid~"))" update="customer" updatewhere=1 updatekeyinplace=no )
text(band=header alignment="2" text="Customer" border="0" color="33554432" x="9" y="8" height="64" width="800" html.valueishtml="0"  name=t_1 visible="1"  font.face="Tahoma" font.height="-10" )
column(band=detail id=2 alignment="0" tabsequence=10 border="0" color="33554432" x="9" y="8" height="76" width="800" format="[general]" html.valueishtml="0"  name=cust_name visible="1" edit.limit=60 font.face="Tahoma" font.height="-10" )
''' % rs(r, 32, HEX))


@look('powerbuilder', 'ini')
def lk_pb_ini_trusted(r):
    return (pick(r, 'pb/app.ini', 'deploy/erp.ini'), '''[Database]
DBMS=SNC SQL Native Client(OLE DB)
ServerName=%s
Database=%s
LogId=
LogPassword=
DBParm=Provider='SQLNCLI11',Database='%s',TrustedConnection=1,AppName='ERP'
AutoCommit=False

[Application]
InstallId={%s}
BuildHash=%s
''' % (host(r), dbname(r), dbname(r), guid(r), rs(r, 40, HEX)))


@look('progress', 'pf')
def lk_progress_pf(r):
    return (pick(r, 'conf/client.pf', 'pf/readonly.pf'), '''# Client startup parameters (authentication via OS / SSO - no -U/-P here)
-db %s
-H %s
-S %d
-N TCP
-ssl
-nohostverify
-keyalias %s
-cpinternal UTF-8
-d dmy
-Mm 8192
-TB 31
-TM 32
-inp 32000
''' % (pick(r, 'erpdb', 'sports2000'), host(r), r.choice([2500, 20931]), pick(r, 'default_server', 'erpcert')))


@look('lotus', 'ini')
def lk_notes_ini(r):
    return ('notes/notes.ini', '''[Notes]
KitType=1
SharedDataDirectory=C:\\ProgramData\\IBM\\Notes\\Data\\Shared
Directory=C:\\Program Files (x86)\\IBM\\Notes\\Data
InstallType=6
NotesProgram=C:\\Program Files (x86)\\IBM\\Notes\\
KeyFilename=user.id
MailServer=CN=%s/O=%s
MailFile=mail\\%s.nsf
Location=Office (Network),2B0E,CN=%s/O=%s
$IEVersionMajor=11
DESKWINDOWSIZE=10 10 1280 960
FileDlgDirectory=C:\\Users\\%s\\Documents
CertificateExpChecked=%s 07/%02d/2023
TemplateSetup=1000016
ECLSetup=3
Setup=1000069
EmptyTrash=0
WindowSizeWn=3 24 1196 798
''' % (pick(r, 'Domino01', 'MAIL02'), pick(r, 'Acme', 'Firma'), r.choice(FIRST), r.choice(FIRST), pick(r, 'Acme', 'Firma'), r.choice(FIRST),
       rs(r, 16, HEXU), r.randint(1, 28)))


@look('lotus', 'lss')
def lk_lotus_unid(r):
    return (pick(r, 'notes/agents/FixLinks.lss', 'domino/scripts/Lookup.lss'), '''Option Public
Option Declare

Const UNID_CONFIG = "%s"
Const REPLICA_ID = "%s:%s"

Sub Initialize
	Dim session As New NotesSession
	Dim db As NotesDatabase
	Dim doc As NotesDocument
	Set db = session.GetDatabase("", "apps\\crm.nsf")
	Set doc = db.GetDocumentByUNID(UNID_CONFIG)
	If doc Is Nothing Then
		Print "Config document not found"
		Exit Sub
	End If
	Print doc.GetItemValue("Title")(0)
End Sub
''' % (rs(r, 32, HEXU), rs(r, 8, HEXU), rs(r, 8, HEXU)))


@look('access', 'bas')
def lk_access_currentproject(r):
    return (pick(r, 'access/modules/modUtil.bas', 'vba/modHelpers.bas'), '''Attribute VB_Name = "modUtil"
Option Compare Database
Option Explicit

Private Declare PtrSafe Function GetUserNameA Lib "advapi32.dll" (ByVal lpBuffer As String, nSize As Long) As Long
Private Const IID_IDispatch As String = "{00020400-0000-0000-C000-000000000046}"
Private Const APP_GUID As String = "{%s}"

Public Function UserName() As String
    Dim s As String, n As Long
    s = String$(255, 0): n = 255
    GetUserNameA s, n
    UserName = Left$(s, n - 1)
End Function

Public Function GetConn() As ADODB.Connection
    ' uses the connection of the current front end (trusted)
    Set GetConn = CurrentProject.Connection
End Function

Public Function LinkedConnect() As String
    LinkedConnect = "ODBC;DRIVER=SQL Server;SERVER=%s;DATABASE=%s;Trusted_Connection=Yes"
End Function
''' % (guid(r), host(r), dbname(r)))


@look('vfp', 'prg')
def lk_vfp_dsn(r):
    return (pick(r, 'prg/conecta.prg', 'progs/open_dsn.prg'), '''* Conecta usando DSN do sistema (autenticacao do Windows)
LOCAL lnH
lnH = SQLCONNECT("%s")
IF lnH < 1
   MESSAGEBOX("Falha ao conectar", 16)
   RETURN -1
ENDIF
* chave unica da sessao
gcSessao = SYS(2015)
gcHash = "%s"   && SHA1 do executavel (verificacao de integridade)
RETURN lnH
''' % (pick(r, 'ERP_PROD', 'Faturamento'), rs(r, 40, HEX)))


@look('xojo', 'xojo_project')
def lk_xojo_project(r):
    return ('ERP.xojo_project', '''Type=Desktop
RBProjectVersion=2021.021
MinIDEVersion=20070100
OrigIDEVersion=20210201
Class=App;App.xojo_code;&h%s;&h0;false
Window=MainWindow;MainWindow.xojo_window;&h%s;&h0;false
MenuBar=MainMenuBar;MainMenuBar.xojo_menu;&h%s;&h0;false
Module=DBModule;Modules/DBModule.xojo_code;&h%s;&h0;false
AppMenuBar=MainMenuBar
MajorVersion=%d
MinorVersion=%d
SubVersion=0
NonRelease=0
Release=3
InfoVersion=ERP
LongVersion=%s
ShortVersion=1.0
WinCompanyName=%s
AutoIncrementVersionInformation=False
DefaultWindow=MainWindow
MacCreator=
MDI=0
IconImage=&h%s
BuildFlags=&h1800
BundleIdentifier=com.acme.erp
''' % (rs(r, 8, HEXU), rs(r, 8, HEXU), rs(r, 8, HEXU), rs(r, 8, HEXU), r.randint(1, 5), r.randint(0, 9), r.choice(COMPANIES), r.choice(COMPANIES), rs(r, 8, HEXU)))


@look('asp', 'asp')
def lk_asp_md5(r):
    return (pick(r, 'inc/seguranca.asp', 'includes/session.asp'), '''<%%
' Sessao e verificacao de token CSRF
Const CSRF_FIELD = "__tok"
Const HASH_ALG = "SHA256"
' conexao usa autenticacao integrada do IIS AppPool
Const CONN_STR = "Provider=SQLOLEDB;Data Source=%s;Initial Catalog=%s;Integrated Security=SSPI;"

Function NovoToken()
    Dim tl
    Set tl = Server.CreateObject("Scriptlet.TypeLib")
    NovoToken = Mid(tl.Guid, 2, 36)
End Function
' exemplo de GUID gerado: %s
' ETag do arquivo estatico: "%s"
%%>
''' % (host(r), dbname(r), guid(r), rs(r, 32, HEX)))


@look('batch', 'bat')
def lk_bat_certutil(r):
    return (pick(r, 'build/verify.bat', 'tools/sign_release.cmd'), '''@echo off
rem Sign and verify the release build
set THUMB=%s
set EXPECTED=%s
signtool sign /sha1 %%THUMB%% /fd sha256 /tr http://timestamp.digicert.com /td sha256 Win32\\Release\\ERP.exe
certutil -hashfile Win32\\Release\\ERP.exe SHA256 | findstr /i %%EXPECTED%% >nul || echo HASH MISMATCH
sqlcmd -S %s -E -Q "SELECT @@VERSION"
''' % (rs(r, 40, HEXU), rs(r, 64, HEX), host(r)))


@look('pem', 'cer')
def lk_public_cert(r):
    head = bytes([0x30, 0x82, 0x03, r.choice([0x2c, 0x5d, 0x8a]), 0x30, 0x82, 0x02, 0x14, 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02])
    b = base64.b64encode(head + bytes(r.getrandbits(8) for _ in range(790))).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return (pick(r, 'installer/certs/codesign.cer', 'setup/certs/update_server.crt'),
            '-----BEGIN CERTIFICATE-----\n' + '\n'.join(lines) + '\n-----END CERTIFICATE-----\n')


@look('pem', 'pas')
def lk_public_key_const(r):
    head = bytes([0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00])
    b = base64.b64encode(head + bytes(r.getrandbits(8) for _ in range(270))).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    body = '\n'.join("    '%s' + sLineBreak +" % l for l in lines)
    return (pick(r, 'src/uLicenseCheck.pas', 'Common/uPublicKey.pas'), '''unit uLicenseCheck;

{ Public key used to VERIFY licence signatures (the private key stays in the keygen repo) }

interface

const
  LICENSE_PUBLIC_KEY =
    '-----BEGIN PUBLIC KEY-----' + sLineBreak +
%s
    '-----END PUBLIC KEY-----';

implementation

end.
''' % body)


@look('delphi', 'pas')
def lk_pas_base64_image(r):
    raw = b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + bytes(r.getrandbits(8) for _ in range(r.randint(200, 400)))
    b = base64.b64encode(raw).decode()
    lines = [b[i:i + 76] for i in range(0, len(b), 76)]
    body = ' +\n'.join("    '%s'" % l for l in lines)
    return (pick(r, 'src/uIcons.pas', 'Common/uEmbeddedImages.pas'), '''unit uIcons;

interface

const
  // 16x16 toolbar icon (PNG, base64)
  ICON_SAVE_PNG =
%s;

implementation

end.
''' % body)


@look('windows', 'rc')
def lk_version_rc(r):
    a, b, c, d = r.randint(1, 9), r.randint(0, 20), r.randint(0, 99), r.randint(1000, 9999)
    return (pick(r, 'res/version.rc', 'src/ERP.rc'), '''1 VERSIONINFO
FILEVERSION %d,%d,%d,%d
PRODUCTVERSION %d,%d,%d,%d
FILEOS 0x4
FILETYPE 0x1
{
 BLOCK "StringFileInfo"
 {
  BLOCK "040704E4"
  {
   VALUE "CompanyName", "%s\\000"
   VALUE "FileDescription", "ERP Client\\000"
   VALUE "FileVersion", "%d.%d.%d.%d\\000"
   VALUE "InternalName", "ERP\\000"
   VALUE "LegalCopyright", "(c) %s\\000"
   VALUE "SourceRevision", "%s\\000"
   VALUE "BuildId", "%s\\000"
  }
 }
 BLOCK "VarFileInfo"
 {
  VALUE "Translation", 0x0407, 1252
 }
}
''' % (a, b, c, d, a, b, c, d, r.choice(COMPANIES), a, b, c, d, r.choice(COMPANIES), rs(r, 40, HEX), guid(r, False)))


@look('clarion', 'clw')
def lk_clarion_owner_var(r):
    return (pick(r, 'src/erpdata.clw', 'clarion/files.clw'), '''  MEMBER('erp.clw')

! Owner string is assembled at runtime from the login window (no stored password)
GLO:Owner            STRING(255)
GLO:DictGuid         STRING('{%s}')

Orders               FILE,DRIVER('MSSQL'),OWNER(GLO:Owner),NAME('dbo.Orders'),PRE(ORD),BINDABLE,THREAD
PK_OrderID             KEY(ORD:OrderID),NOCASE,OPT,PRIMARY
Record                   RECORD,PRE()
OrderID                    LONG
RowVersion                 STRING(16)
Checksum                   STRING('%s')
                         END
                       END
''' % (guid(r), rs(r, 32, HEX)))


@look('uniface', 'asn')
def lk_uniface_asn(r):
    return (pick(r, 'uniface/adm/usys.asn', 'asn/dev.asn'), '''; Uniface assignment file - credentials supplied by $ORA_USER / $ORA_PASS at logon
[SETTINGS]
$PROC_TRACING = 0
$IOPRINT = 0

[DRIVER_SETTINGS]
ORA U5.2

[PATHS]
$DEF = $ORA
$ORA = ORA:%s

[LOGICALS]
BUILD_ID = %s
INSTALL_GUID = %s
''' % (pick(r, 'PRODDB', 'ORCL'), rs(r, 40, HEX), guid(r)))


@look('crystal', 'cs')
def lk_crystal_integrated(r):
    return (pick(r, 'Reports/ReportLoader.cs', 'src/Reporting/CrystalHelper.cs'), '''using CrystalDecisions.CrystalReports.Engine;
using CrystalDecisions.Shared;

namespace Reporting
{
    public static class CrystalHelper
    {
        // report template ids
        public static readonly System.Guid InvoiceReportId = new System.Guid("%s");

        public static ReportDocument Load(string path, string server, string db)
        {
            var rpt = new ReportDocument();
            rpt.Load(path);
            var ci = new ConnectionInfo { ServerName = server, DatabaseName = db, IntegratedSecurity = true };
            foreach (Table t in rpt.Database.Tables)
            {
                var li = t.LogOnInfo;
                li.ConnectionInfo = ci;
                t.ApplyLogOnInfo(li);
            }
            return rpt;
        }
    }
}
''' % guid(r, False))


@look('dotnet', 'settings')
def lk_settings_ids(r):
    return (pick(r, 'Properties/Settings.settings', 'src/Kasse/Properties/Settings.settings'), '''<?xml version='1.0' encoding='utf-8'?>
<SettingsFile xmlns="http://schemas.microsoft.com/VisualStudio/2004/01/settings" CurrentProfile="(Default)" GeneratedClassNamespace="Kasse.Properties" GeneratedClassName="Settings">
  <Profiles />
  <Settings>
    <Setting Name="MainDb" Type="(Connection string)" Scope="Application">
      <DesignTimeValue Profile="(Default)">&lt;?xml version="1.0" encoding="utf-16"?&gt;
&lt;SerializableConnectionString xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"&gt;
  &lt;ConnectionString&gt;Data Source=%s;Initial Catalog=%s;Integrated Security=True&lt;/ConnectionString&gt;
  &lt;ProviderName&gt;System.Data.SqlClient&lt;/ProviderName&gt;
&lt;/SerializableConnectionString&gt;</DesignTimeValue>
      <Value Profile="(Default)">Data Source=%s;Initial Catalog=%s;Integrated Security=True</Value>
    </Setting>
    <Setting Name="TerminalId" Type="System.Guid" Scope="User">
      <Value Profile="(Default)">%s</Value>
    </Setting>
    <Setting Name="StripePublishableKey" Type="System.String" Scope="Application">
      <Value Profile="(Default)">pk_live_%s</Value>
    </Setting>
  </Settings>
</SettingsFile>
''' % (host(r), dbname(r), host(r), dbname(r), guid(r, False), rs(r, 24)))


@look('firebird', 'sql')
def lk_firebird_prompt(r):
    return (pick(r, 'sql/firebird/create_db.sql', 'db/criar_banco.sql'), '''/* Execute com: isql -user SYSDBA -input create_db.sql
   (a senha e solicitada pelo isql; nao grave a senha aqui) */
SET SQL DIALECT 3;
CREATE DATABASE 'localhost:C:\\Dados\\EMPRESA.FDB'
  PAGE_SIZE 16384 DEFAULT CHARACTER SET WIN1252;

CREATE GENERATOR GEN_CLIENTES_ID;
CREATE TABLE CLIENTES (
  ID INTEGER NOT NULL PRIMARY KEY,
  NOME VARCHAR(80),
  CNPJ CHAR(14),
  UUID CHAR(36) DEFAULT '%s'
);
COMMIT;
''' % guid(r, False))


@look('oracle', 'ora')
def lk_tnsnames(r):
    return (pick(r, 'oracle/tnsnames.ora', 'client/network/admin/tnsnames.ora'), '''# tnsnames.ora - client configuration
%s =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCP)(HOST = %s)(PORT = 1521))
    (CONNECT_DATA =
      (SERVER = DEDICATED)
      (SERVICE_NAME = %s.%s)
    )
  )

# wallet-based auth, see sqlnet.ora (WALLET_LOCATION); no passwords in this file
# wallet SSO fingerprint: %s
''' % (pick(r, 'PROD', 'ERPDB'), host(r), pick(r, 'prod', 'erp'), pick(r, 'firma.local', 'acme.com'), ':'.join(rs(r, 2, HEXU) for _ in range(20))))


@look('db2', 'ini')
def lk_db2_kerberos(r):
    return (pick(r, 'config/db2cli.ini', 'client/db2dsdriver.ini'), '''[%s]
Database=%s
Protocol=TCPIP
Hostname=%s
Port=50000
Authentication=KERBEROS
CurrentSchema=ERP
; client cert thumbprint used for TLS
SSLServerCertificateLabel=%s
''' % (pick(r, 'ERPPROD', 'DWH'), pick(r, 'ERPPROD', 'SAMPLE'), host(r), rs(r, 40, HEX)))


@look('powerbuilder', 'srw')
def lk_pb_profilestring(r):
    return (pick(r, 'pb/w_frame.srw', 'src/app/w_main.srw'), """$PBExportHeader$w_frame.srw
forward
global type w_frame from window
end type
end forward

global type w_frame from window
integer width = 3200
integer height = 2000
string title = "ERP"
windowtype windowtype = mdihelp!
end type
global w_frame w_frame

event open;string ls_ini
ls_ini = GetCurrentDirectory() + "\\erp.ini"
SQLCA.DBMS       = ProfileString(ls_ini, "Database", "DBMS", "")
SQLCA.ServerName = ProfileString(ls_ini, "Database", "ServerName", "")
SQLCA.LogId      = ProfileString(ls_ini, "Database", "LogId", "")
// password is typed by the user in w_login, never stored
SQLCA.LogPass    = gs_password
SQLCA.DBParm     = "AppName='ERP',Host='" + gs_workstation + "'"
CONNECT USING SQLCA;
end event
""")


@look('delphi', 'dfm')
def lk_dfm_loginprompt(r):
    return (pick(r, 'src/udmConexao.dfm', 'Forms/DM.dfm'), """object dmConexao: TdmConexao
  OldCreateOrder = False
  Height = 266
  Width = 412
  object FDConnection1: TFDConnection
    ConnectionDefName = 'ERP_%s'
    Params.Strings = (
      'Database=%s'
      'User_Name=%s'
      'Server=%s'
      'OSAuthent=No'
      'DriverID=MSSQL')
    LoginPrompt = True
    Left = 56
    Top = 32
  end
  object FDGUIxLoginDialog1: TFDGUIxLoginDialog
    Provider = 'Forms'
    Caption = 'Anmeldung'
    Left = 176
    Top = 32
  end
end
""" % (pick(r, 'PROD', 'TEST'), dbname(r), dbuser(r), host(r)))


@look('windows', 'ini')
def lk_ini_dpapi_b64(r):
    blob = base64.b64encode(bytes.fromhex('01000000d08c9ddf0115d1118c7a00c04fc297eb01000000') +
                            bytes(r.getrandbits(8) for _ in range(r.randint(150, 260)))).decode()
    return (pick(r, 'bin/config.ini', 'Config/App.ini'), """[Database]
Server=%s
Database=%s
User=%s
; password is encrypted with DPAPI (CryptProtectData, CurrentUser) by the settings dialog
EncryptedPassword=%s
SavePassword=1

[UI]
Theme=Office2013
LastUser=%s
""" % (host(r), dbname(r), dbuser(r), blob, r.choice(FIRST)))


@look('oracle', 'sql')
def lk_oracle_external(r):
    return (pick(r, 'sql/oracle/create_users.sql', 'db/ora/02_ops_users.sql'), """-- OS-authenticated batch user and a wallet/enterprise user; no passwords in scripts
CREATE USER ops$batch IDENTIFIED EXTERNALLY;
GRANT CREATE SESSION TO ops$batch;

CREATE USER erp_sso IDENTIFIED GLOBALLY AS 'CN=erp_sso,OU=apps,DC=%s,DC=local';
GRANT CREATE SESSION TO erp_sso;

-- audit marker
-- %s
""" % (pick(r, 'firma', 'acme'), rs(r, 64, HEX)))


@look('release', 'txt')
def lk_sha256sums(r):
    files = ['ERP_Setup_%d.%d.exe' % (r.randint(1, 9), r.randint(0, 30)), 'ERP.exe', 'midas.dll', 'fbclient.dll',
             'libeay32.dll', 'ssleay32.dll', 'Reports\\Fatura.rpt']
    return (pick(r, 'release/SHA256SUMS.txt', 'dist/checksums.txt'),
            ''.join('%s *%s\n' % (rs(r, 64, HEX), f) for f in files))


@look('access', 'bas')
def lk_access_dsn_only(r):
    return (pick(r, 'access/modules/modLink.bas', 'vba/modRelink.bas'), """Attribute VB_Name = "modLink"
Option Compare Database
Option Explicit

' Links use the system DSN; SQL Server login is the Windows account
Public Sub LinkAll()
    Dim t As Variant
    For Each t In Array("Kunden", "Artikel", "Auftraege")
        DoCmd.TransferDatabase acLink, "ODBC Database", "ODBC;DSN=%s;Trusted_Connection=Yes;APP=Access", acTable, "dbo." & t, CStr(t)
    Next
End Sub
""" % pick(r, 'ERP', 'Lager', 'Vendas'))


@look('inno', 'iss')
def lk_iss_prompt(r):
    return (pick(r, 'setup/setup.iss', 'installer/server.iss'), """[Setup]
AppId={{%s}
AppName=ERP Server Tools
AppVersion=%d.%d
DefaultDirName={autopf}\\ERPServer

[Code]
var
  DbPage: TInputQueryWizardPage;

procedure InitializeWizard;
begin
  DbPage := CreateInputQueryPage(wpSelectDir, 'Datenbank', 'SQL Server Anmeldung',
    'Bitte Server, Benutzer und Kennwort eingeben.');
  DbPage.Add('Server:', False);
  DbPage.Add('Benutzer:', False);
  DbPage.Add('Kennwort:', True);
  DbPage.Values[0] := '%s';
  DbPage.Values[1] := 'sa';
  DbPage.Values[2] := '';
end;
""" % (guid(r), r.randint(1, 9), r.randint(0, 20), host(r)))


# ---------------------------------------------------------------- driver
CMT = {'pas': '//', 'prg': '*', 'sql': '--', 'bat': 'rem', 'ini': ';', 'cs': '//', 'vbs': "'",
       'ps1': '#', 'iss': ';', 'nsi': ';', 'lss': "'", 'clw': '!', 'asn': ';', 'pf': '#', 'vb': "'",
       'rul': '//', 'txt': None, 'dpr': '//'}
HIST = ['initial version', 'Erstellt', 'Umstellung auf FireDAC', 'migracao para SQL Server 2016',
        'fix timeout', 'neuer Server', 'ajuste de performance', 'added logging', 'Kundenwunsch #%d',
        'ticket %d', 'nuevo servidor de produccion', 'port from VB6']


def preamble(r, ft, text):
    c = CMT.get(ft)
    if not c or r.random() < .45:
        return text
    if ft == 'bat' and text.startswith('@echo off'):
        c = '::'
    out = ['%s %s' % (c, '=' * 60), '%s %s - %s' % (c, r.choice(COMPANIES), pick(r, 'ERP', 'Lager', 'Vendas', 'Kasse')),
           '%s Autor: %s' % (c, r.choice(FIRST)), '%s Historie / History:' % c]
    y = r.randint(2003, 2015)
    dates = sorted((y + r.randint(0, 8), r.randint(1, 12), r.randint(1, 28)) for _ in range(r.randint(1, 9)))
    for d in dates:
        h = r.choice(HIST)
        if '%d' in h:
            h = h % r.randint(100, 9999)
        out.append('%s   %d-%02d-%02d %-10s %s' % ((c,) + d + (r.choice(FIRST), h)))
    out.append('%s %s' % (c, '=' * 60))
    return '\n'.join(out) + '\n' + text

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(text)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write(__doc__)
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    used = set()
    pos_needles = []

    order = list(range(len(TEMPLATES)))
    r.shuffle(order)
    # positives: cycle through all templates
    for i in range(500):
        name, kind, provider, ft, f = TEMPLATES[order[i % len(order)]]
        gen = SECRETS[kind]
        while True:
            val = gen(r)
            key = val[0] if kind == 'pem' else val
            if key not in used:
                break
        used.add(key)
        res = f(r, val)
        rel, text = res[0], preamble(r, ft, res[1])
        prov = res[2] if len(res) > 2 else provider
        needle = val[0] if kind == 'pem' else val
        lines = text.split('\n')
        ln = next(k for k, l in enumerate(lines, 1) if needle in l)
        assert needle in lines[ln - 1]
        fp = 'pos/p%04d/%s' % (i, rel)
        write(os.path.join(out, fp), text)
        manifest.append({'file': fp, 'label': 'pos', 'provider': prov, 'kind': kind.replace('_safe', ''),
                         'filetype': ft, 'template': name})
        secrets.append({'file': fp, 'needle': needle, 'line': ln})
        pos_needles.append(needle)

    # negatives: 250 template re-use, 250 look-alikes
    reuse = [t for t in TEMPLATES if t[1] != 'pem']
    order2 = list(range(len(reuse)))
    r.shuffle(order2)
    order3 = list(range(len(LOOK)))
    r.shuffle(order3)
    negs = []
    for i in range(500):
        if i % 2 == 0:
            name, kind, provider, ft, f = reuse[order2[(i // 2) % len(order2)]]
            v = neg_value(r, kind, ft)
            IS_NEG[0] = True
            res = f(r, v)
            IS_NEG[0] = False
            res = (res[0], preamble(r, ft, res[1])) + tuple(res[2:])
            prov = res[2] if len(res) > 2 else provider
            negs.append((res[0], res[1], prov, kind.replace('_safe', ''), ft, name + '#neg'))
        else:
            name, provider, ft, f = LOOK[order3[(i // 2) % len(order3)]]
            rel, text = f(r)
            text = preamble(r, ft, text)
            negs.append((rel, text, provider, 'lookalike', ft, name))
    for i, (rel, text, prov, kind, ft, name) in enumerate(negs):
        base = os.path.basename(rel)
        assert not (base == '.env' or base.startswith('.env.') and base not in ('.env.example', '.env.sample'))
        fp = 'neg/n%04d/%s' % (i, rel)
        write(os.path.join(out, fp), text)
        manifest.append({'file': fp, 'label': 'neg', 'provider': prov, 'kind': kind, 'filetype': ft, 'template': name})

    with open(os.path.join(out, 'manifest.jsonl'), 'w', encoding='utf-8', newline='') as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=True) + '\n')
    with open(os.path.join(out, 'secrets.jsonl'), 'w', encoding='utf-8', newline='') as f:
        for s in secrets:
            f.write(json.dumps(s, sort_keys=True) + '\n')


if __name__ == '__main__':
    main()
