#!/usr/bin/env python3
"""Blind evaluation-set generator "md": secrets in newer / less common languages.

EMPHASIS
    Common credentials hard-coded in Zig, Nim, Crystal, V, Odin, Gleam, Julia, Mojo,
    Hare, D, Pony, Racket, Elm, Roc, Haxe, Vala, Ballerina, Red, Janet, Fennel, Chapel,
    Idris, Lean, Unison, Koka, Carbon, ReScript, PureScript and Grain projects: source
    files, tests, package/config manifests (build.zig, config.nims, .nimble, Amber/Lucky
    config, LocalPreferences.toml, Config.toml, dub.sdl, .hxml, Pluto notebooks), plus the
    Dockerfiles, CI YAML (GitHub Actions / GitLab CI), docker-compose files, justfiles and
    READMEs that build them.
    Providers/kinds: AWS secret keys, GCP API keys and service-account JSON, Azure storage
    keys / connection strings / AAD client secrets, Stripe (sk_live, rk_live, whsec),
    OpenAI, Anthropic, GitHub (ghp_/gho_/github_pat_), GitLab glpat-, Slack bot/user tokens
    and webhooks, Twilio auth token / API key secret, SendGrid, Mailgun, Discord bot tokens
    and webhooks, Telegram bot tokens, Postgres/MySQL/MongoDB/Redis URIs with passwords,
    DB and Redis passwords, JWT secrets, HMAC keys (hex), PEM private keys (RSA PKCS#1,
    PKCS#8, EC, Ed25519, OpenSSH) in each language's multi-line string syntax.

USAGE
    python3 -B gen_md.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic for a given SEED.

NEEDLE CONVENTIONS
    The secret value without quotes; prefixed keys keep their prefix (sk_live_, ghp_, ...);
    header values: only the token (no "Bearer "/"token "/"Bot "); URIs with credentials: the
    password only; webhook URLs (Slack, Discord): the whole URL; Azure connection strings:
    the AccountKey value; Telegram: the full "<bot id>:<secret>" token; PEM private keys
    (also inside GCP service-account JSON): the first base64 line of the body.
    secrets.jsonl "line" is the 1-based line of the needle's first occurrence.

NEGATIVES
    250 re-use the positive templates with the slot holding a placeholder (YOUR_API_KEY,
    <your-key>, xxxx, changeme, local-language ones), an empty value, a masked value,
    an environment lookup in the language's idiom (std.process.getEnvVarOwned, getEnv,
    ENV["X"], os.getenv, envoy.get, Sys.getEnv, os:getEnv, ...), a CI/template expression,
    a provider's documented example value (AWS wJalr...EXAMPLEKEY, Stripe docs sk_test_4eC39...,
    Azurite dev key, Slack T00000000 webhook, Telegram docs token), a public value
    (Stripe pk_live_, Twilio account SID) or a public key / certificate in a PEM slot.
    250 are look-alikes: build.zig.zon hashes (1220... multihash and new name-ver-hash form),
    Julia Project.toml/Manifest.toml/Artifacts.toml UUIDs and git-tree-sha1, registry
    Versions.toml, shard.lock, nimble.lock, Gleam manifest.toml outer_checksum, Lean
    lake-manifest revs, spago/npm lock integrity hashes, Roc platform URL hashes, real
    SHA-256/HMAC test vectors (RFC 4231 keys), CRC tables, public keys / certificates,
    ssh public keys, image digests and download checksums in Dockerfiles, pinned action
    SHAs, SOPS ciphertext, data: URIs, Pluto cell UUIDs, public ids (pk_live_, OAuth client
    ids, Discord application public keys), keys generated at runtime, env-only config.
    No negative is written to a .env / .env.<stage> file.

FORMATS CHECKED
    From memory of providers' public docs/SDKs (no scanner rules consulted):
    AWS AKIA + 16 [A-Z2-7] id, 40-char secret; GCP API key AIza + 35 [A-Za-z0-9_-];
    Azure storage key 64 random bytes base64 (88 chars, "=="); Stripe sk_live_/rk_live_
    (24 alnum legacy or "51"+97 alnum), whsec_ + 32; OpenAI sk-proj-/sk-svcacct- with
    "T3BlbkFJ" marker and legacy sk-<20>T3BlbkFJ<20>; Anthropic sk-ant-api03-<93>AA;
    GitHub ghp_/gho_/ghs_ 30 base62 + 6-char base62 CRC32 checksum, github_pat_<22>_<59>;
    GitLab glpat-<20>; Slack xoxb-/xoxp- and hooks.slack.com/services/T../B../<24>;
    Twilio AC/SK + 32 hex ids, 32 hex auth token; SendGrid SG.<22>.<43>; Mailgun key-<32 hex>;
    Discord base64(snowflake).<6>.<27|38>; Telegram <id>:AA<33>; DER prefixes of PEM bodies
    (MIIEpAIBAAKCAQEA, MHcCAQEEI, MIIEvgIBADANBgkqhkiG9w0BAQEFAASC, MC4CAQAwBQYDK2VwBCIEI).
    build.zig.zon "1220" + sha256 multihash confirmed against a public zig-hash write-up
    (search tool, docs corpus); other Zig/Julia/Gleam/Crystal/Nim manifest and lockfile
    layouts from the tools' documentation as remembered.

DOUBTS
    GitHub checksum computed as CRC32 of the 30 random chars in base62 (0-9A-Za-z), left
    padded to 6; OpenAI project-key segment lengths (74+8+74) and alphabet; Anthropic body
    length; Azure AAD secret form "xxx8Q~" + 34; Discord third segment lengths; new-style
    build.zig.zon hash length; OpenSSH keys left out (their first body line is identical
    for every unencrypted key, so it cannot serve as a unique needle); some env idioms (Pony, Chapel, Grain, Koka) are approximate.
"""
import base64
import hashlib
import hmac as _hmac
import json
import os
import string
import sys
import random
import zlib

AL = string.ascii_letters + string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
HEXL = '0123456789abcdef'
B64 = AL + '+/'
B64U = AL + '-_'
B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def rs(r, n, al=AL):
    return ''.join(r.choice(al) for _ in range(n))


