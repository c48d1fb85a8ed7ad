#!/usr/bin/env python3
"""Blind evaluation-set generator for a git pre-commit secret scanner.

usage: python3 gen.py OUTDIR SEED

Creates OUTDIR/pos/pNNNN/<file> (one credential each), OUTDIR/neg/nNNNN/<file>
(one innocent look-alike each), OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.
secrets.jsonl rows: {"file","needle","line"} plus optional "also" (other
secret-ish strings in that same file, e.g. the AKIA id next to an AWS secret).
For multi-line blocks (PEM / PGP / PuTTY) the needle is the header line.

Decisions on ambiguous look-alikes:
  * Firebase web-config apiKey (AIza... in firebaseConfig): left out entirely.
  * bcrypt / argon2 password hashes: left out entirely.
  * Twilio Account SID alone (AC...): left out of neg (appears only as a
    companion of a Twilio auth token in pos files).
  * Stripe pk_live_/pk_test_, Mapbox pk.* and Google OAuth client ids are
    public by design -> used as negatives (manifest note "public-by-design").
Stdlib only; deterministic per seed.
"""
import sys, os, json, random, base64, hashlib, zlib, string, re, struct

R = random.Random(0)

UP = string.ascii_uppercase; LO = string.ascii_lowercase; DG = string.digits
AN = UP + LO + DG; HX = '0123456789abcdef'; HXU = HX.upper()
B64 = UP + LO + DG + '+/'; B64U = UP + LO + DG + '-_'
B62 = DG + UP + LO
PWA = AN + '!@^*-_=+.~'          # password alphabet (safe in every file type)
URLPW = AN + '-_.~'              # unreserved chars for passwords inside URLs
ALPH = {'a': AN, 'h': HX, 'H': HXU, 'd': DG, 'u': UP + DG, 'l': LO + DG, 'L': UP + LO,
        'b': B64, 'B': B64U, 'U': UP, 'w': LO, 'z': UP + '234567', 'Z': 'abcdefghijklmnopqrstuvwxyz234567',
        'n': '123456789', 'p': PWA, 'x': AN + '_-', 'q': URLPW}


def rs(alpha, n):
    return ''.join(R.choice(alpha) for _ in range(n))


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def uuid4():
    h = '%032x' % R.getrandbits(128)
    h = h[:12] + '4' + h[13:16] + R.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


_PAT = re.compile(r'\{([a-zA-Z]+)(?::(\d+)(?:-(\d+))?)?\}')


def X(p):
    """expand a mini pattern like 'ghp_{a:36}' -> random string"""
    def sub(m):
        k, a, b = m.group(1), m.group(2), m.group(3)
        if k == 'uuid':
            return uuid4()
        if k == 'UUID':
            return uuid4().upper()
        n = int(a) if a else 1
        if b:
            n = R.randint(int(a), int(b))
        return rs(ALPH[k], n)
    return _PAT.sub(sub, p)


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def b62enc(n, width):
    s = ''
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, '0')


def gh_token(prefix):
    # GitHub/npm style: 30 random base62 chars + 6-char base62 CRC32 of them
    body = rs(AN, 30)
    return prefix + body + b62enc(zlib.crc32(body.encode()) & 0xffffffff, 6)


def gh_fine_grained():
    a = rs(AN, 22)
    b = rs(AN, 53)
    core = a + '_' + b
    return 'github_pat_' + core + b62enc(zlib.crc32(core.encode()) & 0xffffffff, 6)


