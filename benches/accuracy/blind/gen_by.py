#!/usr/bin/env python3
r"""Blind evaluation-set generator "by" for keyhook (pre-commit secret scanner).

EMPHASIS
  Work-management and productivity SaaS credentials as they leak in internal tools and
  scripts. 27 kinds / 23 providers, spread evenly over the 500 positives:
  Atlassian Cloud API tokens for Jira and Confluence (with the account e-mail for basic
  auth), Jira Data Center PATs, Bitbucket Data Center HTTP access tokens, Jira Data Center
  service-account passwords (human-style), Asana PATs, Trello token (+ public API key),
  Notion integration secrets (ntn_ and legacy secret_), Linear API keys, monday.com API
  tokens (JWT), ClickUp personal tokens, Airtable PATs, Todoist API tokens, Basecamp OAuth
  access tokens, Smartsheet tokens, Coda API tokens, Miro access tokens, Figma PATs,
  Calendly PATs (JWT), Zoom server-to-server OAuth client secrets (+ account id/client id),
  Harvest PATs (+ account id), Toggl Track API tokens, Clockify API keys, Typeform PATs,
  SurveyMonkey access tokens, Google Workspace service-account JSON keys, Microsoft
  Graph / Entra app client secrets (+ tenant id/client id).
  File types (about 30): Python scripts/settings/clients, Jupyter notebooks, Node JS/TS,
  Go, Ruby/Rake, Google Apps Script (.gs), GitHub Actions workflows that post to Jira/Slack,
  .env / .envrc / shell exports / curl scripts, crontabs, Makefiles, Raycast script
  commands and extension manifests, Alfred info.plist, YAML (configs, docker-compose,
  Kubernetes, Ansible), JSON configs and appsettings.json, Postman collections and
  environments, n8n and Zapier exports, TOML (incl. .streamlit/secrets.toml), Java
  .properties, INI, Dockerfiles, Terraform (.tf/.tfvars), Markdown runbooks/notes,
  .gitmodules, CSV, HTML.
  About half the positives use an obvious name (JIRA_API_TOKEN, notionToken, ...); the
  rest use a neutral name (value, ident, BOOTSTRAP, client_opts, ...) or carry the secret
  in a header, a basic-auth pair, a URL's userinfo, a positional CLI argument, a Postman
  or n8n field. Unprefixed formats (Coda, Todoist, Toggl, Smartsheet, passwords) only get a
  neutral name in templates where the value is visibly used for authentication.

USAGE
  python3 gen_by.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED (one
  random.Random(SEED); no clock, no os.urandom, no set/hash ordering). Standard library only.
  manifest lines carry file, label, provider, kind, filetype and an extra "template" field.
  For negatives, kind is the look-alike category (placeholder, env_ref, masked, ...).

NEEDLE CONVENTIONS
  - needle = the secret exactly as written in the file; line = 1-based line of its first
    occurrence. Exactly one credential per positive file.
  - id/secret pairs: the needle is the secret half only (Atlassian e-mail, Jira DC user,
    Trello API key, Zoom account id + client id, Entra tenant id + client id, Harvest
    account id may sit next to it and are not needles).
  - Jira DC password: the needle is the password (the user name is beside it).
  - Google service account: the needle is the whole private_key value as written inside
    the JSON string, i.e. "-----BEGIN PRIVATE KEY-----\nMII...\n-----END PRIVATE KEY-----\n"
    with literal backslash-n escapes (one line). In .ipynb files, where the JSON sits inside a
    notebook cell string, the needle is the doubly escaped text (\\n) as it appears on disk.
  - URLs with userinfo: the needle is the token/password part only (the user's '@' is %40).

NEGATIVES
  Half re-use the positive templates with the secret slot filled by: environment
  references (${VAR}, $VAR, ${{ secrets.X }}, $(VAR), {{postmanVar}}, ={{ $env.X }}),
  documentation placeholders (<jira-api-token>, YOUR_..., REPLACE_ME, xxxx, lin_api_xxxx...,
  <password>, PRIVATE_KEY), masked/redacted values (ATATT3xFfGF0****, [REDACTED], •••),
  empty values, and secret-manager references (op://, vault:, GCP Secret Manager paths,
  AWS ARNs, Azure Key Vault references, doppler://). Public companions stay (e-mails,
  Zoom client/account ids, Entra tenant/client GUIDs, Harvest account ids); the Trello API
  key is replaced by a placeholder too.
  The other half are domain look-alikes: Jira issue keys, cloud ids, account ids and
  customfield ids; Notion database/page UUIDs; Trello board/card short links and webhook
  ids; Figma file keys and node ids; Airtable app/tbl/viw/fld/rec/ach ids; Asana gids;
  monday board/column ids; ClickUp team/list ids; Smartsheet sheet/column ids; Coda doc/
  grid/column ids; Miro board ids; SurveyMonkey/Typeform survey and form ids; Todoist
  project ids; Linear issue identifiers and UUIDs; Zoom meeting and user ids; Harvest/Toggl/
  Clockify workspace ids; public OAuth client ids with redirect URLs; Entra appsettings with
  Key Vault references and a certificate thumbprint; Google workload-identity
  (external_account) config and service-account e-mails; package-lock integrity hashes; SRI
  digests; image digests; commit SHAs; SOPS and ansible-vault ciphertext; Typeform webhook
  fixture (response "token" id); Calendly webhook signature tests; RFC 4231 HMAC test
  vector; i18n strings; CI workflows that only use ${{ secrets.* }}; Makefile op/vault
  lookups; getpass() notebooks; empty Postman "secret" variables; n8n credential
  references; Raycast password preferences; Alfred empty variables; crontabs reading
  token files; masked tokens in incident notes; CSV of e-mails + Atlassian account ids;
  ExternalSecret manifests; Terraform secret-manager data sources; Apps Script
  PropertiesService lookups; docker-compose ${VAR:?} references; one Markdown page with
  vendor-published examples (Microsoft's "abc8Q~defghijklmnopqrstuvwxyz-_.~0123456",
  Atlassian's "me@example.com:my-api-token", Google's "PRIVATE_KEY").

DOUBTS
  Formats written from memory or only partly confirmed (lengths/alphabets approximate):
  - Atlassian API token: "ATATT3xFfGF0" + ~170 base64url chars + "=" + 8 upper-hex; Atlassian
    only documents that length varies. Prefix/suffix from memory.
  - Jira DC PAT: base64 of "<12-digit id>:<20 random bytes>" (44 chars). Bitbucket DC HTTP
    access token: same body with "BBDC-" prefix (memory; older Bitbucket versions had no prefix).
  - Asana PAT: "1/<16 digits>:<32 hex>" and "2/<16 digits>/<16 digits>:<32 hex>" (memory).
  - Trello token: "ATTA" + 64 hex + 8 upper hex (memory; older tokens were 64 hex). Trello
    API key = 32 hex, treated as the public half of the pair.
  - Notion: "ntn_" + 11 digits + 35 alnum, legacy "secret_" + 43 alnum (lengths from memory;
    the ntn_/secret_ prefixes were confirmed by a search).
  - Linear "lin_api_" + 40 alnum; ClickUp "pk_<user id>_<32 upper alnum>"; Airtable PAT
    "pat" + 14 alnum + "." + 64 hex; Figma "figd_" + 40 base64url (prefix confirmed,
    length from memory); Typeform "tfp_" + 44 + "_" + 14 (memory); Harvest
    "<7 digits>.pt.<86 base64url>" (memory); Miro "eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_" + 27
    (memory); Clockify = base64 of a UUID string, 48 chars (memory); Todoist 40 hex; Toggl
    32 hex; Coda = UUID v4 (memory); Smartsheet 26 lowercase alnum or 37 alnum (memory);
    SurveyMonkey: ~60-80 chars alnum with '-'/'.' separators (weakest guess).
  - monday.com: HS256 JWT with tid/aai/uid/iad/per/actid/rgn claims; Calendly PAT: ES256 JWT
    with kid/typ "PAT" header (memory). Signatures are random bytes.
  - Basecamp OAuth access token: Rails-signed message (base64 of a Marshal blob wrapping
    JSON) + "--" + 40 hex (memory, approximate).
  - Zoom S2S: account id 22 base64url, client id 22 alnum, client secret 32 alnum (memory).
  - Entra client secret: 3 chars + digit + "Q~" + 34 chars of [A-Za-z0-9_.~-] (shape from
    Microsoft's Purview definition example).
  - Google SA private key: a structurally plausible PKCS#8 prefix followed by random bytes
    (not a valid RSA key).
  Labels a reviewer might dispute:
  - negatives keep public companions (Zoom client id/account id, Entra client/tenant GUIDs,
    Atlassian e-mails, SA private_key_id and client_id next to a redacted key) - all ids,
    not secrets.
  - Typeform webhook fixture: "token" is the response id, not a credential.
  - Calendly test uses a fallback "test-signing-key" literal for a test signing key.
  - Apps Script files mention the public OAuth2 library script id.
  - The vendor-doc-example page contains Microsoft's example client secret string, which
    matches the real format.
  - Coda tokens are plain UUIDs; under a neutral name they look like ids (only used where
    the value is visibly sent as a Bearer token).

SEARCHES
  - docs: "Notion integration token ntn_ prefix secret_" -> Notion developer docs
    (credential security, authentication), a third-party skills page confirming ntn_/secret_;
    the results also showed GitGuardian's Notion detector page (scanner material: ignored,
    nothing taken from it).
  - pages: "Figma personal access token figd_" -> Figma developer docs and a third-party
    guide showing the figd_ prefix.
  - pages: "Microsoft Entra client secret value format Q~" -> Microsoft Learn Purview
    sensitive-information-type page for Entra client secrets (example value and charset).
  - docs: "Airtable personal access token format" -> Airtable support pages (no format
    detail).
  - pages: "Atlassian API token ATATT prefix" -> Atlassian support "Manage API tokens"
    (variable length, basic auth with e-mail), nothing on the prefix.
  No scanner rule code or regexes were used.
"""
import base64
import json
import os
import string
import sys
import random

# ---------------------------------------------------------------------------
# small random helpers (all randomness flows from one random.Random(SEED))
# ---------------------------------------------------------------------------
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = string.ascii_letters + string.digits
LOWNUM = LOWER + DIGITS
UPNUM = UPPER + DIGITS
HEXL = '0123456789abcdef'
HEXU = '0123456789ABCDEF'
B64URL = ALNUM + '-_'


def rs(r, alpha, n):
    return ''.join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def b64(b):
    return base64.b64encode(b).decode()


def uuid4(r):
    h = rs(r, HEXL, 32)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def mixed(r, alpha, n, need=(UPPER, LOWER, DIGITS)):
    """random string that contains at least one char of each class (looks random)."""
    while True:
        s = rs(r, alpha, n)
        if all(any(ch in cls for ch in s) for cls in need if any(x in alpha for x in cls)):
            return s


def jwt(r, header, payload, sig_bytes):
    enc = lambda o: b64u(json.dumps(o, separators=(',', ':')).encode())
    return enc(header) + '.' + enc(payload) + '.' + b64u(rbytes(r, sig_bytes))


