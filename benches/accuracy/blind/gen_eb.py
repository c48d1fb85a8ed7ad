#!/usr/bin/env python3
"""Blind evaluation-set generator "eb": digital signage, kiosks, AV and meeting-room systems.

EMPHASIS
  Credentials as they leak from AV / signage / meeting-room projects: Yodeck API tokens,
  ScreenCloud and OptiSigns API keys, Xibo CMS OAuth client secrets (and the Xibo MySQL
  password), Rise Vision API keys, BrightSign BSN.cloud client secrets and player DWS
  passwords, Samsung MagicInfo and LG webOS signage server passwords, Crestron controller
  admin passwords and XiO Cloud subscription keys, Extron / AMX controller passwords, Q-SYS
  Core PINs and QRC logon passwords, Zoom (Server-to-Server OAuth client secrets, legacy JWT
  app secrets, webhook secret tokens), Logitech Sync Portal API certificate keys, Poly Lens API
  client secrets, Cisco Webex bot tokens / integration client secrets / RoomOS local admin
  passwords, Barco ClickShare admin passwords, Microsoft Teams Rooms resource-account
  passwords, Fully Kiosk Browser remote-admin passwords and exit PINs, Chromebox kiosk
  Google API keys / OAuth client secrets, plus the common cloud credentials of such projects
  (AWS, PostgreSQL/MySQL/Redis/MQTT passwords, Slack webhooks, SendGrid, GitHub PATs, Twilio,
  Azure Storage).
  File types: Crestron SIMPL# (C#), Q-SYS Lua, RoomOS macro JS, Xibo settings.php and
  docker config.env, kiosk JSON / XML, Fully Kiosk settings JSON, Chrome policy JSON,
  BrightScript (autorun.brs), Python and Node controllers, PowerShell for Teams Rooms, YAML,
  docker-compose, .env, INI / .cfg from AV devices, Java .properties, TOML, shell, Markdown
  runbooks, Terraform, CSV inventories, nginx/systemd conf, Dockerfile.

USAGE
  python3 gen_eb.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic for a given SEED (only
  random.Random(SEED) is used; no clock, no os.urandom, no set iteration).

NEEDLE CONVENTIONS
  * needle = the secret exactly as written in the file, without surrounding quotes.
  * id/secret pairs (Xibo client id + secret, Zoom account/client id + secret, XiO account id
    + subscription key, AWS key id + secret key, Twilio SID + auth token, Poly Lens / BSN.cloud
    client id + secret): the needle is the secret half; the public id may sit nearby.
  * Yodeck "Token label:token" header: the needle is the token part after the colon.
  * URLs with embedded passwords (postgres://, mysql://, redis://, mqtt://, rtsp://): the
    needle is the password component only. Slack incoming webhooks: the needle is the whole
    https://hooks.slack.com/services/... URL.
  * Azure storage connection strings: the needle is the AccountKey value.
  * PEM private keys: the needle is the whole block from -----BEGIN to -----END ... -----
    exactly as written (with literal "\\n" escapes when embedded in JSON); line = BEGIN line.
  * PINs (Q-SYS Core, Fully Kiosk exit PIN) are 6-8 digits and appear once in the file.
  * line = 1-based line of the needle's first occurrence (always the credential itself).

NEGATIVES
  About half re-use the positive templates with the secret slot filled by a non-secret:
  placeholders (<YOUR_TOKEN>, REPLACE_ME, changeme, xxxx...), environment lookups in the file's
  own language (os.environ, process.env, $env:, getenv, ${VAR}, Q-SYS Controls), secret-manager
  references (Vault paths, AWS Secrets Manager / SSM refs, 1Password op://, Azure Key Vault
  references, Ansible vault variables), masked / redacted values, empty values and
  provider-documented example values (AWS EXAMPLE keys, Slack's T00000000 webhook).
  The other half are domain look-alikes with no secret at all: player / device serial
  inventories, MAC addresses and IPs (DHCP reservations), Xibo display hardware keys, Rise
  Vision display ids, Webex device / workspace ids (base64 ciscospark:// ids), Zoom room and
  meeting ids, playlist / layout / campaign ids, firmware sha256 manifests, Docker image
  digests, npm lockfile integrity hashes, Chrome extension / kiosk app ids, SSH public keys and
  public TLS certificates, Ansible-vault and SOPS ciphertext, RFC 4231 HMAC test vectors, the
  jwt.io example token in a test, i18n strings ("Enter PIN", "Mot de passe"), password-policy
  settings, documented factory-default notes, redacted logs, PowerShell that prompts for
  credentials, Lua that reads the PIN from a control, and UUIDs used as ids.

DOUBTS
  Formats written from memory, without the vendor's page to confirm them:
  * Yodeck API token: "Authorization: Token <label>:<token>" header shape is from memory; the
    token body (40 alphanumerics) is a guess.
  * ScreenCloud, OptiSigns, Rise Vision, Logitech Sync, Poly Lens, BSN.cloud: no documented
    key format found; I used opaque random strings (ScreenCloud 48 alnum, OptiSigns 40 alnum,
    Rise Vision 32 hex, Poly Lens secret 40 alnum + uuid client id, BSN.cloud secret 43
    url-safe chars). Logitech Sync Portal API auth by certificate + private key is from memory.
  * Xibo CMS: client id 40 alnum, client secret 254 alnum - from memory of the CMS code.
  * Crestron XiO Cloud: "XiO-subscription-key" header with a 32-hex (Azure API Management
    style) key and GUID account id - from memory.
  * Zoom: S2S OAuth client id 22 chars / client secret 32 alnum, legacy JWT app key 22 /
    secret 36, webhook secret token 22 - from memory.
  * Webex bot token = 64 base64-ish chars + "_" + 4-char cluster code + "_" + org UUID; Webex
    integration client id "C" + 64 hex, client secret 64 hex - from memory.
  * Google API key "AIza" + 35 chars, OAuth client secret "GOCSPX-" + 28 chars, GitHub PAT
    ghp_ + 30 random + 6-char base62 CRC32 checksum, SendGrid SG.<22>.<43>, AWS AKIA + 16,
    Twilio 32-hex auth token, Azure 88-char AccountKey - from memory of vendor docs.
  * PEM private keys are random bytes behind a plausible PKCS#8 DER prefix, not real keys.
  * Config key names from memory: Fully Kiosk "remoteAdminPassword" / "kioskPin" and REST
    "?cmd=...&password=" on port 2323; Teams Rooms SkypeSettings.xml <Password>; BrightScript
    roNetworkConfiguration.SetupDWS({port, open}); Xibo settings.php $dbpass and docker
    config.env MYSQL_PASSWORD; ClickShare REST on :4003 /v2/...; XiO, BSN.cloud, MagicInfo,
    LG SuperSign and Poly Lens endpoint paths are plausible but unverified.
  Labels a reviewer might dispute:
  * Short numeric PINs (Q-SYS Core, Fully Kiosk exit PIN) are labelled positive: they gate
    device control. Some reviewers treat kiosk exit PINs as low-value.
  * Documented factory defaults in runbooks (e.g. "default installer menu code is shown in
    the vendor manual") are negatives; they are written as references to the manual, not as
    values, except well-known public example values.
  * Xibo display hardware keys (32 hex) are ids, labelled negative.
  * Webex/Zoom/Xibo/BSN/Poly OAuth client ids, XiO account ids and Twilio account SIDs stay
    in the re-used negative templates next to a placeholder secret; they are public ids and
    labelled negative (Xibo's 40-char client id looks random - always named CLIENT_ID there).
  * "changeme" / "0000" / "1234" as placeholder values are labelled negative.

SEARCHES
  search(docs): "Yodeck API token authorization header label" -> Yodeck academy page
  (tokens are generated per name/role; no format shown). search(docs): "Xibo CMS API client id
  client secret access_token" -> nothing Xibo-specific. search(pages): "Webex bot access token
  format example" -> Cisco Live lab / Webex docs on bot tokens (lifetime only, no format).
  search(docs): "XiO Cloud API XiO-subscription-key" -> nothing relevant. search(pages):
  "Fully Kiosk Browser remote admin password REST API" -> kiosk vendor pages (HMAC API of
  another kiosk product, FreeKiosk REST docs). search(docs): "BSN.cloud API OAuth client_id
  client_secret" -> generic OAuth pages only.
  No secret-scanner rule code, regexes or detector pages were shown by any search.
"""
import base64
import json
import os
import random
import string
import sys
import zlib

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
B62 = DIG + UP + LO
HEX = '0123456789abcdef'
HEXU = '0123456789ABCDEF'
URLSAFE = B62 + '-_'
B64 = UP + LO + DIG + '+/'


def rs(rng, alpha, n):
    return ''.join(rng.choice(alpha) for _ in range(n))


def uuid4(rng, upper=False):
    h = rs(rng, HEX, 32)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    u = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def mac(rng, sep=':', upper=True, oui=None):
    ouis = ['90:AC:3F', '00:10:7F', '00:05:A6', '00:60:9F', 'B8:27:EB', 'DC:A6:32',
            '00:1E:C0', '64:16:7F', '00:E0:4C', 'F4:E1:1E', '70:B3:D5', '34:E6:D7']
    o = oui or rng.choice(ouis)
    parts = o.split(':') + ['%02X' % rng.randrange(256) for _ in range(3)]
    s = sep.join(parts)
    return s if upper else s.lower()


def ip(rng, net=None):
    net = net or rng.choice(['10.20.%d' % rng.randrange(1, 60), '192.168.%d' % rng.randrange(1, 40),
                             '172.16.%d' % rng.randrange(0, 30), '10.110.%d' % rng.randrange(1, 20)])
    return '%s.%d' % (net, rng.randrange(10, 240))


def sha256ish(rng):
    return rs(rng, HEX, 64)


def b62_encode(num, width):
    out = ''
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, '0')


ROOMS = ['Boardroom 4.01', 'Huddle 2B', 'Atrium Lobby', 'Training Room A', 'Exec Suite',
         'Aurora', 'Orion', 'Cobalt', 'Harbor View', 'Town Hall', 'Café Wall', 'Reception',
         'Level 3 Focus', 'Studio 1', 'Ops Center', 'Maple', 'Willow', 'Summit', 'Lab 7',
         'East Concourse', 'Gate B12 Kiosk', 'Store 0412 Window', 'Clinic Waiting']
SITES = ['lon-hq', 'nyc-7wtc', 'sfo-mission', 'ber-mitte', 'syd-cbd', 'ams-zuid', 'tor-king',
         'chi-loop', 'dub-docklands', 'sin-marina', 'par-lad', 'mad-cast', 'aus-domain']
CORP = ['acme', 'northwind', 'contoso', 'globex', 'initech', 'umbrella', 'stark', 'wayne',
        'hooli', 'vandelay', 'tyrell', 'soylent', 'cyberdyne', 'wonka', 'pied-piper']
PEOPLE = ['j.martin', 'a.okafor', 'm.chen', 's.patel', 'l.novak', 'r.garcia', 'k.yamamoto',
          'e.schmidt', 'd.oconnor', 'p.silva', 't.nguyen', 'h.larsen']

PW_WORDS = ['Boardroom', 'Lobby', 'Signage', 'Kiosk', 'Atrium', 'Summit', 'Harbor', 'Falcon',
            'Maple', 'Orion', 'Cobalt', 'Granite', 'Willow', 'Phoenix', 'Meridian', 'Tango',
            'Aurora', 'Beacon', 'Zephyr', 'Juniper', 'Quartz', 'Sparrow', 'Velvet', 'Copper',
            'Lantern', 'Marble', 'Ranger', 'Saffron', 'Thistle', 'Walrus']
PW_SYM = '!#*+-.@^_~?'


def human_password(rng):
    st = rng.randrange(7)
    w1, w2 = rng.choice(PW_WORDS), rng.choice(PW_WORDS)
    if st == 0:
        return '%s%d%s' % (w1, rng.randrange(2016, 2026), rng.choice('!#*?@'))
    if st == 1:
        return '%s-%s-%d' % (w1.lower(), w2.lower(), rng.randrange(10, 999))
    if st == 2:
        leet = {'a': '4', 'e': '3', 'o': '0', 'i': '1', 's': '5'}
        w = ''.join(leet.get(ch, ch) if rng.random() < 0.6 else ch for ch in w1 + w2)
        return w + rng.choice(PW_SYM) + str(rng.randrange(10, 99))
    if st == 3:
        return rs(rng, B62 + PW_SYM, rng.randrange(14, 22))
    if st == 4:
        return '%s%s%s%d' % (w1, rng.choice(PW_SYM), w2.lower(), rng.randrange(100, 9999))
    if st == 5:
        pw = rs(rng, LO, 4) + rs(rng, DIG, 2) + rng.choice(PW_SYM) + rs(rng, UP, 3) + rs(rng, B62, 4)
        return pw
    return '%s%s%s' % (rs(rng, UP + LO, 6), rng.choice(PW_SYM), rs(rng, B62, 7))


# --------------------------------------------------------------------------- secrets
def g_password(rng):
    return {'secret': human_password(rng)}


def g_pin(rng):
    n = rng.choice([6, 6, 7, 8])
    p = str(rng.randrange(1, 10)) + rs(rng, DIG, n - 1)
    return {'secret': p}


def g_yodeck(rng):
    return {'secret': rs(rng, B62, 40), 'label': rng.choice(['signage-sync', 'cms-bridge', 'menuboard',
                                                            'lobby-feed', 'ops-automation', 'zapier'])}


def g_screencloud(rng):
    return {'secret': rs(rng, B62, 48)}


def g_xibo(rng):
    return {'secret': rs(rng, B62, 254), 'id': rs(rng, B62, 40)}


def g_optisigns(rng):
    return {'secret': rs(rng, B62, 40)}


def g_rise(rng):
    return {'secret': rs(rng, HEX, 32), 'id': uuid4(rng)}


def g_bsn(rng):
    return {'secret': rs(rng, URLSAFE, 43), 'id': uuid4(rng)}


def g_xio(rng):
    return {'secret': rs(rng, HEX, 32), 'id': uuid4(rng)}


def g_zoom_s2s(rng):
    return {'secret': rs(rng, B62, 32), 'id': rs(rng, B62, 22), 'account': rs(rng, B62 + '-_', 22)}


def g_zoom_jwt(rng):
    return {'secret': rs(rng, B62, 36), 'id': rs(rng, B62, 22)}


def g_zoom_webhook(rng):
    return {'secret': rs(rng, B62 + '_-', 22)}


def g_poly(rng):
    return {'secret': rs(rng, B62, 40), 'id': uuid4(rng)}


def g_webex_bot(rng):
    raw = (uuid4(rng) + uuid4(rng)).encode()
    head = base64.b64encode(raw).decode().rstrip('=')[:64]
    cluster = rng.choice(['PF84', 'P0A1', 'PE93', 'PF70', 'PA12'])
    return {'secret': '%s_%s_%s' % (head, cluster, uuid4(rng))}


def g_webex_int(rng):
    return {'secret': rs(rng, HEX, 64), 'id': 'C' + rs(rng, HEX, 64)}


def g_google_key(rng):
    return {'secret': 'AIza' + rs(rng, URLSAFE, 35)}


def g_google_oauth(rng):
    return {'secret': 'GOCSPX-' + rs(rng, URLSAFE, 28),
            'id': '%d-%s.apps.googleusercontent.com' % (rng.randrange(10 ** 11, 10 ** 12), rs(rng, LO + DIG, 32))}


def g_aws(rng):
    return {'secret': rs(rng, B62 + '+/', 40), 'id': 'AKIA' + rs(rng, UP + '234567', 16)}


def g_slack(rng):
    return {'secret': 'https://hooks.slack.com/services/T%s/B%s/%s' % (
        rs(rng, UP + DIG, rng.choice([8, 10])), rs(rng, UP + DIG, rng.choice([10, 11])), rs(rng, B62, 24))}


def g_sendgrid(rng):
    return {'secret': 'SG.%s.%s' % (rs(rng, URLSAFE, 22), rs(rng, URLSAFE, 43))}


def g_github(rng):
    body = rs(rng, B62, 30)
    return {'secret': 'ghp_' + body + b62_encode(zlib.crc32(body.encode()) & 0xffffffff, 6)}


def g_twilio(rng):
    return {'secret': rs(rng, HEX, 32), 'id': 'AC' + rs(rng, HEX, 32)}


def g_azure(rng):
    key = base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()
    return {'secret': key, 'account': 'st' + rng.choice(CORP).replace('-', '') + rng.choice(['signage', 'media', 'av']) + str(rng.randrange(10, 99))}


def g_pem(rng):
    der = bytes.fromhex('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100')
    der += bytes(rng.randrange(256) for _ in range(1180))
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return {'secret_lines': ['-----BEGIN PRIVATE KEY-----'] + lines + ['-----END PRIVATE KEY-----']}