def rb(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def hx(r, n):
    return rs(r, n, HEXL)


def uuid(r):
    h = hx(r, 32)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def uuid1(r):
    h = hx(r, 32)
    h = h[:12] + '1' + h[13:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def F(t, **kw):
    for k, v in kw.items():
        t = t.replace('\u00ab' + k + '\u00bb', v)
    assert '\u00ab' not in t, t[t.index('\u00ab'):t.index('\u00ab') + 30]
    return t


# ---------------------------------------------------------------- passwords
WORDS = ['Falcon', 'Granite', 'Mango', 'Orbit', 'Cobalt', 'Tundra', 'Juniper', 'Quartz',
         'Saffron', 'Nimbus', 'Zephyr', 'Harbor', 'Ember', 'Violet', 'Kestrel', 'Maple',
         'Sierra', 'Lumen', 'Pixel', 'Rocket', 'Walnut', 'Borealis', 'Cactus', 'Otter',
         'Lobster', 'Papaya', 'Vinyl', 'Glacier', 'Kiwi', 'Marmot', 'Sparrow', 'Tofu']


def password(r, urlsafe=False):
    sym = '-_.~!*' if urlsafe else '!@#%*-_.+=~'
    m = r.random()
    if m < 0.45:
        n = r.randint(14, 24)
        while True:
            s = rs(r, n - 2, AL) + r.choice(sym) + r.choice(DG)
            s = ''.join(r.sample(s, len(s)))
            if any(c in UP for c in s) and any(c in LO for c in s) and s[0] not in '-.':
                return s
    if m < 0.75:
        a, b = r.sample(WORDS, 2)
        d = str(r.randint(10, 9999))
        sp = r.choice(sym)
        return r.choice([a + sp + d + b, a.lower() + sp + b + d + r.choice(sym),
                         a + d + sp + b.lower() + r.choice('!*')])
    return rs(r, r.randint(20, 32), AL)


# ---------------------------------------------------------------- formats
def b62(n):
    s = ''
    while n:
        n, k = divmod(n, 62)
        s = BASE62[k] + s
    return s or '0'


def gh_token(r, prefix):
    body = rs(r, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xffffffff).rjust(6, '0')


def aws_id(r):
    return r.choice(['AKIA', 'AKIA', 'AKIA']) + rs(r, 16, UP + '234567')


def aws_secret(r):
    while True:
        s = rs(r, 40, B64)
        if s[0] not in '+/':
            return s


def stripe_body(r):
    return rs(r, 24) if r.random() < 0.5 else '51' + rs(r, 97)


def openai_key(r):
    m = r.random()
    if m < 0.55:
        return 'sk-proj-' + rs(r, 74, B64U) + 'T3BlbkFJ' + rs(r, 74, B64U)
    if m < 0.7:
        return 'sk-svcacct-' + rs(r, 74, B64U) + 'T3BlbkFJ' + rs(r, 74, B64U)
    return 'sk-' + rs(r, 20) + 'T3BlbkFJ' + rs(r, 20)


def anthropic_key(r):
    return 'sk-ant-api03-' + rs(r, 93, B64U) + 'AA'


def slack_bot(r):
    return 'xoxb-%s-%s-%s' % (rs(r, r.randint(10, 13), DG), rs(r, 13, DG), rs(r, 24))


def slack_user(r):
    return 'xoxp-%s-%s-%s-%s' % (rs(r, 11, DG), rs(r, 11, DG), rs(r, 13, DG), hx(r, 32))


def discord_bot(r):
    snow = str(r.randint(10 ** 17, 13 * 10 ** 17))
    a = base64.b64encode(snow.encode()).decode().rstrip('=')
    return '%s.%s.%s' % (a, rs(r, 6, B64U), rs(r, r.choice([27, 38]), B64U))


def telegram(r):
    return '%d:AA%s' % (r.randint(10 ** 8, 8 * 10 ** 9), rs(r, 33, B64U))


def sendgrid(r):
    return 'SG.%s.%s' % (rs(r, 22, B64U), rs(r, 43, B64U))


def azure_aad(r):
    return rs(r, 3, AL) + r.choice(DG) + 'Q~' + rs(r, 34, AL + '_~.-')


def jwt_secret(r):
    m = r.random()
    if m < 0.35:
        return rs(r, r.choice([32, 48, 64]))
    if m < 0.7:
        return base64.b64encode(rb(r, r.choice([32, 48, 64]))).decode()
    return hx(r, 64)


# ---------------------------------------------------------------- PEM
def _b64lines(data, w=64):
    s = base64.b64encode(data).decode()
    return [s[i:i + w] for i in range(0, len(s), w)]


def pem_private(r, force=None):
    t = force or r.choice(['rsa', 'rsa', 'pkcs8', 'pkcs8', 'ec', 'ed'])
    if t == 'rsa':
        d = bytes.fromhex('308204a4020100028201010' + '0') + rb(r, 1180)
        lab = 'RSA PRIVATE KEY'
    elif t == 'pkcs8':
        d = bytes.fromhex('308204be020100300d06092a864886f70d0101010500048204a8308204a402010002820101'
                          '00') + rb(r, 1180)
        lab = 'PRIVATE KEY'
    elif t == 'ec':
        d = bytes.fromhex('30770201010420') + rb(r, 32) + bytes.fromhex(
            'a00a06082a8648ce3d030107a14403420004') + rb(r, 64)
        lab = 'EC PRIVATE KEY'
    elif t == 'ed':
        d = bytes.fromhex('302e020100300506032b657004220420') + rb(r, 32)
        lab = 'PRIVATE KEY'
    else:
        d = b'openssh-key-v1\x00' + bytes.fromhex('000000046e6f6e65000000046e6f6e6500000000000000010000003300'
                                                   '00000b7373682d65643235353139000000') + rb(r, 300)
        lab = 'OPENSSH PRIVATE KEY'
        lines = _b64lines(d, 70)
        return lab, lines
    return lab, _b64lines(d)


def pem_public(r):
    t = r.choice(['rsa', 'ec', 'cert'])
    if t == 'rsa':
        d = bytes.fromhex('30820122300d06092a864886f70d01010105000382010f003082010a0282010100') + rb(r, 256) + bytes.fromhex('0203010001')
        return 'PUBLIC KEY', _b64lines(d)
    if t == 'ec':
        d = bytes.fromhex('3059301306072a8648ce3d020106082a8648ce3d03010703420004') + rb(r, 64)
        return 'PUBLIC KEY', _b64lines(d)
    d = bytes.fromhex('3082030d308201f5a0030201020214') + rb(r, 20) + bytes.fromhex(
        '300d06092a864886f70d01010b0500') + rb(r, 740)
    return 'CERTIFICATE', _b64lines(d)


def pem_text(lab, lines):
    return '\n'.join(['-----BEGIN %s-----' % lab] + lines + ['-----END %s-----' % lab])


def ssh_ed_pub(r):
    d = b'\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20' + rb(r, 32)
    return 'ssh-ed25519 ' + base64.b64encode(d).decode()


# ---------------------------------------------------------------- credential kinds
REGIONS = ['us-east-1', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'us-west-2', 'sa-east-1']
HOSTS = ['db.internal', 'pg-prod-01.c8x2kq.eu-central-1.rds.amazonaws.com', 'postgres.svc.cluster.local',
         '10.0.3.17', 'db', 'mysql-primary.prod.lan', 'analytics-db.hetzner.cloud', 'pgbouncer.ops.local']
USERS = ['app', 'api_user', 'svc_orders', 'julia_etl', 'crystal_app', 'admin', 'backend', 'reporting', 'zigsrv']
DBS = ['orders', 'app_production', 'analytics', 'inventory', 'shop', 'telemetry', 'users_db']


class Cred:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def _pg(r, s):
    u, h, d = r.choice(USERS), r.choice(HOSTS), r.choice(DBS)
    sch = r.choice(['postgres', 'postgresql', 'postgresql'])
    if s == '':
        return '%s://%s@%s:5432/%s' % (sch, u, h, d)
    return '%s://%s:%s@%s:5432/%s%s' % (sch, u, s, h, d, r.choice(['', '?sslmode=require', '']))


def _my(r, s):
    u, h, d = r.choice(USERS), r.choice(HOSTS), r.choice(DBS)
    if s == '':
        return 'mysql://%s@%s:3306/%s' % (u, h, d)
    return 'mysql://%s:%s@%s:3306/%s' % (u, s, h, d)


def _mongo(r, s):
    u, d = r.choice(USERS), r.choice(DBS)
    cl = 'cluster0.%s.mongodb.net' % rs(r, 5, LO + DG)
    if s == '':
        return 'mongodb+srv://%s/%s' % (cl, d)
    return 'mongodb+srv://%s:%s@%s/%s?retryWrites=true&w=majority' % (u, s, cl, d)


def _redis(r, s):
    h = r.choice(['redis', 'cache.internal', 'redis-12345.c1.eu-west-1-2.ec2.cloud.redislabs.com', '10.0.4.9'])
    if s == '':
        return 'redis://%s:6379/0' % h
    return r.choice(['redis://:%s@%s:6379/0', 'rediss://default:%s@%s:6380']) % (s, h)


def _slack_hook(r, s):
    return 'https://hooks.slack.com/services/T%s/B%s/%s' % (rs(r, 8, UP + DG), rs(r, 10, UP + DG), s)


def _discord_hook(r, s):
    return 'https://discord.com/api/webhooks/%d/%s' % (r.randint(10 ** 17, 13 * 10 ** 17), s)


def _azconn(r, s, acct):
    return 'DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net' % (acct, s)


N = lambda *a: tuple(a)
KINDS = {
    'aws': dict(p='aws', k='aws-secret-access-key', cls='tok', gen=aws_secret, wt=3,
                names=[N('aws', 'secret', 'access', 'key'), N('aws', 'secret', 'key'), N('secret', 'access', 'key'), N('s3', 'secret')],
                env='AWS_SECRET_ACCESS_KEY', ex=['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
                ph=['YOUR_AWS_SECRET_ACCESS_KEY', '<aws-secret-access-key>']),
    'gcp_key': dict(p='gcp', k='google-api-key', cls='tok', gen=lambda r: 'AIzaSy' + rs(r, 33, B64U), wt=2,
                    names=[N('google', 'api', 'key'), N('gemini', 'api', 'key'), N('maps', 'key'), N('youtube', 'api', 'key')],
                    env='GOOGLE_API_KEY', hdr=('x-goog-api-key', ''), ph=['AIza...', 'YOUR_GOOGLE_API_KEY'],
                    api='https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent'),
    'gcp_sa': dict(p='gcp', k='service-account-private-key', cls='sa', gen=None, wt=1, names=[N('service', 'account')],
                   env='GOOGLE_APPLICATION_CREDENTIALS'),
    'az_key': dict(p='azure', k='storage-account-key', cls='tok', gen=lambda r: base64.b64encode(rb(r, 64)).decode(), wt=1,
                   names=[N('azure', 'storage', 'key'), N('storage', 'account', 'key'), N('az', 'blob', 'key')],
                   env='AZURE_STORAGE_KEY',
                   ex=['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==']),
    'az_conn': dict(p='azure', k='storage-connection-string', cls='tok', gen=lambda r: base64.b64encode(rb(r, 64)).decode(), wt=1,
                    names=[N('azure', 'storage', 'connection', 'string'), N('blob', 'conn', 'str')],
                    env='AZURE_STORAGE_CONNECTION_STRING', wrapc=True,
                    ex=['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==']),
    'az_aad': dict(p='azure', k='aad-client-secret', cls='tok', gen=azure_aad, wt=1,
                   names=[N('azure', 'client', 'secret'), N('aad', 'client', 'secret'), N('client', 'secret')],
                   env='AZURE_CLIENT_SECRET'),
    'stripe': dict(p='stripe', k='secret-key', cls='tok', gen=lambda r: 'sk_live_' + stripe_body(r), wt=3,
                   names=[N('stripe', 'secret', 'key'), N('stripe', 'api', 'key'), N('stripe', 'sk'), N('clave', 'stripe')],
                   env='STRIPE_SECRET_KEY', hdr=('Authorization', 'Bearer '), api='https://api.stripe.com/v1/charges',
                   ex=['sk_test_4eC39HqLyjWDarjtT1zdp7dc'], ph=['sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'sk_live_...'],
                   pub=lambda r: 'pk_live_' + stripe_body(r)),
    'stripe_rk': dict(p='stripe', k='restricted-key', cls='tok', gen=lambda r: 'rk_live_' + stripe_body(r), wt=1,
                      names=[N('stripe', 'restricted', 'key'), N('stripe', 'rk')], env='STRIPE_RESTRICTED_KEY',
                      hdr=('Authorization', 'Bearer '), api='https://api.stripe.com/v1/balance', ph=['rk_live_XXXXXXXX']),
    'stripe_wh': dict(p='stripe', k='webhook-secret', cls='tok', gen=lambda r: 'whsec_' + rs(r, 32), wt=1,
                      names=[N('stripe', 'webhook', 'secret'), N('endpoint', 'secret'), N('whsec')],
                      env='STRIPE_WEBHOOK_SECRET', ph=['whsec_...', 'whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']),
    'openai': dict(p='openai', k='api-key', cls='tok', gen=openai_key, wt=3,
                   names=[N('openai', 'api', 'key'), N('openai', 'key'), N('oai', 'key'), N('llm', 'api', 'key')],
                   env='OPENAI_API_KEY', hdr=('Authorization', 'Bearer '), api='https://api.openai.com/v1/chat/completions',
                   ph=['sk-...', 'sk-your-key-here', 'sk-proj-XXXXXXXXXXXXXXXX']),
    'anthropic': dict(p='anthropic', k='api-key', cls='tok', gen=anthropic_key, wt=3,
                      names=[N('anthropic', 'api', 'key'), N('claude', 'key'), N('anthropic', 'key')],
                      env='ANTHROPIC_API_KEY', hdr=('x-api-key', ''), api='https://api.anthropic.com/v1/messages',
                      ph=['sk-ant-...', 'sk-ant-api03-XXXXXXXX']),
    'github': dict(p='github', k='personal-access-token', cls='tok', wt=3,
                   gen=lambda r: r.choice([lambda: gh_token(r, 'ghp_'), lambda: gh_token(r, 'gho_'),
                                           lambda: 'github_pat_' + rs(r, 22) + '_' + rs(r, 59)])(),
                   names=[N('github', 'token'), N('gh', 'token'), N('github', 'pat'), N('gh', 'access', 'token')],
                   env='GITHUB_TOKEN', hdr=('Authorization', r'token '), api='https://api.github.com/repos/acme/infra/dispatches',
                   ph=['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'github_pat_...', '<github-token>']),
    'gitlab': dict(p='gitlab', k='personal-access-token', cls='tok', gen=lambda r: 'glpat-' + rs(r, 20, B64U), wt=2,
                   names=[N('gitlab', 'token'), N('gl', 'token'), N('private', 'token')], env='GITLAB_TOKEN',
                   hdr=('PRIVATE-TOKEN', ''), api='https://gitlab.com/api/v4/projects/4821/pipeline',
                   ph=['glpat-xxxxxxxxxxxxxxxxxxxx', '<your-gitlab-token>']),
    'slack_bot': dict(p='slack', k='bot-token', cls='tok', gen=lambda r: r.choice([slack_bot, slack_bot, slack_user])(r), wt=2,
                      names=[N('slack', 'bot', 'token'), N('slack', 'token'), N('slack', 'oauth', 'token')],
                      env='SLACK_BOT_TOKEN', hdr=('Authorization', 'Bearer '), api='https://slack.com/api/chat.postMessage',
                      ex=['xoxb-not-a-real-token-this-will-not-work'], ph=['xoxb-your-token', 'xoxb-XXXXXXXX']),
    'slack_hook': dict(p='slack', k='webhook-url', cls='hook', gen=lambda r: rs(r, 24), wrap=_slack_hook, wt=2,
                       names=[N('slack', 'webhook', 'url'), N('slack', 'hook'), N('alert', 'webhook')],
                       env='SLACK_WEBHOOK_URL', ph=['XXXXXXXXXXXXXXXXXXXXXXXX']),
    'twilio': dict(p='twilio', k='auth-token', cls='tok', gen=lambda r: hx(r, 32), wt=2,
                   names=[N('twilio', 'auth', 'token'), N('twilio', 'token'), N('auth', 'token')], env='TWILIO_AUTH_TOKEN',
                   ph=['your_auth_token', '[AuthToken]']),
    'twilio_api': dict(p='twilio', k='api-key-secret', cls='tok', gen=lambda r: rs(r, 32), wt=1,
                       names=[N('twilio', 'api', 'secret'), N('twilio', 'key', 'secret')], env='TWILIO_API_SECRET'),
    'sendgrid': dict(p='sendgrid', k='api-key', cls='tok', gen=sendgrid, wt=2,
                     names=[N('sendgrid', 'api', 'key'), N('sendgrid', 'key'), N('mail', 'api', 'key')],
                     env='SENDGRID_API_KEY', hdr=('Authorization', 'Bearer '), api='https://api.sendgrid.com/v3/mail/send',
                     ph=['SG.xxxxxxxx', 'SG.your-api-key']),
    'mailgun': dict(p='mailgun', k='api-key', cls='tok', gen=lambda r: 'key-' + hx(r, 32), wt=1,
                    names=[N('mailgun', 'api', 'key'), N('mailgun', 'key'), N('mg', 'api', 'key')], env='MAILGUN_API_KEY',
                    ph=['key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']),
    'discord': dict(p='discord', k='bot-token', cls='tok', gen=discord_bot, wt=2,
                    names=[N('discord', 'token'), N('discord', 'bot', 'token'), N('bot', 'token')], env='DISCORD_TOKEN',
                    hdr=('Authorization', 'Bot '), api='https://discord.com/api/v10/channels/1102934455667788990/messages'),
    'discord_hook': dict(p='discord', k='webhook-url', cls='hook', gen=lambda r: rs(r, 68, B64U), wrap=_discord_hook, wt=1,
                         names=[N('discord', 'webhook', 'url'), N('discord', 'webhook')], env='DISCORD_WEBHOOK_URL'),
    'telegram': dict(p='telegram', k='bot-token', cls='tok', gen=telegram, wt=2,
                     names=[N('telegram', 'bot', 'token'), N('tg', 'token'), N('bot', 'token'), N('token', 'bot')],
                     env='TELEGRAM_BOT_TOKEN', ex=['123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11'],
                     ph=['<BOT_TOKEN>', '123456789:YOUR_TOKEN']),
    'pg_uri': dict(p='postgres', k='database-uri', cls='url', gen=lambda r: password(r, True), wrap=_pg, wt=3,
                   names=[N('database', 'url'), N('db', 'url'), N('pg', 'dsn'), N('postgres', 'uri')], env='DATABASE_URL'),
    'mysql_uri': dict(p='mysql', k='database-uri', cls='url', gen=lambda r: password(r, True), wrap=_my, wt=1,
                      names=[N('mysql', 'url'), N('database', 'url')], env='MYSQL_URL'),
    'mongo_uri': dict(p='mongodb', k='database-uri', cls='url', gen=lambda r: password(r, True), wrap=_mongo, wt=1,
                      names=[N('mongo', 'uri'), N('mongodb', 'url')], env='MONGODB_URI'),
    'redis_uri': dict(p='redis', k='redis-uri', cls='url', gen=lambda r: password(r, True), wrap=_redis, wt=1,
                      names=[N('redis', 'url'), N('cache', 'url')], env='REDIS_URL'),
    'db_pw': dict(p='postgres', k='database-password', cls='pw', gen=password, wt=3,
                  names=[N('db', 'password'), N('database', 'password'), N('pg', 'pass'), N('mysql', 'password'),
                         N('db', 'passwort'), N('senha', 'banco'), N('mot', 'de', 'passe', 'db')],
                  env='DB_PASSWORD', ph=['changeme', '<db-password>', 'CHANGE_ME', 'motdepasse_ici']),
    'redis_pw': dict(p='redis', k='redis-password', cls='pw', gen=password, wt=1,
                     names=[N('redis', 'password'), N('redis', 'pass'), N('cache', 'password')], env='REDIS_PASSWORD',
                     ph=['changeme', '<redis-password>']),
    'jwt': dict(p='generic', k='jwt-secret', cls='tok', gen=jwt_secret, wt=3,
                names=[N('jwt', 'secret'), N('jwt', 'signing', 'key'), N('session', 'secret'), N('secret', 'key', 'base'),
                       N('token', 'secret')],
                env='JWT_SECRET', ex=['your-256-bit-secret'], ph=['change-this-secret', 'supersecret', '<jwt-secret>']),
    'hmac': dict(p='generic', k='hmac-key', cls='tok', gen=lambda r: hx(r, 64), wt=2,
                 names=[N('hmac', 'key'), N('webhook', 'signing', 'secret'), N('signing', 'key'), N('hmac', 'secret')],
                 env='HMAC_KEY', ph=['0000000000000000000000000000000000000000000000000000000000000000', '<hex-key>']),
    'pem': dict(p='generic', k='private-key', cls='pem', gen=None, wt=4,
                names=[N('private', 'key'), N('tls', 'key'), N('jwt', 'private', 'key'), N('signing', 'key', 'pem'),
                       N('deploy', 'key')], env='PRIVATE_KEY_PEM'),
}

GEN_PH = ['YOUR_API_KEY', '<your-key>', 'xxxxxxxxxxxxxxxx', 'changeme', 'TODO', 'replace-me', 'your-token-here',
          'REPLACE_WITH_REAL_KEY', 'tu_clave_aqui', 'votre-cle-api', 'dein-token-hier', 'seu_token_aqui',
          '\u3053\u3053\u306bAPI\u30ad\u30fc', '<insert token>', 'dummy', 'CHANGE_ME', 'XXXX-XXXX-XXXX', 'TBD']
URL_PH = ['changeme', '<password>', 'PASSWORD_HERE', 'YOUR_PASSWORD', 'xxxxxx', 'CHANGE_ME', 'geheim_aendern']
MASKS = ['********', '[REDACTED]', '<redacted>', '****************', '<hidden>', '(masked)']


def tmpl_expr(r, env):
    return r.choice(['${%s}' % env, '{{ .Env.%s }}' % env, '@%s@' % env, '{{%s}}' % env.lower(),
                     '$(%s)' % env, '${{ secrets.%s }}' % env, '%%(%s)s' % env.lower()])


def make_cred(r, kname, neg=None, envok=False):
    """neg None: positive. Otherwise a negative: returns cred with non-secret value."""
    K = KINDS[kname]
    c = Cred(provider=K['p'], kind=K['k'], cls=K['cls'], w=r.choice(K['names']), env=K['env'],
             hdr=K.get('hdr'), api=K.get('api'), extra=[], mode='lit', needle=None, kname=kname, nmode=None)
    # companions
    if kname == 'aws':
        c.extra = [(N('aws', 'access', 'key', 'id'), 'AKIAIOSFODNN7EXAMPLE' if neg else aws_id(r)),
                   (N('aws', 'region'), r.choice(REGIONS))]
    elif kname in ('twilio',):
        c.extra = [(N('twilio', 'account', 'sid'), 'AC' + hx(r, 32))]
    elif kname == 'twilio_api':
        c.extra = [(N('twilio', 'account', 'sid'), 'AC' + hx(r, 32)), (N('twilio', 'api', 'key'), 'SK' + hx(r, 32))]
    elif kname == 'az_aad':
        c.extra = [(N('azure', 'tenant', 'id'), uuid(r)), (N('azure', 'client', 'id'), uuid(r))]
    elif kname == 'az_key':
        c.extra = [(N('storage', 'account'), 'st' + rs(r, r.randint(6, 12), LO + DG))]
    elif kname == 'mailgun':
        c.extra = [(N('mailgun', 'domain'), r.choice(['mg.example-shop.de', 'mail.acme.io', 'sandbox.mg.lunarlabs.dev']))]
    elif kname == 'telegram':
        c.extra = [(N('chat', 'id'), '-100' + rs(r, 10, DG))]
    elif kname == 'db_pw' or kname == 'redis_pw':
        c.extra = [(N('db', 'host') if kname == 'db_pw' else N('redis', 'host'), r.choice(HOSTS)),
                   (N('db', 'user'), r.choice(USERS))]
    elif kname == 'stripe' and r.random() < 0.3:
        c.extra = [(N('stripe', 'publishable', 'key'), 'pk_live_' + stripe_body(r))]
    acct = 'st' + rs(r, r.randint(6, 12), LO + DG)
    if c.cls == 'pem' or c.cls == 'sa':
        if neg is None:
            lab, lines = pem_private(r, 'pkcs8' if c.cls == 'sa' else None)
            c.value = pem_text(lab, lines)
            c.needle = lines[0]
            c.label = lab
        else:
            m = r.choice(['pub', 'pub', 'ph', 'ph', 'env', 'empty']) if envok else r.choice(['pub', 'pub', 'ph', 'empty'])
            c.nmode = m
            if m == 'pub':
                lab, lines = pem_public(r)
                c.value = pem_text(lab, lines)
            elif m == 'ph':
                lab = r.choice(['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'])
                c.value = pem_text(lab, [r.choice(['<paste your private key here>', '...', 'REPLACE_ME',
                                                   'MIIE...your key...', '(redacted)'])])
            elif m == 'env':
                c.mode = 'env'
                c.value = ''
            else:
                c.value = ''
            c.label = 'PRIVATE KEY'
        return c
    # single-line kinds
    if neg is None:
        s = K['gen'](r)
        c.secret = s
        c.needle = s
    else:
        opts = ['ph', 'ph', 'gph', 'empty', 'mask', 'tmpl']
        if K.get('ex'):
            opts += ['ex', 'ex']
        if K.get('pub'):
            opts += ['pub', 'pub']
        if envok:
            opts += ['env', 'env', 'env']
        m = r.choice(opts)
        c.nmode = m
        if c.cls in ('url', 'pw') and m in ('ph', 'gph'):
            s = r.choice(URL_PH)
        elif m == 'ph':
            s = r.choice(K.get('ph', []) + GEN_PH)
        elif m == 'gph':
            s = r.choice(GEN_PH)
        elif m == 'empty':
            s = ''
        elif m == 'mask':
            s = r.choice(MASKS)
        elif m == 'tmpl':
            s = tmpl_expr(r, c.env)
        elif m == 'ex':
            s = r.choice(K['ex'])
        elif m == 'pub':
            s = K['pub'](r)
        else:
            c.mode = 'env'
            s = ''
        c.secret = s
    s = c.secret
    if c.cls in ('url', 'hook'):
        if neg is not None and c.nmode in ('tmpl', 'mask') and c.cls == 'url' and r.random() < 0.5:
            c.value = s if c.nmode == 'tmpl' else K['wrap'](r, s)
        elif neg is not None and c.cls == 'hook' and c.nmode in ('empty', 'mask', 'gph', 'tmpl'):
            c.value = s
        else:
            c.value = K['wrap'](r, s)
        if neg is None and c.cls == 'hook':
            c.needle = c.value
    elif K.get('wrapc'):
        c.value = _azconn(r, s, acct) if (neg is None or c.nmode in ('ph', 'ex', 'mask', 'gph')) else s
    else:
        c.value = s
    return c


# ---------------------------------------------------------------- language helpers
def sn(w): return '_'.join(w)
def up(w): return '_'.join(w).upper()
def cm(w): return w[0] + ''.join(x.capitalize() for x in w[1:])
def pc(w): return ''.join(x.capitalize() for x in w)
def kb(w): return '-'.join(w)


ENVX = {
    'zig': 'try std.process.getEnvVarOwned(allocator, "\u00abE\u00bb")',
    'nim': 'getEnv("\u00abE\u00bb")', 'cr': 'ENV["\u00abE\u00bb"]', 'v': "os.getenv('\u00abE\u00bb')",
    'odin': 'os.get_env("\u00abE\u00bb")', 'gleam': 'result.unwrap(envoy.get("\u00abE\u00bb"), "")',
    'jl': 'ENV["\u00abE\u00bb"]', 'mojo': 'getenv("\u00abE\u00bb")', 'hare': 'os::tryenv("\u00abE\u00bb", "")',
    'd': 'environment.get("\u00abE\u00bb")', 'rkt': '(getenv "\u00abE\u00bb")', 'js': 'process.env.\u00abE\u00bb',
    'hx': 'Sys.getEnv("\u00abE\u00bb")', 'vala': 'Environment.get_variable ("\u00abE\u00bb")',
    'bal': 'os:getEnv("\u00abE\u00bb")', 'red': 'get-env "\u00abE\u00bb"', 'janet': '(os/getenv "\u00abE\u00bb")',
    'fnl': '(os.getenv "\u00abE\u00bb")', 'lean': '((\u2190 IO.getEnv "\u00abE\u00bb").getD "")',
    'res': 'Node.Process.process["env"]->Js.Dict.get("\u00abE\u00bb")->Belt.Option.getWithDefault("")',
    'roc': 'Env.var! "\u00abE\u00bb"', 'pony': 'EnvVars(env.vars).get_or_else("\u00abE\u00bb", "")',
}
CMT = {'zig': '//', 'nim': '#', 'cr': '#', 'v': '//', 'odin': '//', 'gleam': '//', 'jl': '#', 'mojo': '#',
       'hare': '//', 'd': '//', 'pony': '//', 'rkt': ';;', 'elm': '--', 'roc': '#', 'hx': '//', 'vala': '//',
       'bal': '//', 'red': ';', 'janet': '#', 'fnl': ';;', 'chpl': '//', 'idr': '--', 'lean': '--', 'u': '--',
       'kk': '//', 'carbon': '//', 'res': '//', 'purs': '--', 'gr': '//', 'js': '//', 'yaml': '#', 'toml': '#',
       'sh': '#', 'hxml': '#'}
POS_NOTES = ['TODO: move to vault before release', 'temporary, rotate after the demo', 'prod creds, ask ops before changing',
             'FIXME: nicht committen!', 'clave de produccion - no compartir', 'chave de producao', '\u672c\u756a\u7528',
             'a deplacer dans le coffre', 'hardcoded until config loader lands', 'from 1Password (shared vault)',
             'staging+prod use the same one for now', 'quick hack for the hackathon', 'set by @mk, see #412']
NEG_NOTES = ['read from the environment at startup', 'injected by CI', 'see docs/config.md', 'never commit the real value',
             'configured per deployment', 'set via secret manager']


def note(r, L, c):
    if r.random() < 0.45:
        return ''
    p = CMT.get(L, '#')
    return '%s %s\n' % (p, r.choice(POS_NOTES if c.needle else NEG_NOTES))


def Q(v, L):
    return ("'%s'" % v) if L == 'v' else ('"%s"' % v)


def E(c, L):
    if c.mode == 'env':
        return ENVX[L].replace('\u00abE\u00bb', c.env)
    return Q(c.value, L)


def ML(c, L, ind=''):
    if c.mode == 'env':
        return ENVX[L].replace('\u00abE\u00bb', c.env)
    v = c.value
    if v == '':
        return Q('', L)
    lines = v.split('\n')
    if L == 'zig':
        return '\n'.join(ind + '\\\\' + l for l in lines)
    if L in ('nim', 'jl', 'mojo', 'vala', 'purs', 'elm', 'roc', 'chpl', 'idr', 'pony'):
        return '"""\n' + v + '\n' + ind + '"""'
    if L == 'carbon':
        return "'''\n" + v + "\n" + ind + "'''"
    if L == 'cr':
        return '<<-PEM\n' + '\n'.join(ind + '  ' + l for l in lines) + '\n' + ind + '  PEM'
    if L in ('odin', 'res', 'js'):
        return '`' + v + '`'
    if L == 'd':
        return 'q"PEM\n' + v + '\nPEM"'
    if L == 'hare':
        return '\n'.join(ind + '"' + l + '\\n"' for l in lines)
    if L == 'red':
        return '{' + v + '}'
    if L == 'bal':
        return 'string `' + v + '`'
    if L == 'kk':
        return 'r"' + v + '"'
    if L == 'v':
        return "'" + v + "'"
    return '"' + v + '"'


def comps(c, fmt, style=sn):
    return ''.join(fmt % (style(w), v) for w, v in c.extra)


def hval(c, var, op, q='"'):
    pre = c.hdr[1]
    return ('%s%s%s %s %s' % (q, pre, q, op, var)) if pre else var


TEMPLATES = []
ANY1 = ('tok', 'pw', 'url', 'hook')


def T(name, ft, acc, env=False):
    def d(f):
        TEMPLATES.append(dict(name=name, ft=ft, acc=acc, env=env, f=f))
        return f
    return d


def proj(r):
    return r.choice(['orbit', 'ledger', 'pulse', 'beacon', 'quill', 'harbor', 'nimbus', 'relay', 'sprout', 'kiln',
                     'tally', 'vortex', 'parcel', 'gazette', 'lumen'])


# ================================================================ Zig
@T('zig_http_client', 'zig', ('hdr',), env=True)
def _(r, c):
    v = cm(c.w) if r.random() < 0.5 else sn(c.w)
    hn = c.hdr[0]
    if c.mode == 'env':
        decl = '    const %s = %s;\n    defer allocator.free(%s);\n' % (v, E(c, 'zig'), v)
        top = ''
    else:
        top = note(r, 'zig', c) + 'const %s = %s;\n\n' % (v, E(c, 'zig'))
        decl = ''
    auth = ('try std.fmt.allocPrint(allocator, "%s{s}", .{%s})' % (c.hdr[1], v)) if c.hdr[1] else v
    return r.choice(['src/main.zig', 'src/client.zig', 'src/api.zig']), F('''const std = @import("std");

«TOP»pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();
«DECL»
    var client = std.http.Client{ .allocator = allocator };
    defer client.deinit();

    const auth = «AUTH»;
    var body = std.ArrayList(u8).init(allocator);
    defer body.deinit();

    const res = try client.fetch(.{
        .location = .{ .url = "«API»" },
        .method = .POST,
        .payload = "{\\"ping\\":true}",
        .extra_headers = &.{
            .{ .name = "«HN»", .value = auth },
            .{ .name = "content-type", .value = "application/json" },
        },
        .response_storage = .{ .dynamic = &body },
    });
    std.debug.print("status={d}\\n{s}\\n", .{ @intFromEnum(res.status), body.items });
}
''', TOP=top, DECL=decl, AUTH=auth, API=c.api, HN=hn)


@T('zig_config_struct', 'zig', ANY1)
def _(r, c):
    fields = [('listen_port', 'u16', str(r.choice([8080, 3000, 9000]))), ('log_level', '[]const u8', '"info"'),
              ('max_conns', 'u32', str(r.choice([64, 128, 512])))]
    for w, v in c.extra:
        fields.append((sn(w), '[]const u8', '"%s"' % v))
    k = r.randint(0, len(fields))
    fields.insert(k, (sn(c.w), '[]const u8', E(c, 'zig')))
    body = ''.join('    %s: %s = %s,\n' % f for f in fields)
    return 'src/config.zig', F('''//! Runtime configuration for «P».
const std = @import("std");

«N»pub const Config = struct {
«B»
    pub fn default() Config {
        return .{};
    }
};

test "defaults" {
    const cfg = Config.default();
    try std.testing.expect(cfg.listen_port > 0);
}
''', P=proj(r), B=body, N=note(r, 'zig', c))


@T('zig_build_options', 'zig', ('tok', 'url', 'hook', 'pw'))
def _(r, c):
    n = sn(c.w)
    return 'build.zig', F('''const std = @import("std");

pub fn build(b: *std.Build) void {
    const target = b.standardTargetOptions(.{});
    const optimize = b.standardOptimizeOption(.{});

    const exe = b.addExecutable(.{
        .name = "«P»",
        .root_source_file = b.path("src/main.zig"),
        .target = target,
        .optimize = optimize,
    });

    const options = b.addOptions();
    options.addOption(bool, "enable_metrics", «BOOL»);
«N»    options.addOption([]const u8, "«NAME»", «V»);
    exe.root_module.addOptions("build_options", options);

    b.installArtifact(exe);
    const run_cmd = b.addRunArtifact(exe);
    const run_step = b.step("run", "Run the app");
    run_step.dependOn(&run_cmd.step);
}
''', P=proj(r), NAME=n, V=E(c, 'zig'), BOOL=r.choice(['true', 'false']), N=note(r, 'zig', c).replace('//', '    //'))


@T('zig_pem_multiline', 'zig', ('pem',))
def _(r, c):
    v = sn(c.w).replace('_pem', '')
    return r.choice(['src/tls/key.zig', 'src/jwt/keys.zig', 'src/certs.zig']), F('''const std = @import("std");

/// PEM used by the dev/prod TLS listener.
«N»pub const «V»_pem =
«ML»
;

pub const cert_path = "certs/server.crt";

test "key loads" {
    try std.testing.expect(«V»_pem.len > 0);
}
''', V=v, ML=ML(c, 'zig', '    '), N=note(r, 'zig', c))


@T('zig_test', 'zig', ('tok', 'hook', 'url'))
def _(r, c):
    v = sn(c.w)
    return r.choice(['tests/integration_test.zig', 'src/client_test.zig']), F('''const std = @import("std");
const testing = std.testing;
const Client = @import("../src/client.zig").Client;

«N»const «V» = «VAL»;

test "client sends signed request" {
    var client = try Client.init(testing.allocator, .{ .token = «V», .timeout_ms = «T» });
    defer client.deinit();
    const res = try client.ping();
    try testing.expectEqual(@as(u16, 200), res.status);
}
''', V=v, VAL=E(c, 'zig'), N=note(r, 'zig', c), T=str(r.choice([1000, 5000, 30000])))


# ================================================================ Nim
@T('nim_httpclient', 'nim', ('hdr',), env=True)
def _(r, c):
    v = cm(c.w)
    return r.choice(['src/app.nim', 'src/notifier.nim', 'src/%s.nim' % proj(r)]), F('''import std/[httpclient, json, strutils]

«N»let «V» = «VAL»

proc send*(msg: string): JsonNode =
  let client = newHttpClient(timeout = 10_000)
  defer: client.close()
  client.headers = newHttpHeaders({
    "«HN»": «HV»,
    "Content-Type": "application/json"
  })
  let resp = client.request("«API»", httpMethod = HttpPost, body = $(%*{"text": msg}))
  if not resp.status.startsWith("2"):
    raise newException(IOError, "request failed: " & resp.status)
  result = parseJson(resp.body)

when isMainModule:
  echo send("hello from nim")
''', V=v, VAL=E(c, 'nim'), HN=c.hdr[0], HV=hval(c, v, '&'), API=c.api, N=note(r, 'nim', c))


@T('nim_config_nims', 'nims', ANY1, env=False)
def _(r, c):
    return 'config.nims', F('''# config.nims
switch("threads", "on")
switch("mm", "orc")
--define:ssl

«N»putEnv("«ENV»", «VAL»)
«C»
task test, "run tests":
  exec "nim c -r tests/tall.nim"
''', ENV=c.env, VAL=E(c, 'nim'), N=note(r, 'nim', c), C=comps(c, 'putEnv("%s", "%s")\n', up))


@T('nim_const_module', 'nim', ANY1 + ('pem',), env=True)
def _(r, c):
    v = cm(c.w)
    kw = 'let' if c.mode == 'env' else r.choice(['const', 'let'])
    val = ML(c, 'nim') if c.cls == 'pem' else E(c, 'nim')
    return r.choice(['src/secrets.nim', 'src/settings.nim', 'src/private/creds.nim']), F('''## Settings for the «P» service.

const
  appName* = "«P»"
  defaultPort* = «PORT»
«C»
«N»«KW» «V»* = «VAL»

proc describe*(): string =
  appName & " on port " & $defaultPort
''', P=proj(r), PORT=str(r.choice([5000, 8080, 8443])), KW=kw, V=v, VAL=val, N=note(r, 'nim', c),
             C=comps(c, '  %s* = "%s"\n', cm))


@T('nimble_task', 'nimble', ('hdr',))
def _(r, c):
    p = proj(r)
    hv = c.hdr[1] + c.value
    return '%s.nimble' % p, F('''# Package

version       = "0.%d.%d"
author        = "%s"
description   = "Small service written in Nim"
license       = "MIT"
srcDir        = "src"
bin           = @["%s"]

# Dependencies

requires "nim >= 2.0.0"
requires "jester >= 0.6.0"

«N»task release, "tag and notify":
  exec "git push --tags"
  exec "curl -sf -X POST -H '«HN»: «HV»' «API»"
''' % (r.randint(1, 9), r.randint(0, 20), r.choice(['Maja Keller', 'Tomasz Nowak', 'Ren Ito']), p),
             HN=c.hdr[0], HV=hv, API=c.api, N=note(r, 'nim', c))


# ================================================================ Crystal
@T('crystal_http_client', 'crystal', ('hdr',), env=True)
def _(r, c):
    v = up(c.w)
    hv = ('"%s#{%s}"' % (c.hdr[1], v)) if c.hdr[1] else v
    return r.choice(['src/api_client.cr', 'src/services/notifier.cr']), F('''require "http/client"
require "json"

module «M»
  «N2»«V» = «VAL»

  class ApiClient
    def post(payload : Hash(String, String)) : JSON::Any
      headers = HTTP::Headers{
        "«HN»"  => «HV»,
        "Content-Type" => "application/json",
      }
      response = HTTP::Client.post("«API»", headers: headers, body: payload.to_json)
      raise "HTTP #{response.status_code}" unless response.success?
      JSON.parse(response.body)
    end
  end
end
''', M=pc((proj(r),)), V=v, VAL=E(c, 'cr'), HN=c.hdr[0], HV=hv, API=c.api, N2=note(r, 'cr', c).replace('\n', '\n  '))


@T('crystal_lucky_db', 'crystal', ('pw',), env=True)
def _(r, c):
    host = dict((sn(w), v) for w, v in c.extra).get('db_host', 'localhost')
    user = dict((sn(w), v) for w, v in c.extra).get('db_user', 'postgres')
    return 'config/database.cr', F('''database_name = "«DB»_#{LuckyEnv.environment}"

AppDatabase.configure do |settings|
  if LuckyEnv.production?
    settings.credentials = Avram::Credentials.new(
      database: database_name,
      hostname: "«H»",
      port: 5432,
      username: "«U»",
«N»      password: «VAL»
    )
  else
    settings.credentials = Avram::Credentials.parse?(ENV["DB_URL"]?) || Avram::Credentials.new(
      database: database_name,
      hostname: ENV["DB_HOST"]? || "localhost",
      port: ENV["DB_PORT"]?.try(&.to_i) || 5432,
      username: ENV["DB_USERNAME"]? || "postgres",
      password: ENV["DB_PASSWORD"]? || "postgres"
    )
  end
end

Avram.configure do |settings|
  settings.database_to_migrate = AppDatabase
  settings.lazy_load_enabled = LuckyEnv.production?
end
''', DB=r.choice(DBS), H=host, U=user, VAL=E(c, 'cr'), N=note(r, 'cr', c).replace('#', '      #') if False else '')


@T('crystal_amber_yml', 'yaml', ANY1)
def _(r, c):
    lines = ['secret_key_base: %s' % (hx(r, 64) if False else 'ENV_OVERRIDE'.lower()), 'port: 3000', 'name: %s' % proj(r),
             'logging:', '  severity: info', '  colorize: false', 'host: 0.0.0.0', 'port_reuse: true',
             'process_count: %d' % r.choice([1, 2, 4])]
    lines = [l for l in lines if not l.startswith('secret_key_base')]
    k = r.randint(0, 3)
    val = c.value
    ins = ['%s: "%s"' % (sn(c.w), val)]
    for w, v in c.extra:
        ins.append('%s: "%s"' % (sn(w), v))
    if r.random() < 0.5:
        ins = ['secrets:'] + ['  ' + x for x in ins]
        lines = lines + [''] + ins
    else:
        lines = lines[:k] + ins + lines[k:]
    n = note(r, 'yaml', c)
    return r.choice(['config/environments/production.yml', 'config/environments/staging.yml']), n + '\n'.join(lines) + '\n'


@T('crystal_pem_heredoc', 'crystal', ('pem',), env=True)
def _(r, c):
    v = up(c.w)
    return r.choice(['src/auth/jwt_keys.cr', 'src/config/keys.cr']), F('''require "jwt"

module Auth
  «V» = «ML»

  def self.sign(payload) : String
    JWT.encode(payload, «V», JWT::Algorithm::«ALG»)
  end
end
''', V=v, ML=ML(c, 'cr', '  '), ALG=r.choice(['RS256', 'ES256']))


@T('crystal_spec', 'crystal', ('tok', 'hook', 'url'))
def _(r, c):
    v = sn(c.w)
    return r.choice(['spec/webhook_spec.cr', 'spec/client_spec.cr']), F('''require "./spec_helper"

describe «M»::Client do
«N»  «V» = «VAL»

  it "builds an authorised request" do
    client = «M»::Client.new(«V»)
    client.base_url.should eq("https://api.«P».io")
  end

  it "retries on 503" do
    client = «M»::Client.new(«V», retries: «RT»)
    client.retries.should eq(«RT»)
  end
end
''', M=pc((proj(r),)), P=proj(r), V=v, VAL=E(c, 'cr'), RT=str(r.randint(2, 5)), N=note(r, 'cr', c).replace('#', '  #', 1))


# ================================================================ V
@T('v_http', 'v', ('hdr',), env=True)
def _(r, c):
    v = sn(c.w)
    hv = ("'%s' + %s" % (c.hdr[1], v)) if c.hdr[1] else v
    return r.choice(['main.v', 'src/api.v']), F('''module main

import net.http
import os
import json

struct Payload {
	text string
}

fn main() {
	«N»«V» := «VAL»
	mut req := http.new_request(.post, '«API»', json.encode(Payload{ text: os.args[1] or { 'ping' } }))
	req.add_custom_header('«HN»', «HV») or { panic(err) }
	req.add_header(.content_type, 'application/json')
	resp := req.do() or { panic(err) }
	println('${resp.status_code} ${resp.body}')
}
''', V=v, VAL=E(c, 'v'), HN=c.hdr[0], HV=hv, API=c.api, N=note(r, 'v', c).replace('\n', '\n\t'))


@T('v_const_block', 'v', ANY1)
def _(r, c):
    items = ["app_name = '%s'" % proj(r), 'port = %d' % r.choice([8080, 8000, 3001])]
    items += ["%s = '%s'" % (sn(w), val) for w, val in c.extra]
    items.insert(r.randint(0, len(items)), '%s = %s' % (sn(c.w), E(c, 'v')))
    return r.choice(['config.v', 'src/config.v']), F('''module main

«N»pub const (
«I»
)
''', I='\n'.join('\t' + i for i in items), N=note(r, 'v', c))


@T('v_pg_connect', 'v', ('pw',))
def _(r, c):
    d = dict((sn(w), v) for w, v in c.extra)
    return r.choice(['src/db.v', 'db.v']), F('''module main

import db.pg

fn connect() !pg.DB {
	return pg.connect(pg.Config{
		host: '«H»'
		port: 5432
		user: '«U»'
		«N»password: «VAL»
		dbname: '«DB»'
	})!
}
''', H=d.get('db_host', d.get('redis_host', 'localhost')), U=d.get('db_user', 'app'), VAL=E(c, 'v'), DB=r.choice(DBS),
             N=note(r, 'v', c).replace('\n', '\n\t\t'))


# ================================================================ Odin
@T('odin_const', 'odin', ANY1)
def _(r, c):
    cs = ''.join('%s :: "%s"\n' % (up(w), v) for w, v in c.extra)
    return r.choice(['src/config.odin', 'config.odin']), F('''package main

import "core:fmt"

SERVER_ADDR :: "0.0.0.0:%d"
«C»«N»«V» :: «VAL»

print_config :: proc() {
	fmt.println("listening on", SERVER_ADDR)
}
''' % r.choice([8080, 7000]), C=cs, V=up(c.w), VAL=E(c, 'odin'), N=note(r, 'odin', c))


@T('odin_pem_raw', 'odin', ('pem',))
def _(r, c):
    return 'src/tls/key.odin', F('''package tls

// Raw string, keep the line breaks.
«N»«V» := «ML»

load_key :: proc() -> []u8 {
	return transmute([]u8)«V»
}
''', V=up(c.w), ML=ML(c, 'odin'), N=note(r, 'odin', c))


# ================================================================ Gleam
@T('gleam_http', 'gleam', ('hdr',), env=True)
def _(r, c):
    v = sn(c.w)
    hv = ('"%s" <> %s' % (c.hdr[1], v)) if c.hdr[1] else v
    mod = proj(r)
    api = c.api
    host = api.split('/')[2]
    path = '/' + '/'.join(api.split('/')[3:])
    if c.mode == 'env':
        top = ''
        inner = '  let %s = %s\n' % (v, E(c, 'gleam'))
    else:
        top = note(r, 'gleam', c) + 'const %s = %s\n\n' % (v, E(c, 'gleam'))
        inner = ''
    return 'src/%s/api.gleam' % mod, F('''import gleam/http
import gleam/http/request
import gleam/httpc
import gleam/result
import envoy

«TOP»pub fn send(body: String) {
«IN»  let req =
    request.new()
    |> request.set_method(http.Post)
    |> request.set_host("«HOST»")
    |> request.set_path("«PATH»")
    |> request.set_header("«HN»", «HV»)
    |> request.set_header("content-type", "application/json")
    |> request.set_body(body)
  httpc.send(req)
}
''', TOP=top, IN=inner, HOST=host, PATH=path, HN=c.hdr[0].lower(), HV=hv)


@T('gleam_config', 'gleam', ANY1 + ('pem',))
def _(r, c):
    mod = proj(r)
    cs = ''.join('pub const %s = "%s"\n\n' % (sn(w), v) for w, v in c.extra)
    val = ML(c, 'gleam') if c.cls == 'pem' else E(c, 'gleam')
    return 'src/%s/config.gleam' % mod, F('''//// Static configuration for «M».

pub const port = «PORT»

«C»«N»pub const «V» = «VAL»

pub fn is_production() -> Bool {
  True
}
''', M=mod, PORT=str(r.choice([8000, 3000, 4000])), C=cs, V=sn(c.w), VAL=val, N=note(r, 'gleam', c))


@T('gleam_test', 'gleam', ('tok', 'hook', 'url'))
def _(r, c):
    mod = proj(r)
    return 'test/%s_test.gleam' % mod, F('''import gleeunit
import gleeunit/should
import «M»/client

pub fn main() {
  gleeunit.main()
}

«N»const «V» = «VAL»

pub fn client_builds_request_test() {
  client.new(«V»)
  |> client.base_url
  |> should.equal("https://api.«M».dev")
}
''', M=mod, V=sn(c.w), VAL=E(c, 'gleam'), N=note(r, 'gleam', c))


# ================================================================ Julia
@T('julia_http', 'julia', ('hdr',), env=True)
def _(r, c):
    v = up(c.w) if r.random() < 0.5 else sn(c.w)
    hv = ('"%s$%s"' % (c.hdr[1], v)) if c.hdr[1] else v
    return r.choice(['src/client.jl', 'src/Api.jl', 'scripts/fetch.jl']), F('''using HTTP, JSON3

«N»const «V» = «VAL»

function call_api(payload::Dict)
    headers = [
        "«HN»" => «HV»,
        "Content-Type" => "application/json",
    ]
    resp = HTTP.post("«API»", headers, JSON3.write(payload); readtimeout=30)
    return JSON3.read(resp.body)
end

if abspath(PROGRAM_FILE) == @__FILE__
    println(call_api(Dict("input" => "hello")))
end
''', V=v, VAL=E(c, 'jl'), HN=c.hdr[0], HV=hv, API=c.api, N=note(r, 'jl', c))


@T('julia_env_fallback', 'julia', ANY1)
def _(r, c):
    v = up(c.w)
    return r.choice(['scripts/run.jl', 'src/settings.jl', 'deploy/run_pipeline.jl']), F('''# Pipeline settings; env wins, otherwise fall back to the baked-in value.
using Dates

const START = now()
const OUTDIR = get(ENV, "OUTDIR", joinpath(@__DIR__, "..", "out"))
«N»const «V» = get(ENV, "«ENV»", "«VAL»")
«C»
@info "settings loaded" OUTDIR START
''', V=v, ENV=c.env, VAL=c.value, N=note(r, 'jl', c), C=comps(c, 'const %s = "%s"\n', up))


@T('julia_pluto', 'julia', ANY1)
def _(r, c):
    ids = [uuid1(r) for _ in range(5)]
    v = sn(c.w)
    return r.choice(['notebooks/analysis.jl', 'notebooks/dashboard.jl', 'pluto/explore.jl']), F('''### A Pluto.jl notebook ###
# v0.19.«PV»

using Markdown
using InteractiveUtils

# ╔═╡ «I0»
using HTTP, JSON3, DataFrames

# ╔═╡ «I1»
md"""
# Weekly numbers
Pulls the latest export and plots it.
"""

# ╔═╡ «I2»
«V» = "«VAL»"

# ╔═╡ «I3»
df = DataFrame(JSON3.read(HTTP.get("https://api.«P».io/export").body))

# ╔═╡ «I4»
describe(df)

# ╔═╡ Cell order:
# ╠═«I0»
# ╟─«I1»
# ╠═«I2»
# ╠═«I3»
# ╠═«I4»
''', PV=str(r.randint(30, 46)), I0=ids[0], I1=ids[1], I2=ids[2], I3=ids[3], I4=ids[4], V=v, VAL=c.value, P=proj(r))


@T('julia_localprefs', 'toml', ANY1)
def _(r, c):
    pkg = pc((proj(r),))
    lines = ['log_level = "%s"' % r.choice(['info', 'debug']), 'cache_dir = "/var/cache/%s"' % pkg.lower()]
    lines += ['%s = "%s"' % (sn(w), v) for w, v in c.extra]
    lines.insert(r.randint(0, len(lines)), '%s = "%s"' % (sn(c.w), c.value))
    return 'LocalPreferences.toml', '[%s]\n%s\n' % (pkg, '\n'.join(lines))


@T('julia_libpq', 'julia', ('pw',), env=True)
def _(r, c):
    d = dict((sn(w), v) for w, v in c.extra)
    if c.mode == 'env':
        cs = '"host=%s dbname=%s user=%s password=$(ENV["%s"])"' % (d.get('db_host', 'localhost'), r.choice(DBS), d.get('db_user', 'app'), c.env)
    else:
        cs = '"host=%s dbname=%s user=%s password=%s"' % (d.get('db_host', d.get('redis_host', 'localhost')), r.choice(DBS), d.get('db_user', 'app'), c.value)
    return r.choice(['src/db.jl', 'etl/load.jl']), F('''using LibPQ, DataFrames

«N»conn = LibPQ.Connection(«CS»)

function load_orders(since)
    result = execute(conn, "SELECT * FROM orders WHERE created_at > \\$1", [since])
    return DataFrame(result)
end
''', CS=cs, N=note(r, 'jl', c))


@T('julia_pem', 'julia', ('pem',), env=True)
def _(r, c):
    return r.choice(['src/auth.jl', 'src/Signing.jl']), F('''module Signing

using JSONWebTokens

«N»const «V» = «ML»

sign(claims::Dict) = JSONWebTokens.encode(JSONWebTokens.RS256(«V»), claims)

end # module
''', V=up(c.w), ML=ML(c, 'jl'), N=note(r, 'jl', c))


# ================================================================ Mojo
@T('mojo_requests', 'mojo', ('hdr',))
def _(r, c):
    return r.choice(['main.mojo', 'src/client.mojo']), F('''from python import Python


fn main() raises:
    var requests = Python.import_module("requests")
    «N»var «V» = «VAL»
    var headers = Python.dict()
    headers["«HN»"] = «HV»
    headers["Content-Type"] = "application/json"
    var resp = requests.post("«API»", headers=headers, json=Python.dict())
    print(resp.status_code)
''', V=sn(c.w), VAL=E(c, 'mojo'), HN=c.hdr[0], HV=hval(c, sn(c.w), '+'), API=c.api,
             N=note(r, 'mojo', c).replace('\n', '\n    '))


@T('mojo_config', 'mojo', ANY1)
def _(r, c):
    return r.choice(['config.mojo', 'src/settings.mojo']), F('''alias APP_NAME = "«P»"
alias WORKERS = «W»
«N»alias «V» = «VAL»
«C»

fn describe() -> String:
    return APP_NAME + " x" + str(WORKERS)
''', P=proj(r), W=str(r.choice([2, 4, 8])), V=up(c.w), VAL=E(c, 'mojo'), N=note(r, 'mojo', c),
             C=comps(c, 'alias %s = "%s"\n', up))


# ================================================================ Hare
@T('hare_def', 'hare', ANY1)
def _(r, c):
    return r.choice(['cmd/%s/main.ha' % proj(r), 'config.ha']), F('''use fmt;
use net::http;

«N»def «V»: str = «VAL»;
«C»
export fn main() void = {
	fmt::printfln("starting with {} workers", 4)!;
};
''', V=up(c.w), VAL=E(c, 'hare'), N=note(r, 'hare', c), C=comps(c, 'def %s: str = "%s";\n', up))


@T('hare_pem', 'hare', ('pem',))
def _(r, c):
    return 'crypto/key.ha', F('''// Signing key for release manifests.
«N»export const «V»: str =
«ML»;
''', V=sn(c.w), ML=ML(c, 'hare', '\t'), N=note(r, 'hare', c))


# ================================================================ D
@T('d_vibe_request', 'd', ('hdr',), env=True)
def _(r, c):
    v = cm(c.w)
    hv = ('"%s" ~ %s' % (c.hdr[1], v)) if c.hdr[1] else v
    return r.choice(['source/app.d', 'source/api/client.d']), F('''import vibe.d;
import std.process : environment;

«N»immutable string «V» = «VAL»;

void notify(string text)
{
    requestHTTP("«API»",
        (scope req) {
            req.method = HTTPMethod.POST;
            req.headers["«HN»"] = «HV»;
            req.writeJsonBody(["text": text]);
        },
        (scope res) {
            logInfo("status %s", res.statusCode);
        });
}

void main()
{
    notify("deploy finished");
    runApplication();
}
''', V=v, VAL=E(c, 'd') if c.mode != 'env' else '""', HN=c.hdr[0], HV=hv if c.mode != 'env' else hval(c, 'environment.get("%s")' % c.env, '~'),
             API=c.api, N=note(r, 'd', c))


@T('d_config_enum', 'd', ANY1)
def _(r, c):
    return r.choice(['source/config.d', 'source/app/settings.d']), F('''module app.settings;

enum ushort listenPort = «PORT»;
enum string appName = "«P»";
«C»«N»enum string «V» = «VAL»;
''', PORT=str(r.choice([8080, 9090])), P=proj(r), V=cm(c.w), VAL=E(c, 'd'), N=note(r, 'd', c),
             C=comps(c, 'enum string %s = "%s";\n', cm))


@T('d_pem_delimited', 'd', ('pem',))
def _(r, c):
    return 'source/keys.d', F('''module keys;

// delimited string keeps the PEM exactly as exported
«N»immutable «V» = «ML»;
''', V=cm(c.w), ML=ML(c, 'd'), N=note(r, 'd', c))


@T('d_mysql_pool', 'd', ('pw',))
def _(r, c):
    d = dict((sn(w), v) for w, v in c.extra)
    return 'source/db.d', F('''import mysql;

MySQLPool pool;

shared static this()
{
    «N»pool = new MySQLPool("«H»", "«U»", «VAL», "«DB»", 3306);
}
''', H=d.get('db_host', d.get('redis_host', 'localhost')), U=d.get('db_user', 'app'), VAL=E(c, 'd'), DB=r.choice(DBS),
             N=note(r, 'd', c).replace('\n', '\n    '))


@T('dub_sdl_env', 'sdl', ('tok', 'url'))
def _(r, c):
    p = proj(r)
    return 'dub.sdl', F('''name "«P»"
description "«P» backend on vibe.d"
authors "«A»"
license "BSL-1.0"
dependency "vibe-d" version="~>0.10.0"
targetType "executable"
«N»environments "«ENV»" "«VAL»"
preBuildCommands "echo building «P»"
''', P=p, A=r.choice(['Jonas Berg', 'Ana Silva', 'Keiko Mori']), ENV=c.env, VAL=c.value, N=note(r, 'sh', c).replace('#', '//'))


# ================================================================ Pony
@T('pony_main', 'pony', ANY1 + ('pem',))
def _(r, c):
    val = ML(c, 'pony', '  ') if c.cls == 'pem' else E(c, 'pony')
    return r.choice(['main.pony', '%s/main.pony' % proj(r)]), F('''use "net"
use "http"

primitive Settings
  fun port(): String => "«PORT»"
«N»  fun «V»(): String => «VAL»

actor Main
  new create(env: Env) =>
    env.out.print("listening on " + Settings.port())
''', PORT=str(r.choice([8080, 9000])), V=sn(c.w), VAL=val, N=note(r, 'pony', c).replace('//', '  //'))


# ================================================================ Racket
@T('racket_http_easy', 'racket', ('hdr',), env=True)
def _(r, c):
    v = kb(c.w)
    hv = ('(string-append "%s" %s)' % (c.hdr[1], v)) if c.hdr[1] else v
    hk = c.hdr[0] if c.hdr[0] != 'Authorization' else 'Authorization'
    return r.choice(['main.rkt', 'private/client.rkt']), F('''#lang racket/base
(require net/http-easy racket/format)

«N»(define «V» «VAL»)

(define (send-message text)
  (define res
    (post "«API»"
          #:headers (hasheq '«HK» «HV»)
          #:json (hasheq 'text text)))
  (response-json res))

(module+ main
  (displayln (send-message "hi from racket")))
''', V=v, VAL=E(c, 'rkt'), HK=hk, HV=hv, API=c.api, N=note(r, 'rkt', c))


@T('racket_db', 'racket', ('pw',), env=True)
def _(r, c):
    d = dict((sn(w), v) for w, v in c.extra)
    return r.choice(['db.rkt', 'private/db.rkt']), F('''#lang racket/base
(require db)
(provide conn)

«N»(define conn
  (postgresql-connect #:server "«H»"
                      #:port 5432
                      #:database "«DB»"
                      #:user "«U»"
                      #:password «VAL»))
''', H=d.get('db_host', d.get('redis_host', 'localhost')), DB=r.choice(DBS), U=d.get('db_user', 'app'), VAL=E(c, 'rkt'),
             N=note(r, 'rkt', c))


# ================================================================ Elm
@T('elm_flags_js', 'javascript', ANY1, env=True)
def _(r, c):
    v = cm(c.w)
    return r.choice(['src/index.js', 'src/main.js']), F('''import { Elm } from "./Main.elm";

«N»const app = Elm.Main.init({
  node: document.getElementById("root"),
  flags: {
    apiBase: "https://api.«P».app",
    «V»: «VAL»,
    width: window.innerWidth
  }
});

app.ports.sendToJs.subscribe((msg) => console.log(msg));
''', V=v, VAL=E(c, 'js'), P=proj(r), N=note(r, 'js', c))


@T('elm_api_module', 'elm', ('hdr',))
def _(r, c):
    v = cm(c.w)
    hv = ('"%s" ++ %s' % (c.hdr[1], v)) if c.hdr[1] else v
    return r.choice(['src/Api.elm', 'src/Api/Client.elm']), F('''module Api exposing (send)

import Http
import Json.Encode as E


«N»«V» : String
«V» =
    «VAL»


send : (Result Http.Error () -> msg) -> String -> Cmd msg
send toMsg text =
    Http.request
        { method = "POST"
        , headers = [ Http.header "«HN»" («HV») ]
        , url = "«API»"
        , body = Http.jsonBody (E.object [ ( "text", E.string text ) ])
        , expect = Http.expectWhatever toMsg
        , timeout = Nothing
        , tracker = Nothing
        }
''', V=v, VAL=E(c, 'elm') if c.mode != 'env' else '""', HN=c.hdr[0], HV=hv, API=c.api, N=note(r, 'elm', c))


# ================================================================ Roc
@T('roc_http', 'roc', ('hdr',), env=True)
def _(r, c):
    v = sn(c.w)
    hv = ('Str.concat("%s", %s)' % (c.hdr[1], v)) if c.hdr[1] else v
    plat = rs(r, 43, B64U)
    if c.mode == 'env':
        bind = '    %s = %s\n' % (v, E(c, 'roc'))
        top = ''
    else:
        bind = ''
        top = note(r, 'roc', c) + '%s = %s\n\n' % (v, E(c, 'roc'))
    return 'main.roc', F('''app [main!] { pf: platform "https://github.com/roc-lang/basic-cli/releases/download/0.19.0/«PL».tar.br" }

import pf.Http
import pf.Stdout
import pf.Env

«TOP»main! = |_args|
«BIND»    response = Http.send!({
        method: POST,
        headers: [Http.header(("«HN»", «HV»))],
        uri: "«API»",
        body: Str.to_utf8("{}"),
        timeout_ms: TimeoutMilliseconds(5000),
    })?
    Stdout.line!("status: ${Num.to_str(response.status)}")
''', PL=plat, TOP=top, BIND=bind, HN=c.hdr[0], HV=hv, API=c.api)


# ================================================================ Haxe
@T('haxe_http', 'haxe', ('hdr',), env=True)
def _(r, c):
    v = up(c.w)
    hv = ('"%s" + %s' % (c.hdr[1], v)) if c.hdr[1] else v
    return r.choice(['src/Main.hx', 'src/net/ApiClient.hx']), F('''import haxe.Http;
import haxe.Json;

class Main {
	«N»static final «V»:String = «VAL»;

	static function main() {
		var http = new Http("«API»");
		http.setHeader("«HN»", «HV»);
		http.setHeader("Content-Type", "application/json");
		http.setPostData(Json.stringify({text: "build ok"}));
		http.onData = function(data) trace(data);
		http.onError = function(err) trace('error: $err');
		http.request(true);
	}
}
''', V=v, VAL=E(c, 'hx'), HN=c.hdr[0], HV=hv, API=c.api, N=note(r, 'hx', c).replace('\n', '\n\t'))


@T('haxe_hxml', 'hxml', ('tok',))
def _(r, c):
    return r.choice(['build.hxml', 'release.hxml']), F('''-cp src
-main Main
-lib hxnodejs
-D analyzer-optimize
«N»-D «V»=«VAL»
-js bin/main.js
''', V=sn(c.w), VAL=c.value, N=note(r, 'hxml', c))


# ================================================================ Vala
@T('vala_soup', 'vala', ('hdr',), env=True)
def _(r, c):
    v = up(c.w)
    hv = ('"%s" + %s' % (c.hdr[1], v)) if c.hdr[1] else v
    decl = ('    const string %s = %s;\n' % (v, E(c, 'vala'))) if c.mode != 'env' else ''
    var = '' if c.mode != 'env' else '        var %s = %s;\n' % (v, E(c, 'vala'))
    return r.choice(['src/Client.vala', 'src/Application.vala']), F('''public class Notifier : Object {
«N»«D»
    public async void send (string text) throws Error {
        var session = new Soup.Session ();
«VAR»        var msg = new Soup.Message ("POST", "«API»");
        msg.request_headers.append ("«HN»", «HV»);
        var body = "{\\"text\\": \\"%s\\"}".printf (text);
        msg.set_request_body_from_bytes ("application/json", new Bytes (body.data));
        var bytes = yield session.send_and_read_async (msg, Priority.DEFAULT, null);
        print ("%u %s\\n", msg.status_code, (string) bytes.get_data ());
    }
}
''', N=note(r, 'vala', c).replace('//', '    //'), D=decl, VAR=var, API=c.api, HN=c.hdr[0], HV=hv)


# ================================================================ Ballerina
@T('ballerina_config_toml', 'toml', ANY1)
def _(r, c):
    org = r.choice(['acme', 'wso2_demo', 'lunar'])
    lines = ['port = %d' % r.choice([9090, 8290]), 'maxRetries = %d' % r.randint(1, 5)]
    lines += ['%s = "%s"' % (cm(w), v) for w, v in c.extra]
    lines.insert(r.randint(0, len(lines)), '%s = "%s"' % (cm(c.w), c.value))
    return 'Config.toml', '[%s.%s]\n%s%s\n' % (org, proj(r), note(r, 'toml', c), '\n'.join(lines))


@T('ballerina_configurable', 'ballerina', ANY1 + ('pem',))
def _(r, c):
    val = ML(c, 'bal') if c.cls == 'pem' else E(c, 'bal')
    return r.choice(['main.bal', 'modules/config/config.bal']), F('''import ballerina/http;
import ballerina/log;

configurable int port = «PORT»;
«N»configurable string «V» = «VAL»;

service /api on new http:Listener(port) {
    resource function get health() returns string {
        log:printInfo("health check");
        return "ok";
    }
}
''', PORT=str(r.choice([9090, 8080])), V=cm(c.w), VAL=val, N=note(r, 'bal', c))


@T('ballerina_http_client', 'ballerina', ('hdr',))
def _(r, c):
    base = '/'.join(c.api.split('/')[:3])
    path = '/' + '/'.join(c.api.split('/')[3:])
    if c.hdr[1].strip() == 'Bearer':
        cfg = 'auth: {\n        token: %s\n    }' % E(c, 'bal')
        hdr = ''
    else:
        cfg = 'timeout: 30'
        hdr = ', {"%s": %s}' % (c.hdr[0], ('"%s" + ' % c.hdr[1] if c.hdr[1] else '') + E(c, 'bal'))
    return r.choice(['client.bal', 'modules/notify/notify.bal']), F('''import ballerina/http;

«N»final http:Client apiClient = check new ("«BASE»", {
    «CFG»
});

public function send(json payload) returns json|error {
    return apiClient->post("«PATH»", payload«HDR»);
}
''', BASE=base, PATH=path, CFG=cfg, HDR=hdr, N=note(r, 'bal', c))


# ================================================================ Red
@T('red_script', 'red', ('hdr',))
def _(r, c):
    v = kb(c.w)
    hv = ('rejoin ["%s" %s]' % (c.hdr[1], v)) if c.hdr[1] else v
    return r.choice(['client.red', 'scripts/notify.red']), F('''Red [
    Title: "notify"
    Needs: 'View
]

«N»«V»: «VAL»

send: func [msg [string!]][
    write/info «API» compose/deep [
        POST [
            «HN»: («HV»)
            Content-Type: "application/json"
        ]
        (rejoin [{{"text": "} msg {"}}])
    ]
]

print send "build done"
''', V=v, VAL=E(c, 'red'), HN=c.hdr[0], HV=hv, API=c.api.replace('https://', 'https://'), N=note(r, 'red', c))


# ================================================================ Janet / Fennel
@T('janet_def', 'janet', ANY1 + ('pem',), env=True)
def _(r, c):
    val = ML(c, 'janet') if c.cls == 'pem' else E(c, 'janet')
    return r.choice(['main.janet', 'src/config.janet']), F('''(import spork/json)

(def port «PORT»)
«C»«N»(def «V» «VAL»)

(defn main [& args]
  (print "starting on " port))
''', PORT=str(r.choice([8000, 9001])), V=kb(c.w), VAL=val, N=note(r, 'janet', c),
             C=''.join('(def %s "%s")\n' % (kb(w), v) for w, v in c.extra))


@T('fennel_config', 'fennel', ANY1, env=True)
def _(r, c):
    items = ['  :window-width 1280', '  :debug false']
    items += ['  :%s "%s"' % (kb(w), v) for w, v in c.extra]
    items.insert(r.randint(0, len(items)), '  :%s %s' % (kb(c.w), E(c, 'fnl')))
    return r.choice(['src/config.fnl', 'config.fnl']), F('''«N»(local config
 {
«I»})

config
''', I='\n'.join(items), N=note(r, 'fnl', c))


# ================================================================ Chapel / Idris / Lean / Unison / Koka / Carbon
@T('chapel_config', 'chapel', ANY1 + ('pem',))
def _(r, c):
    val = ML(c, 'chpl') if c.cls == 'pem' else E(c, 'chpl') if c.mode != 'env' else '""'
    return r.choice(['src/Main.chpl', 'src/Config.chpl']), F('''module Main {
  use IO;

  config const numTasks = here.maxTaskPar;
  «N»config const «V»: string = «VAL»;

  proc main() {
    writeln("running with ", numTasks, " tasks");
  }
}
''', V=cm(c.w), VAL=val, N=note(r, 'chpl', c).replace('\n', '\n  '))


@T('idris_config', 'idris', ANY1)
def _(r, c):
    v = cm(c.w)
    return r.choice(['src/Config.idr', 'src/App/Config.idr']), F('''module Config

%default total

export
port : Int
port = «PORT»

«N»export
«V» : String
«V» = «VAL»
''', PORT=str(r.choice([8080, 3000])), V=v, VAL=E(c, 'elm') if c.mode != 'env' else '""', N=note(r, 'idr', c))


@T('lean_script', 'lean', ('hdr',), env=True)
def _(r, c):
    v = cm(c.w)
    return r.choice(['scripts/Fetch.lean', 'Main.lean']), F('''def main : IO Unit := do
  «N»let «V» : String := «VAL»
  let out ← IO.Process.output {
    cmd := "curl"
    args := #["-sS", "-X", "POST", "-H", "«HN»: «HP»" ++ «V», "«API»"]
  }
  IO.println out.stdout
''', V=v, VAL=E(c, 'lean'), HN=c.hdr[0], HP=c.hdr[1], API=c.api, N=note(r, 'lean', c).replace('\n', '\n  '))


@T('unison_scratch', 'unison', ANY1)
def _(r, c):
    return r.choice(['scratch.u', 'src/client.u']), F('''«N»«V» : Text
«V» = «VAL»

client.request : Text -> '{IO, Exception} Text
client.request path = do
  url = "https://api.«P».io" ++ path
  printLine ("GET " ++ url)
  url
''', V=kb(c.w).replace('-', '.'), VAL=Q(c.value, 'unison'), P=proj(r), N=note(r, 'u', c))


@T('koka_main', 'koka', ANY1 + ('pem',))
def _(r, c):
    val = ML(c, 'kk') if c.cls == 'pem' else Q(c.value, 'kk')
    return r.choice(['src/main.kk', 'main.kk']), F('''import std/os/env

«N»val «V» = «VAL»

pub fun main()
  println("starting " ++ "«P»")
''', V=kb(c.w), VAL=val, P=proj(r), N=note(r, 'kk', c))


@T('carbon_main', 'carbon', ANY1 + ('pem',))
def _(r, c):
    val = ML(c, 'carbon') if c.cls == 'pem' else Q(c.value, 'carbon')
    return r.choice(['main.carbon', 'src/config.carbon']), F('''package «P» api;

«N»let «V»: String = «VAL»;

fn Run() -> i32 {
  Print("{0}", "ok");
  return 0;
}
''', P=pc((proj(r),)), V=sn(c.w), VAL=val, N=note(r, 'carbon', c))


# ================================================================ ReScript / PureScript / Grain
@T('rescript_fetch', 'rescript', ('hdr',), env=True)
def _(r, c):
    v = cm(c.w)
    hv = ('"%s" ++ %s' % (c.hdr[1], v)) if c.hdr[1] else v
    return r.choice(['src/Api.res', 'src/bindings/Client.res']), F('''open Fetch

«N»let «V» = «VAL»

let send = async (text: string) => {
  let resp = await fetch(
    "«API»",
    {
      method: #POST,
      headers: Headers.fromObject({
        "«HN»": «HV»,
        "Content-Type": "application/json",
      }),
      body: Body.string(JSON.stringifyAny({"text": text})->Option.getOr("{}")),
    },
  )
  resp->Response.status
}
''', V=v, VAL=E(c, 'res'), HN=c.hdr[0], HV=hv, API=c.api, N=note(r, 'res', c))


@T('rescript_config', 'rescript', ANY1 + ('pem',))
def _(r, c):
    val = ML(c, 'res') if c.cls == 'pem' else E(c, 'res')
    return r.choice(['src/Config.res', 'src/Env.res']), F('''let apiBase = "https://api.«P».dev"
let retries = «RT»
«C»«N»let «V» = «VAL»
''', P=proj(r), RT=str(r.randint(1, 5)), V=cm(c.w), VAL=val, N=note(r, 'res', c),
             C=''.join('let %s = "%s"\n' % (cm(w), v) for w, v in c.extra))


@T('purescript_affjax', 'purescript', ('hdr',))
def _(r, c):
    v = cm(c.w)
    hv = ('"%s" <> %s' % (c.hdr[1], v)) if c.hdr[1] else v
    return r.choice(['src/Api.purs', 'src/Client/Http.purs']), F('''module Api where

import Prelude

import Affjax.Node as AN
import Affjax.RequestBody as RB
import Affjax.RequestHeader (RequestHeader(..))
import Affjax.ResponseFormat as RF
import Data.Maybe (Maybe(..))
import Effect.Aff (Aff)

«N»«V» :: String
«V» = «VAL»

send :: String -> Aff Unit
send body = do
  _ <- AN.request AN.defaultRequest
    { url = "«API»"
    , method = Left POST
    , headers = [ RequestHeader "«HN»" («HV») ]
    , content = Just (RB.string body)
    , responseFormat = RF.string
    }
  pure unit
''', V=v, VAL=E(c, 'elm'), HN=c.hdr[0], HV=hv, API=c.api, N=note(r, 'purs', c))


@T('purescript_config', 'purescript', ANY1 + ('pem',))
def _(r, c):
    val = ML(c, 'purs') if c.cls == 'pem' else Q(c.value, 'purs')
    return 'src/Config.purs', F('''module Config where

port :: Int
port = «PORT»

«N»«V» :: String
«V» = «VAL»
''', PORT=str(r.choice([8080, 3000])), V=cm(c.w), VAL=val, N=note(r, 'purs', c))


@T('grain_main', 'grain', ANY1)
def _(r, c):
    return r.choice(['src/main.gr', 'main.gr']), F('''module Main

from "string" include String

let port = «PORT»
«N»let «V» = «VAL»

print("listening on " ++ toString(port))
''', PORT=str(r.choice([8080, 3000])), V=cm(c.w), VAL=Q(c.value, 'gr'), N=note(r, 'gr', c))


# ================================================================ cross-cutting files
BUILD_IMG = [('zig', 'FROM alpine:3.20 AS build\nRUN apk add --no-cache zig\nWORKDIR /src\nCOPY . .\nRUN zig build -Doptimize=ReleaseSafe\n', '/src/zig-out/bin/app'),
             ('crystal', 'FROM crystallang/crystal:1.13.2-alpine AS build\nWORKDIR /src\nCOPY shard.yml shard.lock ./\nRUN shards install --production\nCOPY . .\nRUN crystal build --release --static src/app.cr -o bin/app\n', '/src/bin/app'),
             ('nim', 'FROM nimlang/nim:2.0.8-alpine AS build\nWORKDIR /src\nCOPY *.nimble ./\nRUN nimble install -y --depsOnly\nCOPY . .\nRUN nimble build -d:release\n', '/src/app'),
             ('gleam', 'FROM ghcr.io/gleam-lang/gleam:v1.5.1-erlang-alpine AS build\nWORKDIR /src\nCOPY . .\nRUN gleam export erlang-shipment\n', '/src/build/erlang-shipment'),
             ('julia', 'FROM julia:1.10 AS build\nWORKDIR /app\nCOPY Project.toml Manifest.toml ./\nRUN julia --project -e "using Pkg; Pkg.instantiate()"\nCOPY . .\n', '/app')]


@T('dockerfile_env', 'dockerfile', ('tok', 'url', 'hook', 'pw'))
def _(r, c):
    lang, build, art = r.choice(BUILD_IMG)
    envs = ['ENV APP_ENV=production', 'ENV PORT=%d' % r.choice([8080, 3000])]
    envs += ['ENV %s=%s' % (up(w), v) for w, v in c.extra]
    envs.insert(r.randint(0, len(envs)), 'ENV %s="%s"' % (c.env if r.random() < 0.7 else up(c.w), c.value))
    n = note(r, 'sh', c)
    return r.choice(['Dockerfile', 'docker/Dockerfile', 'deploy/Dockerfile.prod']), F('''# syntax=docker/dockerfile:1
«B»
FROM alpine:3.20
RUN apk add --no-cache ca-certificates libgcc
COPY --from=build «ART» /usr/local/bin/
«N»«E»
EXPOSE 8080
CMD ["app"]
''', B=build, ART=art, E='\n'.join(envs), N=n)


@T('gh_actions_env', 'yaml', ('tok', 'url', 'hook', 'pw'))
def _(r, c):
    lang = r.choice(['zig', 'julia', 'crystal', 'nim', 'gleam', 'dlang'])
    setup = {'zig': '      - uses: mlugg/setup-zig@v1\n        with:\n          version: 0.13.0\n      - run: zig build test',
             'julia': '      - uses: julia-actions/setup-julia@v2\n        with:\n          version: "1.10"\n      - uses: julia-actions/julia-runtest@v1',
             'crystal': '      - uses: crystal-lang/install-crystal@v1\n      - run: shards install\n      - run: crystal spec',
             'nim': '      - uses: jiro4989/setup-nim-action@v2\n        with:\n          nim-version: "2.0.8"\n      - run: nimble test -y',
             'gleam': '      - uses: erlef/setup-beam@v1\n        with:\n          otp-version: "27"\n          gleam-version: "1.5.1"\n      - run: gleam test',
             'dlang': '      - uses: dlang-community/setup-dlang@v1\n        with:\n          compiler: ldc-latest\n      - run: dub test'}[lang]
    envs = ['      %s: "%s"' % (up(w), v) for w, v in c.extra]
    envs.insert(r.randint(0, len(envs)), '      %s: "%s"' % (c.env, c.value))
    return r.choice(['.github/workflows/ci.yml', '.github/workflows/test.yml', '.github/workflows/integration.yml']), F('''name: CI

on:
  push:
    branches: [main]
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    «N»env:
«E»
    steps:
      - uses: actions/checkout@v4
«S»
''', E='\n'.join(envs), S=setup, N=note(r, 'yaml', c).replace('\n', '\n    '))


@T('gitlab_ci_vars', 'yaml', ('tok', 'url', 'hook', 'pw'))
def _(r, c):
    img, script = r.choice([('ziglang/zig:0.13.0', 'zig build test'), ('crystallang/crystal:1.13.2', 'crystal spec'),
                            ('julia:1.10', 'julia --project -e "using Pkg; Pkg.test()"'), ('nimlang/nim:2.0.8', 'nimble test -y')])
    return '.gitlab-ci.yml', F('''stages:
  - test
  - deploy

variables:
  GIT_DEPTH: "10"
«N»  «ENV»: "«VAL»"
«C»
test:
  stage: test
  image: «IMG»
  script:
    - «SC»

deploy:
  stage: deploy
  only:
    - main
  script:
    - ./scripts/deploy.sh
''', ENV=c.env, VAL=c.value, IMG=img, SC=script, C=comps(c, '  %s: "%s"\n', up), N=note(r, 'yaml', c).replace('#', '  #'))


@T('readme_codeblock', 'markdown', ANY1)
def _(r, c):
    lang = r.choice(['julia', 'nim', 'crystal', 'zig', 'gleam'])
    v = sn(c.w)
    code = {'julia': 'using %s\n\nclient = %s.Client(%s = "%s")\n%s.ping(client)' % ((pc((proj(r),)),) * 2 + (v, c.value, pc((proj(r),)))),
            'nim': 'import %s\n\nlet client = newClient(%s = "%s")\necho client.ping()' % (proj(r), cm(c.w), c.value),
            'crystal': 'require "%s"\n\nclient = %s::Client.new(%s: "%s")\nputs client.ping' % (proj(r), pc((proj(r),)), v, c.value),
            'zig': 'const lib = @import("%s");\n\nvar client = try lib.Client.init(allocator, .{ .%s = "%s" });\ndefer client.deinit();' % (proj(r), v, c.value),
            'gleam': 'import %s/client\n\npub fn main() {\n  client.new("%s")\n  |> client.ping\n}' % (proj(r), c.value)}[lang]
    return r.choice(['README.md', 'docs/usage.md', 'examples/README.md']), F('''# «P»

A small «L» client for our internal API.

## Installation

See the package manager section of the docs.

## Usage

```«L»
«CODE»
```

## License

MIT
''', P=proj(r), L=lang, CODE=code)


@T('docker_compose', 'yaml', ('pw', 'url'))
def _(r, c):
    if c.cls == 'pw':
        svc = 'db' if c.kname == 'db_pw' else 'redis'
        if svc == 'db':
            ins = '      POSTGRES_USER: %s\n      POSTGRES_PASSWORD: "%s"\n      POSTGRES_DB: %s\n' % (r.choice(USERS), c.value, r.choice(DBS))
            dbsvc = '  db:\n    image: postgres:16-alpine\n    environment:\n' + ins + '    volumes:\n      - pgdata:/var/lib/postgresql/data\n'
        else:
            dbsvc = '  redis:\n    image: redis:7-alpine\n    command: ["redis-server", "--requirepass", "%s"]\n' % c.value
        app_env = '      APP_ENV: production\n'
    else:
        dbsvc = '  db:\n    image: postgres:16-alpine\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/pg\n'
        app_env = '      %s: "%s"\n      APP_ENV: production\n' % (c.env, c.value)
    lang_img = r.choice(['crystallang/crystal:1.13.2', 'julia:1.10', 'nimlang/nim:2.0.8'])
    return r.choice(['docker-compose.yml', 'compose.yaml', 'deploy/docker-compose.prod.yml']), F('''services:
  app:
    build: .
    image: «IMG»
    ports:
      - "8080:8080"
    environment:
«AE»    depends_on:
      - «DEP»
«DB»
volumes:
  pgdata:
''', IMG=lang_img, AE=app_env, DB=dbsvc, DEP='redis' if 'redis:' in dbsvc else 'db')


@T('dotenv', 'dotenv', ('tok', 'url', 'hook', 'pw'))
def _(r, c):
    lines = ['APP_ENV=production', 'PORT=%d' % r.choice([8080, 3000]), 'LOG_LEVEL=info']
    lines += ['%s=%s' % (up(w), v) for w, v in c.extra]
    lines.insert(r.randint(0, len(lines)), '%s=%s' % (c.env, c.value))
    path = r.choice(['.env', '.env.production', '.env.local']) if c.needle else r.choice(['.env.example', '.env.sample'])
    return path, '\n'.join(lines) + '\n'


@T('gcp_sa_json', 'json', ('sa',))
def _(r, c):
    pid = '%s-%s-%d' % (proj(r), r.choice(['prod', 'data', 'ml']), r.randint(100000, 999999))
    acct = r.choice(['julia-etl', 'pluto-runner', 'zig-uploader', 'ci-deployer'])
    pk = c.value.replace('\n', '\\n') + ('\\n' if c.value else '')
    return r.choice(['credentials/service-account.json', 'deploy/gcp/%s.json' % acct, 'secrets/gcs-key.json']), json.dumps({
        'type': 'service_account', 'project_id': pid, 'private_key_id': hx(r, 40), 'private_key': '@@PK@@',
        'client_email': '%s@%s.iam.gserviceaccount.com' % (acct, pid), 'client_id': rs(r, 21, DG),
        'auth_uri': 'https://accounts.google.com/o/oauth2/auth', 'token_uri': 'https://oauth2.googleapis.com/token',
        'auth_provider_x509_cert_url': 'https://www.googleapis.com/oauth2/v1/certs',
        'client_x509_cert_url': 'https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com' % (acct, pid),
        'universe_domain': 'googleapis.com'}, indent=2).replace('@@PK@@', pk) + '\n'


@T('justfile_export', 'justfile', ('tok', 'url', 'hook'))
def _(r, c):
    return r.choice(['justfile', 'Justfile']), F('''set dotenv-load := false

«N»export «ENV» := "«VAL»"

build:
    zig build -Doptimize=ReleaseFast

test:
    zig build test --summary all

deploy: build
    ./scripts/upload.sh zig-out/bin/«P»
''', ENV=c.env, VAL=c.value, P=proj(r), N=note(r, 'sh', c))


@T('makefile_nim', 'makefile', ('tok', 'url', 'hook'))
def _(r, c):
    return 'Makefile', F('''NIMFLAGS ?= -d:release --opt:speed
«N»«ENV» ?= «VAL»

.PHONY: build run test

build:
\tnimble build $(NIMFLAGS)

run: build
\t«ENV»=$(«ENV») ./«P»

test:
\tnimble test
''', ENV=c.env, VAL=c.value, P=proj(r), N=note(r, 'sh', c))


# ================================================================ look-alike negatives
NEG_T = []


def NT(name, ft):
    def d(f):
        NEG_T.append(dict(name=name, ft=ft, f=f))
        return f
    return d


def sha1(r): return hx(r, 40)
def sha256(r): return hx(r, 64)


@NT('zig_zon_hashes', 'zon')
def _(r):
    p = proj(r)
    deps = []
    for name, url in r.sample([('httpz', 'https://github.com/karlseguin/http.zig'), ('zap', 'https://github.com/zigzap/zap'),
                               ('zig-clap', 'https://github.com/Hejsil/zig-clap'), ('pg', 'https://github.com/karlseguin/pg.zig'),
                               ('ziglyph', 'https://codeberg.org/dude_the_builder/ziglyph'), ('known_folders', 'https://github.com/ziglibs/known-folders')], r.randint(2, 4)):
        if r.random() < 0.5:
            u = '%s/archive/%s.tar.gz' % (url, sha1(r))
            h = '1220' + sha256(r)
        else:
            u = 'git+%s?ref=main#%s' % (url, sha1(r))
            h = '%s-0.%d.%d-%s' % (name.replace('-', '_'), r.randint(0, 3), r.randint(0, 9), rs(r, 44, B64U))
        deps.append('        .%s = .{\n            .url = "%s",\n            .hash = "%s",\n        },' % (name.replace('-', '_'), u, h))
    return 'build.zig.zon', F('''.{
    .name = .«P»,
    .version = "0.«A».«B»",
    .fingerprint = 0x«FP»,
    .minimum_zig_version = "0.14.0",
    .dependencies = .{
«D»
    },
    .paths = .{
        "build.zig",
        "build.zig.zon",
        "src",
        "LICENSE",
    },
}
''', P=p, A=str(r.randint(0, 9)), B=str(r.randint(0, 20)), FP=hx(r, 16), D='\n'.join(deps)), 'zig-package-hash'


JL_STD = {'Dates': 'ade2ca70-3891-5945-98fb-dc099432e06a', 'Random': '9a3f8284-a2c9-5f02-9a11-845980a1fd5c',
          'SHA': 'ea8e919c-243c-51af-8825-aaa63cd721ce', 'Test': '8dfed614-e22c-5e08-85e1-65c5234f0b40',
          'HTTP': 'cd3eb016-35fb-5094-929b-558a96fad6f3', 'Logging': '56ddb016-857b-54e1-b83d-db4d58db5568'}
JL_PK = ['JSON3', 'DataFrames', 'CSV', 'LibPQ', 'Plots', 'StatsBase', 'Oxygen', 'Genie', 'JuMP', 'Flux', 'Makie']


@NT('julia_project_toml', 'toml')
def _(r):
    deps = r.sample(list(JL_STD.items()), 3) + [(k, uuid(r)) for k in r.sample(JL_PK, 4)]
    deps.sort()
    comp = ['%s = "%d.%d"' % (k, r.randint(0, 3), r.randint(0, 12)) for k, _ in deps if k not in JL_STD]
    name = pc((proj(r),)) + r.choice(['', '.jl'])[:0]
    return 'Project.toml', 'name = "%s"\nuuid = "%s"\nauthors = ["%s <%s@users.noreply.github.com>"]\nversion = "0.%d.%d"\n\n[deps]\n%s\n\n[compat]\n%s\njulia = "1.9"\n\n[extras]\nTest = "8dfed614-e22c-5e08-85e1-65c5234f0b40"\n\n[targets]\ntest = ["Test"]\n' % (
        name, uuid(r), r.choice(['Ana Lima', 'Piotr K', 'Yuki Sato']), r.choice(['alima', 'pk', 'ysato']), r.randint(0, 5), r.randint(0, 9),
        '\n'.join('%s = "%s"' % d for d in deps), '\n'.join(comp)), 'julia-package-uuid'


@NT('julia_manifest_toml', 'toml')
def _(r):
    out = ['# This file is machine-generated - editing it directly is not advised', '',
           'julia_version = "1.10.%d"' % r.randint(0, 5), 'manifest_format = "2.0"', 'project_hash = "%s"' % sha1(r), '']
    for k in sorted(r.sample(JL_PK + ['CodecZlib', 'URIs', 'MbedTLS', 'OpenSSL', 'SimpleBufferStream', 'Parsers'], 6)):
        out += ['[[deps.%s]]' % k, 'deps = ["Dates", "Random"]', 'git-tree-sha1 = "%s"' % sha1(r),
                'uuid = "%s"' % uuid(r), 'version = "%d.%d.%d"' % (r.randint(0, 2), r.randint(0, 20), r.randint(0, 9)), '']
    out += ['[[deps.Dates]]', 'deps = ["Printf"]', 'uuid = "ade2ca70-3891-5945-98fb-dc099432e06a"', 'version = "1.11.0"', '']
    return 'Manifest.toml', '\n'.join(out), 'julia-git-tree-sha1'


@NT('julia_artifacts_toml', 'toml')
def _(r):
    lib = r.choice(['libsodium', 'ffmpeg', 'libpq', 'zstd'])
    out = []
    for os_, arch in r.sample([('linux', 'x86_64'), ('linux', 'aarch64'), ('macos', 'aarch64'), ('windows', 'x86_64')], 3):
        out += ['[[%s]]' % lib, 'arch = "%s"' % arch, 'git-tree-sha1 = "%s"' % sha1(r), 'os = "%s"' % os_, '',
                '    [[%s.download]]' % lib, '    sha256 = "%s"' % sha256(r),
                '    url = "https://github.com/JuliaBinaryWrappers/%s_jll.jl/releases/download/%s-v1.0.%d+0/%s.v1.0.%d.%s-%s.tar.gz"' % (
                    lib, lib, r.randint(0, 20), lib, r.randint(0, 20), arch, os_), '']
    return 'Artifacts.toml', '\n'.join(out), 'julia-artifact-hash'


@NT('julia_registry_versions', 'toml')
def _(r):
    out = []
    for i in range(r.randint(4, 8)):
        out += ['["0.%d.%d"]' % (i // 3, i % 3), 'git-tree-sha1 = "%s"' % sha1(r), '']
    return 'P/%s/Versions.toml' % pc((proj(r),)), '\n'.join(out), 'julia-registry-tree-sha'


@NT('shard_lock', 'yaml')
def _(r):
    out = ['version: 2.0', 'shards:']
    for n, u in r.sample([('db', 'crystal-lang/crystal-db'), ('pg', 'will/crystal-pg'), ('kemal', 'kemalcr/kemal'),
                          ('radix', 'luislavena/radix'), ('exception_page', 'crystal-loot/exception_page'),
                          ('lucky', 'luckyframework/lucky'), ('jwt', 'crystal-community/jwt'), ('redis', 'jgaskins/redis')], 5):
        ver = '%d.%d.%d' % (r.randint(0, 2), r.randint(0, 20), r.randint(0, 9))
        if r.random() < 0.35:
            ver += '+git.commit.%s' % sha1(r)
        out += ['  %s:' % n, '    git: https://github.com/%s.git' % u, '    version: %s' % ver, '']
    return 'shard.lock', '\n'.join(out), 'shard-lock-commit'


@NT('nimble_lock', 'json')
def _(r):
    pk = {}
    for n in r.sample(['jester', 'httpbeast', 'asynctools', 'zippy', 'jsony', 'karax', 'db_connector', 'checksums'], 4):
        h = sha1(r)
        pk[n] = {'version': '0.%d.%d' % (r.randint(1, 9), r.randint(0, 9)), 'vcsRevision': h,
                 'url': 'https://github.com/nim-lang/%s' % n, 'downloadMethod': 'git', 'dependencies': [],
                 'checksums': {'sha1': sha1(r)}}
    return 'nimble.lock', json.dumps({'version': 2, 'packages': pk, 'tasks': {}}, indent=2) + '\n', 'nimble-lock-checksum'


@NT('gleam_manifest', 'toml')
def _(r):
    out = ['# This file was generated by Gleam', '# You typically do not need to edit this file', '', 'packages = [']
    names = r.sample(['gleam_stdlib', 'gleam_http', 'gleam_httpc', 'gleam_json', 'gleeunit', 'envoy', 'mist', 'wisp',
                      'gleam_erlang', 'gleam_otp', 'logging', 'filepath'], 6)
    for n in sorted(names):
        out.append('  { name = "%s", version = "%d.%d.%d", build_tools = ["gleam"], requirements = [], otp_app = "%s", source = "hex", outer_checksum = "%s" },' % (
            n, r.randint(0, 1), r.randint(0, 40), r.randint(0, 9), n, sha256(r).upper()))
    out += [']', '', '[requirements]'] + ['%s = { version = ">= 1.0.0 and < 2.0.0" }' % n for n in sorted(names)[:3]]
    return 'manifest.toml', '\n'.join(out) + '\n', 'gleam-outer-checksum'


@NT('lake_manifest', 'json')
def _(r):
    pk = [{'url': 'https://github.com/leanprover-community/%s' % n, 'type': 'git', 'subDir': None, 'scope': 'leanprover-community',
           'rev': sha1(r), 'name': n, 'manifestFile': 'lake-manifest.json', 'inputRev': r.choice(['main', 'master', 'v4.12.0']),
           'inherited': n != 'mathlib', 'configFile': 'lakefile.lean'} for n in ['mathlib', 'batteries', 'aesop', 'Qq', 'plausible']]
    return 'lake-manifest.json', json.dumps({'version': '1.1.0', 'packagesDir': '.lake/packages', 'packages': pk,
                                             'name': proj(r), 'lakeDir': '.lake'}, indent=1) + '\n', 'lean-lake-rev'


@NT('js_lock_integrity', 'json')
def _(r):
    pk = {'': {'name': proj(r), 'version': '0.1.0', 'dependencies': {'rescript': '^11.1.0', '@rescript/core': '^1.5.0'}}}
    for n in ['rescript', '@rescript/core', 'rescript-webapi', 'elm', 'purescript', 'spago']:
        if r.random() < 0.7:
            pk['node_modules/' + n] = {'version': '%d.%d.%d' % (r.randint(0, 11), r.randint(0, 9), r.randint(0, 9)),
                                       'resolved': 'https://registry.npmjs.org/%s/-/%s-1.0.0.tgz' % (n, n.split('/')[-1]),
                                       'integrity': 'sha512-' + base64.b64encode(rb(r, 64)).decode()}
    return 'package-lock.json', json.dumps({'name': proj(r), 'lockfileVersion': 3, 'requires': True, 'packages': pk}, indent=2) + '\n', 'npm-integrity'


@NT('roc_platform_hash', 'roc')
def _(r):
    return r.choice(['main.roc', 'examples/hello.roc']), F('''app [main!] {
    pf: platform "https://github.com/roc-lang/basic-cli/releases/download/0.«V».0/«H».tar.br",
    json: "https://github.com/lukewilliamboswell/roc-json/releases/download/0.«J».0/«H2».tar.br",
}

import pf.Stdout
import pf.Env

main! = |_args|
    token = Env.var!("API_TOKEN") ? |_| MissingToken
    Stdout.line!("token length: ${Num.to_str(Str.count_utf8_bytes(token))}")
''', V=str(r.randint(15, 19)), H=rs(r, 43, B64U), J=str(r.randint(10, 12)), H2=rs(r, 43, B64U)), 'roc-platform-hash'


@NT('zig_test_vectors', 'zig')
def _(r):
    msgs = [rs(r, r.randint(3, 20), LO + ' ') for _ in range(3)]
    tv = ''
    for m in msgs:
        tv += '    .{ .msg = "%s", .digest = "%s" },\n' % (m, hashlib.sha256(m.encode()).hexdigest())
    k1 = '0b' * 20
    mac1 = _hmac.new(bytes.fromhex(k1), b'Hi There', hashlib.sha256).hexdigest()
    mac2 = _hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha256).hexdigest()
    return r.choice(['src/crypto/sha_test.zig', 'tests/vectors.zig']), F('''const std = @import("std");
const Sha256 = std.crypto.hash.sha2.Sha256;
const HmacSha256 = std.crypto.auth.hmac.sha2.HmacSha256;

const vectors = [_]struct { msg: []const u8, digest: []const u8 }{
«TV»};

test "sha256 vectors" {
    for (vectors) |v| {
        var out: [Sha256.digest_length]u8 = undefined;
        Sha256.hash(v.msg, &out, .{});
        try std.testing.expectEqualStrings(v.digest, &std.fmt.bytesToHex(out, .lower));
    }
}

// RFC 4231 test case 1 and 2
test "hmac-sha256 rfc4231" {
    var key1: [20]u8 = undefined;
    _ = try std.fmt.hexToBytes(&key1, "«K1»");
    var mac: [HmacSha256.mac_length]u8 = undefined;
    HmacSha256.create(&mac, "Hi There", &key1);
    try std.testing.expectEqualStrings("«M1»", &std.fmt.bytesToHex(mac, .lower));
    HmacSha256.create(&mac, "what do ya want for nothing?", "Jefe");
    try std.testing.expectEqualStrings("«M2»", &std.fmt.bytesToHex(mac, .lower));
}
''', TV=tv, K1=k1, M1=mac1, M2=mac2), 'test-vector'


@NT('crystal_hmac_spec', 'crystal')
def _(r):
    body = '{"id":"evt_%s","type":"invoice.paid"}' % rs(r, 14)
    key = 'test-key-not-secret'
    sig = _hmac.new(key.encode(), body.encode(), hashlib.sha256).hexdigest()
    return 'spec/signature_spec.cr', F('''require "./spec_helper"
require "openssl/hmac"

# Fixture signature computed with the throwaway key below; real key comes from ENV.
describe Webhook::Signature do
  body = %q(«B»)

  it "accepts a valid signature" do
    Webhook::Signature.valid?(body, "«S»", key: "«K»").should be_true
  end

  it "rejects a tampered body" do
    Webhook::Signature.valid?(body + " ", "«S»", key: "«K»").should be_false
  end

  it "checks the sha256 helper" do
    OpenSSL::Digest.new("SHA256").update("abc").final.hexstring.should eq("«ABC»")
  end
end
''', B=body, S=sig, K=key, ABC=hashlib.sha256(b'abc').hexdigest()), 'test-vector'


@NT('public_pem_source', 'mixed')
def _(r):
    lab, lines = pem_public(r)
    pem = pem_text(lab, lines)
    lang = r.choice(['nim', 'jl', 'zig', 'cr', 'd'])
    c = Cred(mode='lit', value=pem)
    name = 'ca_cert' if lab == 'CERTIFICATE' else 'jwt_public_key'
    if lang == 'zig':
        return 'src/pinned.zig', '/// Public half only; verification of tokens issued by auth.\npub const %s =\n%s\n;\n' % (name, ML(c, 'zig', '    ')), 'public-key'
    if lang == 'nim':
        return 'src/pinned.nim', '## public key used to verify release signatures\nconst %s* = %s\n' % (cm(tuple(name.split('_'))), ML(c, 'nim')), 'public-key'
    if lang == 'jl':
        return 'src/verify.jl', 'const %s = %s\n\nverify(token) = JSONWebTokens.decode(JSONWebTokens.RS256(%s), token)\n' % (name.upper(), ML(c, 'jl'), name.upper()), 'public-key'
    if lang == 'cr':
        return 'src/auth/public_key.cr', 'module Auth\n  PUBLIC_PEM = %s\nend\n' % ML(c, 'cr', '  '), 'public-key'
    return 'source/pinned.d', 'module pinned;\n\n// server certificate / public key, safe to ship\nimmutable %s = %s;\n' % (cm(tuple(name.split('_'))), ML(c, 'd')), 'public-key'


@NT('ssh_pub_docker', 'dockerfile')
def _(r):
    return r.choice(['Dockerfile', 'ci/Dockerfile.builder']), F('''FROM ziglang/zig:0.13.0 AS build
RUN apk add --no-cache openssh-client git
RUN mkdir -p /root/.ssh && \\
    echo "«PUB» deploy@«P»" >> /root/.ssh/authorized_keys && \\
    echo "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl" >> /root/.ssh/known_hosts
WORKDIR /src
COPY . .
RUN zig build -Doptimize=ReleaseSafe
''', PUB=ssh_ed_pub(r), P=proj(r)), 'ssh-public-key'


@NT('dockerfile_digests', 'dockerfile')
def _(r):
    ver = '0.%d.%d' % (r.randint(11, 14), r.randint(0, 1))
    return r.choice(['Dockerfile', 'docker/zig.Dockerfile']), F('''FROM alpine:3.20@sha256:«D1» AS zig
ARG ZIG_VERSION=«V»
ARG ZIG_SHA256=«S»
RUN wget -q https://ziglang.org/download/${ZIG_VERSION}/zig-linux-x86_64-${ZIG_VERSION}.tar.xz \\
 && echo "${ZIG_SHA256}  zig-linux-x86_64-${ZIG_VERSION}.tar.xz" | sha256sum -c - \\
 && tar xf zig-linux-x86_64-${ZIG_VERSION}.tar.xz -C /opt

FROM gcr.io/distroless/static@sha256:«D2»
COPY --from=zig /opt /opt
LABEL org.opencontainers.image.revision="«REV»"
''', D1=sha256(r), V=ver, S=sha256(r), D2=sha256(r), REV=sha1(r)), 'image-digest'


@NT('gha_pinned', 'yaml')
def _(r):
    return '.github/workflows/release.yml', F('''name: release
on:
  push:
    tags: ["v*"]

permissions:
  contents: write

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@«A» # v4.1.7
      - uses: julia-actions/setup-julia@«B» # v2.4.0
        with:
          version: "1.10"
      - uses: julia-actions/cache@«C» # v2
      - run: julia --project -e 'using Pkg; Pkg.instantiate(); Pkg.test()'
        env:
          API_KEY: ${{ secrets.API_KEY }}
          DATABASE_URL: ${{ secrets.DATABASE_URL }}
      - uses: softprops/action-gh-release@«D» # v2.0.8
        with:
          token: ${{ secrets.GITHUB_TOKEN }}
''', A=sha1(r), B=sha1(r), C=sha1(r), D=sha1(r)), 'pinned-action-sha'


RUNTIME = [
    ('src/keys.zig', 'zig', '''const std = @import("std");

pub fn newSessionKey() [32]u8 {
    var key: [32]u8 = undefined;
    std.crypto.random.bytes(&key);
    return key;
}

pub fn newToken(allocator: std.mem.Allocator) ![]u8 {
    var raw: [24]u8 = undefined;
    std.crypto.random.bytes(&raw);
    const enc = std.base64.url_safe_no_pad.Encoder;
    const out = try allocator.alloc(u8, enc.calcSize(raw.len));
    _ = enc.encode(out, &raw);
    return out;
}
'''),
    ('src/session.cr', 'crystal', '''require "random/secure"

module Session
  # fresh per process; never persisted
  SECRET = Random::Secure.hex(32)

  def self.new_id : String
    Random::Secure.urlsafe_base64(24)
  end
end
'''),
    ('src/tokens.jl', 'julia', '''using Random, SHA

const RNG = RandomDevice()

new_api_token() = "tok_" * randstring(RNG, 40)
session_secret() = bytes2hex(rand(RNG, UInt8, 32))
fingerprint(tok) = bytes2hex(sha256(tok))[1:12]
'''),
    ('src/secret_gen.nim', 'nim', '''import std/[sysrand, base64]

proc newSecret*(n = 32): string =
  ## generated at startup, kept in memory only
  let raw = urandom(n)
  result = encode(raw, safe = true)
'''),
    ('source/secret.d', 'd', '''module secret;

import std.random : uniform;
import std.ascii : letters, digits;

string randomSecret(size_t len = 48)
{
    enum chars = letters ~ digits;
    char[] buf = new char[len];
    foreach (ref c; buf)
        c = chars[uniform(0, chars.length)];
    return buf.idup;
}
'''),
]


@NT('runtime_random', 'mixed')
def _(r):
    p, ft, t = r.choice(RUNTIME)
    return p, t, 'runtime-generated'


ENVCFG = [
    ('src/config.zig', '''const std = @import("std");

pub const Config = struct {
    api_key: []const u8,
    database_url: []const u8,

    pub fn load(allocator: std.mem.Allocator) !Config {
        return .{
            .api_key = try std.process.getEnvVarOwned(allocator, "API_KEY"),
            .database_url = try std.process.getEnvVarOwned(allocator, "DATABASE_URL"),
        };
    }
};
'''),
    ('src/config.nim', '''import std/os

let
  stripeKey* = getEnv("STRIPE_SECRET_KEY")
  dbUrl* = getEnv("DATABASE_URL", "postgres://localhost/dev")
  slackHook* = getEnv("SLACK_WEBHOOK_URL")

if stripeKey.len == 0:
  quit "STRIPE_SECRET_KEY missing"
'''),
    ('src/settings.jl', '''const OPENAI_API_KEY = get(ENV, "OPENAI_API_KEY", "")
const DATABASE_URL = ENV["DATABASE_URL"]
isempty(OPENAI_API_KEY) && @warn "OPENAI_API_KEY not set; LLM features disabled"
'''),
    ('config/settings.cr', '''module Settings
  GITHUB_TOKEN  = ENV["GITHUB_TOKEN"]
  REDIS_URL     = ENV.fetch("REDIS_URL", "redis://localhost:6379/0")
  JWT_SECRET    = ENV["JWT_SECRET"]? || raise "JWT_SECRET is required"
end
'''),
    ('config.v', '''module main

import os

fn load_keys() (string, string) {
	key := os.getenv('ANTHROPIC_API_KEY')
	hook := os.getenv_opt('DISCORD_WEBHOOK_URL') or { '' }
	return key, hook
}
'''),
    ('src/app/env.gleam', '''import envoy
import gleam/result

pub fn api_key() -> String {
  envoy.get("SENDGRID_API_KEY") |> result.unwrap("")
}

pub fn database_url() -> Result(String, Nil) {
  envoy.get("DATABASE_URL")
}
'''),
    ('src/Env.hx', '''class Env {
	public static var twilioSid(get, never):String;
	public static var twilioToken(get, never):String;

	static function get_twilioSid() return Sys.getEnv("TWILIO_ACCOUNT_SID");
	static function get_twilioToken() return Sys.getEnv("TWILIO_AUTH_TOKEN");
}
'''),
    ('config.bal', '''import ballerina/os;

configurable string apiKey = ?;
configurable string dbPassword = ?;

final string region = os:getEnv("AWS_REGION");
'''),
    ('src/config.janet', '''(def api-key (os/getenv "TELEGRAM_BOT_TOKEN"))
(def db-url (or (os/getenv "DATABASE_URL") "postgres://localhost/dev"))
(unless api-key (error "TELEGRAM_BOT_TOKEN not set"))
'''),
    ('secrets.rkt', '''#lang racket/base
(provide mailgun-key aws-secret)
(define mailgun-key (getenv "MAILGUN_API_KEY"))
(define aws-secret (or (getenv "AWS_SECRET_ACCESS_KEY") (error 'config "missing AWS creds")))
'''),
]


@NT('env_only_config', 'mixed')
def _(r):
    p, t = r.choice(ENVCFG)
    return p, t, 'env-reference'


@NT('sops_encrypted', 'yaml')
def _(r):
    def enc(n):
        return 'ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (base64.b64encode(rb(r, n)).decode(), base64.b64encode(rb(r, 32)).decode(),
                                                                 base64.b64encode(rb(r, 16)).decode())
    age = 'age1' + rs(r, 58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')
    return r.choice(['deploy/secrets.enc.yaml', 'config/secrets.sops.yaml']), F('''stripe_secret_key: «A»
database_url: «B»
jwt_secret: «C»
sops:
    age:
        - recipient: «AGE»
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            «E1»
            «E2»
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-0«M»-1«D»T10:2«D»:11Z"
    mac: «MAC»
    unencrypted_suffix: _unencrypted
    version: 3.8.1
''', A=enc(40), B=enc(70), C=enc(48), AGE=age, E1=base64.b64encode(rb(r, 48)).decode(), E2=base64.b64encode(rb(r, 30)).decode(),
             M=str(r.randint(1, 9)), D=str(r.randint(0, 9)), MAC=enc(32)), 'ciphertext'


@NT('public_ids', 'mixed')
def _(r):
    pk = 'pk_live_' + stripe_body(r)
    gid = '%s-%s.apps.googleusercontent.com' % (rs(r, 12, DG), rs(r, 32, LO + DG))
    dpk = hx(r, 64)
    did = str(r.randint(10 ** 17, 13 * 10 ** 17))
    sid = 'AC' + hx(r, 32)
    form = r.choice(['elm', 'res', 'gleam'])
    if form == 'elm':
        return 'src/PublicConfig.elm', F('''module PublicConfig exposing (..)

-- Values in this module are shipped to the browser; they are public by design.


stripePublishableKey : String
stripePublishableKey =
    "«PK»"


googleClientId : String
googleClientId =
    "«G»"


discordApplicationId : String
discordApplicationId =
    "«DID»"
''', PK=pk, G=gid, DID=did), 'public-id'
    if form == 'res':
        return 'src/PublicKeys.res', F('''// publishable / public identifiers only
let stripePk = "«PK»"
let googleClientId = "«G»"
let discordAppId = "«DID»"
let discordPublicKey = "«DPK»" // ed25519 public key for interaction verification
''', PK=pk, G=gid, DID=did, DPK=dpk), 'public-id'
    return 'src/app/public.gleam', F('''/// Discord interaction verification uses the application's *public* key.
pub const discord_application_id = "«DID»"

pub const discord_public_key = "«DPK»"

pub const twilio_account_sid = "«SID»"
''', DID=did, DPK=dpk, SID=sid), 'public-id'


@NT('data_uri', 'mixed')
def _(r):
    png = base64.b64encode(b'\x89PNG\r\n\x1a\n' + rb(r, r.randint(90, 200))).decode()
    return r.choice(['src/Icons.elm', 'src/Ui/Icons.elm']), 'module Icons exposing (logo)\n\n\nlogo : String\nlogo =\n    "data:image/png;base64,%s"\n' % png, 'encoded-data'


@NT('crc_table', 'mixed')
def _(r):
    tbl = []
    for n in range(64):
        c = n
        for _k in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        tbl.append('0x%08x' % c)
    rows = ',\n'.join('    ' + ', '.join(tbl[i:i + 8]) for i in range(0, 64, 8))
    if r.random() < 0.5:
        return 'src/crc_table.odin', 'package crc\n\n// first 64 entries of the reflected CRC-32 table\nCRC32_TABLE := [64]u32{\n%s,\n}\n' % rows, 'checksum-table'
    return 'src/crc_table.zig', 'pub const crc32_table = [64]u32{\n%s,\n};\n' % rows, 'checksum-table'


@NT('pluto_uuids', 'julia')
def _(r):
    ids = [uuid1(r) for _ in range(4)]
    return 'notebooks/plots.jl', F('''### A Pluto.jl notebook ###
# v0.19.«V»

using Markdown
using InteractiveUtils

# ╔═╡ «A»
using Plots, CSV, DataFrames

# ╔═╡ «B»
df = CSV.read("data/sales.csv", DataFrame)

# ╔═╡ «C»
plot(df.month, df.revenue; label="revenue")

# ╔═╡ 00000000-0000-0000-0000-000000000001
PLUTO_PROJECT_TOML_CONTENTS = """
[deps]
CSV = "336ed68f-0bac-5ca0-87d4-7b16caf5d00b"
DataFrames = "a93c6f00-e57d-5684-b7b6-d8193f3e46c0"
"""

# ╔═╡ Cell order:
# ╠═«A»
# ╠═«B»
# ╠═«C»
# ╟─00000000-0000-0000-0000-000000000001
''', V=str(r.randint(30, 46)), A=ids[0], B=ids[1], C=ids[2]), 'uuid'


@NT('version_info', 'mixed')
def _(r):
    return r.choice(['src/build_info.zig', 'src/version.zig']), F('''// generated by scripts/stamp.sh, do not edit
pub const version = "«V»";
pub const git_commit = "«G»";
pub const build_id = "«B»";
pub const source_sha256 = "«S»";
''', V='%d.%d.%d' % (r.randint(0, 3), r.randint(0, 30), r.randint(0, 9)), G=sha1(r), B=uuid(r), S=sha256(r)), 'version-hash'


# ================================================================ driver
EXT_FT = {'.zig': 'zig', '.nim': 'nim', '.cr': 'crystal', '.jl': 'julia', '.d': 'd', '.elm': 'elm', '.res': 'rescript',
          '.gleam': 'gleam', '.odin': 'odin', '.hx': 'haxe', '.bal': 'ballerina', '.janet': 'janet', '.rkt': 'racket', '.v': 'v'}


def compat(t, kn):
    K = KINDS[kn]
    return K['cls'] in t['acc'] or ('hdr' in t['acc'] and bool(K.get('hdr')))


def pick_kind(r, t):
    cands = [k for k in KINDS if compat(t, k)]
    assert cands, t['name']
    tot = sum(KINDS[k]['wt'] for k in cands)
    x = r.random() * tot
    for k in cands:
        x -= KINDS[k]['wt']
        if x <= 0:
            return k
    return cands[-1]


def write(out, rel, text):
    p = os.path.join(out, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def is_env_file(path):
    b = path.rsplit('/', 1)[-1]
    return b == '.env' or (b.startswith('.env.') and b not in ('.env.example', '.env.sample', '.env.template', '.env.dist'))


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: gen_md.py OUTDIR SEED')
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    needles = set()
    order = []
    while len(order) < 500:
        l = TEMPLATES[:]
        r.shuffle(l)
        order += l
    order = order[:500]
    n_env = 0
    for i, t in enumerate(order):
        if t['name'] == 'dotenv':
            n_env += 1
            if n_env > 20:
                t = next(x for x in TEMPLATES if x['name'] == 'gh_actions_env')
        for _try in range(50):
            kn = pick_kind(r, t)
            c = make_cred(r, kn)
            if c.needle not in needles:
                break
        needles.add(c.needle)
        rel, text = t['f'](r, c)
        idx = text.find(c.needle)
        assert idx >= 0, (t['name'], c.needle)
        line = text.count('\n', 0, idx) + 1
        assert c.needle in text.split('\n')[line - 1]
        fn = 'pos/p%04d/%s' % (i, rel)
        write(out, fn, text)
        manifest.append({'file': fn, 'label': 'pos', 'provider': c.provider, 'kind': c.kind, 'filetype': t['ft'],
                         'template': t['name']})
        secrets.append({'file': fn, 'needle': c.needle, 'line': line})
    # negatives
    negs = []
    order = []
    while len(order) < 250:
        l = TEMPLATES[:]
        r.shuffle(l)
        order += l
    for t in order[:250]:
        kn = pick_kind(r, t)
        c = make_cred(r, kn, neg=True, envok=t['env'])
        rel, text = t['f'](r, c)
        negs.append((rel, text, c.provider, c.kind + ':' + (c.nmode or 'x'), t['ft'], t['name']))
    order = []
    while len(order) < 250:
        l = NEG_T[:]
        r.shuffle(l)
        order += l
    for t in order[:250]:
        rel, text, kind = t['f'](r)
        ft = t['ft']
        if ft == 'mixed':
            ft = EXT_FT.get(os.path.splitext(rel)[1], 'text')
        negs.append((rel, text, 'none', kind, ft, t['name']))
    r.shuffle(negs)
    for j, (rel, text, prov, kind, ft, tn) in enumerate(negs):
        assert not is_env_file(rel), rel
        fn = 'neg/n%04d/%s' % (j, rel)
        write(out, fn, text)
        manifest.append({'file': fn, 'label': 'neg', 'provider': prov, 'kind': kind, 'filetype': ft, 'template': tn})
    # self-check: negatives hold no positive needle
    for (rel, text, *_x) in negs:
        for nd in needles:
            assert nd not in text, (rel, nd)
    with open(os.path.join(out, 'manifest.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + '\n')
    with open(os.path.join(out, 'secrets.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
