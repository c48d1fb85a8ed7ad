#!/usr/bin/env python3
"""Blind evaluation-set generator for secret scanners: hospitality (hotels, restaurants, delivery).

EMPHASIS
    Domain: software that hotels, restaurants and food-delivery operators run or integrate.
    Providers: Oracle OPERA Cloud / OHIP (app key, OAuth client secret, integration user
    password, OWS SOAP header), Mews Connector API (ClientToken/AccessToken), Cloudbeds,
    apaleo, SiteMinder pmsXchange (WS-Security UsernameToken), Booking.com connectivity
    (machine account), Expedia QuickConnect (EQC XML Authentication), Channex, RateGain,
    Toast, Square, Lightspeed K-Series, Revel, Clover, 7shifts, MarketMan, OpenTable,
    SevenRooms, Resy, DoorDash Drive (developer_id/key_id/signing_secret), Uber Eats,
    Deliverect, Olo, Otter, Salto KS, ASSA ABLOY Vostio, guest Wi-Fi RADIUS shared secrets,
    SFTP export accounts, databases (PostgreSQL, MySQL, MongoDB), AWS, Stripe, Twilio,
    SendGrid, Slack incoming webhooks, GitHub tokens.
    Kinds: oauth client secrets, access tokens, signing secrets, API keys, RADIUS shared
    secrets, SFTP passwords/keys, database passwords, SOAP/XML passwords, basic-auth blobs.
    File types: Python, JavaScript, TypeScript, PHP, Java, C#, Go, Ruby, Kotlin, JSON
    (appsettings, Postman environments/collections), YAML (Helm, k8s, compose, GitHub
    Actions, Ansible, Spring), XML (OTA/HTNG, SOAP envelopes), .properties, INI, TOML,
    Terraform, shell/cron scripts, Dockerfile, Markdown runbooks, logs, SQL, CSV,
    FreeRADIUS/Cisco configs, OpenSSH key files, .env (positives only, <= 1 in 20).
    Templates: 82 positive; negatives = 50 look-alike templates + the 82 positive templates
    re-used with a non-secret in the slot (250 files each). About half of the positives use
    the conventional variable name, the rest a neutral name, a header, a URL, a positional
    or constructor argument, an XML element/attribute or a CSV cell.

USAGE
    python3 gen_ev.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one per positive).
    All randomness comes from one random.Random(SEED); output is byte-identical per SEED.

NEEDLE CONVENTIONS
    - The needle is the secret value only, exactly as written: no quotes, no variable name,
      no "Bearer "/"Basic " scheme word, no surrounding XML tags or attribute name.
    - Key pairs / id+secret sets (AWS key id + secret, DoorDash developer_id/key_id +
      signing_secret, client_id + client_secret, Revel key + secret, EQC username +
      password): the needle is the secret half only; ids stay in the file as public context.
    - Connection strings and DSNs: the needle is the password component only.
    - HTTP Basic auth written as a header: the needle is the base64 blob; written as
      `curl -u id:secret` or user/password fields: the secret only.
    - Webhook URLs whose path is the secret (Slack incoming webhooks): the whole URL.
    - Multi-line private keys: the needle is the "-----BEGIN ... PRIVATE KEY-----" line,
      and `line` is the line of that header.
    - `line` is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    Half re-use the positive templates with the secret slot holding a non-secret:
    placeholders (<your-...>, YOUR_..._HERE, changeme, xxxx..., prefix+xxxx shapes),
    empty values, masked values (****, [REDACTED], bullets), environment references in the
    file's own language (os.environ[...], process.env.X, getenv(), ENV[...], ${VAR}),
    template expressions (Helm, Jinja/Ansible, GitHub Actions, Postman {{var}}, Terraform
    var.*), secret-manager references (vault:, op://, AWS/GCP/Azure secret ids), and the
    providers' documented example/demo values (Mews public demo tokens, Toast API-reference
    example secret, Lightspeed spec example, SiteMinder "SECRET", FreeRADIUS testing123,
    AWS documentation example key, Slack documentation webhook). Other ids in those
    files (AWS key ids) are replaced with documentation examples in negatives.
    The other half are domain look-alikes with no credential at all: hotel codes, property
    ids, confirmation numbers, PNRs, folio ids, OTA reservation XML, menu item GUIDs,
    Square location/catalog ids, Clover merchant ids, Deliverect ObjectIds, order ids,
    masked card numbers, webhook signature headers (HMAC digests), SHA-256/SHA-512
    digests, image digests, git SHAs, SSH public keys, PEM public keys, encrypted blobs
    (SealedSecrets, SOPS, ansible-vault), base64 images, publishable/public ids (Stripe
    pk_live_, Square sq0idp-, reCAPTCHA site keys, analytics ids), RADIUS accounting logs,
    SOAP messages whose credentials are references. No negative is written to a .env*
    file that a policy would block (only .env.example/.env.sample).

FORMATS CHECKED (search tool, providers' documentation unless stated)
    - Mews: ClientToken + AccessToken sent in the JSON body; demo tokens published as
      public, shaped 32 upper-hex + "-" + 31 upper-hex (used only as negatives).
    - DoorDash Drive: access key = developer_id (UUID), key_id (UUID), signing_secret
      (base64url, decoded before HMAC-SHA256 JWT signing; 43 chars = 32 bytes).
    - OHIP: x-app-key header, OAuth client id/secret, integration user name/password,
      token endpoint /oauth/v1/tokens; Oracle's Postman env uses AppKey, CLIENT_ID,
      CLIENT_SECRET, HotelId=SAND01 (sandbox hotel code).
    - Toast: POST /authentication/v1/authentication/login with clientId, clientSecret,
      userAccessType=TOAST_MACHINE_CLIENT; spec example clientId 32 alnum, clientSecret
      64 chars [A-Za-z0-9_-].
    - Square: application id sq0idp- (public), application secret sq0csp-, OAuth access
      tokens 64 chars (EAAA prefix from common usage).
    - SiteMinder pmsXchange/SiteConnect: SOAP 1.1, wsse:UsernameToken with PasswordText.
    - Booking.com: machine accounts; basic auth (base64 user:password, sunset 2025) and
      token exchange with client id/secret.
    - Expedia EQC: <Authentication username=".." password=".."/> inside AvailRateUpdateRQ.
    - Deliverect, Uber Eats, Salto KS, apaleo, Lightspeed K-Series: OAuth2 client
      credentials (client_id/client_secret); Deliverect signs webhooks with HMAC.
    - Cloudbeds: API keys sent in x-api-key; Clover: Bearer API token, 13-char merchantId.
    - Stripe: sk_live_/rk_live_ secret, pk_live_ publishable; FreeRADIUS clients.conf
      `secret =` (default testing123); GitHub tokens: ghp_ + 30 base62 + 6-char base62
      CRC32 checksum (implemented).

DOUBTS
    - Cloudbeds key prefix "cbat_" and length, OHIP client-secret and app-key shapes (UUID
      assumed for the app key), apaleo client-id pattern, Clover API token as UUID, Resy
      "ResyAPI api_key=" header, Revel "API-AUTHENTICATION: key:secret" header, MarketMan
      APIKey/APIPassword, Channex/RateGain/7shifts/OpenTable/SevenRooms/Olo/Otter/Vostio
      secret shapes, Uber Eats/Deliverect secret lengths: not confirmed in documentation;
      generated as opaque random strings of plausible alphabet and length.
    - Square EAAA prefix comes from common usage, not from the page that was read.
    - OPERA OWS OGHeader UserCredentials layout is from memory of OWS samples.
    - Random PEM/OpenSSH bodies are not valid keys (structure only).
    - Several endpoints/hosts are from memory and unchecked (Salto KS identity host, Vostio,
      Otter, OpenTable OAuth URL, Resy, Revel, 7shifts, Channex paths, Booking.com supply
      hosts); they only add context, the secrets do not depend on them.
    - Booking.com basic-auth blob, OHIP/Salto Basic headers: base64 of user:password is
      treated as the credential (needle) as written.
"""
import base64
import json
import os
import random
import string
import sys
import zlib

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B62 = DG + UP + LO
B64U = AN + "-_"
B64 = AN + "+/"
HEXL = "0123456789abcdef"
HEXU = HEXL.upper()
SLOT = "%%S%%"


# ---------------------------------------------------------------- helpers

def T(s, **kw):
    for k, v in kw.items():
        s = s.replace("%%" + k + "%%", str(v))
    left = s.replace(SLOT, "")
    assert "%%" not in left, left[left.index("%%") - 40:left.index("%%") + 40]
    return s


def rs(r, n, alpha=AN):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def uuid4(r, upper=False):
    h = rs(r, 32, HEXL)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def b64u(r, n):
    return base64.urlsafe_b64encode(rbytes(r, n)).decode().rstrip("=")


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def base62(num, width):
    out = ""
    while num:
        num, rem = divmod(num, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


WORDS = ["harbor", "lantern", "pelican", "suite", "mango", "terrace", "orchid", "galley",
         "saffron", "atrium", "lobby", "cedar", "marina", "juniper", "bistro", "canyon",
         "velvet", "copper", "meadow", "quay", "fjord", "basil", "ember", "lagoon"]
SYM = "!#%*-_=+.@^~"


def g_password(r, urlsafe=False):
    if r.random() < 0.4:
        w = [r.choice(WORDS).capitalize() for _ in range(r.randint(2, 3))]
        sep = r.choice("-_.") if urlsafe else r.choice("-_.!#*")
        pw = sep.join(w) + str(r.randint(10, 9999))
        pw += r.choice("-_.~") if urlsafe else r.choice("!#%*@^~")
        return pw
    sy = "-_.~" if urlsafe else SYM
    n = r.randint(14, 24)
    body = [r.choice(AN + sy) for _ in range(n - 4)] + [r.choice(UP), r.choice(LO), r.choice(DG), r.choice(sy)]
    r.shuffle(body)
    return r.choice(UP + LO) + "".join(body)


def g_radius(r):
    n = r.randint(16, 32)
    return r.choice(UP + LO) + rs(r, n - 1, AN + "-_.!+=")


def g_ghp(r):
    ent = rs(r, 30, B62)
    return "ghp_" + ent + base62(zlib.crc32(ent.encode()) & 0xFFFFFFFF, 6)


def g_mews(r):
    return rs(r, 32, HEXU) + "-" + rs(r, 31, HEXU)


def g_dd_secret(r):
    return b64u(r, 32)


def g_toast_secret(r):
    return rs(r, 64, B64U)


def g_square_token(r):
    return "EAAA" + rs(r, 60, B64U)


def g_square_appsecret(r):
    return "sq0csp-" + rs(r, 43, B64U)


def g_stripe(r, pfx="sk_live_"):
    if r.random() < 0.5:
        return pfx + rs(r, 24, AN)
    return pfx + "51" + rs(r, 97, AN)


def g_opaque(lo, hi, alpha=AN):
    def f(r):
        return rs(r, r.randint(lo, hi), alpha)
    return f


def g_uuid(r):
    return uuid4(r)


def g_aws_secret(r):
    return rs(r, 40, B64)


def g_sendgrid(r):
    return "SG." + rs(r, 22, B64U) + "." + rs(r, 43, B64U)


def g_hex(n):
    def f(r):
        return rs(r, n, HEXL)
    return f


def g_cbat(r):
    return "cbat_" + rs(r, 32, AN)


def g_whsec(r):
    return "whsec_" + rs(r, 32, AN)


def g_pw(r):
    return g_password(r)


def g_pw_url(r):
    return g_password(r, urlsafe=True)


def g_slack(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, r.randint(8, 10), UP + DG), rs(r, r.randint(8, 10), UP + DG), rs(r, 24, AN))


def pem_body(r, nbytes):
    raw = b64(r, nbytes)
    return [raw[i:i + 64] for i in range(0, len(raw), 64)]


def g_openssh_key(r):
    lines = ["-----BEGIN OPENSSH PRIVATE KEY-----"]
    lines.append("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW")
    body = b64(r, 300)
    lines += [body[i:i + 70] for i in range(0, len(body), 70)]
    lines.append("-----END OPENSSH PRIVATE KEY-----")
    return "\n".join(lines)


def g_rsa_key(r):
    lines = ["-----BEGIN RSA PRIVATE KEY-----", "MIIEow" + rs(r, 58, B64)]
    lines += pem_body(r, 1140)
    lines.append("-----END RSA PRIVATE KEY-----")
    return "\n".join(lines)


HOTELS = [("Harbourview Grand", "HVGLON", "London"), ("Casa Palmera", "CPALMAGP", "Malaga"),
          ("The Linden House", "LINDNYC", "New York"), ("Alpenrose Resort", "ALPRINN", "Innsbruck"),
          ("Hotel Seeblick", "SEEBLK", "Konstanz"), ("Marina Bay Suites", "MBSSIN", "Singapore"),
          ("The Copper Kettle Inn", "CKIEDI", "Edinburgh"), ("Riad Zitoun", "RZITRAK", "Marrakesh"),
          ("Lakeside Lodge", "LKSDEN", "Denver"), ("Hotel du Parc", "HDPLYS", "Lyon"),
          ("Kaimana Beach Hotel", "KAIHNL", "Honolulu"), ("Nordlys Hotel", "NORTOS", "Tromso")]
RESTAURANTS = ["Saffron & Salt", "Little Fig Kitchen", "Pier 9 Oyster Bar", "Basil Street Pizza",
               "The Rusty Ladle", "Noodle Republic", "Casa Verde Taqueria", "Ember Grill House",
               "Juniper Bistro", "Harbor Fish Co."]
APPS = ["revbridge", "stayflow", "tableturn", "harborpms", "guestloop", "dinedash", "roomhub",
        "kitchensync", "frontdeskly", "orderpilot"]
REGIONS = ["eu-frankfurt-1", "us-ashburn-1", "uk-london-1", "ap-sydney-1"]
USERS = ["svc_integration", "ota_sync", "pos_bridge", "night_audit", "reporting", "channel_mgr"]


def hotel(r):
    return r.choice(HOTELS)


def conf_no(r):
    return str(r.randint(10 ** 7, 10 ** 10 - 1))


