#!/usr/bin/env python3
"""Blind evaluation-set generator "mr": secrets in PaaS manifests, task definitions
and deployment descriptors.

EMPHASIS
    Domain: application secrets (database / Redis / Mongo / AMQP URLs with passwords,
    provider API keys, framework secret keys, JWT secrets, SMTP passwords, OAuth client
    secrets, private keys), registry credentials and platform deploy tokens written into
    PaaS descriptors.  Platforms: Cloud Foundry (manifest.yml env, vars files,
    VCAP_SERVICES dumps, `cf cups -p`, `cf set-env`, .profile), AWS ECS task definitions
    (JSON, CloudFormation, Terraform), Elastic Beanstalk (.ebextensions, saved configs,
    Dockerrun.aws.json, `eb setenv`), Marathon/DC/OS, Heroku (app.json, heroku.yml,
    `heroku config:set`, Terraform), Google App Engine app.yaml, Cloud Run / Knative YAML,
    `gcloud run deploy`, Azure App Service (settings export, ARM, Bicep, `az webapp`,
    publish profiles, local.settings.json), Azure Container Apps, Fly.io (fly.toml,
    `fly secrets set`), Render render.yaml and deploy hooks, Railway, DigitalOcean App
    Platform spec, Dokku, CapRover, OpenShift templates, Nomad (HCL and JSON), Docker
    Swarm stacks, Porter, Koyeb, Northflank, Kamal config/deploy.yml, GitHub Actions /
    GitLab CI / Azure Pipelines calling the platform CLIs, Makefiles, Markdown runbooks,
    docker config.json.
    File types: YAML, JSON, TOML, HCL, Bicep, XML, shell, Markdown, .env (<= 1 in 20).

USAGE
    python3 -B gen_mr.py OUTDIR SEED
    -> OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
       OUTDIR/manifest.jsonl, OUTDIR/secrets.jsonl.  Deterministic per SEED.

NEEDLE CONVENTIONS
    Value as written, without quotes; prefixed keys keep their prefix (ghp_, glpat-,
    sk_live_, SG., xoxb-, dop_v1_, rnd_, npm_, dckr_pat_, shpat_, hvs., "base64:" of
    Laravel keys ...).  URLs with credentials: the password only (also Cloudinary URL:
    the api secret).  Webhook URLs without user info (Slack): the whole URL.  Render deploy
    hook: the `key` query value.  Connection strings (Azure AccountKey= / SharedAccessKey=):
    the key only.  Fly tokens: the `fm2_...` part after the "FlyV1 " scheme.  docker
    config.json: the base64 `auth` value.  PEM private keys: the first base64 line of the
    body.  Passwords: the password itself.  Line = 1-based line of the first occurrence.

NEGATIVES
    ~Half re-use positive templates with the secret slot holding a non-secret:
    placeholders (English and German/French/Spanish/Portuguese/Dutch ones), empty values,
    masked values, references of the domain's tools (ECS valueFrom ARNs, secretKeyRef,
    @Microsoft.KeyVault(...), ARM [parameters()]/listKeys(), Bicep listKeys(),
    ${{ secrets.X }}, ((credhub)) vars, $(VAR), ${VAR}, Nomad vault templates,
    render.yaml generateValue/sync:false, DO EV[...] encrypted values, Heroku app.json
    generator: secret, OpenShift generate: expression, `cf cups -p "user, password"`
    prompts), documented example values (AWS EXAMPLE keys, Slack "not-a-real-token"),
    and public values (publishable keys, client ids, account SIDs).
    The other half are look-alikes: image digests, git SHAs, build/release/app/instance
    GUIDs, ARNs, resource ids, artifact checksums, SRI hashes, SSH host fingerprints and
    public keys, certificates, JWKS moduli, sops ciphertext, DO encrypted values,
    VAPID/recaptcha/posthog public keys, version strings.

FORMATS CHECKED (from memory of providers' public docs/SDKs; no scanner material used)
    AWS AKIA + 16 base32 chars id / 40-char secret; GitHub ghp_ 30 base62 + 6-char CRC32
    (base62) checksum, github_pat_ 22_59; npm_ same checksum scheme; GitLab glpat- 20;
    Slack xoxb-digits-digits-24; Stripe sk_live_/rk_live_; SendGrid SG.22.43; Twilio
    AC/SK + 32 hex, auth token 32 hex; Mailgun key-32hex; Google AIza+35, GOCSPX-+28;
    Azure AD secret 40 chars with "Q~" at index 3-4; Azure storage key 88 base64;
    Service Bus SharedAccessKey 44 base64; Django 50 chars from its alphabet; Rails 128
    hex; Laravel base64:32 bytes; Datadog 32 hex; New Relic ...NRAL 40; Docker Hub
    dckr_pat_; DigitalOcean dop_v1_ 64 hex; Shopify shpat_ 32 hex; Mapbox sk.<b64 json>.;
    SES SMTP password 44 chars starting with "B"; PlanetScale pscale_pw_; Doppler
    dp.st.<env>.; Anthropic sk-ant-api03-...AA; Telegram <digits>:AA...; CloudAMQP and
    Heroku Postgres URL shapes; DO App Platform EV[1:...] encrypted values; CF
    credhub-ref; Azure App Service Key Vault reference syntax.
DOUBTS
    GitHub/npm checksum details (CRC32 over the 30 random chars, base62 alphabet order
    0-9A-Za-z) guessed; OpenAI sk-proj- total length; Render rnd_ length (32); Fly fm2_
    macaroon body lengths; Vault hvs. body length; Render deploy hook key length; Koyeb
    token shape (64 alnum guessed); Heroku API keys written as UUIDs (older style).
"""
import base64
import hashlib
import json
import os
import random
import re
import sys
import uuid
import zlib

UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
LO = 'abcdefghijklmnopqrstuvwxyz'
DG = '0123456789'
AN = UP + LO + DG
B64 = AN + '+/'
B64U = AN + '-_'
HEX = '0123456789abcdef'
B32 = UP + '234567'
B62 = DG + UP + LO


def rs(r, alpha, n):
    return ''.join(r.choice(alpha) for _ in range(n))


def ruuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def b64(r, nbytes, url=False):
    raw = bytes(r.getrandbits(8) for _ in range(nbytes))
    return (base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)).decode()


def base62(n):
    s = ''
    while n:
        n, d = divmod(n, 62)
        s = B62[d] + s
    return s or '0'


def checksummed(r, prefix):
    body = rs(r, AN, 30)
    return prefix + body + base62(zlib.crc32(body.encode())).rjust(6, '0')


def password(r, urlsafe=False):
    style = r.randrange(4)
    sym = '-_.~' if urlsafe else '!%*-_.+=^~@'
    if style == 0:
        n = r.randint(16, 28)
        s = list(rs(r, AN, n))
        for _ in range(r.randint(1, 3)):
            s[r.randrange(n)] = r.choice(sym)
        return ''.join(s)
    if style == 1:
        words = ['Falcon', 'river', 'Tango', 'Kestrel', 'maple', 'Orbit', 'cobalt', 'Nimbus',
                 'Sonne', 'Lupo', 'Bravo', 'granit', 'Velvet', 'quartz', 'Zephyr', 'Mosaik']
        w = r.sample(words, 2)
        return (w[0] + r.choice(sym) + w[1] + str(r.randint(10, 9999)) + r.choice(sym)
                + rs(r, AN, r.randint(3, 6)))
    if style == 2:
        return rs(r, AN, r.randint(20, 32))
    s = rs(r, LO + DG, 6) + '-' + rs(r, AN, 6) + '-' + rs(r, LO + UP, 6)
    return s if urlsafe else s + r.choice('!%*+')


def pick(r, xs):
    return r.choice(xs)


# ---------------------------------------------------------------- secret kinds
class S:
    def __init__(self, provider, kind, key, value, needle=None, comps=(), ml=False,
                 public=None, example=None, ph=None, group='app', fields=None):
        self.provider, self.kind, self.key, self.value = provider, kind, key, value
        self.needle = needle if needle is not None else value
        self.comps = list(comps)      # (key, value, safe_in_negative)
        self.ml = ml
        self.public = public          # public look-alike value for negatives
        self.example = example        # documented example value
        self.ph = ph or []            # kind specific placeholders
        self.group = group
        self.fields = fields or {}    # for VCAP-style credential blocks


def host_aws(r):
    return 'ec2-%d-%d-%d-%d.compute-1.amazonaws.com' % (r.randint(3, 54), r.randint(0, 255),
                                                       r.randint(0, 255), r.randint(1, 254))


def k_postgres(r):
    v = r.randrange(5)
    if v == 0:
        user, pw = 'u' + rs(r, LO + DG, 13), 'p' + rs(r, HEX, 64)
        host, db, port = host_aws(r), 'd' + rs(r, LO + DG, 13), 5432
    elif v == 1:
        user, pw = pick(r, ['app', 'api_user', 'billing', 'orders_rw']), password(r, True)
        host = '%s-db.%s.%s.rds.amazonaws.com' % (pick(r, ['prod', 'main', 'core']), rs(r, LO + DG, 12),
                                                 pick(r, ['eu-west-1', 'us-east-1', 'ap-southeast-2']))
        db, port = pick(r, ['app_production', 'orders', 'core']), 5432
    elif v == 2:
        user, pw = pick(r, ['shop', 'app', 'api']) + '_user', rs(r, AN, 32)
        host = 'dpg-%s-a.%s-postgres.render.com' % (rs(r, LO + DG, 20), pick(r, ['oregon', 'frankfurt', 'ohio']))
        db, port = pick(r, ['shop_db', 'app_prod', 'api']), 5432
    elif v == 3:
        user, pw = 'postgres', rs(r, AN, 16)
        host, db, port = pick(r, ['myapp-db.flycast', 'myapp-db.internal']), 'myapp', 5432
    else:
        user, pw = pick(r, ['pgadmin', 'webapp', 'svc_api']), password(r, True)
        host = '%s.postgres.database.azure.com' % pick(r, ['contoso-prod-pg', 'shop-flex-pg', 'acme-db01'])
        db, port = pick(r, ['webapp', 'inventory']), 5432
    scheme = pick(r, ['postgres', 'postgresql'])
    url = '%s://%s:%s@%s:%d/%s' % (scheme, user, pw, host, port, db)
    if r.random() < 0.3:
        url += '?sslmode=require'
    key = pick(r, ['DATABASE_URL', 'DATABASE_URL', 'DB_URL', 'POSTGRES_URL', 'PG_URL', 'HEROKU_POSTGRESQL_AMBER_URL'])
    return S('postgres', 'database_url', key, url, pw, ph=[
        '%s://%s:<password>@%s:%d/%s' % (scheme, user, host, port, db),
        'postgres://postgres:postgres@localhost:5432/app_dev',
        '%s://%s:${DB_PASSWORD}@%s:%d/%s' % (scheme, user, host, port, db),
        '%s://%s@%s:%d/%s' % (scheme, user, host, port, db)],
        fields=dict(hostname=host, port=port, name=db, username=user, password=pw, uri=url))


def k_mysql(r):
    if r.random() < 0.5:
        user, pw = 'b' + rs(r, HEX, 14), rs(r, HEX, 8)
        host, db = 'us-cdbr-east-0%d.cleardb.com' % r.randint(2, 6), 'heroku_' + rs(r, HEX, 15)
        url = 'mysql://%s:%s@%s/%s?reconnect=true' % (user, pw, host, db)
    else:
        user, pw = rs(r, LO + DG, 12), 'pscale_pw_' + rs(r, B64U, 43)
        host, db = 'aws.connect.psdb.cloud', pick(r, ['shop', 'crm', 'ledger'])
        url = 'mysql://%s:%s@%s/%s?ssl={"rejectUnauthorized":true}' % (user, pw, host, db)
        url = url.replace('?ssl={"rejectUnauthorized":true}', '?sslaccept=strict')
    key = pick(r, ['DATABASE_URL', 'CLEARDB_DATABASE_URL', 'MYSQL_URL', 'JAWSDB_URL'])
    return S('mysql', 'database_url', key, url, pw,
             ph=['mysql://user:pass@localhost:3306/app', 'mysql://%s:****@%s/%s' % (user, host, db)],
             fields=dict(hostname=host, port=3306, name=db, username=user, password=pw, uri=url))


def k_redis(r):
    v = r.randrange(4)
    if v == 0:
        pw = 'p' + rs(r, HEX, 64)
        url = 'rediss://:%s@%s:%d' % (pw, host_aws(r), r.randint(10000, 32000))
    elif v == 1:
        pw = rs(r, AN, 34)
        url = 'rediss://default:%s@%s-%s-%d.upstash.io:6379' % (pw, pick(r, ['fond', 'eager', 'quiet', 'prime']),
                                                              pick(r, ['lynx', 'otter', 'heron']), r.randint(10000, 99999))
    elif v == 2:
        pw = rs(r, AN, 32)
        url = 'redis://default:%s@redis-%d.c%d.us-east-1-4.ec2.cloud.redislabs.com:%d' % (
            pw, r.randint(10000, 19999), r.randint(1, 300), r.randint(10000, 19999))
    else:
        pw = password(r, True)
        url = 'rediss://:%s@%s.redis.cache.windows.net:6380/0' % (pw, pick(r, ['contoso-cache', 'shop-redis']))
    key = pick(r, ['REDIS_URL', 'REDIS_TLS_URL', 'CACHE_URL', 'CELERY_BROKER_URL', 'UPSTASH_REDIS_URL'])
    return S('redis', 'redis_url', key, url, pw,
             ph=['redis://localhost:6379/0', 'redis://:changeme@redis:6379', 'rediss://:<password>@cache:6380'],
             fields=dict(host=url.split('@')[1].split(':')[0], port=6379, password=pw, uri=url))


def k_mongo(r):
    user, pw = pick(r, ['appUser', 'admin', 'svc-api', 'reporting']), password(r, True)
    cl = 'cluster%d.%s.mongodb.net' % (r.randint(0, 3), rs(r, LO + DG, 5))
    url = 'mongodb+srv://%s:%s@%s/%s?retryWrites=true&w=majority' % (user, pw, cl, pick(r, ['app', 'prod', 'events']))
    return S('mongodb', 'database_url', pick(r, ['MONGODB_URI', 'MONGO_URL', 'MONGO_URI']), url, pw,
             ph=['mongodb://localhost:27017/app', 'mongodb+srv://<username>:<password>@%s/app' % cl],
             fields=dict(uri=url, username=user, password=pw))


def k_amqp(r):
    user = rs(r, LO, 8)
    pw = rs(r, B64U, 32)
    url = 'amqps://%s:%s@%s.rmq.cloudamqp.com/%s' % (user, pw, pick(r, ['hawk', 'rattlesnake', 'goose', 'kangaroo']), user)
    return S('cloudamqp', 'amqp_url', pick(r, ['CLOUDAMQP_URL', 'RABBITMQ_URL', 'AMQP_URL', 'BROKER_URL']), url, pw,
             ph=['amqp://guest:guest@localhost:5672/'], fields=dict(uri=url, username=user, password=pw))


def k_dbpass(r):
    pw = password(r)
    key = pick(r, ['DB_PASSWORD', 'DATABASE_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_PASSWORD', 'PGPASSWORD',
                   'DB_PASSWORT', 'DATENBANK_PASSWORT', 'MOT_DE_PASSE_BDD', 'CONTRASENA_DB', 'SENHA_BANCO',
                   'dbPassword', 'SPRING_DATASOURCE_PASSWORD'])
    host = pick(r, ['db.internal', 'orders-db.cluster-%s.eu-central-1.rds.amazonaws.com' % rs(r, LO + DG, 12),
                    'pg-main.svc', 'mysql.prod.local'])
    return S('generic', 'password', key, pw, comps=[('DB_HOST', host, True), ('DB_USER', pick(r, ['app', 'api_rw', 'webuser']), True)],
             ph=['changeme', 'postgres', 'geheim', 'motdepasse'], fields=dict(hostname=host, username='app', password=pw))


def k_aws(r):
    kid = 'AKIA' + rs(r, B32, 16)
    sec = rs(r, B64, 40)
    return S('aws', 'aws_secret_key', 'AWS_SECRET_ACCESS_KEY', sec,
             comps=[('AWS_ACCESS_KEY_ID', kid, False), ('AWS_REGION', pick(r, ['us-east-1', 'eu-west-1', 'eu-central-1']), True)],
             example='wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', fields=dict(access_key_id=kid, secret_access_key=sec))


