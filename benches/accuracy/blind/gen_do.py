#!/usr/bin/env python3
"""Blind evaluation-set generator "do" for keyhook.

EMPHASIS
    Warehousing, supply chain, EDI and manufacturing/IIoT integration repos.
    Positives carry ONE credential each for: ShipHero (JWT access token,
    refresh token, login password), ShipBob PAT, ShipStation v1 key/secret and
    v2 API key, Extensiv/3PL Central client secret, Deposco and Logiwa API user
    passwords, SPS Commerce OAuth client secret and SFTP password, TrueCommerce
    FTP password, Orderful API key, Stedi API key, AS2 partner HTTP-auth and
    keystore passwords, AS2 private keys (PEM), Kleinschmidt / OpenText VAN
    mailbox passwords, Manhattan Active client secret, Blue Yonder (Azure AD)
    client secret, Infor ION API (.ionapi "cs") client secret, Epicor Kinetic
    API key and user password, Plex Connect API key, Katana API key, MRPeasy
    access key, Fishbowl password, Siemens Insights Hub (MindSphere) technical
    user secret, PTC ThingWorx appKey, OPC UA user passwords, MQTT/Sparkplug
    broker passwords, Tulip API key secret, Samsara API token, project44 client
    secret, FourKites API key; plus common AWS secret keys, Azure Storage
    account keys, GitHub PATs and Postgres/SQL Server/RabbitMQ passwords.
    File types: .env, docker-compose, Kubernetes manifests, Helm values, INI,
    TOML, Spring properties/yaml, appsettings.json, App.config/web.config,
    Python, Java, C#, TypeScript, PowerShell, shell, SQL seeds, Postman
    collections/environments, EDI mapping configs (yaml/json), OpenAS2
    config/partnerships XML, Mendelson partner XML, BizTalk bindings XML,
    Node-RED flows, Ignition and Kepware project exports, GitHub Actions,
    Terraform tfvars, Markdown runbooks, Infor .ionapi files, PEM keys.

USAGE
    python3 gen_do.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED
    (only random.Random(SEED) is used; standard library only).

NEEDLE CONVENTIONS
    * needle = the secret exactly as it appears in the file.  For id/secret
      pairs (ShipStation key+secret, client_id+client_secret, AWS key id +
      secret, Tulip key name + secret, MRPeasy api key + access key) the
      needle is the secret half; the public half may sit next to it.
    * Passwords: the password only (never user or host), also when it sits in
      a URL userinfo, a connection string or a WinSCP/JDBC URL.
    * Kubernetes Secret "data:" variants: the needle is the base64 text as
      written (base64 of the secret).  Tulip "Basic" header variants: the
      needle is the base64 of "apikey.2_...:secret" as written.
    * PEM private keys: the needle is the FIRST base64 body line (64 chars);
      its line is the line right after "-----BEGIN ... PRIVATE KEY-----".
    * line = 1-based line of the first occurrence of the needle.

NEGATIVES
    About half re-use the positive templates with the secret slot holding:
    environment lookups in the file's own language (os.environ, process.env,
    System.getenv, $env:, ${VAR}), secret-manager references (Vault paths,
    AWS Secrets Manager ARNs, Azure Key Vault references, k8s secretKeyRef),
    placeholders (<...>, YOUR_..., REPLACE_ME, {{var}}, provider doc
    placeholders such as "__PARTNER_API_KEY_HERE__"), masked values
    (********, ****last4), empty values, and documented example values (AWS
    AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, the
    published Azurite/storage-emulator account key, the all-zero GUID).
    The other half are domain look-alikes: X12 850/856 interchanges with ISA/GS
    control numbers, GS1 GTIN-13/UPC-A/SSCC-18 with valid check digits, ZPL
    pallet labels, lot/serial/PO numbers, warehouse location codes, AS2 ids
    and partner certificate fingerprints (SHA-1/SHA-256), public X.509
    certificates, AS2 MIC values, sha256 digests and pip --hash pins, UUID
    ids, Kepware/Ignition tag exports, ciphertext (Ansible Vault files, SOPS
    ENC[...] yaml with age recipients, a Node-RED flows_cred.json blob quoted
    in a README), i18n strings mentioning passwords/API keys, ExternalSecret
    manifests, docker secrets: file refs, Key Vault references, OPC UA
    certificate thumbprints, image digests, and Postman {{variables}}.

DOUBTS
    Formats written from memory or uncertain (lengths/alphabets guessed where
    the provider does not document them):
    * ShipStation v1 key/secret as 32 lowercase hex each; ShipStation v2 /
      ShipEngine production key as 43 base62 chars (no TEST_ prefix used).
    * ShipBob PAT as 64 hex chars (opaque, format not documented to me).
    * ShipHero access token as an RS256 JWT (documented as JWT); refresh token
      as 43 base62 chars (guess).
    * Extensiv client secret as base64 of 32 bytes (44 chars); client id GUID.
    * SPS Commerce client secret (64 base62), Orderful API key (32 hex),
      Stedi API key (42 base62), Manhattan client secret (32 base62),
      Epicor Kinetic API key (64 base62), Plex Connect API key (32 hex),
      Katana API key as a UUID, MRPeasy access key (32 hex), Insights Hub
      technical user secret (43 base62), project44 client secret (48 base62),
      FourKites API key (32 hex), Infor ION "cs" (86 chars [A-Za-z0-9_-]) -
      all guesses at length/alphabet.
    * Samsara token as "samsara_api_" + 30 base62 (prefix from memory).
    * Tulip key "apikey.2_" + 17 base62 and 43-char [A-Za-z0-9_] secret,
      shape taken from a community wrapper's README (not Tulip's own docs).
    * Blue Yonder client secret modelled as an Azure AD client secret
      (3 chars + "8Q~" + 34 chars).
    * GitHub PAT checksum: ghp_ + 30 base62 + base62(CRC32 of the 30) padded
      to 6 - from memory of GitHub's token format blog post.
    * ThingWorx appKey is a GUID (documented); a reviewer could dispute UUID
      shaped negatives, but negatives only use UUIDs as obvious ids.
    * Node-RED flows_cred.json ciphertext is labelled negative (the
      credentialSecret is not in the file); a strict reviewer could dispute.
    * OAuth client ids are treated as public and kept literal in negatives
      (Extensiv GUID, SPS 32-char id, project44 32-char id, Infor "ci",
      Blue Yonder GUID, Manhattan/Insights Hub ids).  The SPS/project44 ids
      are random-looking; a reviewer could dispute them.
    * Generic templates pair any provider with any file type, so a few
      combinations are semantically odd (e.g. a GitHub PAT in an order
      export script); the credential itself is still real-looking.
    * Neutral-name positives (e.g. a Katana UUID key under "endpoint_extra",
      a VAN password under "CONN_PARAM") are hard by design.
    * Sandbox/test credentials are not used; all positives look production.
    * Some VAN mailbox passwords are 8-10 char upper/digit strings, which is
      what VANs issue but is short for a scanner.

SEARCHES
    search(docs): ShipStation API key/secret (nango, airbyte, docs.shipstation
    .com pages); Samsara API token prefix (returned a GitGuardian detector
    page "samsara_apikey" - a secret-scanner page, ignored, nothing taken
    from it); Stedi API key header (stedi.com changelog); ThingWorx appKey
    (support.ptc.com, Capula wiki: GUID appKey); Tulip API key (pypi
    community-tulip-api README); ShipHero auth (developer.shiphero.com: JWT
    bearer + refresh); Orderful (docs.orderful.com: orderful-api-key header);
    Extensiv/3PL Central (pypi tplcentral, qlik help); Katana, project44,
    MRPeasy (nothing useful); Epicor Kinetic v2 API key header (pages).
"""

import base64
import json
import os
import random
import string
import sys
import zlib

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
B62 = string.ascii_letters + string.digits
HEX = '0123456789abcdef'
B64 = B62 + '+/'
B64U = B62 + '-_'


def rs(rng, n, alpha=B62):
    return ''.join(rng.choice(alpha) for _ in range(n))


def uuid4(rng, upper=False):
    h = rs(rng, 32, HEX)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    u = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b62enc(n):
    s = ''
    while n:
        n, r = divmod(n, 62)
        s = ('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')[r] + s
    return s or '0'


# ---------------------------------------------------------------- secrets

PW_WORDS = ['Forklift', 'Pallet', 'Dock', 'Harbor', 'Summer', 'Winter', 'Falcon',
            'Cedar', 'Maple', 'Rockford', 'Dallas', 'Memphis', 'Reno', 'Conveyor',
            'Picker', 'Loading', 'Edison', 'Ridge', 'Granite', 'Thunder', 'Bluebird',
            'Laredo', 'Ontario', 'Savannah', 'Hornet', 'Osprey', 'Badger', 'Copper',
            'Mustang', 'Orchard', 'Lantern', 'Tundra', 'Pioneer', 'Juniper']
PW_SYMS = '!*-_.~+^#'


def human_password(rng):
    w = rng.choice(PW_WORDS)
    w2 = rng.choice(PW_WORDS)
    y = str(rng.choice([rng.randint(10, 99), rng.randint(2015, 2026), rng.randint(100, 9999)]))
    s = rng.choice(PW_SYMS)
    pat = rng.randrange(7)
    if pat == 0:
        p = w + y + s
    elif pat == 1:
        p = w + s + w2 + y
    elif pat == 2:
        p = w.lower() + '-' + w2.lower() + '-' + y
    elif pat == 3:
        p = s + w + y + w2[:3].lower()
    elif pat == 4:
        p = rs(rng, rng.randint(16, 24), B62 + '!*-_.~')
        if not any(c in DIG for c in p):
            p = p[:-1] + rng.choice(DIG)
    elif pat == 5:
        p = w[:1].lower() + w[1:] + '_' + w2 + s + y
    else:
        p = ''.join(c if rng.random() > 0.3 else {'a': '4', 'o': '0', 'e': '3', 'i': '1', 's': '5'}.get(c, c)
                    for c in (w + w2)) + y
    while len(p) < 8:
        p += rng.choice(DIG)
    return p


def van_password(rng):
    if rng.random() < 0.5:
        p = rs(rng, rng.choice([7, 8, 9]), UPPER + DIG)
        i = rng.randrange(len(p) + 1)
        return p[:i] + rng.choice('23456789') + p[i:]
    return human_password(rng)


def jwt_rs256(rng, iss, aud, sub):
    hdr = {"alg": "RS256", "typ": "JWT", "kid": rs(rng, 27, B64U)}
    iat = 1735000000 + rng.randrange(60000000)
    pl = {"http://shiphero-public-api/userinfo": {"account_id": rng.randint(10000, 99999)},
          "iss": iss, "sub": sub, "aud": aud, "iat": iat, "exp": iat + 2419200,
          "azp": rs(rng, 32, B62), "scope": "openid profile offline_access",
          "gty": "password"}
    return (b64url(json.dumps(hdr, separators=(',', ':')).encode()) + '.' +
            b64url(json.dumps(pl, separators=(',', ':')).encode()) + '.' +
            b64url(rbytes(rng, 256)))


def ghp(rng):
    body = rs(rng, 30)
    crc = b62enc(zlib.crc32(body.encode()) & 0xffffffff).rjust(6, '0')
    return 'ghp_' + body + crc


def azure_ad_secret(rng):
    return rs(rng, 3, B62) + '8Q~' + rs(rng, 34, B62 + '_~.-')


def aws_akid(rng):
    return 'AKIA' + rs(rng, 16, UPPER + '234567')


def pem_body(rng):
    raw = base64.b64encode(rbytes(rng, 1190)).decode()
    raw = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ' + raw[50:]
    return [raw[i:i + 64] for i in range(0, len(raw), 64)]


# Kind spec: provider, kind, style ('token'|'password'|'pem'), secret words,
# public-id words, auth mechanism, header, host, generator.
# gen(rng) -> dict(sec=..., pub=... or None, user=... or None)
KINDS = []


def K(provider, kind, style, sw, pw, auth, header, host, gen, pub_public=False, pwkind=None):
    KINDS.append(dict(provider=provider, kind=kind, style=style, sw=sw, pw=pw,
                      auth=auth, header=header, host=host, gen=gen,
                      pub_public=pub_public, pwkind=pwkind))


def _user(rng, kind='svc'):
    a = rng.choice(['edi', 'wms', 'svc', 'integration', 'api', 'int', 'mes', 'scada', 'ops'])
    b = rng.choice(['bridge', 'sync', 'prod', 'user', 'batch', 'etl', 'connector', 'plant2', 'dc01'])
    st = rng.randrange(4)
    if st == 0:
        return '%s_%s' % (a, b)
    if st == 1:
        return '%s.%s@%s' % (a, b, rng.choice(['acmefoods.com', 'northwind-dist.com', 'globex-mfg.com', 'harborlogistics.io']))
    if st == 2:
        return '%s-%s' % (a, b)
    return '%s%s%02d' % (a.upper()[:3], b.upper()[:4], rng.randint(1, 99))


K('ShipStation', 'api_secret', 'token', ['shipstation', 'api', 'secret'], ['shipstation', 'api', 'key'], 'basic',
  None, 'ssapi.shipstation.com', lambda r: dict(sec=rs(r, 32, HEX), pub=rs(r, 32, HEX)))
K('ShipStation', 'api_key_v2', 'token', ['shipstation', 'api', 'key'], None, 'header', 'API-Key',
  'api.shipstation.com', lambda r: dict(sec=rs(r, 43, B62), pub=None))
K('ShipHero', 'access_token', 'token', ['shiphero', 'access', 'token'], None, 'bearer', 'Authorization',
  'public-api.shiphero.com', lambda r: dict(sec=jwt_rs256(r, 'https://login.shiphero.com/', 'shiphero-public-api',
                                                            'auth0|' + rs(r, 24, HEX)), pub=None))
K('ShipHero', 'refresh_token', 'token', ['shiphero', 'refresh', 'token'], None, 'form', None,
  'public-api.shiphero.com', lambda r: dict(sec=rs(r, 43, B62), pub=None))
K('ShipHero', 'password', 'password', ['shiphero', 'password'], ['shiphero', 'username'], 'userpass', None,
  'public-api.shiphero.com', lambda r: dict(sec=human_password(r), user=_user(r)))
K('ShipBob', 'personal_access_token', 'token', ['shipbob', 'pat'], None, 'bearer', 'Authorization',
  'api.shipbob.com', lambda r: dict(sec=rs(r, 64, HEX).upper(), pub=None))
K('Extensiv', 'client_secret', 'token', ['extensiv', 'client', 'secret'], ['extensiv', 'client', 'id'], 'form',
  None, 'secure-wms.com', lambda r: dict(sec=base64.b64encode(rbytes(r, 32)).decode(), pub=uuid4(r)), pub_public=True)
K('Deposco', 'password', 'password', ['deposco', 'password'], ['deposco', 'user'], 'userpass', None,
  'api.deposco.com', lambda r: dict(sec=human_password(r), user=_user(r)))
K('Logiwa', 'password', 'password', ['logiwa', 'password'], ['logiwa', 'email'], 'userpass', None,
  'myapi.logiwa.com', lambda r: dict(sec=human_password(r), user=_user(r)))
K('SPS Commerce', 'client_secret', 'token', ['sps', 'client', 'secret'], ['sps', 'client', 'id'], 'form', None,
  'auth.spscommerce.com', lambda r: dict(sec=rs(r, 64, B62), pub=rs(r, 32, B62)), pub_public=True)
K('SPS Commerce', 'sftp_password', 'password', ['sps', 'sftp', 'password'], ['sps', 'sftp', 'user'], 'userpass',
  None, 'sftp.spscommerce.net', lambda r: dict(sec=van_password(r), user='acme' + rs(r, 4, DIG)))
K('TrueCommerce', 'ftp_password', 'password', ['truecommerce', 'ftp', 'password'], ['truecommerce', 'ftp', 'user'],
  'userpass', None, 'ftp.truecommerce.com', lambda r: dict(sec=van_password(r), user='TC' + rs(r, 6, DIG)))
K('Orderful', 'api_key', 'token', ['orderful', 'api', 'key'], None, 'header', 'orderful-api-key',
  'api.orderful.com', lambda r: dict(sec=rs(r, 32, HEX), pub=None))
K('Stedi', 'api_key', 'token', ['stedi', 'api', 'key'], None, 'header', 'Authorization',
  'core.us.stedi.com', lambda r: dict(sec=rs(r, 42, B62), pub=None))
K('AS2', 'partner_password', 'password', ['as2', 'partner', 'password'], ['as2', 'partner', 'user'], 'userpass',
  None, 'as2.partner-edi.net', lambda r: dict(sec=human_password(r), user=_user(r)))
K('AS2', 'keystore_password', 'password', ['as2', 'keystore', 'password'], ['as2', 'keystore', 'alias'],
  'userpass', None, 'as2.acmefoods.com', lambda r: dict(sec=human_password(r), user='acme_as2'))
K('AS2', 'private_key', 'pem', ['as2', 'private', 'key'], None, 'pem', None, 'as2.acmefoods.com',
  lambda r: dict(sec=None, body=pem_body(r)))
K('Kleinschmidt', 'van_password', 'password', ['kleinschmidt', 'sftp', 'password'], ['kleinschmidt', 'mailbox'],
  'userpass', None, 'sftp.kleinschmidt.com', lambda r: dict(sec=van_password(r), user='K' + rs(r, 7, DIG)))