# ---------------------------------------------------------------- crypto-ish
def der_len(n):
    if n < 0x80:
        return bytes([n])
    s = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return bytes([0x80 | len(s)]) + s


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(v):
    if isinstance(v, int):
        b = v.to_bytes(max(1, (v.bit_length() + 7) // 8), 'big')
    else:
        b = v
    if b[0] & 0x80:
        b = b'\x00' + b
    return der(0x02, b)


def der_seq(*items):
    return der(0x30, b''.join(items))


def der_oid(dotted):
    p = [int(x) for x in dotted.split('.')]
    out = bytes([40 * p[0] + p[1]])
    for v in p[2:]:
        enc = [v & 0x7f]
        v >>= 7
        while v:
            enc.append(0x80 | (v & 0x7f))
            v >>= 7
        out += bytes(reversed(enc))
    return der(0x06, out)


def big(nbytes):
    b = bytearray(rb(nbytes))
    b[0] |= 0x80
    b[-1] |= 1
    return bytes(b)


def rsa_pkcs1(bits=2048):
    n = bits // 8
    h = n // 2
    return der_seq(der_int(0), der_int(big(n)), der_int(65537), der_int(big(n)), der_int(big(h)),
                   der_int(big(h)), der_int(big(h)), der_int(big(h)), der_int(big(h)))


def rsa_pkcs8(bits=2048):
    return der_seq(der_int(0), der_seq(der_oid('1.2.840.113549.1.1.1'), b'\x05\x00'), der(0x04, rsa_pkcs1(bits)))


def ec_point():
    return b'\x04' + rb(64)


def ec_sec1():
    return der_seq(der_int(1), der(0x04, rb(32)), der(0xa0, der_oid('1.2.840.10045.3.1.7')),
                   der(0xa1, der(0x03, b'\x00' + ec_point())))


def ec_pkcs8():
    inner = der_seq(der_int(1), der(0x04, rb(32)), der(0xa1, der(0x03, b'\x00' + ec_point())))
    return der_seq(der_int(0), der_seq(der_oid('1.2.840.10045.2.1'), der_oid('1.2.840.10045.3.1.7')), der(0x04, inner))


def ed25519_pkcs8():
    return bytes.fromhex('302e020100300506032b657004220420') + rb(32)


def pem(label, derbytes, width=64):
    s = b64(derbytes)
    lines = ['-----BEGIN %s-----' % label] + [s[i:i + width] for i in range(0, len(s), width)] + ['-----END %s-----' % label]
    return '\n'.join(lines)


def sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack('>I', len(b)) + b


def openssh_ed25519(comment):
    pub = rb(32)
    priv = rb(32)
    pubblob = sshstr('ssh-ed25519') + sshstr(pub)
    chk = rb(4)
    sec = chk + chk + sshstr('ssh-ed25519') + sshstr(pub) + sshstr(priv + pub) + sshstr(comment)
    i = 1
    while len(sec) % 8:
        sec += bytes([i]); i += 1
    blob = b'openssh-key-v1\x00' + sshstr('none') + sshstr('none') + sshstr(b'') + struct.pack('>I', 1) + sshstr(pubblob) + sshstr(sec)
    return pem('OPENSSH PRIVATE KEY', blob, 70)


def ssh_pub_ed25519(comment):
    return 'ssh-ed25519 ' + b64(sshstr('ssh-ed25519') + sshstr(rb(32))) + ' ' + comment


def ssh_pub_rsa(comment):
    return 'ssh-rsa ' + b64(sshstr('ssh-rsa') + sshstr(b'\x01\x00\x01') + sshstr(b'\x00' + big(256))) + ' ' + comment


def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_block(kind='PRIVATE'):
    if kind == 'PRIVATE':
        body = b'\x04' + struct.pack('>I', R.randint(1500000000, 1720000000)) + b'\x01' + rb(R.randint(900, 1100))
        pkt = bytes([0x95]) + struct.pack('>H', len(body)) + body
    else:
        body = b'\x04' + struct.pack('>I', R.randint(1500000000, 1720000000)) + b'\x01' + b'\x08\x00' + big(256) + b'\x00\x11\x01\x00\x01'
        pkt = bytes([0x99]) + struct.pack('>H', len(body)) + body
    s = b64(pkt)
    lab = 'PGP %s KEY BLOCK' % kind
    out = ['-----BEGIN %s-----' % lab, '']
    out += [s[i:i + 64] for i in range(0, len(s), 64)]
    out += ['=' + b64(crc24(pkt).to_bytes(3, 'big')), '-----END %s-----' % lab]
    return '\n'.join(out)


def putty_ppk(comment):
    pub = sshstr('ssh-ed25519') + sshstr(rb(32))
    p = b64(pub)
    priv = b64(sshstr(rb(32)))
    lines = ['PuTTY-User-Key-File-3: ssh-ed25519', 'Encryption: none', 'Comment: ' + comment,
             'Public-Lines: %d' % ((len(p) + 63) // 64)] + [p[i:i + 64] for i in range(0, len(p), 64)]
    lines += ['Private-Lines: 1', priv, 'Private-MAC: ' + rs(HX, 64)]
    return '\n'.join(lines)


BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def bech32_polymod(values):
    G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= G[i] if ((b >> i) & 1) else 0
    return chk


def bech32_encode(hrp, data8):
    acc = 0; bits = 0; data = []
    for v in data8:
        acc = (acc << 8) | v; bits += 8
        while bits >= 5:
            bits -= 5; data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hv = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = bech32_polymod(hv + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(BECH[d] for d in data + chk)


def age_secret():
    return bech32_encode('age-secret-key-', rb(32)).upper()


def age_public():
    return bech32_encode('age', rb(32))


B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def b58(b):
    n = int.from_bytes(b, 'big'); s = ''
    while n:
        n, r = divmod(n, 58); s = B58[r] + s
    pad = len(b) - len(b.lstrip(b'\x00'))
    return '1' * pad + s


def b58check(payload):
    return b58(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])


def btc_wif():
    comp = R.random() < 0.6
    return b58check(b'\x80' + rb(32) + (b'\x01' if comp else b''))


def jwt(payload, alg='HS256', siglen=None):
    hdr = {'alg': alg, 'typ': 'JWT'}
    if siglen is None:
        siglen = 43 if alg.startswith('HS') else 342
    return b64u(json.dumps(hdr, separators=(',', ':')).encode()) + '.' + \
        b64u(json.dumps(payload, separators=(',', ':')).encode()) + '.' + rs(B64U, siglen)


def now_ts():
    return R.randint(1690000000, 1735000000)


# ------------------------------------------------------------ vocabulary
NOUNS = ['order', 'invoice', 'customer', 'report', 'session', 'payment', 'shipment', 'profile', 'account',
         'product', 'ticket', 'message', 'event', 'upload', 'metric', 'job', 'user', 'team', 'project', 'webhook',
         'subscription', 'refund', 'asset', 'comment', 'document', 'device', 'booking', 'lead', 'campaign', 'build']
VERBS = ['fetch', 'load', 'sync', 'build', 'parse', 'validate', 'send', 'update', 'create', 'resolve', 'render',
         'export', 'import', 'process', 'list', 'archive', 'publish', 'refresh', 'compute', 'schedule']
SVCS = ['billing', 'notifications', 'search', 'analytics', 'checkout', 'auth', 'inventory', 'reporting', 'gateway',
        'scheduler', 'ingest', 'mailer', 'payments', 'catalog', 'crm', 'storefront', 'ledger', 'tracking', 'media', 'support']
ORGS = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'piedpiper', 'vandelay', 'wonka', 'cyberdyne', 'soylent',
        'tyrell', 'aperture', 'massive', 'oscorp', 'wayne', 'stark', 'northwind', 'contoso', 'fabrikam', 'tailspin']
PEOPLE = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'oscar',
          'peggy', 'trent', 'victor', 'walter', 'deploy', 'ci-bot', 'svc-app', 'admin']
REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1']


def N(): return R.choice(NOUNS)
def V(): return R.choice(VERBS)
def SV(): return R.choice(SVCS)
def ORG(): return R.choice(ORGS)
def PER(): return R.choice(PEOPLE)


def cap(s): return s[:1].upper() + s[1:]


def words(name):
    name = re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', name)
    return [w for w in re.split(r'[^A-Za-z0-9]+', name) if w]


def snake(n): return '_'.join(w.lower() for w in words(n))
def upper(n): return '_'.join(w.upper() for w in words(n))
def camel(n):
    w = [x.lower() for x in words(n)]
    return w[0] + ''.join(cap(x) for x in w[1:])
def pascal(n): return ''.join(cap(x.lower()) for x in words(n))
def kebab(n): return '-'.join(w.lower() for w in words(n))
def dotted(n):
    w = [x.lower() for x in words(n)]
    if len(w) >= 3:
        return w[0] + '.' + '-'.join(w[1:])
    return '.'.join(w)

# ================================================================ POSITIVE SPECS
class Spec:
    def __init__(self, prov, kind, gen, names, weak=False, comp=(), url=None, hdr=None, fts=None, cls=None):
        self.prov, self.kind, self.gen, self.names = prov, kind, gen, names
        self.weak, self.comp, self.url, self.hdr, self.fts, self.cls = weak, comp, url, hdr, fts, cls

    def make(self):
        g = self.gen
        v = X(g) if isinstance(g, str) else g()
        if isinstance(v, tuple):
            return v[0], (v[1] if v[1] is not None else v[0])
        return v, v


SPECS = []


def S(prov, kind, gen, names, **kw):
    if isinstance(names, str):
        names = names.split()
    SPECS.append(Spec(prov, kind, gen, names, **kw))


def W(prov, kind, gen, names, **kw):   # keyword-bound (no distinctive prefix)
    kw['weak'] = True
    S(prov, kind, gen, names, **kw)


BEARER = 'Authorization: Bearer {}'
# ---- source hosting / CI
S('github', 'classic_pat', lambda: gh_token('ghp_'), 'GITHUB_TOKEN GH_TOKEN GITHUB_PAT', hdr='Authorization: token {}', cls='Github')
S('github', 'oauth_token', lambda: gh_token('gho_'), 'GITHUB_OAUTH_TOKEN GH_OAUTH_TOKEN', hdr=BEARER)
S('github', 'user_to_server_token', lambda: gh_token('ghu_'), 'GITHUB_USER_TOKEN GH_APP_USER_TOKEN', hdr=BEARER)
S('github', 'server_to_server_token', lambda: gh_token('ghs_'), 'GITHUB_INSTALLATION_TOKEN GH_APP_TOKEN', hdr=BEARER)
S('github', 'refresh_token', lambda: gh_token('ghr_'), 'GITHUB_REFRESH_TOKEN GH_REFRESH_TOKEN')
S('github', 'fine_grained_pat', gh_fine_grained, 'GITHUB_TOKEN GH_PAT GITHUB_FG_TOKEN', hdr=BEARER, cls='Github')
W('github', 'oauth_client_secret', '{h:40}', 'GITHUB_CLIENT_SECRET GITHUB_OAUTH_CLIENT_SECRET', comp=[('GITHUB_CLIENT_ID', 'Iv1.{h:16}')])
S('npm', 'access_token', lambda: gh_token('npm_'), 'NPM_TOKEN NODE_AUTH_TOKEN NPM_AUTH_TOKEN')
S('gitlab', 'personal_access_token', 'glpat-{x:20}', 'GITLAB_TOKEN GITLAB_PAT GL_TOKEN', hdr='PRIVATE-TOKEN: {}')
S('gitlab', 'runner_auth_token', 'glrt-{x:20}', 'RUNNER_TOKEN CI_RUNNER_TOKEN GITLAB_RUNNER_TOKEN')
S('gitlab', 'deploy_token', 'gldt-{x:20}', 'GITLAB_DEPLOY_TOKEN DEPLOY_TOKEN')
S('gitlab', 'pipeline_trigger_token', 'glptt-{h:40}', 'GITLAB_TRIGGER_TOKEN TRIGGER_TOKEN')
S('gitlab', 'scim_oauth_token', 'glsoat-{x:20}', 'GITLAB_SCIM_TOKEN SCIM_TOKEN')
S('gitlab', 'feed_token', 'glft-{x:20}', 'GITLAB_FEED_TOKEN')
S('gitlab', 'incoming_mail_token', 'glimt-{l:25}', 'GITLAB_INCOMING_EMAIL_TOKEN')
S('gitlab', 'agent_token', 'glagent-{x:50}', 'GITLAB_AGENT_TOKEN KAS_AGENT_TOKEN')
S('gitlab', 'oauth_app_secret', 'gloas-{h:64}', 'GITLAB_OAUTH_SECRET GITLAB_APP_SECRET')
S('gitlab', 'runner_registration_token', 'GR1348941{x:20}', 'REGISTRATION_TOKEN RUNNER_REGISTRATION_TOKEN')
S('gitlab', 'feature_flag_client_token', 'glffct-{x:20}', 'GITLAB_FF_CLIENT_TOKEN UNLEASH_INSTANCE_TOKEN')
S('bitbucket', 'app_password', 'ATBB{a:32}', 'BITBUCKET_APP_PASSWORD BB_APP_PASSWORD')
S('atlassian', 'api_token', 'ATATT3xFfGF0{x:170-180}={H:8}', 'JIRA_API_TOKEN ATLASSIAN_API_TOKEN CONFLUENCE_API_TOKEN')
S('atlassian', 'bitbucket_access_token', 'ATCTT3xFfGF0{x:170-180}={H:8}', 'BITBUCKET_ACCESS_TOKEN', hdr=BEARER)
S('circleci', 'personal_token', 'CCIPAT_{a:22}_{h:40}', 'CIRCLECI_TOKEN CIRCLE_TOKEN', hdr='Circle-Token: {}')
W('circleci', 'legacy_api_token', '{h:40}', 'CIRCLECI_API_TOKEN CIRCLE_CI_TOKEN')
W('travis', 'api_token', '{x:22}', 'TRAVIS_API_TOKEN TRAVIS_TOKEN')
S('buildkite', 'api_token', 'bkua_{h:40}', 'BUILDKITE_API_TOKEN BUILDKITE_TOKEN', hdr=BEARER)
W('buildkite', 'agent_token', '{h:50}', 'BUILDKITE_AGENT_TOKEN')
W('vercel', 'token', '{a:24}', 'VERCEL_TOKEN VERCEL_API_TOKEN')
S('netlify', 'pat', 'nfp_{a:36}', 'NETLIFY_AUTH_TOKEN NETLIFY_TOKEN')
W('netlify', 'legacy_token', '{x:43}', 'NETLIFY_AUTH_TOKEN NETLIFY_ACCESS_TOKEN')
S('heroku', 'api_key_v2', 'HRKU-AA{x:58}', 'HEROKU_API_KEY HEROKU_TOKEN')
W('heroku', 'api_key_uuid', '{uuid}', 'HEROKU_API_KEY HEROKU_AUTH_TOKEN')
S('azure_devops', 'pat', lambda: rs(AN, 52) + 'JQQJ99' + rs(AN, 18) + 'AZDO' + rs(AN, 4), 'AZURE_DEVOPS_PAT AZDO_PERSONAL_ACCESS_TOKEN ADO_PAT')
W('azure_devops', 'legacy_pat', '{Z:52}', 'AZURE_DEVOPS_EXT_PAT SYSTEM_ACCESSTOKEN_OVERRIDE VSTS_PAT')
W('jenkins', 'api_token', '11{h:32}', 'JENKINS_API_TOKEN JENKINS_TOKEN')
S('harness', 'pat', 'pat.{x:22}.{h:24}.{a:20}', 'HARNESS_API_KEY HARNESS_PLATFORM_API_KEY', hdr='x-api-key: {}')
S('octopus', 'api_key', 'API-{u:26}', 'OCTOPUS_API_KEY OCTOPUS_CLI_API_KEY', hdr='X-Octopus-ApiKey: {}')
S('sourcegraph', 'access_token', 'sgp_{h:40}', 'SRC_ACCESS_TOKEN SOURCEGRAPH_TOKEN', hdr='Authorization: token {}')
W('gitea', 'access_token', '{h:40}', 'GITEA_TOKEN GITEA_ACCESS_TOKEN')
S('sonarqube', 'user_token', 'squ_{h:40}', 'SONAR_TOKEN SONARQUBE_TOKEN')
S('sonarqube', 'project_token', 'sqp_{h:40}', 'SONAR_TOKEN SONAR_PROJECT_TOKEN')
S('sonarqube', 'global_analysis_token', 'sqa_{h:40}', 'SONAR_TOKEN SONAR_GLOBAL_TOKEN')
W('codecov', 'upload_token', '{uuid}', 'CODECOV_TOKEN')
W('coveralls', 'repo_token', '{a:32}', 'COVERALLS_REPO_TOKEN')
W('snyk', 'api_token', '{uuid}', 'SNYK_TOKEN SNYK_API_TOKEN')
W('percy', 'token', '{h:64}', 'PERCY_TOKEN')
W('saucelabs', 'access_key', '{uuid}', 'SAUCE_ACCESS_KEY', comp=[('SAUCE_USERNAME', 'qa-{w:6}')])
W('browserstack', 'access_key', '{a:20}', 'BROWSERSTACK_ACCESS_KEY', comp=[('BROWSERSTACK_USERNAME', '{w:6}_{a:8}')])
# ---- package registries
S('pypi', 'api_token', lambda: pypi_token(), 'PYPI_TOKEN TWINE_PASSWORD PYPI_API_TOKEN')
S('rubygems', 'api_key', 'rubygems_{h:48}', 'GEM_HOST_API_KEY RUBYGEMS_API_KEY')
S('nuget', 'api_key', 'oy2{l:43}', 'NUGET_API_KEY NUGET_KEY')
S('dockerhub', 'pat', 'dckr_pat_{x:27}', 'DOCKERHUB_TOKEN DOCKER_PASSWORD DOCKER_HUB_TOKEN')
S('dockerhub', 'org_access_token', 'dckr_oat_{x:32}', 'DOCKERHUB_ORG_TOKEN')
S('jfrog', 'api_key', 'AKCp{a:69}', 'ARTIFACTORY_API_KEY JFROG_API_KEY', hdr='X-JFrog-Art-Api: {}')
S('jfrog', 'reference_token', 'cmVmdGtuOjAxOj{a:51}', 'JFROG_ACCESS_TOKEN ARTIFACTORY_ACCESS_TOKEN', hdr=BEARER)
S('clojars', 'deploy_token', 'CLOJARS_{l:60}', 'CLOJARS_DEPLOY_TOKEN CLOJARS_PASSWORD')
W('cloudsmith', 'api_key', '{h:40}', 'CLOUDSMITH_API_KEY')
# ---- cloud
S('aws', 'access_key_id', 'AKIA{z:16}', 'AWS_ACCESS_KEY_ID aws_access_key_id', cls='boto3')
W('aws', 'secret_access_key', '{b:40}', 'AWS_SECRET_ACCESS_KEY aws_secret_access_key', comp=[('AWS_ACCESS_KEY_ID', 'AKIA{z:16}', True)])
W('aws', 'session_credentials', '{b:40}', 'AWS_SECRET_ACCESS_KEY', comp=[('AWS_ACCESS_KEY_ID', 'ASIA{z:16}', True), ('AWS_SESSION_TOKEN', 'IQoJb3JpZ2luX2VjE{b:300-360}', True)])
W('aws', 'bedrock_api_key', 'ABSK{b:120-132}', 'AWS_BEARER_TOKEN_BEDROCK')
S('google', 'api_key', 'AIza{x:35}', 'GOOGLE_API_KEY GOOGLE_MAPS_API_KEY GEMINI_API_KEY YOUTUBE_API_KEY', url='https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key={}')
S('google', 'oauth_client_secret', 'GOCSPX-{x:28}', 'GOOGLE_CLIENT_SECRET OAUTH_CLIENT_SECRET', comp=[('GOOGLE_CLIENT_ID', '{d:12}-{l:32}.apps.googleusercontent.com')])
S('google', 'oauth_refresh_token', '1//0{x:99-103}', 'GOOGLE_REFRESH_TOKEN GDRIVE_REFRESH_TOKEN')
S('google', 'oauth_access_token', 'ya29.{x:150-200}', 'GOOGLE_ACCESS_TOKEN GCP_ACCESS_TOKEN', hdr=BEARER)
S('firebase', 'fcm_server_key', 'AAAA{x:7}:APA91b{x:134}', 'FCM_SERVER_KEY FIREBASE_SERVER_KEY', hdr='Authorization: key={}')
S('azure', 'ad_client_secret', '{x:3}{d:1}Q~{x:34}', 'AZURE_CLIENT_SECRET ARM_CLIENT_SECRET AAD_CLIENT_SECRET', comp=[('AZURE_CLIENT_ID', '{uuid}'), ('AZURE_TENANT_ID', '{uuid}')])
W('azure', 'openai_key', '{h:32}', 'AZURE_OPENAI_API_KEY AZURE_OPENAI_KEY', comp=[('AZURE_OPENAI_ENDPOINT', 'https://{w:8}.openai.azure.com/')], hdr='api-key: {}')
W('azure', 'cognitive_services_key', '{h:32}', 'AZURE_SPEECH_KEY COGNITIVE_SERVICES_KEY AZURE_TRANSLATOR_KEY', hdr='Ocp-Apim-Subscription-Key: {}')
W('azure', 'function_key', lambda: b64(rb(40)), 'AZURE_FUNCTION_KEY FUNCTIONS_HOST_KEY', hdr='x-functions-key: {}')
W('azure', 'search_admin_key', '{a:52}', 'AZURE_SEARCH_ADMIN_KEY SEARCH_API_KEY', hdr='api-key: {}')
W('azure', 'container_registry_password', '{b:52}', 'ACR_PASSWORD AZURE_REGISTRY_PASSWORD')
W('azure', 'cosmosdb_key', lambda: b64(rb(64)), 'COSMOS_KEY COSMOSDB_PRIMARY_KEY', comp=[('COSMOS_ENDPOINT', 'https://{w:8}.documents.azure.com:443/')])
S('digitalocean', 'pat', 'dop_v1_{h:64}', 'DIGITALOCEAN_TOKEN DO_TOKEN DIGITALOCEAN_ACCESS_TOKEN', hdr=BEARER)
S('digitalocean', 'oauth_token', 'doo_v1_{h:64}', 'DO_OAUTH_TOKEN', hdr=BEARER)
S('digitalocean', 'refresh_token', 'dor_v1_{h:64}', 'DO_REFRESH_TOKEN')
W('digitalocean', 'spaces_secret', '{b:43}', 'SPACES_SECRET_KEY DO_SPACES_SECRET', comp=[('SPACES_ACCESS_KEY_ID', 'DO00{z:16}', True)])
W('linode', 'api_token', '{h:64}', 'LINODE_TOKEN LINODE_API_TOKEN', hdr=BEARER)
W('hetzner', 'api_token', '{a:64}', 'HCLOUD_TOKEN HETZNER_API_TOKEN', hdr=BEARER)
W('vultr', 'api_key', '{u:36}', 'VULTR_API_KEY', hdr=BEARER)
S('scaleway', 'secret_key', lambda: (X('{uuid}'), None), 'SCW_SECRET_KEY', comp=[('SCW_ACCESS_KEY', 'SCW{u:17}')], weak=True)
W('ovh', 'application_secret', '{a:32}', 'OVH_APPLICATION_SECRET', comp=[('OVH_APPLICATION_KEY', '{a:16}'), ('OVH_CONSUMER_KEY', '{a:32}', True)])
W('cloudflare', 'api_token', '{x:40}', 'CLOUDFLARE_API_TOKEN CF_API_TOKEN', hdr=BEARER)
W('cloudflare', 'global_api_key', '{h:37}', 'CLOUDFLARE_API_KEY CF_API_KEY', comp=[('CLOUDFLARE_EMAIL', 'ops@{w:6}.io')], hdr='X-Auth-Key: {}')
S('cloudflare', 'origin_ca_key', 'v1.0-{h:24}-{h:146}', 'CF_ORIGIN_CA_KEY CLOUDFLARE_ORIGIN_CA_KEY')
W('cloudflare', 'r2_secret_access_key', '{h:64}', 'R2_SECRET_ACCESS_KEY', comp=[('R2_ACCESS_KEY_ID', '{h:32}')])
W('fastly', 'api_token', '{x:32}', 'FASTLY_API_TOKEN FASTLY_API_KEY', hdr='Fastly-Key: {}')
W('akamai', 'edgegrid_client_secret', lambda: b64(rb(32)), 'AKAMAI_CLIENT_SECRET', comp=[('AKAMAI_HOST', 'akab-{l:16}-{l:16}.luna.akamaiapis.net'), ('AKAMAI_ACCESS_TOKEN', 'akab-{l:16}-{l:16}', True)])
S('alibaba', 'access_key', lambda: ('LTAI' + rs(AN, 20), None), 'ALIBABA_CLOUD_ACCESS_KEY_ID ALICLOUD_ACCESS_KEY')
W('alibaba', 'access_key_secret', '{a:30}', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET ALICLOUD_SECRET_KEY', comp=[('ALIBABA_CLOUD_ACCESS_KEY_ID', 'LTAI{a:20}', True)])
W('tencent', 'secret_key', '{a:32}', 'TENCENTCLOUD_SECRET_KEY', comp=[('TENCENTCLOUD_SECRET_ID', 'AKID{a:32}', True)])
W('ibm', 'cloud_api_key', '{x:44}', 'IBMCLOUD_API_KEY IC_API_KEY')
S('yandex', 'api_key', 'AQVN{x:35-38}', 'YC_API_KEY YANDEX_API_KEY', hdr='Authorization: Api-Key {}')
S('yandex', 'oauth_token', 'y0_{x:55}', 'YC_TOKEN YANDEX_OAUTH_TOKEN')
W('backblaze', 'application_key', 'K00{b:28}', 'B2_APPLICATION_KEY', comp=[('B2_APPLICATION_KEY_ID', '00{h:23}')])
W('minio', 'secret_key', '{a:40}', 'MINIO_SECRET_KEY MINIO_ROOT_PASSWORD', comp=[('MINIO_ACCESS_KEY', '{u:20}')])
S('tailscale', 'api_key', 'tskey-api-{a:17}-{a:33}', 'TS_API_KEY TAILSCALE_API_KEY', hdr=BEARER)
S('tailscale', 'auth_key', 'tskey-auth-{a:17}-{a:33}', 'TS_AUTHKEY TAILSCALE_AUTH_KEY')
W('ngrok', 'authtoken', '2{a:26}_{a:21}', 'NGROK_AUTHTOKEN NGROK_AUTH_TOKEN')
S('flyio', 'org_token', 'fo1_{x:43}', 'FLY_API_TOKEN FLY_ACCESS_TOKEN')
S('render', 'api_key', 'rnd_{a:32}', 'RENDER_API_KEY', hdr=BEARER)
W('railway', 'api_token', '{uuid}', 'RAILWAY_TOKEN RAILWAY_API_TOKEN')
S('hashicorp_vault', 'service_token', 'hvs.CAESI{x:86}', 'VAULT_TOKEN', hdr='X-Vault-Token: {}')
S('hashicorp_vault', 'batch_token', 'hvb.AAAAAQ{x:130-150}', 'VAULT_TOKEN VAULT_BATCH_TOKEN')
S('hashicorp_vault', 'legacy_service_token', 'hvs.{x:24}', 'VAULT_TOKEN')
W('hashicorp_consul', 'acl_token', '{uuid}', 'CONSUL_HTTP_TOKEN CONSUL_TOKEN')
W('hashicorp_nomad', 'acl_token', '{uuid}', 'NOMAD_TOKEN')
S('terraform_cloud', 'api_token', '{a:14}.atlasv1.{a:67}', 'TFE_TOKEN TF_TOKEN_app_terraform_io ATLAS_TOKEN')
S('pulumi', 'access_token', 'pul-{h:40}', 'PULUMI_ACCESS_TOKEN')
S('doppler', 'service_token', 'dp.st.{w:3-8}.{a:40}', 'DOPPLER_TOKEN DOPPLER_SERVICE_TOKEN')
S('doppler', 'personal_token', 'dp.pt.{a:43}', 'DOPPLER_TOKEN DOPPLER_PERSONAL_TOKEN')
S('doppler', 'service_account_token', 'dp.sa.{a:43}', 'DOPPLER_SA_TOKEN')
S('doppler', 'cli_token', 'dp.ct.{a:43}', 'DOPPLER_CLI_TOKEN')
S('onepassword', 'service_account_token', lambda: 'ops_' + b64u(json.dumps({'signInAddress': 'my.1password.com', 'userAuth': {'method': 'SRPg-4096', 'alg': 'PBES2g-HS256', 'iterations': 650000, 'salt': rs(B64U, 22)}, 'email': rs(LO, 12) + '@' + rs(LO, 10) + '.1passwordserviceaccounts.com', 'srpX': rs(HX, 64), 'muk': {'alg': 'A256GCM', 'ext': True, 'k': rs(B64U, 43), 'key_ops': ['encrypt', 'decrypt'], 'kty': 'oct', 'kid': 'mp'}, 'secretKey': 'A3-' + rs(UP + DG, 6) + '-' + rs(UP + DG, 6) + '-' + rs(UP + DG, 5) + '-' + rs(UP + DG, 5) + '-' + rs(UP + DG, 5) + '-' + rs(UP + DG, 5), 'throttleSecret': {'seed': rs(HX, 64), 'uuid': rs(UP + DG, 26)}, 'deviceUuid': rs(LO + DG, 26)}, separators=(',', ':')).encode()), 'OP_SERVICE_ACCOUNT_TOKEN')
S('infisical', 'service_token', 'st.{uuid}.{h:32}.{h:32}', 'INFISICAL_TOKEN')
S('jumpcloud', 'api_key', 'jca_{a:36}', 'JUMPCLOUD_API_KEY', hdr='x-api-key: {}')
W('okta', 'api_token', '00{x:40}', 'OKTA_API_TOKEN OKTA_TOKEN', hdr='Authorization: SSWS {}', comp=[('OKTA_ORG_URL', 'https://{w:7}.okta.com')])
W('auth0', 'client_secret', '{x:64}', 'AUTH0_CLIENT_SECRET', comp=[('AUTH0_DOMAIN', '{w:7}.us.auth0.com'), ('AUTH0_CLIENT_ID', '{a:32}')])
S('clerk', 'secret_key', 'sk_live_{a:40}', 'CLERK_SECRET_KEY')
W('stytch', 'secret', 'secret-live-{x:36}=', 'STYTCH_SECRET', comp=[('STYTCH_PROJECT_ID', 'project-live-{uuid}')])
W('keycloak', 'client_secret', '{a:32}', 'KEYCLOAK_CLIENT_SECRET KC_CLIENT_SECRET')
W('duo', 'secret_key', '{a:40}', 'DUO_SKEY DUO_SECRET_KEY', comp=[('DUO_IKEY', 'DI{u:18}'), ('DUO_HOST', 'api-{h:8}.duosecurity.com')])
# ---- AI
S('openai', 'project_key', 'sk-proj-{x:74}T3BlbkFJ{x:74}', 'OPENAI_API_KEY', hdr=BEARER, cls='OpenAI')
S('openai', 'service_account_key', 'sk-svcacct-{x:74}T3BlbkFJ{x:74}', 'OPENAI_API_KEY OPENAI_SERVICE_KEY', hdr=BEARER, cls='OpenAI')
S('openai', 'admin_key', 'sk-admin-{x:74}T3BlbkFJ{x:74}', 'OPENAI_ADMIN_KEY', hdr=BEARER)
S('openai', 'legacy_user_key', 'sk-{a:20}T3BlbkFJ{a:20}', 'OPENAI_API_KEY OPENAI_KEY', hdr=BEARER, cls='OpenAI')
S('anthropic', 'api_key', 'sk-ant-api03-{x:93}AA', 'ANTHROPIC_API_KEY CLAUDE_API_KEY', hdr='x-api-key: {}', cls='Anthropic')
S('anthropic', 'admin_key', 'sk-ant-admin01-{x:93}AA', 'ANTHROPIC_ADMIN_KEY', hdr='x-api-key: {}')
S('huggingface', 'user_token', 'hf_{L:34}', 'HF_TOKEN HUGGINGFACE_TOKEN HUGGING_FACE_HUB_TOKEN', hdr=BEARER)
S('huggingface', 'org_api_token', 'api_org_{L:34}', 'HF_ORG_TOKEN HUGGINGFACE_ORG_TOKEN')
S('groq', 'api_key', 'gsk_{a:52}', 'GROQ_API_KEY', hdr=BEARER, cls='Groq')
S('replicate', 'api_token', 'r8_{a:37}', 'REPLICATE_API_TOKEN', hdr=BEARER)
S('perplexity', 'api_key', 'pplx-{a:48}', 'PERPLEXITY_API_KEY PPLX_API_KEY', hdr=BEARER)
S('xai', 'api_key', 'xai-{a:80}', 'XAI_API_KEY GROK_API_KEY', hdr=BEARER)
S('openrouter', 'api_key', 'sk-or-v1-{h:64}', 'OPENROUTER_API_KEY', hdr=BEARER)
W('deepseek', 'api_key', 'sk-{h:32}', 'DEEPSEEK_API_KEY', hdr=BEARER)
W('mistral', 'api_key', '{a:32}', 'MISTRAL_API_KEY', hdr=BEARER)
W('cohere', 'api_key', '{a:40}', 'COHERE_API_KEY CO_API_KEY', hdr=BEARER)
S('langsmith', 'personal_token', 'lsv2_pt_{h:32}_{h:10}', 'LANGSMITH_API_KEY LANGCHAIN_API_KEY')
S('langsmith', 'service_key', 'lsv2_sk_{h:32}_{h:10}', 'LANGSMITH_API_KEY')
S('langfuse', 'secret_key', 'sk-lf-{uuid}', 'LANGFUSE_SECRET_KEY', comp=[('LANGFUSE_PUBLIC_KEY', 'pk-lf-{uuid}')])
S('pinecone', 'api_key', 'pcsk_{a:5}_{a:63}', 'PINECONE_API_KEY', hdr='Api-Key: {}')
S('fireworks', 'api_key', 'fw_{a:24}', 'FIREWORKS_API_KEY', hdr=BEARER)
S('together', 'api_key', 'tgp_v1_{x:43}', 'TOGETHER_API_KEY', hdr=BEARER)
W('together', 'legacy_api_key', '{h:64}', 'TOGETHER_API_KEY')
W('elevenlabs', 'api_key', 'sk_{h:48}', 'ELEVENLABS_API_KEY XI_API_KEY', hdr='xi-api-key: {}')
S('voyageai', 'api_key', 'pa-{x:43}', 'VOYAGE_API_KEY', hdr=BEARER)
W('stability', 'api_key', 'sk-{a:48}', 'STABILITY_API_KEY', hdr=BEARER)
W('assemblyai', 'api_key', '{h:32}', 'ASSEMBLYAI_API_KEY', hdr='authorization: {}')
W('deepgram', 'api_key', '{h:40}', 'DEEPGRAM_API_KEY', hdr='Authorization: Token {}')
W('wandb', 'api_key', '{h:40}', 'WANDB_API_KEY')
W('kaggle', 'api_key', '{h:32}', 'KAGGLE_KEY', comp=[('KAGGLE_USERNAME', '{w:8}')])
S('apify', 'api_token', 'apify_api_{a:36}', 'APIFY_TOKEN APIFY_API_TOKEN')
W('serpapi', 'api_key', '{h:64}', 'SERPAPI_API_KEY SERP_API_KEY', url='https://serpapi.com/search.json?engine=google&q=coffee&api_key={}')
# ---- communication
S('slack', 'bot_token', 'xoxb-{d:10-12}-{d:12-13}-{a:24}', 'SLACK_BOT_TOKEN SLACK_TOKEN', hdr=BEARER, cls='WebClient')
S('slack', 'user_token', 'xoxp-{d:10-12}-{d:10-12}-{d:12-13}-{h:32}', 'SLACK_USER_TOKEN SLACK_TOKEN', hdr=BEARER)
S('slack', 'app_token', 'xapp-1-A{u:10}-{d:13}-{h:64}', 'SLACK_APP_TOKEN')
S('slack', 'config_token', 'xoxe.xoxp-1-{a:150-160}', 'SLACK_CONFIG_TOKEN')
S('slack', 'refresh_token', 'xoxe-1-{a:140-150}', 'SLACK_REFRESH_TOKEN')
S('slack', 'incoming_webhook', 'https://hooks.slack.com/services/T{u:8-10}/B{u:8-10}/{a:24}', 'SLACK_WEBHOOK_URL SLACK_WEBHOOK ALERT_WEBHOOK')
S('slack', 'workflow_webhook', 'https://hooks.slack.com/triggers/T{u:9}/{d:13}/{h:32}', 'SLACK_WORKFLOW_WEBHOOK')
S('discord', 'bot_token', lambda: b64u(str(R.randint(10 ** 17, 13 * 10 ** 17)).encode()) + '.' + rs(B64U, 6) + '.' + rs(B64U, 38), 'DISCORD_TOKEN DISCORD_BOT_TOKEN BOT_TOKEN', hdr='Authorization: Bot {}')
S('discord', 'webhook', lambda: 'https://discord.com/api/webhooks/%d/%s' % (R.randint(10 ** 17, 13 * 10 ** 17), rs(B64U, 68)), 'DISCORD_WEBHOOK_URL DISCORD_WEBHOOK')
S('telegram', 'bot_token', lambda: '%d:AA%s' % (R.randint(10 ** 8, 8 * 10 ** 9), rs(B64U, 33)), 'TELEGRAM_BOT_TOKEN TG_BOT_TOKEN BOT_TOKEN', url='https://api.telegram.org/bot{}/sendMessage')
S('microsoft_teams', 'incoming_webhook', lambda: 'https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s' % (R.choice(ORGS), uuid4(), uuid4(), rs(HX, 32), uuid4()), 'TEAMS_WEBHOOK_URL MS_TEAMS_WEBHOOK')
S('google_chat', 'webhook', lambda: 'https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=%s%%3D' % (rs(B64U, 7), rs(B64U, 42)), 'GOOGLE_CHAT_WEBHOOK')
W('twilio', 'auth_token', '{h:32}', 'TWILIO_AUTH_TOKEN', comp=[('TWILIO_ACCOUNT_SID', 'AC{h:32}')])
W('twilio', 'api_key_secret', '{a:32}', 'TWILIO_API_SECRET', comp=[('TWILIO_API_KEY', 'SK{h:32}')])
S('sendgrid', 'api_key', 'SG.{x:22}.{x:43}', 'SENDGRID_API_KEY SMTP_PASSWORD', hdr=BEARER)
S('mailgun', 'legacy_api_key', 'key-{h:32}', 'MAILGUN_API_KEY')
W('mailgun', 'api_key', '{h:32}-{h:8}-{h:8}', 'MAILGUN_API_KEY MAILGUN_PRIVATE_KEY', comp=[('MAILGUN_DOMAIN', 'mg.{w:7}.com')])
S('mailchimp', 'api_key', lambda: rs(HX, 32) + '-us' + str(R.randint(1, 21)), 'MAILCHIMP_API_KEY MC_API_KEY')
S('mandrill', 'api_key', 'md-{x:22}', 'MANDRILL_API_KEY')
W('postmark', 'server_token', '{uuid}', 'POSTMARK_SERVER_TOKEN POSTMARK_API_TOKEN', hdr='X-Postmark-Server-Token: {}')
S('brevo', 'api_key', 'xkeysib-{h:64}-{a:16}', 'BREVO_API_KEY SENDINBLUE_API_KEY', hdr='api-key: {}')
S('brevo', 'smtp_key', 'xsmtpsib-{h:64}-{a:16}', 'BREVO_SMTP_KEY SMTP_PASSWORD')
S('resend', 'api_key', 're_{a:8}_{a:24}', 'RESEND_API_KEY', hdr=BEARER)
S('mailersend', 'api_token', 'mlsn.{h:64}', 'MAILERSEND_API_KEY', hdr=BEARER)
W('sparkpost', 'api_key', '{h:40}', 'SPARKPOST_API_KEY')
W('mailjet', 'secret_key', '{h:32}', 'MJ_APIKEY_PRIVATE MAILJET_SECRET_KEY', comp=[('MJ_APIKEY_PUBLIC', '{h:32}')])
W('vonage', 'api_secret', '{a:16}', 'VONAGE_API_SECRET NEXMO_API_SECRET', comp=[('VONAGE_API_KEY', '{h:8}')])
W('plivo', 'auth_token', '{a:40}', 'PLIVO_AUTH_TOKEN', comp=[('PLIVO_AUTH_ID', 'MA{u:18}')])
W('messagebird', 'access_key', '{a:25}', 'MESSAGEBIRD_ACCESS_KEY', hdr='Authorization: AccessKey {}')
S('telnyx', 'api_key', 'KEY{H:32}_{a:22}', 'TELNYX_API_KEY', hdr=BEARER)
W('pusher', 'app_secret', '{h:20}', 'PUSHER_APP_SECRET', comp=[('PUSHER_APP_ID', '{d:7}'), ('PUSHER_APP_KEY', '{h:20}')])
W('ably', 'api_key', '{x:6}.{x:6}:{x:43}', 'ABLY_API_KEY')
W('sendbird', 'api_token', '{h:40}', 'SENDBIRD_API_TOKEN', hdr='Api-Token: {}')
W('agora', 'app_certificate', '{h:32}', 'AGORA_APP_CERTIFICATE', comp=[('AGORA_APP_ID', '{h:32}')])
S('onesignal', 'rest_api_key', 'os_v2_app_{Z:100-110}', 'ONESIGNAL_REST_API_KEY', hdr='Authorization: Key {}')
W('expo', 'access_token', '{x:40}', 'EXPO_TOKEN')
S('frameio', 'developer_token', 'fio-u-{x:64}', 'FRAMEIO_TOKEN', hdr=BEARER)
# ---- payments / commerce
S('stripe', 'secret_key', lambda: R.choice(['sk_live_' + rs(AN, 24), 'sk_live_51' + rs(AN, 97)]), 'STRIPE_SECRET_KEY STRIPE_API_KEY STRIPE_KEY', hdr=BEARER, cls='stripe')
S('stripe', 'restricted_key', lambda: R.choice(['rk_live_' + rs(AN, 24), 'rk_live_51' + rs(AN, 97)]), 'STRIPE_RESTRICTED_KEY STRIPE_API_KEY')
S('stripe', 'webhook_secret', 'whsec_{a:32}', 'STRIPE_WEBHOOK_SECRET WEBHOOK_SIGNING_SECRET')
S('square', 'access_token', 'EAAA{x:60}', 'SQUARE_ACCESS_TOKEN', hdr=BEARER)
S('square', 'legacy_access_token', 'sq0atp-{x:22}', 'SQUARE_ACCESS_TOKEN')
S('square', 'oauth_secret', 'sq0csp-{x:43}', 'SQUARE_APPLICATION_SECRET SQUARE_OAUTH_SECRET')
S('braintree', 'access_token', 'access_token$production${l:16}${h:32}', 'BRAINTREE_ACCESS_TOKEN PAYPAL_ACCESS_TOKEN')
W('braintree', 'private_key', '{h:32}', 'BRAINTREE_PRIVATE_KEY', comp=[('BRAINTREE_MERCHANT_ID', '{l:16}'), ('BRAINTREE_PUBLIC_KEY', '{l:16}')])
W('paypal', 'client_secret', 'E{x:79}', 'PAYPAL_CLIENT_SECRET PAYPAL_SECRET', comp=[('PAYPAL_CLIENT_ID', 'A{x:79}')])
W('plaid', 'secret', '{h:30}', 'PLAID_SECRET', comp=[('PLAID_CLIENT_ID', '{h:24}')])
S('plaid', 'access_token', 'access-production-{uuid}', 'PLAID_ACCESS_TOKEN')
S('shopify', 'admin_access_token', 'shpat_{h:32}', 'SHOPIFY_ACCESS_TOKEN SHOPIFY_ADMIN_TOKEN', hdr='X-Shopify-Access-Token: {}')
S('shopify', 'shared_secret', 'shpss_{h:32}', 'SHOPIFY_API_SECRET SHOPIFY_SHARED_SECRET')
S('shopify', 'custom_app_token', 'shpca_{h:32}', 'SHOPIFY_CUSTOM_APP_TOKEN')
S('shopify', 'private_app_password', 'shppa_{h:32}', 'SHOPIFY_PASSWORD SHOPIFY_PRIVATE_APP_PASSWORD')
S('razorpay', 'key_secret', lambda: (rs(AN, 24), None), 'RAZORPAY_KEY_SECRET', comp=[('RAZORPAY_KEY_ID', 'rzp_live_{a:14}')], weak=True)
S('flutterwave', 'secret_key', 'FLWSECK-{h:32}-X', 'FLW_SECRET_KEY FLUTTERWAVE_SECRET_KEY')
W('paystack', 'secret_key', 'sk_live_{h:40}', 'PAYSTACK_SECRET_KEY', hdr=BEARER)
W('mollie', 'api_key', 'live_{a:30}', 'MOLLIE_API_KEY', hdr=BEARER)
W('gocardless', 'access_token', 'live_{x:40}', 'GOCARDLESS_ACCESS_TOKEN', hdr=BEARER)
S('duffel', 'access_token', 'duffel_live_{x:43}', 'DUFFEL_ACCESS_TOKEN', hdr=BEARER)
W('lob', 'api_key', 'live_{h:35}', 'LOB_API_KEY')
S('shippo', 'api_token', 'shippo_live_{h:40}', 'SHIPPO_API_TOKEN', hdr='Authorization: ShippoToken {}')
S('easypost', 'api_key', 'EZAK{a:54}', 'EASYPOST_API_KEY')
W('binance', 'secret_key', '{a:64}', 'BINANCE_SECRET_KEY BINANCE_API_SECRET', comp=[('BINANCE_API_KEY', '{a:64}', True)])
W('alpaca', 'secret_key', '{a:40}', 'APCA_API_SECRET_KEY ALPACA_SECRET_KEY', comp=[('APCA_API_KEY_ID', 'AK{u:18}')])
W('coinbase', 'api_secret', lambda: b64(rb(64)), 'COINBASE_API_SECRET', comp=[('COINBASE_API_KEY', 'organizations/{uuid}/apiKeys/{uuid}')])
S('ethereum', 'private_key', '0x{h:64}', 'PRIVATE_KEY DEPLOYER_PRIVATE_KEY WALLET_PRIVATE_KEY ETH_PRIVATE_KEY', weak=True)
S('bitcoin', 'wif_private_key', btc_wif, 'BTC_WIF WALLET_WIF HOT_WALLET_KEY')
S('infura', 'project_url', 'https://mainnet.infura.io/v3/{h:32}', 'ETH_RPC_URL MAINNET_RPC_URL INFURA_URL')
S('alchemy', 'rpc_url', 'https://eth-mainnet.g.alchemy.com/v2/{x:32}', 'ALCHEMY_RPC_URL ETH_RPC_URL')
W('etherscan', 'api_key', '{u:34}', 'ETHERSCAN_API_KEY')
W('moralis', 'api_key', '{a:64}', 'MORALIS_API_KEY', hdr='X-API-Key: {}')
S('checkout', 'secret_key', 'sk_{h:8}-{h:4}-{h:4}-{h:4}-{h:12}', 'CHECKOUT_SECRET_KEY CKO_SECRET_KEY', weak=True)
S('lemonsqueezy', 'api_key', lambda: jwt({'aud': '94d59cef-dbb8-4ea5-b178-d2540fcd6919', 'jti': rs(HX, 80), 'iat': now_ts(), 'nbf': now_ts(), 'sub': str(R.randint(100000, 999999)), 'scopes': []}, 'RS256', 683), 'LEMONSQUEEZY_API_KEY', hdr=BEARER)
W('chargebee', 'api_key', 'live_{a:32}', 'CHARGEBEE_API_KEY', comp=[('CHARGEBEE_SITE', '{w:7}')])
W('recurly', 'api_key', '{h:32}', 'RECURLY_API_KEY')
# ---- observability
S('sentry', 'dsn', lambda: (lambda k: ('https://%s@o%d.ingest.sentry.io/%d' % (k, R.randint(100000, 4500000), R.randint(1000000, 4500000)), k))(rs(HX, 32)), 'SENTRY_DSN DSN')
S('sentry', 'org_auth_token', lambda: 'sntrys_' + b64u(json.dumps({'iat': now_ts() + 0.5, 'url': 'https://sentry.io', 'region_url': 'https://us.sentry.io', 'org': R.choice(ORGS)}, separators=(',', ':')).encode()) + '_' + rs(B64, 43), 'SENTRY_AUTH_TOKEN')
S('sentry', 'user_auth_token', 'sntryu_{h:64}', 'SENTRY_AUTH_TOKEN', hdr=BEARER)
W('datadog', 'api_key', '{h:32}', 'DD_API_KEY DATADOG_API_KEY', hdr='DD-API-KEY: {}')
W('datadog', 'app_key', '{h:40}', 'DD_APP_KEY DATADOG_APP_KEY', hdr='DD-APPLICATION-KEY: {}')
S('newrelic', 'user_api_key', 'NRAK-{u:27}', 'NEW_RELIC_API_KEY NEWRELIC_USER_KEY', hdr='Api-Key: {}')
S('newrelic', 'insert_key', 'NRII-{x:32}', 'NEW_RELIC_INSERT_KEY')
S('newrelic', 'browser_key', 'NRJS-{h:19}', 'NEW_RELIC_BROWSER_KEY')
S('newrelic', 'license_key', '{h:36}NRAL', 'NEW_RELIC_LICENSE_KEY')
S('grafana', 'cloud_token', lambda: 'glc_' + b64(json.dumps({'o': str(R.randint(100000, 999999)), 'n': 'stack-%d-hm-write-%s' % (R.randint(100000, 999999), R.choice(SVCS)), 'k': rs(AN, 24), 'm': {'r': R.choice(['prod-us-east-0', 'prod-eu-west-2'])}}, separators=(',', ':')).encode()), 'GRAFANA_CLOUD_TOKEN GRAFANA_TOKEN')
S('grafana', 'service_account_token', 'glsa_{a:32}_{h:8}', 'GRAFANA_SA_TOKEN GRAFANA_API_KEY', hdr=BEARER)
S('grafana', 'legacy_api_key', lambda: b64(json.dumps({'k': rs(AN, 32), 'n': R.choice(SVCS) + '-ci', 'id': R.randint(1, 999)}, separators=(',', ':')).encode()), 'GRAFANA_API_KEY', hdr=BEARER)
W('pagerduty', 'api_token', '{x:20}', 'PAGERDUTY_TOKEN PAGERDUTY_API_KEY', hdr='Authorization: Token token={}')
W('pagerduty', 'integration_key', '{h:32}', 'PAGERDUTY_ROUTING_KEY PD_INTEGRATION_KEY')
W('opsgenie', 'api_key', '{uuid}', 'OPSGENIE_API_KEY', hdr='Authorization: GenieKey {}')
S('dynatrace', 'api_token', 'dt0c01.{u:24}.{u:64}', 'DT_API_TOKEN DYNATRACE_API_TOKEN', hdr='Authorization: Api-Token {}')
W('rollbar', 'access_token', '{h:32}', 'ROLLBAR_ACCESS_TOKEN ROLLBAR_SERVER_TOKEN')
W('bugsnag', 'api_key', '{h:32}', 'BUGSNAG_API_KEY')
S('honeybadger', 'personal_token', 'hbp_{a:36}', 'HONEYBADGER_PERSONAL_AUTH_TOKEN')
W('honeycomb', 'api_key', 'hcaik_01{l:24}{l:34}', 'HONEYCOMB_API_KEY', hdr='X-Honeycomb-Team: {}')
S('axiom', 'api_token', 'xaat-{uuid}', 'AXIOM_TOKEN', hdr=BEARER)
S('coralogix', 'api_key', 'cxtp_{a:30}', 'CORALOGIX_PRIVATE_KEY CX_API_KEY')
W('splunk', 'hec_token', '{uuid}', 'SPLUNK_HEC_TOKEN', hdr='Authorization: Splunk {}')
W('sumologic', 'access_key', '{a:64}', 'SUMOLOGIC_ACCESSKEY', comp=[('SUMOLOGIC_ACCESSID', 'su{a:12}')])
W('logtail', 'source_token', '{a:24}', 'LOGTAIL_SOURCE_TOKEN BETTERSTACK_SOURCE_TOKEN', hdr=BEARER)
W('mezmo', 'ingestion_key', '{h:32}', 'LOGDNA_INGESTION_KEY MEZMO_INGESTION_KEY')
S('uptimerobot', 'api_key', 'u{d:7}-{h:24}', 'UPTIMEROBOT_API_KEY')
S('checkly', 'api_key', 'cu_{h:32}', 'CHECKLY_API_KEY')
S('launchdarkly', 'sdk_key', 'sdk-{uuid}', 'LAUNCHDARKLY_SDK_KEY LD_SDK_KEY')
S('launchdarkly', 'api_token', 'api-{uuid}', 'LAUNCHDARKLY_ACCESS_TOKEN LD_API_TOKEN')
S('flagsmith', 'server_key', 'ser.{a:22}', 'FLAGSMITH_SERVER_KEY FLAGSMITH_ENVIRONMENT_KEY')
W('segment', 'write_key', '{a:32}', 'SEGMENT_WRITE_KEY')
W('mixpanel', 'api_secret', '{h:32}', 'MIXPANEL_API_SECRET MIXPANEL_SECRET')
W('amplitude', 'secret_key', '{h:32}', 'AMPLITUDE_SECRET_KEY', comp=[('AMPLITUDE_API_KEY', '{h:32}')])
S('posthog', 'personal_api_key', 'phx_{a:43}', 'POSTHOG_PERSONAL_API_KEY', hdr=BEARER)
# ---- data / databases
S('databricks', 'pat', 'dapi{h:32}', 'DATABRICKS_TOKEN', hdr=BEARER, comp=[('DATABRICKS_HOST', 'https://adb-{d:16}.{d:1}.azuredatabricks.net')])
S('supabase', 'management_token', 'sbp_{h:40}', 'SUPABASE_ACCESS_TOKEN')
S('supabase', 'service_role_jwt', lambda: jwt({'iss': 'supabase', 'ref': rs(LO, 20), 'role': 'service_role', 'iat': now_ts(), 'exp': now_ts() + 315360000}), 'SUPABASE_SERVICE_ROLE_KEY SUPABASE_SERVICE_KEY')
S('supabase', 'secret_key', 'sb_secret_{x:31}', 'SUPABASE_SECRET_KEY')
S('planetscale', 'service_token', 'pscale_tkn_{x:43}', 'PLANETSCALE_SERVICE_TOKEN')
S('planetscale', 'db_password', 'pscale_pw_{x:43}', 'DATABASE_PASSWORD PLANETSCALE_DB_PASSWORD')
S('planetscale', 'oauth_token', 'pscale_oauth_{x:43}', 'PLANETSCALE_OAUTH_TOKEN')
S('neon', 'api_key', 'napi_{l:64}', 'NEON_API_KEY', hdr=BEARER)
S('fauna', 'secret', 'fnA{x:37}', 'FAUNA_SECRET FAUNADB_SECRET')
W('upstash', 'redis_rest_token', lambda: 'A' + b64(rb(R.choice([45, 48, 51])))[1:], 'UPSTASH_REDIS_REST_TOKEN', comp=[('UPSTASH_REDIS_REST_URL', 'https://{w:6}-{w:6}-{d:5}.upstash.io')])
S('turso', 'auth_token', lambda: jwt({'a': 'rw', 'iat': now_ts(), 'id': uuid4()}, 'EdDSA', 86), 'TURSO_AUTH_TOKEN LIBSQL_AUTH_TOKEN')
W('algolia', 'admin_api_key', '{h:32}', 'ALGOLIA_ADMIN_KEY ALGOLIA_ADMIN_API_KEY ALGOLIA_WRITE_KEY', comp=[('ALGOLIA_APP_ID', '{u:10}')], hdr='X-Algolia-API-Key: {}')
W('meilisearch', 'master_key', '{x:32-44}', 'MEILI_MASTER_KEY MEILISEARCH_MASTER_KEY')
W('elastic', 'cloud_api_key', lambda: b64((rs(AN, 20) + ':' + rs(B64U, 22)).encode()), 'ELASTIC_API_KEY ES_API_KEY', hdr='Authorization: ApiKey {}')
W('typesense', 'admin_api_key', '{a:32}', 'TYPESENSE_API_KEY TYPESENSE_ADMIN_KEY')
S('mapbox', 'secret_token', lambda: 'sk.' + b64u(json.dumps({'u': R.choice(PEOPLE).replace('-', ''), 'a': rs(LO + DG, 25)}, separators=(',', ':')).encode()) + '.' + rs(B64U, 22), 'MAPBOX_SECRET_TOKEN MAPBOX_DOWNLOADS_TOKEN')
S('airtable', 'pat', 'pat{a:14}.{h:64}', 'AIRTABLE_API_KEY AIRTABLE_TOKEN', hdr=BEARER)
S('notion', 'integration_secret', 'secret_{a:43}', 'NOTION_TOKEN NOTION_API_KEY', hdr=BEARER)
S('notion', 'integration_token', 'ntn_{d:11}{a:35}', 'NOTION_TOKEN NOTION_API_KEY', hdr=BEARER)
S('linear', 'api_key', 'lin_api_{a:40}', 'LINEAR_API_KEY', hdr='Authorization: {}')
S('linear', 'oauth_token', 'lin_oauth_{h:64}', 'LINEAR_OAUTH_TOKEN')
S('asana', 'pat', lambda: R.choice(['1/%d:%s' % (R.randint(10 ** 15, 10 ** 16 - 1), rs(HX, 32)), '2/%d/%d:%s' % (R.randint(10 ** 15, 10 ** 16 - 1), R.randint(10 ** 15, 10 ** 16 - 1), rs(HX, 32))]), 'ASANA_ACCESS_TOKEN ASANA_PAT', hdr=BEARER, weak=True)
S('figma', 'pat', 'figd_{x:40}', 'FIGMA_TOKEN FIGMA_ACCESS_TOKEN', hdr='X-Figma-Token: {}')
S('postman', 'api_key', 'PMAK-{h:24}-{h:34}', 'POSTMAN_API_KEY', hdr='X-Api-Key: {}')
S('contentful', 'management_token', 'CFPAT-{x:43}', 'CONTENTFUL_MANAGEMENT_TOKEN')
W('contentful', 'delivery_token', '{x:43}', 'CONTENTFUL_ACCESS_TOKEN CONTENTFUL_DELIVERY_TOKEN', comp=[('CONTENTFUL_SPACE_ID', '{l:12}')])
W('sanity', 'api_token', 'sk{a:180}', 'SANITY_API_TOKEN SANITY_WRITE_TOKEN')
S('typeform', 'pat', 'tfp_{a:44}_{a:14}', 'TYPEFORM_TOKEN', hdr=BEARER)
S('hubspot', 'private_app_token', 'pat-{w:2}{n:1}-{uuid}', 'HUBSPOT_ACCESS_TOKEN HUBSPOT_PRIVATE_APP_TOKEN', hdr=BEARER)
S('dropbox', 'short_lived_token', 'sl.{x:135}', 'DROPBOX_ACCESS_TOKEN', hdr=BEARER)
W('dropbox', 'long_lived_token', '{x:11}AAAAAAAAAA{x:43}', 'DROPBOX_TOKEN DROPBOX_ACCESS_TOKEN')
S('trello', 'token', 'ATTA{h:64}{H:8}', 'TRELLO_TOKEN', comp=[('TRELLO_API_KEY', '{h:32}')])
S('clickup', 'api_token', 'pk_{d:8}_{u:32}', 'CLICKUP_API_TOKEN CLICKUP_TOKEN', hdr='Authorization: {}')
W('todoist', 'api_token', '{h:40}', 'TODOIST_API_TOKEN', hdr=BEARER)
W('monday', 'api_token', lambda: jwt({'tid': R.randint(10 ** 8, 10 ** 9), 'aai': 11, 'uid': R.randint(10 ** 7, 10 ** 8), 'iad': '2024-03-01T10:11:12.000Z', 'per': 'me:write', 'actid': R.randint(10 ** 6, 10 ** 7), 'rgn': 'use1'}, 'HS256'), 'MONDAY_API_TOKEN')
S('zapier', 'catch_hook', 'https://hooks.zapier.com/hooks/catch/{d:7}/{l:6}/', 'ZAPIER_WEBHOOK_URL')
W('ifttt', 'webhook_key', '{x:22}', 'IFTTT_KEY IFTTT_WEBHOOK_KEY', url='https://maker.ifttt.com/trigger/deploy_done/with/key/{}')
S('salesforce', 'access_token', '00D{a:12}!AQ{x:4}{a:92}', 'SF_ACCESS_TOKEN SALESFORCE_ACCESS_TOKEN', hdr=BEARER, weak=True)
S('zoho', 'refresh_token', '1000.{h:32}.{h:32}', 'ZOHO_REFRESH_TOKEN')
S('close', 'api_key', 'api_{a:22}.{a:22}', 'CLOSE_API_KEY')
W('intercom', 'access_token', lambda: b64(('tok:' + uuid4().replace('-', '_') + ':1:0').encode()), 'INTERCOM_ACCESS_TOKEN', hdr=BEARER)
W('zendesk', 'api_token', '{a:40}', 'ZENDESK_API_TOKEN', comp=[('ZENDESK_SUBDOMAIN', '{w:7}')])
W('pipedrive', 'api_token', '{h:40}', 'PIPEDRIVE_API_TOKEN')
W('freshdesk', 'api_key', '{a:20}', 'FRESHDESK_API_KEY')
S('facebook', 'access_token', 'EAA{a:4}ZB{a:150-190}', 'FACEBOOK_ACCESS_TOKEN FB_PAGE_ACCESS_TOKEN META_ACCESS_TOKEN')
W('facebook', 'app_secret', '{h:32}', 'FACEBOOK_APP_SECRET FB_APP_SECRET', comp=[('FACEBOOK_APP_ID', '{d:15}')])
S('twitter', 'bearer_token', 'AAAAAAAAAAAAAAAAAAAAA{a:18}%3D{a:50}', 'TWITTER_BEARER_TOKEN X_BEARER_TOKEN', hdr=BEARER)
W('twitter', 'api_secret', '{a:50}', 'TWITTER_API_SECRET TWITTER_CONSUMER_SECRET', comp=[('TWITTER_API_KEY', '{a:25}')])
W('twitch', 'client_secret', '{l:30}', 'TWITCH_CLIENT_SECRET', comp=[('TWITCH_CLIENT_ID', '{l:30}')])
W('spotify', 'client_secret', '{h:32}', 'SPOTIFY_CLIENT_SECRET', comp=[('SPOTIFY_CLIENT_ID', '{h:32}')])
W('linkedin', 'client_secret', 'WPL_AP1.{a:16}.{a:8}==', 'LINKEDIN_CLIENT_SECRET')
W('shodan', 'api_key', '{a:32}', 'SHODAN_API_KEY')
W('virustotal', 'api_key', '{h:64}', 'VT_API_KEY VIRUSTOTAL_API_KEY', hdr='x-apikey: {}')
W('abuseipdb', 'api_key', '{h:80}', 'ABUSEIPDB_API_KEY', hdr='Key: {}')
W('openweather', 'api_key', '{h:32}', 'OPENWEATHER_API_KEY OWM_API_KEY', url='https://api.openweathermap.org/data/2.5/weather?q=London&appid={}')
W('ipinfo', 'token', '{h:14}', 'IPINFO_TOKEN', url='https://ipinfo.io/8.8.8.8?token={}')
W('giphy', 'api_key', '{a:32}', 'GIPHY_API_KEY')
W('unsplash', 'secret_key', '{x:43}', 'UNSPLASH_SECRET_KEY')
W('rapidapi', 'api_key', '{a:50}', 'RAPIDAPI_KEY X_RAPIDAPI_KEY', hdr='X-RapidAPI-Key: {}')
S('clearbit', 'secret_key', 'sk_{h:32}', 'CLEARBIT_SECRET_KEY CLEARBIT_API_KEY', weak=True)
W('hunter', 'api_key', '{h:40}', 'HUNTER_API_KEY')
S('readme', 'api_key', 'rdme_{l:70}', 'README_API_KEY')
S('prefect', 'api_key', 'pnu_{a:36}', 'PREFECT_API_KEY')
S('dbt', 'service_token', 'dbtc_{x:56}', 'DBT_CLOUD_API_TOKEN')
S('beamer', 'api_key', 'b_{x:44}', 'BEAMER_API_KEY')
S('onfido', 'api_token', 'api_live.{x:11}.{x:32}', 'ONFIDO_API_TOKEN', hdr='Authorization: Token token={}')
S('persona', 'api_key', 'persona_production_{uuid}', 'PERSONA_API_KEY', hdr=BEARER)
W('mux', 'token_secret', '{b:75}', 'MUX_TOKEN_SECRET', comp=[('MUX_TOKEN_ID', '{uuid}')])
W('vimeo', 'access_token', '{h:32}', 'VIMEO_ACCESS_TOKEN', hdr='Authorization: bearer {}')
W('cloudinary', 'api_secret', '{x:27}', 'CLOUDINARY_API_SECRET', comp=[('CLOUDINARY_API_KEY', '{d:15}'), ('CLOUDINARY_CLOUD_NAME', '{w:8}')])
S('cloudinary', 'url', lambda: (lambda s: ('cloudinary://%d:%s@%s' % (R.randint(10 ** 14, 10 ** 15 - 1), s, rs(LO, 8)), s))(rs(B64U, 27)), 'CLOUDINARY_URL')
S('age', 'secret_key', age_secret, 'SOPS_AGE_KEY AGE_SECRET_KEY')
W('apple', 'app_specific_password', '{w:4}-{w:4}-{w:4}-{w:4}', 'APPLE_APP_SPECIFIC_PASSWORD FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD', comp=[('APPLE_ID', '{w:6}@{w:6}.com')])
W('unity', 'license_serial', 'SC-{u:4}-{u:4}-{u:4}-{u:4}-{u:4}', 'UNITY_SERIAL', comp=[('UNITY_EMAIL', 'build@{w:6}.com')])
S('kubernetes', 'bootstrap_token', '{l:6}.{l:16}', 'KUBEADM_TOKEN BOOTSTRAP_TOKEN', weak=True)
# ---- generic / framework secrets
W('generic', 'password', '{p:12-24}', 'DB_PASSWORD PASSWORD ADMIN_PASSWORD SMTP_PASSWORD MYSQL_ROOT_PASSWORD POSTGRES_PASSWORD REDIS_PASSWORD LDAP_BIND_PASSWORD KEYSTORE_PASSWORD RABBITMQ_DEFAULT_PASS')
W('generic', 'api_key_hex', '{h:32}', 'API_KEY API_SECRET SERVICE_API_KEY INTERNAL_API_KEY PARTNER_API_KEY', hdr='X-API-Key: {}')
W('generic', 'auth_token_alnum', '{a:40}', 'AUTH_TOKEN ACCESS_TOKEN SERVICE_TOKEN API_TOKEN', hdr=BEARER)
W('generic', 'client_secret', '{x:32-48}', 'CLIENT_SECRET OAUTH_CLIENT_SECRET APP_CLIENT_SECRET')
W('generic', 'jwt_secret', lambda: R.choice([rs(HX, 64), rs(B64, 43) + '=', rs(AN, 48)]), 'JWT_SECRET JWT_SIGNING_KEY TOKEN_SECRET JWT_SECRET_KEY')
W('generic', 'encryption_key', lambda: b64(rb(32)), 'ENCRYPTION_KEY DATA_ENCRYPTION_KEY AES_KEY MASTER_KEY FIELD_ENCRYPTION_KEY')
W('generic', 'hmac_signing_secret', '{h:64}', 'WEBHOOK_SECRET HMAC_SECRET SIGNING_SECRET')
W('generic', 'session_secret', '{x:48-64}', 'SESSION_SECRET COOKIE_SECRET')
W('django', 'secret_key', lambda: rs(LO + DG + '!@^*(-_=+)', 50), 'SECRET_KEY DJANGO_SECRET_KEY')
W('flask', 'secret_key', '{h:48}', 'SECRET_KEY FLASK_SECRET_KEY')
W('rails', 'secret_key_base', '{h:128}', 'SECRET_KEY_BASE')
S('laravel', 'app_key', lambda: 'base64:' + b64(rb(32)), 'APP_KEY', weak=True)
W('nextauth', 'secret', lambda: b64(rb(32)), 'NEXTAUTH_SECRET AUTH_SECRET')
S('jwt', 'bearer_token', lambda: jwt({'sub': uuid4(), 'email': '%s@%s.com' % (PER(), ORG()), 'role': 'admin', 'iat': now_ts(), 'exp': now_ts() + 31536000}, R.choice(['HS256', 'RS256'])), 'ACCESS_TOKEN AUTH_TOKEN SERVICE_JWT', hdr=BEARER)
S('wireguard', 'private_key', lambda: b64(rb(32)), 'WG_PRIVATE_KEY WIREGUARD_PRIVATE_KEY', weak=True)
W('solana', 'keypair_secret', lambda: b58(rb(64)), 'SOLANA_PRIVATE_KEY WALLET_SECRET_KEY')


def pypi_token():
    ident = uuid4().encode()
    cav = json.dumps(R.choice([{'version': 1, 'permissions': 'user'},
                               {'version': 1, 'permissions': {'projects': [R.choice(SVCS) + '-client']}}])).encode()
    mac = b'\x02' + b'\x01\x08pypi.org' + b'\x02' + bytes([len(ident)]) + ident + b'\x00' + \
          b'\x02' + bytes([len(cav)]) + cav + b'\x00' + b'\x00' + b'\x06\x20' + rb(32)
    return 'pypi-' + b64u(mac)

# ================================================================ FILE BUILDERS
def assemble(head, core, blockfn, tail, lo=10, hi=58):
    base = len(head) + len(core) + len(tail)
    target = R.randint(max(lo, min(base + 4, hi)), max(lo, min(hi, base + 40)))
    pre, post = [], []
    guard = 0
    used = set()
    while base + len(pre) + len(post) < target and guard < 60:
        guard += 1
        b = blockfn()
        key = re.sub(r'\d+', '', re.sub(r'https?://[^"\']+', '', b[0]))
        if key in used or base + len(pre) + len(post) + len(b) > hi:
            continue
        used.add(key)
        (pre if R.random() < 0.5 else post).extend(b)
    return head + pre + core + post + tail


def I(a=2, b=120): return R.randint(a, b)


def host(): return '%s.%s.%s' % (R.choice(['api', 'app', 'internal', 'svc', 'edge']), ORG(), R.choice(['io', 'com', 'net', 'dev']))


def kwarg_for(name):
    u = upper(name)
    if 'SECRET' in u: return 'secret'
    if 'PASSWORD' in u or u.endswith('PASS'): return 'password'
    if 'TOKEN' in u: return 'token'
    if 'URL' in u or 'DSN' in u or 'WEBHOOK' in u: return 'url'
    return 'api_key'


def cls_for(sp):
    if sp is not None and getattr(sp, 'cls', None):
        return sp.cls
    return pascal(sp.prov if sp is not None else SV()) + 'Client'


# ---------------------------------------------------------------- python
def py_block():
    n, v = N(), V()
    return R.choice([
        lambda: ['def %s_%ss(session, since=None):' % (v, n), '    """%s %ss changed since the given timestamp."""' % (cap(v), n),
                 '    params = {"since": since.isoformat()} if since else {}',
                 '    resp = session.get(f"{BASE_URL}/%ss", params=params, timeout=TIMEOUT)' % n,
                 '    resp.raise_for_status()', '    return [item["id"] for item in resp.json().get("data", [])]', '', ''],
        lambda: ['class %sRepository:' % cap(n), '    def __init__(self, db):', '        self.db = db', '',
                 '    def get(self, %s_id):' % n, '        row = self.db.execute("SELECT * FROM %ss WHERE id = %%s", (%s_id,)).fetchone()' % (n, n),
                 '        return dict(row) if row else None', '', ''],
        lambda: ['TIMEOUT = %d' % I(5, 60), 'MAX_RETRIES = %d' % I(1, 8), 'BASE_URL = "https://%s/v%d"' % (host(), I(1, 3)), ''],
        lambda: ['def log_%s_event(event, **extra):' % n, '    logger.info("%s event=%%s extra=%%s", event, extra)' % n, '', ''],
        lambda: ['def chunked(items, size=%d):' % I(10, 500), '    for i in range(0, len(items), size):', '        yield items[i:i + size]', '', ''],
        lambda: ['@dataclass', 'class %sSummary:' % cap(n), '    id: int', '    name: str', '    total: float = 0.0', '    tags: List[str] = field(default_factory=list)', '', ''],
    ])()


PY_HEAD = ['import os', 'import sys', 'import json', 'import logging', 'import time', 'from datetime import datetime, timedelta',
           'from dataclasses import dataclass, field', 'from typing import Any, Dict, List, Optional', 'import requests']


def lang_py(items, style, sp):
    head = ['"""%s integration helpers."""' % cap(SV())] if R.random() < 0.5 else []
    imps = set(R.sample(PY_HEAD, R.randint(2, 5))) | {'import os', 'import logging', 'from dataclasses import dataclass, field', 'from typing import Any, Dict, List, Optional'}
    head += sorted(imps, key=PY_HEAD.index) + ['', 'logger = logging.getLogger(__name__)', '']
    core = []
    main = items[-1]
    for it in items[:-1]:
        core.append('%s = "%s"' % (upper(it['name']), it['value']))
    n, v, raw = main['name'], main['value'], main.get('raw')
    q = R.choice('"\'')
    if raw or style == 'assign':
        core.append('%s = %s' % (upper(n), v if raw else q + v + q))
    elif style == 'dict':
        core += ['SETTINGS = {', '    "%s": %s%s%s,' % (snake(n), q, v, q), '    "timeout": %d,' % I(5, 60), '    "region": "%s",' % R.choice(REGIONS), '}']
    elif style == 'call':
        core += ['', 'def make_client():', '    return %s(%s="%s", timeout=30)' % (cls_for(sp), kwarg_for(n), v)]
    elif style == 'header':
        hn, hv = main['hdr']
        core += ['HEADERS = {', '    "%s": "%s",' % (hn, hv), '    "Accept": "application/json",', '}']
    elif style == 'environ':
        core.append('os.environ.setdefault("%s", "%s")' % (upper(n), v))
    core.append('')
    tail = R.choice([[], ['', 'def main():', '    logger.info("starting %s sync")' % SV(), '    return 0', '', '',
                          'if __name__ == "__main__":', '    logging.basicConfig(level=logging.INFO)', '    raise SystemExit(main())']])
    return assemble(head, core, py_block, tail)


# ---------------------------------------------------------------- js / ts
def js_block(ts=False):
    n, v = N(), V()
    t = (lambda s: s) if ts else (lambda s: re.sub(r': [A-Za-z<>\[\]]+(?=[,)=])', '', s))
    return R.choice([
        lambda: [t('export async function %s%ss(limit: number = %d) {' % (v, cap(n), I(10, 100))),
                 '  const res = await fetch(`${BASE_URL}/%ss?limit=${limit}`);' % n,
                 '  if (!res.ok) throw new Error(`%s failed: ${res.status}`);' % n, '  return res.json();', '}', ''],
        lambda: ['const DEFAULT_TIMEOUT_MS = %d;' % (I(1, 30) * 1000), 'const BASE_URL = "https://%s/v%d";' % (host(), I(1, 3)), ''],
        lambda: [t('function format%s(%s: Record<string, unknown>) {' % (cap(n), n)), '  return {', '    id: %s.id,' % n,
                 '    label: String(%s.name ?? "").trim(),' % n, '    createdAt: new Date(%s.created_at as string),' % n if ts else '    createdAt: new Date(%s.created_at),' % n, '  };', '}', ''],
        lambda: [t('export const retry = async <T>(fn: () => Promise<T>, attempts = %d): Promise<T> => {' % I(2, 6)) if ts else 'const retry = async (fn, attempts = %d) => {' % I(2, 6),
                 '  for (let i = 0; i < attempts - 1; i++) {', '    try { return await fn(); } catch (e) { await new Promise(r => setTimeout(r, 2 ** i * 100)); }',
                 '  }', '  return fn();', '};', ''],
    ])()


def lang_js(items, style, sp, ts=False):
    head = R.choice([["'use strict';", ''], []]) if not ts else []
    imp = R.sample(["import axios from 'axios';", "import { readFileSync } from 'fs';", "import path from 'path';",
                    "import express from 'express';", "import pino from 'pino';"], R.randint(1, 3))
    if not ts and R.random() < 0.5:
        imp = [re.sub(r"import (\{ \w+ \}|\w+) from '([\w-]+)';", lambda m: "const %s = require('%s');" % (m.group(1), m.group(2)), x) for x in imp]
    head += imp + ['']
    core = []
    main = items[-1]
    decl = 'const'
    for it in items[:-1]:
        core.append('%s %s = "%s";' % (decl, upper(it['name']), it['value']))
    n, v, raw = main['name'], main['value'], main.get('raw')
    q = R.choice(['"', "'", '`'])
    typ = ': string' if ts and R.random() < 0.5 else ''
    if raw or style == 'assign':
        nm = R.choice([upper(n), camel(n)])
        core.append('%s%s %s%s = %s;' % (R.choice(['', 'export ']), decl, nm, typ, v if raw else q + v + q))
    elif style == 'dict':
        core += [R.choice(['module.exports = {', 'export const config = {', 'const settings = {']) if not ts else 'export const config = {',
                 '  port: %d,' % R.choice([3000, 8080, 4000]), '  %s: %s%s%s,' % (camel(n), q, v, q), '  region: "%s",' % R.choice(REGIONS), '};']
    elif style == 'call':
        core.append('const client = new %s({ %s: "%s", timeout: %d });' % (cls_for(sp), camel(kwarg_for(n)), v, I(5, 60) * 1000))
    elif style == 'header':
        hn, hv = main['hdr']
        core += ['const headers = {', '  "%s": `%s`,' % (hn, hv), '  "Content-Type": "application/json",', '};']
    elif style == 'environ':
        core.append('process.env.%s = process.env.%s || "%s";' % (upper(n), upper(n), v))
    core.append('')
    return assemble(head, core, lambda: js_block(ts), [])


# ---------------------------------------------------------------- go
def go_block():
    n, v = N(), V()
    return R.choice([
        lambda: ['func %s%ss(ctx context.Context, c *http.Client) ([]byte, error) {' % (v, cap(n)),
                 '\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURL+"/%ss", nil)' % n,
                 '\tif err != nil {', '\t\treturn nil, err', '\t}', '\tresp, err := c.Do(req)', '\tif err != nil {', '\t\treturn nil, fmt.Errorf("%s: %%w", err)' % n, '\t}',
                 '\tdefer resp.Body.Close()', '\treturn io.ReadAll(resp.Body)', '}', ''],
        lambda: ['type %s struct {' % cap(n), '\tID        int64     `json:"id"`', '\tName      string    `json:"name"`', '\tCreatedAt time.Time `json:"created_at"`', '}', ''],
        lambda: ['func retryDelay(attempt int) time.Duration {', '\treturn time.Duration(1<<attempt) * %d * time.Millisecond' % I(50, 400), '}', ''],
    ])()


def lang_go(items, style, sp):
    pkg = R.choice(['main', 'config', SV()])
    head = ['package %s' % pkg, '', 'import (', '\t"context"', '\t"fmt"', '\t"io"', '\t"net/http"', '\t"os"', '\t"time"', ')', '',
            'const baseURL = "https://%s"' % host(), '']
    main = items[-1]
    core = []
    for it in items[:-1]:
        core.append('const %s = "%s"' % (camel(it['name']), it['value']))
    n, v, raw = main['name'], main['value'], main.get('raw')
    if raw:
        core += ['func load%s() string {' % pascal(n), '\treturn %s' % v, '}']
    elif style == 'assign':
        core.append(R.choice(['const %s = "%s"', 'var %s = "%s"', 'var %s = `%s`']) % (camel(n), v))
    elif style == 'dict':
        core += ['var defaults = map[string]string{', '\t"%s": "%s",' % (snake(n), v), '\t"region": "%s",' % R.choice(REGIONS), '}']
    elif style == 'call':
        core += ['func newClient() *%s.Client {' % sp.prov.replace('_', ''), '\treturn %s.NewClient("%s", %s.WithTimeout(30*time.Second))' % (sp.prov.replace('_', ''), v, sp.prov.replace('_', '')), '}']
    elif style == 'header':
        hn, hv = main['hdr']
        core += ['func authorize(req *http.Request) {', '\treq.Header.Set("%s", "%s")' % (hn, hv), '\treq.Header.Set("Accept", "application/json")', '}']
    core.append('')
    core.append('var _ = os.Getenv')
    core.append('')
    return assemble(head, core, go_block, [])


# ---------------------------------------------------------------- java / kotlin / c#
def java_block():
    n, v = N(), V()
    return R.choice([
        lambda: ['    public List<String> %s%ss(int limit) throws IOException {' % (v, cap(n)),
                 '        HttpURLConnection conn = (HttpURLConnection) new URL(BASE_URL + "/%ss?limit=" + limit).openConnection();' % n,
                 '        conn.setConnectTimeout(TIMEOUT_MS);', '        try (InputStream in = conn.getInputStream()) {',
                 '            return parseIds(new String(in.readAllBytes(), StandardCharsets.UTF_8));', '        }', '    }', ''],
        lambda: ['    private static final int TIMEOUT_MS = %d;' % (I(1, 30) * 1000), '    private static final String BASE_URL = "https://%s/api";' % host(), ''],
        lambda: ['    private List<String> parseIds(String body) {', '        List<String> ids = new ArrayList<>();', '        for (String part : body.split(",")) {',
                 '            ids.add(part.trim());', '        }', '        return ids;', '    }', ''],
    ])()


def lang_java(items, style, sp):
    svc = SV()
    cn = pascal(svc) + R.choice(['Client', 'Config', 'Service', 'Gateway'])
    head = ['package com.%s.%s;' % (ORG(), svc), '', 'import java.io.IOException;', 'import java.io.InputStream;', 'import java.net.HttpURLConnection;',
            'import java.net.URL;', 'import java.nio.charset.StandardCharsets;', 'import java.util.*;', '', 'public class %s {' % cn, '']
    main = items[-1]
    core = []
    for it in items[:-1]:
        core.append('    private static final String %s = "%s";' % (upper(it['name']), it['value']))
    n, v, raw = main['name'], main['value'], main.get('raw')
    if raw or style == 'assign':
        core.append('    private static final String %s = %s;' % (upper(n), v if raw else '"%s"' % v))
    elif style == 'dict':
        core += ['    private static final Map<String, String> DEFAULTS = new HashMap<>();', '    static {',
                 '        DEFAULTS.put("%s", "%s");' % (dotted(n), v), '        DEFAULTS.put("http.timeout", "%d");' % I(5, 60), '    }']
    elif style == 'call':
        core += ['    private final %s client;' % cls_for(sp), '', '    public %s() {' % cn, '        this.client = new %s("%s");' % (cls_for(sp), v), '    }']
    elif style == 'header':
        hn, hv = main['hdr']
        core += ['    private void authorize(HttpURLConnection conn) {', '        conn.setRequestProperty("%s", "%s");' % (hn, hv), '    }']
    core.append('')
    return assemble(head, core, java_block, ['}'])


def kt_block():
    n, v = N(), V()
    return R.choice([
        lambda: ['    suspend fun %s%ss(limit: Int = %d): List<%s> =' % (v, cap(n), I(10, 100), cap(n)), '        api.get("%ss") { parameter("limit", limit) }.body()' % n, ''],
        lambda: ['    private fun backoff(attempt: Int): Long = (1L shl attempt) * %dL' % I(50, 400), ''],
        lambda: ['    data class %s(val id: Long, val name: String, val active: Boolean = true)' % cap(n), ''],
    ])()


def lang_kt(items, style, sp):
    svc = SV()
    head = ['package com.%s.%s' % (ORG(), svc), '', 'import io.ktor.client.*', 'import io.ktor.client.request.*', 'import okhttp3.Request', '',
            'object %s {' % (pascal(svc) + 'Config'), '']
    main = items[-1]
    core = []
    for it in items[:-1]:
        core.append('    const val %s = "%s"' % (upper(it['name']), it['value']))
    n, v, raw = main['name'], main['value'], main.get('raw')
    if raw:
        core.append('    val %s: String = %s' % (camel(n), v))
    elif style in ('assign', 'dict'):
        core.append(R.choice(['    const val %s = "%s"' % (upper(n), v), '    private const val %s = "%s"' % (upper(n), v)]))
    elif style == 'call':
        core.append('    val client = %s(%s = "%s")' % (cls_for(sp), camel(kwarg_for(n)), v))
    elif style == 'header':
        hn, hv = main['hdr']
        core += ['    fun request(url: String): Request = Request.Builder()', '        .url(url)', '        .addHeader("%s", "%s")' % (hn, hv), '        .build()']
    core.append('')
    return assemble(head, core, kt_block, ['}'])


def cs_block():
    n, v = N(), V()
    return R.choice([
        lambda: ['        public async Task<string> %s%sAsync(int id)' % (cap(v), cap(n)), '        {', '            var response = await _http.GetAsync($"%ss/{id}");' % n,
                 '            response.EnsureSuccessStatusCode();', '            return await response.Content.ReadAsStringAsync();', '        }', ''],
        lambda: ['        private const int TimeoutSeconds = %d;' % I(5, 120), '        private static readonly Uri BaseUri = new Uri("https://%s/");' % host(), ''],
    ])()


def lang_cs(items, style, sp):
    svc = SV()
    cn = pascal(svc) + R.choice(['Client', 'Service', 'Options'])
    head = ['using System;', 'using System.Collections.Generic;', 'using System.Net.Http;', 'using System.Threading.Tasks;', '',
            'namespace %s.%s' % (pascal(ORG()), pascal(svc)), '{', '    public class %s' % cn, '    {', '        private readonly HttpClient _http = new HttpClient();', '']
    main = items[-1]
    core = []
    for it in items[:-1]:
        core.append('        private const string %s = "%s";' % (pascal(it['name']), it['value']))
    n, v, raw = main['name'], main['value'], main.get('raw')
    if raw:
        core.append('        private static readonly string %s = %s;' % (pascal(n), v))
    elif style == 'assign':
        core.append(R.choice(['        private const string %s = "%s";', '        public static string %s { get; } = "%s";']) % (pascal(n), v))
    elif style == 'dict':
        core += ['        private static readonly Dictionary<string, string> Defaults = new()', '        {',
                 '            { "%s", "%s" },' % (pascal(n), v), '            { "Region", "%s" },' % R.choice(REGIONS), '        };']
    elif style == 'call':
        core += ['        private readonly %s _client = new %s("%s");' % (cls_for(sp), cls_for(sp), v)]
    elif style == 'header':
        hn, hv = main['hdr']
        core += ['        public %s()' % cn, '        {', '            _http.DefaultRequestHeaders.Add("%s", "%s");' % (hn, hv), '        }']
    core.append('')
    return assemble(head, core, cs_block, ['    }', '}'])


# ---------------------------------------------------------------- ruby / php / rust / swift
def rb_block():
    n, v = N(), V()
    return R.choice([
        lambda: ['  def %s_%ss(since: nil)' % (v, n), '    params = { limit: %d }' % I(10, 100), '    params[:since] = since.iso8601 if since',
                 '    response = connection.get("%ss", params)' % n, '    JSON.parse(response.body).fetch("data", [])', '  end', ''],
        lambda: ['  def connection', '    @connection ||= Faraday.new(url: BASE_URL) do |f|', '      f.request :json', '      f.adapter Faraday.default_adapter', '    end', '  end', ''],
    ])()


def lang_rb(items, style, sp):
    head = ["require 'json'", "require 'faraday'", '', '# frozen_string_literal: true', '', 'class %sSync' % cap(N()), '  BASE_URL = "https://%s"' % host(), '']
    main = items[-1]
    core = []
    for it in items[:-1]:
        core.append('  %s = "%s"' % (upper(it['name']), it['value']))
    n, v, raw = main['name'], main['value'], main.get('raw')
    if raw or style == 'assign':
        core.append('  %s = %s' % (upper(n), v if raw else R.choice(['"%s"', "'%s'", "'%s'.freeze"]) % v))
    elif style == 'dict':
        core += ['  CONFIG = {', '    %s: "%s",' % (snake(n), v), '    timeout: %d' % I(5, 60), '  }.freeze']
    elif style == 'call':
        core += ['  def client', '    @client ||= %s.new(%s: "%s")' % (cls_for(sp).replace('Client', '::Client'), kwarg_for(n), v), '  end']
    elif style == 'header':
        hn, hv = main['hdr']
        core += ['  def headers', '    { "%s" => "%s", "Accept" => "application/json" }' % (hn, hv), '  end']
    core.append('')
    return assemble(head, core, rb_block, ['end'])


def php_block():
    n, v = N(), V()
    return R.choice([
        lambda: ['function %s_%ss(int $limit = %d): array' % (v, n, I(10, 100)), '{', '    $url = BASE_URL . "/%ss?limit=" . $limit;' % n,
                 '    $body = file_get_contents($url);', '    return json_decode($body, true)["data"] ?? [];', '}', ''],
        lambda: ["define('TIMEOUT', %d);" % I(5, 60), "define('BASE_URL', 'https://%s');" % host(), ''],
    ])()


def lang_php(items, style, sp):
    head = ['<?php', '', 'declare(strict_types=1);', '']
    main = items[-1]
    core = []
    for it in items[:-1]:
        core.append("define('%s', '%s');" % (upper(it['name']), it['value']))
    n, v, raw = main['name'], main['value'], main.get('raw')
    if raw:
        core.append('$%s = %s;' % (camel(n), v))
    elif style == 'assign':
        core.append(R.choice(["define('%s', '%s');" % (upper(n), v), "$%s = '%s';" % (camel(n), v)]))
    elif style == 'dict':
        core += ['$config = [', "    '%s' => '%s'," % (snake(n), v), "    'timeout' => %d," % I(5, 60), '];']
    elif style == 'call':
        core.append("$client = new \\%s\\%s('%s');" % (pascal(sp.prov), cls_for(sp), v))
    elif style == 'header':
        hn, hv = main['hdr']
        core += ['$ch = curl_init(BASE_URL);', "curl_setopt($ch, CURLOPT_HTTPHEADER, ['%s: %s', 'Accept: application/json']);" % (hn, hv)]
    core.append('')
    return assemble(head, core, php_block, [])


def rs_block():
    n, v = N(), V()
    return R.choice([
        lambda: ['pub async fn %s_%ss(client: &reqwest::Client) -> Result<Vec<u64>, reqwest::Error> {' % (v, n),
                 '    let url = format!("{}/%ss", BASE_URL);' % n, '    let ids: Vec<u64> = client.get(url).send().await?.json().await?;', '    Ok(ids)', '}', ''],
        lambda: ['#[derive(Debug, Deserialize)]', 'pub struct %s {' % cap(n), '    pub id: u64,', '    pub name: String,', '}', ''],
    ])()


def lang_rs(items, style, sp):
    head = ['use serde::Deserialize;', 'use std::collections::HashMap;', 'use std::time::Duration;', '', 'const BASE_URL: &str = "https://%s";' % host(), '']
    main = items[-1]
    core = []
    for it in items[:-1]:
        core.append('const %s: &str = "%s";' % (upper(it['name']), it['value']))
    n, v, raw = main['name'], main['value'], main.get('raw')
    if raw:
        core += ['fn %s() -> String {' % snake(n), '    %s' % v, '}']
    elif style == 'assign':
        core.append(R.choice(['const %s: &str = "%s";', 'pub static %s: &str = "%s";']) % (upper(n), v))
    elif style == 'dict':
        core += ['fn defaults() -> HashMap<&\'static str, &\'static str> {', '    HashMap::from([', '        ("%s", "%s"),' % (snake(n), v), '        ("region", "%s"),' % R.choice(REGIONS), '    ])', '}']
    elif style == 'call':
        core += ['fn client() -> %s {' % cls_for(sp), '    %s::new("%s").timeout(Duration::from_secs(30))' % (cls_for(sp), v), '}']
    elif style == 'header':
        hn, hv = main['hdr']
        core += ['fn request(c: &reqwest::Client) -> reqwest::RequestBuilder {', '    c.get(BASE_URL).header("%s", "%s")' % (hn, hv), '}']
    core.append('')
    return assemble(head, core, rs_block, [])


def swift_block():
    n, v = N(), V()
    return R.choice([
        lambda: ['    func %s%ss() async throws -> [%s] {' % (v, cap(n), cap(n)), '        let url = baseURL.appendingPathComponent("%ss")' % n,
                 '        let (data, _) = try await URLSession.shared.data(from: url)', '        return try JSONDecoder().decode([%s].self, from: data)' % cap(n), '    }', ''],
        lambda: ['    let timeout: TimeInterval = %d' % I(5, 60), '    let baseURL = URL(string: "https://%s")!' % host(), ''],
    ])()


def lang_swift(items, style, sp):
    head = ['import Foundation', '', 'final class %sAPI {' % pascal(SV()), '']
    main = items[-1]
    core = []
    for it in items[:-1]:
        core.append('    static let %s = "%s"' % (camel(it['name']), it['value']))
    n, v, raw = main['name'], main['value'], main.get('raw')
    if raw or style in ('assign', 'dict'):
        core.append('    %s %s = %s' % (R.choice(['static let', 'private let', 'let']), camel(n), v if raw else '"%s"' % v))
    elif style == 'call':
        core.append('    lazy var client = %s(apiKey: "%s")' % (cls_for(sp), v))
    elif style == 'header':
        hn, hv = main['hdr']
        core += ['    func authorize(_ request: inout URLRequest) {', '        request.setValue("%s", forHTTPHeaderField: "%s")' % (hv, hn), '    }']
    core.append('')
    return assemble(head, core, swift_block, ['}'])


# ---------------------------------------------------------------- shell / powershell / jenkinsfile
def sh_block():
    n, s = N(), SV()
    return R.choice([
        lambda: ['log() {', '  printf "[%s] %s\\n" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >&2', '}', ''],
        lambda: ['if ! command -v jq >/dev/null 2>&1; then', '  echo "jq is required" >&2', '  exit 1', 'fi', ''],
        lambda: ['echo "==> building %s"' % s, 'docker build -t %s/%s:"${GIT_SHA:-latest}" .' % (ORG(), s), ''],
        lambda: ['for f in migrations/*.sql; do', '  echo "applying $f"', '  psql "$DATABASE_URL" -f "$f"', 'done', ''],
        lambda: ['REGION="${REGION:-%s}"' % R.choice(REGIONS), 'APP_NAME="%s-%s"' % (ORG(), s), ''],
    ])()


def shq(v):
    return "'%s'" % v if ('$' in v or '!' in v) else R.choice(['"%s"' % v, "'%s'" % v])


def lang_sh(items, style, sp):
    head = ['#!/usr/bin/env bash', 'set -euo pipefail', '']
    main = items[-1]
    core = []
    for it in items[:-1]:
        core.append('export %s=%s' % (upper(it['name']), shq(it['value'])))
    n, v, raw = main['name'], main['value'], main.get('raw')
    if raw or style in ('assign', 'dict', 'environ'):
        core.append('%s%s=%s' % (R.choice(['export ', '']), upper(n), v if raw else shq(v)))
    elif style == 'call':
        core.append('%s-cli login --%s %s' % (sp.prov.replace('_', '-'), kwarg_for(n).replace('_', '-'), shq(v)))
    elif style == 'header':
        hn, hv = main['hdr']
        q = "'" if '$' in hv else '"'
        core += ['curl -fsS -X %s \\' % R.choice(['GET', 'POST']), '  -H %s%s: %s%s \\' % (q, hn, hv, q), '  -H "Content-Type: application/json" \\', '  "https://%s/v1/%ss"' % (host(), N())]
    core.append('')
    return assemble(head, core, sh_block, [])


def ps_block():
    n = N()
    return R.choice([
        lambda: ['function Write-Log([string]$Message) {', '    Write-Host "[$(Get-Date -Format o)] $Message"', '}', ''],
        lambda: ['$ErrorActionPreference = "Stop"', '$Region = "%s"' % R.choice(REGIONS), ''],
        lambda: ['Get-ChildItem -Path ./dist -Filter *.zip | ForEach-Object {', '    Write-Host "Uploading $($_.Name)"', '}', ''],
    ])()


def lang_ps1(items, style, sp):
    head = ['param(', '    [string]$Environment = "production"', ')', '']
    main = items[-1]
    core = []
    for it in items[:-1]:
        core.append("$env:%s = '%s'" % (upper(it['name']), it['value']))
    n, v, raw = main['name'], main['value'], main.get('raw')
    if raw or style != 'header':
        core.append(R.choice(["$env:%s = %s", "$%s = %s"]) % (upper(n) if True else n, v if raw else "'%s'" % v))
    else:
        hn, hv = main['hdr']
        core += ['$headers = @{', "    '%s' = '%s'" % (hn, hv), "    'Accept' = 'application/json'", '}',
                 'Invoke-RestMethod -Uri "https://%s/v1/status" -Headers $headers' % host()]
    core.append('')
    return assemble(head, core, ps_block, [])


def lang_jenkins(items, style, sp):
    svc = SV()
    env = ["        %s = '%s'" % (upper(it['name']), it['value']) if not it.get('raw') else '        %s = %s' % (upper(it['name']), it['value']) for it in items]
    env.insert(0, "        APP_NAME = '%s'" % svc)
    lines = ['pipeline {', '    agent { label "linux" }', '    options {', '        timeout(time: %d, unit: "MINUTES")' % I(10, 90), '    }', '    environment {'] + env + ['    }', '    stages {']
    for st in R.sample(['Checkout', 'Build', 'Test', 'Package', 'Deploy'], R.randint(2, 4)):
        lines += ["        stage('%s') {" % st, '            steps {', "                sh './gradlew %s --no-daemon'" % st.lower(), '            }', '        }']
    lines += ['    }', '    post {', '        always { junit "build/test-results/**/*.xml" }', '    }', '}']
    return lines


# ---------------------------------------------------------------- config formats
def pool_kv():
    s = SV(); o = ORG()
    return R.choice([('APP_NAME', '%s-%s' % (o, s)), ('APP_ENV', 'production'), ('PORT', str(R.choice([3000, 8000, 8080, 9000]))),
                     ('HOST', '0.0.0.0'), ('LOG_LEVEL', R.choice(['info', 'debug', 'warn'])), ('NODE_ENV', 'production'),
                     ('DATABASE_HOST', 'db.internal'), ('DATABASE_PORT', '5432'), ('DATABASE_NAME', '%s_prod' % s),
                     ('REDIS_HOST', 'redis'), ('REDIS_PORT', '6379'), ('CACHE_TTL', str(I(60, 3600))), ('FEATURE_NEW_CHECKOUT', R.choice(['true', 'false'])),
                     ('AWS_REGION', R.choice(REGIONS)), ('S3_BUCKET', '%s-%s-assets' % (o, s)), ('TZ', 'UTC'), ('WORKERS', str(I(2, 16))),
                     ('MAX_UPLOAD_MB', str(I(5, 100))), ('CORS_ORIGINS', 'https://app.%s.io' % o), ('SMTP_HOST', 'smtp.%s.io' % o), ('SMTP_PORT', '587'),
                     ('TIMEOUT_SECONDS', str(I(5, 120))), ('RETRY_LIMIT', str(I(1, 9))), ('METRICS_ENABLED', 'true'), ('PUBLIC_URL', 'https://%s.%s.io' % (s, o)),
                     ('DEFAULT_LOCALE', 'en-US'), ('SESSION_COOKIE_SECURE', 'true'), ('RATE_LIMIT_PER_MIN', str(I(30, 600))), ('QUEUE_NAME', '%s-jobs' % s),
                     ('OTEL_SERVICE_NAME', s), ('PAGE_SIZE', str(R.choice([20, 25, 50, 100]))), ('SENTRY_ENVIRONMENT', 'production')])


def pool_n(k):
    seen, out = set(), []
    for _ in range(k * 3):
        kv = pool_kv()
        if kv[0] not in seen:
            seen.add(kv[0]); out.append(kv)
        if len(out) >= k:
            break
    return out


def envq(v, raw=False):
    if raw:
        return v
    if '$' in v:
        return "'%s'" % v
    if re.search(r'[\s#;&"]', v):
        return '"%s"' % v
    return R.choice([v, v, '"%s"' % v])


def lang_env(items, style, sp):
    lines = []
    if R.random() < 0.6:
        lines.append('# %s configuration (%s)' % (cap(SV()), R.choice(['production', 'staging', 'local dev'])))
    kv = pool_n(R.randint(9, 24))
    pos = R.randint(0, len(kv))
    ex = R.random() < 0.2
    out = []
    for i, (k, v) in enumerate(kv):
        if i == pos:
            if R.random() < 0.5: out.append('')
            for it in items:
                out.append('%s%s=%s' % ('export ' if ex else '', upper(it['name']), envq(it['value'], it.get('raw'))))
        if R.random() < 0.12:
            out.append('')
            out.append('# %s' % R.choice(['Database', 'Cache', 'Feature flags', 'Observability', 'Mail', 'Storage']))
        out.append('%s%s=%s' % ('export ' if ex else '', k, v))
    if pos == len(kv):
        for it in items:
            out.append('%s%s=%s' % ('export ' if ex else '', upper(it['name']), envq(it['value'], it.get('raw'))))
    return lines + out


def yq(v, raw=False):
    if raw:
        return v
    if re.fullmatch(r'[A-Za-z_][A-Za-z0-9_./-]*', v) and v.lower() not in ('true', 'false', 'yes', 'no', 'null', 'on', 'off'):
        return R.choice([v, '"%s"' % v])
    return '"%s"' % v if R.random() < 0.7 else "'%s'" % v


def lang_yaml_k8s(items, style, sp):
    s = SV(); o = ORG()
    L = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: %s' % s, '  namespace: %s' % R.choice(['default', 'prod', s]),
         '  labels:', '    app.kubernetes.io/name: %s' % s, '    app.kubernetes.io/part-of: %s' % o, 'spec:', '  replicas: %d' % I(1, 6),
         '  selector:', '    matchLabels:', '      app: %s' % s, '  template:', '    metadata:', '      labels:', '        app: %s' % s, '    spec:',
         '      containers:', '        - name: %s' % s, '          image: ghcr.io/%s/%s:%d.%d.%d' % (o, s, I(0, 4), I(0, 20), I(0, 30)),
         '          ports:', '            - containerPort: %d' % R.choice([8080, 3000, 8000]), '          env:']
    envs = [(k, v, False) for k, v in pool_n(R.randint(2, 6))]
    pos = R.randint(0, len(envs))
    for it in reversed(items):
        envs.insert(pos, (upper(it['name']), it['value'], it.get('raw')))
    for k, v, raw in envs:
        L += ['            - name: %s' % k, '              value: %s' % ('"%s"' % v if not raw and not v.startswith('"') else v)]
    L += ['          resources:', '            limits:', '              cpu: "%dm"' % (I(1, 20) * 100), '              memory: %dMi' % (I(1, 16) * 128),
          '          readinessProbe:', '            httpGet:', '              path: /healthz', '              port: http']
    return L


def lang_yaml_compose(items, style, sp):
    s = SV()
    L = ["version: '3.8'", '', 'services:', '  %s:' % s, '    build: .', '    image: %s/%s:latest' % (ORG(), s), '    restart: unless-stopped',
         '    ports:', '      - "%d:%d"' % ((R.choice([8080, 3000, 8000]),) * 2), '    depends_on:', '      - db', '      - redis', '    environment:']
    envs = [(k, v, False) for k, v in pool_n(R.randint(2, 7))]
    pos = R.randint(0, len(envs))
    for it in reversed(items):
        envs.insert(pos, (upper(it['name']), it['value'], it.get('raw')))
    lst = R.random() < 0.4
    for k, v, raw in envs:
        if lst and not raw:
            L.append('      - %s=%s' % (k, v))
        else:
            L.append('      %s: %s' % (k, yq(v, raw)))
    L += ['', '  db:', '    image: postgres:16-alpine', '    volumes:', '      - pgdata:/var/lib/postgresql/data', '', '  redis:', '    image: redis:7-alpine', '', 'volumes:', '  pgdata: {}']
    return L


def lang_yaml_gha(items, style, sp):
    L = ['name: %s' % R.choice(['Deploy', 'CI', 'Release', 'Nightly sync']), '', 'on:', '  push:', '    branches: [main]', '  workflow_dispatch:', '',
         'env:', '  NODE_VERSION: "20"']
    for it in items:
        L.append('  %s: %s' % (upper(it['name']), yq(it['value'], it.get('raw'))))
    L += ['', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - uses: actions/setup-node@v4', '        with:',
          '          node-version: ${{ env.NODE_VERSION }}', '          cache: npm', '      - run: npm ci', '      - run: npm test -- --ci']
    if R.random() < 0.6:
        L += ['      - name: Deploy', '        if: github.ref == \'refs/heads/main\'', '        run: ./scripts/deploy.sh %s' % R.choice(['production', 'staging'])]
    return L


def lang_yaml_gitlab(items, style, sp):
    L = ['stages:', '  - test', '  - build', '  - deploy', '', 'variables:', '  DOCKER_DRIVER: overlay2', '  GIT_DEPTH: "20"']
    for it in items:
        L.append('  %s: %s' % (upper(it['name']), yq(it['value'], it.get('raw'))))
    L += ['', 'test:', '  stage: test', '  image: python:3.12', '  script:', '    - pip install -r requirements.txt', '    - pytest -q', '',
          'build:', '  stage: build', '  image: docker:24', '  services:', '    - docker:24-dind', '  script:',
          '    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .', '    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA',
          '', 'deploy:', '  stage: deploy', '  script:', '    - ./deploy.sh', '  only:', '    - main']
    return L


def lang_yaml_helm(items, style, sp):
    s = SV()
    L = ['# Default values for %s.' % s, 'replicaCount: %d' % I(1, 5), '', 'image:', '  repository: %s/%s' % (ORG(), s), '  tag: ""', '  pullPolicy: IfNotPresent', '',
         'service:', '  type: ClusterIP', '  port: 80', '', 'ingress:', '  enabled: %s' % R.choice(['true', 'false']), '  className: nginx', '']
    L.append('%s:' % camel(sp.prov if sp else 'app'))
    for it in items:
        L.append('  %s: %s' % (camel(it['name']), yq(it['value'], it.get('raw'))))
    L += ['', 'resources:', '  limits:', '    cpu: 500m', '    memory: 512Mi', '', 'nodeSelector: {}', 'tolerations: []']
    return L


def lang_yaml_spring(items, style, sp):
    L = ['server:', '  port: 8080', 'spring:', '  application:', '    name: %s' % SV(), '  jpa:', '    hibernate:', '      ddl-auto: validate',
         'management:', '  endpoints:', '    web:', '      exposure:', '        include: health,info', '']
    L.append('%s:' % kebab(sp.prov if sp else 'app'))
    for it in items:
        L.append('  %s: %s' % (kebab(it['name']), yq(it['value'], it.get('raw'))))
    L += ['logging:', '  level:', '    root: INFO', '    com.%s: DEBUG' % ORG()]
    return L


def nest_json(items, sp, flavor):
    d = {}
    if flavor == 'appsettings':
        d['Logging'] = {'LogLevel': {'Default': 'Information', 'Microsoft.AspNetCore': 'Warning'}}
        d['AllowedHosts'] = '*'
        sec = {}
        for it in items:
            sec[pascal(it['name'])] = it['value']
        d[pascal(sp.prov) if sp else 'Api'] = sec
        d['Kestrel'] = {'Endpoints': {'Http': {'Url': 'http://0.0.0.0:%d' % R.choice([5000, 8080])}}}
    elif flavor == 'launch':
        env = {'ASPNETCORE_ENVIRONMENT': 'Development'} if R.random() < 0.3 else {'NODE_ENV': 'development'}
        for it in items:
            env[upper(it['name'])] = it['value']
        d = {'version': '0.2.0', 'configurations': [{'type': R.choice(['node', 'python', 'go']), 'request': 'launch', 'name': 'Launch %s' % SV(),
                                                     'program': '${workspaceFolder}/%s' % R.choice(['src/index.js', 'main.py', 'cmd/server']), 'env': env,
                                                     'console': 'integratedTerminal'}]}
    else:
        d = {'name': SV(), 'port': R.choice([3000, 8080]), 'logLevel': 'info', 'database': {'host': 'db.internal', 'port': 5432, 'pool': I(2, 20)}}
        grp = {}
        for it in items:
            grp[camel(it['name'])] = it['value']
        d[camel(sp.prov) if sp else 'api'] = grp
        d['features'] = {'betaDashboard': R.random() < 0.5, 'exportCsv': True}
    return d


def lang_json(items, style, sp, flavor='config'):
    ind = R.choice([2, 4])
    return json.dumps(nest_json(items, sp, flavor), indent=ind).split('\n')


def lang_toml(items, style, sp):
    L = ['[app]', 'name = "%s"' % SV(), 'port = %d' % R.choice([8000, 8080]), 'debug = false', '', '[database]', 'host = "db.internal"', 'port = 5432', 'pool_size = %d' % I(2, 20), '']
    L.append('[%s]' % snake(sp.prov if sp else 'api'))
    for it in items:
        L.append('%s = %s' % (snake(it['name']), it['value'] if it.get('raw') else '"%s"' % it['value']))
    L += ['', '[logging]', 'level = "info"', 'format = "json"']
    return L


def lang_ini(items, style, sp):
    L = ['[DEFAULT]', 'environment = production', 'log_level = INFO', '', '[server]', 'host = 0.0.0.0', 'port = %d' % R.choice([8000, 8080]), 'workers = %d' % I(2, 8), '']
    L.append('[%s]' % snake(sp.prov if sp else 'api'))
    for it in items:
        L.append('%s = %s' % (snake(it['name']), it['value']))
    L += ['timeout = %d' % I(5, 60), '', '[cache]', 'backend = redis', 'url = redis://cache.internal:6379/0']
    return L


def lang_properties(items, style, sp):
    L = ['# Application properties', 'server.port=8080', 'spring.application.name=%s' % SV(), 'spring.jpa.open-in-view=false',
         'spring.datasource.url=jdbc:postgresql://db.internal:5432/%s' % SV(), 'spring.datasource.username=app', 'management.endpoints.web.exposure.include=health,info']
    R.shuffle(L[1:])
    pos = R.randint(1, len(L))
    for i, it in enumerate(items):
        L.insert(pos + i, '%s.%s=%s' % (kebab(sp.prov if sp else 'app'), kebab(it['name']), it['value']))
    L += ['logging.level.root=INFO', 'logging.level.com.%s=DEBUG' % ORG()]
    return L


def lang_dockerfile(items, style, sp):
    base = R.choice(['python:3.12-slim', 'node:20-alpine', 'golang:1.22', 'eclipse-temurin:21-jre', 'ruby:3.3'])
    L = ['FROM %s' % base, '', 'WORKDIR /app', 'ENV PYTHONUNBUFFERED=1 \\', '    PORT=8080']
    for it in items:
        L.append('%s %s=%s' % (R.choice(['ENV', 'ENV', 'ARG']), upper(it['name']), it['value'] if it.get('raw') or R.random() < 0.5 else '"%s"' % it['value']))
    L += ['', 'COPY requirements.txt package*.json ./', 'RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\',
          '    && rm -rf /var/lib/apt/lists/*', 'COPY . .', 'RUN useradd -m app && chown -R app /app', 'USER app', 'EXPOSE 8080',
          'HEALTHCHECK CMD curl -fs http://localhost:8080/healthz || exit 1', 'CMD ["./entrypoint.sh"]']
    return L


def lang_tf(items, style, sp):
    prov = snake(sp.prov if sp else 'app')
    L = ['terraform {', '  required_version = ">= 1.5"', '  required_providers {', '    aws = {', '      source  = "hashicorp/aws"', '      version = "~> 5.0"', '    }', '  }', '}', '']
    f = R.random()
    if f < 0.4:
        L += ['provider "%s" {' % prov] + ['  %s = "%s"' % (snake(it['name']), it['value']) for it in items] + ['}', '']
    elif f < 0.7:
        for it in items:
            L += ['variable "%s" {' % snake(it['name']), '  type      = string', '  default   = "%s"' % it['value'], '}', '']
    else:
        L += ['locals {'] + ['  %s = "%s"' % (snake(it['name']), it['value']) for it in items] + ['}', '']
    L += ['resource "aws_s3_bucket" "assets" {', '  bucket = "%s-%s-assets"' % (ORG(), SV()), '  tags = {', '    Environment = "production"', '  }', '}']
    return L


def lang_tfvars(items, style, sp):
    L = ['region        = "%s"' % R.choice(REGIONS), 'environment   = "production"', 'instance_type = "t3.%s"' % R.choice(['small', 'medium', 'large']),
         'min_size      = %d' % I(1, 3), 'max_size      = %d' % I(4, 12), 'domain_name   = "%s.io"' % ORG()]
    pos = R.randint(0, len(L))
    for i, it in enumerate(items):
        L.insert(pos + i, '%s = "%s"' % (snake(it['name']), it['value']))
    L += ['', 'tags = {', '  team  = "%s"' % SV(), '  owner = "%s"' % PER(), '}']
    return L


def lang_xml_web(items, style, sp):
    L = ['<?xml version="1.0" encoding="utf-8"?>', '<configuration>', '  <appSettings>', '    <add key="Environment" value="Production" />']
    for it in items:
        L.append('    <add key="%s" value="%s" />' % (pascal(it['name']), it['value']))
    L += ['    <add key="PageSize" value="%d" />' % I(10, 100), '  </appSettings>', '  <system.web>', '    <compilation debug="false" targetFramework="4.8" />',
          '    <httpRuntime targetFramework="4.8" maxRequestLength="%d" />' % (I(1, 50) * 1024), '  </system.web>', '  <system.webServer>', '    <modules runAllManagedModulesForAllRequests="true" />',
          '  </system.webServer>', '</configuration>']
    return L


def lang_xml_maven(items, style, sp):
    main = items[-1]
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">', '  <localRepository>${user.home}/.m2/repository</localRepository>',
         '  <servers>', '    <server>', '      <id>%s-releases</id>' % ORG(), '      <username>%s</username>' % R.choice(['deploy', 'ci', PER()]),
         '      <password>%s</password>' % main['value'], '    </server>', '  </servers>', '  <profiles>', '    <profile>', '      <id>default</id>', '      <properties>']
    for it in items[:-1]:
        L.append('        <%s>%s</%s>' % (dotted(it['name']), it['value'], dotted(it['name'])))
    L += ['        <maven.compiler.release>21</maven.compiler.release>', '      </properties>', '    </profile>', '  </profiles>', '  <activeProfiles>', '    <activeProfile>default</activeProfile>',
          '  </activeProfiles>', '</settings>']
    return L


def lang_xml_android(items, style, sp):
    L = ['<?xml version="1.0" encoding="utf-8"?>', '<resources>', '    <string name="app_name">%s</string>' % pascal(SV()),
         '    <string name="action_settings">Settings</string>', '    <string name="welcome_message">Welcome back!</string>']
    for it in items:
        L.append('    <string name="%s" translatable="false">%s</string>' % (snake(it['name']), it['value']))
    extra = [('error_network', 'Network unavailable. Please retry.'), ('login_title', 'Sign in'), ('logout', 'Log out'), ('retry', 'Retry'),
             ('empty_state', 'Nothing here yet'), ('settings_title', 'Preferences'), ('share', 'Share'), ('delete_confirm', 'Delete this item?'),
             ('notifications', 'Notifications'), ('version_label', 'Version %1$s')]
    L += ['    <string name="%s">%s</string>' % kv for kv in R.sample(extra, R.randint(5, len(extra)))] + ['</resources>']
    return L


def lang_md(items, style, sp):
    s = SV()
    L = ['# %s integration' % cap(s), '', 'This service talks to %s. Configure the following before running locally.' % (sp.prov.replace('_', ' ').title() if sp else 'the upstream API'), '',
         '## Setup', '', '1. Install dependencies with `make install`.', '2. Export the variables below.', '']
    L += ['```bash'] + ['export %s=%s' % (upper(it['name']), shq(it['value']) if not it.get('raw') else it['value']) for it in items] + ['```', '']
    L += ['## Running', '', '```bash', 'make run', '```', '', 'Logs are written to `./logs`. See `docs/architecture.md` for details.']
    return L


def lang_ipynb(items, style, sp):
    src = ['import pandas as pd\n', 'import requests\n', '\n'] + ['%s = "%s"\n' % (upper(it['name']), it['value']) for it in items] + \
          ['resp = requests.get("https://%s/v1/%ss", timeout=30)\n' % (host(), N()), 'df = pd.DataFrame(resp.json()["data"])']
    nb = {'cells': [{'cell_type': 'markdown', 'metadata': {}, 'source': ['# Exploring %s data' % N()]},
                    {'cell_type': 'code', 'execution_count': 1, 'metadata': {}, 'outputs': [], 'source': src},
                    {'cell_type': 'code', 'execution_count': 2, 'metadata': {}, 'outputs': [], 'source': ['df.head()']}],
          'metadata': {'kernelspec': {'display_name': 'Python 3', 'language': 'python', 'name': 'python3'}, 'language_info': {'name': 'python', 'version': '3.11.6'}},
          'nbformat': 4, 'nbformat_minor': 5}
    return json.dumps(nb, indent=1).split('\n')


def lang_sql(items, style, sp):
    t = N()
    L = ['-- seed data for %s' % SV(), 'BEGIN;', '', 'CREATE TABLE IF NOT EXISTS %ss (' % t, '    id BIGSERIAL PRIMARY KEY,', '    name TEXT NOT NULL,', '    created_at TIMESTAMPTZ DEFAULT now()', ');', '']
    main = items[-1]
    if 'PASSWORD' in upper(main['name']) and R.random() < 0.6:
        L.append("CREATE USER %s WITH PASSWORD '%s';" % (R.choice(['app_rw', 'reporting', 'etl']), main['value']))
    else:
        L += ['INSERT INTO integration_settings (provider, setting, value) VALUES']
        rows = ["    ('%s', '%s', '%s')" % (sp.prov if sp else 'app', snake(it['name']), it['value']) for it in items]
        L += [r + ',' for r in rows[:-1]] + [rows[-1] + ';']
    L += ['', "INSERT INTO %ss (name) VALUES ('alpha'), ('beta'), ('gamma');" % t, '', 'COMMIT;']
    return L


def lang_makefile(items, style, sp):
    L = ['.PHONY: build test deploy', '', 'APP := %s' % SV(), 'VERSION ?= $(shell git describe --tags --always)']
    for it in items:
        L.append('%s %s %s' % (upper(it['name']), R.choice(['?=', ':=', '=']), it['value']))
    L += ['', 'build:', '\tdocker build -t $(APP):$(VERSION) .', '', 'test:', '\tgo test ./... -race -count=1', '', 'deploy: build',
          '\t./scripts/deploy.sh $(APP) $(VERSION)']
    return L


def log_ts():
    return '2024-%02d-%02dT%02d:%02d:%02d.%03dZ' % (I(1, 12), I(1, 28), I(0, 23), I(0, 59), I(0, 59), I(0, 999))


def log_line():
    return R.choice(['%s INFO  [%s] request completed method=GET path=/v1/%ss status=200 duration_ms=%d' % (log_ts(), SV(), N(), I(3, 900)),
                     '%s DEBUG [%s] cache hit key=%s:%d' % (log_ts(), SV(), N(), I(1, 99999)),
                     '%s WARN  [%s] retrying upstream call attempt=%d' % (log_ts(), SV(), I(1, 5)),
                     '%s INFO  [worker] processed %d %ss in %.2fs' % (log_ts(), I(1, 500), N(), R.random() * 10)])


def lang_log(items, style, sp):
    L = [log_line() for _ in range(R.randint(6, 30))]
    main = items[-1]
    if main.get('hdr') and R.random() < 0.6:
        hn, hv = main['hdr']
        line = '%s DEBUG [http] outgoing request POST https://%s/v1/%ss headers={"%s": "%s", "Content-Type": "application/json"}' % (log_ts(), host(), N(), hn, hv)
    else:
        line = '%s DEBUG [config] loaded settings: %s' % (log_ts(), ', '.join('%s=%s' % (upper(it['name']), it['value']) for it in items))
    L.insert(R.randint(1, len(L)), line)
    return L


LANGS = {
    'py': (lang_py, ['settings.py', 'config.py', 'app/config.py', 'client.py', 'services/{svc}_client.py', 'scripts/sync_{noun}s.py', 'tasks.py', 'main.py']),
    'js': (lang_js, ['config.js', 'src/config.js', 'index.js', 'server.js', 'scripts/deploy.js', 'lib/{svc}.js']),
    'ts': (lambda i, s, p: lang_js(i, s, p, True), ['src/config.ts', 'src/lib/{svc}.ts', 'config/default.ts', 'src/env.ts', 'app/api/{noun}/route.ts']),
    'go': (lang_go, ['main.go', 'internal/config/config.go', 'pkg/{svc}/client.go', 'cmd/{svc}/main.go']),
    'java': (lang_java, ['src/main/java/com/{org}/{svc}/Config.java', 'src/main/java/com/{org}/{svc}/ApiClient.java']),
    'kt': (lang_kt, ['app/src/main/java/com/{org}/{svc}/ApiConfig.kt', 'src/main/kotlin/{svc}/Config.kt']),
    'cs': (lang_cs, ['Services/{Svc}Client.cs', 'Config/Settings.cs', 'src/{Svc}/Options.cs']),
    'rb': (lang_rb, ['config/initializers/{svc}.rb', 'lib/{svc}_client.rb', 'app/services/{noun}_sync.rb']),
    'php': (lang_php, ['config/services.php', 'src/{Svc}Client.php', 'config.php', 'includes/{svc}.php']),
    'rs': (lang_rs, ['src/main.rs', 'src/config.rs', 'src/{svc}.rs']),
    'swift': (lang_swift, ['Sources/App/Config.swift', '{Svc}/APIClient.swift', 'App/Secrets.swift']),
    'sh': (lang_sh, ['deploy.sh', 'scripts/bootstrap.sh', 'bin/run-{svc}.sh', 'setup_env.sh']),
    'ps1': (lang_ps1, ['deploy.ps1', 'scripts/Set-Env.ps1', 'tools/Publish-{Svc}.ps1']),
    'jenkinsfile': (lang_jenkins, ['Jenkinsfile', 'ci/Jenkinsfile']),
    'env': (lang_env, ['.env', '.env.production', '.env.local', '.env.staging', '.env.development', 'config/.env', 'docker/.env.prod', '.env.backup']),
    'yaml-k8s': (lang_yaml_k8s, ['k8s/deployment.yaml', 'deploy/{svc}-deployment.yml', 'manifests/{svc}.yaml']),
    'yaml-compose': (lang_yaml_compose, ['docker-compose.yml', 'docker-compose.prod.yml', 'compose.yaml']),
    'yaml-gha': (lang_yaml_gha, ['.github/workflows/deploy.yml', '.github/workflows/ci.yml', '.github/workflows/release.yaml']),
    'yaml-gitlab': (lang_yaml_gitlab, ['.gitlab-ci.yml']),
    'yaml-helm': (lang_yaml_helm, ['charts/{svc}/values.yaml', 'helm/values-prod.yaml', 'values.yaml']),
    'yaml-spring': (lang_yaml_spring, ['src/main/resources/application.yml', 'config/application-prod.yml']),
    'json-appsettings': (lambda i, s, p: lang_json(i, s, p, 'appsettings'), ['appsettings.json', 'appsettings.Production.json', 'appsettings.Development.json']),
    'json-launch': (lambda i, s, p: lang_json(i, s, p, 'launch'), ['.vscode/launch.json']),
    'json-config': (lambda i, s, p: lang_json(i, s, p, 'config'), ['config.json', 'config/production.json', 'settings.json', 'config/default.json']),
    'toml': (lang_toml, ['config.toml', 'settings.toml', '.streamlit/secrets.toml', 'wrangler.toml']),
    'ini': (lang_ini, ['config.ini', 'settings.ini', 'app.cfg', 'setup.cfg', 'conf/app.conf']),
    'properties': (lang_properties, ['src/main/resources/application.properties', 'gradle.properties', 'config/app.properties', 'local.properties']),
    'dockerfile': (lang_dockerfile, ['Dockerfile', 'docker/Dockerfile.prod', 'Dockerfile.dev']),
    'tf': (lang_tf, ['main.tf', 'providers.tf', 'modules/{svc}/main.tf']),
    'tfvars': (lang_tfvars, ['terraform.tfvars', 'prod.auto.tfvars', 'env/prod.tfvars']),
    'xml-webconfig': (lang_xml_web, ['web.config', 'App.config']),
    'xml-maven': (lang_xml_maven, ['settings.xml', '.m2/settings.xml']),
    'xml-android': (lang_xml_android, ['app/src/main/res/values/strings.xml']),
    'md': (lang_md, ['README.md', 'docs/setup.md', 'docs/{svc}-integration.md', 'CONTRIBUTING.md', 'notes/debugging.md']),
    'ipynb': (lang_ipynb, ['notebooks/explore_{noun}s.ipynb', 'analysis.ipynb']),
    'sql': (lang_sql, ['migrations/0007_seed_{svc}.sql', 'db/seed.sql', 'scripts/setup_users.sql']),
    'makefile': (lang_makefile, ['Makefile']),
    'log': (lang_log, ['logs/app.log', 'debug.log', 'logs/{svc}-2024-03-14.log', 'build.log']),
}
CODE_FTS = ['py', 'js', 'ts', 'go', 'java', 'kt', 'cs', 'rb', 'php', 'rs', 'swift', 'sh', 'ps1']
STYLE_FTS = set(CODE_FTS)
FT_WEIGHTS = {'py': 9, 'js': 6, 'ts': 6, 'go': 4, 'java': 3, 'kt': 2, 'cs': 3, 'rb': 3, 'php': 3, 'rs': 2, 'swift': 2, 'sh': 5, 'ps1': 2,
              'jenkinsfile': 1, 'env': 9, 'yaml-k8s': 3, 'yaml-compose': 3, 'yaml-gha': 3, 'yaml-gitlab': 2, 'yaml-helm': 2, 'yaml-spring': 2,
              'json-appsettings': 2, 'json-launch': 1, 'json-config': 3, 'toml': 2, 'ini': 2, 'properties': 2, 'dockerfile': 2, 'tf': 2, 'tfvars': 2,
              'xml-webconfig': 1, 'xml-maven': 1, 'xml-android': 1, 'md': 3, 'ipynb': 1, 'sql': 1, 'makefile': 1, 'log': 2}


def fill_path(p):
    return p.replace('{svc}', SV()).replace('{Svc}', pascal(SV())).replace('{noun}', N()).replace('{org}', ORG())


def pick_ft(allowed=None, value=''):
    fts = [f for f in FT_WEIGHTS if (allowed is None or f in allowed)]
    if allowed is not None:
        return R.choice(fts)
    if '$' in value:
        fts = [f for f in fts if f not in ('kt', 'makefile', 'dockerfile')]
    if '&' in value or '<' in value:
        fts = [f for f in fts if not f.startswith('xml')]
    if "'" in value or '"' in value or '\\' in value:
        fts = [f for f in fts if f in ('env', 'yaml-k8s', 'md')] or fts
    w = [FT_WEIGHTS[f] for f in fts]
    return R.choices(fts, weights=w)[0]


def render(ft, items, style, sp):
    fn, names = LANGS[ft]
    if ft not in STYLE_FTS and style in ('dict', 'call', 'header', 'environ'):
        style = 'assign'
    lines = fn(items, style, sp)
    return fill_path(R.choice(names)), lines

# ---- connection strings / URLs with embedded credentials (needle = the password/key part)
def cred_uri(tmpl, pwlen=(14, 28)):
    pw = rs(URLPW, R.randint(*pwlen))
    while not (re.search(r'\d', pw) and re.search(r'[A-Za-z]', pw)):
        pw = rs(URLPW, R.randint(*pwlen))
    u = R.choice(['app', 'admin', 'svc_' + SV(), PER().replace('-', '_'), 'root', 'reporting'])
    return X(tmpl.replace('{user}', u).replace('{pw}', pw).replace('{db}', SV()).replace('{org}', ORG())), pw


S('mongodb', 'connection_uri', lambda: cred_uri('mongodb+srv://{user}:{pw}@cluster0.{l:5}.mongodb.net/{db}?retryWrites=true&w=majority'), 'MONGODB_URI MONGO_URL DATABASE_URL')
S('postgres', 'connection_uri', lambda: cred_uri(R.choice(['postgres', 'postgresql']) + '://{user}:{pw}@{db}-db.{org}.internal:5432/{db}'), 'DATABASE_URL POSTGRES_URL PG_DSN')
S('mysql', 'connection_uri', lambda: cred_uri('mysql://{user}:{pw}@mysql.{org}.internal:3306/{db}'), 'DATABASE_URL MYSQL_URL')
S('redis', 'connection_uri', lambda: cred_uri(R.choice(['redis://default:{pw}@redis-{d:5}.c{d:3}.us-east-1-2.ec2.cloud.redislabs.com:{d:5}', 'rediss://:{pw}@cache.{org}.internal:6380/0'])), 'REDIS_URL CACHE_URL')
S('rabbitmq', 'amqp_uri', lambda: cred_uri('amqps://{user}:{pw}@{w:6}.rmq.cloudamqp.com/{w:8}'), 'AMQP_URL RABBITMQ_URL CLOUDAMQP_URL')
S('mssql', 'jdbc_url', lambda: cred_uri('jdbc:sqlserver://{db}.database.windows.net:1433;database={db};user={user}@{db};password={pw};encrypt=true;'), 'JDBC_URL SPRING_DATASOURCE_URL')
S('azure_sql', 'ado_connection_string', lambda: cred_uri('Server=tcp:{db}-sql.database.windows.net,1433;Initial Catalog={db};User ID={user};Password={pw};Encrypt=True;Connection Timeout=30;'), 'SQL_CONNECTION_STRING DefaultConnection')
S('snowflake', 'connection_uri', lambda: cred_uri('snowflake://{user}:{pw}@{l:7}-{l:7}/{db}/public?warehouse=COMPUTE_WH&role=TRANSFORMER'), 'SNOWFLAKE_URL SNOWFLAKE_CONN')
S('smtp', 'credential_uri', lambda: cred_uri('smtp://{user}:{pw}@smtp.{org}.com:587'), 'SMTP_URL EMAIL_URL MAILER_DSN')
S('ftp', 'credential_uri', lambda: cred_uri('ftp://{user}:{pw}@ftp.{org}.com:21/uploads'), 'FTP_URL SFTP_URL')
S('elasticsearch', 'credential_uri', lambda: cred_uri('https://elastic:{pw}@{l:12}.us-east-1.aws.found.io:9243'), 'ELASTICSEARCH_URL ES_URL')
S('generic', 'https_basic_auth_url', lambda: cred_uri('https://{user}:{pw}@repo.{org}.com/artifactory/api/pypi/simple'), 'PIP_INDEX_URL PRIVATE_REPO_URL')
S('clickhouse', 'connection_uri', lambda: cred_uri('clickhouse://{user}:{pw}@{l:10}.clickhouse.cloud:9440/default?secure=true'), 'CLICKHOUSE_URL')
S('neo4j', 'connection_uri', lambda: cred_uri('neo4j+s://neo4j:{pw}@{h:8}.databases.neo4j.io'), 'NEO4J_URI')


def azure_conn(fmt, keylen):
    k = b64(rb(64 if keylen == 88 else 32))
    return X(fmt.replace('{key}', k)), k


S('azure', 'storage_connection_string', lambda: azure_conn('DefaultEndpointsProtocol=https;AccountName={l:12};AccountKey={key};EndpointSuffix=core.windows.net', 88), 'AZURE_STORAGE_CONNECTION_STRING AzureWebJobsStorage STORAGE_CONNECTION')
S('azure', 'storage_account_key', lambda: b64(rb(64)), 'AZURE_STORAGE_KEY AZURE_STORAGE_ACCOUNT_KEY', weak=True, comp=[('AZURE_STORAGE_ACCOUNT', '{l:12}')])
S('azure', 'service_bus_connection_string', lambda: azure_conn('Endpoint=sb://{l:10}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={key}', 44), 'SERVICEBUS_CONNECTION_STRING AZURE_SERVICEBUS_CONNECTION')
S('azure', 'event_hub_connection_string', lambda: azure_conn('Endpoint=sb://{l:10}.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey={key};EntityPath={w:8}', 44), 'EVENTHUB_CONNECTION_STRING')
S('azure', 'iot_hub_connection_string', lambda: azure_conn('HostName={l:10}.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey={key}', 44), 'IOTHUB_CONNECTION_STRING')
S('azure', 'cosmosdb_connection_string', lambda: azure_conn('AccountEndpoint=https://{l:10}.documents.azure.com:443/;AccountKey={key};', 88), 'COSMOS_CONNECTION_STRING')
S('azure', 'signalr_connection_string', lambda: azure_conn('Endpoint=https://{l:10}.service.signalr.net;AccessKey={key};Version=1.0;', 44), 'AZURE_SIGNALR_CONNECTION_STRING')
S('azure', 'redis_cache_connection', lambda: azure_conn('{l:10}.redis.cache.windows.net:6380,password={key},ssl=True,abortConnect=False', 44), 'REDIS_CONNECTION AZURE_REDIS_CONNECTION')
S('azure', 'app_configuration_connection_string', lambda: azure_conn('Endpoint=https://{l:10}.azconfig.io;Id={a:4}-l0-s0:{a:20};Secret={key}', 44), 'APP_CONFIG_CONNECTION_STRING')


def sas_url():
    sig = rs(AN, 40) + R.choice(['%2B', '%2F', 'x']) + rs(AN, 2) + '%3D'
    return 'https://%s.blob.core.windows.net/%s?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupiytfx&se=2026-%02d-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=%s' % (rs(LO, 12), R.choice(['uploads', 'backups', 'exports']), I(1, 12), sig), sig


S('azure', 'sas_url', sas_url, 'AZURE_SAS_URL BLOB_SAS_URL BACKUP_CONTAINER_URL')
S('generic', 'basic_auth_header', lambda: b64(('%s:%s' % (R.choice(['admin', 'api', PER()]), rs(PWA, R.randint(12, 20)))).encode()), 'BASIC_AUTH_CREDENTIALS SERVICE_BASIC_AUTH', hdr='Authorization: Basic {}', weak=True)
S('crates_io', 'api_token', 'cio{a:32}', 'CARGO_REGISTRY_TOKEN CRATES_IO_TOKEN')


# ================================================================ SPECIAL POSITIVES (whole-file)
SPECIALS = []


def SPX(prov, kind):
    def deco(fn):
        SPECIALS.append((prov, kind, fn))
        return fn
    return deco


@SPX('google', 'service_account_json')
def sp_gcp():
    proj = '%s-%s-%d' % (ORG(), SV(), I(100000, 999999))
    sa = R.choice(['terraform', 'ci-deployer', 'bq-reader', SV() + '-sa'])
    p = pem('PRIVATE KEY', rsa_pkcs8()) + '\n'
    d = {'type': 'service_account', 'project_id': proj, 'private_key_id': rs(HX, 40), 'private_key': p,
         'client_email': '%s@%s.iam.gserviceaccount.com' % (sa, proj), 'client_id': rs(DG, 21),
         'auth_uri': 'https://accounts.google.com/o/oauth2/auth', 'token_uri': 'https://oauth2.googleapis.com/token',
         'auth_provider_x509_cert_url': 'https://www.googleapis.com/oauth2/v1/certs',
         'client_x509_cert_url': 'https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com' % (sa, proj),
         'universe_domain': 'googleapis.com'}
    needle = '-----BEGIN PRIVATE KEY-----\\n' + p.split('\n')[1]
    js = json.dumps(d, indent=2)
    if R.random() < 0.7:
        return R.choice(['gcp-key.json', 'credentials/service-account.json', '%s-%s.json' % (proj, rs(HX, 12)), 'firebase-adminsdk.json']), js.split('\n'), needle, 'json-gcp-sa'
    L = ['provider "google" {', '  project     = "%s"' % proj, '  region      = "us-central1"', '  credentials = <<EOF'] + js.split('\n') + ['EOF', '}', '',
         'resource "google_storage_bucket" "assets" {', '  name     = "%s-assets"' % proj, '  location = "US"', '}']
    return 'infra/main.tf', L, needle, 'tf'


def embed_block(block, prov, fname_raw):
    """embed a multi-line PEM-ish block in one of several containers"""
    hdr = block.split('\n')[0]
    c = R.random()
    if c < 0.3:
        return fname_raw, block.split('\n'), hdr, 'keyfile'
    if c < 0.45:
        L = ['import jwt', 'import time', '', 'PRIVATE_KEY = """' + block.split('\n')[0]] + block.split('\n')[1:] + ['"""', '',
             'def make_token(app_id):', '    now = int(time.time())', '    payload = {"iat": now - 60, "exp": now + 600, "iss": app_id}',
             '    return jwt.encode(payload, PRIVATE_KEY, algorithm="RS256")']
        return R.choice(['auth.py', 'app/github_app.py', 'signing.py']), L, hdr, 'py'
    if c < 0.6:
        L = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: %s-tls' % SV(), '  namespace: %s' % R.choice(['prod', 'default', 'ingress']), 'type: Opaque', 'stringData:',
             '  %s: |' % R.choice(['tls.key', 'private.pem', 'id_rsa', 'signing.key'])] + ['    ' + x for x in block.split('\n')]
        return R.choice(['k8s/secret.yaml', 'manifests/tls-secret.yml']), L, hdr, 'yaml-k8s'
    if c < 0.75:
        esc = block.replace('\n', '\\n')
        kv = pool_n(R.randint(4, 12))
        L = ['%s=%s' % kv_ for kv_ in kv]
        L.insert(R.randint(0, len(L)), '%s="%s"' % (R.choice(['PRIVATE_KEY', 'GITHUB_APP_PRIVATE_KEY', 'JWT_PRIVATE_KEY', 'SIGNING_KEY']), esc))
        return R.choice(['.env', '.env.production']), L, hdr, 'env'
    if c < 0.87:
        L = ['deploy:', '  stage: deploy', '  image: alpine:3.19', '  variables:', '    SSH_PRIVATE_KEY: |'] + ['      ' + x for x in block.split('\n')] + \
            ['  before_script:', '    - apk add --no-cache openssh-client', '    - eval $(ssh-agent -s)', '    - echo "$SSH_PRIVATE_KEY" | ssh-add -',
             '  script:', '    - ssh deploy@%s "cd /srv/app && git pull && systemctl restart app"' % host()]
        return '.gitlab-ci.yml', L, hdr, 'yaml-gitlab'
    L = ['resource "tls_locally_signed_cert" "web" {', '  cert_request_pem   = file("web.csr")', '}', '', 'locals {', '  ca_private_key = <<-EOT'] + \
        ['    ' + x for x in block.split('\n')] + ['  EOT', '}']
    return 'pki/main.tf', L, hdr, 'tf'