def k_github(r):
    if r.random() < 0.7:
        v = checksummed(r, 'ghp_')
    else:
        v = 'github_pat_' + rs(r, AN, 22) + '_' + rs(r, AN, 59)
    return S('github', 'github_token', pick(r, ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT', 'GH_PACKAGES_TOKEN', 'BUNDLE_GITHUB__COM']),
             v, ph=['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '<github-token>'])


def k_gitlab(r):
    v = 'glpat-' + rs(r, B64U, 20)
    return S('gitlab', 'gitlab_token', pick(r, ['GITLAB_TOKEN', 'GITLAB_API_TOKEN', 'GL_TOKEN']), v,
             ph=['glpat-xxxxxxxxxxxxxxxxxxxx'])


def k_slack(r):
    if r.random() < 0.6:
        v = 'xoxb-%d-%d-%s' % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 11, 10 ** 13), rs(r, AN, 24))
        return S('slack', 'slack_bot_token', pick(r, ['SLACK_BOT_TOKEN', 'SLACK_TOKEN', 'slackBotToken']), v,
                 example='xoxb-not-a-real-token-this-will-not-work', ph=['xoxb-your-token'])
    v = 'https://hooks.slack.com/services/T%s/B%s/%s' % (rs(r, UP + DG, 8), rs(r, UP + DG, 10), rs(r, AN, 24))
    return S('slack', 'slack_webhook', pick(r, ['SLACK_WEBHOOK_URL', 'SLACK_WEBHOOK', 'ALERTS_WEBHOOK_URL']), v,
             ph=['https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX'])


def k_stripe(r):
    p = pick(r, ['sk_live_', 'sk_live_', 'rk_live_'])
    v = p + (rs(r, AN, 24) if r.random() < 0.4 else '51' + rs(r, AN, 97))
    pub = 'pk_live_51' + rs(r, AN, 97)
    return S('stripe', 'stripe_secret_key', pick(r, ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY', 'STRIPE_SECRET', 'stripeSecretKey']),
             v, public=('STRIPE_PUBLISHABLE_KEY', pub), ph=['sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'sk_live_...'])


def k_sendgrid(r):
    v = 'SG.' + rs(r, B64U, 22) + '.' + rs(r, B64U, 43)
    return S('sendgrid', 'sendgrid_api_key', pick(r, ['SENDGRID_API_KEY', 'SMTP_PASSWORD', 'EMAIL_HOST_PASSWORD']), v,
             comps=[('SMTP_HOST', 'smtp.sendgrid.net', True), ('SMTP_USER', 'apikey', True)], ph=['SG.xxxxxxxx.yyyyyyyy'])


def k_twilio(r):
    return S('twilio', 'twilio_auth_token', 'TWILIO_AUTH_TOKEN', rs(r, HEX, 32),
             comps=[('TWILIO_ACCOUNT_SID', 'AC' + rs(r, HEX, 32), True)], public=('TWILIO_ACCOUNT_SID', 'AC' + rs(r, HEX, 32)),
             ph=['your_auth_token'])


def k_mailgun(r):
    v = 'key-' + rs(r, HEX, 32) if r.random() < 0.5 else rs(r, HEX, 32) + '-' + rs(r, HEX, 8) + '-' + rs(r, HEX, 8)
    return S('mailgun', 'mailgun_api_key', pick(r, ['MAILGUN_API_KEY', 'MAILGUN_KEY']), v,
             comps=[('MAILGUN_DOMAIN', pick(r, ['mg.example-shop.com', 'mail.acme.io']), True)], ph=['key-xxxxxxxxxxxxxxxx'])


def k_openai(r):
    if r.random() < 0.7:
        v = 'sk-proj-' + rs(r, B64U, 74) + 'T3BlbkFJ' + rs(r, B64U, 74)
    else:
        v = 'sk-' + rs(r, AN, 20) + 'T3BlbkFJ' + rs(r, AN, 20)
    return S('openai', 'openai_api_key', pick(r, ['OPENAI_API_KEY', 'OPENAI_KEY']), v, ph=['sk-...', 'sk-proj-REPLACE_ME'])


def k_anthropic(r):
    return S('anthropic', 'anthropic_api_key', 'ANTHROPIC_API_KEY', 'sk-ant-api03-' + rs(r, B64U, 93) + 'AA', ph=['sk-ant-...'])


def k_google(r):
    return S('google', 'google_api_key', pick(r, ['GOOGLE_MAPS_API_KEY', 'GOOGLE_API_KEY', 'GEOCODING_API_KEY']),
             'AIza' + rs(r, B64U, 35), ph=['AIza...'])


def k_gocspx(r):
    cid = '%d-%s.apps.googleusercontent.com' % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, LO + DG, 32))
    return S('google', 'oauth_client_secret', pick(r, ['GOOGLE_CLIENT_SECRET', 'GOOGLE_OAUTH_CLIENT_SECRET', 'OAUTH_CLIENT_SECRET']),
             'GOCSPX-' + rs(r, B64U, 28), comps=[('GOOGLE_CLIENT_ID', cid, True)], public=('GOOGLE_CLIENT_ID', cid),
             ph=['GOCSPX-xxxxxxxxxxxxxxxx'])


def k_ghoauth(r):
    cid = 'Ov23li' + rs(r, AN, 14) if r.random() < 0.5 else 'Iv1.' + rs(r, HEX, 16)
    return S('github', 'oauth_client_secret', pick(r, ['GITHUB_CLIENT_SECRET', 'GH_OAUTH_SECRET', 'AUTH_GITHUB_SECRET']),
             rs(r, HEX, 40), comps=[('GITHUB_CLIENT_ID', cid, True)], public=('GITHUB_CLIENT_ID', cid))


def k_azuread(r):
    v = rs(r, AN, 3) + r.choice(DG) + 'Q~' + rs(r, AN + '_.~-', 34)
    return S('azure', 'azure_ad_client_secret', pick(r, ['AZURE_CLIENT_SECRET', 'AzureAd__ClientSecret', 'AAD_CLIENT_SECRET']), v,
             comps=[('AZURE_CLIENT_ID', ruuid(r), True), ('AZURE_TENANT_ID', ruuid(r), True)],
             public=('AZURE_CLIENT_ID', ruuid(r)))


def k_azstorage(r):
    acct = pick(r, ['contosoprodsa', 'shopassets01', 'acmelogsstore', 'stwebappprod'])
    key = b64(r, 64)
    cs = 'DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net' % (acct, key)
    return S('azure', 'azure_storage_key', pick(r, ['AZURE_STORAGE_CONNECTION_STRING', 'AzureWebJobsStorage', 'STORAGE_CONNECTION']),
             cs, key, ph=['UseDevelopmentStorage=true',
                          'DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=<key>;EndpointSuffix=core.windows.net' % acct])


def k_azsb(r):
    ns = pick(r, ['contoso-orders', 'acme-events', 'shop-bus'])
    key = b64(r, 32)
    cs = 'Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s' % (ns, key)
    return S('azure', 'azure_servicebus_key', pick(r, ['SERVICEBUS_CONNECTION', 'ServiceBusConnection', 'EVENTHUB_CONNECTION_STRING']),
             cs, key, ph=['Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=***' % ns])


def k_django(r):
    return S('django', 'framework_secret_key', pick(r, ['DJANGO_SECRET_KEY', 'SECRET_KEY']),
             rs(r, LO + DG + '!@%^&*(-_=+)', 50), ph=['django-insecure-change-me', 'dev-secret'])


def k_rails(r):
    return S('rails', 'framework_secret_key', pick(r, ['SECRET_KEY_BASE', 'RAILS_MASTER_KEY']), rs(r, HEX, 128), ph=['<secret_key_base>'])


def k_railsmaster(r):
    return S('rails', 'rails_master_key', 'RAILS_MASTER_KEY', rs(r, HEX, 32))


def k_laravel(r):
    return S('laravel', 'framework_secret_key', 'APP_KEY', 'base64:' + b64(r, 32), ph=['base64:', 'SomeRandomString'])


def k_jwt(r):
    v = pick(r, [lambda: rs(r, HEX, 64), lambda: b64(r, 48), lambda: rs(r, AN, 40)])()
    return S('generic', 'jwt_secret', pick(r, ['JWT_SECRET', 'JWT_SIGNING_KEY', 'AUTH_SECRET', 'SESSION_SECRET', 'NEXTAUTH_SECRET',
                                               'COOKIE_SECRET', 'jwtSecret', 'JWT_GEHEIMNIS']), v,
             ph=['supersecret', 'change-this-in-production', 'jwt-secret-here'])


def k_smtp(r):
    pw = password(r)
    return S('generic', 'smtp_password', pick(r, ['SMTP_PASSWORD', 'SMTP_PASS', 'MAIL_PASSWORD', 'EMAIL_HOST_PASSWORD',
                                                  'SMTP_PASSWORT', 'MOT_DE_PASSE_SMTP', 'SENHA_SMTP']), pw,
             comps=[('SMTP_HOST', pick(r, ['smtp.office365.com', 'smtp.gmail.com', 'mail.acme-gmbh.de', 'smtp.mailgun.org']), True),
                    ('SMTP_USERNAME', pick(r, ['noreply@acme-gmbh.de', 'alerts@shop.example.com', 'postmaster@mg.acme.io']), True)])


def k_ses(r):
    return S('aws', 'ses_smtp_password', pick(r, ['SMTP_PASSWORD', 'SES_SMTP_PASSWORD', 'MAIL_PASSWORD']), 'B' + rs(r, B64, 43),
             comps=[('SMTP_HOST', 'email-smtp.eu-west-1.amazonaws.com', True), ('SMTP_USER', 'AKIA' + rs(r, B32, 16), False)])


def k_datadog(r):
    return S('datadog', 'datadog_api_key', pick(r, ['DD_API_KEY', 'DATADOG_API_KEY']), rs(r, HEX, 32),
             comps=[('DD_SITE', pick(r, ['datadoghq.com', 'datadoghq.eu']), True)], ph=['<DATADOG_API_KEY>'])


def k_newrelic(r):
    return S('newrelic', 'newrelic_license_key', 'NEW_RELIC_LICENSE_KEY', rs(r, HEX, 36) + 'NRAL',
             comps=[('NEW_RELIC_APP_NAME', 'web-prod', True)], ph=['<your license key>'])


def k_dockerhub(r):
    return S('docker', 'registry_token', pick(r, ['DOCKERHUB_TOKEN', 'DOCKER_PASSWORD', 'REGISTRY_PASSWORD', 'CF_DOCKER_PASSWORD']),
             'dckr_pat_' + rs(r, B64U, 27), comps=[('DOCKER_USERNAME', pick(r, ['acmeci', 'shopdeploy', 'jdoe']), True)],
             group='any')


def k_registry(r):
    c = r.randrange(4)
    if c == 0:
        v, host = 'dckr_pat_' + rs(r, B64U, 27), 'https://index.docker.io/v1/'
    elif c == 1:
        v, host = checksummed(r, 'ghp_'), 'ghcr.io'
    elif c == 2:
        v, host = 'gldt-' + rs(r, B64U, 20), 'registry.gitlab.com'
    else:
        v, host = rs(r, UP + DG, 64), 'quay.io'
    return S('registry', 'registry_credential', pick(r, ['REGISTRY_PASSWORD', 'DOCKER_PASSWORD', 'CF_DOCKER_PASSWORD']), v,
             comps=[('REGISTRY_USERNAME', pick(r, ['deploy-bot', 'acme+ci_robot', 'shop-ci']), True), ('REGISTRY', host, True)],
             group='registry', fields=dict(registry=host))


def k_heroku(r):
    return S('heroku', 'platform_token', 'HEROKU_API_KEY', ruuid(r), comps=[('HEROKU_EMAIL', 'deploy@acme.io', True)], group='deploy')


def k_fly(r):
    tok = 'fm2_lJPE' + rs(r, B64, 150) + '==,fm2_lJPE' + rs(r, B64, 170) + '='
    return S('flyio', 'platform_token', 'FLY_API_TOKEN', 'FlyV1 ' + tok, tok, group='deploy')


def k_do(r):
    return S('digitalocean', 'platform_token', pick(r, ['DIGITALOCEAN_ACCESS_TOKEN', 'DO_TOKEN']), 'dop_v1_' + rs(r, HEX, 64), group='deploy')


def k_render(r):
    return S('render', 'platform_token', 'RENDER_API_KEY', 'rnd_' + rs(r, AN, 32), group='deploy')


def k_renderhook(r):
    k = rs(r, B64U, 11)
    url = 'https://api.render.com/deploy/srv-%s?key=%s' % (rs(r, LO + DG, 20), k)
    return S('render', 'deploy_hook', pick(r, ['RENDER_DEPLOY_HOOK_URL', 'RENDER_DEPLOY_HOOK']), url, k, group='deploy')


def k_railway(r):
    return S('railway', 'platform_token', pick(r, ['RAILWAY_TOKEN', 'RAILWAY_API_TOKEN']), ruuid(r), group='deploy')


def k_cfpass(r):
    return S('cloudfoundry', 'platform_password', pick(r, ['CF_PASSWORD', 'CF_PASS', 'PCF_PASSWORD']), password(r),
             comps=[('CF_USERNAME', pick(r, ['ci-deployer', 'svc-pipeline@acme.com']), True),
                    ('CF_API', pick(r, ['https://api.run.pivotal.io', 'https://api.sys.pcf.acme.internal', 'https://api.cf.eu10.hana.ondemand.com']), True)],
             group='deploy')


def k_nomad(r):
    return S('hashicorp', 'platform_token', pick(r, ['NOMAD_TOKEN', 'CONSUL_HTTP_TOKEN']), ruuid(r),
             comps=[('NOMAD_ADDR', 'https://nomad.service.dc1.acme.internal:4646', True)], group='deploy')


def k_vault(r):
    return S('hashicorp', 'vault_token', 'VAULT_TOKEN', 'hvs.CAESI' + rs(r, B64U, 86), group='deploy')


def k_koyeb(r):
    return S('koyeb', 'platform_token', 'KOYEB_TOKEN', rs(r, AN, 64), group='deploy')


def k_npm(r):
    return S('npm', 'npm_token', pick(r, ['NPM_TOKEN', 'NODE_AUTH_TOKEN']), checksummed(r, 'npm_'), group='any')


def k_shopify(r):
    return S('shopify', 'shopify_token', pick(r, ['SHOPIFY_ACCESS_TOKEN', 'SHOPIFY_ADMIN_TOKEN']), 'shpat_' + rs(r, HEX, 32),
             comps=[('SHOPIFY_SHOP', 'acme-store.myshopify.com', True)])


def k_mapbox(r):
    user = pick(r, ['acmemaps', 'jdoe', 'fleetco'])
    pay = base64.urlsafe_b64encode(json.dumps({'u': user, 'a': rs(r, LO + DG, 25)}, separators=(',', ':')).encode()).decode().rstrip('=')
    ppay = base64.urlsafe_b64encode(json.dumps({'u': user, 'a': rs(r, LO + DG, 25)}, separators=(',', ':')).encode()).decode().rstrip('=')
    return S('mapbox', 'mapbox_secret_token', 'MAPBOX_SECRET_TOKEN', 'sk.' + pay + '.' + rs(r, B64U, 22),
             public=('MAPBOX_ACCESS_TOKEN', 'pk.' + ppay + '.' + rs(r, B64U, 22)))


def k_telegram(r):
    return S('telegram', 'bot_token', pick(r, ['TELEGRAM_BOT_TOKEN', 'TG_TOKEN']), '%d:AA%s' % (r.randint(10 ** 9, 8 * 10 ** 9), rs(r, B64U, 33)))


def k_algolia(r):
    return S('algolia', 'algolia_admin_key', 'ALGOLIA_ADMIN_API_KEY', rs(r, HEX, 32),
             comps=[('ALGOLIA_APP_ID', rs(r, UP + DG, 10), True)], public=('ALGOLIA_SEARCH_ONLY_API_KEY', rs(r, HEX, 32)))


def k_pusher(r):
    return S('pusher', 'pusher_secret', 'PUSHER_SECRET', rs(r, HEX, 20),
             comps=[('PUSHER_APP_ID', str(r.randint(100000, 1999999)), True), ('PUSHER_KEY', rs(r, HEX, 20), True),
                    ('PUSHER_CLUSTER', pick(r, ['eu', 'mt1', 'ap2']), True)], public=('PUSHER_KEY', rs(r, HEX, 20)))


def k_cloudflare(r):
    return S('cloudflare', 'cloudflare_api_token', pick(r, ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN']), rs(r, B64U, 40),
             comps=[('CLOUDFLARE_ACCOUNT_ID', rs(r, HEX, 32), True)], group='any')


def k_linear(r):
    return S('linear', 'linear_api_key', 'LINEAR_API_KEY', 'lin_api_' + rs(r, AN, 40))


def k_postmark(r):
    return S('postmark', 'postmark_server_token', pick(r, ['POSTMARK_SERVER_TOKEN', 'POSTMARK_API_TOKEN']), ruuid(r))


def k_okta(r):
    return S('okta', 'okta_api_token', 'OKTA_API_TOKEN', '00' + rs(r, B64U, 40), comps=[('OKTA_ORG_URL', 'https://acme.okta.com', True)])


def k_auth0(r):
    cid = rs(r, AN, 32)
    return S('auth0', 'oauth_client_secret', 'AUTH0_CLIENT_SECRET', rs(r, B64U, 64),
             comps=[('AUTH0_DOMAIN', 'acme.eu.auth0.com', True), ('AUTH0_CLIENT_ID', cid, True)], public=('AUTH0_CLIENT_ID', rs(r, AN, 32)))


def k_supabase(r):
    ref = rs(r, LO, 20)
    hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip('=')
    pl = json.dumps({'iss': 'supabase', 'ref': ref, 'role': 'service_role', 'iat': r.randint(1650000000, 1720000000),
                     'exp': r.randint(1960000000, 2040000000)}, separators=(',', ':'))
    v = hdr + '.' + base64.urlsafe_b64encode(pl.encode()).decode().rstrip('=') + '.' + rs(r, B64U, 43)
    return S('supabase', 'service_role_key', 'SUPABASE_SERVICE_ROLE_KEY', v, comps=[('SUPABASE_URL', 'https://%s.supabase.co' % ref, True)])


def k_doppler(r):
    return S('doppler', 'doppler_token', 'DOPPLER_TOKEN', 'dp.st.%s.%s' % (pick(r, ['prd', 'stg', 'prod']), rs(r, AN, 43)), group='any')


def k_cloudinary(r):
    sec = rs(r, B64U, 27)
    return S('cloudinary', 'cloudinary_url', 'CLOUDINARY_URL', 'cloudinary://%d:%s@%s' % (r.randint(10 ** 14, 10 ** 15 - 1), sec,
                                                                                    pick(r, ['acme-media', 'dshop42'])), sec)


def k_pem(r):
    if r.random() < 0.7:
        pre = pick(r, ['MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ'])
        body, lab = pre + rs(r, B64, 1624 - len(pre)), 'PRIVATE KEY'
    else:
        pre = 'MIIEpAIBAAKCAQEA'
        body, lab = pre + rs(r, B64, 1588 - len(pre)), 'RSA PRIVATE KEY'
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    pem = '-----BEGIN %s-----\n%s\n-----END %s-----' % (lab, '\n'.join(lines), lab)
    return S('generic', 'private_key', pick(r, ['JWT_PRIVATE_KEY', 'SAML_SP_PRIVATE_KEY', 'GITHUB_APP_PRIVATE_KEY', 'APNS_PRIVATE_KEY',
                                                'SIGNING_KEY_PEM']), pem, lines[0], ml=True)


KINDS = [
    (k_postgres, 14), (k_mysql, 4), (k_redis, 9), (k_mongo, 5), (k_amqp, 3), (k_dbpass, 8), (k_aws, 7), (k_github, 4),
    (k_gitlab, 2), (k_slack, 4), (k_stripe, 6), (k_sendgrid, 4), (k_twilio, 3), (k_mailgun, 3), (k_openai, 4), (k_anthropic, 2),
    (k_google, 3), (k_gocspx, 3), (k_ghoauth, 2), (k_azuread, 3), (k_azstorage, 3), (k_azsb, 2), (k_django, 4), (k_rails, 4),
    (k_railsmaster, 1), (k_laravel, 2), (k_jwt, 8), (k_smtp, 5), (k_ses, 2), (k_datadog, 3), (k_newrelic, 2), (k_dockerhub, 2),
    (k_npm, 2), (k_shopify, 1), (k_mapbox, 1), (k_telegram, 1), (k_algolia, 2), (k_pusher, 1), (k_cloudflare, 2), (k_linear, 1),
    (k_postmark, 1), (k_okta, 1), (k_auth0, 2), (k_supabase, 2), (k_doppler, 1), (k_cloudinary, 2), (k_pem, 3),
]
DEPLOY_KINDS = [(k_heroku, 3), (k_fly, 3), (k_do, 2), (k_render, 2), (k_renderhook, 2), (k_railway, 2), (k_cfpass, 3),
                (k_nomad, 2), (k_vault, 1), (k_koyeb, 1), (k_dockerhub, 2), (k_npm, 1), (k_cloudflare, 1), (k_doppler, 1)]
REG_KINDS = [(k_registry, 1)]


def wpick(r, items):
    tot = sum(w for _, w in items)
    x = r.uniform(0, tot)
    for f, w in items:
        x -= w
        if x <= 0:
            return f
    return items[-1][0]


# ---------------------------------------------------------------- fillers & look-alikes
def fillers(r, n):
    pool = [
        ('NODE_ENV', lambda: 'production'), ('PORT', lambda: pick(r, ['8080', '3000', '5000'])),
        ('LOG_LEVEL', lambda: pick(r, ['info', 'warn', 'debug'])), ('RAILS_ENV', lambda: 'production'),
        ('WEB_CONCURRENCY', lambda: str(r.randint(2, 6))), ('TZ', lambda: pick(r, ['UTC', 'Europe/Berlin', 'America/Sao_Paulo'])),
        ('APP_URL', lambda: pick(r, ['https://app.acme.io', 'https://shop.example.com', 'https://portal.contoso.de'])),
        ('S3_BUCKET', lambda: pick(r, ['acme-prod-uploads', 'shop-media-eu'])), ('FEATURE_NEW_CHECKOUT', lambda: pick(r, ['true', 'false'])),
        ('RAILS_LOG_TO_STDOUT', lambda: 'enabled'), ('JAVA_OPTS', lambda: '-Xmx%dm -XX:+UseG1GC' % r.choice([384, 512, 768])),
        ('SPRING_PROFILES_ACTIVE', lambda: pick(r, ['cloud', 'prod'])), ('PYTHONUNBUFFERED', lambda: '1'),
        ('MAX_UPLOAD_MB', lambda: str(r.choice([10, 25, 50]))), ('DEFAULT_LOCALE', lambda: pick(r, ['de-DE', 'fr-FR', 'en-US', 'pt-BR'])),
        ('CORS_ORIGINS', lambda: 'https://app.acme.io,https://admin.acme.io'), ('SESSION_TTL', lambda: '3600'),
        ('DB_POOL_SIZE', lambda: str(r.randint(5, 20))), ('GUNICORN_CMD_ARGS', lambda: '--timeout 60 --workers 3'),
        ('OTEL_SERVICE_NAME', lambda: pick(r, ['checkout-api', 'orders-worker'])), ('CACHE_TTL_SECONDS', lambda: '300'),
        ('MAIL_FROM', lambda: 'no-reply@acme.io'), ('BUILDPACK_URL', lambda: 'https://github.com/heroku/heroku-buildpack-nodejs'),
        ('DISABLE_COLLECTSTATIC', lambda: '1'), ('ASPNETCORE_ENVIRONMENT', lambda: 'Production'),
        ('WEBSITES_PORT', lambda: '8000'), ('GOMAXPROCS', lambda: '2'),
    ]
    ch = r.sample(pool, n)
    return [(k, f(), False) for k, f in ch]


def lookalikes(r, n):
    reg = pick(r, ['123456789012.dkr.ecr.eu-west-1.amazonaws.com/api', 'ghcr.io/acme/web', 'registry.gitlab.com/acme/shop'])
    pool = [
        ('GIT_SHA', lambda: rs(r, HEX, 40)), ('SOURCE_VERSION', lambda: rs(r, HEX, 40)), ('HEROKU_SLUG_COMMIT', lambda: rs(r, HEX, 40)),
        ('BUILD_ID', lambda: ruuid(r)), ('IMAGE', lambda: reg + '@sha256:' + rs(r, HEX, 64)), ('APP_ID', lambda: ruuid(r)),
        ('CF_SPACE_GUID', lambda: ruuid(r)), ('ASSET_HASH', lambda: rs(r, HEX, 20)), ('RELEASE_VERSION', lambda: 'v%d.%d.%d' % (r.randint(1, 9), r.randint(0, 40), r.randint(0, 99))),
        ('SENTRY_RELEASE', lambda: rs(r, HEX, 40)), ('STRIPE_PUBLISHABLE_KEY', lambda: 'pk_live_51' + rs(r, AN, 97)),
        ('GOOGLE_CLIENT_ID', lambda: '%d-%s.apps.googleusercontent.com' % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, LO + DG, 32))),
        ('KMS_KEY_ARN', lambda: 'arn:aws:kms:eu-west-1:%d:key/%s' % (r.randint(10 ** 11, 10 ** 12 - 1), ruuid(r))),
        ('AZURE_TENANT_ID', lambda: ruuid(r)), ('AZURE_SUBSCRIPTION_ID', lambda: ruuid(r)), ('AWS_ACCOUNT_ID', lambda: str(r.randint(10 ** 11, 10 ** 12 - 1))),
        ('FLY_MACHINE_ID', lambda: rs(r, HEX, 14)), ('RENDER_SERVICE_ID', lambda: 'srv-' + rs(r, LO + DG, 20)),
        ('RAILWAY_PROJECT_ID', lambda: ruuid(r)), ('ARTIFACT_SHA256', lambda: rs(r, HEX, 64)),
        ('VAPID_PUBLIC_KEY', lambda: 'B' + rs(r, B64U, 86)), ('RECAPTCHA_SITE_KEY', lambda: '6L' + rs(r, B64U, 38)),
        ('POSTHOG_PROJECT_KEY', lambda: 'phc_' + rs(r, AN, 43)), ('MAPBOX_PUBLIC_TOKEN', lambda: 'pk.eyJ1IjoiYWNtZW1hcHMiLCJhIjoi' + rs(r, LO + DG, 30) + '.' + rs(r, B64U, 22)),
        ('SRI_HASH', lambda: 'sha384-' + b64(r, 48)), ('NEW_RELIC_APP_ID', lambda: str(r.randint(10 ** 8, 10 ** 10))),
        ('TASK_DEFINITION_ARN', lambda: 'arn:aws:ecs:us-east-1:%d:task-definition/web:%d' % (r.randint(10 ** 11, 10 ** 12 - 1), r.randint(1, 400))),
        ('DEPLOYMENT_ID', lambda: 'dep-' + rs(r, LO + DG, 20)), ('CONFIG_CHECKSUM', lambda: rs(r, HEX, 32)),
        ('ALGOLIA_SEARCH_ONLY_API_KEY', lambda: rs(r, HEX, 32)), ('OIDC_JWKS_URL', lambda: 'https://login.microsoftonline.com/%s/discovery/v2.0/keys' % ruuid(r)),
        ('CERT_THUMBPRINT', lambda: rs(r, '0123456789ABCDEF', 40)), ('COMMIT_REF', lambda: rs(r, HEX, 7)),
    ]
    ch = r.sample(pool, n)
    return [(k, f(), False) for k, f in ch]


# ---------------------------------------------------------------- quoting helpers
SAFE = re.compile(r'^[A-Za-z0-9_./:,+-][A-Za-z0-9_./:@,+=-]*$')
YAML_SPECIAL = re.compile(r'^(true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_.eE+-]*)$', re.I)


def yq(r, v):
    if v == '':
        return '""'
    if SAFE.match(v) and not YAML_SPECIAL.match(v) and r.random() < 0.55:
        return v
    if '"' not in v and '\\' not in v and r.random() < 0.6:
        return '"' + v + '"'
    return "'" + v.replace("'", "''") + "'"


def ykv(r, k, v, ind):
    sp = ' ' * ind
    if '\n' in v:
        return sp + k + ': |\n' + '\n'.join(sp + '  ' + ln for ln in v.split('\n'))
    return sp + k + ': ' + yq(r, v)


def yitem(r, k, v, ind, kn='name', vn='value'):
    sp = ' ' * ind
    if '\n' in v:
        return '%s- %s: %s\n%s  %s: |\n%s' % (sp, kn, k, sp, vn, '\n'.join(sp + '    ' + ln for ln in v.split('\n')))
    return '%s- %s: %s\n%s  %s: %s' % (sp, kn, k, sp, vn, yq(r, v))


def sq(r, v):
    if v == '':
        return "''"
    if re.match(r'^[A-Za-z0-9_./:@,+=-]+$', v) and r.random() < 0.5:
        return v
    if re.match(r'^[^"$`\\!]*$', v) and r.random() < 0.5:
        return '"' + v + '"'
    return "'" + v.replace("'", "'\"'\"'") + "'"


def jq(v):
    return json.dumps(v)


def hq(v):
    if '\n' in v:
        return '<<EOT\n' + v + '\nEOT'
    return '"' + v + '"'


def tq(v):
    if '\n' in v:
        return '"""\n' + v + '"""'
    return '"' + v + '"'


def kebab(k):
    return k.lower().replace('__', '-').replace('_', '-')


# ---------------------------------------------------------------- context
class C:
    pass


APPS = ['checkout-api', 'orders-service', 'shop-web', 'billing-worker', 'portal', 'notifier', 'kundenportal', 'api-gateway',
        'reporting', 'media-resizer', 'pedidos-api', 'inventaire', 'webshop', 'crm-sync', 'auth-service']
REGIONS_AWS = ['us-east-1', 'eu-west-1', 'eu-central-1', 'ap-southeast-2']


def acct(r):
    return str(r.randint(10 ** 11, 10 ** 12 - 1))


def envlist(c):
    return c.env


def upper_key(k):
    return k if re.match(r'^[A-Z0-9_]+$', k) else re.sub(r'([a-z])([A-Z])', r'\1_\2', k).upper().replace('__', '_')


def is_ref(c, k):
    return c.mode == 'ref' and k == c.slot_k


# ---------------------------------------------------------------- templates (env renderers)
def t_cf_manifest(r, c):
    L = ['---', 'applications:', '- name: ' + c.app, '  memory: %dM' % r.choice([256, 512, 1024]),
         '  instances: %d' % r.randint(1, 4)]
    if r.random() < 0.6:
        L.append('  buildpacks:\n  - ' + pick(r, ['nodejs_buildpack', 'python_buildpack', 'java_buildpack', 'ruby_buildpack', 'go_buildpack']))
    L += ['  routes:', '  - route: %s.%s' % (c.app, pick(r, ['cfapps.io', 'apps.pcf.acme.internal', 'cfapps.eu10.hana.ondemand.com']))]
    if r.random() < 0.5:
        L += ['  services:', '  - ' + pick(r, ['pg-main', 'redis-cache', 'sso']), '  - autoscaler']
    L.append('  env:')
    for k, v, s in c.env:
        L.append(ykv(r, k, v, 4))
    if r.random() < 0.4:
        L += ['  health-check-type: http', '  health-check-http-endpoint: /health']
    return pick(r, ['manifest.yml', 'manifest-prod.yml', 'cf/manifest.yml', 'deploy/cf/manifest.staging.yml']), '\n'.join(L) + '\n'


def t_cf_vars(r, c):
    L = ['# vars for: cf push --vars-file ' + pick(r, ['vars-prod.yml', 'vars/production.yml']), 'app-name: ' + c.app,
         'instances: %d' % r.randint(2, 6)]
    for k, v, s in c.env:
        L.append(ykv(r, kebab(k), v, 0))
    return pick(r, ['vars-prod.yml', 'cf/vars/production.yml', 'ci/vars-staging.yml']), '\n'.join(L) + '\n'


def t_cf_setenv(r, c):
    L = ['#!/usr/bin/env bash', 'set -euo pipefail', '', 'APP=' + c.app,
         'cf target -o %s -s %s' % (pick(r, ['acme', 'digital-platform']), pick(r, ['production', 'prod', 'staging'])), '']
    for k, v, s in c.env:
        L.append('cf set-env "$APP" %s %s' % (k, sq(r, v)))
    L += ['', 'cf restage "$APP"']
    return pick(r, ['scripts/cf-env.sh', 'bin/cf-set-env.sh', 'deploy/configure-cf.sh']), '\n'.join(L) + '\n'


def t_cf_profile(r, c):
    L = ['# .profile is sourced by the CF launcher before the app starts', '']
    for k, v, s in c.env:
        if '\n' in v:
            L.append("export %s='%s'" % (k, v))
        else:
            L.append('export %s=%s' % (k, sq(r, v)))
    L.append('export PATH="$HOME/bin:$PATH"')
    return '.profile', '\n'.join(L) + '\n'


def t_ecs_json(r, c):
    env, sec = [], []
    for k, v, s in c.env:
        if is_ref(c, k):
            sec.append({'name': k, 'valueFrom': 'arn:aws:secretsmanager:%s:%s:secret:%s/%s-%s' % (c.reg, c.acct, c.app, kebab(k), rs(r, AN, 6))})
        else:
            env.append({'name': k, 'value': v})
    cd = {'name': c.app, 'image': '%s.dkr.ecr.%s.amazonaws.com/%s:%s' % (c.acct, c.reg, c.app, pick(r, ['latest', '1.4.2', 'main'])),
          'essential': True, 'portMappings': [{'containerPort': 8080, 'protocol': 'tcp'}], 'environment': env}
    if sec:
        cd['secrets'] = sec
    cd['logConfiguration'] = {'logDriver': 'awslogs', 'options': {'awslogs-group': '/ecs/' + c.app, 'awslogs-region': c.reg,
                                                                   'awslogs-stream-prefix': 'ecs'}}
    td = {'family': c.app, 'networkMode': 'awsvpc', 'requiresCompatibilities': ['FARGATE'], 'cpu': '512', 'memory': '1024',
          'executionRoleArn': 'arn:aws:iam::%s:role/ecsTaskExecutionRole' % c.acct, 'containerDefinitions': [cd]}
    return pick(r, ['task-definition.json', 'ecs/taskdef.json', 'deploy/ecs-task-def.json', '.aws/task-definition.json']), json.dumps(td, indent=r.choice([2, 4])) + '\n'


def t_ecs_tf(r, c):
    env = []
    for k, v, s in c.env:
        if is_ref(c, k):
            continue
        env.append('        { name = "%s", value = %s }' % (k, jq(v)))
    secs = ''
    if c.mode == 'ref':
        secs = '\n      secrets = [\n        { name = "%s", valueFrom = aws_ssm_parameter.%s.arn }\n      ]' % (c.slot_k, c.slot_k.lower())
    t = '''resource "aws_ecs_task_definition" "%s" {
  family                   = "%s"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  execution_role_arn       = aws_iam_role.ecs_exec.arn

  container_definitions = jsonencode([
    {
      name      = "%s"
      image     = "${aws_ecr_repository.app.repository_url}:${var.image_tag}"
      essential = true
      environment = [
%s
      ]%s
    }
  ])
}
''' % (c.app.replace('-', '_'), c.app, c.app, ',\n'.join(env), secs)
    return pick(r, ['infra/ecs.tf', 'terraform/task_definition.tf', 'modules/app/ecs.tf']), t


def t_ecs_cfn(r, c):
    L = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:', '  TaskDefinition:', '    Type: AWS::ECS::TaskDefinition',
         '    Properties:', '      Family: ' + c.app, '      RequiresCompatibilities: [FARGATE]', '      Cpu: "512"', '      Memory: "1024"',
         '      NetworkMode: awsvpc', '      ContainerDefinitions:', '        - Name: ' + c.app,
         '          Image: !Sub "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/%s:latest"' % c.app, '          Environment:']
    for k, v, s in c.env:
        if is_ref(c, k):
            continue
        L.append(yitem(r, k, v, 12, 'Name', 'Value'))
    if c.mode == 'ref':
        L += ['          Secrets:', '            - Name: ' + c.slot_k,
              '              ValueFrom: !Sub "arn:aws:ssm:${AWS::Region}:${AWS::AccountId}:parameter/%s/%s"' % (c.app, kebab(c.slot_k))]
    return pick(r, ['cloudformation/service.yaml', 'cfn/ecs-task.yml']), '\n'.join(L) + '\n'