# spec key -> provider, kind, generator, obvious env name, doc example (or None)
SPECS = {
    'yodeck': ('yodeck', 'api_token', g_yodeck, 'YODECK_API_TOKEN', None),
    'screencloud': ('screencloud', 'api_key', g_screencloud, 'SCREENCLOUD_API_KEY', None),
    'xibo': ('xibo_cms', 'oauth_client_secret', g_xibo, 'XIBO_CLIENT_SECRET', None),
    'xibo_db': ('xibo_cms', 'database_password', g_password, 'MYSQL_PASSWORD', None),
    'optisigns': ('optisigns', 'api_key', g_optisigns, 'OPTISIGNS_API_KEY', None),
    'rise': ('rise_vision', 'api_key', g_rise, 'RISE_API_KEY', None),
    'bsn': ('brightsign_bsn_cloud', 'oauth_client_secret', g_bsn, 'BSN_CLIENT_SECRET', None),
    'bs_dws': ('brightsign', 'dws_password', g_password, 'BRIGHTSIGN_DWS_PASSWORD', None),
    'magicinfo': ('samsung_magicinfo', 'server_password', g_password, 'MAGICINFO_PASSWORD', None),
    'lg': ('lg_webos_signage', 'supersign_password', g_password, 'LG_SUPERSIGN_PASSWORD', None),
    'crestron': ('crestron', 'controller_admin_password', g_password, 'CRESTRON_ADMIN_PASSWORD', None),
    'xio': ('crestron_xio_cloud', 'subscription_key', g_xio, 'XIO_SUBSCRIPTION_KEY', None),
    'extron': ('extron', 'controller_password', g_password, 'EXTRON_ADMIN_PASSWORD', None),
    'qsys_pin': ('qsys', 'core_pin', g_pin, 'QSYS_PIN', None),
    'qsys_pw': ('qsys', 'qrc_password', g_password, 'QSYS_PASSWORD', None),
    'amx': ('amx', 'netlinx_password', g_password, 'AMX_PASSWORD', None),
    'zoom_s2s': ('zoom', 'oauth_client_secret', g_zoom_s2s, 'ZOOM_CLIENT_SECRET', None),
    'zoom_jwt': ('zoom', 'jwt_api_secret', g_zoom_jwt, 'ZOOM_API_SECRET', None),
    'zoom_hook': ('zoom', 'webhook_secret_token', g_zoom_webhook, 'ZOOM_WEBHOOK_SECRET_TOKEN', None),
    'logi_sync': ('logitech_sync', 'api_private_key', g_pem, 'SYNC_API_KEY_PEM', None),
    'poly': ('poly_lens', 'oauth_client_secret', g_poly, 'POLY_LENS_CLIENT_SECRET', None),
    'webex_bot': ('webex', 'bot_token', g_webex_bot, 'WEBEX_BOT_TOKEN', None),
    'webex_int': ('webex', 'integration_client_secret', g_webex_int, 'WEBEX_CLIENT_SECRET', None),
    'roomos_pw': ('webex_roomos', 'device_admin_password', g_password, 'ROOMOS_ADMIN_PASSWORD', None),
    'clickshare': ('barco_clickshare', 'admin_password', g_password, 'CLICKSHARE_PASSWORD', None),
    'mtr': ('microsoft_teams_rooms', 'resource_account_password', g_password, 'MTR_ACCOUNT_PASSWORD', None),
    'fully_pw': ('fully_kiosk', 'remote_admin_password', g_password, 'FULLY_REMOTE_ADMIN_PASSWORD', None),
    'fully_pin': ('fully_kiosk', 'kiosk_exit_pin', g_pin, 'FULLY_KIOSK_PIN', None),
    'gapi': ('google_chrome_kiosk', 'api_key', g_google_key, 'GOOGLE_API_KEY', None),
    'goauth': ('google_chrome_kiosk', 'oauth_client_secret', g_google_oauth, 'GOOGLE_CLIENT_SECRET', None),
    'aws': ('aws', 'secret_access_key', g_aws, 'AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'),
    'pg': ('postgresql', 'database_password', g_password, 'POSTGRES_PASSWORD', None),
    'redis': ('redis', 'password', g_password, 'REDIS_PASSWORD', None),
    'mqtt': ('mqtt_broker', 'password', g_password, 'MQTT_PASSWORD', None),
    'slack': ('slack', 'incoming_webhook', g_slack, 'SLACK_WEBHOOK_URL',
              'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'),
    'sendgrid': ('sendgrid', 'api_key', g_sendgrid, 'SENDGRID_API_KEY', None),
    'github': ('github', 'personal_access_token', g_github, 'GITHUB_TOKEN', None),
    'twilio': ('twilio', 'auth_token', g_twilio, 'TWILIO_AUTH_TOKEN', None),
    'azure': ('azure_storage', 'account_key', g_azure, 'AZURE_STORAGE_KEY', None),
    'camera': ('ip_camera', 'rtsp_password', g_password, 'CAMERA_PASSWORD', None),
}

PLACEHOLDERS_TOKEN = ['<YOUR_API_TOKEN>', 'your-api-key-here', 'REPLACE_ME', 'xxxxxxxxxxxxxxxxxxxxxxxx',
                      'TODO', '<token>', 'changeme', 'INSERT_KEY_HERE', '__SECRET__', 'set-me',
                      '<paste client secret>', 'YOUR_SECRET', '...']
PLACEHOLDERS_PW = ['<password>', 'changeme', 'CHANGE_ME', 'your_password_here', '<admin-password>',
                   'REPLACE_ME', 'xxxxxxxx', 'TBD', '<set at commissioning>', 'password-goes-here']
PLACEHOLDERS_PIN = ['<PIN>', '0000', '1234', 'XXXXXX', '<set-on-site>', '######']
MASKED = ['********', '••••••••', '****************', '[REDACTED]', '<redacted>', '***', 'xxxx-xxxx-xxxx',
          '[hidden]', '*****REDACTED*****']


def secret_mgr_ref(rng, env):
    low = env.lower()
    path = low.replace('_', '-')
    k = rng.randrange(7)
    if k == 0:
        return 'vault:secret/data/av/%s#%s' % (rng.choice(SITES), low)
    if k == 1:
        return '{{resolve:secretsmanager:av/%s:SecretString:%s}}' % (rng.choice(SITES), low)
    if k == 2:
        return 'op://AV-Ops/%s/credential' % path
    if k == 3:
        return '@Microsoft.KeyVault(SecretUri=https://kv-av-%s.vault.azure.net/secrets/%s/)' % (rng.choice(['prod', 'stg', 'emea']), path)
    if k == 4:
        return '{{ vault_%s }}' % low
    if k == 5:
        return 'ref+awsssm://av/prod/%s' % low
    return 'arn:aws:secretsmanager:eu-west-1:%d:secret:av/%s-%s' % (rng.randrange(10 ** 11, 10 ** 12), path, rs(rng, B62, 6))


def env_ref(rng, lang, env):
    c = rng.randrange(3)
    if lang == 'py':
        return ['os.environ["%s"]' % env, 'os.getenv("%s")' % env, 'os.environ.get("%s", "")' % env][c]
    if lang == 'js':
        return ['process.env.%s' % env, 'process.env["%s"]' % env, "process.env.%s || ''" % env][c]
    if lang == 'cs':
        return 'Environment.GetEnvironmentVariable("%s")' % env
    if lang == 'lua':
        return 'Controls["%s"].String' % ''.join(w.capitalize() for w in env.lower().split('_'))
    if lang == 'ps1':
        return '$env:%s' % env
    if lang == 'php':
        return "getenv('%s')" % env
    if lang == 'java':
        return 'System.getenv("%s")' % env
    if lang == 'sh':
        return ['"$%s"' % env, '"${%s}"' % env, '"${%s:?not set}"' % env][c]
    if lang == 'tf':
        return 'var.%s' % env.lower()
    if lang == 'brs':
        return 'reg.Read("%s")' % env.lower()
    if lang in ('json', 'xml', 'roomos'):
        return None
    # yaml / env / ini / properties / toml / md / conf
    return ['${%s}' % env, '${%s}' % env, '{{ %s }}' % env.lower()][c]


class Ctx(object):
    """One file being built. pos=True: slots hold the generated secret; otherwise a look-alike."""

    def __init__(self, rng, spec, pos, neg_kind=None):
        self.rng = rng
        self.spec = spec
        self.provider, self.kind, gen, self.env, self.doc = SPECS[spec]
        self.pos = pos
        self.s = gen(rng)
        if 'secret_lines' in self.s:
            self.s['secret'] = '\n'.join(self.s['secret_lines'])
        self.nk = neg_kind
        if not pos and spec == 'zoom_jwt':
            self.s['id'] = rng.choice(['your_zoom_api_key', '<ZOOM_API_KEY>', 'ZOOM_API_KEY_HERE'])
        self.obvious = rng.random() < 0.5
        self._neg_cache = {}

    def nm(self, obvious, neutral):
        return obvious if self.obvious else neutral

    def pick(self, *opts):
        return self.rng.choice(opts)

    def _neg_text(self):
        rng = self.rng
        k = self.nk
        if k == 'placeholder':
            if self.kind.endswith('pin'):
                return rng.choice(PLACEHOLDERS_PIN)
            if 'password' in self.kind:
                return rng.choice(PLACEHOLDERS_PW)
            return rng.choice(PLACEHOLDERS_TOKEN)
        if k == 'masked':
            return rng.choice(MASKED)
        if k == 'empty':
            return ''
        if k == 'secret_manager':
            return secret_mgr_ref(rng, self.env)
        if k == 'doc_example':
            return self.doc or rng.choice(PLACEHOLDERS_TOKEN)
        return rng.choice(PLACEHOLDERS_TOKEN)

    def raw(self):
        """Unquoted text for the slot (used inside URLs, headers, connection strings)."""
        if self.pos:
            return self.s['secret']
        if 'raw' not in self._neg_cache:
            if self.nk == 'env_ref':
                self._neg_cache['raw'] = '${%s}' % self.env
            elif self.nk == 'empty':
                self._neg_cache['raw'] = self.rng.choice(MASKED)
            else:
                self._neg_cache['raw'] = self._neg_text()
        return self._neg_cache['raw']

    def val(self, lang, q='"', env=None):
        """Slot text in a given language, with the quoting the language needs."""
        env = env or self.env
        if self.pos:
            return q + self.s['secret'] + q
        if self.nk == 'env_ref':
            e = env_ref(self.rng, lang, env)
            if e is not None:
                return e
            return q + self.rng.choice(['${%s}' % env, '{{%s}}' % env, '%%%s%%' % env]) + q
        t = self._neg_text()
        if lang == 'ps1' and q == '"':
            t = t.replace('$', '`$')
        return q + t + q


def L(*lines):
    return '\n'.join(lines) + '\n'


def camel(env):
    w = env.lower().split('_')
    return w[0] + ''.join(x.capitalize() for x in w[1:])


def pascal(env):
    return ''.join(x.capitalize() for x in env.lower().split('_'))


TEMPLATES = []  # (func, [spec keys])


def tpl(*specs):
    def deco(f):
        TEMPLATES.append((f, list(specs)))
        return f
    return deco


DEVICE_SPECS = ['crestron', 'extron', 'qsys_pw', 'clickshare', 'amx', 'roomos_pw', 'lg', 'magicinfo', 'bs_dws']
DEVICE_LABEL = {'crestron': ('CP4', 'admin'), 'extron': ('IPCP Pro 350', 'admin'), 'qsys_pw': ('Core 110f', 'av-integrator'),
                'clickshare': ('CX-50', 'admin'), 'amx': ('NX-2200', 'administrator'), 'roomos_pw': ('Room Kit Pro', 'admin'),
                'lg': ('55SM5KE', 'admin'), 'magicinfo': ('MagicInfo Server', 'admin'), 'bs_dws': ('XT1144', 'admin')}


# 1 Crestron SIMPL# program: SSH/telnet/HTTP login to a room device
@tpl(*DEVICE_SPECS)
def t_simplsharp_device(c):
    model, user = DEVICE_LABEL[c.spec]
    r = c.rng
    host = ip(r)
    var = c.nm(pascal(c.env), r.choice(['_deviceAuth', 'DefaultArg', '_cfgValue', 'LoginData']))
    ns = r.choice(['AcmeAv.Boardroom', 'RoomControl.Core', 'Northwind.Av.Huddle', 'SignageBridge'])
    path = r.choice(['SimplSharp/%s/ControlSystem.cs' % ns.split('.')[-1], 'src/%s/ControlSystem.cs' % ns,
                     'Crestron/Programs/%s/DeviceLink.cs' % ns.split('.')[-1]])
    t = L('using System;',
          'using Crestron.SimplSharp;',
          'using Crestron.SimplSharpPro;',
          'using Crestron.SimplSharp.Ssh;',
          '',
          'namespace %s' % ns,
          '{',
          '    // %s in %s - programmed %d-%02d' % (model, r.choice(ROOMS), r.randrange(2019, 2025), r.randrange(1, 13)),
          '    public class ControlSystem : CrestronControlSystem',
          '    {',
          '        private const string DeviceHost = "%s";' % host,
          '        private const int DevicePort = %d;' % r.choice([22, 23, 443, 1710, 4003]),
          '        private const string DeviceUser = "%s";' % user,
          '        private static readonly string %s = %s;' % (var, c.val('cs')),
          '        private SshClient _client;',
          '',
          '        public ControlSystem() : base()',
          '        {',
          '            Thread.MaxNumberOfUserThreads = 20;',
          '            CrestronEnvironment.ProgramStatusEventHandler += OnProgramStatus;',
          '        }',
          '',
          '        public override void InitializeSystem()',
          '        {',
          '            try',
          '            {',
          '                _client = new SshClient(DeviceHost, DevicePort, DeviceUser, %s);' % var,
          '                _client.Connect();',
          '                ErrorLog.Notice("Connected to %s at {0}", DeviceHost);' % model,
          '            }',
          '            catch (Exception e)',
          '            {',
          '                ErrorLog.Error("InitializeSystem: {0}", e.Message);',
          '            }',
          '        }',
          '',
          '        private void OnProgramStatus(eProgramStatusEventType status)',
          '        {',
          '            if (status == eProgramStatusEventType.Stopping && _client != null)',
          '                _client.Disconnect();',
          '        }',
          '    }',
          '}')
    return path, 'csharp', t


# 2 Crestron SIMPL# XiO Cloud REST call
@tpl('xio')
def t_simplsharp_xio(c):
    r = c.rng
    key = c.nm('XioSubscriptionKey', r.choice(['ApiHeaderValue', 'CloudKey', 'K']))
    path = r.choice(['SimplSharp/XioReporter/XioClient.cs', 'src/Fleet.Xio/XioClient.cs', 'Crestron/Modules/CloudStatus/XioClient.cs'])
    t = L('using System;',
          'using Crestron.SimplSharp;',
          'using Crestron.SimplSharp.Net.Https;',
          '',
          'namespace Fleet.Xio',
          '{',
          '    /// <summary>Polls XiO Cloud for device status of room %s.</summary>' % r.choice(ROOMS),
          '    public class XioClient',
          '    {',
          '        private const string BaseUrl = "https://api.crestron.io/api/v1";',
          '        private const string AccountId = "%s";' % c.s['id'],
          '        private static readonly string %s = %s;' % (key, c.val('cs')),
          '        private readonly HttpsClient _http = new HttpsClient { PeerVerification = false, Timeout = 10 };',
          '',
          '        public string GetDevices()',
          '        {',
          '            var req = new HttpsClientRequest();',
          '            req.Url.Parse(string.Format("{0}/device/accountid/{1}/devices", BaseUrl, AccountId));',
          '            req.RequestType = RequestType.Get;',
          '            req.Header.SetHeaderValue("XiO-subscription-key", %s);' % key,
          '            req.Header.SetHeaderValue("Accept", "application/json");',
          '            var resp = _http.Dispatch(req);',
          '            if (resp.Code != 200)',
          '                ErrorLog.Warn("XiO returned {0}", resp.Code);',
          '            return resp.ContentString;',
          '        }',
          '    }',
          '}')
    return path, 'csharp', t


# 3 Q-SYS Lua: QRC logon / PIN
@tpl('qsys_pin', 'qsys_pw')
def t_qsys_lua_logon(c):
    r = c.rng
    host = ip(r)
    var = c.nm(r.choice(['CorePin', 'qrc_password', 'LOGON_PIN']) if c.spec == 'qsys_pin' else r.choice(['QrcPassword', 'core_password']),
               r.choice(['auth_arg', 'p', 'creds', 'logon_value']))
    path = r.choice(['qsys/scripts/remote_core_link.lua', 'designs/%s/scripts/qrc_bridge.lua' % r.choice(SITES),
                     'QSYS/TextControllers/CoreLink.lua'])
    t = L('-- Remote Core link: mirrors room-combine state to the %s core' % r.choice(['divisible', 'overflow', 'lobby']),
          '-- Q-SYS Designer %d.%d text controller' % (r.choice([9, 9, 10]), r.randrange(0, 12)),
          'local REMOTE_IP = "%s"' % host,
          'local REMOTE_PORT = 1710',
          'local USER = "%s"' % r.choice(['av-integrator', 'admin', 'control', 'crestron']),
          'local %s = %s' % (var, c.val('lua')),
          '',
          'sock = TcpSocket.New()',
          'sock.ReadTimeout = 0',
          'sock.WriteTimeout = 0',
          'sock.ReconnectTimeout = 5',
          '',
          'local function send(tbl)',
          '  sock:Write(rapidjson.encode(tbl) .. "\\0")',
          'end',
          '',
          'sock.EventHandler = function(s, evt, err)',
          '  if evt == TcpSocket.Events.Connected then',
          '    print("connected to " .. REMOTE_IP)',
          '    send({ jsonrpc = "2.0", method = "Logon", params = { User = USER, Password = %s } })' % var,
          '  elseif evt == TcpSocket.Events.Data then',
          '    local line = s:ReadLine(TcpSocket.EOL.Null)',
          '    if line then Controls.Status.String = line end',
          '  elseif evt == TcpSocket.Events.Closed or evt == TcpSocket.Events.Error then',
          '    print("socket " .. tostring(evt) .. " " .. tostring(err))',
          '  end',
          'end',
          '',
          'sock:Connect(REMOTE_IP, REMOTE_PORT)')
    return path, 'lua', t


HTTP_SPECS = ['yodeck', 'screencloud', 'optisigns', 'rise', 'webex_bot']
API_HOST = {'yodeck': 'https://app.yodeck.com/api/v2', 'screencloud': 'https://graphql.eu.screencloud.com/graphql',
            'optisigns': 'https://graphql-gateway.optisigns.com/graphql', 'rise': 'https://services.risevision.com/api/v1',
            'webex_bot': 'https://webexapis.com/v1', 'xio': 'https://api.crestron.io/api/v1'}


def auth_header(c):
    if c.spec == 'yodeck':
        return 'Token %s:%s' % (c.s['label'], c.raw())
    return 'Bearer %s' % c.raw()


