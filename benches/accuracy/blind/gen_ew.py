#!/usr/bin/env python3
"""gen_ew.py - blind evaluation set for secret scanners: construction / AEC / surveying.

EMPHASIS
    Domain: architecture, engineering and construction (AEC), BIM and land / GNSS surveying.
    Providers: Autodesk Platform Services (APS, formerly Forge), Procore, Bentley iTwin,
    Trimble Connect / Trimble Identity, Bluebeam Studio, Fieldwire, Buildertrend (no public API:
    integration-user password), PlanGrid, Sage 300 CRE / Sage Intacct, Viewpoint Vista (SQL Server),
    Speckle, Matterport, OpenSpace, Esri ArcGIS (legacy AAPK and current AAPT API keys, OAuth client
    secrets), NTRIP casters (RTKLIB str2str / rtkrcv, ROS ntrip_client, PowerShell and batch relays),
    DroneDeploy, Pix4D cloud, Oracle Aconex, Mapbox (secret sk. tokens), Google geocoding keys,
    Microsoft Entra client secrets (SharePoint document control), AWS S3 key pairs, Azure Blob SAS
    tokens and account keys, Google service-account JSON, OpenSSH deploy keys, GitHub PATs for
    private package feeds, SQL Server / PostgreSQL / SMTP passwords, SendGrid keys, Slack and Teams
    incoming-webhook URLs.
    File types: Dynamo and pyRevit Python, Dynamo .dyn JSON, Grasshopper .ghx XML, C# Revit add-ins,
    .addin manifests, AutoLISP, Node/TypeScript integrations, Go, Ruby, .NET appsettings.json,
    Web.config / NuGet.config XML, YAML (GitHub Actions, GitLab CI, Helm, compose, k8s, ROS params),
    JSON, INI, TOML, .properties, RTKLIB .conf, shell, PowerShell, batch, Terraform, SQL, Markdown,
    CSV exports, logs, IFC/BCF, RINEX, NTRIP source tables, survey point files.

USAGE
    python3 gen_ew.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each), OUTDIR/neg/nNNNN/<relpath>
    (500 files, no credential), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl
    (one line per positive: file, needle, 1-based line of the needle's first occurrence).
    All randomness comes from one random.Random(SEED); output is byte-identical for one SEED.

NEEDLE CONVENTIONS
    * Plain keys, tokens, client secrets, passwords: the value only, without quotes, without the
      variable name and without "Bearer "/"Basic " prefixes in headers.
    * Credentials inside URLs (NTRIP ntrip://user:pass@caster, rtkrcv user:pass@host:port/MNT,
      postgres://user:pass@host/db): the password part only (as written, no percent-decoding).
    * Key pairs (AWS access key id + secret, Matterport token id + secret, APS/Procore/Esri client
      id + secret): the secret half only; the id half is also present in the file.
    * Connection strings (SQL Server Password=..., Azure AccountKey=...): the password / key value.
    * Azure SAS: the value of the sig= parameter exactly as written (URL-encoded base64).
    * Webhook URLs (Slack, Teams): the whole URL, from https:// to its last character.
    * Multi-line PEM / OpenSSH private keys: the "-----BEGIN ... PRIVATE KEY-----" line (the line
      where the key starts). Google service-account JSON: the whole escaped private_key value,
      which sits on one line with literal \\n sequences.
    * Secrets embedded in code strings inside JSON/XML (Dynamo .dyn, Grasshopper .ghx): the value
      itself, which is written without any escaping.

NEGATIVES
    250 re-use positive templates with the secret slot holding: placeholders (<your-client-secret>,
    YOUR_API_KEY_HERE, changeme, xxxx..., REPLACE_ME), empty values, masked values (****,
    [REDACTED], <redacted>), environment references in the file's own language (os.environ[...],
    process.env.X, Environment.GetEnvironmentVariable, $env:X, %X%, ${X}), secret-manager
    references (op://, vault:, Key Vault @Microsoft.KeyVault(...), AWS Secrets Manager ARNs, GCP
    secret paths), template expressions (${{ secrets.X }}, {{ .Values.x }}, #{X}#, $(X), Jinja),
    and providers' documented example values (Procore doc client_secret, Esri doc AAPT token,
    AWS wJalrXUtnFEMI/...EXAMPLEKEY, Azurite well-known account key, RTKLIB "passwd", Microsoft
    Learn / AWS DataSync SAS sig examples). Companion halves of key pairs are also neutralised.
    250 are look-alikes: APS URNs (base64url of urn:adsk.objects / urn:adsk.wipprod), ACC hub and
    project ids, Revit UniqueIds / ElementIds, IFC GlobalIds (22-char IFC base64), BCF topic guids,
    ISO 19650 document numbers, drawing registers, survey PNEZD point files, control coordinates,
    NTRIP source tables, RINEX headers, SHA-256/MD5 model hashes, package-lock integrity, NuGet
    contentHash, Docker digests, S3 ETags, Azure Content-MD5, SSH / PEM public keys, JWKS, X.509
    certificates, Speckle stream/commit/object ids, Matterport model SIDs, Esri item ids, public
    client ids (APS, Procore, Esri), Mapbox pk. public tokens, reCAPTCHA site keys, GUID-rich
    Dynamo/Grasshopper/.addin/.csproj files, drone flight logs, receiver serial numbers, logs with
    request / trace ids. No negative lives in a .env / .env.<suffix> file.

FORMATS CHECKED (provider documentation and real project files, via search)
    * Esri: developers.arcgis.com "Access tokens" shows current API keys starting AAPT with a
      ".AT1_"/".AT2_" + 8-char suffix (doc example 252 chars); legacy API keys (pre June 2024) are
      AAPK + 32 hex + 64 url-safe chars = 100 chars (seen in real esriConfig.apiKey files).
    * Procore: developers.procore.com client-credentials page shows client_id / client_secret as
      64 lowercase hex (its example contains 'x' characters: kept as a doc-example negative) and
      states the Client ID is public information while the Client Secret is confidential.
    * Speckle: speckle-server source: a token is a 10-char token id + 32-char token string from
      crypto-random-string (hex by default) = 42 lowercase hex; sent as "Authorization: Bearer".
    * Fieldwire: developers.fieldwire.com: long-lived refresh token ("API token") exchanged at
      /api_keys/jwt for a JWT access token.
    * Matterport: Model API uses a Token ID + Token Secret pair (HTTP Basic).
    * Trimble Connect: Consumer Key + Consumer Secret from Trimble Identity; client ids are GUIDs.
    * APS: apps get a Client ID and Client Secret (2-legged token at /authentication/v2/token).
    * RTKLIB / NTRIP: str2str path ntrip://[user[:passwd]@]addr[:port][/mntpnt]; rtkrcv.conf
      inpstrN-path user:passwd@addr:port/mntpnt; port 2101.
    * Azure SAS: sv/ss/srt/sp/se/st/spr/sig query parameters, sig = URL-encoded base64 HMAC.
    * Bentley iTwin: ServiceAuthorizationClient({clientId, clientSecret, scope}), ims.bentley.com.
    * Well-known: AWS AKIA + 16 base32 / 40-char secret; Azure account key 88-char base64;
      SendGrid SG.<22>.<43>; Slack hooks.slack.com/services/T../B../<24>; GitHub ghp_ + 30 + 6-char
      base62 CRC32; Entra secrets "xxxNQ~" 40 chars; Mapbox sk./pk. + base64url JSON + "."; Google
      AIza + 35.

DOUBTS
    * APS client secret: 16 alphanumeric for older apps, 64 for newer ones - both used; not seen in
      the docs themselves. APS client id taken as 32 alphanumeric.
    * Bentley iTwin client secret alphabet/length, Trimble consumer secret, Bluebeam, Fieldwire
      API token, Matterport token id/secret, OpenSpace, DroneDeploy, Pix4D cloud and PlanGrid key
      formats are NOT documented publicly as far as the searches showed: generated as plausible
      random strings (lengths noted at each generator). No provider prefix was invented.
    * Buildertrend and Aconex integrations use account passwords here (no public token format).
    * GitHub checksum assumed CRC32 of the 30 random chars, base62, left-padded to 6.
    * Esri AAPT body length varies in real keys; fixed here at the doc example's 235 body chars.
"""
import base64
import json
import os
import random
import re
import string
import sys
import urllib.parse
import uuid
import zlib

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
HEX = '0123456789abcdef'
B62 = DIG + UP + LO
URLSAFE = ALNUM + '-_'
IFC64 = DIG + UP + LO + '_$'
B32 = UP + '234567'


# ----------------------------------------------------------------------------- helpers
def rs(r, n, al=ALNUM):
    return ''.join(r.choice(al) for _ in range(n))


def hexs(r, n):
    return rs(r, n, HEX)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64u(r, n):
    return base64.urlsafe_b64encode(rbytes(r, n)).decode().rstrip('=')


def ruuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def T(s, **kw):
    for k, v in kw.items():
        s = s.replace('<<' + k + '>>', str(v))
    m = re.search(r'<<[A-Za-z_]+>>', s)
    assert m is None, m.group(0)
    return s


def ifc_guid(r):
    # IFC GlobalId: 128 bits written as 22 chars of the IFC base64 alphabet (first char 0-3)
    n = r.getrandbits(128)
    out = []
    for _ in range(22):
        out.append(IFC64[n % 64])
        n //= 64
    out[-1] = IFC64[r.randrange(4)]
    return ''.join(reversed(out))


def b62(n, width):
    s = ''
    while n:
        s = B62[n % 62] + s
        n //= 62
    return s.rjust(width, '0')


# ----------------------------------------------------------------------------- vocabulary
PROJECTS = [('Harbour Quay Tower', 'HQT'), ('Northgate Hospital Phase 2', 'NGH'),
            ('Riverside Bridge Replacement', 'RBR'), ('Elm Street Bus Depot', 'ESD'),
            ('Westfield Data Centre', 'WDC'), ('Kingsway Metro Station', 'KMS'),
            ('Lakeside Primary School', 'LPS'), ('A47 Junction 12 Upgrade', 'A47'),
            ('Greenbank Water Treatment Works', 'GWW'), ('Pier 9 Residential', 'P9R'),
            ('Cedar Park Offices', 'CPO'), ('Mill Lane Viaduct', 'MLV'),
            ('St Anne Wharf Block C', 'SAW'), ('Copper Hill Solar Farm', 'CHS')]
COMPANIES = [('Kestrel Build', 'kestrelbuild.com'), ('Arden Civil', 'ardencivil.co.uk'),
             ('Northline Surveying', 'northlinesurvey.com'), ('Brightwater Engineering', 'brightwater-eng.com'),
             ('Oakridge Contractors', 'oakridgecontractors.com'), ('Meridian Geomatics', 'meridiangeo.net'),
             ('Halden Architects', 'haldenarch.com'), ('Stonebridge Construction', 'stonebridgecon.com'),
             ('Tallis & Voss Structures', 'tallisvoss.com')]
PEOPLE = ['j.harper', 'a.mensah', 'l.okafor', 's.lindqvist', 'r.patel', 'm.costa', 't.nakamura',
          'e.walsh', 'k.obrien', 'd.fischer', 'p.novak', 'h.ibrahim']
SITES = [('Leeds', 53.7997, -1.5492), ('Denver', 39.7392, -104.9903), ('Brisbane', -27.4698, 153.0251),
         ('Rotterdam', 51.9244, 4.4777), ('Calgary', 51.0447, -114.0719), ('Auckland', -36.8485, 174.7633),
         ('Glasgow', 55.8642, -4.2518), ('Austin', 30.2672, -97.7431), ('Gothenburg', 57.7089, 11.9746)]
CASTERS = [('rtk2go.com', 2101), ('caster.emlid.com', 2101), ('ntrip.data.gnss.ga.gov.au', 443),
           ('www.euref-ip.net', 2101), ('gnss.northlinesurvey.com', 2101), ('vrs.meridiangeo.net', 2102),
           ('ntrip.smartnetna.com', 9950), ('rtk.arden-survey.local', 2101), ('caster.centipede.fr', 2101)]
MOUNTS = ['VRS_RTCM3', 'RTCM3_MSM', 'NEAR_MSM4', 'LEED00GBR0', 'MAX_RTCM3', 'IMAX_RTCM32', 'AUTO',
          'BASE01', 'CPH_MSM7', 'RTCM3_GGB', 'NRTK_V2']
WORDS = ['Granite', 'Falcon', 'Rebar', 'Plumb', 'Datum', 'Trestle', 'Girder', 'Gravel', 'Beacon',
         'Transit', 'Level', 'Mortar', 'Timber', 'Quarry', 'Harbour', 'Summit', 'Kestrel', 'Cobalt']
EPSG = ['27700', '2232', '28356', '28992', '3776', '2193', '3006', '2277', '32633']


def g_password(r, url_safe=False):
    sym = '!*-_.~+' if not url_safe else '-_.~'
    st = r.randrange(4)
    if st == 0:
        p = rs(r, r.randint(14, 22), ALNUM + sym)
        return p[:-2] + r.choice(DIG) + r.choice(sym)
    if st == 1:
        return r.choice(WORDS) + r.choice(sym) + r.choice(WORDS) + str(r.randint(10, 9999))
    if st == 2:
        return rs(r, r.randint(16, 28), ALNUM)
    return rs(r, 3, UP) + rs(r, 5, LO) + r.choice(sym) + rs(r, 4, DIG) + rs(r, 4, ALNUM)


def g_ntrip_pass(r):
    st = r.randrange(3)
    if st == 0:
        return rs(r, r.randint(8, 12), ALNUM)
    if st == 1:
        return r.choice(WORDS).lower() + str(r.randint(100, 99999)) + r.choice(['-', '_', '.', '']) + rs(r, 3, LO)
    return rs(r, 4, UP) + rs(r, 4, DIG) + rs(r, 4, LO)


# ----------------------------------------------------------------------------- secret generators
def g_aps_secret(r):       # 16 (older apps) or 64 (newer apps) alphanumerics - see DOUBTS
    return rs(r, 16) if r.random() < 0.5 else rs(r, 64)


def g_aps_id(r):
    return rs(r, 32)


def g_procore(r):          # 64 lowercase hex (Procore docs)
    return hexs(r, 64)


def g_itwin_secret(r):     # undocumented: 48 url-safe chars
    return b64u(r, 36)


def g_itwin_id(r):
    return r.choice(['service-', 'spa-', 'native-']) + rs(r, 25)


def g_trimble_secret(r):   # undocumented: 28-32 alphanumerics
    return rs(r, r.choice([28, 32]))


def g_bluebeam_secret(r):  # undocumented: 40 alphanumerics
    return rs(r, 40)


def g_fieldwire(r):        # undocumented: 44 lowercase alphanumerics
    return rs(r, 44, LO + DIG)


def g_speckle(r):          # 10-char id + 32-char token, crypto-random-string hex
    return hexs(r, 42)


def g_mp_secret(r):        # undocumented: 32 hex
    return hexs(r, 32)


def g_mp_id(r):
    return hexs(r, 16)


def g_esri_aapk(r):
    return 'AAPK' + hexs(r, 32) + rs(r, 64, URLSAFE)


def g_esri_aapt(r):
    return 'AAPT' + rs(r, 235, URLSAFE) + '.AT' + r.choice('12') + '_' + rs(r, 8)


def g_esri_key(r):
    return g_esri_aapk(r) if r.random() < 0.4 else g_esri_aapt(r)


def g_esri_secret(r):
    return hexs(r, 32)


def g_dronedeploy(r):      # undocumented: 32 hex
    return hexs(r, 32)


def g_pix4d(r):            # undocumented: 40 alphanumerics
    return rs(r, 40)


def g_openspace(r):        # undocumented: 40 url-safe
    return rs(r, 40, URLSAFE)


def g_plangrid(r):         # undocumented: 32 hex
    return hexs(r, 32)


def g_ghp(r):
    body = rs(r, 30, B62)
    return 'ghp_' + body + b62(zlib.crc32(body.encode()) & 0xffffffff, 6)


def g_entra(r):
    return rs(r, 3) + r.choice(DIG) + 'Q~' + rs(r, 34, ALNUM + '_.~-')


def g_mapbox_sk(r, user='ktbuild'):
    payload = json.dumps({'u': user, 'a': rs(r, 25, LO + DIG)}, separators=(',', ':')).encode()
    return 'sk.' + base64.urlsafe_b64encode(payload).decode().rstrip('=') + '.' + rs(r, 22, URLSAFE)


def g_google(r):
    return 'AIza' + rs(r, 35, URLSAFE)


def g_sendgrid(r):
    return 'SG.' + rs(r, 22, URLSAFE) + '.' + rs(r, 43, URLSAFE)


def g_slack_hook(r):
    return 'https://hooks.slack.com/services/T%s/B%s/%s' % (rs(r, r.choice([8, 10]), UP + DIG),
                                                            rs(r, r.choice([8, 10]), UP + DIG), rs(r, 24))


def g_teams_hook(r):
    t = r.choice(['kestrelbuild', 'ardencivil', 'stonebridgecon', 'haldenarch'])
    return 'https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s' % (
        t, ruuid(r), ruuid(r), hexs(r, 32), ruuid(r))


def g_aws_id(r):
    return 'AKIA' + rs(r, 16, B32)


def g_aws_secret(r):
    return rs(r, 40, ALNUM + '/+')


def g_azure_key(r):
    return b64(r, 64)


def g_sas_sig(r):
    return urllib.parse.quote(b64(r, 32), safe='')


def pem_body(r, nbytes, prefix=''):
    raw = prefix + base64.b64encode(rbytes(r, nbytes)).decode()
    return [raw[i:i + 64] for i in range(0, len(raw), 64)]