K('OpenText', 'van_password', 'password', ['trading', 'grid', 'password'], ['trading', 'grid', 'mailbox'],
  'userpass', None, 'ftp.tradinggrid.gxs.com', lambda r: dict(sec=van_password(r), user=rs(r, 3, UPPER) + rs(r, 5, DIG)))
K('Manhattan', 'client_secret', 'token', ['manhattan', 'client', 'secret'], ['manhattan', 'client', 'id'], 'form',
  None, 'acme-auth.omni.manh.com', lambda r: dict(sec=rs(r, 32, B62), pub='omnicomponent.' + rs(r, 6, DIG)), pub_public=True)
K('Manhattan', 'password', 'password', ['wmos', 'password'], ['wmos', 'user'], 'userpass', None,
  'acme.sce.manh.com', lambda r: dict(sec=human_password(r), user=_user(r)))
K('Blue Yonder', 'client_secret', 'token', ['by', 'client', 'secret'], ['by', 'client', 'id'], 'form', None,
  'login.microsoftonline.com', lambda r: dict(sec=azure_ad_secret(r), pub=uuid4(r)), pub_public=True)
K('Infor', 'ion_client_secret', 'token', ['ion', 'client', 'secret'], ['ion', 'client', 'id'], 'form', None,
  'mingle-sso.inforcloudsuite.com', lambda r: dict(sec=rs(r, 86, B64U), pub='ACME_PRD~' + rs(r, 43, B64U)), pub_public=True)
K('Epicor', 'kinetic_api_key', 'token', ['epicor', 'api', 'key'], None, 'header', 'x-api-key',
  'centralusdtapp01.epicorsaas.com', lambda r: dict(sec=rs(r, 64, B62), pub=None))
K('Epicor', 'password', 'password', ['epicor', 'password'], ['epicor', 'user'], 'userpass', None,
  'erp.globex-mfg.local', lambda r: dict(sec=human_password(r), user=_user(r)))
K('Plex', 'connect_api_key', 'token', ['plex', 'api', 'key'], None, 'header', 'X-Plex-Connect-Api-Key',
  'connect.plex.com', lambda r: dict(sec=rs(r, 32, HEX), pub=None))
K('Katana', 'api_key', 'token', ['katana', 'api', 'key'], None, 'bearer', 'Authorization',
  'api.katanamrp.com', lambda r: dict(sec=uuid4(r), pub=None))
K('MRPeasy', 'access_key', 'token', ['mrpeasy', 'access', 'key'], ['mrpeasy', 'api', 'key'], 'basic', None,
  'app.mrpeasy.com', lambda r: dict(sec=rs(r, 32, HEX), pub=rs(r, 32, HEX)))
K('Fishbowl', 'password', 'password', ['fishbowl', 'password'], ['fishbowl', 'username'], 'userpass', None,
  'fishbowl.acme.local', lambda r: dict(sec=human_password(r), user=_user(r)))
K('Siemens', 'insights_hub_client_secret', 'token', ['mdsp', 'client', 'secret'], ['mdsp', 'client', 'id'],
  'form', None, 'acme.piam.eu1.mindsphere.io', lambda r: dict(sec=rs(r, 43, B62), pub='acme-lineapp-1.0.0'), pub_public=True)
K('PTC', 'thingworx_app_key', 'token', ['thingworx', 'app', 'key'], None, 'header', 'appKey',
  'twx.globex-mfg.com', lambda r: dict(sec=uuid4(r), pub=None))
K('OPC UA', 'user_password', 'password', ['opcua', 'password'], ['opcua', 'user'], 'userpass', None,
  'opc.tcp://plc-line3.plant.local:4840', lambda r: dict(sec=human_password(r), user=_user(r)))
K('MQTT', 'broker_password', 'password', ['mqtt', 'password'], ['mqtt', 'username'], 'userpass', None,
  'mqtt.plant.local', lambda r: dict(sec=human_password(r), user=rng_pick(r, ['sparkplug-edge', 'ignition_edge', 'nodered', 'line3-gw', 'kepware_iot'])))
K('Tulip', 'api_key_secret', 'token', ['tulip', 'api', 'secret'], ['tulip', 'api', 'key'], 'basic', None,
  'acme.tulip.co', lambda r: dict(sec=rs(r, 43, B62 + '_'), pub='apikey.2_' + rs(r, 17, B62)))
K('Samsara', 'api_token', 'token', ['samsara', 'api', 'token'], None, 'bearer', 'Authorization',
  'api.samsara.com', lambda r: dict(sec='samsara_api_' + rs(r, 30, B62), pub=None))
K('project44', 'client_secret', 'token', ['p44', 'client', 'secret'], ['p44', 'client', 'id'], 'form', None,
  'na12.api.project44.com', lambda r: dict(sec=rs(r, 48, B62), pub=rs(r, 32, LOWER + DIG)), pub_public=True)
K('FourKites', 'api_key', 'token', ['fourkites', 'api', 'key'], None, 'header', 'apikey',
  'api.fourkites.com', lambda r: dict(sec=rs(r, 32, HEX), pub=None))
K('AWS', 'secret_access_key', 'token', ['aws', 'secret', 'access', 'key'], ['aws', 'access', 'key', 'id'], 'basic',
  None, 's3.us-east-1.amazonaws.com', lambda r: dict(sec=rs(r, 40, B64), pub=aws_akid(r)))
K('Azure', 'storage_account_key', 'token', ['azure', 'storage', 'key'], ['azure', 'storage', 'account'], 'basic',
  None, 'acmeedi.blob.core.windows.net', lambda r: dict(sec=base64.b64encode(rbytes(r, 64)).decode(), pub='acmeedi'), pub_public=True)
K('GitHub', 'personal_access_token', 'token', ['github', 'token'], None, 'bearer', 'Authorization',
  'api.github.com', lambda r: dict(sec=ghp(r), pub=None))
K('PostgreSQL', 'password', 'password', ['db', 'password'], ['db', 'user'], 'userpass', None,
  'pg-wms.internal', lambda r: dict(sec=human_password(r), user=_user(r)))
K('SQL Server', 'password', 'password', ['sql', 'password'], ['sql', 'user'], 'userpass', None,
  'sql-erp01.corp.local', lambda r: dict(sec=human_password(r), user=_user(r)))
K('RabbitMQ', 'password', 'password', ['amqp', 'password'], ['amqp', 'user'], 'userpass', None,
  'rabbit.wms.internal', lambda r: dict(sec=human_password(r), user=_user(r)))


def rng_pick(r, xs):
    return r.choice(xs)


# ---------------------------------------------------------------- values & names

class Val(object):
    """A slot value: a literal string, or a reference to an env variable."""

    def __init__(self, kind, text='', env=None):
        self.kind = kind
        self.text = text
        self.env = env

    def raw(self):
        return self.text if self.kind == 'lit' else '${%s}' % self.env

    def ex(self, lang):
        t = self.text
        if self.kind == 'lit':
            if lang in ('ps', 'sql', 'groovy'):
                return "'%s'" % t
            return '"%s"' % t
        e = self.env
        return {
            'py': 'os.environ["%s"]' % e,
            'js': 'process.env.%s' % e,
            'java': 'System.getenv("%s")' % e,
            'cs': 'Environment.GetEnvironmentVariable("%s")' % e,
            'ps': '$env:%s' % e,
            'sh': '"${%s}"' % e,
            'sql': ":'%s'" % e.lower(),
            'groovy': 'env.%s' % e,
            'hcl': 'var.%s' % e.lower(),
        }.get(lang, '"${%s}"' % e)


def style_name(words, style):
    w = [x.lower() for x in words]
    if style == 'snake':
        return '_'.join(w)
    if style == 'screaming':
        return '_'.join(w).upper()
    if style == 'camel':
        return w[0] + ''.join(x.capitalize() for x in w[1:])
    if style == 'pascal':
        return ''.join(x.capitalize() for x in w)
    if style == 'kebab':
        return '-'.join(w)
    if style == 'dot':
        return '.'.join(w)
    return '_'.join(w)


NEUTRAL = [['remote', 'b'], ['conn', 'param'], ['partner', 'ref'], ['svc', 'blob'], ['value2'], ['opt', 'x'],
           ['p2'], ['ctx', 'val'], ['ext', 'v'], ['link', 'data'], ['h', 'val'], ['upstream', 'arg'],
           ['endpoint', 'extra'], ['seed'], ['material'], ['v1'], ['carrier', 'ref'], ['node', 'cfg'],
           ['lane', 'param'], ['field7']]

XML_ESC = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}


def xesc(s):
    return ''.join(XML_ESC.get(ch, ch) for ch in s)


def yq(s, rng=None, force=False):
    """YAML scalar for s: bare when safe, else double quoted."""
    if force or s == '' or s[0] in '*!&#|>%@`\'"{}[],?:~^-<' or ' #' in s or ': ' in s or s[-1] == ':' \
            or s.lower() in ('true', 'false', 'null', 'yes', 'no', 'on', 'off') or s.isdigit():
        return '"%s"' % s
    if rng is not None and rng.random() < 0.45:
        return rng.choice(['"%s"', "'%s'"]) % s
    return s


def envq(s):
    if s == '' or any(ch in s for ch in ' #\'"'):
        return '"%s"' % s
    return s


COMPANIES = ['Acme Foods', 'Northwind Distribution', 'Globex Manufacturing', 'Harbor Logistics', 'Initech Supply',
             'Umbrella Components', 'Stark Fulfilment', 'Wayne Cold Chain', 'Cyberdyne Parts', 'Hooli Retail']
PARTNERS = ['WALMART', 'TARGET', 'KROGER', 'COSTCO', 'HOMEDEPOT', 'LOWES', 'AMAZONVC', 'BESTBUY', 'CVS', 'DOLLARGEN']
SITES = ['DC01', 'DC02', 'RENO1', 'MEM2', 'ATL3', 'DAL1', 'ONT4', 'PLT7', 'CHI2', 'SAV1']


class Ctx(object):
    def __init__(self, rng, spec, label, negtype=None):
        self.r = rng
        self.spec = spec
        self.label = label
        self.negtype = negtype
        self.ob = rng.random() < 0.5
        self.neutral = rng.choice(NEUTRAL)
        self.prov = spec['provider']
        self.host = spec['host']
        self.envname = style_name(spec['sw'], 'screaming')
        self.penvname = style_name(spec['pw'] or ['account', 'id'], 'screaming')
        self.company = rng.choice(COMPANIES)
        self.partner = rng.choice(PARTNERS)
        self.site = rng.choice(SITES)
        self.extra_secrets = []
        g = spec['gen'](rng)
        self.user = g.get('user') or _user(rng)
        self.body = g.get('body')
        if label == 'pos':
            self.needle = g['sec']
            self.sec = Val('lit', g['sec'] if g['sec'] is not None else '')
            self.pub = Val('lit', g['pub']) if g.get('pub') else None
        else:
            self.needle = None
            self.sec, self.pub = neg_slot(rng, spec, negtype, self.envname, self.penvname, g.get('pub'))

    # names
    def name(self, style):
        return style_name(self.spec['sw'] if self.ob else self.neutral, style)

    def pname(self, style):
        return style_name(self.spec['pw'] or ['account', 'id'], style)

    def s(self, lang):
        return self.sec.ex(lang)

    def sraw(self):
        return self.sec.raw()

    def p(self, lang):
        return self.pub.ex(lang) if self.pub else '""'

    def praw(self):
        return self.pub.raw() if self.pub else ''

    @property
    def base_url(self):
        return self.host if '://' in self.host else 'https://' + self.host


def neg_slot(rng, spec, negtype, envname, penvname, pubtext):
    snake = envname.lower()
    doc = None
    if negtype == 'doc_example':
        if spec['provider'] == 'AWS':
            return Val('lit', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'), Val('lit', 'AKIAIOSFODNN7EXAMPLE')
        if spec['provider'] == 'Azure':
            return (Val('lit', 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='),
                    Val('lit', 'devstoreaccount1'))
        if spec['kind'] in ('thingworx_app_key', 'api_key') and spec['provider'] in ('PTC', 'Katana'):
            doc = '00000000-0000-0000-0000-000000000000'
        elif spec['provider'] == 'ShipStation':
            doc = '__PARTNER_API_KEY_HERE__'
        elif spec['provider'] == 'Orderful':
            doc = 'api_token_value_from_ui_here'
        elif spec['provider'] == 'Samsara':
            doc = 'YOUR_TOKEN'
        else:
            negtype = 'placeholder'
    if negtype == 'doc_example':
        sec = Val('lit', doc)
    elif negtype == 'env_ref':
        sec = Val('env', env=envname)
    elif negtype == 'placeholder':
        sec = Val('lit', rng.choice(['<%s>' % envname, 'YOUR_%s' % envname, 'REPLACE_ME', '{{%s}}' % snake,
                                     'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'your-%s-here' % snake.replace('_', '-'),
                                     '<insert %s>' % snake.replace('_', ' '), 'TODO', '%%%s%%' % envname,
                                     'set-me-in-vault']))
    elif negtype == 'masked':
        sec = Val('lit', rng.choice(['*' * rng.randint(8, 32), '*' * rng.randint(12, 28) + rs(rng, 4, HEX),
                                     '********', '[REDACTED]', '<redacted>', '\u2022' * 12,
                                     'xxxx-xxxx-xxxx-' + rs(rng, 4, HEX)]))
    elif negtype == 'empty':
        sec = Val('lit', '')
    else:  # vault_ref
        sec = Val('lit', rng.choice([
            'vault:secret/data/edi/%s#value' % snake,
            'arn:aws:secretsmanager:us-east-1:%s:secret:prod/integrations/%s' % (rs(rng, 12, DIG), snake.replace('_', '-')),
            '@Microsoft.KeyVault(SecretUri=https://kv-scm-prod.vault.azure.net/secrets/%s/)' % style_name(snake.split('_'), 'pascal'),
            'op://Integrations/%s/credential' % style_name(snake.split('_'), 'pascal'),
            'secretsmanager:%s' % snake.replace('_', '/'),
            'ENC[KMS,ref:alias/edi-%s]' % snake.replace('_', '-')]))
    if pubtext is None:
        pub = None
    elif spec['pub_public']:
        pub = Val('lit', pubtext)
    elif negtype == 'env_ref':
        pub = Val('env', env=penvname)
    else:
        pub = Val('lit', '<%s>' % penvname if negtype != 'empty' else '')
    return sec, pub


# ---------------------------------------------------------------- filler

def gtin13(rng, prefix=None):
    body = (prefix or str(rng.randint(6, 8)) + rs(rng, 3, DIG)) + rs(rng, 12 - len(prefix or '0000'), DIG)
    body = body[:12]
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def upc_a(rng):
    body = '0' + rs(rng, 10, DIG)
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def sscc18(rng):
    body = str(rng.randint(0, 9)) + '0' + rs(rng, 6, DIG) + rs(rng, 9, DIG)
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def po_num(rng):
    return rng.choice(['PO', '45', '', 'P']) + rs(rng, rng.choice([7, 8, 10]), DIG)


def lot_num(rng):
    return rng.choice(['L', 'LOT', '']) + rs(rng, 2, DIG) + rng.choice(UPPER) + rs(rng, 4, DIG)


def loc_code(rng):
    return '%s-%02d-%02d-%s' % (rng.choice('ABCDEFGH'), rng.randint(1, 40), rng.randint(1, 12), rng.choice('ABCDE'))


def fingerprint(rng, n=20):
    return ':'.join(rs(rng, 2, HEX).upper() for _ in range(n))


def sha256hex(rng):
    return rs(rng, 64, HEX)


def ip(rng):
    return '10.%d.%d.%d' % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 250))


def isa_ctrl(rng):
    return '%09d' % rng.randint(1, 999999999)


def header_line(c, ch='#'):
    return ch + ' ' + c.r.choice([
        '%s integration - %s' % (c.prov, c.site),
        'Managed by the integrations team; see docs/runbook.md',
        'Do not reorder keys: the loader reads them positionally',
        '%s <-> %s connector settings' % (c.company, c.prov),
        'Last reviewed during %s onboarding' % c.partner,
        'Config for %s (%s)' % (c.site, c.company)])


# ---------------------------------------------------------------- binding helpers

DECL = {
    'py': '{n} = {v}',
    'js': 'const {n} = {v};',
    'java': '    private static final String {n} = {v};',
    'cs': '        private static readonly string {n} = {v};',
    'ps': '${n} = {v}',
    'sh': '{n}={v}',
}
VSTYLE = {'py': ['snake', 'screaming'], 'js': ['camel', 'screaming'], 'java': ['screaming', 'camel'],
          'cs': ['pascal', 'camel'], 'ps': ['pascal', 'camel'], 'sh': ['screaming']}


def bind(c, lang):
    """-> (decl_lines, secret_expr, pub_expr)."""
    decl = []
    st = c.r.choice(VSTYLE[lang])
    if c.ob or c.r.random() < 0.5:
        n = c.name(st)
        if lang == 'cs' and st == 'camel':
            n = '_' + n
        decl.append(DECL[lang].format(n=n, v=c.s(lang)))
        se = ('$' + n) if lang == 'ps' else ('"$%s"' % n if lang == 'sh' else n)
    else:
        se = c.s(lang)
    pe = None
    if c.pub is not None:
        pn = c.pname(st)
        if lang == 'cs' and st == 'camel':
            pn = '_' + pn
        decl.insert(0, DECL[lang].format(n=pn, v=c.p(lang)))
        pe = ('$' + pn) if lang == 'ps' else ('"$%s"' % pn if lang == 'sh' else pn)
    return decl, se, pe