def iso_date(r, year0=2023, year1=2025):
    return '%04d-%02d-%02dT%02d:%02d:%02d.000Z' % (
        r.randint(year0, year1), r.randint(1, 12), r.randint(1, 28),
        r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


# ---------------------------------------------------------------------------
# people, companies, hosts
# ---------------------------------------------------------------------------
FIRST = ['anna', 'ben', 'chloe', 'dev', 'elif', 'farid', 'grace', 'hiro', 'ines', 'jonas',
         'kemal', 'lena', 'marco', 'nadia', 'omar', 'priya', 'quinn', 'rosa', 'sven', 'tara',
         'uma', 'victor', 'wen', 'yusuf', 'zoe', 'liam', 'maya', 'noah', 'sara', 'theo']
LAST = ['andersen', 'baker', 'costa', 'dubois', 'eriksen', 'fischer', 'garcia', 'haddad',
        'ivanova', 'jensen', 'kowalski', 'lopez', 'moreau', 'nakamura', 'okafor', 'petrov',
        'quintero', 'rossi', 'schmidt', 'tanaka', 'ulrich', 'varga', 'weber', 'xu', 'yilmaz', 'zimmer']
COMPANIES = [('northwind', 'northwind-labs.com'), ('brightpath', 'brightpath.io'),
             ('kelvinco', 'kelvinco.com'), ('tidepool', 'tidepool.dev'),
             ('orbitfin', 'orbitfin.co'), ('lumenhq', 'lumenhq.com'),
             ('harborline', 'harborline.net'), ('quillstack', 'quillstack.io'),
             ('greenmesa', 'greenmesa.org'), ('fjordworks', 'fjordworks.no'),
             ('pinecrest', 'pinecrest-analytics.com'), ('sablelogic', 'sablelogic.de'),
             ('copperleaf', 'copperleaf.ai'), ('atlasgrid', 'atlasgrid.eu'),
             ('mintwave', 'mintwave.app'), ('redkite', 'redkite.studio')]
PROJECT_KEYS = ['OPS', 'ENG', 'PLAT', 'INFRA', 'WEB', 'MOB', 'DATA', 'SEC', 'CS', 'FIN', 'HR', 'MKT', 'SRE', 'API']
TEAMS = ['platform', 'growth', 'support', 'data', 'design', 'finance', 'people-ops', 'sre', 'mobile', 'marketing']
SLACK_CHANNELS = ['#eng-standup', '#ops-alerts', '#design-reviews', '#support-escalations',
                  '#release-train', '#finance-bots', '#team-platform', '#hr-notifications']
TZS = ['Europe/Berlin', 'America/New_York', 'Europe/London', 'Asia/Tokyo', 'America/Los_Angeles', 'Europe/Oslo', 'UTC']


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def email_for(r, domain, f=None, l=None):
    if f is None:
        f, l = person(r)
    style = r.randint(0, 3)
    if style == 0:
        local = '%s.%s' % (f, l)
    elif style == 1:
        local = '%s%s' % (f[0], l)
    elif style == 2:
        local = f
    else:
        local = r.choice(['automation', 'jira-bot', 'svc-reporting', 'ops-bot', 'integrations', 'pm-tools'])
    return '%s@%s' % (local, domain)


# ---------------------------------------------------------------------------
# credential generators (formats per provider documentation; see DOUBTS)
# each returns the secret string
# ---------------------------------------------------------------------------
def g_atlassian_cloud(r):
    # Atlassian account API token: "ATATT" family prefix, variable length, ends with
    # "=" and an 8-hex checksum-like suffix.
    body = rs(r, B64URL, r.randint(168, 180))
    return 'ATATT3xFfGF0' + body + '=' + rs(r, HEXU, 8)


def g_dc_pat_raw(r):
    ident = str(r.randint(100000000000, 999999999999))
    return b64(ident.encode() + b':' + rbytes(r, 20))


def g_jira_dc_pat(r):
    return g_dc_pat_raw(r)


def g_bitbucket_dc(r):
    return 'BBDC-' + g_dc_pat_raw(r)


def g_asana(r):
    if r.random() < 0.5:
        return '2/%d/%d:%s' % (r.randint(1100000000000000, 1209999999999999),
                               r.randint(1100000000000000, 1209999999999999), rs(r, HEXL, 32))
    return '1/%d:%s' % (r.randint(1100000000000000, 1209999999999999), rs(r, HEXL, 32))


def g_trello_token(r):
    return 'ATTA' + rs(r, HEXL, 64) + rs(r, HEXU, 8)


def g_notion(r):
    if r.random() < 0.7:
        return 'ntn_' + str(r.randint(10000000000, 99999999999)) + mixed(r, ALNUM, 35)
    return 'secret_' + mixed(r, ALNUM, 43)


def g_linear(r):
    return 'lin_api_' + mixed(r, ALNUM, 40)


def g_monday(r):
    payload = {'tid': r.randint(180000000, 499999999), 'aai': 11,
               'uid': r.randint(10000000, 69999999), 'iad': iso_date(r),
               'per': 'me:write', 'actid': r.randint(4000000, 29999999),
               'rgn': r.choice(['use1', 'euc1', 'apse2'])}
    return jwt(r, {'alg': 'HS256'}, payload, 32)


def g_clickup(r):
    return 'pk_%d_%s' % (r.randint(10000000, 299999999), mixed(r, UPNUM, 32, (UPPER, DIGITS)))


def g_airtable(r):
    return 'pat' + mixed(r, ALNUM, 14) + '.' + rs(r, HEXL, 64)


def g_todoist(r):
    return rs(r, HEXL, 40)


def g_basecamp(r):
    inner = {'client_id': rs(r, HEXL, 40), 'expires_at': iso_date(r, 2025, 2026)[:19] + 'Z',
             'user_ids': [r.randint(20000000, 49999999)], 'version': 1,
             'api_deadbolt': rs(r, HEXL, 32)}
    js = json.dumps(inner, separators=(',', ':')).encode()
    marshal = (b'\x04\x08[\x07I"\x01' + bytes([len(js) % 256]) + js + b'\x06:\x06ETIu:\tTime\r'
               + rbytes(r, 8) + b'\x06:\tzoneI"\x08UTC\x06;\x00F')
    return b64(marshal) + '--' + rs(r, HEXL, 40)


def g_smartsheet(r):
    if r.random() < 0.6:
        return mixed(r, ALNUM, 37)
    return mixed(r, LOWNUM, 26, (LOWER, DIGITS))


def g_coda(r):
    return uuid4(r)


def g_miro(r):
    return 'eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_' + mixed(r, B64URL, 27)


def g_figma(r):
    return 'figd_' + mixed(r, B64URL, 40)


def g_calendly(r):
    header = {'kid': rs(r, HEXL, 64), 'typ': 'PAT', 'alg': 'ES256'}
    payload = {'iss': 'https://auth.calendly.com', 'iat': r.randint(1690000000, 1740000000),
               'jti': uuid4(r), 'user_uuid': uuid4(r)}
    return jwt(r, header, payload, 64)


def g_zoom_secret(r):
    return mixed(r, ALNUM, 32)


def g_harvest(r):
    return '%d.pt.%s' % (r.randint(1000000, 4999999), mixed(r, B64URL, 86))


def g_toggl(r):
    return rs(r, HEXL, 32)


def g_clockify(r):
    return b64(uuid4(r).encode())


def g_typeform(r):
    return 'tfp_' + mixed(r, ALNUM, 44) + '_' + mixed(r, ALNUM, 14)


def g_surveymonkey(r):
    parts = [mixed(r, ALNUM, r.randint(18, 26)) for _ in range(3)]
    return parts[0] + r.choice(['-', '.']) + parts[1] + r.choice(['-', '.']) + parts[2]


def g_msgraph(r):
    return mixed(r, ALNUM, 3) + r.choice(DIGITS) + 'Q~' + rs(r, ALNUM + '_.~-', 33) + r.choice(ALNUM)


PW_WORDS = ['harbor', 'Falcon', 'maple', 'Quartz', 'tundra', 'Velvet', 'copper', 'Orchid', 'nimbus',
            'Saffron', 'glacier', 'Pepper', 'lantern', 'Mosaic', 'ember', 'Juniper', 'cobalt', 'Willow']


def g_password(r):
    style = r.randint(0, 4)
    sym = r.choice('!-_.+^~')
    if style == 0:
        return r.choice(PW_WORDS).capitalize() + r.choice(PW_WORDS).capitalize() + str(r.randint(10, 9999)) + sym
    if style == 1:
        return rs(r, ALNUM, r.randint(4, 6)) + sym + rs(r, ALNUM, r.randint(5, 8)) + str(r.randint(0, 9))
    if style == 2:
        return '-'.join([r.choice(PW_WORDS).lower(), r.choice(PW_WORDS), r.choice(PW_WORDS).lower(), str(r.randint(2, 99))])
    if style == 3:
        w = r.choice(PW_WORDS)
        leet = w.replace('a', '@').replace('o', '0').replace('e', '3')
        if leet == w:
            leet = w + '#'
        return leet.capitalize() + str(r.randint(1990, 2025)) + sym
    return mixed(r, ALNUM + '!^~.', r.randint(14, 20))


def pem_private_key(r):
    """fake PKCS#8 RSA-2048 body (structurally plausible DER prefix + random bytes)."""
    der = (b'\x30\x82\x04\xbd\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00'
           b'\x04\x82\x04\xa7\x30\x82\x04\xa3\x02\x01\x00\x02\x82\x01\x01\x00' + rbytes(r, 1179))
    body = b64(der)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return '-----BEGIN PRIVATE KEY-----\n' + '\n'.join(lines) + '\n-----END PRIVATE KEY-----\n'


def g_gsa(r):
    # the secret is the JSON-escaped private_key value (as it is written inside JSON)
    return json.dumps(pem_private_key(r))[1:-1]


# ---------------------------------------------------------------------------
# provider table
# auth styles: bearer | raw | hdr | basic_email | basic_user | basic_token |
#              trello | zoom | msgraph | harvest | gsa
# ---------------------------------------------------------------------------
def P(kind, provider, gen, auth, words, env, base, path, label, mask='', extra_headers=(),
      hdr=None, gql=None, method='GET'):
    return dict(kind=kind, provider=provider, gen=gen, auth=auth, words=words, env=env,
                base=base, path=path, label=label, mask=mask, extra_headers=list(extra_headers),
                hdr=hdr, gql=gql, method=method)


KINDS = [
    P('jira_cloud_api_token', 'atlassian', g_atlassian_cloud, 'basic_email',
      [['jira', 'api', 'token'], ['jira', 'token'], ['atlassian', 'api', 'token']], 'JIRA_API_TOKEN',
      'https://{org}.atlassian.net', '/rest/api/3/search?jql=project%3D{pkey}', 'Jira Cloud', 'ATATT3xFfGF0'),
    P('confluence_cloud_api_token', 'atlassian', g_atlassian_cloud, 'basic_email',
      [['confluence', 'api', 'token'], ['confluence', 'token'], ['atlassian', 'token']], 'CONFLUENCE_API_TOKEN',
      'https://{org}.atlassian.net/wiki', '/rest/api/content?spaceKey={pkey}', 'Confluence Cloud', 'ATATT3xFfGF0'),
    P('jira_dc_pat', 'atlassian', g_jira_dc_pat, 'bearer',
      [['jira', 'pat'], ['jira', 'personal', 'access', 'token'], ['jira', 'token']], 'JIRA_PAT',
      'https://jira.{domain}', '/rest/api/2/search?jql=project={pkey}', 'Jira Data Center', ''),
    P('bitbucket_dc_http_token', 'atlassian', g_bitbucket_dc, 'bearer',
      [['bitbucket', 'token'], ['bitbucket', 'http', 'access', 'token'], ['bb', 'token']], 'BITBUCKET_TOKEN',
      'https://bitbucket.{domain}', '/rest/api/1.0/projects/{pkey}/repos', 'Bitbucket Data Center', 'BBDC-'),
    P('jira_dc_password', 'atlassian', g_password, 'basic_user',
      [['jira', 'password'], ['jira', 'pass'], ['svc', 'password']], 'JIRA_PASSWORD',
      'https://jira.{domain}', '/rest/api/2/search?jql=assignee=currentUser()', 'Jira Data Center', ''),
    P('asana_pat', 'asana', g_asana, 'bearer',
      [['asana', 'pat'], ['asana', 'access', 'token'], ['asana', 'token']], 'ASANA_ACCESS_TOKEN',
      'https://app.asana.com/api/1.0', '/projects/{bignum}/tasks?opt_fields=name,completed', 'Asana', ''),
    P('trello_token', 'trello', g_trello_token, 'trello',
      [['trello', 'token'], ['trello', 'api', 'token']], 'TRELLO_TOKEN',
      'https://api.trello.com/1', '/boards/{short}/cards', 'Trello', 'ATTA'),
    P('notion_integration_secret', 'notion', g_notion, 'bearer',
      [['notion', 'token'], ['notion', 'api', 'key'], ['notion', 'integration', 'secret']], 'NOTION_TOKEN',
      'https://api.notion.com/v1', '/databases/{uuidhex}/query', 'Notion', 'ntn_',
      extra_headers=[('Notion-Version', '2022-06-28')], method='POST'),
    P('linear_api_key', 'linear', g_linear, 'raw',
      [['linear', 'api', 'key'], ['linear', 'key'], ['linear', 'token']], 'LINEAR_API_KEY',
      'https://api.linear.app', '/graphql', 'Linear', 'lin_api_', gql='{ viewer { id name email } }', method='POST'),
    P('monday_api_token', 'monday', g_monday, 'raw',
      [['monday', 'api', 'token'], ['monday', 'token'], ['monday', 'api', 'key']], 'MONDAY_API_TOKEN',
      'https://api.monday.com', '/v2', 'monday.com', 'eyJhbGciOiJIUzI1NiJ9.',
      extra_headers=[('API-Version', '2024-01')], gql='{ boards (ids: {bignum}) { name items_count } }', method='POST'),
    P('clickup_token', 'clickup', g_clickup, 'raw',
      [['clickup', 'token'], ['clickup', 'api', 'key'], ['clickup', 'api', 'token']], 'CLICKUP_API_TOKEN',
      'https://api.clickup.com/api/v2', '/list/{num9}/task', 'ClickUp', 'pk_'),
    P('airtable_pat', 'airtable', g_airtable, 'bearer',
      [['airtable', 'pat'], ['airtable', 'token'], ['airtable', 'api', 'key']], 'AIRTABLE_PAT',
      'https://api.airtable.com/v0', '/{airbase}/{airtbl}', 'Airtable', 'pat'),
    P('todoist_api_token', 'todoist', g_todoist, 'bearer',
      [['todoist', 'token'], ['todoist', 'api', 'token']], 'TODOIST_API_TOKEN',
      'https://api.todoist.com/rest/v2', '/tasks?project_id={num10}', 'Todoist', ''),
    P('basecamp_oauth_token', 'basecamp', g_basecamp, 'bearer',
      [['basecamp', 'access', 'token'], ['basecamp', 'token'], ['bc3', 'access', 'token']], 'BASECAMP_ACCESS_TOKEN',
      'https://3.basecampapi.com/{num7}', '/projects.json', 'Basecamp', 'BAhbB0kiAbB7',
      extra_headers=[('User-Agent', 'Ops Digest (ops@{domain})')]),
    P('smartsheet_api_token', 'smartsheet', g_smartsheet, 'bearer',
      [['smartsheet', 'access', 'token'], ['smartsheet', 'token'], ['smartsheet', 'api', 'key']], 'SMARTSHEET_ACCESS_TOKEN',
      'https://api.smartsheet.com/2.0', '/sheets/{num16}', 'Smartsheet', ''),
    P('coda_api_token', 'coda', g_coda, 'bearer',
      [['coda', 'api', 'token'], ['coda', 'token'], ['coda', 'api', 'key']], 'CODA_API_TOKEN',
      'https://coda.io/apis/v1', '/docs/{codadoc}/tables', 'Coda', ''),
    P('miro_access_token', 'miro', g_miro, 'bearer',
      [['miro', 'access', 'token'], ['miro', 'token']], 'MIRO_ACCESS_TOKEN',
      'https://api.miro.com/v2', '/boards/{miroboard}/items', 'Miro', 'eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_'),
    P('figma_pat', 'figma', g_figma, 'hdr',
      [['figma', 'token'], ['figma', 'pat'], ['figma', 'access', 'token']], 'FIGMA_TOKEN',
      'https://api.figma.com/v1', '/files/{figkey}', 'Figma', 'figd_', hdr='X-Figma-Token'),
    P('calendly_pat', 'calendly', g_calendly, 'bearer',
      [['calendly', 'token'], ['calendly', 'api', 'key'], ['calendly', 'pat']], 'CALENDLY_TOKEN',
      'https://api.calendly.com', '/scheduled_events?organization=https://api.calendly.com/organizations/{uuid}', 'Calendly', 'eyJraWQiOi'),
    P('zoom_s2s_client_secret', 'zoom', g_zoom_secret, 'zoom',
      [['zoom', 'client', 'secret'], ['zoom', 'secret']], 'ZOOM_CLIENT_SECRET',
      'https://zoom.us', '/oauth/token', 'Zoom', '', method='POST'),
    P('harvest_pat', 'harvest', g_harvest, 'harvest',
      [['harvest', 'access', 'token'], ['harvest', 'token']], 'HARVEST_ACCESS_TOKEN',
      'https://api.harvestapp.com/v2', '/time_entries?from=2024-01-01', 'Harvest', ''),
    P('toggl_api_token', 'toggl', g_toggl, 'basic_token',
      [['toggl', 'api', 'token'], ['toggl', 'token']], 'TOGGL_API_TOKEN',
      'https://api.track.toggl.com/api/v9', '/me/time_entries', 'Toggl Track', ''),
    P('clockify_api_key', 'clockify', g_clockify, 'hdr',
      [['clockify', 'api', 'key'], ['clockify', 'key']], 'CLOCKIFY_API_KEY',
      'https://api.clockify.me/api/v1', '/workspaces/{oid}/projects', 'Clockify', '', hdr='X-Api-Key'),
    P('typeform_pat', 'typeform', g_typeform, 'bearer',
      [['typeform', 'token'], ['typeform', 'pat'], ['typeform', 'access', 'token']], 'TYPEFORM_TOKEN',
      'https://api.typeform.com', '/forms/{tform}/responses?page_size=100', 'Typeform', 'tfp_'),
    P('surveymonkey_access_token', 'surveymonkey', g_surveymonkey, 'bearer',
      [['surveymonkey', 'access', 'token'], ['surveymonkey', 'token'], ['sm', 'access', 'token']], 'SURVEYMONKEY_ACCESS_TOKEN',
      'https://api.surveymonkey.com/v3', '/surveys/{num9}/responses/bulk', 'SurveyMonkey', ''),
    P('google_service_account_key', 'google', g_gsa, 'gsa',
      [['service', 'account', 'json'], ['google', 'credentials']], 'GOOGLE_APPLICATION_CREDENTIALS_JSON',
      'https://sheets.googleapis.com/v4', '/spreadsheets/{gsheet}', 'Google Workspace', '-----BEGIN PRIVATE KEY-----'),
    P('ms_graph_client_secret', 'microsoft', g_msgraph, 'msgraph',
      [['client', 'secret'], ['graph', 'client', 'secret'], ['azure', 'client', 'secret']], 'AZURE_CLIENT_SECRET',
      'https://login.microsoftonline.com', '/{tenant}/oauth2/v2.0/token', 'Microsoft Graph', '', method='POST'),
]
KIND_BY_NAME = dict((k['kind'], k) for k in KINDS)

NEUTRAL = [['value'], ['val'], ['data'], ['cfg', 'value'], ['param'], ['arg1'], ['setting'],
           ['item'], ['payload'], ['v'], ['raw'], ['seed'], ['opt'], ['bootstrap'], ['ref'],
           ['conn', 'str'], ['default', 'value'], ['blob'], ['x'], ['handle'], ['magic'],
           ['client', 'opts'], ['upstream'], ['svc'], ['bot', 'cfg'], ['ident'], ['s']]


def words_style(words, style):
    if style == 'snake':
        return '_'.join(words)
    if style == 'screaming':
        return '_'.join(words).upper()
    if style == 'camel':
        return words[0] + ''.join(w.capitalize() for w in words[1:])
    if style == 'pascal':
        return ''.join(w.capitalize() for w in words)
    if style == 'kebab':
        return '-'.join(words)
    if style == 'dot':
        return '.'.join(words)
    if style == 'lower':
        return ''.join(words)
    raise ValueError(style)


# ---------------------------------------------------------------------------
# negatives: values that fill a secret slot without being a secret
# ---------------------------------------------------------------------------
SM_REFS = [
    'op://Engineering/{slug}/credential',
    'op://Private/{slug}/token',
    'vault:secret/data/tools/{slug}#token',
    'projects/{org}-ops/secrets/{slug}/versions/latest',
    'arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/{slug}',
    'sm://{org}-automation/{slug}',
    '@Microsoft.KeyVault(SecretUri=https://kv-{org}.vault.azure.net/secrets/{slug}/)',
    'doppler://{org}/prd/{env}',
    'awsssm:/{org}/integrations/{slug}',
]
NEG_CATS = ['env_ref', 'placeholder', 'masked', 'empty', 'secret_manager_ref']


def neg_value(r, c, style, cat):
    P_ = c.P
    env = P_['env']
    slug = words_style(P_['words'][0], 'kebab')
    if P_['auth'] == 'gsa' and cat in ('placeholder', 'masked'):
        inner = r.choice(['PRIVATE_KEY', '<your-private-key>', '...', 'REDACTED', '***']) if cat == 'placeholder' else r.choice(['*' * 32, '[redacted]', 'xxxx'])
        return json.dumps('-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----\n' % inner)[1:-1] if r.random() < 0.7 else inner
    if cat == 'env_ref':
        if style == 'gha':
            return '${{ secrets.%s }}' % env
        if style == 'make':
            return '$(%s)' % env
        if style == 'postman':
            return '{{%s}}' % words_style(P_['words'][0], 'camel')
        if style == 'n8n':
            return '={{ $env.%s }}' % env
        if style == 'md':
            return r.choice(['$%s' % env, '${%s}' % env])
        if style == 'compose':
            return r.choice(['${%s}' % env, '${%s:?set %s}' % (env, env)])
        if style == 'code':
            return r.choice(['${%s}' % env, 'env:%s' % env, '%%(%s)s' % env.lower()])
        return r.choice(['${%s}' % env, '$%s' % env, '${%s}' % env])
    if cat == 'placeholder':
        if P_['kind'] == 'jira_dc_password':
            opts = ['<password>', '<jira-service-account-password>', 'YOUR_PASSWORD', 'changeit-in-vault', '********']
        else:
            opts = ['<%s>' % words_style(P_['words'][0], 'kebab'),
                    'YOUR_%s' % words_style(P_['words'][0], 'screaming'),
                    'your-%s-here' % words_style(P_['words'][0], 'kebab'),
                    'REPLACE_ME', '<paste token here>', 'TODO', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']
            if P_['mask'] and len(P_['mask']) < 9:
                opts.append(P_['mask'] + 'x' * 24)
                opts.append(P_['mask'] + 'XXXXXXXXXXXXXXXX')
        return r.choice(opts)
    if cat == 'masked':
        ch = r.choice(['*', '*', '•', 'x', '#'])
        pre = P_['mask'] if (P_['mask'] and len(P_['mask']) < 13 and r.random() < 0.6) else ''
        tail = ''
        if r.random() < 0.4:
            tail = rs(r, LOWNUM, 4)
        return r.choice([pre + ch * r.randint(8, 28) + tail, '[REDACTED]', '***redacted***', pre + '…' + tail, '<masked>'])
    if cat == 'empty':
        return ''
    if cat == 'secret_manager_ref':
        return r.choice(SM_REFS).format(slug=slug, org=c.org, env=env)
    raise ValueError(cat)


# ---------------------------------------------------------------------------
# context for one file
# ---------------------------------------------------------------------------
class Ctx(object):
    pass


# formats with no prefix/structure: under a neutral name they are only recognisable through usage
WEAK_FORMAT = ('coda_api_token', 'todoist_api_token', 'toggl_api_token', 'smartsheet_api_token', 'jira_dc_password')
# templates in which the slot's value is visibly used for authentication (header, basic auth, URL...)
USAGE_TEMPLATES = ('py_script', 'py_inline', 'ipynb', 'js_script', 'js_inline', 'go_main', 'rb_script', 'gs_const',
                   'sh_curl_var', 'sh_curl_inline', 'crontab_arg', 'makefile', 'raycast', 'gha_inline', 'postman',
                   'n8n', 'zapier', 'md_runbook', 'url_cred')


def make_ctx(r, P_, neg, negcat=None, tname=None):
    c = Ctx()
    c.r = r
    c.P = P_
    c.neg = neg
    c.negcat = negcat
    c.org, c.domain = r.choice(COMPANIES)
    c.pkey = r.choice(PROJECT_KEYS)
    c.team = r.choice(TEAMS)
    c.channel = r.choice(SLACK_CHANNELS)
    c.tz = r.choice(TZS)
    fill = {'org': c.org, 'domain': c.domain, 'pkey': c.pkey,
            'bignum': str(r.randint(1200000000000000, 1209999999999999)),
            'short': rs(r, ALNUM, 8), 'uuidhex': rs(r, HEXL, 32),
            'num7': str(r.randint(3000000, 5999999)), 'num9': str(r.randint(100000000, 999999999)),
            'num10': str(r.randint(2200000000, 2299999999)), 'num16': str(r.randint(1000000000000000, 8999999999999999)),
            'airbase': 'app' + rs(r, ALNUM, 14), 'airtbl': 'tbl' + rs(r, ALNUM, 14),
            'codadoc': rs(r, ALNUM + '-_', 10), 'miroboard': 'uXjVN' + rs(r, ALNUM, 6) + '=',
            'figkey': rs(r, ALNUM, 22), 'uuid': uuid4(r), 'oid': rs(r, HEXL, 24),
            'tform': rs(r, ALNUM, 8), 'gsheet': '1' + rs(r, B64URL, 43), 'tenant': uuid4(r)}
    c.fill = fill
    c.base = P_['base'].format(**fill)
    c.url = c.base + P_['path'].format(**fill)
    c.obvious = r.random() < 0.6
    if P_['kind'] in WEAK_FORMAT and tname is not None and tname not in USAGE_TEMPLATES:
        c.obvious = True  # an unprefixed value under a neutral name with no usage would not be recognisable
    c.words = r.choice(P_['words']) if c.obvious else r.choice(NEUTRAL)
    c.secret = None if neg else P_['gen'](r)
    c._negvals = {}
    # companions: key -> (words, value)
    comps = []
    a = P_['auth']
    if a == 'basic_email':
        pref = 'confluence' if 'confluence' in P_['kind'] else 'jira'
        comps.append(('U', r.choice([[pref, 'email'], [pref, 'user'], ['atlassian', 'email']]), email_for(r, c.domain)))
    elif a == 'basic_user':
        comps.append(('U', r.choice([['jira', 'user'], ['jira', 'username'], ['svc', 'user']]),
                      r.choice(['svc-jira', 'jira-automation', 'svc_reporting', 'buildbot', 'ci-jira']) ))
    elif a == 'trello':
        comps.append(('K', r.choice([['trello', 'key'], ['trello', 'api', 'key']]),
                      (rs(r, HEXL, 32) if not neg else r.choice(['<trello-api-key>', '${TRELLO_KEY}', '']))))
    elif a == 'zoom':
        comps.append(('ACC', r.choice([['zoom', 'account', 'id'], ['account', 'id']]), rs(r, B64URL, 22)))
        comps.append(('CID', r.choice([['zoom', 'client', 'id'], ['client', 'id']]), mixed(r, ALNUM, 22)))
    elif a == 'msgraph':
        comps.append(('TEN', r.choice([['tenant', 'id'], ['azure', 'tenant', 'id']]), fill['tenant']))
        comps.append(('CID', r.choice([['client', 'id'], ['azure', 'client', 'id'], ['app', 'id']]), uuid4(r)))
    elif a == 'harvest':
        comps.append(('ACC', r.choice([['harvest', 'account', 'id'], ['account', 'id']]), str(r.randint(100000, 1999999))))
    c.comps = comps
    return c


def cval(c, style='config'):
    """the value for the secret slot (secret for positives, look-alike for negatives)."""
    if not c.neg:
        return c.secret
    if style not in c._negvals:
        c._negvals[style] = neg_value(c.r, c, style, c.negcat)
    return c._negvals[style]


def cname(c, style, key='S'):
    if key == 'S':
        return words_style(c.words, style)
    for k, w, v in c.comps:
        if k == key:
            return words_style(w, style)
    raise KeyError(key)


def comp_val(c, key):
    for k, w, v in c.comps:
        if k == key:
            return v
    raise KeyError(key)


# ---------------------------------------------------------------------------
# request spec + per-language rendering
# a "ref" is ('var', identifier) or ('lit', text); parts are ('str', text) or refs
# ---------------------------------------------------------------------------
def spec(c):
    P_ = c.P
    a = P_['auth']
    sp = {'method': P_['method'], 'url': c.url, 'headers': [], 'basic': None,
          'query': [], 'form': [], 'json': None}
    if a in ('bearer', 'harvest'):
        sp['headers'].append(('Authorization', 'Bearer ', 'S'))
    elif a == 'raw':
        sp['headers'].append(('Authorization', '', 'S'))
    elif a == 'hdr':
        sp['headers'].append((P_['hdr'], '', 'S'))
    elif a in ('basic_email', 'basic_user'):
        sp['basic'] = ('U', 'S')
    elif a == 'basic_token':
        sp['basic'] = ('S', '=api_token')
    elif a == 'trello':
        sp['query'] = [('key', 'K'), ('token', 'S')]
    elif a == 'zoom':
        sp['basic'] = ('CID', 'S')
        sp['query'] = [('grant_type', '=account_credentials'), ('account_id', 'ACC')]
    elif a == 'msgraph':
        sp['url'] = 'https://login.microsoftonline.com/%s/oauth2/v2.0/token' % comp_val(c, 'TEN')
        sp['form'] = [('client_id', 'CID'), ('client_secret', 'S'),
                      ('scope', '=https://graph.microsoft.com/.default'), ('grant_type', '=client_credentials')]
    if a == 'harvest':
        sp['headers'].append(('Harvest-Account-Id', '', 'ACC'))
        sp['headers'].append(('User-Agent', '=Timesheet Sync (ops@%s)' % c.domain, None))
    for h, v in P_['extra_headers']:
        sp['headers'].append((h, '=' + v.format(domain=c.domain), None))
    if P_['gql']:
        sp['json'] = {'query': P_['gql'].replace('{bignum}', c.fill['bignum'])}
    if a not in ('zoom', 'msgraph') and c.r.random() < 0.5:
        sp['headers'].append(('Accept', '=application/json', None))
    return sp


def hv_parts(prefix, key, N):
    """header value parts: prefix string + ref for key (prefix '=x' means literal x)."""
    if key is None:
        return [('str', prefix[1:])]
    parts = []
    if prefix:
        parts.append(('str', prefix))
    parts.append(N[key])
    return parts


def ref_parts(v, N):
    if v.startswith('='):
        return [('str', v[1:])]
    return [N[v]]


def _merge(parts):
    out = []
    for p in parts:
        k = 'str' if p[0] in ('str', 'lit') else 'var'
        if out and k == 'str' and out[-1][0] == 'str':
            out[-1] = ('str', out[-1][1] + p[1])
        else:
            out.append((k, p[1]))
    return out


def cat(lang, parts, q=None):
    parts = _merge(parts)
    has_var = any(k == 'var' for k, _ in parts)
    if lang == 'py':
        q = q or '"'
        if has_var:
            s = ''.join(t.replace('{', '{{').replace('}', '}}').replace(q, '\\' + q) if k == 'str' else '{%s}' % t
                        for k, t in parts)
            if len(parts) == 1:
                return parts[0][1]
            return 'f' + q + s + q
        return q + parts[0][1].replace('\\', '\\\\').replace(q, '\\' + q) + q
    if lang in ('js', 'gs'):
        q = q or "'"
        if lang == 'js' and has_var and len(parts) > 1:
            s = ''.join(t.replace('`', '\\`').replace('${', '\\${') if k == 'str' else '${%s}' % t
                        for k, t in parts)
            return '`' + s + '`'
        return ' + '.join(q + t.replace('\\', '\\\\').replace(q, '\\' + q) + q if k == 'str' else t
                          for k, t in parts)
    if lang == 'go':
        return ' + '.join('"' + t.replace('\\', '\\\\').replace('"', '\\"') + '"' if k == 'str' else t
                          for k, t in parts)
    if lang == 'rb':
        if has_var:
            if len(parts) == 1:
                return parts[0][1]
            s = ''.join(t.replace('\\', '\\\\').replace('"', '\\"').replace('#{', '\\#{') if k == 'str' else '#{%s}' % t
                        for k, t in parts)
            return '"' + s + '"'
        return "'" + parts[0][1].replace('\\', '\\\\').replace("'", "\\'") + "'"
    if lang == 'sh':
        s = ''.join(t.replace('\\', '\\\\').replace('"', '\\"').replace('`', '\\`') if k == 'str' else '${%s}' % t
                    for k, t in parts)
        return '"' + s + '"'
    raise ValueError(lang)


def render_request(lang, sp, N, ind=''):
    """N maps 'S','U','K','CID','ACC','TEN' to refs."""
    L = []
    m = sp['method']
    url = sp['url']
    hdrs = [(h, cat(lang, hv_parts(p, k, N))) for h, p, k in sp['headers']]
    if lang == 'py':
        args = ['"%s"' % url]
        if hdrs:
            L.append('headers = {')
            for h, e in hdrs:
                L.append('    "%s": %s,' % (h, e))
            L.append('}')
            args.append('headers=headers')
        if sp['basic']:
            u, p = sp['basic']
            args.append('auth=(%s, %s)' % (cat('py', ref_parts(u, N)), cat('py', ref_parts(p, N))))
        if sp['query']:
            args.append('params={%s}' % ', '.join('"%s": %s' % (k, cat('py', ref_parts(v, N))) for k, v in sp['query']))
        if sp['form']:
            L.append('form = {')
            for k, v in sp['form']:
                L.append('    "%s": %s,' % (k, cat('py', ref_parts(v, N))))
            L.append('}')
            args.append('data=form')
        if sp['json']:
            args.append('json=%s' % json.dumps(sp['json']))
        args.append('timeout=30')
        L.append('resp = requests.%s(%s)' % (m.lower(), ', '.join(args)))
        L.append('resp.raise_for_status()')
    elif lang == 'js':
        if sp['basic']:
            u, p = sp['basic']
            hdrs.insert(0, ('Authorization', "'Basic ' + Buffer.from(%s + ':' + %s).toString('base64')" % (
                cat('js', ref_parts(u, N)), cat('js', ref_parts(p, N)))))
        urlx = "'%s'" % url
        if sp['query']:
            L.append('const qs = new URLSearchParams({')
            for k, v in sp['query']:
                L.append('  %s: %s,' % (k, cat('js', ref_parts(v, N))))
            L.append('});')
            urlx = "`%s?${qs}`" % url
        body = None
        if sp['form']:
            L.append('const form = new URLSearchParams({')
            for k, v in sp['form']:
                L.append('  %s: %s,' % (k, cat('js', ref_parts(v, N))))
            L.append('});')
            body = 'form'
        if sp['json']:
            body = 'JSON.stringify(%s)' % json.dumps(sp['json'])
            hdrs.append(('Content-Type', "'application/json'"))
        L.append('const res = await fetch(%s, {' % urlx)
        L.append("  method: '%s'," % m)
        L.append('  headers: {')
        for h, e in hdrs:
            L.append("    '%s': %s," % (h, e))
        L.append('  },')
        if body:
            L.append('  body: %s,' % body)
        L.append('});')
        L.append("if (!res.ok) throw new Error(`%s request failed: ${res.status}`);" % m)
    elif lang == 'gs':
        if sp['basic']:
            u, p = sp['basic']
            hdrs.insert(0, ('Authorization', "'Basic ' + Utilities.base64Encode(%s + ':' + %s)" % (
                cat('gs', ref_parts(u, N)), cat('gs', ref_parts(p, N)))))
        urlx = "'%s'" % url
        if sp['query']:
            urlx += ' + ' + " + '&' + ".join("'%s=' + %s" % (k, cat('gs', ref_parts(v, N))) for k, v in sp['query'])
            urlx = urlx.replace("' + '%s=" % sp['query'][0][0], "?%s=" % sp['query'][0][0], 1)
        L.append('var options = {')
        L.append("  method: '%s'," % m.lower())
        L.append('  muteHttpExceptions: true,')
        L.append('  headers: {')
        for h, e in hdrs:
            L.append("    '%s': %s," % (h, e))
        L.append('  },')
        if sp['form']:
            L.append('  payload: {')
            for k, v in sp['form']:
                L.append('    %s: %s,' % (k, cat('gs', ref_parts(v, N))))
            L.append('  },')
        if sp['json']:
            L.append("  contentType: 'application/json',")
            L.append('  payload: JSON.stringify(%s),' % json.dumps(sp['json']))
        L.append('};')
        L.append('var response = UrlFetchApp.fetch(%s, options);' % urlx)
    elif lang == 'go':
        body = 'nil'
        if sp['form']:
            L.append('form := url.Values{}')
            for k, v in sp['form']:
                L.append('form.Set("%s", %s)' % (k, cat('go', ref_parts(v, N))))
            body = 'strings.NewReader(form.Encode())'
        if sp['json']:
            L.append('payload := `%s`' % json.dumps(sp['json']))
            body = 'strings.NewReader(payload)'
        L.append('req, err := http.NewRequest("%s", "%s", %s)' % (m, url, body))
        L.append('if err != nil {')
        L.append('\treturn err')
        L.append('}')
        for h, e in hdrs:
            L.append('req.Header.Set("%s", %s)' % (h, e))
        if sp['basic']:
            u, p = sp['basic']
            L.append('req.SetBasicAuth(%s, %s)' % (cat('go', ref_parts(u, N)), cat('go', ref_parts(p, N))))
        if sp['query']:
            L.append('q := req.URL.Query()')
            for k, v in sp['query']:
                L.append('q.Set("%s", %s)' % (k, cat('go', ref_parts(v, N))))
            L.append('req.URL.RawQuery = q.Encode()')
        if sp['form']:
            L.append('req.Header.Set("Content-Type", "application/x-www-form-urlencoded")')
        if sp['json']:
            L.append('req.Header.Set("Content-Type", "application/json")')
        L.append('resp, err := httpClient.Do(req)')
    elif lang == 'rb':
        L.append('uri = URI("%s")' % url)
        if sp['query']:
            L.append('uri.query = URI.encode_www_form(%s)' % ', '.join(
                '%s: %s' % (k, cat('rb', ref_parts(v, N))) for k, v in sp['query']))
        L.append('req = Net::HTTP::%s.new(uri)' % m.capitalize())
        for h, e in hdrs:
            L.append('req["%s"] = %s' % (h, e))
        if sp['basic']:
            u, p = sp['basic']
            L.append('req.basic_auth(%s, %s)' % (cat('rb', ref_parts(u, N)), cat('rb', ref_parts(p, N))))
        if sp['form']:
            L.append('req.set_form_data(%s)' % ', '.join(
                '"%s" => %s' % (k, cat('rb', ref_parts(v, N))) for k, v in sp['form']))
        if sp['json']:
            L.append('req["Content-Type"] = "application/json"')
            L.append('req.body = %s.to_json' % ('{ query: %s }' % json.dumps(sp['json']['query'])))
        L.append('res = Net::HTTP.start(uri.hostname, uri.port, use_ssl: true) { |http| http.request(req) }')
    elif lang == 'sh':
        url_s = url
        opts = []
        if sp['query'] and m == 'GET':
            opts.append('-G')
            for k, v in sp['query']:
                opts.append('--data-urlencode %s' % cat('sh', [('str', k + '=')] + ref_parts(v, N)))
        elif sp['query']:
            url_s = url + '?' + '&'.join('%s=%s' % (k, v[1:] if v.startswith('=') else '${%s}' % N[v][1])
                                         if N.get(v, ('lit',))[0] == 'var' or v.startswith('=') else
                                         '%s=%s' % (k, N[v][1]) for k, v in sp['query'])
        for h, e in hdrs:
            opts.append('-H %s' % cat('sh', [('str', h + ': ')] + _unq_parts(e)))
        if sp['basic']:
            u, p = sp['basic']
            opts.append('-u %s' % cat('sh', ref_parts(u, N) + [('str', ':')] + ref_parts(p, N)))
        for k, v in sp['form']:
            opts.append('--data-urlencode %s' % cat('sh', [('str', k + '=')] + ref_parts(v, N)))
        if sp['json']:
            opts.append('-H "Content-Type: application/json"')
            opts.append("-d '%s'" % json.dumps(sp['json']))
        L.append('curl -sS -X %s "%s" \\' % (m, url_s) if m != 'GET' else 'curl -sS "%s" \\' % url_s)
        for i, o in enumerate(opts):
            L.append('  ' + o + (' \\' if i < len(opts) - 1 else ''))
    return [ind + l if l else l for l in L]


def _unq_parts(e):
    # for shell: header expr came from cat('sh') already quoted; unwrap to parts again
    assert e.startswith('"') and e.endswith('"')
    inner = e[1:-1]
    out = []
    i = 0
    buf = ''
    while i < len(inner):
        if inner.startswith('${', i):
            j = inner.index('}', i)
            if buf:
                out.append(('str', buf.replace('\\"', '"').replace('\\`', '`').replace('\\\\', '\\')))
                buf = ''
            out.append(('var', inner[i + 2:j]))
            i = j + 1
        else:
            buf += inner[i]
            i += 1
    if buf:
        out.append(('str', buf.replace('\\"', '"').replace('\\`', '`').replace('\\\\', '\\')))
    return out


# ---------------------------------------------------------------------------
# shared template helpers
# ---------------------------------------------------------------------------
def slug(c):
    return c.P['provider'] if c.P['provider'] != 'atlassian' else c.P['words'][0][0]


def noun(c):
    return {'atlassian': 'issues', 'asana': 'tasks', 'trello': 'cards', 'notion': 'pages',
            'linear': 'issues', 'monday': 'items', 'clickup': 'tasks', 'airtable': 'records',
            'todoist': 'tasks', 'basecamp': 'todos', 'smartsheet': 'rows', 'coda': 'rows',
            'miro': 'stickies', 'figma': 'comments', 'calendly': 'events', 'zoom': 'meetings',
            'harvest': 'time_entries', 'toggl': 'time_entries', 'clockify': 'time_entries',
            'typeform': 'responses', 'surveymonkey': 'responses', 'google': 'rows',
            'microsoft': 'calendar_events'}[c.P['provider']]


def harmless(c, n=None):
    r = c.r
    pool = [(['base', 'url'], c.base), (['project', 'key'], c.pkey), (['slack', 'channel'], c.channel),
            (['timeout', 'seconds'], r.choice([10, 15, 30, 60])), (['page', 'size'], r.choice([25, 50, 100, 200])),
            (['dry', 'run'], r.choice([True, False])), (['timezone'], c.tz), (['team'], c.team),
            (['log', 'level'], r.choice(['info', 'debug', 'warning'])), (['max', 'retries'], r.choice([2, 3, 5])),
            (['report', 'title'], '%s weekly digest' % c.team.replace('-', ' ').title()),
            (['owner', 'email'], email_for(r, c.domain)), (['user', 'agent'], '%s-%s-sync/1.%d' % (c.org, slug(c), r.randint(0, 9)))]
    r.shuffle(pool)
    return pool[:n if n is not None else r.randint(2, 5)]


def lit_py(v):
    if isinstance(v, bool):
        return 'True' if v else 'False'
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def lit_js(v):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, int):
        return str(v)
    return "'" + v.replace('\\', '\\\\').replace("'", "\\'") + "'"


def lit_rb(v):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, int):
        return str(v)
    return "'" + v.replace('\\', '\\\\').replace("'", "\\'") + "'"


