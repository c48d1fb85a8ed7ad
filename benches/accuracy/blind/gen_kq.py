#!/usr/bin/env python3
"""gen_kq.py - blind evaluation set for a secret scanner: SAP development projects.

EMPHASIS
  SAP development projects.  ABAP sources in abapGit layout (*.clas.abap, *.prog.abap,
  *.clas.testclasses.abap) with hard-coded logon data in cl_http_client / authenticate /
  set_authorization calls, APIKey headers and OAuth form fields; SAP BTP and CAP projects
  (default-env.json with VCAP_SERVICES: xsuaa clientsecret, HANA/HDI password, destination
  service; .cdsrc-private.json; package.json cds.requires; mta.yaml / *.mtaext; manifest.yml
  env: blocks; xs-security.json); SAPUI5/Fiori ui5.yaml / ui5-deploy.yaml credentials, .env
  for fiori deploy; RFC (sapnwrfc.ini, PyRFC Connection(..., passwd=...), node-rfc Client),
  JCo (*.jcoDestination, DestinationDataProvider), SAP Cloud SDK (destinations env JSON,
  DefaultHttpDestination, executeHttpRequest), HANA (hdbuserstore SET, hdbsql -p, hdbcli,
  @sap/hana-client, JDBC jdbc:sap://, CREATE USER ... PASSWORD), SAP Commerce local.properties.
  Providers (labels): sap-abap, sap-btp-xsuaa, sap-destination, sap-hana, sap-rfc, sap-jco,
  sap-api-hub, sap-fiori, sap-cf, sap-cloud-sdk, sap-commerce, sap-cap.
  Kinds: basic-auth-password, oauth-client-secret, hana-password, rfc-password, api-key,
  jco-password, private-key, connection-string-password, admin-password.
  File types: abap, json, yaml/yml, mtaext, js, ts, java, py, properties, jcoDestination,
  ini, sh, md, xml, sql, Dockerfile, .env (positives only, < 1 in 20), csv, log, cds, pem.

USAGE
  python3 -B gen_kq.py OUTDIR SEED
  Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
  OUTDIR/manifest.jsonl (file, label, provider, kind, filetype) and OUTDIR/secrets.jsonl
  (file, needle, line).  Deterministic for a given SEED: one random.Random(SEED), no clock,
  no os.urandom, no set iteration, no hash().  Standard library only.

NEEDLE CONVENTIONS
  * The needle is the secret value only, exactly as written: no quotes, no key name.
  * Passwords inside URLs / connection strings (hana://user:PW@host, https://u:PW@h) and
    inside "user:PW" strings: the needle is PW alone.
  * Headers (APIKey: K, -H 'APIKey: K'): the needle is K alone.
  * Client id / client secret pairs: the needle is the client secret; the client id
    (sb-...!t123) is public and is not a needle.
  * PEM private keys written on several lines: the needle is the first base64 body line
    (the line right after -----BEGIN ... PRIVATE KEY-----).  PEM keys written as one JSON
    string with literal \\n escapes: the needle is the whole escaped string from
    -----BEGIN to the closing -----END ... PRIVATE KEY----- (one physical line).
  * line = 1-based line of the needle's first occurrence; the program re-reads every
    written positive and asserts the needle is on that line.

NEGATIVES
  500 files, no credential in any of them, never in a file named .env / .env.* (the positive
  .env template becomes .env.example in negative mode).
  * About half re-use the positive templates with the secret slot holding a non-secret:
    placeholders (<your-password>, YOUR_CLIENT_SECRET_HERE, changeme, xxxxxxxx, TODO),
    empty values, masked values (********, [REDACTED], <hidden>), references (${VAR},
    {{ var }}, ((var)), env:XYZ_PASSWORD, op://..., vault:..., $(VAR), %VAR%), and values
    that SAP / tool documentation uses as examples (dummy-clientsecret, dummyApiKey,
    MyPassword, testpass, Welcome, nimda = SAP Commerce documented default admin password).
  * The other half are SAP look-alikes: xsuaa clientid sb-app!t123 and xsappname,
    xs-security.json, verificationkey public keys, abapGit XML metadata, ABAP message classes
    and transport numbers (DEVK900123), 32-hex SAP GUIDs, USR02 extracts with
    PWDSALTEDHASH {x-issha, 1024}... hashes, hdbuserstore LIST output, SNC-only RFC configs,
    package-lock integrity hashes, checksums, public certificates, JWKS moduli, logs with
    correlation ids, GitHub workflows using ${{ secrets.X }}, code that masks password fields.

FORMATS CHECKED (search tool, providers' docs and public project files)
  * SAP Business Accelerator Hub (learning.sap.com, developers.sap.com): sandbox calls are
    authenticated with an API key sent in an "APIKey" HTTP header ("Show API Key").  The npm
    doc of @sap/apihub-service-provider shows apiKey: "dummyApiKey" (used as a negative).
  * JCo property names (jco.client.client/user/passwd/lang/sysnr/ashost/mshost/r3name/group,
    jco.destination.pool_capacity/peak_limit) from DestinationDataProvider sources.
  * PyRFC Connection(ashost=, sysnr=, client=, user=, passwd=) and node-rfc
    {user, passwd, ashost, sysnr, client, lang}; node-rfc examples use 'testpass'/'Welcome'.
  * hdbsql options -n host:port -i inst -u user -p password -d db -U userstore-key.
  * ui5-deployer doc: customConfiguration.deployer.credentials.username/password
    (MyUsername/MyPassword as documented example); transportRequest like ABAPDK999999.
  * xsuaa binding fields (clientid, clientsecret, url, uaadomain, identityzone, xsappname,
    verificationkey, tenantid) from SAP cloud-security library configuration classes and
    public project setup scripts (one shows "clientsecret":"dummy-clientsecret").
  * Cloud Foundry VCAP_SERVICES layout (name/label/plan/tags/credentials).

DOUBTS
  * XSUAA clientsecret shape not confirmed by documentation found here.  Generated as either
    the newer "<uuid>$<43 base64url chars>=" form or the older 28-char base64 form (20 random
    bytes) - both from memory of real bindings.
  * HDI container / HANA Cloud generated passwords: shape not confirmed; generated as 32-64
    chars of [A-Za-z0-9] with occasional _ - . characters.  Human-chosen passwords are
    random 12-20 char mixes of letters, digits and !#+-_=.^*~.
  * API Hub key length not documented in what I found; generated as 32 [A-Za-z0-9] chars.
  * xsuaa clientid suffixes (!t<n>, !b<n>, |destination-xsappname!b404) from memory.
  * PWDSALTEDHASH values "{x-issha, 1024}<base64 salt+SHA1>" from memory; the search found
    no documentation.  SAP GUID raw-16 hex layout (0050569...) from memory.
"""
import base64
import json
import os
import random
import string
import sys

ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + '+/'
B64URL = string.ascii_letters + string.digits + '-_'
HEX = '0123456789abcdef'


# ---------------------------------------------------------------- random helpers
def rs(r, alphabet, n):
    return ''.join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def ruuid(r):
    h = rs(r, HEX, 32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], r.choice('89ab'), h[17:20], h[20:32])


def sapguid(r):
    # raw16 GUID as shown by SE16 / BOPF keys: 32 upper-case hex
    return ('005056' + rs(r, '0123456789ABCDEF', 4) + '1ED' + rs(r, '0123456789ABCDEF', 1)
            + rs(r, '0123456789ABCDEF', 18))


PW_WORDS = ['Falcon', 'Bergsee', 'Tundra', 'Maple', 'Orbit', 'Kestrel', 'Harbor', 'Lindwurm', 'Quasar', 'Saffron',
            'Glacier', 'Nordlicht', 'Cobalt', 'Pinecone', 'Zephyr', 'Marmot', 'Basalt', 'Juniper']


def human_pw(r, url_safe=False):
    syms = '-_.' if url_safe else '!#+-_=.^*~'
    if r.random() < 0.35:
        return (r.choice(PW_WORDS) + r.choice(syms) + r.choice(PW_WORDS).lower() + str(r.randint(10, 9999))
                + (r.choice(syms) if r.random() < 0.5 else ''))
    n = r.randint(12, 20)
    while True:
        s = [r.choice(string.ascii_uppercase), r.choice(string.ascii_lowercase),
             r.choice(string.digits), r.choice(syms)]
        s += [r.choice(ALNUM + syms) for _ in range(n - 4)]
        r.shuffle(s)
        v = ''.join(s)
        if v[0] not in '-.' and not v.lower().startswith(('x', 'change', 'pass')):
            return v


def hdi_pw(r):
    n = r.choice([32, 40, 48, 56, 64])
    while True:
        s = [r.choice(ALNUM) for _ in range(n)]
        for _ in range(r.randint(0, 3)):
            s[r.randrange(1, n - 1)] = r.choice('_-.')
        v = ''.join(s)
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def xsuaa_secret(r):
    if r.random() < 0.6:
        return ruuid(r) + '$' + rs(r, B64URL, 43) + '='
    return base64.b64encode(rbytes(r, 20)).decode()


def apihub_key(r):
    while True:
        v = rs(r, ALNUM, 32)
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v):
            return v


PKCS8_PREFIX = bytes.fromhex('308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100')


def pem_body(r):
    der = PKCS8_PREFIX + rbytes(r, 1218 - len(PKCS8_PREFIX))
    b = base64.b64encode(der).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


def cert_body(r):
    der = bytes.fromhex('3082') + rbytes(r, 2) + bytes.fromhex('3082') + rbytes(r, 900)
    b = base64.b64encode(der).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


# ---------------------------------------------------------------- innocent context pools
APPS = ['bookshop', 'incidents', 'travel-mgmt', 'po-approval', 'bp-sync', 'risk-mgmt', 'sflight-ui',
        'ewm-monitor', 'vendor-portal', 'sales-cockpit', 'asset-tracker', 'invoice-hub', 'mdg-bridge',
        'fleet-ops', 'quality-notif', 'kpi-board']
ORGS = ['acme', 'contoso', 'globex', 'initech', 'northwind', 'umbrella', 'hooli', 'stark', 'wayne',
        'tyrell', 'cyberdyne', 'wonka']
REGIONS = ['eu10', 'eu20', 'us10', 'us20', 'ap10', 'ap21', 'jp10', 'br10', 'ca10', 'eu10-004']
SIDS = ['DEV', 'QAS', 'PRD', 'S4D', 'S4Q', 'ERD', 'NPL', 'A4H', 'BWD', 'ECQ', 'GWD', 'CRD']
USERS = ['RFC_USER', 'ZBTP_TECH', 'S4_COMM_USER', 'SRV_INTEGR', 'ZFIORI_DEPLOY', 'WF_BATCH',
         'CPI_USER', 'ZAPI_READER', 'DDIC_READ', 'BC_RFC', 'ZODATA_TECH', 'JCO_READER']
DBUSERS = ['DBADMIN', 'SYSTEM', 'HANA_APP_RT', 'BACKUP_OPERATOR', 'ANALYTICS_RO', 'TECH_LOADER',
           'CAP_DEPLOYER', 'ETL_SVC']
PEOPLE = ['jane.doe', 'max.mustermann', 'p.schmidt', 'a.rossi', 'k.tanaka', 'l.martin', 'deploy-bot',
          'ci.pipeline']
SERVICES = ['API_BUSINESS_PARTNER', 'API_SALES_ORDER_SRV', 'API_PRODUCT_SRV', 'API_PURCHASEORDER_PROCESS_SRV',
            'API_MATERIAL_DOCUMENT_SRV', 'API_CV_ATTACHMENT_SRV', 'API_BILLING_DOCUMENT_SRV']
ENTITIES = ['A_BusinessPartner', 'A_SalesOrder', 'A_Product', 'A_PurchaseOrder', 'A_MaterialDocumentHeader',
            'A_AttachmentContent', 'A_BillingDocument']


def org(r):
    return r.choice(ORGS)


def app(r):
    return r.choice(APPS)


def region(r):
    return r.choice(REGIONS)


def sid(r):
    return r.choice(SIDS)


def sysnr(r):
    return '%02d' % r.choice([0, 0, 1, 2, 10, 20])


def mandt(r):
    return r.choice(['100', '200', '300', '400', '800', '001', '110'])


def abap_host(r):
    return r.choice(['sap%s%02d' % (sid(r).lower(), r.randint(1, 9)),
                     'vhcal%sci' % sid(r).lower(),
                     '%s-app%d' % (sid(r).lower(), r.randint(1, 4))]) + '.' + org(r) + r.choice(['.corp', '.intra', '.local', '-corp.net'])


def s4_url(r):
    return 'https://my%d.s4hana.cloud.sap' % r.randint(300000, 420000) if r.random() < 0.4 else 'https://%s:44300' % abap_host(r)


def uaa_url(r, sub=None):
    return 'https://%s.authentication.%s.hana.ondemand.com' % (sub or (org(r) + '-' + r.choice(['dev', 'test', 'prod', 'sbx'])), region(r))


def hana_host(r):
    return '%s.hana.prod-%s.hanacloud.ondemand.com' % (ruuid(r), r.choice(['eu10', 'us10', 'eu20', 'ap10']))


def clientid(r, a=None):
    return 'sb-%s!t%d' % (a or app(r), r.randint(1000, 499999))


def ident(r):
    return r.choice(['ZCL_', 'ZCL_', 'YCL_']) + r.choice(['BP', 'SO', 'PO', 'FI', 'MM', 'EWM', 'INT']) + '_' + r.choice(
        ['CLIENT', 'CONNECTOR', 'PROXY', 'GATEWAY', 'API', 'SYNC', 'HELPER'])


def yq(v):
    """YAML scalar, quoted when needed."""
    if v == '' or v[0] in '*[]{}&!%@`|>\'"#?:-,<~$' or ': ' in v or ' #' in v or v.lower() in (
            'yes', 'no', 'true', 'false', 'null', 'on', 'off'):
        return '"%s"' % v
    return v


def fill(t, **kw):
    for k, v in kw.items():
        t = t.replace('@{' + k + '}', v)
    assert '@{' not in t, t
    return t


def jdump(o):
    return json.dumps(o, indent=2) + '\n'


# ---------------------------------------------------------------- the secret slot
NEG_COMMON = ['', '', '<your-password>', 'YOUR_PASSWORD_HERE', 'changeme', 'xxxxxxxx', '********',
              '[REDACTED]', '<hidden>', 'TODO', '${SAP_PASSWORD}', '{{ sap_password }}', '((sap-password))',
              'op://SAP-Dev/s4-rfc/password', 'vault:secret/data/sap/rfc#password', '$(RFC_PASSWORD)',
              '%RFC_PASSWD%', '<set-me>', 'REPLACE_ME', '*****']