@SPX('generic', 'rsa_private_key_pkcs1')
def sp_rsa():
    return embed_block(pem('RSA PRIVATE KEY', rsa_pkcs1(R.choice([2048, 2048, 4096]))), 'rsa', R.choice(['id_rsa', 'server.key', 'deploy_key', 'keys/private.pem']))


@SPX('generic', 'private_key_pkcs8')
def sp_pkcs8():
    return embed_block(pem('PRIVATE KEY', R.choice([rsa_pkcs8, ed25519_pkcs8, ec_pkcs8])()), 'pkcs8', R.choice(['key.pem', 'tls.key', 'certs/server-key.pem']))


@SPX('generic', 'ec_private_key')
def sp_ec():
    return embed_block(pem('EC PRIVATE KEY', ec_sec1()), 'ec', R.choice(['ec.key', 'jwt-es256.pem', 'secrets/ecdsa.pem']))


@SPX('generic', 'openssh_private_key')
def sp_openssh():
    return embed_block(openssh_ed25519('%s@%s' % (PER(), R.choice(['laptop', 'build-01', 'bastion']))), 'openssh', R.choice(['id_ed25519', '.ssh/id_ed25519', 'deploy/id_ed25519']))


@SPX('generic', 'pgp_private_key_block')
def sp_pgp():
    return embed_block(pgp_block('PRIVATE'), 'pgp', R.choice(['signing-key.asc', 'release-private.asc', 'keys/secring.asc']))