def user_lit(c, lang):
    return Val('lit', c.user).ex(lang)


def path_pick(c, *opts):
    return c.r.choice(opts)


def prov_slug(c):
    return c.prov.lower().replace(' ', '').replace('/', '')


# ---------------------------------------------------------------- templates (secret slot)

def t_dotenv(c):
    sp = c.spec
    L = [header_line(c), 'APP_ENV=production', 'LOG_LEVEL=%s' % c.r.choice(['info', 'warn', 'debug']),
         'WAREHOUSE_CODE=%s' % c.site, 'TZ=America/Chicago']
    if sp['style'] == 'password':
        if not c.ob and c.r.random() < 0.5 and c.sec.kind == 'lit':
            L.append('%s_URL=sftp://%s:%s@%s:22/inbound' % (style_name(sp['sw'][:1] + ['remote'], 'screaming'),
                                                            c.user, c.sraw(), c.host.split('://')[-1].split(':')[0]))
        else:
            L.append('%s=%s' % (c.pname('screaming'), c.user))
            L.append('%s=%s' % (c.name('screaming'), envq(c.sraw())))
            L.append('%s_HOST=%s' % (sp['sw'][0].upper(), c.host.split('://')[-1]))
    else:
        L.append('%s_BASE_URL=%s' % (sp['sw'][0].upper(), c.base_url))
        if c.pub:
            L.append('%s=%s' % (c.pname('screaming'), envq(c.praw())))
        L.append('%s=%s' % (c.name('screaming'), envq(c.sraw())))
    L += ['', '# batch tuning', 'BATCH_SIZE=%d' % c.r.choice([50, 100, 250, 500]),
          'POLL_INTERVAL_SECONDS=%d' % c.r.choice([60, 120, 300, 900]), 'REDIS_URL=redis://redis:6379/2', '']
    return path_pick(c, '.env', '.env.production', 'services/edi-bridge/.env', 'deploy/.env.prod', 'docker/.env'), '\n'.join(L), 'dotenv'


def t_compose(c):
    sp = c.spec
    svc = c.r.choice(['edi-bridge', 'wms-sync', 'label-service', 'order-router', 'mes-gateway'])
    env_map = c.r.random() < 0.5
    kv = [('WAREHOUSE_CODE', c.site), ('LOG_LEVEL', 'info')]
    if c.pub is not None:
        kv.append((c.pname('screaming'), c.praw()))
    if sp['style'] == 'password':
        kv.append((c.pname('screaming'), c.user))
    kv.append((c.name('screaming'), c.sraw()))
    kv.append(('PG_DSN', 'postgres://wms@db:5432/wms'))
    L = ['version: "3.8"', '', 'services:', '  %s:' % svc,
         '    image: registry.%s.com/%s:%s' % (c.company.split()[0].lower(), svc, c.r.choice(['1.4.2', '2.0.0', 'latest', '0.9.17'])),
         '    restart: unless-stopped', '    depends_on:', '      - db', '    environment:']
    for k, v in kv:
        if env_map:
            L.append('      %s: %s' % (k, yq(v, c.r)))
        else:
            L.append('      - %s=%s' % (k, v))
    L += ['    ports:', '      - "%d:8080"' % c.r.choice([8080, 8081, 9000]), '    volumes:', '      - ./maps:/app/maps:ro',
          '', '  db:', '    image: postgres:15', '    environment:', '      POSTGRES_DB: wms',
          '      POSTGRES_HOST_AUTH_METHOD: trust', '    volumes:', '      - pgdata:/var/lib/postgresql/data', '',
          'volumes:', '  pgdata: {}', '']
    return path_pick(c, 'docker-compose.yml', 'docker-compose.prod.yml', 'deploy/docker-compose.yml', 'compose.yaml'), '\n'.join(L), 'yaml'


def t_k8s_secret(c):
    sp = c.spec
    name = '%s-credentials' % prov_slug(c)
    use_data = c.label == 'pos' and c.r.random() < 0.4
    key = c.name(c.r.choice(['kebab', 'snake', 'screaming', 'camel']))
    L = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: %s' % name, '  namespace: %s' % c.r.choice(['edi', 'wms', 'integrations', 'plant-floor']),
         '  labels:', '    app.kubernetes.io/part-of: %s' % c.r.choice(['order-hub', 'edi-platform', 'mes']), 'type: Opaque']
    if use_data:
        b = base64.b64encode(c.needle.encode()).decode()
        c.needle = b
        L.append('data:')
        if sp['style'] == 'password':
            L.append('  username: %s' % base64.b64encode(c.user.encode()).decode())
        L.append('  %s: %s' % (key, b))
    else:
        L.append('stringData:')
        if c.pub is not None:
            L.append('  %s: %s' % (c.pname('kebab'), yq(c.praw(), c.r)))
        if sp['style'] == 'password':
            L.append('  username: %s' % yq(c.user, c.r))
        L.append('  %s: %s' % (key, yq(c.sraw(), c.r)))
        L.append('  endpoint: %s' % c.base_url)
    L.append('')
    return path_pick(c, 'deploy/k8s/secret.yaml', 'k8s/%s-secret.yaml' % prov_slug(c), 'manifests/base/secret.yml'), '\n'.join(L), 'yaml'


def t_k8s_deploy(c):
    app = c.r.choice(['asn-publisher', 'edi-translator', 'carrier-tracker', 'inventory-sync', 'plc-bridge'])
    L = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: %s' % app, 'spec:', '  replicas: %d' % c.r.randint(1, 3),
         '  selector:', '    matchLabels:', '      app: %s' % app, '  template:', '    metadata:', '      labels:', '        app: %s' % app,
         '    spec:', '      containers:', '        - name: %s' % app, '          image: ghcr.io/%s/%s:%s' % (c.company.split()[0].lower(), app, c.r.choice(['v3.2.0', 'v1.18.4', 'sha-' + rs(c.r, 7, HEX)])),
         '          env:', '            - name: SITE', '              value: %s' % c.site]
    if c.pub is not None:
        L += ['            - name: %s' % c.pname('screaming'), '              value: %s' % yq(c.praw(), c.r, True)]
    if c.spec['style'] == 'password':
        L += ['            - name: %s' % c.pname('screaming'), '              value: %s' % yq(c.user, c.r, True)]
    if c.label == 'neg' and c.negtype in ('env_ref', 'vault_ref'):
        L += ['            - name: %s' % c.name('screaming'), '              valueFrom:', '                secretKeyRef:',
              '                  name: %s-credentials' % prov_slug(c), '                  key: %s' % c.name('kebab')]
    else:
        L += ['            - name: %s' % c.name('screaming'), '              value: %s' % yq(c.sraw(), c.r, True)]
    L += ['          resources:', '            limits:', '              memory: 512Mi', '              cpu: 500m', '']
    return path_pick(c, 'deploy/k8s/deployment.yaml', 'k8s/%s.yaml' % app, 'charts/%s/templates/deployment.yaml' % app), '\n'.join(L), 'yaml'


def t_helm_values(c):
    sp = c.spec
    sec_key = c.name('camel')
    L = ['# Default values for %s-connector.' % prov_slug(c), 'replicaCount: 2', '', 'image:', '  repository: %s/%s-connector' % (c.company.split()[0].lower(), prov_slug(c)),
         '  tag: "%s"' % c.r.choice(['2.3.1', '1.0.9', '4.12.0']), '', 'connector:', '  site: %s' % c.site,
         '  baseUrl: %s' % c.base_url, '  timeoutSeconds: %d' % c.r.choice([15, 30, 60])]
    if c.pub is not None:
        L.append('  %s: %s' % (c.pname('camel'), yq(c.praw(), c.r)))
    if sp['style'] == 'password':
        L.append('  username: %s' % yq(c.user, c.r))
    L.append('  %s: %s' % (sec_key, yq(c.sraw(), c.r)))
    L += ['', 'resources:', '  requests:', '    cpu: 100m', '    memory: 256Mi', '', 'nodeSelector: {}', 'tolerations: []', '']
    return path_pick(c, 'charts/%s-connector/values.yaml' % prov_slug(c), 'helm/values-prod.yaml', 'deploy/helm/values.yaml'), '\n'.join(L), 'yaml'


def t_ini(c):
    sp = c.spec
    sect = c.r.choice([prov_slug(c), 'remote', 'connection', '%s_%s' % (prov_slug(c), c.site.lower())])
    L = ['; %s' % header_line(c, '')[1:], '[general]', 'site = %s' % c.site, 'log_file = /var/log/edi/%s.log' % prov_slug(c),
         'archive_dir = /data/edi/archive', '', '[%s]' % sect]
    if sp['style'] == 'password':
        L += ['host = %s' % c.host.split('://')[-1], 'port = %d' % c.r.choice([22, 21, 990, 4840, 1883, 5432]),
              'user = %s' % c.user, '%s = %s' % (c.name('snake') if c.ob else c.r.choice(['pass', 'pw', 'secret', c.name('snake')]), c.sraw())]
    else:
        L.append('base_url = %s' % c.base_url)
        if c.pub is not None:
            L.append('%s = %s' % (c.pname('snake'), c.praw()))
        L.append('%s = %s' % (c.name('snake'), c.sraw()))
    L += ['retries = 3', 'verify_ssl = true', '', '[schedule]', 'cron = %s' % c.r.choice(['*/15 * * * *', '0 * * * *', '5 2 * * *']), '']
    return path_pick(c, 'config/connector.ini', 'conf/%s.ini' % prov_slug(c), 'settings.ini', 'etc/edi/transfer.cfg'), '\n'.join(L), 'ini'


def t_py_client(c):
    sp = c.spec
    decl, se, pe = bind(c, 'py')
    cls = ''.join(w.capitalize() for w in prov_slug(c).split()) + 'Client'
    auth = py_auth(c, se, pe)
    L = ['"""Thin client for the %s API used by the %s sync jobs."""' % (c.prov, c.site), 'import os', 'import logging', '',
         'import requests', '', 'log = logging.getLogger(__name__)', '', 'BASE_URL = "%s"' % c.base_url] + decl + [
        'TIMEOUT = %d' % c.r.choice([10, 20, 30]), '', '', 'class %s:' % cls, '    def __init__(self, session=None):',
        '        self.session = session or requests.Session()', '', '    def get(self, path, **params):',
        '        resp = self.session.get(BASE_URL + path, params=params, timeout=TIMEOUT, %s)' % auth,
        '        resp.raise_for_status()', '        return resp.json()', '',
        '    def orders_since(self, since):', '        log.info("fetching orders since %s", since)',
        '        return self.get("/orders", modifyDateStart=since, pageSize=%d)' % c.r.choice([100, 250, 500]), '']
    return path_pick(c, 'integrations/%s/client.py' % prov_slug(c), 'src/connectors/%s.py' % prov_slug(c), 'app/clients/%s_client.py' % prov_slug(c)), '\n'.join(L), 'python'


def py_auth(c, se, pe):
    a = c.spec['auth']
    if a == 'basic':
        return 'auth=(%s, %s)' % (pe or '""', se)
    if a == 'header':
        return 'headers={"%s": %s}' % (c.spec['header'], se)
    if a == 'bearer':
        return 'headers={"Authorization": "Bearer " + %s}' % se
    if a == 'form':
        if c.spec['kind'] == 'refresh_token':
            return 'data={"refresh_token": %s}' % se
        return 'data={"grant_type": "client_credentials", "client_id": %s, "client_secret": %s}' % (pe or '""', se)
    return 'auth=(%s, %s)' % (user_lit(c, 'py'), se)


def t_py_settings(c):
    sp = c.spec
    n = c.name('screaming')
    L = ['# settings/production.py', 'from .base import *  # noqa', '', 'DEBUG = False', 'ALLOWED_HOSTS = ["wms.%s.com"]' % c.company.split()[0].lower(), '',
         'DEFAULT_WAREHOUSE = "%s"' % c.site, 'EDI_ARCHIVE_ROOT = "/srv/edi/archive"', '']
    if sp['style'] == 'password':
        L += ['%s = {' % style_name([prov_slug(c).replace(' ', ''), 'connection'], 'screaming'),
              '    "host": "%s",' % c.host.split('://')[-1], '    "user": "%s",' % c.user, '    "%s": %s,' % (c.r.choice(['password', 'pwd', 'secret']) if c.ob else c.name('snake'), c.s('py')),
              '    "timeout": 30,', '}']
    else:
        L += ['%s = "%s"' % (style_name(sp['sw'][:1] + ['url'], 'screaming'), c.base_url)]
        if c.pub is not None:
            L.append('%s = %s' % (c.pname('screaming'), c.p('py')))
        L.append('%s = %s' % (n, c.s('py')))
    L += ['', 'CELERY_BEAT_SCHEDULE = {', '    "pull-orders": {"task": "orders.tasks.pull", "schedule": 300.0},',
          '    "push-asn": {"task": "edi.tasks.push_856", "schedule": 600.0},', '}', '']
    if c.sec.kind == 'env':
        L.insert(1, 'import os')
    return path_pick(c, 'config/settings/production.py', 'wms/settings/prod.py', 'settings/production.py'), '\n'.join(L), 'python'


def t_py_positional(c):
    sp = c.spec
    fn = {'basic': 'connect', 'header': 'ApiSession', 'bearer': 'ApiSession', 'form': 'OAuthClient', 'userpass': 'connect'}[sp['auth']]
    args = ['"%s"' % c.base_url]
    if sp['style'] == 'password':
        args.append(user_lit(c, 'py'))
    elif c.pub is not None:
        args.append(c.p('py'))
    args.append(c.s('py'))
    L = ['#!/usr/bin/env python3', '"""Nightly %s pull for %s. Run from cron on the integration box."""' % (c.prov, c.site),
         'import argparse', 'import datetime as dt', 'import os', '', 'from edi_common.transport import %s' % fn, 'from edi_common import archive', '',
         '', 'def main():', '    ap = argparse.ArgumentParser()', '    ap.add_argument("--days", type=int, default=1)', '    a = ap.parse_args()',
         '    since = dt.date.today() - dt.timedelta(days=a.days)', '    conn = %s(%s)' % (fn, ', '.join(args)),
         '    for doc in conn.list_documents(since=since, doc_types=["850", "860", "940"]):',
         '        archive.store(doc, root="/data/edi/in/%s")' % c.site.lower(), '        conn.ack(doc.id)', '', '',
         'if __name__ == "__main__":', '    main()', '']
    return path_pick(c, 'scripts/pull_%s.py' % prov_slug(c).replace(' ', '_'), 'bin/nightly_pull.py', 'jobs/sync_orders.py'), '\n'.join(L), 'python'


def t_py_requests_inline(c):
    sp = c.spec
    hdr = sp['header'] or 'Authorization'
    if sp['auth'] == 'bearer':
        hv = '"Bearer %s"' % c.sraw() if c.sec.kind == 'lit' else 'f"Bearer {%s}"' % c.s('py')
    elif sp['auth'] == 'basic' and c.pub is not None:
        return t_py_client(c)
    else:
        hv = c.s('py')
    L = ['import json', 'import os', 'import requests', '', '', 'def push_shipment(payload):', '    """POST an ASN/shipment update to %s."""' % c.prov,
         '    r = requests.post(', '        "%s/v1/shipments",' % c.base_url, '        headers={',
         '            "%s": %s,' % (hdr if sp['auth'] != 'form' else 'X-Client-Secret', hv), '            "Content-Type": "application/json",',
         '            "X-Request-Source": "%s",' % c.site, '        },', '        data=json.dumps(payload),', '        timeout=30,', '    )',
         '    if r.status_code == 409:', '        return None  # duplicate ASN, already accepted', '    r.raise_for_status()', '    return r.json()', '']
    return path_pick(c, 'integrations/asn_push.py', 'src/edi/outbound.py', 'lambdas/push_shipment/handler.py'), '\n'.join(L), 'python'


def t_py_sftp(c):
    decl, se, pe = bind(c, 'py')
    host = c.host.split('://')[-1].split(':')[0]
    L = ['import os', 'import stat', '', 'import paramiko', '', 'HOST = "%s"' % host, 'PORT = 22', 'USER = "%s"' % c.user] + decl + [
        'REMOTE_IN = "/%s"' % c.r.choice(['inbound', 'fromvan', 'out', 'Outbox']), 'LOCAL_IN = "/data/edi/in"', '', '',
        'def fetch_all():', '    t = paramiko.Transport((HOST, PORT))',
        '    t.connect(username=USER, password=%s)' % se, '    sftp = paramiko.SFTPClient.from_transport(t)', '    try:',
        '        for e in sftp.listdir_attr(REMOTE_IN):', '            if stat.S_ISREG(e.st_mode):',
        '                sftp.get(REMOTE_IN + "/" + e.filename, os.path.join(LOCAL_IN, e.filename))',
        '                sftp.remove(REMOTE_IN + "/" + e.filename)', '    finally:', '        sftp.close()', '        t.close()', '']
    return path_pick(c, 'edi/transport/sftp_pickup.py', 'scripts/van_pickup.py', 'src/van/%s.py' % prov_slug(c)), '\n'.join(L), 'python'


