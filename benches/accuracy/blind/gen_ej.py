#!/usr/bin/env python3
"""gen_ej.py - blind evaluation-set generator for keyhook: credentials in spreadsheets and tabular data files.

EMPHASIS
  Credentials that sit in one cell of a table: credential inventories, config-migration mapping sheets,
  user import files, IoT device provisioning sheets (LoRaWAN AppKeys, Azure IoT device keys), service-account
  lists, vendor access trackers, Wi-Fi / router password sheets, password-manager CSV exports (Bitwarden,
  Chrome, LastPass, 1Password column layouts), admin-panel user exports with API tokens, Google Sheets config
  tabs read by Apps Script, seed data, env matrices, k8s secret audits, Terraform Cloud variable exports,
  backup jobs, SMS gateways, POS terminals, CRM connections, shared mailboxes (Gmail app passwords) ...
  40 positive table scenarios x 21 renderings:
    csv, tsv (.tsv/.tab), psv, xlsx-sharedStrings (xl/sharedStrings.xml of an unzipped workbook),
    xlsx-sheet (xl/worksheets/sheetN.xml, inline strings), ods-content (content.xml), spreadsheetml
    (Excel 2003 XML), markdown table, html (plain page or Google Sheets "waffle" web-page export),
    json-rows (array of objects), json-sheets-values (Sheets API values response), jsonl/ndjson,
    parquet-sidecar (schema + preview JSON), pandas-text (df.to_string()), ipynb (DataFrame output),
    psql aligned output, mysql box output, rst grid table, sql INSERT seeds, yaml seeds, apps-script (.gs
    writing the rows with setValues).
  Mixed providers: cloud (AWS, Azure storage/IoT/Service Bus, Google, DigitalOcean, Datadog, New Relic,
  Vault, Terraform Cloud, Mapbox), payments (Stripe sk/rk/whsec, Square, Shopify), AI (OpenAI, Anthropic,
  Hugging Face, Gemini-style Google keys), messaging (Slack bot/user/webhook, Telegram, Discord, Twilio,
  SendGrid, Mailgun, Mailchimp, FCM), SCM/dev (GitHub, GitLab, npm, PyPI, Postman, Linear), databases
  (Postgres/MySQL/MongoDB/Redis URLs, Supabase service_role, Databricks), HubSpot, LoRaWAN, human
  passwords, Wi-Fi PSKs, internal app API tokens.
  Half of the positives put the secret under an obvious column/variable name (api_key, password, token,
  STRIPE_SECRET_KEY...), half under a neutral one (value, extra, Details, CFG_07, UPSTREAM, notes "creds: ..."),
  inside a URL/connection string column, or in a ?key= / /bot<token>/ URL (manifest field "named").

USAGE
  python3 gen_ej.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500), OUTDIR/manifest.jsonl
  ({file,label,provider,kind,filetype,template[,named]}) and OUTDIR/secrets.jsonl ({file,needle,line}).
  Standard library only; all randomness from random.Random(SEED) (sub-generators seeded from it); no
  clock, no os.urandom, no set iteration.  Same SEED -> byte-identical output.  Files are 5-80 lines.

NEEDLE CONVENTIONS
  needle = the secret exactly as written in the file, line = 1-based line of its first occurrence.
  - API keys/tokens: the whole token including its prefix (sk_live_..., ghp_..., xoxb-..., SG.x.y ...).
  - Slack incoming webhooks: the whole https://hooks.slack.com/services/T../B../... URL.
  - Connection strings / URLs (postgres://, mysql://, mongodb+srv://, rediss://): only the password part.
  - Azure storage / Service Bus / IoT Hub connection strings: only the AccountKey / SharedAccessKey value.
  - id/secret pairs (AWS key id + secret, Twilio AC SID + auth token, Google client id + GOCSPX secret,
    LoRaWAN DevEUI + AppKey): the needle is the secret half; the public id may sit in the next column.
  - Passwords / Wi-Fi PSKs / Gmail app passwords (4x4 lowercase with spaces): the password string.
  Needles contain no XML/HTML/CSV/SQL-special characters, so they appear verbatim in every rendering.
  In parquet-sidecar files the secret sits in a preview row (it occurs once).

NEGATIVES
  250 files re-use the 40 positive scenarios with the secret cell filled by a look-alike: environment
  references (${X}, %X%, {{ secrets.X }}), secret-manager references (vault:, arn:aws:secretsmanager:, op://,
  GCP projects/.../secrets/..., Key Vault URLs, ssm:), masked values (sk_live_********1a2b, ****, bullets,
  [REDACTED], prefix...last4), placeholders (<YOUR_API_KEY>, sk_live_xxxx..., XXXX webhooks), empty cells,
  "rotated/revoked" notes, publishable or public values (Stripe pk_live_, Mapbox pk., Supabase anon JWT,
  Google OAuth client id, Twilio Account SID alone, AWS access key id alone, LoRaWAN DevEUI, x509-only IoT
  connection strings), passwordless / masked DSNs, provider documentation examples (AWS
  AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, the published Azurite emulator key).
  250 files are domain look-alikes: bcrypt/argon2/salted-sha256 password-hash columns, orders with Stripe
  object ids (pi_...) and tracking numbers, IBANs with valid check digits, phone numbers, customer ids and
  UUIDs, release checksums (sha256/md5), SSH public keys + fingerprints, id mappings, header-only import
  templates, a credential-format cheat-sheet of documented examples/placeholders, env-var catalogues
  without values, commit logs (40-hex SHAs), i18n strings about passwords/keys, device inventories
  (MAC/IMEI/DevEUI), client-side public keys, certificate fingerprints, ciphertext (sops ENC[...],
  vault:v1:, KMS blobs), Stripe documented test card numbers, npm integrity hashes, API-usage reports with
  key prefixes, public wallet addresses, audit logs with key ids, Wi-Fi sheets with masked PSKs.
  Other rows of positive files are filled the same way, so every positive holds exactly one credential.

DOUBTS
  Formats written from memory (not confirmed in a search this session) - lengths/alphabets may be off:
  - GitHub classic tokens: 30 random base62 + 6-char base62 CRC32 checksum; the exact checksum alphabet
    ordering is uncertain.  Fine-grained github_pat_11<20>_<59> from memory.  npm_ tokens assumed to use
    the same 30+6 CRC32 layout.
  - OpenAI sk-proj-<74>T3BlbkFJ<74> and legacy sk-<20>T3BlbkFJ<20>; Anthropic sk-ant-api03-<93>AA;
    Hugging Face hf_<34 letters>; GOCSPX-<28>; SendGrid SG.<22>.<43>; Mailgun key-<32hex> and
    <32hex>-<8hex>-<8hex>; Mailchimp <32hex>-usNN; shpat_/shpca_<32hex>; PyPI pypi-AgEIcHlwaS5vcmc...
    (macaroon body random, not a valid macaroon); dop_v1_<64hex>; Telegram <id>:AA<33>; Discord
    base64(id).<6>.<38>; Square EAAA<60>; Databricks dapi<32hex>; NRAK-<27>; PMAK-<24hex>-<34hex>;
    lin_api_<40>; Vault hvs.<...> lengths; Terraform Cloud <14>.atlasv1.<67>; FCM legacy server key
    AAAA<7>:APA91b<134>; HubSpot pat-na1-<uuid>; Mapbox sk./pk. payload layout; Supabase JWT claims;
    Datadog API key as bare 32 hex; Gmail app password as 4x4 lowercase letters.
  - Labels a reviewer might dispute: negatives holding an AWS access key id without its secret, a
    Supabase anon key (public by design, but a JWT), Mapbox pk. public tokens, the Azurite emulator key,
    password-hash dumps (sensitive data, but not a usable credential), Stripe test card numbers.
    Positives with bare hex secrets (Twilio auth token, Datadog key, LoRaWAN AppKey, Mailchimp) under a
    neutral column name are real credentials but have almost no lexical signal beyond the provider
    column; staging QA passwords are labelled positive.
  - Some scenario x rendering pairs are less common in real repos (e.g. a router sheet as an rst table).

SEARCHES
  docs: Azure IoT Hub device connection string (HostName/DeviceId/SharedAccessKey; learn.microsoft.com);
  Stripe API key types sk_/pk_/rk_ live/test (docs.stripe.com/keys); Mapbox public pk vs secret sk tokens
  (docs.mapbox.com); Bitwarden CSV export columns (gists quoting folder,favorite,type,name,notes,fields,
  reprompt,login_uri,login_username,login_password,login_totp).
  pages: GitHub token format (github.blog changelog 2021-03: ghp_/gho_/ghu_/ghs_/ghr_, [A-Za-z0-9_]).
  Scanner-related material that was shown and NOT used: a Microsoft Purview "sensitive information type"
  definition page for GitHub PATs (a DLP detection definition, pattern description), and a Go package
  (pyqlsa/token-forge) that forges/parses GitHub tokens with their checksum.  No scanner rule code or
  regexes were used.
"""

import base64
import binascii
import csv
import hashlib
import io
import json
import os
import random
import sys

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DIG = "0123456789"
ALNUM = UP + LO + DIG
BASE62 = DIG + UP + LO
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B32 = UP + "234567"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(rng, nbytes):
    return base64.b64encode(rbytes(rng, nbytes)).decode()