NEG_BY_KIND = {
    'pw': ['MyPassword', 'testpass', 'Welcome', '<password>', '${RFC_PASSWD}', 'env:XYZ_PASSWORD',
           'secret://rfc/passwd', '<PASSWORD>', 'P@ssw0rd_PLACEHOLDER', 'your_password'],
    'hana': ['${HANA_PASSWORD}', '<hdi-container-password>', '{{ .Values.hana.password }}', 'Welcome',
             '<DB_PASSWORD>', 'op://BTP/hana-cloud/password', '${vcap.services.hana.credentials.password}'],
    'secret': ['dummy-clientsecret', '<clientsecret>', 'YOUR_CLIENT_SECRET_HERE', '${XSUAA_CLIENTSECRET}',
               '{{ xsuaa_client_secret }}', 'vault:secret/data/btp/xsuaa#clientsecret', '<client-secret>',
               '${CLIENT_SECRET}', '~{xsuaa/clientsecret}'],
    'apikey': ['dummyApiKey', '<API_KEY>', 'YOUR_API_KEY', '<your-api-hub-key>', '${API_HUB_KEY}',
               'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '{{apiKey}}', '<paste key from api.sap.com>', 'process.env.APIKEY'],
    'admin': ['nimda', '<admin-password>', '${INITIAL_ADMIN_PASSWORD}', 'changeme'],
    'pem': ['<private-key>', '[REDACTED]', '${CLIENT_KEY}', ''],
}


class Slot:
    def __init__(self, r, neg):
        self.r = r
        self.neg = neg
        self.value = None
        self.uses = 0

    def __call__(self, kind, ctx=''):
        r = self.r
        self.uses += 1
        assert self.uses == 1, 'one secret per file'
        if self.neg:
            pool = NEG_BY_KIND.get(kind, NEG_BY_KIND['pw']) + NEG_COMMON
            v = r.choice(pool)
            if ctx == 'abap':
                v = v.replace("'", '')
            if ctx == 'notempty' and not v:
                v = 'changeme'
            if ctx == 'jstpl':
                v = v.replace('${', '<').replace('}', '>')
            self.value = v
            return v
        if kind == 'pw':
            v = human_pw(r, url_safe=(ctx == 'url'))
        elif kind == 'hana':
            v = hdi_pw(r) if r.random() < 0.6 else human_pw(r, url_safe=(ctx == 'url'))
        elif kind == 'secret':
            v = xsuaa_secret(r)
        elif kind == 'apikey':
            v = apihub_key(r)
        elif kind == 'admin':
            v = human_pw(r)
        else:
            raise ValueError(kind)
        self.value = v
        return v


def _slot_pem(self, style):
    """style 'lines' -> list of body lines (needle = first line); 'json' -> escaped one-line PEM."""
    r = self.r
    self.uses += 1
    assert self.uses == 1
    if self.neg:
        v = r.choice(NEG_BY_KIND['pem'])
        self.value = v
        return v if style == 'json' else [v or '<paste the private key here>']
    body = pem_body(r)
    if style == 'lines':
        self.value = body[0]
        return body
    v = '-----BEGIN PRIVATE KEY-----\\n' + '\\n'.join(body) + '\\n-----END PRIVATE KEY-----'
    self.value = v
    return v


Slot.pem = _slot_pem

POS = []


def tpl(provider, kind):
    def deco(f):
        POS.append((f, provider, kind))
        return f
    return deco


# ================================================================ ABAP (abapGit layout)
@tpl('sap-abap', 'basic-auth-password')
def p_abap_authenticate(r, S):
    cls = ident(r)
    svc = r.randrange(len(SERVICES))
    user = r.choice(USERS)
    pw = S('pw', 'abap')
    host = abap_host(r)
    t = """CLASS @{lc} DEFINITION
  PUBLIC
  FINAL
  CREATE PUBLIC .

  PUBLIC SECTION.
    METHODS read_entity
      IMPORTING iv_key         TYPE string
      RETURNING VALUE(rv_json) TYPE string
      RAISING   cx_static_check.
  PROTECTED SECTION.
  PRIVATE SECTION.
    CONSTANTS gc_service TYPE string VALUE '/sap/opu/odata/sap/@{svc}'.
ENDCLASS.



CLASS @{lc} IMPLEMENTATION.

  METHOD read_entity.
    DATA lo_client TYPE REF TO if_http_client.

    cl_http_client=>create_by_url(
      EXPORTING
        url                = |https://@{host}:44300{ gc_service }/@{ent}('{ iv_key }')|
      IMPORTING
        client             = lo_client
      EXCEPTIONS
        argument_not_found = 1
        plugin_not_active  = 2
        internal_error     = 3
        OTHERS             = 4 ).
    IF sy-subrc <> 0.
      RETURN.
    ENDIF.

    lo_client->propertytype_logon_popup = if_http_client=>co_disabled.
    lo_client->authenticate( client   = '@{mandt}'
                             username = '@{user}'
                             password = '@{pw}'
                             language = 'E' ).
    lo_client->request->set_header_field( name  = 'Accept'
                                          value = 'application/json' ).
    lo_client->send( EXCEPTIONS OTHERS = 1 ).
    lo_client->receive( EXCEPTIONS OTHERS = 1 ).
    rv_json = lo_client->response->get_cdata( ).
    lo_client->close( ).
  ENDMETHOD.

ENDCLASS.
"""
    return ('src/%s.clas.abap' % cls.lower(),
            fill(t, lc=cls.lower(), svc=SERVICES[svc], ent=ENTITIES[svc], host=host, mandt=mandt(r), user=user, pw=pw))


@tpl('sap-abap', 'basic-auth-password')
def p_abap_set_authorization(r, S):
    prog = 'Z' + r.choice(['R_', 'P_', '']) + r.choice(['UPLOAD_', 'SYNC_', 'PUSH_', 'POST_']) + r.choice(
        ['INVOICES', 'STOCK', 'ORDERS', 'PARTNERS', 'PRICES'])
    pw = S('pw', 'abap')
    t = """*&---------------------------------------------------------------------*
*& Report @{prog}
*&---------------------------------------------------------------------*
*& Pushes the daily delta to the middleware REST endpoint.
*& Change history: @{tr} - initial version
*&---------------------------------------------------------------------*
REPORT @{progl}.

PARAMETERS: p_date TYPE sy-datum DEFAULT sy-datum,
            p_test AS CHECKBOX DEFAULT 'X'.

START-OF-SELECTION.
  DATA: lo_http   TYPE REF TO if_http_client,
        lv_body   TYPE string,
        lv_status TYPE i.

  cl_http_client=>create_by_url( EXPORTING url    = 'https://@{mw}/api/v1/delta'
                                 IMPORTING client = lo_http ).

  lo_http->request->set_method( if_http_request=>co_request_method_post ).
  lo_http->request->set_content_type( 'application/json' ).
  lo_http->request->set_authorization( auth_type = ihttp_auth_type_basic_auth
                                       username  = '@{user}'
                                       password  = '@{pw}' ).

  lv_body = /ui2/cl_json=>serialize( data = p_date pretty_name = /ui2/cl_json=>pretty_mode-camel_case ).
  lo_http->request->set_cdata( lv_body ).
  lo_http->send( ).
  lo_http->receive( ).
  lo_http->response->get_status( IMPORTING code = lv_status ).
  WRITE: / 'HTTP status:', lv_status.
"""
    return ('src/%s.prog.abap' % prog.lower(),
            fill(t, prog=prog, progl=prog.lower(), tr=sid(r) + 'K9' + '%05d' % r.randint(0, 99999),
                 mw='mw-%s.%s.com' % (r.choice(['prod', 'qa', 'int']), org(r)), user=r.choice(USERS), pw=pw))


@tpl('sap-api-hub', 'api-key')
def p_abap_apikey_const(r, S):
    cls = ident(r)
    i = r.randrange(len(SERVICES))
    key = S('apikey', 'abap')
    t = """CLASS @{lc} DEFINITION PUBLIC FINAL CREATE PUBLIC.
  PUBLIC SECTION.
    CONSTANTS gc_sandbox_url TYPE string VALUE 'https://sandbox.api.sap.com/s4hanacloud/sap/opu/odata/sap/@{svc}'.
    CONSTANTS gc_api_key     TYPE string VALUE '@{key}'.
    METHODS fetch_top IMPORTING iv_top TYPE i DEFAULT 10 RETURNING VALUE(rv_body) TYPE string.
ENDCLASS.

CLASS @{lc} IMPLEMENTATION.
  METHOD fetch_top.
    DATA lo_client TYPE REF TO if_http_client.
    cl_http_client=>create_by_url( EXPORTING url    = |{ gc_sandbox_url }/@{ent}?$top={ iv_top }|
                                   IMPORTING client = lo_client ).
    lo_client->request->set_header_field( name = 'APIKey' value = gc_api_key ).
    lo_client->request->set_header_field( name = 'DataServiceVersion' value = '2.0' ).
    lo_client->send( ).
    lo_client->receive( ).
    rv_body = lo_client->response->get_cdata( ).
  ENDMETHOD.
ENDCLASS.
"""
    return ('src/%s.clas.abap' % cls.lower(), fill(t, lc=cls.lower(), svc=SERVICES[i], ent=ENTITIES[i], key=key))


@tpl('sap-api-hub', 'api-key')
def p_abap_apikey_inline(r, S):
    prog = 'ZTEST_APIHUB_' + r.choice(['BP', 'SO', 'PRODUCT', 'CALL'])
    key = S('apikey', 'abap')
    i = r.randrange(len(SERVICES))
    t = """REPORT @{p}.
* Quick connectivity check against the Business Accelerator Hub sandbox.
* Needs SSL client PSE "ANONYM" with the DigiCert root imported (STRUST).

DATA(lo_client) = VALUE #( ) ##NEEDED.
DATA lo_http TYPE REF TO if_http_client.

cl_http_client=>create_by_url(
  EXPORTING url    = 'https://sandbox.api.sap.com/s4hanacloud/sap/opu/odata/sap/@{svc}/@{ent}?$top=5'
            ssl_id = 'ANONYM'
  IMPORTING client = lo_http ).

lo_http->request->set_header_field( name = 'APIKey' value = '@{key}' ).
lo_http->request->set_header_field( name = 'Accept' value = 'application/json' ).
lo_http->send( ).
lo_http->receive( ).

cl_demo_output=>display_json( lo_http->response->get_cdata( ) ).
"""
    return ('src/%s.prog.abap' % prog.lower(), fill(t, p=prog.lower(), svc=SERVICES[i], ent=ENTITIES[i], key=key))


@tpl('sap-btp-xsuaa', 'oauth-client-secret')
def p_abap_form_secret(r, S):
    cls = ident(r)
    sub = org(r) + '-' + r.choice(['dev', 'prod', 'qa'])
    cid = clientid(r)
    sec = S('secret', 'abap')
    t = """CLASS @{lc} DEFINITION PUBLIC CREATE PUBLIC.
  PUBLIC SECTION.
    METHODS get_token RETURNING VALUE(rv_token) TYPE string.
ENDCLASS.

CLASS @{lc} IMPLEMENTATION.
  METHOD get_token.
    DATA: lo_http TYPE REF TO if_http_client,
          ls_resp TYPE string.

    cl_http_client=>create_by_url( EXPORTING url    = '@{uaa}/oauth/token'
                                   IMPORTING client = lo_http ).
    lo_http->request->set_method( 'POST' ).
    lo_http->request->set_form_field( name = 'grant_type'    value = 'client_credentials' ).
    lo_http->request->set_form_field( name = 'client_id'     value = '@{cid}' ).
    lo_http->request->set_form_field( name = 'client_secret' value = '@{sec}' ).
    lo_http->send( ).
    lo_http->receive( ).
    ls_resp = lo_http->response->get_cdata( ).
    FIND REGEX '"access_token":"([^"]+)"' IN ls_resp SUBMATCHES rv_token.
  ENDMETHOD.
ENDCLASS.
"""
    return ('src/oauth/%s.clas.abap' % cls.lower(), fill(t, lc=cls.lower(), uaa=uaa_url(r, sub), cid=cid, sec=sec))


@tpl('sap-abap', 'basic-auth-password')
def p_abap_base64_header(r, S):
    prog = 'Z' + r.choice(['CPI_', 'MW_', 'INT_']) + r.choice(['TRIGGER', 'PING', 'SEND_IDOC', 'REPLAY'])
    user = r.choice(USERS)
    pw = S('pw', 'abap')
    t = """REPORT @{p}.
* Triggers the iFlow on Cloud Integration via HTTP sender adapter.

CONSTANTS lc_endpoint TYPE string VALUE 'https://@{tenant}.it-cpi0@{n}-rt.cfapps.@{reg}.hana.ondemand.com/http/@{flow}'.

DATA: lo_http  TYPE REF TO if_http_client,
      lv_auth  TYPE string.

cl_http_client=>create_by_url( EXPORTING url = lc_endpoint IMPORTING client = lo_http ).
lv_auth = cl_http_utility=>encode_base64( unencoded = '@{user}:@{pw}' ).
lo_http->request->set_header_field( name = 'Authorization' value = |Basic { lv_auth }| ).
lo_http->request->set_method( 'POST' ).
lo_http->send( ).
lo_http->receive( ).
WRITE / lo_http->response->get_cdata( ).
"""
    return ('src/%s.prog.abap' % prog.lower(),
            fill(t, p=prog.lower(), tenant=org(r) + rs(r, string.ascii_lowercase + string.digits, 6),
                 n=str(r.randint(1, 9)), reg=region(r), flow=r.choice(['orders', 'idoc/inbound', 'bp/replicate']),
                 user=r.choice(['sb-' + ruuid(r) + '!b' + str(r.randint(100, 9999)) + '|it-rt-' + org(r) + '!b196', user]),
                 pw=pw))


@tpl('sap-abap', 'basic-auth-password')
def p_abap_const_struct(r, S):
    cls = ident(r) + '_CFG'
    pw = S('pw', 'abap')
    t = """"! <p class="shorttext synchronized" lang="en">Connection settings for the legacy WMS</p>
CLASS @{lc} DEFINITION PUBLIC FINAL CREATE PRIVATE.
  PUBLIC SECTION.
    CONSTANTS:
      BEGIN OF gc_wms,
        host     TYPE string VALUE 'wms-gw.@{o}.corp',
        port     TYPE string VALUE '8443',
        path     TYPE string VALUE '/wms/api/v2',
        user     TYPE string VALUE '@{user}',
        pass     TYPE string VALUE '@{pw}',
        timeout  TYPE i      VALUE 30,
      END OF gc_wms.
    CLASS-METHODS get_url RETURNING VALUE(rv_url) TYPE string.
ENDCLASS.

CLASS @{lc} IMPLEMENTATION.
  METHOD get_url.
    rv_url = |https://{ gc_wms-host }:{ gc_wms-port }{ gc_wms-path }|.
  ENDMETHOD.
ENDCLASS.
"""
    return ('src/%s.clas.abap' % cls.lower(), fill(t, lc=cls.lower(), o=org(r), user=r.choice(USERS), pw=pw))


@tpl('sap-abap', 'basic-auth-password')
def p_abap_testclass(r, S):
    cls = ident(r)
    pw = S('pw', 'abap')
    t = """*"* use this source file for your ABAP unit test classes
CLASS ltcl_integration DEFINITION FINAL FOR TESTING
  DURATION MEDIUM
  RISK LEVEL DANGEROUS.

  PRIVATE SECTION.
    DATA mo_cut TYPE REF TO @{lc}.
    METHODS setup.
    METHODS read_known_partner FOR TESTING RAISING cx_static_check.
ENDCLASS.

CLASS ltcl_integration IMPLEMENTATION.

  METHOD setup.
    mo_cut = NEW #( iv_destination = 'S4_@{sid}_HTTP'
                    iv_user        = 'ZUNIT_@{sid}'
                    iv_password    = '@{pw}' ).
  ENDMETHOD.

  METHOD read_known_partner.
    DATA(lv_json) = mo_cut->read_entity( '@{bp}' ).
    cl_abap_unit_assert=>assert_char_cp( act = lv_json exp = '*BusinessPartner*' ).
  ENDMETHOD.

ENDCLASS.
"""
    return ('src/%s.clas.testclasses.abap' % cls.lower(),
            fill(t, lc=cls.lower(), sid=sid(r), pw=pw, bp='%010d' % r.randint(1000000, 9999999)))


@tpl('sap-rfc', 'rfc-password')
def p_abap_rfc_logon(r, S):
    prog = 'ZRFC_' + r.choice(['REMOTE_', 'CROSS_']) + r.choice(['READ', 'CALL', 'COPY'])
    pw = S('pw', 'abap')
    t = """REPORT @{p}.
* Creates a temporary RFC destination and reads table data from the remote system.

DATA: lt_options TYPE STANDARD TABLE OF rfc_db_opt,
      lt_fields  TYPE STANDARD TABLE OF rfc_db_fld,
      lt_data    TYPE STANDARD TABLE OF tab512.

CALL FUNCTION 'RFC_CREATE_DESTINATION' ##FM_OLDSTYLE
  EXPORTING
    destination = 'ZTMP_@{sid}'
    action      = 'I'
    server      = '@{host}'
    system_nr   = '@{nr}'
    client      = '@{mandt}'
    user        = '@{user}'
    password    = '@{pw}'
    language    = 'EN'.

CALL FUNCTION 'RFC_READ_TABLE' DESTINATION 'ZTMP_@{sid}'
  EXPORTING
    query_table = 'T001'
    delimiter   = '|'
  TABLES
    options     = lt_options
    fields      = lt_fields
    data        = lt_data.
"""
    return ('src/%s.prog.abap' % prog.lower(),
            fill(t, p=prog.lower(), sid=sid(r), host=abap_host(r), nr=sysnr(r), mandt=mandt(r),
                 user=r.choice(USERS), pw=pw))


# ================================================================ JSON (BTP / CAP)
def xsuaa_block(r, a, secret):
    sub = org(r) + '-' + r.choice(['dev', 'test', 'prod'])
    return {
        'label': 'xsuaa', 'provider': None, 'plan': r.choice(['application', 'broker']), 'name': a + '-uaa',
        'tags': ['xsuaa'], 'instance_guid': ruuid(r), 'instance_name': a + '-uaa', 'binding_guid': ruuid(r),
        'binding_name': None,
        'credentials': {
            'tenantmode': 'dedicated', 'sburl': 'https://internal-xsuaa.authentication.%s.hana.ondemand.com' % region(r),
            'subaccountid': ruuid(r), 'credential-type': 'binding-secret', 'clientid': clientid(r, a),
            'xsappname': '%s!t%d' % (a, r.randint(1000, 499999)), 'clientsecret': secret,
            'serviceInstanceId': ruuid(r), 'url': uaa_url(r, sub), 'uaadomain': 'authentication.%s.hana.ondemand.com' % region(r),
            'verificationkey': '-----BEGIN PUBLIC KEY-----MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'
                               + rs(r, B64, 300) + 'IDAQAB-----END PUBLIC KEY-----',
            'apiurl': 'https://api.authentication.%s.hana.ondemand.com' % region(r), 'identityzone': sub,
            'identityzoneid': ruuid(r), 'tenantid': ruuid(r), 'zoneid': ruuid(r)},
        'syslog_drain_url': None, 'volume_mounts': []}


@tpl('sap-btp-xsuaa', 'oauth-client-secret')
def p_json_default_env_xsuaa(r, S):
    a = app(r)
    d = {'VCAP_SERVICES': {'xsuaa': [xsuaa_block(r, a, S('secret'))]},
         'VCAP_APPLICATION': {'application_name': a + '-srv', 'space_name': r.choice(['dev', 'test'])},
         'PORT': r.choice([4004, 5000, 8080])}
    return (r.choice(['default-env.json', 'srv/default-env.json', 'approuter/default-env.json']), jdump(d))


@tpl('sap-hana', 'hana-password')
def p_json_default_env_hdi(r, S):
    a = app(r)
    schema = rs(r, '0123456789ABCDEF', 32)
    host = hana_host(r)
    pw = S('hana')
    cred = {'host': host, 'port': '443', 'driver': 'com.sap.db.jdbc.Driver',
            'url': 'jdbc:sap://%s:443?encrypt=true&validateCertificate=true&currentschema=%s' % (host, schema),
            'schema': schema, 'hdi_user': schema + '_' + rs(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 25) + '_DT',
            'user': schema + '_' + rs(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 25) + '_RT', 'password': pw,
            'certificate': '-----BEGIN CERTIFICATE-----\n' + '\n'.join(cert_body(r)[:6]) + '\n-----END CERTIFICATE-----\n',
            'database_id': ruuid(r)}
    d = {'VCAP_SERVICES': {'hana': [{'label': 'hana', 'plan': 'hdi-shared', 'name': a + '-db', 'tags': ['hana', 'database', 'relational'],
                                      'instance_name': a + '-db', 'credentials': cred}]}}
    return (r.choice(['default-env.json', 'db/default-env.json', 'srv/default-env.json']), jdump(d))


@tpl('sap-destination', 'oauth-client-secret')
def p_json_default_env_destination(r, S):
    a = app(r)
    d = {'VCAP_SERVICES': {'destination': [{
        'label': 'destination', 'plan': 'lite', 'name': a + '-destination', 'tags': ['destination', 'conn', 'connsvc'],
        'credentials': {'clientid': 'sb-clone%s!b%d|destination-xsappname!b404' % (rs(r, HEX, 32), r.randint(10000, 99999)),
                        'clientsecret': S('secret'), 'uri': 'https://destination-configuration.cfapps.%s.hana.ondemand.com' % region(r),
                        'url': uaa_url(r), 'identityzone': org(r) + '-dev', 'tenantid': ruuid(r),
                        'verificationkey': '-----BEGIN PUBLIC KEY-----MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'
                                           + rs(r, B64, 300) + 'IDAQAB-----END PUBLIC KEY-----',
                        'xsappname': 'clone%s!b%d|destination-xsappname!b404' % (rs(r, HEX, 32), r.randint(10000, 99999))}}]},
         'destinations': [{'name': 'S4_BACKEND', 'url': 'http://localhost:4004', 'forwardAuthToken': True}]}
    return ('approuter/default-env.json', jdump(d))


@tpl('sap-cloud-sdk', 'basic-auth-password')
def p_json_default_env_destinations(r, S):
    d = {'destinations': [
        {'name': 'S4HANA', 'url': s4_url(r), 'username': r.choice(USERS), 'password': S('pw'),
         'authentication': 'BasicAuthentication'},
        {'name': 'APP_BACKEND', 'url': 'http://localhost:4004', 'forwardAuthToken': True}],
        'PORT': 5000}
    return (r.choice(['default-env.json', 'app/default-env.json']), jdump(d))


@tpl('sap-hana', 'hana-password')
def p_json_cdsrc_private(r, S):
    host = hana_host(r)
    schema = rs(r, '0123456789ABCDEF', 32)
    d = {'requires': {'[hybrid]': {'db': {'binding': {'type': 'cf', 'apiEndpoint': 'https://api.cf.%s.hana.ondemand.com' % region(r),
                                                      'org': org(r) + '-dev', 'space': 'dev', 'instance': app(r) + '-db',
                                                      'key': app(r) + '-db-key'},
                                          'kind': 'hana', 'vcap': {'name': 'db'},
                                          'credentials': {'host': host, 'port': '443', 'schema': schema,
                                                          'user': schema + '_' + rs(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 25) + '_RT',
                                                          'password': S('hana')}}}}}
    return ('.cdsrc-private.json', jdump(d))


@tpl('sap-api-hub', 'api-key')
def p_json_cdsrc_private_apikey(r, S):
    i = r.randrange(len(SERVICES))
    d = {'requires': {'[sandbox]': {SERVICES[i]: {'kind': 'odata-v2', 'model': 'srv/external/' + SERVICES[i],
                                                   'credentials': {'url': 'https://sandbox.api.sap.com/s4hanacloud/sap/opu/odata/sap/' + SERVICES[i],
                                                                   'headers': {'APIKey': S('apikey')}}}}}}
    return (r.choice(['.cdsrc-private.json', '.cdsrc.json']), jdump(d))


@tpl('sap-cap', 'basic-auth-password')
def p_json_package_cds(r, S):
    a = app(r)
    i = r.randrange(len(SERVICES))
    d = {'name': a, 'version': '1.%d.%d' % (r.randint(0, 9), r.randint(0, 20)), 'private': True,
         'dependencies': {'@sap/cds': '^7', '@sap-cloud-sdk/http-client': '^3', 'express': '^4'},
         'devDependencies': {'@cap-js/sqlite': '^1', '@sap/cds-dk': '^7'},
         'scripts': {'start': 'cds-serve', 'watch': 'cds watch --profile hybrid'},
         'cds': {'requires': {SERVICES[i]: {'kind': 'odata-v2', 'model': 'srv/external/' + SERVICES[i],
                                            '[development]': {'credentials': {'url': s4_url(r) + '/sap/opu/odata/sap/' + SERVICES[i],
                                                                              'authentication': 'BasicAuthentication',
                                                                              'username': r.choice(USERS), 'password': S('pw')}},
                                            '[production]': {'credentials': {'destination': 'S4HANA', 'path': '/sap/opu/odata/sap/' + SERVICES[i]}}}}}}
    return ('package.json', jdump(d))


@tpl('sap-btp-xsuaa', 'oauth-client-secret')
def p_json_service_key(r, S):
    a = app(r)
    sub = org(r) + '-' + r.choice(['dev', 'prod'])
    d = {'credentials': {'apiurl': 'https://api.authentication.%s.hana.ondemand.com' % region(r), 'clientid': clientid(r, a),
                         'clientsecret': S('secret'), 'credential-type': 'binding-secret', 'identityzone': sub,
                         'identityzoneid': ruuid(r), 'sburl': 'https://internal-xsuaa.authentication.%s.hana.ondemand.com' % region(r),
                         'subaccountid': ruuid(r), 'tenantid': ruuid(r), 'tenantmode': 'dedicated',
                         'uaadomain': 'authentication.%s.hana.ondemand.com' % region(r), 'url': uaa_url(r, sub),
                         'xsappname': '%s!t%d' % (a, r.randint(1000, 499999)), 'zoneid': ruuid(r)}}
    return (r.choice(['btp/keys/%s-uaa-key.json' % a, 'scripts/service-key.json', 'test/fixtures/xsuaa-key.json']), jdump(d))


@tpl('sap-cloud-sdk', 'basic-auth-password')
def p_json_launch(r, S):
    pw = S('pw')
    dest = '[{"name":"S4HANA","url":"%s","username":"%s","password":"%s"}]' % (s4_url(r), r.choice(USERS), pw)
    d = {'version': '0.2.0', 'configurations': [{
        'type': 'node', 'request': 'launch', 'name': 'cds watch', 'runtimeExecutable': 'npx', 'runtimeArgs': ['cds', 'watch'],
        'console': 'integratedTerminal', 'skipFiles': ['<node_internals>/**'],
        'env': {'destinations': dest, 'CDS_ENV': 'development', 'DEBUG': 'remote'}}]}
    txt = jdump(d)
    return ('.vscode/launch.json', txt)


@tpl('sap-rfc', 'rfc-password')
def p_json_rfc_systems(r, S):
    s1, s2 = r.sample(SIDS, 2)
    d = {s1: {'ashost': abap_host(r), 'sysnr': sysnr(r), 'client': mandt(r), 'user': r.choice(USERS),
              'passwd': S('pw'), 'lang': 'EN'},
         s2: {'mshost': abap_host(r), 'sysid': s2, 'group': 'PUBLIC', 'client': mandt(r),
              'snc_partnername': 'p:CN=%s, O=%s, C=DE' % (s2, org(r).title()), 'snc_qop': '9', 'lang': 'EN'}}
    return (r.choice(['config/abap-systems.json', 'rfc/systems.json', 'test/sapnwrfc.json']), jdump(d))


@tpl('sap-cloud-sdk', 'basic-auth-password')
def p_json_sdk_credentials(r, S):
    d = {'credentials': [{'alias': '%s_%s' % (sid(r), mandt(r)), 'username': r.choice(USERS), 'password': S('pw')}]}
    return (r.choice(['integration-tests/src/test/resources/credentials.json', 'test/resources/credentials.json']), jdump(d))


@tpl('sap-btp-xsuaa', 'private-key')
def p_json_x509_key(r, S):
    a = app(r)
    key = S.pem('json')
    cert = '-----BEGIN CERTIFICATE-----\\n' + '\\n'.join(cert_body(r)[:8]) + '\\n-----END CERTIFICATE-----'
    txt = ('{\n  "credentials": {\n    "clientid": "%s",\n    "credential-type": "x509",\n    "certificate": "%s",\n'
           '    "key": "%s",\n    "certurl": "https://%s.authentication.cert.%s.hana.ondemand.com",\n'
           '    "xsappname": "%s!t%d",\n    "tenantmode": "dedicated"\n  }\n}\n') % (
        clientid(r, a), cert, key, org(r) + '-dev', region(r), a, r.randint(1000, 99999))
    return ('btp/keys/%s-x509-key.json' % a, txt)


# ================================================================ YAML (CF, MTA, UI5, CI)
@tpl('sap-cf', 'basic-auth-password')
def p_yaml_manifest_env(r, S):
    a = app(r)
    t = """---
applications:
  - name: @{a}-srv
    path: gen/srv
    memory: 256M
    disk_quota: 512M
    buildpacks:
      - nodejs_buildpack
    routes:
      - route: @{a}-srv-@{o}.cfapps.@{reg}.hana.ondemand.com
    services:
      - @{a}-db
      - @{a}-uaa
    env:
      NODE_ENV: production
      OPTIMIZE_MEMORY: true
      ERP_BASE_URL: @{s4}
      ERP_USER: @{user}
      ERP_PASSWORD: @{pw}
      LOG_LEVEL: info
"""
    return (r.choice(['manifest.yml', 'srv/manifest.yml', 'deploy/manifest-dev.yml']),
            fill(t, a=a, o=org(r), reg=region(r), s4=s4_url(r), user=r.choice(USERS), pw=yq(S('pw'))))


@tpl('sap-cf', 'basic-auth-password')
def p_yaml_manifest_destinations(r, S):
    a = app(r)
    pw = S('pw')
    t = """applications:
- name: @{a}-approuter
  path: approuter
  memory: 128M
  buildpacks:
  - nodejs_buildpack
  env:
    TENANT_HOST_PATTERN: "^(.*)-@{a}.cfapps.@{reg}.hana.ondemand.com"
    destinations: >
      [
        {"name": "srv-api", "url": "https://@{a}-srv.cfapps.@{reg}.hana.ondemand.com", "forwardAuthToken": true},
        {"name": "erp", "url": "@{s4}", "username": "@{user}", "password": "@{pw}"}
      ]
  services:
  - @{a}-uaa
"""
    return ('approuter/manifest.yml', fill(t, a=a, reg=region(r), s4=s4_url(r), user=r.choice(USERS), pw=pw))


@tpl('sap-destination', 'basic-auth-password')
def p_yaml_mta_destination_init(r, S):
    a = app(r)
    t = """_schema-version: '3.1'
ID: @{a}
version: 1.0.@{v}
description: "CAP application @{a}"
parameters:
  enable-parallel-deployments: true
build-parameters:
  before-all:
    - builder: custom
      commands:
        - npx cds build --production

modules:
  - name: @{a}-srv
    type: nodejs
    path: gen/srv
    requires:
      - name: @{a}-db
      - name: @{a}-uaa
      - name: @{a}-destination
    provides:
      - name: srv-api
        properties:
          srv-url: ${default-url}

resources:
  - name: @{a}-destination
    type: org.cloudfoundry.managed-service
    parameters:
      service: destination
      service-plan: lite
      config:
        HTML5Runtime_enabled: true
        init_data:
          instance:
            existing_destinations_policy: update
            destinations:
              - Name: S4HANA_@{sid}
                Description: S/4HANA backend
                URL: @{s4}
                Type: HTTP
                ProxyType: Internet
                Authentication: BasicAuthentication
                User: @{user}
                Password: @{pw}
  - name: @{a}-uaa
    type: org.cloudfoundry.managed-service
    parameters:
      service: xsuaa
      service-plan: application
      path: ./xs-security.json
"""
    return ('mta.yaml', fill(t, a=a, v=str(r.randint(0, 40)), sid=sid(r), s4=s4_url(r), user=r.choice(USERS), pw=yq(S('pw'))))


@tpl('sap-api-hub', 'api-key')
def p_yaml_mta_property(r, S):
    a = app(r)
    t = """_schema-version: "3.1"
ID: @{a}-ext
version: 0.0.1
modules:
  - name: @{a}-srv
    type: nodejs
    path: gen/srv
    parameters:
      buildpack: nodejs_buildpack
      memory: 256M
    properties:
      SANDBOX_URL: https://sandbox.api.sap.com/s4hanacloud
      APIHUB_SANDBOX_KEY: @{key}
    requires:
      - name: @{a}-auth
resources:
  - name: @{a}-auth
    type: org.cloudfoundry.managed-service
    parameters:
      service: xsuaa
      service-plan: application
"""
    return (r.choice(['mta.yaml', 'mta-sandbox.yaml']), fill(t, a=a, key=yq(S('apikey'))))


@tpl('sap-destination', 'oauth-client-secret')
def p_mtaext_oauth(r, S):
    a = app(r)
    t = """_schema-version: '3.1'
ID: @{a}.config.@{env}
extends: @{a}
version: 1.0.0

resources:
  - name: @{a}-destination
    parameters:
      config:
        init_data:
          instance:
            existing_destinations_policy: update
            destinations:
              - Name: CPI_@{envu}
                Type: HTTP
                URL: https://@{o}-@{env}.it-cpi0@{n}-rt.cfapps.@{reg}.hana.ondemand.com
                ProxyType: Internet
                Authentication: OAuth2ClientCredentials
                tokenServiceURL: @{uaa}/oauth/token
                clientId: @{cid}
                clientSecret: @{sec}
"""
    env = r.choice(['dev', 'qa', 'prod'])
    return ('config/%s.mtaext' % env,
            fill(t, a=a, env=env, envu=env.upper(), o=org(r), n=str(r.randint(1, 9)), reg=region(r), uaa=uaa_url(r),
                 cid='sb-' + ruuid(r) + '!b' + str(r.randint(1000, 99999)) + '|it-rt-' + org(r) + '!b196', sec=yq(S('secret'))))


@tpl('sap-hana', 'hana-password')
def p_mtaext_hana(r, S):
    a = app(r)
    t = """_schema-version: "3.1"
ID: @{a}-onprem
extends: @{a}

modules:
  - name: @{a}-db-deployer
    parameters:
      memory: 512M
    properties:
      HDI_DEPLOY_OPTIONS:
        auto_undeploy: true
      TARGET_CONTAINER: @{a}-hdi

resources:
  - name: @{a}-grantor
    type: org.cloudfoundry.user-provided-service
    parameters:
      config:
        host: @{host}
        port: "30015"
        user: GRANTOR_@{u}
        password: @{pw}
        schema: @{sch}
        tags: [ hana ]
"""
    return ('deploy/%s-onprem.mtaext' % a, fill(t, a=a, host=abap_host(r), u=r.choice(['CAP', 'REPL', 'ODS']),
                                                pw=yq(S('hana')), sch=r.choice(['SAPHANADB', 'SAPABAP1', 'ERP_REPL'])))


@tpl('sap-fiori', 'basic-auth-password')
def p_yaml_ui5_deployer(r, S):
    a = app(r)
    t = """specVersion: '2.6'
metadata:
  name: @{a}
type: application
customConfiguration:
  deployer:
    type: sap-netweaver
    sourcePath: dist/
    connection:
      url: https://@{host}:44300
      strictSSL: false
    abapRepository:
      client: @{mandt}
      language: EN
      transportRequest: @{tr}
      package: Z@{pkg}
      bspApplication: Z@{bsp}
      bspApplicationText: @{a} app
    credentials:
      username: @{user}
      password: @{pw}
"""
    return ('ui5.yaml', fill(t, a=a, host=abap_host(r), mandt=mandt(r), tr=sid(r) + 'K9' + '%05d' % r.randint(0, 99999),
                             pkg=a.upper().replace('-', '_')[:12], bsp=a.upper().replace('-', '')[:14],
                             user=r.choice(PEOPLE).upper().replace('.', '_')[:12], pw=yq(S('pw'))))


@tpl('sap-fiori', 'basic-auth-password')
def p_yaml_ui5_deploy_task(r, S):
    a = app(r)
    t = """# yaml-language-server: $schema=https://sap.github.io/ui5-tooling/schema/ui5.yaml.json

specVersion: "3.1"
metadata:
  name: @{ns}
type: application
builder:
  resources:
    excludes:
      - /test/**
      - /localService/**
  customTasks:
    - name: deploy-to-abap
      afterTask: generateCachebusterInfo
      configuration:
        ignoreCertError: true
        target:
          url: https://@{host}:44300
          client: "@{mandt}"
        credentials:
          username: env:FIORI_DEPLOY_USER
          password: @{pw}
        app:
          name: Z@{bsp}
          description: @{a} Fiori app
          package: Z@{pkg}
          transport: @{tr}
        exclude:
          - /test/
"""
    return (r.choice(['ui5-deploy.yaml', 'app/%s/ui5-deploy.yaml' % a]),
            fill(t, a=a, ns='com.%s.%s' % (org(r), a.replace('-', '')), host=abap_host(r), mandt=mandt(r),
                 pw=yq(S('pw')), bsp=a.upper().replace('-', '')[:14], pkg=a.upper().replace('-', '_')[:12],
                 tr=sid(r) + 'K9' + '%05d' % r.randint(0, 99999)))


@tpl('sap-fiori', 'basic-auth-password')
def p_yaml_ui5_simpleproxy(r, S):
    a = app(r)
    t = """specVersion: "2.4"
metadata:
  name: @{a}
type: application
server:
  customMiddleware:
    - name: ui5-middleware-simpleproxy
      afterMiddleware: compression
      mountPath: /sap/opu/odata
      configuration:
        baseUri: "https://@{host}:44300/sap/opu/odata"
        strictSSL: false
        username: @{user}
        password: @{pw}
        query:
          sap-client: "@{mandt}"
    - name: ui5-middleware-livereload
      afterMiddleware: compression
"""
    return (r.choice(['ui5-local.yaml', 'ui5.yaml']),
            fill(t, a=a, host=abap_host(r), user=r.choice(USERS), pw=yq(S('pw')), mandt=mandt(r)))


@tpl('sap-cf', 'basic-auth-password')
def p_yaml_gh_workflow_cf(r, S):
    a = app(r)
    pw = S('pw')
    t = """name: deploy-btp

on:
  push:
    branches: [ main ]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Install MBT and CF CLI
        run: |
          npm i -g mbt
          wget -q -O cf.deb "https://packages.cloudfoundry.org/stable?release=debian64&version=v8&source=github"
          sudo dpkg -i cf.deb
      - name: Build
        run: mbt build -t ./mta_archives
      - name: Deploy
        run: |
          cf login -a https://api.cf.@{reg}.hana.ondemand.com -u @{mail} -p '@{pw}' -o @{o}-dev -s dev
          cf deploy mta_archives/@{a}_1.0.0.mtar -f
"""
    return ('.github/workflows/deploy.yml', fill(t, reg=region(r), mail=r.choice(PEOPLE) + '@' + org(r) + '.com', pw=pw,
                                                 o=org(r), a=a))


@tpl('sap-hana', 'hana-password')
def p_yaml_helm_values(r, S):
    a = app(r)
    t = """global:
  domain: @{o}.kyma.ondemand.com
  imagePullSecret:
    name: docker-registry

srv:
  image:
    repository: ghcr.io/@{o}/@{a}-srv
    tag: "@{tag}"
  resources:
    limits:
      memory: 500M
  env:
    CDS_REQUIRES_DB_KIND: hana

hana:
  host: @{host}
  port: 443
  schema: @{sch}
  user: @{sch}_RT
  password: @{pw}
"""
    return (r.choice(['chart/values.yaml', 'helm/%s/values-dev.yaml' % a]),
            fill(t, o=org(r), a=a, tag='1.%d.%d' % (r.randint(0, 9), r.randint(0, 30)), host=hana_host(r),
                 sch=rs(r, '0123456789ABCDEF', 32), pw=yq(S('hana'))))


@tpl('sap-hana', 'hana-password')
def p_yaml_compose_hxe(r, S):
    pw = S('hana', 'notempty')
    t = """version: "3.8"
services:
  hxe:
    image: saplabs/hanaexpress:2.00.@{ver}
    hostname: hxehost
    ulimits:
      nofile: 1048576
    sysctls:
      - kernel.shmmax=1073741824
      - net.ipv4.ip_local_port_range=40000 60999
      - kernel.shmall=8388608
    ports:
      - "39013:39013"
      - "39017:39017"
      - "39041-39045:39041-39045"
    command:
      - --agree-to-sap-license
      - --master-password
      - "@{pw}"
    volumes:
      - hana-data:/hana/mounts
volumes:
  hana-data:
"""
    return (r.choice(['docker-compose.yml', 'dev/docker-compose.yaml']), fill(t, ver=r.choice(['061.00.20220519.1', '072.00.20231123.2', '061.00.20221020.1']), pw=pw))


@tpl('sap-abap', 'basic-auth-password')
def p_yaml_piper_gcts(r, S):
    t = """general:
  buildTool: "mta"
  productiveBranch: "main"
steps:
  gctsDeploy:
    host: "https://@{host}:44300"
    client: "@{mandt}"
    repository: "@{repo}"
    remoteRepositoryURL: "https://github.com/@{o}/@{repo}.git"
    role: "SOURCE"
    vSID: "@{sid}"
    username: "@{user}"
    password: "@{pw}"
  gctsExecuteABAPUnitTests:
    host: "https://@{host}:44300"
    client: "@{mandt}"
    repository: "@{repo}"
"""
    return ('.pipeline/config.yml',
            fill(t, host=abap_host(r), mandt=mandt(r), repo='abap-' + app(r), o=org(r), sid=sid(r), user=r.choice(USERS), pw=S('pw')))


# ================================================================ JavaScript / TypeScript
@tpl('sap-api-hub', 'api-key')
def p_js_axios_apikey(r, S):
    i = r.randrange(len(SERVICES))
    t = """'use strict';
const cds = require('@sap/cds');
const axios = require('axios');

const SANDBOX = 'https://sandbox.api.sap.com/s4hanacloud/sap/opu/odata/sap/@{svc}';

module.exports = cds.service.impl(async function () {
  this.on('READ', 'Remote@{short}', async (req) => {
    const top = req.query.SELECT.limit?.rows?.val ?? 20;
    const { data } = await axios.get(`${SANDBOX}/@{ent}?$top=${top}&$format=json`, {
      headers: { APIKey: '@{key}', Accept: 'application/json' },
      timeout: 15000,
    });
    return data.d.results;
  });
});
"""
    return ('srv/%s-service.js' % SERVICES[i].split('_')[1].lower(),
            fill(t, svc=SERVICES[i], ent=ENTITIES[i], short=ENTITIES[i][2:], key=S('apikey', 'jstpl')))


@tpl('sap-btp-xsuaa', 'oauth-client-secret')
def p_js_test_setup_vcap(r, S):
    a = app(r)
    t = """// jest global setup: fake the bindings so cds can start without cf
process.env.VCAP_SERVICES = JSON.stringify({
  xsuaa: [
    {
      label: 'xsuaa',
      name: '@{a}-uaa',
      tags: ['xsuaa'],
      credentials: {
        clientid: '@{cid}',
        clientsecret: '@{sec}',
        url: '@{uaa}',
        uaadomain: 'authentication.@{reg}.hana.ondemand.com',
        xsappname: '@{a}!t@{n}',
        identityzone: '@{o}-dev',
      },
    },
  ],
});
process.env.NODE_ENV = 'test';
module.exports = async () => {};
"""
    return (r.choice(['test/setup.js', 'test/jest.global-setup.js']),
            fill(t, a=a, cid=clientid(r, a), sec=S('secret', 'jstpl'), uaa=uaa_url(r), reg=region(r), n=str(r.randint(1000, 99999)), o=org(r)))


@tpl('sap-rfc', 'rfc-password')
def p_js_node_rfc(r, S):
    t = """const noderfc = require('node-rfc');

const abapSystem = {
  user: '@{user}',
  passwd: '@{pw}',
  ashost: '@{host}',
  sysnr: '@{nr}',
  client: '@{mandt}',
  lang: 'EN',
};

async function main() {
  const client = new noderfc.Client(abapSystem);
  await client.open();
  const result = await client.call('BAPI_USER_GET_DETAIL', { USERNAME: 'DEMO' });
  console.log(JSON.stringify(result.ADDRESS, null, 2));
  await client.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
"""
    return (r.choice(['scripts/rfc-check.js', 'tools/user-detail.js', 'index.js']),
            fill(t, user=r.choice(USERS), pw=S('pw', 'jstpl'), host=abap_host(r), nr=sysnr(r), mandt=mandt(r)))


@tpl('sap-cloud-sdk', 'basic-auth-password')
def p_ts_sdk_execute(r, S):
    t = """import { businessPartnerService } from './generated/business-partner-service';

const { businessPartnerApi } = businessPartnerService();

export async function getPartners(top = 10) {
  return businessPartnerApi
    .requestBuilder()
    .getAll()
    .top(top)
    .select(businessPartnerApi.schema.BUSINESS_PARTNER, businessPartnerApi.schema.LAST_NAME)
    .execute({
      url: '@{s4}',
      username: '@{user}',
      password: '@{pw}',
      sapClient: '@{mandt}',
    });
}
"""
    return (r.choice(['src/partners.ts', 'srv/lib/partners.ts']),
            fill(t, s4=s4_url(r), user=r.choice(USERS), pw=S('pw', 'jstpl'), mandt=mandt(r)))


@tpl('sap-cloud-sdk', 'oauth-client-secret')
def p_ts_sdk_oauth_dest(r, S):
    t = """import { executeHttpRequest } from '@sap-cloud-sdk/http-client';
import type { HttpDestination } from '@sap-cloud-sdk/connectivity';

const cpiDestination: HttpDestination = {
  name: 'cpi',
  url: 'https://@{o}-dev.it-cpi0@{n}-rt.cfapps.@{reg}.hana.ondemand.com',
  authentication: 'OAuth2ClientCredentials',
  clientId: '@{cid}',
  clientSecret: '@{sec}',
  tokenServiceUrl: '@{uaa}/oauth/token',
};

export async function postOrder(order: unknown) {
  const res = await executeHttpRequest(cpiDestination, { method: 'post', url: '/http/orders', data: order });
  return res.status;
}
"""
    return ('srv/integration/cpi-client.ts',
            fill(t, o=org(r), n=str(r.randint(1, 9)), reg=region(r),
                 cid='sb-' + ruuid(r) + '!b' + str(r.randint(1000, 99999)) + '|it-rt-' + org(r) + '!b196',
                 sec=S('secret', 'jstpl'), uaa=uaa_url(r)))


@tpl('sap-btp-xsuaa', 'oauth-client-secret')
def p_js_buffer_basic(r, S):
    a = app(r)
    t = """const https = require('https');
const querystring = require('querystring');

const CLIENT_ID = '@{cid}';
const TOKEN_HOST = '@{host}';

function fetchToken() {
  const auth = Buffer.from(CLIENT_ID + ':' + '@{sec}').toString('base64');
  const body = querystring.stringify({ grant_type: 'client_credentials' });
  return new Promise((resolve, reject) => {
    const req = https.request(
      { host: TOKEN_HOST, path: '/oauth/token', method: 'POST',
        headers: { Authorization: 'Basic ' + auth, 'Content-Type': 'application/x-www-form-urlencoded' } },
      (res) => {
        let buf = '';
        res.on('data', (c) => (buf += c));
        res.on('end', () => resolve(JSON.parse(buf).access_token));
      });
    req.on('error', reject);
    req.end(body);
  });
}

module.exports = { fetchToken };
"""
    return (r.choice(['lib/token.js', 'scripts/get-token.js']),
            fill(t, cid=clientid(r, a), host=uaa_url(r).replace('https://', ''), sec=S('secret', 'jstpl')))


@tpl('sap-hana', 'hana-password')
def p_js_hana_client(r, S):
    t = """const hana = require('@sap/hana-client');

const conn = hana.createConnection();
const params = {
  serverNode: '@{host}:443',
  uid: '@{u}',
  pwd: '@{pw}',
  encrypt: 'true',
  sslValidateCertificate: 'true',
};

conn.connect(params, (err) => {
  if (err) throw err;
  conn.exec('SELECT CURRENT_USER, CURRENT_SCHEMA FROM DUMMY', (e, rows) => {
    if (e) throw e;
    console.table(rows);
    conn.disconnect();
  });
});
"""
    return (r.choice(['scripts/hana-ping.js', 'db/check.js']), fill(t, host=hana_host(r), u=r.choice(DBUSERS), pw=S('hana', 'jstpl')))


@tpl('sap-hana', 'connection-string-password')
def p_ts_hana_url(r, S):
    t = """import { Pool } from './pool';

// Reporting job: reads replicated tables from the on-prem HANA (SDA source)
export const REPORTING_DB = 'hana://@{u}:@{pw}@@{host}:30015/?databaseName=@{db}';

export const pool = new Pool(REPORTING_DB, { min: 1, max: 4, idleTimeoutMillis: 30000 });
"""
    return ('src/reporting/db.ts', fill(t, u=r.choice(DBUSERS), pw=S('hana', 'url'), host=abap_host(r), db=sid(r)))


# ================================================================ Java / JCo
@tpl('sap-jco', 'jco-password')
def p_jco_destination_file(r, S):
    s = sid(r)
    t = """#for tests only !
#@{date}
jco.client.lang=en
jco.destination.peak_limit=10
jco.client.client=@{mandt}
jco.client.passwd=@{pw}
jco.client.user=@{user}
jco.client.sysnr=@{nr}
jco.destination.pool_capacity=3
jco.client.ashost=@{host}
"""
    return (r.choice(['ABAP_AS_WITH_POOL.jcoDestination', '%s_%s.jcoDestination' % (s, mandt(r)),
                      'src/main/resources/%s.jcoDestination' % s]),
            fill(t, date=r.choice(['Mon Mar 04 10:12:51 CET 2024', 'Tue Oct 17 08:02:11 CEST 2023', 'Fri Jan 12 16:40:03 CET 2024']),
                 mandt=mandt(r), pw=S('pw'), user=r.choice(USERS), nr=sysnr(r), host=abap_host(r)))


@tpl('sap-jco', 'jco-password')
def p_java_jco_provider(r, S):
    t = """package com.@{o}.sap.jco;

import java.util.Properties;

import com.sap.conn.jco.ext.DestinationDataEventListener;
import com.sap.conn.jco.ext.DestinationDataProvider;

public class InMemoryDestinationProvider implements DestinationDataProvider {

    static final String DEST = "@{sid}_RFC";

    @Override
    public Properties getDestinationProperties(String destinationName) {
        if (!DEST.equals(destinationName)) {
            return null;
        }
        Properties props = new Properties();
        props.setProperty(DestinationDataProvider.JCO_ASHOST, "@{host}");
        props.setProperty(DestinationDataProvider.JCO_SYSNR, "@{nr}");
        props.setProperty(DestinationDataProvider.JCO_CLIENT, "@{mandt}");
        props.setProperty(DestinationDataProvider.JCO_USER, "@{user}");
        props.setProperty(DestinationDataProvider.JCO_PASSWD, "@{pw}");
        props.setProperty(DestinationDataProvider.JCO_LANG, "en");
        props.setProperty(DestinationDataProvider.JCO_POOL_CAPACITY, "5");
        return props;
    }

    @Override
    public boolean supportsEvents() {
        return false;
    }

    @Override
    public void setDestinationDataEventListener(DestinationDataEventListener listener) {
    }
}
"""
    return ('src/main/java/com/%s/sap/jco/InMemoryDestinationProvider.java' % org(r),
            fill(t, o=org(r), sid=sid(r), host=abap_host(r), nr=sysnr(r), mandt=mandt(r), user=r.choice(USERS), pw=S('pw')))


@tpl('sap-cloud-sdk', 'basic-auth-password')
def p_java_sdk_basic(r, S):
    t = """package com.@{o}.@{pkg}.config;

import com.sap.cloud.sdk.cloudplatform.connectivity.DefaultHttpDestination;
import com.sap.cloud.sdk.cloudplatform.connectivity.HttpDestination;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
@Profile("local")
public class LocalDestinationConfig {

    @Bean
    public HttpDestination s4Destination() {
        return DefaultHttpDestination.builder("@{s4}")
            .name("S4HANA")
            .basicCredentials("@{user}", "@{pw}")
            .header("sap-client", "@{mandt}")
            .build();
    }
}
"""
    p = app(r).replace('-', '')
    return ('src/main/java/com/%s/%s/config/LocalDestinationConfig.java' % (org(r), p),
            fill(t, o=org(r), pkg=p, s4=s4_url(r), user=r.choice(USERS), pw=S('pw'), mandt=mandt(r)))


@tpl('sap-api-hub', 'api-key')
def p_java_sdk_header(r, S):
    t = """package com.@{o}.sandbox;

import com.sap.cloud.sdk.cloudplatform.connectivity.DefaultHttpDestination;
import com.sap.cloud.sdk.datamodel.odata.generated.businesspartner.BusinessPartner;
import com.sap.cloud.sdk.datamodel.odata.generated.businesspartner.services.DefaultBusinessPartnerService;

import java.util.List;

public final class SandboxClient {

    private static final DefaultHttpDestination SANDBOX = DefaultHttpDestination
        .builder("https://sandbox.api.sap.com/s4hanacloud")
        .header("APIKey", "@{key}")
        .build();

    public List<BusinessPartner> firstPartners(int n) {
        return new DefaultBusinessPartnerService()
            .getAllBusinessPartner()
            .top(n)
            .executeRequest(SANDBOX);
    }
}
"""
    return ('src/main/java/com/%s/sandbox/SandboxClient.java' % org(r), fill(t, o=org(r), key=S('apikey')))


@tpl('sap-hana', 'hana-password')
def p_java_jdbc(r, S):
    t = """package com.@{o}.etl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

public class HanaExtract {

    public static void main(String[] args) throws SQLException {
        String url = "jdbc:sap://@{host}:@{port}/?databaseName=@{db}&encrypt=true";
        try (Connection c = DriverManager.getConnection(url, "@{u}", "@{pw}");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TOP 100 * FROM \\"SAPHANADB\\".\\"MARA\\"")) {
            while (rs.next()) {
                System.out.println(rs.getString("MATNR"));
            }
        }
    }
}
"""
    return ('src/main/java/com/%s/etl/HanaExtract.java' % org(r),
            fill(t, o=org(r), host=abap_host(r), port=r.choice(['30015', '30041', '30013']), db=sid(r), u=r.choice(DBUSERS), pw=S('hana')))


@tpl('sap-btp-xsuaa', 'oauth-client-secret')
def p_java_security_config(r, S):
    a = app(r)
    t = """package com.@{o}.@{p};

import com.sap.cloud.security.config.OAuth2ServiceConfiguration;
import com.sap.cloud.security.config.OAuth2ServiceConfigurationBuilder;
import com.sap.cloud.security.config.Service;

class XsuaaTestConfig {

    static OAuth2ServiceConfiguration configuration() {
        return OAuth2ServiceConfigurationBuilder.forService(Service.XSUAA)
            .withClientId("@{cid}")
            .withClientSecret("@{sec}")
            .withUrl("@{uaa}")
            .withProperty("uaadomain", "authentication.@{reg}.hana.ondemand.com")
            .withProperty("xsappname", "@{a}!t@{n}")
            .build();
    }
}
"""
    p = a.replace('-', '')
    return ('src/test/java/com/%s/%s/XsuaaTestConfig.java' % (org(r), p),
            fill(t, o=org(r), p=p, cid=clientid(r, a), sec=S('secret'), uaa=uaa_url(r), reg=region(r), a=a, n=str(r.randint(1000, 99999))))


@tpl('sap-hana', 'hana-password')
def p_xml_tomcat_context(r, S):
    t = """<?xml version="1.0" encoding="UTF-8"?>
<Context>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
    <Resource name="jdbc/DefaultDB"
              auth="Container"
              type="javax.sql.DataSource"
              driverClassName="com.sap.db.jdbc.Driver"
              url="jdbc:sap://@{host}:@{port}/?currentschema=@{sch}"
              username="@{u}"
              password="@{pw}"
              maxTotal="20"
              maxIdle="5"
              validationQuery="SELECT 1 FROM DUMMY"/>
</Context>
"""
    return (r.choice(['src/main/webapp/META-INF/context.xml', 'META-INF/context.xml']),
            fill(t, host=abap_host(r), port=r.choice(['30015', '30041']), sch=r.choice(['APP', 'SAPHANADB', 'REPORTING']), u=r.choice(DBUSERS), pw=S('hana')))


# ================================================================ Python
@tpl('sap-rfc', 'rfc-password')
def p_py_pyrfc(r, S):
    t = """#!/usr/bin/env python3
\"\"\"Pull open purchase orders from @{sid} and dump them as CSV.\"\"\"
import csv
import sys

from pyrfc import Connection, ABAPApplicationError, CommunicationError, LogonError

conn = Connection(
    ashost="@{host}",
    sysnr="@{nr}",
    client="@{mandt}",
    user="@{user}",
    passwd="@{pw}",
    lang="EN",
)


def main(out):
    try:
        result = conn.call("BAPI_PO_GETITEMS", PURCHASEORDER="4500000123")
    except (ABAPApplicationError, CommunicationError, LogonError) as exc:
        print(exc, file=sys.stderr)
        return 1
    writer = csv.writer(out)
    for item in result["PO_ITEMS"]:
        writer.writerow([item["PO_ITEM"], item["MATERIAL"], item["QUANTITY"]])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.stdout))
"""
    return (r.choice(['scripts/po_export.py', 'etl/extract_po.py', 'rfc_dump.py']),
            fill(t, sid=sid(r), host=abap_host(r), nr=sysnr(r), mandt=mandt(r), user=r.choice(USERS), pw=S('pw')))


@tpl('sap-rfc', 'rfc-password')
def p_py_pyrfc_positional_dict(r, S):
    t = """from pyrfc import Connection

SYSTEMS = {
    "@{s1}": dict(ashost="@{h1}", sysnr="@{n1}", client="@{m1}", user="@{u}", passwd="@{pw}"),
    "@{s2}": dict(mshost="@{h2}", msserv="36@{n2}", sysid="@{s2}", group="PUBLIC", client="@{m2}",
                  snc_partnername="p:CN=@{s2}, O=@{O}, C=DE", snc_qop="9"),
}


def connect(system):
    return Connection(**SYSTEMS[system])
"""
    s1, s2 = r.sample(SIDS, 2)
    return (r.choice(['sap_tools/systems.py', 'config/systems.py']),
            fill(t, s1=s1, s2=s2, h1=abap_host(r), h2=abap_host(r), n1=sysnr(r), n2=sysnr(r), m1=mandt(r), m2=mandt(r),
                 u=r.choice(USERS), pw=S('pw'), O=org(r).title()))


@tpl('sap-hana', 'hana-password')
def p_py_hdbcli(r, S):
    t = """import os

from hdbcli import dbapi
import pandas as pd

conn = dbapi.connect(
    address="@{host}",
    port=443,
    user="@{u}",
    password="@{pw}",
    encrypt=True,
    sslValidateCertificate=True,
)

df = pd.read_sql("SELECT * FROM \\"SALES\\".\\"ORDERS\\" WHERE CREATED_AT > ADD_DAYS(CURRENT_DATE, -7)", conn)
df.to_parquet(os.path.join("out", "orders.parquet"))
conn.close()
"""
    return (r.choice(['notebooks/extract_orders.py', 'jobs/weekly_orders.py']), fill(t, host=hana_host(r), u=r.choice(DBUSERS), pw=S('hana')))


@tpl('sap-api-hub', 'api-key')
def p_py_requests_apikey(r, S):
    i = r.randrange(len(SERVICES))
    t = """import requests

BASE = "https://sandbox.api.sap.com/s4hanacloud/sap/opu/odata/sap/@{svc}"
HEADERS = {
    "APIKey": "@{key}",
    "Accept": "application/json",
}


def fetch(top=25):
    resp = requests.get(f"{BASE}/@{ent}", params={"$top": top, "$format": "json"}, headers=HEADERS, timeout=30)
    resp.raise_for_status()
    return resp.json()["d"]["results"]


if __name__ == "__main__":
    for row in fetch():
        print(row.get("@{field}"))
"""
    return (r.choice(['sandbox_client.py', 'tools/apihub.py']),
            fill(t, svc=SERVICES[i], ent=ENTITIES[i], key=S('apikey'), field=r.choice(['BusinessPartner', 'SalesOrder', 'Product'])))


@tpl('sap-btp-xsuaa', 'oauth-client-secret')
def p_py_token_tuple(r, S):
    a = app(r)
    t = """import requests

TOKEN_URL = "@{uaa}/oauth/token"


def get_token():
    r = requests.post(
        TOKEN_URL,
        auth=("@{cid}", "@{sec}"),
        data={"grant_type": "client_credentials"},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["access_token"]
"""
    return (r.choice(['btp/auth.py', 'client/token.py']), fill(t, uaa=uaa_url(r), cid=clientid(r, a), sec=S('secret')))


@tpl('sap-rfc', 'rfc-password')
def p_py_settings(r, S):
    t = """# Django settings for the SAP bridge service
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["bridge.@{o}.internal"]

SAP_RFC_ASHOST = "@{host}"
SAP_RFC_SYSNR = "@{nr}"
SAP_RFC_CLIENT = "@{mandt}"
SAP_RFC_USER = "@{user}"
SAP_RFC_PASSWORD = "@{pw}"

CELERY_BROKER_URL = "redis://redis:6379/0"
LANGUAGE_CODE = "en-us"
TIME_ZONE = "Europe/Berlin"
"""
    return ('bridge/settings.py', fill(t, o=org(r), host=abap_host(r), nr=sysnr(r), mandt=mandt(r), user=r.choice(USERS), pw=S('pw')))


@tpl('sap-hana', 'connection-string-password')
def p_py_sqlalchemy(r, S):
    t = """from sqlalchemy import create_engine, text

engine = create_engine(
    "hana+hdbcli://@{u}:@{pw}@@{host}:443/?encrypt=true",
    pool_pre_ping=True,
)

with engine.connect() as conn:
    print(conn.execute(text("SELECT CURRENT_TIMESTAMP FROM DUMMY")).scalar())
"""
    return (r.choice(['db.py', 'app/db.py']), fill(t, u=r.choice(DBUSERS), pw=S('hana', 'url'), host=hana_host(r)))


# ================================================================ properties / ini
@tpl('sap-commerce', 'hana-password')
def p_props_commerce_db(r, S):
    t = """# local.properties for the @{o} storefront
db.url=jdbc:sap://@{host}:30015/?reconnect=true&databaseName=@{db}
db.driver=com.sap.db.jdbc.Driver
db.username=@{u}
db.password=@{pw}
db.tableprefix=
db.customsessionsql=

tomcat.http.port=9001
tomcat.ssl.port=9002
storefrontContextRoot=/@{o}storefront
website.@{o}.http=http://@{o}.local:9001/@{o}storefront
build.parallel=true
"""
    return (r.choice(['config/local.properties', 'hybris/config/local.properties', 'core-customize/hybris/config/local-dev.properties']),
            fill(t, o=org(r), host=abap_host(r), db=sid(r), u=r.choice(DBUSERS), pw=S('hana')))


@tpl('sap-commerce', 'admin-password')
def p_props_commerce_admin(r, S):
    t = """# environment specific settings (dev)
initialpassword.admin=@{pw}
hac.webroot=/hac
backoffice.webroot=/backoffice
solr.config.Default.urls=http://localhost:8983/solr
mail.smtp.server=mailhog
mail.smtp.port=1025
cronjob.timertask.loadonstartup=false
"""
    return (r.choice(['hybris/config/local.properties', 'config/local-dev.properties']), fill(t, pw=S('admin')))


@tpl('sap-api-hub', 'api-key')
def p_props_spring(r, S):
    t = """spring.application.name=@{a}
server.port=8080
logging.level.com.sap.cloud.sdk=INFO

s4.sandbox.url=https://sandbox.api.sap.com/s4hanacloud
s4.sandbox.apikey=@{key}
s4.sandbox.timeout-ms=20000
"""
    return ('src/main/resources/application%s.properties' % r.choice(['', '-local', '-sandbox']), fill(t, a=app(r), key=S('apikey')))


@tpl('sap-hana', 'hana-password')
def p_props_spring_datasource(r, S):
    t = """spring.datasource.url=jdbc:sap://@{host}:443?encrypt=true&validateCertificate=true&currentschema=@{sch}
spring.datasource.driver-class-name=com.sap.db.jdbc.Driver
spring.datasource.username=@{u}
spring.datasource.password=@{pw}
spring.jpa.database-platform=org.hibernate.dialect.HANAColumnStoreDialect
spring.jpa.hibernate.ddl-auto=validate
"""
    return ('src/main/resources/application-hana.properties',
            fill(t, host=hana_host(r), sch=rs(r, '0123456789ABCDEF', 32), u=r.choice(DBUSERS), pw=S('hana')))


@tpl('sap-jco', 'jco-password')
def p_props_connector(r, S):
    t = """# SAP connector (JCo) settings used by the integration service
sap.jco.ashost=@{host}
sap.jco.sysnr=@{nr}
sap.jco.client=@{mandt}
sap.jco.user=@{user}
sap.jco.passwd=@{pw}
sap.jco.lang=EN
sap.jco.pool.capacity=5
sap.jco.peak.limit=10
"""
    return (r.choice(['conf/sap-connector.properties', 'src/main/resources/jco.properties']),
            fill(t, host=abap_host(r), nr=sysnr(r), mandt=mandt(r), user=r.choice(USERS), pw=S('pw')))


@tpl('sap-rfc', 'rfc-password')
def p_ini_sapnwrfc(r, S):
    s1, s2 = r.sample(SIDS, 2)
    t = """DEST=@{s1}
ASHOST=@{h1}
SYSNR=@{n1}
CLIENT=@{m1}
USER=@{u}
PASSWD=@{pw}
LANG=EN
TRACE=0

DEST=@{s2}
MSHOST=@{h2}
SYSID=@{s2}
GROUP=PUBLIC
CLIENT=@{m2}
SNC_QOP=9
SNC_PARTNERNAME=p:CN=@{s2}, O=@{O}, C=DE
SNC_LIB=/usr/sap/sapcrypto/libsapcrypto.so
"""
    return (r.choice(['sapnwrfc.ini', 'rfc/sapnwrfc.ini']),
            fill(t, s1=s1, s2=s2, h1=abap_host(r), h2=abap_host(r), n1=sysnr(r), m1=mandt(r), m2=mandt(r),
                 u=r.choice(USERS), pw=S('pw'), O=org(r).title()))


@tpl('sap-rfc', 'rfc-password')
def p_ini_pyrfc_cfg(r, S):
    t = """[connection]
ashost = @{host}
sysnr = @{nr}
client = @{mandt}
user = @{user}
passwd = @{pw}
lang = EN

[export]
target_dir = ./out
tables = T001, T001W, MARA
"""
    return (r.choice(['sapnwrfc.cfg', 'config/rfc.cfg', 'conn.cfg']),
            fill(t, host=abap_host(r), nr=sysnr(r), mandt=mandt(r), user=r.choice(USERS), pw=S('pw')))


@tpl('sap-hana', 'hana-password')
def p_ini_hana(r, S):
    t = """[general]
log_level = INFO
batch_size = 5000

[hana]
host = @{host}
port = 443
user = @{u}
password = @{pw}
encrypt = true

[s3]
bucket = @{o}-datalake-raw
prefix = sap/hana/
"""
    return (r.choice(['config/loader.ini', 'etl.ini']), fill(t, host=hana_host(r), u=r.choice(DBUSERS), pw=S('hana'), o=org(r)))


# ================================================================ shell / Dockerfile / .env
@tpl('sap-hana', 'hana-password')
def p_sh_hdbuserstore(r, S):
    t = """#!/bin/bash
# Prepare secure user store entries for the backup jobs on @{sid}
set -euo pipefail

export PATH=$PATH:/usr/sap/hdbclient

hdbuserstore SET BACKUP @{host}:3@{nr}13@SYSTEMDB @{u} '@{pw}'
hdbuserstore LIST BACKUP

echo "user store key BACKUP created for $(whoami)"
"""
    return (r.choice(['scripts/setup-userstore.sh', 'ops/hana/userstore.sh']),
            fill(t, sid=sid(r), host=abap_host(r).split('.')[0], nr=sysnr(r), u=r.choice(['BACKUP_OPERATOR', 'SYSTEM', 'DBADMIN']), pw=S('hana')))


@tpl('sap-hana', 'hana-password')
def p_sh_hdbsql(r, S):
    t = """#!/usr/bin/env bash
# nightly row counts for the monitoring dashboard
set -e
OUT=/var/tmp/rowcounts_$(date +%F).csv
hdbsql -i @{nr} -n @{host}:3@{nr}15 -d @{db} -u @{u} -p '@{pw}' -x -a -C \\
  "SELECT SCHEMA_NAME, TABLE_NAME, RECORD_COUNT FROM M_TABLES WHERE SCHEMA_NAME = 'SAPHANADB' ORDER BY RECORD_COUNT DESC LIMIT 50" > "$OUT"
gzip -f "$OUT"
"""
    return (r.choice(['cron/rowcounts.sh', 'scripts/hana_rowcounts.sh']),
            fill(t, nr=sysnr(r), host=abap_host(r), db=sid(r), u=r.choice(DBUSERS), pw=S('hana')))


@tpl('sap-cf', 'basic-auth-password')
def p_sh_cf_login(r, S):
    a = app(r)
    t = """#!/bin/sh
# deploy helper - usage: ./deploy.sh [space]
SPACE=${1:-dev}
cf login -a https://api.cf.@{reg}.hana.ondemand.com -u @{mail} -p '@{pw}' -o @{o} -s "$SPACE"
mbt build -t mta_archives
cf deploy mta_archives/@{a}_$(node -p "require('./package.json').version").mtar -f
"""
    return ('deploy.sh', fill(t, reg=region(r), mail=r.choice(PEOPLE) + '@' + org(r) + '.com', pw=S('pw'), o=org(r) + '-' + r.choice(['dev', 'btp', 'cf']), a=a))


@tpl('sap-api-hub', 'api-key')
def p_sh_curl_apikey(r, S):
    i = r.randrange(len(SERVICES))
    t = """#!/usr/bin/env bash
# smoke test against the API Hub sandbox
curl -sS --fail \\
  -H 'APIKey: @{key}' \\
  -H 'Accept: application/json' \\
  "https://sandbox.api.sap.com/s4hanacloud/sap/opu/odata/sap/@{svc}/@{ent}?\\$top=3" | jq '.d.results[] | keys'
"""
    return (r.choice(['scripts/smoke-sandbox.sh', 'test/smoke.sh']), fill(t, key=S('apikey'), svc=SERVICES[i], ent=ENTITIES[i]))


@tpl('sap-btp-xsuaa', 'oauth-client-secret')
def p_sh_curl_token(r, S):
    a = app(r)
    t = """#!/bin/bash
# fetch a technical token and call the CAP service
TOKEN=$(curl -s -X POST '@{uaa}/oauth/token' \\
  -u '@{cid}:@{sec}' \\
  -d 'grant_type=client_credentials' | jq -r .access_token)

curl -s -H "Authorization: Bearer $TOKEN" "https://@{a}-srv.cfapps.@{reg}.hana.ondemand.com/odata/v4/catalog/Books?\\$top=5"
"""
    return (r.choice(['scripts/call-service.sh', 'http/token.sh']),
            fill(t, uaa=uaa_url(r), cid=clientid(r, a), sec=S('secret'), a=a, reg=region(r)))


@tpl('sap-api-hub', 'api-key')
def p_dockerfile_env(r, S):
    t = """FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ENV NODE_ENV=production \\
    PORT=4004 \\
    SANDBOX_APIKEY=@{key}
EXPOSE 4004
USER node
CMD ["npx", "cds-serve"]
"""
    return (r.choice(['Dockerfile', 'srv/Dockerfile']), fill(t, key=S('apikey')))


@tpl('sap-fiori', 'basic-auth-password')
def p_env_fiori_deploy(r, S):
    t = """# credentials for `npm run deploy` (fiori deploy / deploy-to-abap)
XYZ_USER=@{user}
XYZ_PASSWORD=@{pw}
FIORI_TOOLS_PROXY_TARGET=https://@{host}:44300
"""
    path = '.env'
    if S.neg:
        path = '.env.example'
    return (path, fill(t, user=r.choice(PEOPLE).upper().replace('.', '_'), pw=S('pw'), host=abap_host(r)))


@tpl('sap-fiori', 'basic-auth-password')
def p_properties_fiori_env(r, S):
    t = """# Loaded by ui5-middleware-simpleproxy via dotenv (file is renamed on purpose)
UI5_MIDDLEWARE_SIMPLE_PROXY_BASEURI=https://@{host}:44300/sap/opu/odata
UI5_MIDDLEWARE_SIMPLE_PROXY_USERNAME=@{user}
UI5_MIDDLEWARE_SIMPLE_PROXY_PASSWORD=@{pw}
UI5_MIDDLEWARE_SIMPLE_PROXY_STRICT_SSL=false
"""
    return (r.choice(['proxy.env.properties', 'config/proxy.properties']), fill(t, host=abap_host(r), user=r.choice(USERS), pw=S('pw')))


# ================================================================ Markdown / SQL / PEM
@tpl('sap-btp-xsuaa', 'oauth-client-secret')
def p_md_service_key(r, S):
    a = app(r)
    t = """# Local setup

1. Log on to Cloud Foundry and target the dev space.
2. Create a service key for the xsuaa instance:

```bash
cf create-service-key @{a}-uaa local-key
cf service-key @{a}-uaa local-key
```

The output we use for local testing:

```json
{
  "clientid": "@{cid}",
  "clientsecret": "@{sec}",
  "url": "@{uaa}",
  "xsappname": "@{a}!t@{n}"
}
```

3. Run `cds watch --profile hybrid`.
"""
    return (r.choice(['docs/local-setup.md', 'README.md', 'docs/btp.md']),
            fill(t, a=a, cid=clientid(r, a), sec=S('secret'), uaa=uaa_url(r), n=str(r.randint(1000, 99999))))


@tpl('sap-hana', 'hana-password')
def p_md_hdbsql(r, S):
    t = """## Checking the replication target

Connect with hdbsql from the jump host:

```sh
hdbsql -n @{host}:3@{nr}15 -u @{u} -p @{pw} -d @{db}
```

Then verify the SLT schema:

```sql
SELECT COUNT(*) FROM "SLT_@{db}"."MARA";
```
"""
    return (r.choice(['docs/operations.md', 'RUNBOOK.md']), fill(t, host=abap_host(r), nr=sysnr(r), u=r.choice(DBUSERS), pw=S('hana'), db=sid(r)))


@tpl('sap-rfc', 'rfc-password')
def p_md_table(r, S):
    s1, s2, s3 = r.sample(SIDS, 3)
    t = """# SAP landscape

| System | Host | Sysnr | Client | RFC user | Password |
|--------|------|-------|--------|----------|----------|
| @{s1} | @{h1} | @{n1} | @{m1} | @{u} | @{pw} |
| @{s2} | @{h2} | @{n2} | @{m2} | (SNC) | - |
| @{s3} | @{h3} | @{n3} | @{m3} | (SSO) | - |

Transports go @{s1} -> @{s2} -> @{s3}.
"""
    return ('docs/landscape.md', fill(t, s1=s1, s2=s2, s3=s3, h1=abap_host(r), h2=abap_host(r), h3=abap_host(r),
                                      n1=sysnr(r), n2=sysnr(r), n3=sysnr(r), m1=mandt(r), m2=mandt(r), m3=mandt(r),
                                      u=r.choice(USERS), pw=S('pw', 'notempty')))


@tpl('sap-hana', 'hana-password')
def p_sql_create_user(r, S):
    u = r.choice(DBUSERS)
    t = """-- technical user for the reporting tool
CREATE USER @{u} PASSWORD "@{pw}" NO FORCE_FIRST_PASSWORD_CHANGE;
ALTER USER @{u} DISABLE PASSWORD LIFETIME;
GRANT SELECT ON SCHEMA REPORTING TO @{u};
GRANT CATALOG READ TO @{u};
"""
    return (r.choice(['db/admin/create_users.sql', 'sql/001_tech_user.sql']), fill(t, u=u, pw=S('hana', 'notempty')))


@tpl('sap-destination', 'private-key')
def p_pem_client_key(r, S):
    body = S.pem('lines')
    t = '-----BEGIN PRIVATE KEY-----\n' + '\n'.join(body) + '\n-----END PRIVATE KEY-----\n'
    return (r.choice(['srv/certs/client-key.pem', 'certs/s4-mtls.key.pem']), t)


@tpl('sap-cap', 'basic-auth-password')
def p_http_rest_client(r, S):
    t = """### read business partners from the dev backend
GET @{s4}/sap/opu/odata/sap/API_BUSINESS_PARTNER/A_BusinessPartner?$top=5&sap-client=@{mandt}
Accept: application/json
Authorization: Basic @{user}:@{pw}

### metadata
GET @{s4}/sap/opu/odata/sap/API_BUSINESS_PARTNER/$metadata
"""
    return (r.choice(['test/requests.http', 'http/bp.http']), fill(t, s4=s4_url(r), mandt=mandt(r), user=r.choice(USERS), pw=S('pw')))


# ================================================================ look-alike negatives
NEG = []


def neg(kind, provider='sap'):
    def deco(f):
        NEG.append((f, provider, kind))
        return f
    return deco


@neg('xsuaa-config', 'sap-btp-xsuaa')
def n_xs_security(r):
    a = app(r)
    d = {'xsappname': a, 'tenant-mode': r.choice(['dedicated', 'shared']),
         'scopes': [{'name': '$XSAPPNAME.Admin', 'description': 'Admin'}, {'name': '$XSAPPNAME.Viewer', 'description': 'Viewer'}],
         'attributes': [{'name': 'CompanyCode', 'valueType': 'string'}],
         'role-templates': [{'name': 'Admin', 'scope-references': ['$XSAPPNAME.Admin'], 'attribute-references': ['CompanyCode']},
                            {'name': 'Viewer', 'scope-references': ['$XSAPPNAME.Viewer']}],
         'oauth2-configuration': {'redirect-uris': ['https://*.cfapps.%s.hana.ondemand.com/**' % region(r)],
                                  'token-validity': 3600, 'credential-types': ['binding-secret', 'x509']}}
    return ('xs-security.json', jdump(d))


@neg('xsuaa-clientid', 'sap-btp-xsuaa')
def n_public_binding(r):
    a = app(r)
    d = {'VCAP_SERVICES': {'xsuaa': [{'label': 'xsuaa', 'plan': 'application', 'name': a + '-uaa',
                                      'credentials': {'clientid': clientid(r, a), 'xsappname': '%s!t%d' % (a, r.randint(1000, 99999)),
                                                      'url': uaa_url(r), 'uaadomain': 'authentication.%s.hana.ondemand.com' % region(r),
                                                      'identityzoneid': ruuid(r), 'tenantid': ruuid(r),
                                                      'credential-type': 'x509', 'certurl': uaa_url(r).replace('authentication.', 'authentication.cert.')}}]}}
    return (r.choice(['test/fixtures/vcap-public.json', 'default-env.example.json']), jdump(d))


@neg('transport-numbers', 'sap-abap')
def n_abap_messages(r):
    cls = ident(r)
    tr = sid(r) + 'K9' + '%05d' % r.randint(0, 99999)
    t = """*----------------------------------------------------------------------*
* Changes:  @{tr}  @{d}  initial version
*           @{tr2}  @{d}  note @{note} applied
*----------------------------------------------------------------------*
CLASS @{lc} IMPLEMENTATION.
  METHOD validate.
    IF is_header-bukrs IS INITIAL.
      MESSAGE e001(@{msg}) WITH is_header-belnr INTO DATA(lv_dummy).
      RAISE EXCEPTION TYPE zcx_validation.
    ENDIF.
    IF is_header-waers <> 'EUR'.
      MESSAGE w014(@{msg}) WITH is_header-waers.
    ENDIF.
  ENDMETHOD.
ENDCLASS.
"""
    return ('src/%s.clas.locals_imp.abap' % cls.lower(),
            fill(t, lc=cls.lower(), tr=tr, tr2=sid(r) + 'K9' + '%05d' % r.randint(0, 99999), d='2024-0%d-1%d' % (r.randint(1, 9), r.randint(0, 9)),
                 note=str(r.randint(2000000, 3400000)), msg='Z' + r.choice(['FI', 'MM', 'SD']) + '_MSG'))


@neg('abapgit-metadata', 'sap-abap')
def n_abapgit_xml(r):
    cls = ident(r)
    t = """<?xml version="1.0" encoding="utf-8"?>
<abapGit version="v1.0.0" serializer="LCL_OBJECT_CLAS" serializer_version="v1.0.0">
 <asx:abap xmlns:asx="http://www.sap.com/abapxml" version="1.0">
  <asx:values>
   <VSEOCLASS>
    <CLSNAME>@{c}</CLSNAME>
    <LANGU>E</LANGU>
    <DESCRIPT>@{desc}</DESCRIPT>
    <STATE>1</STATE>
    <CLSCCINCL>X</CLSCCINCL>
    <FIXPT>X</FIXPT>
    <UNICODE>X</UNICODE>
   </VSEOCLASS>
   <DESCRIPTIONS>
    <SEOCOMPOTX>
     <CMPNAME>PASSWORD</CMPNAME>
     <LANGU>E</LANGU>
     <DESCRIPT>Logon password (read from SSF store)</DESCRIPT>
    </SEOCOMPOTX>
   </DESCRIPTIONS>
  </asx:values>
 </asx:abap>
</abapGit>
"""
    return ('src/%s.clas.xml' % cls.lower(), fill(t, c=cls, desc=r.choice(['HTTP client for S/4 APIs', 'Connector to middleware', 'Token helper'])))


@neg('password-hash', 'sap-abap')
def n_usr02_extract(r):
    rows = ['MANDT,BNAME,USTYP,CLASS,GLTGV,GLTGB,PWDSALTEDHASH,PWDCHGDATE']
    for _ in range(r.randint(6, 14)):
        h = base64.b64encode(rbytes(r, 36)).decode()
        rows.append('%s,%s,%s,%s,20230101,99991231,{x-issha, %d}%s,2024%02d%02d' % (
            mandt(r), r.choice(USERS + ['JDOE', 'MMUSTER', 'ASMITH', 'TKOWALSKI']), r.choice('ABS'), r.choice(['SUPER', 'TECH', '']),
            r.choice([1024, 1024, 5000]), h, r.randint(1, 12), r.randint(1, 28)))
    return (r.choice(['audit/usr02_extract.csv', 'data/usr02_%s.csv' % sid(r).lower()]), '\n'.join(rows) + '\n')


@neg('guid', 'sap-abap')
def n_abap_guids(r):
    t = """INTERFACE zif_@{n}_c PUBLIC.
  CONSTANTS:
    BEGIN OF sc_node,
      root      TYPE /bobf/obm_node_key VALUE '@{g1}',
      item      TYPE /bobf/obm_node_key VALUE '@{g2}',
      root_text TYPE /bobf/obm_node_key VALUE '@{g3}',
    END OF sc_node,
    BEGIN OF sc_action,
      release   TYPE /bobf/act_key VALUE '@{g4}',
    END OF sc_action,
    sc_bo_key   TYPE /bobf/obm_bo_key VALUE '@{g5}'.
ENDINTERFACE.
"""
    n = r.choice(['i_po', 'i_claim', 'i_shipment', 'i_ticket'])
    return ('src/zif_%s_c.intf.abap' % n, fill(t, n=n, g1=sapguid(r), g2=sapguid(r), g3=sapguid(r), g4=sapguid(r), g5=sapguid(r)))


@neg('sap-notes-log', 'sap-abap')
def n_transport_md(r):
    lines = ['# Release %d.%d transports' % (r.randint(1, 5), r.randint(0, 12)), '', '| Transport | Owner | Description | SAP Note |', '|---|---|---|---|']
    for _ in range(r.randint(5, 10)):
        lines.append('| %sK9%05d | %s | %s | %d |' % (sid(r), r.randint(0, 99999), r.choice(PEOPLE), r.choice(
            ['BP replication fix', 'New Fiori tile', 'Password policy profile', 'RFC destination cleanup', 'OData V4 service']), r.randint(2000000, 3400000)))
    return ('docs/transports.md', '\n'.join(lines) + '\n')


@neg('public-key', 'sap-btp-xsuaa')
def n_verificationkey(r):
    t = {'keys': [{'kty': 'RSA', 'e': 'AQAB', 'use': 'sig', 'kid': 'default-jwt-key-%d' % r.randint(10 ** 8, 10 ** 9),
                   'alg': 'RS256', 'value': '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + rs(r, B64, 300) + 'IDAQAB\n-----END PUBLIC KEY-----',
                   'n': rs(r, B64URL, 342)}]}
    return (r.choice(['test/resources/token_keys.json', 'test/jwks.json']), jdump(t))


@neg('integrity-hash', 'npm')
def n_package_lock(r):
    pk = {}
    for name in ['@sap/cds', '@sap/xssec', '@sap/hana-client', '@sap-cloud-sdk/http-client', 'express', 'passport']:
        pk['node_modules/' + name] = {'version': '%d.%d.%d' % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9)),
                                      'resolved': 'https://registry.npmjs.org/%s/-/%s-1.0.0.tgz' % (name, name.split('/')[-1]),
                                      'integrity': 'sha512-' + base64.b64encode(rbytes(r, 64)).decode()}
    return ('package-lock.json', jdump({'name': app(r), 'lockfileVersion': 3, 'requires': True, 'packages': pk}))