def t_spring_props(c):
    sp = c.spec
    pfx = c.r.choice(['integration.%s' % prov_slug(c).replace(' ', '-'), 'app.%s' % sp['sw'][0], 'connectors.%s' % sp['sw'][0]])
    L = [header_line(c), 'server.port=8080', 'spring.application.name=%s-connector' % prov_slug(c).replace(' ', '-'),
         'management.endpoints.web.exposure.include=health,info', 'spring.jpa.hibernate.ddl-auto=validate', '', '%s.base-url=%s' % (pfx, c.base_url)]
    if sp['style'] == 'password':
        L.append('%s.username=%s' % (pfx, c.user))
        L.append('%s.%s=%s' % (pfx, 'password' if c.ob else style_name(c.neutral, 'kebab'), c.sraw()))
    else:
        if c.pub is not None:
            L.append('%s.%s=%s' % (pfx, c.pname('kebab'), c.praw()))
        L.append('%s.%s=%s' % (pfx, c.name('kebab') if c.ob else style_name(c.neutral, 'kebab'), c.sraw()))
    L += ['%s.connect-timeout=5s' % pfx, '%s.read-timeout=30s' % pfx, '', 'logging.level.com.%s=INFO' % c.company.split()[0].lower(), '']
    return path_pick(c, 'src/main/resources/application.properties', 'src/main/resources/application-prod.properties',
                     'connector/src/main/resources/application.properties'), '\n'.join(L), 'properties'


def t_spring_yml(c):
    sp = c.spec
    L = ['spring:', '  application:', '    name: %s-bridge' % prov_slug(c).replace(' ', '-'), '  datasource:',
         '    url: jdbc:postgresql://pg-wms.internal:5432/wms', '    username: wms_app', '    password: ${DB_PASSWORD}', '',
         'integration:', '  %s:' % sp['sw'][0], '    base-url: %s' % c.base_url]
    if sp['style'] == 'password':
        L.append('    username: %s' % yq(c.user, c.r))
    if c.pub is not None:
        L.append('    %s: %s' % (c.pname('kebab'), yq(c.praw(), c.r)))
    L.append('    %s: %s' % (c.name('kebab') if c.ob else style_name(c.neutral, 'kebab'), yq(c.sraw(), c.r)))
    L += ['    poll-interval: %ds' % c.r.choice([30, 60, 300]), '    warehouse: %s' % c.site, '', 'logging:', '  level:', '    root: INFO', '']
    if sp['provider'] == 'PostgreSQL':
        L[6] = '    password: ${DB_PASSWORD:}'
    return path_pick(c, 'src/main/resources/application.yml', 'src/main/resources/application-prod.yml', 'config/application.yaml'), '\n'.join(L), 'yaml'


def java_auth(c, se, pe):
    a = c.spec['auth']
    if a == 'basic':
        return ['        String basic = Base64.getEncoder().encodeToString((%s + ":" + %s).getBytes(StandardCharsets.UTF_8));' % (pe or '""', se),
                '        builder.header("Authorization", "Basic " + basic);']
    if a == 'header':
        return ['        builder.header("%s", %s);' % (c.spec['header'], se)]
    if a == 'bearer':
        return ['        builder.header("Authorization", "Bearer " + %s);' % se]
    if a == 'form':
        return ['        builder.header("Content-Type", "application/x-www-form-urlencoded");',
                '        String form = "grant_type=client_credentials&client_id=" + %s + "&client_secret=" + %s;' % (pe or '""', se)]
    return ['        String basic = Base64.getEncoder().encodeToString((%s + ":" + %s).getBytes(StandardCharsets.UTF_8));' % (user_lit(c, 'java'), se),
            '        builder.header("Authorization", "Basic " + basic);']


def t_java_client(c):
    decl, se, pe = bind(c, 'java')
    cls = ''.join(w.capitalize() for w in prov_slug(c).split()) + 'Gateway'
    pkg = 'com.%s.integration.%s' % (c.company.split()[0].lower(), prov_slug(c).replace(' ', ''))
    L = ['package %s;' % pkg, '', 'import java.net.URI;', 'import java.net.http.HttpClient;', 'import java.net.http.HttpRequest;',
         'import java.net.http.HttpResponse;', 'import java.nio.charset.StandardCharsets;', 'import java.time.Duration;', 'import java.util.Base64;', '',
         '/** Calls %s for the %s warehouse. */' % (c.prov, c.site), 'public class %s {' % cls, '',
         '    private static final String BASE_URL = "%s";' % c.base_url] + decl + [
        '    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();', '',
        '    public String fetch(String path) throws Exception {',
        '        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE_URL + path)).GET();'] + java_auth(c, se, pe) + [
        '        HttpResponse<String> resp = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());',
        '        if (resp.statusCode() >= 300) {', '            throw new IllegalStateException("HTTP " + resp.statusCode());', '        }',
        '        return resp.body();', '    }', '}', '']
    return 'src/main/java/%s/%s.java' % (pkg.replace('.', '/'), cls), '\n'.join(L), 'java'


def t_appsettings(c):
    sp = c.spec
    sec = {}
    L = ['{', '  "Logging": {', '    "LogLevel": {', '      "Default": "Information",', '      "Microsoft.AspNetCore": "Warning"', '    }', '  },',
         '  "AllowedHosts": "*",', '  "Warehouse": {', '    "Code": "%s",' % c.site, '    "TimeZone": "Central Standard Time"', '  },',
         '  "%s": {' % style_name(sp['sw'][:1], 'pascal'), '    "BaseUrl": "%s",' % c.base_url]
    if sp['style'] == 'password':
        L.append('    "UserName": "%s",' % c.user)
    if c.pub is not None:
        L.append('    "%s": "%s",' % (c.pname('pascal'), c.praw()))
    L.append('    "%s": "%s",' % (c.name('pascal') if c.ob else style_name(c.neutral, 'pascal'), c.sraw()))
    L += ['    "RetryCount": 3', '  }', '}', '']
    return path_pick(c, 'appsettings.json', 'appsettings.Production.json', 'src/Edi.Worker/appsettings.json'), '\n'.join(L), 'json'


def cs_auth(c, se, pe):
    a = c.spec['auth']
    if a in ('basic', 'userpass'):
        u = pe if a == 'basic' else user_lit(c, 'cs')
        return ['            var raw = Encoding.ASCII.GetBytes($"{%s}:{%s}");' % (u or '""', se),
                '            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));']
    if a == 'header':
        return ['            _http.DefaultRequestHeaders.Add("%s", %s);' % (c.spec['header'], se)]
    if a == 'bearer':
        return ['            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", %s);' % se]
    return ['            _form = new FormUrlEncodedContent(new Dictionary<string, string> {',
            '                ["grant_type"] = "client_credentials", ["client_id"] = %s, ["client_secret"] = %s });' % (pe or '""', se)]


def t_cs_client(c):
    decl, se, pe = bind(c, 'cs')
    cls = ''.join(w.capitalize() for w in prov_slug(c).split()) + 'Service'
    L = ['using System;', 'using System.Collections.Generic;', 'using System.Net.Http;', 'using System.Net.Http.Headers;', 'using System.Text;',
         'using System.Threading.Tasks;', '', 'namespace %s.Integrations' % c.company.split()[0], '{',
         '    /// <summary>Pushes 856 ASNs and pulls 850s via %s.</summary>' % c.prov, '    public class %s' % cls, '    {',
         '        private const string BaseUrl = "%s";' % c.base_url] + decl + [
        '        private readonly HttpClient _http = new HttpClient();', '        private FormUrlEncodedContent _form;', '',
        '        public %s()' % cls, '        {', '            _http.BaseAddress = new Uri(BaseUrl);'] + cs_auth(c, se, pe) + [
        '        }', '', '        public async Task<string> GetOrdersAsync(string status = "awaiting_shipment")', '        {',
        '            var resp = await _http.GetAsync($"/orders?orderStatus={status}&pageSize=100");', '            resp.EnsureSuccessStatusCode();',
        '            return await resp.Content.ReadAsStringAsync();', '        }', '    }', '}', '']
    return 'src/%s.Integrations/%s.cs' % (c.company.split()[0], cls), '\n'.join(L), 'csharp'


def t_appconfig(c):
    db = c.spec['provider'] == 'SQL Server' or c.r.random() < 0.5
    L = ['<?xml version="1.0" encoding="utf-8"?>', '<configuration>', '  <startup>',
         '    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />', '  </startup>', '  <appSettings>',
         '    <add key="Warehouse" value="%s" />' % c.site, '    <add key="PollMinutes" value="%d" />' % c.r.choice([5, 10, 15])]
    if db:
        L += ['  </appSettings>', '  <connectionStrings>',
              '    <add name="Erp" providerName="System.Data.SqlClient" connectionString="Server=%s;Database=%s;User Id=%s;Password=%s;TrustServerCertificate=True" />'
              % (c.host.split('://')[-1].split(':')[0], c.r.choice(['EpicorERP', 'WMSProd', 'Fishbowl', 'MES']), c.user, xesc(c.sraw())),
              '  </connectionStrings>']
    else:
        L += ['    <add key="%sHost" value="%s" />' % (style_name(c.spec['sw'][:1], 'pascal'), c.host.split('://')[-1]),
              '    <add key="%sUser" value="%s" />' % (style_name(c.spec['sw'][:1], 'pascal'), c.user),
              '    <add key="%s" value="%s" />' % (c.name('pascal'), xesc(c.sraw())), '  </appSettings>']
    L += ['  <system.diagnostics>', '    <trace autoflush="true" />', '  </system.diagnostics>', '</configuration>', '']
    return path_pick(c, 'EdiService/App.config', 'src/WmsBridge/App.config', 'Web.config'), '\n'.join(L), 'xml'


def t_biztalk(c):
    host = c.host.split('://')[-1].split(':')[0]
    inner = ('<CustomProps><AccessAnyServerHostKey vt="11">0</AccessAnyServerHostKey><ServerAddress vt="8">%s</ServerAddress>'
             '<Port vt="3">22</Port><UserName vt="8">%s</UserName><Password vt="8">%s</Password>'
             '<TargetFolder vt="8">/inbound/%s</TargetFolder></CustomProps>') % (host, c.user, xesc(c.sraw()), c.partner.lower())
    esc = xesc(inner)
    L = ['<?xml version="1.0" encoding="utf-8"?>', '<BindingInfo xmlns:xsd="http://www.w3.org/2001/XMLSchema" Assembly="Microsoft.BizTalk.Deployment" Version="3.5.1.0">',
         '  <ModuleRefCollection>', '    <ModuleRef Name="[Application:EDI.%s]" Version="" Culture="" PublicKeyToken="" FullName="[Application:EDI.%s]" />' % (c.partner, c.partner),
         '  </ModuleRefCollection>', '  <SendPortCollection>', '    <SendPort Name="SP_%s_856_SFTP" IsStatic="true" IsTwoWay="false" BindingOption="0">' % c.partner,
         '      <Description>Outbound ASN to %s via VAN</Description>' % c.partner, '      <TransmitPipeline Name="Microsoft.BizTalk.Edi.DefaultPipelines.EdiSend" Type="2" />',
         '      <PrimaryTransport>', '        <Address>sftp://%s:22/inbound/%s/%%MessageID%%.edi</Address>' % (host, c.partner.lower()),
         '        <TransportType Name="SFTP" Capabilities="80907" ConfigurationClsid="f75aab5a-2b06-4b0e-9f27-2e30a9f51d71" />',
         '        <TransportTypeData>%s</TransportTypeData>' % esc, '        <RetryCount>3</RetryCount>', '        <RetryInterval>5</RetryInterval>',
         '      </PrimaryTransport>', '    </SendPort>', '  </SendPortCollection>', '</BindingInfo>', '']
    return path_pick(c, 'BizTalk/Bindings/EDI.%s.BindingInfo.xml' % c.partner, 'deploy/bindings/%s_bindings.xml' % c.partner.lower()), '\n'.join(L), 'xml'


def t_openas2_config(c):
    L = ['<openas2>', '  <properties', '    storageBaseDir="%home%/../data"', '    log_date_format="yyyy-MM-dd HH:mm:ss.SSS"',
         '    sql_timestamp_format="yyyy-MM-dd HH:mm:ss.SSS"', '    as2_message_id_format="OPENAS2-$date.ddMMyyyyHHmmssZ$-$rand.1234$@$msg.sender.as2_id$_$msg.receiver.as2_id$"/>',
         '  <loggers>', '    <logger classname="org.openas2.logging.ConsoleLogger"/>', '    <logger classname="org.openas2.logging.FileLogger"',
         '      filename="%home%/../logs/log-$date.yyyyMMdd$.txt"/>', '  </loggers>',
         '  <certificates classname="org.openas2.cert.PKCS12CertificateFactory"', '    filename="%home%/as2_certs.p12"',
         '    password="%s"' % xesc(c.sraw()), '    interval="300"/>',
         '  <partnerships classname="org.openas2.partner.XMLPartnershipFactory"', '    filename="%home%/partnerships.xml"/>',
         '  <processor classname="org.openas2.processor.DefaultProcessor"', '    pendingMDN="$properties.storageBaseDir$/pendingMDN3"',
         '    pendingMDNinfo="$properties.storageBaseDir$/pendinginfoMDN3">',
         '    <module classname="org.openas2.processor.receiver.AS2ReceiverModule"', '      port="%d"/>' % c.r.choice([4080, 10080, 5080]),
         '  </processor>', '</openas2>', '']
    return path_pick(c, 'openas2/config/config.xml', 'as2/config/config.xml'), '\n'.join(L), 'xml'


def t_openas2_partnerships(c):
    me = c.company.split()[0].upper() + '_AS2'
    L = ['<partnerships>', '  <partner name="%s" as2_id="%s" x509_alias="%s" email="edi@%s.com"/>' % (me.lower(), me, me.lower(), c.company.split()[0].lower()),
         '  <partner name="%s" as2_id="%sAS2" x509_alias="%s" email="edi@%s.com"/>' % (c.partner.lower(), c.partner, c.partner.lower(), c.partner.lower()),
         '  <partnership name="%s-to-%s">' % (me.lower(), c.partner.lower()), '    <sender name="%s"/>' % me.lower(), '    <receiver name="%s"/>' % c.partner.lower(),
         '    <attribute name="protocol" value="as2"/>', '    <attribute name="subject" value="EDI %s"/>' % c.r.choice(['856', '810', '855']),
         '    <attribute name="as2_url" value="https://as2.%s.com:4443/as2"/>' % c.partner.lower(),
         '    <attribute name="as2_mdn_to" value="edi@%s.com"/>' % c.company.split()[0].lower(),
         '    <attribute name="encrypt" value="AES256_CBC"/>', '    <attribute name="sign" value="SHA256"/>',
         '    <attribute name="http_user" value="%s"/>' % c.user, '    <attribute name="http_password" value="%s"/>' % xesc(c.sraw()),
         '    <attribute name="resend_max_retries" value="3"/>', '  </partnership>', '</partnerships>', '']
    return path_pick(c, 'openas2/config/partnerships.xml', 'as2/partnerships.xml'), '\n'.join(L), 'xml'


def t_mendelson(c):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<!-- exported from mendelson AS2 partner management -->', '<partnerexport>', '  <partner>',
         '    <name>%s</name>' % c.partner, '    <as2ident>%s%s</as2ident>' % (c.partner, c.r.choice(['AS2', 'EDI', '_PROD'])), '    <localstation>false</localstation>',
         '    <url>https://as2.%s.com/as2/HttpReceiver</url>' % c.partner.lower(), '    <mdnurl>https://as2.%s.com/as2/HttpReceiver</mdnurl>' % c.company.split()[0].lower(),
         '    <signalgorithm>8</signalgorithm>', '    <encryptionalgorithm>13</encryptionalgorithm>', '    <httpauthentication enabled="true">',
         '      <user>%s</user>' % c.user, '      <password>%s</password>' % xesc(c.sraw()), '    </httpauthentication>',
         '    <compression>1</compression>', '    <syncmdn>true</syncmdn>', '  </partner>', '</partnerexport>', '']
    return path_pick(c, 'as2/mendelson/partner_%s.xml' % c.partner.lower(), 'mendelson/export/partners.xml'), '\n'.join(L), 'xml'


def t_pem_file(c):
    body = c.body
    c.needle = body[0]
    kind = c.r.choice(['PRIVATE KEY', 'PRIVATE KEY', 'RSA PRIVATE KEY'])
    if kind == 'RSA PRIVATE KEY':
        raw = 'MIIEpAIBAAKCAQEA' + ''.join(body)[16:]
        body = [raw[i:i + 64] for i in range(0, len(raw), 64)]
        c.needle = body[0]
    L = ['-----BEGIN %s-----' % kind] + body + ['-----END %s-----' % kind, '']
    return path_pick(c, 'as2/keys/%s_signing.key' % c.company.split()[0].lower(), 'openas2/config/certs/private.pem',
                     'config/as2/%s-private.pem' % c.site.lower()), '\n'.join(L), 'pem'


def t_pem_in_yaml(c):
    body = c.body
    c.needle = body[0]
    L = ['# AS2 station for %s' % c.company, 'as2:', '  localId: %sAS2' % c.company.split()[0].upper(), '  partnerId: %sAS2' % c.partner,
         '  url: https://as2.%s.com:4443/as2' % c.partner.lower(), '  signing:', '    algorithm: sha256', '    privateKey: |',
         '      -----BEGIN PRIVATE KEY-----'] + ['      ' + b for b in body] + ['      -----END PRIVATE KEY-----', '  mdn:', '    async: false', '']
    return path_pick(c, 'config/as2-station.yaml', 'charts/as2-gateway/values-prod.yaml'), '\n'.join(L), 'yaml'


