#!/usr/bin/env python3
"""gen_fu.py - blind evaluation-set generator for secret scanners (BI / analytics engineering).

EMPHASIS
    Domain: BI, analytics engineering and dashboards.
    Providers: Looker (API3 client id/secret, embed secret), Tableau (personal access
    tokens: name + secret), Power BI service principals (Entra ID client secrets),
    Metabase (API keys mb_..., MB_EMBEDDING_SECRET_KEY, MB_ENCRYPTION_SECRET_KEY,
    MB_DB_PASS), Apache Superset (SECRET_KEY, GUEST_TOKEN_JWT_SECRET, SQLAlchemy URIs),
    Redash (user/query API keys), Mode (API token + secret), Hex (hxtp_/hxtw_ tokens),
    Sigma (client credentials, embed secret), Grafana (glsa_ service-account tokens,
    glc_ Cloud access-policy tokens, admin/datasource passwords), dbt (Cloud service
    tokens dbtc_, profiles.yml passwords/tokens/passphrases, git package tokens,
    alert webhooks), Lightdash (ldpat_ PATs, LIGHTDASH_SECRET), Cube (CUBEJS_API_SECRET),
    Preset (API token + secret), Snowflake (passwords, key-pair passphrases, encrypted
    PKCS#8 keys), BigQuery (service-account private keys), Databricks (dapi PATs),
    Athena / Redshift (AWS access keys, database passwords).
    Kinds: api_secret, api_key, pat, client_secret, embed_signing_key, app_secret_key,
    encryption_key, db_password (often inside URIs), service_account_key,
    private_key, key_passphrase, webhook_url, git_token.
    File types: looker.ini, LookML (.lkml), profiles.yml, dbt_project.yml, packages.yml,
    superset_config.py, metabase env files, docker-compose, Helm values, Kubernetes
    manifests, GitHub Actions, Python, JavaScript, PowerShell, shell, SQL, Jupyter
    notebooks, JSON (dashboards, service accounts, app settings), YAML, TOML, INI,
    XML, .properties, Terraform, Grafana Alloy, Dockerfile, Markdown, CSV, logs, PEM.

USAGE
    python3 gen_fu.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (p0000..p0499), OUTDIR/neg/nNNNN/<relpath>
    (n0000..n0499), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl
    (one line per positive: file, needle, line).  All randomness comes from a single
    random.Random(SEED); output is byte-identical for a given SEED.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written in the file, without the
      surrounding quotes, key name or separator.
    * Headers ("Authorization: Bearer X", "x-api-key: X", "ApiKey X", "Token X"):
      the needle is the token X only, without the scheme word.
    * URIs / DSNs / JDBC strings with an embedded password: the needle is the password
      only (user, host and query are not part of it).  Webhook URLs whose secret is
      the path itself (Slack incoming webhooks): the needle is the whole URL.  Query
      strings (?api_key=X): the needle is X.
    * Id + secret pairs (Looker client_id/client_secret, Tableau PAT name/secret,
      Mode token/secret, Sigma / Power BI client id + secret, Preset token/secret,
      AWS access key id + secret access key): the needle is the secret half only;
      the id half is treated as public.  For Athena JDBC URLs both halves sit on the
      same line.  Tableau PAT secrets are "base64:alnum" and the needle is the whole
      secret including the colon.
    * Multi-line PEM keys: the needle is the whole block from "-----BEGIN" to the end
      of the "-----END ...-----" line (several lines); its line is the BEGIN line.
      PEM keys written on one line with "\\n" escapes (service-account JSON,
      keyfile_json in profiles.yml) have the escaped string as the needle, as written.
    * line is the 1-based line of the needle's first occurrence; the generator
      asserts that the needle really starts on that line.

NEGATIVES
    500 files without any credential.  Half (250) re-use the positive templates with
    the secret slot holding a non-secret: placeholders (<your-...>, YOUR_API_KEY_HERE,
    changeme, xxxx...), empty values, masked values (****, [REDACTED], prefix + stars as
    Metabase/Grafana UIs show), environment / secret-manager references (${VAR},
    os.environ[...], process.env.X, var.x, env_var('X'), {{ secrets.X }}, vault: and
    op:// paths), template expressions, providers' documented example values.  The
    other half (250) are look-alikes of the domain: Grafana dashboard / alert UIDs,
    dbt manifest checksums, run ids and invocation ids, Tableau LUIDs, Power BI
    workspace / report / dataset GUIDs, Looker query slugs and per-request signed embed
    URLs, Metabase entity ids, public links and per-request signed embed JWTs, Redash
    query hashes, Snowflake query ids and RSA *public* keys, Databricks cluster /
    warehouse ids, Athena execution ids, BigQuery job ids, S3 ETags, lock-file hashes,
    image digests, commit SHAs, base64 image data, Mode report tokens, public Mapbox
    tokens and reCAPTCHA site keys, SSH host public keys.  No negative is written to
    a file named .env or .env.<something> (re-used templates get .env.example).

FORMATS CHECKED
    (with the search tool over public documentation and real project files; no
    scanner's rule code was used)
    * Databricks PAT: "dapi" + 32 hex; the Databricks CLI docs show
      dapi12345678901234567890123456789012 (used here only as a negative).
    * Grafana service-account token: "glsa_" + 32 alphanumerics + "_" + 8 hex.  Grafana
      docs show "Authorization: Bearer glsa_HOruNAb7...".  Two tokens found in
      public project files showed the 8 hex are the CRC-32 (IEEE) of
      "glsa_"+random, written as little-endian bytes; this generator computes it so.
    * Metabase API key: Metabase source (metabase.models.api-key) generates
      "mb_" + base64 of 32 random bytes (44 chars with padding); the UI masks all but
      the 7-char prefix.  Sent as the x-api-key header.
    * Tableau PAT: sign-in sends personalAccessTokenName / personalAccessTokenSecret
      (REST API docs, tableauserverclient PersonalAccessTokenAuth(name, secret, site)).
      Secrets seen in project files are base64(16 bytes) + ":" + 32 alphanumerics.
    * Looker: looker.ini [Looker] base_url / client_id / client_secret / verify_ssl;
      LOOKERSDK_* environment variables; Airflow connection login/password.
    * dbt Cloud: "Authorization: Token <token>" (Bearer also accepted); service tokens
      start "dbtc_" in project docs; profiles.yml with env_var() for secrets.
    * Hex: docs say personal tokens start "hxtp_" and workspace tokens "hxtw_", sent as
      Bearer tokens to app.hex.tech/api/v1.
    * Lightdash: PATs used as "Authorization: ApiKey <pat>"; seen as "ldpat_" + 32 hex.
    * Redash: user API key and query API key; used as ?api_key= or "Authorization: Key".
    * Mode: API token (12-hex id, also the form of report tokens) + secret/password,
      HTTP basic auth against app.mode.com/api.
    * Sigma: client id + client secret exchanged at /v2/auth/token.
    * AWS documented example keys AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/
      bPxRfiCYEXAMPLEKEY are used only in negatives.

DOUBTS
    * Looker API3 client_id 20 and client_secret 24 alphanumerics: from memory of
      real looker.ini files, not confirmed in the documentation searched.
    * dbtc_ token body (50 chars of [A-Za-z0-9_-]) and the dbtu_ variant: length and
      alphabet not documented; only the prefix was seen.
    * Hex token body after hxtp_/hxtw_ (64 alphanumerics): length not documented.
    * Mode API secret (40 alphanumerics), Sigma client secret (128 hex), Sigma client
      id (32 hex), Preset API secret (64 hex), Looker embed secret (64 hex): lengths
      not confirmed.
    * Entra ID (Power BI service principal) client secret: modelled as 3 chars +
      "7Q~"/"8Q~" + 34 chars of [A-Za-z0-9_.~-] (40 total), from memory; not confirmed.
    * Grafana Cloud glc_ tokens modelled as "glc_" + base64 of a small JSON object
      {"o":org,"n":name,"k":random,"m":{"r":region}}; from memory.
    * GitHub classic PAT (dbt packages.yml git URL): ghp_ + 30 base62 + 6-char base62
      CRC-32 checksum; checksum details from memory.
    * Cube CUBEJS_API_SECRET as 64 or 128 hex, Superset SECRET_KEY as
      "openssl rand -base64 42", MB_EMBEDDING_SECRET_KEY as 64 hex: from memory of
      the projects' docs, not re-read here.
    * PEM keys are random bytes behind a real PKCS#8 DER prefix; they are not valid keys.
"""
import base64
import json
import os
import random
import string
import sys
import zlib

# --------------------------------------------------------------------------- helpers
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = '0123456789abcdef'
B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
PW_CHARS = ALNUM + '-_.~!*'


def rs(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def mixed(rng, alphabet, n):
    """Random string that has at least one upper, one lower and one digit."""
    while True:
        s = rs(rng, alphabet, n)
        if (any(c.isupper() for c in s) and any(c.islower() for c in s)
                and any(c.isdigit() for c in s)):
            return s


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(rng, n):
    return base64.b64encode(rbytes(rng, n)).decode()


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip('=')


def uuid4(rng):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hexs(rng, n):
    return rs(rng, HEX, n)


def digits(rng, n):
    return str(rng.randint(1, 9)) + rs(rng, string.digits, n - 1)


def pick(rng, seq):
    return rng.choice(seq)


class Expr(object):
    """A code expression that replaces a quoted literal (negatives only)."""

    def __init__(self, s):
        self.s = s


def q(v, quote='"'):
    if isinstance(v, Expr):
        return v.s
    return quote + v + quote


def raw(v):
    return v.s if isinstance(v, Expr) else v


def pyjoin(prefix, v, suffix='', quote='"'):
    """A string literal with the value inside it, or concatenation around an expression."""
    if isinstance(v, Expr):
        parts = ([quote + prefix + quote] if prefix else []) + [v.s] + ([quote + suffix + quote] if suffix else [])
        return ' + '.join(parts)
    return quote + prefix + v + suffix + quote


def pem_wrap(label, der):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (label, '\n'.join(lines), label)


# ------------------------------------------------------------------ secret generators
def g_looker_id(rng):
    return mixed(rng, ALNUM, 20)


def g_looker_secret(rng):
    return mixed(rng, ALNUM, 24)


def g_hex64(rng):
    return hexs(rng, 64)


def g_tableau_pat(rng):
    return b64(rng, 16) + ':' + mixed(rng, ALNUM, 32)


def g_azure_secret(rng):
    return mixed(rng, ALNUM, 3) + rng.choice('78') + 'Q~' + mixed(rng, ALNUM + '_.~-', 34)


def g_mb_api_key(rng):
    return 'mb_' + b64(rng, 32)


def g_b64_32(rng):
    return b64(rng, 32)


def g_superset_key(rng):
    return b64(rng, 42)


def g_redash(rng):
    return mixed(rng, ALNUM, 40)


def g_mode_secret(rng):
    return mixed(rng, ALNUM, 40)


def g_hex_token(rng):
    return rng.choice(['hxtp_', 'hxtw_']) + mixed(rng, ALNUM, 64)


def g_sigma_secret(rng):
    return hexs(rng, 128)


def g_glsa(rng):
    pre = 'glsa_' + mixed(rng, ALNUM, 32)
    crc = zlib.crc32(pre.encode()) & 0xFFFFFFFF
    return pre + '_' + crc.to_bytes(4, 'little').hex()


def g_glc(rng):
    obj = {'o': digits(rng, 6), 'n': 'stack-%s-%s' % (digits(rng, 6), pick(rng, ['alloy', 'metrics-write', 'logs', 'ci-push'])),
           'k': mixed(rng, ALNUM, 24), 'm': {'r': pick(rng, ['prod-us-east-0', 'prod-eu-west-2', 'prod-ap-southeast-1', 'prod-us-central-0'])}}
    return 'glc_' + base64.b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode()


def g_dbtc(rng):
    return 'dbtc_' + mixed(rng, ALNUM + '_-', 50)


def g_ldpat(rng):
    return 'ldpat_' + hexs(rng, 32)


def g_cube_secret(rng):
    return hexs(rng, rng.choice([64, 128]))


def g_preset_secret(rng):
    return hexs(rng, 64)


def g_dapi(rng):
    return 'dapi' + hexs(rng, 32) + rng.choice(['', '', '', '-2', '-3'])


def g_akid(rng):
    return 'AKIA' + rs(rng, B32, 16)


def g_aws_secret(rng):
    return mixed(rng, ALNUM + '/+', 40)


def g_password(rng):
    n = rng.randint(14, 26)
    while True:
        s = mixed(rng, PW_CHARS, n)
        if s[0] not in '-_.~!*' and any(c in '-_.~!*' for c in s):
            return s


def g_passphrase(rng):
    if rng.random() < 0.5:
        words = ['copper', 'lantern', 'orbit', 'meadow', 'quartz', 'harbor', 'falcon', 'ember', 'glacier',
                 'velvet', 'saffron', 'tundra', 'cobalt', 'juniper', 'marble', 'nectar', 'pylon', 'rivet']
        parts = [rng.choice(words) for _ in range(4)]
        sep = rng.choice(['-', '.', '_'])
        return sep.join(parts) + sep + digits(rng, 3) + rng.choice(['!', '#', '%', ''])
    return g_password(rng)


def g_slack_webhook(rng):
    return 'https://hooks.slack.com/services/T%s/B%s/%s' % (
        rs(rng, UPPER_ALNUM, rng.choice([8, 9, 10])), rs(rng, UPPER_ALNUM, rng.choice([9, 10, 11])), mixed(rng, ALNUM, 24))


def base62(n, width):
    out = ''
    while n:
        n, r = divmod(n, 62)
        out = (string.digits + string.ascii_letters)[r] + out
    return out.rjust(width, '0')


def g_ghp(rng):
    body = mixed(rng, ALNUM, 30)
    return 'ghp_' + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def g_rsa_private(rng):
    head = bytes.fromhex('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100')
    mod = bytes([rng.getrandbits(8) | 0x80]) + rbytes(rng, 255)
    der = head + mod + bytes.fromhex('0203010001') + bytes.fromhex('02820100') + rbytes(rng, 1217 - len(head) - 256 - 5 - 4)
    return pem_wrap('PRIVATE KEY', der)


def g_rsa_encrypted(rng):
    head = bytes.fromhex('3082051c304e06092a864886f70d01050d3041302906092a864886f70d01050c301c0408')
    salt = rbytes(rng, 8)
    mid = bytes.fromhex('02020800300c06082a864886f70d02090500301d060960864801650304012a0410')
    iv = rbytes(rng, 16)
    tail_head = bytes.fromhex('048204c0')
    der = head + salt + mid + iv + tail_head + rbytes(rng, 1216)
    return pem_wrap('ENCRYPTED PRIVATE KEY', der)


def g_rsa_public_der(rng):
    head = bytes.fromhex('30820122300d06092a864886f70d01010105000382010f003082010a0282010100')
    return head + bytes([rng.getrandbits(8) | 0x80]) + rbytes(rng, 255) + bytes.fromhex('0203010001')


# ------------------------------------------------------------------ innocent content
COMPANIES = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'vandelay', 'wayne', 'stark', 'tyrell', 'soylent',
             'cyberdyne', 'wonka', 'dunder', 'oscorp', 'nakatomi', 'monarch', 'aperture', 'bluth', 'gringotts', 'krusty']
TEAMS = ['analytics', 'data', 'bi', 'growth', 'finance', 'revops', 'product-analytics', 'insights', 'marketing-data']
SCHEMAS = ['analytics', 'marts', 'staging', 'reporting', 'core', 'finance', 'product']
TABLES = ['orders', 'customers', 'sessions', 'invoices', 'subscriptions', 'events', 'payments', 'accounts', 'leads',
          'page_views', 'refunds', 'shipments', 'tickets', 'campaigns']
REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2']
SF_ACCOUNTS = ['xy12345.us-east-1', 'ab98765.eu-west-1', 'org-analytics_prod', 'kq40211.us-east-2.aws', 'lm55120']
USERS = ['svc_looker', 'svc_tableau', 'bi_reader', 'etl_loader', 'dbt_runner', 'metabase_app', 'superset_app',
         'redash_ro', 'reporting', 'analyst_ro', 'transformer', 'powerbi_gw']
PEOPLE = ['maria.ortiz', 'dev.patel', 'sam.okafor', 'li.wei', 'jonas.berg', 'amara.nwosu', 'chris.kim', 'ana.silva']


def co(rng):
    return rng.choice(COMPANIES)


def tbl(rng):
    return rng.choice(TABLES)


def sch(rng):
    return rng.choice(SCHEMAS)


def dt(rng):
    return '20%02d-%02d-%02d' % (rng.randint(22, 25), rng.randint(1, 12), rng.randint(1, 28))