@neg('app-descriptor', 'sap-fiori')
def n_fiori_manifest(r):
    a = app(r)
    d = {'_version': '1.49.0', 'sap.app': {'id': 'com.%s.%s' % (org(r), a.replace('-', '')), 'type': 'application',
                                            'applicationVersion': {'version': '0.0.1'},
                                            'sourceTemplate': {'id': '@sap/generator-fiori:lrop', 'version': '1.11.%d' % r.randint(0, 9),
                                                               'toolsId': ruuid(r)},
                                            'dataSources': {'mainService': {'uri': '/sap/opu/odata/sap/%s/' % r.choice(SERVICES),
                                                                            'type': 'OData', 'settings': {'odataVersion': '2.0'}}}},
         'sap.fiori': {'registrationIds': ['F%d' % r.randint(1000, 5000)], 'archeType': 'transactional'},
         'sap.cloud': {'public': True, 'service': 'com.%s.%s' % (org(r), a.replace('-', ''))}}
    return ('app/%s/webapp/manifest.json' % a, jdump(d))


@neg('commit-shas', 'git')
def n_changelog(r):
    lines = ['# Changelog', '']
    for v in range(r.randint(4, 8), 0, -1):
        lines += ['## [1.%d.0] - 2024-%02d-%02d' % (v, r.randint(1, 12), r.randint(1, 28)), '']
        for _ in range(r.randint(1, 3)):
            lines.append('- %s (%s)' % (r.choice(['fix token refresh for xsuaa binding', 'rotate destination secret via cf update-service',
                                                   'switch RFC user to SNC', 'remove hard-coded password from ui5.yaml',
                                                   'bump @sap/cds']), rs(r, HEX, 40)))
        lines.append('')
    return ('CHANGELOG.md', '\n'.join(lines))