# 4 Q-SYS Lua HttpClient call to a signage / messaging API
@tpl(*HTTP_SPECS)
def t_qsys_lua_http(c):
    r = c.rng
    hdr = auth_header(c)
    var = c.nm('AUTH_HEADER', r.choice(['hdr', 'H', 'req_headers_value']))
    path = r.choice(['qsys/scripts/signage_trigger.lua', 'QSYS/TextControllers/EmergencyBanner.lua', 'scripts/lobby_screens.lua'])
    t = L('-- Pushes the room state to the lobby signage when a scene is recalled',
          'local API = "%s"' % API_HOST[c.spec],
          'local %s = "%s"' % (var, hdr),
          '',
          'local function post(path, body)',
          '  HttpClient.Upload {',
          '    Url = API .. path,',
          '    Method = "POST",',
          '    Headers = { ["Authorization"] = %s, ["Content-Type"] = "application/json" },' % var,
          '    Data = rapidjson.encode(body),',
          '    Timeout = 10,',
          '    EventHandler = function(tbl, code, data, err)',
          '      if code ~= 200 and code ~= 201 then print("signage post failed " .. tostring(code) .. " " .. tostring(err)) end',
          '    end',
          '  }',
          'end',
          '',
          'Controls.SceneRecall.EventHandler = function(ctl)',
          '  post("/%s", { room = "%s", scene = ctl.String, ts = os.time() })' % (r.choice(['messages', 'screens/override', 'events']), r.choice(ROOMS)),
          'end')
    return path, 'lua', t


# 5 RoomOS macro: Webex bot message / generic signage API
@tpl('webex_bot', 'yodeck', 'optisigns', 'screencloud')
def t_roomos_macro(c):
    r = c.rng
    var = c.nm(r.choice(['BOT_TOKEN', 'botToken', 'ACCESS_TOKEN']) if c.spec == 'webex_bot' else r.choice(['API_TOKEN', 'apiKey']),
               r.choice(['cfg', 'k', 'AUTH', 'v']))
    if c.spec == 'webex_bot':
        url = 'https://webexapis.com/v1/messages'
        body = "JSON.stringify({ roomId: ROOM_ID, markdown: `**%s** needs help: ${issue}` })" % r.choice(ROOMS)
        extra = "const ROOM_ID = 'Y2lzY29zcGFyazovL3VzL1JPT00v%s';" % base64.b64encode(uuid4(r).encode()).decode().rstrip('=')[:40]
        hdr = "'Authorization: Bearer ' + %s" % var
    else:
        url = API_HOST[c.spec] + '/screens'
        body = "JSON.stringify({ status: issue, room: '%s' })" % r.choice(ROOMS)
        extra = "const SCREEN_ID = %d;" % r.randrange(1000, 99999)
        hdr = ("'Authorization: Token %s:' + %s" % (c.s['label'], var)) if c.spec == 'yodeck' else "'Authorization: Bearer ' + %s" % var
    path = r.choice(['macros/report-issue.js', 'roomos/macros/helpdesk_button.js', 'Macros/%s-panel.js' % r.choice(['lobby', 'boardroom', 'huddle'])])
    t = L("import xapi from 'xapi';",
          '',
          '// Touch-panel "Report a problem" button -> helpdesk',
          'const %s = %s;' % (var, c.val('roomos', "'")),
          extra,
          '',
          'async function notify(issue) {',
          '  try {',
          '    await xapi.Command.HttpClient.Post({',
          "      Url: '%s'," % url,
          "      Header: ['Content-Type: application/json', %s]," % hdr,
          '      AllowInsecureHTTPS: false,',
          '    }, %s);' % body,
          "    xapi.Command.UserInterface.Message.Alert.Display({ Title: 'Thanks', Text: 'AV team notified', Duration: 5 });",
          '  } catch (e) {',
          "    console.error('notify failed', e.message);",
          '  }',
          '}',
          '',
          "xapi.Event.UserInterface.Extensions.Panel.Clicked.on(e => {",
          "  if (e.PanelId === 'report_issue') notify('panel pressed');",
          '});',
          '',
          "xapi.Config.HttpClient.Mode.set('On');")
    return path, 'roomos_js', t


# 6 Xibo settings.php
@tpl('xibo_db')
def t_xibo_settings(c):
    r = c.rng
    t = L('<?php',
          '/*',
          ' * Xibo - Digital Signage - https://xibosignage.com',
          ' * settings.php generated by the installer for %s' % r.choice(CORP),
          ' */',
          '',
          'defined(\'XIBO\') or die("Sorry, you are not allowed to directly access this page.");',
          '',
          "$dbhost = '%s';" % r.choice(['cms-db', 'localhost', '127.0.0.1:3306', ip(r)]),
          "$dbuser = '%s';" % r.choice(['cms', 'xibo', 'xibo_cms']),
          '$dbpass = %s;' % c.val('php', "'"),
          "$dbname = '%s';" % r.choice(['cms', 'xibo']),
          '',
          "if (!defined('SECRET_KEY'))",
          "    define('SECRET_KEY', getenv('CMS_SERVER_KEY'));",
          '',
          "$cacheNamespace = 'xibo-%s';" % r.choice(SITES),
          "$apiKeyPaths = ['publicKeyPath' => '/var/www/cms/library/certs/public.key'];",
          "$logLevel = '%s';" % r.choice(['error', 'notice', 'debug']))
    return r.choice(['web/settings.php', 'cms/web/settings.php', 'xibo/web/settings.php']), 'php', t


# 7 Xibo docker config.env
@tpl('xibo_db')
def t_xibo_config_env(c):
    r = c.rng
    t = L('# Xibo CMS docker configuration - copied from config.env.template',
          '# Do not change CMS_SERVER_NAME after first start',
          'CMS_SERVER_NAME=%s' % r.choice(['signage.%s.com' % r.choice(CORP), 'cms.%s.internal' % r.choice(CORP)]),
          '',
          '# MySQL',
          'MYSQL_HOST=cms-db',
          'MYSQL_PORT=3306',
          'MYSQL_USER=cms',
          'MYSQL_DATABASE=cms',
          'MYSQL_PASSWORD=%s' % c.val('env', ''),
          '',
          '# Mail relay',
          'CMS_SMTP_SERVER=smtp.%s.com:587' % r.choice(CORP),
          'CMS_SMTP_USE_TLS=YES',
          'CMS_SMTP_USE_STARTTLS=YES',
          'CMS_SMTP_REWRITE_DOMAIN=%s.com' % r.choice(CORP),
          'CMS_SMTP_HOSTNAME=cms',
          '',
          'CMS_ALIAS=',
          'CMS_PHP_POST_MAX_SIZE=2G',
          'CMS_PHP_UPLOAD_MAX_FILESIZE=2G',
          'CMS_PHP_MAX_EXECUTION_TIME=%d' % r.choice([300, 600]),
          'XMR_HOST=cms-xmr',
          'CMS_USE_MEMCACHED=true')
    return r.choice(['config.env', 'xibo-docker/config.env', 'deploy/xibo/config.env']), 'env', t


# 8 Xibo API client in Python
@tpl('xibo')
def t_xibo_py(c):
    r = c.rng
    host = 'https://%s' % r.choice(['signage.%s.com' % r.choice(CORP), 'xibo.%s.io' % r.choice(CORP), 'cms.%s.net' % r.choice(CORP)])
    sec = c.nm('CLIENT_SECRET', r.choice(['CONSUMER_B', 'APP_CFG_2', 'XIBO_B']))
    cid = c.nm('CLIENT_ID', r.choice(['CONSUMER_A', 'APP_CFG_1', 'XIBO_A'])) if c.pos else 'CLIENT_ID'
    t = L('"""Sync menu-board prices from the POS export into Xibo datasets."""',
          'import csv',
          'import requests',
          '',
          'CMS = "%s"' % host,
          '%s = "%s"' % (cid, c.s['id']),
          '%s = %s' % (sec, c.val('py')),
          'DATASET_ID = %d' % r.randrange(3, 200),
          '',
          '',
          'def token():',
          '    r = requests.post(CMS + "/api/authorize/access_token", data={',
          '        "grant_type": "client_credentials",',
          '        "client_id": %s,' % cid,
          '        "client_secret": %s,' % sec,
          '    }, timeout=15)',
          '    r.raise_for_status()',
          '    return r.json()["access_token"]',
          '',
          '',
          'def push_rows(path):',
          '    hdr = {"Authorization": "Bearer " + token()}',
          '    with open(path, newline="") as fh:',
          '        for row in csv.DictReader(fh):',
          '            requests.post("%s/api/dataset/data/%d" % (CMS, DATASET_ID), headers=hdr,',
          '                          data={"dataSetColumnId_1": row["sku"], "dataSetColumnId_2": row["price"]}, timeout=15)',
          '',
          '',
          'if __name__ == "__main__":',
          '    push_rows("exports/prices.csv")')
    return r.choice(['tools/xibo_sync.py', 'menuboard/sync_prices.py', 'scripts/xibo_dataset_push.py']), 'python', t


# 9 Xibo / Poly / BSN credentials in an integration YAML
@tpl('xibo', 'poly', 'bsn', 'zoom_s2s', 'webex_int')
def t_integration_yaml(c):
    r = c.rng
    name = {'xibo': 'xibo', 'poly': 'poly_lens', 'bsn': 'bsn_cloud', 'zoom_s2s': 'zoom', 'webex_int': 'webex'}[c.spec]
    url = {'xibo': 'https://cms.%s.com/api' % r.choice(CORP), 'poly': 'https://login.lens.poly.com/oauth/token',
           'bsn': 'https://auth.bsn.cloud/realms/bsncloud/protocol/openid-connect/token',
           'zoom_s2s': 'https://zoom.us/oauth/token', 'webex_int': 'https://webexapis.com/v1/access_token'}[c.spec]
    key = c.nm(r.choice(['client_secret', 'clientSecret']), r.choice(['key2', 'value', 'b', 'credential']))
    extra = '    account_id: %s' % c.s['account'] if c.spec == 'zoom_s2s' else '    scopes: [%s]' % r.choice(['"devices:read"', '"all"', '"spark:xapi_statuses"'])
    t = L('# AV fleet monitor - integrations',
          'monitor:',
          '  interval_seconds: %d' % r.choice([30, 60, 300]),
          '  site: %s' % r.choice(SITES),
          '  rooms:',
          '    - "%s"' % r.choice(ROOMS),
          '    - "%s"' % r.choice(ROOMS),
          '',
          'integrations:',
          '  %s:' % name,
          '    enabled: true',
          '    token_url: %s' % url,
          '    client_id: "%s"' % (c.s.get('id') or uuid4(r)),
          '    %s: %s' % (key, c.val('yaml', r.choice(['"', "'", '']))),
          extra,
          '  snmp:',
          '    enabled: false',
          '    community_ref: env:SNMP_COMMUNITY',
          '',
          'alerts:',
          '  email: av-ops@%s.com' % r.choice(CORP))
    return r.choice(['config/monitor.yml', 'monitor/config.yaml', 'deploy/values-%s.yaml' % r.choice(SITES)]), 'yaml', t


# 10 Fully Kiosk settings JSON export
@tpl('fully_pw', 'fully_pin')
def t_fully_json(c):
    r = c.rng
    key = 'remoteAdminPassword' if c.spec == 'fully_pw' else 'kioskPin'
    lines = ['{',
             '  "startURL": "https://%s/%s",' % (r.choice(['kiosk.%s.com' % r.choice(CORP), 'wayfinding.%s.io' % r.choice(CORP)]), r.choice(['lobby', 'checkin', 'menu'])),
             '  "kioskMode": true,',
             '  "remoteAdmin": true,',
             '  "remoteAdminLan": true,',
             '  "screenOffInDarkness": false,',
             '  "keepScreenOn": true,',
             '  "motionDetection": false,',
             '  "reloadOnInternet": true,',
             '  "timeToClearCookies": "%d",' % r.choice([15, 30, 60]),
             '  "timeToGoBackToStart": "%d",' % r.choice([60, 120, 300]),
             '  "disableStatusBar": true,',
             '  "%s": %s,' % (key, c.val('json')),
             '  "kioskExitGesture": "%d",' % r.choice([0, 2, 5]),
             '  "deviceName": "%s",' % r.choice(ROOMS),
             '  "mqttEnabled": false,',
             '  "screensaverWallpaperURL": "fully://color#000000"',
             '}']
    return r.choice(['kiosk/fully-settings.json', 'fully/%s-settings.json' % r.choice(SITES), 'provisioning/fully_kiosk.json']), 'json', L(*lines)


# 11 Fully Kiosk REST API from Python (password in query)
@tpl('fully_pw')
def t_fully_py(c):
    r = c.rng
    pw = c.raw()
    tablets = [ip(r, '10.40.%d' % r.randrange(1, 9)) for _ in range(r.randrange(2, 5))]
    url_var = c.nm('ADMIN_PASSWORD', 'QS')
    t = L('#!/usr/bin/env python3',
          '# Nightly: reload start URL and screenshot every lobby tablet (Fully Kiosk Browser REST)',
          'import urllib.request',
          '',
          'TABLETS = [%s]' % ', '.join('"%s"' % x for x in tablets),
          'PORT = 2323',
          ('%s = "%s"' % (url_var, pw)) if c.obvious else 'QS = "type=json&password=%s"' % pw,
          '',
          '',
          'def cmd(host, name):',
          ('    url = "http://%%s:%%d/?cmd=%%s&type=json&password=%%s" %% (host, PORT, name, %s)' % url_var) if c.obvious else
          '    url = "http://%s:%d/?cmd=%s&%s" % (host, PORT, name, QS)',
          '    with urllib.request.urlopen(url, timeout=10) as resp:',
          '        return resp.read()',
          '',
          '',
          'for t in TABLETS:',
          '    try:',
          '        cmd(t, "loadStartURL")',
          '        print(t, "ok")',
          '    except OSError as exc:',
          '        print(t, "unreachable", exc)')
    if not c.pos and c.nk == 'env_ref':
        t = t.replace('"%s"' % pw, 'os.environ["%s"]' % c.env, 1).replace('import urllib.request', 'import os\nimport urllib.request')
    return r.choice(['scripts/fully_nightly.py', 'kiosk/tools/reload_tablets.py', 'ops/fully_reload.py']), 'python', t


# 12 Teams Rooms resource account creation (PowerShell)
@tpl('mtr')
def t_mtr_ps1(c):
    r = c.rng
    corp = r.choice(CORP)
    room = r.choice(ROOMS)
    alias = 'mtr-' + room.lower().replace(' ', '-').replace('.', '').replace('é', 'e')
    var = c.nm('$RoomPassword', r.choice(['$p', '$secretArg', '$initial']))
    t = L('<#',
          '.SYNOPSIS',
          '  Creates the resource account for the Teams Room "%s".' % room,
          '  Run from an admin workstation with ExchangeOnlineManagement and MicrosoftTeams.',
          '#>',
          'param(',
          '    [string]$Alias = "%s",' % alias,
          '    [string]$Domain = "%s.onmicrosoft.com"' % corp,
          ')',
          '',
          'Import-Module ExchangeOnlineManagement',
          'Connect-ExchangeOnline -UserPrincipalName av-admin@%s.com' % corp,
          '',
          '%s = ConvertTo-SecureString -String %s -AsPlainText -Force' % (var, c.val('ps1')),
          '',
          'New-Mailbox -MicrosoftOnlineServicesID "$Alias@$Domain" -Name "%s" -Alias $Alias `' % room,
          '    -Room -EnableRoomMailboxAccount $true -RoomMailboxPassword %s' % var,
          '',
          'Set-CalendarProcessing -Identity $Alias -AutomateProcessing AutoAccept `',
          '    -AddOrganizerToSubject $false -DeleteComments $false -DeleteSubject $false `',
          '    -RemovePrivateProperty $false -AddAdditionalResponse $true `',
          '    -AdditionalResponse "This room is equipped with a Microsoft Teams Room."',
          '',
          'Set-Place -Identity $Alias -Capacity %d -Building "%s" -Floor %d' % (r.choice([4, 6, 8, 12, 20]), r.choice(SITES), r.randrange(1, 30)),
          'Write-Host "Resource account $Alias created. Assign a Teams Rooms Pro licence next."')
    return r.choice(['scripts/MTR/New-RoomAccount.ps1', 'teams-rooms/provision/New-%s.ps1' % alias, 'powershell/Create-MtrAccount.ps1']), 'powershell', t


# 13 Teams Rooms SkypeSettings.xml
@tpl('mtr')
def t_mtr_skypesettings(c):
    r = c.rng
    corp = r.choice(CORP)
    room = r.choice(ROOMS)
    alias = 'mtr-' + ''.join(ch for ch in room.lower() if ch.isalnum())
    t = L('<?xml version="1.0" encoding="utf-8"?>',
          '<SkypeSettings>',
          '  <AutoScreenShare>1</AutoScreenShare>',
          '  <HideMeetingName>0</HideMeetingName>',
          '  <AutoExitMeetingEnabled>true</AutoExitMeetingEnabled>',
          '  <UserAccount>',
          '    <SkypeSignInAddress>%s@%s.com</SkypeSignInAddress>' % (alias, corp),
          '    <ExchangeAddress>%s@%s.com</ExchangeAddress>' % (alias, corp),
          '    <DomainUsername>%s\\%s</DomainUsername>' % (corp.upper()[:8], alias),
          '    <Password>%s</Password>' % c.val('xml', ''),
          '    <ConfigureDomain>%s.com</ConfigureDomain>' % corp,
          '    <ModernAuthEnabled>true</ModernAuthEnabled>',
          '  </UserAccount>',
          '  <TeamsMeetingsEnabled>true</TeamsMeetingsEnabled>',
          '  <SfbMeetingEnabled>false</SfbMeetingEnabled>',
          '  <IsTeamsDefaultClient>true</IsTeamsDefaultClient>',
          '  <DualScreenMode>%d</DualScreenMode>' % r.choice([0, 1]),
          '  <SendLogs>',
          '    <EmailAddressForLogsAndFeedback>av-ops@%s.com</EmailAddressForLogsAndFeedback>' % corp,
          '    <SendLogsAndFeedback>True</SendLogsAndFeedback>',
          '  </SendLogs>',
          '  <Theming>',
          '    <ThemeName>%s</ThemeName>' % r.choice(['Default', 'Vivid', 'Custom']),
          '  </Theming>',
          '</SkypeSettings>')
    return r.choice(['mtr/SkypeSettings.xml', 'teams-rooms/%s/SkypeSettings.xml' % alias, 'deploy/mtr/SkypeSettings.xml']), 'xml', t