def lit_go(v):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, int):
        return str(v)
    return '"' + v.replace('\\', '\\\\').replace('"', '\\"') + '"'


def lit_sh(v):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, int):
        return str(v)
    if v and all(ch in ALNUM + '._-/:@' for ch in v):
        return v
    return '"' + v.replace('\\', '\\\\').replace('"', '\\"') + '"'


def yq(r, v):
    """YAML scalar."""
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, int):
        return str(v)
    plain_ok = v and all(ch in ALNUM + '._-/+=~' for ch in v) and v[0] not in '-~' and v.lower() not in ('true', 'false', 'yes', 'no', 'null', 'on', 'off')
    mode = r.randint(0, 2)
    if mode == 0 and plain_ok:
        return v
    if mode == 1 and "'" not in v:
        return "'" + v + "'"
    return json.dumps(v, ensure_ascii=False)


def code_names(c, lang_style, inline=False):
    """names map for render_request; companion + secret identifiers or literals."""
    N = {}
    for k, w, v in c.comps:
        N[k] = ('lit', v) if inline else ('var', words_style(w, lang_style))
    N['S'] = ('lit', cval(c, 'code')) if inline else ('var', cname(c, lang_style))
    return N


def comp_items(c):
    return [(w, v) for k, w, v in c.comps]


def secret_items(c, style='config'):
    """companions then the secret, as (words, value) pairs."""
    return comp_items(c) + [(c.words, cval(c, style))]


def shebang_py(r):
    return r.choice(['#!/usr/bin/env python3', '#!/usr/bin/env python3', ''])


def docline(c):
    r = c.r
    return r.choice(['Pull open %s from %s for the %s team and post a digest to Slack.' % (noun(c).replace('_', ' '), c.P['label'], c.team),
                     'Nightly export of %s %s into the reporting warehouse.' % (c.P['label'], noun(c).replace('_', ' ')),
                     'Small helper used by the %s team to sync %s %s.' % (c.team, c.P['label'], noun(c).replace('_', ' ')),
                     'Mirror %s %s into our internal dashboard (see %s).' % (c.P['label'], noun(c).replace('_', ' '), c.channel)])


def pick_path(r, opts):
    return r.choice(opts)


# ---------------------------------------------------------------------------
# templates usable for positives AND (with the slot filled by a look-alike) negatives
# each returns (relpath, filetype, text)
# ---------------------------------------------------------------------------
NOT_GSA = lambda P_: P_['auth'] != 'gsa'
ONLY_GSA = lambda P_: P_['auth'] == 'gsa'


def t_py_script(r, c):
    st = r.choice(['screaming', 'screaming', 'snake'])
    N = code_names(c, st)
    L = [shebang_py(r), '"""%s"""' % docline(c), 'import os', 'import sys', '', 'import requests', '']
    for w, v in harmless(c, r.randint(1, 3)):
        L.append('%s = %s' % (words_style(w, st), lit_py(v)))
    for w, v in secret_items(c, 'code'):
        L.append('%s = %s' % (words_style(w, st), lit_py(v)))
    L.append('SLACK_WEBHOOK_URL = os.environ.get("SLACK_WEBHOOK_URL")')
    L += ['', '', 'def fetch_%s():' % noun(c)]
    L += render_request('py', spec(c), N, '    ')
    L += ['    return resp.json()', '', '', 'def main():', '    data = fetch_%s()' % noun(c),
          '    print(f"fetched {len(data)} records", file=sys.stderr)',
          '    if SLACK_WEBHOOK_URL:', '        requests.post(SLACK_WEBHOOK_URL, json={"text": f"%s: {len(data)} %s"}, timeout=10)' % (c.P['label'], noun(c)),
          '', '', 'if __name__ == "__main__":', '    main()', '']
    path = pick_path(r, ['scripts/sync_%s_%s.py' % (slug(c), noun(c)), 'tools/%s_digest.py' % slug(c),
                         'bin/%s_export.py' % slug(c), 'automation/%s/report.py' % c.team, 'jobs/%s_to_slack.py' % slug(c)])
    return path, 'python', '\n'.join(L).lstrip('\n')


def t_py_settings(r, c):
    st = r.choice(['screaming', 'snake'])
    L = ['# Settings for the internal %s tools.' % c.team, '# Loaded by app/config.py at startup.', '',
         'import os', '', 'DEBUG = %s' % r.choice(['False', 'os.environ.get("DEBUG") == "1"']),
         'ALLOWED_HOSTS = ["tools.%s", "localhost"]' % c.domain, 'TIME_ZONE = "%s"' % c.tz, '']
    L.append('# --- %s ---' % c.P['label'])
    for w, v in harmless(c, 2):
        L.append('%s = %s' % (words_style([slug(c)] + w, st), lit_py(v)))
    if r.random() < 0.5:
        for w, v in secret_items(c, 'code'):
            L.append('%s = %s' % (words_style(w, st), lit_py(v)))
    else:
        L.append('%s = {' % words_style([slug(c), 'settings'], st))
        for w, v in secret_items(c, 'code'):
            L.append('    "%s": %s,' % (words_style(w, 'snake'), lit_py(v)))
        L.append('    "base_url": "%s",' % c.base)
        L.append('}')
    L += ['', 'CELERY_BEAT_SCHEDULE = {', '    "%s-sync": {"task": "sync.%s", "schedule": %d},' % (slug(c), noun(c), r.choice([300, 900, 3600])), '}', '']
    path = pick_path(r, ['config/settings.py', 'app/settings.py', 'settings/production.py', 'internal_tools/settings.py', 'src/config.py'])
    return path, 'python', '\n'.join(L)


def t_py_inline(r, c):
    N = code_names(c, 'snake', inline=True)
    L = ['import logging', '', 'import requests', '', 'log = logging.getLogger(__name__)', '', '',
         'def %s_%s(%s):' % (r.choice(['list', 'get', 'load', 'pull']), noun(c), r.choice(['', 'limit=100', 'since=None'])),
         '    """Return %s from %s."""' % (noun(c).replace('_', ' '), c.P['label'])]
    L += render_request('py', spec(c), N, '    ')
    L += ['    log.info("%s returned %%s", resp.status_code)' % c.P['label'], '    return resp.json()', '']
    path = pick_path(r, ['%s_client.py' % slug(c), 'app/integrations/%s.py' % slug(c), 'src/%s/api.py' % c.team.replace('-', '_'),
                         'lib/%s.py' % slug(c), 'services/%s_service.py' % slug(c)])
    return path, 'python', '\n'.join(L)


