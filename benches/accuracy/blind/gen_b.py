#!/usr/bin/env python3
"""Blind evaluation-set generator (genB) for a staged-diff secret scanner.

usage: python3 gen.py OUTDIR SEED

Creates OUTDIR/pos/pNNNN/<path>, OUTDIR/neg/nNNNN/<path>, OUTDIR/manifest.jsonl,
OUTDIR/secrets.jsonl.  stdlib only, deterministic per seed (all randomness from
random.Random(seed)).

Decisions on what counts as *safe* (negative):
  * ansible-vault ciphertext, SOPS ENC[...] values, Bitnami SealedSecret
    encryptedData, ExternalSecret / secretKeyRef / valueFrom references.
  * documented vendor example values: AWS AKIAIOSFODNN7EXAMPLE /
    wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, Stripe docs sk_test_4eC39HqLyjWDarjtT1zdp7dc
    and pk_test_TYooMQauvdEDq54NiTphI7jx, Slack docs xoxb-not-a-real-token-this-will-not-work.
  * prefix-shaped placeholders (ghp_xxxx..., AKIAXXXXXXXXXXXXXXXX, sk_live_0000...),
    masked values (********, REDACTED, sk_live_****4242), empty values.
  * public material: X.509 certificates, SSH/PGP public keys, OAuth client ids
    without a secret.
  * PEM private-key header/footer with no key material (placeholder body).
  * 'example' / 'changeme' style passwords (Docker Hub official-image docs use
    MYSQL_ROOT_PASSWORD: example).
  * kind=local_dev_default: postgres:postgres@localhost in CI service containers
    (low weight; filter on kind if you disagree).
Positives include ENCRYPTED PEM private keys (kind *_encrypted) - a committed
private key file is treated as a leak even when passphrase protected.
For AWS / Twilio pairs the needle is the secret half; the id half is present too.
For values that appear encoded (URL-encoded passwords, base64 in k8s data,
docker auth, JSON-escaped PEM) the needle is the encoded form as it appears.
"""
import sys, os, json, random, base64, hashlib, string, struct, re, urllib.parse
from xml.sax.saxutils import escape as _xesc

R = random.Random(0)
UP = string.ascii_uppercase; LO = string.ascii_lowercase; DG = string.digits
AN = UP + LO + DG; HEX = '0123456789abcdef'; B64 = AN + '+/'; B64U = AN + '-_'


def rs(chars, n):
    return ''.join(R.choice(chars) for _ in range(n))


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def pick(*a):
    return R.choice(a)


def ch(seq):
    return R.choice(list(seq))


def chance(p):
    return R.random() < p


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def ruuid():
    h = '%032x' % R.getrandbits(128)
    h = h[:12] + '4' + h[13:16] + pick('8', '9', 'a', 'b') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def xesc(s):
    return _xesc(s, {'"': '&quot;'})


def T(_tpl, **kw):
    return re.sub(r'@(\w+)@', lambda m: str(kw[m.group(1)]) if m.group(1) in kw else m.group(0), _tpl)


def ind(text, n):
    pad = ' ' * n
    return '\n'.join(pad + l if l else l for l in text.split('\n'))


def camel(var):
    p = var.lower().split('_')
    return p[0] + ''.join(x.capitalize() for x in p[1:])


def pascal(var):
    return ''.join(x.capitalize() for x in var.lower().split('_'))


def kebab(var):
    return var.lower().replace('_', '-')


def dotted(var):
    return var.lower().replace('_', '.')


def jstr(s):
    return json.dumps(s, ensure_ascii=False)


