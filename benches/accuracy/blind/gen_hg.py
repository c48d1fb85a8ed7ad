#!/usr/bin/env python3
"""Blind evaluation-set generator "hg": email, calendar and contacts sync.

EMPHASIS
  Domain: services and tools that sync mail, calendars and contacts.
  Providers: Nylas (v3 API keys nyk_v0_..., v2 client secrets, grant ids),
  Cronofy (client secret, access/refresh tokens, data centres), Microsoft
  Graph app registrations (client secrets with "Q~"), Google Calendar/Gmail
  OAuth (GOCSPX- client secrets, 1//0 refresh tokens, ya29. access tokens,
  service-account keys for domain-wide delegation, private iCal feed URLs),
  Calendly (personal access tokens = ES256 JWTs, webhook signing keys),
  Cal.com (cal_live_/cal_ API keys), Zoom (Server-to-Server OAuth client
  secret, webhook secret token), Aurinko, Unipile, EmailEngine, Mailparser,
  and the IMAP/SMTP/CalDAV/CardDAV world: mbsync, offlineimap, vdirsyncer,
  khal, davmail, aerc, neomutt, msmtp; Fastmail app passwords, iCloud
  app-specific passwords (xxxx-xxxx-xxxx-xxxx), Gmail app passwords.
  File types: Python, TypeScript/JavaScript, Go, Ruby, PHP, .NET XML config,
  PowerShell, .mbsyncrc, .offlineimaprc, vdirsyncer/khal config,
  davmail.properties, aerc accounts.conf, muttrc, msmtprc, YAML, JSON, TOML,
  .properties, .env, Markdown, shell, Makefile, Dockerfile, Terraform, SQL,
  CSV, logs, ICS, VCF, EML, XML (WebDAV responses), systemd units, BIND
  zone files, lock/sum/checksum files, PEM/ASC public material.

USAGE
  python3 -B gen_hg.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
  OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED
  (a single random.Random(SEED); no clock, no os.urandom, no set order).
  Existing OUTDIR/pos and OUTDIR/neg are removed first.

NEEDLE CONVENTIONS
  - The needle is the secret value exactly as written, without quotes,
    without the variable name, without "Bearer "/"Basic " prefixes.
  - Header: only the token (e.g. the nyk_v0_... after "Bearer ").
  - Basic auth written out as base64: the base64 blob (it encodes
    id:secret). SMTP "AUTH PLAIN" debug lines: the base64 blob.
  - URL with embedded password (imaps://user:PASS@host): PASS as written.
  - URL with key in the query (?apiKey=..., ?access_token=...): the value.
  - Google private iCal feed URL: the 32-hex token after "private-".
  - Gmail app password written with spaces: the whole spaced string.
  - iCloud app-specific password: the whole xxxx-xxxx-xxxx-xxxx string.
  - JWT (Calendly PAT): the whole three-part token.
  - Multi-line / PEM private key (service-account JSON): the first base64
    line of the key body (the line after BEGIN PRIVATE KEY; in JSON the
    text between the first two "\\n" escapes).
  - line = 1-based line of the needle's first occurrence; the generator
    re-reads every written file and asserts it.

NEGATIVES
  250 reuse the positive templates with the secret slot holding a
  non-secret: placeholders (<your-...>, YOUR_..._HERE, changeme, xxxx...),
  empty values, masked values (****, [REDACTED], prefix+****), environment
  references (${VAR}, os.environ[...], process.env.X, ENV.fetch, getenv),
  secret-manager references (op://, vault:, AWS ARNs, helper calls),
  template expressions ({{ ... }}, ${{ secrets.X }}, <%= ... %>), and
  documented example values (Cronofy SDK README values, the Purview
  example Entra secret, EmailEngine's documented token, Apple's
  abcd-efgh-ijkl-mnop, "cal_live_xxxx...", "GOCSPX-xxxx..." ...).
  Templates whose slot is transformed (base64 Basic/AUTH PLAIN, JWT, PEM)
  are not reused. The other 250 come from look-alike templates: grant ids,
  calendar ids (...@group.calendar.google.com), public iCal URLs, event
  ids, iCal UIDs, Outlook GlobalObjectIds, ETags/ctags, CalDAV sync tokens,
  Graph delta links, Gmail history ids, message ids, DKIM/ARC signatures,
  DKIM public keys, PGP public keys, X.509 certs, TLS fingerprints, lock
  file hashes, webhook signature headers in logs, SOPS/ansible-vault/sealed
  ciphertext, PassCmd/passwordeval/cred-cmd commands, client ids and other
  documented-public ids. No negative lives in a .env/.env.local/... file.

FORMATS CHECKED (search tool, docs/pages/code corpora)
  - Nylas v3: API keys sent as "Authorization: Bearer"; SDK
    Client(api_key, api_uri); api.us.nylas.com / api.eu.nylas.com; grant
    ids and client ids are UUIDs. Public code shows keys as nyk_v0_ + 64
    alphanumerics (checked lengths of several).
  - Cronofy: SDK READMEs (ruby/node/python/php) show client_id,
    client_secret, access_token, refresh_token, data_center (de, au, uk,
    ca, sg; default us). README example tokens are 32 chars (used only as
    negatives). One public config shows a client secret "CRN_" + 38 chars.
  - Microsoft Entra client secret: Microsoft Purview SIT page - up to 40
    chars of letters, digits, - _ . ~, example "abc7Q~..." / "abc8Q~..."
    (3 chars + digit + "Q~" + 34 chars).
  - Google: GOCSPX- + 28 chars [A-Za-z0-9_-] (lengths checked on public
    configs); client_secrets.json layout ("installed"/"web", auth_uri,
    token_uri) from Google's .NET client docs; refresh tokens "1//0" + ...
    103 chars with a "CgYIARAAG?" + "SNwF-L9Ir" inner structure (public
    samples); access tokens "ya29.a0..."; private iCal feed
    .../ical/<id>%40group.calendar.google.com/private-<32 hex>/basic.ics.
  - Calendly: personal access tokens are JWTs whose header decodes to
    {"kid":<64 hex>,"typ":"PAT","alg":"ES256"} and payload {"iss":
    "https://auth.calendly.com","iat","jti","user_uuid"}; webhook signing
    key produces Calendly-Webhook-Signature: t=<ts>,v1=<hex HMAC-SHA256>.
  - Cal.com: "API keys start with cal_live_ (production) and cal_test_/cal_";
    cal.com source generates the key body as randomBytes(16).hex (32 hex);
    v2 uses Authorization: Bearer + cal-api-version; v1 used ?apiKey=.
  - Zoom S2S OAuth: account ID, client ID, client secret; token from
    https://zoom.us/oauth/token with grant_type=account_credentials and
    Basic base64(client_id:client_secret). Public configs show 22-char ids.
  - EmailEngine: access tokens are 64-char hex (docs give an example,
    used only as a negative).
  - Unipile: X-API-KEY header, DSN host apiN.unipile.com:PORT; public
    configs show tokens as 8 chars + "." + 44-char base64.
  - Aurinko: Basic <Client Id, Client Secret> for auth flows, Bearer
    account tokens (docs).
  - Apple: app-specific passwords, 16 characters, shown as
    abcd-efgh-ijkl-mnop. Fastmail: app password needed for IMAP/SMTP/
    CalDAV/CardDAV (imap.fastmail.com:993, smtp.fastmail.com:465).

DOUBTS
  - Nylas v2 client secrets: generated as 25 lowercase alphanumerics
    (not confirmed). Nylas key body alphabet assumed [A-Za-z0-9].
  - Cronofy client secret "CRN_" + 38 alphanumerics: seen in one public
    file only; Cronofy access/refresh tokens assumed 32 chars [A-Za-z0-9_-].
  - Calendly webhook signing keys: user-chosen for PATs (docs suggest
    e.g. openssl rand -hex 32) or generated for OAuth apps (format not
    documented); generated here as 64 hex or 43 base64url chars.
  - Zoom client secret (32 alphanumerics) and webhook secret token (22
    chars) taken from public configs, not from Zoom's docs.
  - Aurinko client secret and Mailparser API key formats were not found in
    any documentation; generated as 40 / 32 alphanumerics.
  - Fastmail app passwords: "a long random string"; generated as 16
    lowercase alphanumerics. Gmail app passwords: 16 lowercase letters,
    often pasted with spaces.
  - ya29 access-token length varies; generated 160-220 chars.
  - Service-account private keys are random bytes behind a real PKCS#8
    prefix; they are not valid RSA keys.
"""
import base64
import hashlib
import json
import os
import random
import shutil
import string
import sys
import textwrap

# ---------------------------------------------------------------- helpers
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DI = string.digits
ALNUM = UP + LO + DI
LOALNUM = LO + DI
HEXL = "0123456789abcdef"
B64URL = ALNUM + "-_"
B32HEX = "0123456789abcdefghijklmnopqrstuv"


class Tpl(string.Template):
    delimiter = "\u00a7"  # section sign, never used in generated content


def fill(tpl, **kw):
    """Dedent a template and substitute section-sign placeholders."""
    text = textwrap.dedent(tpl).lstrip("\n")
    return Tpl(text).substitute(kw)


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def uid4(r):
    h = rs(r, HEXL, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16],
                                   r.choice("89ab"), h[17:20], h[20:32])