def b64url_nopad(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def chance(rng, p):
    return rng.random() < p


def base62_encode(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = BASE62[r] + out
    return out.rjust(width, "0")[-width:]


def crc_token(rng, prefix, body_len):
    """prefix + random base62 body + 6-char base62 CRC32 checksum of the body."""
    body = rs(rng, ALNUM, body_len)
    return prefix + body + base62_encode(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + pick(rng, "89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def date(rng, y0=2021, y1=2025):
    return "%04d-%02d-%02d" % (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def ts(rng):
    return "%sT%02d:%02d:%02dZ" % (date(rng), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


FIRST = ["Maria", "James", "Aisha", "Tomasz", "Priya", "Lukas", "Chen", "Fatima", "Diego", "Hannah",
         "Oluwaseun", "Yuki", "Sven", "Camille", "Rahul", "Ingrid", "Mateo", "Zainab", "Ethan", "Leila",
         "Kofi", "Anya", "Bruno", "Mei", "Pavel", "Sofia", "Arjun", "Nora", "Tariq", "Elif"]
LAST = ["Okafor", "Schmidt", "Nakamura", "Kowalski", "Fernandes", "Haddad", "Lindqvist", "Patel",
        "Moreau", "Rossi", "Novak", "Garcia", "Osei", "Ivanova", "Brennan", "Kim", "Dubois", "Silva",
        "Yilmaz", "Andersen", "Mbeki", "Costa", "Weber", "Tanaka", "O'Neill", "Horvat", "Larsen"]
COMPANIES = [("Northwind Logistics", "northwind-logistics.com"), ("Bluefin Analytics", "bluefin-analytics.io"),
             ("Harbor & Pine", "harborpine.co"), ("Kestrel Health", "kestrelhealth.net"),
             ("Oakridge Retail", "oakridge-retail.com"), ("Lumen Freight", "lumenfreight.eu"),
             ("Tidewater Energy", "tidewater-energy.com"), ("Pebble Finance", "pebblefin.app"),
             ("Granite Labs", "granitelabs.dev"), ("Cobalt Mobility", "cobaltmobility.de")]
TEAMS = ["platform", "payments", "data-eng", "growth", "infra", "mobile", "support-tools", "sre", "ml", "it-ops"]
ENVS = ["prod", "staging", "dev", "qa", "sandbox"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-2", "us-west-2"]
CITIES = ["Berlin", "Lisbon", "Austin", "Leeds", "Lyon", "Osaka", "Warsaw", "Toronto", "Nairobi", "Porto"]


class Ctx(object):
    """per-file context: company, people, etc."""

    def __init__(self, rng):
        self.company, self.domain = pick(rng, COMPANIES)
        self.slug = self.domain.split(".")[0]
        self.rng = rng

    def person(self):
        f, l = pick(self.rng, FIRST), pick(self.rng, LAST)
        return f + " " + l

    def email(self, name=None):
        name = name or self.person()
        f, l = name.split(" ", 1)
        l = l.replace("'", "")
        style = self.rng.randrange(3)
        local = (f + "." + l) if style == 0 else (f[0] + l) if style == 1 else f
        return local.lower() + "@" + self.domain

    def host(self, svc=None):
        svc = svc or pick(self.rng, ["db", "api", "auth", "mq", "cache", "search", "etl"])
        return "%s-%s.internal.%s" % (svc, pick(self.rng, ["01", "02", "a", "b", "main"]), self.domain)


# ---------------------------------------------------------------------------
# human passwords
# ---------------------------------------------------------------------------
WORDS = ["Falcon", "Maple", "River", "Copper", "Lantern", "Orchid", "Granite", "Harbor", "Pepper", "Willow",
         "Comet", "Saffron", "Timber", "Velvet", "Glacier", "Meadow", "Ember", "Marble", "Quartz", "Sparrow",
         "Thistle", "Juniper", "Basalt", "Cobalt", "Nimbus", "Pumpkin", "Walrus", "Cactus", "Kiwi", "Otter"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter", "January", "October", "March", "Sommer", "Herbst"]
SYMS = "!@#$%*?+=-_."


def human_password(rng):
    s = rng.randrange(7)
    if s == 0:
        p = pick(rng, WORDS) + pick(rng, SYMS) + pick(rng, WORDS).lower() + str(rng.randint(10, 999))
    elif s == 1:
        p = pick(rng, SEASONS) + str(rng.randint(2019, 2025)) + pick(rng, "!#$?*") + rs(rng, DIG, 2)
    elif s == 2:
        w = pick(rng, WORDS)
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        p = leet + pick(rng, SYMS) + str(rng.randint(100, 9999))
    elif s == 3:  # password-manager generated
        while True:
            p = rs(rng, ALNUM + "!@#$%*?-_", rng.randint(16, 24))
            if any(c in DIG for c in p) and any(c in "!@#$%*?-_" for c in p):
                break
    elif s == 4:  # passphrase
        p = "-".join(pick(rng, WORDS).lower() for _ in range(rng.randint(3, 4))) + str(rng.randint(1, 99))
    elif s == 5:
        p = pick(rng, WORDS) + pick(rng, WORDS) + "#" + str(rng.randint(1000, 9999))
    else:
        p = rs(rng, UP, 1) + rs(rng, LO + DIG, rng.randint(9, 12)) + pick(rng, "!$%*") + rs(rng, DIG, 1)
    return p


def wifi_passphrase(rng):
    s = rng.randrange(4)
    if s == 0:
        return pick(rng, WORDS) + "-" + pick(rng, WORDS) + "-" + str(rng.randint(10, 99))
    if s == 1:
        return rs(rng, ALNUM, rng.randint(12, 20))
    if s == 2:
        return pick(rng, WORDS).lower() + pick(rng, WORDS).lower() + str(rng.randint(1000, 99999))
    return pick(rng, SEASONS) + pick(rng, WORDS) + pick(rng, "!#$%") + str(rng.randint(10, 99))


# ---------------------------------------------------------------------------
# credential kinds.  Each generator returns a dict:
#   needle  - the secret exactly as written
#   cell    - what goes into the table cell (may embed the needle in a URL / conn string)
#   pub     - optional public identifier that sits next to it (key id, SID, client id...)
# Each kind also knows how to build look-alike (non-secret) cells for negatives.
# ---------------------------------------------------------------------------

def g_aws(rng, ctx):
    sec = base64.b64encode(rbytes(rng, 30)).decode()
    return dict(needle=sec, cell=sec, pub="AKIA" + rs(rng, B32, 16))


def g_github_classic(rng, ctx):
    t = crc_token(rng, pick(rng, ["ghp_", "ghp_", "ghp_", "gho_", "ghs_"]), 30)
    return dict(needle=t, cell=t)


def g_github_fine(rng, ctx):
    t = "github_pat_11" + rs(rng, UP + DIG, 20) + "_" + rs(rng, ALNUM, 59)
    return dict(needle=t, cell=t)


def g_gitlab(rng, ctx):
    t = "glpat-" + rs(rng, B64URL, 20)
    return dict(needle=t, cell=t)


def g_stripe_sk(rng, ctx):
    t = "sk_live_" + pick(rng, ["51", "51"]) + rs(rng, ALNUM, pick(rng, [22, 97]))
    return dict(needle=t, cell=t, pub=None)


def g_stripe_rk(rng, ctx):
    t = "rk_live_51" + rs(rng, ALNUM, pick(rng, [22, 97]))
    return dict(needle=t, cell=t)


def g_stripe_whsec(rng, ctx):
    t = "whsec_" + rs(rng, ALNUM, 32)
    return dict(needle=t, cell=t, pub="we_1" + rs(rng, ALNUM, 23))


def g_slack_bot(rng, ctx):
    t = "xoxb-%s-%s-%s" % (rs(rng, DIG, rng.randint(10, 12)), rs(rng, DIG, 13), rs(rng, ALNUM, 24))
    return dict(needle=t, cell=t)


def g_slack_user(rng, ctx):
    t = "xoxp-%s-%s-%s-%s" % (rs(rng, DIG, 11), rs(rng, DIG, 11), rs(rng, DIG, 13), rs(rng, HEX, 32))
    return dict(needle=t, cell=t)


def g_slack_webhook(rng, ctx):
    t = "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(rng, UP + DIG, 8), rs(rng, UP + DIG, 10),
                                                          rs(rng, ALNUM, 24))
    return dict(needle=t, cell=t)


def g_openai(rng, ctx):
    if chance(rng, 0.6):
        t = "sk-proj-" + rs(rng, B64URL, 74) + "T3BlbkFJ" + rs(rng, B64URL, 74)
    else:
        t = "sk-" + rs(rng, ALNUM, 20) + "T3BlbkFJ" + rs(rng, ALNUM, 20)
    return dict(needle=t, cell=t)


def g_anthropic(rng, ctx):
    t = "sk-ant-api03-" + rs(rng, B64URL, 93) + "AA"
    return dict(needle=t, cell=t)


def g_hf(rng, ctx):
    t = "hf_" + rs(rng, UP + LO, 34)
    return dict(needle=t, cell=t)


def g_google_api(rng, ctx):
    t = "AIza" + rs(rng, B64URL, 35)
    return dict(needle=t, cell=t)


def g_google_oauth(rng, ctx):
    t = "GOCSPX-" + rs(rng, B64URL, 28)
    return dict(needle=t, cell=t, pub="%s-%s.apps.googleusercontent.com" % (rs(rng, DIG, 12), rs(rng, LO + DIG, 32)))


def g_sendgrid(rng, ctx):
    t = "SG." + rs(rng, B64URL, 22) + "." + rs(rng, B64URL, 43)
    return dict(needle=t, cell=t)


def g_twilio(rng, ctx):
    t = rs(rng, HEX, 32)
    return dict(needle=t, cell=t, pub="AC" + rs(rng, HEX, 32))


def g_mailgun(rng, ctx):
    if chance(rng, 0.5):
        t = "key-" + rs(rng, HEX, 32)
    else:
        t = rs(rng, HEX, 32) + "-" + rs(rng, HEX, 8) + "-" + rs(rng, HEX, 8)
    return dict(needle=t, cell=t)


def g_mailchimp(rng, ctx):
    t = rs(rng, HEX, 32) + "-us" + str(rng.randint(2, 21))
    return dict(needle=t, cell=t)


def g_shopify(rng, ctx):
    t = pick(rng, ["shpat_", "shpat_", "shpca_"]) + rs(rng, HEX, 32)
    return dict(needle=t, cell=t, pub="%s.myshopify.com" % ctx.slug)


def g_npm(rng, ctx):
    t = crc_token(rng, "npm_", 30)
    return dict(needle=t, cell=t)


def g_pypi(rng, ctx):
    t = "pypi-AgEIcHlwaS5vcmcCJD" + rs(rng, B64URL, rng.randint(150, 170))
    return dict(needle=t, cell=t)


def g_digitalocean(rng, ctx):
    t = "dop_v1_" + rs(rng, HEX, 64)
    return dict(needle=t, cell=t)


def g_telegram(rng, ctx):
    t = "%s:AA%s" % (rs(rng, "123456789", 1) + rs(rng, DIG, rng.randint(8, 9)), rs(rng, B64URL, 33))
    return dict(needle=t, cell=t)


def g_discord(rng, ctx):
    uid = str(rng.randint(10 ** 17, 10 ** 18 * 9))
    t = b64url_nopad(uid.encode()) + "." + rs(rng, B64URL, 6) + "." + rs(rng, B64URL, 38)
    return dict(needle=t, cell=t, pub=uid)


def g_square(rng, ctx):
    t = "EAAA" + rs(rng, B64URL, 60)
    return dict(needle=t, cell=t, pub="sq0idp-" + rs(rng, B64URL, 22))


def g_databricks(rng, ctx):
    t = "dapi" + rs(rng, HEX, 32) + pick(rng, ["", "", "-2", "-3"])
    return dict(needle=t, cell=t)


def g_newrelic(rng, ctx):
    t = "NRAK-" + rs(rng, UP + DIG, 27)
    return dict(needle=t, cell=t)


def g_postman(rng, ctx):
    t = "PMAK-" + rs(rng, HEX, 24) + "-" + rs(rng, HEX, 34)
    return dict(needle=t, cell=t)


def g_linear(rng, ctx):
    t = "lin_api_" + rs(rng, ALNUM, 40)
    return dict(needle=t, cell=t)


def g_datadog(rng, ctx):
    t = rs(rng, HEX, 32)
    return dict(needle=t, cell=t)


def g_vault(rng, ctx):
    t = "hvs." + rs(rng, B64URL, 24) if chance(rng, 0.4) else "hvs.CAESI" + rs(rng, B64URL, 86)
    return dict(needle=t, cell=t)


def g_tfc(rng, ctx):
    t = rs(rng, ALNUM, 14) + ".atlasv1." + rs(rng, ALNUM, 67)
    return dict(needle=t, cell=t)


def g_fcm(rng, ctx):
    t = "AAAA" + rs(rng, B64URL, 7) + ":APA91b" + rs(rng, B64URL, 134)
    return dict(needle=t, cell=t)


def _jwt(header, payload, rng):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64url_nopad(rbytes(rng, 32))


def g_supabase_service(rng, ctx):
    ref = rs(rng, LO, 20)
    iat = rng.randint(1650000000, 1720000000)
    t = _jwt({"alg": "HS256", "typ": "JWT"},
             {"iss": "supabase", "ref": ref, "role": "service_role", "iat": iat, "exp": iat + 315360000}, rng)
    return dict(needle=t, cell=t, pub="https://%s.supabase.co" % ref)


def g_mapbox_sk(rng, ctx):
    user = ctx.slug.replace("-", "")[:12]
    payload = json.dumps({"u": user, "a": rs(rng, LO + DIG, 25)}, separators=(",", ":")).encode()
    t = "sk." + b64url_nopad(payload) + "." + rs(rng, B64URL, 22)
    return dict(needle=t, cell=t)


def _pw_url(rng, ctx, scheme, port, user, dbname, extra=""):
    pw = human_password(rng) if chance(rng, 0.5) else rs(rng, ALNUM, rng.randint(18, 28))
    pw = pw.replace("@", "A").replace("#", "H").replace("?", "Q").replace("%", "P").replace("/", "s")
    host = ctx.host(pick(rng, ["db", "pg", "mysql", "mongo", "cache", "redis"]))
    url = "%s://%s:%s@%s:%d/%s%s" % (scheme, user, pw, host, port, dbname, extra)
    return dict(needle=pw, cell=url, pub=user)


def g_postgres_url(rng, ctx):
    return _pw_url(rng, ctx, pick(rng, ["postgres", "postgresql"]), 5432,
                   pick(rng, ["app", "svc_billing", "etl_writer", "reporting"]), pick(rng, ["app", "billing", "dw"]),
                   pick(rng, ["", "?sslmode=require"]))


def g_mysql_url(rng, ctx):
    return _pw_url(rng, ctx, "mysql", 3306, pick(rng, ["wp_user", "shop", "root", "legacy_app"]),
                   pick(rng, ["shop", "wordpress", "crm"]))


def g_mongodb_url(rng, ctx):
    pw = rs(rng, ALNUM, rng.randint(16, 24))
    user = pick(rng, ["appUser", "analytics", "svc-ingest"])
    url = "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority" % (
        user, pw, rs(rng, LO + DIG, 5), pick(rng, ["orders", "events", "catalog"]))
    return dict(needle=pw, cell=url, pub=user)


def g_redis_url(rng, ctx):
    pw = rs(rng, ALNUM, rng.randint(24, 32))
    url = "rediss://default:%s@%s:6380/0" % (pw, ctx.host("redis"))
    return dict(needle=pw, cell=url)


def g_azure_storage(rng, ctx):
    key = b64(rng, 64)
    acct = (ctx.slug.replace("-", "")[:14] + pick(rng, ["prod", "data", "logs", "st"]))[:22]
    cell = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, key)
    return dict(needle=key, cell=cell, pub=acct)


def g_azure_iot(rng, ctx):
    key = b64(rng, 32)
    dev = "%s-%s-%03d" % (pick(rng, ["sensor", "gw", "meter", "cam", "tracker"]), pick(rng, CITIES).lower(),
                          rng.randint(1, 400))
    cell = "HostName=%s-iothub.azure-devices.net;DeviceId=%s;SharedAccessKey=%s" % (ctx.slug, dev, key)
    return dict(needle=key, cell=cell, pub=dev)


def g_azure_sb(rng, ctx):
    key = b64(rng, 32)
    cell = ("Endpoint=sb://%s-bus.servicebus.windows.net/;SharedAccessKeyName=%s;SharedAccessKey=%s"
            % (ctx.slug, pick(rng, ["RootManageSharedAccessKey", "send-only", "listen-orders"]), key))
    return dict(needle=key, cell=cell)


def g_lorawan(rng, ctx):
    key = rs(rng, UHEX, 32)
    return dict(needle=key, cell=key, pub=rs(rng, UHEX, 16))


def g_password(rng, ctx):
    p = human_password(rng)
    return dict(needle=p, cell=p)


def g_app_token(rng, ctx):
    t = rs(rng, ALNUM, pick(rng, [24, 32, 40]))
    return dict(needle=t, cell=t)


def g_google_app_password(rng, ctx):
    t = " ".join(rs(rng, LO, 4) for _ in range(4))
    return dict(needle=t, cell=t)


def g_hubspot(rng, ctx):
    t = "pat-%s-%s" % (pick(rng, ["na1", "eu1", "na2"]), uuid4(rng))
    return dict(needle=t, cell=t)


def g_wifi(rng, ctx):
    p = wifi_passphrase(rng)
    return dict(needle=p, cell=p)


# kind -> (provider, generator, label, env var name, category)
KINDS = {
    "aws_secret_access_key": ("aws", g_aws, "AWS IAM", "AWS_SECRET_ACCESS_KEY", "cloud"),
    "github_token": ("github", g_github_classic, "GitHub", "GITHUB_TOKEN", "scm"),
    "github_fine_grained_pat": ("github", g_github_fine, "GitHub", "GH_PAT", "scm"),
    "gitlab_pat": ("gitlab", g_gitlab, "GitLab", "GITLAB_TOKEN", "scm"),
    "stripe_secret_key": ("stripe", g_stripe_sk, "Stripe", "STRIPE_SECRET_KEY", "payments"),
    "stripe_restricted_key": ("stripe", g_stripe_rk, "Stripe", "STRIPE_RESTRICTED_KEY", "payments"),
    "stripe_webhook_secret": ("stripe", g_stripe_whsec, "Stripe webhooks", "STRIPE_WEBHOOK_SECRET", "payments"),
    "slack_bot_token": ("slack", g_slack_bot, "Slack", "SLACK_BOT_TOKEN", "messaging"),
    "slack_user_token": ("slack", g_slack_user, "Slack", "SLACK_USER_TOKEN", "messaging"),
    "slack_webhook_url": ("slack", g_slack_webhook, "Slack", "SLACK_WEBHOOK_URL", "messaging"),
    "openai_api_key": ("openai", g_openai, "OpenAI", "OPENAI_API_KEY", "ai"),
    "anthropic_api_key": ("anthropic", g_anthropic, "Anthropic", "ANTHROPIC_API_KEY", "ai"),
    "huggingface_token": ("huggingface", g_hf, "Hugging Face", "HF_TOKEN", "ai"),
    "google_api_key": ("google", g_google_api, "Google Cloud", "GOOGLE_API_KEY", "cloud"),
    "google_oauth_client_secret": ("google", g_google_oauth, "Google OAuth", "GOOGLE_CLIENT_SECRET", "cloud"),
    "sendgrid_api_key": ("sendgrid", g_sendgrid, "SendGrid", "SENDGRID_API_KEY", "messaging"),
    "twilio_auth_token": ("twilio", g_twilio, "Twilio", "TWILIO_AUTH_TOKEN", "messaging"),
    "mailgun_api_key": ("mailgun", g_mailgun, "Mailgun", "MAILGUN_API_KEY", "messaging"),
    "mailchimp_api_key": ("mailchimp", g_mailchimp, "Mailchimp", "MAILCHIMP_API_KEY", "messaging"),
    "shopify_access_token": ("shopify", g_shopify, "Shopify", "SHOPIFY_ACCESS_TOKEN", "payments"),
    "npm_token": ("npm", g_npm, "npm", "NPM_TOKEN", "scm"),
    "pypi_token": ("pypi", g_pypi, "PyPI", "PYPI_API_TOKEN", "scm"),
    "digitalocean_token": ("digitalocean", g_digitalocean, "DigitalOcean", "DIGITALOCEAN_TOKEN", "cloud"),
    "telegram_bot_token": ("telegram", g_telegram, "Telegram", "TELEGRAM_BOT_TOKEN", "messaging"),
    "discord_bot_token": ("discord", g_discord, "Discord", "DISCORD_BOT_TOKEN", "messaging"),
    "square_access_token": ("square", g_square, "Square", "SQUARE_ACCESS_TOKEN", "payments"),
    "databricks_token": ("databricks", g_databricks, "Databricks", "DATABRICKS_TOKEN", "databases"),
    "newrelic_user_key": ("newrelic", g_newrelic, "New Relic", "NEW_RELIC_API_KEY", "cloud"),
    "postman_api_key": ("postman", g_postman, "Postman", "POSTMAN_API_KEY", "scm"),
    "linear_api_key": ("linear", g_linear, "Linear", "LINEAR_API_KEY", "scm"),
    "datadog_api_key": ("datadog", g_datadog, "Datadog", "DD_API_KEY", "cloud"),
    "vault_token": ("hashicorp", g_vault, "Vault", "VAULT_TOKEN", "cloud"),
    "terraform_cloud_token": ("hashicorp", g_tfc, "Terraform Cloud", "TFE_TOKEN", "cloud"),
    "fcm_server_key": ("google", g_fcm, "Firebase Cloud Messaging", "FCM_SERVER_KEY", "messaging"),
    "supabase_service_role_key": ("supabase", g_supabase_service, "Supabase", "SUPABASE_SERVICE_ROLE_KEY", "databases"),
    "mapbox_secret_token": ("mapbox", g_mapbox_sk, "Mapbox", "MAPBOX_SECRET_TOKEN", "cloud"),
    "postgres_password_in_url": ("postgresql", g_postgres_url, "PostgreSQL", "DATABASE_URL", "databases"),
    "mysql_password_in_url": ("mysql", g_mysql_url, "MySQL", "MYSQL_URL", "databases"),
    "mongodb_password_in_uri": ("mongodb", g_mongodb_url, "MongoDB Atlas", "MONGODB_URI", "databases"),
    "redis_password_in_url": ("redis", g_redis_url, "Redis", "REDIS_URL", "databases"),
    "azure_storage_account_key": ("azure", g_azure_storage, "Azure Storage", "AZURE_STORAGE_CONNECTION_STRING", "cloud"),
    "azure_iot_device_key": ("azure", g_azure_iot, "Azure IoT Hub", "IOTHUB_DEVICE_CONNECTION_STRING", "iot"),
    "azure_service_bus_key": ("azure", g_azure_sb, "Azure Service Bus", "SERVICEBUS_CONNECTION_STRING", "cloud"),
    "lorawan_app_key": ("lorawan", g_lorawan, "LoRaWAN (TTN)", "TTN_APP_KEY", "iot"),
    "password": ("generic", g_password, "password", "PASSWORD", "password"),
    "wifi_psk": ("wifi", g_wifi, "Wi-Fi", "WIFI_PSK", "password"),
    "app_api_token": ("generic", g_app_token, "internal API", "APP_API_TOKEN", "app"),
    "google_app_password": ("google", g_google_app_password, "Gmail app password", "SMTP_PASSWORD", "password"),
    "hubspot_private_app_token": ("hubspot", g_hubspot, "HubSpot", "HUBSPOT_ACCESS_TOKEN", "saas"),
}

API_KINDS = [k for k, v in KINDS.items() if v[4] not in ("password", "iot", "app")]
URL_KINDS = ["postgres_password_in_url", "mysql_password_in_url", "mongodb_password_in_uri", "redis_password_in_url",
             "azure_storage_account_key", "azure_service_bus_key", "slack_webhook_url"]


class Cred(object):
    def __init__(self, kind, rng, ctx, positive):
        self.kind = kind
        self.provider, gen, self.label, self.env, self.cat = KINDS[kind]
        d = gen(rng, ctx)
        self.pub = d.get("pub")
        self.positive = positive
        if positive:
            self.needle, self.cell = d["needle"], d["cell"]
        else:
            self.needle = None
            self.cell = lookalike(rng, ctx, kind, d)


# ---------------------------------------------------------------------------
# look-alikes (negatives): never contain a usable secret
# ---------------------------------------------------------------------------
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"  # AWS documentation example value
AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"
AZURITE_KEY = ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/"
               "K1SZFPTOtr/KBHBeksoGMGw==")  # well-known storage emulator key, published by Microsoft


def env_ref(rng, env):
    s = rng.randrange(9)
    return ["${%s}" % env, "$%s" % env, "%%%s%%" % env, "{{ secrets.%s }}" % env, "env:%s" % env,
            "<from env %s>" % env, "ENV[\"%s\"]" % env, "(set via %s)" % env, "{{ .Env.%s }}" % env][s]


def vault_ref(rng, ctx, env):
    name = env.lower().replace("_", "-")
    s = rng.randrange(6)
    if s == 0:
        return "vault:secret/data/%s/%s#value" % (pick(rng, ENVS), name)
    if s == 1:
        return "arn:aws:secretsmanager:%s:%s:secret:%s/%s-%s" % (pick(rng, REGIONS), rs(rng, DIG, 12),
                                                                   pick(rng, ENVS), name, rs(rng, ALNUM, 6))
    if s == 2:
        return "op://%s/%s/credential" % (pick(rng, ["Engineering", "Ops", "Shared-Infra"]), name)
    if s == 3:
        return "projects/%s-%s/secrets/%s/versions/latest" % (ctx.slug, pick(rng, ENVS), name)
    if s == 4:
        return "https://%s-kv.vault.azure.net/secrets/%s" % (ctx.slug[:12], name)
    return "ssm:/%s/%s/%s" % (ctx.slug, pick(rng, ENVS), name)


def masked(rng, d):
    n = d["needle"]
    pre = ""
    for p in ("sk_live_", "rk_live_", "whsec_", "xoxb-", "xoxp-", "sk-proj-", "sk-ant-api03-", "sk-", "hf_", "AIza",
              "GOCSPX-", "SG.", "shpat_", "shpca_", "npm_", "pypi-", "dop_v1_", "dapi", "NRAK-", "PMAK-", "lin_api_",
              "hvs.", "pat-na1-", "pat-eu1-", "ghp_", "gho_", "ghs_", "github_pat_", "glpat-", "EAAA", "key-", "sk."):
        if n.startswith(p):
            pre = p
            break
    tail = n[-4:]
    s = rng.randrange(6)
    if s == 0:
        return pre + "*" * 12 + tail
    if s == 1:
        return pre + "\u2022" * 8 + tail
    if s == 2:
        return "********"
    if s == 3:
        return "[REDACTED]"
    if s == 4:
        return pre + "..." + tail
    return "****" + tail


def placeholder(rng, kind, d):
    n = d["needle"]
    specific = {
        "aws_secret_access_key": ["YOUR_SECRET_ACCESS_KEY", AWS_DOC_SECRET, "<aws-secret-access-key>"],
        "stripe_secret_key": ["sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_...", "sk_live_YOUR_KEY_HERE"],
        "stripe_restricted_key": ["rk_live_...", "rk_live_<restricted key>"],
        "stripe_webhook_secret": ["whsec_...", "whsec_<from dashboard>"],
        "github_token": ["ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "ghp_<token>", "<github-pat>"],
        "github_fine_grained_pat": ["github_pat_<redacted>", "github_pat_XXXXXXXX"],
        "openai_api_key": ["sk-...", "sk-proj-<your key>", "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        "anthropic_api_key": ["sk-ant-...", "sk-ant-api03-<key>"],
        "slack_webhook_url": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                              "https://hooks.slack.com/services/<team>/<channel>/<token>"],
        "slack_bot_token": ["xoxb-your-bot-token", "xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX"],
        "slack_user_token": ["xoxp-...", "xoxp-<user token>"],
        "sendgrid_api_key": ["SG.xxxxxxxx.yyyyyyyy", "SG.<api key>"],
        "twilio_auth_token": ["your_auth_token", "[AuthToken]", "<twilio auth token>"],
        "azure_storage_account_key": [AZURITE_KEY, "<storage-account-key>"],
        "azure_iot_device_key": ["<primary key>", "{device key}"],
        "postgres_password_in_url": ["postgres://USER:PASSWORD@HOST:5432/DB", "postgresql://<user>:<password>@<host>/<db>"],
        "mysql_password_in_url": ["mysql://user:password@localhost:3306/db"],
        "mongodb_password_in_uri": ["mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/"],
        "redis_password_in_url": ["redis://:<password>@host:6379/0"],
        "lorawan_app_key": ["00000000000000000000000000000000", "<AppKey>", "see TTN console"],
        "google_app_password": ["xxxx xxxx xxxx xxxx", "<16-char app password>"],
        "hubspot_private_app_token": ["pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "<private app token>"],
        "password": ["<set on first login>", "(SSO)", "<temp password sent by email>"],
        "wifi_psk": ["(printed on router label)", "see 1Password: Office Wi-Fi", "802.1X - no PSK"],
        "google_api_key": ["AIza...", "YOUR_API_KEY", "<browser key>"],
    }
    generic = ["<YOUR_API_KEY>", "your-api-key-here", "TODO", "REPLACE_ME", "<paste here>", "xxxxxxxx",
               "TBD", "n/a", "<secret>", "INSERT_TOKEN"]
    opts = specific.get(kind, []) + generic[:3]
    return pick(rng, opts)


def public_counterpart(rng, ctx, kind, d):
    """values a provider documents as safe to expose, or identifiers that are not secret."""
    if kind in ("stripe_secret_key", "stripe_restricted_key"):
        return "pk_live_51" + rs(rng, ALNUM, pick(rng, [22, 97]))
    if kind == "mapbox_secret_token":
        payload = json.dumps({"u": ctx.slug.replace("-", "")[:12], "a": rs(rng, LO + DIG, 25)},
                             separators=(",", ":")).encode()
        return "pk." + b64url_nopad(payload) + "." + rs(rng, B64URL, 22)
    if kind == "aws_secret_access_key":
        return d["pub"]  # access key id alone
    if kind == "google_oauth_client_secret":
        return d["pub"]
    if kind == "twilio_auth_token":
        return d["pub"]
    if kind == "supabase_service_role_key":
        ref = rs(rng, LO, 20)
        iat = rng.randint(1650000000, 1720000000)
        return _jwt({"alg": "HS256", "typ": "JWT"},
                    {"iss": "supabase", "ref": ref, "role": "anon", "iat": iat, "exp": iat + 315360000}, rng)
    if kind == "lorawan_app_key":
        return d["pub"]  # DevEUI
    if kind == "azure_iot_device_key":
        return "HostName=%s-iothub.azure-devices.net;DeviceId=%s;x509=true" % (ctx.slug, d["pub"])
    if kind == "discord_bot_token":
        return d["pub"]  # application id
    if kind == "shopify_access_token":
        return d["pub"]
    return None


def url_lookalike(rng, ctx, kind, d):
    cell = d["cell"]
    n = d["needle"]
    s = rng.randrange(3)
    if kind == "slack_webhook_url":
        return pick(rng, ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                          "${SLACK_WEBHOOK_URL}", "#%s-alerts (via Slack app)" % pick(rng, TEAMS)])
    if s == 0:
        return cell.replace(n, "****")
    if s == 1:
        return cell.replace(n, "${%s}" % pick(rng, ["DB_PASSWORD", "PGPASSWORD", "STORAGE_KEY", "SAS_KEY", "REDIS_PASSWORD"]))
    # passwordless variants
    if kind == "postgres_password_in_url":
        return "postgresql://%s@%s:5432/app?sslmode=verify-full" % (d["pub"], ctx.host("pg"))
    if kind == "azure_storage_account_key":
        return "https://%s.blob.core.windows.net/ (managed identity)" % d["pub"]
    return cell.replace(n, "<password>")


def lookalike(rng, ctx, kind, d):
    if kind in URL_KINDS or kind == "azure_iot_device_key":
        if chance(rng, 0.5):
            if kind == "azure_iot_device_key" and chance(rng, 0.5):
                return public_counterpart(rng, ctx, kind, d)
            return url_lookalike(rng, ctx, kind, d)
    r = rng.random()
    if r < 0.18:
        return env_ref(rng, KINDS[kind][3])
    if r < 0.36:
        return vault_ref(rng, ctx, KINDS[kind][3])
    if r < 0.56:
        return masked(rng, d)
    if r < 0.74:
        return placeholder(rng, kind, d)
    if r < 0.86:
        pc = public_counterpart(rng, ctx, kind, d)
        if pc:
            return pc
        return pick(rng, ["", "(rotated %s)" % date(rng), "revoked"])
    if r < 0.93:
        return ""
    return pick(rng, ["(rotated %s)" % date(rng), "revoked %s" % date(rng), "see ticket SEC-%d" % rng.randint(100, 999),
                      "stored in vault", "ask #%s" % pick(rng, TEAMS)])


# ---------------------------------------------------------------------------
# innocent filler values that may sit in any file
# ---------------------------------------------------------------------------
def bcrypt_hash(rng):
    return "$2b$%02d$" % pick(rng, [10, 12, 12, 14]) + rs(rng, ALNUM + "./", 53)


def argon2_hash(rng):
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64(rng, 16).rstrip("="), b64(rng, 32).rstrip("="))


def sha256hex(rng):
    return hashlib.sha256(rbytes(rng, 16)).hexdigest()


def iban(rng):
    country, blen = pick(rng, [("DE", 18), ("FR", 23), ("NL", 14), ("ES", 20), ("GB", 18), ("PT", 21)])
    if country == "NL":
        bban = pick(rng, ["ABNA", "INGB", "RABO"]) + rs(rng, DIG, 10)
    elif country == "GB":
        bban = pick(rng, ["NWBK", "BARC", "MIDL"]) + rs(rng, DIG, 14)
    else:
        bban = rs(rng, DIG, blen)
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(num) % 97
    return "%s%02d%s" % (country, check, bban)


def phone(rng):
    return pick(rng, ["+49 30 %s %s" % (rs(rng, DIG, 4), rs(rng, DIG, 4)), "+1 512-%s-%s" % (rs(rng, DIG, 3), rs(rng, DIG, 4)),
                      "+44 20 %s %s" % (rs(rng, DIG, 4), rs(rng, DIG, 4)), "+351 21 %s %s" % (rs(rng, DIG, 3), rs(rng, DIG, 4)),
                      "+33 1 %s %s %s %s" % tuple(rs(rng, DIG, 2) for _ in range(4))])


def mac(rng):
    return ":".join(rs(rng, UHEX, 2) for _ in range(6))


def sku(rng):
    return "%s-%s-%s" % (rs(rng, UP, 3), rs(rng, DIG, 4), pick(rng, ["BLK", "WHT", "S", "M", "L", "XL", "RED"]))


def order_id(rng):
    return pick(rng, ["ORD-", "SO", "#", "INV-2024-"]) + rs(rng, DIG, 6)


def ssh_pub(rng):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(rng, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def sha256_fp(rng):
    return "SHA256:" + b64(rng, 32).rstrip("=")


def filler_secret(rng, ctx, kind=None):
    """a non-secret value for the secret column of *other* rows (refs, masks, notes)."""
    kind = kind or pick(rng, API_KINDS)
    d = KINDS[kind][1](rng, ctx)
    r = rng.random()
    if r < 0.35:
        return vault_ref(rng, ctx, KINDS[kind][3])
    if r < 0.6:
        return masked(rng, d)
    if r < 0.75:
        return env_ref(rng, KINDS[kind][3])
    return pick(rng, ["", "(in vault)", "see 1Password", "rotated %s" % date(rng), "n/a", "revoked"])


# ---------------------------------------------------------------------------
# tables.  A scenario builds a Table around one slot (cred.cell).
# ---------------------------------------------------------------------------
class Table(object):
    def __init__(self, title, sheet, headers, rows, dirs, bases, notes=None, key_row=None):
        self.title, self.sheet, self.headers, self.rows = title, sheet, headers, rows
        self.dirs, self.bases, self.notes = dirs, bases, notes or []
        self.key_row = key_row  # index of row holding the slot; kept when trimming


def place(rng, rows, row):
    i = rng.randint(0, len(rows))
    rows.insert(i, row)
    return i


def hdr(rng, named_opts, plain_opts, named):
    return list(pick(rng, named_opts if named else plain_opts))


def sc_cred_inventory(rng, ctx, cred, named):
    h = hdr(rng, [["Service", "Owner", "Environment", "Key ID", "Secret", "Stored in", "Last rotated"],
                  ["service", "owner", "env", "key_id", "api_key", "storage", "rotated_at"],
                  ["System", "Team", "Env", "Public ID", "Secret / Token", "Location", "Rotated"]],
            [["system", "owner", "env", "identifier", "value", "location", "updated"],
             ["Name", "Team", "Stage", "ID", "Details", "Where", "Changed"]], named)
    rows = []
    for _ in range(rng.randint(4, 9)):
        k = pick(rng, API_KINDS)
        d = KINDS[k][1](rng, ctx)
        rows.append([KINDS[k][2], pick(rng, TEAMS), pick(rng, ENVS), d.get("pub") or "",
                     filler_secret(rng, ctx, k), pick(rng, ["Vault", "1Password", "AWS SM", "GCP SM", "k8s secret"]),
                     date(rng)])
    i = place(rng, rows, [cred.label, ctx.email(), pick(rng, ENVS), cred.pub or "", cred.cell,
                          pick(rng, ["here (temp)", "sheet", "TODO move to vault", "Vault", "-"]), date(rng)])
    return Table("Credential inventory", pick(rng, ["Inventory", "Secrets", "Sheet1", "Keys"]), h, rows,
                 ["docs/security", "ops", "infra/docs", "security/inventory", "docs/ops"],
                 ["credential-inventory", "secrets_inventory", "api-keys", "key_register"],
                 ["Owners must rotate keys every 90 days.", "Do not share outside the %s org." % ctx.company], i)


MIGR_PLAIN = [("LOG_LEVEL", "logging.level", "info"), ("HTTP_TIMEOUT_MS", "http.client.timeout", "30000"),
              ("S3_BUCKET", "storage.bucket", "{slug}-prod-assets"), ("FEATURE_NEW_CHECKOUT", "features.checkout_v2", "true"),
              ("CACHE_TTL", "cache.default_ttl", "300"), ("SENTRY_ENV", "observability.env", "production"),
              ("MAX_UPLOAD_MB", "uploads.max_mb", "25"), ("TZ", "app.timezone", "Europe/Berlin"),
              ("API_BASE_URL", "api.base_url", "https://api.{domain}/v2"), ("WORKERS", "queue.concurrency", "8"),
              ("SUPPORT_EMAIL", "mail.support_from", "support@{domain}"), ("REGION", "cloud.region", "eu-west-1")]


def sc_migration_mapping(rng, ctx, cred, named):
    h = hdr(rng, [["legacy_key", "new_key", "value", "owner", "status"],
                  ["Old setting", "New setting", "Value", "Owner", "Migrated?"]],
            [["from", "to", "val", "who", "state"], ["source_field", "target_field", "current", "owner", "status"]], True)
    rows = []
    for old, new, val in rng.sample(MIGR_PLAIN, rng.randint(5, 9)):
        rows.append([old, new, val.format(slug=ctx.slug, domain=ctx.domain), pick(rng, TEAMS),
                     pick(rng, ["done", "pending", "verified", "done"])])
    if named:
        old, new = cred.env, "secrets." + cred.env.lower()
    else:
        old, new = pick(rng, ["CFG_%02d" % rng.randint(1, 40), "svc.param%d" % rng.randint(1, 9), "LEGACY_OPT_%d" % rng.randint(1, 30),
                              "integration_%s" % pick(rng, ["a", "b", "c"])]), pick(rng, ["integrations.primary", "backend.conf", "vendor.setting"])
    i = place(rng, rows, [old, new, cred.cell, pick(rng, TEAMS), pick(rng, ["pending", "TODO", "blocked"])])
    return Table("Config migration mapping", pick(rng, ["mapping", "Migration", "Sheet1"]), h, rows,
                 ["migration", "docs/migration", "tools/migrate", "data/migration"],
                 ["config-mapping", "heroku_to_k8s_mapping", "settings-migration", "env_mapping"],
                 ["Mapping from the old Heroku config vars to the Helm values layout."], i)


def sc_user_import(rng, ctx, cred, named):
    h = hdr(rng, [["email", "first_name", "last_name", "role", "auth_method", "initial_password"],
                  ["Email", "First", "Last", "Group", "Login", "Password"]],
            [["email", "first", "last", "role", "method", "note"], ["user", "given", "family", "group", "login", "extra"]], named)
    rows = []
    for _ in range(rng.randint(5, 11)):
        nm = ctx.person()
        f, l = nm.split(" ", 1)
        rows.append([ctx.email(nm), f, l, pick(rng, ["viewer", "editor", "member", "analyst"]), "sso", ""])
    f = pick(rng, ["svc", "breakglass", "admin", "kiosk", "scanner"])
    i = place(rng, rows, ["%s@%s" % (f, ctx.domain), f.capitalize(), pick(rng, ["Account", "Admin", "Local"]),
                          pick(rng, ["admin", "owner", "superuser"]), "local", cred.cell])
    return Table("User import", "users", h, rows, ["data/import", "scripts/onboarding", "db/import", "admin/import"],
                 ["users_import", "user-import-%s" % date(rng)[:7], "bulk_users", "accounts"], [], i)


def sc_iot_provisioning(rng, ctx, cred, named):
    rows = []
    if cred.kind == "lorawan_app_key":
        h = hdr(rng, [["device_name", "dev_eui", "join_eui", "app_key", "frequency_plan", "site"],
                      ["Device", "DevEUI", "AppEUI", "AppKey", "Band", "Location"]],
                [["device_name", "dev_eui", "join_eui", "k", "frequency_plan", "site"],
                 ["name", "eui", "join", "material", "plan", "site"]], named)
        join = rs(rng, UHEX, 16)
        for n in range(rng.randint(5, 10)):
            rows.append(["%s-%03d" % (pick(rng, ["soil", "temp", "door", "tank"]), n + 1), rs(rng, UHEX, 16), join,
                         pick(rng, ["(claimed)", "in join server", "-", ""]), pick(rng, ["EU_863_870", "US_902_928"]),
                         pick(rng, CITIES)])
        i = place(rng, rows, ["%s-%03d" % ("gw-test", rng.randint(20, 99)), cred.pub or rs(rng, UHEX, 16), join, cred.cell,
                              "EU_863_870", pick(rng, CITIES)])
    else:
        h = hdr(rng, [["device_id", "serial", "firmware", "connection_string", "auth", "location"]],
                [["device_id", "serial", "firmware", "endpoint", "auth", "location"],
                 ["Device", "S/N", "FW", "Config", "Mode", "Site"]], named)
        for n in range(rng.randint(4, 9)):
            rows.append(["%s-%03d" % (pick(rng, ["meter", "sensor", "cam"]), rng.randint(1, 500)), rs(rng, UP + DIG, 10),
                         "v%d.%d.%d" % (rng.randint(1, 3), rng.randint(0, 9), rng.randint(0, 20)),
                         pick(rng, ["(DPS enrollment)", "x509", "provisioned via DPS", ""]),
                         pick(rng, ["x509", "x509", "tpm"]), pick(rng, CITIES)])
        i = place(rng, rows, [cred.pub or "dev-%d" % rng.randint(1, 99), rs(rng, UP + DIG, 10), "v1.0.%d" % rng.randint(0, 9),
                              cred.cell, "sas", pick(rng, CITIES)])
    return Table("Device provisioning", pick(rng, ["devices", "provisioning", "batch-%d" % rng.randint(1, 9)]), h, rows,
                 ["provisioning", "firmware/provisioning", "iot/devices", "tools/flash"],
                 ["devices", "provisioning_batch_%02d" % rng.randint(1, 20), "device-keys", "fleet"],
                 ["Flash with tools/flash.py --sheet before shipping."], i)


def sc_service_accounts(rng, ctx, cred, named):
    h = hdr(rng, [["account", "system", "scopes", "token", "expires", "owner"],
                  ["Service account", "Platform", "Permissions", "Access token", "Expiry", "Owner"]],
            [["account", "system", "scopes", "cred", "expires", "owner"], ["name", "where", "perms", "data", "until", "contact"]],
            named)
    rows = []
    for _ in range(rng.randint(4, 9)):
        k = pick(rng, API_KINDS)
        rows.append(["svc-%s-%s" % (pick(rng, TEAMS), pick(rng, ["ci", "bot", "sync", "ro"])), KINDS[k][2],
                     pick(rng, ["read", "read,write", "repo", "admin:org", "deploy"]), filler_secret(rng, ctx, k),
                     date(rng, 2025, 2026), pick(rng, TEAMS)])
    i = place(rng, rows, ["svc-%s-%s" % (pick(rng, TEAMS), pick(rng, ["deploy", "sync", "bot"])), cred.label,
                          pick(rng, ["repo,workflow", "full", "write", "read"]), cred.cell, date(rng, 2025, 2026),
                          pick(rng, TEAMS)])
    return Table("Service accounts", "accounts", h, rows, ["docs/ops", "platform", "infra", "admin"],
                 ["service-accounts", "service_accounts", "bot-accounts", "machine_users"], [], i)


def sc_vendor_access(rng, ctx, cred, named):
    h = hdr(rng, [["Vendor", "Portal", "Login", "Password / API key", "Contact", "Renewal"],
                  ["vendor", "url", "username", "password", "contact", "contract_end"]],
            [["Vendor", "Portal", "Login", "Details", "Contact", "Renewal"], ["vendor", "url", "user", "misc", "contact", "end"]],
            named)
    vendors = ["Zendesk", "Freshworks", "DHL Express", "Adyen", "Workday", "Atlassian", "Mailjet", "Okta", "Hubspot",
               "ShipStation", "Xero", "Vanta"]
    rows = []
    for v in rng.sample(vendors, rng.randint(4, 8)):
        rows.append([v, "https://%s.%s.com" % (ctx.slug, v.lower().replace(" ", "")), ctx.email(),
                     pick(rng, ["SSO (Okta)", "see 1Password", "SSO", "vendor manages", "-"]), ctx.person(), date(rng, 2025, 2027)])
    i = place(rng, rows, [cred.label if cred.cat != "password" else pick(rng, ["Legacy ERP", "Carrier portal", "Payroll"]),
                          "https://portal.%s.example-vendor.net" % ctx.slug, cred.pub or ctx.email(), cred.cell, ctx.person(),
                          date(rng, 2025, 2027)])
    return Table("Vendor access tracker", "Vendors", h, rows, ["docs/vendors", "procurement", "ops/vendors", "it"],
                 ["vendor-access", "vendor_access_tracker", "vendors", "third_party_access"], [], i)


def sc_wifi(rng, ctx, cred, named):
    h = hdr(rng, [["Site", "SSID", "Security", "Passphrase", "VLAN", "Notes"],
                  ["site", "ssid", "auth", "psk", "vlan", "notes"]],
            [["Site", "SSID", "Security", "Key", "VLAN", "Notes"], ["site", "network", "mode", "value", "vlan", "comment"]], named)
    rows = []
    for c in rng.sample(CITIES, rng.randint(3, 6)):
        rows.append([c, "%s-Corp" % ctx.slug.split("-")[0].capitalize(), "WPA2-Enterprise", "802.1X (RADIUS)",
                     str(rng.choice([10, 20, 30])), ""])
        if chance(rng, 0.4):
            rows.append([c, "%s-Guest" % ctx.slug.split("-")[0].capitalize(), "Open + captive portal", "-", "99",
                         "vouchers at reception"])
    i = place(rng, rows, [pick(rng, CITIES) + " " + pick(rng, ["warehouse", "lab", "store", "office"]),
                          pick(rng, ["IoT", "Scanners", "POS", "Printers"]) + "-" + rs(rng, UP, 2), "WPA2-PSK", cred.cell,
                          str(rng.randint(40, 80)), pick(rng, ["handheld scanners", "legacy devices", "printers"])])
    return Table("Wi-Fi networks", "WiFi", h, rows, ["it/network", "docs/it", "network", "office-it"],
                 ["wifi", "wifi-networks", "wlan_sites", "ssids"], ["Guest vouchers rotate weekly."], i)


def sc_router(rng, ctx, cred, named):
    h = hdr(rng, [["hostname", "mgmt_ip", "model", "admin_user", "admin_password", "firmware"],
                  ["Device", "Management IP", "Model", "User", "Password", "OS"]],
            [["hostname", "mgmt_ip", "model", "login", "extra", "firmware"], ["Device", "IP", "Model", "User", "Info", "OS"]],
            named)
    rows = []
    for n in range(rng.randint(4, 9)):
        rows.append(["%s-%s-%02d" % (pick(rng, ["sw", "rtr", "fw", "ap"]), pick(rng, CITIES)[:3].lower(), n + 1),
                     "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(1, 254)),
                     pick(rng, ["Cisco C9300", "Juniper EX2300", "FortiGate 60F", "UniFi USW-24", "MikroTik CCR2004"]),
                     pick(rng, ["tacacs", "radius", "(AD)"]), pick(rng, ["TACACS+", "RADIUS", "AD auth", ""]),
                     pick(rng, ["17.9.4", "21.4R3", "7.2.5", "6.6.55"])])
    i = place(rng, rows, ["%s-%s-oob" % (pick(rng, ["rtr", "fw", "console"]), pick(rng, CITIES)[:3].lower()),
                          "192.168.%d.%d" % (rng.randint(0, 10), rng.randint(1, 254)),
                          pick(rng, ["MikroTik hAP ac3", "Ubiquiti ER-X", "Opengear CM7100"]),
                          pick(rng, ["admin", "root", "ubnt", "netops"]), cred.cell, pick(rng, ["7.13", "2.0.9", "4.12"])])
    return Table("Network devices", "devices", h, rows, ["network", "infra/network", "docs/network", "netops"],
                 ["network-devices", "routers", "switch_inventory", "oob-access"], [], i)


PM_SITES = [("GitHub", "https://github.com/login"), ("AWS console", "https://signin.aws.amazon.com"),
            ("Jira", "https://{slug}.atlassian.net"), ("Figma", "https://www.figma.com"), ("Notion", "https://www.notion.so"),
            ("Google Workspace", "https://accounts.google.com"), ("Datadog", "https://app.datadoghq.eu"),
            ("Zoom", "https://zoom.us/signin"), ("Miro", "https://miro.com/login"), ("PagerDuty", "https://{slug}.pagerduty.com")]


def sc_pm_export(rng, ctx, cred, named):
    fmt = rng.randrange(4)
    who = ctx.person()
    login = ctx.email(who)
    sites = rng.sample(PM_SITES, rng.randint(4, 8))
    rows = []
    tsite = pick(rng, ["Legacy admin", "Router UI", "Old CRM", "Supplier portal", "Staging DB", "NAS"])
    turl = pick(rng, ["https://admin.%s" % ctx.domain, "http://192.168.1.1", "https://crm-old.%s" % ctx.domain,
                      "https://nas.%s:5001" % ctx.domain])
    pw_cell, note_cell = (cred.cell, "") if named else ("", "%s %s" % (pick(rng, ["pw", "key", "creds:", "login:"]), cred.cell)
                                                        if cred.cell else "")
    if fmt == 0:  # Bitwarden
        h = ["folder", "favorite", "type", "name", "notes", "fields", "reprompt", "login_uri", "login_username",
             "login_password", "login_totp"]
        for n, u in sites:
            rows.append([pick(rng, ["Work", "", "Infra"]), "", "login", n, pick(rng, ["", "passkey only", "uses SSO"]), "", "0",
                         u.format(slug=ctx.slug), login, "", ""])
        i = place(rng, rows, ["Infra", "1", "login", tsite, note_cell, "", "0", turl, pick(rng, ["admin", login]), pw_cell, ""])
    elif fmt == 1:  # Chrome
        h = ["name", "url", "username", "password", "note"]
        for n, u in sites:
            rows.append([n, u.format(slug=ctx.slug), login, "", pick(rng, ["", "passkey"])])
        i = place(rng, rows, [tsite, turl, pick(rng, ["admin", login]), pw_cell, note_cell])
    elif fmt == 2:  # LastPass
        h = ["url", "username", "password", "totp", "extra", "name", "grouping", "fav"]
        for n, u in sites:
            rows.append([u.format(slug=ctx.slug), login, "", "", pick(rng, ["", "SSO"]), n, "Work", "0"])
        i = place(rng, rows, [turl, pick(rng, ["admin", login]), pw_cell, "", note_cell, tsite, "Shared-Infra", "0"])
    else:  # 1Password CSV
        h = ["Title", "Url", "Username", "Password", "OTPAuth", "Favorite", "Archived", "Tags", "Notes"]
        for n, u in sites:
            rows.append([n, u.format(slug=ctx.slug), login, "", "", "false", "false", "work", pick(rng, ["", "Sign in with Google"])])
        i = place(rng, rows, [tsite, turl, pick(rng, ["admin", login]), pw_cell, "", "false", "false", "infra", note_cell])
    return Table("Password manager export", "export", h, rows, ["backup", "tmp", "migration/passwords", "personal", "export"],
                 ["bitwarden_export", "chrome_passwords", "lastpass_export", "1password-export", "passwords"], [], i)


def sc_admin_export(rng, ctx, cred, named):
    h = hdr(rng, [["id", "email", "role", "api_token", "last_login", "created_at"],
                  ["ID", "Email", "Role", "API token", "Last login", "Created"]],
            [["id", "email", "role", "tok", "last_login", "created_at"], ["ID", "User", "Role", "Key", "Seen", "Created"]], named)
    rows = []
    for n in range(rng.randint(5, 12)):
        rows.append([str(1000 + n * rng.randint(1, 7)), ctx.email(), pick(rng, ["member", "viewer", "billing", "member"]),
                     pick(rng, ["", "", "NULL", "(revoked)"]), ts(rng), date(rng, 2019, 2023)])
    i = place(rng, rows, [str(rng.randint(2000, 3000)), ctx.email(), pick(rng, ["admin", "owner", "integration"]), cred.cell,
                          ts(rng), date(rng, 2019, 2023)])
    return Table("Admin users export", "users", h, rows, ["exports", "admin/exports", "support/exports", "data"],
                 ["users_export_%s" % date(rng).replace("-", ""), "admin-users", "users-with-tokens", "accounts_export"], [], i)


def sc_sheets_config(rng, ctx, cred, named):
    h = pick(rng, [["Key", "Value", "Description"], ["setting", "value", "notes"], ["Name", "Value", "Comment"]])
    drive_id = "1" + rs(rng, B64URL, 43)
    rows = [["SPREADSHEET_ID", drive_id, "target sheet"],
            ["RANGE", "%s!A2:%s" % (pick(rng, ["Orders", "Leads", "Inventory"]), pick(rng, ["H", "K", "M"])), "data range"],
            ["TIMEZONE", pick(rng, ["Europe/Berlin", "America/Chicago", "Europe/Lisbon"]), ""],
            ["NOTIFY_EMAIL", ctx.email(), "daily summary"],
            ["TRIGGER_HOUR", str(rng.randint(1, 23)), "time-driven trigger"],
            ["FOLDER_ID", "1" + rs(rng, B64URL, 32), "archive folder"]]
    rows = rng.sample(rows, rng.randint(4, 6))
    if named:
        key = cred.env
        cell = cred.cell
    else:
        key = pick(rng, ["ENDPOINT", "BACKEND", "SERVICE", "URL", "PROVIDER"])
        if cred.kind == "google_api_key":
            cell = "https://maps.googleapis.com/maps/api/geocode/json?key=" + cred.cell if cred.cell else ""
        elif cred.kind == "telegram_bot_token":
            cell = "https://api.telegram.org/bot%s/sendMessage" % cred.cell if cred.cell else ""
        else:
            cell = cred.cell
    i = place(rng, rows, [key, cell, pick(rng, ["used by Code.gs", "", "do not edit", "script property"])])
    return Table("Config", "Config", h, rows, ["apps-script", "sheets", "gas/config", "automation/sheets"],
                 ["config", "script-config", "settings_tab", "Config"], ["Read by Code.gs via getConfig_()."], i)


def sc_seed_integrations(rng, ctx, cred, named):
    h = hdr(rng, [["id", "tenant_id", "provider", "account_ref", "access_token", "created_at"]],
            [["id", "tenant_id", "provider", "account_ref", "payload", "created_at"],
             ["id", "tenant", "kind", "external_id", "data", "inserted_at"]], named)
    rows = []
    for n in range(rng.randint(4, 10)):
        rows.append([str(n + 1), uuid4(rng), pick(rng, ["slack", "github", "stripe", "shopify", "hubspot"]),
                     pick(rng, ["acct_1" + rs(rng, ALNUM, 15), "T" + rs(rng, UP + DIG, 8), str(rng.randint(10000, 99999))]),
                     pick(rng, ["NULL", "", "\\N"]), ts(rng)])
    i = place(rng, rows, [str(len(rows) + 1), uuid4(rng), cred.provider, cred.pub or "acct_1" + rs(rng, ALNUM, 15), cred.cell,
                          ts(rng)])
    for n, r in enumerate(rows):
        r[0] = str(n + 1)
    return Table("integrations seed", "integrations", h, rows, ["db/seeds", "seeds", "priv/repo/seeds", "fixtures/seed"],
                 ["integrations", "tenant_integrations", "oauth_connections"], [], i)


ENV_PLAIN = [("APP_ENV", "development", "staging", "production"), ("LOG_LEVEL", "debug", "info", "warn"),
             ("PUBLIC_URL", "http://localhost:3000", "https://staging.{domain}", "https://{domain}"),
             ("WORKER_CONCURRENCY", "2", "4", "16"), ("FEATURE_FLAGS", "all", "beta", "ga"),
             ("SMTP_HOST", "localhost", "smtp.{domain}", "smtp.{domain}"), ("CDN_URL", "", "https://cdn-stg.{domain}",
                                                                             "https://cdn.{domain}"),
             ("SESSION_TTL", "86400", "86400", "3600")]


def sc_env_matrix(rng, ctx, cred, named):
    h = pick(rng, [["Variable", "Local", "Staging", "Production", "Notes"], ["name", "dev", "stg", "prod", "comment"]])
    rows = [[v, a.format(domain=ctx.domain), b.format(domain=ctx.domain), c.format(domain=ctx.domain), ""]
            for v, a, b, c in rng.sample(ENV_PLAIN, rng.randint(4, 7))]
    if named:
        var = cred.env
    elif cred.kind == "slack_webhook_url":
        var = pick(rng, ["ALERTS_ENDPOINT", "NOTIFY_URL", "CHATOPS_TARGET"])
    elif cred.kind in URL_KINDS:
        var = pick(rng, ["PRIMARY_DSN", "BACKEND", "ANALYTICS_SINK", "QUEUE"])
    else:
        var = pick(rng, ["PAYMENTS_PROVIDER_CFG", "LLM_BACKEND", "NOTIFY_CHANNEL", "UPSTREAM", "INTEGRATION_B"])
    i = place(rng, rows, [var, pick(rng, ["", "(mock)", "see .env.example"]), pick(rng, ["(vault)", "${%s}" % var]), cred.cell,
                          pick(rng, ["rotate after launch", "", "temp"])])
    return Table("Environment matrix", "env", h, rows, ["docs/deploy", "deploy", "docs/ops", "infra"],
                 ["environment-matrix", "env_vars", "config-matrix", "env-by-stage"],
                 ["Values per stage; production values are injected by the pipeline."], i)


def sc_db_connections(rng, ctx, cred, named):
    rows = []
    if named and cred.kind == "password":
        h = ["name", "engine", "host", "port", "database", "username", "password"]
        for _ in range(rng.randint(3, 7)):
            e = pick(rng, [("postgres", "5432"), ("mysql", "3306"), ("mssql", "1433")])
            rows.append([pick(rng, ["reporting", "billing-ro", "crm", "dw", "events"]) + "-" + pick(rng, ENVS), e[0],
                         ctx.host("db"), e[1], pick(rng, ["app", "billing", "dw"]), pick(rng, ["iam_user", "ro_user", "etl"]),
                         pick(rng, ["IAM auth", "(vault dynamic)", "kerberos", ""])])
        i = place(rng, rows, ["legacy-" + pick(rng, ENVS), pick(rng, ["mysql", "postgres"]), ctx.host("db"),
                              pick(rng, ["3306", "5432"]), pick(rng, ["shop", "legacy"]), pick(rng, ["root", "admin", "app"]),
                              cred.cell])
    else:
        h = pick(rng, [["name", "engine", "dsn", "pool_size", "owner"], ["Connection", "Type", "URL", "Pool", "Team"]])
        for _ in range(rng.randint(3, 7)):
            rows.append([pick(rng, ["reporting", "billing-ro", "crm", "dw", "events"]) + "-" + pick(rng, ENVS),
                         pick(rng, ["postgres", "mysql", "redis"]),
                         pick(rng, ["postgresql://%s@%s:5432/app?sslmode=require" % (pick(rng, ["iam_ro", "reader"]), ctx.host("pg")),
                                    "${REPORTING_DSN}", "mysql://%s/crm (IAM)" % ctx.host("mysql"), "rediss://%s:6380" % ctx.host("redis")]),
                         str(rng.choice([5, 10, 20])), pick(rng, TEAMS)])
        cell = cred.cell
        if cred.kind == "password":
            host, user = ctx.host("db"), pick(rng, ["root", "admin", "legacy_app"])
            cell = ("mysql://%s:%s@%s:3306/legacy" % (user, cred.cell, host) if cred.positive
                    else "mysql://%s@%s:3306/legacy (password: %s)" % (user, host, cred.cell or "vault"))
        i = place(rng, rows, [pick(rng, ["primary", "orders", "legacy", "analytics"]) + "-prod",
                              "mysql" if cred.kind == "password" else cred.provider, cell,
                              str(rng.choice([5, 10, 20])), pick(rng, TEAMS)])
    return Table("Database connections", "connections", h, rows, ["docs/db", "ops/db", "data", "dbt/docs"],
                 ["db-connections", "datasources", "connections", "database_inventory"], [], i)


def sc_rotation_log(rng, ctx, cred, named):
    h = hdr(rng, [["date", "service", "old_key_last4", "new_key", "rotated_by", "ticket"],
                  ["Date", "Service", "Old key (last 4)", "New secret", "By", "Ticket"]],
            [["date", "service", "old", "new", "by", "ticket"], ["when", "what", "prev", "current", "who", "ref"]], named)
    rows = []
    for _ in range(rng.randint(4, 9)):
        k = pick(rng, API_KINDS)
        rows.append([date(rng), KINDS[k][2], rs(rng, ALNUM, 4), pick(rng, ["(in vault)", "stored in 1Password", "see SM",
                                                                           filler_secret(rng, ctx, k)]),
                     ctx.person(), "SEC-%d" % rng.randint(100, 999)])
    i = place(rng, rows, [date(rng), cred.label, rs(rng, ALNUM, 4), cred.cell, ctx.person(), "SEC-%d" % rng.randint(100, 999)])
    rows.sort(key=lambda r: r[0])
    i = [n for n, r in enumerate(rows) if r[3] == cred.cell and r[1] == cred.label][-1]
    return Table("Key rotation log", "rotations", h, rows, ["security", "docs/security", "ops/rotation", "compliance"],
                 ["key-rotation-log", "rotations", "secret_rotation", "rotation_log_%d" % rng.randint(2023, 2025)], [], i)


def sc_payments_config(rng, ctx, cred, named):
    h = hdr(rng, [["merchant", "gateway", "mode", "publishable_key", "secret_key", "webhook_endpoint"],
                  ["Merchant", "Gateway", "Mode", "Public key", "Secret key", "Webhook"]],
            [["merchant", "gateway", "mode", "publishable_key", "server_value", "webhook_endpoint"],
             ["Store", "PSP", "Mode", "Client key", "Server", "Callback"]], named)
    rows = []
    for _ in range(rng.randint(3, 7)):
        rows.append([pick(rng, ["%s EU" % ctx.company, "%s US" % ctx.company, "Outlet", "B2B portal", "Marketplace"]),
                     pick(rng, ["stripe", "adyen", "square"]), pick(rng, ["live", "live", "test"]),
                     "pk_live_51" + rs(rng, ALNUM, 22) if chance(rng, 0.6) else "",
                     pick(rng, ["(vault)", "${STRIPE_SECRET_KEY}", "sk_live_****" + rs(rng, ALNUM, 4), "k8s: payments/stripe"]),
                     "https://api.%s/webhooks/%s" % (ctx.domain, pick(rng, ["stripe", "psp", "payments"]))])
    i = place(rng, rows, [pick(rng, ["Pop-up store", "Kiosk", "Legacy shop"]), cred.provider, "live",
                          "pk_live_51" + rs(rng, ALNUM, 22) if cred.provider == "stripe" else (cred.pub or ""), cred.cell,
                          "https://api.%s/webhooks/%s" % (ctx.domain, cred.provider)])
    return Table("Payment gateways", "gateways", h, rows, ["docs/payments", "payments", "finance/integrations", "ops"],
                 ["payment-gateways", "psp_config", "merchants", "payments_config"], [], i)


def sc_ai_providers(rng, ctx, cred, named):
    h = hdr(rng, [["provider", "model", "monthly_budget_usd", "api_key", "owner", "notes"],
                  ["Provider", "Model", "Budget", "Key", "Owner", "Notes"]],
            [["provider", "model", "monthly_budget_usd", "value", "owner", "notes"], ["Vendor", "Model", "Budget", "Config", "Owner", "Notes"]],
            named)
    models = [("OpenAI", "gpt-4o-mini"), ("Anthropic", "claude-3-5-sonnet"), ("Google", "gemini-1.5-pro"),
              ("Mistral", "mistral-large"), ("Hugging Face", "Inference Endpoints"), ("Cohere", "command-r")]
    rows = []
    for p, m in rng.sample(models, rng.randint(3, 6)):
        rows.append([p, m, str(rng.choice([200, 500, 1000, 2500])), pick(rng, ["(vault)", "via LiteLLM proxy", "${%s_API_KEY}" % p.upper().split()[0], ""]),
                     pick(rng, TEAMS), pick(rng, ["", "eval only", "prod traffic"])])
    model = {"OpenAI": "gpt-4o", "Anthropic": "claude-3-haiku", "Hugging Face": "llama-3-70b-instruct"}.get(cred.label, "gemini-1.5-flash")
    i = place(rng, rows, [cred.label, model,
                          str(rng.choice([100, 300, 800])), cred.cell, pick(rng, TEAMS), pick(rng, ["POC key", "temp", ""])])
    return Table("LLM providers", "providers", h, rows, ["docs/ai", "ml/docs", "llm", "ai-platform"],
                 ["llm-providers", "ai_vendors", "model_budget", "providers"], [], i)


def sc_messaging_bots(rng, ctx, cred, named):
    h = hdr(rng, [["bot", "platform", "channel", "token", "owner"], ["Bot", "Platform", "Channel", "Bot token", "Owner"]],
            [["bot", "platform", "channel", "target", "owner"], ["Name", "Where", "Channel", "Hook", "Owner"]], named)
    rows = []
    for _ in range(rng.randint(3, 8)):
        rows.append([pick(rng, ["deploy-bot", "oncall-notifier", "standup", "sales-alerts", "ci-status"]),
                     pick(rng, ["Slack", "Teams", "Telegram", "Discord"]), "#" + pick(rng, TEAMS),
                     pick(rng, ["(vault)", "", "${SLACK_BOT_TOKEN}", "managed by app", "xoxb-****"]), pick(rng, TEAMS)])
    i = place(rng, rows, [pick(rng, ["alert-relay", "release-notes", "support-escalation"]), cred.label, "#" + pick(rng, TEAMS),
                          cred.cell, pick(rng, TEAMS)])
    return Table("Chat bots", "bots", h, rows, ["docs/chatops", "chatops", "ops", "bots"],
                 ["bots", "chat-integrations", "notifiers", "chatops_inventory"], [], i)


def sc_smtp_relays(rng, ctx, cred, named):
    h = hdr(rng, [["relay", "host", "port", "username", "password", "used_by"], ["Relay", "Host", "Port", "User", "Password", "Apps"]],
            [["relay", "host", "port", "username", "auth", "used_by"], ["Relay", "Host", "Port", "User", "Cred", "Apps"]], named)
    rows = []
    for _ in range(rng.randint(3, 6)):
        rows.append([pick(rng, ["transactional", "marketing", "alerts", "internal"]),
                     pick(rng, ["smtp.sendgrid.net", "smtp.eu.mailgun.org", "email-smtp.eu-west-1.amazonaws.com", "smtp.%s" % ctx.domain]),
                     pick(rng, ["587", "465", "25"]), pick(rng, ["apikey", "postmaster@mg.%s" % ctx.domain, "noreply"]),
                     pick(rng, ["(vault)", "********", "IP allowlist", ""]), pick(rng, ["web", "billing", "crm", "jobs"])])
    host = {"sendgrid": "smtp.sendgrid.net", "mailgun": "smtp.eu.mailgun.org"}.get(cred.provider, "mail.%s" % ctx.domain)
    user = {"sendgrid": "apikey", "mailgun": "postmaster@mg.%s" % ctx.domain}.get(cred.provider, "relay@%s" % ctx.domain)
    i = place(rng, rows, [pick(rng, ["legacy", "fallback", "newsletter"]), host, "587", user, cred.cell, pick(rng, ["cron", "wordpress", "erp"])])
    return Table("SMTP relays", "smtp", h, rows, ["docs/email", "ops/mail", "infra/mail", "it"],
                 ["smtp-relays", "mail_relays", "smtp"], [], i)


def sc_ci_secrets(rng, ctx, cred, named):
    h = hdr(rng, [["repository", "secret_name", "scope", "value", "set_by", "date"],
                  ["Repo", "Secret", "Scope", "Secret value", "Set by", "Date"]],
            [["repository", "name", "scope", "content", "set_by", "date"], ["Repo", "Var", "Scope", "Data", "By", "Date"]], named)
    rows = []
    for _ in range(rng.randint(4, 9)):
        k = pick(rng, API_KINDS)
        rows.append(["%s/%s" % (ctx.slug, pick(rng, ["web", "api", "infra", "mobile", "docs"])), KINDS[k][3],
                     pick(rng, ["repo", "org", "environment:prod"]), pick(rng, ["(set)", "***", "set via gh secret set", ""]),
                     ctx.person(), date(rng)])
    name = cred.env if named else pick(rng, ["DEPLOY_CFG", "PUBLISH", "REGISTRY", "BOT", "EXTRA_1"])
    i = place(rng, rows, ["%s/%s" % (ctx.slug, pick(rng, ["web", "api", "sdk", "cli"])), name, pick(rng, ["repo", "org"]),
                          cred.cell, ctx.person(), date(rng)])
    return Table("CI secrets", "ci", h, rows, [".github", "docs/ci", "ci", "tools/ci"],
                 ["ci-secrets", "actions_secrets", "pipeline-secrets", "secrets-to-migrate"], [], i)


def sc_cloud_accounts(rng, ctx, cred, named):
    h = hdr(rng, [["account_alias", "account_id", "iam_user", "access_key_id", "secret_access_key", "mfa"],
                  ["Account", "Account ID", "User", "Access key ID", "Secret key", "MFA"]],
            [["account_alias", "account_id", "iam_user", "access_key_id", "second", "mfa"], ["Account", "ID", "User", "Key", "Value", "MFA"]],
            named)
    rows = []
    for _ in range(rng.randint(3, 8)):
        rows.append(["%s-%s" % (ctx.slug, pick(rng, ENVS + ["security", "logs", "shared"])), rs(rng, DIG, 12),
                     pick(rng, ["sso", "terraform", "ci-deployer", "-"]), pick(rng, ["", "AKIA" + rs(rng, B32, 16) + " (disabled)", "-"]),
                     pick(rng, ["SSO only", "(vault)", "", "role assumption"]), pick(rng, ["yes", "SSO", "n/a"])])
    i = place(rng, rows, ["%s-%s" % (ctx.slug, pick(rng, ["sandbox", "legacy", "data"])), rs(rng, DIG, 12),
                          pick(rng, ["backup-bot", "s3-sync", "legacy-deployer"]), cred.pub or "", cred.cell, "no"])
    return Table("Cloud accounts", "accounts", h, rows, ["infra/aws", "docs/cloud", "terraform/docs", "ops/aws"],
                 ["aws-accounts", "cloud_accounts", "iam-users", "account_map"], [], i)


def sc_customer_integrations(rng, ctx, cred, named):
    h = hdr(rng, [["customer", "integration", "endpoint", "signing_secret", "status"],
                  ["Customer", "Integration", "Endpoint", "Secret", "Status"]],
            [["customer", "integration", "endpoint", "meta", "status"], ["Customer", "Type", "URL", "Info", "Status"]], named)
    rows = []
    for _ in range(rng.randint(4, 9)):
        c = pick(rng, COMPANIES)
        rows.append([c[0], pick(rng, ["webhook", "sftp", "api"]), "https://hooks.%s/%s" % (c[1], pick(rng, ["orders", "events", "in"])),
                     pick(rng, ["(customer-managed)", "", "rotated " + date(rng), "whsec_****" + rs(rng, ALNUM, 4)]),
                     pick(rng, ["active", "paused", "active"])])
    i = place(rng, rows, [pick(rng, COMPANIES)[0], cred.label, "https://api.%s/hooks/%s" % (ctx.domain, cred.provider), cred.cell, "active"])
    return Table("Customer integrations", "integrations", h, rows, ["support", "cs/integrations", "docs/customers", "ops"],
                 ["customer-integrations", "webhooks", "partner_endpoints"], [], i)


def sc_connectors(rng, ctx, cred, named):
    h = hdr(rng, [["connector", "source", "connection", "schedule", "owner"], ["Connector", "Source", "Credential", "Schedule", "Owner"]],
            [["connector", "source", "target", "schedule", "owner"], ["Pipeline", "From", "Conn", "Cron", "Owner"]], named)
    rows = []
    for _ in range(rng.randint(4, 9)):
        rows.append([pick(rng, ["fivetran", "airbyte", "dbt", "meltano"]) + "-" + pick(rng, ["orders", "crm", "ads", "events"]),
                     pick(rng, ["postgres", "hubspot", "stripe", "s3", "bigquery"]),
                     pick(rng, ["${AIRBYTE_%s}" % pick(rng, ["PG", "HS", "S3"]), "(connector-managed)", "OAuth", "IAM role"]),
                     pick(rng, ["0 * * * *", "*/15 * * * *", "@daily"]), pick(rng, TEAMS)])
    i = place(rng, rows, ["adhoc-" + pick(rng, ["backfill", "export", "sync"]), cred.provider, cred.cell,
                          pick(rng, ["@daily", "manual"]), pick(rng, TEAMS)])
    return Table("Data connectors", "connectors", h, rows, ["data/docs", "analytics", "dwh", "pipelines"],
                 ["connectors", "elt-sources", "pipelines", "sources"], [], i)


def sc_push(rng, ctx, cred, named):
    h = hdr(rng, [["app", "platform", "bundle_id", "server_key", "project"], ["App", "Platform", "Bundle", "Server key", "Project"]],
            [["app", "platform", "bundle_id", "cfg", "project"], ["App", "OS", "Bundle", "Value", "Project"]], named)
    rows = []
    for _ in range(rng.randint(3, 6)):
        rows.append([pick(rng, ["Driver", "Customer", "Merchant", "Ops"]) + " app", pick(rng, ["ios", "android", "web"]),
                     "com.%s.%s" % (ctx.slug.replace("-", ""), pick(rng, ["driver", "app", "merchant"])),
                     pick(rng, ["APNs .p8 (vault)", "service account (vault)", "", "FCM v1 (OAuth)"]),
                     "%s-%s" % (ctx.slug, pick(rng, ENVS))])
    i = place(rng, rows, [pick(rng, ["Legacy app", "Kiosk"]), "android", "com.%s.legacy" % ctx.slug.replace("-", ""), cred.cell,
                          "%s-prod" % ctx.slug])
    return Table("Push notification config", "push", h, rows, ["mobile/docs", "docs/mobile", "mobile"],
                 ["push-config", "notifications", "push_keys"], [], i)


def sc_onboarding(rng, ctx, cred, named):
    h = hdr(rng, [["Step", "System", "Access", "Credential", "Done"], ["step", "system", "access", "password", "done"]],
            [["Step", "System", "Access", "Info", "Done"], ["#", "Tool", "What", "How", "Done"]], named)
    steps = [("GitHub", "org invite", "SSO"), ("Slack", "join #%s" % pick(rng, TEAMS), "SSO"), ("VPN", "WireGuard profile", "issued by IT"),
             ("Jira", "project access", "SSO"), ("Laptop", "FileVault", "set by user"), ("AWS", "SSO role", "SSO"),
             ("Grafana", "viewer", "SSO")]
    rows = []
    for n, (s, a, c) in enumerate(rng.sample(steps, rng.randint(4, 7))):
        rows.append([str(n + 1), s, a, c, pick(rng, ["x", "", "x"])])
    i = place(rng, rows, ["", cred.label if cred.cat != "password" else pick(rng, ["Shared staging DB", "Test POS", "Old wiki"]),
                          "shared account", cred.cell, ""])
    for n, r in enumerate(rows):
        r[0] = str(n + 1)
    return Table("Onboarding checklist", "onboarding", h, rows, ["docs/onboarding", "handbook", "onboarding", "wiki"],
                 ["onboarding", "new-hire-checklist", "access-checklist"], [], i)


# name -> (fn, kinds)
POS_SCEN = {
    "cred_inventory": (sc_cred_inventory, API_KINDS),
    "migration_mapping": (sc_migration_mapping, API_KINDS),
    "user_import": (sc_user_import, ["password"]),
    "iot_provisioning": (sc_iot_provisioning, ["lorawan_app_key", "azure_iot_device_key"]),
    "service_accounts": (sc_service_accounts, ["github_token", "github_fine_grained_pat", "gitlab_pat", "npm_token", "pypi_token",
                                               "linear_api_key", "postman_api_key", "vault_token", "terraform_cloud_token",
                                               "databricks_token", "digitalocean_token", "newrelic_user_key"]),
    "vendor_access": (sc_vendor_access, ["password", "password", "sendgrid_api_key", "mailchimp_api_key", "twilio_auth_token",
                                         "shopify_access_token", "square_access_token"]),
    "wifi": (sc_wifi, ["wifi_psk"]),
    "router": (sc_router, ["password"]),
    "pm_export": (sc_pm_export, ["password"]),
    "admin_export": (sc_admin_export, ["app_api_token", "app_api_token", "github_token", "linear_api_key", "openai_api_key"]),
    "sheets_config": (sc_sheets_config, ["google_api_key", "google_api_key", "openai_api_key", "slack_webhook_url",
                                         "sendgrid_api_key", "telegram_bot_token", "google_oauth_client_secret"]),
    "seed_integrations": (sc_seed_integrations, ["slack_bot_token", "github_token", "shopify_access_token", "stripe_restricted_key",
                                                 "mailchimp_api_key", "slack_user_token"]),
    "env_matrix": (sc_env_matrix, API_KINDS + URL_KINDS),
    "db_connections": (sc_db_connections, ["password", "postgres_password_in_url", "mysql_password_in_url",
                                           "mongodb_password_in_uri", "redis_password_in_url"]),
    "rotation_log": (sc_rotation_log, API_KINDS),
    "payments_config": (sc_payments_config, ["stripe_secret_key", "stripe_secret_key", "stripe_restricted_key",
                                             "stripe_webhook_secret", "square_access_token"]),
    "ai_providers": (sc_ai_providers, ["openai_api_key", "anthropic_api_key", "huggingface_token", "google_api_key"]),
    "messaging_bots": (sc_messaging_bots, ["slack_bot_token", "slack_webhook_url", "telegram_bot_token", "discord_bot_token"]),
    "smtp_relays": (sc_smtp_relays, ["sendgrid_api_key", "mailgun_api_key", "password"]),
    "ci_secrets": (sc_ci_secrets, ["npm_token", "pypi_token", "github_token", "aws_secret_access_key", "terraform_cloud_token",
                                   "vault_token", "digitalocean_token"]),
    "cloud_accounts": (sc_cloud_accounts, ["aws_secret_access_key"]),
    "customer_integrations": (sc_customer_integrations, ["stripe_webhook_secret", "slack_webhook_url", "azure_service_bus_key"]),
    "connectors": (sc_connectors, ["postgres_password_in_url", "mysql_password_in_url", "mongodb_password_in_uri",
                                   "azure_storage_account_key", "databricks_token", "supabase_service_role_key"]),
    "push": (sc_push, ["fcm_server_key", "fcm_server_key", "mapbox_secret_token"]),
    "onboarding": (sc_onboarding, ["password", "password", "github_token", "aws_secret_access_key"]),
}


def simple_scen(title, sheets, dirs, bases, hn, hp, filler, keyrow, nmin=3, nmax=8, notes=None):
    def fn(rng, ctx, cred, named):
        h = hdr(rng, hn, hp, named)
        rows = [filler(rng, ctx) for _ in range(rng.randint(nmin, nmax))]
        i = place(rng, rows, keyrow(rng, ctx, cred, named))
        return Table(title, pick(rng, sheets), h, rows, dirs, bases, notes or [], i)
    return fn


sc_runbook_access = simple_scen(
    "Break-glass access", ["access", "Sheet1"], ["docs/runbooks", "runbooks", "notes/oncall", "oncall"],
    ["break-glass", "emergency-access", "oncall_access"],
    [["System", "URL", "Login", "Password", "Notes"], ["system", "url", "user", "secret", "notes"]],
    [["System", "URL", "Login", "How", "Notes"], ["system", "url", "user", "detail", "notes"]],
    lambda rng, ctx: [pick(rng, ["Grafana", "Argo CD", "Kibana", "Jenkins", "Rancher", "pgAdmin"]),
                      "https://%s.%s" % (pick(rng, ["grafana", "argocd", "logs", "ci", "k8s"]), ctx.domain),
                      pick(rng, ["SSO", "admin", "oncall"]), pick(rng, ["SSO (Okta)", "1Password vault 'Oncall'", "via Teleport", ""]),
                      pick(rng, ["", "page SRE lead first", "audit logged"])],
    lambda rng, ctx, cred, named: [pick(rng, ["Legacy Jenkins", "iDRAC", "UPS web UI", "NAS", "Old Nagios"]) if cred.cat == "password" else cred.label,
                                   "https://%s.%s" % (pick(rng, ["jenkins-old", "idrac-01", "ups", "nas"]), ctx.domain),
                                   pick(rng, ["admin", "root", "oncall"]), cred.cell, pick(rng, ["no SSO yet", "TODO rotate", ""])])

sc_k8s_secrets = simple_scen(
    "Kubernetes secrets export", ["secrets"], ["k8s", "deploy/k8s", "ops/k8s", "infra/k8s/audit"],
    ["secrets-audit", "k8s_secrets", "cluster-secrets-%s" % "review"],
    [["namespace", "secret", "key", "value"], ["Namespace", "Secret", "Key", "Decoded value"]],
    [["namespace", "secret", "key", "data"], ["ns", "name", "field", "content"]],
    lambda rng, ctx: [pick(rng, ["payments", "web", "monitoring", "ingest"]), pick(rng, ["app-config", "db-creds", "tls"]),
                      pick(rng, ["LOG_LEVEL", "tls.crt", "DB_HOST", "REGION"]),
                      pick(rng, ["info", "(certificate)", ctx.host("db"), "eu-west-1", "(managed by external-secrets)"])],
    lambda rng, ctx, cred, named: [pick(rng, ["payments", "web", "jobs"]), pick(rng, ["app-secrets", "legacy-env", "integrations"]),
                                   cred.env if named else pick(rng, ["CONFIG_B", "UPSTREAM", "EXTRA"]), cred.cell],
    notes=["Decoded with kubectl get secret -o json | jq for the audit."])

sc_tf_vars = simple_scen(
    "Terraform Cloud variables", ["variables"], ["terraform", "infra/terraform", "docs/terraform"],
    ["tfc-variables", "workspace_vars", "variables-export"],
    [["workspace", "key", "category", "sensitive", "value"]],
    [["workspace", "key", "category", "hcl", "value"], ["Workspace", "Name", "Type", "HCL", "Val"]],
    lambda rng, ctx: ["%s-%s" % (ctx.slug, pick(rng, ENVS)), pick(rng, ["region", "instance_type", "vpc_cidr", "TF_LOG"]),
                      pick(rng, ["terraform", "env"]), "false", pick(rng, ["eu-west-1", "t3.medium", "10.20.0.0/16", "INFO"])],
    lambda rng, ctx, cred, named: ["%s-%s" % (ctx.slug, pick(rng, ENVS)), cred.env if named else pick(rng, ["TF_VAR_x", "provider_cfg"]),
                                   "env", "false", cred.cell])

sc_partner_clients = simple_scen(
    "Partner API clients", ["partners"], ["docs/partners", "partners", "api/docs"], ["partner-clients", "api_clients", "oauth-clients"],
    [["partner", "environment", "client_id", "client_secret", "issued"]],
    [["partner", "environment", "client_id", "extra", "issued"], ["Partner", "Env", "ID", "Value", "Date"]],
    lambda rng, ctx: [pick(rng, COMPANIES)[0], pick(rng, ["sandbox", "prod"]), "cli_" + rs(rng, LO + DIG, 16),
                      pick(rng, ["sent via Bitwarden Send", "(partner rotated)", "", "********"]), date(rng)],
    lambda rng, ctx, cred, named: [pick(rng, COMPANIES)[0], "prod", cred.pub or "cli_" + rs(rng, LO + DIG, 16), cred.cell, date(rng)])

sc_qa_accounts = simple_scen(
    "QA accounts", ["accounts"], ["qa", "docs/qa", "e2e/docs"], ["qa-accounts", "test_users_staging", "uat-logins"],
    [["env", "role", "username", "password", "notes"]],
    [["env", "role", "username", "login_hint", "notes"], ["Env", "Role", "User", "Info", "Notes"]],
    lambda rng, ctx: [pick(rng, ["staging", "uat"]), pick(rng, ["buyer", "seller", "support"]), ctx.email(),
                      pick(rng, ["magic link", "SSO", "OTP to shared inbox"]), ""],
    lambda rng, ctx, cred, named: ["staging", "admin", "qa-admin@%s" % ctx.domain, cred.cell, pick(rng, ["shared", "do not change"])])

sc_backup_jobs = simple_scen(
    "Backup jobs", ["backups"], ["ops/backup", "docs/backup", "infra/backup"], ["backup-jobs", "offsite_backups", "restic-targets"],
    [["job", "target", "bucket", "access_key_id", "secret", "schedule"]],
    [["job", "target", "bucket", "key_id", "second", "schedule"], ["Job", "Where", "Bucket", "ID", "Other", "When"]],
    lambda rng, ctx: [pick(rng, ["pg-nightly", "files-weekly", "wiki", "gitlab"]), pick(rng, ["s3", "gcs", "azure"]),
                      "%s-backup-%s" % (ctx.slug, pick(rng, ["eu", "us"])), pick(rng, ["(instance role)", "-", ""]),
                      pick(rng, ["(IAM role)", "workload identity", ""]), pick(rng, ["0 2 * * *", "@weekly"])],
    lambda rng, ctx, cred, named: [pick(rng, ["nas-offsite", "legacy-ftp", "laptop-sync"]),
                                   "s3" if cred.provider == "aws" else cred.provider, "%s-offsite" % ctx.slug, cred.pub or "",
                                   cred.cell, "0 3 * * *"])

sc_monitoring = simple_scen(
    "Monitoring integrations", ["monitoring"], ["observability", "docs/monitoring", "ops"], ["monitoring-keys", "observability_tools"],
    [["tool", "org", "region", "api_key", "notes"]],
    [["tool", "org", "region", "value", "notes"], ["Tool", "Org", "Site", "Config", "Notes"]],
    lambda rng, ctx: [pick(rng, ["Grafana Cloud", "PagerDuty", "Sentry", "Honeycomb"]), ctx.slug, pick(rng, ["eu", "us"]),
                      pick(rng, ["(vault)", "", "OIDC"]), ""],
    lambda rng, ctx, cred, named: [cred.label, ctx.slug, pick(rng, ["eu", "us"]), cred.cell, pick(rng, ["agent key", ""])])

sc_sms = simple_scen(
    "SMS gateways", ["sms"], ["docs/sms", "notifications", "ops"], ["sms-gateways", "sms_providers"],
    [["country", "provider", "sender_id", "account_sid", "auth_token"]],
    [["country", "provider", "sender_id", "account_sid", "extra"], ["Country", "Provider", "Sender", "Account", "Value"]],
    lambda rng, ctx: [pick(rng, ["DE", "PT", "US", "GB"]), pick(rng, ["MessageBird", "Vonage", "Sinch"]), ctx.slug[:11].upper(),
                      rs(rng, HEX, 12), pick(rng, ["(vault)", ""])],
    lambda rng, ctx, cred, named: [pick(rng, ["FR", "ES", "NL"]), "Twilio", ctx.slug[:11].upper(), cred.pub or "", cred.cell])

sc_mobile_build = simple_scen(
    "Mobile build config", ["build"], ["mobile", "mobile/docs", "app/config"], ["build-config", "ci_env_mobile", "fastlane_vars"],
    [["platform", "variable", "value"]],
    [["platform", "name", "v"], ["Platform", "Setting", "Setting value"]],
    lambda rng, ctx: [pick(rng, ["ios", "android"]), pick(rng, ["BUNDLE_ID", "VERSION_CODE", "SENTRY_ORG", "TEAM_ID"]),
                      pick(rng, ["com.%s.app" % ctx.slug.replace("-", ""), str(rng.randint(100, 999)), ctx.slug, rs(rng, UP + DIG, 10)])],
    lambda rng, ctx, cred, named: [pick(rng, ["ios", "android"]), cred.env if named else pick(rng, ["SDK_CFG", "DOWNLOADS"]), cred.cell],
    nmin=4, nmax=10)

sc_sftp_partners = simple_scen(
    "SFTP partners", ["sftp"], ["integrations/sftp", "docs/edi", "edi"], ["sftp-partners", "edi_endpoints"],
    [["partner", "host", "port", "user", "password", "path"]],
    [["partner", "host", "port", "user", "auth", "path"], ["Partner", "Host", "Port", "User", "Info", "Dir"]],
    lambda rng, ctx: [pick(rng, COMPANIES)[0], "sftp.%s" % pick(rng, COMPANIES)[1], "22", ctx.slug, pick(rng, ["ssh key", "key (vault)"]),
                      "/inbound/" + pick(rng, ["orders", "asn", "invoices"])],
    lambda rng, ctx, cred, named: [pick(rng, COMPANIES)[0], "ftp.%s" % pick(rng, COMPANIES)[1], "22", ctx.slug, cred.cell, "/in"])

sc_pos_terminals = simple_scen(
    "POS terminals", ["terminals"], ["retail", "docs/retail", "stores"], ["pos-terminals", "store_devices"],
    [["store", "terminal_id", "location_id", "access_token"]],
    [["store", "terminal_id", "location_id", "setting"], ["Store", "Terminal", "Location", "Config"]],
    lambda rng, ctx: [pick(rng, CITIES) + " store", "TMN" + rs(rng, UP + DIG, 8), "L" + rs(rng, UP + DIG, 12), pick(rng, ["(device code)", ""])],
    lambda rng, ctx, cred, named: [pick(rng, CITIES) + " pop-up", "TMN" + rs(rng, UP + DIG, 8), "L" + rs(rng, UP + DIG, 12), cred.cell])

sc_cms_webhooks = simple_scen(
    "CMS webhooks", ["webhooks"], ["cms", "docs/cms", "content"], ["cms-webhooks", "webhook_targets"],
    [["site", "event", "url", "secret"]],
    [["site", "event", "url", "misc"], ["Site", "Event", "Target", "Other"]],
    lambda rng, ctx: [pick(rng, ["www", "blog", "docs"]), pick(rng, ["entry.publish", "asset.delete", "entry.unpublish"]),
                      "https://build.%s/hooks/%s" % (ctx.domain, rs(rng, LO, 6)), pick(rng, ["", "(HMAC in vault)"])],
    lambda rng, ctx, cred, named: [pick(rng, ["www", "shop"]), "order.created", "https://api.%s/hooks/%s" % (ctx.domain, cred.provider), cred.cell])

sc_github_apps = simple_scen(
    "GitHub apps and tokens", ["apps"], ["docs/github", ".github/docs", "platform/github"], ["github-apps", "gh_tokens"],
    [["name", "type", "owner", "token", "expires"]],
    [["name", "type", "owner", "value", "expires"], ["Name", "Kind", "Owner", "Data", "Until"]],
    lambda rng, ctx: [pick(rng, ["renovate", "release-bot", "codeowners-sync"]), "GitHub App", pick(rng, TEAMS),
                      "(installation token, 1h)", "-"],
    lambda rng, ctx, cred, named: [pick(rng, ["deploy-script", "backup-mirror", "docs-sync"]), "PAT", ctx.person(), cred.cell, date(rng, 2025, 2026)])

sc_shared_mailboxes = simple_scen(
    "Shared mailboxes", ["mailboxes"], ["it", "docs/it", "ops/mail"], ["shared-mailboxes", "mailboxes"],
    [["mailbox", "imap_host", "user", "app_password", "used_by"]],
    [["mailbox", "imap_host", "user", "extra", "used_by"], ["Mailbox", "Server", "User", "Info", "Used by"]],
    lambda rng, ctx: [pick(rng, ["support", "billing", "jobs"]) + "@" + ctx.domain, "imap.gmail.com", pick(rng, ["delegated", "OAuth"]),
                      pick(rng, ["OAuth (service account)", ""]), pick(rng, ["Zendesk", "helpdesk"])],
    lambda rng, ctx, cred, named: ["alerts@" + ctx.domain, "imap.gmail.com", "alerts@" + ctx.domain, cred.cell, pick(rng, ["cron", "invoice-parser"])])

sc_crm_connections = simple_scen(
    "CRM connections", ["crm"], ["sales-ops", "docs/crm", "revops"], ["crm-connections", "crm_apps"],
    [["app", "portal_id", "scopes", "access_token", "owner"]],
    [["app", "portal_id", "scopes", "value", "owner"], ["App", "Portal", "Scopes", "Config", "Owner"]],
    lambda rng, ctx: [pick(rng, ["Zapier", "Segment", "Outreach"]), rs(rng, DIG, 8), "crm.objects.contacts.read", pick(rng, ["OAuth", ""]),
                      pick(rng, TEAMS)],
    lambda rng, ctx, cred, named: [pick(rng, ["lead-sync script", "warehouse export"]), rs(rng, DIG, 8), "crm.objects.deals.read",
                                   cred.cell, pick(rng, TEAMS)])

POS_SCEN.update({
    "runbook_access": (sc_runbook_access, ["password", "password", "github_token", "vault_token"]),
    "k8s_secrets": (sc_k8s_secrets, API_KINDS + ["password"]),
    "tf_vars": (sc_tf_vars, ["aws_secret_access_key", "digitalocean_token", "google_api_key", "azure_storage_account_key",
                             "datadog_api_key", "newrelic_user_key", "vault_token"]),
    "partner_clients": (sc_partner_clients, ["google_oauth_client_secret", "app_api_token", "app_api_token"]),
    "qa_accounts": (sc_qa_accounts, ["password"]),
    "backup_jobs": (sc_backup_jobs, ["aws_secret_access_key", "aws_secret_access_key", "azure_storage_account_key", "digitalocean_token"]),
    "monitoring": (sc_monitoring, ["datadog_api_key", "datadog_api_key", "newrelic_user_key"]),
    "sms_gateways": (sc_sms, ["twilio_auth_token"]),
    "mobile_build": (sc_mobile_build, ["mapbox_secret_token", "fcm_server_key", "google_api_key", "github_token"]),
    "sftp_partners": (sc_sftp_partners, ["password"]),
    "pos_terminals": (sc_pos_terminals, ["square_access_token"]),
    "cms_webhooks": (sc_cms_webhooks, ["stripe_webhook_secret", "slack_webhook_url", "app_api_token"]),
    "github_apps": (sc_github_apps, ["github_token", "github_fine_grained_pat", "gitlab_pat"]),
    "shared_mailboxes": (sc_shared_mailboxes, ["google_app_password"]),
    "crm_connections": (sc_crm_connections, ["hubspot_private_app_token"]),
})


# ---------------------------------------------------------------------------
# negative-only domain look-alike tables
# ---------------------------------------------------------------------------
def n_user_hashes(rng, ctx):
    h = pick(rng, [["id", "email", "password_hash", "created_at", "last_login"], ["user_id", "email", "encrypted_password", "role", "created"]])
    f = pick(rng, [bcrypt_hash, argon2_hash, lambda r: "sha256$" + rs(r, HEX, 16) + "$" + sha256hex(r)])
    rows = [[str(100 + n), ctx.email(), f(rng), ts(rng), pick(rng, [ts(rng), "NULL"])] for n in range(rng.randint(4, 9))]
    return Table("users (hashed)", "users", h, rows, ["db/seeds", "fixtures", "data/anonymized", "exports"],
                 ["users", "users_anonymized", "auth_users_dump"], ["Passwords are stored as salted hashes only."])


def n_orders(rng, ctx):
    h = ["order_id", "sku", "qty", "amount", "currency", "payment_intent", "tracking_number"]
    rows = [[order_id(rng), sku(rng), str(rng.randint(1, 5)), "%d.%02d" % (rng.randint(5, 900), rng.randint(0, 99)),
             pick(rng, ["EUR", "USD", "GBP"]), "pi_3" + rs(rng, ALNUM, 23),
             pick(rng, ["1Z" + rs(rng, UP + DIG, 16), "JD" + rs(rng, DIG, 18), rs(rng, DIG, 12)])] for _ in range(rng.randint(5, 12))]
    return Table("Orders", "orders", h, rows, ["data/samples", "exports", "analytics/samples", "fixtures"],
                 ["orders_sample", "orders-%s" % date(rng)[:7], "shipments"], [])


def n_vendor_banking(rng, ctx):
    h = pick(rng, [["vendor", "iban", "bic", "vat_id", "phone"], ["Supplier", "IBAN", "BIC/SWIFT", "VAT", "Contact phone"]])
    rows = [[pick(rng, COMPANIES)[0], iban(rng), rs(rng, UP, 6) + rs(rng, UP + DIG, 2), pick(rng, ["DE", "FR", "NL", "PT"]) + rs(rng, DIG, 9),
             phone(rng)] for _ in range(rng.randint(4, 9))]
    return Table("Supplier bank details", "suppliers", h, rows, ["finance", "finance/vendors", "ap"],
                 ["supplier_bank_details", "vendors-payables", "payees"], ["Verified against invoices by AP."])


def n_contacts(rng, ctx):
    h = ["name", "email", "phone", "city", "customer_id"]
    rows = []
    for _ in range(rng.randint(5, 12)):
        nm = ctx.person()
        rows.append([nm, ctx.email(nm), phone(rng), pick(rng, CITIES), pick(rng, ["cus_" + rs(rng, ALNUM, 14), uuid4(rng)])])
    return Table("Contacts", "contacts", h, rows, ["crm/exports", "data", "sales"], ["contacts", "leads_export", "customers"], [])


def n_checksums(rng, ctx):
    h = pick(rng, [["file", "size_bytes", "sha256", "md5"], ["artifact", "size", "sha256sum", "md5sum"]])
    rows = []
    for _ in range(rng.randint(4, 9)):
        rows.append(["%s-%d.%d.%d-%s.%s" % (ctx.slug, rng.randint(1, 4), rng.randint(0, 20), rng.randint(0, 9),
                                              pick(rng, ["linux-amd64", "darwin-arm64", "windows-x64"]), pick(rng, ["tar.gz", "zip"])),
                     str(rng.randint(10 ** 6, 10 ** 8)), sha256hex(rng), hashlib.md5(rbytes(rng, 8)).hexdigest()])
    return Table("Release checksums", "checksums", h, rows, ["release", "dist", "docs/releases"],
                 ["checksums", "release-artifacts", "SHA256SUMS_table"], ["Verify downloads with sha256sum -c."])


def n_ssh_pub(rng, ctx):
    h = ["user", "key_type", "public_key", "fingerprint", "added"]
    rows = []
    for _ in range(rng.randint(3, 7)):
        nm = ctx.person()
        rows.append([nm.split()[0].lower(), "ed25519", ssh_pub(rng) + " " + ctx.email(nm), sha256_fp(rng), date(rng)])
    return Table("SSH public keys", "keys", h, rows, ["infra/ssh", "ansible/files", "docs/access"],
                 ["authorized_keys_inventory", "ssh-public-keys", "bastion_users"], ["Public keys only; private keys never leave laptops."])


def n_id_mapping(rng, ctx):
    h = pick(rng, [["legacy_id", "new_uuid", "entity", "migrated_at"], ["old_id", "id", "type", "ts"]])
    rows = [[str(rng.randint(1000, 99999)), uuid4(rng), pick(rng, ["account", "invoice", "order", "device"]), ts(rng)]
            for _ in range(rng.randint(6, 14))]
    return Table("ID mapping", "mapping", h, rows, ["migration", "data/migration", "db/migrate/data"],
                 ["id_map", "legacy-to-uuid", "entity_ids"], [])


def n_headers_only(rng, ctx):
    h = pick(rng, [["Service", "Owner", "Environment", "Key ID", "Secret", "Stored in", "Last rotated"],
                   ["account", "system", "scopes", "token", "expires", "owner"],
                   ["email", "first_name", "last_name", "role", "initial_password"],
                   ["device_name", "dev_eui", "join_eui", "app_key", "frequency_plan"]])
    rows = []
    if chance(rng, 0.6):
        rows.append(["<%s>" % c.lower().replace(" ", "_") for c in h])
    return Table("template", "template", h, rows, ["templates", "docs/templates", "tools/import"],
                 ["import-template", "inventory_template", "blank"], ["Fill one row per item. Do NOT paste real secrets here."])


def n_doc_examples(rng, ctx):
    h = ["Provider", "Variable", "Format", "Example"]
    rows = [["AWS", "AWS_ACCESS_KEY_ID", "AKIA + 16 chars", AWS_DOC_ID],
            ["AWS", "AWS_SECRET_ACCESS_KEY", "40 chars", AWS_DOC_SECRET],
            ["Stripe", "STRIPE_SECRET_KEY", "sk_live_ / sk_test_ prefix", "sk_live_..."],
            ["Stripe", "STRIPE_PUBLISHABLE_KEY", "pk_live_ prefix (public)", "pk_live_..."],
            ["GitHub", "GITHUB_TOKEN", "ghp_ + 36", "ghp_<token>"],
            ["Slack", "SLACK_WEBHOOK_URL", "hooks.slack.com URL", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
            ["OpenAI", "OPENAI_API_KEY", "sk-proj-...", "sk-proj-..."],
            ["Azure Storage", "AZURE_STORAGE_CONNECTION_STRING", "conn string", "UseDevelopmentStorage=true"],
            ["Twilio", "TWILIO_ACCOUNT_SID", "AC + 32 hex", "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
            ["SendGrid", "SENDGRID_API_KEY", "SG.<id>.<secret>", "SG.xxxxxxxx.yyyyyyyy"],
            ["Postgres", "DATABASE_URL", "URL", "postgres://USER:PASSWORD@HOST:5432/DBNAME"]]
    rows = rng.sample(rows, rng.randint(5, 9))
    return Table("Credential formats", "formats", h, rows, ["docs", "docs/security", "docs/config"],
                 ["credential-formats", "env-reference", "secrets-cheatsheet"],
                 ["Examples are from the providers' docs or placeholders; real values live in Vault."])


def n_env_catalog(rng, ctx):
    h = pick(rng, [["name", "required", "description", "source"], ["Variable", "Required", "Description", "Set by"]])
    names = [(k[3], "API credential for %s" % k[2]) for k in KINDS.values()] + [("LOG_LEVEL", "log verbosity"),
                                                                                ("PORT", "http port")]
    rows = [[n, pick(rng, ["yes", "no"]), d, pick(rng, ["Vault", "Helm values", "GitHub environment", "Doppler"])]
            for n, d in rng.sample(names, rng.randint(5, 10))]
    return Table("Environment variables", "env", h, rows, ["docs", "docs/deploy", "deploy"],
                 ["environment-variables", "env-vars", "configuration"], ["Values are never stored in this repo."])


def n_commit_log(rng, ctx):
    h = ["sha", "author", "date", "message"]
    msgs = ["fix: rotate stripe key reference", "chore: bump deps", "feat: add token refresh", "docs: update secrets guide",
            "refactor: move api key lookup to vault", "fix(auth): password reset rate limit", "ci: cache pip"]
    rows = [[rs(rng, HEX, 40), ctx.person(), ts(rng), pick(rng, msgs)] for _ in range(rng.randint(5, 10))]
    return Table("Changes", "log", h, rows, ["docs/releases", "reports", "release"], ["changes", "commit-log", "release-notes-data"], [])


def n_i18n(rng, ctx):
    h = ["key", "en", "de", "fr", "es"]
    rows = [["auth.password.label", "Password", "Passwort", "Mot de passe", "Contrase\u00f1a"],
            ["auth.password.placeholder", "Enter your password", "Passwort eingeben", "Saisissez votre mot de passe", "Introduce tu contrase\u00f1a"],
            ["settings.api_key.title", "API key", "API-Schl\u00fcssel", "Cl\u00e9 API", "Clave de API"],
            ["settings.api_key.help", "Keep your secret key safe", "Halte deinen geheimen Schl\u00fcssel sicher",
             "Gardez votre cl\u00e9 secr\u00e8te en lieu s\u00fbr", "Mant\u00e9n segura tu clave secreta"],
            ["settings.token.regenerate", "Regenerate token", "Token neu erzeugen", "R\u00e9g\u00e9n\u00e9rer le jeton", "Regenerar token"],
            ["wifi.passphrase", "Wi-Fi password", "WLAN-Passwort", "Mot de passe Wi-Fi", "Contrase\u00f1a Wi-Fi"],
            ["errors.invalid_token", "Invalid or expired token", "Ung\u00fcltiges Token", "Jeton invalide", "Token no v\u00e1lido"],
            ["auth.secret.copy", "Copy secret", "Geheimnis kopieren", "Copier le secret", "Copiar secreto"]]
    rows = rng.sample(rows, rng.randint(5, 8))
    return Table("Translations", "strings", h, rows, ["locales", "i18n", "src/i18n", "translations"],
                 ["messages", "strings", "translations"], [])


def n_devices(rng, ctx):
    h = pick(rng, [["asset_tag", "serial", "mac", "imei", "dev_eui", "location"], ["Asset", "S/N", "MAC", "IMEI", "DevEUI", "Site"]])
    rows = [["A-%05d" % rng.randint(1, 99999), rs(rng, UP + DIG, 12), mac(rng), "35" + rs(rng, DIG, 13), rs(rng, UHEX, 16),
             pick(rng, CITIES)] for _ in range(rng.randint(5, 11))]
    return Table("Device inventory", "assets", h, rows, ["iot/devices", "it/assets", "fleet"], ["assets", "device-inventory", "fleet"], [])


def n_public_keys(rng, ctx):
    h = ["app", "platform", "public_key", "notes"]
    rows = []
    for _ in range(rng.randint(3, 7)):
        k = rng.randrange(5)
        if k == 0:
            rows.append(["checkout", "Stripe", "pk_live_51" + rs(rng, ALNUM, pick(rng, [22, 97])), "publishable, safe for browser"])
        elif k == 1:
            payload = json.dumps({"u": ctx.slug.replace("-", "")[:12], "a": rs(rng, LO + DIG, 25)}, separators=(",", ":")).encode()
            rows.append(["maps", "Mapbox", "pk." + b64url_nopad(payload) + "." + rs(rng, B64URL, 22), "public token, URL-restricted"])
        elif k == 2:
            rows.append(["web", "Google OAuth client ID", "%s-%s.apps.googleusercontent.com" % (rs(rng, DIG, 12), rs(rng, LO + DIG, 32)), "client id (public)"])
        elif k == 3:
            ref = rs(rng, LO, 20)
            iat = rng.randint(1650000000, 1720000000)
            rows.append(["frontend", "Supabase anon", _jwt({"alg": "HS256", "typ": "JWT"},
                                                           {"iss": "supabase", "ref": ref, "role": "anon", "iat": iat, "exp": iat + 315360000}, rng),
                         "anon key, RLS enforced"])
        else:
            rows.append(["analytics", "GA4 measurement id", "G-" + rs(rng, UP + DIG, 10), "public"])
    return Table("Client-side keys", "public", h, rows, ["docs/frontend", "web/docs", "docs"], ["public-keys", "client-config", "frontend_keys"],
                 ["Only publishable/public identifiers belong here."])


def n_certs(rng, ctx):
    h = ["common_name", "serial", "sha256_fingerprint", "not_after", "issuer"]
    rows = [["%s.%s" % (pick(rng, ["api", "www", "auth", "mqtt", "vpn"]), ctx.domain), ":".join(rs(rng, UHEX, 2) for _ in range(16)),
             ":".join(rs(rng, UHEX, 2) for _ in range(32)), date(rng, 2025, 2027), pick(rng, ["R11", "E6", "DigiCert G2", "internal-ca"])]
            for _ in range(rng.randint(3, 7))]
    return Table("Certificates", "certs", h, rows, ["pki", "docs/tls", "infra/certs"], ["certificates", "cert-inventory", "tls-expiry"], [])


def n_ciphertext(rng, ctx):
    h = pick(rng, [["name", "encrypted_value", "key_id", "algorithm"], ["secret", "ciphertext", "kms_key", "alg"]])
    rows = []
    for _ in range(rng.randint(3, 8)):
        s = rng.randrange(3)
        if s == 0:
            v = "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rng, rng.randint(16, 40)), b64(rng, 32), b64(rng, 16))
            kid, alg = "arn:aws:kms:%s:%s:key/%s" % (pick(rng, REGIONS), rs(rng, DIG, 12), uuid4(rng)), "sops"
        elif s == 1:
            v = "vault:v1:" + b64(rng, rng.randint(32, 60))
            kid, alg = "transit/keys/%s" % ctx.slug, "vault-transit"
        else:
            v = "AQICAHh" + b64(rng, 120)[:160]
            kid, alg = "alias/%s-secrets" % ctx.slug, "aws-kms"
        rows.append([pick(rng, list(KINDS.values()))[3], v, kid, alg])
    return Table("Encrypted settings", "encrypted", h, rows, ["deploy/secrets", "config/encrypted", "infra/secrets"],
                 ["encrypted-secrets", "sealed_values", "secrets.enc"], ["Decrypt at deploy time with the KMS key."])


def n_test_cards(rng, ctx):
    h = ["brand", "number", "cvc", "expiry", "expected"]
    rows = [["Visa", "4242424242424242", "any 3 digits", "any future date", "succeeds"],
            ["Visa (debit)", "4000056655665556", "any", "any future", "succeeds"],
            ["Mastercard", "5555555555554444", "any", "any future", "succeeds"],
            ["Visa", "4000000000000002", "any", "any future", "card_declined"],
            ["Visa", "4000000000009995", "any", "any future", "insufficient_funds"],
            ["Amex", "378282246310005", "any 4 digits", "any future", "succeeds"]]
    rows = rng.sample(rows, rng.randint(3, 6))
    return Table("Test cards", "cards", h, rows, ["docs/payments", "qa", "docs/testing"], ["test-cards", "stripe-test-cards", "qa_cards"],
                 ["Stripe test-mode card numbers from the public docs."])


def n_sri(rng, ctx):
    h = ["package", "version", "integrity"]
    rows = [[pick(rng, ["react", "lodash", "axios", "zod", "dayjs", "vite", "express", "chalk"]),
             "%d.%d.%d" % (rng.randint(0, 18), rng.randint(0, 30), rng.randint(0, 20)), "sha512-" + b64(rng, 64)]
            for _ in range(rng.randint(4, 10))]
    return Table("Dependency integrity", "deps", h, rows, ["docs/deps", "audit", "reports"], ["dependency-integrity", "sbom-lite", "deps"], [])


def n_api_usage(rng, ctx):
    h = pick(rng, [["key_name", "key_prefix", "requests", "errors", "last_used"], ["Key", "Prefix", "Calls", "4xx", "Last used"]])
    rows = []
    for _ in range(rng.randint(4, 9)):
        pfx = pick(rng, ["sk-proj-", "sk_live_", "ghp_", "SG.", "xoxb-"]) + rs(rng, ALNUM, 4) + "..."
        rows.append([pick(rng, TEAMS) + "-" + pick(rng, ENVS), pfx, str(rng.randint(100, 900000)), str(rng.randint(0, 500)), ts(rng)])
    return Table("API key usage", "usage", h, rows, ["reports", "docs/usage", "finops"], ["api-key-usage", "key_usage_report", "usage"], [])


def n_wallets(rng, ctx):
    h = ["wallet", "address", "chain", "purpose"]
    rows = [[pick(rng, ["treasury", "payouts", "hot-1", "grants"]), "0x" + rs(rng, HEX + "ABCDEF", 40), pick(rng, ["ethereum", "polygon", "base"]),
             pick(rng, ["receive only", "multisig", "public donation address"])] for _ in range(rng.randint(3, 6))]
    return Table("Wallet addresses", "wallets", h, rows, ["finance/crypto", "docs/treasury"], ["wallet-addresses", "addresses"],
                 ["Public addresses only; signing keys are in the HSM."])


def n_audit_log(rng, ctx):
    h = ["timestamp", "actor", "action", "resource", "request_id"]
    acts = ["api_key.created", "api_key.revoked", "user.password_reset", "token.rotated", "secret.read", "login.success"]
    rows = [[ts(rng), ctx.email(), pick(rng, acts), pick(rng, ["key_01" + rs(rng, UP + DIG, 24), "usr_" + rs(rng, LO + DIG, 12),
                                                               "sec/%s" % pick(rng, TEAMS)]), "req_" + rs(rng, ALNUM, 20)]
            for _ in range(rng.randint(5, 12))]
    return Table("Audit log", "audit", h, rows, ["exports", "security/audit", "reports"], ["audit-log", "audit_export", "events"], [])


def n_wifi_masked(rng, ctx):
    h = ["Site", "SSID", "Security", "Passphrase", "Notes"]
    rows = [[c, pick(rng, ["Corp", "Guest", "IoT", "POS"]), pick(rng, ["WPA2-Enterprise", "WPA3-SAE", "Open + portal", "WPA2-PSK"]),
             pick(rng, ["802.1X", "********", "see label on AP", "in 1Password: Office Wi-Fi", "rotates daily (portal)", ""]), ""]
            for c in rng.sample(CITIES, rng.randint(3, 7))]
    return Table("Wi-Fi networks", "WiFi", h, rows, ["it/network", "docs/it"], ["wifi", "wifi-networks"], ["Never write PSKs here."])


NEG_SCEN = {
    "user_hashes": n_user_hashes, "orders": n_orders, "vendor_banking": n_vendor_banking, "contacts": n_contacts,
    "checksums": n_checksums, "ssh_public_keys": n_ssh_pub, "id_mapping": n_id_mapping, "headers_only": n_headers_only,
    "doc_examples": n_doc_examples, "env_catalog": n_env_catalog, "commit_log": n_commit_log, "i18n": n_i18n,
    "device_inventory": n_devices, "public_keys": n_public_keys, "cert_inventory": n_certs, "ciphertext": n_ciphertext,
    "test_cards": n_test_cards, "sri_hashes": n_sri, "api_usage": n_api_usage, "wallets": n_wallets, "audit_log": n_audit_log,
    "wifi_masked": n_wifi_masked,
}


# ---------------------------------------------------------------------------
# renderers: Table -> (relpath, text)
# ---------------------------------------------------------------------------
def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def is_num(s):
    return s.isdigit() and len(s) < 10 and not (len(s) > 1 and s[0] == "0")


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def style_base(rng, base):
    s = rng.randrange(3)
    if s == 0:
        return base.replace("_", "-")
    if s == 1:
        return base.replace("-", "_")
    return base


def base_path(rng, t):
    return pick(rng, t.dirs), style_base(rng, pick(rng, t.bases))


def r_csv(rng, t, ctx, delim=",", ext="csv"):
    d, b = base_path(rng, t)
    buf = io.StringIO()
    term = "\r\n" if chance(rng, 0.3) else "\n"
    q = csv.QUOTE_ALL if (delim == "," and chance(rng, 0.25)) else csv.QUOTE_MINIMAL
    w = csv.writer(buf, delimiter=delim, lineterminator=term, quoting=q)
    pre = ""
    if delim == "," and chance(rng, 0.15):
        pre = "\ufeff"
    w.writerow(t.headers)
    for r in t.rows:
        w.writerow(r)
    return "%s/%s.%s" % (d, b, ext), pre + buf.getvalue()


def r_tsv(rng, t, ctx):
    p, s = r_csv(rng, t, ctx, "\t", pick(rng, ["tsv", "tsv", "tab"]))
    return p, s


def r_psv(rng, t, ctx):
    return r_csv(rng, t, ctx, "|", "psv")


XLSX_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def r_xlsx_shared(rng, t, ctx):
    d, b = base_path(rng, t)
    seen, order, total = {}, [], 0
    for r in [t.headers] + t.rows:
        for c in r:
            if c == "" or is_num(c):
                continue
            total += 1
            if c not in seen:
                seen[c] = len(order)
                order.append(c)
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<sst xmlns="%s" count="%d" uniqueCount="%d">' % (XLSX_NS, total, len(order))]
    for s in order:
        sp = ' xml:space="preserve"' if s != s.strip() else ""
        out.append("  <si><t%s>%s</t></si>" % (sp, xesc(s)))
    out.append("</sst>")
    folder = pick(rng, ["%s/%s" % (d, b), "%s/%s.xlsx.d" % (d, b), "%s/%s_xlsx" % (d, b)])
    return folder + "/xl/sharedStrings.xml", "\n".join(out) + "\n"


def r_xlsx_sheet(rng, t, ctx):
    d, b = base_path(rng, t)
    rows = [t.headers] + t.rows
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' % XLSX_NS,
           '  <dimension ref="A1:%s%d"/>' % (col_letter(len(t.headers) - 1), len(rows)),
           '  <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" state="frozen"/></sheetView></sheetViews>',
           "  <sheetData>"]
    for ri, r in enumerate(rows):
        out.append('    <row r="%d">' % (ri + 1))
        for ci, c in enumerate(r):
            ref = "%s%d" % (col_letter(ci), ri + 1)
            if c == "":
                continue
            if is_num(c):
                out.append('      <c r="%s"><v>%s</v></c>' % (ref, c))
            else:
                out.append('      <c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xesc(c)))
        out.append("    </row>")
    out += ["  </sheetData>", '  <pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
            "</worksheet>"]
    folder = pick(rng, ["%s/%s" % (d, b), "%s/%s_xlsx" % (d, b)])
    return folder + "/xl/worksheets/sheet%d.xml" % pick(rng, [1, 1, 2, 3]), "\n".join(out) + "\n"


def r_ods(rng, t, ctx):
    d, b = base_path(rng, t)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">',
           "  <office:body>", "    <office:spreadsheet>",
           '      <table:table table:name="%s">' % xesc(t.sheet),
           '        <table:table-column table:number-columns-repeated="%d"/>' % len(t.headers)]
    for r in [t.headers] + t.rows:
        out.append("        <table:table-row>")
        for c in r:
            if c == "":
                out.append("          <table:table-cell/>")
            elif is_num(c):
                out.append('          <table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (c, c))
            else:
                out.append('          <table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(c))
        out.append("        </table:table-row>")
    out += ["      </table:table>", "    </office:spreadsheet>", "  </office:body>", "</office:document-content>"]
    folder = pick(rng, ["%s/%s" % (d, b), "%s/%s_ods" % (d, b), "%s/%s.ods.d" % (d, b)])
    return folder + "/content.xml", "\n".join(out) + "\n"


def r_spreadsheetml(rng, t, ctx):
    d, b = base_path(rng, t)
    out = ['<?xml version="1.0"?>', '<?mso-application progid="Excel.Sheet"?>',
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"',
           ' xmlns:o="urn:schemas-microsoft-com:office:office"',
           ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
           ' <Worksheet ss:Name="%s">' % xesc(t.sheet), "  <Table>"]
    for r in [t.headers] + t.rows:
        out.append("   <Row>")
        for c in r:
            typ = "Number" if is_num(c) else "String"
            out.append('    <Cell><Data ss:Type="%s">%s</Data></Cell>' % (typ, xesc(c)))
        out.append("   </Row>")
    out += ["  </Table>", " </Worksheet>", "</Workbook>"]
    return "%s/%s.xml" % (d, b), "\n".join(out) + "\n"


def md_cell(c):
    return c.replace("|", "\\|")


def r_markdown(rng, t, ctx):
    d, b = base_path(rng, t)
    if not d.startswith("docs") and chance(rng, 0.5):
        d = pick(rng, ["docs", "notes", "wiki"]) + "/" + d.split("/")[-1]
    out = ["# " + t.title, ""]
    if chance(rng, 0.7):
        out += ["%s. Last reviewed %s by %s." % (pick(rng, ["Maintained by the %s team" % pick(rng, TEAMS),
                                                            "Exported from the shared sheet", "Copied from Confluence"]),
                                                  date(rng), ctx.person()), ""]
    out.append("| " + " | ".join(md_cell(h) for h in t.headers) + " |")
    out.append("|" + "|".join(pick(rng, ["---", "-----", ":---"]) for _ in t.headers) + "|")
    for r in t.rows:
        out.append("| " + " | ".join(md_cell(c) for c in r) + " |")
    if t.notes:
        out += ["", "## Notes", ""] + ["- " + n for n in t.notes]
    return "%s/%s.md" % (d, b), "\n".join(out) + "\n"


def hesc(s):
    return xesc(s).replace('"', "&quot;")


def r_html(rng, t, ctx):
    d, b = base_path(rng, t)
    if chance(rng, 0.5):  # Google Sheets "Web page" download
        out = ['<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><link type="text/css" rel="stylesheet" href="resources/sheet.css" >',
               '<style type="text/css">.ritz .waffle a { color: inherit; }.ritz .waffle .s0{background-color:#ffffff;text-align:left;color:#000000;font-family:Arial;font-size:10pt;}</style>',
               '<div class="ritz grid-container" dir="ltr"><table class="waffle" cellspacing="0" cellpadding="0">',
               '<thead><tr><th class="row-header freezebar-origin-ltr"></th>' +
               "".join('<th id="0C%d" style="width:120px;" class="column-headers-background">%s</th>' % (i, col_letter(i))
                       for i in range(len(t.headers))) + "</tr></thead><tbody>"]
        for ri, r in enumerate([t.headers] + t.rows):
            out.append('<tr style="height: 20px"><th id="0R%d" style="height: 20px;" class="row-headers-background"><div class="row-header-wrapper" style="line-height: 20px">%d</div></th>'
                       % (ri, ri + 1) + "".join('<td class="s0">%s</td>' % hesc(c) for c in r) + "</tr>")
        out.append("</tbody></table></div>")
        return "%s/%s/%s.html" % (d, b, pick(rng, ["Sheet1", t.sheet])), "\n".join(out) + "\n"
    out = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", '  <meta charset="utf-8">', "  <title>%s</title>" % hesc(t.title),
           "  <style>table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}</style>", "</head>", "<body>",
           "  <h1>%s</h1>" % hesc(t.title), '  <table class="%s">' % pick(rng, ["report", "data", "inventory"]), "    <thead>",
           "      <tr>" + "".join("<th>%s</th>" % hesc(h) for h in t.headers) + "</tr>", "    </thead>", "    <tbody>"]
    for r in t.rows:
        out.append("      <tr>" + "".join("<td>%s</td>" % hesc(c) for c in r) + "</tr>")
    out += ["    </tbody>", "  </table>"]
    for n in t.notes:
        out.append("  <p>%s</p>" % hesc(n))
    out += ["</body>", "</html>"]
    return "%s/%s.html" % (d, b), "\n".join(out) + "\n"


def jval(c, null_style):
    if c == "":
        return None if null_style else ""
    if is_num(c):
        return int(c)
    return c


def r_json_rows(rng, t, ctx):
    d, b = base_path(rng, t)
    ns = chance(rng, 0.5)
    objs = [dict((h, jval(c, ns)) for h, c in zip(t.headers, r)) for r in t.rows]
    if chance(rng, 0.5):
        text = json.dumps(objs, indent=pick(rng, [2, 4]), ensure_ascii=False)
    else:
        text = "[\n" + ",\n".join("  " + json.dumps(o, ensure_ascii=False) for o in objs) + "\n]"
    if chance(rng, 0.3):
        wrapper = {"exported_at": ts(rng), "source": "%s (%s)" % (t.title, t.sheet), "count": len(objs)}
        head = json.dumps(wrapper, ensure_ascii=False)[:-1]
        text = head + ',\n"rows": ' + text + "\n}"
    return "%s/%s.json" % (d, b), text + "\n"


def r_json_values(rng, t, ctx):
    d, b = base_path(rng, t)
    rows = [t.headers] + t.rows
    rng_ref = "'%s'!A1:%s%d" % (t.sheet, col_letter(len(t.headers) - 1), len(rows))
    out = ["{", '  "range": %s,' % json.dumps(rng_ref), '  "majorDimension": "ROWS",', '  "values": [']
    for i, r in enumerate(rows):
        out.append("    " + json.dumps(r, ensure_ascii=False) + ("," if i < len(rows) - 1 else ""))
    out += ["  ]", "}"]
    return pick(rng, ["%s/%s.values.json" % (d, b), "sheets_export/%s.json" % b, "%s/%s.sheet.json" % (d, b)]), "\n".join(out) + "\n"


def r_jsonl(rng, t, ctx):
    d, b = base_path(rng, t)
    ns = chance(rng, 0.5)
    lines = [json.dumps(dict((h, jval(c, ns)) for h, c in zip(t.headers, r)), ensure_ascii=False) for r in t.rows]
    return "%s/%s.%s" % (d, b, pick(rng, ["jsonl", "ndjson"])), "\n".join(lines) + "\n"


def r_parquet_sidecar(rng, t, ctx):
    d, b = base_path(rng, t)
    cols = []
    for ci, h in enumerate(t.headers):
        vals = [r[ci] for r in t.rows]
        nonempty = [v for v in vals if v != ""]
        typ = "int64" if nonempty and all(is_num(v) for v in nonempty) else "string"
        cols.append((h, typ, len(vals) - len(nonempty)))
    prev_idx = list(range(min(len(t.rows), rng.randint(2, 4))))
    if t.key_row is not None and t.key_row not in prev_idx:
        prev_idx[-1] = t.key_row
    out = ["{", '  "dataset": %s,' % json.dumps("%s.%s" % (pick(rng, ["raw", "staging", "ops", "bronze"]), b.replace("-", "_"))),
           '  "format": "parquet",', '  "compression": "%s",' % pick(rng, ["snappy", "zstd"]),
           '  "created_by": "%s",' % pick(rng, ["parquet-cpp-arrow version 15.0.2", "parquet-mr version 1.13.1 (build 70)", "polars 0.20.31"]),
           '  "num_rows": %d,' % len(t.rows), '  "schema": [']
    for i, (h, typ, nulls) in enumerate(cols):
        out.append('    {"name": %s, "type": "%s", "nullable": true, "null_count": %d}%s'
                   % (json.dumps(h, ensure_ascii=False), typ, nulls, "," if i < len(cols) - 1 else ""))
    out += ["  ],", '  "preview": [']
    for j, ri in enumerate(prev_idx):
        o = dict((h, jval(c, True)) for h, c in zip(t.headers, t.rows[ri]))
        out.append("    " + json.dumps(o, ensure_ascii=False) + ("," if j < len(prev_idx) - 1 else ""))
    out += ["  ]", "}"]
    p = pick(rng, ["%s/%s/_schema.json" % (d, b), "%s/%s.parquet.json" % (d, b),
                   "%s/%s/part-00000-%s-c000.snappy.parquet.meta.json" % (d, b, uuid4(rng))])
    return p, "\n".join(out) + "\n"


def pd_table(t, empty):
    rows = [[(c if c != "" else empty) for c in r] for r in t.rows]
    idx = [str(i) for i in range(len(rows))]
    iw = max(len(x) for x in idx) if idx else 1
    widths = [max([len(h)] + [len(r[ci]) for r in rows]) for ci, h in enumerate(t.headers)]
    lines = [" " * iw + "".join("  " + h.rjust(w) for h, w in zip(t.headers, widths))]
    for i, r in zip(idx, rows):
        lines.append(i.ljust(iw) + "".join("  " + c.rjust(w) for c, w in zip(r, widths)))
    return lines


def r_pandas(rng, t, ctx):
    d, b = base_path(rng, t)
    out = []
    if chance(rng, 0.6):
        out += [">>> df = pd.read_%s(%s)" % (pick(rng, ["csv", "excel"]), json.dumps("%s.%s" % (b, pick(rng, ["csv", "xlsx"])))),
                ">>> print(df.to_string())"]
    out += pd_table(t, pick(rng, ["NaN", "None", "NaN"]))
    if chance(rng, 0.5):
        out += ["", "[%d rows x %d columns]" % (len(t.rows), len(t.headers))]
    return pick(rng, ["notebooks/output/%s.txt" % b, "%s/%s_df.txt" % (d, b), "scratch/%s.txt" % b]), "\n".join(out) + "\n"


def r_ipynb(rng, t, ctx):
    d, b = base_path(rng, t)
    lines = pd_table(t, "NaN")
    text_plain = [l + "\n" for l in lines[:-1]] + [lines[-1]]
    src = ["import pandas as pd\n", "\n", "df = pd.read_csv(%s)\n" % json.dumps("../%s/%s.csv" % (d, b)), "df"]
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["## %s\n" % t.title, "Quick look before loading into the warehouse."]},
                    {"cell_type": "code", "execution_count": rng.randint(1, 12), "metadata": {},
                     "outputs": [{"data": {"text/plain": text_plain}, "execution_count": 3, "metadata": {},
                                  "output_type": "execute_result"}],
                     "source": src}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                       "language_info": {"name": "python", "version": "3.11.%d" % rng.randint(1, 9)}},
          "nbformat": 4, "nbformat_minor": 5}
    return "notebooks/%s.ipynb" % b.replace("-", "_"), json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def r_psql(rng, t, ctx):
    d, b = base_path(rng, t)
    widths = [max([len(h)] + [len(r[ci]) for r in t.rows]) for ci, h in enumerate(t.headers)]
    out = []
    if chance(rng, 0.6):
        out.append("%s=> SELECT * FROM %s;" % (pick(rng, ["app", "ops", "postgres"]), b.replace("-", "_")))
    out.append("|".join(" " + h.center(w) + " " for h, w in zip(t.headers, widths)).rstrip())
    out.append("+".join("-" * (w + 2) for w in widths))
    numcol = [all(is_num(r[ci]) for r in t.rows if r[ci] != "") for ci in range(len(t.headers))]
    for r in t.rows:
        out.append("|".join(" " + (c.rjust(w) if nc else c.ljust(w)) + " " for c, w, nc in zip(r, widths, numcol)).rstrip())
    out.append("(%d row%s)" % (len(t.rows), "" if len(t.rows) == 1 else "s"))
    return pick(rng, ["%s/%s.psql.txt" % (d, b), "%s/%s.out" % (d, b), "docs/queries/%s.txt" % b]), "\n".join(out) + "\n"


def r_mysql(rng, t, ctx):
    d, b = base_path(rng, t)
    widths = [max([len(h)] + [len(r[ci] or "NULL") for r in t.rows]) for ci, h in enumerate(t.headers)]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = ["mysql> SELECT * FROM %s;" % b.replace("-", "_"), sep,
           "|" + "|".join(" " + h.ljust(w) + " " for h, w in zip(t.headers, widths)) + "|", sep]
    for r in t.rows:
        out.append("|" + "|".join(" " + ((c or "NULL").rjust(w) if is_num(c) else (c or "NULL").ljust(w)) + " "
                                  for c, w in zip(r, widths)) + "|")
    out += [sep, "%d rows in set (0.%02d sec)" % (len(t.rows), rng.randint(0, 9))]
    return pick(rng, ["%s/%s.log" % (d, b), "%s/%s-query.txt" % (d, b)]), "\n".join(out) + "\n"


def r_rst(rng, t, ctx):
    d, b = base_path(rng, t)
    widths = [max([len(h)] + [len(r[ci]) for r in t.rows]) for ci, h in enumerate(t.headers)]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    hsep = sep.replace("-", "=")
    out = [t.title, "=" * len(t.title), "", ".. table:: %s" % t.sheet, ""]
    body = [sep, "|" + "|".join(" " + h.ljust(w) + " " for h, w in zip(t.headers, widths)) + "|", hsep]
    for r in t.rows:
        body += ["|" + "|".join(" " + c.ljust(w) + " " for c, w in zip(r, widths)) + "|", sep]
    out += ["   " + l for l in body]
    if t.notes:
        out += [""] + t.notes
    return "docs/%s.rst" % b, "\n".join(out) + "\n"


def sql_lit(c):
    if c == "" or c in ("NULL", "\\N"):
        return "NULL"
    if is_num(c):
        return c
    return "'" + c.replace("'", "''") + "'"


def r_sql(rng, t, ctx):
    d, b = base_path(rng, t)
    tbl = b.replace("-", "_")
    cols = [h.lower().replace(" ", "_").replace("/", "").replace("?", "").replace("(", "").replace(")", "").replace("#", "n")
            .replace("-", "_").replace("__", "_") for h in t.headers]
    out = ["-- %s" % t.title, "-- generated from the shared sheet on %s" % date(rng), ""]
    if chance(rng, 0.5):
        out.append("INSERT INTO %s (%s) VALUES" % (tbl, ", ".join(cols)))
        for i, r in enumerate(t.rows):
            out.append("  (" + ", ".join(sql_lit(c) for c in r) + ")" + ("," if i < len(t.rows) - 1 else ";"))
    else:
        for r in t.rows:
            out.append("INSERT INTO %s (%s) VALUES (%s);" % (tbl, ", ".join(cols), ", ".join(sql_lit(c) for c in r)))
    return pick(rng, ["db/seeds/%s.sql" % tbl, "%s/%s.sql" % (d, tbl), "sql/seed_%s.sql" % tbl]), "\n".join(out) + "\n"


def yq(c):
    if c == "":
        return "null"
    if is_num(c):
        return c
    if c.isdigit() or c.lower() in ("true", "false", "yes", "no", "null", "on", "off", "n/a", "-"):
        return json.dumps(c)
    if all(ch in ALNUM + "._-/@: " for ch in c) and c[0] in ALNUM and ": " not in c and not c.endswith(":"):
        return c
    return json.dumps(c, ensure_ascii=False)


def r_yaml(rng, t, ctx):
    d, b = base_path(rng, t)
    keys = [h.lower().replace(" ", "_").replace("/", "").replace("?", "").replace("(", "").replace(")", "").replace("#", "n")
            for h in t.headers]
    out = ["# %s (exported from sheet '%s')" % (t.title, t.sheet)]
    if chance(rng, 0.5):
        for i, r in enumerate(t.rows):
            out.append("%s_%d:" % (b.replace("-", "_"), i + 1))
            for k, c in zip(keys, r):
                out.append("  %s: %s" % (k, yq(c)))
    else:
        out.append("%s:" % b.replace("-", "_"))
        for r in t.rows:
            for j, (k, c) in enumerate(zip(keys, r)):
                out.append(("  - " if j == 0 else "    ") + "%s: %s" % (k, yq(c)))
    return pick(rng, ["db/seeds/%s.yml" % b.replace("-", "_"), "%s/%s.yaml" % (d, b), "config/seeds/%s.yml" % b]), "\n".join(out) + "\n"


def js_lit(c):
    if is_num(c):
        return c
    return "'" + c.replace("\\", "\\\\").replace("'", "\\'") + "'"


def r_apps_script(rng, t, ctx):
    d, b = base_path(rng, t)
    fn = "seed" + "".join(w.capitalize() for w in b.replace("-", "_").split("_"))
    out = ["/**", " * Writes the %s tab. Run once from the Apps Script editor." % t.sheet, " */",
           "function %s() {" % fn,
           "  const ss = SpreadsheetApp.openById('1%s');" % rs(rng, B64URL, 43),
           "  const sheet = ss.getSheetByName('%s') || ss.insertSheet('%s');" % (t.sheet, t.sheet),
           "  const rows = ["]
    for r in [t.headers] + t.rows:
        out.append("    [" + ", ".join(js_lit(c) for c in r) + "],")
    out += ["  ];", "  sheet.clearContents();", "  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);",
            "  sheet.setFrozenRows(1);", "}"]
    return pick(rng, ["apps-script/%s/Code.gs" % b, "gas/%s.gs" % b, "%s/%s.gs" % (d, b)]), "\n".join(out) + "\n"


RENDERERS = {
    "csv": r_csv, "tsv": r_tsv, "psv": r_psv, "xlsx-sharedStrings": r_xlsx_shared, "xlsx-sheet": r_xlsx_sheet,
    "ods-content": r_ods, "spreadsheetml": r_spreadsheetml, "markdown": r_markdown, "html": r_html,
    "json-rows": r_json_rows, "json-sheets-values": r_json_values, "jsonl": r_jsonl, "parquet-sidecar": r_parquet_sidecar,
    "pandas-text": r_pandas, "ipynb": r_ipynb, "psql": r_psql, "mysql": r_mysql, "rst": r_rst, "sql": r_sql, "yaml": r_yaml,
    "apps-script": r_apps_script,
}
# weights: emphasis on the spreadsheet family
RWEIGHTS = {"csv": 10, "tsv": 5, "psv": 3, "xlsx-sharedStrings": 6, "xlsx-sheet": 5, "ods-content": 5, "spreadsheetml": 3,
            "markdown": 6, "html": 5, "json-rows": 5, "json-sheets-values": 4, "jsonl": 3, "parquet-sidecar": 4,
            "pandas-text": 4, "ipynb": 3, "psql": 4, "mysql": 3, "rst": 2, "sql": 4, "yaml": 3, "apps-script": 3}


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
# some tables only plausibly travel in a few forms
SCEN_RWEIGHTS = {
    "pm_export": {"csv": 10, "tsv": 1, "json-rows": 2, "xlsx-sharedStrings": 2, "xlsx-sheet": 1, "spreadsheetml": 1, "ods-content": 1},
    "seed_integrations": {"sql": 5, "yaml": 3, "csv": 4, "json-rows": 2, "jsonl": 1, "psql": 1, "mysql": 1},
    "sheets_config": {"csv": 3, "json-sheets-values": 4, "apps-script": 4, "xlsx-sharedStrings": 2, "xlsx-sheet": 2, "html": 2,
                      "ods-content": 1, "tsv": 1},
}
LONG_RENDERERS = ["markdown", "html", "xlsx-sheet", "ods-content", "spreadsheetml", "json-sheets-values", "apps-script",
                  "parquet-sidecar", "rst"]
MAX_LINES = 80


def render_fit(rng, table, ctx, rname):
    """render with a fixed sub-seed; drop non-key rows until the file is <= MAX_LINES lines."""
    sub = rng.getrandbits(64)
    while True:
        path, text = RENDERERS[rname](random.Random(sub), table, ctx)
        n = text.count("\n")
        if n < 5 and rname not in LONG_RENDERERS:
            rname = pick(rng, LONG_RENDERERS)
            continue
        if n <= MAX_LINES or len(table.rows) <= 2:
            return path, text, rname
        cands = [i for i in range(len(table.rows)) if i != table.key_row]
        drop = pick(rng, cands)
        del table.rows[drop]
        if table.key_row is not None and drop < table.key_row:
            table.key_row -= 1


def weighted(rng, wdict):
    names = sorted(wdict)
    return rng.choices(names, weights=[wdict[n] for n in names])[0]


def spread(rng, names, n):
    out = []
    while len(out) < n:
        chunk = list(names)
        rng.shuffle(chunk)
        out += chunk
    return out[:n]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ej.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []
    pos_scen = spread(rng, sorted(POS_SCEN), 500)
    npos = 500
    # negatives: half re-use positive templates with a look-alike in the slot, half domain look-alikes
    neg_plan = spread(rng, ["reuse:" + s for s in sorted(POS_SCEN)], 250) + spread(rng, ["dom:" + s for s in sorted(NEG_SCEN)], 250)
    rng.shuffle(neg_plan)

    def write(rel, text):
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as f:
            f.write(text)

    for i in range(npos):
        frng = random.Random(rng.getrandbits(64))
        ctx = Ctx(frng)
        sname = pos_scen[i]
        fn, kinds = POS_SCEN[sname]
        kind = pick(frng, kinds)
        named = (i % 2 == 0)
        while True:
            cred = Cred(kind, frng, ctx, True)
            table = fn(frng, ctx, cred, named)
            rname = weighted(frng, SCEN_RWEIGHTS.get(sname, RWEIGHTS))
            path, text, rname = render_fit(frng, table, ctx, rname)
            if cred.needle in text:
                break
        rel = "pos/p%04d/%s" % (i, path)
        write(rel, text)
        line = text[:text.index(cred.needle)].count("\n") + 1
        manifest.append({"file": rel, "label": "pos", "provider": cred.provider, "kind": cred.kind, "filetype": rname,
                         "template": sname, "named": named})
        secrets.append({"file": rel, "needle": cred.needle, "line": line})

    for i, plan in enumerate(neg_plan):
        frng = random.Random(rng.getrandbits(64))
        ctx = Ctx(frng)
        how, sname = plan.split(":", 1)
        if how == "reuse":
            fn, kinds = POS_SCEN[sname]
            kind = pick(frng, kinds)
            cred = Cred(kind, frng, ctx, False)
            table = fn(frng, ctx, cred, i % 2 == 0)
            provider, nkind = cred.provider, "decoy:" + kind
        else:
            table = NEG_SCEN[sname](frng, ctx)
            provider, nkind = "none", "decoy:" + sname
        rname = weighted(frng, SCEN_RWEIGHTS.get(sname, RWEIGHTS))
        path, text, rname = render_fit(frng, table, ctx, rname)
        rel = "neg/n%04d/%s" % (i, path)
        write(rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": nkind, "filetype": rname,
                         "template": ("pos-template:" if how == "reuse" else "") + sname})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