@neg('cf-manifest', 'sap-cf')
def n_cf_manifest(r):
    a = app(r)
    t = """applications:
  - name: @{a}-srv
    path: gen/srv
    memory: 256M
    buildpacks: [nodejs_buildpack]
    env:
      NODE_ENV: production
      CDS_FEATURES_FETCH__CSRF: true
      SAP_JWT_TRUST_ACL: '[{"clientid":"*","identityzone":"*"}]'
    services:
      - @{a}-db
      - @{a}-uaa
      - @{a}-destination
"""
    return ('manifest.yml', fill(t, a=a))


@neg('mta-no-credentials', 'sap-cap')
def n_mta(r):
    a = app(r)
    t = """_schema-version: '3.1'
ID: @{a}
version: 1.0.0
modules:
  - name: @{a}-db-deployer
    type: hdb
    path: gen/db
    requires:
      - name: @{a}-db
resources:
  - name: @{a}-db
    type: com.sap.xs.hdi-container
    parameters:
      service: hana
      service-plan: hdi-shared
  - name: @{a}-uaa
    type: org.cloudfoundry.managed-service
    parameters:
      service: xsuaa
      service-plan: application
      config:
        xsappname: @{a}-${org}-${space}
        tenant-mode: dedicated
"""
    return ('mta.yaml', fill(t, a=a))