@SPX('github', 'app_private_key')
def sp_ghapp():
    rel, L, n, ft = embed_block(pem('RSA PRIVATE KEY', rsa_pkcs1(2048)), 'github', '%s-bot.%s.private-key.pem' % (ORG(), '2024-%02d-%02d' % (I(1, 12), I(1, 28))))
    return rel, L, n, ft


@SPX('apple', 'app_store_connect_p8')
def sp_p8():
    kid = rs(UP + DG, 10)
    return 'AuthKey_%s.p8' % kid, pem('PRIVATE KEY', ec_pkcs8()).split('\n'), '-----BEGIN PRIVATE KEY-----', 'keyfile'


@SPX('putty', 'ppk_private_key')
def sp_putty():
    t = putty_ppk('%s@%s' % (PER(), ORG()))
    return R.choice(['keys/deploy.ppk', 'bastion.ppk']), t.split('\n'), 'PuTTY-User-Key-File-3: ssh-ed25519', 'ppk'


@SPX('kubernetes', 'secret_data_base64')
def sp_k8s_secret():
    s = SV()
    val = R.choice([lambda: rs(PWA, R.randint(14, 24)), lambda: gh_token('ghp_'), lambda: 'sk_live_' + rs(AN, 24), lambda: rs(HX, 40)])()
    enc = b64(val.encode())
    L = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: %s-credentials' % s, '  namespace: %s' % R.choice(['prod', 'default', s]), '  labels:',
         '    app: %s' % s, 'type: Opaque', 'data:', '  username: %s' % b64(R.choice(['app', 'admin', s]).encode())]
    key = R.choice(['password', 'api-token', 'DB_PASSWORD', 'STRIPE_SECRET_KEY', 'token'])
    L.append('  %s: %s' % (key, enc))
    return R.choice(['k8s/secret.yaml', 'deploy/%s-secret.yml' % s]), L, enc, 'yaml-k8s'