def pnr(r):
    return rs(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def money(r, lo=8, hi=480):
    return "%.2f" % (r.randint(lo * 100, hi * 100) / 100.0)


def date(r, y=2024):
    return "%d-%02d-%02d" % (y, r.randint(1, 12), r.randint(1, 28))


def span(r, y=2024):
    a, b = sorted([date(r, y), date(r, y)])
    if a == b:
        b = b[:-2] + "%02d" % (int(b[-2:]) + 1)
    return {"D1": a, "D2": b}


def ts(r, y=2024):
    return "%sT%02d:%02d:%02dZ" % (date(r, y), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def ip(r, pfx="10"):
    return "%s.%d.%d.%d" % (pfx, r.randint(0, 254), r.randint(0, 254), r.randint(2, 254))


def mac(r):
    return ":".join(rs(r, 2, HEXL) for _ in range(6))


def sq_loc(r):
    return "L" + rs(r, 12, UP + DG)


def clover_mid(r):
    return rs(r, 13, "ABCDEFGHJKMNPQRSTVWXYZ0123456789")


def oid(r):
    return rs(r, 24, HEXL)


def pick(r, *xs):
    return r.choice(xs)


# ---------------------------------------------------------------- template registry

POS = []
LOOK = []


class Tpl(object):
    def __init__(self, fn, provider, kind, var, gen, conv, docs=(), shape="", negfn=None, embedded=False):
        self.fn = fn
        self.name = fn.__name__
        self.provider = provider
        self.kind = kind
        self.var = var
        self.gen = gen
        self.conv = conv
        self.docs = list(docs)
        self.shape = shape
        self.negfn = negfn
        self.embedded = embedded


def pos(provider, kind, var, gen, conv, docs=(), shape="", negfn=None, embedded=False):
    def deco(fn):
        POS.append(Tpl(fn, provider, kind, var, gen, conv, docs, shape, negfn, embedded))
        return fn
    return deco


def look(provider, kind):
    def deco(fn):
        LOOK.append((fn, provider, kind))
        return fn
    return deco


class Ctx(object):
    def __init__(self, positive):
        self.pos = positive


# ================================================================ POSITIVE TEMPLATES

# ---- Oracle OPERA Cloud / OHIP
@pos("oracle-ohip", "oauth_client_secret", "OHIP_CLIENT_SECRET", g_opaque(32, 40, AN + "-_"), True)
def ohip_py(r, c):
    h = hotel(r)
    path = pick(r, "integrations/ohip/client.py", "app/opera/ohip_client.py", "src/pms/opera_cloud.py")
    return path, T('''"""Thin client for the Oracle Hospitality Integration Platform (OPERA Cloud property APIs)."""
import base64
import os

import requests

GATEWAY_URL = "https://%%GW%%-oc.hospitality-api.%%REG%%.ocs.oraclecloud.com"
APP_KEY = os.environ["OHIP_APP_KEY"]
OHIP_CLIENT_ID = "%%CID%%"
OHIP_CLIENT_SECRET = "%%S%%"
HOTEL_ID = "%%HC%%"  # %%HN%%, %%CITY%%


def get_token(username: str, password: str) -> str:
    basic = base64.b64encode(f"{OHIP_CLIENT_ID}:{OHIP_CLIENT_SECRET}".encode()).decode()
    resp = requests.post(
        f"{GATEWAY_URL}/oauth/v1/tokens",
        headers={
            "x-app-key": APP_KEY,
            "Authorization": f"Basic {basic}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
        data={"grant_type": "password", "username": username, "password": password},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def get_reservation(token: str, reservation_id: str) -> dict:
    resp = requests.get(
        f"{GATEWAY_URL}/rsv/v1/hotels/{HOTEL_ID}/reservations/{reservation_id}",
        headers={"x-app-key": APP_KEY, "x-hotelid": HOTEL_ID, "Authorization": f"Bearer {token}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()
''', GW=rs(r, 4, LO + DG), REG=r.choice(REGIONS), CID=r.choice(APPS).upper() + "_Client",
                   HC=h[1], HN=h[0], CITY=h[2])


@pos("oracle-ohip", "oauth_client_secret", "CLIENT_SECRET", g_opaque(32, 40, AN + "-_"), True)
def ohip_postman_env(r, c):
    h = hotel(r)
    path = pick(r, "postman/opera-cloud.postman_environment.json", "tools/postman/OHIP-UAT.postman_environment.json")
    return path, T('''{
  "id": "%%ID%%",
  "name": "OPERA Cloud %%ENV%% - %%HN%%",
  "values": [
    { "key": "HostName", "value": "https://%%GW%%-oc.hospitality-api.%%REG%%.ocs.oraclecloud.com", "enabled": true },
    { "key": "AppKey", "value": "", "enabled": true },
    { "key": "CLIENT_ID", "value": "%%CID%%", "enabled": true },
    { "key": "CLIENT_SECRET", "value": "%%S%%", "enabled": true },
    { "key": "Username", "value": "%%USR%%", "enabled": true },
    { "key": "HotelId", "value": "%%HC%%", "enabled": true },
    { "key": "ReservationId", "value": "", "enabled": true },
    { "key": "Token", "value": "", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "%%TS%%",
  "_postman_exported_using": "Postman/10.%%V%%"
}
''', ID=uuid4(r), ENV=pick(r, "UAT", "PROD", "Sandbox"), HN=h[0], GW=rs(r, 4, LO + DG),
                   REG=r.choice(REGIONS), CID=r.choice(APPS).upper() + "_Client", USR=h[1] + "_" + r.choice(USERS).upper(),
                   HC=h[1], TS=ts(r), V="%d.%d" % (r.randint(10, 24), r.randint(0, 9)))


@pos("oracle-ohip", "oauth_client_secret", "OHIP_CLIENT_SECRET", g_opaque(32, 40, AN + "-_"), False)
def ohip_java(r, c):
    h = hotel(r)
    pkg = r.choice(APPS)
    return "src/main/java/com/%s/pms/opera/OperaCloudConfig.java" % pkg, T('''package com.%%PKG%%.pms.opera;

import java.net.URI;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class OperaCloudConfig {

    private static final URI GATEWAY = URI.create("https://%%GW%%-oc.hospitality-api.%%REG%%.ocs.oraclecloud.com");

    @Bean
    public OhipTokenProvider ohipTokenProvider() {
        // hotel %%HC%% (%%HN%%) - integration user provisioned through SSD
        return new OhipTokenProvider(GATEWAY, "%%CID%%", "%%S%%", Duration.ofMinutes(55));
    }

    @Bean
    public ReservationClient reservationClient(OhipTokenProvider tokens) {
        return new ReservationClient(GATEWAY, tokens, "%%HC%%");
    }
}
''', PKG=pkg, GW=rs(r, 4, LO + DG), REG=r.choice(REGIONS), HC=h[1], HN=h[0],
                                                                  CID=pkg.upper() + "_Client")


@pos("oracle-ohip", "password", "OHIP_INTEGRATION_PASSWORD", g_pw, False)
def ohip_yaml_user(r, c):
    h = hotel(r)
    return pick(r, "config/opera.yml", "config/pms/ohip.yaml"), T('''# OPERA Cloud connection for %%HN%% (%%CITY%%)
ohip:
  gateway_url: https://%%GW%%-oc.hospitality-api.%%REG%%.ocs.oraclecloud.com
  hotel_id: %%HC%%
  chain_code: %%CHAIN%%
  app_key: ${OHIP_APP_KEY}
  client_id: %%CID%%
  client_secret: ${OHIP_CLIENT_SECRET}
  integration_user:
    username: %%HC%%_%%USR%%
    password: "%%S%%"
  token_refresh_minutes: 55
  timeouts:
    connect: 5
    read: 30
sync:
  reservations: true
  profiles: false
  lookback_days: 3
''', HN=h[0], CITY=h[2], GW=rs(r, 4, LO + DG), REG=r.choice(REGIONS), HC=h[1],
                                                                       CHAIN=rs(r, 3, UP), CID=r.choice(APPS).upper() + "_Client",
                                                                       USR=r.choice(USERS).upper())


@pos("oracle-ohip", "oauth_client_secret", "OHIP_CLIENT_SECRET", g_opaque(32, 40, AN + "-_"), False)
def ohip_md_curl(r, c):
    h = hotel(r)
    return pick(r, "docs/runbooks/opera-token.md", "docs/ohip-quickstart.md"), T('''# Getting an OHIP token by hand

Use this when the sync worker is down and you need to poke the OPERA Cloud APIs for
%%HN%% (`%%HC%%`).

1. Make sure you are on the VPN (the gateway only accepts our egress IPs).
2. Request a token:

```bash
curl -s -X POST "https://%%GW%%-oc.hospitality-api.%%REG%%.ocs.oraclecloud.com/oauth/v1/tokens" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  -H "x-app-key: $OHIP_APP_KEY" \\
  -u '%%CID%%:%%S%%' \\
  -d "grant_type=password&username=$OHIP_USER&password=$OHIP_PASSWORD"
```

3. Copy `access_token` from the response; it is valid for 60 minutes.
4. Call e.g. `GET /rsv/v1/hotels/%%HC%%/reservations?arrivalStartDate=%%D%%` with
   `Authorization: Bearer <token>` and the same `x-app-key`.
''', HN=h[0], HC=h[1], GW=rs(r, 4, LO + DG), REG=r.choice(REGIONS),
                                                                                     CID=r.choice(APPS).upper() + "_Client", D=date(r))


@pos("oracle-ohip", "api_key", "OHIP_APP_KEY", g_uuid, True)
def ohip_appsettings_appkey(r, c):
    h = hotel(r)
    return pick(r, "src/Pms.Worker/appsettings.json", "appsettings.Production.json"), T('''{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.Hosting.Lifetime": "Information" }
  },
  "Ohip": {
    "GatewayUrl": "https://%%GW%%-oc.hospitality-api.%%REG%%.ocs.oraclecloud.com",
    "AppKey": "%%S%%",
    "ClientId": "%%CID%%",
    "ClientSecretName": "ohip-client-secret",
    "HotelId": "%%HC%%",
    "EnterpriseId": "%%ENT%%"
  },
  "KeyVault": { "Uri": "https://kv-%%APP%%-prod.vault.azure.net/" },
  "AllowedHosts": "*"
}
''', GW=rs(r, 4, LO + DG), REG=r.choice(REGIONS), CID=r.choice(APPS).upper() + "_Client",
                                                                                            HC=h[1], ENT=rs(r, 4, UP), APP=r.choice(APPS))


@pos("oracle-opera", "password", "OWS_PASSWORD", g_pw, False)
def opera_ows_soap(r, c):
    h = hotel(r)
    return pick(r, "samples/ows/FetchReservation.xml", "test/fixtures/opera/ows_fetch_booking.xml"), T('''<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
               xmlns:c="http://webservices.micros.com/og/4.3/Common/"
               xmlns:r="http://webservices.micros.com/og/4.3/Reservation/"
               xmlns:rs="http://webservices.micros.com/ows/5.1/Reservation.wsdl">
  <soap:Header>
    <OGHeader xmlns="http://webservices.micros.com/og/4.3/Core/" transactionID="%%TX%%" timeStamp="%%TS%%">
      <Origin entityID="%%APP%%" systemType="WEB" />
      <Destination entityID="%%HC%%" systemType="PMS" />
      <Authentication>
        <UserCredentials>
          <UserName>%%USR%%</UserName>
          <UserPassword>%%S%%</UserPassword>
          <Domain>%%HC%%</Domain>
        </UserCredentials>
      </Authentication>
    </OGHeader>
  </soap:Header>
  <soap:Body>
    <rs:FetchBookingRequest>
      <rs:ConfirmationNumber type="INTERNAL">%%CONF%%</rs:ConfirmationNumber>
    </rs:FetchBookingRequest>
  </soap:Body>
</soap:Envelope>
''', TX=r.randint(100000, 999999), TS=ts(r), APP=r.choice(APPS).upper(), HC=h[1],
                                                                                                 USR=r.choice(USERS).upper(), CONF=conf_no(r))


# ---- Mews
MEWS_DEMO = ["E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D",
             "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D"]


@pos("mews", "access_token", "MEWS_ACCESS_TOKEN", g_mews, True, docs=MEWS_DEMO)
def mews_appsettings(r, c):
    h = hotel(r)
    return pick(r, "src/Mews.Sync/appsettings.Production.json", "config/appsettings.mews.json"), T('''{
  "Mews": {
    "PlatformAddress": "https://api.mews.com",
    "WebSocketAddress": "wss://ws.mews.com",
    "ClientToken": "#{MewsClientToken}#",
    "AccessToken": "%%S%%",
    "Client": "%%APP%% %%V%%",
    "EnterpriseName": "%%HN%%"
  },
  "Sync": {
    "IntervalSeconds": %%INT%%,
    "Services": [ "Stay", "Restaurant" ],
    "TimeZone": "Europe/%%TZ%%"
  }
}
''', APP=r.choice(APPS).capitalize(), V="%d.%d.%d" % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9)),
                                                                                                HN=h[0], INT=pick(r, 60, 120, 300), TZ=pick(r, "London", "Berlin", "Prague", "Amsterdam"))


@pos("mews", "access_token", "MEWS_ACCESS_TOKEN", g_mews, False, docs=MEWS_DEMO)
def mews_cron_py(r, c):
    return pick(r, "jobs/mews_nightly_export.py", "scripts/mews_sync.py"), T('''#!/usr/bin/env python3
"""Nightly export of Mews reservations into the reporting warehouse (cron: 15 3 * * *)."""
import datetime as dt
import json
import os

import requests

BASE = "https://api.mews.com/api/connector/v1"


def fetch_reservations(start: dt.datetime, end: dt.datetime) -> list:
    body = {
        "ClientToken": os.environ["MEWS_CLIENT_TOKEN"],
        "AccessToken": "%%S%%",
        "Client": "%%APP%%-export 1.4",
        "UpdatedUtc": {"StartUtc": start.isoformat() + "Z", "EndUtc": end.isoformat() + "Z"},
        "Limitation": {"Count": 500},
    }
    resp = requests.post(f"{BASE}/reservations/getAll/2023-06-06", json=body, timeout=60)
    resp.raise_for_status()
    return resp.json().get("Reservations", [])


if __name__ == "__main__":
    end = dt.datetime.utcnow().replace(microsecond=0)
    rows = fetch_reservations(end - dt.timedelta(days=1), end)
    with open(f"/var/exports/mews/{end:%Y%m%d}.json", "w") as fh:
        json.dump(rows, fh)
    print(f"exported {len(rows)} reservations")
''', APP=r.choice(APPS))


@pos("mews", "access_token", "MEWS_ACCESS_TOKEN", g_mews, False, docs=MEWS_DEMO)
def mews_ts(r, c):
    h = hotel(r)
    return pick(r, "src/integrations/mews/index.ts", "packages/pms-mews/src/client.ts"), T('''import { MewsConnector } from "./connector";
import { logger } from "../../logger";

// %%HN%% went live on %%D%%; the portfolio token covers both buildings.
export const mews = new MewsConnector(
  "https://api.mews.com",
  process.env.MEWS_CLIENT_TOKEN ?? "",
  "%%S%%",
  { client: "%%APP%%/%%V%%", retries: 3 },
);

export async function listSpaces(): Promise<string[]> {
  const res = await mews.post("/api/connector/v1/resources/getAll", { Extent: { Resources: true } });
  logger.debug({ count: res.Resources.length }, "mews resources");
  return res.Resources.map((x: { Name: string }) => x.Name);
}
''', HN=h[0], D=date(r, 2023), APP=r.choice(APPS), V="%d.%d" % (r.randint(1, 5), r.randint(0, 30)))


@pos("mews", "access_token", "MEWS_ACCESS_TOKEN", g_mews, False)
def mews_log(r, c):
    lines = []
    t0 = r.randint(0, 50)
    for i in range(r.randint(3, 6)):
        lines.append("%s 02:%02d:%02d INFO  sync.worker  tick=%d enterprise=%s resources=%d" % (
            date(r), t0 + i, r.randint(0, 59), 4100 + i, uuid4(r), r.randint(40, 300)))
    pre = "\n".join(lines)
    return pick(r, "logs/mews-connector.log", "var/log/pms-sync/debug.log"), T('''%%PRE%%
%%D%% 02:%%M%%:11 DEBUG http.client  POST https://api.mews.com/api/connector/v1/reservations/getAll/2023-06-06
%%D%% 02:%%M%%:11 DEBUG http.client  body={"ClientToken":"***","AccessToken":"%%S%%","Client":"%%APP%% 2.3.1","Limitation":{"Count":100}}
%%D%% 02:%%M%%:12 DEBUG http.client  status=200 elapsed_ms=%%MS%% cursor=%%CUR%%
%%D%% 02:%%M%%:12 INFO  sync.worker  upserted=%%N%% skipped=0
''', PRE=pre, D=date(r), M="%02d" % (t0 + 8), APP=r.choice(APPS), MS=r.randint(80, 900),
                                                            CUR=uuid4(r), N=r.randint(1, 90))


# ---- Cloudbeds
@pos("cloudbeds", "api_key", "CLOUDBEDS_API_KEY", g_cbat, True, shape="cbat_")
def cloudbeds_php(r, c):
    h = hotel(r)
    return pick(r, "app/Services/Pms/CloudbedsClient.php", "src/Pms/CloudbedsClient.php"), T('''<?php

namespace App\\Services\\Pms;

use GuzzleHttp\\Client;

class CloudbedsClient
{
    private const BASE_URI = 'https://api.cloudbeds.com/api/v1.2/';

    private string $cloudbedsApiKey = '%%S%%';
    private int $propertyId = %%PID%%; // %%HN%%

    public function __construct(private ?Client $http = null)
    {
        $this->http ??= new Client(['base_uri' => self::BASE_URI, 'timeout' => 20]);
    }

    public function getReservations(string $from, string $to): array
    {
        $res = $this->http->get('getReservations', [
            'headers' => ['x-api-key' => $this->cloudbedsApiKey, 'X-PROPERTY-ID' => $this->propertyId],
            'query' => ['checkInFrom' => $from, 'checkInTo' => $to, 'pageSize' => 100],
        ]);
        return json_decode((string) $res->getBody(), true)['data'] ?? [];
    }
}
''', PID=r.randint(100000, 999999), HN=h[0])


@pos("cloudbeds", "api_key", "CLOUDBEDS_API_KEY", g_cbat, False, shape="cbat_")
def cloudbeds_cron_sh(r, c):
    return pick(r, "cron/cloudbeds_housekeeping.sh", "bin/pull-cloudbeds-rooms.sh"), T('''#!/usr/bin/env bash
# Pull today's room status from Cloudbeds for the housekeeping board.
# crontab: */10 6-22 * * * /opt/%%APP%%/cron/cloudbeds_housekeeping.sh
set -euo pipefail

PROPERTY_ID=%%PID%%
OUT_DIR=/var/lib/%%APP%%/housekeeping
mkdir -p "$OUT_DIR"

curl -sS --fail "https://api.cloudbeds.com/api/v1.2/getHousekeepingStatus?propertyID=${PROPERTY_ID}" \\
  -H "x-api-key: %%S%%" \\
  -H "X-PROPERTY-ID: ${PROPERTY_ID}" \\
  -o "$OUT_DIR/status-$(date +%H%M).json"

find "$OUT_DIR" -name 'status-*.json' -mmin +180 -delete
''', APP=r.choice(APPS), PID=r.randint(100000, 999999))


@pos("cloudbeds", "oauth_client_secret", "CLOUDBEDS_CLIENT_SECRET", g_opaque(32, 32, AN), True)
def cloudbeds_compose(r, c):
    app = r.choice(APPS)
    return pick(r, "docker-compose.yml", "deploy/docker-compose.prod.yml"), T('''version: "3.8"

services:
  web:
    image: ghcr.io/%%APP%%/web:%%V%%
    ports:
      - "8080:8080"
    environment:
      APP_ENV: production
      CLOUDBEDS_CLIENT_ID: live1_%%CID%%
      CLOUDBEDS_CLIENT_SECRET: "%%S%%"
      CLOUDBEDS_REDIRECT_URI: https://%%APP%%.example.com/oauth/cloudbeds/callback
      DATABASE_URL: postgres://%%APP%%@db:5432/%%APP%%
    depends_on:
      - db
  db:
    image: postgres:15
    volumes:
      - pgdata:/var/lib/postgresql/data

volumes:
  pgdata:
''', APP=app, V="1.%d.%d" % (r.randint(0, 30), r.randint(0, 9)), CID="%d_%s" % (r.randint(100, 999), rs(r, 20, AN)))


# ---- apaleo
@pos("apaleo", "oauth_client_secret", "APALEO_CLIENT_SECRET", g_opaque(30, 44, AN), False)
def apaleo_py(r, c):
    acct = rs(r, 4, UP)
    return pick(r, "pms/apaleo/auth.py", "src/connectors/apaleo.py"), T('''from dataclasses import dataclass

import httpx

IDENTITY = "https://identity.apaleo.com/connect/token"
API = "https://api.apaleo.com"


@dataclass
class ApaleoAuth:
    client_id: str = "%%ACCT%%-SP-%%CODE%%"
    secret: str = "%%S%%"

    def token(self) -> str:
        r = httpx.post(
            IDENTITY,
            data={"grant_type": "client_credentials", "scope": "reservations.read availability.read"},
            auth=(self.client_id, self.secret),
            timeout=15,
        )
        r.raise_for_status()
        return r.json()["access_token"]


def properties(auth: ApaleoAuth) -> list:
    r = httpx.get(f"{API}/inventory/v1/properties", headers={"Authorization": f"Bearer {auth.token()}"})
    return [p["id"] for p in r.json()["properties"]]
''', ACCT=acct, CODE=r.choice(APPS).upper())