def t_nodered_http(c):
    sp = c.spec
    hdr = sp['header'] or 'Authorization'
    if sp['auth'] == 'bearer':
        hv = 'Bearer ' + c.sraw()
    elif sp['auth'] == 'basic' and c.pub is not None and c.label == 'pos' and sp['provider'] == 'Tulip':
        hv = 'Basic ' + base64.b64encode(('%s:%s' % (c.praw(), c.sraw())).encode()).decode()
        c.needle = hv[6:]
    else:
        hv = c.sraw()
        if sp['auth'] == 'basic':
            hdr = 'X-Api-Secret'
    ids = [rs(c.r, 16, HEX) for _ in range(4)]
    if sp['auth'] == 'form':
        if sp['kind'] == 'refresh_token':
            body = '    refresh_token: \"%s\"' % c.sraw()
        else:
            body = '    grant_type: \"client_credentials\",\n    client_id: \"%s\",\n    client_secret: \"%s\"' % (c.praw(), c.sraw())
        func = ('msg.method = \"POST\";\nmsg.url = \"%s/oauth/token\";\nmsg.headers = {\"Content-Type\": \"application/json\"};\n'
                'msg.payload = {\n%s\n};\nreturn msg;' % (c.base_url, body))
        func = func.replace('\\"', '"').replace('\\n', '\n')
    else:
        func = "msg.headers = {\n    \"%s\": \"%s\",\n    \"Accept\": \"application/json\"\n};\nmsg.url = \"%s/api/v1/records?site=%s\";\nreturn msg;" % (hdr, hv, c.base_url, c.site)
    flow = [
        {"id": ids[0], "type": "tab", "label": "%s sync" % c.prov, "disabled": False, "info": ""},
        {"id": ids[1], "type": "inject", "z": ids[0], "name": "every 5 min", "repeat": "300", "once": True, "x": 120, "y": 80, "wires": [[ids[2]]]},
        {"id": ids[2], "type": "function", "z": ids[0], "name": "set headers" if sp['auth'] != 'form' else "token request",
         "func": func,
         "outputs": 1, "x": 300, "y": 80, "wires": [[ids[3]]]},
        {"id": ids[3], "type": "http request", "z": ids[0], "name": "GET %s" % c.prov, "method": "GET", "ret": "obj", "paytoqs": "ignore",
         "url": "", "tls": "", "persist": False, "x": 500, "y": 80, "wires": [[]]},
    ]
    return path_pick(c, 'node-red/flows.json', 'flows/%s_sync.json' % prov_slug(c).replace(' ', '_'), '.node-red/flows.json'), json.dumps(flow, indent=4) + '\n', 'nodered'


def t_nodered_mqtt(c):
    ids = [rs(c.r, 16, HEX) for _ in range(3)]
    host = c.host.split('://')[-1].split(':')[0]
    flow = [
        {"id": ids[0], "type": "mqtt-broker", "name": "plant broker", "broker": host, "port": c.r.choice(["1883", "8883"]), "clientid": "nodered-%s" % c.site.lower(),
         "autoConnect": True, "usetls": False, "protocolVersion": "4", "keepalive": "60", "cleansession": True,
         "credentials": {"user": c.user, "password": c.sraw()}},
        {"id": ids[1], "type": "mqtt in", "z": "f1", "name": "", "topic": "spBv1.0/%s/DDATA/#" % c.site, "qos": "1", "datatype": "auto-detect",
         "broker": ids[0], "x": 150, "y": 120, "wires": [[ids[2]]]},
        {"id": ids[2], "type": "debug", "z": "f1", "name": "ddata", "active": False, "complete": "payload", "x": 380, "y": 120, "wires": []},
    ]
    return path_pick(c, 'node-red/flows.json', 'edge/node-red/flows_%s.json' % c.site.lower()), json.dumps(flow, indent=2) + '\n', 'nodered'


def t_ignition(c):
    sp = c.spec
    host = c.host.split('://')[-1].split(':')[0]
    if sp['provider'] in ('OPC UA',):
        cfg = {"name": "%s_PLC" % c.site, "type": "com.inductiveautomation.OpcUaServerType", "enabled": True,
               "settings": {"endpoint": {"discoveryUrl": c.host, "securityPolicy": "Basic256Sha256", "securityMode": "SignAndEncrypt"},
                            "authentication": {"username": c.user, "password": c.sraw()},
                            "advanced": {"connectTimeout": 5000, "requestTimeout": 60000}}}
    elif sp['provider'] == 'MQTT':
        cfg = {"name": "Chariot", "type": "com.cirruslink.mqtt.transmission.server", "enabled": True,
               "settings": {"url": "tcp://%s:1883" % host, "username": c.user, "password": c.sraw(), "groupId": c.site, "edgeNodeId": "ignition-edge-1"}}
    else:
        cfg = {"name": "%s_DB" % c.site, "type": "com.inductiveautomation.DatabaseConnection", "enabled": True,
               "settings": {"driver": "MSSQL JTDS", "connectURL": "jdbc:jtds:sqlserver://%s/%s" % (host, c.r.choice(['MES', 'Historian'])),
                            "username": c.user, "password": c.sraw(), "validationQuery": "SELECT 1"}}
    doc = {"resourceVersion": 1, "scope": "G", "description": "exported from gateway %s" % c.site.lower(),
           "version": {"major": 8, "minor": 1, "rev": c.r.randint(10, 40)}, "resources": [cfg]}
    return path_pick(c, 'ignition/gateway/config/%s.json' % cfg['name'].lower(), 'ignition-export/connections.json'), json.dumps(doc, indent=2) + '\n', 'ignition'


def t_kepware(c):
    sp = c.spec
    host = c.host.split('://')[-1].split(':')[0]
    if sp['provider'] == 'MQTT':
        agent = {"common.ALLTYPES_NAME": "SparkplugAgent", "iot_gateway.AGENTTYPES_TYPE": "MQTT Client",
                 "iot_gateway.MQTT_CLIENT_URL": "tcp://%s:1883" % host, "iot_gateway.MQTT_CLIENT_TOPIC": "iotgateway/%s" % c.site,
                 "iot_gateway.MQTT_CLIENT_USERNAME": c.user, "iot_gateway.MQTT_CLIENT_PASSWORD": c.sraw()}
        proj = {"project": {"common.ALLTYPES_DESCRIPTION": "%s line data" % c.site, "_iot_gateway": [{"mqtt_clients": [agent]}]}}
    else:
        ch = {"common.ALLTYPES_NAME": "%s_UA" % c.site, "servermain.MULTIPLE_TYPES_DEVICE_DRIVER": "OPC UA Client",
              "opcuaclient.CHANNEL_UA_SERVER_ENDPOINT_URL": c.host if c.host.startswith('opc') else 'opc.tcp://%s:4840' % host,
              "opcuaclient.CHANNEL_SECURITY_POLICY": 3, "opcuaclient.CHANNEL_AUTHENTICATION_USERNAME": c.user,
              "opcuaclient.CHANNEL_AUTHENTICATION_PASSWORD": c.sraw(),
              "devices": [{"common.ALLTYPES_NAME": "Line%d" % c.r.randint(1, 9), "servermain.DEVICE_SCAN_MODE_RATE_MS": 1000}]}
        proj = {"project": {"common.ALLTYPES_DESCRIPTION": "%s plant floor" % c.site, "channels": [ch]}}
    return path_pick(c, 'kepware/%s_project.json' % c.site.lower(), 'kepserverex/project.json'), json.dumps(proj, indent=2) + '\n', 'kepware'


def t_ps_winscp(c):
    host = c.host.split('://')[-1].split(':')[0]
    decl, se, pe = bind(c, 'ps')
    L = ['<#', '.SYNOPSIS', '    Picks up EDI files from the %s mailbox and drops them in the translator inbox.' % c.prov, '#>', 'param(',
         '    [string]$LocalPath = "D:\\EDI\\Inbound",', '    [string]$RemotePath = "/%s/"' % c.r.choice(['outbox', 'fromvan', 'out']), ')', '',
         'Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"', ''] + decl + [
        '$sessionOptions = New-Object WinSCP.SessionOptions -Property @{', '    Protocol = [WinSCP.Protocol]::Sftp', '    HostName = "%s"' % host,
        '    UserName = "%s"' % c.user, '    Password = %s' % se, '    SshHostKeyFingerprint = "ssh-ed25519 255 %s"' % base64.b64encode(rbytes(c.r, 32)).decode().rstrip('='),
        '}', '', '$session = New-Object WinSCP.Session', 'try {', '    $session.Open($sessionOptions)',
        '    $result = $session.GetFiles($RemotePath + "*.edi", $LocalPath + "\\", $true)', '    $result.Check()',
        '    Write-Host ("Downloaded {0} files" -f $result.Transfers.Count)', '}', 'finally {', '    $session.Dispose()', '}', '']
    return path_pick(c, 'scripts/Get-VanFiles.ps1', 'ops/Invoke-EdiPickup.ps1', 'tools/Receive-%sFiles.ps1' % c.prov.replace(' ', '')), '\n'.join(L), 'powershell'


def t_ps_rest(c):
    sp = c.spec
    decl, se, pe = bind(c, 'ps')
    if sp['auth'] == 'basic':
        h = ['$pair = "{0}:{1}" -f %s, %s' % (pe or "''", se), '$headers = @{ Authorization = "Basic " + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair)) }']
    elif sp['auth'] == 'bearer':
        h = ['$headers = @{ Authorization = "Bearer $(%s)" }' % se if se.startswith('$') else '$headers = @{ Authorization = "Bearer " + %s }' % se]
    elif sp['auth'] == 'form':
        h = ['$body = @{ grant_type = "client_credentials"; client_id = %s; client_secret = %s }' % (pe or "''", se),
             '$tok = Invoke-RestMethod -Method Post -Uri "%s/oauth/token" -Body $body' % c.base_url,
             '$headers = @{ Authorization = "Bearer " + $tok.access_token }']
    else:
        h = ['$headers = @{ "%s" = %s }' % (sp['header'], se)]
    L = ['# Exports open orders for %s to CSV for the morning wave planning.' % c.site, '$ErrorActionPreference = "Stop"',
         '$baseUrl = "%s"' % c.base_url] + decl + h + ['',
         '$orders = Invoke-RestMethod -Method Get -Uri "$baseUrl/orders?status=open&warehouse=%s" -Headers $headers' % c.site,
         '$orders.items | Select-Object orderNumber, shipBy, carrier, lines |',
         '    Export-Csv -NoTypeInformation -Path ("\\\\fs01\\planning\\open_orders_{0}.csv" -f (Get-Date -Format yyyyMMdd))', '']
    return path_pick(c, 'scripts/Export-OpenOrders.ps1', 'ops/Sync-%s.ps1' % c.prov.replace(' ', '')), '\n'.join(L), 'powershell'


def t_sql_seed(c):
    sp = c.spec
    rows = []
    tbl = c.r.choice(['integration_endpoints', 'trading_partner_connections', 'connector_config'])
    L = ['-- %s: seed data for %s' % (tbl, c.site), 'BEGIN;', '',
         'INSERT INTO warehouses (code, name, tz) VALUES', "  ('%s', '%s %s', 'America/Chicago');" % (c.site, c.company, c.site), '',
         'INSERT INTO %s (partner, protocol, host, username, %s, active) VALUES' % (tbl, 'secret' if c.ob else c.r.choice(['auth_value', 'credential_ref', 'param_b'])),
         "  ('%s', '%s', '%s', '%s', %s, true)," % (c.prov, 'sftp' if sp['style'] == 'password' else 'https', c.host.split('://')[-1],
                                                    c.user if sp['style'] == 'password' else (c.praw() or 'api'), c.s('sql')),
         "  ('%s', 'as2', 'as2.%s.com', NULL, NULL, false);" % (c.partner, c.partner.lower()), '',
         "INSERT INTO carriers (scac, name) VALUES ('UPSN', 'UPS'), ('FDEG', 'FedEx Ground'), ('ODFL', 'Old Dominion');", '', 'COMMIT;', '']
    return path_pick(c, 'db/seed/003_integration_endpoints.sql', 'migrations/seed_%s.sql' % c.site.lower(), 'sql/seed.sql'), '\n'.join(L), 'sql'


def t_postman_collection(c):
    sp = c.spec
    if sp['auth'] == 'basic' and c.pub is not None:
        auth = {"type": "basic", "basic": [{"key": "password", "value": c.sraw(), "type": "string"}, {"key": "username", "value": c.praw(), "type": "string"}]}
    elif sp['auth'] == 'bearer':
        auth = {"type": "bearer", "bearer": [{"key": "token", "value": c.sraw(), "type": "string"}]}
    elif sp['style'] == 'password':
        auth = {"type": "basic", "basic": [{"key": "password", "value": c.sraw(), "type": "string"}, {"key": "username", "value": c.user, "type": "string"}]}
    else:
        auth = {"type": "apikey", "apikey": [{"key": "value", "value": c.sraw(), "type": "string"},
                                             {"key": "key", "value": sp['header'] or 'x-api-key', "type": "string"}]}
    col = {"info": {"_postman_id": uuid4(c.r), "name": "%s - %s" % (c.prov, c.site),
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "auth": auth,
           "item": [{"name": "List orders", "request": {"method": "GET", "header": [],
                                                        "url": {"raw": "{{baseUrl}}/orders?page=1", "host": ["{{baseUrl}}"], "path": ["orders"],
                                                                "query": [{"key": "page", "value": "1"}]}}},
                    {"name": "Create shipment", "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                                                            "body": {"mode": "raw", "raw": json.dumps({"orderNumber": po_num(c.r), "carrierCode": "ups", "trackingNumber": "1Z" + rs(c.r, 16, UPPER + DIG)})},
                                                            "url": {"raw": "{{baseUrl}}/shipments", "host": ["{{baseUrl}}"], "path": ["shipments"]}}}],
           "variable": [{"key": "baseUrl", "value": c.base_url}]}
    return path_pick(c, 'postman/%s.postman_collection.json' % prov_slug(c).replace(' ', '-'), 'docs/api/%s.postman_collection.json' % c.site.lower()), json.dumps(col, indent=2) + '\n', 'postman'


def t_postman_env(c):
    vals = [{"key": "baseUrl", "value": c.base_url, "type": "default", "enabled": True},
            {"key": "warehouse", "value": c.site, "type": "default", "enabled": True}]
    if c.pub is not None:
        vals.append({"key": c.pname('camel'), "value": c.praw(), "type": "default", "enabled": True})
    if c.spec['style'] == 'password':
        vals.append({"key": "username", "value": c.user, "type": "default", "enabled": True})
    vals.append({"key": c.name('camel'), "value": c.sraw(), "type": c.r.choice(['secret', 'default']), "enabled": True})
    env = {"id": uuid4(c.r), "name": "%s PROD" % c.prov, "values": vals, "_postman_variable_scope": "environment",
           "_postman_exported_at": "2025-0%d-1%dT14:22:0%d.112Z" % (c.r.randint(1, 9), c.r.randint(0, 9), c.r.randint(0, 9)),
           "_postman_exported_using": "Postman/10.%d.%d" % (c.r.randint(10, 24), c.r.randint(0, 9))}
    return path_pick(c, 'postman/%s-prod.postman_environment.json' % prov_slug(c).replace(' ', '-'), 'postman/environments/prod.postman_environment.json'), json.dumps(env, indent=2) + '\n', 'postman'


def t_edi_map_yaml(c):
    sp = c.spec
    tx = c.r.choice(['850', '856', '810', '940', '945', '846'])
    L = ['# Mapping profile: %s %s (X12 004010)' % (c.partner, tx), 'partner:', '  name: %s' % c.partner, '  isa_qualifier: "ZZ"',
         '  isa_id: "%s"' % (c.partner + ' ' * 15)[:15], '  gs_id: %s' % c.partner, 'transaction:', '  set: "%s"' % tx, '  version: "004010"',
         '  segments:', '    - {tag: BEG, map: {BEG03: order.po_number, BEG05: order.date}}', '    - {tag: N1, loop: ship_to, map: {N104: ship_to.location_code}}',
         '    - {tag: PO1, loop: lines, map: {PO102: qty, PO107: upc}}', 'transport:']
    if sp['style'] == 'password':
        L += ['  type: sftp', '  host: %s' % c.host.split('://')[-1], '  port: 22', '  user: %s' % yq(c.user, c.r),
              '  %s: %s' % ('password' if c.ob else style_name(c.neutral, 'snake'), yq(c.sraw(), c.r)), '  remote_dir: /in/%s' % tx]
    else:
        L += ['  type: api', '  endpoint: %s/transactions' % c.base_url]
        if c.pub is not None:
            L.append('  %s: %s' % (c.pname('snake'), yq(c.praw(), c.r)))
        L.append('  %s: %s' % (c.name('snake') if c.ob else style_name(c.neutral, 'snake'), yq(c.sraw(), c.r)))
    L += ['ack:', '  send_997: true', '  within_hours: 24', '']
    return path_pick(c, 'maps/%s/%s_%s.yml' % (c.partner.lower(), c.partner.lower(), tx), 'edi/profiles/%s-%s.yaml' % (c.partner.lower(), tx)), '\n'.join(L), 'edi-map'