def t_eb_options(r, c):
    L = ['option_settings:', '  aws:elasticbeanstalk:application:environment:']
    for k, v, s in c.env:
        L.append(ykv(r, k, v, 4))
    L += ['  aws:elasticbeanstalk:container:python:' if r.random() < 0.5 else '  aws:elasticbeanstalk:environment:proxy:',
          '    WSGIPath: application.wsgi:application' if r.random() < 0.5 else '    ProxyServer: nginx']
    return '.ebextensions/' + pick(r, ['env.config', '01_environment.config', 'options.config']), '\n'.join(L) + '\n'


def t_eb_list(r, c):
    L = ['option_settings:']
    for k, v, s in c.env:
        L += ['  - namespace: aws:elasticbeanstalk:application:environment', '    option_name: ' + k, '    value: ' + yq(r, v) if '\n' not in v else '    value: ' + jq(v)]
    L += ['  - namespace: aws:autoscaling:asg', '    option_name: MinSize', '    value: "2"']
    return '.ebextensions/' + pick(r, ['02-env-vars.config', 'app-settings.config']), '\n'.join(L) + '\n'


def t_eb_saved(r, c):
    L = ['EnvironmentConfigurationMetadata:', '  Description: saved from %s-prod' % c.app, 'SolutionStack: 64bit Amazon Linux 2023 v4.0.%d running Node.js 20' % r.randint(1, 9),
         'OptionSettings:', '  aws:elasticbeanstalk:application:environment:']
    for k, v, s in c.env:
        L.append(ykv(r, k, v, 4))
    L += ['  aws:elasticbeanstalk:environment:', '    EnvironmentType: LoadBalanced', 'EnvironmentTier:', '  Type: Standard', '  Name: WebServer',
          'AWSConfigurationTemplateVersion: 1.1.0.0']
    return '.elasticbeanstalk/saved_configs/' + pick(r, ['prod.cfg.yml', 'production-2024.cfg.yml']), '\n'.join(L) + '\n'