@pos("apaleo", "oauth_client_secret", "APALEO_CLIENT_SECRET", g_opaque(30, 44, AN), False)
def apaleo_tf(r, c):
    app = r.choice(APPS)
    return pick(r, "infra/terraform/ssm.tf", "terraform/parameters.tf"), T('''resource "aws_ssm_parameter" "apaleo_client_id" {
  name  = "/%%APP%%/prod/apaleo/client_id"
  type  = "String"
  value = "%%ACCT%%-SP-%%CODE%%"
}

resource "aws_ssm_parameter" "apaleo_credentials" {
  name        = "/%%APP%%/prod/apaleo/client_secret"
  description = "apaleo simple client used by the rate pusher"
  type        = "SecureString"
  value       = "%%S%%"
  key_id      = aws_kms_key.app.arn

  tags = {
    service = "rate-pusher"
    owner   = "revenue-team"
  }
}
''', APP=app, ACCT=rs(r, 4, UP), CODE=app.upper())


# ---- SiteMinder pmsXchange
def wsse(user, pwslot):
    return T('''    <wsse:Security soap:mustUnderstand="1" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>%%U%%</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">%%P%%</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>''', U=user, P=pwslot)


@pos("siteminder", "password", "PMSX_PASSWORD", g_pw, False, docs=["SECRET"])
def siteminder_soap(r, c):
    h = hotel(r)
    rows = []
    for _ in range(r.randint(2, 4)):
        sp = span(r)
        rows.append('''        <AvailStatusMessage BookingLimit="%d">
          <StatusApplicationControl Start="%s" End="%s" InvTypeCode="%s" RatePlanCode="%s" />
        </AvailStatusMessage>''' % (r.randint(0, 12), sp["D1"], sp["D2"], pick(r, "DBL", "TWN", "KSU", "STD"), pick(r, "BAR", "NRF", "BB")))
    return pick(r, "test/fixtures/siteminder/OTA_HotelAvailNotifRQ.xml", "samples/pmsxchange/avail_notif.xml"), T('''<?xml version="1.0" encoding="UTF-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Header>
%%WSSE%%
  </soap:Header>
  <soap:Body>
    <OTA_HotelAvailNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" EchoToken="%%ECHO%%" TimeStamp="%%TS%%" Version="1.0">
      <AvailStatusMessages HotelCode="%%HC%%">
%%ROWS%%
      </AvailStatusMessages>
    </OTA_HotelAvailNotifRQ>
  </soap:Body>
</soap:Envelope>
''', WSSE=wsse(r.choice(APPS) + "_pms", SLOT), ECHO=uuid4(r), TS=ts(r), HC=h[1], ROWS="\n".join(rows))


@pos("siteminder", "password", "PMSX_PASSWORD", g_pw, True, docs=["SECRET"])
def siteminder_java(r, c):
    pkg = r.choice(APPS)
    return "src/main/java/com/%s/channel/siteminder/PmsXchangeClient.java" % pkg, T('''package com.%%PKG%%.channel.siteminder;

import javax.xml.soap.SOAPException;

public final class PmsXchangeClient {

    private static final String ENDPOINT = "https://pmsx.siteminder.com/webservices/%%REQ%%";
    private static final String PMSX_USERNAME = "%%PKG%%_pmsx";
    private static final String PMSX_PASSWORD = "%%S%%";

    private final SoapTransport transport;

    public PmsXchangeClient(SoapTransport transport) {
        this.transport = transport;
    }

    public String readReservations(String hotelCode) throws SOAPException {
        OtaReadRq rq = OtaReadRq.forHotel(hotelCode).pendingOnly();
        return transport.call(ENDPOINT, WsSecurity.usernameToken(PMSX_USERNAME, PMSX_PASSWORD), rq);
    }
}
''', PKG=pkg, REQ=pkg.upper())


@pos("siteminder", "password", "SITEMINDER_PASSWORD", g_pw, True, docs=["SECRET"])
def siteminder_props(r, c):
    app = r.choice(APPS)
    return pick(r, "src/main/resources/application-prod.properties", "config/channel.properties"), T('''# Channel manager integration
server.port=8080
spring.application.name=%%APP%%-channel
siteminder.pmsxchange.endpoint=https://pmsx.siteminder.com/webservices/%%REQ%%
siteminder.pmsxchange.username=%%APP%%_pmsx
siteminder.pmsxchange.password=%%S%%
siteminder.pmsxchange.poll-interval=PT2M
siteminder.hotel-codes=%%HCS%%
management.endpoints.web.exposure.include=health,info
logging.level.com.%%APP%%.channel=INFO
''', APP=app, REQ=app.upper(), HCS=",".join(r.choice(HOTELS)[1] for _ in range(3)))


# ---- Booking.com
@pos("booking.com", "basic_auth", "BOOKING_BASIC_AUTH", None, False)
def booking_basic_py(r, c):
    return pick(r, "channels/booking/client.py", "src/ota/bookingcom.py"), T('''import requests

SUPPLY_XML = "https://supply-xml.booking.com/hotels/xml"
# machine account %%USR%% (created in the Connectivity Portal, %%D%%)
HEADERS = {
    "Authorization": "Basic %%S%%",
    "Content-Type": "text/xml; charset=utf-8",
    "User-Agent": "%%APP%%-channel/2.1",
}


def push_availability(xml_body: str) -> str:
    resp = requests.post(f"{SUPPLY_XML}/availability", data=xml_body.encode(), headers=HEADERS, timeout=45)
    resp.raise_for_status()
    return resp.text
''', USR=r.choice(APPS) + "-ari", D=date(r, 2023), APP=r.choice(APPS))


def g_booking_basic(r):
    user = r.choice(APPS) + "-ari-" + rs(r, 4, LO + DG)
    return base64.b64encode(("%s:%s" % (user, g_password(r))).encode()).decode()


POS[-1].gen = g_booking_basic


@pos("booking.com", "oauth_client_secret", "BOOKING_CLIENT_SECRET", g_opaque(40, 48, AN + "-_"), True)
def booking_yaml(r, c):
    app = r.choice(APPS)
    return pick(r, "config/channels.yml", "config/ota/booking.yaml"), T('''booking_com:
  enabled: true
  auth:
    mode: token
    token_url: https://connectivity-authentication.booking.com/token-based-authentication/exchange
    client_id: %%CID%%
    client_secret: "%%S%%"
  endpoints:
    ari: https://supply-xml.booking.com/hotels/ota/OTA_HotelAvailNotif
    reservations: https://secure-supply-xml.booking.com/hotels/ota/OTA_HotelResNotif
  properties:
    - hotel_id: %%HID1%%
      room_map: config/ota/rooms_%%HID1%%.csv
    - hotel_id: %%HID2%%
      room_map: config/ota/rooms_%%HID2%%.csv
expedia:
  enabled: false
''', CID=app + "-" + rs(r, 12, LO + DG), HID1=r.randint(1000000, 9999999), HID2=r.randint(1000000, 9999999))


@pos("booking.com", "password", "BOOKING_PASSWORD", g_pw, False)
def booking_postman(r, c):
    return pick(r, "postman/Booking-Connectivity.postman_collection.json", "docs/postman/booking_supply.postman_collection.json"), T('''{
  "info": {
    "_postman_id": "%%ID%%",
    "name": "Booking.com Supply XML",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "basic",
    "basic": [
      { "key": "username", "value": "%%USR%%", "type": "string" },
      { "key": "password", "value": "%%S%%", "type": "string" }
    ]
  },
  "item": [
    {
      "name": "OTA_HotelResNotif (pull)",
      "request": {
        "method": "GET",
        "url": "https://secure-supply-xml.booking.com/hotels/ota/OTA_HotelResNotif?hotel_ids=%%HID%%"
      }
    },
    {
      "name": "Room rates",
      "request": {
        "method": "POST",
        "header": [{ "key": "Content-Type", "value": "text/xml" }],
        "body": { "mode": "raw", "raw": "<request><hotel_id>%%HID%%</hotel_id></request>" },
        "url": "https://supply-xml.booking.com/hotels/xml/roomrates"
      }
    }
  ]
}
''', ID=uuid4(r), USR=r.choice(APPS) + "-ari", HID=r.randint(1000000, 9999999))


# ---- Expedia QuickConnect
@pos("expedia", "password", "EQC_PASSWORD", g_pw, False)
def expedia_xml(r, c):
    hid = r.randint(10000000, 99999999)
    return pick(r, "samples/expedia/AvailRateUpdateRQ.xml", "test/fixtures/eqc/avail_rate_update.xml"), T('''<?xml version="1.0" encoding="UTF-8"?>
<AvailRateUpdateRQ xmlns="http://www.expediaconnect.com/EQC/AR/2011/06">
  <Authentication username="EQC%%HID%%%%APP%%" password="%%S%%"/>
  <Hotel id="%%HID%%"/>
  <AvailRateUpdate>
    <DateRange from="%%D1%%" to="%%D2%%"/>
    <RoomType id="%%RT%%" closed="false">
      <Inventory totalInventoryAvailable="%%INV%%"/>
      <RatePlan id="%%RP%%A" closed="false">
        <Rate currency="EUR">
          <PerDay rate="%%RATE%%"/>
        </Rate>
        <Restrictions minLOS="1" maxLOS="28" closedToArrival="false"/>
      </RatePlan>
    </RoomType>
  </AvailRateUpdate>
</AvailRateUpdateRQ>
''', HID=hid, APP=r.choice(APPS), **span(r), RT=r.randint(200000000, 299999999),
                                                                                                        INV=r.randint(0, 9), RP=r.randint(200000000, 299999999), RATE=money(r, 60, 400))


@pos("expedia", "password", "EQC_PASSWORD", g_pw, True)
def expedia_rb(r, c):
    return pick(r, "lib/channels/expedia/eqc_client.rb", "app/services/expedia_quick_connect.rb"), T('''# frozen_string_literal: true

require "net/http"
require "nokogiri"

module Channels
  module Expedia
    class EqcClient
      AR_ENDPOINT = URI("https://services.expediapartnercentral.com/eqc/ar")
      EQC_USERNAME = "EQC%%HID%%%%APP%%"
      EQC_PASSWORD = "%%S%%"

      def update(hotel_id, payload)
        xml = Nokogiri::XML::Builder.new(encoding: "UTF-8") do |x|
          x.AvailRateUpdateRQ(xmlns: "http://www.expediaconnect.com/EQC/AR/2011/06") do
            x.Authentication(username: EQC_USERNAME, password: EQC_PASSWORD)
            x.Hotel(id: hotel_id)
            payload.call(x)
          end
        end
        Net::HTTP.post(AR_ENDPOINT, xml.to_xml, "Content-Type" => "text/xml")
      end
    end
  end
end
''', HID=r.randint(10000000, 99999999), APP=r.choice(APPS))


@pos("expedia", "password", "EQC_PASSWORD", g_pw, False)
def expedia_log(r, c):
    hid = r.randint(10000000, 99999999)
    d = date(r)
    pre = "\n".join("%s %02d:%02d:%02d INFO  ari.pusher queued hotel=%d roomType=%d days=%d" % (
        d, 4, i, r.randint(0, 59), hid, r.randint(200000000, 299999999), r.randint(1, 30)) for i in range(r.randint(2, 5)))
    return pick(r, "logs/ari-pusher.log", "var/log/channel/expedia-%s.log" % d), T('''%%PRE%%
%%D%% 04:10:02 DEBUG ari.pusher >>> POST https://services.expediapartnercentral.com/eqc/ar
%%D%% 04:10:02 DEBUG ari.pusher <AvailRateUpdateRQ xmlns="http://www.expediaconnect.com/EQC/AR/2011/06"><Authentication username="EQC%%HID%%sync" password="%%S%%"/><Hotel id="%%HID%%"/>...
%%D%% 04:10:03 DEBUG ari.pusher <<< 200 <AvailRateUpdateRS><Success/></AvailRateUpdateRS>
%%D%% 04:10:03 INFO  ari.pusher done hotel=%%HID%% updates=%%N%% elapsed=%%MS%%ms
''', PRE=pre, D=d, HID=hid, N=r.randint(1, 60), MS=r.randint(200, 3000))


# ---- Channex / RateGain
@pos("channex", "api_key", "CHANNEX_API_KEY", g_opaque(48, 64, AN + "+/"), False)
def channex_js(r, c):
    return pick(r, "src/channel/channex.js", "lib/channexClient.js"), T('''const axios = require("axios");

const channex = axios.create({
  baseURL: "https://app.channex.io/api/v1",
  timeout: 20000,
  headers: {
    "user-api-key": "%%S%%",
    "Content-Type": "application/json",
  },
});

async function pushRestrictions(propertyId, values) {
  const { data } = await channex.post("/restrictions", { values: values.map((v) => ({ property_id: propertyId, ...v })) });
  return data;
}

module.exports = { channex, pushRestrictions };
''')


@pos("rategain", "api_secret", "RATEGAIN_API_SECRET", g_opaque(32, 40, AN), True)
def rategain_ini(r, c):
    h = hotel(r)
    return pick(r, "config/distribution.ini", "etc/%s/channels.ini" % r.choice(APPS)), T('''; Distribution connectors - %%HN%%
[general]
hotel_code = %%HC%%
currency = EUR
push_window_days = 365

[rategain]
endpoint = https://api.rategain.com/smartdistribution/v1
ApiKey = %%AK%%
ApiSecret = %%S%%
timeout = 30

[siteminder]
enabled = false
''', HN=h[0], HC=h[1], AK=rs(r, 12, DG) if c.pos else "${RATEGAIN_API_KEY}")


# ---- Toast
TOAST_DOC = ["eS960aiKdvgbSDcLUCk68HR2CJKwwHNO2HKfgxjCWxoj27KIp6jFAi2XOOc_oCuv"]


@pos("toast", "oauth_client_secret", "TOAST_CLIENT_SECRET", g_toast_secret, False, docs=TOAST_DOC)
def toast_py(r, c):
    return pick(r, "pos/toast/auth.py", "integrations/toast_client.py"), T('''import requests

TOAST_HOST = "https://ws-api.toasttab.com"


def login() -> str:
    payload = {
        "clientId": "%%CID%%",
        "clientSecret": "%%S%%",
        "userAccessType": "TOAST_MACHINE_CLIENT",
    }
    r = requests.post(f"{TOAST_HOST}/authentication/v1/authentication/login", json=payload, timeout=20)
    r.raise_for_status()
    return r.json()["token"]["accessToken"]


def orders(token: str, restaurant_guid: str, business_date: str) -> list:
    r = requests.get(
        f"{TOAST_HOST}/orders/v2/ordersBulk",
        headers={"Authorization": f"Bearer {token}", "Toast-Restaurant-External-ID": restaurant_guid},
        params={"businessDate": business_date, "pageSize": 100},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()
''', CID=rs(r, 32, AN))


@pos("toast", "oauth_client_secret", "TOAST_CLIENT_SECRET", g_toast_secret, True, docs=TOAST_DOC)
def toast_k8s_secret(r, c):
    app = r.choice(APPS)
    return pick(r, "deploy/k8s/toast-credentials.yaml", "k8s/base/secret-toast.yaml"), T('''apiVersion: v1
kind: Secret
metadata:
  name: toast-credentials
  namespace: %%APP%%
  labels:
    app.kubernetes.io/name: %%APP%%-pos-bridge
type: Opaque
stringData:
  TOAST_CLIENT_ID: "%%CID%%"
  TOAST_CLIENT_SECRET: "%%S%%"
  TOAST_API_HOST: "https://ws-api.toasttab.com"
''', APP=app, CID=rs(r, 32, AN))


@pos("toast", "oauth_client_secret", "TOAST_CLIENT_SECRET", g_toast_secret, True, docs=TOAST_DOC)
def toast_appsettings(r, c):
    return pick(r, "src/Pos.Bridge/appsettings.json", "appsettings.Toast.json"), T('''{
  "Toast": {
    "ApiHost": "https://ws-api.toasttab.com",
    "ClientId": "%%CID%%",
    "ClientSecret": "%%S%%",
    "RestaurantGuids": [ "%%G1%%", "%%G2%%" ]
  },
  "ConnectionStrings": {
    "Reporting": "Server=sql-reporting;Database=PosReporting;Integrated Security=true;TrustServerCertificate=true"
  }
}
''', CID=rs(r, 32, AN), G1=uuid4(r), G2=uuid4(r))


# ---- Square
@pos("square", "access_token", "SQUARE_ACCESS_TOKEN", g_square_token, False, shape="EAAA")
def square_js(r, c):
    return pick(r, "src/pos/square.js", "server/square/client.js"), T('''import { Client, Environment } from "square";

// Kitchen display bridge for %%R%%
export const squareClient = new Client({
  accessToken: "%%S%%",
  environment: Environment.Production,
  userAgentDetail: "%%APP%%-kds",
});

export async function openOrders(locationId) {
  const { result } = await squareClient.ordersApi.searchOrders({
    locationIds: [locationId],
    query: { filter: { stateFilter: { states: ["OPEN"] } } },
  });
  return result.orders ?? [];
}
''', R=r.choice(RESTAURANTS), APP=r.choice(APPS))


@pos("square", "access_token", "SQUARE_ACCESS_TOKEN", g_square_token, True, shape="EAAA")
def square_env(r, c):
    return ".env", T('''# local overrides for the ordering site
NODE_ENV=production
PORT=3000
SQUARE_ENVIRONMENT=production
SQUARE_APPLICATION_ID=sq0idp-%%AID%%
SQUARE_LOCATION_ID=%%LOC%%
SQUARE_ACCESS_TOKEN=%%S%%
SESSION_COOKIE_NAME=%%APP%%_sid
''', AID=rs(r, 22, B64U), LOC=sq_loc(r), APP=r.choice(APPS))