def t_edi_map_json(c):
    sp = c.spec
    conn = {"kind": "sftp" if sp['style'] == 'password' else "http", "url": c.base_url if sp['style'] != 'password' else 'sftp://' + c.host.split('://')[-1]}
    if sp['style'] == 'password':
        conn["username"] = c.user
    if c.pub is not None:
        conn[c.pname('camel')] = c.praw()
    conn[c.name('camel') if c.ob else style_name(c.neutral, 'camel')] = c.sraw()
    m = {"$schema": "./mapping.schema.json", "name": "%s-%s-inbound" % (c.partner.lower(), c.r.choice(['850', '940', '860'])),
         "source": {"standard": "X12", "release": c.r.choice(["004010", "005010"])},
         "target": {"format": "json", "schema": "canonical/order.v3.json"},
         "fields": [{"from": "BEG03", "to": "purchaseOrderNumber"}, {"from": "DTM02[qual=002]", "to": "requestedShipDate"},
                    {"from": "PO1/PO107", "to": "lines[].gtin", "transform": "padGtin14"}, {"from": "N1[ST]/N104", "to": "shipTo.locationId"}],
         "connection": conn, "warehouse": c.site}
    return path_pick(c, 'mappings/%s.json' % m['name'], 'edi/maps/%s.map.json' % m['name']), json.dumps(m, indent=2) + '\n', 'edi-map'


def t_markdown(c):
    sp = c.spec
    L = ['# %s runbook - %s' % (c.prov, c.site), '', '## When the nightly sync fails', '',
         '1. Check the `edi-bridge` pod logs in the `%s` namespace.' % c.r.choice(['edi', 'wms']),
         '2. Confirm the partner endpoint is reachable from the integration subnet.', '3. Re-run the pull by hand:', '']
    if sp['style'] == 'password':
        host = c.host.split('://')[-1].split(':')[0]
        L += ['```bash', 'sftp -oPort=22 %s@%s' % (c.user.split('@')[0], host), '# password when prompted: %s' % c.sraw(), '```']
    elif sp['auth'] == 'basic' and c.pub is not None:
        L += ['```bash', 'curl -s -u "%s:%s" \\' % (c.praw(), c.sraw()), '  "%s/orders?orderStatus=awaiting_shipment" | jq .total' % c.base_url, '```']
    elif sp['auth'] == 'form':
        L += ['```bash', 'curl -s -X POST %s/oauth/token \\' % c.base_url, '  -d grant_type=client_credentials \\',
              '  -d client_id=%s \\' % (c.praw() or 'integration'), '  -d client_secret=%s' % c.sraw(), '```']
    else:
        hv = ('Bearer ' if sp['auth'] == 'bearer' else '') + c.sraw()
        L += ['```bash', 'curl -s -H "%s: %s" \\' % (sp['header'] or 'Authorization', hv), '  "%s/v1/health"' % c.base_url, '```']
    L += ['', '4. If it still fails, page the on-call for **%s** (see PagerDuty schedule "SCM Integrations").' % c.company, '',
          '## Contacts', '', '- Partner EDI desk: edi-support@%s.com' % c.partner.lower(), '- Internal: #scm-integrations', '']
    return path_pick(c, 'docs/runbook.md', 'notes/runbook-%s.md' % prov_slug(c).replace(' ', '-'), 'README.ops.md'), '\n'.join(L), 'markdown'


def t_shell(c):
    sp = c.spec
    decl, se, pe = bind(c, 'sh')
    if sp['style'] == 'password':
        host = c.host.split('://')[-1].split(':')[0]
        cmd = ['lftp -u "%s",%s sftp://%s <<EOF' % (c.user, se, host), 'mirror --Remove-source-files /outbox "$LOCAL_DIR"', 'EOF']
    elif sp['auth'] == 'basic':
        cmd = ['curl -fsS -u "%s:%s" "$BASE/orders?modifyDateStart=$SINCE" -o "$OUT"' % (pe.strip('"') if pe else '', se.strip('"'))]
    elif sp['auth'] == 'form':
        cmd = ['TOKEN=$(curl -fsS -X POST "$BASE/oauth/token" -d grant_type=client_credentials -d client_id=%s -d client_secret=%s | jq -r .access_token)' % (pe or 'svc', se),
               'curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/shipments?since=$SINCE" -o "$OUT"']
    else:
        hv = ('Bearer ' if sp['auth'] == 'bearer' else '') + se.strip('"')
        cmd = ['curl -fsS -H "%s: %s" "$BASE/shipments?since=$SINCE" -o "$OUT"' % (sp['header'] or 'Authorization', hv)]
    L = ['#!/usr/bin/env bash', '# pull changes from %s into the staging dir' % c.prov, 'set -euo pipefail', '',
         'BASE="%s"' % c.base_url, 'LOCAL_DIR=/data/staging/%s' % c.site.lower(), 'SINCE=$(date -u -d "-1 hour" +%Y-%m-%dT%H:%M:%SZ)',
         'OUT="$LOCAL_DIR/$(date +%s).json"'] + decl + ['', 'mkdir -p "$LOCAL_DIR"'] + cmd + ['echo "done: $OUT"', '']
    return path_pick(c, 'bin/pull_%s.sh' % prov_slug(c).replace(' ', '_'), 'scripts/sync.sh', 'cron/hourly_pull.sh'), '\n'.join(L), 'shell'


def t_url_yaml(c):
    host = c.host.split('://')[-1].split(':')[0]
    scheme = {'MQTT': 'mqtt', 'PostgreSQL': 'postgresql', 'RabbitMQ': 'amqp', 'OPC UA': 'opc.tcp'}.get(c.spec['provider'], 'sftp')
    port = {'mqtt': 1883, 'postgresql': 5432, 'amqp': 5672, 'opc.tcp': 4840}.get(scheme, 22)
    tail = {'postgresql': '/wms?sslmode=require', 'amqp': '/wms'}.get(scheme, '/')
    url = '%s://%s:%s@%s:%d%s' % (scheme, c.user, c.sraw(), host, port, tail)
    key = c.r.choice(['url', 'dsn', 'uri', 'connection', 'target'])
    L = ['# transport endpoints for %s' % c.site, 'endpoints:', '  %s:' % c.r.choice(['primary', 'van', 'broker', 'store']),
         '    %s: %s' % (key, yq(url, c.r)), '    connect_timeout: 10', '    retries: 5', '  archive:', '    path: /data/archive/%s' % c.site.lower(),
         '    keep_days: 90', 'metrics:', '  statsd: udp://statsd.monitoring:8125', '']
    return path_pick(c, 'config/endpoints.yml', 'conf/transport.yaml', 'deploy/config/endpoints.yaml'), '\n'.join(L), 'yaml'


def t_ts_client(c):
    sp = c.spec
    decl, se, pe = bind(c, 'js')
    if sp['auth'] == 'basic':
        h = "Authorization: 'Basic ' + Buffer.from(`${%s}:${%s}`).toString('base64')," % (pe or "''", se)
    elif sp['auth'] == 'bearer':
        h = 'Authorization: `Bearer ${%s}`,' % se
    elif sp['auth'] == 'form':
        h = "'X-Client-Id': %s, 'X-Client-Secret': %s," % (pe or "''", se)
    elif sp['style'] == 'password':
        h = "Authorization: 'Basic ' + Buffer.from(`%s:${%s}`).toString('base64')," % (c.user, se)
    else:
        h = "'%s': %s," % (sp['header'], se)
    L = ["import axios, { AxiosInstance } from 'axios';", "import { logger } from '../logger';", ''] + decl + ['',
         'export function create%sClient(): AxiosInstance {' % ''.join(w.capitalize() for w in prov_slug(c).split()), '  const client = axios.create({',
         "    baseURL: '%s'," % c.base_url, '    timeout: 15_000,', '    headers: {', '      ' + h, "      Accept: 'application/json',", '    },', '  });',
         '  client.interceptors.response.use(undefined, (err) => {', "    logger.warn({ status: err.response?.status }, '%s call failed');" % c.prov,
         '    return Promise.reject(err);', '  });', '  return client;', '}', '']
    return path_pick(c, 'src/clients/%s.ts' % prov_slug(c).replace(' ', '-'), 'packages/integrations/src/%s.ts' % prov_slug(c).replace(' ', '-')), '\n'.join(L), 'typescript'


def t_toml(c):
    sp = c.spec
    L = ['# edi-agent configuration', '[agent]', 'site = "%s"' % c.site, 'workers = %d' % c.r.randint(2, 8), 'spool_dir = "/var/spool/edi-agent"', '',
         '[upstream.%s]' % sp['sw'][0]]
    if sp['style'] == 'password':
        L += ['host = "%s"' % c.host.split('://')[-1], 'user = "%s"' % c.user]
    else:
        L += ['url = "%s"' % c.base_url]
        if c.pub is not None:
            L.append('%s = "%s"' % (c.pname('snake'), c.praw()))
    L += ['%s = "%s"' % (c.name('snake'), c.sraw()), 'timeout_secs = 30', '', '[telemetry]', 'otlp_endpoint = "http://otel-collector:4317"', '']
    return path_pick(c, 'edi-agent.toml', 'config/agent.toml', 'deploy/agent/config.toml'), '\n'.join(L), 'toml'


def t_gha(c):
    sp = c.spec
    n = c.name('screaming')
    L = ['name: nightly-inventory-export', '', 'on:', '  schedule:', "    - cron: '%d 6 * * *'" % c.r.randint(0, 59), '  workflow_dispatch: {}', '',
         'jobs:', '  export:', '    runs-on: ubuntu-latest', '    env:', '      WAREHOUSE: %s' % c.site, '      %s_URL: %s' % (sp['sw'][0].upper(), c.base_url)]
    if c.pub is not None:
        L.append('      %s: %s' % (c.pname('screaming'), yq(c.praw(), c.r)))
    if sp['style'] == 'password':
        L.append('      %s: %s' % (c.pname('screaming'), c.user))
    if c.label == 'neg' and c.negtype == 'env_ref':
        L.append('      %s: ${{ secrets.%s }}' % (n, c.envname))
    else:
        L.append('      %s: %s' % (n, yq(c.sraw(), c.r)))
    L += ['    steps:', '      - uses: actions/checkout@v4', '      - uses: actions/setup-python@v5', '        with:', "          python-version: '3.12'",
          '      - run: pip install -r requirements.txt', '      - run: python -m exports.inventory --site "$WAREHOUSE"', '']
    return path_pick(c, '.github/workflows/nightly-export.yml', '.github/workflows/deploy.yml', '.github/workflows/inventory-sync.yaml'), '\n'.join(L), 'yaml'


def t_jenkins(c):
    sp = c.spec
    L = ['pipeline {', '    agent { label "edi" }', '    environment {', "        SITE = '%s'" % c.site, "        BASE_URL = '%s'" % c.base_url]
    if sp['style'] == 'password':
        L.append("        %s = '%s'" % (c.pname('screaming'), c.user))
    if c.pub is not None:
        L.append("        %s = %s" % (c.pname('screaming'), c.p('groovy')))
    if c.label == 'neg' and c.negtype in ('env_ref', 'vault_ref'):
        L.append("        %s = credentials('%s')" % (c.name('screaming'), c.name('kebab')))
    else:
        L.append("        %s = %s" % (c.name('screaming'), c.s('groovy')))
    L += ['    }', '    triggers { cron("H 5 * * 1-5") }', '    stages {', "        stage('Replay failed 856s') {", '            steps {',
          "                sh 'python3 tools/replay_asn.py --site $SITE --since 24h'", '            }', '        }', '    }',
          '    post { failure { mail to: "scm-integrations@%s.com", subject: "ASN replay failed" } }' % c.company.split()[0].lower(), '}', '']
    return path_pick(c, 'Jenkinsfile', 'ci/Jenkinsfile.replay', 'jenkins/asn-replay.Jenkinsfile'), '\n'.join(L), 'groovy'


def t_tfvars(c):
    sp = c.spec
    L = ['# prod.tfvars - %s' % c.company, 'environment = "prod"', 'region      = "%s"' % c.r.choice(['us-east-1', 'us-west-2', 'eu-west-1']),
         'warehouse   = "%s"' % c.site, '']
    if sp['style'] == 'password':
        L.append('%s_username = "%s"' % (sp['sw'][0], c.user))
    if c.pub is not None:
        L.append('%s = "%s"' % (c.pname('snake'), c.praw()))
    L.append('%s = "%s"' % (c.name('snake'), c.sraw()))
    L += ['', 'lambda_memory_mb = %d' % c.r.choice([256, 512, 1024]), 'alarm_email      = "scm-oncall@%s.com"' % c.company.split()[0].lower(), '']
    return path_pick(c, 'infra/prod.tfvars', 'terraform/environments/prod/terraform.tfvars', 'infra/edi/prod.auto.tfvars'), '\n'.join(L), 'hcl'


def t_paho(c):
    decl, se, pe = bind(c, 'py')
    host = c.host.split('://')[-1].split(':')[0]
    L = ['"""Sparkplug B edge publisher for %s line sensors."""' % c.site, 'import os', 'import time', '', 'import paho.mqtt.client as mqtt', '',
         'BROKER = "%s"' % host, 'GROUP = "%s"' % c.site, 'EDGE_NODE = "line%d-gw"' % c.r.randint(1, 9)] + decl + ['', '',
         'def main():', '    cli = mqtt.Client(client_id=f"{GROUP}-{EDGE_NODE}", protocol=mqtt.MQTTv311)',
         '    cli.username_pw_set("%s", %s)' % (c.user, se), '    cli.will_set(f"spBv1.0/{GROUP}/NDEATH/{EDGE_NODE}", qos=1)',
         '    cli.connect(BROKER, 1883, keepalive=30)', '    cli.loop_start()', '    while True:',
         '        cli.publish(f"spBv1.0/{GROUP}/NDATA/{EDGE_NODE}", read_sensors(), qos=0)', '        time.sleep(5)', '', '',
         'def read_sensors():', '    return b"..."  # protobuf payload built by sparkplug_b helpers', '', '',
         'if __name__ == "__main__":', '    main()', '']
    return path_pick(c, 'edge/publisher.py', 'sparkplug/edge_node.py', 'iot/mqtt_bridge.py'), '\n'.join(L), 'python'


def t_asyncua(c):
    decl, se, pe = bind(c, 'py')
    L = ['import asyncio', 'import os', '', 'from asyncua import Client', '', 'ENDPOINT = "%s"' % (c.host if c.host.startswith('opc') else 'opc.tcp://%s:4840' % c.host),
         'USER = "%s"' % c.user] + decl + ['NODES = ["ns=2;s=Line3.Filler.Speed", "ns=2;s=Line3.Filler.Count", "ns=2;s=Line3.Capper.State"]', '', '',
         'async def poll():', '    client = Client(url=ENDPOINT)', '    client.set_user(USER)', '    client.set_password(%s)' % se,
         '    async with client:', '        while True:', '            vals = [await client.get_node(n).read_value() for n in NODES]',
         '            print(dict(zip(NODES, vals)))', '            await asyncio.sleep(2)', '', '',
         'if __name__ == "__main__":', '    asyncio.run(poll())', '']
    return path_pick(c, 'opcua/poll_line3.py', 'collectors/opcua_reader.py'), '\n'.join(L), 'python'


def t_cs_opcua(c):
    decl, se, pe = bind(c, 'cs')
    L = ['using Opc.Ua;', 'using Opc.Ua.Client;', '', 'namespace %s.Mes.Collector' % c.company.split()[0], '{', '    internal static class UaSessionFactory', '    {',
         '        private const string Endpoint = "%s";' % (c.host if c.host.startswith('opc') else 'opc.tcp://%s:4840' % c.host)] + decl + ['',
         '        public static async Task<Session> OpenAsync(ApplicationConfiguration cfg)', '        {',
         '            var ep = CoreClientUtils.SelectEndpoint(Endpoint, useSecurity: true);',
         '            var identity = new UserIdentity("%s", %s);' % (c.user, se),
         '            return await Session.Create(cfg, new ConfiguredEndpoint(null, ep), false, "mes-collector", 60000, identity, null);',
         '        }', '    }', '}', '']
    return path_pick(c, 'src/Mes.Collector/UaSessionFactory.cs', 'Collector/Opc/UaSessionFactory.cs'), '\n'.join(L), 'csharp'


def t_hibernate(c):
    host = c.host.split('://')[-1].split(':')[0]
    L = ['<?xml version="1.0" encoding="utf-8"?>', '<!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN"',
         '  "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">', '<hibernate-configuration>', '  <session-factory>',
         '    <property name="hibernate.connection.driver_class">org.postgresql.Driver</property>',
         '    <property name="hibernate.connection.url">jdbc:postgresql://%s:5432/wms</property>' % host,
         '    <property name="hibernate.connection.username">%s</property>' % c.user,
         '    <property name="hibernate.connection.password">%s</property>' % xesc(c.sraw()),
         '    <property name="hibernate.dialect">org.hibernate.dialect.PostgreSQLDialect</property>', '    <property name="hibernate.hbm2ddl.auto">validate</property>',
         '    <mapping class="com.%s.wms.model.Pallet"/>' % c.company.split()[0].lower(), '    <mapping class="com.%s.wms.model.Location"/>' % c.company.split()[0].lower(),
         '  </session-factory>', '</hibernate-configuration>', '']
    return 'src/main/resources/hibernate.cfg.xml', '\n'.join(L), 'xml'