# 14 Zoom Server-to-Server OAuth in Python
@tpl('zoom_s2s')
def t_zoom_py(c):
    r = c.rng
    sec = c.nm('ZOOM_CLIENT_SECRET', r.choice(['APP_B', 'S2S_VALUE', 'ZR_CFG_2']))
    t = L('"""Zoom Rooms status collector (server-to-server OAuth app)."""',
          'import base64',
          'import requests',
          '',
          'ACCOUNT_ID = "%s"' % c.s['account'],
          'CLIENT_ID = "%s"' % c.s['id'],
          '%s = %s' % (sec, c.val('py')),
          '',
          '',
          'def get_token():',
          '    basic = base64.b64encode(f"{CLIENT_ID}:{%s}".encode()).decode()' % sec,
          '    resp = requests.post(',
          '        "https://zoom.us/oauth/token",',
          '        params={"grant_type": "account_credentials", "account_id": ACCOUNT_ID},',
          '        headers={"Authorization": f"Basic {basic}"},',
          '        timeout=10,',
          '    )',
          '    resp.raise_for_status()',
          '    return resp.json()["access_token"]',
          '',
          '',
          'def rooms(token):',
          '    r = requests.get("https://api.zoom.us/v2/rooms", params={"page_size": 300},',
          '                     headers={"Authorization": f"Bearer {token}"}, timeout=10)',
          '    return r.json().get("rooms", [])',
          '',
          '',
          'if __name__ == "__main__":',
          '    for room in rooms(get_token()):',
          '        print(room["name"], room["status"])')
    return r.choice(['collector/zoom_rooms.py', 'zoomrooms/status.py', 'src/collectors/zoom.py']), 'python', t


# 15 .env for Zoom apps
@tpl('zoom_s2s', 'zoom_jwt', 'zoom_hook')
def t_zoom_env(c):
    r = c.rng
    lines = ['# Zoom Rooms controller', 'NODE_ENV=production', 'PORT=%d' % r.choice([3000, 8080, 8443])]
    if c.spec == 'zoom_s2s':
        lines += ['ZOOM_ACCOUNT_ID=%s' % c.s['account'], 'ZOOM_CLIENT_ID=%s' % c.s['id'],
                  '%s=%s' % (c.nm('ZOOM_CLIENT_SECRET', 'ZOOM_APP_VALUE'), c.val('env', r.choice(['', '"'])))]
    elif c.spec == 'zoom_jwt':
        lines += ['# legacy JWT app (sunset planned)', 'ZOOM_API_KEY=%s' % c.s['id'],
                  '%s=%s' % (c.nm('ZOOM_API_SECRET', 'ZOOM_JWT_B'), c.val('env', r.choice(['', '"'])))]
    else:
        lines += ['ZOOM_WEBHOOK_PATH=/hooks/zoom',
                  '%s=%s' % (c.nm('ZOOM_WEBHOOK_SECRET_TOKEN', 'ZOOM_HOOK_VERIFY'), c.val('env', r.choice(['', '"'])))]
    lines += ['', 'ROOMS_SITE=%s' % r.choice(SITES), 'LOG_LEVEL=%s' % r.choice(['info', 'debug', 'warn']),
              'SIGNAGE_URL=https://signage.%s.com/rooms' % r.choice(CORP)]
    return r.choice(['.env', 'zoom-controller/.env', '.env.production']), 'dotenv', L(*lines)


# 16 Node: Zoom webhook validation / JWT signing
@tpl('zoom_hook', 'zoom_jwt')
def t_zoom_node(c):
    r = c.rng
    var = c.nm('ZOOM_WEBHOOK_SECRET_TOKEN' if c.spec == 'zoom_hook' else 'ZOOM_API_SECRET', r.choice(['signingValue', 'cfgB', 'HK']))
    if c.spec == 'zoom_hook':
        body = ["app.post('/hooks/zoom', (req, res) => {",
                "  if (req.body.event === 'endpoint.url_validation') {",
                "    const hash = crypto.createHmac('sha256', %s).update(req.body.payload.plainToken).digest('hex');" % var,
                '    return res.json({ plainToken: req.body.payload.plainToken, encryptedToken: hash });',
                '  }',
                "  if (req.body.event === 'zoomroom.alert') signage.showAlert(req.body.payload.object.room_name);",
                '  res.sendStatus(200);',
                '});']
        head = []
    else:
        head = ["const API_KEY = '%s';" % c.s['id']]
        body = ['function zoomJwt() {',
                "  return jwt.sign({ iss: API_KEY, exp: Math.floor(Date.now() / 1000) + 60 }, %s, { algorithm: 'HS256' });" % var,
                '}',
                '',
                "app.get('/rooms', async (_req, res) => {",
                "  const r = await fetch('https://api.zoom.us/v2/rooms', { headers: { Authorization: `Bearer ${zoomJwt()}` } });",
                '  res.json(await r.json());',
                '});']
    t = L("'use strict';",
          "const express = require('express');",
          "const crypto = require('crypto');",
          "const jwt = require('jsonwebtoken');",
          "const signage = require('./signage');",
          '',
          *head,
          'const %s = %s;' % (var, c.val('js', r.choice(["'", '"']))),
          '',
          'const app = express();',
          'app.use(express.json());',
          '',
          *body,
          '',
          'app.listen(%d, () => console.log("zoom bridge up"));' % r.choice([3000, 8080, 4000]))
    return r.choice(['server/index.js', 'zoom-bridge/app.js', 'src/zoomHooks.js']), 'javascript', t


# 17 Logitech Sync API key in JSON (PEM escaped)
@tpl('logi_sync')
def t_logi_json(c):
    r = c.rng
    if c.pos:
        pem = '\\n'.join(c.s['secret_lines']) + '\\n'
        c.s['secret'] = '\\n'.join(c.s['secret_lines'])
        v = '"%s"' % pem
    else:
        v = c.val('json')
    t = L('{',
          '  "syncPortal": {',
          '    "orgId": "%s",' % uuid4(r),
          '    "apiBase": "https://api.sync.logitech.com/v1",',
          '    "certificate": "certs/sync-api.crt",',
          '    "%s": %s,' % (c.nm('privateKey', 'material'), v),
          '    "pollSeconds": %d' % r.choice([60, 120, 300]),
          '  },',
          '  "rooms": ["%s", "%s"]' % (r.choice(ROOMS), r.choice(ROOMS)),
          '}')
    return r.choice(['config/sync.json', 'logitech-sync/settings.json', 'monitor/sync-credentials.json']), 'json', t


# 18 Logitech Sync API private key as a PEM file committed next to the cert
@tpl('logi_sync')
def t_logi_pem(c):
    r = c.rng
    if c.pos:
        t = L(*c.s['secret_lines'])
    else:
        t = L('# Private key for the Sync Portal API certificate lives in the team vault:',
              '#   %s' % secret_mgr_ref(r, 'SYNC_API_KEY'),
              '# Fetch it with scripts/fetch-sync-key.sh; never commit the key itself.')
    return r.choice(['certs/sync-api.key', 'logitech-sync/certs/api-client.key', 'config/certs/sync_portal.pem']), 'pem', t


# 19 BSN.cloud client in Node
@tpl('bsn')
def t_bsn_node(c):
    r = c.rng
    sec = c.nm('BSN_CLIENT_SECRET', r.choice(['secondPart', 'cfgValue', 'B']))
    t = L("import fetch from 'node-fetch';",
          '',
          '// BSN.cloud: list players of the %s network and flag offline ones' % r.choice(CORP),
          "const NETWORK = '%s';" % r.choice(['%s-retail' % r.choice(CORP), '%s-signage' % r.choice(CORP)]),
          "const CLIENT_ID = '%s';" % c.s['id'],
          'const %s = %s;' % (sec, c.val('js', "'")),
          '',
          'async function token() {',
          '  const body = new URLSearchParams({ grant_type: "client_credentials", client_id: CLIENT_ID, client_secret: %s });' % sec,
          "  const r = await fetch('https://auth.bsn.cloud/realms/bsncloud/protocol/openid-connect/token', { method: 'POST', body });",
          '  return (await r.json()).access_token;',
          '}',
          '',
          'export async function offlinePlayers() {',
          '  const t = await token();',
          "  await fetch('https://api.bsn.cloud/2022/06/REST/Self/Session/Network', {",
          "    method: 'PUT', headers: { Authorization: `Bearer ${t}`, 'Content-Type': 'application/json' },",
          '    body: JSON.stringify({ name: NETWORK }),',
          '  });',
          "  const r = await fetch('https://api.bsn.cloud/2022/06/REST/Devices/?filter=status.health%20eq%20%27Error%27', { headers: { Authorization: `Bearer ${t}` } });",
          '  return (await r.json()).items.map(d => d.serial);',
          '}')
    return r.choice(['src/bsn/client.mjs', 'bsn-monitor/index.mjs', 'tools/bsn-offline.mjs']), 'javascript', t


# 20 BrightScript autorun: DWS password
@tpl('bs_dws')
def t_brs_autorun(c):
    r = c.rng
    var = c.nm('dwsPassword', r.choice(['p', 'cfgStr', 'v1']))
    t = L("' autorun.brs - %s menu board player" % r.choice(['drive-thru', 'lobby', 'store window']),
          "' sets up networking + diagnostic web server, then hands over to the presentation",
          'Sub Main()',
          '    reg = CreateObject("roRegistrySection", "networking")',
          '    reg.Write("ts", "%s")' % r.choice(['pool.ntp.org', 'time.%s.com' % r.choice(CORP)]),
          '    reg.Flush()',
          '',
          '    nc = CreateObject("roNetworkConfiguration", 0)',
          '    nc.SetHostName("%s")' % ('bs-' + r.choice(SITES) + '-%02d' % r.randrange(1, 40)),
          '    nc.SetTimeServer("ntp://pool.ntp.org")',
          '    %s = %s' % (var, c.val('brs')),
          '    dws = { port: "80", open: %s }' % var,
          '    nc.SetupDWS(dws)',
          '    nc.Apply()',
          '',
          '    RunPresentation("SD:/presentation/%s.brs")' % r.choice(['menu', 'loop', 'main']),
          'End Sub',
          '',
          'Sub RunPresentation(path as String)',
          '    print "starting "; path',
          '    Run(path)',
          'End Sub')
    return r.choice(['autorun.brs', 'brightsign/setup/autorun.brs', 'players/%s/autorun.brs' % r.choice(SITES)]), 'brightscript', t


# 21 MagicInfo / LG SuperSign REST login in Python
@tpl('magicinfo', 'lg')
def t_signage_server_py(c):
    r = c.rng
    if c.spec == 'magicinfo':
        base = 'https://%s:7001/MagicInfo' % r.choice(['magicinfo.%s.local' % r.choice(CORP), ip(r)])
        login = '/restapi/v2.0/auth'
    else:
        base = 'https://%s' % r.choice(['supersign.%s.local' % r.choice(CORP), ip(r)])
        login = '/api/login'
    var = c.nm('PASSWORD', r.choice(['SECOND', 'AUTH_B', 'LOGIN_ARG']))
    t = L('#!/usr/bin/env python3',
          '"""Pull the device list from the signage server and write it to the asset register."""',
          'import json',
          'import requests',
          '',
          'BASE = "%s"' % base,
          'USERNAME = "%s"' % r.choice(['admin', 'svc_asset', 'integration']),
          '%s = %s' % (var, c.val('py', r.choice(['"', "'"]))),
          '',
          'session = requests.Session()',
          'session.verify = False  # self-signed cert on the appliance',
          '',
          'resp = session.post(BASE + "%s", json={"username": USERNAME, "password": %s}, timeout=20)' % (login, var),
          'resp.raise_for_status()',
          'token = resp.json().get("token")',
          'session.headers["api_key"] = token',
          '',
          'devices = session.get(BASE + "/restapi/v2.0/rms/devices", params={"pageSize": 500}).json()',
          'with open("asset_register.json", "w") as fh:',
          '    json.dump(devices, fh, indent=2)',
          'print("exported", len(devices.get("items", [])), "devices")')
    return r.choice(['tools/export_devices.py', 'signage/magicinfo_export.py' if c.spec == 'magicinfo' else 'signage/lg_export.py',
                     'scripts/asset_sync.py']), 'python', t


# 22 INI from an AV device / controller config
@tpl('lg', 'extron', 'amx', 'crestron', 'clickshare', 'magicinfo', 'qsys_pin')
def t_device_ini(c):
    r = c.rng
    model, user = DEVICE_LABEL.get(c.spec, ('Core 110f', 'pin'))
    key = c.nm(r.choice(['password', 'Password', 'admin_password']) if c.spec != 'qsys_pin' else 'pin', r.choice(['auth', 'login_b', 'secret2'] if c.spec != 'qsys_pin' else ['code', 'access']))
    sep = r.choice([' = ', '=', ': '])
    t = L('; %s - %s' % (model, r.choice(ROOMS)),
          '; exported from the integrator laptop, %d-%02d-%02d' % (r.randrange(2020, 2025), r.randrange(1, 13), r.randrange(1, 29)),
          '[device]',
          'model%s%s' % (sep, model),
          'serial%s%s' % (sep, rs(r, UP + DIG, 12)),
          'mac%s%s' % (sep, mac(r)),
          'firmware%s%d.%d.%d' % (sep, r.randrange(1, 12), r.randrange(0, 20), r.randrange(0, 300)),
          '',
          '[network]',
          'ip%s%s' % (sep, ip(r)),
          'subnet%s255.255.255.0' % sep,
          'dhcp%sfalse' % sep,
          '',
          '[login]',
          'user%s%s' % (sep, user),
          '%s%s%s' % (key, sep, c.val('ini', '')),
          'session_timeout%s%d' % (sep, r.choice([5, 15, 30])),
          '',
          '[snmp]',
          'enabled%sfalse' % sep)
    return r.choice(['devices/%s.ini' % model.lower().replace(' ', '_'), 'config/av/%s.ini' % r.choice(SITES),
                     'backups/%s/device.cfg' % r.choice(SITES)]), 'ini', t


# 23 docker-compose with one secret in environment
COMPOSE_SPECS = ['xibo_db', 'pg', 'redis', 'mqtt', 'yodeck', 'screencloud', 'optisigns', 'webex_bot', 'sendgrid', 'rise', 'poly', 'bsn']


@tpl(*COMPOSE_SPECS)
def t_compose(c):
    r = c.rng
    svc = {'xibo_db': 'cms-db', 'pg': 'db', 'redis': 'cache', 'mqtt': 'bridge'}.get(c.spec, 'signage-sync')
    envk = c.nm(c.env, r.choice(['APP_KEY_2', 'UPSTREAM_AUTH', 'CONN_B', 'SVC_CFG']))
    if c.spec == 'xibo_db':
        image, envk = 'mysql:8.0', c.nm('MYSQL_PASSWORD', 'MYSQL_PASSWORD')
    elif c.spec == 'pg':
        image, envk = 'postgres:15-alpine', 'POSTGRES_PASSWORD'
    elif c.spec == 'redis':
        image = 'redis:7-alpine'
    else:
        image = r.choice(['ghcr.io/%s/signage-sync:1.%d.%d' % (r.choice(CORP), r.randrange(0, 9), r.randrange(0, 20)),
                          '%s/av-bridge:latest' % r.choice(CORP)])
    if c.spec == 'redis':
        envblock = ['    command: ["redis-server", "--requirepass", %s]' % c.val('yaml', '"')]
    else:
        style = r.randrange(2)
        if style == 0:
            envblock = ['    environment:', '      %s: %s' % (envk, c.val('yaml', r.choice(['"', "'", '']))),
                        '      TZ: %s' % r.choice(['Europe/London', 'America/New_York', 'Australia/Sydney'])]
        else:
            envblock = ['    environment:', '      - TZ=%s' % r.choice(['Europe/Berlin', 'America/Chicago']),
                        '      - %s=%s' % (envk, c.val('yaml', ''))]
    t = L('version: "3.8"',
          '',
          'services:',
          '  %s:' % svc,
          '    image: %s' % image,
          '    restart: unless-stopped',
          *envblock,
          '    volumes:',
          '      - ./data/%s:/data' % svc,
          '    networks: [av]',
          '',
          '  web:',
          '    image: nginx:1.25-alpine',
          '    ports:',
          '      - "%d:80"' % r.choice([80, 8080, 8000]),
          '    depends_on: [%s]' % svc,
          '    networks: [av]',
          '',
          'networks:',
          '  av: {}')
    return r.choice(['docker-compose.yml', 'deploy/docker-compose.yml', 'compose.yaml', 'docker-compose.prod.yml']), 'docker-compose', t


# 24 generic .env
ENV_SPECS = ['yodeck', 'screencloud', 'optisigns', 'rise', 'webex_bot', 'webex_int', 'xio', 'poly', 'bsn', 'sendgrid',
             'twilio', 'github', 'mqtt', 'magicinfo', 'fully_pw', 'gapi', 'slack']