def b64std(r, nbytes):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def b64url_nopad(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


FIRST = ["maria", "jonas", "lena", "tom", "aisha", "pedro", "yuki", "nora", "felix",
         "sofia", "david", "ines", "omar", "clara", "liam", "hana", "ravi", "emma",
         "noah", "zoe", "arjun", "mila", "oskar", "julia"]
LAST = ["keller", "nguyen", "santos", "brandt", "okafor", "lindqvist", "moreau",
        "tanaka", "rossi", "fischer", "kowalski", "haddad", "silva", "novak",
        "schmidt", "obrien", "patel", "larsen", "costa", "meyer"]
ORGS = ["acme", "northwind", "bluefin", "orbital", "kestrel", "lumen", "tidewater",
        "quarry", "harbor", "fernhill", "juniper", "cobalt", "meridian", "basalt"]
TLDS = ["com", "io", "dev", "org", "co", "net"]


def person(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    return f, l


def org(r):
    return r.choice(ORGS)


def domain(r):
    return "%s.%s" % (org(r), r.choice(TLDS))


def email(r, dom=None):
    f, l = person(r)
    return "%s.%s@%s" % (f, l, dom or domain(r))


def iso(r, year=2024):
    return "%d-%02d-%02dT%02d:%02d:%02dZ" % (year, r.randint(1, 12), r.randint(1, 28),
                                              r.randint(0, 23), r.randint(0, 59),
                                              r.randint(0, 59))


def logts(r):
    return "2024-%02d-%02d %02d:%02d:%02d,%03d" % (r.randint(1, 12), r.randint(1, 28),
                                                   r.randint(0, 23), r.randint(0, 59),
                                                   r.randint(0, 59), r.randint(0, 999))


def epoch(r):
    return r.randint(1700000000, 1735000000)


def gcal_id(r):
    if r.random() < 0.6:
        return rs(r, B32HEX, 26) + "@group.calendar.google.com"
    return rs(r, HEXL, 64) + "@group.calendar.google.com"


def gclient_id(r):
    return "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12 - 1),
                                                 rs(r, LOALNUM, 32))


def zoom_id(r):
    return rs(r, B64URL, 22)


def pick(r, seq):
    return r.choice(seq)


# ---------------------------------------------------------------- secret generators
def g_nylas_key(r):
    return "nyk_v0_" + rs(r, ALNUM, 64)


def g_nylas_v2_secret(r):
    return rs(r, LOALNUM, 25)


def g_cronofy_secret(r):
    return "CRN_" + rs(r, ALNUM, 38)


def g_cronofy_token(r):
    return rs(r, ALNUM + "_-", 32)


def g_ms_secret(r):
    body = rs(r, ALNUM, 3) + r.choice("78") + "Q~" + rs(r, ALNUM + "_.~-", 33)
    return body + r.choice(ALNUM)


def g_google_secret(r):
    return "GOCSPX-" + rs(r, B64URL, 28)


def g_google_refresh(r):
    return ("1//0" + r.choice("3456bcdefg") + rs(r, B64URL, 11) + "CgYIARAAG" +
            r.choice("AB") + r.choice("AMQgwE") + "SNwF-L9Ir" + rs(r, B64URL, 67))


def g_ya29(r):
    return "ya29.a0" + rs(r, B64URL, r.randint(160, 220))


def g_calendly_pat(r):
    hdr = json.dumps({"kid": rs(r, HEXL, 64), "typ": "PAT", "alg": "ES256"},
                     separators=(",", ":")).encode()
    pl = json.dumps({"iss": "https://auth.calendly.com", "iat": epoch(r),
                     "jti": uid4(r), "user_uuid": uid4(r)},
                    separators=(",", ":")).encode()
    return b64url_nopad(hdr) + "." + b64url_nopad(pl) + "." + b64url_nopad(rbytes(r, 64))


def g_calendly_signing(r):
    if r.random() < 0.5:
        return rs(r, HEXL, 64)
    return rs(r, B64URL, 43)


def g_cal_key(r):
    return "cal_live_" + rs(r, HEXL, 32)


def g_cal_test_key(r):
    return "cal_" + rs(r, HEXL, 32)


def g_zoom_secret(r):
    return rs(r, ALNUM, 32)


def g_zoom_whsecret(r):
    return rs(r, B64URL, 22)


def g_aurinko_secret(r):
    return rs(r, ALNUM, 40)


def g_unipile(r):
    return rs(r, ALNUM, 8) + "." + b64std(r, 32)


def g_ee_token(r):
    return rs(r, HEXL, 64)


def g_mailparser(r):
    return rs(r, ALNUM, 32)


PW_SYMS = "!#%&*+-=?@^_"


def g_password(r):
    n = r.randint(14, 22)
    while True:
        s = rs(r, ALNUM + PW_SYMS, n)
        if (any(c in PW_SYMS for c in s) and any(c in DI for c in s)
                and any(c in UP for c in s) and any(c in LO for c in s)):
            return s


def g_password_url(r):
    n = r.randint(16, 24)
    while True:
        s = rs(r, ALNUM + "-_.~", n)
        if any(c in DI for c in s) and any(c in UP for c in s) and s[0] in ALNUM:
            return s


def g_fastmail_app(r):
    return rs(r, LOALNUM, 16)


def g_icloud_app(r):
    return "-".join(rs(r, LO, 4) for _ in range(4))


def g_gmail_app(r):
    if r.random() < 0.6:
        return " ".join(rs(r, LO, 4) for _ in range(4))
    return rs(r, LO, 16)


def g_app_password(r):
    return pick(r, [g_fastmail_app, g_icloud_app, g_password_url])(r)


def g_gcal_private(r):
    return rs(r, HEXL, 32)


PKCS8_RSA2048 = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")


def pem_body_lines(r):
    der = PKCS8_RSA2048 + rbytes(r, 1217 - len(PKCS8_RSA2048))
    b = base64.b64encode(der).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


# ---------------------------------------------------------------- slots
class Slot(object):
    """The value placed where a credential would go.

    .v     raw text for config contexts (YAML, INI, env, properties ...)
    .c(l)  expression for code contexts, quoted unless a code reference
    """

    def __init__(self, v, code=None, cat="secret"):
        self.v = v
        self.code = code or {}
        self.cat = cat

    def c(self, lang, q='"'):
        if lang in self.code:
            return self.code[lang]
        return q + self.v + q


def env_code(var):
    return {
        "py": 'os.environ["%s"]' % var,
        "js": "process.env.%s" % var,
        "ts": "process.env.%s!" % var,
        "go": 'os.Getenv("%s")' % var,
        "rb": 'ENV.fetch("%s")' % var,
        "php": "getenv('%s')" % var,
        "cs": 'Environment.GetEnvironmentVariable("%s")' % var,
        "ps1": "$env:%s" % var,
        "sh": '"${%s}"' % var,
        "tf": "var.%s" % var.lower(),
    }


def sm_code(var, path):
    return {
        "py": 'get_secret("%s")' % path,
        "js": 'await secrets.get("%s")' % path,
        "ts": 'await secrets.get("%s")' % path,
        "go": 'mustSecret(ctx, "%s")' % path,
        "rb": 'Rails.application.credentials.dig(:%s)' % var.lower(),
        "php": "config('services.%s')" % var.lower(),
        "cs": 'Configuration["%s"]' % var.replace("_", ":"),
        "ps1": "(Get-Secret -Name '%s' -AsPlainText)" % var,
        "sh": '"$(op read \'op://%s\')"' % path,
        "tf": "data.aws_secretsmanager_secret_version.%s.secret_string" % var.lower(),
    }


PLACEHOLDERS = ["<your-%s>", "YOUR_%s_HERE", "changeme", "replace-me", "<%s>",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "TODO", "your-%s", "${%s}"]
MASKS = ["********", "[REDACTED]", "<redacted>", "***", "__REDACTED__", "••••••••"]
TEMPLATES = ["{{ .Values.%s }}", "{{ %s }}", "${{ secrets.%s }}", "<%%= ENV['%s'] %%>",
             "#{%s}#", "{{%s}}"]
SM_REFS = ["op://Mail/%s/credential", "vault:secret/data/mail#%s",
           "arn:aws:secretsmanager:eu-west-1:%d:secret:mail/%s",
           "sm://projects/%s-prod/secrets/%s/versions/latest", "keychain:%s"]

DOC_EXAMPLES = {
    "nylas": ["nyk_v0_...", "ADD_YOUR_NYLAS_API_KEY_HERE", "nyk_v0_xxxxxxxxxxxxxxxxxxxxx",
              "<NYLAS_API_KEY>"],
    "nylas_v2": ["<NYLAS_CLIENT_SECRET>", "YOUR_CLIENT_SECRET"],
    "cronofy": ["aPPwd-ASDFAsdfasdfasdfsadfasdfASDFSADF_asdfasdfasdf", "CLIENT_SECRET",
                "CRONOFY_CLIENT_SECRET"],
    "cronofy_token": ["aLUj9bRInSj1n08pHPAo5ru0OOppDaCO", "5hdSBZHgjA4xcQAelyAYWDfezZv0-9yP",
                      "ACCESS_TOKEN", "REFRESH_TOKEN"],
    "microsoft": ["abc7Q~defghijklmnopqrs0t123456789-_.~",
                  "abc8Q~defghijklmnopqrstuvwxyz-_.~0123456", "<client-secret-value>"],
    "google": ["GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "GOCSPX-your-client-secret",
               "asdlkfjaskd", "GOCSPX-..."],
    "google_refresh": ["1//0g...", "1//04...", "1//0gX..."],
    "google_access": ["ya29.a0...", "ya29.a0AfH6SMC..."],
    "calendly": ["eyJraWQiOiIxY2UxZTEzNjE3ZGNm...", "eyJ...", "your_calendly_api_key_here"],
    "calendly_signing": ["your-signing-key", "<webhook signing key>"],
    "calcom": ["cal_live_xxxxxxxxxxxxxxxx", "cal_test_xxxxxxxxxxxxxxxx", "cal_live_..."],
    "zoom": ["YOUR_CLIENT_SECRET", "your_zoom_secret", "CLIENT_SECRET"],
    "zoom_webhook": ["YOUR_SECRET_TOKEN", "<secret token>"],
    "aurinko": ["your_aurinko_client_secret", "<AURINKO_CLIENT_SECRET>"],
    "unipile": ["your_access_token", "{YOUR_ACCESS_TOKEN}", "your-api-key"],
    "emailengine": ["f05d76644ea39c4a2ee33e7bffe55808b716a34b51d67b388c7d60498b0f89bc",
                    "<access token>"],
    "mailparser": ["YOUR_API_KEY", "<mailparser api key>"],
    "icloud": ["abcd-efgh-ijkl-mnop", "xxxx-xxxx-xxxx-xxxx"],
    "gmail": ["abcd efgh ijkl mnop", "xxxx xxxx xxxx xxxx", "your-16-char-app-password"],
    "fastmail": ["your-app-password", "<fastmail app password>"],
    "imap": ["password", "secret", "your_password", "<password>"],
    "google_ical": ["0123abcd", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
}


def neg_slot(r, prov, var, docs_key=None):
    """Build a non-secret slot; returns (Slot, category)."""
    low = var.lower()
    cat = r.choice(["placeholder", "placeholder", "empty", "masked", "env_ref", "env_ref",
                    "secret_manager", "template", "doc_example", "doc_example"])
    code = {}
    if cat == "placeholder":
        p = r.choice(PLACEHOLDERS)
        v = p % (low.replace("_", "-") if p.startswith(("<y", "you")) else var) if "%s" in p else p
    elif cat == "empty":
        v = ""
    elif cat == "masked":
        v = r.choice(MASKS)
        if r.random() < 0.3:
            ex = DOC_EXAMPLES.get(docs_key or prov, ["x"])[0]
            v = ex[:max(3, min(8, len(ex) // 3))] + "*" * r.randint(8, 20)
    elif cat == "env_ref":
        v = r.choice(["${%s}", "$%s", "${%s:?must be set}", "%%(ENV_%s)s", "env:%s"]) % var
        code = env_code(var)
    elif cat == "secret_manager":
        p = r.choice(SM_REFS)
        if p.startswith("arn"):
            v = p % (r.randint(10 ** 11, 10 ** 12 - 1), low.replace("_", "-"))
        elif p.startswith("sm://"):
            v = p % (org(r), low.replace("_", "-"))
        else:
            v = p % low.replace("_", "-")
        code = sm_code(var, "mail/" + low.replace("_", "-"))
    elif cat == "template":
        v = r.choice(TEMPLATES) % (var if r.random() < 0.5 else low)
    else:
        v = r.choice(DOC_EXAMPLES.get(docs_key or prov, ["example"]))
    return Slot(v, code, cat), cat


# ---------------------------------------------------------------- registries
POS = []
NEG = []


def pos(provider, kind, gen, var, docs=None, reuse=True, style="conv"):
    def deco(fn):
        POS.append(dict(fn=fn, provider=provider, kind=kind, gen=gen, var=var,
                        docs=docs, reuse=reuse, style=style, name=fn.__name__))
        return fn
    return deco


def neg(provider, kind):
    def deco(fn):
        NEG.append(dict(fn=fn, provider=provider, kind=kind, name=fn.__name__))
        return fn
    return deco

# ================================================================ POSITIVE TEMPLATES
# Each returns (relpath, text); S is the Slot (secret or non-secret).

# ---------------- Nylas
@pos("nylas", "api_key", g_nylas_key, "NYLAS_API_KEY", style="ctor")
def p_nylas_py_client(r, S):
    region = pick(r, ["us", "eu"])
    gid = uid4(r)
    return pick(r, ["app/mail/nylas_client.py", "backend/integrations/nylas.py",
                    "src/sync/providers/nylas_provider.py"]), fill('''
        """Thin wrapper around the Nylas v3 SDK used by the inbox sync worker."""
        import logging
        import os

        from nylas import Client

        log = logging.getLogger(__name__)

        DEFAULT_GRANT = os.getenv("NYLAS_GRANT_ID", "§gid")

        nylas = Client(
            §key,
            "https://api.§region.nylas.com",
        )


        def recent_messages(grant_id=DEFAULT_GRANT, limit=§lim):
            messages, _, next_cursor = nylas.messages.list(grant_id, query_params={"limit": limit})
            log.debug("fetched %d messages (cursor=%s)", len(messages), next_cursor)
            return messages


        def primary_calendar(grant_id=DEFAULT_GRANT):
            return nylas.calendars.find(grant_id, "primary")
        ''', key=S.c("py"), region=region, gid=gid, lim=r.choice([5, 10, 25, 50]))


@pos("nylas", "api_key", g_nylas_key, "NYLAS_API_KEY", style="ctor")
def p_nylas_ts_client(r, S):
    return pick(r, ["src/lib/nylas.ts", "apps/web/lib/nylas-client.ts", "server/nylas.ts"]), fill('''
        import Nylas from "nylas";

        // Region is fixed at app creation time, see dashboard > App settings.
        export const nylasConfig = {
          clientId: "§cid",
          callbackUri: "§cb",
          apiUri: "https://api.§region.nylas.com",
        };

        export const nylas = new Nylas({
          apiKey: §key,
          apiUri: nylasConfig.apiUri,
          timeout: §to,
        });

        export async function listEvents(grantId: string, calendarId = "primary") {
          const res = await nylas.events.list({
            identifier: grantId,
            queryParams: { calendarId, limit: 50 },
          });
          return res.data;
        }
        ''', cid=uid4(r), cb="https://%s/oauth/exchange" % domain(r),
        region=pick(r, ["us", "eu"]), key=S.c("ts"), to=pick(r, ["30", "60", "90"]))


@pos("nylas", "api_key", g_nylas_key, "NYLAS_API_KEY", style="conv")
def p_nylas_yaml(r, S):
    return pick(r, ["config/integrations.yml", "deploy/config/mail.yaml", "config/settings.yaml"]), fill('''
        # Mail + calendar providers
        mail:
          provider: nylas
          poll_interval_seconds: §poll
          nylas:
            api_uri: https://api.§region.nylas.com
            client_id: §cid
            NYLAS_API_KEY: "§key"
            webhook_url: https://§dom/hooks/nylas
          retry:
            max_attempts: 5
            backoff: exponential
        calendar:
          default_timezone: §tz
          working_hours: "09:00-17:30"
        ''', poll=r.choice([30, 60, 120]), region=pick(r, ["us", "eu"]), cid=uid4(r),
        key=S.v, dom=domain(r), tz=pick(r, ["Europe/Berlin", "America/New_York", "UTC", "Asia/Tokyo"]))


@pos("nylas", "api_key", g_nylas_key, "NYLAS_API_KEY", style="header")
def p_nylas_curl(r, S):
    gid = uid4(r)
    return pick(r, ["scripts/list_messages.sh", "tools/nylas-smoke.sh", "bin/check-grant.sh"]), fill('''
        #!/usr/bin/env bash
        # Smoke test: list the five newest messages of the support mailbox.
        set -euo pipefail

        GRANT_ID="§gid"
        API="https://api.§region.nylas.com/v3"

        curl --fail --silent --show-error \\
          --request GET \\
          --url "$API/grants/$GRANT_ID/messages?limit=5" \\
          --header 'Accept: application/json' \\
          --header 'Authorization: Bearer §key' \\
          | jq '.data[] | {id, subject, date}'
        ''', gid=gid, region=pick(r, ["us", "eu"]), key=S.v)


@pos("nylas", "api_key", g_nylas_key, "NYLAS_API_KEY", style="ctor")
def p_nylas_ruby(r, S):
    return "config/initializers/nylas.rb", fill('''
        # frozen_string_literal: true

        require "nylas"

        Rails.application.config.to_prepare do
          NYLAS = Nylas::Client.new(
            api_key: §key,
            api_uri: "https://api.§region.nylas.com"
          )
        end

        Rails.application.config.x.nylas.default_calendar = "primary"
        Rails.application.config.x.nylas.sync_window_days = §days
        ''', key=S.c("rb"), region=pick(r, ["us", "eu"]), days=r.choice([14, 30, 90]))


@pos("nylas", "api_key", g_nylas_key, "NYLAS_API_KEY", style="other")
def p_nylas_go(r, S):
    return pick(r, ["internal/mail/nylas.go", "pkg/provider/nylas/client.go"]), fill('''
        package nylas

        import (
        	"context"
        	"fmt"
        	"net/http"
        	"time"
        )

        var (
        	baseURL = "https://api.§region.nylas.com/v3"
        	token   = §key
        )

        type Client struct {
        	http *http.Client
        }

        func New() *Client {
        	return &Client{http: &http.Client{Timeout: §to * time.Second}}
        }

        func (c *Client) ListCalendars(ctx context.Context, grantID string) (*http.Response, error) {
        	req, err := http.NewRequestWithContext(ctx, http.MethodGet,
        		fmt.Sprintf("%s/grants/%s/calendars", baseURL, grantID), nil)
        	if err != nil {
        		return nil, err
        	}
        	req.Header.Set("Authorization", "Bearer "+token)
        	req.Header.Set("Accept", "application/json")
        	return c.http.Do(req)
        }
        ''', region=pick(r, ["us", "eu"]), key=S.c("go"), to=r.choice([10, 20, 30]))


@pos("nylas", "api_key", g_nylas_key, "NYLAS_API_KEY", style="conv")
def p_nylas_compose(r, S):
    return pick(r, ["docker-compose.yml", "deploy/docker-compose.prod.yml"]), fill('''
        services:
          sync-worker:
            image: ghcr.io/§org/mail-sync:§ver
            restart: unless-stopped
            environment:
              NYLAS_API_URI: https://api.§region.nylas.com
              NYLAS_API_KEY: §key
              NYLAS_CLIENT_ID: §cid
              REDIS_URL: redis://redis:6379/0
              LOG_LEVEL: info
            depends_on:
              - redis
          redis:
            image: redis:7-alpine
            volumes:
              - redis-data:/data
        volumes:
          redis-data: {}
        ''', org=org(r), ver=pick(r, ["1.8.2", "2.0.0", "latest"]), region=pick(r, ["us", "eu"]),
        key=S.v, cid=uid4(r))


@pos("nylas", "api_key", g_nylas_key, "NYLAS_API_KEY", style="conv")
def p_nylas_toml(r, S):
    return pick(r, ["config.toml", "crates/syncd/config/default.toml"]), fill('''
        [server]
        bind = "0.0.0.0:§port"
        workers = §w

        [nylas]
        api_uri = "https://api.§region.nylas.com"
        api_key = "§key"
        client_id = "§cid"

        [sync]
        folders = ["INBOX", "Sent"]
        lookback_days = 30
        ''', port=r.choice([8080, 8787, 3000]), w=r.choice([2, 4, 8]), region=pick(r, ["us", "eu"]),
        key=S.v, cid=uid4(r))


@pos("nylas", "client_secret", g_nylas_v2_secret, "NYLAS_CLIENT_SECRET", docs="nylas_v2", style="conv")
def p_nylas_v2_settings(r, S):
    return pick(r, ["legacy/settings.py", "mailbridge/settings/base.py"]), fill('''
        # Nylas v2 (deprecated, kept until the v3 migration lands)
        NYLAS_API_SERVER = "https://api.nylas.com"
        NYLAS_CLIENT_ID = "§cid"
        NYLAS_CLIENT_SECRET = §sec
        NYLAS_SCOPES = ["email.read_only", "calendar", "contacts.read_only"]

        EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        TIME_ZONE = "§tz"
        ''', cid=rs(r, LOALNUM, 25), sec=S.c("py"), tz=pick(r, ["UTC", "Europe/Paris"]))


# ---------------- Cronofy
@pos("cronofy", "client_secret", g_cronofy_secret, "CRONOFY_CLIENT_SECRET", docs="cronofy", style="ctor")
def p_cronofy_ruby(r, S):
    return pick(r, ["app/services/calendar_sync.rb", "lib/cronofy_client.rb"]), fill('''
        require "cronofy"

        class CalendarSync
          def initialize(user)
            @user = user
            @client = Cronofy::Client.new(
              client_id:     "§cid",
              client_secret: §sec,
              access_token:  user.cronofy_access_token,
              refresh_token: user.cronofy_refresh_token,
              data_center:   :§dc
            )
          end

          def calendars
            @client.list_calendars
          end
        end
        ''', cid=rs(r, ALNUM, 32), sec=S.c("rb"), dc=pick(r, ["de", "uk", "au", "us"]))


@pos("cronofy", "access_token", g_cronofy_token, "CRONOFY_ACCESS_TOKEN", docs="cronofy_token", style="ctor")
def p_cronofy_py_pat(r, S):
    return pick(r, ["scripts/cronofy_free_busy.py", "tools/availability.py"]), fill('''
        import datetime

        import pycronofy

        # Personal token of the scheduling bot account.
        cronofy = pycronofy.Client(access_token=§tok, data_center="§dc")

        start = datetime.datetime.utcnow()
        end = start + datetime.timedelta(days=§days)

        for period in cronofy.read_free_busy(from_date=start, to_date=end):
            print(period["start"], period["end"], period["free_busy_status"])
        ''', tok=S.c("py"), dc=pick(r, ["de", "uk", "au"]), days=r.choice([3, 7, 14]))


@pos("cronofy", "client_secret", g_cronofy_secret, "CRONOFY_CLIENT_SECRET", docs="cronofy", style="ctor")
def p_cronofy_node(r, S):
    return pick(r, ["src/calendar/cronofy.js", "lib/scheduler/cronofyClient.js"]), fill('''
        const Cronofy = require("cronofy");

        const cronofyClient = new Cronofy({
          client_id: "§cid",
          client_secret: §sec,
          data_center: "§dc",
        });

        async function exchangeCode(code, redirectUri) {
          return cronofyClient.requestAccessToken({
            code,
            redirect_uri: redirectUri,
          });
        }

        module.exports = { cronofyClient, exchangeCode };
        ''', cid=rs(r, ALNUM, 32), sec=S.c("js"), dc=pick(r, ["de", "uk", "ca", "sg"]))


@pos("cronofy", "client_secret", g_cronofy_secret, "CRONOFY_CLIENT_SECRET", docs="cronofy", style="conv")
def p_cronofy_php(r, S):
    return pick(r, ["src/Calendar/CronofyFactory.php", "app/Services/CronofyService.php"]), fill('''
        <?php

        namespace App\\Services;

        use Cronofy\\Cronofy;

        final class CronofyService
        {
            public static function make(?string $accessToken = null): Cronofy
            {
                return new Cronofy([
                    "client_id" => "§cid",
                    "client_secret" => §sec,
                    "access_token" => $accessToken,
                    "data_center" => "§dc",
                ]);
            }
        }
        ''', cid=rs(r, ALNUM, 32), sec=S.c("php"), dc=pick(r, ["de", "uk", "au"]))


@pos("cronofy", "refresh_token", g_cronofy_token, "CRONOFY_REFRESH_TOKEN", docs="cronofy_token", style="conv")
def p_cronofy_token_json(r, S):
    return pick(r, ["var/tokens/cronofy.json", "data/oauth/cronofy-bot.json"]), fill('''
        {
          "token_type": "bearer",
          "account_id": "acc_§acc",
          "sub": "acc_§acc",
          "scope": "read_events create_event delete_event read_free_busy",
          "expires_in": 10800,
          "refresh_token": "§tok",
          "linking_profile": {
            "provider_name": "§prov",
            "profile_id": "pro_§pro",
            "profile_name": "§mail"
          }
        }
        ''', acc=rs(r, HEXL, 24), tok=S.v, prov=pick(r, ["google", "office365", "apple"]),
        pro=rs(r, LOALNUM, 16), mail=email(r))


@pos("cronofy", "client_secret", g_cronofy_secret, "cronofy_client_secret", docs="cronofy", style="conv")
def p_cronofy_tf(r, S):
    return pick(r, ["infra/terraform/scheduler/variables.tf", "terraform/modules/calendar/variables.tf"]), fill('''
        variable "cronofy_client_id" {
          type        = string
          description = "Cronofy OAuth application id (not secret)"
          default     = "§cid"
        }

        variable "cronofy_client_secret" {
          type      = string
          sensitive = true
          default   = "§sec"
        }

        variable "cronofy_data_center" {
          type    = string
          default = "§dc"
        }
        ''', cid=rs(r, ALNUM, 32), sec=S.v, dc=pick(r, ["de", "uk", "au"]))


# ---------------- Microsoft Graph
@pos("microsoft", "client_secret", g_ms_secret, "GRAPH_CLIENT_SECRET", style="ctor")
def p_ms_msal_py(r, S):
    return pick(r, ["mailsync/graph_auth.py", "app/outlook/auth.py"]), fill('''
        import msal

        TENANT_ID = "§tid"
        CLIENT_ID = "§cid"
        SCOPES = ["https://graph.microsoft.com/.default"]

        app = msal.ConfidentialClientApplication(
            CLIENT_ID,
            authority=f"https://login.microsoftonline.com/{TENANT_ID}",
            client_credential=§sec,
        )


        def graph_token():
            result = app.acquire_token_silent(SCOPES, account=None)
            if not result:
                result = app.acquire_token_for_client(scopes=SCOPES)
            return result["access_token"]
        ''', tid=uid4(r), cid=uid4(r), sec=S.c("py"))


@pos("microsoft", "client_secret", g_ms_secret, "AzureAd__ClientSecret", style="conv")
def p_ms_appsettings(r, S):
    return pick(r, ["src/CalendarSync.Api/appsettings.json", "appsettings.Production.json"]), fill('''
        {
          "Logging": {
            "LogLevel": {
              "Default": "Information",
              "Microsoft.AspNetCore": "Warning"
            }
          },
          "AzureAd": {
            "Instance": "https://login.microsoftonline.com/",
            "TenantId": "§tid",
            "ClientId": "§cid",
            "ClientSecret": "§sec"
          },
          "Graph": {
            "BaseUrl": "https://graph.microsoft.com/v1.0",
            "Scopes": "https://graph.microsoft.com/.default",
            "MailboxUser": "§mail"
          },
          "AllowedHosts": "*"
        }
        ''', tid=uid4(r), cid=uid4(r), sec=S.v, mail=email(r))


@pos("microsoft", "client_secret", g_ms_secret, "GRAPH_CLIENT_SECRET", style="conv")
def p_ms_workflow(r, S):
    return pick(r, [".github/workflows/mailbox-export.yml", ".github/workflows/nightly-sync.yml"]), fill('''
        name: nightly mailbox export
        on:
          schedule:
            - cron: "§m 2 * * *"
          workflow_dispatch: {}

        jobs:
          export:
            runs-on: ubuntu-latest
            env:
              GRAPH_TENANT_ID: §tid
              GRAPH_CLIENT_ID: §cid
              GRAPH_CLIENT_SECRET: §sec
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-python@v5
                with:
                  python-version: "3.12"
              - run: pip install -r requirements.txt
              - run: python -m exporter --mailbox §mail --since 1d
        ''', m=r.randint(0, 59), tid=uid4(r), cid=uid4(r), sec=S.v, mail=email(r))


@pos("microsoft", "client_secret", g_ms_secret, "AZURE_CLIENT_SECRET", style="positional")
def p_ms_identity_ts(r, S):
    return pick(r, ["src/graph/client.ts", "packages/outlook/src/auth.ts"]), fill('''
        import { ClientSecretCredential } from "@azure/identity";
        import { Client } from "@microsoft/microsoft-graph-client";
        import { TokenCredentialAuthenticationProvider } from "@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials";

        const credential = new ClientSecretCredential(
          "§tid",
          "§cid",
          §sec,
        );

        const authProvider = new TokenCredentialAuthenticationProvider(credential, {
          scopes: ["https://graph.microsoft.com/.default"],
        });

        export const graph = Client.initWithMiddleware({ authProvider });

        export async function upcomingEvents(userId: string) {
          return graph.api(`/users/${userId}/calendar/events`).top(§top).get();
        }
        ''', tid=uid4(r), cid=uid4(r), sec=S.c("ts"), top=r.choice([10, 20, 50]))


@pos("microsoft", "client_secret", g_ms_secret, "GRAPH_CLIENT_SECRET", style="other")
def p_ms_powershell(r, S):
    return pick(r, ["scripts/Export-Calendars.ps1", "ops/Connect-Graph.ps1"]), fill('''
        #Requires -Modules Microsoft.Graph.Authentication
        param(
            [string]$Mailbox = "§mail"
        )

        $tenantId = "§tid"
        $appId    = "§cid"
        $plain    = §sec
        $secure   = ConvertTo-SecureString $plain -AsPlainText -Force
        $cred     = New-Object System.Management.Automation.PSCredential($appId, $secure)

        Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome
        Get-MgUserCalendar -UserId $Mailbox | Select-Object Name, Id | Format-Table
        ''', mail=email(r), tid=uid4(r), cid=uid4(r), sec=S.c("ps1", "'"))


@pos("microsoft", "client_secret", g_ms_secret, "GRAPH_CLIENT_SECRET", style="other")
def p_ms_go(r, S):
    return pick(r, ["internal/graph/auth.go", "cmd/outlook-sync/auth.go"]), fill('''
        package graph

        import (
        	"context"
        	"net/http"

        	"golang.org/x/oauth2/clientcredentials"
        )

        const tenant = "§tid"

        func HTTPClient(ctx context.Context) *http.Client {
        	cfg := clientcredentials.Config{
        		ClientID:     "§cid",
        		ClientSecret: §sec,
        		TokenURL:     "https://login.microsoftonline.com/" + tenant + "/oauth2/v2.0/token",
        		Scopes:       []string{"https://graph.microsoft.com/.default"},
        	}
        	return cfg.Client(ctx)
        }
        ''', tid=uid4(r), cid=uid4(r), sec=S.c("go"))


@pos("microsoft", "client_secret", g_ms_secret, "GraphClientSecret", style="other")
def p_ms_webconfig(r, S):
    return pick(r, ["src/MailArchiver/App.config", "Web.config"]), fill('''
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <startup>
            <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
          </startup>
          <appSettings>
            <add key="Tenant" value="§dom" />
            <add key="GraphClientId" value="§cid" />
            <add key="GraphSecretValue" value="§sec" />
            <add key="ArchiveMailbox" value="§mail" />
            <add key="BatchSize" value="§bs" />
          </appSettings>
        </configuration>
        ''', dom=domain(r), cid=uid4(r), sec=S.v, mail=email(r), bs=r.choice([50, 100, 250]))


@pos("microsoft", "client_secret", g_ms_secret, "AZURE_CLIENT_SECRET", style="conv")
def p_ms_spring(r, S):
    return "src/main/resources/application.yml", fill('''
        server:
          port: §port
        spring:
          application:
            name: calendar-bridge
          cloud:
            azure:
              active-directory:
                enabled: true
                profile:
                  tenant-id: §tid
                credential:
                  client-id: §cid
                  client-secret: §sec
        graph:
          base-url: https://graph.microsoft.com/v1.0
          poll-interval: PT5M
        ''', port=r.choice([8080, 8081, 9000]), tid=uid4(r), cid=uid4(r), sec=S.v)

# ---------------- Google
@pos("google", "client_secret", g_google_secret, "GOOGLE_CLIENT_SECRET", style="conv")
def p_google_client_secrets_json(r, S):
    pid = "%s-%s-%d" % (org(r), pick(r, ["calendar", "mail", "sync"]), r.randint(100000, 999999))
    return pick(r, ["credentials/client_secret.json", "config/google/client_secrets.json",
                    "client_secret_desktop.json"]), fill('''
        {
          "installed": {
            "client_id": "§cid",
            "project_id": "§pid",
            "auth_uri": "https://accounts.google.com/o/oauth2/auth",
            "token_uri": "https://oauth2.googleapis.com/token",
            "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
            "client_secret": "§sec",
            "redirect_uris": ["http://localhost"]
          }
        }
        ''', cid=gclient_id(r), pid=pid, sec=S.v)


@pos("google", "refresh_token", g_google_refresh, "GOOGLE_REFRESH_TOKEN", docs="google_refresh", style="ctor")
def p_google_creds_py(r, S):
    return pick(r, ["gcal_sync/auth.py", "scripts/gmail_digest.py"]), fill('''
        import os

        from google.oauth2.credentials import Credentials
        from googleapiclient.discovery import build

        SCOPES = ["https://www.googleapis.com/auth/calendar.readonly",
                  "https://www.googleapis.com/auth/gmail.readonly"]

        creds = Credentials(
            token=None,
            refresh_token=§tok,
            token_uri="https://oauth2.googleapis.com/token",
            client_id="§cid",
            client_secret=os.environ["GOOGLE_CLIENT_SECRET"],
            scopes=SCOPES,
        )

        calendar = build("calendar", "v3", credentials=creds, cache_discovery=False)
        events = calendar.events().list(calendarId="primary", maxResults=§n, singleEvents=True).execute()
        for ev in events.get("items", []):
            print(ev["start"].get("dateTime", ev["start"].get("date")), ev.get("summary"))
        ''', tok=S.c("py"), cid=gclient_id(r), n=r.choice([10, 25, 50]))


@pos("google", "refresh_token", g_google_refresh, "GOOGLE_REFRESH_TOKEN", docs="google_refresh", style="conv")
def p_google_token_yaml(r, S):
    return pick(r, ["config/gmail_account.yaml", "accounts/support-inbox.yml"]), fill('''
        account: §mail
        provider: gmail
        oauth:
          client_id: §cid
          token_uri: https://oauth2.googleapis.com/token
          refresh_token: "§tok"
          scopes:
            - https://www.googleapis.com/auth/gmail.modify
        labels:
          include: [INBOX, "Support/Escalations"]
          exclude: [SPAM, TRASH]
        ''', mail=email(r), cid=gclient_id(r), tok=S.v)


@pos("google", "client_secret", g_google_secret, "GOOGLE_CLIENT_SECRET", style="conv")
def p_google_vdirsyncer(r, S):
    f, l = person(r)
    return pick(r, ["dotfiles/vdirsyncer/config", ".config/vdirsyncer/config"]), fill('''
        [general]
        status_path = "~/.local/share/vdirsyncer/status/"

        [pair §{f}_calendar]
        a = "§{f}_calendar_local"
        b = "§{f}_calendar_remote"
        collections = ["from a", "from b"]
        metadata = ["color", "displayname"]

        [storage §{f}_calendar_local]
        type = "filesystem"
        path = "~/.calendars/google/"
        fileext = ".ics"

        [storage §{f}_calendar_remote]
        type = "google_calendar"
        token_file = "~/.local/share/vdirsyncer/google_token"
        client_id = "§cid"
        client_secret = "§sec"
        ''', f=f, cid=gclient_id(r), sec=S.v), {"ft": "vdirsyncer"}


@pos("google", "client_secret", g_google_secret, "GOOGLE_CLIENT_SECRET", style="positional")
def p_google_node_oauth(r, S):
    return pick(r, ["src/google/oauth.js", "server/auth/googleCalendar.js"]), fill('''
        const { google } = require("googleapis");

        const oauth2Client = new google.auth.OAuth2(
          "§cid",
          §sec,
          "https://§dom/auth/google/callback"
        );

        function authUrl(state) {
          return oauth2Client.generateAuthUrl({
            access_type: "offline",
            prompt: "consent",
            scope: ["https://www.googleapis.com/auth/calendar.events"],
            state,
          });
        }

        module.exports = { oauth2Client, authUrl };
        ''', cid=gclient_id(r), sec=S.c("js"), dom=domain(r))


@pos("google", "client_secret", g_google_secret, "GOOGLE_CLIENT_SECRET", style="other")
def p_google_go(r, S):
    return pick(r, ["internal/gcal/oauth.go", "pkg/gmail/config.go"]), fill('''
        package gcal

        import (
        	"golang.org/x/oauth2"
        	"golang.org/x/oauth2/google"
        	"google.golang.org/api/calendar/v3"
        )

        var oauthConfig = &oauth2.Config{
        	ClientID:     "§cid",
        	ClientSecret: §sec,
        	RedirectURL:  "http://127.0.0.1:§port/callback",
        	Scopes:       []string{calendar.CalendarReadonlyScope},
        	Endpoint:     google.Endpoint,
        }
        ''', cid=gclient_id(r), sec=S.c("go"), port=r.choice([8085, 9004, 53682]))


@pos("google", "client_secret", g_google_secret, "GOOGLE_CLIENT_SECRET", style="conv")
def p_google_spring_props(r, S):
    return pick(r, ["src/main/resources/application.properties",
                    "config/application-prod.properties"]), fill('''
        spring.application.name=meeting-rooms
        server.port=§port
        spring.security.oauth2.client.registration.google.client-id=§cid
        spring.security.oauth2.client.registration.google.client-secret=§sec
        spring.security.oauth2.client.registration.google.scope=openid,email,https://www.googleapis.com/auth/calendar
        spring.security.oauth2.client.registration.google.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}
        logging.level.org.springframework.security=INFO
        ''', port=r.choice([8080, 8443]), cid=gclient_id(r), sec=S.v)


@pos("google", "client_secret", g_google_secret, "GOOGLE_CLIENT_SECRET", style="conv")
def p_google_k8s_secret(r, S):
    return pick(r, ["k8s/calendar-sync/secret.yaml", "deploy/manifests/google-oauth.yaml"]), fill('''
        apiVersion: v1
        kind: Secret
        metadata:
          name: google-oauth
          namespace: §ns
          labels:
            app.kubernetes.io/name: calendar-sync
        type: Opaque
        stringData:
          GOOGLE_CLIENT_ID: §cid
          GOOGLE_CLIENT_SECRET: §sec
          GOOGLE_REDIRECT_URI: https://§dom/oauth2/callback
        ''', ns=pick(r, ["scheduling", "mail", "default"]), cid=gclient_id(r), sec=S.v, dom=domain(r))


@pos("google", "refresh_token", g_google_refresh, "GOOGLE_REFRESH_TOKEN", docs="google_refresh", reuse=False, style="other")
def p_google_log(r, S):
    lines = []
    u = email(r)
    for _ in range(r.randint(2, 4)):
        lines.append('%s INFO  sync.gmail  history sync ok user=%s added=%d removed=%d' % (
            logts(r), u, r.randint(0, 40), r.randint(0, 5)))
    lines.append('%s DEBUG oauth.store  persisted credentials {"client_id": "%s", "refresh_token": "%s", "expiry": "%s"}' % (
        logts(r), gclient_id(r), S.v, iso(r)))
    for _ in range(r.randint(1, 3)):
        lines.append('%s INFO  sync.calendar  events.list calendarId=primary items=%d nextSyncToken=present' % (
            logts(r), r.randint(0, 90)))
    return pick(r, ["logs/sync-worker.log", "var/log/mailsync/debug.log"]), "\n".join(lines) + "\n"


@pos("google", "access_token", g_ya29, "GOOGLE_ACCESS_TOKEN", docs="google_access", style="header")
def p_google_ya29_md(r, S):
    return pick(r, ["docs/debugging-calendar-api.md", "notes/gcal-troubleshooting.md"]), fill('''
        # Debugging the Calendar API by hand

        When the worker reports `403 rateLimitExceeded` it helps to replay the
        request outside the app. Grab a token from the worker log and run:

        ```bash
        curl -s \\
          -H "Authorization: Bearer §tok" \\
          "https://www.googleapis.com/calendar/v3/calendars/primary/events?maxResults=5&orderBy=startTime&singleEvents=true"
        ```

        Things to check:

        1. `quotaUser` is set per user, otherwise all users share one bucket.
        2. Exponential backoff starts at 1s and caps at 32s.
        3. Use `syncToken` for incremental sync instead of `updatedMin`.
        ''', tok=S.v)


@pos("google", "private_key", None, "GOOGLE_SA_KEY", reuse=False, style="conv")
def p_google_sa_json(r, S):
    # S.v is ignored: the key is built here; the needle is the first body line.
    lines = pem_body_lines(r)
    pid = "%s-mail-%d" % (org(r), r.randint(1000, 9999))
    sa = "gmail-delegation@%s.iam.gserviceaccount.com" % pid
    key = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"
    text = fill('''
        {
          "type": "service_account",
          "project_id": "§pid",
          "private_key_id": "§kid",
          "private_key": "§key",
          "client_email": "§sa",
          "client_id": "§cid",
          "auth_uri": "https://accounts.google.com/o/oauth2/auth",
          "token_uri": "https://oauth2.googleapis.com/token",
          "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
          "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/§saenc",
          "universe_domain": "googleapis.com"
        }
        ''', pid=pid, kid=rs(r, HEXL, 40), key=key, sa=sa, cid=str(r.randint(10 ** 20, 10 ** 21 - 1)),
        saenc=sa.replace("@", "%40"))
    return pick(r, ["secrets/gmail-delegation-sa.json", "config/service-account.json"]), text, {"needle": lines[0]}


@pos("google", "ical_secret_url", g_gcal_private, "GCAL_PRIVATE_TOKEN", docs="google_ical", style="url")
def p_google_ical_private(r, S):
    cal = gcal_id(r).replace("@", "%40")
    return pick(r, ["config/calendars.yml", "magicmirror/calendars.yaml"]), fill('''
        refresh_minutes: §ref
        calendars:
          - name: Holidays
            url: https://calendar.google.com/calendar/ical/en.german%23holiday%40group.v.calendar.google.com/public/basic.ics
            color: "#7cb342"
          - name: Team on-call
            url: https://calendar.google.com/calendar/ical/§cal/private-§tok/basic.ics
            color: "#e67c73"
        max_events: §max
        ''', ref=r.choice([15, 30, 60]), cal=cal, tok=S.v, max=r.choice([10, 20]))


@pos("gmail", "app_password", g_gmail_app, "GMAIL_APP_PASSWORD", docs="gmail", style="positional")
def p_gmail_smtplib(r, S):
    u = "%s.%s@gmail.com" % person(r)
    return pick(r, ["scripts/send_report.py", "notify/mailer.py"]), fill('''
        import smtplib
        from email.message import EmailMessage


        def send_report(body, to="§to"):
            msg = EmailMessage()
            msg["Subject"] = "Nightly calendar sync report"
            msg["From"] = "§u"
            msg["To"] = to
            msg.set_content(body)
            with smtplib.SMTP_SSL("smtp.gmail.com", 465) as smtp:
                smtp.login("§u", §pw)
                smtp.send_message(msg)
        ''', to=email(r), u=u, pw=S.c("py"))


@pos("gmail", "app_password", g_gmail_app, "GMAIL_APP_PASSWORD", docs="gmail", style="conv")
def p_gmail_msmtprc(r, S):
    u = "%s.%s@gmail.com" % person(r)
    return pick(r, ["dotfiles/msmtp/config", ".msmtprc"]), fill('''
        defaults
        auth           on
        tls            on
        tls_trust_file /etc/ssl/certs/ca-certificates.crt
        logfile        ~/.cache/msmtp.log

        account        gmail
        host           smtp.gmail.com
        port           587
        from           §u
        user           §u
        password       "§pw"

        account default : gmail
        ''', u=u, pw=S.v), {"ft": "msmtprc"}

# ---------------- Calendly
@pos("calendly", "personal_access_token", g_calendly_pat, "CALENDLY_API_KEY", docs="calendly", style="header")
def p_calendly_requests(r, S):
    return pick(r, ["integrations/calendly_sync.py", "crm/calendly.py"]), fill('''
        import requests

        API = "https://api.calendly.com"
        HEADERS = {
            "Authorization": "Bearer §tok",
            "Content-Type": "application/json",
        }
        ORG_URI = "https://api.calendly.com/organizations/§org"


        def scheduled_events(status="active", count=§n):
            resp = requests.get(
                f"{API}/scheduled_events",
                headers=HEADERS,
                params={"organization": ORG_URI, "status": status, "count": count},
                timeout=15,
            )
            resp.raise_for_status()
            return resp.json()["collection"]
        ''', tok=S.v, org=uid4(r), n=r.choice([20, 50, 100]))


@pos("calendly", "personal_access_token", g_calendly_pat, "CALENDLY_API_KEY", docs="calendly", style="conv")
def p_calendly_yaml(r, S):
    return pick(r, ["config/scheduling.yml", "bots/booking-bot/config.yaml"]), fill('''
        calendly:
          user_uri: https://api.calendly.com/users/§user
          event_type_uri: https://api.calendly.com/event_types/§et
          personal_access_token: §tok
          public_url: https://calendly.com/§slug/30min
        notifications:
          slack_channel: "#sales-bookings"
          remind_before_minutes: [60, 10]
        ''', user=uid4(r), et=uid4(r), tok=S.v, slug="%s-%s" % person(r))


@pos("calendly", "webhook_signing_key", g_calendly_signing, "CALENDLY_WEBHOOK_SIGNING_KEY", docs="calendly_signing", style="other")
def p_calendly_verify_ts(r, S):
    return pick(r, ["src/webhooks/calendly.ts", "api/hooks/calendly-verify.ts"]), fill('''
        import crypto from "node:crypto";
        import type { Request, Response } from "express";

        const signingKey = §key;
        const TOLERANCE_MS = 3 * 60 * 1000;

        export function verifyCalendly(req: Request, res: Response, next: () => void) {
          const header = req.get("Calendly-Webhook-Signature") ?? "";
          const parts = Object.fromEntries(header.split(",").map((kv) => kv.split("=")));
          const payload = `${parts.t}.${(req as any).rawBody}`;
          const expected = crypto.createHmac("sha256", signingKey).update(payload).digest("hex");
          const fresh = Date.now() - Number(parts.t) * 1000 < TOLERANCE_MS;
          if (!fresh || !parts.v1 || !crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(parts.v1))) {
            res.status(401).end();
            return;
          }
          next();
        }
        ''', key=S.c("ts"))


@pos("calendly", "webhook_signing_key", g_calendly_signing, "CALENDLY_WEBHOOK_SIGNING_KEY", docs="calendly_signing", style="conv")
def p_calendly_rails_yml(r, S):
    return "config/calendly.yml", fill('''
        default: &default
          organization: https://api.calendly.com/organizations/§org
          events:
            - invitee.created
            - invitee.canceled

        development:
          <<: *default
          webhook_signing_key: ""

        production:
          <<: *default
          webhook_signing_key: "§key"
        ''', org=uid4(r), key=S.v)


# ---------------- Cal.com
@pos("calcom", "api_key", g_cal_key, "CAL_API_KEY", docs="calcom", style="header")
def p_calcom_fetch(r, S):
    return pick(r, ["src/lib/calcom.ts", "app/api/bookings/route.ts"]), fill('''
        const CAL_API = "https://api.cal.com/v2";

        export async function listBookings(status: "upcoming" | "past" = "upcoming") {
          const res = await fetch(`${CAL_API}/bookings?status=${status}&take=§n`, {
            headers: {
              Authorization: "Bearer §key",
              "cal-api-version": "2024-08-13",
            },
            cache: "no-store",
          });
          if (!res.ok) throw new Error(`cal.com ${res.status}`);
          return (await res.json()).data;
        }
        ''', n=r.choice([20, 50, 100]), key=S.v)


@pos("calcom", "api_key", g_cal_key, "CAL_API_KEY", docs="calcom", style="conv")
def p_calcom_py(r, S):
    return pick(r, ["booking/calcom_client.py", "app/integrations/cal_com.py"]), fill('''
        import httpx

        CAL_API_URL = "https://api.cal.com/v2"
        CAL_API_KEY = §key
        CAL_EVENT_TYPE_ID = §et


        def create_booking(start_iso, name, email, tz="§tz"):
            payload = {
                "eventTypeId": CAL_EVENT_TYPE_ID,
                "start": start_iso,
                "attendee": {"name": name, "email": email, "timeZone": tz},
            }
            headers = {"Authorization": f"Bearer {CAL_API_KEY}", "cal-api-version": "2024-08-13"}
            r = httpx.post(f"{CAL_API_URL}/bookings", json=payload, headers=headers, timeout=10)
            r.raise_for_status()
            return r.json()["data"]
        ''', key=S.c("py"), et=r.randint(100000, 2999999), tz=pick(r, ["Europe/London", "America/Chicago"]))


@pos("calcom", "api_key", g_cal_key, "CAL_API_KEY", docs="calcom", style="other")
def p_calcom_n8n(r, S):
    return pick(r, ["n8n/credentials/cal-com.json", "automation/exports/credentials.json"]), fill('''
        [
          {
            "id": "§id",
            "name": "Cal.com account",
            "type": "calApi",
            "data": {
              "apiKey": "§key",
              "host": "https://api.cal.com"
            },
            "createdAt": "§ts",
            "updatedAt": "§ts"
          }
        ]
        ''', id=rs(r, ALNUM, 16), key=S.v, ts=iso(r))


@pos("calcom", "api_key", g_cal_key, "CAL_API_KEY", docs="calcom", style="url")
def p_calcom_v1_url(r, S):
    return pick(r, ["Makefile", "scripts/export-bookings.mk"]), fill('''
        .PHONY: bookings event-types clean

        OUT ?= build
        CAL_V1 := https://api.cal.com/v1

        $(OUT):
        	mkdir -p $(OUT)

        bookings: $(OUT)
        	curl -sf "$(CAL_V1)/bookings?apiKey=§key" | jq '.bookings' > $(OUT)/bookings.json

        event-types: $(OUT)
        	curl -sf "$(CAL_V1)/event-types" -H "Authorization: Bearer $$CAL_TOKEN" > $(OUT)/event-types.json

        clean:
        	rm -rf $(OUT)
        ''', key=S.v), {"ft": "makefile"}


@pos("calcom", "api_key", g_cal_test_key, "CAL_API_KEY", docs="calcom", style="conv")
def p_calcom_workflow(r, S):
    return ".github/workflows/e2e-booking.yml", fill('''
        name: e2e booking flow
        on:
          pull_request:
            paths: ["apps/booking/**"]
        jobs:
          e2e:
            runs-on: ubuntu-latest
            env:
              CAL_API_URL: https://api.cal.com/v2
              CAL_API_KEY: §key
              CAL_EVENT_TYPE_SLUG: intro-call
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-node@v4
                with:
                  node-version: 20
              - run: npm ci
              - run: npx playwright test tests/booking.spec.ts
        ''', key=S.v)


# ---------------- Zoom
@pos("zoom", "client_secret", g_zoom_secret, "ZOOM_CLIENT_SECRET", docs="zoom", style="conv")
def p_zoom_py(r, S):
    return pick(r, ["meetings/zoom_s2s.py", "app/video/zoom.py"]), fill('''
        import base64

        import requests

        ZOOM_ACCOUNT_ID = "§acc"
        ZOOM_CLIENT_ID = "§cid"
        ZOOM_CLIENT_SECRET = §sec


        def access_token():
            basic = base64.b64encode(f"{ZOOM_CLIENT_ID}:{ZOOM_CLIENT_SECRET}".encode()).decode()
            resp = requests.post(
                "https://zoom.us/oauth/token",
                params={"grant_type": "account_credentials", "account_id": ZOOM_ACCOUNT_ID},
                headers={"Authorization": f"Basic {basic}"},
                timeout=10,
            )
            resp.raise_for_status()
            return resp.json()["access_token"]
        ''', acc=zoom_id(r), cid=zoom_id(r), sec=S.c("py"))


@pos("zoom", "client_secret", g_zoom_secret, "ZOOM_CLIENT_SECRET", reuse=False, style="header")
def p_zoom_basic_js(r, S):
    cid = zoom_id(r)
    blob = base64.b64encode(("%s:%s" % (cid, S.v)).encode()).decode()
    return pick(r, ["src/zoom/token.js", "lib/zoomAuth.js"]), fill('''
        // Server-to-Server OAuth: exchange account credentials for a 1h token.
        const ACCOUNT_ID = "§acc";

        async function getZoomToken() {
          const res = await fetch(
            `https://zoom.us/oauth/token?grant_type=account_credentials&account_id=${ACCOUNT_ID}`,
            {
              method: "POST",
              headers: {
                Authorization: "Basic §blob",
                "Content-Type": "application/x-www-form-urlencoded",
              },
            }
          );
          const body = await res.json();
          return body.access_token;
        }

        module.exports = { getZoomToken };
        ''', acc=zoom_id(r), blob=blob), {"needle": blob}


@pos("zoom", "client_secret", g_zoom_secret, "ZOOM_CLIENT_SECRET", docs="zoom", style="other")
def p_zoom_helm(r, S):
    return pick(r, ["charts/scheduler/values.yaml", "deploy/helm/values-prod.yaml"]), fill('''
        replicaCount: §rep
        image:
          repository: registry.§dom/scheduler
          tag: "§tag"
        zoom:
          accountId: §acc
          clientId: §cid
          clientSecret: §sec
          defaultSettings:
            join_before_host: false
            waiting_room: true
        resources:
          limits:
            memory: 256Mi
        ''', rep=r.choice([1, 2, 3]), dom=domain(r), tag=pick(r, ["3.4.1", "2024.06.1"]),
        acc=zoom_id(r), cid=zoom_id(r), sec=S.v)


@pos("zoom", "webhook_secret", g_zoom_whsecret, "ZOOM_WEBHOOK_SECRET_TOKEN", docs="zoom_webhook", style="conv")
def p_zoom_webhook_ts(r, S):
    return pick(r, ["src/routes/zoomWebhook.ts", "api/zoom/events.ts"]), fill('''
        import crypto from "crypto";
        import { Router } from "express";

        const ZOOM_WEBHOOK_SECRET_TOKEN = §tok;
        export const zoomWebhook = Router();

        zoomWebhook.post("/zoom/events", (req, res) => {
          const msg = `v0:${req.headers["x-zm-request-timestamp"]}:${JSON.stringify(req.body)}`;
          const hash = crypto.createHmac("sha256", ZOOM_WEBHOOK_SECRET_TOKEN).update(msg).digest("hex");
          if (req.headers["x-zm-signature"] !== `v0=${hash}`) return res.status(401).send();

          if (req.body.event === "endpoint.url_validation") {
            const plainToken = req.body.payload.plainToken;
            const encryptedToken = crypto.createHmac("sha256", ZOOM_WEBHOOK_SECRET_TOKEN).update(plainToken).digest("hex");
            return res.json({ plainToken, encryptedToken });
          }
          res.status(204).send();
        });
        ''', tok=S.c("ts"))


@pos("zoom", "client_secret", g_zoom_secret, "ZOOM_CLIENT_SECRET", docs="zoom", style="conv")
def p_zoom_laravel(r, S):
    return "config/services.php", fill('''
        <?php

        return [
            'mailgun' => [
                'domain' => env('MAILGUN_DOMAIN'),
                'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
            ],

            'zoom' => [
                'account_id' => '§acc',
                'client_id' => '§cid',
                'client_secret' => §sec,
                'base_url' => 'https://api.zoom.us/v2/',
            ],
        ];
        ''', acc=zoom_id(r), cid=zoom_id(r), sec=S.c("php", "'"))


# ---------------- Aurinko
@pos("aurinko", "client_secret", g_aurinko_secret, "AURINKO_CLIENT_SECRET", docs="aurinko", style="other")
def p_aurinko_axios(r, S):
    return pick(r, ["src/lib/aurinko.ts", "server/mail/aurinko.ts"]), fill('''
        import axios from "axios";

        const AURINKO = "https://api.aurinko.io/v1";
        const appAuth = {
          username: "§cid",
          password: §sec,
        };

        export async function exchangeCodeForToken(code: string) {
          const res = await axios.post(`${AURINKO}/auth/token/${code}`, {}, { auth: appAuth });
          return res.data as { accountId: number; accessToken: string; userId: string };
        }

        export function authorizeUrl(serviceType: "Google" | "Office365", returnUrl: string) {
          const params = new URLSearchParams({
            clientId: appAuth.username,
            serviceType,
            scopes: "Mail.Read Mail.Send Calendar.ReadWrite",
            responseType: "code",
            returnUrl,
          });
          return `${AURINKO}/auth/authorize?${params}`;
        }
        ''', cid=rs(r, HEXL, 32), sec=S.c("ts"))


@pos("aurinko", "client_secret", g_aurinko_secret, "AURINKO_CLIENT_SECRET", docs="aurinko", style="positional")
def p_aurinko_py(r, S):
    return pick(r, ["backend/aurinko_auth.py", "services/mailbox/aurinko.py"]), fill('''
        import requests

        AURINKO_API = "https://api.aurinko.io/v1"
        APP_ID = "§cid"


        def account_token(code):
            resp = requests.post(
                f"{AURINKO_API}/auth/token/{code}",
                auth=(APP_ID, §sec),
                timeout=20,
            )
            resp.raise_for_status()
            data = resp.json()
            return data["accountId"], data["accessToken"]
        ''', cid=rs(r, HEXL, 32), sec=S.c("py"))


# ---------------- Unipile
@pos("unipile", "access_token", g_unipile, "UNIPILE_ACCESS_TOKEN", docs="unipile", style="positional")
def p_unipile_ts(r, S):
    return pick(r, ["src/inbox/unipile.ts", "packages/connectors/unipile/index.ts"]), fill('''
        import { UnipileClient } from "unipile-node-sdk";

        export const unipile = new UnipileClient(
          "https://api§n.unipile.com:§port",
          §tok,
        );

        export async function listMailAccounts() {
          const accounts = await unipile.account.getAll();
          return accounts.items.filter((a) => a.type === "GOOGLE_OAUTH" || a.type === "MAIL");
        }
        ''', n=r.randint(1, 30), port=r.randint(13000, 16999), tok=S.c("ts"))


@pos("unipile", "access_token", g_unipile, "UNIPILE_ACCESS_TOKEN", docs="unipile", style="header")
def p_unipile_curl(r, S):
    return pick(r, ["scripts/unipile-list-emails.sh", "ops/check-unipile.sh"]), fill('''
        #!/bin/sh
        # Lists the last 10 emails of one connected account.
        DSN="api§n.unipile.com:§port"
        ACCOUNT_ID="§acc"

        curl --request GET \\
             --url "https://$DSN/api/v1/emails?account_id=$ACCOUNT_ID&limit=10" \\
             --header 'X-API-KEY: §tok' \\
             --header 'accept: application/json'
        ''', n=r.randint(1, 30), port=r.randint(13000, 16999), acc=rs(r, B64URL, 22), tok=S.v)


# ---------------- EmailEngine
@pos("emailengine", "access_token", g_ee_token, "EMAILENGINE_TOKEN", docs="emailengine", style="other")
def p_ee_py(r, S):
    return pick(r, ["workers/emailengine_client.py", "app/mail/ee.py"]), fill('''
        import requests

        EE_URL = "http://emailengine.internal:3000"
        EE_TOKEN = §tok


        class EmailEngine:
            def __init__(self, base=EE_URL, token=EE_TOKEN):
                self.base = base
                self.s = requests.Session()
                self.s.headers["Authorization"] = f"Bearer {token}"

            def messages(self, account, path="INBOX", page=0):
                r = self.s.get(f"{self.base}/v1/account/{account}/messages",
                               params={"path": path, "page": page, "pageSize": §ps})
                r.raise_for_status()
                return r.json()["messages"]
        ''', tok=S.c("py"), ps=r.choice([20, 50, 100]))


@pos("emailengine", "access_token", g_ee_token, "EMAILENGINE_ACCESS_TOKEN", docs="emailengine", style="conv")
def p_ee_yaml(r, S):
    return pick(r, ["config/mailer.yaml", "deploy/emailengine-client.yml"]), fill('''
        emailengine:
          url: https://ee.§dom
          access_token: §tok
          default_account: §acc
          webhook_path: /webhooks/emailengine
        outbound:
          rate_limit_per_minute: §rl
          from: "Support <support@§dom>"
        ''', dom=domain(r), tok=S.v, acc=pick(r, ["support", "sales", "billing"]), rl=r.choice([30, 60, 120]))


@pos("emailengine", "access_token", g_ee_token, "EMAILENGINE_ACCESS_TOKEN", docs="emailengine", style="url")
def p_ee_runbook(r, S):
    return pick(r, ["docs/runbooks/emailengine.md", "RUNBOOK.md"]), fill('''
        # EmailEngine runbook

        ## Check account state

        Open the account list in a browser (read-only token):

        https://ee.§dom/v1/accounts?access_token=§tok

        An account stuck in `connecting` for more than 10 minutes usually means
        the IMAP server is rate limiting. Restart the worker with
        `systemctl restart emailengine` only after checking Redis memory.

        ## Reindex a mailbox

        Use the admin UI: Accounts > (account) > Reconnect.
        ''', dom=domain(r), tok=S.v)


# ---------------- Mailparser
@pos("mailparser", "api_key", g_mailparser, "MAILPARSER_API_KEY", docs="mailparser", style="header")
def p_mailparser_py(r, S):
    return pick(r, ["etl/mailparser_pull.py", "jobs/parsed_orders.py"]), fill('''
        import csv
        import sys

        import requests

        INBOX_ID = "§inbox"
        resp = requests.get(
            f"https://files.mailparser.io/api/v1/parser/{INBOX_ID}/parsed_data",
            headers={"X-API-Key": "§key", "Accept": "application/json"},
            timeout=30,
        )
        resp.raise_for_status()
        rows = resp.json()
        writer = csv.DictWriter(sys.stdout, fieldnames=sorted(rows[0]) if rows else [])
        writer.writeheader()
        writer.writerows(rows)
        ''', inbox=rs(r, LOALNUM, 12), key=S.v)

# ---------------- IMAP / SMTP / CalDAV / CardDAV tooling
def fm_user(r, f=None, l=None):
    if f is None:
        f, l = person(r)
    return "%s%s@%s" % (f, pick(r, ["", "." + l, l[:1]]), pick(r, ["fastmail.com", "fastmail.fm", domain(r)]))


def ic_user(r):
    f, l = person(r)
    return "%s.%s@%s" % (f, l, pick(r, ["icloud.com", "me.com"]))


@pos("fastmail", "app_password", g_fastmail_app, "FASTMAIL_APP_PASSWORD", docs="fastmail", style="conv")
def p_mbsyncrc(r, S):
    u = fm_user(r)
    return pick(r, ["dotfiles/.mbsyncrc", ".mbsyncrc", "home/.mbsyncrc"]), fill('''
        IMAPAccount fastmail
        Host imap.fastmail.com
        Port 993
        User §u
        Pass "§pw"
        SSLType IMAPS
        CertificateFile /etc/ssl/certs/ca-certificates.crt

        IMAPStore fastmail-remote
        Account fastmail

        MaildirStore fastmail-local
        SubFolders Verbatim
        Path ~/Mail/fastmail/
        Inbox ~/Mail/fastmail/INBOX

        Channel fastmail
        Far :fastmail-remote:
        Near :fastmail-local:
        Patterns *
        Create Both
        Expunge Both
        SyncState *
        ''', u=u, pw=S.v), {"ft": "mbsyncrc"}


@pos("imap", "imap_password", g_password, "IMAP_PASSWORD", docs="imap", style="conv")
def p_offlineimaprc(r, S):
    u = email(r)
    host = "imap." + u.split("@")[1]
    return pick(r, ["dotfiles/.offlineimaprc", ".offlineimaprc"]), fill('''
        [general]
        accounts = work
        maxsyncaccounts = 1
        ui = basic

        [Account work]
        localrepository = work-local
        remoterepository = work-remote
        autorefresh = §ar
        quick = 10

        [Repository work-local]
        type = Maildir
        localfolders = ~/Maildir/work

        [Repository work-remote]
        type = IMAP
        remotehost = §host
        remoteport = 993
        remoteuser = §u
        remotepass = §pw
        ssl = yes
        sslcacertfile = /etc/ssl/certs/ca-certificates.crt
        folderfilter = lambda f: f not in ['[Gmail]/All Mail', 'Junk']
        ''', ar=r.choice([5, 10, 15]), host=host, u=u, pw=S.v), {"ft": "offlineimaprc"}


@pos("icloud", "app_password", g_icloud_app, "ICLOUD_APP_PASSWORD", docs="icloud", style="conv")
def p_vdirsyncer_icloud(r, S):
    u = ic_user(r)
    return pick(r, ["dotfiles/vdirsyncer/config", "config/vdirsyncer.conf"]), fill('''
        [general]
        status_path = "~/.local/share/vdirsyncer/status/"

        [pair icloud_contacts]
        a = "icloud_contacts_local"
        b = "icloud_contacts_remote"
        collections = ["from b"]
        conflict_resolution = "b wins"

        [storage icloud_contacts_local]
        type = "filesystem"
        path = "~/.contacts/icloud/"
        fileext = ".vcf"

        [storage icloud_contacts_remote]
        type = "carddav"
        url = "https://contacts.icloud.com/"
        username = "§u"
        password = "§pw"
        ''', u=u, pw=S.v), {"ft": "vdirsyncer"}


@pos("fastmail", "app_password", g_password_url, "FASTMAIL_APP_PASSWORD", docs="fastmail", style="url")
def p_aerc_accounts(r, S):
    f, l = person(r)
    u = fm_user(r, f, l)
    enc = u.replace("@", "%40")
    return pick(r, ["dotfiles/aerc/accounts.conf", ".config/aerc/accounts.conf"]), fill('''
        [Fastmail]
        source        = imaps://§enc:§pw@imap.fastmail.com
        outgoing      = smtps://§enc@smtp.fastmail.com
        outgoing-cred-cmd = pass show email/fastmail-smtp
        default       = INBOX
        from          = §F §L <§u>
        copy-to       = Sent
        folders-sort  = INBOX,Archive,Sent
        cache-headers = true
        ''', enc=enc, pw=S.v, F=f.title(), L=l.title(), u=u), {"ft": "aerc"}


@pos("imap", "imap_password", g_password, "IMAP_PASSWORD", docs="imap", style="conv")
def p_neomuttrc(r, S):
    u = email(r)
    dom = u.split("@")[1]
    return pick(r, ["dotfiles/neomutt/neomuttrc", ".muttrc", "mutt/accounts/work.muttrc"]), fill('''
        # vim: filetype=neomuttrc
        set realname = "§name"
        set from = "§u"
        set imap_user = "§u"
        set imap_pass = "§pw"
        set folder = "imaps://imap.§dom:993"
        set spoolfile = "+INBOX"
        set record = "+Sent"
        set postponed = "+Drafts"
        set smtp_url = "smtps://§uenc@smtp.§dom:465"
        set smtp_authenticators = "login"
        set header_cache = ~/.cache/neomutt/headers
        set message_cachedir = ~/.cache/neomutt/bodies
        set sort = threads
        mailboxes =INBOX =Archive =Sent
        ''', name=" ".join(x.title() for x in u.split("@")[0].split(".")), u=u,
        uenc=u.replace("@", "%40"), pw=S.v, dom=dom), {"ft": "muttrc"}


@pos("davmail", "proxy_password", g_password, "DAVMAIL_PROXY_PASSWORD", docs="imap", style="conv")
def p_davmail_props(r, S):
    return pick(r, ["davmail/davmail.properties", "docker/davmail/davmail.properties"]), fill('''
        # DavMail settings, see http://davmail.sourceforge.net/serversetup.html
        davmail.mode=O365Modern
        davmail.url=https://outlook.office365.com/EWS/Exchange.asmx
        davmail.oauth.clientId=§cid
        davmail.oauth.redirectUri=https://login.microsoftonline.com/common/oauth2/nativeclient
        davmail.oauth.persistToken=true
        davmail.server=true
        davmail.allowRemote=false
        davmail.imapPort=1143
        davmail.smtpPort=1025
        davmail.caldavPort=1080
        davmail.ldapPort=1389
        davmail.enableProxy=true
        davmail.proxyHost=proxy.§dom
        davmail.proxyPort=3128
        davmail.proxyUser=svc-davmail
        davmail.proxyPassword=§pw
        davmail.disableUpdateCheck=true
        log4j.logger.davmail=WARN
        ''', cid=uid4(r), dom=domain(r), pw=S.v), {"ft": "properties"}


@pos("icloud", "app_password", g_icloud_app, "ICLOUD_APP_PASSWORD", docs="icloud", style="positional")
def p_imaplib_icloud(r, S):
    u = ic_user(r)
    return pick(r, ["tools/archive_icloud.py", "scripts/icloud_unread.py"]), fill('''
        import imaplib

        M = imaplib.IMAP4_SSL("imap.mail.me.com", 993)
        M.login("§u", §pw)
        M.select("INBOX", readonly=True)
        typ, data = M.search(None, "UNSEEN")
        print("unread:", len(data[0].split()))
        M.logout()
        ''', u=u, pw=S.c("py")), None


@pos("icloud", "app_password", g_icloud_app, "ICLOUD_APP_PASSWORD", docs="icloud", style="positional")
def p_goimap_icloud(r, S):
    u = ic_user(r)
    return pick(r, ["cmd/mailcount/main.go", "internal/imapcheck/check.go"]), fill('''
        package main

        import (
        	"fmt"
        	"log"

        	"github.com/emersion/go-imap/client"
        )

        func main() {
        	c, err := client.DialTLS("imap.mail.me.com:993", nil)
        	if err != nil {
        		log.Fatal(err)
        	}
        	defer c.Logout()

        	if err := c.Login("§u", §pw); err != nil {
        		log.Fatal(err)
        	}
        	mbox, err := c.Select("INBOX", true)
        	if err != nil {
        		log.Fatal(err)
        	}
        	fmt.Printf("%d messages in INBOX\\n", mbox.Messages)
        }
        ''', u=u, pw=S.c("go")), None


@pos("smtp", "smtp_password", g_password, "SMTP_PASSWORD", docs="imap", style="conv")
def p_ruby_mail(r, S):
    dom = domain(r)
    return pick(r, ["config/environments/production.rb", "config/initializers/smtp.rb"]), fill('''
        Rails.application.configure do
          config.action_mailer.delivery_method = :smtp
          config.action_mailer.smtp_settings = {
            address:              "smtp.§dom",
            port:                 587,
            domain:               "§dom",
            user_name:            "notifications@§dom",
            password:             §pw,
            authentication:       :plain,
            enable_starttls_auto: true,
          }
          config.action_mailer.default_url_options = { host: "app.§dom", protocol: "https" }
        end
        ''', dom=dom, pw=S.c("rb")), None


@pos("smtp", "smtp_password", g_password, "SMTP_PASSWORD", docs="imap", style="conv")
def p_phpmailer(r, S):
    dom = domain(r)
    return pick(r, ["src/Mail/Mailer.php", "includes/mailer.php"]), fill('''
        <?php

        use PHPMailer\\PHPMailer\\PHPMailer;

        function make_mailer(): PHPMailer
        {
            $mail = new PHPMailer(true);
            $mail->isSMTP();
            $mail->Host       = 'smtp.§dom';
            $mail->SMTPAuth   = true;
            $mail->Username   = 'calendar@§dom';
            $mail->Password   = §pw;
            $mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;
            $mail->Port       = 465;
            $mail->setFrom('calendar@§dom', 'Calendar Bot');
            return $mail;
        }
        ''', dom=dom, pw=S.c("php", "'")), None


@pos("fastmail", "app_password", g_fastmail_app, "FASTMAIL_APP_PASSWORD", docs="fastmail", style="conv")
def p_carddav_yaml(r, S):
    u = fm_user(r)
    return pick(r, ["config/contacts-sync.yml", "contacts/sync.yaml"]), fill('''
        source:
          type: carddav
          url: https://carddav.fastmail.com/dav/addressbooks/user/§u/Default
          username: §u
          app_password: §pw
        target:
          type: ldap
          base_dn: ou=contacts,dc=§o,dc=internal
        schedule: "*/30 * * * *"
        ''', u=u, pw=S.v, o=org(r)), None


@pos("smtp", "smtp_password", g_app_password, "SMTP_PASS", docs="fastmail", style="other")
def p_nodemailer(r, S):
    u = fm_user(r)
    return pick(r, ["src/mail/transport.js", "lib/notify/email.js"]), fill('''
        const nodemailer = require("nodemailer");

        const transport = nodemailer.createTransport({
          host: "smtp.fastmail.com",
          port: 465,
          secure: true,
          auth: {
            user: "§u",
            pass: §pw,
          },
        });

        async function sendInvite(to, ics) {
          return transport.sendMail({
            from: "§u",
            to,
            subject: "Invitation",
            icalEvent: { method: "REQUEST", content: ics },
          });
        }

        module.exports = { sendInvite };
        ''', u=u, pw=S.c("js")), None


@pos("smtp", "smtp_password", g_password, "SMTP_PASSWORD", reuse=False, style="other")
def p_smtp_auth_log(r, S):
    u = email(r)
    blob = base64.b64encode(("\0%s\0%s" % (u, S.v)).encode()).decode()
    dom = u.split("@")[1]
    lines = [
        "%s DEBUG smtp  connect smtp.%s:587" % (logts(r), dom),
        "%s DEBUG smtp  S: 220 smtp.%s ESMTP ready" % (logts(r), dom),
        "%s DEBUG smtp  C: EHLO worker-%d" % (logts(r), r.randint(1, 9)),
        "%s DEBUG smtp  S: 250-AUTH PLAIN LOGIN" % logts(r),
        "%s DEBUG smtp  C: STARTTLS" % logts(r),
        "%s DEBUG smtp  C: AUTH PLAIN %s" % (logts(r), blob),
        "%s DEBUG smtp  S: 235 2.7.0 Authentication successful" % logts(r),
        "%s INFO  mailer sent invite uid=%s@%s rcpt=1" % (logts(r), uid4(r), dom),
    ]
    return pick(r, ["logs/mailer-debug.log", "var/log/notify/smtp.log"]), "\n".join(lines) + "\n", {"needle": blob}


@pos("imap", "imap_password", g_password, "IMAP_PASSWORD", docs="imap", style="conv")
def p_accounts_json(r, S):
    u = email(r)
    dom = u.split("@")[1]
    return pick(r, ["config/accounts.json", "data/mailboxes.json"]), fill('''
        {
          "accounts": [
            {
              "name": "helpdesk",
              "email": "§u",
              "imap": {
                "host": "imap.§dom",
                "port": 993,
                "secure": true,
                "user": "§u",
                "password": "§pw"
              },
              "folders": ["INBOX", "Escalations"],
              "poll_seconds": §p
            }
          ]
        }
        ''', u=u, dom=dom, pw=S.v, p=r.choice([30, 60, 300])), None


@pos("smtp", "smtp_password", g_password_url, "SMTP_PASSWORD", docs="imap", style="conv")
def p_dockerfile(r, S):
    dom = domain(r)
    return pick(r, ["Dockerfile", "docker/notifier/Dockerfile"]), fill('''
        FROM python:3.12-slim

        WORKDIR /app
        COPY requirements.txt .
        RUN pip install --no-cache-dir -r requirements.txt
        COPY . .

        ENV SMTP_HOST=smtp.§dom \\
            SMTP_PORT=587 \\
            SMTP_USER=reminders@§dom \\
            SMTP_PASSWORD=§pw \\
            TZ=UTC

        USER 1000
        CMD ["python", "-m", "reminders.worker"]
        ''', dom=dom, pw=S.v), {"ft": "dockerfile"}


@pos("icloud", "app_password", g_icloud_app, "ICLOUD_APP_PASSWORD", docs="icloud", style="other")
def p_setup_md(r, S):
    u = ic_user(r)
    return pick(r, ["docs/setup.md", "docs/calendar-bridge.md", "README.md"]), fill('''
        # Family calendar bridge

        The bridge copies events from the shared iCloud calendar into the
        kitchen display every 15 minutes.

        ## Configuration used on the Pi

        | setting   | value                                   |
        |-----------|-----------------------------------------|
        | server    | https://caldav.icloud.com/              |
        | username  | §u                                      |
        | password  | §pw (app-specific, label "kitchen-pi")  |
        | interval  | 15 min                                  |

        Restart with `sudo systemctl restart calbridge` after changes.
        ''', u=u, pw=S.v), None


@pos("imap", "imap_password", g_password, "IMAP_PASSWORD", docs="imap", style="other")
def p_seed_sql(r, S):
    u = email(r)
    dom = u.split("@")[1]
    return pick(r, ["db/seeds/002_mail_accounts.sql", "sql/seed_dev.sql"]), fill('''
        -- Development seed: one shared mailbox for the ticketing importer
        INSERT INTO organizations (id, name, created_at)
        VALUES (§oid, '§org', NOW());

        INSERT INTO mail_accounts (org_id, email, imap_host, imap_port, imap_user, imap_secret, enabled)
        VALUES (§oid, '§u', 'imap.§dom', 993, '§u', '§pw', TRUE);

        INSERT INTO mail_folders (account_email, name, sync) VALUES
          ('§u', 'INBOX', TRUE),
          ('§u', 'Archive', FALSE);
        ''', oid=r.randint(1, 99), org=org(r).title(), u=u, dom=dom, pw=S.v.replace("'", "''")), None


@pos("fastmail", "app_password", g_fastmail_app, "FASTMAIL_APP_PASSWORD", docs="fastmail", style="other")
def p_accounts_csv(r, S):
    rows = ["display_name,email,imap_server,smtp_server,login_secret,sync_calendar"]
    n = r.randint(2, 4)
    hit = r.randrange(n)
    for i in range(n):
        f, l = person(r)
        u = "%s.%s@fastmail.com" % (f, l)
        sec = S.v if i == hit else ""
        rows.append("%s %s,%s,imap.fastmail.com,smtp.fastmail.com,%s,%s" % (
            f.title(), l.title(), u, sec, pick(r, ["yes", "no"])))
    return pick(r, ["import/mail_accounts.csv", "data/migration/accounts.csv"]), "\n".join(rows) + "\n", None


@pos("multi", "api_key", None, "ENV", reuse=False, style="conv")
def p_dotenv(r, S):
    """Real .env file (at most 1 in 20 positives)."""
    gens = [("NYLAS_API_KEY", g_nylas_key), ("CALENDLY_API_KEY", g_calendly_pat),
            ("CAL_API_KEY", g_cal_key), ("GOOGLE_CLIENT_SECRET", g_google_secret),
            ("ZOOM_CLIENT_SECRET", g_zoom_secret), ("UNIPILE_ACCESS_TOKEN", g_unipile)]
    var, gen = pick(r, gens)
    sec = gen(r)
    other = {"NYLAS_API_KEY": "NYLAS_API_URI=https://api.us.nylas.com\nNYLAS_CLIENT_ID=%s" % uid4(r),
             "CALENDLY_API_KEY": "CALENDLY_USER_URI=https://api.calendly.com/users/%s" % uid4(r),
             "CAL_API_KEY": "CAL_API_URL=https://api.cal.com/v2",
             "GOOGLE_CLIENT_SECRET": "GOOGLE_CLIENT_ID=%s" % gclient_id(r),
             "ZOOM_CLIENT_SECRET": "ZOOM_ACCOUNT_ID=%s\nZOOM_CLIENT_ID=%s" % (zoom_id(r), zoom_id(r)),
             "UNIPILE_ACCESS_TOKEN": "UNIPILE_DSN=api%d.unipile.com:%d" % (r.randint(1, 30), r.randint(13000, 16999))}[var]
    text = "NODE_ENV=development\nPORT=%d\n%s\n%s=%s\nLOG_LEVEL=debug\n" % (
        r.choice([3000, 5173, 8000]), other, var, sec)
    prov, kind = {"NYLAS_API_KEY": ("nylas", "api_key"), "CALENDLY_API_KEY": ("calendly", "personal_access_token"),
                  "CAL_API_KEY": ("calcom", "api_key"), "GOOGLE_CLIENT_SECRET": ("google", "client_secret"),
                  "ZOOM_CLIENT_SECRET": ("zoom", "client_secret"),
                  "UNIPILE_ACCESS_TOKEN": ("unipile", "access_token")}[var]
    return pick(r, [".env", ".env.local", "apps/web/.env"]), text, {"needle": sec, "provider": prov, "kind": kind, "ft": "env"}

# ================================================================ NEGATIVE LOOK-ALIKE TEMPLATES
# Each returns (relpath, text) or (relpath, text, {"ft": ...}); no credential inside.

def gevent_id(r):
    return rs(r, B32HEX, 26)


def outlook_goid(r):
    return ("040000008200E00074C5B7101A82E008" + "00000000" + rs(r, "0123456789ABCDEF", 16) +
            "0000000000000000100000000" + rs(r, "0123456789ABCDEF", 32))


def graph_id(r):
    return "AAMkA" + rs(r, ALNUM, 3) + "ZT" + rs(r, ALNUM + "-_", 128) + "AAA="


@neg("google", "ical_uid_event_id")
def n_ics_invite(r):
    org_mail = email(r)
    att = [email(r) for _ in range(r.randint(1, 3))]
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
             "DTSTART:2024%02d%02dT%02d0000Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(7, 17)),
             "DTEND:2024%02d%02dT%02d3000Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(7, 17)),
             "DTSTAMP:2024%02d%02dT%02d%02d%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                                    r.randint(0, 59), r.randint(0, 59)),
             "ORGANIZER;CN=%s:mailto:%s" % (org_mail.split("@")[0], org_mail),
             "UID:%s@google.com" % gevent_id(r)]
    for a in att:
        lines.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (a, a))
    lines += ["X-GOOGLE-CONFERENCE:https://meet.google.com/%s-%s-%s" % (rs(r, LO, 3), rs(r, LO, 4), rs(r, LO, 3)),
              "CREATED:20240101T090000Z", "DESCRIPTION:Quarterly planning", "LAST-MODIFIED:20240102T101500Z",
              "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Planning sync", "TRANSP:OPAQUE",
              "END:VEVENT", "END:VCALENDAR"]
    return pick(r, ["tests/fixtures/invite.ics", "fixtures/calendar/request.ics"]), "\r\n".join(lines) + "\r\n"


@neg("contacts", "vcard_uid_photo")
def n_vcard(r):
    f, l = person(r)
    photo = b64std(r, r.randint(120, 220))
    photo_lines = [photo[i:i + 74] for i in range(0, len(photo), 74)]
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.4//EN\r\n"
    text += "N:%s;%s;;;\r\nFN:%s %s\r\n" % (l.title(), f.title(), f.title(), l.title())
    text += "EMAIL;type=INTERNET;type=WORK;type=pref:%s\r\n" % email(r)
    text += "TEL;type=CELL;type=VOICE;type=pref:+49 %d %d\r\n" % (r.randint(150, 179), r.randint(1000000, 9999999))
    text += "UID:%s\r\n" % uid4(r).upper()
    text += "X-ABUID:%s:ABPerson\r\n" % uid4(r).upper()
    text += "PHOTO;ENCODING=b;TYPE=JPEG:" + photo_lines[0] + "\r\n"
    for pl in photo_lines[1:]:
        text += " " + pl + "\r\n"
    text += "REV:%s\r\nEND:VCARD\r\n" % iso(r)
    return pick(r, ["contacts/export.vcf", "tests/fixtures/contact.vcf"]), text


@neg("google", "event_ids_sync_token")
def n_gcal_events_json(r):
    items = []
    for _ in range(r.randint(2, 3)):
        eid = gevent_id(r)
        items.append({"kind": "calendar#event", "etag": '"%d"' % r.randint(3 * 10 ** 15, 4 * 10 ** 15),
                      "id": eid, "status": "confirmed",
                      "htmlLink": "https://www.google.com/calendar/event?eid=" +
                                  base64.b64encode(("%s %s" % (eid, email(r))).encode()).decode().rstrip("="),
                      "created": iso(r), "updated": iso(r), "summary": pick(r, ["1:1", "Standup", "Design review"]),
                      "iCalUID": eid + "@google.com", "sequence": r.randint(0, 3)})
    doc = {"kind": "calendar#events", "etag": '"p3%s"' % rs(r, LOALNUM, 12), "summary": email(r),
           "updated": iso(r), "timeZone": "Europe/Berlin", "accessRole": "owner",
           "nextSyncToken": "CP" + rs(r, ALNUM, 14) + "EAAYASDo" + rs(r, ALNUM, 4) + "=",
           "items": items}
    return pick(r, ["tests/fixtures/gcal_events.json", "fixtures/google/events_page1.json"]), json.dumps(doc, indent=2) + "\n"


@neg("microsoft", "graph_ids_deltalink")
def n_graph_messages_json(r):
    vals = []
    for _ in range(r.randint(1, 3)):
        vals.append({"@odata.etag": 'W/"CQAAABYAAAD%s"' % rs(r, ALNUM, 28),
                     "id": graph_id(r), "changeKey": "CQAAABYAAAD" + rs(r, ALNUM, 28),
                     "receivedDateTime": iso(r), "subject": pick(r, ["Invoice", "Re: agenda", "Accepted: sync"]),
                     "internetMessageId": "<%s@%s.prod.outlook.com>" % (rs(r, "0123456789ABCDEF", 32), rs(r, UP + DI, 16)),
                     "conversationId": "AAQkA" + rs(r, ALNUM, 60) + "=", "isRead": r.random() < 0.5})
    doc = {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('%s')/mailFolders('inbox')/messages" % uid4(r),
           "value": vals,
           "@odata.deltaLink": "https://graph.microsoft.com/v1.0/me/mailFolders('inbox')/messages/delta?$deltatoken=" + rs(r, B64URL, 96)}
    return pick(r, ["tests/fixtures/graph_inbox_delta.json", "fixtures/outlook/messages.json"]), json.dumps(doc, indent=2) + "\n"


@neg("nylas", "grant_ids_webhook_payload")
def n_nylas_webhook_fixture(r):
    doc = {"specversion": "1.0", "type": "message.created", "source": "/google/emails/realtime",
           "id": rs(r, DI, 19), "time": epoch(r), "webhook_delivery_attempt": 1,
           "data": {"application_id": uid4(r), "object": {
               "grant_id": uid4(r), "id": rs(r, HEXL, 16), "thread_id": rs(r, HEXL, 16),
               "folders": ["INBOX", "UNREAD"], "subject": "Meeting notes",
               "from": [{"email": email(r), "name": ""}], "date": epoch(r), "object": "message"}}}
    return pick(r, ["tests/fixtures/nylas/message_created.json", "spec/fixtures/nylas_webhook.json"]), json.dumps(doc, indent=2) + "\n"


@neg("nylas", "webhook_signature_log")
def n_nylas_sig_log(r):
    lines = []
    for _ in range(r.randint(3, 5)):
        lines.append('%s WARN webhooks.nylas signature mismatch x-nylas-signature=%s grant_id=%s type=%s' % (
            logts(r), rs(r, HEXL, 64), uid4(r), pick(r, ["event.updated", "message.created", "grant.expired"])))
        lines.append('%s INFO webhooks.nylas challenge ok challenge=%s' % (logts(r), rs(r, LOALNUM, 20)))
    return pick(r, ["logs/webhooks.log", "var/log/api/webhook-errors.log"]), "\n".join(lines) + "\n"


@neg("calendly", "webhook_signature_log")
def n_calendly_sig_log(r):
    lines = []
    for _ in range(r.randint(2, 4)):
        t = epoch(r)
        lines.append(json.dumps({"ts": iso(r), "level": "info", "msg": "calendly webhook received",
                                 "event": pick(r, ["invitee.created", "invitee.canceled"]),
                                 "signature": "t=%d,v1=%s" % (t, rs(r, HEXL, 64)),
                                 "invitee": "https://api.calendly.com/scheduled_events/%s/invitees/%s" % (uid4(r), uid4(r)),
                                 "verified": True}))
    return pick(r, ["logs/calendly-webhooks.jsonl", "var/log/booking/webhooks.log"]), "\n".join(lines) + "\n"


@neg("zoom", "webhook_validation_log")
def n_zoom_validation_log(r):
    lines = []
    for _ in range(r.randint(2, 3)):
        ts = epoch(r) * 1000
        lines.append("%s INFO zoom.webhook x-zm-request-timestamp=%d x-zm-signature=v0=%s" % (logts(r), ts, rs(r, HEXL, 64)))
        lines.append('%s INFO zoom.webhook url_validation plainToken=%s encryptedToken=%s' % (
            logts(r), rs(r, B64URL, 22), rs(r, HEXL, 64)))
    return pick(r, ["logs/zoom-webhook.log", "var/log/meetings/zoom.log"]), "\n".join(lines) + "\n"


@neg("cronofy", "hmac_header_log")
def n_cronofy_push_log(r):
    lines = []
    for _ in range(r.randint(2, 4)):
        lines.append("%s INFO cronofy.push channel=chn_%s Cronofy-HMAC-SHA256=%s changes_since=%s" % (
            logts(r), rs(r, HEXL, 24), b64std(r, 32), iso(r)))
    return pick(r, ["logs/cronofy-push.log", "var/log/scheduler/push.log"]), "\n".join(lines) + "\n"


@neg("mbsync", "passcmd")
def n_mbsync_passcmd(r):
    u = fm_user(r)
    cmd = pick(r, ['"pass show email/fastmail"', '"security find-generic-password -s mbsync-fastmail -w"',
                   '"gpg -q --for-your-eyes-only --no-tty -d ~/.mailpass.gpg"',
                   '"secret-tool lookup service imap user %s"' % u])
    return pick(r, ["dotfiles/.mbsyncrc", ".mbsyncrc"]), fill('''
        IMAPAccount fastmail
        Host imap.fastmail.com
        User §u
        PassCmd §cmd
        SSLType IMAPS
        CertificateFile /etc/ssl/certs/ca-certificates.crt

        IMAPStore fastmail-remote
        Account fastmail

        MaildirStore fastmail-local
        Path ~/Mail/fastmail/
        Inbox ~/Mail/fastmail/INBOX
        SubFolders Verbatim

        Channel fastmail
        Far :fastmail-remote:
        Near :fastmail-local:
        Patterns * !Spam
        Create Near
        SyncState *
        ''', u=u, cmd=cmd), {"ft": "mbsyncrc"}


@neg("offlineimap", "passeval_fingerprint")
def n_offlineimap_eval(r):
    u = email(r)
    return pick(r, ["dotfiles/.offlineimaprc", ".offlineimaprc"]), fill('''
        [general]
        accounts = personal
        pythonfile = ~/.offlineimap.py

        [Account personal]
        localrepository = local
        remoterepository = remote

        [Repository local]
        type = Maildir
        localfolders = ~/Mail/personal

        [Repository remote]
        type = IMAP
        remotehost = imap.§dom
        remoteuser = §u
        remotepasseval = get_pass("§u")
        ssl = yes
        cert_fingerprint = §fp
        ''', dom=u.split("@")[1], u=u, fp=rs(r, HEXL, 64)), {"ft": "offlineimaprc"}


@neg("vdirsyncer", "password_fetch")
def n_vdirsyncer_fetch(r):
    u = fm_user(r)
    return pick(r, ["dotfiles/vdirsyncer/config", ".config/vdirsyncer/config"]), fill('''
        [general]
        status_path = "~/.local/share/vdirsyncer/status/"

        [pair fastmail_calendars]
        a = "fastmail_calendars_local"
        b = "fastmail_calendars_remote"
        collections = ["from a", "from b"]

        [storage fastmail_calendars_local]
        type = "filesystem"
        path = "~/.calendars/fastmail/"
        fileext = ".ics"

        [storage fastmail_calendars_remote]
        type = "caldav"
        url = "https://caldav.fastmail.com/"
        username = "§u"
        password.fetch = ["command", "§cmd", "§entry"]
        ''', u=u, cmd=pick(r, ["pass", "keyring", "rbw"]), entry=pick(r, ["fastmail/vdirsyncer", "get", "caldav"])), {"ft": "vdirsyncer"}


@neg("aerc", "cred_cmd")
def n_aerc_credcmd(r):
    u = fm_user(r)
    enc = u.replace("@", "%40")
    return pick(r, ["dotfiles/aerc/accounts.conf", ".config/aerc/accounts.conf"]), fill('''
        [Work]
        source            = imaps://§enc@imap.fastmail.com
        source-cred-cmd   = pass show mail/fastmail-imap
        outgoing          = smtps://§enc@smtp.fastmail.com
        outgoing-cred-cmd = pass show mail/fastmail-smtp
        default           = INBOX
        from              = <§u>
        copy-to           = Sent
        check-mail        = 5m
        ''', enc=enc, u=u), {"ft": "aerc"}


@neg("neomutt", "pass_command_pgp_ids")
def n_neomutt_cmd(r):
    u = email(r)
    return pick(r, ["dotfiles/neomutt/neomuttrc", ".muttrc"]), fill('''
        set from = "§u"
        set imap_user = "§u"
        set imap_pass = "`pass show mail/§box`"
        set folder = "imaps://imap.§dom/"
        set spoolfile = "+INBOX"
        set smtp_url = "smtp://§user@smtp.§dom:587/"
        set smtp_pass = "`pass show mail/§box-smtp`"
        set crypt_autosign = yes
        set pgp_default_key = "0x§kid"
        set pgp_sign_as = "0x§kid"
        # fingerprint §fp
        ''', u=u, box=pick(r, ["work", "personal"]), dom=u.split("@")[1], user=u.split("@")[0],
        kid=rs(r, "0123456789ABCDEF", 16), fp=" ".join(rs(r, "0123456789ABCDEF", 4) for _ in range(10))), {"ft": "muttrc"}


@neg("msmtp", "passwordeval")
def n_msmtp_eval(r):
    u = email(r)
    return pick(r, ["dotfiles/msmtp/config", ".msmtprc"]), fill('''
        defaults
        auth on
        tls on
        tls_trust_file /etc/ssl/certs/ca-certificates.crt
        tls_fingerprint §fp

        account work
        host smtp.§dom
        port 465
        tls_starttls off
        from §u
        user §u
        passwordeval "§cmd"

        account default : work
        ''', fp=":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(32)), dom=u.split("@")[1], u=u,
        cmd=pick(r, ["gpg --quiet --for-your-eyes-only --no-tty --decrypt ~/.msmtp-work.gpg",
                     "pass show mail/work", "bw get password smtp-work"])), {"ft": "msmtprc"}


@neg("davmail", "default_config")
def n_davmail_defaults(r):
    return pick(r, ["davmail/davmail.properties", "docker/davmail/davmail.properties"]), fill('''
        davmail.mode=O365Interactive
        davmail.url=https://outlook.office365.com/EWS/Exchange.asmx
        davmail.oauth.clientId=§cid
        davmail.oauth.tenantId=§tid
        davmail.oauth.persistToken=false
        davmail.server=false
        davmail.allowRemote=false
        davmail.bindAddress=127.0.0.1
        davmail.imapPort=1143
        davmail.smtpPort=1025
        davmail.caldavPort=1080
        davmail.keepDelay=30
        davmail.sentKeepDelay=0
        davmail.caldavPastDelay=90
        davmail.ssl.keystoreType=
        davmail.ssl.keystoreFile=
        davmail.ssl.keystorePass=
        davmail.ssl.keyPass=
        davmail.enableKeepAlive=false
        ''', cid=uid4(r), tid=uid4(r)), {"ft": "properties"}


@neg("khal", "calendar_paths")
def n_khal_config(r):
    return pick(r, ["dotfiles/khal/config", ".config/khal/config"]), fill('''
        [calendars]

          [[personal]]
            path = ~/.calendars/fastmail/§c1/
            color = dark green

          [[work]]
            path = ~/.calendars/google/§c2/
            color = light blue
            readonly = True

        [locale]
        timeformat = %H:%M
        dateformat = %Y-%m-%d
        longdateformat = %Y-%m-%d
        default_timezone = §tz

        [default]
        default_calendar = personal
        ''', c1=uid4(r), c2=gcal_id(r), tz=pick(r, ["Europe/Berlin", "America/Denver"])), {"ft": "khal"}


@neg("email", "dkim_arc_headers")
def n_eml_headers(r):
    dom = domain(r)
    frm, to = email(r, dom), email(r)
    h = [
        "Delivered-To: %s" % to,
        "Received: by 2002:a05:7300:%s:b0:%s with SMTP id %s;" % (rs(r, HEXL, 4), rs(r, HEXL, 3), rs(r, LO + DI, 12)),
        "        Tue, %d Apr 2024 %02d:%02d:%02d -0700 (PDT)" % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
        "ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;" % epoch(r),
        "        d=google.com; s=arc-20160816;",
        "        b=" + b64std(r, 60),
        "         " + b64std(r, 60),
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;",
        "        d=%s; s=google; t=%d;" % (dom, epoch(r)),
        "        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject;",
        "        bh=" + b64std(r, 32) + ";",
        "        b=" + b64std(r, 60),
        "         " + b64std(r, 60),
        "X-Google-Smtp-Source: AGHT+I" + rs(r, ALNUM + "+/", 60),
        "X-Gm-Message-State: AOJu0Y" + rs(r, ALNUM + "+/", 54),
        "Message-ID: <CA+%s@mail.gmail.com>" % rs(r, ALNUM + "=_-", 44),
        "Date: Tue, 9 Apr 2024 10:12:44 +0200",
        "From: %s" % frm,
        "To: %s" % to,
        "Subject: Invitation: Sprint review",
        "Content-Type: text/plain; charset=\"UTF-8\"",
        "",
        "See you there.",
    ]
    return pick(r, ["tests/fixtures/invitation.eml", "fixtures/mail/signed.eml"]), "\n".join(h) + "\n"


@neg("pgp", "public_key_block")
def n_pgp_public(r):
    body = b64std(r, r.randint(300, 420))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    text = ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZ" + lines[0][5:] + "\n" + "\n".join(lines[1:]) +
            "\n=" + rs(r, ALNUM, 4) + "\n-----END PGP PUBLIC KEY BLOCK-----\n")
    return pick(r, ["keys/support-team.asc", "docs/security/release-signing.asc"]), text


@neg("dns", "dkim_public_key")
def n_tf_dkim(r):
    pk = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(r, ALNUM + "+/", 300) + "IDAQAB"
    dom = domain(r)
    return pick(r, ["infra/dns/mail.tf", "terraform/dns/dkim.tf"]), fill('''
        resource "cloudflare_record" "dkim_google" {
          zone_id = var.zone_id
          name    = "google._domainkey"
          type    = "TXT"
          value   = "v=DKIM1; k=rsa; p=§pk"
        }

        resource "cloudflare_record" "mx" {
          for_each = toset(["aspmx.l.google.com", "alt1.aspmx.l.google.com"])
          zone_id  = var.zone_id
          name     = "§dom"
          type     = "MX"
          value    = each.value
          priority = each.value == "aspmx.l.google.com" ? 1 : 5
        }
        ''', pk=pk, dom=dom)


@neg("npm", "lockfile_integrity")
def n_package_lock(r):
    pk = {}
    for name, ver in [("nylas", "7.%d.%d" % (r.randint(0, 9), r.randint(0, 9))), ("cronofy", "3.%d.0" % r.randint(0, 9)),
                      ("googleapis", "1%d.0.0" % r.randint(30, 44)), ("ical.js", "2.0.%d" % r.randint(0, 9))]:
        pk["node_modules/" + name] = {"version": ver,
                                      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                      "integrity": "sha512-" + b64std(r, 64), "license": "MIT"}
    doc = {"name": "%s-calendar" % org(r), "version": "1.0.0", "lockfileVersion": 3, "requires": True,
           "packages": pk}
    return "package-lock.json", json.dumps(doc, indent=2) + "\n"


@neg("go", "gosum_hashes")
def n_go_sum(r):
    mods = ["github.com/emersion/go-imap v1.2.1", "github.com/emersion/go-sasl v0.0.0-20220912192320-0145f2c60ead",
            "github.com/emersion/go-ical v0.0.0-20240127095438-fc1c9d8fb2b6", "golang.org/x/oauth2 v0.21.0",
            "google.golang.org/api v0.18%d.0" % r.randint(0, 9), "github.com/emersion/go-webdav v0.5.0"]
    out = []
    for m in mods:
        out.append("%s h1:%s=" % (m, b64std(r, 32)[:43]))
        out.append("%s/go.mod h1:%s=" % (m, b64std(r, 32)[:43]))
    return "go.sum", "\n".join(out) + "\n"


@neg("python", "requirements_hashes")
def n_requirements_hashes(r):
    out = ["# generated by pip-compile --generate-hashes"]
    for pkg in ["caldav==1.3.9", "icalendar==5.0.12", "google-auth==2.29.0", "msal==1.28.0", "vobject==0.9.7"]:
        out.append("%s \\" % pkg)
        out.append("    --hash=sha256:%s \\" % rs(r, HEXL, 64))
        out.append("    --hash=sha256:%s" % rs(r, HEXL, 64))
    return pick(r, ["requirements.txt", "requirements/prod.txt"]), "\n".join(out) + "\n"


@neg("git", "changelog_shas")
def n_changelog(r):
    out = ["# Changelog", "", "## [2.%d.0] - 2024-%02d-%02d" % (r.randint(0, 9), r.randint(1, 12), r.randint(1, 28)), ""]
    for msg in ["fix CalDAV sync-token handling on 410 Gone", "retry Graph delta queries on 429",
                "store Nylas grant ids per workspace", "parse VTIMEZONE without TZID"]:
        out.append("- %s ([%s](https://github.com/%s/calsync/commit/%s))" % (
            msg, rs(r, HEXL, 7), org(r), rs(r, HEXL, 40)))
    return "CHANGELOG.md", "\n".join(out) + "\n"

@neg("db", "grant_calendar_ids_sql")
def n_migration_sql(r):
    rows = []
    for _ in range(r.randint(2, 4)):
        rows.append("  ('%s', '%s', '%s', '%s')" % (uid4(r), uid4(r), email(r), gcal_id(r)))
    return pick(r, ["db/migrations/20240311_calendar_links.sql", "migrations/0042_grants.sql"]), fill('''
        CREATE TABLE IF NOT EXISTS calendar_links (
          id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          grant_id    uuid NOT NULL,
          owner_email text NOT NULL,
          calendar_id text NOT NULL,
          sync_token  text,
          etag        text,
          created_at  timestamptz NOT NULL DEFAULT now()
        );

        CREATE INDEX calendar_links_grant_idx ON calendar_links (grant_id);

        INSERT INTO calendar_links (id, grant_id, owner_email, calendar_id) VALUES
        §rows;
        ''', rows=",\n".join(rows))


@neg("google", "calendar_ids_csv")
def n_calendars_csv(r):
    out = ["calendar_id,summary,time_zone,access_role,color_id"]
    for _ in range(r.randint(3, 6)):
        out.append("%s,%s,%s,%s,%d" % (gcal_id(r), pick(r, ["Team", "On-call", "Rooms", "Holidays", "Releases"]),
                                        pick(r, ["Europe/Berlin", "UTC", "America/New_York"]),
                                        pick(r, ["owner", "writer", "reader"]), r.randint(1, 24)))
    return pick(r, ["exports/calendars.csv", "data/calendar_list.csv"]), "\n".join(out) + "\n"


@neg("nylas", "grant_id_tests")
def n_py_test_ids(r):
    return pick(r, ["tests/test_grants.py", "tests/unit/test_calendar_mapping.py"]), fill('''
        import pytest

        from app.sync.mapping import calendar_key

        GRANT_ID = "§g"
        CALENDAR_ID = "§c"
        EVENT_ID = "§e"


        @pytest.mark.parametrize("grant,cal", [(GRANT_ID, CALENDAR_ID), (GRANT_ID, "primary")])
        def test_calendar_key_is_stable(grant, cal):
            assert calendar_key(grant, cal) == calendar_key(grant, cal)


        def test_event_id_roundtrip():
            assert EVENT_ID.isalnum()
            assert len(GRANT_ID) == 36
        ''', g=uid4(r), c=gcal_id(r), e=gevent_id(r))


@neg("microsoft", "graph_permission_guids")
def n_graph_scopes_ts(r):
    return pick(r, ["src/graph/permissions.ts", "packages/outlook/src/scopes.ts"]), fill('''
        // Microsoft Graph application permission ids requested by the app manifest.
        export const GRAPH_RESOURCE_APP_ID = "00000003-0000-0000-c000-000000000000";

        export const APP_ROLES = {
          "Calendars.Read": "§a",
          "Calendars.ReadWrite": "§b",
          "Mail.Read": "§c",
          "Mail.Send": "§d",
          "Contacts.Read": "§e",
        } as const;

        export type AppRole = keyof typeof APP_ROLES;
        ''', a=uid4(r), b=uid4(r), c=uid4(r), d=uid4(r), e=uid4(r))


@neg("calcom", "docs_placeholders")
def n_calcom_docs_md(r):
    return pick(r, ["docs/integrations/cal-com.md", "docs/booking-api.md"]), fill('''
        # Cal.com integration

        1. In Cal.com go to **Settings > Developer > API keys** and create a key.
        2. Store it in the secret manager as `cal-api-key` (never in the repo).
        3. Keys look like `cal_live_xxxxxxxxxxxxxxxx` (production) or
           `cal_test_xxxxxxxxxxxxxxxx` (test mode).

        ```bash
        curl https://api.cal.com/v2/bookings \\
          -H "Authorization: Bearer $CAL_API_KEY" \\
          -H "cal-api-version: 2024-08-13"
        ```

        Event type used by the website: `§et` (slug `intro-call`).
        ''', et=r.randint(100000, 2999999))


@neg("google", "public_client_config")
def n_google_public_client(r):
    doc = {"oauth": {"client_id": gclient_id(r), "auth_uri": "https://accounts.google.com/o/oauth2/v2/auth",
                     "token_uri": "https://oauth2.googleapis.com/token", "pkce": True,
                     "redirect_uris": ["http://127.0.0.1:%d/callback" % r.choice([8085, 53682])],
                     "scopes": ["openid", "email", "https://www.googleapis.com/auth/calendar.events.readonly"]},
           "calendar": {"default_calendar_id": gcal_id(r), "page_size": 250}}
    return pick(r, ["config/oauth.public.json", "desktop/src/config/google.json"]), json.dumps(doc, indent=2) + "\n"


@neg("microsoft", "app_manifest_thumbprints")
def n_azure_manifest(r):
    doc = {"appId": uid4(r), "displayName": "%s Calendar Sync" % org(r).title(), "signInAudience": "AzureADMyOrg",
           "keyCredentials": [{"customKeyIdentifier": rs(r, "0123456789ABCDEF", 40), "keyId": uid4(r),
                               "type": "AsymmetricX509Cert", "usage": "Verify",
                               "displayName": "CN=calendar-sync", "endDateTime": iso(r, 2026)}],
           "passwordCredentials": [],
           "requiredResourceAccess": [{"resourceAppId": "00000003-0000-0000-c000-000000000000",
                                       "resourceAccess": [{"id": uid4(r), "type": "Role"},
                                                          {"id": uid4(r), "type": "Role"}]}]}
    return pick(r, ["infra/azure/app-manifest.json", "deploy/entra/manifest.json"]), json.dumps(doc, indent=2) + "\n"


@neg("tls", "x509_certificate")
def n_cert_pem(r):
    body = "MIID" + rs(r, ALNUM + "+/", 60)
    raw = body + b64std(r, 700)
    lines = [raw[i:i + 64] for i in range(0, len(raw), 64)]
    text = "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"
    return pick(r, ["certs/imap-ca.crt", "docker/davmail/ca.pem"]), text


@neg("tls", "pinned_fingerprints")
def n_pins_yaml(r):
    return pick(r, ["config/tls-pins.yaml", "deploy/mail-pins.yml"]), fill('''
        # SHA-256 fingerprints of the upstream mail servers' leaf certificates.
        pins:
          imap.fastmail.com: "sha256/§a"
          smtp.fastmail.com: "sha256/§b"
          imap.mail.me.com:  "§c"
        rotate_warning_days: 21
        ''', a=b64std(r, 32), b=b64std(r, 32), c=":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(32)))


@neg("icloud", "public_calendar_urls")
def n_public_ical_readme(r):
    return pick(r, ["README.md", "docs/calendars.md"]), fill('''
        # Public calendars shown on the website

        | Calendar | Feed |
        |----------|------|
        | Club events | webcal://p§n-caldav.icloud.com/published/2/§pub |
        | Holidays | https://calendar.google.com/calendar/ical/en.usa%23holiday%40group.v.calendar.google.com/public/basic.ics |
        | League fixtures | https://calendar.google.com/calendar/ical/§gc/public/basic.ics |

        Feeds are fetched hourly by `scripts/fetch_feeds.py` and cached in `public/feeds/`.
        ''', n=r.randint(10, 70), pub=rs(r, ALNUM + "_-", 150), gc=gcal_id(r).replace("@", "%40"))


@neg("fastmail", "jmap_session")
def n_jmap_session(r):
    acc = "u" + rs(r, HEXL, 8)
    doc = {"capabilities": {"urn:ietf:params:jmap:core": {"maxSizeUpload": 50000000},
                            "urn:ietf:params:jmap:mail": {}, "urn:ietf:params:jmap:contacts": {}},
           "accounts": {acc: {"name": fm_user(r), "isPersonal": True, "isReadOnly": False}},
           "primaryAccounts": {"urn:ietf:params:jmap:mail": acc},
           "username": fm_user(r),
           "apiUrl": "https://api.fastmail.com/jmap/api/",
           "downloadUrl": "https://www.fastmailusercontent.com/jmap/download/{accountId}/{blobId}/{name}?type={type}",
           "uploadUrl": "https://api.fastmail.com/jmap/upload/{accountId}/",
           "eventSourceUrl": "https://api.fastmail.com/jmap/event/",
           "state": rs(r, LOALNUM, 10)}
    return pick(r, ["tests/fixtures/jmap_session.json", "fixtures/fastmail/session.json"]), json.dumps(doc, indent=2) + "\n"


@neg("caldav", "etag_sync_token_xml")
def n_caldav_report(r):
    resp = []
    for _ in range(r.randint(2, 3)):
        resp.append(fill('''
              <d:response>
                <d:href>/dav/calendars/user/§u/§cal/§ev.ics</d:href>
                <d:propstat>
                  <d:prop>
                    <d:getetag>"§etag"</d:getetag>
                  </d:prop>
                  <d:status>HTTP/1.1 200 OK</d:status>
                </d:propstat>
              </d:response>''', u=fm_user(r), cal=uid4(r), ev=uid4(r), etag=rs(r, HEXL, 40)).rstrip("\n"))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<d:multistatus xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/">\n' +
            "\n".join(resp) +
            '\n  <d:sync-token>https://caldav.fastmail.com/ns/sync/%d</d:sync-token>\n</d:multistatus>\n' % r.randint(10 ** 6, 10 ** 8))
    return pick(r, ["tests/fixtures/caldav_sync_collection.xml", "fixtures/dav/report.xml"]), text


@neg("carddav", "ctag_etag_xml")
def n_carddav_propfind(r):
    return pick(r, ["tests/fixtures/carddav_propfind.xml", "fixtures/dav/addressbook.xml"]), fill('''
        <?xml version="1.0" encoding="UTF-8"?>
        <multistatus xmlns="DAV:" xmlns:CS="http://calendarserver.org/ns/" xmlns:C="urn:ietf:params:xml:ns:carddav">
          <response>
            <href>/§dsid/carddavhome/card/</href>
            <propstat>
              <prop>
                <displayname>card</displayname>
                <CS:getctag>HwoQEgwAAC§ctag</CS:getctag>
                <sync-token>https://contacts.icloud.com/§dsid/carddavhome/card/sync/§st</sync-token>
                <resourcetype><collection/><C:addressbook/></resourcetype>
              </prop>
              <status>HTTP/1.1 200 OK</status>
            </propstat>
          </response>
        </multistatus>
        ''', dsid=r.randint(10 ** 9, 10 ** 10 - 1), ctag=rs(r, ALNUM, 30), st=rs(r, ALNUM, 20))


@neg("gmail", "history_message_ids")
def n_gmail_history(r):
    hist = []
    for _ in range(r.randint(2, 3)):
        mid = rs(r, HEXL, 16)
        hist.append({"id": str(r.randint(10 ** 6, 10 ** 8)),
                     "messagesAdded": [{"message": {"id": mid, "threadId": mid, "labelIds": ["UNREAD", "INBOX"]}}]})
    doc = {"history": hist, "nextPageToken": str(r.randint(10 ** 17, 10 ** 18)), "historyId": str(r.randint(10 ** 6, 10 ** 8))}
    return pick(r, ["tests/fixtures/gmail_history.json", "fixtures/gmail/history_list.json"]), json.dumps(doc, indent=2) + "\n"


@neg("gmail", "pubsub_push_base64")
def n_gmail_pubsub(r):
    data = base64.b64encode(json.dumps({"emailAddress": email(r), "historyId": r.randint(10 ** 6, 10 ** 8)}).encode()).decode()
    doc = {"message": {"data": data, "messageId": str(r.randint(10 ** 15, 10 ** 16)),
                       "publishTime": iso(r), "attributes": {}},
           "subscription": "projects/%s-mail/subscriptions/gmail-push" % org(r)}
    return pick(r, ["tests/fixtures/pubsub_push.json", "fixtures/gmail/watch_notification.json"]), json.dumps(doc, indent=2) + "\n"


@neg("calendly", "api_response_uris")
def n_calendly_response(r):
    u = uid4(r)
    doc = {"resource": {"uri": "https://api.calendly.com/scheduled_events/%s" % u, "name": "30 Minute Meeting",
                        "status": "active", "start_time": iso(r), "end_time": iso(r),
                        "event_type": "https://api.calendly.com/event_types/%s" % uid4(r),
                        "location": {"type": "zoom", "join_url": "https://us02web.zoom.us/j/%d" % r.randint(10 ** 10, 10 ** 11)},
                        "event_memberships": [{"user": "https://api.calendly.com/users/%s" % uid4(r)}],
                        "created_at": iso(r), "updated_at": iso(r)}}
    return pick(r, ["tests/fixtures/calendly_event.json", "spec/fixtures/calendly/scheduled_event.json"]), json.dumps(doc, indent=2) + "\n"


@neg("zoom", "meeting_uuid_fixture")
def n_zoom_meeting(r):
    doc = {"uuid": b64std(r, 16), "id": r.randint(10 ** 10, 10 ** 11), "host_id": zoom_id(r),
           "host_email": email(r), "topic": "Weekly sync", "type": 8, "status": "waiting",
           "start_time": iso(r), "duration": 30, "timezone": "UTC", "created_at": iso(r),
           "settings": {"waiting_room": True, "join_before_host": False, "registrants_confirmation_email": True}}
    return pick(r, ["tests/fixtures/zoom_meeting.json", "fixtures/zoom/meeting.json"]), json.dumps(doc, indent=2) + "\n"


@neg("emailengine", "webhook_ids")
def n_ee_webhook(r):
    doc = {"serviceUrl": "https://ee.%s" % domain(r), "account": pick(r, ["support", "sales"]), "date": iso(r),
           "path": "INBOX", "specialUse": "\\Inbox", "event": "messageNew",
           "data": {"id": "AAAA" + rs(r, ALNUM, 12), "uid": r.randint(1, 90000), "emailId": str(r.randint(10 ** 18, 10 ** 19)),
                    "threadId": str(r.randint(10 ** 18, 10 ** 19)), "messageId": "<%s@%s>" % (uid4(r), domain(r)),
                    "subject": "Order confirmation", "flags": []}}
    return pick(r, ["tests/fixtures/emailengine_message_new.json", "fixtures/ee/webhook.json"]), json.dumps(doc, indent=2) + "\n"


@neg("nylas", "cli_grant_table")
def n_nylas_grants_txt(r):
    out = ["GRANT ID                              EMAIL                           PROVIDER   STATUS"]
    for _ in range(r.randint(3, 5)):
        out.append("%-37s %-31s %-10s %s" % (uid4(r), email(r), pick(r, ["google", "microsoft", "imap", "icloud"]),
                                             pick(r, ["valid", "valid", "invalid"])))
    return pick(r, ["docs/ops/grants-2024-05.txt", "notes/grant-audit.txt"]), "\n".join(out) + "\n"


@neg("cronofy", "calendar_profile_ids")
def n_cronofy_calendars(r):
    cals = []
    pro = "pro_" + rs(r, ALNUM, 16)
    for _ in range(r.randint(2, 3)):
        cals.append({"provider_name": "google", "profile_id": pro, "profile_name": email(r),
                     "calendar_id": "cal_" + rs(r, ALNUM, 10) + "_" + rs(r, ALNUM, 20),
                     "calendar_name": pick(r, ["Work", "Personal", "Interviews"]), "calendar_readonly": False,
                     "calendar_deleted": False, "calendar_primary": r.random() < 0.4})
    return pick(r, ["tests/fixtures/cronofy_calendars.json", "spec/fixtures/cronofy/list_calendars.json"]), json.dumps({"calendars": cals}, indent=2) + "\n"


@neg("aurinko", "account_listing")
def n_aurinko_accounts(r):
    out = []
    for _ in range(r.randint(2, 3)):
        out.append({"id": r.randint(10 ** 5, 10 ** 6), "serviceType": pick(r, ["Google", "Office365", "EWS"]),
                    "email": email(r), "authUserId": rs(r, DI, 21), "active": True, "tokenStatus": "active",
                    "clientOrgId": uid4(r)})
    return pick(r, ["tests/fixtures/aurinko_accounts.json", "fixtures/aurinko/accounts.json"]), json.dumps({"records": out, "totalSize": len(out)}, indent=2) + "\n"


@neg("unipile", "account_ids_fixture")
def n_unipile_accounts(r):
    items = []
    for _ in range(r.randint(2, 3)):
        items.append({"object": "Account", "id": rs(r, B64URL, 22), "type": pick(r, ["GOOGLE_OAUTH", "MAIL", "OUTLOOK"]),
                      "name": email(r), "created_at": iso(r),
                      "sources": [{"id": rs(r, B64URL, 22) + "_MAILS", "status": "OK"}]})
    return pick(r, ["tests/fixtures/unipile_accounts.json", "fixtures/unipile/accounts.json"]), json.dumps({"object": "AccountList", "items": items, "cursor": None}, indent=2) + "\n"


@neg("docker", "secret_mounts")
def n_dockerfile_secrets(r):
    return pick(r, ["Dockerfile", "docker/sync/Dockerfile"]), fill('''
        # syntax=docker/dockerfile:1.7
        FROM node:20-alpine AS build
        WORKDIR /src
        COPY package.json package-lock.json ./
        RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
        COPY . .
        RUN npm run build

        FROM node:20-alpine@sha256:§digest
        WORKDIR /app
        COPY --from=build /src/dist ./dist
        COPY --from=build /src/node_modules ./node_modules
        ENV NODE_ENV=production \\
            NYLAS_API_URI=https://api.us.nylas.com
        # NYLAS_API_KEY and GOOGLE_CLIENT_SECRET are injected at runtime from the secret store
        USER node
        CMD ["node", "dist/worker.js"]
        ''', digest=rs(r, HEXL, 64)), {"ft": "dockerfile"}


@neg("github", "secrets_expressions")
def n_workflow_secrets(r):
    return pick(r, [".github/workflows/deploy.yml", ".github/workflows/release.yml"]), fill('''
        name: deploy
        on:
          push:
            branches: [main]
        jobs:
          deploy:
            runs-on: ubuntu-latest
            environment: production
            steps:
              - uses: actions/checkout@§sha
              - name: Render config
                env:
                  NYLAS_API_KEY: ${{ secrets.NYLAS_API_KEY }}
                  GOOGLE_CLIENT_SECRET: ${{ secrets.GOOGLE_CLIENT_SECRET }}
                  CRONOFY_CLIENT_SECRET: ${{ secrets.CRONOFY_CLIENT_SECRET }}
                  GRAPH_CLIENT_ID: §cid
                run: ./scripts/render-config.sh > config/runtime.env
              - run: ./scripts/deploy.sh
        ''', sha=rs(r, HEXL, 40), cid=uid4(r))


@neg("helm", "existing_secret_checksums")
def n_helm_values(r):
    return pick(r, ["charts/mail-sync/values.yaml", "deploy/helm/mail-sync/values.yaml"]), fill('''
        image:
          repository: ghcr.io/§org/mail-sync
          digest: sha256:§digest
        podAnnotations:
          checksum/config: §cs
        nylas:
          apiUri: https://api.eu.nylas.com
          existingSecret: mail-sync-nylas
          existingSecretKey: api-key
        google:
          clientId: §gcid
          existingSecret: mail-sync-google
        ''', org=org(r), digest=rs(r, HEXL, 64), cs=rs(r, HEXL, 64), gcid=gclient_id(r))


@neg("k8s", "external_secret_refs")
def n_external_secret(r):
    return pick(r, ["k8s/mail-sync/externalsecret.yaml", "deploy/manifests/external-secrets.yaml"]), fill('''
        apiVersion: external-secrets.io/v1beta1
        kind: ExternalSecret
        metadata:
          name: mail-sync-credentials
        spec:
          refreshInterval: 1h
          secretStoreRef:
            kind: ClusterSecretStore
            name: vault-backend
          target:
            name: mail-sync-credentials
          data:
            - secretKey: NYLAS_API_KEY
              remoteRef:
                key: secret/data/mail-sync/nylas
                property: api_key
            - secretKey: ZOOM_CLIENT_SECRET
              remoteRef:
                key: secret/data/mail-sync/zoom
                property: client_secret
        ''')


@neg("k8s", "sealed_secret_ciphertext")
def n_sealed_secret(r):
    return pick(r, ["k8s/sealed/calendar-sync.yaml", "deploy/sealed-secrets/google-oauth.yaml"]), fill('''
        apiVersion: bitnami.com/v1alpha1
        kind: SealedSecret
        metadata:
          name: google-oauth
          namespace: scheduling
        spec:
          encryptedData:
            GOOGLE_CLIENT_SECRET: Ag§a
            GOOGLE_REFRESH_TOKEN: Ag§b
          template:
            metadata:
              name: google-oauth
            type: Opaque
        ''', a=b64std(r, 380), b=b64std(r, 420))


@neg("sops", "encrypted_values")
def n_sops_yaml(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64std(r, n), b64std(r, 32), b64std(r, 16))
    return pick(r, ["secrets/prod.enc.yaml", "deploy/secrets.sops.yaml"]), fill('''
        nylas_api_key: §a
        cronofy_client_secret: §b
        sops:
            kms: []
            age:
                - recipient: age1§rec
                  enc: |
                    -----BEGIN AGE ENCRYPTED FILE-----
                    §ageb
                    -----END AGE ENCRYPTED FILE-----
            lastmodified: "§ts"
            mac: §mac
            version: 3.8.1
        ''', a=enc(71), b=enc(42), rec=rs(r, "023456789acdefghjklmnpqrstuvwxyz", 58),
        ageb=b64std(r, 48), ts=iso(r), mac=enc(32))

@neg("ansible", "vault_ciphertext")
def n_ansible_vault(r):
    hexs = rs(r, HEXL, 80 * r.randint(8, 12))
    lines = [hexs[i:i + 80] for i in range(0, len(hexs), 80)]
    return pick(r, ["ansible/group_vars/mail/vault.yml", "inventory/group_vars/all/vault.yml"]), "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n"


@neg("release", "sha256sums")
def n_sha256sums(r):
    ver = "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9))
    out = []
    for plat in ["darwin_amd64", "darwin_arm64", "linux_amd64", "linux_arm64", "windows_amd64.exe"]:
        out.append("%s  calsync_%s_%s%s" % (rs(r, HEXL, 64), ver, plat, "" if plat.endswith("exe") else ".tar.gz"))
    return pick(r, ["dist/SHA256SUMS", "release/checksums.txt"]), "\n".join(out) + "\n", {"ft": "checksums"}


@neg("template", "env_example_placeholders")
def n_env_example(r):
    return pick(r, [".env.example", ".env.sample", "apps/web/.env.example"]), fill('''
        # Copy to .env and fill in. Never commit the real file.
        NYLAS_API_URI=https://api.us.nylas.com
        NYLAS_CLIENT_ID=
        NYLAS_API_KEY=nyk_v0_...
        GOOGLE_CLIENT_ID=your-client-id.apps.googleusercontent.com
        GOOGLE_CLIENT_SECRET=GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx
        CRONOFY_CLIENT_ID=
        CRONOFY_CLIENT_SECRET=
        CRONOFY_DATA_CENTER=§dc
        CAL_API_KEY=cal_live_xxxxxxxxxxxxxxxx
        ZOOM_ACCOUNT_ID=your_account_id
        ZOOM_CLIENT_ID=your_client_id
        ZOOM_CLIENT_SECRET=your_client_secret
        ICLOUD_APP_PASSWORD=xxxx-xxxx-xxxx-xxxx
        ''', dc=pick(r, ["us", "de", "uk"])), {"ft": "env"}


@neg("postman", "collection_variables")
def n_postman(r):
    doc = {"info": {"_postman_id": uid4(r), "name": "Mail & Calendar APIs",
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{nylas_api_key}}", "type": "string"}]},
           "item": [{"name": "List grants", "request": {"method": "GET",
                                                        "url": "{{nylas_api_uri}}/v3/grants?limit=10"}},
                    {"name": "List events", "request": {"method": "GET",
                                                        "url": "{{nylas_api_uri}}/v3/grants/{{grant_id}}/events?calendar_id=primary"}}],
           "variable": [{"key": "nylas_api_uri", "value": "https://api.us.nylas.com"},
                        {"key": "grant_id", "value": uid4(r)},
                        {"key": "nylas_api_key", "value": ""}]}
    return pick(r, ["postman/mail-calendar.postman_collection.json", "docs/api/collection.json"]), json.dumps(doc, indent=2) + "\n"


@neg("openapi", "security_schemes_examples")
def n_openapi(r):
    return pick(r, ["api/openapi.yaml", "docs/openapi/scheduling.yml"]), fill('''
        openapi: 3.0.3
        info:
          title: Scheduling API
          version: 1.§v.0
        components:
          securitySchemes:
            bearerAuth:
              type: http
              scheme: bearer
              description: Workspace API key (shown once at creation).
          schemas:
            Booking:
              type: object
              properties:
                id: {type: string, format: uuid, example: §id}
                calendar_id: {type: string, example: "§cal"}
                ical_uid: {type: string, example: "§ev@google.com"}
                etag: {type: string, example: '"§etag"'}
        security:
          - bearerAuth: []
        paths: {}
        ''', v=r.randint(0, 9), id=uid4(r), cal=gcal_id(r), ev=gevent_id(r), etag=r.randint(3 * 10 ** 15, 4 * 10 ** 15))


@neg("code", "token_generation")
def n_token_gen_py(r):
    return pick(r, ["app/security/tokens.py", "backend/webhooks/secrets.py"]), fill('''
        """Per-subscription webhook secrets: generated here, stored hashed."""
        import hashlib
        import hmac
        import secrets

        SECRET_BYTES = §n


        def new_signing_secret() -> str:
            return secrets.token_urlsafe(SECRET_BYTES)


        def fingerprint(secret: str) -> str:
            return hashlib.sha256(secret.encode()).hexdigest()[:12]


        def verify(secret: str, body: bytes, signature_hex: str) -> bool:
            expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
            return hmac.compare_digest(expected, signature_hex)
        ''', n=r.choice([32, 48]))


@neg("shell", "op_read_references")
def n_op_shell(r):
    return pick(r, ["scripts/load-secrets.sh", "bin/with-mail-secrets"]), fill('''
        #!/usr/bin/env bash
        # Exports mail/calendar credentials for local runs from 1Password.
        set -euo pipefail

        export NYLAS_API_KEY="$(op read 'op://§vault/Nylas/api key')"
        export GOOGLE_CLIENT_SECRET="$(op read 'op://§vault/Google OAuth/client secret')"
        export FASTMAIL_APP_PASSWORD="$(op read 'op://§vault/Fastmail/app password')"
        export CAL_API_KEY="$(vault kv get -field=api_key secret/mail/calcom)"

        exec "$@"
        ''', vault=pick(r, ["Engineering", "Mail", "Dev"])), {"ft": "sh"}


@neg("systemd", "load_credential")
def n_systemd_unit(r):
    return pick(r, ["deploy/systemd/mbsync.service", "ops/systemd/calsync.service"]), fill('''
        [Unit]
        Description=Mailbox synchronisation
        After=network-online.target
        Wants=network-online.target

        [Service]
        Type=oneshot
        LoadCredential=imap-password:/etc/credstore/imap-password
        Environment=IMAP_PASSWORD_FILE=%d/imap-password
        EnvironmentFile=-/etc/default/calsync
        ExecStart=/usr/bin/mbsync -a -c /etc/mbsync/mbsyncrc
        DynamicUser=yes
        StateDirectory=calsync
        ''')


@neg("mbsync", "sync_state")
def n_mbsync_state(r):
    out = ["FarUidValidity %d" % r.randint(10 ** 9, 4 * 10 ** 9), "NearUidValidity %d" % r.randint(10 ** 9, 4 * 10 ** 9),
           "MaxPulledUid %d" % r.randint(1000, 90000), "MaxPushedUid %d" % r.randint(1, 500)]
    u = r.randint(1000, 80000)
    for _ in range(r.randint(6, 12)):
        u += r.randint(1, 9)
        out.append("%d %d %s" % (u, r.randint(1, 500), pick(r, ["S", "FS", "RS", ""])))
    return pick(r, ["tests/fixtures/mbsync/.mbsyncstate", "fixtures/maildir/INBOX/.mbsyncstate"]), "\n".join(out) + "\n", {"ft": "mbsyncstate"}


@neg("privacy", "hashed_emails")
def n_hashed_emails(r):
    out = ["email_sha256,bookings,last_seen"]
    for _ in range(r.randint(4, 7)):
        out.append("%s,%d,2024-%02d-%02d" % (hashlib.sha256(email(r).encode()).hexdigest(), r.randint(1, 40),
                                             r.randint(1, 12), r.randint(1, 28)))
    return pick(r, ["analytics/exports/bookers_hashed.csv", "data/exports/attendees.csv"]), "\n".join(out) + "\n"


@neg("dns", "verification_records")
def n_zone_file(r):
    dom = domain(r)
    return pick(r, ["dns/%s.zone" % dom, "infra/bind/db.%s" % dom.split(".")[0]]), fill('''
        $ORIGIN §dom.
        $TTL 3600
        @        IN SOA ns1.§dom. hostmaster.§dom. ( §serial 7200 900 1209600 300 )
        @        IN MX 10 in1-smtp.messagingengine.com.
        @        IN MX 20 in2-smtp.messagingengine.com.
        @        IN TXT "v=spf1 include:spf.messagingengine.com ?all"
        @        IN TXT "google-site-verification=§gsv"
        @        IN TXT "MS=ms§ms"
        @        IN TXT "apple-domain=§apple"
        fm1._domainkey IN CNAME fm1.§dom.dkim.fmhosted.com.
        _dmarc   IN TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@§dom"
        ''', dom=dom, serial=r.randint(2024010100, 2024123199), gsv=rs(r, B64URL, 43), ms=r.randint(10 ** 7, 10 ** 8),
        apple=rs(r, ALNUM, 16)), {"ft": "zone"}


@neg("oauth", "pkce_docs")
def n_pkce_md(r):
    verifier_len = r.choice([43, 64, 128])
    return pick(r, ["docs/auth/pkce.md", "docs/desktop-oauth.md"]), fill('''
        # Desktop sign-in with PKCE

        The desktop app is a *public* client: it has a client id but no client
        secret. Each sign-in creates a fresh `code_verifier` (§vl random
        characters, kept in memory only) and sends its SHA-256 as the challenge.

        Example authorization request (values from a test run):

        ```
        GET https://accounts.google.com/o/oauth2/v2/auth
          ?client_id=§cid
          &redirect_uri=http%3A%2F%2F127.0.0.1%3A53682%2Fcallback
          &response_type=code
          &scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fcalendar.readonly
          &code_challenge=§cc
          &code_challenge_method=S256
          &state=§st
        ```
        ''', vl=verifier_len, cid=gclient_id(r), cc=b64url_nopad(rbytes(r, 32)), st=rs(r, HEXL, 32))


@neg("microsoft", "global_object_ids")
def n_outlook_goid(r):
    evs = []
    for _ in range(r.randint(2, 3)):
        evs.append({"id": graph_id(r), "iCalUId": outlook_goid(r), "subject": pick(r, ["Budget", "1:1", "Offsite"]),
                    "transactionId": uid4(r), "seriesMasterId": None,
                    "start": {"dateTime": iso(r)[:-1] + ".0000000", "timeZone": "UTC"}})
    return pick(r, ["tests/fixtures/outlook_events.json", "fixtures/graph/calendar_view.json"]), json.dumps({"value": evs}, indent=2) + "\n"


@neg("observability", "trace_request_ids")
def n_trace_log(r):
    out = []
    for _ in range(r.randint(4, 7)):
        tid, sid = rs(r, HEXL, 32), rs(r, HEXL, 16)
        out.append('%s INFO http.client method=GET url=https://api.us.nylas.com/v3/grants/%s/events status=%d '
                   'request_id=%s traceparent=00-%s-%s-01 duration_ms=%d' % (
                       logts(r), uid4(r), pick(r, [200, 200, 429]), uid4(r), tid, sid, r.randint(40, 900)))
    return pick(r, ["logs/api-client.log", "var/log/sync/http.log"]), "\n".join(out) + "\n"


@neg("code", "etag_computation_go")
def n_go_etag(r):
    return pick(r, ["internal/dav/etag.go", "pkg/caldav/etag.go"]), fill('''
        package dav

        import (
        	"crypto/sha1"
        	"encoding/hex"
        	"strconv"
        )

        // Known-good values used by the conformance tests.
        const (
        	emptyCalendarETag = "§e1"
        	syncTokenPrefix   = "https://§dom/ns/sync/"
        )

        func ETag(body []byte) string {
        	sum := sha1.Sum(body)
        	return strconv.Quote(hex.EncodeToString(sum[:]))
        }

        func SyncToken(rev int64) string {
        	return syncTokenPrefix + strconv.FormatInt(rev, 10)
        }
        ''', e1=hashlib.sha1(rs(r, ALNUM, 20).encode()).hexdigest(), dom=domain(r))


@neg("code", "hmac_test_vectors")
def n_hmac_test(r):
    body = json.dumps({"event": "invitee.created", "payload": {"uri": "https://api.calendly.com/scheduled_events/%s" % uid4(r)}})
    return pick(r, ["tests/test_calendly_signature.py", "tests/webhooks/test_verify.py"]), fill('''
        import os

        import pytest

        from app.webhooks.calendly import verify_signature

        SIGNING_KEY = os.environ.get("CALENDLY_TEST_SIGNING_KEY", "")
        BODY = §body
        HEADER = "t=§t,v1=§sig"


        @pytest.mark.skipif(not SIGNING_KEY, reason="needs CALENDLY_TEST_SIGNING_KEY")
        def test_recorded_delivery_verifies():
            assert verify_signature(SIGNING_KEY, BODY.encode(), HEADER, now=§t)


        def test_stale_timestamp_rejected():
            assert not verify_signature("x", b"{}", "t=0,v1=00", now=§t)
        ''', body=repr(body), t=epoch(r), sig=rs(r, HEXL, 64))


@neg("email", "base64_attachment")
def n_eml_attachment(r):
    bnd = "000000000000" + rs(r, HEXL, 16)
    pdf = base64.b64encode(b"%PDF-1.7\n" + rbytes(r, r.randint(300, 500))).decode()
    lines = [pdf[i:i + 76] for i in range(0, len(pdf), 76)]
    text = ("MIME-Version: 1.0\nFrom: %s\nTo: %s\nSubject: Minutes\nMessage-ID: <%s@%s>\n"
            "Content-Type: multipart/mixed; boundary=\"%s\"\n\n--%s\nContent-Type: text/plain; charset=\"UTF-8\"\n\n"
            "Minutes attached.\n\n--%s\nContent-Type: application/pdf; name=\"minutes.pdf\"\n"
            "Content-Disposition: attachment; filename=\"minutes.pdf\"\nContent-Transfer-Encoding: base64\n"
            "X-Attachment-Id: f_%s\n\n%s\n--%s--\n") % (
        email(r), email(r), uid4(r), domain(r), bnd, bnd, bnd, rs(r, LOALNUM, 9), "\n".join(lines), bnd)
    return pick(r, ["tests/fixtures/minutes.eml", "fixtures/mail/attachment.eml"]), text


@neg("compose", "image_digests")
def n_compose_digests(r):
    return pick(r, ["docker-compose.yml", "deploy/compose.yaml"]), fill('''
        services:
          emailengine:
            image: postalsys/emailengine@sha256:§d1
            environment:
              EENGINE_REDIS: redis://redis:6379/2
              EENGINE_WORKERS: "§w"
              EENGINE_SECRET_FILE: /run/secrets/eengine_secret
            secrets:
              - eengine_secret
            ports:
              - "127.0.0.1:3000:3000"
          redis:
            image: redis@sha256:§d2
        secrets:
          eengine_secret:
            file: ./secrets/eengine_secret.txt
        ''', d1=rs(r, HEXL, 64), d2=rs(r, HEXL, 64), w=r.choice([2, 4])), {"ft": "yml"}

# ================================================================ driver
N_POS = 500
N_NEG = 500
ENV_BLOCKED_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")

EXT_FT = {"yml": "yml", "yaml": "yaml", "py": "py", "ts": "ts", "js": "js", "go": "go", "rb": "rb",
          "php": "php", "json": "json", "toml": "toml", "ini": "ini", "md": "md", "sh": "sh",
          "tf": "tf", "sql": "sql", "csv": "csv", "log": "log", "jsonl": "jsonl", "txt": "txt",
          "ps1": "ps1", "config": "xml", "xml": "xml", "properties": "properties", "ics": "ics",
          "vcf": "vcf", "eml": "eml", "asc": "asc", "crt": "pem", "pem": "pem", "conf": "conf",
          "muttrc": "muttrc", "mk": "makefile", "service": "systemd", "sum": "gosum", "zone": "zone"}


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Makefile":
        return "makefile"
    if base == "Dockerfile":
        return "dockerfile"
    if "." in base.strip("."):
        return EXT_FT.get(base.rsplit(".", 1)[-1].lower(), base.rsplit(".", 1)[-1].lower())
    return base.lstrip(".") or "txt"


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return base.startswith(".env") and base not in ENV_BLOCKED_OK


def unpack(res):
    if len(res) == 2:
        return res[0], res[1], {}
    return res[0], res[1], (res[2] or {})


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    return full


def schedule(r, items, n, ok=None):
    """Round-robin over a freshly shuffled copy of items each cycle."""
    out = []
    while len(out) < n:
        cyc = list(items)
        r.shuffle(cyc)
        for it in cyc:
            if len(out) >= n:
                break
            if ok is None or ok(it):
                out.append(it)
    return out


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_hg.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    for sub in ("pos", "neg"):
        shutil.rmtree(os.path.join(outdir, sub), ignore_errors=True)
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []

    assert len(POS) >= 60 and len(NEG) >= 60, (len(POS), len(NEG))

    # ---------------- positives
    env_files = 0
    env_cap = N_POS // 20
    plan = schedule(r, POS, N_POS)
    for i, t in enumerate(plan):
        while True:
            if t["gen"] is not None:
                secret = t["gen"](r)
                S = Slot(secret)
            else:
                secret, S = None, Slot("")
            rel, text, extra = unpack(t["fn"](r, S))
            if is_blocked_env(rel) and env_files >= env_cap - 1:
                t = r.choice([p for p in POS if p["name"] != "p_dotenv"])
                continue
            break
        needle = extra.get("needle", secret)
        assert needle, t["name"]
        if is_blocked_env(rel):
            env_files += 1
        assert text.count(needle) >= 1, (t["name"], needle)
        lines = text.split("\n")
        line = next(k + 1 for k, ln in enumerate(lines) if needle in ln)
        fpath = "pos/p%04d/%s" % (i, rel)
        full = write(outdir, fpath, text)
        with open(full, encoding="utf-8", newline="") as fh:
            back = fh.read().split("\n")
        assert needle in back[line - 1], (fpath, line)
        assert all(needle not in ln for ln in back[:line - 1]), fpath
        manifest.append({"file": fpath, "label": "pos", "provider": extra.get("provider", t["provider"]),
                         "kind": extra.get("kind", t["kind"]), "filetype": extra.get("ft", filetype(rel))})
        secrets.append({"file": fpath, "needle": needle, "line": line})
    assert env_files <= env_cap, env_files

    # ---------------- negatives
    reuse_pool = [p for p in POS if p["reuse"]]
    kinds = ["reuse"] * (N_NEG // 2) + ["look"] * (N_NEG - N_NEG // 2)
    r.shuffle(kinds)
    reuse_plan = iter(schedule(r, reuse_pool, N_NEG // 2))
    look_plan = iter(schedule(r, NEG, N_NEG - N_NEG // 2))
    for i, k in enumerate(kinds):
        if k == "reuse":
            t = next(reuse_plan)
            S, cat = neg_slot(r, t["provider"], t["var"], t["docs"])
            rel, text, extra = unpack(t["fn"](r, S))
            provider, kind = t["provider"], "%s:%s" % (t["kind"], cat)
        else:
            t = next(look_plan)
            rel, text, extra = unpack(t["fn"](r))
            provider, kind = t["provider"], t["kind"]
        if is_blocked_env(rel):
            rel = rel.rsplit("/", 1)[0] + "/.env.example" if "/" in rel else ".env.example"
        assert not is_blocked_env(rel), rel
        fpath = "neg/n%04d/%s" % (i, rel)
        write(outdir, fpath, text)
        manifest.append({"file": fpath, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": extra.get("ft", filetype(rel))})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