def t_py_class(r, c):
    cls = ''.join(w.capitalize() for w in c.P['label'].replace('.', ' ').split()) + 'Client'
    params = ['base_url=%s' % lit_py(c.base)]
    for w, v in secret_items(c, 'code'):
        params.append('%s=%s' % (words_style(w, 'snake'), lit_py(v)))
    L = ['from dataclasses import dataclass', 'import requests', '', '',
         'class %s:' % cls, '    """Thin wrapper used by the %s bots."""' % c.team, '',
         '    def __init__(self, %s, timeout=30):' % ', '.join(params),
         '        self.base_url = base_url.rstrip("/")', '        self.timeout = timeout']
    for w, v in secret_items(c, 'code'):
        n = words_style(w, 'snake')
        L.append('        self.%s = %s' % (n, n))
    L += ['        self.session = requests.Session()', '', '    def ping(self):',
          '        return self.session.get(self.base_url, timeout=self.timeout).status_code', '']
    path = pick_path(r, ['%s/client.py' % slug(c), 'integrations/%s_client.py' % slug(c), 'src/clients/%s.py' % slug(c)])
    return path, 'python', '\n'.join(L)


def t_ipynb(r, c):
    N = code_names(c, 'snake')
    cell1 = ['import pandas as pd\n', 'import requests\n']
    cell2 = []
    for w, v in secret_items(c, 'code'):
        cell2.append('%s = %s\n' % (words_style(w, 'snake'), lit_py(v)))
    cell2.append('project = %s\n' % lit_py(c.pkey))
    cell3 = [l + '\n' for l in render_request('py', spec(c), N)]
    cell3.append('df = pd.json_normalize(resp.json())\n')
    cell4 = ['df.head(20)']
    for lst in (cell2, cell3):
        lst[-1] = lst[-1].rstrip('\n')
    cells = [{'cell_type': 'markdown', 'metadata': {}, 'source': ['# %s export\n' % c.P['label'], '\n', 'Quick look at %s for the %s team.' % (noun(c).replace('_', ' '), c.team)]},
             {'cell_type': 'code', 'execution_count': 1, 'metadata': {}, 'outputs': [], 'source': cell1},
             {'cell_type': 'code', 'execution_count': 2, 'metadata': {}, 'outputs': [], 'source': cell2},
             {'cell_type': 'code', 'execution_count': 3, 'metadata': {}, 'outputs': [], 'source': cell3},
             {'cell_type': 'code', 'execution_count': None, 'metadata': {}, 'outputs': [], 'source': cell4}]
    nb = {'cells': cells, 'metadata': {'kernelspec': {'display_name': 'Python 3', 'language': 'python', 'name': 'python3'},
                                       'language_info': {'name': 'python', 'version': '3.11.%d' % r.randint(2, 9)}},
          'nbformat': 4, 'nbformat_minor': 5}
    path = pick_path(r, ['notebooks/%s_export.ipynb' % slug(c), 'analysis/%s-%s.ipynb' % (c.team, slug(c)), 'notebooks/explore_%s.ipynb' % noun(c)])
    return path, 'jupyter', json.dumps(nb, indent=1, ensure_ascii=False) + '\n'


def t_js_script(r, c):
    st = r.choice(['screaming', 'camel'])
    N = code_names(c, st)
    esm = r.random() < 0.5
    L = ["#!/usr/bin/env node", "// %s" % docline(c)]
    L.append("import fs from 'node:fs/promises';" if esm else "const fs = require('fs/promises');")
    L.append('')
    for w, v in harmless(c, r.randint(1, 3)):
        L.append('const %s = %s;' % (words_style(w, st), lit_js(v)))
    for w, v in secret_items(c, 'code'):
        L.append('const %s = %s;' % (words_style(w, st), lit_js(v)))
    L += ['', 'async function main() {']
    L += render_request('js', spec(c), N, '  ')
    L += ['  const data = await res.json();', "  await fs.writeFile('out/%s.json', JSON.stringify(data, null, 2));" % noun(c),
          '  console.log(`saved ${Array.isArray(data) ? data.length : 1} records`);', '}', '',
          'main().catch((err) => {', '  console.error(err);', '  process.exit(1);', '});', '']
    path = pick_path(r, ['scripts/%s-sync.%s' % (slug(c), 'mjs' if esm else 'js'), 'tools/export-%s.js' % noun(c).replace('_', '-'),
                         'bin/%s.js' % slug(c), 'jobs/%s-digest.js' % slug(c)])
    return path, 'javascript', '\n'.join(L)


def t_ts_config(r, c):
    L = ["// Shared configuration for the %s integration." % c.P['label'], "import type { IntegrationConfig } from './types';", '',
         'export const %sConfig: IntegrationConfig = {' % words_style([slug(c)], 'camel')]
    for w, v in harmless(c, r.randint(2, 4)):
        L.append('  %s: %s,' % (words_style(w, 'camel'), lit_js(v)))
    for w, v in secret_items(c, 'code'):
        L.append('  %s: %s,' % (words_style(w, 'camel'), lit_js(v)))
    L += ['};', '', 'export default %sConfig;' % words_style([slug(c)], 'camel'), '']
    path = pick_path(r, ['src/config/%s.ts' % slug(c), 'src/integrations/%s/config.ts' % slug(c), 'packages/bots/src/%s.config.ts' % slug(c)])
    return path, 'typescript', '\n'.join(L)


def t_js_inline(r, c):
    N = code_names(c, 'camel', inline=True)
    fn = '%s%s' % (r.choice(['load', 'fetch', 'list']), noun(c).title().replace('_', ''))
    L = ["'use strict';", '', "const logger = require('./logger');", '', 'async function %s() {' % fn]
    L += render_request('js', spec(c), N, '  ')
    L += ["  logger.info('%s ok', { status: res.status });" % c.P['label'], '  return res.json();', '}', '',
          'module.exports = { %s };' % fn, '']
    path = pick_path(r, ['lib/%s.js' % slug(c), 'src/services/%s.js' % slug(c), 'server/integrations/%s.js' % slug(c)])
    return path, 'javascript', '\n'.join(L)


def t_go_main(r, c):
    st = 'camel'
    N = code_names(c, st)
    sp = spec(c)
    imports = ['"fmt"', '"log"', '"net/http"', '"time"']
    if sp['form']:
        imports.append('"net/url"')
    if sp['form'] or sp['json']:
        imports.append('"strings"')
    imports.sort()
    L = ['// Command %s-sync %s' % (slug(c), docline(c)[0].lower() + docline(c)[1:]), 'package main', '', 'import (']
    L += ['\t' + i for i in imports]
    L += [')', '', 'const (']
    items = harmless(c, r.randint(1, 2)) + secret_items(c, 'code')
    items = [(w, v) for w, v in items if not isinstance(v, bool)]
    for w, v in items:
        L.append('\t%s = %s' % (words_style(w, st), lit_go(v)))
    L += [')', '', 'var httpClient = &http.Client{Timeout: 30 * time.Second}', '', 'func run() error {']
    L += render_request('go', sp, N, '\t')
    L += ['\tif err != nil {', '\t\treturn err', '\t}', '\tdefer resp.Body.Close()',
          '\tfmt.Println("status:", resp.Status)', '\treturn nil', '}', '', 'func main() {',
          '\tif err := run(); err != nil {', '\t\tlog.Fatal(err)', '\t}', '}', '']
    path = pick_path(r, ['cmd/%s-sync/main.go' % slug(c), 'tools/%s/main.go' % slug(c), 'main.go'])
    return path, 'go', '\n'.join(L)


def t_go_struct(r, c):
    L = ['package config', '', '// %s holds settings for the %s integration.' % (c.P['label'].replace(' ', '').replace('.', ''), c.P['label']),
         'type %s struct {' % (c.P['label'].replace(' ', '').replace('.', '')), '\tBaseURL string']
    for w, v in secret_items(c, 'code'):
        L.append('\t%s string' % words_style(w, 'pascal'))
    L += ['\tTimeoutSeconds int', '}', '', '// Default is used when no config file is present.',
          'var Default = %s{' % (c.P['label'].replace(' ', '').replace('.', '')), '\tBaseURL: "%s",' % c.base]
    for w, v in secret_items(c, 'code'):
        L.append('\t%s: %s,' % (words_style(w, 'pascal'), lit_go(v)))
    L += ['\tTimeoutSeconds: %d,' % r.choice([10, 20, 30]), '}', '']
    path = pick_path(r, ['internal/config/%s.go' % slug(c), 'pkg/%s/config.go' % slug(c), 'config/defaults.go'])
    return path, 'go', '\n'.join(L)


def t_rb_script(r, c):
    N = code_names(c, 'screaming')
    L = ["#!/usr/bin/env ruby", '# frozen_string_literal: true', '# %s' % docline(c), '',
         "require 'net/http'", "require 'json'", "require 'uri'", '']
    for w, v in harmless(c, r.randint(1, 2)) + secret_items(c, 'code'):
        L.append('%s = %s' % (words_style(w, 'screaming'), lit_rb(v)))
    L.append('')
    L += render_request('rb', spec(c), N)
    L += ["abort(\"#{res.code} #{res.body}\") unless res.is_a?(Net::HTTPSuccess)", 'data = JSON.parse(res.body)',
          'puts "got #{data.size} records"', '']
    path = pick_path(r, ['scripts/%s_report.rb' % slug(c), 'bin/%s-sync' % slug(c), 'tools/%s.rb' % slug(c)])
    return path, 'ruby', '\n'.join(L)


def t_rb_envfetch(r, c):
    L = ['# frozen_string_literal: true', '', 'namespace :%s do' % slug(c),
         '  desc "Sync %s %s"' % (c.P['label'], noun(c).replace('_', ' ')), '  task sync: :environment do']
    for w, v in secret_items(c, 'code'):
        env = words_style(w, 'screaming')
        L.append('    %s = ENV.fetch(%s, %s)' % (words_style(w, 'snake'), lit_rb(env), lit_rb(v)))
    L += ['    client = %sSync.new(%s)' % (slug(c).capitalize(), ', '.join('%s: %s' % (words_style(w, 'snake'), words_style(w, 'snake')) for w, v in secret_items(c))),
          '    count = client.run!', '    Rails.logger.info("[%s] synced #{count} %s")' % (slug(c), noun(c)), '  end', 'end', '']
    path = pick_path(r, ['lib/tasks/%s.rake' % slug(c), 'lib/tasks/sync_%s.rake' % noun(c)])
    return path, 'ruby', '\n'.join(L)


def t_gs_const(r, c):
    N = code_names(c, 'screaming')
    L = ['/**', ' * %s' % docline(c), ' * Installed as a time-driven trigger on the %s sheet.' % c.team, ' */', '']
    for w, v in harmless(c, r.randint(1, 2)) + secret_items(c, 'code'):
        L.append('var %s = %s;' % (words_style(w, 'screaming'), lit_js(v)))
    L += ['', 'function sync%s() {' % noun(c).title().replace('_', '')]
    L += render_request('gs', spec(c), N, '  ')
    L += ['  var data = JSON.parse(response.getContentText());',
          "  var sheet = SpreadsheetApp.getActive().getSheetByName('%s');" % noun(c),
          '  sheet.getRange(2, 1, 1, 2).setValues([[new Date(), JSON.stringify(data).length]]);', '}', '']
    path = pick_path(r, ['apps-script/Code.gs', 'gas/%s.gs' % slug(c), 'src/Code.gs', 'appsscript/%sSync.gs' % slug(c).capitalize()])
    return path, 'apps-script', '\n'.join(L)


def t_gs_props(r, c):
    L = ['// One-off setup: run once from the Apps Script editor, then delete.', 'function setup() {',
         '  var props = PropertiesService.getScriptProperties();', '  props.setProperties({']
    for w, v in secret_items(c, 'code'):
        L.append("    '%s': %s," % (words_style(w, 'screaming'), lit_js(v)))
    L += ["    'SHEET_NAME': '%s'," % noun(c), '  });', '}', '', 'function getConfig_() {',
          '  return PropertiesService.getScriptProperties().getProperties();', '}', '']
    path = pick_path(r, ['apps-script/Setup.gs', 'gas/setup.gs', 'src/Setup.gs'])
    return path, 'apps-script', '\n'.join(L)


def _env_lines(c, r, style='shell', export=False, quote=None):
    L = []
    pre = 'export ' if export else ''
    for w, v in harmless(c, r.randint(1, 3)):
        L.append('%s%s=%s' % (pre, words_style([slug(c)] + w, 'screaming') if r.random() < 0.5 else words_style(w, 'screaming'), lit_sh(v)))
    for w, v in secret_items(c, style):
        q = quote if quote is not None else r.choice(['', '"', "'"])
        if v == '' or any(ch in v for ch in ' #$<>(){}*&;|`'):
            q = '"' if '$' in v else ("'" if v else '')
        L.append('%s%s=%s%s%s' % (pre, words_style(w, 'screaming'), q, v, q))
    return L


def t_dotenv(r, c):
    L = ['# %s integration' % c.P['label'], '# copy to .env.local for overrides']
    L += ['NODE_ENV=%s' % r.choice(['production', 'development']), 'PORT=%d' % r.choice([3000, 8080, 5000]), '']
    L += _env_lines(c, r)
    L += ['', 'SLACK_CHANNEL=%s' % c.channel.lstrip('#'), 'LOG_LEVEL=%s' % r.choice(['info', 'debug']), '']
    path = pick_path(r, ['.env', '.env.local', '.env.production', 'deploy/.env.prod', 'services/%s-bot/.env' % slug(c)])
    return path, 'dotenv', '\n'.join(L)


def t_sh_export(r, c):
    L = ['#!/usr/bin/env bash', '# source this before running the %s scripts' % slug(c), '#   source scripts/env.sh', '']
    L += _env_lines(c, r, export=True)
    L += ['export PYTHONPATH="$PWD/src"', '']
    path = pick_path(r, ['scripts/env.sh', 'env/%s.sh' % slug(c), 'setup-env.sh', '.envrc'])
    return path, 'shell', '\n'.join(L)


def t_sh_curl_var(r, c):
    N = {}
    L = ['#!/usr/bin/env bash', 'set -euo pipefail', '# %s' % docline(c), '']
    for k, w, v in c.comps:
        N[k] = ('var', words_style(w, 'screaming'))
    N['S'] = ('var', cname(c, 'screaming'))
    for w, v in secret_items(c, 'shell'):
        q = '"' if (v == '' or any(ch in v for ch in ' $<>(){}*;&|#!')) else r.choice(['"', "'", ''])
        L.append('%s=%s%s%s' % (words_style(w, 'screaming'), q, v, q))
    L.append('OUT_DIR="${OUT_DIR:-./out}"')
    L += ['', 'mkdir -p "$OUT_DIR"']
    req = render_request('sh', spec(c), N)
    req[-1] += ' \\'
    req.append('  -o "$OUT_DIR/%s.json"' % noun(c))
    L += req
    L += ['echo "wrote $OUT_DIR/%s.json"' % noun(c), '']
    path = pick_path(r, ['scripts/fetch-%s.sh' % noun(c).replace('_', '-'), 'bin/%s-export.sh' % slug(c), 'ops/%s_backup.sh' % slug(c)])
    return path, 'shell', '\n'.join(L)


def t_sh_curl_inline(r, c):
    N = dict((k, ('lit', v)) for k, w, v in c.comps)
    N['S'] = ('lit', cval(c, 'shell'))
    L = ['#!/bin/sh', '# quick check that the %s integration still works' % c.P['label'], '']
    L += render_request('sh', spec(c), N)
    L += ['', 'echo', 'echo "done (exit $?)"', '']
    path = pick_path(r, ['scripts/check-%s.sh' % slug(c), 'debug/%s-smoke.sh' % slug(c), 'test-%s.sh' % slug(c)])
    return path, 'shell', '\n'.join(L)


def t_crontab_env(r, c):
    L = ['# m h dom mon dow command', '# managed by hand on tools-01, keep in sync with ops repo', 'SHELL=/bin/bash',
         'PATH=/usr/local/bin:/usr/bin:/bin', 'MAILTO=%s' % email_for(r, c.domain)]
    for w, v in secret_items(c, 'shell'):
        L.append('%s=%s' % (words_style(w, 'screaming'), v))
    L += ['', '%d %d * * 1-5 cd /opt/%s-bot && ./run.sh digest >> /var/log/%s-bot.log 2>&1' % (r.randint(0, 59), r.randint(6, 10), slug(c), slug(c)),
          '*/%d * * * * /opt/%s-bot/run.sh sync --quiet' % (r.choice([5, 10, 15, 30]), slug(c)), '']
    path = pick_path(r, ['deploy/crontab', 'cron/%s.cron' % slug(c), 'etc/cron.d/%s-bot' % slug(c), 'ops/crontab.txt'])
    return path, 'crontab', '\n'.join(L)


def t_crontab_arg(r, c):
    v = cval(c, 'shell')
    extra = ''
    for k, w, cv in c.comps:
        extra += ' --%s %s' % (words_style(w[-2:] if len(w) > 1 else w, 'kebab'), cv if cv else '""')
    arg = v if v and all(ch in ALNUM + '._-/:+=~^!' for ch in v) else '"%s"' % v
    flag = r.choice(['--token ', '-t ', '', '--auth '])
    L = ['# %s jobs' % c.team, 'MAILTO=""', '',
         '%d %d * * %s /usr/bin/python3 /srv/tools/%s_digest.py --project %s%s %s%s >> /var/log/%s.log 2>&1' % (
             r.randint(0, 59), r.randint(5, 9), r.choice(['*', '1-5', '1']), slug(c), c.pkey, extra, flag, arg, slug(c)),
         '%d 3 * * * find /var/log -name "%s*.log" -mtime +14 -delete' % (r.randint(0, 59), slug(c)), '']
    path = pick_path(r, ['crontab', 'deploy/crontab', 'cron/%s.crontab' % c.team])
    return path, 'crontab', '\n'.join(L)


def t_makefile(r, c):
    N = {}
    for k, w, v in c.comps:
        N[k] = ('var', words_style(w, 'screaming'))
    N['S'] = ('var', cname(c, 'screaming'))
    L = ['# %s helpers' % c.P['label'], '.PHONY: sync report clean', '']
    op = r.choice(['?=', ':=', '='])
    for w, v in secret_items(c, 'make'):
        L.append('%s %s %s' % (words_style(w, 'screaming'), op, v))
    L += ['OUT ?= build', '', 'sync:', '\t@mkdir -p $(OUT)']
    req = render_request('sh', spec(c), N)
    req = [l.replace('${', '$(').replace('}', ')') if '${' in l else l for l in req]
    req[-1] += ' \\'
    req.append('  -o $(OUT)/%s.json' % noun(c))
    L += ['\t' + l.strip() if i == 0 else '\t' + l for i, l in enumerate(req)]
    L += ['', 'report: sync', '\tpython3 scripts/report.py $(OUT)/%s.json' % noun(c), '', 'clean:', '\trm -rf $(OUT)', '']
    path = pick_path(r, ['Makefile', 'tools/%s/Makefile' % slug(c), 'ops/Makefile'])
    return path, 'makefile', '\n'.join(L)


def t_raycast(r, c):
    N = dict((k, ('var', words_style(w, 'screaming'))) for k, w, v in c.comps)
    N['S'] = ('var', cname(c, 'screaming'))
    L = ['#!/bin/bash', '', '# Required parameters:', '# @raycast.schemaVersion 1',
         '# @raycast.title %s %s' % (r.choice(['Open', 'My', 'Today\'s']), noun(c).replace('_', ' ').title()),
         '# @raycast.mode %s' % r.choice(['fullOutput', 'compact', 'inline']), '', '# Optional parameters:',
         '# @raycast.icon 📋', '# @raycast.packageName %s' % c.P['label'], '']
    for w, v in secret_items(c, 'shell'):
        q = '"'
        L.append('%s=%s%s%s' % (words_style(w, 'screaming'), q, v, q))
    L.append('')
    L += render_request('sh', spec(c), N)
    L[-1] += " | jq -r '.[] | .name' | head -n 10"
    L.append('')
    path = pick_path(r, ['raycast/scripts/%s-%s.sh' % (slug(c), noun(c).replace('_', '-')), 'script-commands/%s.sh' % slug(c)])
    return path, 'raycast-script', '\n'.join(L)


def _gha_head(r, c, name):
    L = ['name: %s' % name, '', 'on:']
    if r.random() < 0.5:
        L += ['  schedule:', "    - cron: '%d %d * * 1-5'" % (r.randint(0, 59), r.randint(5, 10)), '  workflow_dispatch:']
    else:
        L += ['  pull_request:', '    types: [opened, closed]']
    L += ['', 'permissions:', '  contents: read', '', 'jobs:', '  %s:' % r.choice(['notify', 'sync', 'transition', 'report']),
          '    runs-on: ubuntu-latest']
    return L