@SPX('docker', 'config_json_auth')
def sp_docker_cfg():
    reg = R.choice(['https://index.docker.io/v1/', 'ghcr.io', 'registry.gitlab.com', '%s.azurecr.io' % ORG(), 'quay.io'])
    pw = {'ghcr.io': lambda: gh_token('ghp_'), 'registry.gitlab.com': lambda: 'glpat-' + rs(AN + '_-', 20)}.get(reg, lambda: rs(PWA, 20))()
    a = b64(('%s:%s' % (R.choice(['ci', PER(), ORG()]), pw)).encode())
    d = {'auths': {reg: {'auth': a}}}
    if R.random() < 0.5:
        d['credsStore'] = ''
        d['HttpHeaders'] = {'User-Agent': 'Docker-Client/24.0.7 (linux)'}
    return R.choice(['.docker/config.json', 'ci/docker-config.json']), json.dumps(d, indent=R.choice([1, 2, 4])).split('\n'), a, 'json-docker'


@SPX('npm', 'npmrc_auth_token')
def sp_npmrc():
    c = R.random()
    if c < 0.5:
        tok = gh_token('npm_'); line = '//registry.npmjs.org/:_authToken=%s' % tok
    elif c < 0.8:
        tok = gh_token('ghp_'); line = '//npm.pkg.github.com/:_authToken=%s' % tok
    else:
        tok = rs(B64, 60) + '='; line = '//%s.jfrog.io/artifactory/api/npm/npm-virtual/:_authToken=%s' % (ORG(), tok)
    L = ['registry=https://registry.npmjs.org/', '@%s:registry=https://npm.pkg.github.com' % ORG(), line, 'always-auth=true', 'save-exact=true', 'engine-strict=true', 'fund=false']
    return R.choice(['.npmrc', 'frontend/.npmrc']), L, tok, 'npmrc'