@neg('cds-config', 'sap-cap')
def n_cdsrc(r):
    d = {'requires': {'[production]': {'db': 'hana', 'auth': 'xsuaa'},
                      '[development]': {'db': {'kind': 'sqlite', 'credentials': {'url': ':memory:'}},
                                        'auth': {'kind': 'mocked', 'users': {'alice': {'roles': ['Admin']}, 'bob': {'roles': ['Viewer']}}}},
                      r.choice(SERVICES): {'kind': 'odata-v2', 'model': 'srv/external/API', 'credentials': {'destination': 'S4HANA', 'path': '/sap/opu/odata/sap/API'}}},
         'build': {'target': 'gen'}, 'hana': {'deploy-format': 'hdbtable'}}
    return ('.cdsrc.json', jdump(d))


@neg('cds-model', 'sap-cap')
def n_cds(r):
    t = """using { cuid, managed } from '@sap/cds/common';
namespace @{ns};

entity Connections : cuid, managed {
  systemId     : String(3);
  client       : String(3);
  user         : String(12);
  passwordRef  : String(64) @title: 'Credential store reference';
  lastCheck    : Timestamp;
}

annotate Connections with @restrict: [{ grant: 'READ', to: 'Admin' }];
"""
    return ('db/schema.cds', fill(t, ns='%s.%s' % (org(r), app(r).replace('-', ''))))