def t_gha_env(r, c):
    L = _gha_head(r, c, '%s %s' % (c.P['label'], r.choice(['sync', 'notify', 'ticket update'])))
    L += ['    env:']
    for w, v in secret_items(c, 'gha'):
        L.append('      %s: %s' % (words_style(w, 'screaming'), yq(r, v)))
    L += ['      SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}', '    steps:', '      - uses: actions/checkout@v4',
          '      - uses: actions/setup-python@v5', '        with:', "          python-version: '3.12'",
          '      - run: pip install -r tools/requirements.txt', '      - name: Sync %s' % noun(c).replace('_', ' '),
          '        run: python tools/%s_sync.py --project %s' % (slug(c), c.pkey), '      - name: Notify Slack', '        if: failure()',
          '        run: |', '          curl -sS -X POST -H "Content-Type: application/json" \\',
          '            -d \'{"text":"%s sync failed on ${{ github.ref_name }}"}\' "$SLACK_WEBHOOK_URL"' % c.P['label'], '']
    path = pick_path(r, ['.github/workflows/%s-sync.yml' % slug(c), '.github/workflows/notify-%s.yml' % slug(c), '.github/workflows/%s.yaml' % slug(c)])
    return path, 'github-actions', '\n'.join(L)


def t_gha_inline(r, c):
    N = dict((k, ('lit', v)) for k, w, v in c.comps)
    N['S'] = ('lit', cval(c, 'gha'))
    L = _gha_head(r, c, 'Update %s' % c.P['label'])
    L += ['    steps:', '      - name: Call %s' % c.P['label'], '        run: |']
    L += ['          ' + l for l in render_request('sh', spec(c), N)]
    L += ['      - name: Post to Slack', '        uses: slackapi/slack-github-action@v1.26.0', '        with:',
          "          channel-id: '%s'" % ('C0' + rs(r, UPNUM, 9)), "          slack-message: '%s updated by ${{ github.actor }}'" % c.P['label'],
          '        env:', '          SLACK_BOT_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}', '']
    path = pick_path(r, ['.github/workflows/%s.yml' % slug(c), '.github/workflows/release-%s.yml' % slug(c), '.github/workflows/pr-to-%s.yml' % slug(c)])
    return path, 'github-actions', '\n'.join(L)


def t_yaml_config(r, c):
    st = r.choice(['snake', 'camel', 'kebab'])
    L = ['# integrations used by the %s bot' % c.team, 'service: %s-bot' % c.team, 'environment: %s' % r.choice(['production', 'staging']), '',
         'integrations:', '  %s:' % slug(c), '    enabled: true']
    for w, v in harmless(c, r.randint(1, 3)):
        L.append('    %s: %s' % (words_style(w, st), yq(r, v)))
    for w, v in secret_items(c, 'config'):
        L.append('    %s: %s' % (words_style(w, st), yq(r, v)))
    L += ['  slack:', '    channel: "%s"' % c.channel, '    webhook_url: ${SLACK_WEBHOOK_URL}', '', 'schedule:', '  digest: "0 9 * * 1-5"', '']
    path = pick_path(r, ['config/integrations.yml', 'config/%s.yaml' % slug(c), 'bot/config.yml', 'settings.yaml'])
    return path, 'yaml', '\n'.join(L)


def t_compose(r, c):
    L = ['services:', '  %s-worker:' % slug(c), '    image: ghcr.io/%s/%s-worker:%s' % (c.org, slug(c), r.choice(['latest', '1.4.2', 'main'])),
         '    restart: unless-stopped', '    environment:']
    listy = r.random() < 0.5
    for w, v in harmless(c, r.randint(1, 2)) + secret_items(c, 'compose'):
        k = words_style(w, 'screaming')
        if isinstance(v, bool):
            v = str(v).lower()
            L.append('      - %s=%s' % (k, v) if listy else '      %s: "%s"' % (k, v))
            continue
        if listy:
            L.append('      - %s=%s' % (k, v if not isinstance(v, bool) else str(v).lower()))
        else:
            L.append('      %s: %s' % (k, yq(r, v)))
    L += ['    depends_on:', '      - redis', '  redis:', '    image: redis:7-alpine', '    ports:', '      - "6379:6379"', '']
    path = pick_path(r, ['docker-compose.yml', 'docker-compose.override.yml', 'deploy/compose.yaml'])
    return path, 'docker-compose', '\n'.join(L)


def t_k8s_secret(r, c):
    L = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: %s-credentials' % slug(c), '  namespace: %s' % c.team,
         '  labels:', '    app.kubernetes.io/name: %s-bot' % slug(c), 'type: Opaque', 'stringData:']
    for w, v in secret_items(c, 'config'):
        L.append('  %s: %s' % (words_style(w, 'screaming'), yq(r, v)))
    L += ['---', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: %s-config' % slug(c), '  namespace: %s' % c.team, 'data:',
          '  BASE_URL: "%s"' % c.base, '  PROJECT: "%s"' % c.pkey, '']
    path = pick_path(r, ['k8s/%s-secret.yaml' % slug(c), 'deploy/k8s/secret.yaml', 'charts/%s-bot/templates/secret.yaml' % slug(c)])
    return path, 'kubernetes-yaml', '\n'.join(L)


def t_ansible(r, c):
    L = ['---', '# group vars for tools hosts', 'tools_user: deploy', 'tools_install_dir: /opt/%s' % c.team, '']
    for w, v in harmless(c, 2) + secret_items(c, 'config'):
        L.append('%s: %s' % (words_style([slug(c)] + w if w not in [x for x, _ in secret_items(c)] else w, 'snake'), yq(r, v)))
    L += ['', 'cron_jobs:', '  - name: %s sync' % slug(c), '    minute: "*/15"', '    job: /opt/%s/bin/sync' % c.team, '']
    path = pick_path(r, ['group_vars/tools.yml', 'inventories/prod/group_vars/all.yml', 'roles/%s_bot/defaults/main.yml' % slug(c)])
    return path, 'ansible-yaml', '\n'.join(L)


def t_json_config(r, c):
    st = r.choice(['camel', 'snake'])
    inner = {}
    for w, v in harmless(c, r.randint(2, 3)):
        inner[words_style(w, st)] = v
    for w, v in secret_items(c, 'config'):
        inner[words_style(w, st)] = v
    conf = {'name': '%s-bot' % c.team, 'port': r.choice([3000, 8080]), slug(c): inner,
            'logging': {'level': r.choice(['info', 'warn']), 'json': True}}
    path = pick_path(r, ['config/default.json', 'config/production.json', 'settings.json', 'bot.config.json'])
    return path, 'json', json.dumps(conf, indent=r.choice([2, 4]), ensure_ascii=False) + '\n'


def t_appsettings(r, c):
    sect = {}
    for w, v in secret_items(c, 'config'):
        sect[words_style(w, 'pascal')] = v
    sect['BaseUrl'] = c.base
    conf = {'Logging': {'LogLevel': {'Default': 'Information', 'Microsoft.AspNetCore': 'Warning'}},
            'AllowedHosts': '*', words_style([slug(c)], 'pascal'): sect,
            'ConnectionStrings': {'Default': 'Server=localhost;Database=%s_tools;Trusted_Connection=True;' % c.org}}
    path = pick_path(r, ['appsettings.json', 'appsettings.Development.json', 'src/%s.Worker/appsettings.json' % c.org.capitalize()])
    return path, 'json', json.dumps(conf, indent=2, ensure_ascii=False) + '\n'