@pos("square", "oauth_client_secret", "SQUARE_APPLICATION_SECRET", g_square_appsecret, True, shape="sq0csp-")
def square_php(r, c):
    return pick(r, "config/square.php", "wp-content/plugins/%s-square/config.php" % r.choice(APPS)), T('''<?php

return [
    'environment' => 'production',
    'application_id' => 'sq0idp-%%AID%%',
    'application_secret' => '%%S%%',
    'redirect_url' => 'https://%%APP%%.example.com/square/oauth/callback',
    'scopes' => ['MERCHANT_PROFILE_READ', 'ORDERS_READ', 'ORDERS_WRITE', 'ITEMS_READ'],
    'webhook_url' => 'https://%%APP%%.example.com/square/webhook',
];
''', AID=rs(r, 22, B64U), APP=r.choice(APPS))


@pos("square", "access_token", "SQUARE_ACCESS_TOKEN", g_square_token, True, shape="EAAA")
def square_workflow(r, c):
    return ".github/workflows/menu-sync.yml", T('''name: menu-sync

on:
  schedule:
    - cron: "30 5 * * *"
  workflow_dispatch: {}

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      SQUARE_ENVIRONMENT: production
      SQUARE_LOCATION_ID: %%LOC%%
      SQUARE_ACCESS_TOKEN: %%S%%
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: node scripts/sync-menu.js --dry-run=false
''', LOC=sq_loc(r))


# ---- Lightspeed
LS_DOC = ["Example-Client-Secret"]


@pos("lightspeed", "oauth_client_secret", "LIGHTSPEED_CLIENT_SECRET", g_opaque(32, 48, AN), True, docs=LS_DOC)
def lightspeed_yaml(r, c):
    return pick(r, "config/lightspeed.yaml", "config/pos/lsk.yml"), T('''lightspeed_k_series:
  base_url: https://api.lsk.lightspeed.app
  oauth:
    authorize_url: https://api.lsk.lightspeed.app/oauth/authorize
    token_url: https://api.lsk.lightspeed.app/oauth/token
    client_id: %%APP%%-lsk
    client_secret: %%S%%
    scopes: [orders-api, items, financial-api]
  business_location_ids:
    - %%B1%%
    - %%B2%%
  poll_seconds: 90
''', APP=r.choice(APPS), B1=r.randint(10 ** 14, 10 ** 15), B2=r.randint(10 ** 14, 10 ** 15))


@pos("lightspeed", "oauth_client_secret", "LIGHTSPEED_CLIENT_SECRET", g_opaque(32, 48, AN), False, docs=LS_DOC)
def lightspeed_go(r, c):
    return pick(r, "internal/lsk/oauth.go", "pkg/lightspeed/client.go"), T('''package lsk

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

var endpoint = oauth2.Endpoint{
	AuthURL:  "https://api.lsk.lightspeed.app/oauth/authorize",
	TokenURL: "https://api.lsk.lightspeed.app/oauth/token",
}

// NewHTTPClient returns a client that refreshes the K-Series token for one venue.
func NewHTTPClient(ctx context.Context, tok *oauth2.Token) *http.Client {
	conf := &oauth2.Config{
		ClientID:     "%%APP%%-pos",
		ClientSecret: "%%S%%",
		Endpoint:     endpoint,
		Scopes:       []string{"orders-api", "items"},
	}
	return conf.Client(ctx, tok)
}
''', APP=r.choice(APPS))


# ---- Revel
@pos("revel", "api_secret", "REVEL_API_SECRET", g_hex(64), False)
def revel_py(r, c):
    return pick(r, "pos/revel.py", "etl/revel_extract.py"), T('''import requests

REVEL = "https://%%SUB%%.revelup.com"
SESSION = requests.Session()
SESSION.headers.update({
    "API-AUTHENTICATION": "%%KEY%%:%%S%%",
    "Accept": "application/json",
})


def establishments():
    resp = SESSION.get(f"{REVEL}/enterprise/Establishment/", params={"limit": 50}, timeout=30)
    resp.raise_for_status()
    return resp.json()["objects"]
''', SUB=r.choice(APPS), KEY=rs(r, 32, HEXL) if c.pos else "${REVEL_API_KEY}")


# ---- Clover
@pos("clover", "access_token", "CLOVER_API_TOKEN", g_uuid, False, shape="")
def clover_sh(r, c):
    mid = clover_mid(r)
    return pick(r, "scripts/clover_daily_report.sh", "ops/clover/pull_payments.sh"), T('''#!/bin/sh
# Daily payment pull for %%R%% (merchant %%MID%%)
MID=%%MID%%
SINCE=$(date -d 'yesterday 00:00' +%s)000

curl -s "https://api.clover.com/v3/merchants/${MID}/payments?filter=createdTime>=${SINCE}&limit=1000" \\
  --header 'accept: application/json' \\
  --header 'authorization: Bearer %%S%%' \\
  | jq -c '.elements[] | {id, amount, tipAmount, createdTime}' >> /srv/reports/clover_payments.ndjson
''', R=r.choice(RESTAURANTS), MID=mid)


@pos("clover", "access_token", "CLOVER_API_TOKEN", g_uuid, True)
def clover_kt(r, c):
    app = r.choice(APPS)
    return "app/src/main/java/com/%s/register/CloverConfig.kt" % app, T('''package com.%%APP%%.register

object CloverConfig {
    const val BASE_URL = "https://api.clover.com"
    const val MERCHANT_ID = "%%MID%%"
    const val CLOVER_API_TOKEN = "%%S%%"
    const val DEVICE_SERIAL_PREFIX = "C04"
    val TENDER_LABELS = listOf("Room charge", "Gift card", "Comp")
}
''', APP=app, MID=clover_mid(r))


# ---- 7shifts / MarketMan
@pos("7shifts", "access_token", "SEVENSHIFTS_ACCESS_TOKEN", g_opaque(40, 40, HEXL), False)
def sevenshifts_py(r, c):
    return pick(r, "labor/sevenshifts.py", "jobs/labor_sync.py"), T('''"""Push forecasted covers to 7shifts so the managers can build schedules."""
import requests

COMPANY_ID = %%CO%%
_tok = "%%S%%"
S = requests.Session()
S.headers["Authorization"] = f"Bearer {_tok}"
S.headers["x-api-version"] = "2023-05-01"


def locations():
    return S.get(f"https://api.7shifts.com/v2/company/{COMPANY_ID}/locations", timeout=20).json()["data"]


def post_sales_forecast(location_id: int, rows: list) -> None:
    S.post(
        f"https://api.7shifts.com/v2/company/{COMPANY_ID}/locations/{location_id}/projected_sales",
        json={"data": rows},
        timeout=20,
    ).raise_for_status()
''', CO=r.randint(10000, 999999))


@pos("marketman", "password", "MARKETMAN_API_PASSWORD", g_opaque(32, 32, HEXL), True)
def marketman_json(r, c):
    return pick(r, "config/marketman.json", "settings/inventory.json"), T('''{
  "marketman": {
    "baseUrl": "https://api.marketman.com/v3/buyers",
    "APIKey": "%%AK%%",
    "APIPassword": "%%S%%",
    "buyerGuid": "%%BG%%",
    "syncInventoryCounts": true
  },
  "units": { "weight": "kg", "volume": "l" }
}
''', AK=rs(r, 32, HEXL) if c.pos else "${MARKETMAN_API_KEY}", BG=uuid4(r))


# ---- Reservations
@pos("opentable", "oauth_client_secret", "OPENTABLE_CLIENT_SECRET", g_opaque(36, 44, AN), True)
def opentable_yaml(r, c):
    return pick(r, "config/reservations.yml", "config/integrations/opentable.yaml"), T('''opentable:
  environment: production
  oauth_url: https://oauth.opentable.com/api/v2/oauth/token
  client_id: %%CID%%
  client_secret: %%S%%
  restaurants:
    - rid: %%RID1%%
      name: "%%R1%%"
    - rid: %%RID2%%
      name: "%%R2%%"
webhooks:
  path: /webhooks/opentable
''', CID=r.choice(APPS) + "_" + rs(r, 8, DG), RID1=r.randint(10000, 999999), R1=r.choice(RESTAURANTS),
                                                                                         RID2=r.randint(10000, 999999), R2=r.choice(RESTAURANTS))


@pos("sevenrooms", "oauth_client_secret", "SEVENROOMS_CLIENT_SECRET", g_opaque(64, 64, HEXL), False)
def sevenrooms_ts(r, c):
    return pick(r, "src/reservations/sevenrooms.ts", "apps/api/src/integrations/sevenrooms.ts"), T('''import { SevenRoomsApi } from "@%%APP%%/sevenrooms-sdk";

const VENUE_GROUP = "%%VG%%";

export const sevenRooms = new SevenRoomsApi(
  "%%CID%%",
  "%%S%%",
  { venueGroupId: VENUE_GROUP, region: "us" },
);

export async function upcoming(venueId: string, day: string) {
  return sevenRooms.reservations.export({ venue_id: venueId, from_date: day, to_date: day, limit: 400 });
}
''', APP=r.choice(APPS), VG=rs(r, 40, AN), CID=r.choice(APPS) + "-" + rs(r, 6, DG))


@pos("resy", "api_key", "RESY_API_KEY", g_opaque(32, 32, AN), False, embedded=True)
def resy_py(r, c):
    return pick(r, "reservations/resy_sync.py", "scripts/resy_pull.py"), T('''import requests

VENUE_ID = %%VID%%
HEADERS = {
    "Authorization": 'ResyAPI api_key="%%S%%"',
    "Accept": "application/json",
}


def day_bookings(day: str) -> list:
    r = requests.get(
        "https://api.resy.com/3/venue/reservations",
        params={"venue_id": VENUE_ID, "day": day},
        headers=HEADERS,
        timeout=15,
    )
    r.raise_for_status()
    return r.json().get("reservations", [])
''', VID=r.randint(1000, 99999))


# ---- DoorDash Drive
@pos("doordash", "signing_secret", "DOORDASH_SIGNING_SECRET", g_dd_secret, True)
def doordash_json(r, c):
    return pick(r, "config/doordash-access-key.json", "secrets/doordash.json", "delivery/doordash_key.json"), T('''{
  "developer_id": "%%DEV%%",
  "key_id": "%%KID%%",
  "signing_secret": "%%S%%"
}
''', DEV=uuid4(r), KID=uuid4(r))


@pos("doordash", "signing_secret", "DOORDASH_SIGNING_SECRET", g_dd_secret, False)
def doordash_js(r, c):
    return pick(r, "src/delivery/doordashJwt.js", "lib/drive/token.js"), T('''const jwt = require("jsonwebtoken");

const DEVELOPER_ID = "%%DEV%%";
const KEY_ID = "%%KID%%";
const key = Buffer.from("%%S%%", "base64url");

function driveToken() {
  const payload = {
    aud: "doordash",
    iss: DEVELOPER_ID,
    kid: KEY_ID,
    exp: Math.floor(Date.now() / 1000 + 300),
    iat: Math.floor(Date.now() / 1000),
  };
  return jwt.sign(payload, key, { algorithm: "HS256", header: { "dd-ver": "DD-JWT-V1" } });
}

module.exports = { driveToken };
''', DEV=uuid4(r), KID=uuid4(r))


@pos("doordash", "signing_secret", "DOORDASH_SIGNING_SECRET", g_dd_secret, True)
def doordash_cs(r, c):
    return pick(r, "src/Delivery/DoorDashAuth.cs", "Delivery.Api/Services/DoorDashJwtFactory.cs"), T('''using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace Delivery.Services;

public static class DoorDashJwtFactory
{
    private static readonly Dictionary<string, string> AccessKey = new()
    {
        { "developer_id", "%%DEV%%" },
        { "key_id", "%%KID%%" },
        { "signing_secret", "%%S%%" },
    };

    public static string Create()
    {
        var secret = Base64UrlEncoder.DecodeBytes(AccessKey["signing_secret"]);
        var creds = new SigningCredentials(new SymmetricSecurityKey(secret), SecurityAlgorithms.HmacSha256);
        var header = new JwtHeader(creds) { ["dd-ver"] = "DD-JWT-V1" };
        var payload = new JwtPayload(AccessKey["developer_id"], "doordash",
            new[] { new Claim("kid", AccessKey["key_id"]) }, null, DateTime.UtcNow.AddMinutes(5), DateTime.UtcNow);
        return new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(header, payload));
    }
}
''', DEV=uuid4(r), KID=uuid4(r))


@pos("doordash", "signing_secret", "DOORDASH_SIGNING_SECRET", g_dd_secret, True)
def doordash_env(r, c):
    return pick(r, ".env.production", ".env"), T('''DOORDASH_DEVELOPER_ID=%%DEV%%
DOORDASH_KEY_ID=%%KID%%
DOORDASH_SIGNING_SECRET=%%S%%
DELIVERY_PROVIDER=doordash
PICKUP_BUFFER_MINUTES=12
''', DEV=uuid4(r), KID=uuid4(r))


# ---- Uber Eats
@pos("uber-eats", "oauth_client_secret", "UBER_EATS_CLIENT_SECRET", g_opaque(40, 40, B64U), True)
def ubereats_php(r, c):
    return "config/services.php", T('''<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],

    'uber_eats' => [
        'client_id' => '%%CID%%',
        'client_secret' => '%%S%%',
        'scope' => 'eats.store eats.order eats.store.orders.read',
        'webhook_path' => '/webhooks/uber-eats',
    ],

];
''', CID=rs(r, 32, B64U))


@pos("uber-eats", "oauth_client_secret", "UBER_EATS_CLIENT_SECRET", g_opaque(40, 40, B64U), False)
def ubereats_py(r, c):
    return pick(r, "delivery/ubereats/token.py", "src/marketplaces/uber.py"), T('''import time

import requests

_CACHE = {"token": None, "exp": 0}


def eats_token(scope="eats.store eats.order"):
    if _CACHE["token"] and _CACHE["exp"] > time.time() + 60:
        return _CACHE["token"]
    r = requests.post(
        "https://auth.uber.com/oauth/v2/token",
        data={
            "client_id": "%%CID%%",
            "client_secret": "%%S%%",
            "grant_type": "client_credentials",
            "scope": scope,
        },
        timeout=20,
    )
    r.raise_for_status()
    body = r.json()
    _CACHE.update(token=body["access_token"], exp=time.time() + body["expires_in"])
    return body["access_token"]
''', CID=rs(r, 32, B64U))


# ---- Deliverect / Olo / Otter
DELIVERECT_DOC = ["{clientSecret}"]


@pos("deliverect", "oauth_client_secret", "DELIVERECT_CLIENT_SECRET", g_opaque(64, 64, B64U), True, docs=DELIVERECT_DOC)
def deliverect_helm(r, c):
    app = r.choice(APPS)
    return pick(r, "helm/%s/values-prod.yaml" % app, "deploy/helm/values.yaml"), T('''replicaCount: 2

image:
  repository: ghcr.io/%%APP%%/order-hub
  tag: "%%V%%"

ingress:
  enabled: true
  hosts:
    - host: orders.%%APP%%.example.com
      paths: ["/"]

deliverect:
  baseUrl: https://api.deliverect.com
  audience: https://api.deliverect.com
  clientId: %%CID%%
  clientSecret: "%%S%%"
  channelName: %%APP%%

resources:
  limits:
    cpu: 500m
    memory: 512Mi
''', APP=app, V="2.%d.%d" % (r.randint(0, 40), r.randint(0, 9)), CID=rs(r, 32, AN))


@pos("deliverect", "signing_secret", "DELIVERECT_WEBHOOK_SECRET", g_opaque(32, 48, AN), True)
def deliverect_webhook_py(r, c):
    return pick(r, "webhooks/deliverect.py", "api/routes/deliverect_hooks.py"), T('''import hashlib
import hmac

from flask import Blueprint, abort, request

bp = Blueprint("deliverect", __name__)
DELIVERECT_WEBHOOK_SECRET = "%%S%%"


@bp.post("/webhooks/deliverect/order")
def order_webhook():
    sig = request.headers.get("X-Server-Authorization-HMAC-SHA256", "")
    digest = hmac.new(DELIVERECT_WEBHOOK_SECRET.encode(), request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, digest):
        abort(401)
    order = request.get_json()
    return {"status": "accepted", "posId": order.get("channelOrderDisplayId")}
''')


@pos("olo", "api_key", "OLO_API_KEY", g_opaque(32, 40, AN), True)
def olo_rb(r, c):
    return pick(r, "config/initializers/olo.rb", "config/initializers/ordering.rb"), T('''# Olo ordering integration (brand: %%R%%)
Olo.configure do |config|
  config.environment = :production
  config.api_key = "%%S%%"
  config.brand_id = "%%BR%%"
  config.timeout = 15
  config.logger = Rails.logger
end
''', R=r.choice(RESTAURANTS), BR=rs(r, 8, LO + DG))


@pos("otter", "oauth_client_secret", "OTTER_CLIENT_SECRET", g_opaque(40, 48, AN), True)
def otter_toml(r, c):
    return pick(r, "config/otter.toml", "integrations.toml"), T('''[service]
name = "%%APP%%-kitchen"
port = 8088

[otter]
base_url = "https://partners.cloudkitchens.com"
client_id = "%%CID%%"
client_secret = "%%S%%"
store_ids = ["%%S1%%", "%%S2%%"]

[printing]
enabled = true
printer = "kitchen-epson-1"
''', APP=r.choice(APPS), CID=uuid4(r), S1=uuid4(r), S2=uuid4(r))