@neg('ui5-proxy-destination', 'sap-fiori')
def n_ui5_proxy(r):
    t = """specVersion: "3.0"
metadata:
  name: @{ns}
type: application
server:
  customMiddleware:
    - name: fiori-tools-proxy
      afterMiddleware: compression
      configuration:
        ignoreCertError: false
        backend:
          - path: /sap
            url: https://@{host}:44300
            client: "@{mandt}"
            destination: @{sid}_HTTP
        ui5:
          path: [/resources, /test-resources]
          url: https://ui5.sap.com
"""
    return ('ui5.yaml', fill(t, ns='com.%s.%s' % (org(r), app(r).replace('-', '')), host=abap_host(r), mandt=mandt(r), sid=sid(r)))


@neg('log-ids', 'sap-cf')
def n_log(r):
    lines = []
    for _ in range(r.randint(10, 20)):
        lines.append('2024-%02d-%02dT%02d:%02d:%02d.%03dZ [APP/PROC/WEB/0] OUT {"level":"%s","correlation_id":"%s","tenant_id":"%s","msg":"%s"}' % (
            r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999),
            r.choice(['info', 'info', 'warn']), ruuid(r), ruuid(r),
            r.choice(['GET /odata/v4/catalog/Books 200', 'token validated for client %s' % clientid(r),
                      'destination S4HANA resolved (BasicAuthentication)', 'password policy check passed', 'x-vcap-request-id ' + ruuid(r)])))
    return ('logs/%s-srv.log' % app(r), '\n'.join(lines) + '\n')