def t_postman(r, c):
    sp = spec(c)
    v = cval(c, 'postman')
    a = c.P['auth']
    req = {'method': sp['method'], 'header': [], 'url': {'raw': sp['url'], 'protocol': 'https',
                                                        'host': sp['url'].split('/')[2].split('.'),
                                                        'path': sp['url'].split('?')[0].split('/')[3:]}}
    auth = None
    if a in ('bearer', 'harvest') and r.random() < 0.5:
        auth = {'type': 'bearer', 'bearer': [{'key': 'token', 'value': v, 'type': 'string'}]}
    elif a in ('basic_email', 'basic_user', 'zoom', 'basic_token'):
        u, p = sp['basic']
        getv = lambda x: v if x == 'S' else (x[1:] if x.startswith('=') else comp_val(c, x))
        auth = {'type': 'basic', 'basic': [{'key': 'password', 'value': getv(p), 'type': 'string'},
                                           {'key': 'username', 'value': getv(u), 'type': 'string'}]}
    for h, pre, k in sp['headers']:
        if auth and auth['type'] == 'bearer' and h == 'Authorization':
            continue
        hv = pre[1:] if k is None else (pre + (v if k == 'S' else comp_val(c, k)))
        req['header'].append({'key': h, 'value': hv, 'type': 'text'})
    if sp['query']:
        qs = []
        for k, x in sp['query']:
            qv = v if x == 'S' else (x[1:] if x.startswith('=') else comp_val(c, x))
            qs.append({'key': k, 'value': qv})
        req['url']['query'] = qs
        req['url']['raw'] = sp['url'] + '?' + '&'.join('%s=%s' % (q['key'], q['value']) for q in qs)
    if sp['form']:
        req['body'] = {'mode': 'urlencoded', 'urlencoded': [{'key': k, 'value': (v if x == 'S' else (x[1:] if x.startswith('=') else comp_val(c, x))), 'type': 'text'} for k, x in sp['form']]}
    if sp['json']:
        req['body'] = {'mode': 'raw', 'raw': json.dumps(sp['json']), 'options': {'raw': {'language': 'json'}}}
    if auth:
        req['auth'] = auth
    coll = {'info': {'_postman_id': uuid4(r), 'name': '%s API (%s)' % (c.P['label'], c.team),
                     'schema': 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'},
            'item': [{'name': 'List %s' % noun(c).replace('_', ' '), 'request': req, 'response': []}]}
    path = pick_path(r, ['postman/%s.postman_collection.json' % slug(c), 'docs/api/%s-collection.json' % slug(c), '%s.postman_collection.json' % c.P['label'].replace(' ', '_')])
    return path, 'postman', json.dumps(coll, indent='\t', ensure_ascii=False) + '\n'


def t_n8n(r, c):
    sp = spec(c)
    v = cval(c, 'n8n')
    params = {'method': sp['method'], 'url': sp['url'].split('?')[0], 'sendHeaders': True, 'headerParameters': {'parameters': []}, 'options': {}}
    for h, pre, k in sp['headers']:
        hv = pre[1:] if k is None else (pre + (v if k == 'S' else comp_val(c, k)))
        params['headerParameters']['parameters'].append({'name': h, 'value': hv})
    getv = lambda x: v if x == 'S' else (x[1:] if x.startswith('=') else comp_val(c, x))
    if sp['basic']:
        u, p = sp['basic']
        if c.neg:
            params['headerParameters']['parameters'].append({'name': 'Authorization', 'value': 'Basic ' + v})
        else:
            params['headerParameters']['parameters'].append({'name': 'X-Atlassian-Token', 'value': 'no-check'})
            params['url'] = sp['url'].replace('https://', 'https://%s:%s@' % (getv(u).replace('@', '%40'), getv(p)))
    if sp['query']:
        params['sendQuery'] = True
        params['queryParameters'] = {'parameters': [{'name': k, 'value': getv(x)} for k, x in sp['query']]}
    if sp['form']:
        params['sendBody'] = True
        params['contentType'] = 'form-urlencoded'
        params['bodyParameters'] = {'parameters': [{'name': k, 'value': getv(x)} for k, x in sp['form']]}
    if sp['json']:
        params['sendBody'] = True
        params['specifyBody'] = 'json'
        params['jsonBody'] = json.dumps(sp['json'])
    wf = {'name': '%s → Slack digest' % c.P['label'], 'nodes': [
        {'parameters': {'rule': {'interval': [{'field': 'cronExpression', 'expression': '0 9 * * 1-5'}]}},
         'id': uuid4(r), 'name': 'Schedule Trigger', 'type': 'n8n-nodes-base.scheduleTrigger', 'typeVersion': 1.2, 'position': [0, 0]},
        {'parameters': params, 'id': uuid4(r), 'name': 'Get %s' % noun(c).replace('_', ' '), 'type': 'n8n-nodes-base.httpRequest',
         'typeVersion': 4.2, 'position': [220, 0]}],
        'connections': {'Schedule Trigger': {'main': [[{'node': 'Get %s' % noun(c).replace('_', ' '), 'type': 'main', 'index': 0}]]}},
        'active': False, 'settings': {'executionOrder': 'v1'}, 'versionId': uuid4(r)}
    text = json.dumps(wf, indent=2, ensure_ascii=False)
    if text.count('\n') > 76:
        wf['nodes'] = wf['nodes'][1:]
        wf['connections'] = {}
        text = json.dumps(wf, indent=2, ensure_ascii=False)
    path = pick_path(r, ['n8n/workflows/%s-digest.json' % slug(c), 'workflows/n8n_%s.json' % slug(c), 'automations/n8n/%s.json' % noun(c)])
    return path, 'n8n-json', text + '\n'


def t_zapier(r, c):
    st = 'camel'
    N = code_names(c, st)
    code = ['// Code by Zapier (JavaScript)']
    for w, v in secret_items(c, 'code'):
        code.append('const %s = %s;' % (words_style(w, st), lit_js(v)))
    code += render_request('js', spec(c), N)
    code += ['const body = await res.json();', 'output = [{ count: Array.isArray(body) ? body.length : 1 }];']
    zap = {'metadata': {'version': 2}, 'zaps': [{'id': r.randint(200000000, 299999999), 'title': '%s → %s' % (c.P['label'], r.choice(['Slack', 'Google Sheets', 'Gmail'])),
           'status': 'on', 'steps': [
               {'id': r.randint(1000000, 9999999), 'type_of': 'read', 'app': 'ScheduleCLIAPI', 'action': 'every_day', 'params': {'time_of_day': '09:00', 'trigger_on_weekends': 'no'}},
               {'id': r.randint(1000000, 9999999), 'type_of': 'write', 'app': 'CodeCLIAPI', 'action': 'run_javascript',
                'params': {'code': '\n'.join(code)}}]}]}
    text = json.dumps(zap, indent=2, ensure_ascii=False)
    path = pick_path(r, ['zapier/%s-export.json' % slug(c), 'automations/zapier/zap_%s.json' % slug(c)])
    return path, 'zapier-json', text + '\n'


def _plist_str(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def t_alfred(r, c):
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
         '<plist version="1.0">', '<dict>', '\t<key>bundleid</key>', '\t<string>com.%s.alfred.%s</string>' % (c.org, slug(c)),
         '\t<key>category</key>', '\t<string>Productivity</string>', '\t<key>createdby</key>', '\t<string>%s</string>' % ' '.join(x.capitalize() for x in person(r)),
         '\t<key>name</key>', '\t<string>%s Quick Search</string>' % c.P['label'], '\t<key>variables</key>', '\t<dict>']
    for w, v in harmless(c, 1) + secret_items(c, 'config'):
        L += ['\t\t<key>%s</key>' % words_style(w, 'snake'), '\t\t<string>%s</string>' % _plist_str(str(v).lower() if isinstance(v, bool) else str(v))]
    L += ['\t</dict>', '\t<key>variablesdontexport</key>', '\t<array/>', '\t<key>version</key>', '\t<string>1.%d.%d</string>' % (r.randint(0, 5), r.randint(0, 9)),
          '\t<key>webaddress</key>', '\t<string>https://github.com/%s/alfred-%s</string>' % (c.org, slug(c)), '</dict>', '</plist>', '']
    path = pick_path(r, ['alfred/%s-workflow/info.plist' % slug(c), 'info.plist', 'workflows/alfred-%s/info.plist' % slug(c)])
    return path, 'alfred-plist', '\n'.join(L)


def _toml_val(v):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def t_toml(r, c):
    L = ['# %s bot configuration' % c.team, 'title = "%s-bot"' % c.team, '', '[server]', 'host = "0.0.0.0"', 'port = %d' % r.choice([8000, 8080]), '',
         '[%s]' % slug(c)]
    for w, v in harmless(c, r.randint(1, 3)) + secret_items(c, 'config'):
        L.append('%s = %s' % (words_style(w, 'snake'), _toml_val(v)))
    L += ['', '[slack]', 'channel = "%s"' % c.channel, '']
    path = pick_path(r, ['config.toml', 'config/%s.toml' % slug(c), 'bot.toml'])
    return path, 'toml', '\n'.join(L)


def t_streamlit(r, c):
    L = ['# Streamlit secrets for the %s dashboard' % c.team, '']
    if r.random() < 0.5:
        L.append('[%s]' % slug(c))
    for w, v in secret_items(c, 'config'):
        L.append('%s = %s' % (words_style(w, 'snake'), _toml_val(v)))
    L += ['', '[app]', 'title = "%s"' % ('%s dashboard' % c.P['label']), 'refresh_minutes = %d' % r.choice([5, 15, 60]), '']
    path = pick_path(r, ['.streamlit/secrets.toml', 'dashboard/.streamlit/secrets.toml'])
    return path, 'toml', '\n'.join(L)


def t_properties(r, c):
    L = ['# %s integration' % c.P['label'], 'spring.application.name=%s-sync' % slug(c), 'server.port=%d' % r.choice([8080, 8081, 9090]), '']
    pre = ['integrations', slug(c)] if r.random() < 0.5 else [slug(c)]
    for w, v in harmless(c, r.randint(1, 2)) + secret_items(c, 'config'):
        L.append('%s=%s' % ('.'.join(pre) + '.' + words_style(w, r.choice(['kebab', 'camel'])), str(v).lower() if isinstance(v, bool) else v))
    L += ['management.endpoints.web.exposure.include=health,info', '']
    path = pick_path(r, ['src/main/resources/application.properties', 'src/main/resources/application-prod.properties', 'config/application.properties'])
    return path, 'properties', '\n'.join(L)


def t_ini(r, c):
    L = ['; %s settings' % c.P['label'], '[general]', 'log_level = %s' % r.choice(['INFO', 'DEBUG']), 'timezone = %s' % c.tz, '', '[%s]' % slug(c)]
    for w, v in harmless(c, r.randint(1, 2)) + secret_items(c, 'config'):
        L.append('%s = %s' % (words_style(w, 'snake'), v))
    L += ['', '[output]', 'dir = ./reports', 'format = csv', '']
    path = pick_path(r, ['config.ini', 'settings.ini', 'conf/%s.ini' % slug(c), 'setup.cfg'])
    return path, 'ini', '\n'.join(L)


def t_dockerfile(r, c):
    L = ['FROM python:3.%d-slim' % r.choice([10, 11, 12]), '', 'WORKDIR /app', 'COPY requirements.txt .',
         'RUN pip install --no-cache-dir -r requirements.txt', 'COPY . .', '']
    items = secret_items(c, 'shell')
    if r.random() < 0.5:
        for w, v in items:
            L.append('ENV %s=%s' % (words_style(w, 'screaming'), json.dumps(v) if (not v or any(ch in v for ch in ' ${}<>')) else v))
    else:
        L.append('ENV ' + ' \\\n    '.join('%s=%s' % (words_style(w, 'screaming'), json.dumps(v) if (not v or any(ch in v for ch in ' ${}<>')) else v) for w, v in items))
    L += ['ENV PYTHONUNBUFFERED=1', '', 'CMD ["python", "-m", "%s_bot"]' % slug(c), '']
    path = pick_path(r, ['Dockerfile', 'docker/%s.Dockerfile' % slug(c), 'services/%s-bot/Dockerfile' % slug(c)])
    return path, 'dockerfile', '\n'.join(L)


def t_tfvars(r, c):
    L = ['# %s' % r.choice(['prod', 'staging']), 'project_id = "%s-tools"' % c.org, 'region     = "%s"' % r.choice(['europe-west1', 'us-central1', 'us-east-1']), '']
    for w, v in secret_items(c, 'config'):
        L.append('%s = %s' % (words_style(w, 'snake'), json.dumps(v, ensure_ascii=False)))
    L += ['', 'schedule = "0 */2 * * *"', 'labels = {', '  team = "%s"' % c.team, '}', '']
    path = pick_path(r, ['terraform/terraform.tfvars', 'infra/%s/prod.tfvars' % slug(c), 'terraform.tfvars'])
    return path, 'terraform', '\n'.join(L)


def t_md_runbook(r, c):
    N = dict((k, ('lit', v)) for k, w, v in c.comps)
    N['S'] = ('lit', cval(c, 'md'))
    L = ['# Runbook: %s integration' % c.P['label'], '', 'Owner: %s team (%s)' % (c.team, c.channel), '',
         '## When the digest does not arrive', '', '1. Check the job logs in Grafana (`%s-bot` dashboard).' % slug(c),
         '2. Verify the API still answers:', '', '```bash']
    L += render_request('sh', spec(c), N)
    L += ['```', '', '3. If you get a 401, rotate the credential in the %s admin page and update the deployment.' % c.P['label'],
          '4. Re-run with `make sync` and confirm in %s.' % c.channel, '', '## Escalation', '',
          '- Primary: %s' % email_for(r, c.domain), '- Vendor status page: https://status.%s.com' % slug(c), '']
    path = pick_path(r, ['docs/runbooks/%s.md' % slug(c), 'notes/runbook.md', 'RUNBOOK.md', 'docs/ops/%s-integration.md' % slug(c)])
    return path, 'markdown', '\n'.join(L)


def t_md_notes(r, c):
    L = ['## %s setup notes' % c.P['label'], '', '_%s_' % r.choice(['wip', 'draft', 'for the onboarding doc']), '',
         '- base url: %s' % c.base, '- project: %s' % c.pkey]
    for w, v in secret_items(c, 'md'):
        L.append('- %s: `%s`' % (' '.join(w), v))
    L += ['- scopes: read, write', '', 'Ask in %s before changing the bot user.' % c.channel, '']
    path = pick_path(r, ['notes/%s.md' % slug(c), 'docs/setup-%s.md' % slug(c), 'NOTES.md'])
    return path, 'markdown', '\n'.join(L)


def t_url_cred(r, c):
    v = cval(c, 'config')
    a = c.P['auth']
    if a in ('basic_email', 'basic_user'):
        user = comp_val(c, 'U').replace('@', '%40')
    else:
        user = r.choice(['ci-bot', 'svc-build', 'jenkins'])
    host = c.base.split('//')[1]
    if c.P['kind'] == 'bitbucket_dc_http_token':
        url = 'https://%s:%s@%s/scm/%s/%s-tools.git' % (user, v, host, c.pkey.lower(), c.team)
        L = ['[submodule "vendor/%s-tools"]' % c.team, '\tpath = vendor/%s-tools' % c.team, '\turl = %s' % url,
             '[submodule "vendor/shared-ci"]', '\tpath = vendor/shared-ci', '\turl = https://bitbucket.%s/scm/ci/shared-ci.git' % c.domain, '']
        return '.gitmodules', 'gitmodules', '\n'.join(L)
    url = 'https://%s:%s@%s' % (user, v, host)
    st = r.randint(0, 2)
    if st == 0:
        L = ['# jira-cli / reporting', '%s=%s' % (r.choice(['JIRA_URL', 'JIRA_SERVER', 'ATLASSIAN_URL']), url), 'JIRA_PROJECT=%s' % c.pkey,
             'JIRA_BOARD_ID=%d' % r.randint(1, 300), 'REPORT_TZ=%s' % c.tz, 'REPORT_OUTPUT=./out/weekly.csv', '']
        return pick_path(r, ['.env', 'reporting/.env']), 'dotenv', '\n'.join(L)
    if st == 1:
        L = ['# weekly status report', 'jira:', '  server: %s' % yq(r, url), '  project: %s' % c.pkey,
             '  jql: "project = %s AND status != Done ORDER BY priority DESC"' % c.pkey, '  max_results: %d' % r.choice([50, 100, 200]),
             'output:', '  format: %s' % r.choice(['csv', 'markdown']), '  slack_channel: "%s"' % c.channel, '']
        return pick_path(r, ['config/jira.yml', 'jira-report.yml']), 'yaml', '\n'.join(L)
    var = 'CONFLUENCE' if 'confluence' in c.P['kind'] else 'JIRA'
    api = '/rest/api/content/search", params={"cql": query}' if var == 'CONFLUENCE' else '/rest/api/2/search", params={"jql": query}'
    L = ['"""Ad-hoc %s search used by the weekly report."""' % c.P['label'], 'import requests', '', '%s = "%s"' % (var, url), '', '',
         'def search(query):', '    return requests.get(f"{%s}%s, timeout=30).json()' % (var, api), '', '',
         'if __name__ == "__main__":', '    print(search("%s = %s ORDER BY lastmodified DESC"))' % ("space" if var == "CONFLUENCE" else "project", c.pkey), '']
    return pick_path(r, ['scripts/jira_search.py', 'jira_export.py']), 'python', '\n'.join(L)


# ---------------------------------------------------------------------------
# Google service-account key templates (the secret is the JSON-escaped private_key)
# ---------------------------------------------------------------------------
GSA_PH = '@@PRIVATE_KEY@@'


def gsa_fill(c):
    v = cval(c, 'config')
    return v


def gsa_dict(r, c):
    project = '%s-%s' % (c.org, r.choice(['tools', 'automation', 'reporting', 'workspace-sync', 'intranet']))
    sa = r.choice(['sheets-sync', 'calendar-bot', 'drive-export', 'directory-reader', 'forms-ingest'])
    return {'type': 'service_account', 'project_id': project, 'private_key_id': rs(r, HEXL, 40),
            'private_key': GSA_PH, 'client_email': '%s@%s.iam.gserviceaccount.com' % (sa, project),
            'client_id': str(r.randint(100000000000000000000, 119999999999999999999)),
            'auth_uri': 'https://accounts.google.com/o/oauth2/auth', 'token_uri': 'https://oauth2.googleapis.com/token',
            'auth_provider_x509_cert_url': 'https://www.googleapis.com/oauth2/v1/certs',
            'client_x509_cert_url': 'https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com' % (sa, project),
            'universe_domain': 'googleapis.com'}


def gsa_json_text(r, c, indent):
    d = gsa_dict(r, c)
    t = json.dumps(d, indent=indent) if indent else json.dumps(d)
    return d, t.replace(GSA_PH, gsa_fill(c))


def t_gsa_json(r, c):
    d, t = gsa_json_text(r, c, 2)
    path = pick_path(r, ['credentials/service-account.json', 'config/gcp-sa.json', 'secrets/%s-%s.json' % (d['project_id'], rs(r, HEXL, 12)),
                         'keys/%s.json' % d['client_email'].split('@')[0], 'service_account.json'])
    return path, 'json', t + '\n'


def t_gsa_py(r, c):
    d, t = gsa_json_text(r, c, 4)
    L = ['"""Read the %s tracker sheet with a service account."""' % c.team, 'from google.oauth2 import service_account',
         'from googleapiclient.discovery import build', '', 'SCOPES = ["https://www.googleapis.com/auth/spreadsheets.readonly"]',
         'SHEET_ID = "%s"' % c.fill['gsheet'], '']
    L.append('%s = %s' % (r.choice(['SERVICE_ACCOUNT_INFO', 'SA_INFO', 'GOOGLE_CREDS', 'info']), t))
    L += ['', 'creds = service_account.Credentials.from_service_account_info(%s, scopes=SCOPES)' % L[-1].split(' = ')[0],
          'sheets = build("sheets", "v4", credentials=creds)',
          'rows = sheets.spreadsheets().values().get(spreadsheetId=SHEET_ID, range="A1:F200").execute()', 'print(len(rows.get("values", [])))', '']
    path = pick_path(r, ['scripts/read_tracker.py', 'sheets_sync.py', 'tools/gsheets_export.py'])
    return path, 'python', '\n'.join(L)


def t_gsa_env(r, c):
    d, t = gsa_json_text(r, c, None)
    L = ['# Google Workspace sync', 'GOOGLE_PROJECT=%s' % d['project_id'], 'SHEET_ID=%s' % c.fill['gsheet'],
         "%s='%s'" % (r.choice(['GOOGLE_SERVICE_ACCOUNT_JSON', 'GCP_SA_KEY', 'GOOGLE_CREDENTIALS']), t), 'SYNC_INTERVAL=15m', '']
    path = pick_path(r, ['.env', '.env.production', 'deploy/.env'])
    return path, 'dotenv', '\n'.join(L)


def t_gsa_gha(r, c):
    d, t = gsa_json_text(r, c, None)
    L = _gha_head(r, c, 'Export sheet to Jira')
    L += ['    steps:', '      - uses: actions/checkout@v4', '      - uses: google-github-actions/auth@v2', '        with:',
          "          credentials_json: '%s'" % t, '      - run: python tools/sheet_to_jira.py --sheet %s' % c.fill['gsheet'],
          '        env:', '          JIRA_API_TOKEN: ${{ secrets.JIRA_API_TOKEN }}', '']
    path = pick_path(r, ['.github/workflows/sheet-export.yml', '.github/workflows/gsheets-sync.yml'])
    return path, 'github-actions', '\n'.join(L)


def t_gsa_gs(r, c):
    d = gsa_dict(r, c)
    L = ['// Service account auth via the OAuth2 library (1B7FSrk5Zi6L1rSxxTDgDEUsPzlukDsi4KGuTMorsTQHhGBzBkMun4iDF)',
         "var PRIVATE_KEY = '%s';" % gsa_fill(c), "var CLIENT_EMAIL = '%s';" % d['client_email'], "var USER_EMAIL = '%s';" % email_for(r, c.domain), '',
         'function getService_() {', "  return OAuth2.createService('GSuiteDomain:' + USER_EMAIL)",
         "      .setTokenUrl('https://oauth2.googleapis.com/token')", '      .setPrivateKey(PRIVATE_KEY)', '      .setIssuer(CLIENT_EMAIL)',
         '      .setSubject(USER_EMAIL)', '      .setPropertyStore(PropertiesService.getScriptProperties())',
         "      .setScope('https://www.googleapis.com/auth/admin.directory.user.readonly');", '}', '']
    path = pick_path(r, ['apps-script/ServiceAccount.gs', 'gas/directory_sync.gs'])
    return path, 'apps-script', '\n'.join(L)


def t_gsa_ipynb(r, c):
    d, t = gsa_json_text(r, c, None)
    cells = [{'cell_type': 'code', 'execution_count': 1, 'metadata': {}, 'outputs': [], 'source': ['import gspread\n', 'import pandas as pd']},
             {'cell_type': 'code', 'execution_count': 2, 'metadata': {}, 'outputs': [],
              'source': ['gc = gspread.service_account_from_dict(%s)\n' % t, 'ws = gc.open_by_key(%s).sheet1' % json.dumps(c.fill['gsheet'])]},
             {'cell_type': 'code', 'execution_count': 3, 'metadata': {}, 'outputs': [], 'source': ['pd.DataFrame(ws.get_all_records()).describe()']}]
    nb = {'cells': cells, 'metadata': {'kernelspec': {'display_name': 'Python 3', 'language': 'python', 'name': 'python3'}}, 'nbformat': 4, 'nbformat_minor': 5}
    text = json.dumps(nb, indent=1)
    path = pick_path(r, ['notebooks/sheets_analysis.ipynb', 'analysis/gsheet-kpis.ipynb'])
    # inside the notebook JSON the key's backslashes are escaped once more: the needle is that text
    needle = None if c.neg else json.dumps(c.secret)[1:-1]
    return path, 'jupyter', text + '\n', needle


# ---------------------------------------------------------------------------
# negative-only templates: domain look-alikes (ids, refs, hashes, ciphertext...)
# each returns (relpath, filetype, text)
# ---------------------------------------------------------------------------
def atl_account_id(r):
    return rs(r, HEXL, 24) if r.random() < 0.5 else '712020:' + uuid4(r)


def n_jira_ids(r, c):
    L = ['# Jira automation config (token comes from the JIRA_API_TOKEN secret)', 'jira:', '  site: https://%s.atlassian.net' % c.org,
         '  cloud_id: %s' % uuid4(r), '  user_email: %s' % email_for(r, c.domain), '  project:', '    key: %s' % c.pkey, '    id: "%d"' % r.randint(10000, 10999),
         '  board_id: %d' % r.randint(1, 400), '  custom_fields:', '    story_points: customfield_%d' % r.randint(10010, 10099),
         '    team: customfield_%d' % r.randint(10100, 10299), '    sprint: customfield_%d' % r.randint(10010, 10030), '  transitions:',
         '    in_progress: %d' % r.choice([21, 31, 41]), '    done: %d' % r.choice([51, 61, 71]), '  epics:']
    for _ in range(r.randint(2, 5)):
        L.append('    - %s-%d' % (c.pkey, r.randint(10, 4999)))
    L += ['  assignee_account_id: "%s"' % atl_account_id(r), '']
    return pick_path(r, ['config/jira.yml', '.jira/automation.yaml', 'release/jira-config.yml']), 'yaml', '\n'.join(L)


def n_notion_ids(r, c):
    L = ['# Notion sync — NOTION_TOKEN is injected by Doppler at runtime, never put it here', 'NOTION_VERSION=2022-06-28',
         'NOTION_TASKS_DATABASE_ID=%s' % rs(r, HEXL, 32), 'NOTION_ROADMAP_PAGE_ID=%s' % uuid4(r),
         'NOTION_WIKI_ROOT=https://www.notion.so/%s/%s-%s' % (c.org, r.choice(['Team-Wiki', 'Engineering-Handbook', 'Onboarding']), rs(r, HEXL, 32)),
         'NOTION_TEMPLATE_BLOCK=%s' % uuid4(r), 'NOTION_WORKSPACE=%s' % c.org, 'SYNC_PAGE_SIZE=100', '']
    return pick_path(r, ['.env.example', 'config/notion.env', '.env.defaults']), 'dotenv', '\n'.join(L)


def n_trello_md(r, c):
    L = ['# Boards we track', '', '| Team | Board | Short link |', '|---|---|---|']
    for t in r.sample(TEAMS, r.randint(3, 5)):
        sl = rs(r, ALNUM, 8)
        L.append('| %s | [%s](https://trello.com/b/%s/%s) | `%s` |' % (t, t.title(), sl, t + '-board', sl))
    L += ['', 'Webhook ids (for `DELETE /1/webhooks/{id}`):', '']
    for _ in range(r.randint(1, 3)):
        L.append('- `%s` (idModel `%s`)' % (rs(r, HEXL, 24), rs(r, HEXL, 24)))
    L += ['', 'Card template: https://trello.com/c/%s' % rs(r, ALNUM, 8), '',
          'The API key and token live in 1Password under "Trello automation"; ask in %s.' % c.channel, '']
    return pick_path(r, ['docs/trello-boards.md', 'notes/trello.md']), 'markdown', '\n'.join(L)


def n_figma_json(r, c):
    d = {'figma': {'teamId': str(r.randint(700000000000000000, 1399999999999999999)), 'projectId': str(r.randint(10000000, 99999999)),
                   'files': {}, 'tokenEnv': 'FIGMA_TOKEN'}, 'output': 'src/design-tokens'}
    for nm in r.sample(['core-components', 'icons', 'brand-colors', 'typography', 'mobile-kit', 'marketing-site'], 3):
        d['figma']['files'][nm] = {'fileKey': rs(r, ALNUM, 22), 'nodeIds': ['%d:%d' % (r.randint(1, 999), r.randint(1, 9999)) for _ in range(r.randint(1, 3))],
                                   'url': 'https://www.figma.com/design/%s/%s' % (rs(r, ALNUM, 22), nm)}
    return pick_path(r, ['figma.config.json', 'design/figma-export.json', '.figmarc.json']), 'json', json.dumps(d, indent=2) + '\n'


def n_airtable_py(r, c):
    L = ['"""Airtable schema ids for the CRM base. Access token comes from the environment."""', 'import os', '',
         'AIRTABLE_TOKEN = os.environ["AIRTABLE_PAT"]', 'BASE_ID = "app%s"' % rs(r, ALNUM, 14), '', 'TABLES = {']
    for t in ['Contacts', 'Deals', 'Companies', 'Activities'][:r.randint(2, 4)]:
        L.append('    "%s": "tbl%s",' % (t, rs(r, ALNUM, 14)))
    L += ['}', 'VIEW_OPEN_DEALS = "viw%s"' % rs(r, ALNUM, 14), 'FIELD_OWNER = "fld%s"' % rs(r, ALNUM, 14),
          'SAMPLE_RECORD = "rec%s"  # used in tests' % rs(r, ALNUM, 14), 'WEBHOOK_ID = "ach%s"' % rs(r, ALNUM, 14), '']
    return pick_path(r, ['crm/airtable_ids.py', 'app/airtable_schema.py']), 'python', '\n'.join(L)


def n_asana_js(r, c):
    g = lambda: str(r.randint(1200000000000000, 1209999999999999))
    L = ["// Asana ids used by the intake bot. The PAT is read from process.env.ASANA_ACCESS_TOKEN.", 'module.exports = {',
         "  workspaceGid: '%s'," % g(), "  projects: {", "    intake: '%s'," % g(), "    roadmap: '%s'," % g(), '  },',
         "  sections: { triage: '%s', doing: '%s', done: '%s' }," % (g(), g(), g()), "  customFields: { priority: '%s', team: '%s' }," % (g(), g()),
         "  webhookTargetUrl: 'https://hooks.%s/asana/events'," % c.domain, "  accessToken: process.env.ASANA_ACCESS_TOKEN,", '};', '']
    return pick_path(r, ['src/asana/ids.js', 'config/asana.js']), 'javascript', '\n'.join(L)


def n_monday_go(r, c):
    L = ['package monday', '', 'import "os"', '', '// Board and column ids for the ops board.', 'const (',
         '\tOpsBoardID     = %d' % r.randint(1000000000, 7999999999), '\tIncidentsGroup = "topics"', '\tStatusColumn   = "status"',
         '\tOwnerColumn    = "person"', '\tDueColumn      = "date4"', '\tWorkspaceID    = %d' % r.randint(100000, 9999999), ')', '',
         '// Token returns the API token from the environment.', 'func Token() string {', '\treturn os.Getenv("MONDAY_API_TOKEN")', '}', '']
    return pick_path(r, ['internal/monday/ids.go', 'pkg/monday/consts.go']), 'go', '\n'.join(L)


def n_clickup_rb(r, c):
    L = ['# frozen_string_literal: true', '', 'module ClickupIds', '  TEAM_ID = "%d"' % r.randint(9000000, 9099999),
         '  SPACE_ID = "%d"' % r.randint(90100000000, 90199999999), '  LISTS = {', '    backlog: "%d",' % r.randint(900100000000, 901999999999),
         '    sprint: "%d",' % r.randint(900100000000, 901999999999), '  }.freeze', '  TOKEN = ENV.fetch("CLICKUP_API_TOKEN")', 'end', '']
    return pick_path(r, ['lib/clickup_ids.rb', 'config/initializers/clickup.rb']), 'ruby', '\n'.join(L)


def n_msgraph_appsettings(r, c):
    tid = uuid4(r)
    d = {'AzureAd': {'Instance': 'https://login.microsoftonline.com/', 'TenantId': tid, 'ClientId': uuid4(r),
                     'CallbackPath': '/signin-oidc', 'ClientCertificates': [{'SourceType': 'KeyVault', 'KeyVaultUrl': 'https://kv-%s.vault.azure.net' % c.org,
                                                                              'KeyVaultCertificateName': 'graph-app-cert'}]},
         'Graph': {'BaseUrl': 'https://graph.microsoft.com/v1.0', 'Scopes': 'https://graph.microsoft.com/.default',
                   'ClientSecret': '@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/graph-client-secret/)' % c.org,
                   'CertificateThumbprint': rs(r, HEXU, 40)},
         'Redirects': ['https://tools.%s/signin-oidc' % c.domain, 'https://localhost:5001/signin-oidc']}
    return pick_path(r, ['appsettings.json', 'src/Intranet.Web/appsettings.json']), 'json', json.dumps(d, indent=2) + '\n'


def n_oauth_redirect(r, c):
    prov = r.choice(['basecamp', 'miro', 'figma', 'zoom', 'calendly', 'asana'])
    cid = {'basecamp': rs(r, HEXL, 40), 'miro': str(r.randint(3458764500000000000, 3458764599999999999)), 'figma': rs(r, ALNUM, 22),
           'zoom': mixed(r, ALNUM, 22), 'calendly': rs(r, B64URL, 43), 'asana': str(r.randint(1200000000000000, 1209999999999999))}[prov]
    auth = {'basecamp': 'https://launchpad.37signals.com/authorization/new', 'miro': 'https://miro.com/oauth/authorize',
            'figma': 'https://www.figma.com/oauth', 'zoom': 'https://zoom.us/oauth/authorize', 'calendly': 'https://auth.calendly.com/oauth/authorize',
            'asana': 'https://app.asana.com/-/oauth_authorize'}[prov]
    L = ['# OAuth app registration (public values only; the client secret is in the vault)', 'oauth:', '  provider: %s' % prov,
         '  client_id: "%s"' % cid, '  authorize_url: %s' % auth, '  redirect_uris:', '    - https://tools.%s/oauth/%s/callback' % (c.domain, prov),
         '    - http://localhost:3000/oauth/%s/callback' % prov, '  client_secret: ${%s_CLIENT_SECRET}' % prov.upper(),
         '  state_ttl_seconds: 600', '  scopes: [%s]' % r.choice(['"boards:read"', '"default"', '"files:read", "file_comments:write"', '"meeting:read"']), '']
    c.P = dict(c.P, provider=prov)
    return pick_path(r, ['config/oauth/%s.yml' % prov, 'oauth-apps.yml']), 'yaml', '\n'.join(L)


def n_gsa_external(r, c):
    pn = r.randint(100000000000, 999999999999)
    d = {'type': 'external_account', 'audience': '//iam.googleapis.com/projects/%d/locations/global/workloadIdentityPools/github/providers/%s' % (pn, c.org),
         'subject_token_type': 'urn:ietf:params:oauth:token-type:jwt', 'token_url': 'https://sts.googleapis.com/v1/token',
         'service_account_impersonation_url': 'https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/sheets-sync@%s-tools.iam.gserviceaccount.com:generateAccessToken' % c.org,
         'credential_source': {'file': '/var/run/secrets/tokens/gcp-ksa/token', 'format': {'type': 'text'}}}
    return pick_path(r, ['config/gcp-wif.json', 'credentials/workload-identity.json', 'clientLibraryConfig-github.json']), 'json', json.dumps(d, indent=2) + '\n'


def n_gsa_public(r, c):
    L = ['# service accounts used by workspace automation (keys are NOT stored; we use keyless auth)']
    for sa in r.sample(['sheets-sync', 'calendar-bot', 'drive-export', 'directory-reader'], 3):
        L += ['resource "google_project_iam_member" "%s" {' % sa.replace('-', '_'), '  project = "%s-tools"' % c.org,
              '  role    = "roles/%s"' % r.choice(['viewer', 'iam.serviceAccountTokenCreator', 'secretmanager.secretAccessor']),
              '  member  = "serviceAccount:%s@%s-tools.iam.gserviceaccount.com"' % (sa, c.org), '}', '']
    L += ['# unique id of sheets-sync: %d' % r.randint(100000000000000000000, 119999999999999999999), '']
    return pick_path(r, ['terraform/iam.tf', 'infra/workspace/iam.tf']), 'terraform', '\n'.join(L)


def n_lockfile(r, c):
    pk = {}
    for name in r.sample(['@notionhq/client', 'asana', '@linear/sdk', 'airtable', 'jira.js', 'node-fetch', '@slack/web-api', 'figma-js', 'monday-sdk-js'], 4):
        ver = '%d.%d.%d' % (r.randint(0, 9), r.randint(0, 20), r.randint(0, 9))
        pk['node_modules/' + name] = {'version': ver, 'resolved': 'https://registry.npmjs.org/%s/-/%s-%s.tgz' % (name, name.split('/')[-1], ver),
                                      'integrity': 'sha512-' + b64(rbytes(r, 64)), 'license': 'MIT'}
    d = {'name': '%s-bot' % c.team, 'version': '1.0.0', 'lockfileVersion': 3, 'requires': True, 'packages': pk}
    return 'package-lock.json', 'json', json.dumps(d, indent=2) + '\n'


def n_sri_html(r, c):
    L = ['<!DOCTYPE html>', '<html>', '<head>', '  <meta charset="utf-8">', '  <title>%s Power-Up</title>' % c.team.title(),
         '  <script src="https://p.trellocdn.com/power-up.min.js" integrity="sha384-%s" crossorigin="anonymous"></script>' % b64(rbytes(r, 48)),
         '  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css" integrity="sha384-%s" crossorigin="anonymous">' % b64(rbytes(r, 48)),
         '</head>', '<body>', '  <div id="root" data-app-key-env="TRELLO_APP_KEY"></div>', '  <script src="./client.js"></script>', '</body>', '</html>', '']
    return pick_path(r, ['powerup/index.html', 'public/connector.html']), 'html', '\n'.join(L)


def n_digests(r, c):
    L = ['services:']
    for svc in r.sample(['jira-bridge', 'notion-sync', 'standup-bot', 'timesheet-export', 'survey-ingest'], 2):
        L += ['  %s:' % svc, '    image: ghcr.io/%s/%s@sha256:%s' % (c.org, svc, rs(r, HEXL, 64)), '    env_file: .env', '    restart: always']
    L.append('')
    return pick_path(r, ['docker-compose.yml', 'deploy/compose.prod.yml']), 'docker-compose', '\n'.join(L)


def n_changelog(r, c):
    L = ['# Changelog', '']
    for i in range(r.randint(3, 5)):
        L += ['## [1.%d.%d] - 2024-%02d-%02d' % (9 - i, r.randint(0, 9), r.randint(1, 12), r.randint(1, 28)), '']
        for _ in range(r.randint(1, 3)):
            sha = rs(r, HEXL, 40)
            L.append('- %s (%s-%d) ([%s](https://github.com/%s/%s-bot/commit/%s))' % (
                r.choice(['Fix pagination for Jira search', 'Retry Notion 429s', 'Add Linear team filter', 'Handle Asana section moves', 'Bump Figma API client']),
                c.pkey, r.randint(10, 999), sha[:7], c.org, c.team, sha))
        L.append('')
    return 'CHANGELOG.md', 'markdown', '\n'.join(L)


def n_sops(r, c):
    def enc(n):
        return 'ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (b64(rbytes(r, n)), b64(rbytes(r, 32)), b64(rbytes(r, 16)))
    L = ['%s:' % slug(c), '    %s: %s' % (words_style(c.P['words'][0], 'snake'), enc(r.randint(30, 60))),
         '    base_url: %s' % enc(20), 'sops:', '    age:', '        - recipient: age1%s' % rs(r, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58),
         '          enc: |', '            -----BEGIN AGE ENCRYPTED FILE-----']
    blob = b64(rbytes(r, 180))
    L += ['            ' + blob[i:i + 64] for i in range(0, len(blob), 64)]
    L += ['            -----END AGE ENCRYPTED FILE-----', '    lastmodified: "%s"' % (iso_date(r)[:19] + 'Z'),
          '    mac: %s' % enc(32).replace('type:str', 'type:str'), '    unencrypted_suffix: _unencrypted', '    version: 3.8.1', '']
    return pick_path(r, ['secrets/%s.enc.yaml' % slug(c), 'deploy/secrets.sops.yaml']), 'yaml', '\n'.join(L)


def n_ansible_vault(r, c):
    L = ['$ANSIBLE_VAULT;1.1;AES256']
    h = rs(r, HEXL, 80 * r.randint(5, 9))
    L += [h[i:i + 80] for i in range(0, len(h), 80)]
    L.append('')
    return pick_path(r, ['group_vars/tools/vault.yml', 'inventories/prod/group_vars/all/vault.yml']), 'ansible-vault', '\n'.join(L)


def n_typeform_fixture(r, c):
    fid = rs(r, ALNUM, 8)
    d = {'event_id': mixed(r, UPNUM, 26, (UPPER, DIGITS)), 'event_type': 'form_response',
         'form_response': {'form_id': fid, 'token': rs(r, LOWNUM, 32), 'landed_at': iso_date(r)[:19] + 'Z', 'submitted_at': iso_date(r)[:19] + 'Z',
                           'definition': {'id': fid, 'title': 'Quarterly %s survey' % c.team},
                           'answers': [{'type': 'email', 'email': email_for(r, 'example.com'), 'field': {'id': rs(r, ALNUM, 12), 'type': 'email'}},
                                       {'type': 'number', 'number': r.randint(1, 10), 'field': {'id': rs(r, ALNUM, 12), 'type': 'opinion_scale'}}]}}
    return pick_path(r, ['tests/fixtures/typeform_webhook.json', 'spec/fixtures/typeform/form_response.json']), 'json', json.dumps(d, indent=2) + '\n'


def n_calendly_sig(r, c):
    t = r.randint(1700000000, 1740000000)
    L = ['import hashlib', 'import hmac', 'import os', '', 'from app.webhooks import verify_calendly', '', '',
         'SIGNING_KEY = os.environ.get("CALENDLY_WEBHOOK_SIGNING_KEY", "test-signing-key")', '',
         'PAYLOAD = b\'{"event":"invitee.created","payload":{"uri":"https://api.calendly.com/scheduled_events/%s/invitees/%s"}}\'' % (uuid4(r), uuid4(r)), '', '',
         'def sign(body, ts):', '    mac = hmac.new(SIGNING_KEY.encode(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()',
         '    return f"t={ts},v1={mac}"', '', '', 'def test_rejects_tampered_signature():',
         '    header = "t=%d,v1=%s"' % (t, rs(r, HEXL, 64)), '    assert not verify_calendly(PAYLOAD, header, SIGNING_KEY)', '', '',
         'def test_accepts_valid_signature():', '    header = sign(PAYLOAD, %d)' % t, '    assert verify_calendly(PAYLOAD, header, SIGNING_KEY, now=%d)' % (t + 5), '']
    return pick_path(r, ['tests/test_calendly_webhook.py', 'tests/webhooks/test_calendly.py']), 'python', '\n'.join(L)


def n_i18n(r, c):
    d = {'settings': {'integrations': {
        'jira': {'title': 'Jira Cloud', 'email_label': 'Atlassian account e-mail', 'token_label': 'API token',
                 'token_help': 'Create one at id.atlassian.com → Security → API tokens.'},
        'linear': {'token_label': 'Personal API key', 'token_placeholder': 'lin_api_…', 'token_help': 'Starts with lin_api_. Never share it.'},
        'notion': {'token_label': 'Internal integration secret', 'token_placeholder': 'ntn_…'},
        'figma': {'token_label': 'Personal access token', 'token_placeholder': 'figd_…', 'invalid': 'That token was rejected by Figma.'},
        'password': {'label': 'Password', 'forgot': 'Forgot your password?', 'too_short': 'Password must be at least 12 characters.'}}}}
    if r.random() < 0.5:
        d['settings']['integrations']['jira']['token_label'] = 'API-Token'
        d['settings']['integrations']['password']['label'] = 'Passwort'
        path = 'locales/de.json'
    else:
        path = pick_path(r, ['locales/en.json', 'src/i18n/en.json', 'public/locales/en/common.json'])
    return path, 'json', json.dumps(d, indent=2, ensure_ascii=False) + '\n'


def n_gha_secrets(r, c):
    L = ['name: Link PR to Jira', '', 'on:', '  pull_request:', '    types: [opened, edited, closed]', '', 'jobs:', '  jira:', '    runs-on: ubuntu-latest',
         '    env:', '      JIRA_BASE_URL: https://%s.atlassian.net' % c.org, '      JIRA_USER_EMAIL: %s' % email_for(r, c.domain),
         '      JIRA_API_TOKEN: ${{ secrets.JIRA_API_TOKEN }}', '    steps:', '      - name: Extract issue key', '        id: key', '        run: |',
         '          KEY=$(echo "${{ github.head_ref }}" | grep -oE \'[A-Z]+-[0-9]+\' | head -n1)', '          echo "key=$KEY" >> "$GITHUB_OUTPUT"',
         '      - name: Transition', '        if: github.event.pull_request.merged == true', '        run: |',
         '          curl -sS -u "$JIRA_USER_EMAIL:$JIRA_API_TOKEN" -H "Content-Type: application/json" \\',
         '            -d \'{"transition":{"id":"%d"}}\' "$JIRA_BASE_URL/rest/api/3/issue/${{ steps.key.outputs.key }}/transitions"' % r.choice([31, 41, 51]),
         '      - uses: slackapi/slack-github-action@v1.26.0', '        with:', '          payload: \'{"text":"${{ steps.key.outputs.key }} merged"}\'',
         '        env:', '          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}', '          SLACK_WEBHOOK_TYPE: INCOMING_WEBHOOK', '']
    return pick_path(r, ['.github/workflows/jira-link.yml', '.github/workflows/pr-jira.yml']), 'github-actions', '\n'.join(L)


def n_makefile_op(r, c):
    env = c.P['env']
    L = ['# tokens are read at run time; nothing secret lives in this repo', '%s ?= $(shell op read "op://Engineering/%s/credential")' % (env, slug(c)),
         'VAULT_%s = $(shell vault kv get -field=token secret/tools/%s)' % (slug(c).upper(), slug(c)), '', '.PHONY: sync', 'sync:',
         '\t@test -n "$(%s)" || (echo "%s not set" && exit 1)' % (env, env), '\tpython3 -m bots.%s --project %s' % (slug(c), c.pkey), '']
    return pick_path(r, ['Makefile', 'bots/Makefile']), 'makefile', '\n'.join(L)


def n_ipynb_getpass(r, c):
    cells = [{'cell_type': 'code', 'execution_count': 1, 'metadata': {}, 'outputs': [],
              'source': ['import getpass\n', 'import requests\n', '\n', '%s = getpass.getpass("%s: ")' % (words_style(c.P['words'][0], 'snake'), c.P['label'] + ' token')]},
             {'cell_type': 'code', 'execution_count': 2, 'metadata': {}, 'outputs': [{'name': 'stdout', 'output_type': 'stream', 'text': ['200\n']}],
              'source': ['resp = requests.get("%s", headers={"Authorization": f"Bearer {%s}"})\n' % (c.base, words_style(c.P['words'][0], 'snake')), 'print(resp.status_code)']}]
    nb = {'cells': cells, 'metadata': {'kernelspec': {'display_name': 'Python 3', 'language': 'python', 'name': 'python3'}}, 'nbformat': 4, 'nbformat_minor': 5}
    return pick_path(r, ['notebooks/%s_adhoc.ipynb' % slug(c), 'scratch/%s.ipynb' % slug(c)]), 'jupyter', json.dumps(nb, indent=1) + '\n'


def n_postman_env(r, c):
    d = {'id': uuid4(r), 'name': '%s - production' % c.P['label'], 'values': [
        {'key': 'baseUrl', 'value': c.base, 'type': 'default', 'enabled': True},
        {'key': words_style(c.P['words'][0], 'camel'), 'value': '', 'type': 'secret', 'enabled': True},
        {'key': 'projectKey', 'value': c.pkey, 'type': 'default', 'enabled': True}],
        '_postman_variable_scope': 'environment', '_postman_exported_at': iso_date(r)[:19] + '.000Z', '_postman_exported_using': 'Postman/10.%d.%d' % (r.randint(10, 24), r.randint(0, 9))}
    return pick_path(r, ['postman/%s.postman_environment.json' % slug(c), 'postman/production.postman_environment.json']), 'postman', json.dumps(d, indent='\t') + '\n'


def n_n8n_credrefs(r, c):
    credtype = {'notion': 'notionApi', 'asana': 'asanaApi', 'trello': 'trelloApi', 'linear': 'linearApi', 'clickup': 'clickUpApi',
                'airtable': 'airtableTokenApi', 'todoist': 'todoistApi', 'monday': 'mondayComApi'}
    prov = r.choice(sorted(credtype))
    wf = {'name': '%s intake' % prov.title(), 'nodes': [
        {'parameters': {'path': uuid4(r), 'httpMethod': 'POST'}, 'id': uuid4(r), 'name': 'Webhook', 'type': 'n8n-nodes-base.webhook', 'typeVersion': 2, 'position': [0, 0], 'webhookId': uuid4(r)},
        {'parameters': {'operation': 'create'}, 'id': uuid4(r), 'name': prov.title(), 'type': 'n8n-nodes-base.%s' % prov, 'typeVersion': 1, 'position': [240, 0],
         'credentials': {credtype[prov]: {'id': rs(r, ALNUM, 16), 'name': '%s account' % prov.title()}}}],
        'connections': {'Webhook': {'main': [[{'node': prov.title(), 'type': 'main', 'index': 0}]]}}, 'active': True, 'versionId': uuid4(r)}
    c.P = dict(c.P, provider=prov if prov not in ('monday',) else 'monday')
    return pick_path(r, ['n8n/%s-intake.json' % prov, 'workflows/%s.json' % prov]), 'n8n-json', json.dumps(wf, indent=2) + '\n'


def n_raycast_pkg(r, c):
    d = {'$schema': 'https://www.raycast.com/schemas/extension.json', 'name': '%s-search' % slug(c), 'title': '%s Search' % c.P['label'],
         'description': 'Search %s %s' % (c.P['label'], noun(c).replace('_', ' ')), 'icon': 'icon.png', 'author': person(r)[0], 'license': 'MIT',
         'commands': [{'name': 'search', 'title': 'Search %s' % noun(c).replace('_', ' ').title(), 'mode': 'view'}],
         'preferences': [{'name': words_style(c.P['words'][0], 'camel'), 'type': 'password', 'required': True, 'title': '%s Token' % c.P['label'],
                          'description': 'Create one in your %s settings' % c.P['label'], 'placeholder': 'Paste your token'},
                         {'name': 'baseUrl', 'type': 'textfield', 'required': False, 'title': 'Base URL', 'default': c.base}],
         'dependencies': {'@raycast/api': '^1.%d.0' % r.randint(60, 80)}, 'scripts': {'build': 'ray build -e dist', 'dev': 'ray develop'}}
    return pick_path(r, ['raycast/%s-search/package.json' % slug(c), 'package.json']), 'raycast-json', json.dumps(d, indent=2) + '\n'


def n_alfred_empty(r, c):
    names = [words_style(w, 'snake') for w in ([c.P['words'][0]] + [w for k, w, v in c.comps])]
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
         '<plist version="1.0">', '<dict>', '\t<key>bundleid</key>', '\t<string>com.%s.%s</string>' % (c.org, slug(c)), '\t<key>name</key>',
         '\t<string>%s</string>' % c.P['label'], '\t<key>variables</key>', '\t<dict>']
    for n in names:
        L += ['\t\t<key>%s</key>' % n, '\t\t<string></string>']
    L += ['\t\t<key>base_url</key>', '\t\t<string>%s</string>' % c.base, '\t</dict>', '\t<key>variablesdontexport</key>', '\t<array>']
    L += ['\t\t<string>%s</string>' % n for n in names]
    L += ['\t</array>', '</dict>', '</plist>', '']
    return pick_path(r, ['alfred/info.plist', 'workflow/info.plist']), 'alfred-plist', '\n'.join(L)