def t_ionapi(c):
    d = {"ti": "ACME_PRD", "cn": "%s-integration" % c.site.lower(), "dt": "12", "ci": c.praw() or "ACME_PRD~" + rs(c.r, 20, B62),
         "cs": c.sraw(), "iu": "https://mingle-ionapi.inforcloudsuite.com", "pu": "https://mingle-sso.inforcloudsuite.com:443/ACME_PRD/as/",
         "oa": "authorization.oauth2", "ot": "token.oauth2", "or": "revoke_token.oauth2", "ev": "U%d" % c.r.randint(1000000, 9999999), "v": "1.0"}
    return path_pick(c, 'config/%s.ionapi' % c.site.lower(), 'ion/ACME_PRD.ionapi', 'secrets/infor/backend.ionapi'), json.dumps(d, indent=2) + '\n', 'ionapi'


def t_mqtt_js(c):
    host = c.host.split('://')[-1].split(':')[0]
    url = 'mqtts://%s:%s@%s:8883' % (c.user, c.sraw(), host)
    L = ["const mqtt = require('mqtt');", '', "// Line telemetry relay: forwards Sparkplug DDATA into the historian queue",
         "const client = mqtt.connect('%s', {" % url, "  clientId: 'relay-%s-' + process.pid," % c.site.lower(), '  reconnectPeriod: 2000,', '});', '',
         "client.on('connect', () => client.subscribe('spBv1.0/%s/DDATA/#', { qos: 1 }));" % c.site,
         "client.on('message', (topic, payload) => {", "  require('./historian').enqueue(topic, payload);", '});', '']
    if c.sec.kind == 'env':
        L[3] = "const client = mqtt.connect(`mqtts://%s:${process.env.%s}@%s:8883`, {" % (c.user, c.envname, host)
    return path_pick(c, 'relay/index.js', 'src/mqtt-relay.js'), '\n'.join(L), 'javascript'


# ---------------------------------------------------------------- domain look-alike negatives
# Each returns (relpath, text, filetype, provider, lookalike_kind).

def _isa(r, snd, rcv, ctrl, gs_ctrl, fid):
    d = '%02d%02d%02d' % (r.randint(24, 26), r.randint(1, 12), r.randint(1, 28))
    return ['ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%02d%02d*U*00401*%s*0*P*>~' % (snd, rcv, d, r.randint(0, 23), r.randint(0, 59), ctrl),
            'GS*%s*%s*%s*20%s*%02d%02d*%d*X*004010~' % (fid, snd, rcv, d, r.randint(0, 23), r.randint(0, 59), gs_ctrl)]


def n_x12_856(r):
    ctrl = isa_ctrl(r)
    gs = r.randint(1000, 99999)
    snd = r.choice(['ACMEFOODS', 'GLOBEXMFG', 'NORTHWIND'])
    rcv = r.choice(PARTNERS)
    L = _isa(r, snd, rcv, ctrl, gs, 'SH')
    st = ['ST*856*%04d~' % r.randint(1, 9999), 'BSN*00*%s*20250%d1%d*%02d%02d~' % (rs(r, 8, DIG), r.randint(1, 9), r.randint(0, 9), r.randint(0, 23), r.randint(0, 59)),
          'HL*1**S~', 'TD1*CTN25*%d~' % r.randint(1, 40), 'TD5**2*%s~' % r.choice(['UPSN', 'FDEG', 'ODFL', 'SAIA']), 'REF*BM*%s~' % rs(r, 11, DIG),
          'N1*ST*%s DC %s*92*%s~' % (rcv, rs(r, 4, DIG), rs(r, 4, DIG)), 'HL*2*1*O~', 'PRF*%s~' % po_num(r)]
    n = 3
    for _ in range(r.randint(1, 4)):
        st += ['HL*%d*2*P~' % n, 'MAN*GM*%s~' % sscc18(r)]
        n += 1
        st += ['HL*%d*%d*I~' % (n, n - 1), 'LIN**UP*%s*VN*%s~' % (upc_a(r), rs(r, 6, UPPER + DIG)), 'SN1**%d*EA~' % r.randint(1, 48)]
        n += 1
    st += ['CTT*%d~' % (n - 1)]
    st.append('SE*%d*%s~' % (len(st) + 1, st[0].split('*')[2].rstrip('~')))
    L += st + ['GE*1*%d~' % gs, 'IEA*1*%s~' % ctrl, '']
    return 'edi/outbound/856_%s_%s.x12' % (rcv.lower(), ctrl), '\n'.join(L), 'x12', 'X12', 'isa_gs_control_numbers_sscc_upc'


def n_x12_850(r):
    ctrl = isa_ctrl(r)
    gs = r.randint(1000, 99999)
    snd = r.choice(PARTNERS)
    L = _isa(r, snd, 'ACMEFOODS', ctrl, gs, 'PO')
    st = ['ST*850*0001~', 'BEG*00*SA*%s**2025%02d%02d~' % (po_num(r), r.randint(1, 12), r.randint(1, 28)), 'REF*DP*%03d~' % r.randint(1, 999),
          'DTM*002*2025%02d%02d~' % (r.randint(1, 12), r.randint(1, 28)), 'N1*ST*%s STORE*92*%s~' % (snd, rs(r, 5, DIG))]
    for i in range(r.randint(2, 8)):
        st.append('PO1*%d*%d*CA*%d.%02d**UP*%s*IN*%s~' % (i + 1, r.randint(1, 200), r.randint(1, 90), r.randint(0, 99), upc_a(r), rs(r, 9, DIG)))
    st.append('CTT*%d~' % (len(st) - 5))
    st.append('SE*%d*0001~' % (len(st) + 1))
    L += st + ['GE*1*%d~' % gs, 'IEA*1*%s~' % ctrl, '']
    return r.choice(['tests/fixtures/850_%s.edi' % snd.lower(), 'samples/inbound/850_%s.x12' % ctrl]), '\n'.join(L), 'x12', 'X12', 'po_numbers_upc'


def n_zpl(r):
    s = sscc18(r)
    g = gtin13(r)
    L = ['^XA', '^CI28', '^FO40,30^A0N,32,32^FDSHIP FROM: %s^FS' % r.choice(COMPANIES).upper(), '^FO40,80^A0N,28,28^FDPO: %s^FS' % po_num(r),
         '^FO40,120^A0N,28,28^FDLOT: %s  EXP: 2026-%02d-%02d^FS' % (lot_num(r), r.randint(1, 12), r.randint(1, 28)),
         '^FO40,170^BY3^BCN,120,Y,N,N^FD>;>800%s^FS' % s, '^FO40,330^A0N,26,26^FD(00) %s^FS' % s,
         '^FO40,380^BY2^BCN,90,Y,N,N^FD>;>802%s37%d^FS' % ('0' + g, r.randint(1, 99)), '^FO40,520^A0N,24,24^FDLOC %s^FS' % loc_code(r), '^XZ', '']
    return r.choice(['labels/sscc_pallet.zpl', 'templates/zpl/gs1_128_pallet.zpl']), '\n'.join(L), 'zpl', 'GS1', 'sscc_gtin_lot'


def n_item_csv(r):
    L = ['sku,description,gtin,upc,case_pack,lot,expiry,location,serial_tracked']
    for _ in range(r.randint(6, 25)):
        L.append('%s,%s,%s,%s,%d,%s,2026-%02d-%02d,%s,%s' % (rs(r, 3, UPPER) + '-' + rs(r, 4, DIG), r.choice(['Tomato Paste 6oz', 'Widget 3/8in', 'Hinge SS 4in', 'Oat Bar 12ct', 'Filter HEPA', 'Bolt M8x40']),
                                                           gtin13(r), upc_a(r), r.choice([6, 12, 24, 48]), lot_num(r), r.randint(1, 12), r.randint(1, 28), loc_code(r), r.choice(['Y', 'N'])))
    return r.choice(['data/item_master.csv', 'seed/items.csv', 'imports/sku_catalog.csv']), '\n'.join(L) + '\n', 'csv', 'GS1', 'gtin_upc_lot_location'


def n_locations(r):
    L = ['# slotting layout for %s' % r.choice(SITES), 'zones:']
    for z in r.sample('ABCDEFGH', r.randint(2, 4)):
        L += ['  - id: %s' % z, '    temperature: %s' % r.choice(['ambient', 'chilled', 'frozen']), '    pick_faces:']
        for _ in range(r.randint(2, 5)):
            L.append('      - {location: %s, sequence: %d, max_weight_kg: %d}' % (loc_code(r), r.randint(1, 9999), r.choice([500, 1000, 1200])))
    L += ['staging_lanes: [DOCK-%02d, DOCK-%02d]' % (r.randint(1, 20), r.randint(21, 40)), 'default_uuid_namespace: %s' % uuid4(r), '']
    return r.choice(['config/locations.yml', 'wms/slotting/layout.yaml']), '\n'.join(L), 'yaml', 'WMS', 'location_codes_uuid'


def n_as2_profile(r):
    p = r.choice(PARTNERS)
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<tradingPartner id="%s">' % uuid4(r), '  <as2Id>%sAS2</as2Id>' % p, '  <localAs2Id>ACMEFOODSAS2</localAs2Id>',
         '  <url>https://as2.%s.com:4443/as2</url>' % p.lower(), '  <signing algorithm="SHA256" />', '  <encryption algorithm="AES256_CBC" />',
         '  <certificate usage="encryption" alias="%s_enc">' % p.lower(), '    <serial>%s</serial>' % rs(r, 32, HEX).upper(),
         '    <sha1Fingerprint>%s</sha1Fingerprint>' % fingerprint(r, 20), '    <sha256Fingerprint>%s</sha256Fingerprint>' % fingerprint(r, 32),
         '    <notAfter>2027-%02d-%02dT23:59:59Z</notAfter>' % (r.randint(1, 12), r.randint(1, 28)), '  </certificate>',
         '  <mdn mode="sync" signed="true" micAlg="sha-256" />', '  <isaId qualifier="ZZ">%s</isaId>' % p, '</tradingPartner>', '']
    return r.choice(['as2/partners/%s.xml' % p.lower(), 'config/tp/%s-as2.xml' % p.lower()]), '\n'.join(L), 'xml', 'AS2', 'as2_ids_cert_fingerprints'


def n_public_cert(r):
    raw = 'MIID' + rs(r, 2, B62) + 'CCA' + rs(r, 2, B62) + 'gAwIBAgIU' + base64.b64encode(rbytes(r, 900)).decode()
    body = [raw[i:i + 64] for i in range(0, len(raw), 64)]
    L = ['# partner encryption certificate (public) - SHA256 %s' % fingerprint(r, 32)] if r.random() < 0.3 else []
    L += ['-----BEGIN CERTIFICATE-----'] + body + ['-----END CERTIFICATE-----', '']
    return r.choice(['as2/certs/%s_public.cer' % r.choice(PARTNERS).lower(), 'openas2/config/certs/partner.crt', 'certs/trusted/%s.pem' % r.choice(PARTNERS).lower()]), '\n'.join(L), 'pem', 'AS2', 'public_certificate'


def n_sql_orders(r):
    L = ['-- demo purchase orders and lots for local dev', 'INSERT INTO purchase_orders (po_number, vendor, warehouse, status) VALUES']
    rows = ["  ('%s', '%s', '%s', '%s')" % (po_num(r), r.choice(COMPANIES), r.choice(SITES), r.choice(['OPEN', 'RECEIVED', 'CLOSED'])) for _ in range(r.randint(3, 8))]
    L.append(',\n'.join(rows) + ';')
    L += ['', 'INSERT INTO lots (lot_number, sku, serial_from, serial_to, asn_id) VALUES']
    rows = ["  ('%s', '%s', 'SN%s', 'SN%s', '%s')" % (lot_num(r), rs(r, 3, UPPER) + '-' + rs(r, 4, DIG), rs(r, 10, DIG), rs(r, 10, DIG), uuid4(r)) for _ in range(r.randint(3, 8))]
    L.append(',\n'.join(rows) + ';')
    L.append('')
    return r.choice(['db/seed/010_demo_orders.sql', 'sql/fixtures/purchase_orders.sql']), '\n'.join(L), 'sql', 'WMS', 'po_lot_serial_numbers'


def n_kepware_csv(r):
    L = ['Tag Name,Address,Data Type,Respect Data Type,Client Access,Scan Rate,Scaling,Description']
    for i in range(r.randint(6, 20)):
        L.append('"Line%d.%s","%s%05d","%s",1,"%s",%d,"None","%s"' % (r.randint(1, 6), r.choice(['Speed', 'Count', 'Temp', 'Reject', 'State', 'Fault']),
                                                                  r.choice(['40', '30', 'N7:', 'DB10.DBW']), r.randint(0, 9999), r.choice(['Word', 'Float', 'Boolean', 'DWord']),
                                                                  r.choice(['RO', 'R/W']), r.choice([100, 250, 1000]), r.choice(['filler speed', 'case count', 'reject gate', 'serial ' + rs(r, 10, DIG)])))
    return r.choice(['kepware/tags/line_tags.csv', 'plc/kepware_export.csv']), '\n'.join(L) + '\n', 'csv', 'Kepware', 'tag_addresses'


AGE_ALPHA = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def n_nodered_cred(r):
    # encrypted-at-rest material: Ansible Vault, SOPS, or a pretty-printed Node-RED flows_cred.json
    k = r.randrange(3)
    if k == 0:
        inner = rs(r, 64, HEX) + '\n' + rs(r, 64, HEX) + '\n' + rs(r, r.choice([96, 160, 224]), HEX)
        h = inner.encode().hex()
        L = ['$ANSIBLE_VAULT;1.1;AES256'] + [h[i:i + 80] for i in range(0, len(h), 80)]
        return r.choice(['ansible/group_vars/edi/vault.yml', 'inventory/prod/group_vars/van/vault.yml']), '\n'.join(L) + '\n', 'ansible-vault', 'Ansible', 'ciphertext'
    if k == 1:
        def enc(n):
            return 'ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (base64.b64encode(rbytes(r, n)).decode(), base64.b64encode(rbytes(r, 32)).decode(),
                                                                       base64.b64encode(rbytes(r, 16)).decode())
        L = ['van:', '    host: sftp.kleinschmidt.com', '    user: K%s' % rs(r, 7, DIG), '    password: %s' % enc(12),
             'shipstation:', '    api_secret: %s' % enc(32), 'sops:', '    kms: []', '    age:', '        - recipient: age1%s' % rs(r, 58, AGE_ALPHA),
             '          enc: |', '            -----BEGIN AGE ENCRYPTED FILE-----']
        blob = base64.b64encode(rbytes(r, 190)).decode()
        L += ['            ' + blob[i:i + 64] for i in range(0, len(blob), 64)]
        L += ['            -----END AGE ENCRYPTED FILE-----', '    lastmodified: "2025-%02d-%02dT10:%02d:11Z"' % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)),
              '    mac: %s' % enc(32), '    unencrypted_suffix: _unencrypted', '    version: 3.8.1', '']
        return r.choice(['secrets/prod.enc.yaml', 'deploy/secrets/edi.sops.yaml']), '\n'.join(L), 'yaml', 'SOPS', 'ciphertext'
    d = {"$": rs(r, 32, HEX) + rs(r, r.choice([96, 160, 224]), HEX)}
    txt = json.dumps(d, indent=4) + '\n'
    readme = ('# node-red project\n\nCredentials are encrypted in `flows_cred.json` using `credentialSecret`,\n'
              'which is injected at runtime from `NODE_RED_CREDENTIAL_SECRET`.\n\nEncrypted blob (for reference when diffing):\n\n```\n%s```\n' % txt)
    return r.choice(['node-red/README.md', 'edge/node-red/README.md']), readme, 'markdown', 'Node-RED', 'ciphertext'


def n_i18n(r):
    if r.random() < 0.5:
        L = ['# messages_de.properties', 'login.title=Anmeldung Lagerverwaltung', 'login.username=Benutzername', 'login.password=Passwort',
             'login.password.forgot=Passwort vergessen?', 'settings.apiKey=API-Schl\\u00fcssel', 'settings.apiKey.hint=Den API-Schl\\u00fcssel finden Sie im Partnerportal.',
             'settings.clientSecret=Client-Geheimnis', 'error.token.expired=Ihr Zugriffstoken ist abgelaufen.', 'error.as2.password=AS2-Kennwort ung\\u00fcltig', '']
        return 'src/main/resources/i18n/messages_de.properties', '\n'.join(L), 'properties', 'i18n', 'i18n_strings'
    d = {"login": {"password": "Password", "passwordPlaceholder": "Enter your password", "showPassword": "Show password"},
         "integrations": {"apiKey": "API key", "apiSecret": "API secret", "apiKeyHelp": "Generate an API key under Account > API Settings.",
                          "tokenExpired": "The access token expired. Reconnect the %s integration." % r.choice(['ShipStation', 'ShipBob', 'Samsara']),
                          "secretSaved": "Secret saved. It will not be shown again."}}
    return r.choice(['web/src/locales/en.json', 'frontend/i18n/en-US.json']), json.dumps(d, indent=2) + '\n', 'json', 'i18n', 'i18n_strings'