@neg('userstore-list', 'sap-hana')
def n_userstore_list(r):
    t = """$ hdbuserstore LIST
DATA FILE       : /usr/sap/@{sid}/home/.hdb/@{h}/SSFS_HDB.DAT
KEY FILE        : /usr/sap/@{sid}/home/.hdb/@{h}/SSFS_HDB.KEY

KEY BACKUP
  ENV : @{h}:3@{nr}13@SYSTEMDB
  USER: BACKUP_OPERATOR
KEY DEFAULT
  ENV : @{h}:3@{nr}15
  USER: SAPHANADB
"""
    return ('docs/hana/userstore.md', fill(t, sid=sid(r), h=abap_host(r).split('.')[0], nr=sysnr(r)))


@neg('snc-config', 'sap-rfc')
def n_snc_ini(r):
    s = sid(r)
    t = """DEST=@{s}
MSHOST=@{h}
MSSERV=36@{nr}
SYSID=@{s}
GROUP=PUBLIC
CLIENT=@{m}
SNC_MODE=1
SNC_QOP=9
SNC_MYNAME=p:CN=RFC_@{s}, OU=IT, O=@{O}, C=DE
SNC_PARTNERNAME=p:CN=@{s}, O=@{O}, C=DE
SNC_LIB=/usr/sap/sapcrypto/libsapcrypto.so
X509CERT=/etc/sap/rfc_client.crt
"""
    return ('sapnwrfc.ini', fill(t, s=s, h=abap_host(r), nr=sysnr(r), m=mandt(r), O=org(r).title()))