@tpl(*ENV_SPECS)
def t_dotenv(c):
    r = c.rng
    key = c.nm(c.env, r.choice(['UPSTREAM_KEY', 'INTEGRATION_VALUE', 'SYNC_AUTH', 'PROVIDER_CRED', 'CMS_B']))
    lines = ['# %s' % r.choice(['signage bridge', 'room controller', 'kiosk backend', 'AV monitoring agent']),
             'APP_ENV=%s' % r.choice(['production', 'staging']),
             'LISTEN_PORT=%d' % r.choice([3000, 5000, 8080]),
             'SITE_CODE=%s' % r.choice(SITES)]
    if c.s.get('id'):
        idk = {'twilio': 'TWILIO_ACCOUNT_SID', 'xio': 'XIO_ACCOUNT_ID', 'webex_int': 'WEBEX_CLIENT_ID',
               'poly': 'POLY_LENS_CLIENT_ID', 'bsn': 'BSN_CLIENT_ID', 'rise': 'RISE_COMPANY_ID'}.get(c.spec, 'CLIENT_ID')
        lines.append('%s=%s' % (idk, c.s['id']))
    if c.spec == 'yodeck':
        lines.append('YODECK_TOKEN_LABEL=%s' % c.s['label'])
    lines.append('%s=%s' % (key, c.val('env', r.choice(['', '', '"', "'"]))))
    lines += ['DISPLAY_GROUP=%s' % r.choice(['lobby', 'food-court', 'meeting-rooms', 'wayfinding']),
              'REFRESH_INTERVAL=%d' % r.choice([30, 60, 300, 900]),
              'LOG_LEVEL=%s' % r.choice(['info', 'debug'])]
    return r.choice(['.env', '.env.production', 'bridge/.env', 'kiosk-api/.env', 'services/monitor/.env']), 'dotenv', L(*lines)


# 25 GitHub Actions deploy workflow with an inline credential
@tpl('aws', 'slack', 'sendgrid', 'github', 'screencloud', 'yodeck')
def t_gh_workflow(c):
    r = c.rng
    key = c.nm(c.env, r.choice(['DEPLOY_B', 'NOTIFY_TARGET', 'UPLOAD_CRED']))
    envs = ['  %s: %s' % (key, c.val('yaml', r.choice(['', '"', "'"])))]
    if c.spec == 'aws':
        envs.insert(0, '  AWS_ACCESS_KEY_ID: %s' % (c.s['id'] if c.pos else ('AKIAIOSFODNN7EXAMPLE' if c.nk == 'doc_example' else '${{ vars.AWS_ACCESS_KEY_ID }}')))
        envs.insert(0, '  AWS_DEFAULT_REGION: %s' % r.choice(['eu-west-1', 'us-east-1', 'ap-southeast-2']))
    t = L('name: deploy-signage-content',
          '',
          'on:',
          '  push:',
          '    branches: [main]',
          '    paths: ["playlists/**", "assets/**"]',
          '',
          'env:',
          *envs,
          '',
          'jobs:',
          '  publish:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - uses: actions/checkout@v4',
          '      - uses: actions/setup-python@v5',
          '        with:',
          '          python-version: "3.11"',
          '      - run: pip install -r tools/requirements.txt',
          '      - name: Render playlists',
          '        run: python tools/render_playlists.py --site %s' % r.choice(SITES),
          '      - name: Publish',
          '        run: python tools/publish.py --channel %s' % r.choice(['lobby', 'retail', 'campus']))
    return r.choice(['.github/workflows/deploy.yml', '.github/workflows/publish-content.yml', '.github/workflows/release.yaml']), 'github-actions', t


# 26 Spring Boot application.properties of a signage backend
@tpl('pg', 'twilio', 'sendgrid', 'azure', 'mqtt')
def t_properties(c):
    r = c.rng
    lines = ['# signage-scheduler service', 'server.port=%d' % r.choice([8080, 8081, 9000]),
             'spring.application.name=signage-scheduler', 'spring.jpa.hibernate.ddl-auto=validate']
    if c.spec == 'pg':
        lines += ['spring.datasource.url=jdbc:postgresql://%s:5432/signage' % r.choice(['db', 'pg.%s.internal' % r.choice(CORP)]),
                  'spring.datasource.username=signage_app',
                  'spring.datasource.password=%s' % c.val('properties', '')]
    elif c.spec == 'twilio':
        lines += ['twilio.account-sid=%s' % c.s['id'], '%s=%s' % (c.nm('twilio.auth-token', 'twilio.credential'), c.val('properties', '')),
                  'twilio.from-number=+1415555%04d' % r.randrange(10000)]
    elif c.spec == 'sendgrid':
        lines += ['%s=%s' % (c.nm('spring.sendgrid.api-key', 'mail.provider.value'), c.val('properties', '')),
                  'mail.from=signage-noreply@%s.com' % r.choice(CORP)]
    elif c.spec == 'azure':
        lines += ['azure.storage.connection-string=DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net' % (c.s['account'], c.raw()),
                  'azure.storage.container=playlists']
    else:
        lines += ['mqtt.broker=ssl://%s:8883' % r.choice(['mqtt.%s.io' % r.choice(CORP), ip(r)]),
                  'mqtt.username=scheduler', '%s=%s' % (c.nm('mqtt.password', 'mqtt.auth'), c.val('properties', '')),
                  'mqtt.topic=signage/+/schedule']
    lines += ['scheduler.default-timezone=%s' % r.choice(['UTC', 'Europe/Paris', 'America/Denver']),
              'management.endpoints.web.exposure.include=health,info']
    return r.choice(['src/main/resources/application.properties', 'scheduler/src/main/resources/application-prod.properties']), 'properties', L(*lines)


# 27 TOML config for a Python room controller
@tpl('mqtt', 'redis', 'optisigns', 'rise', 'screencloud', 'clickshare', 'extron')
def t_toml(c):
    r = c.rng
    sect = {'mqtt': 'mqtt', 'redis': 'cache', 'optisigns': 'optisigns', 'rise': 'rise_vision', 'screencloud': 'screencloud',
            'clickshare': 'clickshare', 'extron': 'extron'}[c.spec]
    keyname = 'password' if 'password' in c.kind else 'api_key'
    key = c.nm(keyname, r.choice(['auth', 'value', 'cred']))
    body = ['[%s]' % sect]
    if c.spec in ('mqtt', 'redis', 'clickshare', 'extron'):
        body += ['host = "%s"' % ip(r), 'port = %d' % {'mqtt': 8883, 'redis': 6379, 'clickshare': 4003, 'extron': 23}[c.spec],
                 'username = "%s"' % r.choice(['controller', 'admin', 'integrator'])]
    else:
        body += ['endpoint = "%s"' % API_HOST.get(c.spec, 'https://api.example.net'), 'timeout = 15']
        if c.spec == 'rise':
            body.append('company_id = "%s"' % c.s['id'])
    body.append('%s = %s' % (key, c.val('toml', r.choice(['"', "'"]))))
    t = L('# roomctl configuration', '', '[general]', 'room = "%s"' % r.choice(ROOMS), 'site = "%s"' % r.choice(SITES),
          'poll_interval = %d' % r.choice([5, 10, 30]), '', *body, '', '[logging]', 'level = "%s"' % r.choice(['INFO', 'DEBUG']),
          'file = "/var/log/roomctl.log"')
    return r.choice(['roomctl/config.toml', 'config/roomctl.toml', 'pyproject-roomctl.toml' if False else 'etc/roomctl.toml']), 'toml', t


# 28 Markdown runbook / handover note
RUNBOOK_SPECS = ['crestron', 'clickshare', 'roomos_pw', 'mtr', 'qsys_pin', 'bs_dws', 'magicinfo', 'extron', 'fully_pin', 'lg', 'amx']
RUNBOOK_WHAT = {'crestron': 'Crestron CP4 processor', 'clickshare': 'ClickShare base unit', 'roomos_pw': 'Room Kit (RoomOS) local admin',
                'mtr': 'Teams Rooms resource account', 'qsys_pin': 'Q-SYS Core UCI PIN', 'bs_dws': 'BrightSign DWS', 'magicinfo': 'MagicInfo Server admin',
                'extron': 'Extron IPCP', 'fully_pin': 'Fully Kiosk exit PIN', 'lg': 'LG SuperSign CMS', 'amx': 'AMX NX master'}


@tpl(*RUNBOOK_SPECS)
def t_runbook(c):
    r = c.rng
    what = RUNBOOK_WHAT[c.spec]
    room = r.choice(ROOMS)
    style = r.randrange(3)
    v = c.val('md', '`' if style != 2 else '')
    if style == 0:
        cred = ['| Item | Value |', '|---|---|', '| Host | %s |' % ip(r), '| User | %s |' % r.choice(['admin', 'integrator', 'av-ops']),
                '| %s | %s |' % (c.nm('Password' if 'pin' not in c.kind else 'PIN', 'Login'), v)]
    elif style == 1:
        cred = ['- host: `%s`' % ip(r), '- user: `admin`', '- %s: %s' % (c.nm('password' if 'pin' not in c.kind else 'pin', 'creds'), v)]
    else:
        if c.spec == 'mtr':
            cred = ['Sign in on the console as mtr-%s@%s.com / %s (resource account).' % (r.choice(SITES), r.choice(CORP), v)]
        else:
            cred = ['Log in to %s as admin / %s and check the firmware page.' % (ip(r), v)]
    t = L('# %s - AV handover' % room,
          '',
          'Installed by %s AV, commissioned %d-%02d.' % (r.choice(CORP).capitalize(), r.randrange(2020, 2025), r.randrange(1, 13)),
          '',
          '## Equipment',
          '- %s' % what,
          '- %d x %s' % (r.randrange(1, 4), r.choice(['Samsung QM75C', 'LG 86UH5F', 'Sony FW-85BZ40L'])),
          '- %s' % r.choice(['Shure MXA920 ceiling mic', 'Logitech Rally Bar', 'Poly Studio X70']),
          '',
          '## Access (%s)' % what,
          *cred,
          '',
          '## Known issues',
          '- HDMI input 2 needs a CEC power cycle after firmware updates.',
          '- Ticket queue: AV-%d' % r.randrange(100, 9999))
    return r.choice(['notes/runbook.md', 'docs/rooms/%s.md' % ''.join(ch for ch in room.lower().replace(' ', '-') if ch.isalnum() or ch == '-'),
                     'handover/HANDOVER.md', 'README-room.md']), 'markdown', t


# 29 shell deploy script with curl + header
@tpl('yodeck', 'screencloud', 'optisigns', 'rise', 'xio', 'webex_bot', 'slack')
def t_sh_curl(c):
    r = c.rng
    var = c.nm(c.env, r.choice(['H', 'AUTHV', 'KEY2']))
    if c.spec == 'slack':
        call = ['curl -fsS -X POST -H "Content-Type: application/json" \\',
                '  -d "{\\"text\\": \\"Playlist ${PLAYLIST} published to ${SITE}\\"}" \\',
                '  "$%s"' % var]
    elif c.spec == 'xio':
        call = ['curl -fsS "https://api.crestron.io/api/v1/device/accountid/%s/devices" \\' % c.s['id'],
                '  -H "XiO-subscription-key: $%s" | jq \'.[] | select(.device_status != "Online") | .device_name\'' % var]
    else:
        pre = 'Token %s:' % c.s['label'] if c.spec == 'yodeck' else 'Bearer '
        call = ['curl -fsS -X POST "%s/%s" \\' % (API_HOST[c.spec], r.choice(['playlists/refresh', 'screens/reload', 'publish'])),
                '  -H "Authorization: %s$%s" \\' % (pre, var),
                '  -H "Content-Type: application/json" \\',
                '  -d "{\\"playlist\\": \\"${PLAYLIST}\\"}"']
    t = L('#!/usr/bin/env bash',
          '# publish.sh - push a rendered playlist and refresh the screens',
          'set -euo pipefail',
          '',
          'SITE="${1:-%s}"' % r.choice(SITES),
          'PLAYLIST="${2:-%s}"' % r.choice(['lobby-loop', 'menu-am', 'menu-pm', 'campus-news']),
          '%s=%s' % (var, c.val('sh', r.choice(['"', "'"]))),
          '',
          'echo "publishing ${PLAYLIST} to ${SITE}"',
          *call,
          'echo done')
    return r.choice(['scripts/publish.sh', 'bin/refresh-screens.sh', 'deploy/push_playlist.sh']), 'shell', t


# 30 Terraform for signage media buckets
@tpl('aws', 'azure')
def t_terraform(c):
    r = c.rng
    if c.spec == 'aws':
        aid = c.s['id'] if c.pos else ('AKIAIOSFODNN7EXAMPLE' if c.nk == 'doc_example' else 'var.aws_access_key_id')
        q = '"' if not aid.startswith('var.') else ''
        prov = ['provider "aws" {', '  region     = "%s"' % r.choice(['eu-west-1', 'us-east-1']),
                '  access_key = %s%s%s' % (q, aid, q), '  secret_key = %s' % c.val('tf'), '}']
        res = ['resource "aws_s3_bucket" "media" {', '  bucket = "%s-signage-media-%s"' % (r.choice(CORP), r.choice(SITES)), '}']
    else:
        prov = ['provider "azurerm" {', '  features {}', '}']
        res = ['resource "azurerm_storage_container" "playlists" {', '  name                 = "playlists"',
               '  storage_account_name = "%s"' % c.s['account'], '  container_access_type = "private"', '}',
               '', 'locals {', '  storage_key = %s' % c.val('tf'), '}']
    t = L('terraform {', '  required_version = ">= 1.5"', '}', '', *prov, '', *res, '',
          'output "site" {', '  value = "%s"' % r.choice(SITES), '}')
    return r.choice(['infra/main.tf', 'terraform/signage/main.tf', 'infra/media.tf']), 'terraform', t


# 31 Python camera snapshot (RTSP URL password)
@tpl('camera')
def t_py_rtsp(c):
    r = c.rng
    host = ip(r)
    url = 'rtsp://%s:%s@%s:554/%s' % (r.choice(['admin', 'viewer', 'svc_occupancy']), c.raw(), host,
                                      r.choice(['Streaming/Channels/101', 'cam/realmonitor?channel=1&subtype=0', 'stream1']))
    var = c.nm('CAMERA_URL', r.choice(['SRC', 'FEED', 'INPUT']))
    t = L('"""Occupancy counter for %s: grabs a frame every minute and posts the head count."""' % r.choice(ROOMS),
          'import time',
          'import cv2',
          'import requests',
          '',
          '%s = "%s"' % (var, url),
          'DASHBOARD = "https://rooms.%s.com/api/occupancy"' % r.choice(CORP),
          '',
          '',
          'def count_people(frame):',
          '    hog = cv2.HOGDescriptor()',
          '    hog.setSVMDetector(cv2.HOGDescriptor_getDefaultPeopleDetector())',
          '    boxes, _ = hog.detectMultiScale(frame, winStride=(8, 8))',
          '    return len(boxes)',
          '',
          '',
          'while True:',
          '    cap = cv2.VideoCapture(%s)' % var,
          '    ok, frame = cap.read()',
          '    cap.release()',
          '    if ok:',
          '        requests.post(DASHBOARD, json={"room": "%s", "count": count_people(frame)}, timeout=5)' % r.choice(ROOMS),
          '    time.sleep(60)')
    return r.choice(['occupancy/counter.py', 'sensors/camera_occupancy.py', 'apps/occupancy.py']), 'python', t


# 32 Node MQTT bridge
@tpl('mqtt')
def t_node_mqtt(c):
    r = c.rng
    url_style = r.random() < 0.5
    if url_style:
        conn = ["const client = mqtt.connect('mqtts://%s:%s@%s:8883');" % (r.choice(['signage', 'bridge']), c.raw(), r.choice(['mqtt.%s.io' % r.choice(CORP), ip(r)]))]
    else:
        conn = ["const client = mqtt.connect('mqtts://%s:8883', {" % r.choice(['broker.%s.net' % r.choice(CORP), ip(r)]),
                "  username: 'bridge',",
                '  %s: %s,' % (c.nm('password', 'password'), c.val('js', "'")),
                "  clientId: 'signage-bridge-' + Math.random().toString(16).slice(2, 8),",
                '});']
    t = L("const mqtt = require('mqtt');",
          "const { updateScreen } = require('./screens');",
          '',
          '// room sensors -> signage: shows "room in use" on the door display',
          *conn,
          '',
          "client.on('connect', () => client.subscribe('rooms/+/occupancy'));",
          "client.on('message', (topic, msg) => {",
          "  const room = topic.split('/')[1];",
          '  updateScreen(room, JSON.parse(msg.toString()));',
          '});',
          "client.on('error', err => console.error('mqtt', err.message));")
    return r.choice(['bridge/mqtt.js', 'src/mqttBridge.js', 'door-signs/index.js']), 'javascript', t


# 33 Python settings module with DB / cache URL
@tpl('pg', 'redis', 'xibo_db')
def t_py_settings(c):
    r = c.rng
    if c.spec == 'redis':
        url = 'redis://:%s@%s:6379/%d' % (c.raw(), r.choice(['cache', 'redis.%s.internal' % r.choice(CORP)]), r.randrange(0, 4))
        name = c.nm('REDIS_URL', 'BROKER')
    elif c.spec == 'pg':
        url = 'postgresql://signage:%s@%s:5432/signage' % (c.raw(), r.choice(['db', 'pg-primary.%s.internal' % r.choice(CORP)]))
        name = c.nm('DATABASE_URL', 'PRIMARY')
    else:
        url = 'mysql://cms:%s@cms-db:3306/cms' % c.raw()
        name = c.nm('XIBO_DB_URL', 'LEGACY_SOURCE')
    t = L('"""Django settings for the wayfinding kiosk backend (production)."""',
          'from .base import *  # noqa',
          '',
          'DEBUG = False',
          'ALLOWED_HOSTS = ["wayfinding.%s.com", "%s"]' % (r.choice(CORP), ip(r)),
          '',
          '%s = "%s"' % (name, url),
          '',
          'DATABASES = {"default": dj_database_url.parse(%s)}' % name if c.spec == 'pg' else 'CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": %s}}' % name,
          '',
          'KIOSK_IDLE_SECONDS = %d' % r.choice([60, 90, 120]),
          'MAP_TILE_URL = "https://tiles.%s.com/{z}/{x}/{y}.png"' % r.choice(CORP),
          'TIME_ZONE = "%s"' % r.choice(['Europe/London', 'America/Los_Angeles', 'Asia/Singapore']),
          'LANGUAGES = [("en", "English"), ("fr", "Français"), ("de", "Deutsch")]')
    if c.spec == 'pg':
        t = t.replace('from .base import *  # noqa', 'import dj_database_url\n\nfrom .base import *  # noqa')
    return r.choice(['wayfinding/settings/production.py', 'config/settings/prod.py', 'backend/settings_prod.py']), 'python', t