def jin(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


# ----------------------------------------------------------------------------
# vocab
APPS = ['billing', 'orders', 'payments', 'inventory', 'auth', 'notify', 'gateway', 'reporting', 'catalog',
        'search', 'checkout', 'ledger', 'crm', 'scheduler', 'media', 'analytics', 'shipping', 'profile',
        'pricing', 'webhooks', 'ingest', 'exporter', 'invoicer', 'loyalty']
COMPANIES = ['bluefin', 'kestrel', 'orbitalis', 'pinecrest', 'quantal', 'redwoodhq', 'saltmine', 'tidepool',
             'zephyrly', 'ironbark', 'lumenworks', 'nimbusly', 'harborline', 'copperleaf', 'brightwave',
             'cobaltix', 'fernhill', 'graniteio', 'mosaiq', 'northgate']
ENVS = ['prod', 'production', 'staging', 'stage', 'dev', 'qa', 'uat', 'preprod']
REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1', 'ca-central-1']
USERS = ['app', 'svc_orders', 'deploy', 'admin', 'api', 'reporting_ro', 'jenkins', 'etl_user', 'webapp',
         'billing_rw', 'app_user', 'backend', 'django', 'rails', 'analytics', 'svc-payments', 'sa_app']
FIRST = ['alice', 'bob', 'carol', 'dmitri', 'erin', 'farah', 'gustavo', 'hana', 'ivan', 'jun', 'kemal', 'lena',
         'marco', 'nadia', 'oskar', 'priya', 'quentin', 'rosa', 'sven', 'tomasz', 'uma', 'viktor', 'wei', 'yara']
WORDS = ['purple', 'otter', 'falcon', 'granite', 'maple', 'river', 'tiger', 'cobalt', 'harbor', 'meadow', 'copper',
         'lantern', 'violet', 'summit', 'ember', 'willow', 'rocket', 'pepper', 'sparrow', 'nebula', 'quartz',
         'orchid', 'thunder', 'walrus']
SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Fall', 'January', 'March', 'October', 'December']
NONASCII = ['生产环境配置 — 请勿修改', 'Конфигурация для продакшена', 'configuración de producción',
            '⚠️ temporary, clean up after the migration', 'Zugangsdaten für Staging', '本番環境用の設定',
            'não remover — usado pelo job noturno', "paramètres d'accès du service", '운영 환경 설정',
            'ρυθμίσεις σύνδεσης', 'konfiguracja połączenia — nie ruszać', '🚀 deploy settings',
            'ayarlar: üretim ortamı', 'cấu hình máy chủ']
PLAIN_COMMENTS = ['TODO: move to a shared config', 'keep in sync with infra repo', 'see docs/deploy.md',
                  'used by the nightly job', 'managed by platform team', 'added for the Q3 migration',
                  'do not reorder', 'values below are per-environment', 'FIXME: clean this up',
                  'owner: @' + 'platform-team']


def app():
    return ch(APPS)


def comp():
    return ch(COMPANIES)


def env():
    return ch(ENVS)


def region():
    return ch(REGIONS)


def ver():
    return '%d.%d.%d' % (R.randint(0, 4), R.randint(0, 30), R.randint(0, 20))


def host(a=None, c=None):
    a = a or app(); c = c or comp()
    return pick('%s-db.%s.internal' % (a, c), 'db.%s.%s.io' % (env(), c),
                '%s-%s.c%s.%s.rds.amazonaws.com' % (a, env(), rs(LO + DG, 12), region()),
                '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254)),
                '%s-postgres.%s.svc.cluster.local' % (a, pick('data', 'db', 'default')),
                'pg-%s.%s.net' % (a, c))


def port_for(scheme):
    return {'postgres': 5432, 'postgresql': 5432, 'mysql': 3306, 'mongodb': 27017, 'redis': 6379, 'rediss': 6380,
            'amqp': 5672, 'amqps': 5671, 'mssql': 1433}.get(scheme, 5432)


# ----------------------------------------------------------------------------
# secret value generators
def jwt(header, payload, siglen=43):
    return b64u(json.dumps(header, separators=(',', ':')).encode()) + '.' + \
        b64u(json.dumps(payload, separators=(',', ':')).encode()) + '.' + rs(B64U, siglen)


def t_supabase():
    ref = rs(LO, 20)
    iat = R.randint(1650000000, 1720000000)
    return jwt({"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": ref, "role": "service_role", "iat": iat,
                                                 "exp": iat + 315360000})


def t_k8s_sa():
    ns = pick('default', 'ci', 'kube-system', 'deploy', app())
    sa = pick('deployer', 'ci-bot', 'argocd-manager', 'gitlab-runner', app() + '-sa')
    return jwt({"alg": "RS256", "kid": rs(B64U, 43)},
               {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": ns,
                "kubernetes.io/serviceaccount/secret.name": sa + '-token-' + rs(LO + DG, 5),
                "kubernetes.io/serviceaccount/service-account.name": sa,
                "kubernetes.io/serviceaccount/service-account.uid": ruuid(),
                "sub": "system:serviceaccount:%s:%s" % (ns, sa)}, 342)


def t_sentry():
    p = {"iat": R.randint(1690000000, 1730000000) + R.random(), "url": "https://sentry.io",
         "region_url": "https://us.sentry.io", "org": comp()}
    return 'sntrys_' + b64u(json.dumps(p, separators=(',', ':')).encode()) + '_' + rs(B64U, 43)


def t_discord():
    return b64u(str(R.randint(10 ** 17, 10 ** 18 * 2)).encode()) + '.' + rs(B64U, 6) + '.' + rs(B64U, 38)


def t_mapbox():
    return 'sk.' + b64u(json.dumps({"u": ch(FIRST) + ch(COMPANIES), "a": rs(LO + DG, 25)},
                                   separators=(',', ':')).encode()) + '.' + rs(B64U, 22)


DJ_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789!@%^&*(-_=+)'

# provider, kind, gen, var names, weight, placeholder-prefix (None -> generic)
TOKENS = [
    ('github', 'github_pat_classic', lambda: 'ghp_' + rs(AN, 36),
     ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT', 'GH_PAT', 'GITHUB_API_TOKEN', 'RELEASE_TOKEN'], 8, 'ghp_'),
    ('github', 'github_pat_fine_grained', lambda: 'github_pat_' + rs(AN, 22) + '_' + rs(AN, 59),
     ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT', 'RENOVATE_TOKEN'], 5, 'github_pat_'),
    ('github', 'github_oauth_or_app', lambda: pick('gho_', 'ghu_', 'ghs_', 'ghr_') + rs(AN, 36),
     ['GITHUB_OAUTH_TOKEN', 'GH_APP_TOKEN', 'GITHUB_ACCESS_TOKEN'], 2, 'gho_'),
    ('gitlab', 'gitlab_pat', lambda: 'glpat-' + rs(AN + '-_', 20),
     ['GITLAB_TOKEN', 'GL_TOKEN', 'GITLAB_PRIVATE_TOKEN', 'GITLAB_API_TOKEN', 'DANGER_GITLAB_API_TOKEN'], 6, 'glpat-'),
    ('gitlab', 'gitlab_runner_token', lambda: 'glrt-' + rs(AN + '-_', 20),
     ['RUNNER_TOKEN', 'GITLAB_RUNNER_TOKEN', 'CI_SERVER_TOKEN'], 1, 'glrt-'),
    ('slack', 'slack_bot_token', lambda: 'xoxb-%d-%d-%s' % (R.randint(10 ** 9, 10 ** 12), R.randint(10 ** 11, 10 ** 13), rs(AN, 24)),
     ['SLACK_BOT_TOKEN', 'SLACK_TOKEN', 'SLACK_API_TOKEN'], 5, 'xoxb-'),
    ('slack', 'slack_user_token', lambda: 'xoxp-%d-%d-%d-%s' % (R.randint(10 ** 9, 10 ** 12), R.randint(10 ** 9, 10 ** 12), R.randint(10 ** 11, 10 ** 13), rs(HEX, 32)),
     ['SLACK_USER_TOKEN', 'SLACK_LEGACY_TOKEN'], 2, 'xoxp-'),
    ('slack', 'slack_webhook_url', lambda: 'https://hooks.slack.com/services/T%s/B%s/%s' % (rs(UP + DG, R.randint(8, 10)), rs(UP + DG, R.randint(9, 11)), rs(AN, 24)),
     ['SLACK_WEBHOOK_URL', 'SLACK_WEBHOOK', 'ALERT_WEBHOOK_URL'], 4, None),
    ('slack', 'slack_app_token', lambda: 'xapp-1-A%s-%d-%s' % (rs(UP + DG, 10), R.randint(10 ** 12, 10 ** 13), rs(HEX, 64)),
     ['SLACK_APP_TOKEN'], 1, 'xapp-'),
    ('stripe', 'stripe_secret_key', lambda: pick('sk_live_' + rs(AN, 24), 'sk_live_51' + rs(AN, 97)),
     ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY', 'STRIPE_KEY'], 6, 'sk_live_'),
    ('stripe', 'stripe_restricted_key', lambda: 'rk_live_51' + rs(AN, 97), ['STRIPE_RESTRICTED_KEY'], 1, 'rk_live_'),
    ('stripe', 'stripe_webhook_secret', lambda: 'whsec_' + rs(AN, 32), ['STRIPE_WEBHOOK_SECRET'], 2, 'whsec_'),
    ('openai', 'openai_api_key', lambda: pick('sk-proj-' + rs(B64U, 74) + 'T3BlbkFJ' + rs(B64U, 74),
                                              'sk-' + rs(AN, 20) + 'T3BlbkFJ' + rs(AN, 20),
                                              'sk-svcacct-' + rs(B64U, 74) + 'T3BlbkFJ' + rs(B64U, 74)),
     ['OPENAI_API_KEY', 'OPENAI_KEY', 'OPENAI_TOKEN'], 6, 'sk-'),
    ('anthropic', 'anthropic_api_key', lambda: 'sk-ant-api03-' + rs(B64U, 93) + 'AA',
     ['ANTHROPIC_API_KEY', 'CLAUDE_API_KEY'], 4, 'sk-ant-api03-'),
    ('google', 'google_api_key', lambda: 'AIza' + rs(B64U, 35),
     ['GOOGLE_API_KEY', 'GOOGLE_MAPS_API_KEY', 'GEMINI_API_KEY', 'YOUTUBE_API_KEY'], 5, 'AIza'),
    ('google', 'google_oauth_client_secret', lambda: 'GOCSPX-' + rs(B64U, 28),
     ['GOOGLE_CLIENT_SECRET', 'OAUTH_CLIENT_SECRET'], 2, 'GOCSPX-'),
    ('sendgrid', 'sendgrid_api_key', lambda: 'SG.' + rs(B64U, 22) + '.' + rs(B64U, 43),
     ['SENDGRID_API_KEY', 'SENDGRID_KEY', 'EMAIL_API_KEY'], 4, 'SG.'),
    ('mailgun', 'mailgun_api_key', lambda: 'key-' + rs(HEX, 32), ['MAILGUN_API_KEY', 'MAILGUN_KEY'], 2, 'key-'),
    ('mailchimp', 'mailchimp_api_key', lambda: rs(HEX, 32) + '-us' + str(R.randint(1, 21)),
     ['MAILCHIMP_API_KEY'], 1, None),
    ('npm', 'npm_token', lambda: 'npm_' + rs(AN, 36), ['NPM_TOKEN', 'NPM_AUTH_TOKEN', 'NODE_AUTH_TOKEN'], 4, 'npm_'),
    ('pypi', 'pypi_token', lambda: 'pypi-AgEIcHlwaS5vcmc' + rs(B64U, R.randint(140, 190)),
     ['PYPI_TOKEN', 'PYPI_API_TOKEN', 'TWINE_PASSWORD'], 3, 'pypi-'),
    ('dockerhub', 'dockerhub_pat', lambda: 'dckr_pat_' + rs(B64U, 27),
     ['DOCKERHUB_TOKEN', 'DOCKER_PASSWORD', 'DOCKER_HUB_TOKEN'], 3, 'dckr_pat_'),
    ('huggingface', 'huggingface_token', lambda: 'hf_' + rs(UP + LO, 34),
     ['HF_TOKEN', 'HUGGINGFACE_TOKEN', 'HUGGING_FACE_HUB_TOKEN'], 4, 'hf_'),
    ('shopify', 'shopify_token', lambda: pick('shpat_', 'shpca_', 'shppa_', 'shpss_') + rs(HEX, 32),
     ['SHOPIFY_ACCESS_TOKEN', 'SHOPIFY_ADMIN_TOKEN', 'SHOPIFY_API_SECRET'], 3, 'shpat_'),
    ('atlassian', 'atlassian_api_token', lambda: 'ATATT3xFfGF0' + rs(B64U, 170) + '=' + rs('0123456789ABCDEF', 8),
     ['JIRA_API_TOKEN', 'ATLASSIAN_API_TOKEN', 'CONFLUENCE_TOKEN'], 3, 'ATATT'),
    ('datadog', 'datadog_api_key', lambda: rs(HEX, 32), ['DD_API_KEY', 'DATADOG_API_KEY'], 3, None),
    ('datadog', 'datadog_app_key', lambda: rs(HEX, 40), ['DD_APP_KEY', 'DATADOG_APP_KEY'], 1, None),
    ('newrelic', 'newrelic_user_key', lambda: 'NRAK-' + rs(UP + DG, 27), ['NEW_RELIC_API_KEY'], 1, 'NRAK-'),
    ('sentry', 'sentry_auth_token', t_sentry, ['SENTRY_AUTH_TOKEN'], 2, 'sntrys_'),
    ('discord', 'discord_bot_token', t_discord, ['DISCORD_TOKEN', 'DISCORD_BOT_TOKEN'], 2, None),
    ('telegram', 'telegram_bot_token', lambda: '%d:AA%s' % (R.randint(10 ** 8, 10 ** 10 - 1), rs(B64U, 33)),
     ['TELEGRAM_BOT_TOKEN', 'TG_TOKEN'], 2, None),
    ('digitalocean', 'digitalocean_token', lambda: 'dop_v1_' + rs(HEX, 64), ['DIGITALOCEAN_TOKEN', 'DO_TOKEN'], 2, 'dop_v1_'),
    ('heroku', 'heroku_api_key', ruuid, ['HEROKU_API_KEY'], 1, None),
    ('hashicorp', 'vault_token', lambda: 'hvs.CAESI' + rs(B64U, 86), ['VAULT_TOKEN'], 2, 'hvs.'),
    ('hashicorp', 'terraform_cloud_token', lambda: rs(AN, 14) + '.atlasv1.' + rs(AN, 67), ['TFE_TOKEN', 'TF_API_TOKEN'], 1, None),
    ('linear', 'linear_api_key', lambda: 'lin_api_' + rs(AN, 40), ['LINEAR_API_KEY'], 1, 'lin_api_'),
    ('notion', 'notion_token', lambda: pick('secret_' + rs(AN, 43), 'ntn_' + rs(DG, 11) + rs(AN, 35)),
     ['NOTION_TOKEN', 'NOTION_API_KEY'], 1, 'ntn_'),
    ('postman', 'postman_api_key', lambda: 'PMAK-' + rs(HEX, 24) + '-' + rs(HEX, 34), ['POSTMAN_API_KEY'], 1, 'PMAK-'),
    ('grafana', 'grafana_sa_token', lambda: 'glsa_' + rs(AN, 32) + '_' + rs(HEX, 8), ['GRAFANA_TOKEN', 'GRAFANA_API_KEY'], 1, 'glsa_'),
    ('azure', 'azure_storage_account_key', lambda: b64(rb(64)),
     ['AZURE_STORAGE_KEY', 'AZURE_STORAGE_ACCOUNT_KEY', 'STORAGE_ACCOUNT_KEY'], 3, None),
    ('azure', 'azure_ad_client_secret', lambda: rs(AN, 3) + '8Q~' + rs(AN + '_.~-', 34),
     ['AZURE_CLIENT_SECRET', 'ARM_CLIENT_SECRET', 'AAD_CLIENT_SECRET'], 3, None),
    ('cloudflare', 'cloudflare_api_token', lambda: rs(B64U, 40), ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN'], 2, None),
    ('supabase', 'supabase_service_role_key', t_supabase, ['SUPABASE_SERVICE_ROLE_KEY', 'SUPABASE_KEY'], 2, None),
    ('okta', 'okta_api_token', lambda: '00' + rs(B64U, 40), ['OKTA_API_TOKEN', 'OKTA_TOKEN'], 1, None),
    ('square', 'square_access_token', lambda: 'EAAA' + rs(B64U, 60), ['SQUARE_ACCESS_TOKEN'], 1, 'EAAA'),
    ('algolia', 'algolia_admin_key', lambda: rs(HEX, 32), ['ALGOLIA_ADMIN_API_KEY', 'ALGOLIA_API_KEY'], 1, None),
    ('pulumi', 'pulumi_access_token', lambda: 'pul-' + rs(HEX, 40), ['PULUMI_ACCESS_TOKEN'], 1, 'pul-'),
    ('doppler', 'doppler_token', lambda: 'dp.st.' + pick('prd', 'stg', 'dev') + '.' + rs(AN, 43), ['DOPPLER_TOKEN'], 1, 'dp.st.'),
    ('age', 'age_secret_key', lambda: 'AGE-SECRET-KEY-1' + rs('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58),
     ['SOPS_AGE_KEY', 'AGE_SECRET_KEY'], 1, 'AGE-SECRET-KEY-1'),
    ('mapbox', 'mapbox_secret_token', t_mapbox, ['MAPBOX_SECRET_TOKEN', 'MAPBOX_DOWNLOADS_TOKEN'], 1, 'sk.'),
    ('generic', 'jwt_signing_secret', lambda: pick(rs(HEX, 64), b64(rb(48)), rs(AN, 48)),
     ['JWT_SECRET', 'JWT_SECRET_KEY', 'AUTH_SECRET', 'NEXTAUTH_SECRET', 'TOKEN_SIGNING_KEY'], 4, None),
    ('generic', 'django_secret_key', lambda: rs(DJ_CHARS, 50), ['SECRET_KEY', 'DJANGO_SECRET_KEY'], 3, None),
    ('generic', 'rails_secret_key_base', lambda: rs(HEX, 128), ['SECRET_KEY_BASE'], 2, None),
    ('generic', 'laravel_app_key', lambda: 'base64:' + b64(rb(32)), ['APP_KEY'], 2, None),
    ('generic', 'session_or_encryption_key', lambda: pick(b64(rb(32)), rs(AN, 40), rs(HEX, 48)),
     ['SESSION_SECRET', 'ENCRYPTION_KEY', 'COOKIE_SECRET', 'WEBHOOK_SIGNING_SECRET', 'API_SECRET'], 3, None),
    ('generic', 'internal_api_key', lambda: pick(rs(AN, 32), rs(HEX, 40), 'ak_' + rs(AN, 32), 'live_' + rs(AN, 30)),
     ['INTERNAL_API_KEY', 'PARTNER_API_KEY', 'API_KEY', 'SERVICE_API_KEY', 'X_API_KEY'], 4, None),
]

DOC_EXAMPLES = {
    'stripe': ['sk_test_4eC39HqLyjWDarjtT1zdp7dc'],
    'slack': ['xoxb-not-a-real-token-this-will-not-work'],
}


def human_password():
    sym = '!@%^&*-_.+=?~'
    s = R.randint(0, 8)
    if s == 0:
        return '%s%d%s%s' % (ch(SEASONS), R.randint(2018, 2026), ch('!@*?.'), pick('Prod', 'Stg', 'Db', 'Ops', ''))
    if s == 1:
        return 'P%ssw0rd%s%s%s%d' % (pick('@', 'a', '4'), ch('-_!'), pick(app(), 'db', 'prod', 'svc'), ch('-_'), R.randint(100, 9999))
    if s == 2:
        c = comp().capitalize().replace('o', '0', 1).replace('e', '3', 1)
        return '%s%s%d' % (c, ch('#!@*'.replace('#', '!')), R.randint(2015, 2026))
    if s == 3:
        return '%s-%s-%d' % (ch(WORDS), ch(WORDS), R.randint(1000, 9999))
    if s == 4:
        return rs(AN + sym, R.randint(16, 26))
    if s == 5:
        return '%s%s%02d%s' % (ch(WORDS).capitalize(), ch(WORDS).capitalize(), R.randint(0, 99), ch(sym))
    if s == 6:
        return '%s_%s_%s' % (app(), env(), rs(AN, 8))
    if s == 7:
        return 'Welcome%d%s%s' % (R.randint(1, 99), ch('!@.'), ch(FIRST).capitalize())
    return rs(AN, R.randint(12, 20))


# ----------------------------------------------------------------------------
# private keys (syntactically plausible DER with random key material)
def dlen(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return bytes([0x80 | len(b)]) + b


def dtag(tag, body):
    return bytes([tag]) + dlen(len(body)) + body


def dint(b):
    if isinstance(b, int):
        b = b.to_bytes(max(1, (b.bit_length() + 8) // 8), 'big')
    if b[0] & 0x80:
        b = b'\x00' + b
    return dtag(0x02, b)


def dseq(*p):
    return dtag(0x30, b''.join(p))


def topbit(n):
    b = bytearray(rb(n)); b[0] |= 0x80; b[-1] |= 1
    return bytes(b)


def rsa_pkcs1(bits=2048):
    n = bits // 8
    return dseq(dint(0), dint(topbit(n)), dint(65537), dint(rb(n)), dint(topbit(n // 2)), dint(topbit(n // 2)),
                dint(rb(n // 2)), dint(rb(n // 2)), dint(rb(n // 2)))


RSA_OID = bytes.fromhex('06092a864886f70d010101')


def pkcs8_rsa(bits=2048):
    return dseq(dint(0), dseq(RSA_OID, b'\x05\x00'), dtag(0x04, rsa_pkcs1(bits)))


def ec_key():
    return dseq(dint(1), dtag(0x04, rb(32)), dtag(0xa0, bytes.fromhex('06082a8648ce3d030107')),
                dtag(0xa1, dtag(0x03, b'\x00\x04' + rb(64))))


def pkcs8_ec():
    inner = dseq(dint(1), dtag(0x04, rb(32)), dtag(0xa1, dtag(0x03, b'\x00\x04' + rb(64))))
    return dseq(dint(0), dseq(bytes.fromhex('06072a8648ce3d0201'), bytes.fromhex('06082a8648ce3d030107')), dtag(0x04, inner))


def pkcs8_encrypted():
    algo = dseq(bytes.fromhex('06092a864886f70d01050d'),
                dseq(dseq(bytes.fromhex('06092a864886f70d01050c'), dseq(dtag(0x04, rb(8)), dint(2048),
                                                                        dseq(bytes.fromhex('06082a864886f70d0209'), b'\x05\x00'))),
                     dseq(bytes.fromhex('0609608648016503040102'), dtag(0x04, rb(16)))))
    return dseq(algo, dtag(0x04, rb(1232)))


def sstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack('>I', len(b)) + b


def openssh_ed25519(comment):
    pub = rb(32)
    pubblob = sstr('ssh-ed25519') + sstr(pub)
    chk = rb(4)
    priv = chk + chk + sstr('ssh-ed25519') + sstr(pub) + sstr(rb(32) + pub) + sstr(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i]); i += 1
    blob = b'openssh-key-v1\x00' + sstr('none') + sstr('none') + sstr('') + struct.pack('>I', 1) + sstr(pubblob) + sstr(priv)
    return blob


def pem(label, der, width=64, headers=None):
    b = b64(der)
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    h = ''
    if headers:
        h = '\n'.join(headers) + '\n\n'
    return '-----BEGIN %s-----\n%s%s\n-----END %s-----' % (label, h, '\n'.join(lines), label)


def gen_privkey():
    k = R.choices(['rsa', 'pkcs8', 'ec', 'openssh', 'pkcs8_ec', 'rsa_enc', 'pkcs8_enc'], [30, 28, 12, 16, 6, 4, 4])[0]
    if k == 'rsa':
        return 'rsa_private_key', pem('RSA PRIVATE KEY', rsa_pkcs1(pick(2048, 2048, 4096)))
    if k == 'pkcs8':
        return 'pkcs8_private_key', pem('PRIVATE KEY', pkcs8_rsa(2048))
    if k == 'ec':
        return 'ec_private_key', pem('EC PRIVATE KEY', ec_key())
    if k == 'pkcs8_ec':
        return 'pkcs8_ec_private_key', pem('PRIVATE KEY', pkcs8_ec())
    if k == 'openssh':
        return 'openssh_private_key', pem('OPENSSH PRIVATE KEY', openssh_ed25519('%s@%s' % (pick('deploy', 'ci', ch(FIRST)), pick('build-01', 'laptop', comp()))), 70)
    if k == 'rsa_enc':
        return 'rsa_private_key_encrypted', pem('RSA PRIVATE KEY', rb(1192), 64,
                                                ['Proc-Type: 4,ENCRYPTED', 'DEK-Info: AES-128-CBC,' + rs('0123456789ABCDEF', 32)])
    return 'pkcs8_private_key_encrypted', pem('ENCRYPTED PRIVATE KEY', pkcs8_encrypted())


def fake_cert(cn=None):
    cn = (cn or '%s.%s.com' % (app(), comp())).encode()
    tbs = dseq(dtag(0xa0, dint(2)), dint(rb(16)), dseq(bytes.fromhex('06092a864886f70d01010b'), b'\x05\x00'),
               dseq(dtag(0x31, dseq(bytes.fromhex('0603550403'), dtag(0x0c, b'R3 ' + comp().encode())))),
               dseq(dtag(0x17, b'240101000000Z'), dtag(0x17, b'270101000000Z')),
               dseq(dtag(0x31, dseq(bytes.fromhex('0603550403'), dtag(0x0c, cn)))),
               dseq(dseq(RSA_OID, b'\x05\x00'), dtag(0x03, b'\x00' + dseq(dint(topbit(256)), dint(65537)))),
               dtag(0xa3, dseq(dseq(bytes.fromhex('0603551d11'), dtag(0x04, rb(40))))))
    return pem('CERTIFICATE', dseq(tbs, dseq(bytes.fromhex('06092a864886f70d01010b'), b'\x05\x00'), dtag(0x03, b'\x00' + rb(256))))


def ssh_pub(kind=None, comment=None):
    kind = kind or pick('ssh-ed25519', 'ssh-rsa', 'ecdsa-sha2-nistp256')
    comment = comment or '%s@%s' % (ch(FIRST), pick('laptop', 'MacBook-Pro.local', 'build-agent', 'bastion'))
    if kind == 'ssh-ed25519':
        blob = sstr(kind) + sstr(rb(32))
    elif kind == 'ssh-rsa':
        blob = sstr(kind) + sstr(b'\x01\x00\x01') + sstr(b'\x00' + topbit(256))
    else:
        blob = sstr(kind) + sstr('nistp256') + sstr(b'\x04' + rb(64))
    return '%s %s %s' % (kind, b64(blob), comment)


# ----------------------------------------------------------------------------
# credential objects
PRIVKEY_VARS = ['PRIVATE_KEY', 'GITHUB_APP_PRIVATE_KEY', 'JWT_PRIVATE_KEY', 'SSH_PRIVATE_KEY', 'DEPLOY_KEY',
                'SAML_SP_PRIVATE_KEY', 'SIGNING_KEY', 'TLS_KEY', 'APNS_PRIVATE_KEY']
PW_PURPOSES = {
    'generic': ['ADMIN_PASSWORD', 'KEYSTORE_PASSWORD', 'RABBITMQ_DEFAULT_PASS', 'REDIS_PASSWORD',
                'GRAFANA_ADMIN_PASSWORD', 'ELASTIC_PASSWORD', 'MINIO_ROOT_PASSWORD', 'KEYCLOAK_ADMIN_PASSWORD',
                'SFTP_PASSWORD', 'SERVICE_PASSWORD', 'MQ_PASSWORD', 'JENKINS_ADMIN_PASSWORD'],
}


class Cred:
    def __init__(self, pos, cls, provider, kind):
        self.pos = pos; self.cls = cls; self.provider = provider; self.kind = kind
        self.pairs = []; self.style = None; self.used = None; self.extra = {}
        self.prefix = None; self.needle = None

    def add(self, name, val, neg=None, role='plain', needle=None):
        self.pairs.append(dict(name=name, val=val, neg=val if neg is None else neg, role=role,
                               needle=needle if needle is not None else val))
        if role == 'secret':
            self.needle = needle if needle is not None else val

    @property
    def var(self):
        return self.secret_pair()['name']

    def secret_pair(self):
        for p in self.pairs:
            if p['role'] == 'secret':
                return p

    @property
    def value(self):
        return self.secret_pair()['val']

    def isref(self, has_refs=True):
        if self.pos:
            return False
        if self.style == 'ref' and has_refs:
            self.used = 'env_ref'
            return True
        if self.style == 'ref':
            self.used = 'placeholder'
        return False

    def render(self, p, refs=()):
        if self.pos or p['role'] == 'plain':
            return p['val']
        if self.isref(bool(refs)):
            return fref(ch(refs), p['name'])
        return p['neg']

    def items(self, refs=()):
        return [(p['name'], self.render(p, refs), p['role']) for p in self.pairs]

    def sec(self, refs=()):
        return self.render(self.secret_pair(), refs)


def fref(r, name):
    return (r.replace('@V@', name).replace('@v@', name.lower()).replace('@c@', camel(name))
            .replace('@k@', kebab(name)).replace('@d@', dotted(name)).replace('@P@', pascal(name)))


NEG_STYLES = {
    'token': (['ref', 'placeholder', 'prefixed', 'masked', 'empty', 'example'], [32, 22, 20, 10, 8, 8]),
    'password': (['ref', 'placeholder', 'masked', 'empty', 'local_dev'], [36, 32, 12, 14, 4]),
    'aws': (['ref', 'example', 'prefixed', 'placeholder', 'masked', 'empty'], [30, 30, 14, 12, 6, 8]),
    'privkey': (['ref', 'placeholder', 'empty'], [40, 45, 15]),
}


def generic_placeholder(var):
    return pick('<your-%s>' % kebab(var), 'YOUR_%s' % var, 'your-%s-here' % kebab(var), 'REPLACE_ME', 'TODO',
                '<%s>' % var, 'changeme', 'CHANGE_ME', 'xxxxxxxxxxxxxxxxxxxxxxxx', '<insert-token-here>',
                'dummy', 'placeholder', '...', '%s_GOES_HERE' % var, 'set-me')


def pw_placeholder(var):
    return pick('changeme', 'CHANGE_ME', '<password>', 'your_password', '<db-password>', 'REPLACE_WITH_PASSWORD',
                'example', 'password-goes-here', 'xxx', 'TODO', '<%s>' % var, '<your-password>', 'changeit-locally')


def masked(prefix=None):
    opts = ['********', '***', 'REDACTED', '[REDACTED]', '<redacted>', '••••••••', '*****************', '[FILTERED]']
    if prefix:
        opts.append(prefix + '****' + rs(AN, 4))
        opts.append(prefix + '…' + rs(AN, 4))
    return ch(opts)


def neg_style(cls):
    names, w = NEG_STYLES[cls]
    return R.choices(names, w)[0]


def pick_token_spec(providers=None, kinds=None):
    specs = [t for t in TOKENS if (providers is None or t[0] in providers) and (kinds is None or t[1] in kinds)]
    return R.choices(specs, [t[4] for t in specs])[0]


def token_neg_value(spec, var, style):
    provider, kind, gen, _, _, prefix = spec
    if style == 'example':
        if provider in DOC_EXAMPLES:
            return ch(DOC_EXAMPLES[provider]), 'doc_example'
        style = 'prefixed'
    if style == 'prefixed':
        if prefix:
            L = max(8, len(gen()) - len(prefix))
            return prefix + pick('x' * L, 'X' * L, '0' * L, '...', 'your-token-here', '<token>', 'xxxxxxxx',
                                 'REPLACE_ME'), 'prefixed_placeholder'
        style = 'placeholder'
    if style == 'placeholder' or style == 'ref':
        return generic_placeholder(var), 'placeholder'
    if style == 'masked':
        return masked(prefix), 'masked'
    return '', 'empty'


def make_token(pos, providers=None, kinds=None):
    spec = pick_token_spec(providers, kinds)
    provider, kind, gen, vars_, _, prefix = spec
    c = Cred(pos, 'token', provider, kind)
    c.prefix = prefix
    var = ch(vars_)
    if not pos:
        c.style = neg_style('token')
        nv, c.used = token_neg_value(spec, var, c.style)
        if c.style == 'ref':
            c.used = 'env_ref'
    else:
        nv = None
    val = gen()
    # companions (non-secret ids) first
    if provider == 'google' and kind == 'google_oauth_client_secret':
        c.add('GOOGLE_CLIENT_ID', '%d-%s.apps.googleusercontent.com' % (R.randint(10 ** 11, 10 ** 12), rs(LO + DG, 32)))
    elif kind == 'azure_ad_client_secret':
        c.add('AZURE_TENANT_ID', ruuid()); c.add('AZURE_CLIENT_ID', ruuid())
    elif kind == 'azure_storage_account_key':
        c.add('AZURE_STORAGE_ACCOUNT', comp() + app() + pick('prod', 'data', 'sa', ''))
    elif provider == 'atlassian':
        c.add('JIRA_BASE_URL', 'https://%s.atlassian.net' % comp()); c.add('JIRA_EMAIL', '%s@%s.com' % (ch(FIRST), comp()))
    elif provider == 'shopify':
        c.add('SHOPIFY_STORE_DOMAIN', '%s-%s.myshopify.com' % (comp(), pick('store', 'shop', 'dev')))
    elif provider == 'mailgun':
        c.add('MAILGUN_DOMAIN', 'mg.%s.com' % comp())
    c.add(var, val, nv, 'secret')
    return c


def make_twilio(pos):
    c = Cred(pos, 'token', 'twilio', pick('twilio_auth_token', 'twilio_api_key_secret'))
    if not pos:
        c.style = pick('ref', 'ref', 'placeholder', 'prefixed', 'masked', 'empty')
    sid_neg = pick('ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'AC00000000000000000000000000000000', '<account-sid>', '')
    if c.kind == 'twilio_auth_token':
        c.add('TWILIO_ACCOUNT_SID', 'AC' + rs(HEX, 32), sid_neg, 'sens')
        nv = {'placeholder': '<auth-token>', 'prefixed': 'x' * 32, 'masked': masked(), 'empty': '', 'ref': 'your_auth_token'}[c.style or 'ref']
        c.add('TWILIO_AUTH_TOKEN', rs(HEX, 32), nv, 'secret')
    else:
        c.add('TWILIO_ACCOUNT_SID', 'AC' + rs(HEX, 32), sid_neg, 'sens')
        c.add('TWILIO_API_KEY', 'SK' + rs(HEX, 32), pick('SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '<api-key-sid>'), 'sens')
        nv = {'placeholder': '<api-secret>', 'prefixed': 'x' * 32, 'masked': masked(), 'empty': '', 'ref': 'your_api_secret'}[c.style or 'ref']
        c.add('TWILIO_API_SECRET', rs(AN, 32), nv, 'secret')
    if not pos:
        c.used = {'ref': 'env_ref', 'prefixed': 'prefixed_placeholder'}.get(c.style, c.style)
    return c


def make_aws(pos):
    c = Cred(pos, 'aws', 'aws', 'aws_access_key_pair')
    kid = pick('AKIA', 'AKIA', 'AKIA', 'ASIA') if False else 'AKIA'
    kid += rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)
    sec = rs(AN + '+/', 40)
    kneg = sneg = None
    if not pos:
        c.style = neg_style('aws')
        c.used = {'ref': 'env_ref', 'prefixed': 'prefixed_placeholder', 'example': 'doc_example'}.get(c.style, c.style)
        if c.style == 'example':
            kneg, sneg = 'AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
        elif c.style == 'prefixed':
            kneg, sneg = pick('AKIAXXXXXXXXXXXXXXXX', 'AKIA0000000000000000', 'AKIA****************'), pick('x' * 40, 'X' * 40, '<secret-access-key>')
        elif c.style in ('placeholder', 'ref'):
            kneg, sneg = pick('<access-key-id>', 'YOUR_ACCESS_KEY_ID', 'REPLACE_ME'), pick('<secret-access-key>', 'YOUR_SECRET_ACCESS_KEY', 'REPLACE_ME')
        elif c.style == 'masked':
            kneg, sneg = 'AKIA************' + rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 4), '****************************************'
        else:
            kneg, sneg = '', ''
    c.add('AWS_ACCESS_KEY_ID', kid, kneg, 'sens')
    c.add('AWS_SECRET_ACCESS_KEY', sec, sneg, 'secret')
    c.extra['region'] = region()
    return c


def pem_placeholder(label):
    body = pick('...', '<paste your key here>', 'REPLACE_WITH_YOUR_PRIVATE_KEY', 'MIIE...REDACTED...', '<redacted>',
                '# contents of %s go here' % pick('id_rsa', 'key.pem', 'private.key'))
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (label, body, label)


def make_privkey(pos, var=None):
    kind, k = gen_privkey()
    c = Cred(pos, 'privkey', 'generic', kind)
    c.extra['label'] = re.search(r'BEGIN ([A-Z ]+)-----', k).group(1)
    neg = None
    if not pos:
        c.style = neg_style('privkey')
        if c.style == 'placeholder':
            neg = pem_placeholder(c.extra['label']); c.used = 'pem_placeholder'
        elif c.style == 'ref':
            neg = pem_placeholder(c.extra['label']); c.used = 'env_ref'
        else:
            neg = ''; c.used = 'empty'
    c.add(var or ch(PRIVKEY_VARS), k, neg, 'secret')
    return c


def make_password(pos, purpose='db', scheme=None):
    c = Cred(pos, 'password', 'generic', 'password')
    pw = human_password()
    if not pos:
        c.style = neg_style('password')
        if c.style == 'local_dev' and purpose != 'db':
            c.style = 'placeholder'
        c.used = {'ref': 'env_ref'}.get(c.style, c.style)
        if c.used == 'local_dev':
            c.used = 'local_dev_default'
    a = app()
    user = ch(USERS)
    c.extra.update(user=user, app=a)
    if purpose == 'db':
        c.kind = 'db_password'
        scheme = scheme or ch(['postgres', 'postgres', 'postgresql', 'mysql', 'mongodb', 'redis', 'amqp', 'mssql'])
        h = host(a)
        if scheme == 'mongodb' and chance(0.5):
            scheme = 'mongodb+srv'; h = 'cluster0.%s.mongodb.net' % rs(LO + DG, 5)
        if scheme == 'redis':
            user = pick('', 'default', user)
        if c.style == 'local_dev':
            h = pick('localhost', '127.0.0.1', 'db', 'postgres')
            user = pick('postgres', 'root', 'test')
            pw = pick(user, 'postgres', 'password', 'test')
            c.style = 'local_dev_literal'
        dbn = pick(a, a + '_' + env(), 'app', a + 'db')
        c.extra.update(scheme=scheme, host=h, port=port_for(scheme.split('+')[0]), db=dbn, user=user)
        pfx = {'postgres': pick('DB_', 'POSTGRES_', 'PG', 'DATABASE_'), 'postgresql': pick('DB_', 'POSTGRES_'),
               'mysql': pick('DB_', 'MYSQL_'), 'mongodb': 'MONGO_', 'mongodb+srv': 'MONGO_', 'redis': 'REDIS_',
               'amqp': pick('RABBITMQ_', 'AMQP_'), 'mssql': pick('DB_', 'SQL_')}[scheme]
        c.extra['pfx'] = pfx
        c.extra['shape'] = pick('split', 'split', 'uri')
        negpw = None
        if not pos:
            negpw = {'placeholder': pw_placeholder(pfx + 'PASSWORD'), 'ref': pw_placeholder(pfx + 'PASSWORD'),
                     'masked': masked(), 'empty': '', 'local_dev_literal': pw}[c.style]
        if c.style == 'local_dev_literal':
            c.style = 'placeholder'  # render literally
        c.extra['pw'] = pw; c.extra['negpw'] = negpw
        if c.extra['shape'] == 'uri':
            enc = urllib.parse.quote(pw, safe='')
            c.add(pick('DATABASE_URL', pfx + 'URL', pfx + 'URI', pfx + 'DSN') if scheme not in ('redis', 'amqp') else pfx + 'URL',
                  build_uri(scheme, user, enc, h, c.extra['port'], dbn),
                  build_uri(scheme, user, negpw or '', h, c.extra['port'], dbn) if not pos else None,
                  'secret', needle=enc)
        else:
            c.add(pfx + 'HOST', h); c.add(pfx + 'PORT', str(c.extra['port']))
            if scheme not in ('redis',):
                c.add(pfx + pick('NAME', 'DATABASE') if pfx.endswith('_') else pfx + 'DATABASE', dbn)
            if user:
                c.add(pfx + pick('USER', 'USERNAME'), user)
            c.add(pfx + pick('PASSWORD', 'PASSWORD', 'PASS'), pw, negpw, 'secret')
        return c
    negpw = None
    if not pos:
        negpw = {'placeholder': pw_placeholder('PASSWORD'), 'ref': pw_placeholder('PASSWORD'), 'masked': masked(), 'empty': ''}[c.style]
    c.extra['pw'] = pw; c.extra['negpw'] = negpw
    if purpose == 'smtp':
        c.kind = 'smtp_password'
        c.extra['host'] = pick('smtp.office365.com', 'smtp.gmail.com', 'email-smtp.%s.amazonaws.com' % region(),
                               'smtp.%s.com' % comp(), 'mail.%s.io' % comp())
        c.extra['user'] = pick('noreply@%s.com' % comp(), 'alerts@%s.io' % comp(), 'mailer')
        c.add('SMTP_HOST', c.extra['host']); c.add('SMTP_PORT', pick('587', '465', '25'))
        c.add(pick('SMTP_USER', 'SMTP_USERNAME', 'MAIL_USERNAME'), c.extra['user'])
        c.add(pick('SMTP_PASSWORD', 'MAIL_PASSWORD', 'EMAIL_HOST_PASSWORD', 'SMTP_PASS'), pw, negpw, 'secret')
    elif purpose == 'ldap':
        c.kind = 'ldap_bind_password'
        dc = ','.join('dc=' + x for x in (comp(), pick('com', 'local', 'io')))
        c.extra['dc'] = dc
        c.extra['bind_dn'] = 'cn=%s,ou=%s,%s' % (pick('svc-ldap', 'readonly', 'admin', 'gitlab', 'jenkins'), pick('service-accounts', 'people', 'system'), dc)
        c.extra['host'] = 'ldap%s.%s.%s' % (pick('', 's'), comp(), pick('com', 'local', 'corp'))
        c.add('LDAP_URL', 'ldaps://%s:636' % c.extra['host']); c.add('LDAP_BIND_DN', c.extra['bind_dn'])
        c.add(pick('LDAP_BIND_PASSWORD', 'LDAP_PASSWORD', 'BIND_PW'), pw, negpw, 'secret')
    elif purpose == 'basic':
        c.kind = 'http_basic_password'
        c.extra['user'] = pick(user, ch(FIRST), 'admin', 'api-client', 'ci')
        c.add(pick('API_USER', 'REGISTRY_USER', 'ARTIFACTORY_USER', 'NEXUS_USER', 'SERVICE_USER'), c.extra['user'])
        c.add(pick('API_PASSWORD', 'REGISTRY_PASSWORD', 'ARTIFACTORY_PASSWORD', 'NEXUS_PASSWORD', 'SERVICE_PASSWORD'), pw, negpw, 'secret')
    else:
        c.kind = 'service_password'
        c.add(ch(PW_PURPOSES['generic']), pw, negpw, 'secret')
    return c


def build_uri(scheme, user, pwenc, h, port, dbn):
    if scheme == 'mongodb+srv':
        return 'mongodb+srv://%s:%s@%s/%s?retryWrites=true&w=majority' % (user, pwenc, h, dbn)
    if scheme == 'redis':
        return 'redis://%s:%s@%s:%d/%d' % (user, pwenc, h, port, R.randint(0, 3))
    if scheme == 'amqp':
        return 'amqp://%s:%s@%s:%d/%s' % (user, pwenc, h, port, pick('%2F', dbn))
    if scheme == 'mssql':
        return 'mssql://%s:%s@%s:%d/%s' % (user, pwenc, h, port, dbn)
    return '%s://%s:%s@%s:%d/%s' % (scheme, user, pwenc, h, port, dbn)


def make_cred(pos, accepts, opts):
    w = {'token': 56, 'password': 30, 'aws': 8, 'privkey': 8}
    cls = R.choices(list(accepts), [w[a] for a in accepts])[0]
    if cls == 'token':
        if opts.get('providers') is None and opts.get('kinds') is None and chance(0.04):
            return make_twilio(pos)
        return make_token(pos, opts.get('providers'), opts.get('kinds'))
    if cls == 'aws':
        return make_aws(pos)
    if cls == 'privkey':
        return make_privkey(pos, opts.get('pkvar'))
    return make_password(pos, opts.get('purpose') or pick('db', 'db', 'db', 'smtp', 'basic', 'generic'), opts.get('scheme'))


# ----------------------------------------------------------------------------
# rendering helpers
def yq(v, force=False):
    if v == '':
        return '""'
    if not force and re.fullmatch(r'[A-Za-z][A-Za-z0-9_./-]*', v) and v.lower() not in ('true', 'false', 'yes', 'no', 'null', 'on', 'off'):
        return pick(v, v, '"%s"' % v, "'%s'" % v)
    if "'" not in v and chance(0.3):
        return "'%s'" % v
    return '"%s"' % v.replace('\\', '\\\\').replace('"', '\\"')


def shq(v):
    if v == '':
        return '""'
    if v.startswith('$(') or v.startswith('${') or v.startswith('$'):
        return '"%s"' % v
    if re.fullmatch(r'[A-Za-z0-9_./:-]+', v):
        return pick(v, '"%s"' % v, "'%s'" % v)
    if "'" in v:
        return '"%s"' % v
    return "'%s'" % v


def yblock(text, n):
    return '|\n' + ind(text, n)


def cmt(ft, text):
    if ft in ('yaml', 'shell', 'python', 'ruby', 'properties', 'env', 'toml', 'dockerfile', 'ini', 'hcl', 'conf',
              'powershell', 'makefile', 'netrc', 'r', 'perl', 'gitconfig', 'npmrc', 'systemd'):
        return '# ' + text
    if ft in ('js', 'ts', 'java', 'kotlin', 'go', 'csharp', 'rust', 'swift', 'php', 'groovy', 'scala', 'dart', 'c'):
        return '// ' + text
    if ft == 'sql':
        return '-- ' + text
    if ft in ('xml', 'markdown', 'html'):
        return '<!-- %s -->' % text
    if ft == 'batch':
        return 'REM ' + text
    return None


def rcomment():
    return ch(NONASCII) if chance(0.5) else ch(PLAIN_COMMENTS)


# ----------------------------------------------------------------------------
# contexts: each returns (path, filetype, text, needle_or_None)
CTX = []


def ctx(name, accepts, weight=1.0, **opts):
    def deco(fn):
        CTX.append((name, fn, accepts, weight, opts))
        return fn
    return deco


@ctx('docker_compose_env', ('token', 'password', 'aws'), 3)
def c_compose(c):
    a = app(); co = comp()
    refs = ['${@V@}', '${@V@:?@V@ is required}', '${@V@:-}']
    lst = chance(0.55)
    env_lines = ['NODE_ENV=production', 'LOG_LEVEL=info', 'PORT=%d' % R.randint(3000, 9000)]
    R.shuffle(env_lines)
    env_lines = env_lines[:R.randint(1, 3)]
    out = []
    for n, v, role in c.items(refs):
        out.append('%s=%s' % (n, v) if lst else '%s: %s' % (n, yq(v)))
    if lst:
        body = '\n'.join('      - ' + l for l in env_lines + out)
    else:
        body = '\n'.join('      ' + l.replace('=', ': ', 1) for l in env_lines) + '\n' + '\n'.join('      ' + l for l in out)
    txt = T('''@ver@services:
  @a@:
    image: ghcr.io/@co@/@a@:@v@
    build:
      context: .
      dockerfile: Dockerfile
    restart: unless-stopped
    ports:
      - "@p@:@p@"
    environment:
@body@
    depends_on:
      - db
      - redis
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:@p@/healthz"]
      interval: 30s
      retries: 3

  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_HOST_AUTH_METHOD: trust
    volumes:
      - pgdata:/var/lib/postgresql/data

  redis:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes"]

volumes:
  pgdata: {}
''', ver=pick('version: "3.8"\n\n', 'version: "3.9"\n\n', ''), a=a, co=co, v=ver(), p=R.randint(3000, 9000), body=body)
    return pick('docker-compose.yml', 'docker-compose.prod.yml', 'compose.yaml', 'docker-compose.override.yml'), 'yaml', txt, None


def k8s_meta(kind, name, ns, api='v1'):
    return T('''apiVersion: @api@
kind: @kind@
metadata:
  name: @name@
  namespace: @ns@
  labels:
    app.kubernetes.io/name: @app@
    app.kubernetes.io/part-of: @co@
    app.kubernetes.io/managed-by: kustomize
''', api=api, kind=kind, name=name, ns=ns, app=name.split('-')[0], co=comp())


@ctx('k8s_secret_stringdata', ('token', 'password', 'aws', 'privkey'), 3)
def c_k8s_string(c):
    a = app(); ns = pick(a, 'default', env(), a + '-' + env())
    if not c.pos and c.style == 'ref':
        return c_helm_secret_tpl(c)
    head = k8s_meta('Secret', a + '-secrets', ns)
    lines = []
    nd = None
    kf = pick(lambda n: n, str.lower, kebab, camel)
    pkname = pick('tls.key', 'private-key.pem', 'jwt-key.pem', 'id_rsa')
    for n, v, role in c.items():
        key = kf(n) if c.cls != 'privkey' else pkname
        if '\n' in v:
            lines.append('  %s: %s' % (key, yblock(v, 4)))
            if role == 'secret':
                nd = ind(v, 4).lstrip()
        else:
            lines.append('  %s: %s' % (key, yq(v, True) if chance(0.6) else yq(v)))
    typ = 'kubernetes.io/tls' if c.cls == 'privkey' and chance(0.4) else 'Opaque'
    extra = ''
    if typ == 'kubernetes.io/tls':
        extra = '  tls.crt: |\n' + ind(fake_cert(), 4) + '\n'
        lines = [re.sub(r'^  [^:]+:', '  tls.key:', lines[0])] + lines[1:]
    txt = head + 'type: %s\nstringData:\n' % typ + extra + '\n'.join(lines) + '\n'
    if chance(0.5):
        txt += T('''---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: @a@
  namespace: @ns@
spec:
  replicas: @r@
  selector:
    matchLabels:
      app: @a@
  template:
    metadata:
      labels:
        app: @a@
    spec:
      containers:
        - name: @a@
          image: registry.@co@.io/@a@:@v@
          envFrom:
            - secretRef:
                name: @a@-secrets
''', a=a, ns=ns, r=R.randint(1, 4), co=comp(), v=ver())
    return pick('k8s/secret.yaml', 'deploy/%s-secret.yaml' % a, 'manifests/secrets.yml', 'overlays/%s/secret.yaml' % env()), 'yaml', txt, nd


@ctx('k8s_secret_data_b64', ('token', 'password', 'aws', 'privkey'), 2.5)
def c_k8s_data(c):
    a = app(); ns = pick(a, 'default', env())
    head = k8s_meta('Secret', a + '-credentials', ns)
    lines = []; nd = None
    kf = pick(lambda n: n, str.lower, kebab)
    pkname = pick('tls.key', 'private.pem', 'ssh-privatekey')
    for n, v, role in c.items():
        key = kf(n) if c.cls != 'privkey' else pkname
        e = b64(v.encode())
        lines.append('  %s: %s' % (key, e))
        if role == 'secret':
            nd = e
    txt = head + 'type: Opaque\ndata:\n' + '\n'.join(lines) + '\n'
    txt = txt.replace('  labels:', '  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: ""\n  labels:', 1) if chance(0.2) else txt
    if chance(0.4):
        txt = '# generated with: kubectl create secret generic %s --dry-run=client -o yaml\n' % (a + '-credentials') + txt
    return pick('k8s/%s-credentials.yaml' % a, 'secret.yaml', 'charts/%s/templates/secret.yaml' % a, 'infra/k8s/secrets.yaml'), 'yaml', txt, nd


def c_helm_secret_tpl(c):
    a = app()
    lines = []
    for n, v, role in c.items():
        if role == 'plain':
            lines.append('  %s: %s' % (n, yq(v, True)))
        else:
            lines.append('  %s: {{ %s }}' % (n, pick('.Values.secrets.%s | b64enc | quote' % camel(n),
                                                       'required "%s is required" .Values.%s | b64enc' % (camel(n), camel(n)),
                                                       '.Values.%s | b64enc' % camel(n))))
    txt = T('''{{- if .Values.secrets.create }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "@a@.fullname" . }}
  labels:
    {{- include "@a@.labels" . | nindent 4 }}
type: Opaque
data:
@lines@
{{- end }}
''', a=a, lines='\n'.join(l if ' {{ ' in l else l.replace(': ', ': ', 1) for l in lines))
    # plain values in data must be b64 too; switch them to stringData-free form
    txt = re.sub(r'^  (\w+): "([^"]*)"$', lambda m: '  %s: %s' % (m.group(1), b64(m.group(2).encode())), txt, flags=re.M)
    return 'charts/%s/templates/secret.yaml' % a, 'yaml', txt, None


@ctx('helm_values', ('token', 'password', 'privkey', 'aws'), 2.5)
def c_helm_values(c):
    a = app(); co = comp()
    nd = None
    if not c.pos and c.style == 'ref' and c.cls != 'privkey':
        c.isref()
        sec = '''secrets:
  # credentials come from an existing Kubernetes secret
  existingSecret: "%s-credentials"
  existingSecretKey: "%s"
''' % (a, kebab(c.var))
        for n, v, role in c.items():
            if role == 'plain':
                sec += '  %s: %s\n' % (camel(n), yq(v))
        sec += '  %s: ""\n' % camel(c.var)
    else:
        sec = pick('secrets:\n', 'config:\n  secret:\n', 'env:\n')
        nested = not sec.startswith('env')
        for n, v, role in c.items():
            if sec.startswith('env'):
                if '\n' in v:
                    sec += '  - name: %s\n    value: %s\n' % (n, yblock(v, 6))
                    nd = ind(v, 6).lstrip()
                else:
                    sec += '  - name: %s\n    value: %s\n' % (n, yq(v, True))
            else:
                pad = 2 if sec == 'secrets:\n' else 4
                if '\n' in v:
                    sec += ' ' * pad + '%s: %s\n' % (camel(n), yblock(v, pad + 2))
                    nd = ind(v, pad + 2).lstrip()
                else:
                    sec += ' ' * pad + '%s: %s\n' % (camel(n), yq(v))
    txt = T('''# Default values for @a@.
# This is a YAML-formatted file.
replicaCount: @r@

image:
  repository: @co@.azurecr.io/@a@
  pullPolicy: IfNotPresent
  tag: "@v@"

serviceAccount:
  create: true
  name: ""

service:
  type: ClusterIP
  port: 80

ingress:
  enabled: @ing@
  className: nginx
  hosts:
    - host: @a@.@co@.com
      paths:
        - path: /
          pathType: Prefix

@sec@
resources:
  limits:
    cpu: 500m
    memory: 512Mi
  requests:
    cpu: 100m
    memory: 128Mi

autoscaling:
  enabled: false
  minReplicas: 1
  maxReplicas: 5
''', a=a, co=co, r=R.randint(1, 3), v=ver(), ing=pick('true', 'false'), sec=sec)
    return pick('values.yaml', 'charts/%s/values.yaml' % a, 'helm/values-%s.yaml' % env(), 'values.%s.yaml' % env()), 'yaml', txt, nd


@ctx('github_actions', ('token', 'password', 'aws'), 3)
def c_gha(c):
    a = app()
    refs = ['${{ secrets.@V@ }}']
    items = c.items(refs)
    envb = '\n'.join('      %s: %s' % (n, v if v.startswith('${{') else yq(v)) for n, v, r in items)
    first_secret = [n for n, v, r in items if r == 'secret'][0]
    job_level = chance(0.5)
    txt = T('''name: @name@

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read
  id-token: write

jobs:
  @job@:
    runs-on: ubuntu-latest
@envblock@    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - name: @step@
@stepenv@        run: |
          echo "deploying @a@ to @e@"
          ./scripts/deploy.sh --env @e@ --service @a@
          curl -sf -X POST "https://api.@co@.io/v1/deployments" \\
            -H "Content-Type: application/json" \\
            -d '{"service":"@a@","sha":"${{ github.sha }}"}'
''', name=pick('Deploy', 'CI', 'Release', 'deploy-%s' % env()), job=pick('deploy', 'release', 'build'),
          envblock=('    env:\n' + envb.replace('      ', '      ', -1) + '\n') if job_level else '',
          stepenv='' if job_level else '        env:\n' + envb.replace('\n      ', '\n          ').replace('      ', '          ', 1) + '\n',
          step=pick('Deploy', 'Publish', 'Notify'), a=a, e=env(), co=comp())
    return '.github/workflows/%s.yml' % pick('deploy', 'ci', 'release', 'main', 'nightly'), 'yaml', txt, None


@ctx('gitlab_ci', ('token', 'password', 'aws'), 2)
def c_gitlab(c):
    a = app()
    ref = c.isref()
    if ref:
        vars_ = '\n'.join('  %s: %s' % (n, yq(v)) for n, v, r in c.items() if r == 'plain')
        use = ' '.join('"$%s"' % n for n, v, r in c.items() if r != 'plain')
        vars_ = vars_ or '  GIT_DEPTH: "10"'
    else:
        vars_ = '\n'.join('  %s: %s' % (n, yq(v, True)) for n, v, r in c.items())
        use = ' '.join('"$%s"' % n for n, v, r in c.items() if r != 'plain')
    txt = T('''stages:
  - test
  - build
  - deploy

variables:
  DOCKER_DRIVER: overlay2
@vars@

test:
  stage: test
  image: python:3.12-slim
  script:
    - pip install -r requirements.txt
    - pytest -q

build:
  stage: build
  image: docker:24
  services:
    - docker:24-dind
  script:
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  image: alpine:3.19
  script:
    - apk add --no-cache curl
    - ./ci/deploy.sh @a@ @use@
  only:
    - main
''', vars=vars_, a=a, use=use)
    return '.gitlab-ci.yml', 'yaml', txt, None


@ctx('circleci', ('token', 'password', 'aws'), 1.5)
def c_circle(c):
    ref = c.isref()
    if ref:
        envb = '\n'.join('      %s: %s' % (n, yq(v)) for n, v, r in c.items() if r == 'plain') or '      TZ: "UTC"'
        ctxl = '          context:\n            - %s-%s\n' % (app(), pick('secrets', 'deploy', 'prod'))
    else:
        envb = '\n'.join('      %s: %s' % (n, yq(v, True)) for n, v, r in c.items())
        ctxl = ''
    txt = T('''version: 2.1

orbs:
  node: circleci/node@5.2.0

jobs:
  build-and-deploy:
    docker:
      - image: cimg/node:20.11
    environment:
@envb@
    steps:
      - checkout
      - restore_cache:
          keys:
            - v1-deps-{{ checksum "package-lock.json" }}
      - run: npm ci
      - save_cache:
          key: v1-deps-{{ checksum "package-lock.json" }}
          paths:
            - node_modules
      - run: npm test
      - run:
          name: Deploy
          command: npm run deploy -- --stage @e@

workflows:
  main:
    jobs:
      - build-and-deploy:
@ctxl@          filters:
            branches:
              only: main
''', envb=envb, e=env(), ctxl=ctxl)
    return '.circleci/config.yml', 'yaml', txt, None


@ctx('jenkinsfile', ('token', 'password', 'aws'), 2)
def c_jenkins(c):
    a = app()
    items = c.items(["credentials('%s-@k@')" % a])
    lines = []
    for n, v, r in items:
        if v.startswith("credentials("):
            lines.append("        %s = %s" % (n, v))
        else:
            lines.append("        %s = %s" % (n, pick("'%s'" % v, '"%s"' % v)))
    tab = chance(0.3)
    txt = T('''pipeline {
    agent { label 'linux' }
    options {
        timeout(time: 30, unit: 'MINUTES')
        buildDiscarder(logRotator(numToKeepStr: '20'))
    }
    environment {
        APP_NAME = '@a@'
@lines@
    }
    stages {
        stage('Checkout') {
            steps { checkout scm }
        }
        stage('Build') {
            steps {
                sh './gradlew clean build -x test'
            }
        }
        stage('Test') {
            steps {
                sh './gradlew test'
            }
        }
        stage('Deploy') {
            when { branch 'main' }
            steps {
                sh './scripts/deploy.sh ${APP_NAME} @e@'
            }
        }
    }
    post {
        always { junit '**/build/test-results/test/*.xml' }
    }
}
''', a=a, lines='\n'.join(lines), e=env())
    if tab:
        txt = txt.replace('    ', '\t')
    return pick('Jenkinsfile', 'ci/Jenkinsfile', 'Jenkinsfile.deploy'), 'groovy', txt, None


@ctx('azure_pipelines', ('token', 'password', 'aws'), 1.5)
def c_azp(c):
    a = app()
    ref = c.isref()
    if ref:
        varl = '\n'.join('  - name: %s\n    value: %s' % (n, yq(v)) for n, v, r in c.items() if r == 'plain')
        varl = '  - group: %s-%s-secrets\n' % (a, env()) + varl
        envl = '\n'.join('      %s: $(%s)' % (n, n) for n, v, r in c.items() if r != 'plain')
    else:
        varl = '\n'.join('  - name: %s\n    value: %s' % (n, yq(v, True)) for n, v, r in c.items())
        envl = '\n'.join('      %s: $(%s)' % (n, n) for n, v, r in c.items() if r != 'plain')
    txt = T('''trigger:
  branches:
    include:
      - main

pool:
  vmImage: ubuntu-latest

variables:
  - name: buildConfiguration
    value: Release
@varl@

steps:
  - task: UseDotNet@2
    inputs:
      packageType: sdk
      version: 8.x
  - script: dotnet build --configuration $(buildConfiguration)
    displayName: Build
  - script: dotnet test --no-build --configuration $(buildConfiguration)
    displayName: Test
  - script: ./deploy/publish.sh @a@
    displayName: Publish
    env:
@envl@
''', varl=varl, a=a, envl=envl)
    return 'azure-pipelines.yml', 'yaml', txt, None


@ctx('terraform_provider', ('token', 'password', 'aws'), 3,
     providers=['github', 'gitlab', 'datadog', 'cloudflare', 'digitalocean', 'heroku', 'hashicorp', 'azure', 'generic', 'grafana', 'newrelic', 'okta', 'sentry'])
def c_tf(c):
    a = app()
    refs = ['var.@v@']
    head = '''terraform {
  required_version = ">= 1.5.0"
  required_providers {
%s  }
  backend "s3" {
    bucket = "%s-tfstate"
    key    = "%s/terraform.tfstate"
    region = "%s"
  }
}

'''
    if c.cls == 'aws':
        it = c.items(refs)
        kid = [v for n, v, r in it if n == 'AWS_ACCESS_KEY_ID'][0]
        sk = [v for n, v, r in it if n == 'AWS_SECRET_ACCESS_KEY'][0]
        q = lambda v: v if v.startswith('var.') else '"%s"' % v
        body = T('''provider "aws" {
  region     = "@r@"
  access_key = @k@
  secret_key = @s@

  default_tags {
    tags = {
      Project     = "@a@"
      Environment = "@e@"
    }
  }
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "@co@-@a@-artifacts"
}
''', r=c.extra['region'], k=q(kid), s=q(sk), a=a, e=env(), co=comp())
        rp = '    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.0"\n    }\n'
    elif c.cls == 'password':
        pw = c.sec(refs)
        body = T('''resource "aws_db_instance" "@a@" {
  identifier             = "@a@-@e@"
  engine                 = "postgres"
  engine_version         = "15.4"
  instance_class         = "db.t3.medium"
  allocated_storage      = 50
  db_name                = "@a@"
  username               = "@u@"
  password               = @pw@
  skip_final_snapshot    = false
  deletion_protection    = true
  vpc_security_group_ids = [aws_security_group.db.id]
}
''', a=a, e=env(), u=c.extra.get('user', 'app'), pw=pw if pw.startswith('var.') else '"%s"' % pw)
        rp = '    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.0"\n    }\n'
    else:
        v = c.sec(refs)
        qv = v if v.startswith('var.') else '"%s"' % v
        pmap = {'github': ('github', 'integrations/github', 'token', 'owner = "%s"' % comp()),
                'gitlab': ('gitlab', 'gitlabhq/gitlab', 'token', 'base_url = "https://gitlab.%s.com/api/v4/"' % comp()),
                'datadog': ('datadog', 'DataDog/datadog', 'api_key', 'api_url = "https://api.datadoghq.eu/"'),
                'cloudflare': ('cloudflare', 'cloudflare/cloudflare', 'api_token', ''),
                'digitalocean': ('digitalocean', 'digitalocean/digitalocean', 'token', ''),
                'heroku': ('heroku', 'heroku/heroku', 'api_key', 'email = "ops@%s.com"' % comp()),
                'hashicorp': ('vault', 'hashicorp/vault', 'token', 'address = "https://vault.%s.io:8200"' % comp()),
                'grafana': ('grafana', 'grafana/grafana', 'auth', 'url = "https://%s.grafana.net"' % comp()),
                'newrelic': ('newrelic', 'newrelic/newrelic', 'api_key', 'account_id = %d' % R.randint(10 ** 6, 10 ** 7)),
                'okta': ('okta', 'okta/okta', 'api_token', 'org_name = "%s"' % comp()),
                'sentry': ('sentry', 'jianyuan/sentry', 'token', ''),
                'azure': ('azurerm', 'hashicorp/azurerm', 'client_secret', 'features {}')}
        if c.provider in pmap:
            pn, src, attr, other = pmap[c.provider]
            if c.provider == 'azure' and c.kind == 'azure_storage_account_key':
                pn, attr, other = 'azurerm', 'access_key', ''
                body = T('''resource "azurerm_storage_account" "@a@" {
  name                     = "@co@@a@sa"
  resource_group_name      = "rg-@a@-@e@"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

locals {
  storage_access_key = @v@
}
''', a=a, co=comp(), e=env(), v=qv)
            else:
                extra = '\n'.join('  %s = "%s"' % (n.lower().replace('azure_', ''), vv) for n, vv, r in c.items(refs) if r == 'plain')
                body = T('''provider "@pn@" {
  @attr@ = @v@
  @other@
@extra@
}
''', pn=pn, attr=attr, v=qv, other=other, extra=extra)
            rp = '    %s = {\n      source  = "%s"\n      version = "~> %d.0"\n    }\n' % (pn, src, R.randint(1, 5))
        else:
            body = T('''resource "aws_ssm_parameter" "@n@" {
  name  = "/@a@/@e@/@n@"
  type  = "SecureString"
  value = @v@
}
''', n=c.var.lower(), a=a, e=env(), v=qv)
            rp = '    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.0"\n    }\n'
    txt = head % (rp, comp(), a, region()) + body
    if 'var.' in txt:
        for m in sorted(set(re.findall(r'var\.(\w+)', txt))):
            txt += '\nvariable "%s" {\n  type      = string\n  sensitive = true\n}\n' % m
    return pick('main.tf', 'providers.tf', 'infra/%s/main.tf' % env(), 'terraform/%s.tf' % a), 'hcl', txt, None


@ctx('terraform_tfvars', ('token', 'password', 'aws'), 1.5)
def c_tfvars(c):
    a = app()
    lines = ['project     = "%s"' % a, 'environment = "%s"' % env(), 'region      = "%s"' % region(),
             'instance_type = "%s"' % pick('t3.medium', 'm5.large', 'c6i.xlarge'),
             'min_size = %d' % R.randint(1, 3), 'max_size = %d' % R.randint(4, 10),
             'tags = {\n  Owner      = "%s"\n  CostCenter = "%d"\n}' % (pick('platform', 'data', 'payments'), R.randint(1000, 9999))]
    sl = ['%s = "%s"' % (n.lower(), v) for n, v, r in c.items()]
    R.shuffle(lines)
    k = R.randint(2, len(lines))
    txt = '\n'.join(lines[:k] + ['', cmt('hcl', rcomment())] + sl + lines[k:]) + '\n'
    txt = '# %s.tfvars\n' % env() + txt + '\nallowed_cidrs = [\n  "10.0.0.0/8",\n  "172.16.0.0/12",\n]\n'
    return pick('terraform.tfvars', '%s.tfvars' % env(), 'envs/%s/terraform.tfvars' % env(), 'secrets.auto.tfvars'), 'hcl', txt, None


@ctx('ansible_vars', ('token', 'password', 'privkey', 'aws'), 2)
def c_ansible(c):
    a = app()
    refs = ['{{ vault_@v@ }}', "{{ lookup('env', '@V@') }}", "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/@k@:value') }}"]
    nd = None
    lines = []
    for n, v, r in c.items(refs):
        k = '%s_%s' % (a, n.lower()) if chance(0.5) else n.lower()
        if '\n' in v:
            lines.append('%s: %s' % (k, yblock(v, 2)))
            nd = ind(v, 2).lstrip()
        else:
            lines.append('%s: %s' % (k, '"%s"' % v if v.startswith('{{') else yq(v)))
    txt = T('''---
# group_vars for @a@ servers
@a@_user: @a@
@a@_group: @a@
@a@_home: /opt/@a@
@a@_version: "@v@"
@a@_port: @p@
@a@_java_opts: "-Xms512m -Xmx@m@m"

nginx_server_name: @a@.@co@.com
nginx_ssl_certificate: /etc/ssl/certs/@a@.crt

@lines@

firewall_allowed_tcp_ports:
  - 22
  - 80
  - 443

logrotate_days: 14
''', a=a, v=ver(), p=R.randint(3000, 9000), m=pick(1024, 2048, 4096), co=comp(), lines='\n'.join(lines))
    return pick('group_vars/all.yml', 'group_vars/%s.yml' % env(), 'roles/%s/defaults/main.yml' % a, 'inventories/%s/group_vars/app.yml' % env(), 'host_vars/%s-01.yml' % a), 'yaml', txt, nd


@ctx('spring_yaml', ('token', 'password', 'aws'), 2.5, purpose='db', scheme='postgres')
def c_spring_yml(c):
    a = app()
    refs = ['${@V@}', '${@V@:}']
    if c.cls == 'password' and c.kind == 'db_password':
        e = c.extra
        pw = c.sec(refs)
        dbkind = pick('postgresql', 'mysql', 'sqlserver')
        url = {'postgresql': 'jdbc:postgresql://%s:5432/%s' % (e['host'], e['db']), 'mysql': 'jdbc:mysql://%s:3306/%s?useSSL=true' % (e['host'], e['db']),
               'sqlserver': 'jdbc:sqlserver://%s:1433;databaseName=%s;encrypt=true' % (e['host'], e['db'])}[dbkind]
        if c.extra['shape'] == 'uri':
            pw = c.extra['pw'] if c.pos else (c.sec(refs) if c.style == 'ref' else c.extra['negpw'])
            if not c.pos and c.style == 'ref':
                pw = '${%sPASSWORD}' % e['pfx']
        sec = T('''  datasource:
    url: @url@
    username: @u@
    password: @pw@
    hikari:
      maximum-pool-size: 10
      connection-timeout: 30000''', url=url, u=e['user'] or 'app', pw=yq(pw))
        nd = c.extra['pw']
    else:
        sec = '  cloud:\n    config:\n      enabled: false'
        nd = None
    other = ''
    if not (c.cls == 'password' and c.kind == 'db_password'):
        other = '\n%s:\n' % a + '\n'.join('  %s: %s' % (kebab(n), yq(v)) for n, v, r in c.items(refs))
    txt = T('''server:
  port: @p@
  servlet:
    context-path: /api

spring:
  application:
    name: @a@-service
  profiles:
    active: @e@
@sec@
  jpa:
    hibernate:
      ddl-auto: validate
    open-in-view: false

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
@other@

logging:
  level:
    root: INFO
    com.@co@.@a@: DEBUG
''', p=pick(8080, 8081, 9090), a=a, e=env(), sec=sec, other=other, co=comp())
    return pick('src/main/resources/application.yml', 'src/main/resources/application-%s.yml' % env(), 'config/application.yaml'), 'yaml', txt, nd if c.pos else None


@ctx('spring_properties', ('token', 'password', 'aws'), 2, purpose='db')
def c_spring_props(c):
    a = app()
    refs = ['${@V@}', '${@d@}']
    lines = ['spring.application.name=%s' % a, 'server.port=%d' % pick(8080, 8443, 9000),
             'spring.jpa.hibernate.ddl-auto=validate', 'spring.jpa.show-sql=false',
             'management.endpoints.web.exposure.include=health,info', 'logging.level.root=INFO',
             'spring.servlet.multipart.max-file-size=%dMB' % pick(10, 20, 50),
             'spring.jackson.time-zone=UTC']
    if c.cls == 'password' and c.kind == 'db_password':
        e = c.extra
        url = 'jdbc:%s://%s:%d/%s' % (pick('postgresql', 'mysql', 'mariadb'), e['host'], e['port'], e['db'])
        pwv = c.sec(refs) if c.extra['shape'] == 'split' else (c.extra['pw'] if c.pos else ('${DB_PASSWORD}' if c.style == 'ref' else c.extra['negpw']))
        sl = ['spring.datasource.url=' + url, 'spring.datasource.username=' + (e['user'] or 'app'),
              'spring.datasource.password' + pick('=', ' = ', ': ') + pwv]
        nd = c.extra['pw']
    elif c.cls == 'password':
        sl = ['%s.%s=%s' % (a, dotted(n), v) for n, v, r in c.items(refs)]
        if c.kind == 'smtp_password':
            sl = ['spring.mail.host=%s' % c.extra['host'], 'spring.mail.port=587', 'spring.mail.username=%s' % c.extra['user'],
                  'spring.mail.password=%s' % c.sec(refs), 'spring.mail.properties.mail.smtp.starttls.enable=true']
        elif c.kind == 'ldap_bind_password':
            sl = ['spring.ldap.urls=ldaps://%s:636' % c.extra['host'], 'spring.ldap.base=%s' % c.extra['dc'],
                  'spring.ldap.username=%s' % c.extra['bind_dn'], 'spring.ldap.password=%s' % c.sec(refs)]
        nd = None
    else:
        sl = ['%s.%s=%s' % (a, kebab(n).replace('-', '.'), v) for n, v, r in c.items(refs)]
        nd = None
    k = R.randint(2, len(lines))
    txt = '\n'.join(['# %s configuration' % a] + lines[:k] + ['', cmt('properties', rcomment())] + sl + [''] + lines[k:]) + '\n'
    return pick('src/main/resources/application.properties', 'src/main/resources/application-%s.properties' % env(), 'config/application.properties'), 'properties', txt, nd if c.pos else None


@ctx('django_settings', ('token', 'password', 'aws'), 2.5)
def c_django(c):
    a = app()
    refs = ['os.environ["@V@"]', 'os.getenv("@V@")', 'os.environ.get("@V@", "")', 'env("@V@")', 'config("@V@")']
    def lit(v):
        return v if re.match(r'(os\.|env\(|config\()', v) else pick('"%s"' % v, "'%s'" % v)
    dbblock = '''DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "%s",
        "USER": "%s",
        "PASSWORD": %s,
        "HOST": "%s",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}''' 
    nd = None
    if c.cls == 'password' and c.kind == 'db_password' and c.extra['shape'] == 'split':
        e = c.extra
        db = dbblock % (e['db'], e['user'] or 'app', lit(c.sec(refs)), e['host'])
        extra = ''
    elif c.cls == 'password' and c.kind == 'smtp_password':
        db = dbblock % (a, 'app', 'os.environ["DB_PASSWORD"]', 'localhost')
        extra = 'EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"\nEMAIL_HOST = "%s"\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True\nEMAIL_HOST_USER = "%s"\nEMAIL_HOST_PASSWORD = %s\n' % (c.extra['host'], c.extra['user'], lit(c.sec(refs)))
    else:
        db = dbblock % (a, 'app', 'os.environ["DB_PASSWORD"]', 'localhost')
        extra = '\n'.join('%s = %s' % (n, lit(v)) for n, v, r in c.items(refs)) + '\n'
    sk = 'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]' if not (c.cls == 'token' and c.kind == 'django_secret_key') else ''
    txt = T('''"""
Django settings for @a@ project.
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

@sk@
DEBUG = False
ALLOWED_HOSTS = ["@a@.@co@.com", "localhost"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "@a@",
]

ROOT_URLCONF = "@a@.urls"
WSGI_APPLICATION = "@a@.wsgi.application"

@db@

@extra@
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_TZ = True
STATIC_URL = "static/"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
''', a=a, co=comp(), sk=sk, db=db, extra=extra)
    if 'env("' in txt:
        txt = txt.replace('import os\n', 'import os\nimport environ\n\nenv = environ.Env()\n', 1)
    if 'config("' in txt:
        txt = txt.replace('import os\n', 'import os\nfrom decouple import config\n', 1)
    return pick('settings.py', '%s/settings.py' % a, '%s/settings/production.py' % a, 'config/settings/prod.py'), 'python', txt, nd


@ctx('rails_database_yml', ('password',), 1.5, purpose='db', scheme='postgres')
def c_rails_db(c):
    a = app(); e = c.extra
    refs = ["<%= ENV['@V@'] %>", '<%= ENV.fetch("@V@") %>', '<%= Rails.application.credentials.dig(:database, :password) %>']
    if e['shape'] == 'uri':
        prod = '  url: %s' % yq(c.sec(["<%= ENV['DATABASE_URL'] %>"]), True)
    else:
        pw = c.sec(refs)
        prod = T('''  database: @db@
  username: @u@
  password: @pw@
  host: @h@''', db=e['db'], u=e['user'] or 'app', pw=pw if pw.startswith('<%') else yq(pw), h=e['host'])
    txt = T('''# PostgreSQL. Versions 9.3 and up are supported.
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: @a@_development

test:
  <<: *default
  database: @a@_test

production:
  <<: *default
@prod@
''', a=a, prod=prod)
    return 'config/database.yml', 'yaml', txt, None


@ctx('rails_secrets_yml', ('token',), 1)
def c_rails_secrets(c):
    a = app()
    refs = ['<%= ENV["@V@"] %>']
    lines = '\n'.join('  %s: %s' % (n.lower(), yq(v, v.startswith('<%'))) for n, v, r in c.items(refs))
    txt = T('''# Be sure to restart your server when you modify this file.
#
# Make sure the secrets in this file are kept private
# if you're sharing your code publicly.

development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

test:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

production:
@lines@
  host: @a@.@co@.com
  force_ssl: true
''', lines=lines, a=a, co=comp())
    return 'config/secrets.yml', 'yaml', txt, None


@ctx('dotenv', ('token', 'password', 'aws', 'privkey'), 4)
def c_dotenv(c):
    a = app()
    laravel = chance(0.3)
    nd = None
    sl = []
    for n, v, r in c.items():
        if '\n' in v:
            esc = v.replace('\n', '\\n')
            sl.append('%s="%s"' % (n, esc)); nd = esc
        else:
            sl.append('%s=%s' % (n, shq(v) if not re.fullmatch(r'[A-Za-z0-9_./:@+=-]*', v) else pick(v, v, '"%s"' % v)))
    if laravel:
        base = ['APP_NAME=%s' % a.capitalize(), 'APP_ENV=%s' % pick('production', 'local', 'staging'),
                'APP_KEY=' if not c.kind == 'laravel_app_key' else None, 'APP_DEBUG=false', 'APP_URL=https://%s.%s.com' % (a, comp()),
                '', 'LOG_CHANNEL=stack', 'LOG_LEVEL=debug', '', 'DB_CONNECTION=mysql', 'DB_HOST=127.0.0.1', 'DB_PORT=3306',
                'DB_DATABASE=%s' % a, '', 'BROADCAST_DRIVER=log', 'CACHE_DRIVER=redis', 'QUEUE_CONNECTION=redis',
                'SESSION_DRIVER=redis', 'SESSION_LIFETIME=120', '', 'REDIS_HOST=127.0.0.1', 'REDIS_PORT=6379', '',
                'MAIL_MAILER=smtp', 'MAIL_PORT=587', 'MAIL_FROM_ADDRESS="hello@%s.com"' % comp(), 'MAIL_FROM_NAME="${APP_NAME}"']
        base = [b for b in base if b is not None]
        fname = '.env'
    else:
        base = ['NODE_ENV=production', 'PORT=%d' % R.randint(3000, 9000), 'LOG_LEVEL=%s' % pick('info', 'debug', 'warn'),
                'APP_URL=https://%s.%s.io' % (a, comp()), 'FEATURE_FLAGS=new_checkout,beta_search', '',
                'CACHE_TTL_SECONDS=%d' % pick(60, 300, 3600), 'QUEUE_NAME=%s-jobs' % a, 'TZ=UTC',
                'SENTRY_ENVIRONMENT=%s' % env(), 'MAX_UPLOAD_MB=%d' % pick(10, 25, 100)]
        fname = pick('.env', '.env.production', '.env.local', '.env.%s' % env(), 'config/.env', 'backend/.env')
    k = R.randint(3, len(base))
    lines = base[:k] + ['', cmt('env', rcomment())] + sl + [''] + base[k:]
    return fname, 'env', '\n'.join(lines) + '\n', nd


@ctx('appsettings_json', ('password', 'token', 'privkey'), 2.5, purpose='db', scheme='mssql')
def c_appsettings(c):
    a = pascal(app())
    refs = ['#{@V@}#', '__@V@__', '@Microsoft.KeyVault(SecretUri=https://kv-%s-%s.vault.azure.net/secrets/@k@/)' % (app(), env())]
    nd = None
    conn = 'Server=(localdb)\\\\mssqllocaldb;Database=%s;Trusted_Connection=True;MultipleActiveResultSets=true' % a
    section = ''
    if c.cls == 'password' and c.kind == 'db_password':
        e = c.extra
        pw = c.extra['pw'] if c.pos else (pick('#{DbPassword}#', '__DB_PASSWORD__') if c.isref() else c.extra['negpw'])
        if not c.pos and c.style == 'ref':
            c.used = 'env_ref'
        srv = pick('tcp:%s-sql-%s.database.windows.net,1433' % (app(), env()), e['host'] + ',1433', e['host'])
        conn = pick('Server=%s;Initial Catalog=%s;Persist Security Info=False;User ID=%s;Password=%s;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;',
                    'Data Source=%s;Initial Catalog=%s;User Id=%s;Password=%s;TrustServerCertificate=True') % (srv, e['db'], e['user'] or 'sa', pw)
        nd = c.extra['pw']
    else:
        inner = []
        for n, v, r in c.items(refs):
            js = jstr(v)
            inner.append('    "%s": %s' % (pascal(n), js))
            if r == 'secret' and '\n' in v:
                nd = js[1:-1]
        section = '  "%s": {\n%s\n  },\n' % (pick('ExternalApis', 'Integrations', pascal(c.provider), 'Auth'), ',\n'.join(inner))
    txt = T('''{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning",
      "Microsoft.EntityFrameworkCore.Database.Command": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "DefaultConnection": @conn@
  },
@section@  "Kestrel": {
    "Endpoints": {
      "Http": { "Url": "http://0.0.0.0:5000" }
    }
  },
  "Serilog": {
    "MinimumLevel": "Information",
    "WriteTo": [ { "Name": "Console" } ]
  },
  "FeatureManagement": {
    "NewCheckout": @b@
  }
}
''', conn=jstr(conn).replace('\\\\\\\\', '\\\\'), section=section, b=pick('true', 'false'))
    return pick('appsettings.json', 'appsettings.Production.json', 'src/%s.Api/appsettings.%s.json' % (a, pick('Production', 'Staging'))), 'json', txt, nd


@ctx('jdbc_url', ('password',), 2, purpose='db')
def c_jdbc(c):
    e = c.extra; a = app()
    pwr = c.extra['pw'] if c.pos else (None if c.isref() else c.extra['negpw'])
    if pwr is None:
        pwr = '${DB_PASSWORD}'
    enc = urllib.parse.quote(pwr, safe='${}') if not c.pos else urllib.parse.quote(pwr, safe='')
    form = R.randint(0, 3)
    if form == 0:
        url = 'jdbc:postgresql://%s:5432/%s?user=%s&password=%s&sslmode=require' % (e['host'], e['db'], e['user'] or 'app', enc)
    elif form == 1:
        url = 'jdbc:mysql://%s:3306/%s?user=%s&password=%s&useSSL=true&serverTimezone=UTC' % (e['host'], e['db'], e['user'] or 'app', enc)
    elif form == 2:
        enc = pwr
        url = 'jdbc:sqlserver://%s:1433;databaseName=%s;user=%s;password=%s;encrypt=true;trustServerCertificate=false' % (e['host'], e['db'], e['user'] or 'sa', enc)
    else:
        url = 'jdbc:oracle:thin:%s/%s@//%s:1521/%s' % (e['user'] or 'app', enc, e['host'], e['db'].upper())
    fmt = R.randint(0, 2)
    if fmt == 0:
        txt = T('''# Flyway configuration
flyway.url=@url@
flyway.schemas=public
flyway.locations=filesystem:db/migration
flyway.baselineOnMigrate=true
flyway.validateOnMigrate=true
flyway.outOfOrder=false
flyway.cleanDisabled=true
flyway.connectRetries=10
flyway.table=schema_version
flyway.placeholders.app=@a@
''', url=url, a=a)
        return pick('flyway.conf', 'conf/flyway.conf'), 'properties', txt, enc if c.pos else None
    if fmt == 1:
        txt = T('''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE hibernate-configuration PUBLIC
    "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
    "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
  <session-factory>
    <property name="hibernate.connection.driver_class">@drv@</property>
    <property name="hibernate.connection.url">@url@</property>
    <property name="hibernate.dialect">@dia@</property>
    <property name="hibernate.show_sql">false</property>
    <property name="hibernate.hbm2ddl.auto">validate</property>
    <property name="hibernate.c3p0.max_size">20</property>
    <mapping class="com.@co@.@a@.model.Customer"/>
    <mapping class="com.@co@.@a@.model.Invoice"/>
  </session-factory>
</hibernate-configuration>
''', url=xesc(url), drv='org.postgresql.Driver', dia='org.hibernate.dialect.PostgreSQLDialect', co=comp(), a=a)
        return 'src/main/resources/hibernate.cfg.xml', 'xml', txt, xesc(enc) if c.pos else None
    txt = T('''package com.@co@.@a@.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class ConnectionFactory {

    private static final String URL =
        "@url@";

    private ConnectionFactory() {}

    public static Connection open() throws SQLException {
        Connection conn = DriverManager.getConnection(URL);
        conn.setAutoCommit(false);
        return conn;
    }
}
''', co=comp(), a=a, url=url)
    return 'src/main/java/com/%s/db/ConnectionFactory.java' % a, 'java', txt, enc if c.pos else None


@ctx('odbc_string', ('password',), 1.2, purpose='db', scheme='mssql')
def c_odbc(c):
    e = c.extra; a = app()
    pw = c.extra['pw'] if c.pos else ("' + os.environ['DB_PASSWORD'] + '" if c.isref() else c.extra['negpw'])
    if chance(0.4):
        pw2 = c.extra['pw'] if c.pos else ('%(DB_PASSWORD)s' if c.style == 'ref' else c.extra['negpw'])
        txt = T('''; /etc/odbc.ini
[ODBC Data Sources]
@a@ = ODBC Driver 18 for SQL Server

[@a@]
Driver          = ODBC Driver 18 for SQL Server
Description     = @a@ reporting database
Server          = tcp:@h@,1433
Database        = @db@
UID             = @u@
PWD             = @pw@
Encrypt         = yes
TrustServerCertificate = no
Connection Timeout = 30

[@a@_ro]
Driver          = ODBC Driver 18 for SQL Server
Server          = tcp:@h@,1433
Database        = @db@
Trusted_Connection = yes
''', a=a, h=e['host'], db=e['db'], u=e['user'] or 'sa', pw=pw2)
        return pick('odbc.ini', 'config/odbc.ini'), 'ini', txt, None
    txt = T('''import os
import pyodbc
import pandas as pd

CONN_STR = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    "SERVER=tcp:@h@,1433;"
    "DATABASE=@db@;"
    "UID=@u@;"
    'PWD=@pw@;'
    "Encrypt=yes;TrustServerCertificate=no;Connection Timeout=30;"
)


def load_orders(since):
    with pyodbc.connect(CONN_STR) as conn:
        return pd.read_sql(
            "SELECT id, customer_id, total, created_at FROM dbo.orders WHERE created_at >= ?",
            conn,
            params=[since],
        )


if __name__ == "__main__":
    df = load_orders("2024-01-01")
    print(df.describe())
''', h=e['host'], db=e['db'], u=e['user'] or 'sa', pw=pw)
    return pick('etl/extract.py', 'scripts/report.py', 'db.py'), 'python', txt, None


@ctx('sqlalchemy_url', ('password',), 2, purpose='db')
def c_sqlalchemy(c):
    e = c.extra
    enc = urllib.parse.quote(c.extra['pw'], safe='') if c.pos else None
    drv = {'postgres': 'postgresql+psycopg2', 'postgresql': 'postgresql+asyncpg', 'mysql': 'mysql+pymysql', 'mssql': 'mssql+pyodbc'}.get(e['scheme'], 'postgresql+psycopg2')
    if c.pos:
        url = '"%s://%s:%s@%s:%d/%s"' % (drv, e['user'] or 'app', enc, e['host'], e['port'], e['db'])
    elif c.isref():
        url = pick('os.environ["DATABASE_URL"]', 'f"%s://{DB_USER}:{DB_PASSWORD}@{DB_HOST}/%s"' % (drv, e['db']))
    else:
        url = '"%s://%s:%s@%s:%d/%s"' % (drv, e['user'] or 'app', c.extra['negpw'], e['host'], e['port'], e['db'])
    if chance(0.35):
        u2 = url[1:-1] if url.startswith('"') else '%(DATABASE_URL)s'
        txt = T('''# A generic, single database configuration.

[alembic]
script_location = migrations
prepend_sys_path = .
version_path_separator = os
sqlalchemy.url = @u@

[post_write_hooks]
hooks = black
black.type = console_scripts
black.entrypoint = black

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console

[logger_sqlalchemy]
level = WARN
qualname = sqlalchemy.engine
''', u=u2)
        return 'alembic.ini', 'ini', txt, enc
    txt = T('''import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker, declarative_base

DB_USER = os.getenv("DB_USER", "@u@")
DB_HOST = os.getenv("DB_HOST", "@h@")

SQLALCHEMY_DATABASE_URL = @url@

engine = create_engine(
    SQLALCHEMY_DATABASE_URL,
    pool_pre_ping=True,
    pool_size=10,
    max_overflow=20,
)
SessionLocal = sessionmaker(autocommit=False, autoflush=False, bind=engine)
Base = declarative_base()


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()
''', u=e['user'] or 'app', h=e['host'], url=url)
    if 'DB_PASSWORD}' in url:
        txt = txt.replace('DB_HOST = os', 'DB_PASSWORD = os.environ["DB_PASSWORD"]\nDB_HOST = os', 1)
    return pick('app/database.py', 'db/session.py', '%s/db.py' % app()), 'python', txt, enc


@ctx('uri_config', ('password',), 3, purpose='db')
def c_uri(c):
    e = c.extra; a = app()
    enc = urllib.parse.quote(e['pw'], safe='')
    if c.pos:
        uri = build_uri(e['scheme'], e['user'], enc, e['host'], e['port'], e['db'])
    elif c.isref():
        uri = None
    else:
        uri = build_uri(e['scheme'], e['user'], e['negpw'], e['host'], e['port'], e['db'])
    key = {'redis': 'redis_url', 'amqp': 'broker_url', 'mongodb': 'mongo_uri', 'mongodb+srv': 'mongo_uri'}.get(e['scheme'], 'database_url')
    f = R.randint(0, 3)
    if f == 0:
        val = yq(uri, True) if uri else '${%s}' % key.upper()
        txt = T('''# @a@ service configuration
service:
  name: @a@
  port: @p@
  workers: @w@

storage:
  @key@: @val@
  pool_size: 20
  timeout_seconds: 5

cache:
  ttl: 300
  max_entries: 10000

features:
  audit_log: true
  rate_limit_per_minute: 600

telemetry:
  otlp_endpoint: http://otel-collector:4317
  sample_ratio: 0.1
''', a=a, p=R.randint(3000, 9000), w=R.randint(2, 16), key=key, val=val)
        return pick('config.yaml', 'config/%s.yaml' % env(), 'conf/app.yml'), 'yaml', txt, enc if c.pos else None
    if f == 1:
        val = '"%s"' % uri if uri else 'env("%s")' % key.upper()
        if not uri:
            val = '"${%s}"' % key.upper()
        txt = T('''[server]
host = "0.0.0.0"
port = @p@
read_timeout = "15s"

[@sec@]
@key@ = @val@
max_connections = 25
min_connections = 2

[log]
level = "info"
format = "json"

[metrics]
enabled = true
path = "/metrics"
''', p=R.randint(3000, 9000), sec=pick('database', 'storage', 'broker', 'cache'), key=key, val=val)
        return pick('config.toml', 'config/%s.toml' % env(), 'settings.toml'), 'toml', txt, enc if c.pos else None
    if f == 2:
        val = "'%s'" % uri if uri else "os.environ['%s']" % key.upper()
        txt = T('''import os
from celery import Celery

app = Celery("@a@")

app.conf.update(
    broker_url=@val@,
    result_backend="rpc://",
    task_serializer="json",
    accept_content=["json"],
    result_serializer="json",
    timezone="UTC",
    enable_utc=True,
    task_acks_late=True,
    worker_prefetch_multiplier=1,
)

app.autodiscover_tasks(["@a@.tasks"])


@app.task(bind=True, max_retries=3)
def ping(self):
    return "pong"
''', a=a, val=val)
        return pick('celery_app.py', '%s/celery.py' % a, 'worker.py'), 'python', txt, enc if c.pos else None
    val = "'%s'" % uri if uri else 'process.env.%s' % key.upper()
    txt = T(''''use strict';

const mongoose = require('mongoose');
const { createClient } = require('redis');
const logger = require('./logger');

const CONNECTION = @val@;

async function connect() {
  logger.info('connecting to datastore');
  const client = @cl@;
  client.on('error', (err) => logger.error({ err }, 'datastore error'));
  await @conn@;
  return client;
}

module.exports = { connect };
''', val=val, cl=pick('createClient({ url: CONNECTION })', 'mongoose.connection'),
          conn=pick('mongoose.connect(CONNECTION, { maxPoolSize: 10 })', 'client.connect()'))
    return pick('src/db.js', 'lib/datastore.js', 'server/config/db.js'), 'js', txt, enc if c.pos else None


@ctx('smtp_settings', ('password', 'token'), 2, purpose='smtp', providers=['sendgrid', 'mailgun'])
def c_smtp(c):
    a = app()
    if c.cls == 'token':
        host, user = ('smtp.sendgrid.net', 'apikey') if c.provider == 'sendgrid' else ('smtp.mailgun.org', 'postmaster@mg.%s.com' % comp())
    else:
        host, user = c.extra['host'], c.extra['user']
    pw = c.sec(['${SMTP_PASSWORD}', '%(SMTP_PASSWORD)s'])
    f = R.randint(0, 3)
    if f == 0:
        txt = T('''# msmtp configuration for cron reports
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        @a@
host           @h@
port           587
from           reports@@co@.com
user           @u@
password       @pw@

account default : @a@
''', a=a, h=host, co=comp(), u=user, pw=pw if pw else '""')
        return pick('.msmtprc', 'ops/msmtprc'), 'conf', txt, None
    if f == 1:
        js = "'%s'" % pw if not pw.startswith('${') else 'process.env.SMTP_PASSWORD'
        txt = T('''const nodemailer = require('nodemailer');

const transporter = nodemailer.createTransport({
  host: '@h@',
  port: 587,
  secure: false,
  auth: {
    user: '@u@',
    pass: @pw@,
  },
  pool: true,
  maxConnections: 5,
});

async function sendReceipt(to, html) {
  return transporter.sendMail({
    from: '"@A@" <no-reply@@co@.com>',
    to,
    subject: 'Your receipt',
    html,
  });
}

module.exports = { sendReceipt };
''', h=host, u=user, pw=js, A=a.capitalize(), co=comp())
        return pick('src/mailer.js', 'lib/email.js'), 'js', txt, None
    if f == 2:
        txt = T('''# Postfix SASL credentials for the relay host
# rebuild with: postmap /etc/postfix/sasl_passwd
# @c@
[@h@]:587 @u@:@pw@
''', h=host, u=user, pw=pw, c=rcomment())
        txt = T('''# /etc/postfix/main.cf (excerpt)
relayhost = [@h@]:587
smtp_sasl_auth_enable = yes
smtp_sasl_security_options = noanonymous
smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd
smtp_tls_security_level = encrypt
smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt
header_size_limit = 4096000
''', h=host) + '\n' + txt + '\n# end of sasl_passwd\n'
        return pick('roles/postfix/files/sasl_passwd', 'postfix/sasl_passwd'), 'conf', txt, None
    txt = T('''<?php

return [
    'default' => env('MAIL_MAILER', 'smtp'),

    'mailers' => [
        'smtp' => [
            'transport' => 'smtp',
            'host' => '@h@',
            'port' => 587,
            'encryption' => 'tls',
            'username' => '@u@',
            'password' => @pw@,
            'timeout' => null,
        ],

        'log' => [
            'transport' => 'log',
            'channel' => env('MAIL_LOG_CHANNEL'),
        ],
    ],

    'from' => [
        'address' => 'hello@@co@.com',
        'name' => '@A@',
    ],
];
''', h=host, u=user, pw="'%s'" % pw if not pw.startswith('${') else "env('MAIL_PASSWORD')", co=comp(), A=a.capitalize())
    return 'config/mail.php', 'php', txt, None


@ctx('ldap_bind', ('password',), 1.5, purpose='ldap')
def c_ldap(c):
    e = c.extra
    f = R.randint(0, 3)
    if f == 0:
        pw = c.sec(['$LDAP_BIND_PASSWORD'])
        if not c.pos and c.style == 'ref':
            bind = '#bindpw is read from /etc/nslcd.bindpw'
        else:
            bind = 'bindpw %s' % pw
        txt = T('''# /etc/nslcd.conf
uid nslcd
gid nslcd

uri ldaps://@h@/
base @dc@
binddn @dn@
@bind@

base passwd ou=people,@dc@
base group  ou=groups,@dc@

ssl on
tls_reqcert demand
tls_cacertfile /etc/ssl/certs/ca-certificates.crt
nss_initgroups_ignoreusers ALLLOCAL
''', h=e['host'], dc=e['dc'], dn=e['bind_dn'], bind=bind)
        return 'nslcd.conf', 'conf', txt, None
    if f == 1:
        pw = c.sec(["<%= ENV['LDAP_BIND_PASSWORD'] %>", "ENV['LDAP_BIND_PASSWORD']"])
        pw = pw if pw.startswith('ENV') else "'%s'" % pw
        txt = T('''### LDAP Settings
gitlab_rails['ldap_enabled'] = true
gitlab_rails['prevent_ldap_sign_in'] = false

gitlab_rails['ldap_servers'] = {
  'main' => {
    'label' => 'Corporate LDAP',
    'host' =>  '@h@',
    'port' => 636,
    'uid' => 'sAMAccountName',
    'bind_dn' => '@dn@',
    'password' => @pw@,
    'encryption' => 'simple_tls',
    'verify_certificates' => true,
    'active_directory' => true,
    'base' => 'ou=people,@dc@',
    'group_base' => 'ou=groups,@dc@',
    'admin_group' => 'gitlab-admins'
  }
}
''', h=e['host'], dn=e['bind_dn'], dc=e['dc'], pw=pw)
        return pick('gitlab.rb', 'config/gitlab.rb'), 'ruby', txt, None
    if f == 2:
        pw = c.sec(['os.environ["LDAP_BIND_PASSWORD"]'])
        pw = pw if pw.startswith('os.') else '"%s"' % pw
        txt = T('''import ldap3

SERVER = ldap3.Server("ldaps://@h@", use_ssl=True, get_info=ldap3.NONE)
BASE_DN = "ou=people,@dc@"


def find_user(uid):
    conn = ldap3.Connection(
        SERVER,
        user="@dn@",
        password=@pw@,
        auto_bind=True,
        read_only=True,
    )
    conn.search(BASE_DN, f"(uid={uid})", attributes=["cn", "mail", "memberOf"])
    entries = list(conn.entries)
    conn.unbind()
    return entries[0] if entries else None
''', h=e['host'], dc=e['dc'], dn=e['bind_dn'], pw=pw)
        return pick('auth/ldap_lookup.py', 'scripts/ldap_sync.py'), 'python', txt, None
    pw = c.sec(['${LDAP_BIND_PASSWORD}'])
    txt = T('''[domain/@co@]
id_provider = ldap
auth_provider = ldap
chpass_provider = ldap
ldap_uri = ldaps://@h@
ldap_search_base = @dc@
ldap_default_bind_dn = @dn@
ldap_default_authtok_type = password
ldap_default_authtok = @pw@
ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/pki/tls/certs/ca-bundle.crt
cache_credentials = True
enumerate = False

[sssd]
services = nss, pam
domains = @co@
''', co=comp(), h=e['host'], dc=e['dc'], dn=e['bind_dn'], pw=pw)
    return 'sssd.conf', 'ini', txt, None


AUTH_HDR = {'github': 'Authorization: token %s', 'gitlab': 'PRIVATE-TOKEN: %s', 'datadog': 'DD-API-KEY: %s',
            'sendgrid': 'Authorization: Bearer %s', 'anthropic': 'x-api-key: %s', 'shopify': 'X-Shopify-Access-Token: %s',
            'postman': 'X-Api-Key: %s', 'newrelic': 'Api-Key: %s', 'google': 'X-Goog-Api-Key: %s'}


def auth_header(c, v):
    if c.provider in AUTH_HDR:
        return AUTH_HDR[c.provider] % v
    return pick('Authorization: Bearer %s', 'Authorization: Bearer %s', 'X-API-Key: %s', 'Authorization: Token %s') % v


def api_url(c):
    m = {'github': 'https://api.github.com/repos/%s/%s/releases' % (comp(), app()), 'gitlab': 'https://gitlab.com/api/v4/projects/%d/pipelines' % R.randint(1000, 9 ** 8),
         'stripe': 'https://api.stripe.com/v1/charges', 'openai': 'https://api.openai.com/v1/chat/completions',
         'anthropic': 'https://api.anthropic.com/v1/messages', 'slack': 'https://slack.com/api/chat.postMessage',
         'sendgrid': 'https://api.sendgrid.com/v3/mail/send', 'datadog': 'https://api.datadoghq.com/api/v1/validate',
         'huggingface': 'https://huggingface.co/api/whoami-v2', 'shopify': 'https://%s.myshopify.com/admin/api/2024-01/orders.json' % comp(),
         'digitalocean': 'https://api.digitalocean.com/v2/droplets', 'cloudflare': 'https://api.cloudflare.com/client/v4/user/tokens/verify',
         'npm': 'https://registry.npmjs.org/-/whoami', 'linear': 'https://api.linear.app/graphql', 'notion': 'https://api.notion.com/v1/search'}
    return m.get(c.provider, 'https://api.%s.%s/v%d/%s' % (comp(), pick('com', 'io', 'dev'), R.randint(1, 3), pick('events', 'orders', 'reports', 'sync')))


@ctx('curl_command', ('token', 'password'), 3, purpose='basic')
def c_curl(c):
    a = app()
    nd = None
    lines = ['#!/usr/bin/env bash', 'set -euo pipefail', '', cmt('shell', rcomment()),
             'BASE_URL="https://api.%s.io"' % comp(), 'OUT_DIR="${OUT_DIR:-./out}"', 'mkdir -p "$OUT_DIR"', '']
    if c.cls == 'password':
        u = c.extra.get('user', 'admin')
        pw = c.sec(['${@V@}'])
        mode = R.randint(0, 2)
        if mode == 0:
            cmd = 'curl -sS -u %s %s/api/v1/export -o "$OUT_DIR/export.json"' % (shq('%s:%s' % (u, pw)), '"$BASE_URL"')
        elif mode == 1:
            if c.pos:
                bv = b64(('%s:%s' % (u, pw)).encode()); nd = bv
            else:
                bv = '$(printf "%%s:%%s" "$API_USER" "$%s" | base64)' % c.var if c.isref() else b64(('%s:%s' % (u, pw)).encode())
            cmd = 'curl -sS -H "Authorization: Basic %s" "$BASE_URL/api/v1/export" -o "$OUT_DIR/export.json"' % bv
        else:
            cmd = 'http --check-status -a %s GET "$BASE_URL/api/v1/export" > "$OUT_DIR/export.json"' % shq('%s:%s' % (u, pw))
    else:
        v = c.sec(['${@V@}', '$@V@'])
        url = api_url(c)
        if c.kind == 'slack_webhook_url':
            cmd = "curl -sS -X POST -H 'Content-type: application/json' --data '{\"text\":\"%s deploy finished\"}' %s" % (a, v if v else '"$SLACK_WEBHOOK_URL"')
        elif chance(0.25):
            cmd = 'http --ignore-stdin POST %s "%s" name=%s' % (url, auth_header(c, v).replace(': ', ':', 1), a)
        else:
            cmd = 'curl -sS -X %s "%s" \\\n  -H "%s" \\\n  -H "Content-Type: application/json" \\\n  -d \'{"ref":"main","source":"%s"}\'' % (pick('GET', 'POST'), url, auth_header(c, v), a)
            if chance(0.15):
                cmd = cmd.replace(' \\\n  ', ' ')
    lines += [cmd, '', 'jq -r ".items | length" "$OUT_DIR/export.json" 2>/dev/null || true', 'echo "done: $(date -u +%FT%TZ)"']
    if chance(0.3):
        lines = ['# Quick API checks', '', '```bash'] + lines[4:] + ['```', '', 'Expected response: `200 OK`.']
        lines = ['## Smoke test', ''] + lines + ['', 'See also the [runbook](docs/runbook.md).', '', '- retry on 429', '- alert on 5xx']
        return pick('docs/api.md', 'NOTES.md', 'docs/smoke-test.md'), 'markdown', '\n'.join(lines) + '\n', nd
    return pick('scripts/export.sh', 'smoke_test.sh', 'tools/call_api.sh', 'bin/sync.sh'), 'shell', '\n'.join(lines) + '\n', nd


def postman_req(name, method, url, headers, body=None):
    r = {"name": name, "request": {"method": method, "header": headers, "url": {"raw": url, "host": [url.split('/')[0]], "path": url.split('/')[1:]}}, "response": []}
    if body:
        r["request"]["body"] = {"mode": "raw", "raw": body, "options": {"raw": {"language": "json"}}}
    return r


@ctx('postman_collection', ('token', 'password'), 2, purpose='basic')
def c_postman(c):
    a = app()
    base = 'https://api.%s.io/v1' % comp()
    items = [postman_req('List %s' % a, 'GET', '{{baseUrl}}/%s' % a, []),
             postman_req('Create %s' % a, 'POST', '{{baseUrl}}/%s' % a, [{"key": "Content-Type", "value": "application/json"}], '{\n  "name": "test"\n}')]
    coll = {"info": {"_postman_id": ruuid(), "name": "%s API" % a.capitalize(),
                     "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "item": items, "variable": [{"key": "baseUrl", "value": base}]}
    if c.cls == 'password':
        pw = c.sec(['{{@v@}}'])
        coll["auth"] = {"type": "basic", "basic": [{"key": "password", "value": pw, "type": "string"},
                                                   {"key": "username", "value": c.extra['user'], "type": "string"}]}
    else:
        v = c.sec(['{{@v@}}', '{{@c@}}'])
        m = R.randint(0, 2)
        if m == 0:
            coll["auth"] = {"type": "bearer", "bearer": [{"key": "token", "value": v, "type": "string"}]}
        elif m == 1:
            coll["variable"].append({"key": camel(c.var), "value": v, "type": "string"})
            coll["auth"] = {"type": "bearer", "bearer": [{"key": "token", "value": "{{%s}}" % camel(c.var), "type": "string"}]}
        else:
            h, val = auth_header(c, v).split(': ', 1)
            items[0]["request"]["header"].append({"key": h, "value": val, "type": "text"})
    txt = json.dumps(coll, indent=pick(2, 4, '\t'), ensure_ascii=False) + '\n'
    return pick('postman/%s.postman_collection.json' % a, '%s_collection.json' % a, 'docs/postman_collection.json'), 'json', txt, None


@ctx('insomnia_export', ('token',), 1)
def c_insomnia(c):
    a = app()
    v = c.sec(['{{ _.@v@ }}'])
    h, val = auth_header(c, v).split(': ', 1)
    wrk = 'wrk_' + rs(HEX, 32)
    res = [{"_id": wrk, "_type": "workspace", "name": "%s API" % a, "parentId": None, "scope": "collection"},
           {"_id": "env_" + rs(HEX, 32), "_type": "environment", "parentId": wrk, "name": "Base Environment",
            "data": {"base_url": "https://api.%s.io" % comp()}},
           {"_id": "req_" + rs(HEX, 32), "_type": "request", "parentId": wrk, "name": "Get %s" % a, "method": "GET",
            "url": "{{ _.base_url }}/v1/%s" % a, "headers": [{"name": h, "value": val}], "body": {}, "authentication": {}},
           {"_id": "req_" + rs(HEX, 32), "_type": "request", "parentId": wrk, "name": "Health", "method": "GET",
            "url": "{{ _.base_url }}/health", "headers": [], "body": {}, "authentication": {}}]
    d = {"_type": "export", "__export_format": 4, "__export_date": "2024-%02d-%02dT10:%02d:00.000Z" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 59)),
         "__export_source": "insomnia.desktop.app:v2023.5.8", "resources": res}
    return pick('insomnia.json', 'docs/Insomnia_export.json'), 'json', json.dumps(d, indent=2) + '\n', None


@ctx('har_file', ('token',), 1.2)
def c_har(c):
    a = app()
    v = c.sec()
    h, val = auth_header(c, v).split(': ', 1)
    url = api_url(c)
    ent = {"startedDateTime": "2024-%02d-%02dT09:%02d:%02d.%03dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
           "time": round(R.uniform(30, 900), 3),
           "request": {"method": "GET", "url": url, "httpVersion": "HTTP/2",
                       "headers": [{"name": ":authority", "value": url.split('/')[2]}, {"name": "accept", "value": "application/json"},
                                   {"name": h.lower() if chance(0.5) else h, "value": val},
                                   {"name": "user-agent", "value": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36"}],
                       "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
           "response": {"status": 200, "statusText": "", "httpVersion": "HTTP/2",
                        "headers": [{"name": "content-type", "value": "application/json"}, {"name": "x-request-id", "value": ruuid()}],
                        "content": {"size": R.randint(200, 9000), "mimeType": "application/json", "text": json.dumps({"ok": True, "items": []})},
                        "redirectURL": "", "headersSize": -1, "bodySize": -1},
           "cache": {}, "timings": {"blocked": 1.2, "dns": -1, "connect": -1, "send": 0.1, "wait": 120.4, "receive": 2.3}}
    har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [], "entries": [ent]}}
    return pick('debug/%s.har' % a, 'network.har', 'repro/issue-%d.har' % R.randint(100, 9999)), 'json', json.dumps(har, indent=2) + '\n', None


@ctx('npmrc', ('token', 'password'), 2, providers=['npm', 'github', 'gitlab'], purpose='basic')
def c_npmrc(c):
    co = comp()
    nd = None
    lines = ['# project npm config', 'engine-strict=true', 'save-exact=true', 'fund=false', 'audit-level=high']
    if c.cls == 'password':
        reg = '//%s.jfrog.io/artifactory/api/npm/npm-virtual/' % co
        if c.pos:
            e = b64(c.extra['pw'].encode()); nd = e
        else:
            e = '${NPM_PASSWORD_B64}' if c.isref() else c.extra['negpw']
        lines += ['registry=https:%s' % reg, '%s:username=%s' % (reg, c.extra['user']), '%s:_password=%s' % (reg, e),
                  '%s:email=%s@%s.com' % (reg, ch(FIRST), co), '%s:always-auth=true' % reg]
    else:
        v = c.sec(['${@V@}', '${NPM_TOKEN}'])
        if c.provider == 'github':
            lines += ['@%s:registry=https://npm.pkg.github.com' % co, '//npm.pkg.github.com/:_authToken=%s' % v]
        elif c.provider == 'gitlab':
            pid = R.randint(10 ** 6, 10 ** 8)
            lines += ['@%s:registry=https://gitlab.com/api/v4/projects/%d/packages/npm/' % (co, pid),
                      '//gitlab.com/api/v4/projects/%d/packages/npm/:_authToken=%s' % (pid, v)]
        else:
            lines += ['registry=https://registry.npmjs.org/', '//registry.npmjs.org/:_authToken=%s' % v]
    lines += ['', 'loglevel=warn', 'prefer-offline=true', 'package-lock=true', 'progress=false']
    return pick('.npmrc', 'frontend/.npmrc'), 'npmrc', '\n'.join(lines) + '\n', nd


@ctx('yarnrc_yml', ('token',), 1, providers=['npm', 'github'])
def c_yarnrc(c):
    v = c.sec(['${@V@}', '${NPM_TOKEN}', '${NPM_AUTH_TOKEN:-}'])
    co = comp()
    reg = 'https://npm.pkg.github.com' if c.provider == 'github' else 'https://registry.npmjs.org'
    txt = T('''compressionLevel: mixed

enableGlobalCache: false

nodeLinker: node-modules

npmScopes:
  @co@:
    npmAlwaysAuth: true
    npmAuthToken: @v@
    npmRegistryServer: "@reg@"

packageExtensions:
  "react-dates@*":
    peerDependencies:
      "@babel/runtime": "*"

plugins:
  - path: .yarn/plugins/@yarnpkg/plugin-workspace-tools.cjs
    spec: "@yarnpkg/plugin-workspace-tools"

yarnPath: .yarn/releases/yarn-4.1.0.cjs
''', co=co, v=yq(v, True), reg=reg)
    return '.yarnrc.yml', 'yaml', txt, None


@ctx('pypirc', ('token', 'password'), 1.2, providers=['pypi'], purpose='basic')
def c_pypirc(c):
    co = comp()
    if c.cls == 'token':
        v = c.sec()
        txt = T('''# ~/.pypirc used by the release job
[distutils]
index-servers =
    pypi
    testpypi
    internal

[pypi]
username = __token__
password = @v@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__

[internal]
repository = https://pypi.@co@.internal/simple/
username = ci
''', v=v, co=co)
    else:
        v = c.sec()
        txt = T('''[distutils]
index-servers =
    @co@

[@co@]
repository = https://@co@.jfrog.io/artifactory/api/pypi/pypi-local
username = @u@
password = @v@

# public uploads go through trusted publishing (OIDC), no password needed
[pypi]
repository = https://upload.pypi.org/legacy/
''', co=co, u=c.extra['user'], v=v)
    return pick('.pypirc', 'release/.pypirc'), 'ini', txt, None


@ctx('netrc', ('token', 'password'), 1, providers=['github', 'heroku', 'gitlab'], purpose='basic')
def c_netrc(c):
    v = c.sec()
    if c.cls == 'token':
        m = {'github': ('github.com', ch(FIRST)), 'gitlab': ('gitlab.com', 'oauth2'), 'heroku': ('api.heroku.com', '%s@%s.com' % (ch(FIRST), comp()))}[c.provider]
    else:
        m = ('artifacts.%s.internal' % comp(), c.extra['user'])
    txt = T('''# netrc for CI image build (@c@)
# format: machine <host> login <user> password <secret>

machine @h@
  login @u@
  password @v@

# proxies without auth
machine proxy.@co@.internal
  login anonymous

default
  login anonymous
''', c=rcomment(), h=m[0], u=m[1], v=v if v else '""', co=comp())
    return pick('.netrc', 'docker/netrc', 'ci/.netrc'), 'netrc', txt, None


@ctx('git_credentials', ('token', 'password'), 1.5, providers=['github', 'gitlab'], purpose='basic')
def c_gitcreds(c):
    v = c.sec(['${@V@}'])
    if c.cls == 'token':
        h, u = ('github.com', pick('x-access-token', ch(FIRST), 'oauth2')) if c.provider == 'github' else ('gitlab.com', pick('oauth2', 'gitlab-ci-token', ch(FIRST)))
    else:
        h, u = 'git.%s.com' % comp(), c.extra['user']
        if c.pos:
            v = urllib.parse.quote(v, safe='')
    nd = v if c.pos else None
    if False:
        txt = T('''https://@u@:@v@@@h@
''', u=u, v=v, h=h)
        txt = '# ~/.git-credentials\n' + txt
        return '.git-credentials', 'gitconfig', txt, nd
    txt = T('''#!/bin/sh
# Bootstrap script for build agents
set -e

git config --global user.name "ci-bot"
git config --global user.email "ci-bot@@co@.com"
git config --global credential.helper store
git config --global init.defaultBranch main

echo "https://@u@:@v@@@h@" > ~/.git-credentials
chmod 600 ~/.git-credentials

git clone https://@h@/@co@/@a@.git /src/@a@
cd /src/@a@
git submodule update --init --recursive
''', u=u, v=v, h=h, co=comp(), a=app())
    return pick('scripts/bootstrap-agent.sh', 'ci/setup-git.sh', '.devcontainer/postCreate.sh'), 'shell', txt, nd


@ctx('docker_config_json', ('token', 'password'), 1.5, providers=['dockerhub', 'github', 'gitlab'], purpose='basic')
def c_dockercfg(c):
    v = c.sec()
    if c.cls == 'token':
        reg = {'dockerhub': 'https://index.docker.io/v1/', 'github': 'ghcr.io', 'gitlab': 'registry.gitlab.com'}[c.provider]
        u = ch(FIRST) + pick('', '-ci', str(R.randint(1, 99)))
    else:
        reg = pick('%s.azurecr.io' % comp(), 'registry.%s.io' % comp(), 'harbor.%s.internal' % comp())
        u = c.extra['user']
    if c.pos or v:
        auth = b64(('%s:%s' % (u, v)).encode())
    else:
        auth = ''
    d = {"auths": {reg: {"auth": auth}}, "credHelpers": {"%d.dkr.ecr.%s.amazonaws.com" % (R.randint(10 ** 11, 10 ** 12 - 1), region()): "ecr-login",
                                                          "gcr.io": "gcloud"},
         "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"}, "detachKeys": "ctrl-e,e"}
    if chance(0.3):
        d["auths"][reg]["email"] = "%s@%s.com" % (ch(FIRST), comp())
    txt = json.dumps(d, indent=pick(2, '\t')) + '\n'
    if not c.pos and not v:
        c.used = 'empty'
    if chance(0.4):
        # wrapped in a k8s pull secret
        inner = json.dumps({"auths": {reg: {"username": u, "password": v, "auth": auth}}}, indent=2)
        txt = T('''apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: @ns@
  annotations:
    description: "image pull secret for @reg@"
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: |
@inner@
''', ns=pick('default', app()), reg=reg, inner=ind(inner, 4))
        return pick('k8s/regcred.yaml', 'manifests/pull-secret.yaml'), 'yaml', txt, (v if c.pos else None)
    return pick('.docker/config.json', 'ci/docker-config.json'), 'json', txt, (auth if c.pos else None)


@ctx('kubeconfig', ('token', 'privkey'), 1.5, kinds=['k8s_serviceaccount_token'], pkvar='client-key')
def c_kubeconfig(c):
    name = '%s-%s' % (pick('gke', 'eks', 'aks', 'k3s', 'prod'), pick('cluster', env(), app()))
    ca = b64(fake_cert('kubernetes').encode() + b'\n')
    nd = None
    if c.cls == 'privkey':
        if c.pos:
            kd = b64((c.value + '\n').encode()); nd = kd
            user = '    client-certificate-data: %s\n    client-key-data: %s' % (b64(fake_cert('kube-admin').encode() + b'\n'), kd)
        elif c.style == 'empty':
            user = '    client-certificate: /etc/kubernetes/pki/admin.crt\n    client-key: /etc/kubernetes/pki/admin.key'; c.used = 'path_ref'
        else:
            c.used = 'exec_plugin'
            user = '    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args:\n        - eks\n        - get-token\n        - --cluster-name\n        - %s\n      interactiveMode: Never' % name
    else:
        if c.pos:
            tok = c.value; nd = tok
        else:
            tok = None
            c.used = 'exec_plugin' if c.style == 'ref' else c.used
        if tok:
            user = '    token: %s' % tok
        elif c.style == 'ref':
            user = '    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: gke-gcloud-auth-plugin\n      installHint: Install gke-gcloud-auth-plugin\n      provideClusterInfo: true'
        else:
            user = '    token: %s' % (pick('<token>', 'REDACTED', '${K8S_TOKEN}', '') or '""')
    txt = T('''apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: @ca@
    server: https://@srv@
  name: @n@
contexts:
- context:
    cluster: @n@
    namespace: @ns@
    user: @n@-admin
  name: @n@
current-context: @n@
preferences: {}
users:
- name: @n@-admin
  user:
@user@
''', ca=ca, srv=pick('%s.gr7.%s.eks.amazonaws.com' % (rs('0123456789ABCDEF', 32), region()), '34.%d.%d.%d' % (R.randint(1, 255), R.randint(1, 255), R.randint(1, 255)), 'k8s.%s.internal:6443' % comp()),
          n=name, ns=pick('default', app()), user=user)
    return pick('kubeconfig', '.kube/config', 'ci/kubeconfig.yaml', 'deploy/kubeconfig-%s' % env()), 'yaml', txt, nd


# token kind used only by kubeconfig: make_token with kinds=['k8s_sa'] -> map
TOKENS.append(('kubernetes', 'k8s_serviceaccount_token', t_k8s_sa, ['K8S_TOKEN', 'KUBE_TOKEN'], 0.001, None))


@ctx('aws_credentials_file', ('aws',), 2)
def c_awscreds(c):
    it = {n: v for n, v, r in c.items()}
    prof = pick('default', 'default', app() + '-' + env(), 'ci', 'deployer')
    txt = T('''# ~/.aws/credentials
[@p@]
aws_access_key_id = @k@
aws_secret_access_key = @s@
region = @r@

[@o1@]
role_arn = arn:aws:iam::@acct@:role/@role@
source_profile = @p@
region = @r@

[@o2@]
credential_process = /usr/local/bin/aws-vault export --format=json @o2@
''', p=prof, k=it['AWS_ACCESS_KEY_ID'], s=it['AWS_SECRET_ACCESS_KEY'], r=c.extra['region'], o1=pick('prod-admin', 'readonly', 'billing'),
          acct=R.randint(10 ** 11, 10 ** 12 - 1), role=pick('OrganizationAccountAccessRole', 'Deployer', 'ReadOnly'), o2=pick('sandbox', 'dev'))
    if chance(0.4):
        txt = txt.replace('[%s]' % prof, '# added %s\n[%s]' % (rcomment(), prof), 1)
    return pick('.aws/credentials', 'aws/credentials', 'docker/aws_credentials'), 'ini', txt, None


@ctx('aws_sdk_code', ('aws',), 2)
def c_awscode(c):
    b = R.randint(0, 3)
    it = c.items(['@V@'])
    d = {n: v for n, v, r in it}
    kid, sk = d['AWS_ACCESS_KEY_ID'], d['AWS_SECRET_ACCESS_KEY']
    isref = kid == 'AWS_ACCESS_KEY_ID'
    bucket = '%s-%s-%s' % (comp(), app(), env())
    if b == 0:
        q = (lambda v: 'os.environ["%s"]' % v) if isref else (lambda v: '"%s"' % v)
        txt = T('''import os
import boto3

BUCKET = "@bk@"

s3 = boto3.client(
    "s3",
    region_name="@r@",
    aws_access_key_id=@k@,
    aws_secret_access_key=@s@,
)


def upload_report(path, key):
    s3.upload_file(path, BUCKET, key, ExtraArgs={"ServerSideEncryption": "AES256"})
    return f"s3://{BUCKET}/{key}"


if __name__ == "__main__":
    print(upload_report("out/report.csv", "reports/latest.csv"))
''', bk=bucket, r=c.extra['region'], k=q(kid), s=q(sk))
        return pick('upload.py', 'scripts/s3_sync.py', 'jobs/export_to_s3.py'), 'python', txt, None
    if b == 1:
        q = (lambda v: 'process.env.%s' % v) if isref else (lambda v: "'%s'" % v)
        txt = T('''import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';

const client = new S3Client({
  region: '@r@',
  credentials: {
    accessKeyId: @k@,
    secretAccessKey: @s@,
  },
});

export async function putJson(key: string, body: unknown): Promise<void> {
  await client.send(
    new PutObjectCommand({
      Bucket: '@bk@',
      Key: key,
      Body: JSON.stringify(body),
      ContentType: 'application/json',
    }),
  );
}
''', r=c.extra['region'], k=q(kid), s=q(sk), bk=bucket)
        return pick('src/storage/s3.ts', 'lib/s3.ts'), 'ts', txt, None
    if b == 2:
        q = (lambda v: 'System.getenv("%s")' % v) if isref else (lambda v: '"%s"' % v)
        txt = T('''package com.@co@.@a@.storage;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

public class S3Config {

    public S3Client s3Client() {
        AwsBasicCredentials creds = AwsBasicCredentials.create(
                @k@,
                @s@);
        return S3Client.builder()
                .region(Region.of("@r@"))
                .credentialsProvider(StaticCredentialsProvider.create(creds))
                .build();
    }
}
''', co=comp(), a=app(), k=q(kid), s=q(sk), r=c.extra['region'])
        return 'src/main/java/com/%s/storage/S3Config.java' % app(), 'java', txt, None
    q = (lambda v: 'os.Getenv("%s")' % v) if isref else (lambda v: '"%s"' % v)
    txt = T('''package storage

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func NewClient(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("@r@"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			@k@,
			@s@,
			"",
		)),
	)
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true }), nil
}
''', r=c.extra['region'], k=q(kid), s=q(sk))
    if isref:
        txt = txt.replace('"context"\n', '"context"\n\t"os"\n', 1)
    return pick('internal/storage/s3.go', 'pkg/storage/client.go'), 'go', txt, None


def sa_json(c, firebase=False):
    proj = '%s-%s-%d' % (comp(), app(), R.randint(100000, 999999)) if chance(0.5) else '%s-%s' % (comp(), env())
    acct = ('firebase-adminsdk-%s' % rs(LO + DG, 5)) if firebase else pick('terraform', 'ci-deployer', app() + '-sa', 'bigquery-reader')
    email = '%s@%s.iam.gserviceaccount.com' % (acct, proj)
    pk = c.sec()
    if not c.pos and c.style == 'ref':
        c.used = 'pem_placeholder'
    if not pk.endswith('\n') and pk:
        pk += '\n'
    d = {"type": "service_account", "project_id": proj, "private_key_id": rs(HEX, 40), "private_key": pk,
         "client_email": email, "client_id": str(R.randint(10 ** 20, 10 ** 21 - 1)),
         "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
         "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
         "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/" + urllib.parse.quote(email),
         "universe_domain": "googleapis.com"}
    js = jstr(c.value if c.pos else pk)
    nd = jstr(c.value)[1:-1] if c.pos else None
    return d, nd


@ctx('gcp_service_account_json', ('privkey',), 2.5)
def c_gcpsa(c):
    c.kind = c.kind if c.pos else c.kind
    d, nd = sa_json(c)
    txt = json.dumps(d, indent=2) + '\n'
    return pick('service-account.json', 'credentials/%s-sa.json' % app(), 'gcp-key.json', 'terraform/keys/deployer.json'), 'json', txt, nd


@ctx('firebase_admin', ('privkey',), 1.5)
def c_firebase(c):
    d, nd = sa_json(c, True)
    if chance(0.5):
        return pick('firebase-adminsdk.json', 'functions/serviceAccountKey.json'), 'json', json.dumps(d, indent=2) + '\n', nd
    pk = jstr(d['private_key'])
    txt = T('''import * as admin from 'firebase-admin';

// @cm@
const serviceAccount = {
  projectId: '@p@',
  clientEmail: '@e@',
  privateKey: @pk@.replace(/\\\\n/g, '\\n'),
};

if (!admin.apps.length) {
  admin.initializeApp({
    credential: admin.credential.cert(serviceAccount),
    databaseURL: 'https://@p@-default-rtdb.firebaseio.com',
  });
}

export const db = admin.firestore();
export const auth = admin.auth();

export async function setCustomClaims(uid: string, role: string) {
  await auth.setCustomUserClaims(uid, { role });
}
''', cm=rcomment(), p=d['project_id'], e=d['client_email'], pk=pk)
    return pick('functions/src/admin.ts', 'src/lib/firebaseAdmin.ts'), 'ts', txt, nd


@ctx('azure_publish_profile', ('password',), 1, purpose='generic')
def c_publish(c):
    site = '%s-%s-%s' % (comp(), app(), env())
    pw = c.extra['pw'] if False else None
    if c.pos:
        pw = rs(AN, 60); c.pairs[-1]['val'] = pw; c.needle = pw; c.kind = 'azure_publish_profile_password'; c.provider = 'azure'
    else:
        pw = c.sec() if c.style != 'ref' else pick('$(PublishPassword)', '__PUBLISH_PASSWORD__')
    txt = T('''<publishData>
  <publishProfile profileName="@s@ - Web Deploy"
      publishMethod="MSDeploy"
      publishUrl="@s@.scm.azurewebsites.net:443"
      msdeploySite="@s@"
      userName="$@s@"
      userPWD="@pw@"
      destinationAppUrl="https://@s@.azurewebsites.net"
      SQLServerDBConnectionString=""
      mySQLDBConnectionString=""
      hostingProviderForumLink=""
      controlPanelLink="https://portal.azure.com"
      webSystem="WebSites">
    <databases />
  </publishProfile>
  <publishProfile profileName="@s@ - FTP"
      publishMethod="FTP"
      publishUrl="ftps://waws-prod-am2-@n@.ftp.azurewebsites.windows.net/site/wwwroot"
      ftpPassiveMode="True"
      userName="@s@\\$@s@"
      userPWD="@pw@"
      destinationAppUrl="https://@s@.azurewebsites.net"
      webSystem="WebSites">
    <databases />
  </publishProfile>
</publishData>
''', s=site, pw=xesc(pw), n=R.randint(100, 999))
    return pick('%s.PublishSettings' % site, 'Properties/PublishProfiles/%s.pubxml.user' % site, 'deploy/%s.publishsettings' % site), 'xml', txt, None


def nb_cell(src_lines, code=True, outputs=None, n=None):
    src = [l + '\n' for l in src_lines[:-1]] + [src_lines[-1]]
    if code:
        return {"cell_type": "code", "execution_count": n, "metadata": {}, "outputs": outputs or [], "source": src}
    return {"cell_type": "markdown", "metadata": {}, "source": src}


@ctx('jupyter_notebook', ('token', 'password', 'aws'), 2.5, purpose='db',
     providers=['openai', 'anthropic', 'huggingface', 'google', 'generic', 'github', 'slack', 'datadog', 'notion', 'azure'])
def c_ipynb(c):
    a = app()
    refs = ['os.environ["@V@"]', 'os.getenv("@V@")', 'userdata.get("@V@")', 'getpass.getpass("@V@: ")']
    if c.cls == 'aws':
        d = {n: v for n, v, r in c.items(refs)}
        q = lambda v: v if re.match(r'(os\.|userdata|getpass)', v) else '"%s"' % v
        setup = ['import boto3', 'import pandas as pd', '',
                 'session = boto3.Session(', '    aws_access_key_id=%s,' % q(d['AWS_ACCESS_KEY_ID']),
                 '    aws_secret_access_key=%s,' % q(d['AWS_SECRET_ACCESS_KEY']), '    region_name="%s",' % c.extra['region'], ')',
                 's3 = session.client("s3")']
        use = ['obj = s3.get_object(Bucket="%s-data", Key="exports/%s.csv")' % (comp(), a), 'df = pd.read_csv(obj["Body"])', 'df.head()']
    elif c.cls == 'password':
        e = c.extra
        if e['shape'] == 'uri' or chance(0.5):
            enc = urllib.parse.quote(e['pw'], safe='')
            if c.pos:
                u = '"postgresql://%s:%s@%s:5432/%s"' % (e['user'] or 'app', enc, e['host'], e['db'])
                c.needle = enc
            elif c.isref():
                u = 'os.environ["DATABASE_URL"]'
            else:
                u = '"postgresql://%s:%s@%s:5432/%s"' % (e['user'] or 'app', e['negpw'], e['host'], e['db'])
            setup = ['import pandas as pd', 'from sqlalchemy import create_engine', '', 'engine = create_engine(%s)' % u]
        else:
            pw = c.sec(refs)
            pw = pw if re.match(r'(os\.|userdata|getpass)', pw) else '"%s"' % pw
            setup = ['import psycopg2', 'import pandas as pd', '', 'conn = psycopg2.connect(', '    host="%s",' % e['host'],
                     '    dbname="%s",' % e['db'], '    user="%s",' % (e['user'] or 'app'), '    password=%s,' % pw, ')', 'engine = conn']
        use = ['df = pd.read_sql("SELECT * FROM %s LIMIT 1000", engine)' % pick('orders', 'events', 'customers'), 'df.shape']
    else:
        v = c.sec(refs)
        v = v if re.match(r'(os\.|userdata|getpass)', v) else '"%s"' % v
        if c.provider == 'openai':
            setup = ['from openai import OpenAI', '', 'client = OpenAI(api_key=%s)' % v]
            use = ['resp = client.chat.completions.create(', '    model="gpt-4o-mini",', '    messages=[{"role": "user", "content": "Summarize the ticket"}],', ')', 'print(resp.choices[0].message.content)']
        elif c.provider == 'anthropic':
            setup = ['import anthropic', '', 'client = anthropic.Anthropic(api_key=%s)' % v]
            use = ['msg = client.messages.create(', '    model="claude-3-5-sonnet-latest",', '    max_tokens=512,', '    messages=[{"role": "user", "content": "Classify this review"}],', ')', 'msg.content[0].text']
        elif c.provider == 'huggingface':
            setup = ['from huggingface_hub import login', 'from transformers import AutoTokenizer, AutoModelForSequenceClassification', '', 'login(token=%s)' % v]
            use = ['tok = AutoTokenizer.from_pretrained("%s/%s-classifier")' % (comp(), a), 'model = AutoModelForSequenceClassification.from_pretrained("%s/%s-classifier")' % (comp(), a)]
        else:
            setup = ['import requests', '', '%s = %s' % (c.var, v), 'HEADERS = {"Authorization": f"Bearer {%s}"}' % c.var]
            use = ['r = requests.get("%s", headers=HEADERS, timeout=30)' % api_url(c), 'r.raise_for_status()', 'r.json()']
    if any('os.' in l for l in setup):
        setup = ['import os'] + setup
    if any('getpass' in l for l in setup):
        setup = ['import getpass'] + setup
    if any('userdata' in l for l in setup):
        setup = ['from google.colab import userdata'] + setup
    cells = [nb_cell(['# %s exploration' % a.capitalize(), '', rcomment()], False),
             nb_cell(setup, True, [], 1),
             nb_cell(use, True, [{"name": "stdout", "output_type": "stream", "text": ["(%d, %d)\n" % (R.randint(10, 999), R.randint(3, 30))]}], 2),
             nb_cell(['df.describe()' if 'df' in '\n'.join(use) else 'len(str(_))'], True, [], 3)]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.%d" % R.randint(0, 9)}},
          "nbformat": 4, "nbformat_minor": 5}
    return pick('notebooks/%s_analysis.ipynb' % a, 'exploration.ipynb', 'Untitled%d.ipynb' % R.randint(1, 9), 'research/%s.ipynb' % a), 'ipynb', json.dumps(nb, indent=1, ensure_ascii=False) + '\n', None


@ctx('test_fixture', ('token', 'password'), 2.5, purpose='basic')
def c_fixture(c):
    a = app()
    v = c.sec()
    f = R.randint(0, 3)
    if f == 0:
        txt = T('''import pytest
import responses

from @a@.client import ApiClient

API_KEY = "@v@"
BASE = "https://api.@co@.io"


@pytest.fixture
def client():
    return ApiClient(base_url=BASE, api_key=API_KEY, timeout=5)


@responses.activate
def test_list_items(client):
    responses.add(responses.GET, f"{BASE}/v1/items", json={"items": [{"id": 1}]}, status=200)
    items = client.list_items()
    assert items == [{"id": 1}]
    assert responses.calls[0].request.headers["Authorization"] == f"Bearer {API_KEY}"


@responses.activate
def test_retries_on_429(client):
    responses.add(responses.GET, f"{BASE}/v1/items", status=429)
    responses.add(responses.GET, f"{BASE}/v1/items", json={"items": []}, status=200)
    assert client.list_items() == []
''', a=a, v=v, co=comp())
        return pick('tests/test_client.py', 'tests/integration/test_%s_api.py' % a), 'python', txt, None
    if f == 1:
        txt = T('''import { describe, it, expect, beforeEach } from 'vitest';
import nock from 'nock';
import { createClient } from '../src/client';

const TOKEN = '@v@';

describe('@a@ client', () => {
  let client: ReturnType<typeof createClient>;

  beforeEach(() => {
    client = createClient({ baseUrl: 'https://api.@co@.io', token: TOKEN });
  });

  it('sends the bearer token', async () => {
    const scope = nock('https://api.@co@.io')
      .matchHeader('authorization', `Bearer ${TOKEN}`)
      .get('/v1/me')
      .reply(200, { id: 'usr_1' });
    await expect(client.me()).resolves.toEqual({ id: 'usr_1' });
    scope.done();
  });
});
''', v=v, a=a, co=comp())
        return pick('test/client.test.ts', '__tests__/api.spec.ts'), 'ts', txt, None
    if f == 2:
        h, val = auth_header(c, v).split(': ', 1) if c.cls == 'token' else ('Authorization', 'Basic ' + b64(('%s:%s' % (c.extra['user'], v)).encode()))
        nd = val.split(' ')[-1] if c.cls == 'password' and c.pos else None
        txt = T('''interactions:
- request:
    body: null
    headers:
      Accept:
      - application/json
      @h@:
      - @val@
      User-Agent:
      - python-requests/2.31.0
    method: GET
    uri: https://api.@co@.io/v1/accounts/me
  response:
    body:
      string: '{"id": "acct_@id@", "name": "@a@"}'
    headers:
      Content-Type:
      - application/json
    status:
      code: 200
      message: OK
version: 1
''', h=h, val=yq(val, True), co=comp(), id=rs(AN, 14), a=a)
        return 'tests/cassettes/test_%s_me.yaml' % a, 'yaml', txt, nd
    d = {"description": "fixtures for %s integration tests" % a, "baseUrl": "https://sandbox.%s.io" % comp(),
         "credentials": {"apiKey" if c.cls == 'token' else "password": v, "account": "acct_%s" % rs(DG, 8)},
         "cases": [{"name": "happy path", "input": {"amount": 1200, "currency": "EUR"}, "expect": {"status": 201}},
                   {"name": "declined", "input": {"amount": 1, "currency": "EUR"}, "expect": {"status": 402}}]}
    if c.cls == 'password':
        d["credentials"]["username"] = c.extra['user']
    return pick('tests/fixtures/%s.json' % a, 'spec/fixtures/config.json'), 'json', json.dumps(d, indent=2) + '\n', None


@ctx('shell_script', ('token', 'password', 'aws'), 3.5)
def c_shell(c):
    a = app()
    refs = ['$(aws secretsmanager get-secret-value --secret-id %s/%s/@k@ --query SecretString --output text)' % (a, env()),
            '$(vault kv get -field=value secret/%s/@k@)' % a, '$(cat /run/secrets/@v@)', '$(op read op://%s/@k@/credential)' % pick('Infra', 'Deploy'),
            '${@V@:?must be set}', '$(pass show %s/@k@)' % a, '$(gcloud secrets versions access latest --secret=@k@)']
    lines = []
    for n, v, r in c.items(refs):
        lines.append('export %s=%s' % (n, shq(v)))
    hist = chance(0.3)
    if hist:
        pre = ['cd ~/src/%s' % a, 'git pull --rebase', 'kubectl config use-context %s' % env(), 'kubectl get pods -n %s' % a,
               'docker ps', 'ls -la']
        post = ['./gradlew bootRun', 'kubectl logs -f deploy/%s -n %s --tail=100' % (a, a), 'history | grep curl', 'htop']
        R.shuffle(pre)
        txt = '\n'.join(pre + lines + post + ['git status', 'exit']) + '\n'
        return pick('.bash_history', 'notes/shell_history.txt', 'scratch/commands.sh'), 'shell', txt, None
    txt = T('''#!/usr/bin/env bash
# @c@
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ENVIRONMENT="${1:-@e@}"

@lines@
export JAVA_OPTS="-Xms@m@m -Xmx@m@m -XX:+UseG1GC -XX:MaxGCPauseMillis=200 -Dfile.encoding=UTF-8 -Duser.timezone=UTC -Dspring.profiles.active=${ENVIRONMENT} -Dcom.sun.management.jmxremote=false -Djava.security.egd=file:/dev/./urandom"

log() { printf '[%s] %s\\n' "$(date -u +%H:%M:%S)" "$*"; }

log "deploying @a@ to ${ENVIRONMENT}"
docker compose -f "${SCRIPT_DIR}/../docker-compose.yml" pull
docker compose -f "${SCRIPT_DIR}/../docker-compose.yml" up -d --remove-orphans
sleep 5
curl -fsS "http://localhost:@p@/healthz" >/dev/null && log "healthy"
''', c=rcomment(), e=env(), lines='\n'.join(lines), m=pick(512, 1024, 2048), a=a, p=R.randint(3000, 9000))
    return pick('deploy.sh', 'scripts/env.sh', 'bin/start.sh', 'setup_env.sh', 'ops/run-%s.sh' % a), 'shell', txt, None


@ctx('powershell', ('password', 'token', 'aws'), 2, purpose=None)
def c_ps(c):
    a = app()
    refs = ['(Get-Secret -Name @V@ -AsPlainText)', '$env:@V@', "(Get-AzKeyVaultSecret -VaultName 'kv-%s' -Name '@k@' -AsPlainText)" % a]
    if c.cls == 'password':
        u = c.extra.get('user', 'svc_deploy')
        pw = c.sec(refs)
        if c.pos or not pw.startswith('('):
            if pw.startswith('$env'):
                sec = '$securePassword = ConvertTo-SecureString %s -AsPlainText -Force' % pw
            else:
                sec = '$securePassword = ConvertTo-SecureString %s -AsPlainText -Force' % ("'%s'" % pw if "'" not in pw else '"%s"' % pw)
        else:
            sec = '$securePassword = ConvertTo-SecureString %s -AsPlainText -Force' % pw
        if not c.pos and c.style == 'ref' and chance(0.4):
            sec = "$securePassword = Read-Host -Prompt 'Password for %s' -AsSecureString" % u
        body = T('''@sec@
$credential = New-Object System.Management.Automation.PSCredential ('@dom@\\@u@', $securePassword)

$session = New-PSSession -ComputerName $Servers -Credential $credential
Invoke-Command -Session $session -ScriptBlock {
    Stop-WebAppPool -Name '@a@'
    Expand-Archive -Path 'C:\\deploy\\@a@.zip' -DestinationPath 'C:\\inetpub\\@a@' -Force
    Start-WebAppPool -Name '@a@'
}
Remove-PSSession $session''', sec=sec, dom=comp().upper(), u=u, a=a)
    else:
        lines = []
        for n, v, r in c.items(refs):
            lines.append('$env:%s = %s' % (n, v if v.startswith('(') or v.startswith('$env') else "'%s'" % v))
        body = '\n'.join(lines) + T('''
$headers = @{
    'Accept'        = 'application/json'
    'User-Agent'    = '@a@-deploy'
}
Invoke-RestMethod -Uri 'https://api.@co@.io/v1/deployments' -Method Post -Headers $headers -Body (@{ service = '@a@' } | ConvertTo-Json)''', a=a, co=comp())
    txt = T('''#Requires -Version 5.1
<#
.SYNOPSIS
    Deploys @a@ to the @e@ web farm.
#>
[CmdletBinding()]
param(
    [string[]]$Servers = @('web01', 'web02'),
    [string]$Environment = '@e@'
)

$ErrorActionPreference = 'Stop'
Write-Host "Deploying @a@ to $Environment"

@body@

Write-Host 'Done.'
''', a=a, e=env(), body=body)
    return pick('deploy.ps1', 'scripts/Deploy-%s.ps1' % pascal(a), 'tools/setup.ps1'), 'powershell', txt, None


# ---------------------------------------------------------------- source code
def code_lit(v, q='"'):
    return q + v + q


LANG = {
    'python': dict(ft='python', refs=['os.environ["@V@"]', 'os.getenv("@V@")', 'os.environ.get("@V@", "")', 'settings.@V@'],
                   files=['config.py', '@a@/settings.py', '@a@/client.py', 'app/core/config.py', 'integrations/@a@.py']),
    'js': dict(ft='js', refs=['process.env.@V@', 'process.env["@V@"]', 'config.get("@c@")'],
               files=['src/config.js', 'lib/@a@Client.js', 'server/index.js', 'src/services/@a@.js']),
    'ts': dict(ft='ts', refs=['process.env.@V@!', 'process.env.@V@ ?? ""', 'import.meta.env.VITE_@V@', 'configService.get<string>("@V@")'],
               files=['src/config.ts', 'src/lib/@a@.ts', 'src/services/@a@.service.ts']),
    'java': dict(ft='java', refs=['System.getenv("@V@")', 'env.getProperty("@d@")'],
                 files=['src/main/java/com/@co@/@a@/config/ApiConfig.java', 'src/main/java/com/@co@/@a@/Constants.java']),
    'kotlin': dict(ft='kotlin', refs=['System.getenv("@V@")', 'BuildConfig.@V@'],
                   files=['app/src/main/java/com/@co@/@a@/ApiKeys.kt', 'src/main/kotlin/com/@co@/@a@/Config.kt']),
    'csharp': dict(ft='csharp', refs=['Environment.GetEnvironmentVariable("@V@")', 'configuration["@P@"]', '_options.Value.@P@'],
                   files=['src/@A@.Api/Services/@A@Client.cs', 'Infrastructure/Settings.cs']),
    'go': dict(ft='go', refs=['os.Getenv("@V@")'], files=['internal/config/config.go', 'pkg/@a@/client.go', 'cmd/@a@/main.go']),
    'rust': dict(ft='rust', refs=['std::env::var("@V@").expect("@V@ not set")'], files=['src/config.rs', 'src/client.rs']),
    'swift': dict(ft='swift', refs=['ProcessInfo.processInfo.environment["@V@"] ?? ""', 'Bundle.main.object(forInfoDictionaryKey: "@V@") as? String ?? ""'],
                  files=['Sources/@A@/Config.swift', '@A@/Services/APIClient.swift']),
    'php': dict(ft='php', refs=["getenv('@V@')", "$_ENV['@V@']", "env('@V@')"], files=['config/services.php', 'src/@A@Client.php', 'wp-content/plugins/@a@/@a@.php']),
    'ruby': dict(ft='ruby', refs=["ENV['@V@']", "ENV.fetch('@V@')", 'Rails.application.credentials.@v@'],
                 files=['config/initializers/@a@.rb', 'lib/@a@/client.rb', 'app/services/@a@_client.rb']),
}


def code_decls(lang, items):
    out = []
    for n, e in items:
        if lang == 'python':
            out.append('%s = %s' % (n, e))
        elif lang in ('js', 'ts'):
            out.append('const %s = %s;' % (n, e))
        elif lang == 'java':
            out.append('    private static final String %s = %s;' % (n, e))
        elif lang == 'kotlin':
            out.append(('    const val %s = %s' if e.startswith('"') else '    val %s: String = %s') % (n, e))
        elif lang == 'csharp':
            out.append(('        public const string %s = %s;' if e.startswith('"') else '        public static readonly string %s = %s;') % (pascal(n), e))
        elif lang == 'go':
            out.append('\t%s = %s' % (camel(n), e))
        elif lang == 'rust':
            out.append('pub const %s: &str = %s;' % (n, e) if e.startswith('"') else '// %s is read at startup: %s' % (n, e))
        elif lang == 'swift':
            out.append('    static let %s = %s' % (camel(n), e))
        elif lang == 'php':
            out.append("define('%s', %s);" % (n, e))
        elif lang == 'ruby':
            out.append('%s = %s' % (n, e))
    return out


@ctx('source_code', ('token', 'password', 'aws'), 9, purpose=None)
def c_code(c):
    lang = R.choices(list(LANG), [10, 7, 7, 7, 4, 6, 6, 3, 3, 5, 5])[0]
    L = LANG[lang]
    a = app(); co = comp()
    q = "'" if lang in ('php', 'ruby') or (lang in ('js', 'ts') and chance(0.6)) else '"'
    if lang == 'python' and chance(0.3):
        q = "'"
    refs = L['refs']
    items = []
    for n, v, r in c.items(refs):
        isr = (not c.pos) and r != 'plain' and c.used == 'env_ref'
        items.append((n, fref(ch(refs), n) if False else (v if isr else code_lit(v, q))))
    sname = [n for n, v, r in c.items() if r == 'secret'][0]
    decl = code_decls(lang, items)
    variant = pick('const', 'const', 'map')
    fn = ch(L['files']).replace('@a@', a).replace('@A@', pascal(a)).replace('@co@', co)
    if lang == 'go':
        # const block only for literals
        kw = 'const' if all(e.startswith('"') for n, e in items) else 'var'
        txt = T('''package config

import (
	"fmt"
	"net/http"
	"os"
	"time"
)

// @cm@
@kw@ (
@decl@
)

type Client struct {
	http    *http.Client
	baseURL string
}

func New() *Client {
	return &Client{http: &http.Client{Timeout: 15 * time.Second}, baseURL: "https://api.@co@.io"}
}

func (c *Client) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", @s@))
	req.Header.Set("User-Agent", "@a@/1.0")
	_ = os.Stderr
	return c.http.Do(req)
}
''', cm=rcomment(), kw=kw, decl='\n'.join(decl), co=co, s=camel(sname), a=a)
        return fn, 'go', txt, None
    if lang == 'python':
        if variant == 'map':
            body = 'CONFIG = {\n' + '\n'.join('    "%s": %s,' % (n.lower(), e) for n, e in items) + '\n}\n'
            use = 'CONFIG["%s"]' % sname.lower()
        else:
            body = '\n'.join(decl) + '\n'
            use = sname
        txt = T('''"""@A@ integration helpers."""
import logging
import os

import requests

log = logging.getLogger(__name__)

# @cm@
@body@
BASE_URL = "https://api.@co@.io/v2"
TIMEOUT = 10


class @A@Client:
    def __init__(self, session=None):
        self.session = session or requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {@use@}"})

    def get(self, path, **params):
        resp = self.session.get(f"{BASE_URL}/{path.lstrip('/')}", params=params, timeout=TIMEOUT)
        resp.raise_for_status()
        return resp.json()

    def sync(self):
        log.info("syncing @a@")
        return self.get("/sync", full=True)
''', A=pascal(a), cm=rcomment(), body=body, co=co, use=use, a=a)
        if 'settings.' in body:
            txt = txt.replace('import requests\n', 'import requests\nfrom django.conf import settings\n', 1)
        return fn, 'python', txt, None
    if lang in ('js', 'ts'):
        if variant == 'map':
            body = 'const config = {\n' + '\n'.join('  %s: %s,' % (camel(n), e) for n, e in items) + '\n};'
            use = 'config.%s' % camel(sname)
        else:
            body = '\n'.join(decl); use = sname
        typ = ': string' if lang == 'ts' else ''
        txt = T('''@imp@

// @cm@
@body@

const BASE_URL = 'https://api.@co@.io/v1';

export async function request@A@(path@typ@, init = {}) {
  const res = await fetch(`${BASE_URL}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${@use@}`,
      'Content-Type': 'application/json',
      ...(init.headers || {}),
    },
  });
  if (!res.ok) {
    throw new Error(`@a@ request failed: ${res.status}`);
  }
  return res.json();
}

export default { request@A@ };
''', imp=pick("import 'dotenv/config';", "import fetch from 'node-fetch';", "import { logger } from './logger';"),
                cm=rcomment(), body=body, co=co, A=pascal(a), typ=typ, use=use, a=a)
        return fn, lang, txt, None
    if lang == 'java':
        txt = T('''package com.@co@.@a@.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;

public final class ApiConfig {

    // @cm@
@decl@
    public static final String BASE_URL = "https://api.@co@.io/v1";

    private ApiConfig() {
    }

    public static HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder()
                .uri(URI.create(BASE_URL + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + @s@)
                .header("Accept", "application/json");
    }

    public static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }
}
''', co=co, a=a, cm=rcomment(), decl='\n'.join(decl), s=sname)
        return fn, 'java', txt, None
    if lang == 'kotlin':
        txt = T('''package com.@co@.@a@

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import java.util.concurrent.TimeUnit

object ApiKeys {
    // @cm@
@decl@
}

val httpClient: OkHttpClient = OkHttpClient.Builder()
    .connectTimeout(10, TimeUnit.SECONDS)
    .addInterceptor(Interceptor { chain ->
        val req = chain.request().newBuilder()
            .header("Authorization", "Bearer ${ApiKeys.@s@}")
            .build()
        chain.proceed(req)
    })
    .build()
''', co=co, a=a, cm=rcomment(), decl='\n'.join(decl), s=sname)
        return fn, 'kotlin', txt, None
    if lang == 'csharp':
        txt = T('''using System;
using System.Net.Http;
using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;

namespace @A@.Api.Services
{
    public static class Secrets
    {
        // @cm@
@decl@
    }

    public class @A@Client
    {
        private readonly HttpClient _http;

        public @A@Client(HttpClient http)
        {
            _http = http;
            _http.BaseAddress = new Uri("https://api.@co@.io/");
            _http.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Bearer", Secrets.@s@);
        }

        public Task<string> PingAsync() => _http.GetStringAsync("v1/ping");
    }
}
''', A=pascal(a), cm=rcomment(), decl='\n'.join(decl), co=co, s=pascal(sname))
        txt = txt.replace('using System;\n', 'using System;\nusing System.Threading.Tasks;\n', 1)
        return fn, 'csharp', txt, None
    if lang == 'rust':
        txt = T('''use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};
use std::time::Duration;

// @cm@
@decl@

pub const BASE_URL: &str = "https://api.@co@.io/v1";

pub fn client() -> reqwest::Result<reqwest::Client> {
    let mut headers = HeaderMap::new();
    let token = @tok@;
    headers.insert(
        AUTHORIZATION,
        HeaderValue::from_str(&format!("Bearer {}", token)).expect("valid header"),
    );
    reqwest::Client::builder()
        .default_headers(headers)
        .timeout(Duration::from_secs(15))
        .build()
}
''', cm=rcomment(), decl='\n'.join(decl), co=co,
                tok=sname if [e for n, e in items if n == sname][0].startswith('"') else fref(ch(L['refs']), sname))
        return fn, 'rust', txt, None
    if lang == 'swift':
        txt = T('''import Foundation

enum Config {
    // @cm@
@decl@
    static let baseURL = URL(string: "https://api.@co@.io/v1")!
}

final class APIClient {
    private let session: URLSession

    init(session: URLSession = .shared) {
        self.session = session
    }

    func request(_ path: String) -> URLRequest {
        var req = URLRequest(url: Config.baseURL.appendingPathComponent(path))
        req.setValue("Bearer \\(Config.@s@)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Accept")
        return req
    }
}
''', cm=rcomment(), decl='\n'.join(decl), co=co, s=camel(sname))
        return fn, 'swift', txt, None
    if lang == 'php':
        if variant == 'map':
            body = "return [\n" + '\n'.join("    '%s' => [\n        'key' => %s,\n    ]," % (n.lower(), e) for n, e in items) + \
                   "\n\n    'mailgun' => [\n        'domain' => env('MAILGUN_DOMAIN'),\n        'endpoint' => 'api.eu.mailgun.net',\n    ],\n\n    'ses' => [\n        'region' => 'eu-west-1',\n    ],\n];"
            txt = "<?php\n\n/*\n|--------------------------------------------------------------------------\n| Third Party Services\n|--------------------------------------------------------------------------\n| %s\n*/\n\n%s\n" % (rcomment(), body)
            return 'config/services.php', 'php', txt, None
        txt = T('''<?php

namespace @A@;

// @cm@
@decl@

class @A@Client
{
    private $http;

    public function __construct()
    {
        $this->http = new \\GuzzleHttp\\Client([
            'base_uri' => 'https://api.@co@.io/v1/',
            'timeout'  => 10.0,
            'headers'  => ['Authorization' => 'Bearer ' . @s@],
        ]);
    }

    public function ping(): array
    {
        $res = $this->http->get('ping');
        return json_decode((string) $res->getBody(), true);
    }
}
''', A=pascal(a), cm=rcomment(), decl='\n'.join(decl), co=co, s=sname)
        return fn, 'php', txt, None
    # ruby
    txt = T('''# frozen_string_literal: true

require 'faraday'

# @cm@
module @A@
@decl@

  def self.connection
    @conn ||= Faraday.new(url: 'https://api.@co@.io/v1') do |f|
      f.request :authorization, 'Bearer', @s@
      f.request :json
      f.response :json
      f.response :raise_error
      f.adapter Faraday.default_adapter
    end
  end

  def self.ping
    connection.get('ping').body
  end
end
''', cm=rcomment(), A=pascal(a), decl=ind('\n'.join(decl), 2), co=co, s=sname)
    return fn, 'ruby', txt, None


@ctx('sdk_call_inline', ('token',), 4,
     providers=['stripe', 'openai', 'anthropic', 'slack', 'github', 'sendgrid', 'twilio', 'huggingface', 'gitlab', 'datadog', 'shopify', 'telegram', 'discord', 'notion', 'linear', 'mailgun'])
def c_inline(c):
    v = c.sec(['os.environ["@V@"]'])
    p = c.provider
    isref = (not c.pos) and c.used == 'env_ref'
    def L(q='"'):
        return ('os.environ["%s"]' % c.var) if isref else q + v + q
    def J():
        return ('process.env.%s' % c.var) if isref else "'" + v + "'"
    py = {'stripe': ('import stripe', 'stripe.api_key = %s' % L(), 'charge = stripe.PaymentIntent.create(amount=2000, currency="eur", automatic_payment_methods={"enabled": True})'),
          'openai': ('from openai import OpenAI', 'client = OpenAI(api_key=%s, timeout=30)' % L(), 'resp = client.responses.create(model="gpt-4o-mini", input="ping")'),
          'anthropic': ('import anthropic', 'client = anthropic.Anthropic(api_key=%s)' % L(), 'msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=256, messages=[{"role": "user", "content": "ping"}])'),
          'slack': ('from slack_sdk import WebClient', 'slack = WebClient(token=%s)' % L(), 'slack.chat_postMessage(channel="#deploys", text="deploy finished")'),
          'github': ('from github import Github, Auth', 'gh = Github(auth=Auth.Token(%s))' % L(), 'repo = gh.get_repo("%s/%s")' % (comp(), app())),
          'gitlab': ('import gitlab', 'gl = gitlab.Gitlab("https://gitlab.com", private_token=%s)' % L(), 'project = gl.projects.get("%s/%s")' % (comp(), app())),
          'sendgrid': ('from sendgrid import SendGridAPIClient', 'sg = SendGridAPIClient(%s)' % L(), 'resp = sg.send(message)'),
          'huggingface': ('from huggingface_hub import HfApi', 'api = HfApi(token=%s)' % L(), 'api.upload_folder(folder_path="out", repo_id="%s/%s")' % (comp(), app())),
          'datadog': ('from datadog import initialize, api', 'initialize(api_key=%s, app_key=os.environ.get("DD_APP_KEY"))' % L(), 'api.Event.create(title="deploy", text="done")'),
          'telegram': ('from telegram.ext import ApplicationBuilder', 'application = ApplicationBuilder().token(%s).build()' % L(), 'application.run_polling()'),
          'discord': ('import discord', 'client = discord.Client(intents=discord.Intents.default())', 'client.run(%s)' % L()),
          'notion': ('from notion_client import Client', 'notion = Client(auth=%s)' % L(), 'pages = notion.search(query="Roadmap")'),
          'linear': ('import requests', 'HEADERS = {"Authorization": %s}' % L(), 'requests.post("https://api.linear.app/graphql", json={"query": "{ viewer { id } }"}, headers=HEADERS)'),
          'shopify': ('import shopify', 'session = shopify.Session("%s.myshopify.com", "2024-01", %s)' % (comp(), L()), 'shopify.ShopifyResource.activate_session(session)'),
          'mailgun': ('import requests', 'AUTH = ("api", %s)' % L(), 'requests.post("https://api.mailgun.net/v3/mg.%s.com/messages", auth=AUTH, data={"to": "ops@%s.com"})' % (comp(), comp())),
          'twilio': ('from twilio.rest import Client', 'client = Client(%s, %s)' % ('os.environ["TWILIO_ACCOUNT_SID"]', L()), 'client.messages.create(to="+15555550100", from_="+15555550199", body="hi")')}
    if p == 'twilio':
        d = {n: vv for n, vv, r in c.items(['os.environ["@V@"]'])}
        sid = d.get('TWILIO_ACCOUNT_SID'); sec = v
        if 'TWILIO_API_KEY' in d:
            py['twilio'] = ('from twilio.rest import Client', 'client = Client(%s, %s, account_sid=%s)' % (qv(d['TWILIO_API_KEY']), L(), qv(sid)), py['twilio'][2])
        else:
            py['twilio'] = ('from twilio.rest import Client', 'client = Client(%s, %s)' % (qv(sid), L()), py['twilio'][2])
    js_ok = p in ('stripe', 'openai', 'anthropic', 'slack', 'github', 'sendgrid')
    if js_ok and chance(0.45):
        jsm = {'stripe': ("import Stripe from 'stripe';", 'const stripe = new Stripe(%s, { apiVersion: "2024-06-20" });' % J(), 'const pi = await stripe.paymentIntents.create({ amount: 2000, currency: "eur" });'),
               'openai': ("import OpenAI from 'openai';", 'const openai = new OpenAI({ apiKey: %s });' % J(), 'const r = await openai.chat.completions.create({ model: "gpt-4o-mini", messages });'),
               'anthropic': ("import Anthropic from '@anthropic-ai/sdk';", 'const anthropic = new Anthropic({ apiKey: %s });' % J(), 'const r = await anthropic.messages.create({ model: "claude-3-5-sonnet-latest", max_tokens: 512, messages });'),
               'slack': ("import { WebClient } from '@slack/web-api';", 'const slack = new WebClient(%s);' % J(), 'await slack.chat.postMessage({ channel: "#alerts", text });'),
               'github': ("import { Octokit } from '@octokit/rest';", 'const octokit = new Octokit({ auth: %s });' % J(), 'const { data } = await octokit.repos.listForOrg({ org: "%s" });' % comp()),
               'sendgrid': ("import sgMail from '@sendgrid/mail';", 'sgMail.setApiKey(%s);' % J(), 'await sgMail.send({ to, from: "no-reply@%s.com", subject, html });' % comp())}[p]
        txt = T('''@imp@
import { logger } from '../logger';

// @cm@
@init@

export async function run(messages = [], text = '', to = '', subject = '', html = '') {
  logger.info('starting @a@ job');
  try {
    @call@
    logger.info('ok');
  } catch (err) {
    logger.error({ err }, '@a@ job failed');
    throw err;
  }
}
''', imp=jsm[0], init=jsm[1], call=jsm[2], cm=rcomment(), a=app())
        return pick('src/jobs/%s.js' % app(), 'scripts/%s.mjs' % p, 'server/%s.js' % p), 'js', txt, None
    imp, init, call = py.get(p, py['linear'])
    txt = T('''#!/usr/bin/env python3
"""@d@"""
import argparse
import logging
import os

@imp@

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("@a@")

# @cm@
@init@


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    if args.dry_run:
        log.info("dry run, exiting")
        return
    message = None
    @call@
    log.info("done")


if __name__ == "__main__":
    main()
''', d=pick('Nightly job.', 'One-off migration helper.', 'Notify on deploy.', 'Sync script.'), imp=imp, a=app(), cm=rcomment(), init=init, call=call)
    return pick('scripts/%s_%s.py' % (p, pick('sync', 'notify', 'job')), 'tools/%s.py' % p, 'jobs/%s.py' % app()), 'python', txt, None


def qv(v):
    return v if v.startswith('os.') else '"%s"' % v


@ctx('sql_insert', ('token', 'password'), 1.5, purpose='db')
def c_sql(c):
    a = app()
    if c.cls == 'password':
        pw = c.sec([":'@v@'"])
        u = c.extra.get('user') or 'app'
        pwq = pw if pw.startswith(":'") else "'%s'" % pw
        stmt = pick("CREATE ROLE %s WITH LOGIN PASSWORD %s;" % (u, pwq),
                    "ALTER USER %s WITH PASSWORD %s;" % (u, pwq),
                    "CREATE USER '%s'@'%%' IDENTIFIED BY %s;" % (u, pwq))
        txt = T('''-- migrations/V@n@__create_app_roles.sql
-- @c@
BEGIN;

@stmt@
GRANT CONNECT ON DATABASE @db@ TO @u@;
GRANT USAGE ON SCHEMA public TO @u@;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO @u@;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO @u@;

CREATE ROLE reporting_ro NOLOGIN;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting_ro;

COMMIT;
''', n=R.randint(2, 80), c=rcomment(), stmt=stmt, db=c.extra['db'], u=u)
        if 'IDENTIFIED' in stmt:
            txt = txt.replace('GRANT CONNECT ON DATABASE %s TO %s;\nGRANT USAGE ON SCHEMA public TO %s;\n' % (c.extra['db'], u, u), "GRANT SELECT, INSERT ON %s.* TO '%s'@'%%';\n" % (c.extra['db'], u))
        return pick('db/migrations/V%d__roles.sql' % R.randint(2, 80), 'sql/init.sql', 'docker/initdb/01-users.sql'), 'sql', txt, None
    v = c.sec()
    rows = []
    secret_row = R.randint(0, 3)
    for i in range(4):
        if i == secret_row:
            rows.append("  (%d, '%s', '%s', '%s', '%s', true, NOW())" % (i + 1, c.provider, pick('production', 'live', 'default'), c.var.lower(), v))
        else:
            rows.append("  (%d, '%s', '%s', '%s', NULL, false, NOW())" % (i + 1, ch(['internal', 'sandbox', 'legacy', 'partner']), pick('test', 'staging'), pick('api_key', 'token', 'webhook_secret')))
    txt = T('''-- seed data for integrations
-- @c@
SET client_encoding = 'UTF8';

CREATE TABLE IF NOT EXISTS integration_credentials (
    id          BIGINT PRIMARY KEY,
    provider    VARCHAR(64) NOT NULL,
    environment VARCHAR(32) NOT NULL,
    name        VARCHAR(128) NOT NULL,
    secret      TEXT,
    active      BOOLEAN DEFAULT false,
    created_at  TIMESTAMP NOT NULL
);

INSERT INTO integration_credentials (id, provider, environment, name, secret, active, created_at) VALUES
@rows@;

CREATE INDEX IF NOT EXISTS idx_integration_provider ON integration_credentials (provider);
''', c=rcomment(), rows=',\n'.join(rows))
    return pick('db/seeds/integrations.sql', 'seed.sql', 'sql/002_seed_%s.sql' % a), 'sql', txt, None


@ctx('readme_markdown', ('token', 'password', 'aws'), 2.5, purpose='db')
def c_readme(c):
    a = app(); co = comp()
    items = c.items(['$@V@', '<@V@>'])
    block = pick('bash', 'sh', 'env', '')
    if block in ('bash', 'sh'):
        lines = ['export %s=%s' % (n, shq(v)) for n, v, r in items]
    else:
        lines = ['%s=%s' % (n, v) for n, v, r in items]
    txt = T('''# @A@ service

![build](https://github.com/@co@/@a@/actions/workflows/ci.yml/badge.svg)

Internal service that handles @a@ for the @co@ platform.

## Requirements

- Python 3.11+ / Node 20
- Docker and docker compose
- Access to the `@a@-@e@` namespace

## Running locally

1. Clone the repo and install dependencies:

   ```bash
   make install
   ```

2. Configure the environment (@cm@):

```@b@
@lines@
```

3. Start everything:

   ```bash
   docker compose up -d
   make run
   ```

## Deploying

Merges to `main` are deployed to @e@ automatically. See [docs/deploy.md](docs/deploy.md).

## Troubleshooting

| Symptom | Fix |
|---------|-----|
| `401 Unauthorized` | check the credentials above |
| timeouts | check VPN |
''', A=a.capitalize(), co=co, a=a, e=env(), cm=rcomment(), b=block, lines='\n'.join(lines))
    return pick('README.md', 'docs/setup.md', 'CONTRIBUTING.md', 'docs/local-dev.md'), 'markdown', txt, None


@ctx('pem_file', ('privkey',), 2.5)
def c_pemfile(c):
    v = c.sec()
    if not c.pos and c.style == 'ref':
        c.used = 'pem_placeholder'
    lab = c.extra['label']
    if not v:
        c.used = 'cert_only_bundle'
        txt = '# bundle for %s.%s.com (%s)\n' % (app(), comp(), rcomment()) + fake_cert() + '\n' + fake_cert('R3 %s' % comp()) + '\n'
        return pick('certs/server.pem', 'ssl/bundle.pem'), 'pem', txt, None
    if chance(0.35):
        v = 'Bag Attributes\n    localKeyID: %s\n    friendlyName: %s\nKey Attributes: <No Attributes>\n' % (
            ' '.join(rs('0123456789ABCDEF', 2) for _ in range(20)), pick(app(), 'server', '1')) + v
    if v.count('\n') < 9 or lab in ('EC PRIVATE KEY', 'OPENSSH PRIVATE KEY') or chance(0.3):
        if lab == 'EC PRIVATE KEY' and chance(0.5):
            v = '-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n' + v
        txt = '# bundle for %s.%s.com (%s)\n' % (app(), comp(), rcomment()) + fake_cert() + '\n' + v + '\n'
        return pick('certs/server.pem', 'ssl/bundle.pem', 'nginx/certs/%s.pem' % app()), 'pem', txt, None
    fn = {'RSA PRIVATE KEY': pick('id_rsa', 'deploy/deploy_key', 'certs/server.key', 'keys/jwt-private.pem'),
          'PRIVATE KEY': pick('keys/private.pem', 'certs/tls.key', 'config/jwt/private.pem'),
          'ENCRYPTED PRIVATE KEY': pick('keys/signing.key', 'config/jwt/private.pem', 'certs/client.key')}.get(lab, 'private.key')
    return fn, 'pem', v + '\n', None


@ctx('privkey_embedded_code', ('privkey',), 2.5)
def c_pemcode(c):
    v = c.sec()
    nd = None
    f = R.randint(0, 3)
    isref = not c.pos and c.style == 'ref'
    if f == 0:
        if isref:
            body = 'PRIVATE_KEY = Path(os.environ.get("%s_PATH", "keys/private.pem")).read_text()' % c.var
        else:
            body = 'PRIVATE_KEY = """%s"""' % v if chance(0.6) else 'PRIVATE_KEY = (\n%s\n)' % '\n'.join('    "%s\\n"' % l for l in v.split('\n'))
            if '"%s\\n"' % v.split('\n')[0] in body:
                nd = '\n'.join('    "%s\\n"' % l for l in v.split('\n')).strip()[1:]
        txt = T('''import os
import time
from pathlib import Path

import jwt

APP_ID = @id@
# @cm@
@body@


def app_jwt():
    now = int(time.time())
    payload = {"iat": now - 60, "exp": now + 540, "iss": APP_ID}
    return jwt.encode(payload, PRIVATE_KEY, algorithm="RS256")
''', id=R.randint(100000, 999999), cm=rcomment(), body=body)
        if nd:
            nd = nd
        return pick('github_app.py', 'auth/app_token.py'), 'python', txt, nd
    if f == 1:
        if isref:
            val = 'file("${path.module}/keys/deploy.pem")'; c.used = 'env_ref'
            body = '    private_key = %s' % val
        else:
            body = '    private_key = <<-EOT\n%s\n    EOT' % ind(v, 6)
            nd = ind(v, 6).lstrip() if v else None
        txt = T('''resource "tls_locally_signed_cert" "@a@" {
  cert_request_pem   = tls_cert_request.@a@.cert_request_pem
  ca_cert_pem        = file("${path.module}/ca.crt")
  validity_period_hours = 8760
  allowed_uses = ["key_encipherment", "digital_signature", "server_auth"]
}

locals {
  ssh_user = "deploy"
}

resource "null_resource" "provision" {
  connection {
    type        = "ssh"
    host        = aws_instance.@a@.public_ip
    user        = local.ssh_user
@body@
  }

  provisioner "remote-exec" {
    inline = ["sudo systemctl restart @a@"]
  }
}
''', a=app(), body=body)
        return pick('provision.tf', 'modules/%s/main.tf' % app()), 'hcl', txt, nd
    if f == 2:
        if isref:
            line = "const privateKey = fs.readFileSync(process.env.%s_PATH || './keys/private.pem', 'utf8');" % c.var
        else:
            jv = jstr(v)
            line = 'const privateKey = %s;' % jv
            nd = jv[1:-1] if c.pos else None
        txt = T('''import fs from 'node:fs';
import jwt from 'jsonwebtoken';

// @cm@
@line@

export function signServiceToken(sub, scopes = []) {
  return jwt.sign({ sub, scopes }, privateKey, {
    algorithm: '@alg@',
    expiresIn: '15m',
    issuer: 'https://auth.@co@.io',
    keyid: '@kid@',
  });
}
''', cm=rcomment(), line=line, alg='ES256' if 'EC' in c.extra['label'] else 'RS256', co=comp(), kid=rs(B64U, 16))
        return pick('src/auth/sign.js', 'lib/jwt.mjs'), 'js', txt, nd
    if isref:
        body = 'var privateKeyPEM, _ = os.ReadFile(os.Getenv("%s_FILE"))' % c.var
    else:
        body = 'const privateKeyPEM = `%s`' % v
    txt = T('''package auth

import (
	"crypto/x509"
	"encoding/pem"
	"errors"
	"os"
)

// @cm@
@body@

func LoadKey() (any, error) {
	block, _ := pem.Decode([]byte(privateKeyPEM))
	if block == nil {
		return nil, errors.New("no PEM block")
	}
	_ = os.Getpid
	return x509.ParsePKCS8PrivateKey(block.Bytes)
}
''', cm=rcomment(), body=body)
    return pick('internal/auth/key.go', 'pkg/signing/key.go'), 'go', txt, None


@ctx('maven_settings', ('token', 'password'), 1.5, providers=['github', 'gitlab', 'generic'], purpose='basic')
def c_maven(c):
    v = c.sec(['${env.@V@}'])
    u = c.extra.get('user') if c.cls == 'password' else pick(ch(FIRST), 'ci-bot', 'gitlab-ci-token')
    sid = pick('github', 'gitlab-maven', 'nexus-releases', 'artifactory')
    txt = T('''<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <!-- @cm@ -->
  <servers>
    <server>
      <id>@sid@</id>
      <username>@u@</username>
      <password>@v@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>central-proxy</id>
      <mirrorOf>central</mirrorOf>
      <url>https://nexus.@co@.internal/repository/maven-public/</url>
    </mirror>
  </mirrors>
  <profiles>
    <profile>
      <id>default</id>
      <properties>
        <maven.compiler.release>17</maven.compiler.release>
      </properties>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>default</activeProfile>
  </activeProfiles>
</settings>
''', cm=rcomment(), sid=sid, u=u, v=xesc(v), co=comp())
    return pick('.mvn/settings.xml', 'settings.xml', 'ci/maven-settings.xml'), 'xml', txt, xesc(c.needle) if c.pos else None


@ctx('nuget_config', ('token', 'password'), 1, providers=['github', 'azure', 'generic'], purpose='basic')
def c_nuget(c):
    v = c.sec(['%@V@%'])
    txt = T('''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="@co@" value="https://pkgs.dev.azure.com/@co@/_packaging/@co@-feed/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <@co@>
      <add key="Username" value="@u@" />
      <add key="ClearTextPassword" value="@v@" />
    </@co@>
  </packageSourceCredentials>
  <packageSourceMapping>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
    <packageSource key="@co@">
      <package pattern="@A@.*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
''', co=comp(), u=c.extra.get('user', 'build'), v=xesc(v), A=pascal(app()))
    return pick('NuGet.Config', 'nuget.config'), 'xml', txt, xesc(c.needle) if c.pos else None


@ctx('gradle_properties', ('token', 'password'), 1.2, providers=['github', 'gitlab', 'generic', 'mapbox'], purpose='basic')
def c_gradle(c):
    lines = ['org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8', 'org.gradle.parallel=true', 'org.gradle.caching=true',
             'android.useAndroidX=true', 'kotlin.code.style=official', 'android.nonTransitiveRClass=true']
    sl = ['%s=%s' % (camel(n), v) for n, v, r in c.items()]
    k = R.randint(2, len(lines))
    txt = '\n'.join(['# Project-wide Gradle settings.'] + lines[:k] + ['', '# ' + rcomment()] + sl + [''] + lines[k:]) + '\n'
    return pick('gradle.properties', 'android/gradle.properties'), 'properties', txt, None


@ctx('dockerfile', ('token', 'password'), 1.5, purpose='generic')
def c_dockerfile(c):
    a = app()
    if not c.pos and c.style == 'ref':
        c.used = 'env_ref'
        sec = 'RUN --mount=type=secret,id=%s \\\n    %s="$(cat /run/secrets/%s)" npm ci --omit=dev' % (c.var.lower(), c.var, c.var.lower())
    else:
        it = c.items()
        kw = pick('ENV', 'ARG')
        sec = '\n'.join('%s %s=%s' % (kw, n, v if re.fullmatch(r'[^\s"]+', v or 'x') and v else '"%s"' % v) for n, v, r in it) + '\nRUN npm ci --omit=dev'
    txt = T('''# syntax=docker/dockerfile:1.6
FROM node:20-alpine AS base
WORKDIR /app
ENV NODE_ENV=production

FROM base AS deps
COPY package.json package-lock.json ./
@sec@

FROM base AS runner
RUN addgroup -S app && adduser -S app -G app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
USER app
EXPOSE @p@
HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:@p@/healthz || exit 1
CMD ["node", "server.js"]
''', sec=sec, p=R.randint(3000, 9000))
    return pick('Dockerfile', 'docker/%s.Dockerfile' % a, 'Dockerfile.prod'), 'dockerfile', txt, None


@ctx('windows_batch', ('token', 'password'), 0.8, purpose='generic')
def c_bat(c):
    lines = ['set %s=%s' % (n, v) for n, v, r in c.items(['%@V@%'])]
    txt = T('''@echo off
REM Build and publish @a@
setlocal enabledelayedexpansion

set CONFIGURATION=Release
set OUTPUT=%~dp0artifacts
@lines@

echo Building %CONFIGURATION%...
dotnet restore || goto :error
dotnet build -c %CONFIGURATION% --no-restore || goto :error
dotnet publish -c %CONFIGURATION% -o "%OUTPUT%" || goto :error
echo Done.
goto :eof

:error
echo Failed with error #%errorlevel%.
exit /b %errorlevel%
''', a=app(), lines='\n'.join(lines))
    return pick('build.cmd', 'scripts\\publish.bat'.replace('\\', '/'), 'publish.bat'), 'batch', txt.replace('\n', '\r\n'), None


@ctx('systemd_unit', ('token', 'password'), 1, purpose='db')
def c_systemd(c):
    a = app()
    if not c.pos and c.style == 'ref':
        c.used = 'env_ref'
        envl = 'EnvironmentFile=/etc/%s/%s.env' % (a, a)
    else:
        envl = '\n'.join('Environment="%s=%s"' % (n, v) for n, v, r in c.items())
    txt = T('''[Unit]
Description=@A@ API service
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=@a@
Group=@a@
WorkingDirectory=/opt/@a@
Environment="PORT=@p@"
@envl@
ExecStart=/opt/@a@/bin/@a@ serve
Restart=on-failure
RestartSec=5
LimitNOFILE=65536
NoNewPrivileges=true
ProtectSystem=strict
ReadWritePaths=/var/lib/@a@

[Install]
WantedBy=multi-user.target
''', A=a.capitalize(), a=a, p=R.randint(3000, 9000), envl=envl)
    return pick('deploy/%s.service' % a, 'systemd/%s.service' % a), 'systemd', txt, None


@ctx('wp_config', ('password',), 1, purpose='db', scheme='mysql')
def c_wp(c):
    e = c.extra
    pw = e['pw'] if c.pos else ("getenv('WORDPRESS_DB_PASSWORD')" if c.isref() else e['negpw'])
    pwq = pw if pw.startswith('getenv') else "'%s'" % pw
    salts = '\n'.join("define( '%s', 'put your unique phrase here' );" % k for k in
                      ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'])
    txt = T('''<?php
/**
 * The base configuration for WordPress
 */

// ** Database settings ** //
define( 'DB_NAME', '@db@' );
define( 'DB_USER', '@u@' );
define( 'DB_PASSWORD', @pw@ );
define( 'DB_HOST', '@h@' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 */
@salts@
/**#@-*/

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
''', db=e['db'], u=e['user'] or 'wp', pw=pwq, h=e['host'], salts=salts)
    return pick('wp-config.php', 'public/wp-config.php'), 'php', txt, None


@ctx('misc_conf', ('password',), 1.5, purpose='db', scheme='redis')
def c_misc(c):
    e = c.extra
    pw = e['pw'] if c.pos else (None if c.isref() else e['negpw'])
    f = R.randint(0, 2)
    if f == 0:
        req = 'requirepass %s' % pw if pw is not None else '# requirepass is injected from the secret store at startup\ninclude /etc/redis/secrets.conf'
        txt = T('''# Redis configuration for @a@
bind 0.0.0.0
protected-mode yes
port 6379
tcp-backlog 511
timeout 0
tcp-keepalive 300
daemonize no
supervised systemd
loglevel notice
databases 16

@req@

maxmemory 2gb
maxmemory-policy allkeys-lru
appendonly yes
appendfsync everysec
''', a=app(), req=req)
        return pick('redis.conf', 'config/redis/redis.conf'), 'conf', txt, None
    if f == 1:
        if pw is None:
            pw = '*'; c.used = 'placeholder'
        txt = T('''# ~/.pgpass  (hostname:port:database:username:password)
# @cm@
# chmod 0600 ~/.pgpass
#
# wildcards are allowed in the first four fields
#
# primary
@h@:5432:@db@:@u@:@pw@
#
# read replicas use IAM auth tokens, no entry needed
# end
''', cm=rcomment(), h=e['host'], db=e['db'], u=e['user'] or 'app', pw=pw)
        return pick('.pgpass', 'ops/pgpass'), 'conf', txt, None
    if pw is None:
        pw = '%(PGBOUNCER_PASSWORD)s'
    txt = T(''';; pgbouncer.ini
[databases]
@db@ = host=@h@ port=5432 dbname=@db@ user=@u@ password=@pw@
* = host=@h@ port=5432

[pgbouncer]
listen_addr = 0.0.0.0
listen_port = 6432
auth_type = scram-sha-256
auth_file = /etc/pgbouncer/userlist.txt
pool_mode = transaction
max_client_conn = 500
default_pool_size = 20
server_tls_sslmode = require
admin_users = pgbouncer
''', db=e['db'], h=e['host'], u=e['user'] or 'app', pw=pw)
    return 'pgbouncer.ini', 'ini', txt, None


@ctx('xml_config', ('password', 'token'), 1, purpose='db')
def c_xml(c):
    e = c.extra
    if c.cls == 'password':
        v = c.sec(['${db.password}'])
        bean = T('''  <bean id="dataSource" class="com.zaxxer.hikari.HikariDataSource" destroy-method="close">
    <property name="jdbcUrl" value="jdbc:postgresql://@h@:5432/@db@"/>
    <property name="username" value="@u@"/>
    <property name="password" value="@v@"/>
    <property name="maximumPoolSize" value="15"/>
  </bean>''', h=e.get('host', 'localhost'), db=e.get('db', 'app'), u=e.get('user') or 'app', v=xesc(v))
    else:
        v = c.sec(['${@d@}'])
        bean = T('''  <bean id="@b@Client" class="com.@co@.integration.@B@Client">
    <constructor-arg name="baseUrl" value="https://api.@co@.io"/>
    <constructor-arg name="apiKey" value="@v@"/>
  </bean>''', b=camel(c.provider), B=pascal(c.provider), co=comp(), v=xesc(v))
    txt = T('''<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xmlns:context="http://www.springframework.org/schema/context"
       xsi:schemaLocation="http://www.springframework.org/schema/beans
       http://www.springframework.org/schema/beans/spring-beans.xsd
       http://www.springframework.org/schema/context
       http://www.springframework.org/schema/context/spring-context.xsd">

  <!-- @cm@ -->
  <context:component-scan base-package="com.@co@"/>
  <context:property-placeholder location="classpath:app.properties"/>

@bean@

  <bean id="transactionManager" class="org.springframework.jdbc.datasource.DataSourceTransactionManager">
    <property name="dataSource" ref="dataSource"/>
  </bean>
</beans>
''', cm=rcomment(), co=comp(), bean=bean)
    return pick('src/main/webapp/WEB-INF/applicationContext.xml', 'src/main/resources/beans.xml'), 'xml', txt, xesc(c.needle) if c.pos else None


# ============================================================================
# standalone negatives: (path, filetype, text, provider, kind)
NEG = []


def neg(name, weight=1.0):
    def deco(fn):
        NEG.append((name, fn, weight))
        return fn
    return deco


def sri(alg='sha512', n=64):
    return '%s-%s' % (alg, b64(rb(n)))


NPM_PKGS = ['react', 'react-dom', 'lodash', 'axios', 'express', 'debug', 'ms', 'chalk', 'commander', 'semver', 'uuid',
            'tslib', 'zod', 'dayjs', 'classnames', 'yaml', 'minimist', 'ws', 'cookie', 'qs', 'mime-types', 'picocolors']


@neg('npm_lockfile', 2)
def n_npmlock():
    pk = R.sample(NPM_PKGS, R.randint(4, 7))
    pkgs = {"": {"name": app(), "version": ver(), "dependencies": {p: "^%s" % ver() for p in pk}}}
    for p in pk:
        v = ver()
        pkgs["node_modules/" + p] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (p, p, v),
                                     "integrity": sri(), "license": "MIT"}
    d = {"name": app(), "version": ver(), "lockfileVersion": 3, "requires": True, "packages": pkgs}
    return 'package-lock.json', 'json', json.dumps(d, indent=2) + '\n', 'none', 'sri_integrity_hash'


@neg('yarn_lock', 1.2)
def n_yarnlock():
    out = ['# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.', '# yarn lockfile v1', '']
    for p in R.sample(NPM_PKGS, R.randint(4, 7)):
        v = ver()
        out += ['%s@^%s:' % (p, v), '  version "%s"' % v,
                '  resolved "https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s"' % (p, p, v, rs(HEX, 40)),
                '  integrity %s' % sri(), '']
    return 'yarn.lock', 'lock', '\n'.join(out), 'none', 'sri_integrity_hash'


@neg('go_sum', 1.2)
def n_gosum():
    mods = ['github.com/stretchr/testify', 'golang.org/x/sys', 'github.com/spf13/cobra', 'go.uber.org/zap', 'github.com/google/uuid',
            'google.golang.org/grpc', 'github.com/prometheus/client_golang', 'golang.org/x/net', 'github.com/jackc/pgx/v5', 'gopkg.in/yaml.v3']
    out = []
    for m in R.sample(mods, R.randint(5, 9)):
        v = 'v%s' % ver()
        out.append('%s %s h1:%s' % (m, v, b64(rb(32))))
        out.append('%s %s/go.mod h1:%s' % (m, v, b64(rb(32))))
    return 'go.sum', 'gosum', '\n'.join(out) + '\n', 'none', 'go_sum_hash'


@neg('cargo_lock', 1)
def n_cargo():
    out = ['# This file is automatically @generated by Cargo.', '# It is not intended for manual editing.', 'version = 3', '']
    for p in R.sample(['serde', 'tokio', 'anyhow', 'regex', 'rand', 'clap', 'tracing', 'bytes', 'hyper', 'once_cell'], 5):
        out += ['[[package]]', 'name = "%s"' % p, 'version = "%s"' % ver(), 'source = "registry+https://github.com/rust-lang/crates.io-index"',
                'checksum = "%s"' % rs(HEX, 64), '']
    return 'Cargo.lock', 'toml', '\n'.join(out), 'none', 'checksum_hex'


@neg('pip_hashes', 1)
def n_pip():
    out = ['#', '# This file is autogenerated by pip-compile with Python 3.11', '#    pip-compile --generate-hashes requirements.in', '#']
    for p in R.sample(['requests', 'urllib3', 'certifi', 'idna', 'charset-normalizer', 'django', 'gunicorn', 'psycopg2-binary', 'boto3'], 5):
        out.append('%s==%s \\' % (p, ver()))
        out.append('    --hash=sha256:%s \\' % rs(HEX, 64))
        out.append('    --hash=sha256:%s' % rs(HEX, 64))
        out.append('    # via -r requirements.in')
    return 'requirements.txt', 'text', '\n'.join(out) + '\n', 'none', 'pip_hash'


@neg('image_digests', 1.2)
def n_digest():
    a = app()
    txt = T('''apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: @a@

resources:
  - ../../base
  - ingress.yaml

images:
  - name: @a@
    newName: ghcr.io/@co@/@a@
    digest: sha256:@d1@
  - name: nginx
    newName: nginx
    digest: sha256:@d2@

configMapGenerator:
  - name: @a@-config
    literals:
      - LOG_LEVEL=info
      - FEATURE_X=true
''', a=a, co=comp(), d1=rs(HEX, 64), d2=rs(HEX, 64))
    if chance(0.5):
        txt = T('''# syntax=docker/dockerfile:1
FROM python:3.12-slim@sha256:@d1@ AS build
WORKDIR /src
COPY requirements.txt .
RUN pip wheel --wheel-dir /wheels -r requirements.txt

FROM gcr.io/distroless/python3-debian12@sha256:@d2@
COPY --from=build /wheels /wheels
COPY . /app
WORKDIR /app
USER nonroot
ENTRYPOINT ["python", "-m", "@a@"]
''', d1=rs(HEX, 64), d2=rs(HEX, 64), a=a)
        return 'Dockerfile', 'dockerfile', txt, 'none', 'docker_digest'
    return 'overlays/%s/kustomization.yaml' % env(), 'yaml', txt, 'none', 'docker_digest'


@neg('k8s_secret_refs', 2)
def n_k8sref():
    a = app()
    envs = []
    for v in R.sample(['DATABASE_PASSWORD', 'STRIPE_SECRET_KEY', 'REDIS_PASSWORD', 'JWT_SECRET', 'OPENAI_API_KEY', 'SENTRY_DSN', 'GITHUB_TOKEN'], 3):
        envs.append('''            - name: %s
              valueFrom:
                secretKeyRef:
                  name: %s-secrets
                  key: %s''' % (v, a, kebab(v)))
    txt = T('''apiVersion: apps/v1
kind: Deployment
metadata:
  name: @a@
  labels:
    app: @a@
  uid: @uid@
  resourceVersion: "@rv@"
spec:
  replicas: 3
  selector:
    matchLabels:
      app: @a@
  template:
    metadata:
      labels:
        app: @a@
      annotations:
        checksum/config: @chk@
    spec:
      serviceAccountName: @a@
      containers:
        - name: @a@
          image: ghcr.io/@co@/@a@:@v@
          env:
            - name: PORT
              value: "8080"
@envs@
          volumeMounts:
            - name: tls
              mountPath: /etc/tls
              readOnly: true
      volumes:
        - name: tls
          secret:
            secretName: @a@-tls
''', a=a, uid=ruuid(), rv=R.randint(10 ** 6, 10 ** 8), chk=rs(HEX, 64), co=comp(), v=ver(), envs='\n'.join(envs))
    return 'k8s/deployment.yaml', 'yaml', txt, 'none', 'secret_reference'


@neg('external_secret', 1)
def n_extsecret():
    a = app()
    txt = T('''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: @a@-credentials
  namespace: @a@
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: @a@-credentials
    creationPolicy: Owner
  data:
    - secretKey: db-password
      remoteRef:
        key: @e@/@a@/postgres
        property: password
    - secretKey: stripe-secret-key
      remoteRef:
        key: @e@/@a@/stripe
        property: secret_key
    - secretKey: api-token
      remoteRef:
        key: @e@/@a@/api
        property: token
''', a=a, e=env())
    return 'k8s/external-secret.yaml', 'yaml', txt, 'none', 'secret_reference'


@neg('tfstate_ids', 1.2)
def n_tfstate():
    acct = R.randint(10 ** 11, 10 ** 12 - 1); r = region(); a = app()
    res = [{"mode": "managed", "type": "aws_security_group", "name": "app", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
            "instances": [{"schema_version": 1, "attributes": {"id": "sg-0%s" % rs(HEX, 16), "arn": "arn:aws:ec2:%s:%d:security-group/sg-0%s" % (r, acct, rs(HEX, 16)),
                                                             "name": "%s-sg" % a, "vpc_id": "vpc-0%s" % rs(HEX, 16), "owner_id": str(acct)}}]},
           {"mode": "managed", "type": "aws_instance", "name": "web", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
            "instances": [{"schema_version": 1, "attributes": {"id": "i-0%s" % rs(HEX, 16), "ami": "ami-0%s" % rs(HEX, 16),
                                                             "instance_type": "t3.medium", "subnet_id": "subnet-0%s" % rs(HEX, 16),
                                                             "private_ip": "10.0.%d.%d" % (R.randint(0, 255), R.randint(2, 254))}}]},
           {"mode": "managed", "type": "aws_s3_bucket", "name": "logs", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
            "instances": [{"schema_version": 0, "attributes": {"id": "%s-%s-logs" % (comp(), a), "bucket_regional_domain_name": "%s-%s-logs.s3.%s.amazonaws.com" % (comp(), a, r),
                                                             "hosted_zone_id": "Z%s" % rs(UP + DG, 13)}}]}]
    d = {"version": 4, "terraform_version": "1.6.%d" % R.randint(0, 6), "serial": R.randint(1, 300), "lineage": ruuid(), "outputs": {}, "resources": res, "check_results": None}
    return 'terraform.tfstate.backup' if chance(0.3) else 'state/terraform.tfstate', 'json', json.dumps(d, indent=2) + '\n', 'aws', 'resource_ids'


@neg('sri_html', 1)
def n_sri():
    txt = T('''<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>@A@</title>
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-@h1@' https://cdn.jsdelivr.net; style-src 'self' 'sha256-@h2@'">
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css"
        integrity="@s1@" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js"
          integrity="@s2@" crossorigin="anonymous" defer></script>
</head>
<body>
  <main id="root" class="container py-4">
    <h1>@A@</h1>
    <p>Loading…</p>
  </main>
  <script src="/static/js/main.@ch@.js"></script>
</body>
</html>
''', A=app().capitalize(), h1=b64(rb(32)), h2=b64(rb(32)), s1=sri('sha384', 48), s2=sri('sha384', 48), ch=rs(HEX, 8))
    return 'public/index.html', 'html', txt, 'none', 'sri_integrity_hash'


@neg('public_certificate', 1.5)
def n_cert():
    a = app()
    if chance(0.5):
        txt = k8s_meta('ConfigMap', a + '-ca-bundle', pick(a, 'default')) + 'data:\n  ca.crt: |\n' + ind(fake_cert('%s Root CA' % comp()), 4) + '\n'
        return 'k8s/ca-bundle.yaml', 'yaml', txt, 'none', 'public_certificate'
    txt = '# %s intermediate + leaf\n' % a + fake_cert() + '\n' + fake_cert('R3 %s' % comp()) + '\n'
    return pick('certs/fullchain.pem', 'ssl/%s.crt' % a, 'certs/ca.pem'), 'pem', txt, 'none', 'public_certificate'


@neg('ssh_public_key', 1.5)
def n_sshpub():
    f = R.randint(0, 2)
    if f == 0:
        txt = '\n'.join(['# managed by ansible', '# %s' % rcomment()] + [ssh_pub() for _ in range(R.randint(8, 12))]) + '\n'
        return pick('authorized_keys', 'files/authorized_keys', '.ssh/authorized_keys'), 'text', txt, 'none', 'ssh_public_key'
    if f == 1:
        txt = T('''#cloud-config
users:
  - name: deploy
    groups: [sudo, docker]
    shell: /bin/bash
    sudo: ["ALL=(ALL) NOPASSWD:ALL"]
    ssh_authorized_keys:
      - @k1@
      - @k2@
package_update: true
packages:
  - docker.io
  - fail2ban
runcmd:
  - systemctl enable --now docker
''', k1=ssh_pub(), k2=ssh_pub())
        return 'cloud-init.yaml', 'yaml', txt, 'none', 'ssh_public_key'
    txt = T('''resource "aws_key_pair" "deployer" {
  key_name   = "deployer-@e@"
  public_key = "@k@"
}

resource "aws_instance" "bastion" {
  ami                         = data.aws_ami.ubuntu.id
  instance_type               = "t3.micro"
  key_name                    = aws_key_pair.deployer.key_name
  associate_public_ip_address = true
  tags = {
    Name = "bastion-@e@"
  }
}
''', e=env(), k=ssh_pub())
    return 'bastion.tf', 'hcl', txt, 'none', 'ssh_public_key'


@neg('pgp_public_key', 0.7)
def n_pgp():
    b = b64(rb(R.randint(700, 1100)))
    body = '\n'.join(b[i:i + 64] for i in range(0, len(b), 64))
    txt = 'This file contains the PGP keys of developers who sign releases.\n\npub   rsa4096 2022-03-01 [SC]\n      %s\nuid   %s <%s@%s.org>\n\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----\n' % (
        rs('0123456789ABCDEF', 40), ch(FIRST).capitalize(), ch(FIRST), comp(), body, rs(B64, 4))
    return 'KEYS', 'text', txt, 'none', 'pgp_public_key'


@neg('base64_asset', 1.5)
def n_b64asset():
    if chance(0.5):
        png = b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + rb(R.randint(200, 600))
        txt = T('''.logo {
  width: 32px;
  height: 32px;
  background-repeat: no-repeat;
  background-image: url("data:image/png;base64,@b@");
}

.spinner {
  animation: spin 1s linear infinite;
}

@keyframes spin {
  from { transform: rotate(0deg); }
  to { transform: rotate(360deg); }
}
''', b=b64(png))
        return pick('src/styles/logo.css', 'static/css/icons.css'), 'css', txt, 'none', 'base64_image'
    font = b'wOF2\x00\x01\x00\x00' + rb(R.randint(400, 900))
    txt = T('''/* generated by fontsquirrel */
@font-face {
  font-family: "Inter";
  font-style: normal;
  font-weight: 400;
  font-display: swap;
  src: url(data:font/woff2;base64,@b@) format("woff2");
}

body {
  font-family: "Inter", system-ui, sans-serif;
  -webkit-font-smoothing: antialiased;
}

code {
  font-family: ui-monospace, monospace;
}
''', b=b64(font))
    return 'assets/fonts.css', 'css', txt, 'none', 'base64_font'


@neg('ansible_vault', 2)
def n_vault():
    def vault_blob():
        data = rs(HEX, R.choice([320, 400, 480, 560]))
        lines = [data[i:i + 80] for i in range(0, len(data), 80)]
        return '$ANSIBLE_VAULT;1.1;AES256\n' + '\n'.join(lines)
    a = app()
    if chance(0.5):
        txt = T('''---
@a@_db_host: db.@co@.internal
@a@_db_user: @a@
@a@_db_password: !vault |
@v1@
@a@_api_token: !vault |
@v2@
@a@_port: 8080
''', a=a, co=comp(), v1=ind(vault_blob(), 10), v2=ind(vault_blob(), 10))
        return 'group_vars/%s/vault.yml' % env(), 'yaml', txt, 'none', 'ansible_vault_ciphertext'
    blob = '$ANSIBLE_VAULT;1.1;AES256\n' + '\n'.join(rs(HEX, 80) for _ in range(R.randint(12, 30)))
    return 'group_vars/all/vault.yml', 'yaml', blob + '\n', 'none', 'ansible_vault_ciphertext'


@neg('sops_encrypted', 2)
def n_sops():
    def enc(n):
        return 'ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (b64(rb(n)), b64(rb(32)), b64(rb(16)))
    a = app()
    fields = R.sample(['db_password', 'stripe_secret_key', 'api_token', 'jwt_secret', 'smtp_password', 'github_token'], 3)
    body = '\n'.join('    %s: %s' % (f, enc(R.randint(12, 60))) for f in fields)
    txt = T('''apiVersion: v1
kind: Secret
metadata:
    name: @a@-secrets
type: Opaque
stringData:
@body@
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: age1@ar@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
@agelines@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-@m@-@d@T10:11:12Z"
    mac: @mac@
    pgp: []
    encrypted_regex: ^(data|stringData)$
    version: 3.8.1
''', a=a, body=body, ar=rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58),
            agelines=ind('\n'.join(b64(rb(48)) for _ in range(5)), 12), m='%02d' % R.randint(1, 12), d='%02d' % R.randint(1, 28),
            mac='ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (b64(rb(32)), b64(rb(32)), b64(rb(16))))
    return pick('secrets/%s.enc.yaml' % env(), 'k8s/secrets.sops.yaml'), 'yaml', txt, 'none', 'sops_ciphertext'


@neg('sealed_secret', 1.5)
def n_sealed():
    a = app()
    keys = R.sample(['DATABASE_URL', 'STRIPE_SECRET_KEY', 'API_TOKEN', 'REDIS_PASSWORD', 'SLACK_BOT_TOKEN'], 2)
    body = '\n'.join('    %s: Ag%s' % (k, b64(rb(R.randint(300, 420)))) for k in keys)
    txt = T('''---
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  creationTimestamp: null
  name: @a@-secrets
  namespace: @a@
spec:
  encryptedData:
@body@
  template:
    metadata:
      creationTimestamp: null
      name: @a@-secrets
      namespace: @a@
    type: Opaque
''', a=a, body=body)
    return 'k8s/sealed-secret.yaml', 'yaml', txt, 'none', 'sealed_secret_ciphertext'


@neg('password_policy', 2)
def n_policy():
    f = R.randint(0, 2)
    if f == 0:
        txt = T('''# Identity service configuration
auth:
  session_timeout_minutes: 30
  max_login_attempts: 5
  lockout_duration_minutes: 15
  password_min_length: @n@
  password_max_length: 128
  password_require_uppercase: true
  password_require_digit: true
  password_require_symbol: @b@
  password_history: 5
  password_expiry_days: 90
  password_hash_algorithm: argon2id
  password_reset_token_ttl: 3600
  mfa:
    enabled: true
    issuer: "@A@"
    totp_digits: 6
''', n=pick(8, 10, 12, 14), b=pick('true', 'false'), A=app().capitalize())
        return 'config/auth.yaml', 'yaml', txt, 'none', 'password_policy'
    if f == 1:
        txt = T('''AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": @n@},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

PASSWORD_RESET_TIMEOUT = 3600
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
SESSION_COOKIE_AGE = 1209600
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
''', n=pick(10, 12))
        return '%s/settings/auth.py' % app(), 'python', txt, 'none', 'password_policy'
    txt = T('''{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "SignupForm",
  "type": "object",
  "required": ["email", "password", "passwordConfirmation"],
  "properties": {
    "email": { "type": "string", "format": "email" },
    "password": {
      "type": "string",
      "minLength": @n@,
      "maxLength": 128,
      "pattern": "^(?=.*[A-Z])(?=.*[0-9]).+$",
      "description": "Password must contain an uppercase letter and a digit"
    },
    "passwordConfirmation": { "type": "string" },
    "apiKeyName": { "type": "string", "maxLength": 64 }
  },
  "ui": {
    "passwordField": "password",
    "tokenField": "api_token",
    "secretField": "client_secret"
  }
}
''', n=pick(8, 12))
    return 'schemas/signup.schema.json', 'json', txt, 'none', 'field_names'


@neg('i18n_strings', 2)
def n_i18n():
    if chance(0.5):
        d = {"auth": {"password": "Password", "passwordPlaceholder": "Enter your password", "confirmPassword": "Confirm password",
                      "forgotPassword": "Forgot your password?", "passwordTooShort": "Password must be at least {{min}} characters",
                      "invalidCredentials": "Invalid email or password", "apiKey": "API key", "apiKeyHint": "Paste your API key (starts with sk_)",
                      "tokenExpired": "Your session token has expired. Please sign in again.", "secretCopied": "Secret copied to clipboard"},
             "settings": {"rotateToken": "Rotate token", "revokeKey": "Revoke key", "awsAccessKey": "AWS access key ID",
                          "privateKey": "Private key (PEM)", "privateKeyHelp": "Paste the contents of your -----BEGIN PRIVATE KEY----- file"}}
        lang = pick('en', 'en-US', 'de', 'fr')
        return 'locales/%s/translation.json' % lang, 'json', json.dumps(d, indent=2, ensure_ascii=False) + '\n', 'none', 'i18n_strings'
    txt = '''# Authentication messages
login.username=Username
login.password=Password
login.password.placeholder=Enter your password
login.password.forgot=Forgot password?
login.error.badCredentials=Invalid username or password
register.password.rules=At least 12 characters, one digit and one symbol
register.password.mismatch=Passwords do not match
account.apiToken.title=Personal access tokens
account.apiToken.help=Tokens start with ghp_ and are shown only once
account.apiToken.copied=Token copied
account.secret.rotate=Rotate client secret
account.ssh.add=Add SSH key
account.ssh.help=Paste your public key (ssh-ed25519 ...)
'''
    if chance(0.5):
        txt = txt.replace('Password', 'Passwort').replace('Enter your password', 'Geben Sie Ihr Passwort ein').replace('Forgot password?', 'Passwort vergessen?')
        return 'src/main/resources/messages_de.properties', 'properties', txt, 'none', 'i18n_strings'
    return 'src/main/resources/messages.properties', 'properties', txt, 'none', 'i18n_strings'


@neg('jest_snapshot', 1.5)
def n_snapshot():
    a = app()
    rows = '\n'.join('''    <tr
      className="row_%s"
      data-id="%s"
    >
      <td>%s</td>
      <td>%s</td>
    </tr>''' % (rs(AN, 5), pick(ruuid(), rs(AN, 21), 'cus_' + rs(AN, 14)), ch(FIRST).capitalize(), rs(HEX, 12)) for _ in range(3))
    txt = '''// Jest Snapshot v1, https://goo.gl/fbAQLP

exports[`%sTable renders rows 1`] = `
<table
  className="table_%s"
>
  <tbody>
%s
  </tbody>
</table>
`;

exports[`%sTable renders empty state 1`] = `
<p
  className="empty_%s"
>
  No results
</p>
`;
''' % (pascal(a), rs(AN, 5), rows, pascal(a), rs(AN, 5))
    return 'src/components/__snapshots__/%sTable.test.tsx.snap' % pascal(a), 'snapshot', txt, 'none', 'random_ids_snapshot'


@neg('minified_js', 1)
def n_minjs():
    parts = []
    for i in range(R.randint(20, 40)):
        parts.append('function %s(%s,%s){return %s.%s(%s)?%s:"%s"}' % (rs(LO, 2), rs(LO, 1), rs(LO, 1), rs(LO, 1), pick('test', 'has', 'includes'), rs(LO, 1), rs(LO, 1), rs(AN, R.randint(8, 24))))
    line = '!function(){"use strict";var e={%s};%s}();' % (','.join('%d:"%s"' % (R.randint(100, 999), rs(HEX, 8)) for _ in range(15)), ';'.join(parts))
    header = ['/*!', ' * %s v%s' % (app(), ver()), ' * (c) 2024 %s' % comp().capitalize(), ' * Released under the MIT License.', ' */']
    body = header + [line, '//# sourceMappingURL=%s.min.js.map' % app()]
    body = ['/*! For license information please see main.%s.js.LICENSE.txt */' % rs(HEX, 8)] + [''] * 0 + body
    mp = {"version": 3, "file": "main.%s.js" % rs(HEX, 8), "mappings": ';'.join(','.join(rs(AN + '+/', R.randint(4, 8)) for _ in range(R.randint(3, 10))) for _ in range(40)),
          "sources": ["webpack://%s/./src/index.ts" % app()], "names": ["e", "t", "n", "r"]}
    if chance(0.5):
        txt = '\n'.join(body) + '\n'
        txt += '\n'.join('/* chunk %d: %s */' % (i, rs(HEX, 20)) for i in range(5)) + '\n'
        return 'dist/%s.min.js' % app(), 'js', txt, 'none', 'minified_js'
    return 'dist/main.%s.js.map' % rs(HEX, 8), 'json', json.dumps(mp, indent=1) + '\n', 'none', 'sourcemap_mappings'


@neg('protobuf_generated', 1)
def n_proto():
    raw = rb(R.randint(150, 300))
    hexs = ', '.join('0x%02x' % x for x in raw)
    rows = [hexs[i:i + 96] for i in range(0, len(hexs), 96)]
    txt = '''// Code generated by protoc-gen-go. DO NOT EDIT.
// versions:
// 	protoc-gen-go v1.31.0
// 	protoc        v4.25.1
// source: %s/v1/%s.proto

package %sv1

import (
	protoreflect "google.golang.org/protobuf/reflect/protoreflect"
	protoimpl "google.golang.org/protobuf/runtime/protoimpl"
)

var file_%s_v1_%s_proto_rawDesc = []byte{
%s
}

var file_%s_v1_%s_proto_goTypes = []interface{}{}
var _ = protoimpl.EnforceVersion(20 - protoimpl.MinVersion)
var _ protoreflect.FileDescriptor
''' % (app(), app(), app(), 'svc', 'api', '\n'.join('\t' + r.strip() for r in rows), 'svc', 'api')
    return 'gen/go/%s/v1/api.pb.go' % app(), 'go', txt, 'none', 'generated_bytes'


@neg('graphql_persisted', 1)
def n_graphql():
    d = {op: {"sha256Hash": rs(HEX, 64), "version": 1} for op in R.sample(['GetViewer', 'ListOrders', 'UpdateProfile', 'CreateCheckout', 'SearchProducts', 'GetInvoice'], 5)}
    d = {"format": "apollo-persisted-query-manifest", "version": 1,
         "operations": [{"id": v["sha256Hash"], "name": k, "type": pick("query", "mutation"), "body": "query %s { viewer { id } }" % k} for k, v in d.items()]}
    return 'persisted-query-manifest.json', 'json', json.dumps(d, indent=2) + '\n', 'none', 'graphql_hash'


@neg('pinned_actions', 1.2)
def n_pinned():
    txt = T('''name: ci
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@s1@ # v4.1.1
      - uses: actions/setup-python@@s2@ # v5.0.0
        with:
          python-version: "3.12"
          cache: pip
      - run: pip install -r requirements.txt
      - run: pytest -q --cov
      - uses: codecov/codecov-action@@s3@ # v4.0.1
        with:
          token: ${{ secrets.CODECOV_TOKEN }}
          fail_ci_if_error: true
''', s1=rs(HEX, 40), s2=rs(HEX, 40), s3=rs(HEX, 40))
    if chance(0.4):
        txt = 'repos:\n' + ''.join('  - repo: https://github.com/%s\n    rev: %s  # frozen: v%s\n    hooks:\n      - id: %s\n' % (r, rs(HEX, 40), ver(), h)
                                   for r, h in [('pre-commit/pre-commit-hooks', 'trailing-whitespace'), ('psf/black', 'black'), ('astral-sh/ruff-pre-commit', 'ruff'), ('pycqa/isort', 'isort')])
        return '.pre-commit-config.yaml', 'yaml', txt, 'none', 'git_sha'
    return '.github/workflows/ci.yml', 'yaml', txt, 'none', 'git_sha'


@neg('uuid_ids', 1.2)
def n_uuids():
    if chance(0.5):
        g = [ruuid().upper() for _ in range(4)]
        a = pascal(app())
        txt = '''
Microsoft Visual Studio Solution File, Format Version 12.00
# Visual Studio Version 17
VisualStudioVersion = 17.8.34330.188
MinimumVisualStudioVersion = 10.0.40219.1
Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "%s.Api", "src\\%s.Api\\%s.Api.csproj", "{%s}"
EndProject
Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "%s.Tests", "tests\\%s.Tests\\%s.Tests.csproj", "{%s}"
EndProject
Global
	GlobalSection(SolutionConfigurationPlatforms) = preSolution
		Debug|Any CPU = Debug|Any CPU
		Release|Any CPU = Release|Any CPU
	EndGlobalSection
	GlobalSection(ProjectConfigurationPlatforms) = postSolution
		{%s}.Debug|Any CPU.ActiveCfg = Debug|Any CPU
		{%s}.Release|Any CPU.ActiveCfg = Release|Any CPU
	EndGlobalSection
	GlobalSection(ExtensibilityGlobals) = postSolution
		SolutionGuid = {%s}
	EndGlobalSection
EndGlobal
''' % (a, a, a, g[0], a, a, a, g[1], g[0], g[0], g[2])
        return '%s.sln' % a, 'sln', txt.replace('\n', '\r\n'), 'none', 'uuid'
    rows = '\n'.join('%s INFO  request_id=%s trace_id=%s span_id=%s method=%s path=/v1/%s status=%d dur_ms=%d' % (
        '2024-%02d-%02dT%02d:%02d:%02d.%03dZ' % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
        ruuid(), rs(HEX, 32), rs(HEX, 16), pick('GET', 'POST'), pick('orders', 'users', 'items'), pick(200, 201, 204, 404), R.randint(2, 900)) for _ in range(R.randint(10, 20)))
    return 'tests/fixtures/access.log', 'log', rows + '\n', 'none', 'uuid'


@neg('sha256sums', 1)
def n_sums():
    out = []
    for f in ['%s_%s_linux_amd64.tar.gz', '%s_%s_linux_arm64.tar.gz', '%s_%s_darwin_amd64.tar.gz', '%s_%s_darwin_arm64.tar.gz', '%s_%s_windows_amd64.zip']:
        out.append('%s  %s' % (rs(HEX, 64), f % (app(), ver())))
    txt = '\n'.join(out) + '\n'
    if chance(0.5):
        txt = T('''class @A@ < Formula
  desc "Command-line client for @a@"
  homepage "https://github.com/@co@/@a@"
  version "@v@"
  license "Apache-2.0"

  on_macos do
    url "https://github.com/@co@/@a@/releases/download/v@v@/@a@_darwin_arm64.tar.gz"
    sha256 "@s1@"
  end

  on_linux do
    url "https://github.com/@co@/@a@/releases/download/v@v@/@a@_linux_amd64.tar.gz"
    sha256 "@s2@"
  end

  def install
    bin.install "@a@"
  end

  test do
    system "#{bin}/@a@", "--version"
  end
end
''', A=pascal(app()), a=app(), co=comp(), v=ver(), s1=rs(HEX, 64), s2=rs(HEX, 64))
        return 'Formula/%s.rb' % app(), 'ruby', txt, 'none', 'checksum_hex'
    txt = '# checksums for release v%s\n# verify with: sha256sum -c SHA256SUMS\n' % ver() + txt + '\n'.join('%s  %s' % (rs(HEX, 64), n) for n in ['checksums.txt.sig', 'sbom.spdx.json', 'LICENSE', 'README.md', 'install.sh']) + '\n'
    return 'SHA256SUMS', 'text', txt, 'none', 'checksum_hex'


@neg('secret_fetch_script', 2)
def n_fetch():
    a = app(); e = env()
    txt = T('''#!/usr/bin/env bash
# Pull runtime secrets at container start; nothing sensitive is stored in the image.
set -euo pipefail

REGION="${AWS_REGION:-@r@}"

export DB_PASSWORD="$(aws secretsmanager get-secret-value \\
  --region "$REGION" --secret-id "@e@/@a@/db" \\
  --query SecretString --output text | jq -r .password)"

export STRIPE_SECRET_KEY="$(aws ssm get-parameter --name "/@a@/@e@/stripe_secret_key" \\
  --with-decryption --query Parameter.Value --output text)"

export GITHUB_TOKEN="$(vault kv get -field=token secret/@a@/github)"
export OPENAI_API_KEY="$(gcloud secrets versions access latest --secret=openai-api-key)"
export SLACK_BOT_TOKEN="$(cat /run/secrets/slack_bot_token)"
export API_KEY="$(op read "op://Deploy/@a@-api/credential")"

: "${DB_PASSWORD:?DB_PASSWORD missing}"
exec "$@"
''', r=region(), e=e, a=a)
    return pick('docker/entrypoint.sh', 'scripts/load-secrets.sh'), 'shell', txt, 'none', 'secret_reference'


@neg('env_example_names', 2)
def n_envex():
    names = R.sample(['DATABASE_URL', 'DB_PASSWORD', 'REDIS_PASSWORD', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'OPENAI_API_KEY',
                      'ANTHROPIC_API_KEY', 'GITHUB_TOKEN', 'SLACK_BOT_TOKEN', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'SENDGRID_API_KEY',
                      'JWT_SECRET', 'SESSION_SECRET', 'SENTRY_DSN', 'HF_TOKEN', 'TWILIO_AUTH_TOKEN', 'NPM_TOKEN'], R.randint(7, 12))
    style = R.randint(0, 2)
    lines = ['# Copy to .env and fill in the values. Never commit the real .env!', 'NODE_ENV=development', 'PORT=3000', '']
    for n in names:
        if style == 0:
            lines.append('%s=' % n)
        elif style == 1:
            lines.append('%s=<%s>' % (n, kebab(n)))
        else:
            lines.append('%s=your_%s_here' % (n, n.lower()))
    return pick('.env.example', '.env.sample', '.env.template', 'env.dist'), 'env', '\n'.join(lines) + '\n', 'none', 'env_names_only'


@neg('doc_examples', 2)
def n_docex():
    f = R.randint(0, 2)
    if f == 0:
        txt = '''# Configuring the AWS CLI

The AWS CLI reads credentials from `~/.aws/credentials`. The example below uses the
placeholder keys from the AWS documentation; replace them with your own.

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-west-2
```

You can also use environment variables:

```bash
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Prefer `aws configure sso` for human users.
'''
        return 'docs/aws-cli.md', 'markdown', txt, 'aws', 'doc_example'
    if f == 1:
        txt = '''import stripe

# Test-mode key from the Stripe API reference (https://stripe.com/docs/api)
stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
PUBLISHABLE_KEY = "pk_test_TYooMQauvdEDq54NiTphI7jx"


def create_test_customer():
    return stripe.Customer.create(
        email="jenny.rosen@example.com",
        description="docs example customer",
    )


if __name__ == "__main__":
    print(create_test_customer().id)
'''
        return 'examples/stripe_quickstart.py', 'python', txt, 'stripe', 'doc_example'
    txt = '''// Example from the AWS SDK docs; credentials are the documented placeholders.
const { S3Client } = require("@aws-sdk/client-s3");

const client = new S3Client({
  region: "us-west-2",
  credentials: {
    accessKeyId: "AKIAIOSFODNN7EXAMPLE",
    secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  },
});

module.exports = { client };
'''
    return 'examples/s3-client.js', 'js', txt, 'aws', 'doc_example'


@neg('oauth_client_id_only', 1)
def n_clientid():
    txt = T('''{
  "web": {
    "client_id": "@cid@.apps.googleusercontent.com",
    "project_id": "@p@",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "redirect_uris": [
      "http://localhost:8080/oauth2/callback",
      "https://@a@.@co@.com/oauth2/callback"
    ],
    "javascript_origins": [
      "http://localhost:8080",
      "https://@a@.@co@.com"
    ]
  }
}
''', cid='%d-%s' % (R.randint(10 ** 11, 10 ** 12), rs(LO + DG, 32)), p='%s-%s' % (comp(), app()), a=app(), co=comp())
    return 'config/oauth_client_public.json', 'json', txt, 'google', 'public_client_id'


@neg('wp_config_sample', 0.7)
def n_wpsample():
    salts = '\n'.join("define( '%s', 'put your unique phrase here' );" % k for k in
                      ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'])
    txt = '''<?php
/**
 * The base configuration for WordPress (sample)
 */
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8' );
define( 'DB_COLLATE', '' );

%s

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''' % salts
    return 'wp-config-sample.php', 'php', txt, 'none', 'placeholder'


@neg('masked_ci_log', 1.2)
def n_maskedlog():
    a = app()
    lines = ['2024-%02d-%02dT%02d:%02d:%02d.%07dZ ##[group]Run ./deploy.sh' % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 9999999))]
    for l in ['env:', '  GITHUB_TOKEN: ***', '  STRIPE_SECRET_KEY: ***', '  DB_PASSWORD: ***', '  AWS_ACCESS_KEY_ID: ***', '  AWS_SECRET_ACCESS_KEY: ***',
              '##[endgroup]', 'Deploying %s to %s' % (a, env()), 'Using token ghp_****************************%s' % rs(AN, 4),
              'Connecting to postgres://%s:********@%s:5432/%s' % (a, host(), a), 'Authorization: Bearer [REDACTED]',
              'Uploaded artifact sha256:%s' % rs(HEX, 64), 'Deployment %s finished in %ds' % (ruuid(), R.randint(20, 300))]:
        lines.append('2024-01-01T00:00:%02d.%07dZ %s' % (R.randint(0, 59), R.randint(0, 9999999), l))
    return 'ci-logs/deploy-%d.log' % R.randint(1000, 99999), 'log', '\n'.join(lines) + '\n', 'none', 'masked'


@neg('kubeconfig_exec', 1)
def n_kubeexec():
    name = 'arn:aws:eks:%s:%d:cluster/%s' % (region(), R.randint(10 ** 11, 10 ** 12 - 1), app())
    txt = T('''apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: @ca@
    server: https://@h@.gr7.@r@.eks.amazonaws.com
  name: @n@
contexts:
- context:
    cluster: @n@
    user: @n@
  name: @n@
current-context: @n@
kind: Config
preferences: {}
users:
- name: @n@
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args:
      - --region
      - @r@
      - eks
      - get-token
      - --cluster-name
      - @a@
''', ca=b64(fake_cert('kubernetes').encode() + b'\n'), h=rs('0123456789ABCDEF', 32), r=region(), n=name, a=app())
    return 'kubeconfig.yaml', 'yaml', txt, 'kubernetes', 'exec_plugin'


@neg('gcp_external_account', 0.8)
def n_wif():
    proj = R.randint(10 ** 11, 10 ** 12 - 1)
    d = {"type": "external_account", "audience": "//iam.googleapis.com/projects/%d/locations/global/workloadIdentityPools/github/providers/github" % proj,
         "subject_token_type": "urn:ietf:params:oauth:token-type:jwt", "token_url": "https://sts.googleapis.com/v1/token",
         "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/deployer@%s-%s.iam.gserviceaccount.com:generateAccessToken" % (comp(), env()),
         "credential_source": {"file": "/var/run/secrets/tokens/gcp-ksa/token", "format": {"type": "text"}}}
    return 'gcp/wif-credential-config.json', 'json', json.dumps(d, indent=2) + '\n', 'google', 'workload_identity_config'


@neg('code_env_lookup', 2)
def n_codeenv():
    a = app()
    if chance(0.5):
        txt = T('''import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str = os.environ["DATABASE_URL"]
    db_password: str = os.getenv("DB_PASSWORD", "")
    stripe_secret_key: str = os.environ.get("STRIPE_SECRET_KEY", "")
    github_token: str | None = os.getenv("GITHUB_TOKEN")
    aws_secret_access_key: str | None = os.getenv("AWS_SECRET_ACCESS_KEY")
    password_min_length: int = int(os.getenv("PASSWORD_MIN_LENGTH", "12"))
    token_ttl_seconds: int = 3600


settings = Settings()


def redacted():
    return {k: ("***" if any(s in k for s in ("password", "secret", "token", "key")) else v)
            for k, v in settings.__dict__.items()}
''')
        return '%s/settings.py' % a, 'python', txt, 'none', 'env_lookup'
    txt = T('''import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z.string().url(),
  DB_PASSWORD: z.string().min(1),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
  OPENAI_API_KEY: z.string().startsWith('sk-'),
  GITHUB_TOKEN: z.string().regex(/^gh[pousr]_[A-Za-z0-9]{36}$/),
  AWS_ACCESS_KEY_ID: z.string().regex(/^AKIA[0-9A-Z]{16}$/),
  JWT_SECRET: z.string().min(32),
  PORT: z.coerce.number().default(3000),
});

export const env = schema.parse(process.env);
export type Env = z.infer<typeof schema>;
''')
    return 'src/env.ts', 'ts', txt, 'none', 'env_lookup'


# ============================================================================
NO_TOP_COMMENT = ('json', 'ipynb', 'pem', 'lock', 'gosum', 'snapshot', 'sln', 'log', 'text', 'gitconfig', 'css', 'html')


def decorate(path, ft, text, needle):
    """add non-ASCII / plain comments at a safe spot, pad short files, CRLF sometimes."""
    lines = text.split('\n')
    c = cmt(ft, rcomment()) if ft not in NO_TOP_COMMENT else None
    first = lines[0] if lines else ''
    skip = 1 if (first.startswith('#!') or first.startswith('<?') or first.startswith('# syntax=') or first.startswith('@echo')
                 or first.startswith('#Requires') or first.startswith('#cloud-config') or first.startswith('$ANSIBLE_VAULT')
                 or first.startswith('// Code generated') or first.startswith('{{-')) else 0
    if first.startswith('$ANSIBLE_VAULT') or ft == 'batch':
        c = None
    if c and chance(0.18):
        lines.insert(skip, c)
    if c:
        while len([l for l in lines if l.strip() or True]) < 11:
            lines.insert(skip, cmt(ft, ch(PLAIN_COMMENTS)))
    text = '\n'.join(lines)
    if '\r\n' not in text and chance(0.08) and ft not in ('shell',):
        text = text.replace('\n', '\r\n')
        if needle:
            needle = needle.replace('\n', '\r\n')
    return text, needle


def pick_ctx():
    return R.choices(CTX, [x[3] for x in CTX])[0]


def main():
    global R
    if len(sys.argv) != 3:
        print(__doc__.split('\n')[2]); sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    NPOS, NNEG = 500, 500
    manifest, secrets = [], []
    problems = 0

    def write(rel, text):
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'w', encoding='utf-8', newline='') as f:
            f.write(text)

    i = 0
    while i < NPOS:
        name, fn, acc, w, opts = pick_ctx()
        c = make_cred(True, acc, opts)
        path, ft, text, nd = fn(c)
        nd = nd or c.needle
        if nd and nd not in text and c.cls == 'password':
            for alt in (c.extra.get('pw'), urllib.parse.quote(c.extra.get('pw') or '', safe='')):
                if alt and alt in text:
                    nd = alt
                    break
        text, nd = decorate(path, ft, text, nd)
        if not nd or nd not in text:
            problems += 1
            print('WARN needle missing', name, c.kind, file=sys.stderr)
            continue
        rel = 'pos/p%04d/%s' % (i, path)
        write(rel, text)
        m = {"file": rel, "label": "pos", "provider": c.provider, "kind": c.kind, "filetype": ft, "context": name}
        manifest.append(m)
        s = {"file": rel, "needle": nd}
        if '\n' in nd:
            s["needle_first_line"] = nd.split('\n')[0].rstrip('\r')
        comp_ = [p['val'] for p in c.pairs if p['role'] == 'sens' and p['val'] in text]
        if comp_:
            s["companions"] = comp_
        secrets.append(s)
        i += 1

    i = 0
    while i < NNEG:
        if chance(0.55):
            name, fn, acc, w, opts = pick_ctx()
            c = make_cred(False, acc, opts)
            path, ft, text, nd = fn(c)
            text, _ = decorate(path, ft, text, None)
            leaked = [p['val'] for p in c.pairs if p['role'] != 'plain' and len(p['val']) >= 6 and p['val'] in text and c.used != 'local_dev_default']
            if c.used != 'local_dev_default' and c.extra.get('pw') and c.extra.get('negpw') != c.extra['pw'] and len(c.extra['pw']) >= 6:
                if c.extra['pw'] in text or urllib.parse.quote(c.extra['pw'], safe='') in text:
                    leaked.append(c.extra['pw'])
            if leaked:
                problems += 1
                print('WARN neg leaked real value', name, c.kind, c.style, file=sys.stderr)
                continue
            prov, kind = c.provider, c.used or c.style
        else:
            name, fn, w = R.choices(NEG, [x[2] for x in NEG])[0]
            path, ft, text, prov, kind = fn()
            text, _ = decorate(path, ft, text, None)
        rel = 'neg/n%04d/%s' % (i, path)
        write(rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft, "context": name})
        i += 1

    with open(os.path.join(out, 'manifest.jsonl'), 'w') as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + '\n')
    with open(os.path.join(out, 'secrets.jsonl'), 'w') as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + '\n')
    if problems:
        print('regenerated %d samples' % problems, file=sys.stderr)


if __name__ == '__main__':
    main()