def n_requirements(r):
    pk = [('requests', '2.32.3'), ('paramiko', '3.4.0'), ('pyx12', '2.3.3'), ('asyncua', '1.1.5'), ('paho-mqtt', '2.1.0'), ('python-dotenv', '1.0.1')]
    L = ['# generated by pip-compile --generate-hashes']
    for n, v in r.sample(pk, r.randint(3, 6)):
        L += ['%s==%s \\' % (n, v), '    --hash=sha256:%s \\' % sha256hex(r), '    --hash=sha256:%s' % sha256hex(r)]
    return 'requirements.txt', '\n'.join(L) + '\n', 'text', 'pip', 'sha256_hashes'


def n_onboarding_md(r):
    p = r.choice(PARTNERS)
    L = ['# %s EDI onboarding' % p, '', '| item | value |', '|---|---|', '| ISA qualifier / ID | ZZ / %s |' % p, '| GS ID | %s |' % p,
         '| AS2 ID | %sAS2 |' % p, '| AS2 URL | https://as2.%s.com:4443/as2 |' % p.lower(), '| Cert SHA-256 | `%s` |' % fingerprint(r, 32),
         '| Test ISA control # | %s |' % isa_ctrl(r), '| VAN mailbox | %s |' % rs(r, 8, UPPER + DIG), '',
         'Credentials for the mailbox are **not** stored here - they live in Vault at `secret/edi/%s/van`.' % p.lower(), '',
         '## Test PO', '', 'Send PO `%s` with UPC `%s` to confirm the 855 round-trip.' % (po_num(r), upc_a(r)), '']
    return r.choice(['docs/partners/%s.md' % p.lower(), 'notes/onboarding-%s.md' % p.lower()]), '\n'.join(L), 'markdown', 'EDI', 'as2_id_control_numbers_doc'


def n_postman_vars(r):
    col = {"info": {"_postman_id": uuid4(r), "name": "WMS public API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "auth": {"type": "apikey", "apikey": [{"key": "value", "value": "{{apiKey}}", "type": "string"}, {"key": "key", "value": "x-api-key", "type": "string"}]},
           "item": [{"name": "Get pallet", "request": {"method": "GET", "url": {"raw": "{{baseUrl}}/pallets/%s" % sscc18(r)}}},
                    {"name": "Receive ASN", "request": {"method": "POST", "url": {"raw": "{{baseUrl}}/asn/%s/receive" % uuid4(r)}}}],
           "variable": [{"key": "baseUrl", "value": "https://wms.example.com/api"}, {"key": "apiKey", "value": ""}]}
    return 'postman/wms-public.postman_collection.json', json.dumps(col, indent=2) + '\n', 'postman', 'Postman', 'empty_variable'


def n_compose_secrets(r):
    L = ['services:', '  as2-gateway:', '    image: openas2/openas2:%s' % r.choice(['3.10.0', '4.0.1']), '    env_file: .env', '    secrets:', '      - as2_keystore_password',
         '      - van_sftp_password', '    environment:', '      KEYSTORE_PASSWORD_FILE: /run/secrets/as2_keystore_password', '      VAN_PASSWORD_FILE: /run/secrets/van_sftp_password',
         '', 'secrets:', '  as2_keystore_password:', '    file: ./secrets/as2_keystore_password.txt', '  van_sftp_password:', '    external: true', '']
    return 'docker-compose.yml', '\n'.join(L), 'yaml', 'Docker', 'secret_file_refs'


def n_external_secret(r):
    L = ['apiVersion: external-secrets.io/v1beta1', 'kind: ExternalSecret', 'metadata:', '  name: carrier-apis', 'spec:', '  refreshInterval: 1h',
         '  secretStoreRef:', '    name: aws-secrets-manager', '    kind: ClusterSecretStore', '  target:', '    name: carrier-apis', '  data:']
    for k in r.sample(['SAMSARA_API_TOKEN', 'PROJECT44_CLIENT_SECRET', 'FOURKITES_API_KEY', 'SHIPSTATION_API_SECRET', 'ORDERFUL_API_KEY'], 3):
        L += ['    - secretKey: %s' % k, '      remoteRef:', '        key: prod/carriers', '        property: %s' % k.lower()]
    L.append('')
    return 'deploy/k8s/externalsecret.yaml', '\n'.join(L), 'yaml', 'Kubernetes', 'secret_manager_refs'


def n_gtin_tests(r):
    L = ['import pytest', '', 'from wms.gs1 import gtin_check_digit, is_valid_sscc', '', '', '@pytest.mark.parametrize("gtin", [']
    for _ in range(r.randint(4, 8)):
        L.append('    "%s",' % gtin13(r))
    L += ['])', 'def test_gtin13_check_digit(gtin):', '    assert gtin_check_digit(gtin[:-1]) == int(gtin[-1])', '', '',
          'def test_sscc():', '    assert is_valid_sscc("%s")' % sscc18(r), '    assert not is_valid_sscc("%s")' % (sscc18(r)[:-1] + 'X'), '']
    return 'tests/test_gs1.py', '\n'.join(L), 'python', 'GS1', 'test_vectors'


def n_webhook_sample(r):
    d = {"resource_url": "https://ssapi.shipstation.com/shipments?batchId=%d" % r.randint(10000000, 99999999), "resource_type": "SHIP_NOTIFY",
         "shipments": [{"shipmentId": r.randint(100000000, 999999999), "orderNumber": po_num(r), "orderKey": rs(r, 32, HEX),
                        "trackingNumber": "1Z" + rs(r, 16, UPPER + DIG), "carrierCode": "ups", "warehouseId": r.randint(10000, 99999),
                        "correlationId": uuid4(r), "sscc": sscc18(r)}]}
    return r.choice(['tests/fixtures/ship_notify.json', 'samples/webhooks/shipstation_ship_notify.json']), json.dumps(d, indent=2) + '\n', 'json', 'ShipStation', 'ids_tracking_numbers'


def n_ignition_tags(r):
    tags = {"name": "Line%d" % r.randint(1, 8), "tagType": "Folder", "tags": []}
    for n in ['Speed', 'GoodCount', 'RejectCount', 'State', 'LotNumber']:
        tags["tags"].append({"name": n, "tagType": "AtomicTag", "valueSource": "opc", "opcServer": "Ignition OPC UA Server",
                             "opcItemPath": "ns=1;s=[%s]%s" % (r.choice(SITES), n), "dataType": r.choice(["Int4", "Float8", "String"])})
    tags["tags"][-1]["value"] = lot_num(r)
    return r.choice(['ignition/tags/line_tags.json', 'ignition-export/tags.json']), json.dumps(tags, indent=2) + '\n', 'ignition', 'Ignition', 'tag_paths_lot'


def n_opcua_config(r):
    L = ['<?xml version="1.0" encoding="utf-8"?>', '<ApplicationConfiguration xmlns="http://opcfoundation.org/UA/SDK/Configuration.xsd">',
         '  <ApplicationName>MES Collector</ApplicationName>', '  <ApplicationUri>urn:%s:mes-collector</ApplicationUri>' % r.choice(SITES).lower(),
         '  <SecurityConfiguration>', '    <ApplicationCertificate>', '      <StoreType>Directory</StoreType>', '      <StorePath>%LocalApplicationData%/OPC/pki/own</StorePath>',
         '      <Thumbprint>%s</Thumbprint>' % rs(r, 40, HEX).upper(), '    </ApplicationCertificate>', '    <TrustedPeerCertificates>',
         '      <StorePath>%LocalApplicationData%/OPC/pki/trusted</StorePath>', '    </TrustedPeerCertificates>', '    <AutoAcceptUntrustedCertificates>false</AutoAcceptUntrustedCertificates>',
         '  </SecurityConfiguration>', '  <ClientConfiguration>', '    <DefaultSessionTimeout>60000</DefaultSessionTimeout>', '  </ClientConfiguration>', '</ApplicationConfiguration>', '']
    return 'src/Mes.Collector/Mes.Collector.Config.xml', '\n'.join(L), 'xml', 'OPC UA', 'cert_thumbprint'


def n_appsettings_kv(r):
    d = {"ConnectionStrings": {"Wms": "Server=tcp:sql-wms-prod.database.windows.net,1433;Database=wms;Authentication=Active Directory Managed Identity;Encrypt=True"},
         "KeyVault": {"Uri": "https://kv-scm-prod.vault.azure.net/"},
         "Carriers": {"Samsara": {"ApiToken": "@Microsoft.KeyVault(SecretUri=https://kv-scm-prod.vault.azure.net/secrets/SamsaraApiToken/)"},
                      "FourKites": {"ApiKeySecretName": "FourKitesApiKey"}},
         "Warehouse": {"Id": uuid4(r), "Code": r.choice(SITES)}}
    return 'src/Carrier.Api/appsettings.Production.json', json.dumps(d, indent=2) + '\n', 'json', 'Azure', 'keyvault_refs'


def n_as2_log(r):
    L = []
    for _ in range(r.randint(5, 12)):
        L.append('2025-%02d-%02d %02d:%02d:%02d INFO  AS2 message sent: Message-ID <OPENAS2-%s@ACMEFOODSAS2_%sAS2> MIC: %s, sha-256 status=processed' % (
            r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), rs(r, 14, DIG), r.choice(PARTNERS),
            base64.b64encode(rbytes(r, 32)).decode()))
    return r.choice(['docs/examples/as2_mdn.log', 'samples/logs/openas2-mdn.log']), '\n'.join(L) + '\n', 'log', 'AS2', 'mic_digests'


def n_configmap_digests(r):
    L = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: release-manifest', 'data:']
    for s in ['edi-translator', 'asn-publisher', 'label-service']:
        L.append('  %s: ghcr.io/acme/%s@sha256:%s' % (s, s, sha256hex(r)))
    L += ['  git_commit: %s' % rs(r, 40, HEX), '  build_id: "%d"' % r.randint(1000, 9999), '']
    return 'deploy/k8s/release-manifest.yaml', '\n'.join(L), 'yaml', 'Kubernetes', 'image_digests_commit'


DOMAIN_NEG = [n_x12_856, n_x12_850, n_zpl, n_item_csv, n_locations, n_as2_profile, n_public_cert, n_sql_orders, n_kepware_csv,
              n_nodered_cred, n_i18n, n_requirements, n_onboarding_md, n_postman_vars, n_compose_secrets, n_external_secret,
              n_gtin_tests, n_webhook_sample, n_ignition_tags, n_opcua_config, n_appsettings_kv, n_as2_log, n_configmap_digests]


# ---------------------------------------------------------------- registry

SFTP_PROV = ('SPS Commerce', 'TrueCommerce', 'Kleinschmidt', 'OpenText')
DB_PROV = ('PostgreSQL', 'SQL Server', 'Epicor', 'Fishbowl', 'Manhattan')


def is_tok(s):
    return s['style'] == 'token'


def is_pw(s):
    return s['style'] == 'password'


def gen_ok(s):
    return s['style'] in ('token', 'password')


TEMPLATES = [
    (t_dotenv, gen_ok), (t_compose, gen_ok), (t_k8s_secret, gen_ok), (t_k8s_deploy, gen_ok), (t_helm_values, gen_ok), (t_ini, gen_ok),
    (t_py_client, gen_ok), (t_py_settings, gen_ok), (t_py_positional, gen_ok), (t_py_requests_inline, lambda s: is_tok(s) and s['auth'] != 'basic'),
    (t_py_sftp, lambda s: is_pw(s) and s['provider'] in SFTP_PROV),
    (t_spring_props, gen_ok), (t_spring_yml, gen_ok), (t_java_client, gen_ok), (t_appsettings, gen_ok), (t_cs_client, gen_ok),
    (t_appconfig, lambda s: is_pw(s) and s['provider'] in DB_PROV + ('ShipHero', 'Deposco', 'Logiwa', 'RabbitMQ')),
    (t_biztalk, lambda s: is_pw(s) and s['provider'] in SFTP_PROV),
    (t_openas2_config, lambda s: s['kind'] == 'keystore_password'),
    (t_openas2_partnerships, lambda s: s['kind'] == 'partner_password'),
    (t_mendelson, lambda s: s['kind'] == 'partner_password'),
    (t_pem_file, lambda s: s['style'] == 'pem'), (t_pem_in_yaml, lambda s: s['style'] == 'pem'),
    (t_nodered_http, is_tok), (t_nodered_mqtt, lambda s: s['provider'] in ('MQTT', 'RabbitMQ')),
    (t_ignition, lambda s: s['provider'] in ('OPC UA', 'MQTT', 'SQL Server', 'PostgreSQL')),
    (t_kepware, lambda s: s['provider'] in ('OPC UA', 'MQTT')),
    (t_ps_winscp, lambda s: is_pw(s) and s['provider'] in SFTP_PROV),
    (t_ps_rest, is_tok), (t_sql_seed, gen_ok), (t_postman_collection, gen_ok), (t_postman_env, gen_ok),
    (t_edi_map_yaml, gen_ok), (t_edi_map_json, gen_ok), (t_markdown, gen_ok), (t_shell, gen_ok),
    (t_url_yaml, lambda s: is_pw(s) and s['provider'] in SFTP_PROV + ('MQTT', 'PostgreSQL', 'RabbitMQ', 'OPC UA')),
    (t_ts_client, gen_ok), (t_toml, gen_ok), (t_gha, gen_ok), (t_jenkins, gen_ok), (t_tfvars, gen_ok),
    (t_paho, lambda s: s['provider'] == 'MQTT'), (t_asyncua, lambda s: s['provider'] == 'OPC UA'),
    (t_cs_opcua, lambda s: s['provider'] == 'OPC UA'), (t_hibernate, lambda s: s['provider'] == 'PostgreSQL'),
    (t_ionapi, lambda s: s['provider'] == 'Infor'), (t_mqtt_js, lambda s: s['provider'] == 'MQTT'),
]

NEGTYPES = ['env_ref', 'env_ref', 'placeholder', 'placeholder', 'masked', 'empty', 'vault_ref', 'doc_example']


def pick_least(rng, items, counts):
    m = min(counts.get(i, 0) for i in items)
    best = [i for i in items if counts.get(i, 0) == m]
    return rng.choice(best)


def line_of(text, needle):
    i = text.find(needle)
    if i < 0:
        return None
    return text.count('\n', 0, i) + 1


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    d = os.path.dirname(p)
    if not os.path.isdir(d):
        os.makedirs(d)
    with open(p, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write('usage: gen_do.py OUTDIR SEED\n')
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []
    kcount, tcount = {}, {}
    kinds_idx = list(range(len(KINDS)))
    # positives
    i = 0
    while i < 500:
        ki = pick_least(rng, kinds_idx, kcount)
        spec = KINDS[ki]
        cands = [ti for ti, (fn, ok) in enumerate(TEMPLATES) if ok(spec)]
        ti = pick_least(rng, cands, tcount)
        fn = TEMPLATES[ti][0]
        c = Ctx(rng, spec, 'pos')
        rel, text, ftype = fn(c)
        ln = line_of(text, c.needle)
        if ln is None:
            raise RuntimeError('needle missing: %s %s' % (fn.__name__, spec['kind']))
        kcount[ki] = kcount.get(ki, 0) + 1
        tcount[ti] = tcount.get(ti, 0) + 1
        f = 'pos/p%04d/%s' % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": spec['provider'], "kind": spec['kind'], "filetype": ftype,
                         "template": fn.__name__, "obvious_name": c.ob})
        secrets.append({"file": f, "needle": c.needle, "line": ln})
        i += 1
    # negatives: half template re-use, half domain look-alikes
    ncount, dcount = {}, {}
    reuse = [ti for ti, (fn, ok) in enumerate(TEMPLATES) if fn not in (t_pem_file, t_pem_in_yaml)]
    order = ['reuse'] * 250 + ['domain'] * 250
    rng.shuffle(order)
    for j, mode in enumerate(order):
        if mode == 'reuse':
            ti = pick_least(rng, reuse, ncount)
            fn, ok = TEMPLATES[ti]
            spec = rng.choice([k for k in KINDS if ok(k)])
            negtype = rng.choice(NEGTYPES)
            c = Ctx(rng, spec, 'neg', negtype)
            rel, text, ftype = fn(c)
            ncount[ti] = ncount.get(ti, 0) + 1
            rec = {"provider": spec['provider'], "kind": 'lookalike:' + (c.negtype if negtype != 'doc_example' else 'doc_example'),
                   "filetype": ftype, "template": fn.__name__}
            if negtype == 'doc_example' and c.sec.kind == 'lit' and c.sec.text.startswith(('<', 'YOUR_', 'REPLACE', '{{', 'xxxx', 'your-', 'TODO', '%', 'set-me')):
                rec['kind'] = 'lookalike:placeholder'
        else:
            di = pick_least(rng, list(range(len(DOMAIN_NEG))), dcount)
            dcount[di] = dcount.get(di, 0) + 1
            rel, text, ftype, prov, lk = DOMAIN_NEG[di](rng)
            rec = {"provider": prov, "kind": 'lookalike:' + lk, "filetype": ftype, "template": DOMAIN_NEG[di].__name__}
        f = 'neg/n%04d/%s' % (j, rel)
        write(outdir, f, text)
        rec = dict([("file", f), ("label", "neg")] + list(rec.items()))
        manifest.append(rec)
    with open(os.path.join(outdir, 'manifest.jsonl'), 'w', encoding='utf-8') as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + '\n')
    with open(os.path.join(outdir, 'secrets.jsonl'), 'w', encoding='utf-8') as fh:
        for s in secrets:
            fh.write(json.dumps(s) + '\n')


if __name__ == '__main__':
    main()