# 34 Ansible group_vars for AV fleet
@tpl('crestron', 'extron', 'clickshare', 'roomos_pw', 'lg', 'magicinfo', 'amx', 'qsys_pw')
def t_ansible(c):
    r = c.rng
    prefix = {'crestron': 'crestron', 'extron': 'extron', 'clickshare': 'clickshare', 'roomos_pw': 'roomos', 'lg': 'lg_signage',
              'magicinfo': 'magicinfo', 'amx': 'amx', 'qsys_pw': 'qsys'}[c.spec]
    key = c.nm('%s_admin_password' % prefix, '%s_%s' % (prefix, r.choice(['login_b', 'auth_value', 'initial'])))
    t = L('---',
          '# group_vars/%s.yml' % prefix,
          '%s_admin_user: %s' % (prefix, r.choice(['admin', 'avadmin', 'integrator'])),
          '%s: %s' % (key, c.val('yaml', r.choice(['"', "'", '']))),
          '%s_ntp_server: %s' % (prefix, r.choice(['time.%s.com' % r.choice(CORP), ip(r)])),
          '%s_timezone: %s' % (prefix, r.choice(['Europe/London', 'America/New_York'])),
          '%s_syslog_host: %s' % (prefix, ip(r)),
          '%s_firmware: "%d.%d.%d"' % (prefix, r.randrange(1, 12), r.randrange(0, 20), r.randrange(0, 9999)),
          '%s_devices:' % prefix,
          *['  - { name: "%s", ip: %s, mac: "%s" }' % (r.choice(ROOMS), ip(r), mac(r)) for _ in range(r.randrange(2, 5))])
    return r.choice(['ansible/group_vars/%s.yml' % prefix, 'inventory/group_vars/%s/vars.yml' % prefix, 'group_vars/%s.yaml' % prefix]), 'yaml', t


# 35 RoomOS device provisioning over xAPI websocket (Python)
@tpl('roomos_pw')
def t_roomos_py(c):
    r = c.rng
    var = c.nm('ADMIN_PASSWORD', r.choice(['SECOND_FACTOR', 'ARG2', 'AUTH_B']))
    t = L('"""Apply standard xConfiguration to new Webex room devices (pyxows)."""',
          'import asyncio',
          'import xows',
          '',
          'DEVICES = [%s]' % ', '.join('"%s"' % ip(r) for _ in range(r.randrange(2, 5))),
          'USERNAME = "admin"',
          '%s = %s' % (var, c.val('py')),
          '',
          'CONFIG = {',
          '    "Audio.DefaultVolume": %d,' % r.choice([40, 50, 60]),
          '    "Standby.Delay": %d,' % r.choice([10, 15, 30]),
          '    "UserInterface.Language": "%s",' % r.choice(['English', 'French', 'German']),
          '    "NetworkServices.NTP.Mode": "Auto",',
          '}',
          '',
          '',
          'async def apply(host):',
          '    async with xows.XoWSClient(host, username=USERNAME, password=%s) as client:' % var,
          '        for path, value in CONFIG.items():',
          '            await client.xSet(["Configuration"] + path.split("."), value)',
          '        print(host, await client.xGet(["Status", "SystemUnit", "Software", "Version"]))',
          '',
          '',
          'async def main():',
          '    await asyncio.gather(*(apply(h) for h in DEVICES))',
          '',
          'asyncio.run(main())')
    return r.choice(['provision/roomos_baseline.py', 'webex-devices/apply_config.py', 'tools/roomos_config.py']), 'python', t


# 36 ClickShare REST API (Python, basic auth)
@tpl('clickshare')
def t_clickshare_py(c):
    r = c.rng
    var = c.nm('CLICKSHARE_PASSWORD', r.choice(['B', 'LOGIN', 'CRED']))
    t = L('#!/usr/bin/env python3',
          '# Check ClickShare base units: firmware + button pairing count',
          'import requests',
          'from requests.auth import HTTPDigestAuth',
          '',
          'BASE_UNITS = {',
          *['    "%s": "%s",' % (r.choice(ROOMS), ip(r)) for _ in range(r.randrange(2, 5))],
          '}',
          'USER = "integrator"',
          '%s = %s' % (var, c.val('py', r.choice(['"', "'"]))),
          '',
          'for room, host in BASE_UNITS.items():',
          '    url = f"https://{host}:4003/v2/configuration/system/device-identity"',
          '    try:',
          '        r = requests.get(url, auth=HTTPDigestAuth(USER, %s), verify=False, timeout=8)' % var,
          '        ident = r.json()',
          '        print(f"{room:20} {ident.get(\'ModelName\')} {ident.get(\'SerialNumber\')}")',
          '    except requests.RequestException as exc:',
          '        print(f"{room:20} ERROR {exc}")')
    return r.choice(['tools/clickshare_audit.py', 'clickshare/check_units.py', 'scripts/barco_inventory.py']), 'python', t


# 37 .NET appsettings.json
@tpl('twilio', 'sendgrid', 'azure', 'poly', 'webex_int', 'zoom_s2s', 'xio', 'webex_bot')
def t_appsettings(c):
    r = c.rng
    if c.spec == 'azure':
        sect = ['  "ConnectionStrings": {',
                '    "MediaStorage": "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net"' % (c.s['account'], c.raw()),
                '  },']
    else:
        name = {'twilio': 'Twilio', 'sendgrid': 'SendGrid', 'poly': 'PolyLens', 'webex_int': 'Webex', 'zoom_s2s': 'Zoom', 'xio': 'XiO', 'webex_bot': 'WebexBot'}[c.spec]
        idk = {'twilio': 'AccountSid', 'xio': 'AccountId'}.get(c.spec, 'ClientId')
        sk = c.nm({'twilio': 'AuthToken', 'sendgrid': 'ApiKey', 'xio': 'SubscriptionKey', 'webex_bot': 'AccessToken'}.get(c.spec, 'ClientSecret'),
                  r.choice(['Value', 'Key2', 'Credential']))
        sect = ['  "%s": {' % name]
        if c.s.get('id'):
            sect.append('    "%s": "%s",' % (idk, c.s['id']))
        sect += ['    "%s": %s,' % (sk, c.val('json')), '    "TimeoutSeconds": %d' % r.choice([10, 30]), '  },']
    t = L('{',
          '  "Logging": {',
          '    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }',
          '  },',
          '  "AllowedHosts": "*",',
          *sect,
          '  "Signage": {',
          '    "DefaultPlaylist": "%s",' % r.choice(['lobby-loop', 'campus-news', 'menu-all-day']),
          '    "Site": "%s"' % r.choice(SITES),
          '  }',
          '}')
    return r.choice(['src/RoomBooking.Api/appsettings.json', 'appsettings.Production.json', 'SignageHub/appsettings.json']), 'json', t


# 38 Webex integration (Node, OAuth)
@tpl('webex_int')
def t_webex_int_js(c):
    r = c.rng
    var = c.nm('WEBEX_CLIENT_SECRET', r.choice(['clientB', 'appValue', 'CFG_2']))
    t = L("import express from 'express';",
          '',
          '// Webex integration: workspace dashboard (spark-admin:devices_read, spark:xapi_statuses)',
          "const CLIENT_ID = '%s';" % c.s['id'],
          'const %s = %s;' % (var, c.val('js', "'")),
          "const REDIRECT_URI = 'https://rooms.%s.com/oauth/callback';" % r.choice(CORP),
          '',
          'const app = express();',
          '',
          "app.get('/oauth/callback', async (req, res) => {",
          '  const body = new URLSearchParams({',
          "    grant_type: 'authorization_code',",
          '    client_id: CLIENT_ID,',
          '    client_secret: %s,' % var,
          '    code: req.query.code,',
          '    redirect_uri: REDIRECT_URI,',
          '  });',
          "  const r = await fetch('https://webexapis.com/v1/access_token', { method: 'POST', body });",
          '  req.session.webex = await r.json();',
          "  res.redirect('/workspaces');",
          '});',
          '',
          'app.listen(%d);' % r.choice([3000, 8080]))
    return r.choice(['server/webex-oauth.mjs', 'dashboard/src/auth.js', 'app/oauth.js']), 'javascript', t


# 39 Google API key used server-side by a kiosk feed fetcher
@tpl('gapi')
def t_py_youtube(c):
    r = c.rng
    var = c.nm('GOOGLE_API_KEY', r.choice(['YT_K', 'PARAM_KEY', 'FEED_CFG']))
    t = L('"""Fetch the latest campus videos for the lobby Chromebox playlist."""',
          'import json',
          'import urllib.parse',
          'import urllib.request',
          '',
          '%s = %s' % (var, c.val('py')),
          'CHANNEL_ID = "UC%s"' % rs(r, URLSAFE, 22),
          'OUT = "kiosk/public/playlist.json"',
          '',
          'q = urllib.parse.urlencode({"part": "snippet", "channelId": CHANNEL_ID, "order": "date",',
          '                            "maxResults": %d, "type": "video", "key": %s})' % (r.choice([10, 20, 25]), var),
          'with urllib.request.urlopen("https://www.googleapis.com/youtube/v3/search?" + q, timeout=20) as resp:',
          '    items = json.load(resp)["items"]',
          '',
          'with open(OUT, "w") as fh:',
          '    json.dump([{"id": i["id"]["videoId"], "title": i["snippet"]["title"]} for i in items], fh, indent=1)',
          'print("wrote", len(items), "videos")')
    return r.choice(['kiosk/tools/fetch_videos.py', 'chromebox/feed/update_playlist.py', 'scripts/youtube_feed.py']), 'python', t


# 40 Google OAuth client_secret.json used by the kiosk calendar sync
@tpl('goauth')
def t_client_secret_json(c):
    r = c.rng
    proj = '%s-kiosk-%d' % (r.choice(CORP), r.randrange(100000, 999999))
    t = L('{',
          '  "installed": {',
          '    "client_id": "%s",' % c.s['id'],
          '    "project_id": "%s",' % proj,
          '    "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
          '    "token_uri": "https://oauth2.googleapis.com/token",',
          '    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
          '    "%s": %s,' % (c.nm('client_secret', 'client_secret'), c.val('json')),
          '    "redirect_uris": ["http://localhost"]',
          '  }',
          '}')
    return r.choice(['credentials/client_secret.json', 'kiosk-calendar/client_secret.json', 'config/google_oauth_client.json']), 'json', t


# 41 Chromebox kiosk web app config (JS) with Google key / OAuth client
@tpl('gapi', 'goauth')
def t_kiosk_config_js(c):
    r = c.rng
    key = c.nm('googleApiKey' if c.spec == 'gapi' else 'googleClientSecret', r.choice(['k', 'mapsParam', 'calCfg']))
    t = L('// config.server.js - Chromebox kiosk backend (room calendar + map)',
          'module.exports = {',
          "  kioskId: '%s'," % r.choice(['lobby-01', 'lvl3-east', 'reception-a']),
          "  calendarIds: ['%s@resource.calendar.google.com']," % ('c_' + rs(r, HEX, 24)),
          '  %s: %s,' % (key, c.val('js', "'")),
          ("  googleClientId: '%s'," % c.s['id']) if c.spec == 'goauth' else "  mapCenter: [%0.4f, %0.4f]," % (r.uniform(-40, 55), r.uniform(-120, 150)),
          '  idleResetSeconds: %d,' % r.choice([45, 60, 90]),
          "  theme: '%s'," % r.choice(['dark', 'light', 'brand']),
          '};')
    return r.choice(['kiosk/config.server.js', 'chromebox-kiosk/server/config.js', 'app/config/production.js']), 'javascript', t


# 42 Dockerfile with ENV
@tpl('screencloud', 'optisigns', 'yodeck', 'github', 'sendgrid')
def t_dockerfile(c):
    r = c.rng
    key = c.nm(c.env, r.choice(['SYNC_B', 'UPSTREAM_VALUE']))
    t = L('FROM python:3.11-slim',
          '',
          'WORKDIR /app',
          'COPY requirements.txt .',
          'RUN pip install --no-cache-dir -r requirements.txt',
          'COPY . .',
          '',
          'ENV SITE=%s \\' % r.choice(SITES),
          '    REFRESH_SECONDS=%d \\' % r.choice([60, 300]),
          '    %s=%s' % (key, c.val('sh', r.choice(['"', '']))) if c.nk != 'env_ref' else '    %s=${%s}' % (key, c.env),
          '',
          'USER 1000',
          'CMD ["python", "-m", "signage_sync"]')
    return r.choice(['Dockerfile', 'signage-sync/Dockerfile', 'docker/Dockerfile']), 'dockerfile', t


# 43 systemd unit with Environment=
@tpl('mqtt', 'yodeck', 'webex_bot', 'rise', 'redis')
def t_systemd(c):
    r = c.rng
    key = c.nm(c.env, r.choice(['AGENT_B', 'UPLINK_VALUE']))
    t = L('[Unit]',
          'Description=Signage player agent (%s)' % r.choice(SITES),
          'After=network-online.target',
          'Wants=network-online.target',
          '',
          '[Service]',
          'User=signage',
          'WorkingDirectory=/opt/signage-agent',
          'Environment=SITE=%s' % r.choice(SITES),
          'Environment=%s=%s' % (key, c.val('conf', '')),
          'ExecStart=/opt/signage-agent/venv/bin/python -m agent --display :0',
          'Restart=always',
          'RestartSec=5',
          '',
          '[Install]',
          'WantedBy=multi-user.target')
    return r.choice(['deploy/systemd/signage-agent.service', 'etc/systemd/system/signage-agent.service', 'player/signage-agent.service']), 'systemd', t


# 44 AMX NetLinx (.axs) telnet login
@tpl('amx', 'extron')
def t_netlinx(c):
    r = c.rng
    var = c.nm('cPassword', r.choice(['cArg2', 'cLoginB', 'cStr']))
    v = c.val('netlinx', "'")
    if not c.pos and c.nk == 'env_ref':
        v = "'%s'" % r.choice(PLACEHOLDERS_PW)
    t = L('PROGRAM_NAME=\'%s\'' % r.choice(['Boardroom_Main', 'Huddle_Ctrl', 'Training_A']),
          '(***********************************************************)',
          '(* Switcher control over IP - %s *)' % r.choice(ROOMS),
          '(***********************************************************)',
          'DEFINE_DEVICE',
          'dvSwitcher = 0:3:0',
          'dvTP       = 10001:1:0',
          '',
          'DEFINE_CONSTANT',
          "CHAR cSwitcherIP[] = '%s'" % ip(r),
          'INTEGER nPort = 23',
          'CHAR %s[] = %s' % (var, v),
          '',
          'DEFINE_START',
          'IP_CLIENT_OPEN(dvSwitcher.PORT, cSwitcherIP, nPort, IP_TCP)',
          '',
          'DEFINE_EVENT',
          'DATA_EVENT[dvSwitcher]',
          '{',
          '    STRING:',
          '    {',
          "        IF (FIND_STRING(DATA.TEXT, 'Password:', 1))",
          "            SEND_STRING dvSwitcher, \"%s, $0D\"" % var,
          '    }',
          '}',
          'BUTTON_EVENT[dvTP, 11]',
          '{',
          "    PUSH: SEND_STRING dvSwitcher, \"'1*1!', $0D\"",
          '}')
    return r.choice(['NetLinx/%s.axs' % r.choice(['Boardroom_Main', 'Huddle_Ctrl']), 'amx/main.axs', 'src/Room_Main.axs']), 'netlinx', t


# 45 Kiosk XML configuration (kiosk app / player)
@tpl('fully_pw', 'magicinfo', 'lg', 'optisigns', 'screencloud', 'gapi', 'bs_dws')
def t_kiosk_xml(c):
    r = c.rng
    el = c.nm({'optisigns': 'ApiKey', 'screencloud': 'ApiKey', 'gapi': 'MapsApiKey'}.get(c.spec, 'AdminPassword'),
              r.choice(['Value2', 'Unlock', 'Auth']))
    t = L('<?xml version="1.0" encoding="UTF-8"?>',
          '<KioskConfiguration version="%d.%d">' % (r.randrange(1, 5), r.randrange(0, 10)),
          '  <Device id="%s" name="%s" />' % (rs(r, UP + DIG, 10), r.choice(ROOMS)),
          '  <StartPage>https://%s/%s</StartPage>' % (r.choice(['kiosk.%s.com' % r.choice(CORP), 'play.%s.net' % r.choice(CORP)]), r.choice(['welcome', 'directory', 'menu'])),
          '  <Security>',
          '    <%s>%s</%s>' % (el, c.val('xml', ''), el),
          '    <BlockTaskManager>true</BlockTaskManager>',
          '    <IdleTimeout>%d</IdleTimeout>' % r.choice([60, 120, 300]),
          '  </Security>',
          '  <Display rotation="%d" brightness="%d" />' % (r.choice([0, 90, 270]), r.choice([70, 80, 100])),
          '  <Schedule on="07:00" off="%s" />' % r.choice(['19:00', '22:00', '23:30']),
          '</KioskConfiguration>')
    return r.choice(['kiosk/config.xml', 'player/KioskConfig.xml', 'deploy/kiosk-%s.xml' % r.choice(SITES)]), 'xml', t