# ---- Door locks
@pos("salto", "oauth_client_secret", "SALTO_CLIENT_SECRET", g_opaque(40, 64, AN), True)
def salto_spring_yaml(r, c):
    return pick(r, "src/main/resources/application.yml", "config/application-prod.yml"), T('''spring:
  application:
    name: %%APP%%-keys
server:
  port: 8085
salto:
  ks:
    identity-url: https://identity.my-clay.com
    api-url: https://connect.my-clay.com
    client-id: %%CID%%
    client-secret: %%S%%
    site-id: %%SITE%%
keys:
  default-validity: PT36H
  checkout-grace: PT2H
''', APP=r.choice(APPS), CID=uuid4(r), SITE=uuid4(r))


@pos("salto", "oauth_client_secret", "SALTO_CLIENT_SECRET", g_opaque(40, 64, AN), False)
def salto_cs(r, c):
    return pick(r, "src/Locks/SaltoKsClient.cs", "Keys.Service/Salto/SaltoTokenService.cs"), T('''using System.Net.Http.Headers;
using System.Text;

namespace Keys.Salto;

public class SaltoTokenService
{
    private readonly HttpClient _http;

    public SaltoTokenService(HttpClient http) => _http = http;

    public async Task<string> GetTokenAsync(CancellationToken ct)
    {
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("%%CID%%:%%S%%"));
        using var req = new HttpRequestMessage(HttpMethod.Post, "https://identity.my-clay.com/connect/token");
        req.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        req.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["scope"] = "user_api.full_access",
        });
        var res = await _http.SendAsync(req, ct);
        res.EnsureSuccessStatusCode();
        return (await res.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct))!.AccessToken;
    }
}
''', CID=uuid4(r))


@pos("assa-abloy-vostio", "api_secret", "VOSTIO_API_SECRET", g_opaque(32, 48, AN), True)
def vostio_props(r, c):
    h = hotel(r)
    return pick(r, "config/vostio.properties", "src/main/resources/locks.properties"), T('''# ASSA ABLOY Vostio - mobile keys for %%HN%%
vostio.base-url=https://api.vostio.assaabloy.com
vostio.site-id=%%SITE%%
vostio.api-key-id=%%KID%%
vostio.api-secret=%%S%%
vostio.mobile-key.default-hours=36
vostio.encoder.front-desk=ENC-%%E%%
''', HN=h[0], SITE=uuid4(r), KID=rs(r, 10, UP + DG), E=r.randint(100, 999))


# ---- Guest Wi-Fi / RADIUS
RADIUS_DOC = ["testing123"]


@pos("guest-wifi-radius", "radius_shared_secret", "RADIUS_SECRET", g_radius, False, docs=RADIUS_DOC)
def radius_clients_conf(r, c):
    h = hotel(r)
    return pick(r, "radius/raddb/clients.conf", "ansible/roles/freeradius/files/clients.conf"), T('''# FreeRADIUS clients for the guest Wi-Fi at %%HN%%

client localhost {
	ipaddr = 127.0.0.1
	proto = *
	secret = ${RADIUS_LOCAL_SECRET}
	require_message_authenticator = no
}

client guest-ap-%%HCL%% {
	ipaddr = %%NET%%/16
	secret = %%S%%
	shortname = guest-%%HCL%%
	nas_type = other
	limit {
		max_connections = 32
		lifetime = 0
		idle_timeout = 30
	}
}
''', HN=h[0], HCL=h[1].lower(), NET="10.%d.0.0" % r.randint(16, 99))


@pos("guest-wifi-radius", "radius_shared_secret", "RADIUS_KEY", g_radius, False, docs=RADIUS_DOC)
def radius_cisco_cfg(r, c):
    h = hotel(r)
    return pick(r, "network/wlc/guest-aaa.cfg", "netconf/%s/wlc-running.cfg" % h[1].lower()), T('''!
hostname wlc-%%HCL%%-01
!
aaa new-model
aaa group server radius GUEST-AAA
 server name PORTAL-RADIUS
!
radius server PORTAL-RADIUS
 address ipv4 %%IP%% auth-port 1812 acct-port 1813
 timeout 5
 retransmit 2
 key %%S%%
!
wlan GUEST-%%HC%% 17 %%SSID%%
 security wpa akm dot1x
 aaa-override
 accounting-list GUEST-ACCT
!
end
''', HCL=h[1].lower(), IP=ip(r), HC=h[1], SSID=h[0].replace(" ", "_") + "_Guest")


@pos("guest-wifi-radius", "radius_shared_secret", "RADIUS_SHARED_SECRET", g_radius, True, docs=RADIUS_DOC)
def radius_portal_yaml(r, c):
    h = hotel(r)
    return pick(r, "portal/config.yaml", "captive-portal/settings.yml"), T('''portal:
  title: "Welcome to %%HN%%"
  languages: [en, de, fr, es]
  terms_url: https://wifi.%%HCL%%.example.com/terms
  session_minutes: 1440
  room_auth:
    pms: opera
    fields: [room_number, last_name]
radius:
  host: %%IP%%
  auth_port: 1812
  acct_port: 1813
  nas_identifier: portal-%%HCL%%
  radius_shared_secret: "%%S%%"
bandwidth:
  free_kbps: 2048
  premium_kbps: 20480
''', HN=h[0], HCL=h[1].lower(), IP=ip(r))


@pos("guest-wifi-radius", "radius_shared_secret", "RADIUS_SECRET", g_radius, True, docs=RADIUS_DOC)
def radius_ansible(r, c):
    h = hotel(r)
    return pick(r, "ansible/group_vars/guest_wifi.yml", "inventory/group_vars/wifi_controllers.yml"), T('''---
wifi_site_name: %%HN%%
wifi_vlans:
  guest: 310
  staff: 320
  iot: 330
radius_servers:
  - %%IP1%%
  - %%IP2%%
radius_secret: "%%S%%"
ntp_servers:
  - 0.pool.ntp.org
  - 1.pool.ntp.org
''', HN=h[0], IP1=ip(r), IP2=ip(r))


# ---- SFTP
@pos("sftp", "password", "SFTP_PASSWORD", g_pw, False)
def sftp_sh(r, c):
    app = r.choice(APPS)
    return pick(r, "cron/night_audit_export.sh", "scripts/push_audit_to_sftp.sh"), T('''#!/bin/bash
# Ship the night-audit CSVs to the accounting provider. Runs after the OPERA end-of-day.
set -e
EXPORT_DIR=/srv/%%APP%%/exports/$(date +%Y%m%d)
HOST=sftp.%%VENDOR%%.example.net

cd "$EXPORT_DIR"
sshpass -p '%%S%%' sftp -oBatchMode=no -oStrictHostKeyChecking=yes -P 22 %%USR%%@"$HOST" <<EOF
cd inbound/%%HC%%
put *.csv
bye
EOF
logger -t night-audit "uploaded $(ls *.csv | wc -l) files"
''', APP=app, VENDOR=pick(r, "acctpro", "ledgerline", "finbridge"), USR=r.choice(USERS), HC=hotel(r)[1].lower())


@pos("sftp", "password", "SFTP_PASSWORD", g_pw, False)
def sftp_paramiko(r, c):
    return pick(r, "exports/sftp_upload.py", "reporting/ship_files.py"), T('''import pathlib

import paramiko

HOST = "sftp.%%VENDOR%%.example.net"


def upload(files: list[pathlib.Path]) -> None:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username="%%USR%%", password="%%S%%")
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        for f in files:
            sftp.put(str(f), f"/inbound/{f.name}")
    finally:
        sftp.close()
        transport.close()
''', VENDOR=pick(r, "ratepulse", "guestiq", "ledgerline"), USR=r.choice(USERS))


@pos("sftp", "password", "SFTP_PASSWORD", g_pw, True)
def sftp_ini(r, c):
    h = hotel(r)
    return pick(r, "config/exports.ini", "etc/interfaces/sftp.ini"), T('''[export]
hotel_code = %%HC%%
formats = folio,revenue,statistics
schedule = 04:30

[sftp]
host = files.%%VENDOR%%.example.com
port = 22
username = %%HCL%%_export
password = %%S%%
remote_dir = /incoming/%%HC%%
''', HC=h[1], HCL=h[1].lower(), VENDOR=pick(r, "revpar-analytics", "taxfiler", "ratepulse"))


def neg_private_key(r, c, text, tpl):
    start = text.index("-----BEGIN")
    end_marker = "PRIVATE KEY-----"
    end = text.index(end_marker, text.index("-----END", start)) + len(end_marker)
    ind = ""
    ls = text.rfind("\n", 0, start) + 1
    if text[ls:start].strip() == "":
        ind = text[ls:start]
    choice = r.randint(0, 2)
    if choice == 0:
        rep = "# private key is installed by vault-agent at /run/secrets/sftp_key"
    elif choice == 1:
        rep = ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + ind + "<redacted - see 1Password: Ops / SFTP export key>\n"
               + ind + "-----END OPENSSH PRIVATE KEY-----")
    else:
        rep = ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, 43, B64) + " export@" + r.choice(APPS))
    return text[:start] + rep + text[end:]


@pos("sftp", "private_key", "SFTP_PRIVATE_KEY", g_openssh_key, False, negfn=neg_private_key)
def sftp_keyfile(r, c):
    return pick(r, "deploy/keys/channel_sftp_ed25519", "ops/sftp/id_export"), T('''%%S%%
''')


def g_rsa_key_indented(r):
    return g_rsa_key(r).replace("\n", "\n    ")


@pos("sftp", "private_key", "SFTP_PRIVATE_KEY", g_rsa_key_indented, True, negfn=neg_private_key)
def sftp_key_yaml(r, c):
    app = r.choice(APPS)
    body = "%%S%%"
    return pick(r, "deploy/values-sftp.yaml", "charts/%s-exporter/values.yaml" % app), T('''exporter:
  schedule: "45 4 * * *"
  target:
    host: sftp.%%VENDOR%%.example.net
    port: 22
    user: %%APP%%
  sftp_private_key: |
%%KEY%%
  retention_days: 14
''', APP=app, VENDOR=pick(r, "ratepulse", "guestiq"), KEY="    " + body)


# ---- databases
@pos("postgresql", "database_password", "POSTGRES_PASSWORD", g_pw, True)
def db_compose(r, c):
    app = r.choice(APPS)
    return pick(r, "docker-compose.yml", "compose/reporting.yml"), T('''services:
  reporting-db:
    image: postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: %%APP%%_reporting
      POSTGRES_USER: %%APP%%
      POSTGRES_PASSWORD: "%%S%%"
    ports:
      - "5432:5432"
    volumes:
      - ./data/pg:/var/lib/postgresql/data
  metabase:
    image: metabase/metabase:v0.49.%%V%%
    ports:
      - "3000:3000"
''', APP=app, V=r.randint(0, 12))


@pos("mysql", "database_password", "DB_PASSWORD", g_pw, True)
def db_django(r, c):
    app = r.choice(APPS)
    return pick(r, "%s/settings/production.py" % app, "config/settings/prod.py"), T('''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["%%APP%%.example.com", "admin.%%APP%%.example.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "%%APP%%_pos",
        "USER": "%%APP%%",
        "PASSWORD": "%%S%%",
        "HOST": "mysql-prod.internal",
        "PORT": "3306",
        "OPTIONS": {"charset": "utf8mb4"},
    }
}

CELERY_BROKER_URL = "redis://redis-prod.internal:6379/0"
TIME_ZONE = "Europe/London"
''', APP=app)


@pos("postgresql", "database_password", "SPRING_DATASOURCE_PASSWORD", g_pw, True)
def db_spring_props(r, c):
    app = r.choice(APPS)
    return pick(r, "src/main/resources/application.properties", "booking-engine/src/main/resources/application-prod.properties"), T('''spring.application.name=%%APP%%-booking-engine
spring.datasource.url=jdbc:postgresql://pg-prod.internal:5432/%%APP%%
spring.datasource.username=%%APP%%_app
spring.datasource.password=%%S%%
spring.datasource.hikari.maximum-pool-size=20
spring.jpa.hibernate.ddl-auto=validate
booking.hold-minutes=15
booking.currency=EUR
''', APP=app)


@pos("mongodb", "database_password", "MONGODB_PASSWORD", g_pw_url, False)
def db_mongo_js(r, c):
    app = r.choice(APPS)
    return pick(r, "src/db.js", "server/lib/mongo.js"), T('''const { MongoClient } = require("mongodb");

const uri = "mongodb+srv://%%APP%%_orders:%%S%%@cluster0.%%CL%%.mongodb.net/orders?retryWrites=true&w=majority";
const client = new MongoClient(uri, { maxPoolSize: 20 });

async function ordersCollection() {
  await client.connect();
  return client.db("orders").collection("delivery_orders");
}

module.exports = { ordersCollection };
''', APP=app, CL=rs(r, 5, LO + DG))


@pos("postgresql", "database_password", "REPORTING_DB_PASSWORD", g_pw, False)
def db_sql(r, c):
    return pick(r, "db/migrations/0042_reporting_role.sql", "sql/roles/create_bi_reader.sql"), T('''-- Read-only role for the revenue dashboards (Metabase)
CREATE ROLE bi_reader WITH LOGIN PASSWORD '%%S%%';
GRANT CONNECT ON DATABASE %%APP%% TO bi_reader;
GRANT USAGE ON SCHEMA reporting TO bi_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO bi_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO bi_reader;
''', APP=r.choice(APPS))


@pos("aws-rds", "database_password", "RDS_MASTER_PASSWORD", g_pw, True)
def db_tf(r, c):
    app = r.choice(APPS)
    return pick(r, "infra/rds.tf", "terraform/modules/db/main.tf"), T('''resource "aws_db_instance" "pms" {
  identifier              = "%%APP%%-pms-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 100
  db_name                 = "%%APP%%"
  username                = "%%APP%%_admin"
  password                = "%%S%%"
  backup_retention_period = 7
  skip_final_snapshot     = false
  vpc_security_group_ids  = [aws_security_group.db.id]
  db_subnet_group_name    = aws_db_subnet_group.private.name
}
''', APP=app)


# ---- cloud / payments / messaging
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


@pos("aws", "cloud_secret_key", "AWS_SECRET_ACCESS_KEY", g_aws_secret, True, docs=[AWS_DOC_SECRET])
def aws_credentials(r, c):
    kid = ("AKIA" + rs(r, 16, UP + "234567")) if c.pos else "AKIAIOSFODNN7EXAMPLE"
    return pick(r, "deploy/aws/credentials", "ops/aws-credentials.ini"), T('''[default]
region = eu-west-1
output = json

[%%APP%%-exports]
aws_access_key_id = %%KID%%
aws_secret_access_key = %%S%%
region = eu-west-1
''', APP=r.choice(APPS), KID=kid)


@pos("stripe", "api_key", "STRIPE_SECRET_KEY", g_stripe, False, shape="sk_live_")
def stripe_py(r, c):
    return pick(r, "payments/deposits.py", "booking/payments/stripe_gateway.py"), T('''import stripe

stripe.api_key = "%%S%%"
DEPOSIT_PERCENT = %%P%%


def create_deposit_intent(booking_ref: str, total_cents: int, currency: str = "eur"):
    return stripe.PaymentIntent.create(
        amount=total_cents * DEPOSIT_PERCENT // 100,
        currency=currency,
        capture_method="manual",
        metadata={"booking_ref": booking_ref},
    )
''', P=pick(r, 20, 30, 50))


@pos("stripe", "signing_secret", "STRIPE_WEBHOOK_SECRET", g_whsec, True, shape="whsec_")
def stripe_whsec_js(r, c):
    return pick(r, "server/routes/stripeWebhook.js", "src/webhooks/stripe.js"), T('''const express = require("express");
const Stripe = require("stripe");

const router = express.Router();
const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const STRIPE_WEBHOOK_SECRET = "%%S%%";

router.post("/stripe/webhook", express.raw({ type: "application/json" }), (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"], STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === "payment_intent.succeeded") {
    req.app.locals.bookings.markDepositPaid(event.data.object.metadata.booking_ref);
  }
  res.json({ received: true });
});

module.exports = router;
''')


@pos("twilio", "auth_token", "TWILIO_AUTH_TOKEN", g_hex(32), True)
def twilio_py(r, c):
    return pick(r, "messaging/sms.py", "guest_messaging/twilio_sender.py"), T('''from twilio.rest import Client

TWILIO_ACCOUNT_SID = "AC%%SID%%"
TWILIO_AUTH_TOKEN = "%%S%%"
FROM_NUMBER = "+44%%NUM%%"

client = Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)


def room_ready(phone: str, guest: str, room: str) -> str:
    msg = client.messages.create(
        to=phone,
        from_=FROM_NUMBER,
        body=f"Hi {guest}, your room {room} is ready. Reply HELP for assistance.",
    )
    return msg.sid
''', SID=rs(r, 32, HEXL), NUM=r.randint(7000000000, 7999999999))


@pos("sendgrid", "api_key", "SENDGRID_API_KEY", g_sendgrid, False, shape="SG.")
def sendgrid_js(r, c):
    h = hotel(r)
    return pick(r, "src/mail/confirmations.js", "services/mailer.js"), T('''const sgMail = require("@sendgrid/mail");

sgMail.setApiKey("%%S%%");

async function sendConfirmation(reservation) {
  await sgMail.send({
    to: reservation.guestEmail,
    from: { email: "reservations@%%DOM%%.example.com", name: "%%HN%%" },
    templateId: "d-%%TID%%",
    dynamicTemplateData: {
      confirmation: reservation.confirmationNumber,
      arrival: reservation.arrival,
      nights: reservation.nights,
    },
  });
}

module.exports = { sendConfirmation };
''', DOM=h[1].lower(), HN=h[0], TID=rs(r, 32, HEXL))


@pos("slack", "webhook_url", "SLACK_WEBHOOK_URL", g_slack, False, docs=[
    "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"])
def slack_sh(r, c):
    return pick(r, "ops/notify_overbooking.sh", "bin/alert-night-audit.sh"), T('''#!/usr/bin/env bash
# Post a warning to #frontdesk-alerts when the overbooking check finds a problem.
MSG="$1"
HOTEL="${2:-%%HC%%}"

curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\": \\":warning: [${HOTEL}] ${MSG}\\"}" \\
  "%%S%%"
''', HC=hotel(r)[1])