@SPX('npm', 'npmrc_basic_auth')
def sp_npmrc2():
    a = b64(('%s:%s' % (PER(), rs(PWA, 18))).encode())
    L = ['registry=https://nexus.%s.com/repository/npm-group/' % ORG(), '_auth=%s' % a, 'email=%s@%s.com' % (PER(), ORG()), 'always-auth=true', 'strict-ssl=true']
    return '.npmrc', L, a, 'npmrc'


@SPX('pypi', 'pypirc_password')
def sp_pypirc():
    t = pypi_token()
    L = ['[distutils]', 'index-servers =', '    pypi', '    testpypi', '', '[pypi]', 'repository = https://upload.pypi.org/legacy/', 'username = __token__', 'password = %s' % t,
         '', '[testpypi]', 'repository = https://test.pypi.org/legacy/', 'username = __token__']
    return '.pypirc', L, t, 'ini'


@SPX('generic', 'netrc_password')
def sp_netrc():
    m, pw = R.choice([('api.heroku.com', uuid4()), ('github.com', gh_token('ghp_')), ('gitlab.%s.com' % ORG(), 'glpat-' + rs(AN, 20)),
                      ('ftp.%s.com' % ORG(), rs(PWA, 16)), ('urs.earthdata.nasa.gov', rs(PWA, 14))])
    L = ['machine %s' % m, '  login %s@%s.com' % (PER(), ORG()), '  password %s' % pw, '', 'default', '  login anonymous', '  password guest@']
    return '.netrc', L, pw, 'netrc'


@SPX('git', 'credentials_url')
def sp_gitcred():
    tok = R.choice([lambda: gh_token('ghp_'), lambda: 'glpat-' + rs(AN, 20), lambda: gh_token('ghs_'), lambda: 'ATBB' + rs(AN, 32)])()
    hostn = {'gh': 'github.com', 'gl': 'gitlab.com', 'AT': 'bitbucket.org'}[tok[:2]]
    u = {'github.com': R.choice([PER(), 'x-access-token']), 'gitlab.com': 'oauth2', 'bitbucket.org': PER()}[hostn]
    url = 'https://%s:%s@%s/%s/%s.git' % (u, tok, hostn, ORG(), SV())
    if R.random() < 0.4:
        return '.git-credentials', [url.rsplit('/', 2)[0]], tok, 'git-credentials'
    L = ['#!/usr/bin/env bash', 'set -e', 'WORKDIR=$(mktemp -d)', 'cd "$WORKDIR"', 'git clone --depth 1 %s src' % url, 'cd src', 'make release', 'echo "done"']
    return 'scripts/mirror.sh', L, tok, 'sh'


@SPX('aws', 'credentials_file')
def sp_awscred():
    kid = 'AKIA' + rs(ALPH['z'], 16); sec = rs(B64, 40)
    L = ['[default]', 'aws_access_key_id = %s' % kid, 'aws_secret_access_key = %s' % sec, 'region = %s' % R.choice(REGIONS), '', '[profile %s]' % SV(),
         'role_arn = arn:aws:iam::%d:role/%s' % (I(10 ** 11, 10 ** 12 - 1), R.choice(['admin', 'deploy', 'readonly'])), 'source_profile = default', 'output = json']
    return R.choice(['.aws/credentials', 'aws/credentials']), L, sec, 'ini', [kid]


@SPX('aws', 'boto3_inline_keys')
def sp_boto():
    kid = 'AKIA' + rs(ALPH['z'], 16); sec = rs(B64, 40)
    L = ['import boto3', '', 's3 = boto3.client(', '    "s3",', '    region_name="%s",' % R.choice(REGIONS), '    aws_access_key_id="%s",' % kid,
         '    aws_secret_access_key="%s",' % sec, ')', '', 'def upload(path, key):', '    s3.upload_file(path, "%s-%s", key)' % (ORG(), SV()), '    return key', '',
         'if __name__ == "__main__":', '    upload("report.csv", "reports/report.csv")']
    return 'scripts/upload.py', L, sec, 'py', [kid]