# 46 Extron SIS controller in Python
@tpl('extron', 'crestron', 'amx')
def t_py_telnet(c):
    r = c.rng
    var = c.nm('PASSWORD', r.choice(['PROMPT_REPLY', 'ARG_B']))
    t = L('"""Minimal telnet driver: route input to all outputs on the matrix."""',
          'import telnetlib',
          '',
          'HOST = "%s"' % ip(r),
          '%s = %s' % (var, c.val('py')),
          '',
          '',
          'class Matrix:',
          '    def __init__(self, host=HOST, password=%s):' % var,
          '        self.tn = telnetlib.Telnet(host, 23, timeout=5)',
          '        banner = self.tn.read_until(b"Password:", timeout=5)',
          '        if b"Password:" in banner:',
          '            self.tn.write(password.encode() + b"\\r")',
          '',
          '    def tie_all(self, inp):',
          '        self.tn.write(f"{inp}*!".encode())',
          '        return self.tn.read_until(b"\\r\\n", timeout=2)',
          '',
          '',
          'if __name__ == "__main__":',
          '    print(Matrix().tie_all(%d))' % r.randrange(1, 9))
    return r.choice(['drivers/matrix_telnet.py', 'roomctl/drivers/sis.py', 'tools/route_all.py']), 'python', t


# 47 Crestron / generic room config JSON (VC-4 or Essentials-style)
@tpl('crestron', 'qsys_pin', 'qsys_pw', 'roomos_pw', 'clickshare', 'xio')
def t_room_config_json(c):
    r = c.rng
    dev = {'crestron': 'processor', 'qsys_pin': 'dsp', 'qsys_pw': 'dsp', 'roomos_pw': 'codec', 'clickshare': 'wireless-presenter', 'xio': 'cloud'}[c.spec]
    key = c.nm({'qsys_pin': 'pin', 'xio': 'subscriptionKey'}.get(c.spec, 'password'), r.choice(['auth', 'login', 'tcpCredential']))
    t = L('{',
          '  "system": { "name": "%s", "site": "%s" },' % (r.choice(ROOMS), r.choice(SITES)),
          '  "devices": [',
          '    { "key": "display-1", "type": "samsungMdc", "host": "%s", "id": %d },' % (ip(r), r.randrange(0, 5)),
          '    {',
          '      "key": "%s-1",' % dev,
          '      "type": "%s",' % {'processor': 'cp4', 'dsp': 'qscDsp', 'codec': 'ciscoRoomOs', 'wireless-presenter': 'clickshare', 'cloud': 'xio'}[dev],
          ('      "accountId": "%s",' % c.s['id']) if c.spec == 'xio' else '      "host": "%s",' % ip(r),
          '      "username": "%s",' % r.choice(['admin', 'integrator']),
          '      "%s": %s' % (key, c.val('json')),
          '    }',
          '  ],',
          '  "ui": { "defaultVolume": %d, "shutdownMinutes": %d }' % (r.choice([40, 55, 65]), r.choice([10, 30, 60])),
          '}')
    return r.choice(['config/room.json', 'user/programX/configurationFile.json', 'rooms/%s.json' % r.choice(SITES)]), 'json', t


# 48 Azure connection string in .env / local.settings.json
@tpl('azure', 'aws')
def t_cloud_local(c):
    r = c.rng
    if c.spec == 'azure':
        t = L('{', '  "IsEncrypted": false,', '  "Values": {',
              '    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net",' % (c.s['account'], c.raw()),
              '    "FUNCTIONS_WORKER_RUNTIME": "node",',
              '    "SIGNAGE_CONTAINER": "playlists"', '  }', '}')
        return r.choice(['functions/local.settings.json', 'playlist-func/local.settings.json']), 'json', t
    aid = c.s['id'] if c.pos else ('AKIAIOSFODNN7EXAMPLE' if c.nk == 'doc_example' else 'AKIAXXXXXXXXXXXXXXXX')
    t = L('[default]', 'region = %s' % r.choice(['eu-west-1', 'us-east-2']), 'output = json', '',
          '[signage-uploader]', 'aws_access_key_id = %s' % aid, 'aws_secret_access_key = %s' % c.val('ini', ''))
    return r.choice(['deploy/aws/credentials', '.aws/credentials', 'uploader/aws_credentials.ini']), 'ini', t


# 49 Slack webhook in Python alerting for offline screens
@tpl('slack', 'webex_bot', 'sendgrid', 'github')
def t_py_alert(c):
    r = c.rng
    var = c.nm(c.env, r.choice(['TARGET', 'DEST', 'NOTIFY_B']))
    if c.spec == 'slack':
        send = ['    requests.post(%s, json={"text": msg}, timeout=5)' % var]
    elif c.spec == 'webex_bot':
        send = ['    requests.post("https://webexapis.com/v1/messages", json={"roomId": ROOM, "text": msg},',
                '                  headers={"Authorization": "Bearer " + %s}, timeout=5)' % var]
    elif c.spec == 'sendgrid':
        send = ['    requests.post("https://api.sendgrid.com/v3/mail/send", headers={"Authorization": f"Bearer {%s}"}, json={' % var,
                '        "personalizations": [{"to": [{"email": "av-ops@%s.com"}]}],' % r.choice(CORP),
                '        "from": {"email": "signage@%s.com"}, "subject": "Screens offline",' % r.choice(CORP),
                '        "content": [{"type": "text/plain", "value": msg}]}, timeout=5)']
    else:
        send = ['    requests.post("https://api.github.com/repos/%s/av-ops/issues" ,' % r.choice(CORP),
                '                  headers={"Authorization": f"token {%s}"}, json={"title": "Screens offline", "body": msg}, timeout=5)' % var]
    t = L('import requests',
          '',
          '%s = %s' % (var, c.val('py')),
          'ROOM = "Y2lzY29zcGFyazovL3VzL1JPT00v%s"' % base64.b64encode(uuid4(r).encode()).decode().rstrip('=')[:40] if c.spec == 'webex_bot' else '# alert channel: #av-ops',
          'OFFLINE_AFTER_MIN = %d' % r.choice([5, 10, 15]),
          '',
          '',
          'def alert(players):',
          '    if not players:',
          '        return',
          '    msg = "Offline players: " + ", ".join(p["serial"] for p in players)',
          *send)
    return r.choice(['monitor/alerts.py', 'signage/notify.py', 'ops/offline_alert.py']), 'python', t


# =========================================================================== negatives
NEG_TEMPLATES = []  # func(rng) -> (relpath, filetype, text, provider, kind)


def ntpl(f):
    NEG_TEMPLATES.append(f)
    return f


def webex_id(rng, kind='DEVICE'):
    return base64.b64encode(('ciscospark://us/%s/%s' % (kind, uuid4(rng))).encode()).decode().rstrip('=')


def bs_serial(rng):
    return rng.choice(['X', 'R', 'D', 'U']) + rs(rng, UP + DIG, 1) + rs(rng, HEXU, 10)


@ntpl
def n_player_inventory_csv(r):
    rows = ['serial,model,mac,ip,site,location,firmware,last_seen']
    for _ in range(r.randrange(8, 30)):
        rows.append('%s,%s,%s,%s,%s,%s,%d.%d.%d,%d-%02d-%02dT%02d:%02d:00Z' % (
            bs_serial(r), r.choice(['XT1144', 'XD234', 'HD224', 'LS424', 'XT2145']), mac(r, oui='90:AC:3F'), ip(r), r.choice(SITES),
            r.choice(ROOMS).replace(',', ''), r.choice([8, 9]), r.randrange(0, 2), r.randrange(10, 200),
            2024, r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60)))
    return r.choice(['inventory/brightsign_players.csv', 'assets/players.csv', 'data/player-inventory.csv']), 'csv', L(*rows), 'brightsign', 'device_serials_macs'


@ntpl
def n_xibo_displays_json(r):
    items = []
    for i in range(r.randrange(3, 8)):
        items.append('    {"displayId": %d, "display": "%s", "license": "%s", "macAddress": "%s", "clientAddress": "%s", "displayGroupId": %d, "loggedIn": %d}' % (
            r.randrange(1, 900), r.choice(ROOMS), rs(r, HEX, 32), mac(r, ':', False), ip(r), r.randrange(1, 60), r.randrange(2)))
    t = '{\n  "displays": [\n' + ',\n'.join(items) + '\n  ],\n  "note": "license = Xibo hardware key reported by the player, used as display id"\n}\n'
    return r.choice(['fixtures/xibo_displays.json', 'tests/data/displays.json', 'export/xibo-displays.json']), 'json', t, 'xibo_cms', 'display_hardware_keys'


@ntpl
def n_rise_displays_yaml(r):
    lines = ['# Rise Vision displays per company (ids only - no keys here)', 'company_id: %s' % uuid4(r), 'displays:']
    for _ in range(r.randrange(3, 9)):
        lines += ['  - id: %s' % rs(r, UP + DIG, 12), '    name: "%s"' % r.choice(ROOMS), '    schedule: %s' % uuid4(r),
                  '    resolution: %s' % r.choice(['1920x1080', '3840x2160', '1080x1920'])]
    return r.choice(['signage/rise_displays.yml', 'config/displays.yaml']), 'yaml', L(*lines), 'rise_vision', 'display_ids'


@ntpl
def n_firmware_manifest(r):
    entries = []
    for _ in range(r.randrange(3, 7)):
        v = '%d.%d.%d' % (r.choice([8, 9]), r.randrange(0, 2), r.randrange(10, 200))
        entries.append('    {"family": "%s", "version": "%s", "file": "%s-%s-update.bsfw", "sha256": "%s", "size": %d}' % (
            r.choice(['malibu', 'pagani', 'tiger', 'impala']), v, r.choice(['malibu', 'pagani']), v, sha256ish(r), r.randrange(10 ** 7, 9 * 10 ** 8)))
    t = '{\n  "channel": "%s",\n  "firmware": [\n%s\n  ]\n}\n' % (r.choice(['stable', 'beta']), ',\n'.join(entries))
    return r.choice(['firmware/manifest.json', 'players/firmware-pins.json']), 'json', t, 'brightsign', 'firmware_hashes'


@ntpl
def n_dhcp_reservations(r):
    lines = ['# dnsmasq reservations - AV VLAN %d' % r.randrange(100, 400), 'domain=av.%s.local' % r.choice(CORP), '']
    for _ in range(r.randrange(6, 20)):
        name = r.choice(['cp4', 'qsys-core', 'codec', 'clickshare', 'display', 'player', 'tp']) + '-' + r.choice(SITES) + '-%02d' % r.randrange(1, 60)
        lines.append('dhcp-host=%s,%s,%s,12h' % (mac(r, ':', False), name, ip(r, '10.90.%d' % r.randrange(1, 5))))
    return r.choice(['network/dnsmasq.d/av-vlan.conf', 'infra/dhcp/av.conf']), 'conf', L(*lines), 'network', 'mac_ip_reservations'


@ntpl
def n_webex_devices(r):
    devs = []
    for _ in range(r.randrange(2, 6)):
        devs.append('  {\n    "id": "%s",\n    "displayName": "%s",\n    "workspaceId": "%s",\n    "product": "%s",\n    "serial": "FOC%s",\n    "mac": "%s",\n    "ip": "%s",\n    "connectionStatus": "%s"\n  }' % (
            webex_id(r), r.choice(ROOMS), webex_id(r, 'PLACE'), r.choice(['Cisco Room Bar', 'Cisco Board Pro 75', 'Cisco Room Kit EQ', 'Cisco Desk Pro']),
            rs(r, UP + DIG, 8), mac(r), ip(r), r.choice(['connected', 'disconnected'])))
    return r.choice(['fixtures/webex_devices.json', 'tests/fixtures/devices.json']), 'json', '[\n' + ',\n'.join(devs) + '\n]\n', 'webex', 'device_workspace_ids'


@ntpl
def n_zoom_rooms_csv(r):
    rows = ['room_name,zoom_room_id,location_id,meeting_id,calendar_resource,controller']
    for _ in range(r.randrange(5, 15)):
        rows.append('"%s",%s,%s,%d,%s@resource.calendar.google.com,%s' % (
            r.choice(ROOMS), rs(r, B62 + '-_', 22), rs(r, B62 + '-_', 22), r.randrange(10 ** 9, 10 ** 10),
            'c_1888' + rs(r, HEX, 14), r.choice(['TC10', 'iPad', 'Logitech Tap'])))
    return r.choice(['zoomrooms/rooms.csv', 'data/zoom_rooms_export.csv']), 'csv', L(*rows), 'zoom', 'room_and_meeting_ids'


@ntpl
def n_playlist_schedule(r):
    lines = ['# playlist schedule - generated by tools/render_playlists.py', 'site: %s' % r.choice(SITES), 'playlists:']
    for _ in range(r.randrange(2, 5)):
        lines += ['  - id: pl_%s' % rs(r, LO + DIG, 16), '    name: %s' % r.choice(['morning-menu', 'lunch', 'lobby-loop', 'evacuation']),
                  '    layout_id: %d' % r.randrange(10, 999), '    campaign: %s' % uuid4(r), '    items:']
        for _ in range(r.randrange(2, 4)):
            lines += ['      - media: assets/%s.mp4' % rs(r, LO, 8), '        md5: %s' % rs(r, HEX, 32), '        duration: %d' % r.choice([10, 15, 30])]
    return r.choice(['playlists/schedule.yml', 'content/schedule.yaml']), 'yaml', L(*lines), 'signage_generic', 'playlist_ids_hashes'


@ntpl
def n_compose_digests(r):
    t = L('services:',
          '  cms-web:',
          '    image: ghcr.io/xibosignage/xibo-cms@sha256:%s' % sha256ish(r),
          '    env_file: config.env',
          '    environment:',
          '      MYSQL_PASSWORD_FILE: /run/secrets/mysql_password',
          '    secrets: [mysql_password]',
          '  cms-db:',
          '    image: mysql@sha256:%s' % sha256ish(r),
          '    environment:',
          '      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root_password',
          '    secrets: [mysql_root_password]',
          'secrets:',
          '  mysql_password:',
          '    file: ./secrets/mysql_password.txt',
          '  mysql_root_password:',
          '    file: ./secrets/mysql_root_password.txt')
    return r.choice(['docker-compose.yml', 'xibo/docker-compose.yml']), 'docker-compose', t, 'xibo_cms', 'image_digests_secret_files'


@ntpl
def n_package_lock(r):
    pk = []
    for name in r.sample(['mqtt', 'express', 'ws', 'jsonwebtoken', 'node-fetch', 'dayjs', 'pino', 'socket.io'], 4):
        pk.append('    "node_modules/%s": {\n      "version": "%d.%d.%d",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%d.%d.%d.tgz",\n      "integrity": "sha512-%s=="\n    }' % (
            name, r.randrange(1, 9), r.randrange(0, 20), r.randrange(0, 9), name, name, 1, 0, 0,
            base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode().rstrip('=')))
    t = '{\n  "name": "door-signs",\n  "lockfileVersion": 3,\n  "packages": {\n' + ',\n'.join(pk) + '\n  }\n}\n'
    return r.choice(['package-lock.json', 'door-signs/package-lock.json']), 'json', t, 'npm', 'integrity_hashes'


@ntpl
def n_chrome_policy(r):
    t = L('{',
          '  "KioskModeEnabled": true,',
          '  "DeviceLocalAccounts": [{ "account_id": "lobby-kiosk", "type": 1, "kiosk_app": { "app_id": "%s" } }],' % rs(r, 'abcdefghijklmnop', 32),
          '  "ExtensionInstallForcelist": [',
          '    "%s;https://clients2.google.com/service/update2/crx",' % rs(r, 'abcdefghijklmnop', 32),
          '    "%s"' % rs(r, 'abcdefghijklmnop', 32),
          '  ],',
          '  "HomepageLocation": "https://kiosk.%s.com/",' % r.choice(CORP),
          '  "PasswordManagerEnabled": false,',
          '  "IdleTimeout": %d,' % r.choice([60000, 120000]),
          '  "DeviceAutoUpdateDisabled": false',
          '}')
    return r.choice(['chromebox/policies/managed/kiosk.json', 'policies/kiosk_policy.json']), 'json', t, 'google_chrome_kiosk', 'extension_app_ids'


@ntpl
def n_ssh_pub(r):
    lines = ['# AV jump host - authorized keys for the integrator team']
    for p in r.sample(PEOPLE, r.randrange(2, 5)):
        blob = base64.b64encode(b'\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 ' + bytes(r.randrange(256) for _ in range(32))).decode()
        lines.append('ssh-ed25519 %s %s@%s' % (blob, p, r.choice(CORP)))
    return r.choice(['ansible/files/authorized_keys', 'jumphost/authorized_keys']), 'ssh_public_keys', L(*lines), 'ssh', 'public_keys'


@ntpl
def n_public_cert(r):
    der = bytes.fromhex('3082') + bytes(r.randrange(256) for _ in range(700))
    b = base64.b64encode(der).decode()
    body = [b[i:i + 64] for i in range(0, len(b), 64)]
    t = L('# Root CA of the AV management network - public certificate, installed on every kiosk',
          '-----BEGIN CERTIFICATE-----', *body, '-----END CERTIFICATE-----')
    return r.choice(['certs/av-root-ca.crt', 'kiosk/certs/ca.pem']), 'pem', t, 'pki', 'public_certificate'


@ntpl
def n_ansible_vault(r):
    hexs = rs(r, HEX, 80 * r.randrange(4, 8))
    lines = ['$ANSIBLE_VAULT;1.1;AES256'] + [hexs[i:i + 80] for i in range(0, len(hexs), 80)]
    return r.choice(['ansible/group_vars/crestron/vault.yml', 'group_vars/av/vault.yml']), 'ansible-vault', L(*lines), 'crestron', 'ciphertext'