@pos("github", "access_token", "GH_TOKEN", g_ghp, True, shape="ghp_")
def github_sh(r, c):
    app = r.choice(APPS)
    return pick(r, "scripts/release.sh", "tools/publish-menu-widget.sh"), T('''#!/usr/bin/env bash
set -euo pipefail
VERSION=$(node -p "require('./package.json').version")
export GH_TOKEN=%%S%%

npm run build
tar czf dist/%%APP%%-widget-${VERSION}.tgz -C dist widget
gh release create "v${VERSION}" dist/%%APP%%-widget-${VERSION}.tgz \\
  --repo %%APP%%/booking-widget --title "v${VERSION}" --notes-file CHANGELOG.md
''', APP=app)


@pos("toast", "oauth_client_secret", "TOAST_CLIENT_SECRET", g_toast_secret, True, docs=TOAST_DOC)
def toast_dockerfile(r, c):
    return pick(r, "Dockerfile", "docker/pos-bridge/Dockerfile"), T('''FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV TOAST_API_HOST=https://ws-api.toasttab.com \\
    TOAST_CLIENT_ID=%%CID%% \\
    TOAST_CLIENT_SECRET=%%S%% \\
    PYTHONUNBUFFERED=1

EXPOSE 8000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "bridge.wsgi:app"]
''', CID=rs(r, 32, AN))


@pos("ops-credentials", "password", "CHANNEL_PASSWORD", g_pw, False)
def creds_csv(r, c):
    rows = ["hotel_code,system,url,username,password,owner,notes"]
    target = r.randint(0, 3)
    for i in range(4):
        h = r.choice(HOTELS)
        sysn = pick(r, "Booking.com extranet", "Expedia Partner Central", "SiteMinder", "Cloudbeds")
        pw = "%%S%%" if i == target else pick(r, "see 1Password", "(vault)", "SSO", "")
        rows.append("%s,%s,https://%s,%s,%s,%s,%s" % (h[1], sysn, pick(r, "admin.booking.com", "apps.expediapartnercentral.com", "app.siteminder.com", "hotels.cloudbeds.com"),
                                                   h[1].lower() + "_revenue", pw, pick(r, "revenue", "front office", "GM"), pick(r, "", "2FA on GM phone", "rotated Q2")))
    return pick(r, "ops/ota_logins.csv", "docs/handover/channel_accounts.csv"), "\n".join(rows) + "\n"


@pos("guest-wifi-radius", "password", "WIFI_CONTROLLER_PASSWORD", g_pw, False)
def wifi_md(r, c):
    h = hotel(r)
    return pick(r, "docs/runbooks/guest-wifi.md", "docs/it/%s-network.md" % h[1].lower()), T('''# Guest Wi-Fi runbook - %%HN%%

## Controller
- URL: https://wlc-%%HCL%%-01.mgmt.local:8443
- Admin user: `netadmin`
- Admin password: `%%S%%`
- Firmware: 17.9.%%FW%% (do not upgrade during events)

## Common issues
1. **Portal not loading** - check the portal VM (`portal-%%HCL%%`) and DNS for `wifi.%%HCL%%.example.com`.
2. **Room login fails** - the PMS interface may be down; check the OPERA IFC8 status page.
3. **Slow Wi-Fi in the ballroom** - move the event SSID to the 5 GHz-only profile.
''', HN=h[0], HCL=h[1].lower(), FW=r.randint(1, 6))


# ================================================================ LOOK-ALIKE NEGATIVES

@look("ota", "reservation_ids")
def lk_ota_resnotif(r):
    h = hotel(r)
    return pick(r, "test/fixtures/ota/OTA_HotelResNotifRQ.xml", "samples/booking/reservation_new.xml"), T('''<?xml version="1.0" encoding="UTF-8"?>
<OTA_HotelResNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" EchoToken="%%ECHO%%" TimeStamp="%%TS%%" Version="3.0" ResStatus="Commit">
  <HotelReservations>
    <HotelReservation CreateDateTime="%%TS%%">
      <UniqueID Type="14" ID="%%RID%%"/>
      <RoomStays>
        <RoomStay>
          <RoomTypes><RoomType RoomTypeCode="DBL"/></RoomTypes>
          <RatePlans><RatePlan RatePlanCode="BAR"/></RatePlans>
          <TimeSpan Start="%%D1%%" End="%%D2%%"/>
          <BasicPropertyInfo HotelCode="%%HC%%"/>
        </RoomStay>
      </RoomStays>
      <ResGuests>
        <ResGuest><Profiles><ProfileInfo><UniqueID Type="1" ID="%%PROF%%"/></ProfileInfo></Profiles></ResGuest>
      </ResGuests>
      <ResGlobalInfo>
        <Guarantee>
          <GuaranteesAccepted><GuaranteeAccepted>
            <PaymentCard CardCode="VI" CardNumber="XXXXXXXXXXXX%%L4%%" ExpireDate="%%EXP%%" SeriesCode="***"/>
          </GuaranteeAccepted></GuaranteesAccepted>
        </Guarantee>
        <HotelReservationIDs>
          <HotelReservationID ResID_Type="14" ResID_Value="%%CONF%%"/>
          <HotelReservationID ResID_Type="16" ResID_Value="%%PNR%%" ResID_Source="GDS"/>
        </HotelReservationIDs>
      </ResGlobalInfo>
    </HotelReservation>
  </HotelReservations>
</OTA_HotelResNotifRQ>
''', ECHO=uuid4(r), TS=ts(r), RID=r.randint(10 ** 9, 10 ** 10), **span(r), HC=h[1],
                                                                                               PROF=r.randint(10 ** 6, 10 ** 8), L4=r.randint(1000, 9999), EXP="%02d%02d" % (r.randint(1, 12), r.randint(25, 30)),
                                                                                               CONF=conf_no(r), PNR=pnr(r))


@look("mews", "uuids")
def lk_mews_export(r):
    res = []
    for _ in range(r.randint(2, 4)):
        res.append('''    {
      "Id": "%s",
      "ServiceId": "%s",
      "AccountId": "%s",
      "Number": "%d",
      "State": "%s",
      "ScheduledStartUtc": "%s",
      "RequestedResourceCategoryId": "%s",
      "ChannelNumber": "%s"
    }''' % (uuid4(r), uuid4(r), uuid4(r), r.randint(1000, 99999), pick(r, "Confirmed", "Started", "Processed"), ts(r), uuid4(r), conf_no(r)))
    return pick(r, "test/fixtures/mews/reservations_getAll.json", "samples/mews_reservations.json"), '{\n  "Reservations": [\n' + ",\n".join(res) + '\n  ],\n  "Cursor": "%s"\n}\n' % uuid4(r)


@look("toast", "menu_guids")
def lk_toast_menu(r):
    items = []
    for _ in range(r.randint(3, 6)):
        items.append('''        {"guid": "%s", "name": "%s", "price": %s, "plu": "%d", "multiLocationId": "%d"}''' % (
            uuid4(r), pick(r, "Margherita", "Caesar Salad", "Fish Tacos", "Burger", "Lemonade", "IPA Pint", "Tiramisu"),
            money(r, 3, 30), r.randint(1000, 9999), r.randint(10 ** 12, 10 ** 13)))
    return pick(r, "test/fixtures/toast/menus_v2.json", "data/toast_menu_snapshot.json"), '''{
  "restaurantGuid": "%s",
  "lastUpdated": "%s",
  "menus": [
    {
      "guid": "%s",
      "name": "All Day",
      "menuGroups": [{
      "guid": "%s",
      "name": "Mains",
      "menuItems": [
%s
      ]}]
    }
  ]
}
''' % (uuid4(r), ts(r), uuid4(r), uuid4(r), ",\n".join(items))


@look("square", "location_catalog_ids")
def lk_square_catalog(r):
    loc = sq_loc(r)
    objs = []
    for _ in range(r.randint(2, 5)):
        objs.append('''  {"type": "ITEM_VARIATION", "id": "%s", "item_id": "%s", "present_at_location_ids": ["%s"], "price_money": {"amount": %d, "currency": "USD"}, "version": %d}''' % (
            rs(r, 24, UP + "234567"), rs(r, 24, UP + "234567"), loc, r.randint(300, 4500), r.randint(10 ** 12, 10 ** 13)))
    return pick(r, "test/fixtures/square/catalog_list.json", "data/square_catalog.json"), "[\n" + ",\n".join(objs) + "\n]\n"


@look("doordash", "delivery_ids")
def lk_doordash_webhook_log(r):
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append('%s INFO webhook.doordash event=%s external_delivery_id=D-%s support_reference=%d dasher_id=%d tracking_url=https://track.doordash.com/share/%s/track' % (
            ts(r), pick(r, "DASHER_CONFIRMED", "DASHER_PICKED_UP", "DELIVERY_DROPPED_OFF"), uuid4(r), r.randint(10 ** 9, 10 ** 10), r.randint(10 ** 6, 10 ** 8), uuid4(r)))
    return pick(r, "logs/delivery-webhooks.log", "var/log/dispatch/doordash.log"), "\n".join(lines) + "\n"


@look("pms", "folio_masked_cards")
def lk_folio_csv(r):
    rows = ["folio_id,confirmation_no,room,guest_last_name,card_type,card_number,auth_code,amount,currency"]
    for _ in range(r.randint(4, 9)):
        rows.append("%d,%s,%d,%s,%s,%s,%s,%s,EUR" % (r.randint(10 ** 6, 10 ** 7), conf_no(r), r.randint(101, 820), pick(r, "Meyer", "Okafor", "Santos", "Larsen", "Nguyen"),
                                                  pick(r, "VI", "MC", "AX"), pick(r, "XXXXXXXXXXXX", "************", "411111******") + str(r.randint(1000, 9999)), rs(r, 6, UP + DG), money(r)))
    return pick(r, "exports/folios_%s.csv" % date(r).replace("-", ""), "test/fixtures/folio_export.csv"), "\n".join(rows) + "\n"


@look("gds", "pnr")
def lk_pnr_log(r):
    lines = []
    for _ in range(r.randint(4, 8)):
        lines.append("%s [gds-bridge] RES %s PNR=%s chain=%s prop=%s conf=%s rate=%s status=%s" % (
            ts(r), pick(r, "NEW", "MOD", "CXL"), pnr(r), rs(r, 2, UP), r.choice(HOTELS)[1], conf_no(r), pick(r, "RAC", "BAR", "AAA", "GOV"), pick(r, "HK", "HL", "XX")))
    return pick(r, "logs/gds-bridge.log", "var/log/crs/pnr.log"), "\n".join(lines) + "\n"


@look("pms", "sha256_checksums")
def lk_sha_manifest(r):
    lines = []
    d = date(r).replace("-", "")
    for n in ["folios", "revenue", "statistics", "ledger", "arrivals"]:
        lines.append("%s  %s_%s.csv" % (rs(r, 64, HEXL), n, d))
    return pick(r, "exports/%s/SHA256SUMS" % d, "exports/SHA256SUMS.txt"), "\n".join(lines) + "\n"


@look("npm", "integrity_hashes")
def lk_package_lock(r):
    pk = []
    for name in r.sample(["axios", "express", "dayjs", "zod", "pino", "uuid", "ms", "debug"], 4):
        v = "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9))
        pk.append('''    "node_modules/%s": {
      "version": "%s",
      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",
      "integrity": "sha512-%s==",
      "license": "MIT"
    }''' % (name, v, name, name, v, b64(r, 64)[:86]))
    return "package-lock.json", '''{
  "name": "%s-booking-widget",
  "version": "1.%d.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
%s
  }
}
''' % (r.choice(APPS), r.randint(0, 20), ",\n".join(pk))


@look("docker", "image_digests")
def lk_compose_digests(r):
    app = r.choice(APPS)
    return pick(r, "deploy/compose.pinned.yml", "docker-compose.prod.yml"), T('''services:
  api:
    image: ghcr.io/%%APP%%/api@sha256:%%D1%%
    environment:
      HOTEL_CODES: "%%HC1%%,%%HC2%%"
      LOG_LEVEL: info
  worker:
    image: ghcr.io/%%APP%%/worker@sha256:%%D2%%
  redis:
    image: redis@sha256:%%D3%%
''', APP=app, D1=rs(r, 64, HEXL), D2=rs(r, 64, HEXL), D3=rs(r, 64, HEXL), HC1=r.choice(HOTELS)[1], HC2=r.choice(HOTELS)[1])


@look("sftp", "ssh_public_keys")
def lk_authorized_keys(r):
    lines = []
    for _ in range(r.randint(2, 4)):
        if r.random() < 0.5:
            lines.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (rs(r, 43, B64), r.choice(USERS), r.choice(APPS)))
        else:
            lines.append("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ%s %s@%s" % (rs(r, 346, B64), r.choice(USERS), r.choice(APPS)))
    return pick(r, "deploy/sftp/authorized_keys", "ansible/roles/sftp/files/authorized_keys"), "\n".join(lines) + "\n"


@look("webhooks", "pem_public_key")
def lk_pem_public(r):
    raw = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + b64(r, 270)[:348] + "IDAQAB"
    body = [raw[i:i + 64] for i in range(0, len(raw), 64)]
    return pick(r, "config/keys/ota-webhook-public.pem", "certs/channel_signing_pub.pem"), "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body) + "\n-----END PUBLIC KEY-----\n"


@look("stripe", "publishable_key")
def lk_stripe_pk(r):
    return pick(r, "public/js/checkout.js", "web/src/payments/stripeElements.js"), T('''// Publishable key: safe to ship to the browser (Stripe docs).
const stripe = Stripe("pk_live_%%PK%%");
const elements = stripe.elements({ locale: "auto" });
const card = elements.create("payment");
card.mount("#deposit-card");

document.querySelector("#pay-deposit").addEventListener("click", async () => {
  const { error } = await stripe.confirmPayment({
    elements,
    confirmParams: { return_url: window.location.origin + "/booking/confirmed" },
  });
  if (error) document.querySelector("#card-errors").textContent = error.message;
});
''', PK=pick(r, rs(r, 24, AN), "51" + rs(r, 97, AN)))


@look("google-recaptcha", "site_key")
def lk_recaptcha(r):
    h = hotel(r)
    return pick(r, "templates/booking/form.html", "public/book.html"), T('''<form id="book" method="post" action="/book">
  <h2>Book a table at %%HN%%</h2>
  <input name="name" required>
  <input name="phone" type="tel" required>
  <input name="covers" type="number" min="1" max="12">
  <div class="g-recaptcha" data-sitekey="6L%%SK%%"></div>
  <input type="hidden" name="venue" value="%%HC%%">
  <button type="submit">Reserve</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
''', HN=h[0], SK=rs(r, 38, B64U), HC=h[1])


@look("square", "public_application_id")
def lk_square_webpayments(r):
    return pick(r, "web/src/pay/square.ts", "public/js/square-pay.js"), T('''// Square Web Payments SDK - application and location ids are public identifiers.
const APPLICATION_ID = "sq0idp-%%AID%%";
const LOCATION_ID = "%%LOC%%";

export async function mountCard(el: HTMLElement) {
  const payments = (window as any).Square.payments(APPLICATION_ID, LOCATION_ID);
  const card = await payments.card();
  await card.attach(el);
  return card;
}
''', AID=rs(r, 22, B64U), LOC=sq_loc(r))


@look("webhooks", "hmac_signatures")
def lk_signature_log(r):
    lines = []
    for _ in range(r.randint(3, 6)):
        kind = r.randint(0, 2)
        if kind == 0:
            lines.append('%s POST /webhooks/deliverect/order 200 X-Server-Authorization-HMAC-SHA256=%s order=%s' % (ts(r), rs(r, 64, HEXL), oid(r)))
        elif kind == 1:
            lines.append('%s POST /webhooks/square 200 x-square-hmacsha256-signature=%s event_id=%s' % (ts(r), b64(r, 32), uuid4(r)))
        else:
            lines.append('%s POST /stripe/webhook 200 stripe-signature="t=%d,v1=%s" evt=evt_%s' % (ts(r), r.randint(1700000000, 1730000000), rs(r, 64, HEXL), rs(r, 24, AN)))
    return pick(r, "logs/webhook-access.log", "var/log/api/webhooks.log"), "\n".join(lines) + "\n"


@look("email", "base64_image")
def lk_email_b64(r):
    h = hotel(r)
    img = b64(r, r.randint(300, 600))
    return pick(r, "templates/email/confirmation.html", "mail/templates/pre_arrival.html"), T('''<!doctype html>
<html>
<body style="font-family: Georgia, serif">
  <img alt="%%HN%%" width="160" src="data:image/png;base64,%%IMG%%">
  <p>Dear {{ guest.first_name }},</p>
  <p>Your confirmation number is <strong>{{ reservation.confirmation_number }}</strong>.</p>
  <p>Check-in from 15:00. We look forward to welcoming you in %%CITY%%.</p>
</body>
</html>
''', HN=h[0], IMG=img, CITY=h[2])


@look("git", "commit_shas")
def lk_changelog(r):
    lines = ["# Changelog", ""]
    for i in range(r.randint(3, 6)):
        lines.append("## %d.%d.%d - %s" % (2, 10 - i, r.randint(0, 9), date(r)))
        for _ in range(r.randint(1, 3)):
            lines.append("- %s (%s)" % (pick(r, "Fix rounding of city tax on split folios", "Retry Mews getAll on 429",
                                                  "Map Booking.com NRF to rate plan NRF2", "Add Deliverect busy mode",
                                                  "Show PNR on arrivals report"), rs(r, 40, HEXL)[:r.choice([7, 40])]))
        lines.append("")
    return "CHANGELOG.md", "\n".join(lines)


