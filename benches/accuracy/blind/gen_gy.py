#!/usr/bin/env python3
"""gen_gy.py - blind evaluation set for a secret scanner (pre-commit hook).

EMPHASIS
  Privacy, consent management and compliance automation.
  Providers: OneTrust (OAuth client credentials, OAuth API keys, DSR webhook
  auth), Transcend (API keys, Sombra keys), Osano, DataGrail, Ketch (forwarder /
  webhook bearer secrets), Didomi (private API key + secret), Cookiebot,
  TrustArc, Securiti, BigID (user refresh tokens, JWT); compliance automation
  Vanta, Drata, Secureframe, Sprinto, Thoropass, Hyperproof, Tugboat Logic; and
  the evidence-collection scripts around them with AWS access keys, GCP
  service-account keys, Okta SSWS tokens, GitHub tokens / GitHub App keys,
  Slack alert webhooks and evidence-database passwords.
  Kinds: api_key, oauth_client_secret, bearer_token, refresh_token,
  webhook_secret, webhook_url, access_key, service_account_key, private_key,
  password.
  File types: Python, JavaScript/TypeScript (.js .mjs .ts), Go, Java
  properties, Ruby, Terraform, YAML (GitHub Actions, Kubernetes, Helm, Ansible,
  docker-compose), JSON, HTML consent snippets, .env files, Markdown runbooks and
  policies, CSV evidence exports, SQL, INI, shell, Dockerfile, PEM, logs.

USAGE
  python3 -B gen_gy.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500 positives), OUTDIR/neg/nNNNN/<relpath>
  (500 negatives), OUTDIR/manifest.jsonl (one line per file) and
  OUTDIR/secrets.jsonl (one line per positive: file, needle, 1-based line).
  All randomness comes from one random.Random(SEED); the output is
  byte-identical for a given SEED.  Standard library only.

NEEDLE CONVENTIONS
  * The needle is the secret value exactly as written, without quotes and
    without the surrounding syntax.
  * Headers: only the credential (`Authorization: Bearer X` -> X,
    `SSWS X` -> X, `x-osano-api-key: X` -> X).  Secureframe's
    `Authorization: <key> <secret>` -> the secret part.
  * Key pairs (AWS access key id + secret, Didomi key + secret, Securiti
    key + secret, OneTrust/Vanta/Hyperproof client id + secret): the secret
    half only; the id half is on its own line or earlier on the same line.
  * URLs: for connection strings the needle is the password only; for Slack
    incoming-webhook URLs (the whole path is the credential) the needle is the
    whole URL; for an API key carried inside a URL path (Cookiebot) it is the
    key only.
  * Private keys (PEM, or PEM with literal \\n escapes inside JSON): the
    needle is the BEGIN marker text, e.g. `-----BEGIN RSA PRIVATE KEY-----`,
    and the line is the line where the key starts.  JWK private keys: the
    value of "d".
  * JWT-shaped tokens (BigID refresh token, OneTrust/TrustArc access tokens):
    the whole compact JWT.
  * line = 1-based line of the needle's first occurrence; the generator
    asserts the needle really is on that line.

NEGATIVES
  Half (250) re-use the positive templates with the secret slot holding a
  non-secret: placeholders (<your-...>, YOUR_API_KEY_HERE, changeme, xxxx...),
  empty values, masked values (****, [REDACTED]), environment references
  (os.environ[...], process.env.X, os.Getenv, ${VAR}, ${{ secrets.X }}),
  secret-manager references (op://, vault paths, AWS Secrets Manager ARNs,
  GCP Secret Manager names), template expressions (Helm, Jinja/Ansible) and
  providers' documented example values (AWS AKIAIOSFODNN7EXAMPLE pair, the
  OneTrust reference-page default client secret, Vanta vci_my_client_id /
  vcs_my_client_secret, Okta's elided SSWS example, Slack's T00000000 example
  URL).  Companion ids in these files are replaced as well.
  The other half (250) are look-alikes from the domain: OneTrust
  data-domain-script ids (UUID and "-test"), Cookiebot cbid, Usercentrics
  settings / ruleset ids, Osano CMP script paths, Ketch boot.js codes,
  Didomi public SDK key, Transcend airgap bundle ids, SRI hashes and CSP
  nonces, IAB TCF / GPP strings, OptanonConsent cookies, policy version
  manifests with SHA-256 digests, SOC 2 / ISO control ids (CC6.1, A.8.2),
  evidence manifests, audit-log and DSAR request ids (UUID/ULID), hashed
  subject ids, image digests, Terraform lock hashes, npm integrity strings,
  JWKS / PEM public keys, certificates, SSH public keys, PGP public keys,
  ARNs and KMS key ids, Okta client ids, GitHub App ids, masked tokens in
  logs, webhook signature headers, reCAPTCHA site keys, GTM / GA4 ids, git
  SHAs, base64 data URIs, test vectors.  No negative lives in a file named
  .env / .env.local / .env.production (reused templates move to .env.example).

FORMATS CHECKED (search of public documentation, corpora docs/pages/code)
  * OneTrust: OAuth 2.0 client credentials -> POST
    https://<host>/api/access/v1/oauth/token (grant_type=client_credentials);
    hosts app/app-eu/app-de/app-uk/app-apac.onetrust.com; OAuth 2.0 API keys
    are opaque long-lived tokens sent as `Bearer`.  The reference page's
    defaults show a 32-char client id and a 32-char alphanumeric client
    secret (used here as documented-example negatives).  Cookie consent
    script: otSDKStub.js with data-domain-script (UUID; "-test" suffix for
    the testing CDN).
  * Transcend: TRANSCEND_API_KEY sent as `Authorization: Bearer`,
    SOMBRA_API_KEY as `x-sombra-authorization: Bearer`, CLI `--auth=`;
    Sombra URL https://multi-tenant.sombra.transcend.io; webhooks are ES384
    JWTs verified with the sombra-general-signing-key.
  * Osano: `x-osano-api-key` header (and `x-uc-api-key` for Unified
    Consent); CMP script from cmp.osano.com/<customer>/<config>/osano.js.
  * Didomi: POST https://api.didomi.io/v1/sessions with
    {type: "api-key", key, secret} -> JWT; Bearer on other calls.
  * Ketch: Web API is public (org/property codes); webhooks/forwarder use a
    customer-configured `Authorization: Bearer` value.
  * Cookiebot: uc.js with data-cbid (domain-group UUID).  Usercentrics:
    loader.js with data-settings-id / data-ruleset-id.
  * Vanta: POST https://api.vanta.com/oauth/token, client_credentials,
    scopes vanta-api.all:read / connectors.self:write-resource; docs show
    client id prefix `vci_` and secret prefix `vcs_`.
  * Drata: API key as Bearer on https://public-api.drata.com.
    Secureframe: `Authorization: <API_KEY> <API_SECRET>` on
    https://api.secureframe.com.  TrustArc: OAuth client_credentials,
    bearer JWT.  BigID: user refresh token is a JWT, exchanged at
    /api/v1/refresh-access-token.
  * Okta: `Authorization: SSWS <token>`, token starts with "00" (doc example
    00QCjAl4MlV-WPXM...0HmjFx-vbGua).  GitHub: ghp_/gho_/ghu_/ghs_/ghr_ +
    36 chars [A-Za-z0-9], last 6 a CRC32 checksum; fine-grained github_pat_.
    AWS: access key id AKIA + 16 (20 chars), secret 40 chars of
    [A-Za-z0-9/+]; documented example pair AKIAIOSFODNN7EXAMPLE /
    wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY.
  Search results that were scanner rule material (a GitGuardian detector
  page for Okta, a regex101 library entry for AWS keys) were seen and not
  used.

DOUBTS
  * Exact lengths/alphabets are NOT documented for: OneTrust OAuth API keys
    (32 hex used), Transcend API keys (64 hex used) and Sombra keys (base64
    of 32 bytes used), Osano keys (40 alnum), DataGrail tokens (48 alnum),
    Didomi secrets (40 alnum), Cookiebot API key and its URL position
    (43 alnum in /api/v1/<key>/...), TrustArc client secrets (40 alnum),
    Securiti key/secret (32 hex each, header names X-API-Key / X-API-Secret
    unconfirmed), Vanta vci_/vcs_ body (64 hex used), Vanta access tokens
    (64 alnum), Drata keys (UUID used), Secureframe key/secret (32/64 hex),
    Sprinto (48 alnum, header `api-key` unconfirmed), Thoropass (40 alnum),
    Hyperproof client secret (48 alnum), Tugboat Logic evidence collector
    (X-API-KEY 40 alnum + basic auth, unconfirmed).
  * GitHub checksum: CRC32 of the 30-char body, base62 (0-9A-Za-z), left
    padded to 6; the exact alphabet order is not confirmed.  github_pat_
    layout 22 + "_" + 59 is from memory.  Okta token total length 42 is a
    guess.  BigID refresh-token claims are invented.
  * Fake RSA keys are random bytes behind a correct PKCS#1 / PKCS#8 DER
    prefix: they look right but do not parse as keys.
"""

import base64
import json
import os
import random
import re
import string
import sys
import zlib

# ---------------------------------------------------------------- alphabets
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = '0123456789abcdef'
B62 = DIGITS + UPPER + LOWER
B64 = UPPER + LOWER + DIGITS + '+/'
B64URL = UPPER + LOWER + DIGITS + '-_'
B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
PWCH = ALNUM + '!#%*-_+.'


def rs(r, alpha, n):
    return ''.join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b'=').decode()


def uuid4(r):
    h = list(rs(r, HEX, 32))
    h[12] = '4'
    h[16] = r.choice('89ab')
    h = ''.join(h)
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'


def ulid(r):
    return '01' + r.choice('HJ') + rs(r, CROCK, 23)


def sha256hex(r):
    return rs(r, HEX, 64)


def sha1hex(r):
    return rs(r, HEX, 40)