@ntpl
def n_sops(r):
    def enc(n):
        return 'ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode(),
                                                                  base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode(),
                                                                  base64.b64encode(bytes(r.randrange(256) for _ in range(16))).decode())
    t = L('zoom:', '    client_secret: %s' % enc(24), 'webex:', '    bot_token: %s' % enc(80),
          'sops:', '    kms:', '        - arn: arn:aws:kms:eu-west-1:%d:key/%s' % (r.randrange(10 ** 11, 10 ** 12), uuid4(r)),
          '          created_at: "2024-%02d-%02dT10:00:00Z"' % (r.randrange(1, 13), r.randrange(1, 29)),
          '    lastmodified: "2024-%02d-%02dT11:12:13Z"' % (r.randrange(1, 13), r.randrange(1, 29)),
          '    mac: %s' % enc(32), '    version: 3.8.1')
    return r.choice(['secrets/prod.enc.yaml', 'deploy/secrets.sops.yaml']), 'yaml', t, 'sops', 'ciphertext'


@ntpl
def n_hmac_test(r):
    t = L('"""Tests for the signage webhook signature helper (vectors from RFC 4231)."""',
          'import hmac',
          'import hashlib',
          '',
          'from signage.webhooks import sign',
          '',
          '# RFC 4231 test case 1',
          'KEY = bytes.fromhex("0b" * 20)',
          'DATA = b"Hi There"',
          'EXPECTED = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"',
          '',
          '',
          'def test_rfc4231_case1():',
          '    assert sign(KEY, DATA) == EXPECTED',
          '    assert hmac.new(KEY, DATA, hashlib.sha256).hexdigest() == EXPECTED',
          '',
          '',
          'def test_rejects_empty_key():',
          '    import pytest',
          '    with pytest.raises(ValueError):',
          '        sign(b"", DATA)')
    return r.choice(['tests/test_webhook_signature.py', 'signage/tests/test_hmac.py']), 'python', t, 'zoom', 'test_vectors'


@ntpl
def n_jwt_doc_test(r):
    t = L("const assert = require('assert');",
          "const { decodeClaims } = require('../src/jwt');",
          '',
          '// sample token from the jwt.io introduction page - not issued by any of our systems',
          "const SAMPLE = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';",
          '',
          "describe('decodeClaims', () => {",
          "  it('reads the subject', () => {",
          "    assert.strictEqual(decodeClaims(SAMPLE).sub, '1234567890');",
          '  });',
          '});')
    return r.choice(['test/jwt.test.js', 'zoom-bridge/test/jwt.spec.js']), 'javascript', t, 'zoom', 'documented_example_jwt'


@ntpl
def n_i18n(r):
    lang = r.choice([('fr', 'Mot de passe', 'Saisir le code PIN', 'Code incorrect', 'Jeton expiré'),
                     ('de', 'Passwort', 'PIN eingeben', 'Falscher Code', 'Token abgelaufen'),
                     ('es', 'Contraseña', 'Introduzca el PIN', 'Código incorrecto', 'Token caducado'),
                     ('en', 'Password', 'Enter PIN', 'Wrong code', 'Token expired')])
    t = L('{',
          '  "kiosk.admin.title": "Admin",',
          '  "kiosk.admin.password": "%s",' % lang[1],
          '  "kiosk.admin.pin_prompt": "%s",' % lang[2],
          '  "kiosk.admin.pin_error": "%s",' % lang[3],
          '  "kiosk.session.token_expired": "%s",' % lang[4],
          '  "kiosk.idle.return": "%s",' % {'fr': 'Retour à l\'accueil', 'de': 'Zurück zum Start', 'es': 'Volver al inicio', 'en': 'Back to start'}[lang[0]],
          '  "kiosk.secret_menu.hint": "Tap the logo 5 times"',
          '}')
    return 'kiosk/src/i18n/%s.json' % lang[0], 'json', t, 'fully_kiosk', 'i18n_strings'


@ntpl
def n_password_policy(r):
    t = L('# Local account policy pushed to room controllers',
          'password_policy:',
          '  min_length: %d' % r.choice([12, 14, 16]),
          '  require_upper: true',
          '  require_digit: true',
          '  require_symbol: %s' % r.choice(['true', 'false']),
          '  max_age_days: %d' % r.choice([90, 180, 365]),
          '  history: %d' % r.choice([5, 10]),
          '  hash_algorithm: pbkdf2-sha256',
          'pin_policy:',
          '  length: 6',
          '  allow_sequences: false',
          'lockout:',
          '  attempts: 5',
          '  minutes: 15')
    return r.choice(['policies/av-accounts.yml', 'config/security-policy.yaml']), 'yaml', t, 'crestron', 'password_policy'


@ntpl
def n_factory_defaults_md(r):
    t = L('# Commissioning checklist',
          '',
          '1. Factory-reset the %s and connect on the AV VLAN.' % r.choice(['CP4', 'Core 110f', 'ClickShare CX-50', 'NX-2200']),
          '2. The device forces creation of an admin account on first login; generate the',
          '   password with `pwgen -s 20 1` and store it in the vault entry `AV/%s/<room>`.' % r.choice(SITES),
          '3. The default installer menu code for LG signage panels is in the LG installation manual',
          '   (section "Installation Menu") - do not write it in tickets.',
          '4. Record the serial number and MAC in inventory/players.csv.',
          '5. Set the Q-SYS Core access PIN through Core Manager > Access Control; the PIN is held',
          '   by the on-call AV engineer, never in this repo.',
          '',
          '| Step | Owner | Done |',
          '|---|---|---|',
          '| Rack & power | %s | [ ] |' % r.choice(PEOPLE),
          '| Firmware | %s | [ ] |' % r.choice(PEOPLE),
          '| Credentials to vault | %s | [ ] |' % r.choice(PEOPLE))
    return r.choice(['docs/commissioning.md', 'runbooks/new-room.md']), 'markdown', t, 'av_generic', 'documented_defaults_no_values'


@ntpl
def n_redacted_log(r):
    lines = []
    for _ in range(r.randrange(8, 20)):
        ts = '2024-%02d-%02dT%02d:%02d:%02dZ' % (r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60), r.randrange(60))
        lines.append(r.choice([
            '%s INFO  http POST https://webexapis.com/v1/messages status=200 auth="Bearer ***"' % ts,
            '%s WARN  qrc logon failed user=av-integrator password=[REDACTED] core=%s' % (ts, ip(r)),
            '%s INFO  player %s heartbeat ok ip=%s' % (ts, bs_serial(r), ip(r)),
            '%s DEBUG xio GET /device/accountid/%s/devices key=****%s' % (ts, uuid4(r), rs(r, HEX, 4)),
            '%s INFO  display %s online mac=%s' % (ts, r.randrange(1, 900), mac(r)),
            '%s ERROR fully %s cmd=loadStartURL password=******** -> timeout' % (ts, ip(r)),
        ]))
    return r.choice(['logs/agent-sample.log', 'docs/examples/agent.log']), 'log', L(*lines), 'signage_generic', 'redacted_log'


@ntpl
def n_mtr_prompt_ps1(r):
    t = L('# Prompts for the resource account password instead of storing it',
          'param([Parameter(Mandatory)] [string]$Upn)',
          '',
          '$cred = Get-Credential -UserName $Upn -Message "Teams Rooms resource account"',
          '$secure = Read-Host -AsSecureString "Confirm password"',
          '$kv = Get-AzKeyVaultSecret -VaultName "kv-av-%s" -Name "mtr-%s"' % (r.choice(['prod', 'emea']), r.choice(SITES)),
          '',
          'Set-Mailbox -Identity $Upn -EnableRoomMailboxAccount $true -RoomMailboxPassword $secure',
          'Write-Host "Updated $Upn (vault version $($kv.Version))"')
    return r.choice(['scripts/MTR/Set-RoomPassword.ps1', 'teams-rooms/Reset-Password.ps1']), 'powershell', t, 'microsoft_teams_rooms', 'prompted_credentials'


@ntpl
def n_qsys_pin_control(r):
    t = L('-- PIN entry page: compares against the PIN control set by the design owner at runtime',
          'local attempts = 0',
          '',
          'Controls.Enter.EventHandler = function()',
          '  if Controls.Entry.String == Controls.AdminPin.String then',
          '    Controls.Unlocked.Boolean = true',
          '    attempts = 0',
          '  else',
          '    attempts = attempts + 1',
          '    Controls.Entry.String = ""',
          '    if attempts >= %d then Timer.CallAfter(function() attempts = 0 end, 300) end' % r.choice([3, 5]),
          '  end',
          'end',
          '',
          '-- default page shows the room name and the MAC of the core',
          'Controls.Title.String = "%s"' % r.choice(ROOMS),
          'Controls.CoreMac.String = "%s"' % mac(r))
    return r.choice(['qsys/scripts/pin_page.lua', 'QSYS/TextControllers/AdminLock.lua']), 'lua', t, 'qsys', 'runtime_control_lookup'


@ntpl
def n_simpl_uuid_ids(r):
    t = L('using System;',
          'using System.Collections.Generic;',
          '',
          'namespace RoomControl.Core',
          '{',
          '    /// <summary>Static ids of rooms in the scheduling system (not secrets).</summary>',
          '    public static class RoomIds',
          '    {',
          *['        public static readonly Guid %s = new Guid("%s");' % (''.join(ch for ch in rm.title() if ch.isalnum()), uuid4(r)) for rm in r.sample(ROOMS, 4)],
          '        public const string XioAccountId = "%s";' % uuid4(r),
          '        public const string ProcessorMac = "%s";' % mac(r, '.', False),
          '        public const uint IpId = 0x%02X;' % r.randrange(3, 254),
          '    }',
          '}')
    return r.choice(['SimplSharp/RoomControl/RoomIds.cs', 'src/RoomControl.Core/RoomIds.cs']), 'csharp', t, 'crestron', 'uuids_as_ids'


@ntpl
def n_roomos_macro_no_secret(r):
    t = L("import xapi from 'xapi';",
          '',
          '// Auto wake-up: turn on the display when people are detected',
          'const MIN_PEOPLE = %d;' % r.choice([1, 2]),
          "const SIGNAGE_URL = 'https://signage.%s.com/rooms/%s';" % (r.choice(CORP), rs(r, LO + DIG, 10)),
          '',
          "xapi.Status.RoomAnalytics.PeopleCount.Current.on(count => {",
          '  if (count >= MIN_PEOPLE) xapi.Command.Standby.Deactivate();',
          '});',
          '',
          "xapi.Config.Standby.Signage.Url.set(SIGNAGE_URL);",
          "xapi.Config.Standby.Signage.Mode.set('On');",
          "xapi.Config.Standby.Signage.RefreshInterval.set(%d);" % r.choice([60, 300]))
    return r.choice(['macros/auto-wake.js', 'roomos/macros/signage_standby.js']), 'roomos_js', t, 'webex_roomos', 'no_secret_macro'


@ntpl
def n_aws_doc_readme(r):
    t = L('# Uploading playlists to S3',
          '',
          'Configure a named profile. The values below are the **example** keys from the AWS documentation;',
          'use your own from the vault:',
          '',
          '```ini',
          '[signage-uploader]',
          'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
          'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
          '```',
          '',
          'Then run `python tools/upload.py --profile signage-uploader --site %s`.' % r.choice(SITES))
    return r.choice(['docs/uploading.md', 'tools/README.md']), 'markdown', t, 'aws', 'documented_example_keys'


@ntpl
def n_git_changelog(r):
    lines = ['# Changelog', '']
    for v in range(r.randrange(3, 7)):
        lines.append('## %d.%d.%d' % (r.randrange(1, 4), r.randrange(0, 10), v))
        for _ in range(r.randrange(1, 4)):
            lines.append('- %s (%s)' % (r.choice(['fix DWS reconnect loop', 'add Q-SYS room combine', 'bump Xibo player to R%d' % r.randrange(300, 410),
                                                  'rotate portrait screens', 'new MagicInfo export']), rs(r, HEX, 40)))
        lines.append('')
    return r.choice(['CHANGELOG.md', 'docs/CHANGELOG.md']), 'markdown', L(*lines), 'signage_generic', 'commit_hashes'


@ntpl
def n_extron_inventory_ini(r):
    lines = ['; Extron device inventory (Global Configurator export)']
    for i in range(r.randrange(2, 5)):
        lines += ['[device%d]' % i, 'model=%s' % r.choice(['IPCP Pro 250', 'DTP CrossPoint 84', 'SMP 351', 'TLP Pro 725M']),
                  'part=60-%d-%02d' % (r.randrange(1000, 1999), r.randrange(1, 99)), 'serial=%s' % rs(r, UP + DIG, 7),
                  'mac=%s' % mac(r, '-', True, '00:05:A6'), 'ip=%s' % ip(r), 'firmware=%d.%02d.%04d' % (r.randrange(1, 4), r.randrange(0, 20), r.randrange(0, 9999)),
                  'room=%s' % r.choice(ROOMS), '']
    return r.choice(['inventory/extron.ini', 'gc/export/devices.ini']), 'ini', L(*lines), 'extron', 'device_serials_macs'


@ntpl
def n_brs_registry(r):
    t = L("' reads provisioning values written by BSN.cloud setup; nothing secret is stored here",
          'Function LoadSettings() as Object',
          '    reg = CreateObject("roRegistrySection", "signage")',
          '    s = {}',
          '    s.playerId = reg.Read("pid")',
          '    s.group = reg.Read("group")',
          '    s.screenId = "%s"' % rs(r, UP + DIG, 8),
          '    s.serial = CreateObject("roDeviceInfo").GetDeviceUniqueId()',
          '    if s.group = "" then s.group = "%s"' % r.choice(['lobby', 'menu-board', 'window']),
          '    return s',
          'End Function')
    return r.choice(['autorun/settings.brs', 'brightsign/lib/settings.brs']), 'brightscript', t, 'brightsign', 'player_ids'


@ntpl
def n_env_example(r):
    lines = ['# Copy to .env and fill in. Real values live in 1Password (vault "AV-Ops").']
    for k in r.sample(['XIBO_CLIENT_ID', 'XIBO_CLIENT_SECRET', 'ZOOM_ACCOUNT_ID', 'ZOOM_CLIENT_SECRET', 'WEBEX_BOT_TOKEN',
                       'YODECK_API_TOKEN', 'MQTT_PASSWORD', 'FULLY_REMOTE_ADMIN_PASSWORD', 'XIO_SUBSCRIPTION_KEY', 'SLACK_WEBHOOK_URL'], 5):
        lines.append('%s=%s' % (k, r.choice(['', '', '<%s>' % k.lower(), 'changeme', 'replace-me'])))
    lines.append('SITE_CODE=%s' % r.choice(SITES))
    return r.choice(['.env.example', 'bridge/.env.sample', '.env.template']), 'dotenv', L(*lines), 'signage_generic', 'env_template'


# =========================================================================== driver
NEG_KINDS = ['placeholder', 'env_ref', 'secret_manager', 'masked', 'empty', 'doc_example']
N_POS = 500
N_NEG = 500


def balanced_order(rng, n, items):
    out = []
    while len(out) < n:
        batch = list(items)
        rng.shuffle(batch)
        out.extend(batch)
    return out[:n]


def make_pos(rng, func, spec):
    for _ in range(50):
        c = Ctx(rng, spec, True)
        path, ftype, text = func(c)
        needle = c.s['secret']
        pos = text.find(needle)
        if pos < 0:
            raise RuntimeError('needle missing: %s %s' % (func.__name__, spec))
        if c.kind.endswith('pin') and text.count(needle) != 1:
            continue
        line = text.count('\n', 0, pos) + 1
        return path, ftype, text, needle, line, c
    raise RuntimeError('could not place PIN uniquely')


def make_neg_reuse(rng, func, spec, nk):
    c = Ctx(rng, spec, False, nk)
    path, ftype, text = func(c)
    return path, ftype, text, c.provider, 'lookalike_' + nk


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8', newline='') as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: gen_eb.py OUTDIR SEED\n')
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []
    needles = []

    # ---- positives
    order = balanced_order(rng, N_POS, range(len(TEMPLATES)))
    spec_turn = {}
    for i, ti in enumerate(order):
        func, specs = TEMPLATES[ti]
        k = spec_turn.get(ti, rng.randrange(len(specs)))
        spec_turn[ti] = k + 1
        spec = specs[k % len(specs)]
        path, ftype, text, needle, line, c = make_pos(rng, func, spec)
        rel = 'pos/p%04d/%s' % (i, path)
        write(outdir, rel, text)
        manifest.append({'file': rel, 'label': 'pos', 'provider': c.provider, 'kind': c.kind, 'filetype': ftype})
        secrets.append({'file': rel, 'needle': needle, 'line': line})
        needles.append(needle)

    # ---- negatives: half re-used templates with look-alike slot values, half domain look-alikes
    n_reuse = N_NEG // 2
    kinds = ['reuse'] * n_reuse + ['domain'] * (N_NEG - n_reuse)
    rng.shuffle(kinds)
    reuse_order = balanced_order(rng, n_reuse, range(len(TEMPLATES)))
    dom_order = balanced_order(rng, N_NEG - n_reuse, range(len(NEG_TEMPLATES)))
    ri = di = 0
    for i, kind in enumerate(kinds):
        for attempt in range(20):
            if kind == 'reuse':
                func, specs = TEMPLATES[reuse_order[ri]]
                spec = rng.choice(specs)
                nk = rng.choice(NEG_KINDS)
                if nk == 'doc_example' and SPECS[spec][4] is None:
                    nk = rng.choice(NEG_KINDS[:5])
                path, ftype, text, provider, nkind = make_neg_reuse(rng, func, spec, nk)
            else:
                path, ftype, text, provider, nkind = NEG_TEMPLATES[dom_order[di]](rng)
            if not any(nd in text for nd in needles):
                break
        if kind == 'reuse':
            ri += 1
        else:
            di += 1
        rel = 'neg/n%04d/%s' % (i, path)
        write(outdir, rel, text)
        manifest.append({'file': rel, 'label': 'neg', 'provider': provider, 'kind': nkind, 'filetype': ftype})

    with open(os.path.join(outdir, 'manifest.jsonl'), 'w', encoding='utf-8') as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + '\n')
    with open(os.path.join(outdir, 'secrets.jsonl'), 'w', encoding='utf-8') as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