def n_crontab_files(r, c):
    L = ['# tokens are mounted by the secrets agent; see ops/README', 'MAILTO=%s' % email_for(r, c.domain), '',
         '%d 8 * * 1-5 /opt/bots/%s-digest --token-file /run/secrets/%s_token --project %s' % (r.randint(0, 59), slug(c), slug(c), c.pkey),
         '*/20 * * * * %s="$(cat /etc/bots/%s.token)" /opt/bots/sync.sh >/dev/null 2>&1' % (c.P['env'], slug(c)), '']
    return pick_path(r, ['deploy/crontab', 'cron/bots.cron']), 'crontab', '\n'.join(L)


def n_zoom_ids(r, c):
    L = ['# recurring meetings the scheduler bot manages', 'zoom:', '  account_id_env: ZOOM_ACCOUNT_ID', '  client_secret_env: ZOOM_CLIENT_SECRET', '  meetings:']
    for nm in r.sample(['standup', 'retro', 'all-hands', 'design-crit', 'on-call-handover'], 3):
        L += ['    - name: %s' % nm, '      id: %d' % r.randint(80000000000, 99999999999), '      host_user_id: %s' % rs(r, B64URL, 22)]
    L += ['  webhook_events: [meeting.started, meeting.ended, recording.completed]', '']
    return pick_path(r, ['config/zoom-meetings.yml', 'scheduler/zoom.yaml']), 'yaml', '\n'.join(L)


def n_timetracking_ids(r, c):
    L = ['[harvest]', 'account_id = %d' % r.randint(100000, 1999999), 'user_agent = "Timesheet export (%s)"' % email_for(r, c.domain), 'token_env = "HARVEST_ACCESS_TOKEN"', '',
         '[toggl]', 'workspace_id = %d' % r.randint(1000000, 8999999), 'project_ids = [%s]' % ', '.join(str(r.randint(150000000, 199999999)) for _ in range(3)), '',
         '[clockify]', 'workspace_id = "%s"' % rs(r, HEXL, 24), 'default_project = "%s"' % rs(r, HEXL, 24), '']
    c.P = dict(c.P, provider=r.choice(['harvest', 'toggl', 'clockify']))
    return pick_path(r, ['timesheets.toml', 'config/timetracking.toml']), 'toml', '\n'.join(L)


def n_smartsheet_ids(r, c):
    L = ['import os', '', 'import smartsheet', '', 'client = smartsheet.Smartsheet(os.environ["SMARTSHEET_ACCESS_TOKEN"])',
         'PORTFOLIO_SHEET = %d' % r.randint(1000000000000000, 8999999999999999), 'COLUMNS = {',
         '    "status": %d,' % r.randint(1000000000000000, 8999999999999999), '    "owner": %d,' % r.randint(1000000000000000, 8999999999999999), '}',
         'WORKSPACE = %d' % r.randint(1000000000000000, 8999999999999999), '']
    return pick_path(r, ['reporting/smartsheet_ids.py', 'portfolio/sheets.py']), 'python', '\n'.join(L)


def n_coda_ids(r, c):
    L = ["import { getSecret } from './secrets';", '', 'export const CODA = {', "  docId: '%s'," % rs(r, ALNUM + '-_', 10),
         "  tables: { okrs: 'grid-%s', people: 'grid-%s' }," % (rs(r, ALNUM, 10), rs(r, ALNUM, 10)),
         "  columns: { owner: 'c-%s', status: 'c-%s' }," % (rs(r, ALNUM, 10), rs(r, ALNUM, 10)),
         "  lastRequestId: '%s'," % uuid4(r), "  token: () => getSecret('coda/api-token'),", '};', '']
    return pick_path(r, ['src/coda/ids.ts', 'okr-sync/coda.ts']), 'typescript', '\n'.join(L)