def t_eb_setenv(r, c):
    L = ['#!/bin/sh', '# push runtime config to the Beanstalk environment', 'eb use %s-prod' % c.app, 'eb setenv \\']
    for i, (k, v, s) in enumerate(c.env):
        L.append('  %s=%s%s' % (k, sq(r, v), ' \\' if i < len(c.env) - 1 else ''))
    return pick(r, ['scripts/eb-env.sh', 'bin/set-eb-env']), '\n'.join(L) + '\n'


def t_dockerrun(r, c):
    env = [{'name': k, 'value': v} for k, v, s in c.env]
    d = {'AWSEBDockerrunVersion': 2, 'containerDefinitions': [
        {'name': c.app, 'image': '%s.dkr.ecr.%s.amazonaws.com/%s:latest' % (c.acct, c.reg, c.app), 'essential': True, 'memory': 512,
         'portMappings': [{'hostPort': 80, 'containerPort': 8080}], 'environment': env}]}
    return 'Dockerrun.aws.json', json.dumps(d, indent=2) + '\n'


def t_marathon(r, c):
    d = {'id': '/%s/%s' % (pick(r, ['prod', 'shop', 'platform']), c.app), 'cmd': None, 'cpus': 0.5, 'mem': 512, 'instances': r.randint(2, 5),
         'container': {'type': 'DOCKER', 'docker': {'image': 'registry.marathon.l4lb.thisdcos.directory:5000/%s:%s' % (c.app, pick(r, ['1.2.0', 'latest'])),
                                                    'forcePullImage': True},
                       'portMappings': [{'containerPort': 8080, 'hostPort': 0, 'protocol': 'tcp'}]},
         'env': {}, 'healthChecks': [{'protocol': 'MESOS_HTTP', 'path': '/health', 'portIndex': 0, 'gracePeriodSeconds': 300}],
         'labels': {'HAPROXY_GROUP': 'external'}}
    for k, v, s in c.env:
        if is_ref(c, k):
            d['env'][k] = {'secret': 'secret0'}
            d['secrets'] = {'secret0': {'source': '%s/%s' % (c.app, kebab(k))}}
        else:
            d['env'][k] = v
    del d['cmd']
    return pick(r, ['marathon.json', 'dcos/%s.json' % c.app, 'marathon/app-prod.json']), json.dumps(d, indent=2) + '\n'


def t_heroku_appjson(r, c):
    env = {}
    for k, v, s in c.env:
        if is_ref(c, k):
            env[k] = {'description': 'A secret key for verifying the integrity of signed cookies.', 'generator': 'secret'}
        elif s or r.random() < 0.5:
            env[k] = {'description': pick(r, ['Used in production', 'see README', 'Required']), 'value': v}
        else:
            env[k] = v
    d = {'name': c.app, 'description': 'Deploy %s to Heroku' % c.app, 'repository': 'https://github.com/acme/%s' % c.app,
         'stack': 'heroku-22', 'env': env, 'formation': {'web': {'quantity': 1, 'size': 'basic'}},
         'addons': ['heroku-postgresql:essential-0'], 'buildpacks': [{'url': 'heroku/nodejs'}]}
    return 'app.json', json.dumps(d, indent=2) + '\n'


def t_heroku_cli(r, c):
    L = ['#!/usr/bin/env bash', 'APP=%s-prod' % c.app, '', 'heroku config:set --app "$APP" \\']
    for i, (k, v, s) in enumerate(c.env):
        L.append('  %s=%s%s' % (k, sq(r, v), ' \\' if i < len(c.env) - 1 else ''))
    L += ['', 'heroku ps:restart --app "$APP"']
    return pick(r, ['bin/heroku-config.sh', 'scripts/setup_heroku.sh']), '\n'.join(L) + '\n'


def t_heroku_yml(r, c):
    L = ['setup:', '  addons:', '    - plan: heroku-postgresql', '      as: DATABASE', '  config:']
    for k, v, s in c.env:
        L.append(ykv(r, k, v, 4))
    L += ['build:', '  docker:', '    web: Dockerfile', 'run:', '  web: bundle exec puma -C config/puma.rb']
    return 'heroku.yml', '\n'.join(L) + '\n'


def t_heroku_tf(r, c):
    pub = [(k, v) for k, v, s in c.env if not s]
    sl = [(k, v) for k, v, s in c.env if s]
    L = ['resource "heroku_app" "%s" {' % c.app.replace('-', '_'), '  name   = "%s-prod"' % c.app, '  region = "eu"', '',
         '  config_vars = {']
    for k, v in pub:
        L.append('    %s = %s' % (k, hq(v)))
    L.append('  }')
    if sl:
        L += ['', '  sensitive_config_vars = {']
        for k, v in sl:
            L.append('    %s = %s' % (k, 'var.' + k.lower() if is_ref(c, k) else hq(v)))
        L.append('  }')
    L.append('}')
    return pick(r, ['terraform/heroku.tf', 'infra/heroku/main.tf']), '\n'.join(L) + '\n'


def t_gae(r, c):
    L = ['runtime: ' + pick(r, ['python312', 'nodejs20', 'go122', 'java17']), 'instance_class: F2', '', 'env_variables:']
    for k, v, s in c.env:
        L.append(ykv(r, k, v, 2))
    L += ['', 'automatic_scaling:', '  min_instances: 1', '  max_instances: %d' % r.randint(3, 10), '', 'handlers:', '- url: /.*', '  script: auto',
          '  secure: always']
    return pick(r, ['app.yaml', 'app.prod.yaml', 'gae/app.yaml']), '\n'.join(L) + '\n'


def t_cloudrun(r, c, knative=False):
    proj = pick(r, ['acme-prod-3172', 'shop-platform', 'contoso-web-eu'])
    L = ['apiVersion: serving.knative.dev/v1', 'kind: Service', 'metadata:', '  name: ' + c.app]
    if knative:
        L.append('  namespace: ' + pick(r, ['default', 'apps', 'shop']))
    else:
        L += ['  labels:', '    cloud.googleapis.com/location: ' + pick(r, ['europe-west1', 'us-central1'])]
    L += ['spec:', '  template:', '    metadata:', '      annotations:', '        autoscaling.knative.dev/maxScale: "%d"' % r.randint(3, 20),
          '    spec:', '      containers:']
    img = ('%s-docker.pkg.dev/%s/apps/%s:latest' % (pick(r, ['europe-west1', 'us-central1']), proj, c.app)) if not knative else 'ghcr.io/acme/%s:1.0.%d' % (c.app, r.randint(0, 30))
    L += ['      - image: ' + img, '        ports:', '        - containerPort: 8080', '        env:']
    for k, v, s in c.env:
        if is_ref(c, k):
            L += ['        - name: ' + k, '          valueFrom:', '            secretKeyRef:', '              name: ' + kebab(k),
                  '              key: ' + ('latest' if not knative else 'value')]
        else:
            L.append(yitem(r, k, v, 8))
    return (pick(r, ['service.yaml', 'cloudrun/service.yaml', 'deploy/run-service.yaml']) if not knative else
            pick(r, ['knative/service.yaml', 'k8s/ksvc.yaml', 'config/ksvc-%s.yaml' % c.app])), '\n'.join(L) + '\n'


def t_knative(r, c):
    return t_cloudrun(r, c, True)


def t_gcloud(r, c):
    pairs = ','.join('%s=%s' % (k, v) for k, v, s in c.env)
    L = ['#!/usr/bin/env bash', 'set -e', 'gcloud run deploy %s \\' % c.app,
         '  --image=europe-west1-docker.pkg.dev/acme-prod/apps/%s:${GIT_SHA} \\' % c.app, '  --region=europe-west1 \\',
         '  --allow-unauthenticated \\', "  --set-env-vars='%s'" % pairs]
    return pick(r, ['deploy/cloudrun.sh', 'scripts/deploy-run.sh']), '\n'.join(L) + '\n'


def t_cloudbuild(r, c):
    pairs = ','.join('%s=%s' % (k, v) for k, v, s in c.env)
    L = ['steps:', "- name: gcr.io/cloud-builders/docker", "  args: ['build', '-t', 'gcr.io/$PROJECT_ID/%s:$SHORT_SHA', '.']" % c.app,
         "- name: gcr.io/google.com/cloudsdktool/cloud-sdk", '  entrypoint: gcloud', '  args:', '  - run', '  - deploy', '  - ' + c.app,
         "  - --image=gcr.io/$PROJECT_ID/%s:$SHORT_SHA" % c.app, '  - --region=us-central1', "  - '--set-env-vars=%s'" % pairs,
         'images:', "- gcr.io/$PROJECT_ID/%s:$SHORT_SHA" % c.app]
    return 'cloudbuild.yaml', '\n'.join(L) + '\n'


def azref(r, k):
    vault = pick(r, ['kv-acme-prod', 'contoso-kv', 'shop-secrets-kv'])
    if r.random() < 0.5:
        return '@Microsoft.KeyVault(SecretUri=https://%s.vault.azure.net/secrets/%s/)' % (vault, kebab(k))
    return '@Microsoft.KeyVault(VaultName=%s;SecretName=%s)' % (vault, kebab(k))


def t_az_export(r, c):
    arr = [{'name': k, 'slotSetting': bool(s and r.random() < 0.5), 'value': v} for k, v, s in c.env]
    arr.append({'name': 'WEBSITE_RUN_FROM_PACKAGE', 'slotSetting': False, 'value': '1'})
    return pick(r, ['azure/appsettings.json', 'ops/appsettings-prod.json', 'infra/webapp-settings.json']), json.dumps(arr, indent=2) + '\n'


def t_arm(r, c):
    settings = []
    for k, v, s in c.env:
        if is_ref(c, k):
            v = pick(r, ["[parameters('%s')]" % re.sub(r'_(.)', lambda m: m.group(1).upper(), k.lower()),
                         "[concat('@Microsoft.KeyVault(SecretUri=', reference(resourceId('Microsoft.KeyVault/vaults/secrets', variables('kvName'), '%s')).secretUriWithVersion, ')')]" % kebab(k)])
        settings.append({'name': k, 'value': v})
    d = {'$schema': 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', 'contentVersion': '1.0.0.0',
         'parameters': {'siteName': {'type': 'string', 'defaultValue': c.app}},
         'resources': [{'type': 'Microsoft.Web/sites', 'apiVersion': '2022-09-01', 'name': "[parameters('siteName')]",
                        'location': '[resourceGroup().location]', 'kind': 'app,linux',
                        'properties': {'serverFarmId': "[resourceId('Microsoft.Web/serverfarms', 'asp-%s')]" % c.app,
                                       'siteConfig': {'linuxFxVersion': pick(r, ['NODE|20-lts', 'PYTHON|3.11', 'DOTNETCORE|8.0']),
                                                      'appSettings': settings}}}]}
    return pick(r, ['azuredeploy.json', 'infra/arm/webapp.json', 'templates/site.json']), json.dumps(d, indent=2) + '\n'


def t_bicep(r, c):
    L = ["param location string = resourceGroup().location", "param appName string = '%s'" % c.app, '',
         "resource site 'Microsoft.Web/sites@2022-09-01' = {", '  name: appName', '  location: location', '  properties: {',
         '    serverFarmId: plan.id', '    siteConfig: {', '      appSettings: [']
    for k, v, s in c.env:
        if is_ref(c, k):
            val = pick(r, ["'@Microsoft.KeyVault(SecretUri=${kvSecret.properties.secretUri})'",
                           "'DefaultEndpointsProtocol=https;AccountName=${sa.name};AccountKey=${sa.listKeys().keys[0].value}'"])
        elif '\n' in v:
            val = "'''\n" + v + "'''"
        else:
            val = "'" + v.replace("'", "\\'") + "'"
        L += ['        {', "          name: '%s'" % k, '          value: ' + val, '        }']
    L += ['      ]', '    }', '  }', '}']
    return pick(r, ['infra/main.bicep', 'bicep/webapp.bicep', 'deploy/app-service.bicep']), '\n'.join(L) + '\n'


def t_az_cli(r, c):
    L = ['#!/usr/bin/env bash', 'RG=rg-%s-prod' % c.app, 'APP=app-%s-prod' % c.app, '', 'az webapp config appsettings set \\',
         '  --resource-group "$RG" --name "$APP" \\', '  --settings \\']
    for i, (k, v, s) in enumerate(c.env):
        L.append('    %s=%s%s' % (k, sq(r, v), ' \\' if i < len(c.env) - 1 else ''))
    return pick(r, ['scripts/azure-appsettings.sh', 'ops/set-webapp-config.sh']), '\n'.join(L) + '\n'