def ts(rng):
    return '%sT%02d:%02d:%02d' % (dt(rng), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def email(rng, c=None):
    return '%s@%s.com' % (rng.choice(PEOPLE), c or co(rng))


def redshift_host(rng, c):
    return '%s-%s.%s.%s.redshift.amazonaws.com' % (c, pick(rng, ['dwh', 'analytics', 'warehouse']), rs(rng, LOWER_ALNUM, 12), pick(rng, REGIONS))


def dbx_host(rng):
    if rng.random() < 0.5:
        return 'adb-%s.%d.azuredatabricks.net' % (digits(rng, 16), rng.randint(1, 19))
    return 'dbc-%s-%s.cloud.databricks.com' % (hexs(rng, 8), hexs(rng, 4))


def sql_select(rng):
    t = tbl(rng)
    return ('select date_trunc(\'day\', created_at) as day, count(*) as n_%s\nfrom %s.%s\n'
            'where created_at >= dateadd(day, -30, current_date)\ngroup by 1\norder by 1' % (t, sch(rng), t))


def notebook(cells):
    nb_cells = []
    n = 1
    for kind, src in cells:
        lines = src.split('\n')
        source = [ln + '\n' for ln in lines[:-1]] + [lines[-1]]
        if kind == 'md':
            nb_cells.append({'cell_type': 'markdown', 'metadata': {}, 'source': source})
        else:
            nb_cells.append({'cell_type': 'code', 'execution_count': n, 'metadata': {}, 'outputs': [], 'source': source})
            n += 1
    obj = {'cells': nb_cells,
           'metadata': {'kernelspec': {'display_name': 'Python 3', 'language': 'python', 'name': 'python3'},
                        'language_info': {'name': 'python', 'version': '3.11.6'}},
           'nbformat': 4, 'nbformat_minor': 5}
    return json.dumps(obj, indent=1) + '\n'


# ------------------------------------------------------------------ registries
POS = []   # positive templates: fn(rng, v) -> (relpath, text[, needle])
NEG = []   # look-alike negative templates: fn(rng) -> (relpath, text)


def pos(provider, kind, gen, ctx, env, docs=()):
    def deco(fn):
        POS.append({'fn': fn, 'name': fn.__name__, 'provider': provider, 'kind': kind, 'gen': gen,
                    'ctx': ctx, 'env': env, 'docs': list(docs)})
        return fn
    return deco


def neg(provider, kind):
    def deco(fn):
        NEG.append({'fn': fn, 'name': fn.__name__, 'provider': provider, 'kind': kind})
        return fn
    return deco


NEG_MODE = [False]


def akid_or_public(rng):
    if NEG_MODE[0]:
        return pick(rng, ['AKIAIOSFODNN7EXAMPLE', '${AWS_ACCESS_KEY_ID}'])
    return g_akid(rng)


KNOWN_PREFIXES = ['mb_', 'glsa_', 'glc_', 'dbtc_', 'ldpat_', 'dapi', 'hxtp_', 'hxtw_', 'ghp_', 'AKIA']

DOC_AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
DOC_DATABRICKS = 'dapi12345678901234567890123456789012'
DOC_SLACK = 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'
DOC_PG = ['mysecretpassword', 'example', 'postgres']


def ref_values(rng, ctx, env):
    low = env.lower()
    dash = low.replace('_', '-')
    if ctx == 'py':
        return [Expr('os.environ["%s"]' % env), Expr('os.getenv("%s")' % env), Expr('os.environ.get("%s", "")' % env),
                Expr('settings.%s' % env), Expr('get_secret("%s")' % dash), Expr('dbutils.secrets.get(scope="analytics", key="%s")' % dash)]
    if ctx == 'js':
        return [Expr('process.env.%s' % env), Expr('process.env["%s"]' % env), Expr('config.get("%s")' % low)]
    if ctx == 'hcl':
        return [Expr('var.%s' % low), Expr('data.vault_generic_secret.analytics.data["%s"]' % low),
                Expr('data.aws_secretsmanager_secret_version.%s.secret_string' % low)]
    if ctx == 'ps1':
        return [Expr('$env:%s' % env), Expr('(Get-Secret -Name %s -AsPlainText)' % env)]
    if ctx == 'alloy':
        return [Expr('sys.env("%s")' % env), Expr('remote.kubernetes.secret.grafana.data["%s"]' % low)]
    if ctx == 'sh':
        return ['$%s' % env, '${%s}' % env, '$(vault kv get -field=%s secret/analytics)' % low,
                '$(op read "op://Analytics/%s/credential")' % dash]
    if ctx == 'gha':
        return ['${{ secrets.%s }}' % env, '${{ secrets.%s }}' % env]
    if ctx == 'compose':
        return ['${%s}' % env, '${%s:?set %s in the shell}' % (env, env), '${%s:-}' % env]
    if ctx == 'dbt':
        return ['"{{ env_var(\'%s\') }}"' % env, '"{{ env_var(\'DBT_ENV_SECRET_%s\') }}"' % env.replace('DBT_', ''),
                "'{{ env_var(\"%s\") }}'" % env]
    if ctx == 'helm':
        return ['', 'ref+vault://secret/analytics#/%s' % low, 'ref+awssecrets://analytics/%s' % dash,
                'vault:secret/data/analytics#%s' % low]
    if ctx == 'lkml':
        return ['@{%s}' % low, '{{ _user_attributes[\'%s\'] }}' % low]
    if ctx == 'sql':
        return ['&{%s}' % low, '${%s}' % env, '{{ var("%s") }}' % low]
    if ctx == 'url':
        return ['${%s}' % env, '{password}', '%(password)s', '<password>']
    if ctx == 'md':
        return ['<%s>' % dash, '$%s' % env, '${%s}' % env]
    return ['${%s}' % env, 'vault:secret/data/analytics#%s' % low, 'op://Analytics/%s/password' % dash,
            '${env:%s}' % env, '{{ %s }}' % low]


def filler(rng, t, secret_example):
    """A non-secret value for the slot of positive template t (negatives)."""
    ctx, env, docs = t['ctx'], t['env'], t['docs']
    low = env.lower()
    dash = low.replace('_', '-')
    prefix = ''
    for p in KNOWN_PREFIXES:
        if secret_example.startswith(p):
            prefix = p
            break
    if ctx == 'pem':
        return pick(rng, ['', '<private-key>', '-----BEGIN PRIVATE KEY-----\n<redacted>\n-----END PRIVATE KEY-----',
                          '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----', 'REPLACE_WITH_PRIVATE_KEY']), 'placeholder'
    r = rng.random()
    if docs and r < 0.15:
        return pick(rng, docs), 'documented_example'
    r = rng.random()
    if r < 0.30:
        cands = ['<your-%s>' % dash, 'YOUR_%s_HERE' % env.split('_')[-1], 'YOUR_API_KEY_HERE', 'changeme',
                 'REPLACE_ME', '<%s>' % low, 'x' * len(secret_example), 'TODO', 'your-secret-here', '<insert %s>' % dash.replace('-', ' ')]
        if prefix:
            cands += [prefix + 'x' * 12, prefix + '...', prefix + '<redacted>', prefix + 'XXXXXXXXXXXXXXXXXXXX']
        return pick(rng, cands), 'placeholder'
    if r < 0.40:
        return '', 'empty'
    if r < 0.55:
        cands = ['********', '****', '[REDACTED]', '<hidden>', 'REDACTED', '**********************']
        if prefix:
            cands += [prefix + '*' * 20, prefix + secret_example[len(prefix):len(prefix) + 4] + '*' * 16]
        return pick(rng, cands), 'masked'
    return pick(rng, ref_values(rng, ctx, env)), 'reference'


# =================================================================== POSITIVES: Looker
@pos('looker', 'client_secret', g_looker_secret, 'ini', 'LOOKERSDK_CLIENT_SECRET')
def p_looker_ini(rng, v):
    c = co(rng)
    path = pick(rng, ['looker.ini', 'config/looker.ini', 'tools/lookml-ci/looker.ini', 'scripts/looker/looker.ini'])
    text = ('[Looker]\n'
            '# Base URL for API. Do not include /api/* in the url\n'
            'base_url=https://%s.cloud.looker.com%s\n'
            '# API3 client id\n'
            'client_id=%s\n'
            '# API3 client secret\n'
            'client_secret=%s\n'
            '# Set to false if testing locally against self-signed certs. Otherwise leave True\n'
            'verify_ssl=True\n'
            'timeout=120\n\n'
            '[Staging]\n'
            'base_url=https://%s-staging.cloud.looker.com\n'
            'verify_ssl=True\n') % (c, pick(rng, ['', ':19999']), g_looker_id(rng), raw(v), c)
    return path, text


@pos('looker', 'client_secret', g_looker_secret, 'py', 'LOOKERSDK_CLIENT_SECRET')
def p_looker_sdk_env(rng, v):
    c = co(rng)
    path = pick(rng, ['scripts/refresh_pdts.py', 'tools/looker/content_audit.py', 'looker/rebuild_pdts.py'])
    text = '''"""Rebuild selected PDTs after the nightly dbt run."""
import os
import sys

import looker_sdk

os.environ.setdefault("LOOKERSDK_BASE_URL", "https://%s.cloud.looker.com")
os.environ.setdefault("LOOKERSDK_CLIENT_ID", "%s")
%s
os.environ.setdefault("LOOKERSDK_VERIFY_SSL", "true")

MODEL = "%s_ecommerce"
VIEWS = ["order_facts", "customer_lifetime", "daily_sessions"]


def main() -> int:
    sdk = looker_sdk.init40()
    me = sdk.me()
    print(f"authenticated as {me.display_name}")
    for view in VIEWS:
        task = sdk.start_pdt_build(model_name=MODEL, view_name=view, force_rebuild="true")
        print(view, task.materialization_id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
''' % (c, g_looker_id(rng), ('# LOOKERSDK_CLIENT_SECRET is provided by the job environment' if isinstance(v, Expr)
                                       else 'os.environ.setdefault("LOOKERSDK_CLIENT_SECRET", %s)' % q(v)), c)
    return path, text


@pos('looker', 'client_secret', g_looker_secret, 'gha', 'LOOKER_CLIENT_SECRET')
def p_looker_gha(rng, v):
    c = co(rng)
    path = pick(rng, ['.github/workflows/lookml-validate.yml', '.github/workflows/spectacles.yml'])
    text = '''name: LookML validation

on:
  pull_request:
    paths:
      - "views/**"
      - "models/**"

jobs:
  spectacles:
    runs-on: ubuntu-latest
    env:
      LOOKER_BASE_URL: https://%s.cloud.looker.com
      LOOKER_CLIENT_ID: %s
      LOOKER_CLIENT_SECRET: %s
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install spectacles==2.4.8
      - name: Validate SQL
        run: |
          spectacles sql --base-url "$LOOKER_BASE_URL" \\
            --client-id "$LOOKER_CLIENT_ID" --client-secret "$LOOKER_CLIENT_SECRET" \\
            --project %s_bi --branch "${{ github.head_ref }}" --explores "*/*"
''' % (c, g_looker_id(rng), raw(v), c)
    return path, text


@pos('looker', 'client_secret', g_looker_secret, 'yaml', 'AIRFLOW_CONN_LOOKER_DEFAULT')
def p_looker_airflow_settings(rng, v):
    c = co(rng)
    path = pick(rng, ['airflow_settings.yaml', 'orchestration/airflow_settings.yaml'])
    text = '''# This file allows you to configure Airflow Connections, Pools, and Variables in a single place
# for local development only.
airflow:
  connections:
    - conn_id: looker_default
      conn_type: http
      conn_host: https://%s.cloud.looker.com
      conn_schema:
      conn_login: %s
      conn_password: %s
      conn_port:
      conn_extra:
        verify_ssl: true
        timeout: 120
  pools:
    - pool_name: looker_pdt
      pool_slot: 4
      pool_description: limit concurrent PDT builds
  variables:
    - variable_name: looker_model
      variable_value: %s_core
''' % (c, g_looker_id(rng), raw(v), c)
    return path, text


@pos('looker', 'embed_signing_key', g_hex64, 'js', 'LOOKER_EMBED_SECRET')
def p_looker_embed_js(rng, v):
    c = co(rng)
    path = pick(rng, ['server/embed/lookerSignedUrl.js', 'src/routes/embed.js', 'api/looker-embed.js'])
    text = '''const crypto = require("crypto");
const querystring = require("querystring");

const LOOKER_HOST = "%s.cloud.looker.com";
const signer = createSigner(%s);

function createSigner(secret) {
  return (stringToSign) =>
    crypto.createHmac("sha1", secret).update(Buffer.from(stringToSign, "utf-8")).digest("base64").trim();
}

function nonce(len) {
  return crypto.randomBytes(len).toString("hex").slice(0, len);
}

function createSignedUrl(user, embedPath) {
  const params = {
    nonce: JSON.stringify(nonce(16)),
    time: JSON.stringify(Math.floor(Date.now() / 1000)),
    session_length: JSON.stringify(3600),
    external_user_id: JSON.stringify(user.id),
    permissions: JSON.stringify(["access_data", "see_user_dashboards"]),
    models: JSON.stringify(["%s_embedded"]),
    access_filters: JSON.stringify({}),
  };
  const path = "/login/embed/" + encodeURIComponent(embedPath);
  const toSign = [LOOKER_HOST, path, params.nonce, params.time, params.session_length,
    params.external_user_id, params.permissions, params.models].join("\\n");
  params.signature = signer(toSign);
  return "https://" + LOOKER_HOST + path + "?" + querystring.stringify(params);
}

module.exports = { createSignedUrl };
''' % (c, q(v), c)
    return path, text


@pos('looker', 'client_secret', g_looker_secret, 'md', 'LOOKER_CLIENT_SECRET')
def p_looker_md_curl(rng, v):
    c = co(rng)
    path = pick(rng, ['docs/looker-api.md', 'README.md', 'docs/runbooks/looker-content-sync.md'])
    text = '''# Looker content sync

The sync job talks to the Looker API 4.0 with the `content-sync` API user.

## Getting a token by hand

```bash
curl -s -X POST "https://%s.cloud.looker.com/api/4.0/login" \\
  -d "client_id=%s&client_secret=%s"
```

The response contains an `access_token` valid for one hour; pass it as
`Authorization: token <access_token>` on the next calls.

## Useful endpoints

| endpoint | purpose |
|---|---|
| `GET /api/4.0/folders/search` | list shared folders |
| `GET /api/4.0/dashboards/{id}` | export a dashboard |
| `POST /api/4.0/content_validation` | find broken content |
''' % (c, g_looker_id(rng), raw(v))
    return path, text


@pos('looker', 'client_secret', g_looker_secret, 'hcl', 'looker_client_secret')
def p_looker_tf(rng, v):
    c = co(rng)
    path = pick(rng, ['terraform/looker/main.tf', 'infra/bi/looker.tf'])
    text = '''terraform {
  required_providers {
    looker = {
      source  = "devoteamgcloud/looker"
      version = "~> 0.3"
    }
  }
}

provider "looker" {
  base_url      = "https://%s.cloud.looker.com/api/"
  client_id     = "%s"
  client_secret = %s
}

resource "looker_group" "analysts" {
  name = "Analysts"
}

resource "looker_user" "svc_reporting" {
  first_name = "Reporting"
  last_name  = "Service"
  email      = "svc-reporting@%s.com"
}
''' % (c, g_looker_id(rng), q(v), c)
    return path, text


# ================================================================== POSITIVES: Tableau
@pos('tableau', 'pat', g_tableau_pat, 'py', 'TABLEAU_PAT_SECRET')
def p_tableau_tsc(rng, v):
    c = co(rng)
    path = pick(rng, ['scripts/publish_extracts.py', 'tableau/refresh_workbooks.py', 'jobs/tableau_refresh.py'])
    text = '''import logging

import tableauserverclient as TSC

SERVER = "https://%s.online.tableau.com"
SITE = "%s%s"
WORKBOOKS = ["Revenue Overview", "Pipeline Health", "Support SLAs"]

log = logging.getLogger(__name__)


def refresh_all():
    auth = TSC.PersonalAccessTokenAuth("%s", %s, site_id=SITE)
    server = TSC.Server(SERVER, use_server_version=True)
    with server.auth.sign_in(auth):
        all_wb, _ = server.workbooks.get()
        for wb in all_wb:
            if wb.name in WORKBOOKS:
                job = server.workbooks.refresh(wb.id)
                log.info("queued refresh for %%s: job %%s", wb.name, job.id)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    refresh_all()
''' % (pick(rng, ['10ay', 'prod-useast-a', 'us-west-2b', 'eu-west-1a', 'dub01']), c, pick(rng, ['', 'analytics', 'bi']),
       pick(rng, ['ci-publisher', 'extract-refresh', 'airflow', 'tsc-bot']), q(v))
    return path, text


@pos('tableau', 'pat', g_tableau_pat, 'yaml', 'TABLEAU_TOKEN_VALUE')
def p_tableau_yaml(rng, v):
    c = co(rng)
    path = pick(rng, ['config/tableau.yml', 'deploy/tableau/publish.yaml', 'tableau/config.yaml'])
    text = '''# Workbook publishing settings used by the release pipeline
tableau:
  server: https://tableau.%s.com
  api_version: "3.21"
  site: %s
  auth:
    token_name: release-pipeline
    token_value: "%s"
  projects:
    - name: Finance
      workbooks: [finance/board_pack.twbx, finance/cash_flow.twbx]
    - name: Sales
      workbooks: [sales/pipeline.twbx]
  overwrite: true
  skip_connection_check: false
''' % (c, pick(rng, ['analytics', 'default', 'finance']), raw(v))
    return path, text


@pos('tableau', 'pat', g_tableau_pat, 'json', 'TABLEAU_PAT_SECRET')
def p_tableau_signin_json(rng, v):
    path = pick(rng, ['tests/fixtures/tableau_signin.json', 'postman/tableau-signin-body.json', 'api/requests/signin.json'])
    obj = {'credentials': {'personalAccessTokenName': pick(rng, ['postman', 'local-dev', 'ops-bot']),
                           'personalAccessTokenSecret': raw(v), 'site': {'contentUrl': pick(rng, ['analytics', 'marketing', ''])}}}
    return path, json.dumps(obj, indent=2) + '\n'


@pos('tableau', 'pat', g_tableau_pat, 'js', 'TABLEAU_PAT_SECRET')
def p_tableau_node(rng, v):
    c = co(rng)
    path = pick(rng, ['src/tableau/client.ts', 'lib/tableau.js', 'services/tableau-sync/index.js'])
    text = '''const TABLEAU_URL = "https://%s.online.tableau.com";
const API_VERSION = "3.22";

export async function signIn() {
  const res = await fetch(`${TABLEAU_URL}/api/${API_VERSION}/auth/signin`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({
      credentials: {
        personalAccessTokenName: "%s-sync",
        personalAccessTokenSecret: %s,
        site: { contentUrl: "%s" },
      },
    }),
  });
  if (!res.ok) {
    throw new Error(`Tableau sign-in failed: ${res.status}`);
  }
  const { credentials } = await res.json();
  return { token: credentials.token, siteId: credentials.site.id };
}
''' % (pick(rng, ['10ax', 'prod-uk-a', 'us-east-1']), co(rng), q(v), c)
    return path, text


@pos('tableau', 'pat', g_tableau_pat, 'sh', 'TABLEAU_PAT_SECRET')
def p_tableau_tabcmd(rng, v):
    c = co(rng)
    path = pick(rng, ['scripts/publish.sh', 'ci/tabcmd_publish.sh', 'bin/deploy-workbooks'])
    text = '''#!/usr/bin/env bash
set -euo pipefail

SERVER="https://tableau.%s.internal"
SITE="%s"
PROJECT="Operations"

tabcmd login -s "$SERVER" -t "$SITE" \\
  --token-name ops-publisher --token-value "%s"

for twbx in workbooks/*.twbx; do
  echo "publishing ${twbx}"
  tabcmd publish "$twbx" --project "$PROJECT" --overwrite --tabbed
done

tabcmd logout
''' % (c, pick(rng, ['ops', 'analytics']), raw(v))
    return path, text


# ================================================================= POSITIVES: Power BI
@pos('powerbi', 'client_secret', g_azure_secret, 'json', 'POWERBI_CLIENT_SECRET')
def p_pbi_appsettings(rng, v):
    path = pick(rng, ['PowerBIEmbedded/appsettings.json', 'src/Web/appsettings.json', 'embed-service/appsettings.Production.json'])
    obj = {'PowerBI': {'AuthenticationMode': 'ServicePrincipal', 'AuthorityUrl': 'https://login.microsoftonline.com/organizations/',
                       'ScopeBase': ['https://analysis.windows.net/powerbi/api/.default'], 'WorkspaceId': uuid4(rng),
                       'ReportId': uuid4(rng), 'ClientId': uuid4(rng), 'TenantId': uuid4(rng), 'ClientSecret': raw(v)},
           'Logging': {'LogLevel': {'Default': 'Information', 'Microsoft': 'Warning'}}, 'AllowedHosts': '*'}
    return path, json.dumps(obj, indent=2) + '\n'


@pos('powerbi', 'client_secret', g_azure_secret, 'py', 'AZURE_CLIENT_SECRET')
def p_pbi_msal(rng, v):
    path = pick(rng, ['powerbi/refresh_dataset.py', 'scripts/pbi_refresh.py', 'etl/powerbi_trigger.py'])
    text = '''import msal
import requests

TENANT = "%s"
APP_ID = "%s"
GROUP_ID = "%s"
DATASET_ID = "%s"

app = msal.ConfidentialClientApplication(
    APP_ID,
    authority=f"https://login.microsoftonline.com/{TENANT}",
    client_credential=%s,
)


def refresh():
    token = app.acquire_token_for_client(scopes=["https://analysis.windows.net/powerbi/api/.default"])
    url = f"https://api.powerbi.com/v1.0/myorg/groups/{GROUP_ID}/datasets/{DATASET_ID}/refreshes"
    r = requests.post(url, headers={"Authorization": f"Bearer {token['access_token']}"},
                      json={"notifyOption": "MailOnFailure"}, timeout=30)
    r.raise_for_status()


if __name__ == "__main__":
    refresh()
''' % (uuid4(rng), uuid4(rng), uuid4(rng), uuid4(rng), q(v))
    return path, text


@pos('powerbi', 'client_secret', g_azure_secret, 'ps1', 'PBI_SP_SECRET')
def p_pbi_ps1(rng, v):
    path = pick(rng, ['scripts/Deploy-Reports.ps1', 'powerbi/Publish-Pbix.ps1'])
    text = '''#Requires -Modules MicrosoftPowerBIMgmt
param(
    [string]$WorkspaceName = "%s Analytics",
    [string]$PbixFolder = ".\\reports"
)

$tenantId = "%s"
$appId = "%s"
$secret = ConvertTo-SecureString %s -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)

Connect-PowerBIServiceAccount -ServicePrincipal -Credential $cred -Tenant $tenantId | Out-Null
$ws = Get-PowerBIWorkspace -Name $WorkspaceName

Get-ChildItem -Path $PbixFolder -Filter *.pbix | ForEach-Object {
    Write-Host "Publishing $($_.Name) to $($ws.Name)"
    New-PowerBIReport -Path $_.FullName -Workspace $ws -ConflictAction CreateOrOverwrite | Out-Null
}
''' % (co(rng).title(), uuid4(rng), uuid4(rng), q(v))
    return path, text


@pos('powerbi', 'client_secret', g_azure_secret, 'hcl', 'powerbi_client_secret')
def p_pbi_tf(rng, v):
    path = pick(rng, ['terraform/powerbi/providers.tf', 'infra/powerbi/main.tf'])
    text = '''provider "powerbi" {
  tenant_id     = "%s"
  client_id     = "%s"
  client_secret = %s
}

resource "powerbi_workspace" "finance" {
  name = "Finance Reporting"
}

resource "powerbi_pbix" "board_pack" {
  workspace_id = powerbi_workspace.finance.id
  name         = "Board Pack"
  source       = "./reports/board_pack.pbix"
  source_hash  = filemd5("./reports/board_pack.pbix")
}
''' % (uuid4(rng), uuid4(rng), q(v))
    return path, text


@pos('powerbi', 'client_secret', g_azure_secret, 'xml', 'applicationSecret')
def p_pbi_webconfig(rng, v):
    path = pick(rng, ['PowerBIEmbedded_AppOwnsData/Web.config', 'src/EmbedPortal/Web.config'])
    text = '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
    <add key="authenticationType" value="ServicePrincipal" />
    <add key="applicationId" value="%s" />
    <add key="workspaceId" value="%s" />
    <add key="reportId" value="%s" />
    <add key="tenant" value="%s" />
    <add key="applicationSecret" value="%s" />
    <add key="authorityUrl" value="https://login.microsoftonline.com/organizations/" />
    <add key="apiUrl" value="https://api.powerbi.com/" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
  </system.web>
</configuration>
''' % (uuid4(rng), uuid4(rng), uuid4(rng), uuid4(rng), raw(v))
    return path, text


# ================================================================= POSITIVES: Metabase
@pos('metabase', 'db_password', g_password, 'compose', 'MB_DB_PASS', DOC_PG)
def p_mb_compose(rng, v):
    c = co(rng)
    path = pick(rng, ['docker-compose.yml', 'metabase/docker-compose.yml', 'deploy/metabase/compose.yaml'])
    text = '''services:
  metabase:
    image: metabase/metabase:v0.50.%d
    container_name: metabase
    hostname: metabase
    volumes:
      - /dev/urandom:/dev/random:ro
    ports:
      - 3000:3000
    environment:
      MB_DB_TYPE: postgres
      MB_DB_DBNAME: metabaseappdb
      MB_DB_PORT: 5432
      MB_DB_USER: metabase
      MB_DB_PASS: %s
      MB_DB_HOST: postgres
      MB_SITE_URL: https://metabase.%s.com
    networks:
      - metanet1
    healthcheck:
      test: curl --fail -I http://localhost:3000/api/health || exit 1
      interval: 15s
      timeout: 5s
      retries: 5
  postgres:
    image: postgres:15
    container_name: postgres
    hostname: postgres
    environment:
      POSTGRES_USER: metabase
      POSTGRES_DB: metabaseappdb
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    networks:
      - metanet1
networks:
  metanet1:
    driver: bridge
''' % (rng.randint(1, 14), raw(v), c)
    return path, text


@pos('metabase', 'encryption_key', g_b64_32, 'env', 'MB_ENCRYPTION_SECRET_KEY')
def p_mb_envfile(rng, v):
    c = co(rng)
    path = pick(rng, ['metabase/metabase.env', 'deploy/metabase.env', 'config/metabase-prod.env'])
    text = '''# Metabase runtime configuration (loaded with --env-file)
MB_DB_TYPE=postgres
MB_DB_HOST=metabase-db.internal.%s.com
MB_DB_PORT=5432
MB_DB_DBNAME=metabase
MB_DB_USER=metabase
MB_JETTY_PORT=3000
MB_SITE_URL=https://bi.%s.com
MB_ANON_TRACKING_ENABLED=false
MB_EMOJI_IN_LOGS=false
# used to encrypt database connection details stored in the app db
MB_ENCRYPTION_SECRET_KEY=%s
JAVA_TIMEZONE=UTC
''' % (c, c, raw(v))
    return path, text


@pos('metabase', 'embed_signing_key', g_hex64, 'py', 'METABASE_SECRET_KEY')
def p_mb_embed_py(rng, v):
    c = co(rng)
    path = pick(rng, ['app/embed.py', 'portal/views/analytics.py', 'backend/metabase_embed.py'])
    text = '''import time

import jwt
from flask import Blueprint, render_template
from flask_login import current_user, login_required

METABASE_SITE_URL = "https://metabase.%s.com"
METABASE_SECRET_KEY = %s

bp = Blueprint("analytics", __name__)


@bp.route("/analytics")
@login_required
def analytics():
    payload = {
        "resource": {"dashboard": %d},
        "params": {"account_id": [current_user.account_id]},
        "exp": round(time.time()) + (60 * 10),
    }
    token = jwt.encode(payload, METABASE_SECRET_KEY, algorithm="HS256")
    iframe_url = METABASE_SITE_URL + "/embed/dashboard/" + token + "#bordered=false&titled=true"
    return render_template("analytics.html", iframe_url=iframe_url)
''' % (c, q(v), rng.randint(2, 400))
    return path, text


@pos('metabase', 'embed_signing_key', g_hex64, 'js', 'METABASE_SECRET_KEY')
def p_mb_embed_js(rng, v):
    c = co(rng)
    path = pick(rng, ['server/routes/reports.js', 'api/metabase.js', 'src/server/embedToken.js'])
    text = '''// you will need to install via 'npm install jsonwebtoken' or in your package.json
const jwt = require("jsonwebtoken");

const METABASE_SITE_URL = "https://reports.%s.com";
const signingKey = %s;

function questionUrl(questionId, customerId) {
  const payload = {
    resource: { question: questionId },
    params: { customer_id: customerId },
    exp: Math.round(Date.now() / 1000) + 10 * 60, // 10 minute expiration
  };
  const token = jwt.sign(payload, signingKey);
  return `${METABASE_SITE_URL}/embed/question/${token}#bordered=true&titled=false`;
}

module.exports = { questionUrl };
''' % (c, q(v))
    return path, text


@pos('metabase', 'api_key', g_mb_api_key, 'py', 'METABASE_API_KEY')
def p_mb_api_py(rng, v):
    c = co(rng)
    path = pick(rng, ['scripts/archive_stale_cards.py', 'tools/metabase/sync_permissions.py', 'ops/metabase_cleanup.py'])
    text = '''"""Archive Metabase questions nobody has viewed for 180 days."""
import datetime as dt

import requests

BASE = "https://metabase.%s.com/api"
HEADERS = {"x-api-key": %s, "Content-Type": "application/json"}


def stale_cards(days=180):
    cutoff = dt.datetime.utcnow() - dt.timedelta(days=days)
    cards = requests.get(f"{BASE}/card", headers=HEADERS, timeout=30).json()
    for card in cards:
        last = card.get("last_used_at")
        if last and dt.datetime.fromisoformat(last.rstrip("Z")) < cutoff:
            yield card


for card in stale_cards():
    requests.put(f"{BASE}/card/{card['id']}", headers=HEADERS, json={"archived": True}, timeout=30)
    print("archived", card["id"], card["name"])
''' % (c, q(v))
    return path, text


@pos('metabase', 'api_key', g_mb_api_key, 'sh', 'MB_API_KEY')
def p_mb_api_sh(rng, v):
    c = co(rng)
    path = pick(rng, ['scripts/export_dashboards.sh', 'bin/mb-backup', 'ci/metabase_export.sh'])
    text = '''#!/bin/sh
# Export every dashboard definition to ./exports for review in git.
set -e
MB_HOST="https://bi.%s.com"
mkdir -p exports

for id in $(curl -s -H "x-api-key: %s" "$MB_HOST/api/dashboard" | jq -r '.[].id'); do
  curl -s -H "x-api-key: %s" "$MB_HOST/api/dashboard/$id" \\
    | jq 'del(.last-edit-info, .updated_at)' > "exports/dashboard_${id}.json"
done
echo "exported $(ls exports | wc -l) dashboards"
''' % (c, raw(v), raw(v))
    return path, text


@pos('metabase', 'embed_signing_key', g_hex64, 'helm', 'MB_EMBEDDING_SECRET_KEY')
def p_mb_helm(rng, v):
    c = co(rng)
    path = pick(rng, ['deploy/metabase/values.yaml', 'charts/metabase/values-prod.yaml', 'helm/metabase/values.yaml'])
    text = '''replicaCount: 2

image:
  repository: metabase/metabase
  tag: v0.49.%d
  pullPolicy: IfNotPresent

service:
  type: ClusterIP
  externalPort: 80
  internalPort: 3000

ingress:
  enabled: true
  className: nginx
  hosts:
    - metabase.%s.com

database:
  type: postgres
  host: metabase-pg.analytics.svc.cluster.local
  port: 5432
  dbname: metabase
  existingSecret: metabase-db

extraEnv:
  - name: MB_ENABLE_EMBEDDING
    value: "true"
  - name: MB_EMBEDDING_SECRET_KEY
    value: "%s"
  - name: JAVA_OPTS
    value: "-Xmx2g"

resources:
  requests:
    cpu: 500m
    memory: 2Gi
''' % (rng.randint(1, 12), c, raw(v))
    return path, text


@pos('metabase', 'encryption_key', g_b64_32, 'helm', 'MB_ENCRYPTION_SECRET_KEY')
def p_mb_k8s_secret(rng, v):
    path = pick(rng, ['k8s/metabase/secret.yaml', 'manifests/analytics/metabase-secret.yaml'])
    text = '''apiVersion: v1
kind: Secret
metadata:
  name: metabase-env
  namespace: analytics
  labels:
    app.kubernetes.io/name: metabase
type: Opaque
stringData:
  MB_DB_TYPE: postgres
  MB_DB_CONNECTION_URI: "jdbc:postgresql://metabase-pg:5432/metabase?ssl=true&sslmode=require"
  MB_ENCRYPTION_SECRET_KEY: "%s"
''' % raw(v)
    return path, text


# ================================================================= POSITIVES: Superset
SUPERSET_DOCS = ['CHANGE_ME_TO_A_COMPLEX_RANDOM_SECRET', 'YOUR_OWN_RANDOM_GENERATED_SECRET_KEY']


@pos('superset', 'app_secret_key', g_superset_key, 'py', 'SUPERSET_SECRET_KEY', SUPERSET_DOCS)
def p_superset_secret(rng, v):
    path = pick(rng, ['superset_config.py', 'docker/pythonpath_dev/superset_config.py', 'superset/superset_config.py'])
    text = '''# Superset specific config
ROW_LIMIT = 5000
SUPERSET_WEBSERVER_PORT = 8088

# Your App secret key will be used for securely signing the session cookie
# and encrypting sensitive information on the database
# Make sure you are changing this key for your deployment with a strong key.
SECRET_KEY = %s

# The SQLAlchemy connection string to your database backend
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset@superset-db:5432/superset"

# Flask-WTF flag for CSRF
WTF_CSRF_ENABLED = True
WTF_CSRF_EXEMPT_LIST = []
WTF_CSRF_TIME_LIMIT = 60 * 60 * 24 * 365

FEATURE_FLAGS = {
    "ALERT_REPORTS": True,
    "DASHBOARD_RBAC": True,
    "ENABLE_TEMPLATE_PROCESSING": %s,
}
''' % (q(v), pick(rng, ['True', 'False']))
    return path, text


@pos('superset', 'db_password', g_password, 'url', 'SUPERSET_DB_PASSWORD', DOC_PG)
def p_superset_uri(rng, v):
    c = co(rng)
    path = pick(rng, ['superset_config.py', 'config/superset_config.py', 'deploy/superset/superset_config_prod.py'])
    text = '''import os

from celery.schedules import crontab
from cachelib.redis import RedisCache

SECRET_KEY = os.environ["SUPERSET_SECRET_KEY"]
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:%s@superset-meta.%s.internal:5432/superset"

REDIS_HOST = "redis"
REDIS_PORT = "6379"
RESULTS_BACKEND = RedisCache(host=REDIS_HOST, port=REDIS_PORT, key_prefix="superset_results")


class CeleryConfig:
    broker_url = f"redis://{REDIS_HOST}:{REDIS_PORT}/0"
    imports = ("superset.sql_lab", "superset.tasks.scheduler")
    result_backend = f"redis://{REDIS_HOST}:{REDIS_PORT}/0"
    beat_schedule = {
        "reports.scheduler": {"task": "reports.scheduler", "schedule": crontab(minute="*", hour="*")},
    }


CELERY_CONFIG = CeleryConfig
''' % (raw(v), c)
    return path, text


@pos('superset', 'embed_signing_key', g_b64_32, 'py', 'GUEST_TOKEN_JWT_SECRET')
def p_superset_guest(rng, v):
    path = pick(rng, ['superset_config.py', 'docker/superset_config_docker.py'])
    text = '''import os

SECRET_KEY = os.environ.get("SUPERSET_SECRET_KEY")

FEATURE_FLAGS = {"EMBEDDED_SUPERSET": True, "DASHBOARD_CROSS_FILTERS": True}

# embedded dashboards
GUEST_ROLE_NAME = "EmbedViewer"
GUEST_TOKEN_JWT_SECRET = %s
GUEST_TOKEN_JWT_ALGO = "HS256"
GUEST_TOKEN_HEADER_NAME = "X-GuestToken"
GUEST_TOKEN_JWT_EXP_SECONDS = 300

TALISMAN_ENABLED = False
ENABLE_CORS = True
CORS_OPTIONS = {"supports_credentials": True, "origins": ["https://app.%s.com"]}
''' % (q(v), co(rng))
    return path, text


@pos('superset', 'db_password', g_password, 'env', 'DATABASE_PASSWORD', DOC_PG)
def p_superset_dotenv(rng, v):
    path = pick(rng, ['docker/.env', '.env'])
    text = '''COMPOSE_PROJECT_NAME=superset

# database configurations (do not modify)
DATABASE_DB=superset
DATABASE_HOST=db
DATABASE_PASSWORD=%s
DATABASE_USER=superset
DATABASE_PORT=5432
DATABASE_DIALECT=postgresql

# database engine specific environment variables
POSTGRES_DB=superset
POSTGRES_USER=superset

REDIS_HOST=redis
REDIS_PORT=6379

SUPERSET_ENV=production
SUPERSET_LOAD_EXAMPLES=no
CYPRESS_CONFIG=false
SUPERSET_PORT=8088
''' % raw(v)
    return path, text


@pos('superset', 'app_secret_key', g_superset_key, 'helm', 'SUPERSET_SECRET_KEY', SUPERSET_DOCS)
def p_superset_helm(rng, v):
    c = co(rng)
    path = pick(rng, ['helm/superset/values.yaml', 'deploy/superset-values.yaml'])
    text = '''image:
  repository: apachesuperset.docker.scarf.sh/apache/superset
  tag: "4.0.%d"

supersetNode:
  replicaCount: 2
  connections:
    redis_host: superset-redis-headless
    redis_port: "6379"
    db_host: superset-postgresql
    db_port: "5432"
    db_user: superset
    db_name: superset

extraSecretEnv:
  SUPERSET_SECRET_KEY: '%s'

configOverrides:
  secret: |
    SECRET_KEY = os.environ["SUPERSET_SECRET_KEY"]
  feature_flags: |
    FEATURE_FLAGS = {"ALERT_REPORTS": True}

ingress:
  enabled: true
  hosts:
    - superset.%s.io
''' % (rng.randint(0, 2), raw(v), c)
    return path, text


@pos('superset', 'db_password', g_password, 'url', 'WAREHOUSE_PASSWORD', DOC_PG)
def p_superset_db_export(rng, v):
    c = co(rng)
    path = pick(rng, ['assets/databases/warehouse.yaml', 'superset/exports/databases/Redshift.yaml'])
    host = redshift_host(rng, c)
    text = '''database_name: %s warehouse
sqlalchemy_uri: redshift+psycopg2://%s:%s@%s:5439/analytics
cache_timeout: null
expose_in_sqllab: true
allow_run_async: true
allow_ctas: false
allow_cvas: false
allow_dml: false
allow_file_upload: false
extra:
  allows_virtual_table_explore: true
  metadata_params: {}
  engine_params: {}
uuid: %s
version: 1.0.0
''' % (c.title(), pick(rng, USERS), raw(v), host, uuid4(rng))
    return path, text


# =================================================================== POSITIVES: Redash
@pos('redash', 'api_key', g_redash, 'py', 'REDASH_API_KEY')
def p_redash_url(rng, v):
    c = co(rng)
    path = pick(rng, ['notebooks/helpers/redash.py', 'scripts/pull_kpis.py', 'reports/weekly_kpis.py'])
    text = '''import pandas as pd
import requests

REDASH = "https://redash.%s.io"
QUERY_ID = %d


def latest_results(query_id=QUERY_ID):
    url = f"{REDASH}/api/queries/{query_id}/results.json?api_key=" + %s
    rows = requests.get(url, timeout=60).json()["query_result"]["data"]["rows"]
    return pd.DataFrame(rows)


if __name__ == "__main__":
    df = latest_results()
    print(df.groupby("week")["revenue"].sum().tail(8))
''' % (c, rng.randint(10, 2000), q(v))
    return path, text


@pos('redash', 'api_key', g_redash, 'py', 'REDASH_API_KEY')
def p_redash_toolbelt(rng, v):
    c = co(rng)
    path = pick(rng, ['scripts/refresh_dashboard.py', 'tools/redash_refresh.py'])
    text = '''from redash_toolbelt import Redash

client = Redash("https://redash.%s.com", %s)

DASHBOARD_SLUG = "%s-weekly-review"


def refresh_dashboard(slug):
    dash = client.dashboard(slug)
    for widget in dash["widgets"]:
        viz = widget.get("visualization")
        if viz:
            qid = viz["query"]["id"]
            client._post(f"api/queries/{qid}/refresh")
            print("refresh queued", qid)


refresh_dashboard(DASHBOARD_SLUG)
''' % (c, q(v), pick(rng, TEAMS))
    return path, text


@pos('redash', 'api_key', g_redash, 'md', 'REDASH_QUERY_API_KEY')
def p_redash_md(rng, v):
    c = co(rng)
    qid = rng.randint(10, 3000)
    path = pick(rng, ['docs/sheets-integration.md', 'docs/kpi-sheet.md', 'analytics/README.md'])
    text = '''## Pulling KPIs into Google Sheets

The finance sheet imports the weekly KPI query straight from Redash. In cell `A1` of the
`raw_kpis` tab:

```
=IMPORTDATA("https://redash.%s.com/api/queries/%d/results.csv?api_key=%s")
```

Sheets re-fetches the CSV roughly every hour. The query itself lives in Redash as
**Weekly KPIs (finance)**, owned by the %s team.
''' % (c, qid, raw(v), pick(rng, TEAMS))
    return path, text


@pos('redash', 'db_password', g_password, 'url', 'REDASH_DATABASE_PASSWORD', DOC_PG)
def p_redash_compose(rng, v):
    path = pick(rng, ['redash/docker-compose.yml', 'docker-compose.redash.yml'])
    text = '''x-redash-service: &redash-service
  image: redash/redash:10.1.0.b50633
  depends_on:
    - postgres
    - redis
  restart: always
  environment:
    PYTHONUNBUFFERED: 0
    REDASH_LOG_LEVEL: INFO
    REDASH_REDIS_URL: redis://redis:6379/0
    REDASH_DATABASE_URL: postgresql://redash:%s@postgres/redash
    REDASH_MAIL_DEFAULT_SENDER: redash@%s.com
    REDASH_WEB_WORKERS: 4

services:
  server:
    <<: *redash-service
    command: server
    ports:
      - "5000:5000"
  scheduler:
    <<: *redash-service
    command: scheduler
  worker:
    <<: *redash-service
    command: worker
  redis:
    image: redis:7-alpine
  postgres:
    image: postgres:13-alpine
    volumes:
      - ./postgres-data:/var/lib/postgresql/data
''' % (raw(v), co(rng))
    return path, text


@pos('redash', 'api_key', g_redash, 'lkml', 'redash_api_key')
def p_redash_lkml(rng, v):
    c = co(rng)
    path = pick(rng, ['views/order_facts.view.lkml', 'views/customers.view.lkml', 'views/finance/invoices.view.lkml'])
    text = '''view: order_facts {
  sql_table_name: %s.order_facts ;;

  dimension: order_id {
    primary_key: yes
    type: number
    sql: ${TABLE}.order_id ;;
    link: {
      label: "Open in Redash"
      url: "https://redash.%s.com/api/queries/%d/results.csv?p_order_id={{ value }}&api_key=%s"
      icon_url: "https://redash.io/favicon.ico"
    }
  }

  dimension_group: created {
    type: time
    timeframes: [raw, date, week, month]
    sql: ${TABLE}.created_at ;;
  }

  measure: total_revenue {
    type: sum
    value_format_name: usd
    sql: ${TABLE}.revenue ;;
  }
}
''' % (sch(rng), c, rng.randint(10, 999), raw(v))
    return path, text


# ===================================================================== POSITIVES: Mode
@pos('mode', 'api_secret', g_mode_secret, 'py', 'MODE_API_SECRET')
def p_mode_py(rng, v):
    c = co(rng)
    path = pick(rng, ['scripts/mode_report_runs.py', 'jobs/mode_export.py'])
    text = '''import requests
from requests.auth import HTTPBasicAuth

WORKSPACE = "%s"
MODE_TOKEN = "%s"
MODE_SECRET = %s
REPORT = "%s"

auth = HTTPBasicAuth(MODE_TOKEN, MODE_SECRET)
base = f"https://app.mode.com/api/{WORKSPACE}"

run = requests.post(f"{base}/reports/{REPORT}/runs", auth=auth, json={"parameters": {}}, timeout=30).json()
print("run token", run["token"], run["state"])
''' % (c, hexs(rng, 12), q(v), hexs(rng, 12))
    return path, text


@pos('mode', 'api_secret', g_mode_secret, 'gha', 'MODE_API_SECRET')
def p_mode_gha(rng, v):
    c = co(rng)
    path = pick(rng, ['.github/workflows/mode-refresh.yml', '.github/workflows/nightly-reports.yml'])
    text = '''name: Refresh Mode reports
on:
  schedule:
    - cron: "15 6 * * 1-5"
  workflow_dispatch: {}

jobs:
  refresh:
    runs-on: ubuntu-latest
    env:
      MODE_WORKSPACE: %s
      MODE_API_TOKEN: %s
      MODE_API_SECRET: %s
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r scripts/requirements.txt
      - run: python scripts/refresh_mode_reports.py --collection "Exec KPIs"
''' % (c, hexs(rng, 12), raw(v))
    return path, text


# ====================================================================== POSITIVES: Hex
@pos('hex', 'api_token', g_hex_token, 'py', 'HEX_API_TOKEN')
def p_hex_py(rng, v):
    path = pick(rng, ['orchestration/hex_run.py', 'dags/hex_trigger.py', 'scripts/run_hex_project.py'])
    text = '''import time

import requests

HEX_API = "https://app.hex.tech/api/v1"
session = requests.Session()
session.headers["Authorization"] = %s

PROJECT_ID = "%s"


def run_project(inputs=None):
    r = session.post(f"{HEX_API}/project/{PROJECT_ID}/run", json={"inputParams": inputs or {}, "updateCache": True})
    r.raise_for_status()
    run = r.json()
    while True:
        status = session.get(f"{HEX_API}/project/{PROJECT_ID}/run/{run['runId']}").json()["status"]
        if status in ("COMPLETED", "ERRORED", "KILLED"):
            return status
        time.sleep(10)


if __name__ == "__main__":
    print(run_project({"as_of": "%s"}))
''' % (pyjoin('Bearer ', v), uuid4(rng), dt(rng))
    return path, text


@pos('hex', 'api_token', g_hex_token, 'gha', 'HEX_TOKEN')
def p_hex_gha(rng, v):
    path = pick(rng, ['.github/workflows/hex-after-dbt.yml', '.github/workflows/post-deploy.yml'])
    text = '''name: Run Hex apps after dbt deploy
on:
  workflow_run:
    workflows: ["dbt deploy"]
    types: [completed]

jobs:
  hex:
    if: ${{ github.event.workflow_run.conclusion == 'success' }}
    runs-on: ubuntu-latest
    steps:
      - name: Trigger Hex project
        run: |
          curl -sf -X POST "https://app.hex.tech/api/v1/project/%s/run" \\
            -H "Authorization: Bearer %s" \\
            -H "Content-Type: application/json" \\
            -d '{"updateCache": true}'
''' % (uuid4(rng), raw(v))
    return path, text


# ==================================================================== POSITIVES: Sigma
@pos('sigma', 'client_secret', g_sigma_secret, 'py', 'SIGMA_CLIENT_SECRET')
def p_sigma_py(rng, v):
    path = pick(rng, ['sigma/api_client.py', 'scripts/sigma_members.py'])
    text = '''import requests

SIGMA_BASE = "https://aws-api.sigmacomputing.com"
SIGMA_CLIENT_ID = "%s"
SIGMA_CLIENT_SECRET = %s


def get_token():
    r = requests.post(
        f"{SIGMA_BASE}/v2/auth/token",
        data={"grant_type": "client_credentials", "client_id": SIGMA_CLIENT_ID, "client_secret": SIGMA_CLIENT_SECRET},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def list_members():
    h = {"Authorization": f"Bearer {get_token()}"}
    return requests.get(f"{SIGMA_BASE}/v2/members", headers=h, timeout=30).json()["entries"]
''' % (hexs(rng, 32), q(v))
    return path, text


@pos('sigma', 'embed_signing_key', g_sigma_secret, 'js', 'SIGMA_EMBED_SECRET')
def p_sigma_embed(rng, v):
    c = co(rng)
    path = pick(rng, ['server/sigmaEmbed.js', 'api/embed/sigma.js'])
    text = '''const crypto = require("crypto");

const EMBED_PATH = "https://app.sigmacomputing.com/%s/workbook/Customer-Health-%s";
const CLIENT_ID = "%s";

function signedEmbedUrl(userEmail, accountId) {
  const params = new URLSearchParams({
    ":nonce": crypto.randomUUID(),
    ":email": userEmail,
    ":external_user_team": "Customers",
    ":account_type": "viewer",
    ":mode": "userbacked",
    ":session_length": "3600",
    ":time": Math.floor(Date.now() / 1000).toString(),
    ":client_id": CLIENT_ID,
    ":ua_account_id": String(accountId),
  });
  const url = `${EMBED_PATH}?${params.toString()}`;
  const signature = crypto.createHmac("sha256", Buffer.from(%s, "utf8")).update(Buffer.from(url, "utf8")).digest("hex");
  return `${url}&:signature=${signature}`;
}

module.exports = { signedEmbedUrl };
''' % (c, mixed(rng, ALNUM, 22), hexs(rng, 32), q(v))
    return path, text


# ================================================================== POSITIVES: Grafana
GRAFANA_DOCS = ['glsa_xxxxxxxxxxxx', 'glsa_HOruNAb7SOiCdshU9algkrq7F...']


@pos('grafana', 'service_account_token', g_glsa, 'hcl', 'grafana_auth')
def p_grafana_tf(rng, v):
    c = co(rng)
    path = pick(rng, ['terraform/grafana/provider.tf', 'infra/observability/grafana.tf', 'grafana/main.tf'])
    text = '''terraform {
  required_providers {
    grafana = {
      source  = "grafana/grafana"
      version = ">= 2.9.0"
    }
  }
}

provider "grafana" {
  url  = "https://grafana.%s.net"
  auth = %s
}

resource "grafana_folder" "bi" {
  title = "BI Platform"
}

resource "grafana_dashboard" "warehouse" {
  folder      = grafana_folder.bi.uid
  config_json = file("${path.module}/dashboards/warehouse-costs.json")
}
''' % (c, q(v))
    return path, text


@pos('grafana', 'service_account_token', g_glsa, 'py', 'GRAFANA_TOKEN', GRAFANA_DOCS)
def p_grafana_py(rng, v):
    c = co(rng)
    path = pick(rng, ['scripts/grafana_annotations.py', 'tools/annotate_deploys.py', 'ops/grafana_snapshot.py'])
    text = '''import json
import sys
import time

import urllib.request

GRAFANA = "https://grafana.%s.io"


def annotate(text, tags):
    body = json.dumps({"time": int(time.time() * 1000), "tags": tags, "text": text}).encode()
    req = urllib.request.Request(
        f"{GRAFANA}/api/annotations",
        data=body,
        headers={"Authorization": %s, "Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.load(resp)["id"]


if __name__ == "__main__":
    print(annotate(" ".join(sys.argv[1:]) or "dbt deploy", ["deploy", "dbt"]))
''' % (c, pyjoin('Bearer ', v))
    return path, text


@pos('grafana', 'admin_password', g_password, 'ini', 'GF_SECURITY_ADMIN_PASSWORD')
def p_grafana_ini(rng, v):
    c = co(rng)
    path = pick(rng, ['grafana/grafana.ini', 'config/grafana.ini', 'deploy/grafana/custom.ini'])
    text = '''##################### Grafana Configuration #####################
[server]
protocol = http
http_port = 3000
domain = grafana.%s.com
root_url = %%(protocol)s://%%(domain)s/

[database]
type = postgres
host = grafana-db:5432
name = grafana
user = grafana

[security]
# default admin user, created on startup
admin_user = admin
# default admin password, can be changed before first start of grafana,  or in profile settings
admin_password = %s
cookie_secure = true
disable_gravatar = true

[users]
allow_sign_up = false
auto_assign_org_role = Viewer

[auth.anonymous]
enabled = false
''' % (c, raw(v))
    return path, text


@pos('grafana', 'db_password', g_password, 'yaml', 'WAREHOUSE_RO_PASSWORD')
def p_grafana_datasource(rng, v):
    c = co(rng)
    path = pick(rng, ['provisioning/datasources/warehouse.yaml', 'grafana/provisioning/datasources/postgres.yml'])
    text = '''apiVersion: 1

datasources:
  - name: Warehouse (read-only)
    type: grafana-postgresql-datasource
    uid: %s
    url: warehouse.%s.internal:5432
    user: grafana_ro
    jsonData:
      database: analytics
      sslmode: require
      maxOpenConns: 10
      postgresVersion: 1500
      timescaledb: false
    secureJsonData:
      password: '%s'
    editable: false
''' % (mixed(rng, ALNUM, 9), c, raw(v))
    return path, text


@pos('grafana', 'admin_password', g_password, 'compose', 'GF_SECURITY_ADMIN_PASSWORD')
def p_grafana_compose(rng, v):
    path = pick(rng, ['monitoring/docker-compose.yml', 'grafana/compose.yaml', 'docker-compose.monitoring.yml'])
    text = '''services:
  prometheus:
    image: prom/prometheus:v2.51.0
    volumes:
      - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
    ports:
      - "9090:9090"

  grafana:
    image: grafana/grafana-oss:10.4.%d
    depends_on: [prometheus]
    ports:
      - "3000:3000"
    environment:
      - GF_SECURITY_ADMIN_USER=admin
      - GF_SECURITY_ADMIN_PASSWORD=%s
      - GF_USERS_ALLOW_SIGN_UP=false
      - GF_INSTALL_PLUGINS=grafana-clock-panel
    volumes:
      - grafana-data:/var/lib/grafana
      - ./provisioning:/etc/grafana/provisioning:ro

volumes:
  grafana-data: {}
''' % (rng.randint(0, 9), raw(v))
    return path, text


@pos('grafana', 'cloud_access_token', g_glc, 'alloy', 'GRAFANA_CLOUD_TOKEN')
def p_grafana_alloy(rng, v):
    path = pick(rng, ['alloy/config.alloy', 'deploy/alloy/metrics.alloy'])
    text = '''prometheus.exporter.unix "node" { }

prometheus.scrape "node" {
  targets    = prometheus.exporter.unix.node.targets
  forward_to = [prometheus.remote_write.grafana_cloud.receiver]
}

prometheus.remote_write "grafana_cloud" {
  endpoint {
    url = "https://prometheus-%s.grafana.net/api/prom/push"

    basic_auth {
      username = "%s"
      password = %s
    }
  }
}
''' % (pick(rng, ['prod-13-prod-us-east-0', 'prod-24-prod-eu-west-2', 'prod-10-prod-us-central-0']), digits(rng, 7), q(v))
    return path, text


@pos('grafana', 'service_account_token', g_glsa, 'sh', 'GRAFANA_SA_TOKEN', GRAFANA_DOCS)
def p_grafana_sh(rng, v):
    c = co(rng)
    path = pick(rng, ['scripts/push_dashboards.sh', 'ci/grafana-sync.sh'])
    text = '''#!/usr/bin/env bash
# Push every dashboard JSON under dashboards/ to Grafana, overwriting by uid.
set -euo pipefail
GRAFANA_URL=https://grafana.%s.net

for f in dashboards/*.json; do
  jq '{dashboard: ., overwrite: true, folderUid: "bi-platform"}' "$f" \\
    | curl -sf -X POST "$GRAFANA_URL/api/dashboards/db" \\
        -H "Authorization: Bearer %s" \\
        -H "Content-Type: application/json" \\
        --data-binary @- > /dev/null
  echo "pushed $f"
done
''' % (c, raw(v))
    return path, text


# ====================================================================== POSITIVES: dbt
@pos('dbt', 'db_password', g_password, 'dbt', 'DBT_PASSWORD', DOC_PG)
def p_dbt_profiles_pg(rng, v):
    c = co(rng)
    path = pick(rng, ['profiles.yml', 'transform/profiles.yml', 'dbt/profiles.yml', 'ci/profiles.yml'])
    text = '''%s:
  target: dev
  outputs:
    dev:
      type: %s
      host: %s
      user: %s
      password: %s
      port: %d
      dbname: analytics
      schema: dbt_%s
      threads: 8
      keepalives_idle: 0
      connect_timeout: 10
''' % (c, 'redshift' if rng.random() < 0.5 else 'postgres', redshift_host(rng, c), pick(rng, USERS), raw(v),
       pick(rng, [5439, 5432]), pick(rng, PEOPLE).split('.')[0])
    return path, text


@pos('snowflake', 'db_password', g_password, 'dbt', 'SNOWFLAKE_PASSWORD')
def p_dbt_profiles_sf(rng, v):
    c = co(rng)
    path = pick(rng, ['profiles.yml', 'dbt/profiles.yml', '.dbt/profiles.yml'])
    text = '''config:
  send_anonymous_usage_stats: false
  use_colors: true

%s_snowflake:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: %s
      user: DBT_PROD
      password: %s
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORMING
      schema: MARTS
      threads: 16
      client_session_keep_alive: false
      query_tag: dbt_prod
''' % (c, pick(rng, SF_ACCOUNTS), raw(v))
    return path, text


@pos('databricks', 'pat', g_dapi, 'dbt', 'DBT_DATABRICKS_TOKEN', [DOC_DATABRICKS])
def p_dbt_profiles_dbx(rng, v):
    path = pick(rng, ['profiles.yml', 'dbt/profiles.yml'])
    text = '''lakehouse:
  target: dev
  outputs:
    dev:
      type: databricks
      catalog: %s_dev
      schema: dbt_%s
      host: %s
      http_path: /sql/1.0/warehouses/%s
      token: %s
      threads: 4
''' % (co(rng), pick(rng, PEOPLE).split('.')[0], dbx_host(rng), hexs(rng, 16), raw(v))
    return path, text


@pos('snowflake', 'key_passphrase', g_passphrase, 'dbt', 'SNOWFLAKE_PRIVATE_KEY_PASSPHRASE')
def p_dbt_profiles_keypair(rng, v):
    path = pick(rng, ['profiles.yml', 'dbt/profiles.yml', 'deploy/dbt/profiles.yml'])
    text = '''analytics:
  target: ci
  outputs:
    ci:
      type: snowflake
      account: %s
      user: DBT_CI
      authenticator: snowflake_jwt
      private_key_path: /secrets/snowflake/dbt_ci_rsa_key.p8
      private_key_passphrase: %s
      role: DBT_CI_ROLE
      database: ANALYTICS_CI
      warehouse: CI_XS
      schema: PR_%d
      threads: 8
''' % (pick(rng, SF_ACCOUNTS), raw(v), rng.randint(100, 9999))
    return path, text


@pos('bigquery', 'service_account_key', g_rsa_private, 'pem', 'BQ_PRIVATE_KEY')
def p_dbt_profiles_bq(rng, v):
    c = co(rng)
    path = pick(rng, ['profiles.yml', 'dbt/profiles.yml'])
    proj = '%s-analytics-%s' % (c, digits(rng, 4))
    esc = raw(v).replace('\n', '\\n') + ('\\n' if raw(v) else '')
    text = '''bq_%s:
  target: prod
  outputs:
    prod:
      type: bigquery
      method: service-account-json
      project: %s
      dataset: marts
      threads: 8
      location: US
      keyfile_json:
        type: service_account
        project_id: %s
        private_key_id: %s
        private_key: "%s"
        client_email: dbt-runner@%s.iam.gserviceaccount.com
        client_id: "%s"
        auth_uri: https://accounts.google.com/o/oauth2/auth
        token_uri: https://oauth2.googleapis.com/token
''' % (c, proj, proj, hexs(rng, 40), esc, proj, digits(rng, 21))
    return path, text, esc


@pos('dbt', 'service_token', g_dbtc, 'gha', 'DBT_CLOUD_API_TOKEN', ['dbtc_xxxxxxxxxxxxxxxxxxxx', 'dbtc_...'])
def p_dbtcloud_gha(rng, v):
    path = pick(rng, ['.github/workflows/dbt-cloud-ci.yml', '.github/workflows/slim-ci.yml'])
    text = '''name: dbt Cloud CI
on:
  pull_request:
    branches: [main]

env:
  DBT_CLOUD_ACCOUNT_ID: %d
  DBT_CLOUD_JOB_ID: %d
  DBT_CLOUD_API_TOKEN: %s

jobs:
  trigger:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Trigger CI job
        run: |
          curl -sf -X POST \\
            -H "Authorization: Token $DBT_CLOUD_API_TOKEN" \\
            -H "Content-Type: application/json" \\
            -d "{\\"cause\\": \\"PR #${{ github.event.number }}\\", \\"git_sha\\": \\"${{ github.event.pull_request.head.sha }}\\"}" \\
            "https://cloud.getdbt.com/api/v2/accounts/$DBT_CLOUD_ACCOUNT_ID/jobs/$DBT_CLOUD_JOB_ID/run/"
''' % (rng.randint(10000, 999999), rng.randint(10000, 999999), raw(v))
    return path, text


@pos('dbt', 'service_token', g_dbtc, 'py', 'DBT_CLOUD_TOKEN', ['dbtc_xxxxxxxxxxxxxxxxxxxx'])
def p_dbtcloud_py(rng, v):
    path = pick(rng, ['orchestration/dbt_cloud.py', 'scripts/trigger_dbt_job.py', 'dags/utils/dbt_cloud_client.py'])
    text = '''import time

import requests

ACCOUNT_ID = %d
BASE = f"https://cloud.getdbt.com/api/v2/accounts/{ACCOUNT_ID}"
HEADERS = {"Authorization": %s, "Accept": "application/json"}


def trigger(job_id, cause="Triggered by orchestrator"):
    r = requests.post(f"{BASE}/jobs/{job_id}/run/", headers=HEADERS, json={"cause": cause}, timeout=30)
    r.raise_for_status()
    return r.json()["data"]["id"]


def wait(run_id, poll=15):
    while True:
        run = requests.get(f"{BASE}/runs/{run_id}/", headers=HEADERS, timeout=30).json()["data"]
        if run["is_complete"]:
            return run["status_humanized"]
        time.sleep(poll)
''' % (rng.randint(10000, 999999), pyjoin('Token ', v))
    return path, text


@pos('slack', 'webhook_url', g_slack_webhook, 'yaml', 'DBT_ALERT_WEBHOOK', [DOC_SLACK])
def p_dbt_project_webhook(rng, v):
    c = co(rng)
    path = 'dbt_project.yml' if rng.random() < 0.6 else 'transform/dbt_project.yml'
    text = '''name: '%s_analytics'
version: '1.0.0'
config-version: 2

profile: '%s'

model-paths: ["models"]
analysis-paths: ["analyses"]
test-paths: ["tests"]
seed-paths: ["seeds"]
macro-paths: ["macros"]
snapshot-paths: ["snapshots"]

clean-targets:
  - "target"
  - "dbt_packages"

vars:
  start_date: '2021-01-01'
  alert_channel: '#data-alerts'
  alert_webhook_url: '%s'

on-run-end:
  - "{{ notify_on_failure(results, var('alert_webhook_url')) }}"

models:
  %s_analytics:
    staging:
      +materialized: view
    marts:
      +materialized: table
''' % (c, c, raw(v), c)
    return path, text


@pos('github', 'git_token', g_ghp, 'yaml', 'DBT_ENV_SECRET_GIT_CREDENTIAL')
def p_dbt_packages_git(rng, v):
    c = co(rng)
    path = pick(rng, ['packages.yml', 'transform/packages.yml'])
    text = '''packages:
  - package: dbt-labs/dbt_utils
    version: [">=1.1.0", "<2.0.0"]
  - package: calogica/dbt_expectations
    version: 0.10.3
  - git: "https://%s@github.com/%s/dbt-shared-macros.git"
    revision: v%d.%d.0
''' % (raw(v), c, rng.randint(0, 3), rng.randint(0, 20))
    return path, text


# ================================================================= POSITIVES: Lightdash
@pos('lightdash', 'pat', g_ldpat, 'gha', 'LIGHTDASH_API_KEY')
def p_lightdash_gha(rng, v):
    path = pick(rng, ['.github/workflows/lightdash-deploy.yml', '.github/workflows/lightdash-preview.yml'])
    text = '''name: Lightdash deploy
on:
  push:
    branches: [main]
    paths: ["models/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      LIGHTDASH_URL: https://app.lightdash.cloud
      LIGHTDASH_PROJECT: %s
      LIGHTDASH_API_KEY: %s
      DBT_PROFILES_DIR: ./ci
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install -g @lightdash/cli@0.%d.0
      - run: pip install dbt-snowflake~=1.7.0
      - run: lightdash deploy --target prod
''' % (uuid4(rng), raw(v), rng.randint(900, 1300))
    return path, text


@pos('lightdash', 'pat', g_ldpat, 'py', 'LIGHTDASH_API_KEY')
def p_lightdash_py(rng, v):
    path = pick(rng, ['scripts/lightdash_charts.py', 'tools/lightdash_export.py'])
    text = '''import requests

SERVER_URL = "https://%s.lightdash.cloud"
PROJECT_UUID = "%s"

headers = {
    "Authorization": %s,
    "Content-Type": "application/json",
}

spaces = requests.get(f"{SERVER_URL}/api/v1/projects/{PROJECT_UUID}/spaces", headers=headers, timeout=30).json()
for space in spaces["results"]:
    print(space["uuid"], space["name"], len(space.get("queries", [])))
''' % (co(rng), uuid4(rng), pyjoin('ApiKey ', v))
    return path, text


@pos('lightdash', 'app_secret_key', lambda rng: mixed(rng, ALNUM, 40), 'compose', 'LIGHTDASH_SECRET')
def p_lightdash_compose(rng, v):
    path = pick(rng, ['lightdash/docker-compose.yml', 'docker-compose.lightdash.yml'])
    text = '''services:
  lightdash:
    image: lightdash/lightdash:0.%d.0
    depends_on:
      - db
    environment:
      - PGHOST=db
      - PGPORT=5432
      - PGUSER=lightdash
      - PGDATABASE=lightdash
      - PGPASSWORD=${PGPASSWORD}
      - LIGHTDASH_SECRET=%s
      - SITE_URL=https://lightdash.%s.com
      - SECURE_COOKIES=true
      - TRUST_PROXY=true
      - DBT_PROJECT_DIR=/usr/app/dbt
    volumes:
      - ./dbt:/usr/app/dbt
    ports:
      - "8080:8080"
  db:
    image: postgres:15.4
    environment:
      POSTGRES_USER: lightdash
      POSTGRES_DB: lightdash
      POSTGRES_PASSWORD: ${PGPASSWORD}
''' % (rng.randint(900, 1300), raw(v), co(rng))
    return path, text


# ====================================================================== POSITIVES: Cube
@pos('cube', 'api_secret', g_cube_secret, 'env', 'CUBEJS_API_SECRET')
def p_cube_dotenv(rng, v):
    path = pick(rng, ['.env', 'cube/.env'])
    text = '''# Cube environment variables: https://cube.dev/docs/reference/environment-variables
CUBEJS_DEV_MODE=true
CUBEJS_DB_TYPE=snowflake
CUBEJS_DB_SNOWFLAKE_ACCOUNT=%s
CUBEJS_DB_SNOWFLAKE_WAREHOUSE=CUBE_WH
CUBEJS_DB_NAME=ANALYTICS
CUBEJS_DB_USER=CUBE_SVC
CUBEJS_DB_SNOWFLAKE_AUTHENTICATOR=SNOWFLAKE_JWT
CUBEJS_DB_SNOWFLAKE_PRIVATE_KEY_PATH=/cube/conf/keys/cube_svc.p8
CUBEJS_API_SECRET=%s
CUBEJS_EXTERNAL_DEFAULT=true
CUBEJS_SCHEDULED_REFRESH_DEFAULT=true
CUBEJS_WEB_SOCKETS=true
''' % (pick(rng, SF_ACCOUNTS), raw(v))
    return path, text


@pos('cube', 'api_secret', g_cube_secret, 'compose', 'CUBEJS_API_SECRET')
def p_cube_compose(rng, v):
    path = pick(rng, ['docker-compose.yml', 'cube/docker-compose.yml', 'semantic-layer/compose.yaml'])
    text = '''services:
  cube_api:
    image: cubejs/cube:v0.35.%d
    ports:
      - 4000:4000
      - 15432:15432
    environment:
      - CUBEJS_DB_TYPE=postgres
      - CUBEJS_DB_HOST=warehouse
      - CUBEJS_DB_NAME=analytics
      - CUBEJS_DB_USER=cube
      - CUBEJS_DB_PASS=${WAREHOUSE_PASSWORD}
      - CUBEJS_API_SECRET=%s
      - CUBEJS_CUBESTORE_HOST=cubestore_router
      - CUBEJS_DEV_MODE=false
    volumes:
      - .:/cube/conf
    depends_on:
      - cubestore_router

  cubestore_router:
    image: cubejs/cubestore:v0.35.%d
    environment:
      - CUBESTORE_WORKERS=cubestore_worker_1:10001
      - CUBESTORE_REMOTE_DIR=/cube/data
''' % (rng.randint(0, 80), raw(v), rng.randint(0, 80))
    return path, text


@pos('cube', 'api_secret', g_cube_secret, 'js', 'CUBEJS_API_SECRET')
def p_cube_jwt(rng, v):
    path = pick(rng, ['scripts/generate-cube-token.js', 'server/cubeToken.js', 'tools/mint-token.mjs'])
    text = '''import jwt from "jsonwebtoken";

// Issues a short-lived token for the Cube REST API (used by the internal dashboard).
export function cubeToken(tenantId) {
  return jwt.sign(
    { tenant_id: tenantId, roles: ["viewer"] },
    %s,
    { expiresIn: "30m", algorithm: "HS256" }
  );
}

if (process.argv[2]) {
  console.log(cubeToken(process.argv[2]));
}
''' % q(v)
    return path, text


# ==================================================================== POSITIVES: Preset
@pos('preset', 'api_secret', g_preset_secret, 'sh', 'PRESET_API_SECRET')
def p_preset_cli(rng, v):
    c = co(rng)
    path = pick(rng, ['scripts/sync_preset.sh', 'ci/preset-deploy.sh'])
    text = '''#!/usr/bin/env bash
set -euo pipefail
# Sync dashboards-as-code to the production Preset workspace.
WORKSPACE="https://%s.us1a.app.preset.io/"

preset-cli \\
  --api-token %s \\
  --api-secret %s \\
  --workspaces="$WORKSPACE" \\
  superset sync native ./superset_assets --overwrite

echo "synced assets to $WORKSPACE"
''' % (hexs(rng, 8), uuid4(rng), raw(v))
    return path, text


@pos('preset', 'api_secret', g_preset_secret, 'py', 'PRESET_API_SECRET')
def p_preset_py(rng, v):
    path = pick(rng, ['tools/preset_auth.py', 'scripts/preset_guest_token.py'])
    text = '''import requests

PRESET_API = "https://api.app.preset.io/v1"


def preset_jwt():
    payload = {"name": "%s", "secret": %s}
    r = requests.post(f"{PRESET_API}/auth/", json=payload, timeout=30)
    r.raise_for_status()
    return r.json()["payload"]["access_token"]


def guest_token(team, workspace, dashboard_id):
    h = {"Authorization": f"Bearer {preset_jwt()}"}
    body = {"user": {"username": "embed"}, "resources": [{"type": "dashboard", "id": dashboard_id}], "rls": []}
    url = f"{PRESET_API}/teams/{team}/workspaces/{workspace}/guest-token/"
    return requests.post(url, headers=h, json=body, timeout=30).json()["payload"]["token"]
''' % (uuid4(rng), q(v))
    return path, text


# ================================================================= POSITIVES: Snowflake
@pos('snowflake', 'db_password', g_password, 'py', 'SNOWFLAKE_PASSWORD')
def p_sf_connector(rng, v):
    path = pick(rng, ['notebooks/utils/warehouse.py', 'etl/load_targets.py', 'scripts/backfill_sessions.py'])
    text = '''import snowflake.connector

conn = snowflake.connector.connect(
    user="%s",
    password=%s,
    account="%s",
    warehouse="REPORTING_WH",
    database="ANALYTICS",
    schema="%s",
    role="REPORTER",
)

cur = conn.cursor()
try:
    cur.execute("""%s""")
    for row in cur.fetchall():
        print(row)
finally:
    cur.close()
    conn.close()
''' % (pick(rng, USERS).upper(), q(v), pick(rng, SF_ACCOUNTS), sch(rng).upper(), sql_select(rng))
    return path, text


@pos('snowflake', 'db_password', g_password, 'sql', 'SVC_PASSWORD')
def p_sf_create_user(rng, v):
    u = pick(rng, ['LOOKER_SVC', 'TABLEAU_SVC', 'SIGMA_SVC', 'HEX_SVC', 'METABASE_SVC', 'POWERBI_SVC'])
    path = pick(rng, ['snowflake/setup/03_bi_users.sql', 'sql/admin/create_service_users.sql', 'warehouse/grants/bi_tools.sql'])
    text = '''-- BI tool service users. Run as SECURITYADMIN.
use role securityadmin;

create role if not exists %s_ROLE;
grant role %s_ROLE to role sysadmin;

create user if not exists %s
  password = '%s'
  login_name = '%s'
  default_role = %s_ROLE
  default_warehouse = BI_WH
  must_change_password = false
  comment = 'service user for the BI tool';

grant role %s_ROLE to user %s;
grant usage on warehouse BI_WH to role %s_ROLE;
grant usage on database ANALYTICS to role %s_ROLE;
grant select on all tables in schema ANALYTICS.MARTS to role %s_ROLE;
''' % (u, u, u, raw(v), u.lower(), u, u, u, u, u, u)
    return path, text


@pos('snowflake', 'key_passphrase', g_passphrase, 'toml', 'PRIVATE_KEY_FILE_PWD')
def p_sf_connections_toml(rng, v):
    path = pick(rng, ['.snowflake/connections.toml', 'config/snowflake/connections.toml'])
    text = '''default_connection_name = "analytics"

[analytics]
account = "%s"
user = "%s"
authenticator = "SNOWFLAKE_JWT"
private_key_file = "~/.snowflake/keys/rsa_key.p8"
private_key_file_pwd = "%s"
role = "ANALYST"
warehouse = "ADHOC_WH"
database = "ANALYTICS"

[sandbox]
account = "%s"
user = "%s"
authenticator = "externalbrowser"
warehouse = "SANDBOX_WH"
''' % (pick(rng, SF_ACCOUNTS), pick(rng, PEOPLE).replace('.', '_').upper(), raw(v), pick(rng, SF_ACCOUNTS),
       pick(rng, PEOPLE).replace('.', '_').upper())
    return path, text


@pos('snowflake', 'private_key', g_rsa_encrypted, 'pem', 'SNOWFLAKE_PRIVATE_KEY')
def p_sf_p8(rng, v):
    path = pick(rng, ['keys/rsa_key.p8', 'secrets/snowflake/dbt_rsa_key.p8', 'config/keys/looker_svc.p8'])
    return path, raw(v) + '\n'


@pos('snowflake', 'db_password', g_password, 'hcl', 'snowflake_password')
def p_sf_tf(rng, v):
    path = pick(rng, ['terraform/snowflake/providers.tf', 'infra/snowflake/main.tf'])
    text = '''terraform {
  required_providers {
    snowflake = {
      source  = "Snowflake-Labs/snowflake"
      version = "~> 0.87"
    }
  }
}

provider "snowflake" {
  account  = "%s"
  user     = "TERRAFORM_SVC"
  password = %s
  role     = "SYSADMIN"
}

resource "snowflake_warehouse" "bi" {
  name           = "BI_WH"
  warehouse_size = "xsmall"
  auto_suspend   = 60
}

resource "snowflake_database" "analytics" {
  name = "ANALYTICS"
}
''' % (pick(rng, SF_ACCOUNTS).split('.')[0].upper(), q(v))
    return path, text


# ================================================================== POSITIVES: BigQuery
@pos('bigquery', 'service_account_key', g_rsa_private, 'pem', 'GCP_PRIVATE_KEY')
def p_bq_sa_json(rng, v):
    c = co(rng)
    proj = '%s-%s-%s' % (c, pick(rng, ['analytics', 'bi', 'data-platform']), digits(rng, 4))
    sa = pick(rng, ['looker-bq', 'metabase-reader', 'tableau-bq', 'dbt-runner', 'superset-bq'])
    path = pick(rng, ['credentials/%s.json' % sa, 'config/gcp-service-account.json', 'secrets/bigquery-key.json'])
    esc = raw(v) + ('\n' if raw(v) else '')
    obj = {'type': 'service_account', 'project_id': proj, 'private_key_id': hexs(rng, 40), 'private_key': esc,
           'client_email': '%s@%s.iam.gserviceaccount.com' % (sa, proj), 'client_id': digits(rng, 21),
           'auth_uri': 'https://accounts.google.com/o/oauth2/auth', 'token_uri': 'https://oauth2.googleapis.com/token',
           'auth_provider_x509_cert_url': 'https://www.googleapis.com/oauth2/v1/certs',
           'client_x509_cert_url': 'https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com' % (sa, proj),
           'universe_domain': 'googleapis.com'}
    text = json.dumps(obj, indent=2) + '\n'
    return path, text, json.dumps(esc)[1:-1]


@pos('snowflake', 'db_password', g_password, 'py', 'SNOWFLAKE_PASSWORD')
def p_sf_notebook(rng, v):
    path = pick(rng, ['notebooks/churn_exploration.ipynb', 'analysis/cohort_retention.ipynb', 'notebooks/ltv_model.ipynb'])
    cells = [
        ('md', '# Cohort retention\nPulls weekly cohorts from Snowflake and plots retention curves.'),
        ('code', 'import pandas as pd\nimport matplotlib.pyplot as plt\nfrom snowflake.sqlalchemy import URL\nfrom sqlalchemy import create_engine'),
        ('code', 'engine = create_engine(URL(\n    account="%s",\n    user="%s",\n    password=%s,\n'
                 '    database="ANALYTICS",\n    schema="MARTS",\n    warehouse="NOTEBOOK_WH",\n    role="ANALYST",\n))'
                 % (pick(rng, SF_ACCOUNTS), pick(rng, PEOPLE).replace('.', '_').upper(), q(v))),
        ('code', 'df = pd.read_sql("select cohort_week, weeks_since, retained from retention", engine)\n'
                 'df.pivot(index="cohort_week", columns="weeks_since", values="retained").head()'),
        ('code', 'ax = df.groupby("weeks_since")["retained"].mean().plot()\nax.set_ylabel("share retained")'),
    ]
    return path, notebook(cells)


# ================================================================ POSITIVES: Databricks
@pos('databricks', 'pat', g_dapi, 'py', 'DATABRICKS_TOKEN', [DOC_DATABRICKS])
def p_dbx_notebook(rng, v):
    host = dbx_host(rng)
    path = pick(rng, ['notebooks/feature_usage.ipynb', 'analysis/warehouse_costs.ipynb', 'notebooks/sql_warehouse_query.ipynb'])
    cells = [
        ('md', '## Feature usage by plan\nQueries the gold tables through the SQL warehouse.'),
        ('code', 'from databricks import sql\nimport pandas as pd'),
        ('code', 'DATABRICKS_HOST = "%s"\nHTTP_PATH = "/sql/1.0/warehouses/%s"\nDATABRICKS_TOKEN = %s' % (host, hexs(rng, 16), q(v))),
        ('code', 'with sql.connect(server_hostname=DATABRICKS_HOST, http_path=HTTP_PATH, access_token=DATABRICKS_TOKEN) as conn:\n'
                 '    df = pd.read_sql("select plan, feature, count(*) n from gold.feature_events group by 1, 2", conn)\n'
                 'df.sort_values("n", ascending=False).head(20)'),
    ]
    return path, notebook(cells)


@pos('databricks', 'pat', g_dapi, 'ini', 'DATABRICKS_TOKEN', [DOC_DATABRICKS])
def p_dbx_cfg(rng, v):
    path = pick(rng, ['.databrickscfg', 'ci/.databrickscfg', 'config/databrickscfg'])
    text = '''[DEFAULT]
host  = https://%s
token = %s

[staging]
host       = https://%s
auth_type  = databricks-cli
''' % (dbx_host(rng), raw(v), dbx_host(rng))
    return path, text


@pos('databricks', 'pat', g_dapi, 'props', 'DATABRICKS_TOKEN', [DOC_DATABRICKS])
def p_dbx_jdbc(rng, v):
    path = pick(rng, ['config/datasources.properties', 'src/main/resources/application-prod.properties'])
    text = '''# Lakehouse connection used by the report renderer
spring.datasource.driver-class-name=com.databricks.client.jdbc.Driver
spring.datasource.url=jdbc:databricks://%s:443/default;transportMode=http;ssl=1;httpPath=/sql/1.0/warehouses/%s;AuthMech=3;UID=token;PWD=%s
spring.datasource.hikari.maximum-pool-size=5
spring.datasource.hikari.connection-timeout=30000
reports.output.bucket=s3://%s-reports/rendered
reports.timezone=UTC
''' % (dbx_host(rng), hexs(rng, 16), raw(v), co(rng))
    return path, text


@pos('databricks', 'pat', g_dapi, 'py', 'DATABRICKS_TOKEN', [DOC_DATABRICKS])
def p_dbx_sdk(rng, v):
    path = pick(rng, ['scripts/warehouse_autostop.py', 'ops/dbx_jobs_report.py'])
    text = '''from databricks.sdk import WorkspaceClient

w = WorkspaceClient(host="https://%s", token=%s)

for wh in w.warehouses.list():
    if wh.auto_stop_mins is None or wh.auto_stop_mins > 30:
        print(f"{wh.name}: auto stop {wh.auto_stop_mins} -> 20")
        w.warehouses.edit(id=wh.id, name=wh.name, cluster_size=wh.cluster_size, auto_stop_mins=20)
''' % (dbx_host(rng), q(v))
    return path, text


# ============================================================ POSITIVES: Athena/Redshift
@pos('aws', 'secret_access_key', g_aws_secret, 'props', 'AWS_SECRET_ACCESS_KEY', [DOC_AWS_SECRET])
def p_athena_jdbc(rng, v):
    c = co(rng)
    path = pick(rng, ['config/athena.properties', 'tableau/datasources/athena-connection.properties', 'conf/athena-jdbc.conf'])
    text = '''# Athena JDBC (Simba 2.x) used by the BI gateway
driver=com.simba.athena.jdbc.Driver
url=jdbc:awsathena://AwsRegion=%s;User=%s;Password=%s;S3OutputLocation=s3://%s-athena-results/gateway/;Workgroup=bi
fetchSize=10000
metadataRetrievalMethod=ProxyAPI
''' % (pick(rng, REGIONS), akid_or_public(rng), raw(v), c)
    return path, text


@pos('aws', 'secret_access_key', g_aws_secret, 'ini', 'AWS_SECRET_ACCESS_KEY', [DOC_AWS_SECRET])
def p_aws_credentials(rng, v):
    path = pick(rng, ['deploy/aws/credentials', '.aws/credentials', 'ci/aws-credentials.ini'])
    text = '''[default]
region = %s

[athena-reporting]
aws_access_key_id = %s
aws_secret_access_key = %s
region = %s
''' % (pick(rng, REGIONS), akid_or_public(rng), raw(v), pick(rng, REGIONS))
    return path, text


@pos('redshift', 'db_password', g_password, 'hcl', 'redshift_master_password')
def p_redshift_tf(rng, v):
    c = co(rng)
    path = pick(rng, ['terraform/redshift.tf', 'infra/warehouse/redshift/main.tf'])
    text = '''resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier        = "%s-warehouse"
  database_name             = "analytics"
  master_username           = "dwadmin"
  master_password           = %s
  node_type                 = "ra3.xlplus"
  cluster_type              = "multi-node"
  number_of_nodes           = 2
  encrypted                 = true
  publicly_accessible       = false
  skip_final_snapshot       = false
  final_snapshot_identifier = "%s-warehouse-final"
  vpc_security_group_ids    = [aws_security_group.redshift.id]
  cluster_subnet_group_name = aws_redshift_subnet_group.private.name
}
''' % (c, q(v), c)
    return path, text


@pos('redshift', 'db_password', g_password, 'url', 'REDSHIFT_PASSWORD')
def p_redshift_log(rng, v):
    c = co(rng)
    path = pick(rng, ['logs/etl-%s.log' % dt(rng), 'airflow/logs/load_marts/attempt=1.log', 'debug/sync-run.log'])
    t = ts(rng)
    host = redshift_host(rng, c)
    text = '''%s,114 INFO  Starting task load_marts (try 1/3)
%s,120 INFO  Using connection redshift_default
%s,121 DEBUG Connecting with URI redshift+psycopg2://etl_loader:%s@%s:5439/analytics
%s,882 INFO  Connected; server version 1.0.%d
%s,883 INFO  COPY marts.%s FROM 's3://%s-lake/marts/%s/' IAM_ROLE default FORMAT PARQUET
%s,402 INFO  Loaded %d rows in 41.2s
%s,405 INFO  Task finished with state success
''' % (t, t, t, raw(v), host, t, rng.randint(50000, 70000), t, tbl(rng), c, tbl(rng), t, rng.randint(1000, 9000000), t)
    return path, text


@pos('redshift', 'db_password', g_password, 'py', 'REDSHIFT_PASSWORD')
def p_redshift_connector(rng, v):
    c = co(rng)
    path = pick(rng, ['scripts/vacuum_marts.py', 'maintenance/analyze_tables.py'])
    text = '''import redshift_connector

conn = redshift_connector.connect(
    host="%s",
    database="analytics",
    port=5439,
    user="maintenance",
    password=%s,
)
conn.autocommit = True
cur = conn.cursor()
for table in ("marts.%s", "marts.%s"):
    cur.execute(f"vacuum delete only {table} to 75 percent")
    cur.execute(f"analyze {table}")
    print("done", table)
''' % (redshift_host(rng, c), q(v), tbl(rng), tbl(rng))
    return path, text


# ================================================================== POSITIVES: misc
@pos('snowflake', 'db_password', g_password, 'url', 'AIRFLOW_SNOWFLAKE_PASSWORD')
def p_dockerfile_conn(rng, v):
    path = pick(rng, ['Dockerfile', 'airflow/Dockerfile', 'docker/airflow.Dockerfile'])
    text = '''FROM quay.io/astronomer/astro-runtime:11.%d.0

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

ENV AIRFLOW__CORE__LOAD_EXAMPLES=False
ENV AIRFLOW_CONN_SNOWFLAKE_DEFAULT='snowflake://AIRFLOW_SVC:%s@/ANALYTICS/RAW?account=%s&warehouse=LOADING_WH&role=LOADER'
ENV DBT_PROJECT_DIR=/usr/local/airflow/dbt

COPY dags/ /usr/local/airflow/dags/
COPY dbt/ /usr/local/airflow/dbt/
''' % (rng.randint(0, 9), raw(v), pick(rng, SF_ACCOUNTS).split('.')[0])
    return path, text


@pos('metabase', 'admin_password', g_password, 'md', 'METABASE_ADMIN_PASSWORD')
def p_md_handover(rng, v):
    c = co(rng)
    path = pick(rng, ['docs/handover.md', 'docs/bi-stack.md', 'wiki/analytics-onboarding.md'])
    text = '''# BI stack handover

| System | URL | Login | Password |
|---|---|---|---|
| Metabase (admin) | https://metabase.%s.com | admin@%s.com | `%s` |
| Redash | https://redash.%s.com | SSO | - |
| Grafana | https://grafana.%s.com | SSO | - |

Metabase runs on the `bi-01` VM (docker compose, see `deploy/metabase`).
Backups of the application database run nightly at 02:00 UTC.
''' % (c, c, raw(v), c, c)
    return path, text


@pos('tableau', 'db_password', g_password, 'csv', 'DATASOURCE_PASSWORD')
def p_csv_connections(rng, v):
    c = co(rng)
    path = pick(rng, ['config/datasource_inventory.csv', 'migration/tableau_connections.csv'])
    rows = ['datasource,server,port,database,username,password,owner']
    n = rng.randint(3, 6)
    k = rng.randrange(n)
    for i in range(n):
        pw = raw(v) if i == k else ''
        rows.append('%s %s,%s,%d,analytics,%s,%s,%s' % (pick(rng, ['Sales', 'Finance', 'Ops', 'Product', 'Support']), tbl(rng),
                                                       redshift_host(rng, c), 5439, pick(rng, USERS), pw, email(rng, c)))
    return path, '\n'.join(rows) + '\n'


# ===================================================================== NEGATIVES: look-alikes
def grafana_uid(rng):
    return mixed(rng, ALNUM + '-_', pick(rng, [9, 14]))


def nanoid(rng):
    return rs(rng, ALNUM + '_-', 21)


def sha256h(rng):
    return hexs(rng, 64)


def sf_query_id(rng):
    return '01%s-%s-%s-%s-%s' % (hexs(rng, 6), hexs(rng, 4), hexs(rng, 4), '0000', hexs(rng, 12))


def mapbox_public(rng):
    u = co(rng)
    body = b64url(json.dumps({'u': u + '-maps', 'a': 'cl' + rs(rng, LOWER_ALNUM, 23)}, separators=(',', ':')).encode())
    return 'pk.' + body + '.' + rs(rng, ALNUM + '-_', 22)


def recaptcha_site_key(rng):
    return '6L' + rng.choice('cdef') + rs(rng, ALNUM + '_-', 5) + 'AAAAA' + rs(rng, ALNUM + '_-', 27)


def jwt_like(rng, payload):
    h = b64url(b'{"alg":"HS256","typ":"JWT"}')
    p = b64url(json.dumps(payload, separators=(',', ':')).encode())
    return h + '.' + p + '.' + b64url(rbytes(rng, 32))


@neg('grafana', 'dashboard_uid')
def n_grafana_dashboard(rng):
    ds = grafana_uid(rng)
    panels = []
    for i in range(rng.randint(2, 4)):
        panels.append({'id': i + 1, 'type': pick(rng, ['timeseries', 'stat', 'table', 'barchart']),
                       'title': pick(rng, ['Query latency p95', 'Credits used', 'Failed dbt models', 'Rows loaded', 'Active users']),
                       'datasource': {'type': 'prometheus', 'uid': ds},
                       'gridPos': {'h': 8, 'w': 12, 'x': 12 * (i % 2), 'y': 8 * (i // 2)},
                       'targets': [{'refId': 'A', 'expr': 'sum(rate(%s_total[5m]))' % pick(rng, ['dbt_model_runs', 'warehouse_queries', 'looker_queries'])}]})
    obj = {'annotations': {'list': []}, 'editable': True, 'id': None, 'uid': grafana_uid(rng), 'title': 'Warehouse health',
           'tags': ['bi', 'warehouse'], 'timezone': 'utc', 'schemaVersion': 39, 'version': rng.randint(3, 90),
           'time': {'from': 'now-24h', 'to': 'now'}, 'panels': panels}
    return pick(rng, ['dashboards/warehouse-health.json', 'grafana/dashboards/bi-platform.json']), json.dumps(obj, indent=2) + '\n'


@neg('grafana', 'alert_rule_uid')
def n_grafana_alerts(rng):
    text = '''apiVersion: 1
groups:
  - orgId: 1
    name: dbt
    folder: BI Platform
    interval: 5m
    rules:
      - uid: %s
        title: dbt job failed
        condition: C
        data:
          - refId: A
            relativeTimeRange: {from: 900, to: 0}
            datasourceUid: %s
            model:
              expr: increase(dbt_cloud_run_failures_total[15m])
        noDataState: OK
        execErrState: Error
        for: 0s
        labels:
          team: %s
        annotations:
          runbook_url: https://wiki.%s.com/runbooks/dbt-failures
''' % (grafana_uid(rng), grafana_uid(rng), pick(rng, TEAMS), co(rng))
    return pick(rng, ['provisioning/alerting/dbt.yaml', 'grafana/alerting/rules.yml']), text


@neg('dbt', 'manifest_checksums')
def n_dbt_manifest(rng):
    c = co(rng)
    nodes = {}
    for _ in range(rng.randint(3, 5)):
        t = tbl(rng)
        uid = 'model.%s.fct_%s' % (c, t)
        nodes[uid] = {'resource_type': 'model', 'package_name': c, 'path': 'marts/fct_%s.sql' % t, 'unique_id': uid,
                      'fqn': [c, 'marts', 'fct_' + t], 'checksum': {'name': 'sha256', 'checksum': sha256h(rng)},
                      'config': {'materialized': 'table'}, 'depends_on': {'nodes': ['model.%s.stg_%s' % (c, t)]}}
    obj = {'metadata': {'dbt_schema_version': 'https://schemas.getdbt.com/dbt/manifest/v11.json', 'dbt_version': '1.7.%d' % rng.randint(0, 14),
                        'generated_at': ts(rng) + '.%06dZ' % rng.randint(0, 999999), 'invocation_id': uuid4(rng),
                        'project_id': hexs(rng, 32), 'user_id': uuid4(rng), 'send_anonymous_usage_stats': False, 'adapter_type': 'snowflake'},
           'nodes': nodes}
    return pick(rng, ['target/manifest.json', 'state/prod/manifest.json']), json.dumps(obj, indent=2) + '\n'


@neg('dbt', 'run_results')
def n_dbt_run_results(rng):
    res = []
    for _ in range(rng.randint(2, 5)):
        res.append({'status': 'success', 'timing': [], 'thread_id': 'Thread-%d (worker)' % rng.randint(1, 8),
                    'execution_time': round(rng.uniform(0.5, 300), 3), 'adapter_response': {'_message': 'SUCCESS 1', 'code': 'SUCCESS',
                                                                                            'rows_affected': rng.randint(1, 10 ** 6), 'query_id': sf_query_id(rng)},
                    'message': 'SUCCESS 1', 'failures': None, 'unique_id': 'model.%s.%s' % (co(rng), tbl(rng))})
    obj = {'metadata': {'dbt_version': '1.7.4', 'generated_at': ts(rng) + 'Z', 'invocation_id': uuid4(rng)}, 'results': res,
           'elapsed_time': round(rng.uniform(30, 900), 2)}
    return pick(rng, ['target/run_results.json', 'artifacts/run_results.json']), json.dumps(obj, indent=2) + '\n'


@neg('dbt', 'run_ids')
def n_dbt_cloud_log(rng):
    t = ts(rng)
    run = rng.randint(10 ** 8, 4 * 10 ** 8)
    text = '''%s INFO  dbt Cloud job %d triggered (cause: "Scheduled")
%s INFO  run id %d queued on environment %d, project %d
%s INFO  git sha %s (branch main)
%s INFO  step 1: dbt deps ... ok
%s INFO  step 2: dbt build --select state:modified+ ... ok (%d models, %d tests)
%s INFO  artifacts: https://cloud.getdbt.com/deploy/%d/projects/%d/runs/%d/
%s INFO  run %d finished: Success in %dm%02ds
''' % (t, rng.randint(10000, 999999), t, run, rng.randint(1000, 99999), rng.randint(1000, 99999), t, hexs(rng, 40), t, t,
       rng.randint(20, 400), rng.randint(50, 900), t, rng.randint(1000, 99999), rng.randint(1000, 99999), run, t, run,
       rng.randint(1, 40), rng.randint(0, 59))
    return pick(rng, ['logs/dbt_cloud_orchestrator.log', 'orchestration/logs/run.log']), text


@neg('dbt', 'sources_meta')
def n_dbt_sources(rng):
    c = co(rng)
    text = '''version: 2

sources:
  - name: stripe
    database: RAW
    schema: STRIPE
    loader: fivetran
    loaded_at_field: _fivetran_synced
    freshness:
      warn_after: {count: 12, period: hour}
      error_after: {count: 24, period: hour}
    meta:
      owner: "@%s"
      fivetran_connector_id: %s
      looker_explore: %s_finance/charges
    tables:
      - name: charge
        identifier: CHARGE
        columns:
          - name: id
            tests: [unique, not_null]
      - name: customer
      - name: balance_transaction
''' % (pick(rng, PEOPLE), '_'.join(rs(rng, string.ascii_lowercase, 5) for _ in range(3)), c)
    return pick(rng, ['models/staging/stripe/_stripe__sources.yml', 'models/sources.yml']), text


@neg('dbt', 'hashed_seed')
def n_dbt_seed_hashes(rng):
    rows = ['customer_id,email_sha256,segment,first_order_date']
    for _ in range(rng.randint(6, 14)):
        rows.append('%d,%s,%s,%s' % (rng.randint(10000, 999999), sha256h(rng), pick(rng, ['smb', 'mid', 'ent']), dt(rng)))
    return pick(rng, ['seeds/customer_segments.csv', 'seeds/test_customers.csv']), '\n'.join(rows) + '\n'


@neg('dbt', 'surrogate_keys')
def n_dbt_sql_md5(rng):
    t = tbl(rng)
    text = '''{{ config(materialized='incremental', unique_key='%s_sk') }}

with source as (
    select * from {{ ref('stg_%s') }}
    {%% if is_incremental() %%}
    where updated_at > (select max(updated_at) from {{ this }})
    {%% endif %%}
)

select
    {{ dbt_utils.generate_surrogate_key(['id', 'updated_at']) }} as %s_sk,
    md5(lower(trim(email))) as email_hash,
    id,
    status,
    updated_at
from source
-- sanity: md5('') = d41d8cd98f00b204e9800998ecf8427e, expected key for fixture row 1 = %s
''' % (t, t, t, hexs(rng, 32))
    return 'models/marts/fct_%s.sql' % t, text


@neg('tableau', 'workbook_luids')
def n_tableau_luids(rng):
    c = co(rng)
    lines = ['"""Workbooks that are refreshed after the nightly load (Tableau LUIDs)."""', '', 'SITE_LUID = "%s"' % uuid4(rng), '',
             'WORKBOOKS = {']
    for name in ['revenue_overview', 'pipeline_health', 'support_slas', 'cash_position', 'marketing_funnel'][:rng.randint(3, 5)]:
        lines.append('    "%s": "%s",' % (name, uuid4(rng)))
    lines += ['}', '', 'DATASOURCES = ["%s", "%s"]' % (uuid4(rng), uuid4(rng)), '',
              'SERVER = "https://tableau.%s.com"' % c]
    return pick(rng, ['tableau/workbook_ids.py', 'config/tableau_luids.py']), '\n'.join(lines) + '\n'


@neg('tableau', 'twb_ids')
def n_tableau_twb(rng):
    text = '''<?xml version='1.0' encoding='utf-8' ?>
<workbook original-version='18.1' source-build='2023.3.%d (20233.23.%s)' version='18.1' xmlns:user='http://www.tableausoftware.com/xml/user'>
  <repository-location id='RevenueOverview' path='/t/analytics/workbooks' revision='1.%d' site='analytics' />
  <datasources>
    <datasource caption='orders (analytics)' inline='true' name='federated.%s' version='18.1'>
      <connection class='federated'>
        <named-connections>
          <named-connection caption='warehouse' name='snowflake.%s'>
            <connection class='snowflake' dbname='ANALYTICS' schema='MARTS' server='%s.snowflakecomputing.com' username='' warehouse='BI_WH' authentication='oauth' />
          </named-connection>
        </named-connections>
      </connection>
      <column caption='Net Revenue' datatype='real' name='[Calculation_%s]' role='measure' type='quantitative'>
        <calculation class='tableau' formula='SUM([amount]) - SUM([refunds])' />
      </column>
    </datasource>
  </datasources>
</workbook>
''' % (rng.randint(0, 9), digits(rng, 4), rng.randint(0, 40), rs(rng, LOWER_ALNUM, 28), rs(rng, LOWER_ALNUM, 28),
       pick(rng, SF_ACCOUNTS).split('.')[0], digits(rng, 19))
    return pick(rng, ['workbooks/RevenueOverview.twb', 'tableau/src/pipeline.twb']), text


@neg('tableau', 'rest_listing')
def n_tableau_listing(rng):
    c = co(rng)
    wbs = []
    for _ in range(rng.randint(2, 4)):
        name = pick(rng, ['Revenue', 'Churn', 'Pipeline', 'Support', 'Marketing'])
        wbs.append({'id': uuid4(rng), 'name': name, 'contentUrl': name + digits(rng, 2), 'webpageUrl': 'https://tableau.%s.com/#/site/analytics/workbooks/%d' % (c, rng.randint(100, 9999)),
                    'project': {'id': uuid4(rng), 'name': 'Finance'}, 'owner': {'id': uuid4(rng)}, 'updatedAt': ts(rng) + 'Z', 'size': str(rng.randint(1, 90))})
    obj = {'pagination': {'pageNumber': '1', 'pageSize': '100', 'totalAvailable': str(len(wbs))}, 'workbooks': {'workbook': wbs}}
    return pick(rng, ['tests/fixtures/tableau_workbooks.json', 'snapshots/workbooks.json']), json.dumps(obj, indent=2) + '\n'


@neg('powerbi', 'embed_ids')
def n_pbi_embed_config(rng):
    g, r, d = uuid4(rng), uuid4(rng), uuid4(rng)
    obj = {'type': 'report', 'id': r, 'embedUrl': 'https://app.powerbi.com/reportEmbed?reportId=%s&groupId=%s&w=2&config=%s' % (
        r, g, b64url(json.dumps({'clusterUrl': 'https://WABI-US-EAST2-B-PRIMARY-redirect.analysis.windows.net'}).encode())),
        'datasetId': d, 'workspaceId': g, 'tokenType': 1, 'permissions': 'Read',
        'settings': {'panes': {'filters': {'visible': False}}, 'background': 0}}
    return pick(rng, ['src/embed/reportConfig.json', 'public/powerbi/sales-report.json']), json.dumps(obj, indent=2) + '\n'


@neg('powerbi', 'pbip_ids')
def n_pbi_pbip(rng):
    obj = {'version': '4.0', 'datasetReference': {'byPath': None, 'byConnection': {
        'connectionString': 'Data Source=powerbi://api.powerbi.com/v1.0/myorg/%s%%20Analytics;Initial Catalog=Sales;Integrated Security=ClaimsToken' % co(rng).title(),
        'pbiServiceModelId': rng.randint(1000000, 9999999), 'pbiModelVirtualServerName': 'sobe_wowvirtualserver',
        'pbiModelDatabaseName': uuid4(rng), 'name': 'EntityDataSource', 'connectionType': 'pbiServiceXmlaStyleLive'}}}
    return pick(rng, ['Sales.Report/definition.pbir', 'reports/Finance.Report/definition.pbir']), json.dumps(obj, indent=2) + '\n'


@neg('looker', 'pdt_names')
def n_looker_view(rng):
    t = tbl(rng)
    text = '''# Persisted as LR$%s_%s_%s in the scratch schema
view: %s_rollup {
  derived_table: {
    datagroup_trigger: nightly_etl
    indexes: ["%s_id"]
    sql:
      select %s_id, date_trunc('week', created_at) as week, count(*) as n
      from marts.%s
      group by 1, 2 ;;
  }

  dimension: pk {
    primary_key: yes
    hidden: yes
    sql: md5(${TABLE}.%s_id || ${TABLE}.week) ;;
  }

  measure: total { type: sum sql: ${TABLE}.n ;; }
}
''' % (rs(rng, UPPER_ALNUM, 5), digits(rng, 13), t, t, t, t, t, t)
    return 'views/%s_rollup.view.lkml' % t, text


@neg('looker', 'dashboard_slugs')
def n_looker_dashboard(rng):
    c = co(rng)
    text = '''---
- dashboard: revenue_overview
  title: Revenue Overview
  layout: newspaper
  preferred_viewer: dashboards-next
  preferred_slug: %s
  elements:
  - title: Net revenue by week
    name: net_revenue_week
    model: %s_finance
    explore: orders
    type: looker_line
    fields: [orders.created_week, orders.net_revenue]
    sorts: [orders.created_week desc]
    limit: 500
    query_timezone: UTC
    row: 0
    col: 0
    width: 24
    height: 8
  - title: Top accounts
    name: top_accounts
    model: %s_finance
    explore: accounts
    type: looker_grid
    fields: [accounts.name, orders.net_revenue]
    limit: 25
    row: 8
    col: 0
    width: 12
    height: 6
''' % (mixed(rng, ALNUM, 22), c, c)
    return pick(rng, ['dashboards/revenue_overview.dashboard.lookml', 'lookml/dashboards/revenue.dashboard.lookml']), text


@neg('looker', 'signed_embed_url')
def n_looker_signed_log(rng):
    c = co(rng)
    lines = []
    for _ in range(rng.randint(2, 4)):
        lines.append('%s INFO embed url issued user=%d path=/embed/dashboards/%d nonce=%%22%s%%22 time=%d signature=%s' % (
            ts(rng), rng.randint(1000, 99999), rng.randint(1, 300), hexs(rng, 16), rng.randint(1700000000, 1760000000),
            base64.b64encode(rbytes(rng, 20)).decode().replace('+', '%2B').replace('/', '%2F').replace('=', '%3D')))
    lines.append('%s INFO embed session for %s.cloud.looker.com expires in 3600s' % (ts(rng), c))
    return pick(rng, ['logs/embed-service.log', 'var/log/portal/embed.log']), '\n'.join(lines) + '\n'


@neg('metabase', 'signed_embed_jwt')
def n_metabase_embed_md(rng):
    c = co(rng)
    tok = jwt_like(rng, {'resource': {'dashboard': rng.randint(1, 200)}, 'params': {}, 'exp': rng.randint(1700000000, 1760000000)})
    text = '''# Embedding the customer dashboard

The portal asks the backend for a signed URL on every page load (10 minute expiry).
A URL produced in staging looks like this (already expired):

```
https://metabase.%s.com/embed/dashboard/%s#bordered=false&titled=true
```

The signing key is read from `METABASE_SECRET_KEY` at start-up; never log it.
''' % (c, tok)
    return pick(rng, ['docs/embedding.md', 'portal/README.md']), text


@neg('metabase', 'public_links')
def n_metabase_public(rng):
    c = co(rng)
    text = '''## Public dashboards

These Metabase dashboards are shared publicly on purpose (status page and investor
metrics); they expose aggregate numbers only.

- Uptime: https://metabase.%s.com/public/dashboard/%s
- Weekly active users: https://metabase.%s.com/public/question/%s
- Changelog stats: https://metabase.%s.com/public/dashboard/%s
''' % (c, uuid4(rng), c, uuid4(rng), c, uuid4(rng))
    return pick(rng, ['docs/public-dashboards.md', 'status/README.md']), text


@neg('metabase', 'entity_ids')
def n_metabase_serdes(rng):
    text = '''name: Weekly revenue
description: null
entity_id: %s
created_at: '%s.%06dZ'
creator_id: %s
display: line
archived: false
collection_id: %s
database_id: %s
table_id:
- %s
- PUBLIC
- ORDERS
query_type: query
dataset_query:
  database: %s
  type: query
  query:
    source-table: [%s, PUBLIC, ORDERS]
    aggregation: [[sum, [field, [%s, PUBLIC, ORDERS, TOTAL], null]]]
visualization_settings:
  graph.dimensions: [CREATED_AT]
serdes/meta:
- id: %s
  label: weekly_revenue
  model: Card
''' % (nanoid(rng), ts(rng), rng.randint(0, 999999), email(rng), nanoid(rng), 'Sample Database', 'Sample Database',
       'Sample Database', 'Sample Database', 'Sample Database', nanoid(rng))
    return pick(rng, ['metabase/collections/%s/cards/weekly_revenue.yaml' % nanoid(rng)[:8], 'serialization/cards/weekly_revenue.yaml']), text


@neg('superset', 'dashboard_export')
def n_superset_export(rng):
    text = '''dashboard_title: Sales overview
description: null
css: ''
slug: sales-overview
certified_by: ''
position:
  CHART-%s:
    children: []
    id: CHART-%s
    meta:
      chartId: %d
      height: 50
      sliceName: Revenue by region
      uuid: %s
      width: 4
    type: CHART
  DASHBOARD_VERSION_KEY: v2
metadata:
  color_scheme: supersetColors
  refresh_frequency: 0
  native_filter_configuration:
  - id: NATIVE_FILTER-%s
    name: Region
    filterType: filter_select
uuid: %s
version: 1.0.0
''' % (rs(rng, ALNUM + '-_', 10), rs(rng, ALNUM + '-_', 10), rng.randint(1, 500), uuid4(rng), rs(rng, ALNUM + '-_', 20), uuid4(rng))
    return pick(rng, ['superset_assets/dashboards/Sales_overview.yaml', 'assets/dashboards/sales.yaml']), text


@neg('superset', 'public_site_keys')
def n_superset_public_keys(rng):
    text = '''import os

SECRET_KEY = os.environ["SUPERSET_SECRET_KEY"]

# Mapbox *public* token (pk.) used by deck.gl charts in the browser
MAPBOX_API_KEY = "%s"

# reCAPTCHA for self-registration: the site key is public, the private key comes from the env
RECAPTCHA_PUBLIC_KEY = "%s"
RECAPTCHA_PRIVATE_KEY = os.environ.get("RECAPTCHA_PRIVATE_KEY", "")

AUTH_USER_REGISTRATION = True
AUTH_USER_REGISTRATION_ROLE = "Gamma"
''' % (mapbox_public(rng), recaptcha_site_key(rng))
    return pick(rng, ['superset_config.py', 'docker/pythonpath/superset_config_maps.py']), text


@neg('redash', 'query_results')
def n_redash_results(rng):
    obj = {'query_result': {'id': rng.randint(10 ** 5, 10 ** 7), 'query_hash': hexs(rng, 32), 'query': sql_select(rng),
                            'data': {'columns': [{'name': 'day', 'type': 'date'}, {'name': 'n', 'type': 'integer'}],
                                     'rows': [{'day': dt(rng), 'n': rng.randint(1, 9999)} for _ in range(3)]},
                            'data_source_id': rng.randint(1, 20), 'runtime': round(rng.uniform(0.1, 30), 4), 'retrieved_at': ts(rng) + '.%06d+00:00' % rng.randint(0, 999999)}}
    return pick(rng, ['tests/fixtures/redash_result.json', 'cache/query_results.json']), json.dumps(obj, indent=2) + '\n'


@neg('snowflake', 'query_ids')
def n_sf_query_history(rng):
    rows = ['query_id,warehouse_name,user_name,execution_status,total_elapsed_time,bytes_scanned,query_tag']
    for _ in range(rng.randint(5, 12)):
        rows.append('%s,%s,%s,SUCCESS,%d,%d,%s' % (sf_query_id(rng), pick(rng, ['BI_WH', 'TRANSFORMING', 'REPORTING_WH']), pick(rng, USERS).upper(),
                                                rng.randint(100, 900000), rng.randint(10 ** 4, 10 ** 11), pick(rng, ['dbt_prod', 'looker', 'tableau', ''])))
    return pick(rng, ['analysis/query_history_sample.csv', 'data/warehouse_costs/queries.csv']), '\n'.join(rows) + '\n'


@neg('snowflake', 'rsa_public_key')
def n_sf_public_key_sql(rng):
    der = g_rsa_public_der(rng)
    body = base64.b64encode(der).decode()
    text = '''-- key-pair auth for the dbt service user (public half only; the private key lives in the vault)
alter user DBT_PROD set rsa_public_key = '%s';

-- fingerprint shown by DESC USER, for the rotation checklist
-- RSA_PUBLIC_KEY_FP = SHA256:%s
desc user DBT_PROD;
''' % (body, base64.b64encode(rbytes(rng, 32)).decode())
    return pick(rng, ['snowflake/users/dbt_prod_key.sql', 'sql/admin/rotate_dbt_key.sql']), text


@neg('snowflake', 'rsa_public_key_pem')
def n_sf_public_pem(rng):
    return pick(rng, ['keys/rsa_key.pub', 'snowflake/keys/looker_svc.pub']), pem_wrap('PUBLIC KEY', g_rsa_public_der(rng)) + '\n'


@neg('ssh', 'host_public_keys')
def n_known_hosts(rng):
    c = co(rng)
    lines = []
    for h in ['bastion', 'bi-01', 'metabase-01']:
        blob = bytes.fromhex('0000000b7373682d6564323535313900000020') + rbytes(rng, 32)
        lines.append('%s.%s.internal ssh-ed25519 %s' % (h, c, base64.b64encode(blob).decode()))
    return pick(rng, ['deploy/ssh/known_hosts', 'ansible/files/known_hosts']), '\n'.join(lines) + '\n'


@neg('databricks', 'cluster_ids')
def n_dbx_cluster(rng):
    obj = {'cluster_id': '%04d-%06d-%s' % (rng.randint(100, 1231), rng.randint(0, 999999), rs(rng, LOWER_ALNUM, 8)),
           'cluster_name': 'bi-extracts', 'spark_version': '14.3.x-scala2.12', 'node_type_id': 'i3.xlarge',
           'instance_pool_id': '%04d-%06d-%s-pool-%s' % (rng.randint(100, 1231), rng.randint(0, 999999), rs(rng, LOWER_ALNUM, 6), rs(rng, LOWER_ALNUM, 8)),
           'policy_id': hexs(rng, 16).upper(), 'autotermination_minutes': 30, 'num_workers': rng.randint(1, 8),
           'custom_tags': {'team': pick(rng, TEAMS), 'cost_center': digits(rng, 4)}, 'workspace_id': digits(rng, 16)}
    return pick(rng, ['databricks/clusters/bi-extracts.json', 'infra/databricks/cluster.json']), json.dumps(obj, indent=2) + '\n'


@neg('databricks', 'bundle_ids')
def n_dbx_bundle(rng):
    text = '''bundle:
  name: %s_bi_jobs

workspace:
  host: https://%s

resources:
  jobs:
    refresh_gold:
      name: refresh gold tables
      tasks:
        - task_key: build
          sql_task:
            warehouse_id: %s
            file:
              path: ./sql/gold.sql
      email_notifications:
        on_failure: [%s]

targets:
  prod:
    mode: production
    run_as:
      service_principal_name: %s
''' % (co(rng), dbx_host(rng), hexs(rng, 16), email(rng), uuid4(rng))
    return pick(rng, ['databricks.yml', 'bundles/bi/databricks.yml']), text


@neg('aws', 'athena_execution_ids')
def n_athena_log(rng):
    c = co(rng)
    lines = []
    for _ in range(rng.randint(3, 6)):
        qid = uuid4(rng)
        lines.append('%s INFO athena query %s state=SUCCEEDED scanned=%dMB output=s3://%s-athena-results/%s.csv etag="%s"' % (
            ts(rng), qid, rng.randint(1, 90000), c, qid, hexs(rng, 32)))
    lines.append('%s INFO request id %s' % (ts(rng), uuid4(rng)))
    return pick(rng, ['logs/athena-extract.log', 'jobs/logs/athena.log']), '\n'.join(lines) + '\n'


@neg('redshift', 'stl_query_ids')
def n_redshift_stl(rng):
    rows = ['query,xid,pid,userid,starttime,elapsed_ms,querytxt_md5']
    for _ in range(rng.randint(5, 10)):
        rows.append('%d,%d,%d,%d,%s,%d,%s' % (rng.randint(10 ** 6, 10 ** 8), rng.randint(10 ** 6, 10 ** 8), rng.randint(1000, 99999),
                                              rng.randint(100, 200), ts(rng), rng.randint(10, 600000), hexs(rng, 32)))
    return pick(rng, ['analysis/redshift_slow_queries.csv', 'reports/stl_query_sample.csv']), '\n'.join(rows) + '\n'


@neg('bigquery', 'job_ids')
def n_bq_jobs(rng):
    c = co(rng)
    proj = '%s-analytics-%s' % (c, digits(rng, 4))
    lines = ['$ bq ls -j -n 5 %s' % proj, '                 jobId                   Job Type    State      Start Time         Duration',
             ' --------------------------------------- ---------- --------- ----------------- ----------------']
    for _ in range(5):
        lines.append(' bquxjob_%s_%s   query      SUCCESS   %s   0:00:%02d' % (hexs(rng, 8), hexs(rng, 11), dt(rng), rng.randint(1, 59)))
    lines += ['', 'Datasets: `%s.marts`, `%s.staging`, `%s.looker_scratch`' % (proj, proj, proj)]
    return pick(rng, ['docs/bigquery-jobs.md', 'notes/bq_debugging.md']), '\n'.join(lines) + '\n'


@neg('bigquery', 'service_account_ids')
def n_gcp_sa_tf(rng):
    c = co(rng)
    text = '''resource "google_service_account" "looker" {
  account_id   = "looker-bq"
  display_name = "Looker BigQuery connection"
  project      = "%s-analytics"
}

resource "google_project_iam_member" "looker_jobuser" {
  project = "%s-analytics"
  role    = "roles/bigquery.jobUser"
  member  = "serviceAccount:${google_service_account.looker.email}"
}

# existing key, created in the console on %s; key material is in the vault, not here
# key id: %s
# unique id: %s
''' % (c, c, dt(rng), hexs(rng, 40), digits(rng, 21))
    return pick(rng, ['terraform/gcp/service_accounts.tf', 'infra/gcp/looker_sa.tf']), text


@neg('terraform', 'provider_hashes')
def n_tf_lock(rng):
    blocks = []
    for prov, ver in [('grafana/grafana', '2.%d.0' % rng.randint(1, 20)), ('snowflake-labs/snowflake', '0.%d.0' % rng.randint(80, 95))]:
        hs = ['    "h1:%s",' % base64.b64encode(rbytes(rng, 32)).decode()]
        hs += ['    "zh:%s",' % sha256h(rng) for _ in range(rng.randint(3, 6))]
        blocks.append('provider "registry.terraform.io/%s" {\n  version     = "%s"\n  constraints = "~> %s"\n  hashes = [\n%s\n  ]\n}\n' % (
            prov, ver, ver.rsplit('.', 1)[0], '\n'.join(hs)))
    text = '# This file is maintained automatically by "terraform init".\n# Manual edits may be lost in future updates.\n\n' + '\n'.join(blocks)
    return pick(rng, ['terraform/.terraform.lock.hcl', 'infra/bi/.terraform.lock.hcl']), text


@neg('npm', 'integrity_hashes')
def n_package_lock(rng):
    pk = {}
    for name in ['@cubejs-client/core', 'jsonwebtoken', 'echarts', '@lightdash/sdk'][:rng.randint(2, 4)]:
        pk['node_modules/' + name] = {'version': '%d.%d.%d' % (rng.randint(0, 9), rng.randint(0, 30), rng.randint(0, 20)),
                                      'resolved': 'https://registry.npmjs.org/%s/-/%s-1.0.0.tgz' % (name, name.split('/')[-1]),
                                      'integrity': 'sha512-' + base64.b64encode(rbytes(rng, 64)).decode()}
    obj = {'name': '%s-portal' % co(rng), 'version': '1.0.0', 'lockfileVersion': 3, 'requires': True, 'packages': pk}
    return pick(rng, ['package-lock.json', 'portal/package-lock.json']), json.dumps(obj, indent=2) + '\n'


@neg('pip', 'requirement_hashes')
def n_requirements(rng):
    lines = ['# generated by pip-compile --generate-hashes']
    for pkg in ['dbt-core==1.7.%d' % rng.randint(0, 14), 'looker-sdk==24.%d.0' % rng.randint(0, 20), 'tableauserverclient==0.%d' % rng.randint(25, 32)]:
        lines.append('%s \\' % pkg)
        lines.append('    --hash=sha256:%s \\' % sha256h(rng))
        lines.append('    --hash=sha256:%s' % sha256h(rng))
    return pick(rng, ['requirements.txt', 'requirements/prod.txt']), '\n'.join(lines) + '\n'


@neg('docker', 'image_digests')
def n_helm_digests(rng):
    text = '''images:
  metabase:
    repository: metabase/metabase
    digest: sha256:%s
  superset:
    repository: apache/superset
    digest: sha256:%s
  cube:
    repository: cubejs/cube
    digest: sha256:%s
''' % (sha256h(rng), sha256h(rng), sha256h(rng))
    return pick(rng, ['deploy/bi-stack/images.yaml', 'helm/bi/values-images.yaml']), text


@neg('git', 'commit_shas')
def n_changelog(rng):
    lines = ['# Changelog', '', '## %s' % dt(rng)]
    for msg in ['fix fanout in order_facts join', 'add churn explore', 'bump looker-sdk', 'rename revenue measures', 'drop legacy PDT']:
        lines.append('- %s (%s)' % (msg, hexs(rng, pick(rng, [7, 40]))))
    return pick(rng, ['CHANGELOG.md', 'lookml/CHANGELOG.md']), '\n'.join(lines) + '\n'


@neg('jupyter', 'image_output')
def n_notebook_png(rng):
    obj = {'cells': [{'cell_type': 'code', 'execution_count': 3, 'metadata': {}, 'source': ['df.plot(x="week", y="revenue")'],
                      'outputs': [{'output_type': 'display_data', 'metadata': {},
                                   'data': {'image/png': 'iVBORw0KGgoAAAANSUhEUgAA' + base64.b64encode(rbytes(rng, 600)).decode(),
                                            'text/plain': ['<Figure size 640x480 with 1 Axes>']}}]}],
           'metadata': {'kernelspec': {'display_name': 'Python 3', 'language': 'python', 'name': 'python3'}}, 'nbformat': 4, 'nbformat_minor': 5}
    return pick(rng, ['notebooks/revenue_trend.ipynb', 'analysis/weekly_plot.ipynb']), json.dumps(obj, indent=1) + '\n'


@neg('mode', 'report_tokens')
def n_mode_reports(rng):
    c = co(rng)
    lines = ['# Exec reporting', '', 'Canonical Mode reports (report tokens are ids, not credentials):', '']
    for name in ['Board KPIs', 'Weekly revenue', 'Churn deep dive', 'Pipeline']:
        lines.append('- %s: https://app.mode.com/%s/reports/%s (last run %s)' % (name, c, hexs(rng, 12), hexs(rng, 12)))
    return pick(rng, ['docs/mode-reports.md', 'reporting/README.md']), '\n'.join(lines) + '\n'


@neg('hex', 'project_ids')
def n_hex_ids(rng):
    text = '''pipelines:
  nightly:
    steps:
      - name: dbt build
        integration: dbt_cloud
        job_id: %d
      - name: refresh hex app
        integration: hex
        project_id: %s
        update_cache: true
      - name: refresh exec app
        integration: hex
        project_id: %s
''' % (rng.randint(10000, 999999), uuid4(rng), uuid4(rng))
    return pick(rng, ['orchestra/pipelines.yml', 'pipelines/nightly.yaml']), text


@neg('lightdash', 'content_uuids')
def n_lightdash_chart(rng):
    text = '''version: 1
name: Weekly active users
slug: weekly-active-users
spaceSlug: product
uuid: %s
tableName: events
metricQuery:
  exploreName: events
  dimensions: [events_event_week]
  metrics: [events_unique_users]
  filters: {}
  sorts:
    - fieldId: events_event_week
      descending: true
  limit: 500
chartConfig:
  type: cartesian
updatedAt: '%s.000Z'
''' % (uuid4(rng), ts(rng))
    return pick(rng, ['lightdash/charts/weekly-active-users.yml', 'charts/wau.yml']), text


@neg('cube', 'model_hashes')
def n_cube_model(rng):
    text = '''cubes:
  - name: orders
    sql_table: marts.fct_orders
    data_source: default
    refresh_key:
      every: 1 hour
    pre_aggregations:
      - name: orders_by_day
        measures: [count, total_amount]
        time_dimension: created_at
        granularity: day
        # materialized as dev_pre_aggregations.orders_orders_by_day_%s_%s
    measures:
      - name: count
        type: count
      - name: total_amount
        sql: amount
        type: sum
    dimensions:
      - name: id
        sql: id
        type: number
        primary_key: true
      - name: created_at
        sql: created_at
        type: time
''' % (rs(rng, LOWER_ALNUM, 8), rs(rng, LOWER_ALNUM, 8))
    return pick(rng, ['model/cubes/orders.yml', 'cube/model/orders.yaml']), text


@neg('sigma', 'signed_embed_url')
def n_sigma_log(rng):
    lines = []
    for _ in range(rng.randint(2, 4)):
        lines.append('%s embed issued :nonce=%s :email=%s :time=%d :signature=%s' % (
            ts(rng), uuid4(rng), email(rng), rng.randint(1700000000, 1760000000), hexs(rng, 64)))
    return pick(rng, ['logs/sigma-embed.log', 'var/log/embed/sigma.log']), '\n'.join(lines) + '\n'


@neg('preset', 'workspace_ids')
def n_preset_ids(rng):
    text = '''preset:
  team: %s
  workspaces:
    prod:
      id: %s
      url: https://%s.us1a.app.preset.io
    staging:
      id: %s
      url: https://%s.us1a.app.preset.io
  embedded_dashboards:
    customer_health: %s
    usage: %s
''' % (hexs(rng, 8), hexs(rng, 8), hexs(rng, 8), hexs(rng, 8), hexs(rng, 8), uuid4(rng), uuid4(rng))
    return pick(rng, ['preset/workspaces.yml', 'config/preset.yaml']), text


@neg('kubernetes', 'base64_configmap')
def n_configmap_b64(rng):
    text = '''apiVersion: v1
kind: ConfigMap
metadata:
  name: metabase-branding
  namespace: analytics
binaryData:
  logo.png: iVBORw0KGgoAAAANSUhEUgAA%s
data:
  MB_APPLICATION_NAME: "%s Insights"
  MB_APPLICATION_COLORS: '{"brand":"#509EE3"}'
''' % (base64.b64encode(rbytes(rng, 180)).decode(), co(rng).title())
    return pick(rng, ['k8s/metabase/branding-configmap.yaml', 'manifests/metabase-branding.yaml']), text


@neg('release', 'sha256sums')
def n_checksums(rng):
    lines = ['%s  %s' % (sha256h(rng), f) for f in ['bi-exporter_linux_amd64.tar.gz', 'bi-exporter_darwin_arm64.tar.gz', 'bi-exporter_windows_amd64.zip']]
    return pick(rng, ['dist/SHA256SUMS', 'release/checksums.txt']), '\n'.join(lines) + '\n'


@neg('airflow', 'run_ids')
def n_airflow_dag(rng):
    text = '''from datetime import datetime

from airflow import DAG, Dataset
from airflow.operators.empty import EmptyOperator

MARTS = Dataset("snowflake://%s/ANALYTICS/MARTS")

# last known good run, for backfill reference: scheduled__%s+00:00 (run uuid %s)
with DAG("refresh_bi_extracts", start_date=datetime(2024, 1, 1), schedule=[MARTS], catchup=False, tags=["bi"]) as dag:
    start = EmptyOperator(task_id="start")
    done = EmptyOperator(task_id="done")
    start >> done
''' % (pick(rng, SF_ACCOUNTS).split('.')[0], ts(rng), uuid4(rng))
    return pick(rng, ['dags/refresh_bi_extracts.py', 'airflow/dags/bi_extracts.py']), text


@neg('looker', 'client_id_only')
def n_looker_ini_public(rng):
    text = '''[Looker]
base_url=https://%s.cloud.looker.com
# client id is not secret; the secret is read from LOOKERSDK_CLIENT_SECRET at runtime
client_id=%s
verify_ssl=True
timeout=120
''' % (co(rng), g_looker_id(rng))
    return pick(rng, ['looker.ini.example', 'config/looker.sample.ini']), text


@neg('tls', 'ca_certificate')
def n_ca_cert(rng):
    der = bytes.fromhex('308203773082025fa003020102020414') + rbytes(rng, 20) + bytes.fromhex('300d06092a864886f70d01010b0500') + rbytes(rng, 840)
    text = '# CA bundle for the warehouse TLS endpoint (public certificate)\n' + pem_wrap('CERTIFICATE', der) + '\n'
    return pick(rng, ['certs/warehouse-ca.pem', 'deploy/tls/redshift-ca-bundle.crt']), text


@neg('embed', 'public_jwks')
def n_jwks(rng):
    keys = []
    for _ in range(2):
        keys.append({'kty': 'RSA', 'use': 'sig', 'alg': 'RS256', 'kid': hexs(rng, 16), 'n': b64url(rbytes(rng, 256)), 'e': 'AQAB'})
    return pick(rng, ['public/.well-known/jwks.json', 'portal/static/jwks.json']), json.dumps({'keys': keys}, indent=2) + '\n'


@neg('grafana', 'provisioning_paths')
def n_grafana_dash_provider(rng):
    text = '''apiVersion: 1

providers:
  - name: bi-platform
    orgId: 1
    folder: BI Platform
    folderUid: %s
    type: file
    disableDeletion: true
    updateIntervalSeconds: 60
    allowUiUpdates: false
    options:
      path: /var/lib/grafana/dashboards/bi
      foldersFromFilesStructure: false
''' % grafana_uid(rng)
    return pick(rng, ['provisioning/dashboards/bi.yaml', 'grafana/provisioning/dashboards/default.yml']), text


# ======================================================================== driver
N_POS = 500
N_NEG = 500
ENV_OK = ('.env.example', '.env.sample', '.env.template', '.env.dist')


def env_blocked(relpath):
    base = relpath.rsplit('/', 1)[-1]
    return base == '.env' or (base.startswith('.env.') and base not in ENV_OK)


def filetype(relpath, text):
    base = relpath.rsplit('/', 1)[-1]
    if base == 'Dockerfile' or base.endswith('.Dockerfile'):
        return 'dockerfile'
    if base.startswith('.env'):
        return 'env'
    if base in ('.databrickscfg', 'databrickscfg', 'credentials'):
        return 'ini'
    if base == 'known_hosts':
        return 'known_hosts'
    if base == 'SHA256SUMS':
        return 'txt'
    stem = base.lstrip('.')
    for suf in ('.example', '.sample', '.template', '.dist'):
        if stem.endswith(suf) and '.' in stem[:-len(suf)]:
            stem = stem[:-len(suf)]
    if '.' in stem:
        return stem.rsplit('.', 1)[1].lower()
    if text.startswith('#!'):
        return 'sh'
    return 'txt'


def locate(text, needle):
    idx = text.find(needle)
    assert idx >= 0, 'needle not in text'
    line = text.count('\n', 0, idx) + 1
    lines = text.split('\n')
    start = sum(len(ln) + 1 for ln in lines[:line - 1])
    assert text[start:].find(needle) <= len(lines[line - 1]), 'needle not on computed line'
    assert lines[line - 1] in text and needle.split('\n')[0] in lines[line - 1], 'needle first line mismatch'
    return line


def write(outdir, rel, text):
    path = os.path.join(outdir, *rel.split('/'))
    d = os.path.dirname(path)
    if not os.path.isdir(d):
        os.makedirs(d)
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: gen_fu.py OUTDIR SEED\n')
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    assert len(POS) >= 60, len(POS)
    assert len(NEG) + len(POS) >= 60
    names = [t['name'] for t in POS] + [t['name'] for t in NEG]
    assert len(names) == len(set(names)), 'duplicate template names'
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []

    # ---------------------------------------------------------------- positives
    NEG_MODE[0] = False
    order = list(range(len(POS)))
    rng.shuffle(order)
    env_files = 0
    for i in range(N_POS):
        t = POS[order[i % len(POS)]]
        v = t['gen'](rng)
        res = t['fn'](rng, v)
        rel, text = res[0], res[1]
        needle = res[2] if len(res) > 2 else v
        assert needle and isinstance(needle, str)
        if env_blocked(rel):
            env_files += 1
        line = locate(text, needle)
        frel = 'pos/p%04d/%s' % (i, rel)
        write(outdir, frel, text)
        manifest.append({'file': frel, 'label': 'pos', 'provider': t['provider'], 'kind': t['kind'], 'filetype': filetype(rel, text)})
        secrets.append({'file': frel, 'needle': needle, 'line': line})
    assert env_files <= N_POS // 20, env_files

    # ---------------------------------------------------------------- negatives
    NEG_MODE[0] = True
    jobs = [('reuse', k) for k in range(N_NEG // 2)] + [('look', k) for k in range(N_NEG - N_NEG // 2)]
    rng.shuffle(jobs)
    order_r = list(range(len(POS)))
    rng.shuffle(order_r)
    order_l = list(range(len(NEG)))
    rng.shuffle(order_l)
    for j, (what, k) in enumerate(jobs):
        if what == 'reuse':
            t = POS[order_r[k % len(POS)]]
            example = t['gen'](rng)
            val, cat = filler(rng, t, example)
            res = t['fn'](rng, val)
            rel, text = res[0], res[1]
            assert example not in text
            if env_blocked(rel):
                rel = (rel.rsplit('/', 1)[0] + '/' if '/' in rel else '') + '.env.example'
            provider, kind = t['provider'], '%s:%s' % (cat, t['kind'])
        else:
            t = NEG[order_l[k % len(NEG)]]
            rel, text = t['fn'](rng)
            provider, kind = t['provider'], 'lookalike:%s' % t['kind']
        assert not env_blocked(rel), rel
        frel = 'neg/n%04d/%s' % (j, rel)
        write(outdir, frel, text)
        manifest.append({'file': frel, 'label': 'neg', 'provider': provider, 'kind': kind, 'filetype': filetype(rel, text)})
    NEG_MODE[0] = False

    with open(os.path.join(outdir, 'manifest.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + '\n')
    with open(os.path.join(outdir, 'secrets.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=False) + '\n')

    # ------------------------------------------------------------ re-check on disk
    for s in secrets:
        with open(os.path.join(outdir, *s['file'].split('/')), encoding='utf-8') as fh:
            text = fh.read()
        assert locate(text, s['needle']) == s['line'], s['file']
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