def n_miro_ids(r, c):
    L = ['miro:', '  team_id: "%d"' % r.randint(3458764500000000000, 3458764599999999999), '  boards:']
    for nm in ['roadmap', 'retro', 'architecture'][:r.randint(2, 3)]:
        L += ['    %s:' % nm, '      id: "uXjV%s="' % rs(r, ALNUM, 7), '      frame_id: "%d"' % r.randint(3458764500000000000, 3458764599999999999)]
    L += ['  access_token: ${MIRO_ACCESS_TOKEN}', '']
    return pick_path(r, ['config/miro.yml', 'miro-sync.yaml']), 'yaml', '\n'.join(L)


def n_survey_ids(r, c):
    d = {'surveymonkey': {'surveys': [{'name': 'eNPS %d' % r.randint(2022, 2025), 'survey_id': str(r.randint(400000000, 599999999)),
                                       'collector_id': str(r.randint(400000000, 599999999)), 'page_ids': [str(r.randint(10000000, 99999999)) for _ in range(2)]}],
                          'token_env': 'SURVEYMONKEY_ACCESS_TOKEN', 'base_url': 'https://api.surveymonkey.com/v3'},
         'typeform': {'form_ids': [rs(r, ALNUM, 8) for _ in range(2)], 'workspace_href': 'https://api.typeform.com/workspaces/%s' % rs(r, ALNUM, 6)}}
    return pick_path(r, ['config/surveys.json', 'survey-ingest/config.json']), 'json', json.dumps(d, indent=2) + '\n'


def n_todoist_ids(r, c):
    L = ['# Todoist ids for the personal review script', 'TODOIST_PROJECT_INBOX=%d' % r.randint(2200000000, 2299999999),
         'TODOIST_PROJECT_WORK=%s' % mixed(r, ALNUM, 16), 'TODOIST_SECTION_WAITING=%d' % r.randint(100000000, 199999999),
         'TODOIST_LABELS=waiting,focus,errand', 'TODOIST_API_TOKEN=  # set in ~/.config/todoist/token', '']
    return pick_path(r, ['.env.sample', 'todoist.env.example']), 'dotenv', '\n'.join(L)


def n_linear_ids(r, c):
    L = ['// Linear ids; the API key is provided via LINEAR_API_KEY', 'export const LINEAR = {',
         "  teams: { eng: { key: 'ENG', id: '%s' }, ops: { key: 'OPS', id: '%s' } }," % (uuid4(r), uuid4(r)),
         "  states: { triage: '%s', done: '%s' }," % (uuid4(r), uuid4(r)), "  webhookId: '%s'," % uuid4(r),
         "  exampleIssues: [%s]," % ', '.join("'ENG-%d'" % r.randint(100, 9999) for _ in range(3)),
         "  apiKey: process.env.LINEAR_API_KEY ?? '',", '};', '']
    return pick_path(r, ['src/linear/constants.ts', 'scripts/linear-ids.ts']), 'typescript', '\n'.join(L)


def n_doc_examples(r, c):
    L = ['# Credential formats we accept', '', 'This page shows the *shape* of each credential so the setup form can validate input.',
         'All values below are the vendors\' published examples or obvious placeholders.', '',
         '| Service | Example from the vendor docs |', '|---|---|',
         '| Microsoft Entra client secret | `abc8Q~defghijklmnopqrstuvwxyz-_.~0123456` |',
         '| Atlassian (basic auth) | `curl --user me@example.com:my-api-token https://mysite.atlassian.net` |',
         '| Notion | `Authorization: Bearer $NOTION_ACCESS_TOKEN` |', '| Figma | `X-Figma-Token: <personal access token>` |',
         '| Google service account | `"private_key": "-----BEGIN PRIVATE KEY-----\\nPRIVATE_KEY\\n-----END PRIVATE KEY-----\\n"` |', '',
         'Never paste a real token into an issue or this wiki.', '']
    c.P = dict(c.P, provider='microsoft')
    return pick_path(r, ['docs/credential-formats.md', 'wiki/tokens.md']), 'markdown', '\n'.join(L)


def n_test_vectors(r, c):
    L = ['"""HMAC-SHA256 known-answer test (RFC 4231, test case 1) for the webhook verifier."""', 'import hmac, hashlib', '',
         'KEY = bytes.fromhex("0b" * 20)', 'DATA = b"Hi There"', 'EXPECTED = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"', '', '',
         'def test_rfc4231_case1():', '    assert hmac.new(KEY, DATA, hashlib.sha256).hexdigest() == EXPECTED', '', '',
         'def test_asana_handshake_echo(client):', '    r = client.post("/hooks/asana", headers={"X-Hook-Secret": "handshake-from-fixture"})',
         '    assert r.headers["X-Hook-Secret"] == "handshake-from-fixture"', '']
    c.P = dict(c.P, provider='asana')
    return pick_path(r, ['tests/test_hmac_vectors.py', 'tests/webhooks/test_signatures.py']), 'python', '\n'.join(L)


def n_masked_logs(r, c):
    L = ['# Incident %s-%d: %s sync returned 401' % (c.pkey, r.randint(100, 999), c.P['label']), '', '## Timeline (UTC)', '',
         '- 09:%02d job started' % r.randint(0, 20), '- 09:%02d first 401 from `%s`' % (r.randint(21, 40), c.base), '', '## Log excerpt', '', '```']
    mp = c.P['mask'] if c.P['mask'] and len(c.P['mask']) < 13 else ''
    L += ['%s WARN request failed status=401 url=%s' % (iso_date(r)[:19], c.url.split('?')[0]),
          '%s DEBUG headers={"Authorization": "Bearer %s", "Accept": "application/json"}' % (iso_date(r)[:19], r.choice(['[REDACTED]', mp + '*' * 12, '<masked>'])),
          '%s INFO token fingerprint=%s…%s (rotated %d days ago)' % (iso_date(r)[:19], mp or 'tok', rs(r, LOWNUM, 4), r.randint(80, 400)), '```', '',
          '## Root cause', '', 'The credential expired. It was rotated in the vault; no token appears in this document.', '']
    return pick_path(r, ['docs/incidents/%s-401.md' % slug(c), 'postmortems/%s.md' % slug(c)]), 'markdown', '\n'.join(L)


def n_email_only(r, c):
    L = ['email,display_name,atlassian_account_id,team']
    for _ in range(r.randint(4, 9)):
        f, l = person(r)
        L.append('%s,%s %s,%s,%s' % (email_for(r, c.domain, f, l), f.capitalize(), l.capitalize(), atl_account_id(r), r.choice(TEAMS)))
    L.append('')
    c.P = dict(c.P, provider='atlassian')
    return pick_path(r, ['data/jira-users.csv', 'onboarding/atlassian_accounts.csv']), 'csv', '\n'.join(L)


def n_externalsecret(r, c):
    L = ['apiVersion: external-secrets.io/v1beta1', 'kind: ExternalSecret', 'metadata:', '  name: %s-credentials' % slug(c), '  namespace: %s' % c.team,
         'spec:', '  refreshInterval: 1h', '  secretStoreRef:', '    kind: ClusterSecretStore', '    name: %s' % r.choice(['gcp-secret-manager', 'vault-backend', 'aws-secrets']),
         '  target:', '    name: %s-credentials' % slug(c), '  data:', '    - secretKey: %s' % c.P['env'], '      remoteRef:',
         '        key: %s' % words_style(c.P['words'][0], 'kebab'), '        version: latest', '']
    return pick_path(r, ['k8s/%s-externalsecret.yaml' % slug(c), 'deploy/externalsecret.yaml']), 'kubernetes-yaml', '\n'.join(L)


def n_tf_sm(r, c):
    n = words_style(c.P['words'][0], 'snake')
    L = ['variable "%s" {' % n, '  description = "%s credential (set via TF_VAR_%s in CI)"' % (c.P['label'], n), '  type        = string',
         '  sensitive   = true', '}', '', 'data "google_secret_manager_secret_version" "%s" {' % n, '  secret  = "%s"' % words_style(c.P['words'][0], 'kebab'),
         '  project = "%s-tools"' % c.org, '}', '', 'resource "google_cloud_run_v2_job" "%s_sync" {' % slug(c), '  name     = "%s-sync"' % slug(c),
         '  location = "europe-west1"', '  template {', '    template {', '      containers {', '        image = "europe-docker.pkg.dev/%s-tools/bots/%s:latest"' % (c.org, slug(c)),
         '        env {', '          name = "%s"' % c.P['env'], '          value_source {', '            secret_key_ref {',
         '              secret  = data.google_secret_manager_secret_version.%s.secret' % n, '              version = "latest"', '            }', '          }',
         '        }', '      }', '    }', '  }', '}', '']
    return pick_path(r, ['terraform/%s.tf' % slug(c), 'infra/jobs/%s.tf' % slug(c)]), 'terraform', '\n'.join(L)


def n_gs_props(r, c):
    L = ['/** Reads config from Script Properties (set in Project Settings, not in code). */', 'function getConfig_() {',
         '  var p = PropertiesService.getScriptProperties();', '  return {', "    token: p.getProperty('%s')," % c.P['env'],
         "    sheetId: '%s'," % c.fill['gsheet'], "    baseUrl: '%s'," % c.base, '  };', '}', '', 'function onOpen() {',
         "  SpreadsheetApp.getUi().createMenu('%s').addItem('Sync now', 'sync').addToUi();" % c.P['label'], '}', '']
    return pick_path(r, ['apps-script/Config.gs', 'gas/config.gs']), 'apps-script', '\n'.join(L)


def n_compose_env(r, c):
    L = ['services:', '  %s-bot:' % slug(c), '    build: .', '    env_file:', '      - .env', '    environment:',
         '      %s: ${%s:?%s must be set}' % (c.P['env'], c.P['env'], c.P['env']), '      BASE_URL: %s' % c.base,
         '      TZ: %s' % c.tz, '    secrets:', '      - %s' % words_style(c.P['words'][0], 'snake'), '', 'secrets:',
         '  %s:' % words_style(c.P['words'][0], 'snake'), '    file: ./secrets/%s.txt' % words_style(c.P['words'][0], 'snake'), '']
    return pick_path(r, ['docker-compose.yml', 'compose.yaml']), 'docker-compose', '\n'.join(L)


# ---------------------------------------------------------------------------
# registries
# ---------------------------------------------------------------------------
URL_OK = lambda P_: P_['auth'] in ('basic_email', 'basic_user') or P_['kind'] == 'bitbucket_dc_http_token'

SLOT_TEMPLATES = [
    ('py_script', t_py_script, NOT_GSA), ('py_settings', t_py_settings, NOT_GSA), ('py_inline', t_py_inline, NOT_GSA),
    ('py_class', t_py_class, NOT_GSA), ('ipynb', t_ipynb, NOT_GSA), ('js_script', t_js_script, NOT_GSA),
    ('ts_config', t_ts_config, NOT_GSA), ('js_inline', t_js_inline, NOT_GSA), ('go_main', t_go_main, NOT_GSA),
    ('go_struct', t_go_struct, NOT_GSA), ('rb_script', t_rb_script, NOT_GSA), ('rb_envfetch', t_rb_envfetch, NOT_GSA),
    ('gs_const', t_gs_const, NOT_GSA), ('gs_props', t_gs_props, NOT_GSA), ('dotenv', t_dotenv, NOT_GSA),
    ('sh_export', t_sh_export, NOT_GSA), ('sh_curl_var', t_sh_curl_var, NOT_GSA), ('sh_curl_inline', t_sh_curl_inline, NOT_GSA),
    ('crontab_env', t_crontab_env, NOT_GSA), ('crontab_arg', t_crontab_arg, NOT_GSA), ('makefile', t_makefile, NOT_GSA),
    ('raycast', t_raycast, NOT_GSA), ('gha_env', t_gha_env, NOT_GSA), ('gha_inline', t_gha_inline, NOT_GSA),
    ('yaml_config', t_yaml_config, NOT_GSA), ('compose', t_compose, NOT_GSA), ('k8s_secret', t_k8s_secret, NOT_GSA),
    ('ansible', t_ansible, NOT_GSA), ('json_config', t_json_config, NOT_GSA), ('appsettings', t_appsettings, NOT_GSA),
    ('postman', t_postman, NOT_GSA), ('n8n', t_n8n, NOT_GSA), ('zapier', t_zapier, NOT_GSA), ('alfred', t_alfred, NOT_GSA),
    ('toml', t_toml, NOT_GSA), ('streamlit', t_streamlit, NOT_GSA), ('properties', t_properties, NOT_GSA),
    ('ini', t_ini, NOT_GSA), ('dockerfile', t_dockerfile, NOT_GSA), ('tfvars', t_tfvars, NOT_GSA),
    ('md_runbook', t_md_runbook, NOT_GSA), ('md_notes', t_md_notes, NOT_GSA), ('url_cred', t_url_cred, URL_OK),
    ('gsa_json', t_gsa_json, ONLY_GSA), ('gsa_py', t_gsa_py, ONLY_GSA), ('gsa_env', t_gsa_env, ONLY_GSA),
    ('gsa_gha', t_gsa_gha, ONLY_GSA), ('gsa_gs', t_gsa_gs, ONLY_GSA), ('gsa_ipynb', t_gsa_ipynb, ONLY_GSA),
]

# (name, function, kind used to build the context or None for any, manifest kind)
DOMAIN_TEMPLATES = [
    ('n_jira_ids', n_jira_ids, 'jira_cloud_api_token', 'issue_keys_and_cloud_ids'),
    ('n_notion_ids', n_notion_ids, 'notion_integration_secret', 'notion_page_uuids'),
    ('n_trello_md', n_trello_md, 'trello_token', 'board_short_links_webhook_ids'),
    ('n_figma_json', n_figma_json, 'figma_pat', 'figma_file_keys'),
    ('n_airtable_py', n_airtable_py, 'airtable_pat', 'airtable_object_ids'),
    ('n_asana_js', n_asana_js, 'asana_pat', 'asana_gids'),
    ('n_monday_go', n_monday_go, 'monday_api_token', 'board_and_column_ids'),
    ('n_clickup_rb', n_clickup_rb, 'clickup_token', 'team_space_list_ids'),
    ('n_msgraph_appsettings', n_msgraph_appsettings, 'ms_graph_client_secret', 'public_client_ids_and_keyvault_ref'),
    ('n_oauth_redirect', n_oauth_redirect, None, 'public_client_id_and_redirect_urls'),
    ('n_gsa_external', n_gsa_external, 'google_service_account_key', 'workload_identity_config'),
    ('n_gsa_public', n_gsa_public, 'google_service_account_key', 'service_account_emails'),
    ('n_lockfile', n_lockfile, None, 'integrity_hashes'),
    ('n_sri_html', n_sri_html, 'trello_token', 'sri_digests'),
    ('n_digests', n_digests, None, 'image_digests'),
    ('n_changelog', n_changelog, None, 'commit_shas_and_issue_keys'),
    ('n_sops', n_sops, None, 'ciphertext'),
    ('n_ansible_vault', n_ansible_vault, None, 'ciphertext'),
    ('n_typeform_fixture', n_typeform_fixture, 'typeform_pat', 'response_ids'),
    ('n_calendly_sig', n_calendly_sig, 'calendly_pat', 'webhook_signatures'),
    ('n_i18n', n_i18n, None, 'i18n_strings'),
    ('n_gha_secrets', n_gha_secrets, 'jira_cloud_api_token', 'ci_secret_refs'),
    ('n_makefile_op', n_makefile_op, None, 'secret_manager_refs'),
    ('n_ipynb_getpass', n_ipynb_getpass, None, 'interactive_prompt'),
    ('n_postman_env', n_postman_env, None, 'empty_secret_variable'),
    ('n_n8n_credrefs', n_n8n_credrefs, None, 'credential_references'),
    ('n_raycast_pkg', n_raycast_pkg, None, 'password_preference_declaration'),
    ('n_alfred_empty', n_alfred_empty, None, 'empty_values'),
    ('n_crontab_files', n_crontab_files, None, 'token_file_refs'),
    ('n_zoom_ids', n_zoom_ids, 'zoom_s2s_client_secret', 'meeting_and_user_ids'),
    ('n_timetracking_ids', n_timetracking_ids, 'harvest_pat', 'workspace_ids'),
    ('n_smartsheet_ids', n_smartsheet_ids, 'smartsheet_api_token', 'sheet_ids'),
    ('n_coda_ids', n_coda_ids, 'coda_api_token', 'doc_table_ids'),
    ('n_miro_ids', n_miro_ids, 'miro_access_token', 'board_ids'),
    ('n_survey_ids', n_survey_ids, 'surveymonkey_access_token', 'survey_ids'),
    ('n_todoist_ids', n_todoist_ids, 'todoist_api_token', 'project_ids'),
    ('n_linear_ids', n_linear_ids, 'linear_api_key', 'issue_identifiers_uuids'),
    ('n_doc_examples', n_doc_examples, None, 'vendor_doc_examples'),
    ('n_test_vectors', n_test_vectors, None, 'test_vectors'),
    ('n_masked_logs', n_masked_logs, None, 'masked_tokens'),
    ('n_email_only', n_email_only, None, 'emails_without_token'),
    ('n_externalsecret', n_externalsecret, None, 'secret_manager_refs'),
    ('n_tf_sm', n_tf_sm, None, 'secret_manager_refs'),
    ('n_gs_props', n_gs_props, None, 'script_properties_ref'),
    ('n_compose_env', n_compose_env, None, 'env_refs'),
]
GENERIC_PROVIDER = ('n_lockfile', 'n_digests', 'n_changelog', 'n_ansible_vault', 'n_i18n')

N_POS = 500
N_NEG = 500


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def pick_template(r, P_, used):
    """least-used template that supports this kind (random tie-break) to spread file types."""
    cands = [t for t in SLOT_TEMPLATES if t[2](P_)]
    low = min(used.get(t[0], 0) for t in cands)
    pool = [t for t in cands if used.get(t[0], 0) <= low + 1]
    t = r.choice(pool)
    used[t[0]] = used.get(t[0], 0) + 1
    return t[0], t[1]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: gen_by.py OUTDIR SEED\n')
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []
    used_pos, used_neg = {}, {}

    kinds = [KINDS[i % len(KINDS)] for i in range(N_POS)]
    r.shuffle(kinds)
    for i, P_ in enumerate(kinds):
        tname, fn = pick_template(r, P_, used_pos)
        c = make_ctx(r, P_, False, None, tname)
        ret = fn(r, c)
        rel, ftype, text = ret[:3]
        needle = ret[3] if len(ret) > 3 and ret[3] else c.secret
        if not text.endswith('\n'):
            text += '\n'
        idx = text.find(needle)
        if idx < 0:
            raise RuntimeError('needle missing in %s (%s/%s)' % (rel, tname, P_['kind']))
        line = text.count('\n', 0, idx) + 1
        f = 'pos/p%04d/%s' % (i, rel)
        write(outdir, f, text)
        manifest.append({'file': f, 'label': 'pos', 'provider': P_['provider'], 'kind': P_['kind'], 'filetype': ftype,
                         'template': tname})
        secrets.append({'file': f, 'needle': needle, 'line': line})

    modes = ['slot'] * (N_NEG // 2) + ['domain'] * (N_NEG - N_NEG // 2)
    r.shuffle(modes)
    dom_order = []
    for j, mode in enumerate(modes):
        if mode == 'slot':
            P_ = r.choice(KINDS)
            tname, fn = pick_template(r, P_, used_neg)
            cat_ = r.choice(NEG_CATS)
            c = make_ctx(r, P_, True, cat_, tname)
            ret = fn(r, c)
            kind = cat_
            provider = P_['provider']
        else:
            if not dom_order:
                dom_order = list(range(len(DOMAIN_TEMPLATES)))
                r.shuffle(dom_order)
            tname, fn, kname, kind = DOMAIN_TEMPLATES[dom_order.pop()]
            P_ = KIND_BY_NAME[kname] if kname else r.choice(KINDS)
            c = make_ctx(r, P_, True, 'placeholder')
            ret = fn(r, c)
            provider = 'generic' if tname in GENERIC_PROVIDER else c.P['provider']
        rel, ftype, text = ret[:3]
        if not text.endswith('\n'):
            text += '\n'
        f = 'neg/n%04d/%s' % (j, rel)
        write(outdir, f, text)
        manifest.append({'file': f, 'label': 'neg', 'provider': provider, 'kind': kind, 'filetype': ftype, 'template': tname})

    with open(os.path.join(outdir, 'manifest.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + '\n')
    with open(os.path.join(outdir, 'secrets.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