def t_az_tf(r, c):
    L = ['resource "azurerm_linux_web_app" "app" {', '  name                = "app-%s-prod"' % c.app,
         '  resource_group_name = azurerm_resource_group.main.name', '  location            = azurerm_resource_group.main.location',
         '  service_plan_id     = azurerm_service_plan.main.id', '', '  site_config {}', '', '  app_settings = {']
    for k, v, s in c.env:
        L.append('    "%s" = %s' % (k, 'azurerm_key_vault_secret.%s.value' % k.lower() if is_ref(c, k) else hq(v)))
    L += ['  }', '}']
    return pick(r, ['terraform/webapp.tf', 'infra/app_service.tf']), '\n'.join(L) + '\n'


def t_local_settings(r, c):
    vals = {'AzureWebJobsStorage': 'UseDevelopmentStorage=true', 'FUNCTIONS_WORKER_RUNTIME': pick(r, ['node', 'python', 'dotnet-isolated'])}
    for k, v, s in c.env:
        vals[k] = v
    d = {'IsEncrypted': False, 'Values': vals, 'Host': {'CORS': '*'}}
    return pick(r, ['local.settings.json', 'functions/local.settings.json']), json.dumps(d, indent=2) + '\n'


def t_aca(r, c):
    L = ['properties:', '  managedEnvironmentId: /subscriptions/%s/resourceGroups/rg-apps/providers/Microsoft.App/managedEnvironments/cae-prod' % ruuid(r),
         '  configuration:', '    ingress:', '      external: true', '      targetPort: 8080', '    secrets:']
    sl = [(k, v) for k, v, s in c.env if s]
    for k, v in sl:
        if is_ref(c, k):
            L += ['    - name: ' + kebab(k), '      keyVaultUrl: https://kv-acme-prod.vault.azure.net/secrets/' + kebab(k),
                  '      identity: system']
        else:
            L.append(yitem(r, kebab(k), v, 4))
    L += ['  template:', '    containers:', '    - name: ' + c.app, '      image: acmecr.azurecr.io/%s:%s' % (c.app, pick(r, ['v3', 'latest'])),
          '      env:']
    for k, v, s in c.env:
        if s:
            L += ['      - name: ' + k, '        secretRef: ' + kebab(k)]
        else:
            L.append(yitem(r, k, v, 6))
    return pick(r, ['containerapp.yaml', 'aca/%s.yaml' % c.app]), '\n'.join(L) + '\n'


def t_aca_cli(r, c):
    sl = [(k, v) for k, v, s in c.env if s]
    L = ['#!/bin/bash', 'az containerapp create \\', '  --name %s --resource-group rg-apps --environment cae-prod \\' % c.app,
         '  --image acmecr.azurecr.io/%s:latest \\' % c.app]
    if sl:
        L.append('  --secrets %s \\' % ' '.join('%s=%s' % (kebab(k), sq(r, v)) for k, v in sl))
    L.append('  --env-vars %s' % ' '.join('%s=%s' % (k, 'secretref:' + kebab(k) if s else sq(r, v)) for k, v, s in c.env))
    return pick(r, ['scripts/aca-create.sh', 'deploy/containerapp.sh']), '\n'.join(L) + '\n'


def t_fly_toml(r, c):
    L = ['# fly.toml app configuration file generated for %s' % c.app, '', 'app = "%s"' % c.app, 'primary_region = "%s"' % pick(r, ['fra', 'ams', 'iad', 'gru']),
         '', '[build]', '  dockerfile = "Dockerfile"', '', '[env]']
    for k, v, s in c.env:
        L.append('  %s = %s' % (k, tq(v)))
    L += ['', '[http_service]', '  internal_port = 8080', '  force_https = true', '  auto_stop_machines = true', '  min_machines_running = 0',
          '', '[[vm]]', '  memory = "512mb"', '  cpu_kind = "shared"', '  cpus = 1']
    return 'fly.toml', '\n'.join(L) + '\n'


def t_fly_buildargs(r, c):
    L = ['app = "%s"' % c.app, 'primary_region = "%s"' % pick(r, ['fra', 'cdg', 'lhr']), '', '[build]', '  [build.args]']
    for k, v, s in c.env:
        L.append('    %s = %s' % (k, tq(v)))
    L += ['', '[deploy]', '  release_command = "npm run migrate"']
    return 'fly.toml', '\n'.join(L) + '\n'


def t_fly_secrets(r, c):
    L = ['#!/usr/bin/env bash', '# one-off: seed secrets for the new Fly app', 'set -euo pipefail', '', 'fly secrets set --app %s --stage \\' % c.app]
    for i, (k, v, s) in enumerate(c.env):
        if is_ref(c, k):
            val = '"$(op read op://Production/%s/credential)"' % c.app
        else:
            val = sq(r, v)
        L.append('  %s=%s%s' % (k, val, ' \\' if i < len(c.env) - 1 else ''))
    L += ['', 'fly deploy --app %s' % c.app]
    return pick(r, ['scripts/fly-secrets.sh', 'bin/fly-bootstrap']), '\n'.join(L) + '\n'


def t_render(r, c):
    L = ['services:', '  - type: web', '    name: ' + c.app, '    runtime: ' + pick(r, ['node', 'python', 'ruby', 'docker']),
         '    region: ' + pick(r, ['frankfurt', 'oregon']), '    plan: starter', '    buildCommand: npm ci && npm run build',
         '    startCommand: npm start', '    envVars:']
    for k, v, s in c.env:
        if is_ref(c, k):
            L += ['      - key: ' + k, pick(r, ['        generateValue: true', '        sync: false'])]
        elif '\n' in v:
            L += ['      - key: ' + k, '        value: |'] + ['          ' + ln for ln in v.split('\n')]
        else:
            L += ['      - key: ' + k, '        value: ' + yq(r, v)]
    return 'render.yaml', '\n'.join(L) + '\n'


def t_railway(r, c):
    L = ['#!/usr/bin/env sh', '# Railway: link project then push variables', 'railway link --project %s' % ruuid(r),
         'railway environment production', '']
    for k, v, s in c.env:
        L.append('railway variables --set "%s=%s"' % (k, v) if re.match(r'^[^"$`\\\n]*$', v) else "railway variables --set '%s=%s'" % (k, v))
    return pick(r, ['scripts/railway-vars.sh', 'railway-setup.sh']), '\n'.join(L) + '\n'


def t_do_spec(r, c):
    L = ['name: ' + c.app, 'region: ' + pick(r, ['fra', 'ams', 'nyc']), 'services:', '- name: web',
         '  github:', '    repo: acme/%s' % c.app, '    branch: main', '    deploy_on_push: true', '  http_port: 8080',
         '  instance_size_slug: basic-xs', '  envs:']
    for k, v, s in c.env:
        if is_ref(c, k):
            L += ['  - key: ' + k, '    scope: RUN_TIME', '    type: SECRET',
                  '    value: EV[1:%s:%s]' % (b64(r, 24), b64(r, r.randint(40, 90)))]
        else:
            L += ['  - key: ' + k, '    scope: ' + pick(r, ['RUN_TIME', 'RUN_AND_BUILD_TIME'])]
            if s:
                L.append('    type: SECRET')
            L.append('    value: ' + (yq(r, v) if '\n' not in v else jq(v)))
    return pick(r, ['.do/app.yaml', '.do/deploy.template.yaml', 'do-app-spec.yaml']), '\n'.join(L) + '\n'


def t_dokku(r, c):
    L = ['#!/bin/bash', '# provision %s on dokku host' % c.app, 'ssh dokku@%s apps:create %s || true' % (pick(r, ['paas.acme.io', '10.0.4.12']), c.app),
         'ssh dokku@%s config:set --no-restart %s \\' % (pick(r, ['paas.acme.io', 'dokku.internal']), c.app)]
    for i, (k, v, s) in enumerate(c.env):
        L.append('  %s=%s%s' % (k, sq(r, v), ' \\' if i < len(c.env) - 1 else ''))
    return pick(r, ['deploy/dokku-setup.sh', 'ops/dokku.sh']), '\n'.join(L) + '\n'


def t_caprover(r, c):
    L = ['captainVersion: 4', 'services:', '  $$cap_appname:', '    image: %s:%s' % (pick(r, ['ghcr.io/acme/' + c.app, 'acme/' + c.app]), pick(r, ['1.3', 'latest'])),
         '    restart: always', '    environment:']
    for k, v, s in c.env:
        L.append(ykv(r, k, v, 6))
    L += ['    caproverExtra:', '      containerHttpPort: "8080"', 'caproverOneClickApp:', '  displayName: %s' % c.app,
          '  description: internal one-click template']
    return pick(r, ['caprover/%s.yml' % c.app, 'one-click-apps/%s.yml' % c.app]), '\n'.join(L) + '\n'


def t_openshift(r, c):
    L = ['apiVersion: template.openshift.io/v1', 'kind: Template', 'metadata:', '  name: %s-template' % c.app, 'parameters:']
    for k, v, s in c.env:
        if is_ref(c, k):
            L += ['- name: ' + k, '  description: generated on first deploy', '  generate: expression', '  from: "[a-zA-Z0-9]{32}"']
        elif s:
            L += ['- name: ' + k, '  value: ' + (yq(r, v) if '\n' not in v else jq(v))]
    L += ['objects:', '- apiVersion: apps.openshift.io/v1', '  kind: DeploymentConfig', '  metadata:', '    name: ' + c.app, '  spec:',
          '    replicas: 2', '    template:', '      spec:', '        containers:', '        - name: ' + c.app,
          '          image: image-registry.openshift-image-registry.svc:5000/%s/%s:latest' % (pick(r, ['shop', 'apps']), c.app), '          env:']
    for k, v, s in c.env:
        if s:
            L += ['          - name: ' + k, '            value: ${%s}' % k]
        else:
            L.append(yitem(r, k, v, 10))
    return pick(r, ['openshift/template.yaml', 'ocp/%s-template.yml' % c.app]), '\n'.join(L) + '\n'


def t_nomad(r, c):
    L = ['job "%s" {' % c.app, '  datacenters = ["%s"]' % pick(r, ['dc1', 'eu-west']), '  type        = "service"', '',
         '  group "web" {', '    count = %d' % r.randint(1, 4), '', '    network {', '      port "http" { to = 8080 }', '    }', '',
         '    task "%s" {' % c.app, '      driver = "docker"', '', '      config {',
         '        image = "registry.acme.internal/%s:%s"' % (c.app, pick(r, ['1.8.2', 'v42'])), '        ports = ["http"]', '      }', '']
    refk = None
    L.append('      env {')
    for k, v, s in c.env:
        if is_ref(c, k):
            refk = k
            continue
        L.append('        %s = %s' % (k, hq(v)))
    L.append('      }')
    if refk:
        L += ['', '      vault {', '        policies = ["%s"]' % c.app, '      }', '', '      template {', '        data        = <<EOH',
              '{{ with secret "secret/data/%s" }}%s={{ .Data.data.%s }}{{ end }}' % (c.app, refk, kebab(refk).replace('-', '_')),
              'EOH', '        destination = "secrets/app.env"', '        env         = true', '      }']
    L += ['', '      resources {', '        cpu    = 500', '        memory = 256', '      }', '    }', '  }', '}']
    return pick(r, ['nomad/%s.nomad.hcl' % c.app, 'jobs/%s.nomad' % c.app, 'deploy/%s.hcl' % c.app]), '\n'.join(L) + '\n'


def t_nomad_json(r, c):
    env = {k: v for k, v, s in c.env}
    d = {'Job': {'ID': c.app, 'Name': c.app, 'Type': 'service', 'Datacenters': ['dc1'], 'TaskGroups': [
        {'Name': 'web', 'Count': 2, 'Tasks': [{'Name': c.app, 'Driver': 'docker', 'Config': {'image': 'acme/%s:latest' % c.app},
                                             'Env': env, 'Resources': {'CPU': 500, 'MemoryMB': 256}}]}]}}
    return pick(r, ['nomad/%s.json' % c.app, 'jobs/%s.nomad.json' % c.app]), json.dumps(d, indent=2) + '\n'


def t_swarm(r, c):
    L = ['version: "3.8"', '', 'services:', '  %s:' % c.app, '    image: registry.acme.io/%s:${TAG:-latest}' % c.app, '    environment:']
    listform = r.random() < 0.5
    refk = None
    for k, v, s in c.env:
        if is_ref(c, k):
            refk = k
            L.append('      %s_FILE: /run/secrets/%s' % (k, kebab(k)) if not listform else '      - %s_FILE=/run/secrets/%s' % (k, kebab(k)))
            continue
        v2 = v.replace('$', '$$')
        if '\n' in v:
            L.append(ykv(r, k, v2, 6))
        elif listform:
            L.append('      - %s=%s' % (k, v2))
        else:
            L.append(ykv(r, k, v2, 6))
    if refk:
        L += ['    secrets:', '      - ' + kebab(refk)]
    L += ['    deploy:', '      replicas: %d' % r.randint(2, 4), '      update_config:', '        parallelism: 1', '      restart_policy:',
          '        condition: on-failure', '    networks:', '      - web']
    L += ['', 'networks:', '  web:', '    external: true']
    if refk:
        L += ['', 'secrets:', '  %s:' % kebab(refk), '    external: true']
    return pick(r, ['docker-stack.yml', 'stack/%s.yml' % c.app, 'swarm/docker-stack.prod.yml']), '\n'.join(L) + '\n'


def t_porter(r, c):
    L = ['version: v2', 'name: ' + c.app, 'services:', '  - name: web', '    type: web', '    run: npm start', '    port: 8080',
         '    cpuCores: 0.5', '    ramMegabytes: 512', 'env:']
    for k, v, s in c.env:
        L.append(ykv(r, k, v, 2))
    return 'porter.yaml', '\n'.join(L) + '\n'


def t_koyeb(r, c):
    L = ['#!/usr/bin/env bash', 'koyeb service create web \\', '  --app %s \\' % c.app, '  --docker ghcr.io/acme/%s:latest \\' % c.app,
         '  --ports 8000:http --routes /:8000 \\']
    for k, v, s in c.env:
        L.append('  --env %s=%s \\' % (k, sq(r, v)))
    L.append('  --regions %s' % pick(r, ['fra', 'was']))
    return pick(r, ['scripts/koyeb-deploy.sh', 'deploy/koyeb.sh']), '\n'.join(L) + '\n'


def t_northflank(r, c):
    d = {'apiVersion': 'v1.2', 'spec': {'kind': 'Workflow', 'spec': {'type': 'sequential', 'steps': [
        {'kind': 'CombinedService', 'spec': {'name': c.app, 'billing': {'deploymentPlan': 'nf-compute-20'},
                                             'deployment': {'instances': 1},
                                             'runtimeEnvironment': {k: v for k, v, s in c.env},
                                             'ports': [{'name': 'p01', 'internalPort': 8080, 'public': True, 'protocol': 'HTTP'}]}}]}}}
    return pick(r, ['northflank/template.json', '.northflank/%s.json' % c.app]), json.dumps(d, indent=2) + '\n'


def ghref(k):
    return '${{ secrets.%s }}' % upper_key(k)