def b64std(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def password(r, n=None):
    n = n or r.randint(16, 26)
    while True:
        p = rs(r, PWCH, n)
        if (any(c in DIGITS for c in p) and any(c in UPPER for c in p)
                and any(c in LOWER for c in p) and p[0] in ALNUM):
            return p


def b62enc(num, width):
    out = ''
    while num:
        num, d = divmod(num, 62)
        out = B62[d] + out
    return out.rjust(width, '0')


# ---------------------------------------------------------------- realism pools
COMPANIES = ['acme', 'northwind', 'globex', 'initech', 'brightpath', 'lumenretail',
             'kestrel', 'harborview', 'bluefin', 'meridianhealth', 'copperleaf',
             'tallgrass', 'orbitpay', 'fernwood', 'quillstack', 'vantapoint']
TLDS = ['com', 'io', 'co', 'eu', 'app', 'de', 'co.uk']
PEOPLE = ['alice.nguyen', 'raj.patel', 'maria.gomez', 'tom.becker', 'li.wei',
          'sofia.rossi', 'kwame.mensah', 'emma.larsen', 'yusuf.demir', 'hana.kato',
          'oliver.brown', 'priya.iyer', 'lucas.martin', 'zoe.fischer']
REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2']
OT_HOSTS = ['app.onetrust.com', 'app-eu.onetrust.com', 'app-de.onetrust.com',
            'app-uk.onetrust.com', 'app-apac.onetrust.com']
CONTROLS = ['CC1.1', 'CC1.4', 'CC2.1', 'CC3.2', 'CC5.2', 'CC6.1', 'CC6.2', 'CC6.3',
            'CC6.6', 'CC6.7', 'CC6.8', 'CC7.1', 'CC7.2', 'CC7.3', 'CC8.1', 'CC9.2',
            'A1.2', 'C1.1', 'P4.2', 'P5.1']
ISO = ['A.5.15', 'A.5.17', 'A.5.23', 'A.5.34', 'A.8.2', 'A.8.5', 'A.8.9', 'A.8.12',
       'A.8.15', 'A.8.16', 'A.8.24', 'A.8.28']
FRAMEWORKS = ['SOC 2 Type II', 'ISO 27001:2022', 'HIPAA', 'GDPR', 'CCPA/CPRA', 'PCI DSS 4.0']
PURPOSES = ['analytics', 'marketing', 'personalization', 'functional', 'advertising',
            'essential', 'sale_of_data']
DSR_TYPES = ['ACCESS', 'ERASURE', 'RECTIFICATION', 'RESTRICTION', 'OPT_OUT', 'PORTABILITY']
SYSTEMS = ['Salesforce', 'Zendesk', 'Segment', 'Snowflake', 'HubSpot', 'Stripe',
           'Intercom', 'Braze', 'Mixpanel', 'Workday', 'BambooHR', 'Jira']
TEAMS = ['privacy-eng', 'grc', 'security', 'platform', 'data-protection', 'compliance']


_CUR = [None]   # company of the file being generated (set by the driver)


def company(r):
    if _CUR[0] and r.random() < 0.9:
        return _CUR[0]
    return r.choice(COMPANIES)


def domain(r, c=None):
    return '%s.%s' % (c or company(r), r.choice(TLDS))


def person(r):
    return r.choice(PEOPLE)


def email(r, c=None):
    return '%s@%s' % (person(r), domain(r, c))


def rdate(r, y0=2022, y1=2025):
    return '%04d-%02d-%02d' % (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def rts(r):
    return '%sT%02d:%02d:%02d.%03dZ' % (rdate(r), r.randint(0, 23), r.randint(0, 59),
                                        r.randint(0, 59), r.randint(0, 999))


def epoch(r):
    return r.randint(1672531200, 1767225599)


def ipv4(r):
    return '10.%d.%d.%d' % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def acct(r):
    return str(r.randint(100000000000, 999999999999))


def semver(r):
    return '%d.%d.%d' % (r.randint(0, 4), r.randint(0, 30), r.randint(0, 20))


# ---------------------------------------------------------------- token shapes
def jwt(r, payload, alg='RS256', kid=True):
    head = {'alg': alg, 'typ': 'JWT'}
    if kid:
        head['kid'] = rs(r, HEX, 16) if kid is True else kid
    siglen = {'RS256': 256, 'ES384': 96, 'HS256': 32, 'HS512': 64}[alg]
    return '%s.%s.%s' % (b64u(json.dumps(head, separators=(',', ':')).encode()),
                         b64u(json.dumps(payload, separators=(',', ':')).encode()),
                         b64u(rbytes(r, siglen)))


def pem_private(r, label='PRIVATE KEY'):
    if label == 'RSA PRIVATE KEY':
        der = bytes.fromhex('308204a40201000282010100') + rbytes(r, 1180)
    elif label == 'EC PRIVATE KEY':
        der = bytes.fromhex('30770201010420') + rbytes(r, 32) + \
            bytes.fromhex('a00a06082a8648ce3d030107a144034200') + rbytes(r, 65)
    else:
        der = bytes.fromhex('308204be020100300d06092a864886f70d0101010500048204a8'
                            '308204a40201000282010100') + rbytes(r, 1180)
    body = base64.b64encode(der).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (label, '\n'.join(lines), label)


def pem_public(r, label='PUBLIC KEY'):
    if label == 'CERTIFICATE':
        der = bytes.fromhex('308203') + rbytes(r, 1) + bytes.fromhex('308202') + rbytes(r, 860)
    else:
        der = bytes.fromhex('30820122300d06092a864886f70d01010105000382010f003082010a0282010100') \
            + rbytes(r, 256) + bytes.fromhex('0203010001')
    body = base64.b64encode(der).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (label, '\n'.join(lines), label)


# ---------------------------------------------------------------- secret generators
# each returns (value, needle); needle is what secrets.jsonl records.
def s_onetrust_secret(r):
    v = rs(r, ALNUM, 32)
    return v, v


def s_hex(n):
    def f(r):
        v = rs(r, HEX, n)
        return v, v
    return f


def s_alnum(n):
    def f(r):
        v = rs(r, ALNUM, n)
        return v, v
    return f


def s_b64_32(r):
    v = b64std(r, 32)
    return v, v


def s_uuid(r):
    v = uuid4(r)
    return v, v


def s_password(r):
    v = password(r)
    return v, v


def s_vcs(r):
    v = 'vcs_' + rs(r, HEX, 64)
    return v, v


def s_aws(r):
    v = rs(r, B64, 40)
    return v, v


def aws_key_id(r):
    return 'AKIA' + rs(r, B32, 16)


def s_okta(r):
    v = '00' + rs(r, B64URL, 40)
    return v, v


def s_ghp(prefix='ghp_'):
    def f(r):
        body = rs(r, ALNUM, 30)
        v = prefix + body + b62enc(zlib.crc32(body.encode()) & 0xffffffff, 6)
        return v, v
    return f


def s_github_pat(r):
    v = 'github_pat_' + rs(r, ALNUM, 22) + '_' + rs(r, ALNUM, 59)
    return v, v


def s_slack(r):
    v = 'https://hooks.slack.com/services/T%s/B%s/%s' % (
        rs(r, UPPER + DIGITS, r.choice([8, 9, 10])), rs(r, UPPER + DIGITS, r.choice([8, 9, 10])),
        rs(r, ALNUM, 24))
    return v, v


def s_pem(label):
    def f(r):
        v = pem_private(r, label)
        return v, '-----BEGIN %s-----' % label
    return f


def s_pem_json(r):
    v = pem_private(r, 'PRIVATE KEY').replace('\n', '\\n') + '\\n'
    return v, '-----BEGIN PRIVATE KEY-----'


def s_bigid(r):
    now = epoch(r)
    v = jwt(r, {'user_name': person(r), 'type': 'refresh', 'tenant_id': rs(r, HEX, 24),
                'roles': ['admin'], 'iat': now, 'exp': now + 31536000}, alg='HS256', kid=False)
    return v, v


def s_access_jwt(iss):
    def f(r):
        now = epoch(r)
        v = jwt(r, {'iss': iss, 'sub': uuid4(r), 'aud': 'api', 'iat': now, 'exp': now + 3600,
                    'scope': 'read write', 'jti': uuid4(r)})
        return v, v
    return f


def s_jwk_d(r):
    v = b64u(rbytes(r, 256))
    return v, v


# ---------------------------------------------------------------- slot rendering
CODE = {'py', 'pyf', 'js', 'ts', 'jstpl', 'go', 'java', 'rb', 'tf'}
PLACEHOLDERS = ['<your-api-key>', 'YOUR_API_KEY_HERE', 'changeme', 'REPLACE_ME',
                'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '<TOKEN>', 'TODO', 'your-client-secret',
                '<insert-secret-here>', 'dummy-value', 'placeholder', 'CHANGE_ME_BEFORE_DEPLOY',
                '<secret>', 'XXXXXXXXXXXXXXXX', 'not-a-real-secret', 'set-me']
MASKS = ['****', '********', '[REDACTED]', '<redacted>', '***REDACTED***', 'REDACTED',
         '****************', '[FILTERED]', '(hidden)', '<masked>']


def yq(v):
    if v == '' or v[0] in '[]{}*&!|>%@`"\'#,?:-' or ': ' in v or ' #' in v:
        return '"%s"' % v
    return v


def quote(style, v):
    if style in ('py', 'js', 'ts', 'go', 'java', 'rb', 'tf', 'json', 'dq', 'sh'):
        return '"%s"' % v
    if style == 'sq':
        return "'%s'" % v
    if style in ('yaml', 'gha', 'helm'):
        return yq(v)
    return v


def envref(style, env):
    low = env.lower()
    return {
        'py': 'os.environ["%s"]' % env, 'pyf': '{os.environ["%s"]}' % env,
        'js': 'process.env.%s' % env, 'ts': 'process.env.%s!' % env,
        'jstpl': '${process.env.%s}' % env, 'go': 'os.Getenv("%s")' % env,
        'java': 'System.getenv("%s")' % env, 'rb': 'ENV.fetch("%s")' % env,
        'tf': 'var.%s' % low, 'gha': '${{ secrets.%s }}' % env,
        'json': '"${%s}"' % env, 'dq': '"${%s}"' % env, 'sh': '"${%s}"' % env,
        'sq': "'${%s}'" % env, 'yaml': '${%s}' % env, 'helm': '"${%s}"' % env,
    }.get(style, '${%s}' % env)


def camel(env):
    parts = env.lower().split('_')
    return parts[0] + ''.join(p.title() for p in parts[1:])


class Ctx:
    """Renders the secret slot (positives) or a non-secret filler (negatives)."""

    def __init__(self, r, secret=None, mode=None, docex=None, prefix=''):
        self.r = r
        self.secret = secret
        self.neg = secret is None
        self.mode = mode
        self.docex = docex or {}
        self.prefix = prefix
        self.fills = {}
        self.smpath = None

    def _fill(self, which):
        if which in self.fills:
            return self.fills[which]
        r, m = self.r, self.mode
        if m == 'placeholder':
            if which == 'aux':
                f = r.choice(['<your-client-id>', 'YOUR_CLIENT_ID', '<key-id>', 'changeme',
                              'REPLACE_ME', 'xxxxxxxx'])
            else:
                f = r.choice(PLACEHOLDERS)
        elif m == 'masked':
            f = r.choice(MASKS)
            if self.prefix and r.random() < 0.4:
                f = self.prefix + '*' * r.randint(6, 20)
        elif m == 'empty':
            f = ''
        elif m == 'docexample':
            f = self.docex.get(which) or self.docex.get('secret')
            if which == 'aux' and 'aux' not in self.docex:
                f = '<your-client-id>'
        else:
            f = None
        self.fills[which] = f
        return f

    def _sm(self, style, env):
        r = self.r
        low = env.lower()
        dash = low.replace('_', '-')
        if self.smpath is None:
            self.smpath = r.randrange(5)
        path = ['op://compliance/%s/credential' % dash,
                'vault:secret/data/privacy/%s#value' % low,
                'arn:aws:secretsmanager:%s:%s:secret:prod/%s-%s' % (
                    r.choice(REGIONS), acct(r), dash, rs(r, ALNUM, 6)),
                'projects/%s-grc/secrets/%s/versions/latest' % (company(r), dash),
                'azurekeyvault://kv-%s-grc/secrets/%s' % (company(r), dash)][self.smpath]
        code = {'py': 'get_secret("%s")', 'pyf': '{get_secret("%s")}',
                'js': 'await getSecret("%s")', 'ts': 'await getSecret("%s")',
                'jstpl': '${await getSecret("%s")}', 'go': 'mustSecret(ctx, "%s")',
                'java': 'secretClient.getSecret("%s")'}
        if style in code:
            return code[style] % path
        if style == 'rb':
            return 'Rails.application.credentials.dig(:%s)' % low
        if style == 'tf':
            return 'data.aws_secretsmanager_secret_version.%s.secret_string' % low
        return quote(style, path)

    def _tpl(self, style, env):
        if style in CODE:
            return envref(style, env)
        if style in ('yaml', 'helm'):
            return '"{{ .Values.secrets.%s }}"' % camel(env)
        if style == 'gha':
            return '${{ secrets.%s }}' % env
        if style in ('json', 'dq', 'sh', 'sq'):
            return '"{{ %s }}"' % env.lower()
        return self.r.choice(['{{ %s }}' % env.lower(), '<%%= ENV["%s"] %%>' % env])

    def _render(self, style, env, which):
        m = self.mode
        if m == 'env':
            return envref(style, env)
        if m == 'secretmgr':
            return self._sm(style, env)
        if m == 'template':
            return self._tpl(style, env)
        return quote(style, self._fill(which))

    def v(self, style, env):
        if not self.neg:
            return quote(style, self.secret)
        return self._render(style, env, 'secret')

    def aux(self, style, env, real):
        """Companion half of a key pair (ids): real on positives, filler on negatives."""
        if not self.neg:
            return quote(style, real)
        return self._render(style, env + '_ID' if not env.endswith('_ID') else env, 'aux')


POS = []


def pos(provider, kind, gen, docex=None, prefix='', modes=None):
    def deco(fn):
        POS.append(dict(name=fn.__name__, provider=provider, kind=kind, gen=gen, fn=fn,
                        docex=docex, prefix=prefix, modes=modes))
        return fn
    return deco


OT_DOC = {'secret': 'Ycx7HNUbHWyPBZvT4WhjYyIvnEdQL3d4', 'aux': '3d8efc3b94ed49628482eb2ab5e3bc8g'}
VANTA_DOC = {'secret': 'vcs_my_client_secret', 'aux': 'vci_my_client_id'}
AWS_DOC = {'secret': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aux': 'AKIAIOSFODNN7EXAMPLE'}
OKTA_DOC = {'secret': '00QCjAl4MlV-WPXM...0HmjFx-vbGua'}
SLACK_DOC = {'secret': 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'}
GH_DOC = {'secret': 'ghp_abcdefghijklmnopqrstuvwxyzABCD012345'}


def ot_client_id(r):
    return rs(r, HEX, 32)


def vci(r):
    return 'vci_' + rs(r, HEX, 64)


# ================================================================ POSITIVE TEMPLATES
# ---- OneTrust ----------------------------------------------------------------
@pos('onetrust', 'oauth_client_secret', s_onetrust_secret, OT_DOC)
def p_onetrust_py_client(r, c):
    host = r.choice(OT_HOSTS)
    cid = ot_client_id(r)
    return 'privacy/onetrust/client.py', '''"""Thin wrapper around the OneTrust Platform APIs used by the DSAR sync job."""
import os
import time

import requests

ONETRUST_HOST = "https://%s"
ONETRUST_CLIENT_ID = %s
ONETRUST_CLIENT_SECRET = %s
TOKEN_URL = f"{ONETRUST_HOST}/api/access/v1/oauth/token"


class OneTrustClient:
    def __init__(self, timeout=%d):
        self.timeout = timeout
        self._token = None
        self._expires_at = 0

    def token(self):
        if self._token and time.time() < self._expires_at - 60:
            return self._token
        resp = requests.post(
            TOKEN_URL,
            data={
                "grant_type": "client_credentials",
                "client_id": ONETRUST_CLIENT_ID,
                "client_secret": ONETRUST_CLIENT_SECRET,
            },
            headers={"Accept": "application/json"},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.time() + body.get("expires_in", 3600)
        return self._token

    def list_requests(self, status="%s"):
        r = requests.get(
            f"{ONETRUST_HOST}/api/datasubject/v2/requestqueues/en-us",
            params={"status": status, "size": 50},
            headers={"Authorization": f"Bearer {self.token()}"},
            timeout=self.timeout,
        )
        r.raise_for_status()
        return r.json().get("content", [])
''' % (host, c.aux('py', 'ONETRUST_CLIENT_ID', cid), c.v('py', 'ONETRUST_CLIENT_SECRET'),
       r.choice([10, 15, 30]), r.choice(['OPEN', 'IN_PROGRESS', 'NEW']))


@pos('onetrust', 'api_key', s_hex(32))
def p_onetrust_ts_axios(r, c):
    host = r.choice(OT_HOSTS)
    return 'src/integrations/onetrust/http.ts', '''import axios from "axios";
import { logger } from "../../lib/logger";

// OAuth 2.0 API key created under Global Settings > Access Management > API Keys
export const onetrust = axios.create({
  baseURL: "https://%s/api",
  timeout: %d,
  headers: {
    Accept: "application/json",
    Authorization: `Bearer %s`,
  },
});

onetrust.interceptors.response.use(undefined, (err) => {
  logger.warn({ status: err?.response?.status, url: err?.config?.url }, "onetrust call failed");
  return Promise.reject(err);
});

export async function listInventoryAssets(page = 0) {
  const { data } = await onetrust.get("/inventory/v2/inventories/assets", {
    params: { page, size: %d },
  });
  return data;
}
''' % (host, r.choice([8000, 10000, 15000]), c.v('jstpl', 'ONETRUST_API_KEY'), r.choice([20, 50, 100]))


@pos('onetrust', 'oauth_client_secret', s_onetrust_secret, OT_DOC)
def p_onetrust_gha(r, c):
    cid = ot_client_id(r)
    cron = '%d %d * * %s' % (r.randint(0, 59), r.randint(0, 23), r.choice(['*', '1-5', '1']))
    return '.github/workflows/dsar-sync.yml', '''name: dsar-sync

on:
  schedule:
    - cron: "%s"
  workflow_dispatch: {}

permissions:
  contents: read

jobs:
  sync:
    runs-on: ubuntu-latest
    timeout-minutes: 20
    env:
      ONETRUST_HOST: %s
      ONETRUST_CLIENT_ID: %s
      ONETRUST_CLIENT_SECRET: %s
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.%d"
      - run: pip install -r requirements.txt
      - run: python -m privacy.dsar_sync --since 24h --dry-run=false
''' % (cron, r.choice(OT_HOSTS), c.aux('gha', 'ONETRUST_CLIENT_ID', cid),
       c.v('gha', 'ONETRUST_CLIENT_SECRET'), r.choice([10, 11, 12]))


@pos('onetrust', 'oauth_client_secret', s_onetrust_secret, OT_DOC)
def p_onetrust_curl_sh(r, c):
    cid = ot_client_id(r)
    return 'scripts/onetrust/get_token.sh', '''#!/usr/bin/env bash
# Fetch a short-lived OneTrust access token for manual API testing.
set -euo pipefail

HOST="${ONETRUST_HOST:-%s}"

curl -sS -X POST "https://${HOST}/api/access/v1/oauth/token" \\
  -H "Accept: application/json" \\
  -F grant_type=client_credentials \\
  -F client_id=%s \\
  -F client_secret=%s \\
  | jq -r .access_token
''' % (r.choice(OT_HOSTS), c.aux('raw', 'ONETRUST_CLIENT_ID', cid), c.v('raw', 'ONETRUST_CLIENT_SECRET'))


@pos('onetrust', 'webhook_secret', s_hex(64))
def p_onetrust_dsr_webhook_go(r, c):
    return 'internal/dsr/webhook.go', '''package dsr

import (
	"crypto/subtle"
	"encoding/json"
	"net/http"
	"strings"
)

// OneTrust workflow "Webhook" step calls this endpoint when a data subject
// request reaches the fulfilment stage. The Authorization value is the one
// configured on the OneTrust side of the integration.
var expectedAuth = %s

type requestEvent struct {
	RequestRefID string `json:"requestRefId"`
	RequestType  string `json:"requestType"`
	Email        string `json:"email"`
	Stage        string `json:"stage"`
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	got := strings.TrimPrefix(req.Header.Get("Authorization"), "Bearer ")
	if subtle.ConstantTimeCompare([]byte(got), []byte(expectedAuth)) != 1 {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	var ev requestEvent
	if err := json.NewDecoder(req.Body).Decode(&ev); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	h.queue.Enqueue(ev.RequestRefID, ev.RequestType, ev.Email)
	w.WriteHeader(http.StatusAccepted)
}
''' % c.v('go', 'DSR_WEBHOOK_TOKEN')


@pos('onetrust', 'api_key', s_hex(32))
def p_onetrust_tf_var(r, c):
    return 'infra/privacy/onetrust.tf', '''terraform {
  required_providers {
    restapi = {
      source  = "Mastercard/restapi"
      version = "~> 1.%d"
    }
  }
}

variable "onetrust_api_key" {
  description = "OneTrust OAuth 2.0 API key used by the cookie-categorisation sync"
  type        = string
  sensitive   = true
  default     = %s
}

provider "restapi" {
  uri                  = "https://%s/api"
  write_returns_object = true
  headers = {
    Authorization = "Bearer ${var.onetrust_api_key}"
    Content-Type  = "application/json"
  }
}

resource "restapi_object" "cookie_category" {
  path = "/cookiemanager/v2/cookie-categories"
  data = jsonencode({
    name        = "%s"
    description = "Managed by terraform"
  })
}
''' % (r.randint(16, 19), c.v('tf', 'ONETRUST_API_KEY'), r.choice(OT_HOSTS), r.choice(PURPOSES).title())


@pos('onetrust', 'oauth_client_secret', s_onetrust_secret, OT_DOC)
def p_onetrust_k8s_secret(r, c):
    ns = r.choice(['privacy', 'dsar', 'compliance', 'grc-tools'])
    return 'deploy/k8s/%s/onetrust-credentials.yaml' % ns, '''apiVersion: v1
kind: Secret
metadata:
  name: onetrust-credentials
  namespace: %s
  labels:
    app.kubernetes.io/part-of: dsar-connector
type: Opaque
stringData:
  ONETRUST_HOST: %s
  ONETRUST_CLIENT_ID: %s
  ONETRUST_CLIENT_SECRET: %s
''' % (ns, r.choice(OT_HOSTS), c.aux('yaml', 'ONETRUST_CLIENT_ID', ot_client_id(r)),
       c.v('yaml', 'ONETRUST_CLIENT_SECRET'))


@pos('onetrust', 'bearer_token', s_access_jwt('https://app.onetrust.com'))
def p_onetrust_runbook_md(r, c):
    host = r.choice(OT_HOSTS)
    return 'docs/runbooks/onetrust-dsar-backlog.md', '''# Runbook: DSAR backlog in OneTrust

Owner: #%s  -  last reviewed %s

## Symptoms
* The `dsar-sync` job reports `requests_pending > %d` for more than 24h.
* Subjects receive the "we need more time" extension email.

## Check the queue by hand

```bash
curl -s "https://%s/api/datasubject/v2/requestqueues/en-us?status=OPEN&size=50" \\
  -H "Accept: application/json" \\
  -H "Authorization: Bearer %s" | jq '.content[].requestQueueRefId'
```

## Escalation
1. Page the privacy on-call.
2. If the backlog is older than %d days, notify the DPO (GDPR Art. 12(3)).
''' % (r.choice(TEAMS), rdate(r), r.choice([25, 50, 100]), host, c.v('raw', 'ONETRUST_TOKEN'),
       r.choice([20, 25, 30]))


# ---- Transcend -------------------------------------------------------------------
@pos('transcend', 'api_key', s_hex(64))
def p_transcend_gha_push(r, c):
    return '.github/workflows/transcend-push.yml', '''name: Sync data map to Transcend

on:
  push:
    branches: [main]
    paths: ["transcend.yml"]

jobs:
  push:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: %d
      - run: npm i -g @transcend-io/cli@%d
      - name: Push transcend.yml
        run: >-
          transcend inventory push
          --file=./transcend.yml
          --auth=%s
          --variables=domain:%s,stage:production
''' % (r.choice([18, 20, 22]), r.choice([4, 5, 6]), c.v('raw', 'TRANSCEND_API_KEY'), domain(r))


@pos('transcend', 'api_key', s_b64_32)
def p_transcend_sombra_values(r, c):
    return 'deploy/helm/sombra/values-production.yaml', '''replicaCount: %d

image:
  repository: %s.dkr.ecr.%s.amazonaws.com/transcend/sombra
  tag: "%s"

sombra:
  organizationUri: %s
  transcendUrl: https://api.transcend.io
  dataSubjectAuthMethods: "transcend,session"
  employeeAuthMethods: "transcend,saml"
  # key that the Transcend backend uses to reach this self-hosted gateway
  internalKey: %s
  jwtEcdsaKeyPath: /etc/sombra/keys/ecdsa.pem

resources:
  requests:
    cpu: 500m
    memory: 1Gi
''' % (r.choice([2, 3]), acct(r), r.choice(REGIONS), semver(r), company(r), c.v('yaml', 'SOMBRA_INTERNAL_KEY'))


@pos('transcend', 'api_key', s_hex(64))
def p_transcend_constants_ts(r, c):
    return 'src/transcend/constants.ts', '''import path from "path";

export const TRANSCEND_API_KEY = %s;
export const SOMBRA_API_KEY = process.env.SOMBRA_API_KEY;
export const SOMBRA_URL =
  process.env.SOMBRA_URL || "https://multi-tenant.sombra.transcend.io";
export const AUDIENCE = "%s";
export const PORT = Number(process.env.PORT || %d);
export const MEDIA_FOLDER = path.join(__dirname, "..", "media");
''' % (c.v('sq', 'TRANSCEND_API_KEY'), domain(r), r.choice([8080, 8081, 3000]))


@pos('transcend', 'api_key', s_hex(64))
def p_transcend_debug_log(r, c):
    lines = []
    t = rts(r)[:-5]
    for i in range(r.randint(3, 6)):
        lines.append('%s.%03dZ INFO  [webhook] received %s request %s' % (
            t, r.randint(0, 999), r.choice(DSR_TYPES), uuid4(r)))
    lines.append('%s.%03dZ DEBUG [http] POST https://api.transcend.io/v1/data-silo headers={"content-type":"application/json","authorization":"Bearer %s"}' % (
        t, r.randint(0, 999), c.v('raw', 'TRANSCEND_API_KEY')))
    lines.append('%s.%03dZ INFO  [http] 200 OK in %dms' % (t, r.randint(0, 999), r.randint(40, 900)))
    return 'logs/dsr-webhook-%s.log' % rdate(r), '\n'.join(lines) + '\n'


@pos('transcend', 'api_key', s_hex(64))
def p_transcend_py_ctor(r, c):
    return 'privacy/transcend_sync.py', '''from gql import Client, gql
from gql.transport.requests import RequestsHTTPTransport


def make_client():
    transport = RequestsHTTPTransport(
        url="https://api.transcend.io/graphql",
        headers={"Authorization": "Bearer " + %s},
        retries=%d,
    )
    return Client(transport=transport, fetch_schema_from_transport=False)


LIST_SILOS = gql(
    """
    query { dataSilos(first: 100) { nodes { id title type } } }
    """
)


if __name__ == "__main__":
    for silo in make_client().execute(LIST_SILOS)["dataSilos"]["nodes"]:
        print(silo["id"], silo["type"], silo["title"])
''' % (c.v('py', 'TRANSCEND_API_KEY'), r.choice([2, 3, 5]))


@pos('transcend', 'api_key', s_hex(64))
def p_transcend_dotenv(r, c):
    return '.env', '''# local development - Transcend webhook receiver
PORT=%d
SOMBRA_URL=https://multi-tenant.sombra.transcend.io
AUDIENCE=%s
TRANSCEND_API_KEY=%s
LOG_LEVEL=debug
''' % (r.choice([8081, 3000]), domain(r), c.v('env', 'TRANSCEND_API_KEY'))


# ---- Osano / DataGrail / Ketch / Didomi / Cookiebot -----------------------------
@pos('osano', 'api_key', s_alnum(40))
def p_osano_py_header(r, c):
    return 'scripts/osano_consent_export.py', '''#!/usr/bin/env python3
"""Nightly export of Osano consent records into the warehouse staging bucket."""
import csv
import datetime as dt
import sys

import requests

BASE = "https://api.osano.com/v1"
SESSION = requests.Session()
SESSION.headers.update({"x-osano-api-key": %s, "Accept": "application/json"})


def fetch(day):
    url = f"{BASE}/consents"
    params = {"from": day.isoformat(), "to": (day + dt.timedelta(days=1)).isoformat()}
    while url:
        resp = SESSION.get(url, params=params, timeout=%d)
        resp.raise_for_status()
        body = resp.json()
        yield from body.get("data", [])
        url, params = body.get("next"), None


if __name__ == "__main__":
    day = dt.date.fromisoformat(sys.argv[1]) if len(sys.argv) > 1 else dt.date.today()
    w = csv.writer(sys.stdout)
    for rec in fetch(day):
        w.writerow([rec["id"], rec["createdAt"], rec.get("jurisdiction", "")])
''' % (c.v('py', 'OSANO_API_KEY'), r.choice([20, 30, 60]))


@pos('osano', 'api_key', s_alnum(40))
def p_osano_tf(r, c):
    cust = rs(r, ALNUM, 16)
    return 'infra/consent/osano.tf', '''terraform {
  required_providers {
    osano = {
      source  = "community/osano"
      version = ">= 0.%d.0"
    }
  }
}

provider "osano" {
  api_key = %s
}

resource "osano_cookie_consent_config" "www" {
  name        = "www.%s"
  customer_id = "%s"
  mode        = "%s"
}

output "cmp_script_tag" {
  value = osano_cookie_consent_config.www.script_tag
}
''' % (r.randint(1, 3), c.v('tf', 'OSANO_API_KEY'), domain(r), cust, r.choice(['permissive', 'production', 'listener']))


@pos('osano', 'api_key', s_alnum(40))
def p_osano_json(r, c):
    return 'config/integrations.json', json.dumps({
        'consent': {
            'provider': 'osano',
            'customerId': rs(r, ALNUM, 16),
            'configId': uuid4(r),
            'apiKey': '@@SLOT@@',
            'syncIntervalMinutes': r.choice([15, 30, 60]),
        },
        'warehouse': {'dataset': 'privacy_raw', 'table': 'osano_consents'},
        'alerts': {'channel': '#%s-alerts' % r.choice(TEAMS)},
    }, indent=2).replace('"@@SLOT@@"', c.v('json', 'OSANO_API_KEY')) + '\n'


@pos('datagrail', 'api_key', s_alnum(48))
def p_datagrail_agent_yaml(r, c):
    return 'deploy/datagrail-agent/config.yaml', '''customer_domain: %s
datagrail_agent_version: "%s"
redis_url: redis://redis.%s.svc.cluster.local:6379/0
platform:
  credentials_manager:
    provider: AWSSecretsManager
    options:
      region: %s
  storage_manager:
    provider: AWSS3
    options:
      bucket: %s-dsr-results
connections:
  - name: orders-db
    uuid: %s
    capabilities: [privacy/access, privacy/deletion]
    mode: live
    connector_type: Postgres
    credentials_location: arn:aws:secretsmanager:%s:%s:secret:dg-orders-db
# token the agent presents to DataGrail
datagrail_token: %s
''' % (domain(r), semver(r), r.choice(TEAMS), r.choice(REGIONS), company(r), uuid4(r),
       r.choice(REGIONS), acct(r), c.v('yaml', 'DATAGRAIL_TOKEN'))


@pos('datagrail', 'api_key', s_alnum(48))
def p_datagrail_sh(r, c):
    return 'bin/datagrail_requests.sh', '''#!/bin/sh
# List privacy requests opened in the last N days (default 7).
DAYS=${1:-%d}
SINCE=$(date -u -d "-${DAYS} days" +%%Y-%%m-%%dT00:00:00Z)

curl -fsS "https://%s.datagrail.io/api/v2/privacy_requests?created_after=${SINCE}" \\
  -H 'Accept: application/json' \\
  -H 'Authorization: Bearer %s' \\
  | jq -r '.data[] | [.id, .request_type, .status] | @tsv'
''' % (r.choice([7, 14]), company(r), c.v('raw', 'DATAGRAIL_API_TOKEN'))


@pos('ketch', 'webhook_secret', s_b64_32)
def p_ketch_forwarder_go(r, c):
    return 'cmd/ketch-forwarder/main.go', '''package main

import (
	"log"
	"net/http"
	"os"
)

// Value configured as "Header Value" (Authorization: Bearer ...) for the
// Ketch forwarder endpoint in the Ketch UI.
const forwarderToken = %s

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/ketch/rights", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+forwarderToken {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		handleRightsRequest(w, r)
	})
	addr := os.Getenv("LISTEN_ADDR")
	if addr == "" {
		addr = ":%d"
	}
	log.Printf("ketch forwarder listening on %%s", addr)
	log.Fatal(http.ListenAndServe(addr, mux))
}
''' % (c.v('go', 'KETCH_FORWARDER_TOKEN'), r.choice([8080, 8443, 9000]))


@pos('ketch', 'webhook_secret', s_hex(64))
def p_ketch_k8s_deploy(r, c):
    return 'deploy/ketch-webhook/deployment.yaml', '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: ketch-webhook
  labels: {app: ketch-webhook}
spec:
  replicas: %d
  selector:
    matchLabels: {app: ketch-webhook}
  template:
    metadata:
      labels: {app: ketch-webhook}
    spec:
      containers:
        - name: app
          image: ghcr.io/%s/ketch-webhook:%s
          ports: [{containerPort: 8080}]
          env:
            - name: KETCH_ORG_CODE
              value: %s
            - name: KETCH_WEBHOOK_BEARER
              value: %s
            - name: LOG_FORMAT
              value: json
''' % (r.choice([1, 2, 3]), company(r), semver(r), company(r), c.v('yaml', 'KETCH_WEBHOOK_BEARER'))


@pos('didomi', 'api_key', s_alnum(40))
def p_didomi_js_session(r, c):
    key = uuid4(r)
    return 'services/consent/didomi.js', '''const fetch = require("node-fetch");

const API = "https://api.didomi.io/v1";

async function createSession() {
  const res = await fetch(`${API}/sessions`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      type: "api-key",
      key: %s,
      secret: %s,
    }),
  });
  if (!res.ok) throw new Error(`didomi session failed: ${res.status}`);
  return (await res.json()).access_token;
}

async function listConsentEvents(organizationId, token) {
  const res = await fetch(`${API}/consents/events?organization_id=${organizationId}&$limit=%d`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return res.json();
}

module.exports = { createSession, listConsentEvents };
''' % (c.aux('js', 'DIDOMI_API_KEY', key), c.v('js', 'DIDOMI_API_SECRET'), r.choice([100, 500]))


@pos('didomi', 'api_key', s_alnum(40))
def p_didomi_py_const(r, c):
    return 'etl/didomi_export.py', '''import requests

DIDOMI_API_KEY = %s
DIDOMI_API_SECRET = %s
ORGANIZATION_ID = "%s"


def session_token():
    r = requests.post(
        "https://api.didomi.io/v1/sessions",
        json={"type": "api-key", "key": DIDOMI_API_KEY, "secret": DIDOMI_API_SECRET},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def export_users():
    token = session_token()
    r = requests.get(
        "https://api.didomi.io/v1/consents/users",
        params={"organization_id": ORGANIZATION_ID, "$limit": %d},
        headers={"Authorization": f"Bearer {token}"},
        timeout=60,
    )
    return r.json()
''' % (c.aux('py', 'DIDOMI_API_KEY', uuid4(r)), c.v('py', 'DIDOMI_API_SECRET'),
       company(r) + '-' + rs(r, LOWER, 4), r.choice([100, 1000]))


@pos('cookiebot', 'api_key', s_alnum(43))
def p_cookiebot_url_py(r, c):
    cbid = uuid4(r)
    return 'reports/cookiebot_stats.py', '''"""Pull daily consent statistics for the %s domain group from Cookiebot."""
import json
import urllib.request

CBID = "%s"
URL = (
    "https://consent.cookiebot.com/api/v1/%s"
    "/json/domaingroup/" + CBID + "/consent/stats?startdate=%s&enddate=%s"
)

with urllib.request.urlopen(URL, timeout=30) as resp:
    stats = json.load(resp)

for row in stats.get("consentstat", {}).get("consentday", []):
    print(row["date"], row["optin"], row["optout"], row["optinimplied"])
''' % (domain(r), cbid, c.v('url', 'COOKIEBOT_API_KEY'), rdate(r, 2024, 2024), rdate(r, 2025, 2025))


# ---- TrustArc / Securiti / BigID ---------------------------------------------------
@pos('trustarc', 'oauth_client_secret', s_alnum(40))
def p_trustarc_properties(r, c):
    return 'src/main/resources/application.properties', '''spring.application.name=privacy-connector
server.port=%d
management.endpoints.web.exposure.include=health,info

trustarc.api.base-url=https://api.trustarc.com
trustarc.oauth.token-url=https://api.trustarc.com/api/auth/oauth/token
trustarc.oauth.client-id=%s
trustarc.oauth.client-secret=%s
trustarc.sync.cron=0 */%d * * * *

logging.level.com.%s.privacy=INFO
''' % (r.choice([8080, 8090]), c.aux('props', 'TRUSTARC_CLIENT_ID', uuid4(r)),
       c.v('props', 'TRUSTARC_CLIENT_SECRET'), r.choice([15, 30]), company(r))


@pos('trustarc', 'oauth_client_secret', s_alnum(40))
def p_trustarc_ts_ctor(r, c):
    return 'src/clients/trustarc.ts', '''import { TrustArcClient } from "@%s/trustarc-client";

export const trustarc = new TrustArcClient({
  tokenUrl: "https://api.trustarc.com/api/auth/oauth/token",
  clientId: "%s",
  clientSecret: %s,
  scopes: ["assessments:read", "inventory:read"],
  retry: { attempts: %d, backoffMs: 500 },
});
''' % (company(r), uuid4(r) if not c.neg else '<client-id>', c.v('ts', 'TRUSTARC_CLIENT_SECRET'), r.choice([3, 5]))


@pos('securiti', 'api_key', s_hex(32))
def p_securiti_py_headers(r, c):
    tenant = uuid4(r)
    return 'integrations/securiti/client.py', '''import requests

BASE_URL = "https://app.securiti.ai/core/v1"

HEADERS = {
    "X-API-Key": %s,
    "X-API-Secret": %s,
    "X-TIDENT": "%s",
    "Content-Type": "application/json",
}


def list_dsr(page=0):
    r = requests.get(f"{BASE_URL}/dsr/requests", params={"page": page}, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()
''' % (c.aux('py', 'SECURITI_API_KEY', rs(r, HEX, 32)), c.v('py', 'SECURITI_API_SECRET'), tenant)


@pos('securiti', 'api_key', s_hex(32))
def p_securiti_ansible(r, c):
    return 'ansible/group_vars/privacy_connectors.yml', '''---
securiti_base_url: https://app.securiti.ai
securiti_tenant: %s
securiti_api_key_id: %s
securiti_api_secret: %s
connector_pods: %d
connector_namespace: securiti
''' % (uuid4(r), c.aux('yaml', 'SECURITI_API_KEY', rs(r, HEX, 32)), c.v('yaml', 'SECURITI_API_SECRET'), r.choice([1, 2, 3]))


@pos('bigid', 'refresh_token', s_bigid)
def p_bigid_py_positional(r, c):
    host = '%s.bigid.com' % company(r)
    return 'scanners/bigid_scan_report.py', '''import requests


class BigID:
    def __init__(self, host):
        self.base = f"https://{host}/api/v1"
        self.s = requests.Session()

    def login(self, refresh_token):
        r = self.s.get(f"{self.base}/refresh-access-token",
                       headers={"Authorization": refresh_token}, timeout=30)
        r.raise_for_status()
        self.s.headers["Authorization"] = r.json()["systemToken"]

    def scans(self):
        return self.s.get(f"{self.base}/scans/parent-scans", timeout=60).json()


client = BigID("%s")
client.login(%s)
for scan in client.scans().get("data", {}).get("scanParents", []):
    print(scan["name"], scan["state"])
''' % (host, c.v('py', 'BIGID_REFRESH_TOKEN'))


@pos('bigid', 'refresh_token', s_bigid)
def p_bigid_json(r, c):
    return 'config/bigid.json', '''{
  "hostname": "%s.bigid.com",
  "userToken": %s,
  "scanProfiles": ["%s", "%s"],
  "reportFolder": "s3://%s-grc-evidence/bigid/"
}
''' % (company(r), c.v('json', 'BIGID_USER_TOKEN'), r.choice(['pii-weekly', 'prod-dbs']),
       r.choice(['s3-buckets', 'snowflake']), company(r))


# ---- Vanta -------------------------------------------------------------------------
@pos('vanta', 'oauth_client_secret', s_vcs, VANTA_DOC, prefix='vcs_')
def p_vanta_py(r, c):
    return 'collectors/vanta_sync.py', '''"""Push custom resources (on-prem hosts) into Vanta via a private integration."""
import requests

VANTA_CLIENT_ID = %s
VANTA_CLIENT_SECRET = %s
SCOPES = "connectors.self:write-resource connectors.self:read-resource"


def token():
    resp = requests.post(
        "https://api.vanta.com/oauth/token",
        json={
            "client_id": VANTA_CLIENT_ID,
            "client_secret": VANTA_CLIENT_SECRET,
            "scope": SCOPES,
            "grant_type": "client_credentials",
        },
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def sync(resources):
    requests.put(
        "https://api.vanta.com/v1/resources/custom_resource/sync_all",
        headers={"Authorization": f"Bearer {token()}"},
        json={"resourceId": "%s", "resources": resources},
        timeout=60,
    ).raise_for_status()
''' % (c.aux('py', 'VANTA_CLIENT_ID', vci(r)), c.v('py', 'VANTA_CLIENT_SECRET'), rs(r, HEX, 24))


@pos('vanta', 'oauth_client_secret', s_vcs, VANTA_DOC, prefix='vcs_')
def p_vanta_gha(r, c):
    return '.github/workflows/vanta-evidence.yml', '''name: vanta-evidence
on:
  schedule: [{cron: "%d %d * * *"}]
  workflow_dispatch:
jobs:
  push:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Upload vulnerability scan evidence
        uses: ./.github/actions/vanta-upload
        with:
          client-id: %s
          client-secret: %s
          document-id: %s
          file: reports/trivy-summary.json
''' % (r.randint(0, 59), r.randint(0, 23), c.aux('gha', 'VANTA_CLIENT_ID', vci(r)),
       c.v('gha', 'VANTA_CLIENT_SECRET'), rs(r, HEX, 24))


@pos('vanta', 'oauth_client_secret', s_vcs, VANTA_DOC, prefix='vcs_')
def p_vanta_go_struct(r, c):
    return 'cmd/vanta-push/main.go', '''package main

import (
	"context"
	"log"

	"golang.org/x/oauth2/clientcredentials"
)

func main() {
	ctx := context.Background()
	cfg := clientcredentials.Config{
		ClientID:     %s,
		ClientSecret: %s,
		TokenURL:     "https://api.vanta.com/oauth/token",
		Scopes:       []string{"vanta-api.all:read", "vanta-api.all:write"},
	}
	httpClient := cfg.Client(ctx)
	resp, err := httpClient.Get("https://api.vanta.com/v1/tests?pageSize=%d")
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	log.Printf("vanta tests: %%s", resp.Status)
}
''' % (c.aux('go', 'VANTA_CLIENT_ID', vci(r)), c.v('go', 'VANTA_CLIENT_SECRET'), r.choice([50, 100]))


@pos('vanta', 'oauth_client_secret', s_vcs, VANTA_DOC, prefix='vcs_')
def p_vanta_md(r, c):
    return 'docs/compliance/vanta-private-integration.md', '''# Vanta private integration (on-prem inventory)

The collector authenticates with the client credentials of the
"%s on-prem inventory" application (Settings > Developer Console).

```bash
curl -X POST https://api.vanta.com/oauth/token \\
  -H 'Content-Type: application/json' \\
  -d '{"client_id": "%s", "client_secret": "%s", "scope": "connectors.self:write-resource", "grant_type": "client_credentials"}'
```

Tokens last one hour; requesting a new one revokes the previous token.
''' % (company(r).title(), c.aux('raw', 'VANTA_CLIENT_ID', vci(r)), c.v('raw', 'VANTA_CLIENT_SECRET'))


@pos('vanta', 'bearer_token', s_alnum(64))
def p_vanta_log(r, c):
    t = rts(r)
    return 'logs/vanta-push.log', '''%s level=info msg="starting sync" resources=%d
%s level=debug msg="request" method=PUT url=https://api.vanta.com/v1/resources/custom_resource/sync_all auth="Bearer %s"
%s level=info msg="sync complete" status=200 duration_ms=%d
''' % (t, r.randint(5, 400), t, c.v('raw', 'VANTA_ACCESS_TOKEN'), t, r.randint(100, 4000))


# ---- Drata / Secureframe / Sprinto / Thoropass / Hyperproof / Tugboat ---------------
@pos('drata', 'api_key', s_uuid)
def p_drata_py(r, c):
    return 'evidence/drata_upload.py', '''import pathlib

import requests

DRATA_API_KEY = %s
BASE = "https://public-api.drata.com/public"


def upload_evidence(control_code, path):
    p = pathlib.Path(path)
    with p.open("rb") as fh:
        r = requests.post(
            f"{BASE}/evidence-library",
            headers={"Authorization": f"Bearer {DRATA_API_KEY}"},
            data={"name": p.stem, "controlCode": control_code, "renewalDate": "%s"},
            files={"file": (p.name, fh)},
            timeout=120,
        )
    r.raise_for_status()
    return r.json()["id"]
''' % (c.v('py', 'DRATA_API_KEY'), rdate(r, 2025, 2026))


@pos('drata', 'api_key', s_uuid)
def p_drata_ts(r, c):
    return 'src/drata/client.ts', '''const BASE_URL = "https://public-api.drata.com/public";

export async function drata<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${BASE_URL}${path}`, {
    ...init,
    headers: {
      Accept: "application/json",
      Authorization: "Bearer %s",
      ...(init.headers ?? {}),
    },
  });
  if (!res.ok) throw new Error(`drata ${path}: ${res.status}`);
  return (await res.json()) as T;
}

export const listPersonnel = () => drata<{ data: unknown[] }>("/personnel?limit=%d");
''' % (c.v('raw', 'DRATA_API_KEY'), r.choice([50, 100, 500]))


@pos('drata', 'api_key', s_uuid)
def p_drata_tf_ghsecret(r, c):
    repo = r.choice(['infra', 'platform', 'evidence-collector', 'grc-automation'])
    return 'infra/github/drata-secrets.tf', '''resource "github_actions_secret" "drata_api_key" {
  repository      = "%s"
  secret_name     = "DRATA_API_KEY"
  plaintext_value = %s
}

resource "github_actions_variable" "drata_workspace" {
  repository    = "%s"
  variable_name = "DRATA_WORKSPACE_ID"
  value         = "%d"
}
''' % (repo, c.v('tf', 'DRATA_API_KEY'), repo, r.randint(1, 40))


@pos('secureframe', 'api_key', s_hex(64))
def p_secureframe_sh(r, c):
    return 'scripts/secureframe/export_controls.sh', '''#!/usr/bin/env bash
set -euo pipefail
OUT=${1:-controls-$(date +%%F).json}

curl --silent --fail \\
  --url 'https://api.secureframe.com/controls?page[size]=%d' \\
  --header 'Accept: application/json' \\
  --header 'Authorization: %s %s' \\
  -o "$OUT"

jq '.data | length' "$OUT"
''' % (r.choice([50, 100]), c.aux('raw', 'SECUREFRAME_API_KEY', rs(r, HEX, 32)), c.v('raw', 'SECUREFRAME_API_SECRET'))


@pos('secureframe', 'api_key', s_hex(64))
def p_secureframe_py(r, c):
    return 'compliance/secureframe_client.py', '''import requests

SECUREFRAME_API_KEY = %s
SECUREFRAME_API_SECRET = %s


class Secureframe:
    base = "https://api.secureframe.com"

    def __init__(self):
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"{SECUREFRAME_API_KEY} {SECUREFRAME_API_SECRET}"

    def tests(self, status="%s"):
        return self.http.get(f"{self.base}/tests", params={"q": f"health_status:{status}"}, timeout=30).json()
''' % (c.aux('py', 'SECUREFRAME_API_KEY', rs(r, HEX, 32)), c.v('py', 'SECUREFRAME_API_SECRET'),
       r.choice(['failing', 'healthy']))


@pos('sprinto', 'api_key', s_alnum(48))
def p_sprinto_yaml(r, c):
    return 'config/sprinto.yaml', '''sprinto:
  endpoint: https://app.sprinto.com/dev-api/graphql
  api_key: %s
  workspace: %s
evidence:
  upload_dir: ./out/evidence
  controls:
    - %s
    - %s
''' % (c.v('yaml', 'SPRINTO_API_KEY'), company(r), r.choice(CONTROLS), r.choice(CONTROLS))


@pos('sprinto', 'api_key', s_alnum(48))
def p_sprinto_mjs(r, c):
    return 'scripts/sprinto-evidence.mjs', '''import { GraphQLClient, gql } from "graphql-request";

const client = new GraphQLClient("https://app.sprinto.com/dev-api/graphql", {
  headers: { "api-key": %s },
});

const query = gql`
  query Checks($first: Int!) {
    checks(first: $first) { edges { node { id title status } } }
  }
`;

const data = await client.request(query, { first: %d });
for (const { node } of data.checks.edges) console.log(node.status, node.title);
''' % (c.v('js', 'SPRINTO_API_KEY'), r.choice([50, 100]))


@pos('thoropass', 'api_key', s_alnum(40))
def p_thoropass_py(r, c):
    return 'integrations/thoropass_client.py', '''from dataclasses import dataclass

import httpx


@dataclass
class ThoropassClient:
    token: str
    base_url: str = "https://api.thoropass.com/v1"

    def _client(self):
        return httpx.Client(base_url=self.base_url, headers={"Authorization": f"Token {self.token}"})

    def documents(self):
        with self._client() as cx:
            return cx.get("/documents", params={"limit": %d}).json()


tp = ThoropassClient(%s)
''' % (r.choice([25, 50]), c.v('py', 'THOROPASS_TOKEN'))


@pos('hyperproof', 'oauth_client_secret', s_alnum(48))
def p_hyperproof_py(r, c):
    return 'hp/sync_proof.py', '''import requests

HYPERPROOF_CLIENT_ID = %s
HYPERPROOF_CLIENT_SECRET = %s


def access_token():
    r = requests.post(
        "https://accounts.hyperproof.app/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": HYPERPROOF_CLIENT_ID,
            "client_secret": HYPERPROOF_CLIENT_SECRET,
        },
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def upload_proof(control_id, path):
    with open(path, "rb") as fh:
        return requests.post(
            f"https://api.hyperproof.app/v1/controls/{control_id}/proof",
            headers={"Authorization": f"Bearer {access_token()}"},
            files={"proof": fh},
            timeout=120,
        ).json()
''' % (c.aux('py', 'HYPERPROOF_CLIENT_ID', uuid4(r)), c.v('py', 'HYPERPROOF_CLIENT_SECRET'))


@pos('hyperproof', 'oauth_client_secret', s_alnum(48))
def p_hyperproof_json(r, c):
    return 'config/hyperproof.credentials.json', '''{
  "client_id": %s,
  "client_secret": %s,
  "token_url": "https://accounts.hyperproof.app/oauth/token",
  "program": "%s"
}
''' % (c.aux('json', 'HYPERPROOF_CLIENT_ID', uuid4(r)), c.v('json', 'HYPERPROOF_CLIENT_SECRET'), r.choice(FRAMEWORKS))


@pos('tugboat', 'api_key', s_alnum(40))
def p_tugboat_sh(r, c):
    cid = r.randint(1000, 99999)
    return 'collectors/tugboat_upload.sh', '''#!/usr/bin/env bash
# Upload a CSV of quarterly access reviews to the Tugboat Logic custom evidence collector.
set -euo pipefail
FILE="$1"

curl -sS -X POST \\
  -u "${TUGBOAT_USER}:${TUGBOAT_PASSWORD}" \\
  -H "X-API-KEY: %s" \\
  -F "collected=$(date -u +%%Y-%%m-%%d)" \\
  -F "file=@${FILE};type=text/csv" \\
  "https://openapi.tugboatlogic.com/api/v0/evidence/collector/%d/"
''' % (c.v('raw', 'TUGBOAT_API_KEY'), cid)


@pos('tugboat', 'password', s_password)
def p_tugboat_py_auth(r, c):
    return 'evidence/push_tugboat.py', '''import os
import sys

import requests

COLLECTOR = "https://openapi.tugboatlogic.com/api/v0/evidence/collector/%d/"


def push(path):
    with open(path, "rb") as fh:
        resp = requests.post(
            COLLECTOR,
            auth=("%s-evidence", %s),
            headers={"X-API-KEY": os.environ["TUGBOAT_API_KEY"]},
            files={"file": fh},
            data={"collected": sys.argv[2] if len(sys.argv) > 2 else None},
            timeout=60,
        )
    resp.raise_for_status()


if __name__ == "__main__":
    push(sys.argv[1])
''' % (r.randint(1000, 99999), company(r), c.v('py', 'TUGBOAT_PASSWORD'))


# ---- AWS / GCP / Okta / GitHub evidence collectors ------------------------------
@pos('aws', 'access_key', s_aws, AWS_DOC)
def p_aws_boto_kwargs(r, c):
    return 'collectors/aws_iam_snapshot.py', '''"""Snapshot IAM users / MFA state as SOC 2 %s evidence."""
import csv
import datetime as dt

import boto3

iam = boto3.client(
    "iam",
    aws_access_key_id=%s,
    aws_secret_access_key=%s,
    region_name="%s",
)


def main():
    out = f"evidence/iam-users-{dt.date.today()}.csv"
    with open(out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["user", "created", "mfa_devices", "password_last_used"])
        for page in iam.get_paginator("list_users").paginate():
            for u in page["Users"]:
                mfa = iam.list_mfa_devices(UserName=u["UserName"])["MFADevices"]
                w.writerow([u["UserName"], u["CreateDate"], len(mfa), u.get("PasswordLastUsed", "")])


if __name__ == "__main__":
    main()
''' % (r.choice(['CC6.1', 'CC6.2', 'CC6.3']), c.aux('py', 'AWS_ACCESS_KEY_ID', aws_key_id(r)),
       c.v('py', 'AWS_SECRET_ACCESS_KEY'), r.choice(REGIONS))


@pos('aws', 'access_key', s_aws, AWS_DOC)
def p_aws_credentials_ini(r, c):
    prof = r.choice(['evidence', 'vanta-evidence', 'drata-collector', 'audit-readonly'])
    return 'evidence-runner/.aws/credentials', '''[default]
region = %s

[%s]
aws_access_key_id = %s
aws_secret_access_key = %s
''' % (r.choice(REGIONS), prof, c.aux('ini', 'AWS_ACCESS_KEY_ID', aws_key_id(r)), c.v('ini', 'AWS_SECRET_ACCESS_KEY'))


@pos('aws', 'access_key', s_aws, AWS_DOC)
def p_aws_gha(r, c):
    return '.github/workflows/evidence-aws.yml', '''name: collect-aws-evidence
on:
  schedule:
    - cron: "0 %d 1 * *"
jobs:
  collect:
    runs-on: ubuntu-latest
    env:
      AWS_REGION: %s
      AWS_ACCESS_KEY_ID: %s
      AWS_SECRET_ACCESS_KEY: %s
    steps:
      - uses: actions/checkout@v4
      - run: pip install boto3
      - run: python collectors/aws_config_rules.py --out evidence/
      - uses: actions/upload-artifact@v4
        with: {name: aws-evidence, path: evidence/}
''' % (r.randint(0, 23), r.choice(REGIONS), c.aux('gha', 'AWS_ACCESS_KEY_ID', aws_key_id(r)), c.v('gha', 'AWS_SECRET_ACCESS_KEY'))


@pos('aws', 'access_key', s_aws, AWS_DOC)
def p_aws_tf_provider(r, c):
    return 'modules/audit-trail/providers.tf', '''provider "aws" {
  region     = "%s"
  access_key = %s
  secret_key = %s

  default_tags {
    tags = {
      owner      = "%s"
      compliance = "soc2"
    }
  }
}
''' % (r.choice(REGIONS), c.aux('tf', 'AWS_ACCESS_KEY_ID', aws_key_id(r)), c.v('tf', 'AWS_SECRET_ACCESS_KEY'), r.choice(TEAMS))


@pos('gcp', 'service_account_key', s_pem_json)
def p_gcp_sa_json(r, c):
    proj = '%s-grc-%s' % (company(r), rs(r, DIGITS, 4))
    sa = r.choice(['evidence-collector', 'vanta-reader', 'drata-scanner', 'asset-inventory'])
    return 'collectors/keys/%s.json' % sa, '''{
  "type": "service_account",
  "project_id": "%s",
  "private_key_id": "%s",
  "private_key": %s,
  "client_email": "%s@%s.iam.gserviceaccount.com",
  "client_id": "%s",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''' % (proj, sha1hex(r), c.v('json', 'GCP_SA_PRIVATE_KEY'), sa, proj, rs(r, DIGITS, 21), sa, proj)


@pos('gcp', 'service_account_key', s_pem_json)
def p_gcp_inline_py(r, c):
    proj = '%s-security' % company(r)
    return 'collectors/gcp_asset_inventory.py', '''from google.cloud import asset_v1
from google.oauth2 import service_account

INFO = {
    "type": "service_account",
    "project_id": "%s",
    "private_key_id": "%s",
    "private_key": %s,
    "client_email": "asset-reader@%s.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
}

creds = service_account.Credentials.from_service_account_info(INFO)
client = asset_v1.AssetServiceClient(credentials=creds)

for asset in client.list_assets(request={"parent": "organizations/%d", "content_type": "IAM_POLICY"}):
    print(asset.name)
''' % (proj, sha1hex(r), c.v('py', 'GCP_SA_PRIVATE_KEY'), proj, r.randint(10 ** 11, 10 ** 12))


@pos('okta', 'api_key', s_okta, OKTA_DOC)
def p_okta_py_header(r, c):
    org = '%s.okta.com' % company(r)
    return 'collectors/okta_mfa_report.py', '''"""Quarterly access review helper: users without an enrolled MFA factor."""
import requests

OKTA_ORG = "https://%s"
HEADERS = {"Accept": "application/json", "Authorization": "SSWS " + %s}


def users():
    url = f"{OKTA_ORG}/api/v1/users?limit=200&filter=status eq \\"ACTIVE\\""
    while url:
        r = requests.get(url, headers=HEADERS, timeout=30)
        r.raise_for_status()
        yield from r.json()
        url = r.links.get("next", {}).get("url")


for u in users():
    factors = requests.get(f"{OKTA_ORG}/api/v1/users/{u['id']}/factors", headers=HEADERS, timeout=30).json()
    if not factors:
        print(u["profile"]["login"])
''' % (org, c.v('py', 'OKTA_API_TOKEN'))


@pos('okta', 'api_key', s_okta, OKTA_DOC)
def p_okta_yaml(r, c):
    return 'config/okta.yaml', '''okta:
  client:
    orgUrl: "https://%s.okta.com"
    token: %s
    connectionTimeout: %d
    requestTimeout: 0
    rateLimit:
      maxRetries: 4
''' % (company(r), c.v('yaml', 'OKTA_CLIENT_TOKEN'), r.choice([30, 60]))


@pos('okta', 'api_key', s_okta, OKTA_DOC)
def p_okta_go(r, c):
    return 'cmd/okta-admins/main.go', '''package main

import (
	"context"
	"fmt"

	"github.com/okta/okta-sdk-golang/v2/okta"
)

func main() {
	ctx, client, err := okta.NewClient(context.TODO(),
		okta.WithOrgUrl("https://%s.okta.com"),
		okta.WithToken(%s),
	)
	if err != nil {
		panic(err)
	}
	users, _, err := client.User.ListUsers(ctx, nil)
	if err != nil {
		panic(err)
	}
	for _, u := range users {
		roles, _, _ := client.User.ListAssignedRolesForUser(ctx, u.Id, nil)
		if len(roles) > 0 {
			fmt.Println((*u.Profile)["login"], len(roles))
		}
	}
}
''' % (company(r), c.v('go', 'OKTA_API_TOKEN'))


@pos('okta', 'private_key', s_jwk_d)
def p_okta_jwk(r, c):
    n = b64u(rbytes(r, 256))
    return 'config/okta-service-app.jwk.json', '''{
  "kty": "RSA",
  "kid": "%s",
  "use": "sig",
  "alg": "RS256",
  "e": "AQAB",
  "n": "%s",
  "d": %s,
  "p": %s,
  "q": %s
}
''' % (rs(r, B64URL, 43), n, c.v('json', 'OKTA_JWK_D'),
       ('"%s"' % b64u(rbytes(r, 128))) if not c.neg else '"<redacted>"',
       ('"%s"' % b64u(rbytes(r, 128))) if not c.neg else '"<redacted>"')


@pos('github', 'access_token', s_ghp(), GH_DOC, prefix='ghp_')
def p_github_py_positional(r, c):
    org = company(r)
    return 'collectors/github_branch_protection.py', '''"""CC8.1 evidence: branch protection on every production repository."""
from github import Github

gh = Github(%s)
org = gh.get_organization("%s")

for repo in org.get_repos(type="private"):
    if "prod" not in repo.topics:
        continue
    try:
        bp = repo.get_branch(repo.default_branch).get_protection()
        reviews = bp.required_pull_request_reviews
        print(repo.full_name, reviews.required_approving_review_count if reviews else 0)
    except Exception as exc:  # noqa: BLE001
        print(repo.full_name, "UNPROTECTED", exc)
''' % (c.v('py', 'GITHUB_TOKEN'), org)


@pos('github', 'access_token', s_ghp(), GH_DOC, prefix='ghp_')
def p_github_sh_export(r, c):
    return 'scripts/collect_repo_settings.sh', '''#!/usr/bin/env bash
set -euo pipefail
export GITHUB_TOKEN=%s
ORG=%s

gh api --paginate "orgs/${ORG}/repos?per_page=100" --jq '.[].name' | while read -r repo; do
  gh api "repos/${ORG}/${repo}" --jq '{name, visibility, security_and_analysis}' \\
    > "evidence/github/${repo}.json"
done
''' % (c.v('raw', 'GITHUB_TOKEN'), company(r))


@pos('github', 'access_token', s_github_pat, GH_DOC, prefix='github_pat_')
def p_github_pat_gha(r, c):
    return '.github/workflows/evidence-github.yml', '''name: evidence-github
on:
  workflow_dispatch:
  schedule: [{cron: "30 %d * * 1"}]
jobs:
  audit-log:
    runs-on: ubuntu-latest
    env:
      GH_AUDIT_PAT: %s
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/export_audit_log.sh %s > evidence/audit-log.jsonl
''' % (r.randint(0, 23), c.v('gha', 'GH_AUDIT_PAT'), company(r))


@pos('github', 'private_key', s_pem('RSA PRIVATE KEY'))
def p_github_app_pem(r, c):
    return 'collectors/github-app/%s-evidence.%s.private-key.pem' % (company(r), rdate(r)), c.v('raw', 'GITHUB_APP_PRIVATE_KEY') + '\n'


@pos('github', 'access_token', s_ghp('ghs_'), prefix='ghs_')
def p_github_ghs_log(r, c):
    t = rts(r)
    run = r.randint(10 ** 9, 10 ** 10)
    return 'logs/ci/run-%d.log' % run, '''%s ##[group]Run ./scripts/upload-evidence.sh
%s Uploading 14 evidence files for control %s
%s + git clone https://x-access-token:%s@github.com/%s/grc-evidence.git
%s Cloning into 'grc-evidence'...
%s ##[endgroup]
''' % (t, t, r.choice(CONTROLS), t, c.v('url', 'GITHUB_INSTALLATION_TOKEN'), company(r), t, t)


# ---- alert webhooks, databases, signing secrets, misc file types -----------------
@pos('slack', 'webhook_url', s_slack, SLACK_DOC)
def p_slack_alerts_yaml(r, c):
    return 'config/compliance-alerts.yaml', '''notifications:
  failing_tests:
    threshold: %d
    channel: "#%s-alerts"
    slack_webhook: %s
  dsar_deadline:
    warn_days_before: %d
    email: %s
''' % (r.choice([1, 3, 5]), r.choice(TEAMS), c.v('yaml', 'SLACK_WEBHOOK_URL'), r.choice([5, 7]), email(r))


@pos('slack', 'webhook_url', s_slack, SLACK_DOC)
def p_slack_py_const(r, c):
    return 'jobs/notify_failed_controls.py', '''import json
import urllib.request

SLACK_WEBHOOK_URL = %s


def notify(failures):
    text = "\\n".join(f"- {f['control']}: {f['test']}" for f in failures)
    body = json.dumps({"text": f":rotating_light: {len(failures)} failing control tests\\n{text}"})
    req = urllib.request.Request(SLACK_WEBHOOK_URL, data=body.encode(), headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
''' % c.v('py', 'SLACK_WEBHOOK_URL')


@pos('postgres', 'password', s_password)
def p_pg_compose(r, c):
    pw = c.v('url', 'POSTGRES_PASSWORD')
    return 'docker-compose.yml', '''services:
  consent-api:
    build: .
    ports: ["%d:8080"]
    environment:
      DATABASE_URL: postgres://consent_app:%s@db:5432/consent
      OSANO_WEBHOOK_PATH: /hooks/osano
    depends_on: [db]
  db:
    image: postgres:%d
    environment:
      POSTGRES_USER: consent_app
      POSTGRES_DB: consent
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    volumes: ["pgdata:/var/lib/postgresql/data"]
volumes:
  pgdata: {}
''' % (r.choice([8080, 8000, 3000]), pw, r.choice([14, 15, 16]))


@pos('postgres', 'password', s_password)
def p_pg_spring_props(r, c):
    return 'src/main/resources/application-prod.properties', '''spring.datasource.url=jdbc:postgresql://%s-evidence.cluster-%s.%s.rds.amazonaws.com:5432/evidence
spring.datasource.username=evidence_rw
spring.datasource.password=%s
spring.jpa.hibernate.ddl-auto=validate
evidence.retention.days=%d
''' % (company(r), rs(r, LOWER + DIGITS, 12), r.choice(REGIONS), c.v('props', 'SPRING_DATASOURCE_PASSWORD'),
       r.choice([365, 730, 2555]))


@pos('generic', 'webhook_secret', s_hex(64))
def p_webhook_verify_ts(r, c):
    return 'src/webhooks/verifyConsentWebhook.ts', '''import crypto from "node:crypto";
import type { Request, Response, NextFunction } from "express";

// HMAC secret shared with the consent platform's webhook configuration
const CONSENT_WEBHOOK_SIGNING_SECRET = %s;

export function verifyConsentWebhook(req: Request, res: Response, next: NextFunction) {
  const sig = req.header("x-signature-sha256") ?? "";
  const mac = crypto
    .createHmac("sha256", CONSENT_WEBHOOK_SIGNING_SECRET)
    .update(req.body as Buffer)
    .digest("hex");
  if (sig.length !== mac.length || !crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(mac))) {
    return res.status(401).json({ error: "invalid signature" });
  }
  next();
}
''' % c.v('ts', 'CONSENT_WEBHOOK_SIGNING_SECRET')


@pos('generic', 'webhook_secret', s_b64_32)
def p_webhook_rb(r, c):
    return 'config/initializers/privacy_webhooks.rb', '''# frozen_string_literal: true

PrivacyHub.configure do |config|
  config.endpoint_path = "/webhooks/privacy"
  config.signing_secret = %s
  config.tolerance = %d.seconds
  config.on_event("dsr.completed") { |ev| DsrCompletedJob.perform_later(ev.id) }
end
''' % (c.v('rb', 'PRIVACY_WEBHOOK_SECRET'), r.choice([300, 600]))


@pos('vanta', 'oauth_client_secret', s_vcs, VANTA_DOC, prefix='vcs_')
def p_dotenv_production(r, c):
    return '.env.production', '''NODE_ENV=production
LOG_LEVEL=info
VANTA_CLIENT_ID=%s
VANTA_CLIENT_SECRET=%s
VANTA_RESOURCE_ID=%s
''' % (c.aux('env', 'VANTA_CLIENT_ID', vci(r)), c.v('env', 'VANTA_CLIENT_SECRET'), rs(r, HEX, 24))


@pos('okta', 'api_key', s_okta, OKTA_DOC)
def p_dockerfile_okta(r, c):
    return 'collectors/okta/Dockerfile', '''FROM python:3.%d-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

ENV OKTA_ORG_URL=https://%s.okta.com \\
    OKTA_API_TOKEN=%s \\
    EVIDENCE_BUCKET=%s-grc-evidence

COPY collectors/ ./collectors/
USER 1000
ENTRYPOINT ["python", "-m", "collectors.okta_mfa_report"]
''' % (r.choice([10, 11, 12]), company(r), c.v('raw', 'OKTA_API_TOKEN'), company(r))


@pos('hyperproof', 'oauth_client_secret', s_alnum(48))
def p_sql_seed(r, c):
    return 'db/seeds/002_integrations.sql', '''-- integrations used by the evidence scheduler
INSERT INTO integrations (id, provider, enabled, client_id, client_secret, created_at)
VALUES
  (%d, 'hyperproof', true, %s, %s, '%s'),
  (%d, 'jira', false, NULL, NULL, '%s');
''' % (r.randint(1, 9), c.aux('sq', 'HYPERPROOF_CLIENT_ID', uuid4(r)), c.v('sq', 'HYPERPROOF_CLIENT_SECRET'),
       rdate(r), r.randint(10, 20), rdate(r))


@pos('drata', 'api_key', s_uuid)
def p_csv_export(r, c):
    rows = ['integration,owner,created,last_used,status,credential']
    slot_row = r.randint(0, 3)
    names = ['okta', 'github', 'aws', 'drata', 'jira', 'google-workspace']
    for i in range(5):
        cred = c.v('raw', 'DRATA_API_KEY') if i == slot_row else '(oauth)'
        nm = 'drata-api' if i == slot_row else r.choice(names)
        rows.append('%s,%s,%s,%s,%s,%s' % (nm, email(r), rdate(r), rdate(r), r.choice(['active', 'active', 'expired']), cred))
    return 'evidence/exports/integration-inventory-%s.csv' % rdate(r), '\n'.join(rows) + '\n'


@pos('osano', 'api_key', s_alnum(40))
def p_html_inline(r, c):
    cust = rs(r, ALNUM, 16)
    cfg = uuid4(r)
    return 'public/privacy-center.html', '''<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Privacy Center</title>
  <script src="https://cmp.osano.com/%s/%s/osano.js"></script>
</head>
<body>
  <main id="privacy-center"></main>
  <script>
    // TODO move to backend: DSAR form posts directly to Osano for now
    window.PRIVACY_CFG = {
      dsarEndpoint: "https://api.osano.com/v1/dsar",
      osanoApiKey: %s,
      locale: "%s"
    };
  </script>
  <script src="/static/privacy-center.%s.js" defer></script>
</body>
</html>
''' % (cust, cfg, c.v('js', 'OSANO_API_KEY'), r.choice(['en-US', 'de-DE', 'fr-FR']), rs(r, HEX, 8))


@pos('onetrust', 'oauth_client_secret', s_onetrust_secret, OT_DOC)
def p_onetrust_terraform_tfvars(r, c):
    return 'infra/envs/prod/privacy.auto.tfvars', '''environment           = "prod"
onetrust_hostname     = "%s"
onetrust_client_id    = %s
onetrust_client_secret = %s
dsar_queue_name       = "%s-dsar"
''' % (r.choice(OT_HOSTS), c.aux('tf', 'ONETRUST_CLIENT_ID', ot_client_id(r)), c.v('tf', 'ONETRUST_CLIENT_SECRET'), company(r))


@pos('transcend', 'api_key', s_hex(64))
def p_transcend_ini(r, c):
    return 'tools/privacy-cli/setup.cfg', '''[metadata]
name = privacy-cli
version = %s

[options]
packages = find:
install_requires =
    requests>=2.31

[privacy_cli]
transcend_url = https://api.transcend.io
transcend_key = %s
default_action = %s
''' % (semver(r), c.v('ini', 'TRANSCEND_API_KEY'), r.choice(DSR_TYPES))


# ================================================================ NEGATIVE LOOK-ALIKES
NEG = []


def neg(provider, kind):
    def deco(fn):
        NEG.append(dict(name=fn.__name__, provider=provider, kind=kind, fn=fn))
        return fn
    return deco


@neg('onetrust', 'public_id')
def n_onetrust_stub_html(r):
    dds = uuid4(r) + r.choice(['', '', '-test'])
    return 'src/templates/partials/consent_head.html', '''<!-- OneTrust Cookies Consent Notice start for %s -->
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript"
        charset="UTF-8" data-domain-script="%s" data-document-language="true"></script>
<script type="text/javascript">
  function OptanonWrapper() { window.dataLayer.push({ event: "OneTrustGroupsUpdated" }); }
</script>
<!-- OneTrust Cookies Consent Notice end -->
''' % (domain(r), dds)


@neg('onetrust', 'public_id')
def n_onetrust_next_config(r):
    return 'apps/web/src/consent/config.ts', '''export const consentConfig = {
  provider: "onetrust",
  domainScriptId: {
    production: "%s",
    staging: "%s-test",
  },
  cookieSettingsButtonId: "ot-sdk-btn",
  categories: { necessary: "C0001", performance: "C0002", functional: "C0003", targeting: "C0004" },
} as const;
''' % (uuid4(r), uuid4(r))


@neg('cookiebot', 'public_id')
def n_cookiebot_html(r):
    return 'themes/%s/layouts/head.html' % company(r), '''<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js"
        data-cbid="%s" data-blockingmode="auto" type="text/javascript"></script>
<script id="CookieDeclaration" src="https://consent.cookiebot.com/%s/cd.js"
        type="text/javascript" async></script>
''' % ((uuid4(r),) * 2)


@neg('usercentrics', 'public_id')
def n_usercentrics_html(r):
    sid = rs(r, ALNUM + '-_', r.choice([9, 10, 14]))
    attr = r.choice(['data-settings-id', 'data-ruleset-id'])
    return 'web/index.html', '''<!doctype html>
<html>
<head>
  <script id="usercentrics-cmp" %s="%s"
          src="https://web.cmp.usercentrics.eu/ui/loader.js" async></script>
  <script type="text/plain" data-usercentrics="Google Analytics"
          src="https://www.googletagmanager.com/gtag/js?id=G-%s"></script>
</head>
<body><div id="app"></div></body>
</html>
''' % (attr, sid, rs(r, UPPER + DIGITS, 10))


@neg('osano', 'public_id')
def n_osano_script(r):
    return 'site/_includes/osano.html', '''<script src="https://cmp.osano.com/%s/%s/osano.js"></script>
<script>
  Osano.cm.addEventListener("osano-cm-consent-saved", function (change) {
    window.dataLayer && window.dataLayer.push({ event: "osano_consent", change: change });
  });
</script>
''' % (rs(r, ALNUM, 16), uuid4(r))


@neg('ketch', 'public_id')
def n_ketch_boot(r):
    org = company(r)
    return 'public/ketch.html', '''<script>!function(){window.semaphore=window.semaphore||[],window.ketch=function(){window.semaphore.push(arguments)};
var e=document.createElement("script");e.type="text/javascript",
e.src="https://global.ketchcdn.com/web/v3/config/%s/%s/boot.js",e.defer=e.async=!0,
document.getElementsByTagName("head")[0].appendChild(e)}();</script>
''' % (org, r.choice(['website_smart_tag', 'www', 'web_prod']))


@neg('didomi', 'public_id')
def n_didomi_sdk(r):
    return 'src/consent/didomi-loader.js', '''// Didomi Web SDK - the API key below is the public SDK key shown in the console
window.didomiConfig = { app: { apiKey: "%s", privacyPolicyURL: "https://%s/privacy" } };
(function(){(function(e,r){var t=document.createElement("link");t.rel="preconnect";t.as="script";
var n=document.createElement("script");n.id="spcloader";n.type="text/javascript";n.async=true;
n.charset="utf-8";var o="https://sdk.privacy-center.org/"+e+"/loader.js?target_type=notice&target="+r;
n.src=o;document.head.appendChild(n)})("%s","%s")})();
''' % (uuid4(r), domain(r), uuid4(r), rs(r, ALNUM, 8))


@neg('transcend', 'public_id')
def n_transcend_airgap(r):
    return 'src/app/layout.tsx', '''import Script from "next/script";

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        <Script
          data-cfasync="false"
          src="https://transcend-cdn.com/cm/%s/airgap.js"
          strategy="beforeInteractive"
        />
      </head>
      <body>{children}</body>
    </html>
  );
}
''' % uuid4(r)


@neg('trustarc', 'public_id')
def n_trustarc_notice(r):
    d = domain(r)
    return 'templates/base/trustarc.html', '''<div id="consent_blackbar"></div>
<div id="teconsent"></div>
<script async="async"
  src="//consent.trustarc.com/notice?domain=%s&c=teconsent&js=nj&noticeType=bb&gtm=1&text=true&pcookie"
  crossorigin=""></script>
''' % d


@neg('generic', 'hash')
def n_sri_script(r):
    return 'public/embed.html', '''<link rel="stylesheet" href="https://cdn.%s/consent/%s/banner.css"
      integrity="sha384-%s" crossorigin="anonymous">
<script src="https://cdn.%s/consent/%s/banner.min.js"
        integrity="sha384-%s" crossorigin="anonymous" defer></script>
''' % (domain(r), semver(r), b64std(r, 48), domain(r), semver(r), b64std(r, 48))


@neg('generic', 'nonce')
def n_csp_nonce(r):
    n = b64std(r, 16)
    return 'server/views/layout.ejs', '''<!doctype html>
<html>
<head>
  <meta http-equiv="Content-Security-Policy"
        content="script-src 'self' 'nonce-%s' https://cdn.cookielaw.org; object-src 'none'">
  <script nonce="%s" src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js"
          data-domain-script="%s"></script>
</head>
<body><%%- body %%></body>
</html>
''' % (n, n, uuid4(r))


@neg('iab', 'encoded_data')
def n_tcf_fixture(r):
    tc = 'CP' + rs(r, B64URL, r.randint(60, 90)) + '.' + 'Y' + rs(r, B64URL, 20)
    return 'tests/fixtures/tcf_strings.py', '''"""IAB TCF v2.2 consent strings captured from the staging CMP for parser tests."""

ACCEPT_ALL = "%s"
REJECT_ALL = "CP%s"
PARTIAL = "CP%s"

EXPECTED_VENDOR_COUNT = %d
''' % (tc, rs(r, B64URL, 64), rs(r, B64URL, 72), r.randint(300, 900))


@neg('iab', 'encoded_data')
def n_gpp_test(r):
    return 'test/gpp.test.ts', '''import { decodeGpp } from "../src/gpp";

describe("GPP decoding", () => {
  it("reads the US National section", () => {
    const gpp = "DBABL~%s";
    const out = decodeGpp(gpp);
    expect(out.sectionIds).toEqual([7]);
    expect(out.sections.usnat.SaleOptOut).toBe(%d);
  });
});
''' % (rs(r, B64URL, r.randint(28, 44)), r.choice([1, 2]))


@neg('onetrust', 'cookie')
def n_optanon_cookie(r):
    ts = rts(r)
    return 'tests/e2e/fixtures/cookies.json', json.dumps([
        {'name': 'OptanonConsent', 'domain': '.' + domain(r), 'path': '/',
         'value': 'isGpcEnabled=0&datestamp=%s&version=202%d.%d.0&browserGpcFlag=0&isIABGlobal=false'
                  '&hosts=&consentId=%s&interactionCount=1&landingPath=NotLandingPage'
                  '&groups=C0001%%3A1%%2CC0002%%3A%d%%2CC0003%%3A1%%2CC0004%%3A0' % (
                      ts.replace(':', '%3A'), r.randint(2, 5), r.randint(1, 12), uuid4(r), r.randint(0, 1))},
        {'name': 'OptanonAlertBoxClosed', 'domain': '.' + domain(r), 'path': '/', 'value': ts},
    ], indent=2) + '\n'


@neg('generic', 'hash')
def n_policy_manifest(r):
    pols = ['information-security-policy', 'acceptable-use', 'data-retention', 'incident-response',
            'access-control', 'vendor-management', 'privacy-notice', 'business-continuity']
    r.shuffle(pols)
    out = ['policies:']
    for p in pols[:r.randint(4, 7)]:
        out.append('  - id: %s\n    version: "%d.%d"\n    approved: %s\n    approver: %s\n    sha256: %s' % (
            p, r.randint(1, 5), r.randint(0, 9), rdate(r), person(r), sha256hex(r)))
    return 'policies/manifest.yaml', '\n'.join(out) + '\n'


@neg('generic', 'control_id')
def n_control_matrix_csv(r):
    rows = ['control_id,framework,title,owner,test_frequency,last_tested,status']
    titles = ['Logical access provisioning', 'MFA enforced', 'Access reviews', 'Change approval',
              'Vulnerability scanning', 'Encryption at rest', 'Backup restore test', 'Security training']
    for cid in r.sample(CONTROLS, 8):
        rows.append('%s,SOC2,%s,%s,%s,%s,%s' % (cid, r.choice(titles), person(r), r.choice(['quarterly', 'annual', 'continuous']),
                                             rdate(r), r.choice(['passing', 'passing', 'needs_attention'])))
    for cid in r.sample(ISO, 3):
        rows.append('%s,ISO27001,%s,%s,annual,%s,passing' % (cid, r.choice(titles), person(r), rdate(r)))
    return 'grc/control-matrix.csv', '\n'.join(rows) + '\n'


@neg('generic', 'hash')
def n_evidence_manifest(r):
    items = []
    for i in range(r.randint(3, 6)):
        items.append({'control': r.choice(CONTROLS), 'file': 'evidence/%s/%s-%d.%s' % (
            rdate(r)[:7], r.choice(['iam-users', 'mfa', 'branch-protection', 'backups', 'tls-scan']), i,
            r.choice(['csv', 'json', 'png'])), 'sha256': sha256hex(r), 'collected_at': rts(r),
            'collector': r.choice(['aws', 'okta', 'github', 'gcp'])})
    return 'evidence/manifest.json', json.dumps({'audit_period': '%d' % r.randint(2023, 2025),
                                                 'items': items}, indent=2) + '\n'


@neg('generic', 'request_id')
def n_audit_log_csv(r):
    rows = ['event_id,timestamp,actor,action,target,request_id,ip']
    for _ in range(r.randint(5, 9)):
        rows.append('%s,%s,%s,%s,%s,%s,%s' % (ulid(r), rts(r), email(r), r.choice(['policy.accept', 'user.login',
                    'evidence.upload', 'control.update', 'dsar.close']), uuid4(r), rs(r, HEX, 32), ipv4(r)))
    return 'evidence/exports/audit-log-%s.csv' % rdate(r), '\n'.join(rows) + '\n'


@neg('generic', 'request_id')
def n_dsar_log(r):
    lines = []
    for _ in range(r.randint(5, 8)):
        lines.append('%s INFO dsar request_id=%s type=%s subject=%s status=%s trace=00-%s-%s-01' % (
            rts(r), uuid4(r), r.choice(DSR_TYPES), 'sha256:' + rs(r, HEX, 16),
            r.choice(['RECEIVED', 'VERIFIED', 'IN_PROGRESS', 'COMPLETED']), rs(r, HEX, 32), rs(r, HEX, 16)))
    return 'logs/dsar-worker.log', '\n'.join(lines) + '\n'


@neg('generic', 'hash')
def n_hashed_subjects_csv(r):
    rows = ['subject_hash,purpose,granted,updated_at,source']
    for _ in range(r.randint(6, 10)):
        rows.append('%s,%s,%s,%s,%s' % (sha256hex(r), r.choice(PURPOSES), r.choice(['true', 'false']), rts(r),
                                        r.choice(['web', 'ios', 'android', 'api'])))
    return 'exports/consent-ledger-%s.csv' % rdate(r), '\n'.join(rows) + '\n'


@neg('generic', 'digest')
def n_k8s_digest(r):
    return 'deploy/k8s/consent-api/deployment.yaml', '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: consent-api
spec:
  replicas: %d
  selector: {matchLabels: {app: consent-api}}
  template:
    metadata: {labels: {app: consent-api}}
    spec:
      containers:
        - name: api
          image: ghcr.io/%s/consent-api@sha256:%s
          envFrom:
            - secretRef: {name: consent-api-env}
''' % (r.choice([2, 3]), company(r), sha256hex(r))


@neg('generic', 'hash')
def n_tf_lock(r):
    out = []
    for prov, ver in [('hashicorp/aws', '5.%d.0' % r.randint(10, 80)), ('hashicorp/random', '3.%d.0' % r.randint(1, 6))]:
        hs = '\n'.join('    "h1:%s=",' % b64std(r, 32)[:43] for _ in range(2))
        zs = '\n'.join('    "zh:%s",' % sha256hex(r) for _ in range(r.randint(3, 6)))
        out.append('provider "registry.terraform.io/%s" {\n  version     = "%s"\n  constraints = ">= 4.0.0"\n  hashes = [\n%s\n%s\n  ]\n}\n' % (prov, ver, hs, zs))
    return 'infra/privacy/.terraform.lock.hcl', '# This file is maintained automatically by "terraform init".\n# Manual edits may be lost in future updates.\n\n' + '\n'.join(out)


@neg('generic', 'hash')
def n_npm_lock(r):
    pk = {}
    for name in ['@transcend-io/airgap.js-types', '@onetrust/cookie-consent-types', 'js-cookie', 'iab-tcf-core']:
        pk['node_modules/' + name] = {'version': semver(r), 'resolved': 'https://registry.npmjs.org/%s/-/%s-%s.tgz' % (
            name, name.split('/')[-1], semver(r)), 'integrity': 'sha512-' + b64std(r, 64)}
    return 'package-lock.json', json.dumps({'name': 'consent-banner', 'version': semver(r), 'lockfileVersion': 3,
                                           'requires': True, 'packages': pk}, indent=2) + '\n'


@neg('generic', 'public_key')
def n_jwks(r):
    keys = [{'kty': 'RSA', 'use': 'sig', 'alg': 'RS256', 'kid': rs(r, B64URL, 43), 'e': 'AQAB',
             'n': b64u(rbytes(r, 256))} for _ in range(2)]
    return 'public/.well-known/jwks.json', json.dumps({'keys': keys}, indent=2) + '\n'


@neg('generic', 'public_key')
def n_public_pem(r):
    return 'config/keys/sombra-general-signing-key.pub.pem', pem_public(r) + '\n'


@neg('generic', 'certificate')
def n_okta_saml_metadata(r):
    cert = pem_public(r, 'CERTIFICATE').split('\n')[1:-1]
    return 'config/saml/okta-metadata.xml', '''<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/%s">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data><ds:X509Certificate>%s</ds:X509Certificate></ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://%s.okta.com/app/%s/%s/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
''' % ('exk' + rs(r, ALNUM, 17), ''.join(cert), company(r), company(r) + '_grc_1', 'exk' + rs(r, ALNUM, 17))


@neg('generic', 'public_key')
def n_ssh_authorized(r):
    lines = []
    for _ in range(r.randint(2, 4)):
        if r.random() < 0.5:
            lines.append('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s' % (b64std(r, 32)[:43], email(r)))
        else:
            lines.append('ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s %s' % (b64std(r, 384)[:510], email(r)))
    return 'ansible/roles/bastion/files/authorized_keys', '\n'.join(lines) + '\n'


@neg('generic', 'public_key')
def n_pgp_security_txt(r):
    body = b64std(r, 600)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return 'public/.well-known/pgp-key.txt', '''-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: DSAR submissions - privacy@%s

mQINBG%s
%s
=%s
-----END PGP PUBLIC KEY BLOCK-----
''' % (domain(r), rs(r, B64, 58), '\n'.join(lines), rs(r, B64, 4))


@neg('aws', 'arn')
def n_aws_arns_tf(r):
    a = acct(r)
    reg = r.choice(REGIONS)
    return 'infra/evidence/kms.tf', '''data "aws_kms_key" "evidence" {
  key_id = "arn:aws:kms:%s:%s:key/%s"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "evidence" {
  bucket = "%s-grc-evidence"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = data.aws_kms_key.evidence.arn
    }
  }
}

# role assumed by the Vanta / Drata scanner (external id is not a secret)
resource "aws_iam_role" "auditor" {
  name = "grc-auditor"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::%s:root" }
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "sts:ExternalId" = "%s" } }
    }]
  })
}
''' % (reg, a, uuid4(r), company(r), acct(r), rs(r, HEX, 24))


@neg('aws', 'resource_id')
def n_aws_config_json(r):
    res = []
    for t, p in [('AWS::EC2::SecurityGroup', 'sg-'), ('AWS::EC2::VPC', 'vpc-'), ('AWS::EC2::Instance', 'i-'),
                 ('AWS::EC2::Volume', 'vol-')]:
        res.append({'resourceType': t, 'resourceId': p + rs(r, HEX, 17), 'complianceType': r.choice(['COMPLIANT', 'NON_COMPLIANT']),
                    'configRuleName': r.choice(['restricted-ssh', 'encrypted-volumes', 'vpc-flow-logs-enabled'])})
    return 'evidence/aws/config-compliance-%s.json' % rdate(r), json.dumps(
        {'accountId': acct(r), 'region': r.choice(REGIONS), 'evaluations': res}, indent=2) + '\n'


@neg('okta', 'public_id')
def n_okta_spa_config(r):
    return 'apps/admin/src/auth/okta.ts', '''export const oktaConfig = {
  issuer: "https://%s.okta.com/oauth2/default",
  clientId: "0oa%s",
  redirectUri: window.location.origin + "/login/callback",
  scopes: ["openid", "profile", "email"],
  pkce: true,
};
''' % (company(r), rs(r, ALNUM, 17))


@neg('github', 'public_id')
def n_github_app_ids(r):
    return '.github/evidence-bot.yml', '''# GitHub App used by the evidence collector (private key lives in the vault)
app_id: %d
installation_id: %d
client_id: Iv1.%s
webhook_events: [repository, branch_protection_rule, member]
private_key_path: /var/run/secrets/evidence-bot/key.pem
''' % (r.randint(100000, 999999), r.randint(10 ** 7, 10 ** 8), rs(r, HEX, 16))


@neg('github', 'secret_ref')
def n_gha_secrets_refs(r):
    return '.github/workflows/compliance-nightly.yml', '''name: compliance-nightly
on:
  schedule: [{cron: "15 %d * * *"}]
jobs:
  run:
    runs-on: ubuntu-latest
    env:
      VANTA_CLIENT_ID: ${{ vars.VANTA_CLIENT_ID }}
      VANTA_CLIENT_SECRET: ${{ secrets.VANTA_CLIENT_SECRET }}
      OKTA_API_TOKEN: ${{ secrets.OKTA_API_TOKEN }}
      DRATA_API_KEY: ${{ secrets.DRATA_API_KEY }}
    steps:
      - uses: actions/checkout@%s
      - run: make evidence
''' % (r.randint(0, 23), sha1hex(r))


@neg('generic', 'masked')
def n_masked_log(r):
    lines = []
    for _ in range(r.randint(4, 7)):
        lines.append('%s INFO http.request method=%s url=https://%s path=%s authorization="Bearer ****%s" status=%d' % (
            rts(r), r.choice(['GET', 'POST']), r.choice(['api.vanta.com', 'public-api.drata.com', 'api.transcend.io']),
            r.choice(['/v1/tests', '/public/controls', '/graphql']), rs(r, ALNUM, 4), r.choice([200, 200, 201, 429])))
    return 'logs/collector-%s.log' % rdate(r), '\n'.join(lines) + '\n'


@neg('generic', 'signature')
def n_webhook_fixture(r):
    body = json.dumps({'id': uuid4(r), 'type': 'dsr.completed', 'created': epoch(r)})
    return 'tests/fixtures/webhook_dsr_completed.http', '''POST /webhooks/privacy HTTP/1.1
Host: hooks.%s
Content-Type: application/json
X-Signature-Sha256: %s
X-Webhook-Timestamp: %d
X-Request-Id: %s

%s
''' % (domain(r), sha256hex(r), epoch(r), uuid4(r), body)


@neg('google', 'public_key')
def n_recaptcha_sitekey(r):
    return 'src/components/DsarForm.tsx', '''import ReCAPTCHA from "react-google-recaptcha";

// reCAPTCHA *site* key - public by design; the secret key stays on the server
const RECAPTCHA_SITE_KEY = "6L%s";

export function DsarForm() {
  return (
    <form method="post" action="/api/dsar">
      <input name="email" type="email" required />
      <select name="type">%s</select>
      <ReCAPTCHA sitekey={RECAPTCHA_SITE_KEY} />
      <button type="submit">Submit request</button>
    </form>
  );
}
''' % (rs(r, ALNUM + '-_', 38), ''.join('<option>%s</option>' % t for t in DSR_TYPES[:3]))


@neg('google', 'public_id')
def n_gtm_consent_mode(r):
    return 'src/analytics/gtm.html', '''<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag("consent", "default", {ad_storage: "denied", analytics_storage: "denied", wait_for_update: %d});
</script>
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-%s"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-%s"></script>
''' % (r.choice([500, 2000]), rs(r, UPPER + DIGITS, 7), rs(r, UPPER + DIGITS, 10))


@neg('git', 'hash')
def n_changelog(r):
    out = ['# Changelog', '']
    for _ in range(r.randint(3, 5)):
        out.append('## %s (%s)' % (semver(r), rdate(r)))
        for _ in range(r.randint(2, 4)):
            sha = sha1hex(r)
            out.append('* %s ([%s](https://github.com/%s/consent-service/commit/%s))' % (
                r.choice(['update OneTrust SDK stub', 'fix GPC signal handling', 'add Ketch rights form',
                          'rotate evidence bucket KMS key', 'bump TCF vendor list']), sha[:7], company(r), sha))
        out.append('')
    return 'CHANGELOG.md', '\n'.join(out)


@neg('generic', 'encoded_data')
def n_data_uri(r):
    return 'src/assets/logos.ts', '''// inlined to avoid a network request before consent
export const shieldIcon =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAYAAADgdz34AAAA%s";
export const cookieIcon =
  "data:image/svg+xml;base64,%s";
''' % (b64std(r, 180), base64.b64encode(('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="%d"/></svg>' % r.randint(6, 11)).encode()).decode())


@neg('generic', 'test_vector')
def n_go_test_vectors(r):
    return 'internal/pseudonym/hash_test.go', '''package pseudonym

import "testing"

func TestSubjectHash(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
		{"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{"%s", "%s"},
	}
	for _, c := range cases {
		if got := SubjectHash(c.in); got != c.want {
			t.Errorf("SubjectHash(%%q) = %%s, want %%s", c.in, got, c.want)
		}
	}
}
''' % (email(r), sha256hex(r))


@neg('vanta', 'public_id')
def n_vanta_test_ids(r):
    out = ['# Vanta test -> internal owner mapping (ids from the Vanta UI)', 'tests:']
    for _ in range(r.randint(4, 7)):
        out.append('  - vanta_test_id: %s\n    control: %s\n    owner: %s\n    sla_days: %d' % (
            r.choice(['aws-iam-mfa', 'github-branch-protection', 'okta-mfa-enabled', 'gcp-logging', 'laptop-disk-encryption'])
            + '-' + rs(r, HEX, 8), r.choice(CONTROLS), person(r), r.choice([7, 14, 30])))
    return 'grc/vanta-owners.yaml', '\n'.join(out) + '\n'


@neg('drata', 'control_id')
def n_drata_controls_json(r):
    ctrls = [{'code': 'DCF-%d' % r.randint(1, 400), 'name': r.choice(['Access Reviews', 'MFA', 'Encryption', 'Logging']),
              'id': r.randint(1000, 99999), 'accountId': uuid4(r), 'isReady': r.choice([True, False])} for _ in range(4)]
    return 'grc/drata-controls-snapshot.json', json.dumps({'data': ctrls, 'total': len(ctrls)}, indent=2) + '\n'


@neg('hyperproof', 'public_id')
def n_hyperproof_ids(r):
    return 'grc/hyperproof-programs.md', '''# Hyperproof programs

| Program | Program ID | Owner |
|---|---|---|
| %s | `%s` | %s |
| %s | `%s` | %s |
| %s | `%s` | %s |

Proof uploads go through the `hp/sync_proof.py` job; credentials come from the vault.
''' % (FRAMEWORKS[0], uuid4(r), person(r), FRAMEWORKS[1], uuid4(r), person(r), FRAMEWORKS[3], uuid4(r), person(r))


@neg('generic', 'secret_ref')
def n_external_secret(r):
    return 'deploy/k8s/privacy/external-secret.yaml', '''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: onetrust-credentials
  namespace: privacy
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: onetrust-credentials
  data:
    - secretKey: ONETRUST_CLIENT_ID
      remoteRef: {key: prod/privacy/onetrust, property: client_id}
    - secretKey: ONETRUST_CLIENT_SECRET
      remoteRef: {key: prod/privacy/onetrust, property: client_secret}
'''


@neg('generic', 'secret_ref')
def n_vault_policy(r):
    return 'vault/policies/evidence-collector.hcl', '''# evidence-collector may read, never list, the GRC secrets
path "secret/data/grc/vanta" {
  capabilities = ["read"]
}
path "secret/data/grc/okta" {
  capabilities = ["read"]
}
path "secret/data/grc/%s/*" {
  capabilities = ["read"]
}
path "auth/token/renew-self" {
  capabilities = ["update"]
}
''' % company(r)


@neg('generic', 'schema')
def n_openapi_security(r):
    return 'api/openapi.yaml', '''openapi: 3.0.3
info:
  title: Consent Service
  version: %s
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: x-api-key
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
security:
  - bearerAuth: []
paths:
  /v1/consents/{subjectId}:
    get:
      parameters:
        - {name: subjectId, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200": {description: consent state}
''' % semver(r)


@neg('generic', 'checksum')
def n_sha256sums(r):
    files = ['evidence-collector_%s_linux_amd64.tar.gz', 'evidence-collector_%s_darwin_arm64.tar.gz',
             'evidence-collector_%s_windows_amd64.zip']
    v = semver(r)
    return 'dist/SHA256SUMS', ''.join('%s  %s\n' % (sha256hex(r), f % v) for f in files)


@neg('generic', 'fingerprint')
def n_cert_pins(r):
    return 'config/tls-pins.yaml', '''# certificate fingerprints of the compliance APIs we post evidence to
pins:
  api.vanta.com:
    sha256: "%s"
  public-api.drata.com:
    sha256: "%s"
  api.secureframe.com:
    sha1: "%s"
''' % (':'.join(rs(r, '0123456789ABCDEF', 2) for _ in range(32)), ':'.join(rs(r, '0123456789ABCDEF', 2) for _ in range(32)),
       ':'.join(rs(r, '0123456789ABCDEF', 2) for _ in range(20)))


@neg('generic', 'public_id')
def n_data_map_yaml(r):
    out = ['data-silos:']
    for s in r.sample(SYSTEMS, r.randint(3, 5)):
        out.append('  - title: %s\n    integrationName: %s\n    outer-type: %s\n    data-subjects: [customer]\n    identity-keys: [email]\n    owner-emails: [%s]' % (
            s, s.lower(), uuid4(r), email(r)))
    return 'transcend.yml', '\n'.join(out) + '\n'


@neg('generic', 'documentation')
def n_policy_markdown(r):
    return 'policies/access-control-policy.md', '''---
title: Access Control Policy
version: %d.%d
effective: %s
owner: %s
controls: [%s, %s, %s]
---

# Access Control Policy

1. Access to production systems requires SSO with MFA (Okta).
2. API tokens and client secrets are stored only in the secrets manager; they are
   never committed to source control. Tokens are rotated every %d days.
3. Access reviews are performed quarterly and evidence is uploaded to %s.
4. Break-glass credentials are sealed and their use raises a P1 alert.
''' % (r.randint(1, 4), r.randint(0, 9), rdate(r), person(r), r.choice(CONTROLS), r.choice(CONTROLS), r.choice(ISO),
       r.choice([90, 180]), r.choice(['Vanta', 'Drata', 'Secureframe', 'Hyperproof']))


@neg('generic', 'uuid')
def n_py_uuid_constants(r):
    return 'privacy/purposes.py', '''import uuid

# Purpose ids mirrored from the consent platform (stable, not secret)
PURPOSE_IDS = {
%s
}

NAMESPACE_CONSENT = uuid.UUID("%s")


def receipt_id(subject_hash: str, purpose: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE_CONSENT, f"{subject_hash}:{purpose}")
''' % ('\n'.join('    "%s": uuid.UUID("%s"),' % (p, uuid4(r)) for p in PURPOSES[:5]), uuid4(r))


@neg('generic', 'documentation')
def n_cookie_declaration_csv(r):
    rows = ['cookie,provider,category,duration,description']
    for ck, prov, cat, dur in [('OptanonConsent', 'OneTrust', 'Strictly Necessary', '1 year'),
                               ('OptanonAlertBoxClosed', 'OneTrust', 'Strictly Necessary', '1 year'),
                               ('CookieConsent', 'Cookiebot', 'Necessary', '1 year'),
                               ('_ga', 'Google', 'Performance', '2 years'),
                               ('_gid', 'Google', 'Performance', '1 day'),
                               ('_fbp', 'Meta', 'Targeting', '3 months')]:
        if r.random() < 0.8:
            rows.append('%s,%s,%s,%s,"%s"' % (ck, prov, cat, dur, 'set on ' + domain(r)))
    return 'legal/cookie-declaration.csv', '\n'.join(rows) + '\n'


@neg('generic', 'encoded_data')
def n_configmap_binary(r):
    payload = json.dumps({'banner': {'position': r.choice(['bottom', 'center']), 'theme': r.choice(['light', 'dark'])},
                          'languages': ['en', 'de', 'fr']}).encode()
    return 'deploy/k8s/consent-banner/configmap.yaml', '''apiVersion: v1
kind: ConfigMap
metadata:
  name: consent-banner-config
binaryData:
  banner.json: %s
data:
  VERSION: "%s"
''' % (base64.b64encode(payload).decode(), semver(r))


@neg('generic', 'hash')
def n_s3_inventory(r):
    rows = ['bucket,key,size,last_modified,etag,version_id']
    for _ in range(r.randint(4, 8)):
        rows.append('%s-grc-evidence,%s/%s.pdf,%d,%s,"%s",%s' % (
            company(r), rdate(r)[:7], r.choice(['pentest-report', 'soc2-bridge-letter', 'dr-test', 'training-completions']),
            r.randint(10 ** 4, 10 ** 7), rts(r), rs(r, HEX, 32), rs(r, ALNUM + '._', 32)))
    return 'evidence/exports/s3-inventory.csv', '\n'.join(rows) + '\n'


@neg('generic', 'example')
def n_readme_env_example(r):
    return 'collectors/README.md', '''# Evidence collectors

Copy `.env.example` to `.env` and fill in the values from 1Password
(vault **GRC**, items *Vanta app*, *Okta read-only token*, *Drata API key*).

| Variable | Where to get it |
|---|---|
| `VANTA_CLIENT_ID` / `VANTA_CLIENT_SECRET` | Vanta > Settings > Developer Console |
| `OKTA_API_TOKEN` | Okta Admin > Security > API > Tokens |
| `DRATA_API_KEY` | Drata > Settings > API Keys |
| `AWS_PROFILE` | `aws sso login --profile %s-audit` |

Run `make collect QUARTER=%dQ%d`.
''' % (company(r), r.randint(2023, 2025), r.randint(1, 4))


@neg('generic', 'example')
def n_env_example(r):
    return '.env.example', '''# Copy to .env and fill in. Never commit real values.
ONETRUST_HOST=app.onetrust.com
ONETRUST_CLIENT_ID=
ONETRUST_CLIENT_SECRET=
VANTA_CLIENT_ID=vci_...
VANTA_CLIENT_SECRET=vcs_...
OKTA_ORG_URL=https://%s.okta.com
OKTA_API_TOKEN=<ssws-token>
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
''' % company(r)


@neg('generic', 'request_id')
def n_nginx_access_log(r):
    lines = []
    for _ in range(r.randint(5, 9)):
        lines.append('%s - - [%s] "GET /api/consent/%s?purpose=%s HTTP/1.1" 200 %d "-" "Mozilla/5.0" rid=%s' % (
            ipv4(r), rdate(r), uuid4(r), r.choice(PURPOSES), r.randint(100, 4000), rs(r, HEX, 32)))
    return 'logs/nginx/consent-access.log', '\n'.join(lines) + '\n'


@neg('generic', 'uuid')
def n_sql_migration(r):
    return 'db/migrations/0%d_seed_purposes.sql' % r.randint(10, 99), '''INSERT INTO purposes (id, code, legal_basis, version_hash) VALUES
%s;
''' % ',\n'.join("  ('%s', '%s', '%s', '%s')" % (uuid4(r), p, r.choice(['consent', 'legitimate_interest']), sha1hex(r))
                 for p in PURPOSES[:r.randint(3, 6)])


@neg('generic', 'identifier')
def n_gcp_sa_emails(r):
    proj = '%s-grc-%s' % (company(r), rs(r, DIGITS, 4))
    return 'infra/gcp/iam.tf', '''resource "google_service_account" "evidence" {
  account_id   = "evidence-collector"
  display_name = "Evidence collector (read-only)"
  project      = "%s"
}

resource "google_project_iam_member" "viewer" {
  project = "%s"
  role    = "roles/cloudasset.viewer"
  member  = "serviceAccount:evidence-collector@%s.iam.gserviceaccount.com"
}

# workload identity - no JSON keys are issued for this account
resource "google_service_account_iam_member" "wif" {
  service_account_id = google_service_account.evidence.name
  role               = "roles/iam.workloadIdentityUser"
  member             = "principalSet://iam.googleapis.com/projects/%d/locations/global/workloadIdentityPools/github/attribute.repository/%s/evidence"
}
''' % (proj, proj, proj, r.randint(10 ** 11, 10 ** 12), company(r))


@neg('generic', 'example')
def n_docs_curl_placeholders(r):
    return 'docs/api/authentication.md', '''# Authenticating to the consent API

Exchange your client credentials for a token:

```bash
curl -X POST https://auth.%s/oauth/token \\
  -d grant_type=client_credentials \\
  -d client_id=$CLIENT_ID \\
  -d client_secret=$CLIENT_SECRET
```

Then call the API with `Authorization: Bearer <access_token>`.  Tokens expire
after %d minutes.  Keys look like `ck_live_` followed by 32 characters; never paste
a real one into tickets or docs.
''' % (domain(r), r.choice([15, 60]))


@neg('generic', 'identifier')
def n_jira_evidence_tickets(r):
    rows = ['key,summary,control,evidence_link,resolved']
    for _ in range(r.randint(4, 7)):
        rows.append('GRC-%d,"%s",%s,https://drive.google.com/file/d/%s/view,%s' % (
            r.randint(100, 3000), r.choice(['Q3 access review', 'Pen test remediation', 'Vendor SOC report review',
                                            'DR tabletop']), r.choice(CONTROLS), rs(r, ALNUM + '-_', 33), rdate(r)))
    return 'evidence/exports/jira-grc-%s.csv' % rdate(r), '\n'.join(rows) + '\n'


@neg('generic', 'hash')
def n_consent_receipt(r):
    return 'tests/fixtures/consent_receipt.json', json.dumps({
        'receiptId': ulid(r), 'version': 'KI-CR-v1.1.0', 'jurisdiction': r.choice(['EU', 'US-CA', 'UK']),
        'consentTimestamp': epoch(r), 'piiPrincipalId': 'sha256:' + sha256hex(r),
        'services': [{'service': p, 'purposes': [{'purpose': p, 'consentType': 'EXPLICIT'}]} for p in PURPOSES[:2]],
        'policyUrl': 'https://%s/privacy?v=%s' % (domain(r), rs(r, HEX, 8)),
        'receiptDigest': {'alg': 'SHA-256', 'value': b64std(r, 32)}}, indent=2) + '\n'


@neg('generic', 'identifier')
def n_ini_settings(r):
    return 'config/collector.ini', '''[collector]
name = evidence-collector
schedule = 0 3 * * *
bucket = %s-grc-evidence
kms_key_id = %s

[okta]
org_url = https://%s.okta.com
client_id = 0oa%s
auth = private_key_jwt
key_path = /run/secrets/okta-jwk.json

[github]
app_id = %d
installation_id = %d
''' % (company(r), uuid4(r), company(r), rs(r, ALNUM, 17), r.randint(100000, 999999), r.randint(10 ** 7, 10 ** 8))


# ================================================================ driver
BASE_MODES = [('placeholder', 3), ('env', 3), ('secretmgr', 1), ('masked', 2), ('empty', 1), ('template', 1)]
MODE_OVERRIDES = {'p_github_app_pem': ['placeholder', 'masked', 'template']}
BLOCKED_ENV = re.compile(r'^\.env(\.(?!example$|sample$|template$|dist$)[A-Za-z0-9_-]+)?$')


def pick_mode(r, t):
    if t['name'] in MODE_OVERRIDES:
        return r.choice(MODE_OVERRIDES[t['name']])
    modes = list(BASE_MODES)
    if t.get('docex'):
        modes.append(('docexample', 3))
    pool = [m for m, w in modes for _ in range(w)]
    return r.choice(pool)


def filetype(path):
    base = path.rsplit('/', 1)[-1]
    if base.startswith('.env'):
        return 'env'
    if base == 'Dockerfile':
        return 'dockerfile'
    if base == 'credentials':
        return 'ini'
    if '.' not in base.lstrip('.'):
        return 'text'
    return base.rsplit('.', 1)[-1].lower()


def schedule(r, items, n):
    seq = []
    while len(seq) < n:
        block = list(range(len(items)))
        r.shuffle(block)
        seq.extend(block)
    return seq[:n]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8', newline='') as fh:
        fh.write(text)
    with open(full, 'r', encoding='utf-8', newline='') as fh:
        return fh.read()


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: gen_gy.py OUTDIR SEED\n')
        return 2
    outdir, seed = argv[1], argv[2]
    r = random.Random(int(seed) if seed.lstrip('-').isdigit() else seed)
    import shutil
    for sub in ('pos', 'neg'):
        if os.path.isdir(os.path.join(outdir, sub)):
            shutil.rmtree(os.path.join(outdir, sub))
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []

    # ---- positives
    n_pos, dotenv_cap, dotenv = 500, 25, 0
    seq = schedule(r, POS, n_pos + 50)
    k = 0
    for i in range(n_pos):
        while True:
            t = POS[seq[k]]
            k += 1
            secret, needle = t['gen'](r)
            c = Ctx(r, secret=secret)
            _CUR[0] = r.choice(COMPANIES)
            path, text = t['fn'](r, c)
            is_env = bool(BLOCKED_ENV.match(path.rsplit('/', 1)[-1]))
            if is_env and dotenv >= dotenv_cap:
                continue
            dotenv += is_env
            break
        rel = 'pos/p%04d/%s' % (i, path)
        back = write(outdir, rel, text)
        lines = back.split('\n')
        line = next((j + 1 for j, ln in enumerate(lines) if needle in ln), None)
        assert line is not None, (t['name'], needle)
        assert needle in lines[line - 1] and back.find(needle) >= 0
        assert secret in back or needle.startswith('-----BEGIN')
        manifest.append({'file': rel, 'label': 'pos', 'provider': t['provider'], 'kind': t['kind'],
                         'filetype': filetype(path)})
        secrets.append({'file': rel, 'needle': needle, 'line': line})

    # ---- negatives: half reuse positive templates, half domain look-alikes
    negs = []
    for idx in schedule(r, POS, 250):
        t = POS[idx]
        mode = pick_mode(r, t)
        c = Ctx(r, mode=mode, docex=t['docex'], prefix=t['prefix'])
        _CUR[0] = r.choice(COMPANIES)
        path, text = t['fn'](r, c)
        base = path.rsplit('/', 1)[-1]
        if BLOCKED_ENV.match(base):
            path = path[:len(path) - len(base)] + '.env.example'
        negs.append((path, text, t['provider'], 'reused:' + mode))
    for idx in schedule(r, NEG, 250):
        t = NEG[idx]
        _CUR[0] = r.choice(COMPANIES)
        path, text = t['fn'](r)
        negs.append((path, text, t['provider'], t['kind']))
    r.shuffle(negs)
    for i, (path, text, prov, kind) in enumerate(negs):
        assert not BLOCKED_ENV.match(path.rsplit('/', 1)[-1]), path
        rel = 'neg/n%04d/%s' % (i, path)
        write(outdir, rel, text)
        manifest.append({'file': rel, 'label': 'neg', 'provider': prov, 'kind': kind,
                         'filetype': filetype(path)})

    with open(os.path.join(outdir, 'manifest.jsonl'), 'w', encoding='utf-8', newline='') as fh:
        for m in manifest:
            fh.write(json.dumps(m) + '\n')
    with open(os.path.join(outdir, 'secrets.jsonl'), 'w', encoding='utf-8', newline='') as fh:
        for s in secrets:
            fh.write(json.dumps(s) + '\n')
    print('wrote %d positives, %d negatives (%d positive templates, %d look-alike templates) to %s'
          % (n_pos, len(negs), len(POS), len(NEG), outdir))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