@SPX('kubernetes', 'kubeconfig_token')
def sp_kubeconfig():
    tok = jwt({'iss': 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'kube-system', 'kubernetes.io/serviceaccount/service-account.name': 'ci-deployer',
               'sub': 'system:serviceaccount:kube-system:ci-deployer'}, 'RS256')
    cl = R.choice(['prod', 'staging']) + '-' + SV()
    L = ['apiVersion: v1', 'kind: Config', 'clusters:', '- cluster:', '    certificate-authority-data: ' + b64(b'-----BEGIN CERTIFICATE-----\n' + rb(60)),
         '    server: https://%s.%s.k8s.local:6443' % (cl, ORG()), '  name: %s' % cl, 'contexts:', '- context:', '    cluster: %s' % cl, '    user: ci-deployer',
         '  name: %s' % cl, 'current-context: %s' % cl, 'users:', '- name: ci-deployer', '  user:', '    token: %s' % tok]
    return R.choice(['kubeconfig', '.kube/config', 'ci/kubeconfig.yaml']), L, tok, 'kubeconfig'


@SPX('wireguard', 'interface_private_key')
def sp_wg():
    k = b64(rb(32))
    L = ['[Interface]', 'Address = 10.%d.0.%d/24' % (I(0, 200), I(2, 200)), 'PrivateKey = %s' % k, 'ListenPort = 51820', 'DNS = 1.1.1.1', '',
         '[Peer]', 'PublicKey = %s' % b64(rb(32)), 'AllowedIPs = 10.%d.0.0/16' % I(0, 200), 'Endpoint = vpn.%s.com:51820' % ORG(), 'PersistentKeepalive = 25']
    return R.choice(['wg0.conf', 'vpn/wg0.conf']), L, k, 'ini'


@SPX('age', 'key_file')
def sp_agefile():
    k = age_secret()
    L = ['# created: 2024-%02d-%02dT%02d:%02d:%02d+01:00' % (I(1, 12), I(1, 28), I(0, 23), I(0, 59), I(0, 59)), '# public key: %s' % age_public(), k]
    return R.choice(['keys.txt', '.config/sops/age/keys.txt']), L, k, 'age'


@SPX('postgres', 'pgpass')
def sp_pgpass():
    pw = rs(PWA.replace(':', ''), R.randint(14, 24))
    L = ['# hostname:port:database:username:password', 'db.internal:5432:%s:app:%s' % (SV(), pw), 'localhost:5432:*:postgres:*']
    return '.pgpass', L, pw, 'pgpass'


@SPX('generic', 'curl_user_password')
def sp_curl_u():
    pw = rs(PWA.replace('!', ''), R.randint(12, 22))
    u = R.choice(['admin', 'api', PER()])
    L = ['#!/bin/sh', '# trigger nightly export', 'set -e', 'DATE=$(date +%F)', 'curl -fsS -u %s:%s \\' % (u, pw), '  -X POST "https://jenkins.%s.com/job/export/buildWithParameters?DATE=$DATE"' % ORG(),
         'echo "triggered export for $DATE"']
    return R.choice(['cron/export.sh', 'trigger.sh']), L, pw, 'sh'


@SPX('azure', 'publish_profile_password')
def sp_pubprof():
    app = '%s-%s' % (ORG(), SV()); pw = rs(AN, 60)
    L = ['<publishData>', '  <publishProfile profileName="%s - Web Deploy" publishMethod="MSDeploy" publishUrl="%s.scm.azurewebsites.net:443" msdeploySite="%s" userName="$%s" userPWD="%s" destinationAppUrl="https://%s.azurewebsites.net" SQLServerDBConnectionString="" mySQLDBConnectionString="" hostingProviderForumLink="" controlPanelLink="https://portal.azure.com" webSystem="WebSites">' % (app, app, app, app, pw, app),
         '    <databases />', '  </publishProfile>', '</publishData>']
    return '%s.PublishSettings' % app, L, pw, 'xml'


@SPX('composer', 'auth_json')
def sp_composer():
    if R.random() < 0.5:
        t = gh_token('ghp_'); d = {'github-oauth': {'github.com': t}}
    else:
        t = rs(HX, 40); d = {'http-basic': {'repo.packagist.com': {'username': 'token', 'password': t}}}
    return 'auth.json', json.dumps(d, indent=4).split('\n'), t, 'json'


@SPX('crates_io', 'credentials_toml')
def sp_cargo():
    t = 'cio' + rs(AN, 32)
    return R.choice(['.cargo/credentials.toml', 'cargo/credentials']), ['[registry]', 'token = "%s"' % t], t, 'toml'


@SPX('rubygems', 'gem_credentials')
def sp_gemcred():
    t = 'rubygems_' + rs(HX, 48)
    return '.gem/credentials', ['---', ':rubygems_api_key: %s' % t], t, 'yaml'


@SPX('terraform_cloud', 'credentials_tfrc')
def sp_tfrc():
    t = rs(AN, 14) + '.atlasv1.' + rs(AN, 67)
    d = {'credentials': {'app.terraform.io': {'token': t}}}
    return '.terraform.d/credentials.tfrc.json', json.dumps(d, indent=2).split('\n'), t, 'json'


@SPX('generic', 'hardcoded_login_call')
def sp_login_call():
    pw = rs(PWA, R.randint(12, 20))
    lang = R.choice(['py', 'js', 'java'])
    if lang == 'py':
        L = ['import psycopg2', '', 'def connect():', '    return psycopg2.connect(', '        host="db.internal",', '        dbname="%s",' % SV(), '        user="app",',
             '        password="%s",' % pw, '    )', '', 'def count_rows(table):', '    with connect() as conn, conn.cursor() as cur:', '        cur.execute(f"SELECT count(*) FROM {table}")',
             '        return cur.fetchone()[0]']
        return 'db.py', L, pw, 'py'
    if lang == 'js':
        L = ["const mysql = require('mysql2/promise');", '', 'async function getPool() {', '  return mysql.createPool({', "    host: 'db.internal',", "    user: 'app',",
             "    password: '%s'," % pw, "    database: '%s'," % SV(), '    connectionLimit: %d,' % I(5, 20), '  });', '}', '', 'module.exports = { getPool };']
        return 'src/db.js', L, pw, 'js'
    L = ['import java.sql.Connection;', 'import java.sql.DriverManager;', '', 'public class Db {', '    public static Connection open() throws Exception {',
         '        return DriverManager.getConnection(', '            "jdbc:postgresql://db.internal:5432/%s",' % SV(), '            "app",', '            "%s");' % pw, '    }', '}']
    return 'src/main/java/Db.java', L, pw, 'java'

# ================================================================ NEGATIVES
class Dummy:
    def __init__(self, prov):
        self.prov, self.hdr, self.url, self.cls = prov, None, None, None


NEGS = []


def NG(kind):
    def deco(fn):
        NEGS.append((kind, fn))
        return fn
    return deco


ENVREF = {
    'py': lambda u: R.choice(['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")']) % u,
    'js': lambda u: R.choice(['process.env.%s', 'process.env.%s ?? ""', "process.env['%s']"]) % u,
    'ts': lambda u: R.choice(['process.env.%s!', 'process.env.%s ?? ""']) % u,
    'go': lambda u: 'os.Getenv("%s")' % u,
    'java': lambda u: 'System.getenv("%s")' % u,
    'kt': lambda u: 'System.getenv("%s") ?: error("%s is not set")' % (u, u),
    'cs': lambda u: 'Environment.GetEnvironmentVariable("%s")' % u,
    'rb': lambda u: R.choice(['ENV.fetch("%s")', 'ENV["%s"]']) % u,
    'php': lambda u: R.choice(["getenv('%s')", "$_ENV['%s'] ?? ''"]) % u,
    'rs': lambda u: 'std::env::var("%s").expect("%s must be set")' % (u, u),
    'swift': lambda u: 'ProcessInfo.processInfo.environment["%s"] ?? ""' % u,
    'sh': lambda u: '"${%s:?%s is required}"' % (u, u),
    'ps1': lambda u: '$env:%s' % u,
    'jenkinsfile': lambda u: "credentials('%s')" % kebab(u),
    'yaml-gha': lambda u: '${{ secrets.%s }}' % u,
    'yaml-gitlab': lambda u: '"$%s"' % u,
    'yaml-compose': lambda u: '${%s}' % u,
    'yaml-spring': lambda u: '${%s}' % u,
    'properties': lambda u: '${%s}' % u,
    'dockerfile': lambda u: '${%s}' % u,
    'tf': lambda u: '${var.%s}' % u.lower(),
    'makefile': lambda u: '$(shell cat /run/secrets/%s)' % u.lower(),
}

SECRET_NAMES = [('stripe', 'STRIPE_SECRET_KEY'), ('openai', 'OPENAI_API_KEY'), ('github', 'GITHUB_TOKEN'), ('aws', 'AWS_SECRET_ACCESS_KEY'),
                ('generic', 'DB_PASSWORD'), ('slack', 'SLACK_BOT_TOKEN'), ('sendgrid', 'SENDGRID_API_KEY'), ('anthropic', 'ANTHROPIC_API_KEY'),
                ('twilio', 'TWILIO_AUTH_TOKEN'), ('generic', 'JWT_SECRET'), ('datadog', 'DD_API_KEY'), ('generic', 'API_KEY'), ('npm', 'NPM_TOKEN'),
                ('mailgun', 'MAILGUN_API_KEY'), ('generic', 'CLIENT_SECRET'), ('huggingface', 'HF_TOKEN')]


def emb(kind, prov, name, value, fts=None, raw=False, note=None):
    return {'kind': kind, 'provider': prov, 'items': [{'name': name, 'value': value, 'raw': raw}], 'fts': fts, 'note': note}


@NG('env_reference')
def ng_envref():
    prov, name = R.choice(SECRET_NAMES)
    ft = R.choice(list(ENVREF))
    return dict(emb('env_reference', prov, name, ENVREF[ft](upper(name)), [ft], raw=True))