def t_gha(r, c):
    plat = r.randrange(3)
    L = ['name: deploy', '', 'on:', '  push:', '    branches: [main]', '', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    env:']
    for k, v, s in c.env:
        L.append(ykv(r, k, v, 6))
    L += ['    steps:', '      - uses: actions/checkout@v4']
    if plat == 0:
        L += ['      - uses: superfly/flyctl-actions/setup-flyctl@master', '      - run: flyctl deploy --remote-only']
    elif plat == 1:
        L += ['      - run: curl https://cli-assets.heroku.com/install.sh | sh',
              '      - run: heroku container:push web --app %s && heroku container:release web --app %s' % (c.app, c.app)]
    else:
        L += ['      - run: |', '          cf api "$CF_API"', '          cf auth', '          cf push %s -f manifest.yml' % c.app]
    return '.github/workflows/' + pick(r, ['deploy.yml', 'cd.yml', 'release.yaml']), '\n'.join(L) + '\n'


def t_gitlab(r, c):
    L = ['stages:', '  - build', '  - deploy', '', 'variables:']
    for k, v, s in c.env:
        L.append(ykv(r, k, v, 2))
    L += ['', 'deploy_production:', '  stage: deploy', '  image: ' + pick(r, ['governmentpaas/cf-cli', 'ruby:3.2', 'flyio/flyctl:latest']),
          '  script:', '    - ' + pick(r, ['cf push %s' % c.app, 'dpl --provider=heroku --app=%s' % c.app, 'flyctl deploy']),
          '  only:', '    - main']
    return '.gitlab-ci.yml', '\n'.join(L) + '\n'


def t_runbook(r, c):
    plat = pick(r, ['Heroku', 'Cloud Foundry', 'Fly.io', 'Dokku'])
    cmd = {'Heroku': 'heroku config:set -a %s' % c.app, 'Cloud Foundry': 'cf set-env %s' % c.app, 'Fly.io': 'fly secrets set -a %s' % c.app,
           'Dokku': 'dokku config:set %s' % c.app}[plat]
    L = ['# Runbook: restoring %s on %s' % (c.app, plat), '', 'Last updated by the platform team. Steps to rebuild the config after an',
         'incident or when moving to a new space / app.', '', '## 1. Configure environment', '']
    if r.random() < 0.5:
        L += ['| Variable | Value |', '|---|---|']
        for k, v, s in c.env:
            L.append('| `%s` | `%s` |' % (k, v.replace('\n', '\\n')))
        L += ['', 'Apply them with `%s KEY=value`.' % cmd]
    else:
        L.append('```bash')
        for k, v, s in c.env:
            L.append('%s %s=%s' % (cmd.replace('config:set', 'config:set').replace('set-env %s' % c.app, 'set-env %s' % c.app), k, sq(r, v))
                     if plat != 'Cloud Foundry' else '%s %s %s' % (cmd, k, sq(r, v)))
        L.append('```')
    L += ['', '## 2. Deploy', '', 'Trigger a redeploy and watch the logs until the health check is green.', '']
    return pick(r, ['docs/runbooks/%s.md' % c.app, 'RUNBOOK.md', 'docs/ops/restore-config.md']), '\n'.join(L) + '\n'


def t_dotenv(r, c):
    L = ['# %s production settings' % c.app]
    for k, v, s in c.env:
        if '\n' in v:
            L.append('%s="%s"' % (k, v.replace('\n', '\\n')))
        else:
            L.append('%s=%s' % (k, v if SAFE.match(v) or v == '' else "'" + v + "'"))
    if c.label == 'neg':
        return pick(r, ['.env.example', '.env.sample', 'env.example']), '\n'.join(L) + '\n'
    return pick(r, ['.env', '.env.production', '.env.local']), '\n'.join(L) + '\n'


def t_makefile(r, c):
    L = ['APP ?= %s' % c.app, 'SPACE ?= production', '']
    for k, v, s in c.env:
        L.append('%s := %s' % (k, v.replace('$', '$$')))
    L += ['', '.PHONY: deploy', 'deploy:', '\tcf target -s $(SPACE)']
    for k, v, s in c.env:
        L.append('\tcf set-env $(APP) %s "$(%s)"' % (k, k))
    L.append('\tcf push $(APP)')
    return 'Makefile', '\n'.join(L) + '\n'


def t_compose_paas(r, c):
    # Porter / Railway / Koyeb users often keep a compose file the platform imports
    L = ['services:', '  %s:' % c.app, '    build: .', '    ports:', '      - "8080:8080"', '    environment:']
    for k, v, s in c.env:
        L.append(ykv(r, k, v.replace('$', '$$'), 6))
    return pick(r, ['docker-compose.prod.yml', 'compose.production.yaml']), '\n'.join(L) + '\n'


# ---------------------------------------------------------------- special templates (slot-shaped)
def t_vcap(r, c):
    sec = c.sec
    lab = {'postgres': 'elephantsql', 'mysql': 'cleardb', 'redis': 'rediscloud', 'mongodb': 'mlab', 'cloudamqp': 'cloudamqp'}.get(sec.provider, 'user-provided')
    if sec.fields and c.label == 'pos':
        cred = {k: v for k, v in sec.fields.items()}
    elif sec.fields:
        if c.mode == 'ref':
            cred = {'credhub-ref': '/c/%s/%s/%s/credentials' % (pick(r, ['p-service-broker', 'csb']), ruuid(r), ruuid(r))}
        else:
            cred = {}
            for k, v in sec.fields.items():
                cred[k] = c.val if k == 'password' else (v if k != 'uri' else '')
            if 'uri' in cred:
                cred['uri'] = sec.ph[0] if sec.ph and '://' in sec.ph[0] else c.val
            if 'secret_access_key' in cred:
                cred['access_key_id'] = 'AKIAIOSFODNN7EXAMPLE'
                cred['secret_access_key'] = c.val
    else:
        cred = {kebab(c.slot_k).replace('-', '_'): c.val} if c.mode != 'ref' else {
            'credhub-ref': '/c/user-provided/%s/credentials' % ruuid(r)}
    for k, v, s in c.env:
        if not s and k not in ('DB_HOST', 'DB_USER'):
            cred.setdefault(kebab(k).replace('-', '_'), v)
    vcap = {lab: [{'binding_guid': ruuid(r), 'binding_name': None, 'credentials': cred, 'instance_guid': ruuid(r),
                   'instance_name': pick(r, ['%s-db' % c.app, 'shared-creds', 'backing-svc']), 'label': lab, 'name': pick(r, ['%s-db' % c.app, 'shared-creds']),
                   'plan': pick(r, ['turtle', 'standard', 'free', '']), 'provider': None, 'syslog_drain_url': None,
                   'tags': ['postgresql'] if lab == 'elephantsql' else [], 'volume_mounts': []}]}
    if r.random() < 0.5:
        txt = 'System-Provided:\nVCAP_SERVICES: ' + json.dumps(vcap, indent=2) + '\n\nVCAP_APPLICATION: ' + json.dumps(
            {'application_id': ruuid(r), 'application_name': c.app, 'space_name': 'production', 'cf_api': 'https://api.sys.pcf.acme.internal'}, indent=2) + '\n'
        return pick(r, ['docs/cf-env-output.txt', 'debug/cf_env_%s.txt' % c.app]), txt
    return pick(r, ['test/fixtures/vcap_services.json', 'local/vcap-services.json', 'config/VCAP_SERVICES.json']), json.dumps(vcap, indent=2) + '\n'


def t_cups(r, c):
    svc = pick(r, ['%s-creds' % c.app, 'smtp-service', 'ext-api', 'shared-db'])
    if c.mode == 'ref':
        keys = ', '.join(kebab(k).replace('-', '_') for k, v, s in c.env if s or r.random() < 0.3)
        L = ['# prompts interactively for each value', 'cf cups %s -p "%s"' % (svc, keys or 'password')]
    else:
        cred = {kebab(k).replace('-', '_'): v for k, v, s in c.env}
        L = ['#!/bin/sh', '# user-provided service for %s' % c.app, "cf create-user-provided-service %s -p '%s'" % (svc, json.dumps(cred)),
             'cf bind-service %s %s' % (c.app, svc)]
        if r.random() < 0.5:
            L[2] = "cf cups %s -p '%s'" % (svc, json.dumps(cred))
    L.append('cf restage %s' % c.app)
    return pick(r, ['scripts/create-ups.sh', 'ci/tasks/cups.sh', 'bin/bootstrap-services']), '\n'.join(L) + '\n'


def t_dockercfg(r, c):
    host = c.sec.fields.get('registry', 'https://index.docker.io/v1/')
    user = next((v for k, v, s in c.env if k == 'REGISTRY_USERNAME' or k == 'DOCKER_USERNAME'), 'deploy-bot')
    if c.label == 'pos':
        auth = base64.b64encode(('%s:%s' % (user, c.sec.value)).encode()).decode()
        c.needle_override = auth
        d = {'auths': {host: {'auth': auth}}}
    else:
        d = {'auths': {host: {}}, 'credsStore': pick(r, ['desktop', 'ecr-login', 'osxkeychain'])} if c.mode == 'ref' else {'auths': {host: {'auth': c.val}}}
    return pick(r, ['.docker/config.json', 'deploy/docker-config.json', 'ci/dockerconfig.json']), json.dumps(d, indent=r.choice([1, 2, 4])) + '\n'


def t_nomad_auth(r, c):
    host = c.sec.fields.get('registry', 'registry.gitlab.com')
    h = host.replace('https://', '').split('/')[0]
    user = next((v for k, v, s in c.env if k in ('REGISTRY_USERNAME', 'DOCKER_USERNAME')), 'deploy-bot')
    pw = c.sec.value if c.label == 'pos' else ('{{ with secret "secret/data/registry" }}{{ .Data.data.password }}{{ end }}' if c.mode == 'ref' else c.val)
    L = ['job "%s" {' % c.app, '  datacenters = ["dc1"]', '  group "app" {', '    task "server" {', '      driver = "docker"', '      config {',
         '        image = "%s/acme/%s:1.0"' % (h if '.' in h else 'docker.io', c.app), '        auth {', '          username = "%s"' % user,
         '          password = "%s"' % pw, '        }', '      }', '    }', '  }', '}']
    return pick(r, ['nomad/%s.nomad' % c.app, 'jobs/%s.hcl' % c.app]), '\n'.join(L) + '\n'


def t_cf_docker(r, c):
    user = next((v for k, v, s in c.env if k in ('REGISTRY_USERNAME', 'DOCKER_USERNAME')), 'deploy-bot')
    pw = c.sec.value if c.label == 'pos' else ('"$(vault kv get -field=token secret/ci/registry)"' if c.mode == 'ref' else sq(r, c.val))
    if c.label == 'pos':
        pw = sq(r, pw)
    L = ['#!/usr/bin/env bash', 'set -eu', 'export CF_DOCKER_PASSWORD=%s' % pw,
         'cf push %s --docker-image %s/acme/%s:${VERSION} --docker-username %s' % (c.app, pick(r, ['ghcr.io', 'registry.gitlab.com', 'quay.io']), c.app, user)]
    return pick(r, ['ci/push-docker-app.sh', 'scripts/cf-docker-push.sh']), '\n'.join(L) + '\n'


def t_do_registry(r, c):
    user = next((v for k, v, s in c.env if k in ('REGISTRY_USERNAME', 'DOCKER_USERNAME')), 'deploy-bot')
    val = c.sec.value if c.label == 'pos' else c.val
    L = ['name: %s' % c.app, 'services:', '- name: api', '  image:', '    registry_type: ' + pick(r, ['DOCKER_HUB', 'GHCR']),
         '    registry: acme', '    repository: %s' % c.app, '    tag: latest']
    if c.mode != 'ref':
        L.append('    registry_credentials: "%s:%s"' % (user, val))
    L += ['  http_port: 8080', '  instance_count: 2']
    return '.do/app.yaml', '\n'.join(L) + '\n'


def t_publishprofile(r, c):
    site = c.app
    pw = c.sec.value if c.label == 'pos' else c.val
    x = ('<publishData><publishProfile profileName="%s - Web Deploy" publishMethod="MSDeploy" publishUrl="%s.scm.azurewebsites.net:443" '
         'msdeploySite="%s" userName="$%s" userPWD="%s" destinationAppUrl="https://%s.azurewebsites.net" SQLServerDBConnectionString="" '
         'hostingProviderForumLink="" controlPanelLink="https://portal.azure.com" webSystem="WebSites"><databases /></publishProfile>'
         '<publishProfile profileName="%s - FTP" publishMethod="FTP" publishUrl="ftps://waws-prod-am2-%d.ftp.azurewebsites.windows.net/site/wwwroot" '
         'ftpPassiveMode="True" userName="%s\\$%s" userPWD="%s" destinationAppUrl="https://%s.azurewebsites.net" SQLServerDBConnectionString="" '
         'webSystem="WebSites"><databases /></publishProfile></publishData>') % (site, site, site, site, pw, site, site, r.randint(100, 999), site, site, pw, site)
    return pick(r, ['%s.PublishSettings' % site, 'Properties/PublishProfiles/%s.publishsettings' % site]), x + '\n'


def k_azpublish(r):
    return S('azure', 'publish_profile_password', 'userPWD', rs(r, AN, 60), group='publish')


def t_pem_secretfile(r, c):
    # Cloud Foundry / ACA / Render secret files with a PEM body
    v = next(v for k, v, s in c.env if s)
    k = c.slot_k
    if r.random() < 0.5:
        L = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: %s-keys' % c.app, 'type: Opaque', 'stringData:', ykv(r, kebab(k), v, 2)]
        return pick(r, ['openshift/secret-keys.yaml', 'ocp/%s-secret.yaml' % c.app]), '\n'.join(L) + '\n'
    L = ['# mounted via fly secrets / render secret files', v]
    return pick(r, ['deploy/keys/%s.pem' % kebab(k), 'secrets/signing-key.pem']), '\n'.join(L) + '\n'


T = {}


def reg(name, fn, ft, group='app', refs=(), struct=False, ml=False, envs=True, weight=1.0):
    T[name] = dict(name=name, fn=fn, ft=ft, group=group, refs=list(refs), struct=struct, ml=ml, envs=envs, weight=weight)


DOLLAR = lambda k: '${%s}' % upper_key(k)
CRED = lambda k: '((%s))' % kebab(k)
ADO = lambda k: '$(%s)' % upper_key(k)
SHV = lambda k: '$%s' % upper_key(k)

reg('cf_manifest', t_cf_manifest, 'yaml', refs=[CRED, CRED, DOLLAR], ml=True, weight=2)
reg('cf_vars', t_cf_vars, 'yaml', refs=[lambda k: '((/concourse/main/%s))' % kebab(k)], ml=True)
reg('cf_setenv', t_cf_setenv, 'shell', refs=[lambda k: '"$%s"' % upper_key(k), lambda k: '"$(credhub get -n /prod/%s -q)"' % kebab(k)])
reg('cf_profile', t_cf_profile, 'shell', refs=[lambda k: '"$(echo "$VCAP_SERVICES" | jq -r \'.["user-provided"][0].credentials.%s\')"' % kebab(k).replace('-', '_')], ml=True)
reg('ecs_json', t_ecs_json, 'json', struct=True, ml=True, weight=2)
reg('ecs_tf', t_ecs_tf, 'hcl', struct=True)
reg('ecs_cfn', t_ecs_cfn, 'yaml', struct=True, ml=True)
reg('eb_options', t_eb_options, 'yaml', refs=[lambda k: '`{"Fn::GetOptionSetting": {"Namespace": "aws:elasticbeanstalk:application:environment", "OptionName": "%s"}}`' % upper_key(k),
                                             lambda k: '{{resolve:secretsmanager:prod/%s:SecretString:%s}}' % (kebab(k), k.lower())], ml=True, weight=1.5)
reg('eb_list', t_eb_list, 'yaml', refs=[lambda k: '{{resolve:ssm-secure:/%s/prod}}' % kebab(k)])
reg('eb_saved', t_eb_saved, 'yaml', refs=[lambda k: '{{resolve:secretsmanager:%s}}' % kebab(k)])
reg('eb_setenv', t_eb_setenv, 'shell', refs=[lambda k: '"$(aws ssm get-parameter --with-decryption --name /prod/%s --query Parameter.Value --output text)"' % kebab(k)])
reg('dockerrun', t_dockerrun, 'json', refs=[DOLLAR], ml=True)
reg('marathon', t_marathon, 'json', struct=True, ml=True)
reg('heroku_appjson', t_heroku_appjson, 'json', struct=True, ml=True)
reg('heroku_cli', t_heroku_cli, 'shell', refs=[lambda k: '"$(heroku config:get %s -a legacy-app)"' % upper_key(k), lambda k: '"$%s"' % upper_key(k)])
reg('heroku_yml', t_heroku_yml, 'yaml', refs=[DOLLAR])
reg('heroku_tf', t_heroku_tf, 'hcl', struct=True)
reg('gae', t_gae, 'yaml', ml=True, weight=1.5)
reg('cloudrun', t_cloudrun, 'yaml', struct=True, ml=True, weight=1.5)
reg('knative', t_knative, 'yaml', struct=True, ml=True)
reg('gcloud', t_gcloud, 'shell', refs=[lambda k: '${%s}' % upper_key(k)])
reg('cloudbuild', t_cloudbuild, 'yaml', refs=[lambda k: '$$%s' % upper_key(k), lambda k: '${_%s}' % upper_key(k)])
reg('az_export', t_az_export, 'json', refs=[lambda k: azref(random.Random(len(k)), k)], ml=True)
reg('arm', t_arm, 'json', struct=True, ml=True)
reg('bicep', t_bicep, 'bicep', struct=True, ml=True)
reg('az_cli', t_az_cli, 'shell', refs=[lambda k: "'%s'" % azref(random.Random(len(k) + 1), k), lambda k: '"$%s"' % upper_key(k)])
reg('az_tf', t_az_tf, 'hcl', struct=True, ml=True)
reg('local_settings', t_local_settings, 'json', refs=[lambda k: azref(random.Random(len(k) + 2), k)], ml=True)
reg('aca', t_aca, 'yaml', struct=True, ml=True)
reg('aca_cli', t_aca_cli, 'shell', refs=[lambda k: '"$%s"' % upper_key(k), lambda k: 'keyvaultref:https://kv-acme.vault.azure.net/secrets/%s,identityref:system' % kebab(k)])
reg('fly_toml', t_fly_toml, 'toml', refs=[DOLLAR], ml=True, weight=1.5)
reg('fly_buildargs', t_fly_buildargs, 'toml', refs=[DOLLAR])
reg('fly_secrets', t_fly_secrets, 'shell', struct=True, group='any')
reg('render', t_render, 'yaml', struct=True, ml=True, weight=1.5)
reg('railway', t_railway, 'shell', refs=[lambda k: '${{shared.%s}}' % upper_key(k), lambda k: '${{Postgres.DATABASE_URL}}'])
reg('do_spec', t_do_spec, 'yaml', struct=True, ml=True)
reg('dokku', t_dokku, 'shell', refs=[lambda k: '"$(pass show dokku/%s)"' % kebab(k)])
reg('caprover', t_caprover, 'yaml', refs=[lambda k: '$$cap_%s' % k.lower()], ml=True)
reg('openshift', t_openshift, 'yaml', struct=True, ml=True)
reg('nomad', t_nomad, 'hcl', struct=True, ml=True, weight=1.5)
reg('nomad_json', t_nomad_json, 'json', refs=[lambda k: '${NOMAD_META_%s}' % upper_key(k)], ml=True)
reg('swarm', t_swarm, 'yaml', struct=True, ml=True)
reg('porter', t_porter, 'yaml', refs=[DOLLAR])
reg('koyeb', t_koyeb, 'shell', refs=[lambda k: '@%s' % kebab(k), lambda k: '{{ secret.%s }}' % kebab(k)], group='any')
reg('northflank', t_northflank, 'json', refs=[lambda k: '${refs.%s.value}' % kebab(k)])
reg('gha', t_gha, 'yaml', refs=[ghref, ghref], group='any', weight=2)
reg('gitlab', t_gitlab, 'yaml', refs=[DOLLAR, lambda k: '$%s_MASKED' % upper_key(k)], group='any')
reg('runbook', t_runbook, 'markdown', refs=[lambda k: '<see 1Password: %s>' % upper_key(k), ADO], group='any', weight=1.5)
reg('dotenv', t_dotenv, 'dotenv', refs=[DOLLAR], weight=0.6)
reg('makefile', t_makefile, 'makefile', refs=[lambda k: '$(shell vault kv get -field=%s secret/app)' % kebab(k)], group='any')
reg('compose_paas', t_compose_paas, 'yaml', refs=[DOLLAR], ml=True)
reg('vcap', t_vcap, 'json', struct=True, envs=False, weight=2)
reg('cups', t_cups, 'shell', struct=True, envs=False, weight=1.5)
reg('dockercfg', t_dockercfg, 'json', struct=True, group='registry', envs=False)
reg('nomad_auth', t_nomad_auth, 'hcl', struct=True, group='registry', envs=False)
reg('cf_docker', t_cf_docker, 'shell', struct=True, group='registry', envs=False)
reg('do_registry', t_do_registry, 'yaml', struct=True, group='registry', envs=False)
reg('publishprofile', t_publishprofile, 'xml', struct=True, group='publish', envs=False)
reg('pem_file', t_pem_secretfile, 'pem', struct=True, group='pem', envs=False, weight=0.6)
# Azure DevOps pipeline variables
def t_ado(r, c):
    L = ['trigger:', '  - main', '', 'pool:', '  vmImage: ubuntu-latest', '', 'variables:']
    for k, v, s in c.env:
        L += ['  - name: ' + k, '    value: ' + (yq(r, v) if '\n' not in v else jq(v))]
    L += ['', 'steps:', '  - task: AzureWebApp@1', '    inputs:', '      azureSubscription: sc-prod', '      appName: app-%s-prod' % c.app,
          '      appSettings: ' + ' '.join('-%s $(%s)' % (k, k) for k, v, s in c.env[:3])]
    return pick(r, ['azure-pipelines.yml', '.azure/pipelines/deploy.yml']), '\n'.join(L) + '\n'


reg('ado', t_ado, 'yaml', refs=[ADO, lambda k: '$(%s)' % kebab(k)], group='any')


def t_eb_files(r, c):
    L = ['files:', '  "/opt/elasticbeanstalk/support/%s.env":' % c.app, '    mode: "000600"', '    owner: webapp', '    group: webapp',
         '    content: |']
    for k, v, s in c.env:
        L.append('      %s=%s' % (k, v.replace('\n', '\\n')))
    L += ['', 'container_commands:', '  01_migrate:', '    command: "source /opt/elasticbeanstalk/support/%s.env && npm run migrate"' % c.app,
          '    leader_only: true']
    return '.ebextensions/' + pick(r, ['01_files.config', 'app-env-file.config']), '\n'.join(L) + '\n'


def t_kamal(r, c):
    L = ['service: ' + c.app, 'image: acme/' + c.app, '', 'servers:', '  web:', '    - %d.%d.%d.%d' % (r.randint(5, 200), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
         '', 'registry:', '  server: ghcr.io', '  username: acme-deploy', '  password:', '    - KAMAL_REGISTRY_PASSWORD', '', 'env:', '  clear:']
    sec = []
    for k, v, s in c.env:
        if is_ref(c, k):
            sec.append(k)
        else:
            L.append(ykv(r, k, v, 4))
    if sec:
        L += ['  secret:'] + ['    - ' + k for k in sec]
    L += ['', 'proxy:', '  ssl: true', '  host: %s.acme.io' % c.app]
    return 'config/deploy.yml', '\n'.join(L) + '\n'


reg('eb_files', t_eb_files, 'yaml', refs=[lambda k: '{{resolve:ssm-secure:/%s}}' % kebab(k), DOLLAR])
reg('kamal', t_kamal, 'yaml', struct=True, ml=True)


# ---------------------------------------------------------------- look-alike negative templates
def lk_ecs(r):
    a, rg, app = acct(r), pick(r, REGIONS_AWS), pick(r, APPS)
    d = {'taskDefinitionArn': 'arn:aws:ecs:%s:%s:task-definition/%s:%d' % (rg, a, app, r.randint(3, 300)),
         'containerDefinitions': [{'name': app, 'image': '%s.dkr.ecr.%s.amazonaws.com/%s@sha256:%s' % (a, rg, app, rs(r, HEX, 64)),
                                   'environment': [{'name': 'GIT_SHA', 'value': rs(r, HEX, 40)}, {'name': 'BUILD_ID', 'value': '%s:%s' % (app, ruuid(r))}],
                                   'secrets': [{'name': 'DATABASE_URL', 'valueFrom': 'arn:aws:secretsmanager:%s:%s:secret:%s/db-%s' % (rg, a, app, rs(r, AN, 6))},
                                               {'name': 'STRIPE_SECRET_KEY', 'valueFrom': 'arn:aws:ssm:%s:%s:parameter/%s/stripe' % (rg, a, app)}]}],
         'family': app, 'taskRoleArn': 'arn:aws:iam::%s:role/%s-task' % (a, app), 'revision': r.randint(3, 300), 'status': 'ACTIVE',
         'registeredAt': '2024-0%d-1%dT10:%02d:00.000Z' % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 59))}
    return 'lookalike_ecs_digest', 'json', pick(r, ['ecs/describe-task-definition.json', 'deploy/taskdef.rendered.json']), json.dumps(d, indent=2) + '\n'