@look("door-locks", "serials_card_uids")
def lk_lock_inventory(r):
    rows = ["room,lock_model,lock_serial,firmware,battery_pct,last_card_uid,encoder"]
    for _ in range(r.randint(5, 10)):
        rows.append("%d,%s,%s,%s,%d,%s,ENC-%d" % (r.randint(101, 920), pick(r, "Salto XS4", "VingCard Essence", "Salto Neo"), rs(r, 12, HEXU),
                                              "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 99)), r.randint(5, 100), rs(r, 14, HEXU), r.randint(100, 999)))
    return pick(r, "ops/locks/inventory.csv", "data/door_locks.csv"), "\n".join(rows) + "\n"


@look("guest-wifi", "ap_inventory")
def lk_ap_inventory(r):
    h = hotel(r)
    aps = []
    for i in range(r.randint(3, 6)):
        aps.append("  - name: ap-%s-%02d\n    mac: \"%s\"\n    serial: %s\n    floor: %d\n    vlan: %d" % (
            h[1].lower(), i + 1, mac(r), rs(r, 11, UP + DG), r.randint(0, 8), pick(r, 310, 320, 330)))
    return pick(r, "network/inventory/aps.yml", "ansible/host_vars/wlc.yml"), "site: %s\nssid_guest: \"%s Guest\"\nradius_secret_ref: vault:secret/data/wifi/%s#radius\naccess_points:\n%s\n" % (
        h[0], h[0], h[1].lower(), "\n".join(aps))


@look("clover", "merchant_device_ids")
def lk_clover_devices(r):
    devs = []
    for _ in range(r.randint(2, 4)):
        devs.append('    {"id": "%s", "serial": "C0%s", "model": "%s", "merchantId": "%s"}' % (
            uuid4(r), rs(r, 12, UP + DG), pick(r, "Clover Station Duo", "Clover Flex", "Clover Mini"), clover_mid(r)))
    return pick(r, "config/clover_devices.json", "test/fixtures/clover/devices.json"), '{\n  "elements": [\n%s\n  ]\n}\n' % ",\n".join(devs)


@look("uber-eats", "store_order_ids")
def lk_ubereats_fixture(r):
    return pick(r, "tests/fixtures/ubereats_order.json", "test/data/uber_order_notification.json"), T('''{
  "event_id": "%%E%%",
  "event_type": "orders.notification",
  "event_time": %%T%%,
  "meta": {
    "resource_id": "%%O%%",
    "status": "pos",
    "user_id": "%%U%%"
  },
  "resource_href": "https://api.uber.com/v2/eats/order/%%O%%",
  "store_id": "%%S%%",
  "display_id": "%%D%%"
}
''', E=uuid4(r), T=r.randint(1700000000, 1730000000), O=uuid4(r), U=uuid4(r), S=uuid4(r), D=rs(r, 5, UP + DG))


@look("deliverect", "object_ids")
def lk_deliverect_fixture(r):
    return pick(r, "tests/fixtures/deliverect_order.json", "samples/deliverect/order_created.json"), T('''{
  "_id": "%%I1%%",
  "account": "%%I2%%",
  "location": "%%I3%%",
  "channelOrderId": "%%CO%%",
  "channelOrderDisplayId": "%%CD%%",
  "channelLink": "%%I4%%",
  "status": 20,
  "orderType": 2,
  "items": [
    {"plu": "P-%%P1%%", "name": "Pad Thai", "price": 1250, "quantity": 1},
    {"plu": "P-%%P2%%", "name": "Spring Rolls", "price": 650, "quantity": 2}
  ],
  "payment": {"amount": 2550, "type": 0}
}
''', I1=oid(r), I2=oid(r), I3=oid(r), I4=oid(r), CO=uuid4(r), CD=rs(r, 6, UP + DG), P1=r.randint(100, 999), P2=r.randint(100, 999))


@look("aws", "resource_ids")
def lk_tf_ids(r):
    app = r.choice(APPS)
    return pick(r, "infra/network.tf", "terraform/envs/prod/main.tf"), T('''data "aws_vpc" "main" {
  id = "vpc-%%V%%"
}

resource "aws_security_group_rule" "pms_vpn" {
  type              = "ingress"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["%%IP%%/32"]
  security_group_id = "sg-%%SG%%"
}

module "exports_bucket" {
  source      = "./modules/s3"
  name        = "%%APP%%-night-audit-exports"
  kms_key_arn = "arn:aws:kms:eu-west-1:%%ACC%%:key/%%KEY%%"
  subnet_ids  = ["subnet-%%SN1%%", "subnet-%%SN2%%"]
}
''', V=rs(r, 17, HEXL), IP=ip(r, "203"), SG=rs(r, 17, HEXL), APP=app, ACC=r.randint(10 ** 11, 10 ** 12 - 1),
                                                                KEY=uuid4(r), SN1=rs(r, 17, HEXL), SN2=rs(r, 17, HEXL))


@look("analytics", "public_tracking_ids")
def lk_analytics(r):
    return pick(r, "web/src/analytics.ts", "public/js/tracking.js"), T('''// Booking engine analytics (public identifiers)
export const GA_MEASUREMENT_ID = "G-%%GA%%";
export const GTM_CONTAINER = "GTM-%%GTM%%";
export const META_PIXEL_ID = "%%PX%%";

export function trackBooking(conf: string, value: number) {
  (window as any).gtag("event", "purchase", { transaction_id: conf, value, currency: "EUR" });
}
''', GA=rs(r, 10, UP + DG), GTM=rs(r, 7, UP + DG), PX=r.randint(10 ** 14, 10 ** 15))


@look("opentable", "widget_ids")
def lk_opentable_widget(r):
    return pick(r, "templates/partials/reserve_widget.html", "public/reserve.html"), T('''<div id="ot-widget-container"></div>
<script type="text/javascript"
  src="//www.opentable.com/widget/reservation/loader?rid=%%RID%%&type=standard&theme=wide&color=1&dark=false&iframe=true&domain=com&lang=en-US&newtab=false&ot_source=Restaurant%20website&cfe=true">
</script>
<!-- SevenRooms fallback for private dining -->
<a href="https://www.sevenrooms.com/reservations/%%VEN%%?venues=%%VEN%%">Private dining enquiries</a>
''', RID=r.randint(10000, 999999), VEN=r.choice(RESTAURANTS).lower().replace(" ", "").replace("&", "and").replace(".", "")[:14])


@look("pos", "menu_seed_sql")
def lk_menu_sql(r):
    rows = []
    for _ in range(r.randint(4, 8)):
        rows.append("  ('%s', '%s', '%s', %s, '%s')" % (uuid4(r), pick(r, "Burrata", "Ribeye 300g", "Oysters (6)", "Affogato", "Negroni", "Flat white"),
                                                      pick(r, "starters", "mains", "desserts", "bar"), money(r, 3, 60), sq_loc(r)))
    return pick(r, "db/seeds/menu_items.sql", "sql/seed_menu.sql"), "INSERT INTO menu_items (guid, name, category, price, location_id) VALUES\n" + ",\n".join(rows) + ";\n"


@look("python", "test_digests")
def lk_py_test(r):
    return pick(r, "tests/test_signatures.py", "tests/unit/test_webhook_verify.py"), T('''import hashlib
import hmac

from app.webhooks import verify_signature

BODY = b'{"orderId": "%%OID%%", "status": "READY"}'
# digest of BODY with the test fixture key below, computed once and pinned
EXPECTED = "%%DIG%%"


def test_sha256_of_body_is_stable():
    assert hashlib.sha256(BODY).hexdigest() == "%%SHA%%"


def test_rejects_wrong_signature():
    assert not verify_signature(BODY, "0" * 64, key=b"unit-test-key")


def test_digest_shape():
    assert len(EXPECTED) == 64 and int(EXPECTED, 16) >= 0
''', OID=uuid4(r), DIG=rs(r, 64, HEXL), SHA=rs(r, 64, HEXL))


@look("k8s", "sealed_secret")
def lk_sealed(r):
    app = r.choice(APPS)
    return pick(r, "deploy/k8s/sealed-toast.yaml", "k8s/overlays/prod/sealedsecret-pos.yaml"), T('''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: pos-credentials
  namespace: %%APP%%
spec:
  encryptedData:
    TOAST_CLIENT_SECRET: AgB%%E1%%
    DELIVERECT_CLIENT_SECRET: AgC%%E2%%
  template:
    metadata:
      name: pos-credentials
      namespace: %%APP%%
''', APP=app, E1=b64(r, 380).rstrip("="), E2=b64(r, 380).rstrip("="))


@look("sops", "encrypted_values")
def lk_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(r, n), b64(r, 32), b64(r, 16))
    return pick(r, "secrets/prod.enc.yaml", "deploy/secrets.sops.yaml"), T('''mews:
    access_token: %%E1%%
doordash:
    signing_secret: %%E2%%
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:%%ACC%%:key/%%KEY%%
          created_at: "%%TS%%"
          enc: %%KENC%%
          aws_profile: ""
    lastmodified: "%%TS%%"
    mac: %%MAC%%
    version: 3.8.1
''', E1=enc(48), E2=enc(32), ACC=r.randint(10 ** 11, 10 ** 12 - 1), KEY=uuid4(r), TS=ts(r), KENC=b64(r, 150),
                                                                        MAC="ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(r, 48), b64(r, 32), b64(r, 16)))


@look("ansible", "vault_encrypted")
def lk_ansible_vault(r):
    raw = rs(r, 640, HEXL)
    lines = [raw[i:i + 80] for i in range(0, len(raw), 80)]
    return pick(r, "ansible/group_vars/all/vault.yml", "inventory/prod/group_vars/vault.yml"), "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n"


@look("go", "ids_in_tests")
def lk_go_test(r):
    return pick(r, "internal/pms/mapping_test.go", "pkg/ota/roommap_test.go"), T('''package pms

import "testing"

func TestRoomMapping(t *testing.T) {
	cases := []struct {
		otaRoomID string
		pmsType   string
		propID    string
	}{
		{"%%R1%%", "DBL", "%%P1%%"},
		{"%%R2%%", "TWN", "%%P1%%"},
		{"%%R3%%", "KSU", "%%P2%%"},
	}
	for _, c := range cases {
		if got := MapRoom(c.otaRoomID, c.propID); got != c.pmsType {
			t.Errorf("MapRoom(%q) = %q, want %q", c.otaRoomID, got, c.pmsType)
		}
	}
}
''', R1=r.randint(10 ** 8, 10 ** 9), R2=r.randint(10 ** 8, 10 ** 9), R3=r.randint(10 ** 8, 10 ** 9), P1=uuid4(r), P2=uuid4(r))


@look("delivery", "order_export_csv")
def lk_orders_csv(r):
    rows = ["order_id,channel,channel_order_id,store_id,placed_at,subtotal,fees,payout"]
    for _ in range(r.randint(5, 10)):
        ch = pick(r, "ubereats", "doordash", "deliveroo", "toast_online")
        cid = uuid4(r) if ch != "deliveroo" else str(r.randint(10 ** 8, 10 ** 9))
        rows.append("%s,%s,%s,%s,%s,%s,%s,%s" % (oid(r), ch, cid, uuid4(r), ts(r), money(r, 10, 120), money(r, 1, 20), money(r, 8, 100)))
    return pick(r, "reports/delivery_orders_%s.csv" % date(r).replace("-", ""), "data/exports/orders.csv"), "\n".join(rows) + "\n"


@look("guest-wifi", "radius_accounting_log")
def lk_radacct(r):
    recs = []
    for _ in range(r.randint(2, 3)):
        recs.append('''%s
	Acct-Status-Type = %s
	Acct-Session-Id = "%s"
	User-Name = "room%d-%s"
	NAS-IP-Address = %s
	Called-Station-Id = "%s:%s Guest"
	Calling-Station-Id = "%s"
	Acct-Input-Octets = %d
	Acct-Output-Octets = %d
	Event-Timestamp = "%s"
''' % (pick(r, "Mon Mar  4 21:14:02 2024", "Tue Jun 11 07:55:40 2024", "Fri Sep 20 23:01:13 2024"), pick(r, "Start", "Interim-Update", "Stop"),
       rs(r, 16, HEXU), r.randint(101, 820), pick(r, "meyer", "santos", "larsen"), ip(r), mac(r).upper().replace(":", "-"), r.choice(HOTELS)[1],
       mac(r).upper().replace(":", "-"), r.randint(10 ** 4, 10 ** 9), r.randint(10 ** 4, 10 ** 9), ts(r)))
    return pick(r, "radius/log/radacct/detail-sample", "docs/samples/radacct-detail.txt"), "\n".join(recs)


@look("salto", "lock_audit_log")
def lk_salto_log(r):
    lines = []
    for _ in range(r.randint(4, 8)):
        lines.append("%s lock=%s door=\"Room %d\" event=%s key_id=%s card_uid=%s result=%s" % (
            ts(r), uuid4(r), r.randint(101, 820), pick(r, "OPEN_MOBILE", "OPEN_CARD", "DENIED_EXPIRED"), uuid4(r), rs(r, 14, HEXU), pick(r, "ok", "ok", "denied")))
    return pick(r, "logs/locks/salto-events.log", "var/log/keys/audit.log"), "\n".join(lines) + "\n"


@look("apaleo", "reservation_ids")
def lk_apaleo_fixture(r):
    prop = rs(r, 3, UP)
    rid = rs(r, 8, UP)
    return pick(r, "tests/fixtures/apaleo/reservation.json", "test/data/apaleo_booking.json"), T('''{
  "id": "%%RID%%-1",
  "bookingId": "%%RID%%",
  "status": "Confirmed",
  "property": { "id": "%%P%%", "code": "%%P%%", "name": "%%HN%%" },
  "ratePlan": { "id": "%%P%%-NONREF-DBL", "code": "NONREF" },
  "unitGroup": { "id": "%%P%%-DBL", "code": "DBL" },
  "arrival": "%%D1%%T15:00:00+01:00",
  "departure": "%%D2%%T11:00:00+01:00",
  "externalCode": "%%EXT%%",
  "channelCode": "BookingCom",
  "paymentAccount": { "accountNumber": "%%L4%%", "accountHolder": "J. Larsen", "expiryMonth": "11", "expiryYear": "2027", "paymentMethod": "visa", "isVirtual": false }
}
''', RID=rid, P=prop, HN=r.choice(HOTELS)[0], **span(r), EXT=str(r.randint(10 ** 9, 10 ** 10)), L4="XXXXXXXXXXXX%d" % r.randint(1000, 9999))


@look("expedia", "booking_retrieval")
def lk_eqc_response(r):
    hid = r.randint(10000000, 99999999)
    return pick(r, "test/fixtures/eqc/BookingRetrievalRS.xml", "samples/expedia/booking_retrieval_rs.xml"), T('''<?xml version="1.0" encoding="UTF-8"?>
<BookingRetrievalRS xmlns="http://www.expediaconnect.com/EQC/BR/2014/01">
  <Bookings>
    <Booking id="%%BID%%" type="Book" createDateTime="%%TS%%" source="Expedia" status="pending">
      <Hotel id="%%HID%%"/>
      <RoomStay roomTypeID="%%RT%%" ratePlanID="%%RP%%A">
        <StayDate arrival="%%D1%%" departure="%%D2%%"/>
        <GuestCount adult="2" child="0"/>
        <Total amountAfterTaxes="%%AMT%%" currency="EUR"/>
      </RoomStay>
      <PrimaryGuest><Name givenName="Ana" surname="Santos"/></PrimaryGuest>
      <SpecialRequest code="1.14">Non-smoking</SpecialRequest>
    </Booking>
  </Bookings>
</BookingRetrievalRS>
''', BID=r.randint(10 ** 8, 10 ** 9), TS=ts(r), HID=hid, RT=r.randint(200000000, 299999999), RP=r.randint(200000000, 299999999),
                                                                                                   **span(r), AMT=money(r, 100, 1500))


@look("cloudbeds", "webhook_payload")
def lk_cloudbeds_webhook(r):
    return pick(r, "tests/fixtures/cloudbeds_webhook.json", "samples/cloudbeds/reservation_created.json"), T('''{
  "version": "1.0",
  "event": "reservation/created",
  "timestamp": %%T%%.%%MS%%,
  "propertyID": %%PID%%,
  "propertyID_str": "%%PID%%",
  "reservationID": "%%RID%%",
  "startDate": "%%D1%%",
  "endDate": "%%D2%%",
  "guestID": %%GID%%
}
''', T=r.randint(1700000000, 1730000000), MS=r.randint(100, 999), PID=r.randint(100000, 999999), RID=str(r.randint(10 ** 11, 10 ** 12)),
                                                                                                   **span(r), GID=r.randint(10 ** 7, 10 ** 8))


@look("api-docs", "request_ids")
def lk_error_doc(r):
    return pick(r, "docs/troubleshooting/api-errors.md", "docs/support/error-codes.md"), T('''# API error reference

When you open a ticket, include the `X-Request-ID` from the response headers.

| Status | Example request id | Meaning |
|-------:|--------------------|---------|
| 400 | `%%R1%%` | Validation failed (e.g. arrival after departure) |
| 401 | `%%R2%%` | Token expired - the worker refreshes automatically |
| 409 | `%%R3%%` | Reservation was modified in the PMS meanwhile |
| 429 | `%%R4%%` | Rate limited; back off for `Retry-After` seconds |

Example correlation id in our logs: `corr=%%C%%`. Trace ids are 32 hex chars, e.g. `%%TR%%`.
''', R1=uuid4(r), R2=uuid4(r), R3=uuid4(r), R4=uuid4(r), C=rs(r, 26, UP + DG), TR=rs(r, 32, HEXL))


@look("ops", "build_info_properties")
def lk_build_props(r):
    return pick(r, "src/main/resources/build-info.properties", "META-INF/build-info.properties"), T('''build.artifact=%%APP%%-channel
build.group=com.%%APP%%
build.version=3.%%V%%
build.time=%%TS%%
git.commit.id=%%SHA%%
git.commit.id.abbrev=%%SHORT%%
git.branch=main
build.checksum.sha256=%%SUM%%
''', APP=r.choice(APPS), V="%d.%d" % (r.randint(0, 30), r.randint(0, 9)), TS=ts(r), SHA=rs(r, 40, HEXL), SHORT=rs(r, 7, HEXL), SUM=rs(r, 64, HEXL))


@look("rms", "rate_codes_ini")
def lk_rms_ini(r):
    h = hotel(r)
    return pick(r, "config/rms_mapping.ini", "etc/revenue/rates.ini"), T('''[property]
code = %%HC%%
name = %%HN%%
pms_property_id = %%PID%%

[room_types]
DBL = %%R1%%
TWN = %%R2%%
KSU = %%R3%%

[rate_plans]
BAR = %%P1%%
NRF = %%P2%%
BB = %%P3%%

[export]
token_ttl_minutes = 55
password_policy = min12
secret_store = aws-secrets-manager
''', HC=h[1], HN=h[0], PID=uuid4(r), R1=r.randint(10 ** 8, 10 ** 9), R2=r.randint(10 ** 8, 10 ** 9), R3=r.randint(10 ** 8, 10 ** 9),
                                                                         P1=r.randint(10 ** 8, 10 ** 9), P2=r.randint(10 ** 8, 10 ** 9), P3=r.randint(10 ** 8, 10 ** 9))


@look("siteminder", "soap_with_references")
def lk_soap_refs(r):
    h = hotel(r)
    return pick(r, "templates/pmsx/OTA_ReadRQ.xml.j2", "src/main/resources/templates/readRq.xml"), T('''<?xml version="1.0" encoding="UTF-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Header>
%%WSSE%%
  </soap:Header>
  <soap:Body>
    <OTA_ReadRQ xmlns="http://www.opentravel.org/OTA/2003/05" EchoToken="%%ECHO%%" TimeStamp="%%TS%%" Version="1.0">
      <ReadRequests>
        <HotelReadRequest HotelCode="%%HC%%">
          <SelectionCriteria SelectionType="Undelivered"/>
        </HotelReadRequest>
      </ReadRequests>
    </OTA_ReadRQ>
  </soap:Body>
</soap:Envelope>
''', WSSE=wsse("{{ pmsx_username }}", pick(r, "{{ pmsx_password }}", "${PMSX_PASSWORD}", "#{PmsxPassword}#")), ECHO=uuid4(r), TS=ts(r), HC=h[1])


@look("k8s", "configmap_ids")
def lk_configmap(r):
    h = hotel(r)
    return pick(r, "deploy/k8s/configmap.yaml", "k8s/base/pos-bridge-config.yaml"), T('''apiVersion: v1
kind: ConfigMap
metadata:
  name: pos-bridge-config
data:
  HOTEL_CODE: "%%HC%%"
  TOAST_RESTAURANT_GUID: "%%G%%"
  SQUARE_LOCATION_ID: "%%LOC%%"
  CLOVER_MERCHANT_ID: "%%MID%%"
  DOORDASH_DEVELOPER_ID: "%%DEV%%"
  MEWS_ENTERPRISE_ID: "%%ENT%%"
  SECRET_SOURCE: "vault:secret/data/%%HCL%%/pos"
''', HC=h[1], G=uuid4(r), LOC=sq_loc(r), MID=clover_mid(r), DEV=uuid4(r), ENT=uuid4(r), HCL=h[1].lower())


@look("pms", "night_audit_log")
def lk_night_audit(r):
    h = hotel(r)
    d = date(r)
    lines = ["%s 03:%02d:%02d INFO  end-of-day hotel=%s step=%s elapsed=%ds" % (d, i, r.randint(0, 59), h[1], s, r.randint(1, 300))
             for i, s in enumerate(["close_cashiers", "post_room_charges", "run_reports", "roll_business_date"])]
    lines.append("%s 03:09:41 INFO  export file=revenue_%s.csv sha256=%s bytes=%d" % (d, d.replace("-", ""), rs(r, 64, HEXL), r.randint(10 ** 4, 10 ** 6)))
    lines.append("%s 03:09:42 INFO  upload host=sftp.ratepulse.example.net user=%s auth=publickey fingerprint=SHA256:%s" % (d, h[1].lower() + "_export", b64(r, 32).rstrip("=")))
    return pick(r, "logs/night-audit.log", "var/log/pms/eod.log"), "\n".join(lines) + "\n"


@look("ohip", "empty_postman_env")
def lk_ohip_env_ids(r):
    return pick(r, "postman/ohip-ids.postman_environment.json", "tools/postman/hotel-ids.postman_environment.json"), T('''{
  "id": "%%ID%%",
  "name": "Hotel identifiers",
  "values": [
    { "key": "HotelId", "value": "SAND01", "enabled": true },
    { "key": "ReservationId", "value": "%%RID%%", "enabled": true },
    { "key": "ProfileId", "value": "%%PID%%", "enabled": true },
    { "key": "ConfirmationNumber", "value": "%%CONF%%", "enabled": true },
    { "key": "FolioWindowNo", "value": "1", "enabled": true },
    { "key": "X-Request-Id", "value": "%%XR%%", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
''', ID=uuid4(r), RID=r.randint(10 ** 5, 10 ** 7), PID=r.randint(10 ** 5, 10 ** 8), CONF=conf_no(r), XR=uuid4(r))


@look("jwt-jwks", "public_jwks")
def lk_jwks(r):
    return pick(r, "public/.well-known/jwks.json", "config/jwks.json"), T('''{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "%%KID%%",
      "n": "%%N%%",
      "e": "AQAB"
    }
  ]
}
''', KID=rs(r, 22, B64U), N=b64u(r, 256))


@look("loyalty", "member_card_numbers")
def lk_loyalty_csv(r):
    rows = ["member_no,tier,points,card_ean,enrolled_at,home_property"]
    for _ in range(r.randint(5, 9)):
        rows.append("%s,%s,%d,%s,%s,%s" % (rs(r, 10, DG), pick(r, "Silver", "Gold", "Platinum"), r.randint(0, 250000), rs(r, 13, DG), date(r, 2022), r.choice(HOTELS)[1]))
    return pick(r, "exports/loyalty_members_sample.csv", "data/loyalty/sample.csv"), "\n".join(rows) + "\n"


@look("kiosk", "device_certificate_thumbprints")
def lk_kiosk_yaml(r):
    h = hotel(r)
    ks = []
    for i in range(r.randint(2, 4)):
        ks.append("  - id: kiosk-%s-%d\n    serial: %s\n    cert_thumbprint_sha1: %s\n    encoder_port: COM%d" % (
            h[1].lower(), i + 1, rs(r, 10, UP + DG), rs(r, 40, HEXU), r.randint(3, 9)))
    return pick(r, "config/kiosks.yml", "deploy/lobby-kiosks.yaml"), "property: %s\nkiosks:\n%s\n" % (h[1], "\n".join(ks))


@look("payments", "gateway_tokens_masked")
def lk_payment_log(r):
    lines = []
    for _ in range(r.randint(4, 7)):
        lines.append("%s INFO payments.preauth res=%s card=%s****%d token=tok_****%s amount=%s status=%s" % (
            ts(r), conf_no(r), pick(r, "4111", "5454", "3782"), r.randint(1000, 9999), rs(r, 4, AN), money(r, 50, 900), pick(r, "approved", "approved", "declined")))
    return pick(r, "logs/payments.log", "var/log/frontdesk/preauth.log"), "\n".join(lines) + "\n"


@look("dotnet", "appsettings_no_secrets")
def lk_appsettings(r):
    h = hotel(r)
    return pick(r, "src/Channel.Api/appsettings.json", "appsettings.Development.json"), T('''{
  "Channel": {
    "HotelCode": "%%HC%%",
    "BookingComHotelId": %%BID%%,
    "ExpediaHotelId": %%EID%%,
    "ClientSecret": "",
    "Password": ""
  },
  "Serilog": { "MinimumLevel": "Information" },
  "ApplicationInsights": { "ConnectionString": "InstrumentationKey=%%IK%%;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/" }
}
''', HC=h[1], BID=r.randint(10 ** 6, 10 ** 7), EID=r.randint(10 ** 7, 10 ** 8), IK=uuid4(r))


# ================================================================ negatives: slot fillers

CODE_LANGS = ("py", "js", "ts", "php", "java", "cs", "go", "rb", "kt", "tf", "sql")


def lang_of(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile":
        return "docker"
    if "." not in base:
        return "key" if "key" in base or "id_" in base or "ed25519" in base else "txt"
    ext = base.rsplit(".", 1)[-1]
    return {"yml": "yaml", "j2": "xml", "properties": "props", "cfg": "conf"}.get(ext, ext)


def filetype_of(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile":
        return "dockerfile"
    if base in ("authorized_keys",):
        return "ssh"
    if base == "credentials":
        return "ini"
    if base == "SHA256SUMS":
        return "txt"
    if "." not in base:
        return "key" if ("key" in base or "id_" in base or "ed25519" in base) else "txt"
    return base.rsplit(".", 1)[-1]


def code_ref(r, lang, var):
    low = var.lower()
    dotted = low.replace("_", ".")
    opts = {
        "py": ['os.environ["%s"]' % var, 'os.getenv("%s")' % var, 'settings.%s' % var, 'config("%s")' % var],
        "js": ["process.env.%s" % var, 'process.env["%s"]' % var, 'config.get("%s")' % dotted],
        "ts": ["process.env.%s!" % var, 'process.env["%s"] ?? ""' % var, 'config.get<string>("%s")' % dotted],
        "php": ["getenv('%s')" % var, "env('%s')" % var, "$_ENV['%s']" % var],
        "java": ['System.getenv("%s")' % var, 'props.getProperty("%s")' % dotted],
        "cs": ['Environment.GetEnvironmentVariable("%s")' % var, 'configuration["%s"]' % var.title().replace("_", ":")],
        "go": ['os.Getenv("%s")' % var],
        "rb": ['ENV["%s"]' % var, 'ENV.fetch("%s")' % var, "Rails.application.credentials.dig(:%s)" % low],
        "kt": ["BuildConfig.%s" % var],
        "tf": ["var.%s" % low, "data.aws_ssm_parameter.%s.value" % low],
        "sql": [":'%s'" % low],
    }[lang]
    return r.choice(opts)


def str_ref(r, lang, var, path):
    low = var.lower()
    if path.startswith(".github/workflows/"):
        return r.choice(["${{ secrets.%s }}" % var, "${{ secrets.%s }}" % var, "${{ vars.%s }}" % var])
    opts = ["${%s}" % var, "${%s}" % var]
    if lang in ("yaml",):
        opts += ["{{ .Values.secrets.%s }}" % low, "{{ vault_%s }}" % low, "${%s:?missing}" % var]
    elif lang == "json":
        opts += ["{{%s}}" % low, "#{%s}#" % var.title().replace("_", "")]
    elif lang == "xml":
        opts += ["{{ %s }}" % low, "#{%s}#" % var.title().replace("_", "")]
    elif lang in ("sh", "md"):
        opts += ["$%s" % var, "$(cat /run/secrets/%s)" % low]
    elif lang == "docker":
        opts += ["$%s" % var]
    elif lang in ("conf", "ini", "toml", "props"):
        opts += ["${env:%s}" % var, "ENC(see-vault)"]
    return r.choice(opts)


def secret_mgr(r, var, app):
    low = var.lower().replace("_", "-")
    return r.choice([
        "vault:secret/data/%s/%s#value" % (app, low),
        "op://Hotel Ops/%s/credential" % var.replace("_", " ").title(),
        "arn:aws:secretsmanager:eu-west-1:%d:secret:%s/%s-%s" % (r.randint(10 ** 11, 10 ** 12 - 1), app, low, rs(r, 6, AN)),
        "projects/%s-prod/secrets/%s/versions/latest" % (app, low),
        "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (app, low),
        "sm://%s/%s" % (app, low),
    ])


def placeholder(r, tpl, sample_len):
    var = tpl.var
    short = var.lower().replace("_", "-")
    opts = ["<your-%s>" % short, "YOUR_%s_HERE" % var, "changeme", "REPLACE_ME", "<%s>" % var,
            "TODO-set-in-vault", "dummy", "example-%s" % short, "x" * max(8, sample_len), "X" * max(8, sample_len),
            "<insert %s here>" % var.lower().replace("_", " "), "your_%s" % var.lower(), "0" * max(8, sample_len)]
    if tpl.shape:
        opts += [tpl.shape + "x" * max(8, sample_len - len(tpl.shape)), tpl.shape + "XXXXXXXXXXXXXXXX", tpl.shape + "..."]
    if tpl.kind in ("access_token", "api_key") and tpl.gen is g_uuid:
        opts += ["00000000-0000-0000-0000-000000000000"]
    return r.choice(opts)


def masked(r, sample_len):
    return r.choice(["****", "********", "[REDACTED]", "<redacted>", "***REMOVED***", "\u2022" * 12, "*" * max(6, min(sample_len, 40)), "[hidden]"])


def fill_negative(r, text, path, tpl):
    assert text.count(SLOT) == 1, (tpl.name, text.count(SLOT))
    lang = lang_of(path)
    sample = tpl.gen(r) if tpl.gen else "x" * 24
    i = text.index(SLOT)
    j = i + len(SLOT)
    before = text[i - 1] if i > 0 else ""
    after = text[j] if j < len(text) else ""
    quoted = before in "\"'" and before == after and not tpl.embedded
    cats = ["placeholder", "placeholder", "empty", "masked", "ref", "ref", "mgr"]
    if tpl.docs:
        cats += ["doc", "doc", "doc"]
    if lang == "log":
        cats = ["masked", "masked", "placeholder", "empty"]
    cat = r.choice(cats)
    app = r.choice(APPS)
    if cat == "placeholder":
        val = placeholder(r, tpl, len(sample))
    elif cat == "empty":
        val = ""
    elif cat == "masked":
        val = masked(r, len(sample))
    elif cat == "doc":
        val = r.choice(tpl.docs)
    elif cat == "mgr":
        val = secret_mgr(r, tpl.var, app)
    else:
        if quoted and lang in CODE_LANGS:
            expr = code_ref(r, lang, tpl.var)
            return text[:i - 1] + expr + text[j + 1:], "env_reference"
        if lang == "tf":
            val = "${var.%s}" % tpl.var.lower()
        elif lang in CODE_LANGS:
            val = "${%s}" % tpl.var
        else:
            val = str_ref(r, lang, tpl.var, path)
        cat = "template_reference"
    if lang == "xml":
        val = val.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text[:i] + val + text[j:], cat


# ================================================================ driver

def safe_neg_path(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env") and base not in (".env.example", ".env.sample", ".env.template", ".env.dist"):
        head = path[:len(path) - len(base)]
        return head + ".env.example"
    return path


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return base.startswith(".env") and base not in (".env.example", ".env.sample", ".env.template", ".env.dist")


def line_of(text, needle):
    idx = text.find(needle)
    assert idx >= 0
    return text.count("\n", 0, idx) + 1


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def round_robin(r, items, n):
    out = []
    while len(out) < n:
        batch = list(items)
        r.shuffle(batch)
        out.extend(batch)
    return out[:n]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ev.py OUTDIR SEED\n")
        return 2
    outdir = argv[1]
    r = random.Random(int(argv[2]))
    manifest = []
    secrets = []
    env_count = 0
    conv_count = 0

    # positives
    env_tpls = [t for t in POS if t.name in ("square_env", "doordash_env")]
    other_tpls = [t for t in POS if t not in env_tpls]
    plan = round_robin(r, other_tpls, 500)
    env_slots = r.sample(range(500), 20)
    for k, slot in enumerate(env_slots):
        plan[slot] = env_tpls[k % len(env_tpls)]
    for n, tpl in enumerate(plan):
        c = Ctx(True)
        path, text = tpl.fn(r, c)
        secret = tpl.gen(r)
        assert text.count(SLOT) == 1, tpl.name
        text = text.replace(SLOT, secret)
        if is_blocked_env(path):
            env_count += 1
        conv_count += 1 if tpl.conv else 0
        rel = "pos/p%04d/%s" % (n, path)
        write(outdir, rel, text)
        needle = secret.split("\n", 1)[0] if "\n" in secret else secret
        ln = line_of(text, needle)
        assert needle in text.split("\n")[ln - 1], (tpl.name, ln)
        manifest.append({"file": rel, "label": "pos", "provider": tpl.provider, "kind": tpl.kind, "filetype": filetype_of(path)})
        secrets.append({"file": rel, "needle": needle, "line": ln})
    assert env_count <= 25, env_count

    # negatives: 250 slot re-uses, 250 look-alikes, interleaved
    jobs = [("slot", t) for t in round_robin(r, POS, 250)] + [("look", t) for t in round_robin(r, LOOK, 250)]
    r.shuffle(jobs)
    for n, (mode, item) in enumerate(jobs):
        if mode == "slot":
            tpl = item
            c = Ctx(False)
            path, text = tpl.fn(r, c)
            if tpl.negfn is not None:
                text = tpl.negfn(r, c, text.replace(SLOT, tpl.gen(r)), tpl)
                cat = "redacted_or_reference"
            else:
                text, cat = fill_negative(r, text, path, tpl)
            provider, kind = tpl.provider, "neg_" + cat
        else:
            fn, provider, kind = item
            path, text = fn(r)
            kind = "lookalike_" + kind
        path = safe_neg_path(path)
        assert not is_blocked_env(path)
        assert SLOT not in text
        rel = "neg/n%04d/%s" % (n, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype_of(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")

    # self-check: re-read what was written
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    sys.stderr.write("templates: %d positive, %d look-alike (+%d re-used as slot negatives); "
                     "positives with conventional names: %d/500; .env positives: %d\n"
                     % (len(POS), len(LOOK), len(POS), conv_count, env_count))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