PLACEHOLDERS = [
    ('placeholder_your_key', lambda: R.choice(['YOUR_API_KEY_HERE', 'your-api-key', 'your_api_key_here', 'YOUR_SECRET_KEY', 'insert-your-key-here', 'paste-your-token-here']), None),
    ('placeholder_angle', lambda: R.choice(['<YOUR_TOKEN>', '<token>', '<api-key>', '<your-secret-here>', '<PASSWORD>', '<replace-me>']), ['py', 'js', 'ts', 'go', 'java', 'cs', 'rb', 'php', 'rs', 'swift', 'sh', 'env', 'yaml-compose', 'yaml-helm', 'yaml-gha', 'yaml-spring', 'json-config', 'json-appsettings', 'toml', 'ini', 'md', 'tfvars']),
    ('placeholder_mask_chars', lambda: R.choice(['x' * R.randint(16, 40), 'X' * R.randint(16, 40), '*' * R.randint(8, 32), '0' * R.randint(20, 40), '.' * 12]), None),
    ('placeholder_default_password', lambda: R.choice(['changeme', 'change-me', 'password', 'secret', 'replace-me', 'TODO', 'dummy', 'example', 'test', 'admin']), None),
    ('placeholder_template_var', lambda: R.choice(['{{ api_key }}', '{{ .Values.apiKey }}', '{{ vault_db_password }}', '#{API_KEY}#', '@@API_TOKEN@@', '__API_KEY__']), ['yaml-helm', 'yaml-k8s', 'yaml-compose', 'env', 'json-appsettings', 'xml-webconfig', 'ini', 'toml', 'properties']),
    ('placeholder_printf', lambda: R.choice(['%(password)s', '%(db_password)s', '%s', '{password}', '{}']), ['py', 'ini']),
    ('placeholder_shell_var', lambda: R.choice(['${API_KEY}', '${DB_PASSWORD}', '$TOKEN', '${SECRET_KEY:-}', '$(API_TOKEN)']), ['env', 'yaml-compose', 'yaml-spring', 'properties', 'dockerfile', 'sh', 'tf']),
    ('placeholder_redacted', lambda: R.choice(['REDACTED', '<redacted>', '[REDACTED]', '***REDACTED***', '[FILTERED]', 'hidden']), None),
    ('placeholder_prefix_only', lambda: R.choice(['sk-...', 'sk_live_...', 'ghp_...', 'xoxb-...', 'glpat-...', 'hf_...', 'sk-ant-...', 'AKIA...', 'SG.xxxxx.yyyyy']), None),
    ('placeholder_prefixed_x', lambda: R.choice(['ghp_' + 'x' * 36, 'sk_live_' + 'x' * 24, 'xoxb-' + 'x' * 40, 'glpat-' + 'x' * 20, 'sk-proj-' + 'X' * 48, 'hf_' + 'x' * 34, 'AIza' + 'X' * 35, 'npm_' + 'X' * 36]), None),
    ('placeholder_stripe_test_example', lambda: R.choice(['sk_test_XXXXXXXXXXXXXXXXXXXXXXXX', 'sk_test_EXAMPLEKEY0000000000000000', 'sk_test_your_test_key_here', 'sk_test_1234567890abcdefghijklmn'[:8] + 'EXAMPLE' + 'x' * 17]), None),
    ('aws_documentation_example', lambda: R.choice(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']), None),
    ('empty_value', lambda: '', None),
]


def mk_ph(kind, fn, fts):
    def g():
        prov, name = R.choice(SECRET_NAMES)
        v = fn()
        if kind == 'aws_documentation_example':
            prov, name = 'aws', ('AWS_ACCESS_KEY_ID' if v.startswith('AKIA') else 'AWS_SECRET_ACCESS_KEY')
        if kind == 'placeholder_stripe_test_example':
            prov, name = 'stripe', 'STRIPE_SECRET_KEY'
        if kind == 'placeholder_prefixed_x' or kind == 'placeholder_prefix_only':
            pm = {'sk': ('openai', 'OPENAI_API_KEY'), 'gh': ('github', 'GITHUB_TOKEN'), 'xo': ('slack', 'SLACK_BOT_TOKEN'), 'gl': ('gitlab', 'GITLAB_TOKEN'),
                  'hf': ('huggingface', 'HF_TOKEN'), 'AI': ('google', 'GOOGLE_API_KEY'), 'np': ('npm', 'NPM_TOKEN'), 'AK': ('aws', 'AWS_ACCESS_KEY_ID'), 'SG': ('sendgrid', 'SENDGRID_API_KEY')}
            prov, name = pm.get(v[:2], (prov, name))
            if v.startswith('sk_live'):
                prov, name = 'stripe', 'STRIPE_SECRET_KEY'
        return emb(kind, prov, name, v, fts)
    return g


for _k, _f, _fts in PLACEHOLDERS:
    NEGS.append((_k, mk_ph(_k, _f, _fts)))


def simple_neg(kind, prov, names, gen, fts=None, note=None):
    def g():
        v = gen() if callable(gen) else X(gen)
        return emb(kind, prov, R.choice(names.split()), v, fts, note=note)
    NEGS.append((kind, g))


simple_neg('git_commit_sha', 'none', 'GIT_SHA COMMIT_SHA BASE_REF REVISION PINNED_COMMIT UPSTREAM_SHA', '{h:40}')
simple_neg('sha256_checksum', 'none', 'SHA256 CHECKSUM ARTIFACT_SHA256 EXPECTED_SHA256 TARBALL_SHA256', '{h:64}')
simple_neg('sha512_checksum', 'none', 'SHA512 RELEASE_SHA512 EXPECTED_DIGEST', '{h:128}')
simple_neg('md5_checksum', 'none', 'FILE_MD5 EXPECTED_MD5 ETAG', '{h:32}')
simple_neg('uuid_identifier', 'none', 'REQUEST_ID TENANT_ID AZURE_TENANT_ID AZURE_SUBSCRIPTION_ID AZURE_CLIENT_ID PROJECT_ID WORKSPACE_ID ORG_ID CORRELATION_ID', '{uuid}')
simple_neg('stripe_publishable_key', 'stripe', 'STRIPE_PUBLISHABLE_KEY NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY VITE_STRIPE_PK STRIPE_PK', lambda: R.choice(['pk_live_', 'pk_test_']) + R.choice([rs(AN, 24), '51' + rs(AN, 97)]), note='public-by-design')
simple_neg('google_oauth_client_id', 'google', 'GOOGLE_CLIENT_ID NEXT_PUBLIC_GOOGLE_CLIENT_ID OAUTH_CLIENT_ID', '{d:12}-{l:32}.apps.googleusercontent.com', note='public-by-design')
simple_neg('mapbox_public_token', 'mapbox', 'NEXT_PUBLIC_MAPBOX_TOKEN MAPBOX_PUBLIC_TOKEN VITE_MAPBOX_PUBLIC_TOKEN', lambda: 'pk.' + b64u(json.dumps({'u': PER().replace('-', ''), 'a': rs(LO + DG, 25)}, separators=(',', ':')).encode()) + '.' + rs(B64U, 22), note='public-by-design')
simple_neg('ethereum_address', 'ethereum', 'CONTRACT_ADDRESS TREASURY_ADDRESS TOKEN_ADDRESS MULTISIG_ADDRESS', '0x{h:40}')
simple_neg('docker_image_digest', 'none', 'IMAGE_DIGEST BASE_IMAGE RUNNER_IMAGE', lambda: R.choice(['sha256:' + rs(HX, 64), 'nginx@sha256:' + rs(HX, 64), 'ghcr.io/%s/%s@sha256:%s' % (ORG(), SV(), rs(HX, 64))]))
simple_neg('aws_arn', 'aws', 'ROLE_ARN SECRET_ARN KMS_KEY_ARN TOPIC_ARN DB_SECRET_ARN', lambda: R.choice([
    'arn:aws:iam::%d:role/%s-deploy' % (I(10 ** 11, 10 ** 12 - 1), SV()), 'arn:aws:secretsmanager:%s:%d:secret:prod/%s/db-%s' % (R.choice(REGIONS), I(10 ** 11, 10 ** 12 - 1), SV(), rs(AN, 6)),
    'arn:aws:kms:%s:%d:key/%s' % (R.choice(REGIONS), I(10 ** 11, 10 ** 12 - 1), uuid4()), 'arn:aws:sns:%s:%d:%s-alerts' % (R.choice(REGIONS), I(10 ** 11, 10 ** 12 - 1), SV())]))
simple_neg('secret_manager_reference', 'none', 'DB_PASSWORD API_KEY STRIPE_SECRET_KEY CLIENT_SECRET', lambda: R.choice([
    'op://Production/%s/credential' % pascal(SV()), 'vault:secret/data/%s/prod#api_key' % SV(), '@Microsoft.KeyVault(SecretUri=https://%s-kv.vault.azure.net/secrets/%s/)' % (ORG(), pascal(SV()) + 'Key'),
    'projects/%d/secrets/%s-db-password/versions/latest' % (I(10 ** 11, 10 ** 12 - 1), SV()), 'ssm:/prod/%s/api_key' % SV(), 'sm://%s/stripe-secret' % SV()]))
simple_neg('masked_token', 'none', 'STRIPE_SECRET_KEY GITHUB_TOKEN OPENAI_API_KEY API_KEY', lambda: R.choice([
    'sk_live_' + '*' * 20 + rs(DG, 4), 'ghp_' + '*' * 32 + rs(AN, 4), 'sk-proj-****' + rs(AN, 4), '****-****-****-' + rs(DG, 4), 'xoxb-' + '*' * 12]))
simple_neg('secret_named_non_secret', 'none', 'x', lambda: '')  # replaced below
NEGS.pop()


@NG('secret_named_non_secret')
def ng_secretnamed():
    name, v = R.choice([('TOKEN_TTL_SECONDS', str(R.choice([900, 3600, 86400]))), ('PASSWORD_MIN_LENGTH', str(I(8, 16))), ('API_KEY_HEADER', 'X-API-Key'),
                        ('SECRET_NAME', '%s-credentials' % SV()), ('TOKEN_TYPE', 'Bearer'), ('JWT_ALGORITHM', R.choice(['RS256', 'HS256', 'ES256'])),
                        ('KEY_ROTATION_DAYS', str(R.choice([30, 60, 90]))), ('PASSWORD_RESET_URL', 'https://app.%s.io/reset-password' % ORG()),
                        ('AUTH_TOKEN_URL', 'https://login.%s.com/oauth2/token' % ORG()), ('SECRET_KEY_FILE', '/run/secrets/app_secret_key'),
                        ('API_TOKEN_PATH', '/var/run/secrets/kubernetes.io/serviceaccount/token'), ('PASSWORD_HASHER', 'argon2'),
                        ('CREDENTIALS_PROVIDER', 'environment'), ('SECRET_STORE', 'aws-secrets-manager'), ('ACCESS_KEY_ROTATION', 'enabled')])
    return emb('secret_named_non_secret', 'none', name, v)


@NG('public_identifier')
def ng_publicid():
    name, v = R.choice([('GA_MEASUREMENT_ID', 'G-' + rs(UP + DG, 10)), ('GTM_CONTAINER_ID', 'GTM-' + rs(UP + DG, 7)), ('STRIPE_PRICE_ID', 'price_1' + rs(AN, 23)),
                        ('STRIPE_PRODUCT_ID', 'prod_' + rs(AN, 14)), ('FB_PIXEL_ID', rs(DG, 16)), ('ALGOLIA_APP_ID', rs(UP + DG, 10)),
                        ('SENTRY_ORG', ORG()), ('APP_STORE_ID', rs(DG, 10)), ('SLACK_CHANNEL_ID', 'C0' + rs(UP + DG, 9)), ('HOTJAR_SITE_ID', rs(DG, 7)),
                        ('SEGMENT_SOURCE_ID', rs(AN, 22)), ('YOUTUBE_CHANNEL_ID', 'UC' + rs(B64U, 22)), ('CLOUDFRONT_DISTRIBUTION_ID', 'E' + rs(UP + DG, 13))])
    return emb('public_identifier', 'none', name, v)


@NG('url_with_random_id')
def ng_urlid():
    name, v = R.choice([('PROMO_VIDEO_URL', 'https://www.youtube.com/watch?v=' + rs(B64U, 11)), ('SPEC_DOC_URL', 'https://docs.google.com/document/d/%s/edit' % rs(B64U, 44)),
                        ('DATASET_URL', 'https://%s-%s-public.s3.%s.amazonaws.com/exports/%s.parquet' % (ORG(), SV(), R.choice(REGIONS), uuid4())),
                        ('DESIGN_URL', 'https://www.figma.com/file/%s/%s' % (rs(AN, 22), pascal(SV()))), ('DRIVE_FOLDER_URL', 'https://drive.google.com/drive/folders/' + rs(B64U, 33)),
                        ('GIST_URL', 'https://gist.github.com/%s/%s' % (PER(), rs(HX, 32))), ('STATUS_PAGE', 'https://status.%s.io/incidents/%s' % (ORG(), rs(LO + DG, 12)))])
    return emb('url_with_random_id', 'none', name, v)


# ---------------------------------------------------------------- whole-file negatives
def nf(kind, prov, rel, lines, ft, note=None):
    return {'kind': kind, 'provider': prov, 'file': (rel, lines, ft), 'note': note}


NPM_PKGS = ['react', 'react-dom', 'lodash', 'express', 'axios', 'chalk', 'debug', 'ms', 'semver', 'commander', 'uuid', 'dotenv', 'zod', 'tslib',
            'minimist', 'yargs', 'glob', 'rimraf', 'ws', 'cookie', 'qs', 'body-parser', 'mime-types', 'picocolors', 'nanoid', 'postcss']


def ver(): return '%d.%d.%d' % (I(0, 9), I(0, 30), I(0, 20))


@NG('package_lock_integrity')
def ng_pkglock():
    pk = R.sample(NPM_PKGS, R.randint(3, 6))
    packages = {'': {'name': SV(), 'version': '1.0.0', 'dependencies': {p: '^' + ver() for p in pk}}}
    for p in pk:
        v = ver()
        packages['node_modules/' + p] = {'version': v, 'resolved': 'https://registry.npmjs.org/%s/-/%s-%s.tgz' % (p, p, v), 'integrity': 'sha512-' + b64(rb(64)), 'license': 'MIT'}
    d = {'name': SV(), 'version': '1.0.0', 'lockfileVersion': 3, 'requires': True, 'packages': packages}
    return nf('package_lock_integrity', 'none', 'package-lock.json', json.dumps(d, indent=2).split('\n'), 'json-lock')


@NG('yarn_lock_integrity')
def ng_yarn():
    L = ['# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.', '# yarn lockfile v1', '', '']
    for p in R.sample(NPM_PKGS, R.randint(3, 7)):
        v = ver()
        L += ['%s@^%s:' % (p, v), '  version "%s"' % v, '  resolved "https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s"' % (p, p, v, rs(HX, 40)), '  integrity sha512-' + b64(rb(64)), '']
    return nf('yarn_lock_integrity', 'none', 'yarn.lock', L, 'yarn-lock')


@NG('cargo_lock_checksum')
def ng_cargo():
    L = ['# This file is automatically @generated by Cargo.', '# It is not intended for manual editing.', 'version = 3', '']
    for p in R.sample(['serde', 'tokio', 'anyhow', 'clap', 'reqwest', 'regex', 'rand', 'log', 'bytes', 'hyper', 'itoa', 'memchr'], R.randint(3, 7)):
        L += ['[[package]]', 'name = "%s"' % p, 'version = "%s"' % ver(), 'source = "registry+https://github.com/rust-lang/crates.io-index"', 'checksum = "%s"' % rs(HX, 64), '']
    return nf('cargo_lock_checksum', 'none', 'Cargo.lock', L, 'cargo-lock')


@NG('go_sum_hash')
def ng_gosum():
    L = []
    for m in R.sample(['github.com/spf13/cobra', 'github.com/stretchr/testify', 'golang.org/x/sync', 'golang.org/x/net', 'github.com/google/uuid',
                       'go.uber.org/zap', 'github.com/pkg/errors', 'gopkg.in/yaml.v3', 'github.com/gorilla/mux'], R.randint(3, 7)):
        v = 'v' + ver()
        L += ['%s %s h1:%s=' % (m, v, rs(B64, 43)), '%s %s/go.mod h1:%s=' % (m, v, rs(B64, 43))]
    return nf('go_sum_hash', 'none', 'go.sum', L, 'go-sum')


@NG('pipfile_lock_hashes')
def ng_pipfile():
    d = {'_meta': {'hash': {'sha256': rs(HX, 64)}, 'pipfile-spec': 6, 'requires': {'python_version': '3.11'},
                   'sources': [{'name': 'pypi', 'url': 'https://pypi.org/simple', 'verify_ssl': True}]}, 'default': {}, 'develop': {}}
    for p in R.sample(['requests', 'urllib3', 'idna', 'certifi', 'charset-normalizer', 'flask', 'click', 'jinja2'], R.randint(2, 4)):
        d['default'][p] = {'hashes': ['sha256:' + rs(HX, 64) for _ in range(R.randint(1, 3))], 'index': 'pypi', 'version': '==' + ver()}
    return nf('pipfile_lock_hashes', 'none', 'Pipfile.lock', json.dumps(d, indent=4).split('\n'), 'json-lock')


@NG('terraform_lock_hashes')
def ng_tflock():
    L = ['# This file is maintained automatically by "terraform init".', '# Manual edits may be lost in future updates.', '']
    for p in R.sample(['aws', 'random', 'null', 'google', 'kubernetes'], R.randint(1, 3)):
        v = ver()
        L += ['provider "registry.terraform.io/hashicorp/%s" {' % p, '  version     = "%s"' % v, '  constraints = "~> %s"' % v.rsplit('.', 1)[0], '  hashes = [',
              '    "h1:%s=",' % rs(B64, 43)] + ['    "zh:%s",' % rs(HX, 64) for _ in range(R.randint(2, 5))] + ['  ]', '}', '']
    return nf('terraform_lock_hashes', 'none', '.terraform.lock.hcl', L, 'hcl')


@NG('html_sri_integrity')
def ng_sri():
    L = ['<!doctype html>', '<html lang="en">', '<head>', '  <meta charset="utf-8">', '  <meta name="viewport" content="width=device-width, initial-scale=1">', '  <title>%s dashboard</title>' % cap(SV()),
         '  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css" integrity="sha384-%s" crossorigin="anonymous">' % b64(rb(48)),
         '</head>', '<body>', '  <div id="root"></div>',
         '  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js" integrity="sha384-%s" crossorigin="anonymous"></script>' % b64(rb(48)),
         '  <script src="/static/js/main.%s.js"></script>' % rs(HX, 8), '</body>', '</html>']
    return nf('html_sri_integrity', 'none', R.choice(['index.html', 'public/index.html', 'templates/base.html']), L, 'html')


@NG('gha_pinned_action_sha')
def ng_gha_pin():
    L = ['name: CI', '', 'on:', '  pull_request:', '  push:', '    branches: [main]', '', 'permissions:', '  contents: read', '', 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    steps:',
         '      - uses: actions/checkout@%s # v4.1.1' % rs(HX, 40), '      - uses: actions/setup-python@%s # v5.0.0' % rs(HX, 40), '        with:', '          python-version: "3.12"',
         '      - run: pip install -r requirements-dev.txt', '      - run: pytest -q', '      - uses: codecov/codecov-action@%s # v4' % rs(HX, 40)]
    return nf('gha_pinned_action_sha', 'none', '.github/workflows/ci.yml', L, 'yaml-gha')


@NG('dockerfile_digest_checksum')
def ng_dockerdigest():
    v = ver()
    L = ['FROM python:3.12-slim@sha256:%s' % rs(HX, 64), '', 'ARG TINI_VERSION=v0.19.0', 'ARG HELM_VERSION=%s' % v, 'ENV PIP_NO_CACHE_DIR=1', '',
         'RUN curl -fsSLo /tmp/helm.tgz https://get.helm.sh/helm-v${HELM_VERSION}-linux-amd64.tar.gz \\',
         '    && echo "%s  /tmp/helm.tgz" | sha256sum -c - \\' % rs(HX, 64), '    && tar -xzf /tmp/helm.tgz -C /usr/local/bin --strip-components=1 linux-amd64/helm', '',
         'WORKDIR /app', 'COPY . .', 'RUN pip install .', 'USER 1000', 'ENTRYPOINT ["python", "-m", "app"]']
    return nf('dockerfile_digest_checksum', 'none', 'Dockerfile', L, 'dockerfile')


@NG('k8s_object_metadata')
def ng_k8smeta():
    s = SV()
    L = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  creationTimestamp: "2024-%02d-%02dT10:%02d:00Z"' % (I(1, 12), I(1, 28), I(0, 59)), '  generateName: %s-%s-' % (s, rs(LO + DG, 10)),
         '  name: %s-%s-%s' % (s, rs(LO + DG, 10), rs(LO + DG, 5)), '  namespace: prod', '  resourceVersion: "%d"' % I(10 ** 6, 10 ** 9), '  uid: %s' % uuid4(),
         '  ownerReferences:', '  - apiVersion: apps/v1', '    kind: ReplicaSet', '    name: %s-%s' % (s, rs(LO + DG, 10)), '    uid: %s' % uuid4(), 'spec:', '  containers:',
         '  - image: ghcr.io/%s/%s:1.4.2' % (ORG(), s), '    name: %s' % s, 'status:', '  containerStatuses:', '  - containerID: containerd://%s' % rs(HX, 64),
         '    image: ghcr.io/%s/%s:1.4.2' % (ORG(), s), '    imageID: ghcr.io/%s/%s@sha256:%s' % (ORG(), s, rs(HX, 64)), '    ready: true', '    restartCount: 0', '  phase: Running']
    return nf('k8s_object_metadata', 'none', 'debug/pod-dump.yaml', L, 'yaml-k8s')


@NG('log_request_ids')
def ng_logids():
    L = []
    for _ in range(R.randint(8, 30)):
        L.append(R.choice([
            '%s INFO  request_id=%s trace_id=%s span_id=%s method=GET path=/api/%ss status=200' % (log_ts(), uuid4(), rs(HX, 32), rs(HX, 16), N()),
            '%s INFO  [aws] s3.PutObject ok x-amz-request-id=%s x-amz-id-2=%s' % (log_ts(), rs(UP + DG, 16), rs(B64, 76)),
            '%s WARN  upstream 502 cf-ray=%s-%s retry=1' % (log_ts(), rs(HX, 16), R.choice(['FRA', 'IAD', 'SJC', 'LHR'])),
            '%s DEBUG job=%s queued correlation_id=%s' % (log_ts(), rs(HX, 24), uuid4())]))
    return nf('log_request_ids', 'none', R.choice(['logs/app.log', 'logs/access-2024-05-02.log']), L, 'log')


@NG('ssh_public_key')
def ng_sshpub():
    c = R.random()
    if c < 0.4:
        return nf('ssh_public_key', 'none', R.choice(['id_ed25519.pub', 'keys/deploy.pub']), [ssh_pub_ed25519('%s@%s' % (PER(), ORG()))], 'pubkey')
    if c < 0.75:
        L = ['# managed by ansible'] + [R.choice([ssh_pub_ed25519, ssh_pub_rsa])('%s@%s' % (PER(), ORG())) for _ in range(R.randint(2, 5))]
        return nf('ssh_public_key', 'none', R.choice(['authorized_keys', 'ansible/files/authorized_keys']), L, 'pubkey')
    L = ['|1|%s|%s %s' % (b64(rb(20)), b64(rb(20)), ssh_pub_ed25519('').strip()) for _ in range(R.randint(2, 5))]
    L += ['github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl']
    return nf('ssh_public_key', 'none', 'known_hosts', L, 'pubkey')


@NG('x509_certificate')
def ng_cert():
    body = der_seq(der_seq(der(0xa0, der_int(2)), der_int(big(16)), der_seq(der_oid('1.2.840.113549.1.1.11'), b'\x05\x00'), der(0x04, rb(R.randint(700, 1100)))),
                   der_seq(der_oid('1.2.840.113549.1.1.11'), b'\x05\x00'), der(0x03, b'\x00' + rb(256)))
    L = pem('CERTIFICATE', body).split('\n')
    if R.random() < 0.5:
        L = pem('CERTIFICATE', body).split('\n') + pem('CERTIFICATE', body[:-40] + rb(40)).split('\n')
    return nf('x509_certificate', 'none', R.choice(['certs/ca.crt', 'tls.crt', 'certs/fullchain.pem', 'ca-bundle.pem']), L, 'cert')


@NG('public_key_pem')
def ng_pubpem():
    if R.random() < 0.5:
        spki = der_seq(der_seq(der_oid('1.2.840.113549.1.1.1'), b'\x05\x00'), der(0x03, b'\x00' + der_seq(der_int(big(256)), der_int(65537))))
    else:
        spki = der_seq(der_seq(der_oid('1.2.840.10045.2.1'), der_oid('1.2.840.10045.3.1.7')), der(0x03, b'\x00' + ec_point()))
    L = pem('PUBLIC KEY', spki).split('\n')
    if R.random() < 0.5:
        L = ['# JWT verification key (public) - safe to commit'] + L
    return nf('public_key_pem', 'none', R.choice(['keys/jwt_public.pem', 'public.pem', 'config/verify-key.pub']), L, 'pubkey')


@NG('pgp_public_key_block')
def ng_pgppub():
    return nf('pgp_public_key_block', 'none', R.choice(['KEYS', 'release-signing-key.asc', 'docs/pgp-key.asc']), pgp_block('PUBLIC').split('\n'), 'pubkey')


def png_b64(n=None):
    return b64(b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + rb(n or R.randint(120, 400)))


@NG('css_data_uri')
def ng_datauri():
    cls = N()
    L = ['.%s-card {' % cls, '  display: flex;', '  padding: 12px 16px;', '  border-radius: 8px;', '}', '', '.%s-icon {' % cls, '  width: 16px;', '  height: 16px;',
         '  background-image: url("data:image/png;base64,%s");' % png_b64(), '  background-size: contain;', '}', '', '@media (max-width: 640px) {', '  .%s-card { padding: 8px; }' % cls, '}']
    return nf('css_data_uri', 'none', R.choice(['src/styles/icons.css', 'static/css/app.css']), L, 'css')


@NG('json_base64_image')
def ng_jsonimg():
    d = {'name': pascal(SV()) + ' Widget', 'version': ver(), 'icon': 'data:image/png;base64,' + png_b64() if R.random() < 0.5 else png_b64(),
         'description': 'Embeds the %s summary on the dashboard.' % N(), 'width': 320, 'height': 200}
    return nf('json_base64_image', 'none', R.choice(['widget.json', 'manifest/icon.json']), json.dumps(d, indent=2).split('\n'), 'json-config')


@NG('i18n_strings')
def ng_i18n():
    d = {'auth': {'password': 'Password', 'password_hint': 'At least 12 characters', 'forgot_password': 'Forgot your password?', 'api_key_label': 'API key',
                  'api_key_help': 'Paste the API key from your account settings.', 'token_expired': 'Your session token has expired. Please sign in again.',
                  'secret_copied': 'Secret copied to clipboard', 'regenerate_token': 'Regenerate access token'},
         'common': {'save': 'Save', 'cancel': 'Cancel', 'loading': 'Loading...'}}
    if R.random() < 0.5:
        return nf('i18n_strings', 'none', R.choice(['locales/en.json', 'public/locales/en/common.json']), json.dumps(d, indent=2, ensure_ascii=False).split('\n'), 'json-config')
    L = ['en:']
    for k, sub in d.items():
        L.append('  %s:' % k)
        L += ['    %s: "%s"' % (kk, vv) for kk, vv in sub.items()]
    return nf('i18n_strings', 'none', 'config/locales/en.yml', L, 'yaml')


@NG('test_function_names')
def ng_testnames():
    L = ['import pytest', '', 'from app.auth import validate_api_key, TokenError', '']
    for nm in R.sample(['test_rejects_api_key_with_wrong_prefix', 'test_secret_key_is_not_logged', 'test_expired_access_token_raises_token_error',
                        'test_password_must_have_minimum_length', 'test_missing_authorization_header_returns_401', 'test_token_refresh_rotates_secret',
                        'test_aws_secret_access_key_is_masked_in_repr'], R.randint(3, 5)):
        L += ['def %s():' % nm, '    with pytest.raises(TokenError):', '        validate_api_key(None)', '', '']
    return nf('test_function_names', 'none', R.choice(['tests/test_auth.py', 'tests/unit/test_tokens.py']), L, 'py')


def minified():
    ids = [rs(LO, 1) for _ in range(30)]
    parts = ['!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof define&&define.amd?define(t):(e="undefined"!=typeof globalThis?globalThis:e||self).%s=t()}(this,(function(){"use strict";' % pascal(SV())]
    for i in range(R.randint(6, 14)):
        parts.append('var %s=function(%s,%s){return %s.%s(%s)&&"%s"!==%s?%s:void 0};' % (rs(LO, 2), ids[i], ids[i + 1], ids[i], R.choice(['has', 'includes', 'test']), ids[i + 1], rs(AN, 6), ids[i + 1], ids[i]))
    parts.append('return{version:"%s",chunk:"%s"}}));' % (ver(), rs(HX, 20)))
    return ''.join(parts)


@NG('minified_js')
def ng_minjs():
    L = ['/*! %s v%s | MIT License */' % (SV(), ver()), minified(), '//# sourceMappingURL=%s.min.js.map' % SV()]
    return nf('minified_js', 'none', R.choice(['static/js/vendor.min.js', 'public/lib/%s.min.js' % SV()]), L, 'js-min')


@NG('webpack_chunk_hashes')
def ng_webpack():
    files = {'main.css': '/static/css/main.%s.css' % rs(HX, 8), 'main.js': '/static/js/main.%s.js' % rs(HX, 8)}
    for i in range(R.randint(2, 6)):
        files['static/js/%d.%s.chunk.js' % (I(100, 999), rs(HX, 8))] = '/static/js/%d.%s.chunk.js' % (I(100, 999), rs(HX, 8))
    files['index.html'] = '/index.html'
    d = {'files': files, 'entrypoints': ['static/css/main.%s.css' % rs(HX, 8), 'static/js/main.%s.js' % rs(HX, 8)]}
    return nf('webpack_chunk_hashes', 'none', R.choice(['build/asset-manifest.json', 'dist/manifest.json']), json.dumps(d, indent=2).split('\n'), 'json-config')


@NG('css_module_hashes')
def ng_cssmod():
    L = []
    for _ in range(R.randint(4, 9)):
        L += ['.%s_%s__%s {' % (pascal(N()), R.choice(['root', 'title', 'button', 'grid']), rs(B64U.replace('-', ''), 5)), '  margin: %dpx;' % I(0, 24), '  color: #%s;' % rs(HX, 6), '}']
    return nf('css_module_hashes', 'none', R.choice(['dist/styles.css', 'build/static/css/main.css']), L, 'css')


@NG('git_lfs_pointer')
def ng_lfs():
    return nf('git_lfs_pointer', 'none', R.choice(['assets/hero.psd', 'models/classifier.onnx', 'data/sample.parquet']),
              ['version https://git-lfs.github.com/spec/v1', 'oid sha256:%s' % rs(HX, 64), 'size %d' % I(10 ** 5, 10 ** 9)], 'lfs')


@NG('sops_config_public_recipients')
def ng_sopscfg():
    L = ['creation_rules:', '  - path_regex: secrets/prod/.*\\.yaml$', '    kms: arn:aws:kms:%s:%d:key/%s' % (R.choice(REGIONS), I(10 ** 11, 10 ** 12 - 1), uuid4()),
         '    age: >-', '      %s,' % age_public(), '      %s' % age_public(), '  - path_regex: secrets/dev/.*', '    age: %s' % age_public()]
    return nf('sops_config_public_recipients', 'none', '.sops.yaml', L, 'yaml')


@NG('sops_encrypted_values')
def ng_sopsenc():
    def enc(n):
        return 'ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (b64(rb(n)), b64(rb(32)), b64(rb(16)))
    L = ['database:', '    password: %s' % enc(18), 'stripe:', '    secret_key: %s' % enc(32), 'sops:', '    kms: []', '    age:', '        - recipient: %s' % age_public(),
         '          enc: |', '            -----BEGIN AGE ENCRYPTED FILE-----'] + ['            ' + b64(rb(48)) for _ in range(4)] + \
        ['            -----END AGE ENCRYPTED FILE-----', '    lastmodified: "2024-%02d-%02dT08:00:00Z"' % (I(1, 12), I(1, 28)), '    mac: %s' % enc(32), '    version: 3.8.1']
    return nf('sops_encrypted_values', 'none', 'secrets/prod/app.enc.yaml', L, 'yaml', note='encrypted-at-rest (designed to be committed)')


@NG('ansible_vault_encrypted')
def ng_ansvault():
    h = rs(HX, 80 * R.randint(6, 14))
    L = ['$ANSIBLE_VAULT;1.1;AES256'] + [h[i:i + 80] for i in range(0, len(h), 80)]
    return nf('ansible_vault_encrypted', 'none', R.choice(['group_vars/prod/vault.yml', 'host_vars/db01/vault.yml']), L, 'ansible-vault', note='encrypted-at-rest (designed to be committed)')


@NG('helm_chart_lock_digest')
def ng_chartlock():
    L = ['dependencies:', '- name: postgresql', '  repository: oci://registry-1.docker.io/bitnamicharts', '  version: %s' % ver(), '- name: redis',
         '  repository: oci://registry-1.docker.io/bitnamicharts', '  version: %s' % ver(), 'digest: sha256:%s' % rs(HX, 64), 'generated: "2024-%02d-%02dT09:12:44.1Z"' % (I(1, 12), I(1, 28))]
    return nf('helm_chart_lock_digest', 'none', 'charts/%s/Chart.lock' % SV(), L, 'yaml')


@NG('iam_policy_arns')
def ng_iam():
    acct = I(10 ** 11, 10 ** 12 - 1)
    d = {'Version': '2012-10-17', 'Statement': [
        {'Sid': 'ReadSecrets', 'Effect': 'Allow', 'Action': ['secretsmanager:GetSecretValue'], 'Resource': 'arn:aws:secretsmanager:%s:%d:secret:prod/%s/*' % (R.choice(REGIONS), acct, SV())},
        {'Sid': 'Decrypt', 'Effect': 'Allow', 'Action': ['kms:Decrypt'], 'Resource': 'arn:aws:kms:%s:%d:key/%s' % (R.choice(REGIONS), acct, uuid4())},
        {'Sid': 'Assets', 'Effect': 'Allow', 'Action': ['s3:GetObject', 's3:PutObject'], 'Resource': 'arn:aws:s3:::%s-%s-assets/*' % (ORG(), SV())}]}
    return nf('iam_policy_arns', 'aws', R.choice(['iam/policy.json', 'policies/app-runtime.json']), json.dumps(d, indent=2).split('\n'), 'json-config')


@NG('env_example_template')
def ng_envexample():
    L = ['# Copy to .env and fill in real values. Never commit .env!']
    for _, n in R.sample(SECRET_NAMES, R.randint(4, 8)):
        L.append('%s=%s' % (n, R.choice(['', '', 'your-value-here', '<fill-me>', 'changeme'])))
    L += ['PORT=3000', 'LOG_LEVEL=debug']
    return nf('env_example_template', 'none', R.choice(['.env.example', '.env.sample', '.env.template']), L, 'env')


@NG('docs_placeholder_curl')
def ng_docscurl():
    prov, n = R.choice(SECRET_NAMES)
    L = ['# API quickstart', '', 'Authenticate every request with your API key:', '', '```bash', 'curl https://api.%s.io/v1/%ss \\' % (ORG(), N()),
         '  -H "Authorization: Bearer $%s" \\' % n, '  -H "Content-Type: application/json"', '```', '', 'Generate a key in **Settings → API keys** and export it:', '', '```bash',
         'export %s="<your-key>"' % n, '```', '', '> Keys are shown only once. Store them in your secret manager.']
    return nf('docs_placeholder_curl', prov, R.choice(['README.md', 'docs/quickstart.md']), L, 'md')


@NG('nginx_csp_hashes')
def ng_csp():
    L = ['server {', '    listen 443 ssl http2;', '    server_name app.%s.io;' % ORG(), '    ssl_certificate /etc/nginx/tls/tls.crt;', '    ssl_certificate_key /etc/nginx/tls/tls.key;', '',
         "    add_header Content-Security-Policy \"default-src 'self'; script-src 'self' 'sha256-%s' 'sha256-%s'; style-src 'self' 'unsafe-inline'\" always;" % (b64(rb(32)), b64(rb(32))),
         '    add_header Strict-Transport-Security "max-age=63072000" always;', '', '    location / {', '        proxy_pass http://127.0.0.1:3000;', '    }', '}']
    return nf('nginx_csp_hashes', 'none', R.choice(['nginx/app.conf', 'deploy/nginx.conf']), L, 'nginx')

# ================================================================ DRIVER
GENERIC_NAMES = ['API_KEY', 'API_TOKEN', 'TOKEN', 'ACCESS_TOKEN', 'AUTH_TOKEN', 'SECRET', 'CREDENTIAL', 'KEY', 'SERVICE_KEY', 'BEARER']


def finish(lines):
    text = '\n'.join(lines) + '\n'
    if R.random() < 0.1:
        text = text.replace('\n', '\r\n')
    return text


def line_of(text, needle):
    i = text.find(needle)
    return text.count('\n', 0, i) + 1 if i >= 0 else -1


def make_pos(entry):
    typ, obj = entry
    also = []
    if typ == 'special':
        prov, kind, fn = obj
        r = fn()
        rel, lines, needle, ft = r[:4]
        if len(r) > 4:
            also = r[4]
        return prov, kind, rel, finish(lines), needle, ft, also
    sp = obj
    val, needle = sp.make()
    name = R.choice(sp.names)
    if not sp.weak and R.random() < 0.3:
        name = R.choice(GENERIC_NAMES)
    items = []
    for c in sp.comp:
        cv = X(c[1])
        items.append({'name': c[0], 'value': cv})
        if len(c) > 2 and c[2]:
            also.append(cv)
    main = {'name': name, 'value': val}
    allv = val + ''.join(i['value'] for i in items)
    ft = pick_ft(sp.fts, allv)
    styles = ['assign'] * 4 + ['dict'] * 2 + ['call']
    if sp.hdr:
        styles += ['header'] * 3
        hn, hv = sp.hdr.split(': ', 1)
        main['hdr'] = (hn, hv.format(val))
    if ft in ('py', 'js', 'ts'):
        styles.append('environ')
    style = R.choice(styles)
    if sp.url and R.random() < 0.5:
        main['value'] = sp.url.format(val)
        main['name'] = upper(sp.prov) + R.choice(['_URL', '_ENDPOINT'])
        if style in ('header', 'call'):
            style = 'assign'
    items.append(main)
    rel, lines = render(ft, items, style, sp)
    return sp.prov, sp.kind, rel, finish(lines), needle, ft, also


def make_neg(fn):
    r = fn()
    if 'file' in r:
        rel, lines, ft = r['file']
        return r['provider'], r['kind'], rel, finish(lines), ft, r.get('note')
    items = r['items']
    allowed = r['fts']
    ft = pick_ft(allowed, items[-1]['value'])
    style = R.choice(['assign', 'assign', 'dict'])
    rel, lines = render(ft, items, style, Dummy(r['provider'] if r['provider'] != 'none' else SV()))
    return r['provider'], r['kind'], rel, finish(lines), ft, r.get('note')


def schedule(kinds, n):
    order = list(kinds)
    R.shuffle(order)
    while len(order) < n:
        order.append(R.choice(kinds))
    return order[:n]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', newline='', encoding='utf-8') as f:
        f.write(text)


def main():
    if len(sys.argv) != 3:
        print('usage: gen.py OUTDIR SEED', file=sys.stderr)
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    R.seed(seed)
    npos, nneg = 600, 400
    os.makedirs(out, exist_ok=True)
    man = open(os.path.join(out, 'manifest.jsonl'), 'w')
    sec = open(os.path.join(out, 'secrets.jsonl'), 'w')
    pos_kinds = [('spec', s) for s in SPECS] + [('special', s) for s in SPECIALS]
    for i, entry in enumerate(schedule(pos_kinds, npos)):
        for attempt in range(20):
            prov, kind, rel, text, needle, ft, also = make_pos(entry)
            if needle and needle in text:
                break
        else:
            raise SystemExit('needle missing for %s/%s' % (prov, kind))
        f = 'pos/p%04d/%s' % (i, rel)
        write(os.path.join(out, f), text)
        man.write(json.dumps({'file': f, 'label': 'pos', 'provider': prov, 'kind': kind, 'filetype': ft}) + '\n')
        row = {'file': f, 'needle': needle, 'line': line_of(text, needle)}
        if also:
            row['also'] = also
        sec.write(json.dumps(row) + '\n')
    for i, (kind, fn) in enumerate(schedule(NEGS, nneg)):
        prov, kind2, rel, text, ft, note = make_neg(fn)
        f = 'neg/n%04d/%s' % (i, rel)
        write(os.path.join(out, f), text)
        row = {'file': f, 'label': 'neg', 'provider': prov, 'kind': kind2, 'filetype': ft}
        if note:
            row['note'] = note
        man.write(json.dumps(row) + '\n')
    man.close(); sec.close()


if __name__ == '__main__':
    main()