def lk_vcap(r):
    app = pick(r, APPS)
    d = {'p.mysql': [{'binding_guid': ruuid(r), 'credentials': {'credhub-ref': '/c/p.mysql/%s/%s/credentials' % (ruuid(r), ruuid(r))},
                      'instance_guid': ruuid(r), 'instance_name': app + '-db', 'label': 'p.mysql', 'plan': 'db-small', 'tags': ['mysql']}],
         'user-provided': [{'credentials': {'api_key': '<set-me>', 'url': 'https://api.partner.example.com'}, 'instance_guid': ruuid(r),
                            'label': 'user-provided', 'name': 'partner-api'}]}
    return 'lookalike_vcap_guids', 'json', pick(r, ['test/fixtures/vcap.json', 'spec/fixtures/vcap_services.json']), json.dumps(d, indent=2) + '\n'


def lk_heroku_releases(r):
    app = pick(r, APPS)
    arr = [{'id': ruuid(r), 'version': v, 'description': 'Deploy %s' % rs(r, HEX, 8), 'slug': {'id': ruuid(r)}, 'status': 'succeeded',
            'user': {'email': 'ci@acme.io', 'id': ruuid(r)}, 'app': {'name': app, 'id': ruuid(r)}, 'current': v == 0}
           for v in range(r.randint(2, 4))]
    return 'lookalike_heroku_release_ids', 'json', pick(r, ['ops/heroku-releases.json', 'docs/releases-%s.json' % app]), json.dumps(arr, indent=2) + '\n'


def lk_fly(r):
    app = pick(r, APPS)
    L = ['app = "%s"' % app, 'primary_region = "fra"', '', '[build]', '  image = "registry.fly.io/%s@sha256:%s"' % (app, rs(r, HEX, 64)), '',
         '[env]', '  RELEASE_SHA = "%s"' % rs(r, HEX, 40), '  FLY_PROCESS_GROUP = "app"', '', '[[http_service.checks]]', '  grace_period = "10s"',
         '  interval = "30s"', '  method = "GET"', '  path = "/healthz"', '  [http_service.checks.headers]', '    X-Health-Check = "fly-%s"' % rs(r, LO, 6), '',
         '# machine ids (fly m list): %s %s' % (rs(r, HEX, 14), rs(r, HEX, 14))]
    return 'lookalike_fly_digest', 'toml', 'fly.toml', '\n'.join(L) + '\n'


def lk_nomad(r):
    app = pick(r, APPS)
    L = ['job "%s" {' % app, '  group "app" {', '    task "server" {', '      driver = "exec"', '      artifact {',
         '        source      = "https://releases.acme.io/%s/%s_linux_amd64.tar.gz"' % (app, app), '        options {',
         '          checksum = "sha256:%s"' % rs(r, HEX, 64), '        }', '      }', '      vault { policies = ["%s-read"] }' % app,
         '      template {', '        data = <<EOF', '{{ with secret "database/creds/%s" }}' % app, 'DB_USER={{ .Data.username }}',
         'DB_PASSWORD={{ .Data.password }}', '{{ end }}', 'EOF', '        destination = "secrets/db.env"', '        env = true', '      }',
         '      meta { build = "%s" }' % rs(r, HEX, 12), '    }', '  }', '}']
    return 'lookalike_nomad_checksum', 'hcl', 'jobs/%s.nomad.hcl' % app, '\n'.join(L) + '\n'


def lk_do_ev(r):
    app = pick(r, APPS)
    L = ['name: %s' % app, 'services:', '- name: web', '  envs:']
    for k in r.sample(['DATABASE_URL', 'SECRET_KEY_BASE', 'STRIPE_SECRET_KEY', 'SENDGRID_API_KEY', 'JWT_SECRET'], 3):
        L += ['  - key: ' + k, '    scope: RUN_TIME', '    type: SECRET', '    value: EV[1:%s:%s]' % (b64(r, 24), b64(r, r.randint(40, 100)))]
    L += ['  - key: DATABASE_CA', '    value: ${db.CA_CERT}', 'databases:', '- name: db', '  engine: PG', '  version: "15"']
    return 'lookalike_do_encrypted', 'yaml', '.do/app.yaml', '\n'.join(L) + '\n'


def lk_arm(r):
    d = {'$schema': 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', 'contentVersion': '1.0.0.0',
         'variables': {'storageBlobDataReader': "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1')]",
                       'roleAssignmentName': "[guid(resourceGroup().id, 'blob-reader')]"},
         'resources': [{'type': 'Microsoft.Web/sites/config', 'apiVersion': '2022-09-01', 'name': "[concat(parameters('siteName'), '/appsettings')]",
                        'properties': {'AzureWebJobsStorage': "[concat('DefaultEndpointsProtocol=https;AccountName=', variables('sa'), ';AccountKey=', listKeys(resourceId('Microsoft.Storage/storageAccounts', variables('sa')), '2022-09-01').keys[0].value)]",
                                       'APPINSIGHTS_INSTRUMENTATIONKEY': "[reference(resourceId('Microsoft.Insights/components', 'ai-web')).InstrumentationKey]",
                                       'DB_PASSWORD': '@Microsoft.KeyVault(SecretUri=https://kv-acme.vault.azure.net/secrets/db-password/%s)' % rs(r, HEX, 32),
                                       'AZURE_CLIENT_ID': ruuid(r)}}]}
    return 'lookalike_arm_refs', 'json', pick(r, ['infra/appsettings.json', 'arm/config.json']), json.dumps(d, indent=2) + '\n'


def lk_bicep(r):
    L = ["param principalId string", "var roleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'", '',
         "resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {", '  name: guid(sa.id, principalId, roleId)', '  scope: sa',
         '  properties: {', "    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)", '    principalId: principalId', '  }', '}',
         '', "resource cfg 'Microsoft.Web/sites/config@2022-09-01' = {", "  name: 'appsettings'", '  parent: site', '  properties: {',
         "    SECRET_KEY: '@Microsoft.KeyVault(VaultName=${kv.name};SecretName=django-secret-key)'",
         "    AzureWebJobsStorage__accountName: sa.name", "    BUILD_SHA: '%s'" % rs(r, HEX, 40), '  }', '}']
    return 'lookalike_bicep_guid', 'bicep', 'infra/roles.bicep', '\n'.join(L) + '\n'


def lk_gha_pinned(r):
    L = ['name: deploy', 'on: [push]', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    steps:',
         '      - uses: actions/checkout@%s # v4' % rs(r, HEX, 40), '      - uses: superfly/flyctl-actions/setup-flyctl@%s' % rs(r, HEX, 40),
         '      - run: flyctl deploy --remote-only --image-label %s' % rs(r, HEX, 12), '        env:', '          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}',
         '      - uses: akhileshns/heroku-deploy@%s' % rs(r, HEX, 40), '        with:', '          heroku_api_key: ${{ secrets.HEROKU_API_KEY }}',
         '          heroku_app_name: %s' % pick(r, APPS), '          heroku_email: ${{ vars.HEROKU_EMAIL }}']
    return 'lookalike_gha_pinned_sha', 'yaml', '.github/workflows/deploy.yml', '\n'.join(L) + '\n'


def lk_ssh(r):
    key = 'AAAAC3NzaC1lZDI1NTE5AAAAI' + rs(r, B64, 43)
    rsa = 'AAAAB3NzaC1yc2EAAAADAQABAAABgQ' + rs(r, B64, 500)
    L = ['# Dokku host access', '', 'Add the CI deploy key (public) to the dokku host:', '', '```', 'dokku ssh-keys:add ci "ssh-ed25519 %s ci@acme"' % key, '```', '',
         'Host key fingerprint to verify on first connect:', '', '    SHA256:%s (ED25519)' % b64(r, 32).rstrip('='), '', 'Old RSA key (removed 2023):', '',
         '    ssh-rsa %s ops@legacy' % rsa]
    return 'lookalike_ssh_public', 'markdown', pick(r, ['docs/dokku.md', 'docs/deploy-keys.md']), '\n'.join(L) + '\n'


def cert(r):
    body = 'MIID' + rs(r, B64, 1100)
    return '-----BEGIN CERTIFICATE-----\n' + '\n'.join(body[i:i + 64] for i in range(0, len(body), 64)) + '\n-----END CERTIFICATE-----'


def lk_cert(r):
    app = pick(r, APPS)
    L = ['applications:', '- name: ' + app, '  env:', '    # public CA of the internal PKI, not a secret', '    TRUSTED_CA_CERT: |']
    L += ['      ' + ln for ln in cert(r).split('\n')]
    L += ['    JBP_CONFIG_OPEN_JDK_JRE: "{ jre: { version: 17.+ } }"']
    return 'lookalike_ca_certificate', 'yaml', pick(r, ['manifest.yml', 'cf/manifest-ca.yml']), '\n'.join(L) + '\n'


def lk_knative(r):
    app = pick(r, APPS)
    L = ['apiVersion: serving.knative.dev/v1', 'kind: Revision', 'metadata:', '  name: %s-%05d' % (app, r.randint(1, 400)),
         '  annotations:', '    run.googleapis.com/operation-id: %s' % ruuid(r), '    serving.knative.dev/creator: ci@acme-prod.iam.gserviceaccount.com',
         '  labels:', '    serving.knative.dev/configurationGeneration: "%d"' % r.randint(1, 400), '  uid: %s' % ruuid(r), 'spec:', '  containers:',
         '  - image: europe-west1-docker.pkg.dev/acme-prod/apps/%s@sha256:%s' % (app, rs(r, HEX, 64)), '    env:', '    - name: API_KEY', '      valueFrom:',
         '        secretKeyRef:', '          key: latest', '          name: %s-api-key' % app, 'status:', '  imageDigest: sha256:%s' % rs(r, HEX, 64)]
    return 'lookalike_knative_revision', 'yaml', pick(r, ['deploy/revision.yaml', 'knative/rev.yaml']), '\n'.join(L) + '\n'