@neg('jco-snc', 'sap-jco')
def n_jco_snc(r):
    t = """jco.client.ashost=@{h}
jco.client.sysnr=@{nr}
jco.client.client=@{m}
jco.client.lang=en
jco.client.snc_mode=1
jco.client.snc_qop=8
jco.client.snc_partnername=p:CN=@{s}, O=@{O}, C=DE
jco.client.snc_lib=/opt/sap/sapcrypto/libsapcrypto.so
jco.destination.pool_capacity=3
jco.destination.peak_limit=10
"""
    return ('%s_SNC.jcoDestination' % sid(r), fill(t, h=abap_host(r), nr=sysnr(r), m=mandt(r), s=sid(r), O=org(r).title()))


@neg('masking-code', 'sap-rfc')
def n_py_mask(r):
    t = """SENSITIVE = ("passwd", "password", "clientsecret", "apikey", "pwd")


def mask(params: dict) -> dict:
    \"\"\"Return a copy of RFC/HANA connection params that is safe to log.\"\"\"
    return {k: ("****" if k.lower() in SENSITIVE else v) for k, v in params.items()}


def test_mask():
    p = {"ashost": "@{h}", "sysnr": "@{nr}", "user": "@{u}", "passwd": "<not-logged>"}
    assert mask(p)["passwd"] == "****"
"""
    return ('sap_tools/logging_utils.py', fill(t, h=abap_host(r), nr=sysnr(r), u=r.choice(USERS)))


@neg('hash-tests', 'sap-abap')
def n_abap_hash_test(r):
    data = r.choice(['hello', 'SAP', 'ABAP rocks', '4500000123'])
    import hashlib
    t = """CLASS ltcl_hash DEFINITION FINAL FOR TESTING DURATION SHORT RISK LEVEL HARMLESS.
  PRIVATE SECTION.
    METHODS sha256_of_known_input FOR TESTING.
ENDCLASS.

CLASS ltcl_hash IMPLEMENTATION.
  METHOD sha256_of_known_input.
    DATA lv_hash TYPE string.
    cl_abap_message_digest=>calculate_hash_for_char(
      EXPORTING if_algorithm  = 'SHA256'
                if_data       = '@{data}'
      IMPORTING ef_hashstring = lv_hash ).
    cl_abap_unit_assert=>assert_equals( act = lv_hash exp = '@{h}' ).
  ENDMETHOD.
ENDCLASS.
"""
    return ('src/%s.clas.testclasses.abap' % ident(r).lower(),
            fill(t, data=data, h=hashlib.sha256(data.encode()).hexdigest().upper()))


@neg('checksums', 'sap-hana')
def n_sha_script(r):
    t = """#!/bin/sh
# verify downloaded SAP client packages
cat > SHA256SUMS <<EOF
@{h1}  hanaclient-2.@{v}-linux-x64.tar.gz
@{h2}  sapjvm-8.1.@{w}-linux-x64.zip
@{h3}  SAPCAR_1324-70006178.EXE
EOF
sha256sum -c SHA256SUMS
"""
    return ('scripts/verify-downloads.sh', fill(t, h1=rs(r, HEX, 64), h2=rs(r, HEX, 64), h3=rs(r, HEX, 64), v='%d.%d' % (r.randint(10, 22), r.randint(0, 30)), w=str(r.randint(60, 99))))


@neg('secrets-reference', 'github')
def n_gh_secrets(r):
    t = """name: deploy
on: workflow_dispatch
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: btp-dev
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npx mbt build
      - name: cf deploy
        env:
          CF_USERNAME: ${{ secrets.CF_USERNAME }}
          CF_PASSWORD: ${{ secrets.CF_PASSWORD }}
        run: |
          cf api https://api.cf.@{reg}.hana.ondemand.com
          cf auth "$CF_USERNAME" "$CF_PASSWORD"
          cf target -o @{o} -s dev
          cf deploy mta_archives/*.mtar -f
"""
    return ('.github/workflows/cf-deploy.yml', fill(t, reg=region(r), o=org(r)))


@neg('public-certificate', 'sap-destination')
def n_cert(r):
    return (r.choice(['certs/sap-global-root-ca.pem', 'srv/certs/backend-ca.crt']),
            '-----BEGIN CERTIFICATE-----\n' + '\n'.join(cert_body(r)) + '\n-----END CERTIFICATE-----\n')


@neg('principal-propagation', 'sap-destination')
def n_destinations_pp(r):
    d = [{'Name': 'S4_%s' % sid(r), 'Type': 'HTTP', 'URL': 'http://%s:443' % sid(r).lower() + '-virtual', 'Authentication': 'PrincipalPropagation',
          'ProxyType': 'OnPremise', 'CloudConnectorLocationId': r.choice(['', 'LOC1', 'FRA']), 'sap-client': mandt(r), 'WebIDEEnabled': 'true'},
         {'Name': 'API_HUB', 'Type': 'HTTP', 'URL': 'https://sandbox.api.sap.com', 'Authentication': 'NoAuthentication', 'ProxyType': 'Internet'}]
    return ('btp/destinations.json', jdump(d))


@neg('commerce-properties', 'sap-commerce')
def n_commerce_props(r):
    t = """# common.properties - shared across environments
tomcat.http.port=9001
tomcat.ssl.port=9002
build.parallel=true
symmetric.key.file.1=default-128-bit-aes-key.hybris
symmetric.key.file.default=1
password.encoders=pbkdf2,md5,sha-256
default.password.encoder=pbkdf2
hybris.optional.config.dir=${HYBRIS_CONFIG_DIR}/local-config
"""
    return ('hybris/config/common.properties', t)


@neg('sales-data', 'sap-abap')
def n_csv_guids(r):
    rows = ['SalesOrder,SalesOrderUUID,SoldToParty,NetAmount,Currency']
    for _ in range(r.randint(8, 15)):
        rows.append('%d,%s,%010d,%d.%02d,%s' % (r.randint(1000000, 9999999), sapguid(r), r.randint(1000, 99999999),
                                                 r.randint(10, 99999), r.randint(0, 99), r.choice(['EUR', 'USD', 'JPY'])))
    return ('test/data/sales_orders.csv', '\n'.join(rows) + '\n')


@neg('ui5-controller', 'sap-fiori')
def n_ui5_controller(r):
    t = """sap.ui.define([
  "sap/ui/core/mvc/Controller",
  "sap/m/MessageToast"
], function (Controller, MessageToast) {
  "use strict";
  return Controller.extend("com.@{o}.app.controller.Main", {
    onInit: function () {
      this._sTileId = "@{g}";
      this.getView().setModel(this.getOwnerComponent().getModel("i18n"), "i18n");
    },
    onChangePassword: function () {
      // opens the standard FLP password dialog; nothing is stored here
      sap.ushell.Container.getRenderer("fiori2").showChangePasswordDialog();
      MessageToast.show(this.getResourceBundle().getText("pwdDialogOpened"));
    }
  });
});
"""
    return ('app/webapp/controller/Main.controller.js', fill(t, o=org(r), g=ruuid(r)))


@neg('dockerfile-args', 'sap-hana')
def n_dockerfile(r):
    t = """FROM eclipse-temurin:17-jre
ARG HANA_CLIENT_VERSION=2.@{v}
ARG HANA_CLIENT_SHA256=@{h}
ENV HANA_HOST="" HANA_USER="" \\
    JAVA_OPTS="-Xmx512m"
COPY target/app.jar /app/app.jar
# credentials are injected at runtime from the Kyma secret
ENTRYPOINT ["sh", "-c", "java $JAVA_OPTS -jar /app/app.jar"]
"""
    return ('Dockerfile', fill(t, v='%d.%d' % (r.randint(10, 22), r.randint(0, 30)), h=rs(r, HEX, 64)))


@neg('env-example', 'sap-fiori')
def n_env_example(r):
    t = """# copy to .env and fill in - never commit the real file
XYZ_USER=
XYZ_PASSWORD=
FIORI_TOOLS_PROXY_TARGET=https://@{h}:44300
SAP_CLIENT=@{m}
"""
    return (r.choice(['.env.example', '.env.sample', '.env.template']), fill(t, h=abap_host(r), m=mandt(r)))


@neg('abap-secure-store', 'sap-abap')
def n_abap_ssf(r):
    t = """METHOD get_password.
  " Reads the password from the secure store (SECSTORE) - never hard-code it.
  DATA lv_xstr TYPE xstring.
  CALL FUNCTION 'SECSTORE_READ_ITEM'
    EXPORTING
      ident        = |/Z{ iv_system }/RFC/PASSWORD|
    IMPORTING
      value        = lv_xstr
    EXCEPTIONS
      OTHERS       = 1.
  IF sy-subrc <> 0.
    RAISE EXCEPTION TYPE zcx_config EXPORTING textid = zcx_config=>password_missing.
  ENDIF.
  rv_password = cl_abap_codepage=>convert_from( lv_xstr ).
ENDMETHOD.
"""
    return ('src/%s.clas.locals_imp.abap' % (ident(r).lower() + '_sec'), t)


@neg('sql-query', 'sap-hana')
def n_sql(r):
    t = """-- users whose password expires within 14 days
SELECT USER_NAME, PASSWORD_CHANGE_TIME, IS_PASSWORD_LIFETIME_CHECK_ENABLED
  FROM SYS.USERS
 WHERE PASSWORD_CHANGE_TIME < ADD_DAYS(CURRENT_DATE, 14)
   AND USER_DEACTIVATED = 'FALSE'
 ORDER BY PASSWORD_CHANGE_TIME;

-- statement hash of the slow query: @{h}
"""
    return ('sql/password_expiry.sql', fill(t, h=rs(r, HEX, 32)))


@neg('java-env-lookup', 'sap-jco')
def n_java_env(r):
    t = """package com.@{o}.sap.jco;

import java.util.Properties;
import com.sap.conn.jco.ext.DestinationDataProvider;

final class EnvDestination {
    static Properties fromEnv() {
        Properties p = new Properties();
        p.setProperty(DestinationDataProvider.JCO_ASHOST, System.getenv("SAP_ASHOST"));
        p.setProperty(DestinationDataProvider.JCO_SYSNR, System.getenv().getOrDefault("SAP_SYSNR", "00"));
        p.setProperty(DestinationDataProvider.JCO_USER, System.getenv("SAP_USER"));
        p.setProperty(DestinationDataProvider.JCO_PASSWD, System.getenv("SAP_PASSWD"));
        p.setProperty(DestinationDataProvider.JCO_CLIENT, "@{m}");
        return p;
    }
}
"""
    return ('src/main/java/com/%s/sap/jco/EnvDestination.java' % org(r), fill(t, o=org(r), m=mandt(r)))


@neg('ts-env-lookup', 'sap-cap')
def n_ts_env(r):
    t = """import cds from '@sap/cds';
import xsenv from '@sap/xsenv';

const services = xsenv.getServices({ uaa: { tag: 'xsuaa' }, hana: { tag: 'hana' } });

export const config = {
  clientId: services.uaa.clientid,
  clientSecret: services.uaa.clientsecret,
  apiKey: process.env.APIHUB_KEY ?? '',
  hanaPassword: services.hana.password,
  tenant: cds.env.requires.multitenancy ? 'mt' : '@{o}',
};
"""
    return ('srv/config.ts', fill(t, o=org(r)))


@neg('openapi-spec', 'sap-api-hub')
def n_openapi(r):
    t = """openapi: 3.0.0
info:
  title: Business Partner (A2X)
  version: 1.0.@{v}
servers:
  - url: https://sandbox.api.sap.com/s4hanacloud/sap/opu/odata/sap/API_BUSINESS_PARTNER
components:
  securitySchemes:
    APIKey:
      type: apiKey
      in: header
      name: APIKey
    basicAuthentication:
      type: http
      scheme: basic
security:
  - APIKey: []
  - basicAuthentication: []
"""
    return ('srv/external/API_BUSINESS_PARTNER.openapi.yaml', fill(t, v=str(r.randint(0, 9))))


@neg('pom-checksums', 'maven')
def n_pom(r):
    t = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.@{o}</groupId>
  <artifactId>@{a}</artifactId>
  <version>1.0.0-SNAPSHOT</version>
  <properties>
    <cloud-sdk.version>5.@{v}.0</cloud-sdk.version>
    <jco.sha1>@{h}</jco.sha1>
  </properties>
  <dependencies>
    <dependency>
      <groupId>com.sap.cloud.sdk.cloudplatform</groupId>
      <artifactId>connectivity-destination-service</artifactId>
    </dependency>
  </dependencies>
</project>
"""
    return ('pom.xml', fill(t, o=org(r), a=app(r), v=str(r.randint(0, 20)), h=rs(r, HEX, 40)))



# ================================================================ driver
def filetype(path):
    base = path.rsplit('/', 1)[-1]
    if base == 'Dockerfile':
        return 'dockerfile'
    if base.startswith('.env'):
        return 'env'
    if base.endswith('.clas.testclasses.abap') or base.endswith('.abap'):
        return 'abap'
    if '.' not in base.lstrip('.'):
        return base.lstrip('.')
    return base.rsplit('.', 1)[-1].lower()


def is_blocked_env(path):
    base = path.rsplit('/', 1)[-1]
    return base == '.env' or (base.startswith('.env.') and base not in ('.env.example', '.env.sample', '.env.template'))


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
    return p


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: gen_kq.py OUTDIR SEED\n')
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    assert len(POS) >= 60 and len(NEG) + len(POS) >= 60
    manifest, secrets = [], []

    order = list(range(len(POS)))
    r.shuffle(order)
    env_count = 0
    for i in range(500):
        f, provider, kind = POS[order[i % len(order)]]
        if i >= len(order) and i % len(order) == 0:
            r.shuffle(order)
        while True:
            S = Slot(r, neg=False)
            rel, text = f(r, S)
            if is_blocked_env(rel) and env_count >= 20:
                f, provider, kind = POS[order[(i + 7) % len(order)]]
                continue
            break
        env_count += is_blocked_env(rel)
        needle = S.value
        assert S.uses == 1 and needle and needle in text, (f.__name__, needle)
        line = next(n for n, l in enumerate(text.split('\n'), 1) if needle in l)
        frel = 'pos/p%04d/%s' % (i, rel)
        p = write(outdir, frel, text)
        with open(p, encoding='utf-8') as fh:
            assert needle in fh.read().split('\n')[line - 1], (frel, needle)
        manifest.append({'file': frel, 'label': 'pos', 'provider': provider, 'kind': kind, 'filetype': filetype(rel)})
        secrets.append({'file': frel, 'needle': needle, 'line': line})
    assert env_count <= 25

    # negatives: 250 from positive templates with a non-secret slot, 250 look-alikes
    plan = ['reuse'] * 250 + ['alike'] * 250
    r.shuffle(plan)
    porder = list(range(len(POS)))
    r.shuffle(porder)
    norder = list(range(len(NEG)))
    r.shuffle(norder)
    pi = ni = 0
    for i, what in enumerate(plan):
        if what == 'reuse':
            f, provider, kind = POS[porder[pi % len(porder)]]
            pi += 1
            S = Slot(r, neg=True)
            rel, text = f(r, S)
            kind = 'non-secret-' + kind
        else:
            f, provider, kind = NEG[norder[ni % len(norder)]]
            ni += 1
            rel, text = f(r)
        assert not is_blocked_env(rel), rel
        frel = 'neg/n%04d/%s' % (i, rel)
        write(outdir, frel, text)
        manifest.append({'file': frel, 'label': 'neg', 'provider': provider, 'kind': kind, 'filetype': filetype(rel)})

    with open(os.path.join(outdir, 'manifest.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for m in manifest:
            fh.write(json.dumps(m) + '\n')
    with open(os.path.join(outdir, 'secrets.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for s in secrets:
            fh.write(json.dumps(s) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