def g_gcp_pk(r):
    lines = pem_body(r, 1190, 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ')
    return '-----BEGIN PRIVATE KEY-----\\n' + '\\n'.join(lines) + '\\n-----END PRIVATE KEY-----\\n'


def g_openssh(r):
    lines = [l[:70] for l in pem_body(r, 300, 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW')]
    return '-----BEGIN OPENSSH PRIVATE KEY-----\n' + '\n'.join(lines) + '\n-----END OPENSSH PRIVATE KEY-----\n'


def g_rsa_pem(r):
    lines = pem_body(r, 1190, 'MIIEowIBAAKCAQEA')
    return '-----BEGIN RSA PRIVATE KEY-----\n' + '\n'.join(lines) + '\n-----END RSA PRIVATE KEY-----\n'


def g_pw(r):
    return g_password(r)


def g_pw_url(r):
    return g_password(r, url_safe=True)


# ----------------------------------------------------------------------------- template machinery
class Ctx:
    def __init__(self, r, neg, S, conv):
        self.r, self.neg, self.S, self.conv = r, neg, S, conv
        self.proj, self.code = r.choice(PROJECTS)
        self.co, self.dom = r.choice(COMPANIES)
        self.person = r.choice(PEOPLE)
        self.city, self.lat, self.lon = r.choice(SITES)
        self.slug = self.proj.lower().replace(' ', '-').replace('&', 'and')
        self.cslug = self.dom.split('.')[0]

    def nm(self, conv, *neutral):
        return conv if self.conv else self.r.choice(neutral)

    def comp(self, real, fake):
        return fake if self.neg else real

    def pick(self, seq):
        return self.r.choice(seq)

    def uuid(self):
        return ruuid(self.r)

    def date(self):
        return '20%02d-%02d-%02d' % (self.r.randint(22, 25), self.r.randint(1, 12), self.r.randint(1, 28))


POS = []


def P(provider, kind, gen, lang, env, ctx='cfg', wrap='dq', neg=True, needle=None, doc=None, dotenv=False):
    def deco(f):
        POS.append(dict(f=f, name=f.__name__, provider=provider, kind=kind, gen=gen, lang=lang, env=env,
                        ctx=ctx, wrap=wrap, neg=neg, needle=needle, doc=doc or [], dotenv=dotenv))
        return f
    return deco


def wrapv(wrap, v):
    return {'dq': '"%s"', 'sq': "'%s'", 'none': '%s'}[wrap] % v


DOC_PROCORE = ['041372a09c6e4x92aa08ce3axea1cfc0115cbfbf7134exa125fe10cc103ca626']
DOC_ESRI = ['AAPT85fOqywZsicJupSmVSCGrjmBjlVZupd64H9kjIjy5FrwIJkpxFMIvd88p32f1vWWpuyzGx7-1nPCMc4XljyuVu-fQSxU4r1Nq17OQo5kjJBVcAw1bKKYM9GYeB98hlK9cwRNzi8H7z3SNb8hCLYvrNwKhXPJo971vH22psnikowztg6ckFD-1zi3TasXKe0e3sSNrmBRunl0SLM7hPgNzuPQkvVES1fDgDL-Thsc2XU.AT2_WilXzfTa']
DOC_AWS = ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']
DOC_AZKEY = ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==']
DOC_SAS = ['aBBKDWQvyuVcTPH9EBp%2FXTI9E%2F%2Fmq171%2BZU178wcwqU%3D']
DOC_NTRIP = ['passwd']

PLACEHOLDERS = ['<your-client-secret>', 'YOUR_API_KEY_HERE', 'changeme', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
                'REPLACE_ME', '<insert-token-here>', 'your_token_here', 'CHANGE_ME', '<secret>', 'dummy-secret',
                'your-password-here', 'TODO', 'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', '<paste token>',
                'enter-your-secret', 'placeholder', '<your-api-key>', 'PASTE_KEY_HERE']
PW_KINDS = ('password', 'db_password', 'smtp_password', 'ntrip_credentials')
PW_PLACEHOLDERS = ['changeme', 'your-password-here', '<password>', 'CHANGE_ME', 'password', 'xxxxxxxx',
                   'P@ssw0rd-goes-here', '<db password>', 'REPLACE_WITH_PASSWORD']
URL_PLACEHOLDERS = ['PASSWORD', 'changeme', 'yourpassword', 'xxxxxxxx', 'YOUR_PASSWORD', 'secret']
MASKED = ['********', '[REDACTED]', '<redacted>', '***', '****************', 'REDACTED', '[hidden]', '*****']
CODE_EXPR = {
    'py': ['os.environ["<<N>>"]', 'os.getenv("<<N>>")', 'os.environ.get("<<N>>", "")'],
    'js': ['process.env.<<N>>', 'process.env["<<N>>"]'],
    'ts': ['process.env.<<N>>', 'process.env.<<N>> ?? ""'],
    'cs': ['Environment.GetEnvironmentVariable("<<N>>")', 'configuration["<<N>>"]'],
    'go': ['os.Getenv("<<N>>")'],
    'rb': ['ENV.fetch("<<N>>")', 'ENV["<<N>>"]'],
    'lisp': ['(getenv "<<N>>")'],
    'ps1': ['$env:<<N>>'],
}
ENV_REF = {'sh': ['$<<N>>', '${<<N>>}'], 'md': ['$<<N>>', '${<<N>>}'], 'bat': ['%<<N>>%'],
           'ps1': ['$env:<<N>>'], 'yaml': ['${<<N>>}', '${{ secrets.<<N>> }}'], 'docker': ['${<<N>>}']}


def neg_fill(c, t):
    r = c.r
    N = t['env']
    lang, ctx, wrap = t['lang'], t['ctx'], t['wrap']
    kinds = ['placeholder'] * 22 + ['empty'] * 9 + ['masked'] * 12 + ['env_ref'] * 22 + \
            ['secret_manager'] * 10 + ['template_expr'] * 10 + ['doc_example'] * (25 if t['doc'] else 0)
    if ctx in ('url', 'whole', 'cli'):
        kinds = [k for k in kinds if k not in ('empty', 'secret_manager')]
    k = r.choice(kinds)
    expr = None
    if k == 'placeholder':
        if ctx == 'url':
            v = r.choice(URL_PLACEHOLDERS)
        elif ctx == 'whole':
            v = r.choice(['<webhook-url>', 'https://hooks.example.invalid/REPLACE_ME', 'YOUR_WEBHOOK_URL',
                          'https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX'])
        elif t['kind'] in PW_KINDS:
            v = r.choice(PW_PLACEHOLDERS)
        else:
            v = r.choice(PLACEHOLDERS)
    elif k == 'empty':
        v = ''
    elif k == 'masked':
        v = r.choice(MASKED)
    elif k == 'env_ref':
        if lang in CODE_EXPR and wrap != 'none' and ctx == 'code':
            expr = T(r.choice(CODE_EXPR[lang]), N=N)
            v = None
        else:
            v = T(r.choice(ENV_REF.get(lang, ['${<<N>>}'])), N=N)
    elif k == 'secret_manager':
        v = r.choice(['op://Engineering/%s/credential' % N.lower().replace('_', '-'),
                      'vault:secret/data/%s/%s#%s' % (c.code.lower(), t['provider'], N.lower()),
                      '@Microsoft.KeyVault(SecretUri=https://kv-%s-prod.vault.azure.net/secrets/%s/)' % (
                          c.code.lower(), N.replace('_', '-')),
                      'arn:aws:secretsmanager:eu-west-2:%d:secret:%s/%s-%s' % (
                          r.randint(10 ** 11, 10 ** 12 - 1), c.code.lower(), N.lower(), rs(r, 6)),
                      'projects/%d/secrets/%s/versions/latest' % (r.randint(10 ** 10, 10 ** 11), N.lower().replace('_', '-'))])
    elif k == 'template_expr':
        v = r.choice(['${{ secrets.%s }}' % N, '{{ .Values.secrets.%s }}' % N.lower(), '#{%s}#' % N,
                      '$(%s)' % N, '{{ %s }}' % N.lower(), '__%s__' % N])
    else:
        v = r.choice(t['doc'])
    if expr is not None:
        S = expr
    else:
        if lang == 'yaml' and wrap == 'none' and (v == '' or v[0] in '*{[&!%@`<'):
            S = '"%s"' % v
        else:
            S = wrapv(wrap, v)
        if lang == 'xml':
            S = S.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    return k, S


# ============================================================================= positive templates
# ---- Autodesk Platform Services (Forge)
@P('autodesk_aps', 'oauth_client_secret', g_aps_secret, 'py', 'APS_CLIENT_SECRET', ctx='code')
def t_pyrevit_push(c):
    var = c.nm('APS_CLIENT_SECRET', 'FORGE_SECRET', 'app_secret', 'ACC_APP_KEY', 'secret')
    path = 'extensions/%s.extension/%s.tab/Cloud.panel/PushToACC.pushbutton/script.py' % (c.code, c.co.split()[0])
    return path, T('''# -*- coding: utf-8 -*-
"""Push the active model's sheets to the ACC project folder."""
__title__ = "Push to\\nACC"
__author__ = "<<P>>"

import json
import clr
from pyrevit import revit, forms, script

clr.AddReference("System.Net.Http")
from System.Net.Http import HttpClient, FormUrlEncodedContent

APS_CLIENT_ID = "<<ID>>"
<<V>> = <<S>>
ACC_PROJECT_ID = "b.<<PID>>"
SCOPES = "data:read data:write data:create"

logger = script.get_logger()
doc = revit.doc


def get_token():
    client = HttpClient()
    body = {"grant_type": "client_credentials", "scope": SCOPES}
    req = client.PostAsync("https://developer.api.autodesk.com/authentication/v2/token",
                           FormUrlEncodedContent(body))
    return json.loads(req.Result.Content.ReadAsStringAsync().Result)["access_token"]


if __name__ == "__main__":
    sheets = revit.query.get_sheets(doc=doc)
    logger.info("Uploading %d sheets from %s", len(sheets), doc.Title)
    forms.alert("Upload queued for {} sheets".format(len(sheets)))
''', P=c.person, ID=g_aps_id(c.r), V=var, S=c.S, PID=c.uuid())


@P('autodesk_aps', 'oauth_client_secret', g_aps_secret, 'cs', 'APS_CLIENT_SECRET', ctx='code')
def t_cs_apsconfig(c):
    name = c.nm('ClientSecret', 'Key', 'AppPassword', 'ApiSecret', 'Sig')
    return 'src/%s.RevitAddin/Cloud/ApsCredentials.cs' % c.code, T('''using System;
using System.Collections.Generic;

namespace <<NS>>.RevitAddin.Cloud
{
    /// <summary>
    /// APS application registered for the <<PROJ>> model coordination add-in.
    /// </summary>
    internal static class ApsCredentials
    {
        public const string ClientId = "<<ID>>";
        public const string <<NAME>> = <<S>>;
        public const string CallbackUrl = "http://localhost:8080/api/auth/callback";

        public static readonly IReadOnlyList<string> Scopes = new[]
        {
            "data:read", "data:write", "bucket:read", "viewables:read"
        };

        public static Uri AuthUrl => new Uri("https://developer.api.autodesk.com/authentication/v2/authorize");
    }
}
''', NS=c.code, PROJ=c.proj, ID=g_aps_id(c.r), NAME=name, S=c.S)


@P('autodesk_aps', 'oauth_client_secret', g_aps_secret, 'json', 'APS_CLIENT_SECRET', ctx='cfg')
def t_appsettings_aps(c):
    key = c.nm('ClientSecret', 'Secret', 'Password', 'Credential')
    return c.pick(['src/ModelHub.Api/appsettings.json', 'appsettings.Production.json', 'server/appsettings.json']), T('''{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "Aps": {
    "ClientId": "<<ID>>",
    "<<K>>": <<S>>,
    "CallbackUrl": "https://<<CS>>.azurewebsites.net/api/auth/callback",
    "Bucket": "<<CS>>-<<CODE>>-models",
    "Region": "EMEA"
  },
  "Viewer": {
    "Env": "AutodeskProduction2",
    "Api": "streamingV2_EU"
  }
}
''', ID=g_aps_id(c.r), K=key, S=c.S, CS=c.cslug, CODE=c.code.lower())


@P('autodesk_aps', 'oauth_client_secret', g_aps_secret, 'yaml', 'APS_CLIENT_SECRET', ctx='cfg', wrap='none')
def t_gha_aps(c):
    return '.github/workflows/translate-models.yml', T('''name: Translate models

on:
  push:
    branches: [main]
    paths:
      - "models/**.rvt"
      - "models/**.nwd"
  workflow_dispatch:

env:
  APS_CLIENT_ID: <<ID>>
  APS_CLIENT_SECRET: <<S>>
  APS_BUCKET: <<CS>>-<<CODE>>-translations

jobs:
  translate:
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@v4
        with:
          lfs: true
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
        working-directory: tools/translate
      - run: node tools/translate/index.js models/
''', ID=g_aps_id(c.r), S=c.S, CS=c.cslug, CODE=c.code.lower())


@P('autodesk_aps', 'oauth_client_secret', g_aps_secret, 'ps1', 'APS_CLIENT_SECRET', ctx='code')
def t_ps_aps(c):
    var = c.nm('$ApsClientSecret', '$pw', '$appKey', '$s2')
    return 'scripts/Get-ApsToken.ps1', T('''<#
.SYNOPSIS
    Gets a 2-legged APS token and lists the buckets used by <<PROJ>>.
#>
[CmdletBinding()]
param(
    [string]$Scope = "bucket:read data:read"
)

$ApsClientId = "<<ID>>"
<<V>> = <<S>>

$body = @{
    grant_type = "client_credentials"
    scope      = $Scope
}
$basic = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("${ApsClientId}:$(<<V>>)"))
$token = Invoke-RestMethod -Method Post -Uri "https://developer.api.autodesk.com/authentication/v2/token" `
    -Headers @{ Authorization = "Basic $basic" } -Body $body

$buckets = Invoke-RestMethod -Uri "https://developer.api.autodesk.com/oss/v2/buckets" `
    -Headers @{ Authorization = "Bearer $($token.access_token)" }
$buckets.items | Format-Table bucketKey, policyKey
''', PROJ=c.proj, ID=g_aps_id(c.r), V=var, S=c.S)


@P('autodesk_aps', 'oauth_client_secret', g_aps_secret, 'bat', 'APS_CLIENT_SECRET', ctx='cli', wrap='none')
def t_bat_aps(c):
    return 'tools/translate_models.bat', T('''@echo off
REM Batch-translate NWD/RVT files for the <<PROJ>> viewer
setlocal
set APS_CLIENT_ID=<<ID>>
set APS_CLIENT_SECRET=<<S>>
set MODEL_DIR=\\\\fs01\\projects\\<<CODE>>\\BIM\\Published

for %%F in ("%MODEL_DIR%\\*.nwd") do (
    echo Translating %%~nxF
    node "%~dp0translate\\index.js" "%%F" --region EMEA
)
endlocal
''', PROJ=c.proj, ID=g_aps_id(c.r), S=c.S, CODE=c.code)


@P('autodesk_aps', 'oauth_client_secret', g_aps_secret, 'js', 'APS_CLIENT_SECRET', ctx='code', wrap='sq')
def t_node_aps(c):
    return 'server/config.js', T('''const path = require('path');

// APS app "<<PROJ>> coordination viewer"
module.exports = {
    credentials: {
        client_id: '<<ID>>',
        client_secret: <<S>>,
        callback_url: 'http://localhost:3000/api/auth/callback'
    },
    scopes: {
        internal: ['bucket:create', 'bucket:read', 'data:read', 'data:create', 'data:write'],
        public: ['viewables:read']
    },
    bucket: '<<CS>>-<<CODE>>-viewer',
    port: process.env.PORT || 3000,
    staticDir: path.join(__dirname, '..', 'wwwroot')
};
''', PROJ=c.proj, ID=g_aps_id(c.r), S=c.S, CS=c.cslug, CODE=c.code.lower())


@P('autodesk_aps', 'oauth_client_secret', g_aps_secret, 'sh', 'APS_CLIENT_SECRET', ctx='cli', wrap='none',
   dotenv=True)
def t_dotenv_aps(c):
    return c.pick(['.env', '.env.local']), T('''# APS credentials for local development of the model viewer
APS_CLIENT_ID=<<ID>>
APS_CLIENT_SECRET=<<S>>
APS_BUCKET=<<CS>>-dev-models
PORT=3000
''', ID=g_aps_id(c.r), S=c.S, CS=c.cslug)


@P('autodesk_aps', 'oauth_client_secret', g_aps_secret, 'md', 'APS_CLIENT_SECRET', ctx='cli', wrap='none')
def t_md_aps(c):
    return 'docs/aps-setup.md', T('''# APS app setup

The model checker uses the **<<PROJ>>** APS application (owner: <<P>>@<<DOM>>).

1. Install the tools: `npm ci` in `tools/translate`.
2. Request a two-legged token:

```bash
curl -s -X POST "https://developer.api.autodesk.com/authentication/v2/token" \\
  -u "<<ID>>:<<S>>" \\
  -d "grant_type=client_credentials&scope=data:read bucket:read"
```

3. Copy the `access_token` into the viewer config for quick tests only.

| Setting | Value |
|---|---|
| Region | EMEA |
| Bucket | `<<CS>>-<<CODE>>-models` |
''', PROJ=c.proj, P=c.person, DOM=c.dom, ID=g_aps_id(c.r), S=c.S, CS=c.cslug, CODE=c.code.lower())


# ---- Procore
@P('procore', 'oauth_client_secret', g_procore, 'py', 'PROCORE_CLIENT_SECRET', ctx='code', doc=DOC_PROCORE)
def t_py_procore(c):
    var = c.nm('PROCORE_CLIENT_SECRET', 'pc_key', 'svc_secret', 'CS')
    return 'integrations/procore/sync_rfis.py', T('''"""Nightly RFI export from Procore to the <<PROJ>> SharePoint register."""
import csv
import datetime as dt

import requests

PROCORE_BASE = "https://api.procore.com"
PROCORE_CLIENT_ID = "<<ID>>"
<<V>> = <<S>>
COMPANY_ID = <<COMP>>
PROJECT_ID = <<PRJ>>


def token():
    resp = requests.post(
        "https://login.procore.com/oauth/token",
        data={"grant_type": "client_credentials", "client_id": PROCORE_CLIENT_ID, "client_secret": <<V>>},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def export_rfis(out_path):
    headers = {"Authorization": "Bearer " + token(), "Procore-Company-Id": str(COMPANY_ID)}
    rfis = requests.get(f"{PROCORE_BASE}/rest/v1.0/projects/{PROJECT_ID}/rfis", headers=headers, timeout=60).json()
    with open(out_path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["number", "subject", "status", "due_date"])
        for rfi in rfis:
            w.writerow([rfi["number"], rfi["subject"], rfi["status"], rfi.get("due_date")])


if __name__ == "__main__":
    export_rfis(f"rfi_export_{dt.date.today():%Y%m%d}.csv")
''', ID=hexs(c.r, 64), V=var, S=c.S, COMP=c.r.randint(10000, 99999), PRJ=c.r.randint(100000, 999999), PROJ=c.proj)


@P('procore', 'oauth_client_secret', g_procore, 'json', 'PROCORE_CLIENT_SECRET', ctx='cfg', doc=DOC_PROCORE)
def t_appsettings_procore(c):
    key = c.nm('ClientSecret', 'AppKey', 'Secret')
    return 'src/Procore.Connector/appsettings.Development.json', T('''{
  "Procore": {
    "BaseUrl": "https://sandbox.procore.com",
    "LoginUrl": "https://login-sandbox.procore.com",
    "CompanyId": <<COMP>>,
    "ClientId": "<<ID>>",
    "<<K>>": <<S>>,
    "RedirectUri": "http://localhost"
  },
  "Sync": {
    "IntervalMinutes": 30,
    "Tools": [ "rfis", "submittals", "daily_logs" ]
  }
}
''', COMP=c.r.randint(10000, 99999), ID=hexs(c.r, 64), K=key, S=c.S)


@P('procore', 'oauth_client_secret', g_procore, 'yaml', 'PROCORE_CLIENT_SECRET', ctx='cfg', wrap='none', doc=DOC_PROCORE)
def t_helm_procore(c):
    return 'deploy/helm/procore-sync/values.yaml', T('''replicaCount: 1

image:
  repository: ghcr.io/<<CS>>/procore-sync
  tag: "<<VER>>"
  pullPolicy: IfNotPresent

procore:
  baseUrl: https://api.procore.com
  companyId: "<<COMP>>"
  clientId: <<ID>>
  clientSecret: <<S>>

schedule: "*/30 * * * *"

resources:
  limits:
    cpu: 250m
    memory: 256Mi
''', CS=c.cslug, VER='1.%d.%d' % (c.r.randint(0, 9), c.r.randint(0, 30)), COMP=c.r.randint(10000, 99999),
             ID=hexs(c.r, 64), S=c.S)


@P('procore', 'oauth_client_secret', g_procore, 'md', 'PROCORE_CLIENT_SECRET', ctx='cli', wrap='none', doc=DOC_PROCORE)
def t_md_procore(c):
    return 'docs/integrations/procore.md', T('''# Procore integration (DMSA)

Service account installed in company <<COMP>> for **<<PROJ>>**.

```
curl -F grant_type=client_credentials \\
     -F client_id=<<ID>> \\
     -F client_secret=<<S>> \\
     -X POST https://login.procore.com/oauth/token
```

Tools granted: RFIs (read), Submittals (read), Daily Log (standard).
Owner: <<P>> - rotate the secret every 90 days.
''', COMP=c.r.randint(10000, 99999), PROJ=c.proj, ID=hexs(c.r, 64), S=c.S, P=c.person)


@P('procore', 'oauth_client_secret', g_procore, 'js', 'PROCORE_CLIENT_SECRET', ctx='code')
def t_node_procore(c):
    return 'src/procore/client.js', T('''import axios from 'axios';

const LOGIN = 'https://login.procore.com/oauth/token';

export async function procoreClient(companyId) {
  const { data } = await axios.post(LOGIN, {
    grant_type: 'client_credentials',
    client_id: '<<ID>>',
    client_secret: <<S>>,
  });
  return axios.create({
    baseURL: 'https://api.procore.com/rest/v1.0',
    headers: {
      Authorization: `Bearer ${data.access_token}`,
      'Procore-Company-Id': String(companyId),
    },
  });
}
''', ID=hexs(c.r, 64), S=c.S)


# ---- Bentley iTwin
@P('bentley_itwin', 'oauth_client_secret', g_itwin_secret, 'ts', 'IMJS_CLIENT_SECRET', ctx='code', wrap='sq')
def t_ts_itwin(c):
    return 'src/itwin/serviceAuth.ts', T('''import { ServiceAuthorizationClient } from "@itwin/service-authorization";
import { IModelsClient } from "@itwin/imodels-client-management";

// Machine-to-machine client for the <<PROJ>> iModel changeset reporter
export const authClient = new ServiceAuthorizationClient({
  clientId: "<<ID>>",
  clientSecret: <<S>>,
  scope: "itwin-platform",
});

export const imodels = new IModelsClient();
export const ITWIN_ID = "<<IT>>";
''', PROJ=c.proj, ID=g_itwin_id(c.r).replace('spa-', 'service-').replace('native-', 'service-'), S=c.S, IT=c.uuid())


@P('bentley_itwin', 'oauth_client_secret', g_itwin_secret, 'json', 'IMJS_CLIENT_SECRET', ctx='cfg')
def t_json_itwin(c):
    key = c.nm('clientSecret', 'secret', 'imsKey')
    return 'config/default.json', T('''{
  "itwin": {
    "authority": "https://ims.bentley.com",
    "clientId": "<<ID>>",
    "<<K>>": <<S>>,
    "scope": "itwin-platform",
    "iTwinId": "<<IT>>",
    "iModelId": "<<IM>>"
  },
  "report": {
    "outDir": "./out",
    "format": "xlsx"
  }
}
''', ID=g_itwin_id(c.r), K=key, S=c.S, IT=c.uuid(), IM=c.uuid())


@P('bentley_itwin', 'oauth_client_secret', g_itwin_secret, 'json', 'IMJS_CLIENT_SECRET', ctx='cfg')
def t_vscode_itwin(c):
    return '.vscode/launch.json', T('''{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "Run changeset report",
      "program": "${workspaceFolder}/lib/main.js",
      "env": {
        "IMJS_AUTHORITY": "https://ims.bentley.com",
        "IMJS_CLIENT_ID": "<<ID>>",
        "IMJS_CLIENT_SECRET": <<S>>,
        "IMJS_ITWIN_ID": "<<IT>>"
      },
      "outFiles": ["${workspaceFolder}/lib/**/*.js"]
    }
  ]
}
''', ID=g_itwin_id(c.r), S=c.S, IT=c.uuid())


# ---- Trimble Connect
@P('trimble_connect', 'oauth_client_secret', g_trimble_secret, 'xml', 'TRIMBLE_CONSUMER_SECRET', ctx='cfg')
def t_xml_trimble(c):
    key = c.nm('TrimbleConsumerSecret', 'TidKey', 'ConnectAppKey')
    return 'src/TeklaConnectSync/App.config', T('''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <appSettings>
    <add key="TrimbleIdentityUri" value="https://id.trimble.com" />
    <add key="TrimbleConsumerKey" value="<<ID>>" />
    <add key="<<K>>" value=<<S>> />
    <add key="ConnectRegion" value="europe" />
    <add key="ConnectProjectId" value="<<PID>>" />
    <add key="CallbackUri" value="http://localhost:44300/callback" />
  </appSettings>
</configuration>
''', ID=c.uuid(), K=key, S=c.S, PID=rs(c.r, 22, URLSAFE))


@P('trimble_connect', 'oauth_client_secret', g_trimble_secret, 'cs', 'TRIMBLE_CONSUMER_SECRET', ctx='code')
def t_cs_trimble(c):
    return 'src/TeklaConnectSync/Auth/TidClient.cs', T('''using System.Net.Http;
using System.Threading.Tasks;
using Trimble.ID;

namespace TeklaConnectSync.Auth
{
    public sealed class TidClient
    {
        private static readonly OpenIdEndpointProvider Endpoints =
            new OpenIdEndpointProvider(new System.Uri("https://id.trimble.com/.well-known/openid-configuration"));

        public static AuthorizationCodeGrantTokenProvider Create()
        {
            var credentials = new ClientCredentialTokenProvider(Endpoints, "<<ID>>", <<S>>);
            return new AuthorizationCodeGrantTokenProvider(Endpoints, credentials, "http://localhost:44300/callback");
        }
    }
}
''', ID=c.uuid(), S=c.S)


# ---- Bluebeam
@P('bluebeam', 'oauth_client_secret', g_bluebeam_secret, 'json', 'BLUEBEAM_CLIENT_SECRET', ctx='cfg')
def t_json_bluebeam(c):
    key = c.nm('client_secret', 'app_key', 'studio_key')
    return 'studio-sessions/config.json', T('''{
  "studio": {
    "authority": "https://authserver.bluebeam.com/auth/oauth/authorize",
    "token_url": "https://authserver.bluebeam.com/auth/token",
    "api": "https://studioapi.bluebeam.com/publicapi/v1",
    "client_id": "<<ID>>",
    "<<K>>": <<S>>,
    "redirect_uri": "https://localhost:5001/bb/callback"
  },
  "sessions": {
    "prefix": "<<CODE>>-Review",
    "default_attendees": ["<<P>>@<<DOM>>"]
  }
}
''', ID=c.uuid(), K=key, S=c.S, CODE=c.code, P=c.person, DOM=c.dom)


@P('bluebeam', 'oauth_client_secret', g_bluebeam_secret, 'py', 'BLUEBEAM_CLIENT_SECRET', ctx='code')
def t_py_bluebeam(c):
    return 'tools/bluebeam/create_session.py', T('''import requests
from requests_oauthlib import OAuth2Session

CLIENT_ID = "<<ID>>"
REDIRECT = "https://localhost:5001/bb/callback"


def refresh(refresh_token):
    s = OAuth2Session(CLIENT_ID)
    return s.refresh_token(
        "https://authserver.bluebeam.com/auth/token",
        refresh_token=refresh_token,
        client_id=CLIENT_ID,
        client_secret=<<S>>,
    )


def create_session(access_token, name):
    r = requests.post(
        "https://studioapi.bluebeam.com/publicapi/v1/sessions",
        json={"Name": name, "Notification": True, "Restricted": True},
        headers={"Authorization": f"Bearer {access_token}"},
    )
    r.raise_for_status()
    return r.json()["Id"]
''', ID=c.uuid(), S=c.S)


# ---- Fieldwire
@P('fieldwire', 'api_token', g_fieldwire, 'rb', 'FIELDWIRE_API_TOKEN', ctx='code')
def t_rb_fieldwire(c):
    var = c.nm('FIELDWIRE_API_TOKEN', 'REFRESH', 'FW_KEY')
    return 'lib/fieldwire/client.rb', T('''# frozen_string_literal: true

require "net/http"
require "json"

module Fieldwire
  HOST = "https://client-api.super.fieldwire.com"
  <<V>> = <<S>>

  def self.access_token
    uri = URI("#{HOST}/api_keys/jwt")
    res = Net::HTTP.post(uri, { api_token: <<V>> }.to_json,
                         "Content-Type" => "application/json", "Accept" => "application/json")
    JSON.parse(res.body).fetch("access_token")
  end

  def self.projects
    uri = URI("https://client-api.us.fieldwire.com/api/v3/account/projects")
    req = Net::HTTP::Get.new(uri)
    req["Authorization"] = "Bearer #{access_token}"
    req["Fieldwire-Version"] = "2024-01-01"
    Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| JSON.parse(h.request(req).body) }
  end
end
''', V=var, S=c.S)


@P('fieldwire', 'api_token', g_fieldwire, 'md', 'FIELDWIRE_API_TOKEN', ctx='cfg', wrap='none')
def t_md_fieldwire(c):
    return 'docs/fieldwire-api.md', T('''## Fieldwire punch-list export

Account API key (generated by <<P>> on <<D>>):

```bash
curl --request POST \\
     --url https://client-api.super.fieldwire.com/api_keys/jwt \\
     --header 'content-type: application/json' \\
     --data '{"api_token": "<<S>>"}'
```

The returned JWT is valid for a few hours; the export job fetches a new one every run.
''', P=c.person, D=c.date(), S=c.S)


# ---- Buildertrend (no public API: integration user)
@P('buildertrend', 'password', g_pw, 'yaml', 'BUILDERTREND_PASSWORD', ctx='cfg', wrap='none')
def t_yaml_buildertrend(c):
    key = c.nm('password', 'pass', 'login_key')
    return 'jobs/buildertrend_export.yml', T('''# Scheduled export of Buildertrend schedules and change orders
source:
  type: buildertrend
  portal: https://buildertrend.net
  username: integrations@<<DOM>>
  <<K>>: <<S>>
  builder_id: <<BID>>
export:
  schedule: true
  change_orders: true
  daily_logs: false
destination:
  kind: sharepoint
  site: https://<<CS>>.sharepoint.com/sites/Projects
  library: "BT Exports"
''', DOM=c.dom, K=key, S=c.S, BID=c.r.randint(1000, 99999), CS=c.cslug)


# ---- PlanGrid
@P('plangrid', 'api_key', g_plangrid, 'py', 'PLANGRID_API_KEY', ctx='code')
def t_py_plangrid(c):
    return 'legacy/plangrid/sheets_sync.py', T('''# Legacy PlanGrid sync (kept until the ACC Build migration is done)
import requests

PG = "https://io.plangrid.com"
HEADERS = {"Accept": "application/vnd.plangrid+json; version=1"}


def sheets(project_uid):
    r = requests.get(f"{PG}/projects/{project_uid}/sheets", headers=HEADERS,
                     auth=(<<S>>, ""), timeout=60)
    r.raise_for_status()
    return r.json()["data"]


if __name__ == "__main__":
    for s in sheets("<<UID>>"):
        print(s["name"], s["version_name"])
''', S=c.S, UID=c.uuid())


# ---- Sage / Viewpoint construction ERP
@P('viewpoint_vista', 'db_password', g_pw, 'xml', 'VISTA_DB_PASSWORD', ctx='cfg', wrap='none')
def t_webconfig_vista(c):
    return 'src/JobCostBridge/Web.config', T('''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Vista"
         connectionString="Data Source=vista-sql01.<<DOM>>;Initial Catalog=Viewpoint;User ID=svc_jobcost;Password=<<S>>;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="JCCo" value="<<CO>>" />
    <add key="DefaultPhaseGroup" value="1" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
''', DOM=c.dom, S=c.S, CO=c.r.randint(1, 20))


@P('sage_300cre', 'db_password', g_pw, 'ini', 'SAGE_ODBC_PASSWORD', ctx='cfg', wrap='none')
def t_ini_sage(c):
    key = c.nm('PWD', 'Secret', 'Passphrase')
    return 'config/sage300.ini', T('''; Sage 300 Construction and Real Estate - Timberline ODBC bridge
[odbc]
Driver=Timberline Data
DBQ=\\\\sage01\\Timberline Office\\Data\\<<CODE>>
UID=odbc_reader
<<K>>=<<S>>
CODECHECK=0

[export]
tables=JCM_MASTER__JOB,JCT_CURRENT__TRANSACTION
out_dir=D:\\exports\\sage
''', CODE=c.code, K=key, S=c.S)


@P('sage_intacct', 'password', g_pw, 'xml', 'INTACCT_SENDER_PASSWORD', ctx='cfg', wrap='none')
def t_xml_intacct(c):
    return 'sage/intacct/request_template.xml', T('''<?xml version="1.0" encoding="UTF-8"?>
<request>
  <control>
    <senderid><<SID>></senderid>
    <password><<S>></password>
    <controlid><<CTL>></controlid>
    <uniqueid>false</uniqueid>
    <dtdversion>3.0</dtdversion>
  </control>
  <operation>
    <authentication>
      <sessionid>{{SESSION_ID}}</sessionid>
    </authentication>
    <content>
      <function controlid="list-projects">
        <readByQuery>
          <object>PROJECT</object>
          <fields>PROJECTID,NAME,PROJECTSTATUS</fields>
          <query>PROJECTSTATUS = 'Active'</query>
        </readByQuery>
      </function>
    </content>
  </operation>
</request>
''', SID=c.cslug.replace('-', '') + 'CPM', S=c.S, CTL=c.uuid())


@P('viewpoint_vista', 'db_password', g_pw, 'sql', 'VISTA_DB_PASSWORD', ctx='cfg', wrap='sq')
def t_sql_vista(c):
    return 'db/migrations/0042_reporting_login.sql', T('''-- Reporting login for the Power BI job-cost dataset
USE [master];
GO
CREATE LOGIN [svc_pbi_jobcost] WITH PASSWORD = <<S>>, CHECK_POLICY = ON, DEFAULT_DATABASE = [Viewpoint];
GO
USE [Viewpoint];
GO
CREATE USER [svc_pbi_jobcost] FOR LOGIN [svc_pbi_jobcost];
ALTER ROLE [db_datareader] ADD MEMBER [svc_pbi_jobcost];
GRANT SELECT ON SCHEMA::dbo TO [svc_pbi_jobcost];
GO
''', S=c.S)


# ---- Speckle
@P('speckle', 'personal_access_token', g_speckle, 'py', 'SPECKLE_TOKEN', ctx='code')
def t_dynamo_py_speckle(c):
    return 'dynamo/python/send_levels_to_speckle.py', T('''# Dynamo CPython3 node: send level elevations to Speckle
import clr
clr.AddReference("RevitAPI")
from Autodesk.Revit.DB import FilteredElementCollector, Level

from specklepy.api.client import SpeckleClient
from specklepy.objects import Base

doc = IN[0]
client = SpeckleClient(host="https://app.speckle.systems")
client.authenticate_with_token(<<S>>)

levels = FilteredElementCollector(doc).OfClass(Level).ToElements()
payload = Base()
payload["levels"] = [{"name": l.Name, "elevation_ft": l.Elevation} for l in levels]
OUT = "prepared %d levels for project <<PRJ>>" % len(levels)
''', S=c.S, PRJ=hexs(c.r, 10))


@P('speckle', 'personal_access_token', g_speckle, 'json', 'SPECKLE_TOKEN', ctx='cfg', wrap='none')
def t_dyn_speckle(c):
    nid = hexs(c.r, 32)
    return 'dynamo/graphs/%s_SpeckleExport.dyn' % c.code, T('''{
  "Uuid": "<<U>>",
  "IsCustomNode": false,
  "Description": "Export room data to Speckle for <<PROJ>>",
  "Name": "<<CODE>>_SpeckleExport",
  "ElementResolver": {
    "ResolutionMap": {}
  },
  "Inputs": [],
  "Outputs": [],
  "Nodes": [
    {
      "ConcreteType": "PythonNodeModels.PythonNode, PythonNodeModels",
      "Code": "import sys\\r\\nfrom specklepy.api.client import SpeckleClient\\r\\n\\r\\nclient = SpeckleClient(host=\\"app.speckle.systems\\")\\r\\ntoken = \\"<<S>>\\"\\r\\nclient.authenticate_with_token(token)\\r\\nOUT = client.active_user.get().name",
      "Engine": "CPython3",
      "VariableInputPorts": true,
      "Id": "<<NID>>",
      "NodeType": "PythonScriptNode",
      "Inputs": [],
      "Outputs": [
        {
          "Id": "<<OID>>",
          "Name": "OUT",
          "Description": "Result of the python script",
          "UsingDefaultValue": false,
          "Level": 2,
          "UseLevels": false,
          "KeepListStructure": false
        }
      ],
      "Replication": "Disabled",
      "Description": "Runs an embedded Python script."
    }
  ],
  "Connectors": [],
  "Dependencies": [],
  "Bindings": []
}
''', U=c.uuid(), PROJ=c.proj, CODE=c.code, S=c.S, NID=nid, OID=hexs(c.r, 32))


@P('speckle', 'personal_access_token', g_speckle, 'xml', 'SPECKLE_TOKEN', ctx='cfg', wrap='none')
def t_ghx_speckle(c):
    return 'grasshopper/%s_facade_to_speckle.ghx' % c.code.lower(), T('''<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<Archive name="Root">
  <items count="1">
    <item name="ArchiveVersion" type_name="gh_version" type_code="80">
      <Major>0</Major><Minor>2</Minor><Revision>2</Revision>
    </item>
  </items>
  <chunks count="1">
    <chunk name="Definition">
      <items count="2">
        <item name="plugin_version" type_name="gh_version" type_code="80">
          <Major>1</Major><Minor>0</Minor><Revision>7</Revision>
        </item>
        <item name="DocumentName" type_name="gh_string" type_code="10">facade_to_speckle</item>
      </items>
      <chunks count="1">
        <chunk name="Object" index="0">
          <items count="2">
            <item name="GUID" type_name="gh_guid" type_code="9"><<CG>></item>
            <item name="Name" type_name="gh_string" type_code="10">Python 3 Script</item>
          </items>
          <chunks count="1">
            <chunk name="Container">
              <items count="3">
                <item name="InstanceGuid" type_name="gh_guid" type_code="9"><<IG>></item>
                <item name="NickName" type_name="gh_string" type_code="10">send_panels</item>
                <item name="ScriptSource" type_name="gh_string" type_code="10">import requests
STREAM = "<<ST>>"
headers = {"Authorization": "Bearer <<S>>"}
r = requests.post("https://app.speckle.systems/graphql", json={"query": q}, headers=headers)
a = r.status_code</item>
              </items>
            </chunk>
          </chunks>
        </chunk>
      </chunks>
    </chunk>
  </chunks>
</Archive>
''', CG=c.uuid(), IG=c.uuid(), ST=hexs(c.r, 10), S=c.S)


@P('speckle', 'personal_access_token', g_speckle, 'yaml', 'SPECKLE_TOKEN', ctx='cfg', wrap='none')
def t_compose_speckle(c):
    return 'docker-compose.yml', T('''services:
  speckle-sync:
    build: ./sync
    restart: unless-stopped
    environment:
      SPECKLE_SERVER: https://speckle.<<DOM>>
      SPECKLE_TOKEN: <<S>>
      SPECKLE_PROJECT: "<<PRJ>>"
      WATCH_DIR: /data/ifc
    volumes:
      - ./ifc:/data/ifc:ro

  viewer:
    image: nginx:1.27-alpine
    ports:
      - "8080:80"
    volumes:
      - ./viewer/dist:/usr/share/nginx/html:ro
''', DOM=c.dom, S=c.S, PRJ=hexs(c.r, 10))


@P('speckle', 'personal_access_token', g_speckle, 'cs', 'SPECKLE_TOKEN', ctx='code')
def t_cs_speckle(c):
    return 'src/%s.Speckle/SpeckleAccountFactory.cs' % c.code, T('''using Speckle.Core.Api;
using Speckle.Core.Credentials;

namespace <<CODE>>.Speckle
{
    public static class SpeckleAccountFactory
    {
        public static Client Create()
        {
            var account = new Account
            {
                token = <<S>>,
                serverInfo = new ServerInfo { url = "https://app.speckle.systems" },
                userInfo = new UserInfo { email = "bim-automation@<<DOM>>" }
            };
            return new Client(account);
        }
    }
}
''', CODE=c.code, S=c.S, DOM=c.dom)


@P('speckle', 'personal_access_token', g_speckle, 'yaml', 'SPECKLE_TOKEN', ctx='cfg', wrap='none')
def t_gitlab_speckle(c):
    key = c.nm('SPECKLE_TOKEN', 'SPK', 'UPLOAD_KEY')
    return '.gitlab-ci.yml', T('''stages:
  - validate
  - publish

variables:
  SPECKLE_HOST: "https://app.speckle.systems"
  <<K>>: <<S>>
  IFC_DIR: "exports/ifc"

validate-ifc:
  stage: validate
  image: python:3.11-slim
  script:
    - pip install ifcopenshell==0.7.0
    - python tools/check_ifc.py $IFC_DIR

publish-speckle:
  stage: publish
  image: python:3.11-slim
  script:
    - pip install specklepy
    - python tools/publish.py --project <<PRJ>> --dir $IFC_DIR
  only:
    - main
''', K=key, S=c.S, PRJ=hexs(c.r, 10))


# ---- Matterport
@P('matterport', 'api_token_secret', g_mp_secret, 'ini', 'MATTERPORT_TOKEN_SECRET', ctx='cfg', wrap='none')
def t_ini_matterport(c):
    return 'config/capture.ini', T('''[matterport]
endpoint = https://api.matterport.com/api/models/graph
token_id = <<TID>>
token_secret = <<S>>
organization = <<ORG>>

[sync]
spaces_csv = data/spaces.csv
download_dir = D:\\\\captures\\\\<<CODE>>
include_matterpak = false
''', TID=c.comp(g_mp_id(c.r), '<token-id>'), S=c.S, ORG=rs(c.r, 11), CODE=c.code)


@P('matterport', 'api_token_secret', g_mp_secret, 'js', 'MATTERPORT_TOKEN_SECRET', ctx='code', wrap='sq')
def t_js_matterport(c):
    var = c.nm('MATTERPORT_TOKEN_SECRET', 'mpPass', 'tokenSecret')
    return 'services/matterport/graph.js', T('''const fetch = require('node-fetch');

const MATTERPORT_TOKEN_ID = '<<TID>>';
const <<V>> = <<S>>;

async function graph(query, variables = {}) {
  const auth = Buffer.from(`${MATTERPORT_TOKEN_ID}:${<<V>>}`).toString('base64');
  const res = await fetch('https://api.matterport.com/api/models/graph', {
    method: 'POST',
    headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

module.exports = { graph };
''', TID=c.comp(g_mp_id(c.r), 'YOUR_TOKEN_ID'), V=var, S=c.S)


# ---- OpenSpace
@P('openspace', 'api_key', g_openspace, 'go', 'OPENSPACE_API_KEY', ctx='code')
def t_go_openspace(c):
    return 'cmd/os-capture-report/main.go', T('''package main

import (
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL   = "https://api.openspace.ai/v1"
	projectID = "<<PID>>"
)

var apiKey = <<S>>

func main() {
	client := &http.Client{Timeout: 30 * time.Second}
	req, _ := http.NewRequest("GET", fmt.Sprintf("%s/projects/%s/captures", baseURL, projectID), nil)
	req.Header.Set("Authorization", "Bearer "+apiKey)
	resp, err := client.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	fmt.Println("captures:", resp.Status)
}
''', PID=c.uuid(), S=c.S)


# ---- Esri ArcGIS
@P('esri_arcgis', 'api_key', g_esri_key, 'js', 'ARCGIS_API_KEY', ctx='code', doc=DOC_ESRI)
def t_js_esri(c):
    return 'web/site-map/main.js', T('''require(["esri/config", "esri/Map", "esri/views/MapView", "esri/layers/FeatureLayer"], function (
  esriConfig, Map, MapView, FeatureLayer
) {
  esriConfig.apiKey = <<S>>;

  const map = new Map({ basemap: "arcgis/imagery" });
  const view = new MapView({
    map: map,
    center: [<<LON>>, <<LAT>>], // <<CITY>> site compound
    zoom: 17,
    container: "viewDiv"
  });

  map.add(new FeatureLayer({
    url: "https://services<<N>>.arcgis.com/<<ORG>>/arcgis/rest/services/<<CODE>>_Setting_Out/FeatureServer/0"
  }));
});
''', S=c.S, LON=c.lon, LAT=c.lat, CITY=c.city, N=c.r.randint(1, 9), ORG=rs(c.r, 16), CODE=c.code)


@P('esri_arcgis', 'api_key', g_esri_key, 'py', 'ARCGIS_API_KEY', ctx='code', doc=DOC_ESRI)
def t_py_esri(c):
    return 'gis/publish_setting_out.py', T('''"""Publish setting-out points from the survey CSV as a hosted feature layer."""
from arcgis.gis import GIS
from arcgis.features import GeoAccessor  # noqa: F401
import pandas as pd

gis = GIS("https://www.arcgis.com", api_key=<<S>>)

df = pd.read_csv("survey/<<CODE>>_setting_out.csv")
sdf = pd.DataFrame.spatial.from_xy(df, "Easting", "Northing", sr=<<EPSG>>)
item = sdf.spatial.to_featurelayer("<<CODE>> setting out <<D>>", gis=gis, folder="<<PROJ>>")
print(item.url)
''', S=c.S, CODE=c.code, EPSG=c.pick(EPSG), D=c.date(), PROJ=c.proj)


@P('esri_arcgis', 'oauth_client_secret', g_esri_secret, 'json', 'ARCGIS_CLIENT_SECRET', ctx='cfg')
def t_json_esri_app(c):
    return 'gis/arcgis_app.json', T('''{
  "portal": "https://<<CS>>.maps.arcgis.com",
  "client_id": "<<CID>>",
  "client_secret": <<S>>,
  "grant_type": "client_credentials",
  "expiration": 1440,
  "layers": {
    "setting_out": "<<I1>>",
    "utilities": "<<I2>>"
  }
}
''', CS=c.cslug, CID=rs(c.r, 16), S=c.S, I1=hexs(c.r, 32), I2=hexs(c.r, 32))


@P('esri_arcgis', 'api_key', g_esri_key, 'lisp', 'ARCGIS_API_KEY', ctx='code', doc=DOC_ESRI)
def t_lsp_esri(c):
    return 'lisp/geocode_site.lsp', T(''';;; GEOCODESITE - look up the site address with the ArcGIS geocoder
;;; and drop a point at the returned coordinates (drawing must be in <<EPSG>>).
(vl-load-com)
(setq *arcgis-key* <<S>>)

(defun c:GEOCODESITE (/ addr url http resp)
  (setq addr (getstring T "\\nSite address: "))
  (setq url (strcat "https://geocode-api.arcgis.com/arcgis/rest/services/World/GeocodeServer/findAddressCandidates"
                    "?f=json&outSR=<<EPSG>>&maxLocations=1&singleLine=" addr
                    "&token=" *arcgis-key*))
  (setq http (vlax-create-object "MSXML2.XMLHTTP"))
  (vlax-invoke-method http 'open "GET" url :vlax-false)
  (vlax-invoke-method http 'send)
  (setq resp (vlax-get-property http 'responseText))
  (vlax-release-object http)
  (princ resp)
  (princ)
)
''', EPSG=c.pick(EPSG), S=c.S)


@P('esri_arcgis', 'api_key', g_esri_key, 'yaml', 'ARCGIS_API_KEY', ctx='cfg', wrap='none', doc=DOC_ESRI)
def t_k8s_esri(c):
    return 'k8s/geoservices-secret.yaml', T('''apiVersion: v1
kind: Secret
metadata:
  name: geoservices
  namespace: <<NS>>
type: Opaque
stringData:
  arcgis-portal: https://www.arcgis.com
  arcgis-api-key: <<S>>
''', NS=c.code.lower() + '-apps', S=c.S)


# ---- NTRIP casters (GNSS corrections)
def caster(c):
    h, p = c.pick(CASTERS)
    return h, p, c.pick(MOUNTS), c.pick(['survey', 'kbuild', 'rover01', 'northline', c.person.replace('.', '_'),
                                         'site-%s' % c.code.lower(), 'ntripuser%d' % c.r.randint(10, 99)])


@P('ntrip', 'ntrip_credentials', g_ntrip_pass, 'sh', 'NTRIP_PASSWORD', ctx='url', wrap='none', doc=DOC_NTRIP)
def t_sh_str2str(c):
    h, p, m, u = caster(c)
    return c.pick(['scripts/start_base_relay.sh', 'gnss/relay.sh', 'ops/rtk/str2str_relay.sh']), T('''#!/usr/bin/env bash
# Relay network RTK corrections to the site radio modem (<<PROJ>>)
set -euo pipefail

LOG=/var/log/str2str/relay_$(date +%Y%m%d).log
mkdir -p "$(dirname "$LOG")"

exec str2str \\
  -in ntrip://<<U>>:<<S>>@<<H>>:<<PORT>>/<<M>> \\
  -out serial://ttyUSB0:57600:8:n:1:off \\
  -out tcpsvr://:2102 \\
  -p <<LAT>> <<LON>> <<HT>> \\
  -n 1000 \\
  -t 2 2>>"$LOG"
''', PROJ=c.proj, U=u, S=c.S, H=h, PORT=p, M=m, LAT=c.lat, LON=c.lon, HT=round(c.r.uniform(5, 300), 3))


@P('ntrip', 'ntrip_credentials', g_ntrip_pass, 'ini', 'NTRIP_PASSWORD', ctx='url', wrap='none', doc=DOC_NTRIP)
def t_rtkrcv_conf(c):
    h, p, m, u = caster(c)
    return c.pick(['conf/rover_rtk.conf', 'rtklib/rtkrcv_%s.conf' % c.code.lower()]), T('''# rtkrcv options - <<PROJ>> machine-control rover
console-passwd     =admin
console-timetype   =gpst
inpstr1-type       =serial
inpstr2-type       =ntripcli
inpstr3-type       =off
inpstr1-path       =ttyACM0:115200:8:n:1:off
inpstr2-path       =<<U>>:<<S>>@<<H>>:<<PORT>>/<<M>>
inpstr1-format     =ubx
inpstr2-format     =rtcm3
inpstr2-nmeareq    =single
inpstr2-nmealat    =<<LAT>>
inpstr2-nmealon    =<<LON>>
outstr1-type       =file
outstr1-path       =/data/sol/rover_%Y%m%d%h%M.pos
outstr1-format     =llh
pos1-posmode       =kinematic
pos1-frequency     =l1+l2
pos1-elmask        =15
pos2-armode        =fix-and-hold
''', PROJ=c.proj, U=u, S=c.S, H=h, PORT=p, M=m, LAT=c.lat, LON=c.lon)


@P('ntrip', 'ntrip_credentials', g_ntrip_pass, 'bat', 'NTRIP_PASSWORD', ctx='url', wrap='none', doc=DOC_NTRIP)
def t_bat_str2str(c):
    h, p, m, u = caster(c)
    return 'tools/gnss/base_to_file.bat', T('''@echo off
rem Log raw RTCM from the caster for post-processing checks
set OUTDIR=C:\\GNSS\\rtcm\\<<CODE>>
if not exist "%OUTDIR%" mkdir "%OUTDIR%"
"C:\\RTKLIB_bin\\bin\\str2str.exe" -in ntrip://<<U>>:<<S>>@<<H>>:<<PORT>>/<<M>> -out file://%OUTDIR%\\%%Y%%m%%d_%%h.rtcm3::S=1 -t 3
''', CODE=c.code, U=u, S=c.S, H=h, PORT=p, M=m)


@P('ntrip', 'ntrip_credentials', g_ntrip_pass, 'ps1', 'NTRIP_PASSWORD', ctx='code')
def t_ps_ntrip(c):
    h, p, m, u = caster(c)
    var = c.nm('$NtripPassword', '$pw', '$casterKey')
    return 'scripts/Start-NtripRelay.ps1', T('''param(
    [string]$ComPort = "COM4",
    [int]$Baud = 115200
)

$NtripUser = "<<U>>"
<<V>> = <<S>>
$Caster = "<<H>>:<<PORT>>/<<M>>"

$str2str = Join-Path $PSScriptRoot "..\\bin\\str2str.exe"
$inPath = "ntrip://${NtripUser}:$(<<V>>)@$Caster"
$outPath = "serial://$($ComPort.TrimStart('COM')):$($Baud):8:n:1:off"

Write-Host "Relaying $Caster -> $ComPort"
& $str2str -in $inPath -out $outPath -t 2
''', U=u, V=var, S=c.S, H=h, PORT=p, M=m)


@P('ntrip', 'ntrip_credentials', g_ntrip_pass, 'py', 'NTRIP_PASSWORD', ctx='code')
def t_py_ntrip(c):
    h, p, m, u = caster(c)
    return 'gnss/ntrip_client.py', T('''"""Minimal NTRIP v2 client used by the site logger."""
import base64
import socket

CASTER = ("<<H>>", <<PORT>>)
MOUNTPOINT = "<<M>>"
USER = "<<U>>"


def connect(password=<<S>>):
    cred = base64.b64encode(f"{USER}:{password}".encode()).decode()
    s = socket.create_connection(CASTER, timeout=10)
    s.sendall(
        (f"GET /{MOUNTPOINT} HTTP/1.1\\r\\n"
         f"Host: {CASTER[0]}\\r\\n"
         "Ntrip-Version: Ntrip/2.0\\r\\n"
         "User-Agent: NTRIP site-logger/1.4\\r\\n"
         f"Authorization: Basic {cred}\\r\\n\\r\\n").encode()
    )
    return s
''', H=h, PORT=p, M=m, U=u, S=c.S)


@P('ntrip', 'ntrip_credentials', g_ntrip_pass, 'md', 'NTRIP_PASSWORD', ctx='url', wrap='none', doc=DOC_NTRIP)
def t_md_ntrip(c):
    h, p, m, u = caster(c)
    return 'docs/survey/rtk-setup.md', T('''# RTK setup for site engineers

Controller profile **<<CODE>>-NRTK** (Trimble Access / Leica Captivate):

| Field | Value |
|---|---|
| Caster | `<<H>>` |
| Port | `<<PORT>>` |
| Mountpoint | `<<M>>` |

Quick check from a laptop with RTKLIB:

```
str2str -in ntrip://<<U>>:<<S>>@<<H>>:<<PORT>>/<<M>> -out file://check.rtcm3
```

Expect RTCM 1005/1077/1087 messages within 10 s. Local grid: EPSG:<<EPSG>>.
''', CODE=c.code, H=h, PORT=p, M=m, U=u, S=c.S, EPSG=c.pick(EPSG))


@P('ntrip', 'ntrip_credentials', g_ntrip_pass, 'csv', 'NTRIP_PASSWORD', ctx='cfg', wrap='none')
def t_csv_ntrip(c):
    rows = []
    target = c.r.randrange(4)
    for i in range(5):
        h, p, m, u = caster(c)
        if i == target:
            pw = c.S
        else:
            pw = ''
        rows.append('R%03d,%s,%s,%s,%d,%s,%s,%s' % (c.r.randint(1, 400), c.pick(['R12i', 'GS18 T', 'R10-2', 'Reach RS3', 'Hiper VR']),
                                                   rs(c.r, 10, DIG), h, p, m, u if i == target else '', pw))
    return 'exports/field_devices_%s.csv' % c.date().replace('-', ''), \
        'device,model,serial,caster,port,mountpoint,ntrip_user,ntrip_password\n' + '\n'.join(rows) + '\n'


@P('ntrip', 'ntrip_credentials', g_ntrip_pass, 'yaml', 'NTRIP_PASSWORD', ctx='cfg', wrap='none', doc=DOC_NTRIP)
def t_ros_ntrip(c):
    h, p, m, u = caster(c)
    return 'ros/config/ntrip_client.yaml', T('''# ntrip_client node parameters for the dozer guidance stack
ntrip_client:
  ros__parameters:
    host: <<H>>
    port: <<PORT>>
    mountpoint: <<M>>
    ntrip_version: "Ntrip/2.0"
    authenticate: true
    username: <<U>>
    password: <<S>>
    ssl: false
    rtcm_message_package: rtcm_msgs
    reconnect_attempt_max: 10
    reconnect_attempt_wait_seconds: 5
    rtcm_timeout_seconds: 4
''', H=h, PORT=p, M=m, U=u, S=c.S)


@P('ntrip', 'ntrip_credentials', g_ntrip_pass, 'log', 'NTRIP_PASSWORD', ctx='url', wrap='none', neg=True)
def t_log_ntrip(c):
    h, p, m, u = caster(c)
    d = c.date()
    lines = ['%s 06:%02d:%02d [INFO ] relay starting' % (d, c.r.randint(0, 9), c.r.randint(0, 59)),
             '%s 06:%02d:%02d [INFO ] cmd: str2str -in ntrip://%s:%s@%s:%d/%s -out tcpsvr://:2102 -t 2' % (
                 d, c.r.randint(10, 19), c.r.randint(0, 59), u, c.S, h, p, m)]
    for i in range(c.r.randint(6, 12)):
        lines.append('%s 06:%02d:%02d [INFO ] stream (0) %s  %d B  %d bps  (1) %s %d B' % (
            d, 20 + i, c.r.randint(0, 59), c.pick(['C', 'W']), c.r.randint(1000, 900000), c.r.randint(800, 4000),
            'C', c.r.randint(1000, 900000)))
    lines.append('%s 07:%02d:11 [WARN ] ntrip: response timeout, reconnecting' % (d, c.r.randint(0, 59)))
    return 'logs/relay/str2str_%s.log' % d.replace('-', ''), '\n'.join(lines) + '\n'


# ---- Drone mapping
@P('dronedeploy', 'api_key', g_dronedeploy, 'py', 'DRONEDEPLOY_API_KEY', ctx='code')
def t_py_dronedeploy(c):
    var = c.nm('DRONEDEPLOY_API_KEY', 'DD_AUTH', 'key')
    return 'drone/dd_export_orthos.py', T('''"""Export the latest orthomosaic for each <<PROJ>> flight plan."""
import requests

GRAPHQL = "https://www.dronedeploy.com/graphql"
<<V>> = <<S>>

QUERY = """
query Plans($first: Int) {
  viewer { organization { plans(first: $first) { edges { node { id name } } } } }
}
"""


def plans(n=20):
    r = requests.post(GRAPHQL, json={"query": QUERY, "variables": {"first": n}},
                      headers={"Authorization": f"Bearer {<<V>>}"}, timeout=60)
    r.raise_for_status()
    return [e["node"] for e in r.json()["data"]["viewer"]["organization"]["plans"]["edges"]]


if __name__ == "__main__":
    for p in plans():
        print(p["id"], p["name"])
''', PROJ=c.proj, V=var, S=c.S)


@P('dronedeploy', 'api_key', g_dronedeploy, 'sh', 'DRONEDEPLOY_API_KEY', ctx='cli', wrap='none', dotenv=True)
def t_dotenv_dd(c):
    return c.pick(['.env', '.env.production']), T('''NODE_ENV=production
DRONEDEPLOY_API_KEY=<<S>>
DRONEDEPLOY_ORG=<<ORG>>
EXPORT_BUCKET=s3://<<CS>>-drone-exports
''', S=c.S, ORG=rs(c.r, 12, LO + DIG), CS=c.cslug)


@P('pix4d', 'oauth_client_secret', g_pix4d, 'toml', 'PIX4D_CLIENT_SECRET', ctx='cfg')
def t_toml_pix4d(c):
    key = c.nm('client_secret', 'secret', 'app_key')
    return 'pix4d/pipeline.toml', T('''[pix4d]
api = "https://cloud.pix4d.com"
client_id = "<<CID>>"
<<K>> = <<S>>

[processing]
template = "3d-maps"
output_cs = "EPSG:<<EPSG>>"
gcp_file = "survey/gcp_<<CODE>>.csv"

[[uploads]]
folder = "D:/flights/<<CODE>>/<<D>>"
project_name = "<<CODE>> stockpile <<D>>"
''', CID=rs(c.r, 40), K=key, S=c.S, EPSG=c.pick(EPSG), CODE=c.code, D=c.date())


# ---- Oracle Aconex
@P('aconex', 'password', g_pw, 'properties', 'ACONEX_PASSWORD', ctx='cfg', wrap='none')
def t_props_aconex(c):
    key = c.nm('aconex.password', 'aconex.auth.pw', 'aconex.secret')
    return 'src/main/resources/aconex.properties', T('''# Aconex document register sync
aconex.url=https://<<REG>>.aconex.com/api
aconex.project.id=<<PID>>
aconex.username=dc.integration@<<DOM>>
<<K>>=<<S>>
aconex.register.pageSize=250
sync.target=sharepoint
sync.cron=0 0/30 * * * ?
''', REG=c.pick(['uk1', 'us1', 'au1', 'ca1']), PID=c.r.randint(1000000000, 1999999999), DOM=c.dom, K=key, S=c.S)


@P('aconex', 'password', g_pw, 'py', 'ACONEX_PASSWORD', ctx='code')
def t_py_aconex(c):
    return 'doc_control/aconex_register.py', T('''import requests
from xml.etree import ElementTree as ET

BASE = "https://<<REG>>.aconex.com/api/projects/<<PID>>/register"
session = requests.Session()
session.auth = ("dc.integration@<<DOM>>", <<S>>)


def documents(page=1):
    r = session.get(BASE, params={"return_fields": "docno,title,revision,statusid", "page_number": page})
    r.raise_for_status()
    root = ET.fromstring(r.content)
    return [(d.findtext("DocumentNumber"), d.findtext("Revision")) for d in root.iter("Document")]
''', REG=c.pick(['uk1', 'us1', 'au1']), PID=c.r.randint(1000000000, 1999999999), DOM=c.dom, S=c.S)


# ---- AWS S3 (point clouds, model archives)
@P('aws', 'aws_secret_access_key', g_aws_secret, 'tf', 'AWS_SECRET_ACCESS_KEY', ctx='cfg', doc=DOC_AWS)
def t_tf_aws(c):
    return 'infra/terraform/providers.tf', T('''terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "eu-west-2"
  access_key = "<<AK>>"
  secret_key = <<S>>
}

resource "aws_s3_bucket" "pointclouds" {
  bucket = "<<CS>>-<<CODE>>-pointclouds"
  tags = {
    Project = "<<PROJ>>"
  }
}
''', AK=c.comp(g_aws_id(c.r), 'AKIAIOSFODNN7EXAMPLE'), S=c.S, CS=c.cslug, CODE=c.code.lower(), PROJ=c.proj)


@P('aws', 'aws_secret_access_key', g_aws_secret, 'py', 'AWS_SECRET_ACCESS_KEY', ctx='code', doc=DOC_AWS)
def t_py_boto(c):
    return 'scripts/upload_pointclouds.py', T('''"""Upload registered E57/LAS scans to S3 for the viewer team."""
import pathlib
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-west-2",
    aws_access_key_id="<<AK>>",
    aws_secret_access_key=<<S>>,
)

BUCKET = "<<CS>>-<<CODE>>-pointclouds"

for f in sorted(pathlib.Path("scans/registered").glob("*.e57")):
    key = f"{f.stem[:8]}/{f.name}"
    print("->", key)
    s3.upload_file(str(f), BUCKET, key, ExtraArgs={"StorageClass": "STANDARD_IA"})
''', AK=c.comp(g_aws_id(c.r), 'AKIAIOSFODNN7EXAMPLE'), S=c.S, CS=c.cslug, CODE=c.code.lower())


@P('aws', 'aws_secret_access_key', g_aws_secret, 'ini', 'AWS_SECRET_ACCESS_KEY', ctx='cfg', wrap='none', doc=DOC_AWS)
def t_ini_awscreds(c):
    return 'deploy/aws/credentials', T('''[default]
region = eu-west-2

[scan-upload]
aws_access_key_id = <<AK>>
aws_secret_access_key = <<S>>
region = eu-west-2
output = json
''', AK=c.comp(g_aws_id(c.r), 'AKIAIOSFODNN7EXAMPLE'), S=c.S)


# ---- Azure Blob
@P('azure_storage', 'sas_token', g_sas_sig, 'ps1', 'AZ_SAS_SIG', ctx='url', wrap='none', doc=DOC_SAS)
def t_ps_azcopy(c):
    acct = c.cslug.replace('-', '')[:14] + 'docs'
    return 'scripts/Sync-Drawings.ps1', T('''# Mirror issued drawings to the client's blob container
$src = "\\\\fs01\\projects\\<<CODE>>\\Issued"
$dst = "https://<<A>>.blob.core.windows.net/issued-drawings?sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=<<SE>>T18:00:00Z&st=<<ST>>T08:00:00Z&spr=https&sig=<<S>>"

azcopy sync $src $dst --recursive --delete-destination=false --include-pattern "*.pdf;*.dwg"
if ($LASTEXITCODE -ne 0) { throw "azcopy failed with $LASTEXITCODE" }
''', CODE=c.code, A=acct, SE=c.date(), ST=c.date(), S=c.S)


@P('azure_storage', 'sas_token', g_sas_sig, 'js', 'AZ_SAS_SIG', ctx='url', wrap='none', doc=DOC_SAS)
def t_js_sas(c):
    acct = c.cslug.replace('-', '')[:14] + 'bim'
    var = c.nm('sasToken', 'qs', 'blobQuery')
    return 'src/storage/blob.js', T('''import { BlobServiceClient } from '@azure/storage-blob';

const account = '<<A>>';
const <<V>> = 'sv=2022-11-02&ss=b&srt=sco&sp=rl&se=<<SE>>T23:59:59Z&st=<<ST>>T00:00:00Z&spr=https&sig=<<S>>';

export const blobService = new BlobServiceClient(`https://${account}.blob.core.windows.net?${<<V>>}`);

export async function listModels(container = 'federated-models') {
  const out = [];
  for await (const b of blobService.getContainerClient(container).listBlobsFlat()) out.push(b.name);
  return out;
}
''', A=acct, V=var, SE=c.date(), ST=c.date(), S=c.S)


@P('azure_storage', 'storage_account_key', g_azure_key, 'json', 'AZURE_STORAGE_KEY', ctx='cfg', wrap='none', doc=DOC_AZKEY)
def t_json_azkey(c):
    acct = c.cslug.replace('-', '')[:14] + 'store'
    return 'src/SiteDiary.Api/appsettings.json', T('''{
  "ConnectionStrings": {
    "Photos": "DefaultEndpointsProtocol=https;AccountName=<<A>>;AccountKey=<<S>>;EndpointSuffix=core.windows.net"
  },
  "Photos": {
    "Container": "site-photos",
    "MaxUploadMb": 25
  },
  "Logging": {
    "LogLevel": { "Default": "Information" }
  }
}
''', A=acct, S=c.S)


# ---- Databases and e-mail
@P('postgres', 'db_password', g_pw_url, 'yaml', 'POSTGRES_PASSWORD', ctx='url', wrap='none')
def t_compose_pg(c):
    return 'deploy/docker-compose.prod.yml', T('''services:
  api:
    image: ghcr.io/<<CS>>/site-diary-api:<<VER>>
    environment:
      DATABASE_URL: postgresql://diary:<<S>>@db:5432/site_diary
      PHOTO_BUCKET: <<CS>>-site-photos
    depends_on: [db]
  db:
    image: postgis/postgis:16-3.4
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
''', CS=c.cslug, VER='2.%d.%d' % (c.r.randint(0, 9), c.r.randint(0, 20)), S=c.S)


@P('smtp', 'smtp_password', g_pw, 'yaml', 'SMTP_PASSWORD', ctx='cfg', wrap='none')
def t_yaml_smtp(c):
    key = c.nm('password', 'pass', 'auth_key')
    return 'config/mail.yml', T('''# Daily site report mailer
smtp:
  host: smtp.office365.com
  port: 587
  starttls: true
  user: site-reports@<<DOM>>
  <<K>>: <<S>>
report:
  from: "Site Reports <site-reports@<<DOM>>>"
  to:
    - <<P>>@<<DOM>>
  subject: "<<CODE>> daily report {date}"
''', DOM=c.dom, K=key, S=c.S, P=c.person, CODE=c.code)


@P('sendgrid', 'api_key', g_sendgrid, 'py', 'SENDGRID_API_KEY', ctx='code')
def t_py_sendgrid(c):
    return 'notifications/send_ncr_digest.py', T('''from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient(<<S>>)


def send_digest(ncrs, to="quality@<<DOM>>"):
    body = "<br>".join(f"{n['ref']} - {n['title']} ({n['status']})" for n in ncrs)
    msg = Mail(from_email="noreply@<<DOM>>", to_emails=to,
               subject="<<CODE>> open NCRs", html_content=body)
    return sg.send(msg).status_code
''', S=c.S, DOM=c.dom, CODE=c.code)


# ---- Webhooks
@P('slack', 'webhook_url', g_slack_hook, 'yaml', 'SLACK_WEBHOOK_URL', ctx='whole', wrap='none')
def t_gha_slack(c):
    return '.github/workflows/nightly-clash.yml', T('''name: Nightly clash report
on:
  schedule:
    - cron: "30 2 * * 1-5"
jobs:
  clash:
    runs-on: [self-hosted, windows, navisworks]
    steps:
      - uses: actions/checkout@v4
      - name: Run clash tests
        run: .\\tools\\RunClash.ps1 -Model models\\<<CODE>>_FED.nwf
      - name: Notify
        if: always()
        shell: bash
        run: |
          curl -s -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\":\\"<<CODE>> clash run: ${{ job.status }}\\"}" \\
            <<S>>
''', CODE=c.code, S=c.S)


@P('ms_teams', 'webhook_url', g_teams_hook, 'ps1', 'TEAMS_WEBHOOK_URL', ctx='whole', wrap='none')
def t_ps_teams(c):
    return 'scripts/Notify-RfiOverdue.ps1', T('''$hook = "<<S>>"
$rfis = Import-Csv .\\exports\\rfi_log.csv | Where-Object { $_.Status -eq "Open" -and [datetime]$_.Due -lt (Get-Date) }
if ($rfis.Count -gt 0) {
    $text = "**<<CODE>>**: $($rfis.Count) overdue RFIs`n" + (($rfis | ForEach-Object { "- $($_.Number) $($_.Subject)" }) -join "`n")
    Invoke-RestMethod -Method Post -Uri $hook -ContentType "application/json" -Body (@{ text = $text } | ConvertTo-Json)
}
''', S=c.S, CODE=c.code)


# ---- Service accounts and keys
@P('gcp', 'service_account_key', g_gcp_pk, 'json', 'GCP_SA_KEY', ctx='cfg', wrap='none', neg=True)
def t_json_gcp(c):
    proj = '%s-drone-%d' % (c.cslug[:12], c.r.randint(100, 999))
    if c.neg:
        pkid = ''
    else:
        pkid = hexs(c.r, 40)
    return 'credentials/drone-pipeline-sa.json', T('''{
  "type": "service_account",
  "project_id": "<<PR>>",
  "private_key_id": "<<KID>>",
  "private_key": "<<S>>",
  "client_email": "ortho-pipeline@<<PR>>.iam.gserviceaccount.com",
  "client_id": "<<CID>>",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/ortho-pipeline%40<<PR>>.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', PR=proj, KID=pkid, S=c.S, CID=''.join(c.pick(DIG) for _ in range(21)))


def needle_begin(v):
    return v.split('\n', 1)[0]


@P('openssh', 'private_key', g_openssh, 'key', 'SFTP_KEY', ctx='whole', wrap='none', neg=False, needle=needle_begin)
def t_openssh(c):
    return c.pick(['deploy/keys/survey_sftp_ed25519', 'ops/sftp/id_ed25519_scanupload']), c.S


@P('rsa', 'private_key', g_rsa_pem, 'key', 'CASTER_TLS_KEY', ctx='whole', wrap='none', neg=False, needle=needle_begin)
def t_rsa_pem(c):
    return c.pick(['certs/caster-%s.key' % c.code.lower(), 'gnss/tls/ntrip-caster.key']), c.S


@P('github', 'personal_access_token', g_ghp, 'xml', 'GITHUB_PACKAGES_TOKEN', ctx='cfg')
def t_nuget_ghp(c):
    return 'NuGet.config', T('''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="<<CS>>" value="https://nuget.pkg.github.com/<<CS>>/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <<<CS>>>
      <add key="Username" value="bim-ci" />
      <add key="ClearTextPassword" value=<<S>> />
    </<<CS>>>
  </packageSourceCredentials>
</configuration>
''', CS=c.cslug, S=c.S)


@P('github', 'personal_access_token', g_ghp, 'ini', 'GITHUB_PACKAGES_TOKEN', ctx='cfg', wrap='none')
def t_npmrc_ghp(c):
    return c.pick(['.npmrc', 'tools/translate/.npmrc']), T('''@<<CS>>:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=<<S>>
engine-strict=true
''', CS=c.cslug, S=c.S)


@P('mapbox', 'secret_token', g_mapbox_sk, 'sh', 'MAPBOX_SECRET_TOKEN', ctx='cli', wrap='none')
def t_sh_mapbox(c):
    return 'web/tiles/upload_tiles.sh', T('''#!/bin/sh
# Upload the drone orthomosaic as a raster tileset
set -e
export MAPBOX_ACCESS_TOKEN=<<S>>
tilesets upload-raster-source <<USER>> <<CODE>>-ortho-<<D>> ortho/<<CODE>>_ortho_cog.tif
tilesets publish <<USER>>.<<CODE>>-ortho-<<D>>
''', S=c.S, USER='ktbuild', CODE=c.code.lower(), D=c.date().replace('-', ''))


@P('google_maps', 'api_key', g_google, 'py', 'GOOGLE_MAPS_API_KEY', ctx='code')
def t_py_google(c):
    var = c.nm('GOOGLE_MAPS_API_KEY', 'GEO_KEY', 'gk')
    return 'survey/geocode_sites.py', T('''import csv
import requests

<<V>> = <<S>>


def geocode(address):
    r = requests.get("https://maps.googleapis.com/maps/api/geocode/json",
                     params={"address": address, "key": <<V>>}, timeout=20)
    res = r.json()["results"]
    return res[0]["geometry"]["location"] if res else None


with open("sites.csv") as fh:
    for row in csv.DictReader(fh):
        print(row["site_code"], geocode(row["address"]))
''', V=var, S=c.S)


@P('microsoft_entra', 'oauth_client_secret', g_entra, 'json', 'SHAREPOINT_CLIENT_SECRET', ctx='cfg')
def t_json_entra(c):
    key = c.nm('ClientSecret', 'AppPassword', 'Credential')
    return 'src/DocControl.Sync/appsettings.json', T('''{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "<<TID>>",
    "ClientId": "<<CID>>",
    "<<K>>": <<S>>
  },
  "SharePoint": {
    "SiteUrl": "https://<<CS>>.sharepoint.com/sites/<<CODE>>-DocumentControl",
    "Library": "Issued for Construction"
  },
  "Aconex": {
    "ProjectId": <<PID>>
  }
}
''', TID=c.uuid(), CID=c.uuid(), K=key, S=c.S, CS=c.cslug, CODE=c.code, PID=c.r.randint(1000000000, 1999999999))


@P('procore', 'oauth_client_secret', g_procore, 'docker', 'PROCORE_CLIENT_SECRET', ctx='cli', wrap='none', doc=DOC_PROCORE)
def t_dockerfile_procore(c):
    return 'integrations/procore/Dockerfile', T('''FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV PROCORE_CLIENT_ID=<<ID>> \\
    PROCORE_CLIENT_SECRET=<<S>> \\
    PROCORE_COMPANY_ID=<<COMP>>
CMD ["python", "sync_rfis.py"]
''', ID=hexs(c.r, 64), S=c.S, COMP=c.r.randint(10000, 99999))


@P('matterport', 'api_token_secret', g_mp_secret, 'sh', 'MATTERPORT_TOKEN_SECRET', ctx='cli', wrap='none')
def t_sh_matterport(c):
    return 'scripts/mp_list_models.sh', T('''#!/usr/bin/env bash
# List Matterport spaces for the <<PROJ>> progress captures
curl -s https://api.matterport.com/api/models/graph \\
  -u "<<TID>>:<<S>>" \\
  -H "Content-Type: application/json" \\
  -d '{"query":"{ models(query: \\"<<CODE>>\\") { results { id name created } } }"}' | jq '.data.models.results'
''', PROJ=c.proj, TID=c.comp(g_mp_id(c.r), '$MP_TOKEN_ID'), S=c.S, CODE=c.code)


@P('speckle', 'personal_access_token', g_speckle, 'md', 'SPECKLE_TOKEN', ctx='cli', wrap='none')
def t_md_speckle(c):
    return 'docs/speckle.md', T('''# Speckle automation

Projects live on https://app.speckle.systems under the `<<CS>>` workspace.

```python
from specklepy.api.client import SpeckleClient
client = SpeckleClient(host="app.speckle.systems")
client.authenticate_with_token("<<S>>")
```

Model `<<PRJ>>` holds the federated structure; send IFC exports with `tools/publish.py`.
''', CS=c.cslug, S=c.S, PRJ=hexs(c.r, 10))


@P('esri_arcgis', 'api_key', g_esri_key, 'html', 'ARCGIS_API_KEY', ctx='cfg', wrap='none', doc=DOC_ESRI)
def t_html_esri(c):
    return 'web/public/progress-map.html', T('''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title><<PROJ>> - progress map</title>
  <script type="module" src="https://js.arcgis.com/calcite-components/2.13.2/calcite.esm.js"></script>
  <script src="https://js.arcgis.com/4.31/"></script>
  <link rel="stylesheet" href="https://js.arcgis.com/4.31/esri/themes/light/main.css" />
</head>
<body>
  <arcgis-map basemap="arcgis/topographic" center="<<LON>>,<<LAT>>" zoom="16"></arcgis-map>
  <script>
    require(["esri/config"], (esriConfig) => {
      esriConfig.apiKey = "<<S>>";
    });
  </script>
</body>
</html>
''', PROJ=c.proj, LON=c.lon, LAT=c.lat, S=c.S)


# ============================================================================= look-alike negatives
LOOK = []


def L(provider, kind):
    def deco(f):
        LOOK.append(dict(f=f, name=f.__name__, provider=provider, kind=kind))
        return f
    return deco


def aps_urn(c, ext='rvt'):
    raw = 'urn:adsk.objects:os.object:%s-%s-models/%s_%s_%s.%s' % (
        c.cslug, c.code.lower(), c.code, c.pick(['ARC', 'STR', 'MEP', 'FED', 'CIV']), c.pick(['L00', 'ZZ', 'B1', 'R01']), ext)
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip('=')


def wip_urn(c):
    return 'urn:adsk.wipprod:dm.lineage:' + rs(c.r, 22, URLSAFE)


def revit_uid(c):
    return '%s-%08x' % (c.uuid(), c.r.randint(100000, 4000000))


def sha256h(c):
    return hexs(c.r, 64)


def docno(c, kind=None):
    return '%s-%s-%s-%s-%s-%s-%04d' % (c.code, c.pick(['KBL', 'ARD', 'HAL', 'BWE', 'NLS']),
                                       c.pick(['ZZ', 'B1', 'T1', 'XX', 'P2']),
                                       c.pick(['00', '01', '02', 'B1', 'RF', 'ZZ']),
                                       kind or c.pick(['DR', 'M3', 'SP', 'RP', 'SH', 'CA']),
                                       c.pick(['A', 'S', 'M', 'E', 'C', 'G']), c.r.randint(1, 9999))


@L('autodesk_aps', 'model_urn')
def n_viewer_models(c):
    items = []
    for _ in range(c.r.randint(3, 6)):
        items.append('    {\n      "name": "%s",\n      "urn": "%s",\n      "guid": "%s"\n    }' % (
            c.pick(['Architecture', 'Structure', 'MEP', 'Federated', 'Civil']), aps_urn(c), c.uuid()))
    return 'viewer/public/models.json', '{\n  "project": "%s",\n  "env": "AutodeskProduction2",\n  "models": [\n%s\n  ]\n}\n' % (
        c.proj, ',\n'.join(items))


@L('autodesk_acc', 'hub_project_ids')
def n_acc_ids(c):
    return 'config/acc.yml', T('''# Autodesk Construction Cloud identifiers (not secrets)
hub_id: b.<<H>>
project_id: b.<<P>>
folders:
  wip: <<F1>>
  shared: <<F2>>
  published: <<F3>>
linked_models:
  - item: <<I1>>
    version: 7
  - item: <<I2>>
    version: 12
aps_client_id: <<CID>>   # public id of the APS app; secret lives in Key Vault
''', H=c.uuid(), P=c.uuid(), F1='urn:adsk.wipprod:fs.folder:co.' + rs(c.r, 22, URLSAFE),
             F2='urn:adsk.wipprod:fs.folder:co.' + rs(c.r, 22, URLSAFE), F3='urn:adsk.wipprod:fs.folder:co.' + rs(c.r, 22, URLSAFE),
             I1=wip_urn(c), I2=wip_urn(c), CID=g_aps_id(c.r))


@L('autodesk_revit', 'element_ids')
def n_door_schedule(c):
    rows = ['ElementId,UniqueId,Mark,Level,Type,FireRating']
    for i in range(c.r.randint(8, 16)):
        rows.append('%d,%s,D%s-%02d,%s,%s,%s' % (c.r.randint(300000, 2900000), revit_uid(c), c.pick(['0', '1', '2', 'B']),
                                                i + 1, c.pick(['L00', 'L01', 'L02', 'B1']),
                                                c.pick(['SGL 926x2100', 'DBL 1800x2100', 'SGL 826x2040']),
                                                c.pick(['FD30', 'FD60', '-', 'FD30S'])))
    return 'exports/schedules/%s_door_schedule.csv' % c.code, '\n'.join(rows) + '\n'


@L('ifc', 'ifc_globalid')
def n_ifc_extract(c):
    lines = ['ISO-10303-21;', 'HEADER;',
             "FILE_DESCRIPTION(('ViewDefinition [CoordinationView_V2.0]'),'2;1');",
             "FILE_NAME('%s_STR.ifc','%sT10:12:00',(''),(''),'IfcOpenShell 0.7.0','Revit 2024','');" % (c.code, c.date()),
             "FILE_SCHEMA(('IFC4'));", 'ENDSEC;', 'DATA;']
    n = 100
    for _ in range(c.r.randint(10, 20)):
        n += c.r.randint(1, 40)
        ent = c.pick(['IFCWALL', 'IFCBEAM', 'IFCCOLUMN', 'IFCSLAB', 'IFCMEMBER'])
        lines.append("#%d=%s('%s',#41,'%s:%d',$,'%s',#%d,#%d,'%d',$);" % (
            n, ent, ifc_guid(c.r), ent[3:].title(), c.r.randint(100000, 999999), ent[3:].title(), n - 3, n - 1,
            c.r.randint(300000, 2999999)))
    lines += ['ENDSEC;', 'END-ISO-10303-21;']
    return 'models/ifc/%s_STR_extract.ifc' % c.code, '\n'.join(lines) + '\n'


@L('bcf', 'topic_guid')
def n_bcf(c):
    return 'issues/%s/markup.bcf' % c.uuid(), T('''<?xml version="1.0" encoding="utf-8"?>
<Markup xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <Topic Guid="<<TG>>" TopicType="Clash" TopicStatus="Open">
    <Title>Duct clashes with beam at grid C/4</Title>
    <Priority>High</Priority>
    <CreationDate><<D>>T09:14:22+00:00</CreationDate>
    <CreationAuthor><<P>>@<<DOM>></CreationAuthor>
    <AssignedTo>mep.coordinator@<<DOM>></AssignedTo>
  </Topic>
  <Comment Guid="<<CG>>">
    <Date><<D>>T09:15:02+00:00</Date>
    <Author><<P>>@<<DOM>></Author>
    <Comment>Lower duct by 150 mm, see IFC element <<IFC>>.</Comment>
    <Viewpoint Guid="<<VG>>" />
  </Comment>
  <Viewpoints Guid="<<VG>>">
    <Viewpoint>viewpoint.bcfv</Viewpoint>
    <Snapshot>snapshot.png</Snapshot>
  </Viewpoints>
</Markup>
''', TG=c.uuid(), D=c.date(), P=c.person, DOM=c.dom, CG=c.uuid(), IFC=ifc_guid(c.r), VG=c.uuid())


@L('iso19650', 'document_numbers')
def n_doc_register(c):
    rows = ['Document Number,Title,Revision,Status,Date']
    for _ in range(c.r.randint(10, 20)):
        rows.append('%s,"%s",%s,%s,%s' % (docno(c), c.pick(['General Arrangement Plan', 'Section A-A', 'Drainage Layout',
                                                          'Structural Calculations', 'Door Schedule', 'Fire Strategy']),
                                         c.pick(['P01', 'P02', 'C01', 'C02', 'P03.1']), c.pick(['S2', 'S3', 'S4', 'A1', 'B1']), c.date()))
    return 'doc_control/%s_document_register.csv' % c.code, '\n'.join(rows) + '\n'


@L('drawings', 'drawing_numbers')
def n_drawing_md(c):
    rows = ['| Drawing | Title | Rev | Scale |', '|---|---|---|---|']
    for _ in range(c.r.randint(8, 14)):
        rows.append('| %s-%s-%s | %s | %s | 1:%d |' % (c.code, c.pick(['A', 'S', 'C', 'M']), c.r.randint(1000, 9999),
                                                   c.pick(['Ground floor GA', 'Roof plan', 'Piling layout', 'Setting-out plan',
                                                           'Long section ch. 0-450']),
                                                   c.pick(['P1', 'P2', 'C1', 'T3']), c.pick([50, 100, 200, 500, 1250])))
    return 'docs/drawing-register.md', '# %s drawing register\n\nIssued %s.\n\n%s\n' % (c.proj, c.date(), '\n'.join(rows))


@L('survey', 'point_file')
def n_pnezd(c):
    e0, n0 = c.r.uniform(400000, 600000), c.r.uniform(100000, 900000)
    rows = []
    for i in range(c.r.randint(20, 40)):
        rows.append('%d,%.3f,%.3f,%.3f,%s' % (1000 + i, n0 + c.r.uniform(-300, 300), e0 + c.r.uniform(-300, 300),
                                             c.r.uniform(10, 80), c.pick(['CP', 'TBM', 'KERB', 'MH', 'FL', 'GS', 'SO'])))
    return 'survey/%s_topo_%s.csv' % (c.code, c.date().replace('-', '')), '\n'.join(rows) + '\n'


@L('survey', 'control_coordinates')
def n_control(c):
    pts = []
    for i in range(c.r.randint(4, 8)):
        pts.append('  - id: %s%02d\n    easting: %.4f\n    northing: %.4f\n    height: %.4f\n    description: %s' % (
            c.pick(['STN', 'CP', 'TBM']), i + 1, c.r.uniform(400000, 600000), c.r.uniform(100000, 900000), c.r.uniform(5, 120),
            c.pick(['nail in kerb', 'rebar in concrete', 'OS rivet', 'survey monument'])))
    return 'survey/control.yml', 'crs: EPSG:%s\nvertical_datum: ODN\nsite: %s\ncontrol:\n%s\n' % (
        c.pick(EPSG), c.proj, '\n'.join(pts))


@L('ntrip', 'sourcetable')
def n_sourcetable(c):
    lines = ['SOURCETABLE 200 OK', 'Server: NTRIP Caster 2.0.45/2.0', 'Content-Type: text/plain', '']
    for _ in range(c.r.randint(5, 10)):
        m = rs(c.r, 4, UP) + '00' + c.pick(['GBR', 'USA', 'AUS', 'NLD', 'SWE']) + '0'
        lines.append('STR;%s;%s;RTCM 3.3;1005(10),1077(1),1087(1),1097(1),1127(1),1230(10);2;GPS+GLO+GAL+BDS;%s;%s;%.2f;%.2f;0;0;sNTRIP;none;B;N;%d;' % (
            m, c.city, c.pick(['EUREF', 'IGS', 'MISC']), c.pick(['GBR', 'USA', 'AUS', 'NLD']), c.lat, c.lon, c.r.randint(2400, 9600)))
    lines.append('ENDSOURCETABLE')
    return 'gnss/sourcetable.txt', '\r\n'.join(lines) + '\r\n'


@L('rinex', 'rinex_header')
def n_rinex(c):
    x, y, z = c.r.uniform(3e6, 4e6), c.r.uniform(-1e5, 1e6), c.r.uniform(4e6, 5e6)
    return 'gnss/raw/%s%03d0.%do' % (c.code.lower()[:4].ljust(4, '0'), c.r.randint(1, 365), c.r.randint(22, 25)), T('''     3.04           OBSERVATION DATA    M                   RINEX VERSION / TYPE
convbin 2.4.3 demo5 <<CODE>>                 20240312 101122 UTC PGM / RUN BY / DATE
BASE                                                        MARKER NAME
<<SER>>                                                  MARKER NUMBER
<<P>>           <<CO>>                      OBSERVER / AGENCY
<<RSER>>           SEPT POLARX5        5.5.0               REC # / TYPE / VERS
<<ASER>>           SEPCHOKE_B3E6   NONE                    ANT # / TYPE
  <<X>>  <<Y>>  <<Z>>                  APPROX POSITION XYZ
        1.5000        0.0000        0.0000                  ANTENNA: DELTA H/E/N
                                                            END OF HEADER
''', CODE=c.code, SER=rs(c.r, 9, DIG), P=c.person.ljust(12)[:12], CO=c.co[:20].ljust(20), RSER=rs(c.r, 7, DIG),
             ASER=rs(c.r, 7, DIG), X='%.4f' % x, Y='%.4f' % y, Z='%.4f' % z)


@L('models', 'sha256_manifest')
def n_sha256sums(c):
    rows = []
    for _ in range(c.r.randint(5, 10)):
        rows.append('%s  %s_%s_%s.%s' % (sha256h(c), c.code, c.pick(['ARC', 'STR', 'MEP', 'CIV']), c.pick(['L00', 'ZZ', 'R01']),
                                        c.pick(['rvt', 'nwc', 'ifc', 'dwg'])))
    return 'models/published/SHA256SUMS', '\n'.join(rows) + '\n'


@L('models', 'checksums_json')
def n_publish_manifest(c):
    items = []
    for _ in range(c.r.randint(3, 6)):
        items.append('    {"file": "%s.rvt", "bytes": %d, "md5": "%s", "sha1": "%s", "etag": "\\"%s-%d\\""}' % (
            docno(c, 'M3'), c.r.randint(10 ** 7, 10 ** 9), hexs(c.r, 32), hexs(c.r, 40), hexs(c.r, 32), c.r.randint(2, 80)))
    return 'publish/manifest.json', '{\n  "issued": "%s",\n  "suitability": "S3",\n  "files": [\n%s\n  ]\n}\n' % (c.date(), ',\n'.join(items))


@L('speckle', 'object_ids')
def n_speckle_ids(c):
    return 'speckle/streams.yml', T('''server: https://app.speckle.systems
projects:
  structure:
    project_id: <<P1>>
    model_id: <<M1>>
    latest_version: <<V1>>
    root_object: <<O1>>
  architecture:
    project_id: <<P2>>
    model_id: <<M2>>
    latest_version: <<V2>>
    root_object: <<O2>>
''', P1=hexs(c.r, 10), M1=hexs(c.r, 10), V1=hexs(c.r, 10), O1=hexs(c.r, 32), P2=hexs(c.r, 10), M2=hexs(c.r, 10),
             V2=hexs(c.r, 10), O2=hexs(c.r, 32))


@L('matterport', 'model_sids')
def n_matterport_spaces(c):
    rows = ['model_sid,name,captured,floors,showcase_url']
    for _ in range(c.r.randint(6, 12)):
        sid = rs(c.r, 11)
        rows.append('%s,"%s %s",%s,%d,https://my.matterport.com/show/?m=%s' % (sid, c.code, c.pick(['L01 MEP first fix', 'L02 drylining', 'Roof plant', 'Basement pre-pour']),
                                                                             c.date(), c.r.randint(1, 4), sid))
    return 'matterport/spaces.csv', '\n'.join(rows) + '\n'


@L('esri_arcgis', 'item_ids_public_client_id')
def n_esri_items(c):
    return 'gis/webmaps.json', T('''{
  "portalUrl": "https://<<CS>>.maps.arcgis.com",
  "oauth": {
    "appId": "<<CID>>",
    "popup": true,
    "redirectUri": "https://gis.<<DOM>>/oauth-callback.html"
  },
  "webmaps": {
    "site_logistics": "<<I1>>",
    "utilities": "<<I2>>",
    "progress": "<<I3>>"
  }
}
''', CS=c.cslug, CID=rs(c.r, 16), DOM=c.dom, I1=hexs(c.r, 32), I2=hexs(c.r, 32), I3=hexs(c.r, 32))


@L('procore', 'public_client_id')
def n_procore_login(c):
    cid = hexs(c.r, 64)
    return 'web/src/procoreLogin.ts', T('''// Procore implicit-grant login for the site dashboard (client id is public by design)
const PROCORE_CLIENT_ID = "<<CID>>";
const REDIRECT_URI = "https://dashboard.<<DOM>>/procore/callback";

export function loginUrl(state: string): string {
  const p = new URLSearchParams({
    response_type: "token",
    client_id: PROCORE_CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    state,
  });
  return `https://login.procore.com/oauth/authorize?${p}`;
}
''', CID=cid, DOM=c.dom)


@L('npm', 'lockfile_integrity')
def n_package_lock(c):
    pk = []
    for name, ver in [('@itwin/core-frontend', '4.%d.%d'), ('axios', '1.%d.%d'), ('@speckle/viewer', '2.%d.%d'),
                      ('three', '0.1%d.%d'), ('@arcgis/core', '4.%d.%d')][:c.r.randint(3, 5)]:
        v = ver % (c.r.randint(0, 30), c.r.randint(0, 9))
        pk.append('    "node_modules/%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n      "integrity": "sha512-%s"\n    }' % (
            name, v, name, name.split('/')[-1], v, b64(c.r, 64)))
    return 'viewer/package-lock.json', '{\n  "name": "%s-viewer",\n  "version": "1.0.0",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n%s\n  }\n}\n' % (
        c.code.lower(), ',\n'.join(pk))


@L('nuget', 'content_hash')
def n_nuget_lock(c):
    deps = []
    for name in ['Autodesk.Forge', 'Newtonsoft.Json', 'RestSharp', 'Speckle.Core', 'Microsoft.Identity.Client'][:c.r.randint(3, 5)]:
        deps.append('      "%s": {\n        "type": "Direct",\n        "requested": "[%d.%d.%d, )",\n        "resolved": "%d.%d.%d",\n        "contentHash": "%s"\n      }' % (
            name, 1, 2, 0, c.r.randint(1, 13), c.r.randint(0, 9), c.r.randint(0, 9), b64(c.r, 64)))
    return 'src/%s.RevitAddin/packages.lock.json' % c.code, '{\n  "version": 1,\n  "dependencies": {\n    "net48": {\n%s\n    }\n  }\n}\n' % ',\n'.join(deps)


@L('dotnet', 'project_guids')
def n_csproj(c):
    return 'src/%s.RevitAddin/%s.RevitAddin.csproj' % (c.code, c.code), T('''<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net48</TargetFramework>
    <ProjectGuid>{<<G>>}</ProjectGuid>
    <AssemblyName><<CODE>>.RevitAddin</AssemblyName>
    <RevitVersion>2024</RevitVersion>
    <PlatformTarget>x64</PlatformTarget>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Nice3point.Revit.Api.RevitAPI" Version="2024.2.0" />
    <PackageReference Include="Autodesk.Forge" Version="1.9.9" />
  </ItemGroup>
</Project>
''', G=c.uuid().upper(), CODE=c.code)


@L('autodesk_revit', 'addin_manifest')
def n_addin(c):
    return 'src/%s.RevitAddin/%s.addin' % (c.code, c.code), T('''<?xml version="1.0" encoding="utf-8"?>
<RevitAddIns>
  <AddIn Type="Application">
    <Name><<CODE>> Model Tools</Name>
    <Assembly><<CODE>>.RevitAddin.dll</Assembly>
    <AddInId><<G1>></AddInId>
    <ClientId><<G2>></ClientId>
    <FullClassName><<CODE>>.RevitAddin.App</FullClassName>
    <VendorId><<V>></VendorId>
    <VendorDescription><<CO>>, www.<<DOM>></VendorDescription>
  </AddIn>
</RevitAddIns>
''', CODE=c.code, G1=c.uuid(), G2=c.uuid(), V=c.cslug.upper().replace('-', '')[:8], CO=c.co, DOM=c.dom)


@L('dynamo', 'node_ids')
def n_dyn(c):
    nodes = []
    for _ in range(c.r.randint(3, 6)):
        nodes.append('    {\n      "ConcreteType": "Dynamo.Graph.Nodes.ZeroTouch.DSFunction, DynamoCore",\n      "NodeType": "FunctionNode",\n      "FunctionSignature": "%s",\n      "Id": "%s",\n      "Inputs": [ { "Id": "%s", "Name": "element" } ],\n      "Outputs": [ { "Id": "%s", "Name": "var" } ]\n    }' % (
            c.pick(['Revit.Elements.Element.GetParameterValueByName@string', 'Revit.Elements.Room.Area',
                    'DSCore.List.Flatten@var[]..[],int', 'Revit.Elements.Element.SetParameterByName@string,var']),
            hexs(c.r, 32), hexs(c.r, 32), hexs(c.r, 32)))
    return 'dynamo/graphs/%s_RoomAreas.dyn' % c.code, '{\n  "Uuid": "%s",\n  "IsCustomNode": false,\n  "Name": "%s_RoomAreas",\n  "Nodes": [\n%s\n  ],\n  "Connectors": []\n}\n' % (
        c.uuid(), c.code, ',\n'.join(nodes))


@L('grasshopper', 'component_guids')
def n_ghx(c):
    objs = []
    for i in range(c.r.randint(3, 6)):
        objs.append('        <chunk name="Object" index="%d">\n          <items count="2">\n            <item name="GUID" type_name="gh_guid" type_code="9">%s</item>\n            <item name="Name" type_name="gh_string" type_code="10">%s</item>\n          </items>\n          <chunks count="1"><chunk name="Container"><items count="1"><item name="InstanceGuid" type_name="gh_guid" type_code="9">%s</item></items></chunk></chunks>\n        </chunk>' % (
            i, c.uuid(), c.pick(['Divide Curve', 'Panel', 'Number Slider', 'Loft', 'Explode']), c.uuid()))
    return 'grasshopper/%s_facade_panels.ghx' % c.code.lower(), '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<Archive name="Root">\n  <chunks count="1">\n    <chunk name="Definition">\n      <chunks count="%d">\n%s\n      </chunks>\n    </chunk>\n  </chunks>\n</Archive>\n' % (
        len(objs), '\n'.join(objs))


@L('autocad', 'entity_handles')
def n_lisp_handles(c):
    hs = ' '.join('"%X"' % c.r.randint(0x1000, 0xFFFFF) for _ in range(c.r.randint(5, 9)))
    return 'lisp/renumber_grid.lsp', T(''';;; RENUMBERGRID - relabel grid bubbles from a fixed handle list
(defun c:RENUMBERGRID (/ handles i e)
  (setq handles '(<<H>>))
  (setq i 1)
  (foreach h handles
    (if (setq e (handent h))
      (progn
        (vla-put-TextString (vlax-ename->vla-object e) (itoa i))
        (setq i (1+ i))))
  )
  (princ (strcat "\\nRenumbered " (itoa (1- i)) " grid bubbles."))
  (princ)
)
''', H=hs)


@L('ssh', 'public_key')
def n_ssh_pub(c):
    keys = []
    for _ in range(c.r.randint(1, 3)):
        keys.append('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s' % (rs(c.r, 43, ALNUM + '+/'), c.person, c.pick(['survey-lt01', 'scan-pc', 'bim-ws04'])))
    return 'deploy/keys/authorized_keys', '\n'.join(keys) + '\n'


@L('x509', 'certificate')
def n_cert(c):
    return 'certs/caster-ca.pem', '-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----\n' % '\n'.join(
        pem_body(c.r, 880, 'MIIDdzCCAl+gAwIBAgIU'))


@L('jwks', 'public_jwk')
def n_jwks(c):
    return 'auth/jwks.json', T('''{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "PS256",
      "kid": "<<K>>",
      "n": "<<N>>",
      "e": "AQAB"
    }
  ]
}
''', K=c.uuid(), N=b64u(c.r, 256))


@L('git', 'commit_shas')
def n_changelog(c):
    rows = ['# Changelog', '']
    for i in range(c.r.randint(5, 9)):
        rows.append('- %s %s (%s)' % (hexs(c.r, 7), c.pick(['Fix level offset on export', 'Add IFC4 property sets',
                                                         'Bump Revit API to 2024', 'Handle linked models in clash export',
                                                         'Speed up sheet publishing']), hexs(c.r, 40)))
    return 'CHANGELOG.md', '\n'.join(rows) + '\n'


@L('docker', 'image_digests')
def n_image_lock(c):
    rows = []
    for img in ['ghcr.io/%s/site-diary-api' % c.cslug, 'postgis/postgis', 'nginx', 'ghcr.io/%s/procore-sync' % c.cslug]:
        rows.append('%s@sha256:%s' % (img, sha256h(c)))
    return 'deploy/images.lock', '\n'.join(rows) + '\n'


@L('aws', 'request_ids_etags')
def n_upload_log(c):
    lines = []
    for _ in range(c.r.randint(8, 14)):
        lines.append('%sT%02d:%02d:%02dZ INFO upload s3://%s-pointclouds/%s.e57 etag="%s" x-amz-request-id=%s x-amz-id-2=%s' % (
            c.date(), c.r.randint(0, 23), c.r.randint(0, 59), c.r.randint(0, 59), c.cslug, rs(c.r, 8, UP + DIG),
            hexs(c.r, 32), rs(c.r, 16, UP + DIG), b64(c.r, 48)))
    return 'logs/scan_upload.log', '\n'.join(lines) + '\n'


@L('azure_storage', 'content_md5')
def n_blob_listing(c):
    items = []
    for _ in range(c.r.randint(3, 6)):
        items.append('    {"name": "%s.pdf", "properties": {"etag": "0x8DC%s", "contentMD5": "%s", "contentLength": %d}}' % (
            docno(c, 'DR'), rs(c.r, 11, '0123456789ABCDEF'), b64(c.r, 16), c.r.randint(10 ** 5, 10 ** 8)))
    return 'exports/blob_listing.json', '{\n  "container": "issued-drawings",\n  "blobs": [\n%s\n  ]\n}\n' % ',\n'.join(items)


@L('images', 'base64_thumbnail')
def n_thumb(c):
    png = 'iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAYAAAC' + b64(c.r, 240)
    return 'viewer/public/thumbnails.json', '{\n  "%s": "data:image/png;base64,%s"\n}\n' % (aps_urn(c), png)


@L('gnss', 'receiver_serials')
def n_receivers(c):
    rows = ['asset_tag,model,serial,firmware,firmware_sha1,calibrated']
    for _ in range(c.r.randint(5, 10)):
        rows.append('%s-%03d,%s,%s,%s,%s,%s' % (c.code, c.r.randint(1, 300), c.pick(['R12i', 'GS18 I', 'Hiper VR', 'R780']),
                                                rs(c.r, 10, DIG), c.pick(['6.24', '8.10.1', '5.6.2']), hexs(c.r, 40), c.date()))
    return 'assets/gnss_receivers.csv', '\n'.join(rows) + '\n'


@L('e57', 'scan_guids')
def n_e57(c):
    scans = '\n'.join('    <scan guid="{%s}" name="%s_S%03d" points="%d" />' % (c.uuid().upper(), c.code, i + 1, c.r.randint(10 ** 6, 10 ** 8))
                      for i in range(c.r.randint(3, 7)))
    return 'scans/%s_registration.xml' % c.code, '<?xml version="1.0"?>\n<e57Root guid="{%s}" formatName="ASTM E57 3D Imaging Data File">\n  <data3D>\n%s\n  </data3D>\n</e57Root>\n' % (
        c.uuid().upper(), scans)


@L('docs', 'aps_howto_placeholders')
def n_md_howto(c):
    return 'docs/getting-started.md', T('''# Getting started

1. Create an APS app at https://aps.autodesk.com/myapps and note the **Client ID** and **Client Secret**.
2. Copy `.env.example` to `.env` and fill in:

```
APS_CLIENT_ID=<client id>
APS_CLIENT_SECRET=<client secret>
```

3. Never commit `.env`; CI reads the values from repository secrets (`APS_CLIENT_SECRET`).
4. The viewer bucket is `<<CS>>-<<CODE>>-viewer` in region EMEA.
''', CS=c.cslug, CODE=c.code.lower())


@L('python', 'expected_hash')
def n_py_hash(c):
    return 'tools/verify_family_library.py', T('''"""Check that the shared Revit family library matches the approved release."""
import hashlib
import pathlib
import sys

APPROVED = {
    "Doors.rfa": "<<H1>>",
    "Windows.rfa": "<<H2>>",
    "Title_Block_A1.rfa": "<<H3>>",
}


def sha256(p):
    return hashlib.sha256(pathlib.Path(p).read_bytes()).hexdigest()


bad = [n for n, h in APPROVED.items() if sha256(pathlib.Path("families") / n) != h]
sys.exit(1 if bad else 0)
''', H1=sha256h(c), H2=sha256h(c), H3=sha256h(c))


@L('autodesk_revit', 'shared_parameters')
def n_shared_params(c):
    rows = ['# This is a Revit shared parameter file.', '# Do not edit manually.', '*META\tVERSION\tMINVERSION',
            'META\t2\t1', '*GROUP\tID\tNAME', 'GROUP\t1\t%s_Identity' % c.code,
            '*PARAM\tGUID\tNAME\tDATATYPE\tDATACATEGORY\tGROUP\tVISIBLE\tDESCRIPTION\tUSERMODIFIABLE\tHIDEWHENNOVALUE']
    for nm in ['%s_AssetTag', '%s_Uniclass', '%s_COBie_Type', '%s_FireRating', '%s_Zone']:
        rows.append('PARAM\t%s\t%s\tTEXT\t\t1\t1\t\t1\t0' % (c.uuid(), nm % c.code))
    return 'standards/%s_SharedParameters.txt' % c.code, '\n'.join(rows) + '\n'


@L('drone', 'flight_log')
def n_flight_log(c):
    rows = ['mission_id,timestamp,lat,lon,alt_m,battery_pct,image']
    mid = c.uuid()
    for i in range(c.r.randint(10, 20)):
        rows.append('%s,%sT10:%02d:%02dZ,%.7f,%.7f,%.1f,%d,DJI_%04d.JPG' % (mid, c.date(), i // 2, c.r.randint(0, 59),
                                                                     c.lat + c.r.uniform(-0.002, 0.002), c.lon + c.r.uniform(-0.002, 0.002),
                                                                     c.r.uniform(60, 120), 95 - i * 2, 100 + i))
    return 'drone/flights/%s.csv' % mid[:8], '\n'.join(rows) + '\n'


@L('openapi', 'security_schemes')
def n_openapi(c):
    return 'openapi/site-diary.yaml', '''openapi: 3.0.3
info:
  title: Site Diary API
  version: 2.3.0
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
security:
  - bearerAuth: []
paths:
  /diaries/{date}:
    get:
      parameters:
        - in: path
          name: date
          required: true
          schema: { type: string, format: date }
      responses:
        "200": { description: OK }
'''


@L('mapbox', 'public_token')
def n_mapbox_pk(c):
    payload = json.dumps({'u': 'ktbuild', 'a': rs(c.r, 25, LO + DIG)}, separators=(',', ':')).encode()
    tok = 'pk.' + base64.urlsafe_b64encode(payload).decode().rstrip('=') + '.' + rs(c.r, 22, URLSAFE)
    return 'web/site-map/mapbox.js', T('''// Public (pk.) token restricted to https://*.<<DOM>> - safe in client code
mapboxgl.accessToken = '<<T>>';
const map = new mapboxgl.Map({
  container: 'map',
  style: 'mapbox://styles/ktbuild/<<STY>>',
  center: [<<LON>>, <<LAT>>],
  zoom: 16
});
''', DOM=c.dom, T=tok, STY=rs(c.r, 25, LO + DIG), LON=c.lon, LAT=c.lat)


@L('google_recaptcha', 'site_key')
def n_recaptcha(c):
    return 'web/public/contact.html', T('''<form id="tender-enquiry" action="/api/enquiry" method="post">
  <label>Project <input name="project" value="<<PROJ>>"></label>
  <label>Email <input name="email" type="email"></label>
  <div class="g-recaptcha" data-sitekey="6L<<K>>"></div>
  <button type="submit">Send</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
''', PROJ=c.proj, K=rs(c.r, 38, URLSAFE))


@L('autodesk_aps', 'public_client_id')
def n_aps_pkce(c):
    return 'web/src/auth/pkce.ts', T('''// PKCE login for the desktop/SPA app type: no client secret is used.
export const APS_CLIENT_ID = "<<CID>>";
export const APS_CALLBACK_URL = "http://localhost:8080/callback";

export function authorizeUrl(challenge: string, state: string): string {
  const q = new URLSearchParams({
    response_type: "code",
    client_id: APS_CLIENT_ID,
    redirect_uri: APS_CALLBACK_URL,
    scope: "data:read viewables:read",
    code_challenge: challenge,
    code_challenge_method: "S256",
    state,
  });
  return `https://developer.api.autodesk.com/authentication/v2/authorize?${q}`;
}
''', CID=g_aps_id(c.r))


@L('matterport', 'sdk_application_key')
def n_mp_embed(c):
    return 'web/public/walkthrough.html', T('''<iframe id="showcase" width="960" height="540" allow="xr-spatial-tracking"
  src="https://my.matterport.com/show/?m=<<SID>>&play=1&qs=1&applicationKey=<<AK>>"></iframe>
<script src="https://static.matterport.com/showcase-sdk/latest.js"></script>
<!-- SDK application keys are bound to the embedding domain; the model <<SID>> is public -->
''', SID=rs(c.r, 11), AK=rs(c.r, 25, LO + DIG))


@L('logs', 'trace_ids')
def n_api_log(c):
    lines = []
    for _ in range(c.r.randint(8, 14)):
        lines.append('%s %02d:%02d:%02d.%03d INFO  [%s] GET /api/v1/projects/%d/rfis 200 %dms traceparent=00-%s-%s-01' % (
            c.date(), c.r.randint(0, 23), c.r.randint(0, 59), c.r.randint(0, 59), c.r.randint(0, 999), c.uuid(),
            c.r.randint(100000, 999999), c.r.randint(20, 900), hexs(c.r, 32), hexs(c.r, 16)))
    return 'logs/procore-sync.log', '\n'.join(lines) + '\n'


@L('ntrip', 'masked_log')
def n_ntrip_masked(c):
    h, p, m, u = caster(c)
    d = c.date()
    return 'logs/gnss/relay_%s.log' % d.replace('-', ''), T('''<<D>> 05:59:58 relay v1.4 starting (config=/etc/relay/relay.conf)
<<D>> 05:59:58 input  ntrip://<<U>>:********@<<H>>:<<P>>/<<M>>
<<D>> 05:59:58 output tcpsvr://:2102
<<D>> 06:00:03 connected, 1005 1077 1087 1097 1230 received
<<D>> 06:30:03 bytes=<<B>> rate=<<R>>bps clients=2
''', D=d, U=u, H=h, P=p, M=m, B=c.r.randint(10 ** 5, 10 ** 7), R=c.r.randint(900, 4000))


@L('terraform', 'outputs_arns')
def n_tf_outputs(c):
    acct = c.r.randint(10 ** 11, 10 ** 12 - 1)
    return 'infra/terraform/outputs.tf', T('''output "pointcloud_bucket_arn" {
  value = "arn:aws:s3:::<<CS>>-pointclouds"
}

output "uploader_role_arn" {
  value = "arn:aws:iam::<<A>>:role/<<CS>>-scan-uploader"
}

output "kms_key_id" {
  value = "<<K>>"
}

output "cloudfront_distribution" {
  value = "E<<CF>>"
}
''', CS=c.cslug, A=acct, K=c.uuid(), CF=rs(c.r, 13, UP + DIG))


@L('itwin', 'itwin_ids')
def n_itwin_ids(c):
    return 'config/itwin.json', T('''{
  "authority": "https://ims.bentley.com",
  "clientId": "<<CID>>",
  "redirectUri": "http://localhost:3000/signin-callback",
  "scope": "itwin-platform",
  "iTwinId": "<<I1>>",
  "iModelId": "<<I2>>",
  "changesetId": "<<CH>>"
}
''', CID=g_itwin_id(c.r).replace('service-', 'spa-'), I1=c.uuid(), I2=c.uuid(), CH=hexs(c.r, 40))


@L('env_example', 'placeholders')
def n_env_example(c):
    return c.pick(['.env.example', '.env.sample', 'config/env.template']), T('''# Copy to .env and fill in. Never commit real values.
APS_CLIENT_ID=
APS_CLIENT_SECRET=
PROCORE_CLIENT_ID=your-procore-client-id
PROCORE_CLIENT_SECRET=your-procore-client-secret
SPECKLE_TOKEN=<speckle personal access token>
NTRIP_USER=<<U>>
NTRIP_PASSWORD=changeme
ARCGIS_API_KEY=YOUR_API_KEY_HERE
''', U=c.pick(['survey', 'rover01', 'ntripuser']))


@L('coordinates', 'geojson')
def n_geojson(c):
    feats = []
    for i in range(c.r.randint(4, 8)):
        feats.append('    {"type": "Feature", "id": "%s", "properties": {"name": "SO-%03d", "code": "%s"}, "geometry": {"type": "Point", "coordinates": [%.8f, %.8f, %.3f]}}' % (
            c.uuid(), i + 1, ifc_guid(c.r), c.lon + c.r.uniform(-0.001, 0.001), c.lat + c.r.uniform(-0.001, 0.001), c.r.uniform(5, 60)))
    return 'survey/setting_out.geojson', '{\n  "type": "FeatureCollection",\n  "features": [\n%s\n  ]\n}\n' % ',\n'.join(feats)


@L('ifc', 'guid_mapping')
def n_ifc_map(c):
    rows = ['revit_unique_id,ifc_globalid,category']
    for _ in range(c.r.randint(10, 18)):
        rows.append('%s,%s,%s' % (revit_uid(c), ifc_guid(c.r), c.pick(['Walls', 'Floors', 'Structural Framing', 'Doors', 'Ducts'])))
    return 'exports/ifc/%s_guid_map.csv' % c.code, '\n'.join(rows) + '\n'


@L('pgp', 'public_key_block')
def n_pgp(c):
    return 'docs/security/release-signing.asc', '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----\n' % (
        '\n'.join(pem_body(c.r, 600, 'mQINBG')), rs(c.r, 4, ALNUM + '+/'))


@L('sql', 'seed_ids')
def n_sql_seed(c):
    rows = []
    for _ in range(c.r.randint(5, 10)):
        rows.append("('%s', '%s', '%s', '%s')" % (c.uuid(), docno(c), hexs(c.r, 64), c.date()))
    return 'db/seed/documents.sql', 'INSERT INTO documents (id, doc_number, file_sha256, issued_on) VALUES\n  %s;\n' % ',\n  '.join(rows)


# ============================================================================= driver
N_POS = 500
N_NEG = 500
ENV_RE = re.compile(r'^\.env(\..+)?$')
ENV_OK = ('.env.example', '.env.sample', '.env.template', '.env.dist')
# Self-check: patterns that a generated credential would show; negatives must not contain them
# (documented example values are allowed and removed before the check).
SELF_CHECK = [re.compile(p) for p in (
    r'AKIA[A-Z2-7]{16}', r'SG\.[\w-]{22}\.[\w-]{43}', r'ghp_[0-9A-Za-z]{36}', r'sk\.eyJ[\w-]+\.[\w-]{22}',
    r'hooks\.slack\.com/services/T[A-Z0-9]{8,10}/', r'webhook\.office\.com/webhookb2/[0-9a-f-]{36}@',
    r'AAP[KT][\w-]{60,}', r'PRIVATE KEY-----\\?n?[A-Za-z0-9+/]{40}', r'AIza[\w-]{35}', r'AccountKey=[A-Za-z0-9+/]{80}',
    r'sig=[A-Za-z0-9%]{30,}', r'[0-9A-Za-z]{3}\dQ~[\w.~-]{34}')]
DOC_VALUES = DOC_PROCORE + DOC_ESRI + DOC_AWS + DOC_AZKEY + DOC_SAS + ['AKIAIOSFODNN7EXAMPLE']


def filetype(path):
    base = path.rsplit('/', 1)[-1]
    if base.startswith('.env'):
        return 'env'
    if base == 'Dockerfile':
        return 'dockerfile'
    if base.startswith('.') and base.count('.') == 1:
        return base[1:]
    if '.' not in base:
        return 'none'
    return base.rsplit('.', 1)[1].lower()


def schedule(r, n, count):
    out = []
    while len(out) < count:
        idx = list(range(n))
        r.shuffle(idx)
        out.extend(idx)
    return out[:count]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8', newline='') as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: gen_ew.py OUTDIR SEED')
    outdir, seed = sys.argv[1], sys.argv[2]
    r = random.Random(int(seed) if seed.lstrip('-').isdigit() else seed)
    assert len(POS) >= 60 and len(LOOK) >= 40, (len(POS), len(LOOK))
    manifest, secrets = [], []
    n_dotenv = 0

    # ---------------- positives
    for i, ti in enumerate(schedule(r, len(POS), N_POS)):
        t = POS[ti]
        v = t['gen'](r)
        c = Ctx(r, False, wrapv(t['wrap'], v), i % 2 == 0)
        rel, text = t['f'](c)
        needle = t['needle'](v) if t['needle'] else v
        assert '\n' not in needle and needle
        idx = text.find(needle)
        assert idx >= 0, (t['name'], needle)
        line = text.count('\n', 0, idx) + 1
        assert needle in text.split('\n')[line - 1], (t['name'], line)
        base = rel.rsplit('/', 1)[-1]
        if ENV_RE.match(base) and base not in ENV_OK:
            n_dotenv += 1
        f = 'pos/p%04d/%s' % (i, rel)
        write(outdir, f, text)
        with open(os.path.join(outdir, f), encoding='utf-8', newline='') as fh:
            assert needle in fh.read().split('\n')[line - 1]
        manifest.append({'file': f, 'label': 'pos', 'provider': t['provider'], 'kind': t['kind'], 'filetype': filetype(rel)})
        secrets.append({'file': f, 'needle': needle, 'line': line})
    assert n_dotenv <= N_POS // 20, n_dotenv

    # ---------------- negatives: half re-used templates, half look-alikes
    reuse = [t for t in POS if t['neg'] and not t['dotenv']]
    jobs = [('reuse', x) for x in schedule(r, len(reuse), N_NEG // 2)] + \
           [('look', x) for x in schedule(r, len(LOOK), N_NEG - N_NEG // 2)]
    r.shuffle(jobs)
    for i, (kind, ti) in enumerate(jobs):
        if kind == 'reuse':
            t = reuse[ti]
            c = Ctx(r, True, None, i % 2 == 0)
            fill_kind, c.S = neg_fill(c, t)
            rel, text = t['f'](c)
            provider, nkind = t['provider'], fill_kind
        else:
            t = LOOK[ti]
            c = Ctx(r, True, None, i % 2 == 0)
            rel, text = t['f'](c)
            provider, nkind = t['provider'], t['kind']
        base = rel.rsplit('/', 1)[-1]
        assert not (ENV_RE.match(base) and base not in ENV_OK), rel
        probe = text
        for d in DOC_VALUES:
            probe = probe.replace(d, '')
        for pat in SELF_CHECK:
            m = pat.search(probe)
            assert m is None, (t['name'], m.group(0))
        f = 'neg/n%04d/%s' % (i, rel)
        write(outdir, f, text)
        manifest.append({'file': f, 'label': 'neg', 'provider': provider, 'kind': nkind, 'filetype': filetype(rel)})

    with open(os.path.join(outdir, 'manifest.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + '\n')
    with open(os.path.join(outdir, 'secrets.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for s in secrets:
            fh.write(json.dumps(s) + '\n')
    print('wrote %d positives (%d templates), %d negatives (%d reused + %d look-alike templates) to %s' % (
        N_POS, len(POS), N_NEG, len(reuse), len(LOOK), outdir))


if __name__ == '__main__':
    main()