def lk_dockerrun_v1(r):
    d = {'AWSEBDockerrunVersion': '1', 'Authentication': {'Bucket': 'acme-eb-config', 'Key': 'docker/.dockercfg'},
         'Image': {'Name': 'acme/%s@sha256:%s' % (pick(r, APPS), rs(r, HEX, 64)), 'Update': 'true'}, 'Ports': [{'ContainerPort': 8080}],
         'Logging': '/var/log/app'}
    return 'lookalike_dockerrun_auth_bucket', 'json', 'Dockerrun.aws.json', json.dumps(d, indent=2) + '\n'


def lk_marathon(r):
    app = pick(r, APPS)
    d = {'id': '/prod/' + app, 'fetch': [{'uri': 'https://artifacts.acme.io/%s/%s.tgz' % (app, rs(r, HEX, 40)), 'extract': True}],
         'env': {'ARTIFACT_MD5': rs(r, HEX, 32), 'DB_PASSWORD': {'secret': 'dbpass'}}, 'secrets': {'dbpass': {'source': 'prod/%s/db_password' % app}},
         'healthChecks': [{'protocol': 'HTTP', 'path': '/ping?token=healthcheck'}], 'version': '2024-03-0%dT12:00:00.000Z' % r.randint(1, 9)}
    return 'lookalike_marathon_secret_ref', 'json', 'marathon/%s.json' % app, json.dumps(d, indent=2) + '\n'


def lk_render_bp(r):
    L = ['services:', '  - type: web', '    name: ' + pick(r, APPS), '    runtime: python', '    envVars:', '      - key: SECRET_KEY', '        generateValue: true',
         '      - key: DATABASE_URL', '        fromDatabase:', '          name: main-db', '          property: connectionString', '      - key: STRIPE_SECRET_KEY',
         '        sync: false', '      - fromGroup: shared-settings', '      - key: RENDER_GIT_COMMIT_PIN', '        value: "%s"' % rs(r, HEX, 40),
         'databases:', '  - name: main-db', '    ipAllowList: []']
    return 'lookalike_render_generated', 'yaml', 'render.yaml', '\n'.join(L) + '\n'


def lk_sops(r):
    L = ['# encrypted with sops; edit with `sops deploy/secrets.enc.yaml`']
    for k in r.sample(['DATABASE_URL', 'SECRET_KEY_BASE', 'STRIPE_SECRET_KEY', 'REDIS_URL', 'JWT_SECRET'], 3):
        L.append('%s: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (k, b64(r, r.randint(30, 80)), b64(r, 32), b64(r, 16)))
    L += ['sops:', '    age:', '        - recipient: age1%s' % rs(r, '023456789acdefghjklmnpqrstuvwxyz', 58), '          enc: |',
          '            -----BEGIN AGE ENCRYPTED FILE-----'] + ['            ' + b64(r, 48) for _ in range(4)] + [
        '            -----END AGE ENCRYPTED FILE-----', '    lastmodified: "2024-05-1%dT09:12:44Z"' % r.randint(0, 9),
        '    mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (b64(r, 64), b64(r, 32), b64(r, 16)), '    version: 3.8.1']
    return 'lookalike_sops_ciphertext', 'yaml', pick(r, ['deploy/secrets.enc.yaml', 'fly/secrets.sops.yaml']), '\n'.join(L) + '\n'


def lk_jwks(r):
    d = {'keys': [{'kty': 'RSA', 'use': 'sig', 'kid': rs(r, B64U, 43), 'alg': 'RS256', 'n': b64(r, 256, True).rstrip('='), 'e': 'AQAB'}]}
    return 'lookalike_jwks_public', 'json', pick(r, ['config/jwks.json', 'public/.well-known/jwks.json']), json.dumps(d, indent=2) + '\n'


def lk_cfcurl(r):
    d = {'guid': ruuid(r), 'name': pick(r, APPS), 'state': 'STARTED', 'lifecycle': {'type': 'buildpack', 'data': {'buildpacks': ['nodejs_buildpack'], 'stack': 'cflinuxfs4'}},
         'relationships': {'space': {'data': {'guid': ruuid(r)}}}, 'metadata': {'labels': {'commit': rs(r, HEX, 40)}, 'annotations': {}},
         'links': {'self': {'href': 'https://api.sys.pcf.acme.internal/v3/apps/%s' % ruuid(r)}}, 'droplet_checksum': {'type': 'sha256', 'value': rs(r, HEX, 64)}}
    return 'lookalike_cf_app_guid', 'json', pick(r, ['docs/cf-curl-app.json', 'test/fixtures/cf_app.json']), json.dumps(d, indent=2) + '\n'


def lk_heroku_generator(r):
    d = {'name': pick(r, APPS), 'env': {'SECRET_KEY_BASE': {'description': 'Rails secret', 'generator': 'secret'},
                                       'STRIPE_PUBLISHABLE_KEY': {'value': 'pk_live_51' + rs(r, AN, 97)},
                                       'STRIPE_SECRET_KEY': {'description': 'from dashboard.stripe.com', 'required': True},
                                       'HEROKU_APP_ID': {'value': ruuid(r), 'required': False}},
         'addons': ['heroku-redis:mini'], 'stack': 'heroku-24'}
    return 'lookalike_heroku_generator', 'json', 'app.json', json.dumps(d, indent=2) + '\n'


def lk_swarm(r):
    app = pick(r, APPS)
    L = ['version: "3.9"', 'services:', '  %s:' % app, '    image: ghcr.io/acme/%s@sha256:%s' % (app, rs(r, HEX, 64)), '    environment:',
         '      DB_PASSWORD_FILE: /run/secrets/db_password', '      CONFIG_SHA: "%s"' % rs(r, HEX, 64), '    secrets: [db_password]', '    configs:',
         '      - source: nginx_conf_%s' % rs(r, HEX, 8), '        target: /etc/nginx/nginx.conf', 'secrets:', '  db_password:', '    external: true',
         'configs:', '  nginx_conf_%s:' % rs(r, HEX, 8), '    file: ./nginx.conf']
    return 'lookalike_swarm_external_secret', 'yaml', 'docker-stack.yml', '\n'.join(L) + '\n'


def lk_openshift(r):
    app = pick(r, APPS)
    L = ['apiVersion: template.openshift.io/v1', 'kind: Template', 'metadata:', '  name: ' + app, 'parameters:', '- name: DATABASE_PASSWORD',
         '  generate: expression', '  from: "[a-zA-Z0-9]{24}"', '- name: GITHUB_WEBHOOK_SECRET', '  generate: expression', '  from: "[a-zA-Z0-9]{40}"',
         'objects:', '- kind: ImageStreamTag', '  apiVersion: image.openshift.io/v1', '  metadata:', '    name: %s:latest' % app, '  image:',
         '    dockerImageReference: image-registry.openshift-image-registry.svc:5000/shop/%s@sha256:%s' % (app, rs(r, HEX, 64))]
    return 'lookalike_openshift_generate', 'yaml', 'openshift/%s.yaml' % app, '\n'.join(L) + '\n'


def lk_aca_kv(r):
    L = ['properties:', '  configuration:', '    secrets:', '    - name: db-url', '      keyVaultUrl: https://kv-acme.vault.azure.net/secrets/db-url',
         '      identity: /subscriptions/%s/resourceGroups/rg-apps/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-app' % ruuid(r),
         '    registries:', '    - server: acmecr.azurecr.io', '      identity: system', '  template:', '    revisionSuffix: %s' % rs(r, LO + DG, 10),
         '    containers:', '    - image: acmecr.azurecr.io/app@sha256:%s' % rs(r, HEX, 64), '      name: app', '      env:', '      - name: DATABASE_URL',
         '        secretRef: db-url', '      - name: AZURE_CLIENT_ID', '        value: %s' % ruuid(r)]
    return 'lookalike_aca_keyvault', 'yaml', 'containerapp.yaml', '\n'.join(L) + '\n'


def lk_sri(r):
    L = ['# Release notes / artifact manifest', '', '| artifact | sha256 |', '|---|---|']
    for n in ['app-linux-amd64.tar.gz', 'app-linux-arm64.tar.gz', 'Dockerrun.aws.json']:
        L.append('| %s | `%s` |' % (n, rs(r, HEX, 64)))
    L += ['', 'CDN bundle integrity: `sha384-%s`' % b64(r, 48), '', 'Signed with cosign; signature: `%s`' % b64(r, 71)]
    return 'lookalike_checksums', 'markdown', pick(r, ['RELEASE.md', 'docs/releases/v%d.md' % r.randint(1, 9)]), '\n'.join(L) + '\n'


LOOKS = [lk_ecs, lk_vcap, lk_heroku_releases, lk_fly, lk_nomad, lk_do_ev, lk_arm, lk_bicep, lk_gha_pinned, lk_ssh, lk_cert, lk_knative,
         lk_dockerrun_v1, lk_marathon, lk_render_bp, lk_sops, lk_jwks, lk_cfcurl, lk_heroku_generator, lk_swarm, lk_openshift, lk_aca_kv, lk_sri]

GENERIC_PH = ['<your-key>', 'YOUR_API_KEY', 'xxxxxxxxxxxxxxxx', 'changeme', 'CHANGE_ME', 'TODO', 'replace-me', '<à remplir>', 'a-completer',
              'hier-einfuegen', '<geheim>', 'cambiar-esto', 'su-clave-aqui', 'sua-chave-aqui', 'REPLACE_WITH_REAL_VALUE', 'dummy', 'set-in-dashboard',
              '<set via heroku config:set>', 'vul-hier-in', '<insert secret here>']
MASKED = ['****', '********', '[REDACTED]', '<redacted>', '(hidden)', '*****************', 'sk_live_****', '••••••••']


# ---------------------------------------------------------------- assembly
def choose_kind(r, tpl):
    g = tpl['group']
    if g == 'registry':
        return k_registry(r)
    if g == 'publish':
        return k_azpublish(r)
    if g == 'pem':
        return k_pem(r)
    if g == 'any' and r.random() < 0.55:
        f = wpick(r, DEPLOY_KINDS)
    elif g == 'app' and r.random() < 0.06:
        f = wpick(r, DEPLOY_KINDS)
    else:
        f = wpick(r, KINDS)
    s = f(r)
    tries = 0
    while s.ml and not tpl['ml'] and tries < 20:
        s = wpick(r, KINDS)(r)
        tries += 1
    return s


def build_env(r, s, c, label):
    env = fillers(r, r.randint(1, 5))
    comps = []
    for k, v, safe in s.comps:
        if label == 'pos' or safe:
            comps.append((k, v, False))
    if label == 'neg' and c.mode == 'public' and s.public:
        comps = [x for x in comps if x[0] != s.public[0]]
    block = comps + [(s.key, c.val, True)]
    if r.random() < 0.3:
        block = [(s.key, c.val, True)] + comps
    pos = r.randint(0, len(env))
    env = env[:pos] + block + env[pos:]
    return env


def neg_value(r, s, tpl):
    modes = ['placeholder', 'placeholder', 'placeholder', 'masked', 'empty', 'ref', 'ref']
    if s.example:
        modes += ['example'] * 4
    if s.public:
        modes += ['public'] * 4
    m = pick(r, modes)
    if m == 'ref' and not (tpl['struct'] or tpl['refs']):
        m = 'placeholder'
    if m == 'placeholder':
        v = pick(r, s.ph + GENERIC_PH) if s.ph and r.random() < 0.5 else pick(r, GENERIC_PH)
    elif m == 'masked':
        v = pick(r, MASKED)
    elif m == 'empty':
        v = ''
    elif m == 'example':
        v = s.example
    elif m == 'public':
        v = s.public[1]
    else:
        v = None
    return m, v


def make_pos(r, tpl):
    s = choose_kind(r, tpl)
    c = C()
    c.label, c.mode, c.sec, c.val, c.slot_k = 'pos', 'pos', s, s.value, s.key
    c.app, c.reg, c.acct = pick(r, APPS), pick(r, REGIONS_AWS), acct(r)
    c.needle_override = None
    if tpl['envs'] or tpl['name'] in ('cups', 'vcap', 'pem_file'):
        c.env = build_env(r, s, c, 'pos')
    else:
        c.env = [(k, v, False) for k, v, safe in s.comps]
    if tpl['name'] == 'vcap':
        c.env = [e for e in c.env if not e[2]]
    path, text = tpl['fn'](r, c)
    needle = c.needle_override or s.needle
    return s, path, text, needle


def make_neg_reuse(r, tpl):
    s = choose_kind(r, tpl)
    m, v = neg_value(r, s, tpl)
    c = C()
    c.label, c.sec, c.slot_k = 'neg', s, s.key
    c.app, c.reg, c.acct = pick(r, APPS), pick(r, REGIONS_AWS), acct(r)
    c.needle_override = None
    c.mode = m
    if m == 'ref':
        if tpl['struct']:
            v = pick(r, tpl['refs'])(s.key) if tpl['refs'] else '${%s}' % upper_key(s.key)
        else:
            v = pick(r, tpl['refs'])(s.key)
    if m == 'public':
        c.slot_k = s.public[0]
    c.val = v
    if tpl['envs'] or tpl['name'] in ('cups', 'vcap', 'pem_file'):
        c.env = build_env(r, s, c, 'neg')
        if m == 'public':
            c.env = [(s.public[0], v, True) if e[2] else e for e in c.env]
    else:
        c.env = [(k, vv, False) for k, vv, safe in s.comps if safe]
    if tpl['name'] == 'vcap':
        c.env = [e for e in c.env if not e[2]]
    if tpl['name'] == 'pem_file':
        # a PEM slot holding a non-secret: write a public certificate instead
        c.env = [(s.key, cert(r), True)]
        m = 'public_certificate'
    path, text = tpl['fn'](r, c)
    return s, m, path, text


def make_neg_look(r):
    if r.random() < 0.45:
        name, ft, path, text = pick(r, LOOKS)(r)
        return name, ft, path, text
    envtpls = [t for t in T.values() if t['envs'] and t['name'] not in ('dotenv',)]
    tpl = pick(r, envtpls)
    c = C()
    c.label, c.mode, c.sec, c.val, c.slot_k = 'neg', 'look', None, None, '__none__'
    c.app, c.reg, c.acct = pick(r, APPS), pick(r, REGIONS_AWS), acct(r)
    c.needle_override = None
    env = fillers(r, r.randint(1, 4)) + lookalikes(r, r.randint(2, 4))
    r.shuffle(env)
    c.env = env
    path, text = tpl['fn'](r, c)
    return 'lookalike_env_' + tpl['name'], tpl['ft'], path, text


def plan(r, n, names, weights, cap=None):
    out = list(names)
    r.shuffle(out)
    out = out[:n]
    while len(out) < n:
        x = r.choices(names, weights)[0]
        if cap and x in cap and out.count(x) >= cap[x]:
            continue
        out.append(x)
    r.shuffle(out)
    return out


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def main():
    if len(sys.argv) != 3:
        print(__doc__.split('USAGE')[1].split('NEEDLE')[0].strip())
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    names = sorted(T)
    weights = [T[n]['weight'] for n in names]
    manifest, secrets = [], []
    seen = set()
    pos_plan = plan(r, 500, names, weights, cap={'dotenv': 20})
    for i, tn in enumerate(pos_plan):
        tpl = T[tn]
        for _ in range(50):
            s, path, text, needle = make_pos(r, tpl)
            if needle not in seen and needle in text:
                break
        assert needle in text and needle not in seen, (tn, needle)
        seen.add(needle)
        idx = text.index(needle)
        line = text.count('\n', 0, idx) + 1
        assert needle in text.split('\n')[line - 1]
        rel = 'pos/p%04d/%s' % (i, path)
        write(outdir, rel, text)
        manifest.append({'file': rel, 'label': 'pos', 'provider': s.provider, 'kind': s.kind, 'filetype': tpl['ft'], 'template': tn})
        secrets.append({'file': rel, 'needle': needle, 'line': line})
    neg_names = [n for n in names if n != 'pem_file']
    neg_plan = plan(r, 250, neg_names, [T[n]['weight'] for n in neg_names]) + ['__look__'] * 250
    r.shuffle(neg_plan)
    negtexts = []
    for i, tn in enumerate(neg_plan):
        if tn == '__look__':
            kind, ft, path, text = make_neg_look(r)
            prov, tname = 'none', kind
        else:
            tpl = T[tn]
            s, m, path, text = make_neg_reuse(r, tpl)
            kind, ft, prov, tname = m, tpl['ft'], s.provider, tn
        base = os.path.basename(path)
        assert not (base == '.env' or re.match(r'^\.env\.(local|production|prod|staging|development|dev|test)$', base)), path
        rel = 'neg/n%04d/%s' % (i, path)
        write(outdir, rel, text)
        negtexts.append(text)
        manifest.append({'file': rel, 'label': 'neg', 'provider': prov, 'kind': kind, 'filetype': ft, 'template': tname})
    # no positive needle may appear in any negative
    for t in negtexts:
        for nd in seen:
            assert nd not in t, nd
    with open(os.path.join(outdir, 'manifest.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=False) + '\n')
    with open(os.path.join(outdir, 'secrets.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for s in secrets:
            f.write(json.dumps(s) + '\n')


if __name__ == '__main__':
    main()
